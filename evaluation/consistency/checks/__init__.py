"""The checks: one function each, ``check(items, settings) -> findings``, in the table :data:`CHECKS`."""
from __future__ import annotations

from typing import Callable, Sequence

from evaluation.consistency.checks.multiple import check_multiple
from evaluation.consistency.checks.percent_change import check_percent_change
from evaluation.consistency.checks.same_fact import check_same_fact
from evaluation.consistency.checks.share import check_share
from evaluation.consistency.checks.sums import check_sum
from evaluation.consistency.checks.trend import check_trend
from evaluation.consistency.items import Item
from evaluation.consistency.settings import Settings
from extractor.contract import Finding

#: The checks, by the name written into each finding's ``check`` field.
CHECKS: dict[str, Callable[[Sequence[Item], Settings], list[Finding]]] = {
    "percent_change": check_percent_change,
    "multiple": check_multiple,
    "sum": check_sum,
    "same_fact": check_same_fact,
    "share": check_share,
    "trend": check_trend,
}

__all__ = ["CHECKS", "check_multiple", "check_percent_change", "check_same_fact", "check_share", "check_sum",
           "check_trend"]
