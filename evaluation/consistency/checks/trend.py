"""``trend``: a stated direction ("increased to", "fell by $3m") against the two levels."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from evaluation import facts
from evaluation.consistency.checks.common import display_scale, level_slip, make_finding, verdict_of
from evaluation.consistency.items import Item, by_article, significant_digits
from evaluation.consistency.readings import Interval, show_number
from evaluation.consistency.relating import (change_levels, is_level, neighbours, order_levels, pairs_to_check, related,
                                             same_length, same_unit, sources_meet)
from evaluation.consistency.settings import DEFAULTS, Settings
from extractor.contract import Finding


@lru_cache(maxsize=1)
def _direction() -> "re.Pattern":
    """A change verb a few words before "to" and the figure ("increased to $2.72 billion", "fell 5%
    to"): the verbs of the shared lists (``facts.change_verbs``)."""
    up, down = facts.change_verbs()

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    return re.compile(rf"\b(?:(?P<up>{alt(up)})|(?P<down>{alt(down)}))\b(?:\W+\w+){{0,4}}?\W+to\s+(?:\w+\s+){{0,2}}$",
                      re.I)


def stated_direction(item: Item) -> Optional[tuple[str, str]]:
    """("increase"/"decrease", the verb) when the text says the level was reached by a change ("increased to $X")."""
    if item.text is None:
        return None
    before = item.text[max(item.claim.sentence_start, item.q.start - 60):item.q.start]
    match = _direction().search(before)
    if not match:
        return None
    return ("increase" if match.group("up") else "decrease"), (match.group("up") or match.group("down"))


_EARLIER_NAMED = re.compile(r"^[^.;]{0,60}?\b(?:from|compared\s+(?:to|with)|against|versus|vs\.?)\s+"
                            r"(?:[^\d\s.;]+\s+){0,3}?[^\d\s]{0,4}\d", re.I)


def check_trend(items: Sequence[Item], settings: Settings = DEFAULTS) -> list[Finding]:
    """A stated direction ("increased to $2.72 billion", "fell by $3m") against the two levels."""
    findings = []
    articles = by_article(items)
    for later_item in items:
        if not is_level(later_item):
            continue
        direction = stated_direction(later_item)
        if direction is None:
            continue
        pairs = []
        # "increased to 143,000 in July, compared to 100,000 in June": the sentence names the earlier
        # level after the figure; it is that one or none (a figure of the next sentence is another fact)
        own_only = _EARLIER_NAMED.search(later_item.text[later_item.q.end:later_item.claim.sentence_end])
        for e in articles[later_item.claim.article_id]:
            if e is later_item or not is_level(e) or not neighbours(later_item, e, settings) or not related(later_item, e, settings):
                continue
            if own_only and e.claim.sentence_start != later_item.claim.sentence_start:
                continue
            ordered = order_levels(later_item, e)
            if ordered and ordered[0] is later_item:
                unequal = later_item.dated and e.dated and not same_length(later_item, e, settings)
                pairs.append(((unequal, abs(e.q.start - later_item.q.start)), ordered))
        if not pairs:
            continue
        later, earlier, why = min(pairs, key=lambda pair: pair[0])[1]
        findings.append(_trend_finding(later, earlier, direction, why, settings))
    return findings + _amount_changes(items, settings)


def _amount_changes(items: Sequence[Item], settings: Settings) -> list[Finding]:
    """A change stated as an amount ("fell by $2.8 billion", "rose $31 million during the week")
    against its two levels (:func:`change_levels`): later - earlier must fall in the stated change."""
    findings = []
    articles = by_article(items)
    for p in items:
        if p.claim.kind not in ("money", "count") or p.claim.change not in ("increase", "decrease"):
            continue
        pairs = [pair for pair in change_levels(p, items, articles, settings) if same_unit(pair[0], p)]
        for later, earlier, why, across in pairs_to_check(p, pairs):
            findings.append(_amount_finding(p, later, earlier, why, across, settings))
    return findings


def _amount_finding(p: Item, later: Item, earlier: Item, why: str, across: bool, settings: Settings) -> Finding:
    """One amount change against one pair of levels: later - earlier in the signed stated change."""
    stated = p.readings if p.claim.change == "increase" else p.readings.neg()
    diff = Interval(later.readings.lo - earlier.readings.hi, later.readings.hi - earlier.readings.lo)
    fits = diff.meets(stated)
    decided = diff.bounded and stated.bounded
    implied = later.q.value - (p.q.value if p.claim.change == "increase" else -p.q.value)
    slip = None if fits or significant_digits(p.q.text) < settings.anchor_digits else (
        _amount_slip(stated, p.q.value if p.claim.change == "increase" else -p.q.value, later, earlier, settings)
        or _amount_swapped(stated, diff, later, earlier, settings))
    if across and not fits and not slip and not sources_meet([p, later, earlier], settings):
        decided = False  # two producers' figures, unless a slip or a swap makes them fit exactly
    if across and not fits and not slip and (
            implied <= 0 or earlier.q.value <= 0 or
            max(implied, earlier.q.value) / min(implied, earlier.q.value) > settings.max_slip_ratio):
        decided = False
    scale, suffix = display_scale(p)
    point = later.q.value - earlier.q.value
    sign = "+" if point >= 0 else ""
    return make_finding(
        "trend", [p, later, earlier], verdict_of(fits, decided),
        p.q.value if p.claim.change == "increase" else -p.q.value, point,
        f"{later.q.text} - {earlier.q.text} = {sign}{show_number(point / scale)}{suffix} (readings "
        f"{diff.show(scale, suffix)}); stated {p.claim.change} of {p.q.text} (readings "
        f"{stated.show(scale, suffix)}): {'fits' if fits else 'does not fit'}; levels ordered {why}"
        + (" (levels from other articles)" if across else "") + (f"; {slip}" if slip else ""),
        slip=bool(slip))


def _amount_swapped(stated: Interval, diff: Interval, later: Item, earlier: Item, settings: Settings
                    ) -> Optional[str]:
    """Levels whose difference fits the change only swapped (earlier - later in the stated change),
    both with ``anchor_digits`` significant digits: the periods or the direction were swapped."""
    if min(significant_digits(later.q.text), significant_digits(earlier.q.text)) < settings.anchor_digits:
        return None
    if not diff.neg().meets(stated):
        return None
    return (f"the levels fit the change only swapped ({earlier.q.text} for the later period, "
            f"{later.q.text} for the earlier): the two periods or the direction are swapped")


def _amount_slip(stated: Interval, point: float, later: Item, earlier: Item, settings: Settings) -> Optional[str]:
    """A scale slip in one level of an amount change (:func:`level_slip`): "Rs 1,87,035 crore, up Rs
    19,495 crore from Rs 1,67,540 lakh crore": the base fits only as crore."""
    return level_slip(later, earlier, settings,
                      lambda is_earlier, other: other - point if is_earlier else other + point,
                      lambda a, b: Interval(a.lo - b.hi, a.hi - b.lo).meets(stated))


def _trend_finding(later: Item, earlier: Item, direction: tuple[str, str], why: str, settings: Settings) -> Finding:
    said, verb = direction
    diff = Interval(later.readings.lo - earlier.readings.hi, later.readings.hi - earlier.readings.lo)
    fits = diff.hi > 0 if said == "increase" else diff.lo < 0
    decided = diff.bounded
    note = ""
    if later.dated and earlier.dated and not same_length(later, earlier, settings):
        # A flow over a shorter later period that is already higher did rise; anything else is open.
        if not (said == "increase" and later.days < earlier.days and diff.lo > 0):
            decided, note = False, "; the two periods differ in length"
    scale, suffix = display_scale(earlier)
    verdict = verdict_of(fits, decided)
    return make_finding("trend", [later, earlier], verdict, None, later.q.value - earlier.q.value,
                    f"'{verb}' to {later.q.text} from {earlier.q.text}: change "
                    f"{show_number((later.q.value - earlier.q.value) / scale)}{suffix} (readings "
                    f"{diff.show(scale, suffix)}): {'fits' if fits else 'goes the other way'}; "
                    f"levels ordered {why}{note}")
