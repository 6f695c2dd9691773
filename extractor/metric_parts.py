"""Measures of a part of something: a share of a company (a stake, a holder's share), a part named
after "including"/"excluding", the channel money came through ("brought in by state-owned banks"),
"…, of which commercial banks held $5.4bn", and a relative clause on the figure before.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from extractor.measured_noun import _clause_verb

_STAKE_WORDS = re.compile(r"(?i)\b(?:stakes?|shares?|shareholdings?|holdings?|equity|ownership)\b")


_HOLDER_NOUNS = {"a", "the", "shareholder", "shareholders", "owner", "owners", "investor", "investors", "holder",
                 "holders", "major", "largest", "biggest", "single"}


def stake_metric(metric: Optional[str], company: str) -> Optional[str]:
    """The measure of a share of a company (:func:`extractor.counterparties.stake`): "owns 8% of search-engine
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
    """The measure of a holder's share given beside its name (:func:`extractor.counterparties.holder_of_share`:
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
CHANNEL_NOUNS = {"bank", "house", "company", "firm", "exporter", "importer", "institution", "cooperative",
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
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if subject is None and before is not None and before.tag_ == "NNS" and before.dep_ == "conj" \
            and before.head.i < before.i and not any(c.dep_ == "cc" for c in before.head.children):
        # "Of the total remittance of FY23, state-owned banks brought in $3m": the parse hangs the subject
        # on the opening phrase as a conjunct (no "and" between them): the plural right before the verb
        subject = before
    if subject is None or subject.tag_ != "NNS" or subject.lemma_.lower() not in CHANNEL_NOUNS or subject.ent_type_ \
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
