"""The same annotations as spaCy's own components, in less time.

Measured on the numeric parts of 500 BBC business articles (CPU seconds), these three
cost a fifth of the extraction and none of them changes a single token attribute:

- ``attribute_ruler`` (3.0 s → 0.7 s): spaCy runs a Matcher of 179 rules over every
  token, although 170 of them test one token for equal (or listed) TAG, LOWER, DEP or
  IS_SPACE values. Those become dictionary look-ups on the token's attribute ids; the
  rest (several tokens, REGEX) stay in a small Matcher. The matches, sorted as spaCy
  sorts them, go to the ruler's own ``set_annotations``.
- ``lemmatizer`` (1.7 s → 0.2 s): spaCy caches a rule lemma by (word, POS, morphology)
  only when the word is not a base form; a base form is worked out again each time. The
  lemma depends on nothing else, so every result is cached.
- quantulum3 (2.6 s → 0.2 s, once per process): it imports ``inflect``, whose
  ``@typechecked`` decorators recompile every function at import time; quantulum3's
  spelled-out numbers never call ``inflect``, so the import runs without the
  instrumentation (see :func:`import_quantulum_parser`).

``tests/test_speedups.py`` compares every token attribute with spaCy's components.
"""
from __future__ import annotations

import itertools
import re
import warnings
from typing import Optional

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer

# The token attributes a rule may test with a look-up: column in to_array, attribute id.
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
LEMMA_CACHE_LIMIT = ROW_CACHE_LIMIT = 200_000  # entries; cleared when full, so memory stays bounded


def speed_up(nlp: Language) -> Language:
    """Swap in the faster matching and lemma look-up on ``nlp``'s spaCy components, in place."""
    for name, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            component.match = FastAttributeMatch(component)
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = CachedLemmas(component)
            component.pipe = FastLemmaPipe(component)
    return nlp


def _lookup_plan(pattern: list) -> Optional[tuple]:
    """(keys, allowed values per key, excluded values per key) for a one-token rule that a
    look-up can decide, else None (the rule stays in a Matcher)."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= set(_COLUMNS):
        return None
    keys, allowed, excluded = [], [], []
    for key, value in sorted(pattern[0].items()):
        if isinstance(value, (str, bool)):
            keys.append(key)
            allowed.append([value])
        elif isinstance(value, dict) and set(value) == {"IN"}:
            keys.append(key)
            allowed.append(list(value["IN"]))
        elif isinstance(value, dict) and set(value) == {"NOT_IN"}:
            excluded.append((key, list(value["NOT_IN"])))
        else:
            return None
    return (tuple(keys), allowed, excluded) if keys else None


def _first_token_test(pattern: list, value_id) -> Optional[object]:
    """A test of a token's attribute ids (TAG, LOWER, DEP, IS_SPACE) that every token able to start
    a match of ``pattern`` passes (equal or listed values, unlisted ones, a REGEX on the string);
    None when the first token's conditions are not all of these kinds (then any token may start)."""
    first = pattern[0] if pattern else None
    if not first or not set(first) <= set(_COLUMNS):
        return None
    checks = []
    for key, value in first.items():
        column = _COLUMNS[key]
        if isinstance(value, (str, bool)):
            checks.append((column, "in", frozenset([value_id(key, value)])))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            checks.append((column, "in", frozenset(value_id(key, v) for v in value["IN"])))
        elif isinstance(value, dict) and set(value) == {"NOT_IN"}:
            checks.append((column, "not in", frozenset(value_id(key, v) for v in value["NOT_IN"])))
        elif isinstance(value, dict) and set(value) == {"REGEX"} and key != "IS_SPACE":
            checks.append((column, "regex", re.compile(value["REGEX"])))  # spaCy's REGEX: re.search on the string
        else:
            return None

    def test(row: tuple, strings) -> bool:
        for column, how, values in checks:
            if how == "in" and row[column] not in values or how == "not in" and row[column] in values:
                return False
            if how == "regex" and not values.search(strings[row[column]]):
                return False
        return True

    return test


class FastAttributeMatch:
    """``AttributeRuler.match`` by look-up: the same (rule, match id, start, end) list, in order."""

    def __init__(self, ruler: AttributeRuler):
        strings = ruler.vocab.strings

        def value_id(key: str, value) -> int:
            return int(value) if key == "IS_SPACE" else strings.add(value)

        self.strings = strings
        self.residual = Matcher(ruler.vocab)
        self.residual_starts: list = []  # per residual rule: can a token row start a match (None: maybe)
        tables: dict[tuple, dict] = {}
        for rule, entry in enumerate(ruler.patterns):  # rule = the ruler's attribute id
            key = str(rule)
            match_id = strings.add(key)
            for pattern in entry["patterns"]:
                plan = _lookup_plan(pattern)
                if plan is None:
                    self.residual.add(key, [pattern])
                    self.residual_starts.append(_first_token_test(pattern, value_id))
                    continue
                keys, allowed, excluded = plan
                table = tables.setdefault(tuple(_COLUMNS[k] for k in keys), {})
                unless = tuple((_COLUMNS[k], frozenset(value_id(k, v) for v in values)) for k, values in excluded)
                for combo in itertools.product(*allowed):
                    ids = tuple(value_id(k, v) for k, v in zip(keys, combo))
                    table.setdefault(ids, []).append((rule, match_id, unless))
        self.tables = list(tables.items())
        self.known: dict[tuple, tuple] = {}  # attribute ids of a token -> (its look-up rules, starts a residual rule)

    def rules_of(self, row: tuple) -> list[tuple]:
        """(rule, match id) of every look-up rule a token with these attribute ids matches."""
        found = []
        for columns, table in self.tables:
            for rule, match_id, unless in table.get(tuple([row[c] for c in columns]), ()):
                if not unless or all(row[c] not in values for c, values in unless):
                    found.append((rule, match_id))
        return found

    def starts_residual(self, row: tuple) -> bool:
        """Whether a token with these attribute ids can be the first token of a residual rule's match."""
        return any(test is None or test(row, self.strings) for test in self.residual_starts)

    def __call__(self, doc) -> list[tuple]:
        matches = []
        known = self.known
        residual = False
        for i, row in enumerate(map(tuple, doc.to_array(_ARRAY_ATTRS).tolist())):
            entry = known.get(row)
            if entry is None:
                if len(known) >= ROW_CACHE_LIMIT:
                    known.clear()
                entry = known[row] = (self.rules_of(row), self.starts_residual(row))
            matches.extend([(rule, match_id, i, i + 1) for rule, match_id in entry[0]])
            residual = residual or entry[1]
        if residual:  # no token can start a residual rule's match: the Matcher would find nothing
            for match_id, start, end in self.residual(doc, allow_missing=True, as_spans=False):
                matches.append((int(self.strings[match_id]), match_id, start, end))
        matches.sort()  # by rule: later rules take precedence (AttributeRuler.match)
        return matches


class FastLemmaPipe:
    """``Lemmatizer.pipe`` with the lemma of each (word, POS, morphology) looked up once, read and
    written as arrays: the tokens without a lemma (all, with ``overwrite``) get ``lemmatize(token)[0]``
    as spaCy's ``Lemmatizer.__call__`` gives it."""

    COLUMNS = [ORTH, POS, MORPH, LEMMA]

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.known: dict[tuple, int] = {}  # (orth, pos, morph) -> lemma id

    def __call__(self, stream, *, batch_size: int = 128):
        for doc in stream:
            yield self.lemmatize_doc(doc)

    def lemmatize_doc(self, doc):
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated or not len(doc):
            return lemmatizer(doc)  # spaCy's own: validates the tables once, raises its errors
        strings, known, overwrite = doc.vocab.strings, self.known, lemmatizer.overwrite
        array = doc.to_array(self.COLUMNS)
        lemmas = array[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = known.get(key)
                if found is None:
                    if len(known) >= LEMMA_CACHE_LIMIT:
                        known.clear()
                    found = known[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
                lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


class CachedLemmas:
    """``Lemmatizer.rule_lemmatize`` remembered for every (word, POS, morphology); a word not
    seen before is worked out as spaCy does, with the lemma index as sets (spaCy keeps lists
    of up to 57,000 words and scans them for every candidate form)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.cache: dict = {}
        self.index: dict[str, frozenset] = {}  # POS -> the lemma index's words, made on first use

    def lemmatize(self, token) -> list[str]:
        """spaCy 3.8's ``Lemmatizer.rule_lemmatize`` with set look-ups (tests compare the two)."""
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or self.lemmatizer.is_base_form(token):
            return self.lemmatizer.rule_lemmatize(token)
        lookups = self.lemmatizer.lookups
        index_table = lookups.get_table("lemma_index", {})
        exc_table = lookups.get_table("lemma_exc", {})
        rules_table = lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return self.lemmatizer.rule_lemmatize(token)
        if univ_pos not in self.index:
            self.index[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        index = self.index[univ_pos]
        string = token.text.lower()
        forms, oov_forms = [], []
        for old, new in rules_table.get(univ_pos, {}):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exc_table.get(univ_pos, {}).get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(token.text)
        return forms

    def __call__(self, token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = self.cache.get(key)
        if lemmas is None:
            if len(self.cache) >= LEMMA_CACHE_LIMIT:
                self.cache.clear()
            lemmas = self.cache[key] = self.lemmatize(token)
        return lemmas


def import_quantulum_parser():
    """quantulum3's parser, with its English tables loaded; ``inflect`` imported without
    typeguard's import-time instrumentation (2.5 s of CPU), which the parser never needs."""
    import sys

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns on import that its optional classifier is missing
        from quantulum3 import language, parser

        if "inflect" in sys.modules:
            return parser
        try:
            import typeguard
        except ImportError:  # an inflect without typeguard: nothing to skip
            language.get("parser", "en_US")
            return parser
        instrument = typeguard.typechecked
        typeguard.typechecked = _not_instrumented
        try:
            language.get("parser", "en_US")  # imports quantulum3's English tables, and inflect with them
        finally:
            typeguard.typechecked = instrument
    return parser


def _not_instrumented(target=None, **options):
    return target if target is not None else _not_instrumented

