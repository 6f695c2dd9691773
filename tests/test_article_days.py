"""An undated article dated by its figures (evaluation/consistency/article_days.py): the days its
anchored period phrases allow date its other relative phrases. Every sentence is invented."""
import datetime as dt

from claim_factory import make_claim
from evaluation.consistency import article_days, prepare
from evaluation.series import build_series
from extractor.contract import Claim
from extractor.periods import CALENDAR_YEAR, calendar_of

D = dt.date
PAKISTAN = calendar_of("Pakistan")


def test_last_month_said_of_may_is_said_in_june():
    days = article_days.possible_days([("last month", CALENDAR_YEAR, (D(2024, 5, 1), D(2024, 5, 31)))])
    assert days and days[0] == D(2024, 6, 1) and days[-1] == D(2024, 6, 30)
    # every one of those days reads "the current fiscal year" as FY2023-24, "this month" as June
    assert article_days.read_on("the current fiscal year", PAKISTAN, days) == (D(2023, 7, 1), D(2024, 6, 30))
    assert article_days.read_on("this month", CALENDAR_YEAR, days) == (D(2024, 6, 1), D(2024, 6, 30))


def test_a_phrase_read_alike_on_every_day_tells_nothing():
    # "fiscal year 2023-24" names its dates whatever the day: no publication day follows from it
    assert article_days.possible_days([("fiscal year 2023-24", PAKISTAN, (D(2023, 7, 1), D(2024, 6, 30)))]) == []
    # "the review period" reads nothing on its own
    assert article_days.possible_days([("the review period", CALENDAR_YEAR, (D(2024, 5, 1), D(2024, 5, 31)))]) == []


def test_days_spanning_two_readings_date_nothing():
    # "the first half of the current fiscal year" dated July-December 2023 allows any day of a year
    # (that half is read back from the months after it too): "last month" and "the current fiscal
    # year" differ among those days, so they stay undated
    days = article_days.possible_days([("the first half of the current fiscal year", PAKISTAN,
                                        (D(2023, 7, 1), D(2023, 12, 31)))])
    assert len(days) > 300
    assert article_days.read_on("last month", CALENDAR_YEAR, days) is None
    assert article_days.read_on("the current fiscal year", PAKISTAN, days) is None
    assert article_days.read_on("the current fiscal year", PAKISTAN, days[:100]) == (D(2023, 7, 1), D(2024, 6, 30))


def _two_outlets(undated_second_phrase):
    """Outlet a (dated 2024-06-03): "Inflation eased to 11.8 percent in May 2024." Outlet b, no
    date: "Inflation eased to 11.8 percent last month." and a second figure of b's in
    ``undated_second_phrase``."""
    dated = make_claim("a", 10, "11.8 percent", 11.8, kind="percent", unit="%", metric="inflation",
                       subject="Pakistan", period=("May 2024", "2024-05-01", "2024-05-31"))
    anchored = make_claim("b", 10, "11.8 percent", 11.8, kind="percent", unit="%", metric="inflation",
                          subject="Pakistan", period=("last month", None, None))
    other = make_claim("b", 80, "Rs 9.4 trillion", 9.4e12, unit="PKR", metric="tax collection",
                       subject="Pakistan", period=(undated_second_phrase, None, None))
    return [Claim.from_dict(d) for d in (dated, anchored, other)]


def test_an_undated_articles_other_phrase_is_read_as_of_its_anchored_days():
    claims = _two_outlets("the current fiscal year")
    meta = {"a": {"published": "2024-06-03"}, "b": {}}
    got = {i.id: (i.claim.period.start, i.claim.period.end) for i in prepare(claims, meta=meta)}
    assert got["b:10-22"] == ("2024-05-01", "2024-05-31")          # the figure another outlet dates
    assert got["b:80-95"] == ("2023-07-01", "2024-06-30")          # read as of June 2024
    # an article with its own date keeps the extractor's reading: nothing is inferred for it
    meta_dated = {"a": {"published": "2024-06-03"}, "b": {"published": "2024-06-05"}}
    got = {i.id: i.claim.period.start for i in prepare(claims, meta=meta_dated)}
    assert got["b:80-95"] is None


def test_without_a_telling_phrase_the_latest_anchored_day_is_the_reference():
    # b's anchored phrase is "the month under review": it tells no day, so b's year-less "April"
    # is read beside May 2024, the latest day its anchored phrases name
    claims = _two_outlets("April")
    claims[1] = claims[1].with_fields(period=claims[1].period.__class__("the month under review", None, None))
    got = {i.id: (i.claim.period.start, i.claim.period.end)
           for i in prepare(claims, meta={"a": {"published": "2024-06-03"}, "b": {}})}
    assert got["b:80-95"] == ("2024-04-01", "2024-04-30")


def test_series_row_takes_the_undated_articles_figure_it_dated():
    # "Rs 9.4 trillion in the current fiscal year" in the undated b, and the same figure in a dated c:
    # one row once b's phrase is read as of June 2024
    claims = _two_outlets("the current fiscal year")
    c = Claim.from_dict(make_claim("c", 10, "Rs 9.4 trillion", 9.4e12, unit="PKR", metric="tax collection",
                                   subject="Pakistan", period=("FY24", "2023-07-01", "2024-06-30")))
    rows = build_series(claims + [c], published={"a": "2024-06-03", "c": "2024-06-20"})
    (row,) = [r for r in rows if any(p["claim_id"] == "c:10-25" for p in r["reports"])]
    assert {p["claim_id"] for p in row["reports"]} == {"b:80-95", "c:10-25"}


# ---- an article naming no country: its fiscal calendar from other outlets' figures ------------

def test_fiscal_year_dated_july_to_june_rules_out_other_calendars():
    calendars = article_days.possible_calendars([("FY31", (D(2030, 7, 1), D(2031, 6, 30)))], D(2031, 7, 3))
    assert calendars == [PAKISTAN]  # July to June: Pakistan's, Bangladesh's, Australia's alike
    assert article_days.read_in("the first half of FY31", calendars, D(2031, 7, 3)) == (D(2030, 7, 1), D(2030, 12, 31))
    assert article_days.read_in("the last fiscal year", calendars, D(2031, 7, 3)) == (D(2029, 7, 1), D(2030, 6, 30))
    # a calendar-year figure tells no calendar apart: nothing to read by
    assert article_days.possible_calendars([("2030", (D(2030, 1, 1), D(2030, 12, 31)))], D(2031, 7, 3)) == []


def _countryless(text="Remittances grew to 34.62 billion dollars in FY31."):
    """b names no country ("Remittances grew to 34.62 billion dollars in FY31. In the first half of
    FY31 they were $16.3 billion."): the extractor read FY31 as 2031. a, of a country with a July
    fiscal year, dates the same figure July 2030 to June 2031; b's $16.3 billion matches no figure
    elsewhere. Returns (claims, texts, meta)."""
    fy31 = ("FY31", "2030-07-01", "2031-06-30")
    a = make_claim("a", 10, "$34.62 billion", 34.62e9, metric="remittances", subject="Pakistan", period=fy31)
    b = make_claim("b", 30, "34.62 billion dollars", 34.62e9, metric="remittances", subject=None,
                   period=("FY31", "2031-01-01", "2031-12-31"))
    half = make_claim("b", 90, "$16.3 billion", 16.3e9, metric="remittances", subject=None,
                      period=("the first half of FY31", "2031-01-01", "2031-06-30"))
    texts = {"a": "Pakistan's remittances hit $34.62 billion in FY31.", "b": text}
    meta = {"a": {"published": "2031-07-02"}, "b": {"published": "2031-07-03"}}
    return [Claim.from_dict(d) for d in (a, b, half)], texts, meta


def _no_country(text="Remittances grew to 34.62 billion dollars in FY31."):
    claims, texts, meta = _countryless(text)
    return {i.id: (i.claim.period.start, i.claim.period.end) for i in prepare(claims, texts, meta=meta)}


def test_an_article_naming_no_country_takes_the_calendar_other_outlets_date_its_figure_in():
    got = _no_country()
    assert got["b:30-51"] == ("2030-07-01", "2031-06-30")   # dated by a's figure
    assert got["b:90-103"] == ("2030-07-01", "2030-12-31")  # read in the July calendar it allows


def test_the_series_names_the_figure_that_told_the_calendar():
    # b's "$16.3 billion" is read in the July calendar a's "$34.62 billion" showed, and its report
    # names that figure as where its period is from
    claims, texts, meta = _countryless()
    rows = build_series(claims, published=meta, texts=texts)
    (report,) = [p for r in rows for p in r["reports"] if p["claim_id"] == "b:90-103"]
    (row,) = [r for r in rows if report in r["reports"]]
    assert (row["period"]["start"], row["period"]["end"]) == ("2030-07-01", "2030-12-31")
    assert report["period_from"] == "a:10-24"


def test_an_article_naming_its_country_keeps_the_extractors_reading():
    # b names its country: whatever the extractor read stands (here, as given, the calendar year)
    got = _no_country(text="Pakistan's remittances grew to 34.62 billion dollars in FY31.")
    assert got["b:90-103"] == ("2031-01-01", "2031-06-30")
