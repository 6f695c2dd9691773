"""Fact identity: when do two claims state the same fact? (issue 13)

A fact is a measure of one subject (with one counterparty, or none) in one unit over one
period, with its plan status (a target is not an outcome). This module decides it from the
claims alone, so the consistency checker and a series builder agree on one identity:

- :func:`measure` turns a claim's metric into a canonical :class:`Measure`: lower case,
  phrases of the synonym table ``evaluation/data/measures.json`` replaced ("information
  technology", "ICT" -> "it"; "workers' remittances" -> "remittances"), "X of Y" read as
  "Y X" ("exports of textiles" -> "textile exports"), the tail naming a partner or a period
  cut ("exports to the US in May" -> "exports"), words singularised, fillers dropped
  ("textile group exports" -> "textile exports"), the last word the head noun and the rest its
  modifiers. Marks in brackets ("(target)", "(month-on-month)") are the plan status and basis.
- :func:`same_measure`: same head, same modifiers (every word on both sides: "IT exports" is
  not "exports", "export remittances" is not "exports"), one spelling variant per word allowed
  (rapidfuzz ratio >= ``SPELLING_MATCH``), the same status and basis, and no two different
  marks of one exclusive group ("gross" vs "net", "real" vs "nominal"; an unmarked measure meets
  either).
- :func:`same_fact` ``-> True | False | None``: the same kind and unit, a change on both sides or
  on neither (a change is not a level; a rise and a fall are two values of one signed change,
  :func:`signed_value`: "GDP grew 0.29%" and "the economy contracted 0.17%" conflict), the same measure, periods that coincide (a month is never its year-to-date total),
  the same subject and counterparty by the extractor's alias table. ``None`` when nothing
  differs but something needed is unknown (no subject, no dated period, no metric).
- :func:`fact_key` / :func:`series_key`: hashable keys (canonical measure, subject,
  counterparty, kind, unit, change[, period]) for grouping; two claims with equal keys are
  the same fact without the spelling tolerance.

Nothing here loads spaCy.
"""
from __future__ import annotations

import datetime as dt
import math
import json
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator, Mapping, Optional, Sequence, Union

import extractor.lexicons as lexicons
from extractor.contract import Claim

#: rapidfuzz ratio for two spellings of one word of a measure ("remitances" / "remittances").
SPELLING_MATCH = 90
#: A word shorter than this is never matched by spelling (IT / ICT, EU / US are different).
SPELLING_MIN_LENGTH = 6
#: rapidfuzz ratio between canonical actor names (subject, counterparty).
ACTOR_MATCH = 90
#: Two periods are one period when they share this share of their union.
PERIOD_OVERLAP = 0.9


@dataclass(frozen=True)
class Limits:
    """The fact identity's thresholds (defaults: the constants above). The checker sets them from
    its settings for one run with :func:`limits`; the functions here keep their signatures."""

    spelling_match: float = SPELLING_MATCH
    spelling_min_length: int = SPELLING_MIN_LENGTH
    actor_match: float = ACTOR_MATCH
    period_overlap: float = PERIOD_OVERLAP


_LIMITS: ContextVar[Limits] = ContextVar("facts_limits", default=Limits())


@contextmanager
def limits(**values) -> Iterator[Limits]:
    """Use other thresholds inside a ``with`` block (this thread or task only)."""
    token = _LIMITS.set(replace(_LIMITS.get(), **values))
    try:
        yield _LIMITS.get()
    finally:
        _LIMITS.reset(token)

#: Metric marks that make a figure a plan, not an outcome (the contract's "(forecast)", ...).
STATUS_MARKS = {"forecast", "target", "planned", "plan", "projected", "projection", "expected",
                "estimate", "estimated", "goal", "budget", "budgeted", "guidance", "proposed",
                "pegged", "allocation", "hoped"}
#: The same words written in the metric itself ("export target", "projected growth").
STATUS_WORDS = {"forecast", "target", "targets", "projected", "projection", "projections", "goal",
                "planned", "budgeted", "expected", "guidance"}
#: Plan words that name one kind of plan: a forecast by any word ("(projected)", "expected") is a
#: forecast, a target by any word ("goal", "planned") a target; the two never meet.
STATUS_CLASSES = {"projected": "forecast", "projection": "forecast", "projections": "forecast",
                  "expected": "forecast", "guidance": "forecast", "predicted": "forecast",
                  "targets": "target", "goal": "target", "planned": "target", "plan": "target",
                  "budgeted": "target", "pegged": "target",
                  # the BBC gold's "(hoped)" ("hoped to sell 5 million shares") is the sa-dev gold's "(target)"
                  # for "hope to achieve": one plan (gold/GUIDELINES.md, "Targets and hopes")
                  "hoped": "target"}


def _status_class(mark: str) -> str:
    """A plan mark with its plan words by class ("projected" -> "forecast", "share of gdp, goal"
    -> "share of gdp, target")."""
    return re.sub(r"[a-z]+", lambda w: STATUS_CLASSES.get(w.group(), w.group()), mark)


#: Basis marks that are the contract's default basis and so change nothing.
DEFAULT_BASIS = {"year-on-year", "year on year", "yoy", "y/y", "annual"}
#: A metric's tail from one of these words on names a partner or a period, not the measure.
_TAIL = re.compile(r"\s+\b(to|into|in|during|against|compared|as|than|since|till|until|"
                   r"reported|recorded|registered|received|sent|stood|reached|at|on|over)\b.*$")
#: A change noun before "in" and what changed: "growth in services", "a decline in exports".
_CHANGE_IN = re.compile(r"^(?:an?\s+|the\s+)?(growth|rise|increase|decline|decrease|fall|expansion|contraction)\s+in\s+(?!the\s+(?:first|second|"
                        r"third|fourth|last|same|current|previous)\b)(.+)$")
#: A post-modifier ("remittances brought in by state-owned banks", "reserves held by commercial
#: banks"): the head is the noun before it; its content words are modifiers.
_POST = re.compile(r"\s+\b(from|held|by|brought|collected|generated|earned|paid|made|with|for|under|through|"
                   r"via|excluding|including|settled|after|before)\b")
_TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
               "sept", "oct", "nov", "dec", "year", "month", "week", "quarter", "fy", "fiscal", "last", "this",
               "previous", "current", "same", "day", "h1", "h2", "q1", "q2", "q3", "q4", "first", "second",
               "corresponding", "review", "reviewed", "preceding", "earlier", "ago"}
#: A period written as one word: "fy23", "h1fy24", "q1fy23", "2022-23".
_PERIOD_LABEL = re.compile(r"(?:fy|h[12]|q[1-4]|cy)(?:fy)?'?\d{2,4}(?:-\d{2,4})?|\d{4}(?:-\d{2,4})?")
_POST_STOP = {"from", "held", "by", "brought", "collected", "generated", "earned", "paid", "made", "with", "for",
              "under", "through", "via", "settled", "after", "before", "in", "of"}
# "including" and "excluding" stay as words: "exports including services" is not "services exports".

ClaimLike = Union[Claim, Mapping]

#: The exclusive mark of trade in goods and services together ("exports of goods and services",
#: India's "overall exports (merchandise and services combined)"): never merchandise trade.
COMBINED_MARK = "combined-trade"
_COMBINED = re.compile(r"\b(?:merchandise|goods)\s*(?:and|\+|&)\s*services\b")


@lru_cache(maxsize=1)
def _table() -> dict:
    with resources.files("evaluation").joinpath("data", "measures.json").open(encoding="utf-8") as f:
        table = json.load(f)
    phrases = sorted(table["phrases"].items(), key=lambda kv: -len(kv[0]))
    table["_phrase_re"] = [(re.compile(rf"(?<![\w-]){re.escape(k)}(?![\w-])"), v) for k, v in phrases]
    fillers = table["fillers"] + table["rank_words"]  # "the next highest collection" is the collection
    table["_fillers"] = {_singular(w) for w in fillers} | set(fillers)
    table["_exclusive"] = {w: i for i, group in enumerate(table["exclusive"]) for w in group["marks"]}
    table["_defaults"] = {i: group["default"] for i, group in enumerate(table["exclusive"])}
    table["_vintages"] = set(_vintage_marks())
    table["_empty"] = set(table["not_measures"])
    table["_soft"] = {_singular(w) for w in table["soft_fillers"]}
    return table


# "earnings from garment exports", "receipts from remittances": the flow itself
_EARNINGS_FROM = re.compile(r"^\s*(?:the\s+)?(?:(?:earnings|receipts|proceeds|income)\s+from|inflows?\s+of)\s+"
                            r"(.*\b(?:exports|remittances))\s*$")


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]  # "taxes" -> "tax", "branches" -> "branch"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Measure:
    """What a claim measures, canonical: head noun, modifiers, exclusive marks, status, basis."""

    head: str
    modifiers: tuple[str, ...]
    marks: tuple[str, ...] = ()
    status: frozenset = frozenset()
    basis: frozenset = frozenset()

    @property
    def name(self) -> str:
        """Display and key form: "gross gst revenue", "it exports (target)"."""
        words = " ".join((*self.marks, *self.modifiers, self.head))
        tags = sorted(self.status | self.basis)
        return words + "".join(f" ({t})" for t in tags)


#: A bracketed mark that makes a percent a share of a whole, as the contract writes it:
#: "debt limit (share of GDP)", "current account deficit (share of GDP, forecast)".
_SHARE_MARK = re.compile(r"\(\s*(?:[^)]*,\s*)?(?:share|percent(?:age)?|%)\s+of\s+[^)]+\)", re.I)


def is_share(metric: Optional[str]) -> bool:
    """Does the metric mark its percent as a share of a whole ("deficit (share of GDP)")? Such a
    percent is a level of a ratio, comparable across reports like any level."""
    return bool(_SHARE_MARK.search(metric or ""))


def _vintage_marks(*kinds: str) -> list[str]:
    """The vintage marks of ``extractor/data/vintages.json`` (all of them, or those of ``kinds``): the
    extractor's marks and the names of statistics offices' estimates ("(advance estimate)")."""
    table = lexicons.load("vintages")
    return [m for kind in kinds or ("later", "earlier", "later_estimates", "earlier_estimates") for m in table[kind]]


#: Vintage marks of an earlier figure; any other vintage mark ("revised", "final") is a later one.
EARLY_VINTAGES = frozenset(_vintage_marks("earlier", "earlier_estimates"))


def vintages(metric: Optional[str]) -> frozenset:
    """The vintage marks of a metric ("GDP growth (revised)" -> {"revised"}): the bracketed marks
    the fact identity ignores (``extractor/data/vintages.json``), a revision being one fact with another value."""
    marks = (m.strip() for m in re.findall(r"\(([^)]*)\)", (metric or "").lower()))
    return frozenset(m for m in marks if m in _table()["_vintages"])


def named_revision(a: ClaimLike, b: ClaimLike) -> bool:
    """Two vintages of one figure named as such: both metrics carry vintage marks, different ones
    ("(provisional)" and "(revised)"; "revised to 6.1% from 5.8%" gives "(revised)" and "(before
    revision)"). The text itself says the values differ because the figure was revised."""
    va = vintages(a.metric if isinstance(a, Claim) else a.get("metric"))
    vb = vintages(b.metric if isinstance(b, Claim) else b.get("metric"))
    return bool(va) and bool(vb) and va != vb


_BOUNDS_UP = frozenset({"more_than", "at_least"})
_BOUNDS_DOWN = frozenset({"less_than", "at_most"})
#: A bound restates the figure of its sentence only when near it: "passed $4 billion, reaching $4.4
#: billion" is 1.1x; "over $400 million a month, $1,413 million in the quarter" (3.5x) is two facts.
BOUND_FIGURE_RATIO = 1.5


def bound_and_figure(a: Claim, b: Claim) -> bool:
    """A bound and an exact figure inside it ("reserves passed $4 billion, reaching $4.4 billion"):
    one sentence may state one fact twice this way, the bound first and the figure within
    ``BOUND_FIGURE_RATIO`` of it. A from/to pair never fits: the new level of "rose to more than $5 billion from $4.2
    billion" is not inside the base's bound."""
    for bound, figure in ((a, b), (b, a)):
        qb, qf = bound.quantity, figure.quantity
        if qf.qualifier not in ("exact", "approx") or qb.value_max is not None or qf.value_max is not None:
            continue
        if qb.start > qf.start:
            continue  # the bound first, then the figure: "$5m in fines and more than $4m for checks" are two parts
        if qb.qualifier in _BOUNDS_UP and qb.value <= qf.value <= qb.value * BOUND_FIGURE_RATIO:
            return True
        if qb.qualifier in _BOUNDS_DOWN and qb.value / BOUND_FIGURE_RATIO <= qf.value <= qb.value:
            return True
    return False


def one_fact_in_sentence(a: Claim, b: Claim) -> bool:
    """May two figures of one sentence state one fact? Two figures of a sentence are usually a
    from/to pair or two items; only two named vintages (:func:`named_revision`) or a bound and the
    figure inside it (:func:`bound_and_figure`) restate one fact."""
    return named_revision(a, b) or bound_and_figure(a, b)


def split_marks(metric: Optional[str]) -> tuple[str, frozenset, frozenset]:
    """(metric without bracketed marks, plan status marks, other basis marks), lower case."""
    metric = (metric or "").lower()
    marks = [m.strip() for m in re.findall(r"\(([^)]*)\)", metric)]
    bare = re.sub(r"\([^)]*\)", " ", metric)
    combined = [m for m in marks if _COMBINED.search(m)]
    if combined:  # "(merchandise and services combined)" names the measure, not a basis
        marks = [m for m in marks if m not in combined]
        bare = f"{COMBINED_MARK} {bare}"
    vintages = _table()["_vintages"]
    # a vintage is no plan, whatever its words: "(advance estimate)", "(earlier estimate)"
    plans = [m for m in marks if m not in vintages and set(re.split(r"[\s,]+", m)) & STATUS_MARKS]
    basis = frozenset(" ".join(_canonical_phrases(m).split()) for m in marks if m not in plans
                      and m not in DEFAULT_BASIS and m not in vintages and m != "each")
    return " ".join(bare.split()), frozenset(_status_class(m) for m in plans), basis


def _canonical_phrases(text: str) -> str:
    """``text`` with the synonym table's phrases replaced: a basis mark "(share of gross domestic
    product)" is "(share of gdp)"."""
    for pattern, canonical in _table()["_phrase_re"]:
        text = pattern.sub(canonical, text)
    return text


@lru_cache(maxsize=4096)
def measure(metric: Optional[str]) -> Optional[Measure]:
    """The canonical measure of a metric phrase; None when it names nothing.

    >>> measure("exports of textiles and clothing").name
    'textile exports'
    >>> measure("Pakistan's IT exports (target)").name
    'pakistan it exports (target)'
    """
    text, status, basis = split_marks(metric)
    # "workers' remittances", and "workers ' remittances" as a metric joined from tokens writes it
    text = re.sub(r"s\s?'\s", "s ", text.replace("\u2019", "'").replace("'s ", " "))
    text = re.sub(r"\bother\s+than\s+", "non-", text)  # "yarn other than cotton": one modifier, not a comparison
    text = _EARNINGS_FROM.sub(r"\1", text)  # "earnings from garment exports" are garment exports
    table = _table()
    text = _canonical_phrases(text)
    growth_in = _CHANGE_IN.match(text)
    if growth_in:  # "growth in services" is "services growth" ("growth of services" below)
        text = f"{growth_in.group(2)} {growth_in.group(1)}"
    elif " of " in f" {text} ":
        left, _, right = text.partition(" of ")
        right = _TAIL.sub("", right)
        post = _POST.search(right)  # "exports of made-up articles, excluding towels": the post-modifier stays last
        right, right_post = (right[:post.start()], right[post.start():]) if post else (right, "")
        if left.strip() and right.strip():
            text = f"{right.strip(' ,')} {left}{right_post}"
    text = _places_re().sub(" ", text)  # places are the subject's or counterparty's, not the measure's
    post = _POST.search(text)
    text, tail = (text[:post.start()], text[post.start():]) if post else (text, "")
    text = _TAIL.sub("", text)
    tail = re.sub(r"\b(during|against|compared|than|since|until|till)\b.*$", "", tail)
    places = _aliases()
    status = set(status)

    def content(part: str) -> list[str]:
        words = [w.strip("-'") for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", part)]
        words = [table["heads"].get(_singular(w), _singular(w)) for w in words if w and w not in places]
        kept = []
        for w in words:
            if w in STATUS_WORDS or _singular(w) in STATUS_WORDS:
                status.add(_status_class(w))
            elif w not in table["_fillers"] and w not in _POST_STOP and w not in _TIME_WORDS and not w.isdigit() \
                    and not _PERIOD_LABEL.fullmatch(w):
                kept.append(w)
        return kept

    kept, extra = content(text), content(tail)
    if " ".join(kept) in table["_empty"]:
        return None  # "negative growth": named as no measure before any word is dropped
    while len(kept) > 1 and kept[-1] in _change_nouns():
        kept = kept[:-1]  # "GVA growth" is GVA's change: the change noun goes before the soft words do
    if len(kept) > 1 and any(w not in table["_soft"] for w in kept):
        kept = [w for w in kept if w not in table["_soft"]]
    if not kept or " ".join(kept) in table["_empty"] or kept[-1] in {"year", "month", "period", "fiscal", "date"}:
        return None
    if all(w in _unit_words() for w in kept):
        return None  # "rupees", "Rs crore": a currency or scale word is the figure's unit, not its measure
    while kept and kept[-1] in _change_nouns():
        kept = kept[:-1]  # "GDP growth" is GDP's change; "significant decline" alone names nothing
    if not kept:
        return None
    if kept[-1] in table["taxes"]:
        kept = kept + ["revenue"]  # a tax named alone is its revenue: "CGST" = "CGST collection"
    head, rest = kept[-1], kept[:-1] + extra
    marks = tuple(sorted({w for w in rest if w in table["_exclusive"]}))
    modifiers = tuple(sorted({w for w in rest if w not in table["_exclusive"] and w != head}))
    return Measure(head, modifiers, marks, frozenset(status), basis)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset:
    """Lower-case currency names, codes and symbols (the extractor's currency table) and scale words
    (``extractor/data/scales.json``): a metric made only of these names no measure."""
    from babel.numbers import get_currency_name, list_currencies

    scales = lexicons.load("scales")
    words = set(scales["words"]) | set(scales["short"]) | {s.lower() for s in lexicons.load("currencies")["symbols"]}
    for code in list_currencies():
        words.add(code.lower())
        for count in (1, 2):
            name = get_currency_name(code, count, locale="en").lower().split()
            if name:
                words.add(name[-1])  # "pakistani rupees" -> "rupees": the word a metric may repeat
    words |= {_singular(w) for w in words}
    return frozenset(words - set(_table()["_exclusive"]) - set(_table()["amounts"]))  # "real" is a mark here


@lru_cache(maxsize=1)
def _change_nouns() -> frozenset:
    """The extractor's change nouns ("growth", "decline", ...; ``extractor/data/words.json``)."""

    return frozenset(_singular(w) for k in ("change.increase_nouns", "change.decrease_nouns")
                     for w in lexicons.words(k))


def measures(metric: Optional[str]) -> list[Measure]:
    """The measure of a metric, and of each conjunct when it names two measures sharing one figure
    ("GDP and GVA", "exports and imports (each)"): a figure stated for both is a report of either.
    A metric is split at "and" only when it is marked "(each)" or every conjunct is an amount
    ("oil and gas exports" stays one measure)."""
    whole = measure(metric)
    out = [whole] if whole is not None else []
    text, status, basis = split_marks(metric)
    each = re.search(r"\beach\b", (metric or "").lower()) is not None
    table = _table()
    text = _canonical_phrases(text)
    parts = [p.strip() for p in re.split(r",|\band\b", text) if p.strip()]
    if len(parts) < 2:
        return out
    conj = [measure(p + "".join(f" ({m})" for m in sorted(status | basis))) for p in parts]
    if each or all(m is not None and m.head in set(table["amounts"]) | {"gva", "gdp"} for m in conj):
        out += [m for m in conj if m is not None]
    return out


@lru_cache(maxsize=1)
def _places_re() -> "re.Pattern":
    names = sorted((k for k in _aliases() if " " in k or "." in k), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _word_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < _LIMITS.get().spelling_min_length:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= _LIMITS.get().spelling_match


def marks_conflict(a: Optional[Measure], b: Optional[Measure]) -> bool:
    """Two measures with different marks of one exclusive group ("gross" / "net"; "combined-trade"
    / unmarked merchandise trade): never one measure, whatever else they share."""
    if a is None or b is None:
        return False
    groups, defaults = _table()["_exclusive"], _table()["_defaults"]
    marks_a = {groups[m]: m for m in a.marks}
    marks_b = {groups[m]: m for m in b.marks}
    for group in set(marks_a) | set(marks_b):
        ma, mb = marks_a.get(group, defaults[group]), marks_b.get(group, defaults[group])
        if ma is not None and mb is not None and ma != mb:
            return True
    return False


def amount_head(m: Optional[Measure]) -> bool:
    """The measure's head is an amount of the synonym table ("exports", "FDI", "inflows")."""
    return m is not None and m.head in {_singular(w) for w in _table()["amounts"]} | set(_table()["amounts"])


def _acronyms_spelled(a: Measure, b: Measure) -> tuple[Measure, Measure]:
    """The two measures with one side's spelled-out words replaced by the acronym the other side
    writes ("liquefied natural gas imports" / "LNG imports", "large-scale manufacturing output" /
    "LSM output"): a modifier of 2 to 5 letters whose letters are the initials of as many of the
    other's modifiers (hyphenated words give one initial a part)."""
    for short, long in ((a, b), (b, a)):
        for word in short.modifiers:
            if not (2 <= len(word) <= 5 and word.isalpha()) or word in long.modifiers:
                continue
            letters = sorted(word)
            initials = {w: [p[0] for p in w.split("-") if p] for w in long.modifiers}
            spelled = [w for w in long.modifiers if set(initials[w]) <= set(letters)]
            if sorted(ch for w in spelled for ch in initials[w]) == letters and len(spelled) >= 1 \
                    and sum(len(initials[w]) for w in spelled) >= 2:
                kept = tuple(sorted(w for w in long.modifiers if w not in spelled) + [word])
                long = Measure(long.head, tuple(sorted(kept)), long.marks, long.status, long.basis)
                return (short, long) if short is a else (long, short)
    return a, b


def same_measure(a: Optional[Measure], b: Optional[Measure]) -> Optional[bool]:
    """True/False; None when either side names no measure."""
    if a is None or b is None:
        return None
    a, b = _acronyms_spelled(a, b)
    if a.status != b.status or a.basis != b.basis or not _word_match(a.head, b.head):
        return False
    if marks_conflict(a, b):
        return False
    if len(a.modifiers) != len(b.modifiers):
        return False
    left = list(b.modifiers)
    for word in a.modifiers:
        match = next((w for w in left if _word_match(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


# ---- actors --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _aliases() -> dict:
    """The extractor's alias table (``extractor/data/actors.json``), read as data: no pipeline code."""
    return lexicons.load("actors")["aliases"]


@lru_cache(maxsize=1)
def _legal_form_tail() -> "re.Pattern":
    """A company's legal form at the end of its name ("PLC", "(Pvt) Ltd", "Public Company Limited")."""
    forms = lexicons.load("actors")["legal_forms"]
    return re.compile(r"(?:[\s,]+\(?(?:" + "|".join(map(re.escape, forms)) + r")\.?\)?)+$")


def canonical_actor(name: Optional[str]) -> Optional[str]:
    """Lower-case canonical name by the alias table ("the U.S." -> "united states"), a company's
    legal form dropped ("Surma Valley Bank PLC" -> "surma valley bank")."""
    if not name:
        return None
    key = name.lower().strip().replace("\u2019", "'")
    key = key[4:] if key.startswith("the ") else key
    key = _legal_form_tail().sub("", key) or key
    return _aliases().get(key, key).lower()


def actors_meet(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    """Same actor (alias table, a company's short name or initials, then rapidfuzz); None when
    either is missing."""
    ca, cb = canonical_actor(a), canonical_actor(b)
    if ca is None or cb is None:
        return None
    if ca == cb:
        return True
    if _short_name(ca, cb) or _short_name(cb, ca) or _initials(a, b) or _initials(b, a):
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(ca, cb) >= _LIMITS.get().actor_match


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """Every place of the alias, demonym, region and fiscal calendar tables, lower case."""
    table = lexicons.load("actors")
    names = {*table["aliases"], *table["aliases"].values(), *table["demonyms"].values(),
             *table["regions"], *table["regions"].values(), *table["fiscal_year_start"]}
    return frozenset(n.lower() for n in names)


def _short_name(short: str, long: str) -> bool:
    """A company named by the first words of its name ("Veritas" for "Veritas Infosoft", "Serendib
    Consolidated" for "Serendib Consolidated Holdings"), both canonical; never a place ("India" is no
    short name of "India Cements") nor a generic noun of one word ("bank", "group")."""
    return (long.startswith(short + " ") and short not in _places() and long.split()[0] not in _places()
            and (" " in short or (len(short) >= 4 and short not in _generic_words())))


@lru_cache(maxsize=1)
def _generic_words() -> frozenset:
    table = lexicons.load("actors")
    return frozenset(w.lower() for key in ("organisation_words", "body_nouns", "company_name_words", "legal_forms",
                                           "common_subject_nouns") for w in table.get(key, ()))


_INITIALS_SKIP = frozenset({"&", "and", "of", "the", "for"})


def _initials(short: Optional[str], long: Optional[str]) -> bool:
    """A name written as its initials ("KCL" for "Karakoram Cement Limited", "LHT" for "Lanka Horizon
    Telecom PLC", "M&F" for "Marlow & Finch"): 3 to 6 capitals (and "&"), the initials of the other
    name's words with or without its legal form."""
    if not short or not long or not re.fullmatch(r"[A-Z][A-Z&]{2,5}", short.strip()):
        return False
    letters = short.strip().replace("&", "").lower()
    words = [w for w in re.split(r"[\s-]+", long.lower().replace("’", "'")) if w and w not in _INITIALS_SKIP]
    words = words[1:] if words[:1] == ["the"] else words
    bare = [w for w in (_legal_form_tail().sub("", " ".join(words)) or "").split()]
    return len(words) >= 2 and any("".join(w[0] for w in ws) == letters for ws in (words, bare) if len(ws) >= 2)


# ---- periods -------------------------------------------------------------------------------

def _dates(claim: Claim) -> Optional[tuple[dt.date, dt.date]]:
    p = claim.period
    if p is None or not p.start or not p.end:
        return None
    try:
        return dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end)
    except ValueError:
        return None


def period_relation(a: ClaimLike, b: ClaimLike) -> Optional[str]:
    """``equal`` (shares PERIOD_OVERLAP of the union), ``inside`` (a within b), ``contains``,
    ``overlap``, ``disjoint``; None when either period has no dates."""
    da, db = _dates(_claim(a)), _dates(_claim(b))
    if da is None or db is None:
        return None
    inter = (min(da[1], db[1]) - max(da[0], db[0])).days + 1
    union = (max(da[1], db[1]) - min(da[0], db[0])).days + 1
    if inter <= 0:
        return "disjoint"
    if inter / union >= _LIMITS.get().period_overlap:
        return "equal"
    if db[0] <= da[0] and da[1] <= db[1]:
        return "inside"
    if da[0] <= db[0] and db[1] <= da[1]:
        return "contains"
    return "overlap"


# ---- the identity --------------------------------------------------------------------------

def _claim(c: ClaimLike) -> Claim:
    c = c if isinstance(c, Claim) else Claim.from_dict(dict(c))
    return as_level(by_convention(signed_by_value(c)))


def by_convention(c: Claim) -> Claim:
    """A country's statistical conventions, read into the metric (``conventions`` of
    ``evaluation/data/measures.json``): where the official "overall" trade is goods and services
    together (India: "overall exports (merchandise and services combined)"), "overall exports" is
    the combined measure, never merchandise exports, and an unmarked "trade deficit" is
    merchandise trade. Elsewhere "overall" is a filler ("overall exports" are merchandise exports
    on Pakistani pages). Any other claim is returned as it is."""
    if not c.metric or not re.search(r"\boverall\b", c.metric, re.I):
        return c
    if canonical_actor(c.subject) not in set(_table()["conventions"]["overall_is_goods_and_services"]):
        return c
    return c.with_fields(metric=re.sub(r"\boverall\b", COMBINED_MARK, c.metric, flags=re.I))


def as_level(c: Claim) -> Claim:
    """A year-on-year increase of a consumer price index is the inflation rate: "CPI rose 11.8%"
    is read as "inflation 11.8%" (a level, change null), and so is a percent the index "came in at"
    (an index is in points: its percent is its change); any other claim is returned as it is."""
    if c.kind != "percent" or c.quantity.unit != "%" or c.change not in (None, "increase"):
        return c
    text, status, basis = split_marks(c.metric)
    if basis or status:
        return c
    words = text.strip().lower()
    if words in _table()["price_indices"]:
        return c.with_fields(metric="inflation", change=None)
    # "Food prices rose 9.82%" is food inflation, "non-food prices" non-food inflation
    for index in _table()["price_indices"]:
        qualifier = words[:-len(index)].strip() if words.endswith(" " + index) else None
        if qualifier in _table()["inflation_qualifiers"]:
            return c.with_fields(metric=f"{qualifier} inflation", change=None)
    return c


def same_unit(a: Claim, b: Claim) -> bool:
    """One unit: equal, or for counts one unit noun and the other's words the claim names in its
    metric ("90 million e-way bills" read with unit "bill" and metric "e-way bills" counts what
    "81 million e-way bills", unit "e-way bill", counts; "bill" of metric "bills" does not)."""
    ua, ub = (a.quantity.unit or "").lower(), (b.quantity.unit or "").lower()
    if ua == ub:
        return True
    if a.kind != "count" or b.kind != "count" or not ua or not ub:
        return False
    (short, s_claim), (long, _) = sorted(((ua.split(), a), (ub.split(), b)), key=lambda x: len(x[0]))
    if short[-1] != long[-1] or len(short) == len(long) or long[-len(short):] != short:
        return False
    named = set(re.findall(r"[a-z0-9][a-z0-9'\-]*", (s_claim.metric or "").lower()))
    return all(w in named for w in long[:-len(short)])


def same_fact(a: ClaimLike, b: ClaimLike, *, missing_subject_ok: bool = False) -> Optional[bool]:
    """Do two claims state the same fact? True, False, or None (nothing differs, something unknown).

    missing_subject_ok (bool): two claims that both lack a subject count as one subject (within
        one article, where the article supplies it). Defaults to False.
    """
    ca, cb = _claim(a), _claim(b)
    if ca.kind != cb.kind or not same_unit(ca, cb) or (ca.change is None) != (cb.change is None):
        return False  # a change is not a level; a rise and a fall are two values of one signed change
    unknown = False
    ma, mb = measure(ca.metric), measure(cb.metric)
    if ca.kind == "percent" and ca.change is None and not (is_share(ca.metric) and is_share(cb.metric)) and any(
            m is not None and m.head in _table()["amounts"] for m in (ma, mb)):
        return None  # "exports 22%": a change or a share the claim did not mark, not a level of exports
    same = same_measure(ma, mb)
    if same is not True:
        pairs = [same_measure(x, y) for x in measures(ca.metric) for y in measures(cb.metric)]
        same = True if True in pairs else same
    if same is False and (figures_vouch(ca, cb, ma, mb) or percents_vouch(ca, cb, ma, mb)):
        same = True
    if same is False:
        return False
    unknown |= same is None
    relation = period_relation(ca, cb)
    if relation is None:
        unknown = True
    elif relation != "equal" and not stock_at_one_date(ca, cb, ma, mb):
        return False
    subject = actors_meet(ca.subject, cb.subject)
    if subject is not True and same_measure(ma, mb) is True and figures_agree(ca, cb, VOUCH_SUBJECT_DIGITS):
        subject = True  # one precise figure under one measure and period: one outlet named its owner wrong
    if subject is None and (ca.subject is None or cb.subject is None) and same_measure(ma, mb) is True \
            and _sole_percents_agree(ca, cb):
        subject = True  # an article naming no owner: one percent of one measure and period, given once by each
    if subject is not True and not (ma and mb and _two_known_amounts(ma, mb)) and _owners_vouched(ca, cb):
        subject = True  # one amount, alone near its value in each article: one article named no owner or another
    if subject is False:
        return False
    if subject is None and not (missing_subject_ok and ca.subject is None and cb.subject is None):
        unknown = True
    if (ca.counterparty is None) != (cb.counterparty is None):
        return False  # total exports are not exports to one partner
    if ca.counterparty is not None and not actors_meet(ca.counterparty, cb.counterparty):
        return False
    return None if unknown else True


#: Figures vouch for a measure (:func:`figures_vouch`) when the more precise of the two writes at
#: least this many significant digits, and the rounder one at least VOUCH_MIN_DIGITS_ROUNDER.
VOUCH_DIGITS = 3
VOUCH_MIN_DIGITS_ROUNDER = 2
#: Figures vouch for a subject (one outlet named the figure's owner wrong or not at all) only under
#: one measure by its words and with this many significant digits in the more precise figure.
VOUCH_SUBJECT_DIGITS = 4


def _measure_words_nest(a: Measure, b: Measure) -> bool:
    """One head, and every modifier of one measure among the other's ("revenue" / "tax revenue",
    "IT exports" / "IT service exports"): one may be a shortening of the other."""
    if not _word_match(a.head, b.head):
        return False
    a, b = _acronyms_spelled(a, b)
    small, big = sorted((a.modifiers, b.modifiers), key=len)
    return all(any(_word_match(w, x) for x in big) for w in small)


def figures_vouch(a: Claim, b: Claim, ma: Optional[Measure], mb: Optional[Measure]) -> bool:
    """Two articles' figures agreeing digit for digit vouch for measures their words leave apart.

    Outlets shorten a measure ("tax revenue" and "revenue", "net consolidated profit" and "profit",
    "gross FX reserves" and "reserves") or word it anew ("imports of $66.05 billion" and "inbound
    shipments of $66 bn"), and the words alone must keep a part apart from its whole ("IT exports"
    is not "exports"). But a part and its whole of one subject and period are different amounts:
    when two articles give the same period, subject and counterparty, the same plan status, basis
    and marks, and figures that agree within their rounding, the more precise written with
    ``VOUCH_DIGITS`` significant digits, they report one figure, if either their measures are of
    one head whose modifiers nest ("$2.873 billion" of IT service exports, "$2.87bn" of IT exports)
    or each figure is the only one near its value that its article gives for that period, subject,
    unit and change (``SOLE_AMOUNT``: an article giving exports and imports both near $2.5bn names
    neither) and the two heads are not two of the amounts the fact identity knows ("exports" and
    "imports" stay apart whatever their figures: :func:`_two_known_amounts`). Amounts and counts only: a part's growth may equal its whole's ("agricultural
    exports" and "exports" both up 3.45%), a part's amount cannot. A misreported figure is joined
    only by its words, as before: its figures do not agree.
    """
    if not _marks_agree(ma, mb):
        return False
    if not _one_partner(a, b):
        return False
    if _measure_words_nest(ma, mb):
        return actors_meet(a.subject, b.subject) is True and figures_agree(a, b, VOUCH_DIGITS)
    return not _two_known_amounts(ma, mb) and _sole_amounts_agree(a, b) and _owners_vouched(a, b)


def _sole_amounts_agree(a: Claim, b: Claim, digits: int = VOUCH_DIGITS) -> bool:
    """Two articles' exact amounts, each alone near its value in its article (``SOLE_AMOUNT``), agreeing
    within their rounding, the more precise with ``digits`` significant digits: "about $2.38bn" meets
    too much to vouch for anything."""
    return all((c.extra or {}).get(SOLE_AMOUNT) and c.quantity.qualifier == "exact" for c in (a, b)) \
        and figures_agree(a, b, digits)


def _owners_vouched(a: Claim, b: Claim) -> bool:
    """The two owners are one: named alike, or vouched for by amounts each alone near its value in its
    article: one article names no owner (``VOUCH_DIGITS``), or one outlet named another owner than the
    other did (a company read as its country, a state for the nation: ``VOUCH_SUBJECT_DIGITS``)."""
    owners = actors_meet(a.subject, b.subject)
    if owners is True:
        return True
    if (a.subject is None) != (b.subject is None):
        return _sole_amounts_agree(a, b)
    return owners is False and _sole_amounts_agree(a, b, VOUCH_SUBJECT_DIGITS)


def _two_known_amounts(a: Measure, b: Measure) -> bool:
    """Two different heads both among the amounts of measures.json (exports, imports, deficit, surplus …)."""
    heads = {_table()["heads"].get(h, h) for h in (a.head, b.head)}
    return len(heads) == 2 and heads <= _known_amounts()


@lru_cache(maxsize=1)
def _known_amounts() -> frozenset:
    return frozenset(_table()["amounts"])


def _marks_agree(ma: Optional[Measure], mb: Optional[Measure]) -> bool:
    """Two measures read from words, of one plan status and basis, whose marks do not conflict."""
    return ma is not None and mb is not None and ma.status == mb.status and ma.basis == mb.basis \
        and not marks_conflict(ma, mb)


def _one_partner(a: Claim, b: Claim) -> bool:
    """The counterparties meet, or both claims have none."""
    return same_owner(a.counterparty, b.counterparty)


def same_owner(a: Optional[str], b: Optional[str]) -> bool:
    """Two actors (subjects or counterparties) named alike, or both unnamed."""
    return (a is None and b is None) or actors_meet(a, b) is True


#: The mark (in a claim's ``extra``) of an amount or count that no figure of another measure in its
#: article meets for its period, subject, unit and kind of change (set by
#: ``consistency.items.mark_sole_amounts``).
SOLE_AMOUNT = "sole_amount"


#: The mark (in a claim's ``extra``) of a percent whose written digits its article gives once for its
#: period, subject and kind of change (set by ``consistency.items.mark_sole_percents``).
SOLE_PERCENT = "sole_percent"
#: A percent vouches for a measure (:func:`percents_vouch`) with at least this many significant digits.
VOUCH_PERCENT_DIGITS = 2


def percents_vouch(a: Claim, b: Claim, ma: Optional[Measure], mb: Optional[Measure]) -> bool:
    """Two articles' percents written with the same digits vouch for measures their words leave apart
    ("LSM output grew 3.8 percent" / "the large-scale manufacturing index posted growth of 3.8pc";
    "IIP growth at 4.7%" / "factory output growth decelerated to 4.7 per cent"), when each article
    gives those digits once for that period, subject and kind of change (:func:`_sole_percents_agree`)
    and plan status, basis, marks and subject agree: two different measures of one release rarely
    take the same value in both articles and no other figure of either. Not a part and its whole:
    measures of one head whose extra modifier names a sector or good ("agricultural exports" and
    "exports" both up 3.45%: a part may grow as its whole does); an extra word that only describes
    ("employment-intensive construction sector" / "construction sector", both 7.9%) names no part."""
    if not _marks_agree(ma, mb) or is_share(a.metric) != is_share(b.metric):
        return False
    if _names_a_part(ma, mb):
        return False
    return _sole_percents_agree(a, b) and actors_meet(a.subject, b.subject) is True


def _names_a_part(a: Measure, b: Measure) -> bool:
    """One measure is the other narrowed to a sector or good (``sector_words`` of the extractor's
    actors.json: "agricultural exports" of "exports", "textile output" of "output")."""
    if not _measure_words_nest(a, b) or a.modifiers == b.modifiers:
        return False
    small, big = sorted((set(a.modifiers), set(b.modifiers)), key=len)
    return any(_singular(w) in _sector_words() or w in _sector_words() for w in big - small)


@lru_cache(maxsize=1)
def _sector_words() -> frozenset:
    return frozenset(lexicons.load("actors")["sector_words"])


def _sole_percents_agree(a: Claim, b: Claim) -> bool:
    """Two articles' percents of one period, change and counterparty, written with the same digits
    (``VOUCH_PERCENT_DIGITS`` or more) and each given once by its article (``SOLE_PERCENT``)."""
    if a.article_id == b.article_id or a.kind != "percent" or b.kind != "percent" or a.change != b.change:
        return False
    if not ((a.extra or {}).get(SOLE_PERCENT) and (b.extra or {}).get(SOLE_PERCENT)):
        return False
    digits = written_digits(a.quantity.text)
    if len(digits) < VOUCH_PERCENT_DIGITS or digits != written_digits(b.quantity.text):
        return False
    if a.quantity.qualifier != b.quantity.qualifier or a.quantity.value_max is not None or b.quantity.value_max is not None:
        return False
    da = _dates(a)
    if da is None or da != _dates(b):
        return False
    if (a.counterparty is None) != (b.counterparty is None):
        return False
    return a.counterparty is None or actors_meet(a.counterparty, b.counterparty) is True


def figures_agree(a: Claim, b: Claim, digits_needed: int) -> bool:
    """Two articles' amounts or counts of one period and kind of change, agreeing within their
    rounding, the more precise written with ``digits_needed`` significant digits and the rounder
    with ``VOUCH_MIN_DIGITS_ROUNDER``. Never percents: two agree by chance far more often than two
    amounts do."""
    if a.article_id == b.article_id or a.kind == "percent" or a.kind != b.kind or a.change != b.change:
        return False
    if a.quantity.value_max is not None or b.quantity.value_max is not None:
        return False
    da = _dates(a)
    if da is None or da != _dates(b):
        return False
    digits = sorted((len(written_digits(a.quantity.text)), len(written_digits(b.quantity.text))))
    if digits[0] < VOUCH_MIN_DIGITS_ROUNDER or digits[1] < digits_needed:
        return False
    from evaluation.consistency.readings import interval

    return _near_readings(interval(a.quantity.to_dict()), a.quantity.value).meets(
        _near_readings(interval(b.quantity.to_dict()), b.quantity.value))


#: An open bound ("more than $2.9bn") vouches only for figures this close to it.
VOUCH_BOUND_RATIO = 1.1


def _near_readings(readings, value: float):
    """The readings of a figure with an open side closed near its value: "more than $86m" meets any
    figure above it, but vouches only for one within ``VOUCH_BOUND_RATIO`` of it, not $51.2bn; "up to
    Rs 9.9 trillion" (readings from 0) only for one near Rs 9.9 trillion, not Rs 6.24 billion."""
    open_below = not math.isfinite(readings.lo) or (readings.lo == 0 and value > 0)
    lo = readings.lo if not open_below else min(value / VOUCH_BOUND_RATIO, value * VOUCH_BOUND_RATIO)
    hi = readings.hi if math.isfinite(readings.hi) else max(value / VOUCH_BOUND_RATIO, value * VOUCH_BOUND_RATIO)
    return type(readings)(lo, hi)


@lru_cache(maxsize=1)
def _stock_heads() -> frozenset:
    return frozenset(_singular(w) for w in _table()["stocks"]) | frozenset(_table()["stocks"])


#: Days two end dates of a stock's levels may differ and still name one date.
STOCK_DATE_SLACK_DAYS = 3


def stock_at_one_date(a: Claim, b: Claim, ma: Optional[Measure], mb: Optional[Measure]) -> bool:
    """Levels of a stock (``stocks`` of measures.json: reserves, debt, deposits) are taken at a
    date, the end of the period named: "reserves of $7.42 billion in October", "at the end of
    October" and "on 31 October" are one figure, as "in FY31" and "on June 30" are. Never a
    change (a fall in October is the month's flow)."""
    if a.change is not None or b.change is not None or ma is None or mb is None:
        return False
    if ma.head not in _stock_heads() or mb.head not in _stock_heads():
        return False
    da, db = _dates(a), _dates(b)
    return da is not None and db is not None and abs((da[1] - db[1]).days) <= STOCK_DATE_SLACK_DAYS


def series_key(claim: ClaimLike) -> Optional[tuple]:
    """(measure, subject, counterparty, kind, unit, change): one time series; None without a measure.
    ``change`` is None for a level and "change" for any change: a rise and a fall of one measure are
    values of one signed series (:func:`signed_value`)."""
    c = _claim(claim)
    m = measure(c.metric)
    if m is None:
        return None
    return (m.name, canonical_actor(c.subject), canonical_actor(c.counterparty), c.kind,
            c.quantity.unit, None if c.change is None else "change")


def sign(claim: ClaimLike) -> int:
    """-1 for a decrease, 1 otherwise: the sign a change's written magnitude takes as a signed figure."""
    return -1 if (claim.change if isinstance(claim, Claim) else claim.get("change")) == "decrease" else 1


def signed_value(claim: ClaimLike, value: Optional[float] = None) -> Optional[float]:
    """A claim's value as a signed figure: a change is one signed fact whatever words state it, so
    "the economy contracted 0.17%" (decrease, 0.17) is a growth of -0.17% and meets "GDP grew
    0.29%" (+0.29) as two values of one rate; a level or an increase keeps its value. ``value``
    (default: the claim's own) is read with the claim's sign."""
    if value is None:
        q = claim.quantity if isinstance(claim, Claim) else None
        value = q.value if q is not None else claim["quantity"]["value"]
    return None if value is None else sign(claim) * value


def fact_key(claim: ClaimLike) -> Optional[tuple]:
    """:func:`series_key` plus the period's dates: one fact; None without a measure or dated period."""
    key, dates = series_key(claim), _dates(_claim(claim))
    if key is None or dates is None:
        return None
    return (*key, dates[0].isoformat(), dates[1].isoformat())


def borrow_measures(claims: Iterable[Claim], texts: Optional[Mapping[str, str]] = None) -> list[Claim]:
    """A figure whose metric names no measure ("decline", "date", None: what an extractor leaves
    when it did not see the measure) takes the metric of the other figures of its sentence when
    they all name one measure and have its subject: in "textile exports fell 14.6 percent to $16.5
    billion from $19.3 billion" the percent is the textile exports' change. A sentence naming two
    measures ("exports rose 5% while imports fell 3%") lends nothing; a figure with a measure
    keeps its own. The borrowed metric is marked in ``extra["metric_from"]`` (the lender's id).

    texts (Mapping[str, str]): article id -> text. When no figure of a sentence names a measure,
        the metrics that other figures of the article name are looked up in the sentence's words
        before each figure: when they hold exactly one of those measures ("the imports narrowed by 16 per cent
        to $26.1 billion" in an article whose other figures name "imports" and "exports"), its
        figures take it (``extra["metric_from"]`` is then "text"). Defaults to None.
    """
    claims = list(claims)
    by_sentence: dict[tuple, list[int]] = {}
    for n, c in enumerate(claims):
        by_sentence.setdefault((c.article_id, c.sentence_start), []).append(n)
    out = list(claims)
    vocabulary: dict[str, dict[str, Measure]] = {}
    for c in claims:
        m = measure(c.metric)
        if m is not None and not m.status and not m.basis:
            vocabulary.setdefault(c.article_id, {})[split_marks(c.metric)[0].strip().lower()] = m
    heads = set(_table()["amounts"]) | set(_table()["heads"]) | {"inflation"}
    known: dict[str, Measure] = {}  # every article's amount measures, and the bare head nouns
    for c in claims:
        m = measure(c.metric)
        if m is not None and not m.status and not m.basis and m.head in heads:
            known.setdefault(split_marks(c.metric)[0].strip().lower(), m)
            known.setdefault(m.name, m)
    for word in heads:
        if measure(word) is not None:
            known.setdefault(word, measure(word))
    taxes = set(_table()["taxes"])
    for phrase, canonical in _table()["phrases"].items():
        if canonical in taxes:  # "integrated goods and services tax", "state GST": a tax's revenue
            known.setdefault(phrase, measure(phrase))
    for word in taxes:  # a tax named alone is its revenue: "IGST accounted for Rs 12 billion"
        known.setdefault(word, measure(word))
    for (article, _), members in by_sentence.items():
        named = [(n, measure(claims[n].metric)) for n in members]
        lenders = [(n, m) for n, m in named if m is not None]
        if not lenders and texts and texts.get(article):
            for n in members:
                c = claims[n]  # the measure is named before the figure: "imports narrowed by 16%"
                before = texts[article][c.sentence_start:c.quantity.start]
                metric = _measure_in_text(before, vocabulary.get(article, {}))
                if metric is not None and _after_figure(before, metric):
                    metric = None  # "settled R 45.8 billion to CGST and R 37.9 billion": the first figure's
                if metric is not None:
                    out[n] = replace(c, metric=_with_marks(metric, c.metric),
                                     extra={**(c.extra or {}), "metric_from": "text"})
            continue
        if not lenders or len(lenders) == len(named):
            continue
        first = lenders[0][1]
        if any(same_measure(first, m) is not True or same_measure(m, first) is not True
               for _, m in lenders[1:]):
            continue
        if len({_norm_actor(claims[n].subject) for n, _ in lenders}) != 1:
            continue
        lender = claims[lenders[0][0]]
        for n, m in named:
            c = claims[n]
            if m is not None or _norm_actor(c.subject) != _norm_actor(lender.subject):
                continue
            if lender.kind == "percent" and lender.change is None and c.kind != "percent":
                continue  # a share or rate ("12% of exports") names no amount of the sentence
            if lender.kind != c.kind and "percent" not in (lender.kind, c.kind):
                continue  # a count's measure is no amount's
            extra = dict(c.extra or {})
            extra["metric_from"] = lender.claim_id
            lent = _without_plans(lender.metric) if _before(c, lender) else lender.metric
            out[n] = replace(c, metric=_with_marks(lent, c.metric), extra=extra)
    for n, c in enumerate(out):
        own = vocabulary.get(c.article_id, {})
        if measure(c.metric) is None and texts and texts.get(c.article_id):
            # Still without a measure: the nearest measure named before the figure in its sentence.
            metric, source = _nearest_measure_in_text(texts[c.article_id][c.sentence_start:c.quantity.start],
                                                      known, own), "nearest"
        else:
            # "textile group": cut before its head noun
            metric, source = _completed_measure(c.metric, own, heads), "article"
        if metric is None and measure(c.metric) is None and not (texts and texts.get(c.article_id) and any(
                re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])",
                          texts[c.article_id][c.sentence_start:c.quantity.start].lower()) for p in known)):
            # its words before it name no measure ("Of the 1.87 trillion rupees collected"): the figure
            # it restates ("the imports narrowed to $80.0 million" may be total imports: left alone)
            metric, source = _repeated_measure(c, claims) or _restated_change(c, claims), "repeat"
        if metric is not None:
            out[n] = replace(c, metric=_with_marks(metric, c.metric), extra={**(c.extra or {}), "metric_from": source})
    out = _included_parts(out, texts)
    # a count names what it counts: "the 12 countries sharing the euro" never takes "economy"
    return [o if o.kind != "count" or o.metric == c.metric or _counts(o.quantity.unit, measure(o.metric)) else c
            for o, c in zip(out, claims)]


#: "R 12 billion, including R 9 billion collected on imports": the words between a figure and a
#: part of it that follows.
_INCLUDING = re.compile(r"^\s*[,(]?\s*(?:including|of\s+which|out\s+of\s+which)\s*$", re.I)
#: The part's own post-modifier right after it: a participle or preposition phrase up to a comma,
#: a bracket, "and" or the sentence end ("collected on import of goods").
_PART_TAIL = re.compile(r"^\s+((?:collected|generated|earned|paid|received|raised|spent|sent|coming|came|from|on|"
                        r"through|via)\b[^,;()\d]{1,60}?)\s*(?=[,;()]|\band\b|\.\s|\.?$)", re.I)


def _included_parts(claims: Sequence[Claim], texts: Optional[Mapping[str, str]]) -> list[Claim]:
    """A figure without measure that a figure of its sentence includes, named by the words right after
    it: "IGST accounted for R 12 billion, including R 9 billion collected on import of goods" is
    IGST collected on imports (the container's measure with the part's post-modifier), marked
    ``extra["metric_from"] = "included"``. Only when the container has a measure, the same kind and
    unit, and the post-modifier makes another measure than the container's ("remittances of $2
    billion, including $600 million from abroad" names no other measure: left alone)."""
    if not texts:
        return list(claims)
    by_sentence: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.article_id, c.sentence_start), []).append(c)
    out = []
    for c in claims:
        text = texts.get(c.article_id)
        if text is None or measure(c.metric) is not None:
            out.append(c)
            continue
        containers = [d for d in by_sentence[(c.article_id, c.sentence_start)]
                      if d.quantity.end <= c.quantity.start and (d.kind, d.quantity.unit) == (c.kind, c.quantity.unit)
                      and _INCLUDING.match(text[d.quantity.end:c.quantity.start])]
        tail = _PART_TAIL.match(text[c.quantity.end:c.sentence_end])
        whole = measure(containers[0].metric) if containers else None
        if whole is None or not tail:
            out.append(c)
            continue
        metric = f"{split_marks(containers[0].metric)[0]} {tail.group(1).strip()}"
        part = measure(metric)
        if part is None or same_measure(part, whole):
            out.append(c)
            continue
        out.append(replace(c, metric=_with_marks(metric, containers[0].metric),
                           extra={**(c.extra or {}), "metric_from": "included"}))
    return out


@lru_cache(maxsize=1)
def _measure_units() -> frozenset:
    """The extractor's units of measure (``count.measure_units``: tonne, barrel, litre, ...)."""
    return frozenset(_singular(w) for w in lexicons.words("count.measure_units")) | {"tonne", "ton"}


#: Count units that name no kind of thing (a person may be a worker, a tourist, the population; a
#: "mark" or "figure" is the number's own word): any borrowed measure may be what they count.
_GENERIC_COUNT_UNITS = {"person", "people", "other", "figure", "unit", "number", "mark", "time", "level"}


def _counts(unit: Optional[str], m: Optional[Measure]) -> bool:
    """May a count of ``unit`` ("country") be a figure of measure ``m``: the unit is generic, or the
    measure's head or a modifier is the unit ("tourist arrivals" for "tourist")."""
    if m is None or not unit:
        return True
    u = _singular(unit.lower().split()[-1])
    if u in _measure_units():
        return True  # "14.27 million tonnes" of crops: a unit of measure, not a thing counted
    words = {_singular(w) for w in (m.head, *m.modifiers)}
    words |= {table_head for w in list(words) if (table_head := _table()["heads"].get(w))}
    return u in _GENERIC_COUNT_UNITS or u in words or _table()["heads"].get(u, u) in words


def _before(c: Claim, other: Claim) -> bool:
    """``c``'s period ends before ``other``'s begins (both dated)."""
    return bool(c.period and other.period and c.period.end and other.period.start
                and c.period.end < other.period.start)


def _without_plans(metric: str) -> str:
    """A metric without its bracketed plan marks: what a forecast's sentence lends to the figure of
    an earlier period beside it ("expects remittances of $6.5 billion this year, up from $5.97
    billion in 2023": the 2023 figure is the outcome the forecast grows from, not a forecast)."""
    vintages = _table()["_vintages"]

    def keep(mark: re.Match) -> str:
        words = mark.group(1).strip().lower()
        plan = words not in vintages and set(re.split(r"[\s,]+", words)) & STATUS_MARKS
        return "" if plan else mark.group(0)
    return " ".join(re.sub(r"\(([^)]*)\)", keep, metric).split())


def _with_marks(borrowed: str, own: Optional[str]) -> str:
    """A borrowed metric with the bracketed marks of the claim's own metric that it lacks, and its
    plan words as marks: "slight reduction (forecast)" taking "export earnings" is "export earnings
    (forecast)", "the ministry's target" taking "exports" is "exports (target)": a plan still."""
    have = {m.strip().lower() for m in re.findall(r"\(([^)]*)\)", borrowed or "")}
    marks = [m.strip() for m in re.findall(r"\(([^)]*)\)", own or "") if m.strip().lower() not in have]
    # a plan word written in the metric itself ("projection", "target"): the figure is a plan still
    bare = re.sub(r"\([^)]*\)", " ", own or "").lower()
    words = {w for w in re.findall(r"[a-z]+", bare) if w in STATUS_WORDS}
    marks += [{"targets": "target", "projections": "projection"}.get(w, w) for w in sorted(words)
              if w not in have and w not in re.findall(r"[a-z]+", (borrowed or "").lower())]
    return " ".join([borrowed, *(f"({m})" for m in marks)]) if marks else borrowed


_TIME_MENTION = re.compile(r"\b(?:year|years|month|months|quarter|week|fiscal|fy|last|previous|preceding|ago|"
                           r"year-ago|earlier|same)\b", re.I)


def compared_measures(claims: Iterable[Claim], texts: Optional[Mapping[str, str]] = None) -> list[Claim]:
    """A figure of a bare head measure ("revenues") compared across "than" with a fuller measure of
    that head on the other side, in another period: "The revenues for April are 12 per cent higher
    than the VAT revenues in the same month last year" is VAT revenue's rise; "VAT collection in
    April is a record, R 19 billion more than the next highest collection of R 1.6 trillion, in
    April last year" is VAT revenue's figure. The comparison is one measure over time, so the bare
    head takes the fuller phrase. Only when the sentence has one "than", the other side names a
    period word and exactly one fuller measure of the article (or a tax), and holds no figure of the
    same kind, unit and change (then two measures' figures are compared: "remittances rose 10%,
    more than the 5% of export remittances last year"). The claim is marked
    ``extra["metric_from"] = "compared"``."""
    claims = list(claims)
    if not texts:
        return claims
    phrases: dict[str, dict[str, Measure]] = {}
    for c in claims:
        m = measure(c.metric)
        if m is not None and not m.status and not m.basis:
            phrases.setdefault(c.article_id, {})[split_marks(c.metric)[0].strip().lower()] = m
    taxes = {w: measure(w) for w in _table()["taxes"]}
    taxes.update({p: measure(p) for p, canonical in _table()["phrases"].items() if canonical in _table()["taxes"]})
    by_sentence: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.article_id, c.sentence_start), []).append(c)
    out = []
    for c in claims:
        m = measure(c.metric)
        text = texts.get(c.article_id)
        if (m is None or m.modifiers or m.marks or m.status or m.basis or not text
                or (c.extra or {}).get("metric_from")):
            out.append(c)
            continue
        sentence = text[c.sentence_start:c.sentence_end].replace("\u2019", "'")
        pos = c.quantity.start - c.sentence_start
        thans = [h.start() for h in re.finditer(r"\bthan\b", sentence, re.I)]
        if len(thans) != 1:
            out.append(c)
            continue
        t = thans[0]
        lo, hi = (t + 4, len(sentence)) if pos < t else (0, t)
        other = sentence[lo:hi]
        rivals = [d for d in by_sentence[(c.article_id, c.sentence_start)] if d is not c
                  and lo <= d.quantity.start - c.sentence_start < hi
                  and (d.kind, d.quantity.unit, d.change) == (c.kind, c.quantity.unit, c.change)]
        if rivals or not (_TIME_MENTION.search(other) or _DATE_NUMBERS.search(other.lower())):
            out.append(c)
            continue
        low = other.lower()
        found = []
        for phrase, k in {**taxes, **phrases.get(c.article_id, {})}.items():
            if k is None or not phrase:
                continue
            for hit in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low):
                found.append((hit.start(), hit.end(), phrase, k))
        found = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0]
                                             for g in found)]
        fuller = {k.name: phrase for _, _, phrase, k in found
                  if k.head == m.head and not k.status and set(m.modifiers) < set(k.modifiers)}
        if len(fuller) != 1:
            out.append(c)
            continue
        out.append(replace(c, metric=next(iter(fuller.values())), extra={**(c.extra or {}), "metric_from": "compared"}))
    return out


#: A restated amount must have this many significant digits to be read as the same figure.
REPEAT_DIGITS = 3


def _repeated_measure(c: Claim, claims: Sequence[Claim]) -> Optional[str]:
    """The metric of the figure a figure without measure restates: an amount (money or count, no
    change) of its own article with the same written value of at least ``REPEAT_DIGITS`` significant
    digits, kind, unit, subject and dated period ("India collected 1.87 trillion rupees as gross GST
    revenue in April ... Of the 1.87 trillion rupees collected, ..."). None when the repeats name no
    measure or two measures, or the figure is a change or percent. Used only when the figure's own
    words name no measure phrase (:func:`borrow_measures`)."""
    if c.kind not in ("money", "count") or c.change is not None or _digits(c.quantity.text) < REPEAT_DIGITS:
        return None
    same = [d for d in claims if d.article_id == c.article_id and d.claim_id != c.claim_id
            and d.kind == c.kind and d.change is None and d.quantity.unit == c.quantity.unit
            and d.quantity.value == c.quantity.value and measure(d.metric) is not None
            and _norm_actor(d.subject) == _norm_actor(c.subject) and _dates(d) is not None
            and _dates(d) == _dates(c)]
    if not same or any(not (same_measure(measure(d.metric), measure(same[0].metric))
                            and same_measure(measure(same[0].metric), measure(d.metric))) for d in same[1:]):
        return None
    return same[0].metric


def _restated_change(c: Claim, claims: Sequence[Claim]) -> Optional[str]:
    """The metric of the percent change that a percent change without measure restates in other
    articles: same written value with ``REPEAT_DIGITS`` significant digits not counting trailing
    zeros ("2.75 per cent", never "10.0 per cent"), unit, direction, subject and dated period, and
    one measure named by all of them ("it stood at 2.75 per cent finally" and another page's
    "remittances rose 2.75 percent in FY23"). None otherwise, and for a change of its own article
    (two measures of one page often move alike). A conflict resting on it is never decided."""
    if c.kind != "percent" or c.change is None or not c.subject or _dates(c) is None:
        return None
    if len(_significant(c.quantity.value)) < REPEAT_DIGITS:
        return None
    same = [d for d in claims if d.article_id != c.article_id and d.kind == c.kind and d.change == c.change
            and d.quantity.unit == c.quantity.unit and d.quantity.value == c.quantity.value
            and measure(d.metric) is not None and not measure(d.metric).status
            and _norm_actor(d.subject) == _norm_actor(c.subject) and _dates(d) == _dates(c)]
    if not same or any(not (same_measure(measure(d.metric), measure(same[0].metric))
                            and same_measure(measure(same[0].metric), measure(d.metric))) for d in same[1:]):
        return None
    return same[0].metric


def _significant(value: float) -> str:
    """The significant digits of a value, without leading or trailing zeros (2.75 -> "275", 10.0 -> "1")."""
    return f"{abs(value):.6f}".replace(".", "").strip("0")


def _digits(text: str) -> int:
    """Significant digits of the first number written in ``text`` ("Rs 1,87,035 crore": 6)."""
    hit = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return len(hit.group().replace(",", "").replace(".", "").lstrip("0")) if hit else 0


def one_official_figure(a: Claim, b: Claim, digits: int) -> bool:
    """Two articles' exact levels (amounts or counts) written with the same ``digits`` or more
    significant digits, in one currency, for one subject and counterparty: one official figure,
    whatever the two measures and count units say ("36,928 Nepali workers receiving first-time
    approvals" and "36,928 Nepalese obtained final work permits")."""
    if digits <= 0 or a.article_id == b.article_id or a.kind != b.kind or a.kind not in ("money", "count"):
        return False
    if a.change or b.change or a.quantity.qualifier != "exact" or b.quantity.qualifier != "exact":
        return False
    if a.kind == "money" and a.quantity.unit != b.quantity.unit:
        return False
    written = written_digits(a.quantity.text)
    if len(written) < digits or written != written_digits(b.quantity.text):
        return False
    if actors_meet(a.subject, b.subject) is not True or (a.counterparty is None) != (b.counterparty is None):
        return False
    return a.counterparty is None or actors_meet(a.counterparty, b.counterparty) is not False


def written_digits(text: str) -> str:
    """The significant digits a figure is written with: "36,928" 36928, "40,000" 4 (a round
    figure: trailing zeros of a whole number say nothing), "18.0" 180."""
    match = re.search(r"\d[\d,]*(?:\.\s*\d+)?", text or "")
    if not match:
        return ""
    digits = re.sub(r"\D", "", match.group()).lstrip("0")
    return digits if "." in match.group() else digits.rstrip("0")


def _completed_measure(metric: str, vocabulary: Mapping[str, Measure], heads: set) -> Optional[str]:
    """A metric cut before its head noun ("the textile group registered 11.47 per cent growth":
    "textile group") whose words are the modifiers of exactly one measure its article names
    ("textile group exports"): that measure. None when its head is a measure noun, or when no
    measure or two measures of the article fit."""
    m = measure(metric)
    if m is None or m.head in heads or m.status:
        return None
    words = set(m.modifiers) | {m.head}
    fits = {k.name: phrase for phrase, k in vocabulary.items()
            if k.head in heads and set(k.modifiers) == words and k.marks == m.marks}
    if len(fits) != 1:
        return None
    return next(iter(fits.values())) + "".join(f" ({b})" for b in sorted(m.basis))  # "(month-on-month)" kept


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    """Words that end a measure's noun phrase on its left: function words and the extractor's
    verb and determiner lists (``extractor/data/words.json``)."""

    words = {"and", "or", "while", "whereas", "but", "as", "with", "also", "however", "that", "which", "on", "at",
             "during", "in", "of", "for", "to", "from", "by", "the", "a", "an", "was", "were", "is", "are", "has",
             "have", "had", "been", "be", "whose", "where", "when", "than", "against", "compared", "said", "its",
             "their", "this", "these", "those", "per", "cent", "percent", "respectively", "both", "stood",
             "reached", "recorded", "registered", "totalled", "totaled", "amounted", "posted", "witnessed", "saw"}
    for key in ("anaphora.determiners", "change.increase_verbs", "change.decrease_verbs", "change.increase_nouns",
                "change.decrease_nouns", "source.reporting_verbs", "change.level_cues"):
        words |= {w for w in lexicons.words(key) if " " not in w}
    return frozenset(words | _TIME_WORDS)


_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
#: Numbers that write a date or a period, not a figure: "2023", "2022-23", "FY24", "Q1", "H2",
#: "April 20", "20 April".
_DATE_NUMBERS = re.compile(rf"(?<![\w.,$€£₹-])(?:(?:19|20)\d{{2}}(?:\s*[-/–]\s*(?:19|20)?\d{{2}})?|fy\s*'?\d{{2,4}}"
                           rf"(?:\s*[-/–]\s*\d{{2,4}})?|[qh][1-4]|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
                           rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS})(?![\w%]|[.,]\d)")


#: A phrase right after a figure and a preposition is that figure's post-modifier ("R 45.8
#: billion to CGST"), never the measure of a figure after it.
_AFTER_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:%|per\s*cent|percent|pc|[a-z]*illion|bn|mn|crore|lakh|"
                           r"trillion)?\s+(?:to|for|from|into|towards)\s+(?:the\s+)?$")


def _after_figure(before: str, phrase: str) -> bool:
    """Every use of ``phrase`` in ``before`` follows a figure and a preposition (``_AFTER_FIGURE``)."""
    low = before.lower().replace("\u2019", "'")
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(phrase.lower())}(?![\w-])", low))
    return bool(hits) and all(_AFTER_FIGURE.search(_DATE_NUMBERS.sub(" ", low[:h.start()])) for h in hits)


def _nearest_measure_in_text(before: str, known: Mapping[str, Measure],
                             own: Mapping[str, Measure] = {}) -> Optional[str]:
    """The measure phrase of ``known`` named last in ``before`` (a sentence up to a figure), as whole
    words: "exports rose 5% while imports fell 3%" gives "imports" for the 3%. None when none is
    named, when the last one is joined to another ("imports and exports fell 3%": which one?), or
    when a word before it may modify it and no known measure has that modifier ("cotton exports"
    when only "exports" is known: another measure, never guessed as "exports"), or when it is a
    bare head noun and the article names a narrower measure with that head ("the imports" in an
    article about "tin imports" may mean them). ``own``: the article's measures."""
    low = before.lower().replace("\u2019", "'")
    found = []
    for phrase, m in known.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low):
            found.append((hit.start(), hit.end(), phrase, m))
    found = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found)]
    if not found:
        return None
    found.sort(key=lambda f: (f[1], f[0]))
    start, end, phrase, m = found[-1]
    if re.search(r"\d", _DATE_NUMBERS.sub(" ", low[end:])):
        return None  # another figure stands between: the phrase is that figure's (a year or a date is none)
    if _AFTER_FIGURE.search(_DATE_NUMBERS.sub(" ", low[:start])):
        return None  # "settled R 45.8 billion to CGST and R 37.9 billion": "to CGST" is the first figure's
    if not m.modifiers and any(k.head == m.head and k.modifiers for k in own.values()):
        return None
    if len(found) > 1:
        p_start, p_end, _, pm = found[-2]
        if re.fullmatch(r"\s*(?:,|and|or|&|as well as)\s*", low[p_end:start]) and not (
                same_measure(pm, m) and same_measure(m, pm)):
            return None
    # a mark before another measure's phrase is that measure's: "the gross GST revenue ..., of which
    # CGST is Rs 38 crore, IGST is Rs 89 crore": "gross" is not IGST's
    other = [f[1] for f in found[:-1] if not (same_measure(f[3], m) and same_measure(m, f[3]))]
    since = max(other, default=0)
    if any(re.search(rf"(?<![\w-]){re.escape(mark)}(?![\w-])", low[since:]) and mark not in m.marks
           for mark in _table()["_exclusive"]):
        return None  # "nominal GDP or GDP at current prices ... 8%": a mark the phrase lacks is near
    of = re.match(r"\s+of\s+((?:the\s+)?[a-z][a-z'\-]*(?:\s+(?:and\s+)?[a-z][a-z'\-]*){0,3})", low[end:])
    if of and of.group(1).split()[0] not in _stop_words():
        # "exports of textiles and clothing": the post-modifier makes another measure, known or not
        words_of = of.group(1).split()
        other = False
        for k in range(len(words_of), 0, -1):
            wider = measure(f"{phrase} of {' '.join(words_of[:k])}")
            if wider is None or wider == m:
                continue  # "exports of Pakistan": a place, the same measure
            if any(same_measure(wider, x) and same_measure(x, wider) for x in known.values()):
                return f"{phrase} of {' '.join(words_of[:k])}"
            other = True
        if other:
            return None
    words = re.findall(r"[a-z][a-z'\-]*|[^\sa-z]", low[:start])
    left = []
    for w in reversed(words[-2:]):
        if not re.fullmatch(r"[a-z][a-z'\-]*", w) or w in _stop_words() or w.endswith("'s") or w.endswith("s'"):
            break  # a possessive ("Ruritania's", "the country's") names the owner, not the measure
        left.insert(0, w)
    while left:
        wider = measure(" ".join(left) + " " + phrase)
        if wider == m or any(same_measure(wider, k) and same_measure(k, wider) for k in known.values()):
            return " ".join(left) + " " + phrase
        left = left[1:]
        if not left:
            return None
    return phrase


def _norm_actor(name: Optional[str]) -> str:
    return (name or "").strip().lower()


_NEGATIVE_GROWTH = re.compile(r"\b(negative\s+growth|contraction|contracted|shrinkage)\b", re.I)


_FLIPPED_QUALIFIER = {"more_than": "less_than", "less_than": "more_than", "at_least": "at_most", "at_most": "at_least"}


def signed_by_value(c: Claim) -> Claim:
    """A change stated with a negative value is the opposite change of its size: "growth of -3.1
    per cent" (increase, -3.1) is a 3.1 per cent decrease, the fact "fell 3.1 per cent" states
    ("more than -2%" a decrease of less than 2%; a range -7 to -5 a decrease of 5 to 7). Any other
    claim (a level, a change of zero or of both signs) is returned as it is, and so is a figure
    named as one vintage ("GDP growth (revised)" of -0.2 per cent): its other vintages may have
    the other sign ("revised to -0.2 percent from 0.3 percent"), and they compare as one signed
    rate."""
    q = c.quantity
    if c.change not in ("increase", "decrease") or q.value >= 0 or (q.value_max is not None and q.value_max > 0):
        return c
    if vintages(c.metric):
        return c
    low, high = (-q.value_max, -q.value) if q.value_max is not None else (-q.value, None)
    quantity = replace(q, value=low, value_max=high, qualifier=_FLIPPED_QUALIFIER.get(q.qualifier, q.qualifier))
    return c.with_fields(quantity=quantity, change="decrease" if c.change == "increase" else "increase",
                         extra={**(c.extra or {}), "sign_from": "value"})


#: Words a count's metric may be that name no measure ("78,460 units" of cars).
_GENERIC_COUNT_WORDS = frozenset({"unit", "units", "number", "numbers", "nos", "piece", "pieces"})


def unit_spelled(c: Claim) -> Claim:
    """A count's unit in the one spelling of ``unit_spellings`` (measures.json): "1.2 million tons" and
    "1.2 million tonnes" count one unit."""
    unit = (c.quantity.unit or "").lower()
    spelled = _table()["unit_spellings"].get(unit) if c.kind == "count" else None
    return c.with_fields(quantity=replace(c.quantity, unit=spelled)) if spelled else c


def completed_by_unit(c: Claim) -> Claim:
    """A count whose metric is cut before the noun its unit names ("81 million e-way bills": metric
    "e-way", unit "e-way bill"), or is a generic count word ("78,460 units", unit "car"), measures
    the unit's things: the metric becomes the unit phrase in the plural ("e-way bills", "cars"),
    marked ``extra["metric_from"] = "unit"``. Only when the metric's words are the unit's first
    words and fewer, or generic; any other claim is returned as it is."""
    if c.kind != "count" or not c.metric or not c.quantity.unit or (c.extra or {}).get("metric_from"):
        return c
    bare, status, basis = split_marks(c.metric)
    words, unit = bare.split(), c.quantity.unit.lower().split()
    generic = bool(words) and set(words) <= _GENERIC_COUNT_WORDS and unit[-1] not in _GENERIC_COUNT_WORDS
    if not generic and (not words or len(words) >= len(unit) or unit[:len(words)] != words):
        return c
    plural = " ".join(unit[:-1] + [unit[-1] + ("es" if unit[-1].endswith(("s", "x", "ch", "sh")) else "s")])
    marks = "".join(f" ({m})" for m in re.findall(r"\(([^)]*)\)", c.metric))
    return c.with_fields(metric=plural + marks, extra={**(c.extra or {}), "metric_from": "unit"})


def signed_by_words(c: Claim) -> Claim:
    """A percent marked as an increase whose metric says the opposite ("negative growth of 31.9
    per cent", "a contraction of 2%") is a decrease; any other claim is returned as it is."""
    if c.kind == "percent" and c.change == "increase" and c.metric and _NEGATIVE_GROWTH.search(c.metric):
        return c.with_fields(change="decrease")
    return c


@lru_cache(maxsize=1)
def _change_words() -> dict:
    """The extractor's change cue words (``extractor/data/words.json``): verbs and nouns by direction,
    and a pattern for each place a cue sits next to a percent."""

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    more = _table()["change_words"]
    up_v, down_v = change_verbs()
    up_v, down_v = up_v + [w for w in more["increase"] if " " in w], down_v + [w for w in more["decrease"] if " " in w]
    up_n = lexicons.words("change.increase_nouns") + [w for w in more["increase"] if " " in w]
    down_n = lexicons.words("change.decrease_nouns") + [w for w in more["decrease"] if " " in w]
    quals = [w for k in ("qualifier.approx", "qualifier.more_than", "qualifier.less_than", "qualifier.at_most",
                         "qualifier.at_least") for w in lexicons.words(k)]
    # "up", "down", "higher", "lower" alone only after a form of "be" ("was up 5%"; "made up 12
    # percent of exports" is a share)
    bare = {"up", "down", "higher", "lower"}
    up_v, down_v = [w for w in up_v if w not in bare], [w for w in down_v if w not in bare]
    be = r"(?:is|was|were|are|been|be)\s+"
    before = re.compile(rf"(?:\b(?P<up>{alt(up_v + up_n)})|\b(?P<down>{alt(down_v + down_n)})|"
                        rf"\b{be}(?P<up2>up|higher)|\b{be}(?P<down2>down|lower))"
                        rf"(?:\s+(?:by|of))?(?:\s+(?:{alt(quals)}))?\s*$", re.I)
    after = re.compile(rf"^\s*(?:(?P<up>{alt(up_n)})|(?P<down>{alt(down_n)}))\b", re.I)
    tail = re.compile(rf"\s*\b(?:(?P<up>{alt(up_n)})|(?P<down>{alt(down_n)}))(?:\s+rate)?\s*$", re.I)
    return {"before": before, "after": after, "tail": tail}


def change_verbs() -> tuple[list[str], list[str]]:
    """(increase verbs, decrease verbs): the extractor's lists (``extractor/data/words.json``) and the
    ones they lack (``change_words`` of ``evaluation/data/measures.json``: "narrowed", "doubled")."""

    more = _table()["change_words"]
    return (lexicons.words("change.increase_verbs") + [w for w in more["increase"] if " " not in w],
            lexicons.words("change.decrease_verbs") + [w for w in more["decrease"] if " " not in w])


#: Words before a percent that make it a share or ratio, not a growth: "its share of GDP at 18%".
_SHARE_NEAR = re.compile(r"\b(?:share|shares|ratio|contribut\w*|accounts?\s+for|accounted\s+for|of\s+gdp|of\s+the\s+gdp)\b",
                         re.I)
#: Rates and indices: "inflation rose 11.8%" states a level of the rate, not a change.
_RATE_HEADS = {"inflation", "rate", "index", "cpi", "unemployment", "yield", "share", "ratio", "margin"}


def adds_up_over_time(m: Measure) -> bool:
    """Whether a measure's figures for sub-periods add up to the whole period's: flows do
    (exports, remittances, sales); averages, prices, rates, indices and stocks do not ("the average
    house price was £190,000 in October and £189,000 in November" says nothing of a two-month sum).
    Words of ``not_additive``, singular, anywhere in the measure."""
    words = {_singular(w) for w in (m.head, *m.modifiers, *m.marks)}
    return not words & set(_table()["not_additive"])


def changed_by_words(c: Claim, text: Optional[str] = None) -> Claim:
    """A percent whose claim marks no change but whose words do: the metric ends in a change noun
    ("GDP growth", "export growth": the measure's change, metric without the noun), or the words
    right next to the figure are a change cue of the extractor's word lists ("declined by 30.04
    per cent", "a decline of 5%", "13.8 per cent growth"). The claim keeps the old change in
    ``extra["change_from"]``. Rates and indices (inflation, interest rates, shares) are left as
    they are: "inflation rose 11.8%" is a level of the rate. Any other claim is returned as it is."""
    if c.kind != "percent" or c.change is not None or c.quantity.unit != "%":
        return c
    cues = _change_words()
    bare, status, basis = split_marks(c.metric)
    match = cues["tail"].search(bare) if bare else None
    if match:
        rest = bare[:match.start()].strip()
        negative = re.search(r"\bnegative\s*$", rest) is not None
        rest = re.sub(r"\bnegative\s*$", "", rest).strip()
        m = measure(rest)
        if m is not None and m.head in _RATE_HEADS:
            return c
        marks = "".join(f" ({x})" for x in sorted(status | basis))
        return c.with_fields(change="increase" if match.group("up") and not negative else "decrease",
                             metric=(rest + marks) if rest else None,
                             extra={**(c.extra or {}), "change_from": "metric"})
    if text is None:
        return c
    m = measure(c.metric)
    if m is not None and m.head in _table()["growth_heads"] and not m.modifiers and c.quantity.value > 0 \
            and not _SHARE_NEAR.search(text[max(c.sentence_start, c.quantity.start - 40):c.quantity.start]) \
            and not re.match(r"[\s,]*(?:of|share)\b", text[c.quantity.end:c.sentence_end], re.I):
        # "The GDP, at 7.8 per cent in Q1": GDP is stated as a percent only as its growth (never
        # "debt at 70 per cent of GDP", "the sector's share of GDP at 18 per cent")
        return c.with_fields(change="increase", extra={**(c.extra or {}), "change_from": "growth_head"})
    if m is not None and (m.head in _RATE_HEADS or m.modifiers and set(m.modifiers) & _RATE_HEADS):
        return c
    before = text[max(c.sentence_start, c.quantity.start - 40):c.quantity.start]
    after = text[c.quantity.end:min(c.sentence_end, c.quantity.end + 20)]
    match = cues["before"].search(before) or cues["after"].search(after)
    if not match:
        return c
    up = match.group("up") or (match.groupdict().get("up2"))
    return c.with_fields(change="increase" if up else "decrease",
                         extra={**(c.extra or {}), "change_from": "text"})


@lru_cache(maxsize=1)
def _basis_words() -> list:
    """(pattern, basis) for each phrase of ``basis_words`` (``evaluation/data/measures.json``)."""
    out = []
    for basis, phrases in _table()["basis_words"].items():
        for phrase in phrases:
            out.append((re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.I), basis))
    return out


def based_by_words(c: Claim, text: Optional[str] = None) -> Claim:
    """A percent change without a basis mark whose sentence states one: the basis phrase nearest
    before the figure in its sentence ("On a monthly basis, exports fell by 5.7%"), or one right
    after it ("fell 1.6% month-on-month"), of ``basis_words``. A year-on-year phrase nearer than
    another keeps the default basis. The claim keeps ``extra["basis_from"] = "text"``. Any other
    claim is returned as it is."""
    if text is None or c.kind != "percent" or c.change not in ("increase", "decrease"):
        return c
    _, status, basis = split_marks(c.metric)
    if basis or re.search(r"\((?:year-on-year|year on year|yoy|y/y|annual)\)", c.metric or "", re.I):
        return c
    before = text[c.sentence_start:c.quantity.start]
    after = text[c.quantity.end:min(c.sentence_end, c.quantity.end + 25)]
    found = None
    for pattern, name in _basis_words():
        hit = pattern.match(after.lstrip(" ,(")) if after.lstrip(" ,(") else None
        if hit:
            found = (10 ** 6, name)  # right after the figure: its own
            break
        for m in pattern.finditer(before):
            if found is None or m.end() > found[0]:
                found = (m.end(), name)
    if found is None or found[1] == "year-on-year":
        return c
    return c.with_fields(metric=f"{c.metric or ''} ({found[1]})".strip(),
                         extra={**(c.extra or {}), "basis_from": "text"})


def narrowed_by_words(c: Claim, text: Optional[str] = None) -> Claim:
    """A metric its sentence narrows: the metric's words stand before the figure followed by "for
    the X" or "of X" that the metric lacks ("Inflation for the food basket was at 4.49 percent",
    metric "Inflation"): the figure may be the narrower measure's, so the claim is marked
    ``extra["metric_from"] = "narrowed"`` (a conflict resting on it is not decided). Periods,
    places and function words after "for"/"of" narrow nothing ("inflation for June", "exports of
    Pakistan"). Any other claim is returned as it is."""
    if text is None or not c.metric or (c.extra or {}).get("metric_from"):
        return c
    bare = split_marks(c.metric)[0].strip()
    if not bare:
        return c
    sentence = text[c.sentence_start:c.quantity.start].replace("\u2019", "'")
    if _traded_goods(c, sentence):
        return c.with_fields(extra={**(c.extra or {}), "metric_from": "narrowed"})
    hit = re.search(rf"(?<![\w-]){re.escape(bare)}\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][A-Za-z\-]*)",
                    sentence, re.I)
    if not hit or hit.group(1)[0].isupper():
        return c  # "the trade deficit of Ruritania": a name is the subject's, not a narrower measure
    word = hit.group(1).lower()
    if word in _TIME_WORDS or word in _aliases() or word in _stop_words() or word in bare.split() \
            or _PERIOD_LABEL.fullmatch(word) or word in {"country", "nation", "economy", "period", "government"}:
        return c
    return c.with_fields(extra={**(c.extra or {}), "metric_from": "narrowed"})


#: "exported cement and clinker worth Rs 148 million": the goods named between a trade verb and
#: the figure ("worth", "valued at", "amounting to").
_TRADED = re.compile(r"\b(?:exported|imported|exporting|importing|exports?\s+of|imports?\s+of|shipped)\s+"
                     r"(?P<goods>[A-Za-z][\w ,&'\-]{0,60}?)\s+(?:worth|valued\s+at|amounting\s+to)\s*$", re.I)
#: Words that name all goods, not a kind of them: "exported goods worth $2 billion" is all exports.
_ALL_GOODS = {"goods", "good", "products", "product", "commodities", "commodity", "items", "item", "merchandise",
              "things", "worth"}


def _traded_goods(c: Claim, before: str) -> bool:
    """A bare exports or imports figure whose words name the goods traded ("the country exported
    cement and clinker worth Rs 148 million"): the figure is those goods' trade, a part of the
    total its metric names. "exported goods worth $2 billion" names all goods: not narrowed."""
    m = measure(c.metric)
    if m is None or m.head not in ("exports", "imports") or m.modifiers or m.marks:
        return False
    hit = _TRADED.search(before)
    if not hit:
        return False
    words = [w for w in re.findall(r"[a-z][a-z'\-]*", hit.group("goods").lower())
             if w not in _stop_words() and w not in _table()["_fillers"] and w not in _aliases()]
    return any(w not in _ALL_GOODS for w in words)


@lru_cache(maxsize=1)
def _plan_before() -> "re.Pattern":
    words = sorted(_table()["plan_words"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b[^\d.;]{{0,60}}$", re.I)


def planned_by_words(c: Claim, text: Optional[str] = None) -> Claim:
    """A figure without plan status whose words right before it (no other figure between, at most
    60 characters) are a plan word of ``plan_words``: "the ministry projected inflation to hover
    between 13.5 pc and 14.5 pc" is a projection, never an outcome. The claim keeps
    ``extra["status_from"] = "text"``. Any other claim is returned as it is."""
    if text is None or c.metric is None and c.kind not in ("percent", "money", "count"):
        return c
    _, status, _ = split_marks(c.metric)
    m = measure(c.metric)
    if status or (m is not None and m.status):
        return c
    before = text[max(c.sentence_start, c.quantity.start - 80):c.quantity.start]
    if not _plan_before().search(before):
        return c
    return c.with_fields(metric=f"{c.metric or ''} (projected)".strip(),
                         extra={**(c.extra or {}), "status_from": "text"})


def _measure_in_text(sentence: str, vocabulary: Mapping[str, Measure]) -> Optional[str]:
    """The one measure of ``vocabulary`` (metric phrase -> measure) whose phrase the sentence
    holds as whole words; None when it holds none, or two measures (a phrase inside a longer
    phrase found with it counts once: "exports" inside "services exports")."""
    low = sentence.lower()
    found = [(p, m) for p, m in vocabulary.items()
             if p and re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low)]
    found = [(p, m) for p, m in found if not any(p != q and p in q for q, _ in found)]
    if not found:
        return None
    first = found[0][1]
    if any(same_measure(first, m) is not True or same_measure(m, first) is not True for _, m in found[1:]):
        return None
    return found[0][0]
