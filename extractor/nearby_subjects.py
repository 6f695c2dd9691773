"""Subjects read from the words around a figure when its parse names none: the party or place a
sentence opens with ("For Aerolux, …", "In Freedonia, …", "With the Pension Guard Agency …"), the
country right after a figure or in a possessive before it, the company the sentence before opens
with ("It …", "The company …"), the home countries of the article's companies, and tax bills.
"""
from __future__ import annotations

import re
from typing import Optional

from extractor import lexicons
from extractor.names import (
    Known, _DESCRIBING, _NOT_NAME_WORDS, _ORGANISATION_NOUNS, _TIME_WORD, _clean, _is_demonym, _is_organ, _is_place,
    _names_someone, _territory_names, canonical, is_term,
)

_TOPIC = re.compile(r"^\s*(?:For|At|In\s+the\s+case\s+of)\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*,")


def topic_of(sentence_text: str, known: Optional["Known"] = None) -> Optional[str]:
    """The party a sentence opens with as its topic: "For Aerolux, the future is big - it is pinning
    its hopes on planes that can carry 840 people", "At Zentex, sales rose 5%": whose figures the
    sentence gives when its clause names nobody."""
    m = _TOPIC.match(sentence_text)
    if not m:
        return None
    name = canonical(m.group(1))
    if not name or is_term(name, known) or name.lower() in lexicons.load("actors")["measure_words"] \
            or re.search(r"\d", name) or _TIME_WORD.search(name) or not _names_someone(name, known or Known()):
        return None  # "For April-June, …", "For the Second Quarter, …" name a time, not a party
    return name


_WITH_OWNER = re.compile(r"\s*With\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,5})"
                         r"(?:\s*\([A-Z][\w&.]*\))?\s+(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than)\s+)?$")


def absolute_owner(text: str, sentence_start: int, start: int, known: Optional["Known"] = None) -> Optional[str]:
    """The party an opening "With …" clause gives a figure to ("With the Pension Guard Agency (PGA) some
    $23bn in deficit, economists want …": the agency's deficit; developed on bbc-dev3)."""
    m = _WITH_OWNER.match(text[sentence_start:start])
    name = canonical(m.group(1)) if m else None
    return name if name and not is_term(name, known) and not _TIME_WORD.search(name) else None


_PLACE_TOPIC = re.compile(r"^\s*In\s+(?:the\s+)?((?:[a-z]+\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
                          r"(?:\s+[Ii]slands?)?(?=\s*,|\s+(?:the|that|this|these|its|their|a|an)\b)")


def place_topic(sentence_text: str) -> Optional[str]:
    """The country or region a sentence opens with as its topic: "In Freedonia, tourism is 6% of the
    country's output", "In the Maldives islands, two-thirds of jobs …", "In southern Asia that growth is
    23%" (bbc-dev2): whose figures the sentence gives, over the article's country. A city ("In London,
    …"), a month or a document is no topic."""
    m = _PLACE_TOPIC.match(sentence_text)
    if not m:
        return None
    written = m.group(1)
    names = _territory_names()
    if written.lower() in names and written[:1].islower():
        return written  # "southern Asia": a region as written
    words = written.split()
    if words[0].islower():
        words = words[1:]  # "northern Ruritania": the country
    name = " ".join(words)
    canon = canonical(name)
    if _is_place(canon) or name.lower() in names:
        return canon
    return None


_DESCRIBED = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|US|UK)(?:-[A-Z][a-z]+)?((?:\s+[a-z][\w-]*){1,3})\s+"
                        r"([A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2})")


def home_countries(text: str) -> dict[str, str]:
    """Company -> its country, from the descriptions the article gives ("Russian oil giant Ostoil",
    "US media giant TeleVista", "Japanese car maker Kumo Motors"): one regex pass."""
    homes: dict[str, str] = {}
    for m in _DESCRIBED.finditer(text):
        place = canonical(m.group(1))
        if not _is_place(place):
            continue
        name = canonical(m.group(3))
        if name and not _is_place(name) and not is_term(name):
            homes.setdefault(name, place)
    return homes


_TAX_BILL = re.compile(r"(?i)(?:\s*\([^()]*\))?\)?\s*(?:bill\s+)?(?:in|of)\s+(?:unpaid|back)\s+tax(?:es)?\b"
                       r"|(?:\s*\([^()]*\))?\s*(?:in|of)\s+tax(?:es)?\s+and\s+(?:fines|penalties)\b"  # "hit with $2bn in taxes and fines"
                       r"|\s*(?:tax\s+(?:bill|arrears|debts?|claims?)|in\s+tax\s+arrears)\b")


def owes_tax(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a tax bill ("to pay off $27bn (£14bn) in unpaid taxes",
    "a $27bn bill in unpaid taxes and fines", "a $3m tax bill"): owed to the state, whose country is
    the counterparty (gold/README.md)."""
    return bool(_TAX_BILL.match(text, end))


_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


def place_after(text: str, end: int) -> Optional[str]:
    """The country named right after a figure ("compared with 12.1% in Ruritania, 9.7% in Freedonia"):
    in a comparison list each figure is that country's. None when no country follows."""
    m = _IN_PLACE.match(text, end)
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):  # "in Sri Lanka on Monday": the longest run that is a place
        name = canonical(" ".join(words[:k]))
        if _is_place(name):
            return name
    return None


def listed_place(span) -> Optional[str]:
    """The place within a country named right after a figure of a list of such places ("the average
    house price was £192,713 in England; £139,544 in Wales; £116,542 in Scotland"): each figure is
    that place's, as written (claims.md: a regional figure's subject is the region). ``span``: the
    figure's tokens. Only in a list: two figures or more of the sentence are each followed by "in"
    and a place the parser names (GPE or LOC); "sales of $5m in London" names where, not whose."""
    doc, sent = span.doc, span.sent
    # token index -> the place entity starting there (the sentence's own: Doc.ents makes every span)
    places = {ent.start: ent for ent in sent.ents if ent.label_ in ("GPE", "LOC")}

    def after(i: int):
        if i < sent.end and doc[i].lower_ == "in":  # the entity may hold its "the" ("the North East")
            return places.get(i + 1) or (places.get(i + 2) if i + 1 < sent.end and doc[i + 1].lower_ == "the" else None)
        return None

    def figure_before(ent) -> bool:  # "£139,544 in Wales", "21.7% in the North East"
        i = ent.start - (2 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else 1)
        return i > sent.start and doc[i].lower_ == "in" and (
            doc[i - 1].like_num or doc[i - 1].text == "%" or doc[i - 1].ent_type_ in ("MONEY", "PERCENT", "CARDINAL"))

    listed = [ent for ent in places.values() if figure_before(ent)]
    own = after(span.end)
    if own is None or len(listed) < 2:
        return None
    return canonical(re.sub(r"^the\s+", "", own.text, flags=re.I))


_POSSESSIVE = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+")


def possessive_place(text: str) -> Optional[str]:
    """The country of the last possessive in ``text`` ("… as China's GDP growth in the quarter was"):
    whose figure it is when the parse gives the figure no measured noun."""
    places = [canonical(m.group(1)) for m in _POSSESSIVE.finditer(text)]
    places = [p for p in places if _is_place(p)]
    return places[-1] if places else None


_OWNER_RIGHT_BEFORE = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+(?:[^\w\s]{1,3}\s*)?$")


def owner_right_before(before: str, known: Optional["Known"] = None) -> Optional[str]:
    """The possessor written right before a figure ("compared to Zentex's $17.8bn", "against Ruritania's
    4%"): whose the figure is, when the parse gives it no measured noun."""
    m = _OWNER_RIGHT_BEFORE.search(before)
    if not m:
        return None
    name = canonical(m.group(1))
    if not name or is_term(name, known) or name.lower() in _NOT_NAME_WORDS:
        return None
    return name


_LEADING_NAME = re.compile(r"(?:^|(?<=[.!?]))\s+(?:The\s+)?([A-Z][\w&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.-]*){0,4})[\s,]")


def company_before(text: str, start: int, known: Optional["Known"] = None) -> Optional[str]:
    """The company the sentence before ``start`` opens with, for a sentence that opens with "It" or
    "Its" in an article about no one company ("Ostrak International, of Arlington, heads a group of
    firms. Its withdrawal from the $325m contract …", bbc-dev2): a name that ends in an organisation
    or company word, no place."""
    lo = max(text.rfind(".", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 1)))
    m = _LEADING_NAME.match(" " + text[lo + 1:start])
    if not m:
        return None
    name = _clean(m.group(1))
    words = name.lower().split()
    table = lexicons.load("actors")
    if len(words) < 2 or not (words[-1] in table["company_name_words"] or words[-1] in table["organisation_words"]) \
            or _is_place(canonical(name)) or is_term(name, known) or _is_organ(name):
        return None
    return canonical(name)


_NAME_RUN = r"([A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,3})"
_ORG_NOUN_ALT = "|".join(sorted(_ORGANISATION_NOUNS | {"lender", "unit", "subsidiary", "division", "business", "arm"}))
# the sentence before is about one named company under a description: "But its own internet business,
# AOL, had mixed fortunes", "With United battling bankruptcy, the carrier had wanted …"
_DESCRIBED_OPENING = (
    re.compile(rf"(?:But\s+|And\s+|Meanwhile,?\s+)?(?:its|the|their)\s+(?:[\w-]+\s+){{0,4}}?(?:{_ORG_NOUN_ALT}),\s+{_NAME_RUN},"),
    re.compile(rf"With\s+{_NAME_RUN}\s+\w+ing\b[^,.]*,\s+the\s+(?:{_ORG_NOUN_ALT})\b"))
# a sentence that points back at a company: "It lost 464,000 subscribers", "The company has a $2.9bn hole"
_POINTS_BACK = re.compile(rf"\s*(?:It|Its|The\s+(?:{_ORG_NOUN_ALT}))\b(?!\s+(?:is|was)\s+(?:thought|expected|said|likely)\b)")


def company_of_sentence_before(text: str, start: int, known: Optional["Known"] = None) -> Optional[str]:
    """The company a sentence that opens with "It" or "The company" points back to, when the sentence
    before is about another named company under a description ("But its own internet business, AOL,
    had mixed fortunes. It lost 464,000 subscribers"; "With United battling bankruptcy, the carrier
    had wanted … The company has an estimated $2.9bn hole": developed on bbc-dev and bbc-dev3);
    None otherwise."""
    if not _POINTS_BACK.match(text, start):
        return None
    lo = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 1)))
    before = text[lo + 1:start].strip()
    for pattern in _DESCRIBED_OPENING:
        m = pattern.match(before)
        if m:
            raw = _clean(m.group(1))
            table = lexicons.load("actors")
            # "United" after "the pilots' scheme at United Airlines": the company's full name, no country
            full = next((f.group(0) for f in re.finditer(rf"\b{re.escape(raw)}(?:\s+[A-Z][\w&]*){{1,2}}", text)
                         if f.group(0).split()[-1].lower() in table["company_name_words"]
                         or f.group(0).split()[-1].lower() in table["organisation_words"]), raw)
            name = canonical(full)
            if name and not _is_place(name) and not is_term(name, known) and not _is_organ(name) \
                    and not _is_demonym(name.lower()) and (known is None or name != known.organisation):
                return name
    return None


# "The Florida company", "The Dutch firm": a company pointed back to by where it is from
_PLACED_POINTS_BACK = re.compile(rf"\s*The\s+((?:[A-Z][\w-]*\s+){{1,2}})(?:{_ORG_NOUN_ALT})\b")


def placed_company_before(text: str, start: int, known: Optional["Known"] = None) -> Optional[str]:
    """The company the sentence before opens with, for a sentence that points back to a company by its
    place ("Privately-held Orvel Group bought two brands from Zentex. The Florida company also owns 90
    stores": Orvel Group's, not the article's main company); None when the sentence before opens with
    no company name or with the main company."""
    m = _PLACED_POINTS_BACK.match(text, start)
    if not m:
        return None
    place = m.group(1).split()  # a place or a people, not a name's own word ("The Zentex company")
    lo = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 1)))
    lead = _LEADING_NAME.match(" " + text[lo + 1:start])
    if not lead:
        return None
    words = _clean(lead.group(1)).split()
    while words and (_DESCRIBING.fullmatch(words[0]) or words[0].lower() in _NOT_NAME_WORDS):
        words = words[1:]  # "Privately-held Orvel Group"
    name = canonical(" ".join(words)) if words else None
    table = lexicons.load("actors")
    if not name or len(words) < 2 or not (words[-1].lower() in table["company_name_words"]
                                          or words[-1].lower() in table["organisation_words"]) \
            or _is_place(name) or is_term(name, known) or _is_organ(name) \
            or (known is not None and name == known.organisation) or set(place) & set(words) \
            or (known is not None and known.organisation and set(place) & set(known.organisation.split())):
        return None
    return name


# "Pakistan's central bank, meanwhile, reported its own reserves at $18.4 billion": a country's public body
# tells its own figures
_COUNTRY_BODY = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?:central\s+bank|government|finance\s+ministry|"
                           r"statistics\s+(?:office|bureau)|statistical\s+office)\b")


def body_country(sentence: str) -> Optional[str]:
    """The one country whose public body the sentence names by a possessive ("Pakistan's central bank"),
    whose figure it tells; None when it names none or several."""
    places = {canonical(m.group(1)) for m in _COUNTRY_BODY.finditer(sentence)}
    places = {p for p in places if _is_place(p)}
    return places.pop() if len(places) == 1 else None
