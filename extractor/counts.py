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
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from extractor import currencies, lexicons
from extractor.numbers import (DIGITS, LEADING_PART, NUMBER_WORDS, digits_value, read_amounts, scale_pattern, scale_words,
                               short_scales, word_value, YEAR)
from extractor.metric_head import is_dateline
from extractor.physical_units import physical_unit
from extractor.quantities import Found

_PURE_DIGITS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+[½¼¾⅓⅔⅛⅜⅝⅞]|\d+(?:\.\d+)?")
# "38m subscribers" (BBC style), "14.62mn tonnes", "3.1bln shares"
_GLUED_SCALE = re.compile(r"(\d+(?:\.\d+)?)(m|mn|mln|bn|bln|tn|k)", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(
    r"(?:\bage(?:d|s)?(?:\s+(?:of|to|at|from))?|\bunder\s+the\s+age\s+of|\bover\s+the\s+age\s+of|\bNo\.?|#|\bpage|\barticle|\bsection"
    r"|\bchapter|\broom|\bflight|\broute|\bversion|\bgroup\s+of|\bG|\bphase|\bstep|\blevel|\btier|\bcategory|\bgrade"
    r"|\bmagnitude(?:\s+of)?|\bnumber(?:\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:and|or|to))?|\bodds\s+(?:of|at)|\bodds-on)\s*$",
    re.IGNORECASE)


# An age after a number, or after the range it starts: "30 years old", "200,000 to-260,000 year-old",
# "18 to 24 year olds".
_AGE_AFTER = re.compile(rf"(?:\s*(?:to|-|–|and|or)\s*-?\s*(?:\d[\d,.]*|{'|'.join(sorted(NUMBER_WORDS))}))?\s*-?\s*(?:year|month|week|day)s?[-\s]olds?\b",
                        re.IGNORECASE)


# A figure glued to a unit of measure: "10W", "5kg", "4GB" (not "Model 3s", a plural, nor "3m", a scale).
_MEASURE_TOKEN = re.compile(r"\d+(?:\.\d+)?(?!(?i:s|m|mn|mln|bn|bln|b|k|tn)$)[A-Za-z]+")


# Plural names of things that are written with capitals: acronyms ("SUVs", "CEOs", "DVDs") and
# products in camel case ("iPads", "MacBooks"); a capitalised word otherwise names, not counts.
_CAPITAL_PLURAL = re.compile(r"[A-Z]{2,}s|[a-z][A-Z][a-z]+(?:[A-Z][a-z]*)*s|[A-Z][a-z]+[A-Z][a-z]+s")
# Plural nouns of people named after a place or a group ("Britons", "Pakistanis", "Londoners"):
# the tagger leaves many outside the NORP entities, so their ending says it.
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ans|ons|ers|is|ites|ese)")


def find_counts(doc: Doc, taken: Iterable[Found], before: str = "", earlier: Sequence[Found] = ()) -> list[Found]:
    """Counts in ``doc`` that do not overlap the money/percent/multiple spans in ``taken`` (nor its period
    phrases, kind "period": no figure between a count and a bare number after it). ``before``:
    the article's text before ``doc`` (its last stretch), ``earlier``: the counts found there ("sales"
    with no thing named counts what "vehicle sales" counted before)."""
    doc.user_data[_BEFORE_KEY] = (before, earlier)  # (the units of ``earlier`` are read only when needed)
    try:
        return _find_counts(doc, taken)
    finally:
        del doc.user_data[_BEFORE_KEY]  # (only while the counts are read: a Doc's user data may be serialized)


def _find_counts(doc: Doc, taken: Iterable[Found]) -> list[Found]:
    taken = list(taken)
    taken_spans = sorted((f.start, f.end) for f in taken)
    # the money, percent and multiple spans (not the period phrases): a figure that stands between
    # a count and a bare number after it ("300 phones in May and 400 in June": "in May" does not)
    figure_spans = sorted((f.start, f.end) for f in taken if f.kind != "period")
    taken_starts = [s for s, _ in taken_spans]
    reach = list(itertools.accumulate((e for _, e in taken_spans), max))  # furthest end so far
    durations = set(lexicons.words("period.duration_nouns"))
    not_counted = set(lexicons.words("count.not_counted"))
    scales = set(scale_words())
    generic = set(lexicons.words("count.generic_nouns"))
    text = doc.text  # Doc.text joins every token on each access: read it once
    found: list[Found] = []
    used: set[int] = set()
    # number tokens by their text (one test per distinct word); "one" only where stressed ("only one bank")
    candidates = sorted(set(_tokens_where(doc, _is_number_token, _NUMBER_ORTHS))
                        | {i for i in _tokens_where(doc, _is_one, _ONE_ORTHS)
                           if _is_stressed_one(doc[i]) or _is_listed_one(doc[i])})
    for i in candidates:
        if i in used:
            continue
        token = doc[i]
        phrase = _number_phrase(token, scales)
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
        used.update(t.i for t in phrase)
        # Overlaps a taken span: one that starts before ``end`` and ends after ``start`` (a binary
        # search, not a scan of every span: linear time on long documents).
        i = bisect.bisect_left(taken_starts, end)
        if i and reach[i - 1] > start and not (
                # "cut 2000 jobs": the bare year the period finder took counts jobs (claims.py drops that period)
                len(phrase) == 1 and _year_like_count(token)
                and all(f.kind == "period" and (f.start, f.end) == (start, end)
                        for f in taken if f.start < end and start < f.end)):
            continue
        if _is_not_a_claim(text, phrase, durations):
            continue
        lead = _leading_part(text, phrase, scales)
        second = _range_end(phrase, scales, used, taken_spans)
        unit, borrowed = (None, 1.0) if second is not None or lead is not None else _changed_from_unit(
            phrase, scales, durations | not_counted)
        if unit is None:
            unit = counted_noun(phrase, durations | not_counted)
        if unit is None and second is not None:  # "1 to 2 thousand people": the noun is after the range
            unit = counted_noun(second, durations | not_counted)
        if unit is None and second is None and lead is None:
            unit = (_persons_employed(phrase) or _of_which_there_are(phrase, durations | not_counted)
                    or _elided_unit(phrase, found, figure_spans) or _persons_harmed(phrase, found))
        if unit is None or (unit in _RANK_STEPS and _is_rank_move(phrase)) or _is_label_number(phrase, unit):
            continue
        if (unit in generic and found and found[-1].unit not in generic and phrase[0].sent.start_char <= found[-1].start
                and not _generic_as_things(phrase, unit)):
            unit = found[-1].unit  # "83,000 loans, above the low of 77,000": the thing counted just before
        value = _phrase_value(phrase)
        if value is None:
            continue
        value *= borrowed
        if lead is not None:  # "half a million people", "a quarter of a million visitors"
            start, value = lead[0], lead[1] * value
        if second is not None:
            high = _phrase_value(second)
            if high is not None:
                if len(phrase) == 1 and len(second) > 1 and value * (high / _phrase_value(second[:1])) <= high:
                    value *= high / _phrase_value(second[:1])  # "1 to 2 thousand": 1 borrows thousand
                if high >= value:
                    end = second[-1].idx + len(second[-1].text)
                    used.update(t.i for t in second)
                    found.append(Found(start, end, "count", value, unit, high))
                    continue
        found.append(Found(start, end, "count", value, unit))
    found = sorted(found + _suspended_counts(doc, used, taken_spans, durations | not_counted), key=lambda f: f.start)
    # a percent between a count and its compared figure is the count's change ("250,000 tourists, up 15%
    # from a year earlier, following 243,588 in January"): it stands in the way of nothing
    amount_spans = sorted((f.start, f.end) for f in taken if f.kind not in ("period", "percent"))
    return _change_before_level(text, _compared_bare(doc, text, found, amount_spans), figure_spans)


# "2,300 employees, down from 2,600", "1.2 million passengers, versus 900,000", "250,000 tourists in
# February, following 243,588 in January": a bare figure after "from", "against", "compared with",
# "following" or "after" in the count's sentence counts the same thing.
_COMPARED_BARE = re.compile(
    rf"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|following|after)\s+(?P<num>{DIGITS}(?P<scale>{scale_pattern()})?)"
    r"(?![\w%$£€¥]|[.,]\d|\s*(?:%|per\s?cent|percent|pc\b|-))")
# What may follow the bare figure: the end of a clause, a time ("a year ago", "last year") or a
# word that is not a noun or adjective of its own.
_AFTER_BARE = ("PUNCT", "ADP", "CCONJ", "SCONJ", "ADV", "VERB", "AUX", "PART", "DET")


def _compared_bare(doc: Doc, text: str, found: list[Found], taken_spans) -> list[Found]:
    out = list(found)
    for f in found:
        if f.kind != "count" or f.value_max is not None or re.search(r"\bper\s+$", text[max(0, f.start - 6):f.start]):
            continue  # ("7.5 connections per 100 people, compared to 6.7": the base of a rate compares nothing)
        sentence = doc.char_span(f.start, f.end, alignment_mode="expand")
        if sentence is None:
            continue
        window_end = min(sentence.sent.end_char, f.end + 120)
        for m in _COMPARED_BARE.finditer(text, f.end, window_end):
            start, end = m.start("num"), m.end("num")
            if any(s < end and f.end < e for s, e in taken_spans) or any(
                    g is not f and g.start < end and f.end < g.end for g in out):
                break  # another figure stands between (or is this one)
            if YEAR.fullmatch(m.group("num")):
                break
            if not m.group("scale") and re.search(scale_pattern(), text[f.start:f.end]) and (
                    digits_value(m.group("num")) or 0) < 1000:
                break  # "5 million users, up from 3": a small bare number beside a scaled figure is no count
            after = doc.char_span(end, len(text), alignment_mode="expand")
            nxt = after[0] if after is not None and len(after) else None
            if nxt is not None and not (nxt.pos_ in _AFTER_BARE or nxt.ent_type_ in ("DATE", "TIME")):
                break
            if m.group(0).split()[0].lower() in ("following", "after") and not m.group("scale") and (
                    digits_value(m.group("num")) or 0) < 1000:
                break  # "after 3 in the afternoon", "following 2 rounds": a small number there is rarely a count's base
            amounts = read_amounts(m.group("num"))
            if amounts:
                out.append(Found(start, end, "count", amounts[0], f.unit))
            break
    return sorted(out, key=lambda g: g.start)


# "rose by 20,000 to 1.4 million": the change's bare number right before "to" and the new level
_BY_BEFORE_TO = re.compile(rf"\bby\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?(?P<num>{DIGITS})\s+to\s+"
                           r"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$")


def _change_before_level(text: str, found: list[Found], taken_spans) -> list[Found]:
    """A bare number by which a count moved, right before the level it moved to ("unemployment rose by
    20,000 to 1.4 million", "jobs fell by 3,500 to 41,000"): a count of the same things."""
    out = list(found)
    for f in found:
        if f.kind != "count" or f.value_max is not None:
            continue
        m = _BY_BEFORE_TO.search(text, max(0, f.start - 60), f.start)
        if m is None or YEAR.fullmatch(m.group("num")):
            continue
        start, end = m.start("num"), m.end("num")
        if any(s < end and start < e for s, e in taken_spans) or any(g.start < end and start < g.end for g in out):
            continue
        amounts = read_amounts(m.group("num"))
        if amounts:
            out.append(Found(start, end, "count", amounts[0], f.unit))
    return sorted(out, key=lambda g: g.start)


# Parts of a machine's build that a hyphened number specifies, no things counted ("six-cylinder engines",
# "a five-door car", "a 12-speed gearbox"; gold/README.md: product specifications are not claims).
_SPEC_PARTS = frozenset({"cylinder", "valve", "door", "speed", "gear", "stroke", "wheel", "seat", "seater", "core",
                         "blade", "rotor", "engine", "megapixel", "axle"})

_SUSPENDED = re.compile(rf"(?:\d+|{'|'.join(sorted(NUMBER_WORDS))})-", re.IGNORECASE)


def _changed_from_unit(phrase: list[Token], scales: set[str], excluded: set[str]) -> tuple[Optional[str], float]:
    """(unit, scale) of the first level of a change "rose from 200 to 250 workers", "from 2 to 3
    million users": two levels (claims.md), the first counting the noun of the second and
    borrowing its scale; (None, 1.0) otherwise."""
    from extractor.quantities import _is_change_from

    doc = phrase[0].doc
    last = phrase[-1]
    if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "to" or not _is_number_token(doc[last.i + 2]):
        return None, 1.0
    second = _number_phrase(doc[last.i + 2], scales)
    if not _is_change_from(doc.text, phrase[0].idx, second[-1].idx + len(second[-1].text)):
        return None, 1.0
    unit = counted_noun(second, excluded)
    if unit is None:
        return None, 1.0
    scale = 1.0
    if len(phrase) == 1 and len(second) > 1:
        first_value, high, base = _phrase_value(phrase), _phrase_value(second), _phrase_value(second[:1])
        if first_value is not None and high and base and first_value * high / base <= high * 10:
            scale = high / base  # "from 2 to 3 million": 2 million
    return unit, scale


_ELIDED_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos")


def _scaled(tokens) -> bool:
    return any(t.lower_ in scale_words() or t.lower_ in short_scales() for t in tokens)


def _elided_unit(phrase: list[Token], found: list[Found], taken_spans) -> Optional[str]:
    """A bare number after a count in its sentence counts the same thing when its noun is left
    out: "14 people were hurt and 3 were killed", "Texas cut 1,200 jobs while Ohio added 900"."""
    if (not found or found[-1].kind != "count" or found[-1].value_max is not None
            or found[-1].unit in lexicons.words("count.generic_nouns")):
        return None  # ("figures of 39,152 and 16,423": a generic noun names no thing to carry over)
    first, last = phrase[0], phrase[-1]
    before = found[-1]
    doc = first.doc
    if before.start < first.sent.start_char or re.search(r"\bper\s+$", doc.text[max(0, before.start - 6):before.start]):
        return None  # (nor the base of a rate: "4.1 connections per 100 people, against 6.7 in ...")
    if first.i > 0 and doc[first.i - 1].lower_ in lexicons.words("anaphora.determiners"):
        return None  # "a six-cylinder engine - the 147, the 156": labels
    more = last.head if last.head.i == last.i + 1 and last.head.lower_ == "more" else None  # "damaged 60 more"
    listed = _listed_after(phrase, before)  # "65 flights on Thursday, 180 on Friday": a list of the same thing
    if not (first.text[:1].isdigit() or len(phrase) > 1 or listed or _coordinated_word(first, before)):
        return None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    verb_after = nxt is not None and _verb_read_as_noun(nxt)  # "Of the 500 firms surveyed, 120 plan to hire"
    if last.dep_ not in _ELIDED_DEPS and first.dep_ not in _ELIDED_DEPS and not listed and not (
            more is not None and more.dep_ in _ELIDED_DEPS) and not verb_after and not _gapped_after_a_name(phrase):
        return None
    owner = first.head.head if first.dep_ == "pobj" and first.head.pos_ == "ADP" else None
    if owner is not None and owner.tag_ == "NNS" and owner.lemma_.lower() != before.unit.lower():
        return None  # "200 commitments ..., and has orders for 56": another plural noun owns the number
    if first.i > 0 and doc[first.i - 1].lower_ in ("top", "bottom", "number", "no", "no."):
        return None  # "players ranked in the top 200": a rank, not a number of players
    if last.dep_ in ("attr", "acomp") and last.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in last.head.children):
        return None  # "who beat two players when he was just 14": an age
    if verb_after:
        nxt = None
    if nxt is not None and nxt.lower_ in ("more", "others") and (
            nxt.i + 1 >= len(doc) or doc[nxt.i + 1].pos_ in ("PUNCT", "ADP", "CCONJ", "SCONJ")):
        nxt = None  # "destroyed 40 homes and damaged 60 more": the same thing again
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "SYM") or nxt.text in ("%", "-", "–", "/")):
        return None
    between = doc.char_span(before.end, first.idx, alignment_mode="expand")
    if between is not None and any((t.like_num and not _in_period(t)) or t.ent_type_ in ("MONEY", "PERCENT")
                                   for t in between):
        return None  # another figure stands between (a date does not: "cut 1,500 jobs in 2020, 400 in Leeds")
    if any(before.end <= s < first.idx for s, _ in taken_spans):
        return None
    value = _phrase_value(phrase)
    before_tokens = doc.char_span(before.start, before.end, alignment_mode="expand") or []
    if value is None or (_scaled(before_tokens) and not _scaled(phrase) and value < 1000):
        return None  # "5 million users ... 3": a small bare number beside a scaled count
    return before.unit


_HARM_VERBS = frozenset({"die", "kill", "injure", "wound", "hurt", "drown", "perish", "rescue", "evacuate", "arrest",
                         "detain", "hospitalise", "hospitalize", "infect", "sicken", "displace", "vaccinate",
                         "inoculate"})


def _persons_harmed(phrase: list[Token], found: list[Found]) -> Optional[str]:
    """ "the disaster in which 96 died", "at least 30 were killed": a bare number that dies, is killed or
    hurt counts persons (not after a count of other things in its sentence: "91 foxes - only four were
    killed")."""
    last = phrase[-1]
    if found and found[-1].start >= last.sent.start_char and found[-1].unit != "person":
        return None
    verb = last.head
    if last.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _HARM_VERBS:
        return None
    if last.dep_ == "nsubj" and verb.lemma_.lower() not in ("die", "drown", "perish"):
        return None  # ("30 killed": the subject of an active "kill" is who killed)
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "SYM") or nxt.text in ("%", "-", "–", "/")):
        return None
    return "person"


def _of_which_there_are(phrase: list[Token], excluded: set[str]) -> Optional[str]:
    """ "online music services, of which there are now 230": the plural noun the clause describes."""
    last = phrase[-1]
    verb = last.head
    if last.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "relcl" or verb.head.tag_ != "NNS":
        return None
    if not any(c.dep_ == "expl" for c in verb.children) or not any(
            c.lower_ == "of" and any(w.lower_ == "which" for w in c.children) for c in verb.children):
        return None
    return _unit_of(verb.head, excluded)


def _persons_employed(phrase: list[Token]) -> Optional[str]:
    """ "The firm has 14 plants and employs 9,000", "it will hire 300 this year": a bare number that a verb
    of employing takes as its object counts persons."""
    last = phrase[-1]
    verb = last.head
    if last.dep_ != "dobj" or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in ("employ", "hire", "recruit", "furlough") and not (
            verb.lemma_.lower() == "lay" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))):
        return None
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "SYM") or nxt.text in ("%", "-", "–", "/")):
        return None
    return "person"


def _coordinated_word(word: Token, before: Found) -> bool:
    """ "signed three players and sold two", "Fourteen people were hurt and three were killed": a
    number word that is the subject or object of a clause joined to the count's by "and", "but" or
    "while" (never "split in two", "one or two")."""
    if word.dep_ not in ("nsubj", "nsubjpass", "dobj") or word.head.pos_ not in ("VERB", "AUX"):
        return False
    doc = word.doc
    return any(t.lower_ in ("and", "but", "while", "whereas") for t in doc[:word.i]
               if t.idx >= before.end) and doc[word.i - 1].lower_ not in ("or", "to", "-")


def _in_period(token: Token) -> bool:
    """A number word or a year inside a date: "in its first week", "in 2020"."""
    return token.ent_type_ == "DATE" and (token.is_alpha or YEAR.fullmatch(token.text) is not None)


def _listed_after(phrase: list[Token], before: Found) -> bool:
    """ "cancelled 65 flights on Thursday, 180 on Friday and 43 on Sunday", "cut 300 jobs in Leeds, 120 in
    York": a bare number after a comma or "and", followed by the preposition that followed the count before
    it (the parse hangs such lists any way it likes)."""
    doc = phrase[0].doc
    first, last = phrase[0], phrase[-1]
    if first.i == 0 or last.i + 1 >= len(doc) or doc[first.i - 1].lower_ not in (",", "and", "or", ";"):
        return False
    prep = doc[last.i + 1]
    if prep.pos_ != "ADP" or prep.lower_ in ("of", "than"):
        return False
    return re.match(rf"\s+(?:[\w-]+\s+){{0,2}}?{re.escape(prep.lower_)}\b", doc.text[before.end:], re.IGNORECASE) is not None


def _suspended_counts(doc: Doc, used: set[int], taken_spans, excluded: set[str]) -> list[Found]:
    """ "four-, five- and six-cylinder engines", "two- and three-bedroom flats": a number whose
    hyphen waits for the noun of the last compound of the list counts that noun."""
    out = []
    for i in _tokens_where(doc, _is_suspended, _SUSPENDED_ORTHS):
        if i in used:
            continue
        token = doc[i]
        j = token.i + 1
        while j < len(doc) and j < token.i + 8 and (doc[j].text in (",", "and", "or", "to")
                                                     or _SUSPENDED.fullmatch(doc[j].text)):
            j += 1
        if not (j + 2 < len(doc) and doc[j].i != token.i + 1 and _is_number_token(doc[j])
                and doc[j + 1].text == "-" and doc[j + 2].pos_ == "NOUN"):
            continue
        start, end = token.idx, token.idx + len(token.text) - 1
        if any(s < end and start < e for s, e in taken_spans) or doc[j + 2].lower_ in _SPEC_PARTS:
            continue  # ("four-, five- and six-cylinder engines": a product's specification)
        unit = _unit_of(doc[j + 2], excluded)
        value = digits_value(token.text[:-1]) if token.text[0].isdigit() else word_value(token.text[:-1])
        if unit is not None and value is not None:
            out.append(Found(start, end, "count", value, unit))
    return out


def _leading_part(text: str, phrase: list[Token], scales: set[str]) -> Optional[tuple[int, float]]:
    """(start, factor) of the words before a bare scale word that say how many of it: "half a
    million" → 0.5, "a quarter of a million" → 0.25; None when there are none."""
    if phrase[0].lower_ not in scales and phrase[0].lower_ not in ("hundred", "dozen"):
        return None
    m = LEADING_PART.search(text, max(0, phrase[0].idx - 40), phrase[0].idx)
    if m is None:
        return None
    factor = word_value(m.group(0).strip(" -"))
    return (m.start(), factor) if factor is not None else None


def _range_end(phrase: list[Token], scales: set[str], used: set[int], taken_spans) -> Optional[list[Token]]:
    """ "10 to 20 workers", "5-10 protesters", "between 10 and 20 workers": the second number of
    a range that starts with ``phrase``; None when there is none, or when a change joins them
    ("rose from 10 to 20 stores")."""
    from extractor.quantities import _change_right_before, _is_change_from

    doc = phrase[0].doc
    last = phrase[-1]
    if last.i + 2 >= len(doc):
        return None
    joint, nxt = doc[last.i + 1], doc[last.i + 2]
    between = phrase[0].i > 0 and doc[phrase[0].i - 1].lower_ == "between"
    if not (joint.lower_ in ("to", "-", "–") or (joint.lower_ == "and" and between)):
        return None
    if nxt.i in used or not _is_number_token(nxt):
        return None
    second = _number_phrase(nxt, scales)
    start, end = phrase[0].idx, second[-1].idx + len(second[-1].text)
    if any(start < e and s < end for s, e in taken_spans):
        return None
    after = second[-1].i + 1
    if after < len(doc) and doc[after].text in ("-", "–") or re.fullmatch(r"1[5-9]\d\d|20\d\d", nxt.text):
        return None  # "200,000 to-260,000 year-old", "1990 to 2000"
    text = doc.text
    if _is_change_from(text, start, end) or _change_right_before(text, start):
        return None
    return second


# "only one bank", "just one store", "at least one person": "one" stressed as a number counts the
# noun it modifies; otherwise "one" is mostly a pronoun or a determiner ("one of the best", "one
# analyst said") and is read nowhere. Abstract nouns are no things counted ("only one way").
_STRESSED_ONE_BEFORE = re.compile(r"(?:\b(?:only|just|exactly|at\s+least|at\s+most|no\s+more\s+than|a\s+single)\s+)$",
                                  re.IGNORECASE)
_NOT_COUNTED_AFTER_ONE = {"thing", "way", "place", "reason", "word", "answer", "option", "choice", "explanation",
                          "question", "problem", "chance", "hope", "conclusion", "solution", "aim", "goal", "purpose"}


def _is_stressed_one(token: Token) -> bool:
    if token.lower_ != "one" or token.i == 0:
        return False
    if not _STRESSED_ONE_BEFORE.search(token.doc.text[max(0, token.idx - 20):token.idx]):
        return False
    head = token.head
    return (token.dep_ == "nummod" and head.pos_ == "NOUN" and token.i < head.i <= token.i + 3
            and head.tag_ == "NN" and head.lemma_.lower() not in _NOT_COUNTED_AFTER_ONE)


def _is_listed_one(token: Token) -> bool:
    """ "two silvers and one bronze", "one win, two draws and three defeats", "scored one goal and
    made two assists": "one" + noun in a list with another counted noun counts like its neighbours."""
    if token.lower_ != "one" or token.dep_ != "nummod" or token.i == 0:
        return False
    noun = token.head
    if noun.pos_ != "NOUN" or not token.i < noun.i <= token.i + 3 or token.nbor(-1).lower_ in _NOT_BEFORE_LISTED_ONE:
        return False
    partners = [c for c in noun.children if c.dep_ in ("conj", "appos")]
    if noun.dep_ in ("conj", "appos"):
        partners += [noun.head] + [c for c in noun.head.children if c.dep_ in ("conj", "appos") and c is not noun]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX"):  # "scored one goal and made two assists"
        verbs = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
        partners += [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    return any(c.dep_ == "nummod" and c.i != token.i and _is_number_token(c) and c.i < c.head.i <= c.i + 3
               for p in partners if p.pos_ == "NOUN" for c in p.children)


_NOT_BEFORE_LISTED_ONE = {"the", "each", "every", "no", "any", "this", "that", "which", "another", "a", "its", "their",
                          "his", "her", "our", "my", "your", "between"}  # "between one and 30 gigabytes": a range


# A token test that reads only the token's text and lexical attributes, kept per ORTH id: a Doc's
# tokens are tested from one array, not one Python Token each (linear in the length either way).
_NUMBER_ORTHS: dict[int, bool] = {}
_SUSPENDED_ORTHS: dict[int, bool] = {}
_ONE_ORTHS: dict[int, bool] = {}
ORTH_CACHE_LIMIT = 200_000


def _tokens_where(doc: Doc, test, known: dict[int, bool]) -> list[int]:
    """The indices of the tokens of ``doc`` that pass ``test`` (of their text only), in order."""
    found = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        hit = known.get(orth)
        if hit is None:
            if len(known) >= ORTH_CACHE_LIMIT:
                known.clear()
            hit = known[orth] = test(doc[i])
        if hit:
            found.append(i)
    return found


def _is_one(token: Token) -> bool:
    return token.lower_ == "one"


def _is_suspended(token: Token) -> bool:
    return _SUSPENDED.fullmatch(token.text) is not None


def _is_number_token(token: Token) -> bool:
    text = token.text
    if _PURE_DIGITS.fullmatch(text) or _GLUED_SCALE.fullmatch(text):
        return True
    return text.lower() in NUMBER_WORDS or (token.like_num and text.isalpha() and text.lower() not in ("one", "a", "an"))


# Short scales that South Asian releases also write with a capital ("4.5 Mn tonnes", "2 Bn users");
# the others ("m", "b", "k", "cr", "tr") stay scales only in lower case after a space.
_CAPITAL_SHORT_SCALES = frozenset({"mn", "mln", "bn", "bln", "tn"})


def _number_phrase(token: Token, scales: set[str]) -> list[Token]:
    """The number and the words that belong to it: "127 million", "twenty - five", "1.5 billion"."""
    phrase = [token]
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if re.fullmatch(r"\d{1,3}", token.text) and not (token.i > 0 and (
            token.nbor(-1).like_num or token.nbor(-1).lower_ in _MONTHS)):  # "on June 12 300 people"
        while (nxt is not None and re.fullmatch(r"\d{3}", nxt.text) and phrase[-1].whitespace_ == " "
               and _PURE_DIGITS.fullmatch(phrase[-1].text)
               and (nxt.whitespace_ or nxt.i + 1 == len(token.doc) or nxt.nbor(1).text in (".", ",", ";", ")"))):
            # (not "10 737-800 planes": a count, then a model)
            phrase.append(nxt)  # "1 500 adults", "3 000 000 people": thousands set apart by spaces
            nxt = nxt.nbor(1) if nxt.i + 1 < len(token.doc) else None
        if len(phrase) > 2 or (len(phrase) == 2 and len(token.text) == 1):
            return phrase  # (two-digit "10 737 jets" stays a count and a model)
        phrase = [token]
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in ("m", "bn", "k", "mn") and nxt.idx == token.idx + len(token.text):
        return [token, nxt]  # "4.3M sales": the tokenizer splits the glued scale off
    if (nxt is not None and len(nxt.lower_) > 1 and nxt.lower_ in short_scales()
            and (nxt.text.islower() or nxt.lower_ in _CAPITAL_SHORT_SCALES) and _PURE_DIGITS.fullmatch(token.text)):
        return [token, nxt]  # "3.2 mln tonnes", "5 bn shares", "4.5 Mn tonnes", "1.2 MN subscribers"
    while nxt is not None and ((nxt.lower_ in scales and (nxt.text.islower() or nxt.lower_ != "arab"))
                               or nxt.lower_ in NUMBER_WORDS
                               or (nxt.lower_ == "and" and phrase[-1].lower_ == "hundred" and nxt.i + 1 < len(token.doc)
                                   and nxt.nbor(1).lower_ in NUMBER_WORDS and nxt.nbor(1).lower_ not in ("hundred", "dozen"))
                               or (nxt.text == "-" and nxt.i + 1 < len(token.doc) and (
                                   nxt.nbor(1).lower_ in NUMBER_WORDS
                                   or (nxt.nbor(1).lower_ == "one" and phrase[-1].lower_ in _TENS_WORDS)))
                               or _and_a_half_scaled(nxt)
                               or (nxt.lower_ == "one" and phrase[-1].text == "-")):
        if _and_a_half_scaled(nxt):  # "two and a half million": "and a half" joins before the scale
            phrase.extend(token.doc[nxt.i:nxt.i + 2])
            nxt = token.doc[nxt.i + 2]
        phrase.append(nxt)
        nxt = nxt.nbor(1) if nxt.i + 1 < len(token.doc) else None
    return phrase


# "twenty-one": a tens word joined to "one" by a hyphen ("one" alone is no number word here).
_TENS_WORDS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})


def _and_a_half_scaled(token: Token) -> bool:
    """ "two and a half million cars": "and a half" between a number and its scale word."""
    doc = token.doc
    return (token.lower_ == "and" and token.i + 3 < len(doc) and doc[token.i + 1].lower_ == "a"
            and doc[token.i + 2].lower_ == "half" and doc[token.i + 3].lower_ in scale_words()
            and doc[token.i + 3].text.islower())


def _text_before(token: Token) -> str:
    return token.nbor(-1).text if token.i > 0 else ""


def _phrase_value(phrase: list[Token]) -> Optional[float]:
    scales = scale_words()
    value: Optional[float] = None
    words = []
    base = 0.0  # "three hundred and five": the hundreds before the words that follow them
    halves = [k for k, t in enumerate(phrase) if t.lower_ == "and" and k + 2 < len(phrase)
              and phrase[k + 1].lower_ == "a" and phrase[k + 2].lower_ == "half"]
    if halves:  # "two and a half million": the number and a half, then its scale
        k = halves[0]
        value = _phrase_value(phrase[:k])
        if value is None:
            return None
        value += 0.5
        for t in phrase[k + 3:]:
            factor = scales.get(t.lower_) or short_scales().get(t.lower_)
            if factor is None:
                return None
            value *= factor
        return value
    for t in phrase:
        low = t.lower_
        if low == "and" and value is not None:
            base, words = value, []
            continue
        if (low in scales or low in ("hundred", "dozen")) and value is not None:  # "4 hundred million", "two dozen"
            value *= scales.get(low, 12.0 if low == "dozen" else 100.0)
        elif low in short_scales() and value is not None:  # "4.3M", "3.2 mln"
            value *= short_scales()[low]
        elif _PURE_DIGITS.fullmatch(t.text):
            if value is not None and re.fullmatch(r"\d{3}", t.text) and _PURE_DIGITS.fullmatch(_text_before(t)):
                value = value * 1000 + digits_value(t.text)  # "1 500": thousands set apart by a space
            elif len(phrase) == 1 and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t.text):
                value = float(t.text.replace(".", ""))  # "2.000 workers": dots between thousands (no count has 3 decimals)
            else:
                value = digits_value(t.text)
        elif _GLUED_SCALE.fullmatch(t.text):
            number, scale = _GLUED_SCALE.fullmatch(t.text).groups()
            value = float(number) * short_scales()[scale.lower()]
        else:
            words.append(t.text)
            value = word_value(" ".join(words))
            if value is not None and base:
                value += base
    return value


_SMALL = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SIDE_SIZE_AFTER = re.compile(rf"(?i)\s*-?\s*(?:against|v|vs\.?|on)\s*-?\s*(?P<n>{_SMALL})\b|-a-side\b")
_SIDE_SIZE_BEFORE = re.compile(rf"(?i)\b(?P<n>{_SMALL})\s*-?\s*(?:against|v|vs\.?|on)\s*-?\s*$")


def _is_not_a_claim(doc_text: str, phrase: list[Token], durations: set[str]) -> bool:
    first, last = phrase[0], phrase[-1]
    doc = first.doc
    text = first.text
    # Years and dates: a bare 4-digit year, or any number the NER calls a date or time.
    if re.fullmatch(r"1[89]\d\d|20\d\d", text) and len(phrase) == 1 and not _year_like_count(first):
        return True
    # "between 1600 and 1900", "1350-1450": two four-digit numbers joined are years.
    if len(phrase) == 1 and re.fullmatch(r"1\d{3}", text) and re.match(
            r"\s*(?:and|to|-|–)\s*1\d{3}\b", doc_text[last.idx + len(last.text):]):
        return True
    if re.fullmatch(r"\dK", "".join(t.text for t in phrase)) and not first.whitespace_:
        return True  # "4K TVs", "8K screens": a resolution, not thousands
    after = doc_text[last.idx + len(last.text):last.idx + len(last.text) + 24]
    before = doc_text[max(0, first.idx - 24):first.idx]
    side = _SIDE_SIZE_AFTER.match(after) or _SIDE_SIZE_BEFORE.search(before)
    if side and (side.group("n") is None or side.group("n").lower() == text.lower()):
        return True  # "a three-against-three match", "a game of 11 against 11", "five-a-side": team sizes
        # (the same number on both sides: "12 against 9 a year ago" compares two counts)
    # "several hundred", "hundreds of": a vague amount, not a figure (claims.md).
    if first.lower_ in ("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens") and not (
            first.i > 0 and first.nbor(-1).lower_ in ("a", "one")):
        return True
    # (the NER dates some long bare numbers, "rose to 2530", "killing 130000": no year has five digits or
    # comes after 2199)
    if first.ent_type_ in ("DATE", "TIME", "ORDINAL") and last.ent_type_ in ("DATE", "TIME", "ORDINAL") and not (
            len(phrase) == 1 and re.fullmatch(r"\d{4,}", text) and not re.fullmatch(r"1\d{3}|2[01]\d\d", text)):
        plus = (last.i + 2 < len(doc) and doc[last.i + 1].text == "+" and not last.whitespace_
                and doc[last.i + 2].tag_ == "NNS")  # "60+ kiosks": the NER dates some
        if not _counts_a_noun(last, durations) and not plus and not (
                (last.lower_ in scale_words() or _GLUED_SCALE.fullmatch(last.text))
                and last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "NNS") and not _listed_lone_date(phrase) and (
                not _level_before_a_period(phrase)):
            # ("two and a half million cars", "3bn users": a scale before a plural names no time nor rank)
            return True
    # Model numbers, names and addresses: "Boeing 777 jets", "iPhone 12 Mini", "575 Wilbraham Road".
    if first.ent_type_ in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT") and not (
            _GLUED_SCALE.fullmatch(last.text) and last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "NNS"
            and doc[last.i + 1].is_lower) and not (first.ent_iob_ == "B" and _gapped_after_a_name(phrase) and (
                last.i + 2 >= len(doc) or doc[last.i + 1].is_punct or doc[last.i + 2].ent_type_ == "DATE")):
        return True  # (but "sold 300k vehicles": a glued scale before a plural is no name; nor "and Airbus 60
        # in June", a gapped clause the NER reads as a model: only before its end or a time, "Boeing 777 in Europe" stays one)
    if first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).ent_type_ not in ("GPE", "NORP") and not (
            _possessive_without_apostrophe(first.nbor(-1), phrase) or _gapped_after_a_name(phrase)):
        return True
    if (first.i > 0 and re.fullmatch(r"[A-Z]{2,}", first.nbor(-1).text) and re.fullmatch(r"\d+", text)
            and first.nbor(-1).ent_type_ not in ("GPE", "NORP")):
        return True  # "the RTX 4090 card", "a GTX 1080": a model number after letters in capitals
    if first.idx > 0 and doc_text[first.idx - 1] in "$£€¥₹":
        return True  # "homes over £1m": money the patterns left out (a price band), never a count
    # Numbers glued into names or codes ("Invest2Innovate", "G20", "Covid-19", "4G").
    if first.idx > 0 and (doc_text[first.idx - 1].isalpha() or doc_text[first.idx - 1] in "-/_"):
        return True
    after = last.idx + len(last.text)
    if after < len(doc_text) and (doc_text[after].isalpha() or doc_text[after:after + 1] in ("/", ":")):
        return True
    if first.i > 0 and first.nbor(-1).text in ("/", ":", "-", "–") and not (
            first.nbor(-1).text in ("-", "–") and first.i > 1 and first.nbor(-2).whitespace_
            and first.nbor(-1).whitespace_ and not first.nbor(-2).like_num):
        return True  # "3-5", "10:30", "Covid-19"; not a dash set apart in words: "US adults - 22 million people"
    # Ages and other conditions or labels: "under the age of 30", "No. 10", "Group of 20".
    before = doc_text[max(0, first.idx - 25):first.idx]
    if _CONDITION_BEFORE.search(before):
        return True
    nxt = last.nbor(1) if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc) and last.nbor(2).lower_ in ("year", "years"):
        return True  # "a 10-year plan", "30-year-old"
    if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc) and last.nbor(2).lower_ in _SPEC_PARTS:
        return True  # "six-cylinder petrol engines", "a five-door hatchback": a product's specification
    if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc) and last.nbor(2).lower_ in ("figure", "digit"):
        return True  # "a seven-figure sum": a size of a number, not a count
    if nxt is not None and nxt.lower_ in ("figure", "digit", "digits") and len(phrase) == 1 and (
            re.fullmatch(r"\d", text) or text.lower() in NUMBER_WORDS):
        return True  # "a 6 figure salary", "six or seven digits": the size of a number
    if _word_before(first) == "top" and nxt is not None and nxt.lower_ == "of":
        return True  # "a player in the top 10 of the rankings": a rank
    if _word_before(first) == "top" and len(phrase) == 1:
        j = last.i + 1
        while j < len(doc) and j <= last.i + 3 and doc[j].dep_ == "compound" and doc[j].pos_ == "NOUN":
            j += 1
        if j < len(doc) and doc[j].tag_ == "NN" and doc[j].is_lower and doc[j].lower_ not in _SAME_PLURAL:
            return True  # "a global top five auto maker": a rank, one thing in the singular
    if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc) and (
            last.nbor(2).lower_ in ("star", "to", "for") or re.match(r"(?:to|for)-\d", last.nbor(2).lower_)):
        return True  # "a five-star hotel", "a 4.8-star rating": a grade; "a 2-to-1 margin", "a 2-for-1 offer": a ratio
    if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc) and _is_score(last.nbor(2)):
        return True  # "a 3-1 win", "a 15-6 deficit": a score, not a count of wins
    if (nxt is not None and nxt.text in ("-", "–") and len(phrase) == 1 and last.i + 2 < len(doc)
            and re.fullmatch(r"\d{1,3}", text) and re.fullmatch(r"\d{1,3}", last.nbor(2).text)
            and int(last.nbor(2).text) <= int(text)):
        return True  # "cut the gap to 18-12", "drew 2-2": a falling or level pair is a score (a range rises)
    if any(t.text[:1].isupper() and t.lower_ in NUMBER_WORDS and t.i > 1 and doc[t.i - 1].text in ("-", "–")
           and not doc[t.i - 1].whitespace_ and doc[t.i - 2].text[-1:].isdigit() for t in doc[first.i + 1:last.i + 3]):
        return True  # "the 7-Eleven store": a name of a digit and a capitalised number word
    if (first.text[:1].isupper() and first.text.isalpha() and not first.is_sent_start
            and first.i + 1 < len(doc) and first.nbor(1).text[:1].isupper()):
        return True  # "the Six Nations", "Two Britains": a number word with a capital starts a name
    if (first.text[:1].isupper() and first.text.isalpha() and not first.is_sent_start and first.i > 0
            and first.nbor(-1).is_alpha and first.nbor(-1).is_lower):
        return True  # "samples of Five to One by the band": mid-sentence, a capital names a title
    if (first.i > 1 and first.nbor(-1).lower_ == "top" and first.nbor(-2).text[:1].isupper()
            and not first.nbor(-2).is_sent_start):
        return True  # "20 of the FTSE top 100 firms", "the UK top 250": a league table's name, not a count
    if _is_race_distance(phrase):
        return True  # "the 200m champion", "400m hurdles": metres on a track, not millions
    if (first.i >= 3 and first.nbor(-1).lower_ in ("and", "or", "to", "-", "–", "&") and re.fullmatch(r"\d{1,2}", text)
            and re.fullmatch(r"\d{1,2}", first.nbor(-2).text) and first.nbor(-3).lower_ in _MONTHS):
        return True  # "on June 24 and 25": the second day of a date
    if (re.fullmatch(r"\d{1,2}", text) and last.i + 3 < len(doc) and last.nbor(1).lower_ in ("to", "-", "–", "and")
            and re.fullmatch(r"\d{1,2}", last.nbor(2).text) and last.nbor(3).lower_ in _MONTHS):
        return True  # "from 6 to 9 January": the first day of a date range
    if nxt is not None and nxt.text in _TIME_ZONES:
        return True  # "his 2200 GMT curfew": a time of day
    if nxt is not None and nxt.text in _MEASURE_ABBREVIATIONS and not _amount_in_unit(nxt):
        return True  # "a 4,200 MW power plant": a measure, not a count of plants
    if _counted_already(first):
        return True  # "two new 737 Max jets": "two" counts the jets, so 737 is a label
    if nxt is not None and nxt.text in ("-", "–", "to") and last.i + 2 < len(doc) and _MEASURE_TOKEN.fullmatch(
            last.nbor(2).text):
        return True  # "a 3-15W lamp": the low end of a measure range
    if _AGE_AFTER.match(doc_text, after):
        return True  # "a 200,000 to 260,000 year-old skull", "children 5 years old": ages
    # Anaphora: "the two countries", "both of the 12"; not a possessive's things named first ("the firm
    # and its two main rivals", "his three sons": the gold counts them)
    prev = first.nbor(-1) if first.i > 0 else None
    if prev is not None and prev.lower_ in lexicons.words("anaphora.determiners") and first.text.isalpha() \
            and not (prev.lower_ in _POSSESSIVES and nxt is not None and nxt.pos_ in ("NOUN", "ADJ")):
        return True
    if prev is not None and prev.lower_ == "the" and first.i > 1 and first.nbor(-2).lower_ == "of" and not (
            nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")):
        return True  # "both of the 12" refers back; "26 of the 28 EU states" names the states
    return False


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})

# Plural nouns a year names the time of ("reported 2019 earnings", "beat 2016 levels", "won 2012 elections"):
# besides the flows, amounts, measures and generic nouns of the lexicons.
_YEAR_NOUNS = frozenset({"election", "result", "account", "model", "game", "graduate", "estimate", "forecast",
                         "budget", "standard", "season", "championship", "event", "accord", "agreement", "rule",
                         "regulation", "guideline", "law", "plan", "target", "goal", "census", "survey", "data"})


def _year_like_count(first: Token) -> bool:
    """ "cut 2000 jobs", "about 1900 people died", "polled 2000 likely voters": a number written like a
    year (scraped text drops the thousands comma) counts the plural noun it modifies when a verb that
    takes that noun as its object, or a hedge ("about", "more than", "another"), stands right before it."""
    head = first.head
    if first.dep_ != "nummod" or head.tag_ != "NNS" or not head.is_lower or not first.i < head.i <= first.i + 3:
        return False
    if any(first.doc[j].pos_ not in ("ADJ", "NOUN") for j in range(first.i + 1, head.i)):
        return False
    lemma = head.lemma_.lower()
    if lemma in _YEAR_NOUNS or any(w in lexicons.words(k) for w in (lemma, head.lower_) for k in (
            "count.sold_nouns", "metric.amount_heads", "count.measure_subjects", "count.generic_nouns",
            "count.not_counted", "period.duration_nouns", "source.data_nouns")):
        return False
    if first.i == 0:
        return False  # "2019 sales rose": a year that opens the sentence
    prev = first.nbor(-1)
    if prev.lower_ in _HEDGES:
        return True
    return prev.pos_ == "VERB" and head.dep_ == "dobj" and head.head.i == prev.i


# The last word of every qualifier ("about", "more than", "up to", "nearly") and "another": a count follows.
_HEDGES = frozenset({q.split()[-1] for k in ("qualifier.more_than", "qualifier.less_than", "qualifier.at_least",
                                              "qualifier.at_most", "qualifier.approx")
                     for q in lexicons.words(k)} | {"another", "further"}) - {"of", "the", "to"}


def _possessive_without_apostrophe(name: Token, phrase: list[Token]) -> bool:
    """ "the countrys 1.4 billion people", "Teslas 3,000 workers": a possessive whose apostrophe the text
    lost (a word in lower case the tagger calls a name, or a name in "s" before a figure with thousands
    or a scale or five digits or more, which no model number has: "Teslas 48000 workers"), not a name
    before a model number ("Boeing 777 jets")."""
    if not name.text.endswith("s") or not name.is_alpha:
        return False
    return name.is_lower or len(phrase) > 1 or re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{5,}", phrase[0].text) is not None


_RELATIVE_PERIOD_START = frozenset({"last", "this", "next", "a", "the", "previous", "earlier"})


def _level_before_a_period(phrase: list[Token]) -> bool:
    """ "fell from 102 in 2003 to 81 last year": a bare number after "to", "from" or "with" that the NER
    takes into the date after it ("81 last year") is a level, not a day (no month in the entity)."""
    doc = phrase[0].doc
    first, last = phrase[0], phrase[-1]
    if len(phrase) != 1 or not re.fullmatch(r"\d{1,3}(?:,\d{3})*", first.text) or first.i == 0 or last.i + 2 >= len(doc):
        return False
    ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
    if ent is None or ent.start != first.i or any(t.lower_ in _MONTHS for t in ent):
        return False
    return (doc[first.i - 1].lower_ in ("to", "from", "with", "at") and doc[last.i + 1].lower_ in _RELATIVE_PERIOD_START
            and doc[last.i + 1].ent_type_ == "DATE")


def _gapped_after_a_name(phrase: list[Token]) -> bool:
    """ "Boeing delivered 35 jets and Airbus 60": a clause whose verb and noun the one before gives (gapping),
    a name then a bare number ending the clause; not a model ("ordered 20 jets and the Boeing 777s", "an
    Airbus A380"): the name stands right after "and", "but", "while", "whereas" or a comma, and a count
    of the same sentence stands before it (_elided_unit takes its noun)."""
    doc = phrase[0].doc
    first, last = phrase[0], phrase[-1]
    if len(phrase) != 1 or not re.fullmatch(r"\d[\d,.]*", first.text) or first.i < 3:
        return False
    name, joint = doc[first.i - 1], doc[first.i - 2]
    if joint.lower_ not in ("and", "but", "while", "whereas", ",") or name.i == name.sent.start:
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("CCONJ", "ADP", "SCONJ")):
        return False  # ("and Airbus 320 jets": a model before its noun)
    return any(t.like_num and t.head.tag_ == "NNS" and t.dep_ == "nummod" for t in doc[name.sent.start:joint.i])


def _listed_lone_date(phrase: list[Token]) -> bool:
    """ "cut 300 jobs in Leeds, 120 in York and 80 in Hull", "sold 40 cars in May and 55 in June": the NER
    calls a lone bare number in a list a date; with no time word in its entity, after a comma or "and"
    and before a place, a name or a time of its own, it is none (_elided_unit decides what it counts)."""
    doc = phrase[0].doc
    first, last = phrase[0], phrase[-1]
    if len(phrase) != 1 or not re.fullmatch(r"\d{1,3}(?:,\d{3})*", first.text) or first.i == 0 or last.i + 2 >= len(doc):
        return False
    ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
    if ent is None or len(ent) != 1 or doc[first.i - 1].lower_ not in (",", "and"):
        return False
    prep, place = doc[last.i + 1], doc[last.i + 2]
    if prep.pos_ == "ADP" and prep.lower_ in ("in", "during", "for") and place.ent_type_ == "DATE" and place.ent_iob_ == "B":
        return True  # (a day would be written "55 June"; "in June" is a time of its own, another entity)
    return (prep.pos_ == "ADP" and prep.lower_ in ("in", "at", "from")
            and place.ent_type_ in ("GPE", "LOC", "ORG", "FAC") and place.text[:1].isupper())


def _word_before(token: Token) -> str:
    return token.nbor(-1).lower_ if token.i > 0 else ""


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _is_score(token: Token) -> bool:
    """The second number of a score: "3-1 [home] win", "15-6 deficit" (a number, then a result noun
    at most one word later)."""
    doc = token.doc
    if not _PURE_DIGITS.fullmatch(token.text) or "." in token.text or "," in token.text:
        return False
    results = lexicons.words("count.score_nouns")
    j = token.i + 1
    while j + 2 < len(doc) and _PURE_DIGITS.fullmatch(doc[j].text) and doc[j + 1].text in ("-", "–") and (
            _PURE_DIGITS.fullmatch(doc[j + 2].text)):
        j += 3  # the sets of a tennis score: "a 7-5 6-3 3-6 6-3 victory"
    return any(k < len(doc) and doc[k].lower_ in results for k in (j, j + 1))


def _is_race_distance(phrase: list[Token]) -> bool:
    """A distance glued to "m" before a race word: "200m champion", "the 100m and 200m titles",
    "10,000m final" (metres; "38m subscribers" stays millions)."""
    last = phrase[-1]
    written = "".join(t.text for t in phrase) if len(phrase) == 2 and phrase[1].lower_ == "m" else last.text
    if not re.fullmatch(r"(?:\d{1,3}(?:\.\d+)?|\d{1,3},?\d{3})m", written) or len(phrase) > 2:
        return False
    if re.fullmatch(r"\d{1,3},?\d{3}m", written):
        return True  # "the 1500m qualifying mark", "a 10,000m hope": billions are written "bn", so metres
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (nxt is not None and nxt.tag_ == "NN" and nxt.is_lower and nxt.lemma_ not in scale_words()
            and nxt.dep_ != "compound"):
        return True  # "a 1,500m victory": millions of one thing are no count, so the "m" is metres
    races = lexicons.words("count.race_nouns")
    j = last.i + 1
    while j < len(doc) and j < last.i + 6 and (doc[j].lower_ in ("and", "or", ",", "-", "–", "metres", "meters")
                                                 or re.fullmatch(r"\d[\d,]*m?", doc[j].text)
                                                 or doc[j].lower_ in ("men", "women", "'s")):
        j += 1
    return j < len(doc) and doc[j].lower_ in races


# "rose five places to third", "a leap of 65 places": steps in a ranking are a rank's move, not
# things counted (claims.md: ranks are no claims); "fractured in three places" still counts.
_RANK_STEPS = {"place", "spot", "position", "notch", "rung", "slot", "berth"}
_RANK_MOVES = {"rise", "climb", "move", "jump", "leap", "fall", "drop", "slip", "slide", "tumble", "plunge", "soar",
               "shoot", "surge", "sink", "rocket", "improve", "go", "gain", "lose", "advance", "leapfrog", "plummet"}


def _is_rank_move(phrase: list[Token]) -> bool:
    doc = phrase[0].doc
    j = phrase[-1].i + 1
    while j < len(doc) and j <= phrase[-1].i + 3 and doc[j].lemma_.lower() not in _RANK_STEPS:
        j += 1
    if j >= len(doc) or doc[j].lemma_.lower() not in _RANK_STEPS:
        return False
    noun = doc[j]
    if j + 1 < len(doc) and doc[j + 1].lower_ in ("to", "higher", "lower", "up", "down", "clear", "above", "below"):
        return True  # "seven places to fourth", "two places higher"
    head = noun.head
    if head.dep_ == "prep" and head.lower_ == "of":
        head = head.head  # "a leap of 65 places"
    return head.lemma_.lower() in _RANK_MOVES and head.i < noun.i


# Nouns whose plural is written as the singular: "60 aircraft", "400 staff" still count.
_SAME_PLURAL = {"aircraft", "staff", "personnel", "crew", "police", "cattle", "livestock", "sheep", "deer", "fish",
                "offspring", "head", "spacecraft", "craft", "people", "folk", "youth", "clergy", "poultry", "salmon",
                "trout", "bison", "moose", "swine", "squid", "shrimp", "series", "species", "headcount", "workforce"}


def _is_label_number(phrase: list[Token], unit: str) -> bool:
    """A number in figures between a determiner and one thing in the singular names it, not counts
    it: "the 6630 phone", "the 1712 charter", "a top 10 player", and so does one before a name and a
    singular noun ("its 787 Dreamliner plane"); a version "N.0" neither ("USB 3.0 ports").
    Counts of several things take the plural ("60 aircraft", "400 staff" are written alike;
    "a 17 inch screen" is a measure)."""
    if len(phrase) != 1 or not _PURE_DIGITS.fullmatch(phrase[0].text) or "," in phrase[0].text:
        return False
    token = phrase[0]
    if re.fullmatch(r"\d+\.0", token.text):
        return True
    doc = token.doc
    if token.i + 1 >= len(doc) or digits_value(token.text) == 1:
        return False
    j = token.i + 1
    while j < len(doc) and j <= token.i + 2 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and (
            not doc[j].text.endswith("s")):
        j += 1  # "the 787 Dreamliner plane": a number and a name before one thing name a model
    if j == token.i + 1 and (token.i == 0 or doc[token.i - 1].tag_ not in ("DT", "PRP$", "POS", "JJ")):
        return False  # "levels of 4 ppb", "over 600 horsepower": a measure, written in the singular
    if j >= len(doc):
        return False
    noun = doc[j]
    return (noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.is_lower and noun.dep_ != "compound"
            and noun.lemma_.lower() == unit and unit not in _SAME_PLURAL
            and unit not in lexicons.words("count.measure_units"))


def _counted_already(first: Token) -> bool:
    """A number right after another number and only adjectives between ("two new 737 Max jets"):
    the first counts the thing, the second is a model number or other label."""
    i = first.i - 1
    while i >= 0 and first.i - i <= 3 and first.doc[i].pos_ == "ADJ" and not first.doc[i].like_num:
        i -= 1
    if (first.i > 0 and first.doc[first.i - 1].like_num and first.i + 2 < len(first.doc)
            and first.nbor(1).text == "-" and not first.whitespace_ and first.nbor(2).like_num):
        return True  # "10 737-800 planes": a count, then a model written with a hyphen
    return i >= 0 and i < first.i - 1 and first.doc[i].like_num and first.doc[i].pos_ == "NUM"


def _counts_a_noun(token: Token, excluded: set[str]) -> bool:
    head = token.head
    return token.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in excluded


# Verbs after which a bare number names how many of the clause's subject there are
# ("jobless claims rose to 64,000 from 58,000").
_LEVEL_VERBS = {"reach", "total", "hit", "stand", "number", "top", "exceed", "surpass", "near", "peak",
                # a mark passed: "arrivals crossed 1 million", "passed the 2 million mark"
                "cross", "pass", "breach",
                # verbs of a part of a whole: "smartphones account for 117 million of the handsets"
                "account", "represent", "comprise", "constitute",
                # verbs of a multiple or a swing that end at a level: "cases doubled to 400"
                "double", "triple", "treble", "quadruple", "halve", "swell", "balloon", "dwindle"}


def counted_noun(phrase: list[Token], excluded: set[str]) -> Optional[str]:
    """The singular noun a number counts: "6,000 vendors" → "vendor"; None when it counts nothing.

    A generic noun ("2.4 million units", "a low of 77,000") gives way to the thing the clause
    talks about ("car sales reached 2.4 million units" → car)."""
    unit = _counted_noun(phrase, excluded)
    generic = set(lexicons.words("count.generic_nouns"))
    if unit is not None and (unit not in generic or _generic_as_things(phrase, unit)):
        return unit
    if unit == "unit":
        made = _thing_of_units(phrase[-1])
        if made is not None:
            return made
    thing = _clause_thing(phrase[-1], excluded, plural_only=unit is None and len(phrase) == 1)
    return thing if thing is not None else unit


def _generic_as_things(phrase: list[Token], unit: str) -> bool:
    """ "sold 30 million records", "faces three counts of fraud": a generic noun ("a record of 77,000", "a
    low of") in the plural right after the number names the things counted ("units" stays generic)."""
    last = phrase[-1]
    noun = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return (unit != "unit" and noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() == unit
            and noun.lower_ != unit)


def _thing_of_units(last: Token) -> Optional[str]:
    """ "sold 1 million units of its new console": what the units are units of (a noun after "of",
    past its determiners and adjectives); None when the text names none."""
    doc = last.doc
    j = last.i + 1
    if j < len(doc) and doc[j].lower_ in ("unit", "units"):
        j += 1
    if j >= len(doc) or doc[j].lower_ != "of":
        return None
    j += 1
    while j < len(doc) and j <= last.i + 8 and (doc[j].pos_ in ("DET", "ADJ", "PRON", "NUM") or doc[j].dep_ == "compound"
                                                or doc[j].tag_ == "POS"):
        j += 1
    if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].is_lower:
        return doc[j].lemma_.lower()
    return None


def _clause_thing(token: Token, excluded: set[str], plural_only: bool) -> Optional[str]:
    """The subject of the clause a number stands in, as the thing counted: "New loans rose to
    83,000" → loan, "the number of people ... rose by 32,000" → person, "car sales reached 2.4
    million units" → car. A bare number needs a plural subject and a verb of change or level."""
    verb = token.head
    hops = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and hops < 4:
        verb, hops = verb.head, hops + 1
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if plural_only:
        if (token.dep_ == "nummod" and token.head.ent_type_ == "DATE" and token.ent_type_ != "DATE"
                and token.head.i > token.i + 1 and token.head.lower_ in durations_and_times()):
            token = token.head  # "rose to 45,000 last year": the parser hangs the number on the time after it
        if token.dep_ == "quantmod" and token.head.pos_ == "NUM":
            token = token.head  # "fell by 12,000 to 210,000": the parser hangs the first on the second
        prep = token.head
        if token.dep_ == "pobj" and prep.head.lower_ in ("up", "down") and prep.head.dep_ == "advmod":
            prep = prep.head  # "numbered 45,000, up from 40,000"
        if token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "from" and prep.head.dep_ == "prep":
            prep = prep.head  # "dropped from 52,300 in 2019 to 46,100": the parser hangs "to" on "from"
        attached = token.dep_ in ("dobj", "attr", "npadvmod") and token.head.i == verb.i or (
            token.dep_ == "pobj" and token.head.lower_ in ("to", "from", "by", "at") and prep.head.i == verb.i)
        change_or_level = (verb.lemma_.lower() in _LEVEL_VERBS
                           or verb.lower_ in lexicons.words("change.increase_verbs")
                           or verb.lower_ in lexicons.words("change.decrease_verbs")
                           # "the number of visitors was 12,400": "be" states the level of a number of things
                           # and of a flow noun that names its things ("the death toll was 56")
                           or (verb.lemma_.lower() in ("be", "remain") and any(
                               c.dep_ in ("nsubj", "nsubjpass") and (
                                   (c.lower_ in ("number", "total") and _number_of(c) is not None)
                                   or (_is_flow_noun(c) and _thing_of_flow(c) is not None))
                               for c in verb.children)))
        if not (attached and change_or_level):
            return None
    subjects = _subjects(verb)
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ in ("number", "total", "count", "volume"):  # "the number of people out of work rose to ..."
        inner = _number_of(subject)
        if inner is None or (subject.lower_ == "volume" and inner.tag_ != "NNS"):
            return None  # ("the volume of sales fell from 36,000 to 28,000": sales; not "the volume of water")
        subject = (_thing_of_flow(inner) or inner) if _is_flow_noun(inner) else inner  # "number of tourist arrivals"
    elif _is_flow_noun(subject):
        thing = _thing_of_flow(subject) or _thing_of_earlier_flow(subject)
        if thing is None:
            return _unit_of_flow_before(subject)
        subject = thing
    elif subject.lower_ in lexicons.words("count.measure_subjects"):
        return None
    elif subject.tag_ != "NNS":
        return None  # "a baker's dozen is 13 units": a singular subject is no set of things
    elif not (verb.lemma_.lower() in _LEVEL_VERBS or verb.lemma_.lower() in ("be", "remain")
              or verb.lower_ in lexicons.words("change.increase_verbs")
              or verb.lower_ in lexicons.words("change.decrease_verbs")):
        return None  # "the carmakers sold 80,000 units": the subject of an action is not what it counts
    unit = _unit_of(subject, excluded)
    return None if unit in set(lexicons.words("count.generic_nouns")) else unit


def _subjects(verb: Token) -> list[Token]:
    """The noun subjects of ``verb``, or of the verb it completes when it has none: "the population is
    expected to peak at 127 million" (the subject of "is expected" is the one of "peak")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                and not is_dateline(c)]  # "COLOMBO: Tourist arrivals crossed 1 million": the parse may take the dateline
    if not subjects and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        head = verb.head.head if verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" else verb.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    return subjects


def durations_and_times() -> set[str]:
    return set(lexicons.words("period.duration_nouns"))


def _number_of(subject: Token) -> Optional[Token]:
    """What "the number of ..." counts: a noun, or an adjective used as one ("the number of unemployed")."""
    return next((o for p in subject.children if p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and (o.pos_ == "NOUN" or (o.pos_ == "ADJ" and not list(o.children))
                                          or (o.tag_ == "NNPS" and _PEOPLE_PLURAL.fullmatch(o.text)))), None)


# Adjectives that name people by their state when they stand for a noun ("five million unemployed").
_PEOPLE_ADJECTIVES = {"unemployed", "jobless", "homeless", "dead", "injured", "wounded", "missing", "displaced",
                      "elderly", "poor", "uninsured", "unvaccinated", "vaccinated", "hospitalised", "hospitalized"}
# Nouns whose "of N" is a level of a measure, not a number of things ("a rate of 8.28").
_NOT_OF_NOUNS = {"rate", "close", "forecast", "level", "price", "value", "index", "reading", "score", "average",
                 "estimate", "expectation", "ratio", "yield", "target"}
_CHANGE_NOUNS = {"increase", "rise", "fall", "drop", "decline", "jump", "gain", "reduction", "decrease", "cut",
                 "loss", "surge", "slump"}
_GLUED_M_DECIMAL = re.compile(r"\d+\.\d+m")
_TIME_ZONES = {"GMT", "BST", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "CET", "CEST", "IST",
               "PKT", "JST", "AEST", "AEDT", "HKT", "SGT"}
# Units of measure written apart from the number ("a 4,200 MW plant", "a 64 GB phone").
_MEASURE_ABBREVIATIONS = {"MW", "GW", "KW", "kW", "kWh", "MWh", "GWh", "TWh", "GB", "MB", "TB", "KB", "GHz", "MHz", "Hz", "kHz",
                          "mAh", "MP", "Mbps", "Gbps", "Kbps", "km", "kg", "mm", "cm", "ml", "hp", "bhp", "cc", "sq"}


def _noun_right_after(last: Token) -> Optional[Token]:
    """The noun right after a number, over adjectives and participles ("500,000 paying customers",
    "2m free users"), followed through compounds to its head ("20,000 EV chargers"); None if a
    word of another kind comes first."""
    doc = last.doc
    j = last.i + 1
    if j < len(doc) and doc[j].text == "+" and not last.whitespace_:
        j += 1  # "400+ stores": at least 400
    while j < len(doc) and j <= last.i + 3 and (doc[j].pos_ == "ADJ" or doc[j].tag_ in ("VBG", "VBN") or (
            # "added 2.4 million paid memberships": a participle the tagger read as a past tense
            doc[j].tag_ == "VBD" and j + 1 < len(doc) and doc[j + 1].tag_ == "NNS" and doc[j + 1].head.i == j)):
        j += 1
    if j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN") or j == last.i + 1 and doc[j].tag_ not in ("NNS", "NNPS"):
        return None
    noun = doc[j]
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.i <= noun.i + 2:
        noun = noun.head
    return noun if noun.tag_ in ("NNS", "NNPS") else None


def _counted_noun(phrase: list[Token], excluded: set[str]) -> Optional[str]:
    last = phrase[-1]
    head = last.head
    if (last.i + 4 < len(last.doc) and last.nbor(1).text == "-" and last.nbor(3).text == "-"
            and last.nbor(4).lower_ in ("a", "an", "per")):
        return None  # "60-frame-a-second video": a rate, not a number of frames
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if after is not None and after.lower_ in _PEOPLE_ADJECTIVES and not (
            after.i + 1 < len(last.doc) and after.nbor(1).pos_ in ("NOUN", "PROPN")):
        return "person"  # "five million unemployed", "300 dead and 1,200 injured": people by their state
    if last.i + 4 < len(last.doc) and last.nbor(4).tag_ == "NNS" and _hyphened_kind_before(last.nbor(4)) and (
            not last.nbor(1).whitespace_):
        return _unit_of(last.nbor(4), excluded)  # "8.1 crore e-way bills", however the parser hung them
    near = None if last.dep_ == "pobj" and head.lower_ == "of" else _noun_right_after(last)
    if near is not None and (last.dep_ not in ("nummod", "quantmod", "compound", "amod", "npadvmod")
                             or last.head.i > near.i or last.head.i < last.i  # "a record 46,21,540 units": hung back
                             or last.head.pos_ not in ("NOUN", "PROPN")) and (
            phrase[0].dep_ not in ("nummod", "compound") or phrase[0].head.i != near.i):
        return _unit_of(near, excluded)  # the parser hung the number elsewhere: the noun right after it
    # "127 million subscribers": the number (or its scale word) modifies the noun.
    for t in (last, phrase[0]):
        h = t.head
        if (t.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod") and h.i > t.i and h.pos_ in ("NOUN", "PROPN")
                and not (h.i == last.i and _own_scale_of_a_level(last))):  # "crossed 1.5 Mn": "Mn" parsed as a noun
            if _across_coordination(t, h):
                # "a population of 44 million and half lives below ...": the parse hangs the number
                # over "and" on a noun of the next clause; what "of" hangs on is counted
                if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN" and (
                        h.head.head.lemma_.lower() not in _NOT_OF_NOUNS):
                    return _unit_of(h.head.head, excluded)
                return None
            return _unit_of(h, excluded)
        if t.dep_ == "nummod" and h.i > t.i and h.pos_ == "ADJ":
            # "4.3M digital and physical sales": the parser hangs the number on the first adjective
            noun = next((c for c in h.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
            if noun is not None:
                return _unit_of(noun, excluded)
    # "5 bn doses": a plural noun right after the scale, however the parser hung them.
    if len(phrase) > 1 and last.i + 1 < len(last.doc) and last.nbor(1).tag_ == "NNS" and (
            last.lower_ in short_scales() or last.lower_ in scale_words()):
        return _unit_of(last.nbor(1), excluded)
    # "35-person group": the tokenizer splits "35 - person"; the noun follows the hyphen.
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.text == "-" and last.i + 2 < len(last.doc):
        noun = last.nbor(2)
        if noun.pos_ in ("NOUN", "PROPN"):
            return _unit_of(noun, excluded)
        if noun.lower_ == "strong" and last.i + 3 < len(last.doc) and last.nbor(3).pos_ == "NOUN":
            member = noun.head if noun.head.pos_ == "NOUN" and last.i + 3 <= noun.head.i <= last.i + 6 else last.nbor(3)
            return _unit_of(member, excluded)  # "a 1,000-strong crowd", "a nine-strong pay-setting committee"
    # "300 of its branches", "2,000 of the bank's workers": the plural noun after "of" with an
    # owner ("879.8 million of these remittances", "top three of drinks firms" refer back or rank).
    of = next((c for c in last.children if c.lower_ == "of" and c.i == last.i + 1), None)
    if of is None and last.i + 1 < len(last.doc) and last.nbor(1).lower_ == "of" and (
            last.dep_ == "dobj" and last.nbor(1).head.i == last.head.i):
        of = last.nbor(1)  # "is closing 150 of its 900 stores": the parse hangs "of" on the verb
    if of is not None:
        noun = next((o for o in of.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                     and (o.tag_ == "NNS" or any(c.dep_ == "nummod" for c in o.children))  # "400 staff"
                     and (any(c.dep_ in ("poss", "nummod") for c in o.children) or (
                         # "20 of the stations in the network": a whole number of a set named with "the"
                         len(phrase) == 1 and _PURE_DIGITS.fullmatch(last.text) and "." not in last.text
                         and o.tag_ == "NNS" and o.is_lower and last.nbor(2).lower_ == "the"
                         and _word_before(phrase[0]) not in ("top", "bottom")))), None)
        if noun is not None:
            owned = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
            if owned is not None and owned.like_num and owned.dep_ == "nummod" and owned.head.i > owned.i and (
                    owned.head.pos_ == "NOUN"):
                noun = owned.head  # "30 of the mills 250 staff": a possessive that lost its apostrophe
            return _unit_of(noun, excluded)
    # "a population of 220 million": the noun the "of" hangs on.
    if last.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        if head.head.lemma_.lower() in _NOT_OF_NOUNS or (len(phrase) == 1 and "." in last.text):
            return None  # "a rate of 8.28", "a close of 43.41": a level of a measure, not things
        if head.head.lemma_.lower() in _CHANGE_NOUNS:
            # "an increase of 300,000 in unemployment": what changed follows "in"; else nothing named
            changed = next((o for p in itertools.chain(head.head.children, last.children)
                            if p.dep_ == "prep" and p.lower_ == "in" and p.i > last.i
                            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            if changed is not None and changed.lower_ in ("number", "total"):
                changed = _number_of(changed)  # "a rise of 40,000 in the number of nurses"
            return _unit_of(changed, excluded) if changed is not None else None
        if head.head.lemma_.lower() in lexicons.words("count.generic_nouns") and _GLUED_M_DECIMAL.fullmatch(
                last.doc.text[phrase[0].idx:last.idx + len(last.text)]):
            return None  # "a world record of 4.91m": metres, not 4.91 million of anything
        return _unit_of(head.head, excluded)
    # "seven out of 10 regions", "four out of five key issues": the part counts the things of the whole
    # (the pattern of shares leaves these to counts: quantities._counts_out_of)
    if len(phrase) == 1 and last.i + 4 < len(last.doc) and last.nbor(1).lower_ == "out" and last.nbor(2).lower_ == "of":
        whole = last.nbor(3)
        if whole.lower_ in lexicons.words("anaphora.determiners") and last.i + 5 < len(last.doc):
            whole = last.nbor(4)  # "nine out of our 11 businesses"
        noun = None
        if _is_number_token(whole):
            noun = (whole.head if whole.dep_ == "nummod" and whole.i < whole.head.i <= whole.i + 3
                    and whole.head.tag_ == "NNS" else _noun_right_after(whole))  # "12 out of 23 government agencies"
        if noun is not None and noun.is_lower:
            return _unit_of(noun, excluded)
    # "3 of 10 respondents", "completed 22 of 31 passes": a part of a counted whole counts the same things
    if (len(phrase) == 1 and last.i + 3 < len(last.doc) and last.nbor(1).lower_ == "of"
            and _PURE_DIGITS.fullmatch(last.nbor(2).text) and _PURE_DIGITS.fullmatch(last.text)):
        whole = last.nbor(2)
        thing = last.nbor(3)
        if thing.is_lower and thing.is_alpha and thing.lower_ not in excluded and (thing.tag_ == "NNS" or (
                thing.tag_ == "VBZ" and (thing.i + 1 == len(last.doc)
                                         or thing.nbor(1).pos_ in ("ADP", "PUNCT", "CCONJ", "ADV")))):
            # the tagger reads some plurals after a number as verbs ("31 passes for 250 yards")
            return _unit_of(thing, excluded) if thing.tag_ == "NNS" else (
                thing.lemma_.lower() if whole.dep_ != "nummod" else None)
    # "subscribers exceeded 127 million": a scaled number standing alone takes the clause's subject;
    # so does a number grouped in thousands when that subject is plural ("arrivals totalled 52,114").
    grouped = len(phrase) == 1 and _GROUPED_NUMBER.fullmatch(last.text) is not None
    if (len(phrase) > 1 or grouped) and last.dep_ in ("dobj", "attr", "pobj", "nsubj", "appos", "conj"):
        verb = last.head if last.dep_ != "pobj" else last.head.head
        subjects = _subjects(verb)
        if grouped and subjects and not (subjects[0].tag_ == "NNS" or _is_flow_noun(subjects[0])):
            return None  # "the index stood at 1,234": a level of one thing, no count
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("number", "total", "count"):  # "the number of people out of work rose to ..."
                subject = _number_of(subject)
                if subject is None:
                    return None  # "the number rose to 100 million": the thing counted is not named
                if _is_flow_noun(subject):  # "the number of tourist arrivals": tourists
                    subject = _thing_of_flow(subject) or subject
            elif _is_flow_noun(subject):  # "exports of cars reached 2 million": cars
                thing = _thing_of_flow(subject) or _thing_of_earlier_flow(subject)
                if thing is None and subject.lower_ in ("numbers", "base"):
                    return None  # "the numbers will rise to 8 million": the thing counted is not named
                if thing is None and grouped and subject.lower_ != "arrivals":
                    return None  # "sales to top 500,000": what is sold is the passage's to name (arrivals are their own)
                subject = thing or subject
            elif not _changes_or_states(verb) or (subject.tag_ != "NNS" and verb.lemma_ == "have"):
                return None  # "the chain sold 3 million kettles ... and 4 million": a doer is not what it counts
            elif subject.tag_ == "NN" and _AGENT_NOUN.search(subject.lower_):
                return None  # "the gold medallist reached 6.66m": one person is counted in no millions
            return _unit_of(subject, excluded)
    return None


# A number written with thousands separators ("52,114", "1,48,220"): never a year or a page's label.
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{2,3})+")


# a singular noun for one person or firm ("medallist", "runner", "exporter", "champion")
_AGENT_NOUN = re.compile(r"(?:ist|er|or|ian|ant)$")


def _changes_or_states(verb: Token) -> bool:
    """A verb of level or change, or "be": its subject may be what a number counts ("subscribers
    topped 40 million", not "shoppers bought 4 million")."""
    return (verb.lemma_.lower() in _LEVEL_VERBS or verb.lemma_.lower() in ("be", "remain", "have")
            or verb.lower_ in lexicons.words("change.increase_verbs")
            or verb.lower_ in lexicons.words("change.decrease_verbs")
            or (verb.lemma_.lower() == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)))


def _own_scale_of_a_level(scale: Token) -> bool:
    """The number hangs on its own scale word, which stands as the object of a verb whose subject
    names things: "arrivals crossed 1.5 Mn", "the number of bills was 9 crore" (not "the budget keeps
    2,500 crores", "the event centres around the 37m": a singular subject counts nothing)."""
    if not (scale.lower_ in _CAPITAL_SHORT_SCALES or (scale.lower_ in scale_words() and scale.text.islower())):
        return False
    if scale.dep_ not in ("dobj", "attr", "pobj", "nsubj", "appos", "conj"):
        return False
    verb = scale.head if scale.dep_ != "pobj" else scale.head.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (
        c.tag_ == "NNS" or c.lower_ in ("number", "total", "count")) for c in verb.children)


def _is_flow_noun(noun: Token) -> bool:
    """Nouns that count something named beside them: "car sales", "visitor numbers", "its subscriber base",
    "the death toll"."""
    return noun.lower_ in lexicons.words("count.sold_nouns") or noun.lower_ in ("numbers", "base", "arrivals", "toll")


def _thing_of_flow(noun: Token) -> Optional[Token]:
    """What a flow noun counts: the noun before it ("car sales", "truck deliveries", "visitor
    numbers", "customer base") or a plural after "of" ("exports of cars"); None if none."""
    made = [c for c in noun.children if c.dep_ in ("compound", "amod") and (c.pos_ == "NOUN" or (
        c.pos_ == "PROPN" and c.i == c.sent.start and c.text[1:].islower()))]  # ("Visitor numbers rose ...")
    if made:
        return made[-1]
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.tag_ == "NNS"), None)


def _thing_of_earlier_flow(noun: Token) -> Optional[Token]:
    """ "New vehicle sales jumped to 449,603. It expects sales to top 500,000": a flow noun without its
    thing refers back to the same flow named with one earlier in the passage."""
    for t in reversed(noun.doc[:noun.i]):
        if t.lower_ == noun.lower_:
            thing = _thing_of_flow(t)
            if thing is not None:
                return thing
    return None


# Verbs of evidence whose third person is also a plural noun ("50 shows", "50 signals").
_EVIDENCE_VERBS = frozenset({"shows", "signals", "suggests", "indicates", "means", "implies", "reflects", "confirms",
                             "underlines", "highlights", "points"})


def _verb_with_object(noun: Token) -> bool:
    """ "the fact that it held above 50 shows continued expansion": a verb of evidence followed by its
    object ("that", or a noun phrase that starts with no preposition and names no time: "played 50 shows
    last year", "50 shows in London" count shows)."""
    if noun.lower_ not in _EVIDENCE_VERBS:
        return False
    doc = noun.doc
    j = noun.i + 1
    if j < len(doc) and doc[j].lower_ == "that":
        return True
    while j < len(doc) and j <= noun.i + 3 and (doc[j].pos_ in ("DET", "ADJ", "ADV") or doc[j].tag_ in ("VBN", "VBG")):
        if doc[j].ent_type_ in ("DATE", "TIME"):
            return False
        j += 1
    return j < len(doc) and j > noun.i + 1 and doc[j].pos_ == "NOUN" and doc[j].ent_type_ not in ("DATE", "TIME")


_BEFORE_KEY = "newsclaims_counts_before"


def _unit_of_flow_before(noun: Token) -> Optional[str]:
    """The same, with the flow named in an earlier part of the article: the word before it there ("vehicle
    sales") when an earlier count counted that thing; None otherwise."""
    before, earlier = noun.doc.user_data.get(_BEFORE_KEY, ("", ()))
    units = {f.unit for f in earlier if f.kind == "count"}
    if not units:
        return None
    for m in reversed(list(re.finditer(rf"\b([A-Za-z][a-z-]+)\s+{re.escape(noun.lower_)}\b", before))):
        word = m.group(1).lower()
        for unit in (word, word[:-1] if word.endswith("s") else word):
            if unit in units:
                return unit
    return None


def _across_coordination(number: Token, noun: Token) -> bool:
    """ "44 million and half lives", "48.3 - its lowest level": a clause break, or a conjunction of
    the number followed by a word that is not a number, between a number and its noun ("12 and 11 players", "two or three occasions",
    "20 or so stores" count the noun,
    "2.1M new and used phones" joins adjectives)."""
    doc = number.doc
    for j in range(number.i + 1, noun.i):
        if doc[j].text in (",", ";", ":", "(", ")", "–", "—") or (doc[j].text == "-" and doc[j - 1].whitespace_):
            return True  # "to 48.3 - its lowest level": a clause break stands between
        if doc[j].pos_ == "CCONJ" and doc[j].head.i == number.i and j + 1 < noun.i and not (
                _is_number_token(doc[j + 1]) or doc[j + 1].like_num or doc[j + 1].lower_ in ("a", "an", "one")
                or (doc[j].lower_ == "or" and doc[j + 1].lower_ == "so")):  # "another 20 or so stores": a hedge
            return True
    return False


@lru_cache(maxsize=None)
def _demonyms() -> frozenset:
    """Adjectives of nations, lower case: the press's ("pakistani", "israeli") and CLDR's adjectives
    of currency names ("iraqi dinar", "omani rial")."""
    words = set(lexicons.load("actors")["demonyms"])
    words.update(w.lower() for names in currencies.table().territories.values() for w in names)
    return frozenset(words)


# A plural written with a capital names things of that name: "100,000 Minis" (cars), "two Oscars"
# (statuettes), "eight World Cups" (tournaments: the head noun, as "shipping containers" → container).
# Never a Latin singular of a unit ("233 Celsius").
_NAMED_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?<!u)s")


def _named_things(noun: Token) -> Optional[str]:
    """ "100,000 Minis" → Mini, "three Grammys" → Grammy, "eight straight World Cups" → Cup;
    None unless the noun is a capitalised plural that heads its phrase mid-sentence."""
    doc = noun.doc
    no_people = noun.text.endswith("is") and noun.lower_[:-1] not in _demonyms()  # "Minis": the tagger says a people
    if (not _NAMED_PLURAL.fullmatch(noun.text) or noun.text.endswith("ss") or noun.is_sent_start
            or noun.lower_ in ("series", "species") or (noun.i > 0 and doc[noun.i - 1].text in ("-", "–"))
            or noun.ent_type_ in ("WORK_OF_ART", "PERSON", "GPE") or (noun.ent_type_ == "NORP" and not no_people)
            or (noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("PROPN", "NOUN"))):
        return None
    first = min([c.i for c in noun.children if c.dep_ in ("nummod", "amod", "compound")] + [noun.i])
    if first > 0 and doc[first].lower_ in scale_words() and doc[first - 1].like_num:
        first -= 1  # "4 million Macs": the number starts at "4", not at its scale word
    if first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha and not doc[first - 1].is_sent_start:
        return None  # "Hobson's Choice, The 39 Steps", "One Against 20 Emcees": a title
    if (noun.i + 1 < len(doc) and doc[noun.i + 1].like_num) or (first > 0 and doc[first - 1].like_num):
        return None  # "Exports 4,512 5,013 Imports 6,543": the row labels of a table
    text = noun.text
    if text.endswith("ies") and len(text) > 5:
        return text[:-3] + "y"  # "Wallabies"
    return text[:-2] if text.endswith("uses") else text[:-1]  # "Airbuses", "Oscars"


# Plurals in "-es" the English lemmatizer cuts too short: "two doses" is no "dos", "uses" no "us".
_LEMMA_SLIPS = {("species", "specie"): "species", ("doses", "dos"): "dose", ("taxes", "taxis"): "tax", ("uses", "us"): "use", ("vases", "vas"): "vase",
                ("bases", "basis"): "base"}


def _hyphened_kind_before(noun: Token) -> Optional[str]:
    """ "e-way" in "e-way bills": a lower-case hyphened word right before a plural noun, or None."""
    doc, i = noun.doc, noun.i
    if noun.tag_ != "NNS" or i < 3 or doc[i - 2].text != "-" or doc[i - 2].whitespace_ or doc[i - 3].whitespace_:
        return None
    first, second = doc[i - 3], doc[i - 1]
    if (not (first.is_alpha and second.is_alpha and first.is_lower and second.is_lower) or first.lower_ in NUMBER_WORDS
            or first.pos_ != "NOUN" or second.pos_ != "NOUN" or second.dep_ != "compound"):
        return None  # "40 well-made chairs", "12 low-cost homes": an adjective, no kind
    return f"{first.lower_}-{second.lower_}"


_DISTANCES = {"mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "feet", "yard", "inch"}


# Verbs the tagger reads as a singular noun after a number: "Of the 500 firms surveyed, 120 plan to hire".
_VERBS_AFTER_A_NUMBER = frozenset({"plan", "say", "expect", "want", "hope", "intend", "agree", "need", "aim", "think",
                                   "believe", "prefer", "choose", "decide", "wish", "fear", "report", "admit"})


def _plain_singular(word: str) -> str:
    """ "suvs" → suv, "companies" → company, "boxes" → box: the singular of a regular plural."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ss|x|ch|sh)es$", word):
        return word[:-2]
    return word[:-1]


def _new_period_thing(noun: Token) -> bool:
    """ "five new seasons of the show": a time that is new is a thing made (a season of a series),
    not a duration ("two more seasons at the club" stays a duration)."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in ("season", "series") and any(
        c.dep_ == "amod" and c.lower_ == "new" for c in noun.children)


def _verb_read_as_noun(noun: Token) -> bool:
    return noun.tag_ in ("NN", "VBP") and noun.lower_ in _VERBS_AFTER_A_NUMBER and noun.i + 1 < len(noun.doc) and (
        noun.nbor(1).lower_ in ("to", "that") or noun.nbor(1).pos_ in ("DET", "PRON"))


def _opens_sentence(token: Token) -> bool:
    """The sentence's first word, or the first after a dateline in capitals ("ISLAMABAD: Tourist
    arrivals reached 100,000", "DHAKA - Exports …"): capitalised there as any sentence's first word."""
    i = token.i
    return token.is_sent_start or (i >= 2 and token.doc[i - 1].text in (":", "-", "–", "—")
                                   and is_dateline(token.doc[i - 2]))


def _amount_in_unit(unit: Token) -> bool:
    """A physical amount in an abbreviated unit, said as such ("demand hit 28,500 MW", "255.3 million kg
    of tea"): not a size describing the noun after it ("a 4,200 MW power plant")."""
    after = unit.nbor(1) if unit.i + 1 < len(unit.doc) else None
    return physical_unit(unit.text) is not None and (
        after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ") or after.lower_ == "worth")  # "1,046 GWh worth Rs 6bn"


def _unit_of(noun: Token, excluded: set[str]) -> Optional[str]:
    if (noun.lower_ in excluded or noun.lemma_.lower() in excluded) and not _new_period_thing(noun):
        return None
    if _verb_read_as_noun(noun):
        return None  # a verb in the present after its subject, a number that counts what came before
    if any(c.dep_ == "dobj" for c in noun.children) or _verb_with_object(noun):
        return None  # "it held above 50 shows continued growth": a verb the tagger took for a plural (it has an object)
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    doc = noun.doc
    # A compound the tokenizer splits at its hyphen: "four co-stars" (the number hangs on "co"),
    # "300 start-ups" (on "ups"): the thing counted is the whole compound.
    if (after is not None and after.text == "-" and not noun.whitespace_ and not after.whitespace_
            and noun.i + 2 < len(doc) and doc[noun.i + 2].is_alpha and noun.is_alpha):
        first, second = noun, doc[noun.i + 2]
    elif (noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_
          and not doc[noun.i - 2].whitespace_ and doc[noun.i - 2].is_alpha and noun.is_alpha
          and not doc[noun.i - 2].like_num and doc[noun.i - 2].lower_ not in NUMBER_WORDS):
        first, second = doc[noun.i - 2], noun
    else:
        first = second = None
    kind = _hyphened_kind_before(noun)
    if first is None and kind is not None:
        return f"{kind} {noun.lemma_.lower()}"  # "the number of e-way bills": the kind before the plural
    if (first is not None and first.text[:1].isupper() and second.is_lower and second.text.endswith("s")
            and second.lower_ not in excluded and second.lemma_.lower() not in excluded):
        return second.lemma_.lower()  # "4,500 Mini-workers": a name's workers, the plural after the hyphen
    if first is not None and first.text[:1].islower():
        if second.lower_ in excluded or second.lemma_.lower() in excluded:
            return None
        head = second.head
        if second.dep_ == "compound" and head.i == second.i + 1 and head.pos_ == "NOUN" and head.tag_ == "NNS":
            # "81 million e-way bills": the hyphened word names the kind of the plural noun after it
            return f"{first.lower_}-{second.lower_} {head.lemma_.lower()}"
        return f"{first.lower_}-{second.lemma_.lower() if second.pos_ in ('NOUN', 'VERB') else second.lower_}"
    if noun.pos_ == "NOUN" and noun.lower_ in currencies.table().names:
        return None  # "a dozen or so pounds": an amount of money the money patterns did not read is no count
    if _MEASURE_TOKEN.fullmatch(noun.text) or not noun.text[:1].isalnum():
        return None  # "a 5-10W laser": a figure with its own unit is no thing counted ("Model 3s" is)
    if len(noun.text) <= 4 and (unit := physical_unit(noun.text)) is not None:
        return unit  # "255.3 million kg" of tea, "28,500 MW": a physical amount in its unit
    if len(noun.text) <= 2 and noun.text.isalpha() and noun.text.islower():
        return None  # "150 kn": an abbreviated unit of speed or the like, not things
    if noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ == "per" and (
            noun.lemma_.lower() in lexicons.words("count.measure_units")) and not (
            noun.lemma_.lower() not in _DISTANCES and noun.i + 2 < len(noun.doc)
            and noun.nbor(2).lower_ in ("day", "year", "month", "week", "annum", "quarter")):
        # ("100,000 barrels per day", "3 million tonnes per year": a flow of things, counted)
        return None  # "20 miles per gallon": a rate of measures ("20 cars per day" still counts cars)
    if _CAPITAL_PLURAL.fullmatch(noun.text) and not (after is not None and after.pos_ in ("PROPN", "NOUN")):
        return noun.text[:-1]  # "12 CEOs" → CEO, "3 new iPads" → iPad
    if (noun.tag_ in ("NNPS", "NNS") and _PEOPLE_PLURAL.fullmatch(noun.text) and not noun.is_sent_start
            and not (after is not None and after.pos_ in ("PROPN", "NOUN"))
            and not (noun.i > 0 and doc[noun.i - 1].pos_ == "PROPN")  # "17,815 Zorba Rangers" are cars
            and (not noun.text.endswith("is") or noun.lower_[:-1] in _demonyms())):
        return "person"  # "440 Britons", "3,000 Pakistanis": counts of persons ("100,000 Minis" are cars)
    if noun.lower_ in scale_words() or noun.lower_ in short_scales() or noun.lower_ in currencies.table().names:
        return None  # "3,000 Crores", "500 Dollars": a scale or a currency the patterns did not read
    named = _named_things(noun)
    if named is not None:
        return named
    if _opens_sentence(noun) and noun.pos_ == "PROPN" and noun.dep_ == "compound" and noun.text[1:].islower() and (
            noun.ent_type_ == "" and _is_flow_noun(noun.head)):
        return noun.lower_[:-1] if noun.lower_.endswith("s") else noun.lower_  # "Visitor numbers rose to 2 million"
    if noun.pos_ == "PROPN" and noun.is_lower and noun.is_alpha and noun.ent_type_ == "" and noun.text.endswith("s") and (
            len(noun.text) > 3 and not noun.text.endswith("ss")):
        return _plain_singular(noun.text)  # a lower-case plural the tagger took for a name ("300,000 explorer suvs")
    if (noun.pos_ == "PROPN" or (noun.text[:1].isupper() and not _opens_sentence(noun))) and noun.ent_type_ != "NORP":
        return None  # a name after a number ("787 Dreamliner", "575 Wilbraham Road") is not a thing counted
    if noun.ent_type_ == "NORP" or noun.lemma_.lower() in ("people", "persons", "population", "populace", "unemployment"):
        return "person"  # "2.2 million Ethiopians", "6,000 people", "a population of 44 million": persons
    lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text
    lemma = _LEMMA_SLIPS.get((noun.lower_, lemma), lemma)
    if lemma[-1:] in "-–.,;:":  # "287 miles- and": a dash glued on by the tokenizer
        lemma = lemma.rstrip("-–.,;:")
        lemma = lemma[:-1] if lemma.endswith("s") and not lemma.endswith("ss") else lemma
    return lemma or None
