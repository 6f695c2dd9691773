"""Units of physical measure a count can be in ("4.21 million tonnes", "255.3 million kg", "28,500 MW").

gold/README.md labels physical amounts (tonnes of crops, acres of land, miles of range) as counts in
their unit, and the unit is never what is measured: the clause or the noun the figure belongs to says
what ("Tea production was 255.3 million kg"). The units are quantulum3's, for the kinds of quantity
that economic pages report (mass, power, energy, length, area, volume: not a speed's "kn", not a
currency's "pound"), spelled ("megawatts", "quintals") or abbreviated ("kg", "MW", "kWh"); its table
lacks a few that South Asian pages write, added here ("MT" is metric tonnes there, a megaton to
quantulum3). A single letter is no unit here: "5m" is millions.

quantulum3 builds its unit table (prefixed units: "MW", "GWh") in about 1.5 s, a start-up cost of
every process that meets a count; the part read here ships in ``data/physical_units.json``, made
from the installed quantulum3 and used while its version matches (as ``currencies`` ships Babel's);
``python -m extractor.physical_units`` remakes it.
"""
from __future__ import annotations

import json
import os
import warnings
from functools import lru_cache
from typing import Optional

PHYSICAL_ENTITIES = frozenset({"mass", "power", "energy", "length", "area", "volume"})
_ADDED = {"MT": "tonne", "GWh": "gigawatt-hour", "MWh": "megawatt-hour", "TWh": "terawatt-hour",
          "bale": "bale", "bales": "bale"}  # a bale of cotton or jute: quantulum3 has none
TABLE_FILE = os.path.join(os.path.dirname(__file__), "data", "physical_units.json")


def _quantulum_version() -> str:
    from importlib.metadata import version

    return version("quantulum3")


def build_table() -> dict:
    """{"symbols": {symbol: unit}, "surfaces": {lower-case surface: unit}} of quantulum3's units of
    physical measure, each surface or symbol kept when it names one such unit only."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its optional classifier is not needed for a table lookup
        from quantulum3 import load
        units = load.units("en_US")

    def one_physical(found) -> Optional[str]:
        found = list(found) if isinstance(found, (set, list, tuple)) else ([found] if found else [])
        if len(found) != 1 or found[0].entity.name not in PHYSICAL_ENTITIES:
            return None
        return found[0].name.replace(" ", "-")

    symbols = {s: one_physical(u) for s, u in units.symbols.items() if 2 <= len(s) <= 4 and s.isalpha()}
    surfaces = {s: one_physical(u) for s, u in units.surfaces_lower.items() if s.replace("-", "").replace(" ", "").isalpha()}
    return {"quantulum3": _quantulum_version(),
            "symbols": {s: u for s, u in sorted(symbols.items()) if u},
            "surfaces": {s: u for s, u in sorted(surfaces.items()) if u}}


def write_table(path: str = TABLE_FILE) -> str:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(build_table(), f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    return path


@lru_cache(maxsize=1)
def table() -> dict:
    """The shipped table when it was made from the installed quantulum3, else one built now."""
    try:
        with open(TABLE_FILE, encoding="utf-8") as f:
            shipped = json.load(f)
        if shipped.get("quantulum3") == _quantulum_version():
            return shipped
    except (OSError, ValueError):
        pass
    return build_table()


@lru_cache(maxsize=1024)
def physical_unit(word: str) -> Optional[str]:
    """The unit a word names ("tonnes" → tonne, "kg" → kilogram, "MW" → megawatt, "kWh" →
    kilowatt-hour), when it names one unit of physical measure; None otherwise."""
    if len(word) < 2 or not word.replace("-", "").isalpha():
        return None
    if word in _ADDED:
        return _ADDED[word]
    units = table()
    return (units["symbols"].get(word) if len(word) <= 4 else None) or units["surfaces"].get(word.lower())


if __name__ == "__main__":
    print(write_table())
