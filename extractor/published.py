"""The publication date of an article that came without one, from its header line or dateline.

claims.md allows inferring ``published`` from "date 2022-07-02" or "Washington DC, 23 August 2022",
and asks the claims to say so (``published_inferred``). dateparser reads the date itself.
"""
from __future__ import annotations

import re
import warnings
from typing import Optional

from extractor import lexicons

# Month names and abbreviations: the periods lexicon's (extractor/data/periods.json).
_MONTH = rf"(?:{lexicons.alternation((m.capitalize() for m in lexicons.load('periods')['months']), boundary=False)})\.?"
_HEADER = re.compile(r"\A\s*(?:date|published|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_DATELINE = re.compile(
    rf"\A\s*[A-Z][\w .'-]{{1,40}},\s*((?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})|(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}))\s*(?:\(|:|-|–|—)")


# a dateline with a day or an agency's code: the city in capitals, then its colon or dash
# ("SAN FRANCISCO, Oct 29 (TW) -", "ISLAMABAD, April 17 (PAW):"); a city alone ("KARACHI:") is not one
# here (api.article_pieces keeps it in the parse; metric_head.is_dateline knows it)
_CITY_AND_DAY = (rf"\A\s*[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){{0,3}}"
                 rf"(?P<day>\s*,\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?)?")
_DATELINE_PREFIX = re.compile(rf"{_CITY_AND_DAY}(?P<agency>\s*\([A-Za-z][\w .&-]{{0,30}}\))?\s*[:—–-]")
# the agency in the dateline's brackets, whatever follows it ("NEW DELHI, Nov 1 (PSI) Gross GST collections")
_DATELINE_AGENCY = re.compile(rf"{_CITY_AND_DAY}\s*\((?P<name>[A-Z][\w.&-]{{1,24}}(?:\s[A-Z][\w.&-]*){{0,3}})\)")


def dateline_end(text: str) -> int:
    """Where a dateline with a day or an agency opening ``text`` ends (0 if none): its city, day and
    agency name nobody's figure."""
    m = _DATELINE_PREFIX.match(text)
    return m.end() if m and (m.group("day") or m.group("agency")) else 0


def dateline_agency(text: str) -> Optional[str]:
    """The news agency a dateline names ("NEW DELHI, Nov 1 (PSI)", "DHAKA (Reuters)"), or None."""
    m = _DATELINE_AGENCY.match(text)
    return m.group("name") if m else None


def dateline_span(text: str) -> Optional[tuple[int, int]]:
    """Offsets of the date in a header line or dateline: a dateline names no period of any figure."""
    m = _HEADER.search(text[:200]) or _DATELINE.search(text[:200])
    return (m.start(1), m.end(1)) if m else None


def infer_published(text: str) -> Optional[str]:
    """ISO date from the header line or dateline at the start of ``text``, or None."""
    m = _HEADER.search(text[:200])
    if m:
        return m.group(1)
    m = _DATELINE.search(text[:200])
    if not m:
        return None
    import dateparser  # only articles with a dateline and no date pay for loading it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(m.group(1), languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None
