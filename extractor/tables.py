"""Run-together tables: the cells of a statistics table flattened into text, read as claims.

A release's table survives in a news page as one run of words and numbers ("Table 1: Trade
during Ruritania 2023* Ruritania 2023 (USD Billion) Ruritania 2022 (USD Billion) Growth vs.
Ruritania 2022 (%) Merchandise Exports 12.34 11.00 12.18 Imports …"). Each number is a claim
(gold/sa-dev-decisions.md, group C "Table cells are claims", "Trade balance rows keep their
sign", and the harmonised signed figures): the surface is the bare number; unit and scale come
from the column header (or one header for the whole table); the period from the column; the
metric from the row label and its section; the sentence is the whole table line.

A region is read as a table only when all of this holds (anything else is left alone):

- a header: period phrases and unit marks close together ("(USD Billion)", "(%)"), either one
  unit mark per column (each column's period is the last period phrase before its mark), or
  one money unit mark followed by one period phrase per column (a growth column "Growth (%)"
  counts as one);
- right after the header, at least ``MIN_ROWS`` rows, each a short label of words followed by
  exactly as many plain numbers as the header has columns (at least two);
- every money column has a period phrase and the header names a currency.

One job: from the text and its period phrases to :class:`Cell` s; :func:`cell_claim` turns a
cell into a claim with the article's subject and source (extractor.claims calls both).
"""
from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from extractor import periods
from extractor.numbers import scale_words, short_scales
from extractor.contract import Claim, Period, Quantity
from extractor.quantities import find_pattern_quantities

MIN_ROWS = 2  # a table has two rows at least: one "label 1 2" pair is no table
MAX_LABEL_TOKENS = 8  # a row label is short ("Overall Trade (Merchandise + Services)* Exports")
MAX_HEADER_GAP = 40  # characters between two header items (a column's words: "Growth vs.")

# A unit mark in a header: "(USD Billion)", "(Rs. in crore)", "(in US$ mn)", "(%)", "(per cent)".
_UNIT_MARK = re.compile(r"\(\s*(?:in\s+)?(?P<unit>[^()\d]{1,30}?)\s*\)")
_PERCENT = re.compile(r"(?i)^(?:%|per\s?cent|percent|pc|%\s*change|change\s*%|y-?o-?y\s*%|%\s*y-?o-?y)$")


@lru_cache(maxsize=1)
def _scale() -> str:
    """A scale word of a header, from the extractor's scale table (``extractor/data/scales.json``):
    every word ("billion", "lakh crore") and every short form of two letters or more ("bn", "mln",
    "cr"); one letter ("m", "b") is too loose inside brackets. Longest first."""
    words = set(scale_words()) | {w for w in short_scales() if len(w) > 1}
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _money_unit_re() -> "re.Pattern":
    """A money header: a currency, then "in" and a scale at most ("USD Billion", "Rs. in crore")."""
    return re.compile(rf"(?i)^(?P<currency>[^\d]{{1,12}}?)\.?\s*(?:in\s+)?(?P<scale>{_scale()})?$")


@lru_cache(maxsize=1)
def _gate() -> "re.Pattern":
    """A bracketed unit mark anywhere in the text: no table without one."""
    return re.compile(rf"(?i)\(\s*(?:in\s+)?[^()\d]{{0,14}}(?:{_scale()}|%|per\s?cent|percent)\s*\)")


# A cell: a plain signed number, with a footnote mark or a percent sign at most ("12.34", "-3.21",
# "1,204.5", "7.1*", "-2.4%"), or a mark for no figure ("-", "NA").
_NUMBER = re.compile(r"[-−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?[*#]?")
_EMPTY = re.compile(r"[-–—]|N\.?A\.?|n\.a\.")
_TOKEN = re.compile(r"\S+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_YEAR = re.compile(r"(?:19|20)\d\d")
_GROWTH = re.compile(r"(?i)\b(?:growth|change|vs|versus|over|against|compared|y-?o-?y|yoy)\b")
_SHARE = re.compile(r"(?i)\bshare\b")
# The last words of a section name that its rows repeat or that only say "these flows":
# "Overall Trade" + "Exports" → "overall exports", "Overall Trade" + "Trade Balance" → "overall trade balance".
_SECTION_FILLERS = ("trade",)
# Row heads that tell a section's first row apart from its section ("Merchandise Exports" over "Imports").
_ROW_HEADS = frozenset("exports imports receipts payments inflows outflows revenue expenditure".split())


@dataclass(frozen=True)
class Column:
    """A column of a table: a money column (``unit``, ``scale``) of a period, or a percent column."""

    head: int  # where its head starts in the text
    kind: str  # "money" or "percent"
    period: Optional[periods.PeriodMention]  # the column's period (a percent column: the table's current one)
    unit: str = "%"
    scale: float = 1.0
    growth: bool = False  # a percent column of growth ("Growth vs. Ruritania 2022 (%)")
    share: bool = False  # a percent column of shares ("Share (%)")


@dataclass(frozen=True)
class Cell:
    """One number of a table with what its row and column say about it."""

    start: int
    end: int
    kind: str
    value: float
    unit: str
    metric: str
    change: Optional[str]
    period: Optional[periods.PeriodMention]
    sentence_start: int
    sentence_end: int
    table_start: int  # where the table's header starts (its first column's head)


@dataclass(frozen=True)
class _Item:
    """A header item: a period phrase ("P"), a money unit mark ("U") or a percent mark ("%")."""

    kind: str
    start: int
    end: int
    mention: Optional[periods.PeriodMention] = None
    unit: str = ""
    scale: float = 1.0


def find_cells(text: str, mentions: Sequence[periods.PeriodMention], home: Optional[str] = None) -> list[Cell]:
    """Every cell of every run-together table in ``text`` (``mentions``: the text's period phrases,
    periods.find_periods; ``home``: the publisher's country, for a currency the text leaves open)."""
    if not _gate().search(text):
        return []  # no unit mark in parentheses: no table header
    items = _header_items(text, mentions, home)
    if not items:
        return []
    cells: list[Cell] = []
    done = 0  # where the last table ended: a header never reaches into a table before it
    for i, item in enumerate(items):
        if item.start < done or not _body_starts(text, item.end, items[i + 1].start if i + 1 < len(items) else len(text)):
            continue  # not the last header item before a row
        chain = _chain(items, i, done)
        rows = _rows(text, item.end)
        if len(rows) < MIN_ROWS:
            continue
        columns = _columns(text, chain, len(rows[0][1]))
        if columns is None:
            continue
        table = _cells(text, rows, columns)
        if table:
            cells += table
            done = rows[-1][1][-1].end()
    return cells


def cell_claim(cell: Cell, article_id: str, ctx, published_inferred: bool = False) -> Claim:
    """The claim of a table cell: subject the article's country, source the one the passage carries
    (the body whose release the table belongs to), period the column's (extractor.context)."""
    subject = ctx.country
    para = ctx.paragraph(cell.start)
    source = ctx.carried_source(para, None, subject)
    if source is not None:
        ctx.stated_source(source, para, words=(), named=False, subject=subject)
    period = None
    if cell.period is not None:
        context = periods.Context(published=ctx.published, calendar=ctx.calendar(subject))
        dates = cell.period.resolve(context)
        if dates and cell.kind == "money":
            dates = periods.as_stock(dates)
        period = Period(cell.period.text, *((d.isoformat() for d in dates) if dates else (None, None)))
    quantity = Quantity(text=ctx.text[cell.start:cell.end], start=cell.start, end=cell.end, value=cell.value,
                        unit=cell.unit)
    extra = {"published_inferred": True} if published_inferred else {}
    return Claim(article_id=article_id, kind=cell.kind, quantity=quantity, sentence_start=cell.sentence_start,
                 sentence_end=cell.sentence_end, change=cell.change, metric=cell.metric, subject=subject,
                 counterparty=None, period=period, source=source, extra=extra)


def table_regions(cells: Sequence[Cell]) -> list[tuple[int, int]]:
    """The stretch of text each table takes, from its first column's head to its last cell: what
    the other readers (quantities, counts, period phrases) leave to the table."""
    spans: dict[int, int] = {}
    for c in cells:
        spans[c.table_start] = max(spans.get(c.table_start, c.end), c.end)
    return sorted(spans.items())


# --- the header -------------------------------------------------------------------------------

def _header_items(text: str, mentions, home: Optional[str]) -> list[_Item]:
    """The period phrases and unit marks of the text, in order."""
    # every phrase of a time span, also a base ("Growth vs. April-June 2030"); no shifts or horizons
    items = [_Item("P", m.start, m.end, mention=m) for m in mentions if m.rule.kind == "period"]
    units: dict[str, Optional[tuple[str, float]]] = {}
    for m in _UNIT_MARK.finditer(text):
        unit = " ".join(m.group("unit").split())
        if _PERCENT.match(unit):
            items.append(_Item("%", m.start(), m.end(), unit=unit))
            continue
        if unit not in units:
            units[unit] = _money_unit(text, unit, home)
        money = units[unit]
        if money is not None:
            items.append(_Item("U", m.start(), m.end(), unit=money[0], scale=money[1]))
    items.sort(key=lambda it: it.start)
    # a period phrase inside a unit mark is the mark's ("(USD Billion, 2023)" is not read)
    return [it for n, it in enumerate(items)
            if not any(o.kind != "P" and o.start <= it.start and it.end <= o.end for o in items[max(0, n - 2):n + 3]
                       if o is not it)]


def _money_unit(text: str, unit: str, home: Optional[str]) -> Optional[tuple[str, float]]:
    """(currency, scale) of a unit mark ("USD Billion" → USD, 1e9), read as the extractor reads money
    in this article (its countries decide a shared "Rs" or "$"); None for anything else."""
    m = _money_unit_re().match(unit)
    if m is None or not m.group("scale") or not m.group("currency").strip(" ."):
        return None  # a table's money header names its scale: "(USD Billion)", "(Rs. crore)"
    probe = f"{m.group('currency').strip()} 1 {m.group('scale').lower()}"
    lead = f"{text}\n\nThe header reads: "  # the article's countries decide, its last figure stays apart
    found = [f for f in find_pattern_quantities(lead + probe, home) if f.start >= len(lead)]
    if len(found) != 1 or found[0].kind != "money" or (found[0].start, found[0].end) != (len(lead), len(lead) + len(probe)):
        return None
    return found[0].unit, found[0].value


def _body_starts(text: str, start: int, next_item: int) -> bool:
    """Whether a row label and its first number come after ``start`` before the next header item."""
    label = 0
    for m in _TOKEN.finditer(text, start, next_item):
        if _is_cell(m.group()):
            return label > 0
        label += 1
        if label > MAX_LABEL_TOKENS:
            return False
    return False


def _chain(items: list[_Item], last: int, floor: int) -> list[_Item]:
    """The header items that end at ``items[last]``: each at most ``MAX_HEADER_GAP`` characters after
    the one before, none in a table before (``floor``)."""
    chain = [items[last]]
    for it in reversed(items[:last]):
        if it.start < floor or chain[0].start - it.end > MAX_HEADER_GAP:
            break
        chain.insert(0, it)
    return chain


def _columns(text: str, chain: list[_Item], n: int) -> Optional[list[Column]]:
    """The ``n`` columns the header names, or None when it does not name exactly ``n``."""
    if n < 2:
        return None
    return _marked_columns(text, chain, n) or _unit_columns(text, chain, n)


def _marked_columns(text: str, chain: list[_Item], n: int) -> Optional[list[Column]]:
    """One unit mark per column, each column's period before its mark: "Ruritania 2023 (USD
    Billion) Ruritania 2022 (USD Billion) Growth vs. Ruritania 2022 (%)"."""
    marks = [k for k, it in enumerate(chain) if it.kind != "P"]
    if len(marks) >= n and chain[-1].kind != "P":
        columns, previous = [], marks[-n - 1] if len(marks) > n else -1
        current = None
        for k in marks[-n:]:
            own = [it for it in chain[previous + 1:k] if it.kind == "P"]
            head = text[chain[previous].end if previous >= 0 else chain[0].start:chain[k].start]
            if chain[k].kind == "U":
                if not own:
                    return None
                columns.append(Column(own[-1].start, "money", own[-1].mention, chain[k].unit, chain[k].scale))
                current = current or own[-1].mention
            else:
                columns.append(_percent_column(chain[k].start, head + " " + chain[k].unit, None))
            previous = k
        if any(c.kind == "money" for c in columns):
            return [c if c.kind == "money" else _percent_column(c.head, "", current, c.growth, c.share)
                    for c in columns]
    return None


def _unit_columns(text: str, chain: list[_Item], n: int) -> Optional[list[Column]]:
    """One money unit mark for the table, then a period phrase per column (a growth column's
    base period and mark count as one): "Trade (USD Billion) Ruritania 2023 Ruritania 2022 Growth (%)"."""
    money = [k for k, it in enumerate(chain) if it.kind == "U"]
    if not money:
        return None
    unit = chain[money[-1]]
    heads: list[tuple[_Item, int]] = []  # a column's item and where its head's words start
    edge = unit.end
    for it in chain[money[-1] + 1:]:
        if it.kind == "U":
            return None
        start = edge
        if it.kind == "%" and heads and heads[-1][0].kind == "P" and _GROWTH.search(text[heads[-1][1]:heads[-1][0].start]):
            start = heads.pop()[1]  # "Growth vs. Ruritania 2022 (%)": the period is the growth's base
        heads.append((it, start))
        edge = it.end
    if len(heads) != n or not any(it.kind == "P" for it, _ in heads):
        return None
    current = next(it.mention for it, _ in heads if it.kind == "P")
    return [Column(unit.start if j == 0 else it.start, "money", it.mention, unit.unit, unit.scale) if it.kind == "P"
            else _percent_column(it.start, text[start:it.start] + " " + it.unit, current) for j, (it, start) in enumerate(heads)]


def _percent_column(start: int, head: str, current, growth: bool = False, share: bool = False) -> Column:
    """A percent column (its head's words and mark): growth when they say so ("Growth vs. …",
    "(% change)"), else a share or a level."""
    return Column(start, "percent", current, growth=growth or bool(_GROWTH.search(head)),
                  share=share or bool(_SHARE.search(head)))


# --- the rows ---------------------------------------------------------------------------------

def _rows(text: str, start: int) -> list[tuple[list[re.Match], list[re.Match]]]:
    """The rows after a header: (label tokens, number tokens), all with the first row's count of
    numbers; the table ends at the first stretch that is not such a row, or at a blank line."""
    rows: list[tuple[list[re.Match], list[re.Match]]] = []
    label: list[re.Match] = []
    numbers: list[re.Match] = []
    edge = start
    for m in _TOKEN.finditer(text, start):
        if _BLANK_LINE.search(text, edge, m.start()):
            break
        edge = m.end()
        if _is_cell(m.group()):
            if not label:
                break  # numbers without a label before them
            numbers.append(m)
            continue
        if numbers:
            rows.append((label, numbers))
            label, numbers = [], []
            if len(rows[-1][1]) != len(rows[0][1]):
                break
        label.append(m)
        if len(label) > MAX_LABEL_TOKENS:
            break
    if label and numbers:
        rows.append((label, numbers))
    n = len(rows[0][1]) if rows else 0
    kept = []
    for label, numbers in rows:
        if len(numbers) != n or not _is_label(label) or all(_YEAR.fullmatch(x.group()) for x in numbers) \
                or all(_EMPTY.fullmatch(x.group()) for x in numbers):
            break  # "Source: Ministry, 2023 2024": years are no row's cells
        kept.append((label, numbers))
    return kept


def _is_cell(token: str) -> bool:
    return bool(_NUMBER.fullmatch(token) or _EMPTY.fullmatch(token))


def _is_label(tokens: list[re.Match]) -> bool:
    """A row label: a few words with letters, none ending a clause ("said,", "rose." are prose)."""
    words = [t.group() for t in tokens]
    return any(re.search(r"[A-Za-z]{2,}", w) for w in words) and not any(
        re.search(r"[!?;:,\"“”]$", w) or (w.endswith(".") and len(w) > 5) for w in words)


def _cells(text: str, rows, columns: list[Column]) -> list[Cell]:
    """The cells of a table: metric of row and section, period and unit of the column; none when a
    money column holds a percent."""
    labels = [_clean(" ".join(t.group() for t in label)) for label, _ in rows]
    sentence_start = text.rfind("\n", 0, columns[0].head) + 1
    line_end = text.find("\n", rows[-1][1][-1].end())
    sentence_end = len(text) if line_end < 0 else line_end
    sections = _sections(labels)
    vintages = _vintages(text, columns)
    cells, section = [], None
    for (label, numbers), name in zip(rows, labels):
        own_section, row = sections.get(name, (None, name))
        section = own_section or section
        metric = _metric(section, row, has_sections=any(s for s, _ in sections.values()))
        for m, column in zip(numbers, columns):
            if _EMPTY.fullmatch(m.group()):
                continue
            surface = m.group().rstrip("*#")
            if surface.endswith("%") and column.kind == "money":
                return []
            number = Decimal(surface.rstrip("%").replace(",", "").replace("−", "-").replace("–", "-"))
            end = m.start() + len(surface)
            if column.kind == "money":
                vintage = vintages.get(column.head)
                cells.append(Cell(m.start(), end, "money", float(number * Decimal(column.scale)), column.unit,
                                  f"{metric} ({vintage})" if vintage and metric else metric, None, column.period,
                                  sentence_start, sentence_end, columns[0].head))
            else:
                change = ("increase" if number else None) if column.growth else None
                cell_metric = f"share of {metric}" if column.share and not column.growth else metric
                cells.append(Cell(m.start(), end, "percent", float(number), "%", cell_metric, change,
                                  column.period, sentence_start, sentence_end, columns[0].head))
    return cells


_VINTAGE_HEAD = re.compile(r"(?i)\s*\(\s*(?P<word>revised|provisional|final|preliminary|R|P)\s*\)")
_VINTAGE_WORDS = {"r": "revised", "p": "provisional"}


def _vintages(text: str, columns: list[Column]) -> dict[int, str]:
    """The vintage marks of money columns that give two vintages of one period ("2030-31 (Revised)
    2030-31 (Provisional)"): ``{column head: mark}``; a lone "(Provisional)" column is a status,
    not a mark (sa-dev decisions)."""
    marks = {}
    for c in columns:
        if c.kind == "money" and c.period is not None:
            found = _VINTAGE_HEAD.match(text, c.period.end)
            if found:
                word = found.group("word").lower()
                marks[c.head] = (c.period.text.lower(), _VINTAGE_WORDS.get(word, word))
    periods_marked: dict[str, set] = {}
    for period, mark in marks.values():
        periods_marked.setdefault(period, set()).add(mark)
    return {head: mark for head, (period, mark) in marks.items() if len(periods_marked[period]) > 1}


def _clean(label: str) -> str:
    """A label without footnote marks and asides: "Overall Trade (Merchandise + Services)*" → "Overall Trade"."""
    label = re.sub(r"\([^()]*\)", " ", label)
    label = re.sub(r"[*#†‡^]+", " ", label)
    return " ".join(label.split())


def _sections(labels: list[str]) -> dict[str, tuple[Optional[str], str]]:
    """(section, row) of each row label that opens a section. A table has sections when its rows
    repeat ("Imports" under goods and again under services): a label ending in a row another label
    ends in opens one ("Services Exports" beside "Merchandise Exports": section "Services", row
    "Exports"). A table of one section names it with its first row ("Merchandise Exports" above
    "Imports": both rows of trade flows)."""
    lowered = [x.lower().split() for x in labels]
    repeats = len(set(map(tuple, lowered))) < len(lowered)
    found = {}
    for label, words in zip(labels, lowered):
        others = [o for o in lowered if o != words]
        for k in range(1, len(words)):
            if repeats and any(o[-(len(words) - k):] == words[k:] for o in others if len(o) >= len(words) - k):
                found[label] = (" ".join(label.split()[:k]), " ".join(label.split()[k:]))
                break
        else:
            if len(words) > 1 and words[-1] in _ROW_HEADS and any(o[-1] in _ROW_HEADS for o in others):
                found[label] = (" ".join(label.split()[:-1]), label.split()[-1])
    return found


def _metric(section: Optional[str], row: str, has_sections: bool) -> str:
    """The measure of a row in its section: "Services" + "Exports" → "services exports"; a balance
    with no section is the whole table's ("overall trade balance", sa-dev decisions)."""
    row_words = row.lower().split()
    if section is None:
        if not has_sections and "balance" in row_words and "overall" not in row_words:
            return "overall " + " ".join(row_words)
        return " ".join(row_words)
    section_words = section.lower().split()
    if section_words and row_words and section_words[-1] == row_words[0]:
        section_words = section_words[:-1]  # "Overall Trade" + "Trade Balance"
    elif len(section_words) > 1 and section_words[-1] in _SECTION_FILLERS:
        section_words = section_words[:-1]  # "Overall Trade" + "Exports"
    return " ".join(section_words + row_words)
