"""An article that does not say which rupee takes the rupee of the articles its figures agree with.

The extractor reads "Rs 2.31 trillion" in a text that names no country, has no dateline and
comes from a publisher of unknown country as the default (PKR) and lists the currencies the
surface may be in (``currency_candidates``, :func:`extractor.currencies.assumed`). Such a unit is
a convention, not a reading: left as it is, it keeps an Indian article's figures apart from every
other outlet's INR report of them. Here, when the article's amounts agree with other articles'
amounts whose currency was read (the same kind of change, figures agreeing within their rounding,
the more precise with ``facts.VOUCH_DIGITS`` significant digits; periods and owners are not asked,
as an article that names no country reads its fiscal years and owners no better than its rupee)
and those name exactly one of the candidates, every assumed amount of the article takes that
currency. An article whose votes name two currencies keeps its default.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace
from typing import Sequence

from evaluation import facts
from extractor.contract import Claim

#: The claim field the extractor writes (``extractor.currencies.CANDIDATES_FIELD``); read from the
#: claims, so the checker needs no extractor import.
CANDIDATES = "currency_candidates"
#: Where a currency taken this way came from: the claim ids of the agreeing amounts.
UNIT_FROM = "unit_from"


def _candidates(c: Claim) -> tuple:
    return tuple((c.extra or {}).get(CANDIDATES) or ())


def _agree(assumed: Claim, read: Claim) -> bool:
    if read.article_id == assumed.article_id or read.kind != "money" or _candidates(read):
        return False
    if read.quantity.unit not in _candidates(assumed):
        return False
    if facts.same_measure(facts.measure(assumed.metric), facts.measure(read.metric)) is not True:
        return False  # one measure by its words: a figure agreeing by chance with another measure votes for nothing
    # the values, whatever the periods and owners say: an article that names no country reads its
    # fiscal years and owners no better than its rupee
    return facts.figures_agree(assumed.with_fields(period=read.period), read, facts.VOUCH_DIGITS)


#: Agreeing figures are within their rounding of each other (a few per cent; an open bound 10%):
#: only read figures within this factor of an assumed one are asked.
_NEAR = 1.5


def adopt_agreeing_currencies(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the assumed currencies of each article replaced by the one currency its
    agreeing amounts elsewhere were read in (``UNIT_FROM`` names them); others unchanged."""
    assumed = [c for c in claims if c.kind == "money" and _candidates(c)]
    if not assumed:
        return list(claims)
    read = sorted((abs(c.quantity.value), n, c) for n, c in enumerate(claims)
                  if c.kind == "money" and not _candidates(c) and c.quantity.value)
    values = [v for v, _, _ in read]
    votes: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for a in assumed:
        v = abs(a.quantity.value)
        for _, _, r in read[bisect_left(values, v / _NEAR):bisect_right(values, v * _NEAR)]:
            if _agree(a, r):
                votes[a.article_id][r.quantity.unit].append(r.claim_id)
    out = []
    for c in claims:
        chosen = votes.get(c.article_id) or {}
        if _candidates(c) and len(chosen) == 1:
            unit, sources = next(iter(chosen.items()))
            if unit in _candidates(c) and unit != c.quantity.unit:
                c = c.with_fields(quantity=replace(c.quantity, unit=unit),
                                  extra={**c.extra, UNIT_FROM: sorted(set(sources))})
        out.append(c)
    return out
