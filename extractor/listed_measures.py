"""Measures carried across a list or a passage: an item of a list with its verb left out ("fell by
7.5%, yarn by 3%"), a count that continues a list of dated counts, "respectively", the passage's
measure for a bare head noun that repeats it, a deficit or measure the nearest group names, and a
good named alone in a sentence about one flow of goods.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.measured_noun import _clause_verb
from extractor.metric_parts import CHANNEL_NOUNS
from extractor.names import is_term, is_territory
from extractor.parse_tree import _actor_in
from extractor.numbers import OPEN_FIGURE_BRACKET
from extractor.metric_head import _ACTOR_NOUNS, _CARRIER_NOUNS, _CHANGE_NOUNS, _NOT_MEASURES, _PERIOD_TOKEN, _TIME_NOUNS, phrase_of

# Between a count and the next in a list of dated items ("65 flights on Monday, 180 on Tuesday and 40 on
# Wednesday"): the first's noun, a time phrase, the list's comma or "and", no verb.
_DATED_ITEM_GAP = re.compile(r"(?i)^(?:\s+[a-z-]+)?\s+(?:on|in|at|during)\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?"
                             r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def listed_count(previous_metric: Optional[str], between: str) -> Optional[str]:
    """The measure of a bare count that continues a list of dated counts: the first item's."""
    return previous_metric if previous_metric and _DATED_ITEM_GAP.match(between) else None


# ---- the passage's measure -----------------------------------------------------------------

_MARK = re.compile(r"\s*\([^)]*\)\s*$")
# Words before a head that keep it the whole ("the country's exports", "total exports"): the bare
# head is then the overall measure, not a repetition of a narrower one.
_WHOLE_WORDS = {"total", "overall", "aggregate", "whole", "entire", "national", "combined", "all"}


def _head_word(word: str) -> str:
    word = word.lower().strip("'’")
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# "the exports of cloth fell by 7.5%, yarn by 25.5% and knitwear by 10.4%": the verb left out of
# each item after the first; an item is a few lower-case words right before "by"
_GAPPED_ITEM = re.compile(r"(?:,|\band\b|\bwhile\b|\bwhereas\b)\s+(?:the\s+)?(?P<item>[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*){0,3})"
                          r"\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$")
# "…, and tents, canvas and tarpaulin went up by 24.93%": a list of items with a verb of change of its
# own, after the sentence's first figure (the parse loses such a subject; the first item's head is theirs).
_LISTED_ITEMS = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+)(?:the\s+)?"
                           r"(?P<item>[a-z][a-z&-]*(?:(?:,\s+|\s+and\s+|\s+)[a-z][a-z&-]*){0,5})"
                           r"\s+(?:went\s+up|went\s+down|rose|fell|grew|increased|decreased|declined|dipped|jumped"
                           r"|surged|dropped|climbed|slipped)\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$")
_NOT_ITEM = re.compile(r"\b(?:\w+ed|was|were|is|are|has|have|had|it|its|they|their|which|that"
                       r"|went|rose|fell|grew|shrank|sank|came|stood|up|down)\b")  # a verb of its own: not gapped
_CHANGED_BY = re.compile(r"\b[a-z]+(?:ed|ell|ose|rew|ank|ipped|opped)\s+by\s+(?:about\s+|around\s+|nearly\s+)?$")


def gapped_item(sentence_text: str, figure_at: int, first_figure_at: Optional[int]) -> Optional[str]:
    """The measure of a figure listed with its verb left out: its item with the first item's amount
    head ("…fell by 7.5%, yarn by 25.5% and knitwear by 10.4%" -> "yarn exports" for 25.5%), when the
    sentence's first figure follows a verb of change and "by" and an amount head ("exports") names
    the first item; else None."""
    if first_figure_at is None or first_figure_at >= figure_at:
        return None
    m = _GAPPED_ITEM.search(sentence_text, max(0, figure_at - 60), figure_at)
    if m is None or _NOT_ITEM.search(m.group("item")):
        m = _LISTED_ITEMS.search(sentence_text, max(0, figure_at - 80), figure_at)
        words = set(re.findall(r"[a-z&-]+", m.group("item"))) if m is not None else set()
        if m is not None and (not re.search(r",|\band\b", m.group("item")) or words & (_NOT_GOODS | _ACTOR_NOUNS)):
            return None  # one item is its clause's own subject, which the parse reads; a list of goods only
    if m is None or _NOT_ITEM.search(m.group("item")) or m.start() < first_figure_at:
        return None
    before_first = sentence_text[:first_figure_at]
    if _CHANGED_BY.search(before_first.lower()) is None:
        return None
    heads = [w for w in re.findall(r"[A-Za-z]+", before_first) if _head_word(w) in _amount_heads()]
    if not heads:
        return None
    item, head = m.group("item"), heads[-1].lower()
    return item if _head_word(item.split()[-1]) == _head_word(head) else f"{item} {head}"


def heads_a_gapped_list(sentence_text: str, figure_end: int) -> Optional[str]:
    """The first item after a figure that opens a list with the verb left out ("fell by 7.5%, yarn by
    25.5%": "yarn"; "rose to $2bn and copper exports to $3bn"), which the parse may take for the
    figure's own noun; else None."""
    m = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<item>[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*){0,3})"
                 r"\s+(?:by|to|from|at)\s+[\d$£€₹(]", sentence_text[figure_end:])
    return m.group("item") if m and not _NOT_ITEM.search(m.group("item")) else None


@lru_cache(maxsize=None)
def _amount_heads() -> frozenset[str]:
    """Head nouns of amounts a passage states in several figures (``metric.amount_heads``)."""
    return frozenset(_head_word(w) for w in lexicons.words("metric.amount_heads"))


def _completed(metric: str, passage: list[list[Optional[str]]]) -> Optional[str]:
    """A metric cut before its head noun ("the tin group registered 5% growth": "tin group") that
    the passage names with an amount head after it ("tin group exports"): the passage's metric, when
    the first group that has such a metric has one."""
    words = [w.lower() for w in metric.split()]
    if len(words) > 3 or _head_word(words[-1]) in _amount_heads():
        return None
    for group in passage:
        found: dict[str, str] = {}
        for other in group:
            full = _MARK.sub("", other or "").split()
            if len(full) == len(words) + 1 and [w.lower() for w in full[:-1]] == words \
                    and _head_word(full[-1]) in _amount_heads():
                found.setdefault(" ".join(full).lower(), " ".join(full))
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


# A bare word for a balance below zero: the deficit the passage names ("the budget deficit hit $412bn. … a
# $348bn shortfall", "could end up a further $100bn in the red").
_SHORTFALL_WORDS = {"shortfall", "red"}


def _one_deficit(passage: list[list[Optional[str]]]) -> Optional[str]:
    """The one deficit measure of the nearest group of the passage that names any ("budget deficit")."""
    for group in passage:
        found = {_MARK.sub("", m).strip() for m in group if m and _MARK.sub("", m).lower().split()[-1:] == ["deficit"]}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def carried_measure(metric: Optional[str], head: Optional[Token], passage: list[list[Optional[str]]],
                    article: list[Optional[str]] = ()) -> Optional[str]:
    """The passage's measure for a figure whose metric is its bare head noun repeating it.

    "Ruritania's tin exports rose to $5bn, against exports of $4bn a year earlier": the second
    figure's "exports" is the tin exports. ``passage``: the metrics of the figures before it, nearest
    first in groups (its sentence, then its paragraph and the one before). The first group that names
    a fuller metric with that head noun ("tin exports", "exports of tin") decides: its one such metric,
    or None when it names two ("tin exports ... copper exports"). Also None when the metric has words
    of its own, or when the head is owned by a place or marked as the whole ("the country's exports",
    "total exports"). A head owned by a name ("Acme's reserves") takes the one metric of the article
    (``article``) that holds that name ("Acme liquid reserves"). A generic flow word
    (``metric.flow_words``: "cumulative inflows", "takings") stands for the one measure of the
    passage, whatever its head. A bare "shortfall" (or "in the red") is the passage's one deficit.
    """
    if not metric or _MARK.search(metric):
        return None
    words = metric.lower().split()
    if words[-1] in _SHORTFALL_WORDS and all(w in _FLOW_FILLERS for w in words[:-1]):
        return _one_deficit(passage)  # "a $348bn shortfall", "$100bn in the red": the passage's deficit
    if _head_word(words[-1]) in _flow_words() and all(w in _FLOW_FILLERS for w in words[:-1]):
        one = one_measure(passage)
        # a flow the other way is another measure: "FDI rose to $2bn, while outflows were $1bn"
        if one is not None and ("outflow" in words[-1]) != ("outflow" in one.lower()):
            return None
        return one
    if len(words) > 1:
        return _completed(metric, passage)
    owners = [c for c in head.children if c.dep_ == "poss"] if head is not None else []
    if any(c.ent_type_ in ("GPE", "NORP") or c.lower_ in _ACTOR_NOUNS or c.pos_ == "PRON" for c in owners):
        return None
    if head is not None and any(c.lower_ in _WHOLE_WORDS for c in head.children):
        return None
    word = _head_word(metric)
    if word not in _amount_heads():
        return None  # "startups", "companies": who, not an amount a passage measures

    def fuller(metrics: list[Optional[str]], owner: Optional[str] = None) -> dict[str, str]:
        found: dict[str, str] = {}
        for other in metrics:
            words = _MARK.sub("", other or "").split()
            low = [w.lower() for w in words]
            own_head = low[low.index("of") - 1] if "of" in low[1:] else low[-1] if low else ""
            if len(words) < 2 or _head_word(own_head) != word or set(low) & _WHOLE_WORDS:
                continue  # "total exports" is the whole, not a narrower measure the bare head repeats
            if owner is None or owner in low:
                found.setdefault(" ".join(low), " ".join(words))
        return found

    owner = next((c.lower_ for c in owners if c.pos_ == "PROPN"), None)
    if owner is not None:
        found = fuller(list(article), owner)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    for group in passage:
        found = fuller(group)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _figure_chain(first: Token) -> list[Token]:
    """``first`` and the figures coordinated with it, by conjunction or apposition, in order."""
    chain, todo = [first], [first]
    while todo:
        for c in todo.pop().children:
            if c.dep_ in ("conj", "appos"):
                chain.append(c)
                todo.append(c)
    return sorted(chain, key=lambda t: t.i)


def respective_position(q_span: Span) -> Optional[tuple[int, int, Token]]:
    """Where a figure stands in a sentence's "respectively" list: (its position among the
    coordinated figures, how many there are, the first of them), or None without "respectively"
    or a list of figures."""
    # the sentence's text, joined in C, not a Python walk over its tokens: asked for every figure,
    # twice (measure and partner); never Doc.text, which joins the whole document each time
    if "respectively" not in q_span.sent.text.lower():
        return None
    q_ids = {t.i for t in q_span}
    first = q_span.root
    # (the parser hangs some items of a list of figures as appositions: "grew 2.25%, 3.76% and 0.07%")
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    chain = _figure_chain(first)
    at = next((n for n, t in enumerate(chain) if t.i in q_ids), None)
    return None if at is None or len(chain) < 2 else (at, len(chain), first)


def respective_partner(q_span: Span, metric_head: Optional[Token], partner: Optional[str],
                       known=None) -> Optional[str]:
    """"Exports to the United States and China were $5.1bn and $2.2bn, respectively": the figure's
    own partner among the coordinated objects of the flow's "to/from/with", by position. ``partner``
    is the partner the parse gave (the first of them). None when the counts differ or an item names
    no party."""
    if partner is None or metric_head is None:
        return None
    where = respective_position(q_span)
    if where is None:
        return None
    at, count, _ = where
    for prep in (c for c in metric_head.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "with")):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or not pobj.conjuncts:
            continue
        # each item's words up to its head ("the United States"), not the items coordinated under it
        items = sorted([pobj, *pobj.conjuncts], key=lambda t: t.i)
        names = [_actor_in(list(t.doc[t.left_edge.i:t.i + 1]), known=known) for t in items]
        if len(names) == count and all(names) and partner in names:
            return names[at]
    return None


def respective_measure(q_span: Span) -> Optional[str]:
    """"Exports and imports stood at $3bn and $5bn, respectively": the figure's own measure among the
    clause's coordinated subjects, by position (the n-th figure of the coordination, the n-th
    subject); a head shared by the last subject goes to all ("tea and rubber exports fell 5% and 8%
    respectively" -> tea exports, rubber exports). None without "respectively", or when the counts
    differ or a subject is a place, a body or a person (whose figure, not what)."""
    where = respective_position(q_span)
    if where is None:
        return None
    at, count, first = where
    q_ids = {t.i for t in q_span}
    verb = _clause_verb(first)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
    if subject is None:
        return None
    items = sorted([subject, *subject.conjuncts], key=lambda t: t.i)
    if len(items) == 1:
        listed = _listed_within(subject, q_ids)
        if listed is not None and len(listed) == count:
            return listed[at]
    if len(items) != count or any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.pos_ not in ("NOUN", "PROPN")
                                       or t.lower_ in _ACTOR_NOUNS or t.lower_ in _NOT_MEASURES for t in items):
        return None
    phrases = [phrase_of(t, q_ids) for t in items]
    last = phrases[-1].split()
    if len(last) > 1 and _head_word(last[-1]) in _amount_heads():
        phrases = [p if len(p.split()) > 1 or _head_word(p) in _amount_heads() else f"{p} {last[-1]}"
                   for p in phrases]
    return phrases[at]


_MODIFIERS = ("amod", "compound", "nmod")


def _coordinated(tokens) -> Optional[list[Token]]:
    """The first of ``tokens`` that heads a coordination, with its conjuncts, in order."""
    for t in tokens:
        if t.conjuncts:
            return sorted([t, *t.conjuncts], key=lambda x: x.i)
    return None


def _listed_within(subject: Token, q_ids: set[int]) -> Optional[list[str]]:
    """The measures a single subject lists inside itself, in order: its coordinated modifiers
    ("wheat and rice output" -> wheat output, rice output), or those of its "of" object ("the growth
    of agricultural, industrial and services sectors" -> agricultural sector growth, …; "the growth of
    agriculture and industry" -> agriculture growth, industry growth). None when it lists nothing or
    lists places, bodies or people (whose figures, not what)."""
    def named(items: list[Token]) -> bool:
        return all(t.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON") and t.pos_ in ("NOUN", "PROPN", "ADJ")
                   and t.lower_ not in _ACTOR_NOUNS and t.i not in q_ids for t in items)

    # the subject's own word, lowercased when it only opens the sentence ("Growth of agriculture …")
    head = subject.lower_ if subject.is_sent_start and subject.ent_type_ == "" else subject.text
    own = _coordinated([c for c in subject.children if c.dep_ in _MODIFIERS and c.i < subject.i])
    if own is not None and named(own):
        return [f"{t.text} {head}" for t in own]
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    whole = _coordinated([obj])
    if whole is not None and named(whole):
        return [f"{t.text} {head}" for t in whole]
    parts = _coordinated([c for c in obj.children if c.dep_ in _MODIFIERS and c.i < obj.i])
    if parts is not None and named(parts):
        return [f"{t.text} {obj.lemma_} {head}" for t in parts]
    return None


# Heads that measure something of their own, never a good traded: "while inflation rose 2%" in a
# sentence on exports stays inflation.
_NOT_GOODS = {"inflation", "price", "prices", "economy", "growth", "rate", "index", "sector", "industry", "market",
              "demand", "supply", "share", "stake", "wage", "wages", "employment", "job", "jobs", "consumption",
              "trade", "gdp", "gva", "cpi", "currency", "rupee", "dollar", "tax", "duty", "tariff", "credit", "loan"}


def traded_item(metric: Optional[str], head: Optional[Token], same_sentence: list[Optional[str]]) -> Optional[str]:
    """A good named alone in a sentence that lists one flow of goods ("the exports of rugs fell 6%,
    while felt dipped 3%"): the same flow of that good ("felt exports"); None otherwise (a sentence
    on both exports and imports, a measure of its own, a place, a body, a name)."""
    if not metric or head is None or _MARK.search(metric) or len(metric.split()) > 3:
        return None
    words = [w.lower() for w in metric.split()]
    if head.pos_ != "NOUN" or head.ent_type_ or head.lower_ in _ACTOR_NOUNS or head.lemma_.lower() in _ACTOR_NOUNS \
            or any(_head_word(w) in _amount_heads() or w in _NOT_GOODS or _head_word(w) in _NOT_GOODS
                   or w in _CHANGE_NOUNS or w in _CARRIER_NOUNS or w in _NOT_MEASURES for w in words):
        return None
    flows = set()
    for other in same_sentence:
        low = _MARK.sub("", other or "").lower().split()
        if len(low) >= 2 and _head_word(low[-1]) in ("export", "import"):
            flows.add(low[-1].rstrip("s") + "s")
        elif len(low) >= 3 and _head_word(low[0]) in ("export", "import") and low[1] == "of":
            flows.add(low[0].rstrip("s") + "s")
    return f"{metric} {flows.pop()}" if len(flows) == 1 else None


# Words before a generic flow word that add nothing to what flows: "the cumulative inflows".
_FLOW_FILLERS = {"the", "total", "cumulative", "monthly", "overall", "these", "such", "net", "gross"}


@lru_cache(maxsize=None)
def _flow_words() -> frozenset[str]:
    return frozenset(_head_word(w) for w in lexicons.words("metric.flow_words"))


def one_measure(passage: list[list[Optional[str]]]) -> Optional[str]:
    """The one measure the nearest group of the passage names (marks and flow words aside)."""
    for group in passage:
        found: dict[str, str] = {}
        for other in group:
            bare = _MARK.sub("", other or "").strip()
            words = bare.lower().split()
            # a bare flow word names nothing; "remittance inflows" names the measure
            if bare and not (_head_word(words[-1]) in _flow_words() and all(w in _FLOW_FILLERS for w in words[:-1])):
                found.setdefault(bare.lower(), bare)
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


# ---- an item whose measure is left out ---------------------------------------------------------

# Words that open an item of a list after a figure ("…, industry 6.83%", "… and services 6.59%").
_ITEM_OPENERS = {",", "and", "while", "whereas", "the"}
# Words between an item and its figure: "industry from 7.19%", "tickets at about $12".
_ITEM_CLOSERS = {"from", "by", "at", "to", "about", "around", "nearly", "almost", "some", "roughly", "just"}
_ITEM_NOT = {"or", "up", "down", "while", "against", "than", "compared", "versus", "per", "each", "respectively"}


def _is_when(t: Token) -> bool:
    """A word of a period phrase ("in FY23", "during the last fiscal year")."""
    return t.ent_type_ in ("DATE", "TIME") or t.pos_ == "DET" or bool(_PERIOD_TOKEN.fullmatch(t.lower_)) \
        or t.lower_ in _TIME_NOUNS or t.lemma_.lower() in _TIME_NOUNS or t.lower_ in ("fiscal", "financial", "year")


def _noun_read_as_verb(t: Token) -> bool:
    """An item the parser tags as a verb: an amount head ("imports", "spending"), an unknown good
    ("bedwear", VBP) that no change verb spells."""
    if t.tag_ in ("VBZ", "VBG"):
        return _head_word(t.lower_) in _amount_heads()  # "imports", "spending"
    return t.tag_ in ("VB", "VBP") and t.pos_ == "VERB" and t.lower_ == t.lemma_.lower() \
        and t.lemma_.lower() not in _change_verbs()


@lru_cache(maxsize=None)
def _change_verbs() -> frozenset[str]:
    return frozenset(w for k in ("change.increase_verbs", "change.decrease_verbs", "change.growth_verbs",
                                 "change.contraction_verbs") for w in lexicons.words(k))


def _item_in(gap: Span) -> Optional[str]:
    """The item a gap between two figures names before the second ("…, industry from " -> "industry"),
    or "" for a bare "to" ("from 4.27% to 2.25%": one item's two figures); None for anything else."""
    words = [t for t in gap if not t.is_space]
    if [t.lower_ for t in words] in (["to"], ["-"], ["–"]):
        return ""
    comma = next((n for n, t in enumerate(words) if t.text == ","), None)
    if comma and words[0].pos_ == "ADP" and all(_is_when(t) for t in words[1:comma]):
        words = words[comma:]  # "grew 1.55% in FY23, industry by …": the first item's period, then the item
    i = 0
    while i < len(words) and words[i].lower_ in _ITEM_OPENERS:
        i += 1
    if i == 0 or not any(t.lower_ in (",", "and") for t in words[:i]):
        return None  # an item after the list's comma or "and" only
    if i < len(words) and words[i].lower_ in ("in", "of", "for"):
        i += 1  # "the growth in agriculture was 1.55%, in industry 2.94%"
    j = len(words)
    while j > i and words[j - 1].lower_ in _ITEM_CLOSERS:
        j -= 1
    item = [t for t in words[i:j] if t.tag_ != "HYPH"]  # "non-food": one word, as written below
    if not 1 <= len(item) <= 4 or any(
            t.pos_ not in ("NOUN", "PROPN", "ADJ") and not _noun_read_as_verb(t)
            and not (t.dep_ in ("amod", "compound") and t.head.i in {w.i for w in item})  # "gross fixed capital"
            or t.like_num or t.lower_ in _ITEM_NOT or t.lower_ in _NOT_MEASURES
            or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "DATE", "TIME")
            or t.pos_ == "PROPN" and not is_term(t.text) for t in item):
        return None  # a verb (not "imports" read as one), a time, a place, a body or a name: not an item (whose, when)
    head = item[-1]
    if head.lower_ in _TIME_NOUNS or head.lemma_.lower() in _TIME_NOUNS or head.lower_ in _ACTOR_NOUNS \
            or head.lemma_.lower() in _ACTOR_NOUNS or head.lemma_.lower() in CHANNEL_NOUNS:
        # "…, the previous year 5%", "…, the government 5%", "…, and commercial banks $5bn": when, whose or
        # through whom ("government spending" is an item)
        return None
    return gap.doc[item[0].i:head.i + 1].text


# Measures that are always of something, which a list's item names: "inflation was 9%, food 12%" (food
# inflation), "prices rose 5%, tickets 3%"; any other bare first measure is the first item itself.
_OF_SOMETHING = set(lexicons.words("count.measure_subjects")) | _CHANGE_NOUNS | {"inflation"}


def _activity_named(item: str) -> bool:
    """A two-word item whose head is an activity noun ("electricity generation", "cement production",
    "power consumption"): a measure of its own, not the first item's measure with another sector."""
    words = item.lower().split()
    return len(words) == 2 and (words[-1].endswith(("tion", "ment")) or words[-1] in _SOLD_NOUNS)


_SOLD_NOUNS = frozenset(lexicons.words("count.sold_nouns"))


def _with_item(measure: str, item: str) -> Optional[str]:
    """The head's measure with the list's item in place of the first item ("Agriculture growth",
    "industry" -> "industry growth"; "growth of agriculture" -> "growth of industry"; "exports",
    "imports" -> "imports"; "exports", "tea" -> "tea exports"); None for a measure of another shape."""
    words = _MARK.sub("", measure).split()
    low = [w.lower() for w in words]
    own = _head_word(item.split()[-1])
    if not words or len(words) > 4 or any(w in ("and", "to", "in", "for", "from", "with", "on", "by") for w in low):
        return None
    if "of" in low:
        at = low.index("of")
        return " ".join(words[:at + 1] + [item]) if 0 < at == len(words) - 2 else None
    head = low[-1]
    if own == _head_word(head) or own in _amount_heads() or len(item.split()) >= 3 or _activity_named(item):
        # "exports rose 5%, imports 3%", "…, gross fixed capital formation 8%": the item is a measure of its own
        return item
    if len(words) == 1 and _head_word(head) not in _amount_heads() and head not in _OF_SOMETHING:
        return item  # "agriculture grew 5%, industry 3%": the first item alone was the measure
    return f"{item} {words[-1] if words[-1].isupper() else words[-1].lower()}"


def elided_item(q_span: Span, earlier: list[tuple[int, int, Optional[str]]]) -> Optional[tuple[str, int]]:
    """The measure of a figure in a list whose items after the first leave out the verb and the
    measure's head ("Agriculture growth was 4.27%, industry 6.83% and services 6.59%"; "Prices rose
    from $5 to $7, tickets from $10 to $12"): the first figure's measure with the item's word in place
    of the first item's, and where the figure that heads the list starts (its verb is the item's too).
    ``earlier``: (start, end, metric) of the figures before it in its sentence. None when the figure
    is not such an item (its own clause names its measure)."""
    doc = q_span.doc
    earlier = sorted((e for e in earlier if e[1] <= q_span.start_char), key=lambda e: e[0])
    ends = [q_span.start_char] + [s for s, _, _ in reversed(earlier)]
    gaps = []  # the gap before this figure, then before each earlier one, nearest first
    for n, (start, end, _) in enumerate(reversed(earlier)):
        gap = doc.char_span(end, ends[n], alignment_mode="expand") if end <= ends[n] else None
        gaps.append(_item_in(gap) if gap is not None and ends[n] - end <= 40 else None)
    if not gaps:
        return None
    item, n = None, 0
    while n < len(gaps) and gaps[n] == "":
        n += 1  # "… from $10 to $12": the second figure is the first's item's
    if n < len(gaps) and gaps[n]:
        item = gaps[n]
    if not item:
        return None
    while n < len(gaps) and gaps[n] is not None:
        n += 1  # back to the figure that heads the list, the one whose own clause names the measure
    start, _, head = earlier[len(earlier) - n]
    measure = _with_item(head, item) if head else None
    return (measure, start) if measure else None


# ---- a list under a line that announces what it holds ------------------------------------------

# a list line's label: "Agriculture: 1.55 percent", "- Saudi Arabia: $500 million"
_LINE_LABEL = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]*)?(?P<label>[A-Za-z][A-Za-z'’&/ -]{0,50}?)[ \t]*:")


def _heading_head(line: str) -> Optional[str]:
    """The amount head ("remittances", ``metric.amount_heads``) or "growth" an opening line names last."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", line) if _head_word(w) in _amount_heads() or w.lower() == "growth"]
    return words[-1] if words else None


def announced_measure(text: str, line_start: int, label_is_place: bool) -> Optional[str]:
    """The measure of a figure on a list line ("Agriculture: 1.55 percent", "Saudi Arabia: $500 million")
    under an opening line, ending in a colon, that names what the list holds ("Growth rates of the
    sectors are:", "Remittances by country in June:"), with only lines of that list between: the
    label with the announced head ("Agriculture growth", "Knitwear exports"), or the head alone
    for a place (whose figure, or the other side, never what). None for any other line."""
    if line_start > 0 and text[line_start - 1] != "\n":
        return None
    label = _LINE_LABEL.match(text, line_start)
    if label is None:
        return None
    lines = text[max(0, line_start - 600):line_start].split("\n")[:-1]
    for line in reversed(lines[-15:]):
        if not line.strip():
            continue
        if line.rstrip().endswith(":"):
            head = _heading_head(line)
            break
        if not _LINE_LABEL.match(line):
            return None
    else:
        return None
    if head is None:
        return None
    own = label.group("label").strip()
    if label_is_place or is_territory(own) or own.isupper() and len(own) <= 4 and not is_term(own):  # "UAE:"
        return head if head.lower() != "growth" else None
    if head.lower() == "growth":
        return f"{own} growth"
    if _head_word(own.split()[-1]) == _head_word(head):
        return own
    return f"{own} {head.lower()}"


# ---- items named before their figures in brackets ----------------------------------------------

# an item right before its figures in brackets, after the list's colon, comma, "and" or "for":
# "…: agriculture (4.27% to 4.28%)", "…, industry (6.83 to 6.95%)" (the second figure of the pair too)
_BRACKET_ITEM = re.compile(r"(?:[:,;]|\band\b|\bfor\b)\s+(?:the\s+)?(?!(?:and|or|the|while)\b)(?P<item>[A-Za-z][a-z&-]*(?:\s+(?:and\s+)?[a-z][a-z&-]*){0,3})"
                           r"\s*" + OPEN_FIGURE_BRACKET + "$")


def bracketed_item(text: str, sentence_start: int, figure_start: int) -> Optional[str]:
    """The measure of a figure in brackets right after the item it is of, in a sentence whose
    opening names the measure before its list: "The growth rates were revised: agriculture (4.27% to
    4.28%), industry (6.83 to 6.95%)" -> "agriculture growth", "industry growth"; "Exports rose in
    2031: textiles ($5bn) and rice ($2bn)" -> "textiles exports". Only "growth" and the amount heads
    (``metric.amount_heads``) of the opening name the measure; a place before the brackets says
    whose figure, never what ("Saudi Arabia ($500m)"). None for any other figure."""
    m = _BRACKET_ITEM.search(text, max(sentence_start, figure_start - 80), figure_start)
    if m is None:
        return None
    item = m.group("item")
    words = set(item.lower().split())
    if is_territory(item) or words & (_NOT_GOODS - {"sector", "industry"}) or words & _ACTOR_NOUNS or _NOT_ITEM.search(item.lower()):
        return None  # a place, a body or a clause: whose figure, not what
    # the opening ends where the list's first item does: the earliest item before brackets
    opening_end = m.start()
    for bracket in re.finditer(r"\(", text[sentence_start:m.start()]):
        first = _BRACKET_ITEM.search(text, max(sentence_start, sentence_start + bracket.start() - 60), sentence_start + bracket.end())
        if first is not None:
            opening_end = first.start()
            break
    opening = re.sub(r"\([^)]*\)", " ", text[sentence_start:opening_end])  # "the committee (NAC)"
    head = _heading_head(opening)
    if head is None:
        return None
    own = item.strip()
    if head.lower() == "growth":
        return f"{own} growth"
    return own if _head_word(own.split()[-1]) == _head_word(head) else f"{own} {head.lower()}"


# "…, of which the central bank held $4.5bn and commercial banks $5bn": a part moved or held by a kind of
# bank or firm, listed after another part of the same verb left out
_OF_WHICH_VERB = re.compile(r"(?i)\bof\s+which\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?P<verb>held|brought\s+in|brought|sent|"
                            r"received|remitted|accounted\s+for|contributed)\s+[^,;]{0,12}$")
_CHANNEL_ITEM = re.compile(r"^\s*(?:,\s*)?(?:and\s+|while\s+)?(?:the\s+)?(?P<item>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+"
                           r"(?P<head>[a-z]+))\s+(?:held\s+|had\s+)?$")


def channel_item(text: str, same: list, start: int) -> Optional[str]:
    """The measure of an amount listed after an "of which" part with the verb left out, when the item is a
    kind of bank or firm ("…, of which the SBP held $4.5bn and commercial banks $5bn" -> `reserves held by
    commercial banks`): the whole's measure (less "total") with the verb and the kind, as
    :func:`extractor.metric_parts.channel_of` writes it. ``same``: the claims before it in its sentence."""
    if len(same) < 2:
        return None
    whole, part = same[-2], same[-1]
    m = _CHANNEL_ITEM.match(text[part.quantity.end:start])
    if m is None or _head_word(m.group("head")) not in {_head_word(w) for w in CHANNEL_NOUNS}:
        return None
    verb = _OF_WHICH_VERB.search(text[whole.quantity.end:part.quantity.start])
    measure = _MARK.sub("", whole.metric or "").strip()
    if verb is None or not measure:
        return None
    measure = re.sub(r"(?i)^(?:total|overall|combined|aggregate)\s+", "", measure)
    return f"{measure} {verb.group('verb').lower()} by {m.group('item')}"
