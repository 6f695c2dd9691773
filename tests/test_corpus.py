"""Reading corpora: the seed corpus is byte for byte, bad records are reported by line and reason."""
import gzip
import json
from pathlib import Path

import pytest

from extractor.corpus import Article, BadRecord, read_corpus
from extractor.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def test_corpus_seeds_are_byte_for_byte_with_dates():
    articles = list(read_corpus(ROOT / "corpus" / "seeds.jsonl"))
    assert len(articles) == 5 and all(isinstance(a, Article) for a in articles)
    for a in articles:
        assert a.published is not None
        if SEEDS.exists():
            assert a.text.encode("utf-8") == (SEEDS / f"{a.id}.txt").read_bytes()


def test_corpus_bad_records_are_reported_and_the_rest_read(tmp_path):
    lines = [
        b'{"id": "good", "text": "Sales rose 5%."}\n',
        b'not json\n',
        b'[1, 2]\n',
        b'{"text": "no id"}\n',
        b'{"id": "t", "text": 5}\n',
        b'{"id": "good", "text": "again"}\n',
        b'{"id": "e", "text": "   "}\n',
        b'{"id": "d", "text": "x", "published": "yesterday"}\n',
        b'{"id": "u", "text": "caf\xe9"}\n',
        b'{"id": "crlf", "text": "Windows line"}\r\n',
        b'{"id": "cut", "text": "trunc',
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(lines))
    records = list(read_corpus(path))
    good = [r.id for r in records if isinstance(r, Article)]
    bad = {r.line: r.reason for r in records if isinstance(r, BadRecord)}
    assert good == ["good", "crlf"]
    assert bad[2].startswith("invalid JSON")
    assert bad[3] == "expected a JSON object, got list"
    assert bad[4] == "missing or empty 'id' (a non-empty string)"
    assert bad[5] == "'text' must be a string, got int"
    assert bad[6] == "duplicate id, first seen on line 1"
    assert bad[7] == "empty text"
    assert "not an ISO date" in bad[8]
    assert bad[9].startswith("not UTF-8")
    assert bad[11].endswith("(truncated line?)")
    assert len(records) == len(lines)  # every record accounted for


def test_corpus_txt_directory_and_gzip(tmp_path):
    (tmp_path / "b.txt").write_text("Profits rose 5%.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Sales fell 3%.", encoding="utf-8")
    assert [r.id for r in read_corpus(tmp_path)] == ["a", "b"]
    gz = tmp_path / "c.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "z", "text": "Up 2%."}) + "\n")
    assert [r.id for r in read_corpus(gz)] == ["z"]


def test_corpus_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_corpus(tmp_path / "nope.jsonl"))
