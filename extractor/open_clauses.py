"""Figures whose own clause names no measure: whether the clause is open ("it rose 5%") and of which
kind, the measure the sentence or passage gives it instead, a bare change noun, a bare sector, and
an amount assigned to an account named after it ("Rs 64bn for CVAT").
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Span, Token

from extractor.listed_measures import _MARK, _amount_heads, _head_word, one_measure
from extractor.measured_noun import _clause_subject, _clause_verb
from extractor.metric_head import (
    _ACTOR_NOUNS, _CHANGE_NOUNS, _CURRENCY_MARKS, _MEASURED_CARRIERS, _NOT_MEASURES, _TIME_NOUNS, _is_time,
    names_measure, phrase_of,
)
from extractor.metric_parts import channel_of

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


# Verbs by which a place takes its part of a figure named before: "with India leading at 25,000, followed by
# Russia with 10,000", "China accounted for $3bn".
_SHARE_VERBS = {"lead", "follow", "account", "contribute", "top", "come", "rank"}


def open_clause_kind(q_span: Span) -> Optional[str]:
    """None when the figure's clause names a measure or an actor of its own; "list" for a figure
    listed after another ("$4bn in May and $3bn in June"), "anaphor" when its subject points back
    ("it", "they", "the figures", a possessive with no noun: "France's"), "open" when it has no subject at all."""
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
    if verb.lemma_.lower() in _SHARE_VERBS and root.dep_ == "pobj" and root.head.lower_ in ("at", "with", "for") \
            and root.head.head.i == verb.i and any(o.ent_type_ in ("GPE", "NORP") for a in verb.children
                                                 if a.dep_ == "agent" for o in a.children):
        return "anaphor"  # "…, followed by Russia with 10,000": the place's part of the measure before
    noun, actor = _clause_subject(verb, q_ids)
    if noun is not None:
        return None
    if actor is None:
        return "open"
    if actor.pos_ == "PRON" or (actor.lower_ in _ANAPHORIC_CARRIERS and not any(
            c.dep_ in ("compound", "nmod") for c in actor.children)):
        return "anaphor"
    if actor.ent_type_ in ("GPE", "NORP") and root.dep_ == "pobj" and root.head.lower_ in ("at", "with", "for") \
            and root.head.head.i == verb.i and verb.lemma_.lower() in _SHARE_VERBS:
        return "anaphor"  # "105,000 tourists came, with India leading at 25,000": the place's part of the measure before
    if actor.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in actor.children):
        return "anaphor"  # "Germany's deficit fell to 2.9%, while France's is forecast to drop to 3%": France's deficit
    return None


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


def pronoun_antecedent(q_span: Span, sentence_before: Callable[[Span], Optional[Span]]) -> Optional[str]:
    """The measure "it"/"they" stands for when the sentence before is about it: in "Ruritania's
    jobless rate fell to a three-year low. The statistics office said it fell to 9.6%." the 9.6% is
    the jobless rate. ``sentence_before`` finds that sentence (parsed; asked only once a pronoun is
    found, for most figures have none); its main clause's subject must name a
    measure and agree in number with the pronoun ("it" singular, "they" plural). A company or a
    country there ("Zentex had a good year. It earned $5m") is whose, not what: nothing."""
    verb = _clause_verb(q_span.root)
    if verb is None:
        return None
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in ("it", "they")), None)
    if pronoun is None:
        return None
    # a noun before the pronoun in its own sentence is what it points to ("Zentex said it had moved
    # $27m", "stopped payments if they are worth less than £5"), unless it only names who says the
    # clause ("The statistics office said it fell": the speaker of the clause the pronoun opens)
    speaker = {t.i for c in verb.head.children if verb.dep_ == "ccomp" and c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree}
    if any(t.pos_ in ("NOUN", "PROPN") and t.i not in speaker for t in q_span.doc[q_span.sent.start:pronoun.i]):
        return None
    before = sentence_before(q_span)
    if before is None:
        return None
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not names_measure(subject) or subject.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") \
            or subject.lower_ in _ACTOR_NOUNS or (subject.tag_ in ("NNS", "NNPS")) != (pronoun.lower_ == "they"):
        return None
    return phrase_of(subject, set())


# "The September figure had been Rs 1,88,130 crore", "The monthly total came to $331m": a figure named
# only by its time is of the measure the passage reports
_FIGURE_NOUNS = {"figure", "number", "total", "tally", "reading", "print"}


def _figure_of_a_time(q_span: Span, verb: Optional[Token]) -> bool:
    """Whether the figure's clause subject is a bare figure noun that a time modifies ("The September
    figure", "the monthly total", "last year's figure"), the figure its complement."""
    if verb is None or q_span.root.head.i != verb.i or q_span.root.dep_ not in ("attr", "dobj", "acomp", "oprd"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in _FIGURE_NOUNS:
        return False
    mods = [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return bool(mods) and all(c.ent_type_ in ("DATE", "TIME") or c.lower_ in ("monthly", "quarterly", "annual", "weekly", "yearly")
                              for c in mods)


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
        return one_measure(passage)
    asked = _OF_THOSE_ASKED.match(sentence) if kind == "percent" else None
    if asked is not None and q_span.start_char - q_span.sent.start_char > asked.end():
        return f"{asked.group('group').lower()} {asked.group('asked').lower()}"
    if kind in ("money", "count") and _figure_of_a_time(q_span, verb):
        return one_measure(passage)
    if kind == "percent":
        moved = _SECTOR_MOVED.search(before)
        if moved is not None:
            return re.sub(r"\s+", " ", moved.group("m"))
        if _bare_change(q_span):
            return one_measure(passage)
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
    text, start, end = doc[first:sent.end].text, q_span.start_char - lo, q_span.end_char - lo  # (not Doc.text: it joins every token)
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
