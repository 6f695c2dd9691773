"""Check the figures of claim JSONL against each other: the consistency checker (issue 5).

Every check is one small function over prepared claims that returns findings; the
table :data:`CHECKS` maps each finding's ``check`` name to its function. The
checks read claims (and article texts, when a corpus is given) and never load spaCy.

A stated figure stands for an interval of values (:func:`interval`): the values that
round or truncate to it at the precision written (``ROUNDING``), widened by its
qualifier ("more than $2 billion" is (2, inf), "about" adds ``APPROX_TOLERANCE``).
A relation is ``consistent`` when some reading inside those intervals fits,
``inconsistent`` when none does, and ``undetermined`` when the relation itself is
uncertain (different sources, parts that may not be all the parts, periods of unequal
length) or a figure is too vague to decide. Claims that only look alike (a target and
an actual, two periods, two currencies, a bilateral total and one direction) are never
related. ``docs/consistency.md`` documents the rules with worked examples.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations
from typing import Callable, Iterable, Mapping, Optional, Sequence

from evaluation import facts
from extractor.contract import Claim

INF = math.inf

# ---- named settings ------------------------------------------------------------------------

#: How a written figure covers nearby values. ``round_or_truncate`` (the contract's default):
#: "13%" covers [12.5, 14), every value that rounds *or* truncates to 13. ``round``: rounding
#: only, [12.5, 13.5) (stricter). ``exact``: the written value only (strictest; for tests).
ROUNDING_MODES = ("round_or_truncate", "round", "exact")
ROUNDING = "round_or_truncate"
#: "about", "around", "roughly", "some": the rounding interval widened by this share each way.
APPROX_TOLERANCE = 0.05
#: A figure written without digits ("five percent", "half a billion"): this share each way.
WORDS_TOLERANCE = 0.05
#: rapidfuzz token_set_ratio between metrics of claims related within a passage
#: ("exports" meets "IT exports" there: the passage says which exports).
PASSAGE_METRIC_MATCH = 80
# Between sentences and across articles the fact identity (evaluation/facts.py) decides the measure
# ("exports" does not meet "IT exports"; "ICT exports" meets "IT exports").
#: rapidfuzz ratio between canonical actor names (subject, counterparty) and between sources.
ACTOR_MATCH = 90
#: Two periods are the same period when they overlap on at least this share of their union
#: (a year and its first half overlap, but they are different facts).
PERIOD_OVERLAP = 0.9
#: Two periods have the same length (a year-on-year comparison) when they differ by at most this many days.
SAME_LENGTH_DAYS = 3
#: Two values of one fact in one article that cannot be equal: ``stated_periods`` (default):
#: inconsistent when both sentences name the period themselves (a garbled copy), else undetermined
#: (a period the extractor carried forward may belong to another measure); ``undetermined``
#: always; ``inconsistent`` always.
SAME_FACT_IN_ARTICLE = "stated_periods"
SAME_FACT_IN_ARTICLE_MODES = ("stated_periods", "undetermined", "inconsistent")
#: Two articles that report one fact with values that cannot be equal and name different
#: sources. ``producers`` (default): undetermined when both sources are bodies that produce
#: statistics (a central bank's and a trade board's "IT exports" may be two figures: the
#: contract's example); when either is a relayer (a securities firm, a newspaper, a minister
#: quoting the bank) the pages present one official figure, so a disagreement is a slip or a
#: revision: inconsistent. ``undetermined``: any two different sources; ``inconsistent``: never.
CROSS_SOURCE = "producers"
CROSS_SOURCE_MODES = ("producers", "undetermined", "inconsistent")
#: Words that make a source a producer of statistics.
PRODUCER = re.compile(r"\b(bank|bureau|ministry|board|department|office|authority|statistics|statistical|"
                      r"commission|directorate|agency|council|customs|treasury|reserve|"
                      r"administration|division|institute)\b", re.I)
#: Two values of "one fact" further apart than this ratio are more likely two facts the claims do
#: not tell apart (a part and its total, a month and a year) than one figure misreported: revisions,
#: rounding beyond the digits and garbled copies stay well inside it. Such a pair is undetermined,
#: unless the ratio is a power of 1000 within the readings (a scale word lost: a unit slip).
MAX_SLIP_RATIO = 1.2
#: Sentences this many characters apart or less are neighbours (one passage).
NEIGHBOUR_GAP = 3
#: A change's levels from a neighbouring sentence (paired by their fields, not by the change's own
#: words) more than this far from the level the change implies are likelier another fact than a
#: slip: a one-digit slip moves a value by less, a level of another period or item by more.
PASSAGE_SLIP_RATIO = 3.0

# Metric marks (the contract's "(forecast)", "(target)", ...) that make a figure a plan, not a result.
STATUS_MARKS = {"forecast", "target", "planned", "plan", "projected", "projection", "expected",
                "estimate", "estimated", "goal", "budget", "guidance", "proposed"}
# Basis marks that are the contract's default basis and so change nothing.
DEFAULT_BASIS = {"year-on-year", "year on year", "yoy", "y/y", "annual"}
_STOP = {"the", "of", "a", "an", "in", "for", "to", "from", "by", "and", "its", "their", "s"}


@dataclass(frozen=True)
class Finding:
    """One line of findings JSONL, field for field as in ``shared/design/claims.md``."""

    finding_id: str
    check: str
    verdict: str
    claim_ids: tuple[str, ...]
    expected: Optional[float]
    observed: Optional[float]
    explanation: str

    def to_dict(self) -> dict:
        return {"finding_id": self.finding_id, "check": self.check, "verdict": self.verdict,
                "claim_ids": list(self.claim_ids), "expected": self.expected,
                "observed": self.observed, "explanation": self.explanation}


# ---- intervals -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Interval:
    """A closed interval of readings (open ends are treated as closed: the lenient side)."""

    lo: float
    hi: float

    def meets(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.lo) or math.isfinite(self.hi)

    def show(self, scale: float = 1.0, unit: str = "") -> str:
        lo = "-inf" if self.lo == -INF else _num(self.lo / scale)
        hi = "inf" if self.hi == INF else _num(self.hi / scale)
        return f"[{lo}, {hi}]{unit}"

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def neg(self) -> "Interval":
        return Interval(-self.hi, -self.lo)


def _written_precision(text: str, value: float) -> Optional[tuple[float, float]]:
    """(unit of the last written digit, in the value's scale; number as written) or None without digits."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?|\.\d+", text)
    if not match:
        return None
    digits = match.group().replace(",", "")
    try:
        written = float(digits)
    except ValueError:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = value / written if written else 1.0
    return 10 ** -decimals * scale, written


def rounding_interval(text: str, value: float, rounding: str = ROUNDING) -> Interval:
    """The values a figure written as ``text`` (read as ``value``) stands for, before its qualifier."""
    if rounding not in ROUNDING_MODES:
        raise ValueError(f"unknown rounding {rounding!r}; use one of {ROUNDING_MODES}")
    if rounding == "exact":
        return Interval(value, value)
    precision = _written_precision(text, value)
    if precision is None:
        spread = abs(value) * WORDS_TOLERANCE
        return Interval(value - spread, value + spread)
    step = abs(precision[0])
    high = value + (step if rounding == "round_or_truncate" else step / 2)
    return Interval(value - step / 2, high)


def interval(q: Mapping, rounding: str = ROUNDING) -> Interval:
    """The readings of a quantity dict: rounding, then range, then qualifier.

    >>> interval({"text": "$2.1 billion", "value": 2.1e9, "qualifier": "exact"}, "round")
    Interval(lo=2050000000.0, hi=2150000000.0)
    """
    low = rounding_interval(q["text"], q["value"], rounding)
    if q.get("value_max") is not None:
        # A range "$2-3 billion": the written high end carries the precision of the low end.
        step = low.hi - q["value"]
        low = Interval(low.lo, q["value_max"] + step)
    qualifier = q.get("qualifier", "exact")
    top = q.get("value_max") if q.get("value_max") is not None else q["value"]
    if qualifier == "approx":
        return Interval(low.lo - abs(low.lo) * APPROX_TOLERANCE, low.hi + abs(low.hi) * APPROX_TOLERANCE)
    if qualifier in ("more_than", "at_least"):
        return Interval(q["value"], INF)
    if qualifier in ("less_than", "at_most"):
        return Interval(0.0 if q["value"] >= 0 else -INF, top)
    return low


def ratio(a: Interval, b: Interval) -> Optional[Interval]:
    """a / b for positive intervals; None when b may be zero or negative."""
    if b.lo <= 0 or a.lo < 0:
        return None
    return Interval(a.lo / b.hi, INF if b.lo == 0 or a.hi == INF else a.hi / b.lo)


# ---- prepared claims -----------------------------------------------------------------------

@dataclass
class Item:
    """A claim with what the checks need precomputed."""

    claim: Claim
    readings: Interval
    metric: str                 # lower case, marks removed
    status: frozenset           # plan marks: forecast, target, ...
    basis: frozenset            # other marks: "(month-on-month)", "(vs 2020)"
    start: Optional[dt.date]
    end: Optional[dt.date]
    sentence_no: int = 0        # rank of the claim's sentence in its article
    text: Optional[str] = field(default=None, repr=False)  # the article text when a corpus is given
    meta: Mapping = field(default_factory=dict, repr=False)  # the article's published, url, outlet
    anchor: Optional["Item"] = field(default=None, repr=False)  # the claim that dated this period
    twin: bool = False          # its sentence states another value of the same fact (see mark_twins)

    @property
    def measure(self) -> Optional[facts.Measure]:
        return facts.measure(self.claim.metric)

    @property
    def id(self) -> str:
        return self.claim.claim_id

    @property
    def q(self):
        return self.claim.quantity

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def surface(self) -> str:
        return self.q.text


def _marks(metric: Optional[str]) -> tuple[str, frozenset, frozenset]:
    metric = (metric or "").lower()
    marks = [m.strip() for m in re.findall(r"\(([^)]*)\)", metric)]
    bare = re.sub(r"\([^)]*\)", " ", metric)
    status = frozenset(m for m in marks if set(re.split(r"[\s,]+", m)) & STATUS_MARKS)
    basis = frozenset(m for m in marks if m not in status and m not in DEFAULT_BASIS)
    return " ".join(bare.split()), status, basis


def _date(s: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def prepare(claims: Iterable[Claim], texts: Optional[Mapping[str, str]] = None,
            rounding: str = ROUNDING, meta: Optional[Mapping[str, Mapping]] = None) -> list[Item]:
    """Items in article order, with sentence ranks per article."""
    items = []
    for claim in facts.borrow_measures((facts.signed_by_words(c) for c in claims), texts):
        claim = facts.as_level(claim)  # "CPI rose 11.8%" is inflation of 11.8%
        metric, status, basis = _marks(claim.metric)
        period = claim.period
        items.append(Item(claim, interval(claim.quantity.to_dict(), rounding), metric, status, basis,
                          _date(period.start) if period else None, _date(period.end) if period else None,
                          text=(texts or {}).get(claim.article_id),
                          meta=(meta or {}).get(claim.article_id) or {}))
    items.sort(key=lambda i: (i.claim.article_id, i.q.start))
    anchor_periods(items)
    mark_twins(items)
    for _, group in _by_article(items).items():
        starts = sorted({i.claim.sentence_start for i in group})
        for i in group:
            i.sentence_no = starts.index(i.claim.sentence_start)
    return items


def mark_twins(items: Sequence[Item]) -> None:
    """Mark the claims whose sentence states another value of the same fact (same measure,
    subject, period, change and unit, readings that cannot meet): "remittances were $437.5
    million and $407 million in January and February, respectively" read with one month for
    both, "exports fell 10 per cent in value and 11 per cent in quantity". Which figure is which
    fact is not known, so a conflict of a twin with a figure elsewhere stays undetermined."""
    by_sentence: dict[tuple, list[Item]] = {}
    for i in items:
        by_sentence.setdefault((i.claim.article_id, i.claim.sentence_start), []).append(i)
    for group in by_sentence.values():
        for a, b in combinations(group, 2):
            if a.readings.meets(b.readings):
                continue
            if facts.same_fact(a.claim, b.claim, missing_subject_ok=True) is True:
                a.twin = b.twin = True


#: A written value needs this many significant digits to date another article's period phrase.
ANCHOR_DIGITS = 3


def _significant_digits(text: str) -> int:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return len(match.group().replace(",", "").replace(".", "").lstrip("0")) if match else 0


def anchor_periods(items: Sequence[Item]) -> None:
    """Date the period phrases of an article that has no publication date ("the review period",
    "the same period of the previous year" stay without dates) from another article that reports
    one of its figures: the same measure, subject, unit and change with exactly the same written
    value (at least ``ANCHOR_DIGITS`` significant digits) and a dated period. Every claim of the
    article with that period phrase then gets those dates; a phrase two anchors disagree on stays
    undated. The claim's ``period`` is replaced, the item remembers the anchor."""
    from extractor.contract import Period

    dated: dict[tuple, list[Item]] = {}
    for i in items:
        if i.dated:
            dated.setdefault((i.claim.kind, i.q.unit, i.q.value, i.claim.change), []).append(i)
    spans: dict[tuple, set] = {}
    anchors: dict[tuple, Item] = {}
    for u in items:
        if u.dated or u.claim.period is None or not u.claim.period.text or u.measure is None:
            continue
        if _significant_digits(u.q.text) < ANCHOR_DIGITS:
            continue
        for d in dated.get((u.claim.kind, u.q.unit, u.q.value, u.claim.change), []):
            if (d.claim.article_id != u.claim.article_id and facts.same_measure(u.measure, d.measure)
                    and facts.actors_meet(u.claim.subject, d.claim.subject)
                    and (u.claim.counterparty is None) == (d.claim.counterparty is None)):
                key = (u.claim.article_id, u.claim.period.text.strip().lower())
                spans.setdefault(key, set()).add((d.start, d.end))
                anchors.setdefault(key, d)
    for i in items:
        if i.dated or i.claim.period is None or not i.claim.period.text:
            continue
        key = (i.claim.article_id, i.claim.period.text.strip().lower())
        if len(spans.get(key, ())) != 1:
            continue
        (start, end), = spans[key]
        i.start, i.end, i.anchor = start, end, anchors[key]
        i.claim = i.claim.with_fields(period=Period(i.claim.period.text, start.isoformat(), end.isoformat()))
    # A figure without a period (a headline) that repeats a figure of its own article: the same
    # measure, subject, unit, change and written value, with one dated period among the repeats.
    for article_items in _by_article(items).values():
        for u in article_items:
            if u.dated or u.measure is None:
                continue
            same = [d for d in article_items if d.dated and d is not u and d.q.value == u.q.value
                    and (d.claim.kind, d.q.unit, d.claim.change) == (u.claim.kind, u.q.unit, u.claim.change)
                    and facts.same_measure(u.measure, d.measure)
                    and facts.actors_meet(u.claim.subject, d.claim.subject) is not False]
            if len({(d.start, d.end) for d in same}) != 1:
                continue
            d = same[0]
            u.start, u.end, u.anchor = d.start, d.end, d
            text = u.claim.period.text if u.claim.period and u.claim.period.text else d.claim.period.text
            u.claim = u.claim.with_fields(period=Period(text, d.start.isoformat(), d.end.isoformat()))


def _by_article(items: Iterable[Item]) -> dict[str, list[Item]]:
    out: dict[str, list[Item]] = {}
    for item in items:
        out.setdefault(item.claim.article_id, []).append(item)
    return out


# ---- matching ------------------------------------------------------------------------------

def _tokens(metric: str) -> str:
    return " ".join(t for t in re.findall(r"[a-z0-9]+", metric.replace("'s", "")) if t not in _STOP)


def metrics_meet(a: Item, b: Item, strict: bool = False) -> bool:
    """Same metric: token_set_ratio within a passage; the fact identity's measure otherwise."""
    from rapidfuzz import fuzz

    if strict:
        return facts.same_measure(a.measure, b.measure) is True

    ta, tb = _tokens(a.metric), _tokens(b.metric)
    if not ta or not tb:
        # an unnamed metric may be related within its sentence, never beyond it
        return a.claim.article_id == b.claim.article_id and a.claim.sentence_start == b.claim.sentence_start
    if facts.same_measure(a.measure, b.measure):
        return True
    if a.measure is not None and b.measure is not None and a.measure.head != b.measure.head \
            and {a.measure.head, b.measure.head} & {"exports", "imports"} == {"exports", "imports"}:
        return False  # "overall imports" never meets "overall exports", whatever the shared words
    return fuzz.token_set_ratio(ta, tb) >= PASSAGE_METRIC_MATCH


@lru_cache(maxsize=1)
def _aliases() -> dict:
    """The extractor's alias table (``extractor/data/actors.json``), read as data: no pipeline code."""
    with resources.files("extractor").joinpath("data", "actors.json").open(encoding="utf-8") as f:
        return json.load(f)["aliases"]


def _canonical(name: str) -> str:
    key = name.lower().strip()
    key = key[4:] if key.startswith("the ") else key
    return _aliases().get(key, name).lower()


def names_meet(a: Optional[str], b: Optional[str], open_ok: bool = True) -> bool:
    """Same actor by the alias table, then rapidfuzz; a missing name meets anything when ``open_ok``."""
    if a is None and b is None:
        return True
    if a is None or b is None:
        return open_ok
    from rapidfuzz import fuzz

    return fuzz.ratio(_canonical(a), _canonical(b)) >= ACTOR_MATCH


def same_unit(a: Item, b: Item) -> bool:
    """Same kind and unit: no silent currency conversion, no counting apples as deals."""
    return a.claim.kind == b.claim.kind and a.q.unit == b.q.unit


_CHANGE_BEFORE = re.compile(r"\b(by|up|down|rose|fell|gained|lost|added|adding|jumped|dropped|shed|climbed|slipped)\s+(a|an|another)?\s*$", re.I)


def is_level(item: Item) -> bool:
    """A money amount or count that is not a change, by its claim or by the word before it ("rose $1.89")."""
    if item.claim.change is not None or item.claim.kind not in ("money", "count"):
        return False
    if item.text is not None and _CHANGE_BEFORE.search(item.text[max(0, item.q.start - 20):item.q.start]):
        return False
    return True


def related(a: Item, b: Item) -> bool:
    """Two claims of one passage that may be levels of one series: unit, plan status, actors, metric."""
    return (same_unit(a, b) and a.status == b.status and a.basis == b.basis
            and names_meet(a.claim.subject, b.claim.subject)
            and names_meet(a.claim.counterparty, b.claim.counterparty)
            and metrics_meet(a, b))


def neighbours(a: Item, b: Item) -> bool:
    """Same sentence, or sentences next to each other (one passage)."""
    if a.claim.article_id != b.claim.article_id:
        return False
    if a.claim.sentence_start == b.claim.sentence_start:
        return True
    first, second = (a, b) if a.claim.sentence_start < b.claim.sentence_start else (b, a)
    return 0 <= second.claim.sentence_start - first.claim.sentence_end <= NEIGHBOUR_GAP


def same_length(a: Item, b: Item) -> bool:
    return abs(a.days - b.days) <= SAME_LENGTH_DAYS


def period_overlap(a: Item, b: Item) -> float:
    """Share of the union of two dated periods that both cover."""
    inter = (min(a.end, b.end) - max(a.start, b.start)).days + 1
    union = (max(a.end, b.end) - min(a.start, b.start)).days + 1
    return max(inter, 0) / union


# The earlier level follows one of these words: "to $1.13bn, from $639m", "$224m against $124m".
_EARLIER_CUE = re.compile(r"\b(from|against|compared\s+(with|to)|versus|vs\.?|over|than)\s+(\S+\s+){0,2}$", re.I)
_FROM = re.compile(r"\bfrom\s+(\S+\s+){0,2}$", re.I)
_TO = re.compile(r"\bto\s+(\S+\s+){0,2}$", re.I)


def order_levels(a: Item, b: Item) -> Optional[tuple[Item, Item, str]]:
    """(later level, earlier level, why) by their periods, else by the words before them; None if unclear."""
    if a.dated and b.dated:
        if a.end < b.start:
            return b, a, "by period"
        if b.end < a.start:
            return a, b, "by period"
        return None  # overlapping periods: not two levels of one series
    if a.text is None or a.claim.sentence_start != b.claim.sentence_start:
        return None
    first, second = (a, b) if a.q.start < b.q.start else (b, a)
    between = a.text[first.q.end:second.q.start]
    before = a.text[first.claim.sentence_start:first.q.start]
    if len(between) > 100:
        return None
    if _FROM.search(before[-30:]) and _TO.search(between[-30:]):
        return second, first, "by the words: from the first to the second"
    if _EARLIER_CUE.search(between[-30:]):
        return first, second, f"by the words: '{_EARLIER_CUE.search(between[-30:]).group(1)}' the second"
    return None


def _bounds(*levels: Item) -> int:
    """How many of the levels are bounds ("crossed $5 billion"): a pair of figures tests more."""
    return sum(i.q.qualifier not in ("exact", "approx") for i in levels)


def level_pairs(anchor: Item, pool: Sequence[Item]) -> list[tuple[Item, Item, str]]:
    """Ordered (later, earlier) pairs of levels in the anchor's passage that fit the anchor's series."""
    candidates = [i for i in pool if i is not anchor and is_level(i) and neighbours(anchor, i)]
    pairs = []
    for a, b in combinations(candidates, 2):
        if not related(a, b):
            continue
        if not (anchor.status == a.status and metrics_meet(anchor, a) and metrics_meet(anchor, b)
                and names_meet(anchor.claim.subject, a.claim.subject)
                and names_meet(anchor.claim.counterparty, a.claim.counterparty)):
            continue
        ordered = order_levels(a, b)
        if ordered is None:
            continue
        later, earlier, why = ordered
        if later.dated and earlier.dated and anchor.dated and not (
                anchor.start <= later.end and later.start <= anchor.end):
            continue  # the change is stated for another period than the later level's
        pairs.append((later, earlier, why))
    # Closest first: a level in the anchor's own sentence, then the nearest characters.
    def distance(pair):
        later, earlier, _ = pair
        own = sum(i.claim.sentence_start != anchor.claim.sentence_start for i in (later, earlier))
        unequal = later.dated and earlier.dated and not same_length(later, earlier)
        return unequal, _bounds(later, earlier), own, sum(abs(i.q.start - anchor.q.start) for i in (later, earlier))

    return sorted(pairs, key=distance)


# ---- findings helpers ----------------------------------------------------------------------

def _num(x: float) -> str:
    if x == INF:
        return "inf"
    if x == -INF:
        return "-inf"
    return f"{x:.4g}" if abs(x) < 1e4 else f"{x:,.0f}"


def _money(item: Item) -> tuple[float, str]:
    """A display scale for a level: billions or millions for money and big counts."""
    v = abs(item.q.value)
    if v >= 1e9:
        return 1e9, "bn"
    if v >= 1e6:
        return 1e6, "m"
    return 1.0, ""


def _verdict(fits: bool, decided: bool) -> str:
    if not decided:
        return "undetermined"
    return "consistent" if fits else "inconsistent"


def _finding(check: str, items: Sequence[Item], verdict: str, expected, observed, explanation: str) -> Finding:
    ids = tuple(i.id for i in items)
    return Finding(f"{check}:{'+'.join(sorted(ids))}", check, verdict, ids,
                   None if expected is None else round(expected, 4),
                   None if observed is None else round(observed, 4), explanation)


def _plan_mismatch(items: Sequence[Item]) -> bool:
    return len({i.status for i in items}) > 1


# ---- the checks ----------------------------------------------------------------------------

_CONSECUTIVE_BASIS = {"month-on-month", "mom", "m/m", "quarter-on-quarter", "qoq", "q/q", "week-on-week",
                      "wow", "sequential", "previous month", "previous quarter"}


def change_shift(item: Item) -> Optional[str]:
    """How a change's earlier level lies before its later one, from the change's basis mark:
    ``year`` (no mark: year-on-year, the contract's default), ``consecutive`` ("(month-on-month)":
    the period just before, of equal length), ``before`` ("(vs February 2023)": an earlier period of
    equal length); None for any other basis ("(five-year growth)": not checked)."""
    if not item.basis:
        return "year"
    if len(item.basis) > 1:
        return None
    (basis,) = item.basis
    if basis in _CONSECUTIVE_BASIS:
        return "consecutive"
    if re.match(r"(vs\.?|versus|against|compared|over)\b", basis):
        return "before"
    return None


def _shift_fits(later: Item, earlier: Item, shift: str) -> bool:
    """Two dated levels of equal length whose periods lie ``shift`` apart."""
    if not (later.dated and earlier.dated) or not same_length(later, earlier) or earlier.end >= later.start:
        return False
    if shift == "year":
        try:
            moved = earlier.start.replace(year=earlier.start.year + 1)
        except ValueError:  # 29 February
            moved = earlier.start + dt.timedelta(days=365)
        return abs((later.start - moved).days) <= SAME_LENGTH_DAYS
    if shift == "consecutive":
        return abs((later.start - earlier.end).days - 1) <= SAME_LENGTH_DAYS
    return True  # "before": any earlier period of the same length


def _stock_fits(p: Item, later: Item, earlier: Item) -> bool:
    """A change over a span (a week) between two stocks at dates: the span's last day and the day before it."""
    if not (p.dated and later.dated and earlier.dated) or later.days != 1 or earlier.days != 1 or p.days == 1:
        return False
    return (abs((later.end - p.end).days) <= SAME_LENGTH_DAYS
            and abs((earlier.end - (p.start - dt.timedelta(days=1))).days) <= SAME_LENGTH_DAYS
            and earlier.end < later.end)


def _periods_fit(p: Item, later: Item, earlier: Item, shift: str) -> bool:
    """The later level is for the change's own period and the earlier one ``shift`` before it;
    levels without dates (ordered by the words) pass."""
    if not (later.dated and earlier.dated):
        return True
    if _stock_fits(p, later, earlier):
        return True
    if p.dated and period_overlap(p, later) < PERIOD_OVERLAP:
        return False  # a month's change is not checked against fiscal-year levels
    return _shift_fits(later, earlier, shift)


def _bare(m: Optional[facts.Measure]) -> Optional[facts.Measure]:
    """A change's measure without its basis mark, to meet its levels ("exports (month-on-month)" -> "exports")."""
    if m is None:
        return None
    from dataclasses import replace

    return replace(m, basis=frozenset())


def _own_units(p: Item, pool: Sequence[Item]) -> set:
    """Units of the levels of the change's measure in its own sentence: the change is about those."""
    return {i.q.unit for i in pool if is_level(i) and i.claim.sentence_start == p.claim.sentence_start
            and i is not p and metrics_meet(p, i)}


def change_levels(p: Item, items: Sequence[Item], articles: Mapping[str, list[Item]]
                  ) -> list[tuple[Item, Item, str, bool]]:
    """(later, earlier, why, across) level pairs for a change ``p``, best first.

    In its passage first (the old rules: related metrics, ordered by period or by the words), then
    levels of the same fact (``facts``) elsewhere in its article; only when the article lacks one
    of the two levels, in other articles. Dated levels must fit the change's period and basis
    (:func:`_periods_fit`); levels in another unit than those in the change's own sentence are left out.
    """
    shift = change_shift(p)
    if shift is None:
        return []
    own = articles[p.claim.article_id]
    units = _own_units(p, own)
    # A base level named in the change's own sentence ("declined 3.6% when compared to $2.39bn in
    # November") is the earlier level, whatever the basis mark says.
    bases = [i for i in own if is_level(i) and i.dated and p.dated and i.end < p.start
             and i.claim.sentence_start == p.claim.sentence_start and i.q.start > p.q.start
             and metrics_meet(p, i) and not any(
                 o.claim.change and o.claim.kind == "percent" and p.q.start < o.q.start < i.q.start for o in own)]
    if bases:
        shift = "before"
    pairs = [(l, e, why, False) for l, e, why in level_pairs(p, own)
             if _periods_fit(p, l, e, shift) and (not units or l.q.unit in units) and (not bases or e in bases)]
    others = []
    if not pairs or _bounds(*pairs[0][:2]):
        # Nothing in the passage, or only a bound ("crossed Rs 1.75 lakh crore"): the same facts
        # elsewhere in the article (or, lacking one, in other articles), if they are figures.
        others = [pair for pair in _fact_pairs(p, own, items, shift, units) if not bases or pair[1] in bases]
    if pairs and (not others or _bounds(*others[0][:2]) >= _bounds(*pairs[0][:2])):
        return pairs
    return others


def _fact_pairs(p: Item, own: Sequence[Item], items: Sequence[Item], shift: str, units: set
                ) -> list[tuple[Item, Item, str, bool]]:
    target = _bare(p.measure)
    if target is None or not p.dated:
        return []

    def level_of(i: Item, same_article: bool) -> bool:
        if not (is_level(i) and i.dated and i.status == p.status and not i.basis):
            return False
        if facts.same_measure(target, i.measure) is not True or (units and i.q.unit not in units):
            return False
        subject = facts.actors_meet(p.claim.subject, i.claim.subject)
        if subject is False or (subject is None and not same_article):
            return False
        return (p.claim.counterparty is None) == (i.claim.counterparty is None) and \
            facts.actors_meet(p.claim.counterparty, i.claim.counterparty) is not False

    inside = [i for i in own if i is not p and level_of(i, True)]
    outside = [i for i in items if i.claim.article_id != p.claim.article_id and level_of(i, False)]
    found = []
    for pool_later, pool_earlier, across in ((inside, inside, False), (inside, outside, True),
                                             (outside, inside, True)):
        for later in pool_later:
            for earlier in pool_earlier:
                if later is earlier or not same_unit(later, earlier):
                    continue
                if _stock_fits(p, later, earlier) or (
                        period_overlap(p, later) >= PERIOD_OVERLAP and _shift_fits(later, earlier, shift)):
                    why = "by period, elsewhere in the article" if not across else "by period, across articles"
                    found.append((later, earlier, why, across))
        if found:
            # The nearest earlier period first ("vs February" after March), then the nearest in the text.
            found.sort(key=lambda f: (-f[1].end.toordinal(), _bounds(f[0], f[1]), abs(f[0].q.start - p.q.start)))
            return found[:1]
    return []


def check_percent_change(items: Sequence[Item]) -> list[Finding]:
    """A percentage change and the two levels it relates: later/earlier - 1 = the stated change.

    Levels come from :func:`change_levels`: the change's own period and the one its basis names
    (a year before by default, the period just before for "(month-on-month)"), in its passage,
    elsewhere in its article, or, when the article lacks one, in another article.
    A "pp" change relates two percent levels by difference.
    """
    findings = []
    articles = _by_article(items)
    for p in items:
        c = p.claim
        if c.kind != "percent" or c.change not in ("increase", "decrease"):
            continue
        if c.quantity.unit == "pp":
            if change_shift(p) is not None:
                finding = _pp_change(p, articles[c.article_id])
                if finding:
                    findings.append(finding)
            continue
        pairs = change_levels(p, items, articles)
        if not pairs:
            continue
        later, earlier, why, across = pairs[0]
        findings.append(_percent_finding(p, later, earlier, why, across))
    return findings


def _percent_finding(p: Item, later: Item, earlier: Item, why: str, across: bool) -> Finding:
    sign = -1 if p.claim.change == "decrease" else 1
    stated = p.readings if sign == 1 else p.readings.neg()
    computed = ratio(later.readings, earlier.readings)
    point = later.q.value / earlier.q.value - 1 if earlier.q.value else None
    scale, suffix = _money(earlier)
    formula = f"{_num(later.q.value / scale)}{suffix}/{_num(earlier.q.value / scale)}{suffix} - 1"
    if computed is None or point is None:
        return _finding("percent_change", [p, later, earlier], "undetermined", sign * p.q.value, None,
                        f"{formula}: a level may be zero or negative")
    computed = Interval(computed.lo * 100 - 100, computed.hi * 100 - 100)
    decided = computed.bounded and stated.bounded
    if later.dated and earlier.dated and not same_length(later, earlier):
        decided = False
    fits = computed.meets(stated)
    if across and not fits and not _sources_meet([p, later, earlier]):
        decided = False  # two producers' figures: a miss may be two figures, a fit is still a fit
    implied = later.q.value / (1 + sign * p.q.value / 100) if sign * p.q.value != -100 else None
    # Levels outside the change's own sentence were paired by their fields alone: far from the
    # level the change implies, they are more likely another fact than a slip.
    elsewhere = across or not all(neighbours(p, i) for i in (later, earlier))
    apart = elsewhere or any(i.claim.sentence_start != p.claim.sentence_start for i in (later, earlier))
    bound = MAX_SLIP_RATIO if elsewhere else PASSAGE_SLIP_RATIO
    far = apart and not fits and (implied is None or implied <= 0 or not earlier.q.value or
                                   max(implied, earlier.q.value) / min(implied, earlier.q.value) > bound)
    slip = _change_slip(stated, sign * p.q.value, later, earlier) if far else None
    if far and not slip:
        decided = False
    if p.twin and not fits and decided:
        decided = False
    verdict = _verdict(fits, decided)
    where = " (levels from other articles)" if across else ""
    if slip:
        where += f"; {slip}"
    elif far:
        where += ("; the level is far from the one the change implies: "
                  "more likely another fact than a slip")
    if p.twin and not fits:
        where += "; its sentence states another value of this change: which is which is not known"
    explanation = (f"{formula} = {point * 100:.1f}% (readings {computed.show(unit='%')}); "
                   f"stated {sign * p.q.value:g}% (readings {stated.show(unit='%')}): "
                   f"{'fits' if fits else 'does not fit'}; levels ordered {why}{where}")
    if verdict == "undetermined" and later.dated and earlier.dated and not same_length(later, earlier):
        explanation += "; the two periods differ in length"
    return _finding("percent_change", [p, later, earlier], verdict, sign * p.q.value, point * 100, explanation)


def _change_slip(stated: Interval, point: float, later: Item, earlier: Item) -> Optional[str]:
    """A scale slip between two levels of a change: one level times a power of ten (a scale word
    lost or doubled: "1,67,540 lakh crore" for 1,67,540 crore) gives the stated change. The slipped
    level and the other need ``ANCHOR_DIGITS`` significant digits ("$4" cut from "$4.514 billion"
    is no slip)."""
    if later.q.value <= 0 or earlier.q.value <= 0:
        return None
    for level, other in ((earlier, later), (later, earlier)):
        if min(_significant_digits(level.q.text), _significant_digits(other.q.text)) < ANCHOR_DIGITS:
            continue
        implied = other.q.value / (1 + point / 100) if level is earlier else other.q.value * (1 + point / 100)
        if implied <= 0:
            continue
        k = round(math.log10(level.q.value / implied))
        if k == 0:
            continue
        scaled = Interval(level.readings.lo / 10 ** k, level.readings.hi / 10 ** k)
        pair = (later.readings, scaled) if level is earlier else (scaled, earlier.readings)
        computed = ratio(*pair)
        if computed is not None and Interval(computed.lo * 100 - 100, computed.hi * 100 - 100).meets(stated):
            return (f"a scale slip: {level.q.text} fits the change only divided by {10 ** k:,g}"
                    if k > 0 else f"a scale slip: {level.q.text} fits the change only times {10 ** -k:,g}")
    return None


def _pp_change(p: Item, pool: Sequence[Item]) -> Optional[Finding]:
    levels = [i for i in pool if i.claim.kind == "percent" and i.q.unit == "%" and i.claim.change is None
              and neighbours(p, i) and i.status == p.status and not i.basis
              and (metrics_meet(p, i) or facts.same_measure(_bare(p.measure), i.measure))
              and names_meet(p.claim.subject, i.claim.subject)]
    for a, b in combinations(levels, 2):
        if not metrics_meet(a, b):
            continue
        ordered = order_levels(a, b)
        if ordered is None:
            continue
        later, earlier, why = ordered
        sign = -1 if p.claim.change == "decrease" else 1
        stated = p.readings if sign == 1 else p.readings.neg()
        computed = Interval(later.readings.lo - earlier.readings.hi, later.readings.hi - earlier.readings.lo)
        point = later.q.value - earlier.q.value
        fits = computed.meets(stated)
        return _finding("percent_change", [p, later, earlier],
                        _verdict(fits, computed.bounded and stated.bounded), sign * p.q.value, point,
                        f"{later.q.value:g}% - {earlier.q.value:g}% = {point:+.2f} pp; stated "
                        f"{sign * p.q.value:+g} pp: {'fits' if fits else 'does not fit'}; levels ordered {why}")
    return None


def _sources_meet(items: Sequence[Item]) -> bool:
    """False when two claims are attributed to different sources that may publish different figures
    under one name (``CROSS_SOURCE``)."""
    from rapidfuzz import fuzz

    if CROSS_SOURCE == "inconsistent":
        return True
    sources = {i.claim.source for i in items if i.claim.source}
    for a, b in combinations(sources, 2):
        if fuzz.token_set_ratio(_canonical(a), _canonical(b)) >= ACTOR_MATCH:
            continue
        if CROSS_SOURCE == "undetermined" or (PRODUCER.search(a) and PRODUCER.search(b)):
            return False
    return True


def check_multiple(items: Sequence[Item]) -> list[Finding]:
    """A multiple ("more than 5x", "tripled") and its two levels in the same sentence: A / B."""
    findings = []
    articles = _by_article(items)
    for m in items:
        if m.claim.kind != "multiple":
            continue
        levels = [i for i in articles[m.claim.article_id] if is_level(i)
                  and i.claim.sentence_start == m.claim.sentence_start and i.status == m.status]
        before = [i for i in levels if i.q.start < m.q.start]
        after = [i for i in levels if i.q.start > m.q.start]
        pair = None
        if before and after and same_unit(before[-1], after[0]):
            pair = (before[-1], after[0], "the level before the multiple over the one after it")
        else:
            for a, b in combinations(after, 2):
                if same_unit(a, b) and (ordered := order_levels(a, b)):
                    pair = ordered
                    break
        if pair is None:
            continue
        top, base, why = pair
        computed = ratio(top.readings, base.readings)
        if computed is None or not base.q.value:
            continue
        point = top.q.value / base.q.value
        fits = computed.meets(m.readings)
        scale, suffix = _money(base)
        findings.append(_finding(
            "multiple", [m, top, base], _verdict(fits, computed.bounded and m.readings.bounded),
            m.q.value, point,
            f"{_num(top.q.value / scale)}{suffix}/{_num(base.q.value / scale)}{suffix} = {point:.2f}x "
            f"(readings {computed.show(unit='x')}); stated {m.q.text} (readings {m.readings.show(unit='x')}): "
            f"{'fits' if fits else 'does not fit'}; {why}"))
    return findings


_TOTAL_CUE = re.compile(r"\b(cumulatively|combined|altogether|in all|including|in total|a total of|total)\b", re.I)
_TRADE = re.compile(r"\b(bilateral trade|total trade|trade volume|volume of trade|two-way trade|trade)\b", re.I)


def check_sum(items: Sequence[Item]) -> list[Finding]:
    """Parts and a stated total: exports + imports = bilateral trade; trade deficit = imports -
    exports and total trade = imports + exports of one economy; a "total" and its parts; a period's
    figure and the figures of the sub-periods that make it up; components of a total by cue words."""
    findings = []
    for group in _by_article(items).values():
        findings += _trade_sums(group, items)
        findings += _component_sums(group)
        findings += _total_parts(group)
        findings += _period_sums(group)
    findings += _trade_identities(items)
    return findings


def _sum_finding(total: Item, parts: Sequence[Item], signs: Sequence[int], label: str) -> Finding:
    """total = sum(sign * part): consistent when the readings meet; parts of a plain sum that
    exceed the total are inconsistent, parts short of it undetermined (a part may be unstated);
    a difference (signs with a minus) that misses is inconsistent."""
    acc = Interval(0.0, 0.0)
    for part, sign in zip(parts, signs):
        acc = acc + (part.readings if sign > 0 else part.readings.neg())
    point = sum(sign * part.q.value for part, sign in zip(parts, signs))
    scale, suffix = _money(total)
    if acc.meets(total.readings):
        verdict, how = _verdict(True, acc.bounded and total.readings.bounded), "fits"
    elif all(sign > 0 for sign in signs) and acc.hi < total.readings.lo and label == "parts":
        verdict, how = "undetermined", "the parts fall short (a part may be unstated)"
    else:
        verdict = _verdict(False, acc.bounded and total.readings.bounded)
        how = "the parts exceed the total" if acc.lo > total.readings.hi else "does not fit"
    terms = "".join(f" {'+' if sign > 0 else '-'} {_num(part.q.value / scale)}{suffix}"
                    for part, sign in zip(parts, signs)).lstrip(" +")
    return _finding("sum", [total, *parts], verdict, total.q.value, point,
                    f"{label}: {terms} = {_num(point / scale)}{suffix} (readings {acc.show(scale, suffix)}); "
                    f"stated {total.q.text} (readings {total.readings.show(scale, suffix)}): {how}")


def _trade_identities(items: Sequence[Item]) -> list[Finding]:
    """Trade deficit = imports - exports, total trade = imports + exports: one economy (subject),
    one partner or none, one period and unit; the flows from the figure's own article first, else
    from another article reporting the same facts."""
    out = []
    flows = [i for i in items if is_level(i) and i.dated and i.measure is not None
             and not i.measure.marks and i.measure.head in ("exports", "imports")]
    for t in items:
        m = t.measure
        if not (is_level(t) and t.dated and m is not None and not t.status and not t.basis):
            continue
        # "services trade deficit" relates services exports and imports: the other words must agree.
        kind = set(m.modifiers) - {"trade"}
        if m.head == "deficit" and "trade" in m.modifiers:
            signs, label = (1, -1), "trade deficit = imports - exports"
        elif m.head == "balance" and "trade" in m.modifiers:
            signs, label = (-1, 1), "trade balance = exports - imports"
        elif m.head == "trade" and not (kind - {"bilateral", "two-way", "foreign", "external"}):
            signs, label, kind = (1, 1), "total trade = imports + exports", set()
        else:
            continue

        def flows_in(head: str) -> dict[str, Item]:
            """The nearest flow of each article: the figure's own article, or one article with both."""
            found = [i for i in flows if i.measure.head == head and set(i.measure.modifiers) == kind
                     and i.status == t.status and same_unit(i, t)
                     and period_overlap(i, t) >= PERIOD_OVERLAP
                     and facts.actors_meet(i.claim.subject, t.claim.subject) is not False
                     and (i.claim.counterparty is None) == (t.claim.counterparty is None)
                     and facts.actors_meet(i.claim.counterparty, t.claim.counterparty) is not False
                     and (i.claim.article_id == t.claim.article_id or
                          facts.actors_meet(i.claim.subject, t.claim.subject))]
            found.sort(key=lambda i: abs(i.q.start - t.q.start))
            by: dict[str, Item] = {}
            for i in found:
                by.setdefault(i.claim.article_id, i)
            return by

        imports, exports = flows_in("imports"), flows_in("exports")
        both = [a for a in imports if a in exports]
        # The figure's own article, else the article with the most precise flows (the tightest test).
        both.sort(key=lambda a: (a != t.claim.article_id, (imports[a].readings.hi - imports[a].readings.lo)
                                 + (exports[a].readings.hi - exports[a].readings.lo), a))
        if both:
            out.append(_sum_finding(t, [imports[both[0]], exports[both[0]]], signs, label))
    return out


_OF_WHICH = re.compile(r"^[^.;]{0,20}?\bof which\b", re.I)
_TOTAL_WORDS = re.compile(r"\b(total|overall|combined|cumulative|aggregate)\b", re.I)


def _total_parts(group: Sequence[Item]) -> list[Finding]:
    """A figure whose metric says "total" and the other levels of its article with the same head
    noun, unit and period (its parts: "total liquid reserves" = the central bank's + the banks'),
    one per distinct fact; at least two."""
    out = []
    for t in group:
        if not (is_level(t) and t.dated and t.measure is not None):
            continue
        of_which = t.text is not None and _OF_WHICH.match(t.text[t.q.end:t.claim.sentence_end])
        if not (of_which or _TOTAL_WORDS.search(t.metric or "")):
            continue
        parts: list[Item] = []
        for i in group:
            if (i is t or not is_level(i) or not i.dated or i.measure is None or _TOTAL_WORDS.search(i.metric or "")
                    or not same_unit(i, t) or i.status != t.status
                    or (i.start, i.end) != (t.start, t.end) or abs(i.q.value) >= abs(t.q.value)):
                continue
            if of_which:  # "Rs 187 crore, of which A is Rs 38 crore, B ... (including C)": A, B
                if i.claim.sentence_start != t.claim.sentence_start or i.q.start < t.q.end or \
                        re.search(r"\((?:[^()]*)$", t.text[t.q.end:i.q.start]):
                    continue
            elif i.measure.head != t.measure.head:
                continue
            if any(facts.same_fact(i.claim, j.claim, missing_subject_ok=True) is not False for j in parts):
                continue  # the same part stated twice
            parts.append(i)
        if len(parts) >= 2:
            out.append(_sum_finding(t, parts, [1] * len(parts), "parts"))
    return out


def _period_sums(group: Sequence[Item]) -> list[Finding]:
    """A figure for a period and the figures of the same fact for the sub-periods that tile it
    exactly (a quarter and its three months), one figure per sub-period."""
    out = []
    levels = [i for i in group if is_level(i) and i.dated and i.measure is not None and not i.basis]
    for t in levels:
        subs = {}
        for i in levels:
            if i is t or not (t.start <= i.start and i.end <= t.end) or i.days >= t.days:
                continue
            if not (same_unit(i, t) and i.status == t.status and facts.same_measure(i.measure, t.measure)
                    and facts.actors_meet(i.claim.subject, t.claim.subject) is not False
                    and facts.actors_meet(i.claim.counterparty, t.claim.counterparty) is not False):
                continue
            subs.setdefault((i.start, i.end), i)
        chain, day = [], t.start
        for (start, end), i in sorted(subs.items()):
            if abs((start - day).days) <= SAME_LENGTH_DAYS and (not chain or start > chain[-1].end):
                chain.append(i)
                day = end + dt.timedelta(days=1)
        if len(chain) >= 2 and abs((chain[-1].end - t.end).days) <= SAME_LENGTH_DAYS:
            out.append(_sum_finding(t, chain, [1] * len(chain), "parts"))
    return out


def _trade_sums(group: Sequence[Item], items: Sequence[Item]) -> list[Finding]:
    """A bilateral trade figure against the exports and imports between the same two sides and period."""
    out = []
    for t in group:
        if not (is_level(t) and t.dated and _TRADE.search(t.metric) and t.claim.counterparty):
            continue
        sides = {_canonical(t.claim.subject or ""), _canonical(t.claim.counterparty)}
        flows = {}
        for i in group:
            if i is t or not is_level(i) or not same_unit(i, t) or not i.dated or i.status != t.status:
                continue
            if {_canonical(i.claim.subject or ""), _canonical(i.claim.counterparty or "")} != sides:
                continue
            if period_overlap(i, t) < PERIOD_OVERLAP:
                continue
            words = set(_tokens(i.metric).split())
            for flow in ("exports", "imports"):
                if words == {flow} or words == {flow.rstrip("s")}:
                    flows.setdefault((flow, _canonical(i.claim.subject or "")), i)
        subject = _canonical(t.claim.subject or "")
        other = _canonical(t.claim.counterparty)
        exports = flows.get(("exports", subject)) or flows.get(("imports", other))
        imports = flows.get(("imports", subject)) or flows.get(("exports", other))
        if not exports or not imports:
            continue
        parts = exports.readings + imports.readings
        fits = parts.meets(t.readings)
        scale, suffix = _money(t)
        point = exports.q.value + imports.q.value
        out.append(_finding("sum", [t, exports, imports], _verdict(fits, parts.bounded and t.readings.bounded),
                            t.q.value, point,
                            f"exports {_num(exports.q.value / scale)}{suffix} + imports "
                            f"{_num(imports.q.value / scale)}{suffix} = {_num(point / scale)}{suffix} "
                            f"(readings {parts.show(scale, suffix)}); stated trade {t.q.text} "
                            f"(readings {t.readings.show(scale, suffix)}): {'fits' if fits else 'does not fit'}"))
    return out


def _sibling(i: Item, t: Item) -> bool:
    """A figure stated beside the total for another member ("84.3 for CGST and 85.3 for SGST"):
    its metric is the total's with one word changed, so it is not a part."""
    from rapidfuzz import fuzz

    return i.claim.sentence_start == t.claim.sentence_start and fuzz.token_sort_ratio(
        _tokens(i.metric), _tokens(t.metric)) >= 85


def _component_sums(group: Sequence[Item]) -> list[Finding]:
    """A total ("cumulatively", "including", "in total") and the parts stated before it in its passage.

    The parts are the smaller levels of the same unit, period, subject and counterparty in the
    total's sentence and the two before it, whose metric shares a word with the total's. Parts that
    add up to more than the total are inconsistent; parts short of it may leave a part out, so that
    is undetermined.
    """
    out = []
    for t in group:
        if not (is_level(t) and t.dated and t.text):
            continue
        sentence = t.text[t.claim.sentence_start:t.claim.sentence_end]
        if not _TOTAL_CUE.search(sentence) or _TRADE.search(t.metric):
            continue
        total_words = set(_tokens(t.metric).split()) - {"total"}
        parts = [i for i in group if i is not t and is_level(i) and same_unit(i, t) and i.dated
                 and not _sibling(i, t)
                 and i.status == t.status and (i.start, i.end) == (t.start, t.end)
                 and 0 <= t.sentence_no - i.sentence_no <= 2 and i.q.start < t.q.start
                 and i.q.value < t.q.value
                 and names_meet(i.claim.subject, t.claim.subject)
                 and names_meet(i.claim.counterparty, t.claim.counterparty)
                 and total_words & (set(_tokens(i.metric).split()) - {"total"})]
        if len(parts) < 2:
            continue
        total = parts[0].readings
        for i in parts[1:]:
            total = total + i.readings
        point = sum(i.q.value for i in parts)
        scale, suffix = _money(t)
        if total.meets(t.readings):
            verdict, how = _verdict(True, total.bounded and t.readings.bounded), "fits"
        elif total.lo > t.readings.hi:
            verdict, how = "inconsistent", "the parts exceed the total"
        else:
            verdict, how = "undetermined", "the parts fall short (a part may be unstated)"
        terms = " + ".join(f"{_num(i.q.value / scale)}{suffix}" for i in parts)
        out.append(_finding("sum", [t, *parts], verdict, t.q.value, point,
                            f"{terms} = {_num(point / scale)}{suffix} (readings {total.show(scale, suffix)}); "
                            f"stated total {t.q.text} (readings {t.readings.show(scale, suffix)}): {how}"))
    return out


def _host(item: Item) -> str:
    """The outlet of a claim's article: its url's host, else its id."""
    if item.meta and item.meta.get("outlet"):
        return item.meta["outlet"]
    url = item.meta.get("url") if item.meta else None
    if url:
        from urllib.parse import urlparse

        host = urlparse(url).netloc.lower()
        return host[4:] if host.startswith("www.") else host
    return item.claim.article_id


def _published(item: Item) -> Optional[str]:
    return (item.meta or {}).get("published") or item.claim.extra.get("published")


def _period_stated(item: Item) -> bool:
    """The claim's own sentence names its period (not carried forward from an earlier sentence)."""
    if item.text is None or item.claim.period is None or not item.claim.period.text:
        return False
    sentence = item.text[item.claim.sentence_start:item.claim.sentence_end].lower()
    return item.claim.period.text.strip().lower() in sentence


def _slip(a: Item, b: Item) -> Optional[str]:
    """'a unit slip (x1000)' when one value is the other times a power of 1000, within the readings."""
    small, big = sorted((a, b), key=lambda i: abs(i.q.value))
    if small.q.value <= 0:
        return None
    k = round(math.log10(big.q.value / small.q.value))
    if k < 1:
        return None
    factor = 10 ** k
    if Interval(small.readings.lo * factor, small.readings.hi * factor).meets(big.readings):
        return (f"a scale slip: {small.q.text} and {big.q.text} differ by a factor of {factor:,} "
                "(a scale word lost or changed)")
    return None


def check_same_fact(items: Sequence[Item]) -> list[Finding]:
    """Two claims of one fact (``facts.same_fact``) and whether their values can be one value.

    Claims in one sentence are never the same fact (that is a from/to pair whose periods were
    missed). A bound ("crossed $5 billion") meets the exact figure when the exact figure is
    inside it. Across articles both need a subject; a later publication restating the period
    with another value is a revision, named with both outlets and dates. Different named sources
    follow ``CROSS_SOURCE``; two values in one article follow ``SAME_FACT_IN_ARTICLE``.
    """
    findings = []
    candidates = [i for i in items if i.dated and i.measure is not None
                  and i.claim.kind in ("money", "count", "percent")
                  and (i.claim.kind == "percent" or i.claim.change is not None or is_level(i))]
    buckets: dict[tuple, list[Item]] = {}
    for i in candidates:
        key = (i.claim.kind, i.q.unit, i.claim.change, i.status, i.basis)
        buckets.setdefault(key, []).append(i)

    for bucket in buckets.values():
        for a, b in combinations(bucket, 2):
            one_article = a.claim.article_id == b.claim.article_id
            if one_article and a.claim.sentence_start == b.claim.sentence_start:
                continue
            if facts.same_fact(a.claim, b.claim, missing_subject_ok=one_article) is not True:
                continue
            findings.append(_same_fact_finding(a, b, one_article))
    return findings


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respectively(item: Item) -> bool:
    """The claim's sentence pairs a list of figures with a list of periods or items ("USD 437.5
    million and USD 407 million in January and February, respectively"): which figure goes with
    which is easy to read wrong, so a conflict it takes part in stays undetermined."""
    return item.text is not None and _RESPECTIVELY.search(
        item.text[item.claim.sentence_start:item.claim.sentence_end]) is not None


def _same_fact_finding(a: Item, b: Item, one_article: bool) -> Finding:
    fits = a.readings.meets(b.readings)
    decided = a.readings.bounded and b.readings.bounded
    sources = _sources_meet([a, b])
    notes = []
    if one_article:
        where = f"one article ({_host(a)})"
        if not fits:
            mode = SAME_FACT_IN_ARTICLE
            if mode == "undetermined" or (mode == "stated_periods" and not (_period_stated(a) and _period_stated(b))):
                decided = False
                notes.append("one article: a period carried from another sentence may belong to another measure")
            else:
                notes.append("one article states the same fact twice with different values (a garbled copy?)")
    else:
        first, second = sorted((a, b), key=lambda i: (_published(i) or "", i.claim.article_id))
        where = (f"two articles: {_host(first)} ({_published(first) or 'date unknown'}) and "
                 f"{_host(second)} ({_published(second) or 'date unknown'})")
        if not fits and not sources and not _slip(a, b):
            decided = False
            notes.append("different sources, may be different figures")
        elif not fits and _published(first) and _published(second) and _published(first) != _published(second):
            notes.append(f"a revision or a slip: {_host(second)} on {_published(second)} restates "
                         f"{first.claim.period.text or 'the period'} as {second.q.text}, "
                         f"{_host(first)} on {_published(first)} gave {first.q.text}")
    if not fits and decided and (_respectively(a) or _respectively(b)):
        decided = False
        notes.append("a sentence pairs figures with periods or items 'respectively': "
                     "which figure goes with which is easy to read wrong")
    if not fits and decided and (a.twin or b.twin):
        decided = False
        notes.append("a sentence states two values of this fact (a list read with one period?): "
                     "which is which is not known")
    if not fits and decided and (a.status or b.status):
        decided = False
        notes.append("two plans or forecasts for one period may come from different forecasters")
    if not fits and decided:
        slip = _slip(a, b)
        if slip:
            notes.append(slip)
        elif min(abs(a.q.value), abs(b.q.value)) == 0 or \
                max(abs(a.q.value), abs(b.q.value)) / min(abs(a.q.value), abs(b.q.value)) > MAX_SLIP_RATIO:
            decided = False
            notes.append(f"the values are more than {MAX_SLIP_RATIO:g}x apart: more likely two facts "
                         "the claims do not tell apart than one figure misreported")
    bound = any(i.q.qualifier not in ("exact", "approx") for i in (a, b))
    kind = "a bound and the figure" if bound else "the same fact"
    scale, suffix = _money(a)
    explanation = (f"{a.q.text} (readings {a.readings.show(scale, suffix)}) vs {b.q.text} "
                   f"(readings {b.readings.show(scale, suffix)}): {kind}, '{a.measure.name}' of "
                   f"{a.claim.subject or 'the article subject'}, {a.claim.period.text} / {b.claim.period.text}, "
                   f"in {where}: {'can be the same value' if fits else 'cannot be the same value'}")
    for i in (a, b):
        if i.anchor is not None:
            notes.append(f"{i.id} states no dated period: dated by the same figure {i.anchor.q.text} "
                         f"in {i.anchor.id} ({i.anchor.claim.period.text})")
    if notes:
        explanation += "; " + "; ".join(notes)
    return _finding("same_fact", [a, b], _verdict(fits, decided), a.q.value, b.q.value, explanation)


_UP = r"rose|rise|risen|rising|increased?|increasing|grew|grown|growing|jumped|climbed|gained|surged|soared|up|higher|doubled|tripled|boosted"
_DOWN = r"fell|fallen|falling|dropped|declined?|declining|decreased?|decreasing|down|lower|slumped|plunged|shrank|shrunk|slipped|slid|cut|tumbled"
_DIRECTION = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?:\W+\w+){{0,4}}?\W+to\s+(?:\w+\s+){{0,2}}$", re.I)


def stated_direction(item: Item) -> Optional[tuple[str, str]]:
    """("increase"/"decrease", the verb) when the text says the level was reached by a change ("increased to $X")."""
    if item.text is None:
        return None
    before = item.text[max(item.claim.sentence_start, item.q.start - 60):item.q.start]
    match = _DIRECTION.search(before)
    if not match:
        return None
    return ("increase" if match.group("up") else "decrease"), (match.group("up") or match.group("down"))


def check_trend(items: Sequence[Item]) -> list[Finding]:
    """A stated direction ("increased to $2.72 billion", "fell by $3m") against the two levels."""
    findings = []
    articles = _by_article(items)
    for later_item in items:
        if not is_level(later_item):
            continue
        direction = stated_direction(later_item)
        if direction is None:
            continue
        pairs = []
        for e in articles[later_item.claim.article_id]:
            if e is later_item or not is_level(e) or not neighbours(later_item, e) or not related(later_item, e):
                continue
            ordered = order_levels(later_item, e)
            if ordered and ordered[0] is later_item:
                unequal = later_item.dated and e.dated and not same_length(later_item, e)
                pairs.append(((unequal, abs(e.q.start - later_item.q.start)), ordered))
        if not pairs:
            continue
        later, earlier, why = min(pairs, key=lambda pair: pair[0])[1]
        findings.append(_trend_finding(later, earlier, direction, why))
    return findings + _amount_changes(items)


def _amount_changes(items: Sequence[Item]) -> list[Finding]:
    """A change stated as an amount ("fell by $2.8 billion", "rose $31 million during the week")
    against its two levels (:func:`change_levels`): later - earlier must fall in the stated change."""
    findings = []
    articles = _by_article(items)
    for p in items:
        if p.claim.kind not in ("money", "count") or p.claim.change not in ("increase", "decrease"):
            continue
        pairs = [pair for pair in change_levels(p, items, articles) if same_unit(pair[0], p)]
        if not pairs:
            continue
        later, earlier, why, across = pairs[0]
        stated = p.readings if p.claim.change == "increase" else p.readings.neg()
        diff = Interval(later.readings.lo - earlier.readings.hi, later.readings.hi - earlier.readings.lo)
        fits = diff.meets(stated)
        decided = diff.bounded and stated.bounded
        if across and not fits and not _sources_meet([p, later, earlier]):
            decided = False
        implied = later.q.value - (p.q.value if p.claim.change == "increase" else -p.q.value)
        if across and not fits and (implied <= 0 or earlier.q.value <= 0 or
                                    max(implied, earlier.q.value) / min(implied, earlier.q.value) > MAX_SLIP_RATIO):
            decided = False
        scale, suffix = _money(p)
        point = later.q.value - earlier.q.value
        sign = "+" if point >= 0 else ""
        findings.append(_finding(
            "trend", [p, later, earlier], _verdict(fits, decided),
            p.q.value if p.claim.change == "increase" else -p.q.value, point,
            f"{later.q.text} - {earlier.q.text} = {sign}{_num(point / scale)}{suffix} (readings "
            f"{diff.show(scale, suffix)}); stated {p.claim.change} of {p.q.text} (readings "
            f"{stated.show(scale, suffix)}): {'fits' if fits else 'does not fit'}; levels ordered {why}"
            + (" (levels from other articles)" if across else "")))
    return findings


def _trend_finding(later: Item, earlier: Item, direction: tuple[str, str], why: str) -> Finding:
    said, verb = direction
    diff = Interval(later.readings.lo - earlier.readings.hi, later.readings.hi - earlier.readings.lo)
    fits = diff.hi > 0 if said == "increase" else diff.lo < 0
    decided = diff.bounded
    note = ""
    if later.dated and earlier.dated and not same_length(later, earlier):
        # A flow over a shorter later period that is already higher did rise; anything else is open.
        if not (said == "increase" and later.days < earlier.days and diff.lo > 0):
            decided, note = False, "; the two periods differ in length"
    scale, suffix = _money(earlier)
    verdict = _verdict(fits, decided)
    return _finding("trend", [later, earlier], verdict, None, later.q.value - earlier.q.value,
                    f"'{verb}' to {later.q.text} from {earlier.q.text}: change "
                    f"{_num((later.q.value - earlier.q.value) / scale)}{suffix} (readings "
                    f"{diff.show(scale, suffix)}): {'fits' if fits else 'goes the other way'}; "
                    f"levels ordered {why}{note}")


_SHARE_OF = re.compile(r"^\s*(?:share\s+)?of\s+(?:the\s+)?(?:country'?s\s+|its\s+|their\s+)?(?P<what>[A-Za-z][\w\s'-]{2,60}?)"
                       r"(?=[,.;:()]|\s+(?:in|during|for|at|on|by|to|from|and|while|which|this|that|as)\b|$)", re.I)


def check_share(items: Sequence[Item]) -> list[Finding]:
    """A share of a total ("rice made up 12 percent of total exports") against the part and the
    total stated in the article: part / total x 100 must fall in the stated share's readings. The
    total is the level of the measure named after "of", for the share's period; the part is a level
    of the share's own measure (or, when the share's metric is the total's, a level in its
    sentence), smaller than the total, same unit and period."""
    findings = []
    for group in _by_article(items).values():
        for p in group:
            if p.claim.kind != "percent" or p.q.unit != "%" or p.claim.change is not None or p.text is None:
                continue
            match = _SHARE_OF.match(p.text[p.q.end:p.claim.sentence_end])
            if not match:
                continue
            whole = facts.measure(match.group("what"))
            if whole is None:
                continue
            totals = [i for i in group if is_level(i) and i.dated and facts.same_measure(i.measure, whole)
                      and i.status == p.status and (not p.dated or period_overlap(p, i) >= PERIOD_OVERLAP)
                      and facts.actors_meet(i.claim.subject, p.claim.subject) is not False]
            for total in sorted(totals, key=lambda i: abs(i.q.start - p.q.start))[:1]:
                parts = [i for i in group if i is not total and is_level(i) and i.dated and same_unit(i, total)
                         and (i.start, i.end) == (total.start, total.end) and 0 < i.q.value < total.q.value
                         and not facts.same_measure(i.measure, whole)
                         and (facts.same_measure(i.measure, p.measure) or
                              (i.claim.sentence_start == p.claim.sentence_start and metrics_meet(p, i)))]
                if not parts:
                    continue
                part = min(parts, key=lambda i: (i.claim.sentence_start != p.claim.sentence_start,
                                                 abs(i.q.start - p.q.start)))
                computed = ratio(part.readings, total.readings)
                if computed is None:
                    continue
                computed = Interval(computed.lo * 100, computed.hi * 100)
                fits = computed.meets(p.readings)
                point = part.q.value / total.q.value * 100
                scale, suffix = _money(total)
                findings.append(_finding(
                    "share", [p, part, total], _verdict(fits, computed.bounded and p.readings.bounded),
                    p.q.value, point,
                    f"{_num(part.q.value / scale)}{suffix}/{_num(total.q.value / scale)}{suffix} = {point:.1f}% "
                    f"(readings {computed.show(unit='%')}); stated {p.q.text} of {match.group('what').strip()} "
                    f"(readings {p.readings.show(unit='%')}): {'fits' if fits else 'does not fit'}"))
    return findings


#: The checks, by the name written into each finding's ``check`` field.
CHECKS: dict[str, Callable[[Sequence[Item]], list[Finding]]] = {
    "percent_change": check_percent_change,
    "multiple": check_multiple,
    "sum": check_sum,
    "same_fact": check_same_fact,
    "share": check_share,
    "trend": check_trend,
}


def run_checks_on(claims: Iterable[Claim], texts: Optional[Mapping[str, str]] = None,
                  rounding: str = ROUNDING, checks: Optional[Sequence[str]] = None,
                  meta: Optional[Mapping[str, Mapping]] = None) -> list[Finding]:
    """Every finding of the named checks (default all), inconsistent first, ids unique.

    meta (Mapping[str, Mapping]): article id -> {"published", "url", ...} from the corpus; names
        outlets and dates in cross-article findings. Defaults to None.
    """
    items = prepare(claims, texts, rounding, meta)
    findings: dict[str, Finding] = {}
    for name in checks or CHECKS:
        for finding in CHECKS[name](items):
            findings.setdefault(finding.finding_id, finding)
    order = {"inconsistent": 0, "undetermined": 1, "consistent": 2}
    return sorted(findings.values(), key=lambda f: (order[f.verdict], f.check, f.finding_id))
