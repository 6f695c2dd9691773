"""What a figure measures: a short phrase taken from the text ("IT exports", "mobile broadband subscribers").

Found on the parse: the noun the figure is attached to ("a Rs10 billion fund",
"$5 billion in exports"), else the subject of the clause that carries the figure
("technology exports recorded at $224 million"). Returns the phrase and its head
token, which :mod:`extractor.subjects` uses for subject and counterparty.

This module holds the search in order (``metric_for``); the pieces it asks are in their own modules:
``metric_head`` (what can head a metric, and the phrase around the head), ``measured_noun`` (where
the measured noun is on the parse), ``metric_shapes`` (figures of a known written shape),
``money_measures`` (money of deals, costs, earnings and balances), ``metric_parts`` (stakes and
parts), ``metric_marks`` (forecast, target, revision and basis marks), ``listed_measures`` (lists and
passages), ``currency_moves`` and ``open_clauses`` (figures whose clause names no measure).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from extractor.listed_measures import _amount_heads, _head_word
from extractor.measured_noun import (
    _as_phrase, _attached_noun, _clause_subject, _clause_verb, _complement, _measured_subject, _noun_before,
    _those_of, _timed_measure, _topic_before, _worth_goods, glued_scale,
)
from extractor.metric_head import (
    _CARRIER_NOUNS, _CHANGE_NOUNS, _COUNT_MEASURES, _DEFAULT_BASIS, _ESTIMATE_VERBS, _VERB_METRICS, is_unit_of_measure,
    verb_metric,
    names_measure, phrase_of,
)
from extractor.metric_parts import channel_of
from extractor.metric_shapes import (
    _antecedent, _budget_overrun, _employed, _exchange_rate, _labelled_line, _measure_of_bare_count,
    _multiplied_object, _noun_after_conversion, _noun_before_bracket, _of_noun_after_conversion, _ownership,
    _shortfall, _sought_for, _valued_at, share_of_whole,
)
from extractor.money_measures import (
    _account_of_balance, _balance_of_account, _cost_of, _deal_metric, _earned_from, _in_what, _paid_more_for,
)
from extractor.names import is_term


def metric_for(q_span: Span, kind: str, counted: Optional[Token] = None) -> tuple[Optional[str], Optional[Token], Optional[Token]]:
    """(metric phrase, its head noun, the clause's verb) of the figure in q_span."""
    for kinds, reader in _SHAPE_READERS:
        if kinds is None or kind in kinds:
            found = reader(q_span)
            if found is not None:
                return found
    metric, head, verb = _metric_for(q_span, kind, counted)
    metric, head = _measured_before_deduction(metric, head, q_span)
    if kind == "money" and metric and head is not None and verb is not None and head.dep_ == "dobj" \
            and head.head.i == verb.i:
        metric += channel_of(verb, {t.i for t in q_span})  # "private sector banks received remittances of $2bn"
    after = q_span.doc[q_span.end] if q_span.end < len(q_span.doc) else None
    if metric and head is not None and after is not None and after.lower_ == "each":
        # "tin exports and copper exports rose 5% each": one figure of both measures (gold's "(each)")
        q_ids = {t.i for t in q_span}
        conj = [c for c in head.conjuncts if c.i > head.i and c.i not in q_ids and names_measure(c)]
        if conj:
            return " and ".join([metric] + [phrase_of(c, q_ids) for c in conj]) + " (each)", head, verb
        parts = metric.split(" and ")
        if len(parts) > 1 and all(len(p.split()) > 1 for p in parts):  # "tin output and copper output", one phrase
            return metric + " (each)", head, verb
    joined = _coordinated_measures(head, q_span) if metric and head is not None and metric == phrase_of(head, {t.i for t in q_span}) else None
    if joined:  # "GDP and GVA grew 7.8%": one figure of both measures (gold README, "quarterly sales and profits")
        return joined, head, verb
    antecedent = _antecedent(verb) if metric is None and head is None else None
    if antecedent is not None:
        # "retail sales, which rose 4% in May": the relative pronoun stands for the noun the clause is on
        return phrase_of(antecedent, {t.i for t in q_span}), antecedent, verb
    if metric is None and head is None:
        opening = _opening_measure(q_span)
        if opening:
            words = [t.text for t in opening if t.ent_type_ not in ("GPE", "NORP") or is_term(t.text)]
            return _DEFAULT_BASIS.sub("", " ".join(words)) or None, opening[-1], verb
    return named_level(metric, head, verb, kind, q_span), head, verb


def _coordinated_after(q_span: Span, noun: Token) -> bool:
    """The noun stands after the figure past a coordinating "and"/"or"/"but": the parser hung the next
    item of a list on this figure ("grew 6.2 per cent and electricity generation rose 8.3 per cent")."""
    doc = q_span.doc
    return noun.i > q_span.end and any(t.lower_ in ("and", "or", "but", "while") for t in doc[q_span.end:noun.i])


def _measured_before_deduction(metric: Optional[str], head: Optional[Token],
                               q_span: Span) -> tuple[Optional[str], Optional[Token]]:
    """"a profit after tax of Rs3.52bn": the parser hangs the figure on "tax", but the measure is the
    profit, taken after (or before) the deduction the phrase names: "profit after tax"."""
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in ("after", "before") or head.head.i == 0:
        return metric, head
    measured = head.doc[head.head.i - 1]
    if measured.pos_ != "NOUN" or not names_measure(measured):
        return metric, head
    q_ids = {t.i for t in q_span}
    return f"{phrase_of(measured, q_ids)} {head.doc[head.head.i:head.i + 1].text}", measured


# Dependencies a finite verb gets only when the parser has lost the clause ("the inflation rate for the
# 2022-23 fiscal stood at 9%": "fiscal" read as an adjective, "stood" hung on it as a noun's object).
_LOST_VERB_DEPS = {"pobj", "amod", "compound", "nmod", "appos"}


def _opening_measure(q_span: Span) -> list[Token]:
    """Past a parse failure: the measure a clause opens with, when its finite verb before the figure is
    hung on a noun ("Remittance inflow into Ruritania in the first month of the current fiscal increased
    18%"; "the inflation rate for the 2022-23 fiscal stood at 9%"): the noun run the clause starts with,
    up to its first preposition, when its head names a measure (not a place, body or time)."""
    doc, sent = q_span.doc, q_span.sent
    verb = next((t for t in doc[sent.start:q_span.start] if t.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                 and t.pos_ in ("VERB", "AUX") and t.i > sent.start), None)
    if verb is None or verb.dep_ not in _LOST_VERB_DEPS:
        return []
    start = max([sent.start] + [t.i + 1 for t in doc[sent.start:verb.i] if t.text == ","])
    i = start
    while i < verb.i and doc[i].pos_ == "DET":
        i += 1
    run = []
    while i < verb.i and not doc[i].like_num and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ")
                                                  or doc[i].tag_ == "VB" and i == start and doc[i].is_title):
        run.append(doc[i])
        i += 1
    if not run or i < verb.i and doc[i].pos_ != "ADP":
        return []
    head = run[-1]
    if head.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "DATE", "TIME") or not names_measure(head) \
            or head.pos_ == "PROPN" and not is_term(head.text):
        return []
    return run


#: Shapes read before the general reading, in order, with the kinds they apply to (None: every kind):
#: "running £40m over budget", "to halve the deficit", "a $6.75bn (£3.6bn) buyout", "an allowance
#: (£4,745)", "13% of total exports", "is 100% Ruritanian-owned", "valued its unit at £400m", "seeking $4m
#: for emergency shelter", "using 300m yuan ($40m) of company funds", "which employs 4,000 people",
#: "- Exports: $27.54 billion" (a list line's label).
_SHAPE_READERS = ((None, _budget_overrun), (("money", "count"), _shortfall), (("money", "count", "percent"), _labelled_line), (("multiple",), _multiplied_object),
                  (("money",), _exchange_rate),
                  (("money",), _noun_after_conversion), (("money",), _noun_before_bracket),
                  (("percent",), share_of_whole), (("percent",), _ownership), (("money",), _valued_at),
                  (("money",), _sought_for), (("money",), _of_noun_after_conversion), (("count",), _employed),
                  (("count",), _measure_of_bare_count))

# The measure a figure on these holders is of (developed on bbc-dev2): a price on "shares" is the
# share price ("Acme's shares fell to 95p"; the percent move keeps "shares"), a growth rate of an
# "economy" is economic growth ("the economy grew 3%"; a fall keeps "economy").
_GROWTH_VERBS = {"grow", "expand"}
_GROWTH_NOUNS = {"growth", "expansion"}


def named_level(metric: Optional[str], head: Optional[Token], verb: Optional[Token], kind: str,
                q_span: Optional[Span] = None) -> Optional[str]:
    """The measure's usual name when the metric names only what holds it (shares, an economy)."""
    if metric is None or head is None:
        return metric
    if kind == "money" and head.lower_ == "shares" and metric.split()[-1].lower() == "shares":
        return "share price"
    root = q_span.root if q_span is not None else None
    # "the economy recorded a growth of 0.29%": the figure is a growth noun's, whatever verb records it
    of_growth = root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.lemma_.lower() in _GROWTH_NOUNS
    if kind == "percent" and head.lemma_.lower() == "economy" and metric.split()[-1].lower() == "economy" \
            and (verb is not None and verb.lemma_.lower() in _GROWTH_VERBS or of_growth):
        return "economic growth"
    return metric


# Prepositions that put a figure on the verb's object ("raised rates by 0.5 points to 6%"; "to" is handled
# with targets above), and verbs that state an estimate of their object at an amount ("put X at $3bn").
_OBJECT_PREPS = {"by", "from", "below", "above", "under", "over", "beneath"}
# verbs by which an actor holds what it controls at a level ("kept its dividend at 5p", "capped fees at £9,000")
_SHOWING_VERBS = {"show", "indicate", "reveal", "record", "report"}  # "data showed remittances at $3.1bn"
_HOLDING_VERBS = {"keep", "hold", "leave", "maintain", "freeze", "peg", "fix", "cap", "set"}

_REVISE_VERBS = {"revise", "upgrade", "downgrade"}


def _metric_for(q_span: Span, kind: str, counted: Optional[Token] = None) -> tuple[Optional[str], Optional[Token], Optional[Token]]:
    q_ids = {t.i for t in q_span}
    root = q_span.root
    verb = _clause_verb(root)
    if kind == "count" and counted is not None:
        unit = is_unit_of_measure(counted)
        measured = _complement(counted, q_ids) if unit else None
        if measured is not None:  # "14.27 million tonnes of crops": what is measured is the crops
            return phrase_of(measured, q_ids), measured, verb
        whole = counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "of" else None
        if not unit and whole is not None and whole.pos_ == "NOUN" \
                and (whole.lemma_.lower() in _COUNT_MEASURES or whole.lemma_.lower() == "loss" and any(
                    c.dep_ in ("compound", "amod") and names_measure(c) for c in whole.children)):
            # "a production loss of up to 3,600 vehicles", "a workforce of 6,000 people": the measure the
            # things counted make up
            return phrase_of(whole, q_ids | {t.i for t in counted.head.subtree}), whole, verb
        if not unit:
            return phrase_of(counted, q_ids), counted, verb
        # "a 32,000 acre farm", "the harvest reached 11 million tonnes": a unit of measure is never what is
        # measured; the noun or the clause the figure belongs to says what
        if counted.dep_ in ("compound", "amod", "nmod") and counted.head.pos_ == "NOUN" and names_measure(counted.head):
            return phrase_of(counted.head, q_ids | {counted.i}), counted.head, verb
        q_ids = q_ids | {counted.i}
    if kind == "money":
        goods = _worth_goods(q_span, q_ids)
        if goods is not None:
            return goods, None, verb
    noun = _attached_noun(root, q_ids)
    if noun is not None and _coordinated_after(q_span, noun):
        noun = None  # "output grew 6.8 per cent and electricity generation 7.9 per cent": the next item's noun
    if noun is None:
        noun = _headline_measure(q_span)  # "Remittances up 7pc to $2.1bn in July": a verbless headline
    by = next((t for t in q_span if t.dep_ == "pobj" and t.head.lower_ == "by"), None)
    if noun is None and by is not None and by.head.head.dep_ == "pobj" and by.head.head.head.lower_ == "in" \
            and by.head.head.head.head.lemma_.lower() in _CHANGE_NOUNS:
        noun = by.head.head  # "a decrease in exports by NPR 1.3 billion": the exports
    if noun is None and root.dep_ == "npadvmod" and root.head.pos_ == "NOUN" and root.head.dep_ == "conj" \
            and names_measure(root.head):
        noun = root.head  # "exports rose 5% and imports 3%": the 3% is the imports'
    if (noun is None and root.dep_ == "pobj" and root.head.head.lower_ in _CHANGE_NOUNS
            and root.head.head.pos_ == "NOUN"):
        noun = root.head.head  # "a 52% rise in profits to £198m": through the change noun to its "in profits"
    reach = root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _CARRIER_NOUNS \
            and root.head.head.dep_ == "pobj":
        reach = root.head.head  # "pushed tin output to a record high of 9%": through the carrier
        held = reach.head.head if reach.lower_ == "tune" and reach.head.lower_ == "to" else None
        if noun is None and held is not None and (names_measure(held) or held.dep_ in ("nsubj", "nsubjpass")
                                                  and _head_word(held.lower_) in _amount_heads()):
            return phrase_of(held, q_ids), held, verb  # "FDI inflows to the tune of $1.2 billion": the inflows
    if noun is None and reach.dep_ == "pobj" and reach.head.lower_ in ("to", "toward", "towards") and verb is not None:
        # "raise annual IT exports toward $5 billion": the verb's object is what is measured
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        noun = objects[0] if objects else None
    if noun is None and reach.dep_ == "pobj" and reach.head.lower_ in _OBJECT_PREPS and verb is not None \
            and reach.head.head.i == verb.i and _clause_subject(verb, q_ids)[0] is None:
        # "raised rates by 0.5 points", "cut interest rates from 5.25%", "keep their debts below 60%": an
        # actor moves the verb's object, which is what is measured (a measured subject keeps its own)
        objects = [m for c in verb.children if c.dep_ == "dobj" and c.i not in q_ids
                   for m in [_measured_subject(c)] if m is not None]
        noun = objects[0] if objects else None
    on = reach.head.head if reach.dep_ == "pobj" else None
    if noun is None and kind == "money" and on is not None and reach.head.lower_ == "at" and on.dep_ == "acl" \
            and on.head.dep_ == "dobj" and on.head.head.lemma_.lower() in _ESTIMATE_VERBS:
        verb = on.head.head  # "put the amount of aid needed at $5bn": the parse hangs "at" on "needed"
    if noun is None and kind == "money" and reach.dep_ == "pobj" and reach.head.lower_ == "at" and verb is not None \
            and reach.head.head.i in (verb.i, *(c.i for d in verb.children if d.dep_ == "dobj" for c in d.children
                                              if c.dep_ == "acl")) and verb.lemma_.lower() in _ESTIMATE_VERBS | _SHOWING_VERBS:
        # "put the cost of the repairs at $3bn": an estimate of the verb's object (through a carrier:
        # "put the amount of aid needed at $5bn" -> aid); "SBP data showed remittances at $3.1bn": a release's
        objects = [m for c in verb.children if c.dep_ == "dobj" and c.i not in q_ids
                   for m in [_measured_subject(c)] if m is not None]
        noun = objects[0] if objects else None
    if noun is None and kind == "percent" and reach.dep_ == "pobj" and reach.head.lower_ == "at" \
            and verb is not None and reach.head.head.i == verb.i:
        # "had put the tin output growth for the year at 8%": the verb's object, when it names a measure
        # (a rate; "valued its unit at $3m" is the unit's value, not a measure of it)
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                   and (names_measure(c) or c.lemma_.lower() in _CHANGE_NOUNS)]
        if objects and not names_measure(objects[0]):
            return phrase_of(objects[0], q_ids), objects[0], verb  # "estimated growth for 2031 at 0.29%"
        noun = objects[0] if objects else None
    holder = reach.head.head if reach.dep_ == "pobj" and reach.head.lower_ == "at" else None
    if holder is not None and holder.dep_ in ("acomp", "oprd"):
        holder = holder.head  # "left rates unchanged at 2%"
    if noun is None and holder is not None and holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in _HOLDING_VERBS:
        # "kept its dividend at 5p", "held prices at $5", "is expected to hold its base rate at 4.5%": an
        # actor holds the verb's object at a level, which is what is measured
        objects = [m for c in holder.children if c.dep_ == "dobj" and c.i not in q_ids
                   for m in [_measured_subject(c)] if m is not None]
        noun = objects[0] if objects else None
    if noun is None and verb is not None and verb.lemma_.lower() in _REVISE_VERBS and reach.dep_ == "pobj" \
            and reach.head.lower_ in ("to", "from", "for", "at") and any(t.i == verb.i for t in reach.ancestors):
        # "revised the GDP growth for 2031 to 6.1 percent from 5.97 percent": the revised object, when it
        # names a measure (the parse may hang the figure on the period's "for")
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < root.i and c.i not in q_ids
                   and c.pos_ in ("NOUN", "PROPN") and names_measure(c)]
        noun = objects[0] if objects else None
    if noun is None and verb is not None and kind == "money" and verb.lemma_.lower() in ("allocate", "earmark"):
        # "allocated Rs 45 billion for the navy": the recipient is part of what is measured (claims.md)
        preps = [c for t in [verb, *q_span] for c in t.children
                 if c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to") and c.i not in q_ids]
        for prep in preps:
            words = [t.text for t in prep.subtree if t.dep_ != "det" and t.i not in q_ids]
            if 1 < len(words) <= 6:
                return "allocation " + " ".join(words), None, verb
        return "allocation", None, verb
    if noun is None and kind == "money":
        spent = _in_what(root, verb, q_ids)
        if spent is not None:  # "help pay off $27.5bn (£14.5bn) in unpaid taxes": the parse hangs "in" on the verb
            return phrase_of(spent, q_ids), None, verb  # (whose is read as before, off the verb)
    if noun is None and kind == "money":
        priced = _cost_of(root, verb, q_ids)
        if priced is not None:  # "the cheapest Zephyr costs £9,500", "the scandal cost the treasury $3m"
            return priced
    if noun is None and kind == "money":
        dealt = _deal_metric(root, verb)
        if dealt is not None:  # "was fined 40m euros", "sold for $2bn", "the $3bn it lent": the deal's sum
            return dealt, None, verb
    if noun is None and verb is not None and kind == "money":
        account = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids), None)
        balance = _balance_of_account(account, verb, q_ids) if account is not None else None
        if balance is not None:  # "the balance of payments remained in surplus at $2bn": the surplus
            named = phrase_of(account, q_ids).split(" (")[0]  # "Balance of Payments (BOP)": the words, not the acronym
            return f"{named} {balance.text.lower()}", account, verb
    if noun is None and verb is not None and kind == "money" and verb.lemma_.lower() in ("send", "remit"):
        return "remittances", None, verb  # "workers sent home $2bn": what is measured is the money sent
    if noun is None and kind == "money" and any(c.dep_ == "acl" and c.lemma_.lower() in ("send", "remit")
                                                 for c in root.children):
        return "remittances", None, verb  # "with $2bn sent home by migrant workers"
    if noun is not None and noun.pos_ == "NOUN" and (noun.lower_ in _CHANGE_NOUNS or noun.lemma_.lower() in _CHANGE_NOUNS):
        # "a rise in profits" -> profits; "a decline of 5%" names nothing; "a 5% export growth" keeps its modifier
        noun = _complement(noun, q_ids) or (noun if names_measure(noun) else None) or _subject_of_hung_verb(noun)
    if noun is not None and not names_measure(noun):
        noun = None  # "stood at 5% in Q1", "1.87 trillion rupees": a time or a unit, not a measure
    if noun is None and verb is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i:
        # The figure is its clause's subject ("Rs 38 billion came from the central GST"): the measure is in
        # that clause or nowhere; another clause's subject is another figure's measure.
        sources = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj" and names_measure(o)]
        if sources:
            return phrase_of(sources[0], q_ids), sources[0], verb
        return verb_metric(verb.lemma_.lower(), kind), None, verb
    if noun is None and verb is not None:
        # "while tin output clocked growth of 3%" parsed with "growth" as a verbless clause: its own
        # subject, met on the way up from the figure, is the measure, not the main verb's subject
        t = root.head
        while t.i != verb.i and t.head.i != t.i and t.i not in q_ids:
            own = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in q_ids]
            if t.pos_ == "NOUN" and own:
                found = _measured_subject(own[0])
                if found is not None:
                    return phrase_of(found, q_ids), found, verb
                break
            t = t.head
    if noun is None and verb is not None:
        noun, actor = _clause_subject(verb, q_ids)
        if noun is None and actor is not None:
            as_noun = _as_phrase(verb, q_ids)
            if as_noun is not None:  # "the government collected Rs 2bn as GST revenue": the actor stays whose
                return phrase_of(as_noun, q_ids), actor, verb
            narrowed = _those_of(actor, q_ids)
            if narrowed is not None:  # "tin exports rose 5%, while those of copper fell 2%" -> copper exports
                return narrowed, None, verb
            topic = _topic_before(actor) if actor.lower_ in ("it", "they") else None
            if topic is not None:  # "In case of tin output, it is recorded at 6%": the topic is what "it" is
                return phrase_of(topic, q_ids), topic, verb
            if actor.lower_ in ("it", "they") and not (kind == "money" and verb.lemma_.lower() in _VERB_METRICS):
                return None, None, verb  # "it rose 5%": the caller carries the passage's measure
            if noun is None and actor.lower_ in _CARRIER_NOUNS:
                # "the amount of $350 million that was raised": the verb on the carrier says what
                done = [c for c in actor.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _VERB_METRICS]
                if done:
                    return _VERB_METRICS[done[0].lemma_.lower()], None, verb
        if noun is None:
            lemma = verb.lemma_.lower()
            source = _earned_from(verb, q_ids) if lemma == "earn" else None
            if source is not None:  # "the country earned Rs 150bn from exports": export earnings
                return source, None, verb
            if lemma == "pay" and kind == "percent":
                bought = _paid_more_for(verb, q_ids)
                if bought is not None:  # "will pay 30% more for gas": the price of what is bought moves
                    return f"{phrase_of(bought, q_ids)} price", bought, verb
                return "interest rate", None, verb  # "the account pays 3.1%": a rate paid is an interest rate
            if verb_metric(lemma, kind) is not None:
                return verb_metric(lemma, kind), None, verb  # "Ruritania imported $2bn", "what was raised"
        timed = _timed_measure(actor) if actor is not None and actor.i == verb.i - 1 else None
        if noun is None and timed is not None and timed.i not in q_ids:
            # "as Freedonia's tin output in the April-June quarter was 6%" ("as" read as a preposition, the
            # verb left without a subject): the measure the time phrase hangs on names what, not whose
            return phrase_of(timed, q_ids), None, verb
        if noun is None and actor is None:
            # The parser left the main verb without a subject ("the country's tea exports during FY21 came
            # in at"): the measure right before it names what, but, read past a parse failure, not whose.
            before = _noun_before(verb, q_ids, extra=("ROOT",))
            if before is not None and names_measure(before):
                return phrase_of(before, q_ids), None, verb
    subject_change = noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.lemma_.lower() in _CHANGE_NOUNS
    if noun is None or noun.i in q_ids or glued_scale(noun) or not (names_measure(noun) or subject_change):
        # (a figure's own scale is no measure: "the February figure of $371m", parsed "$ 371 m")
        return None, None, verb
    if kind == "count" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and names_measure(noun.head.head):
        of_ids = {t.i for t in noun.head.subtree}
        noun = noun.head.head  # "a population of 220 million people": the population is what is measured
        return phrase_of(noun, q_ids | of_ids), noun, verb
    account = _account_of_balance(noun, q_ids)
    if account is not None:  # "the current account recorded a deficit of $9bn": the current account deficit
        return f"{phrase_of(account, q_ids)} {noun.text.lower()}", noun, verb
    return phrase_of(noun, q_ids), noun, verb


def _coordinated_measures(head: Token, q_span: Span) -> Optional[str]:
    """The measures a figure's clause subject coordinates, when the clause states one figure for all of
    them ("GDP and GVA grew 7.8%" -> `GDP and GVA`; "Mining, Quarrying and Fishing GVA grew 3.5%": the
    last one's head shared); None for a subject of one measure, a place, a body, or a clause with
    other figures (their own measures, "respectively")."""
    conj = [c for c in head.conjuncts if c.i > head.i]
    if not conj or head.dep_ not in ("nsubj", "nsubjpass") or any(
            c.pos_ not in ("NOUN", "PROPN") or not names_measure(c) or c.dep_ != "conj"
            or c.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") and not is_term(c.text) for c in conj):
        return None
    q_ids = {t.i for t in q_span}
    clause = head.head
    if any(t.i not in q_ids and (t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") or t.like_num)
           for t in clause.subtree) or any(t.lower_ in ("respectively", "each") for t in head.sent):
        return None
    lefts = [t.i for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
    words = [t for t in head.doc[min(lefts + [head.i]):conj[-1].i + 1]
             if t.dep_ not in ("det", "poss", "case") and not (t.ent_type_ in ("GPE", "NORP") and not is_term(t.text))]
    if len(words) > 10:
        return None
    # as written between neighbours ("IT-enabled"), a space where a word was left out
    return "".join(t.text + (t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " ")
                   for t, nxt in zip(words, words[1:] + [None])).strip()


def _subject_of_hung_verb(change: Token) -> Optional[Token]:
    """The measure whose change a verb records, when the parse hangs the verb on the change noun as its
    modifier ("Ruritania's services sector recorded growth of 0.07%": "recorded" read as an adjective of
    "growth", the sector left as its subject): that subject, when it names a measure."""
    verb = next((c for c in change.children if c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and c.i < change.i
                 and c.tag_ in ("VBD", "VBN")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    return _measured_subject(subject) if subject is not None and names_measure(subject) else None


def _headline_measure(q_span: Span) -> Optional[Token]:
    """The measure a verbless headline moves "up" or "down" by the figure ("Remittances up 7pc",
    "Textile exports down 14pc in FY31"): the noun right before "up"/"down", when no verb governs it."""
    doc, sent = q_span.doc, q_span.sent
    i = q_span.start - 1
    if i > sent.start and doc[i].lower_ == "by":
        i -= 1
    if i <= sent.start or doc[i].lower_ not in ("up", "down"):
        return None
    noun = doc[i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or not names_measure(noun) or noun.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < i:
        return None  # "profits were up 5%": the verb's clause names it the usual way
    return noun
