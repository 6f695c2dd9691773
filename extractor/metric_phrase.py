"""What a figure measures: a short phrase taken from the text ("IT exports", "mobile broadband subscribers").

Found on the parse: the noun the figure is attached to ("a Rs10 billion fund",
"$5 billion in exports"), else the subject of the clause that carries the figure
("technology exports recorded at $224 million"). Returns the phrase and its head
token, which :mod:`extractor.actors` uses for subject and counterparty.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from extractor import actors, lexicons
from extractor.actors import is_term

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
                 "pay": "payment", "owe": "debt", "receive": "receipts", "register": "registrations", "save": "savings"}
# Units a count can be in that are measures of something else: "tonnes of crops", "acres of land".
_MEASURE_NOUNS = {"tonne", "ton", "acre", "hectare", "barrel", "gallon", "litre", "liter", "kilogram", "kilo",
                  "pound", "ounce", "metre", "meter", "kilometre", "kilometer", "mile", "foot", "square", "unit"}
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
# A verb of trade after a list of goods names the flow: "carpet worth Rs 1bn ... were exported".
_FLOW_VERBS = {"export": "exports", "import": "imports"}
# Verbs by which a measure brings in money ("exports earned foreign exchange worth $3m"): the money is the measure's.
_EARNING_VERBS = {"earn", "fetch", "generate", "bring", "yield"}
_DEFAULT_BASIS = re.compile(r"^(?:year[\s-]*(?:on|over)[\s-]*year|y-?o-?y)\s+", re.IGNORECASE)


# Modifiers that say how a figure compares or rates, not what it measures: "48,000 fewer mortgages" (the
# change is the change field's), "the benchmark Brent crude price".
_NOT_MODIFIERS = {"fewer", "more", "less", "extra", "additional", "further", "benchmark",
                  "record"}  # "a record deficit of $412bn": how high, not what


# Incomes whose "from" phrase says what they measure: "earnings from apparel exports".
_EARNED_FROM = {"earnings", "earning", "revenue", "revenues", "income", "incomes", "receipts", "proceeds", "takings",
                "gva", "income", "profit", "profits"}


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
        i = noun.i - 4
        while i >= 0 and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN" or i >= 0 and doc[i].lower_ in ("and", "&"):
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
        if t.pos_ == "PROPN" and t.ent_type_ == "DATE" or t.lower_ in _NOT_MODIFIERS:
            continue  # "in March house prices went up": a month is when, not what; "48,000 fewer mortgages"
        sub = [s for s in t.subtree if s.i not in quantity_tokens and not s.like_num
               and (s.dep_ not in _SKIP_DEPS or _inner_hyphen(s))  # "state-owned banks" as written
               and not (s.pos_ == "PROPN" and s.ent_type_ == "DATE" and s.i < t.i)]
        if sub and sub[-1].i == noun.i - 1 - sum(1 for x in tokens if x.i > sub[-1].i) - covered:
            tokens.extend(sub)
        elif sub and all(s.i < noun.i for s in sub) and noun.i - sub[-1].i <= 3:
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
        # "prices of homes in Ruritania": the place is whose figure it is (the subject), not what it measures
        placed = {s.i for p in prep.subtree if p.dep_ == "prep" and p.i > prep.i and any(
            o.dep_ == "pobj" and o.ent_type_ in ("GPE", "NORP") and not is_term(o.text) for o in p.children)
            for s in p.subtree}
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


_STAKE_WORDS = re.compile(r"(?i)\b(?:stakes?|shares?|shareholdings?|holdings?|equity|ownership)\b")


_HOLDER_NOUNS = {"a", "the", "shareholder", "shareholders", "owner", "owners", "investor", "investors", "holder",
                 "holders", "major", "largest", "biggest", "single"}


def stake_metric(metric: Optional[str], company: str) -> Optional[str]:
    """The measure of a share of a company (:func:`extractor.actors.stake`): "owns 8% of search-engine
    Zentex", "a 30% shareholder in Zentex" -> "stake in Zentex" (the company is not what is measured,
    it says which stake). Only a metric that describes the company ("carmaker Zentex") or names a
    holder gives way: any other, a bare name or none stays ("foreign ownership")."""
    words = {w.lower() for w in re.findall(r"[\w-]+", metric or "")}
    names = {w.lower() for w in re.findall(r"[\w-]+", company)} | {"the", "of", "and", "&"}
    described = bool(words & names) and not words <= names  # "search-engine Zentex": a word that is no measure
    if not metric or _STAKE_WORDS.search(metric) or not described and not words <= _HOLDER_NOUNS:
        return metric  # a bare name stays: the text names nothing else
    return f"stake in {company}"  # gold/README.md: "stake in <company>", the company by its fullest name


_HOLDING_NOUNS = re.compile(r"(?i)\b(?:shareholders?|owners?|investors?|holders?)\b")


def holder_stake(metric: Optional[str], company: Optional[str]) -> Optional[str]:
    """The measure of a holder's share given beside its name (:func:`extractor.actors.holder_of_share`:
    "foreign investors, including Acme Capital (12.5%)", "the shareholders of Zentel are the state
    (20%)"): ``stake in <company>``, or ``stake`` when the company is not named. The holders the
    sentence is about ("main shareholders of Zentel") or nothing is what the parse gives; a metric that
    already names the holding ("Ruritanian ownership", "stake") stays."""
    if metric and (_STAKE_WORDS.search(metric) and not _HOLDING_NOUNS.search(metric)):
        return metric
    if metric and not _HOLDING_NOUNS.search(metric):
        return metric  # the parse named a measure of its own
    return f"stake in {company}" if company else "stake"


def part_phrase(q_span: Span) -> Optional[str]:
    """For a part named after "including"/"excluding" ("tin duty came to $12bn, including $9bn
    collected on imports"): its own participle phrase ("collected on imports"), which narrows the
    whole's measure, or "" when it has none (a part is then not the whole's measure: no metric).
    None for a figure that is not such a part."""
    root = q_span.root
    if not (root.dep_ == "pobj" and root.head.lower_ in ("including", "excluding") and root.head.i < q_span.start):
        return None
    acl = [c for c in root.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > root.i]
    words = [t.text for t in acl[0].subtree] if acl else []
    if not words or len(words) > 7 or any(t.like_num for t in acl[0].subtree):
        return ""
    return " ".join(words)


# Kinds of body through which money comes in or goes out, named by a common noun: "state-owned banks
# brought in $3bn" (sa-dev decisions: a breakdown by bank type keeps the type in the metric).
_CHANNEL_NOUNS = {"bank", "house", "company", "firm", "exporter", "importer", "institution", "cooperative",
                  "operator", "lender", "insurer", "fund"}
_IRREGULAR_PARTICIPLES = {"brought", "sent", "got", "paid", "lent", "spent", "sold", "bought", "held", "put"}


def channel_of(verb: Optional[Token], q_ids: set[int]) -> str:
    """" brought in by state-owned banks" when the verb's subject is a kind of bank or firm named by a
    modified plural common noun ("state-owned banks", "private sector banks received $2bn"): the
    channel narrows the measure of the money it moved. "" otherwise (a named body or a country is
    whose figure it is; "banks" alone names no kind)."""
    if verb is None or verb.pos_ != "VERB":
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in q_ids), None)
    if subject is None or subject.tag_ != "NNS" or subject.lemma_.lower() not in _CHANNEL_NOUNS or subject.ent_type_ \
            or not any(c.dep_ in ("amod", "compound", "nmod") and c.i not in q_ids and not c.like_num
                       for c in subject.children):
        return ""
    if not (verb.tag_ == "VBN" or verb.tag_ == "VBD" and (verb.lower_.endswith("ed") or verb.lower_ in _IRREGULAR_PARTICIPLES)):
        return ""
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    own = {t.i for t in subject.subtree}
    start = subject.i
    while start - 1 in own and start - 1 not in q_ids and (
            subject.doc[start - 1].dep_ in ("amod", "compound", "nmod", "npadvmod") and not subject.doc[start - 1].like_num
            or subject.doc[start - 1].tag_ == "HYPH"):
        start -= 1
    if any(t.i < start and t.dep_ in ("amod", "compound") and t.i not in q_ids for t in subject.subtree):
        return ""  # a modifier cut off: no kind read whole
    words = subject.doc[start:subject.i + 1].text  # as written: "state-owned banks"
    return f" {verb.lower_}{' ' + particle if particle else ''} by {words}"


def about_the_figure_before(q_span: Span) -> bool:
    """Is the figure's clause a relative clause on the figure before ("…projected at Tk 261,785 crore,
    which is 5.2 per cent of GDP")? Its share is of that figure's measure."""
    verb = _clause_verb(q_span.root)
    return verb is not None and verb.dep_ == "relcl" and (verb.head.like_num or verb.head.ent_type_ in (
        "MONEY", "CARDINAL", "QUANTITY") or verb.head.lower_ in ("crore", "lakh", "billion", "million", "trillion")) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)


def part_of_which(q_span: Span) -> Optional[str]:
    """" held by commercial banks" for the money of "…, of which commercial banks held $5.4bn" (a part of
    the figure before, moved or held by a kind of bank or firm: :func:`channel_of`); "" for such a
    part with another subject; None when the figure is no "of which" part."""
    root = q_span.root
    verb = root.head if root.dep_ == "dobj" else None
    if verb is None or verb.dep_ not in ("relcl", "conj") or not any(
            t.lower_ == "which" and t.head.lower_ == "of" and t.i < verb.i for t in verb.subtree):
        return None
    return channel_of(verb, {t.i for t in q_span})


def metric_for(q_span: Span, kind: str, counted: Optional[Token] = None) -> tuple[Optional[str], Optional[Token], Optional[Token]]:
    """(metric phrase, its head noun, the clause's verb) of the figure in q_span."""
    for kinds, reader in _SHAPE_READERS:
        if kinds is None or kind in kinds:
            found = reader(q_span)
            if found is not None:
                return found
    metric, head, verb = _metric_for(q_span, kind, counted)
    if kind == "money" and metric and head is not None and verb is not None and head.dep_ == "dobj" \
            and head.head.i == verb.i:
        metric += channel_of(verb, {t.i for t in q_span})  # "private sector banks received remittances of $2bn"
    after = q_span.doc[q_span.end] if q_span.end < len(q_span.doc) else None
    if metric and head is not None and after is not None and after.lower_ == "each":
        # "tin exports and copper exports rose 5% each": one figure of both measures (gold's "(each)")
        q_ids = {t.i for t in q_span}
        conj = [c for c in head.conjuncts if c.i > head.i and c.i not in q_ids and names_measure(c)]
        if conj:
            return " and ".join([metric] + [phrase_of(c, q_ids) for c in conj]) + " (each)", head, verb
        parts = metric.split(" and ")
        if len(parts) > 1 and all(len(p.split()) > 1 for p in parts):  # "tin output and copper output", one phrase
            return metric + " (each)", head, verb
    antecedent = _antecedent(verb) if metric is None and head is None else None
    if antecedent is not None:
        # "retail sales, which rose 4% in May": the relative pronoun stands for the noun the clause is on
        return phrase_of(antecedent, {t.i for t in q_span}), antecedent, verb
    if metric is None and head is None:
        opening = _opening_measure(q_span)
        if opening:
            words = [t.text for t in opening if t.ent_type_ not in ("GPE", "NORP") or is_term(t.text)]
            return _DEFAULT_BASIS.sub("", " ".join(words)) or None, opening[-1], verb
    return named_level(metric, head, verb, kind), head, verb


# "running £40m over budget", "will go over by about 12%": the amount by which a cost exceeds its budget.
_OVER_BUDGET = re.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?over\s+(?:its\s+|the\s+|their\s+)?budget\b")
_OVER_BY = re.compile(r"(?i)\b(?:go|goes|going|went|gone|run|runs|running|ran|be|is|are|was|were)\s+over\s+by\s+"
                      r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|up\s+to\s+)?$")


def _budget_overrun(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """``budget overrun`` for a figure written as the excess over a budget (gold: "A380 budget overrun")."""
    sent = q_span.sent
    text = sent.text
    start, end = q_span.start_char - sent.start_char, q_span.end_char - sent.start_char
    if _OVER_BUDGET.match(text[end:]) or _OVER_BY.search(text[:start]):
        return "budget overrun", None, _clause_verb(q_span.root)
    return None


_MULTIPLYING_VERBS = {"halve", "double", "triple", "treble", "quadruple"}


def _multiplied_object(q_span: Span) -> Optional[tuple[str, Token, Token]]:
    """The object of a multiplying verb that is the figure itself: "pledged to halve the budget deficit"
    -> budget deficit, "plans to double its sales" -> sales (a bid or a pledge around it is not measured)."""
    root = q_span.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in _MULTIPLYING_VERBS and root.lower_ not in _MULTIPLYING_VERBS:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or not names_measure(obj):
        return None
    return phrase_of(obj, {t.i for t in q_span}), obj, root


def _antecedent(verb: Optional[Token]) -> Optional[Token]:
    """The measure a relative clause's "which"/"that" subject stands for ("retail sales, which rose 4%"),
    past a time phrase the parser hangs the clause on ("profits in the current year, which rose 21%")."""
    if verb is None or verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
        return None
    noun = verb.head
    if (noun.lower_ in _TIME_NOUNS or noun.lemma_.lower() in _TIME_NOUNS) and noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun if names_measure(noun) else None


def _noun_before_bracket(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """The measure an amount in brackets gives the value of: "a personal allowance (£5,720 for this tax
    year)" -> personal allowance (not a conversion: the noun before the bracket holds no figure)."""
    doc, root = q_span.doc, q_span.root
    if q_span.start < 2 or doc[q_span.start - 1].text != "(" or root.dep_ != "appos":
        return None
    noun = root.head
    if noun.i != q_span.start - 2 or noun.pos_ != "NOUN" or not noun.is_lower or not names_measure(noun) \
            or any((c.like_num or c.dep_ == "nummod") and c.i != root.i for c in noun.children) \
            or noun.lower_ in _TIME_NOUNS:
        return None
    return phrase_of(noun, {t.i for t in q_span} | {t.i for t in root.subtree}), None, _clause_verb(noun)


def _noun_after_conversion(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """The noun an amount modifies across its bracketed conversion: "a $6bn (£3bn) buyout" -> buyout,
    "a 30m euro ($37m) grant" -> grant (the parse hangs the amount elsewhere once the bracket splits it)."""
    doc = q_span.doc
    i = q_span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((t.i for t in doc[i:min(len(doc), i + 12)] if t.text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return None
    before = doc[q_span.start - 1] if q_span.start > 0 else None
    if before is None or before.lower_ not in ("a", "an", "the") and before.tag_ not in ("PRP$", "POS"):
        return None
    nxt = doc[close + 1]
    # "a $6bn (£3bn) buyout": the bracket misleads the tagger into a verb that is a verb's object
    mistagged = nxt.dep_ in ("dep", "dobj", "pobj", "nsubj", "nsubjpass") and nxt.tag_ in ("VB", "VBP", "VBD", "VBZ")
    if not (nxt.pos_ == "NOUN" or mistagged) or not nxt.is_lower or nxt.lower_ in _TIME_NOUNS:
        return None
    words = [nxt]
    while words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].pos_ == "NOUN" and doc[words[-1].i + 1].is_lower \
            and words[-1].dep_ == "compound":
        words.append(doc[words[-1].i + 1])
    return " ".join(w.text for w in words), None, _clause_verb(words[-1])  # whose stays the parse's


# Between a count and the next in a list of dated items ("65 flights on Monday, 180 on Tuesday and 40 on
# Wednesday"): the first's noun, a time phrase, the list's comma or "and", no verb.
_DATED_ITEM_GAP = re.compile(r"(?i)^(?:\s+[a-z-]+)?\s+(?:on|in|at|during)\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?"
                             r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def listed_count(previous_metric: Optional[str], between: str) -> Optional[str]:
    """The measure of a bare count that continues a list of dated counts: the first item's."""
    return previous_metric if previous_metric and _DATED_ITEM_GAP.match(between) else None


# Dependencies a finite verb gets only when the parser has lost the clause ("the inflation rate for the
# 2022-23 fiscal stood at 9%": "fiscal" read as an adjective, "stood" hung on it as a noun's object).
_LOST_VERB_DEPS = {"pobj", "amod", "compound", "nmod", "appos"}


def _opening_measure(q_span: Span) -> list[Token]:
    """Past a parse failure: the measure a clause opens with, when its finite verb before the figure is
    hung on a noun ("Remittance inflow into Ruritania in the first month of the current fiscal increased
    18%"; "the inflation rate for the 2022-23 fiscal stood at 9%"): the noun run the clause starts with,
    up to its first preposition, when its head names a measure (not a place, body or time)."""
    doc, sent = q_span.doc, q_span.sent
    verb = next((t for t in doc[sent.start:q_span.start] if t.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                 and t.pos_ in ("VERB", "AUX") and t.i > sent.start), None)
    if verb is None or verb.dep_ not in _LOST_VERB_DEPS:
        return []
    start = max([sent.start] + [t.i + 1 for t in doc[sent.start:verb.i] if t.text == ","])
    i = start
    while i < verb.i and doc[i].pos_ == "DET":
        i += 1
    run = []
    while i < verb.i and not doc[i].like_num and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ")
                                                  or doc[i].tag_ == "VB" and i == start and doc[i].is_title):
        run.append(doc[i])
        i += 1
    if not run or i < verb.i and doc[i].pos_ != "ADP":
        return []
    head = run[-1]
    if head.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "DATE", "TIME") or not names_measure(head) \
            or head.pos_ == "PROPN" and not is_term(head.text):
        return []
    return run


@lru_cache(maxsize=None)
def _whole_re() -> "re.Pattern":
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in lexicons.words("metric.whole_measures")) + r")$",
                      re.IGNORECASE)


def share_of_whole(q_span: Span) -> Optional[tuple[Optional[str], Optional[Token], Optional[Token]]]:
    """A percent of a whole an economy or a firm is measured by (``metric.whole_measures``: GDP, gross
    national income, turnover, revenue): the share the clause's measure is of it ("the deficit will fall to
    3% of GDP" -> ``deficit (share of GDP)``, GUIDELINES §9), or ``share of <whole>`` when the clause names
    no measure ("could fine firms up to 8% of their turnover"). None for any other figure: "half of all
    remittances" stays ``remittances``."""
    q_ids = {t.i for t in q_span}
    root = q_span.root
    whole = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == q_span.end
                  for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
    if whole is None:
        return None
    of_whole = phrase_of(whole, q_ids)
    verb = _clause_verb(root)
    if not _whole_re().search(of_whole):
        return None
    whole_ids = {t.i for t in whole.subtree}
    measured = _clause_subject(verb, q_ids | whole_ids)[0] if verb is not None else None
    if verb is not None and any(c.dep_ == "dobj" and c.i not in q_ids and c.i not in whole_ids and c.i != root.i
                                for c in verb.children):
        measured = None  # "the regulator could fine the firms up to 8% of turnover": the subject acts on another
    if measured is not None and measured.i not in whole_ids:
        return f"{phrase_of(measured, q_ids)} (share of {of_whole})", measured, verb
    return f"share of {of_whole}", None, verb


_OWNED_WORDS = {"owned", "controlled", "held"}
_OWNER_PRONOUNS = {"its", "their", "his", "her"}


def _ownership(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """The share of a company its owners hold, stated as "N% owned": "is 100% Ruritanian-owned" ->
    ``Ruritanian ownership`` (gold/README.md, bbc-dev2), "is 51% owned by the state" -> ``ownership by the
    state``, "is 60% state-controlled" -> ``state ownership``; a bare "is 40% owned" -> ``ownership``. The
    owners, not the company owned, say which ownership (whose figure it is stays the parse's)."""
    root = q_span.root
    owned = root.head
    if root.dep_ != "npadvmod" or owned.lower_ not in _OWNED_WORDS or owned.i <= root.i:
        return None
    doc = q_span.doc
    verb = _clause_verb(owned) if owned.dep_ not in ("acomp", "ROOT") else (owned.head if owned.dep_ == "acomp" else owned)
    # "Ruritanian-owned": the word joined by the hyphen, between the figure and "owned"
    if owned.i >= 2 and doc[owned.i - 1].text == "-" and doc[owned.i - 2].i > q_span.end - 1 \
            and doc[owned.i - 2].is_alpha:
        return f"{doc[owned.i - 2].text} ownership", None, verb
    if owned.i != q_span.end:
        return None  # "55% of the firm is owned by": another shape (a stake, actors.stake)
    agent = next((o for c in owned.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if agent is None:
        return "ownership", None, verb
    words = [t.text for t in agent.subtree if t.lower_ not in _OWNER_PRONOUNS]
    return ("ownership by " + " ".join(words)) if 0 < len(words) <= 6 else "ownership", None, verb


_STAFF_NOUNS = {"people"}


def _employed(q_span: Span) -> Optional[tuple[str, Token, Token]]:
    """People a firm employs: "Zentex, which employs 4,000 people" -> ``employees`` (the people are its
    staff; a named trade, "employs 300 welders", keeps the general reading)."""
    root = q_span.root
    counted = root.head if root.dep_ == "nummod" else None
    if counted is None or counted.lower_ not in _STAFF_NOUNS or counted.dep_ != "dobj" \
            or counted.head.lemma_.lower() != "employ" \
            or any(c.dep_ in ("amod", "compound") and c.i not in {t.i for t in q_span} for c in counted.children):
        return None
    return "employees", counted, counted.head


_LEAD_QUALIFIERS = {"more", "less", "fewer", "than", "about", "around", "some", "nearly", "almost", "over", "under",
                    "roughly", "approximately", "just", "up", "to", "at", "least", "most", "an", "estimated"}


def _measure_of_bare_count(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """A bare count right after "<measure> of" ("unemployment of more than two million and …"): that
    measure, whatever the parse hangs the number on (it may read "two million" as counting a later
    noun). A count followed by what it counts ("a population of 220 million people") is read as before."""
    doc = q_span.doc
    if q_span.end < len(doc) and doc[q_span.end].pos_ in ("NOUN", "PROPN"):
        return None
    i = q_span.start - 1
    while i > q_span.sent.start and doc[i].lower_ in _LEAD_QUALIFIERS:
        i -= 1
    if i <= q_span.sent.start or doc[i].lower_ != "of":
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ in _TIME_NOUNS or not names_measure(noun) \
            or noun.lemma_.lower() in _MEASURE_NOUNS or noun.lower_ in _CARRIER_NOUNS \
            or noun.lower_ in _CHANGE_NOUNS or noun.lemma_.lower() in _CHANGE_NOUNS:
        return None
    return phrase_of(noun, {t.i for t in q_span}), noun, _clause_verb(noun)


def _valued_at(q_span: Span) -> Optional[tuple[str, Optional[Token], Optional[Token]]]:
    """What a valuation or a flotation prices: "valued its film unit at £400m" -> ``valuation of film unit``,
    "the firm could be valued at 300m euros" -> ``value`` (a firm is whose value, not a measure),
    "Zentex, which floated on the stock market for £150m" -> ``flotation value``. A measure valued
    ("exports were valued at $2bn") keeps the general reading; so does a noun the verb describes
    ("three projects, valued at $500m")."""
    root = q_span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("at", "for"):
        return None
    verb = root.head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.dep_ == "acl":
        return None
    if lemma == "float" or verb.lower_ in ("floated", "floats", "floating"):
        return "flotation value", None, verb
    if lemma != "value" or root.head.lower_ != "at":
        return None
    q_ids = {t.i for t in q_span}
    if any(c.dep_ in ("nsubjpass", "nsubj") and c.pos_ in ("NOUN", "PROPN") and _measured_subject(c) is not None
           and c.lemma_.lower() not in _ACTOR_NOUNS for c in verb.children if verb.tag_ == "VBN"
           and c.dep_ == "nsubjpass"):
        return None  # "exports were valued at $2bn": the exports
    valued = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if valued is None:
        return "value", None, verb
    return f"valuation of {phrase_of(valued, q_ids)}", None, verb


_SOUGHT_VERBS = {"seek", "request"}


def _sought_for(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """Money sought for a purpose: "the agency is seeking $4.5m for emergency shelter" -> ``emergency
    shelter sought`` (what the money is for, sought: not yet had)."""
    root = q_span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _SOUGHT_VERBS:
        return None
    q_ids = {t.i for t in q_span}
    purpose = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > root.i
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and names_measure(o)
                    and o.lower_ not in _TIME_NOUNS), None)
    if purpose is None:
        return None
    return f"{phrase_of(purpose, q_ids)} sought", None, verb


def _of_noun_after_conversion(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """The "of" noun an amount is of across its bracketed conversion: "using 300m yuan ($40m; £20m) of
    company funds" -> company funds (the bracket splits the amount from its "of", and the parse hangs the
    "of" on the verb)."""
    doc = q_span.doc
    i = q_span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((t.i for t in doc[i:min(len(doc), i + 14)] if t.text == ")"), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].lower_ != "of":
        return None
    obj = next((o for o in doc[close + 1].children if o.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not names_measure(obj) or obj.lower_ in _TIME_NOUNS \
            or obj.lower_ in _CHANGE_NOUNS or obj.lemma_.lower() in _CHANGE_NOUNS:
        return None
    return phrase_of(obj, {t.i for t in q_span}), obj, _clause_verb(q_span.root)


# The measure a figure on these holders is of (developed on bbc-dev2): a price on "shares" is the
# share price ("Acme's shares fell to 95p"; the percent move keeps "shares"), a growth rate of an
# "economy" is economic growth ("the economy grew 3%"; a fall keeps "economy").
_GROWTH_VERBS = {"grow", "expand"}



#: Shapes read before the general reading, in order, with the kinds they apply to (None: every kind):
# a line of a list: "- Exports: $27.54 billion", "• Remittances: $2.1bn (earlier $2.0bn)", "Imports: Rs 1,611 billion"
_LABEL_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–·▪][ \t]*|\d{1,2}[.)][ \t]+|[A-Z]{4,}(?:[ \t]+[A-Z]{3,})?[ \t]*:[ \t]*)?(?P<label>[A-Za-z][A-Za-z'’&/ -]{1,50}?)[ \t]*:[ \t]*$")


def _labelled_line(q_span: Span) -> Optional[tuple[str, Optional[Token], Optional[Token]]]:
    """The label of a list line the figure opens ("- Exports: $27.54 billion" -> `Exports`), when the
    label's last word can name a measure (not "Note:", "Source:", a date or a place)."""
    doc = q_span.doc
    # the 90 characters before the figure, read off the tokens there (Doc.text would join the whole
    # document at every figure): a list line's label is short
    first = q_span.start
    while first > 0 and q_span.start_char - doc[first - 1].idx <= 90:
        first -= 1
    offset = doc[first].idx if first < q_span.start else q_span.start_char
    window = doc[first:q_span.start].text_with_ws if first < q_span.start else ""
    cut = window.rfind("\n")
    at_start = first == 0 or doc[first - 1].text_with_ws.endswith("\n") or doc[first - 1].is_space and "\n" in doc[first - 1].text
    if cut < 0 and not at_start:
        return None
    found = _LABEL_LINE.search(window, cut + 1 if cut >= 0 else 0)
    if found is None:
        return None
    label = found.group("label").strip()
    start = offset + found.start("label")
    last = doc.char_span(start + len(label) - len(label.split()[-1]), start + len(label))
    if last is None or len(last) != 1 or not names_measure(last[0]) or last[0].ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
            or last[0].lower_ in ("note", "source", "sources", "total", "period", "date", "figure", "figures", "data"):
        return None
    return label, last[0], None


#: "running £40m over budget", "to halve the deficit", "a $6.75bn (£3.6bn) buyout", "an allowance
#: (£4,745)", "13% of total exports", "is 100% Ruritanian-owned", "valued its unit at £400m", "seeking $4m
#: for emergency shelter", "using 300m yuan ($40m) of company funds", "which employs 4,000 people",
#: "- Exports: $27.54 billion" (a list line's label).
_SHAPE_READERS = ((None, _budget_overrun), (("money", "count", "percent"), _labelled_line), (("multiple",), _multiplied_object),
                  (("money",), _noun_after_conversion), (("money",), _noun_before_bracket),
                  (("percent",), share_of_whole), (("percent",), _ownership), (("money",), _valued_at),
                  (("money",), _sought_for), (("money",), _of_noun_after_conversion), (("count",), _employed),
                  (("count",), _measure_of_bare_count))

def named_level(metric: Optional[str], head: Optional[Token], verb: Optional[Token], kind: str) -> Optional[str]:
    """The measure's usual name when the metric names only what holds it (shares, an economy)."""
    if metric is None or head is None:
        return metric
    if kind == "money" and head.lower_ == "shares" and metric.split()[-1].lower() == "shares":
        return "share price"
    if kind == "percent" and head.lemma_.lower() == "economy" and metric.split()[-1].lower() == "economy" \
            and verb is not None and verb.lemma_.lower() in _GROWTH_VERBS:
        return "economic growth"
    return metric


# Prepositions that put a figure on the verb's object ("raised rates by 0.5 points to 6%"; "to" is handled
# with targets above), and verbs that state an estimate of their object at an amount ("put X at $3bn").
_OBJECT_PREPS = {"by", "from", "below", "above", "under", "over", "beneath"}
_ESTIMATE_VERBS = {"put", "estimate", "set", "peg", "place", "fix", "cap", "forecast", "project"}
_REVISE_VERBS = {"revise", "upgrade", "downgrade"}


def _metric_for(q_span: Span, kind: str, counted: Optional[Token] = None) -> tuple[Optional[str], Optional[Token], Optional[Token]]:
    q_ids = {t.i for t in q_span}
    root = q_span.root
    verb = _clause_verb(root)
    if kind == "count" and counted is not None:
        measured = _complement(counted, q_ids) if counted.lemma_.lower() in _MEASURE_NOUNS else None
        if measured is not None:  # "14.27 million tonnes of crops": what is measured is the crops
            return phrase_of(measured, q_ids), measured, verb
        whole = counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "of" else None
        if counted.lemma_.lower() not in _MEASURE_NOUNS and whole is not None and whole.pos_ == "NOUN" \
                and (whole.lemma_.lower() in _COUNT_MEASURES or whole.lemma_.lower() == "loss" and any(
                    c.dep_ in ("compound", "amod") and names_measure(c) for c in whole.children)):
            # "a production loss of up to 3,600 vehicles", "a workforce of 6,000 people": the measure the
            # things counted make up
            return phrase_of(whole, q_ids | {t.i for t in counted.head.subtree}), whole, verb
        if counted.lemma_.lower() not in _MEASURE_NOUNS:
            return phrase_of(counted, q_ids), counted, verb
        # "a 32,000 acre farm", "the harvest reached 11 million tonnes": a unit of measure is never what is
        # measured; the noun or the clause the figure belongs to says what
        if counted.dep_ in ("compound", "amod", "nmod") and counted.head.pos_ == "NOUN" and names_measure(counted.head):
            return phrase_of(counted.head, q_ids | {counted.i}), counted.head, verb
        q_ids = q_ids | {counted.i}
    if kind == "money":
        goods = _worth_goods(q_span, q_ids)
        if goods is not None:
            return goods, None, verb
    noun = _attached_noun(root, q_ids)
    if noun is None:
        noun = _headline_measure(q_span)  # "Remittances up 7pc to $2.1bn in July": a verbless headline
    by = next((t for t in q_span if t.dep_ == "pobj" and t.head.lower_ == "by"), None)
    if noun is None and by is not None and by.head.head.dep_ == "pobj" and by.head.head.head.lower_ == "in" \
            and by.head.head.head.head.lemma_.lower() in _CHANGE_NOUNS:
        noun = by.head.head  # "a decrease in exports by NPR 1.3 billion": the exports
    if noun is None and root.dep_ == "npadvmod" and root.head.pos_ == "NOUN" and root.head.dep_ == "conj" \
            and names_measure(root.head):
        noun = root.head  # "exports rose 5% and imports 3%": the 3% is the imports'
    if (noun is None and root.dep_ == "pobj" and root.head.head.lower_ in _CHANGE_NOUNS
            and root.head.head.pos_ == "NOUN"):
        noun = root.head.head  # "a 52% rise in profits to £198m": through the change noun to its "in profits"
    reach = root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _CARRIER_NOUNS \
            and root.head.head.dep_ == "pobj":
        reach = root.head.head  # "pushed tin output to a record high of 9%": through the carrier
        held = reach.head.head if reach.lower_ == "tune" and reach.head.lower_ == "to" else None
        if noun is None and held is not None and (names_measure(held) or held.dep_ in ("nsubj", "nsubjpass")
                                                  and _head_word(held.lower_) in _amount_heads()):
            return phrase_of(held, q_ids), held, verb  # "FDI inflows to the tune of $1.2 billion": the inflows
    if noun is None and reach.dep_ == "pobj" and reach.head.lower_ in ("to", "toward", "towards") and verb is not None:
        # "raise annual IT exports toward $5 billion": the verb's object is what is measured
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        noun = objects[0] if objects else None
    if noun is None and reach.dep_ == "pobj" and reach.head.lower_ in _OBJECT_PREPS and verb is not None \
            and reach.head.head.i == verb.i and _clause_subject(verb, q_ids)[0] is None:
        # "raised rates by 0.5 points", "cut interest rates from 5.25%", "keep their debts below 60%": an
        # actor moves the verb's object, which is what is measured (a measured subject keeps its own)
        objects = [m for c in verb.children if c.dep_ == "dobj" and c.i not in q_ids
                   for m in [_measured_subject(c)] if m is not None]
        noun = objects[0] if objects else None
    on = reach.head.head if reach.dep_ == "pobj" else None
    if noun is None and kind == "money" and on is not None and reach.head.lower_ == "at" and on.dep_ == "acl" \
            and on.head.dep_ == "dobj" and on.head.head.lemma_.lower() in _ESTIMATE_VERBS:
        verb = on.head.head  # "put the amount of aid needed at $5bn": the parse hangs "at" on "needed"
    if noun is None and kind == "money" and reach.dep_ == "pobj" and reach.head.lower_ == "at" and verb is not None \
            and reach.head.head.i in (verb.i, *(c.i for d in verb.children if d.dep_ == "dobj" for c in d.children
                                              if c.dep_ == "acl")) and verb.lemma_.lower() in _ESTIMATE_VERBS:
        # "put the cost of the repairs at $3bn": an estimate of the verb's object (through a carrier:
        # "put the amount of aid needed at $5bn" -> aid)
        objects = [m for c in verb.children if c.dep_ == "dobj" and c.i not in q_ids
                   for m in [_measured_subject(c)] if m is not None]
        noun = objects[0] if objects else None
    if noun is None and kind == "percent" and reach.dep_ == "pobj" and reach.head.lower_ == "at" \
            and verb is not None and reach.head.head.i == verb.i:
        # "had put the tin output growth for the year at 8%": the verb's object, when it names a measure
        # (a rate; "valued its unit at $3m" is the unit's value, not a measure of it)
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                   and (names_measure(c) or c.lemma_.lower() in _CHANGE_NOUNS)]
        if objects and not names_measure(objects[0]):
            return phrase_of(objects[0], q_ids), objects[0], verb  # "estimated growth for 2031 at 0.29%"
        noun = objects[0] if objects else None
    if noun is None and verb is not None and verb.lemma_.lower() in _REVISE_VERBS and reach.dep_ == "pobj" \
            and reach.head.lower_ in ("to", "from", "for", "at") and any(t.i == verb.i for t in reach.ancestors):
        # "revised the GDP growth for 2031 to 6.1 percent from 5.97 percent": the revised object, when it
        # names a measure (the parse may hang the figure on the period's "for")
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < root.i and c.i not in q_ids
                   and c.pos_ in ("NOUN", "PROPN") and names_measure(c)]
        noun = objects[0] if objects else None
    if noun is None and verb is not None and kind == "money" and verb.lemma_.lower() in ("allocate", "earmark"):
        # "allocated Rs 45 billion for the navy": the recipient is part of what is measured (claims.md)
        preps = [c for t in [verb, *q_span] for c in t.children
                 if c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to") and c.i not in q_ids]
        for prep in preps:
            words = [t.text for t in prep.subtree if t.dep_ != "det" and t.i not in q_ids]
            if 1 < len(words) <= 6:
                return "allocation " + " ".join(words), None, verb
        return "allocation", None, verb
    if noun is None and kind == "money":
        spent = _in_what(root, verb, q_ids)
        if spent is not None:  # "help pay off $27.5bn (£14.5bn) in unpaid taxes": the parse hangs "in" on the verb
            return phrase_of(spent, q_ids), None, verb  # (whose is read as before, off the verb)
    if noun is None and kind == "money":
        priced = _cost_of(root, verb, q_ids)
        if priced is not None:  # "the cheapest Zephyr costs £9,500", "the scandal cost the treasury $3m"
            return priced
    if noun is None and kind == "money":
        dealt = _deal_metric(root, verb)
        if dealt is not None:  # "was fined 40m euros", "sold for $2bn", "the $3bn it lent": the deal's sum
            return dealt, None, verb
    if noun is None and verb is not None and kind == "money":
        account = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids), None)
        balance = _balance_of_account(account, verb, q_ids) if account is not None else None
        if balance is not None:  # "the balance of payments remained in surplus at $2bn": the surplus
            named = phrase_of(account, q_ids).split(" (")[0]  # "Balance of Payments (BOP)": the words, not the acronym
            return f"{named} {balance.text.lower()}", account, verb
    if noun is None and verb is not None and kind == "money" and verb.lemma_.lower() in ("send", "remit"):
        return "remittances", None, verb  # "workers sent home $2bn": what is measured is the money sent
    if noun is None and kind == "money" and any(c.dep_ == "acl" and c.lemma_.lower() in ("send", "remit")
                                                 for c in root.children):
        return "remittances", None, verb  # "with $2bn sent home by migrant workers"
    if noun is not None and noun.pos_ == "NOUN" and (noun.lower_ in _CHANGE_NOUNS or noun.lemma_.lower() in _CHANGE_NOUNS):
        # "a rise in profits" -> profits; "a decline of 5%" names nothing; "a 5% export growth" keeps its modifier
        noun = _complement(noun, q_ids) or (noun if names_measure(noun) else None)
    if noun is not None and not names_measure(noun):
        noun = None  # "stood at 5% in Q1", "1.87 trillion rupees": a time or a unit, not a measure
    if noun is None and verb is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i:
        # The figure is its clause's subject ("Rs 38 billion came from the central GST"): the measure is in
        # that clause or nowhere; another clause's subject is another figure's measure.
        sources = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj" and names_measure(o)]
        if sources:
            return phrase_of(sources[0], q_ids), sources[0], verb
        lemma = verb.lemma_.lower()
        return (_VERB_METRICS[lemma] if lemma in _VERB_METRICS else None), None, verb
    if noun is None and verb is not None:
        # "while tin output clocked growth of 3%" parsed with "growth" as a verbless clause: its own
        # subject, met on the way up from the figure, is the measure, not the main verb's subject
        t = root.head
        while t.i != verb.i and t.head.i != t.i and t.i not in q_ids:
            own = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids]
            if t.pos_ == "NOUN" and own:
                found = _measured_subject(own[0])
                if found is not None:
                    return phrase_of(found, q_ids), found, verb
                break
            t = t.head
    if noun is None and verb is not None:
        noun, actor = _clause_subject(verb, q_ids)
        if noun is None and actor is not None:
            as_noun = _as_phrase(verb, q_ids)
            if as_noun is not None:  # "the government collected Rs 2bn as GST revenue": the actor stays whose
                return phrase_of(as_noun, q_ids), actor, verb
            narrowed = _those_of(actor, q_ids)
            if narrowed is not None:  # "tin exports rose 5%, while those of copper fell 2%" -> copper exports
                return narrowed, None, verb
            topic = _topic_before(actor) if actor.lower_ in ("it", "they") else None
            if topic is not None:  # "In case of tin output, it is recorded at 6%": the topic is what "it" is
                return phrase_of(topic, q_ids), topic, verb
            if actor.lower_ in ("it", "they") and not (kind == "money" and verb.lemma_.lower() in _VERB_METRICS):
                return None, None, verb  # "it rose 5%": the caller carries the passage's measure
            if noun is None and actor.lower_ in _CARRIER_NOUNS:
                # "the amount of $350 million that was raised": the verb on the carrier says what
                done = [c for c in actor.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _VERB_METRICS]
                if done:
                    return _VERB_METRICS[done[0].lemma_.lower()], None, verb
        if noun is None:
            lemma = verb.lemma_.lower()
            source = _earned_from(verb, q_ids) if lemma == "earn" else None
            if source is not None:  # "the country earned Rs 150bn from exports": export earnings
                return source, None, verb
            if lemma == "pay" and kind == "percent":
                bought = _paid_more_for(verb, q_ids)
                if bought is not None:  # "will pay 30% more for gas": the price of what is bought moves
                    return f"{phrase_of(bought, q_ids)} price", bought, verb
                return "interest rate", None, verb  # "the account pays 3.1%": a rate paid is an interest rate
            if lemma in _VERB_METRICS:
                return _VERB_METRICS[lemma], None, verb  # "Ruritania imported $2bn", "what was raised"
        timed = _timed_measure(actor) if actor is not None and actor.i == verb.i - 1 else None
        if noun is None and timed is not None and timed.i not in q_ids:
            # "as Freedonia's tin output in the April-June quarter was 6%" ("as" read as a preposition, the
            # verb left without a subject): the measure the time phrase hangs on names what, not whose
            return phrase_of(timed, q_ids), None, verb
        if noun is None and actor is None:
            # The parser left the main verb without a subject ("the country's tea exports during FY21 came
            # in at"): the measure right before it names what, but, read past a parse failure, not whose.
            before = _noun_before(verb, q_ids, extra=("ROOT",))
            if before is not None and names_measure(before):
                return phrase_of(before, q_ids), None, verb
    subject_change = noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.lemma_.lower() in _CHANGE_NOUNS
    if noun is None or not (names_measure(noun) or subject_change):
        return None, None, verb
    if kind == "count" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and names_measure(noun.head.head):
        of_ids = {t.i for t in noun.head.subtree}
        noun = noun.head.head  # "a population of 220 million people": the population is what is measured
        return phrase_of(noun, q_ids | of_ids), noun, verb
    account = _account_of_balance(noun, q_ids)
    if account is not None:  # "the current account recorded a deficit of $9bn": the current account deficit
        return f"{phrase_of(account, q_ids)} {noun.text.lower()}", noun, verb
    return phrase_of(noun, q_ids), noun, verb


def _paid_more_for(verb: Token, q_ids: set[int]) -> Optional[Token]:
    """What a buyer pays a percent more or less for ("agreed to pay 30% more for natural gas"): the
    noun after "for", when "more"/"less" names the percent as a change of what is paid."""
    if not any(c.lower_ in ("more", "less") for c in verb.children) \
            and not any(t.lower_ in ("more", "less") and t.i not in q_ids for t in verb.doc[min(q_ids):min(q_ids) + 4]):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


# Verbs whose money figure is the sum of one deal, named by the deal: "was fined 40m euros" (a fine),
# "lent the utility $3bn" (a loan); "sold for $2bn", "bought it for $45m" (the price of the sale, not sales).
_DEAL_SUMS = {"fine": "fine", "lend": "loan", "loan": "loan"}
_PRICED_DEALS = {"sell", "buy", "purchase", "acquire"}
_DEAL_FORMS = {"fined": "fine", "fines": "fine", "lent": "lend", "loaned": "loan"}  # the small model's lemmas slip


def _deal_metric(root: Token, verb: Optional[Token]) -> Optional[str]:
    """The sum a deal verb names for the money figure ``root`` that is its object, its "for" price or
    what a relative clause on the figure says was done with it ("the $3bn which the bank lent"); None."""
    deeds = [c for c in root.children if c.dep_ == "relcl"]
    if verb is not None and (root.head.i == verb.i and root.dep_ in ("dobj", "dative", "npadvmod", "attr", "oprd")
                             or root.dep_ == "pobj" and root.head.head.i == verb.i):
        deeds.append(verb)
    for deed in deeds:
        lemma = _DEAL_FORMS.get(deed.lower_, deed.lemma_.lower())
        if lemma in _DEAL_SUMS and not (root.dep_ == "pobj" and root.head.lower_ != "for" and deed is verb):
            return _DEAL_SUMS[lemma]
        if lemma in _PRICED_DEALS and root.dep_ == "pobj" and root.head.lower_ == "for" and deed is verb:
            return "purchase price" if _buyer_acts(deed, lemma) else "sale price"
    return None


def _buyer_acts(deed: Token, lemma: str) -> bool:
    """Whether a buying verb is told of its buyer in a main clause ("Acme agreed to buy Beta for $2bn": the
    price Acme pays, gold's "purchase price"); a passive or a relative clause on the asset ("it was bought for
    $9bn", "the mill, which Acme bought for $45m") tells the asset's sale price."""
    if lemma == "sell" or deed.dep_ in ("relcl", "acl"):
        return False
    head = deed.head if deed.dep_ == "xcomp" else deed
    return any(c.dep_ == "nsubj" for c in head.children) and any(c.dep_ == "dobj" for c in deed.children)


# Verbs whose "in" phrase is where the money goes, not what it is: "invest 100m euros in marketing".
_INVESTING_VERBS = {"invest", "spend", "put", "plough", "plow", "pour", "pump", "inject", "sink"}


def _in_what(root: Token, verb: Optional[Token], q_ids: set[int]) -> Optional[Token]:
    """The noun of an "in" phrase on the verb right after its money object ("paid $27.5bn (£14.5bn) in
    unpaid taxes", "raised $2bn in new debt"): what the money is, as in "$5bn in exports". None when
    anything but a bracketed conversion stands between, or the noun names a time, place or no measure."""
    if verb is None or root.dep_ != "dobj" or root.head.i != verb.i or verb.lemma_.lower() in _INVESTING_VERBS:
        return None
    doc = root.doc
    end = max([t.i for t in root.subtree] + list(q_ids)) + 1
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i >= end):
        between = doc[end:prep.i].text.strip()
        if between and not re.fullmatch(r"\([^()]*\)", between):
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and names_measure(obj) and not obj.ent_type_:
            return obj
    return None


def _earned_from(verb: Token, q_ids: set[int]) -> Optional[str]:
    """"<what> earnings" for money earned "from" a measure ("earned Rs 150bn from exports" -> "export
    earnings", "from tourism" -> "tourism earnings", as the text would say it); None when the "from"
    names a place, a body or a time, or nothing."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or not names_measure(obj) or obj.lower_ in _ACTOR_NOUNS:
            continue
        words = phrase_of(obj, q_ids).split()
        if len(words) > 4 or " of " in f" {' '.join(words)} ":
            continue
        return " ".join(words[:-1] + [obj.lemma_.lower(), "earnings"])
    return None


# Nouns of goods a buyer pays for: what such a thing costs is its price ("the top model costs £15,000").
_GOODS_NOUNS = {"model", "version", "ticket", "fare", "car", "phone", "house", "home", "flat", "unit", "item",
                "product", "edition", "device", "handset", "bottle", "meal", "seat"}


def _cost_of(root: Token, verb: Optional[Token], q_ids: set[int]) -> Optional[tuple[str, Token, Token]]:
    """(metric, head, verb) for money that is what something costs ("X costs $N"): the price of a good
    bought (a named make or model, a superlative, a good: "the cheapest Zephyr cost £9,500", "the GT,
    which costs £17,730"), the cost of anything else or of what costs someone ("the scandal has cost
    the treasury $3m a month": cost of scandal). None when the figure is not the object of "cost" or
    its subject points back ("it costs $5": the passage's measure)."""
    priced = verb is not None and (verb.lemma_.lower() == "fetch" and root.head.i == verb.i and root.dep_ == "dobj"
                                   or verb.lemma_.lower() == "price" and verb.tag_ == "VBN" and root.dep_ == "pobj"
                                   and root.head.lower_ in ("at", "from") and root.head.head.i == verb.i)
    if verb is None or not priced and (verb.lemma_.lower() != "cost" or verb.lower_ in ("costs",) and verb.pos_ == "NOUN"
                                       or root.head.i != verb.i or root.dep_ not in ("dobj", "npadvmod", "attr")):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids), None)
    raised = verb
    while subject is None and priced and raised.dep_ in ("xcomp", "acomp") and raised.head.i != raised.i:
        raised = raised.head  # "a used Zephyr GT is likely to be priced from £7,250": the subject up the chain
        subject = next((c for c in raised.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "the GT, which costs £17,730": the noun the clause describes
    superlative = any(t.tag_ == "JJS" for t in subject.subtree) if subject is not None else False
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ == "PERSON" \
            or subject.ent_type_ in ("GPE", "NORP") and not superlative and not priced:
        return None  # "the cheapest Zephyr" is a good, whatever the tagger takes the name for
    thing = phrase_of(subject, q_ids)
    whose = any(c.dep_ == "dative" or c.dep_ == "dobj" and c.i not in q_ids and c.i != root.i for c in verb.children)
    good = subject.pos_ == "PROPN" or subject.lemma_.lower() in _GOODS_NOUNS or any(
        t.tag_ == "JJS" or t.pos_ == "PROPN" for t in subject.subtree if t.i < subject.i)
    head = subject if subject.pos_ == "NOUN" and subject.head.i == verb.i else None  # a name stays whose, as before
    if priced:  # "a Zephyr bought in 2001 should fetch £6,000", "is priced from £7,250": what it sells for
        return f"price of {thing}", head, verb
    return f"{'price' if good and not whose else 'cost'} of {thing}", head, verb


def _headline_measure(q_span: Span) -> Optional[Token]:
    """The measure a verbless headline moves "up" or "down" by the figure ("Remittances up 7pc",
    "Textile exports down 14pc in FY31"): the noun right before "up"/"down", when no verb governs it."""
    doc, sent = q_span.doc, q_span.sent
    i = q_span.start - 1
    if i > sent.start and doc[i].lower_ == "by":
        i -= 1
    if i <= sent.start or doc[i].lower_ not in ("up", "down"):
        return None
    noun = doc[i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or not names_measure(noun) or noun.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < i:
        return None  # "profits were up 5%": the verb's clause names it the usual way
    return noun


_BALANCES = {"deficit", "surplus"}
_ACCOUNTS_OF_BALANCES = {"account", "trade", "budget", "balance", "payment", "payments"}


def _account_of_balance(noun: Token, q_ids: set[int]) -> Optional[Token]:
    """The account a bare deficit or surplus belongs to when the account is the subject of the verb
    that records it ("the current account posted a deficit of $1.9bn", "trade showed a surplus"),
    or None (a deficit with its own modifiers, or another subject: "the firm ran a deficit")."""
    if noun.lemma_.lower() not in _BALANCES or any(c.dep_ in ("compound", "amod", "poss") and c.lower_ not in _NOT_MODIFIERS
                                                   for c in noun.children):
        return None  # "a record deficit" is still a bare one
    if noun.dep_ == "pobj" and noun.head.lower_ in _BALANCE_STATES and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head  # "the current account remained at a surplus of $3bn": the verb's subject's
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids]
    if subjects and subjects[0].lemma_.lower() in _ACCOUNTS_OF_BALANCES:
        return subjects[0]
    return None


# Prepositions by which a verb puts its subject in a balance: "remained at a surplus", "stayed in deficit".
_BALANCE_STATES = {"at", "in", "into", "to"}  # "swung from a surplus to a deficit of $412bn"


def _balance_of_account(noun: Token, verb: Optional[Token], q_ids: set[int]) -> Optional[Token]:
    """The bare balance an account is put in by the verb whose subject it is ("the balance of payments
    remained in surplus at $2bn", "the trade account swung into deficit at $1bn"), or None."""
    if verb is None or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != verb.i \
            or noun.lemma_.lower() not in _ACCOUNTS_OF_BALANCES:
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in _BALANCE_STATES
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _BALANCES and o.i not in q_ids
                 and not any(c.dep_ in ("compound", "amod", "poss", "prep") for c in o.children)), None)


# Subjects that point back to the figures before without naming a measure: "Official figures for
# the two years were $5bn and $4bn".
_ANAPHORIC_CARRIERS = {"figure", "figures", "total", "totals", "number", "numbers", "data", "tally", "amount"}


def open_clause(q_span: Span) -> bool:
    """Whether the figure's clause names no measure of its own (no subject, or "it"/"they"/"this"),
    so that the passage's measure applies: "..., showing a decline of 5%", "it rose 5%"."""
    return open_clause_kind(q_span) is not None


def names_another_measure(q_span: Span, metric: Optional[str]) -> bool:
    """Whether the figure's sentence, before the figure, names a measure noun that is not a word of
    ``metric``: "In case of private consumption growth, it is recorded at 6%" has its own measure for
    "it", so a measure from the paragraph before does not apply."""
    words = {_head_word(w) for w in re.findall(r"[\w'-]+", (metric or "").lower())}
    sent = q_span.sent
    return any(t.pos_ == "NOUN" and names_measure(t) and _head_word(t.text) not in words
               and t.lemma_.lower() not in _ANAPHORIC_CARRIERS and t.lower_ not in _ANAPHORIC_CARRIERS
               for t in q_span.doc[sent.start:q_span.start])


def open_clause_kind(q_span: Span) -> Optional[str]:
    """None when the figure's clause names a measure or an actor of its own; "list" for a figure
    listed after another ("$4bn in May and $3bn in June"), "anaphor" when its subject points back
    ("it", "they", "the figures"), "open" when it has no subject at all."""
    q_ids = {t.i for t in q_span}
    root = q_span.root
    if root.dep_ == "conj" and root.head.i not in q_ids and (root.head.like_num or root.head.pos_ == "NUM"
                                                              or root.head.ent_type_ in ("MONEY", "PERCENT")):
        return "list"
    if root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("dobj", "attr") and c.i < root.i and (c.like_num or c.pos_ == "NUM") for c in root.head.children):
        return "list"  # "got $4bn in tin in May, and $3bn in June": the parser hangs the second on the verb
    verb = _clause_verb(root)
    if verb is None:
        return "open"
    noun, actor = _clause_subject(verb, q_ids)
    if noun is not None:
        return None
    if actor is None:
        return "open"
    if actor.pos_ == "PRON" or (actor.lower_ in _ANAPHORIC_CARRIERS and not any(
            c.dep_ in ("compound", "nmod") for c in actor.children)):
        return "anaphor"
    return None


def _as_phrase(verb: Token, q_ids: set[int]) -> Optional[Token]:
    """The noun of an "as" phrase on the verb or its object: "collected Rs 2bn as gross GST revenue"."""
    for t in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and names_measure(obj) and obj.i not in q_ids:
                    return obj
    return None


def _named_carrier(token: Token) -> bool:
    """A rate, value or volume that the noun right before it names ("market value", "export volume"), not
    a time ("annual rate") or an evaluation ("a respectable rate")."""
    return token.lower_ in _MEASURED_CARRIERS and any(
        c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "NOUN" and not c.ent_type_
        and c.lower_ not in _NOT_MEASURES and c.lower_ not in _TIME_NOUNS and c.lemma_.lower() not in _TIME_NOUNS
        and c.lower_ not in _CARRIER_NOUNS for c in token.children)


def _dateline(token: Token) -> bool:
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
    if _dateline(token):
        return False  # "COLOMBO: Sri Lanka's reserves stood at …": the place the story is filed from
    low, lemma = token.lower_, token.lemma_.lower()
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL") or (re.fullmatch(r"(fy|q[1-4]|h[12])?[\d'-]*", low) or _PERIOD_TOKEN.fullmatch(low)):
        return False
    if _named_carrier(token):
        return True  # "market value", "export volume": a value or volume of what its noun names
    if low in _NOT_MEASURES or lemma in _NOT_MEASURES or low in _TIME_NOUNS or lemma in _TIME_NOUNS:
        return False
    if low in _CHANGE_NOUNS or lemma in _CHANGE_NOUNS:
        # "GDP growth", "export growth": the change of a measure its modifier names; a bare "decline" names none
        return any(c.dep_ in ("compound", "nmod") and c.i < token.i and names_measure(c) for c in token.children)
    if low in _CARRIER_NOUNS:
        # "the jobless rate", "export volume": a rate or volume of what its modifier names
        return (low in _MEASURED_CARRIERS or low in _FORECAST_NOUNS) and any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
            and c.lower_ not in _CARRIER_NOUNS and not c.ent_type_ and c.lower_ not in _NOT_MEASURES
            and c.lower_ not in _TIME_NOUNS for c in token.children)
    return low not in _ACTOR_NOUNS and lemma not in _ACTOR_NOUNS and lemma not in _PLACE_NOUNS


def _worth_goods(q_span: Span, q_ids: set[int]) -> Optional[str]:
    """"carpet worth Rs 1.17 million", "exported soybean oil alone worth Rs 27 million": the goods
    right before "worth", with the sentence's trade verb ("carpet exports")."""
    doc, sent = q_span.doc, q_span.sent
    i = q_span.start - 1
    while i > sent.start and doc[i].lower_.rstrip(".") in _CURRENCY_MARKS:
        i -= 1  # "goods worth Rs. 12 billion" when the figure's span starts after the currency
    if i <= sent.start or doc[i].lower_ != "worth":
        return None
    i -= 1
    if doc[i].lower_ in ("alone", "only"):
        i -= 1
    words = []
    while i >= sent.start and i not in q_ids and (
            doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].tag_ == "VBN" and words and doc[i].dep_ in ("amod", "compound")
            or doc[i].lower_ in ("and", "&") and words and i > sent.start
            and doc[i - 1].pos_ in ("NOUN", "PROPN") and not doc[i - 1].like_num
            and doc[i - 1].lower_.rstrip(".") not in _CURRENCY_MARKS and doc[i - 1].lower_ not in _NOT_MEASURES):
        # "liquefied petroleum gas worth", "tea and coffee worth": the goods, with their modifiers and pairs
        words.insert(0, doc[i])
        i -= 1
    if not words and i >= sent.start and i not in q_ids and doc[i].tag_ == "VB" and doc[i].lemma_ == doc[i].lower_ \
            and (i == sent.start or doc[i - 1].is_punct) and doc[i].lower_ not in _NOT_MEASURES:
        # "Meanwhile, maize worth Rs 7 million, …" with the good read as a bare verb (no verb stands
        # right before "worth"): the good it names
        return _worth_flow(doc, sent, q_span, [doc[i]])
    if not words or not names_measure(words[-1]):
        return None
    earned = words[-1].head
    if words[-1].dep_ == "dobj" and earned.lemma_.lower() in _EARNING_VERBS and any(
            c.dep_ == "nsubj" and _measured_subject(c) is not None for c in earned.children):
        return None  # "tin exports earned foreign exchange worth $3m": the money is the exports', not goods
    return _worth_flow(doc, sent, q_span, words)


def _worth_flow(doc, sent: Span, q_span: Span, words: list[Token]) -> str:
    """The goods ``words`` with the trade verb of their clause ("carpet exports"), or alone."""
    # The clause may run past a sentence break the segmenter put after "Rs." ("Goods worth Rs. | 12
    # billion were imported"): the trade verb is looked for up to the end of the figure's own sentence.
    end = max(sent.end, q_span[-1].sent.end)
    while end < len(doc) and end >= 2 and doc[end - 1].text == "." and doc[end - 2].lower_ in _CURRENCY_MARKS:
        end = doc[end].sent.end
    clause = doc[sent.start:end]
    flow = next((_FLOW_VERBS[t.lemma_.lower()] for t in clause
                 if t.pos_ == "VERB" and t.lemma_.lower() in _FLOW_VERBS), None)
    phrase = " ".join(t.text for t in words)
    return f"{phrase} {flow}" if flow else phrase


# a period written as one token: "FY23", "FY2022-23", "2QFY23", "Q1", "H1FY24", "2022/23"
_PERIOD_TOKEN = re.compile(r"(?:[1-4]q|h[12]|q[1-4])?(?:fy|cy)?['’]?\d[\d'/-]*|(?:q[1-4]|h[12]|[1-4]q)fy[\d'/-]*")


def _complement(noun: Token, q_ids: set[int]) -> Optional[Token]:
    """The noun of an "in"/"of" phrase on ``noun``: "rise in profits" → profits."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.i not in q_ids \
                    and obj.ent_type_ not in ("DATE", "TIME") and obj.lower_ not in _TIME_NOUNS \
                    and not _PERIOD_TOKEN.fullmatch(obj.lower_) \
                    and (obj.ent_type_ not in ("GPE", "NORP") or is_term(obj.text)):
                return obj  # not "growth in the previous quarter" (a time is when), nor "in Spain" (where)
    return None


def _clause_verb(token: Token) -> Optional[Token]:
    t = token
    for _ in range(6):
        glued = t.i > 0 and t.doc[t.i - 1].like_num and not t.doc[t.i - 1].whitespace_
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",) and not glued:
            return t  # not the "m" of "£138m" that the tagger reads as a verb
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _attached_noun(root: Token, q_ids: set[int]) -> Optional[Token]:
    # "a Rs10 billion fund", "the 29% reciprocal tariffs": the figure modifies a noun.
    if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in q_ids:
        if root.head.lower_ not in _CARRIER_NOUNS and root.head.lower_ not in _CHANGE_NOUNS:
            noun = root.head
            while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i \
                    and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "PUNCT") for t in noun.doc[noun.i + 1:noun.head.i]):
                noun = noun.head  # "the 81 million tin-ore barges": the figure counts the compound's head
            return noun
        if root.head.lower_ in _CHANGE_NOUNS and _complement(root.head, q_ids) is not None:
            return root.head  # "a 52% rise in profits": metric_for goes on to "profits"
        if root.head.lower_ in _CHANGE_NOUNS and names_measure(root.head):
            return root.head  # "the 6% GDP growth expected": a change its own modifier names the measure of
    # "$5 billion in exports", "$2.1 billion worth of goods", "5% of revenue"
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "worth")):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "GPE"):
                return obj
        inner = [c for c in prep.children if c.dep_ == "prep"]
        for p in inner:
            for obj in p.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj
    for child in root.children:  # "$2.1 billion worth of goods": worth as an amod/npadvmod
        if child.lower_ == "worth":
            for p in child.children:
                for obj in p.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        return obj
    # "growth of 5% in exports" / "a fund of Rs10bn": the figure is the object of "of" on a noun
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "at") and root.head.head.pos_ == "NOUN":
        noun = root.head.head
        if noun.lower_ not in _CARRIER_NOUNS and noun.lower_ not in _CHANGE_NOUNS:
            return noun
        if _named_carrier(noun):
            return noun  # "a market value of $3bn"
    return None


def _clause_subject(verb: Token, q_ids: set[int]) -> tuple[Optional[Token], Optional[Token]]:
    """(the measured subject of the figure's clause, or the actor found in its place).

    Climbs from the verb through the verbs it completes ("showing a decline of 5%" after "exports
    were recorded at ...", "and were recorded at" after "imports narrowed"); a noun standing right
    before a subjectless verb is its own subject ("imports falling 1% and exports dropping 9%"), so the
    climb never hands one figure's measure to the next figure of a list."""
    v = verb
    for _ in range(4):
        before = _noun_before(v, q_ids)
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids]
        # "the tin collected in May is up 5%": the parser makes "collected" a clausal subject; its
        # own subject is what the clause is about
        subjects = subjects or [s for c in v.children if c.dep_ == "csubj" for s in c.children
                                if s.dep_ in ("nsubj", "nsubjpass") and s.i not in q_ids]
        if not subjects and before is not None and not (_is_time(before) and _timed_measure(before) is None):
            # "… during the same period of last year showing a decrease of 5%": a time right before the
            # verb is when, never the verb's subject; the climb goes on to the clause it completes (a time
            # on a measure is left to the caller: "as tin output in the June quarter was 6%")
            return (before, None) if names_measure(before) else (None, before)
        for child in subjects:
            if child.pos_ == "PRON":
                return None, child
            if _across_a_list(child, v, q_ids):
                return None, child  # "X dipped 18%, and Y went up 25%": X is the 18%'s, not the 25%'s
            found = _measured_subject(child)
            if found is not None:
                return found, None
        if subjects:
            return None, subjects[0]  # an actor ("TeleVista earned $1bn"), a time or a unit word
        if v.dep_ in ("relcl", "acl") and v.head.pos_ == "NOUN":
            return (v.head, None) if names_measure(v.head) else (None, v.head)
        if v.dep_ not in ("conj", "xcomp", "advcl", "ccomp", "pcomp") or v.head.i == v.i:
            return None, None
        v = v.head
        if v.pos_ == "ADJ" and v.dep_ == "acomp" and v.lower_ in _LIKELY and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # "the economy is likely to grow 6%": the clause "likely" completes
        if v.pos_ not in ("VERB", "AUX"):
            return None, None
    return None, None


_TOPIC_OPENER = re.compile(r"(?i)(?:in (?:the )?case of|as for|as regards|as to|regarding|in terms of|coming to)\s")


def _topic_before(pronoun: Token) -> Optional[Token]:
    """The measure a sentence opens with as its topic before a pronoun that stands for it ("In case of
    tin output, it is recorded at 6%", "As for imports, they fell 2%"): the noun closing the opener's
    phrase right before its comma, when it names a measure."""
    doc, sent = pronoun.doc, pronoun.sent
    if not _TOPIC_OPENER.match(doc[sent.start:pronoun.i].text):
        return None
    comma = next((t.i for t in doc[sent.start:pronoun.i] if t.text == ","), None)
    if comma is None or comma != pronoun.i - 1 or comma - 1 <= sent.start:
        return None
    noun = doc[comma - 1]
    if noun.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and not is_term(noun.text):
        return None  # "In case of Freedonia, it grew 2%": a place is whose, not what
    return noun if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN") and names_measure(noun) else None


def _those_of(pronoun: Token, q_ids: set[int]) -> Optional[str]:
    """"those of copper" after "tin exports rose": the measure the pronoun stands for (the nearest measured
    subject before it in the sentence), narrowed to its "of" noun -> ``copper exports``; "the pace of
    growth" after "tin output grew" is that measure's (``tin output``)."""
    obj = next((o for p in pronoun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    before = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i]
              if t.dep_ in ("nsubj", "nsubjpass") and names_measure(t)
              and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and is_term(t.text))]  # "tin GVA grew"
    if obj is not None and not before and pronoun.lower_ in ("those", "that") and names_measure(obj) and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _CARRIER_NOUNS and any(
                p.dep_ == "prep" and p.lower_ == "of" for p in t.children)
            for t in pronoun.doc[pronoun.sent.start:pronoun.i]):
        return phrase_of(obj, q_ids)  # "the value of exports was $3bn, while that of imports was $5bn": imports
    if obj is None or not before:
        return None
    if pronoun.lower_ in ("pace", "rate", "speed") and not names_measure(obj) \
            and (obj.lower_ in _CHANGE_NOUNS or obj.lemma_.lower() in _CHANGE_NOUNS):
        # "tin output grew, with the pace of growth picking up to 4.7%": the growth of the measure before
        return phrase_of(before[-1], q_ids)
    if pronoun.lower_ not in ("those", "that"):
        return None
    return f"{phrase_of(obj, q_ids)} {before[-1].lower_}"


def _across_a_list(subject: Token, verb: Token, q_ids: set[int]) -> bool:
    """Whether another figure and then "and" stand between the subject and its verb: the parser has
    joined two clauses of a list, and the subject is the other figure's."""
    between = subject.doc[subject.i + 1:verb.i]
    figure = next((t.i for t in between if t.like_num and t.i not in q_ids and t.ent_type_ in ("MONEY", "PERCENT")), None)
    return figure is not None and any(t.i > figure and t.lower_ == "and" for t in between)


def _measured_subject(child: Token) -> Optional[Token]:
    """The measure a clause subject names, if any: itself, a conjunct the parser hung on a sector word
    ("IT and IT-enabled services exports"), the "of" object of a carrier noun ("the total volume of
    exports", "the number of e-way bills"); a term written as a name counts ("GDP", "FDI")."""
    def fits(t: Token) -> bool:
        if t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") and not is_term(t.text):
            return False
        # a term the NER takes for an organisation ("IGST is Rs 89 crore", "tin GVA grew 5%") is a measure
        return t.pos_ == "NOUN" or (t.pos_ == "PROPN" and is_term(t.text) and (
            not t.ent_type_ or t.ent_type_ == "ORG" and _measure_term(t)))

    # "the Tin Duty Tax (TDT) accounted for Rs 12 billion", the spelled-out term tagged as a body: its
    # acronym, a term of the term table, names the measure
    acronym = next((c for c in child.children if c.dep_ == "appos" and _is_acronym(c)), None)
    if acronym is not None and child.ent_type_ == "ORG" and child.i == acronym.i - 2:
        return acronym

    # "The State Bank of Ruritania's (SBR) foreign exchange reserves rose": the parser makes the
    # reserves an apposition of the bank
    appos = [c for c in child.children if c.dep_ == "appos" and c.pos_ == "NOUN" and names_measure(c)]
    child = next((c for c in (child, *child.conjuncts) if fits(c)), None) or (appos[0] if appos else None)
    if child is None:
        return None
    if child.lower_ in _CHANGE_NOUNS or child.lemma_.lower() in _CHANGE_NOUNS:
        return _complement(child, set()) or child  # "growth for 2004 was 1.6%": the growth is what is stated
    if child.lower_ in _CARRIER_NOUNS or child.lower_ in ("number", "pace", "figure", "figures", "tally"):
        for prep in (c for c in child.children if c.lower_ == "of"):
            for obj in prep.children:
                if obj.pos_ == "NOUN" and names_measure(obj):
                    return obj
        # "the latest tin sales figure is up 5%": the measure is the noun the carrier is a figure of
        before = [c for c in child.children if c.dep_ == "compound" and c.i == child.i - 1 and c.pos_ == "NOUN"]
        if before and names_measure(before[0]) and not names_measure(child):
            return before[0]
    return child if names_measure(child) else None


def _is_time(t: Token) -> bool:
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_NOUNS


def _timed_measure(t: Token) -> Optional[Token]:
    """The measure a time phrase hangs on ("tin output in the June quarter" for "quarter"), if any."""
    start = t
    while t.dep_ == "pobj" and _is_time(t) and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN") \
            and t.head.head.i < t.i:
        t = t.head.head
    return t if t.i != start.i and names_measure(t) else None


# Terms that are markets or money, not measures: a stock exchange and its index ("PSX gained 2%" is told
# by index_moved), a currency code ("the PKR fell 1%")
_MARKET_TERMS = {"psx", "kse", "kse-100", "sensex", "nifty", "dse", "cse", "nepse", "bse", "nse"}


def _measure_term(t: Token) -> bool:
    """A term the NER takes for a body that names a measure ("IGST", "GVA"), not a market or a currency."""
    from extractor.actors import _currency_codes

    return t.lower_ not in _MARKET_TERMS and t.text.upper() not in _currency_codes() \
        and t.text not in lexicons.load("actors")["market_indices"]


def _noun_before(v: Token, q_ids: set[int], extra: tuple = ()) -> Optional[Token]:
    """The noun right before a verb that has no subject of its own ("and exports dropping by 9%")."""
    if v.dep_ not in ("conj", "advcl", *extra) or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    i = v.i - 1
    while i > v.sent.start and v.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    t = v.doc[i]
    # "textile exports during FY23 came in at $16.5bn": past a phrase on the noun
    while extra and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN" and t.head.head.i < t.i \
            and (t.ent_type_ in ("DATE", "TIME") or not names_measure(t)):
        t = t.head.head
    return t if t.pos_ == "NOUN" and t.i not in q_ids and t.dep_ != "dobj" else None


# A figure named only as a reference point of a measure: "an earlier estimate of 1.7%", "the peak of 43%",
# "the 2% target", "the 0-2% range the bank predicts", "hopes of a 0.2% expansion".
_REFERENCE = re.compile(r"(?i)(?:(?P<adj>earlier|previous|initial|original|first)\s+)?"
                        r"(?P<noun>estimates?|peak|range|expectations?|hopes?|forecasts?|projections?|predictions?"
                        r"|targets?|goals?)")
_REFERENCE_MARKS = {"estimate": "estimate", "peak": "peak", "range": "forecast", "expectation": "expected",
                    "hope": "expected", "forecast": "forecast", "projection": "forecast", "prediction": "forecast",
                    "target": "target", "goal": "target"}


_REVISING = re.compile(r"(?i)\b(?:revis(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing))\b")


def names_a_revision(sentence: str) -> bool:
    """Does the sentence revise a figure ("was downgraded to 0.3%")? Its vintages are marked by
    :mod:`extractor.revisions`, not as reference points."""
    return _REVISING.search(sentence) is not None


def reference_mark(metric: Optional[str]) -> Optional[str]:
    """The mark a metric that names only a reference point gives the measure it refers to:
    "earlier estimate" -> "earlier estimate", "peak" -> "peak", "range" -> "forecast", "expectations" ->
    "expected", "target" -> "target". None for any other metric."""
    m = _REFERENCE.fullmatch((metric or "").strip())
    if m is None:
        return None
    mark = _REFERENCE_MARKS[m.group("noun").lower().rstrip("s")]
    return f"{m.group('adj').lower()} {mark}" if m.group("adj") and mark == "estimate" else mark


def referenced_measure(q_span: Span) -> Optional[str]:
    """The measure a reference point belongs to, read off its clause: "inflation was way below the 2%
    target" -> "inflation" (the subject of the verb the reference hangs on, when it names a measure)."""
    q_ids = {t.i for t in q_span}
    t = q_span.root
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return None
    noun, _ = _clause_subject(t, q_ids)
    return phrase_of(noun, q_ids) if noun is not None and names_measure(noun) else None


def is_target(q_span: Span, verb: Optional[Token]) -> bool:
    """A goal rather than a result: "pushes to raise IT exports toward $5 billion", "a target of 5%"."""
    root = q_span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("toward", "towards"):
        return True
    window = q_span.doc[max(q_span.sent.start, q_span.start - 8):q_span.start]
    if any(t.lemma_.lower() in ("target", "goal", "aim") for t in window):
        return True
    # "short of the $58 billion target", "a Rs 1.5 lakh crore disinvestment goal": the noun it modifies
    for t in q_span.doc[q_span.end:min(q_span.sent.end, q_span.end + 4)]:
        if t.lemma_.lower() in ("target", "goal"):
            return True
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") and t.text != "-":
            return False
    return False


# Words by which a clause puts its verb in the future: "is likely to grow", "are set to cross".
_LIKELY = {"likely", "unlikely", "poised"}  # not "set to", "due to": plans ("is set to offer a 5% rebate")


_PLAIN_FUTURE = {"will", "'ll"}
# Verbs that state where a measure will be: "will reach $5bn", "will be 3%" (and every change verb).
_LEVEL_VERBS = {"reach", "hit", "top", "exceed", "surpass", "cross", "total", "amount", "average", "touch",
                "be", "fall", "drop", "rise", "grow", "increase", "decrease", "decline", "dip", "slip", "shrink"}


@lru_cache(maxsize=None)
def _change_verbs() -> frozenset[str]:
    return frozenset(w.lower() for key in ("change.increase_verbs", "change.decrease_verbs", "change.growth_verbs",
                                           "change.contraction_verbs") for w in lexicons.words(key))


def _act_told_in_future(verb: Token, root: Token) -> bool:
    """Is a figure under a plain "will" part of an act told in the future ("the EU will deliver 3m euros
    of aid", "two auditors will stand trial", "2 million farmers will need help", "rates will stay on
    hold at 4.75%"), not a forecast of where a measure will be ("profit will rise 11%", "sales will dip
    by $30m", "growth will be 3%", "exports will reach $5bn")? Such a figure's metric takes no
    "(forecast)" (bbc-dev, bbc-dev3, bbc-dev4 gold). An amount that is itself the subject of the act
    ("$2bn will go to schools") is a planned sum and stays a forecast."""
    lemma = verb.lemma_.lower()
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i:
        return False
    if lemma == "be":
        return not (root.head.i == verb.i and root.dep_ in ("attr", "acomp") or any(
            c.dep_ in ("attr", "acomp") and c.i == root.head.i and c.lower_ not in ("capable", "able")
            for c in verb.children))
    return not (lemma in _LEVEL_VERBS or verb.lower_ in _change_verbs() or lemma in _change_verbs())


def is_forecast(q_span: Span, verb: Optional[Token]) -> bool:
    """A figure under a modal or forecast verb ("could jump to $4 billion", "should be more than $8 billion")."""
    root = q_span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _FORECAST_NOUNS:
        return True  # "the central bank's projection of 8%"
    noun = root.head if root.dep_ in ("nummod", "amod", "compound", "npadvmod", "quantmod") else None
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lower_ in _FORECAST_NOUNS | _HOPE_NOUNS:
        return True  # "hopes of a 0.2% expansion", "expectations of a 5% rise": what was expected, not what came
    if verb is None:
        return False
    cues = {"could", "would", "will", "should", "may", "might", "'ll"}
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in cues}
    if modals and not (modals <= _PLAIN_FUTURE and _act_told_in_future(verb, root)):
        return True
    if verb.lemma_.lower() in _ESTIMATE_VERBS and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
            and root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.i == verb.i:
        return True  # "the bank had pegged tin output growth at 8%": an estimate made before, a projection
    # The verb itself, or a forecast verb it completes: "analysts expect profits to reach $2 billion",
    # "exports are projected to rise to $5 billion".
    # "the bill is likely to be less than the $27bn cost of 2004's storms": the figure compared with is past
    compared = any(t.lower_ in ("than", "against") for t in root.ancestors if t.i > verb.i) \
        or any(t.lower_ == "than" for t in q_span.doc[max(q_span.sent.start, q_span.start - 4):q_span.start])
    while True:
        if verb.lemma_ in ("forecast", "project", "predict", "expect", "target", "aim"):
            return True
        if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.lower_ != "have" and not compared and (
                any(c.dep_ == "acomp" and c.lower_ in _LIKELY for c in verb.head.children)
                or verb.head.lower_ in _LIKELY):
            # "is likely to grow", "are poised to cross $60bn" ("is estimated to attain a level of" is how a
            # statistics office states its estimate of a quarter past: no forecast)
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return False
        verb = verb.head


# ---- the passage's measure -----------------------------------------------------------------

_MARK = re.compile(r"\s*\([^)]*\)\s*$")
# Words before a head that keep it the whole ("the country's exports", "total exports"): the bare
# head is then the overall measure, not a repetition of a narrower one.
_WHOLE_WORDS = {"total", "overall", "aggregate", "whole", "entire", "national", "combined", "all"}


def _head_word(word: str) -> str:
    word = word.lower().strip("'’")
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# "the exports of cloth fell by 7.5%, yarn by 25.5% and knitwear by 10.4%": the verb left out of
# each item after the first; an item is a few lower-case words right before "by"
_GAPPED_ITEM = re.compile(r"(?:,|\band\b|\bwhile\b|\bwhereas\b)\s+(?:the\s+)?(?P<item>[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*){0,3})"
                          r"\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$")
# "…, and tents, canvas and tarpaulin went up by 24.93%": a list of items with a verb of change of its
# own, after the sentence's first figure (the parse loses such a subject; the first item's head is theirs).
_LISTED_ITEMS = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+)(?:the\s+)?"
                           r"(?P<item>[a-z][a-z&-]*(?:(?:,\s+|\s+and\s+|\s+)[a-z][a-z&-]*){0,5})"
                           r"\s+(?:went\s+up|went\s+down|rose|fell|grew|increased|decreased|declined|dipped|jumped"
                           r"|surged|dropped|climbed|slipped)\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$")
_NOT_ITEM = re.compile(r"\b(?:\w+ed|was|were|is|are|has|have|had|it|its|they|their|which|that"
                       r"|went|rose|fell|grew|shrank|sank|came|stood|up|down)\b")  # a verb of its own: not gapped
_CHANGED_BY = re.compile(r"\b[a-z]+(?:ed|ell|ose|rew|ank|ipped|opped)\s+by\s+(?:about\s+|around\s+|nearly\s+)?$")


def gapped_item(sentence_text: str, figure_at: int, first_figure_at: Optional[int]) -> Optional[str]:
    """The measure of a figure listed with its verb left out: its item with the first item's amount
    head ("…fell by 7.5%, yarn by 25.5% and knitwear by 10.4%" -> "yarn exports" for 25.5%), when the
    sentence's first figure follows a verb of change and "by" and an amount head ("exports") names
    the first item; else None."""
    if first_figure_at is None or first_figure_at >= figure_at:
        return None
    m = _GAPPED_ITEM.search(sentence_text, max(0, figure_at - 60), figure_at)
    if m is None or _NOT_ITEM.search(m.group("item")):
        m = _LISTED_ITEMS.search(sentence_text, max(0, figure_at - 80), figure_at)
        words = set(re.findall(r"[a-z&-]+", m.group("item"))) if m is not None else set()
        if m is not None and (not re.search(r",|\band\b", m.group("item")) or words & (_NOT_GOODS | _ACTOR_NOUNS)):
            return None  # one item is its clause's own subject, which the parse reads; a list of goods only
    if m is None or _NOT_ITEM.search(m.group("item")) or m.start() < first_figure_at:
        return None
    before_first = sentence_text[:first_figure_at]
    if _CHANGED_BY.search(before_first.lower()) is None:
        return None
    heads = [w for w in re.findall(r"[A-Za-z]+", before_first) if _head_word(w) in _amount_heads()]
    if not heads:
        return None
    item, head = m.group("item"), heads[-1].lower()
    return item if _head_word(item.split()[-1]) == _head_word(head) else f"{item} {head}"


def heads_a_gapped_list(sentence_text: str, figure_end: int) -> Optional[str]:
    """The first item after a figure that opens a list with the verb left out ("fell by 7.5%, yarn by
    25.5%": "yarn"), which the parse may take for the figure's own noun; else None."""
    m = re.match(r"\s*,\s*(?:the\s+)?(?P<item>[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*){0,3})\s+by\s+[\d$£€₹(]",
                 sentence_text[figure_end:])
    return m.group("item") if m and not _NOT_ITEM.search(m.group("item")) else None


@lru_cache(maxsize=None)
def _amount_heads() -> frozenset[str]:
    """Head nouns of amounts a passage states in several figures (``metric.amount_heads``)."""
    return frozenset(_head_word(w) for w in lexicons.words("metric.amount_heads"))


def _completed(metric: str, passage: list[list[Optional[str]]]) -> Optional[str]:
    """A metric cut before its head noun ("the tin group registered 5% growth": "tin group") that
    the passage names with an amount head after it ("tin group exports"): the passage's metric, when
    the first group that has such a metric has one."""
    words = [w.lower() for w in metric.split()]
    if len(words) > 3 or _head_word(words[-1]) in _amount_heads():
        return None
    for group in passage:
        found: dict[str, str] = {}
        for other in group:
            full = _MARK.sub("", other or "").split()
            if len(full) == len(words) + 1 and [w.lower() for w in full[:-1]] == words \
                    and _head_word(full[-1]) in _amount_heads():
                found.setdefault(" ".join(full).lower(), " ".join(full))
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


# A bare word for a balance below zero: the deficit the passage names ("the budget deficit hit $412bn. … a
# $348bn shortfall", "could end up a further $100bn in the red").
_SHORTFALL_WORDS = {"shortfall", "red"}


def _one_deficit(passage: list[list[Optional[str]]]) -> Optional[str]:
    """The one deficit measure of the nearest group of the passage that names any ("budget deficit")."""
    for group in passage:
        found = {_MARK.sub("", m).strip() for m in group if m and _MARK.sub("", m).lower().split()[-1:] == ["deficit"]}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def carried_measure(metric: Optional[str], head: Optional[Token], passage: list[list[Optional[str]]],
                    article: list[Optional[str]] = ()) -> Optional[str]:
    """The passage's measure for a figure whose metric is its bare head noun repeating it.

    "Ruritania's tin exports rose to $5bn, against exports of $4bn a year earlier": the second
    figure's "exports" is the tin exports. ``passage``: the metrics of the figures before it, nearest
    first in groups (its sentence, then its paragraph and the one before). The first group that names
    a fuller metric with that head noun ("tin exports", "exports of tin") decides: its one such metric,
    or None when it names two ("tin exports ... copper exports"). Also None when the metric has words
    of its own, or when the head is owned by a place or marked as the whole ("the country's exports",
    "total exports"). A head owned by a name ("Acme's reserves") takes the one metric of the article
    (``article``) that holds that name ("Acme liquid reserves"). A generic flow word
    (``metric.flow_words``: "cumulative inflows", "takings") stands for the one measure of the
    passage, whatever its head. A bare "shortfall" (or "in the red") is the passage's one deficit.
    """
    if not metric or _MARK.search(metric):
        return None
    words = metric.lower().split()
    if words[-1] in _SHORTFALL_WORDS and all(w in _FLOW_FILLERS for w in words[:-1]):
        return _one_deficit(passage)  # "a $348bn shortfall", "$100bn in the red": the passage's deficit
    if _head_word(words[-1]) in _flow_words() and all(w in _FLOW_FILLERS for w in words[:-1]):
        one = _one_measure(passage)
        # a flow the other way is another measure: "FDI rose to $2bn, while outflows were $1bn"
        if one is not None and ("outflow" in words[-1]) != ("outflow" in one.lower()):
            return None
        return one
    if len(words) > 1:
        return _completed(metric, passage)
    owners = [c for c in head.children if c.dep_ == "poss"] if head is not None else []
    if any(c.ent_type_ in ("GPE", "NORP") or c.lower_ in _ACTOR_NOUNS or c.pos_ == "PRON" for c in owners):
        return None
    if head is not None and any(c.lower_ in _WHOLE_WORDS for c in head.children):
        return None
    word = _head_word(metric)
    if word not in _amount_heads():
        return None  # "startups", "companies": who, not an amount a passage measures

    def fuller(metrics: list[Optional[str]], owner: Optional[str] = None) -> dict[str, str]:
        found: dict[str, str] = {}
        for other in metrics:
            words = _MARK.sub("", other or "").split()
            low = [w.lower() for w in words]
            own_head = low[low.index("of") - 1] if "of" in low[1:] else low[-1] if low else ""
            if len(words) < 2 or _head_word(own_head) != word or set(low) & _WHOLE_WORDS:
                continue  # "total exports" is the whole, not a narrower measure the bare head repeats
            if owner is None or owner in low:
                found.setdefault(" ".join(low), " ".join(words))
        return found

    owner = next((c.lower_ for c in owners if c.pos_ == "PROPN"), None)
    if owner is not None:
        found = fuller(list(article), owner)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    for group in passage:
        found = fuller(group)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def respective_measure(q_span: Span) -> Optional[str]:
    """"Exports and imports stood at $3bn and $5bn, respectively": the figure's own measure among the
    clause's coordinated subjects, by position (the n-th figure of the coordination, the n-th
    subject); a head shared by the last subject goes to all ("tea and rubber exports fell 5% and 8%
    respectively" -> tea exports, rubber exports). None without "respectively", or when the counts
    differ or a subject is a place, a body or a person (whose figure, not what)."""
    sent = q_span.sent
    if not any(t.lower_ == "respectively" for t in sent):
        return None
    q_ids = {t.i for t in q_span}
    first = q_span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    chain = sorted([first, *first.conjuncts], key=lambda t: t.i)
    at = next((n for n, t in enumerate(chain) if t.i in q_ids), None)
    verb = _clause_verb(first)
    if at is None or verb is None or len(chain) < 2:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
    if subject is None:
        return None
    items = sorted([subject, *subject.conjuncts], key=lambda t: t.i)
    if len(items) != len(chain) or any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.pos_ not in ("NOUN", "PROPN")
                                       or t.lower_ in _ACTOR_NOUNS or t.lower_ in _NOT_MEASURES for t in items):
        return None
    phrases = [phrase_of(t, q_ids) for t in items]
    last = phrases[-1].split()
    if len(last) > 1 and _head_word(last[-1]) in _amount_heads():
        phrases = [p if len(p.split()) > 1 or _head_word(p) in _amount_heads() else f"{p} {last[-1]}"
                   for p in phrases]
    return phrases[at]


# A currency moving against another: "the rupee appreciated against the US dollar by 0.5%" (sa-dev
# decisions: metric "value of the Sri Lanka rupee against the US dollar", change by the verb).
_CURRENCY_WORDS = r"(?:rupee|rupees|taka|dollar|euro|yen|pound|sterling|yuan|renminbi|rupiah|ringgit|won|franc|dirham|riyal|lira|rand|peso|currency)"
_CURRENCY_MOVE = re.compile(
    r"\b(?:the\s+)?(?P<cur>(?:[A-Z][\w.]*\s+){0,2}" + _CURRENCY_WORDS + r")(?:'s?\s+value)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?P<verb>appreciated|depreciated|strengthened|weakened|gained|lost|firmed|slipped|declined|dropped|fell|rose)\b"
    r"(?P<rest>[^.;%]{0,60})$")
_AGAINST_CURRENCY = re.compile(r"\bagainst\s+(?:the\s+)?(?P<other>(?:[A-Z][\w.]*\s+){0,2}" + _CURRENCY_WORDS
                               + r"|(?:greenback|[A-Z]{3})\b)")
_UP_MOVES = {"appreciated", "strengthened", "gained", "firmed", "rose"}


def next_currency_move(previous: Optional[str], text: str, end: int, hi: int) -> Optional[str]:
    """"gained 1.1% against the US dollar, 2.3% against the euro": a figure after a currency move,
    with its own "against", is the same currency's move against that one."""
    moved = re.fullmatch(r"(value of the .+?) against the .+", previous or "")
    against = _AGAINST_CURRENCY.match(text[end:hi].lstrip(" ,"))
    return f"{moved.group(1)} against the {against.group('other')}" if moved and against else None


def names_currency(metric: Optional[str]) -> bool:
    """Is the metric a currency's name ("rupee", "the Ruritanian rupee")?"""
    return bool(metric) and re.search(r"(?i)\b" + _CURRENCY_WORDS + r"$", metric) is not None


def currency_move(text: str, lo: int, start: int, end: int, hi: int) -> Optional[tuple[str, str]]:
    """(metric, change) of a percent by which a currency moved against another, read off the text
    between ``lo`` (the clause's start) and the figure, and up to ``hi`` after it; None otherwise."""
    move = _CURRENCY_MOVE.search(text[lo:start])
    if move is None or re.search(r"(?i)\b(?:and|while|but|whereas)\b", move.group("rest")):
        return None
    against = _AGAINST_CURRENCY.search(move.group("rest")) or _AGAINST_CURRENCY.match(text[end:hi].lstrip(" ,"))
    cur = re.sub(r"^(?:The|the)\s+", "", move.group("cur"))
    if against is None and cur.lower() in ("currency", "dollar"):
        return None  # "the currency gained 2%": which one, against what, is the passage's
    metric = f"value of the {cur}" + (f" against the {against.group('other')}" if against else "")
    return metric, "increase" if move.group("verb").lower() in _UP_MOVES else "decrease"


# Heads that measure something of their own, never a good traded: "while inflation rose 2%" in a
# sentence on exports stays inflation.
_NOT_GOODS = {"inflation", "price", "prices", "economy", "growth", "rate", "index", "sector", "industry", "market",
              "demand", "supply", "share", "stake", "wage", "wages", "employment", "job", "jobs", "consumption",
              "trade", "gdp", "gva", "cpi", "currency", "rupee", "dollar", "tax", "duty", "tariff", "credit", "loan"}


def traded_item(metric: Optional[str], head: Optional[Token], same_sentence: list[Optional[str]]) -> Optional[str]:
    """A good named alone in a sentence that lists one flow of goods ("the exports of rugs fell 6%,
    while felt dipped 3%"): the same flow of that good ("felt exports"); None otherwise (a sentence
    on both exports and imports, a measure of its own, a place, a body, a name)."""
    if not metric or head is None or _MARK.search(metric) or len(metric.split()) > 3:
        return None
    words = [w.lower() for w in metric.split()]
    if head.pos_ != "NOUN" or head.ent_type_ or head.lower_ in _ACTOR_NOUNS or head.lemma_.lower() in _ACTOR_NOUNS \
            or any(_head_word(w) in _amount_heads() or w in _NOT_GOODS or _head_word(w) in _NOT_GOODS
                   or w in _CHANGE_NOUNS or w in _CARRIER_NOUNS or w in _NOT_MEASURES for w in words):
        return None
    flows = set()
    for other in same_sentence:
        low = _MARK.sub("", other or "").lower().split()
        if len(low) >= 2 and _head_word(low[-1]) in ("export", "import"):
            flows.add(low[-1].rstrip("s") + "s")
        elif len(low) >= 3 and _head_word(low[0]) in ("export", "import") and low[1] == "of":
            flows.add(low[0].rstrip("s") + "s")
    return f"{metric} {flows.pop()}" if len(flows) == 1 else None


# Words before a generic flow word that add nothing to what flows: "the cumulative inflows".
_FLOW_FILLERS = {"the", "total", "cumulative", "monthly", "overall", "these", "such", "net", "gross"}


@lru_cache(maxsize=None)
def _flow_words() -> frozenset[str]:
    return frozenset(_head_word(w) for w in lexicons.words("metric.flow_words"))


def _one_measure(passage: list[list[Optional[str]]]) -> Optional[str]:
    """The one measure the nearest group of the passage names (marks and flow words aside)."""
    for group in passage:
        found: dict[str, str] = {}
        for other in group:
            bare = _MARK.sub("", other or "").strip()
            words = bare.lower().split()
            # a bare flow word names nothing; "remittance inflows" names the measure
            if bare and not (_head_word(words[-1]) in _flow_words() and all(w in _FLOW_FILLERS for w in words[:-1])):
                found.setdefault(bare.lower(), bare)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


# ---- the basis of a change -----------------------------------------------------------------

def _cue_re(key: str) -> "re.Pattern":
    return re.compile(lexicons.alternation(lexicons.words(key)), re.IGNORECASE)


_MOM = None
_YOY = None


def basis_mark(text: str, sentence: tuple[int, int], figure: tuple[int, int], others: list[tuple[int, int]]) -> Optional[str]:
    """"(month-on-month)" for a change whose sentence says it is against the month before
    (GUIDELINES §3: year-on-year is the default and is never written; any other basis is).

    The cue governs the figures it stands next to: the nearest cue before the figure with no other
    figure between them, else the first cue right after it with no figure between ("rose 3% on a
    month-on-month basis"). A year-on-year cue nearer the figure keeps the default: "up 5% year-on-year,
    while on a MoM basis it rose 2%" marks only the 2%. ``others``: the other figures of the sentence."""
    global _MOM, _YOY
    if _MOM is None:
        _MOM, _YOY = _cue_re("metric.month_on_month"), _cue_re("metric.year_on_year")
    lo, hi = sentence
    start, end = figure
    cues = [(m.start(), m.end(), "mom") for m in _MOM.finditer(text, lo, hi)]
    if not cues:
        return None
    cues += [(m.start(), m.end(), "yoy") for m in _YOY.finditer(text, lo, hi)]

    def clear(a: int, b: int) -> bool:
        return not any(a <= s < b for s, _ in others)

    before = [c for c in cues if c[1] <= start and clear(c[1], start)]
    after = [c for c in cues if c[0] >= end and clear(end, c[0])]
    cue = max(before, key=lambda c: c[1]) if before else min(after, key=lambda c: c[0]) if after else None
    return "month-on-month" if cue is not None and cue[2] == "mom" else None


# ---- the base of a comparison ----------------------------------------------------------------

_BASE = None


def is_compared_base(between: str) -> bool:
    """Whether the text between two figures makes the second the base the first is compared with:
    "to £198m from the £130m", "at $1.6bn, compared to $1.9bn", "5.4% against 6.1%" (the cues of
    ``metric.comparison_cues``, with at most a few words of time or article before them). The base is
    a figure of the same measure, so it takes the first figure's metric."""
    global _BASE
    if _BASE is None:
        cues = lexicons.alternation(lexicons.words("metric.comparison_cues"), boundary=False)
        _BASE = re.compile(rf"\s*(?:[a-z\-]+\s+){{0,4}}?,?\s*\b{cues}\s+(?:the\s+|a\s+)?", re.IGNORECASE)
    return _BASE.fullmatch(between) is not None and not re.search(r"\d", between)


def index_moved(before: str) -> Optional[str]:
    """The stock index a figure moves, named with its number right before the figure's verb: "the
    London FTSE fell 0.8%" -> ``FTSE``, "Tokyo's Nikkei 225 dropped 2%" -> ``Nikkei 225`` (the index
    table of ``actors.json``, ``market_indices``; at most three words between)."""
    m = _index_moved().search(before)
    return m.group(1) if m else None


@lru_cache(maxsize=None)
def _index_moved() -> re.Pattern:
    return re.compile(rf"\b((?:{actors.index_names()})(?:[\s-]+\d+)?(?:\s+(?:index|average|share\s+index))?)"
                      r"\s+(?:[a-z]+\s+){1,3}$")



# ---- figures the parse leaves without a measure -------------------------------------------------

# Verbs by which an amount arrives, with the figure as their subject ("$2bn entered the country",
# "$3bn flowed in"): what arrived is the passage's measure.
_ARRIVAL_VERBS = {"enter", "arrive", "flow", "pour", "come"}
# "Of the total remittance of FY23, …": the whole a part is taken from, at the sentence's opening.
_OF_THE_WHOLE = re.compile(r"\s*Of\s+the\s+(?:total|entire|overall|combined|aggregate)\s+"
                           r"(?P<whole>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                           r"(?:\s+(?:of|in|for|during)\s+[^,;.]{1,30})?\s*,")
# "In terms of market value, Zentex - at $7.5bn - is …": the measure the sentence opens with.
_IN_TERMS_OF = re.compile(r"\s*In\s+terms\s+of\s+(?:the\s+|its\s+|their\s+)?"
                          r"(?P<m>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*,")
# "…, while Mining and Quarrying GVA grew 5.8%": a named sector's value added (or output) right
# before the verb of its change.
_SECTOR_MOVED = re.compile(
    r"(?:^|\b(?:while|whereas|and|but)\s+|,\s*)(?:the\s+)?(?P<m>(?:[A-Z][\w-]*\s+)(?:(?:and|&)\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:GVA|[Ss]ector|[Ii]ndustry))\s+(?:has\s+|had\s+)?"
    r"(?:grew|rose|expanded|contracted|shrank|declined|fell|increased|decreased|dipped)\s+"
    r"(?:by\s+)?(?:just\s+|only\s+|about\s+|around\s+|nearly\s+)?$")


# "Of the firms surveyed, 30% saw orders rise": a share of the respondents of a survey or poll.
_OF_THOSE_ASKED = re.compile(r"\s*Of\s+(?:the|those)\s+(?:[\d,]+\s+)?(?P<group>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+"
                             r"(?P<asked>surveyed|polled|questioned|interviewed|asked|sampled)\b[^,]{0,40},")


def unnamed_measure(q_span: Span, kind: str, verb: Optional[Token], before: str,
                    passage: list[list[Optional[str]]]) -> Optional[str]:
    """The measure of a figure whose own clause names none, when the sentence or passage says it:

    - a sentence opening "In terms of <measure>, …": that measure;
    - a part taken "Of the total <whole>, …" (money or count): the whole's measure;
    - an amount that arrives ("$2bn entered the country", "$3bn came in from the Gulf"): the one
      measure of the passage (``passage``: metrics nearest first in groups, as for
      :func:`carried_measure`);
    - a share of a survey's respondents ("Of the firms surveyed, 30% saw …"): ``firms surveyed``;
    - a percent by which a named sector or its value added moved ("…, while Mining and Quarrying
      GVA grew 5.8%"; ``before``: the text from the clause's start to the figure).

    None otherwise."""
    sentence = q_span.sent.text
    topic = _IN_TERMS_OF.match(sentence)
    if topic is not None and q_span.start_char - q_span.sent.start_char > topic.end():
        words = topic.group("m").split()
        if _names_a_whole(words):
            return " ".join(words)
    whole = _OF_THE_WHOLE.match(sentence) if kind in ("money", "count") else None
    if whole is not None and q_span.start_char - q_span.sent.start_char > whole.end():
        words = whole.group("whole").split()
        if _names_a_whole(words):
            root = q_span.root
            own = kind == "money" and verb is not None and root.dep_ == "dobj" and root.head.i == verb.i
            return " ".join(words) + (channel_of(verb, {t.i for t in q_span}) if own else "")
    if kind == "money" and verb is not None and verb.lemma_.lower() in _ARRIVAL_VERBS \
            and q_span.root.dep_ in ("nsubj", "nsubjpass") and q_span.root.head.i == verb.i:
        return _one_measure(passage)
    asked = _OF_THOSE_ASKED.match(sentence) if kind == "percent" else None
    if asked is not None and q_span.start_char - q_span.sent.start_char > asked.end():
        return f"{asked.group('group').lower()} {asked.group('asked').lower()}"
    if kind == "percent":
        moved = _SECTOR_MOVED.search(before)
        if moved is not None:
            return re.sub(r"\s+", " ", moved.group("m"))
        if _bare_change(q_span):
            return _one_measure(passage)
    return None


_FISCAL_LABEL = re.compile(r"(?i)(?:FY|H|Q)[12]?\d{1,4}(?:-\d{2,4})?")


def _bare_change(q_span: Span) -> bool:
    """Is the percent the size of a change noun that names nothing it changes ("had projected a 2
    per cent growth", "a rise of 5%": no "in exports", no "export growth")? Its measure is the
    passage's. A place or time on the noun ("growth in FY24") names no measure."""
    root = q_span.root
    noun = root.head if root.dep_ in ("nummod", "nmod", "compound", "amod", "quantmod") else \
        root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CHANGE_NOUNS or noun.i in {t.i for t in q_span}:
        return False
    q_ids = {t.i for t in q_span}
    for c in noun.children:
        if c.i in q_ids or c.dep_ in ("det", "punct") or c.i == root.head.i and root.dep_ == "pobj":
            continue
        if c.dep_ == "prep" and c.i > noun.i and all(_is_time(o) or o.ent_type_ in ("DATE", "GPE") or _FISCAL_LABEL.fullmatch(o.text)
                                                      for o in c.children if o.dep_ == "pobj"):
            continue  # "growth in FY24", "growth in Ruritania"
        if c.i < noun.i and not any(t.pos_ in ("NOUN", "PROPN") and names_measure(t) for t in c.subtree):
            continue  # "a 2 per cent year-on-year growth", "a modest rise"
        return False
    return True


def _names_a_whole(words: list[str]) -> bool:
    """Do the words name a measure, not a unit, time or actor ("market value", "remittance"; not
    "period", "value", "government")? A carrier with a word before it names one ("market value")."""
    last = words[-1].lower()
    if len(words) > 1 and last in _MEASURED_CARRIERS:
        return True
    return not ({last, _head_word(last)} & (_NOT_MEASURES | _ACTOR_NOUNS | _TIME_NOUNS))


def bare_sector(metric: Optional[str], same_sentence: list[Optional[str]]) -> Optional[str]:
    """"…, while tin sector clocked growth of 3%, with the sector reporting 2% a year earlier": a bare
    "sector" or "industry" points back to the nearest named one before it in its sentence
    (``same_sentence``: the metrics of the figures before, in order); None otherwise."""
    if not metric or metric.lower() not in ("sector", "industry", "the sector", "the industry"):
        return None
    head = metric.lower().split()[-1]
    named = [_MARK.sub("", m).strip() for m in same_sentence
             if m and len(_MARK.sub("", m).split()) > 1 and _MARK.sub("", m).strip().lower().endswith(" " + head)]
    return named[-1] if named else None


# An account named by an acronym right after an amount: "Rs 64bn for CVAT", "Rs 21bn to CVAT".
_FOR_ACCOUNT = re.compile(r"\s+(?P<prep>for|to)\s+(?:the\s+)?(?P<acr>[A-Z][A-Z0-9]{1,7})\b(?!['’]s)")
_FROM_ACCOUNT = re.compile(r"\bfrom\s+(?:the\s+)?(?P<acr>[A-Z][A-Z0-9]{1,7})\b")
_AMOUNT_OPENING = re.compile(r"(?i)\s*(?:the\s+)?(?:(?:total|overall|net|gross|combined)\s+)?(?P<head>[a-z]+)\b")
_NOT_ACCOUNTS = {"US", "UK", "EU", "UN", "UAE", "USD", "INR", "PKR", "NPR", "LKR", "BDT", "GDP", "FY", "IMF", "ADB",
                 "CEO", "PM"}


def account_named_after(q_span: Span, metric: Optional[str]) -> Optional[str]:
    """An amount assigned to an account named by an acronym right after it: "The total revenue … is
    Rs 64bn for CVAT and Rs 66bn for SVAT" (a sentence opening with an amount head that it breaks
    down by two accounts or more) → `CVAT`;
    "The board transferred Rs 21bn to CVAT … from IVAT" (a transfer from another account) → `IVAT
    transferred to CVAT`. None otherwise (a place, a currency, a body after "to": "lent $2bn to the
    IMF"). Only for money with no metric, with the bare amount head ("total revenue"), or with the
    account carried from the figure before ("CVAT" on the Rs 66bn for SVAT)."""
    if metric and not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}|(?i:(?:total|overall|net|gross|combined)\s+)?[a-z]+", metric):
        return None
    doc, sent = q_span.doc, q_span.sent
    first = sent.start
    while first >= 2 and doc[first - 1].text == "." and doc[first - 2].lower_ in _CURRENCY_MARKS:
        first = doc[first - 2].sent.start  # "… is Rs. | 85.3 billion for SVAT": the segmenter's break after "Rs."
    lo = doc[first].idx
    text, start, end = doc.text[lo:sent.end_char], q_span.start_char - lo, q_span.end_char - lo
    named = _FOR_ACCOUNT.match(text, end)
    if named is None or not _an_account(named.group("acr")):
        return None
    acr = named.group("acr")
    if named.group("prep") == "for":
        opening = _AMOUNT_OPENING.match(text)
        head = opening.group("head").lower() if opening else ""
        accounts = [m for m in re.finditer(r"\bfor\s+(?:the\s+)?([A-Z][A-Z0-9]{1,7})\b", text) if _an_account(m.group(1))]
        if len(accounts) < 2:
            return None  # "revenue was $2bn for ACME": whose figure; a breakdown names two accounts or more
        if _head_word(head) not in _amount_heads() or opening.end() >= start \
                or metric and not metric.isupper() and _head_word(metric.split()[-1].lower()) != _head_word(head):
            return None
        return acr  # not "CVAT revenue": the account names the amount, as "the central VAT (CVAT)" does
    if metric:
        return None
    source = _FROM_ACCOUNT.search(text, named.end())
    # the verb before the sentence's amounts: "transferred Rs 21bn to CVAT and Rs 19bn to SVAT"
    verbs = re.findall(r"\b([a-z]+ed)\s+(?=(?:Rs\.?|Re\.?|NPR|INR|PKR|LKR|Tk\.?|US\$|\$|₹)\s*\d)", text[:end])
    if source is None or not verbs or not _an_account(source.group("acr")) or source.group("acr") == acr:
        return None
    return f"{source.group('acr')} {verbs[-1]} to {acr}"


def _an_account(acr: str) -> bool:
    """Can the acronym name an account (not a place, currency, body or time: "US", "IMF", "FY31")?"""
    return acr not in _NOT_ACCOUNTS and not re.fullmatch(r"(?:FY|CY|Q|H)\d*", acr)
