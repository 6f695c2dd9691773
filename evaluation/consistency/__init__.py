"""Check the figures of claim JSONL against each other: the consistency checker (issues 5, 13).

The package has one module per job:

- :mod:`.readings`: the interval of values a written figure stands for (rounding, qualifiers);
- :mod:`.items`: prepared claims (readings, marks, dates; measures borrowed, periods anchored);
- :mod:`.relating`: which claims are compared (passages, level pairs of a change, sources);
- :mod:`.checks`: one function per check, in the table :data:`CHECKS`;
- :mod:`.settings`: every setting in one dataclass, :class:`Settings`, passed in;
- fact identity (when two claims state one fact) is :mod:`evaluation.facts`.

A relation is ``consistent`` when some reading inside the figures' intervals fits,
``inconsistent`` when none does, and ``undetermined`` when the relation itself is uncertain
(different sources, parts that may not be all the parts, periods of unequal length) or a figure
is too vague to decide. Claims that only look alike (a target and an actual, two periods, two
currencies, a bilateral total and one direction) are never related. The checks read claims (and
article texts, when a corpus is given) and never load spaCy. ``docs/consistency.md`` documents
the rules with worked examples. :class:`Finding` is the contract's (``extractor/contract.py``).
"""
from __future__ import annotations

from typing import Iterable, Mapping, Optional, Sequence

from evaluation import facts
from evaluation.consistency.checks import CHECKS
from evaluation.consistency.items import Item, prepare
from evaluation.consistency.readings import INF, Interval, interval, ratio, rounding_interval
from evaluation.consistency.settings import (CROSS_SOURCE_MODES, DEFAULTS, ROUNDING_MODES,
                                             SAME_FACT_IN_ARTICLE_MODES, Settings)
from extractor.contract import Claim, Finding

__all__ = ["CHECKS", "DEFAULTS", "Finding", "INF", "Interval", "Item", "Settings", "interval", "prepare", "ratio",
           "rounding_interval", "run_checks_on", "ROUNDING_MODES", "SAME_FACT_IN_ARTICLE_MODES", "CROSS_SOURCE_MODES"]


def run_checks_on(claims: Iterable[Claim], texts: Optional[Mapping[str, str]] = None,
                  rounding: Optional[str] = None, checks: Optional[Sequence[str]] = None,
                  meta: Optional[Mapping[str, Mapping]] = None, settings: Settings = DEFAULTS) -> list[Finding]:
    """Every finding of the named checks (default all), inconsistent first, ids unique.

    rounding (str | None): overrides ``settings.rounding``. Defaults to None.
    meta (Mapping[str, Mapping]): article id -> {"published", "url", ...} from the corpus; names
        outlets and dates in cross-article findings. Defaults to None.
    settings (Settings): every threshold and mode; the fact identity's thresholds
        (``actor_match``, ``spelling_match``, ``spelling_min_length``, ``period_overlap``) hold
        for :mod:`evaluation.facts` during the run. Defaults to :data:`DEFAULTS`.
    """
    if rounding is not None and rounding != settings.rounding:
        from dataclasses import replace

        settings = replace(settings, rounding=rounding)
    with facts.limits(actor_match=settings.actor_match, spelling_match=settings.spelling_match,
                      spelling_min_length=settings.spelling_min_length, period_overlap=settings.period_overlap):
        items = prepare(claims, texts, meta=meta, settings=settings)
        found: dict[str, Finding] = {}
        for name in checks or CHECKS:
            for finding in CHECKS[name](items, settings):
                found.setdefault(finding.finding_id, finding)
    order = {"inconsistent": 0, "undetermined": 1, "consistent": 2}
    return sorted(found.values(), key=lambda f: (order[f.verdict], f.check, f.finding_id))
