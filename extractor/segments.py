"""The parts of an article worth parsing: sentences that hold a digit or a number word.

Only 40-47% of news words sit in such sentences, and no claim lies outside them, so the
costly spaCy components (tagger, parser, NER) need not see the rest. Sentences are split
here by a cheap rule on the raw text (the parser splits again inside each part);
neighbouring numeric sentences of one paragraph are parsed together, so the parse keeps
their context.
"""
from __future__ import annotations

import re

from extractor.numbers import NUMBER_WORDS

# A digit, or a word that can start a claim: number words (extractor/data/numbers.json, "one"
# aside: mostly "one of", but "only one" and the like), scale words, multiples, fractions.
_NUMERIC = re.compile(
    r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS - {"dozen"})) + "|"
    r"thousand|million|billion|trillion|lakh|crore|dozens?|half|twice|doubl\w*|tripl\w*|"
    r"trebl\w*|quadrupl\w*|\w*fold|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?|per\s?cent|percent|penny|pence|cents?|"
    r"(?:only|just|exactly|least|most|than|single)\s+one)\b",  # "only one bank" (counts.py)
    re.IGNORECASE)
# A sentence ends at . ! ? (and a closing quote or bracket) before a capital or digit, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")


# No sentence ends after "U.S.", "Mr.", "Inc.", "Jan." and the like.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Co|Corp|Ltd|Plc|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|vs|etc|Gov|Sen|Rep|Gen|Col|Lt|Capt|Mt|Ft|Bros|Jr|Sr|approx|est)\.)[\"”’)\]]*$")
# Nor after a currency written with a dot, before its figure: "Rs. 500", "Tk. 20 crore".
_CURRENCY_DOT = re.compile(r"\b(?:Rs|Tk|Rp|Nu|Sh|Ksh|Dh|Dhs)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence offsets covering ``text`` (whitespace between them left out)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0)[0] != "\n" and _ABBREVIATION.search(text, max(0, m.start() - 8), m.start()):
            continue
        if m.group(0)[0] != "\n" and text[m.end():m.end() + 1].isdigit() and _CURRENCY_DOT.search(
                text, max(0, m.start() - 5), m.start()):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def numeric_segments(text: str) -> list[tuple[int, int]]:
    """Offsets of the parts to parse: runs of numeric sentences, never across a line break."""
    segments: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        if not _NUMERIC.search(text, start, end):
            continue
        if segments and "\n" not in text[segments[-1][1]:start] and not text[segments[-1][1]:start].strip():
            segments[-1] = (segments[-1][0], end)  # the sentence right after: parse them together
        else:
            segments.append((start, end))
    return segments
