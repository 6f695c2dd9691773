"""Every JSONL file the project reads (corpus, gold, predictions, findings) goes through here.

:func:`read_jsonl` yields each non-blank line's number and decoded value, or a
:class:`LineError` naming ``FILE:LINE`` and what is wrong, and goes on with the next line:
one bad line never loses the rest of a file. ``-`` is stdin, ``.gz`` is gunzipped, a
byte-order mark is skipped. Decoding is ``jsonlines``'; only the wording of errors is ours.
"""
from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator, Union

import jsonlines

from extractor.errors import InputError


@dataclass(frozen=True)
class LineError:
    """One unusable line of a file, and why."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def read_jsonl(location: Union[str, Path], what: str = "JSONL file") -> Iterator[tuple[int, Union[Any, LineError]]]:
    """(line number, value or LineError) for every non-blank line of ``location``.

    RAISES (InputError): the file is missing, a directory, or cannot be read.
    """
    if str(location) == "-":
        yield from _lines(sys.stdin.buffer, "<stdin>")
        return
    path = Path(location)
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a {what}")
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as stream:
            yield from _lines(stream, str(path))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except (OSError, EOFError) as exc:  # permissions, a broken gzip stream
        raise InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


def _lines(stream: IO[bytes], name: str) -> Iterator[tuple[int, Union[Any, LineError]]]:
    last = [0, b""]  # number and bytes of the line jsonlines read last (it tells only for bad lines)

    def counted() -> Iterator[bytes]:
        for number, raw in enumerate(stream, 1):
            last[:] = number, raw
            yield raw

    reader = jsonlines.Reader(counted(), loads=_loads)
    while True:
        try:
            value = reader.read(allow_none=True, skip_empty=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as exc:
            yield last[0], LineError(name, last[0], _reason(exc, last[1]))
            continue
        yield last[0], value


def _loads(line: str) -> Any:
    # Without the line break, an error at the end of a line gets this line's column.
    return json.loads(line.rstrip("\r\n"))


def _reason(exc: jsonlines.InvalidLineError, raw: bytes) -> str:
    """Our wording of a bad line: what is wrong and where, as the project always said it."""
    cause = exc.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return f"not UTF-8 ({cause.reason} at byte {cause.start})"
    if isinstance(cause, json.JSONDecodeError):
        truncated = ""
        if not raw.endswith(b"\n"):
            truncated = " (truncated line?)"
        # json's messages may end in " at" ("Invalid control character at"): the column says where.
        return f"invalid JSON: {cause.msg.removesuffix(' at')} at column {cause.colno}{truncated}"
    return str(exc).split(" (line ")[0]
