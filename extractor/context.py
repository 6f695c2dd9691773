"""The article's context: what a figure's fields depend on beyond its own sentence.

One object per article, built once (:meth:`ArticleContext.of_article`) and then changed only
through named updates as the figures are read in text order: ``stated_period``,
``stated_source``, ``stated_subject``, ``named_person``. The readers (``carried_period``,
``carried_source``, ``carried_subject``) apply the carrying rules in one place: a period or
subject a figure established governs the figures after it in the same paragraph and the next
(``CARRY_PARAGRAPHS``; claims.md "Periods"); a source until another is named, two paragraphs on
at most (``SOURCE_CARRY_PARAGRAPHS``; gold/GUIDELINES.md §8 on attribution).

Everything here is indexed once per article (paragraph starts, the parsed parts, period
mentions, quantity spans), so that looking up a figure's surroundings costs a binary search,
not a scan of the document: per-article work stays linear in the article's length.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from extractor import actors, article_actors, periods

_FISCAL_TALK = re.compile(r"(?i)\bfiscal\b|\bfinancial\s+year\b|\bFY\s?'?\d\d|\b(?:19|20)\d\d\s?[-/]\s?\d\d(?!\d)")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
CARRY_PARAGRAPHS = 1  # a period or subject carries into at most the next paragraph
PERIOD_CARRY_CHARS = 400  # ... and a period also as far as this many characters (one-sentence paragraphs of wire copy)
# A source carries two paragraphs on: news pages restate a release over several short paragraphs.
# Measured on the sa-dev DEV pages: 1 → source 0.775, 2 → 0.800, unlimited → 0.800 (the background
# narration further on is not the source's); see docs/extraction.md.
SOURCE_CARRY_PARAGRAPHS = 2


class SentenceSpan(Span):
    """A sentence's Span whose ``text`` is worked out once: the claim logic reads a figure's
    sentence text many times per figure (spaCy's ``Span.text`` joins its tokens each time)."""

    _text: Optional[str] = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = Span.text.__get__(self)
        return self._text


@dataclass(frozen=True)
class Sentence:
    """The sentence of a figure: its tokens and its article offsets."""

    span: Span
    start: int
    end: int
    para: int


@dataclass(frozen=True)
class Part:
    """A parsed piece of an article: ``doc`` is ``text[offset:offset + len(doc.text)]``."""

    offset: int
    doc: Doc
    end: int = -1  # offset + len(doc.text), computed once (doc.text walks every token)

    def __post_init__(self):
        if self.end < 0:
            object.__setattr__(self, "end", self.offset + len(self.doc.text))

    def span(self, start: int, end: int) -> Optional[Span]:
        """The tokens of article offsets start..end, or None when they are not in this part."""
        if not (self.offset <= start and end <= self.end):
            return None
        span = self.doc.char_span(start - self.offset, end - self.offset, alignment_mode="expand")
        return span if span is not None and len(span) else None


class Spans:
    """Items with ``start``/``end`` offsets (or (start, end) pairs), sorted once, looked up by range."""

    def __init__(self, items: Sequence, key=lambda item: item.start):
        self.items = sorted(items, key=key)
        self._starts = [key(item) for item in self.items]

    def starting_in(self, start: int, end: int) -> list:
        """The items whose start lies in start..end (end exclusive)."""
        return self.items[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]


@dataclass
class ArticleContext:
    """An article's country and calendar, its main actor, its indexes, and what earlier figures stated."""

    text: str
    published: Optional[dt.date]
    country: Optional[str]  # the country the article is most about
    main_actor: Optional[str]  # its most named company, else its country
    full_names: dict[str, str]  # "SBP" -> "State Bank of Pakistan", from "State Bank of Pakistan (SBP)"
    terms: frozenset  # names NER may take for actors that are terms here ("MoM", "Trade")
    bodies: tuple  # the organisations the article names, most named first
    titles: dict  # "governor" -> the person the article names with that title
    lower_words: frozenset  # the words the article writes in lower case (common words, not names)
    homes: dict  # company -> its country, from "Russian oil giant Ostoil"
    parts: Sequence[Part]
    _para_starts: list[int] = field(repr=False, default_factory=list)
    _fiscal_paras: frozenset[int] = frozenset()
    central_bank: bool = False  # whether the article speaks of its country's central bank ("the bank" is it)
    _part_offsets: list[int] = field(repr=False, default_factory=list)
    # What the figures read so far established, each with the paragraph it was stated in.
    period: Optional[object] = None  # the PeriodMention that governs until another is stated
    period_dates: Optional[tuple] = None  # the dates it resolved to where it was stated
    period_para: int = -10
    period_time: str = ""  # the time of the clause that stated it (periods.clause_time): "past", "future", "ongoing" or ""
    # While a year-back comparison governs its paragraph ("In April last year, ..."), the passage's
    # own period, restored when that paragraph ends: (mention, dates, para).
    outer_period: Optional[tuple] = None
    # the base period a passage's comparisons stated ("from $15.9bn in the same period of last
    # year"), for the bases of the list that follow without one: (mention, dates, para)
    base_period: Optional[tuple] = None
    # While a part singled out ("In February alone, …") governs its own sentence, the passage's
    # period to restore after it: ((mention, dates, para, time), the sentence's end).
    singled_out: Optional[tuple] = None
    # the starts of period phrases that went back before the governing period for one sentence
    # ("Collections in September were 1.98 trillion rupees" in a story on October)
    looked_back: set = field(default_factory=set)
    period_country: Optional[str] = None  # whose fiscal calendar figures without a country subject follow
    reported_calendar: Optional[tuple] = None  # (the calendar of an article naming no country, or None), once read
    source: Optional[str] = None
    source_para: int = -10
    attributed_para: int = -10  # the paragraph where the current source was last named
    series_words: set = field(default_factory=set)  # what the figures of the current source measure
    source_data: bool = False  # whether the current source was cited for its data, release or report
    series_places: set = field(default_factory=set)  # the countries whose figures the current source gave
    source_forecast: bool = False  # whether the current source was named for a forecast ("X forecast $5bn")
    # the source (and its carried state) that stood before the forecasters who followed it ("X said prices
    # rose. Y forecast a 5% fall. …"): it resumes for the figures after them that are no forecast
    before_forecasts: Optional[tuple] = None
    # whether someone else has spoken since the current source was named (a sentence without figures:
    # "The EEF said it expected …", '"…," said Jo Bloggs'): the source then covers only its own series
    aside: bool = False
    person: Optional[str] = None  # the last person named, for "he said" further on
    people: set = field(default_factory=set)  # every person named so far
    subject: Optional[str] = None
    subject_para: int = -10
    # the sentence a subject was last stated in, the subject that stood before that sentence, and the
    # countries whose figures that sentence gives (two or more: a list, none of which carries)
    subject_sentence: int = -1
    subject_before_sentence: tuple = (None, -10)
    sentence_places: set = field(default_factory=set)
    documents: dict = field(default_factory=dict)  # "release" -> who issued the release the article named
    attribution: str = ""  # how the last figure's own sentence attributed it: "own", "anonymous" or ""
    mentions_people: list = field(default_factory=list)  # (offset, person) named with a title or honorific
    person_offset: int = -1  # where the last person was named
    last_deal: bool = False  # whether the last figure's parties came from a stake, deal or comparison

    @classmethod
    def of_article(cls, text: str, parts: Sequence[Part], published: Optional[str] = None,
                   title: str = "", publisher: Optional[str] = None) -> "ArticleContext":
        """The context of an article; ``title`` and ``publisher`` (the publisher's country, from the
        page's address or the outlet's name: ``publishers.publisher_country``) help tell whose
        figures these are: a name in the headline counts more, and when the text names no country
        the publisher's country is the article's."""
        parts = sorted(parts, key=lambda p: p.offset)
        entities = [e for part in parts for e in part.doc.ents]
        counter = article_actors.NameCounter(text, title)
        para_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        full_names = article_actors.full_names(text)
        terms = article_actors.article_terms(text, entities, counter)
        known = actors.Known(full_names=full_names, terms=terms, lower_words=counter.lower_words())
        country = article_actors.main_country(text, entities, title, counter, publisher)
        ctx = cls(text=text, published=dt.date.fromisoformat(published[:10]) if published else None,
                  country=country, main_actor=article_actors.main_actor(text, entities, title, counter, known, publisher),
                  full_names=full_names, terms=terms, bodies=article_actors.article_bodies(entities, full_names, counter, known, text),
                  titles=actors.titled_people(text), lower_words=known.lower_words, homes=actors.home_countries(text),
                  parts=parts, _para_starts=para_starts, _part_offsets=[p.offset for p in parts])
        ctx.mentions_people = actors.people_mentioned(text)
        ctx.central_bank = actors.speaks_of_central_bank(text, country)
        ctx._fiscal_paras = frozenset(ctx.paragraph(m.start()) for m in _FISCAL_TALK.finditer(text))
        ctx.period_country = periods.article_country(text, title, fallback=country)
        return ctx

    def calendar(self, subject: Optional[str], sentence_text: str = "") -> "periods.Calendar":
        """The fiscal calendar of a figure's economy: its subject's country when the sentence names it,
        else the article's (claims.md "Periods"); for an article that names no country, the calendar
        its fiscal labels report in (periods.calendar_from_reports), else the calendar year."""
        country = periods.calendar_country(subject, self.period_country, sentence_text)
        if country is None:
            if self.reported_calendar is None:
                self.reported_calendar = (periods.calendar_from_reports(self.text, self.published),)
            return self.reported_calendar[0] or periods.CALENDAR_YEAR
        return periods.calendar_of(country)

    # --- lookups ---------------------------------------------------------------------------------

    def paragraph(self, offset: int) -> int:
        """The index of the paragraph (a line break ends one) that holds ``offset``."""
        return bisect.bisect_right(self._para_starts, offset) - 1

    @property
    def fiscal_article(self) -> bool:
        """Whether some paragraph of the article talks in fiscal years."""
        return bool(self._fiscal_paras)

    def fiscal_passage(self, para: int) -> bool:
        """Whether the paragraph or a neighbour talks in fiscal years ("last year" = last fiscal year)."""
        return bool({para - 1, para, para + 1} & self._fiscal_paras)

    def locate(self, start: int, end: int) -> tuple[Optional[Part], Optional[Span]]:
        """The parsed part and tokens of article offsets start..end; (None, None) outside the parts."""
        i = bisect.bisect_right(self._part_offsets, start) - 1
        if i < 0:
            return None, None
        part = self.parts[i]
        span = part.span(start, end)
        return (part, span) if span is not None else (None, None)

    def sentence_before(self, span: Span) -> Optional[Span]:
        """The parsed sentence right before ``span``'s sentence, or None when it was not parsed (it
        holds no figure) or a paragraph lies between: what a pronoun may point back to."""
        sent = span.sent
        if sent.start > 0:
            return span.doc[sent.start - 1].sent
        here = next((n for n, p in enumerate(self.parts) if p.doc is span.doc), 0)
        if here == 0:
            return None
        before, offset = self.parts[here - 1], self.parts[here].offset
        gap = self.text[before.end:offset + sent.start_char]
        if gap.strip() or gap.count("\n") > 2 or len(before.doc) == 0:
            return None  # an unparsed sentence, or more than one paragraph break, lies between
        return before.doc[-1].sent

    def headline_periods(self, mentions: "Spans") -> list:
        """The period phrases of the first line (the headline), which anchor an undated page."""
        first_line = self.text.find("\n", 1 if self.text.startswith("\n") else 0)
        return mentions.starting_in(0, first_line) if first_line > 0 else []

    def stated_since(self, mentions: "Spans", sentence_start: int, para: int) -> list:
        """Period phrases stated after the governing one and before this sentence, in this paragraph
        or the one before (a phrase in a sentence without figures still governs what follows)."""
        lo = self._para_starts[max(para - CARRY_PARAGRAPHS, 0)]
        if self.period is not None:
            lo = max(lo, self.period.start + 1)
        return [m for m in mentions.starting_in(lo, sentence_start) if m.end <= sentence_start]

    def stated_in(self, mentions: "Spans", sentence_start: int, para: int) -> list:
        """Period phrases of this paragraph and the one before, up to this sentence."""
        lo = self._para_starts[max(para - CARRY_PARAGRAPHS, 0)]
        return [m for m in mentions.starting_in(lo, sentence_start) if m.end <= sentence_start]

    def full_name(self, name: Optional[str]) -> Optional[str]:
        """The fullest form of a name in this article ("SBP" -> "State Bank of Pakistan")."""
        if name is None:
            return None
        return self.full_names.get(name, name)

    def known(self) -> actors.Known:
        """Who the article has named so far, for "he said" and "the company said"."""
        return actors.Known(person=self.person,
                            organisation=self.main_actor if self.main_actor != self.country else None,
                            country=self.country, full_names=self.full_names, terms=self.terms,
                            bodies=self.bodies, documents=self.documents, titles=self.titles,
                            lower_words=self.lower_words, homes=self.homes, central_bank=self.central_bank)

    # --- carried state: readers ------------------------------------------------------------------

    def _carries(self, stated_para: int, para: int) -> bool:
        return para - stated_para <= CARRY_PARAGRAPHS

    def carried_period(self, para: int, offset: int):
        """(mention, dates) of the period stated before, when it still governs paragraph ``para``
        (or lies at most ``PERIOD_CARRY_CHARS`` before ``offset``)."""
        if self.period is None:
            return None
        if not self._carries(self.period_para, para) and offset - self.period.end > PERIOD_CARRY_CHARS:
            return None
        return self.period, self.period_dates

    def carried_source(self, para: int, words: Optional[set] = None, subject: Optional[str] = None,
                       measured: Optional[set] = None) -> Optional[str]:
        """The source named before, until another is named, when the last figure it covered is at
        most ``SOURCE_CARRY_PARAGRAPHS`` paragraphs back (gold/GUIDELINES.md §8: the paragraphs that
        continue the same data series). Past the paragraph where the source was named, only a figure
        that continues its series (``words``, what the figure measures, shares a word with what the
        source's figures measure) keeps it: the article has turned to another series otherwise. After
        someone else spoke (``spoke``), only a figure whose own measure (``measured``, the words of its
        metric; ``words`` when not given) is of the source's series keeps it, in any paragraph."""
        if self.source is None or para - self.source_para > SOURCE_CARRY_PARAGRAPHS:
            return None
        if actors.is_territory(subject) and self.series_places and subject not in self.series_places:
            return None  # another country's figure quoted for comparison is not the source's
        # A speaker's talk continues over the paragraphs whatever it measures; a one-word "person" (as
        # often a paper or a website the NER mistook: "as per Dawn", "according to … Parker's") only into
        # the next paragraph, and further on only its series (it does not cover the history after).
        speaking = self.is_person(self.source) and (" " in self.source or para - self.attributed_para <= 1)
        if para != self.attributed_para and words is not None and not (words & self.series_words) \
                and not actors.publishes_data(self.source) and not speaking:
            return None
        measured = words if measured is None else measured
        if self.aside and measured is not None and not (measured & self.series_words):
            return None  # after someone else spoke, the source resumes only for its own series
        return self.source

    def _carry_state(self) -> tuple:
        return (self.source, self.source_para, self.attributed_para, set(self.series_words), self.source_data,
                set(self.series_places), self.aside)

    def resumed_after_forecasts(self, para: int, words: Optional[set] = None, subject: Optional[str] = None,
                                measured: Optional[set] = None) -> Optional[str]:
        """After forecasters' asides (the current source was named for a forecast), a figure that is no
        forecast goes back to the source named before them, when that one still carries to it
        (GUIDELINES §8 (c): after an aside the named source resumes where the article comes back to its
        release): "X said prices rose 0.6%. Y forecast a 5% fall. The average price is now £210,500" is
        X's; the state before the forecasts is restored for the figures after it."""
        if not self.source_forecast or self.before_forecasts is None or self.before_forecasts[0] is None:
            return None
        own = words if measured is None else measured
        if own is not None and not own & self.before_forecasts[3]:
            return None  # only where the article comes back to that source's series, in any paragraph
        current = self._carry_state()
        (self.source, self.source_para, self.attributed_para, self.series_words, self.source_data,
         self.series_places, self.aside) = self.before_forecasts
        resumed = self.carried_source(para, words, subject, measured)
        if resumed is None:
            (self.source, self.source_para, self.attributed_para, self.series_words, self.source_data,
             self.series_places, self.aside) = current
            return None
        self.source_forecast, self.before_forecasts = False, None
        return resumed

    def spoke(self, name: str, described: str = "") -> None:
        """Someone other than the current source (``name``, ``described`` by the words around it: "Acme
        boss Jo Bloggs said" speaks for Acme) spoke in a sentence without figures: the
        passage has turned to another speaker's quotation (GUIDELINES §8 (c): an attribution carries
        "until another series, another source or someone else's quotation"), so the source resumes
        only where the article comes back to its release."""
        if self.source and not article_actors.same_speaker(name, self.source, self.full_names, described):
            self.aside = True

    def is_person(self, name: Optional[str]) -> bool:
        """Whether the article names ``name`` as a person (a speaker's talk continues over paragraphs)."""
        return bool(name) and (name in self.people or name in self.titles.values())

    def carried_subject(self, para: int) -> Optional[str]:
        return self.subject if self._carries(self.subject_para, para) else None

    # --- carried state: named updates ------------------------------------------------------------

    def stated_period(self, mention, dates, para: int, time: str = "") -> None:
        """A period phrase that governs the figures after it (claims.md: until another is stated),
        stated in a clause told in ``time`` (a plan's period governs only plans after it)."""
        self.period, self.period_dates, self.period_para, self.period_time = mention, dates, para, time

    def single_out_period(self, mention, dates, para: int, sentence_end: int, time: str = "") -> None:
        """A part singled out ("In February alone, exports were $381m"): it governs the rest of its
        sentence; the period stated before governs again after it (``restore_singled_out``)."""
        if self.singled_out is None and self.period is not None and (self.period_dates or not dates):
            # the passage goes on in its own period through the sentence: it governs from this paragraph
            # (on an undated page, "in July" with no year too, when the part has no dates either); with no
            # period before it, or no dated one, the part singled out goes on governing
            self.singled_out = ((self.period, self.period_dates, para, self.period_time), sentence_end)
        self.stated_period(mention, dates, para, time)

    def extend_singled_out(self, offset: int, sentence_end: int) -> None:
        """The sentence at ``offset`` goes on with the part singled out (a revision told on over
        sentences): that part governs to ``sentence_end``."""
        if self.singled_out is not None and offset >= self.singled_out[1]:
            self.singled_out = (self.singled_out[0], sentence_end)

    def restore_singled_out(self, offset: int) -> None:
        """Past the sentence of a part singled out, the passage's own period governs again."""
        if self.singled_out is not None and offset >= self.singled_out[1]:
            (self.period, self.period_dates, self.period_para, self.period_time), _ = self.singled_out
            self.singled_out = None

    def continued_period(self, para: int) -> None:
        """A figure of paragraph ``para`` took the governing period: the passage goes on in it."""
        self.period_para = max(self.period_para, para)

    def compared_year_back(self, para: int) -> None:
        """The period about to be stated is the governing one a year back (a comparison): keep the
        passage's own period to restore when this paragraph ends."""
        if self.outer_period is None:
            self.outer_period = (self.period, self.period_dates, para)

    def end_comparison(self, para: int) -> None:
        """Past the paragraph of a year-back comparison, the passage's own period governs again."""
        if self.outer_period is not None and para > self.period_para:
            self.period, self.period_dates, self.period_para = self.outer_period
            self.period_time = ""
            self.outer_period = None

    def stated_source(self, source: Optional[str], para: int, sentence_text: str = "", words=(),
                      named: bool = True, subject: Optional[str] = None) -> None:
        """A source for the figures from here on, ``named`` in this paragraph or carried to a figure
        that continues its series (``words``: what that figure measures); the documents its sentence
        says it issued ("data released by X") are X's, for "according to the release" further on."""
        if source != self.source:
            if not self.source_forecast:  # a forecaster's aside keeps the source before it to resume
                self.before_forecasts = self._carry_state()
            self.series_words, self.source_data, self.series_places = set(), False, set()
        if source != self.source or named:
            self.aside = False
        self.source, self.source_para = source, para
        self.series_words |= set(words)
        if actors.is_territory(subject):  # a country's or a world region's series ("southern Asia")
            self.series_places.add(subject)
        if named:
            self.attributed_para = para
        if source:
            for noun in actors.documents_named(sentence_text):
                self.documents[noun] = source
                self.source_data = True  # its data, release or report: the write-up of a release

    def stated_subject(self, subject: str, para: int, sentence_start: int = -1, carries: bool = True) -> None:
        """A figure's subject: the one the figures after it carry, when it ``carries``. A sentence that
        gives figures of two countries or more ("German inflation was 2.2% and French inflation 1.9%")
        lists places beside the passage's own: the subject that stood before it carries on."""
        if sentence_start < 0 or sentence_start != self.subject_sentence:
            self.subject_before_sentence = (self.subject, self.subject_para)
            self.subject_sentence, self.sentence_places = sentence_start, set()
        if actors.is_country(subject):
            self.sentence_places.add(subject)
        if len(self.sentence_places) > 1:
            before = self.subject_before_sentence
            self.subject, self.subject_para = before[0], para if before[0] is not None else before[1]
        elif carries:
            self.subject, self.subject_para = subject, para

    def named_person(self, person: Optional[str], before: Optional[int] = None) -> None:
        """The last person named: ``person`` (named in the figure's sentence), else, when ``before`` is
        given, the last one the text names before that offset in a sentence without figures."""
        if before is not None and self.mentions_people:
            i = bisect.bisect_left(self.mentions_people, (before,)) - 1
            if i >= 0 and self.mentions_people[i][0] > self.person_offset:
                self.person_offset, self.person = self.mentions_people[i]
        if person:
            self.person = person
            self.people.add(person)
            if before is not None:
                self.person_offset = before
