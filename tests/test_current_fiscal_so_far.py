""""The current fiscal year" under a governing month inside it is the year so far, to that month's
end; under a part that opens the year ("the first five months"), that part (periods._relative_fiscal_year).
Every sentence is invented."""
import datetime as dt

from extractor import periods


def _read(phrase, previous):
    (mention,) = periods.find_periods(phrase)
    ctx = periods.Context(published=dt.date(2026, 12, 2), calendar=periods.calendar_of("India"), previous=previous)
    return mention.resolve(ctx)


def test_a_month_inside_the_year_makes_it_the_year_so_far():
    november = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert _read("the current fiscal", november) == (dt.date(2026, 4, 1), dt.date(2026, 11, 30))
    assert _read("this fiscal year", november) == (dt.date(2026, 4, 1), dt.date(2026, 11, 30))


def test_a_part_opening_the_year_stays_that_part_and_no_part_the_whole_year():
    april_august = (dt.date(2026, 4, 1), dt.date(2026, 8, 31))
    assert _read("the current fiscal year", april_august) == april_august
    assert _read("the current fiscal year", None) == (dt.date(2026, 4, 1), dt.date(2027, 3, 31))


def test_the_month_of_a_span_of_months_is_its_latest():
    (mention,) = periods.find_periods("for the month")
    ctx = lambda previous: periods.Context(published=dt.date(2026, 12, 2), previous=previous)  # noqa: E731
    so_far = (dt.date(2026, 4, 1), dt.date(2026, 11, 30))
    assert mention.resolve(ctx(so_far)) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    july = (dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    assert mention.resolve(ctx(july)) == july


def test_the_month_of_a_two_month_span_is_its_latest_too():
    (mention,) = periods.find_periods("for the month")
    april_may = (dt.date(2030, 4, 1), dt.date(2030, 5, 31))
    assert mention.resolve(periods.Context(published=dt.date(2030, 6, 20), previous=april_may)) \
        == (dt.date(2030, 5, 1), dt.date(2030, 5, 31))
