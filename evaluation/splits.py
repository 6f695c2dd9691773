"""The fixed development split of the South Asian gold pages (gold/README.md).

Rules may be written while reading DEV pages only; CHECK pages are for measuring how the
rules carry over to pages nobody read while writing them.
"""
from __future__ import annotations

SA_DEV = tuple(f"sa-dev-{n:02d}" for n in (1, 2, 3, 6, 7, 8, 9, 10, 11, 16, 17, 18, 21, 22, 34, 35, 39, 40, 41, 42, 43, 44))
SA_CHECK = tuple(f"sa-dev-{n:02d}" for n in (4, 5, 12, 13, 14, 15, 19, 20, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 36, 37, 38))
SPLITS = {"dev": SA_DEV, "check": SA_CHECK}
