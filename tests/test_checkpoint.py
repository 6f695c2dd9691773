"""A run killed at any point and resumed with --resume writes each article's claims exactly once."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def make_corpus(path: Path, copies: int) -> None:
    seeds = [json.loads(l) for l in (ROOT / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as f:
        for copy in range(copies):
            for a in seeds:
                f.write(json.dumps({**a, "id": f"{a['id']}-{copy}"}, ensure_ascii=False) + "\n")


def uninterrupted(tmp_path: Path, corpus: Path) -> bytes:
    out = tmp_path / "whole.jsonl"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--processes", "1"]).exit_code == 0
    return out.read_bytes()


def test_resume_after_kill_9_equals_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    make_corpus(corpus, copies=12)  # 60 articles
    expected = uninterrupted(tmp_path, corpus)
    out = tmp_path / "claims.jsonl"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(corpus), "-o", str(out), "--processes", "1"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = Path(str(out) + ".done")
    deadline = time.time() + 120
    while time.time() < deadline and (not log.exists() or log.read_text().count("\n") < 10):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # mid-run, wherever it is
    proc.wait()
    assert not out.exists() and Path(str(out) + ".part").exists()
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--processes", "1", "--resume"])
    assert result.exit_code == 0, result.output
    assert "done before (resumed)" in result.stderr
    assert out.read_bytes() == expected
    assert not Path(str(out) + ".part").exists() and not log.exists()


def test_resume_drops_half_written_lines_and_a_torn_log_line(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    make_corpus(corpus, copies=1)
    expected = uninterrupted(tmp_path, corpus)
    out = tmp_path / "claims.jsonl"
    lines = expected.decode().splitlines(keepends=True)
    first_article = [l for l in lines if json.loads(l)["article_id"].startswith("000_")]
    cut = len("".join(first_article).encode())
    # The state of a run killed while writing: article 1 logged, article 2 half written, log torn.
    Path(str(out) + ".part").write_bytes(expected[:cut] + lines[len(first_article)].encode()[:40])
    Path(str(out) + ".done").write_text(f"000_bb4d254de7585ef5-0\t{cut}\n001_ec71", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--processes", "1", "--resume"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == expected


def test_resume_needs_an_output_file():
    result = runner.invoke(app, ["extract", str(ROOT / "corpus" / "seeds.jsonl"), "--resume"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "newsclaims: error: --resume needs an output file (-o OUT), not stdout or a pipe"


def test_without_resume_a_left_over_part_is_started_afresh(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    make_corpus(corpus, copies=1)
    out = tmp_path / "claims.jsonl"
    Path(str(out) + ".part").write_text("garbage\n")
    Path(str(out) + ".done").write_text("x\t8\n")
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--processes", "1"]).exit_code == 0
    assert out.read_bytes() == uninterrupted(tmp_path, corpus)
