"""Whose figure it is (subject) and the other side of its flow (counterparty), read from the parse of
its sentence: the possessor or modifier of the measured noun, else the actor subject of its clause,
of the main clause or a relative clause's antecedent; the place whose currency a rate prices; the
country of a legislature. Deals, holdings and comparisons are in ``counterparties``.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.central_banks import country_of_central_bank, the_central_bank
from extractor.names import (
    Known, _COMPANY_NOUNS, _TIME_WORD, _clean, _is_demonym, _is_media, _is_organ, _is_place, _not_actors, _sector_words,
    canonical, demonym_country, is_english_word, is_organisation, is_place_word, is_term, is_territory, publishes_data,
)
from extractor.parse_tree import _actor_in, _entity_of, _party, _reporting_verbs, ents_in
from extractor.people import _TITLE_NOUNS

_FLOW_IN = {"import", "imports", "remittance", "remittances", "inflow", "inflows", "investment", "fdi", "aid", "loan", "loans",
            "arrival", "arrivals", "tourist", "tourists", "visitor", "visitors",  # "arrivals from India": the source market
            # "the swap facility from the People's Bank of China", "a tranche from the IMF": the lender
            "facility", "facilities", "swap", "tranche", "tranches", "disbursement", "disbursements", "grant", "grants",
            "financing", "credit", "bailout", "deposit", "deposits", "assistance"}
_FLOW_OUT = {"export", "exports", "shipment", "shipments", "sale", "sales", "outflow", "outflows"}
# Flow verbs and the preposition that names the other side: "exported to X", "imported from X".
FLOWS = frozenset(_FLOW_IN | _FLOW_OUT | {"trade", "deficit", "surplus"})
# "according to the bureau", "due to higher prices", "thanks to China": a "to" that names who says or
# why, never the partner of a flow
_NOT_A_PARTNER_BEFORE = frozenset({"according", "due", "owing", "thanks"})
_FLOW_VERBS = {"export": "to", "sell": "to", "ship": "to", "send": "to", "import": "from", "buy": "from",
               "receive": "from", "trade": "with", "ask": "from", "seek": "from", "request": "from",
               "borrow": "from"}  # "is asking for $300m from the IMF": the lender is the other side
_ASKING = {"ask", "seek", "request", "borrow"}


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
_RESTATING_VERBS = {"revise", "update", "upgrade", "downgrade", "restate", "put", "place", "peg", "estimate", "correct",
                    # "the SBP reported a current account deficit of $12mn": a publisher reporting a figure
                    "report", "publish", "release"}
# "the FBR collected Rs7,345 billion": a revenue board collects the state's revenue (it is no source by that)
_COLLECTING_VERBS = {"collect", "mobilise", "mobilize"}
# a release's words: their owner ("SBP data", "the bureau's figures") publishes, it is no figure's owner
_DATA_NOUNS = {"data", "datum", "figure", "figures", "statistic", "statistics", "number", "numbers"}


def _in_full(name: Optional[str], known: Optional["Known"]) -> Optional[str]:
    """A name as the article spells it out in full ("SBP" -> "State Bank of Pakistan")."""
    return known.full_names.get(name, name) if name and known is not None and known.full_names else name


def _central_bank_home(data: Token, known: Optional["Known"]) -> Optional[str]:
    """The country of a central bank that owns a release's words ("SBP data", "the CBSL's figures"):
    the figures it shows are that country's. None for any other owner (a company's figures are its
    own, a board's may be a region's)."""
    owner = _actor_in([t for c in data.children if c.dep_ in ("compound", "poss", "amod", "nmod") for t in c.subtree],
                      known=known)
    return country_of_central_bank(_in_full(owner, known))


# what a revenue board collects for its state ("FBR's tax collection", "the NBR's revenue")
_COLLECTED = {"collection", "revenue", "tax", "receipt", "mobilisation", "mobilization"}
# a measure of revenue a tax authority collects or pays back, whoever the clause names
COLLECTED_MEASURE = re.compile(r"(?i)\b(?:collections?|revenues?|tax(?:es)?|receipts|refunds?|duty|duties|GST|VAT|targets?|shortfall)\b")
_REVENUE_BODY = re.compile(r"\b(?:Revenue|Taxe?s|Taxation|Customs)\b")


def collects_revenue(name: Optional[str]) -> bool:
    """A tax authority ("Federal Board of Revenue", "Central Board of Direct Taxes"): what it collects
    is its state's revenue; other bodies' collections (a central bank's auctions) stay their own."""
    return bool(name) and publishes_data(name) and _REVENUE_BODY.search(name) is not None
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
        elif accounts and subject is None:
            # "Zentex said on Monday that sales rose 5%": a company stating bare results states its own;
            # '"…," said Anna Berg, chief executive of Zentex': so does the company of the person stating them
            sayer = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            # a name: "the group said" / "it said" is the article's company, which the claim fills in later
            stating = None if sayer is None or sayer.pos_ != "PROPN" else \
                _speaker_company(sent, known) if sayer.ent_type_ == "PERSON" else company
            if stating is not None and _states_own_results(metric_head, sent, stating, known):
                subject = stating
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
                if owner is None and child.dep_ == "poss" and _unknown_name(child, known):
                    # "Ruritania's IT exports stood at $2.87bn" opening a text: the tagger misses names
                    # most often on a text's first word
                    owner = canonical(child.text)
                if owner is not None and metric_head.lemma_.lower() in _COLLECTED and collects_revenue(_in_full(owner, known)):
                    owner = None  # "FBR's tax collection": a revenue board collects the state's revenue
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
        # "Zentex has agreed to pay $14.5m": a verb completing another ("agreed to pay") has that verb's
        # subject; not after an object ("sued Zelbank to return 136m euros": the object is who returns it)
        # (the parser's second subject for an object is such a misreading too)
        acting = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and not any(c.dep_ == "dobj" for c in verb.head.children) \
            and sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children) == 1 else verb
        for child in acting.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (metric_head is None or child.i != metric_head.i):
                home = _central_bank_home(child, known) if child.lower_ in _DATA_NOUNS \
                    or child.lemma_.lower() in _DATA_NOUNS else None
                if home is not None:
                    # "CBSL data showed reserves at $6.12bn": the bank's country's, the bank its source
                    clause_subject = clause_subject or home
                    continue
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
                named = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
                    if child.pos_ == "NOUN" else None
                described_as = _party(named, known) if named is not None else None
                if described_as:
                    # "The world's largest retailer, Zentex, has agreed to pay": the name beside the description
                    clause_subject = clause_subject or described_as
                    owner = []
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
                    if publishes_data(_in_full(clause_subject, known)):
                        clause_subject = None  # "the statistics institute said it fell to 9.6%": "it" is the figure
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
            for prep in (t for t in verb.subtree if t.dep_ in ("prep", "dative") and t.lower_ == _FLOW_VERBS[verb.lemma_]
                         and t.head.lower_ not in _NOT_A_PARTNER_BEFORE):
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
        demonyms = [t for c in senders for t in c.subtree if t.i not in where and _is_demonym(t.lower_)]
        # "Overseas Pakistanis remitted $3.4bn": the people's country, whatever entity the tagger makes of them
        nationality = demonym_country(demonyms[-1].lower_) if demonyms else _actor_in(
            [t for c in senders for t in c.subtree if t.i not in where and t.ent_type_ == "NORP"], known=known)
        place = actor_in(located) or _actor_in([t for c in senders for t in c.subtree if t.i not in where],
                                               labels=("GPE",), known=known)
        if nationality is not None and place == nationality:
            place = None
        receiver = counterparty or nationality
        return receiver, (place if place != receiver else None)
    measured = list(metric_head.subtree) if metric_head is not None else [
        t for c in (verb.children if verb is not None else ()) if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    if clause_subject and verb is not None and verb.lemma_ in _FORECAST_VERBS and any(
            t.lower_ in _PUBLIC_BALANCES for t in measured) and publishes_data(_in_full(clause_subject, known)):
        # "The Budget Office forecast a shortfall of $855bn": the state's balance, the office only
        # forecasts it (it is the source; developed on bbc-dev3)
        clause_subject = None
    if clause_subject and verb is not None and verb.lemma_ in _COLLECTING_VERBS \
            and collects_revenue(_in_full(clause_subject, known)):
        clause_subject = None  # "The Federal Board of Revenue collected Rs7,345 billion": the state's revenue
    if clause_subject and verb is not None and verb.lemma_ in _RESTATING_VERBS and not _is_place(clause_subject) \
            and publishes_data(_in_full(clause_subject, known)):
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
    forecast = revised_forecast(verb)
    if forecast is not None:
        # "The IMF cut its forecast for Peru's growth to 2.1%", "raised its growth forecast for India to
        # 6.6%": whose figure the forecast is for; the forecaster is its source (sources.source_for). A
        # forecast of an economy for nobody named is the country's; a company's guidance is its own.
        whose = actor_in([t for p in forecast.children if p.dep_ == "prep" and p.lower_ == "for" for t in p.subtree]) \
            or actor_in([t for c in forecast.children if c.dep_ in ("compound", "nmod") for t in c.subtree])
        economy = any(t.lower_ in _ECONOMY_WORDS or t.lower_ == "growth" for t in forecast.subtree)
        if whose is not None or economy:
            subject = whose
    if subject is not None and subject == counterparty:
        counterparty = None
    return subject, counterparty


# "cut its forecast", "raised its growth projection": a forecaster revising its own forecast
_REVISING_VERBS = frozenset({"cut", "raise", "lower", "trim", "lift", "revise", "upgrade", "downgrade", "reduce",
                             "increase", "slash", "boost", "keep", "maintain"})
_FORECAST_OBJECTS = frozenset({"forecast", "forecasts", "projection", "projections", "estimate", "estimates",
                               "outlook", "prediction", "predictions", "guidance"})


def revised_forecast(verb: Optional[Token]) -> Optional[Token]:
    """The forecast noun a verb revises ("cut its forecast for Peru's growth to 2.1%"), else None."""
    if verb is None or verb.lemma_.lower() not in _REVISING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _FORECAST_OBJECTS), None)


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


def _speaker_company(sent: Span, known: Optional["Known"]) -> Optional[str]:
    """The company of the person a sentence's reporting verb has as its subject, named in the
    person's description ("said Anna Berg, chief executive of Zentex", "Zentex chief executive Anna
    Berg told Reuters"): the one organisation there; None otherwise."""
    root = sent.root
    if root.lemma_ not in _reporting_verbs():
        return None
    speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.ent_type_ != "PERSON":
        return None
    companies = {canonical(e.text) for e in sent.ents if e.label_ == "ORG"
                 and speaker.left_edge.i <= e.start and e.end - 1 <= speaker.right_edge.i}
    companies = {c for c in companies if c and not is_term(c, known) and not _is_media(c)}
    return companies.pop() if len(companies) == 1 else None


# names of groups of companies: the sales or profits they state are their members', not their own
_MEMBERS_BODIES = frozenset({"association", "consortium", "federation", "confederation", "chamber", "council",
                             "institute", "union", "forum", "alliance", "club", "society"})


def _states_own_results(head: Token, sent: Span, company: str, known: Optional["Known"]) -> bool:
    """Whether bare results ("sales", "profits", no owner, no market word before them) are those of
    the company the sentence's reporting verb has as its subject ("Zentex said that sales rose 5%");
    not a body that publishes data ("the ONS said retail sales rose"), a place, or a group of
    companies ("the Retail Consortium said sales fell")."""
    root = sent.root
    if root.lemma_ not in _reporting_verbs() or head.i < root.i and head.head.i == root.i:
        return False
    if any(c.dep_ in ("compound", "poss", "nmod") or c.dep_ == "amod" and c.lower_ in _sector_words()
           for c in head.children):
        return False  # "retail sales", "car sales", "industry profits": a market's
    if known is not None and known.full_names:
        company = known.full_names.get(company, company)  # "NAAMSA": the association it stands for
    words = company.lower().split()
    return not (publishes_data(company) or is_territory(company) or _is_organ(company)
                or _is_demonym(words[0]) or any(w in _MEMBERS_BODIES for w in words))


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
