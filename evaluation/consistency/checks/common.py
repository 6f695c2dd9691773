"""What every check shares: a finding from the items it rests on, its verdict, a display scale."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

import extractor.lexicons as lexicons

from evaluation.consistency.items import Item, significant_digits
from evaluation.consistency.readings import Interval, _written_precision, show_number
from evaluation.consistency.settings import Settings
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
GUESSED = {"nearest": "a measure read from the sentence", "article": "a measure completed from the article",
           "narrowed": "a measure its sentence narrows (\"inflation for the food basket\")",
           "repeat": "a measure taken from the figure it restates",
           "compared": "a measure taken from the other side of a comparison (\"than the VAT revenues\")",
           "included": "a measure taken from the figure that includes it",
           "unit": "a measure completed from the count's unit"}


def guessed(item: Item) -> str:
    """Why a claim's measure or change is the checker's reading, or ''."""
    extra = item.claim.extra or {}
    if extra.get("change_from"):
        return "a change read from the words"
    return GUESSED.get(extra.get("metric_from"), "")


def scale_written(item: Item) -> Optional[float]:
    """The factor between a figure's value and the number written ("$57.60 billion": 1e9; "USD
    57.60": 1, no scale word); None without digits."""
    precision = _written_precision(item.q.text, item.q.value)
    if precision is None or not precision[1]:
        return None
    return abs(item.q.value / precision[1])


@lru_cache(maxsize=1)
def _scale_after() -> "re.Pattern":
    words = sorted(lexicons.load("scales")["words"], key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def unread_scale(items: Sequence[Item]) -> Optional[Item]:
    """A money or count figure read without the scale word written right after it ("USD 57.60
    Billion" read as USD 57.60) among figures 1,000x larger or more: a conflict it makes is the
    reading's, not the article's. None when there is none."""
    factors = [(i, scale_written(i)) for i in items if i.claim.kind in ("money", "count")]
    if not any(f is not None and f >= 1000 for _, f in factors):
        return None
    for i, f in factors:
        if f is not None and abs(f - 1) < 1e-9 and i.text is not None \
                and _scale_after().search(i.text[i.q.end:i.q.end + 20]):
            return i
    return None


def make_finding(check: str, items: Sequence[Item], verdict: str, expected, observed, explanation: str,
                 slip: bool = False) -> Finding:
    """A finding; an ``inconsistent`` verdict resting on a guessed measure, a twin or a figure read
    without its scale word is ``undetermined``. ``slip``: the stated figure fits its levels exactly
    once one level is scaled by a power of ten (a lost or doubled scale word): the arithmetic
    confirms the figures belong together, so a guessed measure does not undo the verdict."""
    ids = tuple(i.id for i in items)
    why = sorted({g for g in map(guessed, items) if g})
    if verdict == "inconsistent" and why and not slip:
        verdict = "undetermined"
        explanation += f"; rests on {' and '.join(why)} (the extractor did not give it): not decided"
    twins = [i for i in items if i.twin]
    if verdict == "inconsistent" and twins and check != "same_fact":
        verdict = "undetermined"
        explanation += (f"; {twins[0].q.text}: its sentence states another value of the same fact "
                        "(another period read as this one?): not decided")
    bare = unread_scale(items) if verdict == "inconsistent" else None
    if bare is not None:
        verdict = "undetermined"
        explanation += (f"; {bare.q.text} was read without the scale word written after it: not decided")
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


def level_slip(later: Item, earlier: Item, settings: Settings,
               implied: Callable[[bool, float], float],
               fits: Callable[[Interval, Interval], bool]) -> Optional[str]:
    """A scale slip in one level of a change: that level divided (or multiplied) by a power of ten
    (a scale word lost or doubled: "1,67,540 lakh crore" for 1,67,540 crore) makes the change fit.
    ``implied(level_is_earlier, other_value)`` is the value the level would need; ``fits(later,
    earlier)`` tests the readings against the stated change. The slipped level and the other need
    ``anchor_digits`` significant digits ("$4" cut from "$4.514 billion" is no slip)."""
    if later.q.value <= 0 or earlier.q.value <= 0:
        return None
    for level, other in ((earlier, later), (later, earlier)):
        if min(significant_digits(level.q.text), significant_digits(other.q.text)) < settings.anchor_digits:
            continue
        need = implied(level is earlier, other.q.value)
        if need <= 0:
            continue
        k = round(math.log10(level.q.value / need))
        if k == 0:
            continue
        scaled = Interval(level.readings.lo / 10 ** k, level.readings.hi / 10 ** k)
        if fits(*((later.readings, scaled) if level is earlier else (scaled, earlier.readings))):
            return (f"a scale slip: {level.q.text} fits the change only divided by {10 ** k:,g}"
                    if k > 0 else f"a scale slip: {level.q.text} fits the change only times {10 ** -k:,g}")
    return None
