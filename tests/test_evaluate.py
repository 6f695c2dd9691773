"""``newsclaims evaluate`` through the real typer app: exit codes, exact messages, JSON and HTML output."""
import ast
import base64
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation.evaluate import evaluate
from extractor.cli import app

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "eval_articles.jsonl"
TEXTS = {a["id"]: a["text"] for a in map(json.loads, CORPUS.open())}
runner = CliRunner()


def claim(article, surface, kind, value, unit, **fields):
    text = TEXTS[article]
    start = text.index(surface)
    end = start + len(surface)
    return {"claim_id": f"{article}:{start}-{end}", "article_id": article, "kind": kind,
            "quantity": {"text": surface, "start": start, "end": end, "value": value, "unit": unit,
                         "qualifier": "exact"},
            "change": None, "metric": None, "subject": None, "counterparty": None, "period": None,
            "source": None, "sentence": {"start": 0, "end": len(text)}, **fields}


GOLD = [claim("a1", "23%", "percent", 23, "%", metric="exports"),
        claim("a1", "$5 billion", "money", 5e9, "USD", source="<Ministry> of Commerce"),
        claim("a2", "12", "count", 12, "shop")]
PRED = [claim("a1", "23%", "percent", 23, "%", metric="exports"),
        claim("a1", "$5 billion", "money", 5e9, "EUR", source="<Ministry> of Commerce"),
        claim("a1", "6,000", "count", 6000, "tonne")]


def write(path, lines):
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path):
    return write(tmp_path / "gold.jsonl", GOLD), write(tmp_path / "pred.jsonl", PRED)


def run(*args):
    return runner.invoke(app, ["evaluate", *map(str, args)])


def test_evaluate_cli_all_good_exits_0_and_prints_the_table(files):
    gold, pred = files
    result = run("--gold", gold, "--pred", pred, "--corpus", CORPUS)
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"newsclaims: {gold}: 3 lines read: 3 claims used, 0 bad\n"
                             f"newsclaims: {pred}: 3 lines read: 3 claims used, 0 bad\n")
    assert "detection f1" in result.stdout and "0.667" in result.stdout
    assert "articles 2, gold claims 3, predicted 3" in result.stdout


def test_evaluate_cli_missing_file_exits_1_with_one_line(files, tmp_path):
    gold, _ = files
    missing = tmp_path / "nope.jsonl"
    result = run("--gold", gold, "--pred", missing)
    assert result.exit_code == 1
    assert result.stderr == f"newsclaims: error: {missing}: no such file or directory\n"
    assert "Traceback" not in result.output


def test_evaluate_cli_malformed_line_exits_2_and_scores_the_rest(tmp_path):
    gold = write(tmp_path / "gold.jsonl", GOLD)
    pred = write(tmp_path / "pred.jsonl", [PRED[0], "{\"claim_id\": ", PRED[1]])
    out = tmp_path / "scores.json"
    result = run("--gold", gold, "--pred", pred, "--json", out)
    assert result.exit_code == 2
    assert result.stderr == (f"{pred}:2: invalid JSON: Expecting value at column 14\n"
                             f"newsclaims: {gold}: 3 lines read: 3 claims used, 0 bad\n"
                             f"newsclaims: {pred}: 3 lines read: 2 claims used, 1 bad\n"
                             f"newsclaims: wrote {out}\n")
    scores = json.loads(out.read_text())
    assert (scores["detection"]["tp"], scores["detection"]["fp"], scores["detection"]["fn"]) == (2, 0, 1)


def test_evaluate_cli_nothing_usable_exits_1(tmp_path):
    gold = write(tmp_path / "gold.jsonl", ["[]"])
    pred = write(tmp_path / "pred.jsonl", PRED)
    result = run("--gold", gold, "--pred", pred)
    assert result.exit_code == 1
    assert result.stderr == (f"{gold}:1: a claim must be a JSON object, not list\n"
                             f"newsclaims: error: {gold}: no usable gold claims (every line is malformed)\n")


def test_evaluate_cli_empty_predictions_are_scored(tmp_path):
    gold = write(tmp_path / "gold.jsonl", GOLD)
    pred = write(tmp_path / "pred.jsonl", [])
    result = run("--gold", gold, "--pred", pred, "--json", "-")
    assert result.exit_code == 0
    scores = json.loads(result.stdout)  # with --json -, stdout is the JSON alone
    assert scores["detection"]["precision"] is None and scores["detection"]["recall"] == 0.0


@pytest.mark.parametrize("args,message", [
    (["--policy", "fuzzy"], "unknown --policy 'fuzzy'; use one of: overlap, exact"),
    (["--baselines"], "--baselines needs --corpus: the baselines read the article texts"),
])
def test_evaluate_cli_bad_options_exit_1(files, args, message):
    gold, pred = files
    result = run("--gold", gold, "--pred", pred, *args)
    assert result.exit_code == 1
    assert result.stderr == f"newsclaims: error: {message}\n"


def test_evaluate_cli_needs_force_to_overwrite(files, tmp_path):
    gold, pred = files
    out = tmp_path / "scores.json"
    out.write_text("{}")
    result = run("--gold", gold, "--pred", pred, "--json", out)
    assert result.exit_code == 1
    assert result.stderr == f"newsclaims: error: {out} exists; use --force to overwrite it\n"
    assert run("--gold", gold, "--pred", pred, "--json", out, "--force").exit_code == 0
    assert json.loads(out.read_text())["policy"] == "overlap"


def test_evaluate_cli_json_shape(files, tmp_path):
    gold, pred = files
    out = tmp_path / "scores.json"
    assert run("-g", gold, "-p", pred, "-c", CORPUS, "--policy", "exact", "-j", out).exit_code == 0
    scores = json.loads(out.read_text())
    assert set(scores) == {"policy", "detection", "fields", "full", "per_kind", "per_article", "counts", "errors"}
    assert scores["policy"] == "exact"
    assert set(scores["detection"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert {"precision", "recall", "f1"} <= set(scores["full"])
    assert list(scores["fields"]) == ["kind", "value", "unit", "qualifier", "change", "metric", "subject",
                                      "counterparty", "period", "source"]
    assert set(scores["per_kind"]) == {"money", "percent", "count", "multiple"}
    assert scores["per_kind"]["multiple"]["f1"] is None  # undefined is null, not 0
    assert set(scores["per_article"]) == {"a1", "a2"}
    assert {e["type"] for e in scores["errors"]} == {"wrong_field", "miss", "false_positive"}
    unit = next(e for e in scores["errors"] if e["field"] == "unit")
    assert (unit["gold"], unit["pred"]) == ("USD", "EUR")
    assert unit["sentence"]["text"] == TEXTS["a1"]


def test_evaluate_cli_report_is_one_escaped_html_page_with_a_chart(files, tmp_path):
    gold, pred = files
    page = tmp_path / "report.html"
    result = run("--gold", gold, "--pred", pred, "--corpus", CORPUS, "--report", page)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "&lt;Ministry&gt; of Commerce" in html and "<Ministry>" not in html
    assert "The firm &amp; its" in html  # the missed "12" is shown in its sentence
    assert '<mark class="both">$5 billion</mark>' in html
    chart = re.search(r'<img [^>]*src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert chart and base64.b64decode(chart.group(1)).startswith(b"\x89PNG")
    assert "<link" not in html and "<script" not in html  # self-contained


def test_evaluate_cli_reads_predictions_from_stdin(files):
    gold, pred = files
    result = runner.invoke(app, ["evaluate", "--gold", gold, "--pred", "-", "--json", "-"],
                           input=Path(pred).read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["detection"]["tp"] == 2


def test_evaluate_function_returns_scores_and_problems(files):
    gold, pred = files
    result = evaluate(gold, pred, CORPUS)
    assert result.problems == []
    assert result.scores["detection"]["f1"] == pytest.approx(2 / 3)


def test_evaluate_modules_import_no_pipeline_code():
    # Only the baselines may use spaCy; the rest imports the contract, the errors, the I/O layer and
    # the extractor's word lists (data read from JSON, no pipeline code).
    allowed = {"extractor.contract", "extractor.errors", "extractor.corpus", "extractor.jsonl", "extractor.outputs",
               "extractor.lexicons"}
    for module in sorted((Path(__file__).parents[1] / "evaluation").glob("*.py")):
        if module.name == "baselines.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not {m for m in imported if m.split(".")[0] in ("spacy", "quantulum3")}, module.name
        assert {m for m in imported if m.startswith("extractor")} <= allowed, module.name


def test_evaluate_cli_does_not_load_spacy():
    # The evaluation reads JSONL only; registering it in the CLI must not pull in spaCy or matplotlib.
    code = ("import sys, extractor.cli, evaluation.gold, evaluation.scoring, evaluation.report;"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'matplotlib', 'quantulum3'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
