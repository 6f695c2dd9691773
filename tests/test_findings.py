"""Tests for ``newsclaims check`` (evaluation/findings.py): outputs, report, exit codes, no spaCy."""
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from evaluation.findings import check, write_html
from extractor.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds.jsonl"
GOLD = ROOT / "gold" / "seeds.jsonl"
runner = CliRunner()


def _planted_gold(tmp_path: Path) -> tuple[Path, Path]:
    """The seed corpus and gold with "$224 million" changed to "$324 million" in article 003."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(SEEDS.read_text(encoding="utf-8").replace("$224 million", "$324 million"), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    lines = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        if c["quantity"]["text"] == "$224 million":
            c["quantity"].update(text="$324 million", value=324000000)
        lines.append(json.dumps(c))
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus, gold


def test_check_cli_writes_findings_and_report(tmp_path):
    out, report = tmp_path / "findings.jsonl", tmp_path / "findings.html"
    result = runner.invoke(app, ["check", str(GOLD), "--corpus", str(SEEDS), "-o", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all(set(r) == {"finding_id", "check", "verdict", "claim_ids", "expected", "observed",
                                   "explanation"} for r in rows)
    assert len({r["finding_id"] for r in rows}) == len(rows)
    assert not [r for r in rows if r["verdict"] == "inconsistent"]
    html = report.read_text()
    assert "<mark>$224 million</mark>" in html and "224m/124m - 1 = 80.6%" in html


def test_check_cli_inconsistency_exits_0_and_is_listed_first(tmp_path):
    corpus, gold = _planted_gold(tmp_path)
    out, report = tmp_path / "f.jsonl", tmp_path / "f.html"
    result = runner.invoke(app, ["check", str(gold), "-c", str(corpus), "-o", str(out), "-r", str(report)])
    assert result.exit_code == 0, result.output
    first = json.loads(out.read_text().splitlines()[0])
    assert (first["check"], first["verdict"]) == ("percent_change", "inconsistent")
    html = report.read_text()
    assert html.index("<mark>$324 million</mark>") < html.index('<h2 class="consistent">')


def test_check_cli_html_is_escaped(tmp_path):
    corpus = tmp_path / "c.jsonl"
    text = "<b>Sales</b> fell to $12m from $10m."
    corpus.write_text(json.dumps({"id": "x", "text": text}) + "\n")
    claims = tmp_path / "claims.jsonl"
    rows = []
    for surface, start in (("$12m", 21), ("$10m", 31)):
        rows.append({"claim_id": f"x:{start}-{start + 4}", "article_id": "x", "kind": "money",
                     "quantity": {"text": surface, "start": start, "end": start + 4, "value": int(surface[1:-1]) * 10**6,
                                  "unit": "USD", "qualifier": "exact"}, "change": None, "metric": "sales",
                     "subject": None, "counterparty": None, "period": None, "source": None,
                     "sentence": {"start": 0, "end": len(text)}})
    claims.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = check(claims, corpus)
    assert [(f.check, f.verdict) for f in result.findings] == [("trend", "inconsistent")]
    report = tmp_path / "r.html"
    write_html(result, report)
    assert "&lt;b&gt;Sales&lt;/b&gt;" in report.read_text() and "<b>Sales" not in report.read_text()


def test_check_cli_missing_file_exits_1(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 1
    assert result.output.strip() == f"newsclaims: error: {tmp_path / 'nope.jsonl'}: no such file or directory"


def test_check_cli_malformed_lines_reported_rest_checked_exit_2(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text(GOLD.read_text() + "{not json\n")
    out = tmp_path / "f.jsonl"
    result = runner.invoke(app, ["check", str(claims), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{claims}:42: invalid JSON" in result.output
    assert out.read_text().count("\n") >= 4  # the 41 good claims are still checked: 3 changes, 1 multiple


def test_check_cli_only_malformed_exits_1_and_refuses_overwrite(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("{not json\n")
    result = runner.invoke(app, ["check", str(claims), "-o", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 1
    assert "no usable claims (every line is malformed)" in result.output
    out = tmp_path / "exists.jsonl"
    out.write_text("")
    result = runner.invoke(app, ["check", str(GOLD), "-o", str(out)])
    assert result.exit_code == 1 and "use --force to overwrite it" in result.output


def test_check_cli_does_not_load_spacy():
    code = ("import sys, extractor.cli, evaluation.findings, evaluation.consistency;"
            "from evaluation.findings import check; check('gold/seeds.jsonl', 'corpus/seeds.jsonl');"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'matplotlib', 'quantulum3'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_check_cli_run_adds_findings(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(SEEDS), "-o", str(out), "--processes", "1"])
    assert result.exit_code == 0, result.output
    assert (out / "findings.jsonl").read_text().strip() and (out / "findings.html").exists()


def test_an_article_printed_twice_is_not_checked_against_itself(tmp_path):
    text = "Ruritania's exports rose 10% to $2.2 billion in 2023 from $2 billion in 2022."
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": text, "published": "2024-01-05"}) + "\n"
                              for i in ("a", "copy")), encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(claims)]).exit_code == 0
    result = check(claims, corpus)
    assert result.duplicates == {"copy": "a"}
    assert all(not i.startswith("copy:") for f in result.findings for i in f.claim_ids)
    assert result.findings, "the article's own change is still checked"
    from evaluation.findings import summary_line

    assert "1 duplicate article not checked (the same text as an earlier article)" in summary_line(result)


def test_run_summary_has_the_findings_counts(tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(out)]).exit_code == 0
    summary = json.loads((out / "summary.json").read_text())
    findings = [json.loads(line) for line in (out / "findings.jsonl").read_text().splitlines()]
    assert summary["findings"]["findings"] == len(findings)
    assert sum(summary["findings"]["by_verdict"].values()) == len(findings)
