"""The qualifier of a quantity from the words just before it ("more than", "about", "up to").

Read off the raw text: "crossed the $2 billion mark" → more_than, "about $7.3 billion" → approx.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor import lexicons

QUALIFIER_ORDER = ("at_least", "at_most", "less_than", "more_than", "approx")


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    groups = []
    for name in QUALIFIER_ORDER:
        cue = lexicons.alternation(lexicons.words(f"qualifier.{name}"))
        groups.append(f"(?P<{name}>{cue})")
    # The cue, then at most a determiner or "the" ("crossed the $5 billion mark"), then the quantity.
    return re.compile(rf"(?:{'|'.join(groups)})\s+(?:(?:the|a|an|of)\s+)?$", re.IGNORECASE)


# Cues after the figure: "400+ stores" (400 or more: at_least), "20 or so", "20-odd" (approx).
_AFTER = re.compile(r"(?P<at_least>\+(?![\d.]))|(?P<approx>\s+or\s+so\b|-odd\b)", re.IGNORECASE)


def qualifier_for(text: str, start: int, end: int | None = None) -> str:
    """``exact`` unless a qualifier cue stands right before ``text[start:]`` (or, given ``end``, right
    after ``text[:end]``: "400+", "20 or so")."""
    m = _pattern().search(text[max(0, start - 40):start])
    if not m:
        after = _AFTER.match(text, end) if end is not None else None
        return next((name for name in ("at_least", "approx") if after.group(name)), "exact") if after else "exact"
    return next(name for name in QUALIFIER_ORDER if m.group(name))
