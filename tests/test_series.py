"""Tests for evaluation/series.py: which invented claims share a row and which never do, the agreed
value and conflicts, series across periods, the flat writers (CSV, Parquet with typed columns),
the seeds' IT exports, and the `newsclaims series` / `extract --format` / `run` commands."""
import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation.series import build_series, exclusion, left_out, score_series, series_summary
from evaluation.series_page import render_html
from evaluation.tables import flat_claims, require_parquet, to_dataframe, write_claims_table, write_series
from extractor.errors import NewsclaimsError
from extractor.cli import app
from claim_factory import make_claim, row_of

pytestmark = pytest.mark.issue(14)

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

FY23 = ("fiscal year 2022-23", "2022-07-01", "2023-06-30")
FY22 = ("fiscal year 2021-22", "2021-07-01", "2022-06-30")
MAY23 = ("May 2023", "2023-05-01", "2023-05-31")
JUL_MAY = ("July-May 2022-23", "2022-07-01", "2023-05-31")


def claim(article, start, text, value, *, metric="textile exports", period=FY23, **fields):
    """A contract claim dict built by hand; each claim gets its own sentence unless told."""
    return make_claim(article, start, text, value, metric=metric, period=period, sentence_pad=40, **fields)


# ---- rows: what must share one ------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    # two outlets, one figure, written at different precision
    (claim("a1", 10, "$16.5 billion", 16.5e9), claim("b1", 30, "$16.501 billion", 16.501e9)),
    # the measure's synonyms by the fact identity: ICT and IT, "exports of X" and "X exports"
    (claim("a1", 10, "$2.1 billion", 2.1e9, metric="ICT exports"),
     claim("b1", 30, "$2.1 billion", 2.1e9, metric="exports of IT")),
    # subject aliases by the extractor's table
    (claim("a1", 10, "$3 billion", 3e9, metric="exports", subject="Ruritania", counterparty="United States"),
     claim("b1", 30, "$3 billion", 3e9, metric="exports", subject="Ruritania", counterparty="the U.S.")),
    # a bound and the figure inside it
    (claim("a1", 10, "$5 billion", 5e9, qualifier="more_than"), claim("b1", 30, "$5.2 billion", 5.2e9)),
    # two values that cannot be one: still one fact (a conflict row), close enough to be a revision
    (claim("a1", 10, "$16.5 billion", 16.5e9), claim("b1", 30, "$16.9 billion", 16.9e9)),
    # a scale word changed in one outlet ("crore" for "billion"): one fact, a conflict row
    (claim("a1", 10, "Rs 38.4 billion", 38.4e9, unit="INR"), claim("b1", 30, "Rs 38,440 crore", 3.844e11, unit="INR")),
    # "CPI rose 6.2%" is inflation of 6.2% (the fact identity's reading)
    (claim("a1", 10, "6.2%", 6.2, kind="percent", unit="%", change="increase", metric="CPI", period=MAY23),
     claim("b1", 30, "6.2 per cent", 6.2, kind="percent", unit="%", metric="inflation", period=MAY23)),
    # within one article two sentences may leave the subject to the article
    (claim("a1", 10, "$2 billion", 2e9, subject=None), claim("a1", 300, "$2 billion", 2e9, subject=None)),
])
def test_series_claims_of_one_fact_share_a_row(a, b):
    rows = build_series([a, b])
    assert row_of(rows, a["claim_id"]) == row_of(rows, b["claim_id"])


# ---- rows: what must never share one ------------------------------------------------------

@pytest.mark.parametrize("a, b, why", [
    (claim("a1", 10, "$2 billion", 2e9, metric="exports"),
     claim("b1", 30, "$2 billion", 2e9, metric="export remittances"), "exports vs export remittances"),
    (claim("a1", 10, "$2 billion", 2e9, metric="IT exports"),
     claim("b1", 30, "$2 billion", 2e9, metric="exports"), "a part vs the whole"),
    (claim("a1", 10, "$2 billion", 2e9, period=MAY23),
     claim("b1", 30, "$2 billion", 2e9, period=JUL_MAY), "a month vs its fiscal-year-to-date total"),
    (claim("a1", 10, "$2 billion", 2e9, period=JUL_MAY),
     claim("b1", 30, "$2 billion", 2e9, period=FY23), "eleven months vs the whole year"),
    (claim("a1", 10, "$2 billion", 2e9, metric="textile exports (target)"),
     claim("b1", 30, "$2 billion", 2e9), "a target vs an outcome"),
    (claim("a1", 10, "$2 billion", 2e9, metric="gross textile exports"),
     claim("b1", 30, "$2 billion", 2e9, metric="net textile exports"), "gross vs net"),
    (claim("a1", 10, "5%", 5, kind="percent", unit="%", change="increase", metric="inflation"),
     claim("b1", 30, "5%", 5, kind="percent", unit="%", metric="inflation"), "a change vs a level"),
    (claim("a1", 10, "5%", 5, kind="percent", unit="%", change="increase"),
     claim("a1", 300, "5%", 5, kind="percent", unit="%", change="decrease"),
     "a rise vs a fall in one article: two bases the claims do not tell apart"),
    (claim("a1", 10, "5%", 5, kind="percent", unit="%", change="decrease", metric="exports"),
     claim("b1", 30, "$3 billion", 3e9, metric="exports"), "exports fell 5% vs exports of $3 billion"),
    (claim("a1", 10, "$2 billion", 2e9, counterparty="United States"),
     claim("b1", 30, "$2 billion", 2e9), "exports to one partner vs total exports"),
    (claim("a1", 10, "$2 billion", 2e9, counterparty="United States"),
     claim("b1", 30, "$2 billion", 2e9, counterparty="China"), "two partners"),
    (claim("a1", 10, "$2 billion", 2e9, subject="Ruritania"),
     claim("b1", 30, "$2 billion", 2e9, subject="Freedonia"), "two countries"),
    (claim("a1", 10, "$2 billion", 2e9, subject=None),
     claim("b1", 30, "$2 billion", 2e9, subject=None), "no subject in two articles"),
    (claim("a1", 10, "$2 billion", 2e9), claim("b1", 30, "Rs2 billion", 2e9, unit="PKR"), "two currencies"),
    (claim("a1", 10, "$2 billion", 2e9, sentence=(0, 100)),
     claim("a1", 40, "$1.9 billion", 1.9e9, sentence=(0, 100)), "one sentence: a from/to pair"),
    (claim("a1", 10, "$2 billion", 2e9), claim("a1", 300, "$3.5 billion", 3.5e9),
     "values too far apart in one article: a part and its total the metrics do not tell apart"),
    (claim("a1", 10, "9.8%", 9.8, kind="percent", unit="%", change="increase", metric="GST collections"),
     claim("a1", 300, "8.7%", 8.7, kind="percent", unit="%", change="increase", metric="net GST revenue"),
     "two values one article gives, no revision named: gross and net the metrics do not tell apart"),
])
def test_series_lookalikes_never_share_a_row(a, b, why):
    rows = build_series([a, b])
    assert row_of(rows, a["claim_id"]) != row_of(rows, b["claim_id"]), why


def test_series_forecasts_of_two_makers_are_two_facts():
    growth = dict(kind="percent", unit="%", change="increase", metric="GDP growth (forecast)")
    bank = claim("a1", 10, "6.5%", 6.5, source="Central Bank of Ruritania", **growth)
    bank_again = claim("b1", 10, "6.5 per cent", 6.5, source="Central Bank of Ruritania", **growth)
    analyst = claim("c1", 10, "6.9%", 6.9, source="Acme Research", **growth)
    rows = build_series([bank, bank_again, analyst])
    assert row_of(rows, bank["claim_id"]) == row_of(rows, bank_again["claim_id"]) != row_of(rows, analyst["claim_id"])
    assert not any(r["conflict"] for r in rows)
    # Outcomes are one fact whoever reports them: two sources' values that disagree are a conflict.
    outcome = dict(kind="percent", unit="%", change="increase", metric="GDP growth")
    rows = build_series([claim("a1", 10, "6.5%", 6.5, source="Statistics Ruritania", **outcome),
                         claim("c1", 10, "6.9%", 6.9, source="Acme Research", **outcome)])
    assert len(rows) == 1 and rows[0]["conflict"]


def test_series_a_report_joins_the_row_of_its_source():
    # "Exports were $2.1 billion by the ministry's count and $2.14 billion by the bureau's" (one
    # sentence: two rows), then another outlet quotes the bureau's $2.14 billion.
    sentence = (0, 120)
    ministry = claim("a1", 20, "$2.1 billion", 2.1e9, source="Ministry of Trade", sentence=sentence)
    bureau = claim("a1", 70, "$2.14 billion", 2.14e9, source="Bureau of Statistics", sentence=sentence)
    quoted = claim("b1", 30, "$2.14 billion", 2.14e9, source="Bureau of Statistics")
    rows = build_series([ministry, bureau, quoted])
    assert row_of(rows, quoted["claim_id"]) == row_of(rows, bureau["claim_id"]) != row_of(rows, ministry["claim_id"])


def test_series_undated_article_dated_by_the_same_figure_elsewhere():
    # An article without a publication date says "the review period"; another, dated, gives the
    # same $16.517 billion for fiscal year 2022-23: the checker dates the phrase, the row holds both.
    undated = claim("u1", 10, "$16.517 billion", 16.517e9, period=("the review period", None, None))
    sibling = claim("u1", 200, "$3.2 billion", 3.2e9, metric="rice exports", period=("the review period", None, None))
    dated = claim("d1", 30, "$16.517 billion", 16.517e9)
    rows = build_series([undated, sibling, dated])
    assert row_of(rows, undated["claim_id"]) == row_of(rows, dated["claim_id"])
    (report,) = [p for r in rows for p in r["reports"] if p["claim_id"] == undated["claim_id"]]
    assert report["period_from"] == dated["claim_id"]
    (rice,) = [r for r in rows if r["measure"] == "rice exports"]
    assert rice["period"]["start"] == "2022-07-01"  # the same phrase in the same article


def test_series_one_official_figure_dates_and_names_a_report_whose_words_do_not():
    # An undated article's "39,152 approvals" the year before, and a dated article's "39,152 others"
    # over the same time frame: the checker calls them one official figure (five identical digits);
    # the undated phrase takes the dated one's period, the measure-less count its partner's measure.
    undated = claim("u2", 10, "39,152", 39152, kind="count", unit="approval", metric="approvals",
                    period=("the previous year's", None, None))
    dated = claim("d2", 30, "39,152", 39152, kind="count", unit="other", metric="others",
                  period=("the same time frame in the prior year", "2023-07-16", "2023-08-15"))
    rows = build_series([undated, dated])
    assert row_of(rows, undated["claim_id"]) == row_of(rows, dated["claim_id"])
    (row,) = [r for r in rows if any(p["claim_id"] == dated["claim_id"] for p in r["reports"])]
    assert row["period"]["start"] == "2023-07-16" and row["measure"] == "approval"
    reports = {p["claim_id"]: p for p in row["reports"]}
    assert reports[undated["claim_id"]]["period_from"] == dated["claim_id"]
    assert reports[dated["claim_id"]]["metric_from"] == undated["claim_id"]
    # four digits are a coincidence as likely as one figure: nothing is lent or dated
    short = [dict(c, quantity={**c["quantity"], "text": "3,915", "value": 3915}) for c in (undated, dated)]
    rows = build_series(short)
    assert not any({p["article_id"] for p in r["reports"]} == {"u2", "d2"} for r in rows)


def test_series_changes_and_plans_get_their_own_series():
    level = claim("a1", 10, "$2 billion", 2e9)
    rise = claim("a1", 60, "5%", 5, kind="percent", unit="%", change="increase")
    fall = claim("b1", 60, "3%", 3, kind="percent", unit="%", change="decrease", period=FY22)
    target = claim("c1", 10, "$3 billion", 3e9, metric="textile exports (target)")
    rows = build_series([level, rise, fall, target])
    ids = {r["reports"][0]["claim_id"]: r["series_id"] for r in rows}
    assert len(set(ids.values())) == 3
    # a rise and a fall are values of one signed change series: the fall is negative
    assert ids[rise["claim_id"]] == ids[fall["claim_id"]] == "ruritania|textile exports (change)|-|%"
    signed = {r["period"]["start"]: (r["value"], r["change"], r["reports"][0]["change"]) for r in rows
              if r["series_id"] == ids[rise["claim_id"]]}
    assert signed == {"2022-07-01": (5, "increase", "increase"), "2021-07-01": (-3, "increase", "decrease")}
    assert "(target)" in ids[target["claim_id"]]


@pytest.mark.parametrize("contraction", [
    dict(change="decrease", text="0.17 per cent", value=0.17, metric="economy"),  # "the economy contracted 0.17%"
    dict(change="increase", text="-0.17 per cent", value=-0.17, metric="GDP growth"),  # "GDP grew -0.17%"
])
def test_series_growth_and_contraction_of_one_rate_share_a_conflict_row(contraction):
    # "Ruritania's GDP grew 0.29 per cent in fiscal year 2022-23" in one outlet; another gives the
    # contraction: two values of one signed growth rate (+0.29 vs -0.17), one row, a conflict
    grew = claim("a1", 10, "0.29 per cent", 0.29, kind="percent", unit="%", change="increase", metric="GDP")
    text, value = contraction.pop("text"), contraction.pop("value")
    fell = claim("b1", 30, text, value, kind="percent", unit="%", **contraction)
    rows = build_series([grew, fell])
    (row,) = rows
    assert row["conflict"] and row["series_id"] == "ruritania|gdp (change)|-|%"
    assert (row["low"], row["high"]) == (-0.17, 0.29)
    assert sorted(p["value"] for p in row["reports"]) == [-0.17, 0.29]


def test_series_elided_measure_in_a_comparison_takes_the_fuller_one():
    # "Ruritania's IT exports reached $3.1 billion in FY2022-23, up from $2.6 billion in FY2021-22."
    sentence = (0, 90)
    later = claim("a1", 36, "$3.1 billion", 3.1e9, metric="IT exports", sentence=sentence)
    earlier = claim("a1", 70, "$2.6 billion", 2.6e9, metric="exports", period=FY22, sentence=sentence)
    other = claim("b1", 10, "$2.6 billion", 2.6e9, metric="IT exports", period=FY22)
    rows = build_series([later, earlier, other])
    assert {r["series_id"] for r in rows} == {"ruritania|it exports|-|USD"}
    assert row_of(rows, earlier["claim_id"]) == row_of(rows, other["claim_id"])
    (report,) = [p for r in rows for p in r["reports"] if p["claim_id"] == earlier["claim_id"]]
    assert report["metric"] == "exports" and report["metric_from"] == later["claim_id"]
    # Not when the two figures share a period (a part and its whole) ...
    whole = claim("a1", 70, "$30 billion", 30e9, metric="exports", sentence=sentence)
    assert len({r["series_id"] for r in build_series([later, whole])}) == 2
    # ... nor across sentences.
    apart = claim("a1", 170, "$2.6 billion", 2.6e9, metric="exports", period=FY22)
    assert len({r["series_id"] for r in build_series([later, apart])}) == 2


def test_series_left_out_claims_say_why():
    multiple = claim("a1", 10, "twice", 2, kind="multiple", unit="x")
    undated = claim("a1", 40, "$2 billion", 2e9, period=("recent months", None, None))
    no_measure = claim("a1", 80, "$2 billion", 2e9, metric=None)
    assert exclusion(multiple).startswith("multiple")
    assert exclusion(undated) == "no dated period"
    assert exclusion(no_measure) == "no measure"
    assert build_series([multiple, undated, no_measure]) == []
    assert sum(left_out([multiple, undated, no_measure]).values()) == 3


# ---- values, conflicts, findings ----------------------------------------------------------

def test_series_value_is_the_most_precise_agreeing_reading():
    rows = build_series([claim("a1", 10, "$16.5 billion", 16.5e9), claim("b1", 30, "$16.501 billion", 16.501e9),
                         claim("c1", 50, "more than $16 billion", 16e9, qualifier="more_than")])
    (row,) = rows
    assert row["value"] == 16.501e9 and row["low"] == 16e9 and row["high"] == 16.501e9
    assert row["conflict"] is False and row["finding_ids"] == []
    assert [p["claim_id"] for p in row["reports"]] == ["a1:10-23", "b1:30-45", "c1:50-71"]


def test_series_conflict_names_the_same_fact_findings_and_takes_the_majority():
    claims = [claim("a1", 10, "$16.5 billion", 16.5e9), claim("b1", 30, "$16.50 billion", 16.5e9),
              claim("c1", 50, "$16.8 billion", 16.8e9)]
    (row,) = build_series(claims, published={"a1": "2023-07-19", "b1": "2023-07-20", "c1": "2023-07-03"})
    assert row["conflict"] is True and row["value"] == 16.5e9
    # The checker's same_fact findings that say so: the odd one out against each of the two others.
    assert len(row["finding_ids"]) == 2 and all("c1:50-63" in f for f in row["finding_ids"])
    assert [p["published"] for p in row["reports"]] == ["2023-07-03", "2023-07-19", "2023-07-20"]
    # Findings passed in are used as given: a consistent finding is never a conflict's evidence.
    given = [{"finding_id": "x1", "check": "same_fact", "verdict": "inconsistent", "claim_ids": ["a1:10-23", "c1:50-63"]},
             {"finding_id": "x2", "check": "same_fact", "verdict": "consistent", "claim_ids": ["a1:10-23", "b1:30-44"]}]
    (row,) = build_series(claims, findings=given)
    assert row["finding_ids"] == ["x1"]


def test_series_a_bound_and_the_figure_inside_it_in_one_sentence_share_a_row():
    # "Reserves passed $4 billion, reaching $4.4 billion." (invented): one fact told twice
    sentence = (0, 60)
    bound = claim("a1", 15, "$4 billion", 4e9, metric="reserves", qualifier="more_than", sentence=sentence)
    figure = claim("a1", 40, "$4.4 billion", 4.4e9, metric="reserves", sentence=sentence)
    rows = build_series([bound, figure])
    assert row_of(rows, bound["claim_id"]) == row_of(rows, figure["claim_id"])


def test_series_follows_the_checkers_decided_same_fact_findings():
    # The series keeps "IT exports" and "services exports" apart; where the checker compared the
    # two claims and gave a verdict (here a consistent one), the rows follow it.
    it = claim("a1", 10, "$2.1 billion", 2.1e9, metric="IT exports")
    services = claim("b1", 30, "$2.1 billion", 2.1e9, metric="services exports")
    pair = [it["claim_id"], services["claim_id"]]
    assert row_of(build_series([it, services], findings=[]), it["claim_id"]) != \
        row_of(build_series([it, services], findings=[]), services["claim_id"])
    decided = [{"finding_id": "f1", "check": "same_fact", "verdict": "consistent", "claim_ids": pair}]
    rows = build_series([it, services], findings=decided)
    assert row_of(rows, it["claim_id"]) == row_of(rows, services["claim_id"])
    # An undetermined finding decides nothing.
    open_pair = [{**decided[0], "verdict": "undetermined"}]
    rows = build_series([it, services], findings=open_pair)
    assert row_of(rows, it["claim_id"]) != row_of(rows, services["claim_id"])
    # Nor does a decided pair pull in a report of the other row that is not one fact with it.
    more = claim("c1", 50, "$2.1 billion", 2.1e9, metric="services exports")
    rows = build_series([it, services, more], findings=decided)
    assert row_of(rows, it["claim_id"]) != row_of(rows, more["claim_id"])
    # Two makers' forecasts stay two facts, whatever the checker found of their values.
    bank = claim("a1", 10, "$2 billion", 2e9, metric="textile exports (forecast)", source="Central Bank")
    fund = claim("b1", 30, "$2.1 billion", 2.1e9, metric="textile exports (forecast)", source="IMF")
    decided = [{"finding_id": "f2", "check": "same_fact", "verdict": "consistent", "claim_ids": [bank["claim_id"], fund["claim_id"]]}]
    rows = build_series([bank, fund], findings=decided)
    assert row_of(rows, bank["claim_id"]) != row_of(rows, fund["claim_id"])


def test_series_rows_of_one_series_across_periods():
    rows = build_series([claim("a1", 10, "$16.5 billion", 16.5e9, period=FY23),
                         claim("a1", 200, "$19.3 billion", 19.3e9, period=FY22),
                         claim("b1", 30, "$19.33 billion", 19.33e9, period=FY22)])
    assert len(rows) == 2 and len({r["series_id"] for r in rows}) == 1
    assert [r["period"]["start"] for r in rows] == ["2021-07-01", "2022-07-01"]
    assert rows[0]["series_id"] == "ruritania|textile exports|-|USD"
    summary = series_summary(rows)
    assert summary["series_with_2_periods"] == 1 and summary["rows_across_articles"] == 1


def test_series_score_counts_relations_in_one_row_and_lookalikes_merged():
    from evaluation.relations import Relation

    a, b = claim("a1", 10, "$2 billion", 2e9), claim("b1", 30, "$2 billion", 2e9)
    c = claim("c1", 30, "$2 billion", 2e9, metric="export remittances")
    rows = build_series([a, b, c])
    score = score_series(rows, [Relation("r1", "same_fact", (a["claim_id"], b["claim_id"]), "consistent"),
                                Relation("r2", "same_fact", (a["claim_id"], c["claim_id"]), "consistent"),
                                Relation("r3", "distinct", (b["claim_id"], c["claim_id"]), "different")])
    assert (score.same_fact_total, score.same_fact_one_row, len(score.split)) == (2, 1, 1)
    assert score.distinct_total == 1 and score.distinct_merged == []


# ---- the seeds -----------------------------------------------------------------------------

def _seed_it_exports(claims):
    rows = [r for r in build_series(claims) if r["kind"] == "money" and r["measure"] == "it exports"
            and r["subject"] == "Pakistan" and r["counterparty"] is None]
    return {(r["period"]["start"], r["period"]["end"]): r for r in rows}


def test_series_seeds_it_exports_one_series_of_two_fiscal_years():
    from evaluation.gold import read_claims

    by_period = _seed_it_exports(read_claims(ROOT / "gold" / "seeds.jsonl").claims)
    fy20, fy21 = by_period[("2019-07-01", "2020-06-30")], by_period[("2020-07-01", "2021-06-30")]
    assert fy20["series_id"] == fy21["series_id"]
    assert (fy20["value"], fy21["value"]) == (1.44e9, 2e9)
    assert len(fy20["reports"]) == len(fy21["reports"]) == 1


# ---- flat tables and writers ---------------------------------------------------------------

def test_series_parquet_has_typed_columns(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    rows = build_series([claim("a1", 10, "$16.5 billion", 16.5e9), claim("b1", 30, "$16.501 billion", 16.501e9),
                         claim("a1", 200, "$19 billion", 19e9, period=FY22)],
                        published={"a1": "2023-07-19", "b1": "2023-07-03"})
    out = tmp_path / "series.parquet"
    write_series(rows, out)
    df = pd.read_parquet(out)
    assert list(df["value"]) == [19e9, 16.501e9] and df["value"].dtype == "float64"
    assert df["low"].dtype == "float64" and df["high"].dtype == "float64" and df["conflict"].dtype == bool
    for col in ("period_start", "period_end"):
        first = df[col].iloc[0]
        assert isinstance(first, dt.date) or pd.api.types.is_datetime64_any_dtype(df[col]), (col, df[col].dtype)
    assert pd.Timestamp(df["period_start"].iloc[1]) == pd.Timestamp("2022-07-01")
    reports = df["reports"].iloc[1]
    assert [r["claim_id"] for r in reports] == ["b1:30-45", "a1:10-23"]
    import pyarrow.parquet as pq

    schema = pq.read_schema(out)
    assert str(schema.field("period_start").type) == "date32[day]"
    long = to_dataframe(rows, reports=True)
    assert len(long) == 3 and pd.api.types.is_datetime64_any_dtype(long["published"])


def test_series_csv_and_jsonl_need_no_pandas(tmp_path, monkeypatch):
    rows = build_series([claim("a1", 10, "$16.5 billion", 16.5e9), claim("b1", 30, "$16.501 billion", 16.501e9)])
    monkeypatch.setitem(sys.modules, "pandas", None)
    write_series(rows, tmp_path / "s.csv")
    write_series(rows, tmp_path / "s.jsonl")
    import csv

    (line,) = list(csv.DictReader((tmp_path / "s.csv").open()))
    assert line["period_start"] == "2022-07-01" and float(line["value"]) == 16.501e9
    assert len(json.loads(line["reports"])) == 2
    assert json.loads((tmp_path / "s.jsonl").read_text()) == rows[0]
    with pytest.raises(NewsclaimsError, match=r"pip install 'newsclaims\[data\]'"):
        to_dataframe(rows)


def test_series_parquet_without_pyarrow_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(NewsclaimsError) as err:
        require_parquet()
    assert str(err.value) == "Parquet output needs pyarrow; pip install 'newsclaims[data]'"


def test_series_flat_claims_one_column_per_field(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    c = claim("a1", 10, "$2-3 billion", 2e9)
    c["quantity"]["value_max"] = 3e9
    c["published_inferred"] = True
    (flat,) = flat_claims([c])
    assert flat["value_max"] == 3e9 and flat["period_start"] == "2022-07-01" and flat["published_inferred"] is True
    write_claims_table([c, claim("a1", 60, "5%", 5, kind="percent", unit="%", period=None)], tmp_path / "c.parquet")
    df = pd.read_parquet(tmp_path / "c.parquet")
    assert df["value"].dtype == "float64" and pd.isna(df["period_text"].iloc[1])
    assert "quantity" not in df.columns and {"metric", "subject", "sentence_start"} <= set(df.columns)


# ---- the page (structure; tests/test_series_browser.py opens it in Chromium) ---------------

def test_series_page_charts_only_series_with_two_periods_or_a_conflict():
    rows = build_series([claim("a1", 10, "$16.5 billion", 16.5e9), claim("a1", 200, "$19 billion", 19e9, period=FY22),
                         claim("b1", 10, "$7 billion", 7e9, metric="rice exports"),
                         claim("c1", 10, "9.1%", 9.1, kind="percent", unit="%", metric="inflation"),
                         claim("d1", 10, "9.6%", 9.6, kind="percent", unit="%", metric="inflation")])
    page = render_html(rows)
    assert page.count("<svg") == 2  # textile exports (two periods), inflation (a conflict); rice exports not
    assert page.index("inflation") < page.index("textile exports")  # conflicts first
    for r in rows:
        for p in r["reports"]:
            assert f'id="claim-{p["claim_id"]}"' in page


# ---- commands ------------------------------------------------------------------------------

def _write(path, dicts):
    path.write_text("".join(json.dumps(d) + "\n" for d in dicts), encoding="utf-8")
    return path


def test_series_command_writes_rows_and_page(tmp_path):
    claims = _write(tmp_path / "claims.jsonl", [claim("a1", 10, "$16.5 billion", 16.5e9),
                                                 claim("b1", 30, "$16.8 billion", 16.8e9)])
    out, page = tmp_path / "series.jsonl", tmp_path / "series.html"
    result = runner.invoke(app, ["series", str(claims), "-o", str(out), "--report", str(page)])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(l) for l in out.read_text().splitlines()]
    assert row["conflict"] is True and len(row["reports"]) == 2
    assert "1 rows in 1 series" in result.stderr and "1 conflicts" in result.stderr
    again = runner.invoke(app, ["series", str(claims), "-o", str(out)])
    assert again.exit_code == 1
    assert again.stderr.strip() == f"newsclaims: error: {out} exists; use --force to overwrite it"


def test_series_command_parquet_without_the_extra_fails_in_one_line(tmp_path, monkeypatch):
    claims = _write(tmp_path / "claims.jsonl", [claim("a1", 10, "$16.5 billion", 16.5e9)])
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = runner.invoke(app, ["series", str(claims), "-o", str(tmp_path / "s.parquet")])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("newsclaims: error: Parquet output needs pyarrow; "
                                     "pip install 'newsclaims[data]'")
    assert not (tmp_path / "s.parquet").exists()


def test_series_extract_format_csv_and_parquet(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    corpus = _write(tmp_path / "c.jsonl", [{"id": "k1", "published": "2023-07-19",
                                            "text": "Ruritania's textile exports rose 4% to $16.5 billion in May 2023."}])
    for fmt, name in (("jsonl", "claims.jsonl"), ("csv", "claims.csv"), (None, "claims.parquet")):
        out = tmp_path / name
        args = ["extract", str(corpus), "-o", str(out)] + (["--format", fmt] if fmt else [])
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert not Path(f"{out}.jsonl").exists()
    claims = {c["claim_id"]: c for c in map(json.loads, (tmp_path / "claims.jsonl").read_text().splitlines())}
    df = pd.read_parquet(tmp_path / "claims.parquet")
    assert set(df["claim_id"]) == set(claims) and df["value"].dtype == "float64"
    for _, line in df.iterrows():
        c = claims[line["claim_id"]]
        assert line["value"] == c["quantity"]["value"] and line["metric"] == c["metric"]
        assert pd.Timestamp(line["period_start"]) == pd.Timestamp(c["period"]["start"])
    import csv

    rows = list(csv.DictReader((tmp_path / "claims.csv").open()))
    assert {r["claim_id"]: r["period_end"] for r in rows} == {k: c["period"]["end"] for k, c in claims.items()}


def test_series_run_writes_series_beside_findings(tmp_path):
    outdir = tmp_path / "out"
    result = runner.invoke(app, ["run", str(ROOT / "corpus" / "seeds.jsonl"), "-o", str(outdir)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(l) for l in (outdir / "series.jsonl").read_text().splitlines()]
    assert rows and all(r["reports"] for r in rows)
    assert "<svg" in (outdir / "series.html").read_text()
    by_period = _seed_it_exports([c for c in (json.loads(l) for l in (outdir / "claims.jsonl").read_text().splitlines())])
    assert {("2019-07-01", "2020-06-30"), ("2020-07-01", "2021-06-30")} <= set(by_period)


def test_extract_format_csv_rows_carry_their_sentence_and_title(tmp_path):
    import csv

    corpus = tmp_path / "c.jsonl"
    text = "Intro line without figures.\nRuritania's exports rose 5% to $2 billion in 2023."
    corpus.write_text(json.dumps({"id": "r1", "text": text, "title": "Ruritania exports up"}) + "\n", encoding="utf-8")
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and all(r["title"] == "Ruritania exports up" for r in rows)
    assert {r["sentence"] for r in rows} == {"Ruritania's exports rose 5% to $2 billion in 2023."}


def test_series_rows_do_not_depend_on_the_hash_seed(tmp_path):
    # Joining rows by the checker's decided pairs once took the pair's two claims in set order, so
    # which row absorbed which (and a tied series id) changed from one run to the next.
    import os
    import subprocess

    outputs = []
    for seed in ("1", "3"):
        out = tmp_path / f"series-{seed}.jsonl"
        subprocess.run([sys.executable, "-m", "extractor.cli", "series", str(ROOT / "gold" / "sa-dev.jsonl"),
                        "-o", str(out)], check=True, cwd=ROOT, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_series_two_vintages_one_article_names_share_a_conflict_row():
    # "the June figure has been revised from the provisional estimate of 5.08 per cent" to 5.02
    a = claim("a1", 10, "5.02 per cent", 5.02, kind="percent", unit="%", metric="inflation (revised)")
    b = claim("a1", 300, "5.08 per cent", 5.08, kind="percent", unit="%", metric="inflation (provisional)")
    rows = build_series([a, b])
    assert row_of(rows, a["claim_id"]) == row_of(rows, b["claim_id"])
    assert rows[row_of(rows, a["claim_id"])]["conflict"]
