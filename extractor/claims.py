"""From a parsed Doc to claims: runs the stage modules in order and carries context along the article.

Stages: quantities/counts (what and how much) → qualifier, change → metric →
subject, counterparty → source → period. A period or source stated once carries
to the figures that follow in the same paragraph and the next (claims.md
"Periods"; gold/GUIDELINES.md on how far attribution carries).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from extractor import actors, periods
from extractor.change import change_for
from extractor.contract import Claim, Period, Quantity
from extractor.counts import find_counts
from extractor.metric_phrase import is_forecast, is_target, metric_for
from extractor.published import dateline_span
from extractor.qualifier import qualifier_for
from extractor.quantities import Found, find_pattern_quantities

_FISCAL_TALK = re.compile(r"(?i)\bfiscal\b|\bfinancial\s+year\b|\bFY\s?'?\d\d|\b(?:19|20)\d\d\s?[-/]\s?\d\d(?!\d)")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
CARRY_PARAGRAPHS = 1  # a period or source carries into at most the next paragraph
PERIOD_CARRY_CHARS = 400  # ... and a period also as far as this many characters (one-sentence paragraphs)


@dataclass
class _Carry:
    """What the figures so far have established, for the figures after them."""

    period: Optional[periods.PeriodMention] = None
    period_dates: Optional[tuple] = None
    period_para: int = -10
    source: Optional[str] = None
    source_para: int = -10
    person: Optional[str] = None
    subject: Optional[str] = None
    subject_para: int = -10
    outer_period: Optional[tuple] = None  # the passage's period while a year-back comparison governs its paragraph


@dataclass(frozen=True)
class Part:
    """A parsed piece of an article: ``doc`` is ``text[offset:offset + len(doc.text)]``."""

    offset: int
    doc: Doc

    @property
    def end(self) -> int:
        return self.offset + len(self.doc.text)

    def span(self, start: int, end: int) -> Optional[Span]:
        """The tokens of article offsets start..end, or None when they are not in this part."""
        if not (self.offset <= start and end <= self.end):
            return None
        span = self.doc.char_span(start - self.offset, end - self.offset, alignment_mode="expand")
        return span if span is not None and len(span) else None


def find_quantities(text: str, parts: Sequence[Part], period_mentions=()) -> list[Found]:
    """Money, percent and multiples by pattern over the whole text, then counts among the
    numbers left over in the parsed parts (numbers inside period phrases such as "the two
    months of" are not counts)."""
    pattern_found = find_pattern_quantities(text)
    taken = list(pattern_found) + list(period_mentions)
    counts = []
    for part in parts:
        local = [Found(t.start - part.offset, t.end - part.offset, "", 0, "") for t in taken
                 if part.offset <= t.start and t.end <= part.end]
        counts += [replace(c, start=c.start + part.offset, end=c.end + part.offset)
                   for c in find_counts(part.doc, local)]
    return sorted(pattern_found + counts, key=lambda f: f.start)


def claims_from_doc(doc: Doc, article_id: str, published: Optional[str] = None,
                    published_inferred: bool = False) -> list[Claim]:
    """Every claim in a parsed article, in text order."""
    return claims_from_parts(doc.text, [Part(0, doc)], article_id, published, published_inferred)


def claims_from_parts(text: str, parts: Sequence[Part], article_id: str, published: Optional[str] = None,
                      published_inferred: bool = False, title: str = "") -> list[Claim]:
    """Every claim of an article of which only ``parts`` were parsed (see extractor.segments).
    ``title`` (the headline, when the corpus has one) helps tell whose figures these are."""
    all_mentions = periods.find_periods(text)
    found = find_quantities(text, parts, all_mentions)
    if not found:
        return []
    pub = dt.date.fromisoformat(published[:10]) if published else None
    skip = dateline_span(text)
    mentions = [p for p in all_mentions if not (skip and p.start < skip[1] and skip[0] < p.end)]
    para_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    para_of = lambda offset: bisect.bisect_right(para_starts, offset) - 1  # noqa: E731
    fiscal_paras = {para_of(m.start()) for m in _FISCAL_TALK.finditer(text)}
    entities = [e for part in parts for e in part.doc.ents]
    main_country = actors.main_country(text, entities, title)
    main_actor = actors.main_actor(text, entities, title)
    country = periods.article_country(text, title, fallback=main_country)  # whose calendar, when the subject is no country
    spans = [(f.start, f.end) for f in found]
    carry = _Carry()
    claims = []
    for f in found:
        part, span = next(((p, s) for p in parts for s in [p.span(f.start, f.end)] if s is not None), (None, None))
        if span is None:
            continue  # a pattern match outside the parsed parts (segments.py keeps every numeric sentence)
        sent = span.sent
        para = para_of(f.start)
        sent_start = part.offset + sent.start_char
        sent_end = sent_start + len(sent.text.rstrip())
        sent_end = max(sent_end, f.end)
        carry.person = actors.person_named(sent) or carry.person  # for "he said" further on

        counted = _counted_token(span, f) if f.kind == "count" else None
        metric, metric_head, verb = metric_for(span, f.kind, counted)
        subject, counterparty = actors.subject_and_counterparty(metric_head, verb, sent)
        if metric is None and claims and para_of(claims[-1].quantity.start) == para:
            # "these have increased to $2.72 billion": the same series as the figure before
            previous = claims[-1]
            metric = (previous.metric or "").replace(" (forecast)", "").replace(" (target)", "") or None
            subject, counterparty = subject or previous.subject, counterparty or previous.counterparty
        if subject is None and para - carry.subject_para <= CARRY_PARAGRAPHS:
            subject = carry.subject
        subject = actors.spelled_as(subject, main_actor) or main_actor
        if metric and is_target(span, verb):
            metric = f"{metric} (target)"
        elif metric and is_forecast(span, verb):
            metric = f"{metric} (forecast)"

        known = actors.Known(carry.person, main_actor if main_actor != main_country else None)
        source = actors.source_for(span.root, sent, known, subject or main_country)
        if source is None and para - carry.source_para <= CARRY_PARAGRAPHS:
            source = carry.source
        if source is not None:
            carry.source, carry.source_para = source, para

        calendar = periods.calendar_of(periods.calendar_country(subject, country, text[sent_start:sent_end]))
        period = _period_for(f, sent_start, sent_end, text, mentions, spans, carry, para, pub,
                             calendar, fiscal_paras, change_for(text, f.start, f.end, f.kind) is None, para_of,
                             planned=bool(metric and metric.endswith(("(target)", "(forecast)"))))
        if subject is not None:
            carry.subject, carry.subject_para = subject, para

        quantity = Quantity(text=text[f.start:f.end], start=f.start, end=f.end, value=f.value, unit=f.unit,
                            qualifier=qualifier_for(text, f.start), value_max=f.value_max)
        extra = {"published_inferred": True} if published_inferred else {}
        claims.append(Claim(article_id=article_id, kind=f.kind, quantity=quantity,
                            sentence_start=sent_start, sentence_end=sent_end,
                            change=change_for(text, f.start, f.end, f.kind), metric=metric,
                            subject=subject, counterparty=counterparty, period=period, source=source,
                            extra=extra))
    return claims


def _counted_token(span: Span, f: Found):
    doc = span.doc
    for t in span:
        for cand in (t.head, doc[t.i + 2] if t.i + 2 < len(doc) else None):
            if cand is not None and cand.i not in range(span.start, span.end) and (
                    cand.lemma_.lower() == f.unit or cand.text == f.unit):
                return cand
    return None


def _period_for(f: Found, sent_start: int, sent_end: int, text: str, mentions, spans, carry: _Carry,
                para: int, pub, calendar: periods.Calendar, fiscal_paras: set[int], level: bool = False,
                para_of=lambda offset: 0, planned: bool = False) -> Optional[Period]:
    """The figure's period: its own phrase, else a period stated since (also in a sentence without
    figures; not for targets and forecasts), else the one carried; a level over a week is a stock at
    its end. A period a year back of the governing one that has its own figure ("In April last
    year, Rs 1.7 trillion was collected") is a comparison and does not take over the passage."""
    stock = periods.as_stock if level and f.kind == "money" else (lambda dates: dates)
    others = [s for s in spans if s != (f.start, f.end)]
    mention = periods.governing_period(mentions, f.start, f.end, sent_start, sent_end, text, others)
    fiscal_passage = bool({para - 1, para, para + 1} & fiscal_paras)
    if carry.outer_period is not None and para > carry.period_para:  # the comparison's paragraph has ended
        carry.period, carry.period_dates, carry.period_para = carry.outer_period
        carry.outer_period = None
    previous = carry.period_dates

    def resolve(m):
        reference = None if pub else periods.reference_day(mentions, calendar, around=m, text=text)
        return m.resolve(periods.Context(published=pub, calendar=calendar, fiscal_passage=fiscal_passage,
                                         previous=previous, reference=reference))

    def year_back(dates) -> bool:
        return bool(previous and dates and dates == periods.year_back(*previous))

    if mention is None:
        stated = [m for m in mentions if m.carries and m.end <= sent_start and para - para_of(m.start) <= CARRY_PARAGRAPHS
                  and (carry.period is None or m.start > carry.period.start)] if not planned else []
        if stated and not (year_back(resolve(stated[-1])) and para_of(stated[-1].start) < para):
            mention = stated[-1]
        elif carry.period is None or (para - carry.period_para > CARRY_PARAGRAPHS
                                      and f.start - carry.period.end > PERIOD_CARRY_CHARS):
            return None
        else:  # Carried: the phrase and the dates it resolved to where it was stated.
            return Period(carry.period.text, *_iso(stock(carry.period_dates)))
    dates = resolve(mention)
    if mention.carries:
        if year_back(dates) and carry.outer_period is None:
            carry.outer_period = (carry.period, carry.period_dates, para)
        carry.period, carry.period_dates, carry.period_para = mention, dates, para
    return Period(mention.text, *_iso(stock(dates)))


def _iso(dates) -> tuple[Optional[str], Optional[str]]:
    if not dates:
        return None, None
    return dates[0].isoformat(), dates[1].isoformat()
