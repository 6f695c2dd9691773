"""An article that names no owner for its figures takes the owner of the articles its figures agree with.

An outlet may write a whole story without naming the country ("The country's RMG exports stood at
$32.2 billion", "GST collections touched Rs 2,14,382 crore"): its figures come out with no subject,
and the fact identity cannot set them beside other outlets' figures of the named country. Here,
when at least ``MIN_VOTES`` figures of such an article agree with other articles' figures of one
measure by their words and one period (amounts agreeing within their rounding, the more precise
with ``facts.VOUCH_DIGITS`` significant digits; percents written with the same digits, at least
``PERCENT_DIGITS`` of them) and every such figure elsewhere names one owner, each figure of the
article with no subject takes that owner. An article whose votes name two owners (a story on
two countries' exports) keeps its figures unowned. A figure whose article names its owner keeps it.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from evaluation import facts
from extractor.contract import Claim

#: Where an owner taken this way came from: the claim ids of the agreeing figures.
SUBJECT_FROM = "subject_from"
#: Figures of the article that must agree with owned figures elsewhere: one may agree by chance.
MIN_VOTES = 2
#: A percent votes with at least this many written digits ("12.65%", not "9%").
PERCENT_DIGITS = 3


def _dated(c: Claim) -> bool:
    return c.period is not None and c.period.start is not None


def _agree(unowned: Claim, owned: Claim) -> bool:
    if owned.article_id == unowned.article_id or (owned.kind, owned.change) != (unowned.kind, unowned.change):
        return False
    if not facts.same_unit(unowned, owned) or (unowned.period.start, unowned.period.end) != (owned.period.start, owned.period.end):
        return False
    if facts.same_measure(facts.measure(unowned.metric), facts.measure(owned.metric)) is not True:
        return False  # one measure by its words: a figure agreeing by chance with another measure votes for nothing
    if unowned.kind == "percent":
        digits = facts.written_digits(unowned.quantity.text)
        return len(digits) >= PERCENT_DIGITS and digits == facts.written_digits(owned.quantity.text) \
            and unowned.quantity.value == owned.quantity.value
    return facts.figures_agree(unowned, owned, facts.VOUCH_DIGITS)


def adopt_agreeing_owners(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the missing subjects of each article that names none filled with the one owner
    its agreeing figures elsewhere name (``SUBJECT_FROM`` lists them); others unchanged."""
    unowned = [c for c in claims if c.subject is None and _dated(c) and facts.measure(c.metric) is not None]
    if not unowned:
        return list(claims)
    owned: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.subject is not None and _dated(c):
            owned[(c.kind, c.period.start, c.period.end)].append(c)
    voters: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # article -> owner -> its voting claims
    sources: dict[str, list[str]] = defaultdict(list)
    for u in unowned:
        for o in owned.get((u.kind, u.period.start, u.period.end), []):
            if _agree(u, o):
                voters[u.article_id][facts.canonical_actor(o.subject)].add(u.claim_id)
                sources[u.article_id].append(o.claim_id)
    chosen = {}
    for article, by_owner in voters.items():
        if len(by_owner) == 1:
            (owner, votes), = by_owner.items()
            if len(votes) >= MIN_VOTES:
                chosen[article] = owner
    if not chosen:
        return list(claims)
    named = {facts.canonical_actor(c.subject): c.subject for c in claims if c.subject is not None}
    return [c.with_fields(subject=named[chosen[c.article_id]],
                          extra={**(c.extra or {}), SUBJECT_FROM: sorted(set(sources[c.article_id]))})
            if c.subject is None and c.article_id in chosen else c
            for c in claims]
