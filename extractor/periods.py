"""Period phrases: find them in the text, pick the one that governs each figure, resolve it to dates.

Every phrase is one entry of ``RULES``: a pattern, what kind of period it is, and the function
that turns its match into inclusive dates. Adding a phrase is adding one entry. The word lists
(months, number words, ordinals, fiscal calendars, the words that name a country) live in
``extractor/data/periods.json``; dateparser reads the day dates ("Oct, 6, 2023",
"13-Oct-2023", "5th Jan, 2024").

Resolution follows claims.md "Periods": inclusive ISO dates against the article's publication
date, fiscal years on the calendar of the economy the figure belongs to, vague spans and
horizons keep their text with null dates, shifts ("the same period last year", "the previous
month") move the period that governs the passage.
"""
from __future__ import annotations

import calendar as _calendar
import dataclasses
import datetime as dt
import re
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Optional, Sequence

from extractor import lexicons
from extractor.intervals import DisjointSpans
from extractor.names import as_partner
from extractor.prefilter import finditer as scan, lowered_for_matching, may_match, required_words, with_first_look_ahead

Dates = Optional[tuple[dt.date, dt.date]]
_DAY = dt.timedelta(days=1)


def _data() -> dict:
    return lexicons.load("periods")


MONTHS: dict[str, int] = _data()["months"]
NUMBERS: dict[str, int] = _data()["numbers"]
ORDINALS: dict[str, int] = _data()["ordinals"]
NEPALI_MONTHS: dict[str, int] = _data()["nepali_months"]


# --- calendars ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Calendar:
    """A fiscal calendar: the month and day its year starts (1, 1 = the calendar year)."""

    month: int = 1
    day: int = 1

    @property
    def is_calendar_year(self) -> bool:
        return (self.month, self.day) == (1, 1)

    def start(self, year: int) -> dt.date:
        """The first day of the fiscal year that starts in AD ``year``."""
        return dt.date(year, self.month, self.day)

    def year(self, start_year: int) -> tuple[dt.date, dt.date]:
        """The fiscal year starting in ``start_year`` ("2021-22" starts in 2021)."""
        start = self.start(start_year)
        return start, _add_months(start, 12) - _DAY

    def ending_in(self, end_year: int) -> tuple[dt.date, dt.date]:
        """The fiscal year that ends in ``end_year`` ("FY23", "fiscal year 2023")."""
        return self.year(end_year if self.is_calendar_year else end_year - 1)

    def containing(self, day: dt.date) -> tuple[dt.date, dt.date]:
        return self.year(day.year if day >= self.start(day.year) else day.year - 1)

    def months(self, start_year: int, first: int, count: int) -> tuple[dt.date, dt.date]:
        """Months ``first``..``first + count - 1`` (1-based) of the fiscal year starting in ``start_year``."""
        start = _add_months(self.start(start_year), first - 1)
        return start, _add_months(start, count) - _DAY


CALENDAR_YEAR = Calendar()
NEPAL = Calendar(*_data()["calendars"]["Nepal"])
BIKRAM_SAMBAT_OFFSET = 57  # BS year N/N+1 starts in mid-July of AD N - 57
BIKRAM_SAMBAT_FROM = 2070  # a year written 2070 or later is a Bikram Sambat year (AD 2013 onwards)


def calendar_of(country: Optional[str]) -> Calendar:
    """The fiscal calendar of a country; the calendar year for a country not listed or unknown."""
    start = _data()["calendars"].get(country or "")
    return Calendar(*start) if start else CALENDAR_YEAR


_CURRENCY_NAMES = re.compile(r"\bU\.?S\.?\s?(?:\$|dollars?)|\bUSD\b|\bUS\$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _country_patterns() -> dict[str, re.Pattern]:
    return {country: re.compile(lexicons.alternation(names))
            for country, names in _data()["countries"].items()}


_BIKRAM_SAMBAT_YEAR = re.compile(r"\b20[7-9]\d\s?[-/–]\s?\d\d\b")


@lru_cache(maxsize=None)
def _country_required() -> dict[str, tuple]:
    return {country: required_words(p.pattern, p.flags) for country, p in _country_patterns().items()}


# "Tk 9.85 lakh crore": the scale of a taka amount is no hint of India (periods.json's "lakh crore")
_TAKA_SCALE = re.compile(r"(\b(?:Tk|BDT)\.?\s?[\d.,]+\s+)lakh\s+crore|lakh\s+crore(?=\s+taka\b)")


def country_cues(text: str) -> dict[str, int]:
    """How often ``text`` names each country of periods.json by its name, people, cities, statistics
    office, central bank, exchange, tax authority or currency ("KSE-100", "CGST", "lakh crore"),
    leaving out a flow's partner ("exports to India")."""
    text = _CURRENCY_NAMES.sub(" ", text)
    text = _TAKA_SCALE.sub(lambda m: m.group(1) or " ", text)
    lowered, required = lowered_for_matching(text), _country_required()
    # a pattern whose names' words the text lacks finds nothing (prefilter.py): not run
    # scan: only stretches that can match (prefilter.py); a flow's partner ("exports to India") is no cue
    counts = {c: sum(1 for m in scan(p, text, lowered, required[c]) if not as_partner(text, m.start()))
              if may_match(required[c], lowered) else 0 for c, p in _country_patterns().items()}
    counts["Nepal"] = counts.get("Nepal", 0) + len(_BIKRAM_SAMBAT_YEAR.findall(text))  # "2081/82" is Nepal's
    return {c: n for c, n in counts.items() if n}


# a dateline in capitals at the start of the text, after an optional "date YYYY-MM-DD" header:
# "KATHMANDU:", "NEW DELHI, July 3 (Reuters) -", "DHAKA -"
_CAPITAL_DATELINE = re.compile(r"\A\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?([A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3})\s*(?:[:,(]|[-–—]\s)")


def dateline_country(text: str) -> Optional[str]:
    """The country of a dateline written in capitals ("KATHMANDU:", "NEW DELHI, July 3 -"), which the
    country names (written "Kathmandu") do not match as they stand; None when there is none."""
    m = _CAPITAL_DATELINE.match(text)
    if m is None:
        return None
    counts = country_cues(m.group(1).title())
    return max(counts, key=counts.get) if counts else None


def article_country(text: str, title: str = "", fallback: Optional[str] = None) -> Optional[str]:
    """The country an article is about, for the calendar of figures whose subject is no country:
    the country of its dateline (claims.md's first cue); else the one its header line (the first
    150 characters, counting three times) and its text name most (country, people, cities,
    statistics office, central bank, currency code; "US dollars" names no country), the headline
    counting twice; ``fallback`` when none is named."""
    dateline = dateline_country(text)
    if dateline is not None:
        # the contract's first cue: "ISLAMABAD: Exports to the United States …" is Pakistan's article
        return dateline
    head = country_cues(text[:150])
    counts = country_cues(text)
    for country, n in country_cues(title).items():
        counts[country] = counts.get(country, 0) + 2 * n
    for country, n in head.items():
        counts[country] = counts.get(country, 0) + 3 * n
    if not counts:
        return crore_country(text + "\n" + title) or fallback
    return max(counts, key=counts.get)


_RUPEE_CRORE = re.compile(r"(?:\bRs\.?|\bINR|₹)\s?\d[\d,]*(?:\.\d+)?\s*(?:crores?|cr)\b")


def crore_country(text: str) -> Optional[str]:
    """India, for a text that names no country but writes rupees in crores ("net profit of Rs 1,482
    cr"): India's way of writing them; Nepal's and Sri Lanka's press name their country, Pakistan's
    writes billions. Asked only when no other cue names a country."""
    return "India" if _RUPEE_CRORE.search(text) else None


def _known_calendars() -> list[Calendar]:
    """The fiscal calendars of periods.json, each once."""
    return sorted({Calendar(*start) for start in _data()["calendars"].values()}, key=lambda c: (c.month, c.day))


def calendar_from_reports(text: str, published: Optional[dt.date]) -> Optional[Calendar]:
    """The fiscal calendar an article that names no country reports in, read off its fiscal labels:
    a results story of 16 October 2026 on "Q2FY27" cannot report a quarter still to come, as the
    calendar year's Q2FY27 (April-June 2027) is, so it follows the calendar under which Q2FY27 ended
    most recently by then (April's: July-September 2026). Each label whose calendar-year reading
    ends after ``published`` votes for that calendar; labels of a plan ("by FY31") end after it under
    every calendar and vote for none. A labelled span of months across the calendar year ("July-March
    FY25") votes for the calendar that starts in its first month. None without such a vote."""
    if published is None:
        return None
    votes: dict[Calendar, int] = {}
    known = _known_calendars()
    for m in find_periods(text):
        if m.name not in _FISCAL_RULES or m.base:
            continue
        groups = dict(m.groups)
        if groups.get("rel") or not m.rule.absolute:
            continue  # "the current fiscal year" is running under any calendar: no vote
        if m.name == "fy_month_range" and groups.get("m1") and groups.get("m2"):
            # "July-March FY25": a fiscal year that runs across the calendar's, from the span's first month
            first = Calendar(_month(groups["m1"]), 1)
            if first.month > _month(groups["m2"]) and first in known:
                votes[first] = votes.get(first, 0) + 1
            continue
        plain = m.resolve(Context(published=published, calendar=CALENDAR_YEAR, fiscal_passage=True))
        if plain is None or plain[1] <= published:
            continue
        ended = []
        for cal in known:
            dates = m.resolve(Context(published=published, calendar=cal, fiscal_passage=True))
            if dates is not None and dates[1] <= published:
                ended.append((dates[1], cal))
        if ended:
            cal = max(ended, key=lambda e: e[0])[1]
            votes[cal] = votes.get(cal, 0) + 1
    return max(votes, key=votes.get) if votes else None


def calendar_country(subject: Optional[str], article: Optional[str], sentence: str = "") -> Optional[str]:
    """The country whose fiscal calendar a figure follows: its subject's when the subject is a
    country named in its sentence other than as a currency ("US dollars"); otherwise, and for
    a company, sector, body or unknown subject, the article's country."""
    if subject and subject in _data()["countries"] and subject != article:
        if subject in country_cues(sentence) or not sentence:
            return subject
        return article
    if subject and subject in _data()["calendars"]:
        return subject
    return article


# --- dates --------------------------------------------------------------------------------------

def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, _calendar.monthrange(y, m)[1])


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[dt.date, dt.date]:
    return dt.date(y1, m1, 1), _month_end(y2, m2)


def _add_months(day: dt.date, k: int) -> dt.date:
    total = day.year * 12 + (day.month - 1) + k
    y, m = total // 12, total % 12 + 1
    return dt.date(y, m, min(day.day, _calendar.monthrange(y, m)[1]))


def _shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + k
    return total // 12, total % 12 + 1


def year_back(start: dt.date, end: dt.date, years: int = 1) -> tuple[dt.date, dt.date]:
    """The same span ``years`` earlier (month ends stay month ends: 29 February → 28 February)."""
    new_start = _add_months(start, -12 * years)
    if end == _month_end(end.year, end.month):
        return new_start, _month_end(end.year - years, end.month)
    return new_start, _add_months(end, -12 * years)


def _latest_months(m1: int, m2: int, anchor: Optional[dt.date]) -> Dates:
    """Months m1..m2 without a year: the latest such span that ended by ``anchor``."""
    if anchor is None:
        return None
    y2 = anchor.year if _month_end(anchor.year, m2) <= anchor else anchor.year - 1
    y1 = y2 if m1 <= m2 else y2 - 1
    return _months(y1, m1, y2, m2)


def _parse_day(phrase: str, anchor: Optional[dt.date]) -> Optional[dt.date]:
    """A day date by dateparser; without a year, the latest such day by ``anchor``."""
    return _parse_day_cached(re.sub(r"^(?:as\s+(?:of|on|at)|on|till|until|by)\s+", "", phrase, flags=re.I), anchor)


@lru_cache(maxsize=4096)
def _parse_day_cached(phrase: str, anchor: Optional[dt.date]) -> Optional[dt.date]:
    has_year = re.search(r"(?:19|20)\d\d", phrase) is not None
    if not has_year and anchor is None:
        return None
    day = _plain_day(phrase, anchor)
    return day if day is not None else _dateparser_day(phrase, anchor, has_year)


def _plain_day(phrase: str, anchor: Optional[dt.date]) -> Optional[dt.date]:
    """The day of a phrase of the day rule's own forms ("12 March 2024", "March 12th", "Oct, 6, 2023")
    as dateparser reads it (tests/test_periods.py compares the two), without loading dateparser;
    None when the phrase is another form, or an impossible or leap day (left to dateparser)."""
    m = _PLAIN_DAY.fullmatch(phrase)
    if m is None:
        return None
    d, month, y = int(m.group("d") or m.group("d2")), _month(m.group("m") or m.group("m2")), m.group("y") or m.group("y2")
    if (month, d) == (2, 29) or not 1 <= d <= _calendar.monthrange(2001, month)[1]:
        return None
    if y is not None:
        return dt.date(int(y), month, d)
    day = dt.date(anchor.year, month, d)
    return day if day <= anchor else day.replace(year=anchor.year - 1)  # the latest such day by the anchor


def _dateparser_day(phrase: str, anchor: Optional[dt.date], has_year: bool) -> Optional[dt.date]:
    import dateparser  # loaded on the first day date of another form

    settings = {"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    if not has_year and anchor is not None and day > anchor:
        day = day.replace(year=day.year - 1)
    return day


# --- context ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """What resolution needs besides the phrase itself."""

    published: Optional[dt.date] = None
    calendar: Calendar = CALENDAR_YEAR  # of the economy the figure belongs to
    fiscal_passage: bool = False  # the passage talks in fiscal years ("last year" = last fiscal year)
    previous: Optional[tuple[dt.date, dt.date]] = None  # the period governing the figures before this one
    reference: Optional[dt.date] = None  # without `published`, the latest day the article states
    fiscal_article: bool = False  # some passage of the article talks in fiscal years

    @property
    def anchor(self) -> Optional[dt.date]:
        """The day year-less months and "the current fiscal year" are counted back from."""
        return self.published or self.reference

    @property
    def fiscal(self) -> bool:
        """Whether "year" means the fiscal year here."""
        return self.fiscal_passage and not self.calendar.is_calendar_year


def current_fiscal_year(ctx: Context, calendar: Optional[Calendar] = None) -> Optional[tuple[dt.date, dt.date]]:
    """The article's current fiscal year: the one containing its date, except that a fiscal year
    without one complete month by then has nothing to report yet, and "this fiscal year" still
    means the one just ended (an article of 2 July on July–May figures)."""
    cal = calendar or ctx.calendar
    anchor = ctx.anchor
    if anchor is None:  # an undated page: the fiscal year of the period that governs the passage
        return cal.containing(ctx.previous[0]) if ctx.previous is not None and not cal.is_calendar_year else None
    start, end = cal.containing(anchor)
    if not cal.is_calendar_year and anchor < _add_months(start, 1) - _DAY:
        return cal.year(start.year - 1)
    return start, end


def _fiscal_part(ctx: Context, cal: Calendar, which: str, first: int, count: int) -> Dates:
    """Months first..first+count-1 of a relative fiscal year ("the first five months of the
    current fiscal year"): the current one is the latest whose part had ended by the article's
    date; "last"/"previous" is the one before."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    start_year = cal.containing(anchor)[0].year
    if cal.months(start_year, first, count)[1] > anchor:
        start_year -= 1
    start_year += {"current": 0, "last": -1, "next": 1}[which]
    return cal.months(start_year, first, count)


# --- rule table ---------------------------------------------------------------------------------

def _alt(words) -> str:
    return lexicons.alternation(words, boundary=False)


# a full month name takes no dot ("on 26 December." ends a sentence); an abbreviation may ("Dec. 26")
_FULL_MONTHS = [_calendar.month_name[k].lower() for k in range(1, 13)]
_M = rf"(?:(?:{_alt(_FULL_MONTHS)})\b|(?:{_alt([m for m in MONTHS if m not in _FULL_MONTHS])})\b\.?)"
_Y = r"(?:19|20)\d\d"
_SPAN = rf"{_Y}\s?[-/–]\s?(?:\d\d){{1,2}}(?!\d)"
_N = rf"(?:\d{{1,2}}|{_alt(NUMBERS)})"
_ORD = rf"(?:{_alt(ORDINALS)})"
_FISCAL = r"(?:fiscal|financial)(?:\s+year)?"
_CURRENT = r"current|this|present|ongoing|running"
_LAST = r"last|previous|preceding|past|prior"
# A fiscal year: by label ("FY23", "fiscal year 2022-23", "2081/82", "the 2022-23 fiscal") or
# relative ("the current fiscal year", "last fiscal"). One use per pattern (named groups).
_FY_LABEL = (rf"(?:(?:the\s+)?(?:(?:outgoing|current|last|previous|just[-\s]concluded)\s+)?"
             rf"(?:(?:{_FISCAL}\s+|FY\s?'?)(?:(?P<fs>{_SPAN})|(?P<fy>(?:19|20)?\d\d))(?![\d/–-])"
             rf"|(?P<fs2>{_SPAN})(?:\s+{_FISCAL})?"
             rf"|(?P<fy2>{_Y})\s+(?:fiscal|financial)\s+year\b))")  # "the 2005 fiscal year"
_FY_REL = rf"(?:the\s+)?(?P<rel>{_CURRENT}|{_LAST}|outgoing|next|(?:up)?coming|forthcoming)\s+{_FISCAL}(?:\s+(?:{_Y}/\d\d|{_SPAN}))?\b"
_FY = rf"(?:{_FY_REL}|{_FY_LABEL})"
_GLOSS = r"(?:\([^)]{0,40}\)\s+)?"  # "the first half (July-December) of", "the first 10 months (July-April) of"
# "the fiscal year that began in April (2026)": the month its year starts in, told in the phrase itself
_BEGAN_CORE = (rf",?\s+(?:that|which)\s+(?:(?:began|started|commenced|begins|starts)\s+(?:in|on)\s+(?:1(?:st)?\s+)?"
               rf"(?P<bm>{_M})(?:\s+1(?:st)?\b)?(?:,?\s+(?P<by>{_Y}))?"
               # "the first ten months of the fiscal year that ends in June": the calendar starting the month after
               rf"|(?P<ev>ends|ended|will\s+end|closes|closed|runs\s+to)\s+(?:in|on)\s+(?:(?:30|31)(?:st|th)?\s+)?(?P<em>{_M})(?:\s+(?:30|31)(?:st|th)?\b)?)")
_BEGAN = rf"(?:{_BEGAN_CORE})?"
# "the fiscal year" or "the fiscal" named bare, with no year after it: the current one
_BARE_FISCAL = (rf"(?:fiscal|financial)(?:\s+year\b|(?=\s*[,.;:)]|\s+(?:so\s+far|to\s+date)\b))"
                rf"(?!\s+(?:{_Y}|\d))")
_DAYDATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[\s-]+{_M}(?:,?[\s-]+{_Y})?"
            rf"|{_M},?\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?![\d,.]\d)(?!\s*(?:%|per\s*cent|percent|pc\b))(?:,?\s+{_Y})?)")
# (the second form: "April, 11.8 per cent higher" and "in April, 12 per cent" write no day)
_NOT_AMOUNT = r"(?!\s*(?:%|percent|per\s+cent|million|billion|crore|lakh))"
# _DAYDATE's two forms with their parts named, for reading a day without dateparser (_plain_day)
_PLAIN_DAY = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+(?P<m>{_M})(?:,?[\s-]+(?P<y>{_Y}))?"
                        rf"|(?P<m2>{_M}),?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>{_Y}))?", re.IGNORECASE)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _span_years(span: str) -> tuple[int, int]:
    """ "2021-22" → (2021, 2022); "2020/21" → (2020, 2021); "2022-2023" → (2022, 2023)."""
    y1, y2 = re.split(r"\s?[-/–]\s?", span)
    y1 = int(y1)
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    return y1, y2


def _fiscal_year(g: dict, ctx: Context) -> Optional[tuple[Calendar, int]]:
    """(calendar, AD year the fiscal year starts in) for a labelled fiscal year, or None.

    "2081/82" is a Bikram Sambat year on Nepal's calendar; a split year ("2018-19") on the
    calendar-year calendar names no single year and stays open."""
    span = g.get("fs") or g.get("fs2")
    if span:
        y1, y2 = _span_years(span)
        if y2 != y1 + 1:
            return None  # "2012-15" is a range of years, not a fiscal year
        if y1 >= BIKRAM_SAMBAT_FROM:
            return NEPAL, y1 - BIKRAM_SAMBAT_OFFSET
        if ctx.calendar.is_calendar_year:
            return None
        return ctx.calendar, y1
    if g.get("fy") or g.get("fy2"):
        y = int(g.get("fy") or g["fy2"])
        y = y if y >= 100 else 2000 + y
        if y >= BIKRAM_SAMBAT_FROM:
            return NEPAL, y - BIKRAM_SAMBAT_OFFSET - 1
        return ctx.calendar, ctx.calendar.ending_in(y)[0].year
    return None


# "the coming fiscal year" of a budget presented in June is the next one
_NEXT_WORDS = frozenset({"next", "coming", "upcoming", "forthcoming"})


def _relative_which(rel: str) -> str:
    rel = rel.lower()
    if rel in _NEXT_WORDS:
        return "next"
    return "current" if re.fullmatch(_CURRENT, rel) else "last"


def _fy_part(g: dict, ctx: Context, first: int, count: int) -> Dates:
    """Months first..first+count-1 of the fiscal year the match names (label or relative)."""
    if g.get("by") and not _labelled(g):  # "... of the fiscal year that began in April 2026"
        return ctx.calendar.months(int(g["by"]), first, count)
    if g.get("rel", "").lower() == "outgoing":  # "the first 11 months of the outgoing fiscal year"
        outgoing = _relative_fiscal_year("outgoing", ctx)
        return ctx.calendar.months(outgoing[0].year, first, count) if outgoing else None
    if g.get("rel"):
        return _fiscal_part(ctx, ctx.calendar, _relative_which(g["rel"]), first, count)
    fy = _fiscal_year(g, ctx)
    if fy is None:
        return None
    cal, start_year = fy
    return cal.months(start_year, first, count)


def _ordinal(word: Optional[str], digits: Optional[str], last: int) -> Optional[int]:
    if digits:
        return int(digits)
    n = ORDINALS.get((word or "").lower())
    if n is None:
        return None
    n = last if n == -1 else n
    return n if 1 <= n <= last else None


# Resolvers: (groups, ctx) → dates. ---------------------------------------------------------------

def _labelled(g: dict) -> bool:
    return any(g.get(k) for k in ("fs", "fs2", "fy", "fy2"))


def _r_fiscal_year(g, ctx):
    if g.get("by") and not _labelled(g):  # "the fiscal year that began in April 2026"
        return ctx.calendar.year(int(g["by"]))
    if g.get("rel"):
        which = _relative_which(g["rel"])
        if which == "last" and (g["rel"].lower() == "outgoing"):
            which = "outgoing"
        return _relative_fiscal_year(which, ctx)
    fy = _fiscal_year(g, ctx)
    return fy[0].year(fy[1]) if fy else None


def _relative_fiscal_year(which: str, ctx: Context) -> Dates:
    current = current_fiscal_year(ctx)
    if current is None:
        return None
    start, end = current
    if which == "outgoing":  # the fiscal year just ended or about to end, whichever is nearer
        # (a budget presented before its year starts: Nepal's on 29 May, 47 days before the end;
        # India's on 1 February, 59 days before)
        containing = ctx.calendar.containing(ctx.anchor)
        if (containing[1] - ctx.anchor).days <= (ctx.anchor - containing[0]).days:
            return containing
        return ctx.calendar.year(containing[0].year - 1)
    if which == "concluded":  # the latest fiscal year that had ended by the article's date
        containing = ctx.calendar.containing(ctx.anchor)
        return containing if containing[1] <= ctx.anchor else ctx.calendar.year(containing[0].year - 1)
    if which == "last":
        if ctx.published is None and ctx.previous is not None and not ctx.calendar.is_calendar_year:
            # an undated page: the year before the one that holds the governing period, not before the
            # latest day stated near the phrase ("$412bn in the 12 months to 30 September 2004, after
            # $377bn in the previous fiscal year. The CBO forecast $855bn for 2006 to 2015")
            start, end = ctx.calendar.containing(ctx.previous[0])
        part = _part_of(ctx.previous, start, end)
        if part:  # "the two months of the current fiscal year ... Last fiscal": the same months a year back
            return year_back(*part)
        return ctx.calendar.year(start.year - 1)
    if which == "next":
        return ctx.calendar.year(start.year + 1)
    part = _part_of(ctx.previous, start, end)
    if part and part[0] > start:
        # "In November …, taking the average in the current fiscal to ₹2.23 lakh crore": a month inside
        # the year governs; the current year is the year so far, to that month's end
        return start, part[1]
    return part or (start, end)


def _ended_fiscal_year(ctx: Context) -> Dates:
    """On an undated page whose latest stated day (``ctx.reference``) is the last day of a fiscal
    year ("sent home $21.61bn in FY23", "$2.2bn in June"), that year: the page reports figures up to
    its end, so it was written after it ended, and "the last fiscal year" is that one ("... left for
    jobs abroad in the last fiscal year" → FY23). "The previous fiscal year" stays the one before the
    governing period (a comparison)."""
    if ctx.published is not None or ctx.reference is None or ctx.calendar.is_calendar_year:
        return None
    year = ctx.calendar.containing(ctx.reference)
    return year if year[1] == ctx.reference else None


def _part_of(previous: Dates, start: dt.date, end: dt.date) -> Dates:
    """``previous`` when it is a part (not the whole) of start..end."""
    if previous is None:
        return None
    p_start, p_end = previous
    if start <= p_start and p_end <= end and (p_start, p_end) != (start, end):
        return previous
    return None


def _r_fy_months(g, ctx):  # "7MFY20", "the first five months of the current fiscal year"
    n = _number(g["n"]) if g.get("n") else 1
    return _fy_part(g, ctx, 1, n) if 1 <= n <= 12 else None


def _r_fy_quarter(g, ctx):  # "2QFY23", "Q3 FY2019-20", "the third quarter of the current fiscal year"
    q = _ordinal(g.get("qw"), g.get("qa") or g.get("qb"), 4)
    return _fy_part(g, ctx, 3 * q - 2, 3) if q else None


def _r_fy_half(g, ctx):  # "H1FY25", "1HFY24", "the first half of FY24"
    h = _ordinal(g.get("hw"), g.get("ha") or g.get("hb"), 2)
    return _fy_part(g, ctx, 6 * h - 5, 6) if h else None


def _r_fy_month_range(g, ctx):  # "July-Mar FY19", "Jul-Apr 2022-23", "July-December (2022-23)"
    m1, m2 = _month(g["m1"]), _month(g["m2"])
    if g.get("rel"):
        first = (m1 - ctx.calendar.month) % 12 + 1
        return _fy_part_plain(_fy_part(g, ctx, first, (m2 - m1) % 12 + 1))
    if ctx.calendar.is_calendar_year and g.get("fy"):  # "July-Mar FY19" with no calendar known: July starts it
        ctx = Context(ctx.published, Calendar(m1), ctx.fiscal_passage, ctx.previous, ctx.reference)
    fy = _fiscal_year(g, ctx)
    if fy is not None:
        cal, start_year = fy
        # a range across the calendar year from a month before the fiscal year's first ("July-June
        # 2022-23" on a year from October) cannot lie in it a year later: it runs from the label's first year
        y1 = start_year if m1 >= cal.month or m2 < m1 else start_year + 1
    elif g.get("fs") or g.get("fs2"):  # no fiscal calendar known: the range starts in the first year
        y1 = _span_years(g.get("fs") or g["fs2"])[0]
    else:
        return None
    y2 = y1 if m2 >= m1 else y1 + 1
    return _months(y1, m1, y2, m2)


def _fy_part_plain(dates: Dates) -> Dates:
    """Named calendar months are whole months even on Nepal's mid-month calendar."""
    if dates is None:
        return None
    start, end = dates
    return _months(start.year, start.month, end.year, end.month)


def _r_nepali_month(g, ctx):  # "in Shrawan", "Shrawan of the previous fiscal year"
    return _r_nepali_month_range({**g, "nm1": g["nm"], "nm2": g["nm"]}, ctx)


def _r_nepali_month_range(g, ctx):  # "in the Shrawan-Asoj period": the fiscal months from the first to the last
    first, last = NEPALI_MONTHS[g["nm1"].lower()], NEPALI_MONTHS[g["nm2"].lower()]
    if last < first:
        return None
    nepal_ctx = Context(ctx.published, NEPAL, True, ctx.previous, ctx.reference)
    which = _relative_which(g["rel"]) if g.get("rel") else "current"
    return _fiscal_part(nepal_ctx, NEPAL, which, first, last - first + 1)


def _r_quarter(g, ctx):  # "the first quarter of 2022", "Q3 2021", "Q1" in a fiscal passage
    q = _ordinal(g.get("qw"), g.get("qa") or g.get("qb"), 4)
    if q is None:
        return None
    if g.get("y") or g.get("yy"):
        year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
        return _months(year, 3 * q - 2, year, 3 * q)
    return _year_part(g, ctx, 3 * q - 2, 3)


def _r_half(g, ctx):
    h = _ordinal(g.get("hw"), g.get("hb"), 2)
    if h is None:
        return None
    if g.get("y"):
        year = int(g["y"])
        return _months(year, 6 * h - 5, year, 6 * h)
    return _year_part(g, ctx, 6 * h - 5, 6)


def _year_part(g: dict, ctx: Context, first: int, count: int) -> Dates:
    """A quarter or half without a year: of this/last year when said, in a fiscal passage of the
    fiscal year that governs it; otherwise the latest one that had begun by publication."""
    rel = (g.get("rel") or "").lower()
    if ctx.fiscal or (not rel and _counts_in_fiscal_year(ctx.previous, ctx.calendar, first, count)):
        if rel:
            return _fiscal_part(ctx, ctx.calendar, _relative_which(rel.replace("the ", "")), first, count)
        if ctx.previous is not None:
            start_year = ctx.calendar.containing(ctx.previous[1])[0].year
            return ctx.calendar.months(start_year, first, count)
        return _fiscal_part(ctx, ctx.calendar, "current", first, count)
    pub = ctx.published
    if pub is None:
        return None
    if rel:
        year = pub.year + (-1 if re.search(_LAST, rel) else 1 if rel == "next" else 0)
    else:
        year = pub.year if dt.date(pub.year, first, 1) <= pub else pub.year - 1
    calendar_part = _months(year, first, year, first + count - 1)
    if rel or ctx.calendar.is_calendar_year:
        return calendar_part
    # "posting a third-quarter profit" in an Indian paper of 20 January: the fiscal year's third quarter
    # (October-December), just reported, not the calendar's (July-September); of the two readings the
    # one that ended last by publication
    fiscal_start = ctx.calendar.containing(pub)[0].year
    fiscal_parts = [ctx.calendar.months(y, first, count) for y in (fiscal_start, fiscal_start - 1)]
    ended = [d for d in fiscal_parts + [calendar_part] if d[1] <= pub]
    return max(ended, key=lambda d: d[1]) if ended else calendar_part


def _counts_in_fiscal_year(previous: Dates, cal: Calendar, first: int, count: int) -> bool:
    """Whether a year-less quarter or half (months ``first``.. of a year, ``count`` long) counts in
    ``cal``'s fiscal year, judged by the period governing the passage: yes when that period is a
    part of the fiscal year and not of the calendar year. A fiscal year that starts in April, July
    or October shares the calendar's quarters ("April-June 2023" is India's first fiscal quarter and
    the calendar's second); then the phrase counts in the year whose numbering names that period
    ("Q1" after "April-June" is fiscal; "the fourth quarter" after "the last quarter of 2004" in a
    UK article is the calendar's)."""
    if previous is None or cal.is_calendar_year:
        return False
    parts = range(1, 13, count)
    start_year = cal.containing(previous[0])[0].year
    fiscal = [i for i, m in enumerate(parts) if cal.months(start_year, m, count) == previous]
    calendar = [i for i, m in enumerate(parts)
                if _months(previous[0].year, m, previous[0].year, m + count - 1) == previous]
    if not fiscal:
        return False
    return not calendar or ((first - 1) // count == fiscal[0] and fiscal != calendar)


def _r_month_range_years(g, ctx):  # "July 2022 to March 2023"
    return _months(int(g["y1"]), _month(g["m1"]), int(g["y2"]), _month(g["m2"]))


def _r_month_range_year(g, ctx):  # "from January to June 2023", "July-June 2022"
    m1, m2, y = _month(g["m1"]), _month(g["m2"]), int(g["y"])
    return _months(y if m1 <= m2 else y - 1, m1, y, m2)


def _yearless_anchor(ctx: Context) -> Optional[dt.date]:
    """Months named without a year are the latest such months by the article's date (on an
    undated page, by the absolute periods next to them); the governing period is no anchor
    (it may be a year back or a fiscal year ahead)."""
    return ctx.anchor


def _r_month_range(g, ctx):  # "between July and March", "in January-March", "the April-June quarter"
    return _latest_months(_month(g["m1"]), _month(g["m2"]), _yearless_anchor(ctx))


def _r_quarter_ending(g, ctx):  # "the June quarter"
    m = _month(g["m"])
    y1, m1 = _shift_months(2000, m, -2)
    return _latest_months(m1, m, _yearless_anchor(ctx))


def _r_span_ended(g, ctx):  # "the week ended 12 May", "the three months to December", "the year to March 2005"
    unit = (g.get("unit") or "").lower()
    day = None
    if g.get("date"):
        day = _parse_day(g["date"], ctx.anchor)
        if day is None:
            return None
        m, y = day.month, day.year
    else:
        m = _month(g["m"])
        if g.get("y"):
            y = int(g["y"])
        elif ctx.anchor is not None:
            y = ctx.anchor.year if m <= ctx.anchor.month else ctx.anchor.year - 1
        else:
            return None
    if unit == "week":
        if day is None:
            return None
        return day - dt.timedelta(days=6), day
    n = {"year": 12, "quarter": 3, "half": 6}.get(unit) or (_number(g["n"]) if g.get("n") else None)
    if n is None:
        return None
    if g.get("mid"):  # "the eight months to mid-March": months that end mid-month (Nepal's fiscal months)
        end = dt.date(y, m, 15)
        return _add_months(end, -n) + _DAY, end
    sy, sm = _shift_months(y, m, -(n - 1))
    return _months(sy, sm, y, m)


def _r_last_months_year(g, ctx):  # "the last three months of 2004"
    n, y = _number(g["n"]), int(g["y"])
    return _months(y, 13 - n, y, 12)


def _r_first_months_year(g, ctx):  # "the first six months of 2022"
    n, y = _number(g["n"]) if g.get("n") else 1, int(g["y"])
    return _months(y, 1, y, min(12, n))


def _r_first_months_this_year(g, ctx):  # "the first two months of the year": this year's, or last year's
    n = min(12, _number(g["n"]) if g.get("n") else 1)   # when those months have not ended yet
    if ctx.anchor is None:
        return None
    y = ctx.anchor.year if n <= ctx.anchor.month else ctx.anchor.year - 1
    return _months(y, 1, y, n)


def _r_day(g, ctx):  # "as of 13 October", "on December 13", "Oct, 6, 2023"
    day = _parse_day(g["date"], ctx.anchor)
    return (day, day) if day else None


def _r_year_starting(g, ctx):
    """ "the fiscal year starting July 1", "… starting in July", "… starting mid-July": a year from that
    day (a month's first day), the coming one unless a year is written."""
    if g.get("sm"):
        year = int(g["sy"]) if g.get("sy") else ctx.anchor.year if ctx.anchor else None
        start = dt.date(year, _month(g["sm"]), 1) if year else None
        if start is not None and g.get("mid"):
            # "the fiscal year starting mid-July": the calendar's own start day when it starts that
            # month (Nepal's Shrawan 1, about 16 July), else the middle of the month
            own = ctx.calendar.start(year)
            start = own if own.month == start.month else start.replace(day=16)
        written = g.get("sy") or ""
    else:
        start, written = _parse_day(g["date"], ctx.anchor), g["date"]
    if start is None:
        return None
    if not re.search(r"\d{4}", written) and ctx.anchor is not None and start < ctx.anchor - dt.timedelta(days=31):
        start = _add_months(start, 12)  # a budget for "the fiscal year starting July 1", presented in June
    return start, _add_months(start, 12) - _DAY


def _r_day_range(g, ctx):  # "from 15 November 2004 to 3 January 2005": the days between, both counted
    first, last = _parse_day(g["d1"], ctx.anchor), _parse_day(g["d2"], ctx.anchor)
    if first and last and not re.search(r"\d{4}", g["d1"]):
        # "between 3 March and 10 March 2005": the first day in the last one's year, or the year before it
        first = first.replace(year=last.year) if (first.month, first.day) <= (last.month, last.day) \
            else first.replace(year=last.year - 1)
    return (first, last) if first and last and first <= last else None


def _r_month_end(g, ctx):  # "end-June 2023", "at the end of June"
    m = _month(g["m"])
    if g.get("y"):
        day = _month_end(int(g["y"]), m)
    else:
        latest = _latest_months(m, m, ctx.anchor)
        if latest is None:
            return None
        day = latest[1]
    return day, day


def _r_month(g, ctx):  # "June 2023", "the month of April, 2023"
    m = _month(g["m"])
    return _months(int(g["y"]), m, int(g["y"]), m)


def _r_month_rel_year(g, ctx):  # "April last year", "in May this year"
    if ctx.anchor is None:
        return None
    m = _month(g["m"])
    y = ctx.anchor.year + (-1 if g["rel"].lower() == "last" else 0)
    return _months(y, m, y, m)


def _r_month_noyear(g, ctx):  # "in June", "last August", "June's"
    m = _month(g["m"])
    prev, cal = ctx.previous, ctx.calendar
    if prev is not None and cal.day != 1 and prev[0].day == cal.day and prev[0].month == m \
            and prev[1] == _add_months(prev[0], 1) - _DAY:
        # a month name a page uses for the fiscal month the passage has just named, on a calendar whose
        # months start mid-month ("the first month of fiscal 2081/82 ... rose 18% in July alone": Shrawan)
        return prev
    return _latest_months(m, m, _yearless_anchor(ctx))


def _label_year(digits: str) -> int:
    """The year of a label's two or four digits ("21" -> 2021)."""
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _r_year(g, ctx):
    y = int(g["y"])
    return _months(y, 1, y, 12)


def _r_year_range(g, ctx):
    return _months(int(g["y1"]), 1, int(g["y2"]), 12)


def _r_years_from(g, ctx):  # "the years from 2006 to 2015": fiscal years in a passage about fiscal years
    y1, y2 = int(g["y1"]), int(g["y2"])
    if y2 <= y1:
        return None
    if ctx.fiscal:
        return ctx.calendar.ending_in(y1)[0], ctx.calendar.ending_in(y2)[1]
    return _months(y1, 1, y2, 12)


def _r_quarter_range(g, ctx):  # "between the third and fourth quarters of 2004"
    q1, q2 = _ordinal(g.get("q1"), None, 4), _ordinal(g.get("q2"), None, 4)
    if q1 is None or q2 is None or q2 <= q1:
        return None
    y = int(g["y"])
    return _months(y, 3 * q1 - 2, y, 3 * q2)


def _r_yesterday(g, ctx):  # "yesterday": the day before publication; undated, no dates
    if ctx.published is None:
        return None
    day = ctx.published - _DAY
    return day, day


def _r_year_end_rel(g, ctx):  # "by the end of last year": a stock at the year's last day
    if ctx.published is None:
        return None
    y = ctx.published.year - (0 if g["rel"].lower().split()[-1] in ("this", "current") else 1)
    day = dt.date(y, 12, 31)
    return day, day


def _r_part_year(g, ctx):  # "early 2023", "mid-2023", "late 2024"
    part = g["part"].lower().split()[0]
    first = {"early": 1, "beginning": 1, "start": 1, "mid": 5, "late": 9, "end": 9}[part]
    y = int(g["y"])
    return _months(y, first, y, first + 3)


def _r_year_end(g, ctx):  # "at end-2024": the year's last day
    day = dt.date(int(g["y"]), 12, 31)
    return day, day


def _r_horizon_year(g, ctx):  # "by 2030": a horizon; "by 2020" in a later article is "as of" that year
    y = int(g["y"])
    if ctx.published is not None and y <= ctx.published.year:
        return _months(y, 1, y, 12)
    return None


def _r_anaphor(g, ctx):  # "the period under review"; "during the month": the month of the governing period
    if ctx.previous is not None and re.search(r"\bhalf\b", g.get("_text", ""), re.IGNORECASE):
        # "for the half-year": the governing period when it is a half year (figure_periods finds the half a
        # month that governs ends)
        return ctx.previous if 178 <= (ctx.previous[1] - ctx.previous[0]).days <= 184 else None
    if ctx.previous is not None and re.search(r"\bmonth\b", g.get("_text", ""), re.IGNORECASE):
        start, end = ctx.previous
        if (end - start).days > 31:
            # a span of months governs ("the current fiscal" so far, to November): "the month" is its latest
            return _months(end.year, end.month, end.year, end.month)
        return _months(start.year, start.month, start.year, start.month)
    if ctx.previous is not None and re.search(r"\bquarter\b", g.get("_text", ""), re.IGNORECASE) \
            and (ctx.previous[1] - ctx.previous[0]).days <= 31:
        # "In March, inflows were $572m … tourism earned $1.03bn in the quarter": the quarter (of the
        # passage's calendar) that the month closes; a month inside a quarter names no quarter ended
        year_start = ctx.calendar.containing(ctx.previous[0])[0]
        month = (ctx.previous[0].year - year_start.year) * 12 + ctx.previous[0].month - year_start.month
        quarter = ctx.calendar.months(year_start.year, month // 3 * 3 + 1, 3)
        return quarter if quarter[1] == ctx.previous[1] else ctx.previous
    return ctx.previous


_MONTHS_BACK = re.compile(rf"(?P<n>{_N})\s+months", re.IGNORECASE)


def _r_months_anaphor(g, ctx):  # "Refunds paid during the nine months": the months the passage spans
    """N months of the passage: the governing period when it spans N months. Otherwise no dates: "In
    March, ... during the nine months" may be the year to March or the nine months to some other
    day, and the phrase keeps its text for the checker to date from other reports of the figure
    (a year-to-date reading was tried: it joined as many outlet pairs as it split)."""
    found = _MONTHS_BACK.search(g.get("_text", ""))
    if ctx.previous is None or found is None:
        return None
    start, end = ctx.previous
    return (start, end) if _add_months(start, _number(found.group("n"))) - _DAY == end else None


def _r_shift_year(g, ctx):  # "the same period last year", "a year earlier", "the previous year"
    if ctx.previous is not None:
        return year_back(*ctx.previous)
    return _r_last_year(g, ctx)  # nothing governs yet: the year before publication


def _r_shift_year_ahead(g, ctx):  # "grew 2.9% in 2001 and 2.5% a year later", "the following year"
    return year_back(*ctx.previous, years=-1) if ctx.previous is not None else None


def _r_shift_to_year(g, ctx):  # "the same month of 2022", "the corresponding period of 2021-22"
    if ctx.previous is None:
        return None
    start, end = ctx.previous
    if g.get("y"):
        years = end.year - int(g["y"])
    else:
        fy = _fiscal_year(g, ctx)
        if fy is None:
            return None
        years = ctx.calendar.containing(start)[0].year - fy[1]
    return year_back(start, end, years) if years > 0 else None


def _r_previous_month(g, ctx):  # "the previous month": the month before the governing month
    prev = ctx.previous
    if prev is not None and prev[0].day == 1 and prev[1] == _month_end(prev[0].year, prev[0].month):
        y, m = _shift_months(prev[0].year, prev[0].month, -1)
        return _months(y, m, y, m)
    if prev is not None and prev[0] == prev[1]:
        # "rose to $7.42bn by end-October from $7.18bn a month earlier": the stock a month before that day
        y, m = _shift_months(prev[0].year, prev[0].month, -1)
        end = _month_end(y, m)
        day = end if prev[0] == _month_end(prev[0].year, prev[0].month) else dt.date(y, m, min(prev[0].day, end.day))
        return day, day
    return _r_last_month(g, ctx)


def _r_previous_quarter(g, ctx):  # "the previous quarter": the quarter before the governing quarter
    prev = ctx.previous
    if prev is not None and _add_months(prev[0], 3) - _DAY == prev[1]:
        start = _add_months(prev[0], -3)
        return start, prev[0] - _DAY
    return _r_last_quarter(g, ctx)


def _r_last_month(g, ctx):  # "last month": the month before publication
    if ctx.published is None:
        return None
    y, m = _shift_months(ctx.published.year, ctx.published.month, -1)
    return _months(y, m, y, m)


def _r_last_week(g, ctx):  # "during the last week": the week the passage names (claims.py looks ahead for it)
    prev = ctx.previous
    return prev if prev is not None and (prev[1] - prev[0]).days == 6 else None


def _r_previous_week(g, ctx):  # "in the previous week": the week before the week the passage names
    prev = ctx.previous
    if prev is None or (prev[1] - prev[0]).days not in (0, 6):
        return None  # (a stock's week is read at its last day: the week ending on it)
    end = prev[1] - dt.timedelta(days=7)
    return end - dt.timedelta(days=6), end


def _r_this_month(g, ctx):
    pub = ctx.published
    return _months(pub.year, pub.month, pub.year, pub.month) if pub else None


def _r_last_quarter(g, ctx):
    pub = ctx.published
    if pub is None:
        return None
    q = (pub.month - 1) // 3  # the quarter before the current one
    y = pub.year if q else pub.year - 1
    q = q or 4
    return _months(y, 3 * q - 2, y, 3 * q)


def _r_last_year(g, ctx):  # "last year": relative to publication; in a fiscal passage the last fiscal year
    if ctx.fiscal:
        return _relative_fiscal_year("last", ctx)
    if ctx.published is None:
        return None
    y = ctx.published.year - 1
    return _months(y, 1, y, 12)


def _r_this_year(g, ctx):
    if ctx.fiscal:
        return _relative_fiscal_year("current", ctx)
    if ctx.published is None:
        return None
    return _months(ctx.published.year, 1, ctx.published.year, 12)


def _r_year_to_date(g, ctx):  # "so far this year": from the year's start to the article's date
    if ctx.published is None:
        return None
    if ctx.fiscal:
        current = current_fiscal_year(ctx)
        return (current[0], ctx.published) if current else None
    return dt.date(ctx.published.year, 1, 1), ctx.published


def _r_year_so_far(g, ctx):
    """ "for the (fiscal) year so far": the current (fiscal, when said or in a fiscal passage) year to the
    end of the month the passage reports (:func:`_so_far`)."""
    if ctx.anchor is None:
        return None
    fiscal = ctx.fiscal or _FISCAL_WORD.search(g.get("kind") or "") is not None
    cal = ctx.calendar if fiscal else CALENDAR_YEAR
    return _so_far(current_fiscal_year(ctx, cal) if fiscal else cal.containing(ctx.anchor), ctx)


def _so_far(year: Dates, ctx) -> Dates:
    """A year "so far": from its start to the end of the month the passage reports when that month
    lies inside it (the data released so far), else to the article's date."""
    if year is None:
        return None
    month = ctx.previous
    if month is not None and (month[1] - month[0]).days <= 31 and year[0] <= month[0] and month[1] <= year[1]:
        return year[0], month[1]
    if ctx.published is not None and year[0] <= ctx.published <= year[1]:
        return year[0], ctx.published
    return None


def _r_next_year(g, ctx):
    if ctx.fiscal:
        return _relative_fiscal_year("next", ctx)
    if ctx.published is None:
        return None
    return _months(ctx.published.year + 1, 1, ctx.published.year + 1, 12)


def _r_concluded_fy(g, ctx):  # "the just-concluded fiscal year"
    return _relative_fiscal_year("concluded", ctx) if ctx.anchor else None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _r_weekday(g, ctx):  # "on Monday": the latest such day on or before publication; undated, no dates
    if ctx.published is None:
        return None
    name = re.search(_WD, g["_text"], re.IGNORECASE).group(0).lower()
    day = ctx.published - dt.timedelta(days=(ctx.published.weekday() - _WEEKDAYS.index(name)) % 7)
    return day, day


def _r_none(g, ctx):  # vague spans keep their text only
    return None


def _on_stated_calendar(resolve: Callable[[dict, Context], Dates]) -> Callable[[dict, Context], Dates]:
    """A fiscal phrase that says when its year begins or ends ("the first eight months of the fiscal
    year that began in April", "… of the fiscal year that ends in June") is on that calendar, whatever
    the article's country: the month was never a period of its own."""
    def resolve_on_stated_calendar(g, ctx):
        if g.get("bm"):
            ctx = replace(ctx, calendar=Calendar(_month(g["bm"])), fiscal_passage=True)
        elif g.get("em"):
            calendar = Calendar(_month(g["em"]) % 12 + 1)
            ctx = replace(ctx, calendar=calendar, fiscal_passage=True)
            if g.get("ev", "").lower() in ("ended", "closed") and ctx.published is not None:
                # "the fiscal year that ended in March": the latest one ended by the article's date
                ended = calendar.containing(ctx.published)[0] - _DAY
                ctx = replace(ctx, published=ended)
        return resolve(g, ctx)
    return resolve_on_stated_calendar


def _fiscal_rule(name: str, pattern: str, resolve: Callable[[dict, Context], Dates], **kwargs) -> "Rule":
    return Rule(name, pattern + _BEGAN, _on_stated_calendar(resolve), **kwargs)


@dataclass(frozen=True)
class Rule:
    """One period phrase: its pattern, what it is, and how it resolves.

    ``kind``: "period" governs the figures after it; "shift" is a comparison base moved from the
    governing period ("the same period last year") and governs only its own figure; "vague"
    and "horizon" keep their text with null dates and govern nothing after them; "point" (a day
    of the week) is the period of its own sentence's figures only: the next sentence has moved
    on from the market day or the day a deal was struck."""

    name: str
    pattern: str
    resolve: Callable[[dict, Context], Dates]
    kind: str = "period"
    absolute: bool = False  # resolves without the publication date (for an undated article's reference day)
    compiled: re.Pattern = field(init=False, repr=False, compare=False)
    required: tuple = field(init=False, repr=False, compare=False)  # words every match holds (prefilter.py)

    def __post_init__(self):
        # the same matches, with a look-ahead at the characters they can start with (prefilter.py)
        object.__setattr__(self, "compiled", with_first_look_ahead(re.compile(self.pattern, re.IGNORECASE)))
        object.__setattr__(self, "required", required_words(self.pattern, re.IGNORECASE))


RULES: list[Rule] = [
    # Parts of fiscal years.
    _fiscal_rule("fy_months", rf"\b(?P<n>\d{{1,2}})\s?M\s?{_FY_LABEL}", _r_fy_months, absolute=True),
    # "the first 10 months (July-April) of FY23": a bracketed gloss of the months, as for halves
    _fiscal_rule("fy_months", rf"\b(?:the\s+)?(?:first\s+(?:(?P<n>{_N})\s+)?|(?P<n2>{_N})\s+)months?\s+{_GLOSS}of\s+(?:the\s+)?{_FY}",
         lambda g, ctx: _r_fy_months({**g, "n": g.get("n") or g.get("n2")}, ctx)),
    # "the first nine months of the fiscal year": a part of "the fiscal year" named bare is of the current one
    # ("the first five months of the fiscal," as Indian papers write the year: "the fiscal" before no noun)
    _fiscal_rule("fy_months", rf"\b(?:the\s+)?(?:first\s+(?:(?P<n>{_N})\s+)?|(?P<n2>{_N})\s+)months?\s+{_GLOSS}of\s+the\s+" + _BARE_FISCAL,
         lambda g, ctx: _r_fy_months({**g, "n": g.get("n") or g.get("n2"), "rel": "current"}, ctx)),
    # "the first half of the fiscal year", "the third quarter of the fiscal": bare, of the current one too
    _fiscal_rule("fy_quarter", rf"\b(?:the\s+)?(?P<qw>{_ORD})\s+quarter\s+{_GLOSS}of\s+the\s+" + _BARE_FISCAL,
                 lambda g, ctx: _r_fy_quarter({**g, "rel": "current"}, ctx)),
    _fiscal_rule("fy_half", rf"\b(?:the\s+)?(?P<hw>first|second)\s+half\s+{_GLOSS}of\s+the\s+" + _BARE_FISCAL,
                 lambda g, ctx: _r_fy_half({**g, "rel": "current"}, ctx)),
    _fiscal_rule("fy_quarter", rf"\b(?:(?P<qa>[1-4])Q\s?|Q(?P<qb>[1-4])\s?(?:of\s+)?|(?:the\s+)?(?P<qw>{_ORD})\s+quarter\s+{_GLOSS}(?:of\s+)?)(?:the\s+)?{_FY}", _r_fy_quarter, absolute=True),
    _fiscal_rule("fy_half", rf"\b(?:(?P<ha>[12])H\s?|H(?P<hb>[12])\s?(?:of\s+)?|(?:the\s+)?(?P<hw>first|second)\s+half\s+{_GLOSS}(?:of\s+)?)(?:the\s+)?{_FY}", _r_fy_half, absolute=True),
    # "the first half of the fiscal year that began in April": bare, a part of the current one on that calendar
    Rule("fy_quarter", rf"\b(?:the\s+)?(?P<qw>{_ORD})\s+quarter\s+of\s+the\s+{_FISCAL}{_BEGAN_CORE}",
         _on_stated_calendar(lambda g, ctx: _r_fy_quarter({**g, "rel": "current"}, ctx))),
    Rule("fy_half", rf"\b(?:the\s+)?(?P<hw>first|second)\s+half\s+{_GLOSS}of\s+the\s+{_FISCAL}{_BEGAN_CORE}",
         _on_stated_calendar(lambda g, ctx: _r_fy_half({**g, "rel": "current"}, ctx))),
    # "During July-March FY27": the lead word too, or "During July-March" alone would be the longer match
    _fiscal_rule("fy_month_range", rf"\b(?:(?:from|in|during|over)\s+)?(?:the\s+)?(?P<m1>{_M})\s?(?:-to-|[-–—]|to|through|till|until)\s?(?P<m2>{_M})\s*(?:(?:quarter|period|half)\s+)?(?:\(\s*)?(?:of\s+)?(?:the\s+)?{_FY}\s*\)?(?:\s+period)?", _r_fy_month_range, absolute=True),
    Rule("nepali_month_range", rf"\b(?:(?:in|of|during|over)\s+)?(?:the\s+)?(?P<nm1>{_alt(NEPALI_MONTHS)})\s?(?:-|–|to|through)\s?"
                               rf"(?P<nm2>{_alt(NEPALI_MONTHS)})\b(?:\s+(?:period|months))?(?:\s+of\s+(?:the\s+)?(?P<rel>{_CURRENT}|{_LAST})\s+{_FISCAL})?",
         _r_nepali_month_range),
    Rule("nepali_month", rf"\b(?:(?:in|of|during)\s+)?(?:the\s+month\s+of\s+)?(?P<nm>{_alt(NEPALI_MONTHS)})\b(?:\s+of\s+(?:the\s+)?(?P<rel>{_CURRENT}|{_LAST})\s+{_FISCAL})?", _r_nepali_month),
    # Fiscal years.
    Rule("year_starting", rf"\b(?:the\s+)?(?:new\s+)?(?:fiscal|financial)\s+year\s+(?:(?:which|that)\s+)?(?:starting|beginning|starts|begins|from)"
                          rf"\s+(?:on\s+|from\s+|in\s+)?(?:(?P<date>{_DAYDATE})|(?P<mid>mid[-\s]?)?(?P<sm>{_M})(?:\s+(?P<sy>{_Y}))?\b)", _r_year_starting),
    Rule("fy_concluded", rf"\b(?:the\s+)?(?:just[-\s])?(?:concluded|ended)\s+{_FISCAL}\b", _r_concluded_fy),
    _fiscal_rule("fiscal_year", rf"\b{_FY_LABEL}", _r_fiscal_year, absolute=True),
    _fiscal_rule("fiscal_year", _FY_REL, _r_fiscal_year),
    # "the fiscal year that began in April": the current one on that calendar
    Rule("fiscal_year", rf"\b(?:the\s+)?{_FISCAL}{_BEGAN_CORE}",
         _on_stated_calendar(lambda g, ctx: _r_fiscal_year({**g, "rel": "current"}, ctx))),
    # Calendar parts and ranges.
    Rule("first_months_year", rf"\b(?:the\s+)?first\s+(?:(?P<n>{_N})\s+)?months?\s+(?:of\s+)?(?P<y>{_Y})(?![-/–]\d)", _r_first_months_year, absolute=True),
    Rule("last_months_year", rf"\b(?:the\s+)?(?:last|final)\s+(?P<n>{_N})\s+months\s+of\s+(?P<y>{_Y})", _r_last_months_year, absolute=True),
    # "the first two months of the year", "... of this year": the calendar year of the anchor
    Rule("first_months_this_year", rf"\b(?:the\s+)?first\s+(?:(?P<n>{_N})\s+)?months?\s+of\s+(?:the|this|the\s+current)\s+"
                                   rf"(?:calendar\s+)?year\b(?!\s*(?:{_Y}|\d))", _r_first_months_this_year),
    Rule("day_range", rf"\b(?:from\s+|between\s+)?(?P<d1>{_DAYDATE})\s*(?:-to-|[-–—]|to|through|till|until|and)\s*(?P<d2>{_DAYDATE}){_NOT_AMOUNT}",
         _r_day_range),
    Rule("month_range_years", rf"\b(?:from\s+|between\s+)?(?P<m1>{_M})\s*,?\s*(?P<y1>{_Y})\s*(?:-to-|[-–—]|to|through|till|until|and)\s*(?P<m2>{_M})\s*,?\s*(?P<y2>{_Y})", _r_month_range_years, absolute=True),
    Rule("month_range_year", rf"\b(?:from\s+|between\s+)?(?:the\s+)?(?P<m1>{_M})\s?(?:-to-|[-–—]|to|through|till|until|and)\s?(?P<m2>{_M})\s*,?\s+(?:of\s+)?(?P<y>{_Y})(?![-/–]\d)(?:\s+(?:quarter|period))?", _r_month_range_year, absolute=True),
    Rule("month_range", rf"\b(?:from\s+|in\s+|during\s+)?(?:the\s+)?(?P<m1>{_M})\s?(?:-to-|[-–—]|to|through|till|until)\s?(?P<m2>{_M})(?!\s*,?\s*\d)(?:\s+(?:quarter|period))?|\bbetween\s+(?P<m1b>{_M})\s+(?:and|to)\s+(?P<m2b>{_M})(?!\s*,?\s*\d)",
         lambda g, ctx: _r_month_range({"m1": g.get("m1") or g["m1b"], "m2": g.get("m2") or g["m2b"]}, ctx)),
    # "the December quarter", "Veritas Infosoft's December-quarter profit" (not "December quarter-on-quarter")
    Rule("quarter_ending", rf"(?:\bthe\s+)?\b(?P<m>{_M})(?:\s+|-)quarter\b(?!-on-)", _r_quarter_ending),
    Rule("span_ended", rf"\b(?:the\s+)?(?:(?P<n>{_N})\s+months|(?:(?:its\s+)?(?:current\s+)?(?:financial|fiscal)\s+)?(?P<unit>year|quarter|week|half[-\s]year|half))\s+(?:that\s+|which\s+)?(?:to|ending|ended|that\s+ended)\s+(?:on\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:(?P<date>{_DAYDATE})|(?P<mid>mid[-\s]?)?(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?)",
         lambda g, ctx: _r_span_ended({**g, "unit": (g.get("unit") or "").split("-")[0].split()[0] if g.get("unit") else None}, ctx)),
    Rule("quarter", rf"\b(?:the\s+)?(?P<qw>{_ORD})[\s-]quarter(?:\s+of)?(?:\s+(?:(?P<y>{_Y})|(?P<rel>this|last|next|the\s+current|the\s+previous)\s+(?:calendar\s+)?year))?", _r_quarter),
    Rule("quarter", rf"\b(?:Q(?P<qb>[1-4])|(?P<qa>[1-4])Q)\s?(?:of\s+)?(?:'?(?P<yy>\d\d)\b|(?P<y>{_Y})(?![-/–]\d))?", _r_quarter),
    Rule("half", rf"\b(?:the\s+)?(?P<hw>first|second)[\s-]half\s*(?:of\s+)?(?:(?:the\s+)?year\b\s*)?(?:(?P<y>{_Y})(?![-/–]\d)|(?P<rel>this|last|next)\s+year)?", _r_half),
    Rule("half", rf"\bH(?P<hb>[12])(?:\s?(?P<y>{_Y}))?(?!\w)", _r_half),
    Rule("part_year", rf"\b(?:the\s+)?(?P<part>early|mid|late|end\s+of|beginning\s+of|start\s+of)[-\s]?(?P<y>{_Y})\b", _r_part_year, absolute=True),
    # Stocks at a date.
    Rule("year_end_rel", r"\b(?:(?:as\s+(?:of|at|on)|at|by)\s+)?(?:the\s+)?end\s+of\s+(?P<rel>last|this|the\s+previous|the\s+current)\s+year\b",
         _r_year_end_rel),
    Rule("month_end", rf"\b(?:(?:as\s+(?:of|at|on)|at|by)\s+)?(?:the\s+)?end[-\s](?:of\s+)?(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?", _r_month_end),
    # "reserves stood at $5bn at end-2024": a stock at the year's last day
    Rule("year_end", rf"\b(?:(?:as\s+(?:of|at|on)|at)\s+)?end-(?P<y>{_Y})\b(?![-/–]\d)", _r_year_end, absolute=True),
    Rule("day", rf"\b(?:(?:as\s+(?:of|on|at)|on|till|until)\s+)?(?P<date>{_DAYDATE}){_NOT_AMOUNT}", _r_day),
    # Months.
    Rule("month", rf"\b(?:the\s+month\s+of\s+)?(?P<m>{_M})(?:,)?\s+(?:of\s+)?(?P<y>{_Y})\b(?![-/–]\d)", _r_month, absolute=True),
    Rule("month_rel_year", rf"\b(?P<m>{_M})\s+(?:of\s+)?(?P<rel>last|this)\s+year\b", _r_month_rel_year),
    Rule("year_range", rf"\bbetween\s+(?P<y1>{_Y})\s+and\s+(?P<y2>{_Y})\b", _r_year_range, absolute=True),
    Rule("years_from", rf"\b(?:(?:the|its)\s+(?:\w+\s+)?years\s+)?from\s+(?P<y1>{_Y})\s+(?:to|through|until|till)\s+(?P<y2>{_Y})\b",
         _r_years_from),
    Rule("quarter_range", rf"\b(?:between|from)\s+the\s+(?P<q1>{_ORD})\s+(?:and|to)\s+(?:the\s+)?(?P<q2>{_ORD})\s+quarters?\s+"
                          rf"(?:of\s+)?(?P<y>{_Y})(?![-/–]\d)", _r_quarter_range, absolute=True),
    # "for the year to a record $2bn" is the year; "the year to March" is span_ended
    Rule("full_year", rf"\b(?:for\s+|in\s+|over\s+|during\s+)?the\s+(?:full|whole|entire)[-\s](?:(?:fiscal|financial)\s+)?year\b(?!\s+(?:(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?(?:\d|{_M})|before|earlier|ago))"
                      rf"|\bfor\s+the\s+year\b(?!\s+(?:(?:to|ended|ending|through|till|until|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\d|{_M})|before|earlier|ago|as|under|so\s+far|to\s+date|till\s+date))|\bfull[-\s]year\b(?![-\s](?:to|ended|ending))"
                      # "rose to 7.38 lakh units during the year", "sold 1,98,400 units in the fiscal": the
                      # (fiscal) year of the passage, not a year named after it nor a noun's ("the fiscal deficit")
                      rf"|(?<!later\s)(?<!earlier\s)\b(?:during|in|over)\s+the\s+year\b(?=\s*(?:[,.;)]|$|\s(?:and|but|while|as\s+(?:a|the)|compared|against|from|,)\b))"
                      rf"|\b(?:during|in|over|for)\s+the\s+(?:fiscal|financial)(?:\s+year)?\b(?=\s*(?:[,.;)]|$|\s(?:and|but|while|compared|against|from)\b))",
         _r_none),  # "for the full-year": the year of its passage (periods.anchored)
    Rule("horizon_year", rf"\b(?:by|up\s+to|until)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+|end-)?(?P<y>{_Y})\b", _r_horizon_year, kind="horizon"),
    # The governing period again, or shifted from it.
    # "during the nine months", "in the first eight months": months of the passage, not of a year named
    Rule("anaphor", rf"\b(?:during|in|over|for)\s+the\s+(?:first\s+)?{_N}\s+months\b"
                    r"(?!\s+(?:of|to|ended|ending|through|till|until|since|before|after|ahead|from|starting|beginning|between|in|on)\b)"
                    r"(?!\s*\()", _r_months_anaphor),
    Rule("anaphor", r"\b(?:the\s+)?(?:(?:month|period|quarter|year|week)\s+under\s+review|review\s+period)\b"
                    r"|\b(?:during|in|over|for)\s+(?:the|this)\s+(?:month|period|week|quarter|half[-\s]year)\b(?!\s+(?:of|ended|ending|to|under|last|a\s+year))"
                    r"|\b(?:in\s+)?the\s+same\s+period\s+this\s+year\b", _r_anaphor),
    Rule("shift_to_year", rf"\b(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|months|time)\s+(?:of|in)\s+(?:the\s+)?(?:(?P<y>{_Y})(?![-/–]\d)|{_FY_LABEL})", _r_shift_to_year, kind="shift"),
    Rule("shift_year", rf"\b(?:over\s+|from\s+|in\s+|during\s+)?(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|months|time|time\s+frame|date)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior|a)\s+(?:{_FISCAL}|year)(?:\s+(?:{_Y}/\d\d|{_SPAN}))?"
                         r"|\blast\s+year\s*\(?\s*on\s+the\s+same\s+(?:date|day)\s*\)?"
                         r"|\ba\s+year\s+(?:earlier|ago|before)\b|\b(?:the\s+)?year[-\s](?:earlier|ago)(?:\s+(?:period|quarter|month|level))?\b"
                         r"|\b(?:the\s+)?(?:previous|preceding|prior)\s+year'?s?\b|\bthe\s+year\s+before\b", _r_shift_year, kind="shift"),
    Rule("shift_year_ahead", r"\ba\s+year\s+later\b|\bthe\s+(?:following|subsequent)\s+year\b", _r_shift_year_ahead, kind="shift"),
    Rule("previous_month", r"\b(?:the\s+)?(?:previous|preceding|prior)\s+month\b|\ba\s+month\s+(?:earlier|before|ago)\b",
         _r_previous_month, kind="shift"),
    Rule("previous_quarter", r"\b(?:the\s+)?(?:previous|preceding|prior|sequential)\s+quarter\b", _r_previous_quarter, kind="shift"),
    # Relative to publication.
    # "Cumulative collections in FY28 so far stand at Rs 13.4 lakh crore" (after October's figure)
    _fiscal_rule("fy_so_far", rf"\b(?:(?P<sf>so\s+far\s+in)\s+|in\s+)?{_FY_LABEL}(?(sf)|\s+(?:so\s+far|to\s+date|till\s+date))\b",
                 lambda g, ctx: _so_far(_r_fiscal_year(g, ctx), ctx), absolute=True),
    # "Exports for the fiscal year so far reached $25bn": the year's part reported, not the whole year
    Rule("year_so_far", r"\b(?:for|in|during|over)\s+the\s+(?P<kind>calendar\s+|fiscal\s+|financial\s+)?year\s+"
                        r"(?:so\s+far|to\s+date|till\s+date)\b", _r_year_so_far),
    Rule("year_to_date", r"\b(?:so\s+far\s+(?:this|in\s+the\s+current|in)\s+(?:calendar\s+|fiscal\s+|financial\s+)?year"
                         r"|(?:this|the\s+current)\s+(?:calendar\s+|fiscal\s+|financial\s+)?year\s+so\s+far"
                         r"|(?:in\s+|during\s+)?(?:the\s+)?year[-\s]to[-\s]date)\b", _r_year_to_date),
    # A day of the week: the market day of a share move, the day of a deal ("rose 3% on Tuesday",
    # "in late Thursday morning trading", "ending Friday 0.2% lower"); one that dates a statement
    # ("said on Monday") is no period of the figures (find_periods drops it)
    Rule("weekday", rf"\b(?:(?:in\s+)?(?:early|late)\s+(?:trading|dealing)s?\s+|(?:earlier|later|early|late)\s+)?on\s+{_WD}(?:\s+(?:morning|afternoon|evening|night))?\b(?![’']s)"
                    rf"|\bin\s+(?:early|late)\s+{_WD}(?:\s+(?:morning|afternoon))?\s+(?:trading|dealing)s?\b"
                    rf"|(?<=\bending\s){_WD}\b|(?<=\bclosing\s){_WD}\b", _r_weekday, kind="point"),
    # the day before publication, like a weekday the period of its own sentence only ("said yesterday" dates the statement)
    Rule("yesterday", r"\byesterday\b", _r_yesterday, kind="point"),
    Rule("last_year", r"\blast\s+(?:calendar\s+)?year\b", _r_last_year),
    Rule("this_year", r"\b(?:this|the\s+current)\s+(?:calendar\s+)?year\b", _r_this_year),
    Rule("next_year", r"\bnext\s+year\b", _r_next_year),
    Rule("last_month", r"\b(?:last|the\s+past)\s+month\b(?!\s+of\b)", _r_last_month),  # "the last month of the fiscal year" is its June
    Rule("this_month", r"\bthis\s+month\b", _r_this_month),
    Rule("last_week", r"\b(?:during\s+|in\s+|over\s+)?(?:the\s+)?(?:last|past)\s+week\b(?!s)", _r_last_week),
    # "Reserves had fallen by $1.1 billion in the previous week" after the week ended June 9: the week before
    Rule("previous_week", r"\b(?:during\s+|in\s+|over\s+)?(?:the\s+)?(?:previous|preceding|prior)\s+week\b(?!s)",
         _r_previous_week, kind="shift"),
    Rule("last_quarter", r"\blast\s+quarter\b", _r_last_quarter),
    Rule("vague", r"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:recent|past|last|previous|coming|next)\s+(?:(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:months|years|decades|weeks|quarters)\b"
                  r"|\b(?:the\s+)?(?:past|last)\s+(?:decade|few\s+years)\b|\bover\s+(?:the\s+)?(?:past\s+)?(?:\w+\s+)?(?:years|decades)\b"
                  # a time told by an event ("even before the coronavirus pandemic", "since the pandemic")
                  r"|\b(?:before|since|after|during)\s+the\s+(?:(?:coronavirus|covid(?:-19)?|global)\s+)?pandemic\b"
                  # "five years ago", "a decade ago": an event's time told from now, no figure's period
                  rf"|\b(?:{_N}|a\s+few|several|many)\s+(?:years|decades)\s+ago\b|\ba\s+decade\s+ago\b"
                  r"|\bin\s+(?:the\s+)?years\s+to\s+come\b|\bin\s+a\s+year\b|\brecent\s+(?:months|years)\b|\bin\s+the\s+recent\s+past\b"
                  r"|\b(?:during\s+|in\s+|over\s+)?(?:the\s+)?past\s+(?:year|12\s+months|twelve\s+months)\b"
                  # a rolling window ahead (claims.md: "over the coming five years" keeps null dates)
                  r"|\b(?:during\s+|in\s+|over\s+)?the\s+coming\s+(?:year|12\s+months|twelve\s+months)\b", _r_none, kind="vague"),
    Rule("year", rf"(?<![\w$£€.,-])(?P<y>{_Y})(?![\w%-]|\.\d|,\d|/\d)", _r_year, absolute=True),
    # "topline for CY21 clocked in at Rs48.6bn": a calendar year written as a label, whatever the fiscal calendar
    Rule("year", r"\bCY\s?'?(?P<cy>\d\d(?:\d\d)?)\b", lambda g, ctx: _r_year({"y": _label_year(g["cy"])}, ctx), absolute=True),
    Rule("month_noyear", r"(?:\b(?:in|during|since|until|till|by|for|of|last|from|through)\s+)(?:the\s+month\s+of\s+)?(?P<m>January|February|March|April|June|July|August|September|October|November|December|May)\b(?!\s+\d)", _r_month_noyear),
    Rule("month_noyear", r"\b(?P<m>January|February|March|April|June|July|August|September|October|November|December|May)[’']s\b", _r_month_noyear),
    # a month named before what it dates, opening a sentence or after "the": "June remittances were
    # $642 million", "the March figure" (capitalised, before a lower-case word: "May" is a verb there)
    Rule("month_noyear", r"(?:\A|(?<=[.!?]\s)|(?<=\n)|(?<=\bthe\s))(?-i:(?P<m>January|February|March|April|June|July|August"
                         r"|September|October|November|December))(?=\s+(?-i:[a-z]))", _r_month_noyear),
    # "The NTB said December arrivals were 1.12 lakh": a month before what it dates, the verb after it
    # ("May earnings were": a plural noun and its verb after it, "May" is no verb)
    Rule("month_noyear", r"\b(?-i:(?P<m>January|February|March|April|May|June|July|August|September|October|November|December))"
                         r"(?=\s+(?-i:[a-z]+s)\s+(?:were|was|rose|fell|stood|came|reached|totalled|totaled|increased|"
                         r"decreased|declined|grew|jumped|climbed|dropped|amounted|hit)\b)", _r_month_noyear),
    # "with March alone contributing $331m": a month singled out with no word before it
    Rule("month_noyear", r"\b(?-i:(?P<m>January|February|March|April|May|June|July|August|September|October|November|December))"
                         r"(?=\s+alone\b)", _r_month_noyear),
]
RULES_BY_NAME = {}
for _rule in RULES:
    RULES_BY_NAME.setdefault(_rule.name, _rule)


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase in the text and the rule that reads it."""

    start: int
    end: int
    text: str
    rule_index: int
    groups: tuple = ()  # (name, value) pairs of the match
    base: bool = False  # introduced by a comparison ("against $2bn in May"): the base figure's period

    @property
    def rule(self) -> Rule:
        return RULES[self.rule_index]

    @property
    def name(self) -> str:
        return self.rule.name

    @property
    def is_basis(self) -> bool:
        """A comparison base ("against $2bn in May", "compared with the same month last year"):
        it is the period of the base figure only."""
        return self.base

    @property
    def carries(self) -> bool:
        """Whether this period governs the figures after it (vague spans, horizons, shifts and
        comparison bases do not)."""
        return self.rule.kind == "period" and not self.base

    def resolve(self, ctx: Context) -> Dates:
        if self.name in ("anaphor", "weekday"):
            return self.rule.resolve({"_text": self.text}, ctx)
        if self.base and self.name == "last_year" and ctx.previous is not None:
            return _r_shift_year({}, ctx)  # "compared to $40bn last year": the governing period a year back
        rel = dict(self.groups).get("rel") if self.name == "fiscal_year" else None
        ended = _ended_fiscal_year(ctx) if rel and rel.lower() == "last" and not self.base else None
        if ended is not None:
            return ended
        if rel and not self.base and ctx.previous is not None and re.search(r"(?i)\byear\b", self.text) \
                and _relative_which(rel) == "last":
            # "In the last fiscal year, workers sent home $23.9bn": the whole year, not the months of the
            # current one a year back (which an elliptical base "… against $4bn last fiscal" means);
            # an undated page still counts it back from the fiscal year that holds the governing period
            whole = None if ctx.calendar.is_calendar_year else ctx.calendar.containing(ctx.previous[0])
            ctx = dataclasses.replace(ctx, previous=whole)
        return self.rule.resolve(dict(self.groups), ctx)


def resolve(mention: PeriodMention, ctx: Context) -> Dates:
    """Inclusive (start, end) dates of a period phrase, or None when it cannot be pinned down."""
    return mention.resolve(ctx)


_DATELINE_TAIL = re.compile(r"\s*(?::|\(|\)|[-–—]\s|\d{1,2}:\d\d|\bIST\b)")


def find_periods(text: str) -> list[PeriodMention]:
    """Every period phrase in ``text``, in order, without overlaps (earliest rule, then longest);
    a date in the article's dateline ("Islamabad, July 19 :") is no period of any figure."""
    found = []
    lowered = lowered_for_matching(text)
    for rank, rule in enumerate(RULES):
        if not may_match(rule.required, lowered):
            continue  # the text lacks a word every match of the rule holds: nothing to find
        for m in scan(rule.compiled, text, lowered, rule.required):  # only stretches that can match (prefilter.py)
            if m.end() > m.start():
                found.append((m.start(), m.end(), rank, m))
    kept = []
    taken = DisjointSpans()  # a binary search per match, not a scan of the kept ones (issue 18)
    for item in sorted(found, key=lambda f: (-(f[1] - f[0]), f[2], f[0])):
        if taken.add_if_free(item[0], item[1]):
            kept.append(item)
    mentions = []
    for start, end, rank, m in sorted(kept, key=lambda f: f[0]):
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        start, end = start + lead, end - trail
        if RULES[rank].name == "day" and start < 150 and _DATELINE_TAIL.match(text, end):
            continue
        if RULES[rank].name in ("weekday", "yesterday") and _dates_a_statement(text, start, end):
            continue  # "officials said on Tuesday", "announced on Monday that": the statement's day
        groups = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
        if not _acceptable(dict(groups)):
            continue
        previous = mentions[-1] if mentions else None
        gloss = _year_gloss(text, previous, start, end, RULES[rank].name, groups)
        if gloss is not None:
            mentions[-1] = gloss
            continue
        mentions.append(PeriodMention(start, end, text[start:end], rank, groups, _is_base(text, start, previous)))
    return mentions


_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")
_FISCAL_RULES = ("fy_months", "fy_quarter", "fy_half", "fy_month_range", "fiscal_year")


def _year_gloss(text: str, previous: Optional["PeriodMention"], start: int, end: int, name: str,
                groups: tuple) -> Optional["PeriodMention"]:
    """The phrase before a bracketed year that glosses it ("July-April of the current fiscal year
    2022-23 (FY23)", "the first ten months of the current fiscal year (2022-23)"), taken as one
    phrase: the bracket names the year of the phrase, it is no period of its own (the figures after
    it are of the ten months, not of the whole year). A relative "current"/"last fiscal year" takes
    the year the bracket names (an undated page says which year it means that way). None when the year at
    start..end is no such gloss."""
    if previous is None or name not in ("fiscal_year", "year") or not previous.carries:
        return None
    opened = _GLOSS_OPEN.fullmatch(text, previous.end, start)
    closed = _GLOSS_CLOSE.match(text, end)
    if opened is None or closed is None:
        return None
    merged, own = previous.groups, dict(previous.groups)
    labels = tuple((k, v) for k, v in groups if k in ("fs", "fs2", "fy", "fy2"))
    if previous.name in _FISCAL_RULES and labels and own.get("rel"):
        merged = tuple((k, v) for k, v in previous.groups if k != "rel") + labels
    stop = closed.end()
    return PeriodMention(previous.start, stop, text[previous.start:stop], previous.rule_index, merged, previous.base)


# "rose more than expected in March": set against a forecast, not a period; March is the figure's own
_THAN_EXPECTED = r"(?!\s+(?:(?:had\s+been|was|were|had)\s+)?(?:expected|forecast|anticipated|estimated|predicted|projected|feared|hoped)\b)"
_COMPARISON = re.compile(r"\b(?:against|compar(?:ed|es|ing)|comparison|contrast(?:ed|ing|s)?|versus|vs\.?|since)\b"
                         # "than", but not the qualifier of a figure ("more than 10 lakh workers left in ...")
                         rf"|\bthan\b(?<!\bmore\sthan)(?<!\bless\sthan)(?<!\bfewer\sthan){_THAN_EXPECTED}"
                         r"|\b(?:more|less|fewer)\s+than\b(?!\s+(?:about\s+|around\s+)?(?:[$£€₹]|Rs\.?|Tk|US\$|\d))"
                         + _THAN_EXPECTED +
                         r"|\bfrom\s+(?:(?:its|their|the|a)\s+)?(?:\w+\s+of\s+)?(?:[$£€₹]|Rs\.?|USD|US\$|Tk|NPR|\d)"
                         r"|\bfrom\s+(?=(?:the\s+)?(?:same|corresponding|last|previous|preceding|a\s+year))"
                         r"|\bover\s+(?=(?:the\s+)?(?:same|corresponding|previous|preceding|a\s+year))"
                         # "the CPI rising 11.04 percent over October 2018": a rate over a dated month is its base
                         rf"|(?:%|\bper\s*cent|\bpercent|\dpc)\s+over\s+(?={_M}\s+{_Y}\b)", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.!?;]\s|\n|,\s*(?:while|whereas|but|which|who)\b", re.IGNORECASE)


def _is_base(text: str, start: int, previous: Optional["PeriodMention"]) -> bool:
    """Whether the period at ``start`` is a comparison base: a comparison word ("against",
    "compared to", "from $X", "than") stands between it and the previous period of its clause;
    a list of bases ("against 8.9% in January-March and 20.4% in April-June 2022") stays one."""
    lo = max(0, start - 300)
    # a bracketed conversion "(£1m; $2m)" ends no clause
    window = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text[lo:start])
    clause = max((lo + m.end() for m in _CLAUSE_START.finditer(window)), default=lo)
    gap_start = max(clause, previous.end if previous else 0)
    gap = text[gap_start:start]
    found = _COMPARISON.search(gap + text[start:start + 20])  # the look-ahead sees the period itself
    if found and found.start() < len(gap):
        return True
    if previous is not None and previous.end >= clause and re.match(r"(?i)from\s", text[start:start + 5]) \
            and re.search(r"\d", gap):
        return True  # "fell 1.8% in December to $5bn from November": the change's base, not the level's period
    return (previous is not None and previous.base and previous.end >= clause and len(gap) <= 45
            and re.search(r"\band\b|,", gap) is not None)


def _acceptable(groups: dict) -> bool:
    """A split year is a fiscal year only when its years follow each other ("2012-15" is a range)."""
    span = groups.get("fs") or groups.get("fs2")
    if span:
        y1, y2 = _span_years(span)
        return y2 == y1 + 1
    return True


def as_stock(dates: Dates) -> Dates:
    """A level (a stock such as reserves) stated for a week is a level at the week's last day."""
    if dates and (dates[1] - dates[0]).days == 6:
        return dates[1], dates[1]
    return dates


# a point compared with ("last seen in 1995", "since June 2001") or a horizon ("by the middle of 2006")
_COMPARISON_POINT = re.compile(r"(?:\bsince|\bseen\s+in|\bthan\s+in|\bby\s+the\s+(?:middle|end|start)\s+of)\s+(?:the\s+)?$",
                               re.IGNORECASE)


_FORECAST_CLAUSE = re.compile(r"\b(?:warn|expect|predict|forecast|fear)\w*\s+that\b[^.;!?]*$", re.IGNORECASE)


def in_forecast_clause(text: str, mention: "PeriodMention") -> bool:
    """Whether a period phrase stands in a forecast clause of its sentence ("… and warned that
    earnings in 2005 may also slide"): the forecast's time, not the period of the figures after it
    (developed on bbc-dev2)."""
    return _FORECAST_CLAUSE.search(text, max(0, mention.start - 200), mention.start) is not None


# --- the time of a figure's clause ---------------------------------------------------------------

_RELEASE_VERBS = frozenset(_data()["clause_time"]["release_verbs"])
_PLAN_VERBS = frozenset(_data()["clause_time"]["plan_verbs"])
_STATE_VERBS = frozenset(_data()["clause_time"]["state_verbs"])


def clause_time(span) -> str:
    """The time of the clause that holds a figure (``span``: its tokens in a parsed sentence), read
    off the first finite verb above it: "present" for a state in the simple present ("Acme, which
    employs 300 staff", "tourism accounts for 6% of GDP", "Zorba is 100% state-owned"), "future"
    under a modal or a plan ("may raise rates from their current 4%", "plans to invest $5m",
    "needs $3m"), "ongoing" for a present progressive or passive ("is asking for $3m", "is
    burdened with $9bn of debt"), "past", or "" when the clause does not tell (a release's
    verb: "figures show exports at $5bn"; a present perfect). A figure in the present or
    the future states no time of a passage told in the past: it takes no carried period, and a
    planned figure's period governs nothing after it (developed on bbc-dev2)."""
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
            if any(c.tag_ == "MD" for c in aux):
                # "should be more than $8bn": an estimate of the passage's state, not a plan
                return "" if tok.lemma_.lower() == "be" else "future"
            if tok.lemma_.lower() in _PLAN_VERBS and not any(c.tag_ == "VBD" for c in aux) and (
                    tok.tag_ in ("VBZ", "VBP", "VBG")
                    or (tok.tag_ == "VBN" and any(c.tag_ in ("VBZ", "VBP") for c in aux))):  # "is expected to"
                return "future"
            if tok.lemma_.lower() == "set" and tok.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in tok.children) \
                    and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in aux):
                return "future"  # "is set to offer", not "has set a target" nor "set up"
            if tok.tag_ in ("VBZ", "VBP") and any(c.lower_ in ("now", "currently") for c in tok.children):
                return "present"  # "the average price now stands at $150,000": the time of writing
            if tok.lemma_.lower() in _RELEASE_VERBS:
                return ""
            if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
                return "past"
            if tok.tag_ in ("VBG", "VBN") and any(c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() == "be" for c in aux) \
                    and not any(c.lemma_.lower() == "have" for c in aux):
                # "is asking for $320m", "are seeking charges against 28 others", "is burdened with
                # $190bn of bad debt": a process or state now, in no past passage's period
                return "ongoing"
            if aux:
                return ""
            if tok.tag_ in ("VBZ", "VBP"):
                # a state ("employs", "is", "accounts for"), not an event told in the present ("the
                # rise comes on sales up 5%"); "that expansion is 23%", "it is 5%": a figure told
                # before, in the time it had
                if tok.lemma_.lower() not in _STATE_VERBS \
                        or any(_points_back(c) for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
                    return ""
                return "present"
        if tok.head is tok:
            break
        tok = tok.head
    return ""


_THING_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+[a-z][\w-]*")


def names_a_thing(text: str, mention: "PeriodMention") -> bool:
    """Whether a bare year is part of a name of a thing ("a 2003 bond deal", "an 1998 law"): an
    article and a noun around it. It dates the thing, not the figures near it."""
    return (mention.name == "year" and _THING_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None
            and _THING_AFTER.match(text, mention.end) is not None)


def appositive_of(span):
    """The tokens of the appositive that holds a figure ("Zentrax, a 30% shareholder in Vell, decided
    in April 2029 ..."), or None: it describes a party of the clause, not what the clause's period dates."""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return None
        if tok.dep_ == "appos":
            # only a described party set off by a comma ("X, a 30% shareholder in Y,"), not a
            # bracketed conversion ("$1.13bn (£600m)") nor a list's item
            left = tok.left_edge
            if tok.pos_ == "NOUN" and left.lower_ in ("a", "an", "the") and left.i > 0 and tok.doc[left.i - 1].text == ",":
                return tok.doc[left.i:tok.right_edge.i + 1]
            return None
        tok = tok.head
    return None


def scheduled_verb(span):
    """The verb whose coming event a day phrase (``span``: its tokens) dates, or None: a day hung on
    an event verb in the simple present ("the board of 12 lenders meets on 14 March", "the plant
    opens on Monday") or under a modal or a plan ("will vote on 3 May", "is due to report on 5
    March"). That day is the event's, ahead of the figures: it is no period of the figures in the
    event's subject ("12 lenders"), nor of the figures after it (a past event's day is: "reserves
    stood at $8bn on 13 October")."""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    lemma = tok.lemma_.lower()
    if any(c.tag_ == "MD" and c.lower_ in ("will", "shall", "'ll") for c in aux) and lemma != "be":
        return tok
    if not aux and tok.tag_ in ("VBZ", "VBP") and lemma not in _STATE_VERBS | _RELEASE_VERBS:
        return tok
    head = tok.head  # "is due to report on 5 March", "plans to vote on 3 May"
    if tok.tag_ == "VB" and tok.dep_ == "xcomp" and head is not tok and head.tag_ in ("VBZ", "VBP", "JJ") \
            and (head.lemma_.lower() in _PLAN_VERBS or head.lower_ in ("due", "set", "scheduled")):
        return head.head if head.tag_ == "JJ" and head.dep_ == "acomp" else head  # whose subject is the party
    return None


def in_subject_of(verb, start: int, end: int, offset: int = 0) -> bool:
    """Whether the article characters start..end lie in the subject of ``verb`` ("the 12 lenders"
    of "the 12 lenders meet"); ``offset``: where the verb's parsed part starts in the article."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            lo = offset + child.left_edge.idx
            hi = offset + child.right_edge.idx + len(child.right_edge)
            if lo <= start and end <= hi:
                return True
    return False


def other_time(figure_time: str, period_time: str) -> bool:
    """Whether a period stated in a clause told in ``period_time`` is of another time than a figure
    told in ``figure_time`` (both :func:`clause_time`): a plan's or forecast's period governs only
    plans and forecasts ("plans to invest $5m in 2031" says nothing of the dividend paid after it),
    and a period told in the past governs no plan ("sales fell in 2031 ... 1,000 people will need
    aid") nor what goes on now ("... is asking for $3m")."""
    if period_time == "future":
        return figure_time != "future"
    return period_time == "past" and figure_time in ("future", "ongoing")


def _points_back(subject) -> bool:
    """Whether a clause's subject points back to something told before ("it", "that expansion")."""
    demonstratives = ("this", "that", "these", "those")
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return subject.lower_ in ("it", "they") + demonstratives or subject.left_edge.lower_ in demonstratives \
        or (before is not None and before.lower_ in demonstratives)  # the parser may read it as "mark"


# a period that dates the statement, not the figure of its that-clause ("had warned in September
# that the levy would cost $5m")
_STATEMENT_TIME = re.compile(r"\b(?:warn\w*|said|says?|predict\w*|forecast\w*|expect\w*|announc\w*|estimat\w*|project\w*|told|tells?)\s+(?:\w+\s+)?$",
                             re.IGNORECASE)


_SAYING_BEFORE = re.compile(r"\b(?:said|says?|told|tells?|announc\w*|report\w*|confirm\w*|stat\w*|warn\w*|revealed|disclosed|"
                           r"published|released|add\w*|comment\w*|predict\w*|forecast\w*|estimat\w*|unveil\w*|show(?:s|ed|n)?|"
                           r"a\s+statement|statement|announcement|interview|speech|conference)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SAYING_AFTER = re.compile(r"\s*,?\s*(?:that\b|(?:it|he|she|they|the\s+\w+|\w+)\s+(?:said|announced|told|added|reported)\b|said\b|announced\b)",
                           re.IGNORECASE)


def _dates_a_statement(text: str, start: int, end: int) -> bool:
    """Whether a day phrase is the time of a statement ("officials said on Tuesday", "On Monday, the
    firm said", "announced on Friday that"), not of a figure ("… and 15 on Monday, said officials":
    the figure's day, the whole sentence said)."""
    opens_sentence = re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, start - 3):start]) is not None
    return (_SAYING_BEFORE.search(text, max(0, start - 40), start) is not None
            or _PRESENTING_BEFORE.search(text, max(0, start - 80), start) is not None
            or (opens_sentence or text.startswith("that", end + 1)) and _SAYING_AFTER.match(text, end) is not None
            or _ANNOUNCING_VERB_AFTER.match(text, end) is not None)


# "presented the Budget for 2027 in Parliament on Friday, estimating revenue at …": the day of the
# presentation, a few words after its verb, not of the figures presented
_PRESENTING_BEFORE = re.compile(r"\b(?:presented|tabled|unveiled|placed|proposed)\b(?:\s+[\w'’.-]+){0,8}\s+$", re.IGNORECASE)
# "The government on Monday announced a Rs 2.15 trillion budget": the day right before the verb of
# announcing, no comma between, is the announcement's
_ANNOUNCING_VERB_AFTER = re.compile(r"\s+(?:announced|unveiled|presented|tabled|proposed|approved|said|released|"
                                    r"published|reported)\b", re.IGNORECASE)


def dates_the_statement(text: str, mention: "PeriodMention") -> bool:
    """Whether a period phrase is the time of a verb of saying that introduces a that-clause ("It
    had warned in September that the dollar would knock $5m off profits"): that of the warning,
    not of the forecast figure in the clause, nor of the figures after it."""
    return (re.match(r"\s*,?\s*that\b", text[mention.end:mention.end + 12]) is not None
            and _STATEMENT_TIME.search(text, max(0, mention.start - 40), mention.start) is not None)


_NOW_FIGURE = re.compile(r"\b(?:current|present|existing|prevailing)\s+(?:(?:level|rate|price|value|figure|total)\s+(?:of\s+)?)?$",
                         re.IGNORECASE)


_COMPARED_CUE = re.compile(r"\b(?:compared\s+(?:with|to)|contrast(?:ed|ing|s)?\s+with|against|versus|vs\.?|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)than)\s+",
                           re.IGNORECASE)
_COMPARED_LIST = re.compile(r"(?:\s*N\s+(?:in|for|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,\s*and|,|and)\s+)*"
                            r"\s*(?:the\s+|a\s+|its\s+|their\s+)?(?:about\s+|around\s+|some\s+)?")


def compared_figure(text: str, sent_start: int, figure_start: int, others: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure is what another is compared with, with no period of its own: right after
    "compared with", "against", "than" ("the rate rose to 4.7%, compared with 12.1% in Freedonia,
    10.4% in Ruritania and 9.7% in Zembla"): the base of a comparison whose period is not written has
    none (gold/README.md), not the period of the passage."""
    cues = list(_COMPARED_CUE.finditer(text, max(sent_start, figure_start - 200), figure_start))
    if not cues:
        return False
    lo = cues[-1].end()
    between = text[lo:figure_start]
    for s, e in sorted((s, e) for s, e in others if lo <= s and e <= figure_start)[::-1]:
        between = between[:s - lo] + "N" + between[e - lo:]
    return _COMPARED_LIST.fullmatch(between) is not None


# "fell 10% to $3.7bn from $4.1bn", "rose from $5m to $5.5m": the level after "from" in a change
_FROM_CUE = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated)\s+)?$", re.IGNORECASE)
_TO_CUE = re.compile(r"\bto\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.IGNORECASE)


def from_base(text: str, figure_start: int, figure_end: int, others: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure is the base of a change between two levels: right after "from", with the
    other level right after "to" just before it ("fell 10% to $3.7bn from $4.1bn") or just after it
    ("rose from $5m to $5.5m"). Its period is that of the comparison, not the passage's (gold/README.md:
    a base whose period is not written has none; sa-dev decisions: a list that states its base
    period once gives it to every base)."""
    if _FROM_CUE.search(text, max(0, figure_start - 30), figure_start) is None:
        return False
    for s, e in others:
        if e <= figure_start and figure_start - e <= 90 and _TO_CUE.search(text, max(0, s - 20), s) \
                and re.fullmatch(r"[^.;,]*", text[e:figure_start]):
            return True
        if s >= figure_end and s - figure_end <= 40 and _TO_CUE.search(text, max(0, s - 20), s) \
                and re.fullmatch(r"[^.;]*", text[figure_end:s]):
            return True
    return False


def figure_of_now(text: str, figure_start: int) -> bool:
    """Whether a figure is called the current one ("from their current 4.75%", "the present rate
    of 3%"): a level at the time of writing, not in the period of the passage."""
    return _NOW_FIGURE.search(text, max(0, figure_start - 40), figure_start) is not None


_SPAN_BOUND = re.compile(r"\b(?:until|till|untill|since)\s+(?:at\s+least\s+)?(?:the\s+)?$"
                         # a date that defines who or what is counted: "children born after 1 September 2002"
                         r"|\b(?:born|founded|established|incorporated)\s+(?:on\s+or\s+)?(?:in|on|after|before|since|between)?\s*$",
                         re.IGNORECASE)


def bounds_a_span(text: str, mention: "PeriodMention") -> bool:
    """Whether a period phrase follows "until" or "since" ("suspending repayments until at least
    the 2007 fiscal year", "past $50 for the first time since November") or opens a span still
    running ("at a standstill from July onward", "will receive Rs 5,000 from April"): a horizon or a
    point compared with; or dates a condition ("children born after 1 September 2002"). It governs no
    figure after it."""
    return (_SPAN_BOUND.search(text, max(0, mention.start - 30), mention.start) is not None
            or re.match(r"(?i)(?:since|until|till)\b", mention.text) is not None
            or _ONWARD.match(text, mention.end) is not None
            or re.match(r"(?i)from\b", mention.text) is not None and not mention.base
            and _WILL_IN_SENTENCE.search(text, max(0, mention.start - 200), mention.start) is not None)


_ONWARD = re.compile(r"\s*(?:onwards?|and\s+beyond)\b", re.IGNORECASE)  # "from July onward": a span still open
# "Public servants will receive an allowance of Rs 5,000 from April": the start of what is to come
_WILL_IN_SENTENCE = re.compile(r"\b(?:will|shall)\b[^.!?\n]*$", re.IGNORECASE)


def reference_day(mentions: Sequence[PeriodMention], calendar: Calendar = CALENDAR_YEAR,
                  around: Optional[PeriodMention] = None, text: str = "", window: int = 250) -> Optional[dt.date]:
    """For an article without a date: the latest day stated by the absolute periods next to
    ``around`` (within ``window`` characters, same paragraph), against which "in June" and "the
    current fiscal year" are counted. A relative phrase with no absolute one near it stays open."""
    ctx = Context(None, calendar)
    ends = []
    for p in mentions:
        if p is around or p.rule.kind in ("shift", "horizon"):
            continue  # any phrase that dates itself without the article's date ("the fourth quarter of 2004")
        if text and _COMPARISON_POINT.search(text, max(0, p.start - 30), p.start):
            continue  # "levels last seen in 1995", "the lowest since June 2001": a point compared with, not now
        headline = "\n" in text and p.end <= text.index("\n", 1 if text.startswith("\n") else 0)
        if around is not None and not headline:
            lo, hi = min(p.start, around.start), max(p.end, around.end)
            if hi - lo > window + (p.end - p.start) + (around.end - around.start) or "\n" in text[lo:hi]:
                continue
        dates = p.resolve(ctx)
        if dates:
            ends.append(dates[1])
    return max(ends) if ends else None


# --- which period governs a figure --------------------------------------------------------------

_SEPARATOR = re.compile(r"\b(?:against|compared|contrast(?:ed|ing|s)?|versus|vs\.?|while|whereas|but|from|than|after|since)\b|;"
                        # "profits fell 33% and it warned that earnings in 2005 may slide": another clause's
                        r"|\band\s+(?:\w+\s+){0,2}?(?:warned|said|says|added|predicted|forecast|expects|expected)\s+that\b"
                        r"|\b(?:highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|fastest|slowest)\b"
                        r"|,\s*(?:adding|saying|and|while|which|who|marking|showing|recording|reflecting|posting|registering|the\s+highest|the\s+lowest)\b"
                        # "a surplus of $210m, the third monthly surplus this fiscal year": ranked in the span after it
                        r"|,\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
                        re.IGNORECASE)
# "earned $5.5 billion from exports in FY23": "from" a thing (lower-case words, no time word)
# right before the period's preposition names where the money came from, not a base
_FROM_SOURCE = re.compile(r"\bfrom\s+(?!(?:(?:the|a|an|its|their)\s+)?(?:same|previous|preceding|last|year|years|month|months|quarter|"
                          r"corresponding|earlier|prior|levels?|figures?|base)\b)(?:(?:the|a|an|its|their)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?"
                          r"\s+(?=(?:in|during)\s*$)")
# a change before "from" ("a 78.5 per cent increase from the inflows recorded in March 2022"): a base
_CHANGE_GAP = re.compile(r"(?i)\b(?:increase|rise|growth|jump|surge|decline|decrease|fall|drop|dip|up|down|higher|lower|"
                         r"more|less)\b")
_COMPARED = re.compile(r"\b(?:against|compared|versus|vs\.?|from|than|over|with)\b", re.IGNORECASE)
_NOT_BASE_FIGURE = re.compile(r"\band\b|\b(?:show|mark|record|reflect|post|register|indicat)\w*"
                              r"|\b(?:decrease|increase|decline|growth|rise|fall|drop|gain)\b", re.IGNORECASE)
_AGAINST_CURRENCY = re.compile(r"\bagainst\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:rupee|taka|dollar|euro|yen|pound|"
                               r"sterling|yuan|renminbi|rupiah|ringgit|won|franc|dirham|riyal|lira|greenback)s?\b")
# "from" before a name that is no month ("vendors from Zentara", "bought two brands from Vellco in
# early 2003"): where the figure came from, not the base a change is measured from
_FROM_NAME = re.compile(rf"\bfrom\s+(?!(?i:{_M}))[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*")
# figures of verbs joined by "and" ("killed 10,000 people and caused damage of $10bn"), no comma between;
# not a list of figures compared ("up 0.4% on the month and by 12.6% on a year earlier")
_AND = re.compile(r"^[^,;]*\band\s+[a-z]+ed\b")
# a change chained to its level ("fell 12% to $2bn"), a conversion ("or"), a share ("seven out of 10 regions")
# "rose 12.3% to $34.6bn", "to a record $34.6bn", "to an all-time high of $34.6bn": a change and its level
# "Inflows in March were 0.7% higher than a year earlier at $572.4 million": the level the change reached
_AT_LEVEL = re.compile(r"\s*,?\s*at\s+(?:a\s+|an\s+)?(?:record\s+)?", re.IGNORECASE)
_CHANGED_THAN = re.compile(r"\b(?:higher|lower|more|less|up|down)\s+(?:than|from|on)\s+(?:the\s+)?$", re.IGNORECASE)
_PLAN_NOUN_AFTER = re.compile(r"\s+(?:budget(?:ary)?\s+)?(?:target|estimate|goal|projection|forecast)s?\b", re.IGNORECASE)
_WHILE_CLAUSE = re.compile(r"\s*,\s*(?:while|whereas)\s+[^,;.()]*", re.IGNORECASE)
_SENTENCE_TAIL = re.compile(r"\s*(?:[.!?;]|$|,\s*(?:[\w'’-]+\s+){0,5}(?:said|says|showed|shows|reported|added)\b)")
_FOR_COUNT = re.compile(r"\s+(?:for|across|covering|involving)\s+", re.IGNORECASE)
_COUNTED_NOUN = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+")
_BASE_RIGHT_AFTER = re.compile(r"\s*(?:from|over|on)\s+", re.IGNORECASE)  # "9.6% from a year earlier"
_CHAIN = re.compile(r"[\s,)]*(?:(?:[\w-]+\s+){0,6}?(?:to|at)(?:\s+(?:a|an|the|its|their))?(?:\s+[a-z][\w-]*){0,3}?"
                    r"|or|out\s+of)\s+", re.IGNORECASE)


def _compared_base(p: PeriodMention, text: str, sent_start: int) -> bool:
    """A year-back base introduced by a comparison ("against the same period last year"): it is
    the base figure's period, not the period of the figures after it."""
    return p.name in ("shift_year", "shift_to_year") and _COMPARED.search(text, max(sent_start, p.start - 30), p.start) is not None


# a share of a plan, the period right after it the plan's: "62.1 per cent of the budget estimate for the
# full year", "71.5% of the annual target for FY29"
_OF_A_PLAN = re.compile(r"(?i)\b(?:of|against)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}"
                        r"(?:estimates?|targets?|goals?|budget|allocations?|projections?|forecasts?)\s+$")


def governing_period(mentions: Sequence[PeriodMention], q_start: int, q_end: int, sent_start: int, sent_end: int,
                     text: str, other_quantities: Sequence[tuple[int, int]]) -> Optional[PeriodMention]:
    """The period phrase of the figure at q_start..q_end within its sentence, or None.

    A period right after the figure governs it ("$6.16 billion in the July-May 2021-22 period")
    unless a separator or another figure stands between ("$224 million against $124 million in
    August 2020": August 2020 is the $124 million's); a change chained to its level ("fell 12%
    year-on-year to $2 billion in June") takes the level's period. A vague span after the
    figure does not override a stated period before it. Otherwise the nearest period before the
    figure in the sentence ("During fiscal year 2020/21, ... increased 47.4 percent").
    """
    in_sentence = [p for p in mentions if sent_start <= p.start and p.end <= sent_end]
    before = [p for p in in_sentence if p.end <= q_start]
    after = [p for p in in_sentence if p.start >= q_end]
    if after and re.match(r"\s*[:=]", text[after[0].end:after[0].end + 3]):
        after = []  # "FY22: 6.17%, FY23: 0.29%": a label of the next item, not this figure's period
    if after and (_OF_A_PLAN.search(text, q_end, after[0].start) or _PLAN_NOUN_AFTER.match(text, after[0].end)):
        # "62.1 per cent of the budget estimate for the full year", "11.80 trillion rupees, or 62.4% of the
        # full-year target": the plan's period
        after = []
    if len(after) > 1 and after[0].base and _BASE_RIGHT_AFTER.fullmatch(text, q_end, after[0].start):
        # "rose 9.6% from a year earlier to 2.14 trillion rupees in October": the base the change is
        # measured from; the change takes the period of the level it runs to, read without the base
        text = text[:q_end] + " " * (after[0].end - q_end) + text[after[0].end:]
        after = after[1:]
    if after:
        p = after[0]
        gap = text[q_end:p.start]
        between = [q for q in other_quantities if q_end <= q[0] and q[1] <= p.start
                   and not re.fullmatch(r"\s*\([^()]*", text[q_end:q[0]])]  # "Rs 1.87 trillion ($22.88 billion)", "(£1m; $2m)"
        if len(between) == 1 and _FOR_COUNT.fullmatch(text, q_end, between[0][0]) \
                and _COUNTED_NOUN.fullmatch(text, between[0][1], p.start):
            between = []  # "pledges of Rs 28.42 billion for 112 projects in the Shrawan-Asoj period": what it was for
        chained = len(between) == 1 and _CHAIN.fullmatch(text[q_end:between[0][0]]) is not None
        if between and _RESPECTIVELY.search(text, sent_start, sent_end) and all(
                _FIGURE_LIST_GAP.fullmatch(text[a:b[0]]) for a, b in zip([q_end] + [q[1] for q in between], between)):
            # "stood at $3bn and $5bn, respectively, in July": a list of figures shares the period after it
            gap, between = text[between[-1][1]:p.start], []
        gap = re.sub(r"\([^()]*\)", " ", gap)  # a bracketed conversion "(£1m; $2m)" separates nothing
        gap = _AGAINST_CURRENCY.sub(" ", gap)  # "fell 1.2% against the US dollar in July": a rate's pair, no base
        gap = _FROM_NAME.sub(" ", gap)  # "6,000 vendors from Zentara were registered last year": an origin, no base
        if not _CHANGE_GAP.search(gap):
            gap = _FROM_SOURCE.sub(" ", gap)  # "earned $5.5 billion from exports in FY23": where it came from, no base
        # "killed about 10,000 people and caused damage of about $10bn in 1998": verbs joined by
        # "and" share the period after the last one's figure
        coordinated = len(between) == 1 and not chained and p.rule.kind == "period" \
            and _AND.search(text[q_end:between[0][0]]) is not None
        if len(between) == 1 and not before and p.rule.kind == "period" \
                and not p.base and _WHILE_CLAUSE.fullmatch(text, q_end, between[0][0]) and _SENTENCE_TAIL.match(text, p.end):
            # "Computer services exports stood at $2,180 million, while telecom exports were recorded at
            # $487 million during the period.": the period closing two parallel clauses is both's
            return p
        if coordinated:
            gap = gap.replace(text[between[0][0]:between[0][1]], " ")
        if not _SEPARATOR.search(gap.replace(text[between[0][0]:between[0][1]], "") if chained else gap) \
                and (not between or chained or coordinated) and len(gap) <= 80:
            # "fell 1.8% in December to $5bn from November": a base after a level is the change's, not the level's
            # "rising 11.04 percent over October 2018" after "in October": the base, the period before governs
            if not (p.rule.kind in ("vague", "horizon") and before) and not (p.base and before and (
                    p.text[:5].lower() == "from " or _BASE_RIGHT_AFTER.fullmatch(text, q_end, p.start))):
                return p
    # "the previous year's figures of 39,152 and 16,423": a list of figures right after the phrase
    # is one figure for it, each item the phrase's
    listed = sorted(q for q in other_quantities if before and before[-1].end <= q[0] and q[1] <= q_start)
    first = listed[0][0] if listed and all(_FIGURE_LIST_GAP.fullmatch(text[a[1]:b[0]])
                                           for a, b in zip(listed, listed[1:] + [(q_start, q_end)])) else q_start
    base_gap = text[before[-1].end:first] if before else ""
    if before and before[-1].base and len(base_gap) <= 40 and not _SEPARATOR.search(base_gap) \
            and not _NOT_BASE_FIGURE.search(base_gap) \
            and not (_AT_LEVEL.fullmatch(base_gap) and _CHANGED_THAN.search(text, max(0, before[-1].start - 25), before[-1].start)) \
            and not any(before[-1].end <= q[0] and q[1] <= first for q in other_quantities):
        return before[-1]  # "than what was raised in 2020 i.e. $65 million": the base figure itself
    before = [p for p in before if not p.base]
    return before[-1] if before else None


# --- "A and B were $1bn and $2bn, respectively" -----------------------------------------------

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_LIST_ITEM = rf"(?:{_M}(?:,?\s+{_Y}(?![-/–]\d))?|{_SPAN}|{_Y}|FY\s?'?\d\d(?:\d\d)?)"
_PERIOD_LIST = re.compile(rf"(?<![\w$£€])(?:{_LIST_ITEM})(?:\s*,\s*(?:and\s+)?(?:{_LIST_ITEM})|\s+and\s+(?:{_LIST_ITEM}))+(?![\w%])",
                          re.IGNORECASE)
_LIST_ITEM_RE = re.compile(rf"(?<![\w$£€])(?:{_LIST_ITEM})(?![\w%])", re.IGNORECASE)
_FIGURE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)


def respective_periods(text: str, sent_start: int, sent_end: int, figures: Sequence[tuple[int, int]],
                       q_start: int) -> Optional[PeriodMention]:
    """In a sentence that pairs a list of figures with a list of periods "respectively" ("the
    2021 and 2022 totals were $5bn and $3bn, respectively", "rose to $40m and $42m in May and
    June, respectively"), the period at the figure's place in its list; None otherwise or when
    the two lists differ in length. The returned mention reads the item as a phrase of its own
    ("in June" for a bare month name)."""
    sentence = text[sent_start:sent_end]
    if not _RESPECTIVELY.search(sentence):
        return None
    figures = sorted(figures)
    at = next((i for i, f in enumerate(figures) if f[0] == q_start), None)
    if at is None:
        return None
    lo = hi = at  # the run of figures joined by "and" or commas that holds this one
    while lo > 0 and _FIGURE_LIST_GAP.fullmatch(text[figures[lo - 1][1]:figures[lo][0]]):
        lo -= 1
    while hi + 1 < len(figures) and _FIGURE_LIST_GAP.fullmatch(text[figures[hi][1]:figures[hi + 1][0]]):
        hi += 1
    if hi == lo:
        return None
    for lst in _PERIOD_LIST.finditer(sentence):
        items = list(_LIST_ITEM_RE.finditer(lst.group(0)))
        if len(items) != hi - lo + 1:
            continue
        item = items[at - lo]
        start = sent_start + lst.start() + item.start()
        phrase = item.group(0)
        if _Y_ONLY.fullmatch(phrase) is None and _M_ONLY.fullmatch(phrase) is not None:
            phrase = "in " + phrase  # a bare month reads as "in June"
        found = find_periods(phrase)
        if len(found) != 1:
            continue
        m = found[0]
        return PeriodMention(start, start + len(item.group(0)), item.group(0), m.rule_index, m.groups)
    return None


_Y_ONLY = re.compile(_Y)
_M_ONLY = re.compile(_M, re.IGNORECASE)


def same_part_this_year(previous: Dates, ctx: Context) -> Dates:
    """"whereas this year", "the same period this year" set against a part of an earlier year
    ("In March of last year exports were $5m, whereas this year they were $6m"): the same part
    in the current (fiscal, in a fiscal passage) year; None when ``previous`` is no part of an
    earlier year."""
    if previous is None or (previous[1] - previous[0]).days > 300 or ctx.anchor is None:
        return None
    cal = ctx.calendar if ctx.fiscal else CALENDAR_YEAR
    current = current_fiscal_year(ctx, cal) if ctx.fiscal else cal.containing(ctx.anchor)
    if current is None:
        return None
    years = current[0].year - cal.containing(previous[0])[0].year
    return year_back(*previous, -years) if years > 0 else None


def month_after(dates: Dates) -> Dates:
    """The month after ``dates`` when they are one calendar month (a month-on-month base), else None."""
    if dates is None or dates[0].day != 1 or dates[1] != _month_end(dates[0].year, dates[0].month):
        return None
    y, m = _shift_months(dates[0].year, dates[0].month, 1)
    return _months(y, m, y, m)


def month_before(dates: Dates) -> Dates:
    """The month before ``dates`` when they are one calendar month, else None."""
    if dates is None or dates[0].day != 1 or dates[1] != _month_end(dates[0].year, dates[0].month):
        return None
    y, m = _shift_months(dates[0].year, dates[0].month, -1)
    return _months(y, m, y, m)


_YEARLESS_PARTS = ("quarter", "half", "month_noyear", "month_range")


def _full_year(mention: PeriodMention, in_sentence: Sequence[PeriodMention], resolve: Callable[[PeriodMention], Dates],
               ctx: Context) -> Dates:
    """"for the year", "the full-year": a year stated before it in its sentence ("more upbeat about
    2005, forecasting a 5% rise for the year"), else the year after a base year stated after it
    ("For the full year, profit rose 27% from its 2003 level"), else the (fiscal, in a fiscal
    passage) year that holds the governing period ("the fourth quarter of 2004" → 2004)."""
    def one_year(m):
        dates = resolve(m)
        return dates if dates and m.name == "year" else None
    earlier = [d for d in (one_year(m) for m in in_sentence if m.end <= mention.start and not m.is_basis) if d]
    if earlier:
        return earlier[-1]
    parts = [d for d in (resolve(m) for m in in_sentence if m.end <= mention.start and not m.is_basis
                         and m.name in _FISCAL_RULES and m.carries) if d]
    if parts and not ctx.calendar.is_calendar_year:
        # "the deficit for the first nine months of the current fiscal year … of the budget estimate for
        # the full year": the fiscal year that holds the part stated before it
        year = ctx.calendar.containing(parts[-1][0])
        return year if parts[-1][1] <= year[1] else None
    later = [d for d in (one_year(m) for m in in_sentence if m.start >= mention.end and m.is_basis) if d]
    if later:
        y = later[0][0].year + 1
        return _months(y, 1, y, 12)
    if ctx.previous is None:
        return None
    # a fiscal passage, an article that talks in fiscal years ("The current account deficit for the full
    # year narrowed to $31.6 billion" in a story on India's 2029-30) or "the full fiscal year": the fiscal year
    fiscal = ctx.fiscal_passage or ctx.fiscal_article or _FISCAL_WORD.search(mention.text)
    cal = ctx.calendar if fiscal else CALENDAR_YEAR
    year = cal.containing(ctx.previous[0])
    return year if ctx.previous[1] <= year[1] else None
_FISCAL_WORD = re.compile(r"(?i)\b(?:fiscal|financial)\b")  # "in the fiscal": the fiscal year whatever the passage
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
# "Sales rose 8% for the year, the best since an 8.5% rise in 1999": a record's starting point is no base
# year the year follows
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:an?|the|its|their)\s+)?(?:[\w.%$£€-]+\s+){0,3}(?:in\s+)?$")


def anchored(mention: PeriodMention, in_sentence: Sequence[PeriodMention], following: Sequence[PeriodMention],
             text: str, resolve: Callable[[PeriodMention], Dates], ctx: Context,
             same_paragraph: Callable[[PeriodMention], bool]) -> Dates:
    """The dates of a phrase that did not resolve on its own (an undated page, or a phrase that
    names no dates), read off another phrase of its passage:

    - "the last week": the week the passage names after it in its paragraph ("reserves rose by
      $31m during the last week. ... in the week ended on 6 October"; ``following``);
    - "last month", "this month", a month name: the month after a base month of its sentence
      ("$568m last month, up $161m from February 2023");
    - a year-less quarter, half or month: that part of the year after a base "the same period of
      YEAR" in its sentence ("in the fourth quarter was 77m, up from 38m in the same period of 2003").
    ``resolve`` reads a phrase in the figure's context ``ctx``; None when nothing anchors it."""
    if mention.name == "last_week":
        weeks = [d for d in (resolve(m) for m in following if m.name == "span_ended" and same_paragraph(m))
                 if d and (d[1] - d[0]).days == 6]
        return weeks[0] if weeks else None
    later = [m for m in in_sentence if m.start > mention.end]
    if mention.name in ("last_month", "this_month", "month_noyear"):
        named = dict(mention.groups).get("m")
        month = MONTHS.get(named.lower(), MONTHS.get(named.lower()[:3])) if named else None
        for m in later:
            if m.is_basis or _FROM_BEFORE.search(text[max(0, m.start - 6):m.start]):
                after = month_after(resolve(m))
                if after and month in (None, after[0].month):
                    return after
    if mention.name == "full_year":
        return _full_year(mention, [m for m in in_sentence if not _SINCE_BEFORE.search(text[max(0, m.start - 40):m.start])],
                          resolve, ctx)
    if mention.name in _YEARLESS_PARTS:
        years = [int(dict(m.groups)["y"]) for m in later if m.name == "shift_to_year" and dict(m.groups).get("y")]
        if years:
            return mention.resolve(replace(ctx, published=dt.date(years[0] + 1, 12, 31)))
        if mention.name in ("quarter", "half") and ctx.published is None and ctx.reference is not None:
            # the latest such part by the latest day stated near it ("sales rose 5% in the fourth
            # quarter" beside "the year to December 2004")
            return mention.resolve(replace(ctx, published=ctx.reference))
    return None
