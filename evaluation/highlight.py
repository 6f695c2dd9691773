"""Cutting a stretch of text at marked spans, for every page that highlights figures in text."""
from __future__ import annotations

from typing import Hashable, Sequence


def cut(text: str, start: int, end: int, spans: Sequence[tuple[int, int, Hashable]]
        ) -> list[tuple[str, list[Hashable]]]:
    """``text[start:end]`` as (piece, marks) in order, cut wherever a span begins or ends.

    ``spans`` are (start, end, mark) in the same offsets as ``text``; a piece's marks are those
    of every span covering it, in the order given (an empty list for plain text).
    """
    cuts = {start, end} | {c for s, e, _ in spans for c in (s, e) if start <= c <= end}
    ordered = sorted(cuts)
    return [(text[a:b], [mark for s, e, mark in spans if s <= a and b <= e])
            for a, b in zip(ordered, ordered[1:]) if a < b]
