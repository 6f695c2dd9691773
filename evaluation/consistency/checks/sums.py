"""``sum``: parts and their total (trade identities, "of which", sub-periods, cue words)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from evaluation import facts
from evaluation.consistency.checks.common import display_scale, make_finding, verdict_of
from evaluation.consistency.items import Item, by_article
from evaluation.consistency.readings import Interval, show_number
from evaluation.consistency.relating import (canonical_name, is_level, metric_tokens, names_meet, period_overlap,
                                             same_unit)
from evaluation.consistency.settings import DEFAULTS, Settings
from extractor.contract import Finding


_TOTAL_CUE = re.compile(r"\b(cumulatively|combined|altogether|in all|including|in total|a total of|total)\b", re.I)
_TRADE = re.compile(r"\b(bilateral trade|total trade|trade volume|volume of trade|two-way trade|trade)\b", re.I)


def check_sum(items: Sequence[Item], settings: Settings = DEFAULTS) -> list[Finding]:
    """Parts and a stated total: exports + imports = bilateral trade; trade deficit = imports -
    exports and total trade = imports + exports of one economy; a "total" and its parts; a period's
    figure and the figures of the sub-periods that make it up; components of a total by cue words."""
    findings = []
    for group in by_article(items).values():
        findings += _trade_sums(group, items, settings)
        findings += _component_sums(group, settings)
        findings += _total_parts(group)
        findings += _period_sums(group, settings)
    findings += _trade_identities(items, settings)
    return findings


def _sum_finding(total: Item, parts: Sequence[Item], signs: Sequence[int], label: str) -> Finding:
    """total = sum(sign * part): consistent when the readings meet; parts of a plain sum that
    exceed the total are inconsistent, parts short of it undetermined (a part may be unstated);
    a difference (signs with a minus) that misses is inconsistent."""
    acc = Interval(0.0, 0.0)
    for part, sign in zip(parts, signs):
        acc = acc + (part.readings if sign > 0 else part.readings.neg())
    point = sum(sign * part.q.value for part, sign in zip(parts, signs))
    scale, suffix = display_scale(total)
    if acc.meets(total.readings):
        verdict, how = verdict_of(True, acc.bounded and total.readings.bounded), "fits"
    elif all(sign > 0 for sign in signs) and acc.hi < total.readings.lo and label == "parts":
        verdict, how = "undetermined", "the parts fall short (a part may be unstated)"
    else:
        verdict = verdict_of(False, acc.bounded and total.readings.bounded)
        how = "the parts exceed the total" if acc.lo > total.readings.hi else "does not fit"
    terms = "".join(f" {'+' if sign > 0 else '-'} {show_number(part.q.value / scale)}{suffix}"
                    for part, sign in zip(parts, signs)).lstrip(" +")
    return make_finding("sum", [total, *parts], verdict, total.q.value, point,
                    f"{label}: {terms} = {show_number(point / scale)}{suffix} (readings {acc.show(scale, suffix)}); "
                    f"stated {total.q.text} (readings {total.readings.show(scale, suffix)}): {how}")


def _trade_identities(items: Sequence[Item], settings: Settings) -> list[Finding]:
    """Trade deficit = imports - exports, total trade = imports + exports: one economy (subject),
    one partner or none, one period and unit; the flows from the figure's own article first, else
    from another article reporting the same facts."""
    out = []
    # a flow its words narrow to some goods ("exported cement worth Rs 148 million") is a part of
    # the flow, never the flow of the identity
    flows = [i for i in items if is_level(i) and i.dated and i.measure is not None
             and i.measure.head in ("exports", "imports") and (i.claim.extra or {}).get("metric_from") != "narrowed"]
    for t in items:
        m = t.measure
        if not (is_level(t) and t.dated and m is not None and not t.status and not t.basis):
            continue
        # "services trade deficit" relates services exports and imports: the other words must agree.
        kind = set(m.modifiers) - {"trade"}
        if m.head == "deficit" and "trade" in m.modifiers:
            signs, label = (1, -1), "trade deficit = imports - exports"
        elif m.head == "balance" and "trade" in m.modifiers:
            signs, label = (-1, 1), "trade balance = exports - imports"
        elif m.head == "trade" and not (kind - {"bilateral", "two-way", "foreign", "external"}):
            signs, label, kind = (1, 1), "total trade = imports + exports", set()
        else:
            continue

        def flows_in(head: str) -> dict[str, Item]:
            """The nearest flow of each article: the figure's own article, or one article with both."""
            # the same marks: combined (goods and services) trade from combined flows, net from net
            found = [i for i in flows if i.measure.head == head and set(i.measure.modifiers) == kind
                     and i.measure.marks == m.marks
                     and i.status == t.status and same_unit(i, t)
                     and period_overlap(i, t) >= settings.period_overlap
                     and facts.actors_meet(i.claim.subject, t.claim.subject) is not False
                     and (i.claim.counterparty is None) == (t.claim.counterparty is None)
                     and facts.actors_meet(i.claim.counterparty, t.claim.counterparty) is not False
                     and (i.claim.article_id == t.claim.article_id or
                          facts.actors_meet(i.claim.subject, t.claim.subject))]
            found.sort(key=lambda i: abs(i.q.start - t.q.start))
            by: dict[str, Item] = {}
            for i in found:
                by.setdefault(i.claim.article_id, i)
            return by

        imports, exports = flows_in("imports"), flows_in("exports")
        both = [a for a in imports if a in exports]
        # The figure's own article, else the article with the most precise flows (the tightest test).
        both.sort(key=lambda a: (a != t.claim.article_id, (imports[a].readings.hi - imports[a].readings.lo)
                                 + (exports[a].readings.hi - exports[a].readings.lo), a))
        if both:
            out.append(_sum_finding(t, [imports[both[0]], exports[both[0]]], signs, label))
    return out


_OF_WHICH = re.compile(r"^[^.;]{0,20}?\bof which\b", re.I)
_TOTAL_WORDS = re.compile(r"\b(total|overall|combined|cumulative|aggregate)\b", re.I)


def _total_parts(group: Sequence[Item]) -> list[Finding]:
    """A figure whose metric says "total" and the other levels of its article with the same head
    noun, unit and period (its parts: "total liquid reserves" = the central bank's + the banks'),
    one per distinct fact; at least two."""
    out = []
    for t in group:
        if not (is_level(t) and t.dated and t.measure is not None):
            continue
        of_which = t.text is not None and _OF_WHICH.match(t.text[t.q.end:t.claim.sentence_end])
        if not (of_which or _TOTAL_WORDS.search(t.metric or "")):
            continue
        parts: list[Item] = []
        for i in group:
            if (i is t or not is_level(i) or not i.dated or i.measure is None or _TOTAL_WORDS.search(i.metric or "")
                    or not same_unit(i, t) or i.status != t.status
                    or (i.start, i.end) != (t.start, t.end) or abs(i.q.value) >= abs(t.q.value)):
                continue
            if of_which:  # "Rs 187 crore, of which A is Rs 38 crore, B ... (including C)": A, B
                if i.claim.sentence_start != t.claim.sentence_start or i.q.start < t.q.end or \
                        re.search(r"\((?:[^()]*)$", t.text[t.q.end:i.q.start]):
                    continue
            elif i.measure.head != t.measure.head:
                continue
            if any(facts.same_fact(i.claim, j.claim, missing_subject_ok=True) is not False for j in parts):
                continue  # the same part stated twice
            parts.append(i)
        if len(parts) >= 2:
            out.append(_sum_finding(t, parts, [1] * len(parts), "parts"))
    return out


def _period_sums(group: Sequence[Item], settings: Settings) -> list[Finding]:
    """A figure for a period and the figures of the same fact for the sub-periods that tile it
    exactly (a quarter and its three months), one figure per sub-period."""
    out = []
    levels = [i for i in group if is_level(i) and i.dated and i.measure is not None and not i.basis
              and facts.adds_up_over_time(i.measure)]  # never an average or a stock over its months
    for t in levels:
        subs = {}
        for i in levels:
            if i is t or not (t.start <= i.start and i.end <= t.end) or i.days >= t.days:
                continue
            if not (same_unit(i, t) and i.status == t.status and facts.same_measure(i.measure, t.measure)
                    and facts.actors_meet(i.claim.subject, t.claim.subject) is not False
                    and facts.actors_meet(i.claim.counterparty, t.claim.counterparty) is not False):
                continue
            subs.setdefault((i.start, i.end), i)
        chain, day = [], t.start
        for (start, end), i in sorted(subs.items()):
            if abs((start - day).days) <= settings.same_length_days and (not chain or start > chain[-1].end):
                chain.append(i)
                day = end + dt.timedelta(days=1)
        if len(chain) >= 2 and abs((chain[-1].end - t.end).days) <= settings.same_length_days:
            out.append(_sum_finding(t, chain, [1] * len(chain), "parts"))
    return out


def _trade_sums(group: Sequence[Item], items: Sequence[Item], settings: Settings) -> list[Finding]:
    """A bilateral trade figure against the exports and imports between the same two sides and period."""
    out = []
    for t in group:
        if not (is_level(t) and t.dated and _TRADE.search(t.metric) and t.claim.counterparty):
            continue
        sides = {canonical_name(t.claim.subject or ""), canonical_name(t.claim.counterparty)}
        flows = {}
        for i in group:
            if i is t or not is_level(i) or not same_unit(i, t) or not i.dated or i.status != t.status:
                continue
            if {canonical_name(i.claim.subject or ""), canonical_name(i.claim.counterparty or "")} != sides:
                continue
            if period_overlap(i, t) < settings.period_overlap:
                continue
            words = set(metric_tokens(i.metric).split())
            for flow in ("exports", "imports"):
                if words == {flow} or words == {flow.rstrip("s")}:
                    flows.setdefault((flow, canonical_name(i.claim.subject or "")), i)
        subject = canonical_name(t.claim.subject or "")
        other = canonical_name(t.claim.counterparty)
        exports = flows.get(("exports", subject)) or flows.get(("imports", other))
        imports = flows.get(("imports", subject)) or flows.get(("exports", other))
        if not exports or not imports:
            continue
        parts = exports.readings + imports.readings
        fits = parts.meets(t.readings)
        scale, suffix = display_scale(t)
        point = exports.q.value + imports.q.value
        out.append(make_finding("sum", [t, exports, imports], verdict_of(fits, parts.bounded and t.readings.bounded),
                            t.q.value, point,
                            f"exports {show_number(exports.q.value / scale)}{suffix} + imports "
                            f"{show_number(imports.q.value / scale)}{suffix} = {show_number(point / scale)}{suffix} "
                            f"(readings {parts.show(scale, suffix)}); stated trade {t.q.text} "
                            f"(readings {t.readings.show(scale, suffix)}): {'fits' if fits else 'does not fit'}"))
    return out


def _sibling(i: Item, t: Item, settings: Settings) -> bool:
    """A figure stated beside the total for another member ("84.3 for CGST and 85.3 for SGST"):
    its metric is the total's with one word changed, so it is not a part."""
    from rapidfuzz import fuzz

    return i.claim.sentence_start == t.claim.sentence_start and fuzz.token_sort_ratio(
        metric_tokens(i.metric), metric_tokens(t.metric)) >= settings.sibling_match


def _words(i: Item) -> set[str]:
    """The words of a metric, with the modifiers of its measure as the synonym table names them
    ("state GST" also says "sgst", the word of "SGST"), without "total"."""
    measure = i.measure
    return (set(metric_tokens(i.metric).split()) | set(measure.modifiers if measure else ())) - {"total"}


def _component_sums(group: Sequence[Item], settings: Settings) -> list[Finding]:
    """A total ("cumulatively", "including", "in total") and the parts stated before it in its passage.

    The parts are the smaller levels of the same unit, period, subject and counterparty in the
    total's sentence and the two before it, whose metric shares a word with the total's (or a
    modifier of its measure: "state GST" is a part of an SGST total). Parts that
    add up to more than the total are inconsistent; parts short of it may leave a part out, so that
    is undetermined.
    """
    out = []
    for t in group:
        if not (is_level(t) and t.dated and t.text):
            continue
        sentence = t.text[t.claim.sentence_start:t.claim.sentence_end]
        if not _TOTAL_CUE.search(sentence) or _TRADE.search(t.metric):
            continue
        total_words = _words(t)
        parts = [i for i in group if i is not t and is_level(i) and same_unit(i, t) and i.dated
                 and not _sibling(i, t, settings)
                 and i.status == t.status and (i.start, i.end) == (t.start, t.end)
                 and 0 <= t.sentence_no - i.sentence_no <= 2 and i.q.start < t.q.start
                 and i.q.value < t.q.value
                 and names_meet(i.claim.subject, t.claim.subject, settings)
                 and names_meet(i.claim.counterparty, t.claim.counterparty, settings)
                 and total_words & _words(i)]
        if len(parts) < 2:
            continue
        total = parts[0].readings
        for i in parts[1:]:
            total = total + i.readings
        point = sum(i.q.value for i in parts)
        scale, suffix = display_scale(t)
        if total.meets(t.readings):
            verdict, how = verdict_of(True, total.bounded and t.readings.bounded), "fits"
        elif total.lo > t.readings.hi:
            verdict, how = "inconsistent", "the parts exceed the total"
        else:
            verdict, how = "undetermined", "the parts fall short (a part may be unstated)"
        terms = " + ".join(f"{show_number(i.q.value / scale)}{suffix}" for i in parts)
        out.append(make_finding("sum", [t, *parts], verdict, t.q.value, point,
                            f"{terms} = {show_number(point / scale)}{suffix} (readings {total.show(scale, suffix)}); "
                            f"stated total {t.q.text} (readings {t.readings.show(scale, suffix)}): {how}"))
    return out
