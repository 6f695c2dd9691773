"""Read a corpus (claims.md, "Input: a corpus") lazily, one article at a time.

A corpus is a JSONL file (``.jsonl`` or ``.jsonl.gz``), a directory of ``.txt``
files, or ``-`` for stdin. :func:`read_corpus` yields :class:`Article` for every
good record and :class:`BadRecord` for every bad one, in file order, so that a
caller can go on with the batch and report the bad ones: nothing is dropped
silently. No spaCy here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

from extractor.errors import InputError
from extractor.jsonl import LineError, read_jsonl


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
    """Yield every record of a corpus file, directory or ``-`` (stdin), in order.

    RAISES (InputError): the corpus is missing, unreadable, or a directory without .txt files.
    """
    path = Path(location)
    if str(location) != "-" and path.is_dir():
        yield from _read_txt_dir(path)
        return
    seen: dict[str, int] = {}
    for number, value in read_jsonl(location, what="corpus (JSONL file or folder of .txt files)"):
        if isinstance(value, LineError):
            record = BadRecord(value.path, number, value.reason + _plain_text_hint(value))
        else:
            record = parse_record(value, _source_name(location), number)
        if isinstance(record, Article):
            if record.id in seen:
                # The first record with an id wins: claim ids must stay unique across the output.
                record = BadRecord(record.source, number, f"duplicate id, first seen on line {seen[record.id]}",
                                   record.id)
            else:
                seen[record.id] = number
        yield record


def _source_name(location: Union[str, Path]) -> str:
    """How records name where they came from."""
    return "<stdin>" if str(location) == "-" else str(location)


def _plain_text_hint(error: LineError) -> str:
    if error.path == "<stdin>" and error.reason.startswith("invalid JSON"):
        return (' (stdin is read as corpus JSONL, one {"id": ..., "text": ...} object a line; '
                "for plain text, pass a folder of .txt files)")
    return ""


def _read_txt_dir(path: Path) -> Iterator[Record]:
    files = sorted(path.glob("*.txt"))
    if not files:
        raise InputError(f"{path}: directory holds no .txt files")
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


def parse_record(obj: object, source: str, line: int) -> Record:
    """One decoded JSONL value to an Article, or a BadRecord saying what is wrong with it."""
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


# ---- where an article comes from (for pages that name both sides of a cross-article finding) ----

def safe_url(value: object) -> Optional[str]:
    """An http(s) URL of the corpus record, else None (a ``javascript:`` URL never becomes a link)."""
    from urllib.parse import urlsplit

    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def outlet_of(extra: dict) -> Optional[str]:
    """The outlet of an article: its ``outlet`` field, else the host of its ``url`` without ``www.``."""
    from urllib.parse import urlsplit

    outlet = extra.get("outlet")
    if isinstance(outlet, str) and outlet.strip():
        return outlet.strip()
    url = safe_url(extra.get("url"))
    if url is None:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or None
