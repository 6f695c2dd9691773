"""Named subsets of the South Asian gold pages and of BBC dev4 and dev5 (gold/README.md), for ``evaluate --split``.

``dev`` and ``check`` are the fixed development split: rules may be written while reading
DEV pages only; CHECK pages measure how the rules carry over to pages nobody read while
writing them. The country subsets (the economy each page is about, from
``../shared/data/sa_news/README.md``) are for the per-country table; the extractor never
reads them. ``dev4b`` and ``dev4a`` are the halves of ``gold/bbc-dev4.jsonl``: rules may be
written on dev4b; dev4a measures whether they carry to pages nobody read. ``dev5b`` and ``dev5a``
halve ``gold/bbc-dev5.jsonl`` the same way.
"""
from __future__ import annotations


def _ids(*numbers: int) -> tuple[str, ...]:
    return tuple(f"sa-dev-{n:02d}" for n in numbers)


# sa-dev-29 and 30 (the cluster pk-gdp-revisions-fy22-fy23) were CHECK pages until the
# thirteenth session, which moved them to DEV to write the rule for revisions named sentences
# before their pairs (gold/README.md, "Development split"); CHECK figures from then on are over
# the 20 pages left.
SA_DEV = _ids(1, 2, 3, 6, 7, 8, 9, 10, 11, 16, 17, 18, 21, 22, 29, 30, 34, 35, 39, 40, 41, 42, 43, 44)
SA_CHECK = _ids(4, 5, 12, 13, 14, 15, 19, 20, 23, 24, 25, 26, 27, 28, 31, 32, 33, 36, 37, 38)
SA_COUNTRY = {
    "pk": _ids(1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 25, 26, 27, 28, 29, 30),
    "in": _ids(8, 9, 21, 22, 23, 24, 31, 32, 33),
    "bd": _ids(10, 11, 34, 35, 36, 37, 38),
    "lk": _ids(12, 13, 14, 15, 39, 40),
    "np": _ids(41, 42, 43, 44),
}
BBC_DEV4 = tuple(f"bbc-business-{n:03d}" for n in range(118, 500, 20))
BBC_DEV4A, BBC_DEV4B = BBC_DEV4[:10], BBC_DEV4[10:]  # 118-298 (annotator K), 318-498 (annotator L)
# every 20th id from 110 to 490; 290 is left out, a copy of dev4's 438
BBC_DEV5 = tuple(f"bbc-business-{n:03d}" for n in range(110, 500, 20) if n != 290)
BBC_DEV5A, BBC_DEV5B = BBC_DEV5[:9], BBC_DEV5[9:]  # 110-270 (annotator M), 310-490 (annotator N)
BBC_DEV6 = tuple(f"bbc-business-{n:03d}" for n in range(115, 500, 20))
BBC_DEV6A, BBC_DEV6B = BBC_DEV6[:10], BBC_DEV6[10:]  # 115-295 (annotator O), 315-495 (annotator P)
SPLITS = {"dev": SA_DEV, "check": SA_CHECK, **SA_COUNTRY, "dev4a": BBC_DEV4A, "dev4b": BBC_DEV4B,
          "dev5a": BBC_DEV5A, "dev5b": BBC_DEV5B, "dev6a": BBC_DEV6A, "dev6b": BBC_DEV6B}
