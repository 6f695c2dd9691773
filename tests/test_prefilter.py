"""Skipped regex scans would have found nothing: the period rules, the place patterns and the
currency table give what the full scans and Babel's own loading give."""
import re

import pytest

from extractor import article_actors, periods
from extractor.prefilter import FOLDS_TO_ASCII, lowered_for_matching, may_match, required_words

# Invented sentences: periods of many rules, places by alias and demonym, and the characters
# Python's re folds to ASCII letters ("İ", "ı", "ſ", the Kelvin sign).
TEXTS = [
    "Exports rose 4% in the first six months of fiscal 2023-24, the ministry said on 3 March.",
    "In the July-March period of FY24, remittances from Ruritanian workers reached $2bn.",
    "Profits in the third quarter fell 8% from the same period last year, the Pakistani firm said.",
    "Sales in H1 2021 beat those of the year-earlier half; in Q3 they slowed again in mid-2021.",
    "During Shrawan, the first month of the current fiscal year, imports grew. Karachi traders agreed.",
    "The US and the U.K. agreed in Washington that British and American tariffs would fall by 2025.",
    "Between 2019 and 2021, output in the month under review doubled, compared with a decade ago.",
    "İSTANBUL, May 4: The Turkısh lira fell; ſales in the US dropped 3% this year. UNITED KINGDOM",
    "Growth slowed over the past few quarters and in recent weeks, the British Retail Consortium said.",
    "nothing here has a period or a place at all, just plain words and 42 things",
    "The Kelvin sign \u212a and a dotless \u0131 in \u0130ndia, with janUARY 2020 sales in INDIA.",
]


def test_prefilter_folding_characters_are_all_listed():
    """Every non-ASCII character a case-insensitive pattern matches to an ASCII letter or digit."""
    folding = re.compile("[a-z0-9]", re.IGNORECASE)
    found = {chr(cp) for cp in range(0x80, 0x110000) if folding.fullmatch(chr(cp))}
    assert found == set(FOLDS_TO_ASCII.pattern[1:-1])


def test_prefilter_required_words_of_patterns():
    assert required_words(r"\bfiscal\s+year\b", re.IGNORECASE) == (frozenset({"fiscal"}), frozenset({"year"}))
    assert required_words(r"(?:the\s+)?(?:Jan|Feb)uary\s+\d+") == (frozenset({"jan", "feb"}), frozenset({"uary"}))
    assert required_words(r"(?:annual\s+)?\d+") == ()  # an optional word is not required
    assert required_words(r"(?:sales|\d+)%") == (frozenset({"%"}),)  # one alternative has no word


def test_prefilter_may_match():
    required = required_words(r"\bfiscal\s+year\b", re.IGNORECASE)
    assert may_match(required, lowered_for_matching("The FISCAL Year ended."))
    assert not may_match(required, lowered_for_matching("The fiscal plan for next month."))
    assert lowered_for_matching("ſales") is None  # always scanned
    assert may_match(required, None)


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_period_rules_skip_only_texts_they_cannot_match(text):
    lowered = lowered_for_matching(text)
    for rule in periods.RULES:
        if not may_match(rule.required, lowered):
            assert rule.compiled.search(text) is None, rule.name


def test_prefilter_find_periods_as_with_every_rule_scanned(monkeypatch):
    skipping = [periods.find_periods(text) for text in TEXTS]
    monkeypatch.setattr(periods, "may_match", lambda required, lowered: True)
    assert [periods.find_periods(text) for text in TEXTS] == skipping
    assert any(skipping)


def _place_counts_in_full(text, title):
    """Every place pattern run over text and headline (the counts before the prefilter)."""
    counts, first = {}, {}
    for place, pattern in article_actors._place_patterns().items():
        n = sum(1 for m in pattern.finditer(text) if article_actors._names_place(m.group(0))
                and not article_actors._COMPANY_AFTER.match(text, m.end()))
        n += article_actors.TITLE_WEIGHT * sum(1 for m in pattern.finditer(title) if article_actors._names_place(m.group(0))
                                               and not article_actors._COMPANY_AFTER.match(title, m.end()))
        if n:
            counts[place] = n
            first[place] = next((m.start() for m in pattern.finditer(text) if article_actors._names_place(m.group(0))
                                 and not article_actors._COMPANY_AFTER.match(text, m.end())), len(text))
    return counts, first


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_place_counts_as_every_pattern_gives(text):
    title = "Pakistani exports and the US: a Ruritanian view"
    for headline in ("", title):
        counts, first = article_actors._place_counts(text, headline)
        assert (counts, first) == _place_counts_in_full(text, headline)
        assert list(counts) == list(_place_counts_in_full(text, headline)[0])  # same order (ties)
        counts["Nowhere"] = 1  # the caller's copy: the kept result is not changed
        assert article_actors._place_counts(text, headline) == _place_counts_in_full(text, headline)


def test_currency_table_symbols_as_babel_gives_them():
    """The table reads each locale once and empties Babel's cache: the symbols, their order and the
    lakh-grouping currencies are those of reading every locale straight from Babel."""
    import datetime as dt

    from babel import Locale, localedata
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    from extractor import currencies

    table = currencies.table()
    symbols: dict[str, list[str]] = {}
    lakh = set()
    for terr in Locale("en").territories:
        if not (len(terr) == 2 and terr.isalpha() and terr != "ZZ"):
            continue
        codes = get_territory_currencies(terr, start_date=dt.date.today(), tender=True)
        for loc_id in [f"{lang}_{terr}" for lang in get_official_languages(terr, de_facto=True)[:2]] + [f"en_{terr}"]:
            if not localedata.exists(loc_id):
                continue
            loc = Locale.parse(loc_id)
            for code in codes:
                sym = loc.currency_symbols.get(code, "").strip()
                sym = sym[:-1] if sym.endswith(".") and sym[:-1].isalpha() else sym
                if code in loc.currency_symbols and sym and sym != code and currencies._latin_symbol(sym):
                    if code not in symbols.setdefault(sym, []):
                        symbols[sym].append(code)
            pattern = loc.decimal_formats.get(None)
            if pattern is not None and tuple(pattern.grouping)[:2] == (3, 2):
                lakh.update(codes)
    assert table.lakh_codes == frozenset(lakh)
    local = set(currencies.lexicons.load("currencies")["symbols"])
    for sym, codes in symbols.items():  # CLDR's order of candidates, after the local table's
        if sym not in local:
            assert list(table.symbols[sym][:len(codes)]) == codes, sym


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_country_counts_as_every_pattern_gives(text):
    text = text + " Dhaka and Kathmandu, the SBP said; Rs 5 crore in Colombo."
    full = {c: len(p.findall(periods._CURRENCY_NAMES.sub(" ", text))) for c, p in periods._country_patterns().items()}
    full["Nepal"] = full.get("Nepal", 0) + len(periods._BIKRAM_SAMBAT_YEAR.findall(periods._CURRENCY_NAMES.sub(" ", text)))
    assert periods.country_cues(text) == {c: n for c, n in full.items() if n}
    assert periods.country_cues(text)


# --- prefilter.finditer: only the stretches that can hold a match are scanned --------------------

from extractor import currencies, quantities  # noqa: E402
from extractor.prefilter import finditer, scan_plan  # noqa: E402

# Invented text with barriers of every kind around period phrases, figures and places.
SCAN_TEXTS = TEXTS + [
    "Sales rose (in the first half of 2021) by 5%; exports: up 3 per cent. \"In March 2020, Pakistan's\" "
    "output fell [a quarter of it] to $2.3bn!\nIn Q3 2022 Indian firms paid Rs. 45 crore, a two-fold rise.",
    "Between January and March, the Bank of Ruritania cut rates; from Jan. 5, 2024 to Feb. 2 the rupee fell 2-3%.",
    "Profits doubled. Half of the 12 firms, one in five, grew three times faster than in 2019/20.",
    "",
    "no barrier at all just words about the last year and next year in fiscal 2023 for twice as many",
]


def _patterns_scanned():
    words = article_actors._place_first_words()
    pats = [(rule.compiled, rule.required) for rule in periods.RULES]
    pats += [(pattern, (words[place],)) for place, pattern in article_actors._place_patterns().items()]
    pats += [(pattern, None) for pattern in quantities._patterns().values()]
    return pats + [(currencies._country_names(), None)]


def _seed_texts():
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "corpus" / "seeds.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_prefilter_finditer_finds_what_the_whole_scan_finds():
    texts = SCAN_TEXTS + _seed_texts()
    for compiled, required in _patterns_scanned():
        for text in texts:
            whole = [(m.span(), m.groups()) for m in compiled.finditer(text)]
            assert [(m.span(), m.groups()) for m in finditer(compiled, text, None, required)] == whole, compiled.pattern[:80]


def test_prefilter_finditer_skips_stretches_without_the_required_words():
    pattern = re.compile(r"\bfiscal\s+year\s+\d+", re.IGNORECASE)
    plan = scan_plan(pattern)
    assert "." in plan.barrier and "\n" not in plan.barrier  # \s consumes a line break
    assert plan.digit
    text = "Exports rose. The FISCAL year 2023 ended. Fiscal policy held. The year 2024 came."
    found = [m.group(0) for m in finditer(pattern, text)]
    assert found == ["FISCAL year 2023"]
    stretches = [text[s:e] for s, e in _stretches_with(pattern, text)]
    assert stretches == [" The FISCAL year 2023 ended"]


def _stretches_with(pattern, text):
    """The (start, end) of the stretches finditer scans, recorded by a stand-in for the pattern."""
    import extractor.prefilter as prefilter

    calls = []

    class Recording:
        def finditer(self, text, start=0, end=None):
            calls.append((start, end))
            return pattern.finditer(text, start, end)

    recording = Recording()
    key = (id(recording), None)
    prefilter._plans[key] = scan_plan(pattern)
    try:
        list(prefilter.finditer(recording, text))
    finally:
        del prefilter._plans[key]
    return calls


def test_prefilter_finditer_scans_whole_text_when_a_match_could_be_empty_or_anchored():
    for pattern in (re.compile(r"\d*"), re.compile(r"^\w+"), re.compile(r"(a)\1")):
        assert scan_plan(pattern).splits is None
        text = "ab. aa 12, x"
        assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_prefilter_finditer_look_arounds_see_across_stretch_ends():
    # The look-behind sees the character before the stretch, the look-ahead the barrier after it.
    pattern = re.compile(r"(?<![\w.])year(?![\w%])", re.IGNORECASE)
    for text in ("a.year. b", "x;year;", "5%year,year5.year"):
        assert [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


# --- the look-ahead at a pattern's first characters (prefilter.with_first_look_ahead) ---------------

def _without_look_ahead(compiled):
    """The pattern as written, before with_first_look_ahead put its look-ahead in front."""
    from extractor.prefilter import _GLOBAL_FLAGS

    source = compiled.pattern
    head = _GLOBAL_FLAGS.match(source)
    cut = head.end() if head else 0
    assert source[cut:cut + 3] == "(?=", source[:60]
    depth, i = 0, cut
    while True:  # the look-ahead's closing parenthesis
        if source[i] == "\\":
            i += 2
            continue
        depth += source[i] == "("
        depth -= source[i] == ")"
        i += 1
        if depth == 0:
            return re.compile(source[:cut] + source[i:], compiled.flags)


def _led_patterns():
    from extractor import change

    pats = list(quantities._patterns().values()) + [rule.compiled for rule in periods.RULES]
    pats += list(change._patterns().values())
    return [p for p in pats if p.pattern.startswith("(?=")]


def test_with_first_look_ahead_leads_patterns_that_start_with_a_look_behind_or_a_word_boundary():
    from extractor.prefilter import with_first_look_ahead

    led = with_first_look_ahead(re.compile(r"(?<![\w.])(?:two|three|\d+)\s+(?:cents|pence)\b", re.IGNORECASE))
    assert led.pattern.startswith("(?=")
    assert [m.span() for m in led.finditer("Tea cost Two pence, then 30 cents.")] == [(9, 18), (25, 33)]
    assert led.search("Tea cost tWO PENCE") and not led.search("Tea cost wo pence")
    # left as they are: a pattern that may match empty, one anchored at the start, one led by a literal
    for source in (r"\b(?:two)?", r"^\s+more\b", r"Rs\.?\s?\d+", r"(?i:[xy])\d"):
        assert with_first_look_ahead(re.compile(source)).pattern == source


def test_with_first_look_ahead_finds_what_the_pattern_finds():
    texts = SCAN_TEXTS + _seed_texts() + [
        "Shares rose two-thirds, a tenfold jump; ſales fell 3 per cent and Five pence, minus 5%, −2.5pc.",
        "a half-point cut, one in five, 3 out of 10 adults, half a million pounds, US$ 2bn, Rs. 45 crore",
        "Profits grew by about 4% against 3.1 percent, up 7 percentage points; revenue increased 12%.",
        "\u0130N JANUARY the K\u0131LN shed 2 \u212aM; six FOLD; DOUBLED; Twice as big; 1.5 times earnings",
    ]
    patterns = _led_patterns()
    assert len(patterns) > 50
    for led in patterns:
        plain = _without_look_ahead(led)
        for text in texts:
            assert [(m.span(), m.groups()) for m in led.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], led.pattern[:80]


def test_with_first_look_ahead_on_random_text():
    """Random strings of the characters and words the patterns start with, ignoring case or not."""
    import random

    pieces = ["two", "Two", "TEN", "half", "a", "one", "in", "five", "per", "cent", "%", "$", "Rs", "£", "-", "−",
              "minus", "1", "2.5", ",", ".", "bn", "m", "\u017f", "\u212a", "\u0131", "\u0130", "fiscal", "year", "Q3",
              "March", "2024", "rose", "fell", "by", "of", "points", "times", "fold", "pence", "dollars", " ", "  ", "\n"]
    rng = random.Random(18)
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 12)))
             for _ in range(400)]
    for led in _led_patterns():
        plain = _without_look_ahead(led)
        for text in texts:
            assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)], (led.pattern[:60], text)
