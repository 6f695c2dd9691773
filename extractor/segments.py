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
    r"thousand|million|billion|trillion|lakh|crore|dozens?|half|halv\w*|twice|doubl\w*|tripl\w*|"
    r"trebl\w*|quadrupl\w*|\w*fold|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?|per\s?cent|percent|penny|pence|cents?|"
    r"(?:only|just|exactly|least|most|than|single)\s+one)\b",  # "only one bank" (counts.py)
    re.IGNORECASE)
# The same test without a regex pass over every character: a digit (a fast scan), else a whole word
# (a run of word characters) that is one of _NUMERIC's words or starts or ends as its open-ended words do
# ("doubled", "tenfold"). "per cent" needs no case of its own: "cent" alone is one of the words.
_DIGIT = re.compile(r"\d")
_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_NUMERIC_WORDS = frozenset(NUMBER_WORDS - {"dozen"}) | frozenset(
    "thousand million billion trillion lakh crore dozen dozens half twice third thirds quarter quarters fourth fourths "
    "fifth fifths sixth sixths eighth eighths tenth tenths percent penny pence cent cents".split())
_NUMERIC_PREFIXES = ("doubl", "tripl", "trebl", "quadrupl", "halv")
# Python's case-insensitive matching also takes these for ASCII letters (prefilter.FOLDS_TO_ASCII), and
# "İ" lower-cases to two characters: a sentence holding one is tested by _NUMERIC itself.
_OTHER_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def is_numeric(text: str, start: int, end: int) -> bool:
    """Whether ``_NUMERIC.search(text, start, end)`` finds anything, in a fraction of its time."""
    if _DIGIT.search(text, start, end):
        return True
    if (start and _WORD_CHAR.match(text, start - 1)) or _OTHER_FOLDS.search(text, start, end):
        return _NUMERIC.search(text, start, end) is not None
    for run in _WORD_RUN.findall(text, start, end):
        word = run.lower()
        if word in _NUMERIC_WORDS or word.endswith("fold") or word.startswith(_NUMERIC_PREFIXES):
            return True
        if word == "one":  # "only one", "at least one": the one two-word case, left to the pattern itself
            return _NUMERIC.search(text, start, end) is not None
    return False


# A sentence ends at . ! ? (and a closing quote or bracket) before a capital or digit, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")


# No sentence ends after "U.S.", "Mr.", "Inc.", "Jan." and the like.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Co|Corp|Ltd|Plc|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|vs|etc|Gov|Sen|Rep|Gen|Col|Lt|Capt|Mt|Ft|Bros|Jr|Sr|approx|est)\.)[\"”’)\]]*$")
# Nor after a currency written with a dot, before its figure: "Rs. 500", "Tk. 20 crore".
_CURRENCY_DOT = re.compile(r"\b(?:Rs|NRs|Nrs|SLRs|Tk|Rp|Nu|Sh|Ksh|Dh|Dhs)\.$")  # "NRs. 1.2 billion": Nepali rupees


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
        if not is_numeric(text, start, end):
            continue
        if segments and "\n" not in text[segments[-1][1]:start] and not text[segments[-1][1]:start].strip():
            segments[-1] = (segments[-1][0], end)  # the sentence right after: parse them together
        else:
            segments.append((start, end))
    return segments
