"""Money, percentages and multiples found by pattern in the raw text.

Patterns run over the article's own string, so offsets are exact by
construction. Counts of things need the parse (what is counted), so they live
in :mod:`extractor.counts`. Each match is read by :mod:`extractor.numbers`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from extractor import lexicons
from extractor.intervals import DisjointSpans
from extractor.numbers import DIGITS, SCALE_ARTICLE, WORD_NUMBER, read_amounts, scale_pattern, word_value


@dataclass(frozen=True)
class Found:
    """A quantity surface with what it says; ``start``/``end`` index the article text."""

    start: int
    end: int
    kind: str
    value: float
    unit: str
    value_max: Optional[float] = None


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    cur = lexicons.load("currencies")
    symbols = sorted(cur["symbols"], key=len, reverse=True)
    symbol_re = "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in symbols)
    codes = "|".join(cur["codes"])
    prefix = rf"(?:(?<![A-Za-z])(?:{symbol_re})|\b(?:{codes})\b)"
    scale = scale_pattern()
    amount = rf"{DIGITS}(?:{scale})?"
    # "$2-3 billion", "$2bn-$3bn": a dash range inside one surface (never "from $1m to $2m").
    # "$89 to $93 billion": the first number borrows the second's scale, so they are one range.
    amount_range = (rf"(?:{DIGITS}\s+to\s+(?:{prefix})?\s?{DIGITS}(?:{scale})"
                    rf"|{amount}(?:\s?[-–]\s?(?:{prefix})?\s?{amount})?)")
    currency_words = lexicons.alternation(cur["words"])
    minor_words = lexicons.alternation([w for w in cur["minor"] if len(w) > 1])
    word_amount = rf"(?:{SCALE_ARTICLE}|{WORD_NUMBER})(?:{scale})"
    return {
        # "$2.1bn", "Rs10 billion", "PKR 5.6 trillion", "US$ 1.2bn", "$ 1.2 billion dollars"
        "money_prefix": re.compile(rf"{prefix}\s?{amount_range}(?:\s+(?:US\s+|u\.s\.\s+)?{currency_words})?"),
        # "10 billion rupees", "half a billion dollars", "2.5m euros", "5.6 trillion PKR"
        "money_suffix": re.compile(
            rf"(?<![\w.,])(?:{amount_range}|{word_amount}|{WORD_NUMBER})\s*(?:(?:US|u\.s\.)\s+)?(?:{currency_words}|\b(?:{codes})\b)",
            re.IGNORECASE),
        # "35 pence", "640p", "50 cents"
        "money_minor": re.compile(rf"(?<![\w.,])(?:{DIGITS}\s*{minor_words}|\d+p\b)", re.IGNORECASE),
        # "47.4 percent", "80.6%", "18pc", "5-7%", "25 basis points", "half a percentage point"
        "percent": re.compile(
            rf"(?<![\w.,])(?:(?:{DIGITS}(?:\s?[-–]\s?{DIGITS}%?|\s+to\s+{DIGITS})?)\s?(?:%|per\s?cent\b|pc\b|percentage[-\s]points?\b|pp\b|basis\s+points?\b|bps\b)"
            rf"|(?:{WORD_NUMBER})\s(?:per\s?cent\b|percentage[-\s]points?\b|basis\s+points?\b)"
            r"|\b(?:half\s+a|a\s+half|one|a)\s+percentage[-\s]points?\b)",
            re.IGNORECASE),
        # "two thirds of", "a quarter of": a fraction of a whole is a percent (claims.md)
        "fraction": re.compile(
            r"\b(?:(?:one|a)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter|three[-\s]quarters|half)(?=\s+of\s+(?!an?\s+(?:hour|century|mile|point|percentage)))",
            re.IGNORECASE),
        # "one in six cars", "1 in 4 adults": a share of a whole is a percent
        "one_in": re.compile(
            rf"(?<![\w.,])(?:{DIGITS}|{WORD_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{DIGITS}|{WORD_NUMBER})\b(?!\s*(?:%|per\s?cent))",
            re.IGNORECASE),
        # "5x", "10-fold", "fivefold", "doubled", "twice as", "three times more"
        "multiple": re.compile(
            rf"(?<![\w.])(?:{DIGITS}x(?![\w])|{DIGITS}[-\s]?fold\b|(?:{WORD_NUMBER})[-\s]?fold\b"
            r"|\b(?:doubled|doubling|trebled|tripled|tripling|quadrupled|quadrupling)\b"
            r"|\btwice(?=\s+(?:as|the|that|its|their|what|more|over)\b)"
            rf"|(?:{DIGITS}|{WORD_NUMBER})\s+times(?=\s+(?:more|less|as|the|bigger|larger|higher|greater|that|what|over)\b))",
            re.IGNORECASE),
    }


_FRACTIONS = {"third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0, "half": 50.0}
_MULTIPLE_WORDS = {"doubled": 2, "doubling": 2, "twice": 2, "trebled": 3, "tripled": 3, "tripling": 3,
                   "quadrupled": 4, "quadrupling": 4}


def find_pattern_quantities(text: str, local: Optional[dict] = None) -> list[Found]:
    """Every money amount, percentage and multiple in ``text``, longest match first, no overlaps.

    ``local`` resolves ambiguous currency words for this article (see :func:`local_currencies`).
    """
    local = local if local is not None else local_currencies(text)
    pats = _patterns()
    found: list[Found] = []
    for name in ("money_prefix", "money_suffix", "money_minor"):
        for m in pats[name].finditer(text):
            f = _read_money(m, name, local)
            if f:
                found.extend(_split_from_to(text, f))
    for m in pats["percent"].finditer(text):
        f = _read_percent(m, text)
        if f:
            found.extend(_split_from_to(text, f))
    for m in pats["fraction"].finditer(text):
        words = m.group(0).lower().replace("-", " ").split()
        share = _FRACTIONS[words[-1]] * (word_value(words[0]) if len(words) > 1 else 1)
        found.append(Found(m.start(), m.end(), "percent", round(share, 2), "%"))
    for m in pats["one_in"].finditer(text):
        parts = read_amounts(re.sub(r"(?i)\s+(?:in|out\s+of)\s+(?:every\s+)?", " | ", m.group(0)))
        if len(parts) == 2 and 0 < parts[0] < parts[1]:
            found.append(Found(m.start(), m.end(), "percent", round(100 * parts[0] / parts[1], 2), "%"))
    for m in pats["multiple"].finditer(text):
        f = _read_multiple(m)
        if f:
            found.append(f)
    return merge_between_ranges(text, _drop_overlaps(found))


def _read_money(m: re.Match, pattern: str, local: dict) -> Optional[Found]:
    surface = m.group(0)
    amounts = read_amounts(surface)
    if not amounts:
        return None
    unit = _currency_of(surface, local)
    if unit is None:
        return None
    if pattern == "money_minor":  # pence and cents are written in the main currency (claims.md)
        amounts = [a / 100 for a in amounts]
    return Found(m.start(), m.end(), "money", amounts[0], unit, amounts[-1] if len(amounts) > 1 else None)


@lru_cache(maxsize=None)
def _symbols_longest_first() -> tuple[str, ...]:
    return tuple(sorted(lexicons.load("currencies")["symbols"], key=len, reverse=True))


def _split_from_to(text: str, f: Found) -> list[Found]:
    """A two-number surface that is not a range: "rose from $5 to $7 billion" is two levels
    (split at "to"; the first keeps the scale it borrowed: $5 billion). A falling pair
    ("$2021-22", "10-5%") is no range either: only the part that carries the unit is kept."""
    if f.value_max is None:
        return [f]
    surface = text[f.start:f.end]
    joint = re.search(r"\s+to\s+", surface)
    if joint is None:
        if f.value_max >= f.value:
            return [f]
        joint = re.search(r"\s?[-–]\s?", surface[1:])
        if joint is None:  # no visible pair: keep the surface, read as its first number
            return [Found(f.start, f.end, f.kind, f.value, f.unit)]
        dash_start, dash_end = f.start + 1 + joint.start(), f.start + 1 + joint.end()
        if f.kind == "money" and not surface[0].isdigit():  # "$2021-22": the sign is on the first
            return [Found(f.start, dash_start, f.kind, f.value, f.unit)]
        return [Found(dash_end, f.end, f.kind, f.value_max, f.unit)]
    before = text[max(0, f.start - 20):f.start]
    preceded_by_from = re.search(r"\bfrom\s*$", before, re.IGNORECASE)
    if _RANGE_FRAMES[1][0].search(before):  # "prices range from $370,000 to $5.5 million"
        preceded_by_from = None
    if not preceded_by_from and f.value_max >= f.value:
        return [f]
    first = Found(f.start, f.start + joint.start(), f.kind, f.value, f.unit)
    second = Found(f.start + joint.end(), f.end, f.kind, f.value_max, f.unit)
    return [first, second]


def local_currencies(text: str) -> dict[str, str]:
    """How this article reads currency words several countries share: "rupees" are PKR unless
    India (or Sri Lanka, Nepal) is named more often than Pakistan; "pesos" follow the Latin
    American country named most. Maps each default code to the article's code."""
    resolved = {}
    for default, by_country in lexicons.load("currencies")["ambiguous"].items():
        counts = {code: len(re.findall(rf"\b{re.escape(country)}", text)) for country, code in by_country.items()}
        best = max(counts, key=counts.get)
        resolved[default] = best if counts[best] > counts.get(default, 0) else default
    return resolved


def _currency_of(surface: str, local: dict) -> Optional[str]:
    cur = lexicons.load("currencies")
    low = surface.lower()
    code = None
    for symbol in _symbols_longest_first():
        if surface.startswith(symbol) or surface.replace(" ", "").startswith(symbol.replace(" ", "")):
            code = cur["symbols"][symbol]
            break
    if code is None:
        for iso in cur["codes"]:
            if re.search(rf"\b{iso}\b", surface, re.IGNORECASE):
                return cur["code_aliases"].get(iso.upper(), iso.upper())  # written codes are never ambiguous
    if code is None:
        for word in sorted(cur["words"], key=len, reverse=True):
            if re.search(rf"\b{re.escape(word)}\b", low):
                code = cur["words"][word]
                if " " in word:  # "Indian rupees", "Colombian pesos": the text says whose
                    return code
                break
    if code is None:
        for word, minor_code in cur["minor"].items():
            if re.search(rf"\d\s*{re.escape(word)}\b", low):
                code = minor_code
                break
    return local.get(code, code) if code else None


def _read_percent(m: re.Match, text: str) -> Optional[Found]:
    surface = m.group(0)
    if re.search(r"\d\s+to\s+[\d.]", surface):
        # "5 to 7 per cent" is a range, but "from 4.8 to 4.7 percent" is a change between two
        # levels: then only the second number carries the unit, and only it is read here.
        first = float(re.match(DIGITS, surface).group(0).replace(",", ""))
        second_at = re.search(r"\s+to\s+", surface).end()
        second = float(re.match(DIGITS, surface[second_at:]).group(0).replace(",", ""))
        if second < first or re.search(r"\bfrom\s*$", text[max(0, m.start() - 8):m.start()], re.IGNORECASE):
            shifted = re.compile(re.escape(surface[second_at:])).search(text, m.start() + second_at)
            return _read_percent(shifted, text) if shifted else None
    low = surface.lower()
    number = re.sub(r"(?i)\s?(?:%|per\s?cent|pc|percentage[-\s]points?|pp|basis\s+points?|bps)$", "", surface)
    amounts = read_amounts(number) or [v for v in [word_value(number)] if v is not None]
    if not amounts:
        return None
    unit = "pp" if re.search(r"points?$|pp$|bps$", low) else "%"
    if "basis" in low or low.endswith("bps"):
        amounts = [a / 100 for a in amounts]  # 25 basis points = 0.25 percentage points
    return Found(m.start(), m.end(), "percent", amounts[0], unit, amounts[-1] if len(amounts) > 1 else None)


def _read_multiple(m: re.Match) -> Optional[Found]:
    surface = m.group(0)
    low = surface.lower()
    if low in _MULTIPLE_WORDS:
        value = float(_MULTIPLE_WORDS[low])
    else:
        core = re.sub(r"(?i)[-\s]?(?:fold|x|times)$", "", surface)
        amounts = read_amounts(core)
        if not amounts:
            return None
        value = amounts[0]
    return Found(m.start(), m.end(), "multiple", value, "x")


def _drop_overlaps(found: list[Found]) -> list[Found]:
    """Keep the longest of overlapping matches ("$2bn" over "2bn dollars" parts), in text order."""
    kept: list[Found] = []
    taken = DisjointSpans()  # a binary search per match, not a scan of the kept ones (issue 18)
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if taken.add_if_free(f.start, f.end):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


# "between X and Y", "ranging from X to Y": two figures that are the ends of one range.
_RANGE_FRAMES = ((re.compile(r"\bbetween\s*$", re.IGNORECASE), re.compile(r"\s+and\s+")),
                 (re.compile(r"\brang(?:e|es|ed|ing)\s+from\s*$", re.IGNORECASE), re.compile(r"\s+to\s+")))


def merge_between_ranges(text: str, found: list[Found]) -> list[Found]:
    """ "between 5% and 7%", "prices range from $370,000 to $5.5 million": one claim, value the
    low end, value_max the high end, the surface from the first figure to the last. A plain
    "from $1m to $2m" stays two figures: that is a change, not a range."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        if i + 1 < len(found):
            g = found[i + 1]
            gap = text[f.end:g.start]
            before = text[max(0, f.start - 20):f.start]
            framed = any(opener.search(before) and joiner.fullmatch(gap) for opener, joiner in _RANGE_FRAMES)
            if g.kind == f.kind and g.unit == f.unit and framed and (g.value_max or g.value) >= f.value:
                out.append(Found(f.start, g.end, f.kind, f.value, f.unit, g.value_max or g.value))
                i += 2
                continue
        out.append(f)
        i += 1
    return out
