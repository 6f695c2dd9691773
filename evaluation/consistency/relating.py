"""Relating claims: which claims a check compares.

Within a passage (one sentence or two neighbouring ones) claims relate by unit, plan status,
actors and a loose metric match; beyond it the fact identity of ``evaluation/facts.py`` decides.
A change finds its two levels (:func:`change_levels`): in its passage first, else the same
facts elsewhere in its article, else in other articles, with periods fitting its basis.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import combinations
from typing import Mapping, Optional, Sequence

from evaluation import facts
from evaluation.consistency.items import Item
from evaluation.consistency.settings import PRODUCER, Settings

STOP_WORDS = {"the", "of", "a", "an", "in", "for", "to", "from", "by", "and", "its", "their", "s"}


# ---- matching ------------------------------------------------------------------------------

def metric_tokens(metric: str) -> str:
    return " ".join(t for t in re.findall(r"[a-z0-9]+", metric.replace("'s", "")) if t not in STOP_WORDS)


def metrics_meet(a: Item, b: Item, settings: Settings, strict: bool = False) -> bool:
    """Same metric: token_set_ratio within a passage; the fact identity's measure otherwise."""
    from rapidfuzz import fuzz

    if strict:
        return facts.same_measure(a.measure, b.measure) is True

    ta, tb = metric_tokens(a.metric), metric_tokens(b.metric)
    if not ta or not tb:
        # an unnamed metric may be related within its sentence, never beyond it
        return a.claim.article_id == b.claim.article_id and a.claim.sentence_start == b.claim.sentence_start
    if facts.same_measure(a.measure, b.measure):
        return True
    ma, mb = a.measure, b.measure
    if facts.marks_conflict(ma, mb):
        return False  # "net" never meets "gross", combined trade never merchandise trade
    if ma is not None and mb is not None and ma.head != mb.head and facts.amount_head(ma) and facts.amount_head(mb):
        return False  # "overall imports" never meets "overall exports", "FDI inflows" never "FDI"
    if ma is not None and mb is not None and ma.head == mb.head and ma.modifiers and mb.modifiers \
            and not (set(ma.modifiers) <= set(mb.modifiers) or set(mb.modifiers) <= set(ma.modifiers)):
        return False  # "knit-wear exports" never meets "bed wear exports": two items of one list
    return fuzz.token_set_ratio(ta, tb) >= settings.passage_metric_match


@lru_cache(maxsize=1)
def _aliases() -> dict:
    """The extractor's alias table (``extractor/data/actors.json``), read as data: no pipeline code."""
    with resources.files("extractor").joinpath("data", "actors.json").open(encoding="utf-8") as f:
        return json.load(f)["aliases"]


def canonical_name(name: str) -> str:
    key = name.lower().strip()
    key = key[4:] if key.startswith("the ") else key
    return _aliases().get(key, name).lower()


def names_meet(a: Optional[str], b: Optional[str], settings: Settings, open_ok: bool = True) -> bool:
    """Same actor by the alias table, then rapidfuzz; a missing name meets anything when ``open_ok``."""
    if a is None and b is None:
        return True
    if a is None or b is None:
        return open_ok
    from rapidfuzz import fuzz

    return fuzz.ratio(canonical_name(a), canonical_name(b)) >= settings.actor_match


def same_unit(a: Item, b: Item) -> bool:
    """Same kind and unit: no silent currency conversion, no counting apples as deals (a count's
    "bill" of "e-way bills" is its "e-way bill": ``facts.same_unit``)."""
    return a.claim.kind == b.claim.kind and facts.same_unit(a.claim, b.claim)


@lru_cache(maxsize=1)
def _change_before() -> "re.Pattern":
    """A change verb (or "by") right before a figure: "rose $1.89", "adding $2m" (``facts.change_verbs``)."""
    up, down = facts.change_verbs()
    words = sorted(set(up + down) | {"by", "adding", "shed"}, key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(re.escape(w) for w in words)})\s+(a|an|another)?\s*$", re.I)


def is_level(item: Item) -> bool:
    """A money amount or count that is not a change, by its claim or by the word before it ("rose $1.89")."""
    if item.claim.change is not None or item.claim.kind not in ("money", "count"):
        return False
    if item.text is not None and _change_before().search(item.text[max(0, item.q.start - 20):item.q.start]):
        return False
    return True


def related(a: Item, b: Item, settings: Settings) -> bool:
    """Two claims of one passage that may be levels of one series: unit, plan status, actors, metric."""
    return (same_unit(a, b) and a.status == b.status and a.basis == b.basis
            and names_meet(a.claim.subject, b.claim.subject, settings)
            and names_meet(a.claim.counterparty, b.claim.counterparty, settings)
            and metrics_meet(a, b, settings))


def neighbours(a: Item, b: Item, settings: Settings) -> bool:
    """Same sentence, or sentences next to each other (one passage)."""
    if a.claim.article_id != b.claim.article_id:
        return False
    if a.claim.sentence_start == b.claim.sentence_start:
        return True
    first, second = (a, b) if a.claim.sentence_start < b.claim.sentence_start else (b, a)
    return 0 <= second.claim.sentence_start - first.claim.sentence_end <= settings.neighbour_gap


def same_length(a: Item, b: Item, settings: Settings) -> bool:
    return abs(a.days - b.days) <= settings.same_length_days


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


def is_change(item: Item) -> bool:
    return item.claim.change in ("increase", "decrease")


def owner(level: Item, pool: Sequence[Item]) -> Optional[Item]:
    """The change of the level's own sentence that the level belongs to: the nearest change before
    it ("knit-wear by 11.99 percent from $4,217 million to $3,712 million, bed wear by 17.51
    percent ...": $3,712 million is the knit-wear change's), else the nearest change after it
    ("exports of $5 billion, up 10 percent"); None when its sentence states no change."""
    same = [c for c in pool if c is not level and is_change(c) and c.claim.article_id == level.claim.article_id
            and c.claim.sentence_start == level.claim.sentence_start]
    before = [c for c in same if c.q.start < level.q.start]
    if before:
        return max(before, key=lambda c: c.q.start)
    after = [c for c in same if c.q.start > level.q.start]
    return min(after, key=lambda c: c.q.start) if after else None


def _owner_fits(anchor: Item, level: Item, pool: Sequence[Item]) -> bool:
    """A level whose sentence gives it to another change (another value or direction) is not the anchor's."""
    own = owner(level, pool)
    return (own is None or own is anchor
            or (own.claim.change == anchor.claim.change and own.q.unit == anchor.q.unit
                and own.readings.meets(anchor.readings)))


def level_pairs(anchor: Item, pool: Sequence[Item], settings: Settings) -> list[tuple[Item, Item, str]]:
    """Ordered (later, earlier) pairs of levels in the anchor's passage that fit the anchor's series."""
    candidates = [i for i in pool if i is not anchor and is_level(i) and neighbours(anchor, i, settings)
                  and _owner_fits(anchor, i, pool)]
    pairs = []
    for a, b in combinations(candidates, 2):
        if not related(a, b, settings):
            continue
        if not (anchor.status == a.status and metrics_meet(anchor, a, settings) and metrics_meet(anchor, b, settings)
                and names_meet(anchor.claim.subject, a.claim.subject, settings)
                and names_meet(anchor.claim.counterparty, a.claim.counterparty, settings)):
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
        unequal = later.dated and earlier.dated and not same_length(later, earlier, settings)
        return unequal, _bounds(later, earlier), own, sum(abs(i.q.start - anchor.q.start) for i in (later, earlier))

    return sorted(pairs, key=distance)


# ---- a change and its levels ------------------------------------------------------------

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


def _shift_fits(later: Item, earlier: Item, shift: str, settings: Settings) -> bool:
    """Two dated levels of equal length whose periods lie ``shift`` apart."""
    if not (later.dated and earlier.dated) or not same_length(later, earlier, settings) or earlier.end >= later.start:
        return False
    if shift == "year":
        try:
            moved = earlier.start.replace(year=earlier.start.year + 1)
        except ValueError:  # 29 February
            moved = earlier.start + dt.timedelta(days=365)
        return abs((later.start - moved).days) <= settings.same_length_days
    if shift == "consecutive":
        return abs((later.start - earlier.end).days - 1) <= settings.same_length_days
    return True  # "before": any earlier period of the same length


def _stock_fits(p: Item, later: Item, earlier: Item, settings: Settings) -> bool:
    """A change over a span (a week) between two stocks at dates: the span's last day and the day before it."""
    if not (p.dated and later.dated and earlier.dated) or later.days != 1 or earlier.days != 1 or p.days == 1:
        return False
    return (abs((later.end - p.end).days) <= settings.same_length_days
            and abs((earlier.end - (p.start - dt.timedelta(days=1))).days) <= settings.same_length_days
            and earlier.end < later.end)


def _periods_fit(p: Item, later: Item, earlier: Item, shift: str, settings: Settings) -> bool:
    """The later level is for the change's own period and the earlier one ``shift`` before it;
    levels without dates (ordered by the words) pass."""
    if not (later.dated and earlier.dated):
        return True
    if _stock_fits(p, later, earlier, settings):
        return True
    if p.dated and period_overlap(p, later) < settings.period_overlap:
        return False  # a month's change is not checked against fiscal-year levels
    return _shift_fits(later, earlier, shift, settings)


def bare_measure(m: Optional[facts.Measure]) -> Optional[facts.Measure]:
    """A change's measure without its basis mark, to meet its levels ("exports (month-on-month)" -> "exports")."""
    if m is None:
        return None
    from dataclasses import replace

    return replace(m, basis=frozenset())


def _own_units(p: Item, pool: Sequence[Item], settings: Settings) -> set:
    """Units of the levels of the change's measure in its own sentence: the change is about those."""
    return {i.q.unit for i in pool if is_level(i) and i.claim.sentence_start == p.claim.sentence_start
            and i is not p and metrics_meet(p, i, settings)}


def change_levels(p: Item, items: Sequence[Item], articles: Mapping[str, list[Item]], settings: Settings
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
    units = _own_units(p, own, settings)
    # A base level named in the change's own sentence ("declined 3.6% when compared to $2.39bn in
    # November") is the earlier level, whatever the basis mark says.
    bases = [i for i in own if is_level(i) and i.dated and p.dated and i.end < p.start
             and i.claim.sentence_start == p.claim.sentence_start and i.q.start > p.q.start
             and metrics_meet(p, i, settings) and not any(
                 o.claim.change and o.claim.kind == "percent" and p.q.start < o.q.start < i.q.start for o in own)]
    if bases:
        shift = "before"
    pairs = [(l, e, why, False) for l, e, why in level_pairs(p, own, settings)
             if _periods_fit(p, l, e, shift, settings) and (not units or l.q.unit in units) and (not bases or e in bases)]
    others = []
    if not pairs or _bounds(*pairs[0][:2]):
        # Nothing in the passage, or only a bound ("crossed Rs 1.75 lakh crore"): the same facts
        # elsewhere in the article (or, lacking one, in other articles), if they are figures.
        others = [pair for pair in _fact_pairs(p, own, items, shift, units, settings) if not bases or pair[1] in bases]
    if pairs and (not others or _bounds(*others[0][:2]) >= _bounds(*pairs[0][:2])):
        return pairs
    return others


def _fact_pairs(p: Item, own: Sequence[Item], items: Sequence[Item], shift: str, units: set, settings: Settings
                ) -> list[tuple[Item, Item, str, bool]]:
    target = bare_measure(p.measure)
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
                if _stock_fits(p, later, earlier, settings) or (
                        period_overlap(p, later) >= settings.period_overlap and _shift_fits(later, earlier, shift, settings)):
                    why = "by period, elsewhere in the article" if not across else "by period, across articles"
                    found.append((later, earlier, why, across))
        if found:
            # The nearest earlier period first ("vs February" after March), then the nearest in the text.
            found.sort(key=lambda f: (-f[1].end.toordinal(), _bounds(f[0], f[1]), abs(f[0].q.start - p.q.start)))
            return found[:1]
    # The article states neither level (none for the change's period): both levels from one other
    # article, the best pair of each such article (each article's figures test the change).
    if any(period_overlap(p, i) >= settings.period_overlap for i in inside):
        return []
    best: dict[str, tuple] = {}
    for later in outside:
        for earlier in outside:
            if later is earlier or later.claim.article_id != earlier.claim.article_id or not same_unit(later, earlier):
                continue
            if _stock_fits(p, later, earlier, settings) or (
                    period_overlap(p, later) >= settings.period_overlap and _shift_fits(later, earlier, shift, settings)):
                pair = (later, earlier, "by period, both from another article", True)
                rank = (-earlier.end.toordinal(), _bounds(later, earlier), later.q.start, earlier.q.start)
                if later.claim.article_id not in best or rank < best[later.claim.article_id][0]:
                    best[later.claim.article_id] = (rank, pair)
    return [pair for _, (_, pair) in sorted(best.items(), key=lambda kv: (kv[1][0][:2], kv[0]))]


def both_elsewhere(p: Item, pair: tuple) -> bool:
    """Both levels of the pair come from articles other than the change's."""
    return all(i.claim.article_id != p.claim.article_id for i in pair[:2])


def pairs_to_check(p: Item, pairs: Sequence[tuple]) -> list[tuple]:
    """The pairs a change is checked against: the best one; when its levels both come from other
    articles, the best pair of each such article (one article's figures may be garbled)."""
    if not pairs:
        return []
    if not both_elsewhere(p, pairs[0]):
        return [pairs[0]]
    return [pair for pair in pairs if both_elsewhere(p, pair)]


def sources_meet(items: Sequence[Item], settings: Settings) -> bool:
    """False when two claims are attributed to different sources that may publish different figures
    under one name (``cross_source``)."""
    from rapidfuzz import fuzz

    if settings.cross_source == "inconsistent":
        return True
    sources = {i.claim.source for i in items if i.claim.source}
    for a, b in combinations(sources, 2):
        if fuzz.token_set_ratio(canonical_name(a), canonical_name(b)) >= settings.actor_match:
            continue
        if settings.cross_source == "undetermined" or (PRODUCER.search(a) and PRODUCER.search(b)):
            return False
    return True
