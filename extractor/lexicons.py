"""The word lists of ``extractor/data/`` loaded once, with the patterns built from them.

Lexicons are data, not code or config: edit the JSON files to add a currency, a
cue word or an alias, and every module picks it up.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """One lexicon file of ``extractor/data`` (``currencies``, ``scales``, ``words``, ``actors``)."""
    with resources.files("extractor").joinpath("data", f"{name}.json").open(encoding="utf-8") as f:
        return json.load(f)


def words(key: str) -> list[str]:
    """A cue-word list of ``words.json``, e.g. ``words("qualifier.approx")``."""
    return load("words")[key]


def alternation(phrases, boundary: bool = True) -> str:
    """A regex alternation of phrases, longest first so that "more than" beats "more"."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    escaped = [re.escape(p).replace(r"\ ", r"\s+") for p in ordered]
    if not boundary:
        return rf"(?:{'|'.join(escaped)})"
    if not any(unicodedata.category(p[-1]) == "Sc" for p in ordered):
        return rf"(?<![\w$£€])(?:{'|'.join(escaped)})(?![\w])"
    # a currency sign ends where its amount begins ("₹2,14,380"): no word boundary after it; each
    # phrase keeps its place, longest first ("US$" before "US")
    body = "|".join(e if unicodedata.category(p[-1]) == "Sc" else rf"{e}(?![\w])" for p, e in zip(ordered, escaped))
    return rf"(?<![\w$£€])(?:{body})"
