"""Named subsets of the South Asian gold pages (gold/README.md), for ``evaluate --split``.

``dev`` and ``check`` are the fixed development split: rules may be written while reading
DEV pages only; CHECK pages measure how the rules carry over to pages nobody read while
writing them. The country subsets (the economy each page is about, from
``../shared/data/sa_news/README.md``) are for the per-country table; the extractor never
reads them.
"""
from __future__ import annotations


def _ids(*numbers: int) -> tuple[str, ...]:
    return tuple(f"sa-dev-{n:02d}" for n in numbers)


SA_DEV = _ids(1, 2, 3, 6, 7, 8, 9, 10, 11, 16, 17, 18, 21, 22, 34, 35, 39, 40, 41, 42, 43, 44)
SA_CHECK = _ids(4, 5, 12, 13, 14, 15, 19, 20, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 36, 37, 38)
SA_COUNTRY = {
    "pk": _ids(1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 25, 26, 27, 28, 29, 30),
    "in": _ids(8, 9, 21, 22, 23, 24, 31, 32, 33),
    "bd": _ids(10, 11, 34, 35, 36, 37, 38),
    "lk": _ids(12, 13, 14, 15, 39, 40),
    "np": _ids(41, 42, 43, 44),
}
SPLITS = {"dev": SA_DEV, "check": SA_CHECK, **SA_COUNTRY}
