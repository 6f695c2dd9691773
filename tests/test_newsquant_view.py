"""The NewsQuant benchmark reads our claims in the set's conventions (benchmarks/newsquant.py)."""
import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "newsquant", Path(__file__).resolve().parents[1] / "benchmarks" / "newsquant.py")
newsquant = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(newsquant)


def _claim(kind, text, value, unit):
    return {"kind": kind, "quantity": {"text": text, "value": value, "unit": unit}}


@pytest.mark.parametrize("claim, value, unit", [
    (_claim("money", "19 cents", 0.19, "USD"), 19, "cent"),        # a minor unit stays in that unit
    (_claim("money", "640p", 6.4, "GBP"), 640, "pence"),
    (_claim("money", "five cents", 0.05, "USD"), 5, "cent"),         # also after a number word
    (_claim("money", "18 sen", 0.18, "MYR"), 18, "sen"),
    (_claim("money", "$5.4m", 5.4e6, "USD"), 5.4e6, "USD"),          # untouched
    (_claim("percent", "two-thirds", 200 / 3, "%"), 2 / 3, "%"),     # a share of 1
    (_claim("percent", "one in six", 100 / 6, "%"), 1 / 6, "%"),
    (_claim("percent", "60 basis points", 0.6, "pp"), 60, "basis point"),
    (_claim("percent", "five percent", 5, "%"), 5, "%"),              # untouched
])
def test_newsquant_view_conventions(claim, value, unit):
    q = newsquant.newsquant_view(claim)["quantity"]
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_newsquant_nationality_counts_are_persons():
    ours = _claim("count", "1,307,000", 1307000, "person")
    assert newsquant._unit_equal(ours, {"unit": "American"})
    assert not newsquant._unit_equal(ours, {"unit": "vehicle"})


def test_newsquant_multiples_match_the_sets_multiples_on_unit():
    ours = _claim("multiple", "6.5 times", 6.5, "x")
    assert newsquant._unit_equal(ours, {"kind": "count", "value": 6.5, "unit": None, "is_multiple": True})
    assert not newsquant._unit_equal(ours, {"kind": "count", "value": 6.5, "unit": "share"})
