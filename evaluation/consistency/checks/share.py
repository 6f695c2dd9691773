"""``share``: "rice made up 12 percent of total exports" against the part and the total."""
from __future__ import annotations

import re
from typing import Sequence

from evaluation import facts
from evaluation.consistency.checks.common import ratio_finding
from evaluation.consistency.items import Item, by_article
from evaluation.consistency.readings import Interval, ratio
from evaluation.consistency.relating import is_level, metrics_meet, period_overlap, same_unit
from evaluation.consistency.settings import DEFAULTS, Settings
from extractor.contract import Finding


_SHARE_OF = re.compile(r"^\s*(?:share\s+)?of\s+(?:the\s+)?(?:country'?s\s+|its\s+|their\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?(?P<what>[A-Za-z][\w\s'-]{2,60}?)"
                       r"(?=[,.;:()]|\s+of\s+(?:[^\sA-Za-z]|(?:Rs|Tk|USD|US|PKR|INR|NPR|LKR|BDT|Nrs)\b)|\s+(?:in|during|for|at|on|by|to|from|and|while|which|this|that|as)\b|$)", re.I)


def _names_the_whole(metric, measure, whole) -> bool:
    """Does the share's metric name the total it is a share of: "total exports", or "share of total
    exports" as the extractor writes a share a verb of sharing states ("making up 94 percent of …")?"""
    if facts.same_measure(measure, whole):
        return True
    rest = re.match(r"(?i)^\s*share\s+of\s+(.+)$", metric or "")
    return rest is not None and facts.same_measure(facts.measure(rest.group(1)), whole) is True


def check_share(items: Sequence[Item], settings: Settings = DEFAULTS) -> list[Finding]:
    """A share of a total ("rice made up 12 percent of total exports") against the part and the
    total stated in the article: part / total x 100 must fall in the stated share's readings. The
    total is the level of the measure named after "of", for the share's period; the part is a level
    of the share's own measure (or, when the share's metric is the total's, a level in its
    sentence), smaller than the total, same unit and period."""
    findings = []
    for group in by_article(items).values():
        for p in group:
            if p.claim.kind != "percent" or p.q.unit != "%" or p.claim.change is not None or p.text is None:
                continue
            match = _SHARE_OF.match(p.text[p.q.end:p.claim.sentence_end])
            if not match:
                continue
            whole = facts.measure(match.group("what"))
            if whole is None:
                continue
            totals = [i for i in group if is_level(i) and i.dated and facts.same_measure(i.measure, whole)
                      and i.status == p.status and (not p.dated or period_overlap(p, i) >= settings.period_overlap)
                      and facts.actors_meet(i.claim.subject, p.claim.subject) is not False]
            for total in sorted(totals, key=lambda i: abs(i.q.start - p.q.start))[:1]:
                parts = [i for i in group if i is not total and is_level(i) and i.dated and same_unit(i, total)
                         and (i.start, i.end) == (total.start, total.end) and 0 < i.q.value < total.q.value
                         and not facts.same_measure(i.measure, whole)
                         and (facts.same_measure(i.measure, p.measure) or
                              (i.claim.sentence_start == p.claim.sentence_start and metrics_meet(p, i, settings)))]
                if not parts and _names_the_whole(p.claim.metric, p.measure, whole):
                    # "Garments fetched $47 billion, making up 94 percent of total exports of $55.6
                    # billion": the share's metric names the total; the part is the one other level
                    # of the total's unit stated before the share in its sentence
                    before = [i for i in group if i is not total and is_level(i) and i.dated and same_unit(i, total)
                              and i.claim.sentence_start == p.claim.sentence_start and i.q.start < p.q.start
                              and (i.start, i.end) == (total.start, total.end)]
                    parts = [i for i in before if 0 < i.q.value < total.q.value] if len(before) == 1 else []
                if not parts:
                    continue
                part = min(parts, key=lambda i: (i.claim.sentence_start != p.claim.sentence_start,
                                                 abs(i.q.start - p.q.start)))
                computed = ratio(part.readings, total.readings)
                if computed is None:
                    continue
                computed = Interval(computed.lo * 100, computed.hi * 100)
                point = part.q.value / total.q.value * 100
                findings.append(ratio_finding("share", p, part, total, computed, point, f"{point:.1f}%", "%",
                                              f"{p.q.text} of {match.group('what').strip()}"))
    return findings
