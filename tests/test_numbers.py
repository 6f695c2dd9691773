"""Reading numbers inside a surface: digits, scale words, South Asian scales, number words."""
import json
from importlib import resources

import pytest

from extractor import currencies
from extractor.numbers import read_amounts


@pytest.mark.parametrize("surface, amounts", [
    ("$2.1bn", [2.1e9]),
    ("$2-3 billion", [2e9, 3e9]),
    ("$1.5-billion", [1.5e9]),               # a hyphen before the scale word
    ("RM2bil", [2e9]),
    ("Rs 5mln", [5e6]),
    ("Rs 1.5 lakh crore", [1.5e12]),         # claims.md: lakh crore is 10^12
    ("Rs 3 arab", [3e9]),
    ("Rs 1,87,035 crore", [1.87035e12]),     # South Asian digit grouping
    ("12,34,56,789", [123456789]),
    ("5 crore", [5e7]),
    ("$370,000 to $5.5 million", [370000, 5.5e6]),   # no scale borrowed when the range would fall
    ("twenty-five", [25]),
    ("one hundred and five million", [1.05e8]),
])
def test_numbers_read_amounts(surface, amounts):
    assert read_amounts(surface) == pytest.approx(amounts)


def test_numbers_local_currency_table_stays_small():
    """Issue 15: CLDR gives the codes, names and symbols; the hand-kept table holds at most 44 (40 until
    the press's "SDR" and "Nepali rupee(s)", which CLDR writes "XDR" and "Nepalese rupees", were added)."""
    with resources.files("extractor").joinpath("data", "currencies.json").open(encoding="utf-8") as f:
        table = json.load(f)
    entries = sum(len(v) for k, v in table.items() if not k.startswith("_"))
    assert entries <= 44


@pytest.mark.parametrize("code", ["USD", "EUR", "KES", "HKD", "DKK", "MYR", "IDR", "ZAR", "VND", "NGN", "PLN", "UAH"])
def test_numbers_every_current_currency_comes_from_cldr(code):
    """Names in words, plurals and the code itself are read for currencies no table lists."""
    from babel.numbers import get_currency_name

    table = currencies.table()
    assert table.codes[code] == code
    for count in (1, 2):
        assert code in table.names[get_currency_name(code, count, "en").lower()]


def test_numbers_single_letter_symbols_need_their_country():
    table = currencies.table()
    assert "K" in table.weak_symbols and "Q" in table.weak_symbols   # kwacha/kyat, quetzal
    assert "R" not in table.weak_symbols                               # the rand is read anywhere
    assert "Rp" not in table.weak_symbols and "RM" not in table.weak_symbols
