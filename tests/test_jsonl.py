"""extractor/jsonl.py: every non-blank line decoded or named as FILE:LINE: reason, and the rest kept."""
import gzip
import io
import sys

import pytest

from extractor.errors import InputError
from extractor.jsonl import LineError, read_jsonl


def test_bad_lines_are_named_and_the_rest_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}\nnot json\n\xff\xfe\n\n[2]\n{"b": ')
    got = list(read_jsonl(path))
    assert [n for n, _ in got] == [1, 2, 3, 5, 6]
    assert got[0] == (1, {"a": 1}) and got[3] == (5, [2])
    assert str(got[1][1]) == f"{path}:2: invalid JSON: Expecting value at column 1"
    assert str(got[2][1]) == f"{path}:3: not UTF-8 (invalid start byte at byte 0)"
    assert isinstance(got[4][1], LineError) and got[4][1].reason.endswith("(truncated line?)")


def test_gzip_and_stdin(tmp_path, monkeypatch):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as f:
        f.write(b'{"id": "x"}\n')
    assert list(read_jsonl(path)) == [(1, {"id": "x"})]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "y"}\n')))
    assert list(read_jsonl("-")) == [(1, {"id": "y"})]


def test_a_file_that_cannot_be_read_is_one_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_jsonl(tmp_path / "missing.jsonl"))
    with pytest.raises(InputError, match="is a directory"):
        list(read_jsonl(tmp_path))
