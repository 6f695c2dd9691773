"""Quotations and hearsay: the named speaker of a quotation that holds the figure, a quotation that
follows an unnamed speaker, and figures given as what unnamed reports say ("reportedly") or what
people think ("is thought to").
"""
from __future__ import annotations

import re
from typing import Optional

from extractor import lexicons
from extractor.people import _person_words

# "Reports said", "reportedly", "…, reports say", "was widely reported as": attributed to reports
# nobody names; the BBC sets label the source "reports" (gold/README.md; developed on bbc-dev2).
REPORTS = "reports"
_REPORTED = re.compile(r"(?i)\breportedly\b|\b(?:media\s+|press\s+|news\s+)?reports\s+(?:said|say|says|suggest(?:ed|s)?|claim(?:ed|s)?)\b"
                       r"|\bwidely\s+reported\b")


_HEARSAY = re.compile(r"(?i)\b(?:is|are|was|were)\s+(?:widely\s+|now\s+)?(?:thought|believed|rumou?red|understood|feared)\s+to\b"
                      # "is widely seen as a key factor": an opinion held by nobody named
                      r"|\b(?:is|are|was|were)\s+(?:widely|generally|commonly)\s+(?:seen|regarded|viewed)\s+as\b")


def hearsay(sentence_text: str) -> bool:
    """Whether a sentence gives a figure as what unnamed people think or fear ("The deficit is thought
    to be more than 10%", "is believed to have paid $5m", "Some 20,000 people are feared to be dead",
    "Together with a $300bn trade gap, the deficit is widely seen as …"): attributed to nobody named, so no source named
    before covers it (as "officials said"; claims.md: anonymous → null)."""
    return bool(_HEARSAY.search(sentence_text))


def reported_anonymously(sentence_text: str) -> bool:
    """Whether a sentence attributes its figures to unnamed reports ("Reports said …", "reportedly")."""
    return _REPORTED.search(sentence_text) is not None


_QUOTE_MARKS = '"“”'
# The verbs that name a speaker beside his words ("…," Jo Bloggs said; "Mr Frost added:"), one list for
# quotations here and for the speakers of sentences without figures (article_actors.other_speakers).
SPEAKING = lexicons.alternation(lexicons.words("source.speaking_verbs"), boundary=False)
# After a closing quotation mark: '…," Acme chief economist Jo Bloggs said' / '…," said Jo Bloggs, …'
_SPEAKER_AFTER = re.compile(
    rf"^\s*,?\s*(?:{SPEAKING}\s+(?P<after>(?:[A-Z][\w.'’-]*\s+){{0,6}}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    rf"|(?P<before>[^\"“”.]{{0,80}}?)\s+{SPEAKING}\b)")

_SPEAKER_BEFORE = re.compile(
    rf"(?:^|[\"”]\s*,?|[.:]\s)\s*(?:{SPEAKING}\s+(?P<after>(?:[A-Z][\w.'’-]*\s+){{0,6}}?[A-Z][\w'’-]+"
    # '…," said Jo Marsh, an analyst at Kestrel Securities. "…': the speaker's description after the name
    rf"(?:\s+[A-Z][\w'’-]+)*)(?:,\s+(?:an?|the)\s+[^\"“”:]{{0,80}}?)?|(?P<before>[^\"“”.:]{{0,80}}?)\s+{SPEAKING})\s*[.:]\s*$")


def quote_speaker(text: str, start: int) -> Optional[str]:
    """The named speaker of a quotation that holds the figure at ``start`` and ends in a later
    sentence of the same paragraph ('"Growth of 3% is likely. Jobs will follow," Acme economist Jo
    Bloggs said' → "Jo Bloggs"); None when the figure is outside quotation marks or no name follows the
    closing mark (GUIDELINES §8: a speaker who states a figure is its source)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    marks = [i for i in range(para_start, para_end) if text[i] in _QUOTE_MARKS]
    before = [i for i in marks if i < start]
    after = [i for i in marks if i > start]
    if len(before) % 2 == 0 or not after or (text[before[-1]] == "”"):
        return None  # not inside a quotation (paired marks: an odd count before the figure opens one)
    m = _SPEAKER_AFTER.match(text[after[0] + 1:para_end])
    if not m:
        # a quotation that goes on after the speaker was named: '"…," Jo Bloggs said. "… the 3% limit …"'
        # or introduced by him: 'Jo Bloggs said: "…"'
        m = _SPEAKER_BEFORE.search(text[para_start:before[-1]])
    if not m:
        return None
    name = _quote_name(m)
    if name is None and m.re is _SPEAKER_AFTER:
        # '"…20%…" However, Mr Cheung noted …': no name before the comma; the speaker named before
        # the quotation ('…," said Jo Marsh, an analyst at Kestrel. "…20%…"')
        before_m = _SPEAKER_BEFORE.search(text[para_start:before[-1]])
        name = _quote_name(before_m) if before_m else None
    person = _person_words(name) if name else None
    return person


def _quote_name(m) -> Optional[str]:
    if m.group("after"):
        return m.group("after")
    runs = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", re.split(r",", m.group("before"))[0])
    return runs[-1] if runs else None


# "One leading broker said …", "an analyst added": a speaker the article does not name
_UNNAMED_SPEAKER = re.compile(
    r"(?i)\b(?:one|an?|another|some)\s+(?:[\w-]+\s+){0,3}?(?:broker|analyst|trader|dealer|economist|official|banker|"
    r"investor|executive|insider|source|observer|expert)s?\s+(?:said|says|told|added|adds|explained|warned)\b[^\"“”]*$")


def quoted_unnamed(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is inside a quotation that opens right after a sentence of an
    unnamed speaker ('One leading broker said the reasons are political. "If you lose a $2bn case,
    …"'): his words, not those of the person quoted before him (gold: source null, bbc-dev3 J)."""
    para_start = text.rfind("\n", 0, start) + 1
    marks = [i for i in range(para_start, start) if text[i] in _QUOTE_MARKS]
    if len(marks) % 2 == 0 or text[marks[-1]] == "”":
        return False
    sentence_start = max(text.rfind(". ", para_start, marks[-1] - 1), text.rfind('" ', para_start, marks[-1] - 1),
                         text.rfind("” ", para_start, marks[-1] - 1), para_start - 1) + 1
    return bool(_UNNAMED_SPEAKER.search(text[sentence_start:marks[-1]]))
