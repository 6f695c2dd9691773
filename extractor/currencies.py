"""Currency codes, names, plurals and symbols from CLDR (through Babel), and which one a surface means.

CLDR gives every ISO 4217 code, each currency's English name and plural ("Canadian dollar",
"Canadian dollars"), and the symbol each country's own locale writes ("RM" in Malaysia, "Rp"
in Indonesia, "kr" in Sweden, "R" in South Africa). ``data/currencies.json`` keeps only what
CLDR lacks for English news ("Rs", "Tk", "C$", "crowns", "sterling", minor units, the
reading of a surface several countries share when the article names none of them).

A surface several currencies share ("$", "Rs", "kr", "dollars", "rupees", "pesos") has
candidates; :func:`resolver` picks, per article, the candidate of the country the article
names most (its English name, or the adjective of the currency's name: "Canadian"), else
the one CLDR's English locale writes with that very symbol ("¥" is JPY), else the first of
``preference``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from extractor import lexicons
from extractor.names import as_partner

# Single letters and pairs of letters ("K", "L", "Bs") are symbols in some country's locale but
# read as money only in an article about that country; these longer or local ones always.
_STRONG_LETTER_SYMBOLS = 2


@dataclass(frozen=True)
class Table:
    symbols: dict          # surface as written (case-sensitive) -> candidate codes, default first
    weak_symbols: frozenset  # letter symbols read only when the article names the country
    folded: dict           # ASCII-folded signs ("PS") -> code; need a strong amount
    codes: dict            # ISO code (and "RMB") -> code
    names: dict            # lower-case name ("canadian dollars", "dollars") -> candidate codes
    bare_names: frozenset  # the names above without a country adjective: written in lower case
    minor: dict            # "cents" -> the surface it follows ("$")
    territories: dict      # code -> tuple of names that say "this country" (names, adjectives)
    en_symbol: dict        # code -> CLDR English symbol
    preference: tuple
    lakh_codes: frozenset  # currencies of countries whose locale groups digits 1,23,45,678
    min_mentions: dict = field(default_factory=dict)


def _common_words() -> frozenset:
    """quantulum3's list of common English words (it ships with the package)."""
    try:
        import quantulum3
        path = os.path.join(os.path.dirname(quantulum3.__file__), "_lang", "en_US", "common-words.json")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return frozenset(w.lower() for words in data.values() for w in words)
    except (OSError, ValueError, ImportError):
        return frozenset()


def _latin_symbol(s: str) -> bool:
    """A symbol English text could carry: Latin letters, currency signs, "$", "/", "."."""
    if not s or s.isspace():
        return False
    for ch in s:
        cat = unicodedata.category(ch)
        if ch.isalpha():
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
        elif cat != "Sc" and ch not in "./":
            return False
    return True


@lru_cache(maxsize=None)
def table() -> Table:
    """The currency table: read from ``data/currency_table.json`` when that file was made from the
    same Babel, the same ``data/currencies.json`` and the same quantulum3 word list, for a span of
    days holding today (the current currencies of every country are Babel's for a day); else
    built from Babel (:func:`build_table`, about 0.5 s of CPU). Either way the same table
    (``tests/test_currency_table.py``); ``python -m extractor.currencies`` remakes the file."""
    return _shipped_table(dt.date.today()) or build_table()


TABLE_FILE = "currency_table.json"
TABLE_FIELDS = ("symbols", "weak_symbols", "folded", "codes", "names", "bare_names", "minor", "territories",
                "en_symbol", "preference", "lakh_codes", "min_mentions")


def _table_sources() -> dict:
    """What the table is made from besides the date: Babel's version, the local lexicon and
    quantulum3's common words (the files' SHA-256)."""
    import hashlib
    import importlib.util

    import babel

    def digest(path: Optional[str]) -> Optional[str]:
        try:
            with open(path, "rb") as f:
                return hashlib.sha256(f.read()).hexdigest()
        except (OSError, TypeError):
            return None

    spec = importlib.util.find_spec("quantulum3")
    common = os.path.join(os.path.dirname(spec.origin), "_lang", "en_US", "common-words.json") if spec and spec.origin else None
    return {"babel": babel.__version__,
            "lexicon": digest(os.path.join(os.path.dirname(__file__), "data", "currencies.json")),
            "common_words": digest(common)}


def _validity(today: dt.date) -> tuple[Optional[str], Optional[str]]:
    """The span of days [from, until) around ``today`` in which no country's legal tender changes
    by Babel's data (a currency starts, or ends the day before): the table is the same throughout."""
    from babel.core import get_global

    changes = set()
    for entries in get_global("territory_currencies").values():
        for _, start, end, _tender in entries:
            if start:
                changes.add(dt.date(*start))
            if end:
                changes.add(dt.date(*end) + dt.timedelta(days=1))
    since = max((d for d in changes if d <= today), default=None)
    until = min((d for d in changes if d > today), default=None)
    return (since.isoformat() if since else None), (until.isoformat() if until else None)


def table_to_json(t: Table, today: dt.date) -> dict:
    """The table as JSON, in its own order (sets sorted), with what it was made from."""
    since, until = _validity(today)
    fields = {}
    for name in TABLE_FIELDS:
        value = getattr(t, name)
        if isinstance(value, frozenset):
            value = sorted(value)
        elif isinstance(value, dict):
            value = [[k, list(v) if isinstance(v, tuple) else v] for k, v in value.items()]
        elif isinstance(value, tuple):
            value = list(value)
        fields[name] = value
    return {"_comment": "Generated from Babel by `python -m extractor.currencies`; read only when its sources match.",
            "sources": _table_sources(), "valid_from": since, "valid_until": until, "table": fields}


def table_from_json(data: dict) -> Table:
    fields = data["table"]

    def pairs(name: str, as_tuple: bool) -> dict:
        return {k: tuple(v) if as_tuple else v for k, v in fields[name]}

    return Table(symbols=pairs("symbols", True), weak_symbols=frozenset(fields["weak_symbols"]),
                 folded=pairs("folded", False), codes=pairs("codes", False), names=pairs("names", True),
                 bare_names=frozenset(fields["bare_names"]), minor=pairs("minor", False),
                 territories=pairs("territories", True), en_symbol=pairs("en_symbol", False),
                 preference=tuple(fields["preference"]), lakh_codes=frozenset(fields["lakh_codes"]),
                 min_mentions=pairs("min_mentions", False))


def _shipped_table(today: dt.date) -> Optional[Table]:
    """The table of ``data/currency_table.json`` when it holds for ``today`` and the installed
    sources, else None."""
    path = os.path.join(os.path.dirname(__file__), "data", TABLE_FILE)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return None
    since, until = data.get("valid_from"), data.get("valid_until")
    if since and today < dt.date.fromisoformat(since) or until and today >= dt.date.fromisoformat(until):
        return None
    if data.get("sources") != _table_sources():
        return None
    return table_from_json(data)


def write_table(path: Optional[str] = None, today: Optional[dt.date] = None) -> str:
    """Build the table from Babel and write it where :func:`table` reads it (or to ``path``)."""
    today = today or dt.date.today()
    path = path or os.path.join(os.path.dirname(__file__), "data", TABLE_FILE)
    data = table_to_json(build_table(today), today)
    table_fields = data.pop("table")
    lines = json.dumps(data, ensure_ascii=False, indent=1)[:-2].split("\n")  # without the closing brace
    lines[-1] += ","
    lines.append(' "table": {')
    for n, (name, value) in enumerate(table_fields.items()):
        items = [json.dumps(v, ensure_ascii=False) for v in value]
        comma = "," if n < len(table_fields) - 1 else ""
        lines.append(f'  "{name}": [\n   ' + ",\n   ".join(items) + f"\n  ]{comma}")
    lines += [" }", "}"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def build_table(today: Optional[dt.date] = None) -> Table:
    """The table built from Babel's CLDR data, with the currencies current on ``today``."""
    from babel import Locale, localedata
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

    local = lexicons.load("currencies")
    en = Locale("en")
    common = _common_words()
    today = today or dt.date.today()

    current: set[str] = set()
    lakh: set[str] = set()
    territories: dict[str, list[str]] = {}
    symbols: dict[str, list[str]] = {}

    def add_symbol(sym: str, code: str) -> None:
        sym = sym.strip()
        if sym.endswith(".") and sym[:-1].isalpha():
            sym = sym[:-1]  # "Rs." and "Rs" are one symbol; the pattern allows the dot
        if sym and sym != code and _latin_symbol(sym):
            codes = symbols.setdefault(sym, [])
            if code not in codes:
                codes.append(code)

    plan = []  # (codes, locales) per territory, in the table's order
    for terr, name in en.territories.items():
        if not (len(terr) == 2 and terr.isalpha() and terr != "ZZ"):
            continue
        codes = get_territory_currencies(terr, start_date=today, tender=True)
        current.update(codes)
        for code in codes:
            territories.setdefault(code, []).append(name)
            territories[code].extend(local["country_aliases"].get(terr, []))
        locales = [f"{lang}_{terr}" for lang in get_official_languages(terr, de_facto=True)[:2]] + [f"en_{terr}"]
        plan.append((codes, [loc_id for loc_id in locales if localedata.exists(loc_id)]))
    # Each locale read once, a language at a time, Babel's cache of them emptied after each
    # language: the locale data of every country at once held 95 MB for the life of the process.
    read: dict[str, tuple[list, bool]] = {}  # locale -> ((symbol, code) in order, digits grouped in lakhs)
    language = None
    for loc_id, codes in sorted(((loc_id, codes) for codes, ids in plan for loc_id in ids), key=lambda x: x[0].split("_")[0]):
        if loc_id.split("_")[0] != language:
            _forget_locales(localedata)
            language = loc_id.split("_")[0]
        loc = Locale.parse(loc_id)
        pattern = loc.decimal_formats.get(None)
        read[loc_id] = ([(loc.currency_symbols[code], code) for code in codes if code in loc.currency_symbols],
                        pattern is not None and tuple(pattern.grouping)[:2] == (3, 2))
    _forget_locales(localedata)
    for codes, ids in plan:
        for loc_id in ids:
            found, lakh_grouping = read[loc_id]
            for sym, code in found:
                add_symbol(sym, code)
            if lakh_grouping:
                lakh.update(codes)
    en_symbol = dict(en.currency_symbols)
    for code, sym in en_symbol.items():
        add_symbol(sym, code)
    # Local symbols come first: their first code is the reading when no country is named.
    for sym, codes in local["symbols"].items():
        symbols[sym] = list(dict.fromkeys(codes + symbols.get(sym, [])))

    # A single letter ("K", "L", "Q") or two capitals ("DA", "SR") could be anything before a
    # number; mixed-case symbols ("Rp", "kr", "Ft") and "R" (rand) are read anywhere.
    weak = frozenset(s for s in symbols if s.isalpha() and s not in local["symbols"] and s != "R"
                     and (len(s) == 1 or (len(s) <= _STRONG_LETTER_SYMBOLS and s.isupper())))

    all_codes = list_currencies()
    codes = {c: c for c in all_codes}
    codes.update(local["code_aliases"])

    names: dict[str, list[str]] = {}
    bare: set[str] = set()
    not_bare = set(local["not_bare"]) | common
    synonyms = [(k, w) for k, v in local["words"].items() if isinstance(v, list) for w in v]  # "crowns" for "kroner"
    fixed = {k: v for k, v in local["words"].items() if isinstance(v, str)}                    # "sterling" -> GBP

    def add_name(name: str, code: str) -> None:
        codes_ = names.setdefault(name, [])
        if code not in codes_:
            codes_.append(code)

    for code in all_codes:
        forms = {en.currencies.get(code), get_currency_name(code, 1, "en"), get_currency_name(code, 2, "en")}
        singular_plural = [f for f in forms if f and "(" not in f and not f.isupper()]
        for form in singular_plural:
            low = form.lower()
            add_name(low, code)
            words = low.split()
            adjective = " ".join(form.split()[:-1])
            if adjective and code in current:
                territories.setdefault(code, []).append(adjective)
            head = words[-1]
            singular = get_currency_name(code, 1, "en").lower().split()[-1]
            for press, cldr in synonyms:  # "Danish crowns" for "Danish kroner"
                if head == cldr and len(words) > 1:
                    add_name(" ".join(words[:-1] + [press]), code)
                    if code in current and press not in common:  # "reais", also where "real" is not bare
                        add_name(press, code)
                        bare.add(press)
            if code in current and head not in not_bare and singular not in not_bare and len(words) > 1:
                add_name(head, code)
                bare.add(head)
                if len(words) > 2 and words[-2] in ("new",):  # "new shekels"
                    add_name(" ".join(words[-2:]), code)
                    bare.add(" ".join(words[-2:]))
    for word, code in fixed.items():
        add_name(word, code)
        if " " not in word:  # "sterling" alone; "Nepali rupees" says whose, like CLDR's "Nepalese rupees"
            bare.add(word)
    add_name("pounds sterling", "GBP")

    return Table(
        symbols={s: tuple(c) for s, c in symbols.items()},
        weak_symbols=weak,
        folded=dict(local["ascii_folded"]),
        codes=codes,
        names={n: tuple(c) for n, c in names.items()},
        bare_names=frozenset(bare),
        minor=dict(local["minor"]),
        territories={c: tuple(dict.fromkeys(t)) for c, t in territories.items()},
        en_symbol=en_symbol,
        preference=tuple(local["preference"]),
        lakh_codes=frozenset(lakh),
        min_mentions=dict(local["min_mentions"]),
    )


def _forget_locales(localedata) -> None:
    """Empty Babel's cache of loaded locales but the root (reloaded on use; same data)."""
    for cache in (getattr(localedata, "_cache", None), getattr(localedata, "_dict_cache", None)):
        for name in [n for n in (cache or {}) if n != "root"]:
            cache.pop(name, None)


def _default(surface: str, candidates: tuple) -> str:
    t = table()
    for code in candidates:  # "¥" is JPY: CLDR's English locale writes JPY with exactly this sign
        if t.en_symbol.get(code) == surface:
            return code
    for code in t.preference:
        if code in candidates:
            return code
    return candidates[0]


@lru_cache(maxsize=None)
def _country_names() -> re.Pattern:
    names = {n for names in table().territories.values() for n in names}
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")


@lru_cache(maxsize=None)
def _country_names_unguarded() -> re.Pattern:
    """:func:`_country_names` without its leading look-behind: a pattern that starts with its names
    lets ``re`` jump from one possible first letter to the next instead of trying every position."""
    return re.compile(_country_names().pattern[len(r"(?<![\w.])"):])


_NAME_BEFORE = re.compile(r"[\w.]")


def country_names_in(text: str):
    """The matches of ``_country_names().finditer(text)``, in order: each match of the pattern
    without its look-behind is kept when the look-behind holds; where it does not, the search
    goes on from the next character, as the whole pattern's scan does."""
    unguarded, pos = _country_names_unguarded(), 0
    while True:
        m = unguarded.search(text, pos)
        if m is None:
            return
        if m.start() and _NAME_BEFORE.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()  # names are never empty


#: The lead (its first characters) names the article's country: each of its country names counts
#: this many more times (periods.article_country weighs the first 150 characters alike).
LEAD_CHARS, LEAD_WEIGHT = 150, 3
#: How many mentions of its country a dateline in capitals ("KATHMANDU:") counts for.
DATELINE_MENTIONS = 2


def _dateline_country(text: str) -> Optional[str]:
    from extractor.periods import dateline_country  # periods reads this module's tables

    return dateline_country(text[:200])


def _country_cues(text: str) -> dict[str, int]:
    from extractor.periods import country_cues, crore_country  # periods reads this module's tables

    cues = country_cues(text)
    crores = None if cues else crore_country(text)  # "Rs 1,482 cr" in a text naming no country: India's rupees
    return {crores: 1} if crores else cues


@lru_cache(maxsize=4)  # one article's text is read for its currencies by several steps; the counts are kept
def mentions(text: str, home: Optional[str] = None) -> Callable[[str], int]:
    """How often ``text`` names the country (or countries) of a currency code; ``home`` (the
    publisher's country, "Nepal") decides a shared surface when the text names none of its countries."""
    t = table()
    cache: dict[str, int] = {}
    folded = text.replace("U.S.", "US")
    named: dict[str, int] = {}
    for m in country_names_in(folded):  # one pass: every country name and adjective
        if not as_partner(folded, m.start()):  # "exports to India": the other side, no hint of the currency
            named[m.group(0)] = named.get(m.group(0), 0) + 1
    # a country's other cues ("SEBI", "Karachi", "CGST", "lakh crore") name its rupee as its name
    # does: what they count beyond the plain names already counted
    cues = _country_cues(text)
    plain = dict(named)
    for m in country_names_in(folded[:LEAD_CHARS]):
        # "Nepal's trade deficit stood at Rs 713.7 billion … India remained the largest trading
        # partner": the country of the lead, as periods.article_country weighs it, over a partner named later
        if not as_partner(folded, m.start()):
            named[m.group(0)] = named.get(m.group(0), 0) + LEAD_WEIGHT
    dateline = _dateline_country(text)
    if dateline is not None:
        # "KATHMANDU: … India remained the largest trading partner": the dateline, claims.md's first cue
        # to an article's country, outweighs one mention of a partner
        named[dateline] = named.get(dateline, 0) + DATELINE_MENTIONS

    def count(code: str) -> int:
        if code not in cache:
            names = t.territories.get(code, ())
            by_names = sum(named.get(n, 0) for n in names)
            beyond = max((cues.get(n, 0) for n in names), default=0) - sum(plain.get(n, 0) for n in names)
            cache[code] = by_names + max(0, beyond)
        return cache[code]

    def writes_explicitly(code: str) -> bool:
        """The text writes this currency in a form no other shares ("US$", "USD", "US dollars")."""
        forms = [s for s, c in t.symbols.items() if c == (code,)] + [code]
        forms += [n for n, c in t.names.items() if c == (code,) and n not in t.bare_names]
        return any(re.search(rf"(?<![\w$]){re.escape(f)}" + (r"(?![\w])" if f[-1].isalpha() else ""), folded,
                             re.IGNORECASE if f.islower() else 0)
                   for f in forms)

    count.writes_explicitly = writes_explicitly  # type: ignore[attr-defined]
    count.home = codes_of_country(home) if home else ()  # type: ignore[attr-defined]
    count.lakh_grouping = bool(re.search(r"(?<![\d,])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])", text))  # type: ignore[attr-defined]
    return count


def resolve(surface: str, candidates: tuple, count: Callable[[str], int]) -> Optional[str]:
    """The candidate the article means: the country it names most when that beats the default."""
    if not candidates:
        return None
    default = _default(surface, candidates)
    if len(candidates) == 1:
        return default
    if getattr(count, "lakh_grouping", False):
        # "Rs 1,87,035 crore": digits grouped in lakhs are written where the locale does so
        # (CLDR: India, Bangladesh, Nepal), not in Pakistan.
        grouped = tuple(c for c in candidates if c in table().lakh_codes)
        if grouped and not any(count(c) for c in candidates if c not in grouped):
            candidates = grouped
            default = _default(surface, candidates)
    home = [c for c in candidates if c in getattr(count, "home", ())]
    if home and default not in table().min_mentions and not any(count(c) for c in candidates):
        return home[0]  # "Rs. 27 million" on a Nepali site that never names Nepal: NPR
    best = max(candidates, key=lambda c: (count(c), c == default))
    need = max(1, table().min_mentions.get(default, 1))
    if best != default and count(best) > count(default) and count(best) >= need:
        if default in table().min_mentions and not count.writes_explicitly(default):
            return default  # "$" beside pesos in a story on Colombia is still the US dollar
        return best
    return default


#: The claim field listing the currencies an amount may be in when nothing in its article decides
#: which (:func:`assumed`); the claim's unit is then the surface's default.
CANDIDATES_FIELD = "currency_candidates"

#: Defaults English news writes by convention, not by a guess: "£5m" and "pounds" are sterling,
#: "¥" the yen, "$" the US dollar (claims.md), whatever other countries share the sign.
CONVENTIONAL_DEFAULTS = frozenset({"USD", "GBP", "EUR", "JPY", "CHF"})

# a symbol before the digits ("Rs 2.31 lakh crore", "Rs.5bn"), else a currency's name after them
_SYMBOL_FIRST = re.compile(r"\s*([^\d\s.,()-]+)\.?\s*-?\d")
_NAME_LAST = re.compile(r"([A-Za-z]+)\W*$")


def assumed(surface: str, unit: str, count: Callable[[str], int]) -> tuple:
    """The currencies a money surface shared by several ("Rs", "rupees") may be in, when the article
    decides nothing (it names none of their countries, and no dateline or publisher does): the
    unit read is then the default of :func:`resolve`, an assumption. Empty when the surface says
    whose it is, the article decides, or the default is a convention (``CONVENTIONAL_DEFAULTS``).
    """
    t = table()
    first = _SYMBOL_FIRST.match(surface)
    candidates = t.symbols.get(first.group(1), ()) if first else ()
    if not candidates:
        last = _NAME_LAST.search(surface)
        candidates = (t.names.get(last.group(1).lower()) or t.symbols.get(last.group(1), ())) if last else ()  # "500 kr"
    if len(candidates) < 2 or unit not in candidates or unit in t.min_mentions or unit in CONVENTIONAL_DEFAULTS:
        return ()
    if getattr(count, "lakh_grouping", False):
        candidates = tuple(c for c in candidates if c in t.lakh_codes) or candidates
    if any(count(c) for c in candidates) or set(getattr(count, "home", ())) & set(candidates):
        return ()
    return tuple(sorted(candidates)) if len(candidates) > 1 else ()


def country_has(code_candidates: tuple, count: Callable[[str], int]) -> Optional[str]:
    """For a weak symbol ("K", "L"): the candidate whose country the article names, or None."""
    named = [c for c in code_candidates if count(c) > 0]
    return max(named, key=count) if named else None


@lru_cache(maxsize=4096)
def codes_of_country(name: str) -> tuple:
    """The current currencies of a country named in English or by its currency's adjective
    ("Canadian" → CAD, "Hong Kong" → HKD, "US" → USD), lower-case input."""
    low = name.lower()
    return tuple(code for code, names in table().territories.items() if any(n.lower() == low for n in names))


if __name__ == "__main__":
    print(write_table())
