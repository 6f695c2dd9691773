"""The country of a page's publisher, from its address or the outlet's name.

Light on purpose (no spaCy): the extractor asks it when the text names no country, and the
consistency checker asks it of articles whose fiscal calendar nothing in their text decides.
"""
from __future__ import annotations

import re
from typing import Optional

from extractor import lexicons
from extractor.names import _is_place
from extractor.periods import country_cues


def publisher_country(url: Optional[str], outlet: Optional[str] = None) -> Optional[str]:
    """The country of a page's publisher from its address: a country's name in the host
    ("spotlightnepal.com", "propakistani.pk") or its country-code domain (".in", ".lk"); else
    from the outlet's name, when it names one country ("The Kathmandu Post", "Dhaka Tribune",
    "Karachi Commerce Daily": its name, people or cities, ``periods.country_cues``)."""
    if url:
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
        table = lexicons.load("actors")
        for surface, place in list(table["aliases"].items()) + list(table["demonyms"].items()):
            if len(surface) >= 5 and surface.isalpha() and surface in host and _is_place(place):
                return place
        domain = table["country_domains"].get(host.rsplit(".", 1)[-1])
        if domain:
            return domain
    if outlet:
        named = country_cues(outlet)
        if len(named) == 1:
            return next(iter(named))
    return None
