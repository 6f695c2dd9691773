"""Period phrases: find them in the text, pick the one that governs each figure, resolve it to dates.

The grammar (fiscal years, quarters, halves, month ranges, relative phrases) is
ours; dateparser reads day dates ("February 12", "23 August 2022"). Resolution
follows claims.md "Periods": inclusive ISO dates against the article's
publication date, fiscal years by the subject's fiscal calendar, vague spans and
horizons keep their text with null dates.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from extractor.intervals import DisjointSpans

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?:19|20)\d\d"
_SPAN = rf"{_YEAR}\s?[-/–]\s?(?:\d\d){{1,2}}(?!\d)"  # 2021-22, 2020/21, 2022-2023
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_FISCAL = r"(?:fiscal|financial)(?:\s+year)?"


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase in the text and how to resolve it (``spec``, see :func:`resolve`)."""

    start: int
    end: int
    text: str
    spec: tuple

    @property
    def role(self) -> str:
        return self.spec[0]

    @property
    def is_basis(self) -> bool:
        """A comparison base ("the same month last year"): it does not govern later figures."""
        return self.spec[0] == "same_last_year"

    @property
    def carries(self) -> bool:
        """Whether this period governs the figures after it (vague spans and horizons do not)."""
        return self.spec[0] not in ("vague", "horizon", "same_last_year")


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=None)
def _grammar() -> list[tuple[re.Pattern, str]]:
    """(pattern, spec-builder name), tried in order; earlier and longer matches win."""
    n = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    return [
        (_rx(rf"\b(?:the\s+)?(?:first\s+)?(?P<n>{n})\s+months\s+of\s+(?:the\s+)?(?:current|this|present|ongoing)\s+{_FISCAL}"), "first_months_current_fy"),
        (_rx(rf"\b(?:the\s+)?(?:first\s+)?(?P<n>{n})\s+months\s+of\s+(?:the\s+)?(?:last|previous)\s+{_FISCAL}"), "first_months_last_fy"),
        (_rx(rf"\b(?:the\s+)?first\s+(?P<n>{n})\s+months\s+(?:of\s+)?(?P<y>{_YEAR})"), "first_months_year"),
        (_rx(rf"\b(?:the\s+)?first\s+(?P<n>{n})\s+months\s+(?:of\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s?)?(?P<span>{_SPAN})"), "first_months_span"),
        (_rx(rf"\b(?P<m1>{_MONTH})\s?(?:[-–]|to|through)\s?(?P<m2>{_MONTH})\s+(?:(?:of\s+)?(?:the\s+)?(?:fiscal\s+year\s+|FY\s?))?(?P<span>{_SPAN}|FY\s?\d\d|{_YEAR})(?:\s+period)?"), "month_range"),
        (_rx(rf"\b(?:the\s+)?(?:outgoing|last|previous|past|preceding)\s+{_FISCAL}\b"), "last_fy"),
        (_rx(rf"\b(?:the\s+)?(?:current|this|present|ongoing|running)\s+{_FISCAL}\b"), "this_fy"),
        (_rx(rf"\b(?:the\s+)?next\s+{_FISCAL}\b"), "next_fy"),
        (_rx(rf"\b(?:(?:fiscal|financial)\s+year|FY)\s?(?P<span>{_SPAN})"), "fy_span"),
        (_rx(rf"\b(?P<span>{_SPAN})\s+(?:fiscal|financial)\s+year"), "fy_span"),
        (_rx(rf"\b(?:(?:fiscal|financial)\s+(?:year\s+)?)(?P<y>{_YEAR})\b"), "fy_year"),
        (_rx(r"\bFY\s?'?(?P<yy>\d{2}|(?:19|20)\d\d)\b"), "fy_year"),
        (_rx(rf"(?<![\w/-])(?P<span>{_SPAN})(?![\w/-])"), "fy_span"),
        (_rx(rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?(?:\s+(?P<y>{_YEAR}))?"), "quarter"),
        (_rx(rf"\bQ(?P<qn>[1-4])\s?(?:'?(?P<yy>\d\d)\b|(?P<y>{_YEAR}))?"), "quarter"),
        (_rx(rf"\b(?:the\s+)?(?P<h>first|second)\s+half\s+(?:of\s+)?(?:(?:the\s+)?year\s+)?(?P<y>{_YEAR})?"), "half"),
        (_rx(rf"\bH(?P<hn>[12])\s?(?P<y>{_YEAR})?"), "half"),
        (_rx(rf"\b(?:the\s+)?(?P<part>early|mid|late|end\s+of|beginning\s+of|start\s+of)[-\s]?(?P<y>{_YEAR})\b"), "part_year"),
        (_rx(rf"\b(?:the\s+)?(?:(?P<n>{n})\s+months|(?P<year>year))\s+(?:to|ending|ended)\s+(?:(?:the\s+)?end\s+of\s+)?(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?P<y>{_YEAR}))?"), "months_to"),
        (_rx(rf"\b(?:the\s+)?(?:last|final)\s+(?P<n>{n})\s+months\s+of\s+(?P<y>{_YEAR})"), "last_months_year"),
        (_rx(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b"), "day"),
        (_rx(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?\b(?!\s*(?:%|percent|million|billion))"), "day"),
        (_rx(rf"\b(?P<m>{_MONTH})(?:,)?\s+(?:of\s+)?(?P<y>{_YEAR})\b"), "month"),
        (_rx(rf"\bbetween\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b"), "year_range"),
        (_rx(rf"\bby\s+(?:the\s+end\s+of\s+)?(?P<y>{_YEAR})\b"), "horizon_year"),
        (_rx(r"\b(?:the\s+)?(?:month|period|quarter|year)\s+under\s+review\b|\b(?:the\s+)?review\s+period\b"), "anaphor"),
        (_rx(r"\b(?:over\s+|from\s+|in\s+|during\s+)?(?:the\s+)?same\s+(?:month|period|quarter|months|time)\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+previous\s+year'?s?\b|\byear[-\s]earlier\b|\bthe\s+year\s+before\b"), "same_last_year"),
        (_rx(r"\b(?:last|previous|past)\s+(?:calendar\s+)?year\b"), "last_year"),
        (_rx(r"\b(?:this|the\s+current)\s+(?:calendar\s+)?year\b"), "this_year"),
        (_rx(r"\bnext\s+year\b"), "next_year"),
        (_rx(r"\b(?:last|the\s+previous|the\s+past)\s+month\b"), "last_month"),
        (_rx(r"\bthis\s+month\b"), "this_month"),
        (_rx(r"\b(?:last|the\s+previous)\s+quarter\b"), "last_quarter"),
        (_rx(r"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:recent|past|last|previous|coming|next)\s+(?:(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:months|years|decades|weeks|quarters)\b|\b(?:the\s+)?(?:past|last)\s+(?:decade|few\s+years)\b|\bover\s+(?:the\s+)?(?:past\s+)?(?:\w+\s+)?(?:years|decades)\b|\bin\s+(?:the\s+)?years\s+to\s+come\b|\bin\s+a\s+year\b|\brecent\s+(?:months|years)\b|\bin\s+the\s+recent\s+past\b"), "vague"),
        (_rx(rf"(?<![\w$£€.,-])(?P<y>{_YEAR})(?![\w%-]|\.\d|,\d)"), "year"),
        (_rx(rf"(?:\b(?:in|during|since|until|till|by|for|of|last|from|through|since)\s+)(?P<m>January|February|March|April|June|July|August|September|October|November|December|May)\b(?!\s+\d)"), "month_noyear"),
    ]


def find_periods(text: str) -> list[PeriodMention]:
    """Every period phrase in ``text``, in order, without overlaps (longest, then earliest rule)."""
    found: list[tuple[int, int, int, re.Match, str]] = []
    for rank, (pattern, builder) in enumerate(_grammar()):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), rank, m, builder))
    kept: list[tuple[int, int, int, re.Match, str]] = []
    taken = DisjointSpans()  # a binary search per match, not a scan of the kept ones (issue 18)
    for item in sorted(found, key=lambda f: (f[2], -(f[1] - f[0]), f[0])):
        if taken.add_if_free(item[0], item[1]):
            kept.append(item)
    mentions = []
    for start, end, _, m, builder in sorted(kept, key=lambda f: f[0]):
        spec = _spec(builder, m)
        if spec is not None:
            mentions.append(PeriodMention(start, end, text[start:end], spec))
    return mentions


def _year2(yy: str) -> int:
    y = int(yy)
    return y if y >= 100 else 2000 + y


def _span_years(span: str) -> tuple[int, int]:
    """ "2021-22" → (2021, 2022); "2020/21" → (2020, 2021); "2022-2023" → (2022, 2023)."""
    y1, y2 = re.split(r"\s?[-/–]\s?", span)
    y1 = int(y1)
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    return y1, y2


def _spec(builder: str, m: re.Match) -> Optional[tuple]:
    g = m.groupdict()
    if builder == "fy_span":
        y1, y2 = _span_years(g["span"])
        return ("fy_span", y1) if y2 == y1 + 1 else None  # "2012-15" is a range of years, not a fiscal year
    if builder == "fy_year":
        return ("fy_year", _year2(g.get("y") or g["yy"]))
    if builder == "month_range":
        m1, m2 = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
        span = g["span"]
        if re.match(r"(?i)FY", span):
            return ("month_range_fy", m1, m2, _year2(re.sub(r"(?i)FY\s?", "", span)))
        if re.fullmatch(_YEAR, span):
            return ("month_range_year", m1, m2, int(span))
        return ("month_range_span", m1, m2, _span_years(span)[0])
    if builder.startswith("first_months"):
        months = int(g["n"]) if g["n"].isdigit() else _SMALL[g["n"].lower()]
        if builder == "first_months_year":
            return ("first_months_year", months, int(g["y"]))
        if builder == "first_months_span":
            return ("first_months_fy_span", months, _span_years(g["span"])[0])
        return (builder, months)
    if builder == "quarter":
        q = int(g["qn"]) if g.get("qn") else _ORD[g["q"].lower()]
        year = int(g["y"]) if g.get("y") else (_year2(g["yy"]) if g.get("yy") else None)
        return ("quarter", year, q)
    if builder == "half":
        h = int(g["hn"]) if g.get("hn") else (1 if g["h"].lower() == "first" else 2)
        return ("half", int(g["y"]) if g.get("y") else None, h)
    if builder == "part_year":
        part = g["part"].lower().split()[0]
        return ("part_year", {"beginning": "early", "start": "early", "end": "late"}.get(part, part), int(g["y"]))
    if builder == "months_to":
        months = 12 if g.get("year") else (int(g["n"]) if g["n"].isdigit() else _SMALL[g["n"].lower()])
        return ("months_to", months, MONTHS[g["m"].lower().rstrip(".")], int(g["y"]) if g.get("y") else None)
    if builder == "last_months_year":
        months = int(g["n"]) if g["n"].isdigit() else _SMALL[g["n"].lower()]
        return ("months_to", months, 12, int(g["y"]))
    if builder == "day":
        return ("day", MONTHS[g["m"].lower().rstrip(".")], int(g["d"]), int(g["y"]) if g.get("y") else None)
    if builder == "month":
        return ("month", MONTHS[g["m"].lower().rstrip(".")], int(g["y"]))
    if builder == "month_noyear":
        return ("month_noyear", MONTHS[g["m"].lower()])
    if builder == "year_range":
        return ("year_range", int(g["y1"]), int(g["y2"]))
    if builder == "horizon_year":
        return ("horizon_year", int(g["y"]))
    if builder == "year":
        return ("year", int(g["y"]))
    if builder == "last_fy" and "outgoing" in m.group(0).lower():
        return ("outgoing_fy",)
    return (builder,)


# --- resolution -------------------------------------------------------------------------------

def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[dt.date, dt.date]:
    return dt.date(y1, m1, 1), _month_end(y2, m2)


def _shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + k
    return total // 12, total % 12 + 1


def fiscal_year_ending(end_year: int, fy_start: int) -> tuple[dt.date, dt.date]:
    """The fiscal year that ends in ``end_year`` ("FY23", "fiscal year 2023")."""
    if fy_start == 1:
        return _months(end_year, 1, end_year, 12)
    return _months(end_year - 1, fy_start, end_year, fy_start - 1)


def fiscal_year_starting(start_year: int, fy_start: int) -> tuple[dt.date, dt.date]:
    """The fiscal year written "2021-22": it starts in 2021 (a calendar calendar spans both years)."""
    if fy_start == 1:
        return _months(start_year, 1, start_year + 1, 12)
    return _months(start_year, fy_start, start_year + 1, fy_start - 1)


def fiscal_year_containing(day: dt.date, fy_start: int) -> tuple[dt.date, dt.date]:
    start_year = day.year if day.month >= fy_start else day.year - 1
    return fiscal_year_starting(start_year, fy_start) if fy_start != 1 else _months(day.year, 1, day.year, 12)


@dataclass(frozen=True)
class Context:
    """What resolution needs besides the phrase itself."""

    published: Optional[dt.date]
    fy_start: int = 1  # the subject's fiscal calendar: month its fiscal year starts
    fiscal_passage: bool = False  # the passage talks in fiscal years ("last year" = last fiscal year)
    previous: Optional[tuple[dt.date, dt.date]] = None  # the period governing the figures before this one


def resolve(spec: tuple, ctx: Context) -> Optional[tuple[dt.date, dt.date]]:
    """Inclusive (start, end) dates for a period spec, or None when it cannot be pinned down."""
    kind = spec[0]
    fy = ctx.fy_start
    pub = ctx.published
    if kind == "year":
        return _months(spec[1], 1, spec[1], 12)
    if kind == "fy_year":
        return fiscal_year_ending(spec[1], fy)
    if kind == "fy_span":
        return fiscal_year_starting(spec[1], fy)
    if kind == "month":
        return _months(spec[2], spec[1], spec[2], spec[1])
    if kind == "month_range_year":
        _, m1, m2, y = spec
        return _months(y if m1 <= m2 else y - 1, m1, y, m2)
    if kind in ("month_range_span", "month_range_fy"):
        _, m1, m2, y = spec
        if kind == "month_range_fy":  # "July-March FY22": the months of the fiscal year ending in 2022
            start, _ = fiscal_year_ending(y, fy if fy != 1 else m1)
            y = start.year
        # The range starts in the span's first year ("July-May 2021-22": July 2021).
        return _months(y, m1, y if m2 >= m1 else y + 1, m2)
    if kind == "first_months_year":
        _, n, y = spec
        return _months(y, 1, y, min(12, n))
    if kind == "first_months_fy_span":
        _, n, y = spec
        start, _ = fiscal_year_starting(y, fy)
        ey, em = _shift_months(start.year, start.month, n - 1)
        return _months(start.year, start.month, ey, em)
    if kind in ("quarter", "half"):
        _, year, number = spec
        length = 3 if kind == "quarter" else 6
        return _part_of_year(year, length * (number - 1) + 1, length, pub)
    if kind == "part_year":
        _, part, y = spec
        first = {"early": 1, "mid": 5, "late": 9}[part]
        return _months(y, first, y, first + 3)
    if kind == "months_to":  # "the three months to December", "the year to March 2005"
        _, n, m, y = spec
        if y is None:
            if pub is None:
                return None
            y = pub.year if m <= pub.month else pub.year - 1
        sy, sm = _shift_months(y, m, -(n - 1))
        return _months(sy, sm, y, m)
    if kind == "day":
        _, m, d, y = spec
        if y is None:
            if pub is None:
                return None
            y = pub.year if (m, d) <= (pub.month, pub.day) else pub.year - 1
        try:
            day = dt.date(y, m, d)
        except ValueError:
            return None
        return day, day
    if kind == "month_noyear":
        if pub is None:
            return None
        m = spec[1]
        y = pub.year if m <= pub.month else pub.year - 1
        return _months(y, m, y, m)
    if kind == "year_range":
        return _months(spec[1], 1, spec[2], 12)
    if kind == "horizon_year":
        if pub is not None and spec[1] <= pub.year:
            return _months(spec[1], 1, spec[1], 12)  # "by 2020" in a later article: as of that year
        return None
    if kind == "anaphor":
        return ctx.previous
    if pub is None:
        return _relative_to_previous(kind, ctx)
    return _relative(kind, spec, pub, ctx)


def _part_of_year(year: Optional[int], first_month: int, months: int, pub: Optional[dt.date]):
    """A quarter or half; without a year, the latest one that had begun by publication."""
    if year is None:
        if pub is None:
            return None
        year = pub.year if dt.date(pub.year, first_month, 1) <= pub else pub.year - 1
    return _months(year, first_month, year, first_month + months - 1)


def _relative_to_previous(kind: str, ctx: Context) -> Optional[tuple[dt.date, dt.date]]:
    """Without a publication date, "the year before" after "2019-20" resolves against that period."""
    if ctx.previous is None or kind != "same_last_year":
        return None
    start, end = ctx.previous
    return _year_back(start, end)


def _year_back(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    return (start.replace(year=start.year - 1, day=1),
            _month_end(end.year - 1, end.month))


# Figures lag their publication: an article of 2 July 2022 still calls July 2021-June 2022 "this
# financial year" (seed 000). Fiscal phrases resolve against the date this many days earlier.
FISCAL_REPORTING_LAG_DAYS = 31


def _relative(kind: str, spec: tuple, pub: dt.date, ctx: Context) -> Optional[tuple[dt.date, dt.date]]:
    fiscal = ctx.fiscal_passage and ctx.fy_start != 1
    fiscal_ref = pub - dt.timedelta(days=FISCAL_REPORTING_LAG_DAYS)
    if kind in ("first_months_current_fy", "first_months_last_fy"):
        start, _ = fiscal_year_containing(fiscal_ref, ctx.fy_start)
        year = start.year - (1 if kind == "first_months_last_fy" else 0)
        ey, em = _shift_months(year, start.month, spec[1] - 1)
        return _months(year, start.month, ey, em)
    if kind == "outgoing_fy":  # the fiscal year just ended or about to end, whichever is nearer
        start, end = fiscal_year_containing(pub, ctx.fy_start)
        if _is_outgoing(pub, end):
            return start, end
        return fiscal_year_starting(start.year - 1, ctx.fy_start)
    if kind in ("this_fy", "last_fy", "next_fy") or (fiscal and kind in ("this_year", "last_year", "next_year")):
        start, end = fiscal_year_containing(fiscal_ref if ctx.fy_start != 1 else pub, ctx.fy_start)
        if kind in ("last_fy", "last_year"):
            partial = _partial_of(ctx.previous, start, end)
            if partial:  # "the two months of the current fiscal year ... Last fiscal": the same months, a year back
                return _year_back(*partial)
            return fiscal_year_starting(start.year - 1, ctx.fy_start) if ctx.fy_start != 1 else _months(pub.year - 1, 1, pub.year - 1, 12)
        if kind in ("next_fy", "next_year"):
            return fiscal_year_starting(start.year + 1, ctx.fy_start) if ctx.fy_start != 1 else _months(pub.year + 1, 1, pub.year + 1, 12)
        return start, end
    if kind == "same_last_year":
        if ctx.previous is not None:
            return _year_back(*ctx.previous)
        return _months(pub.year - 1, 1, pub.year - 1, 12)
    if kind == "last_year":
        return _months(pub.year - 1, 1, pub.year - 1, 12)
    if kind == "this_year":
        return _months(pub.year, 1, pub.year, 12)
    if kind == "next_year":
        return _months(pub.year + 1, 1, pub.year + 1, 12)
    if kind in ("last_month", "this_month"):
        y, m = _shift_months(pub.year, pub.month, -1 if kind == "last_month" else 0)
        return _months(y, m, y, m)
    if kind == "last_quarter":
        q = (pub.month - 1) // 3  # the quarter before the current one
        y = pub.year if q else pub.year - 1
        q = q or 4
        return _months(y, 3 * q - 2, y, 3 * q)
    return None  # vague spans and horizons keep their text only


def _is_outgoing(pub: dt.date, fy_end: dt.date) -> bool:
    """ "the outgoing fiscal year" near its end is the current one (claims.md); otherwise the previous."""
    return (fy_end - pub).days <= 45


def _partial_of(previous, fy_start_date: dt.date, fy_end_date: dt.date):
    if previous is None:
        return None
    start, end = previous
    if fy_start_date <= start and end <= fy_end_date and (start, end) != (fy_start_date, fy_end_date):
        return start, end
    return None


# --- which period governs a figure --------------------------------------------------------------

_SEPARATOR = re.compile(r"\b(?:against|compared|versus|vs\.?|while|whereas|but|from|than)\b|;"
                        r"|,\s*(?:adding|saying|and|while|which|who)\b", re.IGNORECASE)


def governing_period(mentions: Sequence[PeriodMention], q_start: int, q_end: int, sent_start: int, sent_end: int,
                     text: str, other_quantities: Sequence[tuple[int, int]]) -> Optional[PeriodMention]:
    """The period phrase of the figure at q_start..q_end within its sentence, or None.

    A period right after the figure governs it ("$6.16 billion in the July-May 2021-22 period")
    unless a separator or another figure stands between ("$224 million against $124 million in
    August 2020": August 2020 is the $124 million's). Otherwise the nearest period before the
    figure in the sentence ("During fiscal year 2020/21, ... increased 47.4 percent").
    """
    in_sentence = [p for p in mentions if sent_start <= p.start and p.end <= sent_end]
    after = [p for p in in_sentence if p.start >= q_end]
    if after:
        p = after[0]
        gap = text[q_end:p.start]
        between = [q for q in other_quantities if q_end <= q[0] and q[1] <= p.start]
        chained = len(between) == 1 and re.fullmatch(r"\s+to\s+", text[q_end:between[0][0]])
        if not _SEPARATOR.search(gap) and (not between or chained) and len(gap) <= 80:
            return p
    before = [p for p in in_sentence if p.end <= q_start and not p.is_basis]
    return before[-1] if before else None
