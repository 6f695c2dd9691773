"""Workers that read their own byte ranges give the output, errors and summary of one process."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import extractor.workers as workers
from extractor.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
SEEDS = [json.loads(l) for l in (ROOT / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]


@given(st.lists(st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"") + b"\n"), max_size=12),
       st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_workers_ranges_cover_every_line_once(tmp_path_factory, lines, cuts):
    path = tmp_path_factory.mktemp("ranges") / "c.jsonl"
    data = b"".join(lines)
    path.write_bytes(data)
    bounds = sorted({0, len(data), *(c for c in cuts if c < len(data))})
    with open(path, "rb") as f:
        read = [line for start, end in zip(bounds, bounds[1:]) for line in workers._lines_in_range(f, start, end)]
    assert read == lines


def test_workers_range_sizes_shrink_towards_the_end():
    sizes = [workers.range_size(remaining, 2) for remaining in (100_000_000, 1_000_000, 200_000, 10)]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == workers.MAX_RANGE and sizes[-1] == workers.MIN_RANGE


def _corpus(path: Path, copies: int, bad_lines: bool) -> None:
    """Seed articles under new ids, with bad records among them when asked."""
    with path.open("w", encoding="utf-8") as f:
        for copy in range(copies):
            for a in SEEDS:
                f.write(json.dumps({**a, "id": f"{a['id']}-{copy}"}, ensure_ascii=False) + "\n")
            if bad_lines and copy % 4 == 1:
                f.write('{"id": "broken", "text": \n')  # invalid JSON
                f.write("\n")  # blank: skipped, but counted in line numbers
                f.write(json.dumps({"id": f"notext-{copy}"}) + "\n")
                f.write(json.dumps({**SEEDS[0], "id": f"{SEEDS[0]['id']}-0"}, ensure_ascii=False) + "\n")  # duplicate


def _extract(corpus: Path, out: Path, processes: int, *extra: str):
    errors = out.with_suffix(".errors.jsonl")
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--errors", str(errors),
                                 "--processes", str(processes), "--force", *extra])
    return result, errors


def test_workers_output_errors_and_summary_equal_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "MIN_RANGE", 2048)  # many small ranges: order and line numbers must hold
    monkeypatch.setattr(workers, "MAX_RANGE", 8192)
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, copies=14, bad_lines=True)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    result_one, errors_one = _extract(corpus, one, 1)
    result_two, errors_two = _extract(corpus, two, 2)
    assert result_one.exit_code == result_two.exit_code == 2, result_two.output
    assert two.read_bytes() == one.read_bytes()
    assert errors_two.read_text() == errors_one.read_text()
    assert len(errors_one.read_text().splitlines()) == 4 * 3  # invalid JSON, no text, duplicate
    summary = lambda r: r.stderr.strip().splitlines()[-1].split(" words in ")[0]  # noqa: E731  (no timings)
    assert summary(result_two) == summary(result_one)


def test_workers_resume_after_kill_9_equals_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, copies=16, bad_lines=False)  # 80 articles
    expected = tmp_path / "whole.jsonl"
    assert _extract(corpus, expected, 1)[0].exit_code == 0
    out = tmp_path / "claims.jsonl"
    cmd = [sys.executable, "-c", "import extractor.workers as w; w.MIN_RANGE = w.MAX_RANGE = 4096; "
           "from extractor.cli import app; app()", "extract", str(corpus), "-o", str(out), "--processes", "2"]
    # The killed run keeps its scratch folders in a temp dir of its own, so that other runs on
    # the machine (a benchmark, a second test session) cannot be mistaken for its leftovers.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    folders = lambda: {p for p in scratch.glob("newsclaims-*") if p.is_dir()}  # noqa: E731
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "TMPDIR": str(scratch)})
    log = Path(str(out) + ".done")
    deadline = time.time() + 300
    while time.time() < deadline and (not log.exists() or log.read_text().count("\n") < 10):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # the parent, mid-run; its workers notice and stop
    proc.wait()
    left_before_resume = folders()
    assert not out.exists() and Path(str(out) + ".part").exists()
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--processes", "2", "--resume"])
    assert result.exit_code == 0, result.output
    assert "done before (resumed)" in result.stderr
    assert out.read_bytes() == expected.read_bytes()
    assert not Path(str(out) + ".part").exists() and not log.exists()
    deadline = time.time() + 30  # the killed run's workers notice within a second and clear its folder
    while time.time() < deadline and folders() & left_before_resume:
        time.sleep(0.2)
    assert not folders() & left_before_resume


def test_workers_a_worker_error_is_one_line(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, copies=14, bad_lines=False)
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--processes", "2",
                                 "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    assert result.stderr.startswith("newsclaims: error: cannot load spaCy pipeline 'no_such_model_xyz'")
    assert "Traceback" not in result.output
