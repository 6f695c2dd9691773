"""The parties of deals, holdings and comparisons: who bids for whom, who sells to or buys from whom,
who accounts for a share of a whole, who holds a share of which company, whose rivals or suppliers an
unnamed group is ("eight of Aerovia's rivals"), the other side of a comparison, and who owns the
things counted.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.names import Known, _COMPANY_NOUNS, _is_place, canonical, demonym_country, is_term, is_territory
from extractor.parse_tree import _actor_in, _entity_of, _party
from extractor.subjects import _SUPPLY_NOUNS, _antecedents


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


# "a deal valuing Boldco at $3bn", "a bid valuing the club at £800m", "the firm could be valued at 200m
# euros": a valuation is the valued company's figure, whoever offers it (as a bid's price is its target's)
_VALUE_VERBS = {"value"}
# verbs and nouns whose object is the company a deal is for: "agreed to buy Boldco", "an approach for Boldco"
_TAKING_VERBS = {"buy", "acquire", "take", "purchase", "merge"}
_APPROACH_NOUNS = _BID_NOUNS | {"approach", "bid", "deal", "takeover", "tender"}


def valued_party(q_root: Token, known: Optional["Known"]) -> Optional[tuple[str, Optional[str]]]:
    """(valued company, other side) of a price given as a valuation ("Zentex agreed to buy Boldco in a
    deal valuing the firm at $3bn" -> (Boldco, Zentex)); None when the figure values no company
    ("paintings valued at £2m", "experts valued the collection at £5m")."""
    at = next((a for a in [q_root, *q_root.ancestors][:4] if a.dep_ == "prep" and a.lower_ == "at"), None)
    if at is None or at.head.lemma_ not in _VALUE_VERBS or at.head.pos_ != "VERB":
        return None
    verb = at.head
    valued = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if valued is None and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
        valued = verb.head  # "Boldco, valued at $2bn,"
    if valued is None:
        return None
    sent = verb.sent
    target = _deal_target(sent, known)
    name = _party(valued, known) if valued.pos_ != "PRON" and valued.lower_ not in ("company", "firm") else None
    if name is not None or valued.pos_ == "PROPN":
        pass  # "valuing Boldco", "valued its Deluxe Film unit"
    elif valued.pos_ == "PRON" and valued.lower_ == "it" or valued.lower_ in _COMPANY_NOUNS | {"club", "company"}:
        # "valuing it", "valuing the club": the company the deal is for, else the article's company
        name = target or (known.organisation if known is not None and valued.lower_ in _COMPANY_NOUNS | {"company"}
                          else None)
    else:
        return None
    if name is None or _is_place(name) or is_term(name, known):
        return None
    buyer = next((_party(c, known) for c in sent.root.children if c.dep_ == "nsubj"), None)
    return name, buyer if buyer and buyer != name and not _is_place(buyer) else None


def _deal_target(sent: Span, known: Optional["Known"]) -> Optional[str]:
    """The named company a sentence's deal is for: the object of "buy", "acquire", or the name after
    "an approach/bid/offer for"."""
    for t in sent:
        if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ == "for" \
                and t.head.head.lemma_.lower() in _APPROACH_NOUNS:
            return _party(t, known)
        if t.dep_ == "dobj" and t.pos_ == "PROPN" and t.head.lemma_ in _TAKING_VERBS:
            return _party(t, known)
    return None


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


_STAKE_NOUNS = {"stake", "stakes", "shareholder", "shareholding", "holding", "holdings", "owner", "investor"}


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


# "Chinese visitors", "Indian tourists": travellers named by where they come from, the partner of the
# destination's arrivals (a worker's demonym is instead the country his remittances go to)
_VISITORS = re.compile(r"\b([A-Z][a-z]+)\s+(?:visitors|tourists|travell?ers|arrivals|pilgrims|holidaymakers)\b")


def visitors_from(sentence: str) -> Optional[str]:
    """The one country whose travellers the sentence names by a demonym ("the number of Chinese
    visitors, at 1.42 lakh"), else None."""
    found = {demonym_country(m.group(1)) for m in _VISITORS.finditer(sentence)} - {None}
    return found.pop() if len(found) == 1 else None


def sent_from(sentence: str, country: Optional[str]) -> bool:
    """Whether the sentence names ``country`` as the sender of money ("Saudi Arabia sent $5.38
    billion", "workers in the UAE remitted $2bn", "the United States contributed $371 million"):
    the partner of the receiving country's inflow (a country only: a state that contributed to its
    country's tax is that state's own figure)."""
    return bool(country) and re.search(rf"\b{re.escape(country)}\s+(?:sent|remitted|contributed)\b", sentence) is not None
