"""The `newsclaims` command on good and bad input: exit codes 0/2/1, messages, outputs."""
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from extractor.contract import contract_problems

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def read_jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_cli_extract_seeds_meets_the_contract(tmp_path):
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    claims = read_jsonl(out)
    texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in (ROOT / "corpus" / "seeds.jsonl").read_text().splitlines()}
    assert len(claims) > 30
    assert len({c["claim_id"] for c in claims}) == len(claims)
    for c in claims:
        assert contract_problems(c, texts[c["article_id"]]) == []
    assert "5 articles processed, 0 bad" in result.stderr
    assert "words/s" in result.stderr


def test_cli_extract_some_bad_records_exit_2(tmp_path):
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text('{"id": "a", "text": "Exports rose 5% to $2bn."}\nnot json\n{"id": "b"}\n', encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--errors", str(errors)])
    assert result.exit_code == 2
    assert f"newsclaims: bad record: {corpus}:2: invalid JSON: Expecting value at column 1" in result.stderr
    assert f"newsclaims: bad record: {corpus}:3: missing 'text' (id 'b')" in result.stderr
    assert "3 records: 1 article processed, 2 bad" in result.stderr
    assert [c["quantity"]["text"] for c in read_jsonl(out)] == ["5%", "$2bn"]
    assert [(e["line"], e["reason"]) for e in read_jsonl(errors)] == [(2, "invalid JSON: Expecting value at column 1"),
                                                                     (3, "missing 'text'")]


def test_cli_extract_nothing_readable_exit_1(tmp_path):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text("nope\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "newsclaims: error: no readable article in the corpus" in result.stderr
    assert "Traceback" not in result.output


def test_cli_extract_missing_corpus_and_existing_output(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"newsclaims: error: {tmp_path / 'none.jsonl'}: no such file or directory"
    out = tmp_path / "exists.jsonl"
    out.write_text("keep me\n")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Up 5%."}\n')
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 1
    assert "exists; use --force to overwrite it" in result.stderr
    assert out.read_text() == "keep me\n"


def test_cli_extract_txt_directory_to_stdout(tmp_path):
    (tmp_path / "art.txt").write_text("Profits jumped 76% to $1.13bn (£600m).", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    claims = [json.loads(l) for l in result.stdout.splitlines()]
    assert [(c["quantity"]["text"], c["quantity"]["unit"]) for c in claims] == [("76%", "%"), ("$1.13bn", "USD"), ("£600m", "GBP")]


def test_cli_extract_from_stdin_as_users_run_it(tmp_path):
    line = json.dumps({"id": "s", "text": "Imports stood at $2.4 billion."}) + "\n"
    proc = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "-"], input=line, capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    (claim,) = [json.loads(l) for l in proc.stdout.splitlines()]
    assert claim["claim_id"] == "s:17-29" and claim["metric"] == "Imports"


def test_cli_run_writes_the_output_folder(tmp_path):
    outdir = tmp_path / "out"
    result = runner.invoke(app, ["run", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(outdir)])
    assert result.exit_code == 0, result.output
    summary = json.loads((outdir / "summary.json").read_text())
    assert summary["articles"] == 5 and summary["bad_records"] == 0
    assert summary["claims"] == len(read_jsonl(outdir / "claims.jsonl"))
    assert (outdir / "errors.jsonl").read_text() == ""


def test_cli_bad_model_name_is_one_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Up 5%."}\n')
    result = runner.invoke(app, ["extract", str(corpus), "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    assert result.stderr.startswith("newsclaims: error: cannot load spaCy pipeline 'no_such_model_xyz'")
    assert "Traceback" not in result.output


def test_cli_extract_with_two_processes_equals_one(tmp_path, monkeypatch):
    import extractor.api

    monkeypatch.setattr(extractor.api, "SMALL_CORPUS_ARTICLES", 2)  # use the workers even for a small corpus
    seeds = [json.loads(l) for l in (ROOT / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for copy in range(3):  # 15 articles: several chunks in flight, order must hold
            for a in seeds:
                f.write(json.dumps({**a, "id": f"{a['id']}-{copy}"}, ensure_ascii=False) + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(one), "--processes", "1"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(two), "--processes", "2"])
    assert result.exit_code == 0, result.output
    assert two.read_bytes() == one.read_bytes()
    # Every article is in the output, in corpus order (each seed article holds claims).
    ids = [c["article_id"] for c in read_jsonl(one)]
    assert list(dict.fromkeys(ids)) == [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]


def test_cli_run_with_gold_writes_the_evaluation(tmp_path):
    outdir = tmp_path / "out"
    result = runner.invoke(app, ["run", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(outdir),
                                 "--gold", str(ROOT / "gold" / "seeds.jsonl")])
    assert result.exit_code == 0, result.output
    scores = json.loads((outdir / "evaluation.json").read_text())
    assert scores["detection"]["tp"] + scores["detection"]["fn"] == len(read_jsonl(ROOT / "gold" / "seeds.jsonl"))
    # The scores are those of the claims the run wrote.
    from evaluation.evaluate import evaluate

    assert scores["full"] == evaluate(ROOT / "gold" / "seeds.jsonl", outdir / "claims.jsonl").scores["full"]
    html = (outdir / "evaluation.html").read_text()
    assert html.startswith("<!DOCTYPE html>") or "<html" in html[:200]
    assert "data:image/png;base64," in html


# ---- the first hour: outputs and messages (issue 17) ----------------------------------------

def test_run_outputs_share_the_permissions_of_claims(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        result = runner.invoke(app, ["run", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(tmp_path / "out")])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "out").iterdir()}
    assert set(modes) >= {"claims.jsonl", "errors.jsonl", "summary.json", "findings.jsonl", "findings.html"}
    assert set(modes.values()) == {0o644}, modes


def test_run_with_a_missing_corpus_makes_no_output_folder(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"newsclaims: error: {tmp_path / 'nope.jsonl'}: no such file or directory\n"
    assert not (tmp_path / "out").exists()


def test_a_corpus_of_only_bad_records_writes_nothing(tmp_path):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('not json\n{"id": "x"}\n', encoding="utf-8")
    result = runner.invoke(app, ["run", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no readable article in the corpus; nothing written" in result.stderr
    assert list((tmp_path / "out").iterdir()) == []
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "c.jsonl")])
    assert result.exit_code == 1 and not (tmp_path / "c.jsonl").exists()


def test_run_reports_each_bad_record_once(tmp_path):
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text('{"id": "a", "text": "Exports rose 5% to $2bn."}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["run", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.count(f"{corpus}:2:") == 1


def test_plain_text_on_stdin_says_what_stdin_expects():
    result = runner.invoke(app, ["extract", "-"], input="Exports rose 5% to $2bn.\n")
    assert result.exit_code == 1
    assert "stdin is read as corpus JSONL" in result.stderr and "folder of .txt files" in result.stderr


def test_output_to_dev_null_with_force_leaves_the_device(tmp_path):
    import os
    import stat

    result = runner.invoke(app, ["extract", str(ROOT / "corpus" / "seeds.jsonl"), "-o", "/dev/null", "--force"])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_into_a_pipe_as_from_process_substitution(tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result = runner.invoke(app, ["extract", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(fifo)])
    reader.join(timeout=60)
    assert result.exit_code == 0, result.output
    plain = tmp_path / "plain.jsonl"
    assert runner.invoke(app, ["extract", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(plain)]).exit_code == 0
    assert received == [plain.read_text(encoding="utf-8")]


def test_review_help_shows_claims_findings_and_corpus():
    result = runner.invoke(app, ["review", "--help"])
    assert result.exit_code == 0
    assert "CLAIMS" in result.output and "--findings" in result.output and "--corpus" in result.output


def test_the_progress_bar_knows_how_many_records_a_corpus_holds(tmp_path):
    from extractor.batch import expected_records

    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": "y"}\nnot json', encoding="utf-8")
    assert expected_records(str(corpus)) == 3  # every non-blank line is a record, bad ones too
    (tmp_path / "txt").mkdir()
    for name in ("one", "two"):
        (tmp_path / "txt" / f"{name}.txt").write_text("Exports rose 5%.", encoding="utf-8")
    assert expected_records(str(tmp_path / "txt")) == 2
    assert expected_records("-") is None


def test_an_invalid_control_character_is_reported_once_with_its_column(tmp_path):
    corpus = tmp_path / "cc.jsonl"
    corpus.write_bytes(b'{"id": "a", "text": "x\x01y"}\n')
    result = runner.invoke(app, ["extract", str(corpus)])
    assert f"{corpus}:1: invalid JSON: Invalid control character at column 23" in result.stderr
    assert "at at" not in result.stderr
