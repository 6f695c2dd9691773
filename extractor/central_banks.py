"""Central banks: which body "the central bank" or "the bank" is in an article about a country, and
whether a figure is a central bank's own rate or its rate decision told in narration.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from extractor import lexicons
from extractor.names import Known
from extractor.parse_tree import _MODALS, _OWN_FORECAST_VERBS

_CENTRAL_BANK_RATE = re.compile(r"(?i)\b(?:(?:base|policy|key|repo|reverse\s+repo|bank|discount|benchmark|official)\s+"
                                r"(?:interest\s+|lending\s+)?rates?|inflation\s+target|inflation\s+\(target\)|target)\b")


def central_bank_rate(metric: Optional[str], sentence_text: str = "") -> bool:
    """Whether a figure is a central bank's own instrument: its policy rate ("base rates will stay on
    hold at 4.75%", "the key rate") or its inflation target ("inflation was below the 2% target"):
    the bank's figure, not the country's (sa-dev decisions: "Policy/key rate: subject State Bank of
    Pakistan"; an inflation target range is the central bank's)."""
    if not metric:
        return False
    m = _CENTRAL_BANK_RATE.search(metric)
    if not m:
        return False
    if m.group(0).lower() == "target":  # "inflation was below the 2% target": a bare target, of inflation
        return metric.strip().lower() == "target" and bool(re.search(r"(?i)\binflation\b", sentence_text))
    return True


_RATE_WORDS = re.compile(r"(?i)\b(?:(?:interest|base|policy|key|lending|bank|benchmark)\s+rates?|borrowing\s+costs|"
                         r"rate\s+(?:rises?|cuts?|increases?|hikes?))\b")
_RATE_ACTIONS = {"raise", "cut", "lower", "leave", "hold", "keep", "push", "lift", "reduce", "trim", "hike", "take",
                 "put", "increase"}


def rate_decision(q_token: Token, metric: Optional[str], sentence_text: str) -> bool:
    """Whether a figure is a central bank's rate decision told in narration ("The Bank has left interest
    rates on hold at 4.75%", "the Fed has pushed through three rate rises, taking borrowing costs to
    1.75%"): the bank's act, not a report, which no statement named before covers (gold/README.md: a
    rate set or left on hold, told in narration → null; so is the count of earlier rises). A rate
    someone expects ("rates will stay on hold at 4.75%") is not an act."""
    if not (central_bank_rate(metric, sentence_text) or _RATE_WORDS.search(sentence_text)):
        return False
    verbs = [a for a in q_token.ancestors if a.pos_ in ("VERB", "AUX")][:2]
    if not verbs or verbs[0].lemma_.lower() not in _RATE_ACTIONS:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS | {"should", "must", "to"} for v in verbs for c in v.children) \
        and not any(v.lemma_.lower() in _OWN_FORECAST_VERBS for v in verbs)


def central_bank_named(country: str, known: Known) -> str:
    """The central bank of ``country`` as the table names it, else as the article names it ("the
    Central Bank of Ruritania", "Ruritania's Reserve Bank"), else "Central Bank of <country>"
    (claims.md: "the central bank" is that country's body)."""
    table = lexicons.load("actors")["central_banks"]
    if country in table:
        return table[country]
    for body in known.bodies:
        low = body.lower()
        if country.lower() in low and ("central bank" in low or "reserve bank" in low or low.startswith("bank of")):
            return body
    return f"Central Bank of {country}"


def speaks_of_central_bank(text: str, country: Optional[str]) -> bool:
    """Whether an article speaks of its country's central bank ("its central bank says", "the Reserve
    Bank", the bank by its name): then "the bank" of an article about no company is that bank."""
    if not country:
        return False
    named = central_bank_of(country)
    return bool(re.search(r"(?i)\b(?:central|reserve)\s+bank\b", text)) or bool(named and named in text)


def the_central_bank(token: Token, known: Optional[Known]) -> Optional[str]:
    """The country's central bank for "the bank" / "the Bank" in an article about a country (no company)
    that speaks of it ("Its central bank says …. The bank has 5bn rupees set aside"), else None."""
    if known is None or known.organisation is not None or not known.central_bank or not known.country \
            or token.lower_ != "bank" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
        return None
    return central_bank_named(known.country, known)


def central_bank_of(country: Optional[str]) -> Optional[str]:
    """The central bank of a country ("UK" -> "Bank of England"), None when the table has none."""
    return lexicons.load("actors")["central_banks"].get(country) if country else None


def country_of_central_bank(name: Optional[str]) -> Optional[str]:
    """The country whose central bank the table names ``name`` ("Central Bank of Sri Lanka" -> Sri Lanka)."""
    return next((country for country, bank in lexicons.load("actors")["central_banks"].items() if bank == name), None)


_CENTRAL_BANK_WORDS = re.compile(r"(?i)\b(?:central|reserve)\s+bank\b|\bfederal\s+reserve\b")


def is_central_bank(name: Optional[str]) -> bool:
    """Whether a name is a central bank's (the table's, or one that says so: "Central Bank of Kenya",
    "Reserve Bank of Zembla"). "Bank of America" is not."""
    if not name:
        return False
    return name in lexicons.load("actors")["central_banks"].values() or bool(_CENTRAL_BANK_WORDS.search(name))

