"""What can head a metric and the phrase around its head: the head noun with its compound and
adjective modifiers and a short "of ..." complement (``phrase_of``), acronyms in brackets, whether a
token can name a measure at all (``names_measure``: not a pronoun, a time, a unit or a carrier such as
"mark" or "level"), and the word lists of measures, carriers, actors and times the metric rules share.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from extractor import lexicons
from extractor.names import _currency_codes, is_term
from extractor.physical_units import physical_unit

# Nouns that carry a figure without being what is measured: "crossed the $2 billion mark".
_CARRIER_NOUNS = {"mark", "level", "figure", "threshold", "amount", "sum", "total", "value", "worth", "tune",
                  "record", "high", "low", "rate", "volume", "percent", "cent", "%"}
# Nouns that say a figure is expected, not what it measures: "below our expectations of 8.5%" (the
# passage's measure, marked as a forecast).
_FORECAST_NOUNS = {"expectation", "expectations", "projection", "projections", "forecast", "forecasts",
                   "prediction", "predictions"}
_CARRIER_NOUNS |= _FORECAST_NOUNS
_HOPE_NOUNS = {"hope", "hopes"}
_CHANGE_NOUNS = set(lexicons.words("change.increase_nouns")) | set(lexicons.words("change.decrease_nouns"))
_VERB_METRICS = {"import": "imports", "export": "exports", "raise": "funds raised", "invest": "investment",
                 "earn": "earnings", "spend": "spending", "sell": "sales", "borrow": "borrowing", "lose": "loss",
                 "pay": "payment", "owe": "debt", "receive": "receipts", "register": "registrations", "save": "savings",
                 "collect": "collection", "produce": "production", "manufacture": "production", "ship": "shipments"}
# Verbs that name a measure only for a count of things: "registered 5,000 new firms" counts
# registrations, but "registering a growth of 22.4pc" or "registered a profit of Rs 2bn" records a figure.
_RECORDING_VERBS = {"register"}


def verb_metric(lemma: str, kind: str) -> Optional[str]:
    """The measure a figure's verb names ("Ruritania imported $2bn": imports), or None."""
    if lemma in _RECORDING_VERBS and kind != "count":
        return None
    return _VERB_METRICS.get(lemma)


# Units a count can be in that are measures of something else: "tonnes of crops", "acres of land".
_MEASURE_NOUNS = {"tonne", "ton", "acre", "hectare", "barrel", "gallon", "litre", "liter", "kilogram", "kilo",
                  "pound", "ounce", "metre", "meter", "kilometre", "kilometer", "mile", "foot", "square", "unit"}


def is_unit_of_measure(noun: Token) -> bool:
    """A unit a count can be in that measures something else: "tonnes of crops", "acres of land", "255.3
    million kg" of tea, "28,500 MW" of demand (physical_units: quantulum3's units of physical measure)."""
    return noun.lemma_.lower() in _MEASURE_NOUNS or physical_unit(noun.text) is not None


_SKIP_DEPS = {"det", "poss", "nummod", "punct", "case", "predet", "quantmod"}
# Words that never name what a figure measures: the figure's unit, scale or currency ("1.87 trillion
# rupees", "per cent"), how it is counted ("in value", "in quantity"), or a time ("the review period").
_NOT_MEASURES = {"rupee", "rupees", "rs", "re", "crore", "crores", "lakh", "lakhs", "arab", "billion", "million",
                 "trillion", "thousand", "bn", "mn", "mln", "usd", "dollar", "dollars", "taka", "tk", "npr", "pkr",
                 "inr", "lkr", "per", "cent", "percent", "pc", "percentage", "point", "points", "value", "quantity",
                 "worth", "basis", "term", "terms", "date", "period", "time", "fiscal", "fy", "half", "number",
                 "figure", "figures", "data", "statistics", "report", "others", "pace", "margin", "base",
                 "yoy", "mom", "qoq", "y-o-y", "m-o-m", "y/y", "m/m"}
# Common nouns that are whose figure it is, not what it measures: "the country received $2bn".
_ACTOR_NOUNS = {"country", "government", "nation", "state", "centre", "center", "ministry", "company",
                "firm", "bank", "authority", "authorities", "official", "officials", "minister", "department",
                # who forecasts or reports, never what: "Analysts expect a rise of 5%", "the board had projected 4% growth"
                "analyst", "analysts", "economist", "economists", "expert", "experts", "board", "bureau", "regulator",
                "commission", "agency"}
# Measures a count of things makes up: "a loss of 3,600 vehicles", "a workforce of 6,000 people".
_COUNT_MEASURES = {"workforce", "population", "output", "production", "capacity", "shortfall", "backlog"}
# Common nouns of places: where a figure is ("eased to 12.3% in urban areas"), never what it measures.
_PLACE_NOUNS = {"area", "region", "city", "town", "village", "district", "province", "locality"}
_CURRENCY_MARKS = {"", "rs", "re", "npr", "inr", "pkr", "lkr", "usd", "us", "$", "tk", "₹"}
_MEASURED_CARRIERS = {"rate", "volume", "value"}
_TIME_NOUNS = set(lexicons.words("period.duration_nouns"))
# one-word vintage marks (extractor/data/vintages.json): "provisional", "revised", "final", "preliminary"
_VINTAGE_WORDS = {w for k in ("later", "earlier") for w in lexicons.load("vintages")[k] if " " not in w}

_DEFAULT_BASIS = re.compile(r"^(?:year[\s-]*(?:on|over)[\s-]*year|y-?o-?y)\s+", re.IGNORECASE)


# Modifiers that say how a figure compares or rates, not what it measures: "48,000 fewer mortgages" (the
# change is the change field's), "the benchmark Brent crude price".
_NOT_MODIFIERS = {"fewer", "more", "less", "extra", "additional", "further", "benchmark",
                  "record"}  # "a record deficit of $412bn": how high, not what


# Incomes whose "from" phrase says what they measure: "earnings from apparel exports".
_EARNED_FROM = {"earnings", "earning", "revenue", "revenues", "income", "incomes", "receipts", "proceeds", "takings",
                "gva", "income", "profit", "profits"}


_FIGURE_UNIT_WORDS = {"per", "cent", "percent", "pc", "%"}


def _after_previous_figure(sub: list[Token]) -> list[Token]:
    """A modifier's words after the last "and"/"or" when the words before it end another figure: in
    "grew 6.2 per cent and electricity generation rose …" the parser hangs "per cent and electricity"
    on "generation"; only "electricity" names it ("oil and gas exports" keeps its "and")."""
    joins = [k for k, s in enumerate(sub) if s.lower_ in ("and", "or")]
    if joins and any(s.lower_ in _FIGURE_UNIT_WORDS for s in sub[:joins[-1]]):
        return sub[joins[-1] + 1:]
    return sub


def _spelled_out_start(doc, bracket: int, acronym: str) -> Optional[int]:
    """Where the words an acronym in brackets stands for start, when the words right before the
    bracket have its capitals as initials ("goods and services tax (GST)", "large-scale
    manufacturing (LSM)"; "and", "of", "the", "&" and hyphens between them skipped); else None."""
    capitals = [ch for ch in acronym if ch.isupper()]
    i, matched = bracket - 1, []
    while i >= 0 and len(matched) < len(capitals):
        t = doc[i]
        if t.lower_ in ("and", "&", "of", "the", "-") and matched:
            i -= 1
            continue
        if not t.is_alpha:
            return None
        matched.append(t)
        i -= 1
    initials = [t.text[0].upper() for t in reversed(matched)]
    return matched[-1].i if initials == capitals else None


def phrase_of(noun: Token, quantity_tokens: set[int]) -> str:
    """The noun with its compound and adjective modifiers, and an "of ..." complement when short."""
    acronym = _acronym_of(noun)
    if acronym is not None and acronym.i == noun.i + 2 and noun.is_upper and len(noun.text) >= 2:
        # "the central GST (CGST)": a half-abbreviated term is named as the text goes on to name it;
        # a spelled-out one stays word for word ("foreign direct investment (FDI)", GUIDELINES §9)
        return acronym.text
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i not in quantity_tokens]
    # Keep only the contiguous modifiers right before the noun ("mobile broadband subscribers").
    tokens, covered = [], 0
    doc = noun.doc
    if noun.i >= 4 and doc[noun.i - 1].text == ")" and doc[noun.i - 3].text == "(" and _is_acronym(doc[noun.i - 2]):
        # "gross Value Added Tax (VAT) revenue" parsed flat: the capitalised words before the bracket are
        # the term the acronym stands for; lower-case modifiers before them stay
        # the words whose initials the acronym writes, in any case ("gross goods and services tax (GST)",
        # "Goods and Services Tax (GST)" opening a sentence); else the capitalised words before the bracket
        spelled = _spelled_out_start(doc, noun.i - 3, doc[noun.i - 2].text)
        i = spelled - 1 if spelled is not None else noun.i - 4
        while spelled is None and i >= 0 and (doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN"
                                              or doc[i].lower_ in ("and", "&")):
            i -= 1
        if i < noun.i - 4:
            tokens = [doc[noun.i - 2]]
            while i >= 0 and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].i not in quantity_tokens \
                    and i < doc[i].head.i <= noun.i and not doc[i].like_num:
                tokens.insert(0, doc[i])
                i -= 1
            left = []  # the modifiers are read off the text here, not the parse
    for t in reversed(left):
        acronym = _acronym_of(t)
        if acronym is not None:
            # "gross Goods and Services Tax (GST) revenue": the term by its acronym, as the text goes on to
            # write it; a body's name in front ("Ruritania Revenue Board (RRB) data") stays out below
            span = sorted(s.i for s in t.subtree)
            if span[-1] + 1 < noun.i and noun.doc[span[-1] + 1].text == ")":
                span.append(span[-1] + 1)  # the closing bracket hangs on the noun
            if span[-1] == noun.i - 1 - sum(1 for x in tokens if x.i > span[-1]) - covered:
                tokens.append(acronym)
                covered += len(span) - 1
            continue
        if any(s.lower_ in ("report", "data", "figures") or s.ent_type_ in ("ORG", "PERSON") and not is_term(s.text)
               for s in t.subtree if s.i != t.i or t.dep_ == "nmod"):
            continue  # "weekly report SBP's reserves": a document or a body is the source, not the measure
        if t.pos_ == "PROPN" and t.ent_type_ == "DATE" or t.lower_ in _NOT_MODIFIERS or _PERIOD_TOKEN.fullmatch(t.lower_) \
                or is_dateline(t):
            # "in March house prices went up": a month is when, not what; "48,000 fewer mortgages";
            # "Q3FY25 net profit": the quarter is when; "COLOMBO - Inflows of …": where the story is filed
            continue
        sub = [s for s in t.subtree if s.i not in quantity_tokens and not s.like_num
               and (s.dep_ not in _SKIP_DEPS or _inner_hyphen(s))  # "state-owned banks" as written
               and not (s.pos_ == "PROPN" and s.ent_type_ == "DATE" and s.i < t.i)]
        sub = _after_previous_figure(sub)
        if sub and sub[-1].i == noun.i - 1 - sum(1 for x in tokens if x.i > sub[-1].i) - covered:
            tokens.extend(sub)
        elif sub and all(s.i < noun.i for s in sub) and noun.i - sub[-1].i <= 3 \
                and not any(doc[k].text in (",", ";") for k in range(sub[-1].i + 1, noun.i)):
            # (not across a comma: "In the first five months of the fiscal, factory output expanded"
            # parsed as one noun phrase, "fiscal" ends the period)
            tokens.extend(sub)
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    first = tokens[0].i if tokens else noun.i
    doc = noun.doc
    if first >= 1 and doc[first].text == "-" and not doc[first - 1].whitespace_ and doc[first - 1].is_alpha:
        tokens = [doc[first - 1], *tokens]  # "e-way bills": the parser takes the "e" for a number
    elif first >= 2 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
        tokens = [doc[first - 2], doc[first - 1], *tokens]
    # Places and nationalities are whose figure it is (the subject), not what it measures; a sector or
    # product the NER tags as one ("Textile", "ICT") stays in the metric.
    words = [t.text for t in tokens if t.ent_type_ not in ("GPE", "NORP") or is_term(t.text)]
    words.append(noun.text)
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        if any(t.i in quantity_tokens for t in prep.subtree):
            continue  # "exports of $19.3 billion reported in FY22": the figure is the exports' own
        if any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "NORP") and not is_term(o.text) and o.pos_ == "PROPN"
               for o in prep.children):
            continue  # "the budget deficit of Germany": the place is whose figure it is, not what
        # "prices of homes in Ruritania": the place is whose figure it is (the subject), not what it measures
        placed = {s.i for p in prep.subtree if p.dep_ == "prep" and p.i > prep.i and any(
            o.dep_ == "pobj" and o.ent_type_ in ("GPE", "NORP") and not is_term(o.text) for o in p.children)
            for s in p.subtree}
        # "output of India's core sectors": the possessive place is whose figure it is, not what
        placed |= {s.i for p in prep.subtree if p.dep_ == "poss" and p.ent_type_ in ("GPE", "NORP")
                   and not is_term(p.text) for s in p.subtree}
        sub = [t for t in prep.subtree if t.i not in quantity_tokens and t.i not in placed]
        if 1 < len(sub) <= 6 and not any(t.like_num for t in sub):
            words.extend(t.text for t in sub if t.dep_ not in ("det",))
    for acl in (c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
        # "net foreign reserves held by commercial banks": a kind of holder (a common noun, not a named
        # body, which is whose figure it is) in a short participle phrase narrows the measure
        sub = [t for t in acl.subtree if t.dep_ != "det"]
        agents = [o for c in acl.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if len(agents) == 1 and agents[0].pos_ == "NOUN" and all(c.dep_ == "agent" for c in acl.children) \
                and (agents[0].lemma_.lower() not in _ACTOR_NOUNS or any(  # "by the country" is whose
                    c.dep_ in ("amod", "compound") for c in agents[0].children)) \
                and len(sub) <= 5 and not any(t.i in quantity_tokens or t.like_num or t.ent_type_ for t in sub):
            words.extend(t.text for t in sub)
    if noun.lower_ in _EARNED_FROM:
        # "earnings from apparel exports", "GVA from mining and quarrying": where an income comes from
        # is what it measures (a place, body or person it comes from is a counterparty; a time is when)
        for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "from"):
            sub = [t for t in prep.subtree if t.i not in quantity_tokens]
            if any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL")
                   and not is_term(t.text) or t.like_num or t.lower_ in _ACTOR_NOUNS for t in sub) \
                    or len(sub) > 10 or len(sub) < 2:
                continue
            words.extend(t.text for t in sub if t.dep_ != "det" or t.i == prep.i)
            words = [w for w in words if w != ","] if len(sub) <= 3 else words
            break
    phrase = " ".join(words).replace(" - ", "-").replace(" , ", ", ").replace("( ", "(").replace(" )", ")").strip()
    # Year-on-year is the default basis, never part of the measure (GUIDELINES §3): "year-on-year
    # exports rose 23%" measures exports, as the levels it links do.
    return _DEFAULT_BASIS.sub("", phrase) or phrase


def _inner_hyphen(t: Token) -> bool:
    """A hyphen inside a word of letters ("state-owned", "employment-intensive"), not a dash between
    words, a number's ("777-200") or a time's ("single-day", "three-month": written apart, as many
    outlets write them, the time word stays a time for the checker's fact identity)."""
    if not (t.tag_ == "HYPH" and t.text == "-" and not t.whitespace_ and 0 < t.i < len(t.doc) - 1
            and not t.doc[t.i - 1].whitespace_):
        return False
    before, after = t.doc[t.i - 1], t.doc[t.i + 1]
    return before.is_alpha and after.is_alpha and not {before.lower_, after.lower_, after.lemma_.lower()} & _TIME_NOUNS


def _is_acronym(t: Token) -> bool:
    """An acronym the term table knows as a term, not an actor ("GST", "VAT"), in brackets."""
    return t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6 and is_term(t.text) and t.i > 0 \
        and t.doc[t.i - 1].text == "("


def _acronym_of(modifier: Token) -> Optional[Token]:
    """The acronym in brackets after a spelled-out term that modifies a noun ("Goods and Services Tax
    (GST)"), when the term table knows the acronym as a term, not an actor."""
    return next((c for c in modifier.children if c.dep_ == "appos" and _is_acronym(c)), None)


_ESTIMATE_VERBS = {"put", "estimate", "set", "peg", "place", "fix", "cap", "forecast", "project"}


def _named_carrier(token: Token) -> bool:
    """A rate, value or volume that the noun right before it names ("market value", "export volume"), not
    a time ("annual rate") or an evaluation ("a respectable rate")."""
    return token.lower_ in _MEASURED_CARRIERS and any(
        c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "NOUN" and not c.ent_type_
        and c.lower_ not in _NOT_MEASURES and c.lower_ not in _TIME_NOUNS and c.lemma_.lower() not in _TIME_NOUNS
        and c.lower_ not in _CARRIER_NOUNS for c in token.children)


def is_dateline(token: Token) -> bool:
    """An upper-case place opening a line before a colon ("KARACHI:", "NEW DELHI :")."""
    if not token.is_upper or len(token.text) < 4:  # "GDP:", "CPI:" open a list line
        return False
    doc = token.doc
    end = token.i
    while end + 1 < len(doc) and doc[end + 1].is_upper and doc[end + 1].is_alpha:
        end += 1
    if end + 1 >= len(doc) or doc[end + 1].text not in (":", "—", "–", "-"):
        return False
    start = token.i
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1
    before = doc[start - 1] if start > 0 else None  # no Doc.text: it joins the whole document
    return before is None or "\n" in before.text_with_ws or (before.is_space and "\n" in before.text)


def names_measure(token: Optional[Token]) -> bool:
    """Can ``token`` head a metric? Not a pronoun, a time, a unit/scale/currency word, a change noun
    ("a decline of 5%": the decline is the figure, not what it measures) or an actor noun."""
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if is_dateline(token):
        return False  # "COLOMBO: Sri Lanka's reserves stood at …": the place the story is filed from
    low, lemma = token.lower_, token.lemma_.lower()
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL") or (re.fullmatch(r"(fy|q[1-4]|h[12])?[\d'-]*", low) or _PERIOD_TOKEN.fullmatch(low)):
        return False
    if _named_carrier(token):
        return True  # "market value", "export volume": a value or volume of what its noun names
    if lemma == "margin" and _margin_of_accounts(token):
        return True  # "the operating margin narrowed to 24.3%"; "by a wide margin" names no measure
    if low in _NOT_MEASURES or lemma in _NOT_MEASURES or low in _TIME_NOUNS or lemma in _TIME_NOUNS:
        return False
    if low in _VINTAGE_WORDS:
        return False  # "against 2.25% provisional": a vintage of the figure, not what it measures
    if low in _CHANGE_NOUNS or lemma in _CHANGE_NOUNS:
        # "GDP growth", "export growth": the change of a measure its modifier names; a bare "decline" names none
        return any(c.dep_ in ("compound", "nmod") and c.i < token.i and names_measure(c)
                   or c.dep_ == "amod" and c.lower_ in _MEASURE_ADJECTIVES for c in token.children)
    if low in _CARRIER_NOUNS:
        # "the jobless rate", "export volume": a rate or volume of what its modifier names
        return (low in _MEASURED_CARRIERS or low in _FORECAST_NOUNS) and any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
            and c.lower_ not in _CARRIER_NOUNS and not c.ent_type_ and c.lower_ not in _NOT_MEASURES
            and c.lower_ not in _TIME_NOUNS for c in token.children)
    return low not in _ACTOR_NOUNS and lemma not in _ACTOR_NOUNS and lemma not in _PLACE_NOUNS


# adjectives that name the measure a change is of: "economic growth" is the economy's, "industrial
# growth" industry's
_MEASURE_ADJECTIVES = {"economic", "industrial", "agricultural"}
# what a company's margin is written with: "operating margin", "gross margins", "net interest margin"
_MARGIN_ADJECTIVES = {"operating", "gross", "net", "pretax", "pre-tax", "underlying", "adjusted", "core"}


def _margin_of_accounts(token: Token) -> bool:
    """A margin its modifier makes a measure of accounts: a noun ("EBIT margin", "profit margin",
    "interest margin") or an accounts adjective ("operating", "gross"); never "a wide margin"."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and not c.like_num
               and (c.pos_ in ("NOUN", "PROPN") and c.lower_ not in _NOT_MEASURES or c.lower_ in _MARGIN_ADJECTIVES)
               for c in token.children)


# a period written as one token: "FY23", "FY2022-23", "2QFY23", "Q1", "H1FY24", "2022/23"
_PERIOD_TOKEN = re.compile(r"(?:[1-4]q|h[12]|q[1-4])?(?:fy|cy)?['’]?\d[\d'/-]*|(?:q[1-4]|h[12]|[1-4]q)fy[\d'/-]*")


def _is_time(t: Token) -> bool:
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_NOUNS


# Terms that are markets or money, not measures: a stock exchange and its index ("PSX gained 2%" is told
# by index_moved), a currency code ("the PKR fell 1%")
_MARKET_TERMS = {"psx", "kse", "kse-100", "sensex", "nifty", "dse", "cse", "nepse", "bse", "nse"}


def _measure_term(t: Token) -> bool:
    """A term the NER takes for a body that names a measure ("IGST", "GVA"), not a market or a currency."""
    return t.lower_ not in _MARKET_TERMS and t.text.upper() not in _currency_codes() \
        and t.text not in lexicons.load("actors")["market_indices"]
