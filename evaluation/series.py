"""Figures over time across outlets: the contract's **series** rows (issue 14).

One row per fact (a measure of one subject, with one counterparty or none, in one unit over one
period) with every report behind it; rows with the same ``series_id`` and different periods
make a time series. Which claims state one fact is decided by the checker's fact identity,
:mod:`evaluation.facts` (issue 13); this module only groups by it, so the series and the
``same_fact`` findings never disagree about identity.

What goes where (documented in ``docs/series.md``):

- **Left out**: multiples (a ratio between two figures, not a level of one), claims without a
  measure (``facts.measure`` is None), without a dated period, and claims ``facts.same_fact``
  cannot decide even against themselves (a bare percent of an amount, "exports 22%": a change or
  a share the claim does not mark). :func:`left_out` counts them by reason.
- **Levels, changes and plans never share a series**: a change (``change`` not null) goes to its
  measure's signed change series, its ``series_id`` measure part suffixed "(change)": a rise and
  a fall are two values of one signed change (``facts.signed_value``), so a decrease is a negative
  value (reports keep the direction read in ``change``) and "GDP grew 0.29%" / "the economy
  contracted 0.17%" of one period share a conflict row; a forecast or target keeps its mark in
  the canonical measure ("it exports (target)"), so it is its own series too.
- **A row** holds claims that are pairwise the same fact (complete linkage over
  ``facts.same_fact``; a claim without a subject meets only claims of its own article), never
  two claims of one sentence (a from/to pair whose periods were missed) unless their metrics
  name two vintages ("(provisional)", "(revised)") or one is a bound holding the other ("passed
  $4 billion, reaching $4.4 billion"; ``facts.one_fact_in_sentence``), and first never two values further apart
  than the checker's ``max_slip_ratio`` setting unless their readings meet or one is the other with a
  scale word lost. Such rows are then joined into one **conflict** row (``_conflict_merge``)
  when the far values are two named vintages, or come from two articles under one measure name
  the figures' own words give (``OWN_WORDS``) an order of magnitude apart (``FAR_MIN_RATIO``) or
  of opposite signs: a revision, a slip or a garbled copy is one fact. Far values in one article, or closer than that across articles, are more
  likely two facts the claims do not tell apart: two rows are preferred to one wrong merge.
- **Periods** are the checker's (``consistency.prepare``), and a few phrases it leaves undated
  are dated for the series (:func:`date_phrases`).
- **A series** joins the rows whose canonical keys (``facts.series_key``) name one measure,
  subject and counterparty, allowing the fact identity's spelling tolerance.

Writers are apart: JSONL, CSV and Parquet in :mod:`evaluation.tables`, the HTML page in
:mod:`evaluation.series_page`. No spaCy is imported here.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial

from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

from evaluation import facts
from evaluation.consistency import DEFAULTS, Interval, Settings, interval
from extractor.contract import Claim

#: Claim kinds that can be points of a series; a multiple is a ratio between two figures.
SERIES_KINDS = ("money", "percent", "count")
#: Keep two values of "one fact" in separate rows when they cannot be one figure and are more
#: than the checker's ``max_slip_ratio`` apart (and not a power-of-ten scale slip): more likely two
#: facts the claims do not tell apart (a part and its total) than one figure misreported. The
#: checker calls such a pair undetermined. Off, gross slips (a crore read as a billion) share a
#: red row, at the risk of merging look-alikes; see docs/series.md for both measurements.
SPLIT_APART = True
#: Two periods are one period when both their starts and their ends are at most this many days
#: apart (a fiscal year that begins "about 16 July"; a week ended on the 12th or the 13th).
PERIOD_SLACK_DAYS = 3


# ---- building rows ------------------------------------------------------------------------

def _claim(c: Union[Claim, Mapping]) -> Claim:
    return c if isinstance(c, Claim) else Claim.from_dict(dict(c))


def _dated(c: Claim) -> bool:
    return c.period is not None and bool(c.period.start) and bool(c.period.end)


def exclusion(claim: Union[Claim, Mapping]) -> Optional[str]:
    """Why a claim is no point of any series (a short reason), or None when it is one."""
    c = _claim(claim)
    if c.kind not in SERIES_KINDS:
        return f"{c.kind}: a ratio, not a level"
    if facts.measure(c.metric) is None:
        return "no measure"
    if not _dated(c):
        return "no dated period"
    if facts.same_fact(c, c, missing_subject_ok=True) is None:
        return "undecidable (a percent of an amount, neither change nor share)"
    return None


def left_out(claims: Iterable[Union[Claim, Mapping]]) -> Counter:
    """Reason -> number of claims that cannot be points as they stand (before the checker dates
    an undated article's periods by a figure elsewhere: ``series_summary`` counts after it)."""
    return Counter(r for r in (exclusion(c) for c in claims) if r is not None)


def _readings(c: Claim) -> Interval:
    """The readings of a claim as a signed figure: a decrease's turned negative (a rise and a fall are
    two values of one signed change, ``facts.signed_value``)."""
    readings = interval(c.quantity.to_dict())
    return readings.neg() if c.change == "decrease" else readings


def _opposite(a: Claim, b: Claim) -> bool:
    """Two values of opposite sign: a rise and a fall of one change (or a signed level and another)."""
    return facts.signed_value(a) * facts.signed_value(b) < 0


def _one_value(a: Claim, b: Claim, max_slip_ratio: float = DEFAULTS.max_slip_ratio) -> bool:
    """Can two reports be one figure: readings meet, values within ``max_slip_ratio``, or one is the
    other times a power of ten within the readings (a scale word lost or changed, as the checker
    reads it: "Rs 38,440 crore" for "Rs 38.4 billion")."""
    ra, rb = _readings(a), _readings(b)
    if ra.meets(rb):
        return True
    if _opposite(a, b):
        return False  # a rise and a fall: never one figure
    va, vb = abs(a.quantity.value), abs(b.quantity.value)
    if min(va, vb) == 0:
        return False
    if max(va, vb) / min(va, vb) <= max_slip_ratio:
        return True
    return _scale_slip(a, b)


def _scale_slip(a: Claim, b: Claim) -> bool:
    """One value is the other times a power of ten within the readings: a scale word lost or changed
    ("Rs 38,440 crore" for "Rs 38.4 billion"), or a garbled copy ("1 trillion 36 billion" beside
    "1 billion 36 billion 93 billion")."""
    if min(abs(a.quantity.value), abs(b.quantity.value)) == 0:
        return False
    small, big = sorted((a, b), key=lambda c: abs(c.quantity.value))
    k = round(math.log10(abs(big.quantity.value) / abs(small.quantity.value)))
    if k < 1:
        return False
    rs, f = _readings(small), 10 ** k
    return Interval(rs.lo * f, rs.hi * f).meets(_readings(big))


def _same_period(a: Claim, b: Claim) -> bool:
    """Both ends within PERIOD_SLACK_DAYS: stricter than ``facts.period_relation`` "equal" (which
    takes 11 months of a fiscal year for the year: they overlap on 92%)."""
    return all(abs((dt.date.fromisoformat(x) - dt.date.fromisoformat(y)).days) <= PERIOD_SLACK_DAYS
               for x, y in ((a.period.start, b.period.start), (a.period.end, b.period.end))) \
        or facts.stock_at_one_date(a, b, facts.measure(a.metric), facts.measure(b.metric))


#: A figure of an undated period phrase matches a dated figure elsewhere when their values are
#: equal and at least this many significant digits are written in one of the two ("18 percent"
#: and "18.0 percent"); the checker's own anchoring (``consistency.anchor_periods``) asks 3 of the
#: undated figure alone.
PHRASE_ANCHOR_DIGITS = 3


def _digits(text: str) -> int:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text or "")
    return len(m.group().replace(",", "").replace(".", "").lstrip("0")) if m else 0


def _phrase_key(c: Claim) -> tuple:
    return (c.article_id, " ".join(c.period.text.lower().split()))


def date_phrases(claims: Sequence[Claim], dated_by: dict, same_figure_digits: int = DEFAULTS.same_figure_digits) -> list[Claim]:
    """Date the period phrases the checker's reading left undated, for the series only.

    1. A phrase an article also uses with dates ("in July alone" in a headline and, dated, in
       the body) takes those dates, when the article's dated uses agree on one period.
    2. Else a phrase of an article takes the dates of a figure in another article with the same
       measure, subject, counterparty, kind, unit, change and value, when ``PHRASE_ANCHOR_DIGITS``
       significant digits are written in either of the two and every such match of the phrase's
       figures names one period. The same official figure under two wordings (an amount or count
       written with ``same_figure_digits`` identical significant digits, a level, the same subject:
       the checker's rule, ``consistency.checks.same_fact``) anchors whatever the two measures and
       count units say ("39,152 approvals" and "39,152 others" the year before).
    ``dated_by`` (claim id -> the claim whose dates it took) is updated in place.
    """
    from extractor.contract import Period

    def undated_phrase(c: Claim) -> Optional[tuple]:
        if c.period is None or not c.period.text or _dated(c):
            return None
        return _phrase_key(c)

    own: dict[tuple, set] = defaultdict(set)
    own_by: dict[tuple, Claim] = {}
    for c in claims:
        if _dated(c) and c.period.text:
            own[_phrase_key(c)].add((c.period.start, c.period.end))
            own_by.setdefault(_phrase_key(c), c)
    dated = [c for c in claims if _dated(c)]  # a measure is asked below, but for one official figure
    found: dict[tuple, set] = defaultdict(set)
    found_by: dict[tuple, Claim] = {}
    for u in claims:
        key = undated_phrase(u)
        if key is None or key in own or facts.measure(u.metric) is None:
            continue
        for d in dated:
            if d.article_id == u.article_id or d.quantity.value != u.quantity.value:
                continue
            if facts.one_official_figure(u, d, same_figure_digits):
                found[key].add((d.period.start, d.period.end))
                found_by.setdefault(key, d)
                continue
            if ((d.kind, d.quantity.unit, d.change) != (u.kind, u.quantity.unit, u.change)
                    or max(_digits(d.quantity.text), _digits(u.quantity.text)) < PHRASE_ANCHOR_DIGITS):
                continue
            if (facts.measure(d.metric) is not None
                    and facts.same_measure(facts.measure(u.metric), facts.measure(d.metric)) is True
                    and facts.actors_meet(u.subject, d.subject) is True
                    and (u.counterparty is None) == (d.counterparty is None)
                    and (u.counterparty is None or facts.actors_meet(u.counterparty, d.counterparty) is True)):
                found[key].add((d.period.start, d.period.end))
                found_by.setdefault(key, d)
    out = []
    for c in claims:
        key = undated_phrase(c)
        spans, by = (own.get(key), own_by.get(key)) if key in own else (found.get(key), found_by.get(key))
        if key is None or not spans or len(spans) != 1:
            out.append(c)
            continue
        (start, end), = spans
        out.append(c.with_fields(period=Period(c.period.text, start, end)))
        dated_by[c.claim_id] = by.claim_id
    return out


#: Figures of two articles published at most this many days apart may report one release; beyond,
#: a value written alike is as likely another release's (:func:`date_alike_figures`).
RELEASE_DAYS = 45


def _published_near(a: Claim, b: Claim, meta: Mapping[str, dict]) -> bool:
    pa, pb = (_meta(meta, c.article_id).get("published") for c in (a, b))
    if not pa or not pb:
        return False
    return abs((dt.date.fromisoformat(str(pa)[:10]) - dt.date.fromisoformat(str(pb)[:10])).days) <= RELEASE_DAYS


class _ByReadings:
    """Claims indexed by their readings: those whose readings meet an interval, found by bisection
    (a corpus of millions asks this of every undated figure)."""

    def __init__(self):
        self.claims: list[Claim] = []
        self._sorted: Optional[tuple] = None

    def add(self, c: Claim) -> None:
        self.claims.append(c)
        self._sorted = None

    def meeting(self, readings: Interval) -> list[Claim]:
        if self._sorted is None:
            spans = [(_readings(c), c) for c in self.claims]
            bounded = sorted(((r, c) for r, c in spans if math.isfinite(r.lo) and math.isfinite(r.hi)),
                             key=lambda rc: rc[0].lo)
            # "more than $2 billion" reads up to infinity: such claims are asked every time
            open_ended = [(r, c) for r, c in spans if not (math.isfinite(r.lo) and math.isfinite(r.hi))]
            widest = max((r.hi - r.lo for r, _ in bounded), default=0.0)
            self._sorted = ([r.lo for r, _ in bounded], bounded, widest, open_ended)
        los, bounded, widest, open_ended = self._sorted
        found = [c for r, c in open_ended if r.meets(readings)]
        for k in range(bisect.bisect_left(los, readings.lo - widest), len(bounded)):
            if los[k] > readings.hi:
                break
            if bounded[k][0].meets(readings):
                found.append(bounded[k][1])
        return found


def date_alike_figures(claims: Sequence[Claim], meta: Mapping[str, dict], dated_by: dict) -> list[Claim]:
    """A figure the article gives no period for ("Imports stood at $54.43 billion, the bureau said")
    takes the dates of the figures written alike (:func:`_alike`) in other articles published within
    ``RELEASE_DAYS``, of one kind, unit, change, counterparty and plan status, when they all name one
    period: outlets reporting one release give its figures, and one of them the period. Its period
    text stays its own (empty when it wrote none); ``dated_by`` (claim id -> the lender) is updated."""
    from extractor.contract import Period

    same_kind = lambda c: (c.kind, c.quantity.unit, c.change, (c.counterparty or "").lower(),  # noqa: E731
                           facts.split_marks(c.metric)[1])
    dated: dict[tuple, _ByReadings] = defaultdict(_ByReadings)
    for c in claims:
        if _dated(c) and c.quantity.value:
            dated[same_kind(c)].add(c)
    out = []
    for c in claims:
        if _dated(c) or not c.quantity.value or same_kind(c) not in dated:
            out.append(c)
            continue
        lenders = [d for d in dated[same_kind(c)].meeting(_readings(c))
                   if d.article_id != c.article_id and _alike(c, d) and _published_near(c, d, meta)]
        if not lenders or len({(d.period.start, d.period.end) for d in lenders}) != 1:
            out.append(c)
            continue
        lender = lenders[0]
        out.append(c.with_fields(period=Period(c.period.text if c.period else "", lender.period.start,
                                               lender.period.end)))
        dated_by[c.claim_id] = lender.claim_id
    return out


def lend_decided_measures(claims: Sequence[Claim], decided: set[frozenset]) -> list[Claim]:
    """A claim whose metric names no measure ("39,152 others") takes the metric of the one claim
    the checker decided is the same fact (one official figure under two wordings, "39,152
    approvals"), so that it can be a report of that fact's row; ``metric_from`` names the lender."""
    by_id = {c.claim_id: c for c in claims}
    lenders: dict[str, set] = defaultdict(set)
    for pair in decided:
        a, b = (by_id.get(i) for i in sorted(pair))
        if a is None or b is None:
            continue
        for taker, lender in ((a, b), (b, a)):
            if facts.measure(taker.metric) is None and facts.measure(lender.metric) is not None:
                lenders[taker.claim_id].add(lender.claim_id)
    out = []
    for c in claims:
        lender = by_id[next(iter(lenders[c.claim_id]))] if len(lenders.get(c.claim_id, ())) == 1 else None
        out.append(c.with_fields(metric=lender.metric, extra={**(c.extra or {}), "metric_from": lender.claim_id})
                   if lender is not None else c)
    return out


def _written_alike(claims: Sequence[Claim], lends: Callable[[Claim], bool], borrows: Callable[[Claim], bool],
                   fits: Callable[[Claim, Claim], bool]):
    """(claim, its lenders) for each claim: for one that ``borrows``, the claims of other articles that
    ``lends`` and that are written alike (the same value with ``PHRASE_ANCHOR_DIGITS`` significant digits
    in either, the same kind, unit, change and dates) and ``fits`` (claim, lender); for the others none."""
    key = lambda c: (c.kind, c.quantity.unit, c.quantity.value, c.change, c.period.start, c.period.end)  # noqa: E731
    index: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if _dated(c) and lends(c):
            index[key(c)].append(c)
    for c in claims:
        yield c, [] if not (_dated(c) and borrows(c)) else [
            d for d in index.get(key(c), [])
            if d.article_id != c.article_id
            and max(_digits(d.quantity.text), _digits(c.quantity.text)) >= PHRASE_ANCHOR_DIGITS and fits(c, d)]


def lend_matching_measures(claims: Sequence[Claim]) -> list[Claim]:
    """A claim whose metric names no measure ("Saudi Arabia remained the largest source at $1.02
    billion") takes the metric of the figures of other articles written alike: the same value with
    ``PHRASE_ANCHOR_DIGITS`` significant digits in either, the same kind, unit, change and dates, the
    same owner and counterparty (or none); when every such figure names one measure. ``metric_from``
    names the lender. (The checker cannot compare a figure of no measure; the series joins it here.)"""
    out = []
    named = lambda c: facts.measure(c.metric) is not None  # noqa: E731
    for c, lenders in _written_alike(claims, named, lambda c: not named(c), lambda c, d: facts.same_owner(
            c.subject, d.subject) and facts.same_owner(c.counterparty, d.counterparty)):
        if lenders and all(facts.same_measure(facts.measure(lenders[0].metric), facts.measure(d.metric)) is True
                           for d in lenders[1:]):
            out.append(c.with_fields(metric=lenders[0].metric,
                                     extra={**(c.extra or {}), "metric_from": lenders[0].claim_id}))
        else:
            out.append(c)
    return out


def lend_matching_owners(claims: Sequence[Claim]) -> list[Claim]:
    """A claim whose subject is unnamed (an article that names no country: "Textile exports during
    July-April FY25 were $14.6 billion") takes the subject of the figures of other articles written
    alike: the same value with ``PHRASE_ANCHOR_DIGITS`` significant digits in either, the same kind,
    unit, change, dates, measure and counterparty; when every such figure names one owner.
    ``subject_from`` names the lender. (A figure of nobody meets no figure of somebody.)"""
    out = []
    measured = lambda c: facts.measure(c.metric) is not None  # noqa: E731
    for c, lenders in _written_alike(
            claims, lambda c: c.subject is not None and measured(c), lambda c: c.subject is None and measured(c),
            lambda c, d: facts.same_owner(c.counterparty, d.counterparty)
            and facts.same_measure(facts.measure(c.metric), facts.measure(d.metric)) is True):
        if lenders and all(facts.same_owner(lenders[0].subject, d.subject) for d in lenders[1:]):
            out.append(c.with_fields(subject=lenders[0].subject,
                                     extra={**(c.extra or {}), "subject_from": lenders[0].claim_id}))
        else:
            out.append(c)
    return out


def _alike(a: Claim, b: Claim) -> bool:
    """Two figures written alike: the same value with ``PHRASE_ANCHOR_DIGITS`` significant digits
    written in one, or values whose readings meet, each written with that many ("$27.55 billion"
    and "$27.6 billion")."""
    if a.quantity.value == b.quantity.value:
        return max(_digits(a.quantity.text), _digits(b.quantity.text)) >= PHRASE_ANCHOR_DIGITS
    return min(_digits(a.quantity.text), _digits(b.quantity.text)) >= PHRASE_ANCHOR_DIGITS \
        and _readings(a).meets(_readings(b))


def _alike_groups(claims: Sequence[Claim], alike: Optional[Callable[[Claim, Claim], bool]] = None,
                  measured: bool = False) -> list[list[Claim]]:
    """Groups of figures of two articles or more written alike (``alike``, by default :func:`_alike`;
    every pair of two articles), of one kind, unit, change, dates, counterparty and plan status, and
    with ``measured`` one measure."""
    alike = alike or _alike
    key = lambda c: (c.kind, c.quantity.unit, c.change, c.period.start, c.period.end,  # noqa: E731
                     (c.counterparty or "").lower(), facts.split_marks(c.metric)[1],
                     facts.measure(c.metric).name if measured else None)
    buckets: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if _dated(c) and c.quantity.value and (not measured or facts.measure(c.metric) is not None):
            buckets[key(c)].append(c)
    groups = []
    for bucket in buckets.values():
        if len({c.article_id for c in bucket}) < 2:
            continue
        parent = list(range(len(bucket)))

        def root(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i
        for i, j in _overlapping([_readings(c) for c in bucket]):  # a sweep: corpora of millions stay near n log n
            if bucket[i].article_id != bucket[j].article_id and alike(bucket[i], bucket[j]):
                parent[root(i)] = root(j)
        members: dict[int, list[Claim]] = defaultdict(list)
        for i, c in enumerate(bucket):
            members[root(i)].append(c)
        for group in members.values():
            readings = [_readings(c) for c in group]
            # intervals that meet pairwise share a point: one comparison instead of every pair
            if len({c.article_id for c in group}) >= 2 and max(r.lo for r in readings) <= min(r.hi for r in readings):
                groups.append(group)
    return groups


def _overlapping(intervals: Sequence[Interval]) -> Iterable[tuple[int, int]]:
    """The index pairs of the intervals that meet, by a sweep over their lower ends."""
    active: list[int] = []
    for i in sorted(range(len(intervals)), key=lambda k: intervals[k].lo):
        active = [j for j in active if intervals[j].hi >= intervals[i].lo]
        for j in active:
            yield j, i
        active.append(i)


def _most_given(group: Sequence[Claim], name: Callable[[Claim], Optional[str]]) -> Optional[Claim]:
    """The first claim of ``group`` whose ``name`` (a measure's, an owner's) most of the group give;
    None when none gives one."""
    votes = Counter(n for n in map(name, group) if n)
    return next((c for c in group if name(c) and votes[name(c)] == max(votes.values())), None)


def name_alike_figures(claims: Sequence[Claim]) -> list[Claim]:
    """Figures of two articles or more written alike (:func:`_alike_groups`: the same value, or one
    value written to ``PHRASE_ANCHOR_DIGITS`` significant digits in each, of one kind, unit, change,
    dates, counterparty and plan status) whose metrics name different measures or owners ("India's
    trade deficit widened to $27.55 billion in October" and "the gap stood at $27.6 billion in
    October"; "Lanka Horizon Telecom's revenue was Rs 48.6 billion" and "LHT's revenue"): one figure
    that outlets word differently, on the outlet clusters far more often than two facts of one value.
    All take the metric and the owner most of them give (the first given on a tie); ``metric_from``
    and ``subject_from`` name the lenders. An article that gives the value twice under two measures
    or owners tells them apart: its group is left alone."""
    lent: dict[str, dict] = {}
    for group in _alike_groups(claims):
        measures = [facts.measure(c.metric) for c in group]
        per_article: dict[str, set] = defaultdict(set)
        for c, m in zip(group, measures):
            per_article[c.article_id].add((m and m.name, (c.subject or "").lower()))
        if all(m is None for m in measures) or any(len(told) > 1 for told in per_article.values()):
            continue
        metric_lender = _most_given(group, lambda c: m.name if (m := facts.measure(c.metric)) else None)
        owner_lender = _most_given(group, lambda c: c.subject and c.subject.lower())
        for c, m in zip(group, measures):
            fields = {}
            if facts.same_measure(m, facts.measure(metric_lender.metric)) is not True:
                fields["metric"], fields["metric_from"] = metric_lender.metric, metric_lender.claim_id
            if owner_lender is not None and not facts.same_owner(c.subject, owner_lender.subject):
                fields["subject"], fields["subject_from"] = owner_lender.subject, owner_lender.claim_id
            if fields:
                lent[c.claim_id] = fields
    out = []
    for c in claims:
        fields = lent.get(c.claim_id)
        if fields is None:
            out.append(c)
            continue
        extra = {**(c.extra or {}), **{k: v for k, v in fields.items() if k.endswith("_from")}}
        out.append(c.with_fields(extra=extra, **{k: v for k, v in fields.items() if not k.endswith("_from")}))
    return out


def _rounded_alike(a: Claim, b: Claim) -> bool:
    """Readings that meet, one value written with ``PHRASE_ANCHOR_DIGITS`` significant digits and the
    other with one fewer at least ("$2.64 billion" and "$2.6bn")."""
    digits = sorted((_digits(a.quantity.text), _digits(b.quantity.text)))
    return digits[1] >= PHRASE_ANCHOR_DIGITS and digits[0] >= PHRASE_ANCHOR_DIGITS - 1 \
        and _readings(a).meets(_readings(b))


def own_alike_figures(claims: Sequence[Claim]) -> list[Claim]:
    """Figures of one measure in several articles, of one kind, unit, change, dates, partner and plan
    status, rounded alike (:func:`_rounded_alike`) but given different owners ("Veritas Infosoft's
    revenue of Rs 39,650 crore" and "the December-quarter revenue of Rs 39,700 crore" read as
    India's): all take the owner most of them give (the first on a tie; ``subject_from``). An article
    giving the value under two owners tells them apart."""
    lent: dict[str, Claim] = {}
    for group in _alike_groups(claims, alike=_rounded_alike, measured=True):
        per_article: dict[str, set] = defaultdict(set)
        for c in group:
            per_article[c.article_id].add((c.subject or "").lower())
        owners = [c for c in group if c.subject]
        if not owners or any(len(told) > 1 for told in per_article.values()) \
                or all(facts.same_owner(c.subject, owners[0].subject) for c in owners[1:]):
            continue
        lender = _most_given(owners, lambda c: c.subject.lower())
        for c in owners:
            if not facts.same_owner(c.subject, lender.subject):
                lent[c.claim_id] = lender
    return [c.with_fields(subject=lent[c.claim_id].subject,
                          extra={**(c.extra or {}), "subject_from": lent[c.claim_id].claim_id})
            if c.claim_id in lent else c for c in claims]


def _same_row(a: Claim, b: Claim, values: bool = True, max_slip_ratio: float = DEFAULTS.max_slip_ratio) -> bool:
    """Two claims may share a row; ``values=False`` asks everything but whether the values can be
    one figure (for :func:`_conflict_merge`)."""
    one_article = a.article_id == b.article_id
    if one_article and a.sentence_start == b.sentence_start and not facts.one_fact_in_sentence(a, b):
        return False  # one sentence rarely states one fact twice: a from/to pair whose periods were missed
    if not _same_period(a, b):
        return False
    if facts.same_fact(a, b, missing_subject_ok=one_article) is not True:
        return False
    if _two_makers(a, b):
        return False
    if values and _apart_in_one_article(a, b):
        return False
    return not (values and SPLIT_APART) or _one_value(a, b, max_slip_ratio)


def _apart_in_one_article(a: Claim, b: Claim) -> bool:
    """One article giving two values of what reads as one fact that cannot be one figure, with no
    revision named ("gross collections rose 9.8%" and "net GST revenue rose 8.7%", the gross mark
    lost): more likely two facts its claims do not tell apart than a slip. Two rows, no conflict. A
    power-of-ten slip (:func:`_scale_slip`: a garbled copy) stays one fact in conflict."""
    return a.article_id == b.article_id and not _readings(a).meets(_readings(b)) \
        and not facts.named_revision(a, b) and not _scale_slip(a, b)


def _two_makers(a: Claim, b: Claim) -> bool:
    """A forecast or target is its maker's figure: two makers' projections are two facts. Not when the
    two are written alike (:func:`_alike`): one plan that two outlets credit to two names ("the
    revenue authority" and "the National Board of Revenue" for one budget target of Tk 4.8 lakh crore)."""
    m = facts.measure(a.metric)
    return bool(m is not None and m.status and a.source and b.source
                and facts.actors_meet(a.source, b.source) is False and not _alike(a, b))


#: Two reports far apart (``_far_pair_one_fact``) are one fact in conflict only when one value is
#: at least this many times the other: a scale word misread ("Rs 12 billion" for a figure of
#: crores) or a garbled figure. Closer than that (1.2x to 10x), another fact is as likely: a part
#: and its whole, eleven months and the year, a change read as a level.
FAR_MIN_RATIO = 10.0


#: Where a measure may come from for a far pair (``_far_pair_one_fact``): written in the metric
#: (None), or read from the figure's own words before it in its sentence with no other figure
#: between ("IGST is Rs 89,158 crore": ``facts.borrow_measures`` "nearest" and "text"), or a part
#: named by its own words after "including" ("included"). A measure
#: lent by another figure of the sentence, the article or a restated figure is a guess.
OWN_WORDS = frozenset({None, "nearest", "text", "included"})


def _far_pair_one_fact(a: Claim, b: Claim) -> bool:
    """May two reports whose values cannot be one figure still be one fact in conflict?

    Two vintages named as such (:func:`facts.named_revision`) always are. Otherwise only across articles,
    under one canonical measure name the claims' own words give (``OWN_WORDS``: not lent by
    another figure or the article, a guess), and ``FAR_MIN_RATIO`` or more apart or of opposite
    signs (a rise in one outlet, a fall in another). One article giving two values far
    apart for what reads as one measure and period names two facts (a month and its total, a
    part and the whole, elided in the metric); two articles naming the measure alike for one
    period and subject, an order of magnitude apart, report one figure and one of them got its
    scale or digits wrong."""
    if a.article_id == b.article_id and not facts.named_revision(a, b):
        return False
    if any((c.extra or {}).get("metric_from") not in OWN_WORDS for c in (a, b)):
        return False  # a measure taken from another figure or the article is a guess: not enough here
    ma, mb = facts.measure(a.metric), facts.measure(b.metric)
    if ma is None or mb is None or ma.name != mb.name:
        return False
    if a.change is not None and _opposite(a, b):
        return True  # a rise in one outlet, a fall in another: the sign of one change disagrees
    va, vb = abs(a.quantity.value), abs(b.quantity.value)
    return facts.named_revision(a, b) or min(va, vb) == 0 or max(va, vb) / min(va, vb) >= FAR_MIN_RATIO


def _rows_meet(r1: Sequence[Claim], r2: Sequence[Claim], max_slip_ratio: float = DEFAULTS.max_slip_ratio) -> bool:
    """Can two value-compatible rows be one fact in conflict: every cross pair may share a row but
    for its values, and every pair whose values cannot be one figure passes
    :func:`_far_pair_one_fact`."""
    for a in r1:
        for b in r2:
            if not _same_row(a, b, values=False) or _apart_in_one_article(a, b):
                return False
            if not _one_value(a, b, max_slip_ratio) and not _far_pair_one_fact(a, b):
                return False
    return True


#: Join rows of one fact whose values disagree beyond a slip (``_conflict_merge``): the row is
#: then a conflict. Off, such reports stay in separate rows.
MERGE_CONFLICTS = True


def _conflict_merge(rows: list[list[Claim]], max_slip_ratio: float = DEFAULTS.max_slip_ratio) -> list[list[Claim]]:
    """Join value-compatible rows that are one fact reported with values too far apart to be one
    figure (a revision, a slip, a garbled copy), largest rows first; a row joins the group every
    member row of which it meets (:func:`_rows_meet`), the group with the nearest values first."""
    if not (SPLIT_APART and MERGE_CONFLICTS):
        return rows
    order = sorted(rows, key=lambda r: -len(r))

    def gap(row, group):
        va = [abs(c.quantity.value) or 1e-12 for c in row]
        vb = [abs(c.quantity.value) or 1e-12 for g in group for c in g]
        return min(abs(math.log(x / y)) for x in va for y in vb)

    groups: list[list[list[Claim]]] = []
    for row in order:
        fits = [g for g in groups if all(_rows_meet(row, other, max_slip_ratio) for other in g)]
        if fits:
            min(fits, key=lambda g: gap(row, g)).append(row)
        else:
            groups.append([row])
    return [[c for r in g for c in r] for g in groups]


def decided_pairs(findings: Iterable[Mapping]) -> set[frozenset]:
    """The claim pairs a ``same_fact`` finding calls one fact, with a verdict (consistent or
    inconsistent): the checker's identity decisions, which the rows must not contradict."""
    return {frozenset(f["claim_ids"]) for f in findings
            if f.get("check") == "same_fact" and f.get("verdict") in ("consistent", "inconsistent")
            and len(set(f.get("claim_ids") or ())) == 2}


def join_decided(rows: list[list[Claim]], decided: set[frozenset]) -> list[list[Claim]]:
    """Join two rows of one period when the checker decided that a report of one and a report of
    the other are one fact, and every cross pair of reports is decided so or may share a row
    (``_same_row``). The checker's ``same_fact`` also compares a part of a period with the whole
    (a bound); a row holds one period, so such a pair joins nothing; nor do two makers' forecasts,
    which the checker may find consistent but the series keeps as two facts (:func:`_two_makers`).

    The series reads claims a little differently from the checker (a table figure may take a fuller
    measure from its sentence, :func:`sentence_measures`); where the checker, comparing the same
    claims, gave a verdict on a pair, the series follows it unless another report of the two rows
    cannot be one fact with the other row. A pair the checker left undetermined joins nothing. A row
    of an article naming no owner joins a decided row when its other pairs are undecided only for
    the owner (:func:`_owner_unknown_only`)."""
    rows = [list(r) for r in rows]
    row_of = {c.claim_id: i for i, r in enumerate(rows) for c in r}
    kind = lambda c: (c.kind, c.change is None)
    for pair in sorted(decided, key=sorted):
        ids = [row_of.get(cid) for cid in sorted(pair)]  # a set's order changes with the hash seed
        if None in ids or ids[0] == ids[1]:
            continue
        r1, r2 = rows[ids[0]], rows[ids[1]]
        if {kind(c) for c in r1} != {kind(c) for c in r2}:
            continue
        orphan = all(c.subject is None for c in r1) or all(c.subject is None for c in r2)
        if all(_same_period(a, b) and not _two_makers(a, b)
               and (frozenset((a.claim_id, b.claim_id)) in decided or _same_row(a, b)
                    or orphan and _owner_unknown_only(a, b))
               for a in r1 for b in r2):
            r1.extend(r2)
            for c in r2:
                row_of[c.claim_id] = ids[0]
            rows[ids[1]] = []
    return [r for r in rows if r]


def _owner_unknown_only(a: Claim, b: Claim) -> bool:
    """Two reports of two articles that the fact identity leaves undecided only because one names no
    owner: the row of an article naming none joins the row the checker decided one of its figures
    belongs to ("nearly $32.2 billion of RMG exports" with no country, decided against "$32.16
    billion"), unless another report of that row is known to be another fact or value."""
    return (a.article_id != b.article_id and (a.subject is None) != (b.subject is None)
            and facts.same_fact(a, b) is None
            and facts.same_fact(a.with_fields(subject=b.subject or a.subject), b.with_fields(subject=b.subject or a.subject)) is True
            and _one_value(a, b))


def _same_length(a: Claim, b: Claim) -> bool:
    da = (dt.date.fromisoformat(a.period.end) - dt.date.fromisoformat(a.period.start)).days
    db = (dt.date.fromisoformat(b.period.end) - dt.date.fromisoformat(b.period.start)).days
    return abs(da - db) <= PERIOD_SLACK_DAYS


#: A figure takes a fuller measure from its sentence only when the two values are within this
#: ratio: an earlier period of one measure is near it; a total and its part usually are not.
ELIDED_RATIO = 1.5


def _near(a: float, b: float) -> bool:
    a, b = abs(a), abs(b)
    return min(a, b) > 0 and max(a, b) / min(a, b) <= ELIDED_RATIO


def sentence_measures(claims: Sequence[Claim]) -> dict[str, Claim]:
    """Claim id -> the claim of its sentence whose fuller measure it takes.

    "IT exports were $2 billion in FY21 against $1.44 billion in FY20": the second figure's
    metric is elided, so the claim reads "exports". Within one sentence, a claim takes the measure
    of another when that measure has the same head and plan status and strictly more modifiers,
    the kind, unit, change, subject and counterparty agree, and the periods are disjoint and of
    one length (a comparison with an earlier period, not a part of the same period). Only when
    every such claim of the sentence names one measure.
    """
    by_sentence: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.article_id, c.sentence_start)].append(c)
    out = {}
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        for c in group:
            mc = facts.measure(c.metric)
            if mc is None or not _dated(c):
                continue
            fuller = []
            for d in group:
                md = facts.measure(d.metric)
                if (d is c or md is None or not _dated(d) or md.head != mc.head or md.status != mc.status
                        or md.basis != mc.basis or not set(mc.modifiers) < set(md.modifiers)
                        or (d.kind, d.quantity.unit, d.change) != (c.kind, c.quantity.unit, c.change)
                        or facts.actors_meet(c.subject, d.subject) is False
                        or (c.subject is None) != (d.subject is None)
                        or (c.counterparty or "").lower() != (d.counterparty or "").lower()):
                    continue
                if (facts.period_relation(c, d) == "disjoint" and _same_length(c, d)
                        and _near(c.quantity.value, d.quantity.value)):
                    fuller.append(d)
            if fuller and len({facts.measure(d.metric).name for d in fuller}) == 1:
                out[c.claim_id] = fuller[0]
    return out


def _series_group(c: Claim) -> tuple:
    """The exact series key, scoped to the article when the claim has no subject."""
    return (facts.series_key(c), None if c.subject else c.article_id)


def _same_series(a: Claim, b: Claim) -> bool:
    """Two claims of one series (any period): the fact identity without the period."""
    if (a.kind, a.change is None) != (b.kind, b.change is None) or not facts.same_unit(a, b):
        return False
    if (a.subject is None or b.subject is None) and not (a.subject is None and b.subject is None
                                                         and a.article_id == b.article_id):
        return False
    if facts.same_measure(facts.measure(a.metric), facts.measure(b.metric)) is not True:
        return False
    if a.subject is not None and facts.actors_meet(a.subject, b.subject) is not True:
        return False
    if (a.counterparty is None) != (b.counterparty is None):
        return False
    return a.counterparty is None or facts.actors_meet(a.counterparty, b.counterparty) is True


def _complete_link(items: Sequence, same, fit=None) -> list[list]:
    """Greedy complete linkage: each item joins a cluster all of whose members it meets (the one
    ``fit(item, cluster)`` ranks highest, else the first), or starts its own."""
    clusters: list[list] = []
    for item in items:
        fits = [c for c in clusters if all(same(item, other) for other in c)]
        if fits:
            best = max(fits, key=lambda c: fit(item, c)) if fit is not None else fits[0]
            best.append(item)
        else:
            clusters.append([item])
    return clusters


def _row_fit(c: Claim, row: Sequence[Claim]) -> tuple:
    """Which of several rows a report joins: one that names its source, then one whose readings
    all meet it, then the nearest value."""
    same_source = any(c.source and o.source and facts.actors_meet(c.source, o.source) for o in row)
    readings = _readings(c)
    meets = all(readings.meets(_readings(o)) for o in row)
    distance = min(abs(facts.signed_value(c) - facts.signed_value(o)) for o in row)
    return (same_source, meets, -distance)


def _meta(published: Optional[Mapping], article_id: str) -> dict:
    """{"published", "url", "outlet"} of an article from a published mapping (dates or meta dicts)."""
    value = (published or {}).get(article_id)
    if isinstance(value, Mapping):
        return dict(value)
    return {"published": value} if value else {}


def _most_common(values: Iterable) -> Any:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def _series_id(claims: Sequence[Claim]) -> tuple[str, str]:
    """(series_id, canonical measure) of a series."""
    keys = Counter(facts.series_key(c) for c in claims)
    measure, subject, counterparty, kind, unit, change = keys.most_common(1)[0][0]
    shown = measure + (f" ({change})" if change else "")
    if subject is None:
        subject = f"(article {claims[0].article_id})"
    return f"{subject}|{shown}|{counterparty or '-'}|{unit}", measure


def _agreement(reports: Sequence[Claim], meta: Mapping[str, dict]) -> tuple[Claim, bool]:
    """(the report whose value the row takes, conflict).

    The reports' readings meet in one point (1-D intervals: pairwise is enough) -> no conflict,
    and the value is the most precise report inside the common readings. Otherwise the largest set
    of reports that can be one value wins (ties: the latest publication, a revision; then the later vintage
    named in the metric, "(revised)" over "(provisional)"), and the value is its most precise report.
    """
    readings = {c.claim_id: _readings(c) for c in reports}
    best, best_key = None, None
    for point in sorted({r.lo for r in readings.values()} | {r.hi for r in readings.values()}):
        agree = [c for c in reports if readings[c.claim_id].lo <= point <= readings[c.claim_id].hi]
        latest = max((_meta(meta, c.article_id).get("published") or "" for c in agree), default="")
        key = (len(agree), latest, max((_vintage_rank(c) for c in agree), default=1))
        if best_key is None or key > best_key:
            best, best_key = agree, key
    best = best or list(reports)
    conflict = len(best) < len(reports)
    width = lambda c: (readings[c.claim_id].hi - readings[c.claim_id].lo, c.quantity.qualifier != "exact")
    return min(best, key=width), conflict


def _vintage_rank(c: Claim) -> int:
    """0 for an earlier vintage ("(provisional)"), 2 for a later one ("(revised)"), 1 unmarked."""
    marks = facts.vintages(c.metric)
    if not marks:
        return 1
    return 0 if marks <= facts.EARLY_VINTAGES else 2


def _report(c: Claim, meta: Mapping[str, dict]) -> dict:
    m = _meta(meta, c.article_id)
    low = facts.signed_value(c)
    high = None if c.quantity.value_max is None else facts.signed_value(c, c.quantity.value_max)
    if high is not None and high < low:
        low, high = high, low  # a falling range "down 5 to 7 per cent": -7 to -5
    return {"claim_id": c.claim_id, "article_id": c.article_id, "published": m.get("published"),
            "value": _num(low), "value_max": _num(high), "change": c.change,
            "qualifier": c.quantity.qualifier, "text": c.quantity.text,
            "metric": c.metric, "metric_from": None, "period_from": None, "period_text": c.period.text if c.period else None,
            "source": c.source, "outlet": m.get("outlet"), "url": m.get("url"),
            "sentence": {"start": c.sentence_start, "end": c.sentence_end}}


def _num(x):
    if x is None:
        return None
    return int(x) if isinstance(x, float) and x.is_integer() and abs(x) < 2 ** 53 else x


def _finding_dicts(findings) -> list[dict]:
    return [f.to_dict() if hasattr(f, "to_dict") else dict(f) for f in findings]


def build_series(claims: Iterable[Union[Claim, Mapping]], findings: Optional[Iterable] = None,
                 published: Optional[Mapping[str, Any]] = None,
                 texts: Optional[Mapping[str, str]] = None, settings: Settings = DEFAULTS) -> list[dict]:
    """The series rows of ``claims``: one dict a fact, in the contract's series shape.

    claims (Iterable[Claim | dict]): claims, from one article or many.
    findings (Iterable[Finding | dict] | None): consistency findings; the ``same_fact`` ones
        joining two reports of a row that are not ``consistent`` go to its ``finding_ids``.
        None runs the checker's ``same_fact`` check here. Defaults to None.
    published (Mapping[str, str | dict] | None): article id -> publication date, or ->
        {"published", "url", "outlet"} (``findings.read_meta``). Defaults to None.
    texts (Mapping[str, str] | None): article id -> text; a claim whose metric names no measure
        may then take one its sentence names before it (``facts.borrow_measures``, as the checker
        reads claims). Defaults to None.
    settings (Settings): the checker's settings (``evaluation.consistency.settings``), used to read
        the claims and run ``same_fact`` as the checker does, and ``max_slip_ratio`` to keep two
        values in one row. Defaults to the checker's defaults.
    RETURNS (list[dict]): rows sorted by ``series_id`` and period; besides the contract's
        fields each row has ``kind``, ``change`` and ``metric`` (the most common as written),
        and each report its ``source``, ``outlet``, ``url``, ``period_text`` and ``sentence``.
    """
    claims = [_claim(c) for c in claims]
    meta = {aid: _meta(published, aid) for aid in {c.article_id for c in claims}}
    if findings is None:
        from evaluation.consistency import run_checks_on

        findings = run_checks_on(claims, texts, checks=["same_fact"], meta=meta, settings=settings)
    finding_dicts = _finding_dicts(findings)
    same_fact_links = [f for f in finding_dicts if f.get("check") == "same_fact" and f.get("verdict") != "consistent"]
    decided = decided_pairs(finding_dicts)
    written = {c.claim_id: c for c in claims}
    # The checker's reading of the claims: "CPI rose 11.8%" is inflation of 11.8% (facts.as_level),
    # and an undated article's period phrase is dated by the same figure elsewhere (anchor_periods).
    from evaluation.consistency import prepare

    items = prepare(claims, texts, meta=meta, settings=settings)
    dated_by = {i.id: i.anchor.id for i in items if getattr(i, "anchor", None) is not None}
    claims = [i.claim for i in items]
    claims = date_phrases(claims, dated_by, settings.same_figure_digits)
    claims = date_alike_figures(claims, meta, dated_by)
    claims = lend_decided_measures(claims, decided)
    claims = lend_matching_measures(claims)
    borrowed = {c.claim_id: (c.extra or {}).get("metric_from") for c in claims}  # facts.borrow_measures
    fuller = sentence_measures(claims)
    claims = [c.with_fields(metric=fuller[c.claim_id].metric,
                            extra={**(c.extra or {}), "metric_from": fuller[c.claim_id].claim_id})
              if c.claim_id in fuller else c for c in claims]
    claims = lend_matching_owners(claims)
    alike = name_alike_figures(claims)
    renamed = {a.claim_id: a.extra["metric_from"] for a, c in zip(alike, claims) if a.metric != c.metric}
    claims = alike
    claims = own_alike_figures(claims)
    points = [c for c in claims if exclusion(c) is None]
    points.sort(key=lambda c: (c.period.start, c.period.end, _meta(meta, c.article_id).get("published") or "",
                               c.article_id, c.quantity.start))
    # Rows first, over everything that may be one fact (facts.same_fact also meets conjunct
    # measures, "GDP and GVA" and "GDP"), then series over the rows' keys.
    buckets: dict[tuple, list[Claim]] = defaultdict(list)
    for c in points:
        unit = (c.quantity.unit or "").lower().split()[-1:] if c.kind == "count" else c.quantity.unit  # facts.same_unit
        buckets[(c.kind, str(unit), c.change is None, None if c.subject else c.article_id)].append(c)
    row_groups = [g for bucket in buckets.values()
                  for g in _conflict_merge(_complete_link(bucket, partial(_same_row, max_slip_ratio=settings.max_slip_ratio),
                                                          _row_fit), settings.max_slip_ratio)]
    row_groups = join_decided(row_groups, decided)
    exact: dict[tuple, list[list[Claim]]] = defaultdict(list)
    for g in row_groups:
        key = Counter(_series_group(c) for c in g).most_common(1)[0][0]
        exact[key].append(g)
    # Join exact keys that the fact identity's spelling tolerance calls one series.
    series = _complete_link(list(exact.values()),
                            lambda a, b: _same_series(a[0][0], b[0][0]))
    rows = []
    for parts in series:
        groups = [g for part in parts for g in part]
        members = [c for g in groups for c in g]
        series_id, measure = _series_id(members)
        subject = _most_common(c.subject for c in members)
        counterparty = _most_common(c.counterparty for c in members)
        for row_claims in groups:
            row = _row(series_id, measure, subject, counterparty, row_claims, meta, same_fact_links)
            for p in row["reports"]:
                p["metric"] = written[p["claim_id"]].metric
                p["metric_from"] = borrowed.get(p["claim_id"])
                if p["claim_id"] in fuller:
                    p["metric_from"] = fuller[p["claim_id"]].claim_id
                if p["claim_id"] in renamed:
                    p["metric_from"] = renamed[p["claim_id"]]
                p["period_from"] = dated_by.get(p["claim_id"])
            rows.append(row)
    rows.sort(key=lambda r: (r["series_id"], r["period"]["start"], r["period"]["end"], r["reports"][0]["claim_id"]))
    return rows


def _row(series_id, measure, subject, counterparty, claims: Sequence[Claim], meta, links) -> dict:
    claims = sorted(claims, key=lambda c: (_meta(meta, c.article_id).get("published") or "9999",
                                           c.article_id, c.quantity.start))
    chosen, conflict = _agreement(claims, meta)
    ids = {c.claim_id for c in claims}
    period = Counter((c.period.start, c.period.end) for c in claims).most_common(1)[0][0]
    # a change row is a signed growth series: a decrease is a negative value, the row's change
    # "increase" as the contract writes a signed rate ("grew -0.7%": increase, -0.7)
    values = [facts.signed_value(c) for c in claims] + [facts.signed_value(c, c.quantity.value_max) for c in claims
                                                        if c.quantity.value_max is not None]
    first = claims[0]
    return {
        "series_id": series_id, "measure": measure, "subject": subject, "counterparty": counterparty,
        "unit": first.quantity.unit, "kind": first.kind, "change": None if first.change is None else "increase",
        "metric": _most_common(c.metric for c in claims),
        "period": {"start": period[0], "end": period[1],
                   "text": _most_common(c.period.text for c in claims if c.period.text)},
        "value": _num(facts.signed_value(chosen)), "low": _num(min(values)), "high": _num(max(values)),
        "reports": [_report(c, meta) for c in claims],
        "conflict": conflict,
        "finding_ids": sorted(f["finding_id"] for f in links if set(f.get("claim_ids", ())) <= ids
                              and len(set(f.get("claim_ids", ()))) > 1),
    }


def series_summary(rows: Sequence[Mapping], claims: Optional[Sequence] = None) -> dict:
    """Counts for the command line and the page: rows, series, multi-report rows, conflicts."""
    by_series = defaultdict(list)
    for r in rows:
        by_series[r["series_id"]].append(r)
    out = {
        "rows": len(rows),
        "series": len(by_series),
        "series_with_2_reports": sum(1 for rs in by_series.values() if sum(len(r["reports"]) for r in rs) >= 2),
        "series_with_2_periods": sum(1 for rs in by_series.values() if len({(r["period"]["start"], r["period"]["end"]) for r in rs}) >= 2),
        "rows_with_2_reports": sum(1 for r in rows if len(r["reports"]) >= 2),
        "rows_across_articles": sum(1 for r in rows if len({p["article_id"] for p in r["reports"]}) >= 2),
        "conflicts": sum(1 for r in rows if r["conflict"]),
        "reports": sum(len(r["reports"]) for r in rows),
    }
    if claims is not None:
        placed = {p["claim_id"] for r in rows for p in r["reports"]}
        rest = [c for c in claims if _claim(c).claim_id not in placed]
        out["claims"] = len(claims)
        out["left_out"] = dict(Counter(exclusion(c) or "other" for c in rest))
    return out


def summary_line(summary: Mapping) -> str:
    line = (f"{summary['rows']} rows in {summary['series']} series ({summary['reports']} reports); "
            f"{summary['series_with_2_reports']} series with >= 2 reports, "
            f"{summary['series_with_2_periods']} with >= 2 periods; "
            f"{summary['rows_across_articles']} rows across articles; {summary['conflicts']} conflicts")
    if "left_out" in summary:
        line += f"; left out {sum(summary['left_out'].values())} of {summary['claims']} claims"
    return line


# ---- scoring against relations gold ------------------------------------------------------

@dataclass
class SeriesScore:
    """How the rows meet a relations gold: same_fact relations in one row, look-alikes apart."""

    same_fact_total: int = 0
    same_fact_one_row: int = 0
    split: list = field(default_factory=list)        # (relation id, rows it spread over, note)
    outside: list = field(default_factory=list)      # (relation id, claim ids in no row)
    distinct_total: int = 0
    distinct_merged: list = field(default_factory=list)  # relation ids sharing a row
    inconsistent_one_row: int = 0    # inconsistent same_fact relations whose claims share a row
    inconsistent_flagged: int = 0    # ... and that row is a conflict
    conflicts: int = 0               # conflict rows
    conflicts_explained: int = 0     # conflict rows holding two claims of an inconsistent relation

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    def lines(self) -> list[str]:
        return [f"same_fact relations in one row: {self.same_fact_one_row}/{self.same_fact_total} "
                f"({len(self.split)} split across rows, {len(self.outside)} with a claim in no row)",
                f"look-alike (distinct) pairs sharing a row: {len(self.distinct_merged)}/{self.distinct_total}",
                f"conflicts: {self.conflicts} rows, {self.conflicts_explained} backed by an inconsistent same_fact "
                f"relation; inconsistent relations in one row flagged: {self.inconsistent_flagged}/{self.inconsistent_one_row}"]


def score_series(rows: Sequence[Mapping], relations: Sequence, claim_map: Optional[Mapping[str, str]] = None,
                 articles: Optional[set] = None) -> SeriesScore:
    """Score rows against relations (``evaluation.relations.Relation``); ``claim_map`` maps
    predicted claim ids to gold ids (end to end). Relations on articles outside ``articles``
    (default: the rows' articles and those of ``claim_map``) are skipped."""
    row_of: dict[str, int] = {}
    for n, r in enumerate(rows):
        for rep in r["reports"]:
            gid = claim_map.get(rep["claim_id"]) if claim_map is not None else rep["claim_id"]
            if gid is not None:
                row_of.setdefault(gid, n)
    score = SeriesScore()
    for rel in relations:
        if articles is not None and not rel.articles <= articles:
            continue
        rows_hit = {row_of.get(c) for c in rel.claim_ids}
        if rel.check == "same_fact":
            score.same_fact_total += 1
            missing = [c for c in rel.claim_ids if c not in row_of]
            if missing:
                score.outside.append((rel.relation_id, missing))
            elif len(rows_hit) == 1:
                score.same_fact_one_row += 1
                if rel.verdict == "inconsistent":
                    score.inconsistent_one_row += 1
                    score.inconsistent_flagged += bool(rows[next(iter(rows_hit))]["conflict"])
            else:
                score.split.append((rel.relation_id, sorted(rows_hit), rel.note))
        elif rel.lookalike:
            score.distinct_total += 1
            ids = [c for c in rel.claim_ids if c in row_of]
            if len({row_of[c] for c in ids}) < len(ids):
                score.distinct_merged.append(rel.relation_id)
    backed = set()
    for rel in relations:
        if rel.check == "same_fact" and rel.verdict == "inconsistent":
            hits = Counter(row_of[c] for c in rel.claim_ids if c in row_of)
            backed |= {n for n, k in hits.items() if k >= 2}
    conflict_rows = [n for n, r in enumerate(rows) if r["conflict"]
                     and (articles is None or {p["article_id"] for p in r["reports"]} <= articles)]
    score.conflicts = len(conflict_rows)
    score.conflicts_explained = sum(1 for n in conflict_rows if n in backed)
    return score
