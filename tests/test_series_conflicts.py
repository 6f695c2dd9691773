"""Tests for evaluation/series.py: one fact reported with values too far apart to be one figure
(a revision, a slip, a garbled copy) is ONE row marked as a conflict, while look-alikes (a part
and its total in one article, two measures) keep their own rows. Invented claims only."""
import pytest

from evaluation.facts import vintages
from evaluation.series import build_series
from claim_factory import make_claim, row_of

pytestmark = pytest.mark.issue(14)

FY23 = ("fiscal year 2022-23", "2022-07-01", "2023-06-30")
APR23 = ("April 2023", "2023-04-01", "2023-04-30")


def claim(article, start, text, value, *, metric="wool exports", period=FY23, **fields):
    return make_claim(article, start, text, value, metric=metric, period=period, sentence_pad=40, **fields)


def test_series_far_apart_values_of_one_fact_across_articles_are_one_conflict_row():
    # "Ruritania's customs duty came to Rs 9 billion in April" vs another outlet's "Rs 41,250
    # crore": one measure, subject and period in two articles, 46 times apart (no power of ten).
    duty = dict(metric="customs duty collection", unit="INR", period=APR23)
    a = claim("a1", 10, "Rs 9 billion", 9e9, **duty)
    b = claim("b1", 30, "Rs 41,250 crore", 412.5e9, **duty)
    (row,) = build_series([a, b], published={"a1": "2023-05-01", "b1": "2023-05-02"})
    assert row["conflict"] is True
    assert row["low"] == 9e9 and row["high"] == 412.5e9
    # the checker's same_fact finding on the pair is named (it calls such a pair undetermined)
    assert row["finding_ids"] and all(f.startswith("same_fact:") for f in row["finding_ids"])


def test_series_far_apart_report_joins_the_agreeing_majority():
    a = claim("a1", 10, "$16.5 billion", 16.5e9)
    b = claim("b1", 30, "$16.50 billion", 16.5e9)
    garbled = claim("c1", 50, "$1.2 billion", 1.2e9)  # a garbled figure in a third outlet
    (row,) = build_series([a, b, garbled])
    assert row["conflict"] and row["value"] == 16.5e9
    assert {p["claim_id"] for p in row["reports"]} == {a["claim_id"], b["claim_id"], garbled["claim_id"]}


@pytest.mark.parametrize("a, b, why", [
    # one article: two values far apart under one measure name are a part and its total
    (claim("a1", 10, "$2 billion", 2e9), claim("a1", 300, "$70 billion", 70e9), "one article"),
    # across articles, less than ten times apart: as likely a part and its whole, or a change
    # ("fell by $2.8 billion") read as a level, as a slip
    (claim("a1", 10, "$2.8 billion", 2.8e9), claim("b1", 30, "$16.5 billion", 16.5e9), "under 10x"),
    # across articles, the measures only meet by the spelling tolerance: not sure enough to
    # call the values one figure in conflict
    (claim("a1", 10, "$2 billion", 2e9, metric="pharmaceutical exports"),
     claim("b1", 30, "$70 billion", 70e9, metric="pharmaceutcal exports"), "measure names differ"),
    # never across periods or subjects, however the values stand
    (claim("a1", 10, "$2 billion", 2e9), claim("b1", 30, "$70 billion", 70e9, period=APR23), "two periods"),
    (claim("a1", 10, "$2 billion", 2e9, subject="Ruritania"),
     claim("b1", 30, "$70 billion", 70e9, subject="Freedonia"), "two subjects"),
])
def test_series_far_apart_lookalikes_keep_their_own_rows(a, b, why):
    rows = build_series([a, b])
    assert row_of(rows, a["claim_id"]) != row_of(rows, b["claim_id"]), why
    assert not any(r["conflict"] for r in rows)


def test_series_spelling_tolerance_still_joins_values_that_agree():
    a = claim("a1", 10, "$2 billion", 2e9, metric="pharmaceutical exports")
    b = claim("b1", 30, "$2.0 billion", 2e9, metric="pharmaceutcal exports")
    rows = build_series([a, b])
    assert row_of(rows, a["claim_id"]) == row_of(rows, b["claim_id"])


def test_series_revision_named_in_one_sentence_is_one_row_taking_the_revised_value():
    # "Growth for the year was revised to -0.2 percent from a provisional 0.3 percent."
    growth = dict(kind="percent", unit="%", change="increase", sentence=(0, 90))
    revised = claim("a1", 40, "-0.2 percent", -0.2, metric="GDP growth (revised)", **growth)
    provisional = claim("a1", 70, "0.3 percent", 0.3, metric="GDP growth (provisional)", **growth)
    (row,) = build_series([provisional, revised])
    assert row["conflict"] is True and row["value"] == -0.2
    assert {p["metric"] for p in row["reports"]} == {"GDP growth (revised)", "GDP growth (provisional)"}


def test_series_revision_across_sentences_of_one_article_is_one_row():
    growth = dict(kind="percent", unit="%", change="increase")
    before = claim("a1", 10, "6.1 percent", 6.1, metric="farm growth (before revision)", **growth)
    after = claim("a1", 300, "4.3 percent", 4.3, metric="farm growth (revised)", **growth)
    (row,) = build_series([before, after])
    assert row["conflict"] is True and row["value"] == 4.3


def test_series_one_sentence_without_vintage_marks_stays_two_rows():
    # "exports rose to $2.3 billion from $1.9 billion" with the earlier period missed: a from/to pair
    sentence = (0, 90)
    a = claim("a1", 40, "$2.3 billion", 2.3e9, sentence=sentence)
    b = claim("a1", 70, "$1.9 billion", 1.9e9, sentence=sentence)
    assert len(build_series([a, b])) == 2
    # one vintage mark is not two vintages
    c = claim("a1", 70, "$1.9 billion", 1.9e9, metric="wool exports (revised)", sentence=sentence)
    assert len(build_series([a, c])) == 2


def test_series_vintages_are_the_bracketed_vintage_marks():
    assert vintages("GDP growth (provisional)") == {"provisional"}
    assert vintages("CPI inflation (before revision)") == {"before revision"}
    assert vintages("GDP growth (forecast)") == frozenset()
    assert vintages("exports") == frozenset()


# ---- periods the checker left undated ------------------------------------------------------

NO_DATES = ("the first month of the current fiscal", None, None)
SHRAVAN = ("in Shrawan alone", "2024-07-16", "2024-08-15")


def test_series_undated_phrase_takes_the_dates_of_a_two_digit_figure_written_with_three():
    # An undated article: "wool exports rose 18 percent to Rs 52.61 billion in the first month of
    # the current fiscal"; a dated one: "wool exports rose 18.0 percent in Shrawan alone", and gives
    # Rs 52.6 billion. 18 = 18.0 (three digits written in one of the two) dates the phrase, so the
    # amount of the same sentence is dated too and meets the other outlet's figure.
    rise = dict(kind="percent", unit="%", change="increase", subject="Ruritania")
    undated_rise = claim("u1", 20, "18 percent", 18, period=NO_DATES, sentence=(0, 120), **rise)
    undated_amount = claim("u1", 60, "Rs 52.61 billion", 52.61e9, unit="NPR", period=NO_DATES, sentence=(0, 120))
    dated_rise = claim("d1", 20, "18.0 percent", 18, period=SHRAVAN, **rise)
    dated_amount = claim("d1", 200, "Rs 52.6 billion", 52.6e9, unit="NPR", period=SHRAVAN)
    rows = build_series([undated_rise, undated_amount, dated_rise, dated_amount])
    assert row_of(rows, undated_rise["claim_id"]) == row_of(rows, dated_rise["claim_id"])
    assert row_of(rows, undated_amount["claim_id"]) == row_of(rows, dated_amount["claim_id"])
    (report,) = [p for r in rows for p in r["reports"] if p["claim_id"] == undated_amount["claim_id"]]
    assert report["period_from"] == dated_rise["claim_id"]


def test_series_undated_phrase_stays_undated_on_weak_or_split_evidence():
    rise = dict(kind="percent", unit="%", change="increase", subject="Ruritania")
    undated = claim("u1", 20, "18 percent", 18, period=NO_DATES, **rise)
    two_digits = claim("d1", 20, "18 percent", 18, period=SHRAVAN, **rise)
    assert exclusion_of(build_series([undated, two_digits]), undated)  # 18 = 18: too common to date by
    other_year = claim("e1", 20, "18.0 percent", 18, period=("in Shrawan", "2023-07-17", "2023-08-16"), **rise)
    this_year = claim("d1", 20, "18.0 percent", 18, period=SHRAVAN, **rise)
    assert exclusion_of(build_series([undated, this_year, other_year]), undated)  # two periods: no dates


def test_series_headline_phrase_takes_the_dates_of_the_same_phrase_in_its_body():
    headline = claim("a1", 0, "Rs 53 billion", 53e9, unit="NPR", period=("In Shrawan alone", None, None))
    body = claim("a1", 200, "Rs 52.6 billion", 52.6e9, unit="NPR", period=SHRAVAN)
    elsewhere = claim("b1", 30, "Rs 52.61 billion", 52.61e9, unit="NPR", period=SHRAVAN)
    rows = build_series([headline, body, elsewhere])
    assert row_of(rows, headline["claim_id"]) == row_of(rows, elsewhere["claim_id"])


def exclusion_of(rows, c):
    """True when the claim is in no row."""
    return all(p["claim_id"] != c["claim_id"] for r in rows for p in r["reports"])


def test_series_command_split_keeps_the_claims_of_one_half(tmp_path):
    import json

    from typer.testing import CliRunner

    from extractor.cli import app

    dev, check = "sa-dev-01", "sa-dev-04"  # a DEV and a CHECK page of evaluation/splits.py
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in [
        claim(dev, 10, "$2 billion", 2e9), claim(check, 10, "$2 billion", 2e9)]))
    out = tmp_path / "s.jsonl"
    result = CliRunner().invoke(app, ["series", str(path), "-o", str(out), "--split", "dev"])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["article_id"] for p in row["reports"]] == [dev]
    bad = CliRunner().invoke(app, ["series", str(path), "-o", str(tmp_path / "t.jsonl"), "--split", "mars"])
    assert bad.exit_code == 1 and "--split must be one of" in bad.stderr


def test_series_far_apart_value_with_a_borrowed_measure_stays_apart():
    # "Wool exports fell 5% to $3.9 billion": the amount has no metric of its own and takes the
    # percent's (facts.borrow_measures): a guess, not enough for a conflict row with another
    # outlet's $46 billion; with the metric written, it is one.
    sentence = (0, 60)
    fall = claim("b1", 20, "5%", 5, kind="percent", unit="%", change="decrease", sentence=sentence)
    amount = claim("b1", 30, "$3.9 billion", 3.9e9, metric=None, sentence=sentence)
    other = claim("a1", 10, "$46 billion", 46e9)
    rows = build_series([other, fall, amount])
    assert row_of(rows, other["claim_id"]) != row_of(rows, amount["claim_id"])
    written = dict(amount, metric="wool exports")
    rows = build_series([other, fall, written])
    assert row_of(rows, other["claim_id"]) == row_of(rows, written["claim_id"])


def test_series_far_apart_values_named_by_their_own_words_are_one_conflict_row():
    # The extractor gave no metric; the fact identity reads the tax named right before each figure
    # ("nearest"), and the part a figure "includes" by the words after it ("included"): as good as
    # written for a conflict row across outlets, 10x or more apart (a scale word misread).
    from claim_factory import claim_in_text

    one = ("Tax revenue was R 2.2 trillion in April 2023. Of it, VAT accounted for R 14 billion, "
           "including R 8 billion collected on fuel sales. ")
    two = "In April 2023 VAT is R 97,310 crore (including R 41,105 crore collected on fuel sales). "
    tax = dict(unit="INR", period=APR23, metric=None)
    a = claim_in_text(one, "R 14 billion", 14e9, article="a1", **tax)
    a_part = claim_in_text(one, "R 8 billion", 8e9, article="a1", **tax)
    b = claim_in_text(two, "R 97,310 crore", 973.1e9, article="b1", **tax)
    b_part = claim_in_text(two, "R 41,105 crore", 411.05e9, article="b1", **tax)
    known = claim_in_text(one, "R 2.2 trillion", 2.2e12, article="a1", **{**tax, "metric": "tax revenue"})
    rows = build_series([known, a, a_part, b, b_part], texts={"a1": one, "b1": two})
    assert row_of(rows, a.claim_id) == row_of(rows, b.claim_id)
    assert row_of(rows, a_part.claim_id) == row_of(rows, b_part.claim_id) != row_of(rows, a.claim_id)
    assert rows[row_of(rows, a_part.claim_id)]["measure"] == "fuel sale vat revenue"
    assert all(r["conflict"] for r in rows if len(r["reports"]) == 2)
    # a part whose words name no other measure ("including R 8 billion from Saudi Arabia": a partner,
    # not a kind of VAT) takes none from its container
    from evaluation import facts

    three = "VAT accounted for R 14 billion in April 2023, including R 8 billion from Saudi Arabia. "
    c = claim_in_text(three, "R 14 billion", 14e9, article="c1", **{**tax, "metric": "VAT"})
    c_part = claim_in_text(three, "R 8 billion", 8e9, article="c1", **tax)
    assert facts._included_parts([c, c_part], {"c1": three})[1].metric is None
