"""Who a figure belongs to (subject), the other side of the flow (counterparty), who said it (source):
the rules for one claim, read from its sentence. What an article's sentences share (its main actor
and country, the publisher's country, attributions carried across sentences) is in
``extractor/article_actors.py``.

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
from extractor.prefilter import with_first_look_ahead

ACTOR_ENTS = ("GPE", "ORG", "NORP", "PERSON")
_FLOW_IN = {"import", "imports", "remittance", "remittances", "inflow", "inflows", "investment", "fdi", "aid", "loan", "loans"}
_FLOW_OUT = {"export", "exports", "shipment", "shipments", "sale", "sales", "outflow", "outflows"}
# Flow verbs and the preposition that names the other side: "exported to X", "imported from X".
FLOWS = frozenset(_FLOW_IN | _FLOW_OUT | {"trade", "deficit", "surplus"})
_FLOW_VERBS = {"export": "to", "sell": "to", "ship": "to", "send": "to", "import": "from", "buy": "from",
               "receive": "from", "trade": "with", "ask": "from", "seek": "from", "request": "from",
               "borrow": "from"}  # "is asking for $300m from the IMF": the lender is the other side
_ASKING = {"ask", "seek", "request", "borrow"}
_TITLE_NOUNS = {"ambassador", "minister", "secretary", "chairman", "chairwoman", "chief", "president", "governor",
                "director", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "ceo",
                "head", "envoy", "chargé", "premier", "executive"}


@lru_cache(maxsize=None)
def _aliases() -> dict[str, str]:
    return lexicons.load("actors")["aliases"]


def _clean(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    name = re.sub(r"(?<=s)[’']$", "", name)  # "the Bureau of Statistics' data" -> "Bureau of Statistics"
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


def _actor_in(tokens, labels=("GPE", "NORP", "ORG"), known: Optional["Known"] = None) -> Optional[str]:
    """The first actor named among ``tokens``: a named entity, an alias or demonym, or "the country"
    (the article's country). Terms are skipped: a sector, product, indicator or acronym ("ICT",
    "MoM", "Software") that NER tags as an organisation is never whose figure it is."""
    for t in tokens:
        if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ in _PLACE_OF:
            continue  # "the Netherlands-based company", "a London-listed firm": where it is, not whose figure
        described = _described_company(t, known) if t.ent_type_ in ("GPE", "NORP") or _is_demonym(t.lower_) else None
        if described:
            return described  # "US giant Seabrand", "Japanese rival Kumo Motors": the company, not its country
        if t.ent_type_ == "PERSON" and "GPE" in labels:
            ent = _entity_of(t)
            name = canonical(ent.text) if ent is not None else None
            if _is_place(name):
                return name  # "Sri Lanka's government": a country the NER took for a person
        if t.ent_type_ in labels:
            ent = _entity_of(t)
            if ent is not None:
                name = canonical(_without_opening_word(ent, known))
                if t.ent_type_ == "NORP" and not _is_place(name):
                    continue  # "South Asian", "Muslim": a group, not whose figure it is
                if name and not is_term(name, known) and not _is_organ(known.full_names.get(name, name) if known
                                                                        and known.full_names else name):
                    return name
                continue
        if _is_demonym(t.lower_) or t.lower_ in _aliases():
            name = canonical(t.text)
            if name and not is_term(name, known):
                return name
        if t.lower_ in ("country", "nation") and known is not None and known.country:
            return known.country  # "the country's textile exports"
    return None


_PLACE_OF = {"based", "registered", "listed", "headquartered", "born", "made"}


_DESCRIBING = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "State-owned", "Paris-based", "Loss-making": never a name's word


def _without_opening_word(ent: Span, known: Optional["Known"]) -> str:
    """An entity's text without a first word that only opens the sentence ("New EU rules set …",
    "Former Zentex boss …", "Yesterday Ruritania's minister …"): a word the article also writes in
    lower case, or a day or month, that the NER took into the name."""
    first = ent[0]
    if len(ent) > 1 and (_DESCRIBING.fullmatch(first.text) or first.lower_ in _not_actors()):
        # "State-owned Rosneft", "Paris-based Euronext": a description, not the name; "by 1300 GMT
        # Zentex's shares": a time zone (a term of the table) the NER took into the name
        return ent[1:].text
    if len(ent) > 1 and first.is_sent_start and (
            known is not None and first.lower_ in known.lower_words or _TIME_WORD.fullmatch(first.text)) \
            and not ent[1].text[:1].islower():  # "Bank of Xland" (a name that goes on with "of") keeps its word
        return ent[1:].text
    return ent.text


def _described_company(token: Token, known: Optional["Known"]) -> Optional[str]:
    """The company a place word describes: "US" in "US media giant TeleVista", "Japanese" in
    "Japanese rival Kumo Motors" (the place, then a common noun, then the name)."""
    if token.dep_ == "poss" and token.head.i > token.i and (
            token.head.pos_ == "PROPN" or token.head.lower_ in _UNIT_NOUNS):
        return _party(token.head, known)  # "China's CNPC", "Japan's troubled UFJ bank"
    head, common = token, False
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
        if head.pos_ in ("NOUN", "ADJ") and not head.ent_type_:
            common = True
        elif head.pos_ == "PROPN":
            break
    if not common or head.pos_ != "PROPN" or head.i == token.i:
        return None
    last = head
    while last.dep_ == "compound" and last.head.pos_ == "PROPN" and last.head.i == last.i + 1:
        last = last.head  # "Kumo" in "Kumo Motors"
    return _party(last, known)


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


def _is_demonym(word: str) -> bool:
    """ "Bangladeshi", "Bangladeshis", "Nepalese"."""
    return word in _demonyms() or (word.endswith("s") and word[:-1] in _demonyms())


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
    return any(w in table["body_nouns"] for w in words) or "statistics" in words or "statistical" in words \
        or "registry" in words


def speaks_only_for_itself(source: Optional[str], subject: Optional[str], person: bool = False) -> bool:
    """Whether a carried source is a company whose statement cannot cover the figure: the figure is
    another company's (a company speaks for its own accounts; a public body, a person, a paper or a
    a place's figure stays open to any source). Only a name that ends in a company word ("Zentex
    Airlines", "Boldco Holdings", "World Bank") counts, on either side: a parent speaks for the unit it
    names ("Time Warner said" covers AOL's figures), which the text alone does not tell apart."""
    if not source or not subject or source == subject or person or _is_place(subject) or is_territory(subject):
        return False
    if publishes_data(source) or _is_media(source) or subject.startswith(source) or source.startswith(subject):
        return False
    words = lexicons.load("actors")["company_name_words"]
    company = lambda n: " " in n and n.split()[-1].lower() in words  # noqa: E731
    return company(source) or company(subject)


def _is_organ(name: str) -> bool:
    """A committee, panel or cabinet: it can say a figure, but the figure is never its own."""
    words = re.findall(r"[\w&]+", name.lower())
    return bool(words) and words[-1] in lexicons.load("actors")["organ_words"]


# Verbs of a party's own plans: "G7 ministers backed plans to write off …", "Zentex agreed to pay …".
_PLAN_VERBS = {"back", "plan", "agree", "decide", "aim", "seek", "propose", "want", "intend", "vow", "pledge",
               "promise", "offer", "try", "attempt", "hope", "prepare", "move", "announce", "unveil", "approve"}
_TARGETED = {"purchase", "acquisition", "takeover", "bid", "buyout", "merger"}
_SENDERS = {"remittance", "remittances", "inflow", "inflows"}
# A currency that does something to a figure ("the weaker dollar cut sales by $5m") is no one's.
_CURRENCY_NOUNS = {"dollar", "euro", "pound", "yen", "yuan", "sterling", "currency", "rupee", "franc", "peso"}
# A currency priced in another ("the euro rose to $1.30"): the currency's code and the place it is
# the money of (gold/README.md: the exchange rate of the euro quoted in dollars is the eurozone's).
_CURRENCY_AREAS = {"euro": ("EUR", "eurozone"), "dollar": ("USD", "United States"), "yen": ("JPY", "Japan"),
                   "pound": ("GBP", "UK"), "sterling": ("GBP", "UK"), "yuan": ("CNY", "China"),
                   "renminbi": ("CNY", "China"), "rouble": ("RUB", "Russia"), "ruble": ("RUB", "Russia")}


def currency_priced(metric_head: Optional[Token], unit: Optional[str], known: Optional["Known"] = None) -> Optional[str]:
    """Whose exchange rate a money figure is: the place of the currency it prices, when the measured
    noun is a currency and the figure is in another one ("the euro was at $1.30" -> eurozone, "the
    dollar fell to 104 yen" -> United States, "the Ruritanian dollar at 60 US cents" -> Ruritania)."""
    if metric_head is None or metric_head.lemma_.lower() not in _CURRENCY_AREAS:
        return None
    code, area = _CURRENCY_AREAS[metric_head.lemma_.lower()]
    place = _actor_in([t for t in metric_head.children if t.dep_ in ("compound", "amod", "nmod") and t.i < metric_head.i],
                      ("GPE", "NORP"), known)
    if place is not None and _is_place(place):
        return place if place != area or unit != code else None
    return area if unit and unit != code else None


def own_currency(metric_head: Optional[Token], known: Optional["Known"] = None) -> Optional[str]:
    """The article's country for its own currency named without a place: "The currency has strengthened
    4%", "the rupee fell to 100 to the dollar" (a currency of no single place in ``_CURRENCY_AREAS``);
    None for a currency a place qualifies or one the table places ("the euro": currency_priced)."""
    if metric_head is None or known is None or not known.country:
        return None
    lemma = metric_head.lemma_.lower()
    if lemma not in _CURRENCY_NOUNS or lemma in _CURRENCY_AREAS or lemma in ("dollar", "pound", "franc", "peso"):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.lower_ not in ("its", "local", "national")
           for c in metric_head.children):
        return None
    return known.country


# Measures of a whole economy: a country's, whoever states or forecasts them.
_ECONOMY_WORDS = {"gdp", "gnp", "gni", "gva", "economy", "inflation", "cpi", "unemployment", "jobless"}
_PUBLIC_BALANCES = {"deficit", "deficits", "shortfall", "shortfalls", "surplus", "borrowing"}
_FORECAST_VERBS = {"forecast", "predict", "project", "expect", "estimate", "see"}
# "The central bank revised remittances for July to $2.1bn", "the Bureau put FY23 exports at
# $27.5bn": a body that publishes statistics restating a figure is its source, not its owner
_RESTATING_VERBS = {"revise", "update", "upgrade", "downgrade", "restate", "put", "place", "peg", "estimate", "correct"}
# "Rome's provision of a loan", "the state's grant of $5m": the giver's figure (developed on bbc-dev3)
_GIVING_NOUNS = {"provision", "grant", "offer", "injection", "extension", "disbursement", "payment", "award"}
_LENT = {"loan", "loans", "credit", "credits", "aid", "grant", "grants", "bailout"}  # "a loan to X": X borrows


def subject_and_counterparty(metric_head: Optional[Token], verb: Optional[Token], sent: Span,
                             known: Optional["Known"] = None) -> tuple[Optional[str], Optional[str]]:
    """Subject from the possessor or modifier of the measured noun, else the clause's actor subject;
    counterparty from "to/from/with X" on a flow, or the second party of "between X and Y".

    Trade: the exporter is the subject of exports, the importer of imports, the partner the
    counterparty ("Ruritania's exports to Freedonia"; "imports from Freedonia"). Remittances are the
    receiving country's: a country that sends them ("workers in Freedonia sent $2 billion",
    "Freedonia remained the largest source of remittances") is the counterparty."""
    subject = counterparty = None
    actor_in = lambda tokens: _actor_in(tokens, known=known)  # noqa: E731
    if metric_head is not None:
        # a company's accounts ("its sales in India", "Zentex said European sales fell"): the company the
        # sentence is about, not the market or region they are made in (claims.md: a company for its accounts)
        accounts = metric_head.lemma_.lower() in _ACCOUNTS
        its = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in metric_head.children)
        company = sentence_company(sent, known) if accounts or its else None
        if its and company is not None:
            subject = company
        for child in metric_head.children:
            if metric_head.lemma_.lower() in _AUTHORITY_NOUNS:
                break  # "US prosecutors": an authority's country is not whose figure it is (see below)
            if child.dep_ in ("compound", "amod", "nmod") and metric_head.lemma_ in _TARGETED:
                continue  # "the Boldco purchase", "the Delta takeover": the target, not whose figure it is
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.i < metric_head.i):
                owner = actor_in(child.subtree)
                if owner is None and child.pos_ == "PROPN" and known is not None and known.organisation \
                        and _party(child, known) == known.organisation:
                    owner = known.organisation  # "three former Zelmart executives": the NER left the company untagged
                if owner is None and child.dep_ == "poss" and metric_head.lemma_.lower() in _COMPANY_MEASURES \
                        and _company_word(child, known):
                    owner = _party(child, known)  # "Zorla's shares fell 10%": a one-word name the NER calls a person
                if owner is not None and accounts and company is not None and child.dep_ != "poss" \
                        and is_territory(owner):
                    owner = company  # "Zentex said European sales fell 2%": Zentex's sales in Europe
                subject = subject or owner
        for prep in (c for c in metric_head.children if c.dep_ == "prep"):
            obj = actor_in(prep.subtree)
            if prep.lower_ == "at" and accounts:
                # "profits at rival Boldco Holdings fell 3%": the results of the company they are at
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                at = (_party(pobj, known) or obj) if pobj is not None else None
                if at is not None and not is_territory(at):
                    subject = subject or at
                continue
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
                parties = [canonical(e.text) for e in ents_in(sent) if e.label_ in ("GPE", "ORG") and prep.i < e.start
                           and not is_term(canonical(e.text), known)]
                if len(parties) >= 2:
                    subject, counterparty = subject or parties[0], parties[1]
            elif prep.lower_ in ("of", "in") and metric_head.lower_ not in _FLOW_IN | _FLOW_OUT \
                    and metric_head.lemma_ not in _TARGETED and not (prep.lower_ == "in" and company is not None):
                subject = subject or obj  # not "its acquisition of Zentex" (the target), "its sales in India"
    if metric_head is not None and subject is None and metric_head.lemma_.lower() in _STAFF_NOUNS:
        # "police detained three executives at milk firm Zorla": the company's own people (gold/README.md
        # bbc-dev4), the "at" on the noun or right after it on the verb
        at = [c for c in metric_head.children if c.dep_ == "prep" and c.lower_ == "at"]
        if metric_head.dep_ in ("dobj", "nsubjpass", "nsubj"):
            at += [c for c in metric_head.head.children if c.dep_ == "prep" and c.lower_ == "at"
                   and c.i == metric_head.right_edge.i + 1]
        for prep in at:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            name = _company_at(pobj, known) if pobj is not None else None
            if name is not None:
                subject = name
                break
    if metric_head is not None and subject is None and metric_head.head.lower_ == "of" \
            and metric_head.head.head.lemma_.lower() in _GIVING_NOUNS:
        # "Rome's provision of a 400m euro loan": whoever provides it (a capital for its state)
        subject = actor_in([t for c in metric_head.head.head.children if c.dep_ == "poss" for t in c.subtree])
    if metric_head is not None and counterparty is None and metric_head.lower_ in _LENT:
        for prep in (c for c in metric_head.children if c.dep_ == "prep" and c.lower_ == "to"):
            # "a loan to the carrier": the borrower is the other side
            counterparty = next((_party(o, known) or actor_in([o]) for o in prep.children if o.dep_ == "pobj"), None)
    if metric_head is not None and subject is None and metric_head.dep_ == "compound" \
            and any(c.dep_ == "nummod" for c in metric_head.children):
        # "the 12-nation eurozone", "the 35-person trade group": a group counting its own members
        group = metric_head.head
        subject = actor_in([t for t in group.subtree if t.i >= metric_head.i + 1 and t.i <= group.i])
    if metric_head is not None and subject is None:
        # "reserves held by the country", "reserves held by commercial banks": the holder's figure;
        # a holder that is no actor (commercial banks) is the country's.
        for acl in (c for c in metric_head.children if c.dep_ == "acl" and c.lemma_ in ("hold", "own") + _APPROVING):
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                # "funds approved by Congress": the figure of whoever approves or grants it
                subject = actor_in(agent.subtree) or (
                    known.country if known is not None and acl.lemma_ in ("hold", "own") else None)
    clause_subject = None
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (metric_head is None or child.i != metric_head.i):
                if child.lemma_.lower() in _CURRENCY_NOUNS and child.i < verb.i:
                    continue  # "the weak US dollar would knock $5m off profits": a currency is no owner (bbc-dev2)
                if child.lower_ in ("those", "that") and child.pos_ == "PRON":
                    # "inflows from China were $500m, while those from the UAE were $300m": the pronoun
                    # stands for the flow; the place it comes from or goes to is the other party
                    partner = actor_in([t for prep in child.children if prep.dep_ == "prep"
                                        and prep.lower_ in ("from", "to") for t in prep.subtree])
                    if partner is not None:
                        counterparty = partner
                        continue
                # "Ruritania", "Ruritanian firms", "workers in Ruritania"
                located = [t for prep in child.children if prep.dep_ == "prep" and prep.lower_ in ("in", "from")
                           for t in prep.subtree]
                # "China's GDP growth was 6.3%": the possessor of the clause's subject
                owner = [t for c in child.children if c.dep_ == "poss" for t in c.subtree]
                if owner and child.pos_ == "NOUN" and child.lemma_.lower() in _COMPANY_NOUNS:
                    # "France's second largest carmaker enjoyed a 43% rise in profits": a company described
                    # by its country; the company's figure (its name in apposition, else the article's)
                    owner = []
                    named = next((_party(c, known) for c in child.children if c.dep_ == "appos"), None)
                    if named:
                        clause_subject = clause_subject or named
                if child.pos_ == "NOUN" and child.lemma_.lower() in _AUTHORITY_NOUNS:
                    # "Chinese police have detained three executives at Zorla", "US prosecutors charged nine
                    # suppliers": authorities act on others' figures; their country is not whose they are
                    continue
                # "the German deficit fell to 2.9%": a nationality that qualifies the clause's subject
                # (a common noun that is no company: "the German lender", "Swiss firm Holcim" are companies)
                national = [t for t in child.children if t.dep_ == "amod" and t.i < child.i and _is_demonym(t.lower_)
                            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")] \
                    if child.pos_ == "NOUN" and child.lemma_.lower() not in _COMPANY_NOUNS else []
                # not a name inside a relative clause ("The group, whose businesses range from jet engines
                # to the Zeta TV channel, forecast 10% growth": the group's; bbc-dev3)
                described = {t.i for c in child.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
                # a compound inside the "in"/"from" phrase is read there, in its order ("one in five of the
                # People's Bank's customers in the north of Sri Lanka": the bank before the place; bbc-dev3)
                described |= {t.i for t in located}
                clause_subject = clause_subject or actor_in(
                    [child] + [t for t in child.subtree if t.dep_ == "compound" and t.i not in described]
                    + located + owner + national)
                if clause_subject is None and child.pos_ == "PROPN" and child.ent_type_ == "PERSON" \
                        and _entity_of(child) is not None and len(_entity_of(child)) == 1 \
                        and child.lower_ not in _TITLE_NOUNS and (known is None or known.titles is None
                                                                  or child.text not in known.titles.values()):
                    # "help Ostoil pay off a $27bn bill": a one-word name the NER calls a person is as
                    # often a company; a person's name has two words
                    clause_subject = _party(child, known)
                if clause_subject is None:
                    clause_subject = the_central_bank(child, known)  # "The bank has 5bn rupees set aside"
                if clause_subject is None and _unknown_name(child, known):
                    clause_subject = canonical(child.text)  # "Zorbex has a market value of $3bn" (NER missed it)
                if clause_subject is None and child.lower_ == "it" and verb.dep_ == "ccomp":
                    # "Zentex said it sold 5,000 cars": "it" is the one who says so
                    sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                    company = sayer is not None and sayer.pos_ == "PROPN" and sayer.ent_type_ != "PERSON" \
                        and sayer.lower_ not in _TITLE_NOUNS  # a person's "it" is what they talk about
                    clause_subject = (_party(sayer, known) or _actor_in(  # "Ruritania said it will give $5m"
                        [sayer] + [t for t in sayer.subtree if t.dep_ == "compound"], ("GPE", "ORG"), known)) \
                        if company else None
                if clause_subject is None and verb.dep_ == "relcl" and child.lower_ in ("which", "that", "who"):
                    # "Boldco, which has a capitalisation of £5.7bn": the antecedent's figure; a person who
                    # acts for the company the sentence is about, that company's ("Zelmart is run by an
                    # administrator, Marco Rossi, who has sued 80 banks": Zelmart's; bbc-dev4)
                    clause_subject = _acting_for(verb.head, sent, known) or _antecedents(verb.head, known)
        governing = verb.head if verb.dep_ == "xcomp" else verb.head.head if verb.dep_ == "acl" \
            and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB" else None
        if governing is not None and governing.lemma_ not in _PLAN_VERBS:
            governing = None  # "ICRA expects the deficit to reach 5.9%": a forecaster is a source, not the owner
        if clause_subject is None and governing is not None and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                         for c in verb.children):
            # "G7 finance ministers backed plans to write off up to 100% of the debts": the subject of
            # the verb an infinitive hangs on
            for child in (c for c in governing.children if c.dep_ == "nsubj" and c.i < governing.i):
                clause_subject = actor_in([child] + [t for t in child.subtree if t.dep_ == "compound"])
        # "imported $2.1 billion worth of goods from the U.S.": the "from" may hang on the goods
        if verb.lemma_ in _FLOW_VERBS:
            for prep in (t for t in verb.subtree if t.dep_ in ("prep", "dative") and t.lower_ == _FLOW_VERBS[verb.lemma_]):
                # asked of someone: the one named, not a name inside its description ("damages from the
                # buyer of Zentex" names no lender)
                obj = actor_in(prep.subtree) if verb.lemma_ not in _ASKING else actor_in(
                    [t for o in prep.children if o.dep_ == "pobj" for t in [o] + [c for c in o.children
                                                                                 if c.dep_ == "compound"]])
                if obj:
                    counterparty = counterparty or obj
                    break
    if verb is not None and verb.lemma_ in ("send", "remit"):
        # Money sent home: the figure is the receiving country's (the "to" side, the senders'
        # nationality, else the article's country); the country they send from is the other side.
        # "Workers in Freedonia sent $2bn to Ruritania", "Ruritanians abroad sent home $2bn",
        # "Freedonia sent $2bn to Ruritania".
        senders = [c for c in verb.children if c.dep_ == "nsubj"]
        located = [t for c in senders for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "from")
                   for t in p.subtree]
        where = {t.i for t in located}
        nationality = _actor_in([t for c in senders for t in c.subtree if t.i not in where and t.ent_type_ != "GPE"
                                 and (_is_demonym(t.lower_) or t.ent_type_ == "NORP")], known=known)
        place = actor_in(located) or _actor_in([t for c in senders for t in c.subtree if t.i not in where],
                                               labels=("GPE",), known=known)
        if nationality is not None and place == nationality:
            place = None
        receiver = counterparty or nationality
        return receiver, (place if place != receiver else None)
    measured = list(metric_head.subtree) if metric_head is not None else [
        t for c in (verb.children if verb is not None else ()) if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    if clause_subject and verb is not None and verb.lemma_ in _FORECAST_VERBS and any(
            t.lower_ in _PUBLIC_BALANCES for t in measured) and publishes_data(
            known.full_names.get(clause_subject, clause_subject) if known is not None and known.full_names else clause_subject):
        # "The Budget Office forecast a shortfall of $855bn": the state's balance, the office only
        # forecasts it (it is the source; developed on bbc-dev3)
        clause_subject = None
    if clause_subject and verb is not None and verb.lemma_ in _RESTATING_VERBS and not _is_place(clause_subject) \
            and publishes_data(known.full_names.get(clause_subject, clause_subject) if known is not None
                               and known.full_names else clause_subject):
        clause_subject = None  # "The State Bank revised remittances for July to $2.09 billion": the country's
    if clause_subject and not _is_place(clause_subject) and any(t.lower_ in _ECONOMY_WORDS for t in measured):
        # "The central bank pegged GDP growth at 8%": the economy's figure, the bank only forecasts it
        # (it is the source); a body's own accounts are its own through the possessive.
        clause_subject = None
    remittance = metric_head is not None and any(t.lower_ in _SENDERS for t in metric_head.subtree)
    if remittance and clause_subject and subject is None and verb.lemma_ != "receive":
        # "Freedonia remained the largest source of remittances": the sender is the other side.
        counterparty = counterparty or clause_subject
    else:
        subject = subject or clause_subject
    paid = _supplier_paid(verb, known)
    if paid is not None:  # "Kenya agreed to pay 30% more for gas supplied by Ruritania": the seller's price
        subject, counterparty = paid, clause_subject if clause_subject != paid else None
    if subject is not None and subject == counterparty:
        counterparty = None
    return subject, counterparty


_SUPPLYING = {"supply", "sell", "provide", "deliver", "produce", "export", "ship"}
_SUPPLY_NOUNS = {"supply", "supplies", "import", "imports", "shipment", "shipments", "delivery", "deliveries"}


def _supplier_paid(verb: Optional[Token], known: Optional["Known"]) -> Optional[str]:
    """The seller of goods a price is paid for: "agreed to pay 30% more for gas supplied by Ruritania",
    "will pay $50 a tonne for coal from Borduria" -> Ruritania, Borduria (gold/README.md bbc-dev4: the
    price of goods one party sells another is the seller's, the buyer the counterparty); the company
    bought for a price ("will pay $16bn for Lumen Foods" -> Lumen Foods: a sale price is the asset's)."""
    if verb is None or verb.lemma_ != "pay":
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for goods in (o for o in prep.children if o.dep_ == "pobj"):
            bought = _party(goods, known) if goods.pos_ == "PROPN" else None
            if bought and not _is_place(bought):
                return bought  # "will pay $16bn for Lumen Foods": a sale price is the asset's (gold/README.md)
            for acl in (c for c in goods.children if c.dep_ == "acl" and c.lemma_ in _SUPPLYING):
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    name = _actor_in(agent.subtree, known=known)
                    if name:
                        return name
            sources = [c for c in goods.children if c.dep_ == "prep" and c.lower_ == "from"] \
                + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > goods.i]
            for src in sources:
                name = _actor_in(src.subtree, known=known)
                if name:
                    return name
    return None


def import_share(verb: Optional[Token], whole: Optional[Token],
                  known: Optional["Known"]) -> Optional[tuple[str, str]]:
    """(importer, supplier) of a supplier's share of imports: "Supplies from Ruritania account for 45% of
    the gas imported by Kenya" -> (Kenya, Ruritania): the importer is the subject of imports, the partner
    the counterparty (claims.md trade)."""
    if whole is None:
        return None
    if verb is None or verb.lemma_ != "account":  # the verb the whole's "of" phrase hangs on, up the parse
        verb = next((a for a in whole.ancestors if a.lemma_ == "account"), None)  # a root the tagger calls a noun
    if verb is None or verb.lemma_ != "account":
        return None
    supplier = next((_actor_in(p.subtree, known=known) for c in verb.children if c.dep_ == "nsubj"
                     and c.lower_ in _SUPPLY_NOUNS for p in c.children if p.dep_ == "prep" and p.lower_ == "from"), None)
    importer = next((_actor_in(a.subtree, known=known) for c in whole.children if c.dep_ == "acl"
                     and c.lemma_ == "import" for a in c.children if a.dep_ == "agent"), None)
    return (importer, supplier) if supplier and importer and supplier != importer else None


_BID_NOUNS = {"bid", "offer"}


def bid_head(q_root: Token, metric_head: Optional[Token]) -> Optional[Token]:
    """The bid noun a price stands for: the measured noun, or the noun the figure modifies when the
    parse gives none ("a $10bn (£5bn) bid": the amount as a modifier of "bid")."""
    if metric_head is not None:
        return metric_head
    t = q_root
    while t.dep_ in ("nmod", "compound", "nummod", "quantmod", "amod") and t.head.i != t.i:
        t = t.head
        if t.pos_ == "NOUN":
            return t
    return None


def bid_for(head: Optional[Token], known: Optional["Known"]) -> Optional[tuple[str, Optional[str]]]:
    """(target, bidder) of a bid named with its target: "Boldco's $3bn bid for Zentex", "plans for a $10bn
    bid for Ostoil unit Zelgas" (the unit named in apposition), "Boldco made a $3bn offer for Zentex"
    (bidder None here: the clause's subject); None when no named company follows "for" (gold/README.md:
    a sale or takeover price is the asset's, the buyer the counterparty; bbc-dev4: a planned bid too)."""
    if head is None or head.lemma_.lower() not in _BID_NOUNS:
        return None
    pobj = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"), None)
    if pobj is None:
        return None
    named = next((c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    target = _party(named, known) if named is not None else _party(pobj, known) if pobj.pos_ == "PROPN" else None
    if target is None or _is_place(target):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None and head.dep_ == "pobj" and head.head.lower_ == "for":  # "Boldco's plans for a bid"
        owner = next((c for c in head.head.head.children if c.dep_ == "poss"), None)
    bidder = (_party(owner, known) or _actor_in([owner], ("ORG",), known)) if owner is not None else None
    return target, bidder if bidder != target else None


def accounting_part(verb: Optional[Token], known: Optional["Known"]) -> Optional[str]:
    """Who "accounts for" a share of a whole, named as the verb's subject: "Zelgas, which accounts for
    60% of its output" -> Zelgas, "the firm that accounts for 20% of Ruritania's oil output" -> the
    firm (gold/README.md bbc-dev4: the part's figure, not the whole's owner); None for a subject that
    names no one ("Supplies from Ruritania account for 45%": a flow, read as trade). Only in a relative
    clause: "Ostoil accounts for 10% of Ruritania's exports" stays the country's (measured on bbc-test)."""
    if verb is None or verb.lemma_ != "account" or not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return None
    for child in (c for c in verb.children if c.dep_ == "nsubj"):
        if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
            return _antecedents(verb.head, known)
    return None


# what only a company has: a one-word name that owns one is a company, whatever the NER says
_COMPANY_MEASURES = frozenset({"share", "stock", "profit", "sale", "revenue", "earning", "turnover", "dividend",
                               "capitalisation", "capitalization"})


def _company_word(token: Token, known: Optional["Known"]) -> bool:
    """Whether a possessor is a one-word name that may be a company although the NER calls it a person
    or misses it: a proper noun alone (no "Mr", no first name before it), not a titled person the
    article names, not a place."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or any(c.dep_ == "compound" for c in token.children):
        return False
    ent = _entity_of(token)
    if ent is not None and (ent.label_ not in ("PERSON", "ORG") or len(ent) > 1):
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") in ("mr", "ms", "mrs", "dr", "miss", "sir", "lord"):
        return False
    if known is not None and token.text in (known.titles or {}).values():
        return False
    return not _is_place(canonical(token.text))


# the people of an organisation: counted "at" a company, they are its own (gold/README.md bbc-dev4)
_STAFF_NOUNS = frozenset({"executive", "official", "manager", "director", "boss", "employee", "worker", "staff",
                          "banker", "trader", "engineer", "pilot"})


def _company_at(pobj: Token, known: Optional["Known"]) -> Optional[str]:
    """The company an "at" phrase names: "Zorla" in "at milk firm Zorla" (its capitalised words only,
    whatever the NER took it for), "Boldco Holdings"; None for a place, a term or no name."""
    if pobj.pos_ != "PROPN" or not pobj.text[:1].isupper():
        return _party(pobj, known) if pobj.pos_ == "NOUN" else None
    start = pobj.i
    while start > 0 and pobj.doc[start - 1].dep_ == "compound" and pobj.doc[start - 1].pos_ == "PROPN" \
            and pobj.doc[start - 1].text[:1].isupper() and pobj.doc[start - 1].head.i >= start:
        start -= 1
    name = canonical(pobj.doc[start:pobj.i + 1].text)
    if not name or _is_place(name) or is_territory(name) or is_term(name, known) or _is_demonym(name.lower()):
        return None
    return name


# a company's results, the words of a figure that is the company's own ("sales", "profits")
_RESULTS = frozenset({"sales", "revenue", "revenues", "profit", "profits", "earnings", "turnover", "income", "loss",
                      "losses"})
_ACCOUNTS = _RESULTS | {"sale", "earning"}  # compared as lemmas


def sentence_company(sent: Span, known: Optional["Known"] = None) -> Optional[str]:
    """The company a sentence is about: the subject of its main verb ("Hanmoor expects its sales in India
    to grow 16%", "Unilux said European sales fell 2.8%") when it names a company or body, not a place."""
    root = sent.root
    for child in root.children:
        if child.dep_ == "nsubj":
            name = _party(child, known) if child.pos_ in ("PROPN", "NOUN", "PRON") else None
            if name is None and child.pos_ == "PROPN":
                ent = _entity_of(child)
                name = canonical(ent.text) if ent is not None and ent.label_ == "ORG" else None
            if name and not is_territory(name) and not _is_demonym(name.lower()) and not is_term(name, known):
                return name
    return None


# who investigates, charges or judges: acting on others, never whose figure it is by their country
_AUTHORITY_NOUNS = {"police", "prosecutor", "regulator", "investigator", "authorities", "authority", "court",
                    "judge", "inspector", "watchdog"}


# people who act for a company, not for themselves: what they do there is the company's
_ROLE_NOUNS = {"administrator", "receiver", "liquidator", "trustee", "chairman", "chairwoman", "chief", "executive",
               "boss", "director", "manager", "president", "founder", "owner", "ceo", "head"}


def _acting_for(head: Token, sent: Span, known: Optional["Known"]) -> Optional[str]:
    """The company a relative clause's person acts for: a person named in apposition to a role
    ("an administrator, Marco Rossi, who …") in a sentence whose main clause is about a company (its
    subject names one); None otherwise (persons who hold stakes keep them: "John Doe, who owns 5%")."""
    role = head.head if head.dep_ == "appos" else head
    if role.lemma_.lower() not in _ROLE_NOUNS or (head is not role and head.pos_ != "PROPN"):
        return None
    for child in (c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        name = _party(child, known) if child.pos_ in ("PROPN", "NOUN", "PRON") else None
        if name is None and child.pos_ in ("PROPN", "NOUN") and _unknown_name(child, known):
            name = canonical(child.text)
        if name and not _is_place(name) and not is_term(name, known):
            return name
    return None


def main_clause_company(sent: Span, known: Optional["Known"], is_person=lambda name: False) -> Optional[str]:
    """The company a sentence's main clause is about when the figure's own clause names no owner
    ("Zentex collapsed after it emerged that the $40m it held did not exist"): over a subject carried
    from the sentence before. Not a speaker's ("X said", "X estimates"), a person, a body that publishes
    data or any name with an organisation word (an association, an exchange, "Holdings"): each limit
    measured on BBC dev, dev2, dev3 and sa-dev (docs/extraction.md, branch subj12)."""
    root = sent.root
    if root.lemma_ in _reporting_verbs() or root.lemma_ in _FORECAST_VERBS or root.lemma_ in ("record", "tell"):
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].dep_ != "nsubj":
        # "it" is the carry's to resolve; two subjects are a parse gone wrong; a passive's subject is
        # what is done to ("Zelgas was auctioned to pay off $27bn in taxes": its owner's taxes)
        return None
    if subjects[0].ent_type_ != "ORG":
        return None  # a name the NER took for a company (or a one-word "person"), not a term it left untagged
    name = _party(subjects[0], known)
    words = name.split() if name else []
    measures = lexicons.load("actors")["measure_words"]
    if any(c.dep_ == "poss" for c in subjects[0].children) or any(w.isupper() for w in words) or any(
            _TIME_WORD.fullmatch(w) or w.lower() in _ECONOMY_WORDS or w.lower() in measures or is_term(w, known)
            or (known is not None and w.lower() in known.lower_words) for w in words):
        return None  # "The April-June GDP grew 7.8%", "The country's Balance of Payments": a measure, no company
    if name is None or is_territory(name) or _is_demonym(name.lower()) or is_term(name, known) \
            or is_person(name) or publishes_data(name) or is_organisation(name) or _is_organ(name) \
            or (known is not None and name in (known.titles or {}).values()):
        return None
    return name


def _antecedents(head: Token, known: Optional["Known"]) -> Optional[str]:
    """Who a relative clause is about: its antecedent ("Boldco, which has …"), several joined as written
    ("John Doe and Jim Roe, who own 28.9% of the club"), past a description of where they are from
    ("Bank A and Bank B, both from Ruritania, who each hold 2.4%"; gold/README.md: joint holders)."""
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.dep_ == "appos" \
            and head.head.head.lower_ in ("both", "all", "each"):
        head = head.head.head.head
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in ("PROPN", "NOUN"):
        head = head.head  # "Anna Perera and Tomas Hale, who own …" parsed on the last of the pair
    first = _actor_in([head], known=known) or _party(head, known)
    if first is None:
        return None
    others = [c for c in head.children if c.dep_ == "conj"]
    def name_of(token: Token) -> Optional[str]:
        ent = _entity_of(token) if token.ent_type_ in ("ORG", "PERSON") else None
        return canonical(ent.text) if ent is not None and len(ent) > 1 else _party(token, known) or _actor_in([token], known=known)

    names = [first] + [n for n in (name_of(c) for c in others) if n]
    if len(names) != 1 + len(others) or any(n in first for n in names[1:]):
        # "Alliance & Zenda Saver, which pays 5%": one name with "&" inside, not two holders (bbc-dev3)
        return first
    return " and ".join(names)


def _unknown_name(token: Token, known: Optional["Known"]) -> bool:
    """Whether a capitalised word the NER left untagged is a name: one word, singular, with no
    determiner, that the article never writes in lower case ("Zorbex has a market value of $3bn",
    bbc-dev2's "Activision"), and no measure, sector, title, common source, term, time or place."""
    if known is None or not known.lower_words or token.ent_type_ or token.tag_ not in ("NN", "NNP") \
            or token.pos_ not in ("NOUN", "PROPN") or token.lower_ in lexicons.load("actors")["common_subject_nouns"] \
            or not re.fullmatch(r"[A-Z][a-z]{2,}[\w&-]*", token.text) or token.lower_ in known.lower_words:
        return False
    if any(c.dep_ in ("det", "poss", "compound", "amod") for c in token.children) or is_english_word(token.text):
        return False
    table = lexicons.load("actors")
    low = token.lower_
    return not (low in table["measure_words"] or low in _sector_words() or low in table["common_sources"]
                or low in _TITLE_NOUNS or low in _not_actors() or low in _ECONOMY_WORDS or _TIME_WORD.search(low)
                or is_place_word(low) or _is_demonym(low) or is_term(token.text, known))


# "the company", "the bank": nouns that stand for the article's company when "the" points back
_ORGANISATION_NOUNS = frozenset({"company", "firm", "group", "carmaker", "airline", "retailer", "bank", "insurer",
                                 "manufacturer", "maker", "giant", "conglomerate", "operator", "producer", "carrier"})
# nouns that describe a company ("the lender", "its partner"): never a place or market of its figure
_COMPANY_NOUNS = _ORGANISATION_NOUNS | {"lender", "brewer", "supplier", "rival", "exchange", "broker", "brokerage",
                                       "investor", "fund", "owner", "buyer", "seller", "distributor", "publisher",
                                       "chain", "business", "subsidiary", "unit", "arm", "division", "consortium",
                                       "partner"}
_APPROVING = ("approve", "authorise", "authorize", "allocate", "grant", "sanction", "earmark", "pledge", "budget")


def legislature_country(name: Optional[str], country: Optional[str]) -> Optional[str]:
    """The country a legislature belongs to ("Congress" -> United States; "Parliament" -> the article's
    ``country``), None for any other name: a legislature approves, authorises and budgets the state's
    money, and the figure is its country's (bbc-dev2: "Congress authorising an $800bn rise in what the
    state can owe", "$18bn of funds approved by Congress" -> United States)."""
    if not name:
        return None
    table = lexicons.load("actors")["legislatures"]
    low = _clean(name).lower()
    if low not in table:
        return None
    return table[low] or country


_UNIT_NOUNS = {"consortium", "group", "alliance", "unit", "division", "subsidiary", "arm", "bank"}
_STAKE_NOUNS = {"stake", "stakes", "shareholder", "shareholding", "holding", "holdings", "owner", "investor"}


def _party(token: Token, known: Optional["Known"]) -> Optional[str]:
    """The company or body a token names: its named entity or run of proper nouns ("search-engine
    Google" -> "Google"), "it", "the firm", "the company" for the article's company; None for a place,
    a term or a common noun."""
    if token.pos_ == "PRON" and token.lower_ in ("it", "its"):
        return known.organisation if known is not None else None
    if token.pos_ == "NOUN" and token.lower_ in _ORGANISATION_NOUNS and known is not None \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return known.organisation
    if token.pos_ == "NOUN" and token.lower_ in _UNIT_NOUNS:
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and not _is_place(canonical(names[0].text)) and not is_term(canonical(names[0].text), known):
            # "the Firebird consortium", "the Mizuho group"; "its Deluxe Film unit" -> "Deluxe Film"
            end = token.i + 1 if token.lower_ in ("consortium", "group", "alliance") else names[-1].i + 1
            start = min(t.i for t in names[0].subtree if t.pos_ == "PROPN")
            return token.doc[start:end].text
    if token.pos_ != "PROPN":
        return None
    ent = _entity_of(token) if token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") else None
    if ent is not None and ent.label_ == "ORG":
        text = ent.text
    else:  # the NER tags invented or foreign company names as anything: the run of proper nouns
        start = token.i
        while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound" \
                and not re.search(r"-[a-z]+$", token.doc[start - 1].text):  # not "State-owned", "Paris-based"
            start -= 1
        text = token.doc[start:token.i + 1].text
    name = canonical(text)
    if not name or _is_place(name) or is_term(name, known) or _is_demonym(name.lower()):
        return None
    return name


def stake(q_span: Span, known: Optional["Known"] = None) -> Optional[tuple[Optional[str], str]]:
    """(holder, company) for a share of a company: "owns 8% of Google", "a third of US giant Seabrand",
    "two-thirds of Seabrand was bought by Diavo", "had been offered 20% of Varneft", "a 30%
    shareholder in Mizuho Motors" (gold/README.md: a stake's company is the counterparty, its
    holder or buyer the subject). None when the share is not of a company ("45% of GDP", "a third
    of Ruritania's exports")."""
    root = q_span.root
    company = None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        company = _party(obj, known) if obj is not None and obj.pos_ == "PROPN" else None
    holder_token = None
    if company is None and root.dep_ in ("compound", "amod", "nummod", "npadvmod") and root.head.lower_ in _STAKE_NOUNS:
        noun = root.head  # "a 30% shareholder in X", "a 5% stake in X"
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            company = _party(obj, known) if obj is not None and obj.pos_ == "PROPN" else None
        if company is not None and noun.dep_ == "appos":
            holder_token = noun.head  # "DaimlerChrysler, a 30% shareholder in X"
        if company is not None and noun.dep_ in ("attr", "dobj"):
            root = noun
    if company is None:
        return None
    holder = _party(holder_token, known) if holder_token is not None else None
    verb = root.head if root.dep_ != "ROOT" else root
    while holder is None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT",) and verb.head.i != verb.i:
        verb = verb.head
    if holder is None and verb.pos_ in ("VERB", "AUX"):
        children = list(verb.children)
        agent = [o for c in children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        passive = [c for c in children if c.dep_ == "nsubjpass"]
        active = [c for c in children if c.dep_ == "nsubj"]
        for cand in agent + [c for c in passive if c.i != root.i] + active:
            holder = _party(cand, known)
            if holder is None:  # "Perrin's last major purchase was a third of …"
                holder = next((_party(p, known) for p in cand.children if p.dep_ == "poss"), None)
            if holder is not None:
                break
    return (holder if holder != company else None), company


_SHAREHOLDING = re.compile(r"(?i)\b(?:investors?|shareholders?|stakes?|owners?|holders?|holdings?|shareholding|owned)\b")


def holder_of_share(q_span: Span, known: Optional["Known"] = None) -> Optional[str]:
    """Who holds a share given beside its name, in a sentence about ownership: "Zentex is 100%
    Ruritanian-owned" (the company owned, not the owners' nationality), "investors including Acme
    Capital (32.8%)" (the holder the bracket follows). bbc-dev2."""
    root = q_span.root
    if not _SHAREHOLDING.search(q_span.sent.text):
        return None
    head = root.head
    if root.dep_ == "npadvmod" and head.lower_ in ("owned", "controlled", "held") and head.dep_ == "acomp" \
            and not any(c.dep_ == "agent" for c in head.children):  # "85% owned by the state": the holder's stake
        owned = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return _party(owned, known) if owned is not None else None
    if root.dep_ == "appos" and head.pos_ == "PROPN" and root.i > head.i:
        return _party(head, known)
    if root.dep_ == "appos" and head.lemma_.lower() == "government" and root.i > head.i:
        # "the shareholders of Zentel are the French government (15%) and …": the state's holding (bbc-dev3)
        place = _actor_in([c for c in head.children if c.dep_ in ("amod", "poss", "compound")], ("GPE", "NORP"), known)
        if _is_place(place):
            return lexicons.load("actors")["government"].format(country=place)
    return None


_RESPONDENTS = r"(?:companies|firms|businesses|manufacturers|retailers|people|adults|consumers|households|respondents|sectors|members|economists)"
_OF_SURVEYED_BEFORE = re.compile(rf"\s*Of\s+(?:the|those|all)\s+(?:[\w-]+\s+){{0,3}}?{_RESPONDENTS}\s+(?:it\s+|they\s+|we\s+)?"
                                 rf"(?:surveyed|polled|questioned|asked)\b[^,]*,")
_OF_SURVEYED_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_RESPONDENTS}\s+(?:surveyed|polled|questioned|asked)\b")


def surveyed_share(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a figure counts the respondents of a survey ("Of the companies surveyed, 30% saw orders
    rise", "13 of the 20 sectors surveyed", "40% of firms polled"): the answers measure the country's
    firms or people, not the body that ran the survey, which is only its source (gold/README.md,
    bbc-dev3). The size of the panel itself ("the 20 sectors surveyed") is not such a figure."""
    m = _OF_SURVEYED_BEFORE.match(text, sentence_start)
    if m and start >= m.end():
        return True
    return bool(_OF_SURVEYED_AFTER.match(text, end))


_HELD = re.compile(r"\b(?:shareholders?|owners?|investors?|stakes?|holdings?)\s+(?:of|in)\s+"
                   r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})")


def company_held(sentence_text: str, known: Optional["Known"] = None) -> Optional[str]:
    """The company a sentence about holdings names ("The main shareholders of Zentel are …",
    "investors in Zentel include …"): the other side of each holder's share (gold/README.md)."""
    m = _HELD.search(sentence_text)
    name = canonical(m.group(1)) if m else None
    return name if name and not _is_place(name) and not is_term(name, known) else None


# Verbs whose object (or indirect object) is the other side of the money or goods: "lent Russia
# $6bn", "supply Peugeot with 30,000 vehicles", "sued Morgan Stace to return 136m euros".
_RECIPIENT_VERBS = {"lend", "loan", "supply", "give", "grant", "pay", "owe", "award", "sue", "provide", "fine"}
_SALE_VERBS = {"sell": "to", "buy": "from", "acquire": "from", "purchase": "from"}


def deal_parties(q_span: Span, known: Optional["Known"] = None) -> tuple[Optional[str], Optional[str]]:
    """(subject, counterparty) a deal verb gives a figure, each None when it names none.

    - A loan, supply, payment or lawsuit: the other party is the verb's indirect or direct object
      ("China lent Russia $6bn", "to supply Peugeot with 30,000 cars"), also of the verb a purpose
      clause hangs on ("sued Morgan Stace to return 136m euros").
    - A sale price ("sold Rollan for £10 to the Firebird consortium", "Rollan was sold for £10"): the
      asset sold is the subject, the buyer (or the seller, for "bought X from Y") the counterparty
      (gold/README.md: sale prices take the asset as subject and the buyer as counterparty)."""
    root = q_span.root
    token = root
    while token.dep_ not in ("ROOT",) and token.pos_ not in ("VERB",) and token.head.i != token.i:
        token = token.head
    verb = token if token.pos_ == "VERB" else None
    if verb is None:
        return None, None
    via_for = root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == verb.i
    if verb.lemma_ in _SALE_VERBS and via_for:
        children = list(verb.children)
        passive = any(c.dep_ == "auxpass" for c in children)
        asset = next((c for c in children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        subject = _party(asset, known) if asset is not None and asset.pos_ == "PROPN" else None
        if subject is None and asset is not None and asset.pos_ == "NOUN":
            # "buy its former parent and phone pioneer Zentel for $16bn": the company the description names
            subject = next((_party(c, known) for c in asset.children if c.dep_ in ("conj", "appos")
                            and c.pos_ == "PROPN"), None)
        other = None
        for prep in (c for c in children if c.dep_ in ("prep", "agent")):
            if prep.lower_ == _SALE_VERBS[verb.lemma_] or (prep.dep_ == "agent" and verb.lemma_ != "sell"):
                other = next((_party(o, known) for o in prep.children if o.dep_ == "pobj"), None) or other
        if other is None and verb.lemma_ != "sell" and not passive:
            # "Zentex bought X for $2bn"; "Zentex is to buy X", "Zentex agreed to buy X": the subject of the
            # verb the infinitive hangs on
            buyers = [c for c in children if c.dep_ == "nsubj"] or (
                [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "xcomp" else [])
            other = next((_party(c, known) for c in buyers), None)
        return subject, other
    if verb.lemma_ == "value" and root.dep_ == "pobj" and root.head.lower_ == "at":
        asset = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return (_party(asset, known) if asset is not None else None), None  # "valued its Deluxe unit at £300m"
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "advcl", "ccomp") else None):
        if v is None or v.lemma_ not in _RECIPIENT_VERBS:
            continue
        # "sued Morgan Stace to return 136m euros" (parsed with Morgan Stace the subject of "return")
        inner = [c for c in verb.children if c.dep_ == "nsubj"] if v is not verb else []
        inner += [c for c in v.children if c.dep_ == "nsubj" and c.i > v.i]  # an object parsed as a late subject
        # "pay former partner Velta 1.5bn euros (…)": the receiver parsed as a modifier of the amount
        inner += [c for c in root.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                  and c.i < q_span.start and root.dep_ == "dobj" and root.head.i == v.i and v.lemma_ in ("pay", "lend", "owe", "give")]
        for obj in [c for c in v.children if c.dep_ in ("dative", "dobj") and c.i not in {t.i for t in q_span}] + inner:
            name = _party(obj, known) if obj.pos_ == "PROPN" else None
            if name is None and obj.ent_type_ in ("GPE",):
                name = canonical(obj.text)
            if name is None and obj.pos_ == "NOUN" and obj.lower_ in _COMPANY_NOUNS:
                # "pay former partner Velta 1.5bn euros": the company named in apposition
                name = next((_party(c, known) for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name:
                payer = None
                if v.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in v.children):
                    # "Kormax had to pay …": the one who has to pay (bbc-dev3)
                    payer = next((_party(c, known) if c.dep_ == "nsubj" else canonical(_entity_of(c).text)
                                  for c in v.head.children if c.dep_ == "nsubj" or c.i < v.head.i
                                  and c.dep_ == "advmod" and c.ent_type_ == "ORG"), None)  # "Qwest, meanwhile, had"
                return (payer if payer != name else None), name
    return None, None


# "… 0.41 of its shares and $1.50 in cash for each Zentel share": a takeover's terms per target share
_PER_TARGET_SHARE = re.compile(r"\b(?:for|per)\s+each\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+share\b")
# "a $6.75bn (£3.6bn) buyout from telecoms giant Zentel": the bidder right after the price
_BID_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+(?:takeover|buyout|bid|offer)\s+(?:from|by)\s+(?:[a-z][\w-]*\s+){0,2}"
                        r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})")


def per_share_target(sentence_text: str, known: Optional["Known"] = None) -> Optional[str]:
    """The company whose shares a takeover's terms are per ("swap 0.41 of its shares and $1.50 in cash
    for each Zentel share, plus $4.50 a share in dividends"): the target is whose figures they are,
    the bidder the counterparty (gold/README.md, bbc-dev3)."""
    m = _PER_TARGET_SHARE.search(sentence_text)
    name = canonical(m.group(1)) if m else None
    return name if name and not _is_place(name) and not is_term(name, known) else None


def bidder_after(text: str, end: int, known: Optional["Known"] = None) -> Optional[str]:
    """The bidder named right after a price ("accepted a $6.75bn buyout from telecoms giant Zentel"):
    the other side of the takeover."""
    m = _BID_AFTER.match(text, end)
    name = canonical(m.group(1)) if m else None
    return name if name and not _is_place(name) and not is_term(name, known) else None


_OTHER_PARTIES = {"rival", "competitor", "supplier", "vendor", "creditor", "challenger"}


def group_related_to(q_span: Span, known: Optional["Known"] = None, counted: Optional[Token] = None) -> Optional[str]:
    """The company an unnamed group is counted by ("eight of Aerovia's rivals", "nine of its suppliers"):
    the group is nobody's figure and the company the other side (gold/README.md, bbc-dev3)."""
    root = q_span.root
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        for group in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _OTHER_PARTIES):
            owner = next((c for c in group.children if c.dep_ == "poss"), None)
            if owner is not None:
                return _party(owner, known) or _actor_in([owner], ("ORG",), known)
    if counted is not None and counted.lemma_.lower() in _OTHER_PARTIES | _OUTSIDE_GROUPS:
        # "two former Zelmart auditors", "Zelmart's 130,000 bondholders" (bbc-dev4: an unnamed group around a firm)
        for owner in (c for c in counted.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"):
            name = _party(owner, known)
            if name and not is_territory(name):
                return name
        if known is not None and known.organisation and known.organisation.split()[0] in q_span.sent.text \
                and not any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in counted.children):
            # "charged nine food suppliers with helping Zelmart inflate earnings": the article's company
            return known.organisation
    return None


# groups outside a company that deal with it: counted by their relation to it, they are not its own
_OUTSIDE_GROUPS = {"auditor", "investor", "shareholder", "bondholder", "customer", "client", "lender", "creditor"}


def compared_with(q_span: Span, known: Optional["Known"] = None) -> Optional[str]:
    """The other side of a comparison between two parties: "Perrin is about 9% smaller than Allied
    Domecq" (gold/README.md: the other entity is the counterparty, the comparison in the metric)."""
    root = q_span.root
    if root.dep_ != "npadvmod" or root.head.tag_ not in ("JJR", "RBR"):
        return None
    for prep in (c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "than"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            return _party(obj, known) or (canonical(obj.text) if _is_place(canonical(obj.text)) else None)
    return None


# An event's audience ("the 300 invited guests"): counted people whose count is nobody's figure.
AUDIENCE = frozenset({"guest", "attendee", "delegate", "spectator", "audience", "participant", "onlooker", "invitee"})

_OWNING_VERBS = {"own", "operate", "run", "have", "employ", "manage"}


def owner_of_count(verb: Optional[Token], known: Optional["Known"] = None) -> Optional[str]:
    """Who owns, runs or employs the things counted: "It now owns 34 Grovely casinos in 38 countries"
    (the company, not the brand "Grovely" nor a place), "MG Rollan, which employs 6,000 people",
    "whose Agroflora subsidiary operates 13 farms"."""
    if verb is None or verb.lemma_ not in _OWNING_VERBS:
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        name = _party(subj, known)
        if name is None and subj.pos_ == "NOUN":
            name = next((_party(c, known) for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if name:
            return name
    return None


_CENTRAL_BANK_RATE = re.compile(r"(?i)\b(?:(?:base|policy|key|repo|reverse\s+repo|bank|discount|benchmark|official)\s+"
                                r"(?:interest\s+|lending\s+)?rates?|inflation\s+target|inflation\s+\(target\)|target)\b")


def central_bank_rate(metric: Optional[str], sentence_text: str = "") -> bool:
    """Whether a figure is a central bank's own instrument: its policy rate ("base rates will stay on
    hold at 4.75%", "the key rate") or its inflation target ("inflation was below the 2% target"):
    the bank's figure, not the country's (sa-dev decisions: "Policy/key rate: subject State Bank of
    Pakistan"; an inflation target range is the central bank's)."""
    if not metric:
        return False
    m = _CENTRAL_BANK_RATE.search(metric)
    if not m:
        return False
    if m.group(0).lower() == "target":  # "inflation was below the 2% target": a bare target, of inflation
        return metric.strip().lower() == "target" and bool(re.search(r"(?i)\binflation\b", sentence_text))
    return True


_RATE_WORDS = re.compile(r"(?i)\b(?:(?:interest|base|policy|key|lending|bank|benchmark)\s+rates?|borrowing\s+costs|"
                         r"rate\s+(?:rises?|cuts?|increases?|hikes?))\b")
_RATE_ACTIONS = {"raise", "cut", "lower", "leave", "hold", "keep", "push", "lift", "reduce", "trim", "hike", "take",
                 "put", "increase"}


def rate_decision(q_token: Token, metric: Optional[str], sentence_text: str) -> bool:
    """Whether a figure is a central bank's rate decision told in narration ("The Bank has left interest
    rates on hold at 4.75%", "the Fed has pushed through three rate rises, taking borrowing costs to
    1.75%"): the bank's act, not a report, which no statement named before covers (gold/README.md: a
    rate set or left on hold, told in narration → null; so is the count of earlier rises). A rate
    someone expects ("rates will stay on hold at 4.75%") is not an act."""
    if not (central_bank_rate(metric, sentence_text) or _RATE_WORDS.search(sentence_text)):
        return False
    verbs = [a for a in q_token.ancestors if a.pos_ in ("VERB", "AUX")][:2]
    if not verbs or verbs[0].lemma_.lower() not in _RATE_ACTIONS:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS | {"should", "must", "to"} for v in verbs for c in v.children) \
        and not any(v.lemma_.lower() in _OWN_FORECAST_VERBS for v in verbs)


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


@lru_cache(maxsize=None)
def _territory_names() -> frozenset[str]:
    """Lower-cased English names of countries and world regions ("thailand", "southern asia"), from
    CLDR through Babel: places whose economy a figure can measure, never a city."""
    from babel import Locale

    return frozenset(n.lower() for n in Locale("en").territories.values())


def is_territory(name: Optional[str]) -> bool:
    """Whether a name is a country or world region (the table's or CLDR's: "Iraq", "Southeast Asia")."""
    return bool(name) and (_is_place(name) or name.lower() in _territory_names())


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


# A month (the periods lexicon's names and abbreviations, whole words: "Marks" and "Novartis" are
# names, not months), a weekday or a period word.
_TIME_WORD = re.compile(r"(?i)\b" + lexicons.alternation(lexicons.load("periods")["months"], boundary=False)
                        + r"\b|\b(?:monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|quarter|half|year|month|week|fiscal|fy|q[1-4]|h[12])\b")


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


_EXPECTED_AFTER = re.compile(r"\s+(?:had\s+been\s+|was\s+)?(?:widely\s+|generally\s+|broadly\s+)?"
                             r"(?:expected|forecast|predicted|anticipated|hoped\s+for)\b(?!\s+(?:to|by|in|for|at)\b)")
_EXPECTED_BEFORE = re.compile(r"(?i)\b(?:the|an?)\s+(?:expected|forecast|predicted|anticipated|hoped-for)\s+$")


def others_expectation(text: str, start: int, end: int) -> bool:
    """Whether a figure is an expectation nobody in the sentence owns: "consumer credit rose by £1.5bn,
    more than the £1.4bn expected", "hopes of a 0.2% expansion" (gold/README.md: not the reporting
    body's figure, source null). "expected by analysts" and "expected to reach" are not this shape."""
    return bool(_EXPECTED_AFTER.match(text, end)) and text[end:end + 1] != "," \
        or bool(_EXPECTED_BEFORE.search(text[max(0, start - 30):start])) \
        or bool(re.search(r"(?i)\bhopes?\s+(?:of|for)\s+(?:an?\s+)?$", text[max(0, start - 20):start]))


_EXPECTING = r"(?:expectations?|forecasts?|predictions?|estimates?|consensus)"
_GROUP_WORD = r"(analysts|economists|forecasters|strategists|experts)"
# "confounding economists' expectations of a 0.3% rise", "forecasts by analysts of a 2% fall"
_GROUP_EXPECTED_BEFORE = re.compile(
    rf"(?i)(?:\b{_GROUP_WORD}['’]\s+(?:[\w-]+\s+){{0,2}}?{_EXPECTING}|\b{_EXPECTING}\s+(?:by|from|among|of)\s+"
    rf"(?:most\s+|many\s+|city\s+)?{_GROUP_WORD})\s+(?:of|for)\s+(?:[\w-]+\s+){{0,3}}$")
# "beating the 0.5% gain economists had forecast", "a 2% rise expected by analysts"
_GROUP_EXPECTED_AFTER = re.compile(
    rf"(?i)(?:\s+[\w-]+){{0,3}}?\s+(?:{_GROUP_WORD}\s+(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|"
    rf"anticipated|pencilled\s+in)|(?:expected|forecast|predicted|anticipated)\s+by\s+(?:most\s+|many\s+)?{_GROUP_WORD})\b")


def expected_by_group(text: str, sentence_start: int, start: int, end: int) -> Optional[str]:
    """The unnamed group whose expectation the figure is, named in the phrase that holds it
    ("confounding economists' expectations of a 0.3% rise", "beating the 0.5% gain economists had
    forecast", "a 2% fall expected by analysts") inside someone else's statement: the group's own
    forecast (gold/README.md bbc-dev3 and bbc-dev4: → ``economists``), never the reporting body's, and
    like every unnamed group's forecast it neither carries nor reaches back; None otherwise."""
    m = _GROUP_EXPECTED_BEFORE.search(text[max(sentence_start, start - 120):start])
    if m is None:
        m = _GROUP_EXPECTED_AFTER.match(text, end)
        if m is not None and re.search(r"[,;:.]", m.group(0)):
            m = None  # "rose 2%, analysts expected …": another clause
    if m is None:
        return None
    return _Group(next(g for g in m.groups() if g).lower())


_MARKET_PRICE = re.compile(r"(?i)\b(?:(?:crude|brent|wti|oil|gasoline|gold|silver|copper)\s+(?:oil\s+)?(?:prices?|futures)"
                           r"|(?:crude|brent|gasoline|oil|commodity|commodities)\s+(?:[\w-]+\s+){0,2}futures"
                           r"|(?:light|sweet|heavy|brent|wti)\s+(?:[\w-]+\s+){0,2}crude)\b")
_NOT_MARKET = re.compile(r"(?i)\b(?:edible|cooking|palm|soybean|sunflower|mustard|vegetable|olive|domestic|retail|local)\s+oil\b")


_NATIONAL_MARKET = re.compile(r"(?i)\b(?:house|home|property|housing)[\s-]+prices?\b|\bprices?\s+of\s+(?:homes|houses)\b"
                              r"|\bmortgage|\bhousing\s+market\b")


def national_market(metric: Optional[str]) -> bool:
    """Whether a metric measures a country's housing market (house prices, mortgage lending): the
    country's figure, whichever lender, bank or forecaster states it (developed on bbc-dev2)."""
    return bool(metric) and _NATIONAL_MARKET.search(metric) is not None


_AREA = r"((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:\s+and\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)?)"
_AREA_IN = re.compile(rf"\bin\s+(?:the\s+)?{_AREA}(?![\w'’])")
_MARKET_AREA = re.compile(rf"(?i:\b(?:house|home|property|housing)[\s-]+(?:prices?|market)\s+in\s+(?:the\s+)?){_AREA}(?![\w'’])")


def _area(name: str) -> Optional[str]:
    """A place or area as written ("Wales", "Greater London", "England and Wales"), canonical when
    the table knows it; None for a time ("January") or a word the article capitalises for no place."""
    if _TIME_WORD.search(name) or any(w.lower() in _NOT_NAME_WORDS for w in name.split() if w != "and"):
        return None
    return canonical(name)


def market_area(text: str, sentence_start: int, figure_start: int) -> Optional[str]:
    """Where a national market's figure is from when its sentence does not name a country: the area
    the clause names before it ("gains were biggest in Wales, where house prices rose 23%", "prices
    rose slowest in Greater London, up 6%"), else the area the article gives the market's data for
    ("the average house price in England and Wales"; developed on bbc-dev3: a data body's coverage)."""
    before = text[sentence_start:figure_start]
    clause = re.split(r"[;:]|\b(?:while|whereas|but)\b", before)[-1]
    found = [a for a in (_area(m.group(1)) for m in _AREA_IN.finditer(clause)) if a]
    if found:
        return found[-1]
    area, paragraph = _article_market_area(text)
    reporter = _REPORTED_BEFORE.search(clause)
    if area and reporter and reporter.group(1) not in paragraph:
        # "Halifax said house prices rose by 0.8%": another lender's own index, not the data body's
        # coverage of one area; the country's market, the one the article names (developed on bbc-dev3)
        return _named_market(text)
    return area


# "a slowdown of the UK's housing market", "the Freedonian property market": the country of the market
_NAMED_MARKET = re.compile(r"\b([A-Z][\w]*(?:\s+[A-Z][\w]*)?)(?:['’]s)?\s+(?:housing|property|house|home)\s+market\b")


def _named_market(text: str) -> Optional[str]:
    for m in _NAMED_MARKET.finditer(text):
        place = canonical(m.group(1))
        if place and _is_place(place):
            return place
    return None


# "Halifax said house prices …", "Nationwide reported a rise of …": a named body that states the figure
_REPORTED_BEFORE = re.compile(r"\b([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:said|says|reported|reports|found|"
                              r"showed|shows|estimated|estimates)\b(?!.*\b(?:said|says|reported|reports)\b)")


@lru_cache(maxsize=64)  # asked per figure with the article's text: one scan per article (linear time)
def _article_market_area(text: str) -> tuple[Optional[str], str]:
    """The area the article gives the market's data for, and the paragraph that says so."""
    m = _MARKET_AREA.search(text)
    area = _area(m.group(1)) if m else None
    if not m:
        return None, ""
    start, end = text.rfind("\n\n", 0, m.start()), text.find("\n\n", m.end())
    paragraph = text[start + 1 if start >= 0 else 0:end if end >= 0 else len(text)]
    # a city's prices do not speak for the whole article's market; a country or a joint area does
    return (area if area and (" and " in area or _is_place(area)) else None), paragraph


def market_price(metric: Optional[str]) -> bool:
    """Whether a metric is the price of a commodity on a world market ("US crude prices", "light
    sweet crude futures", "oil prices", "gold prices"): nobody owns it, so it has no subject
    (gold/README.md, BBC dev), neither the place where it trades ("US crude") nor the article's
    company. Consumer prices of goods ("wheat price", "edible oil prices") are the country's."""
    return bool(metric) and bool(_MARKET_PRICE.search(metric)) and not _NOT_MARKET.search(metric)


_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


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
                         or opens and _common_word(words[0], text) or _DESCRIBING.fullmatch(words[0])):
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


# "Reports said", "reportedly", "…, reports say", "was widely reported as": attributed to reports
# nobody names; the BBC sets label the source "reports" (gold/README.md; developed on bbc-dev2).
REPORTS = "reports"
_REPORTED = re.compile(r"(?i)\breportedly\b|\b(?:media\s+|press\s+|news\s+)?reports\s+(?:said|say|says|suggest(?:ed|s)?|claim(?:ed|s)?)\b"
                       r"|\bwidely\s+reported\b")


_HEARSAY = re.compile(r"(?i)\b(?:is|are|was|were)\s+(?:widely\s+|now\s+)?(?:thought|believed|rumou?red|understood|feared)\s+to\b"
                      # "is widely seen as a key factor": an opinion held by nobody named
                      r"|\b(?:is|are|was|were)\s+(?:widely|generally|commonly)\s+(?:seen|regarded|viewed)\s+as\b")


def hearsay(sentence_text: str) -> bool:
    """Whether a sentence gives a figure as what unnamed people think or fear ("The deficit is thought
    to be more than 10%", "is believed to have paid $5m", "Some 20,000 people are feared to be dead",
    "Together with a $300bn trade gap, the deficit is widely seen as …"): attributed to nobody named, so no source named
    before covers it (as "officials said"; claims.md: anonymous → null)."""
    return bool(_HEARSAY.search(sentence_text))


def reported_anonymously(sentence_text: str) -> bool:
    """Whether a sentence attributes its figures to unnamed reports ("Reports said …", "reportedly")."""
    return _REPORTED.search(sentence_text) is not None


@lru_cache(maxsize=None)
def index_names() -> str:
    """The stock indices of ``actors.json`` (``market_indices``) as one alternation, longest first."""
    return "|".join(re.escape(n) for n in sorted(lexicons.load("actors")["market_indices"], key=len, reverse=True))


@lru_cache(maxsize=None)
def _index_before_verb() -> re.Pattern:
    return re.compile(rf"\b({index_names()})(?:\s+\d+)?(?:\s+(?:index|average|share\s+index))?\s+(?:[a-z]+\s+){{1,3}}$")


def market_of_index(before: str) -> Optional[str]:
    """The country of the stock market whose index moves by the figure: "the London FTSE fell 0.8%",
    "Tokyo's Nikkei 225 dropped 2%" (the index right before the figure, at most three words between)."""
    m = _index_before_verb().search(before)
    return lexicons.load("actors")["market_indices"][m.group(1)] if m else None


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


_LEADER_TITLE = (r"(?:President|Prime\s+Minister|PM|Chancellor|Premier|Chancellor\s+of\s+the\s+Exchequer|"
                 r"(?:Finance|Economy|Economics|Trade|Treasury|Commerce)\s+(?:Minister|Secretary)|King|Queen|Emperor)")


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


# --- source ---------------------------------------------------------------------------------------

def _reporting_verbs() -> set[str]:
    return set(lexicons.words("source.reporting_verbs"))


# Verbs that say something only without a direct object: "he added that …", "…, she added", but not
# "the economy added 337,000 jobs".
_SAYING_WITHOUT_OBJECT = frozenset(lexicons.words("source.saying_without_object"))


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


# Common nouns for someone who speaks: unnamed ("a trade group said"), their word is not the source's before.
_SPEAKER_NOUNS = {"group", "association", "union", "federation", "chamber", "body", "organisation", "organization",
                  "company", "firm", "lobby", "council", "committee", "spokesman", "spokeswoman", "spokesperson",
                  "executive", "banker", "bankers", "investor", "investors", "lawmaker", "lawmakers"}


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


def _name_of(token: Token, known: Known) -> Optional[str]:
    """A source's name from the subject of a reporting verb: the PERSON or ORG inside it, else the noun."""
    # not the names of a relative clause about it ("Barwick, which owns the Wolford, forecast …")
    described = {t.i for c in token.children if c.dep_ == "relcl" for t in c.subtree}
    subtree = [t for t in token.subtree if t.i not in described]
    if token.lower_ == "bank" and any(c.dep_ == "amod" and c.lower_ == "central" for c in token.children):
        return token.doc[subtree[0].i:token.i + 1].text  # "Nepal's central bank": resolve_source finds whose
    if token.lemma_.lower() == "government":
        # "Sri Lanka's government", "the Thai government": that country's government (claims.md)
        place = _actor_in([t for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                           for t in c.subtree], ("GPE", "NORP"), known)
        if place is not None and _is_place(place):
            return lexicons.load("actors")["government"].format(country=place)
    for label in ("PERSON", "ORG"):
        for t in subtree:
            if t.ent_type_ == label:
                ent = _entity_of(t)
                if ent is not None and _clean(ent.text).lower() in _TITLE_NOUNS:
                    return person_titled(_clean(ent.text), known)  # "the Minister" tagged as a name is a title
                if ent is not None and len(ent) == 1 and ent[0].is_sent_start and t.i != token.i \
                        and is_english_word(ent.text) and not _capitalised_mid_sentence(ent.text, token.doc.text):
                    continue  # "Upscale department store Boldmart said": the opening word is no name
                if ent is not None:
                    # "Zentex - Boldco's majority owner - admitted": the name before the dash aside
                    return canonical(re.split(r"\s+[-–—]\s+", _source_without_opening_word(ent, known))[0])
    if token.lower_ in _SPOKESPEOPLE:
        spoken_for = _spoken_for(token, known)
        if spoken_for:
            return spoken_for
    if token.pos_ == "PRON":
        if token.lower_ == "it":
            # "it said" in a story about one company; else the body the article names most
            # ("The Monetary Policy Committee met … It said …")
            return known.organisation or (resolve_source(known.bodies[0], known) if known.bodies else None)
        return known.person if token.lower_ in ("he", "she") else None
    if token.lower_ in _TITLE_NOUNS:
        return person_titled(token.lower_, known)  # "the ambassador said" after the ambassador was named
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in token.children)
    named = _the_body_named(token.lower_, known) if not indefinite else None
    if named:
        return named  # "the bank said" in a story about a building society: the one bank the article names
    if token.lower_ in _ORGANISATION_NOUNS and known.organisation and not indefinite:
        return known.organisation  # "the company said" in a story about one company; "a trade group" is another
    if token.pos_ == "PROPN":
        # A name is its run of proper nouns ("website Parker's" -> "Parker's"), not its description.
        start = token.i
        while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
            start -= 1
        return canonical(_source_without_opening_word(token.doc[start:token.i + 1], known))
    if token.pos_ == "NOUN":
        words = [t.text for t in subtree if t.dep_ in ("compound", "amod") and t.i < token.i] + [token.text]
        return canonical(" ".join(words))
    return None


_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def _spoken_for(token: Token, known: Known) -> Optional[str]:
    """The organisation an unnamed spokesperson speaks for ("a bank spokesman told Reuters" after
    "Zelnor Bank's customers …" → "Zelnor Bank"): the one organisation of the sentence, else of the
    article, whose name ends in the noun before "spokesman"; the article's company for "a company
    spokesman" (bbc-dev3 annotator I: the spokesman speaks for a named organisation)."""
    nouns = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    if not nouns:
        return None
    noun = nouns[-1]
    in_sentence = {canonical(e.text) for e in token.sent.ents if e.label_ == "ORG"
                   and re.sub(r"[’']s$", "", e.text).lower().split()[-1:] == [noun]}
    in_sentence.discard(None)
    if len(in_sentence) == 1:
        return in_sentence.pop()
    if noun in _ORGANISATION_NOUNS and known.organisation:
        return known.organisation
    return _the_body_named(noun, known)


def _source_without_opening_word(ent: Span, known: Known) -> str:
    """A speaker's name without a first word that only opens the sentence ("Past Ruritanian Statistics
    Office (RSO) forecasts said …" → "Ruritanian Statistics Office"): a word the article writes in
    lower case, or one whose removal leaves the full name the article spells out (developed on
    bbc-dev3)."""
    if len(ent) < 2 or not ent[0].is_sent_start or ent[0].ent_type_ == "PERSON" and len(ent) == 2:
        return ent.text
    rest = ent[1:].text
    if ent[0].lower_ in known.lower_words or rest in (known.full_names or {}).values():
        return rest
    return ent.text


# Nouns that are part of the names of bodies: "the bank" is the Bank of Ruritania the article named.
_NAME_NOUNS = {"bank", "commission", "agency", "council", "authority", "fund", "society"}


def _the_body_named(noun: str, known: Known) -> Optional[str]:
    """ "the bank", "the commission": the one body of the article with that word in its name, when the
    article's main organisation does not have it (developed on bbc-dev2); None otherwise."""
    if noun not in _NAME_NOUNS or (known.organisation and noun in known.organisation.lower().split()):
        return None
    bodies = {b for b in known.bodies if noun in b.lower().split()}
    return bodies.pop() if len(bodies) == 1 else None


def _data_source(noun: Token, known: Known) -> Optional[str]:
    """ "data from the Pakistan Telecommunication Authority", "data released by the Bureau",
    "central bank figures"."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")]
    # "data released by X", "figures compiled by X", "figures shared by X"
    preps += [p for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
              for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return _name_of(obj, known)
    mods = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod", "poss", "nmod")]
    for mod in reversed(mods):  # "the Bank of Ruritania's monthly report": not "monthly"
        name = _name_of(mod, known)
        if name:
            return name
    return None


_CUE = re.compile(r"(?i)\b(?:according\s+to|as\s+per|citing|quoting|cited\s+by|as\s+reported\s+by|"
                  r"(?:showed|shows|revealed|per)\s+(?=(?:the\s+)?(?:latest\s+|official\s+)?(?:data|figures|statistics)\b))\s*")


def _data_noun_pattern() -> str:
    return "|".join(lexicons.words("source.data_nouns"))


# What ends a cited name: a time ("on Thursday", "last week", "Tuesday") or the next clause.
_NAME_END = re.compile(r"\s+(?:on|in|during|last|this|earlier|yesterday|today|since|till|until|as\s+of|at|"
                       r"showed|shows|revealed|said|says|released|issued|published|compiled|shared|"
                       r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$", re.S)


def _cited_source(sent: Span, known: Known) -> Optional[str]:
    """ "according to central bank figures" → "central bank"; "as per Invest2Innovate's update" →
    "Invest2Innovate"; "according to data from the Office of the U.S. Trade Representative" → that office;
    "according to the latest PBS data" → "PBS"; "as per the data released by the central bank on
    Thursday" → "central bank"."""
    m = _CUE.search(sent.text)
    if not m:
        return None
    rest = sent.text[m.end():]
    # Up to the clause's end; the sentence's own full stop is dropped, "U.S." kept.
    phrase = re.split(r"[,;:!?)(\n]|\s[-–—]\s|\.\s+(?=[a-z])", rest, maxsplit=1)[0].strip().rstrip(".")
    nouns = _data_noun_pattern()
    # A description of the data before whose it is: "the latest exports figures shared by", "weekly report".
    described = re.match(rf"^(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){{0,3}})(?:{nouns})\b\s*"
                         rf"(?:(?:(?:released|compiled|shared|issued|published|provided|prepared|collected)\s+)?"
                         rf"(?:from|by|of)\s+)?", phrase)
    if described:
        rest = phrase[described.end():]
        # "the data released by the central bank" → what follows; "central bank figures" → what precedes.
        before = re.sub(r"(?i)\b(?:latest|weekly|monthly|quarterly|annual|official|provisional|recent|new|"
                        r"available|trade|export|exports|import|imports|economic)\b", "", described.group(1)).strip()
        phrase = _NAME_END.sub("", rest if rest.strip() else before)
        if not phrase.strip() and known.documents:
            # "according to the release": the body whose release the article named before
            # ("data released by the Ministry of Statistics"), by the document's noun.
            noun = re.search(rf"\b({nouns})\b", described.group(0))
            return known.documents.get(_document_noun(noun.group(1))) if noun else None
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    if not phrase:
        return None
    titled = _TITLE_BEFORE.search(phrase)
    if titled and titled.end() == len(phrase.rstrip()) and _person_words(titled.group(2)):
        # "according to Bank of England deputy governor Rita Lomond": the person who said it
        return _person_words(titled.group(2))
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
    phrase = _NAME_END.sub("", phrase)
    phrase = re.sub(rf"(?i)\s+(?:{nouns})$", "", phrase)
    words = phrase.split()
    if not words or len(words) > 6:
        return None
    if words[-1].lower() in _TITLE_NOUNS:
        return person_titled(words[-1], known)
    return canonical(phrase)


def _is_media(name: Optional[str]) -> bool:
    return name is not None and name.lower() in lexicons.load("actors")["media"]


_FORECAST_NOUNS = {"predictions", "forecasts", "projections", "estimates"}
_ADMITTING = {"admit", "concede", "acknowledge", "confess"}  # "X admitted the project ran $1bn over budget"
_SURVEY_VERBS = {"survey", "poll", "question", "interview", "sample", "canvass"}
_FINDING_VERBS = {"find", "conclude", "suggest", "put"}  # "estimates from X put the cost at $5bn"
# "Shares rose 4% after the firm announced a find": a statement in a clause of time is the occasion
# of the figure, not its attribution (developed on bbc-dev2).
_OCCASION_MARKS = {"after", "before", "since", "until", "following", "when", "once"}
_CONTRAST_MARKS = {"while", "whereas", "whilst"}  # not "although": often the same party (", although the firm warned …")


def source_for(q_token: Token, sent: Span, known: Known, subject: Optional[str]) -> Optional[str]:
    """Who the sentence attributes the figure to; None when it names nobody.

    In order: "according to X"; the subject of a reporting verb above the figure in the parse
    ("X said that exports rose 23%"); any reporting verb with a named subject in the sentence.
    A news agency ("..., APP reported") yields to the person or body it quotes.
    """
    data_nouns = set(lexicons.words("source.data_nouns"))

    def name_of_subject(verb: Token) -> Optional[str]:
        if verb.dep_ == "acl" and verb.head.lower_ in data_nouns and verb.tag_ == "VBG" \
                and verb.left_edge.i <= q_token.i <= verb.right_edge.i:
            # "… point to Commerce Department figures showing that spending grew 4.6%": the data's body
            name = _data_source(verb.head, known)
            if name:
                return name
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ in ("which", "who") and verb.dep_ == "relcl":
                # "criticism from the Economic Affairs Committee, which said …": the antecedent said it
                name = _name_of(verb.head, known)
                if name:
                    return name
            # "X said", "data released by X showed"; in the passive the subject is what was said
            # ("GDP is estimated at ..."), the sayer is the agent ("estimated by the Bureau").
            if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and child.lower_ in data_nouns):
                name = _data_source(child, known) if child.lower_ in data_nouns else _name_of(child, known)
                if name is None and child.lower_ in data_nouns and known.documents \
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in child.children):
                    # "…, the report added": the body whose report the article named ("X reported")
                    name = known.documents.get(_document_noun(child.lower_))
                if name:
                    return name
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        name = _name_of(obj, known)
                        if name:
                            return name
        return None

    def anonymous(verb: Token) -> bool:
        # "officials said"; "the Governor said" when the article names nobody with that title:
        # someone else's word, so the source named before does not cover it either.
        # "a dealer group said", "the consumers' association said" naming nobody: someone else's word too.
        return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _ANONYMOUS or c.lower_ in _TITLE_NOUNS
                                                          and person_titled(c.lower_, known) is None
                                                          or c.lower_ in _SPEAKER_NOUNS
                                                          and resolve_source(_name_of(c, known), known) is None)
                   for c in verb.children)

    def reports(verb: Token) -> bool:
        if verb.lemma_ == "put" and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children) \
                and any(c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or c.lower_ in _ORGANISATION_NOUNS)
                        for c in verb.children):
            return True  # "Zentex put production for the year at 3.9 billion barrels": the company's figure
        if verb.lemma_ in _RESTATING_VERBS and any(c.dep_ == "nsubj" and publishes_data(_name_of(c, known))
                                                   for c in verb.children):
            return True  # "the State Bank revised remittances to $2.09 billion": the bank's figure to report
        if verb.lemma_ in _FINDING_VERBS:  # "a survey by X found": only data finds
            return any(c.dep_ == "nsubj" and c.lower_ in data_nouns for c in verb.children)
        if (verb.lemma_ in _SAYING_WITHOUT_OBJECT or verb.lower_ in _SAYING_WITHOUT_OBJECT) \
                and any(c.dep_ == "dobj" for c in verb.children):
            return False  # "the economy added 337,000 jobs", "Zentex added 5 stores": not a statement
        return verb.lemma_ in _reporting_verbs() or verb.lower_ in _reporting_verbs() or verb.lemma_ in _ADMITTING

    def about_the_sayer(verb: Token) -> bool:
        # "The firm, whose Agroflora unit operates 13 farms, insisted that …": a figure inside the
        # description of who speaks is not what they said
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= q_token.i <= c.right_edge.i
                   for c in verb.children)

    def occasion(verb: Token) -> bool:
        # "Shares in Acme rose 4% after the firm announced a find": the statement is when the figure
        # happened, not who states it; a figure inside that clause is still its speaker's
        clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "advcl"), None)
        return clause is not None and not clause.left_edge.i <= q_token.i <= clause.right_edge.i \
            and any(c.dep_ in ("mark", "prep") and c.lower_ in _OCCASION_MARKS for c in clause.children)

    def aside(verb: Token) -> bool:
        # "A £1.3bn offer was rejected, while Boldco said it would bid": a statement in a clause of
        # contrast does not cover a figure outside it
        for t in [verb, *verb.ancestors]:
            if t.dep_ == "advcl":
                return not t.left_edge.i <= q_token.i <= t.right_edge.i \
                    and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children)
        return False

    cited = _cited_source(sent, known)
    candidates = [cited]
    token = q_token
    unnamed = False
    group = None  # "analysts expect …": an unnamed group's own forecast (see unnamed_group)
    path = [q_token]
    while token.head.i != token.i:
        token = token.head
        path.append(token)
        if token.pos_ == "NOUN" and token.lower_ in _FORECAST_NOUNS:
            # "based on EC predictions of growth of 1.5%": the body whose forecast holds the figure
            candidates += [_name_of(m, known) for m in token.children if m.dep_ in ("compound", "poss", "nmod")
                           and m.i < token.i and m.pos_ == "PROPN"][:1]
        if reports(token) and not about_the_sayer(token):
            speaker = name_of_subject(token)
            cue = _CUE.search(sent.text)
            if speaker and cited and cue and cue.group(0).lower().startswith("according") \
                    and sent.start_char + cue.start() > max(token.idx, q_token.idx):
                # "X has said it will give $3m, according to the Daily Y": the paper carries X's
                # statement; X is the source (GUIDELINES §8: the carrier is not the source)
                candidates.insert(0, speaker)
            candidates.append(speaker)
            unnamed = unnamed or anonymous(token)
            group = group or _group_forecast(token, path)
    reporting = [t for t in sent if t.pos_ == "VERB" and reports(t) and not about_the_sayer(t) and not occasion(t)
                 and not aside(t)]
    candidates += [name_of_subject(t) for t in reporting]
    # "Of the 20 sectors surveyed by the Zentex Institute, 13 grew": the surveying body's figures
    candidates += [_name_of(obj, known) for t in sent if t.lemma_ in _SURVEY_VERBS and t.dep_ in ("acl", "relcl")
                   for a in t.children if a.dep_ == "agent" for obj in a.children if obj.dep_ == "pobj"]
    unnamed = unnamed or any(anonymous(t) for t in reporting)
    # "Homeowners now expect prices to rise 1%, Mr X said": a common word capitalised only where a
    # sentence starts is nobody's name
    def common_word(name: str) -> bool:
        # only a word of this sentence ("the firm said" stands for the article's company by name)
        written = [t for t in sent if t.text == name]
        return " " not in name and bool(written) and is_english_word(name) \
            and not any(t.ent_type_ or t.pos_ == "PROPN" for t in written) \
            and not _capitalised_mid_sentence(name, sent.doc.text)

    named = [c for c in candidates if c and not common_word(c)]
    preferred = [c for c in named if not _is_media(c)] or named
    for name in preferred:
        resolved = resolve_source(name, known, subject)
        if resolved:
            return resolved
    return group or (ANONYMOUS if unnamed else None)


# Unnamed groups whose own forecast, expectation or estimate the BBC gold attributes to them by the
# noun ("Analysts expect profit to rise 9%" → "analysts"; "The unions said the closure would mean
# the loss of 600 jobs" → "unions"; gold/README.md bbc-dev "analysts predict", bbc-dev3 annotator I).
# A fact they only relay ("analysts said reserves reached $20bn") is someone else's figure: null
# (sa-dev decisions, "Common nouns are never a source"). Such a source does not carry: the source
# named before resumes after its sentence, as after "officials said".
UNNAMED_GROUPS = frozenset({"analysts", "economists", "experts", "unions", "forecasters", "strategists"})
_OWN_FORECAST_VERBS = {"expect", "forecast", "predict", "estimate", "project", "reckon", "anticipate"}
_MODALS = {"could", "would", "might", "may", "will"}


class _Group(str):
    """An unnamed group's name as source_for found it ("analysts expect …"), told apart from a name
    that only reads the same ("according to experts", which carries as before)."""


def unnamed_group(source: Optional[str]) -> bool:
    """Whether source_for gave an unnamed group's forecast ("analysts"): its sentence's figure only,
    never carried."""
    return isinstance(source, _Group)


def _group_forecast(verb: Token, path: list) -> Optional[str]:
    """The unnamed group ("analysts", "economists") that is the subject of ``verb`` when the figure
    (the first token of ``path``, which climbs to ``verb``) is their own forecast: the verb forecasts
    ("expected a figure closer to $320m", "have forecast profit will rise 9%"), or the clause or noun
    of the figure under it is one of possibility ("said the closure would mean the loss of 600 jobs",
    "say the figures leave out the potential $2bn costs"); None otherwise."""
    # "analysts say …"; "with analysts saying …" (the verb hangs on the group)
    said_by = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
    subjects = [c for c in said_by if c.lower_ in UNNAMED_GROUPS
                and not any(t.ent_type_ in ("ORG", "PERSON") for t in c.subtree)]
    if not subjects:
        return None
    below = path[:-1]
    own = verb.lemma_.lower() in _OWN_FORECAST_VERBS \
        or any(c.dep_ == "aux" and c.lower_ in _MODALS for t in below for c in t.children) \
        or any(c.dep_ == "amod" and c.lower_ in ("potential", "possible", "likely") for t in below for c in t.children)
    return _Group(subjects[0].lower_) if own else None


# "officials said", "analysts say", "reports said": attributed, but to nobody named. The figure's
# source is null; the source named before resumes after this sentence (sa-dev decisions, group B).
ANONYMOUS = ""
_ANONYMOUS = {"official", "officials", "source", "sources", "insider", "insiders", "people", "person", "analyst",
              "analysts", "expert", "experts", "economist", "economists", "reports", "observers", "traders",
              "dealers", "media"}


_GOVERNMENT = re.compile(r"(?i)^(?:the\s+)?(?:(?:federal|central|union|national|incumbent|present|coalition)\s+)?"
                         r"(?:government|govt\.?|centre|center)$")
_MONETARY_COMMITTEE = re.compile(r"(?i)^(?:the\s+)?(?:monetary\s+policy\s+(?:committee|board)|MPC)(?:\s+of\s+.*)?$")
_CENTRAL_BANK = re.compile(r"(?i)^(?:the\s+)?(?:country['’]s\s+|([a-z]+(?:\s+[a-z]+)?)(?:['’]s)?\s+)?central\s+bank$")
# "the Finance Ministry", "Union Finance Ministry", "the ministry of finance" -> "Ministry of Finance"
# (sa-dev decisions, group A: one spelling per body).
_MINISTRY = re.compile(r"(?i)^(?:the\s+)?(?:(?:union|federal|central|state)\s+)?((?:[a-z&]+\s+){0,2}[a-z&]+)\s+ministry$"
                       r"|^(?:the\s+)?ministry\s+of\s+((?:[a-z&]+\s+){0,3}[a-z&]+)$")


# A company's own results told in narration: "Acme posted a loss of $5m", "Acme saw its profits drop
# 10%", "Acme suffered a 3% fall in sales": the company reported them (developed on bbc-dev2, after
# the annotators' "Acme posted a loss" rule; "made profits of" is left out, as it also tells
# background: bbc-dev 021).
_RESULT_VERBS = {"post", "suffer", "see", "record", "book", "report", "increase", "raise", "cut"}
_RESULT_WORDS = _RESULTS | {"dividend", "dividends"}


def own_results(q_token: Token, known: Known, metric: Optional[str]) -> Optional[str]:
    """The company whose own results the clause of the figure tells, by a verb of results with the
    company as its subject; None for any other figure (a country's, a person's, a stake)."""
    if not metric or not _RESULT_WORDS & set(re.findall(r"[a-z]+", metric.lower())):
        return None
    token = q_token
    for _ in range(6):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            # "Acme's net income fell to $5m": the results named by their owner, whatever the verb
            owners = [p for c in token.children if c.dep_ == "nsubj" and c.lower_ in _RESULT_WORDS
                      for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN" and p.ent_type_ != "PERSON"]
            name = _name_of(owners[0], known) if owners else None
            if name and not _is_place(name) and not is_term(name, known):
                return name
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _RESULT_VERBS:
            continue
        # the company by name, "it" or "the firm"; never the measure ("sales increased 4%") or a person
        named = [c for c in token.children if c.dep_ == "nsubj" and c.ent_type_ != "PERSON" and (
            c.pos_ == "PROPN" or c.lower_ == "it" or c.lower_ in _ORGANISATION_NOUNS)]
        name = _name_of(named[-1], known) if named else None
        return name if name and not _is_place(name) and not is_term(name, known) else None
    return None


_SHARE_PRICE = re.compile(r"(?i)^(?:[\w&'’.-]+\s+){0,3}(?:shares|stocks?|share\s+price|stock\s+price)$|^shares\s+(?:of|in)\s+\S+$")


def share_price_figure(kind: str, metric: Optional[str]) -> bool:
    """Whether a figure is a move or level of a share price ("Zentex shares fell 2%", "Shares in Boldco
    rose 4% to $27.24"): market data the reporter narrates, which no statement named before covers
    (gold/README.md bbc-dev "share-price moves … stay null"; bbc-dev3 "Share moves → null")."""
    return kind in ("percent", "money") and bool(metric) and bool(_SHARE_PRICE.match(metric))


_MONEY_NAMES = (r"(?:dollar|euro|pound|yen|yuan|renminbi|sterling|currency|rupee|franc|peso|rouble|ruble|rand|real|"
                r"lira|won|baht|ringgit|rupiah|naira|shilling|kwacha|taka|dirham|riyal|dinar|zloty|forint|krona|krone)s?")
_EXCHANGE_METRIC = re.compile(rf"(?i)\bexchange\s+rates?\b|^(?:the\s+)?value\s+of\s+the\b|\b{_MONEY_NAMES}$")
# "…, nearing 120 shillings to the US dollar", "at $1.30 against the euro"
_PRICED_IN_ANOTHER = re.compile(rf"\s+(?:to|against|per)\s+(?:the|one|a|each)\s+(?:US\s+|American\s+|single\s+)?{_MONEY_NAMES}\b")


def exchange_rate_figure(kind: str, metric: Optional[str], text: str, end: int,
                         q_token: Optional[Token] = None) -> bool:
    """Whether a figure is a currency's move or rate ("The shilling has strengthened 3% since January,
    nearing 120 shillings to the US dollar", "the dollar was trading against the euro at $1.32"):
    market data the reporter narrates, like a share price, which no statement named before covers
    (gold/README.md: exchange rates in narration → source null, bbc-dev2 annotator H and bbc-dev4
    annotator L). The currency is read off the metric, the words after the figure, or the subject of
    the figure's clause (``q_token``)."""
    if kind not in ("percent", "money"):
        return False
    if metric and _EXCHANGE_METRIC.search(metric.strip()) or kind == "money" and _PRICED_IN_ANOTHER.match(text, end):
        return True
    verb = q_token
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and re.fullmatch(_MONEY_NAMES, c.lemma_.lower()) for c in verb.children)


# "Last year, …", "In 2002, …", "Before Wednesday's announcement, …", "When it was launched, …": a
# sentence that opens on an earlier time tells the reporter's history of the matter
_HISTORY_OPENING = re.compile(r"^\W*(?:(?:Last|Earlier\s+this)\s+(?:year|decade|century)|In\s+(?:19|20)\d\d|"
                              r"Before\s+[^,]{1,60}|When\s+(?:it|they|he|she)\s+(?:was|were)\s+[^,]{1,40}|"
                              r"Back\s+in\s+[^,]{1,30}|Historically|Previously|Formerly)\s*,")


def history_opening(sentence_text: str) -> bool:
    """Whether a sentence opens on an earlier time ("Last year, …", "Before the announcement, …"): the
    reporter's background, which a company's or a person's statement named before does not cover
    (GUIDELINES §8 "Never": "a reporter's background history of the measure"; bbc-dev 049)."""
    return bool(_HISTORY_OPENING.match(sentence_text))


_PLANNING = {"plan", "offer", "propose", "intend", "agree", "want", "seek", "aim", "pay", "swap", "bid",
             # another company's deals and orders ("Boldair has signed deals with two airlines", "Kestrel is
             # considering buying 50 aircraft", "Codelco will spend $1bn")
             "sign", "buy", "order", "consider", "acquire", "sell", "invest", "spend"}


def acted_by_another(q_token: Token, source: str, known: Known) -> bool:
    """Whether the figure is the terms of another named company's own act or plan ("Verizon plans to
    swap $1.50 in cash for each share", "Kestrel offered $5 a share"): that company's doing, told by the
    reporter, which a company's statement named before (``source``) does not cover (bbc-dev3)."""
    if publishes_data(source) or _is_media(source):
        return False
    token = q_token
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    verbs = [token] + [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:2]
    for verb in verbs:
        if verb.lemma_ not in _PLANNING:
            continue
        for c in verb.children:
            if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "GPE", "NORP"):
                name = _name_of(c, known)
                return bool(name) and name != source and not name.startswith(source) and not source.startswith(name)
    return False


def company_results(metric: Optional[str], subject: Optional[str], main_actor: Optional[str]) -> bool:
    """Whether a figure is the results of the company the article is about (its profit, sales,
    revenue): told in narration after its boss spoke, they are the company's own reported results,
    not the boss's words (bbc-dev3 annotator I: company results in narration → the company)."""
    if not metric or not subject or not main_actor or _is_place(subject) or is_territory(subject):
        return False
    same = subject == main_actor or subject.replace(" ", "").lower() == main_actor.replace(" ", "").lower()
    return same and bool(_RESULT_WORDS & set(re.findall(r"[a-z]+", metric.lower())))


# The verbs by which a clause states the level, change or results of the noun it describes ("profits,
# which rose 5%", "the sector, which saw output fall 0.5%"): the statement's own figure, not a
# description of something else ("the floods, which killed 3,000 people").
_MOVING_VERBS = frozenset("""rise fall grow increase decrease drop decline jump climb slip slump surge soar plunge
gain reach stand total amount hit be come edge dip shrink expand contract double halve widen narrow average
improve worsen rebound recover see post record report suffer show register experience log lose earn""".split())


def background_clause(q_token: Token, stated: bool = False) -> bool:
    """Whether the figure sits in a descriptive relative clause about a named party (", which floated
    for $200m in 1995,"; "Greece which has also broken the 3% ceiling"): the reporter's background,
    which no source named before covers (gold/README.md, bbc-dev2 and bbc-test source notes), nor
    the speaker whose statement holds it (``stated``: "X said it joins the Boldco group, which owns
    30% of Zentex"; bbc-dev3 annotators I and J)."""
    token = q_token
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            described = token.head
            # the parser may hang the clause on a noun before the name ("action against Greece which …")
            left = token.left_edge.i
            before = token.doc[left - 2] if left > 1 and token.doc[left - 1].text == "," else token.doc[left - 1] \
                if left > 0 else None
            # "the Lagardere group, which owns 30% of Zentex": a common noun named by its compound
            named = described.pos_ == "PROPN" or (before is not None and before.pos_ == "PROPN") \
                or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in described.children) \
                or (described.pos_ == "NOUN" and token.lemma_.lower() not in _MOVING_VERBS)
            # inside a statement, "…, which is 2.75% higher than …" compares the figure before: the
            # statement's own, not background
            return named and token.lemma_ not in _reporting_verbs() and not (stated and token.lemma_ == "be") \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who") for c in token.children)
        token = token.head
    return False


_QUOTE_MARKS = '"“”'
_SPEECH = r"(?:said|says|added|adds|told|explained|warned|noted|argued|commented|insisted)"
# After a closing quotation mark: '…," Acme chief economist Jo Bloggs said' / '…," said Jo Bloggs, …'
_SPEAKER_AFTER = re.compile(
    rf"^\s*,?\s*(?:{_SPEECH}\s+(?P<after>(?:[A-Z][\w.'’-]*\s+){{0,6}}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    rf"|(?P<before>[^\"“”.]{{0,80}}?)\s+{_SPEECH}\b)")

_SPEAKER_BEFORE = re.compile(
    rf"(?:^|[\"”]\s*,?|[.:]\s)\s*(?:{_SPEECH}\s+(?P<after>(?:[A-Z][\w.'’-]*\s+){{0,6}}?[A-Z][\w'’-]+"
    # '…," said Jo Marsh, an analyst at Kestrel Securities. "…': the speaker's description after the name
    rf"(?:\s+[A-Z][\w'’-]+)*)(?:,\s+(?:an?|the)\s+[^\"“”:]{{0,80}}?)?|(?P<before>[^\"“”.:]{{0,80}}?)\s+{_SPEECH})\s*[.:]\s*$")


def quote_speaker(text: str, start: int) -> Optional[str]:
    """The named speaker of a quotation that holds the figure at ``start`` and ends in a later
    sentence of the same paragraph ('"Growth of 3% is likely. Jobs will follow," Acme economist Jo
    Bloggs said' → "Jo Bloggs"); None when the figure is outside quotation marks or no name follows the
    closing mark (GUIDELINES §8: a speaker who states a figure is its source)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    marks = [i for i in range(para_start, para_end) if text[i] in _QUOTE_MARKS]
    before = [i for i in marks if i < start]
    after = [i for i in marks if i > start]
    if len(before) % 2 == 0 or not after or (text[before[-1]] == "”"):
        return None  # not inside a quotation (paired marks: an odd count before the figure opens one)
    m = _SPEAKER_AFTER.match(text[after[0] + 1:para_end])
    if not m:
        # a quotation that goes on after the speaker was named: '"…," Jo Bloggs said. "… the 3% limit …"'
        # or introduced by him: 'Jo Bloggs said: "…"'
        m = _SPEAKER_BEFORE.search(text[para_start:before[-1]])
    if not m:
        return None
    name = _quote_name(m)
    if name is None and m.re is _SPEAKER_AFTER:
        # '"…20%…" However, Mr Cheung noted …': no name before the comma; the speaker named before
        # the quotation ('…," said Jo Marsh, an analyst at Kestrel. "…20%…"')
        before_m = _SPEAKER_BEFORE.search(text[para_start:before[-1]])
        name = _quote_name(before_m) if before_m else None
    person = _person_words(name) if name else None
    return person


def _quote_name(m) -> Optional[str]:
    if m.group("after"):
        return m.group("after")
    runs = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", re.split(r",", m.group("before"))[0])
    return runs[-1] if runs else None


# "One leading broker said …", "an analyst added": a speaker the article does not name
_UNNAMED_SPEAKER = re.compile(
    r"(?i)\b(?:one|an?|another|some)\s+(?:[\w-]+\s+){0,3}?(?:broker|analyst|trader|dealer|economist|official|banker|"
    r"investor|executive|insider|source|observer|expert)s?\s+(?:said|says|told|added|adds|explained|warned)\b[^\"“”]*$")


def quoted_unnamed(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is inside a quotation that opens right after a sentence of an
    unnamed speaker ('One leading broker said the reasons are political. "If you lose a $2bn case,
    …"'): his words, not those of the person quoted before him (gold: source null, bbc-dev3 J)."""
    para_start = text.rfind("\n", 0, start) + 1
    marks = [i for i in range(para_start, start) if text[i] in _QUOTE_MARKS]
    if len(marks) % 2 == 0 or text[marks[-1]] == "”":
        return False
    sentence_start = max(text.rfind(". ", para_start, marks[-1] - 1), text.rfind('" ', para_start, marks[-1] - 1),
                         text.rfind("” ", para_start, marks[-1] - 1), para_start - 1) + 1
    return bool(_UNNAMED_SPEAKER.search(text[sentence_start:marks[-1]]))


def _ministry(name: str) -> str:
    m = _MINISTRY.match(name)
    if not m:
        return name
    field_ = (m.group(1) or m.group(2)).split()
    if not all(w.lower() in lexicons.load("actors")["ministry_fields"] for w in field_):
        return name  # "the Ruritania Statistics Ministry" is a name as written
    return "Ministry of " + " ".join(w if w.lower() in ("and", "&") else w[:1].upper() + w[1:] for w in field_)


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


def central_bank_named(country: str, known: Known) -> str:
    """The central bank of ``country`` as the table names it, else as the article names it ("the
    Central Bank of Ruritania", "Ruritania's Reserve Bank"), else "Central Bank of <country>"
    (claims.md: "the central bank" is that country's body)."""
    table = lexicons.load("actors")["central_banks"]
    if country in table:
        return table[country]
    for body in known.bodies:
        low = body.lower()
        if country.lower() in low and ("central bank" in low or "reserve bank" in low or low.startswith("bank of")):
            return body
    return f"Central Bank of {country}"


def speaks_of_central_bank(text: str, country: Optional[str]) -> bool:
    """Whether an article speaks of its country's central bank ("its central bank says", "the Reserve
    Bank", the bank by its name): then "the bank" of an article about no company is that bank."""
    if not country:
        return False
    named = central_bank_of(country)
    return bool(re.search(r"(?i)\b(?:central|reserve)\s+bank\b", text)) or bool(named and named in text)


def the_central_bank(token: Token, known: Optional[Known]) -> Optional[str]:
    """The country's central bank for "the bank" / "the Bank" in an article about a country (no company)
    that speaks of it ("Its central bank says …. The bank has 5bn rupees set aside"), else None."""
    if known is None or known.organisation is not None or not known.central_bank or not known.country \
            or token.lower_ != "bank" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
        return None
    return central_bank_named(known.country, known)


def central_bank_of(country: Optional[str]) -> Optional[str]:
    """The central bank of a country ("UK" -> "Bank of England"), None when the table has none."""
    return lexicons.load("actors")["central_banks"].get(country) if country else None


def is_country(name: Optional[str]) -> bool:
    """Whether a canonical name is a country (or the EU): its figures are its economy's."""
    return _is_place(name)


@lru_cache(maxsize=65536)  # asked for every word of every figure's sentence (claims._content_words)
def is_place_word(word: str) -> bool:
    """Whether one lower-cased word names a country or its people ("pakistan", "indian")."""
    name = canonical(word)
    return _is_place(name) or name != _clean(word) and _is_place(name)


def resolve_source(name: Optional[str], known: Known, subject: Optional[str] = None) -> Optional[str]:
    """A source as the contract wants it, or None when it names nobody.

    "the central bank", "the government", "the federal government" → that country's body (the
    subject's country, else the article's); a short form → the fullest form in the article
    ("SBP" → "State Bank of Pakistan"); "the ministry" → the ministry the article named; other
    common nouns ("data", "breakdown", "growth", "official", anonymous "officials") and terms
    ("GST") → None."""
    if not name:
        return None
    name = re.sub(r"\s*\([^()]*\)?$", "", name.strip())  # "Ministry of Statistics (MoSPI" → the name
    country = subject if _is_place(subject) else known.country
    table = lexicons.load("actors")
    if _MONETARY_COMMITTEE.match(name) or known.full_names and _MONETARY_COMMITTEE.match(known.full_names.get(name, "")):
        name = "central bank"  # the central bank's rate-setting committee speaks for the bank
    central = _CENTRAL_BANK.match(name)
    if central:
        if central.group(1):  # "the Indian central bank", "Nepal's central bank"
            place = canonical(central.group(1))
            if _is_place(place):
                country = place
        return central_bank_named(country, known) if country else None
    if _GOVERNMENT.match(name):
        return table["government"].format(country=country) if country else None
    if known.full_names and name in known.full_names:
        name = known.full_names[name]
    if is_term(name, known):
        return None
    bare = [w for w in re.findall(r"[\w&]+", name.lower()) if w not in ("the", "deputy", "vice", "acting", "former")]
    if bare and all(w in _TITLE_NOUNS or w in table["ministry_fields"] for w in bare) and bare[-1] in _TITLE_NOUNS:
        return person_titled(bare[-1], known)  # "Minister", "the Governor", "Finance Minister": the person
    if not _names_someone(name, known):
        return None
    if _MINISTRY.match(name) and (any(c.isupper() for c in name) or " of " in name.lower()):
        return _ministry(name)
    words = name.lower().split()
    if not any(c.isupper() for c in name) or all(w in table["common_sources"] for w in words):
        # A common noun ("Analysts said", "the breakdown showed"): a body named earlier ("the
        # ministry" after "the Ministry of Finance"), else nobody.
        if words[-1] in table["body_nouns"]:
            body = next((b for b in known.bodies if words[-1] in b.lower().split()), None)
            if body and _MONETARY_COMMITTEE.match(body):
                return resolve_source(body, known, subject)  # "the committee" of the central bank
            return _ministry(body) if body else None
        return None
    words = name.split()
    if len(words) >= 2 and all(w[:1].islower() for w in words[1:]) and words[-1].lower() in _SPEAKER_NOUNS | _COMPANY_NOUNS \
            and (is_place_word(words[0].lower()) or _is_demonym(words[0].lower())):
        return None  # "a US bank said", "a German firm said": a description of someone unnamed, no name
    # A description before the name: "the car-buying website Parker's" → "Parker's".
    described = re.match(r"^(?:the\s+)?(?:[a-z][\w-]*\s+)+((?:[A-Z][\w.&'’-]*\s*)+)$", name)
    return described.group(1).strip() if described else name


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


def person_named(sent: Span) -> Optional[str]:
    """The last PERSON named in a sentence, for "he said" later on."""
    people = [e for e in ents_in(sent) if e.label_ == "PERSON"]
    return canonical(people[-1].text) if people else None


# --- words the rules of both modules look up ------------------------------------------------


@lru_cache(maxsize=None)
def _english_words() -> frozenset[str]:
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
        return frozenset()
    index = Lookups().from_disk(os.path.dirname(paths[0])).get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))


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


_DOCUMENT_WORDS = re.compile(r"(?i)\b(release[sd]?|report(?:s|ed)?|data|figures|statistics|statement|survey|estimates?|"
                             r"update|study)\b")


def _document_noun(word: str) -> str:
    """ "released" → "release", "reported" → "report", "figures" → "figures"."""
    word = word.lower()
    for stem in ("release", "report", "estimate", "statement", "survey", "update", "study"):
        if word.startswith(stem):
            return stem
    return word


def documents_named(sentence_text: str) -> list[str]:
    """The kinds of document a sentence says a body issued: "data released by X" → data, release."""
    return sorted({_document_noun(m.group(1)) for m in _DOCUMENT_WORDS.finditer(sentence_text)})
