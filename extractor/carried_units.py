"""Figures whose unit is named in the sentence before them.

- A bare scaled figure in the sentence right after one that says which currency it counts in
  ("In US dollars, remittances reached 1.2 billion. 450.5 million of these came from the Gulf.")
  is in that currency, when the second sentence has no money figure of its own and talks about
  the same thing (a content word in common, "remittances"); sa-dev decisions, group D.
- "N and M ..., respectively" restates the counts of the sentence before, in order: "Ruritania
  issued 1,200 visas and 300 permits. A year earlier the figures were 1,100 and 280,
  respectively." counts visas (1,100) and permits (280). Only when the list has as many bare
  numbers as the sentence before has counts.

:func:`carried_currency` works on the pattern quantities (money before counts are read),
:func:`respective_counts` on all quantities.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor import lexicons
from extractor.numbers import DIGITS, YEAR, read_amounts, scale_pattern
from extractor.quantities import Found, _terms_patterns
from extractor.segments import sentence_spans

_WORD = re.compile(r"[A-Za-z]{4,}")
# Words that tell nothing about what two sentences measure.
_PLAIN = frozenset("""this that these those there their which with from have were been into than over also year years
month months terms dollars dollar rupees rupee billion million trillion crore lakh thousand percent cent last same
time period figure figures total during made said according""".split())
# What may follow the carried figure: the end of a clause or a word that is no noun of its own.
_AFTER_CARRIED = re.compile(r"\s*(?:[.,;:)!?]|$|(?:of|in|was|were|is|are|has|have|had|from|to|for|at|on|during|"
                            r"this|that|last|and|compared|against|while|came|went)\b)", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _PLAIN}


def carried_currency(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the bare scaled figures of a sentence that follows an "In US dollars, ..."
    sentence, in that sentence's currency (see the module's docstring)."""
    terms, bare = _terms_patterns()
    money = [f for f in found if f.kind == "money"]
    spans = None
    out = list(found)
    for m in terms.finditer(text):
        # the unit the terms sentence gave its own bare figure (quantities._in_currency_terms)
        spans = spans or sentence_spans(text)
        here = next((i for i, (s, e) in enumerate(spans) if s <= m.start() < e), None)
        if here is None or here + 1 >= len(spans):
            continue
        (s0, e0), (s1, e1) = spans[here], spans[here + 1]
        units = {f.unit for f in money if s0 <= f.start < e0 and text[f.start:f.start + 1].isdigit()}
        if len(units) != 1 or any(s1 <= f.start < e1 for f in money):
            continue  # the terms sentence's currency is unknown, or the next sentence has its own
        if not _stems(text[s1:e1]) & _stems(text[s0:e0]):
            continue
        unit = units.pop()
        for n in bare.finditer(text, s1, e1):
            if any(f.start < n.end() and n.start() < f.end for f in out) or not _AFTER_CARRIED.match(text, n.end()):
                continue
            amounts = read_amounts(n.group(0).lstrip("-− "))
            if amounts:
                value = -amounts[0] if n.group(0)[:1] in "-−" else amounts[0]
                out.append(Found(n.start(), n.end(), "money", value, unit))
    return sorted(out, key=lambda f: f.start)


@lru_cache(maxsize=None)
def _number_list() -> tuple[re.Pattern, re.Pattern]:
    number = rf"(?<![\w.,$£€¥₹%-]){DIGITS}(?:{scale_pattern()})?(?![\w%$£€¥₹]|[.,]\d)"
    joined = re.compile(rf"{number}(?:\s*,\s*{number})*\s*,?\s+and\s+{number}")
    return joined, re.compile(number)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def respective_counts(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the numbers of "N and M ..., respectively" counting, in order, what the
    counts of the sentence before count (see the module's docstring). A number already read as
    a count of a generic noun ("figures of 1,100") takes the unit too."""
    if not _RESPECTIVELY.search(text):
        return found
    generic = set(lexicons.words("count.generic_nouns"))
    joined, number = _number_list()
    spans = sentence_spans(text)
    out = list(found)
    for r in _RESPECTIVELY.finditer(text):
        here = next((i for i, (s, e) in enumerate(spans) if s <= r.start() < e), None)
        if not here:
            continue
        (s0, e0), (s1, _) = spans[here - 1], spans[here]
        before = [f for f in out if s0 <= f.start < e0]
        counts = [f for f in before if f.kind == "count" and f.value_max is None and f.unit not in generic]
        lists = list(joined.finditer(text, s1, r.start()))
        if len(counts) < 2 or len(lists) != 1:
            continue
        numbers = list(number.finditer(text, lists[0].start(), lists[0].end()))
        if len(numbers) != len(counts) or any(YEAR.fullmatch(n.group(0)) for n in numbers):
            continue
        new, replaced = [], []
        for n, count in zip(numbers, counts):
            over = [f for f in out if f.start < n.end() and n.start() < f.end]
            if any(not (f.kind == "count" and f.unit in generic) for f in over):
                break  # a figure with a unit of its own
            amounts = read_amounts(n.group(0))
            if not amounts:
                break
            replaced += over
            new.append(Found(n.start(), n.end(), "count", amounts[0], count.unit))
        else:
            out = [f for f in out if f not in replaced] + new
    return sorted(out, key=lambda f: f.start)
