"""Is the quantity itself a change? ("increased 47.4 percent" → increase; "increased to $2.72 billion" → a level.)

Cues are read in the raw text around the quantity: a change verb right before it
(optionally "by" and a qualifier), a change noun right after it ("a 5% rise"),
"growth of", or "up/down" before it. "to", "at", "from" between the verb and the
number make it a level.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractor import lexicons


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    qualifiers = [w for key in ("more_than", "less_than", "at_least", "at_most", "approx")
                  for w in lexicons.words(f"qualifier.{key}")]
    qual = lexicons.alternation(qualifiers)
    pats = {}
    for direction in ("increase", "decrease"):
        verbs = lexicons.alternation(lexicons.words(f"change.{direction}_verbs"))
        nouns = lexicons.alternation(lexicons.words(f"change.{direction}_nouns"))
        # "rose 80.6%", "increased by 23%", "grew by about 5%", "were up 3%", "year-on-year growth of 4%"
        pats[f"{direction}_before"] = re.compile(
            rf"(?:{verbs}(?:\s+(?:by|of))?|{nouns}\s+(?:of|by)|{nouns}\s+(?:in\s+\w+\s+)?of)\s+(?:{qual}\s+)?(?:(?:just|only|a|an|the|another|a\s+further)\s+)?$",
            re.IGNORECASE)
        # "a 5% rise", "76% jump", "more than 100% growth", "$3m increase", "5% higher", "5% more"
        pats[f"{direction}_after"] = re.compile(
            rf"^[-\s]*(?:(?:year-on-year|annual|yearly|monthly|quarterly|y/y|yoy)\s+)?{nouns if direction == 'increase' else nouns}",
            re.IGNORECASE)
    # "24% higher than in 2003", "5% up on last year": a change against the basis named after it
    pats["increase_after_adj"] = re.compile(r"^\s+(?:higher|up|more)\b", re.IGNORECASE)
    pats["decrease_after_adj"] = re.compile(r"^\s+(?:lower|down|less|fewer)\b", re.IGNORECASE)
    return pats


_NEGATIVE_GROWTH = re.compile(r"\bnegative\s+growth\s+(?:of|by)\s+(?:(?:about|around|nearly|almost|over|just)\s+)?$",
                              re.IGNORECASE)


def change_for(text: str, start: int, end: int, kind: str) -> Optional[str]:
    """``increase``/``decrease`` when the quantity at text[start:end] is a change, else None."""
    if kind == "multiple":
        return None  # a multiple is a ratio (claims.md), even "doubled"
    pats = _patterns()
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    if _NEGATIVE_GROWTH.search(before):
        return "decrease"  # "showing negative growth of 3.3 percent"
    for direction in ("increase", "decrease"):
        if pats[f"{direction}_before"].search(before) or pats[f"{direction}_after"].search(after):
            return direction
    for direction in ("increase", "decrease"):
        if pats[f"{direction}_after_adj"].search(after) and kind == "percent":
            return direction
    return None
