"""Tests for evaluation/relations.py (scoring findings against relations gold) and the
``newsclaims check --relations`` option, with a cross-article finding on the HTML page."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation.relations import (Relation, RelationsFileError, map_to_gold, read_relations,
                                  score_relations)
from extractor.cli import app
from extractor.contract import Claim

runner = CliRunner()


def rel(rid, check, ids, verdict="consistent"):
    return {"relation_id": rid, "check": check, "claim_ids": ids, "verdict": verdict, "note": ""}


def finding(check, ids, verdict):
    return {"finding_id": f"{check}:{'+'.join(sorted(ids))}", "check": check, "claim_ids": ids,
            "verdict": verdict, "explanation": "..."}


def write(tmp_path, rows, name="r.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_relations_same_fact_group_found_when_links_connect_it(tmp_path):
    relations = read_relations(write(tmp_path, [rel("r1", "same_fact", ["a:1-2", "b:1-2", "c:1-2"])]))
    half = [finding("same_fact", ["a:1-2", "b:1-2"], "consistent")]
    assert score_relations(relations, half).found == 0
    chain = half + [finding("same_fact", ["b:1-2", "c:1-2"], "consistent")]
    score = score_relations(relations, chain)
    assert (score.found, score.right_verdict, len(score.false_alarms)) == (1, 1, 0)


def test_relations_inconsistency_caught_and_false_alarms(tmp_path):
    relations = read_relations(write(tmp_path, [
        rel("r1", "same_fact", ["a:1-2", "b:1-2", "c:1-2"], "inconsistent"),
        rel("r2", "percent_change", ["a:5-6", "a:7-8", "a:9-10"], "consistent"),
        {"id": "r3", "check": "none", "claim_ids": ["a:1-2", "d:1-2"]}]))
    findings = [finding("same_fact", ["a:1-2", "c:1-2"], "inconsistent"),       # catches r1
                finding("percent_change", ["a:5-6", "a:7-8", "a:9-10"], "inconsistent"),  # wrong verdict + alarm
                finding("same_fact", ["a:1-2", "d:1-2"], "consistent")]          # a look-alike compared
    score = score_relations(relations, findings)
    assert (score.total, score.found, score.caught, score.inconsistent_total) == (2, 2, 1, 1)
    assert [f["check"] for f in score.false_alarms] == ["percent_change"]
    assert score.lookalike_total == 1 and score.lookalike_compared == [("r3", findings[2]["finding_id"])]
    assert [r.relation_id for r, _ in score.wrong_verdicts] == ["r2"]
    assert "real inconsistencies caught: 1/1" in "\n".join(score.lines())


def test_relations_end_to_end_mapping_and_checked_articles():
    def c(article, start, end):
        return Claim.from_dict({"claim_id": f"{article}:{start}-{end}", "article_id": article, "kind": "money",
                                "quantity": {"text": "x" * (end - start), "start": start, "end": end, "value": 1,
                                             "unit": "USD", "qualifier": "exact"},
                                "change": None, "metric": "m", "subject": None, "counterparty": None,
                                "period": None, "source": None, "sentence": {"start": 0, "end": 40}})
    gold = [c("a", 10, 20), c("b", 10, 20)]
    pred = [c("a", 12, 20), c("b", 5, 11), c("b", 30, 35)]
    mapping = map_to_gold(gold, pred)
    assert mapping == {"a:12-20": "a:10-20", "b:5-11": "b:10-20"}
    relations = [Relation("r1", "same_fact", ("a:10-20", "b:10-20"), "consistent"),
                 Relation("r2", "same_fact", ("z:1-2", "z:3-4"), "consistent")]
    score = score_relations(relations, [finding("same_fact", ["a:12-20", "b:5-11"], "consistent")],
                            checked_articles={"a", "b"}, claim_map=mapping)
    assert (score.total, score.found, score.skipped) == (1, 1, 1)
    # A finding on a predicted claim with no gold partner matches nothing: an alarm stays an alarm.
    score = score_relations(relations[:1], [finding("same_fact", ["a:12-20", "b:30-35"], "inconsistent")],
                            claim_map=mapping)
    assert score.found == 0 and len(score.false_alarms) == 1


def test_relations_bad_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"relation_id": "r1", "check": "same_fact", "claim_ids": ["a:1-2"]}\n')
    with pytest.raises(RelationsFileError, match="bad.jsonl:1"):
        read_relations(path)


def test_check_cli_relations_and_cross_article_page(tmp_path):
    """Two outlets report one fact with two values: the finding page names both outlets and
    dates beside both sentences; --relations scores it."""
    texts = {"p1": "date 2023-01-04 Ruritania's trade deficit was $17.133 billion in July-December 2022, the bureau said.",
             "p2": "date 2024-01-05 The trade deficit of Ruritania was $16.965 billion in July-December 2022."}
    corpus = write(tmp_path, [
        {"id": "p1", "text": texts["p1"], "published": "2023-01-04", "url": "https://www.first-outlet.example/news/1"},
        {"id": "p2", "text": texts["p2"], "published": "2024-01-05", "url": "https://second.example/a"}], "c.jsonl")
    claims = []
    for aid, text in texts.items():
        surface = "$17.133 billion" if aid == "p1" else "$16.965 billion"
        start = text.index(surface)
        claims.append({"claim_id": f"{aid}:{start}-{start + len(surface)}", "article_id": aid, "kind": "money",
                       "quantity": {"text": surface, "start": start, "end": start + len(surface),
                                    "value": float(surface[1:7]) * 1e9, "unit": "USD", "qualifier": "exact"},
                       "change": None, "metric": "trade deficit", "subject": "Ruritania", "counterparty": None,
                       "period": {"text": "July-December 2022", "start": "2022-07-01", "end": "2022-12-31"},
                       "source": None, "sentence": {"start": 16, "end": len(text)}})
    claims_path = write(tmp_path, claims, "claims.jsonl")
    relations = write(tmp_path, [rel("r1", "same_fact", [c["claim_id"] for c in claims], "inconsistent")], "rel.jsonl")
    out, report, scores = tmp_path / "f.jsonl", tmp_path / "f.html", tmp_path / "s.json"
    result = runner.invoke(app, ["check", str(claims_path), "-c", str(corpus), "-o", str(out), "-r", str(report),
                                 "--relations", str(relations), "--relations-json", str(scores)])
    assert result.exit_code == 0, result.output
    assert "real inconsistencies caught: 1/1" in result.output and "false alarms: 0" in result.output
    assert json.loads(scores.read_text())["caught"] == 1
    html = report.read_text()
    assert "first-outlet.example</a>, 2023-01-04" in html and "second.example</a>, 2024-01-05" in html
    assert "<mark>$17.133 billion</mark>" in html and "<mark>$16.965 billion</mark>" in html
    assert "Relations gold" in html
    # --gold without --relations is refused
    result = runner.invoke(app, ["check", str(claims_path), "-o", str(tmp_path / "g.jsonl"), "--gold", str(claims_path)])
    assert result.exit_code == 1 and "--relations" in result.output


def test_relations_gold_file_names_gold_claims():
    """gold/sa-dev-relations.jsonl (when present) reads, and every claim it names is a gold claim."""
    root = Path(__file__).resolve().parent.parent
    path, claims = root / "gold" / "sa-dev-relations.jsonl", root / "gold" / "sa-dev.jsonl"
    if not path.is_file() or not claims.is_file():
        pytest.skip("no sa-dev relations gold here")
    relations = read_relations(path)
    ids = {json.loads(line)["claim_id"] for line in claims.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert relations and all(set(r.claim_ids) <= ids for r in relations)
    assert {r.check for r in relations} <= {"same_fact", "percent_change", "share", "sum", "multiple", "trend",
                                           "distinct"}
