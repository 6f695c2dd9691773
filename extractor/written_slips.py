"""Figures written in loose forms that the main patterns (:mod:`extractor.quantities`) do not read.

- a percent word with a slip: "7.8 pr cent" is 7.8 %;
- a percent glued to the full stop of a word before it: "prices were raised.0.5 per cent" (a
  missing space) is 0.5 %, never 5 %; only a figure with its own decimal point ("rose.5 per
  cent" may mean .5);
- a compound of scaled numbers, summed left to right as written (sa-dev decisions, group D):
  "Rs 1 crore 20 lakh" is 12,000,000 rupees, "2 billion 15 billion 40 billion rupees" is
  57,000,000,000 rupees; with no currency written, a compound followed by "in" and a money noun
  ("more than 1 trillion 36 billion in remittances") is money in the currency of the country
  the article is about;
- an amount broken at its decimal point by a line break ("$4.\n\n514 billion", a page's
  paragraph break inside the figure): one figure, $4.514 billion, when the part after the break
  is digits and a scale word and the part before it a currency figure with no decimals.

:func:`added` takes the pattern quantities of a text and returns them with these.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractor import currencies, lexicons, periods
from extractor.numbers import DIGITS, read_amounts, scale_words
from extractor.quantities import Found

# "7.8 pr cent", "3 pr-cent": a dropped "e"; lower case only ("PR" is public relations).
_PR_CENT = re.compile(rf"(?<![\w.,])(?P<num>{DIGITS})[-\s]?pr[-\s]?cent\b")
# "raised.0.5 per cent": a word of three or more lower-case letters, a full stop, then a figure with
# a decimal point of its own (a whole number there may be ".5" with the space misplaced: not read).
_GLUED_TO_STOP = re.compile(r"(?<=[a-z]{3}\.)(?P<num>\d+\.\d+)(?:\s?%|[-\s]?(?i:per[-\s]?cent|percent)\b)")

# Money nouns after "in" that make a compound amount money: "1 crore 20 lakh in remittances".
_MONEY_NOUNS = ("remittances", "remittance", "revenue", "revenues", "exports", "imports", "receipts", "earnings",
                "income", "collections", "inflows", "outflows", "investment", "investments", "sales", "profit",
                "profits", "loans", "deposits", "taxes", "aid", "spending", "funding", "debt", "reserves",
                "subsidies", "payments", "transfers", "grants", "savings")


@lru_cache(maxsize=None)
def _compound() -> re.Pattern:
    """Two or more "number scale" groups in a row, only spaces between: "1 trillion 36 billion"."""
    scale = lexicons.alternation([w for w in scale_words() if w != "arab"] + ["arab"])
    group = rf"{DIGITS}\s+{scale}"
    return re.compile(rf"(?<![\w.,])(?P<all>{group}(?:\s+{group})+)(?![\w])")


@lru_cache(maxsize=None)
def _broken_decimal() -> re.Pattern:
    """A full stop right after a figure, a line break, then digits and a scale word: "$4.\n\n514 billion"."""
    scale = lexicons.alternation(list(scale_words()))
    return re.compile(rf"\.[ \t]*\n\s*(?P<dec>\d+)\s+(?P<scale>{scale})")


@lru_cache(maxsize=None)
def _in_money_noun() -> re.Pattern:
    return re.compile(rf"\s+in\s+(?:[a-z]+\s+){{0,2}}?{lexicons.alternation(_MONEY_NOUNS)}", re.IGNORECASE)


def compound_value(surface: str) -> Optional[float]:
    """The sum of the scaled groups of a compound, read left to right: "1 trillion 36 billion" →
    1.036e12; None when a group has no value."""
    groups = re.findall(rf"{DIGITS}\s+[a-z]+(?:\s+crore)?", surface)
    values = [read_amounts(g) for g in groups]
    if not values or any(len(v) != 1 for v in values):
        return None
    return float(f"{sum(v[0] for v in values):.12g}")


def _article_currency(text: str, home: Optional[str]) -> Optional[str]:
    """The currency of the country the article is about (its dateline, the country it names most,
    else the publisher's): one code, or None."""
    country = periods.article_country(text, fallback=home)
    codes = currencies.codes_of_country(country.lower()) if country else ()
    return codes[0] if len(codes) == 1 else None


def _compounds(text: str, found: list[Found], home: Optional[str]) -> list[Found]:
    out = list(found)
    for m in _compound().finditer(text):
        start, end = m.start("all"), m.end("all")
        value = compound_value(m.group("all"))
        if value is None:
            continue
        overlapping = [f for f in out if f.start < end and start < f.end]
        if overlapping:
            # "Rs 1 crore 20 lakh", "... 40 billion rupees": the money figure read on one group takes the whole
            units = {f.unit for f in overlapping}
            if any(f.kind != "money" or f.value_max is not None for f in overlapping) or len(units) != 1:
                continue
            merged = Found(min(start, *(f.start for f in overlapping)), max(end, *(f.end for f in overlapping)),
                           "money", value, units.pop())
            out = [f for f in out if f not in overlapping] + [merged]
        elif _in_money_noun().match(text, end):
            unit = _article_currency(text, home)
            if unit is not None:
                out.append(Found(start, end, "money", value, unit))
    return out


def _broken_decimals(text: str, found: list[Found]) -> list[Found]:
    """A whole currency figure followed by ".", a line break and "514 billion": one figure, the
    digits after the break its decimals and the scale word its scale ("$4.\n\n514 billion" is
    $4.514 billion). The part after the break must not be read as a figure of its own already."""
    out = list(found)
    for f in found:
        if f.kind != "money" or f.value_max is not None or f.value != int(f.value) or f.value == 0:
            continue
        m = _broken_decimal().match(text, f.end)
        if m is None or any(g is not f and g.start < m.end() and m.start() < g.end and g.kind != "money" for g in out):
            continue
        scale = scale_words().get(" ".join(m.group("scale").lower().split()))
        if scale is None:
            continue
        value = float(f"{f.value:.0f}.{m.group('dec')}") * scale
        out = [g for g in out if g is not f and not (g.start < m.end() and m.start() < g.end)]
        out.append(Found(f.start, m.end(), "money", float(f"{value:.12g}"), f.unit))
    return out


def _slipped_percents(text: str, found: list[Found]) -> list[Found]:
    out = list(found)
    for pattern in (_PR_CENT, _GLUED_TO_STOP):
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in out):
                continue
            amounts = read_amounts(m.group("num"))
            if amounts:
                out.append(Found(m.start("num"), m.end(), "percent", amounts[0], "%"))
    return out


def added(text: str, found: list[Found], home: Optional[str] = None) -> list[Found]:
    """``found`` (the pattern quantities of ``text``) with the figures of the loose forms above,
    in text order; ``home`` is the publisher's country."""
    if not (_PR_CENT.search(text) or _GLUED_TO_STOP.search(text) or _compound().search(text)
            or _broken_decimal().search(text)):
        return found
    found = _broken_decimals(text, found)
    return sorted(_slipped_percents(text, _compounds(text, found, home)), key=lambda f: f.start)
