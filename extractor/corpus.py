"""Read a corpus (claims.md, "Input: a corpus") lazily, one article at a time.

A corpus is a JSONL file (``.jsonl`` or ``.jsonl.gz``), a directory of ``.txt``
files, or ``-`` for stdin. :func:`read_corpus` yields :class:`Article` for every
good record and :class:`BadRecord` for every bad one, in file order, so that a
caller can go on with the batch and report the bad ones: nothing is dropped
silently. No spaCy here.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Optional, Union


from extractor.errors import NewsclaimsError


class CorpusError(NewsclaimsError):
    """The corpus as a whole cannot be read (missing file, empty directory)."""


@dataclass(frozen=True)
class Article:
    """One good corpus record. ``extra`` carries any other fields through untouched."""

    id: str
    text: str
    published: Optional[str] = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    # Where the record came from, to name it if extraction fails later.
    source: Optional[str] = field(default=None, compare=False)
    line: Optional[int] = field(default=None, compare=False)


@dataclass(frozen=True)
class BadRecord:
    """A record that could not be used, with where it was and why."""

    source: str
    line: int
    reason: str
    id: Optional[str] = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}"
        return f"{where}: {self.reason}" + (f" (id {self.id!r})" if self.id else "")

    def to_dict(self) -> dict:
        return {"source": self.source, "line": self.line, "id": self.id, "reason": self.reason}


Record = Union[Article, BadRecord]


def read_corpus(location: Union[str, Path]) -> Iterator[Record]:
    """Yield every record of a corpus file, directory or ``-`` (stdin), in order."""
    if str(location) == "-":
        yield from _read_jsonl(sys.stdin.buffer, "<stdin>")
        return
    path = Path(location)
    if path.is_dir():
        yield from _read_txt_dir(path)
    elif path.is_file():
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as stream:
            yield from _read_jsonl(stream, str(path))
    else:
        raise CorpusError(f"{path}: no such file or directory")


def _read_txt_dir(path: Path) -> Iterator[Record]:
    files = sorted(path.glob("*.txt"))
    if not files:
        raise CorpusError(f"{path}: directory holds no .txt files")
    for number, file in enumerate(files, 1):
        try:
            text = file.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            yield BadRecord(str(file), number, f"not UTF-8 ({exc.reason} at byte {exc.start})", file.stem)
            continue
        if not text.strip():
            yield BadRecord(str(file), number, "empty text", file.stem)
            continue
        yield Article(id=file.stem, text=text, source=str(file), line=number)


def _read_jsonl(stream: IO[bytes], source: str) -> Iterator[Record]:
    seen: dict[str, int] = {}
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a byte-order mark some editors put at the start of a file
        if not raw.strip():
            continue
        record = parse_record(raw, source, number)
        if isinstance(record, Article):
            if record.id in seen:
                # The first record with an id wins: claim ids must stay unique across the output.
                record = BadRecord(source, number, f"duplicate id, first seen on line {seen[record.id]}", record.id)
            else:
                seen[record.id] = number
        yield record


def parse_record(raw: bytes, source: str, line: int) -> Record:
    """One JSONL line to an Article, or a BadRecord saying what is wrong with it."""
    try:
        line_text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadRecord(source, line, f"not UTF-8 ({exc.reason} at byte {exc.start})")
    try:
        obj = json.loads(line_text)
    except json.JSONDecodeError as exc:
        truncated = " (truncated line?)" if not raw.endswith(b"\n") else ""
        return BadRecord(source, line, f"invalid JSON: {exc.msg} at column {exc.colno}{truncated}")
    if not isinstance(obj, dict):
        return BadRecord(source, line, f"expected a JSON object, got {type(obj).__name__}")
    article_id = obj.get("id")
    if not isinstance(article_id, str) or not article_id.strip():
        return BadRecord(source, line, "missing or empty 'id' (a non-empty string)")
    text = obj.get("text")
    if text is None:
        return BadRecord(source, line, "missing 'text'", article_id)
    if not isinstance(text, str):
        return BadRecord(source, line, f"'text' must be a string, got {type(text).__name__}", article_id)
    if not text.strip():
        return BadRecord(source, line, "empty text", article_id)
    published = obj.get("published")
    if published is not None and not _is_iso_date(published):
        return BadRecord(source, line, f"'published' {published!r} is not an ISO date (YYYY-MM-DD)", article_id)
    extra = {k: v for k, v in obj.items() if k not in ("id", "text", "published")}
    return Article(id=article_id, text=text, published=published, extra=extra, source=source, line=line)


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value[:10])
        return len(value) == 10 or value[10] in "T "
    except ValueError:
        return False
