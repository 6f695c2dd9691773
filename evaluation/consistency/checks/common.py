"""What every check shares: a finding from the items it rests on, its verdict, a display scale."""
from __future__ import annotations

from typing import Sequence

from evaluation.consistency.items import Item
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


def make_finding(check: str, items: Sequence[Item], verdict: str, expected, observed, explanation: str) -> Finding:
    ids = tuple(i.id for i in items)
    return Finding(f"{check}:{'+'.join(sorted(ids))}", check, verdict, ids,
                   None if expected is None else round(expected, 4),
                   None if observed is None else round(observed, 4), explanation)
