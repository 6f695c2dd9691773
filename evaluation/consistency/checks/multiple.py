"""``multiple``: "more than 5x", "tripled" against the two levels of its sentence."""
from __future__ import annotations

from itertools import combinations
from typing import Sequence

from evaluation.consistency.checks.common import ratio_finding
from evaluation.consistency.items import Item, by_article
from evaluation.consistency.readings import ratio
from evaluation.consistency.relating import is_level, order_levels, same_unit
from evaluation.consistency.settings import DEFAULTS, Settings
from extractor.contract import Finding


def check_multiple(items: Sequence[Item], settings: Settings = DEFAULTS) -> list[Finding]:
    """A multiple ("more than 5x", "tripled") and its two levels in the same sentence: A / B."""
    findings = []
    articles = by_article(items)
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
        findings.append(ratio_finding("multiple", m, top, base, computed, point, f"{point:.2f}x", "x", m.q.text,
                                      f"; {why}"))
    return findings
