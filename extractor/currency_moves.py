"""Currency moves: a percent by which a currency moved against another ("gained 1.1% against the US
dollar, 2.3% against the euro"), and whether a metric is a currency's name.
"""
from __future__ import annotations

import re
from typing import Optional

from extractor import lexicons


# A currency moving against another: "the rupee appreciated against the US dollar by 0.5%" (sa-dev
# decisions: metric "value of the Sri Lanka rupee against the US dollar", change by the verb).
# A currency is named by its word ("the rupee", "the Japanese yen"; words.json "currency.nouns", the list
# metric_shapes' exchange rates read too) or the word "currency".
_CURRENCY_WORDS = r"(?:(?:" + "|".join(lexicons.words("currency.nouns")) + r")s?|currency)"
_CURRENCY_MOVE = re.compile(
    r"\b(?:the\s+)?(?P<cur>(?:[A-Z][\w.]*\s+){0,2}" + _CURRENCY_WORDS + r")(?:'s?\s+value)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?P<verb>appreciated|depreciated|strengthened|weakened|gained|lost|firmed|slipped|declined|dropped|fell|rose)\b"
    r"(?P<rest>[^.;%]{0,60})$")
_AGAINST_CURRENCY = re.compile(r"\bagainst\s+(?:the\s+)?(?P<other>(?:[A-Z][\w.]*\s+){0,2}" + _CURRENCY_WORDS
                               + r"|(?:greenback|[A-Z]{3})\b)")
_UP_MOVES = {"appreciated", "strengthened", "gained", "firmed", "rose"}


def next_currency_move(previous: Optional[str], text: str, end: int, hi: int) -> Optional[str]:
    """"gained 1.1% against the US dollar, 2.3% against the euro": a figure after a currency move,
    with its own "against", is the same currency's move against that one."""
    moved = re.fullmatch(r"(value of the .+?) against the .+", previous or "")
    against = _AGAINST_CURRENCY.match(text[end:hi].lstrip(" ,"))
    return f"{moved.group(1)} against the {against.group('other')}" if moved and against else None


def names_currency(metric: Optional[str]) -> bool:
    """Is the metric a currency's name ("rupee", "the Ruritanian rupee")?"""
    return bool(metric) and re.search(r"(?i)\b" + _CURRENCY_WORDS + r"$", metric) is not None


def currency_move(text: str, lo: int, start: int, end: int, hi: int) -> Optional[tuple[str, str]]:
    """(metric, change) of a percent by which a currency moved against another, read off the text
    between ``lo`` (the clause's start) and the figure, and up to ``hi`` after it; None otherwise."""
    move = _CURRENCY_MOVE.search(text[lo:start])
    if move is None or re.search(r"(?i)\b(?:and|while|but|whereas)\b", move.group("rest")):
        return None
    against = _AGAINST_CURRENCY.search(move.group("rest")) or _AGAINST_CURRENCY.match(text[end:hi].lstrip(" ,"))
    cur = re.sub(r"^(?:The|the)\s+", "", move.group("cur"))
    if against is None and cur.lower() in ("currency", "dollar"):
        return None  # "the currency gained 2%": which one, against what, is the passage's
    metric = f"value of the {cur}" + (f" against the {against.group('other')}" if against else "")
    return metric, "increase" if move.group("verb").lower() in _UP_MOVES else "decrease"
