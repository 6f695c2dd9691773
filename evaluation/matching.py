"""Pair predicted claims with gold claims of the same article.

A pair is made on the quantity spans only (kind, value and the rest are scored
afterwards, on the pairs). Two named policies:

- ``overlap`` (default): the spans share at least one character;
- ``exact``: the spans have identical start and end.

Pairing is one-to-one and greedy: candidate pairs are taken best overlap first
(intersection over union of the two spans, so that a tight span beats one that
also covers a neighbour), ties by position (gold start, then predicted start).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from extractor.contract import Claim, Quantity

POLICIES = ("overlap", "exact")
DEFAULT_POLICY = "overlap"


@dataclass
class ArticleMatch:
    """The outcome of matching one article: pairs, gold claims missed, predictions without gold."""

    pairs: list[tuple[Claim, Claim]] = field(default_factory=list)  # (gold, predicted)
    missed: list[Claim] = field(default_factory=list)
    spurious: list[Claim] = field(default_factory=list)


def span_overlap(a: Quantity, b: Quantity) -> int:
    """Characters two quantity spans share (0 when disjoint; offsets are end-exclusive)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def pair_strength(gold: Claim, pred: Claim, policy: str = DEFAULT_POLICY) -> float:
    """How well two claims' spans match under ``policy``: intersection over union, 0 if they may not pair."""
    g, p = gold.quantity, pred.quantity
    if policy == "exact":
        return 1.0 if (g.start, g.end) == (p.start, p.end) else 0.0
    if policy != "overlap":
        raise ValueError(f"unknown matching policy {policy!r}; use one of {list(POLICIES)}")
    shared = span_overlap(g, p)
    union = max(g.end, p.end) - min(g.start, p.start)
    return shared / union if shared else 0.0


def match_article(gold: Sequence[Claim], pred: Sequence[Claim], policy: str = DEFAULT_POLICY) -> ArticleMatch:
    """Pair the claims of one article one-to-one, best overlap first, ties by position."""
    if policy not in POLICIES:
        raise ValueError(f"unknown matching policy {policy!r}; use one of {list(POLICIES)}")
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            strength = pair_strength(g, p, policy)
            if strength > 0:
                candidates.append((-strength, g.quantity.start, p.quantity.start, gi, pi))
    # Indices break the last ties, so the result never depends on anything but the input.
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for _, _, _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], pred[pi]))
    pairs.sort(key=lambda pair: _position(pair[0]))
    return ArticleMatch(
        pairs=pairs,
        missed=sorted((g for i, g in enumerate(gold) if i not in used_gold), key=_position),
        spurious=sorted((p for i, p in enumerate(pred) if i not in used_pred), key=_position),
    )


def by_article(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Group claims by article id, keeping file order within an article."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[claim.article_id].append(claim)
    return dict(groups)


def _position(claim: Claim) -> tuple[int, int]:
    return claim.quantity.start, claim.quantity.end
