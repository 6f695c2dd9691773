"""A figure whose metric names no measure takes the measure of the same figure, written alike, in
another article of the same period and owner (series.lend_matching_measures); one whose owner is
unnamed takes the owner of the same figure of the same measure (series.lend_matching_owners).
Invented claims."""
from claim_factory import make_claim
from evaluation.series import build_series, lend_matching_measures, lend_matching_owners
from extractor.contract import Claim

MARCH = ("in March", "2027-03-01", "2027-03-31")


def claim(article, text, value, metric, period=MARCH, **kw):
    return Claim.from_dict(make_claim(article, 10, text, value, metric=metric, subject="Ruritania",
                                      counterparty="Freedonia", period=period, **kw))


def test_a_figure_of_no_measure_takes_the_measure_of_the_same_figure_elsewhere():
    # a: "Remittances from Freedonia were $1.024 billion in March." b: "Freedonia remained the largest
    # source at $1.024 billion in March." (no measure read)
    a, b = claim("a", "$1.024 billion", 1.024e9, "remittances"), claim("b", "$1.024 billion", 1.024e9, None)
    lent = {c.claim_id: c for c in lend_matching_measures([a, b])}
    assert lent[b.claim_id].metric == "remittances" and lent[b.claim_id].extra["metric_from"] == a.claim_id
    rows = build_series([a, b], published={"a": "2027-04-10", "b": "2027-04-11"})
    assert [sorted(p["claim_id"] for p in r["reports"]) for r in rows] == [sorted([a.claim_id, b.claim_id])]


def test_nothing_is_lent_on_a_weak_or_doubtful_match():
    a = claim("a", "$1.024 billion", 1.024e9, "remittances")
    for b, others in ((claim("b", "$1.0 billion", 1.0e9, None), [claim("a", "$1.0 billion", 1.0e9, "remittances")]),  # 2 digits
                      (claim("b", "$1.024 billion", 1.024e9, None, period=("in April", "2027-04-01", "2027-04-30")), []),  # another month
                      (claim("b", "$1.024 billion", 1.024e9, None), [claim("c", "$1.024 billion", 1.024e9, "imports")])):  # two measures
        lent = {c.claim_id: c.metric for c in lend_matching_measures([a, *others, b])}
        assert lent[b.claim_id] is None


def owned(article, text, value, subject, metric="textile exports", **kw):
    return Claim.from_dict(make_claim(article, 10, text, value, metric=metric, subject=subject, period=MARCH, **kw))


def test_a_figure_of_nobody_takes_the_owner_of_the_same_figure_elsewhere():
    # a: "Ruritania's textile exports were $14.62 billion in March." b (names no country): "Textile
    # exports were $14.62 billion in March."
    a, b = owned("a", "$14.62 billion", 14.62e9, "Ruritania"), owned("b", "$14.62 billion", 14.62e9, None)
    lent = {c.claim_id: c for c in lend_matching_owners([a, b])}
    assert lent[b.claim_id].subject == "Ruritania" and lent[b.claim_id].extra["subject_from"] == a.claim_id
    rows = build_series([a, b], published={"a": "2027-04-10", "b": "2027-04-11"})
    assert [sorted(p["claim_id"] for p in r["reports"]) for r in rows] == [sorted([a.claim_id, b.claim_id])]


def test_no_owner_is_lent_on_a_weak_or_doubtful_match():
    a = owned("a", "$14.62 billion", 14.62e9, "Ruritania")
    for b, others in ((owned("b", "$15 billion", 15e9, None), [owned("a", "$15 billion", 15e9, "Ruritania")]),  # two digits
                      (owned("b", "$14.62 billion", 14.62e9, None, metric="imports"), []),  # another measure
                      (owned("b", "$14.62 billion", 14.62e9, None), [owned("c", "$14.62 billion", 14.62e9, "Freedonia")])):  # two owners
        lent = {c.claim_id: c.subject for c in lend_matching_owners([a, *others, b])}
        assert lent[b.claim_id] is None
