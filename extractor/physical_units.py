"""Units of physical measure a count can be in ("4.21 million tonnes", "255.3 million kg", "28,500 MW").

gold/README.md labels physical amounts (tonnes of crops, acres of land, miles of range) as counts in
their unit, and the unit is never what is measured: the clause or the noun the figure belongs to says
what ("Tea production was 255.3 million kg"). The units are quantulum3's, for the kinds of quantity
that economic pages report (mass, power, energy, length, area, volume: not a speed's "kn", not a
currency's "pound"), spelled ("megawatts", "quintals") or abbreviated ("kg", "MW", "kWh"); its table
lacks a few that South Asian pages write, added here ("MT" is metric tonnes there, a megaton to
quantulum3). A single letter is no unit here: "5m" is millions.
"""
from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Optional

PHYSICAL_ENTITIES = frozenset({"mass", "power", "energy", "length", "area", "volume"})
_SYMBOLS_ADDED = {"MT": "tonne", "GWh": "gigawatt-hour", "MWh": "megawatt-hour", "TWh": "terawatt-hour",
                  "bale": "bale", "bales": "bale"}  # a bale of cotton or jute: quantulum3 has none


@lru_cache(maxsize=1)
def _units():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its optional classifier is not needed for a table lookup
        from quantulum3 import load
        return load.units("en_US")


def _one_physical(found) -> Optional[str]:
    units = list(found) if isinstance(found, (set, list, tuple)) else ([found] if found else [])
    if len(units) != 1 or units[0].entity.name not in PHYSICAL_ENTITIES:
        return None
    return units[0].name.replace(" ", "-")


@lru_cache(maxsize=1024)
def physical_unit(word: str) -> Optional[str]:
    """The unit a word names ("tonnes" → tonne, "kg" → kilogram, "MW" → megawatt, "kWh" →
    kilowatt-hour), when it names one unit of physical measure; None otherwise."""
    if len(word) < 2 or not word.replace("-", "").isalpha():
        return None
    if word in _SYMBOLS_ADDED:
        return _SYMBOLS_ADDED[word]
    units = _units()
    if len(word) <= 4:
        symbol = _one_physical(units.symbols.get(word))
        if symbol is not None:
            return symbol
    return _one_physical(units.surfaces_lower.get(word.lower()))
