"""Measures read off a figure's written shape, tried before the parse is searched: an excess over a
budget, a multiplying verb's object, an amount beside its bracketed conversion, a share of a whole
(GDP, a firm's sales), "N% owned", "employs 4,000 people", "valued at", "seeking $4m for", a bare
count after "<measure> of", and the label of a list line ("- Exports: $27.54 billion").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.measured_noun import _clause_subject, _clause_verb, _measured_subject
from extractor.metric_head import (
    _ACTOR_NOUNS, _CARRIER_NOUNS, _CHANGE_NOUNS, _TIME_NOUNS, is_unit_of_measure, names_measure, phrase_of,
)
from extractor.parse_tree import gives_a_share

# "running £40m over budget", "will go over by about 12%": the amount by which a cost exceeds its budget.
_OVER_BUDGET = re.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?over\s+(?:its\s+|the\s+|their\s+)?budget\b")
_OVER_BY = re.compile(r"(?i)\b(?:go|goes|going|went|gone|run|runs|running|ran|be|is|are|was|were)\s+over\s+by\s+"
                      r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|up\s+to\s+)?$")


def _budget_overrun(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """``budget overrun`` for a figure written as the excess over a budget (gold: "A380 budget overrun")."""
    sent = q_span.sent
    text = sent.text
    start, end = q_span.start_char - sent.start_char, q_span.end_char - sent.start_char
    if _OVER_BUDGET.match(text[end:]) or _OVER_BY.search(text[:start]):
        return "budget overrun", None, _clause_verb(q_span.root)
    return None


# "falling short of its target of Rs7.32tr by Rs604bn", "missed the annual target by $1.2bn": the gap
# between an outcome and its target
_SHORT_BY = re.compile(r"(?i)\b(?:(?:fall|falls|falling|fell|fallen|come|comes|coming|came|was|were|is|are)\s+short"
                       r"|miss(?:es|ed|ing)?\s+(?:its|the|their|this\s+year's)\s+(?:[\w-]+\s+){0,3}?(?:target|goal))"
                       r"(?:[^.;]|\.(?=\d)){0,80}?\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$")


def _shortfall(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """``shortfall`` for a figure written as the gap by which an outcome missed its target."""
    sent = q_span.sent
    start = q_span.start_char - sent.start_char
    if _SHORT_BY.search(sent.text[:start]):
        return "shortfall", None, _clause_verb(q_span.root)
    return None


_MULTIPLYING_VERBS = {"halve", "double", "triple", "treble", "quadruple"}


def _multiplied_object(q_span: Span) -> Optional[tuple[str, Token, Token]]:
    """The object of a multiplying verb that is the figure itself: "pledged to halve the budget deficit"
    -> budget deficit, "plans to double its sales" -> sales (a bid or a pledge around it is not measured)."""
    root = q_span.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in _MULTIPLYING_VERBS and root.lower_ not in _MULTIPLYING_VERBS:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or not names_measure(obj):
        return None
    return phrase_of(obj, {t.i for t in q_span}), obj, root


def _antecedent(verb: Optional[Token]) -> Optional[Token]:
    """The measure a relative clause's "which"/"that" subject stands for ("retail sales, which rose 4%"),
    past a time phrase the parser hangs the clause on ("profits in the current year, which rose 21%")."""
    if verb is None or verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
        return None
    noun = verb.head
    if (noun.lower_ in _TIME_NOUNS or noun.lemma_.lower() in _TIME_NOUNS) and noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun if names_measure(noun) else None


def _noun_before_bracket(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """The measure an amount in brackets gives the value of: "a personal allowance (£5,720 for this tax
    year)" -> personal allowance (not a conversion: the noun before the bracket holds no figure)."""
    doc, root = q_span.doc, q_span.root
    if q_span.start < 2 or doc[q_span.start - 1].text != "(" or root.dep_ != "appos":
        return None
    noun = root.head
    if noun.i != q_span.start - 2 or noun.pos_ != "NOUN" or not noun.is_lower or not names_measure(noun) \
            or any((c.like_num or c.dep_ == "nummod") and c.i != root.i for c in noun.children) \
            or noun.lower_ in _TIME_NOUNS:
        return None
    return phrase_of(noun, {t.i for t in q_span} | {t.i for t in root.subtree}), None, _clause_verb(noun)


# The second part of a hyphenated noun the tokenizer splits ("bail-out", "buy-out", "write-off", "shake-up").
_PARTICLES = {"out", "off", "up", "down", "over", "back"}


def _noun_after_conversion(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """The noun an amount modifies across its bracketed conversion: "a $6bn (£3bn) buyout" -> buyout,
    "a 30m euro ($37m) grant" -> grant (the parse hangs the amount elsewhere once the bracket splits it)."""
    doc = q_span.doc
    i = q_span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((t.i for t in doc[i:min(len(doc), i + 12)] if t.text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return None
    before = doc[q_span.start - 1] if q_span.start > 0 else None
    if before is None or before.lower_ not in ("a", "an", "the") and before.tag_ not in ("PRP$", "POS"):
        return None
    nxt = doc[close + 1]
    # "a $6bn (£3bn) buyout": the bracket misleads the tagger into a verb that is a verb's object
    mistagged = nxt.dep_ in ("dep", "dobj", "pobj", "nsubj", "nsubjpass") and nxt.tag_ in ("VB", "VBP", "VBD", "VBZ")
    if not (nxt.pos_ == "NOUN" or mistagged) or not nxt.is_lower or nxt.lower_ in _TIME_NOUNS:
        return None
    words = [nxt]
    while words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].pos_ == "NOUN" and doc[words[-1].i + 1].is_lower \
            and words[-1].dep_ == "compound":
        words.append(doc[words[-1].i + 1])
    last = words[-1].i
    glued = "".join(t.text for t in doc[last + 1:last + 3]) if last + 2 < len(doc) and doc[last + 1].text == "-" \
        and not doc[last].whitespace_ and not doc[last + 1].whitespace_ and doc[last + 2].lower_ in _PARTICLES else ""
    # "a $1bn (£530m) bail-out": the tokenizer splits the hyphenated noun; the phrase keeps it whole
    return " ".join(w.text for w in words) + glued, None, _clause_verb(words[-1])  # whose stays the parse's


@lru_cache(maxsize=None)
def _whole_re() -> "re.Pattern":
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in lexicons.words("metric.whole_measures")) + r")$",
                      re.IGNORECASE)


def share_of_whole(q_span: Span) -> Optional[tuple[Optional[str], Optional[Token], Optional[Token]]]:
    """A percent of a whole an economy or a firm is measured by (``metric.whole_measures``: GDP, gross
    national income, turnover, revenue): the share the clause's measure is of it ("the deficit will fall to
    3% of GDP" -> ``deficit (share of GDP)``, GUIDELINES §9), or ``share of <whole>`` when the clause names
    no measure ("could fine firms up to 8% of their turnover"). A verb of sharing makes any whole one:
    "the car industry accounts for 13% of total exports" -> ``share of total exports``. None for any other
    figure: "half of all remittances" stays ``remittances``."""
    q_ids = {t.i for t in q_span}
    root = q_span.root
    whole = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == q_span.end
                  for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
    if whole is None:
        return None
    of_whole = phrase_of(whole, q_ids)
    verb = _clause_verb(root)
    if not _whole_re().search(of_whole):
        # a verb of sharing makes any whole one ("the car industry accounts for 13% of total exports"); the
        # part is left to the parse, which reads whose share it is off the whole as before
        return (f"share of {of_whole}", whole, verb) if verb is not None and gives_a_share(verb) else None
    whole_ids = {t.i for t in whole.subtree}
    measured = _clause_subject(verb, q_ids | whole_ids)[0] if verb is not None else None
    if verb is not None and any(c.dep_ == "dobj" and c.i not in q_ids and c.i not in whole_ids and c.i != root.i
                                for c in verb.children):
        measured = None  # "the regulator could fine the firms up to 8% of turnover": the subject acts on another
    if measured is not None and measured.i not in whole_ids:
        return f"{phrase_of(measured, q_ids)} (share of {of_whole})", measured, verb
    return f"share of {of_whole}", None, verb


# "The dollar traded at $1.364 per euro", "100 rupees to the US dollar": a currency's price in another
_PER_CURRENCY = re.compile(r"(?i)^\s*(?:per|to\s+(?:the|one|a)|against\s+(?:the|one|a)|for\s+(?:one|a|each))\s+"
                           r"(?P<other>(?:US\s+|American\s+|single\s+)?(?:"
                           + "|".join(lexicons.words("currency.nouns")) + r")s?)\b")
# the currency an amount is written in, by its sign or word (the Brazilian "R$" before the dollar's "$")
_CURRENCY_OF_AMOUNT = tuple((re.compile(pattern, re.IGNORECASE), name) for pattern, name in (
    (r"R\$|\breais\b|\breal\b", "real"), (r"\$|\bdollars?\b|\busd\b", "dollar"), (r"£|\bpounds?\b|\bsterling\b", "pound"),
    (r"€|\beuros?\b", "euro"), (r"¥|\byen\b", "yen"), (r"₹|\brupees?\b|\brs\b|\binr\b|\bpkr\b|\blkr\b|\bnpr\b", "rupee"),
    (r"\btk\b|\btaka\b|\bbdt\b", "taka"), (r"\byuan\b|\brmb\b", "yuan"), (r"\broubles?\b|\brubles?\b", "rouble"),
    (r"\bpesos?\b", "peso")))


def _exchange_rate(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """``<currency> exchange rate (per <other>)`` for an amount of one currency quoted per unit of
    another ("was trading at $1.364 per euro" -> ``dollar exchange rate (per euro)``; "100 rupees to the
    US dollar" -> ``rupee exchange rate (per US dollar)``; gold: bbc-dev4, bbc-dev5)."""
    sent = q_span.sent
    after = _PER_CURRENCY.match(sent.text[q_span.end_char - sent.start_char:])
    if after is None:
        return None
    own = next((name for pattern, name in _CURRENCY_OF_AMOUNT if pattern.search(q_span.text)), None)
    other = re.sub(r"s$", "", after.group("other"))  # "to the US dollar", "per euro"; "dollars" -> "dollar"
    if own is None or own in other.lower():
        return None
    return f"{own} exchange rate (per {other})", None, _clause_verb(q_span.root)


_OWNED_WORDS = {"owned", "controlled", "held"}
_OWNER_PRONOUNS = {"its", "their", "his", "her"}


def _ownership(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """The share of a company its owners hold, stated as "N% owned": "is 100% Ruritanian-owned" ->
    ``Ruritanian ownership`` (gold/README.md, bbc-dev2), "is 51% owned by the state" -> ``ownership by the
    state``, "is 60% state-controlled" -> ``state ownership``; a bare "is 40% owned" -> ``ownership``. The
    owners, not the company owned, say which ownership (whose figure it is stays the parse's)."""
    root = q_span.root
    owned = root.head
    if root.dep_ != "npadvmod" or owned.lower_ not in _OWNED_WORDS or owned.i <= root.i:
        return None
    doc = q_span.doc
    verb = _clause_verb(owned) if owned.dep_ not in ("acomp", "ROOT") else (owned.head if owned.dep_ == "acomp" else owned)
    # "Ruritanian-owned": the word joined by the hyphen, between the figure and "owned"
    if owned.i >= 2 and doc[owned.i - 1].text == "-" and doc[owned.i - 2].i > q_span.end - 1 \
            and doc[owned.i - 2].is_alpha:
        return f"{doc[owned.i - 2].text} ownership", None, verb
    if owned.i != q_span.end:
        return None  # "55% of the firm is owned by": another shape (a stake, counterparties.stake)
    agent = next((o for c in owned.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if agent is None:
        return "ownership", None, verb
    words = [t.text for t in agent.subtree if t.lower_ not in _OWNER_PRONOUNS]
    return ("ownership by " + " ".join(words)) if 0 < len(words) <= 6 else "ownership", None, verb


_STAFF_NOUNS = {"people"}


def _employed(q_span: Span) -> Optional[tuple[str, Token, Token]]:
    """People a firm employs: "Zentex, which employs 4,000 people" -> ``employees`` (the people are its
    staff; a named trade, "employs 300 welders", keeps the general reading)."""
    root = q_span.root
    counted = root.head if root.dep_ == "nummod" else None
    if counted is None or counted.lower_ not in _STAFF_NOUNS or counted.dep_ != "dobj" \
            or counted.head.lemma_.lower() != "employ" \
            or any(c.dep_ in ("amod", "compound") and c.i not in {t.i for t in q_span} for c in counted.children):
        return None
    return "employees", counted, counted.head


_LEAD_QUALIFIERS = {"more", "less", "fewer", "than", "about", "around", "some", "nearly", "almost", "over", "under",
                    "roughly", "approximately", "just", "up", "to", "at", "least", "most", "an", "estimated"}


def _measure_of_bare_count(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """A bare count right after "<measure> of" ("unemployment of more than two million and …"): that
    measure, whatever the parse hangs the number on (it may read "two million" as counting a later
    noun). A count followed by what it counts ("a population of 220 million people") is read as before."""
    doc = q_span.doc
    if q_span.end < len(doc) and doc[q_span.end].pos_ in ("NOUN", "PROPN"):
        return None
    i = q_span.start - 1
    while i > q_span.sent.start and doc[i].lower_ in _LEAD_QUALIFIERS:
        i -= 1
    if i <= q_span.sent.start or doc[i].lower_ != "of":
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ in _TIME_NOUNS or not names_measure(noun) \
            or is_unit_of_measure(noun) or noun.lower_ in _CARRIER_NOUNS \
            or noun.lower_ in _CHANGE_NOUNS or noun.lemma_.lower() in _CHANGE_NOUNS:
        return None
    return phrase_of(noun, {t.i for t in q_span}), noun, _clause_verb(noun)


def _valued_at(q_span: Span) -> Optional[tuple[str, Optional[Token], Optional[Token]]]:
    """What a valuation or a flotation prices: "valued its film unit at £400m" -> ``valuation of film unit``,
    "the firm could be valued at 300m euros" -> ``value`` (a firm is whose value, not a measure),
    "Zentex, which floated on the stock market for £150m" -> ``flotation value``. A measure valued
    ("exports were valued at $2bn") keeps the general reading; so does a noun the verb describes
    ("three projects, valued at $500m")."""
    root = q_span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("at", "for"):
        return None
    verb = root.head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.dep_ == "acl":
        return None
    if lemma == "float" or verb.lower_ in ("floated", "floats", "floating"):
        return "flotation value", None, verb
    if lemma != "value" or root.head.lower_ != "at":
        return None
    q_ids = {t.i for t in q_span}
    if any(c.dep_ in ("nsubjpass", "nsubj") and c.pos_ in ("NOUN", "PROPN") and _measured_subject(c) is not None
           and c.lemma_.lower() not in _ACTOR_NOUNS for c in verb.children if verb.tag_ == "VBN"
           and c.dep_ == "nsubjpass"):
        return None  # "exports were valued at $2bn": the exports
    valued = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if valued is None:
        return "value", None, verb
    return f"valuation of {phrase_of(valued, q_ids)}", None, verb


_SOUGHT_VERBS = {"seek", "request"}


def _sought_for(q_span: Span) -> Optional[tuple[str, None, Optional[Token]]]:
    """Money sought for a purpose: "the agency is seeking $4.5m for emergency shelter" -> ``emergency
    shelter sought`` (what the money is for, sought: not yet had)."""
    root = q_span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _SOUGHT_VERBS:
        return None
    q_ids = {t.i for t in q_span}
    purpose = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > root.i
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and names_measure(o)
                    and o.lower_ not in _TIME_NOUNS), None)
    if purpose is None:
        return None
    return f"{phrase_of(purpose, q_ids)} sought", None, verb


def _of_noun_after_conversion(q_span: Span) -> Optional[tuple[str, Token, Optional[Token]]]:
    """The "of" noun an amount is of across its bracketed conversion: "using 300m yuan ($40m; £20m) of
    company funds" -> company funds (the bracket splits the amount from its "of", and the parse hangs the
    "of" on the verb)."""
    doc = q_span.doc
    i = q_span.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((t.i for t in doc[i:min(len(doc), i + 14)] if t.text == ")"), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].lower_ != "of":
        return None
    obj = next((o for o in doc[close + 1].children if o.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not names_measure(obj) or obj.lower_ in _TIME_NOUNS \
            or obj.lower_ in _CHANGE_NOUNS or obj.lemma_.lower() in _CHANGE_NOUNS:
        return None
    return phrase_of(obj, {t.i for t in q_span}), obj, _clause_verb(q_span.root)


# a line of a list: "- Exports: $27.54 billion", "• Remittances: $2.1bn (earlier $2.0bn)", "Imports: Rs 1,611 billion"
_LABEL_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–·▪][ \t]*|\d{1,2}[.)][ \t]+|[A-Z]{4,}(?:[ \t]+[A-Z]{3,})?[ \t]*:[ \t]*)?(?P<label>[A-Za-z][A-Za-z'’&/ -]{1,50}?)[ \t]*:[ \t]*$")


def _labelled_line(q_span: Span) -> Optional[tuple[str, Optional[Token], Optional[Token]]]:
    """The label of a list line the figure opens ("- Exports: $27.54 billion" -> `Exports`), when the
    label's last word can name a measure (not "Note:", "Source:", a date or a place)."""
    doc = q_span.doc
    # the 90 characters before the figure, read off the tokens there (Doc.text would join the whole
    # document at every figure): a list line's label is short
    first = q_span.start
    while first > 0 and q_span.start_char - doc[first - 1].idx <= 90:
        first -= 1
    offset = doc[first].idx if first < q_span.start else q_span.start_char
    window = doc[first:q_span.start].text_with_ws if first < q_span.start else ""
    cut = window.rfind("\n")
    at_start = first == 0 or doc[first - 1].text_with_ws.endswith("\n") or doc[first - 1].is_space and "\n" in doc[first - 1].text
    if cut < 0 and not at_start:
        return None
    line = window[cut + 1:]  # the figure's own line ("^" of the pattern is the line's start)
    found = _LABEL_LINE.search(line)
    if found is None:
        return None
    label = found.group("label").strip()
    start = offset + cut + 1 + found.start("label")
    last = doc.char_span(start + len(label) - len(label.split()[-1]), start + len(label))
    if last is None or len(last) != 1 or not names_measure(last[0]) or last[0].ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
            or last[0].lower_ in ("note", "source", "sources", "total", "period", "date", "figure", "figures", "data"):
        return None
    return label, last[0], None
