"""Extraction on a real Dask LocalCluster with 2 worker processes equals the single-process run."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

distributed = pytest.importorskip("dask.distributed")
ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_output_equals_single_process_byte_for_byte(tmp_path, cluster):
    seeds = [json.loads(l) for l in (ROOT / "corpus" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for copy in range(4):  # 20 articles: several chunks, order must hold
            for a in seeds:
                f.write(json.dumps({**a, "id": f"{a['id']}-{copy}"}, ensure_ascii=False) + "\n")
    one, on_dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(one), "--processes", "1"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(on_dask), "--dask", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert on_dask.read_bytes() == one.read_bytes()
    ids = [json.loads(line)["article_id"] for line in one.read_text(encoding="utf-8").splitlines()]
    assert list(dict.fromkeys(ids)) == [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]


def test_dask_unreachable_scheduler_is_one_line(tmp_path):
    result = runner.invoke(app, ["extract", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(tmp_path / "o.jsonl"),
                                 "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.stderr.startswith("newsclaims: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
