"""Prepared claims: each claim with its readings, plan/basis marks, dates and sentence rank.

:func:`prepare` reads the claims once more so that pairing does not depend on fields an
extractor often gets wrong (a figure without measure borrows its sentence's measure, "negative
growth" is a decrease; see ``evaluation/facts.py``), dates undated period phrases from another
article's identical figure (:func:`anchor_periods`) and marks twins (:func:`mark_twins`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations
from typing import Iterable, Mapping, Optional, Sequence

from evaluation import facts
from evaluation.consistency import article_days
from evaluation.consistency.currency_votes import adopt_agreeing_currencies
from evaluation.consistency.owner_votes import adopt_agreeing_owners
from evaluation.consistency.period_votes import adopt_agreeing_periods
from evaluation.consistency.readings import Interval, interval
from evaluation.consistency.settings import DEFAULTS, Settings
from extractor.contract import Claim



@dataclass
class Item:
    """A claim with what the checks need precomputed."""

    claim: Claim
    readings: Interval
    metric: str                 # lower case, marks removed
    status: frozenset           # plan marks: forecast, target, ...
    basis: frozenset            # other marks: "(month-on-month)", "(vs 2020)"
    start: Optional[dt.date]
    end: Optional[dt.date]
    sentence_no: int = 0        # rank of the claim's sentence in its article
    text: Optional[str] = field(default=None, repr=False)  # the article text when a corpus is given
    meta: Mapping = field(default_factory=dict, repr=False)  # the article's published, url, outlet
    anchor: Optional["Item"] = field(default=None, repr=False)  # the claim that dated this period
    twin: bool = False          # its sentence states another value of the same fact (see mark_twins)
    year_before: bool = False   # dated a year before its sentence's anchored period (anchor_periods)

    @property
    def measure(self) -> Optional[facts.Measure]:
        return facts.measure(self.claim.metric)

    @property
    def id(self) -> str:
        return self.claim.claim_id

    @property
    def q(self):
        return self.claim.quantity

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def signed(self) -> Interval:
        """The readings as a signed figure: a decrease's readings turned negative (a rise and a fall
        are two values of one signed change, ``facts.signed_value``)."""
        return self.readings.neg() if self.claim.change == "decrease" else self.readings

    def surface(self) -> str:
        return self.q.text


def _date(s: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def prepare(claims: Iterable[Claim], texts: Optional[Mapping[str, str]] = None,
            rounding: Optional[str] = None, meta: Optional[Mapping[str, Mapping]] = None,
            settings: Settings = DEFAULTS) -> list[Item]:
    """Items in article order, with sentence ranks per article (``rounding`` overrides ``settings.rounding``)."""
    if rounding is not None and rounding != settings.rounding:
        settings = replace(settings, rounding=rounding)
    items = []
    texts_of = texts or {}
    claims = [facts.signed_by_words(facts.changed_by_words(facts.by_convention(facts.signed_by_value(
                  facts.completed_by_unit(facts.unit_spelled(c)))),
                                                           texts_of.get(c.article_id)))
              for c in claims]
    claims = [facts.narrowed_by_words(c, texts_of.get(c.article_id)) for c in claims]
    claims = adopt_agreeing_currencies(claims)  # "Rs" an article does not decide: its agreeing figures' rupee
    claims = adopt_agreeing_owners(claims)  # "The country's exports": the owner its agreeing figures elsewhere name
    claims = adopt_agreeing_periods(claims)  # "$331m" read over July-March where two outlets give it for March
    for claim in facts.compared_measures(facts.borrow_measures(claims, texts), texts):
        # the basis and plan status the words state, on the measure read so far
        claim = facts.planned_by_words(facts.based_by_words(claim, texts_of.get(claim.article_id)),
                                       texts_of.get(claim.article_id))
        claim = facts.as_level(claim)  # "CPI rose 11.8%" is inflation of 11.8%
        metric, status, basis = facts.split_marks(claim.metric)  # the fact identity's marks
        period = claim.period
        items.append(Item(claim, interval(claim.quantity.to_dict(), settings=settings), metric, status, basis,
                          _date(period.start) if period else None, _date(period.end) if period else None,
                          text=(texts or {}).get(claim.article_id),
                          meta=(meta or {}).get(claim.article_id) or {}))
    items.sort(key=lambda i: (i.claim.article_id, i.q.start))
    anchor_periods(items, settings)
    mark_sole_percents(items)
    mark_sole_amounts(items)
    mark_twins(items)
    for _, group in by_article(items).items():
        starts = sorted({i.claim.sentence_start for i in group})
        for i in group:
            i.sentence_no = starts.index(i.claim.sentence_start)
    return items


def mark_sole_percents(items: Sequence[Item]) -> None:
    """Mark a dated percent whose written digits no other percent of its article repeats for the same
    period, subject and kind of change (``facts.SOLE_PERCENT``): such a figure may vouch for a
    measure another outlet words differently (:func:`facts.percents_vouch`)."""
    _mark_alone(items, lambda i: i.claim.kind == "percent", facts.SOLE_PERCENT)


def mark_sole_amounts(items: Sequence[Item]) -> None:
    """Mark a dated amount or count that no figure of another measure in its article meets for the
    same period, subject, unit and kind of change (``facts.SOLE_AMOUNT``): "imports of $66.05 billion"
    in an article whose other December figures are all far from it may vouch for another outlet's
    "$66 bn of inbound shipments" (:func:`facts.amounts_vouch`). A repeat of the figure under its own
    measure ("imports … $66bn") does not count against it."""
    _mark_alone(items, lambda i: i.claim.kind != "percent", facts.SOLE_AMOUNT)


def _mark_alone(items: Sequence[Item], kind, mark: str) -> None:
    for article in by_article(items).values():
        for i in article:
            if i.dated and kind(i) and _alone_near(i, article, same_period=True):
                i.claim = i.claim.with_fields(extra={**(i.claim.extra or {}), mark: True})


def mark_twins(items: Sequence[Item]) -> None:
    """Mark the claims whose sentence states another value of the same fact (same measure,
    subject, period, change and unit, readings that cannot meet): "remittances were $437.5
    million and $407 million in January and February, respectively" read with one month for
    both, "exports fell 10 per cent in value and 11 per cent in quantity". Which figure is which
    fact is not known, so a conflict of a twin with a figure elsewhere stays undetermined."""
    by_sentence: dict[tuple, list[Item]] = {}
    for i in items:
        by_sentence.setdefault((i.claim.article_id, i.claim.sentence_start), []).append(i)
    for group in by_sentence.values():
        for a, b in combinations(group, 2):
            if a.signed.meets(b.signed) or facts.named_revision(a.claim, b.claim):
                continue  # two vintages named as such are known apart: "revised to 6.1% from 5.8%"
            if facts.same_fact(a.claim, b.claim, missing_subject_ok=True) is True:
                a.twin = b.twin = True


@lru_cache(maxsize=65536)  # asked of the same few thousand surfaces millions of times when periods are anchored
def significant_digits(text: str) -> int:
    match = re.search(r"\d[\d,]*(?:\.\s*\d+)?", text)  # "$4.\n\n514 billion": a broken figure, read whole
    return len(re.sub(r"[,.\s]", "", match.group()).lstrip("0")) if match else 0


def anchor_periods(items: Sequence[Item], settings: Settings = DEFAULTS) -> None:
    """Date the period phrases of an article that has no publication date ("the review period",
    "the same period of the previous year" stay without dates) from another article that reports
    one of its figures: the same measure, subject, unit and change with exactly the same written
    value (at least ``settings.anchor_digits`` significant digits) and a dated period. Every claim of the
    article with that period phrase then gets those dates; a phrase two anchors disagree on stays
    undated. The claim's ``period`` is replaced, the item remembers the anchor."""
    from extractor.contract import Period

    unsure = undate_unsure_calendars(items)
    dated: dict[tuple, list[Item]] = {}
    for i in items:
        if i.dated:
            dated.setdefault((i.claim.kind, i.q.unit, i.q.value, i.claim.change), []).append(i)
    spans: dict[tuple, set] = {}
    anchors: dict[tuple, Item] = {}
    for u in items:
        if u.dated or u.claim.period is None or not u.claim.period.text or u.measure is None:
            continue
        for d in dated.get((u.claim.kind, u.q.unit, u.q.value, u.claim.change), []):
            # the digits written in either: "18 percent" is dated by another outlet's "18.0 percent"
            if max(significant_digits(u.q.text), significant_digits(d.q.text)) < settings.anchor_digits:
                continue
            # a fiscal phrase of an article naming no country has no owner to compare: unknown, not another
            owners = facts.actors_meet(u.claim.subject, d.claim.subject)
            if (d.claim.article_id != u.claim.article_id and facts.same_measure(u.measure, d.measure)
                    and (owners or (owners is None and u.id in unsure and u.claim.subject is None))
                    and (u.claim.counterparty is None) == (d.claim.counterparty is None)):
                key = (u.claim.article_id, u.claim.period.text.strip().lower())
                spans.setdefault(key, set()).add((d.start, d.end))
                anchors.setdefault(key, d)
    # A figure that matches a dated one only by rounding ("Rs 116 billion" for Rs 116.15 billion;
    # "9.6 percent" for 9.63 per cent) is weaker evidence: a phrase no identical figure dates
    # takes the dates when anchor_rounded_figures of its figures match so, all on one period.
    rounded: dict[tuple, set] = {}
    rounded_by: dict[tuple, set] = {}
    for u in items:
        if u.dated or u.claim.period is None or not u.claim.period.text or u.measure is None:
            continue
        key = (u.claim.article_id, u.claim.period.text.strip().lower())
        if key in spans:
            continue
        for d in items:
            if not d.dated or d.claim.article_id == u.claim.article_id or not _rounds_to(u, d, settings):
                continue
            if ((d.claim.kind, d.q.unit, d.claim.change) == (u.claim.kind, u.q.unit, u.claim.change)
                    and facts.same_measure(u.measure, d.measure) and facts.actors_meet(u.claim.subject, d.claim.subject)
                    and (u.claim.counterparty is None) == (d.claim.counterparty is None)):
                rounded.setdefault(key, set()).add((d.start, d.end))
                rounded_by.setdefault(key, set()).add(u.id)
                anchors.setdefault(key, d)
    for key, found in rounded.items():
        if len(rounded_by[key]) >= settings.anchor_rounded_figures:
            spans[key] = found
    for i in items:
        if i.dated or i.claim.period is None or not i.claim.period.text:
            continue
        key = (i.claim.article_id, i.claim.period.text.strip().lower())
        if len(spans.get(key, ())) != 1:
            continue
        (start, end), = spans[key]
        i.start, i.end, i.anchor = start, end, anchors[key]
        i.claim = i.claim.with_fields(period=Period(i.claim.period.text, start.isoformat(), end.isoformat()))
    date_by_publication_days(items)
    date_by_article_calendar(items, unsure)
    # "Rs 30.89 billion in the review period, up from Rs 13.37 billion in the previous year": a phrase
    # naming the year before (no year written) beside a period the anchor dated is that period a
    # year earlier.
    by_sentence: dict[tuple, list[Item]] = {}
    for i in items:
        by_sentence.setdefault((i.claim.article_id, i.claim.sentence_start), []).append(i)
    for group in by_sentence.values():
        anchored = {(i.start, i.end) for i in group if i.anchor is not None and i.dated}
        if len(anchored) != 1:
            continue
        (start, end), = anchored
        ref = next(i for i in group if i.anchor is not None and i.dated)
        for u in group:
            if u.dated or u.claim.period is None or not _YEAR_BEFORE.search(u.claim.period.text or "") \
                    or re.search(r"\d", u.claim.period.text):
                continue
            u.start, u.end = _year_earlier(start), _year_earlier(end)
            u.anchor, u.year_before = ref.anchor, True
            u.claim = u.claim.with_fields(period=Period(u.claim.period.text, u.start.isoformat(), u.end.isoformat()))
    # A figure without a period (a headline) that repeats a figure of its own article: the same
    # measure, subject, unit, change and written value, with one dated period among the repeats.
    for article_items in by_article(items).values():
        for u in article_items:
            if u.dated or u.measure is None:
                continue
            same = [d for d in article_items if d.dated and d is not u and d.q.value == u.q.value
                    and (d.claim.kind, d.q.unit, d.claim.change) == (u.claim.kind, u.q.unit, u.claim.change)
                    and facts.same_measure(u.measure, d.measure)
                    and facts.actors_meet(u.claim.subject, d.claim.subject) is not False]
            if len({(d.start, d.end) for d in same}) != 1:
                continue
            d = same[0]
            u.start, u.end, u.anchor = d.start, d.end, d
            text = u.claim.period.text if u.claim.period and u.claim.period.text else d.claim.period.text
            u.claim = u.claim.with_fields(period=Period(text, d.start.isoformat(), d.end.isoformat()))
    date_unstated_periods(items, settings)


def date_unstated_periods(items: Sequence[Item], settings: Settings = DEFAULTS) -> None:
    """A figure its article gives no period at all ("Defence gets Rs 3.42 trillion" in a budget
    story) takes the period of the same figure in another article: the same measure, subject,
    counterparty, unit, change, plan and basis marks, and a value written alike with
    ``settings.anchor_digits`` significant digits in either, or one rounding the other, both with
    ``anchor_digits`` ("Rs 24.61 trillion" and "Rs24,612bn"; never "£1.1bn" for £1.08bn); every such figure
    elsewhere names one period, and its own article gives that period no other value of the
    measure (then it is likelier another period's: "imports of $54.41 billion compared with $54.43
    billion"). A figure with a period phrase it could not date is left to
    :func:`anchor_periods` (its phrase may name another time)."""
    from extractor.contract import Period

    dated: dict[tuple, list[Item]] = {}
    for i in items:
        if i.dated:
            dated.setdefault((i.claim.kind, i.q.unit, i.claim.change), []).append(i)
    articles = by_article(items)
    for u in items:
        if u.dated or u.claim.period is not None or u.measure is None:
            continue
        # readings that meet first: a cheap test every figure written alike passes
        matches = [d for d in dated.get((u.claim.kind, u.q.unit, u.claim.change), [])
                   if d.claim.article_id != u.claim.article_id and d.readings.meets(u.readings)
                   and _written_alike(u, d, settings)
                   and (u.status, u.basis) == (d.status, d.basis)
                   and facts.same_owner(u.claim.counterparty, d.claim.counterparty)
                   and (facts.same_measure(u.measure, d.measure) is True
                        and facts.same_owner(u.claim.subject, d.claim.subject)
                        or _vouched_alone(u, d, articles, settings))]
        if len({(d.start, d.end) for d in matches}) != 1:
            continue
        d = matches[0]
        if any(o.dated and (o.start, o.end) == (d.start, d.end) and not o.readings.meets(u.readings)
               for o in dated.get((u.claim.kind, u.q.unit, u.claim.change), [])
               if o.claim.article_id == u.claim.article_id and facts.same_measure(u.measure, o.measure) is True):
            continue  # its article gives that period another value: "$54.41 billion compared with $54.43 billion"
        u.start, u.end, u.anchor = d.start, d.end, d
        u.claim = u.claim.with_fields(period=Period(d.claim.period.text, d.start.isoformat(), d.end.isoformat()))


def _vouched_alone(u: Item, d: Item, articles: dict, settings: Settings) -> bool:
    """Figures written alike vouch for measures (and an owner) their words leave apart, as
    :func:`facts.figures_vouch` and :func:`facts.percents_vouch` have them for two dated figures,
    when the undated one is alone near its value in its whole article and the dated one alone near
    its value for its period in its own ("Revenue rose to $14.8bn" in a story with no period beside
    "third-quarter revenue of $14.82 billion"). A percent needs ``settings.anchor_digits`` digits
    here: with no period to share, two digits meet too many figures."""
    percent = u.claim.kind == "percent"
    if percent and significant_digits(u.q.text) < settings.anchor_digits:
        return False
    if not (_alone_near(u, articles[u.claim.article_id], same_period=False)
            and _alone_near(d, articles[d.claim.article_id], same_period=True)):
        return False
    if not _tell_one_story(articles[u.claim.article_id], articles[d.claim.article_id], u, d, settings):
        return False  # two stories may give one value by chance; with no period to share, nothing tells them apart
    mark = facts.SOLE_PERCENT if percent else facts.SOLE_AMOUNT
    a = u.claim.with_fields(period=d.claim.period, extra={**(u.claim.extra or {}), mark: True})
    b = d.claim.with_fields(extra={**(d.claim.extra or {}), mark: True})
    vouch = facts.percents_vouch if percent else facts.figures_vouch
    return vouch(a, b, u.measure, d.measure)


def _tell_one_story(a: Sequence[Item], b: Sequence[Item], u: Item, d: Item, settings: Settings) -> bool:
    """Whether two articles report one story: besides ``u`` and ``d``, they give one other figure written
    alike under one measure, or two other values written alike whatever their measures. One shared
    value is not enough: a budget story and a tax story both cite the year's revenue target."""
    shared, measured = set(), False
    for x in a:
        for y in b:
            if x is u or y is d or x.q.value == u.q.value \
                    or (x.claim.kind, x.q.unit, x.claim.change) != (y.claim.kind, y.q.unit, y.claim.change) \
                    or not x.readings.meets(y.readings) or not _written_alike(x, y, settings):
                continue
            shared.add(x.q.value)
            measured = measured or facts.same_measure(x.measure, y.measure) is True
            if measured or len(shared) >= 2:
                return True
    return False


def _alone_near(i: Item, article: Sequence[Item], same_period: bool) -> bool:
    """No other figure of the article meets the item's value for its subject and kind of change (for
    its period when ``same_period``): a percent, no other percent with its written digits; an amount
    or count, no figure of its unit and another measure within its readings (a repeat under its own
    measure does not count). The test behind the sole marks and :func:`_vouched_alone`."""
    owner = facts.canonical_actor(i.claim.subject)
    percent = i.claim.kind == "percent"
    measured = facts.measure(i.claim.metric)
    for j in article:
        if j is i or (j.claim.kind, j.claim.change) != (i.claim.kind, i.claim.change) \
                or facts.canonical_actor(j.claim.subject) != owner or (same_period and (j.start, j.end) != (i.start, i.end)):
            continue
        if percent:
            if facts.written_digits(j.q.text) == facts.written_digits(i.q.text):
                return False
        elif j.q.unit == i.q.unit and j.readings.meets(i.readings) \
                and facts.same_measure(measured, facts.measure(j.claim.metric)) is not True:
            return False
    return True


def _written_alike(a: Item, b: Item, settings: Settings) -> bool:
    """The same written value with ``anchor_digits`` significant digits in either, or one rounding
    the other (:func:`_rounds_to`)."""
    if a.q.value == b.q.value:
        return max(significant_digits(a.q.text), significant_digits(b.q.text)) >= settings.anchor_digits
    # a rounder figure ("£1.1bn") could be another near figure of the story (an expected £1.08bn)
    return min(significant_digits(a.q.text), significant_digits(b.q.text)) >= settings.anchor_digits \
        and _rounds_to(a, b, settings)


def date_by_publication_days(items: Sequence[Item]) -> None:
    """An article without a publication date whose phrases other articles' figures dated: its other
    relative phrases read as of the days those dates allow (``article_days``), when every such day
    reads them alike ("the first month of the current fiscal year" beside an anchored "last month");
    when no anchored phrase tells the day, as of the latest day they name. Each item so dated takes the anchor of the article's first anchored phrase."""
    from extractor.contract import Period

    for group in by_article(items).values():
        if any(i.meta.get("published") for i in group):
            continue  # the extractor read the article's phrases as of its own date
        anchored = [i for i in group if i.anchor is not None and i.dated]
        if not anchored:
            continue
        calendar = _calendar_reader(group[0].text)
        days = article_days.possible_days((i.claim.period.text, calendar(i.claim.subject), (i.start, i.end))
                                          for i in anchored if i.claim.period and i.claim.period.text)
        reference = max(i.end for i in anchored)
        for u in group:
            if u.dated or u.claim.period is None or not u.claim.period.text:
                continue
            if days:
                dates = article_days.read_on(u.claim.period.text, calendar(u.claim.subject), days)
            else:
                dates = article_days.read_by_reference(u.claim.period.text, calendar(u.claim.subject), reference)
            if dates is None:
                continue
            u.start, u.end, u.anchor = dates[0], dates[1], anchored[0].anchor
            u.claim = u.claim.with_fields(period=Period(u.claim.period.text, u.start.isoformat(), u.end.isoformat()))


#: A period phrase naming a fiscal period: "FY31", "2QFY23", "the current fiscal year", "fiscal 2029/30".
_FISCAL_PHRASE = re.compile(r"FY|\b[Ff]iscal\b")


def undate_unsure_calendars(items: Sequence[Item]) -> dict[str, tuple]:
    """Leave undated, for now, the fiscal phrases of a dated article that names no country (nor
    does its address or outlet) whose subject fixes no calendar: the extractor read "FY31" in the
    calendar year for want of one; and the phrases read from a governing period ("the year-ago
    period" beside "Q2FY27"), which may have been a fiscal one. Returns claim id -> the dates
    taken away, which :func:`date_by_article_calendar` gives back unless other outlets' figures
    rule the calendar year out."""
    from extractor import periods
    from extractor.publishers import publisher_country
    from extractor.contract import Period

    taken: dict[str, tuple] = {}
    for group in by_article(items).values():
        meta, text = group[0].meta, group[0].text
        if not meta.get("published") or not text:
            continue
        if periods.article_country(text, fallback=publisher_country(meta.get("url"), meta.get("outlet"))):
            continue
        for i in group:
            p = i.claim.period
            if not i.dated or p is None or periods.calendar_country(i.claim.subject, None) is not None:
                continue
            if not _FISCAL_PHRASE.search(p.text or "") and not article_days.derived(p.text or ""):
                continue
            taken[i.id] = (i.start, i.end, p)
            i.start = i.end = None
            i.claim = i.claim.with_fields(period=Period(p.text, None, None))
    return taken


def date_by_article_calendar(items: Sequence[Item], taken: Mapping[str, tuple]) -> None:
    """The phrases :func:`undate_unsure_calendars` left undated: those another outlet's figure
    dated keep those dates; the others are read in the calendars the dated ones allow
    (``article_days.possible_calendars``) when all of them read the phrase alike; else they get
    the extractor's dates back, unless the calendar year is ruled out (then they stay undated:
    two rows rather than one wrong merge)."""
    from extractor import periods
    from extractor.contract import Period

    if not taken:
        return
    for group in by_article(items).values():
        unsure = [i for i in group if i.id in taken]
        if not unsure:
            continue
        published = _date(group[0].meta.get("published"))
        anchored = [(i.claim.period.text, (i.start, i.end)) for i in unsure if i.dated and i.anchor is not None]
        calendars = article_days.possible_calendars(anchored, published) if published else []
        # the extractor's reading stands unless the anchored phrases rule the calendar year out
        keep = not calendars or periods.CALENDAR_YEAR in calendars
        for i in unsure:
            if i.dated:
                continue
            dates = article_days.read_in(i.claim.period.text, calendars, published) if calendars else None
            if dates is None and not keep:
                continue  # "the year-ago period" of a fiscal quarter: left to the year-before rule below
            if dates is None:  # the extractor's reading back
                i.start, i.end, period = taken[i.id]
            else:
                i.start, i.end = dates
                period = Period(i.claim.period.text, i.start.isoformat(), i.end.isoformat())
                # the figure whose dates told the calendar: the series names it as the report's period_from
                i.anchor = next(u.anchor for u in unsure if u.dated and u.anchor is not None)
            i.claim = i.claim.with_fields(period=period)


def _calendar_reader(text: Optional[str]):
    """subject -> the fiscal calendar its figures follow: the subject's country's, else that of the
    country the article is about (``periods.calendar_country``)."""
    from extractor import periods

    country = periods.article_country(text) if text else None
    return lambda subject: periods.calendar_of(periods.calendar_country(subject, country))


#: A period phrase naming the same period a year before: "the previous year", "the same month of
#: the previous year", "the corresponding period of the last fiscal year", "a year earlier".
_YEAR_BEFORE = re.compile(r"\b(?:(?:previous|last|preceding|past)\s+(?:fiscal\s+)?year|a\s+year\s+(?:earlier|ago|before)|"
                          r"year[- ]ago)\b", re.I)


def _year_earlier(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def _rounds_to(a: Item, b: Item, settings: Settings) -> bool:
    """Two exact figures of different written values, one of which rounds or truncates to the
    other: the more precise one has ``settings.anchor_digits`` significant digits or more and lies
    inside the readings of the other ("116.15" and "116"; "9.63" and "9.6")."""
    if a.q.value == b.q.value or a.q.qualifier != "exact" or b.q.qualifier != "exact":
        return False
    fine, coarse = sorted((a, b), key=lambda i: -significant_digits(i.q.text))
    if significant_digits(fine.q.text) <= significant_digits(coarse.q.text):
        return False
    if significant_digits(fine.q.text) < settings.anchor_digits:
        return False
    return coarse.readings.lo <= fine.q.value <= coarse.readings.hi


def by_article(items: Iterable[Item]) -> dict[str, list[Item]]:
    out: dict[str, list[Item]] = {}
    for item in items:
        out.setdefault(item.claim.article_id, []).append(item)
    return out


