"""Reading the number inside a quantity's surface: digits, scale words, number words.

quantulum3 reads spelled-out numbers ("one hundred and twenty"); digits and
scale words ("2.1bn", "127 million", "5 crore") are read here because quantulum3
misreads them inside money surfaces ("$2.1bn" → "dollar barn newton").
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Optional

from extractor import lexicons

# "1,234,567", South Asian grouping "1,87,035" and "12,34,56,789", "2.5", ".001 per cent".
# "5½", "2¾" (a vulgar fraction glyph after the whole number).
_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
DIGITS = (r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+[½¼¾⅓⅔⅛⅜⅝⅞]|\d+(?:\.\d+)?"
          r"|(?<![\w.])\.\d+)")

# A number that writes a year (1800-2099): never an amount, a count or a range end on its own
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# An opening bracket of figures, past the first number of a pair: "industry (6.83 to 6.95%)", "farming
# (1.27% to 1.31%)"; what the item before the bracket is read from (listed_measures, revisions)
OPEN_FIGURE_BRACKET = r"\(\s*(?:[-−]?\d[\d.,]*\s*(?:%|per\s*cent|percent|pc)?\s+to\s+)?"
_UNITS = lexicons.load("numbers")["units"]  # one .. nineteen
_TENS = lexicons.load("numbers")["tens"]  # twenty .. ninety
#: Words that count on their own ("twelve banks", "a dozen firms"); "one" is left out: it is
#: mostly "one of", a pronoun or a determiner.
NUMBER_WORDS = frozenset(_UNITS[1:] + _TENS + ["hundred", "dozen"])
# "twenty-five", "forty two", "three hundred and twelve", "a dozen" stay one number phrase.
_SIMPLE_WORD = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS[:9])}))?|{'|'.join(_UNITS)})"
WORD_NUMBER = rf"(?:{_SIMPLE_WORD}(?:\s+hundred(?:\s+and\s+{_SIMPLE_WORD})?)?|a\s+dozen|dozens?|a\s+hundred)"
# Before a scale word only: "half a billion dollars", "a billion dollars", "a quarter of a million
# pounds", "a quarter-million", "three-quarters of a billion", "half a million".
_PART = r"(?:(?:a\s+|one\s+)?(?:quarter|half)|(?:two|three)[-\s]quarters|(?:one|two)[-\s]thirds?)"
# "two and a half million": a number word and a half before a scale word.
_AND_A_HALF = rf"{_SIMPLE_WORD}\s+and\s+a\s+half(?=\s*-?\s*(?:million|billion|trillion)\b)"
SCALE_ARTICLE = rf"(?:{_AND_A_HALF}|{_PART}(?:\s+of)?\s+an?|{_PART}(?=\s*-?\s*(?:million|billion|trillion)\b)|a\s+half|a|an|one)"


def scale_words() -> dict[str, float]:
    return lexicons.load("scales")["words"]


def short_scales() -> dict[str, float]:
    return lexicons.load("scales")["short"]


@lru_cache(maxsize=None)
def scale_pattern() -> str:
    """A scale written after a number: " billion", " crore", or glued short forms "bn", "m"."""
    # "Rs 500 Crore", "Rs 1.5 Lakh Crore", "$2 Million" (title case in South Asian releases); never
    # "Arab", a people
    long_words = lexicons.alternation(list(scale_words()) + [w.title() for w in scale_words() if w != "arab"])
    glued = "|".join(sorted(short_scales(), key=len, reverse=True))
    # "$2 bln", "Rs 5 mln": multi-letter short forms may stand after a space; "m", "b", "k" may not.
    spaced = "|".join(sorted((w for w in short_scales() if len(w) > 1), key=len, reverse=True))
    # "$1.5-billion deal" (Canadian and US style) takes the scale across the hyphen.
    # "Rs 50 thousand crore", "Rs 68 billion crore": two scale words multiply (read_amounts)
    return (rf"(?:\s*{long_words}(?:\s+{long_words})?|-(?={long_words}){long_words}|(?i:{glued})(?![A-Za-z])"
            rf"|\s(?i:{spaced})(?![A-Za-z]))")


@lru_cache(maxsize=4096)
def word_value(phrase: str) -> Optional[float]:
    """The value of a spelled-out number ("twelve", "forty-two", "half a"), or None."""
    p = " ".join(phrase.lower().replace("-", " ").split())
    if p in ("a", "an", "one"):
        return 1.0
    if p in ("half a", "a half"):
        return 0.5
    part = re.fullmatch(r"(?:(a|one|two|three) )?(quarter|quarters|half|third|thirds)(?: of)?(?: an?)?", p)
    if part:  # "a quarter of a", "three quarters of a", "half", "two thirds of a" (before a scale word)
        share = {"quarter": 0.25, "quarters": 0.25, "half": 0.5, "third": 1 / 3, "thirds": 1 / 3}[part.group(2)]
        return share * {None: 1, "a": 1, "one": 1, "two": 2, "three": 3}[part.group(1)]
    if p in ("a dozen", "dozen"):
        return 12.0
    from extractor.speedups import import_quantulum_parser  # imported here: only word numbers need it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = import_quantulum_parser().extract_spellout_values(p)
    if len(found) == 1 and found[0]["old_span"] == (0, len(p)):
        return float(found[0]["new_surface"])
    return None


def digits_value(s: str) -> float:
    if s[-1:] in _GLYPHS:
        return float(s[:-1].replace(",", "") or 0) + _GLYPHS[s[-1]]
    return float(s.replace(",", ""))


# Word numbers only as whole words: "one" is not read inside "kroner", nor "an" inside "Indian".
# The words before a bare scale word that say how many of it: "half a| million", "a quarter of a|
# million", "three-quarters of a| billion", "a| million".
LEADING_PART = re.compile(rf"\b(?:{_PART}(?:\s+of)?\s+an?|{_PART}[-\s]?|half\s+a|a\s+half|a|an|one)\s*$", re.IGNORECASE)
_NUMBER_IN_SURFACE = re.compile(
    rf"{DIGITS}|\b{_AND_A_HALF}|\b(?:{_PART}(?:\s+of)?\s+an?|{_PART}(?=\s*-?\s*(?:million|billion|trillion)\b))\b"
    rf"|\b{WORD_NUMBER}\b|\b{SCALE_ARTICLE}\b(?=\s+\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _scale_regex() -> re.Pattern:
    return re.compile(scale_pattern())


def read_amounts(surface: str) -> list[float]:
    """Every number in a surface with its scale applied, in order: "$2-3 billion" → [2e9, 3e9].

    A number without its own scale takes the next number's scale ("2-3 billion").
    """
    longs, shorts = scale_words(), short_scales()
    scale_re = _scale_regex()
    pieces: list[tuple[float, Optional[float]]] = []
    pos = 0
    while True:
        m = _NUMBER_IN_SURFACE.search(surface, pos)
        if not m:
            break
        text = m.group(0)
        value = digits_value(text) if text[0].isdigit() or text[0] == "." else word_value(text)
        pos = m.end()
        scale = None
        s = scale_re.match(surface, pos)
        if s:
            word = " ".join(s.group(0).strip().strip("-").lower().split())
            scale = longs.get(word) or shorts.get(word)
            if scale is None and " " in word and all(w in longs for w in word.split()):
                scale = 1.0
                for w in word.split():  # "thousand crore" = 1e3 x 1e7
                    scale *= longs[w]
            pos = s.end()
        if value is not None:
            pieces.append((value, scale))
    amounts = []
    for i, (value, scale) in enumerate(pieces):
        if scale is None:
            # Borrow the next scale only where the range then still rises: "$370,000 to $5.5
            # million" keeps 370,000, while "$2-3 billion" is 2 billion.
            later = [(v, sc) for v, sc in pieces[i + 1:] if sc is not None]
            scale = later[0][1] if later and value * later[0][1] <= later[0][0] * later[0][1] else 1.0
        amounts.append(_tidy(value * scale))
    return amounts


def _tidy(x: float) -> float:
    """2.1 * 1e9 is 2100000000.0000002 in floating point; news figures have few digits."""
    return float(f"{x:.12g}")
