"""``percent_change``: a percentage change against its two levels (later/earlier - 1)."""
from __future__ import annotations

from itertools import combinations
from typing import Optional, Sequence

from evaluation import facts
from evaluation.consistency.checks.common import display_scale, level_slip, make_finding, verdict_of
from evaluation.consistency.items import Item, by_article, significant_digits
from evaluation.consistency.readings import Interval, show_number, ratio
from evaluation.consistency.relating import (bare_measure, change_levels, change_shift, metrics_meet, names_meet,
                                             neighbours, order_levels, pairs_to_check, same_length,
                                             sources_meet)
from evaluation.consistency.settings import DEFAULTS, Settings
from extractor.contract import Finding


def check_percent_change(items: Sequence[Item], settings: Settings = DEFAULTS) -> list[Finding]:
    """A percentage change and the two levels it relates: later/earlier - 1 = the stated change.

    Levels come from :func:`change_levels`: the change's own period and the one its basis names
    (a year before by default, the period just before for "(month-on-month)"), in its passage,
    elsewhere in its article, or, when the article lacks one, in another article.
    A "pp" change relates two percent levels by difference.
    """
    findings = []
    articles = by_article(items)
    for p in items:
        c = p.claim
        if c.kind != "percent" or c.change not in ("increase", "decrease"):
            continue
        if c.quantity.unit == "pp":
            if change_shift(p) is not None:
                finding = _pp_change(p, articles[c.article_id], settings)
                if finding:
                    findings.append(finding)
            continue
        for later, earlier, why, across in pairs_to_check(p, change_levels(p, items, articles, settings)):
            findings.append(_percent_finding(p, later, earlier, why, across, settings))
    return findings


def _percent_finding(p: Item, later: Item, earlier: Item, why: str, across: bool, settings: Settings) -> Finding:
    sign = -1 if p.claim.change == "decrease" else 1
    stated = p.readings if sign == 1 else p.readings.neg()
    computed = ratio(later.readings, earlier.readings)
    point = later.q.value / earlier.q.value - 1 if earlier.q.value else None
    scale, suffix = display_scale(earlier)
    formula = f"{show_number(later.q.value / scale)}{suffix}/{show_number(earlier.q.value / scale)}{suffix} - 1"
    if computed is None or point is None:
        return make_finding("percent_change", [p, later, earlier], "undetermined", sign * p.q.value, None,
                        f"{formula}: a level may be zero or negative")
    computed = Interval(computed.lo * 100 - 100, computed.hi * 100 - 100)
    decided = computed.bounded and stated.bounded
    if later.dated and earlier.dated and not same_length(later, earlier, settings):
        decided = False
    fits = computed.meets(stated)
    implied = later.q.value / (1 + sign * p.q.value / 100) if sign * p.q.value != -100 else None
    # Levels outside the change's own sentence were paired by their fields alone: far from the
    # level the change implies, they are more likely another fact than a slip.
    elsewhere = across or not all(neighbours(p, i, settings) for i in (later, earlier))
    apart = elsewhere or any(i.claim.sentence_start != p.claim.sentence_start for i in (later, earlier))
    bound = settings.max_slip_ratio if elsewhere else settings.passage_slip_ratio
    far = apart and not fits and (implied is None or implied <= 0 or not earlier.q.value or
                                   max(implied, earlier.q.value) / min(implied, earlier.q.value) > bound)
    slip = _change_slip(stated, sign * p.q.value, later, earlier, settings) if far else None
    if far and not slip:
        slip = _swapped(stated, later, earlier, settings)
    if far and not slip:
        decided = False
    if across and not fits and not slip and not sources_meet([p, later, earlier], settings):
        # two producers' figures: a miss may be two figures (a fit is still a fit, and so is a miss
        # that a scale slip or a swap turns into an exact fit: then the figures are one)
        decided = False
    if p.twin and not fits and decided:
        decided = False
    verdict = verdict_of(fits, decided)
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
    if verdict == "undetermined" and later.dated and earlier.dated and not same_length(later, earlier, settings):
        explanation += "; the two periods differ in length"
    return make_finding("percent_change", [p, later, earlier], verdict, sign * p.q.value, point * 100, explanation,
                        slip=bool(slip))


def _swapped(stated: Interval, later: Item, earlier: Item, settings: Settings) -> Optional[str]:
    """Levels that fit the change exactly only swapped (earlier/later - 1 in the stated change): one
    fact whose two periods (or whose direction) were swapped, so the miss is decided. Both levels
    need ``anchor_digits`` significant digits (a coincidence of rounded figures is no swap)."""
    if min(significant_digits(later.q.text), significant_digits(earlier.q.text)) < settings.anchor_digits:
        return None
    back = ratio(earlier.readings, later.readings)
    if back is None or not Interval(back.lo * 100 - 100, back.hi * 100 - 100).meets(stated):
        return None
    return (f"the levels fit the change only swapped ({earlier.q.text} for the later period, "
            f"{later.q.text} for the earlier): the two periods or the direction are swapped")


def _change_slip(stated: Interval, point: float, later: Item, earlier: Item, settings: Settings) -> Optional[str]:
    """A scale slip between two levels of a percent change (:func:`level_slip`): one level times a
    power of ten gives the stated change."""
    def fits(a: Interval, b: Interval) -> bool:
        computed = ratio(a, b)
        return computed is not None and Interval(computed.lo * 100 - 100, computed.hi * 100 - 100).meets(stated)

    return level_slip(later, earlier, settings,
                      lambda is_earlier, other: other / (1 + point / 100) if is_earlier else other * (1 + point / 100),
                      fits)


def _pp_change(p: Item, pool: Sequence[Item], settings: Settings) -> Optional[Finding]:
    levels = [i for i in pool if i.claim.kind == "percent" and i.q.unit == "%" and i.claim.change is None
              and neighbours(p, i, settings) and i.status == p.status and not i.basis
              and (metrics_meet(p, i, settings) or facts.same_measure(bare_measure(p.measure), i.measure))
              and names_meet(p.claim.subject, i.claim.subject, settings)]
    for a, b in combinations(levels, 2):
        if not metrics_meet(a, b, settings):
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
        return make_finding("percent_change", [p, later, earlier],
                        verdict_of(fits, computed.bounded and stated.bounded), sign * p.q.value, point,
                        f"{later.q.value:g}% - {earlier.q.value:g}% = {point:+.2f} pp; stated "
                        f"{sign * p.q.value:+g} pp: {'fits' if fits else 'does not fit'}; levels ordered {why}")
    return None
