"""Read and validate claim JSONL files: the gold set and the predictions alike.

Gold and predictions follow one contract (``shared/design/claims.md``), so one
reader serves both. Every line is checked with :func:`extractor.contract.contract_problems`
(and against the article text when a corpus is given); a bad line becomes a
:class:`LineProblem` that names ``FILE:LINE`` and the rest of the file is still
used. Only a file that cannot be opened at all raises :class:`ClaimsFileError`.

No spaCy here: this module reads JSONL only.
"""
from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Mapping, Optional, Union

from extractor.contract import Claim, contract_problems
from extractor.errors import NewsclaimsError


class ClaimsFileError(NewsclaimsError):
    """A claims file (or corpus) that cannot be read at all: missing, a directory, unreadable."""


@dataclass(frozen=True)
class LineProblem:
    """One unusable line of a claims file, and why."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class ClaimsFile:
    """What :func:`read_claims` got out of a file: the good claims and the bad lines."""

    path: str
    claims: list[Claim] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)

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
    for number, raw in _numbered_lines(path):
        claim, reason = _parse_line(raw, texts)
        if claim is not None and claim.claim_id in seen:
            # The first line wins, as in the corpus reader: a claim must not be scored twice.
            claim, reason = None, f"duplicate claim_id {claim.claim_id!r}, first seen on line {seen[claim.claim_id]}"
        if claim is None:
            result.problems.append(LineProblem(str(path), number, reason))
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
    Raises ClaimsFileError (a NewsclaimsError) when the corpus cannot be read at all.
    """
    from extractor.corpus import Article, read_corpus  # the corpus reader is light: no spaCy

    texts, bad = {}, []
    try:
        for record in read_corpus(corpus):
            if isinstance(record, Article):
                texts[record.id] = record.text
            else:
                bad.append(str(record))
    except NewsclaimsError as exc:
        raise ClaimsFileError(str(exc)) from exc
    except OSError as exc:
        raise ClaimsFileError(f"{corpus}: cannot read ({exc.strerror or exc})") from exc
    return texts, bad


def _numbered_lines(path: Union[str, Path]) -> Iterator[tuple[int, bytes]]:
    """Yield (line number, raw bytes) of every non-blank line; ClaimsFileError if unreadable."""
    if str(path) == "-":
        yield from _nonblank(sys.stdin.buffer)
        return
    path = Path(path)
    if path.is_dir():
        raise ClaimsFileError(f"{path}: is a directory, expected a claims JSONL file")
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as stream:
            yield from _nonblank(stream)
    except FileNotFoundError:
        raise ClaimsFileError(f"{path}: no such file or directory") from None
    except (OSError, EOFError) as exc:  # permissions, a broken gzip stream
        raise ClaimsFileError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


def _nonblank(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a byte-order mark some editors write
        if raw.strip():
            yield number, raw


def _parse_line(raw: bytes, texts: Optional[Mapping[str, str]]) -> tuple[Optional[Claim], str]:
    """One line to a Claim, or (None, reason). All of a line's problems go in one reason."""
    try:
        # Without the line break, an error at the end of the line gets this line's column.
        obj = json.loads(raw.decode("utf-8").rstrip("\r\n"))
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 ({exc.reason} at byte {exc.start})"
    except json.JSONDecodeError as exc:
        # json's messages may end in " at" ("Invalid control character at"): the column says where.
        return None, f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"
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
