"""An article without a publication date, or naming no country, read by its figures.

When another outlet's identical figure dates one of an undated article's period phrases
(``items.anchor_periods``), the article was published on a day on which that phrase names
those dates: "last month" said of May 2024 is said in June 2024. The days every such phrase
allows then date the article's other relative phrases, but only when all of those days read a
phrase the same way: "the first month of the current fiscal year" once the days are known to
fall in one fiscal year, never "last month" when the days span two months. When no phrase
says anything of the day ("the month under review" dated May 2024), the latest day the
anchored phrases name is the article's reference day, as a day the article stated would be
(``periods.Context.reference``): a year-less "April" beside it is April 2024.

An article that names no country has its fiscal years read in the calendar year ("FY31" as
2031). When other outlets' figures date some of its fiscal phrases, the fiscal calendars that
read those phrases so (``possible_calendars``) read its other fiscal phrases, when they all
agree ("at the end of the fiscal year" beside an anchored "FY31" of July to June).

The claims keep the article's words; only the checker's and the series' reading of the periods
changes (as with ``anchor_periods``), and each item so dated remembers the anchor behind it.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Callable, Iterable, Optional, Sequence

from extractor import periods
from extractor.periods import Calendar, Context

#: A figure is reported within this many days after the end of its period: the publication days
#: searched for an undated article.
SEARCH_DAYS = 731
#: Two readings of a phrase name one period when both ends are at most this many days apart (a
#: fiscal year that begins "about 16 July").
SLACK_DAYS = 3

Dates = tuple[dt.date, dt.date]


@lru_cache(maxsize=4096)
def _mention(text: str) -> Optional[periods.PeriodMention]:
    """The one period phrase ``text`` holds, or None (none, or two: "May and June"); a claim's
    period text may have lost its preposition ("April" of "in April")."""
    for phrase in (text, f"in {text}"):
        found = periods.find_periods(phrase)
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


@lru_cache(maxsize=65536)
def _readings(text: str, calendar: Calendar, day: dt.date, published: bool = True) -> frozenset:
    """The dates of a phrase read on ``day`` (the publication day, else the article's reference
    day), in a passage of fiscal years or not (an undated article's passage is not known): one
    reading when the two agree."""
    mention = _mention(text)
    if mention is None:
        return frozenset()
    out = set()
    for fiscal in (False, True):
        context = Context(published=day if published else None, calendar=calendar, fiscal_passage=fiscal,
                          reference=None if published else day)
        dates = mention.resolve(context)
        if dates:
            out.add((dates[0], dates[1]))
    return frozenset(out)


def _near(a: Dates, b: Dates) -> bool:
    return abs((a[0] - b[0]).days) <= SLACK_DAYS and abs((a[1] - b[1]).days) <= SLACK_DAYS


def possible_days(anchored: Iterable[tuple[str, Calendar, Dates]]) -> list[dt.date]:
    """The days on which an article could have been published, given its period phrases and the
    dates other articles' figures gave them: (phrase, calendar, (start, end)) each. A phrase that
    reads the same on every day searched ("fiscal year 2023-24") or on none ("the review period")
    says nothing of the day and is passed over; [] when no phrase says anything."""
    anchored = list(anchored)
    if not anchored:
        return []
    first = min(d[0] for _, _, d in anchored)
    last = max(d[1] for _, _, d in anchored) + dt.timedelta(days=SEARCH_DAYS)
    days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
    return _narrowed(days, [(dates, lambda day, text=text, calendar=calendar: _readings(text, calendar, day))
                            for text, calendar, dates in anchored])


def _narrowed(candidates: list, anchored: Sequence[tuple[Dates, Callable[[object], frozenset]]]) -> list:
    """The candidates (publication days, fiscal calendars) under which each anchored phrase reads
    the dates another article gave it: (dates, candidate -> readings) each. A phrase that reads
    alike under every candidate, or reads nothing under any, tells nothing and is passed over; []
    when no phrase tells anything."""
    telling = False
    for dates, readings in anchored:
        fits = [c for c in candidates if any(_near(r, dates) for r in readings(c))]
        if not fits or len(fits) == len(candidates):
            continue
        telling = True
        candidates = fits
    return candidates if telling else []


def _agreed(readings: Iterable[frozenset]) -> Optional[Dates]:
    """The one reading all the candidates give a phrase, or None when one gives two or none, or two
    give different dates."""
    found: Optional[Dates] = None
    for reading in readings:
        if len(reading) != 1:
            return None
        (dates,) = reading
        if found is not None and not _near(found, dates):
            return None
        found = found or dates
    return found


def read_on(text: str, calendar: Calendar, days: Sequence[dt.date]) -> Optional[Dates]:
    """The dates a phrase names on every one of ``days``, or None when two days (or the two kinds
    of passage) read it differently, or a day reads nothing."""
    return _agreed(_readings(text, calendar, day) for day in days) if days else None


def read_by_reference(text: str, calendar: Calendar, reference: dt.date) -> Optional[Dates]:
    """The dates of a phrase in an article whose latest stated day is ``reference``, as the
    extractor reads an undated article's phrases beside a day it states; None when a passage of
    fiscal years would read it otherwise, or nothing reads it."""
    readings = _readings(text, calendar, reference, published=False)
    return next(iter(readings)) if len(readings) == 1 else None


#: Phrases read from the period that governs them ("the year-ago period", "the previous quarter",
#: "the review period"): their dates follow that period's calendar.
_DERIVED = frozenset({"anaphor", "shift_year", "shift_year_ahead", "previous_month", "previous_quarter"})


def derived(text: str) -> bool:
    """Whether a period phrase is read from the period that governs it."""
    mention = _mention(text)
    return mention is not None and mention.name in _DERIVED


def known_calendars() -> tuple[Calendar, ...]:
    """The fiscal calendars of the countries ``periods`` knows, and the calendar year."""
    return tuple(dict.fromkeys([periods.CALENDAR_YEAR] + [periods.calendar_of(c) for c in periods._data()["calendars"]]))


def possible_calendars(anchored: Iterable[tuple[str, Dates]], published: dt.date) -> list[Calendar]:
    """The fiscal calendars in which an article published on ``published`` names the dates other
    articles' figures gave its phrases: (phrase, (start, end)) each; [] when no phrase tells one
    calendar from another."""
    return _narrowed(list(known_calendars()), [(dates, lambda calendar, text=text: _readings(text, calendar, published))
                                              for text, dates in anchored])


def read_in(text: str, calendars: Sequence[Calendar], published: dt.date) -> Optional[Dates]:
    """The dates a phrase names on ``published`` in every one of ``calendars``, or None."""
    return _agreed(_readings(text, calendar, published) for calendar in calendars) if calendars else None
