"""Tests for evaluation/consistency/: interval arithmetic, each check, planted errors, near misses."""
import json
from pathlib import Path

import pytest

from evaluation.consistency import (CHECKS, Interval, interval, rounding_interval, run_checks_on)
from extractor.contract import Claim
from claim_factory import make_claim

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds.jsonl"
GOLD = ROOT / "gold" / "seeds.jsonl"


def claim(article, start, text, value, *, subject="Pakistan", sentence=(0, 200), **fields):
    """A contract claim dict built by hand; period is (text, start, end) or None."""
    return make_claim(article, start, text, value, subject=subject, sentence=sentence, **fields)


def findings(dicts, texts=None, **kw):
    return run_checks_on([Claim.from_dict(d) for d in dicts], texts, **kw)


AUG21 = ("August 2021", "2021-08-01", "2021-08-31")
AUG20 = ("August 2020", "2020-08-01", "2020-08-31")


@pytest.mark.parametrize("text, value, rounding, expected", [
    ("$2.1 billion", 2.1e9, "round", (2.05e9, 2.15e9)),
    ("$2.1 billion", 2.1e9, "round_or_truncate", (2.05e9, 2.2e9)),
    ("13%", 13, "round_or_truncate", (12.5, 14)),
    ("13%", 13, "round", (12.5, 13.5)),
    ("80.6 percent", 80.6, "round", (80.55, 80.65)),
    ("6,000", 6000, "round", (5999.5, 6000.5)),
    ("$224 million", 224e6, "exact", (224e6, 224e6)),
])
def test_consistency_rounding_interval(text, value, rounding, expected):
    got = rounding_interval(text, value, rounding)
    assert got.lo == pytest.approx(expected[0]) and got.hi == pytest.approx(expected[1])


@pytest.mark.parametrize("qualifier, expected", [
    ("more_than", (2e9, float("inf"))),
    ("at_least", (2e9, float("inf"))),
    ("less_than", (0, 2e9)),
    ("at_most", (0, 2e9)),
    ("approx", (1.5e9 * 0.95, 2.5e9 * 1.05)),
])
def test_consistency_qualifier_interval(qualifier, expected):
    got = interval({"text": "$2 billion", "value": 2e9, "qualifier": qualifier}, "round")
    assert (got.lo, got.hi) == pytest.approx(expected)


def test_consistency_at_most_reads_the_written_precision():
    # "nearly Tk 4.27 trillion" covers what truncates to 4.27 (4.2789 trillion), not 4.29 trillion
    got = interval({"text": "Tk 4.27 trillion", "value": 4.27e12, "qualifier": "at_most"})
    assert got.lo == 0 and got.hi >= 4.2789e12 and got.hi < 4.29e12
    # "less than" stays below what is written; a one-digit bound is not widened
    assert interval({"text": "Tk 4.27 trillion", "value": 4.27e12, "qualifier": "less_than"}).hi == 4.27e12
    assert interval({"text": "up to $3 billion", "value": 3e9, "qualifier": "at_most"}).hi == 3e9


def test_consistency_checks_table_names_match_finding_check():
    assert set(CHECKS) == {"percent_change", "multiple", "sum", "same_fact", "share", "trend"}


def _percent_case(later_value, later_text, qualifier="exact"):
    return [claim("a", 10, "80.6 percent", 80.6, kind="percent", unit="%", change="increase",
                  metric="technology exports", period=AUG21),
            claim("a", 60, later_text, later_value, qualifier=qualifier, metric="technology exports", period=AUG21),
            claim("a", 90, "$124 million", 124e6, metric="technology exports", period=AUG20)]


def test_consistency_percent_change_consistent_and_inconsistent():
    ok = findings(_percent_case(224e6, "$224 million"))
    assert [(f.check, f.verdict) for f in ok] == [("percent_change", "consistent")]
    assert ok[0].expected == 80.6 and ok[0].observed == pytest.approx(80.645, abs=0.01)
    bad = findings(_percent_case(324e6, "$324 million"))
    assert [(f.check, f.verdict) for f in bad] == [("percent_change", "inconsistent")]
    assert "324m/124m - 1 = 161.3%" in bad[0].explanation


def test_consistency_more_than_level_widens_the_reading():
    # 2.0/1.44 - 1 = 38.9%, but "more than $2 billion" is (2, inf): 47.4% fits (seed 003).
    fy21, fy20 = ("FY21", "2020-07-01", "2021-06-30"), ("FY20", "2019-07-01", "2020-06-30")
    dicts = [claim("a", 10, "47.4 percent", 47.4, kind="percent", unit="%", change="increase",
                   metric="IT exports", period=fy21),
             claim("a", 40, "$2 billion", 2e9, qualifier="more_than", metric="IT exports", period=fy21),
             claim("a", 80, "$1.44 billion", 1.44e9, metric="IT exports", period=fy20)]
    assert [f.verdict for f in findings(dicts)] == ["consistent"]
    # Exactly "$2 billion" still covers [1.5, 3) billion (it rounds or truncates to 2): 47.4% fits...
    dicts[1]["quantity"]["qualifier"] = "exact"
    assert [f.verdict for f in findings(dicts)] == ["consistent"]
    # ...but "$2.00 billion" covers [1.995, 2.01) billion: at most 39.6%, so 47.4% does not fit.
    dicts[1]["quantity"]["text"] = "$2.00 billion"
    assert [f.verdict for f in findings(dicts)] == ["inconsistent"]


def test_consistency_target_and_actual_are_not_compared():
    dicts = _percent_case(324e6, "$324 million")
    dicts[1]["metric"] = "technology exports (target)"
    assert findings(dicts) == []


def test_consistency_different_currencies_are_not_compared():
    dicts = _percent_case(324e6, "Rs324 million")
    dicts[1]["quantity"]["unit"] = "PKR"
    assert findings(dicts) == []


def test_consistency_same_fact_needs_same_period():
    a = claim("a", 10, "$224 million", 224e6, period=AUG21, source="Ministry of Commerce")
    b = claim("b", 10, "$254 million", 254e6, period=AUG21, source="Ministry of Commerce")
    assert [(f.check, f.verdict) for f in findings([a, b])] == [("same_fact", "inconsistent")]
    b["period"] = dict(zip(("text", "start", "end"), AUG20))
    assert findings([a, b]) == []
    # A year and its first half overlap but are different facts.
    a["period"] = {"text": "2021", "start": "2021-01-01", "end": "2021-12-31"}
    b["period"] = {"text": "H1 2021", "start": "2021-01-01", "end": "2021-06-30"}
    assert findings([a, b]) == []


def test_consistency_same_fact_different_metric_or_counterparty_not_compared():
    a = claim("a", 10, "$224 million", 224e6, period=AUG21, metric="exports")
    b = claim("b", 10, "$254 million", 254e6, period=AUG21, metric="IT exports")
    assert findings([a, b]) == []
    b["metric"], b["counterparty"] = "exports", "United States"
    assert findings([a, b]) == []


def test_consistency_same_fact_different_sources_undetermined():
    a = claim("a", 10, "$224 million", 224e6, period=AUG21, source="State Bank of Pakistan")
    b = claim("b", 10, "$254 million", 254e6, period=AUG21, source="Pakistan Software Export Board")
    assert [f.verdict for f in findings([a, b])] == ["undetermined"]


def test_consistency_multiple_and_trend_and_sum():
    text = "The $350 million raised was more than 5x the $65 million of 2020."
    m = [claim("a", 4, "$350 million", 350e6, metric="funds", sentence=(0, len(text))),
         claim("a", 37, "5x", 5, kind="multiple", unit="x", qualifier="more_than", sentence=(0, len(text))),
         claim("a", 45, "$65 million", 65e6, metric="funds", sentence=(0, len(text)))]
    got = findings(m, {"a": text})
    assert [(f.check, f.verdict) for f in got] == [("multiple", "consistent")]
    m[2]["quantity"].update(text="$95 million", value=95e6)
    assert [(f.check, f.verdict) for f in findings(m, {"a": text.replace("$65", "$95")})] == [
        ("multiple", "inconsistent")]

    text = "Sales fell to $12m from $10m."
    t = [claim("b", 14, "$12m", 12e6, metric="sales", sentence=(0, len(text))),
         claim("b", 24, "$10m", 10e6, metric="sales", sentence=(0, len(text)))]
    assert [(f.check, f.verdict) for f in findings(t, {"b": text})] == [("trend", "inconsistent")]

    y23 = ("2023", "2023-01-01", "2023-12-31")
    s = [claim("c", 10, "$7.3 billion", 7.3e9, metric="bilateral trade", counterparty="United States", period=y23),
         claim("c", 60, "$5.1 billion", 5.1e9, metric="exports", counterparty="United States", period=y23),
         claim("c", 90, "$2.2 billion", 2.2e9, metric="imports", counterparty="United States", period=y23)]
    assert [(f.check, f.verdict) for f in findings(s)] == [("sum", "consistent")]
    s[2]["quantity"].update(text="$4.2 billion", value=4.2e9)
    assert [(f.check, f.verdict) for f in findings(s)] == [("sum", "inconsistent")]


def _texts():
    return {a["id"]: a["text"] for a in map(json.loads, SEEDS.read_text().splitlines())}


def test_consistency_gold_seeds_no_inconsistency():
    from evaluation.gold import read_claims

    got = run_checks_on(read_claims(GOLD).claims, _texts())
    assert not [f for f in got if f.verdict == "inconsistent"]
    consistent = {(f.check, tuple(sorted(i.split(":")[1] for i in f.claim_ids)))
                  for f in got if f.verdict == "consistent"}
    assert ("percent_change", ("221-233", "242-254", "58-70")) in consistent        # 80.6%
    assert ("percent_change", ("349-359", "363-375", "487-499")) in consistent      # 46%
    assert ("percent_change", ("562-574", "588-598", "699-712")) in consistent      # 47.4%
    assert ("multiple", ("1536-1548", "1579-1581", "1611-1622")) in consistent      # 5x
    assert ("sum", ("342-355", "495-505", "574-584")) in consistent                 # 6.16 + 2 -> 8
    assert ("trend", ("1820-1832", "1890-1903")) in consistent                      # imports rose


# ---- planted errors, through the real extractor --------------------------------------------

@pytest.fixture(scope="module")
def seed_articles():
    from extractor.corpus import read_corpus

    return list(read_corpus(SEEDS))


def _extract(articles):
    from extractor import extract_batch

    return [Claim.from_dict(c) for _, claims in extract_batch(articles) for c in claims]


@pytest.mark.issue(5)
def test_consistency_extracted_seeds_no_inconsistency(nlp, seed_articles):
    got = run_checks_on(_extract(seed_articles), {a.id: a.text for a in seed_articles})
    assert not [f for f in got if f.verdict == "inconsistent"]
    assert sum(f.check == "percent_change" and f.verdict == "consistent" for f in got) >= 3


@pytest.mark.issue(5)
def test_consistency_planted_figure_turns_percent_change_inconsistent(nlp, seed_articles):
    from dataclasses import replace

    a003 = next(a for a in seed_articles if a.id.startswith("003"))
    planted = replace(a003, text=a003.text.replace("$224 million", "$324 million"))
    got = run_checks_on(_extract([planted]), {planted.id: planted.text})
    change = [f for f in got if f.check == "percent_change" and f"{planted.id}:58-70" in f.claim_ids]
    assert [f.verdict for f in change] == ["inconsistent"]


@pytest.mark.issue(5)
def test_consistency_second_article_with_other_value_flagged_across_articles(nlp, seed_articles):
    from extractor.corpus import Article

    a003 = next(a for a in seed_articles if a.id.startswith("003"))
    other = Article(id="other_outlet", published="2021-09-18",
                    text="Pakistan's technology exports were $254 million in August 2021, "
                         "the Ministry of Commerce said.")
    got = run_checks_on(_extract([a003, other]), {a003.id: a003.text, other.id: other.text})
    flagged = [f for f in got if f.check == "same_fact" and f.verdict == "inconsistent"]
    assert flagged and all({i.split(":")[0] for i in f.claim_ids} == {a003.id, other.id} for f in flagged)
