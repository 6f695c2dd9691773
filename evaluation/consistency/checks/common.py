"""What every check shares: a finding from the items it rests on, its verdict, a display scale."""
from __future__ import annotations

from typing import Sequence

from evaluation.consistency.items import Item
from evaluation.consistency.readings import Interval, show_number
from extractor.contract import Finding


def display_scale(item: Item) -> tuple[float, str]:
    """A display scale for a level: billions or millions for money and big counts."""
    v = abs(item.q.value)
    if v >= 1e9:
        return 1e9, "bn"
    if v >= 1e6:
        return 1e6, "m"
    return 1.0, ""


def verdict_of(fits: bool, decided: bool) -> str:
    if not decided:
        return "undetermined"
    return "consistent" if fits else "inconsistent"


#: Fields the checker read from the words, not from the claim (``evaluation/facts.py``): a
#: conflict that rests on one is ``undetermined`` (the reading may be wrong); a fit stays a fit.
GUESSED = {"nearest": "a measure read from the sentence", "article": "a measure completed from the article"}


def guessed(item: Item) -> str:
    """Why a claim's measure or change is the checker's reading, or ''."""
    extra = item.claim.extra or {}
    if extra.get("change_from"):
        return "a change read from the words"
    return GUESSED.get(extra.get("metric_from"), "")


def make_finding(check: str, items: Sequence[Item], verdict: str, expected, observed, explanation: str) -> Finding:
    ids = tuple(i.id for i in items)
    why = sorted({g for g in map(guessed, items) if g})
    if verdict == "inconsistent" and why:
        verdict = "undetermined"
        explanation += f"; rests on {' and '.join(why)} (the extractor did not give it): not decided"
    return Finding(f"{check}:{'+'.join(sorted(ids))}", check, verdict, ids,
                   None if expected is None else round(expected, 4),
                   None if observed is None else round(observed, 4), explanation)


def ratio_finding(check: str, stated: Item, top: Item, base: Item, computed: Interval, point: float,
                  shown: str, unit: str, stated_text: str, tail: str = "") -> Finding:
    """A stated ratio (a multiple, a share) against top/base: "224m/124m = 1.81x (readings ...);
    stated ... (readings ...): fits"."""
    fits = computed.meets(stated.readings)
    scale, suffix = display_scale(base)
    return make_finding(
        check, [stated, top, base], verdict_of(fits, computed.bounded and stated.readings.bounded),
        stated.q.value, point,
        f"{show_number(top.q.value / scale)}{suffix}/{show_number(base.q.value / scale)}{suffix} = {shown} "
        f"(readings {computed.show(unit=unit)}); stated {stated_text} (readings {stated.readings.show(unit=unit)}): "
        f"{'fits' if fits else 'does not fit'}{tail}")
