"""What money measures when a deal, a cost, earnings or a balance holds it: the sum a deal verb names
("agreed to buy Beta for $2bn"), what a buyer pays more for, an "in" phrase after the money ("paid
$27.5bn in taxes"), money earned "from" a measure, what something costs, and the account of a bare
deficit or surplus.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from extractor.metric_head import _ACTOR_NOUNS, _NOT_MODIFIERS, names_measure, phrase_of


def _paid_more_for(verb: Token, q_ids: set[int]) -> Optional[Token]:
    """What a buyer pays a percent more or less for ("agreed to pay 30% more for natural gas"): the
    noun after "for", when "more"/"less" names the percent as a change of what is paid."""
    if not any(c.lower_ in ("more", "less") for c in verb.children) \
            and not any(t.lower_ in ("more", "less") and t.i not in q_ids for t in verb.doc[min(q_ids):min(q_ids) + 4]):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


# Verbs whose money figure is the sum of one deal, named by the deal: "was fined 40m euros" (a fine),
# "lent the utility $3bn" (a loan); "sold for $2bn", "bought it for $45m" (the price of the sale, not sales).
_DEAL_SUMS = {"fine": "fine", "lend": "loan", "loan": "loan"}
_PRICED_DEALS = {"sell", "buy", "purchase", "acquire"}
_DEAL_FORMS = {"fined": "fine", "fines": "fine", "lent": "lend", "loaned": "loan"}  # the small model's lemmas slip


def _deal_metric(root: Token, verb: Optional[Token]) -> Optional[str]:
    """The sum a deal verb names for the money figure ``root`` that is its object, its "for" price or
    what a relative clause on the figure says was done with it ("the $3bn which the bank lent"); None."""
    deeds = [c for c in root.children if c.dep_ == "relcl"]
    if verb is not None and (root.head.i == verb.i and root.dep_ in ("dobj", "dative", "npadvmod", "attr", "oprd")
                             or root.dep_ == "pobj" and root.head.head.i == verb.i):
        deeds.append(verb)
    for deed in deeds:
        lemma = _DEAL_FORMS.get(deed.lower_, deed.lemma_.lower())
        if lemma in _DEAL_SUMS and not (root.dep_ == "pobj" and root.head.lower_ != "for" and deed is verb):
            return _DEAL_SUMS[lemma]
        if lemma in _PRICED_DEALS and root.dep_ == "pobj" and root.head.lower_ == "for" and deed is verb:
            return "purchase price" if _buyer_acts(deed, lemma) else "sale price"
    return None


def _buyer_acts(deed: Token, lemma: str) -> bool:
    """Whether a buying verb is told of its buyer in a main clause ("Acme agreed to buy Beta for $2bn": the
    price Acme pays, gold's "purchase price"); a passive or a relative clause on the asset ("it was bought for
    $9bn", "the mill, which Acme bought for $45m") tells the asset's sale price."""
    if lemma == "sell" or deed.dep_ in ("relcl", "acl"):
        return False
    head = deed.head if deed.dep_ == "xcomp" else deed
    return any(c.dep_ == "nsubj" for c in head.children) and any(c.dep_ == "dobj" for c in deed.children)


# Verbs whose "in" phrase is where the money goes, not what it is: "invest 100m euros in marketing".
_INVESTING_VERBS = {"invest", "spend", "put", "plough", "plow", "pour", "pump", "inject", "sink"}


def _in_what(root: Token, verb: Optional[Token], q_ids: set[int]) -> Optional[Token]:
    """The noun of an "in" phrase on the verb right after its money object ("paid $27.5bn (£14.5bn) in
    unpaid taxes", "raised $2bn in new debt"): what the money is, as in "$5bn in exports". None when
    anything but a bracketed conversion stands between, or the noun names a time, place or no measure."""
    if verb is None or root.dep_ != "dobj" or root.head.i != verb.i or verb.lemma_.lower() in _INVESTING_VERBS:
        return None
    doc = root.doc
    end = max([t.i for t in root.subtree] + list(q_ids)) + 1
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i >= end):
        between = doc[end:prep.i].text.strip()
        if between and not re.fullmatch(r"\([^()]*\)", between):
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and names_measure(obj) and not obj.ent_type_:
            return obj
    return None


def _earned_from(verb: Token, q_ids: set[int]) -> Optional[str]:
    """"<what> earnings" for money earned "from" a measure ("earned Rs 150bn from exports" -> "export
    earnings", "from tourism" -> "tourism earnings", as the text would say it); None when the "from"
    names a place, a body or a time, or nothing."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or not names_measure(obj) or obj.lower_ in _ACTOR_NOUNS:
            continue
        words = phrase_of(obj, q_ids).split()
        if len(words) > 4 or " of " in f" {' '.join(words)} ":
            continue
        return " ".join(words[:-1] + [obj.lemma_.lower(), "earnings"])
    return None


# Nouns of goods a buyer pays for: what such a thing costs is its price ("the top model costs £15,000").
_GOODS_NOUNS = {"model", "version", "ticket", "fare", "car", "phone", "house", "home", "flat", "unit", "item",
                "product", "edition", "device", "handset", "bottle", "meal", "seat"}


# Flows that "fetch" money earn it: "exports fetched Rs 28.6 billion" ("the painting fetched £5m" is a price).
_FLOW_NOUNS = {"export", "exports", "sale", "sales", "shipment", "shipments", "remittance", "remittances", "service",
               "services", "receipt", "receipts", "inflow", "inflows", "earning", "earnings"}


def _cost_of(root: Token, verb: Optional[Token], q_ids: set[int]) -> Optional[tuple[str, Token, Token]]:
    """(metric, head, verb) for money that is what something costs ("X costs $N"): the price of a good
    bought (a named make or model, a superlative, a good: "the cheapest Zephyr cost £9,500", "the GT,
    which costs £17,730"), the cost of anything else or of what costs someone ("the scandal has cost
    the treasury $3m a month": cost of scandal). None when the figure is not the object of "cost" or
    its subject points back ("it costs $5": the passage's measure)."""
    priced = verb is not None and (verb.lemma_.lower() == "fetch" and root.head.i == verb.i and root.dep_ == "dobj"
                                   or verb.lemma_.lower() == "price" and verb.tag_ == "VBN" and root.dep_ == "pobj"
                                   and root.head.lower_ in ("at", "from") and root.head.head.i == verb.i)
    if verb is None or not priced and (verb.lemma_.lower() != "cost" or verb.lower_ in ("costs",) and verb.pos_ == "NOUN"
                                       or root.head.i != verb.i or root.dep_ not in ("dobj", "npadvmod", "attr")):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids), None)
    raised = verb
    while subject is None and priced and raised.dep_ in ("xcomp", "acomp") and raised.head.i != raised.i:
        raised = raised.head  # "a used Zephyr GT is likely to be priced from £7,250": the subject up the chain
        subject = next((c for c in raised.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "the GT, which costs £17,730": the noun the clause describes
    superlative = any(t.tag_ == "JJS" for t in subject.subtree) if subject is not None else False
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ == "PERSON" \
            or subject.ent_type_ in ("GPE", "NORP") and not superlative and not priced:
        return None  # "the cheapest Zephyr" is a good, whatever the tagger takes the name for
    if priced and verb.lemma_.lower() == "fetch" and (subject.lemma_.lower() in _FLOW_NOUNS or subject.lower_ in _FLOW_NOUNS):
        return None  # "hydropower exports fetched Rs 28.6 billion": what they earned, no price
    thing = phrase_of(subject, q_ids)
    whose = any(c.dep_ == "dative" or c.dep_ == "dobj" and c.i not in q_ids and c.i != root.i for c in verb.children)
    good = subject.pos_ == "PROPN" or subject.lemma_.lower() in _GOODS_NOUNS or any(
        t.tag_ == "JJS" or t.pos_ == "PROPN" for t in subject.subtree if t.i < subject.i)
    head = subject if subject.pos_ == "NOUN" and subject.head.i == verb.i else None  # a name stays whose, as before
    if priced:  # "a Zephyr bought in 2001 should fetch £6,000", "is priced from £7,250": what it sells for
        return f"price of {thing}", head, verb
    return f"{'price' if good and not whose else 'cost'} of {thing}", head, verb


_BALANCES = {"deficit", "surplus"}
_ACCOUNTS_OF_BALANCES = {"account", "trade", "budget", "balance", "payment", "payments"}


def _account_of_balance(noun: Token, q_ids: set[int]) -> Optional[Token]:
    """The account a bare deficit or surplus belongs to when the account is the subject of the verb
    that records it ("the current account posted a deficit of $1.9bn", "trade showed a surplus"),
    or None (a deficit with its own modifiers, or another subject: "the firm ran a deficit")."""
    if noun.lemma_.lower() not in _BALANCES or any(c.dep_ in ("compound", "amod", "poss") and c.lower_ not in _NOT_MODIFIERS
                                                   for c in noun.children):
        return None  # "a record deficit" is still a bare one
    if noun.dep_ == "pobj" and noun.head.lower_ in _BALANCE_STATES and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head  # "the current account remained at a surplus of $3bn": the verb's subject's
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids]
    if subjects and subjects[0].lemma_.lower() in _ACCOUNTS_OF_BALANCES:
        return subjects[0]
    return None


# Prepositions by which a verb puts its subject in a balance: "remained at a surplus", "stayed in deficit".
_BALANCE_STATES = {"at", "in", "into", "to"}  # "swung from a surplus to a deficit of $412bn"


def _balance_of_account(noun: Token, verb: Optional[Token], q_ids: set[int]) -> Optional[Token]:
    """The bare balance an account is put in by the verb whose subject it is ("the balance of payments
    remained in surplus at $2bn", "the trade account swung into deficit at $1bn"), or None."""
    if verb is None or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != verb.i \
            or noun.lemma_.lower() not in _ACCOUNTS_OF_BALANCES:
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in _BALANCE_STATES
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _BALANCES and o.i not in q_ids
                 and not any(c.dep_ in ("compound", "amod", "poss", "prep") for c in o.children)), None)
