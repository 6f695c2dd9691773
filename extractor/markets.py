"""Market figures: a country's housing market and the area its data are for, world commodity prices,
stock indices and the market each belongs to, share prices and exchange rates.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from extractor import lexicons
from extractor.names import _NOT_NAME_WORDS, _TIME_WORD, _is_place, canonical

_MARKET_PRICE = re.compile(r"(?i)\b(?:(?:crude|brent|wti|oil|gasoline|gold|silver|copper)\s+(?:oil\s+)?(?:prices?|futures)"
                           r"|(?:crude|brent|gasoline|oil|commodity|commodities)\s+(?:[\w-]+\s+){0,2}futures"
                           r"|(?:light|sweet|heavy|brent|wti)\s+(?:[\w-]+\s+){0,2}crude)\b")
_NOT_MARKET = re.compile(r"(?i)\b(?:edible|cooking|palm|soybean|sunflower|mustard|vegetable|olive|domestic|retail|local)\s+oil\b")


_NATIONAL_MARKET = re.compile(r"(?i)\b(?:house|home|property|housing)[\s-]+prices?\b|\bprices?\s+of\s+(?:homes|houses)\b"
                              r"|\bmortgage|\bhousing\s+market\b")


def national_market(metric: Optional[str]) -> bool:
    """Whether a metric measures a country's housing market (house prices, mortgage lending): the
    country's figure, whichever lender, bank or forecaster states it (developed on bbc-dev2)."""
    return bool(metric) and _NATIONAL_MARKET.search(metric) is not None


_AREA = r"((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:\s+and\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)?)"
_AREA_IN = re.compile(rf"\bin\s+(?:the\s+)?{_AREA}(?![\w'’])")
_MARKET_AREA = re.compile(rf"(?i:\b(?:house|home|property|housing)[\s-]+(?:prices?|market)\s+in\s+(?:the\s+)?){_AREA}(?![\w'’])")


def _area(name: str) -> Optional[str]:
    """A place or area as written ("Wales", "Greater London", "England and Wales"), canonical when
    the table knows it; None for a time ("January") or a word the article capitalises for no place."""
    if _TIME_WORD.search(name) or any(w.lower() in _NOT_NAME_WORDS for w in name.split() if w != "and"):
        return None
    return canonical(name)


def market_area(text: str, sentence_start: int, figure_start: int) -> Optional[str]:
    """Where a national market's figure is from when its sentence does not name a country: the area
    the clause names before it ("gains were biggest in Wales, where house prices rose 23%", "prices
    rose slowest in Greater London, up 6%"), else the area the article gives the market's data for
    ("the average house price in England and Wales"; developed on bbc-dev3: a data body's coverage)."""
    before = text[sentence_start:figure_start]
    clause = re.split(r"[;:]|\b(?:while|whereas|but)\b", before)[-1]
    found = [a for a in (_area(m.group(1)) for m in _AREA_IN.finditer(clause)) if a]
    if found:
        return found[-1]
    area, paragraph = _article_market_area(text)
    reporter = _REPORTED_BEFORE.search(clause)
    if area and reporter and reporter.group(1) not in paragraph:
        # "Halifax said house prices rose by 0.8%": another lender's own index, not the data body's
        # coverage of one area; the country's market, the one the article names (developed on bbc-dev3)
        return _named_market(text)
    return area


# "a slowdown of the UK's housing market", "the Freedonian property market": the country of the market
_NAMED_MARKET = re.compile(r"\b([A-Z][\w]*(?:\s+[A-Z][\w]*)?)(?:['’]s)?\s+(?:housing|property|house|home)\s+market\b")


def _named_market(text: str) -> Optional[str]:
    for m in _NAMED_MARKET.finditer(text):
        place = canonical(m.group(1))
        if place and _is_place(place):
            return place
    return None


# "Halifax said house prices …", "Nationwide reported a rise of …": a named body that states the figure
_REPORTED_BEFORE = re.compile(r"\b([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:said|says|reported|reports|found|"
                              r"showed|shows|estimated|estimates)\b(?!.*\b(?:said|says|reported|reports)\b)")


@lru_cache(maxsize=64)  # asked per figure with the article's text: one scan per article (linear time)
def _article_market_area(text: str) -> tuple[Optional[str], str]:
    """The area the article gives the market's data for, and the paragraph that says so."""
    m = _MARKET_AREA.search(text)
    area = _area(m.group(1)) if m else None
    if not m:
        return None, ""
    start, end = text.rfind("\n\n", 0, m.start()), text.find("\n\n", m.end())
    paragraph = text[start + 1 if start >= 0 else 0:end if end >= 0 else len(text)]
    # a city's prices do not speak for the whole article's market; a country or a joint area does
    return (area if area and (" and " in area or _is_place(area)) else None), paragraph


def market_price(metric: Optional[str]) -> bool:
    """Whether a metric is the price of a commodity on a world market ("US crude prices", "light
    sweet crude futures", "oil prices", "gold prices"): nobody owns it, so it has no subject
    (gold/README.md, BBC dev), neither the place where it trades ("US crude") nor the article's
    company. Consumer prices of goods ("wheat price", "edible oil prices") are the country's."""
    return bool(metric) and bool(_MARKET_PRICE.search(metric)) and not _NOT_MARKET.search(metric)


@lru_cache(maxsize=None)
def index_names() -> str:
    """The stock indices of ``actors.json`` (``market_indices``) as one alternation, longest first."""
    return "|".join(re.escape(n) for n in sorted(lexicons.load("actors")["market_indices"], key=len, reverse=True))


@lru_cache(maxsize=None)
def _index_before_verb() -> re.Pattern:
    return re.compile(rf"\b({index_names()})(?:\s+\d+)?(?:\s+(?:index|average|share\s+index))?\s+(?:[a-z]+\s+){{1,3}}$")


def market_of_index(before: str) -> Optional[str]:
    """The country of the stock market whose index moves by the figure: "the London FTSE fell 0.8%",
    "Tokyo's Nikkei 225 dropped 2%" (the index right before the figure, at most three words between)."""
    m = _index_before_verb().search(before)
    return lexicons.load("actors")["market_indices"][m.group(1)] if m else None


_SHARE_PRICE = re.compile(r"(?i)^(?:[\w&'’.-]+\s+){0,3}(?:shares|stocks?|share\s+price|stock\s+price)$|^shares\s+(?:of|in)\s+\S+$")


def share_price_figure(kind: str, metric: Optional[str]) -> bool:
    """Whether a figure is a move or level of a share price ("Zentex shares fell 2%", "Shares in Boldco
    rose 4% to $27.24"): market data the reporter narrates, which no statement named before covers
    (gold/README.md bbc-dev "share-price moves … stay null"; bbc-dev3 "Share moves → null")."""
    return kind in ("percent", "money") and bool(metric) and bool(_SHARE_PRICE.match(metric))


_MONEY_NAMES = (r"(?:dollar|euro|pound|yen|yuan|renminbi|sterling|currency|rupee|franc|peso|rouble|ruble|rand|real|"
                r"lira|won|baht|ringgit|rupiah|naira|shilling|kwacha|taka|dirham|riyal|dinar|zloty|forint|krona|krone)s?")
_EXCHANGE_METRIC = re.compile(rf"(?i)\bexchange\s+rates?\b|^(?:the\s+)?value\s+of\s+the\b|\b{_MONEY_NAMES}$")
# "…, nearing 120 shillings to the US dollar", "at $1.30 against the euro"
_PRICED_IN_ANOTHER = re.compile(rf"\s+(?:to|against|per)\s+(?:the|one|a|each)\s+(?:US\s+|American\s+|single\s+)?{_MONEY_NAMES}\b")


def exchange_rate_figure(kind: str, metric: Optional[str], text: str, end: int,
                         q_token: Optional[Token] = None) -> bool:
    """Whether a figure is a currency's move or rate ("The shilling has strengthened 3% since January,
    nearing 120 shillings to the US dollar", "the dollar was trading against the euro at $1.32"):
    market data the reporter narrates, like a share price, which no statement named before covers
    (gold/README.md: exchange rates in narration → source null, bbc-dev2 annotator H and bbc-dev4
    annotator L). The currency is read off the metric, the words after the figure, or the subject of
    the figure's clause (``q_token``)."""
    if kind not in ("percent", "money"):
        return False
    if metric and _EXCHANGE_METRIC.search(metric.strip()) or kind == "money" and _PRICED_IN_ANOTHER.match(text, end):
        return True
    verb = q_token
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and re.fullmatch(_MONEY_NAMES, c.lemma_.lower()) for c in verb.children)
