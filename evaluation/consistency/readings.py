"""Readings: the interval of values a written figure stands for, and arithmetic on intervals.

A stated figure stands for the values that round or truncate to it at the precision written
(``Settings.rounding``), widened by its qualifier ("more than $2 billion" is (2, inf), "about"
adds ``Settings.approx_tolerance``). A relation is consistent when some choice of readings fits.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Optional

from evaluation.consistency.settings import DEFAULTS, ROUNDING_MODES, Settings

INF = math.inf


@dataclass(frozen=True)
class Interval:
    """A closed interval of readings (open ends are treated as closed: the lenient side)."""

    lo: float
    hi: float

    def meets(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.lo) or math.isfinite(self.hi)

    def show(self, scale: float = 1.0, unit: str = "") -> str:
        lo = "-inf" if self.lo == -INF else show_number(self.lo / scale)
        hi = "inf" if self.hi == INF else show_number(self.hi / scale)
        return f"[{lo}, {hi}]{unit}"

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def neg(self) -> "Interval":
        return Interval(-self.hi, -self.lo)


@lru_cache(maxsize=1)
def _scale_groups() -> tuple["re.Pattern", dict]:
    """A number and the scale word after it ("36 billion"), and the scale words' factors."""
    import extractor.lexicons as lexicons

    factors = {w.lower(): f for w, f in lexicons.load("scales")["words"].items()}
    words = sorted(factors, key=len, reverse=True)
    return re.compile(r"(\d[\d,]*(?:\.\d+)?)\s+(" + "|".join(map(re.escape, words)) + r")\b", re.I), factors


def _compound_precision(text: str, value: float) -> Optional[tuple[float, float]]:
    """A figure written as several scaled numbers that add up to its value ("1 trillion 36
    billion", a South Asian "1 arab 36 crore" rendered word by word): its precision is the last
    group's ("36 billion": a billion), not the first number's. None when the text is one group
    or the groups do not add up to the value (a range, a list)."""
    pattern, factors = _scale_groups()
    groups = [(m.group(1).replace(",", ""), factors[m.group(2).lower()]) for m in pattern.finditer(text)]
    if len(groups) < 2 or not value:
        return None
    if abs(sum(float(n) * f for n, f in groups) - value) > 1e-9 * abs(value):
        return None
    last, factor = groups[-1]
    decimals = len(last.split(".")[1]) if "." in last else 0
    return 10 ** -decimals * factor, value / factor


def _written_precision(text: str, value: float) -> Optional[tuple[float, float]]:
    """(unit of the last written digit, in the value's scale; number as written) or None without
    digits. A figure of several scaled numbers ("1 trillion 36 billion") has its last group's."""
    compound = _compound_precision(text, value)
    if compound is not None:
        return compound
    # a figure broken at its decimal point by a line break ("$4.\n\n514 billion") is read whole
    match = re.search(r"\d[\d,]*(?:\.\s*\d+)?|\.\d+", text)
    if not match:
        return None
    digits = re.sub(r"[,\s]", "", match.group())
    try:
        written = float(digits)
    except ValueError:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = value / written if written else 1.0
    return 10 ** -decimals * scale, written


def rounding_interval(text: str, value: float, rounding: Optional[str] = None,
                      settings: Settings = DEFAULTS) -> Interval:
    """The values a figure written as ``text`` (read as ``value``) stands for, before its qualifier
    (``rounding`` defaults to ``settings.rounding``)."""
    rounding = rounding or settings.rounding
    if rounding not in ROUNDING_MODES:
        raise ValueError(f"unknown rounding {rounding!r}; use one of {ROUNDING_MODES}")
    if rounding == "exact":
        return Interval(value, value)
    precision = _written_precision(text, value)
    if precision is None:
        spread = abs(value) * settings.words_tolerance
        return Interval(value - spread, value + spread)
    step = abs(precision[0])
    high = value + (step if rounding == "round_or_truncate" else step / 2)
    return Interval(value - step / 2, high)


def interval(q: Mapping, rounding: Optional[str] = None, settings: Settings = DEFAULTS) -> Interval:
    """The readings of a quantity dict: rounding, then range, then qualifier.

    >>> interval({"text": "$2.1 billion", "value": 2.1e9, "qualifier": "exact"}, "round")
    Interval(lo=2050000000.0, hi=2150000000.0)
    """
    low = rounding_interval(q["text"], q["value"], rounding, settings)
    if q.get("value_max") is not None:
        # A range "$2-3 billion": the written high end carries the precision of the low end.
        step = low.hi - q["value"]
        low = Interval(low.lo, q["value_max"] + step)
    qualifier = q.get("qualifier", "exact")
    top = q.get("value_max") if q.get("value_max") is not None else q["value"]
    if qualifier == "approx":
        return Interval(low.lo - abs(low.lo) * settings.approx_tolerance, low.hi + abs(low.hi) * settings.approx_tolerance)
    if qualifier in ("more_than", "at_least"):
        return Interval(q["value"], INF)
    if qualifier == "at_most" and _digits(q["text"]) >= settings.anchor_digits:
        # "nearly Tk 7.61 trillion": at most what is written, at the precision written (the values
        # that round or truncate to 7.61 or less: Tk 7.61785 trillion is "nearly 7.61" truncated).
        # Only with anchor_digits significant digits: "up to $2 billion" is not $2.9 billion.
        return Interval(0.0 if q["value"] >= 0 else -INF, max(top, low.hi))
    if qualifier in ("less_than", "at_most"):
        return Interval(0.0 if q["value"] >= 0 else -INF, top)
    return low


def _digits(text: str) -> int:
    """Significant digits of the first number written in ``text`` ("7.61" -> 3, "2" -> 1)."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return len(match.group().replace(",", "").replace(".", "").lstrip("0")) if match else 0


def ratio(a: Interval, b: Interval) -> Optional[Interval]:
    """a / b for positive intervals; None when b may be zero or negative."""
    if b.lo <= 0 or a.lo < 0:
        return None
    return Interval(a.lo / b.hi, INF if b.lo == 0 or a.hi == INF else a.hi / b.lo)




def show_number(x: float) -> str:
    if x == INF:
        return "inf"
    if x == -INF:
        return "-inf"
    return f"{x:.4g}" if abs(x) < 1e4 else f"{x:,.0f}"
