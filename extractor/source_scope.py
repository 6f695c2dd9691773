"""Whether a named source covers a figure: a company speaks only for itself; its own results; the
terms of another company's act or plan; a sentence that opens on an earlier time; a descriptive
clause of background; an expectation nobody in the sentence owns, or an unnamed group's.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from extractor import lexicons
from extractor.names import Known, _ORGANISATION_NOUNS, _is_media, _is_place, is_term, is_territory, publishes_data
from extractor.parse_tree import _OWN_FORECAST_VERBS, _reporting_verbs, gives_a_share
from extractor.sources import UNNAMED_GROUPS, _Group, _name_of
from extractor.subjects import _RESULTS


def speaks_only_for_itself(source: Optional[str], subject: Optional[str], person: bool = False) -> bool:
    """Whether a carried source is a company whose statement cannot cover the figure: the figure is
    another company's (a company speaks for its own accounts; a public body, a person, a paper or a
    a place's figure stays open to any source). Only a name that ends in a company word ("Zentex
    Airlines", "Boldco Holdings", "World Bank") counts, on either side: a parent speaks for the unit it
    names ("Time Warner said" covers AOL's figures), which the text alone does not tell apart."""
    if not source or not subject or source == subject or person or _is_place(subject) or is_territory(subject):
        return False
    if publishes_data(source) or _is_media(source) or subject.startswith(source) or source.startswith(subject):
        return False
    words = lexicons.load("actors")["company_name_words"]
    company = lambda n: " " in n and n.split()[-1].lower() in words  # noqa: E731
    return company(source) or company(subject)


_EXPECTED_AFTER = re.compile(r"\s+(?:had\s+been\s+|was\s+)?(?:widely\s+|generally\s+|broadly\s+)?"
                             r"(?:expected|forecast|predicted|anticipated|hoped\s+for)\b(?!\s+(?:to|by|in|for|at)\b)")
_EXPECTED_BEFORE = re.compile(r"(?i)\b(?:the|an?)\s+(?:expected|forecast|predicted|anticipated|hoped-for)\s+$")


def others_expectation(text: str, start: int, end: int) -> bool:
    """Whether a figure is an expectation nobody in the sentence owns: "consumer credit rose by £1.5bn,
    more than the £1.4bn expected", "hopes of a 0.2% expansion" (gold/README.md: not the reporting
    body's figure, source null). "expected by analysts" and "expected to reach" are not this shape."""
    return bool(_EXPECTED_AFTER.match(text, end)) and text[end:end + 1] != "," \
        or bool(_EXPECTED_BEFORE.search(text[max(0, start - 30):start])) \
        or bool(re.search(r"(?i)\bhopes?\s+(?:of|for)\s+(?:an?\s+)?$", text[max(0, start - 20):start]))


def forecaster_expects(q_token: Token) -> bool:
    """Whether the figure's sentence is a forecaster's own expectation before it ("The IMF expects the
    deficit to fall to 2.9% next year from an expected 3.7% this year"): a verb of forecasting with a
    subject, ahead of the figure; the expected figure is then the forecaster's, not an expectation of
    nobody named (``others_expectation``)."""
    return any(t.lemma_.lower() in _OWN_FORECAST_VERBS and t.pos_ == "VERB" and t.i < q_token.i
               and any(c.dep_ == "nsubj" and c.lower_ not in UNNAMED_GROUPS for c in t.children)
               for t in q_token.sent)


_EXPECTING = r"(?:expectations?|forecasts?|predictions?|estimates?|consensus)"
_GROUP_WORD = r"(analysts|economists|forecasters|strategists|experts)"
# "confounding economists' expectations of a 0.3% rise", "forecasts by analysts of a 2% fall"
_GROUP_EXPECTED_BEFORE = re.compile(
    rf"(?i)(?:\b{_GROUP_WORD}['’]\s+(?:[\w-]+\s+){{0,2}}?{_EXPECTING}|\b{_EXPECTING}\s+(?:by|from|among|of)\s+"
    rf"(?:most\s+|many\s+|city\s+)?{_GROUP_WORD})\s+(?:of|for)\s+(?:[\w-]+\s+){{0,3}}$")
# "beating the 0.5% gain economists had forecast", "a 2% rise expected by analysts"
_GROUP_EXPECTED_AFTER = re.compile(
    rf"(?i)(?:\s+[\w-]+){{0,3}}?\s+(?:{_GROUP_WORD}\s+(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|"
    rf"anticipated|pencilled\s+in)|(?:expected|forecast|predicted|anticipated)\s+by\s+(?:most\s+|many\s+)?{_GROUP_WORD})\b")


def expected_by_group(text: str, sentence_start: int, start: int, end: int) -> Optional[str]:
    """The unnamed group whose expectation the figure is, named in the phrase that holds it
    ("confounding economists' expectations of a 0.3% rise", "beating the 0.5% gain economists had
    forecast", "a 2% fall expected by analysts") inside someone else's statement: the group's own
    forecast (gold/README.md bbc-dev3 and bbc-dev4: → ``economists``), never the reporting body's, and
    like every unnamed group's forecast it neither carries nor reaches back; None otherwise."""
    m = _GROUP_EXPECTED_BEFORE.search(text[max(sentence_start, start - 120):start])
    if m is None:
        m = _GROUP_EXPECTED_AFTER.match(text, end)
        if m is not None and re.search(r"[,;:.]", m.group(0)):
            m = None  # "rose 2%, analysts expected …": another clause
    if m is None:
        return None
    return _Group(next(g for g in m.groups() if g).lower())


# A company's own results told in narration: "Acme posted a loss of $5m", "Acme saw its profits drop
# 10%", "Acme suffered a 3% fall in sales": the company reported them (developed on bbc-dev2, after
# the annotators' "Acme posted a loss" rule; "made profits of" is left out, as it also tells
# background: bbc-dev 021).
_RESULT_VERBS = {"post", "suffer", "see", "record", "book", "report", "increase", "raise", "cut"}
_RESULT_WORDS = _RESULTS | {"dividend", "dividends"}


def own_results(q_token: Token, known: Known, metric: Optional[str]) -> Optional[str]:
    """The company whose own results the clause of the figure tells, by a verb of results with the
    company as its subject; None for any other figure (a country's, a person's, a stake)."""
    if not metric or not _RESULT_WORDS & set(re.findall(r"[a-z]+", metric.lower())):
        return None
    token = q_token
    for _ in range(6):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            # "Acme's net income fell to $5m": the results named by their owner, whatever the verb
            owners = [p for c in token.children if c.dep_ == "nsubj" and c.lower_ in _RESULT_WORDS
                      for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN" and p.ent_type_ != "PERSON"]
            name = _name_of(owners[0], known) if owners else None
            if name and not _is_place(name) and not is_term(name, known):
                return name
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _RESULT_VERBS:
            continue
        # the company by name, "it" or "the firm"; never the measure ("sales increased 4%") or a person
        named = [c for c in token.children if c.dep_ == "nsubj" and c.ent_type_ != "PERSON" and (
            c.pos_ == "PROPN" or c.lower_ == "it" or c.lower_ in _ORGANISATION_NOUNS)]
        name = _name_of(named[-1], known) if named else None
        return name if name and not _is_place(name) and not is_term(name, known) else None
    return None


# "Last year, …", "In 2002, …", "Before Wednesday's announcement, …", "When it was launched, …": a
# sentence that opens on an earlier time tells the reporter's history of the matter
_HISTORY_OPENING = re.compile(r"^\W*(?:(?:Last|Earlier\s+this)\s+(?:year|decade|century)|In\s+(?:19|20)\d\d|"
                              r"Before\s+[^,]{1,60}|When\s+(?:it|they|he|she)\s+(?:was|were)\s+[^,]{1,40}|"
                              r"Back\s+in\s+[^,]{1,30}|Historically|Previously|Formerly)\s*,")


def history_opening(sentence_text: str) -> bool:
    """Whether a sentence opens on an earlier time ("Last year, …", "Before the announcement, …"): the
    reporter's background, which a company's or a person's statement named before does not cover
    (GUIDELINES §8 "Never": "a reporter's background history of the measure"; bbc-dev 049)."""
    return bool(_HISTORY_OPENING.match(sentence_text))


_PLANNING = {"plan", "offer", "propose", "intend", "agree", "want", "seek", "aim", "pay", "swap", "bid",
             # another company's deals and orders ("Boldair has signed deals with two airlines", "Kestrel is
             # considering buying 50 aircraft", "Codelco will spend $1bn")
             "sign", "buy", "order", "consider", "acquire", "sell", "invest", "spend"}


def acted_by_another(q_token: Token, source: str, known: Known) -> bool:
    """Whether the figure is the terms of another named company's own act or plan ("Verizon plans to
    swap $1.50 in cash for each share", "Kestrel offered $5 a share"): that company's doing, told by the
    reporter, which a company's statement named before (``source``) does not cover (bbc-dev3)."""
    if publishes_data(source) or _is_media(source):
        return False
    token = q_token
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    verbs = [token] + [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:2]
    for verb in verbs:
        if verb.lemma_ not in _PLANNING:
            continue
        for c in verb.children:
            if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "GPE", "NORP"):
                name = _name_of(c, known)
                return bool(name) and name != source and not name.startswith(source) and not source.startswith(name)
    return False


def company_results(metric: Optional[str], subject: Optional[str], main_actor: Optional[str]) -> bool:
    """Whether a figure is the results of the company the article is about (its profit, sales,
    revenue): told in narration after its boss spoke, they are the company's own reported results,
    not the boss's words (bbc-dev3 annotator I: company results in narration → the company)."""
    if not metric or not subject or not main_actor or _is_place(subject) or is_territory(subject):
        return False
    same = subject == main_actor or subject.replace(" ", "").lower() == main_actor.replace(" ", "").lower()
    return same and bool(_RESULT_WORDS & set(re.findall(r"[a-z]+", metric.lower())))


# The verbs by which a clause states the level, change or results of the noun it describes ("profits,
# which rose 5%", "the sector, which saw output fall 0.5%"): the statement's own figure, not a
# description of something else ("the floods, which killed 3,000 people").
_MOVING_VERBS = frozenset("""rise fall grow increase decrease drop decline jump climb slip slump surge soar plunge
gain reach stand total amount hit be come edge dip shrink expand contract double halve widen narrow average
improve worsen rebound recover see post record report suffer show register experience log lose earn""".split())


def background_clause(q_token: Token, stated: bool = False) -> bool:
    """Whether the figure sits in a descriptive relative clause about a named party (", which floated
    for $200m in 1995,"; "Greece which has also broken the 3% ceiling"): the reporter's background,
    which no source named before covers (gold/README.md, bbc-dev2 and bbc-test source notes), nor
    the speaker whose statement holds it (``stated``: "X said it joins the Boldco group, which owns
    30% of Zentex"; bbc-dev3 annotators I and J)."""
    token = q_token
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            described = token.head
            # the parser may hang the clause on a noun before the name ("action against Greece which …")
            left = token.left_edge.i
            before = token.doc[left - 2] if left > 1 and token.doc[left - 1].text == "," else token.doc[left - 1] \
                if left > 0 else None
            # "the Lagardere group, which owns 30% of Zentex": a common noun named by its compound
            named = described.pos_ == "PROPN" or (before is not None and before.pos_ == "PROPN") \
                or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in described.children) \
                or (described.pos_ == "NOUN" and token.lemma_.lower() not in _MOVING_VERBS)
            # inside a statement, "…, which is 2.75% higher than …" compares the figure before: the
            # statement's own, not background
            return named and token.lemma_ not in _reporting_verbs() and not (stated and token.lemma_ == "be") \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who") for c in token.children)
        token = token.head
    return False


def standing_share(q_token: Token) -> bool:
    """Whether the figure is a standing share told in the present ("Tourism accounts for 6% of GDP",
    "Farming is the main activity, representing 40% of output", "Food makes up half of the index"): the
    reporter's description of how an economy or a measure is made up, which a source named before does
    not cover (GUIDELINES §8 "Never": a different series inheriting the source; gold: bbc-dev, bbc-dev2,
    bbc-dev3 and sa-dev all leave such shares null). A share in the past ("accounted for 60% of exports
    in May") is the period's data and may continue a release."""
    token = q_token
    for _ in range(4):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    return token.tag_ in ("VBZ", "VBP", "VBG") and gives_a_share(token)
