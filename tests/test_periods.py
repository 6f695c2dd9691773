"""Period phrases → inclusive ISO dates (claims.md "Periods")."""
import datetime as dt

import pytest

from extractor.periods import Calendar, Context, find_periods, governing_period, resolve

D = dt.date


def resolved(phrase, published=None, fy_start=1, fiscal=False, previous=None):
    mentions = find_periods(phrase)
    assert len(mentions) == 1 and mentions[0].text == phrase, mentions
    return resolve(mentions[0], Context(published, Calendar(fy_start), fiscal, previous))


@pytest.mark.parametrize("phrase, fy_start, published, start, end", [
    ("2023", 1, None, D(2023, 1, 1), D(2023, 12, 31)),
    ("August 2021", 1, None, D(2021, 8, 1), D(2021, 8, 31)),
    ("July-May 2021-22", 7, None, D(2021, 7, 1), D(2022, 5, 31)),
    # a range across the calendar year on a fiscal year it cannot lie in runs from the label's first year
    ("July-June 2022-23", 10, None, D(2022, 7, 1), D(2023, 6, 30)),
    ("July-March 2022-23", 4, None, D(2022, 7, 1), D(2023, 3, 31)),
    ("fiscal year 2023", 7, None, D(2022, 7, 1), D(2023, 6, 30)),
    ("FY23", 7, None, D(2022, 7, 1), D(2023, 6, 30)),
    ("2022-23", 7, None, D(2022, 7, 1), D(2023, 6, 30)),
    ("fiscal year 2020/21", 7, None, D(2020, 7, 1), D(2021, 6, 30)),
    ("fiscal 2023", 10, None, D(2022, 10, 1), D(2023, 9, 30)),
    ("FY23", 4, None, D(2022, 4, 1), D(2023, 3, 31)),
    ("the first quarter of 2022", 1, None, D(2022, 1, 1), D(2022, 3, 31)),
    ("Q3 2021", 1, None, D(2021, 7, 1), D(2021, 9, 30)),
    ("the first half of 2022", 1, None, D(2022, 1, 1), D(2022, 6, 30)),
    ("the first six months of 2022", 1, None, D(2022, 1, 1), D(2022, 6, 30)),
    ("early 2023", 1, None, D(2023, 1, 1), D(2023, 4, 30)),
    ("mid-2023", 1, None, D(2023, 5, 1), D(2023, 8, 31)),
    ("late 2024", 1, None, D(2024, 9, 1), D(2024, 12, 31)),
    ("last year", 1, D(2025, 6, 3), D(2024, 1, 1), D(2024, 12, 31)),
    ("last month", 1, D(2021, 9, 17), D(2021, 8, 1), D(2021, 8, 31)),
    ("the three months to December", 1, D(2005, 2, 1), D(2004, 10, 1), D(2004, 12, 31)),
    ("February 12", 1, D(2026, 2, 12), D(2026, 2, 12), D(2026, 2, 12)),
    ("the 12 months to 31 December", 1, D(2005, 2, 1), D(2004, 1, 1), D(2004, 12, 31)),
    ("the year to March 2005", 1, None, D(2004, 4, 1), D(2005, 3, 31)),
    ("the last three months of 2004", 1, None, D(2004, 10, 1), D(2004, 12, 31)),
    ("the six months ended June 30, 2004", 1, None, D(2004, 1, 1), D(2004, 6, 30)),
    # a range of days, the first taking the last one's year when it states none
    ("from 15 November 2004 to 3 January 2005", 1, None, D(2004, 11, 15), D(2005, 1, 3)),
    ("between 3 March and 10 March 2005", 1, D(2005, 1, 20), D(2005, 3, 3), D(2005, 3, 10)),
])
def test_periods_resolve(phrase, fy_start, published, start, end):
    assert resolved(phrase, published, fy_start) == (start, end)


def test_periods_fiscal_relative_phrases_use_the_subjects_calendar():
    pub = D(2021, 9, 17)
    assert resolved("this financial year", pub, 7) == (D(2021, 7, 1), D(2022, 6, 30))
    assert resolved("Last fiscal", pub, 7) == (D(2020, 7, 1), D(2021, 6, 30))
    assert resolved("the two months of the current fiscal year", pub, 7) == (D(2021, 7, 1), D(2021, 8, 31))
    # In a fiscal passage "last year" is the previous fiscal year ...
    assert resolved("last year", pub, 7, fiscal=True) == (D(2020, 7, 1), D(2021, 6, 30))
    # ... and after a part of the current fiscal year, the same months a year back (claims.md).
    assert resolved("Last fiscal", pub, 7, previous=(D(2021, 7, 1), D(2021, 8, 31))) == (D(2020, 7, 1), D(2020, 8, 31))


def test_periods_early_july_article_still_reports_the_fiscal_year_just_ended():
    # Seed 000 (2 July 2022) calls July-May 2021-22 "this financial year".
    assert resolved("this financial year", D(2022, 7, 2), 7) == (D(2021, 7, 1), D(2022, 6, 30))


@pytest.mark.parametrize("phrase", ["in recent months", "the past two decades", "over five years", "by 2030"])
def test_periods_vague_spans_keep_text_without_dates(phrase):
    mentions = find_periods(phrase)
    assert mentions and resolve(mentions[0], Context(D(2022, 1, 1))) is None


def test_periods_without_published_relative_stays_open_but_anchors_resolve():
    assert resolved("last year") is None
    # "last year" is relative to publication, not to the period stated before it
    assert resolved("last year", previous=(D(2004, 1, 1), D(2004, 12, 31))) is None
    assert resolved("the year before", previous=(D(2019, 7, 1), D(2020, 6, 30))) == (D(2018, 7, 1), D(2019, 6, 30))


def test_periods_governing_phrase_respects_against():
    text = "During the month under review, exports recorded at $224 million against $124 million in August 2020."
    mentions = find_periods(text)
    q1 = (text.index("$224"), text.index("$224") + len("$224 million"))
    q2 = (text.index("$124"), text.index("$124") + len("$124 million"))
    assert governing_period(mentions, *q1, 0, len(text), text, [q2]).text == "the month under review"
    assert governing_period(mentions, *q2, 0, len(text), text, [q1]).text == "August 2020"


# --- calendars: the economy a figure belongs to (claims.md "Periods") -------------------------

from extractor.periods import article_country, calendar_country, calendar_of  # noqa: E402


def in_country(phrase, country, published=None, previous=None, fiscal=False):
    mentions = find_periods(phrase)
    assert len(mentions) == 1 and mentions[0].text == phrase, mentions
    return resolve(mentions[0], Context(published, calendar_of(country), fiscal, previous))


@pytest.mark.parametrize("phrase, country, start, end", [
    ("FY23", "Pakistan", D(2022, 7, 1), D(2023, 6, 30)),
    ("2022-23", "Bangladesh", D(2022, 7, 1), D(2023, 6, 30)),
    ("FY24", "India", D(2023, 4, 1), D(2024, 3, 31)),
    ("the 2021-22 financial year", "UK", D(2021, 4, 1), D(2022, 3, 31)),
    ("fiscal 2023", "United States", D(2022, 10, 1), D(2023, 9, 30)),
    ("2081/82", "Nepal", D(2024, 7, 16), D(2025, 7, 15)),
    ("fiscal year 2024/25", "Nepal", D(2024, 7, 16), D(2025, 7, 15)),
    ("fiscal year 2023", "Sri Lanka", D(2023, 1, 1), D(2023, 12, 31)),
    ("FY 2018-19", "Pakistan", D(2018, 7, 1), D(2019, 6, 30)),
    ("fiscal year 2023", None, D(2023, 1, 1), D(2023, 12, 31)),
])
def test_periods_fiscal_year_follows_the_countrys_calendar(phrase, country, start, end):
    assert in_country(phrase, country) == (start, end)


def test_periods_bikram_sambat_year_is_nepals_whatever_the_calendar():
    # BS year N/N+1 starts in mid-July of AD N-57, even on a page whose country is unknown.
    assert in_country("2080/81", None) == (D(2023, 7, 16), D(2024, 7, 15))


def test_periods_split_year_never_reads_as_two_calendar_years():
    # "FY 2018-19" with no fiscal calendar known names no single year: open, not 2018-01..2019-12.
    assert in_country("FY 2018-19", None) is None
    assert in_country("2018-19", "Sri Lanka") is None


def test_periods_article_country_from_dateline_names_and_hints():
    assert article_country("KARACHI: Textile exports fell, the SBP said. Dhaka also ...") == "Pakistan"
    assert article_country("Exports of Rs 4.5 lakh crore were reported by the ministry.") == "India"
    assert article_country("Remittances in 2081/82 rose, the report said.") == "Nepal"
    # "US dollars" names a currency, not the country
    assert article_country("Colombo: remittances reached 500 million US dollars.") == "Sri Lanka"
    assert article_country("Nothing here names a place.", fallback="Kenya") == "Kenya"
    # the dateline comes first (claims.md): a partner named at the top does not make it its article
    assert article_country("ISLAMABAD: Exports to the United States rose in 2022-23.") == "Pakistan"


def test_an_article_naming_no_country_is_known_by_its_institutions(claims_of):
    # bodies, programmes and indices of one country's economy: a story that names none of its places
    assert article_country("Apparel exports rose, the Export Promotion Bureau said on Sunday.") == "Bangladesh"
    assert article_country("The PSDP has been set at Rs701bn.") == "Pakistan"
    assert article_country("The CCPI rose 0.7% in July, the Department of Census and Statistics said.") == "Sri Lanka"
    claims = claims_of("The country's apparel export earnings grew 7 per cent to $41.26bn in July-April, "
                       "EPB data showed.", published="2030-05-07")
    money = next(c for c in claims if c["quantity"]["text"] == "$41.26bn")
    assert money["subject"] == "Bangladesh"
    assert (money["period"]["start"], money["period"]["end"]) == ("2029-07-01", "2030-04-30")


def test_periods_a_partner_named_under_a_dateline_keeps_the_datelines_fiscal_year(claims_of):
    claims = claims_of("ISLAMABAD: Exports to the United States were $5.1 billion in 2030-31.", published="2031-08-10")
    assert (claims[0]["period"]["start"], claims[0]["period"]["end"]) == ("2030-07-01", "2031-06-30")


def test_periods_calendar_country_keeps_the_figures_economy():
    # a country subject named in its sentence keeps its own calendar ...
    assert calendar_country("United States", "Pakistan", "US federal spending rose in fiscal 2023.") == "United States"
    # ... a subject that is no country (company, sector) takes the article's country ...
    assert calendar_country("Indus Mills", "Pakistan", "Indus Mills earned Rs 2bn in FY23.") == "Pakistan"
    assert calendar_country(None, "Bangladesh") == "Bangladesh"
    # ... and "US dollars" does not make a Nepali figure American
    assert calendar_country("United States", "Nepal", "Inflows reached 1.1 billion in US dollars.") == "Nepal"


# --- parts of fiscal years -------------------------------------------------------------------

@pytest.mark.parametrize("phrase, country, published, start, end", [
    ("2QFY23", "Pakistan", None, D(2022, 10, 1), D(2022, 12, 31)),
    ("Q3 FY2019-20", "Pakistan", None, D(2020, 1, 1), D(2020, 3, 31)),
    ("Q1 of 2023-24", "India", None, D(2023, 4, 1), D(2023, 6, 30)),
    ("H1FY25", "Pakistan", None, D(2024, 7, 1), D(2024, 12, 31)),
    ("1HFY24", "Bangladesh", None, D(2023, 7, 1), D(2023, 12, 31)),
    ("the first half of FY24", "India", None, D(2023, 4, 1), D(2023, 9, 30)),
    ("7MFY20", "Pakistan", None, D(2019, 7, 1), D(2020, 1, 31)),
    ("10MFY23", "Pakistan", None, D(2022, 7, 1), D(2023, 4, 30)),
    ("11MFY18", "Bangladesh", None, D(2017, 7, 1), D(2018, 5, 31)),
    ("July-Mar FY19", "Pakistan", None, D(2018, 7, 1), D(2019, 3, 31)),
    ("Jul-Apr 2022-23", "Pakistan", None, D(2022, 7, 1), D(2023, 4, 30)),
    ("July-December (2022-23)", "Pakistan", None, D(2022, 7, 1), D(2022, 12, 31)),
    ("the first five months of the current fiscal year", "Pakistan", D(2023, 12, 10), D(2023, 7, 1), D(2023, 11, 30)),
    ("the first month of the current fiscal year", "Nepal", D(2024, 8, 20), D(2024, 7, 16), D(2024, 8, 15)),
    ("the third quarter of the current fiscal year", "Pakistan", D(2024, 4, 20), D(2024, 1, 1), D(2024, 3, 31)),
    ("the first half (July-December) of the current fiscal year", "Pakistan", D(2023, 1, 4), D(2022, 7, 1), D(2022, 12, 31)),
])
def test_periods_parts_of_fiscal_years(phrase, country, published, start, end):
    assert in_country(phrase, country, published) == (start, end)


def test_periods_current_fiscal_year_part_must_have_ended_by_publication():
    # Published on 5 July: the first five months of the fiscal year begun on 1 July have not
    # happened, so "the current fiscal year" is the one just ended (no fixed reporting lag).
    assert in_country("the first five months of the current fiscal year", "Pakistan", D(2023, 7, 5)) == \
        (D(2022, 7, 1), D(2022, 11, 30))


def test_periods_outgoing_fiscal_year_is_the_nearer_end():
    assert in_country("the outgoing fiscal year", "Pakistan", D(2023, 6, 10)) == (D(2022, 7, 1), D(2023, 6, 30))
    assert in_country("the outgoing fiscal year", "Pakistan", D(2023, 9, 10)) == (D(2022, 7, 1), D(2023, 6, 30))
    # a budget presented weeks before its year: the year about to end, however many weeks
    assert in_country("the outgoing fiscal year", "Nepal", D(2030, 5, 29)) == (D(2029, 7, 16), D(2030, 7, 15))
    assert in_country("the outgoing fiscal year", "India", D(2030, 2, 1)) == (D(2029, 4, 1), D(2030, 3, 31))


@pytest.mark.parametrize("phrase", ["the next fiscal year", "the coming fiscal year", "the upcoming fiscal year",
                                    "the forthcoming fiscal year"])
def test_periods_a_coming_fiscal_year_is_the_next_one(phrase):
    # a budget presented in June is for the fiscal year that begins in July
    assert in_country(phrase, "Pakistan", D(2029, 6, 10)) == (D(2029, 7, 1), D(2030, 6, 30))
    assert in_country(phrase, "Nepal", D(2029, 5, 30)) == (D(2029, 7, 16), D(2030, 7, 15))


# --- ranges, stocks at a date, shifts ---------------------------------------------------------

@pytest.mark.parametrize("phrase, published, start, end", [
    ("July 2022 to March 2023", None, D(2022, 7, 1), D(2023, 3, 31)),
    ("between July and March", D(2023, 4, 15), D(2022, 7, 1), D(2023, 3, 31)),
    ("from January to June 2023", None, D(2023, 1, 1), D(2023, 6, 30)),
    ("as of 13 October", D(2023, 10, 19), D(2023, 10, 13), D(2023, 10, 13)),
    ("as on October 6, 2023", None, D(2023, 10, 6), D(2023, 10, 6)),
    ("the week ended on 13-Oct-2023", None, D(2023, 10, 7), D(2023, 10, 13)),
    ("end-June 2023", None, D(2023, 6, 30), D(2023, 6, 30)),
    ("at the end of June", D(2023, 8, 1), D(2023, 6, 30), D(2023, 6, 30)),
    ("on December 13", D(2023, 12, 20), D(2023, 12, 13), D(2023, 12, 13)),
    ("the week ended 12 May", D(2023, 5, 20), D(2023, 5, 6), D(2023, 5, 12)),
    ("last month", D(2024, 6, 3), D(2024, 5, 1), D(2024, 5, 31)),
])
def test_periods_ranges_and_dates(phrase, published, start, end):
    assert resolved(phrase, published) == (start, end)


@pytest.mark.parametrize("phrase, previous, start, end", [
    ("the same period last year", (D(2023, 7, 1), D(2024, 3, 31)), D(2022, 7, 1), D(2023, 3, 31)),
    ("the corresponding period of the last fiscal year", (D(2023, 7, 1), D(2023, 12, 31)), D(2022, 7, 1), D(2022, 12, 31)),
    ("a year earlier", (D(2024, 2, 1), D(2024, 2, 29)), D(2023, 2, 1), D(2023, 2, 28)),
    ("the previous month", (D(2024, 5, 1), D(2024, 5, 31)), D(2024, 4, 1), D(2024, 4, 30)),
    ("the preceding month", (D(2024, 1, 1), D(2024, 1, 31)), D(2023, 12, 1), D(2023, 12, 31)),
    ("the previous quarter", (D(2023, 4, 1), D(2023, 6, 30)), D(2023, 1, 1), D(2023, 3, 31)),
    ("the same month of 2022", (D(2024, 6, 1), D(2024, 6, 30)), D(2022, 6, 1), D(2022, 6, 30)),
])
def test_periods_shifts_move_the_governing_period(phrase, previous, start, end):
    assert resolved(phrase, D(2024, 7, 20), fy_start=7, previous=previous) == (start, end)


def test_periods_nepal_months_sit_on_shrawan_1():
    assert in_country("in Shrawan", "Nepal", D(2024, 8, 25)) == (D(2024, 7, 16), D(2024, 8, 15))


# --- through the real pipeline: which mention governs a figure --------------------------------

def _period(claims, surface):
    [c] = [c for c in claims if c["quantity"]["text"] == surface]
    return (c["period"]["start"], c["period"]["end"]) if c.get("period") else None


def test_pipeline_base_period_is_the_base_figures_only(claims_of):
    claims = claims_of("Ruritania's exports were $2.3 billion in July-March FY24 against $2.1 billion in the "
                       "same period last year. Imports reached $4.4 billion.", "2024-04-20")
    # Ruritania has no fiscal calendar of its own: "July-March FY24" starts with its first month.
    assert _period(claims, "$2.3 billion") == ("2023-07-01", "2024-03-31")
    assert _period(claims, "$2.1 billion") == ("2022-07-01", "2023-03-31")
    # the base does not carry: the next figure keeps the governing period
    assert _period(claims, "$4.4 billion") == _period(claims, "$2.3 billion")


def test_pipeline_pakistani_figure_stays_on_pakistans_calendar(claims_of):
    claims = claims_of("ISLAMABAD: Pakistan's exports to the United States rose 8 percent to $5.2 billion in "
                       "FY24, the statistics bureau said.", "2024-07-20")
    assert _period(claims, "$5.2 billion") == ("2023-07-01", "2024-06-30")


def test_pipeline_company_figure_takes_the_articles_country(claims_of):
    claims = claims_of("KARACHI: Indus Weaving Mills posted a profit of Rs 2.4 billion in FY23, the company "
                       "told the Pakistan Stock Exchange.", "2023-09-01")
    assert _period(claims, "Rs 2.4 billion") == ("2022-07-01", "2023-06-30")


def test_pipeline_comparison_does_not_take_over_the_passage(claims_of):
    claims = claims_of("Imports fell to $4.1 billion in May 2024 compared with $4.6 billion in April 2024. "
                       "Exports rose to $2.2 billion.", "2024-06-10")
    assert _period(claims, "$4.6 billion") == ("2024-04-01", "2024-04-30")
    assert _period(claims, "$2.2 billion") == ("2024-05-01", "2024-05-31")


def test_pipeline_week_change_and_stock_at_its_end(claims_of):
    claims = claims_of("The central bank's reserves rose by $40 million to $9.1 billion during the week "
                       "ended 12 May.", "2023-05-19")
    assert _period(claims, "$40 million") == ("2023-05-06", "2023-05-12")
    assert _period(claims, "$9.1 billion") == ("2023-05-12", "2023-05-12")


def test_pipeline_nepal_first_month_of_current_fiscal_year(claims_of):
    claims = claims_of("KATHMANDU: Nepal's remittance inflow rose 12 percent to Rs 140 billion in the first "
                       "month of the current fiscal year.", "2024-08-25")
    assert _period(claims, "Rs 140 billion") == ("2024-07-16", "2024-08-15")


def test_pipeline_conversion_in_brackets_shares_the_period(claims_of):
    claims = claims_of("New Delhi: The government collected Rs 1.87 trillion ($22.9 billion) in March 2024.",
                       "2024-04-02")
    assert _period(claims, "Rs 1.87 trillion") == _period(claims, "$22.9 billion") == ("2024-03-01", "2024-03-31")


def test_pipeline_change_then_level_takes_the_levels_period(claims_of):
    claims = claims_of("Dhaka: Garment exports fell 6.5 percent year-on-year to $3.9 billion in 1HFY24.",
                       "2024-01-10")
    assert _period(claims, "6.5 percent") == _period(claims, "$3.9 billion") == ("2023-07-01", "2023-12-31")


def test_pipeline_period_stated_without_figure_carries(claims_of):
    claims = claims_of("KATHMANDU: The central bank released data for the first month of the fiscal year "
                       "2081/82 on Friday. Remittances reached Rs 140 billion.", "2024-08-25")
    assert _period(claims, "Rs 140 billion") == ("2024-07-16", "2024-08-15")


def test_pipeline_year_back_period_does_not_take_over(claims_of):
    # "In March last year, ..." is a comparison: it governs its own paragraph, then the passage's
    # period (March 2024) resumes.
    claims = claims_of("Tax revenue was Rs 2.1 trillion in March 2024. In March last year, Rs 1.9 trillion was "
                       "collected, and Rs 0.7 trillion was refunded.\n\nOf the total, Rs 0.8 trillion came from "
                       "income tax.", "2024-04-02")
    assert _period(claims, "Rs 1.9 trillion") == ("2023-03-01", "2023-03-31")
    assert _period(claims, "Rs 0.7 trillion") == ("2023-03-01", "2023-03-31")
    assert _period(claims, "Rs 0.8 trillion") == ("2024-03-01", "2024-03-31")


def test_periods_anaphors_and_same_date_last_year():
    may = (D(2024, 5, 1), D(2024, 5, 31))
    day = (D(2024, 5, 20), D(2024, 5, 20))
    assert resolved("the period under review", previous=may) == may
    # "during the month" after a single day is that day's month
    assert resolved("during the month", previous=day) == may
    assert resolved("last year (on the same date)", D(2024, 6, 1), previous=day) == (D(2023, 5, 20), D(2023, 5, 20))


def test_pipeline_period_carries_over_short_paragraphs_not_far(claims_of):
    text = ("Exports were $2.3 billion in March 2024.\n\nImports were $4.1 billion.\n\n"
            "The deficit was $1.8 billion.\n\n")
    claims = claims_of(text, "2024-04-10")
    assert _period(claims, "$1.8 billion") == ("2024-03-01", "2024-03-31")  # two short paragraphs on
    filler = "The minister spoke about the weather and the harvest at some length. " * 8
    claims = claims_of(text + filler + "\n\n" + filler + "\n\nThe port handled 120 ships.", "2024-04-10")
    assert _period(claims, "120") is None  # far beyond the passage that stated March 2024


# --- which mention governs: a later event, a record and a base are not the figure's period (issue 12) -----

@pytest.mark.issue(12)
@pytest.mark.parametrize("text, surface, period", [
    # "after ..." tells of another event: the period before the figure governs
    ("Ruritania's statistics office said growth for the whole of 2004 was 1.6%, after a year of contraction "
     "in 2003.", "1.6%", ("2004-01-01", "2004-12-31")),
    # "the highest since ..." dates the record, not the figure
    ("Throughout 2004, the number of people in work in Ruritania increased to 28.52 million - the highest "
     "figure since records began in 1971.", "28.52 million", ("2004-01-01", "2004-12-31")),
    ("In 2004, Ruritania's exports rose to $2 billion, the biggest since 1998.", "$2 billion",
     ("2004-01-01", "2004-12-31")),
    # "from its 2003 performance" is the base of the change, not the period of the figures after it
    ("In 2004, Zenda posted a profit of $3.4bn, up 27% from its 2003 performance, while revenues grew 6.4%.",
     "6.4%", ("2004-01-01", "2004-12-31")),
])
def test_pipeline_later_events_records_and_bases_do_not_govern(claims_of, text, surface, period):
    assert _period(claims_of(text, "2005-02-10"), surface) == period


@pytest.mark.issue(12)
def test_pipeline_a_stock_by_the_end_of_last_year_is_that_day(claims_of):
    claims = claims_of("Employment in Ruritania's factories fell to a record low of 3.24 million by the end of "
                       "last year.", "2005-02-10")
    assert _period(claims, "3.24 million") == ("2004-12-31", "2004-12-31")


def _period_of(claims_of, text, surface):
    [claim] = [c for c in claims_of(text) if c["quantity"]["text"] == surface]
    return claim["period"]


def test_pipeline_a_year_in_a_forecast_clause_governs_neither_the_figure_nor_what_follows(claims_of):
    # invented (bbc-dev2 shape): "warned that … in 2031 may" is the forecast's time
    text = ("Grobel saw its profits drop 12% and warned that earnings in 2031 may also slide. "
            "Rival Quillbank suffered a 4% fall in sales.")
    assert _period_of(claims_of, text, "12%") is None
    assert _period_of(claims_of, text, "4%") is None


def test_pipeline_a_point_compared_with_does_not_date_an_undated_month(claims_of):
    # invented: "last seen in 1996" is a comparison point, not the year of "in March"
    text = ("Loans in March fell to 51,000 from 53,000 in February. "
            "Approvals have fallen to levels last seen in 1996.")
    period = _period_of(claims_of, text, "51,000")
    assert period is not None and period["start"] is None


def test_pipeline_a_bracketed_conversion_does_not_cut_the_figure_from_its_period(claims_of):
    # invented: "(£5m; $7m)" between the figure and "during 2031"
    text = "Net income at Grobel fell to 6m euros (£5m; $7m) during 2031."
    assert _period_of(claims_of, text, "6m euros")["start"] == "2031-01-01"


def test_pipeline_a_horizon_does_not_date_an_undated_month(claims_of):
    # invented: "by the middle of 2032" is a horizon, not the year of "through June"
    text = ("Grobel posted a loss of 9m euros in the 12 months through June. "
            "It said debts will rise to 40m euros by the middle of 2032.")
    period = _period_of(claims_of, text, "9m euros")
    assert period is None or period["start"] is None


def test_periods_day_dates_read_without_dateparser_as_dateparser_reads_them():
    """_plain_day reads the day rule's own forms; it must give dateparser's day (and the latest such
    day by the anchor when there is no year), and leave leap days and other forms to dateparser."""
    from extractor import periods

    anchors = [dt.date(2024, 3, 10), dt.date(2023, 1, 1), dt.date(2020, 2, 29), dt.date(2025, 12, 31)]
    forms = ["{d} {m} {y}", "{d}th {m}, {y}", "{d}-{m}-{y}", "{m} {d}, {y}", "{m}, {d}, {y}", "{d} {m}", "{m} {d}",
             "{m} {d}nd"]
    compared = 0
    for i, name in enumerate(sorted(periods.MONTHS)):
        month = [name, name.upper(), name.capitalize() + "."][i % 3]
        for j, form in enumerate(forms):
            d = (1, 9, 12, 28, 30, 31)[(i + j) % 6]
            phrase = form.format(d=d, m=month, y=(2023, 1999, 2024)[j % 3])
            has_year = "{y}" in form
            for anchor in anchors[: 4 if not has_year else 1]:
                plain = periods._plain_day(phrase, anchor)
                if plain is None:  # an impossible day ("30 Feb"): dateparser's own answer
                    continue
                assert plain == periods._dateparser_day(phrase, anchor, has_year), (phrase, anchor)
                compared += 1
    assert compared > 300
    assert periods._plain_day("29 February", dt.date(2024, 3, 1)) is None  # a leap day: dateparser
    assert periods._plain_day("on Monday", dt.date(2024, 3, 1)) is None
    assert periods._parse_day("on 3 March", dt.date(2024, 3, 1)) == dt.date(2023, 3, 3)


def test_periods_a_full_month_name_takes_no_sentence_full_stop():
    from extractor.periods import find_periods

    texts = [m.text for m in find_periods("Sales rose in the 12 months to 31 December. In Sept. 2031 they fell.")]
    assert texts == ["the 12 months to 31 December", "Sept. 2031"]  # an abbreviation keeps its dot


@pytest.mark.parametrize("phrase, published, start, end", [
    ("between the third and fourth quarters of 2004", None, D(2004, 7, 1), D(2004, 12, 31)),
    ("from the first to the third quarter of 2031", None, D(2031, 1, 1), D(2031, 9, 30)),
    ("between the first and second quarters of 2029", None, D(2029, 1, 1), D(2029, 6, 30)),
    ("the years from 2026 to 2035", None, D(2026, 1, 1), D(2035, 12, 31)),
    ("from 2030 through 2032", None, D(2030, 1, 1), D(2032, 12, 31)),
    ("yesterday", D(2031, 3, 1), D(2031, 2, 28), D(2031, 2, 28)),
])
def test_periods_spans_of_quarters_and_years_and_yesterday(phrase, published, start, end):
    assert resolved(phrase, published=published) == (start, end)


def test_periods_years_from_are_fiscal_in_a_fiscal_passage():
    assert resolved("the years from 2026 to 2035", fy_start=10, fiscal=True) == (D(2025, 10, 1), D(2035, 9, 30))


def test_periods_yesterday_on_an_undated_page_has_no_dates():
    assert resolved("yesterday") is None


def test_pipeline_yesterday_dates_its_own_sentence_but_not_a_statement(claims_of):
    claims = claims_of("Zentara's envoy met the 35-member trade council at the embassy yesterday. Officials said "
                       "yesterday that exports rose 5%.", published="2031-03-01")
    by = {c["quantity"]["text"]: c["period"] for c in claims}
    assert (by["35"]["start"], by["35"]["end"]) == ("2031-02-28", "2031-02-28")
    assert by["5%"] is None


@pytest.mark.parametrize("text, surfaces", [
    ("Prices fell in seven out of 10 regions between the third and fourth quarters of 2031.", ("seven", "10")),
    ("Output rose in six out of nine provinces in 2031.", ("six", "nine")),
])
def test_pipeline_a_share_out_of_a_whole_shares_its_period(claims_of, text, surfaces):
    claims = claims_of(text)
    assert len({(c["period"] or {}).get("end") for c in claims if c["quantity"]["text"] in surfaces}) == 1
    assert all(c["period"] and c["period"]["end"] == "2031-12-31" for c in claims if c["quantity"]["text"] in surfaces)


@pytest.mark.parametrize("phrase", ["five years ago", "two decades ago", "a decade ago", "several years ago", "12 years ago"])
def test_periods_years_ago_keep_text_without_dates(phrase):
    assert find_periods(phrase)[0].rule.kind == "vague"
    assert resolved(phrase, published=D(2031, 5, 1)) is None


def test_pipeline_years_ago_is_no_carried_period(claims_of):
    claims = claims_of("Vellco's profit in the fourth quarter was 77m euros. It was fined 11m euros for breaking "
                       "merger rules five years ago.", published="2031-02-01")
    by = {c["quantity"]["text"]: c["period"] for c in claims}
    assert by["77m euros"]["start"] == "2030-10-01"
    assert by["11m euros"]["start"] is None


@pytest.mark.parametrize("opening", ["from July onward", "from July onwards", "from June 2030 onwards"])
def test_pipeline_a_span_still_open_governs_nothing_after(claims_of, opening):
    claims = claims_of(f"Zentara's economy has been flat {opening}. Car sales fell by 9,000 units.", published="2031-02-01")
    assert [c["period"] for c in claims if c["quantity"]["text"] == "9,000"] == [None]


@pytest.mark.parametrize("text, base", [
    ("more than 10 lakh workers left in the last fiscal year", False),
    ("fewer than 300 firms closed in the last fiscal year", False),
    ("exports were higher than in the last fiscal year", True),
    ("Rs 5bn, less than in the previous fiscal year", True),
    ("$3bn, more than the $2bn of the last fiscal year", True),
])
def test_periods_more_than_a_figure_is_no_comparison_base(text, base):
    [m] = [m for m in find_periods(text) if m.name == "fiscal_year"]
    assert m.base is base


@pytest.mark.parametrize("text", [
    "About half of the inflows came through informal channels even before the coronavirus pandemic.",
    "Some 40% of the firms have shut since the pandemic.",
    "Tourist numbers halved during the Covid-19 pandemic.",
])
def test_periods_a_time_told_by_the_pandemic_is_vague(text):
    assert [m.rule.kind for m in find_periods(text)] == ["vague"]


def test_pipeline_an_undated_pages_last_fiscal_year_is_the_one_it_reports_ended(claims_of):
    text = ("Bangladeshi workers sent home $9.5bn in FY31\n"
            "Migrant workers sent $9.5bn home to Bangladesh in the just-concluded fiscal year, data showed. "
            "Some $9.1bn was remitted in FY30.\n"
            "More than 4 lakh workers left Bangladesh for jobs abroad in the last fiscal year.")
    claims = claims_of(text)
    [c] = [c for c in claims if c["quantity"]["text"] == "4 lakh"]
    assert (c["period"]["start"], c["period"]["end"]) == ("2030-07-01", "2031-06-30")


@pytest.mark.parametrize("text, surface, start, end", [
    ("Zentara's output grew 7.1% in April-June 2031. It grew 5.2% in January-March 2031 and 9.4% in April-June "
     "2030. Services growth in the previous quarter was 4.9%.", "4.9%", "2031-01-01", "2031-03-31"),
    ("Exports rose 6% in March 2031. They had risen 4% in March 2030. Imports fell 2% in the previous month.",
     "2%", "2031-02-01", "2031-02-28"),
    ("Sales rose 3% in the third quarter of 2031 after 2% in the third quarter of 2030. Margins in the "
     "previous quarter were 8%.", "8%", "2031-04-01", "2031-06-30"),
])
def test_pipeline_the_previous_quarter_is_before_the_latest_one_reported(claims_of, text, surface, start, end):
    [c] = [c for c in claims_of(text, published="2031-08-01") if c["quantity"]["text"] == surface]
    assert (c["period"]["start"], c["period"]["end"]) == (start, end)
