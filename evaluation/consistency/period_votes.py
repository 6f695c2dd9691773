"""A figure whose period ends where other outlets' agreeing figures' period ends takes theirs when they
outnumber it.

One outlet writes "In March alone, IT exports stood at $331 million", another "ICT earnings grew
over July-March, with $331m …" read as the nine months; one writes "Workers' remittances hit a record
$38.3 billion" after a sentence on June, the others "in fiscal year 2024/25". The figure and its
period end together (a month and the span it closes): the extractor took the passage's other one.
Here a dated figure takes the period that at least ``MIN_VOTES`` other articles give the same
figure (amounts agreeing within their rounding with ``facts.VOUCH_DIGITS`` significant digits, under
one measure by its words, one owner, unit and change) when that period ends in the figure's own
period's last month, more articles give it than give the figure's own, and the figure's article
gives no other figure of that measure for it. Percents, forecasts and targets vote for nothing.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from evaluation import facts
from extractor.contract import Claim, Period

#: Where a period taken this way came from: the claim ids of the agreeing figures.
PERIOD_FROM = "period_from"
#: Other articles that must give the period: one may be the one that read it wrong.
MIN_VOTES = 2


def _dates(c: Claim):
    return (c.period.start, c.period.end) if c.period is not None and c.period.start and c.period.end else None


def _key(c: Claim) -> tuple:
    """What two figures that may vote for each other share: kind, change, owner, partner, last month."""
    return c.kind, c.change, facts.canonical_actor(c.subject), c.counterparty, c.period.end[:7]


def _votes_for(c: Claim, others: Sequence[Claim]) -> dict[tuple, set]:
    """Period -> the claims of other articles (of ``c``'s key) that give ``c``'s figure for it."""
    found: dict[tuple, set] = defaultdict(set)
    measure = facts.measure(c.metric)
    for o in others:
        if o.article_id == c.article_id:
            continue
        theirs = _dates(o)
        if facts.same_measure(measure, facts.measure(o.metric)) is not True or not facts.same_unit(c, o):
            continue
        if facts.figures_agree(c, o.with_fields(period=c.period), facts.VOUCH_DIGITS):
            found[theirs].add(o)
    return found


def adopt_agreeing_periods(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each figure's period replaced by the one more of the other articles giving the
    figure agree on, when the two end together (``PERIOD_FROM`` lists the agreeing figures)."""
    candidates = [c for c in claims if c.kind in ("money", "count") and _dates(c) and c.subject
                  and facts.measure(c.metric) is not None and not facts.split_marks(c.metric)[1]]
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    for c in candidates:
        by_key[_key(c)].append(c)
    changed = {}
    for c in candidates:
        votes = _votes_for(c, by_key[_key(c)])
        own = len({o.article_id for o in votes.get(_dates(c), ())})
        best = max((p for p in votes if p != _dates(c)), default=None,
                   key=lambda p: (len({o.article_id for o in votes[p]}), p))
        if best is None:
            continue
        voters = {o.article_id for o in votes[best]}
        if len(voters) < MIN_VOTES or len(voters) <= own:
            continue
        measure = facts.measure(c.metric)
        if any(s.article_id == c.article_id and s is not c and _dates(s) == best
               and facts.same_measure(measure, facts.measure(s.metric)) is True for s in candidates):
            continue  # its article gives that period's figure of the measure: this one is another
        changed[c.claim_id] = (best, sorted(o.claim_id for o in votes[best]))
    if not changed:
        return list(claims)
    return [c.with_fields(period=Period(c.period.text, *changed[c.claim_id][0]),
                          extra={**(c.extra or {}), PERIOD_FROM: changed[c.claim_id][1]})
            if c.claim_id in changed else c for c in claims]
