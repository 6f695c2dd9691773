"""Skipping regex scans that cannot match: exact, cheap tests before a costly ``finditer``.

Scanning a whole article with dozens of case-insensitive patterns (period phrases, place
names) costs seconds per thousand articles, although most patterns need a word the article
does not hold ("fiscal", "quarter", a Nepali month). :func:`required_words` reads, from a
pattern's parse, strings every match must contain; :func:`may_match` tells from the
lower-cased text whether the scan can find anything. A skipped scan would have found
nothing, so the results are the same (``tests/test_prefilter.py``).
"""
from __future__ import annotations

import re
from typing import Optional

# A case-insensitive pattern matches a letter to an ASCII letter of the pattern only when their
# lower cases are equal, except for these four ("İ", "ı", "ſ", the Kelvin sign), which Python's
# re folds to "i", "i", "s" and "k": a text holding one of them is always scanned.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def required_words(pattern: str, flags: int = 0) -> tuple[frozenset, ...]:
    """Sets of lower-cased ASCII strings such that every match of ``pattern`` contains a string
    of each set (empty: nothing is known). A text whose lower-cased form lacks every string of
    one of the sets (and holds no character of :data:`FOLDS_TO_ASCII`) has no match, and the
    scan can be skipped (:func:`may_match`)."""
    from re import _parser

    return tuple(_required(_parser.parse(pattern, flags)))


def _required(items) -> list[frozenset]:
    """The required sets of a sequence of parsed items: its runs of literals, and the sets of
    its groups, repeats (at least once) and alternations (one string of any alternative's
    most selective set)."""
    from re import _constants as c

    found: list[frozenset] = []
    run = ""
    for op, av in items:
        if op is c.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is c.SUBPATTERN:
            found += _required(av[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            found += _required(av[2])
        elif op is c.BRANCH:
            alternatives = [_required(branch) for branch in av[1]]
            if all(alternatives):
                found.append(frozenset().union(*(max(a, key=_selective) for a in alternatives)))
        elif op is c.IN and av and all(o is c.LITERAL and v < 128 for o, v in av):
            found.append(frozenset(chr(v).lower() for _, v in av))
    if run:
        found.append(frozenset([run]))
    return found


def _selective(words: frozenset) -> tuple:
    return min(len(w) for w in words), -len(words)


def may_match(required: tuple, lowered: Optional[str]) -> bool:
    """Whether a pattern with the ``required`` sets (:func:`required_words`) can match a text
    whose lower-cased form is ``lowered`` (None: a text with a character of
    :data:`FOLDS_TO_ASCII`, always scanned)."""
    return lowered is None or all(any(w in lowered for w in words) for words in required)


def lowered_for_matching(text: str) -> Optional[str]:
    """``text`` lower-cased for :func:`may_match`, or None when it must always be scanned."""
    return None if FOLDS_TO_ASCII.search(text) else text.lower()
