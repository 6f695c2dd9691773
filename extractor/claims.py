"""From a parsed Doc to claims: runs the stage modules in order and carries context along the article.

Stages: quantities/counts (what and how much) → qualifier, change → metric →
subject, counterparty → source → period. What a figure's fields depend on beyond
its sentence (the article's country and calendar, its main actor, the governing
period, the current source and subject) lives in one
:class:`~extractor.context.ArticleContext`, changed only by its named updates.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Span, Token

from extractor import (
    actors, article_actors, currencies, currency_moves, lexicons, listed_measures, metric_head, metric_marks, metric_parts,
    open_clauses, periods, rankings, revisions, tables, written_slips,
)
from extractor.physical_units import physical_unit
from extractor.carried_units import carried_currency, respective_counts
from extractor.change import basis, change_for, series_change
from extractor.context import ArticleContext, Part, Sentence, SentenceSpan, Spans  # noqa: F401 (Part re-exported)
from extractor.contract import Claim, Period, Quantity
from extractor.counts import find_counts
from extractor.figure_periods import period_for
from extractor.listed_measures import carried_measure
from extractor.metric_marks import basis_mark, index_moved, is_compared_base, is_forecast, is_target
from extractor.metric_parts import part_phrase
from extractor.metric_phrase import metric_for
from extractor.open_clauses import names_another_measure, open_clause_kind
from extractor.published import dateline_span
from extractor.publishers import publisher_country
from extractor.qualifier import qualifier_for
from extractor.segments import sentence_spans
from extractor.quantities import Found, find_pattern_quantities



def find_quantities(text: str, parts: Sequence[Part], period_mentions=(), home: Optional[str] = None) -> list[Found]:
    """Money, percent and multiples by pattern over the whole text, then counts among the
    numbers left over in the parsed parts (numbers inside period phrases such as "the two
    months of" are not counts). ``home``: the publisher's country, for "Rs" when the text names none."""
    pattern_found = find_pattern_quantities(text, home)
    # loose forms ("7.8 pr cent", "1 trillion 36 billion in remittances") and a currency carried
    # from the sentence before ("In US dollars, ... 1.2 billion. 450 million of these ...")
    pattern_found = carried_currency(text, written_slips.added(text, pattern_found, home))
    taken = Spans(list(pattern_found) + list(period_mentions))
    counts = []
    for part in parts:
        local = [Found(t.start - part.offset, t.end - part.offset, t.kind if isinstance(t, Found) else "period", 0, "")
                 for t in taken.starting_in(part.offset, part.end) if t.end <= part.end]
        counts += [replace(c, start=c.start + part.offset, end=c.end + part.offset)
                   for c in find_counts(part.doc, local, text[max(0, part.offset - 3000):part.offset], counts)]
    # "N and M, respectively": the counts of the sentence before, in order
    return respective_counts(text, sorted(pattern_found + counts, key=lambda f: f.start))


_CURRENCY_DOT_END = re.compile(r"\b(?:Rs|Tk|Rp|Nu)\.\s*$")


def _rejoined(text: str, sentences: list, starts: list, start: int, end: int) -> tuple[int, int]:
    """The parser's sentence, rejoined where it was cut after a currency written with a dot
    before its figure ("goods worth Rs. | 13.52 billion were exported in ..."): the period
    phrases after the figure belong to its sentence (segments.sentence_spans, whose starts are
    ``starts``, never cuts there)."""
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        return start, end
    s, e = sentences[i]
    if not (s <= start < e):
        return start, end
    if s < start and _CURRENCY_DOT_END.search(text, max(s, start - 6), start):
        start = s
    if end < e and _CURRENCY_DOT_END.search(text, max(0, end - 6), end):
        end = e
    return start, end


def claims_from_parts(text: str, parts: Sequence[Part], article_id: str, published: Optional[str] = None,
                      published_inferred: bool = False, title: str = "", url: str = "",
                      outlet: str = "") -> list[Claim]:
    """Every claim of an article of which only ``parts`` were parsed (see extractor.segments); called
    only through extractor.api.claims_of_article, the one entry point of the batch API and the component.
    ``title`` (the headline), ``url`` (the page's address) and ``outlet`` (the publisher's name), when
    the corpus has them, help tell whose figures these are."""
    all_mentions = periods.find_periods(text)
    # whose "Rs" and "$" a text that names no country means: its dateline's country, else its publisher's
    publisher = publisher_country(url, outlet)
    home = periods.dateline_country(text) or publisher
    found = find_quantities(text, parts, all_mentions, home)
    counted = {(f.start, f.end) for f in found if f.kind == "count"}
    all_mentions = [m for m in all_mentions if (m.start, m.end) not in counted]  # "cut 2000 jobs" names no year
    cells = tables.find_cells(text, all_mentions, home)  # run-together tables
    if cells:  # a table's cells are read from its header and rows only (extractor/tables.py)
        regions = tables.table_regions(cells)
        inside = lambda s, e: any(a < e and s < b for a, b in regions)  # noqa: E731
        found = sorted([f for f in found if not inside(f.start, f.end)] + list(cells), key=lambda f: f.start)
        all_mentions = [m for m in all_mentions if not inside(m.start, m.end)]
    if not found:
        return []
    skip = dateline_span(text)
    mentions = Spans([p for p in all_mentions if not (skip and p.start < skip[1] and skip[0] < p.end)])
    quantity_spans = Spans([(f.start, f.end) for f in found], key=lambda s: s[0])
    ctx = ArticleContext.of_article(text, parts, published, title, publisher)
    # Attributions in sentences without figures name the source of the figures after them.
    sentences = sentence_spans(text)
    figureless = [(s, e) for s, e in sentences if not quantity_spans.starting_in(s, e)]
    statements = article_actors.stated_sources(text, figureless, ctx.known())
    ends = dict(figureless)
    publishers = article_actors.data_publishers(text, sentences, ctx.known(), frozenset(ends))
    statements = sorted(statements + [(s, name) for s, name in publishers  # "X released the figures."
                                      if s in ends and not any(s <= o < ends[s] for o, _ in statements)])
    statements = sorted(statements + [(s, name) for s, name in article_actors.organisation_statements(
        text, figureless, ctx.known()) if not any(s <= o < ends[s] for o, _ in statements)])  # "Acme has posted …"
    reporters = article_actors.reported_by(text, figureless, ctx.known())  # "…, the Sunday Telegraph reported."
    speakers = article_actors.other_speakers(text, figureless)  # "The EEF said it expected …": someone speaks
    claims, attributed = [], []
    sentence_starts = [s for s, _ in sentences]
    sentence_spans_seen: dict[tuple[int, int], SentenceSpan] = {}  # one per sentence: its text worked out once
    for f in found:
        while reporters and reporters[0][0] < f.start:
            _, name, noun = reporters.pop(0)
            ctx.documents.setdefault(noun, name)  # for "the report added" further on
        while (statements and statements[0][0] < f.start) or (speakers and speakers[0][0] < f.start):
            if speakers and speakers[0][0] < f.start and not (statements and statements[0][0] <= speakers[0][0]):
                ctx.spoke(*speakers.pop(0)[1:])  # someone else's quotation: the source before keeps its series only
                continue
            offset, name = statements.pop(0)
            end = ends.get(offset, offset + 200)
            ctx.stated_source(name, ctx.paragraph(offset), text[offset:end], _content_words(text[offset:end], names=False))
            ctx.source_forecast = False
        if isinstance(f, tables.Cell):
            claims.append(tables.cell_claim(f, article_id, ctx, published_inferred))
            attributed.append("")
            continue
        part, span = ctx.locate(f.start, f.end)
        if span is None and "\n" in text[f.start:f.end]:  # a figure broken by a line break ("$4.\n\n514 billion")
            part, span = ctx.locate(f.start, text.index("\n", f.start))
        if span is None:
            continue  # a pattern match outside the parsed parts (segments.py keeps every numeric sentence)
        sent = span.sent
        sent = sentence_spans_seen.get((part.offset, sent.start)) or sentence_spans_seen.setdefault(
            (part.offset, sent.start), SentenceSpan(sent.doc, sent.start, sent.end))
        sent_start = part.offset + sent.start_char
        sent_start, sent_end = _rejoined(text, sentences, sentence_starts, sent_start, sent_start + len(sent.text.rstrip()))
        sent_end = max(sent_end, f.end)
        sentence = Sentence(sent, sent_start, sent_end, ctx.paragraph(f.start))
        claims.append(_claim(f, span, sentence, ctx, claims, mentions, quantity_spans, article_id,
                             published_inferred))
        attributed.append(ctx.attribution)
    claims = revisions.named_vintages(text, claims, {c.start for c in cells})  # "revised to 2.3% from 1.6%"
    claims = reach_back(text, claims, attributed, publishers)
    claims = unnamed_lead(text, claims, attributed)
    claims = lead_told_next(text, claims, attributed, ctx)
    claims = _conversions_sourced(text, restated(text, heading_sources(text, claims, attributed), attributed))
    return _currencies_assumed(text, claims, home)


def _currencies_assumed(text: str, claims: list[Claim], home: Optional[str]) -> list[Claim]:
    """Mark the amounts whose currency nothing in the article decides ("Rs 2.31 lakh crore" in a text
    naming no country, from a publisher of unknown country): ``currency_candidates`` lists the
    currencies the surface may be; the unit is the default (PKR for "Rs"), a convention, not a reading.
    The checker then gives the article the currency of other articles' agreeing figures
    (``evaluation.consistency.currency_votes``)."""
    out = []
    for c in claims:
        if c.kind == "money":  # the counts find_quantities made for this text and home (mentions is cached)
            candidates = currencies.assumed(c.quantity.text, c.quantity.unit, currencies.mentions(text, home))
            if candidates:
                c = c.with_fields(extra={**c.extra, currencies.CANDIDATES_FIELD: list(candidates)})
        out.append(c)
    return out


def _conversions_sourced(text: str, claims: list[Claim]) -> list[Claim]:
    """A conversion in brackets ("lent Ruritania $6bn (£3.2bn)") is the same figure as the amount it
    converts (claims.md): it takes that amount's source when the passes above gave it none. This runs
    after every source pass, so it is the one place a conversion gets its amount's source (the
    amount's own may come late: a speaker named after the figure)."""
    out = list(claims)
    for i in range(1, len(out)):
        base, c = out[i - 1], out[i]
        if c.kind == base.kind == "money" and c.source is None and base.source and c.sentence_start == base.sentence_start \
                and c.quantity.unit != base.quantity.unit and _CONVERSION_OPEN.fullmatch(text[base.quantity.end:c.quantity.start]):
            out[i] = replace(c, source=base.source)
    return out


_NOUNS = "|".join(sorted(actors._ORGANISATION_NOUNS))
# "A German firm whose … is looking to raise $70m" … "The firm, Acme, said …"
_UNNAMED_LEAD = re.compile(rf"^\W*(?:A|An)\s+(?:[\w-]+\s+){{0,3}}?({_NOUNS})\b")
_NAMED_NEXT = r"^\W*The\s+{noun},\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,4}}),\s+(?:said|says|has\s+said|told|announced)\b"


def unnamed_lead(text: str, claims: list[Claim], attributed: list[str]) -> list[Claim]:
    """An article's lead about an unnamed company ("A German firm is looking to raise $70m") whose
    next sentence names it as the speaker ("The firm, Acme, said it hoped to sell …") gives that
    company's own figures: they take it as source (GUIDELINES §8 (a); bbc-dev2 annotator G)."""
    if not claims:
        return claims
    s = claims[0].sentence_start
    end = claims[0].sentence_end
    lead = _UNNAMED_LEAD.match(text[s:end])
    if text[:s].strip() or not lead:
        return claims
    named = re.match(_NAMED_NEXT.format(noun=lead.group(1)), text[end:].lstrip(" \t\r\n.\"”"))
    if not named:
        return claims
    return [replace(c, source=named.group(1)) if c.sentence_start == s and c.source is None and not attributed[i]
            else c for i, c in enumerate(claims)]


# The sentence right after the lead says who told its news: "…, the Daily Courier reported." (a paper's
# report, read by article_actors.REPORTED_BY); "Zentex - the dairy group - confirmed its chief executive
# was being questioned."
_PAPER_WORDS = re.compile(r"\b(?:Post|Times|Journal|Telegraph|Herald|Guardian|Observer|Gazette|Tribune|Courier|Daily|"
                          r"News|Mail|Express|Chronicle|Standard|Independent|Mirror|Globe|Nikkei)\b")
_NEXT_CONFIRMED = re.compile(r"^\W*(?:The\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&))*)"
                             r"(?:\s+-\s+[^-.]{1,80}\s+-|,\s+[^,.]{1,80},)?\s+(?:has\s+|have\s+|had\s+)?"
                             r"(?:also\s+)?(?:confirmed|confirms)\b")


def lead_told_next(text: str, claims: list[Claim], attributed: list[str], ctx: ArticleContext) -> list[Claim]:
    """The article's lead whose figures name no source, or only unnamed reports ("Two managers have
    reportedly fled after $40m went missing"), takes the party that the sentence right after it (a
    sentence without figures) names as telling the same news: a paper reporting it ("The men both
    worked at Boldbank, the Daily Courier reported": the only named origin of the report) or a party
    confirming it ("Zentex confirmed its chief executive and finance director were being questioned")
    (GUIDELINES §8 (a); bbc-dev4 annotator L)."""
    if not claims:
        return claims
    s, end = claims[0].sentence_start, claims[0].sentence_end
    if text[:s].strip() or any(a == "own" for c, a in zip(claims, attributed) if c.sentence_start == s):
        return claims
    rest = text[end:]
    gap = len(rest) - len(rest.lstrip(" \t\r\n.\"”"))
    nxt = re.match(r"[^.!?]*(?:[.!?]|$)", rest[gap:]).group(0)
    start = end + gap
    if not nxt.strip() or any(start <= c.quantity.start < start + len(nxt) for c in claims):
        return claims
    name = None
    reported = article_actors.REPORTED_BY.search(nxt)
    if reported and (reported.group(2).startswith("report") or actors._is_media(reported.group(1))
                     or _PAPER_WORDS.search(reported.group(1))):
        name = actors.canonical(reported.group(1)) or reported.group(1)
    confirmed = _NEXT_CONFIRMED.match(nxt) if name is None else None
    if confirmed:
        name = actors.resolve_source(actors.canonical(confirmed.group(1)) or confirmed.group(1), ctx.known())
    if not name or actors._is_place(name) or actors.is_term(name, ctx.known()):
        return claims
    name = ctx.full_name(name)
    return [replace(c, source=name) if c.sentence_start == s and c.source in (None, actors.REPORTS)
            and not actors.share_price_figure(c.kind, c.metric) else c for c in claims]


_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
# Words every economic sentence shares: they do not show that two sentences give the same data.
_GENERIC_WORDS = frozenset("""the and for from with this that these those was were has have had its their his her
country nation billion million trillion crore lakh arab percent per cent pct point points year years month months week
weeks day fiscal financial during compared last previous same period according data figures figure released said says
showed shows report reported rose fell increased decreased declined grew up down total overall highest lowest over
about since against also which while after before than more less stood reached compared january february march
april may june july august september october november december monday tuesday wednesday thursday friday saturday
sunday latest current end ended under review basis record new one two three first second third""".split())


def _content_words(text: str, names: bool = True) -> set[str]:
    """The lower-cased words of a sentence that can tell what it measures ("reserves", "gst", "exports");
    without ``names``, no capitalised word after the first (a name says who, not what)."""
    found = _WORD.findall(text)
    words = {w.lower().rstrip("s") for n, w in enumerate(found) if names or n == 0 or not w[:1].isupper() or w.isupper()}
    # a word's first six letters stand for its family: "remitted", "remittance"; "exported", "exports";
    # a company's results are one family ("reported a doubling in profit" … "its pre-tax earnings were")
    return {_RESULTS.get(w[:6], w[:6]) for w in words if w not in _GENERIC_WORDS and w + "s" not in _GENERIC_WORDS
            and not actors.is_place_word(w)}


_RESULTS = {w: "result" for w in ("profit", "earnin", "revenu", "sale", "turnov", "income")}


_FLOW_WORDS = re.compile(r"(?i)\b(?:exports?|imports?|exported|imported|trade|remittances?|inflows?|outflows?|"
                         r"investments?|fdi|aid|loans?|shipments?)\b")
_SAME_FIGURES = re.compile(r"(?i)^\W*(?:the|these|this|those)\s+(?:latest\s+|new\s+)?(?:figures?|data|numbers?)\s+"
                           r"(?:means?|shows?|showed|suggests?|suggested|puts?|indicates?|indicated|takes?|took|brings?|brought)\b")
_CONTINUES = re.compile(r"(?i)\b(?:added|adds|also\s+said|also\s+reported|further\s+said|went\s+on\s+to\s+say)\b")


_BREAKDOWN = re.compile(r"(?i)\b(?:including|of\s+which|among\s+them|among\s+which)\b")


def reach_back(text: str, claims: list[Claim], attributed: list[str], publishers) -> list[Claim]:
    """The first source an article names also covers its headline and lead when they give the same data
    (sa-dev decisions, group A "a source named in the sentence right after the lead", group D "a headline
    figure takes the source that the body names for the same data"):

    - the first attribution is a claim's own ("Exports fell 10% in FY24. According to figures from X,
      exports were …"): it reaches the figures of the sentence right before it, and of the headline
      line before that, when its sentence restates what they measure (a word of their metric that
      is not a place, a name, a scale, a time or a reporting word; or their value), or when it says
      it continues them ("…, the Office of Statistics added": the sentence right before only);
      a later, unrelated attribution does not reach back ("X recorded $5bn in 2023. According to the
      central bank, December alone brought …" keeps the $5bn unattributed);
    - the first attribution is a body publishing data ("The Bureau of Statistics revealed the data on
      Monday"): it names where every figure before it came from.
    Figures with an anonymous attribution of their own ("officials said") keep null."""
    firsts = [(c.sentence_start, "own", c.source) for c, a in zip(claims, attributed) if a == "own" and c.source]
    firsts += [(start, "data", name) for start, name in publishers]
    if not firsts:
        return claims
    start, how, source = min(firsts)
    before = [i for i, c in enumerate(claims) if c.sentence_end <= start and c.source is None and not attributed[i]
              and not actors.share_price_figure(c.kind, c.metric)]  # share moves are the reporter's
    if not before:
        return claims
    if how == "data":
        reach = set(before)
    else:
        own = [c for c in claims if c.sentence_start == start]
        if any(c.metric and c.metric.endswith(("(forecast)", "(target)")) for c in own) or article_actors.forecasts(
                text[start:max(c.sentence_end for c in own)]):
            return claims  # a forecast or target does not restate what happened
        attributing = text[start:max(c.sentence_end for c in own)]
        words = _content_words(attributing, names=False)
        # "…, the Office of Statistics added": the figures before are the same body's
        continues = bool(_CONTINUES.search(attributing))
        values = {c.quantity.value for c in own}
        starts = sorted({claims[i].sentence_start for i in before}, reverse=True)[:2]
        reach, edge = set(), start
        for n, s in enumerate(starts):
            sentence = [i for i in before if claims[i].sentence_start == s]
            end = max(claims[i].sentence_end for i in sentence)
            gap = text[end:edge].strip(" \t\r\n.!?\"'’”")
            lead = n == 0 and not text[:s].strip() and len(re.findall(r"[.!?](?:\s|$)", gap + ".")) <= 1 \
                and not any(end <= c.quantity.start < edge for c in claims)
            if gap and not lead:
                break  # only the sentence right before (the article's lead: over one sentence without figures) ...
            if n == 1 and ("\n" in text[:s].strip() or "\n" not in text[end:edge]):
                break  # ... and the headline line before that one
            # what a figure measures: its metric, or its sentence when it has none
            # the lead's own words too ("Half of the money set aside to help the poor …" over "… earmarked for
            # subsidies for the poor, the ministry said"): a metric is a word or two of what the lead tells
            told = _content_words(text[s:end], names=False) if n == 0 else set()
            same = [i for i in sentence if (_content_words(claims[i].metric or text[s:end], names=bool(claims[i].metric))
                                            | told) & words or claims[i].quantity.value in values or (continues and n == 0)]
            if not same:
                break
            # "more than 500 farms, including 56 large estates": a breakdown of a reached figure is too
            for j, i in zip(sentence, sentence[1:]):
                if j in same and i not in same and _BREAKDOWN.search(text[claims[j].quantity.end:claims[i].quantity.start]):
                    same.append(i)
            reach.update(same)
            words |= _content_words(text[s:end])
            values |= {claims[i].quantity.value for i in same}
            edge = s
    return [replace(c, source=source) if i in reach else c for i, c in enumerate(claims)]


_SENTENCE_END = ('.', '!', '?', '"', '”', "'", '’', ':')


def heading_sources(text: str, claims: list[Claim], attributed: list[str]) -> list[Claim]:
    """A headline, sub-heading or paragraph lead takes the source named in the sentence right after it
    when that sentence restates or continues its data (the lead's convention (a)), also where a
    source named earlier was carried to it: "Imports climb 4%" over "Imports rose 4% to $5 billion,
    according to X" is X's. A heading is a line of its own without a full stop, a lead the first
    sentence of a paragraph; the attributing sentence must restate what they measure (a word of
    their metric, or their value) and not be a forecast. Figures attributed in their own sentence
    (to someone, or to anonymous officials) keep theirs."""
    out = list(claims)
    starts = sorted({c.sentence_start for c, a in zip(claims, attributed) if a == "own" and c.source})
    for start in starts:
        own = [c for c in claims if c.sentence_start == start and c.source]
        source, end_own = own[0].source, max(c.sentence_end for c in own)
        before = [i for i, c in enumerate(claims) if c.sentence_end <= start and not attributed[i]
                  and not actors.share_price_figure(c.kind, c.metric)]
        if not before:
            continue
        s = max(claims[i].sentence_start for i in before)
        sentence = [i for i in before if claims[i].sentence_start == s]
        end = max(claims[i].sentence_end for i in sentence)
        gap = text[end:start]
        if gap.strip(" \t\r\n.!?\"'’”"):
            continue  # only the sentence right before
        line_start = s == 0 or text[s - 1] == "\n" or not text[:s].strip()
        heading = line_start and "\n" in gap and not text[s:end].rstrip().endswith(_SENTENCE_END)
        lead = line_start and "\n" not in gap
        if not (heading or lead):
            continue
        attributing = text[start:end_own]
        if any(c.metric and c.metric.endswith(("(forecast)", "(target)")) for c in own) or article_actors.forecasts(attributing):
            continue
        words, values = _content_words(attributing, names=False), {c.quantity.value for c in own}
        same = [i for i in sentence if out[i].source != source and (
            _content_words(out[i].metric or text[s:end], names=bool(out[i].metric)) & words
            or out[i].quantity.value in values)]
        for i in same:
            out[i] = replace(out[i], source=source)
    return out


def restated(text: str, claims: list[Claim], attributed: list[str]) -> list[Claim]:
    """A figure the article restates elsewhere with an attribution takes that attribution in each
    mention (the lead's convention (b)): same value and unit, the same resolved period, and a
    measure in common (a word of the metric, or the metrics both unknown). A figure whose own
    sentence is attributed to nobody named ("officials said") stays null."""
    sourced: dict[tuple, set] = {}
    for c in claims:
        if c.source and c.period is not None and c.period.start:
            sourced.setdefault((c.quantity.value, c.quantity.unit, c.period.start, c.period.end), set()).add(c.source)
    if not sourced:
        return claims
    out = []
    for c, how in zip(claims, attributed):
        key = (c.quantity.value, c.quantity.unit, c.period.start, c.period.end) if c.period is not None else None
        names = sourced.get(key) if key and c.period.start and not c.source and how != "anonymous" else None
        if names and len(names) == 1:
            twins = [o for o in claims if o.source in names and (o.quantity.value, o.quantity.unit) == key[:2]
                     and o.period is not None and (o.period.start, o.period.end) == key[2:]]
            words = _content_words(c.metric or "", names=False)
            if any(_content_words(o.metric or "", names=False) & words or not (o.metric and c.metric) for o in twins):
                c = replace(c, source=next(iter(names)))
        out.append(c)
    return out


# The vintage marks (extractor/data/vintages.json) that _OWN_MARKS strips: those the metric phrase
# once wrote for a revision, now written by the revisions pass after every claim is made; of them a
# figure here carries only a table cell's "(revised)" or "(provisional)". "final" and "preliminary"
# (a table cell may carry them too) are left out, as they always were: adding them would change output.
_OWN_VINTAGES = [m for m in lexicons.load("vintages")["later"] + lexicons.load("vintages")["earlier"]
                 if m not in ("final", "preliminary")]
#: Right after a figure, the words that make it a measure of volume ("11% in quantity", "in volume terms").
_IN_QUANTITY = re.compile(r"\s*(?:in|by)\s+(?:quantity|volume)(?:\s+terms)?\b", re.IGNORECASE)
_OWN_MARKS = re.compile(r"\s*\((?:forecast|target|month-on-month|" + "|".join(map(re.escape, _OWN_VINTAGES)) + r")\)")


def _unmarked(metric: Optional[str]) -> Optional[str]:
    """A metric without the marks that belong to one figure ("(forecast)", "(target)",
    "(month-on-month)"): the measure another figure may share."""
    return _OWN_MARKS.sub("", metric or "") or None


# A percent of these measures is a growth rate, whatever verb states it: "GDP growth", "the growth rate",
# "an expansion"; GDP or GVA named alone ("the GDP, at 7.8%"): a percent of a whole is its share, marked.
_GROWTH_RATE = re.compile(r"(?i)(?:\b(?:growth|expansion)(?:\s+rates?)?|^(?:(?:real|nominal)\s+)?(?:gdp|gva|gross domestic product))$")


_NAMES_TARGET = re.compile(r"(?i)\s+(?:target|goal)s?$")
# A goal or estimate named by itself: what it is a goal for is the measure of the figure before it.
_PLAN_NOUN = re.compile(r"(?i)(?:(?:the|its|their|budget(?:ed)?|annual|monthly|quarterly|yearly|revised|official|initial|original)\s+)*"
                        r"(?:target|goal|forecast|projection|estimate)s?")

_RATE_VERBS = {"be", "rise", "fall", "slip", "climb", "drop", "trade", "stand", "hit", "reach", "gain", "lose", "ease",
               "jump", "slide", "sink", "firm", "touch", "end", "close", "weaken", "strengthen", "recover", "tumble"}
_THE_COUNTRY = re.compile(r"(?i)\bthe\s+(?:country|nation)\b")


# What stands between an amount and its conversion in brackets ("40m euros ($52m; £28m)", "£2bn (about
# $3.7bn)"), and between two conversions of one amount.
_HEDGE = r"(?:(?:about|around|roughly|some|approximately|nearly|almost|or|c\.|over|more than|less than)\s+)?"
_CONVERSION_OPEN = re.compile(r"\s*\(\s*" + _HEDGE, re.I)
_CONVERSION_NEXT = re.compile(r"\s*[;,/]\s*" + _HEDGE, re.I)


# A list of one measure by place: "growth of 1.5% in Spain next year and 2.2% in Italy".
_PLACE_LIST_GAP = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
                             r"(?:\s+(?:next|last|this)\s+(?:year|month|quarter))?,?\s+and\s+")
_PLACE_NEXT = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
# A change set after a level in a verbless phrase: "revenue of $5bn, up 12% from a year earlier", "14 million
# tonnes of tin in 2004, 24% higher than in 2003" (the gap after the level, then what follows the percent).
_APPOSED_GAP = re.compile(r"(?:\s+(?!(?:and|but|while|which|who|whereas|as)\b)[^,.;:()]{1,40}?)?,\s*"
                          r"(?P<cue>(?:up|down)(?:\s+by)?\s*)?", re.I)
# A reporting clause set between a level and its change ("$1.97bn in July, the central bank said, down 6%"):
# the change is still the level's.
_REPORTED = re.compile(r"(?i),\s*(?:the\s+|a\s+)?(?:[A-Za-z][\w.'’-]*\s+){0,5}?(?:said|says|reported|showed|shows|announced)"
                       r"(?:\s+on\s+\w+)?(?=\s*,)")
_APPOSED_NEXT = re.compile(r"\s*(?:higher|lower|more|less|up|down|above|below)\b", re.I)


def _converted_from(f: Found, sentence_start: int, claims: list[Claim], text: str) -> Optional[Claim]:
    """The amount in another currency that the money figure ``f`` converts: the one right before the
    bracket it opens, or before the first conversion of a bracketed list; None for any other figure."""
    money = [c for c in claims if c.sentence_start == sentence_start and c.kind == "money" and c.quantity.end <= f.start]
    start = f.start
    while money:
        base = money.pop()
        between = text[base.quantity.end:start]
        if _CONVERSION_OPEN.fullmatch(between):
            return base if base.quantity.unit != f.unit else None
        if not _CONVERSION_NEXT.fullmatch(between) or ")" in text[base.quantity.start:start]:
            return None
        start = base.quantity.start
    return None


# what a lender lends under: "a $6.2 billion IMF bailout deal", "the ADB loan"
_DEAL_NOUNS = frozenset({"bailout", "loan", "deal", "facility", "programme", "program", "package", "tranche", "credit"})


@dataclass
class _Draft:
    """One figure's claim while its fields are read, stage by stage (:func:`_claim`): the figure, its
    sentence and article, and what the stages have read so far."""

    f: Found
    span: Span
    sentence: Sentence
    ctx: ArticleContext
    claims: list
    mentions: Spans
    quantity_spans: Spans
    # what the stages read, in the order they read it
    counted: Optional[Token] = None  # the thing a count counts
    metric: Optional[str] = None
    metric_head: Optional[Token] = None  # the measured noun of the parse
    verb: Optional[Token] = None  # the figure's clause verb
    same: list = field(default_factory=list)  # the claims before it in its sentence
    elided: Optional[tuple] = None  # (measure, start of the figure that heads its list): listed_measures.elided_item
    known: Optional[actors.Known] = None  # who the article has named so far
    subject: Optional[str] = None
    counterparty: Optional[str] = None
    parsed: Optional[str] = None  # whose figure the parse says, before any carried from the figure before
    owner: Optional[str] = None  # a country read off a possessive right before the figure
    deal: bool = False  # a deal's, a stake's or a comparison's parties: not the passage's
    valued: Optional[tuple] = None  # (valued company, buyer) of a valuation
    accounted: Optional[str] = None  # the part whose share "accounts for" the figure
    imported: Optional[tuple] = None  # (importer, supplier) of a flow's share
    compared: Optional[str] = None  # a place named right after the figure ("compared with 12% in Freedonia")
    ranked: Optional[str] = None  # the place a ranking of a flow's sources hangs the figure on
    lo: int = 0  # where the figure's own stretch of its sentence starts (after the figure before)
    surveyed: bool = False  # a share of surveyed firms: the country's
    priced: Optional[str] = None  # the area whose currency the figure prices
    change: Optional[str] = None
    source: Optional[str] = None
    period: Optional[Period] = None

    def subject_carries(self) -> bool:
        """Does the figure's subject become the passage's? Not a place it is compared with, a currency's
        area, a deal's party, surveyed firms, a part's or a flow's share, a valued company, nor another
        country read off a possessive."""
        return self.subject is not None and not (
            self.compared or self.priced or self.deal or self.surveyed or self.accounted or self.imported
            or self.valued is not None or (self.owner and self.subject == self.owner and self.owner != self.ctx.country)
            or article_actors.ranked_region(self.sentence.span.text, self.subject)
            or self.lends())

    def lends(self) -> bool:
        """Is the subject a body named on the deal it lends under ("a $6.2 billion IMF bailout deal", "the
        World Bank loan")? The borrower's story goes on: the lender owns none of the figures after it."""
        words = (_unmarked(self.metric) or "").split()
        if len(words) < 2 or words[-1].lower() not in _DEAL_NOUNS or actors.is_country(self.subject):
            return False  # "Deal wins of $1.86bn" are the company's own
        own = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", self.subject or "")}
        return any(w.isupper() and len(w) > 1 or w.lower() in own for w in words[:-1])


def _claim(f: Found, span: Span, sentence: Sentence, ctx: ArticleContext, claims: list[Claim], mentions: Spans,
           quantity_spans: Spans, article_id: str, published_inferred: bool) -> Claim:
    text, para, sent = ctx.text, sentence.para, sentence.span
    ctx.named_person(actors.person_named(sent), sentence.start)  # for "he said" further on
    d = _Draft(f, span, sentence, ctx, claims, mentions, quantity_spans)
    for stage in (_measure_from_lists, _parties_from_parse, _measure_from_neighbours, _whose, _change_and_marks,
                  _source, _period_and_basis):
        stage(d)
    if d.subject is not None:
        ctx.stated_subject(d.subject, para, sentence.start, d.subject_carries())
    ctx.last_deal = d.deal  # a stake's or a deal's parties are not the passage's

    quantity = Quantity(text=text[f.start:f.end], start=f.start, end=f.end, value=f.value, unit=f.unit,
                        qualifier=qualifier_for(text, f.start, f.end), value_max=f.value_max)
    extra = {"published_inferred": True} if published_inferred else {}
    return Claim(article_id=article_id, kind=f.kind, quantity=quantity,
                 sentence_start=sentence.start, sentence_end=sentence.end,
                 change=d.change, metric=d.metric,
                 subject=d.subject, counterparty=d.counterparty, period=d.period, source=d.source, extra=extra)


def _measure_from_lists(d: _Draft) -> None:
    """The measure its sentence gives the figure, and the measures lists give their items ("Agriculture
    grew 4.27%, industry 6.83%", "Agriculture: 1.55%" under "Growth rates are:", "X and Y were $3bn and $5bn,
    respectively")."""
    f, span, sentence, ctx, claims = d.f, d.span, d.sentence, d.ctx, d.claims
    text = ctx.text
    d.counted = _counted_token(span, f) if f.kind == "count" else None
    d.metric, d.metric_head, d.verb = metric_for(span, f.kind, d.counted)
    d.metric = _gapped_metric(d.metric, span, f, sentence, claims, ctx.text)
    d.same = [c for c in claims if c.sentence_start == sentence.start]
    shift = sentence.start - sentence.span.start_char  # article offsets -> the doc's (a piece may start later)
    d.elided = listed_measures.elided_item(span, [(c.quantity.start - shift, c.quantity.end - shift, c.metric)
                                                  for c in d.same])
    d.metric = d.elided[0] if d.elided else d.metric  # "Agriculture grew 4.27%, industry 6.83%": the item's measure
    if sentence.start == ctx.text.rfind("\n", 0, f.start) + 1 and not d.same:  # the first figure of a list line
        place = any(t.ent_type_ in ("GPE", "NORP", "LOC", "ORG") and not actors.is_term(t.text) and t.i < span.start
                    and t.idx < span.doc[0].idx + 40 for t in span.doc)  # a place or a body labels whose, not what
        d.metric = listed_measures.announced_measure(ctx.text, sentence.start, place) or d.metric  # "Agriculture: 1.55%" under "Growth rates are:"
    # "The growth rates were revised: agriculture (4.27% to 4.28%), industry (…)": the item before the brackets
    d.metric = listed_measures.bracketed_item(ctx.text, sentence.start, f.start) or d.metric
    if d.metric is None and f.kind == "count" and claims and claims[-1].sentence_start == sentence.start \
            and claims[-1].kind == "count":  # "65 flights on Monday, 180 on Tuesday": the list's measure
        d.metric = listed_measures.listed_count(claims[-1].metric, text[claims[-1].quantity.end:f.start])
    respective = listed_measures.respective_measure(span)
    if respective:  # "X and Y were $3bn and $5bn, respectively" (a share's mark stays: "… 80% of GDP")
        d.metric = respective + (m.group(0) if d.metric and (m := re.search(r"\s*\((?:share|percent)[^)]*\)$", d.metric)) else "")


def _parties_from_parse(d: _Draft) -> None:
    """Whose figure the parse of its sentence says, and the other side: deals, bids, valuations,
    stakes and holders, a flow's share, a rival compared with."""
    f, span, sentence, ctx, quantity_spans = d.f, d.span, d.sentence, d.ctx, d.quantity_spans
    text, sent = ctx.text, sentence.span
    d.known = ctx.known()
    d.subject, d.counterparty = actors.subject_and_counterparty(d.metric_head, d.verb, sent, d.known)
    # "exports to the US and China were $5bn and $2bn, respectively": each figure its own partner
    d.counterparty = listed_measures.respective_partner(span, d.metric_head, d.counterparty, d.known) or d.counterparty
    party, other = actors.deal_parties(span, d.known)  # "lent Russia $6bn", "sold Rollan for £10 to X"
    d.subject, d.counterparty = party or d.subject, other or d.counterparty
    bid = None if f.kind != "money" else actors.bid_for(actors.bid_head(span.root, d.metric_head), d.known)
    if bid is not None:  # "Boldco's $3bn bid for Zentex": the target's price, the bidder the other side
        d.subject, d.counterparty = bid[0], bid[1] or (d.subject if d.subject != bid[0] else None)
    d.valued = actors.valued_party(span.root, d.known) if f.kind == "money" and bid is None else None
    if d.valued is not None:  # "a deal valuing Boldco at $3bn": the valued company's, the buyer the other side;
        # told in passing, it does not carry (the buyer's story goes on)
        d.subject, d.counterparty = d.valued[0], d.valued[1] or (d.subject if d.subject != d.valued[0] else None)
    # "Zelgas, which accounts for 60% of its output": the part's share, not the whole's owner; told in
    # passing, it does not carry
    d.accounted = actors.accounting_part(d.verb, d.known)
    d.subject = d.accounted or d.subject
    d.imported = actors.import_share(d.verb, d.metric_head, d.known)
    if d.imported is not None:  # "Supplies from Ruritania account for 45% of the gas imported by Kenya": a flow's share,
        d.subject, d.counterparty = d.imported  # the importer's, the supplier the other side; it does not carry
    held = actors.stake(span, d.known) if f.kind == "percent" else None
    d.metric = metric_parts.stake_metric(d.metric, held[1]) if held is not None else d.metric  # "owns 8% of Zentex"
    if held is not None:  # "owns 8% of Zentex": the holder's, with the company as counterparty
        d.subject, d.counterparty = held[0] or (d.subject if d.subject != held[1] else None), held[1]
    holder = actors.holder_of_share(span, d.known) if f.kind == "percent" and held is None else None
    if holder is not None:  # "Zentex is 100% Ruritanian-owned", "investors including Acme Capital (32.8%)"
        d.subject, held = holder, (holder, None)
        d.counterparty = actors.company_held(sent.text, d.known) or d.counterparty  # "shareholders of Zentel are …"
        d.metric = metric_parts.holder_stake(d.metric, d.counterparty)  # "Acme Capital (12.5%)": its stake in Zentel
    if f.kind == "count":
        d.subject = actors.owner_of_count(d.verb, d.known) or d.subject  # "it owns 34 Grovely casinos"
    rival = actors.compared_with(span, d.known) if f.kind == "percent" else None
    d.counterparty = rival or d.counterparty  # "9% smaller than Boldco"
    d.deal = bool(party or other or held or rival)
    d.parsed = d.subject  # whose figure the sentence itself says, before any carried from the figure before
    if d.subject is None and d.metric_head is None:
        # "… as China's GDP growth in the quarter was 6.3%" (no measured noun in the parse): the
        # country of the last possessive since the figure before in the sentence
        lo = max([sentence.start] + [e for s_, e in quantity_spans.starting_in(sentence.start, f.start) if e <= f.start])
        d.subject = d.owner = actors.possessive_place(text[lo:f.start]) or actors.owner_right_before(text[lo:f.start], d.known)


# An amount and its share of a whole set side by side: "Rs 2.1 trillion in the first half, equivalent to
# 2.3% of GDP", "Tk 2bn, or 5% of GDP".
_SHARE_BESIDE = re.compile(r"(?i)(?:,|\(|\s-+|\s—)\s*(?:or|equivalent\s+to|equal\s+to|equalling|amounting\s+to|"
                           r"representing|(?:which|that)\s+(?:is|was|works\s+out\s+to))\s+"
                           r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$")


def _measure_from_neighbours(d: _Draft) -> None:
    """A measure the figure's own clause does not name, from the figure before it in the sentence
    or the passage (a base, a share of the same total, a part of which, an open clause that points back)."""
    f, span, sentence, ctx, claims = d.f, d.span, d.sentence, d.ctx, d.claims
    text, para = ctx.text, sentence.para
    if claims and claims[-1].sentence_start == sentence.start and claims[-1].kind == f.kind and claims[-1].metric \
            and _PLACE_LIST_GAP.fullmatch(text[claims[-1].quantity.end:f.start]) and _PLACE_NEXT.match(text, f.end):
        # "growth of 1.5% in Spain next year and 2.2% in Italy": one measure by place (its marks are the figure's own)
        d.metric = _unmarked(claims[-1].metric)
    if d.metric and d.metric.startswith("share of ") and claims and claims[-1].sentence_start == sentence.start \
            and (claims[-1].metric or "").endswith(f"({d.metric})"):
        d.metric = claims[-1].metric  # "the deficit reached 6.1% of GDP, up from 5.2% of GDP": the same share
    elif d.metric and d.metric.startswith("share of ") and claims and claims[-1].sentence_start == sentence.start \
            and _unmarked(claims[-1].metric) and (metric_parts.about_the_figure_before(span)
                                                  or _SHARE_BESIDE.search(text[claims[-1].quantity.end:f.start])):
        # "the deficit is Tk 2bn, which is 5% of GDP"; "Rs 2.1 trillion in the half, equivalent to 2.3% of GDP"
        d.metric = f"{_unmarked(claims[-1].metric)} ({d.metric})"
    elif d.metric and f.kind == "percent" and claims and claims[-1].sentence_start == sentence.start:
        # "narrowed to 2.3pc of GDP from 2.6pc a year earlier": the other figure of the measure in its
        # sentence is the same share
        shared = re.fullmatch(r"(?i)(.+?)\s+\((share of [^)]*)\)", _unmarked(claims[-1].metric) or "")
        own = _unmarked(d.metric) or ""
        if shared and claims[-1].kind == "percent" and own.lower() == shared.group(1).lower() \
                and change_for(text, f.start, f.end, f.kind) is None:  # "the deficit fell 40%" is a change
            d.metric = d.metric.replace(own, f"{own} ({shared.group(2)})", 1)  # its own marks after
    if d.metric is None and claims and claims[-1].sentence_start == sentence.start and claims[-1].kind == f.kind \
            and is_compared_base(text[claims[-1].quantity.end:f.start]):
        # "profits rose to £198m from the £130m": the base of a comparison is the same measure's
        d.metric = _unmarked(claims[-1].metric)
    if d.metric and d.metric.lower() in ("deficit", "surplus") and claims and claims[-1].sentence_start == sentence.start:
        # "a deficit of $9.1bn against a surplus of $1.2bn": the other balance of the same account
        account = re.fullmatch(r"(?i)(.+?)\s+(?:deficit|surplus)", _unmarked(claims[-1].metric) or "")
        if account:
            d.metric = f"{account.group(1)} {d.metric.lower()}"
    if d.metric and d.metric.lower() in ("deficit", "surplus"):
        # "Pakistan's current account stayed in the black, with the surplus amounting to $2bn"; "January's
        # surplus of $210m" after a paragraph on the current account's deficit: the one account its
        # sentence or passage names
        named = re.findall(r"(?i)\bcurrent\s+account\b", text[sentence.start:f.start])
        if not named:
            balances = (re.fullmatch(r"(?i)(.+?)\s+(?:deficit|surplus)", _unmarked(m) or "")
                        for group in _passage_groups(claims, ctx, para, sentence) for m in group)
            named = [b.group(1) for b in balances if b and _ACCOUNT.fullmatch(b.group(1))]
        if len({a.lower() for a in named}) == 1:
            d.metric = f"{named[0].lower()} {d.metric.lower()}"
    channel = listed_measures.channel_item(text, d.same, f.start) if f.kind == "money" else None
    if channel is not None:  # "…, of which the central bank held $4.5bn and commercial banks $5bn": held by the banks
        d.metric = channel
    part = metric_parts.part_of_which(span) if d.metric is None and f.kind == "money" else None
    if part is not None and claims and claims[-1].sentence_start == sentence.start and _unmarked(claims[-1].metric):
        # "total reserves stood at $14.5bn, of which commercial banks held $5.4bn": the part held, not the total;
        # "…, of which the central bank held $4.5bn": the body's part, the whole's measure (whose: the subject)
        d.metric = re.sub(r"(?i)^(?:total|overall|combined|aggregate)\s+", "", _unmarked(claims[-1].metric)) + part
    if d.metric is None and f.kind == "percent" and claims and claims[-1].sentence_start == sentence.start \
            and claims[-1].kind in ("money", "count") and claims[-1].metric:
        gap = _APPOSED_GAP.fullmatch(_REPORTED.sub("", text[claims[-1].quantity.end:f.start]))
        if gap and (gap.group("cue") or _APPOSED_NEXT.match(text, f.end)):
            d.metric = _unmarked(claims[-1].metric)  # "profit of $3bn, up 27% from 2003": the level's change
    elif f.kind == "percent" and claims and claims[-1].sentence_start == sentence.start \
            and claims[-1].kind in ("money", "count") and _unmarked(claims[-1].metric) \
            and re.fullmatch(r"\s*,\s*(?:up|down)(?:\s+by)?\s*", text[claims[-1].quantity.end:f.start]):
        # "…, and food exports $4.5bn, up 3%": a bare "up"/"down" right after a level is that level's change,
        # whatever clause the parse hangs it on
        d.metric = _unmarked(claims[-1].metric)
    open_kind = open_clause_kind(span) if d.metric is None and claims else None
    if d.metric is None and claims and not ctx.last_deal and (ctx.paragraph(claims[-1].quantity.start) == para or (
            open_kind == "anaphor" and _previous_passage(claims[-1], ctx, sentence.start)
            and not names_another_measure(span, claims[-1].metric))):
        # "these have increased to $2.72 billion": the same series as the figure before, into a clause
        # that names nothing ("it rose 5%", "showing a decline of 5%"), never a count's for money or back;
        # a subject that points back ("it", "the figures") reaches into the paragraph before
        previous = claims[-1]
        if open_kind is not None and {f.kind, previous.kind} != {"count", "money"}:
            d.metric = _unmarked(previous.metric)
        compared = previous.subject == actors.place_after(text, previous.quantity.end)
        own = d.subject is not None and d.subject != previous.subject  # "The bank has $5m": another party's figure
        d.subject = d.subject or (None if compared else previous.subject)
        d.counterparty = d.counterparty or (None if own else previous.counterparty)
    same_sentence = [c.metric for c in claims if c.sentence_start == sentence.start]
    d.metric = listed_measures.traded_item(d.metric, d.metric_head, same_sentence) or d.metric  # "…, while felt dipped 3%"
    passage = _passage_metrics(claims, ctx, para, d.metric, sentence.start)
    d.metric = carried_measure(d.metric, d.metric_head, [same_sentence, passage], [c.metric for c in claims]) or d.metric
    d.metric = open_clauses.bare_sector(d.metric, same_sentence) or d.metric  # "with the sector reporting 2%"
    if f.kind == "money":  # "the total revenue is Rs 64bn for CVAT", "transferred Rs 21bn to CVAT from IVAT"
        d.metric = open_clauses.account_named_after(span, d.metric) or d.metric
    before = [(s_, e) for s_, e in d.quantity_spans.starting_in(sentence.start, f.start) if e <= f.start]
    d.ranked = rankings.ranked_place(text, sentence.start, before, f.start, article_actors.regions()) \
        if f.kind in ("money", "count") else None
    if d.metric is None:  # "Of the total remittance, banks brought in $3m", "when $2bn entered the country"
        d.metric = _unnamed_metric(f, span, d.verb, sentence, claims, ctx, para, d.ranked is not None)
    elif f.kind in ("money", "count") and d.metric.lower() in _PLAN_NOUNS:
        # "IT exports rose to $2.6bn … The government has set a target of $3.5bn": a plan noun alone is a
        # plan for the passage's one measure (its mark says it is a plan)
        d.metric = listed_measures.one_measure(_passage_groups(claims, ctx, para, sentence)) or d.metric


# an economy's measures, which a statistics office or central bank only publishes; not what such a
# body holds or sets itself (its reserves, its policy rate, its own accounts)
_NATIONAL_MEASURE = re.compile(r"(?i)\b(?:inflation|gdp|gnp|gva|economy|exports?|imports?|remittances?|arrivals|"
                               r"tourists|trade|current\s+account|output|production|unemployment|jobless)\b")
_OWN_HOLDING = re.compile(r"(?i)\b(?:reserves?|rates?|profits?|assets|holdings|purchases|sales\s+of|target|limit|"
                          r"tolerance|forecast|projection)\b")
# a gapped list item named by a people's adjective: ", and French inflation " before its figure
_GAPPED_DEMONYM = re.compile(r"\s*,?\s*(?:and|while|whereas|but)\s+(?:the\s+)?(?P<people>[A-Z][a-z]+)\s+[a-z][\w-]*"
                             r"(?:\s+[a-z][\w-]*)?\s*(?:at|of|was|were|stood\s+at)?\s*")


def _whose(d: _Draft) -> None:
    """Whose figure it is beyond the parse: a place named after it, the sentence's or the article's
    company, the country of an index or a currency, a market's price that has no owner."""
    f, span, sentence, ctx, quantity_spans = d.f, d.span, d.sentence, d.ctx, d.quantity_spans
    text, para, sent = ctx.text, sentence.para, sentence.span
    # "compared with 12.1% in Freedonia": the country named right after a figure is whose it is; a
    # comparison, so it does not carry to the figures after it
    listed = actors.listed_place(span)  # "£139,544 in Wales; £116,542 in Scotland": each place's
    d.compared = None if d.metric_head is not None and d.metric_head.lower_ in actors.FLOWS else (
        actors.place_after(text, f.end) or listed)
    if d.metric is None and listed:  # "… was £192,713 in England; £139,544 in Wales": the list's measure
        before = [c for c in d.claims if c.sentence_start == sentence.start and c.kind == f.kind and c.metric]
        d.metric = _unmarked(before[-1].metric) if before else None
    if d.parsed is None and (ctx.main_actor == ctx.country or actors.is_territory(ctx.main_actor)) and re.match(r"\s*(?:It|Its)\b", sent.text):
        # "Zentex Holdings heads a group of firms. Its withdrawal from the $3m contract": the company the
        # sentence before opens with, in an article about no one company
        d.subject = actors.company_before(text, sentence.start, d.known) or d.subject
    if d.parsed is None or d.parsed == d.known.organisation:  # "… its unit, AOL, had mixed fortunes. It lost 4,000 users"
        d.subject = actors.company_of_sentence_before(text, sentence.start, d.known) \
            or actors.placed_company_before(text, sentence.start, d.known) or d.subject  # "The Florida company"
    where = None if d.compared else actors.place_topic(sent.text)
    if where and (d.parsed is None or d.parsed == ctx.country and _THE_COUNTRY.search(sent.text)):
        d.subject = where  # "In Freedonia, tourism is 6% of the country's GDP": the place the sentence opens with
    d.subject = actors.absolute_owner(text, sentence.start, f.start, d.known) or d.compared or d.subject \
        or actors.topic_of(sent.text, d.known) \
        or actors.main_clause_company(sent, d.known, ctx.is_person) \
        or actors.body_country(sent.text) \
        or ctx.carried_subject(para)  # "With X $2bn in deficit, …": X's; "Zentex collapsed after … $40m it held": Zentex's
    d.subject = article_actors.spelled_as(d.subject, ctx.main_actor) or ctx.main_actor
    d.lo = max([sentence.start] + [e for s_, e in quantity_spans.starting_in(sentence.start, f.start) if e <= f.start])
    d.subject = actors.market_of_index(text[d.lo:f.start]) or d.subject  # "Tokyo's Nikkei fell 2%": Japan's market
    gapped = _GAPPED_DEMONYM.fullmatch(text[d.lo:f.start]) if d.lo > sentence.start else None
    if gapped is not None:  # "German inflation was 2.2% and French inflation 1.9%": the item's own country
        d.subject = actors.demonym_country(gapped.group("people")) or d.subject
    if d.metric is None and f.kind != "count":
        d.metric = index_moved(text[d.lo:f.start])  # "the London FTSE fell 0.8%": the index is what moved
    d.subject = actors.fullest_name(ctx.full_name(d.subject), text)  # "EG" after "Electric Games (EG)"; "Rossel" after "Skis Rossel"
    d.subject = actors.legislature_country(d.subject, ctx.country) or d.subject  # "approved by Congress": the state's
    d.subject = actors.state_of_leader(d.subject, text, ctx.country) or d.subject  # "President Halden's budget": the state's
    d.surveyed = f.kind in ("percent", "count") and bool(ctx.country) and not actors.is_territory(d.subject) \
        and actors.surveyed_share(text, sentence.start, f.start, f.end)
    if d.surveyed:  # "Of the firms surveyed, 30% saw orders rise": the country's firms, not the surveyor's; no carry
        d.subject = ctx.country
    elif ctx.country and d.subject and d.subject != ctx.country and d.counterparty is None \
            and (actors.visitors_from(sent.text) == d.subject
                 or f.kind == "money" and actors.is_country(d.subject) and actors.sent_from(sent.text, d.subject)):
        # "the number of Chinese visitors, at 1.42 lakh" in a story on Nepal's tourism: Nepal's arrivals
        # from China; "Saudi Arabia sent $5.38 billion" in a story on Bangladesh's remittances: Bangladesh's
        # inflow from Saudi Arabia (claims.md: the partner is the counterparty)
        d.subject, d.counterparty = ctx.country, d.subject
    elif d.ranked and ctx.country and d.ranked != ctx.country and d.metric:
        # "Qatar remained the largest source with $781 million, followed by Malaysia at $642 million" in a
        # story on Nepal's remittances: Nepal's inflow from each; a state ranked among its country's
        # contributors keeps its own figure ("Maharashtra remained the top contributor with Rs 31,260 crore")
        regional = d.ranked in article_actors.regions()
        d.subject, d.counterparty = (d.ranked, None) if regional else (ctx.country, d.ranked)
    related = actors.group_related_to(span, d.known, d.counted) if f.kind == "count" else None
    if related is not None:  # "eight of Aerovia's rivals": an unnamed group's count, the company the other side
        d.subject, d.counterparty = None, ctx.full_name(related)
    target = actors.per_share_target(sent.text, d.known) if f.kind in ("money", "count") else None
    if target is not None:  # "… $1.50 in cash for each Zentel share": the target's terms, the bidder the other side
        bidder = d.parsed if d.parsed is not None and d.parsed != target else actors.sentence_company(sent, d.known)
        d.subject, d.counterparty = ctx.full_name(target), ctx.full_name(bidder) if bidder != target else None
    elif f.kind == "money" and d.counterparty is None:
        d.counterparty = actors.bidder_after(text, f.end, d.known) or d.counterparty  # "a $6bn buyout from Zentel"
    if actors.national_market(d.metric) and not actors.is_country(d.subject):
        # "Barwick forecast an 8% fall in house prices": the country's market, the bank only states it
        d.subject = d.compared or actors.possessive_place(sent.text) \
            or actors.market_area(text, sentence.start, f.start) or ctx.country or d.subject
    priced_noun = d.metric_head if d.metric_head is not None or d.verb is None or d.verb.lemma_ not in _RATE_VERBS else next(
        (c for c in d.verb.children if c.dep_ == "nsubj"), None)  # "the dollar slipped to 98 yen"
    d.priced = actors.currency_priced(priced_noun, f.unit, d.known) if f.kind == "money" else None
    d.subject = d.priced or d.subject  # "the euro was at $1.30": the eurozone's exchange rate
    if d.parsed is None and not d.priced and f.kind in ("money", "percent"):
        d.subject = actors.own_currency(priced_noun, d.known) or d.subject  # "The currency has strengthened 4%": the country's
    if f.kind == "count" and d.counted is not None and d.counted.lemma_.lower() in actors.AUDIENCE:
        d.subject = None  # "the 400 invited guests": an event's audience is nobody's figure (gold/README.md)
    if actors.market_price(d.metric):
        d.subject = None  # "US crude prices", "oil prices": a world market's price has no owner
    elif actors.central_bank_rate(d.metric, sent.text) and not actors.is_organisation(d.subject):
        d.subject = actors.central_bank_of(d.subject if actors.is_country(d.subject) else ctx.country) or d.subject
    if d.subject and d.subject.lower() == "central bank" and ctx.country:
        d.subject = actors.central_bank_of(ctx.country) or d.subject  # "the Central Bank's target": the country's bank
    if ctx.country and d.metric and actors.COLLECTED_MEASURE.search(d.metric) \
            and actors.collects_revenue(ctx.full_name(d.subject)):
        d.subject = ctx.country  # "The FBR collected Rs8,412bn, registering a growth of 24.6pc": the state's revenue
    elif d.subject and d.metric and _NATIONAL_MEASURE.search(d.metric) and not _OWN_HOLDING.search(d.metric) \
            and actors.publishes_data(ctx.full_name(d.subject)) and not actors.is_country(d.subject):
        # "… the RBI's upper tolerance limit of 6%. Food inflation was 6.1%", "The CBSL estimates are based
        # on arrivals of 248,317": a publisher's name carried or parsed onto an economy's figure
        d.subject = actors.country_of_central_bank(ctx.full_name(d.subject)) or ctx.country or d.subject
    state = ctx.homes.get(d.subject) or ctx.country
    if d.counterparty is None and f.kind == "money" and state and state != d.subject \
            and not actors.is_country(d.subject) and actors.owes_tax(text, f.end):
        d.counterparty, d.deal = state, True  # "Ostoil had to pay off $27bn in unpaid taxes": owed to its state


def _change_and_marks(d: _Draft) -> None:
    """Whether the figure is a change, and the marks of its measure: basis, a reference point, a
    target or forecast; a conversion measures what its figure does."""
    f, span, sentence, ctx, claims, quantity_spans = d.f, d.span, d.sentence, d.ctx, d.claims, d.quantity_spans
    text, sent = ctx.text, sentence.span
    part = part_phrase(span)
    if part is not None and d.metric:  # "…, including Rs 9 billion collected on imports": a narrower measure
        d.metric = re.sub(r"\s*\([^)]*\)$", "", d.metric) + " " + part if part else None
    d.change = change_for(text, f.start, f.end, f.kind)
    head_claim = next((c for c in d.same if c.quantity.start == d.elided[1]), None) if d.elided else None
    if d.change is None and head_claim is not None and head_claim.kind == f.kind:
        d.change = head_claim.change  # "…, industry 6.83%": the list's verb, left out, is the first item's
    moved = currency_moves.currency_move(text, d.lo, f.start, f.end, sentence.end) if f.kind == "percent" else None
    if moved is not None and (d.metric is None or d.metric_head is None or currency_moves.names_currency(d.metric)):
        d.metric, d.change = moved[0], d.change or moved[1]  # "the rupee appreciated against the US dollar by 0.5%"
    elif f.kind == "percent" and claims and claims[-1].sentence_start == sentence.start \
            and (d.metric is None or d.metric == claims[-1].metric):
        listed = currency_moves.next_currency_move(claims[-1].metric, text, f.end, sentence.end)
        if listed is not None:  # "…, 2.3% against the euro": the same currency against another
            d.metric, d.change = listed, d.change or claims[-1].change
    others = [s_ for s_ in quantity_spans.starting_in(sentence.start, sentence.end) if s_ != (f.start, f.end)]
    marked_basis = basis_mark(text, (sentence.start, sentence.end), (f.start, f.end), others) \
        if d.change or f.kind == "percent" else None
    if d.metric and marked_basis:
        d.metric = f"{d.metric} ({marked_basis})"
    if d.metric and _PLAN_NOUN.fullmatch(d.metric) and claims and claims[-1].sentence_start == sentence.start \
            and claims[-1].kind == f.kind and _unmarked(claims[-1].metric):
        # "collection rose to Rs 538bn against the target of Rs 531bn": the goal set for the measure before
        d.metric = _unmarked(claims[-1].metric)
    # "down from an earlier estimate of 1.7%", "below the 2% target" (a revision's vintages are revisions.py's)
    reference = metric_marks.reference_mark(d.metric) if not metric_marks.has_revising_verb(sent.text) else None
    base = None
    if reference is not None:  # the measure before in the sentence, else the clause's, with the reference's mark
        base = _unmarked(claims[-1].metric) if claims and claims[-1].sentence_start == sentence.start \
            and claims[-1].kind == f.kind else None
        base = base or metric_marks.referenced_measure(span)
        d.metric = f"{base} ({reference})" if base else d.metric
    if d.metric and not base and d.metric != "shortfall" and is_target(span, d.verb):
        # (a gap by which an outcome missed its target is an outcome: "missed its target by Rs120 billion")
        # "a revenue target of $2.5bn": the revenue's target, marked once (the contract's form, "revenue (target)")
        d.metric = f"{_NAMES_TARGET.sub('', d.metric).strip() or d.metric} (target)"
    elif d.metric and not base and is_forecast(span, d.verb):
        d.metric = f"{d.metric} (forecast)"

    converted = _converted_from(f, sentence.start, claims, text) if f.kind == "money" else None
    if converted is not None and converted.metric:
        d.metric = converted.metric  # "a loss of 40m euros ($52m; £28m)": a conversion measures what its figure does
    if converted is not None:  # and is the same party's, with the same other side (claims.md)
        d.subject, d.counterparty = converted.subject, converted.counterparty

    d.counterparty = ctx.full_name(d.counterparty)  # "a stake in HTL" after "Harbour Tide Logistics": one name
    if d.counterparty == d.subject:
        d.counterparty = None  # "workers sent $2bn to Ruritania" in an article about Ruritania


def _source(d: _Draft) -> None:
    """Who said it: the sentence's speaker, a quoted one, nobody named, or the source the passage
    carries."""
    f, span, sentence, ctx = d.f, d.span, d.sentence, d.ctx
    text, para, sent = ctx.text, sentence.para, sentence.span
    d.source = actors.source_for(span.root, sent, d.known, d.subject or ctx.country)
    if d.source is None and not d.deal:
        d.source = actors.own_results(span.root, d.known, d.metric)  # "Acme posted a loss of $5m"
        if d.source and d.subject != ctx.full_name(d.source) and (d.subject is None or d.subject not in sent.text) \
                and not actors.collects_revenue(ctx.full_name(d.source)):  # "FBR's revenue rises": the state's
            # the company's, not a carried one's; in full ("GE's net profits" after "General Electric")
            d.subject = ctx.full_name(article_actors.spelled_as(d.source, ctx.main_actor) or d.source)
    quoted = None
    if d.source is None:
        # '"… growing at 3%. …," economist Jo Bloggs said': his mention only; the quotation does not
        # become the passage's source (the release named before resumes after it); a stake he repeats too
        quoted = actors.quote_speaker(text, f.start)
        if quoted is None and actors.quoted_unnamed(text, f.start):
            d.source = actors.ANONYMOUS  # 'One broker said …. "If you lose a $2bn case, …"': nobody named
    expecting = actors.expected_by_group(text, sentence.start, f.start, f.end)
    if expecting:  # "…, the ONS said, confounding economists' expectations of a 0.3% rise": the group's
        d.source, quoted = expecting, None
    elif actors.others_expectation(text, f.start, f.end) and not (d.source and actors.forecaster_expects(span.root)):
        # "The IMF expects … from an expected 3.7% this year": the forecaster's own expectation, not nobody's
        d.source = actors.ANONYMOUS  # "more than the £1.4bn expected": nobody named expected it
    if d.source is None and not quoted and actors.hearsay(sent.text):
        d.source = actors.ANONYMOUS  # "The deficit is thought to be more than 10%": nobody named thinks so
    reported = d.source in (None, actors.ANONYMOUS) and actors.reported_anonymously(sent.text)
    if reported:
        d.source = actors.ANONYMOUS  # "Reports said …": nobody named; it does not carry (as "officials said")
    # "X said it joins the Boldco group, which owns 30% of Zentex": background, not X's (X still speaks on)
    stated_background = bool(d.source) and d.source != actors.ANONYMOUS and actors.background_clause(span.root, stated=True)
    group = actors.unnamed_group(d.source)  # "analysts expect …": theirs, but it neither carries nor reaches
    ctx.attribution = "anonymous" if d.source == actors.ANONYMOUS or group else "own" if d.source else ""
    measures = _content_words(d.metric or sent.text, names=False)  # what the figure measures (a name says who)
    if quoted:
        d.source = ctx.full_name(quoted)
    elif d.source == actors.ANONYMOUS:
        d.source = None  # "officials said": nobody named; the source named before resumes after this sentence
    elif group:
        d.source = None if stated_background else d.source
    elif d.source is not None:
        ctx.stated_source(ctx.full_name(d.source), para, sent.text, measures | _content_words(sent.text, names=False),
                          subject=d.subject)
        # a forecaster's forecast ("X forecast …", "X's projections"), not a party's plan ("would build")
        ctx.source_forecast = bool(d.metric and d.metric.endswith(("(forecast)", "(target)"))) \
            and article_actors.forecasts(sent.text)
        d.source = None if stated_background else ctx.full_name(d.source)
    else:
        # another country's figure ends the carry, unless it is a flow between the two (its partner)
        flow = bool(_FLOW_WORDS.search(sent.text))
        # a stake, loan, sale or comparison told in passing is narration, not the statement carried on
        # so is a relative clause describing a named party (", which floated for $200m in 1995,")
        # and so is a share-price move: market data, not the statement carried on
        # so is a currency's move or rate ("The shilling has strengthened 3%"): market data like a share price
        background = d.deal or actors.background_clause(span.root) or actors.share_price_figure(f.kind, d.metric) \
            or actors.exchange_rate_figure(f.kind, d.metric, text, f.end, span.root) \
            or actors.rate_decision(span.root, d.metric, sent.text) \
            or actors.standing_share(span.root)  # "Tourism accounts for 6% of GDP": the reporter's background
        # "The figure means …", "These figures show …": the sentence goes on about the figures before
        same_figures = bool(_SAME_FIGURES.match(sent.text))
        d.source = None if background else ctx.carried_source(
            para, None if same_figures else measures | _content_words(sent.text, names=False),
            None if flow else d.subject, measured=None if same_figures else measures)
        if d.source is not None and not ctx.is_person(d.source) and actors.acted_by_another(span.root, d.source, d.known):
            d.source = None  # "Qwest said …. Verizon plans to pay $1.50 a share": Verizon's act, not Qwest's word
        if d.source is not None and not actors.publishes_data(d.source) and actors.history_opening(sent.text):
            d.source = None  # "Zentex said …. Last year, a Zentex car cost $9,000.": the reporter's history
        if d.source is not None and ctx.source_forecast and not (d.metric or "").endswith(("(forecast)", "(target)")):
            # "X forecast a $48bn shortfall. … The deficit hit $41bn last year": not X's forecast; the source
            # named before the forecasters resumes when the figure is of its series
            d.source = None if background else ctx.resumed_after_forecasts(
                para, None if same_figures else measures | _content_words(sent.text, names=False),
                None if flow else d.subject, measured=None if same_figures else measures)
        if actors.speaks_only_for_itself(d.source, d.subject, ctx.is_person(d.source)):
            d.source = None  # "AMR said …" does not carry to "Shares in Quorvane fell 5%": another company's figure
        elif d.source and ctx.is_person(d.source) and actors.company_results(d.metric, d.subject, ctx.main_actor):
            d.source = d.subject  # '"…," said its chief executive. Net profit was up 6%.': the company's own results
        if d.source is not None:  # a figure that continues the series carries it further (its words do not
            # widen the series: the words of the sentences that named the source define it)
            ctx.stated_source(d.source, para, words=(), named=False, subject=d.subject)
    d.source = article_actors.spelled_as(d.source, ctx.main_actor)  # "TeleVista said": one spelling of the main actor
    d.source = actors.fullest_person(d.source, ctx.people | set(ctx.titles.values()))  # "Ms Lomond" -> "Rita Lomond"
    if reported:
        d.source = actors.REPORTS


def _period_and_basis(d: _Draft) -> None:
    """A change listed after another, a growth rate named by its measure; the period, and the
    basis a change is measured against."""
    f, span, sentence, ctx, claims = d.f, d.span, d.sentence, d.ctx, d.claims
    mentions, quantity_spans = d.mentions, d.quantity_spans
    text, sent = ctx.text, sentence.span
    if d.change is None and claims and claims[-1].sentence_start == sentence.start:
        # "fell 10% in value and 11% in quantity": a figure listed after a change is one too
        previous = claims[-1]
        gap = text[previous.quantity.end:f.start]
        for m in reversed(mentions.starting_in(previous.quantity.end, f.start)):
            lead = m.text.split()[0] if m.text.split()[0] in ("from", "against", "over") else ""
            gap = gap[:m.start - previous.quantity.end] + f" {lead} " + gap[m.end - previous.quantity.end:]
        signed = re.search(r"\([-−–]\)\s?$", text[max(0, previous.quantity.start - 4):previous.quantity.start])
        # "to (-)0.17pc from 0.29pc": the bracketed minus is that figure's sign, no change word to share
        d.change = None if signed else series_change(previous.change, previous.kind, f.kind, gap, text[f.end:sentence.end])
        if d.change is None and not signed:
            d.change = _gapped_change(previous, f, sentence)
    if d.change is None and f.kind == "percent" and _GROWTH_RATE.search(_OWN_MARKS.sub("", d.metric or "").strip()):
        d.change = "increase"  # "expectations of 8.5% GDP growth", "the GDP, at 7.8%": a growth rate (claims.md)
    against_month_before = []
    d.period = period_for(f, sentence, ctx, mentions, quantity_spans, ctx.calendar(d.subject, sent.text),
                        level=d.change is None,
                        planned=bool(d.metric and d.metric.endswith(("(target)", "(forecast)"))),
                        against_month_before=against_month_before, time=periods.clause_time(span))
    stated_basis = basis(text, sentence.start, sentence.end, f.start, f.end)
    if d.change is not None and d.metric and not d.metric.endswith(")") and (
            stated_basis == "month-on-month" or (against_month_before and stated_basis is None)):
        # the basis of a change goes in the metric (claims.md); a change in points or an amount against the
        # month it names is against that month ("rose 0.7 points, compared to April": "(vs April 2023)")
        named = against_month_before and stated_basis is None and f.unit != "%"
        d.metric = f"{d.metric} (vs {against_month_before[0]:%B %Y})" if named else f"{d.metric} (month-on-month)"
    if d.metric and not d.metric.endswith("(quantity)") and _IN_QUANTITY.match(text, f.end, sentence.end):
        d.metric = f"{d.metric} (quantity)"  # "fell 10% in value and 11% in quantity": a measure of volume, not value


def _previous_passage(claim: Claim, ctx: ArticleContext, start: int) -> bool:
    """Whether ``claim`` (the figure before) stands in the paragraph right before the one that holds
    ``start`` (blank lines between paragraphs do not count)."""
    lines = ctx.text[claim.quantity.start:start].split("\n")
    return len(lines) > 1 and not any(line.strip() for line in lines[1:-1])


# What joins a clause that leaves out its verb to the one before ("rose 5% and imports 3%").
_GAP_JOINTS = frozenset({"and", "while", "whereas", "but"})


def _gapped_change(previous: Claim, f: Found, sentence: Sentence) -> Optional[str]:
    """ "Exports rose 5% and imports 3%", "sales fell 4%, while profits 9%": a clause of a noun and a
    figure only, the verb left out (gapping), moves its figure as the clause before moved its own.
    The words between are a joint and a short noun phrase (no verb, no other figure); else None."""
    if previous.change is None or previous.kind != f.kind or f.kind == "multiple":
        return None
    sent = sentence.span
    shift = sentence.start - sent.start_char  # the sentence's doc offsets -> article offsets
    words = [t for t in sent if previous.quantity.end <= t.idx + shift and t.idx + shift + len(t) <= f.start]
    if words and words[0].text == ",":
        words = words[1:]  # ", while profits"
    if len(words) < 2 or words[0].lower_ not in _GAP_JOINTS or len(words) > 5:
        return None
    phrase = words[1:]
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET") and t.tag_ != "POS" for t in phrase) or not any(
            t.pos_ in ("NOUN", "PROPN") for t in phrase) or any(t.like_num for t in phrase):
        return None  # ("rose 5% and has 3%": a verb of its own)
    return previous.change


def _gapped_metric(metric: Optional[str], span: Span, f: Found, sentence: Sentence, claims: list[Claim],
                   article_text: str) -> Optional[str]:
    """The measure of a figure in a list whose items after the first leave out the verb ("the
    exports of cloth fell by 7.5%, yarn by 25.5% and knitwear by 10.4%"): an item is its amount head's
    ("yarn exports"); the first figure keeps its clause's subject, not the first item the parse may
    hang on it ("cloth exports", not "yarn")."""
    text = article_text[sentence.start:sentence.end]
    at, end = f.start - sentence.start, f.end - sentence.start
    first = next((c.quantity.start - sentence.start for c in claims if c.sentence_start == sentence.start), None)
    listed = listed_measures.gapped_item(text, at, first)
    if listed is not None:
        return listed
    item = listed_measures.heads_a_gapped_list(text, end)
    if item is not None and metric and item in metric.lower():
        verb = next((c for c in span.root.head.ancestors if c.pos_ in ("VERB", "AUX")), None)
        nsubj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        return metric_head.phrase_of(nsubj, set()) if nsubj is not None else None
    return metric


def _unnamed_metric(f: Found, span: Span, verb, sentence: Sentence, claims: list[Claim], ctx: ArticleContext,
                    para: int, ranked: bool = False) -> Optional[str]:
    """The measure of a figure its own clause names none for: an amount restating one the article
    gave before ("Of the 1.87 trillion rupees collected, …" after "collected 1.87 trillion rupees
    in GST"), that figure's; a pronoun's antecedent in the sentence before
    (:func:`open_clauses.pronoun_antecedent`); otherwise :func:`open_clauses.unnamed_measure` on its sentence and
    passage (its sentence, then its paragraph and the last one before it that holds figures)."""
    if f.kind == "money":
        same = [c for c in claims if c.kind == "money" and c.metric and c.quantity.unit == f.unit
                and c.quantity.value == f.value and c.sentence_start != sentence.start]
        if same:
            return _unmarked(same[-1].metric)
    if f.kind == "count":
        # "250,000 tourists in February, following 243,588 in January": a bare count compared with a
        # count of the same things before it in its sentence (counts._compared_bare) measures what it does
        compared = [c for c in claims if c.kind == "count" and c.metric and c.quantity.unit == f.unit
                    and c.sentence_start == sentence.start]
        if compared:
            return _unmarked(compared[-1].metric)
    antecedent = open_clauses.pronoun_antecedent(span, ctx.sentence_before)
    if antecedent is not None:  # "The jobless rate fell. The office said it fell to 9.6%."
        return antecedent
    groups = _passage_groups(claims, ctx, para, sentence)
    if ranked:  # "Qatar remained the largest source with $781 million": the passage's flow from Qatar
        return listed_measures.one_measure(groups)
    lo = max([sentence.start] + [c.quantity.end for c in claims if c.sentence_start == sentence.start])
    return open_clauses.unnamed_measure(span, f.kind, verb, ctx.text[lo:f.start], groups)


# the accounts a balance is the deficit or surplus of
_ACCOUNT = re.compile(r"(?i)\b(?:current\s+account|trade|fiscal(?!\s+year)|budget(?!\s+(?:for|year))|primary|services\s+trade|balance\s+of\s+payments)\b")


# A plan's noun alone as a figure's metric ("set a target of $3.5bn"): what is planned is the passage's.
_PLAN_NOUNS = frozenset({"target", "goal", "aim", "forecast", "projection", "estimate"})


def _passage_groups(claims: list[Claim], ctx: ArticleContext, para: int, sentence: Sentence) -> list[list[Optional[str]]]:
    """The metrics before a figure, nearest group first: its sentence's, then its paragraph's and
    those of the last paragraph before it that holds figures."""
    paras = [ctx.paragraph(c.quantity.start) for c in claims]
    earlier = [p for p in paras if p < para]
    keep = {para, max(earlier)} if earlier else {para}
    return [[c.metric for c in claims if c.sentence_start == sentence.start],
            [c.metric for c, p in zip(claims, paras) if p in keep]]


def _passage_metrics(claims: list[Claim], ctx: ArticleContext, para: int, metric: Optional[str],
                     start: int) -> list[Optional[str]]:
    """The metrics of the figures before this one in its passage (its paragraph and the last
    paragraph before it that holds figures) that the text has not left since: a figure's sentence
    followed by another mention of the bare metric word before ``start`` ("profits ... the unit's
    fourth-quarter profits ... profits rose 5%") lends nothing."""
    if not metric:
        return []
    paras = [ctx.paragraph(c.quantity.start) for c in claims]
    earlier = [p for p in paras if p < para]
    keep = {para, max(earlier)} if earlier else {para}
    word = _metric_word(metric.split()[-1].rstrip('s'))
    return [c.metric for c, p in zip(claims, paras)
            if p in keep and not word.search(ctx.text, c.sentence_end, max(c.sentence_end, start))]


@lru_cache(maxsize=4096)
def _metric_word(word: str) -> re.Pattern:
    """The bare metric word as a whole word, singular or plural (compiled once per word: the re
    module's own cache of 512 patterns is flushed by the per-article names)."""
    return re.compile(rf"(?i)\b{re.escape(word)}s?\b")


def _counted_token(span: Span, f: Found):
    doc = span.doc
    for t in span:
        for cand in (t.head, doc[t.i + 2] if t.i + 2 < len(doc) else None):
            if cand is not None and cand.i not in range(span.start, span.end) and (
                    cand.lemma_.lower() == f.unit or cand.text == f.unit
                    or physical_unit(cand.text) == f.unit):  # "kg" counted in kilograms
                return cand
    return None
