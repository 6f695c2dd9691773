"""Where the measured noun is on the parse: the noun the figure is attached to ("$5 billion in
exports"), the subject of its clause or what stands in its place (a topic the sentence opens with,
"those of copper", a conjunct across a list, the noun before a verb without a subject, the measure a
time phrase hangs on), an "in"/"of" or "as" complement, and goods worth an amount.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.names import is_term
from extractor.metric_head import (
    _CARRIER_NOUNS, _CHANGE_NOUNS, _CURRENCY_MARKS, _NOT_MEASURES, _PERIOD_TOKEN, _TIME_NOUNS, _is_acronym, _is_time,
    _measure_term, _named_carrier, names_measure, phrase_of,
)

# A verb of trade after a list of goods names the flow: "carpet worth Rs 1bn ... were exported".
_FLOW_VERBS = {"export": "exports", "import": "imports"}
# Verbs by which a measure brings in money ("exports earned foreign exchange worth $3m"): the money is the measure's.
_EARNING_VERBS = {"earn", "fetch", "generate", "bring", "yield"}


def _as_phrase(verb: Token, q_ids: set[int]) -> Optional[Token]:
    """The noun of an "as" phrase on the verb or its object: "collected Rs 2bn as gross GST revenue"."""
    for t in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and names_measure(obj) and obj.i not in q_ids:
                    return obj
    return None


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


def glued_scale(token: Token) -> bool:
    """A scale written onto a figure's digits ("371m", "2.4bn"), which the tagger may read as a noun or verb."""
    return token.i > 0 and token.doc[token.i - 1].like_num and not token.doc[token.i - 1].whitespace_


_SAYING = {"say", "add", "tell", "state"}
_BASE_PREPS = {"against", "versus", "vs", "compared", "from"}


def _clause_verb(token: Token) -> Optional[Token]:
    t = token
    for _ in range(6):
        # nor a one-word bracket after the figure ("shrank 7.3 percent (revised) in 2022"): a mark on
        # the figure that the parser may make the figure's head
        bracketed = 0 < t.i < len(t.doc) - 1 and t.doc[t.i - 1].text == "(" and t.doc[t.i + 1].text == ")"
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",) and not glued_scale(t) and not bracketed:
            if t.dep_ == "parataxis" and t.lemma_.lower() in _SAYING and t.head.pos_ in ("VERB", "AUX") \
                    and any(c.dep_ == "prep" and c.lower_ in _BASE_PREPS and token in c.subtree for c in t.children):
                # "exports were $2,983 million, the State Bank said, against $2,412 million a year ago":
                # the base the parser hangs on the aside's verb is the main clause's
                return t.head
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
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "GPE") \
                    and not _PERIOD_TOKEN.fullmatch(obj.lower_):  # "growth of 5% in FY23": when, not what
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
        if noun.lower_ in _CHANGE_NOUNS and names_measure(noun):
            return noun  # "economic growth of 6.2 percent", "GDP growth of 7%": a change its modifier names the measure of
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
    if pronoun.i > sent.start and doc[pronoun.i - 1].text in (":", ";"):
        # "The jobless rate is improving, too: it is set to slip below 13%": the clause before the colon
        # names what "it" is
        named = [t for t in doc[sent.start:pronoun.i - 1] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                 and names_measure(t)]
        return named[-1] if named else None
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


def _capitalised_first_noun(t: Token) -> bool:
    """A measure word the tagger calls a name because it opens the sentence ("Output of India's core
    sectors grew 5.4%"): no entity, first in its sentence, one of the measure words of actors.json
    ("Rumours about a takeover boosted Sina's shares" keeps the shares)."""
    return t.pos_ == "PROPN" and not t.ent_type_ and t.i == t.sent.start \
        and t.lower_ in lexicons.load("actors")["measure_words"]


def _measured_subject(child: Token) -> Optional[Token]:
    """The measure a clause subject names, if any: itself, a conjunct the parser hung on a sector word
    ("IT and IT-enabled services exports"), the "of" object of a carrier noun ("the total volume of
    exports", "the number of e-way bills"); a term written as a name counts ("GDP", "FDI")."""
    def fits(t: Token) -> bool:
        if t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") and not is_term(t.text):
            return False
        # a term the NER takes for an organisation ("IGST is Rs 89 crore", "tin GVA grew 5%") is a measure
        return t.pos_ == "NOUN" or (t.pos_ == "PROPN" and is_term(t.text) and (
            not t.ent_type_ or t.ent_type_ == "ORG" and _measure_term(t))) or _capitalised_first_noun(t)

    # "the Tin Duty Tax (TDT) accounted for Rs 12 billion", the spelled-out term tagged as a body: its
    # acronym, a term of the term table, names the measure
    acronym = next((c for c in child.children if c.dep_ == "appos" and _is_acronym(c)), None)
    if acronym is not None and child.ent_type_ == "ORG" and child.i == acronym.i - 2:
        return acronym

    # "The world's largest retailer, Zentex, has agreed to pay $14.5m": a noun a name stands beside is
    # that actor's description, not what the figure measures (a name after a colon is a list's item:
    # "Remittances rose: Freedonia ($5m) and …" stay remittances)
    if child.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG" and not is_term(c.text)
                                    and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text != ":"
                                    and not _abbreviates(c, child) for c in child.children):
        return None

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


def _abbreviates(acronym: Token, noun: Token) -> bool:
    """Whether a bracketed acronym spells the initials of the noun phrase before it ("Gross official
    reserves (GOR)"): the measure's short form, not an actor beside it."""
    if acronym.i == 0 or acronym.doc[acronym.i - 1].text != "(" or not acronym.text.isupper():
        return False
    words = [t.text for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.is_alpha and t.dep_ not in ("det", "poss")]
    return "".join(w[0] for w in words).upper() == acronym.text.upper()


def _timed_measure(t: Token) -> Optional[Token]:
    """The measure a time phrase hangs on ("tin output in the June quarter" for "quarter"), if any."""
    start = t
    while t.dep_ == "pobj" and _is_time(t) and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN") \
            and t.head.head.i < t.i:
        t = t.head.head
    return t if t.i != start.i and names_measure(t) else None


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
    return t if t.pos_ == "NOUN" and t.i not in q_ids and (t.dep_ != "dobj" or _object_past_a_list(t)) else None


def _object_past_a_list(noun: Token) -> bool:
    """An "object" the parser joined to its verb across a figure and an "and": in "output grew 6.2 per
    cent and electricity generation rose 8.3 per cent", "generation" is the next clause's subject."""
    between = noun.doc[noun.head.i + 1:noun.i]
    return noun.head.i < noun.i and any(t.like_num for t in between) and any(t.lower_ == "and" for t in between)


# Words by which a clause puts its verb in the future: "is likely to grow", "are set to cross".
_LIKELY = {"likely", "unlikely", "poised"}  # not "set to", "due to": plans ("is set to offer a 5% rebate")
