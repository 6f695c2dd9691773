"""Whatever a scraper produces, every record is accounted for: read = processed + reported bad."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()
BIG = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 90_000
       + "Exports rose 23% to $6.16 billion.")  # about 5 MB, the figures at the very end


def mixed_corpus(path: Path) -> dict:
    """A corpus mixing good records with every kind of bad one; returns what each line is."""
    good = lambda i, text: json.dumps({"id": f"good-{i}", "text": text}).encode() + b"\n"  # noqa: E731
    lines = [
        (b"\xef\xbb\xbf" + good(1, "Sales rose 5% to $2bn."), "good"),            # BOM before line 1
        (b"{not json\n", "invalid JSON"),
        (b"[1, 2, 3]\n", "expected a JSON object"),
        (b'{"text": "no id here"}\n', "missing or empty 'id'"),
        (b'{"id": "no-text"}\n', "missing 'text'"),
        (b'{"id": "num-text", "text": 42}\n', "'text' must be a string"),
        (good(1, "dup"), "duplicate id"),
        (b'{"id": "empty", "text": "  "}\n', "empty text"),
        (good(2, BIG), "good"),                                                   # 5 MB
        (b'{"id": "bad-date", "text": "Up 5%.", "published": "31/12/2022"}\n', "not an ISO date"),
        (b'{"id": "latin1", "text": "caf\xe9 5%"}\n', "not UTF-8"),
        (b'{"id": "nul-raw", "text": "5%\x00 up"}\n', "invalid JSON"),           # a raw NUL byte
        (good(3, "Profits \u0000 rose 7% to \u00a31.2bn."), "good"),              # an escaped NUL
        (good(4, "Windows line\r\nwith 12% growth.").rstrip(b"\n") + b"\r\n", "good"),  # CRLF
        (b'{"id": "cut", "text": "Sales rose', "truncated"),                      # truncated last line
    ]
    path.write_bytes(b"".join(raw for raw, _ in lines))
    return {n: kind for n, (_, kind) in enumerate(lines, 1)}


def test_robustness_every_record_accounted_for(tmp_path):
    corpus = tmp_path / "mixed.jsonl"
    kinds = mixed_corpus(corpus)
    out, errors = tmp_path / "claims.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--errors", str(errors), "--processes", "1"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    bad = {e["line"]: e["reason"] for e in map(json.loads, errors.read_text().splitlines())}
    good_lines = [n for n, kind in kinds.items() if kind == "good"]
    assert sorted(bad) == sorted(n for n in kinds if n not in good_lines)
    for line, reason in bad.items():
        assert kinds[line] in reason, (line, reason)
        assert f"{corpus}:{line}: {reason}" in result.stderr  # one line naming file, line, problem
    assert f"{len(kinds)} records: {len(good_lines)} articles processed, {len(bad)} bad" in result.stderr
    claims = [json.loads(l) for l in out.read_text().splitlines()]
    texts = {"good-2": BIG}
    assert {c["article_id"] for c in claims} == {"good-1", "good-2", "good-3", "good-4"}
    big = [c["quantity"]["text"] for c in claims if c["article_id"] == "good-2"]
    assert big == ["23%", "$6.16 billion"]
    for c in claims:
        if c["article_id"] in texts:
            assert texts[c["article_id"]][c["quantity"]["start"]:c["quantity"]["end"]] == c["quantity"]["text"]


def test_robustness_a_bug_in_one_article_is_reported_and_the_rest_goes_on(tmp_path, monkeypatch):
    import extractor.api

    real = extractor.api.claims_from_parts

    def broken_on_b(text, parts, article_id, *args):
        if article_id == "b":
            raise ZeroDivisionError("planted bug")
        return real(text, parts, article_id, *args)

    monkeypatch.setattr(extractor.api, "claims_from_parts", broken_on_b)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": "Sales rose 5%."}) + "\n" for i in "abc"))
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--processes", "1"])
    assert result.exit_code == 2
    assert (f"newsclaims: bad record: {corpus}:2: extraction failed: ZeroDivisionError: planted bug (id 'b')"
            in result.stderr)
    assert [json.loads(l)["article_id"] for l in out.read_text().splitlines()] == ["a", "c"]
    # With --debug the real bug shows its traceback.
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--processes", "1", "--force", "--debug"])
    assert isinstance(result.exception, ZeroDivisionError)


@pytest.mark.parametrize("args, message", [
    (["extract", "{tmp}/none.jsonl"], "no such file or directory"),
    (["extract", "{tmp}"], "directory holds no .txt files"),
])
def test_robustness_nothing_readable_exit_1(tmp_path, args, message):
    result = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output
