"""Tests for the checks built on the fact identity (issue 13): cross-article same_fact with
revisions, bounds, scale slips, garbled copies in one article, month-on-month changes, changes
stated as amounts, trade identities, totals and their parts, sub-periods, shares, undated
articles. Every sentence is invented."""
import json
from pathlib import Path

import pytest

from evaluation import consistency
from evaluation.consistency import run_checks_on
from extractor.contract import Claim
from claim_factory import make_claim

ROOT = Path(__file__).resolve().parent.parent

FY23 = ("FY23", "2022-07-01", "2023-06-30")
FY22 = ("FY22", "2021-07-01", "2022-06-30")
JUN = ("June 2023", "2023-06-01", "2023-06-30")
MAY = ("May 2023", "2023-05-01", "2023-05-31")
JUN22 = ("June 2022", "2022-06-01", "2022-06-30")


def claim(article, start, text, value, *, period=FY23, **fields):
    return make_claim(article, start, text, value, period=period, **fields)


def pct(article, start, text, value, change="decrease", **kw):
    return claim(article, start, text, value, kind="percent", unit="%", change=change, **kw)


def run(dicts, texts=None, meta=None):
    return run_checks_on([Claim.from_dict(d) for d in dicts], texts, meta=meta)


def verdicts(found, check=None):
    return sorted((f.check, f.verdict) for f in found if check is None or f.check == check)


# ---- same_fact across articles -------------------------------------------------------------

def test_same_fact_across_outlets_by_synonym_and_revision_names_both():
    a = claim("a", 10, "$17.133 billion", 17.133e9, metric="trade deficit", period=("H1 FY23", "2022-07-01", "2022-12-31"))
    b = claim("b", 10, "$16.965 billion", 16.965e9, metric="merchandize trade deficit",
              period=("July-December 2022-23", "2022-07-01", "2022-12-31"))
    meta = {"a": {"published": "2023-01-04", "outlet": "first.example"},
            "b": {"published": "2024-01-05", "outlet": "second.example"}}
    found = run([a, b], meta=meta)
    assert verdicts(found) == [("same_fact", "inconsistent")]
    text = found[0].explanation
    assert "first.example (2023-01-04)" in text and "second.example (2024-01-05)" in text and "revision" in text
    b["quantity"].update(text="$17.13 billion", value=17.13e9)  # rounds from 17.133: one figure
    assert verdicts(run([a, b])) == [("same_fact", "consistent")]


def test_same_fact_never_merges_lookalikes():
    base = claim("a", 10, "$2.1 billion", 2.1e9, metric="exports")
    for other in (claim("b", 10, "$0.3 billion", 0.3e9, metric="export remittances"),
                  claim("b", 10, "$2.6 billion", 2.6e9, metric="exports (target)"),
                  claim("b", 10, "$0.19 billion", 0.19e9, metric="exports", period=JUN),
                  claim("b", 10, "$1.9 billion", 1.9e9, metric="exports (month-on-month)"),
                  claim("b", 10, "$0.4 billion", 0.4e9, metric="IT exports")):
        assert [f for f in run([base, other]) if f.check == "same_fact"] == [], other["metric"]
    gross = claim("a", 10, "$9 billion", 9e9, metric="gross reserves")
    net = claim("b", 10, "$4 billion", 4e9, metric="net reserves")
    assert run([gross, net]) == []


def test_same_fact_bound_against_the_figure():
    crossed = claim("a", 10, "$5 billion", 5e9, qualifier="more_than", metric="IT exports")
    exact = claim("b", 10, "$5.2 billion", 5.2e9, metric="ICT exports")
    found = run([crossed, exact])
    assert verdicts(found) == [("same_fact", "consistent")] and "a bound" in found[0].explanation
    exact["quantity"].update(text="$4.8 billion", value=4.8e9)
    assert verdicts(run([crossed, exact])) == [("same_fact", "inconsistent")]


def test_same_fact_scale_slip_and_far_values():
    a = claim("a", 10, "Rs 38.4 billion", 38.4e9, unit="INR", metric="CGST collection", subject="India",
              period=("April 2023", "2023-04-01", "2023-04-30"))
    b = claim("b", 10, "Rs 38,440 crore", 384.4e9, unit="INR", metric="CGST revenue", subject="India",
              period=("April 2023", "2023-04-01", "2023-04-30"))
    found = run([a, b])
    assert verdicts(found) == [("same_fact", "inconsistent")] and "scale slip" in found[0].explanation
    # Values 3x apart that are no power of ten apart: more likely two facts than one misreported.
    b["quantity"].update(text="Rs 115 billion", value=115e9)
    assert verdicts(run([a, b])) == [("same_fact", "undetermined")]


def test_same_fact_sources_producers_and_relayers():
    bank = claim("a", 10, "$2.24 billion", 2.24e9, metric="IT exports", source="Ruritania Central Bank")
    board = claim("b", 10, "$2.54 billion", 2.54e9, metric="IT exports", source="Ruritania Software Board")
    broker = claim("b", 10, "$2.54 billion", 2.54e9, metric="IT exports", source="Acme Securities Limited")
    assert verdicts(run([bank, board])) == [("same_fact", "undetermined")]
    assert verdicts(run([bank, broker])) == [("same_fact", "inconsistent")]


def test_same_fact_two_forecasts_never_conflict():
    a = claim("a", 10, "$4.2 billion", 4.2e9, metric="revenue (forecast)")
    b = claim("b", 10, "$4.4 billion", 4.4e9, metric="revenue (forecast)")
    assert verdicts(run([a, b])) == [("same_fact", "undetermined")]


def test_same_fact_twice_in_one_article():
    text = ("Exports were $16.5 billion in FY23, the bureau said. "
            "A later table gave exports of $15.6 billion in FY23. "
            "Meanwhile, they reached $12.2 billion.")
    first = claim("a", text.index("$16.5"), "$16.5 billion", 16.5e9, sentence=(0, 52))
    second = claim("a", text.index("$15.6"), "$15.6 billion", 15.6e9, sentence=(53, 106))
    found = run([first, second], {"a": text})
    assert verdicts(found) == [("same_fact", "inconsistent")] and "garbled" in found[0].explanation
    # The third figure's period is carried from an earlier sentence: it may be another measure.
    third = claim("a", text.index("$12.2"), "$12.2 billion", 12.2e9, sentence=(107, len(text)))
    third["quantity"].update(text="$16.1 billion", value=16.1e9)
    text2 = text.replace("$12.2", "$16.1")
    found = run([first, third], {"a": text2})
    assert verdicts(found) == [("same_fact", "undetermined")]


def test_a_revision_named_in_one_sentence_is_one_fact_with_two_values():
    # "Farm growth for FY23 was revised to 2.3 percent from a provisional 1.6 percent, while
    # industry shrank 3.1 percent." The two vintages are one fact whose value changed.
    text = ("Farm growth for FY23 was revised to 2.3 percent from a provisional 1.6 percent, "
            "while industry shrank 3.1 percent.")
    whole = (0, len(text))
    revised = pct("a", text.index("2.3"), "2.3 percent", 2.3, change="increase",
                  metric="farm growth (revised)", sentence=whole)
    provisional = pct("a", text.index("1.6"), "1.6 percent", 1.6, change="increase",
                      metric="farm growth (provisional)", sentence=whole)
    found = run([revised, provisional], {"a": text})
    assert verdicts(found, "same_fact") == [("same_fact", "inconsistent")]
    assert "names a revision: 1.6 percent (provisional) and 2.3 percent (revised)" in found[0].explanation
    # vintages that agree within rounding are one value
    provisional["quantity"].update(text="2.30 percent", value=2.30)
    assert verdicts(run([revised, provisional], {"a": text}), "same_fact") == [("same_fact", "consistent")]
    # without vintage marks two figures of one sentence are a from/to pair, never compared
    plain = [dict(c, metric="farm growth") for c in (revised, provisional)]
    assert verdicts(run(plain, {"a": text}), "same_fact") == []


def test_a_named_revision_is_no_twin_so_another_outlet_is_compared_with_each_vintage():
    text = "Farm growth for FY23 was revised to 2.3 percent from 1.6 percent."
    whole = (0, len(text))
    revised = pct("a", text.index("2.3"), "2.3 percent", 2.3, change="increase",
                  metric="farm growth (revised)", sentence=whole, source="Statistics Bureau")
    before = pct("a", text.index("1.6"), "1.6 percent", 1.6, change="increase",
                 metric="farm growth (before revision)", sentence=whole, source="Statistics Bureau")
    other = pct("b", 10, "1.6 percent", 1.6, change="increase", metric="farm growth",
                source="Statistics Bureau")
    found = run([revised, before, other], {"a": text})
    pairs = {(frozenset(f.claim_ids), f.verdict) for f in found if f.check == "same_fact"}
    assert (frozenset({before["claim_id"], other["claim_id"]}), "consistent") in pairs
    assert (frozenset({revised["claim_id"], other["claim_id"]}), "consistent") not in pairs


def test_undated_article_period_dated_by_an_identical_figure():
    dated = [claim("a", 10, "$879.8 million", 879.8e6, metric="remittance inflow",
                   period=("the first month of FY24", "2023-07-16", "2023-08-15")),
             claim("a", 40, "$1.02 billion", 1.02e9, metric="remittance inflow",
                   period=("the first month of FY25", "2024-07-16", "2024-08-15"))]
    undated = [claim("b", 10, "36,928", 36928, kind="count", unit="worker", metric="workers with first-time approvals",
                     period=("the review period", None, None)),
               claim("b", 40, "1.2 billion", 1.2e9, metric="remittance inflow", period=("the review period", None, None))]
    anchor = claim("a", 80, "36,928", 36928, kind="count", unit="worker", metric="workers with first-time approvals",
                   period=("the first month of FY25", "2024-07-16", "2024-08-15"))
    assert verdicts(run(dated + undated)) == []  # no dates: never the same fact
    found = run(dated + undated + [anchor])
    assert ("same_fact", "inconsistent") in verdicts(found)
    assert any("states no dated period" in f.explanation for f in found)


def test_undated_phrase_dated_by_the_same_figure_written_with_three_digits_in_either():
    # "Wool exports rose 18 percent in the first month of the current fiscal" (no date) and another
    # outlet's "wool exports rose 18.0 percent in Shrawan": 18 = 18.0, three digits written in one
    # of the two, date the phrase (as the series does); 18 against 18 is too common to date by.
    from evaluation.consistency import prepare

    undated = pct("b", 10, "18 percent", 18, change="increase", metric="wool exports",
                  period=("the first month of the current fiscal", None, None))
    dated = pct("a", 10, "18.0 percent", 18, change="increase", metric="wool exports",
                period=("in Shrawan", "2024-07-16", "2024-08-15"))
    (got,) = [i for i in prepare([Claim.from_dict(d) for d in (undated, dated)]) if i.id == undated["claim_id"]]
    assert (got.claim.period.start, got.claim.period.end) == ("2024-07-16", "2024-08-15")
    assert verdicts(run([undated, dated])) == [("same_fact", "consistent")]
    two_digits = dict(dated, quantity=dict(dated["quantity"], text="18 percent"))
    assert verdicts(run([undated, two_digits])) == []


def test_undated_phrase_of_the_year_before_is_dated_beside_an_anchored_period():
    # An undated article: "Exports reached $1.018 billion in the review period, up from $879.8 million
    # in the same period of the previous year." Another outlet dates $1.018 billion to Shrawan 2081:
    # the review period is dated, and "the same period of the previous year" is a year before it.
    from evaluation.consistency import prepare

    s = (0, 110)
    now = claim("b", 20, "$1.018 billion", 1.018e9, period=("the review period", None, None), sentence=s)
    before = claim("b", 60, "$879.8 million", 879.8e6, period=("the same period of the previous year", None, None),
                   sentence=s)
    dated = claim("a", 10, "$1.018 billion", 1.018e9, period=("Shrawan", "2024-07-16", "2024-08-15"))
    got = {i.id: (i.claim.period.start, i.claim.period.end, i.year_before)
           for i in prepare([Claim.from_dict(d) for d in (now, before, dated)])}
    assert got[before["claim_id"]] == ("2023-07-16", "2023-08-15", True)
    # without the anchored period in its sentence, or with a year written, it stays undated
    alone = dict(before, sentence={"start": 200, "end": 260})
    written = dict(before, period={"text": "the previous year 2023", "start": None, "end": None})
    for other in (alone, written):
        got = {i.id: i.claim.period.start for i in prepare([Claim.from_dict(d) for d in (now, other, dated)])}
        assert got[before["claim_id"]] is None


def test_undated_period_dated_by_two_figures_that_round_to_dated_ones():
    from evaluation.consistency import prepare

    first_month = ("the first month of FY25", "2024-07-16", "2024-08-15")
    dated = [claim("a", 10, "R 116 billion", 116e9, unit="RUR", metric="trade deficit", period=first_month),
             pct("a", 40, "9.63 per cent", 9.63, metric="exports", period=first_month)]
    undated = [claim("b", 10, "R 116.15 billion", 116.15e9, unit="RUR", metric="trade deficit",
                     period=("the review period", None, None)),
               pct("b", 40, "9.6 percent", 9.6, metric="exports", period=("the review period", None, None)),
               pct("b", 70, "0.6 percent", 0.6, metric="imports", period=("the review period", None, None))]

    def dates(dicts):
        items = prepare([Claim.from_dict(d) for d in dicts])
        return {i.id: (i.claim.period.start, i.claim.period.end) for i in items if i.claim.article_id == "b"}

    # two figures that round to dated ones, on one period: the phrase takes it, for every figure
    got = dates(dated + undated)
    assert set(got.values()) == {("2024-07-16", "2024-08-15")}
    # one such figure is not enough (an identical figure would be)
    assert set(dates(dated[:1] + undated).values()) == {(None, None)}
    # the two matches name two periods: the phrase stays undated
    other = dict(dated[1], period={"text": "FY24", "start": "2023-07-01", "end": "2024-06-30"})
    assert set(dates([dated[0], other] + undated).values()) == {(None, None)}
    # the coarse figure must hold the precise one in its readings: 9.6 is not 9.71, and two
    # figures of two written digits ("0.6" and "0.67") are too few digits to anchor anything
    far = dict(dated[1], quantity=dict(dated[1]["quantity"], text="9.71 per cent", value=9.71))
    assert set(dates([dated[0], far] + undated).values()) == {(None, None)}
    short = pct("a", 70, "0.67%", 0.67, metric="imports", change="decrease", period=first_month)
    assert set(dates([dated[0], short] + undated).values()) == {(None, None)}
    # a look-alike measure never anchors: export remittances are not exports
    remit = dict(dated[1], metric="export remittances")
    assert set(dates([dated[0], remit] + undated).values()) == {(None, None)}


# ---- changes -------------------------------------------------------------------------------

def test_month_on_month_change_pairs_the_month_before():
    text = "Exports rose 11.5 percent month-on-month to $1.471 billion in June from $1.320 billion in May."
    s = (0, len(text))
    dicts = [pct("a", text.index("11.5"), "11.5 percent", 11.5, change="increase",
                 metric="exports (month-on-month)", period=JUN, sentence=s),
             claim("a", text.index("$1.471"), "$1.471 billion", 1.471e9, period=JUN, sentence=s),
             claim("a", text.index("$1.320"), "$1.320 billion", 1.320e9, period=MAY, sentence=s)]
    assert verdicts(run(dicts, {"a": text}), "percent_change") == [("percent_change", "consistent")]
    # Without the basis mark and with May in another sentence, the change is year-on-year:
    # June against May is not its pair.
    text2 = "Exports rose 11.5 percent to $1.471 billion in June. In May they were $1.320 billion."
    dicts = [pct("a", text2.index("11.5"), "11.5 percent", 11.5, change="increase", period=JUN, sentence=(0, 52)),
             claim("a", text2.index("$1.471"), "$1.471 billion", 1.471e9, period=JUN, sentence=(0, 52)),
             claim("a", text2.index("$1.320"), "$1.320 billion", 1.320e9, period=MAY, sentence=(53, len(text2)))]
    assert verdicts(run(dicts, {"a": text2}), "percent_change") == []


def test_year_on_year_change_is_not_checked_against_other_periods():
    # A month's growth is never checked against fiscal-year levels (the old false alarm).
    dicts = [pct("a", 10, "13.7 percent", 13.7, period=JUN),
             claim("a", 40, "$16.5 billion", 16.5e9, period=FY23),
             claim("a", 80, "$19.3 billion", 19.3e9, period=FY22)]
    assert verdicts(run(dicts), "percent_change") == []
    dicts[1:] = [claim("a", 40, "$1.471 billion", 1.471e9, period=JUN),
                 claim("a", 80, "$1.706 billion", 1.706e9, period=JUN22)]
    assert verdicts(run(dicts), "percent_change") == [("percent_change", "consistent")]


def test_change_with_its_base_in_another_article():
    change = pct("a", 10, "14.6 percent", 14.6, metric="exports of textiles and clothing")
    later = claim("a", 40, "$16.50 billion", 16.50e9, metric="exports of textiles and clothing")
    earlier = claim("b", 10, "$19.329 billion", 19.329e9, metric="textile group exports", period=FY22)
    found = run([change, later, earlier])
    assert verdicts(found, "percent_change") == [("percent_change", "consistent")]
    assert "other articles" in [f for f in found if f.check == "percent_change"][0].explanation


def test_change_stated_as_an_amount():
    dicts = [claim("a", 10, "$2.8 billion", 2.8e9, change="decrease", metric="textile exports"),
             claim("a", 40, "$16.51 billion", 16.51e9, metric="textile exports"),
             claim("a", 80, "$19.31 billion", 19.31e9, metric="textile exports", period=FY22)]
    assert verdicts(run(dicts), "trend") == [("trend", "consistent")]
    dicts[0]["change"] = "increase"  # said to rise while the levels fell
    assert verdicts(run(dicts), "trend") == [("trend", "inconsistent")]


def test_weekly_change_between_two_stocks():
    week = ("the week ended 13 October", "2023-10-07", "2023-10-13")
    dicts = [claim("a", 10, "$67 million", 67e6, change="increase", metric="reserves", period=week),
             claim("a", 40, "$7,714 million", 7714e6, metric="reserves", period=("13 October", "2023-10-13", "2023-10-13")),
             claim("a", 80, "$7,646.7 million", 7646.7e6, metric="reserves", period=("6 October", "2023-10-06", "2023-10-06"))]
    assert verdicts(run(dicts), "trend") == [("trend", "consistent")]


# ---- sums and shares -----------------------------------------------------------------------

def test_trade_deficit_and_total_trade_identities():
    h1 = ("H1", "2022-07-01", "2022-12-31")
    dicts = [claim("a", 10, "$17.133 billion", 17.133e9, metric="trade deficit", period=h1),
             claim("a", 40, "$31.382 billion", 31.382e9, metric="imports", period=h1),
             claim("a", 80, "$14.249 billion", 14.249e9, metric="exports", period=h1),
             claim("a", 120, "$45.6 billion", 45.6e9, metric="total trade", period=h1)]
    found = [f for f in run(dicts) if f.check == "sum"]
    assert sorted(f.verdict for f in found) == ["consistent", "consistent"]
    dicts[3]["quantity"].update(text="$44 billion", value=44e9)
    assert sorted(f.verdict for f in run(dicts) if f.check == "sum") == ["consistent", "inconsistent"]


def test_total_and_its_parts_and_sub_periods():
    day = ("6 October", "2023-10-06", "2023-10-06")
    dicts = [claim("a", 10, "$7.646 billion", 7.646e9, metric="foreign exchange reserves",
                   subject="Ruritania Central Bank", period=day),
             claim("a", 40, "$5.383 billion", 5.383e9, metric="net foreign exchange reserves held by commercial banks",
                   period=day),
             claim("a", 80, "$13.030 billion", 13.030e9, metric="total liquid foreign reserves", period=day)]
    assert verdicts(run(dicts), "sum") == [("sum", "consistent")]
    dicts[2]["quantity"].update(text="$12.030 billion", value=12.030e9)
    assert verdicts(run(dicts), "sum") == [("sum", "inconsistent")]
    months = [claim("b", 10 + 40 * k, text, v, metric="remittances", period=p) for k, (text, v, p) in enumerate([
        ("$437.5 million", 437.5e6, ("January 2023", "2023-01-01", "2023-01-31")),
        ("$407.4 million", 407.4e6, ("February 2023", "2023-02-01", "2023-02-28")),
        ("$568.3 million", 568.3e6, ("March 2023", "2023-03-01", "2023-03-31")),
        ("$1,413.2 million", 1413.2e6, ("Q1 2023", "2023-01-01", "2023-03-31"))])]
    assert verdicts(run(months), "sum") == [("sum", "consistent")]


def test_sibling_beside_a_total_is_not_a_part():
    text = "Revenue after settlement was Rs 84.3 billion for CGST and Rs 85.3 billion for SGST."
    s, apr = (0, len(text)), ("April 2023", "2023-04-01", "2023-04-30")
    dicts = [claim("a", 0, "Rs 47 billion", 47e9, unit="INR", metric="SGST collection", period=apr, sentence=(0, 1)),
             claim("a", text.index("Rs 84.3"), "Rs 84.3 billion", 84.3e9, unit="INR",
                   metric="CGST revenue after settlement", period=apr, sentence=s),
             claim("a", text.index("Rs 85.3"), "Rs 85.3 billion", 85.3e9, unit="INR",
                   metric="SGST revenue after settlement", period=apr, sentence=s)]
    assert [f for f in run(dicts, {"a": "R" * 0 + text}) if f.verdict == "inconsistent"] == []


def test_share_of_a_total():
    text = "Rice exports were $2.4 billion in 2023. Rice made up 12 percent of total exports, which reached $20 billion."
    y = ("2023", "2023-01-01", "2023-12-31")
    s2 = (text.index("Rice made"), len(text))
    dicts = [claim("a", text.index("$2.4"), "$2.4 billion", 2.4e9, metric="rice exports", period=y, sentence=(0, 39)),
             pct("a", text.index("12 percent"), "12 percent", 12, change=None, metric="rice exports", period=y, sentence=s2),
             claim("a", text.index("$20"), "$20 billion", 20e9, metric="total exports", period=y, sentence=s2)]
    assert verdicts(run(dicts, {"a": text}), "share") == [("share", "consistent")]
    dicts[1]["quantity"].update(text="17 percent", value=17)
    text2 = text.replace("12 percent", "17 percent")
    assert verdicts(run(dicts, {"a": text2}), "share") == [("share", "inconsistent")]


# ---- the seeds: a second article with another value for a fiscal-year figure --------------

def test_seed_fiscal_year_figure_contradicted_by_a_second_article():
    seeds = [json.loads(line) for line in (ROOT / "gold" / "seeds.jsonl").read_text().splitlines() if line.strip()]
    base = [d for d in seeds if d["article_id"].startswith("003_")]
    fy20 = next(d for d in base if d["quantity"]["text"] == "$1.44 billion")
    other = dict(fy20, claim_id="zz_second:30-43", article_id="zz_second",
                 quantity=dict(fy20["quantity"], text="$1.64 billion", start=30, end=43, value=1.64e9),
                 metric="exports of IT and IT-enabled services", source=None, sentence={"start": 0, "end": 80})
    found = run(base + [other])
    conflicts = [f for f in found if f.check == "same_fact" and "zz_second:30-43" in f.claim_ids]
    assert [f.verdict for f in conflicts] == ["inconsistent"]
    assert fy20["claim_id"] in conflicts[0].claim_ids
    other["quantity"].update(text="$1.44 billion", value=1.44e9)
    assert [f.verdict for f in run(base + [other]) if "zz_second:30-43" in f.claim_ids
            and f.check == "same_fact"] == ["consistent"]


def test_seed_fiscal_year_figure_end_to_end():
    """Extract the seeds and an invented second article, check them together: flagged."""
    from extractor import extract

    text = ("date 2021-10-02 ISLAMABAD: Pakistan's IT exports were $1.8 billion in fiscal year 2020/21, "
            "Acme Capital said in a note on Saturday.")
    seeds = [json.loads(line) for line in (ROOT / "corpus" / "seeds.jsonl").read_text().splitlines() if line.strip()]
    claims = []
    for article in seeds:
        claims += extract(article["text"], published=article.get("published"), article_id=article["id"])
    claims += extract(text, published="2021-10-02", article_id="zz_second")
    found = run(claims)
    flagged = [f for f in found if f.check == "same_fact" and any(c.startswith("zz_second") for c in f.claim_ids)]
    assert [f.verdict for f in flagged] == ["inconsistent"], [f.explanation for f in found]


def test_headline_without_period_takes_the_period_of_its_repeat():
    headline = claim("a", 0, "$2.19 billion", 2.19e9, metric="remittances", period=None)
    body = claim("a", 60, "$2.19 billion", 2.19e9, metric="remittances", period=JUN)
    other = claim("b", 10, "$2.29 billion", 2.29e9, metric="workers' remittances", period=JUN)
    found = run([headline, body, other])
    linked = [f for f in found if f.check == "same_fact" and headline["claim_id"] in f.claim_ids]
    assert sorted(f.verdict for f in linked) == ["consistent", "inconsistent"]
    assert any("states no dated period" in f.explanation for f in linked)
    # Two repeats with different periods: the headline stays undated.
    twin = claim("a", 90, "$2.19 billion", 2.19e9, metric="remittances", period=MAY)
    assert not [f for f in run([headline, body, twin]) if headline["claim_id"] in f.claim_ids]


def test_same_fact_a_growth_and_a_contraction_conflict_signed():
    # "Ruritania's GDP grew 0.29 per cent in FY23" (a.example) and "Ruritania's economy contracted
    # 0.17 per cent in FY23" (b.example), both from the statistics bureau: +0.29 against -0.17
    grew = pct("a", 10, "0.29 per cent", 0.29, change="increase", metric="GDP", source="Statistics Bureau")
    shrank = pct("b", 10, "0.17 per cent", 0.17, metric="economy", source="Statistics Bureau")
    meta = {"a": {"published": "2023-08-10", "outlet": "a.example"}, "b": {"published": "2023-08-12", "outlet": "b.example"}}
    (finding,) = run([grew, shrank], meta=meta)
    assert (finding.check, finding.verdict) == ("same_fact", "inconsistent")
    assert (finding.expected, finding.observed) == (0.29, -0.17)
    assert "signs of one change disagree" in finding.explanation
    # the same fall written twice is consistent; a fall of 0.17 and a rise "of -0.17" are one value
    again = pct("c", 10, "0.17 per cent", 0.17, metric="GDP growth", source="Statistics Bureau")
    assert verdicts(run([shrank, again])) == [("same_fact", "consistent")]
    negative = pct("c", 10, "-0.17 per cent", -0.17, change="increase", metric="GDP growth", source="Statistics Bureau")
    assert verdicts(run([shrank, negative])) == [("same_fact", "consistent")]
    # a fall of exports never meets a level of exports
    fell = pct("a", 10, "5 per cent", 5, metric="exports")
    level = claim("b", 10, "$3 billion", 3e9, metric="exports")
    assert verdicts(run([fell, level]), "same_fact") == []


def test_percent_change_counts_of_one_thing_written_with_two_units():
    # The extractor read "90 million" with unit "permit" and "81 million work permits" with unit
    # "work permit" and metric "work": one count of work permits, 90 / 81 - 1 = 11.1%.
    text = ("The number of work permits issued in March 2023 was 90 million, which is 11 per cent higher "
            "than the 81 million work permits issued in February 2023.")
    s = (0, len(text))
    mar, feb = ("March 2023", "2023-03-01", "2023-03-31"), ("February 2023", "2023-02-01", "2023-02-28")
    dicts = [claim("a", text.index("90 million"), "90 million", 90e6, kind="count", unit="permit",
                   metric="work permits", period=mar, sentence=s),
             pct("a", text.index("11 per cent"), "11 per cent", 11, change="increase",
                 metric="work permits (month-on-month)", period=mar, sentence=s),
             claim("a", text.index("81 million"), "81 million", 81e6, kind="count", unit="work permit",
                   metric="work", period=feb, sentence=s)]
    assert ("percent_change", "consistent") in verdicts(run(dicts, {"a": text}))


def test_trade_identity_leaves_out_a_flow_narrowed_to_some_goods():
    """A trade deficit of one article against the flows of another: "exported copper wire worth
    $40 million" is a part of the exports, never the exports of the identity, even when it is the
    nearest exports figure."""
    y = ("2023", "2023-01-01", "2023-12-31")
    text = ("Goods worth $2.5 billion were exported in 2023. Goods worth $9.1 billion were imported in 2023. "
            "The country exported copper wire worth $40 million during the year.")

    def at(needle, value, metric):
        start = text.index(needle)
        s0 = text.rfind(". ", 0, start) + 2
        return claim("b", start, needle, value, metric=metric, period=y, sentence=(s0, text.find(".", start) + 1))

    flows = [at("$2.5 billion", 2.5e9, "exports"), at("$9.1 billion", 9.1e9, "imports"),
             at("$40 million", 40e6, "exports")]
    deficit = claim("a", text.index("$40 million"), "$6.6 billion", 6.6e9, metric="trade deficit", period=y)
    texts = {"b": text, "a": " " * 400}
    found = [f for f in run([deficit, *flows], texts) if f.check == "sum"]
    assert [(f.verdict, sorted(f.claim_ids)) for f in found] == [
        ("consistent", sorted([deficit["claim_id"], flows[0]["claim_id"], flows[1]["claim_id"]]))]


def _slipped_base(change_text, change_value, kind, unit):
    """Customs revenue of May 2024 and a base for May 2023 written "lakh crore" for crore, whose
    measure the checker reads across "than" (a guessed measure)."""
    text = ("Customs revenue reached R 5,12,340 crore in May 2024. Customs revenue rose "
            f"{change_text} in May 2024, more than the next highest revenue of R 4,74,390 lakh crore in May 2023.")
    s1, s2 = (0, text.index(". ") + 1), (text.index(". ") + 2, len(text))
    may24, may23 = ("May 2024", "2024-05-01", "2024-05-31"), ("May 2023", "2023-05-01", "2023-05-31")
    dicts = [claim("a", text.index("R 5,12,340"), "R 5,12,340 crore", 5.1234e12, unit="INR",
                   metric="customs revenue", period=may24, sentence=s1),
             claim("a", text.index(change_text), change_text, change_value, kind=kind, unit=unit, change="increase",
                   metric="customs revenue", period=may24, sentence=s2),
             claim("a", text.index("R 4,74,390"), "R 4,74,390 lakh crore", 4.7439e17, unit="INR",
                   metric="revenue", period=may23, sentence=s2)]
    return dicts, {"a": text}


def test_a_scale_slip_that_fits_the_change_exactly_confirms_a_guessed_measure():
    """A change whose base fits only divided by a power of ten is a slip of the article, even when
    the base's measure is the checker's reading: the exact fit ties the three figures together."""
    dicts, texts = _slipped_base("8.0 percent", 8.0, "percent", "%")
    (pc,) = [f for f in run(dicts, texts) if f.check == "percent_change"]
    assert pc.verdict == "inconsistent" and "scale slip" in pc.explanation
    dicts, texts = _slipped_base("R 37,950 crore", 3.795e11, "money", "INR")
    (tr,) = [f for f in run(dicts, texts) if f.check == "trend" and len(f.claim_ids) == 3]
    assert tr.verdict == "inconsistent" and "scale slip" in tr.explanation
    # no power of ten makes the change fit: the guessed measure leaves it undetermined
    dicts, texts = _slipped_base("R 41,950 crore", 4.195e11, "money", "INR")
    (tr,) = [f for f in run(dicts, texts) if f.check == "trend" and len(f.claim_ids) == 3]
    assert tr.verdict == "undetermined" and "scale slip" not in tr.explanation


def test_change_against_both_levels_of_each_other_article_and_swapped_levels():
    """A change whose article states neither level is checked against the two levels of each other
    article; levels that fit the change only swapped are one fact with its periods swapped (decided,
    even from another producer); levels that fit neither way stay undetermined."""
    change = pct("a", 10, "9.6 percent", 9.6, metric="tin exports", source="Ruritania Central Bank")

    def levels(article, later, earlier):
        return [claim(article, 10, f"${later} billion", later * 1e9, metric="tin exports",
                      source="Ruritania Customs Department"),
                claim(article, 60, f"${earlier} billion", earlier * 1e9, metric="tin exports", period=FY22,
                      source="Ruritania Customs Department")]

    def pc(found):
        return sorted((f.claim_ids[1].split(":")[0], f.verdict) for f in found if f.check == "percent_change")

    found = run([change, *levels("b", 13.52, 12.22), *levels("c", 12.22, 13.52)])
    assert pc(found) == [("b", "inconsistent"), ("c", "consistent")]
    assert "swapped" in next(f.explanation for f in found if f.check == "percent_change" and f.verdict == "inconsistent")
    assert pc(run([change, *levels("b", 13.52, 11.0)])) == [("b", "undetermined")]


def test_a_change_without_measure_takes_the_measure_of_the_same_change_elsewhere():
    """"it came in at 3.45 percent" names no measure; another article's tin exports rose 3.45
    percent for the same country and fiscal year: the same figure with three significant digits is
    that change (a guessed measure: it links, it never decides a conflict). A round "10.0 percent"
    or another country's change takes nothing."""
    text = "The ministry had hoped for 2 percent growth in FY23 but it came in at {} finally."

    def pair(value_text, value, subject="Ruritania"):
        t = text.format(value_text)
        named = pct("a", 10, value_text, value, change="increase", metric="tin exports")
        bare = pct("b", t.index(value_text), value_text, value, change="increase", metric=None, subject=subject,
                   sentence=(0, len(t)))
        return [named, bare], {"a": " " * 40, "b": t}

    assert verdicts(run(*pair("3.45 percent", 3.45)), "same_fact") == [("same_fact", "consistent")]
    assert verdicts(run(*pair("10.0 percent", 10.0)), "same_fact") == []
    assert verdicts(run(*pair("3.45 percent", 3.45, subject="Freedonia")), "same_fact") == []


def test_amount_change_against_swapped_levels_of_another_article():
    """"tin exports fell by $1.30 billion" against another producer's $13.52bn (FY23) and $12.22bn
    (FY22): the levels fit the change only swapped, so the miss is decided and named."""
    change = claim("a", 10, "$1.30 billion", 1.30e9, change="decrease", metric="tin exports",
                   source="Ruritania Central Bank")
    levels = [claim("b", 10, "$13.52 billion", 13.52e9, metric="tin exports", source="Ruritania Customs Department"),
              claim("b", 60, "$12.22 billion", 12.22e9, metric="tin exports", period=FY22,
                    source="Ruritania Customs Department")]
    (tr,) = [f for f in run([change, *levels]) if f.check == "trend"]
    assert tr.verdict == "inconsistent" and "swapped" in tr.explanation
    levels[1]["quantity"].update(text="$10.00 billion", value=10e9)  # fits neither way: another figure?
    (tr,) = [f for f in run([change, *levels]) if f.check == "trend"]
    assert tr.verdict == "undetermined"


def test_agricultural_is_agriculture():
    """"the agricultural sector grew 3.45 percent" and another outlet's "agriculture sector" growth
    of 3.45 percent are one fact; "agricultural exports" are still not "exports"."""
    a = pct("a", 10, "3.45 percent", 3.45, change="increase", metric="agricultural sector")
    b = pct("b", 10, "3.45 percent", 3.45, change="increase", metric="agriculture sector")
    assert verdicts(run([a, b]), "same_fact") == [("same_fact", "consistent")]
    c = pct("b", 10, "3.45 percent", 3.45, change="increase", metric="exports")
    assert verdicts(run([dict(a, metric="agricultural exports"), c]), "same_fact") == []


def test_a_bound_and_the_figure_inside_it_in_one_sentence_are_one_fact():
    # "Reserves passed $4 billion by end-June, reaching $4.4 billion." (invented)
    sentence = (0, 70)
    bound = claim("a", 15, "$4 billion", 4e9, metric="reserves", qualifier="more_than", sentence=sentence)
    figure = claim("a", 50, "$4.4 billion", 4.4e9, metric="reserves", sentence=sentence)
    assert verdicts(run([bound, figure]), "same_fact") == [("same_fact", "consistent")]
    # a from/to pair with a bound is no such pair: "rose to more than $5 billion from $4.2 billion"
    new = claim("a", 15, "$5 billion", 5e9, metric="reserves", qualifier="more_than", sentence=sentence)
    base = claim("a", 50, "$4.2 billion", 4.2e9, metric="reserves", sentence=sentence)
    assert verdicts(run([new, base]), "same_fact") == []
    # nor a bound far below the figure: "over $400 million each month, $1,413 million in the quarter"
    monthly = claim("a", 15, "$400 million", 4e8, metric="reserves", qualifier="more_than", sentence=sentence)
    total = claim("a", 50, "$1,413 million", 1.413e9, metric="reserves", sentence=sentence)
    assert verdicts(run([monthly, total]), "same_fact") == []
    # nor two parts of a list, the bound second: "$5m in fines and more than $4m for checks"
    fines = claim("a", 15, "$5m", 5e6, metric="payment", sentence=sentence)
    checks = claim("a", 40, "$4m", 4e6, metric="payment", qualifier="more_than", sentence=sentence)
    assert verdicts(run([fines, checks]), "same_fact") == []


def test_far_values_in_two_sentences_that_state_one_figure_alike_are_one_fact():
    """Two outlets break down one release: both sentences give the levy total alike (3+ digits), so
    the "export duty" of each is one item of one list, and values 79x apart are a misreport
    (inconsistent), not two facts. Without the shared figure the gap stays undetermined."""
    from claim_factory import claim_in_text

    a = "Of the Rs 2.46 trillion of levies collected, Rs 51.2 billion came from port duty and Rs 8 billion from export duty."
    b = "Levies collected were Rs 2,46,310 crore, of which port duty is Rs 5,123 crore and export duty Rs 63,150 crore."

    def export_duty(b_total_text, b_total):
        b2 = b.replace("Rs 2,46,310 crore", b_total_text)
        cs = [claim_in_text(a, "Rs 2.46 trillion", 2.46e12, unit="INR", metric="levies", period=FY23),
              claim_in_text(a, "Rs 8 billion", 8e9, unit="INR", metric="export duty", period=FY23),
              claim_in_text(b2, b_total_text, b_total, article="b", unit="INR", metric="levies", period=FY23),
              claim_in_text(b2, "Rs 63,150 crore", 631.5e9, article="b", unit="INR", metric="export duty",
                            period=FY23)]
        duty = {cs[1].claim_id, cs[3].claim_id}
        return [(f.verdict, "one breakdown" in f.explanation) for f in run_checks_on(cs, {"a": a, "b": b2})
                if f.check == "same_fact" and set(f.claim_ids) == duty]

    assert export_duty("Rs 2,46,310 crore", 2.4631e12) == [("inconsistent", True)]
    assert export_duty("Rs 3,18,000 crore", 3.18e12) == [("undetermined", False)]


def test_a_figure_of_several_scaled_numbers_has_its_last_groups_precision():
    """"1 trillion 25 billion" is 1,025 billion to the billion, not 1 trillion give or take one; a
    garbled "1 billion 25 billion 80 billion" read as written (106 billion) is 106 billion to the
    billion, so it cannot be another outlet's Rs 108.7 billion. Groups that do not add up to the
    value (a range) keep the first number's precision."""
    from evaluation.consistency.readings import interval

    got = interval({"text": "1 trillion 25 billion", "value": 1.025e12, "qualifier": "exact"})
    assert (got.lo, got.hi) == (1.0245e12, 1.026e12)
    got = interval({"text": "2 million and 3 million", "value": 2e6, "qualifier": "exact"})
    assert (got.lo, got.hi) == (1.5e6, 3e6)
    a = claim("a", 10, "Rs 108.7 billion", 108.7e9, unit="INR", metric="remittance inflow")
    b = claim("b", 10, "1 billion 25 billion 80 billion rupees", 106e9, unit="INR", metric="remittance inflow")
    assert verdicts(run([a, b])) == [("same_fact", "inconsistent")]
    b["quantity"].update(text="1 billion 25 billion 87 billion rupees", value=113e9)
    assert verdicts(run([a, b])) == [("same_fact", "inconsistent")]
    a["quantity"].update(text="Rs 113.2 billion", value=113.2e9)
    assert verdicts(run([a, b])) == [("same_fact", "consistent")]


def test_a_total_takes_parts_named_by_the_synonym_table():
    """"state GST" is a part of an SGST total (the synonym table's word for it), "central GST" is not."""
    from claim_factory import claim_in_text

    text = ("In FY23 the central GST brought in Rs 40 billion and the state GST Rs 51 billion. "
            "The government settled Rs 22.4 billion to SGST from IGST. "
            "The total revenue of the states after settlement is Rs 73.6 billion for SGST.")
    cs = [claim_in_text(text, "Rs 40 billion", 40e9, unit="INR", metric="central GST", period=FY23),
          claim_in_text(text, "Rs 51 billion", 51e9, unit="INR", metric="state GST", period=FY23),
          claim_in_text(text, "Rs 22.4 billion", 22.4e9, unit="INR", metric="IGST settled to SGST", period=FY23),
          claim_in_text(text, "Rs 73.6 billion", 73.6e9, unit="INR", metric="SGST", period=FY23)]
    sums = [f for f in run_checks_on(cs, {"a": text}) if f.check == "sum"]
    assert [(f.verdict, set(f.claim_ids)) for f in sums] == [("consistent", {c.claim_id for c in cs[1:]})]


def test_one_figure_under_two_wordings_in_two_articles():
    """"41,736 workers receiving first-time permits" and "41,736 Ruritanians obtained new work
    permits": five significant digits written alike by two outlets for one country and period are
    one official figure whatever the wording (consistent, never a conflict). A round "40,000", another
    period, another country, or one article links nothing; the setting 0 turns it off."""
    def pair(text_a="41,736", value=41736, period_b=FY23, subject_b="Ruritania", article_b="b", settings=None):
        a = claim("a", 10, text_a, value, kind="count", unit="worker", metric="workers receiving first-time permits")
        b = claim(article_b, 90, text_a, value, kind="count", unit="person", metric="Ruritanians",
                  period=period_b, subject=subject_b)
        found = run_checks_on([Claim.from_dict(a), Claim.from_dict(b)], settings=settings or consistency.DEFAULTS)
        return [(f.check, f.verdict) for f in found]

    assert pair() == [("same_fact", "consistent")]
    assert pair("40,000", 40000) == []
    assert pair(period_b=FY22) == []
    assert pair(subject_b="Freedonia") == []
    assert pair(article_b="a") == []
    assert pair(settings=consistency.DEFAULTS.with_values({"same_figure_digits": "0"})) == []
