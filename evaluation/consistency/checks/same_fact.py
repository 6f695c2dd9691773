"""``same_fact``: two claims of one fact, in one article or two, and whether their values agree."""
from __future__ import annotations

import math
import re
from itertools import combinations
from typing import Optional, Sequence

from evaluation import facts
from evaluation.consistency.checks.common import display_scale, guessed, make_finding, verdict_of
from evaluation.consistency.items import Item, significant_digits
from evaluation.consistency.readings import Interval
from evaluation.consistency.relating import is_level, period_overlap, sources_meet
from evaluation.consistency.settings import DEFAULTS, Settings
from extractor.contract import Finding


def _host(item: Item) -> str:
    """The outlet of a claim's article: its url's host, else its id."""
    if item.meta and item.meta.get("outlet"):
        return item.meta["outlet"]
    url = item.meta.get("url") if item.meta else None
    if url:
        from urllib.parse import urlparse

        host = urlparse(url).netloc.lower()
        return host[4:] if host.startswith("www.") else host
    return item.claim.article_id


def _published(item: Item) -> Optional[str]:
    return (item.meta or {}).get("published") or item.claim.extra.get("published")


def _period_stated(item: Item) -> bool:
    """The claim's own sentence names its period (not carried forward from an earlier sentence)."""
    if item.text is None or item.claim.period is None or not item.claim.period.text:
        return False
    sentence = item.text[item.claim.sentence_start:item.claim.sentence_end].lower()
    return item.claim.period.text.strip().lower() in sentence


def _slip(a: Item, b: Item) -> Optional[str]:
    """'a scale slip' when one value is the other times a power of ten, within the readings. Only
    amounts have scale words to lose: two percents 10x apart are two facts, never a slip."""
    small, big = sorted((a, b), key=lambda i: abs(i.q.value))
    if small.q.value <= 0 or a.claim.kind == "percent" or b.claim.kind == "percent" or a.claim.change != b.claim.change:
        return None
    k = round(math.log10(big.q.value / small.q.value))
    if k < 1:
        return None
    factor = 10 ** k
    if Interval(small.readings.lo * factor, small.readings.hi * factor).meets(big.readings):
        return (f"a scale slip: {small.q.text} and {big.q.text} differ by a factor of {factor:,} "
                "(a scale word lost or changed)")
    return None


def check_same_fact(items: Sequence[Item], settings: Settings = DEFAULTS) -> list[Finding]:
    """Two claims of one fact (``facts.same_fact``) and whether their values can be one value.

    Claims in one sentence are never the same fact (that is a from/to pair whose periods were
    missed), except two vintages the sentence names ("revised to 6.1% from 5.8%",
    :func:`facts.named_revision`): a revision is one fact with two values, ``inconsistent`` when
    they differ beyond rounding, as the contract decides, with the revision named; and a bound
    with the figure inside it ("passed $4 billion, reaching $4.4 billion", :func:`facts.bound_and_figure`).
    A bound ("crossed $5 billion") meets the exact figure when the exact figure is inside it. Across articles both need a subject; a later publication restating the period
    with another value is a revision, named with both outlets and dates. Different named sources
    follow ``cross_source``; two values in one article follow ``same_fact_in_article``.
    """
    findings = []
    candidates = [i for i in items if i.dated and i.measure is not None
                  and i.claim.kind in ("money", "count", "percent")
                  and (i.claim.kind == "percent" or i.claim.change is not None or is_level(i))]
    buckets: dict[tuple, list[Item]] = {}
    for i in candidates:
        key = (i.claim.kind, i.q.unit, i.claim.change is None, i.status, i.basis)  # a rise meets a fall
        buckets.setdefault(key, []).append(i)

    pairs = []
    for bucket in buckets.values():
        for a, b in combinations(bucket, 2):
            one_article = a.claim.article_id == b.claim.article_id
            if one_article and a.claim.sentence_start == b.claim.sentence_start \
                    and not facts.one_fact_in_sentence(a.claim, b.claim):
                continue
            if facts.same_fact(a.claim, b.claim, missing_subject_ok=one_article) is not True:
                continue
            pairs.append((a, b, one_article))
    agreeing = _agreeing_sentences([(a, b) for a, b, one in pairs if not one], settings)
    for a, b, one_article in pairs:
        findings.append(_same_fact_finding(a, b, one_article, settings, agreeing.get(_sentences(a, b))))
    seen = {frozenset((a.id, b.id)) for a, b, _ in pairs}
    findings += [f for f in _same_figures(items, settings) if frozenset(f.claim_ids) not in seen]
    return findings


def _written_digits(item: Item) -> str:
    """The significant digits written (:func:`facts.written_digits`)."""
    return facts.written_digits(item.q.text)


def _same_figures(items: Sequence[Item], settings: Settings) -> list[Finding]:
    """One figure in two articles under two wordings: an amount or count written with
    ``settings.same_figure_digits`` significant digits that another article writes with the same digits and
    value, for the same subject, neither a change nor a plan, with no conflicting period (the same
    period, or a period one side leaves undated): the same official figure, as the gold decisions
    count it ("different metric wordings count when the value and period show they are the same
    official figure"), whatever the measures and count units say ("workers" and "Nepalese"). Only
    ever ``consistent``: two equal figures can disagree about nothing; the fact identity alone
    decides conflicts."""
    out = []
    if settings.same_figure_digits <= 0:
        return out
    figures = [i for i in items if i.claim.kind in ("money", "count") and is_level(i) and not i.status
               and not i.basis and i.q.qualifier == "exact" and i.claim.subject
               and len(_written_digits(i)) >= settings.same_figure_digits]
    by_value: dict[tuple, list[Item]] = {}
    for i in figures:
        unit = i.q.unit if i.claim.kind == "money" else ""
        by_value.setdefault((i.claim.kind, unit, i.q.value, _written_digits(i)), []).append(i)
    for group in by_value.values():
        for a, b in combinations(group, 2):
            if not facts.one_official_figure(a.claim, b.claim, settings.same_figure_digits):
                continue
            if a.dated and b.dated and period_overlap(a, b) < settings.period_overlap:
                continue
            first, second = sorted((a, b), key=lambda i: (_published(i) or "", i.claim.article_id))
            out.append(make_finding(
                "same_fact", [a, b], "consistent", a.q.value, b.q.value,
                f"{a.q.text} ({a.claim.metric or 'no measure'}) vs {b.q.text} ({b.claim.metric or 'no measure'}): "
                f"the same figure, {len(_written_digits(a))} significant digits, for "
                f"{a.claim.subject}, in two articles: {_host(first)} ({_published(first) or 'date unknown'}) and "
                f"{_host(second)} ({_published(second) or 'date unknown'}): one official figure under two wordings"
                + ("" if a.dated and b.dated else "; a period one article leaves undated")))
    return out


def _sentences(a: Item, b: Item) -> frozenset:
    return frozenset(((a.claim.article_id, a.claim.sentence_start), (b.claim.article_id, b.claim.sentence_start)))


def _agreeing_sentences(pairs, settings: Settings) -> dict[frozenset, tuple[Item, Item]]:
    """Sentence pairs of two articles that state one figure alike: a same-fact pair whose values
    fit, both written with ``anchor_digits`` significant digits, no guessed measure ("Of the Rs
    1.87 trillion collected, ..." and "revenue was Rs 1,87,035 crore, of which ..."). The two
    sentences then report one breakdown of one release."""
    out: dict[frozenset, tuple[Item, Item]] = {}
    for a, b in pairs:
        if a.readings.meets(b.readings) and a.readings.bounded and b.readings.bounded \
                and a.q.qualifier in ("exact", "approx") and b.q.qualifier in ("exact", "approx") \
                and min(significant_digits(a.q.text), significant_digits(b.q.text)) >= settings.anchor_digits \
                and not guessed(a) and not guessed(b):
            out.setdefault(_sentences(a, b), (a, b))
    return out


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respectively(item: Item) -> bool:
    """The claim's sentence pairs a list of figures with a list of periods or items ("USD 437.5
    million and USD 407 million in January and February, respectively"): which figure goes with
    which is easy to read wrong, so a conflict it takes part in stays undetermined."""
    return item.text is not None and _RESPECTIVELY.search(
        item.text[item.claim.sentence_start:item.claim.sentence_end]) is not None


def _vintage_order(metric: Optional[str]) -> int:
    """0 for an earlier vintage ("provisional", "before revision"), 1 for a later one."""
    return 0 if facts.vintages(metric) <= facts.EARLY_VINTAGES else 1


def _same_fact_finding(a: Item, b: Item, one_article: bool, settings: Settings,
                       agreeing: Optional[tuple[Item, Item]] = None) -> Finding:
    # a rise and a fall of one measure are two values of one signed change: compared signed
    fits = a.signed.meets(b.signed)
    opposite = a.claim.change != b.claim.change
    decided = a.readings.bounded and b.readings.bounded
    sources = sources_meet([a, b], settings)
    notes = []
    revision = facts.named_revision(a.claim, b.claim)
    if one_article:
        where = f"one article ({_host(a)})"
        if not fits and revision:
            early, late = sorted((a, b), key=lambda i: _vintage_order(i.claim.metric))
            notes.append(f"the article names a revision: {early.q.text} ({', '.join(sorted(facts.vintages(early.claim.metric)))}) "
                         f"and {late.q.text} ({', '.join(sorted(facts.vintages(late.claim.metric)))})")
        elif not fits:
            mode = settings.same_fact_in_article
            if mode == "undetermined" or (mode == "stated_periods" and not (_period_stated(a) and _period_stated(b))):
                decided = False
                notes.append("one article: a period carried from another sentence may belong to another measure")
            else:
                notes.append("one article states the same fact twice with different values (a garbled copy?)")
    else:
        first, second = sorted((a, b), key=lambda i: (_published(i) or "", i.claim.article_id))
        where = (f"two articles: {_host(first)} ({_published(first) or 'date unknown'}) and "
                 f"{_host(second)} ({_published(second) or 'date unknown'})")
        if not fits and not sources and not _slip(a, b):
            decided = False
            notes.append("different sources, may be different figures")
        elif not fits and _published(first) and _published(second) and _published(first) != _published(second):
            notes.append(f"a revision or a slip: {_host(second)} on {_published(second)} restates "
                         f"{first.claim.period.text or 'the period'} as {second.q.text}, "
                         f"{_host(first)} on {_published(first)} gave {first.q.text}")
    if not fits and decided and (_respectively(a) or _respectively(b)):
        decided = False
        notes.append("a sentence pairs figures with periods or items 'respectively': "
                     "which figure goes with which is easy to read wrong")
    if not fits and decided and (a.twin or b.twin):
        decided = False
        notes.append("a sentence states two values of this fact (a list read with one period?): "
                     "which is which is not known")
    if not fits and decided and (a.status or b.status):
        decided = False
        notes.append("two plans or forecasts for one period may come from different forecasters")
    if not fits and decided and opposite:
        notes.append(f"one says {a.claim.change}, the other {b.claim.change}: the signs of one change disagree")
    elif not fits and decided:
        slip = _slip(a, b)
        if slip:
            notes.append(slip)
        elif revision and one_article:
            pass  # the article says the two values are one figure revised: however far apart
        elif _transposed(a, b, settings):
            notes.append(f"{a.q.text} and {b.q.text} write the same digits with two of them swapped: "
                         "one figure garbled in copying")
        elif agreeing is not None:
            # the two sentences state another figure alike: one breakdown of one release, whose
            # items of one name are one fact however far apart their values
            notes.append(f"both sentences state one figure alike ({agreeing[0].q.text} and {agreeing[1].q.text}): "
                         "one breakdown, so the values are one item misreported, not two facts")
        elif min(abs(a.q.value), abs(b.q.value)) == 0 or \
                max(abs(a.q.value), abs(b.q.value)) / min(abs(a.q.value), abs(b.q.value)) > settings.max_slip_ratio:
            decided = False
            notes.append(f"the values are more than {settings.max_slip_ratio:g}x apart: more likely two facts "
                         "the claims do not tell apart than one figure misreported")
    bound = any(i.q.qualifier not in ("exact", "approx") for i in (a, b))
    kind = "a bound and the figure" if bound else "the same fact"
    scale, suffix = display_scale(a)
    ra, rb = (a.signed, b.signed) if opposite else (a.readings, b.readings)
    shown = [(f"{i.claim.change} of {i.q.text}" if opposite else i.q.text) for i in (a, b)]
    explanation = (f"{shown[0]} (readings {ra.show(scale, suffix)}) vs {shown[1]} "
                   f"(readings {rb.show(scale, suffix)}): {kind}, '{a.measure.name}' of "
                   f"{a.claim.subject or 'the article subject'}, {a.claim.period.text} / {b.claim.period.text}, "
                   f"in {where}: {'can be the same value' if fits else 'cannot be the same value'}")
    for i in (a, b):
        if i.anchor is not None:
            before = "a year before the period of its sentence, " if i.year_before else ""
            notes.append(f"{i.id} states no dated period: {before}dated by the same figure {i.anchor.q.text} "
                         f"in {i.anchor.id} ({i.anchor.claim.period.text})")
    if notes:
        explanation += "; " + "; ".join(notes)
    values = (facts.signed_value(a.claim), facts.signed_value(b.claim)) if opposite else (a.q.value, b.q.value)
    return make_finding("same_fact", [a, b], verdict_of(fits, decided), *values, explanation,
                        slip=not fits and _anchored_slip(a, b, settings))


def _transposed(a: Item, b: Item, settings: Settings) -> bool:
    """Two figures written with the same significant digits, ``anchor_digits`` + 1 or more, two of them
    swapped ("1,611.7" and "1,161.7", "1,87,035" and "1,78,035"), the decimal point in the same place
    and the same scale word: one figure garbled in copying, however far apart the values."""
    da, db = _written_digits(a), _written_digits(b)
    if len(da) != len(db) or len(da) < settings.anchor_digits + 1 or da == db:
        return False
    if a.q.value == 0 or b.q.value == 0 or not 0.1 < abs(a.q.value / b.q.value) < 10:
        return False
    wrong = [i for i in range(len(da)) if da[i] != db[i]]
    return len(wrong) == 2 and da[wrong[0]] == db[wrong[1]] and da[wrong[1]] == db[wrong[0]]


def _anchored_slip(a: Item, b: Item, settings: Settings) -> bool:
    """A scale slip between two figures that both write ``anchor_digits`` significant digits ("Rs
    1.68 trillion" and "Rs 1,67,540 lakh crore"): digits that agree so far are one figure whose
    scale word was lost or changed, so a measure the checker read does not undo the verdict
    (as for a change that fits its levels exactly after a slip). "Rs 12 billion" against "Rs 1,200
    crore" (two digits) is no such tie."""
    return bool(_slip(a, b)) and min(significant_digits(a.q.text),
                                     significant_digits(b.q.text)) >= settings.anchor_digits
