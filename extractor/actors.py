"""Who a figure belongs to (subject), the other side of the flow (counterparty), who said it (source).

Names are canonical: an alias table (``data/actors.json``) and rapidfuzz for near
variants ("U.S." / "US" / "America" / "the United States" → "United States").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from rapidfuzz import fuzz, process
from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.lexicons import alternation

ACTOR_ENTS = ("GPE", "ORG", "NORP", "PERSON")
_FLOW_IN = {"import", "imports", "remittance", "remittances", "inflow", "inflows", "investment", "fdi", "aid", "loan", "loans"}
_FLOW_OUT = {"export", "exports", "shipment", "shipments", "sale", "sales", "outflow", "outflows"}
# Flow verbs and the preposition that names the other side: "exported to X", "imported from X".
_FLOW_VERBS = {"export": "to", "sell": "to", "ship": "to", "send": "to", "import": "from", "buy": "from",
               "receive": "from", "trade": "with"}
_TITLE_NOUNS = {"ambassador", "minister", "secretary", "chairman", "chairwoman", "chief", "president", "governor",
                "director", "official", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "ceo",
                "head", "envoy", "chargé", "premier", "executive"}


@lru_cache(maxsize=None)
def _aliases() -> dict[str, str]:
    return lexicons.load("actors")["aliases"]


def _clean(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    name = re.sub(r"(?i)^the\s+", "", name)
    return re.sub(r"\s+", " ", name).strip(" ,.;:()\"“”")


@lru_cache(maxsize=4096)
def canonical(name: str) -> Optional[str]:
    """The canonical name of an actor surface, or the cleaned surface when it is not in the table."""
    cleaned = _clean(name)
    if not cleaned:
        return None
    low = cleaned.lower()
    table = _aliases()
    if low in table:
        return table[low]
    demonyms = lexicons.load("actors")["demonyms"]
    if low in demonyms:
        return demonyms[low]
    if low.endswith("s") and low[:-1] in demonyms:  # "Ethiopians", "Americans"
        return demonyms[low[:-1]]
    if len(low) >= 6:  # near variants of long names only: short ones ("UAE", "US") collide
        match = process.extractOne(low, list(table), scorer=fuzz.ratio, score_cutoff=92)
        if match:
            return table[match[0]]
    return cleaned


def fiscal_year_start(subject: Optional[str]) -> int:
    """The month the subject's fiscal year starts (Pakistan 7, US 10, UK/India 4; calendar otherwise)."""
    return lexicons.load("actors")["fiscal_year_start"].get(subject or "", 1)


def _entity_of(token: Token) -> Optional[Span]:
    """The named entity a token is part of, found by walking its IOB tags (not a scan of doc.ents)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == token.ent_type_:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def ents_in(span: Span) -> list[Span]:
    """The named entities inside ``span``, read off its tokens: ``Span.ents`` walks every
    entity of the document, which a long document cannot afford once per figure."""
    ents, start = [], None
    for t in span:
        if start is not None and t.ent_iob_ != "I":
            ents.append(Span(span.doc, start, t.i, label=span.doc[start].ent_type_))
            start = None
        if t.ent_iob_ == "B" or (t.ent_iob_ == "I" and start is None):
            start = t.i
    if start is not None:
        ents.append(Span(span.doc, start, span.end, label=span.doc[start].ent_type_))
    return ents


def _actor_in(tokens, labels=("GPE", "NORP", "ORG")) -> Optional[str]:
    for t in tokens:
        if t.ent_type_ in labels:
            ent = _entity_of(t)
            if ent is not None:
                return canonical(ent.text)
        if t.lower_ in lexicons.load("actors")["demonyms"] or t.lower_ in _aliases():
            return canonical(t.text)
    return None


def subject_and_counterparty(metric_head: Optional[Token], verb: Optional[Token], sent: Span) -> tuple[Optional[str], Optional[str]]:
    """Subject from the possessor or modifier of the measured noun, else the clause's actor subject;
    counterparty from "to/from/with X" on a flow, or the second party of "between X and Y"."""
    subject = counterparty = None
    if metric_head is not None:
        for child in metric_head.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.i < metric_head.i):
                subject = subject or _actor_in(child.subtree)
        for prep in (c for c in metric_head.children if c.dep_ == "prep"):
            obj = _actor_in(prep.subtree)
            if obj is None:
                continue
            if prep.lower_ == "to" and metric_head.lower_ in _FLOW_OUT | {"trade"}:
                counterparty = counterparty or obj
            elif prep.lower_ == "from":
                if metric_head.lower_ in _FLOW_IN:
                    counterparty = counterparty or obj
                else:
                    subject = subject or obj  # "vendors from Pakistan"
            elif prep.lower_ == "with":
                counterparty = counterparty or obj
            elif prep.lower_ == "between":
                parties = [canonical(e.text) for e in ents_in(sent) if e.label_ in ("GPE", "ORG") and prep.i < e.start]
                if len(parties) >= 2:
                    subject, counterparty = subject or parties[0], parties[1]
            elif prep.lower_ in ("of", "in") and metric_head.lower_ not in _FLOW_IN | _FLOW_OUT:
                subject = subject or obj
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child is not metric_head:
                subject = subject or _actor_in([child] + [t for t in child.subtree if t.dep_ == "compound"])
        # "imported $2.1 billion worth of goods from the U.S.": the "from" may hang on the goods
        if verb.lemma_ in _FLOW_VERBS:
            for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == _FLOW_VERBS[verb.lemma_]):
                obj = _actor_in(prep.subtree)
                if obj:
                    counterparty = counterparty or obj
                    break
    if subject is not None and subject == counterparty:
        counterparty = None
    return subject, counterparty


# --- source ---------------------------------------------------------------------------------------

def _reporting_verbs() -> set[str]:
    return set(lexicons.words("source.reporting_verbs"))


@dataclass(frozen=True)
class Known:
    """Who the article has named so far, for "he said" and "the company said"."""

    person: Optional[str] = None  # the last person named
    organisation: Optional[str] = None  # the article's main company, when it is about one
    country: Optional[str] = None  # the country the article is about, for "the central bank"
    full_names: Optional[dict] = None  # short forms the article spelled out: "SBP" -> "State Bank of Pakistan"


_ORGANISATION_NOUNS = {"company", "firm", "group", "carmaker", "airline", "retailer", "bank", "insurer",
                       "manufacturer", "maker", "giant", "conglomerate", "operator", "producer"}


def _name_of(token: Token, known: Known) -> Optional[str]:
    """A source's name from the subject of a reporting verb: the PERSON or ORG inside it, else the noun."""
    subtree = list(token.subtree)
    for label in ("PERSON", "ORG"):
        for t in subtree:
            if t.ent_type_ == label:
                ent = _entity_of(t)
                if ent is not None:
                    return canonical(ent.text)
    if token.pos_ == "PRON":
        return known.person if token.lower_ in ("he", "she") else None
    if token.lower_ in _TITLE_NOUNS and known.person:
        return known.person  # "the ambassador said" after the ambassador was named
    if token.lower_ in _ORGANISATION_NOUNS and known.organisation:
        return known.organisation  # "the company said" in a story about one company
    if token.pos_ == "PROPN":
        # A name is its run of proper nouns ("website Parker's" -> "Parker's"), not its description.
        start = token.i
        while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
            start -= 1
        return canonical(token.doc[start:token.i + 1].text)
    if token.pos_ == "NOUN":
        words = [t.text for t in subtree if t.dep_ in ("compound", "amod") and t.i < token.i] + [token.text]
        return canonical(" ".join(words))
    return None


def _data_source(noun: Token, known: Known) -> Optional[str]:
    """ "data from the Pakistan Telecommunication Authority", "central bank figures"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return _name_of(obj, known)
    mods = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod", "poss", "nmod")]
    if mods:
        return _name_of(mods[-1], known)
    return None


_CUE = re.compile(r"(?i)\b(?:according\s+to|as\s+per|citing|cited\s+by|as\s+reported\s+by)\s+")


def _cited_source(sent: Span, known: Known) -> Optional[str]:
    """ "according to central bank figures" → "central bank"; "as per Invest2Innovate's update" →
    "Invest2Innovate"; "according to data from the Office of the U.S. Trade Representative" → that office."""
    m = _CUE.search(sent.text)
    if not m:
        return None
    rest = sent.text[m.end():]
    # Up to the clause's end; the sentence's own full stop is dropped, "U.S." kept.
    phrase = re.split(r"[,;:!?)(\n]|\s[-–—]\s|\.\s+(?=[a-z])", rest, maxsplit=1)[0].strip().rstrip(".")
    phrase = re.sub(r"(?i)^(?:the\s+)?(?:latest\s+|official\s+|provisional\s+)?(?:data|figures|statistics|numbers|estimates)\s+(?:from|by|of|released\s+by|compiled\s+by)\s+", "", phrase)
    if not phrase:
        return None
    possessive = re.match(r"(.+?)['’]s\b", phrase)
    if possessive:
        return canonical(possessive.group(1))
    words = phrase.split()
    small = {"of", "the", "and", "for", "on", "in", "&"}
    if len(words) <= 8 and all(w[0].isupper() or w in small for w in words):
        return canonical(phrase)  # a whole proper name, even where NER cuts it short
    start = sent.start_char + m.end()
    for ent in ents_in(sent):
        if ent.start_char >= start and ent.label_ in ("PERSON", "ORG", "GPE") and ent.start_char < start + len(phrase) + 1:
            return canonical(ent.text)
    data_nouns = "|".join(lexicons.words("source.data_nouns"))
    phrase = re.sub(rf"(?i)\s+(?:{data_nouns})$", "", phrase)
    words = phrase.split()
    if len(words) > 6:
        return None
    if words and words[-1].lower() in _TITLE_NOUNS and known.person:
        return known.person
    return canonical(phrase)


def _is_media(name: Optional[str]) -> bool:
    return name is not None and name.lower() in lexicons.load("actors")["media"]


def source_for(q_token: Token, sent: Span, known: Known, subject: Optional[str]) -> Optional[str]:
    """Who the sentence attributes the figure to; None when it names nobody.

    In order: "according to X"; the subject of a reporting verb above the figure in the parse
    ("X said that exports rose 23%"); any reporting verb with a named subject in the sentence.
    A news agency ("..., APP reported") yields to the person or body it quotes.
    """
    data_nouns = set(lexicons.words("source.data_nouns"))

    def name_of_subject(verb: Token) -> Optional[str]:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                name = _data_source(child, known) if child.lower_ in data_nouns else _name_of(child, known)
                if name:
                    return name
        return None

    candidates = [_cited_source(sent, known)]
    token = q_token
    while token.head.i != token.i:
        token = token.head
        if token.lemma_ in _reporting_verbs() or token.lower_ in _reporting_verbs():
            candidates.append(name_of_subject(token))
    candidates += [name_of_subject(t) for t in sent if t.pos_ == "VERB" and t.lemma_ in _reporting_verbs()]
    named = [c for c in candidates if c]
    preferred = [c for c in named if not _is_media(c)] or named
    return _central_bank(preferred[0], subject) if preferred else None


def _central_bank(name: Optional[str], subject: Optional[str]) -> Optional[str]:
    """ "the central bank" names the subject country's central bank (State Bank of Pakistan, ...)."""
    if name and name.lower() in ("central bank", "the central bank") and subject:
        return lexicons.load("actors")["central_banks"].get(subject, name)
    return name


def person_named(sent: Span) -> Optional[str]:
    """The last PERSON named in a sentence, for "he said" later on."""
    people = [e for e in ents_in(sent) if e.label_ == "PERSON"]
    return canonical(people[-1].text) if people else None


TITLE_WEIGHT = 3  # a name in the headline counts as this many mentions in the text


def main_actor(text: str, entities, title: str = "", counter: Optional[NameCounter] = None) -> Optional[str]:
    """Whose figures an article is mostly about: its most named company when the company is named
    at least as often as any country (a BBC results story), else its main country (the seeds).

    Company candidates come from the entities of the parsed parts and are counted over the
    whole text and the headline, since the parts hold only the numeric sentences. A short name
    inside a longer one ("Mitsubishi", "Mitsubishi Motors"; "TimeWarner", "Time Warner")
    counts for the longer.
    """
    counter = counter or NameCounter(text, title)
    names = sorted({_clean(e.text) for e in entities if e.label_ == "ORG"}, key=len, reverse=True)
    canonical_names = set(_aliases().values())
    names = [n for n in names if n and not _is_media(n) and canonical(n) not in canonical_names]
    counts: dict[str, int] = {}
    for name in names:
        n = counter(name)
        longer = next((other for other in counts if other.startswith(name + " ")
                       or other.replace(" ", "") == name.replace(" ", "")), None)
        if longer:
            counts[longer] = max(counts[longer], n)
        else:
            counts[name] = n
    country, country_count = _main_country_and_count(text, entities, title, counter)
    if counts:
        best = max(counts, key=counts.get)
        if counts[best] >= 2 and counts[best] >= country_count:
            return canonical(best)
    return country


def spelled_as(name: Optional[str], reference: Optional[str]) -> Optional[str]:
    """``reference`` when ``name`` is a spelling of it ("TimeWarner", "Pernod" for "Time Warner",
    "Pernod Ricard"), else ``name``: one article, one spelling of its main actor."""
    if not name or not reference:
        return name
    if name.replace(" ", "").lower() == reference.replace(" ", "").lower() or reference.startswith(name + " "):
        return reference
    return name


class NameCounter:
    """Counts the mentions of names in an article and its headline, from a word index built once:
    counting a name visits only the places its first word occurs, not the whole text, so counting
    every entity of a long article stays linear in its length."""

    _WORD = re.compile(r"\w+")

    def __init__(self, text: str, title: str = ""):
        self._sources = [(text, 1), (title or "", TITLE_WEIGHT)]
        self._index: list[dict[str, list[int]]] = []
        for source, _ in self._sources:
            index: dict[str, list[int]] = {}
            for m in self._WORD.finditer(source):
                index.setdefault(m.group(0), []).append(m.start())
            self._index.append(index)

    def __call__(self, name: str) -> int:
        first = self._WORD.match(name)
        if not first:  # a name that does not start with a word character: count it the slow way
            pattern = rf"\b{re.escape(name)}\b"
            return sum(w * len(re.findall(pattern, source)) for source, w in self._sources)
        end_boundary = re.compile(r"(?!\w)") if name[-1:].isalnum() or name[-1:] == "_" else None
        total = 0
        for (source, weight), index in zip(self._sources, self._index):
            for pos in index.get(first.group(0), ()):
                if source.startswith(name, pos) and (end_boundary is None or end_boundary.match(source, pos + len(name))):
                    total += weight
        return total


def _mentions(name: str, text: str, title: str, counter: Optional[NameCounter] = None) -> int:
    return (counter or NameCounter(text, title))(name)


@lru_cache(maxsize=None)
def _place_patterns() -> dict[str, re.Pattern]:
    """Canonical place → a pattern for every alias and demonym that names it."""
    names: dict[str, list[str]] = {}
    table = lexicons.load("actors")
    for surface, place in list(table["aliases"].items()) + list(table["demonyms"].items()):
        if place in table["fiscal_year_start"] or place in table["central_banks"] or surface == place.lower():
            names.setdefault(place, []).append(surface)
    return {place: re.compile(alternation(surf), re.IGNORECASE) for place, surf in names.items()}


def _names_place(match: str) -> bool:
    """ "US" and "Pakistan" name places; "us" and "pak" in running text do not."""
    return match[0].isupper() and (len(match.replace(".", "")) > 3 or match.isupper())


def _main_country_and_count(text: str, entities=(), title: str = "",
                            counter: Optional[NameCounter] = None) -> tuple[Optional[str], int]:
    """The most named place: places of the alias table by any alias or demonym, other places the
    NER found ("Colombia") by their own name; the headline counts TITLE_WEIGHT times."""
    counts: dict[str, int] = {}
    for place, pattern in _place_patterns().items():
        n = sum(1 for m in pattern.finditer(text) if _names_place(m.group(0)))
        n += TITLE_WEIGHT * sum(1 for m in pattern.finditer(title) if _names_place(m.group(0)))
        if n:
            counts[place] = n
    counter = counter or NameCounter(text, title)
    canonical_names = set(_aliases().values())
    for ent in entities:
        if ent.label_ != "GPE":
            continue
        name = canonical(ent.text)
        if name and name not in counts and name not in canonical_names:
            counts[name] = counter(_clean(ent.text))
    counts = {p: n for p, n in counts.items() if n}
    if not counts:
        return None, 0
    best = max(counts, key=counts.get)
    return best, counts[best]


def main_country(text: str, entities=(), title: str = "", counter: Optional[NameCounter] = None) -> Optional[str]:
    """The country the article is most about: the place named most often, by any alias or demonym."""
    return _main_country_and_count(text, entities, title, counter)[0]


_SPELLED_OUT = re.compile(r"\b((?:[A-Z][\w&'’.-]*|of|the|for|and|&)(?:\s+(?:[A-Z][\w&'’.-]*|of|the|for|and|&)){1,9})\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)")


def full_names(text: str) -> dict[str, str]:
    """Short forms the article spells out, mapped to the full name: "the State Bank of Pakistan (SBP)"
    gives "SBP" -> "State Bank of Pakistan", so a source named "SBP" later is given in full.
    The full name is the run of capitalised words (and "of", "the", "for", "and") before the
    bracket whose initials spell the short form; one pass over the text."""
    names: dict[str, str] = {}
    for m in _SPELLED_OUT.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        letters = short.replace(".", "").replace("&", "").upper()
        # The shortest tail of the words before the bracket whose initials spell the short form
        # ("Goods and Services Tax (GST)"; "Ministry of Commerce (MoC)" counts the "of").
        for k in range(1, len(words) + 1):
            tail = words[-k:]
            if not tail[0][0].isupper():
                continue
            capitals = "".join(w[0] for w in tail if w[0].isupper())
            every = "".join(w[0].upper() for w in tail if w.lower() != "the")
            if letters in (capitals.upper(), every):
                full = re.sub(r"[’']s$", "", " ".join(tail))
                names.setdefault(short, canonical(full) or full)
                break
    return names

