"""Parse-tree helpers the subject, counterparty and source rules share: the named entity a token is
part of, the entities of a span, the first actor named among tokens, the company a token or a place
word describes, and the verb lists (reporting, forecasting) the rules look for on the tree.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.metric_head import is_dateline
from extractor.names import (
    Known, _DESCRIBING, _ORGANISATION_NOUNS, _TIME_WORD, _aliases, _common_word, _is_demonym, _is_organ, _is_place,
    _not_actors, canonical, is_adjective_only, is_term, without_period_label,
)


def _entity_of(token: Token) -> Optional[Span]:
    """The named entity a token is part of, found by walking its IOB tags (not a scan of doc.ents)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == token.ent_type_:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def ents_in(span: Span) -> list[Span]:
    """The named entities inside ``span``, read off its tokens: ``Span.ents`` walks every
    entity of the document, which a long document cannot afford once per figure."""
    ents, start = [], None
    for t in span:
        if start is not None and t.ent_iob_ != "I":
            ents.append(Span(span.doc, start, t.i, label=span.doc[start].ent_type_))
            start = None
        if t.ent_iob_ == "B" or (t.ent_iob_ == "I" and start is None):
            start = t.i
    if start is not None:
        ents.append(Span(span.doc, start, span.end, label=span.doc[start].ent_type_))
    return ents


def _actor_in(tokens, labels=("GPE", "NORP", "ORG"), known: Optional["Known"] = None) -> Optional[str]:
    """The first actor named among ``tokens``: a named entity, an alias or demonym, or "the country"
    (the article's country). Terms are skipped: a sector, product, indicator or acronym ("ICT",
    "MoM", "Software") that NER tags as an organisation is never whose figure it is."""
    for t in tokens:
        if _PERIOD_LABEL.fullmatch(t.text):
            continue  # "net revenue in 7MFY20": a period the tagger may call an organisation
        if is_dateline(t):
            continue  # "BENGALURU: Vardhan Infotech on Thursday reported …": where the story was filed
        if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ in _PLACE_OF:
            continue  # "the Netherlands-based company", "a London-listed firm": where it is, not whose figure
        described = _described_company(t, known) if t.ent_type_ in ("GPE", "NORP") or _is_demonym(t.lower_) else None
        if described:
            return described  # "US giant Seabrand", "Japanese rival Kumo Motors": the company, not its country
        if t.ent_type_ == "PERSON" and "GPE" in labels:
            ent = _entity_of(t)
            name = canonical(ent.text) if ent is not None else None
            if _is_place(name):
                return name  # "Sri Lanka's government": a country the NER took for a person
        if t.ent_type_ == "PERSON" and "ORG" in labels:
            name = company_named_as_person(_entity_of(t))
            if name and not is_term(name, known):
                return name  # "Himal Sagar Bank's net profit": a company the NER took for a person
        if t.ent_type_ in labels:
            ent = _entity_of(t)
            if ent is not None and _common_word_opening(ent):
                continue  # "Consolidated net profit rose …", "Cement production rose …": no organisation
            if ent is not None:
                name = canonical(_without_opening_word(ent, known))
                if t.ent_type_ == "NORP" and not _is_place(name):
                    continue  # "South Asian", "Muslim": a group, not whose figure it is
                if name and not is_term(name, known) and not _is_organ(known.full_names.get(name, name) if known
                                                                        and known.full_names else name):
                    return name
                continue
        if _is_demonym(t.lower_) or t.lower_ in _aliases():
            name = canonical(t.text)
            if name and not is_term(name, known):
                return name
        if t.lower_ in _two_word_alias_starts() and not t.ent_type_ and t.i + 1 < len(t.doc):
            pair = f"{t.lower_} {t.doc[t.i + 1].lower_}"
            if pair in _aliases():
                return canonical(pair)  # "consumer prices in the euro area": a place of two common words
        if t.lower_ in ("country", "nation") and known is not None and known.country:
            return known.country  # "the country's textile exports"
    return None


def company_named_as_person(ent: Optional[Span]) -> Optional[str]:
    """The name of a company the NER tagged as a person: two words or more, the last a word that
    ends companies' names ("Himal Sagar Bank", "Pragati Infotech", "Kohsar Cement"); else None."""
    if ent is None or ent.label_ != "PERSON":
        return None
    words = re.sub(r"[’']s$", "", without_period_label(ent.text.strip())).split()  # "Vardhaman Infotech Q3"
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    table = lexicons.load("actors")
    if words[-1].lower() not in table["company_name_words"] and words[-1].lower() not in table["organisation_words"]:
        return None
    return canonical(" ".join(words))


@lru_cache(maxsize=None)
def _two_word_alias_starts() -> frozenset[str]:
    """First words of the alias table's two-word names ("euro" of "euro area")."""
    return frozenset(name.split()[0] for name in _aliases() if len(name.split()) == 2)


def _common_word_opening(ent: Span) -> bool:
    """A one-word entity that opens its sentence and is an English adjective and no noun, written as a
    common word in the text: the NER's organisation out of a capitalised sentence start ("Consolidated
    net profit"). A noun may be a company's name ("Apple sales", "Shell profits"); sectors and goods are
    the alias table's terms."""
    t = ent[0]
    if len(ent) != 1 or t.i != t.sent.start:
        return False
    if t.lower_ in lexicons.load("actors")["measure_words"] and _common_word(t.text, t.doc.text):
        return True  # "Collection grew 13.8 percent": a measure, never whose it is
    return is_adjective_only(t.text) and _common_word(t.text, t.doc.text)


# fiscal period labels: "FY24", "7MFY20", "1HFY25", "Q3FY24", "2QFY23", "9MFY26"
_PERIOD_LABEL = re.compile(r"(?i)(?:\d{1,2}M|[1-4]Q|Q[1-4]|[12]H|H[12])?FY\d{2,4}(?:[-/]\d{2,4})?")
_PLACE_OF = {"based", "registered", "listed", "headquartered", "born", "made"}


def _without_opening_word(ent: Span, known: Optional["Known"]) -> str:
    """An entity's text without a first word that only opens the sentence ("New EU rules set …",
    "Former Zentex boss …", "Yesterday Ruritania's minister …"): a word the article also writes in
    lower case, or a day or month, that the NER took into the name."""
    first = ent[0]
    if len(ent) > 1 and (_DESCRIBING.fullmatch(first.text) or first.lower_ in _not_actors()):
        # "State-owned Rosneft", "Paris-based Euronext": a description, not the name; "by 1300 GMT
        # Zentex's shares": a time zone (a term of the table) the NER took into the name
        return ent[1:].text
    if len(ent) > 1 and first.is_sent_start and (
            known is not None and first.lower_ in known.lower_words or _TIME_WORD.fullmatch(first.text)) \
            and not ent[1].text[:1].islower():  # "Bank of Xland" (a name that goes on with "of") keeps its word
        return ent[1:].text
    return ent.text


def _described_company(token: Token, known: Optional["Known"]) -> Optional[str]:
    """The company a place word describes: "US" in "US media giant TeleVista", "Japanese" in
    "Japanese rival Kumo Motors" (the place, then a common noun, then the name)."""
    if token.dep_ == "poss" and token.head.i > token.i and (
            token.head.pos_ == "PROPN" or token.head.lower_ in _UNIT_NOUNS):
        return _party(token.head, known)  # "China's CNPC", "Japan's troubled UFJ bank"
    head, common = token, False
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
        if head.pos_ in ("NOUN", "ADJ") and not head.ent_type_:
            common = True
        elif head.pos_ == "PROPN":
            break
    if not common or head.pos_ != "PROPN" or head.i == token.i:
        return None
    last = head
    while last.dep_ == "compound" and last.head.pos_ == "PROPN" and last.head.i == last.i + 1:
        last = last.head  # "Kumo" in "Kumo Motors"
    return _party(last, known)


_UNIT_NOUNS = {"consortium", "group", "alliance", "unit", "division", "subsidiary", "arm", "bank"}


def _party(token: Token, known: Optional["Known"]) -> Optional[str]:
    """The company or body a token names: its named entity or run of proper nouns ("search-engine
    Google" -> "Google"), "it", "the firm", "the company" for the article's company; None for a place,
    a term or a common noun."""
    if token.pos_ == "PRON" and token.lower_ in ("it", "its"):
        return known.organisation if known is not None else None
    if token.pos_ == "NOUN" and token.lower_ in _ORGANISATION_NOUNS and known is not None \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return known.organisation
    if token.pos_ == "NOUN" and token.lower_ in _UNIT_NOUNS:
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and not _is_place(canonical(names[0].text)) and not is_term(canonical(names[0].text), known):
            # "the Firebird consortium", "the Mizuho group"; "its Deluxe Film unit" -> "Deluxe Film"
            end = token.i + 1 if token.lower_ in ("consortium", "group", "alliance") else names[-1].i + 1
            start = min(t.i for t in names[0].subtree if t.pos_ == "PROPN")
            return token.doc[start:end].text
    if token.pos_ != "PROPN":
        return None
    ent = _entity_of(token) if token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") else None
    if ent is not None and ent.label_ == "ORG":
        text = ent.text
    else:  # the NER tags invented or foreign company names as anything: the run of proper nouns
        start = token.i
        while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound" \
                and not re.search(r"-[a-z]+$", token.doc[start - 1].text):  # not "State-owned", "Paris-based"
            start -= 1
        text = token.doc[start:token.i + 1].text
    name = canonical(text)
    if not name or _is_place(name) or is_term(name, known) or _is_demonym(name.lower()):
        return None
    return name


# --- verbs the rules look for on the tree ----------------------------------------------------


def _reporting_verbs() -> set[str]:
    return set(lexicons.words("source.reporting_verbs"))


# Verbs by which a clause gives a part's share of a whole ("accounts for 6% of GDP", "representing 45% of
# output", "makes up half of the index")
_SHARE_VERBS = frozenset({"account", "represent", "make", "comprise", "constitute"})


def gives_a_share(verb: Token) -> bool:
    """Whether the verb states a part's share of a whole: "accounts for", "makes up" (with their
    preposition or particle), "represents", "constitutes", "comprises"."""
    lemma = verb.lemma_.lower()
    if lemma not in _SHARE_VERBS:
        return False
    if lemma == "make":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lemma == "account":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return True


# A verb of one's own forecast and the modals of a possibility: "analysts expect …" is the analysts'
# figure (sources), "the Bank may raise rates" is not yet a rate decision (central_banks).
_OWN_FORECAST_VERBS = {"expect", "forecast", "predict", "estimate", "project", "reckon", "anticipate"}
_MODALS = {"could", "would", "might", "may", "will"}
