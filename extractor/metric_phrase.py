"""What a figure measures: a short phrase taken from the text ("IT exports", "mobile broadband subscribers").

Found on the parse: the noun the figure is attached to ("a Rs10 billion fund",
"$5 billion in exports"), else the subject of the clause that carries the figure
("technology exports recorded at $224 million"). Returns the phrase and its head
token, which :mod:`extractor.actors` uses for subject and counterparty.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.actors import is_term

# Nouns that carry a figure without being what is measured: "crossed the $2 billion mark".
_CARRIER_NOUNS = {"mark", "level", "figure", "threshold", "amount", "sum", "total", "value", "worth", "tune",
                  "record", "high", "low", "rate", "volume", "percent", "cent", "%"}
_CHANGE_NOUNS = set(lexicons.words("change.increase_nouns")) | set(lexicons.words("change.decrease_nouns"))
_VERB_METRICS = {"import": "imports", "export": "exports", "raise": "funds raised", "invest": "investment",
                 "earn": "earnings", "spend": "spending", "sell": "sales", "borrow": "borrowing", "lose": "losses",
                 "pay": "payments", "owe": "debt", "receive": "receipts", "register": "registrations"}
# Units a count can be in that are measures of something else: "tonnes of crops", "acres of land".
_MEASURE_NOUNS = {"tonne", "ton", "acre", "hectare", "barrel", "gallon", "litre", "liter", "kilogram", "kilo",
                  "pound", "ounce", "metre", "meter", "kilometre", "kilometer", "mile", "foot", "square", "unit"}
_SKIP_DEPS = {"det", "poss", "nummod", "punct", "case", "predet", "quantmod"}


def phrase_of(noun: Token, quantity_tokens: set[int]) -> str:
    """The noun with its compound and adjective modifiers, and an "of ..." complement when short."""
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i not in quantity_tokens]
    # Keep only the contiguous modifiers right before the noun ("mobile broadband subscribers").
    tokens = []
    for t in left:
        sub = [s for s in t.subtree if s.i not in quantity_tokens and s.dep_ not in _SKIP_DEPS and not s.like_num]
        if sub and sub[-1].i == noun.i - 1 - sum(1 for x in tokens if x.i > sub[-1].i):
            tokens.extend(sub)
        elif sub and all(s.i < noun.i for s in sub) and noun.i - sub[-1].i <= 3:
            tokens.extend(sub)
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    # Places and nationalities are whose figure it is (the subject), not what it measures; a sector or
    # product the NER tags as one ("Textile", "ICT") stays in the metric.
    words = [t.text for t in tokens if t.ent_type_ not in ("GPE", "NORP") or is_term(t.text)]
    words.append(noun.text)
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        sub = [t for t in prep.subtree if t.i not in quantity_tokens]
        if 1 < len(sub) <= 6 and not any(t.like_num for t in sub):
            words.extend(t.text for t in sub if t.dep_ not in ("det",))
    phrase = " ".join(words).replace(" - ", "-").strip()
    return phrase


def metric_for(q_span: Span, kind: str, counted: Optional[Token] = None) -> tuple[Optional[str], Optional[Token], Optional[Token]]:
    """(metric phrase, the measured noun, the verb of the clause) for the quantity ``q_span``."""
    q_ids = {t.i for t in q_span}
    root = q_span.root
    verb = _clause_verb(root)
    if kind == "count" and counted is not None:
        measured = _complement(counted, q_ids) if counted.lemma_.lower() in _MEASURE_NOUNS else None
        if measured is not None:  # "14.27 million tonnes of crops": what is measured is the crops
            return phrase_of(measured, q_ids), measured, verb
        return phrase_of(counted, q_ids), counted, verb
    noun = _attached_noun(root, q_ids)
    if (noun is None and root.dep_ == "pobj" and root.head.head.lower_ in _CHANGE_NOUNS
            and root.head.head.pos_ == "NOUN"):
        noun = root.head.head  # "a 52% rise in profits to £198m": through the change noun to its "in profits"
    if noun is None and root.dep_ == "pobj" and root.head.lower_ in ("to", "toward", "towards") and verb is not None:
        # "raise annual IT exports toward $5 billion": the verb's object is what is measured
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
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
    if noun is None and verb is not None and kind == "money" and verb.lemma_.lower() in ("send", "remit"):
        return "remittances", None, verb  # "workers sent home $2bn": what is measured is the money sent
    if noun is None and verb is not None:
        noun = _clause_subject(verb, q_ids)
        if noun is None:
            lemma = verb.lemma_.lower()
            if lemma in _VERB_METRICS:
                return _VERB_METRICS[lemma], None, verb
    if noun is None:
        return None, None, verb
    if noun.pos_ == "NOUN" and (noun.lower_ in _CHANGE_NOUNS or noun.lemma_.lower() in _CHANGE_NOUNS):
        noun = _complement(noun, q_ids) or noun
    return phrase_of(noun, q_ids), noun, verb


def _complement(noun: Token, q_ids: set[int]) -> Optional[Token]:
    """The noun of an "in"/"of" phrase on ``noun``: "rise in profits" → profits."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.i not in q_ids:
                return obj
    return None


def _clause_verb(token: Token) -> Optional[Token]:
    t = token
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _attached_noun(root: Token, q_ids: set[int]) -> Optional[Token]:
    # "a Rs10 billion fund", "the 29% reciprocal tariffs": the figure modifies a noun.
    if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in q_ids:
        if root.head.lower_ not in _CARRIER_NOUNS and root.head.lower_ not in _CHANGE_NOUNS:
            return root.head
        if root.head.lower_ in _CHANGE_NOUNS and _complement(root.head, q_ids) is not None:
            return root.head  # "a 52% rise in profits": metric_for goes on to "profits"
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
    return None


def _clause_subject(verb: Token, q_ids: set[int]) -> Optional[Token]:
    for v in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl") else None):
        if v is None:
            continue
        for child in v.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in q_ids:
                if child.pos_ == "PRON":
                    return None
                # "IT and IT-enabled services exports": the parser may head the pair on "IT"
                child = next((c for c in (child, *child.conjuncts) if c.pos_ == "NOUN"
                              and c.ent_type_ not in ("GPE", "NORP", "PERSON", "ORG")), child)
                # An actor as the subject ("TimeWarner earned $1bn") is whose figure it is, not what it measures.
                if child.pos_ == "NOUN" and child.ent_type_ not in ("GPE", "NORP", "PERSON", "ORG"):
                    if child.lower_ in _CARRIER_NOUNS:
                        # "the total volume of exports crossed ...": the "of" object is what is measured
                        for prep in child.children:
                            if prep.lower_ == "of":
                                for obj in prep.children:
                                    if obj.pos_ == "NOUN":
                                        return obj
                    return child
        if v.dep_ == "relcl" and v.head.pos_ == "NOUN":
            return v.head
    return None


def is_target(q_span: Span, verb: Optional[Token]) -> bool:
    """A goal rather than a result: "pushes to raise IT exports toward $5 billion", "a target of 5%"."""
    root = q_span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("toward", "towards"):
        return True
    window = q_span.doc[max(q_span.sent.start, q_span.start - 8):q_span.start]
    return any(t.lemma_.lower() in ("target", "goal", "aim") for t in window)


def is_forecast(q_span: Span, verb: Optional[Token]) -> bool:
    """A figure under a modal or forecast verb ("could jump to $4 billion", "should be more than $8 billion")."""
    if verb is None:
        return False
    cues = {"could", "would", "will", "should", "may", "might", "'ll"}
    if any(c.dep_ == "aux" and c.lower_ in cues for c in verb.children):
        return True
    # The verb itself, or a forecast verb it completes: "analysts expect profits to reach $2 billion",
    # "exports are projected to rise to $5 billion".
    while True:
        if verb.lemma_ in ("forecast", "project", "predict", "expect", "target", "aim"):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return False
        verb = verb.head
