"""Is the quantity itself a change? ("increased 47.4 percent" → increase; "increased to $2.72 billion" → a level.)

Cues are read in the raw text around the quantity: a change verb right before it
(optionally an adverb, "by" and a qualifier), a change noun right after it ("a 5% rise",
"30% negative growth"), "growth of", a change noun with what changed ("a decrease in
exports by $1m"), or "up/down" before it. "to", "at", "from" between the verb and the
number make it a level, except for growth rates: a percent that is the value of a growth
noun ("GDP growth stood at 6.1%", "the growth rate was 4%") or of a growth verb with "at"
("the economy grew at 8%") is the growth itself (gold/sa-dev-decisions.md: growth rates
are `increase`). A difference stated against another amount ("$2bn more than last year")
is a change. :func:`series_change` carries a change to the figures listed after it in the
same sentence ("fell 10% in value and 11% in quantity", "grew 7.8% as against 6.1% in
the quarter before", "declined by 3%, while yarn by 4%").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractor import lexicons
from extractor.prefilter import with_first_look_ahead

# A growth noun's value follows one of these ("growth stood at 6.1%", "growth rate was 4%")
_LINKS = (r"(?:was|is|were|are|be|been|stood\s+at|stands\s+at|at|of|to|reached|recorded\s+at|came\s+in\s+at"
          r"|clocked|clocking|registered|pegged\s+at|estimated\s+at|projected\s+at|put\s+at|hit)")
# What stands between a growth noun and its value must not name another figure or measure.
_GROWTH_NOUN = with_first_look_ahead(re.compile(r"\bgrowth\b(?:\s+rate\b)?", re.IGNORECASE))
_NOT_GROWTH_VALUE = with_first_look_ahead(re.compile(r"%|\bper\s*cent\b|\bpercent\b|[$£€₹]|\d[.,]\d|[.;:!?]\s|\b(?:while|whereas|but)\b(?!\s+it\b)|\b(?:share|"
                               r"proportion|ratio|contribut\w*|accounted|inflation|unemployment|jobless|interest|"
                               r"deficit|debt|target|which|that|who|rates?|prices?)\b", re.IGNORECASE))


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    qualifiers = [w for key in ("more_than", "less_than", "at_least", "at_most", "approx")
                  for w in lexicons.words(f"qualifier.{key}")]
    qual = lexicons.alternation(qualifiers)
    pats = {}
    for direction in ("increase", "decrease"):
        verbs = lexicons.alternation(lexicons.words(f"change.{direction}_verbs"))
        # verbs that move their object ("raised rates by 0.25 points"); alone, "raised $5m" is a level
        movers = lexicons.alternation(lexicons.words(f"change.{direction}_verbs") + lexicons.words(f"change.{direction}_transitive"))
        nouns = lexicons.alternation(lexicons.words(f"change.{direction}_nouns"))
        # "rose 80.6%", "increased by 23%", "increased marginally by 0.4%", "grew by about 5%",
        # "were up 3%", "year-on-year growth of 4%", "a decrease in exports by $1m"
        pats[f"{direction}_before"] = re.compile(
            rf"(?:{verbs}(?:\s+[a-z]+ly)?(?:\s+(?:by|of))?|{nouns}\s+(?:of|by)"
            rf"|{nouns}\s+in\s+(?:[\w'’-]+\s+){{1,4}}?(?:of|by)"
            # "raised interest rates by 0.25 points", "cut its workforce by 5%": the verb's object between
            rf"|{movers}\s+(?!(?:to|from|at|in|on|for|of|by)\b)(?:[a-z][\w'’-]*\s+){{1,4}}?by"
            # "costs were trimmed by £50m", "rates were raised by 0.25 points": the moved object as subject
            rf"|\b(?:was|were|been|be|is|are)\s+(?:[a-z]+ly\s+)?{movers}\s+by)"
            # "grew a lacklustre 2.9%", "rose a healthy 12%": an article and the reporter's adjective
            rf"\s+(?:between\s+)?(?:{qual}\s+)?(?:(?:just|only|a|an|the|another|a\s+further"
            rf"|an?\s+(?!(?:year|month|week|day|quarter|half|total)\b)[a-z]+)\s+)?$",
            re.IGNORECASE)
        # "a 5% rise", "76% jump", "more than 100% growth", "$3m increase", "5% higher", "5% more"
        pats[f"{direction}_after"] = re.compile(
            rf"^[-\s]*(?:(?:year-on-year|annual|yearly|monthly|quarterly|y/y|yoy)\s+)?{nouns}",
            re.IGNORECASE)
    # "24% higher than in 2003", "5% up on last year": a change against the basis named after it
    pats["increase_after_adj"] = re.compile(r"^\s+(?:higher|up|more)\b", re.IGNORECASE)
    pats["decrease_after_adj"] = re.compile(r"^\s+(?:lower|down|less|fewer)\b", re.IGNORECASE)
    # "Rs 500 crore more than a year earlier", "90,000 more people": a difference is a change
    pats["increase_after_than"] = re.compile(r"^\s+(?:more|higher)\s+than\b", re.IGNORECASE)
    pats["decrease_after_than"] = re.compile(r"^\s+(?:less|lower|fewer)\s+than\b", re.IGNORECASE)
    pats["increase_after_count"] = re.compile(r"^\s+more\s+(?!than\b)[a-z]", re.IGNORECASE)
    # "with 4,000 workers axed", "300 jobs lost": a count of things taken away is a fall
    pats["decrease_after_count"] = re.compile(r"^\s+fewer\s+(?!than\b)[a-z]|^\s+(?:[a-z-]+\s+){1,2}(?:axed|shed|slashed|lost|cut|laid\s+off)\b",
                                              re.IGNORECASE)
    # "the economy grew at 8%", "spending rose in Q1 at -0.7%": the growth rate; "contracted at 2%"
    for direction, key in (("increase", "growth_verbs"), ("decrease", "contraction_verbs")):
        verbs = lexicons.alternation(lexicons.words(f"change.{key}"))
        pats[f"{direction}_rate"] = re.compile(
            rf"{verbs}(?:\s+[\w'’-]+){{0,3}}?\s+at\s+(?:(?:an?|the)\s+(?:annual|yearly|annualised|annualized)\s+(?:rate\s+of\s+)?)?(?:{qual}\s+)?$",
            re.IGNORECASE)
    # what links a growth noun to its value, right before the value ("... stood at", "... to a record high of")
    pats["growth_link"] = re.compile(rf"\b{_LINKS}\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:of\s+)?)?(?:{qual}\s+)?$",
                                     re.IGNORECASE)
    # the same matches, with a look-ahead at the characters they can start with (prefilter.py)
    return {name: with_first_look_ahead(pattern) for name, pattern in pats.items()}


_NEGATIVE_GROWTH = with_first_look_ahead(re.compile(r"\bnegative\s+growth\s+(?:of|by)\s+(?:(?:about|around|nearly|almost|over|just)\s+)?$",
                              re.IGNORECASE))
# "(-)0.17 per cent", "grew (-) 2.1%": the bracketed minus of South Asian statistics, standing apart
# from the number (sa-dev decisions: value 0.17, a decrease)
_BRACKETED_MINUS = re.compile(r"\([-−–]\)\s?$")
_NEGATIVE_GROWTH_AFTER = re.compile(r"^[-\s]*(?:(?:year-on-year|annual|yearly|y/y|yoy)\s+)?negative\s+growth\b", re.IGNORECASE)


# "made up 94 percent of exports", "taking up 12% of the budget": "up" of a share, no rise
_MADE_UP = re.compile(r"(?i)\b(?:make|makes|made|making|take|takes|took|taken|taking)\s+up\s+(?:(?:about|around|nearly|"
                      r"almost|over|some|just|only|roughly|more\s+than|less\s+than|close\s+to|a|an|the)\s+)*$")


def change_for(text: str, start: int, end: int, kind: str) -> Optional[str]:
    """``increase``/``decrease`` when the quantity at text[start:end] is a change, else None."""
    if kind == "multiple":
        return None  # a multiple is a ratio (claims.md), even "doubled"
    pats = _patterns()
    before = text[max(0, start - 60):start]
    if re.search(r"[a-z]{3}\.$", before):
        before = before[:-1] + " "  # "were reduced.0.62 per cent": a full stop glued on for a space
    after = text[end:end + 40]
    if _NEGATIVE_GROWTH.search(before) or _NEGATIVE_GROWTH_AFTER.search(after) or \
            (kind == "percent" and _BRACKETED_MINUS.search(before)):
        if text[start:start + 1] in "-−":
            return "increase"  # "negative growth of -2.9%": a signed growth rate, the sign is never doubled
        return "decrease"  # "showing negative growth of 3.3 percent", "registered 30% negative growth"
    for direction in ("increase", "decrease"):
        if direction == "increase" and _MADE_UP.search(before):
            continue  # "making up 94 percent of exports": a share, not a rise
        if pats[f"{direction}_before"].search(before) or pats[f"{direction}_after"].search(after):
            return direction
    for direction in ("increase", "decrease"):
        if pats[f"{direction}_after_adj"].search(after) and kind == "percent":
            return direction
        if pats[f"{direction}_after_than"].search(after) and kind in ("money", "count"):
            return direction
        if pats[f"{direction}_after_count"].search(after) and kind == "count":
            return direction
    if kind == "percent":
        return growth_rate(text, start)
    return None


def growth_rate(text: str, start: int) -> Optional[str]:
    """``increase`` for a percent that is the value of a growth rate ("GDP growth stood at 6.1%",
    "the economy grew at 8%"), ``decrease`` for a contraction rate ("contracted at 2%") or a
    negative growth ("negative growth was 2%"); None otherwise."""
    pats = _patterns()
    before = text[max(0, start - 200):start]
    for direction in ("increase", "decrease"):
        found = pats[f"{direction}_rate"].search(before[-70:])
        if found and not _NOT_GROWTH_VALUE.search(found.group(0)):
            return direction
    nouns = list(_GROWTH_NOUN.finditer(before))
    if not nouns:
        return None
    noun = nouns[-1]  # the nearest growth noun before the value
    tail = before[noun.end():]
    link = pats["growth_link"].search(tail)
    if link is None or link.start() > 120 or _NOT_GROWTH_VALUE.search(tail[:link.start()]):
        return None
    return "decrease" if before[:noun.start()].lower().endswith("negative ") else "increase"


# "…, driven by", "…, led by": a participle before "by" is a verb, not a listed item
_PARTICIPLE_BY = re.compile(r"\b(?:\w+ed|driven|led|hit|caused|given|taken|shaken|beaten|dragged|held|fed|"
                            r"offset|helped|weighed|spurred|pushed|pulled|followed)\s+by\s+(?:[a-z ]{0,20})?$")


def series_change(previous: Optional[str], previous_kind: str, kind: str, gap: str, after: str = "") -> Optional[str]:
    """The change of a figure listed right after a change in the same sentence, when only a
    connector and period or framing words stand between them (``gap``, with the period phrases
    taken out): "fell 10% in value and 11% in quantity", "grew 7.8% as against 6.1% in
    January-March", "rose by £1.5bn, more than the £1.4bn expected", "slumped 14% or $2.8bn",
    "declined by 30%, while yarn by 32%" (the verb left out), and "grew 2.25%, 3.76% and 0.07%": a
    bare comma when the list goes on after the figure or its sentence says "respectively" (``after``,
    the rest of the sentence; not "rose to 5%, 2% above the target"). Else None."""
    if previous is None or kind == "multiple":
        return None
    if re.fullmatch(r"\s*,\s*", gap):
        listed = kind == previous_kind and (re.search(r"\brespectively\b", after) or _LIST_GOES_ON.match(after))
        return previous if listed else None
    words = re.findall(r"[a-z][a-z.'’-]*", gap.lower())
    words = [w.rstrip(".") if w != "vs." else w for w in words]
    if re.search(r"[;:!?]|\.\s", gap) or len(gap) > 120:
        return None
    connectors = set(lexicons.words("change.series_connectors"))
    said = [w for w in words if w in connectors]
    verb_left_out = re.search(r"(?:^|,|\b(?:and|while|whereas)\b)[^,]{0,60}?(?<!ed)\s+by\s+(?:[a-z ]{0,20})?$",
                              gap.lower()) and not re.search(r"\b\w+ed\s+by\s+[a-z ]*$", gap.lower())
    listed_item = gap.lstrip().startswith(",") and not _PARTICIPLE_BY.search(gap.lower())
    if verb_left_out and kind == previous_kind and (said or listed_item):
        # "declined by 30%, while yarn other than cotton by 32%", "fell by 7%, yarn by 25% and
        # knitwear by 10%": the verb left out
        return previous
    if not said:
        return None
    allowed = connectors | set(lexicons.words("change.series_words"))
    if any(w not in allowed and not re.fullmatch(r"(?:q[1-4]|h[12]|fy\d*|\d\w*)", w) for w in words):
        return None
    if "or" in said and len(words) <= 2:
        return previous  # "14% or $2.8 billion": one change stated twice
    return previous if kind == previous_kind else None


# a list of figures goes on after this one: ", 3.76%", " and $5bn", ", and (-)2%"
_LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+and)\s+[-−$£€¥₹(]?\d")


# the basis cues are the metric's (one word list for the mark and for the periods it moves)
_MONTH_ON_MONTH = with_first_look_ahead(re.compile(lexicons.alternation(lexicons.words("metric.month_on_month")), re.IGNORECASE))
_YEAR_ON_YEAR = with_first_look_ahead(re.compile(lexicons.alternation(lexicons.words("metric.year_on_year")), re.IGNORECASE))
_CLAUSE_BREAK = re.compile(r"(?i)[;:]|,?\s*\b(?:while|whereas|but)\b")


def basis(text: str, sent_start: int, sent_end: int, start: int, end: int) -> Optional[str]:
    """The basis the clause that holds the figure at start..end states, the cue nearest the
    figure: "month-on-month" ("on a MoM basis, it rose 6%", "exports fell 2% month-on-month",
    "up 5% compared to last month"), "year-on-year" ("On a YoY basis exports rose 4%, while on a
    MoM basis ..." gives the 4% this one), or None."""
    lo = max([sent_start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, sent_start, start)])
    hi = min([sent_end] + [m.start() for m in _CLAUSE_BREAK.finditer(text, end, sent_end)])
    cues = [(abs(m.start() - start), "month-on-month") for m in _MONTH_ON_MONTH.finditer(text, lo, hi)]
    cues += [(abs(m.start() - start), "year-on-year") for m in _YEAR_ON_YEAR.finditer(text, lo, hi)]
    return min(cues)[1] if cues else None


def states_month_on_month(sentence: str) -> bool:
    """Whether a sentence states a month-on-month comparison anywhere."""
    return _MONTH_ON_MONTH.search(sentence) is not None
