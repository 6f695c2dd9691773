"""Figures that rank places among the sources or markets of a flow the passage names: "Saudi Arabia
remained the largest source with $781 million in February, followed by the United Arab Emirates at
$642 million and the United Kingdom at $410 million". Each figure is the passage's flow from (or to)
its place: the place is the other side of the flow, the measure the one the passage names
(claims.md: the partner is the counterparty). A state or province ranked among its country's
contributors ("Maharashtra remained the top contributor with Rs 31,260 crore") keeps its own figure.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from extractor.names import canonical, is_country

_RANK = r"(?:top|largest|biggest|main|leading|major|single[-\s]largest|(?:second|third|fourth)[-\s](?:largest|biggest))"
_ROLE = (r"(?:source(?:\s+(?:country|market))?|contributor|export\s+market|market|destination|buyer|supplier|sender"
         r"|origin)")
#: a place's ranking among a flow's sources, markets or contributors, right after the place: " remained
#: the top source", " was the second-largest market" (article_actors reads it as no cue of the article's country)
RANKED_AS = (rf"(?i:\s+(?:remained|was|is|were|became|emerged\s+as|continued\s+to\s+be|stayed)\s+(?:the\s+)?"
             rf"{_RANK}\s+{_ROLE})")
# what a ranking needs before its figure: no sentence without one of these words is searched
_ROLE_WORD = re.compile(r"(?i)\b(?:source|contributor|market|destination|buyer|supplier|sender|origin)\b")
_NUMBER_WORDS = r"(?:about|around|nearly|almost|some|over|roughly|just\s+over|just\s+under|more\s+than)"
# the place, its ranking and the word that hangs the figure on it, up to the figure:
# "Saudi Arabia remained the top source, with ", "the UAE was the second-largest source at "
_RANKED = re.compile(
    rf"(?:^|[,;]\s*|\b(?:while|and|whereas)\s+)(?:the\s+)?(?P<place>[A-Z][\w.'&-]*(?:\s+(?:of\s+)?[A-Z][\w.'&-]*){{0,3}})"
    rf"{RANKED_AS}(?:\s+of\s+(?:inflows|remittances|funds|money|receipts|earnings))?"
    rf"(?:\s+(?:in|during|for)\s+[^,;]{{1,40}}?)?\s*,?\s*(?:with|at)\s+{_NUMBER_WORDS}?\s*$")
# a place listed after a ranked one, from the end of the figure before (and the noun it counts) up to its
# own figure: "…, followed by the United Arab Emirates at ", "… arrivals, followed by Russia with "
_FOLLOWING = re.compile(
    rf"^(?:\s+[a-z][\w-]*)?(?:\s+(?:in|during|for)\s+[^,;]{{1,40}}?)?\s*,?\s*(?:followed\s+by|and|while)?\s*(?:the\s+)?"
    rf"(?P<place>[A-Z][\w.'&-]*(?:\s+(?:of\s+)?[A-Z][\w.'&-]*){{0,3}})\s*(?:,\s*)?(?:at|with)\s+{_NUMBER_WORDS}?\s*$")


def _place(words: str, regions: Sequence[str]) -> Optional[str]:
    """The canonical country (or listed region) a run of capitalised words names, else None."""
    name = canonical(words)
    if name and (is_country(name) or name in regions):
        return name
    return None


def ranked_place(text: str, sentence_start: int, figures_before: Sequence[tuple[int, int]], start: int,
                 regions: Sequence[str] = ()) -> Optional[str]:
    """The place the figure at ``start`` is ranked for, or None: the place a ranking hangs the figure
    on ("Qatar remained the largest source with $781 million"), or a place listed right after a
    ranked figure of the sentence ("…, followed by Malaysia at $642 million"). ``figures_before``:
    the (start, end) of the sentence's figures before this one; ``regions``: states and provinces
    that rank like countries."""
    if _ROLE_WORD.search(text, sentence_start, start) is None:
        return None  # the hot path: most figures' sentences rank nothing
    lo = figures_before[-1][1] if figures_before else sentence_start
    ranked = _RANKED.search(text[lo:start])
    if ranked is not None:
        return _place(ranked.group("place"), regions)
    if not figures_before:
        return None
    following = _FOLLOWING.match(text[figures_before[-1][1]:start])
    if following is None:
        return None
    earlier = ranked_place(text, sentence_start, figures_before[:-1], figures_before[-1][0], regions)
    return _place(following.group("place"), regions) if earlier is not None else None
