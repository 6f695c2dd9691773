"""A set of disjoint text intervals that answers "is this span free?" by binary search.

Overlap filters ("keep the longest of overlapping matches") asked that question by scanning every
kept span, which is quadratic on a long document with thousands of figures (issue 18).
"""
from __future__ import annotations

import bisect


class DisjointSpans:
    """Disjoint [start, end) intervals, kept sorted by start (and so by end)."""

    def __init__(self):
        self._starts: list[int] = []
        self._ends: list[int] = []

    def is_free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps no kept interval: only the last one starting before ``end``
        can overlap, since kept intervals are disjoint."""
        i = bisect.bisect_left(self._starts, end)
        return i == 0 or self._ends[i - 1] <= start

    def add_if_free(self, start: int, end: int) -> bool:
        """Keep [start, end) when it overlaps nothing kept; whether it was kept."""
        if not self.is_free(start, end):
            return False
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
