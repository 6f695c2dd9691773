"""The period of one figure in its article: the period phrase that governs it in its sentence, else
a period stated since in its passage (also in a sentence without figures), else the one carried.

What a figure's period depends on beyond its sentence (the governing period, the base a comparison
went back to, the period stated last) lives in the :class:`~extractor.context.ArticleContext`; this
module reads it and records what the figure's own phrase states. The phrases themselves are read by
:mod:`extractor.periods`.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from extractor import periods, revisions
from extractor.budget_periods import budget_period
from extractor.change import states_month_on_month
from extractor.context import ArticleContext, Sentence, Spans
from extractor.contract import Period
from extractor.quantities import Found

PERIOD_LOOKAHEAD = 400  # "the last week" takes the week the passage names this far on
REFERENCE_WINDOW = 400  # an undated page's relative phrase is anchored by absolute periods this near (periods.reference_day)

_BASE_CUE = re.compile(r"(?i)(?:from|over|against|compared\s+(?:to|with)|versus|vs\.?)\s")
_BASE_CUE_BEFORE = re.compile(r"(?i)\b(?:from|over|against|compared\s+(?:to|with)|versus|vs\.?)\s+$")
_PERCENT_WORD = re.compile(r"(?i)%|\bper\s*cent|\bpercent|\d\s*pc\b")
_RATE_BESIDE = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|than|from)\s+(?:the\s+|a\s+)?$")


# "the current fiscal year", "this financial year" as the whole phrase (not "July-February of the current
# fiscal year", "so far"): read against a passage on its first months, an outcome's year is the part
# reported; a plan's is the whole year.
_CURRENT_YEAR = re.compile(r"(?i)\s*(?:(?:in|for|during|over|through)\s+)?(?:the\s+)?(?:current|this|ongoing|running)\s+"
                           r"(?:fiscal|financial)(?:\s+year)?(?:\s*\(?FY\s?[\d/-]+\)?)?\s*")


def _whole_plan_year(period: Optional[Period], calendar: periods.Calendar) -> Optional[Period]:
    """A target's or forecast's "current fiscal year" that was read as its first months (the passage
    reports July-March: "has set a target of $4.5 billion in IT exports for the current fiscal year")
    is the whole fiscal year: a plan is set for the year, not for the part reported so far."""
    if period is None or not period.start or not period.end or not _CURRENT_YEAR.fullmatch(period.text or ""):
        return period
    start, end = dt.date.fromisoformat(period.start), dt.date.fromisoformat(period.end)
    year = calendar.containing(start)
    if year[0] == start and end < year[1]:
        return Period(period.text, year[0].isoformat(), year[1].isoformat())
    return period


def period_for(f: Found, sentence: Sentence, ctx: ArticleContext, mentions: Spans, quantity_spans: Spans,
               calendar: periods.Calendar, level: bool, planned: bool,
               against_month_before: Optional[list] = None, time: str = "") -> Optional[Period]:
    """The figure's period (:func:`_period_of`); ``against_month_before`` gets True when the sentence
    compares the figure with a base of the month before its own month ("rose 11% in March against
    $81m in February", "fell 2% against $5m in November" under a carried December): a
    month-on-month change."""
    if ctx.singled_out is not None and _continues_revision(ctx.text, sentence):
        ctx.extend_singled_out(sentence.start, sentence.end)  # "... revised 2021-22 growth. This was due to (4.27% to 4.28%)"
    ctx.restore_singled_out(sentence.start)  # "In February alone, …" governed only its own sentence
    period = _period_of(f, sentence, ctx, mentions, quantity_spans, calendar, level, planned, time)
    if planned:
        period = _whole_plan_year(period, calendar)
    if against_month_before is None or period is None or period.start is None:
        return period
    own = (dt.date.fromisoformat(period.start), dt.date.fromisoformat(period.end))
    before = periods.month_before(own)
    if before is None:
        return period
    context = periods.Context(published=ctx.published, calendar=calendar, previous=own)
    bases = [m for m in mentions.starting_in(f.end, sentence.end) if m.end <= sentence.end and m.is_basis]
    if f.kind == "percent" and f.unit == "%":
        # "grew 8% in June compared with 8.3% in May": last month's rate set beside this month's, two
        # year-on-year rates, not a base the 8% is measured from ("rose 0.4 points to 8.1% in May,
        # compared to April" keeps its base)
        bases = [m for m in bases if not any(
            _PERCENT_WORD.search(ctx.text, s_, e) and _RATE_BESIDE.search(ctx.text[max(f.end, s_ - 30):s_])
            for s_, e in quantity_spans.starting_in(f.end, m.start))]
    if any(m.resolve(context) == before for m in bases):
        against_month_before.append(before[0])
    return period


class _Reader:
    """Reads a figure's period phrases against the passage: ``previous``, the governing period's dates
    when the figure is reached, and ``base``, what a relative phrase is read against (the governing
    period, or a period the passage stated since)."""

    def __init__(self, ctx: ArticleContext, mentions: Spans, calendar: periods.Calendar, para: int):
        self.ctx, self.mentions, self.calendar, self.para = ctx, mentions, calendar, para
        self.previous = self.base = ctx.period_dates

    def context(self, m) -> periods.Context:
        ctx, reference = self.ctx, None
        if ctx.published is None:  # an undated page: the absolute periods near the phrase, and the headline's
            near = self.mentions.starting_in(max(0, m.start - REFERENCE_WINDOW), m.end + REFERENCE_WINDOW)
            reference = periods.reference_day(ctx.headline_periods(self.mentions) + near, self.calendar, around=m,
                                              text=ctx.text)
        return periods.Context(published=ctx.published, calendar=self.calendar,
                               fiscal_passage=ctx.fiscal_passage(self.para), previous=self.base, reference=reference,
                               fiscal_article=ctx.fiscal_article)

    def resolve(self, m):
        return m.resolve(self.context(m))

    def year_back(self, dates) -> bool:
        """Are the dates a year back of the governing period (a comparison, not the passage's period)?"""
        return bool(self.previous and dates and dates == periods.year_back(*self.previous))


def _period_of(f: Found, sentence: Sentence, ctx: ArticleContext, mentions: Spans, quantity_spans: Spans,
               calendar: periods.Calendar, level: bool, planned: bool, time: str = "") -> Optional[Period]:
    """The figure's period: its own phrase, else a period stated since (also in a sentence without
    figures; not for targets and forecasts), else the one carried; a level over a week is a stock at
    its end. A period a year back of the governing one that has its own figure ("In April last
    year, Rs 1.7 trillion was collected") is a comparison and does not take over the passage.
    ``time`` is the figure's clause's (periods.clause_time): a level in the present takes no period
    from before its sentence; a plan's period governs only plans after it and a past one no plan
    (periods.other_time); a forecast does not take the time of the statement that introduces it."""
    text, para = ctx.text, sentence.para
    stock = periods.as_stock if level and f.kind == "money" else (lambda dates: dates)
    # "to return 136m euros relating to a 2003 bond deal": a year that names a thing after the figure
    # is no period of it ("signed a 2003 deal worth $4m" is the deal's)
    in_sentence = [m for m in mentions.starting_in(sentence.start, sentence.end)
                   if not (m.start >= f.end and periods.names_a_thing(text, m))]
    others = [s for s in quantity_spans.starting_in(sentence.start, sentence.end) if s != (f.start, f.end)]
    governing = _governing_mention(f, sentence, ctx, in_sentence, others, quantity_spans, level, time)
    if governing is None:
        return None
    mention, timeless_here = governing
    ctx.end_comparison(para)
    reader = _Reader(ctx, mentions, calendar, para)
    if mention is not None:
        _read_against_passage(reader, mention, sentence, planned)

    respective = periods.respective_periods(text, sentence.start, sentence.end, others + [(f.start, f.end)], f.start)
    if respective is not None:  # "$5bn and $3bn in 2021 and 2022, respectively": its own item, governing nothing after
        return Period(respective.text, *_iso(stock(reader.resolve(respective))))
    bases = [m for m in in_sentence if m.is_basis]
    if mention is None and bases and states_month_on_month(text[sentence.start:sentence.end]):
        # "on a MoM basis it rose 6% compared to $100m in May 2023", the figures of the sentence
        # without a period of their own: the month after the base month (sa-dev decisions)
        measured = periods.month_after(reader.resolve(bases[-1]))
        if measured is not None:
            earlier = [m for m in mentions.starting_in(max(0, sentence.start - 2000), sentence.start)
                       if m.carries and reader.resolve(m) == measured]
            return Period(earlier[-1].text if earlier else bases[-1].text, *_iso(measured))
    if mention is None:
        mention, period = _from_passage(f, sentence, reader, quantity_spans, others, bases, level, planned, time,
                                        timeless_here, stock)
        if mention is None:
            return period
    return _stated(f, sentence, reader, mention, in_sentence, others, time, stock)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*,?\s+to\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)


def _governing_mention(f: Found, sentence: Sentence, ctx: ArticleContext, in_sentence: list, others: list,
                       quantity_spans: Spans, level: bool, time: str):
    """(the period phrase of the figure's sentence that governs it, or None; whether the figure is a
    state now that takes no period from the passage either), or None when the figure has no period
    at all (it describes a party to an event, not a figure of a time)."""
    text = ctx.text
    mention = periods.governing_period(in_sentence, f.start, f.end, sentence.start, sentence.end, text, others)
    if mention is not None and not level and mention.start >= f.end \
            and mention.name in ("shift_year", "shift_to_year", "previous_month", "previous_quarter") \
            and (_BASE_CUE.match(mention.text) or _BASE_CUE_BEFORE.search(text, max(0, mention.start - 20), mention.start)):
        # "up 13% from the same month last year", "a growth of 10% over the year-ago month": the base the
        # change is measured from, not its period; a period of the sentence before the figure governs it
        # ("Gross GST revenue in November came in at …, marking a growth of 10% over the year-ago month")
        earlier = [m for m in in_sentence if m.end <= f.start and not m.is_basis]
        mention = earlier[-1] if earlier else None
    if mention is not None and mention.end <= f.start and _FROM_BEFORE.search(text, max(0, mention.start - 6), mention.start) \
            and _TO_AFTER.match(text, mention.end, f.start):
        # "narrowed 7.3% in the eight months to mid-March from a year earlier to Rs 932.6 billion": the
        # base's time; the new level takes the sentence's period before it
        earlier = [m for m in in_sentence if m.end <= mention.start and not m.is_basis]
        mention = earlier[-1] if earlier else None
    if mention is not None and time == "future" and mention.end <= f.start and periods.dates_the_statement(text, mention):
        mention = None  # "had warned in September that the levy would cost $5m": the warning's time
    if mention is not None and mention.end <= f.start and periods.from_base(text, f.start, f.end, others):
        # "rose 2% to $11.1bn in 2023 from $10.9bn", "sales in 2023 rose 2% to $11.1bn from $10.9bn":
        # 2023 is the new level's, not the base's (gold/README.md: a base's unwritten period is null)
        mention = None
    timeless_here = False
    if mention is not None and level and time == "present" and _told_in_past(ctx, mention) \
            and _outside_its_relative_clause(ctx, f, mention, quantity_spans):
        # "Last week, Zeta filed for bankruptcy to keep its unit, which accounts for 60% of its
        # output": a state now, not of the week the other clause tells
        mention, timeless_here = None, True
    if mention is not None and _in_appositive_without(ctx, f, mention):
        return None  # "Zentrax, a 30% shareholder in Vell, decided in April 2029": the party, not the decision
    verb = _scheduled(ctx, mention, _SCHEDULED_PARTY) if mention is not None else None
    if verb is not None and periods.in_subject_of(verb, f.start, f.end, ctx.locate(mention.start, mention.end)[0].offset):
        # "the board of 12 lenders meets on 14 March", "vouchers worth £250 will be handed out from
        # January": the party to a coming event, now
        return None
    return mention, timeless_here


def _read_against_passage(reader: _Reader, mention, sentence: Sentence, planned: bool) -> None:
    """Moves the reader's base to the period the figure's phrase is read against, when that is not
    the governing one."""
    ctx, mentions, para = reader.ctx, reader.mentions, sentence.para
    if not planned:
        # a period stated since in a sentence without figures governs what follows too: the base
        # of this sentence's shifts and month names ("Based on data for the first month of fiscal
        # 2081/82, ... rose 18% in July alone")
        since = [m for m in ctx.stated_since(mentions, sentence.start, para) if m.carries
                 and not periods.in_forecast_clause(ctx.text, m)]
        if since and mention.name in _READ_AGAINST_PREVIOUS:
            reader.base = reader.resolve(since[-1]) or reader.base
    if mention.name == "anaphor" and _THE_PERIOD.search(mention.text) and reader.base is not None \
            and (reader.base[1] - reader.base[0]).days <= 31:
        # "IT exports during 9MFY24 were $2.7bn … $331m in March … Computer services exports were
        # $2.2bn during the period": "the period" is the span of months the passage reports, of which
        # the month that governs is the latest; "the month" would be that month
        span = _span_ending_in(reader, reader.base, sentence.start)
        if span is not None:
            reader.base = span
    if mention.name in _BEFORE_THE_LATEST and reader.base is not None:
        # "GDP grew 7.8% in April-June 2023; 6.1% in January-March and 13.1% a year before. GVA growth
        # in the previous quarter was 6.5%": the quarter before the latest one the passage reports, not
        # before a comparison it went back to
        base = reader.base
        length = (base[1] - base[0]).days
        stated = [reader.resolve(m) for m in ctx.stated_in(mentions, sentence.start, para) if m.carries and not m.is_basis]
        later = [d for d in stated if d and abs((d[1] - d[0]).days - length) <= 3 and d[1] > base[1]]
        if later:
            reader.base = max(later, key=lambda d: d[1])


def _span_ending_in(reader: _Reader, month, before: int):
    """The latest span of months stated before ``before`` whose last month is ``month``, or None."""
    for m in reversed(reader.mentions.starting_in(0, before)):
        if m.end > before or not m.carries or m.is_basis:
            continue
        dates = reader.resolve(m)
        if dates and (dates[1] - dates[0]).days > 31 and dates[0] <= month[0] \
                and month[0] <= dates[1] <= month[1]:
            return dates
    return None


def _from_passage(f: Found, sentence: Sentence, reader: _Reader, quantity_spans: Spans, others: list, bases: list,
                  level: bool, planned: bool, time: str, timeless_here: bool, stock):
    """For a figure whose sentence states no period of it: (a period phrase stated since in the
    passage, None) to read as its own, else (None, the period carried, or None)."""
    ctx, text, para = reader.ctx, reader.ctx.text, sentence.para
    # "The farm, which employs 300 staff, ...": a state now, not of the passage's year; "prices
    # rose faster than in 2004": the sentence is not about the governing 2004
    timeless = timeless_here or level and (time == "present" or periods.figure_of_now(text, f.start))

    def other_time(m) -> bool:  # a period stated in a plan, set against a past figure, or the other way
        span = ctx.locate(m.start, m.end)[1]
        return span is not None and periods.other_time(time, periods.clause_time(span))
    unrelated = bool(ctx.period_dates) and any(reader.resolve(m) == ctx.period_dates for m in bases)
    unrelated = unrelated or periods.compared_figure(text, sentence.start, f.start, others)
    if not unrelated and periods.from_base(text, f.start, f.end, others):
        # "declined 10% to $3.7bn from $4.1bn": the base takes the base period its passage
        # stated for the list, else none
        listed = ctx.base_period
        if listed is not None and listed[2] == para and reader.previous and listed[1] == periods.year_back(*reader.previous):
            return None, Period(listed[0].text, *_iso(stock(listed[1])))
        unrelated = True
    stated = [] if planned or timeless or unrelated else [
        m for m in ctx.stated_since(reader.mentions, sentence.start, para) if m.carries
        and not periods.in_forecast_clause(text, m)  # "warned that … in 2005 may"
        and not _aside(ctx, m, quantity_spans)  # "the storm, which struck on 26 December": the storm's day
        and not periods.bounds_a_span(text, m)  # "until at least 2007", "since November"
        and not periods.dates_the_statement(text, m)  # "warned in May that"
        and _scheduled(ctx, m) is None  # "the board meets on 14 March": a coming event's day
        and not periods.names_a_thing(text, m)  # "sued over a 2003 bond deal"
        # "In February alone" in a sentence before, under another governing period: it governed its own sentence
        and not (m.start < sentence.start and _singles_out(ctx, m) and ctx.period not in (None, m))
        and not other_time(m)]  # "vowed to cut the deficit in 2005. ... rules cap it at 3%"
    if stated and not (reader.year_back(reader.resolve(stated[-1])) and ctx.paragraph(stated[-1].start) < para):
        return stated[-1], None
    carried = ctx.carried_period(para, f.start)
    if carried and carried[0].end < sentence.start and _aside(ctx, carried[0], quantity_spans):
        return None, None  # "… a buyout back in July 2003. Its debt has risen to $90m": not July 2003's
    if carried and periods.other_time(time, ctx.period_time):
        carried = None  # a plan's time and a past time are not each other's (below)
    if not carried and not (timeless or unrelated):
        budget = budget_period(text, lambda: reader.mentions.starting_in(0, len(text)), reader.resolve,
                               text[sentence.start:sentence.end], ctx.published, reader.calendar, planned)
        if budget is not None:  # "The budget deficit has been estimated at Tk 3,45,000 crore": the budget's year
            return None, Period(budget[0], *_iso(budget[1]))
    if carried and (timeless or unrelated):
        # also "Acme will still need $5m" after "sales fell 5% in 2004", "profits fell 5%" after
        # "Acme plans to invest $5m in 2006": a plan's time and a past time are not each other's
        return None, None
    if carried:
        ctx.continued_period(para)
    # Carried: the phrase and the dates it resolved to where it was stated.
    return None, (Period(carried[0].text, *_iso(stock(carried[1]))) if carried else None)


def _stated(f: Found, sentence: Sentence, reader: _Reader, mention, in_sentence: list, others: list, time: str,
            stock) -> Period:
    """The period a phrase states for the figure; the passage's governing period becomes it, unless
    the phrase only bounds a span or dates a coming event, or it is a year back (a comparison)."""
    ctx, text, para = reader.ctx, reader.ctx.text, sentence.para
    dates = reader.resolve(mention)
    if dates is None:  # anchored by another phrase of the passage (periods.anchored)
        dates = periods.anchored(mention, in_sentence,
                                 reader.mentions.starting_in(mention.end, mention.end + PERIOD_LOOKAHEAD),
                                 text, reader.resolve, reader.context(mention),
                                 same_paragraph=lambda m: ctx.paragraph(m.start) == para)
    if _THIS_YEAR.search(mention.text) and ctx.period is not None and ctx.period.start >= sentence.start:
        # "In March of last year ..., whereas this year ...": the same part of the current year
        dates = periods.same_part_this_year(reader.previous, reader.context(mention)) or dates
    if reader.year_back(dates) and periods.from_base(text, f.start, f.end, others):
        ctx.base_period = (mention, dates, para)
    if mention.carries and not periods.bounds_a_span(text, mention) and _scheduled(ctx, mention) is None:
        if reader.year_back(dates):
            ctx.compared_year_back(para)
        # a figure's clause that does not tell its time ("after a $3bn hole was found") leaves the
        # phrase's own clause to ("Acme went bust in 2002")
        told = time or ("past" if _told_in_past(ctx, mention) else "")
        if _looks_back(reader, mention, dates, sentence):
            ctx.looked_back.add(mention.start)
        if _singles_out(ctx, mention):
            ctx.single_out_period(mention, dates, para, sentence.end, told)
        else:
            ctx.stated_period(mention, dates, para, told)
    return Period(mention.text, *_iso(stock(dates)))


# phrases read against a period stated in a sentence without figures: a month name that a page uses
# for the fiscal month it has just named (periods._r_month_noyear); shifts keep the governing
# period of the figures, since a figureless sentence is often background ("The bureau was set up in 2001.")
_READ_AGAINST_PREVIOUS = ("month_noyear",)
_BEFORE_THE_LATEST = ("previous_quarter", "previous_month", "previous_week")  # read against the latest such period of the passage
_THIS_YEAR = re.compile(r"(?i)\bthis\s+(?:fiscal\s+)?year\b")
# a part of the passage's period singled out: "In February alone", "in the month alone"
_SINGLED_OUT = re.compile(r"\s+alone\b", re.I)
# "during the period", "the period under review", "the review period": the passage's span, not its month
_THE_PERIOD = re.compile(r"\bperiod\b|\bhalf[-\s]year\b", re.I)
# the one month of a span the passage reports, named as such: "The monthly figure for June was $642m"
_MONTHLY_PART = re.compile(r"\bmonthly\s+(?:figure|total|number|tally|inflow|amount|reading)s?\s+(?:for\s+|in\s+)?$", re.I)


def _continues_revision(text: str, sentence: Sentence) -> bool:
    """Whether the sentence goes on with the revision told before it (its vintages' period goes on)."""
    return revisions.gives_vintage_pair(text[sentence.start:sentence.end]) and revisions.continues_revision(text, sentence.start)


def _looks_back(reader: _Reader, mention, dates, sentence: Sentence) -> bool:
    """Whether a period phrase inside its sentence goes back before the passage's governing period,
    wholly ("Collections in September were 1.98 trillion rupees", "The industry had sold 207,862 units
    in the whole of 2018-19" in a story on October, on the first quarter): a comparison, not where the
    passage goes on. A period that opens its sentence ("During the week ended on October 6, SBP's
    reserves rose …") takes the passage back with it."""
    previous = reader.previous
    if not (previous and dates and dates[1] < previous[0]) or reader.year_back(dates):
        return False
    if _OPENS_SENTENCE.fullmatch(reader.ctx.text, sentence.start, mention.start):
        return False
    span = reader.ctx.locate(mention.start, mention.end)[1]
    return span is not None and _set_aside(span.root)


def _set_aside(token) -> bool:
    """Whether a period phrase's token sits where a sentence sets an earlier figure beside the
    passage's: in the clause's subject ("Collections in September were …"), in a participle on a
    figure ("Rs 2.12 lakh crore collected in April"), or in a clause in the past perfect ("had sold
    207,862 units in 2018-19")."""
    node = token
    for _ in range(12):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return node.dep_ == "acl" or any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children)
        if node.head is node:
            return False
        node = node.head
    return False


_OPENS_SENTENCE = re.compile(r"[\s\"'“‘(]*(?:(?:during|in|for|over|on|at|by|through(?:out)?|since|as\s+of)\s+)?", re.I)


def _singles_out(ctx: ArticleContext, mention) -> bool:
    """Whether a period phrase governs only its own sentence, the passage's period governing again
    after it: a part singled out ("In February alone, …", "The monthly figure for June"), a period
    before the governing one (_looks_back), or the period of a figure's other vintage ("Growth in the
    first quarter was revised up to 3.8%" in a story on the second quarter)."""
    if _SINGLED_OUT.match(ctx.text, mention.end) or _MONTHLY_PART.search(ctx.text, max(0, mention.start - 40), mention.start):
        return True
    if mention.start in ctx.looked_back:
        return True
    span = ctx.locate(mention.start, mention.end)[1]
    return span is not None and revisions.names_revision(span.sent.text)


def _in_appositive_without(ctx: ArticleContext, f: Found, mention) -> bool:
    """Whether the figure stands in an appositive (periods.appositive_of) that does not hold ``mention``."""
    part, span = ctx.locate(f.start, f.end)
    appos = periods.appositive_of(span) if span is not None else None
    if appos is None:
        return False
    lo, hi = part.offset + appos.start_char, part.offset + appos.end_char
    return not (lo <= mention.start and mention.end <= hi)


_SCHEDULED_DAY = ("day", "weekday")  # a coming event's day governs no later figure
_SCHEDULED_PARTY = _SCHEDULED_DAY + ("month_noyear",)  # ... nor its subject's figures ("from January")


def _scheduled(ctx: ArticleContext, mention, names=_SCHEDULED_DAY):
    """The verb of the coming event a day phrase (one of ``names``) dates (periods.scheduled_verb), or None."""
    if mention.name not in names:
        return None
    span = ctx.locate(mention.start, mention.end)[1]
    return periods.scheduled_verb(span) if span is not None else None


def _aside(ctx: ArticleContext, mention, quantity_spans: Spans) -> bool:
    """Whether a period phrase dates something said in passing, which does not set the time of the
    figures of later sentences: a relative clause without figures ("the storm, which struck the
    coast on 26 December") or a flashback ("a buyout back in July 2003")."""
    if re.search(r"(?i)\bback\s+(?:in\s+|to\s+|as\s+far\s+as\s+)?$", ctx.text[max(0, mention.start - 20):mention.start]):
        return True
    clause = _relative_clause(ctx, mention.start, mention.end)
    return clause is not None and not quantity_spans.starting_in(*clause)  # (not "which rose 5% in 2004")


def _relative_clause(ctx: ArticleContext, start: int, end: int) -> Optional[tuple[int, int]]:
    """The article offsets of the relative clause opened by a wh-word ("…, which accounts for 60%",
    "the storm, which struck on 26 December") that holds start..end, or None."""
    part, span = ctx.locate(start, end)
    if span is None:
        return None
    tok = span.root
    while tok.head.i != tok.i:  # (spaCy makes a new Token object on each access: compare indices)
        if tok.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WRB") for c in tok.children):
            last = tok.right_edge
            return tok.left_edge.idx + part.offset, last.idx + len(last) + part.offset
        tok = tok.head
    return None


def _outside_its_relative_clause(ctx: ArticleContext, f: Found, mention, quantity_spans: Spans) -> bool:
    """Whether the figure stands in a relative clause about a thing, not about a figure, and the
    period phrase outside it ("to keep its unit, which accounts for 60% of output"; not "Rs 5bn, of
    which CGST is Rs 2bn", nor "$5bn, which is 10% of the total")."""
    clause = _relative_clause(ctx, f.start, f.end)
    if clause is None or clause[0] <= mention.start < clause[1]:
        return False
    part, span = ctx.locate(clause[0], clause[1])
    head = span.root.head if span is not None else None
    if head is None:
        return False
    at = head.idx + part.offset
    return not any(s <= at < e for s, e in quantity_spans.starting_in(at - 60, at + 1))


def _told_in_past(ctx: ArticleContext, mention) -> bool:
    """Whether a period phrase stands in a clause told in the past (periods.clause_time)."""
    span = ctx.locate(mention.start, mention.end)[1]
    return span is not None and periods.clause_time(span) == "past"


def _iso(dates) -> tuple[Optional[str], Optional[str]]:
    if not dates:
        return None, None
    return dates[0].isoformat(), dates[1].isoformat()
