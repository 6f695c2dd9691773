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

from extractor import currencies, lexicons
from extractor.intervals import DisjointSpans
from extractor.prefilter import finditer as scan, lowered_for_matching, with_first_look_ahead
from extractor.numbers import (
    DIGITS, SCALE_ARTICLE, WORD_NUMBER, YEAR as _YEAR, digits_value, read_amounts, scale_pattern, word_value,
)
from extractor.revisions import continues_revision, names_revision


@dataclass(frozen=True)
class Found:
    """A quantity surface with what it says; ``start``/``end`` index the article text."""

    start: int
    end: int
    kind: str
    value: float
    unit: str
    value_max: Optional[float] = None


# A minus sign before a figure: "-2.4%", "$-50.8bn", "−3%" (never the dash of "5-7%").
# A minus sign glued to the number ("-2.4%", "− 3"); a hyphen with spaces on both sides is a
# dash setting an aside apart ("rose 15 cents - 1.1% - on Nasdaq"), no sign.
SIGN = r"(?:(?<![\w.,%)\-–])(?:(?<!\s)-\s?|-(?!\s)|−\s?)|\b(?:minus|negative)\s+)"


def _symbol_re(symbol: str) -> str:
    e = re.escape(symbol)
    if symbol.endswith("$") and symbol[:-1].isalpha() and symbol[:-1] not in ("A", "I"):
        e = re.escape(symbol[:-1]) + r"\s?\$"  # "HK $5.4m", "US $1.2 billion", "C $5"; never "A $5m deal"
    if symbol.isalpha() and len(symbol) >= 3 and not symbol.isupper():
        e = re.escape(symbol[0]) + "(?i:" + re.escape(symbol[1:]) + ")"  # "KSh 500" for CLDR's "Ksh"
    if symbol.isalpha() and len(currencies.table().symbols.get(symbol, ())) > 1:
        # "NRs 1.2 billion", "Nrs 1.2 billion", "SLRs 500": a shared symbol with its country's letters
        e = rf"(?:(?:[A-Z]{{1,2}})?{e}|[A-Z]{{1,2}}{re.escape(symbol.lower())})"
    if symbol.isalpha():
        e += r"\.?"  # "Rs. 500", "Tk. 20"
    return e


def _country_prefixed(written: str, cur) -> Optional[tuple[str, str]]:
    """("Rs", "NPR") for "NRs": a shared letter symbol after a prefix that names one of its
    countries, by the first letters of the currency code ("N" for NPR, "PK" for PKR) or the initials
    of the country's name ("SL" for Sri Lanka's LKR). None when the prefix names none."""
    from babel import Locale

    for symbol, candidates in cur.symbols.items():
        if not symbol.isalpha() or len(candidates) < 2 or len(written) <= len(symbol) \
                or written[-len(symbol):].lower() != symbol.lower():
            continue
        prefix = written[:-len(symbol)]
        names = Locale("en").territories
        for code in candidates:
            initials = "".join(w[0] for w in names.get(code[:2], "").split())
            if code.startswith(prefix) or initials == prefix:
                return symbol, code
    return None


@lru_cache(maxsize=None)
def _symbol_variants() -> dict[str, str]:
    """Mixed-case letter symbols written with other capitals after the first: "KSh" → "Ksh"."""
    symbols = currencies.table().symbols
    return {s[0] + s[1:].lower(): s for s in symbols if s.isalpha() and len(s) >= 3 and not s.isupper()}


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    cur = currencies.table()
    symbols = sorted(cur.symbols, key=len, reverse=True)
    symbol_re = "|".join(_symbol_re(s) for s in symbols)
    folded_re = "|".join(re.escape(s) for s in cur.folded)
    codes = "|".join(sorted(cur.codes, key=len, reverse=True))
    # Written after the number: signs, and letter symbols that are not single letters ("500 kr").
    suffix_symbols = sorted((s for s in symbols if s not in cur.weak_symbols and (not s.isalpha() or len(s) > 1)
                             and not s.endswith("$") and "/" not in s), key=len, reverse=True)
    suffix_symbol_re = "|".join(re.escape(s) for s in suffix_symbols)
    prefix_plain = rf"(?:(?<![A-Za-z0-9])(?:{symbol_re})|(?<![A-Za-z])(?:{codes})(?![A-Za-z]))"
    # A letter symbol glued into a name is not money: "PLX-R18", "A/S500".
    letter_re = "|".join(_symbol_re(s) for s in symbols if s[:1].isalpha())
    sign_re = "|".join(_symbol_re(s) for s in symbols if not s[:1].isalpha())
    symbol_re = rf"(?<![-/_])(?:{letter_re})|(?:{sign_re})"
    prefix_plain = rf"(?:(?<![A-Za-z0-9])(?:{symbol_re})|(?<![A-Za-z])(?:{codes})(?![A-Za-z]))"
    prefix = (rf"(?:(?P<sym>(?<![A-Za-z0-9])(?:{symbol_re}))|(?P<folded>(?<![A-Za-z])(?:{folded_re}))"
              rf"|(?P<code>(?<![A-Za-z])(?:{codes}))(?![A-Za-z]))")
    scale = scale_pattern()
    amount = rf"{DIGITS}(?:{scale})?"
    # "$2-3 billion", "$2bn-$3bn": a dash range inside one surface (never "from $1m to $2m").
    # "$89 to $93 billion": the first number borrows the second's scale, so they are one range.
    amount_range = (rf"(?:{DIGITS}\s+to\s+(?:{prefix_plain})?\s?{DIGITS}(?:{scale})"
                    rf"|{amount}(?:\s?[-–]\s?(?:{prefix_plain})?\s?{amount})?)")
    # "20 to 35 dollars", "30,000 to 40,000 pounds": with the currency after both, the pair is one
    # range without a scale too (a change "rose from 20 to 35 dollars" is split in two levels later).
    suffix_range = rf"(?:{DIGITS}\s+to\s+{amount}|{amount_range})"
    names = lexicons.alternation(cur.names)
    word_amount = rf"(?:{SCALE_ARTICLE}|{WORD_NUMBER})(?:{scale})"
    patterns = {
        # "$2.1bn", "Rs10 billion", "PKR 5.6 trillion", "GBP40m", "US$ 1.2bn", "$ 1.2 billion dollars", "$-50.8bn"
        "money_prefix": re.compile(  # the look-ahead skips, cheaply, places with no digit close after
            rf"(?=[^\d\n]{{1,9}}[\d.])(?:{SIGN}?{prefix}\s?{SIGN}?{amount_range}(?:\s+(?:US\s+|u\.s\.\s+)?(?P<after>{names}))?)"),
        # "10 billion rupees", "half a billion dollars", "2.5m euros", "5.6 trillion PKR", "1,200€", "500 kr"
        "money_suffix": re.compile(
            rf"(?<![\w.,])(?:{SIGN}?{suffix_range}|{word_amount}|{WORD_NUMBER})(?:\s*|-(?=[a-z]))(?:(?:US|u\.s\.)\s+)?"
            rf"(?:(?P<name>{names})|\b(?P<code>{codes})\b|(?P<sym>{suffix_symbol_re})(?![A-Za-z]))",
            re.IGNORECASE),
        # "Rs Mn 4,312", "US$ Mn 1,250", "LKR Bn 2.5": the scale between the currency and the number
        # (Sri Lankan releases, the column head's order kept inline)
        "money_scale_first": re.compile(
            rf"(?=[^\d\n]{{1,14}}\d)(?:{prefix}\s?(?P<pscale>Mn|mn|MN|Bn|bn|BN|Mln|mln|Bln|bln|[Mm]illion|[Bb]illion)\.?"
            rf"\s(?P<num>{DIGITS})(?![\w%$£€¥₹]|[.,]\d|\s*(?:{scale})))"),
        # "US dollars 300 million", "Sri Lankan rupees 1.2 billion", "Euro 20 million": the currency's
        # name before the number (South Asian releases); read by _read_name_first
        "money_name_first": re.compile(
            rf"(?<![\w$£€¥₹.,-])(?P<us>(?:US|U\.S\.)\s+)?(?P<lead>(?i:{names}))\s+(?P<num>{SIGN}?{amount_range})"
            r"(?![\w%$£€¥₹]|[.,]\d|\s*(?:per\s?cent|percent|pc\b|pct\b))"),
        # "35 pence", "640p", "50 cents", "18 sen", "five cents", "a 12-cent-a-share dividend"
        "money_minor": re.compile(
            rf"(?<![\w.,])(?:{SIGN}?(?:{DIGITS}\s*|(?i:{WORD_NUMBER}|one)\s+|(?:{DIGITS}|(?i:{WORD_NUMBER}|one))-(?=(?:cents?|pence|penny)\b))(?:(?P<whose>(?i:{names})|U\.?S\.?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(?P<minor>cents?|pence|penny|pennies|sen|paise|paisa)\b"
            rf"|{DIGITS}(?P<glued>p\b|¢))"),
        # "47.4 percent", "80.6%", "18pc", "5-7%", "25 basis points", "half a percentage point"
        "percent": re.compile(
            rf"(?<![\w.,])(?:(?:{SIGN}?{DIGITS}(?:\s?[-–]\s?{DIGITS}%?|\s+to\s+{SIGN}?{DIGITS})?)"
            r"(?:\s?%|[-\s]?(?:per[-\s]?cent\b|pct\b|percentage[-\s]points?\b|basis[-\s]points?\b)|\s?(?:(?-i:pc|pp|ppts?)|bps)\b"
            r"|\s?(?-i:bp)\b)"
            rf"|{SIGN}?(?:{WORD_NUMBER}|zero)[-\s](?:per[-\s]?cent\b|percentage[-\s]points?\b|basis\s+points?\b)"
            r"|\b(?:half\s+a|a\s+half|one|a)\s+percentage[-\s]points?\b)",
            re.IGNORECASE),
        # "half a percent", "a quarter of a percentage point", "a tenth of one per cent"
        "part_percent": re.compile(
            r"\b(?P<part>half\s+(?:a|of\s+one)|(?:a|one)\s+(?:quarter|third|tenth|fifth)\s+of\s+(?:a|one)"
            r"|three[-\s]quarters\s+of\s+(?:a|one)|two[-\s]thirds\s+of\s+(?:a|one))"
            r"\s+(?P<unit>percentage[-\s]points?|per[-\s]?cent|percent)\b",
            re.IGNORECASE),
        # "two thirds of", "a quarter of": a fraction of a whole is a percent (claims.md)
        "fraction": re.compile(
            r"\b(?:(?:one|a)[-\s](?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
            r"|(?:two|three|four|five|six|seven|eight|nine)[-\s](?:thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)"
            # "the first half of 2023" is a period, not a fraction
            r"|(?<!\bfirst\s)(?<!\bsecond\s)(?<!\b1st\s)(?<!\b2nd\s)half)(?=\s+of\s+(?!an?\s+(?:hour|century|mile|point|percentage|second|minute|day|week|month|year"
            r"|hundred|thousand|million|billion|trillion|dozen|lakh|crore)\b))",
            re.IGNORECASE),
        # "rose by a third", "cut by half", "fell by two-fifths", "dropped by nearly a quarter": a change by a
        # fraction is a percent change (a hedge between "by" and the fraction is the qualifier's)
        "fraction_by": re.compile(
            r"(?:(?<=\bby\s)|" + "|".join(rf"(?<=\bby\s{hedge}\s)" for hedge in _FRACTION_HEDGES) + ")"
            r"(?:(?:one|a)[-\s](?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
            r"|(?:two|three|four|five|six|seven|eight|nine)[-\s](?:thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)"
            r"|half)(?!\s+(?:of|an?)\b)(?![\w-])",
            re.IGNORECASE),
        # "nearly a fifth saying they were ill", "a third said", "half expect": a fraction of people as the
        # subject of what they say or do is a share of them, a percent (not "a third term", "the second half")
        "fraction_subject": re.compile(
            r"(?<![\w-])(?:(?:one|a)[-\s](?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
            r"|(?:two|three|four|five|six|seven|eight|nine)[-\s](?:thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)"
            r"|(?<!\bfirst\s)(?<!\bsecond\s)(?<!\b1st\s)(?<!\b2nd\s)(?<!\ba\s)(?<!\bother\s)half)"
            r"(?=\s+(?:(?:also|now|still|already|now)\s+)?(?:said|say|says|saying|think|thinks|thought|believe|believes|believed"
            r"|expect|expects|expected|expecting|plan|plans|planned|planning|want|wants|wanted|intend|intends|intended"
            r"|reported|reporting|admitted|agreed|agree|disagreed|disagree|were|are|have|had)\b)",
            re.IGNORECASE),
        # "one in six cars", "1 in 4 adults": a share of a whole is a percent
        "one_in": re.compile(
            rf"(?<![\w.,])(?:{DIGITS}|{WORD_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{DIGITS}|{WORD_NUMBER})\b(?!\s*(?:%|per\s?cent))",
            re.IGNORECASE),
        # "5x", "10-fold", "fivefold", "doubled", "twice as", "three times more", "12 times earnings"
        "multiple": re.compile(
            rf"(?<![\w.])(?:{DIGITS}x(?![\w])|{DIGITS}[-\s]?fold\b|(?:{WORD_NUMBER})[-\s]?fold\b"
            r"|\b(?:doubled|doubling|trebled|tripled|tripling|quadrupled|quadrupling|halved|halving|halve)\b"
            # "hope to double output", "could help double the number of cars": the verb (not "double-digit",
            # "to double digits", "double down")
            r"|(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bmay\s)|(?<=\bmight\s)"
            r"|(?<=\bshould\s)|(?<=\bhelp\s)|(?<=\bhelps\s)|(?<=\bhelped\s))double(?![\w-])"
            r"(?!\s+(?:digits?|figures?|dips?|whammy|taxation|standards?|time|trouble|down|up|check|click|act|or)\b)"
            # "twice as big", but not "scored twice as United won": "as" there starts a clause
            r"|\btwice(?=\s+(?:as(?!\s+(?:(?-i:[A-Z])|(?:he|she|it|they|we|you|i|the|a|an|his|her|its|their|our)\b))"
            r"|the|that|its|their|what|more|over)\b)"
            rf"|(?:{DIGITS}|{WORD_NUMBER})\s+times(?=\s+(?:more|less|as|the|bigger|larger|higher|greater|that|what|over"
            r"|(?:forward\s+|trailing\s+)?(?:earnings|sales|revenues?|book|profits?|income|cash|ebitda))\b)"
            # "6.5 times": a multiple; a count of occasions ("three times a week") is a whole number
            r"|(?<![\w.,])\d+\.\d+\s+times\b"
            # "rose by a factor of 10"
            rf"|(?<=\bfactor\sof\s)(?:{DIGITS}|{WORD_NUMBER})\b(?![.,]?\d|\s*(?:%|per\s?cent|percent)))",
            re.IGNORECASE),
    }
    # the same matches, with a look-ahead at the characters they can start with (prefilter.py)
    return {name: with_first_look_ahead(pattern) for name, pattern in patterns.items()}


# Hedges between "by" and a fraction of a change ("dropped by nearly a quarter"): fixed-width look-behinds.
_FRACTION_HEDGES = ("nearly", "almost", "about", "around", "roughly", "some", "over", "more than", "less than",
                    "close to", "just over", "just under", "up to", "at least", "well over")
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fourth": 25.0, "fifth": 20.0, "sixth": 100 / 6, "seventh": 100 / 7,
              "eighth": 12.5, "ninth": 100 / 9, "tenth": 10.0}
_FRACTIONS.update({k + "s": v for k, v in list(_FRACTIONS.items())})
_MULTIPLE_WORDS = {"doubled": 2, "doubling": 2, "double": 2, "halved": 0.5, "halving": 0.5, "halve": 0.5, "twice": 2, "trebled": 3, "tripled": 3, "tripling": 3,
                   "quadrupled": 4, "quadrupling": 4}


# A sentence written all in lower case (a headline feed, a chat transcript, a lower-cased data set)
# writes its currency codes in lower case too: "usd 5 billion", "inr 300 crore", "us$25 million".
_SENTENCE_BREAK = re.compile(r"((?<=[.!?])\s+|\n)")


@lru_cache(maxsize=None)
def _lower_code_re() -> re.Pattern:
    """A current currency's code in lower case directly before a number ("usd 5", "inr300"), or
    "us$" glued to one; never a stop word ("all 5 million", "top 10": Albania's and Tonga's codes)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    codes = sorted((c.lower() for c in currencies.table().en_symbol if c.lower() not in STOP_WORDS), key=len, reverse=True)
    return re.compile(rf"(?<![\w$£€¥₹.,-])(?:(?P<code>{'|'.join(codes)})\s?|(?P<us>us)\$\s?)(?=[-−]?\d)")


def _codes_raised(text: str) -> str:
    """``text`` with lower-case currency codes before a number upper-cased in sentences that have no
    capital letter (the same length, so every offset stays the article's); other text unchanged."""
    if not re.search(r"\d", text):
        return text
    parts = _SENTENCE_BREAK.split(text)  # the breaks kept: joined again, the text is whole
    raised = "".join(_lower_code_re().sub(lambda c: c.group(0).upper(), part)
                     if not any(ch.isupper() for ch in part) else part for part in parts)
    return raised if len(raised) == len(text) else text


def find_pattern_quantities(text: str, home: Optional[str] = None) -> list[Found]:
    """Every money amount, percentage and multiple in ``text``, longest match first, no overlaps.

    Currencies several countries share ("$", "Rs", "dollars", "rupees") follow the countries
    the text names, else ``home``, the publisher's country (:mod:`extractor.currencies`).
    """
    count = currencies.mentions(text, home)
    pats = _patterns()
    lowered = lowered_for_matching(text)
    found: list[Found] = []
    money_text = _codes_raised(text)
    for name in ("money_prefix", "money_suffix", "money_minor", "money_name_first", "money_scale_first"):
        for m in (_name_first_matches(money_text, pats[name]) if name == "money_name_first" else pats[name].finditer(money_text)):
            f = (_read_name_first(m, count, money_text) if name == "money_name_first"
                 else _read_scale_first(m, count, money_text) if name == "money_scale_first"
                 else _read_money(m, name, count, money_text))
            if f:
                found.extend(_split_from_to(text, f) + _level_before_range(text, f))
    for m in scan(pats["percent"], text, lowered):  # only stretches that can match (prefilter.py)
        f = _read_percent(m, text)
        if f:
            found.extend(_split_from_to(text, f) + _level_before_range(text, f))
            if f.start > m.start():
                # read at its second number: a change between two levels, not a range ("slowed from 4.8 to
                # 4.7 percent", "(-1.10 to -1.50%)": a falling pair is never a range; "revised: industry
                # (6.83 to 6.95%)"). Two claims (claims.md), the first in the unit of the second.
                first = re.match(rf"{SIGN}?{DIGITS}", m.group(0))
                if first and re.match(r"\s+to\s+", text[m.start() + first.end():]) and not _YEAR.fullmatch(first.group(0)) \
                        and not re.search(r"[\w/–-]$", text[max(0, m.start() - 1):m.start()]):  # "FY2030-31 to 5%": a year's end
                    found.append(Found(m.start(), m.start() + first.end(), "percent",
                                       _signed(first.group(0), [digits_value(first.group(0).lstrip("-−+ "))])[0], f.unit))
    for m in pats["part_percent"].finditer(text):
        words = m.group("part").lower().replace("-", " ").split()
        share = 0.5 if words[0] == "half" else _FRACTIONS[words[1]] / 100 * (word_value(words[0]) or 1)
        found.append(Found(m.start(), m.end(), "percent", share, "pp" if "point" in m.group("unit").lower() else "%"))
    for m in pats["fraction_by"].finditer(text):
        words = m.group(0).lower().replace("-", " ").split()
        share = _FRACTIONS[words[-1]] * (word_value(words[0]) if len(words) > 1 else 1)
        found.append(Found(m.start(), m.end(), "percent", share, "%"))
    for name in ("fraction", "fraction_subject"):
        for m in scan(pats[name], text, lowered):  # only stretches that can match (prefilter.py)
            words = m.group(0).lower().replace("-", " ").split()
            share = _FRACTIONS[words[-1]] * (word_value(words[0]) if len(words) > 1 else 1)
            found.append(Found(m.start(), m.end(), "percent", share, "%"))  # full precision: 33.333...
    for m in pats["one_in"].finditer(text):
        if _counts_out_of(text, m):
            continue  # "seven out of 10 regions": two counts (counts.py), no share
        if _LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the song hit No 1 in 12 countries": a rank (then a count), no share
        parts = read_amounts(re.sub(r"(?i)\s+(?:in|out\s+of)\s+(?:every\s+)?", " | ", m.group(0)))
        if len(parts) == 2 and 0 < parts[0] < parts[1] and not re.search(rf"\b{_YEAR.pattern}\b", m.group(0)):
            found.append(Found(m.start(), m.end(), "percent", 100 * parts[0] / parts[1], "%"))
    for m in scan(pats["multiple"], text, lowered):  # only stretches that can match (prefilter.py)
        f = _read_multiple(m)
        if f and m.group(0)[-1:] == "X" and re.search(r"[A-Z][\w-]*\s+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "the Boeing 777X jets", "a Model 3X": a capital X after a name is a model
        if f:
            found.append(f)
    found = _drop_overlaps(found)
    found = [f for f in found if not (f.kind == "money" and _PRICE_BAND.search(text, max(0, f.start - 80), f.start))]
    found = _share_units(text, found)
    return merge_pair_ranges(text, merge_between_ranges(text, found))


# People as the whole of a share: "one out of three Germans", "four out of five adults" is a share of a
# population (a percent); "seven out of 10 regions", "four out of five key issues" count a set of things
# there are that many of (two counts, gold/README.md: "four out of five key issues").
_PEOPLE_WHOLES = frozenset({
    "people", "persons", "adults", "children", "kids", "men", "women", "voters", "consumers", "customers",
    "respondents", "residents", "citizens", "households", "families", "workers", "employees", "patients", "students",
    "pupils", "teenagers", "shoppers", "drivers", "homeowners", "parents", "viewers", "readers", "users", "investors",
    "doctors", "nurses", "teachers", "managers", "bosses", "executives", "economists", "analysts", "experts",
    "graduates", "smokers", "buyers", "tenants", "borrowers", "savers", "taxpayers", "pensioners", "farmers"})
_WORDS_AFTER = re.compile(r"\s+([A-Za-z][\w'-]*)(?:\s+([A-Za-z][\w'-]*))?(?:\s+([A-Za-z][\w'-]*))?")


def _counts_out_of(text: str, m: re.Match) -> bool:
    """ "seven out of 10 regions": a part "out of" a whole that counts lower-case plural things other
    than people is two counts; "one in six cars", "one out of three Germans", "seven out of 10 said"
    stay shares."""
    if not re.search(r"(?i)\bout\s+of\b", m.group(0)) or re.search(r"(?i)\bevery\b", m.group(0)):
        return False  # ("six out of every 10 planes" is a rate)
    after = _WORDS_AFTER.match(text, m.end())
    if after is None:
        return False
    for word in (w for w in after.groups() if w):
        if not word.islower():
            return False  # "Germans", "Britons": people of a place
        if word.endswith("s") and not word.endswith("ss"):
            return word not in _PEOPLE_WHOLES
    return False


# Nouns of labels before a code of letters and digits: 'a form "R85"', "flight K123", "model R500".
_LABEL_BEFORE = re.compile(r"(?i:\b(?:forms?|model|code|type|class|version|flight|route|reference|ref|part|item|rule"
                           r"|section|schedule|box|line|room|gate|platform|grade|size|number|no\.?))\s*[\"“'‘]?$")


# A price band that says which things are counted: "436 properties over £1m sold", "the number of homes
# under $200,000" (gold/README.md: a condition, not a claim; the count is the claim).
_PRICE_BAND = re.compile(
    r"(?:\b\d[\d,.]*(?:\s?(?:m|bn|k|mn|million|billion|thousand)\b)?|\b(?:number|numbers|share|proportion)\s+of)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!s)s\s+"
    r"(?:(?:priced|valued|costing|selling\s+for|sold\s+for)\s+)?(?:over|under|above|below|more\s+than|less\s+than)\s+$")


def _signed(surface: str, amounts: list[float]) -> list[float]:
    """ "-2.4%", "$-50.8bn", "−$3m": a minus sign right before the number or its currency sign."""
    if re.match(r"(?:-(?!\s)|−\s?|(?i:minus|negative)\s)\S", surface) or re.match(r"[^\d\s]{1,4}\s?[-−]\s?\d", surface):
        return [-a for a in amounts]
    return amounts


def _signed_number(text: str) -> float:
    """The number a text opens with, with its sign ("-2.94 to" -> -2.94, "minus 3" -> -3)."""
    m = re.match(rf"(?P<sign>{SIGN})?(?P<num>{DIGITS})", text)
    return (-1 if m.group("sign") else 1) * digits_value(m.group("num"))


def _strong_amount(surface: str) -> bool:
    """A figure that cannot be a label: it has a scale, a decimal point or thousands separators."""
    return bool(re.search(r"\d[.,]\d|\d\s?(?:bn|m|k|mn|mln|bln|mil|million|billion|trillion|crore|lakh)\b",
                          surface, re.IGNORECASE))


def _capitals_around(text: str, start: int, end: int) -> bool:
    """The words around a span are written in capitals (a headline): "TOP 10 DEALS"."""
    before = re.findall(r"[A-Za-z]{2,}", text[max(0, start - 30):start])[-1:]
    after = re.findall(r"[A-Za-z]{2,}", text[end:end + 30])[:1]
    return any(w.isupper() and w not in currencies.table().codes for w in before + after)


_MINOR_FORMS = {"cents": "cent", "penny": "pence", "pennies": "pence", "paisa": "paise"}


def _read_money(m: re.Match, pattern: str, count, text: str) -> Optional[Found]:
    surface = m.group(0)
    cur = currencies.table()
    groups = m.groupdict()
    offset = m.start()
    unit = None
    number_part = surface
    if groups.get("minor") or groups.get("glued"):
        key = (groups.get("minor") or ("cent" if groups.get("glued") == "¢" else "p")).lower()
        anchor = cur.minor.get(_MINOR_FORMS.get(key, key))
        if anchor is None:
            return None
        whose = " ".join((groups.get("whose") or "").lower().replace("u.s.", "us").split())
        if whose in cur.names:  # "20 euro cents"
            unit = currencies.resolve(whose, cur.names[whose], count)
        elif whose:  # "5 US cents", "50 Hong Kong cents": the country's own currency
            codes = currencies.codes_of_country(whose)
            if not codes:
                return None
            unit = currencies.resolve(anchor, codes, count)
        else:
            unit = currencies.resolve(anchor, cur.symbols.get(anchor, ()), count)
        cut = m.start("whose") if groups.get("whose") else m.start("minor") if groups.get("minor") else m.start("glued")
        number_part = surface[:cut - offset]
    elif groups.get("folded"):
        if not _strong_amount(surface):
            return None  # "PS5" is a games console
        unit = cur.folded[groups["folded"]]
        number_part = surface[m.end("folded") - offset:]
    elif groups.get("sym"):
        written = groups["sym"]
        key = re.sub(r"\s", "", written)
        if key.rstrip(".").isalpha():
            key = key.rstrip(".")
            if key not in cur.symbols:
                key = _symbol_variants().get(key[0] + key[1:].lower(), key)
        prefixed = _country_prefixed(key, cur) if key not in cur.symbols and pattern == "money_prefix" else None
        if prefixed is not None:
            key = prefixed[0]
        if key not in cur.symbols or (pattern == "money_suffix" and key != written):
            return None
        candidates = (prefixed[1],) if prefixed is not None else cur.symbols[key]
        if pattern == "money_prefix":
            number_part = surface[m.end("sym") - offset:]
            if key.isalpha() and (_LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start()) or (
                    text[m.start() - 1:m.start()] in ("\"", "“", "'", "‘") and text[m.end():m.end() + 1] in ("\"", "”", "'", "’"))):
                return None  # 'a form "R85"', "model K100": letters and digits that name a thing, no money
            if key.isalpha() and len(key) == 1:
                digits = re.match(r"[-−]?(\d[\d,]*)", number_part)
                if not digits or (len(digits.group(1).replace(",", "")) < 2 and not _strong_amount(number_part)):
                    return None  # "R2", "G7": a single letter takes a glued figure of two or more digits
        else:
            number_part = surface[:m.start("sym") - offset]
        if key in cur.weak_symbols:
            unit = currencies.country_has(candidates, count)  # "K500" only where kwacha or kyat are the talk
            if unit is None:
                return None
        else:
            unit = currencies.resolve(key, candidates, count)
    elif groups.get("code"):
        written = groups["code"]
        if not written.isupper() or written not in cur.codes:
            return None
        glued = re.search(rf"{written}\d|\d{written}", surface)
        if not glued and not _strong_amount(surface) and _capitals_around(text, m.start(), m.end()):
            return None  # "TOP 10 DEALS": a headline in capitals, not Tongan pa'anga ("USD 27.7bn (FY23)" is money)
        unit = cur.codes[written]
        number_part = surface.replace(written, " ")
    which = "name" if groups.get("name") else "after" if groups.get("after") else None
    if which:
        written = groups[which]
        low = " ".join(written.lower().replace("u.s.", "us").split())
        candidates = cur.names.get(low)
        if candidates is None:
            return None if unit is None else _found(m, surface, number_part, unit, pattern)
        if low in cur.bare_names:
            if unit is None:
                if not written.islower():
                    return None  # "5 Rand": a name; currency words are written in lower case
                unit = currencies.resolve(low, candidates, count)
        else:
            unit = currencies.resolve(low, candidates, count)  # "Canadian dollars" says whose
        if which == "name" and (low in _BARE_METALS or (low == "won" and (
                text[m.end():m.end() + 2] in ("'t", "’t")
                or not (_strong_amount(surface) or count("KRW") or count("KPW"))))):
            # "three gold medals", "2004 won't be easy", "Fahrenheit 9/11 won the prize": a metal and a
            # verb, no money; "won" is Korea's only with a figure that is no label or Korea named
            return None
        if which == "name":
            number_part = surface[:m.start("name") - offset]
            if low in ("pound", "pounds") and _is_weight(text, m.start(), m.end()):
                return None  # "he weighed 208 pounds", "dropping from 208 pounds to 193 by exercising"
    if unit is None:
        return None
    if pattern == "money_suffix" and groups.get("sym") and re.match(r"\s?\d", text[m.end():m.end() + 2]):
        return None  # "spend by 2008 £60bn more": the sign is the next figure's, not the year's
    return _found(m, surface, number_part, unit, pattern)


# Metals CLDR lists as currencies (XAU, XAG, XPT, XPD): bare, they are medals and metals ("three gold
# medals", "two silver"), no money; "troy ounces of gold" still names the unit.
_BARE_METALS = frozenset({"gold", "silver", "platinum", "palladium"})


# Before a currency name written first: a number or scale word ("300 million US dollars 5 years
# ago": the name is the first figure's), a vague amount ("billions of dollars 10 years on"), or a
# determiner or preposition of exchange-rate talk ("the dollar 1.35", "against the euro 0.8").
_NOT_BEFORE_NAME_FIRST = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|lakh|crore|mn|bn|m|k|the|a|an|against|versus|vs|per|"
    r"weak|weaker|strong|stronger|(?:hundreds|thousands|millions|billions|trillions|lakhs|crores|tens|dozens)\s+of)\b)"
    r"[\s,]*$", re.IGNORECASE)

# A word, then a figure: the only places a currency name written first can end ("dollars 300").
_WORD_THEN_FIGURE = re.compile(r"([A-Za-z]+)\s+[-−]?\.?\d")


@lru_cache(maxsize=None)
def _last_name_words() -> frozenset:
    """The last word of every currency name, lower case ("dollars", "rupees", "euro")."""
    return frozenset(name.split()[-1] for name in currencies.table().names)


def _name_first_matches(text: str, pattern: re.Pattern) -> list[re.Match]:
    """``pattern``'s matches, searched only around a currency word right before a figure: the
    full alternation of names tried at every offset costs as much as all other money patterns."""
    words = _last_name_words()
    found, reach = [], 0
    for hit in _WORD_THEN_FIGURE.finditer(text):
        if hit.group(1).lower() not in words or hit.start() < reach:
            continue
        m = pattern.search(text, max(0, hit.start() - 40), min(len(text), hit.end() + 60))
        while m is not None and m.end() <= hit.start(1):
            m = pattern.search(text, m.end(), min(len(text), hit.end() + 60))
        if m is not None and m.start() <= hit.start(1) < m.end():
            found.append(m)
            reach = m.end()
    return found


def _read_scale_first(m: re.Match, count, text: str) -> Optional[Found]:
    """ "Rs Mn 4,312" → 4,312 million rupees: the currency read as before a number, the scale written
    between them applied to the number."""
    f = _read_money(m, "money_prefix", count, text)
    if f is None or f.value_max is not None:
        return None
    scale = read_amounts("1 " + m.group("pscale").lower())
    if not scale or scale[0] <= 1:
        return None
    return Found(f.start, f.end, "money", _tidy_value(f.value * scale[0]), f.unit)


def _tidy_value(x: float) -> float:
    return float(f"{x:.12g}")


# Bare currency names that are read before a number: nouns only (never "won", "rand", "pound").
_BARE_NAMES_FIRST = frozenset({"dollars", "dollar", "rupees", "rupee", "yen", "yuan", "taka", "ringgit", "rupiah",
                               "baht", "naira", "shillings"})


def _read_name_first(m: re.Match, count, text: str) -> Optional[Found]:
    """ "US dollars 300 million", "Sri Lankan rupees 4.2 billion", "Rupees 500 million": a currency
    name before the number. A bare name ("dollars", "rupees", "euro") needs a figure that cannot be
    a label (a scale, a decimal point or thousands separators); a name that says whose currency
    ("US dollars", "Indian rupees") takes any figure. Never after a number or "of", and never
    before another currency ("the dollar 110 yen")."""
    cur = currencies.table()
    written = " ".join(m.group("lead").lower().split())
    low = ("us " + written) if m.group("us") else written
    candidates = cur.names.get(low)
    if candidates is None:
        return None
    if _NOT_BEFORE_NAME_FIRST.search(text, max(0, m.start() - 30), m.start()):
        return None
    number_part = m.group("num")
    if low in cur.bare_names and low not in _BARE_NAMES_FIRST:
        return None  # "won 1.5 million votes" is a verb
    if (" " not in low and not _strong_amount(number_part)) or _YEAR.fullmatch(number_part):
        return None  # "dollars 5 at a time", "Euro 2004" (a tournament); "US dollars 45" says whose
    after = text[m.end():m.end() + 40]
    if re.match(rf"\s*(?:\(?\s*(?:{_after_name_first()}))", after):
        return None  # "the dollar 110 yen", "US dollars 5 (Rs 1,500)" is fine: only a name or code right after
    if low in ("pound", "pounds") and _is_weight(text, m.start(), m.end()):
        return None
    unit = currencies.resolve(low, candidates, count)
    if unit is None:
        return None
    amounts = read_amounts(number_part)
    if not amounts:
        return None
    amounts = _signed(number_part, amounts)
    return Found(m.start(), m.end(), "money", amounts[0], unit, amounts[-1] if len(amounts) > 1 else None)


@lru_cache(maxsize=None)
def _after_name_first() -> str:
    """A currency name or code right after a figure: the figure is that currency's, not the name's before it."""
    cur = currencies.table()
    return rf"(?i:{lexicons.alternation(cur.names)})\b|(?:{'|'.join(sorted(cur.codes, key=len, reverse=True))})\b"


# "pounds" after a number are a mass, not money, where the words say so: right after "weighs"
# ("weighed in at 160 pounds"), before "heavier"/"lighter", or in a sentence about losing weight.
_WEIGHED_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:in\s+)?(?:at\s+)?(?:(?:about|around|nearly|almost|over|"
                             r"under|just|more\s+than|less\s+than)\s+)?$", re.IGNORECASE)
_WEIGHT_AFTER = re.compile(r"\s+(?:heavier|lighter|overweight|underweight)\b", re.IGNORECASE)
_FITNESS_TALK = re.compile(r"\b(?:weight\s+loss|(?:lost|losing|lose|gained|gaining|put\s+on)\s+weight|"
                           r"body\s?weight|lbs?)\b", re.IGNORECASE)


# "16 million pounds of thrust", "400 pounds of cocaine", "pounds per square inch": a mass or a force
# ("10 million pounds of funding" stays money: only things weighed follow).
_WEIGHED_THINGS = re.compile(
    r"\s+(?:per\s+square|of\s+(?:(?:raw|fresh|frozen|ground|live|dry|solid|liquid|toxic|plastic|food)\s+)?"
    r"(?:thrust|force|pressure|meat|beef|pork|chicken|poultry|fish|seafood|shrimp|lobster|food|produce|cocaine|heroin"
    r"|marijuana|cannabis|methamphetamine|fentanyl|drugs|explosives?|waste|trash|garbage|litter|debris|plastic|steel"
    r"|iron|coal|copper|aluminium|aluminum|sugar|flour|rice|butter|cheese|milk|grain|wheat|corn|feed|fertili[sz]er"
    r"|muscle|fat|ice|snow|sand|soil|dirt|cargo|luggage|payload|equipment|supplies|ammunition|rubbish|clothing"
    r"|scrap|paper|cardboard|pressure|lift|torque)\b)", re.IGNORECASE)


def _is_weight(text: str, start: int, end: int) -> bool:
    return bool(_WEIGHED_BEFORE.search(text[max(0, start - 40):start]) or _WEIGHT_AFTER.match(text, end)
                or _WEIGHED_THINGS.match(text, end)
                or _FITNESS_TALK.search(_sentence_around(text, start, end)))


def _sentence_around(text: str, start: int, end: int) -> str:
    """The rough sentence around a span: from the last sentence end before it to the next after it."""
    before = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start),
                 text.rfind("? ", 0, start))
    after = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return text[before + 1:min(after) if after else len(text)]


def _found(m: re.Match, surface: str, number_part: str, unit: str, pattern: str) -> Optional[Found]:
    amounts = read_amounts(number_part)
    if not amounts:
        return None
    amounts = _signed(surface, amounts)
    if pattern == "money_minor":  # pence and cents are written in the main currency (claims.md)
        amounts = [a / 100 for a in amounts]
    return Found(m.start(), m.end(), "money", amounts[0], unit, amounts[-1] if len(amounts) > 1 else None)


# A bare number that shares the unit of the figure right after it: "12 or $15", "5 or 6 per
# cent", "between 5 and 7 per cent", "280 million of the 1.5 billion shekels" (the last only with a scale word).
_SHARED_BEFORE = with_first_look_ahead(re.compile(
    rf"(?<![\w.,$£€¥%-])(?P<num>{SIGN}?{DIGITS}(?P<scale>{scale_pattern()})?)"
    r"(?P<joint>\s+or\s+|(?<=\d)\s+and\s+|(?<=[a-z])\s+and\s+|\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?)$"))


_SHARED_WORD_BEFORE = with_first_look_ahead(re.compile(rf"(?<![\w-])(?P<num>{WORD_NUMBER})\s+or\s+$", re.IGNORECASE))


# "77m euros, up from 38m", "rose to 5bn yen from 3.2bn": a bare figure after "from", "against",
# "compared with" in the same sentence is in the currency of the money figure before it.
_COMPARED_BARE = with_first_look_ahead(re.compile(
    rf"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    # "against the provisional estimate of -2.94", "from a revised (-1.2)": an earlier or later vintage
    r"(?:(?:(?:the|a|an|its)\s+)?(?:provisional(?:ly)?|preliminary|earlier|initial|previous|original|revised)\s+"
    r"(?:(?:estimates?|estimated|figures?|readings?)\s+(?:(?:of|at)\s+)?)?\(?)?"
    rf"(?P<num>{SIGN}?{DIGITS}(?P<scale>{scale_pattern()})?)"
    r"(?![\w%$£€¥.,]|\s*(?:%|per\s?cent|percent|pc\b))"))


# What may follow a bare percent compared ("20 percent, up from 15 a year earlier"): the end of a
# clause or a time, never a noun of its own ("from 15 stores").
_AFTER_BARE_PERCENT = re.compile(r"\s*(?:[.,;:)!?]|$|(?:a|an|the|in|on|at|last|previous|earlier|and|but|while|during|"
                                 r"before|after|when|as|over)\b)", re.IGNORECASE)


# A plural noun of its own after a bare figure compared with an amount: "from 1.5 million arrivals"
_NOUN_AFTER_BARE = re.compile(r"\s+(?!(?:years|months|weeks|days|quarters|earlier|previously|ago|was|is|as|this|that)\b)"
                              r"[a-z][a-z-]*s\b")


def _compared_bare(text: str, found: list[Found]) -> list[Found]:
    out = list(found)
    for f in found:
        if f.kind == "percent" and f.unit == "%":
            # "the tax is 20 percent, up from 15": the bare figure after "from" is a percent too, when
            # no other figure stands between ("rose 0.8% to 4,500 from 4,464" compares index levels)
            sentence_end = re.search(r"[.!?](?:\s|$)|\n", text[f.end:])
            window = text[f.end:f.end + (sentence_end.start() if sentence_end else 200)][:200]
            m = _COMPARED_BARE.search(window)
            if (m is None or m.group("scale") or re.search(r"\d", window[:m.start("num")])
                    or "," in m.group("num") or not _AFTER_BARE_PERCENT.match(window, m.end("num"))):
                continue
            start, end = f.end + m.start("num"), f.end + m.end("num")
            if any(g.start < end and start < g.end for g in out) or _YEAR.fullmatch(m.group("num")):
                continue
            amounts = read_amounts(m.group("num").lstrip("-− "))
            if amounts:
                out.append(Found(start, end, "percent", _signed(m.group("num"), amounts)[0], "%"))
            continue
        if f.kind != "money":
            continue
        sentence_end = re.search(r"[.!?](?:\s|$)|\n", text[f.end:])
        window = text[f.end:f.end + (sentence_end.start() if sentence_end else 200)][:200]
        for m in _COMPARED_BARE.finditer(window):
            start, end = f.end + m.start("num"), f.end + m.end("num")
            if any(g.start < end and start < g.end for g in out):
                continue
            if _YEAR.fullmatch(m.group("num")):
                continue
            if not m.group("scale") and re.search(scale_pattern(), text[f.start:f.end]):
                continue  # "$5bn, up from 3": a bare number beside a scaled figure is no amount
            if _NOUN_AFTER_BARE.match(window, m.end("num")):
                continue  # "$2.5bn from 1.5 million arrivals": a count of things, not an amount
            amounts = read_amounts(m.group("num").lstrip("-− "))
            if amounts:
                out.append(Found(start, end, "money", _signed(m.group("num"), amounts)[0], f.unit))
            break
    return sorted(out, key=lambda g: g.start)


@lru_cache(maxsize=None)
def _terms_patterns() -> tuple[re.Pattern, re.Pattern]:
    cur = currencies.table()
    names = lexicons.alternation([n for n in cur.names if n not in cur.bare_names or n.endswith("s")])
    singular = lexicons.alternation([n for n in cur.bare_names if not n.endswith("s")] + ["dollar", "rupee", "euro"])
    terms = re.compile(rf"\bin\s+(?:terms\s+of\s+)?(?:the\s+)?(?:(?P<cur>{names})(?:\s+terms)?|(?P<cur2>{singular})\s+terms)\b",
                       re.IGNORECASE)
    bare = re.compile(rf"(?<![\w.,$£€¥₹-]){SIGN}?{DIGITS}(?:{scale_pattern()})(?![\w%])(?!\s*(?:%|per\s?cent|percent))")
    return terms, bare


def _in_currency_terms(text: str, found: list[Found]) -> list[Found]:
    """ "In US dollars, remittances reached 1.2 billion", "in rupee terms exports hit 5 trillion":
    a scaled figure without a unit, in a sentence that says which currency it counts in."""
    terms, bare = _terms_patterns()
    out = list(found)
    count = None
    for m in terms.finditer(text):
        low = " ".join((m.group("cur") or m.group("cur2")).lower().split())
        candidates = currencies.table().names.get(low)
        if not candidates:
            continue
        count = count or currencies.mentions(text)
        unit = currencies.resolve(low, candidates, count)
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1, 0)
        ends = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i != -1]
        end = min(ends) if ends else len(text)
        for n in bare.finditer(text, start, end):
            if any(g.start < n.end() and n.start() < g.end for g in out):
                continue
            amounts = read_amounts(n.group(0).lstrip("-− "))
            if amounts:
                out.append(Found(n.start(), n.end(), "money", _signed(n.group(0), amounts)[0], unit))
    return sorted(out, key=lambda g: g.start)


@lru_cache(maxsize=None)
def _elision_patterns() -> tuple[re.Pattern, re.Pattern]:
    verbs = lexicons.alternation(lexicons.words("change.increase_verbs") + lexicons.words("change.decrease_verbs"))
    hedge = r"(?:(?:about|around|roughly|nearly|almost|some|just|another)\s+)?"
    after_verb = re.compile(rf"{verbs}\s+(?:by\s+)?{hedge}$", re.IGNORECASE)
    bare = re.compile(rf"{verbs}\s+(?:by\s+)?{hedge}(?P<num>{SIGN}?\d+(?:\.\d+)?)(?![.,]\d)"  # not "cut 1,000 jobs"
                      r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|but|while|whereas|on|after)\b)", re.IGNORECASE)
    return after_verb, bare


def _elided_percent(text: str, found: list[Found]) -> list[Found]:
    """ "The DAX rose 2 percent but the Nasdaq fell 1.": a bare number right after a change verb,
    later in the sentence of a percent change written the same way, is a percent change too."""
    after_verb, bare = _elision_patterns()
    out = list(found)
    for f in found:
        if f.kind != "percent" or f.unit != "%" or not after_verb.search(text, max(0, f.start - 40), f.start):
            continue
        sentence_end = re.search(r"[.!?](?:\s|$)|\n", text[f.end:])
        end = f.end + (sentence_end.start() + 1 if sentence_end else min(200, len(text) - f.end))
        for m in bare.finditer(text, f.end, end):
            start, stop = m.start("num"), m.end("num")
            if any(g.start < stop and start < g.end for g in out) or _YEAR.fullmatch(m.group("num")):
                continue
            amounts = read_amounts(m.group("num").lstrip("-− "))
            if amounts:
                out.append(Found(start, stop, "percent", _signed(m.group("num"), amounts)[0], "%"))
    return sorted(out, key=lambda g: g.start)


# "Inflation rose 2 points", "a quarter-point cut in interest rates": a named rate's move in
# points is a change in percentage points (claims.md); index and sports points are not.
_RATE_POINTS = with_first_look_ahead(re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS}|(?:a\s+)?quarter|half(?:\s+a)?|a\s+half|(?:one|two|three)(?:\s+and\s+a\s+half)?)"
    r"[-\s](?:percent(?:age)?[-\s])?points?\b(?!\s+(?:of|lead|win|victory|margin))", re.IGNORECASE))
_RATE_WORD = with_first_look_ahead(re.compile(r"\b(?:inflation|unemployment|jobless\s+rate|interest\s+rates?|(?:policy|repo|base|bank|"
                        r"mortgage|tax|savings|lending|deposit|discount)\s+rates?|rates?|yields?|CPI)\b", re.IGNORECASE))
_INDEX_WORD = with_first_look_ahead(re.compile(r"\b(?:index|indices|Dow|FTSE|Nasdaq|S&P|Nikkei|DAX|CAC|Hang\s+Seng|Sensex|Nifty|KSE|"
                         r"shares|stocks|average|scored?|scoring|game|match|poll|rating|lead)\b", re.IGNORECASE))


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:after|as|while|when|because|but|and|since|whereas|although)\b", re.IGNORECASE)


def _rate_points(text: str, found: list[Found]) -> list[Found]:
    out = list(found)
    for m in _RATE_POINTS.finditer(text):
        if "percentage" in m.group(0).lower() or any(g.start < m.end() and m.start() < g.end for g in out):
            continue
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1, 0)
        before = _CLAUSE_BREAK.split(text[start:m.start()])[-1]
        after = _CLAUSE_BREAK.split(re.split(r"[.!?](?:\s|$)|\n", text[m.end():m.end() + 60])[0])[0]
        if not (_RATE_WORD.search(before) or _RATE_WORD.search(after)) or _INDEX_WORD.search(before + " " + after):
            continue
        num = m.group("num").lower()
        value = digits_value(num) if num[0].isdigit() else {"quarter": 0.25, "a quarter": 0.25, "half": 0.5,
                                                              "half a": 0.5, "a half": 0.5}.get(" ".join(num.split()))
        if value is None:
            value = word_value(num.replace(" and a half", "")) or 0
            value += 0.5 if "half" in num else 0
        if 0 < value <= 20:
            out.append(Found(m.start(), m.end(), "percent", value, "pp"))
    return sorted(out, key=lambda g: g.start)


# A list of bare numbers before the figure whose unit they share: "2.25, -3.76 and 0.07 percent",
# "4.1 and 3.9 per cent respectively" (the last item, with its "and", stands right before the figure).
_LIST_BEFORE = re.compile(rf"(?P<items>(?:{SIGN}?{DIGITS}\s*,\s*)*{SIGN}?{DIGITS}),?\s+and\s+$")
_LIST_ITEM = re.compile(rf"(?P<num>{SIGN}?{DIGITS})")


def _listed_shared(text: str, found: list[Found]) -> list[Found]:
    """The items of a list that share the unit of its last figure: "Agriculture, industry and services
    grew 2.25, -3.76 and 0.07 percent" are three percents. Only where the items cannot be counts or
    years: every item a decimal or signed, or the sentence saying "respectively" (an "and" between
    two whole numbers, "rose 5 and 7 percent", is left alone)."""
    out = list(found)
    taken = sorted((f.start, f.end) for f in found)
    for f in found:
        if f.kind != "percent" or f.value_max is not None:
            continue
        window = max(0, f.start - 120)
        m = _LIST_BEFORE.search(text, window, f.start)
        if m is None or (m.start() > 0 and re.match(r"[\w.$£€¥%-]", text[m.start() - 1])):
            continue
        items = list(_LIST_ITEM.finditer(text, m.start("items"), m.end("items")))
        after = text[f.end:f.end + 200]  # (a bounded look: this runs for every listed percent of the text)
        sentence_end = re.search(r"[.;!?](?:\s|$)", after)
        after = after[:sentence_end.start()] if sentence_end else after
        plain = all("." in i.group("num") or re.match(SIGN, i.group("num")) for i in items)
        if not (plain or re.search(r"\brespectively\b", after, re.IGNORECASE)):
            continue
        if any(_YEAR.fullmatch(i.group("num").strip()) for i in items):
            continue  # "in 2031 and 2032": years
        for i in items:
            start, end = i.start("num"), i.end("num")
            if any(s < end and start < e for s, e in taken):
                continue
            out.append(Found(start, end, f.kind, _signed_number(i.group("num")), f.unit))
    return sorted(out, key=lambda f: f.start)


def _share_units(text: str, found: list[Found]) -> list[Found]:
    """The figures found, with the bare numbers that share a unit written once: each pass reads one
    shape of sharing ("up from 38m" after "77m euros"; "in US dollars, … 1.2 billion"; "the Nasdaq
    fell 1."; "rates rose 2 points"; "2.25, -3.76 and 0.07 percent"; "5 or 6 per cent")."""
    for share in (_compared_bare, _in_currency_terms, _elided_percent, _rate_points, _listed_shared, _shared_with_next):
        found = share(text, found)
    return found


def _shared_with_next(text: str, found: list[Found]) -> list[Found]:
    """A bare number, or a number word, that shares the unit of the figure right after it ("12 or
    $15", "two or three pounds", "between 5 and 7 per cent", "5 or 6 billion dollars" with its scale)."""
    out: list[Found] = []
    for f in found:
        if f.kind in ("money", "percent"):
            before = text[max(0, f.start - 40):f.start]
            m = _SHARED_BEFORE.search(before)
            w = None if m or not text[f.start:f.start + 1].isalpha() else _SHARED_WORD_BEFORE.search(before)
            if w and word_value(w.group("num")) is not None and all(g.end <= f.start - len(before) + w.start("num")
                                                                    for g in out):
                # "two or three pounds", "five or six per cent": a number word shares the unit of
                # the number word after "or"
                out.append(Found(f.start - len(before) + w.start("num"), f.start - len(before) + w.end("num"),
                                 f.kind, word_value(w.group("num")), f.unit))
            if m:
                start = f.start - len(before) + m.start("num")
                end = f.start - len(before) + m.end("num")
                joint = m.group("joint").strip()
                if joint == "and" and not re.search(r"\bbetween\s+$", before[:m.start("num")], re.IGNORECASE):
                    out.append(f)  # "and" shares a unit only inside "between 5 and 7 per cent"
                    continue
                of_joint = joint not in ("or", "and")
                free = all(g.end <= start or g.start >= end for g in out)
                year = _YEAR.fullmatch(m.group("num"))
                if free and not year and (not of_joint or m.group("scale")):
                    amounts = read_amounts(m.group("num").lstrip("-− "))
                    if amounts:
                        value = _signed(m.group("num"), amounts)[0]
                        if not m.group("scale") and not of_joint:
                            borrowed = re.search(scale_pattern(), text[f.start:f.end])
                            scale = read_amounts("1" + borrowed.group(0)) if borrowed else None
                            if scale and value * scale[0] <= f.value:
                                value *= scale[0]  # "5 or 6 billion dollars"
                        out.append(Found(start, end, f.kind, value, f.unit))
        out.append(f)
    return sorted(out, key=lambda f: f.start)


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
    if not _is_change_from(text, f.start, f.end) and f.value_max >= f.value:
        return [f]
    first = Found(f.start, f.start + joint.start(), f.kind, f.value, f.unit)
    second = Found(f.start + joint.end(), f.end, f.kind, f.value_max, f.unit)
    return [first, second]


# "from 24.2 to 33-35 billion euros": a bare level before "to" and a range that carries the unit.
_BARE_FROM_BEFORE = re.compile(rf"(?i)\bfrom\s+(?P<num>{SIGN}?{DIGITS})\s+to\s+$")


def _level_before_range(text: str, f: Found) -> list[Found]:
    """The first level of a change to a range ("rose from 24.2 to 33-35 billion euros", "from 4.8
    to 5-6 percent"): a claim of its own (claims.md: a change's two levels), in the range's unit and
    with the scale the range's low end is written with ($24.2 billion). Else nothing."""
    if f.value_max is None or f.value_max < f.value:
        return []
    surface = text[f.start:f.end]
    if re.search(r"\s+to\s+", surface):
        return []  # "from 24.2 to 33 billion euros" is split at "to" already (_split_from_to)
    m = _BARE_FROM_BEFORE.search(text, max(0, f.start - 60), f.start)
    low = re.search(DIGITS, surface)
    if m is None or low is None or _YEAR.fullmatch(m.group("num")):
        return []  # ("from 2019 to 2021-22": years)
    if not _is_change_from(text, m.start("num"), f.end):
        return []  # "prices ranging from 5 to 7-9 dollars": no change
    written, bare = digits_value(low.group(0)), read_amounts(m.group("num"))
    if not written or not bare:
        return []
    first = _signed(m.group("num"), bare)[0] * (f.value / written)
    return [Found(m.start("num"), m.end("num"), f.kind, first, f.unit)]


def _read_percent(m: re.Match, text: str) -> Optional[Found]:
    surface = m.group(0)
    pair = None
    if re.search(r"\d\s+to\s+[-−\d.]", surface):
        # "5 to 7 per cent" is a range, but "from 4.8 to 4.7 percent" is a change between two
        # levels: then only the second number carries the unit, and only it is read here.
        second_at = re.search(r"\s+to\s+", surface).end()
        pair = _signed_number(surface), _signed_number(surface[second_at:])
        if pair[1] < pair[0] or _is_change_from(text, m.start(), m.end()) or _revision_pair(text, m.start(), m.end()):
            shifted = re.compile(re.escape(surface[second_at:])).search(text, m.start() + second_at)
            return _read_percent(shifted, text) if shifted else None
    low = surface.lower()
    number = re.sub(r"(?i)[-\s]?(?:%|per[-\s]?cent|pct|pc|percentage[-\s]points?|pp|ppts?|basis[-\s]points?|bps?)$", "", surface)
    if number.lower() == "zero":
        return Found(m.start(), m.end(), "percent", 0.0, "pp" if "point" in surface.lower() else "%")
    amounts = read_amounts(number) or [v for v in [word_value(number)] if v is not None]
    if not amounts:
        return None
    amounts = list(pair) if pair else _signed(surface, amounts)  # "-0.5 to 1.2%": each number its own sign
    unit = "pp" if re.search(r"points?$|pp$|ppts?$|bps?$", low) else "%"
    if "basis" in low or re.search(r"\dbps?$|\sbps?$", low):
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
    def join(f: Found, g: Found) -> Optional[Found]:
        gap, before = text[f.end:g.start], text[max(0, f.start - 20):f.start]
        if g.kind != f.kind or g.unit != f.unit or not any(
                opener.search(before) and joiner.fullmatch(gap) for opener, joiner in _RANGE_FRAMES):
            return None
        low, high = f.value, g.value_max or g.value
        scale = _borrowed_scale(text[f.start:f.end], text[g.start:g.end])
        if scale and f.value_max is None and low * scale <= high:
            low *= scale  # "between $5 and $7 million": 5 million
        return Found(f.start, g.end, f.kind, low, f.unit, high) if high >= low else None

    return _merge_neighbours(found, join)


def _merge_neighbours(found: list[Found], join) -> list[Found]:
    """Each figure with the next one, where ``join(f, g)`` makes them one range (a Found), else alone."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        merged = join(found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(merged or found[i])
        i += 2 if merged else 1
    return out


def _borrowed_scale(first: str, second: str) -> Optional[float]:
    """The scale a figure written without one borrows from the next figure of its range: "$5" in
    "$5 and $7 million" → 1e6; None when the first has a scale or the second none."""
    if re.search(scale_pattern(), first):
        return None
    m = re.search(rf"\d(?P<scale>{scale_pattern()})", second)
    if m is None:
        return None
    amounts = read_amounts("1" + m.group("scale"))
    return amounts[0] if amounts and amounts[0] > 1 else None


@lru_cache(maxsize=None)
def _change_cue() -> re.Pattern:
    words = (lexicons.words("change.increase_verbs") + lexicons.words("change.decrease_verbs")
             + lexicons.words("change.increase_nouns") + lexicons.words("change.decrease_nouns")
             + ["went", "go", "goes", "gone", "moved", "move", "revised", "revise", "raised", "raise", "lowered",
                "changed", "shifted", "swung", "narrowed", "widened", "hiked", "slashed", "trimmed", "slowed"])
    return re.compile(lexicons.alternation(words), re.IGNORECASE)


# right after a pair, "to" and another figure: "from 5 to 7 per cent to 3 to 5 per cent"
_TO_FIGURE = re.compile(r"\s+to\s+[-−$£€¥]?\d")


def _is_change_from(text: str, start: int, end: int) -> bool:
    """ "rose from $5 to $7": a change between two levels. "Homes from $750,000 to $1 million",
    "prices ranging from ...", "from 5 to 7 per cent to 3 to 5 per cent": ranges."""
    before = text[max(0, start - 80):start]
    if not re.search(r"\bfrom\s*$", before, re.IGNORECASE) or _RANGE_FRAMES[1][0].search(before):
        return False
    if _TO_FIGURE.match(text, end):
        return False  # a range revised to another range
    clause = re.split(r"[.;:!?(]|,\s|\b(?:and|but|while|which|who|that)\b", before)[-1]
    if _change_cue().search(clause):
        return True
    # an item of a list whose verb its first item holds: "growth was revised from 3.2% to 10.5%,
    # livestock from 2.4% to 3.3%" (the sentence so far already moved one figure from … to …)
    sentence = re.split(r"[.;!?]\s", text[max(0, start - 300):start])[-1]
    return bool(_ELIDED_ITEM.search(clause)) and any(
        _change_cue().search(sentence, 0, m.start()) for m in _FROM_TO.finditer(sentence))


# right before the first figure of a pair: an open bracket, or "from" with an estimate's label
_PAIR_OPENING = re.compile(r"(?i)(?:\(|\bfrom(?:\s+(?:the|an?|its)\s+(?:provisional|preliminary|initial))?)\s*$")


def _revision_pair(text: str, start: int, end: int) -> bool:
    """ "The growth rates were revised: industry (6.83 to 6.95%)", "revised GDP growth from 6.1 to
    6.17%", "agriculture improved from the provisional 1.55% to 2.25%": a pair in brackets or after
    "from", in a sentence that names a revision or goes on with one named before it
    (revisions.continues_revision), is the figure before and after the revision (two levels), not a range."""
    if not _PAIR_OPENING.search(text, max(0, start - 30), start) or _TO_FIGURE.match(text, end):
        return False  # ("from 5 to 7 per cent to 3 to 5 per cent": a range revised to another range)
    sentence = re.split(r"[.;!?]\s", text[max(0, start - 600):start])[-1]
    return names_revision(sentence) or continues_revision(text, start - len(sentence))


_ELIDED_ITEM = re.compile(r"^\s*(?:and\s+)?(?:the\s+)?[\w'’ -]{1,40}\bfrom\s*$", re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\s+[-−(]?[$£€¥₹]?\s?\d[\d.,]*[^\d.;]{0,15}?\s+to\s+[-−(]?[$£€¥₹]?\s?\d")


# "$1 million to $1.25 million", "15 per cent to 20 per cent", "five per cent to 20 per cent":
# two figures joined by "to" or a dash are one range, unless a change joins them ("rose from").
_PAIR_JOINT = re.compile(r"\s+to\s+|\s?[-–]\s?")


def merge_pair_ranges(text: str, found: list[Found]) -> list[Found]:
    def join(f: Found, g: Found) -> Optional[Found]:
        rising = g.value_max is None and f.value_max is None and g.value >= f.value
        if (g.kind == f.kind and g.unit == f.unit and f.kind in ("money", "percent") and rising
                and _PAIR_JOINT.fullmatch(text[f.end:g.start]) and not _is_change_from(text, f.start, g.end)
                and not _revision_pair(text, f.start, g.end)
                and (not _change_right_before(text, f.start) or "to" not in text[f.end:g.start])):
            # "rose 5% to 7%" is a change and a level; "fell 5%-6%" is one range of the change
            return Found(f.start, g.end, f.kind, f.value, f.unit, g.value)
        return None

    return _merge_neighbours(found, join)


def _change_right_before(text: str, start: int) -> bool:
    """ "rose 5% to 7%": a change verb right before the first figure (optionally "by")."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 25):start])[-2:]
    return any(_change_cue().fullmatch(w) for w in words)
