"""Actor names: the canonical form of a name (the alias table ``data/actors.json`` and rapidfuzz for
near variants: "U.S." / "US" / "America" / "the United States" → "United States"), what kind of thing a
name is (a term, a country or region, a place word, an organisation, a news outlet, a common English
word, a body that publishes data, a phrase that can name a speaker), the fullest form the article writes
a name in, and ``Known``: who the article has named so far.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from rapidfuzz import fuzz, process

from extractor import lexicons

ACTOR_ENTS = ("GPE", "ORG", "NORP", "PERSON")


@lru_cache(maxsize=None)
def _aliases() -> dict[str, str]:
    return lexicons.load("actors")["aliases"]


# A conjunction that opens a sentence, which the NER takes into the name after it ("Although Zentex has
# suspended sales, …" -> "Although Zentex")
_OPENING_CONJUNCTIONS = frozenset({"Although", "Though", "While", "Whereas", "Whilst", "However", "Meanwhile",
                                    "Because", "Unless", "But"})
_OPENING_CONJUNCTION = re.compile(r"^(?:" + "|".join(sorted(_OPENING_CONJUNCTIONS)) + r")\s+")


def _clean(name: str) -> str:
    name = _OPENING_CONJUNCTION.sub("", name.strip())
    # the NER runs a name on past its possessive ("Sahyadri Cements' EBITDA for Q3FY28", "Zentex's profit
    # in"): the name ends there; a capitalised word after "'s" may still be the name's ("Sainsbury's Bank"),
    # as "of" may ("Lloyd's of London")
    name = re.sub(r"(?<=s)[’']\s+\S.*$|[’']s\s+(?=[a-z])(?!(?:of|and|de)\b).*$", "", name)
    name = re.sub(r"[’']s$", "", name)
    name = re.sub(r"(?<=s)[’']$", "", name)  # "the Bureau of Statistics' data" -> "Bureau of Statistics"
    name = re.sub(r"(?i)^the\s+", "", name)
    name = without_period_label(name)
    return re.sub(r"\s+", " ", name).strip(" ,.;:()\"“”")


_PERIOD_LABEL_AFTER = re.compile(r"\s+(?:[QH][1-4]|[1-4][QH]|\d{1,2}M)?\s?(?:FY\s?'?\d{2,4})?$(?<=\w)")


def without_period_label(name: str) -> str:
    """A name without the period label the NER runs it on into ("Vardhaman Infotech Q3 results",
    "Acme Q3FY25 profit")."""
    return _PERIOD_LABEL_AFTER.sub("", name)


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


_DESCRIBING = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "State-owned", "Paris-based", "Loss-making": never a name's word


def is_term(name: Optional[str], known: Optional["Known"] = None) -> bool:
    """Whether ``name`` is a term rather than an actor: in the table of sectors, products and
    indicators; an acronym the article spells out in lower-case words ("month-on-month (MoM)") or
    as a name that is not an organisation ("Goods and Services Tax (GST)"); a word the article
    also writes in lower case ("Trade deficit" … "trade"); or a figure ("NPR 115 billion")."""
    if not name:
        return True
    low = name.lower()
    if low in _not_actors() or re.search(r"\d", name) and not re.search(r"[A-Za-z]{3}", name) \
            and not re.fullmatch(r"G\d{1,2}", name):  # "G7", "G20" are groups of countries
        return True
    if re.match(r"(?i)^(?:rs\.?|npr|inr|pkr|usd|us\$|\$|tk|lkr)\s*\d", name):
        return True
    if known is not None and known.terms and name in known.terms:
        return True
    if name.upper() in _currency_codes():
        return True  # "NPR", "PKR"
    words = [w for w in re.findall(r"[a-z]+", low) if w not in ("and", "other", "of", "the", "related", "incl")]
    if words and all(w in _sector_words() for w in words):
        return True  # "Electricity, Gas, Water Supply", "Public Administration", "Software"
    full = known.full_names.get(name) if known is not None and known.full_names else None
    if full is None and known is not None and known.full_names and name in known.full_names.values():
        full = name  # the spelled-out form itself: "Integrated Goods and Services Tax"
    if full is not None and not _is_organisation_name(full) and not _is_organ(full) and not _is_place(canonical(full)) \
            and not _brand_name(full, known):
        return True
    return False


def _brand_name(full: str, known: Optional["Known"]) -> bool:
    """Whether a spelled-out name is a company's ("Electric Games (EG)") rather than a term ("Goods and
    Services Tax (GST)"): none of its words is one the article writes in lower case, nor a measure word.
    Without the article's lower-case words, a name that is not an organisation's stays a term."""
    if known is None or not known.lower_words:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", full) if w.lower() not in ("and", "of", "the", "on", "for", "&")]
    measures = lexicons.load("actors")["measure_words"]
    return bool(words) and not any(w in known.lower_words or w in measures or w in _sector_words()
                                   or w.rstrip("s") in known.lower_words for w in words)


@lru_cache(maxsize=None)
def _currency_codes() -> frozenset[str]:
    """Every currency code (ISO 4217 from CLDR, and the local aliases such as "RMB"): never an actor."""
    from extractor import currencies

    return frozenset(code.upper() for code in currencies.table().codes)


@lru_cache(maxsize=None)
def _sector_words() -> frozenset[str]:
    return frozenset(lexicons.load("actors")["sector_words"])


def _demonyms() -> dict[str, str]:
    return lexicons.load("actors")["demonyms"]


def demonym_country(word: str) -> Optional[str]:
    """ "Pakistanis" -> Pakistan, "Nepali" -> Nepal (the actors table's demonyms), else None."""
    table, word = _demonyms(), word.lower()
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)


def _is_demonym(word: str) -> bool:
    """ "Bangladeshi", "Bangladeshis", "Nepalese"."""
    return demonym_country(word) is not None


@lru_cache(maxsize=None)
def _not_actors() -> frozenset[str]:
    return frozenset(lexicons.load("actors")["not_actors"])


def _is_organisation_name(name: str) -> bool:
    org_words = lexicons.load("actors")["organisation_words"]
    return any(w in org_words for w in re.findall(r"[\w&]+", name.lower()))


def publishes_data(name: Optional[str]) -> bool:
    """Whether a source is a public body that publishes statistics (a bureau, ministry, central bank,
    authority, the government): a news page is often a write-up of its release, whose figures it
    keeps across the release's series (exports, then imports, then the deficit). A person, a
    company or a news outlet speaks for what it said, not for the reporter's background."""
    if not name:
        return False
    table = lexicons.load("actors")
    if name in table["central_banks"].values() or name.startswith(table["government"].split("{")[0]):
        return True
    words = re.findall(r"[\w&]+", name.lower())
    # a public registry publishes the records it keeps ("the Land Registry said", bbc-dev3)
    # and a state's accounts office publishes the government's accounts ("Controller General of Accounts",
    # "Accountant General Pakistan Revenues", "Comptroller and Auditor General")
    return any(w in table["body_nouns"] for w in words) or "statistics" in words or "statistical" in words \
        or "registry" in words or re.search(r"\b(?:controller|comptroller|accountant|auditor)\s+general\b", name.lower()) is not None


def _is_organ(name: str) -> bool:
    """A committee, panel or cabinet: it can say a figure, but the figure is never its own."""
    words = re.findall(r"[\w&]+", name.lower())
    return bool(words) and words[-1] in lexicons.load("actors")["organ_words"]


# "the company", "the bank": nouns that stand for the article's company when "the" points back
_ORGANISATION_NOUNS = frozenset({"company", "firm", "group", "carmaker", "airline", "retailer", "bank", "insurer",
                                 "manufacturer", "maker", "giant", "conglomerate", "operator", "producer", "carrier"})
# nouns that describe a company ("the lender", "its partner"): never a place or market of its figure
_COMPANY_NOUNS = _ORGANISATION_NOUNS | {"lender", "brewer", "supplier", "rival", "exchange", "broker", "brokerage",
                                       "investor", "fund", "owner", "buyer", "seller", "distributor", "publisher",
                                       "chain", "business", "subsidiary", "unit", "arm", "division", "consortium",
                                       "partner"}


@lru_cache(maxsize=None)
def _territory_names() -> frozenset[str]:
    """Lower-cased English names of countries and world regions ("thailand", "southern asia"), from
    CLDR through Babel: places whose economy a figure can measure, never a city."""
    from babel import Locale

    return frozenset(n.lower() for n in Locale("en").territories.values())


def is_territory(name: Optional[str]) -> bool:
    """Whether a name is a country or world region (the table's or CLDR's: "Iraq", "Southeast Asia")."""
    return bool(name) and (_is_place(name) or name.lower() in _territory_names())


# A month (the periods lexicon's names and abbreviations, whole words: "Marks" and "Novartis" are
# names, not months), a weekday or a period word.
_TIME_WORD = re.compile(r"(?i)\b" + lexicons.alternation(lexicons.load("periods")["months"], boundary=False)
                        + r"\b|\b(?:monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|quarter|half|year|month|week|fiscal|fy|q[1-4]|h[12])\b")


_NOT_NAME_WORDS = {"the", "a", "an", "in", "by", "on", "at", "for", "of", "and", "but", "as", "shares", "mr", "mrs",
                   "ms", "dr", "sir", "chancellor", "president", "minister", "prime", "secretary", "governor",
                   "chairman", "chief", "executive", "while", "with", "from", "to", "after", "since", "if", "when",
                   "both", "either", "neither", "all", "each", "only", "even", "now", "then", "so", "analyst",
                   "economist", "spokesman", "spokeswoman", "boss", "founder", "investor", "director", "manager"}


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is the first word of a sentence, a line or a quotation."""
    i = start
    while i and text[i - 1] in " \t\"'“‘(":
        i -= 1
    return not i or text[i - 1] in ".!?\n:;"


@lru_cache(maxsize=4096)  # one scan per word and article, however often a name repeats (linear time, issue 18)
def _common_word(word: str, text: str) -> bool:
    """Whether a capitalised word is a common word capitalised only as a sentence's first: one the
    text also writes in lower case, or an English word it never capitalises mid-sentence."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None \
        or is_english_word(word) and not _capitalised_mid_sentence(word, text)


@lru_cache(maxsize=1024)  # asked once per figure with the article's text: one scan per name and article
def fullest_name(name: Optional[str], text: str) -> Optional[str]:
    """A one-word subject in the fullest form the article writes it ("Rossel" -> "Skis Rossel",
    "Commission" -> "European Commission", "Glaze" -> "Malcolm Glaze"; developed on bbc-dev2): the
    most frequent run of capitalised words ending in it that are not titles, places or function words."""
    if not name or not name[:1].isupper() or is_territory(name):
        return name
    counts: dict[str, int] = {}
    for m in re.finditer(r"((?:[A-Z][\w&-]*\s+){1,3})" + re.escape(name) + r"\b", text) if " " not in name else ():
        if re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):
            continue  # "Inner Mongolia Zorla Dairy": a longer name goes on past it, not the fuller form
        words = m.group(1).split()
        opens = _opens_sentence(text, m.start())
        while words and (words[0].lower() in _NOT_NAME_WORDS or _is_demonym(words[0]) and not is_organisation(name)
                         or is_place_word(words[0]) and not is_organisation(name) or _TIME_WORD.fullmatch(words[0])
                         or opens and (_common_word(words[0], text) or words[0] in _OPENING_CONJUNCTIONS)
                         or _DESCRIBING.fullmatch(words[0])):
            words = words[1:]  # "The London FTSE", "Dutch firm": not part of the name
            opens = False  # "Former Zentex boss", "Yesterday Ruritania's minister": a sentence's first word
        # an acronym before the name is a brand the article may drop ("MG Rollan" -> "Rollan")
        if not words or any(w.lower() in _NOT_NAME_WORDS or w.endswith(("'s", "’s")) or w.isupper()
                            for w in words):
            continue
        full = " ".join(words + [name])
        counts[full] = counts.get(full, 0) + 1
    if not counts and not is_territory(name):
        # "Petrel" after "Irish oil company Petrel Resources", "Standard Trust" after "Standard Trust Bank":
        # the name followed by the last word of a company's name ("Resources", "International", "Bank")
        # the article's first mention: a short form used before the long one names another company
        # ("market leader Kumo … a shareholder in Kumo Motors")
        suffixes = lexicons.load("actors")["company_name_words"]
        first = None
        for m in re.finditer(rf"\b{re.escape(name)}\b((?:\s+[A-Z][\w&-]*){{0,2}})", text):
            words = m.group(1).split()
            while words and words[-1].lower() not in suffixes:
                words = words[:-1]
            if not words or any(w.lower() in _NOT_NAME_WORDS or is_place_word(w) for w in words):
                if first is None:
                    break  # the bare name comes first
                continue
            full = " ".join([name] + words)
            first = first or full
            counts[full] = counts.get(full, 0) + 1
    return max(counts, key=lambda k: (counts[k], -text.find(k))) if counts else name


@dataclass(frozen=True)
class Known:
    """Who the article has named so far, for "he said" and "the company said"."""

    person: Optional[str] = None  # the last person named
    organisation: Optional[str] = None  # the article's main company, when it is about one
    country: Optional[str] = None  # the country the article is about, for "the central bank"
    full_names: Optional[dict] = None  # short forms the article spelled out: "SBP" -> "State Bank of Pakistan"
    terms: frozenset = frozenset()  # names in this article that are terms, not actors (see is_term)
    documents: Optional[dict] = None  # "release" -> the body whose release the article named, for "the release"
    bodies: tuple = ()  # the organisations the article names, most named first, for "the ministry said"
    titles: Optional[dict] = None  # "governor" -> the person the article names with that title (titled_people)
    lower_words: frozenset = frozenset()  # words the article writes in lower case: common words, not names
    homes: Optional[dict] = None  # company -> its country, from "Russian oil giant Ostoil" (home_countries)
    central_bank: bool = False  # the article speaks of its country's central bank: "the bank" is it there


def _is_media(name: Optional[str]) -> bool:
    return name is not None and name.lower() in lexicons.load("actors")["media"]


@lru_cache(maxsize=None)
def _demonym_places() -> frozenset:
    return frozenset(lexicons.load("actors")["demonyms"].values())


def _is_place(name: Optional[str]) -> bool:
    table = lexicons.load("actors")
    return bool(name) and (name in table["central_banks"] or name in table["fiscal_year_start"]
                           or name in _demonym_places())


def is_organisation(name: Optional[str]) -> bool:
    """Whether a name holds an organisation word ("Bank of England", "Zentex Group")."""
    return bool(name) and _is_organisation_name(name)


def is_country(name: Optional[str]) -> bool:
    """Whether a canonical name is a country (or the EU): its figures are its economy's."""
    return _is_place(name)


@lru_cache(maxsize=65536)  # asked for every word of every figure's sentence (claims._content_words)
def is_place_word(word: str) -> bool:
    """Whether one lower-cased word names a country or its people ("pakistan", "indian")."""
    name = canonical(word)
    return _is_place(name) or name != _clean(word) and _is_place(name)


def _names_someone(name: str, known: Known) -> bool:
    """Whether a capitalised phrase can name who said something: not a document, manual or standard
    ("the Annual Report 2023", "the Monetary Policy Statement", "BPM6"), and not a run of common
    nouns that a sub-heading or a sentence start capitalises ("Textile Exports", "Export Earnings":
    every word a measure word or one the article writes in lower case) unless it holds an
    organisation word or a place ("National Statistics Committee", "Freedonia Tourism")."""
    table = lexicons.load("actors")
    low = re.sub(r"(?:\s+(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?)+$", "", name.lower()).strip()  # "Annual Report 2023"
    words = [w for w in re.findall(r"[\w&'’-]+", low) if w not in ("of", "the", "and", "&", "for", "on", "in")]
    if not words:
        return False
    if words[-1] in table["document_nouns"] or " ".join(words[-2:]) in table["document_nouns"]:
        return False
    if len(words) == 1 and re.fullmatch(r"[a-z]{2,6}\d{1,3}", words[0]) and name not in (known.full_names or {}):
        return False  # a standard's or manual's code ("BPM6", "IFRS9")
    if any(w in table["organisation_words"] or w in table["organ_words"] for w in words) \
            or any(_is_place(canonical(w)) for w in words):
        return True
    if _is_place(canonical(name)):
        return True
    common = set(table["measure_words"]) | set(table["sector_words"]) | set(table["common_sources"])
    return not all(w in common or w in known.lower_words for w in words)


# --- common English words: a capitalised one may only open a sentence -----------------------


@lru_cache(maxsize=None)
def _english_words() -> frozenset[str]:
    return frozenset(w for words in _english_words_by_pos().values() for w in words)


def is_adjective_only(word: str) -> bool:
    """Whether a word is an English adjective that is no noun ("consolidated", "quarterly"; not "shell",
    "apple", "general"): capitalised alone at a sentence start, it names no company."""
    table = _english_words_by_pos()
    low = word.lower()
    return low in table.get("adj", ()) and low not in table.get("noun", ())


@lru_cache(maxsize=None)
def _english_words_by_pos() -> dict[str, frozenset[str]]:
    """The common English words of the default spaCy model's lemmatizer tables (WordNet's nouns,
    verbs, adjectives and adverbs): a capitalised word among them may be a sentence start ("House
    prices drop"), one outside them ("Zentex", "Activision") is a name. The model is a pinned
    dependency; without its tables the rules that use the list stay off, and a warning says so."""
    import glob
    import importlib.util
    import os
    import warnings

    from spacy.lookups import Lookups

    from extractor.pipeline import DEFAULT_MODELS

    specs = [importlib.util.find_spec(name) for name in DEFAULT_MODELS]
    roots = [r for spec in specs if spec for r in (spec.submodule_search_locations or [])]
    paths = [p for r in roots for p in glob.glob(os.path.join(r, "**", "lemmatizer", "lookups", "lookups.bin"),
                                                 recursive=True)]
    if not paths:
        warnings.warn(f"newsclaims: no lemmatizer tables in {' or '.join(DEFAULT_MODELS)}; names that look like "
                      "common words (a headline's capitalised words) are told apart less well", stacklevel=2)
        return {}
    index = Lookups().from_disk(os.path.dirname(paths[0])).get_table("lemma_index")
    return {pos: frozenset(index.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}


def is_english_word(word: str) -> bool:
    """Whether a word (any case, a plural "-s" dropped) is a common English word."""
    words = _english_words()
    low = word.lower()
    return low in words or (low.endswith("s") and low[:-1] in words)


def _capitalised_mid_sentence(word: str, text: str) -> bool:
    """Whether the text writes ``word`` capitalised somewhere other than at the start of a sentence,
    a line or a quotation."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        i = m.start()  # step back over spaces, quotes and brackets without copying the text before
        while i and text[i - 1] in " \t\"'“‘(":
            i -= 1
        if i and text[i - 1] not in ".!?\n:;-–—":
            return True
    return False


# "exports to the US", "remittances from Saudi Arabia": a flow's partner is the other side, not a
# sign of whose economy the article is about; "exports of IT services from Pakistan" name the exporter
_PARTNER_BEFORE = re.compile(r"(?i)(?:\b(?:exports?|imports?|shipments?|remittances?|inflows?|outflows?|trade|sales|arrivals|tourists|visitors)"
                             r"(?:\s+of(?:\s+[\w-]+){1,6}?)?\s+(?:to|with)"  # "shipments of palm oil to India"
                             r"|\b(?:imports?|remittances?|inflows?|trade|arrivals|tourists|visitors|orders|demand)"
                             r"(?:\s+of(?:\s+[\w-]+){1,6}?)?\s+from"  # "orders from European buyers": the buyer
                             r"|\b(?:buyers|importers|customers|clients)\s+(?:in|from))"  # "buyers in the United States took $7.9bn"
                             # "found buyers in Africa and Sri Lanka": each place of a list after the cue
                             r"\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},?\s+(?:and\s+|or\s+)?(?:the\s+)?){0,4})$")


def as_partner(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is named as a flow's other side ("exports to the US")."""
    return _PARTNER_BEFORE.search(text, max(0, start - 80), start) is not None
