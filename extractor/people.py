"""People: persons the article names with a title ("Finance Minister Anna Perera"), the fullest form of
a surname ("Ms Lomond"), the person a bare title stands for ("the Governor"), the last person a
sentence names, and the country a head of state or government speaks for.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span

from extractor import lexicons
from extractor.names import Known, _is_demonym, _is_place, canonical, is_organisation, is_territory
from extractor.parse_tree import ents_in
from extractor.prefilter import with_first_look_ahead

_TITLE_NOUNS = {"ambassador", "minister", "secretary", "chairman", "chairwoman", "chief", "president", "governor",
                "director", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "ceo",
                "head", "envoy", "chargé", "premier", "executive"}


_LEADER_TITLE = (r"(?:President|Prime\s+Minister|PM|Chancellor|Premier|Chancellor\s+of\s+the\s+Exchequer|"
                 r"(?:Finance|Economy|Economics|Trade|Treasury|Commerce)\s+(?:Minister|Secretary)|King|Queen|Emperor)")


_LEADER_TITLE_RE = re.compile(rf"\b(?i:{_LEADER_TITLE})")
# How far after a title its person's last name may stand (", " and two first names fit many times over)
_TITLE_REACH = 200


@lru_cache(maxsize=8)
def _leader_title_ends(text: str) -> tuple[int, ...]:
    """Where each leader's title in ``text`` ends: one scan per article for every name asked about."""
    return tuple(m.end() for m in _LEADER_TITLE_RE.finditer(text))


@lru_cache(maxsize=1024)  # asked once per figure with the article's text: one scan per name and article
def state_of_leader(name: Optional[str], text: str, country: Optional[str]) -> Optional[str]:
    """The country a head of state or government (or its finance minister) speaks for, when a figure's
    subject is that person: "President Halden has presented his budget … a deficit of $427bn" -> United
    States, "French Finance Minister Anna Perera" -> France (the country before the title, else the
    article's ``country``). A company's president ("Zentex President Jo Park") is not one. The state's
    budget, spending and targets are the country's (claims.md "Whose figure")."""
    if not name or is_organisation(name) or _is_place(name):
        return None
    last = name.split()[-1]
    if not re.fullmatch(r"[A-Z][\w'’-]+", last):
        return None
    if not any(0 <= text.find(last, end) - end < _TITLE_REACH for end in _leader_title_ends(text)):
        return None  # no leader's title right before the name: the full pattern below need not be built
    for m in re.finditer(rf"(?:\b(\S+)\s+)?\b(?i:{_LEADER_TITLE}),?\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}{re.escape(last)}\b", text):
        before = (m.group(1) or "").strip("\"'“”(,")
        place = canonical(before) if before else None
        if place and _is_place(place):
            return place  # "US President Halden", "French Finance Minister X", "US president Halden"
        if not re.match(r"\s*[A-Z]", text[m.end(1) if m.group(1) else m.start():]):
            continue  # "the firm's president Jo Park": a lower-case title needs its country before it
        if before and before[:1].isupper() and not before.lower() in ("the", "former", "then") \
                and not is_territory(place) and not _is_demonym(before.lower()):
            continue  # "Zentex President Jo Park", "SMFG President X": a company's
        return country
    return None


_PERSON_NAME = r"((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.|bin|de|van|von)){1,3})"
_TITLE_ALT = "|".join(sorted(_TITLE_NOUNS | {"economist", "analyst", "strategist", "md", "cfo", "coo", "chairperson",
                                             "commissioner", "spokesperson", "treasurer", "mayor", "speaker"}, key=len, reverse=True))
# "Finance Minister Anna Perera", "Governor Tomas Hale", "chief economist Jo Park", "Minister of Labour Anna Perera"
_TITLE_BEFORE = with_first_look_ahead(  # the same matches, found faster (prefilter.py)
    re.compile(rf"(?i:\b({_TITLE_ALT}))(?:\s+(?:of|for)(?:\s+(?:the\s+|and\s+|&\s+)?[A-Z][\w&]*){{1,5}})?,?\s+{_PERSON_NAME}"))
# "Anna Perera, the governor of the Central Bank", "Jo Park, chief economist at Zenda Securities"
_TITLE_AFTER = re.compile(rf"{_PERSON_NAME},\s+(?:the\s+|a\s+|its\s+)?(?:[\w&-]+\s+){{0,3}}?(?i:({_TITLE_ALT}))\b")


_titled_last: tuple = (None, ())  # (the last text, its matches of _TITLE_BEFORE and _TITLE_AFTER)


def _titled_matches(text: str) -> tuple:
    """The matches of ``_TITLE_BEFORE`` and of ``_TITLE_AFTER`` in ``text``, kept for the last text:
    :func:`people_mentioned` and :func:`titled_people` both read them for every article."""
    global _titled_last
    entry = _titled_last  # one tuple read once: another thread replacing it costs a scan, never a wrong answer
    if entry[0] is not text:
        entry = _titled_last = (text, (list(_TITLE_BEFORE.finditer(text)), list(_TITLE_AFTER.finditer(text))))
    return entry[1]


@lru_cache(maxsize=None)
def _field_words() -> frozenset:
    """Organisation and ministry-field words: never part of a person's name."""
    table = lexicons.load("actors")
    return frozenset(table["organisation_words"]) | frozenset(table["ministry_fields"])


def _person_words(name: str) -> Optional[str]:
    """A person's name without a leading organisation or field word ("Finance Minister Anna Perera"
    -> "Anna Perera"), None when fewer than two words are left or it names a place."""
    org_words = _field_words()
    words = name.split()
    while words and (words[0].lower() in org_words or words[0].lower() in ("the", "of")):
        words = words[1:]  # "Minister of Foreign Affairs Anna Perera": the field is not the name
    if len(words) < 2 or any(w.lower() in org_words or w.lower() in _TITLE_NOUNS for w in words):
        return None
    if _is_place(canonical(" ".join(words))) or canonical(words[0]) != words[0]:
        return None
    return " ".join(words)


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\.?\s+")


def fullest_person(name: Optional[str], people) -> Optional[str]:
    """A person named by surname or honorific ("Ms Lomond", "Lomond") in the fullest form the article
    gives ("Rita Lomond"); other names unchanged."""
    if not name or not people:
        return name
    bare = _HONORIFIC.sub("", name)
    if " " in bare and bare == name:
        return name
    fuller = sorted({p for p in people if p != name and p.split()[-1] == bare.split()[-1] and len(p) > len(bare)},
                    key=lambda p: (-len(p), p))
    return fuller[0] if fuller else name


_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][a-z'’-]+)")


def people_mentioned(text: str) -> list[tuple[int, str]]:
    """(offset, person) for every person the text names with a title ("deputy planning director Jose
    Lebrun", "Anna Perera, the governor") or an honorific ("Mr Lebrun", in the fullest form the
    text gives), in text order: who "he said" refers to also when the naming sentence has no figure
    (only sentences with figures are parsed)."""
    found = []
    for matches, name_group in zip(_titled_matches(text), (2, 1)):
        for m in matches:
            person = _person_words(m.group(name_group))
            if person:
                found.append((m.start(name_group), person))
    full = {p for _, p in found}
    for m in _HONORIFIC_NAME.finditer(text):
        person = fullest_person(m.group(0), full)
        found.append((m.start(), person))
    return sorted(found)


def titled_people(text: str) -> dict[str, str]:
    """Title noun -> the person the article first names with it ("Finance Minister Anna Perera",
    "Anna Perera, the governor of ..."), for "the Minister said" and "according to the Governor"
    further on: one regex pass each over the text (a title is often given in a sentence without
    figures, which is not parsed)."""
    found: list[tuple[int, str, str]] = []
    for matches, (title_group, name_group) in zip(_titled_matches(text), ((1, 2), (2, 1))):
        for m in matches:
            person = _person_words(m.group(name_group))
            if person:
                found.append((m.start(), m.group(title_group).lower(), person))
    titles: dict[str, str] = {}
    for _, title, person in sorted(found):
        titles.setdefault(title, person)
    return titles


def person_titled(title: str, known: Known) -> Optional[str]:
    """The person a bare title stands for ("the Governor", "the Minister"): the one the article
    names with that title, else the last person named when the article gives them no other
    title; None when nobody fits (a title is never a source by itself)."""
    title = title.lower()
    titles = known.titles or {}
    if title in titles:
        return titles[title]
    if known.person and known.person not in titles.values():
        return known.person
    return None


def person_named(sent: Span) -> Optional[str]:
    """The last PERSON named in a sentence, for "he said" later on."""
    people = [e for e in ents_in(sent) if e.label_ == "PERSON"]
    return canonical(people[-1].text) if people else None
