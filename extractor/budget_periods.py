"""The fiscal year a budget article's figures belong to when their sentence names none.

A budget story names its year once ("placed a Tk 9,85,000 crore budget for fiscal year 2030-31")
and then gives the deficit, the outlay and the revenue target paragraphs later, with no period:
they are that budget's, however far from the first sentence (a carried period reaches only the
next paragraph). A story that announces a budget without naming its year ("The government on
Monday announced the budget") speaks of the coming fiscal year: budgets are presented before
the year they fund starts.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Optional

from extractor import periods

# figures of a budget: its size, deficit, spending, allocations and revenue targets
# (not a bare "deficit" or "spending": a trade deficit, a household's spending are no budget's)
_BUDGET_FIGURE = re.compile(
    r"(?i)\b(?:budget\w*|(?:fiscal|budget)\s+deficit|outlays?|allocat\w+|development\s+(?:programme|program)|"
    r"ADP|PSDP|revenue\s+(?:collection\s+)?targets?|tax\s+targets?)\b")
# the year before's budget, spoken of beside the new one ("the revised budget", "the outgoing year")
_EARLIER_BUDGET = re.compile(r"(?i)\b(?:revised|outgoing|previous|preceding|last\s+year|current\s+(?:fiscal\s+)?year)\b")
# a year named as the budget's: "budget for fiscal year 2030-31", "the FY31 budget", "budget 2030-31"
_BUDGET_BEFORE_YEAR = re.compile(r"(?i)\bbudget\s+(?:(?:for|of)\s+(?:the\s+)?)?$")
_BUDGET_AFTER_YEAR = re.compile(r"(?i)^\s*(?:['’]s\s+)?(?:\w+\s+)?budget\b")
# a budget presented in this article: its coming fiscal year
_PRESENTED = re.compile(r"(?i)\b(?:announc|unveil|present|plac|tabl|propos)(?:ed|es|ing)\s+(?:(?:a|an|the|its|his|her)\s+)?"
                        r"(?:[\w,.-]+\s+){0,6}?budget\b")
_YEAR_RULES = ("fiscal_year", "year", "year_starting")


def budget_period(text: str, mentions: Callable[[], list], resolve: Callable, sentence: str,
                  published: Optional[dt.date], calendar: periods.Calendar,
                  planned: bool = False) -> Optional[tuple[str, tuple[dt.date, dt.date]]]:
    """(text, dates) of the fiscal year the budget figure of ``sentence`` belongs to, or None when the
    sentence gives no budget figure or the article names no single budget year and presents none.
    A target or forecast (``planned``) in a budget story is the budget's too ("The government aims
    to collect Tk 6,70,000 crore in revenue", "aims to contain inflation at 6.5 percent").
    ``mentions`` gives the article's period phrases (asked only for a budget figure), ``resolve`` reads
    one into dates."""
    if not (planned or _BUDGET_FIGURE.search(sentence)) or _EARLIER_BUDGET.search(sentence):
        return None
    named = {}
    for m in mentions():
        if m.name not in _YEAR_RULES or m.is_basis:
            continue
        if _BUDGET_BEFORE_YEAR.search(text[max(0, m.start - 25):m.start]) or _BUDGET_AFTER_YEAR.match(text[m.end:m.end + 25]):
            dates = resolve(m)
            if dates is not None:
                named.setdefault(dates, m.text)
    if len(named) == 1:
        dates, phrase = next(iter(named.items()))
        return phrase, dates
    presented = None if named or published is None or calendar.is_calendar_year else _PRESENTED.search(text)
    if presented is None:
        return None
    start, _ = calendar.containing(published)
    return presented.group(0), calendar.year(start.year + 1)
