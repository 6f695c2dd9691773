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
