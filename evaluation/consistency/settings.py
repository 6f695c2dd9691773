"""The checker's settings: one frozen dataclass, passed to :func:`prepare` and to every check.

Every field is reachable from the command line (``newsclaims check --rounding MODE`` and
``--set NAME=VALUE`` for any field, for ``check``, ``series`` and ``run`` alike);
``docs/consistency.md`` explains each with examples. ``DEFAULTS`` holds the defaults.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Mapping

ROUNDING_MODES = ("round_or_truncate", "round", "exact")
SAME_FACT_IN_ARTICLE_MODES = ("stated_periods", "undetermined", "inconsistent")
CROSS_SOURCE_MODES = ("producers", "undetermined", "inconsistent")


@dataclass(frozen=True)
class Settings:
    """How the checker reads figures and relates claims.

    rounding: how a written figure covers nearby values. ``round_or_truncate`` (the contract's
        default): "13%" covers [12.5, 14), every value that rounds *or* truncates to 13. ``round``:
        rounding only, [12.5, 13.5) (stricter). ``exact``: the written value only (for tests).
    approx_tolerance: "about", "around", "roughly": the rounding interval widened by this share each way.
    words_tolerance: a figure written without digits ("five percent", "half a billion"): this share each way.
    passage_metric_match: rapidfuzz token_set_ratio between metrics of claims related within a
        passage ("exports" meets "IT exports" there: the passage says which exports). Between
        sentences and across articles the fact identity (evaluation/facts.py) decides.
    actor_match: rapidfuzz ratio between canonical actor names (subject, counterparty) and sources.
    spelling_match: rapidfuzz ratio for two spellings of one word of a measure ("remitances").
    spelling_min_length: a word shorter than this is never matched by spelling (IT / ICT).
    period_overlap: two periods are the same period when they overlap on at least this share of
        their union (a year and its first half overlap, but they are different facts).
    same_length_days: two periods have the same length when they differ by at most this many days.
    same_fact_in_article: two values of one fact in one article that cannot be equal:
        ``stated_periods``: inconsistent when both sentences name the period themselves (a garbled
        copy), else undetermined (a carried period may belong to another measure);
        ``undetermined`` always; ``inconsistent`` always.
    cross_source: two articles that report one fact with values that cannot be equal and name
        different sources. ``producers``: undetermined when both sources produce statistics (a
        central bank's and a trade board's "IT exports" may be two figures); a relayer (a
        securities firm, a newspaper) reports the official figure, so a disagreement is a slip or
        a revision: inconsistent. ``undetermined``: any two sources; ``inconsistent``: never.
    max_slip_ratio: two values of "one fact" further apart than this ratio are more likely two
        facts than one figure misreported: undetermined, unless they differ by a power of ten
        within the readings (a scale word lost).
    neighbour_gap: sentences this many characters apart or less are neighbours (one passage).
    passage_slip_ratio: a change's levels from a neighbouring sentence more than this far from the
        level the change implies are likelier another fact than a slip.
    anchor_digits: significant digits a written value needs to date another article's period
        phrase (written in either of two equal figures: "18 percent" by "18.0 percent"), or to be
        called a scale slip.
    anchor_rounded_figures: how many figures of one undated period phrase must each match a dated
        figure elsewhere only by rounding (the more precise one, with ``anchor_digits``
        significant digits or more, inside the other's readings: "Rs 116.15 billion" and "Rs 116
        billion") for the phrase to take that figure's dates; an identical figure needs one.
    sibling_match: rapidfuzz token_sort_ratio above which a figure stated beside a total in its
        sentence is a sibling ("84.3 for CGST and 85.3 for SGST"), not a part.
    same_figure_digits: significant digits (trailing zeros of a whole number not counted) an
        amount or count needs for two articles' identical figures of one subject and period to be
        one official figure whatever each calls it ("36,928 workers" and "36,928 Nepalese"); only
        ever consistent. 0 turns the rule off.
    """

    rounding: str = "round_or_truncate"
    approx_tolerance: float = 0.05
    words_tolerance: float = 0.05
    passage_metric_match: int = 80
    actor_match: int = 90
    spelling_match: int = 90
    spelling_min_length: int = 6
    period_overlap: float = 0.9
    same_length_days: int = 3
    same_fact_in_article: str = "stated_periods"
    cross_source: str = "producers"
    max_slip_ratio: float = 1.2
    neighbour_gap: int = 3
    passage_slip_ratio: float = 3.0
    anchor_digits: int = 3
    anchor_rounded_figures: int = 2
    sibling_match: int = 85
    same_figure_digits: int = 5

    def __post_init__(self) -> None:
        for name, modes in (("rounding", ROUNDING_MODES), ("same_fact_in_article", SAME_FACT_IN_ARTICLE_MODES),
                            ("cross_source", CROSS_SOURCE_MODES)):
            if getattr(self, name) not in modes:
                raise ValueError(f"unknown {name} {getattr(self, name)!r}; use one of {modes}")

    def with_values(self, values: Mapping[str, str]) -> "Settings":
        """These settings with some fields given as text ("max_slip_ratio" -> "1.5"), each read as
        its field's type; an unknown name or a value of the wrong type raises ValueError."""
        known = {f.name: type(getattr(self, f.name)) for f in fields(self)}
        changes = {}
        for name, text in values.items():
            key = name.strip().replace("-", "_").lower()
            if key not in known:
                raise ValueError(f"unknown setting {name!r}; use one of: {', '.join(known)}")
            try:
                changes[key] = known[key](text) if known[key] is not float else float(text)
            except (TypeError, ValueError):
                raise ValueError(f"setting {name}: {text!r} is not a {known[key].__name__}") from None
        return replace(self, **changes)


DEFAULTS = Settings()

#: Words that make a source a producer of statistics (``cross_source``).
PRODUCER = re.compile(r"\b(bank|bureau|ministry|board|department|office|authority|statistics|statistical|"
                      r"commission|directorate|agency|council|customs|treasury|reserve|"
                      r"administration|division|institute)\b", re.I)
