"""A fiscal phrase that says when its year begins ("the first eight months of the fiscal year that
began in April") is one phrase on that calendar: the month is no period of its own, and an article
naming no country still gets a fiscal year (periods._BEGAN, periods._on_stated_calendar).
Every sentence is invented."""
import datetime as dt

from extractor import periods

D = dt.date


def _read(phrase, published=D(2026, 12, 15), country=None):
    (mention,) = periods.find_periods(phrase)
    ctx = periods.Context(published=published, calendar=periods.calendar_of(country))
    return mention.text, mention.resolve(ctx)


def test_the_month_a_year_began_in_is_part_of_the_phrase_not_a_period():
    text, dates = _read("in the first eight months of the fiscal year that began in April")
    assert text.endswith("that began in April")
    assert dates == (D(2026, 4, 1), D(2026, 11, 30))


def test_the_stated_month_sets_the_calendar_of_a_countryless_article():
    # a split year on the calendar year names no single year; "began in April" says which
    assert _read("the 2026/27 fiscal year that began in April")[1] == (D(2026, 4, 1), D(2027, 3, 31))
    assert _read("the first half of the fiscal year which started on April 1")[1] == (D(2026, 4, 1), D(2026, 9, 30))
    # the stated month wins over the country's own calendar (a company's year)
    assert _read("the fiscal year that began in October", country="India")[1] == (D(2026, 10, 1), D(2027, 9, 30))


def test_a_stated_year_fixes_which_fiscal_year():
    assert _read("the fiscal year that began in July 2025")[1] == (D(2025, 7, 1), D(2026, 6, 30))
    assert _read("the third quarter of the financial year that began in April 2025")[1] == (D(2025, 10, 1), D(2025, 12, 31))


def test_a_current_fiscal_year_with_a_relative_clause_stays_one_phrase():
    text, dates = _read("the current fiscal year, which began in July")
    assert text == "the current fiscal year, which began in July"
    assert dates == (D(2026, 7, 1), D(2027, 6, 30))


def test_figures_take_the_fiscal_part_not_the_month(claims_of):
    claims = claims_of("India's GST collections in the first seven months of the fiscal year that began in "
                       "April rose 9% to 14.63 trillion rupees.", published="2026-11-20")
    periods_of = {c["quantity"]["text"]: (c["period"]["start"], c["period"]["end"]) for c in claims}
    assert periods_of["14.63 trillion rupees"] == ("2026-04-01", "2026-10-31")
    assert periods_of["9%"] == ("2026-04-01", "2026-10-31")

