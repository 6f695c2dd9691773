"""Counts of things ("6,000 vendors", "127 million subscribers", "35-person"), read off the parse.

A number is a count when the parse says what it counts: it modifies a noun
(``nummod``), or it stands alone with a scale word and the clause names the
thing ("subscribers exceeded 127 million"). Years, dates, durations, ordinals,
ages, numbers inside names and anaphoric number words ("the two countries") are
not claims (claims.md, "What is a claim").
"""
from __future__ import annotations

import bisect
import itertools

import re
from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from extractor import lexicons
from extractor.numbers import digits_value, scale_words, word_value
from extractor.quantities import Found

_PURE_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_GLUED_SCALE = re.compile(r"(\d+(?:\.\d+)?)(m|bn|k)", re.IGNORECASE)  # "38m subscribers" (BBC style)
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                 "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen"}
_CONDITION_BEFORE = re.compile(
    r"(?:\bage(?:d|s)?(?:\s+of)?|\bunder\s+the\s+age\s+of|\bover\s+the\s+age\s+of|\bNo\.?|#|\bpage|\barticle|\bsection"
    r"|\bchapter|\broom|\bflight|\broute|\bversion|\bgroup\s+of|\bG|\bphase|\bstep|\blevel|\btier|\bcategory|\bgrade)\s*$",
    re.IGNORECASE)


def find_counts(doc: Doc, taken: Iterable[Found]) -> list[Found]:
    """Counts in ``doc`` that do not overlap the money/percent/multiple spans in ``taken``."""
    taken_spans = sorted((f.start, f.end) for f in taken)
    taken_starts = [s for s, _ in taken_spans]
    reach = list(itertools.accumulate((e for _, e in taken_spans), max))  # furthest end so far
    durations = set(lexicons.words("period.duration_nouns"))
    not_counted = set(lexicons.words("count.not_counted"))
    scales = set(scale_words())
    text = doc.text  # Doc.text joins every token on each access: read it once
    found: list[Found] = []
    used: set[int] = set()
    for token in doc:
        if token.i in used or not _is_number_token(token):
            continue
        phrase = _number_phrase(token, scales)
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
        used.update(t.i for t in phrase)
        # Overlaps a taken span: one that starts before ``end`` and ends after ``start`` (a binary
        # search, not a scan of every span: linear time on long documents).
        i = bisect.bisect_left(taken_starts, end)
        if i and reach[i - 1] > start:
            continue
        if _is_not_a_claim(text, phrase, durations):
            continue
        unit = counted_noun(phrase, durations | not_counted)
        if unit is None:
            continue
        value = _phrase_value(phrase)
        if value is None:
            continue
        found.append(Found(start, end, "count", value, unit))
    return found


def _is_number_token(token: Token) -> bool:
    text = token.text
    if _PURE_DIGITS.fullmatch(text) or _GLUED_SCALE.fullmatch(text):
        return True
    return text.lower() in _NUMBER_WORDS or (token.like_num and text.isalpha() and text.lower() not in ("one", "a", "an"))


def _number_phrase(token: Token, scales: set[str]) -> list[Token]:
    """The number and the words that belong to it: "127 million", "twenty - five", "1.5 billion"."""
    phrase = [token]
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    while nxt is not None and (nxt.lower_ in scales or nxt.lower_ in _NUMBER_WORDS
                               or (nxt.text == "-" and nxt.i + 1 < len(token.doc) and nxt.nbor(1).lower_ in _NUMBER_WORDS)):
        phrase.append(nxt)
        nxt = nxt.nbor(1) if nxt.i + 1 < len(token.doc) else None
    return phrase


def _phrase_value(phrase: list[Token]) -> Optional[float]:
    scales = scale_words()
    value: Optional[float] = None
    words = []
    for t in phrase:
        low = t.lower_
        if (low in scales or low == "hundred") and value is not None:  # "4 hundred million"
            value *= scales.get(low, 100.0)
        elif _PURE_DIGITS.fullmatch(t.text):
            value = digits_value(t.text)
        elif _GLUED_SCALE.fullmatch(t.text):
            number, scale = _GLUED_SCALE.fullmatch(t.text).groups()
            value = float(number) * {"m": 1e6, "bn": 1e9, "k": 1e3}[scale.lower()]
        else:
            words.append(t.text)
            value = word_value(" ".join(words))
    return value


def _is_not_a_claim(doc_text: str, phrase: list[Token], durations: set[str]) -> bool:
    first, last = phrase[0], phrase[-1]
    doc = first.doc
    text = first.text
    # Years and dates: a bare 4-digit year, or any number the NER calls a date or time.
    if re.fullmatch(r"1[89]\d\d|20\d\d", text) and len(phrase) == 1:
        return True
    if first.ent_type_ in ("DATE", "TIME", "ORDINAL") and last.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        if not _counts_a_noun(last, durations):
            return True
    # Model numbers, names and addresses: "Boeing 777 jets", "iPhone 12 Mini", "575 Wilbraham Road".
    if first.ent_type_ in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"):
        return True
    if first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).ent_type_ not in ("GPE", "NORP"):
        return True
    # Numbers glued into names or codes ("Invest2Innovate", "G20", "Covid-19", "4G").
    if first.idx > 0 and (doc_text[first.idx - 1].isalpha() or doc_text[first.idx - 1] in "-/_"):
        return True
    after = last.idx + len(last.text)
    if after < len(doc_text) and (doc_text[after].isalpha() or doc_text[after:after + 1] in ("/", ":")):
        return True
    if first.i > 0 and first.nbor(-1).text in ("/", ":", "-", "–"):
        return True
    # Ages and other conditions or labels: "under the age of 30", "No. 10", "Group of 20".
    before = doc_text[max(0, first.idx - 25):first.idx]
    if _CONDITION_BEFORE.search(before):
        return True
    nxt = last.nbor(1) if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc) and last.nbor(2).lower_ in ("year", "years"):
        return True  # "a 10-year plan", "30-year-old"
    # Anaphora: "the two countries", "both of the 12".
    prev = first.nbor(-1) if first.i > 0 else None
    if prev is not None and prev.lower_ in lexicons.words("anaphora.determiners") and first.text.isalpha():
        return True
    if prev is not None and prev.lower_ == "the" and first.i > 1 and first.nbor(-2).lower_ == "of":
        return True
    return False


def _counts_a_noun(token: Token, excluded: set[str]) -> bool:
    head = token.head
    return token.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in excluded


def counted_noun(phrase: list[Token], excluded: set[str]) -> Optional[str]:
    """The singular noun a number counts: "6,000 vendors" → "vendor"; None when it counts nothing."""
    last = phrase[-1]
    head = last.head
    # "127 million subscribers": the number (or its scale word) modifies the noun.
    for t in (last, phrase[0]):
        h = t.head
        if t.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod") and h.i > t.i and h.pos_ in ("NOUN", "PROPN"):
            return _unit_of(h, excluded)
    # "35-person group": the tokenizer splits "35 - person"; the noun follows the hyphen.
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.text == "-" and last.i + 2 < len(last.doc):
        noun = last.nbor(2)
        if noun.pos_ in ("NOUN", "PROPN"):
            return _unit_of(noun, excluded)
    # "a population of 220 million": the noun the "of" hangs on.
    if last.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _unit_of(head.head, excluded)
    # "subscribers exceeded 127 million": a scaled number standing alone takes the clause's subject.
    if len(phrase) > 1 and last.dep_ in ("dobj", "attr", "pobj", "nsubj", "appos", "conj"):
        verb = last.head if last.dep_ != "pobj" else last.head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("number", "total", "count"):  # "the number of people out of work rose to ..."
                subject = next((o for p in subject.children if p.lower_ == "of" for o in p.children
                                if o.dep_ == "pobj" and o.pos_ == "NOUN"), subject)
            return _unit_of(subject, excluded)
    return None


def _unit_of(noun: Token, excluded: set[str]) -> Optional[str]:
    if noun.lower_ in excluded or noun.lemma_.lower() in excluded:
        return None
    if (noun.pos_ == "PROPN" or (noun.text[:1].isupper() and not noun.is_sent_start)) and noun.ent_type_ != "NORP":
        return None  # a name after a number ("787 Dreamliner", "575 Wilbraham Road") is not a thing counted
    if noun.lower_ in scale_words():
        return None
    if noun.ent_type_ == "NORP" or noun.lemma_.lower() in ("people", "persons"):
        return "person"  # "2.2 million Ethiopians", "6,000 people": counts of persons
    lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text
    return lemma or None
