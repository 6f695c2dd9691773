"""An article's actors: the ones its sentences share, read from the whole text once per article.

Whose figures the article is mostly about (its main actor and main country), the publisher's
country from the page's address, the names it spells out ("Electric Games (EG)"), its terms and
bodies, and the attributions that carry across sentences (a source stated in a sentence without
figures, a body that published the data, "…, the Sunday Telegraph reported"). The rules for one
claim from its own sentence (subject, counterparty, source) are in ``extractor/actors.py``.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Optional

from extractor import lexicons
from extractor.central_banks import is_central_bank
from extractor.names import (
    Known, _aliases, _capitalised_mid_sentence, _clean, _is_demonym, _is_media, _is_organ, _is_organisation_name,
    _is_place, _names_someone, as_partner, canonical, is_english_word, is_term, is_territory, publishes_data,
)
from extractor.parse_tree import company_named_as_person
from extractor.people import _TITLE_NOUNS, titled_people
from extractor.quotes import SPEAKING
from extractor.published import dateline_agency as published_agency, dateline_end
from extractor.rankings import RANKED_AS
from extractor.sources import resolve_source
from extractor.lexicons import alternation
from extractor.prefilter import finditer as scan, lowered_for_matching, may_match

TITLE_WEIGHT = 3  # a name in the headline counts as this many mentions in the text
#: A place named in the lede (the first LEDE_CHARS characters) ranks LEDE_WEIGHT mentions higher
#: among places (not against a company): "Apparel exports, the mainstay of Bangladesh's export
#: basket, grew …" is Bangladesh's article although a competitor is named twice further down
#: ("Vietnam's shipments …, Vietnamese customs data").
LEDE_WEIGHT = 1
LEDE_CHARS = 150
DATELINE_CHARS = 40  # a city in capitals this near the start opens a dateline ("NEW DELHI, July 3 (Reuters) -")


def _only_attributes(name: str, text: str) -> bool:
    """Whether a news organisation is named only as a reporter ("Reuters reported", "told Reuters",
    "according to Reuters", "Reuters news agency"), not as a company whose accounts the article
    gives ("Revenues at media group Reuters slipped 11%", "Reuters beat profit forecasts")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    mentions = list(pattern.finditer(text))
    company = 0
    for m in mentions:
        before, after = text[max(0, m.start() - 40):m.start()].lower(), text[m.end():m.end() + 30].lower()
        if re.search(r"(?:according\s+to|told|reports?|quoting|citing|said|says|by|per|/|\()\s*(?:the\s+)?$", before) \
                or re.match(r"\s*(?:news\s+agency|reported|reports|said|says|quoted|correspondent|news|poll|\))", after):
            continue
        company += 1
    return company < 2


_COMMENTATOR_BEFORE = re.compile(r"(?i)\b(?:brokerage|broking|research|rating|ratings)(?:\s+(?:house|firm|agency|company))?\s+$"
                                 r"|\b(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s+$")
_COMMENTATOR_AFTER = re.compile(r"(?i)\s+(?:analysts?|economists?|strategists?|chief\s+economist|head\s+of\s+research)\b")


def _only_comments(name: str, text: str) -> bool:
    """Whether a company is named only as a commentator on the article's figures ("Brokerage house
    Crescent Capital estimated full-year remittances at $39.5bn", "said Crescent Capital analyst Sana
    Qureshi", "analysts at Topline"): a voice, not the company whose figures these are."""
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    return bool(mentions) and all(_COMMENTATOR_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                  or _COMMENTATOR_AFTER.match(text, m.end()) for m in mentions)


def main_actor(text: str, entities, title: str = "", counter: Optional[NameCounter] = None,
               known: Optional[Known] = None, publisher: Optional[str] = None) -> Optional[str]:
    """Whose figures an article is mostly about: its most named company when the company is named
    at least as often as any country (a BBC results story), else its main country (the seeds).

    Company candidates come from the entities of the parsed parts and are counted over the
    whole text and the headline, since the parts hold only the numeric sentences. A short name
    inside a longer one ("Mizuho", "Mizuho Motors"; "TeleVista", "Tele Vista")
    counts for the longer.
    """
    counter = counter or NameCounter(text, title)
    described = described_names(text)
    people = _titled_names(text)
    # Longest first, then by name: the order must not depend on set order (hash seeds differ
    # between worker processes, and --processes N must write what one process writes).
    # a company the NER took for a person ("Pragati Infotech", "Himal Sagar Bank") counts as one
    as_people = {company_named_as_person(e) for e in entities if e.label_ == "PERSON"} - {None}
    names = sorted({_clean(e.text) for e in entities if e.label_ == "ORG"} | as_people | headline_names(text, title, counter)
                   | set(described) | introduced_companies(text, counter, known), key=lambda n: (-len(n), n))
    canonical_names = set(_aliases().values())
    # "Islamic banking": an adjective of a faith or people, never a company
    groups = {_clean(e.text) for e in entities if e.label_ == "NORP" and e.root.pos_ == "ADJ"}
    names = [n for n in names if n and n not in groups and not (_is_media(n) and _only_attributes(n, text))
             and not _only_comments(n, text)
             and canonical(n) not in canonical_names
             and not is_term(canonical(n), known) and not is_term(n, known)
             and not _is_organ(known.full_names.get(n, n) if known and known.full_names else n)
             and not _publishing_body(known.full_names.get(n, n) if known and known.full_names else n)
             and n not in people]
    counts: dict[str, int] = {}
    for name in names:
        n = counter(name) + described.get(name, 0)
        longer = next((other for other in counts if other.startswith(name + " ") and _same_company(name, other, text)
                       or other.replace(" ", "") == name.replace(" ", "")), None)
        if longer:
            counts[longer] = max(counts[longer], n)
        else:
            counts[name] = n
    for short, full in (known.full_names.items() if known and known.full_names else ()):
        if short in counts and short != full:  # "GE" after "General Electric": one company's mentions
            counts[full] = counts.get(full, 0) + counts.pop(short)
    country, country_count = _main_country_and_count(text, entities, title, counter, publisher)
    country = country or publisher or _cued_country(text, title)
    if len(counts) == 1:
        # "Sahyadri Cements Ltd reported … The company had posted …, the company said": the one company
        # named is the one "the company" goes on speaking of
        [(name, n)] = counts.items()
        counts[name] = n + len(_THE_COMPANY.findall(text))
    if counts:
        best = max(counts, key=counts.get)
        if counts[best] >= 2 and counts[best] >= country_count:
            return canonical(best)
    return country


def _titled_names(text: str) -> frozenset[str]:
    """The names of the people the article gives a title ("said Sana Malik, an analyst at Crescent
    Securities"), in full and by surname: a person, never whose figures the article is about, even
    where the NER takes "Malik expects car sales to reach 135k" for an organisation's."""
    return frozenset(name for person in titled_people(text).values() for name in (person, person.split()[-1]))


# "the company", "the firm": a company the article named before, spoken of again
_THE_COMPANY = re.compile(r"\b[Tt]he\s+(?:company|firm|group|carmaker|retailer|manufacturer|conglomerate)\b(?!['’]s\s+rivals?)")


def _publishing_body(name: str) -> bool:
    """A central bank, bureau, ministry or authority: it publishes the figures of its country (or
    sets its own rates), never the article's company whose figures they all are."""
    return is_central_bank(name) or publishes_data(name)


# a company noun right before a name: "milk firm Zorla", "carmaker Zentex", "rival Boldco"; "major" as
# the business press of India uses it for a sector's big company ("IT services major Veritas", "FMCG major
# HUL"), after a sector's word, not an article's ("a major Wall Street bank")
_COMPANY_NOUN_BEFORE = r"(?:\b(?:firm|company|group|carmaker|airline|retailer|insurer|manufacturer|maker|producer|" \
    r"operator|giant|rival|brewer|lender|conglomerate)|(?<!\b[Aa])(?<!\b[Tt]he)(?<=\w)\s+major)\s+"


def introduced_companies(text: str, counter: NameCounter, known: Optional[Known] = None) -> set[str]:
    """Names the article introduces as a company with a company noun right before them, which the NER
    may miss or call a person ("police detained executives at milk firm Zorla"): main-actor candidates,
    which still need the mentions a company needs. A name the article writes in lower case, a place,
    a people or a term is none."""
    found = set()
    for m in re.finditer(_COMPANY_NOUN_BEFORE + r"([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})", text):
        name = _clean(re.sub(r"[’']s$", "", m.group(1)))
        first = name.split()[0] if name else ""
        if not name or len(first) < 3 or counter.written_lower(first) or _is_place(canonical(name)) \
                or is_english_word(first) and not _capitalised_mid_sentence(first, text) or _is_demonym(first.lower()) \
                or is_term(name, known) or is_territory(canonical(name)):
            continue
        found.add(name)
    return found


def _same_company(short: str, longer: str, text: str) -> bool:
    """Whether a name that starts with another is that company's full name ("Mizuho Motors" …
    "Mizuho"), not a unit of it ("Fiat" … "the Fiat Powertrain plant"; developed on bbc-dev3): the
    longer name comes first in the text, or what it adds is a company word ("Motors", "Holdings")."""
    first_long, first_short = text.find(longer), text.find(short)
    if first_long < 0 or first_long <= first_short:
        return True
    added = longer[len(short):].split()
    return bool(added) and added[-1].lower() in lexicons.load("actors")["company_name_words"]


# "The firm, Velion, said", "the company, Zentex, plans": a name given in apposition to the description
# the article uses for its company.
_NAMED_DESCRIPTION = re.compile(r"\b[Tt]he\s+(firm|company|group|carmaker|airline|retailer|bank|insurer|manufacturer|"
                                r"maker|operator|producer)\s*,\s*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*,")


def described_names(text: str) -> dict[str, int]:
    """Companies the article introduces by a description and names once in apposition ("A German firm
    … is looking to raise 70m euros. The firm, Velion, said …"): the name, with the number of times
    the article calls it by that description ("a German firm", "the firm", "the company"), which
    count as its mentions for the main actor (developed on bbc-dev2)."""
    found: dict[str, int] = {}
    for m in _NAMED_DESCRIPTION.finditer(text):
        name = _clean(m.group(2))
        if not name or _is_place(canonical(name)) or _is_demonym(name.lower()) or is_term(name):
            continue
        nouns = {m.group(1).lower(), "firm", "company"}
        alt = "|".join(sorted(nouns))
        described = len(re.findall(rf"(?i)\b(?:the|an?|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{alt})\b(?!\s*,\s*[A-Z])", text))
        found[name] = max(found.get(name, 0), described)
    return found


_HEADLINE_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w&'’-]*)")
# "US retail sales surge in December": a month or a weekday of the headline is a date, never an actor
_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))


def headline_names(text: str, title: str, counter: NameCounter) -> set[str]:
    """Names of the headline the NER may miss ("Parmalat boasts doubled profits"): a capitalised
    word of the title that the article never writes in lower case, names no place and is no term,
    extended to the longest capitalised run that starts with it in the text ("Perrin" → "Perrin
    Ricard"). Candidates for the main actor only; they still need the mentions a company needs."""
    found = set()
    # the words of a place the headline names in several ("Sri Lanka", "New Zealand"): no company's
    placed = {w for run in re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+", title or "")
              for k in range(len(run.split())) for n in range(k + 2, len(run.split()) + 1)
              if _is_place(canonical(" ".join(run.split()[k:n]))) for w in run.split()[k:n]}
    for m in _HEADLINE_WORD.finditer(title or ""):
        word = re.sub(r"[’']s$", "", m.group(1))
        if word in placed or len(word) < 3 or word.lower() in _CALENDAR_WORDS or counter.written_lower(word) or word.lower() in _TITLE_NOUNS or _is_demonym(word.lower()) \
                or _is_place(canonical(word)) or is_term(word) or word.lower() in lexicons.load("actors")["measure_words"]:
            continue
        runs = re.findall(rf"\b{re.escape(word)}(?:\s+[A-Z][a-z][\w&-]*)*", text)
        if not runs or is_english_word(word) and not _capitalised_mid_sentence(word, text):
            continue  # "House prices drop": a word capitalised only where a sentence starts is no name
        found.add(_clean(max(runs, key=len)))
        # the headline's own form ("Kestrel Electric's profits double" beside "Kestrel Electric Power"):
        # its mentions count for the longest form
        written = re.match(r"[A-Z][\w&-]*(?:\s+[A-Z][a-z][\w&-]*)*", (title or "")[m.start():])
        if written and " " in _clean(written.group(0)) and _clean(written.group(0)) in text:
            found.add(_clean(written.group(0)))
    return {n for n in found if n}


def spelled_as(name: Optional[str], reference: Optional[str]) -> Optional[str]:
    """``reference`` when ``name`` is a spelling of it ("TeleVista", "Perrin" for "Tele Vista",
    "Perrin Ricot"), else ``name``: one article, one spelling of its main actor."""
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
    _WORD_CHAR = re.compile(r"\w")

    def __init__(self, text: str, title: str = ""):
        self._sources = [(text, 1), (title or "", TITLE_WEIGHT)]
        self._words = frozenset(self._WORD.findall(text))  # every word of the text
        # per source: word -> the offsets where it stands as a whole word (the starts of the runs
        # of word characters equal to it), found on the first count of a name starting with it
        self._index: list[dict[str, list[int]]] = [{}, {}]

    def _starts(self, k: int, word: str) -> list[int]:
        index = self._index[k]
        found = index.get(word)
        if found is None:
            source, found = self._sources[k][0], []
            if k or word in self._words:
                is_word_char, size = self._WORD_CHAR.match, len(word)
                pos = source.find(word)
                while pos >= 0:
                    if not (pos and is_word_char(source, pos - 1)) and not is_word_char(source, pos + size):
                        found.append(pos)
                    pos = source.find(word, pos + 1)
            index[word] = found
        return found

    def lower_words(self) -> frozenset[str]:
        """Every word the article writes in lower case."""
        return frozenset(w for w in self._words if w.islower())

    def written_lower(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case somewhere: then it is a common word."""
        return word.lower() in self._words

    def __call__(self, name: str) -> int:
        first = self._WORD.match(name)
        if not first:  # a name that does not start with a word character: count it the slow way
            pattern = rf"\b{re.escape(name)}\b"
            return sum(w * len(re.findall(pattern, source)) for source, w in self._sources)
        end_boundary = re.compile(r"(?!\w)") if name[-1:].isalnum() or name[-1:] == "_" else None
        total = 0
        for k, (source, weight) in enumerate(self._sources):
            for pos in self._starts(k, first.group(0)):
                if source.startswith(name, pos) and (end_boundary is None or end_boundary.match(source, pos + len(name))):
                    total += weight
        return total


def _mentions(name: str, text: str, title: str, counter: Optional[NameCounter] = None) -> int:
    return (counter or NameCounter(text, title))(name)


@lru_cache(maxsize=None)
def _place_patterns() -> dict[str, re.Pattern]:
    """Canonical place → a pattern for every alias and demonym that names it."""
    return {place: re.compile(alternation(surf), re.IGNORECASE) for place, surf in _place_names().items()}


@lru_cache(maxsize=None)
def _place_first_words() -> dict[str, tuple]:
    """Canonical place → the lower-cased first words of its names: a text whose lower-cased form
    holds none of them cannot match the place's pattern (see :func:`_place_counts`)."""
    return {place: tuple(sorted({s.lower().split()[0] for s in surf})) for place, surf in _place_names().items()}


@lru_cache(maxsize=None)
def _place_names() -> dict[str, list[str]]:
    """Canonical place → every alias and demonym that names it."""
    names: dict[str, list[str]] = {}
    table = lexicons.load("actors")
    places = set(table["fiscal_year_start"]) | set(table["central_banks"]) | set(table["demonyms"].values())
    for surface, place in list(table["aliases"].items()) + list(table["demonyms"].items()):
        # a body the table spells ("bank of england": "Bank of England") is no place: its mentions are not
        # the country's, nor do they make the body the article's country
        if place in places or surface == place.lower() and not _is_organisation_name(place):
            names.setdefault(place, []).append(surface)
            if surface in table["demonyms"] and surface[-1:] in ("i", "n"):
                names[place].append(surface + "s")  # "Remittances sent home by Pakistanis working abroad"
    for place in sorted(places):  # "Venezuela" by its own name, with "Venezuelan" from the demonyms
        if place.lower() not in names.get(place, []):
            names.setdefault(place, []).append(place.lower())
    return names


# "US dollars 541 million", "US$ 426 million", "Sri Lankan rupees": a currency's name, not the place
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|(?i:dollars?|rupees?|taka|yuan|yen|pounds?|euros?|francs?|riyals?|dirhams?)\b)")


# "Dutch bank to cut jobs", "the Netherlands' largest bank": a place describing one company names the
# company, not the country whose figures the article gives (developed on unlabelled BBC pages)
_COMPANY_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:largest|biggest|second|third|leading|top|main|state-owned|troubled)\s+)?"
                            r"(?:bank|firm|company|carmaker|airline|carrier|retailer|insurer|giant|lender|brewer|"
                            r"conglomerate|operator|producer|manufacturer|maker|supermarket|broadcaster)\b(?!-)")


def _names_place(match: str) -> bool:
    """ "US" and "Pakistan" name places; "us" and "pak" in running text do not."""
    return match[0].isupper() and (len(match.replace(".", "")) > 3 or match.isupper())


def _main_country_and_count(text: str, entities=(), title: str = "", counter: Optional[NameCounter] = None,
                            publisher: Optional[str] = None) -> tuple[Optional[str], int]:
    """The most named place: places of the alias table by any alias or demonym, other places the
    NER found ("Colombia") by their own name; the headline counts TITLE_WEIGHT times."""
    counts, first = _place_counts(text, title)
    counter = counter or NameCounter(text, title)
    canonical_names = set(_aliases().values())
    if dateline_end(text):  # left out of the parse (api.article_pieces): its city is no entity
        from extractor.periods import dateline_country

        place = dateline_country(text)
        if place is not None and place not in counts:
            counts[place], first[place] = 1, 0
    for ent in entities:
        if ent.label_ != "GPE":
            continue
        if ent.text.isupper() and len(ent.text) > 3 and ent.start_char < DATELINE_CHARS:
            # "LONDON:": a dateline's city is no country; periods.dateline_country knows the ones it can place
            from extractor.periods import dateline_country

            place = dateline_country(text)
            if place is not None and place not in counts:
                counts[place], first[place] = 1, ent.start_char
            continue
        name = canonical(ent.text)
        country = regions().get(name)
        if country is not None:  # "Karnataka", "Sindh": a mention of the country it is part of
            counts[country] = counts.get(country, 0) + 1
            first.setdefault(country, ent.start_char)
            continue
        if name and name not in counts and name not in canonical_names and not is_term(name):
            if not is_territory(name) and _described_by_country(name, text):
                counts[name] = 0  # "Dutch retailer Zelmart": a company the NER took for a place is no country (bbc-dev3)
                continue  # (kept at 0 so that each name is looked at once: linear in the article)
            counts[name] = counter(_clean(ent.text))  # not a term the NER took for a place ("Shrawan")
            first[name] = ent.start_char
    counts = {p: n for p, n in counts.items() if n}
    if not counts:
        return None, 0
    # The most named; on a tie the publisher's country, else the first named ("Bangladesh Bureau of
    # Statistics" … "the Russia-Ukraine war").
    lede = {p: LEDE_WEIGHT if first.get(p, len(text)) < LEDE_CHARS else 0 for p in counts}
    best = max(counts, key=lambda p: (counts[p] + lede[p], p == publisher, -first.get(p, len(text))))
    return best, counts[best]  # the plain count: it is weighed against the main company's mentions


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """State or province -> its country (``regions`` of actors.json)."""
    return lexicons.load("actors")["regions"]


def _described_by_country(name: str, text: str) -> bool:
    """Whether the article describes ``name`` by a country and a common noun ("Dutch retailer Zelmart",
    "US airline Skyra"): a company, which a place never is."""
    for m in re.finditer(rf"\b([A-Z][a-z]+|US|UK)\s+(?:[a-z][\w-]*\s+){{1,2}}{re.escape(name)}\b", text):
        if _is_demonym(m.group(1).lower()) or _is_place(canonical(m.group(1))):
            return True
    return False


_place_counts_cache: dict[tuple, tuple] = {}


# "By comparison, neighbouring Pakistan received $3.4 billion", "Competitor Bangladesh shipped …", "In contrast, India's exports …": a
# place set against the article's own, named in a comparison's sentence or as its neighbour
_SET_AGAINST = re.compile(r"(?i)(?:\b(?:neighbou?ring|rival|competitors?|competing|followed\s+by(?:\s+the)?)\s+|(?:\A|[.!?]\s+|\n)(?:by|in)\s+(?:comparison|contrast),?\s+[^.!?\n]*)$")
# "Saudi Arabia remained the top source, with $512 million", "India was the largest source market": a
# place ranked among the sources, markets or buyers of the article's country's flow
_RANKED_PARTNER = re.compile(RANKED_AS)


def ranked_region(sentence: str, place: Optional[str]) -> bool:
    """Whether the sentence ranks a state or province among its country's contributors ("Maharashtra
    remained the top contributor with Rs 41,650 crore"): the region's own figure, not the passage's owner."""
    if not place or place not in regions():
        return False
    return any(_RANKED_PARTNER.match(sentence, m.end()) for m in re.finditer(re.escape(place), sentence))


# "Pakistan's central bank, meanwhile, reported its own reserves at $18.4 billion": an aside on another place
_ASIDE_AFTER = re.compile(r"(?i)(?:['’]s?)?(?:\s+[a-z][\w-]*){0,3},\s+(?:meanwhile|by\s+contrast|in\s+contrast|by\s+comparison),")


def _set_against(text: str, start: int, end: Optional[int] = None) -> bool:
    """Whether the place named at ``start`` (to ``end``) is set against the article's own
    (_SET_AGAINST, _ASIDE_AFTER) or ranked among its flow's partners (_RANKED_PARTNER)."""
    return _SET_AGAINST.search(text, max(0, start - 200), start) is not None \
        or end is not None and (_RANKED_PARTNER.match(text, end) is not None or _ASIDE_AFTER.match(text, end) is not None)


def _place_counts(text: str, title: str) -> tuple[dict[str, int], dict[str, int]]:
    """How often each place of the alias table is named (the headline TITLE_WEIGHT times) and the
    offset of its first naming in the text (its length when only the headline names it). Only the
    patterns of places one of whose names' first words occurs in the lower-cased text run, and the
    last article's result is kept (main_country and main_actor both ask): the same counts as
    running every pattern, in a fraction of the time (issue 18)."""
    key = (text, title)
    if key in _place_counts_cache:
        counts, first = _place_counts_cache[key]
        return dict(counts), dict(first)
    lowered = lowered_for_matching(text + "\n" + title)
    lowered_text = lowered_for_matching(text)
    words = _place_first_words()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for place, pattern in _place_patterns().items():
        if not may_match((words[place],), lowered):
            continue
        n = 0
        for m in scan(pattern, text, lowered_text, (words[place],)):  # only stretches that can match
            if _names_place(m.group(0)) and not _CURRENCY_AFTER.match(text, m.end()) \
                    and not _COMPANY_AFTER.match(text, m.end()) and not _in_a_region(text, m.start()) \
                    and not as_partner(text, m.start()) and not _set_against(text, m.start(), m.end()):
                if not n:
                    first[place] = m.start()
                n += 1
        n += TITLE_WEIGHT * sum(1 for m in pattern.finditer(title)
                                if _names_place(m.group(0)) and not _CURRENCY_AFTER.match(title, m.end())
                                and not _COMPANY_AFTER.match(title, m.end()))
        if n:
            counts[place] = n
            first.setdefault(place, len(text))
    _place_counts_cache.clear()
    _place_counts_cache[key] = (counts, first)
    return dict(counts), dict(first)


# "Central America", "Latin American", "North Korea": a compass or region word before a place's name
# makes another place, unless the table names the two words together
_REGION_WORD = re.compile(r"(?i)\b(central|latin|south|north|east|west|southern|northern|eastern|western|"
                          r"south-east|south-west|north-east|north-west|sub-saharan)\s+$")


def _in_a_region(text: str, start: int) -> bool:
    before = _REGION_WORD.search(text, max(0, start - 16), start)
    if before is None:
        return False
    region, name = before.group(1).lower(), re.match(r"[\w'-]+", text[start:]).group(0).lower()
    table = lexicons.load("actors")
    # "South Korean" is South Korea's, as "South Korea" is: a two-word name of the table, or its demonym
    return not any(key.startswith(region + " ") and key[len(region) + 1:][:4] == name[:4]
                   for key in list(table["aliases"]) + list(table["demonyms"]))


def main_country(text: str, entities=(), title: str = "", counter: Optional[NameCounter] = None,
                 publisher: Optional[str] = None) -> Optional[str]:
    """The country the article is most about: the place named most often, by any alias or demonym;
    else its publisher's; else the country its other cues name (``periods.article_country``: a
    statistics office, a central bank, a currency of one country: "a budget of Tk 9.85 lakh crore")."""
    return _main_country_and_count(text, entities, title, counter, publisher)[0] or publisher or _cued_country(text, title)


def _cued_country(text: str, title: str) -> Optional[str]:
    """The country of an article that names no place and has no publisher's country, from its other
    cues (``periods.article_country``): a statistics office, a central bank, a currency of one country."""
    from extractor.periods import article_country  # paid only by an article naming no place at all

    country = article_country(text, title)
    pattern = _place_patterns().get(country) if country else None
    if pattern is not None and pattern.search(text + "\n" + title):
        return None  # named only inside a region ("Central America", "Latin American"): no cue of it
    return country


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
        else:
            full = _named_in_another_language(words, letters)
            if full:
                names.setdefault(short, canonical(full) or full)
    for short, full in initials_names(text).items():
        names.setdefault(short, full)
    return names


def _named_in_another_language(words: list[str], letters: str) -> Optional[str]:
    """The name before a bracketed acronym of its own language's words: "the Brazilian Institute for
    Geography and Statistics (IBGE)" (Instituto Brasileiro de Geografia e Estatística). An acronym of
    three letters or more, most of whose letters begin the name's capitalised words (in any order),
    after a name of three capitalised words or more; the name from its first capitalised word."""
    # the name starts after a sentence's end the capitalised run took in ("… in December. The …")
    ends = [i for i, w in enumerate(words) if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w)]
    words = words[ends[-1] + 1:] if ends else words
    start = next((i for i, w in enumerate(words) if w[0].isupper() and w.lower() != "the"), None)
    if start is None or len(letters) < 3 or not letters.isalpha():
        return None
    name = words[start:]
    initials = [w[0].upper() for w in name if w[0].isupper()]
    if len(initials) < 3:
        return None
    shared = sum(min(letters.count(c), initials.count(c)) for c in set(letters))
    return re.sub(r"[’']s$", "", " ".join(name)) if shared * 2 > len(letters) else None


_ACRONYM = re.compile(r"(?<![\w&.-])([A-Z]{2,5})(?![\w&-])")
_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
_LINKS = ("of", "and", "for", "the", "&")


def initials_names(text: str) -> dict[str, str]:
    """Acronyms the article uses for a name it writes in full elsewhere without brackets: "General
    Electric … GE's net profits" gives "GE" -> "General Electric" (developed on bbc-dev3). The name
    is a run of capitalised words (with "of", "and", "for", "&" inside) whose initials spell the
    acronym; places ("US", "UK" are aliases), titles ("PM") and terms are left alone, and so is a
    name made of words the article also writes in lower case (a common phrase, not a company)."""
    found: dict[str, str] = {}
    shorts = {m.group(1) for m in _ACRONYM.finditer(text)}
    if not shorts:
        return found
    lower = {w for w in re.findall(r"\b[a-z]+\b", text)}
    table = lexicons.load("actors")
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z&][\w&'’-]*", text)]
    by_letter: dict[str, list[int]] = {}  # where the capitalised words of each initial stand
    for i, (w, _, _) in enumerate(words):
        if _NAME_WORD.fullmatch(w):
            by_letter.setdefault(w[0], []).append(i)
    for short in sorted(shorts):
        if short.lower() in _aliases() or canonical(short) != short or is_term(short):
            continue
        candidates: dict[str, int] = {}
        for i in by_letter.get(short[0], ()):
            picked, j, k = [], i, 0
            while j < len(words) and k < len(short):
                word = words[j][0]
                if j > i and re.search(r"[^\s]", text[words[j - 1][2]:words[j][1]]):
                    break  # punctuation between: the run ends
                if _NAME_WORD.fullmatch(word) and word[0] == short[k]:
                    picked.append(word)
                    k += 1
                elif word in _LINKS and picked:
                    picked.append(word)
                else:
                    break
                j += 1
            if k < len(short) or picked[-1] in _LINKS:
                continue
            full = re.sub(r"[’']s$", "", " ".join(picked))
            named = [x.lower() for x in picked if x not in _LINKS]
            if any(x in _TITLE_NOUNS or x in ("minister", "prime") for x in named) or _is_place(canonical(full)) \
                    or is_term(full) or is_term(canonical(full)):
                continue
            if not (_is_organisation_name(full) or _is_organ(full)) and any(
                    x in lower or x in table["measure_words"] for x in named):
                continue  # "Gross Margin", "Sales Growth": common words capitalised in a heading
            candidates[full] = candidates.get(full, 0) + 1
        if candidates:
            found[short] = canonical(max(candidates, key=lambda n: (candidates[n], -text.find(n))))
    return found



_LOWER_ACRONYM = re.compile(r"\b([a-z][\w-]*(?:\s+[a-z&][\w-]*){0,5})\s*\(\s*([A-Z][A-Za-z&]{1,7})\s*\)")


def article_terms(text: str, entities, counter: NameCounter) -> frozenset[str]:
    """Names in this article that are terms, not actors: acronyms it spells out in lower-case words
    ("month-on-month (MoM)", "gross domestic product (GDP)") and one-word organisations the NER
    found that the article also writes in lower case ("Trade" in "The Trade deficit" … "trade")."""
    # only the stretches that can hold a match are scanned (prefilter.py): every match holds "(" and ")"
    terms = {m.group(2) for m in scan(_LOWER_ACRONYM, text) if m.group(1).split()[-1].lower() not in ("the", "a")}
    terms |= state_programmes(text)
    terms |= dateline_agency(text)
    for ent in entities:
        if ent.label_ in ("ORG", "GPE", "NORP"):
            name = _clean(ent.text)
            if name and " " not in name and name[:1].isupper() and not name.isupper() and counter.written_lower(name):
                terms.add(name)
                terms.add(canonical(name))
    return frozenset(t for t in terms if t)


def dateline_agency(text: str) -> set[str]:
    """The news agency a dateline names ("NEW DELHI, Nov 1 (PSI) Gross GST collections rose …"), as
    written and canonical: the story's carrier, never whose figures these are, though the NER takes it
    for an organisation in the lede's sentence."""
    agency = published_agency(text)
    return {agency, canonical(agency)} if agency else set()


# "The government is trying to encourage saving through its new Child Trust Fund", "the state's Home
# Saver Scheme": a programme or product of the state, named as if it acted; its vouchers, limits and
# top-ups are the state's (gold/README.md, bbc-dev3), never the programme's own figures
_STATE_PROGRAMME = re.compile(
    r"\b(?:[Gg]overnment|[Ss]tate|[Tt]reasury|[Mm]inistry)(?:\s+(?:is|was|has|had|will|plans?|wants?)\b[^.;]{0,80}?"
    r"\b(?:its|their)|['’]s)\s+(?:(?:new|own|proposed|planned|flagship)\s+)?"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})")


def state_programmes(text: str) -> set[str]:
    """Names the article gives as the state's own programme ("through its new Child Trust Fund" after
    "The government is trying …"): terms, not actors (developed on bbc-dev3)."""
    if "overnment" not in text and "tate" not in text and "reasury" not in text and "inistry" not in text:
        return set()
    # a body of the state ("the government's National Land Institute", "its Statistics Office") is an actor
    bodies = set(lexicons.load("actors")["organisation_words"]) - _PROGRAMME_WORDS
    return {m.group(1) for m in _STATE_PROGRAMME.finditer(text)
            if not _is_organ(m.group(1)) and not bodies & set(re.findall(r"[\w&]+", m.group(1).lower()))}


_PROGRAMME_WORDS = frozenset({"fund", "trust", "program", "programme"})


@lru_cache(maxsize=None)
def _body_name() -> re.Pattern:
    """A capitalised name holding a body noun: "Ministry of Finance", "National Statistics Committee"."""
    table = lexicons.load("actors")
    heads = alternation([w.capitalize() for w in table["body_nouns"] + table["organ_words"]], boundary=False)
    word = r"[A-Z][\w&'’-]*"
    return re.compile(rf"\b((?:{word}\s+){{0,4}}{heads}(?:\s+(?:of|for)(?:\s+(?:the\s+)?{word}){{1,4}})?)\b")


def article_bodies(entities, full_names: dict, counter: NameCounter, known: Known, text: str = "") -> tuple[str, ...]:
    """The organisations an article names, most named first: what "the ministry said" can refer to;
    from the named entities of the parsed sentences and from the capitalised names with a body noun
    anywhere in the text (a body is often named in a sentence without figures, which is not parsed)."""
    names = {canonical(e.text) for e in entities if e.label_ == "ORG"} | set(full_names.values())
    names |= {canonical(m.group(1)) for m in _body_name().finditer(text)}
    names = {n for n in names if n and not is_term(n, known) and not _is_media(n)}
    return tuple(sorted(names, key=lambda n: (-counter(n), n)))


# An attribution in a sentence without figures ("…, according to the figures published by the
# Central Bank of Ruritania (CBR).") still names the source of the figures that follow it.
_STATEMENT = re.compile(
    r"(?:\baccording\s+to|\bas\s+per|\b(?:data|figures|statistics|numbers|report|estimates)\s+"
    r"(?:released|published|issued|compiled|shared|provided)\s+by)\s+(?:the\s+)?"
    r"(?:(?:latest|official|provisional|weekly|monthly|quarterly|annual)\s+)?"
    r"(?:(?:data|figures|statistics|numbers|report|estimates)\s+(?:released|published|issued|compiled|shared|provided)\s+by\s+(?:the\s+)?"
    # "according to lending figures from the Bank of England"
    r"|(?:[a-z][\w-]*\s+){0,2}(?:data|figures|statistics|numbers|estimates)\s+(?:from|of|by)\s+(?:the\s+)?)?"
    r"((?:[A-Z][\w&'’.-]*|of|for|and|the|&)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|the|&))*)")


def stated_sources(text: str, sentences, known: Known) -> list[tuple[int, str]]:
    """(offset, source) for each sentence in ``sentences`` ((start, end) offsets) that attributes
    to a named body without stating a figure of its own; one regex pass per sentence."""
    out = []
    for start, end in sentences:
        m = _STATEMENT.search(text, start, end)
        if not m:
            continue
        name = re.sub(r"(?:\s+(?:of|for|and|the|&))+$", "", m.group(1)).strip()
        name = re.sub(r"[’']s$", "", name)
        resolved = resolve_source(canonical(name) or name, known) if name else None
        # A data attribution ("figures published by X", "according to X data") or a public body
        # ("according to the Department of Customs"); "according to Amazon, sellers did well" in a
        # quote attributes an opinion, not the figures after it.
        data = re.search(r"(?i)\b(?:data|figures|statistics|numbers|report|estimates)\b", text[m.start():end])
        if resolved and (data or _is_organisation_name(resolved) or _is_organ(resolved)):
            out.append((m.start(), resolved))
    return out


# "The Bureau of Statistics (BoS) revealed the data on Monday", "Based on statistics for the month,
# Ruritania Rastra Bank released its report": a named body publishing data. News pages often give
# the figures first and name who published them after; such a sentence is the source of the
# figures before it (see claims.reach_back).
_PUBLISHED_DATA = re.compile(
    r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|the|&))*)\s*(?:\([A-Z][\w&.]*\)\s*)?"
    r"\s(?:has\s+|have\s+|had\s+)?(?:revealed|released|published|issued|disclosed|unveiled|made\s+public|put\s+out)\b")
_DATA_WORD = re.compile(r"(?i)\b(?:data|figures|statistics|numbers)\b")


_THE_DATA = re.compile(r"\s+(?:the|these|those|this|that)\s+(?:data|figures|statistics|numbers)\b")


def data_publishers(text: str, sentences, known: Known, figureless=frozenset()) -> list[tuple[int, str]]:
    """(sentence start, body) for each sentence in which a named organisation publishes the data just
    given: "X revealed the data on Monday" anywhere, and in a sentence without figures of its own
    (start in ``figureless``) any publishing of data ("Based on statistics …, X released …")."""
    out = []
    for start, end in sentences:
        if not _DATA_WORD.search(text, start, end):
            continue
        for m in _PUBLISHED_DATA.finditer(text, start, end):
            if start not in figureless and not _THE_DATA.match(text, m.end(), end):
                continue
            name = re.sub(r"(?:\s+(?:of|for|and|the|&))+$", "", m.group(1)).strip()
            name = re.sub(r"[’']s$", "", name)
            resolved = resolve_source(canonical(name) or name, known) if name else None
            if resolved and (_is_organisation_name(resolved) or _is_organ(resolved) or resolved in known.bodies):
                out.append((start, resolved))
                break
    return out


# "…, the Sunday Telegraph reported." at a sentence end: the name and the verb (claims.lead_told_next reads it too)
REPORTED_BY = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&))*)\s+"
                          r"(?:has\s+|had\s+)?(reported|said|says|reports)[.!]?[\"”’]?\s*$")


def reported_by(text: str, sentences, known: Known) -> list[tuple[int, str, str]]:
    """(sentence start, name, document noun) for each sentence ending in an attribution to a named
    organisation ("…, the Sunday Telegraph reported."): whose "report" a later "the report added" is."""
    out = []
    for start, end in sentences:
        m = REPORTED_BY.search(text, start, end)
        if not m:
            continue
        name = canonical(m.group(1))
        if name and not is_term(name, known) and _names_someone(name, known) and not _is_place(name):
            out.append((start, name, "report" if m.group(2).startswith("report") else "statement"))
    return out


_SPEAKER_NAME = r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&))*)"
# "The EEF, said it expected …", "Mr Frost added:", '"…," said Jo Bloggs, an economist at …'
_SPEAKER_IN_SENTENCE = re.compile(
    rf"(?<![\w'’]){_SPEAKER_NAME}(?:\s*\([A-Z][\w&.]*\))?,?\s+(?:has\s+|had\s+|also\s+|then\s+)*{SPEAKING}\b"
    rf"|\b{SPEAKING}\s+(?:the\s+|its\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,4}}?{_SPEAKER_NAME}")
_NOT_SPEAKERS = frozenset("i we he she it they you this that these those there but and the a an mr mrs ms dr".split())
_HONORIFICS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord)\.?\s+")


def other_speakers(text: str, sentences) -> list[tuple[int, str]]:
    """(sentence start, name) for each sentence in ``sentences`` (without figures) in which a named person
    or body speaks ("Manufacturers' group the EEF said it expected …", '"…," said Jo Bloggs'): a
    quotation or statement, whoever it is by; pronouns and unnamed groups ("Analysts said") name nobody."""
    out = []
    for start, end in sentences:
        for m in _SPEAKER_IN_SENTENCE.finditer(text, start, end):
            written = re.sub(r"^The\s+", "", (m.group(1) or m.group(2) or "").strip()).rstrip(".")
            name = re.sub(r"(?:\s+(?:of|for|and|&))+$", "", _HONORIFICS.sub("", written))
            words = name.split()
            if not words or words[0].lower() in _NOT_SPEAKERS or (
                    len(words) == 1 and is_english_word(name.lower()) and not name.isupper() and name == written):
                continue
            # the words around the name say whom the speaker speaks for ("Acme boss Mr Dixon also said",
            # "said Jo Bloggs, chief economist of Acme")
            out.append((start, name, text[max(start, m.start() - 40):min(end, m.end() + 60)]))
            break
    return out


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]+", _HONORIFICS.sub("", name).lower())
            if w not in ("of", "for", "and", "the")}


def same_speaker(name: str, source: str, full_names: Optional[dict] = None, described: str = "") -> bool:
    """Whether ``name`` speaks for ``source``: the same name, a word of it ("Mr Niyazov" for "Saparmurat
    Niyazov", "the Bank" for "Bank of England"), its spelled-out form or its initials ("ONS"), also
    in the words that describe the speaker (``described``: "Acme boss Mr Dixon", "chief of Acme's …")."""
    full = (full_names or {}).get(name, name)
    if full == source or _name_words(full) & _name_words(source):
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", source) if w[0].isupper())
    around = {re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Z][\w'’-]*", described)}
    if _name_words(source) & {w.lower() for w in around} or (len(initials) > 1 and initials in around):
        return True
    return name.replace(".", "") == initials


# "Acme Airways has posted a record profit.", "The CBI found firms were hiring.", "Even so, the firm is
# predicting that earnings will rise.": an organisation's report of its results, findings or outlook
# in a sentence without figures, which the next sentences give (bbc-dev3 annotator I: company results
# in narration after "X has posted …" in the lead → the company). "X said it will bid" is no report of
# data: the figures after it may be anyone's.
# (active voice only: "Acme was found to have broken the rules" reports nothing)
_STATING = (r"(?:(?:has|have|had)\s+(?:also\s+)?(?:posted|reported|announced|found|revealed|unveiled|predicted|forecast)"
            r"|(?:is|was)\s+(?:also\s+)?(?:predicting|forecasting|expecting|reporting)"
            r"|(?:also\s+)?(?:posted|reported|reports|announced|found|finds|revealed|unveiled|predicted|forecast|expects))"
            r"\b(?!\s+to\b)")
_ORGANISATION_STATES = re.compile(
    rf"\W*(?:[\w'’,-]+\s+){{0,5}}?(?:[Tt]he\s+)?((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&))*)"
    rf"(?:\s+\([A-Z][\w&.]*\))?\s+{_STATING}"
    r"|\W*(?:[\w'’,-]+\s+){0,3}?[Tt]he\s+(firm|company|group|carmaker|airline|retailer|bank|insurer)\s+" + _STATING)


def organisation_statements(text: str, sentences, known: Known) -> list[tuple[int, str]]:
    """(sentence start, organisation) for each sentence in ``sentences`` whose subject is a named
    organisation (or "the firm", the article's company) that says, posts, reports or finds something:
    the source of the figures that continue it. A person ("Acme boss Mr Dixon also said …"), a place,
    a paper or a term names no such source."""
    out = []
    for start, end in sentences:
        m = _ORGANISATION_STATES.match(text, start, end)
        if not m:
            continue
        if m.group(2):
            name = known.organisation
        else:
            written = re.sub(r"[’']s$", "", m.group(1))
            if re.match(r"(?:Mr|Mrs|Ms|Dr|Sir|Lord)\b", written):
                continue
            name = resolve_source(canonical(written) or written, known)
        if not name or _is_place(name) or _is_media(name) or name == known.person \
                or (known.titles and name in known.titles.values()):
            continue
        if name == known.organisation or name in known.bodies or _is_organisation_name(name) or _is_organ(name):
            out.append((start, name))
    return out


_FORECAST_CUE = re.compile(r"(?i)\b(?:pegged|projected|projects|projection|forecasts?|forecasted|predicted|predicts|"
                           r"expects?|expected|targets?|targeted|estimates?\s+for|"
                           # "warned that prices could fall by 10%": a warning of what may come is a forecast
                           r"warn(?:s|ed)?\s+(?:that\s+)?[^.;]{0,60}?\b(?:could|would|might|may|will)\b)")


def forecasts(sentence_text: str) -> bool:
    """Whether a sentence states a forecast or target ("had pegged growth at 8%")."""
    return bool(_FORECAST_CUE.search(sentence_text))
