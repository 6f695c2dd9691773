"""Marks on a metric beside the phrase itself: a forecast (a modal or forecast verb, an act told in
the future), a target, a revision's reference point (its vintage), the basis of a change
("month-on-month"), the base a figure is compared with, and the stock index a figure moves.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.markets import index_names
from extractor.measured_noun import _LIKELY, _clause_subject
from extractor.metric_head import _ESTIMATE_VERBS, _FORECAST_NOUNS, _HOPE_NOUNS, names_measure, phrase_of

# A figure named only as a reference point of a measure: "an earlier estimate of 1.7%", "the peak of 43%",
# "the 2% target", "the 0-2% range the bank predicts", "hopes of a 0.2% expansion".
_REFERENCE = re.compile(r"(?i)(?:(?P<adj>earlier|previous|initial|original|first)\s+)?"
                        r"(?P<noun>estimates?|peak|range|expectations?|hopes?|forecasts?|projections?|predictions?"
                        r"|targets?|goals?)")
_REFERENCE_MARKS = {"estimate": "estimate", "peak": "peak", "range": "forecast", "expectation": "expected",
                    "hope": "expected", "forecast": "forecast", "projection": "forecast", "prediction": "forecast",
                    "target": "target", "goal": "target"}


_REVISING = re.compile(r"(?i)\b(?:revis(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing))\b")


def has_revising_verb(sentence: str) -> bool:
    """Does a verb of the sentence revise a figure ("was downgraded to 0.3%")? Its vintages are marked
    by :mod:`extractor.revisions`, not as reference points. Narrower than
    :func:`extractor.revisions.names_revision` on purpose: a sentence that only says "updated" or
    "the earlier reported" figure may still hold a reference point ("below the updated 2% target")."""
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
    return re.compile(rf"\b((?:{index_names()})(?:[\s-]+\d+)?(?:\s+(?:index|average|share\s+index))?)"
                      r"\s+(?:[a-z]+\s+){1,3}$")
