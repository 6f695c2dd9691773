"""Read and validate claim JSONL files: the gold set and the predictions alike.

Gold and predictions follow one contract (``shared/design/claims.md``), so one
reader serves both. Every line is checked with :func:`extractor.contract.contract_problems`
(and against the article text when a corpus is given); a bad line becomes a
:class:`LineProblem` that names ``FILE:LINE`` and the rest of the file is still
used. Only a file that cannot be opened at all raises :class:`InputError`. Lines are read by
the project's one JSONL reader (``extractor.jsonl``).

No spaCy here: this module reads JSONL only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional, Union

from extractor.contract import Claim, contract_problems
from extractor.errors import InputError
from extractor.jsonl import LineError, read_jsonl


@dataclass
class ClaimsFile:
    """What :func:`read_claims` got out of a file: the good claims and the bad lines."""

    path: str
    claims: list[Claim] = field(default_factory=list)
    problems: list[LineError] = field(default_factory=list)

    @property
    def lines(self) -> int:
        """Non-blank lines read: good claims plus bad lines."""
        return len(self.claims) + len(self.problems)


def read_claims(path: Union[str, Path], texts: Optional[Mapping[str, str]] = None) -> ClaimsFile:
    """Read a claims JSONL file (``.jsonl``, ``.jsonl.gz`` or ``-`` for stdin).

    texts (Mapping[str, str]): article id -> text. When given, every claim's article
        must be in it and its offsets and surface must fit that text. Defaults to None
        (shape checked only).
    """
    result = ClaimsFile(str(path))
    seen: dict[str, int] = {}
    for number, value in read_jsonl(path, what="claims JSONL file"):
        if isinstance(value, LineError):
            result.problems.append(value)
            continue
        claim, reason = _claim_of(value, texts)
        if claim is not None and claim.claim_id in seen:
            # The first line wins, as in the corpus reader: a claim must not be scored twice.
            claim, reason = None, f"duplicate claim_id {claim.claim_id!r}, first seen on line {seen[claim.claim_id]}"
        if claim is None:
            result.problems.append(LineError(str(path), number, reason))
        else:
            seen[claim.claim_id] = number
            result.claims.append(claim)
    return result


def validate_gold_file(path: Union[str, Path], texts: Optional[Mapping[str, str]] = None) -> list[str]:
    """Every problem of a gold file as ``FILE:LINE: reason`` lines; [] when the file is clean.

    For tests and quick checks: ``assert validate_gold_file("gold/seeds.jsonl", texts) == []``.
    """
    return [str(problem) for problem in read_claims(path, texts).problems]


def read_texts(corpus: Union[str, Path]) -> tuple[dict[str, str], list[str]]:
    """Article id -> text from a corpus, and its bad records as ``FILE:LINE: reason`` lines.

    Uses the project's corpus reader, so a corpus is read here exactly as ``extract`` reads it.
    Raises InputError when the corpus cannot be read at all.
    """
    from extractor.corpus import Article, read_corpus  # the corpus reader is light: no spaCy

    texts, bad = {}, []
    try:
        for record in read_corpus(corpus):
            if isinstance(record, Article):
                texts[record.id] = record.text
            else:
                bad.append(str(record))
    except OSError as exc:
        raise InputError(f"{corpus}: cannot read ({exc.strerror or exc})") from exc
    return texts, bad


def _claim_of(obj: object, texts: Optional[Mapping[str, str]]) -> tuple[Optional[Claim], str]:
    """One decoded line to a Claim, or (None, reason). All of a line's problems go in one reason."""
    text = None
    if texts is not None and isinstance(obj, dict):
        article_id = obj.get("article_id")
        if isinstance(article_id, str) and article_id not in texts:
            return None, f"article_id {article_id!r} is not in the corpus"
        text = texts.get(article_id) if isinstance(article_id, str) else None
    problems = contract_problems(obj, text)
    if problems:
        return None, "; ".join(problems)
    return Claim.from_dict(obj), ""
