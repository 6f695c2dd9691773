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
from functools import lru_cache
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
    return tuple(_required(_parsed(pattern, flags)))


@lru_cache(maxsize=1024)
def _parsed(pattern: str, flags: int):
    """The parse of a pattern, kept: the rules' required words and their scan plans both read it."""
    from re import _parser

    return _parser.parse(pattern, flags)


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
    if lowered is None:
        return True
    global _present
    entry = _present  # one tuple read once: another thread replacing it costs a search, never a wrong answer
    if entry[0] is not lowered:  # many rules share words ("fiscal", the months): each searched once per text
        entry = _present = (lowered, {})
    known = entry[1]
    for words in required:
        for word in words:
            found = known.get(word)
            if found is None:
                found = known[word] = word in lowered
            if found:
                break
        else:
            return False
    return True


_present: tuple = (None, {})  # (the last lower-cased text, {word: whether it holds it})


def _holds_all(required: tuple, lowered: str) -> bool:
    """:func:`may_match` without its memory, for a stretch of a text (asked once per stretch)."""
    for words in required:
        for word in words:
            if word in lowered:
                break
        else:
            return False
    return True


def lowered_for_matching(text: str) -> Optional[str]:
    """``text`` lower-cased for :func:`may_match`, or None when it must always be scanned."""
    return None if FOLDS_TO_ASCII.search(text) else text.lower()


# --- Scanning only the stretches of a text a match can lie in -------------------------------------
#
# A match consumes every character of its span, so it never holds a character that no part of the
# pattern (look-arounds included) can consume: at such a "barrier" character the text falls apart
# into stretches, and every match lies inside one of them. Scanning a stretch alone
# (``finditer(text, start, end)``) finds what the whole scan finds there: a look-behind still sees
# the text before ``start``, a look-ahead stopped at ``end`` meets a character it could not
# consume anyway, and ``\b`` sees a non-word character either way. So only the stretches holding
# the pattern's required words (and a digit, when every match holds one) are scanned, each on its
# own; the matches are those of the whole scan, in the same order (``tests/test_prefilter.py``).

# Characters that may split a text (frequent ones: each kind costs a pass over the text).
BARRIER_CANDIDATES = "\n.,;:!?\"“”()[]"
_DIGIT = re.compile(r"\d")


class ScanPlan:
    """How :func:`finditer` scans one compiled pattern: its barrier characters, the required
    word sets (the most selective first) and whether every match holds a digit."""

    def __init__(self, compiled: re.Pattern, required: Optional[tuple] = None):
        self.compiled = compiled
        try:
            parsed = _parsed(compiled.pattern, compiled.flags)
        except Exception:  # not a str pattern of this re: scan everything
            parsed = None
        if required is None:
            required = tuple(_required(parsed)) if parsed is not None else ()
        self.required = required
        self.barrier = _barrier_characters(parsed, compiled.flags) if parsed is not None else ""
        self.splits = re.compile("[" + re.escape(self.barrier) + "]") if self.barrier else None
        # The set with the longest shortest word is searched; the others are tested per stretch.
        self.order = sorted(required, key=lambda words: (-min(map(len, words)), len(words))) if required else []
        self.digit = parsed is not None and _needs_digit(parsed.data)


def _consuming_ops(items, flags: int, out: list) -> bool:
    """Collect every (op, argument, flags) of ``items`` that consumes a character, look-arounds
    included; False when the pattern holds an op not modelled here (then nothing is skipped)."""
    from re import _constants as c

    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            out.append((op, av, flags))
        elif op is c.SUBPATTERN:
            _, add, delete, sub = av
            if not _consuming_ops(sub, (flags | add) & ~delete, out):
                return False
        elif op is c.BRANCH:
            if not all(_consuming_ops(sub, flags, out) for sub in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if not _consuming_ops(av[2], flags, out):
                return False
        elif op is getattr(c, "ATOMIC_GROUP", None):
            if not _consuming_ops(av, flags, out):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _consuming_ops(av[1], flags, out):
                return False
        elif op is c.AT and av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
            continue  # \b, \B: a barrier is a non-word character, as the end of a stretch is
        else:
            return False  # anchors (^, $), back-references, conditionals: not modelled
    return True


_WORD_CHARACTER = re.compile(r"\w")
_CANDIDATE_CODES = frozenset(map(ord, BARRIER_CANDIDATES))


def _barrier_characters(parsed, flags: int) -> str:
    """The characters of :data:`BARRIER_CANDIDATES` no part of the parsed pattern can consume
    ("" when a match may be empty or the pattern holds an op not modelled). The candidates have
    no case, so a letter never matches one, ignoring case or not."""
    from re import _compiler, _constants as c, _parser

    try:
        if parsed.getwidth()[0] == 0:
            return ""
        ops: list = []
        if not _consuming_ops(parsed.data, flags, ops):
            return ""
        left = {ch for ch in BARRIER_CANDIDATES if not _WORD_CHARACTER.match(ch)}
        tested: set = set()
        for op, av, op_flags in ops:
            if op is c.LITERAL:
                left.discard(chr(av))
            elif op is c.NOT_LITERAL:
                left &= {chr(av)}
            elif op is c.ANY:
                left &= set() if op_flags & re.DOTALL else {"\n"}
            elif op is c.IN and all(o is c.LITERAL for o, _ in av):
                left -= {chr(a) for _, a in av}
            else:  # a class with ranges, categories or negation: compiled once and tried
                key = (repr(av), op_flags)
                if key in tested:
                    continue
                tested.add(key)
                test = _compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]), op_flags & ~re.VERBOSE)
                left = {ch for ch in left if not test.fullmatch(ch)}
            if not left:
                return ""
    except Exception:  # a future re with other internals: scan everything
        return ""
    return "".join(ch for ch in BARRIER_CANDIDATES if ch in left)


def _needs_digit(items) -> bool:
    """Whether every match of the parsed ``items`` consumes a decimal digit."""
    from re import _constants as c

    def digit_only(op, av) -> bool:
        if op is c.LITERAL:
            return 48 <= av <= 57
        if op is c.IN:
            return bool(av) and all(o is c.CATEGORY and a is c.CATEGORY_DIGIT or o is c.RANGE and 48 <= a[0] <= a[1] <= 57
                                    or o is c.LITERAL and 48 <= a <= 57 for o, a in av)
        return False

    try:
        for op, av in items:
            if digit_only(op, av):
                return True
            if op is c.SUBPATTERN and _needs_digit(av[3]):
                return True
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1 \
                    and _needs_digit(av[2]):
                return True
            if op is c.BRANCH and all(_needs_digit(sub) for sub in av[1]):
                return True
    except Exception:
        return False
    return False


_plans: dict = {}
_stretches: tuple = (None, {})  # (the last text, {barrier characters: their offsets in it})


def scan_plan(compiled: re.Pattern, required: Optional[tuple] = None) -> ScanPlan:
    """The plan of ``compiled`` (made once; a pattern's hash would hash its whole code each time,
    so plans are kept by identity, each holding its pattern so that the identity stays its own)."""
    key = (id(compiled), required)
    plan = _plans.get(key)
    if plan is None:
        plan = _plans[key] = ScanPlan(compiled, required)
    return plan


def _barrier_offsets(text: str, plan: ScanPlan) -> list:
    """The offsets of the plan's barrier characters in ``text``, kept for the last text (the
    patterns of one article share a few sets of barriers)."""
    global _stretches
    entry = _stretches  # read once, as in may_match
    if entry[0] is not text:
        entry = _stretches = (text, {})
    offsets = entry[1].get(plan.barrier)
    if offsets is None:
        offsets = entry[1][plan.barrier] = [m.start() for m in plan.splits.finditer(text)]
    return offsets


def finditer(compiled: re.Pattern, text: str, lowered: Optional[str] = None, required: Optional[tuple] = None):
    """The matches of ``compiled.finditer(text)``, in order, found by scanning only the stretches
    between barrier characters that hold the pattern's required words (``required``: as
    :func:`required_words` gives, default the pattern's own) and, when every match holds one, a
    digit. ``lowered``: :func:`lowered_for_matching` of ``text``, when the caller has it."""
    from bisect import bisect_right

    plan = scan_plan(compiled, required)
    if lowered is None:
        lowered = lowered_for_matching(text)
    if plan.splits is None or not (plan.order or plan.digit) or lowered is None or len(lowered) != len(text):
        yield from compiled.finditer(text)
        return
    barriers = _barrier_offsets(text, plan)
    if plan.order:
        anchor, rest = plan.order[0], plan.order[1:]
        chosen = set()
        for word in anchor:
            i = lowered.find(word)
            while i >= 0:
                chosen.add(bisect_right(barriers, i))
                i = lowered.find(word, i + 1)
        stretches = sorted(chosen)
    else:
        rest, stretches = (), range(len(barriers) + 1)
    n = len(text)
    for k in stretches:
        start = barriers[k - 1] + 1 if k else 0
        end = barriers[k] if k < len(barriers) else n
        if rest and not _holds_all(rest, lowered[start:end]):
            continue
        if plan.digit and not _DIGIT.search(text, start, end):
            continue
        yield from compiled.finditer(text, start, end)



# --- A look-ahead at the characters a match can start with ----------------------------------------
#
# Python's re tries a pattern at every offset and skips offsets cheaply only when the pattern starts
# with a literal or a class of caseless characters. A pattern that starts with a look-behind, a word
# boundary or an alternation of words ignoring case ("(?<![\w.,])(?:one|two|…)") runs its whole
# first step at each offset. Every match starts with a character its pattern can consume first; a
# look-ahead at the class of those characters (each under its own case flag), put in front of the
# pattern, changes no match and turns most offsets down after one test (:func:`with_first_look_ahead`).

_CATEGORY_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                     "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_members(op, av) -> Optional[tuple[str, tuple]]:
    """(negation, members in regex source) of one consuming op (LITERAL, NOT_LITERAL, IN), or None."""
    from re import _constants as c

    def char(code: int) -> str:
        return f"\\U{code:08x}"

    if op is c.LITERAL:
        return "", (char(av),)
    if op is c.NOT_LITERAL:
        return "^", (char(av),)
    if op is not c.IN:
        return None
    negate, members = "", []
    for o, a in av:
        if o is c.NEGATE:
            negate = "^"
        elif o is c.LITERAL:
            members.append(char(a))
        elif o is c.RANGE:
            members.append(char(a[0]) + "-" + char(a[1]))
        elif o is c.CATEGORY and str(a) in _CATEGORY_CLASSES:
            members.append(_CATEGORY_CLASSES[str(a)])
        else:
            return None
    return (negate, tuple(members)) if members else None


def _first_classes(items, flags: int, out: list) -> Optional[bool]:
    """Add to ``out`` a (negation, members, ignore case) for every class of characters ``items`` can
    consume first; returns whether ``items`` can match without consuming any (None: an op not
    modelled here)."""
    from re import _constants as c

    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN):
            members = _class_members(op, av)
            if members is None:
                return None
            out.append((*members, bool(flags & re.IGNORECASE)))
            return False
        if op is c.SUBPATTERN:
            _, add, delete, sub = av
            empty = _first_classes(sub, (flags | add) & ~delete, out)
        elif op is c.BRANCH:
            results = [_first_classes(sub, flags, out) for sub in av[1]]
            empty = None if None in results else any(results)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            inner = _first_classes(av[2], flags, out)
            empty = None if inner is None else (av[0] == 0 or inner)
        elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            empty = True  # look-arounds and anchors consume nothing
        else:
            return None  # back-references, conditionals, atomic groups, any character: not modelled
        if empty is None:
            return None
        if not empty:
            return False
    return True


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def with_first_look_ahead(compiled: re.Pattern) -> re.Pattern:
    """``compiled`` with a look-ahead at the characters its matches can start with in front: the same
    matches, groups and spans, found faster. ``compiled`` itself when that class cannot be told (a
    pattern that may match empty, bytes, verbose or locale patterns, an op not modelled)."""
    if compiled.flags & (re.VERBOSE | re.LOCALE | re.ASCII) or not isinstance(compiled.pattern, str):
        return compiled
    from re import _constants as c

    try:
        parsed = _parsed(compiled.pattern, compiled.flags)
        first = parsed.data[0] if parsed.data else None
        while first is not None and first[0] is c.SUBPATTERN:
            first = first[1][3].data[0] if first[1][3].data else None
        if first is None or first[0] in (c.LITERAL, c.IN) or first == (c.AT, c.AT_BEGINNING) \
                or first == (c.AT, c.AT_BEGINNING_STRING):
            return compiled  # re already skips offsets by its first character, or tries the start only
        classes: list = []
        if _first_classes(parsed.data, compiled.flags, classes) is not False:
            return compiled
        # one class per case flag; a negated class stays one of its own
        merged: dict = {}
        for negate, members, ignore_case in classes:
            key = (ignore_case, members) if negate else (ignore_case, "")
            merged.setdefault(key, (negate, {}))[1].update(dict.fromkeys(members))
        alternatives = [("(?i:" if key[0] else "(?-i:") + "[" + negate + "".join(members) + "])"
                        for key, (negate, members) in merged.items()]
        head = _GLOBAL_FLAGS.match(compiled.pattern)
        cut = head.end() if head else 0
        source = compiled.pattern[:cut] + "(?=" + "|".join(alternatives) + ")" + compiled.pattern[cut:]
        return re.compile(source, compiled.flags)
    except Exception:  # a future re with other internals: the pattern as it is
        return compiled
