"""A figure its article gives no period takes the period of the same figure in another article
(evaluation/consistency/items.py, ``date_unstated_periods``). Every sentence is invented."""
from claim_factory import make_claim
from evaluation.consistency import prepare
from evaluation.series import build_series
from extractor.contract import Claim

FY31 = ("2030-31", "2030-07-01", "2031-06-30")
FY30 = ("2029-30", "2029-07-01", "2030-06-30")


def budget(article, start, text, value, period=None, metric="defence spending"):
    return make_claim(article, start, text, value, unit="PKR", metric=metric, subject="Ruritania", period=period)


def dates(claims):
    return {i.id: (i.claim.period.start, i.claim.period.end) if i.claim.period else None
            for i in prepare([Claim.from_dict(c) for c in claims])}


def test_budget_figure_without_period_takes_the_other_outlets_year():
    # a: "The 2030-31 budget gives defence Rs 3,418 billion." b: "Defence gets Rs 3,418 billion."
    a = budget("a", 10, "Rs 3,418 billion", 3.418e12, period=FY31)
    b = budget("b", 10, "Rs 3,418 billion", 3.418e12)
    assert dates([a, b])["b:10-26"] == FY31[1:]
    # written rounder but with 3 significant digits both ("Rs 3.42 trillion"): the same
    b3 = budget("b", 10, "Rs 3.42 trillion", 3.42e12)
    assert dates([a, b3])["b:10-26"] == FY31[1:]


def test_a_round_figure_or_another_measure_dates_nothing():
    a = budget("a", 10, "Rs 3,418 billion", 3.418e12, period=FY31)
    for b in (budget("b", 10, "Rs 3.4 trillion", 3.4e12),                       # 2 digits: too weak a tie
              budget("b", 10, "Rs 3,418 billion", 3.418e12, metric="tax refunds"),  # another measure
              budget("b", 10, "Rs 3,381 billion", 3.381e12)):                   # another value
        assert dates([a, b])[b["claim_id"]] is None


def test_two_periods_of_the_figure_elsewhere_date_nothing():
    a = budget("a", 10, "Rs 3,418 billion", 3.418e12, period=FY31)
    c = budget("c", 10, "Rs 3,418 billion", 3.418e12, period=FY30)
    b = budget("b", 10, "Rs 3,418 billion", 3.418e12)
    assert dates([a, b, c])["b:10-26"] is None


def test_a_figure_beside_another_value_for_that_period_stays_undated():
    # b: "Imports were flat at $54.41 billion in July-May FY31, compared with $54.43 billion." The
    # base figure has no period; a's "$54.43 billion" of July-May FY31 would date it to the period
    # b already gives $54.41 billion: it is likelier last year's
    months = ("July-May FY31", "2030-07-01", "2031-05-31")
    a = make_claim("a", 10, "$54.43 billion", 54.43e9, metric="imports", subject="Ruritania", period=months)
    b_now = make_claim("b", 10, "$54.41 billion", 54.41e9, metric="imports", subject="Ruritania", period=months)
    b_base = make_claim("b", 60, "$54.43 billion", 54.43e9, metric="imports", subject="Ruritania")
    assert dates([a, b_now, b_base])["b:60-74"] is None
    assert dates([a, b_base])["b:60-74"] == months[1:]


def test_series_row_holds_the_figure_it_dated():
    a = budget("a", 10, "Rs 3,418 billion", 3.418e12, period=FY31)
    b = budget("b", 10, "Rs 3.42 trillion", 3.42e12)
    rows = build_series([Claim.from_dict(c) for c in (a, b)], published={"a": "2030-06-11", "b": "2030-06-12"})
    (row,) = rows
    assert {p["claim_id"] for p in row["reports"]} == {"a:10-26", "b:10-26"}
    assert (row["period"]["start"], row["period"]["end"]) == FY31[1:]


# --- figures written alike vouch for the measure of a figure with no period (items._vouched_alone) ---

Q3 = ("the third quarter", "2031-07-01", "2031-09-30")


def _story(article, revenue_text, revenue_value, revenue_metric, period=None, shared=True, extra=()):
    claims = [make_claim(article, 10, revenue_text, revenue_value, metric=revenue_metric, subject="Halvor Systems",
                         period=period)]
    if shared:  # both stories give the quarter's net income alike: they tell one story
        claims.append(make_claim(article, 200, "$3.21 billion", 3.21e9, metric="net income", subject="Halvor Systems",
                                 period=Q3))
    return claims + list(extra)


def test_an_undated_figure_alone_near_its_value_takes_the_period_of_another_measure_written_alike():
    # a: "Halvor's third-quarter revenue was $14.82 billion." b: "Quarterly sales rose to $14.8bn."
    a = _story("a", "$14.82 billion", 14.82e9, "revenue", period=Q3)
    b = _story("b", "$14.8bn", 14.8e9, "quarterly sales")
    assert dates(a + b)["b:10-17"] == Q3[1:]
    rows = build_series([Claim.from_dict(c) for c in a + b], published={"a": "2031-10-20", "b": "2031-10-20"})
    (row,) = [r for r in rows if r["value"] > 1.4e10]
    assert {p["claim_id"] for p in row["reports"]} == {"a:10-24", "b:10-17"}


def test_no_vouching_without_a_shared_story_or_beside_another_figure_near_its_value():
    a = _story("a", "$14.82 billion", 14.82e9, "revenue", period=Q3)
    # two stories sharing one value by chance
    assert dates(a + _story("b", "$14.8bn", 14.8e9, "quarterly sales", shared=False))["b:10-17"] is None
    # b gives costs near the same value: which of the two is revenue is not known
    costs = make_claim("b", 100, "$14.79 billion", 14.79e9, metric="operating costs", subject="Halvor Systems")
    assert dates(a + _story("b", "$14.8bn", 14.8e9, "quarterly sales", extra=[costs]))["b:10-17"] is None


def test_two_amounts_the_fact_identity_knows_apart_never_vouch():
    a = _story("a", "$14.82 billion", 14.82e9, "exports", period=Q3)
    b = _story("b", "$14.8bn", 14.8e9, "imports")
    assert dates(a + b)["b:10-17"] is None
