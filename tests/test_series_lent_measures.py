"""A figure whose metric names no measure takes the measure of the same figure, written alike, in
another article of the same period and owner (series.lend_matching_measures); one whose owner is
unnamed takes the owner of the same figure of the same measure (series.lend_matching_owners); figures
written alike under two measures take the measure most of them name (series.name_alike_figures); a
figure given with no period takes the period of the figures written alike in articles of the same
days (series.date_alike_figures).
Invented claims."""
from claim_factory import make_claim
from evaluation.series import (build_series, date_alike_figures, lend_matching_measures, lend_matching_owners,
                               name_alike_figures, own_alike_figures)
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


def worded(article, text, value, metric, subject="Ruritania", start=10, **kw):
    return Claim.from_dict(make_claim(article, start, text, value, metric=metric, subject=subject, period=MARCH, **kw))


def test_one_figure_worded_two_ways_by_outlets_is_one_row():
    # a: "Ruritania's trade deficit widened to $27.55 billion in March." b: "The trade deficit stood
    # at $27.55 billion in March." c: "The gap was $27.55 billion in March."
    a, b, c = (worded("a", "$27.55 billion", 27.55e9, "trade deficit"), worded("b", "$27.55 billion", 27.55e9, "trade deficit"),
               worded("c", "$27.55 billion", 27.55e9, "gap"))
    named = {x.claim_id: x for x in name_alike_figures([a, b, c])}
    assert named[c.claim_id].metric == "trade deficit" and named[c.claim_id].extra["metric_from"] == a.claim_id
    assert named[a.claim_id] is a and named[b.claim_id] is b
    rows = build_series([a, b, c], published={"a": "2027-04-10", "b": "2027-04-11", "c": "2027-04-11"})
    assert [len(r["reports"]) for r in rows] == [3]
    assert {p["claim_id"]: p["metric_from"] for p in rows[0]["reports"]}[c.claim_id] == a.claim_id


def test_figures_alike_by_chance_keep_their_measures():
    a = worded("a", "$27.55 billion", 27.55e9, "trade deficit")
    for other, extra in ((worded("c", "$28 billion", 28e9, "imports"), [worded("a", "$28 billion", 28e9, "trade deficit")]),  # two digits
                         (worded("c", "$27.7 billion", 27.7e9, "imports"), []),  # readings apart
                         (worded("c", "$28 billion", 28e9, "imports"), []),  # near, but two digits
                         (worded("c", "$27.55 billion", 27.55e9, "imports", counterparty="Freedonia"), []),  # a partner
                         (worded("c", "$27.55 billion", 27.55e9, "trade deficit (target)"), []),  # a plan
                         (worded("c", "$27.55 billion", 27.55e9, "imports"),  # an article that tells them apart
                          [worded("c", "$27.55 billion", 27.55e9, "trade deficit", start=90)])):
        got = {x.claim_id: x.metric for x in name_alike_figures([a, *extra, other])}
        assert got[other.claim_id] == other.metric, other.metric


def test_a_figure_rounded_alike_under_another_owner_name_takes_the_common_one():
    # a, b: "Lanka Horizon Telecom's revenue was Rs 48.62 billion in March." c: "The Colombo-listed
    # firm's sales came to Rs 48.6 billion in March." (the extractor read another owner and measure)
    a, b = (worded(x, "Rs 48.62 billion", 48.62e9, "revenue", subject="Lanka Horizon Telecom", unit="LKR") for x in "ab")
    c = worded("c", "Rs 48.6 billion", 48.6e9, "sales", subject="Colombo Stock Exchange", unit="LKR")
    named = {x.claim_id: x for x in name_alike_figures([a, b, c])}
    assert (named[c.claim_id].metric, named[c.claim_id].subject) == ("revenue", "Lanka Horizon Telecom")
    assert named[c.claim_id].extra["subject_from"] == a.claim_id
    rows = build_series([a, b, c], published={"a": "2027-04-10", "b": "2027-04-11", "c": "2027-04-11"})
    assert [len(r["reports"]) for r in rows] == [3]


def test_a_figure_given_with_no_period_takes_the_period_of_the_same_figure_that_week():
    # a: "Imports were $54.43 billion in the first eleven months of the fiscal year." b: "Imports
    # stood at $54.4 billion, the bureau said." (no period written)
    eleven_months = ("the first eleven months", "2026-07-01", "2027-05-31")
    a = Claim.from_dict(make_claim("a", 10, "$54.43 billion", 54.43e9, metric="imports", period=eleven_months))
    b = Claim.from_dict(make_claim("b", 10, "$54.4 billion", 54.4e9, metric="imports", period=None))
    dated_by = {}
    got = date_alike_figures([a, b], {"a": {"published": "2027-06-10"}, "b": {"published": "2027-06-12"}}, dated_by)
    assert (got[1].period.start, got[1].period.end, got[1].period.text) == ("2026-07-01", "2027-05-31", "")
    assert dated_by == {b.claim_id: a.claim_id}
    rows = build_series([a, b], published={"a": "2027-06-10", "b": "2027-06-12"})
    assert [len(r["reports"]) for r in rows] == [2]
    # not from an article of another season, nor when the figures alike name two periods
    assert date_alike_figures([a, b], {"a": {"published": "2027-06-10"}, "b": {"published": "2027-12-12"}}, {})[1].period is None
    twelve = Claim.from_dict(make_claim("c", 10, "$54.4 billion", 54.4e9, metric="imports",
                                        period=("the fiscal year", "2026-07-01", "2027-06-30")))
    meta = {x: {"published": "2027-06-10"} for x in "abc"}
    assert date_alike_figures([a, b, twelve], meta, {})[1].period is None
    # nor a figure written with two digits ("$54 billion")
    short = Claim.from_dict(make_claim("b", 10, "$54 billion", 54e9, metric="imports", period=None))
    assert date_alike_figures([a, short], meta, {})[1].period is None


def test_one_measures_figure_rounded_alike_under_another_owner_takes_the_common_owner():
    # a, b: "Veritas Infosoft's revenue was Rs 39,650 crore in March." c: "The December-quarter revenue
    # of Rs 39,700 crore" read as India's (rounded to three digits, one owner misread)
    a, b = (worded(x, "Rs 39,650 crore", 396.5e9, "revenue", subject="Veritas Infosoft", unit="INR") for x in "ab")
    c = worded("c", "Rs 397 billion", 397e9, "revenue", subject="India", unit="INR")
    owned = {x.claim_id: x for x in own_alike_figures([a, b, c])}
    assert owned[c.claim_id].subject == "Veritas Infosoft" and owned[c.claim_id].extra["subject_from"] == a.claim_id
    # not across two measures, nor when the readings part
    for other in (worded("c", "Rs 397 billion", 397e9, "profit", subject="India", unit="INR"),
                  worded("c", "Rs 399 billion", 399e9, "revenue", subject="India", unit="INR")):
        assert {x.claim_id: x.subject for x in own_alike_figures([a, b, other])}[other.claim_id] == "India"
    # nor figures written with two digits only ("Rs 40 billion" twice)
    two = [worded(x, "Rs 40 billion", 40e9, "revenue", subject="Veritas Infosoft", unit="INR") for x in "ab"]
    other = worded("c", "Rs 40 billion", 40e9, "revenue", subject="India", unit="INR")
    assert {x.claim_id: x.subject for x in own_alike_figures([*two, other])}[other.claim_id] == "India"
