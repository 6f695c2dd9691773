"""Scoring on tiny hand-computed cases, field rules, undefined scores, the error list."""
import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from evaluation.scoring import FIELDS, PRF, score, score_article, wrong_fields
from extractor.contract import Claim, Quantity

ARTICLES = {a["id"]: a["text"] for a in map(json.loads, (Path(__file__).parent / "data/eval_articles.jsonl").open())}


def claim(article, surface, kind="money", value=1, unit="USD", qualifier="exact", **fields):
    """A claim on the first occurrence of ``surface`` in a tests/data article."""
    text = ARTICLES[article]
    start = text.index(surface)
    d = {"article_id": article, "kind": kind,
         "quantity": {"text": surface, "start": start, "end": start + len(surface),
                      "value": value, "unit": unit, "qualifier": qualifier},
         "change": None, "metric": None, "subject": None, "counterparty": None, "period": None,
         "source": None, "sentence": {"start": 0, "end": len(text)}}
    d.update(fields)
    return Claim.from_dict(d)


def prf(d):
    return d["precision"], d["recall"], d["f1"]


# ---- the counter -------------------------------------------------------------------------

def test_scoring_prf_hand_computed_and_adds():
    a, b = PRF(tp=1, fp=1, fn=0), PRF(tp=1, fp=0, fn=1)
    assert (a.precision, a.recall, a.f1) == pytest.approx((0.5, 1.0, 2 / 3))
    total = a + b
    assert (total.tp, total.fp, total.fn) == (2, 1, 1)
    assert (total.precision, total.recall, total.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


@pytest.mark.parametrize("counts,expected", [
    ((0, 0, 0), (None, None, None)),  # nothing at all: every score undefined
    ((0, 0, 2), (None, 0.0, 0.0)),    # no predictions: precision undefined, all missed
    ((0, 3, 0), (0.0, None, 0.0)),    # no gold: recall undefined, all wrong
])
def test_scoring_prf_undefined_is_none(counts, expected):
    p = PRF(*counts)
    assert (p.precision, p.recall, p.f1) == expected


# ---- one hand-worked article ---------------------------------------------------------------

GOLD = [
    claim("a1", "23%", "percent", 23, "%", change="increase", metric="exports", subject="Pakistan"),
    claim("a1", "$5 billion", "money", 5e9, "USD", metric="exports", subject="Pakistan"),
    claim("a1", "$2 billion", "money", 2e9, "USD", change="decrease", metric="imports", subject="Pakistan"),
]
PRED = [
    claim("a1", "23%", "percent", 23, "%", change="increase", metric="exports", subject="Pakistan"),  # all right
    claim("a1", "$5 billion", "money", 5e9, "PKR", metric="exports", subject="India"),  # unit, subject wrong
    claim("a1", "6,000", "count", 6000, "tonne"),  # false positive; "$2 billion" is missed
]


def test_scoring_hand_computed_article():
    s = score(GOLD, PRED)
    # detection: tp 2 (23%, $5 billion), fp 1 (6,000), fn 1 ($2 billion)
    assert (s["detection"]["tp"], s["detection"]["fp"], s["detection"]["fn"]) == (2, 1, 1)
    assert prf(s["detection"]) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # full claims: only 23% is right in kind, value, unit, period and subject -> 1 of 3 each side
    assert prf(s["full"]) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert s["fields"] == pytest.approx({**{f: 1.0 for f in FIELDS}, "unit": 0.5, "subject": 0.5})
    assert prf(s["per_kind"]["percent"]) == (1.0, 1.0, 1.0)
    assert prf(s["per_kind"]["money"]) == pytest.approx((1.0, 0.5, 2 / 3))
    assert prf(s["per_kind"]["count"]) == (0.0, None, 0.0)
    assert prf(s["per_kind"]["multiple"]) == (None, None, None)
    assert s["per_article"] == {"a1": s["detection"]}
    assert s["counts"] == {"articles": 1, "gold": 3, "pred": 3, "pairs": 2, "pred_unscored": 0}


def test_scoring_errors_are_data_side_by_side():
    errors = score(GOLD, PRED, texts=ARTICLES)["errors"]
    assert [(e["type"], e["field"]) for e in errors] == [
        ("wrong_field", "unit"), ("wrong_field", "subject"), ("miss", None), ("false_positive", None)]
    unit = errors[0]
    assert (unit["gold"], unit["pred"]) == ("USD", "PKR")
    assert unit["gold_span"] == unit["pred_span"] == {"text": "$5 billion", "start": 20, "end": 30}
    assert unit["sentence"] == {"start": 0, "end": len(ARTICLES["a1"]), "text": ARTICLES["a1"]}
    miss, false_positive = errors[2], errors[3]
    assert miss["gold"]["quantity"]["text"] == "$2 billion" and miss["pred"] is None
    assert false_positive["pred"]["quantity"]["text"] == "6,000" and false_positive["gold"] is None


def test_scoring_errors_give_offsets_without_the_corpus():
    errors = score(GOLD, PRED)["errors"]
    assert errors[0]["sentence"] == {"start": 0, "end": len(ARTICLES["a1"])}


def test_scoring_kind_mismatch_counts_against_both_kinds():
    # Per-kind detection is labelled: a pair with the wrong kind is a percent miss and a count false positive.
    s = score([claim("a1", "23%", "percent", 23, "%")], [claim("a1", "23%", "count", 23, "thing")])
    assert s["detection"]["tp"] == 1
    assert (s["per_kind"]["percent"]["tp"], s["per_kind"]["percent"]["fn"]) == (0, 1)
    assert (s["per_kind"]["count"]["tp"], s["per_kind"]["count"]["fp"]) == (0, 1)
    assert s["fields"]["kind"] == 0.0


# ---- undefined scores ----------------------------------------------------------------------

def test_scoring_empty_gold_gives_none():
    s = score([], [])
    assert prf(s["detection"]) == prf(s["full"]) == (None, None, None)
    assert set(s["fields"].values()) == {None}
    assert s["per_article"] == {} and s["errors"] == []


def test_scoring_zero_predictions():
    s = score(GOLD, [])
    assert prf(s["detection"]) == (None, 0.0, 0.0)
    assert set(s["fields"].values()) == {None}  # no matched pairs: accuracy undefined, not 0
    assert [e["type"] for e in s["errors"]] == ["miss"] * 3


def test_scoring_predictions_for_articles_without_gold_are_not_scored():
    s = score(GOLD, PRED + [claim("a2", "12", "count", 12, "shop")])
    assert s["counts"]["pred_unscored"] == 1
    assert s["detection"] == score(GOLD, PRED)["detection"]


def test_scoring_articles_add_up():
    gold2 = [claim("a2", "12", "count", 12, "shop"), claim("a2", "5x", "multiple", 5, "x")]
    pred2 = [claim("a2", "12", "count", 12, "shops")]
    both = score(GOLD + gold2, PRED + pred2)
    parts = score_article(GOLD, PRED) + score_article(gold2, pred2)
    assert both["detection"] == parts.detection.to_dict()
    assert both["full"] == parts.full.to_dict()
    assert both["per_article"]["a2"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3),
                                         "tp": 1, "fp": 0, "fn": 1}


# ---- field rules ---------------------------------------------------------------------------

def pair(gold_fields, pred_fields, surface="$5 billion"):
    base = {"kind": "money", "value": 5e9, "unit": "USD"}
    return claim("a1", surface, **{**base, **gold_fields}), claim("a1", surface, **{**base, **pred_fields})


@pytest.mark.parametrize("gold,pred,right", [
    (2e9, 2e9 * (1 + 1e-7), True),  # float noise within 1e-6 relative
    (2e9, 2e9 * (1 + 1e-5), False),
    (0, 0.0, True),
])
def test_scoring_value_relative_tolerance(gold, pred, right):
    g, p = pair({"value": gold}, {"value": pred})
    assert ("value" not in wrong_fields(g, p)) is right


def with_max(c, value_max):
    return c.with_fields(quantity=Quantity(**{**c.quantity.__dict__, "value_max": value_max}))


@pytest.mark.parametrize("gold_max,pred_max,right", [(7e9, 7e9, True), (7e9, 8e9, False), (7e9, None, False),
                                                     (None, 7e9, False)])
def test_scoring_value_max_compared(gold_max, pred_max, right):
    g, p = pair({}, {})
    assert ("value" not in wrong_fields(with_max(g, gold_max), with_max(p, pred_max))) is right


@pytest.mark.parametrize("name,gold,pred,right", [
    ("metric", "IT exports", "exports", True),        # token_set_ratio 100 (subset)
    ("metric", "exports", "Export", True),            # 92, case ignored
    ("metric", "IT exports", "services exports", False),  # 82 < 85
    ("metric", None, None, True),
    ("metric", "exports", None, False),
    ("source", "Ministry of Commerce", "commerce ministry", True),
    ("source", "Masood Khan", "Masud Khan", True),    # 86
    ("source", "World Bank", "World Trade Organization", False),
    ("subject", "Pakistan", "pakistan", True),        # names: case and spacing only
    ("subject", "United States", "US", False),
    ("counterparty", None, "United States", False),
    ("change", "increase", None, False),
    ("qualifier", "more_than", "exact", False),
    ("unit", "vendor", "Vendor", True),
])
def test_scoring_field_rules(name, gold, pred, right):
    g, p = pair({name: gold}, {name: pred})
    assert (name not in wrong_fields(g, p)) is right


@pytest.mark.parametrize("gold,pred,right", [
    (None, None, True),
    ({"text": "recent months", "start": None, "end": None}, None, True),  # both null dates
    ({"text": "2021", "start": "2021-01-01", "end": "2021-12-31"},
     {"text": "in 2021", "start": "2021-01-01", "end": "2021-12-31"}, True),  # text not compared
    ({"text": "FY21", "start": "2020-07-01", "end": "2021-06-30"},
     {"text": "FY21", "start": "2021-01-01", "end": "2021-12-31"}, False),
    ({"text": "2021", "start": "2021-01-01", "end": "2021-12-31"}, None, False),
])
def test_scoring_period_dates(gold, pred, right):
    g, p = pair({"period": gold}, {"period": pred})
    assert ("period" not in wrong_fields(g, p)) is right


def test_scoring_full_claim_ignores_fields_outside_its_five():
    # metric, source, qualifier, change and counterparty wrong: still a full-claim true positive.
    g, p = pair({"metric": "exports", "source": "SBP", "change": "increase", "counterparty": "US"},
                {"metric": "loans", "source": "IMF", "change": None, "counterparty": None, "qualifier": "approx"})
    s = score([g], [p])
    assert prf(s["full"]) == (1.0, 1.0, 1.0)
    assert s["fields"]["metric"] == 0.0


# ---- an independent check --------------------------------------------------------------------

@given(st.sets(st.tuples(st.integers(0, 30), st.integers(1, 5)), max_size=8),
       st.sets(st.tuples(st.integers(0, 30), st.integers(1, 5)), max_size=8))
def test_scoring_exact_policy_equals_set_intersection(gold_spans, pred_spans):
    # Under the exact policy, detection is plain set arithmetic on (start, end) (spaCy's score_set).
    def claims(spans):
        return [Claim(article_id="a", kind="count", sentence_start=0, sentence_end=100,
                      quantity=Quantity(text="x" * n, start=s, end=s + n, value=1, unit="thing")) for s, n in spans]
    gold = {(s, s + n) for s, n in gold_spans}
    pred = {(s, s + n) for s, n in pred_spans}
    d = score(claims(gold_spans), claims(pred_spans), "exact")["detection"]
    if gold:  # with no gold there is no article to score
        assert (d["tp"], d["fp"], d["fn"]) == (len(gold & pred), len(pred - gold), len(gold - pred))


# ---- full-precision shares against gold written to two decimals (issue 15) -----------------

@pytest.mark.parametrize("gold, pred, same", [
    (33.33, 100 / 3, True),          # "a third" kept at full precision, gold rounded when labelled
    (66.67, 200 / 3, True),
    (16.67, 100 / 6, True),
    (33.3, 100 / 3, True),           # at the gold's own precision
    (33.34, 100 / 3, False),         # rounds elsewhere
    (2.5, 2.54, False),              # a written figure must be equal, not merely round to it
    (2.54, 2.5, False),
    (2600000000, 2.6e9, True),       # float noise
])
def test_scoring_value_rounds_to_the_gold_as_written(gold, pred, same):
    from evaluation.scoring import _close

    assert _close(gold, pred) is same
