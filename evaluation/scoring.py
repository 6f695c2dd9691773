"""Score predicted claims against gold claims: detection, per-field accuracy, full claims.

Counts are kept in :class:`PRF` counters that add up (like spaCy's ``PRFScore``),
one :class:`Tally` per article, summed over the corpus; :func:`score` turns the
sum into a flat dict with stable keys. A score that is undefined (nothing to
divide by) is ``None``, never 0. The error list (every false positive, miss and
wrong field) is data in the same dict; rendering is ``report.py``'s job.

See ``docs/evaluation.md`` for the metric card.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Optional

from rapidfuzz import fuzz

from extractor.contract import KINDS, Claim
from evaluation.matching import DEFAULT_POLICY, by_article, match_article

# Relative tolerance for quantity values: absorbs float noise ("2.6e9" vs 2600000000.0), nothing more.
VALUE_REL_TOL = 1e-6
# rapidfuzz token_set_ratio (0-100) on lowercased text at or above which two phrases agree.
# 85 accepts "exports" / "IT exports" (subset: 100) and "export" / "exports" (92) but rejects
# "IT exports" / "services exports" (82) and "textile exports" / "food exports" (74).
METRIC_THRESHOLD = 85
# Same scorer for the source: "Ministry of Commerce" / "Commerce Ministry" (100) and
# "Masood Khan" / "Masud Khan" (86) agree; "World Bank" / "World Trade Organization" (67) do not.
SOURCE_THRESHOLD = 85

FIELDS = ("kind", "value", "unit", "qualifier", "change", "metric", "subject", "counterparty",
          "period", "source")
# A matched pair is a full-claim true positive only when all of these are right.
FULL_CLAIM_FIELDS = ("kind", "value", "unit", "period", "subject")


@dataclass
class PRF:
    """True positives, false positives and false negatives; counters add with ``+``."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> Optional[float]:
        """tp / (tp + fp); None with no predictions."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> Optional[float]:
        """tp / (tp + fn); None with no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> Optional[float]:
        """2tp / (2tp + fp + fn): 0 when all is wrong or missing; None only with neither gold nor predictions."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def to_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Tally:
    """Everything counted over some articles; tallies of different articles add up."""

    detection: PRF = field(default_factory=PRF)
    full: PRF = field(default_factory=PRF)
    per_kind: dict = field(default_factory=lambda: {kind: PRF() for kind in KINDS})
    pairs: int = 0
    right: Counter = field(default_factory=Counter)  # field name -> pairs where it is right
    errors: list = field(default_factory=list)

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(detection=self.detection + other.detection, full=self.full + other.full,
                     per_kind={k: self.per_kind[k] + other.per_kind[k] for k in KINDS},
                     pairs=self.pairs + other.pairs, right=self.right + other.right,
                     errors=self.errors + other.errors)

    def __iadd__(self, other: "Tally") -> "Tally":
        # In place, so that summing many articles does not copy the growing error list each time.
        self.detection, self.full = self.detection + other.detection, self.full + other.full
        self.per_kind = {k: self.per_kind[k] + other.per_kind[k] for k in KINDS}
        self.pairs += other.pairs
        self.right.update(other.right)
        self.errors.extend(other.errors)
        return self


# ---- field rules -------------------------------------------------------------------------

def field_value(claim: Claim, name: str) -> Any:
    """A claim's field as plain JSON, as it is compared and shown in the error list."""
    q = claim.quantity
    if name == "value":
        return q.value if q.value_max is None else [q.value, q.value_max]
    if name in ("unit", "qualifier"):
        return getattr(q, name)
    if name == "period":
        return claim.period.to_dict() if claim.period else None
    return getattr(claim, name)


def _close(a: Optional[float], b: Optional[float]) -> bool:
    """Equal within float noise, or one a computed share kept at full precision ("a third" =
    33.333...) that rounds to the other as that one is written (33.33). A value with few
    decimals must be equal: 2.54 is not 2.5."""
    if a is None or b is None:
        return a is None and b is None
    if math.isclose(a, b, rel_tol=VALUE_REL_TOL):
        return True
    return _rounds_to(a, b) or _rounds_to(b, a)


def _decimals(x: float) -> int:
    text = repr(float(x))
    return 0 if "e" in text else len(text.split(".")[1].rstrip("0"))


def _rounds_to(full: float, written_value: float) -> bool:
    written = _decimals(written_value)
    return written >= 1 and _decimals(full) > written + 2 and round(full, written) == written_value


def _same_name(a: Optional[str], b: Optional[str]) -> bool:
    """Canonical names: equal ignoring case and runs of white space."""
    if a is None or b is None:
        return a is None and b is None
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _similar(a: Optional[str], b: Optional[str], threshold: float) -> bool:
    """Phrases: equal as names, or rapidfuzz token_set_ratio of the lowercased texts >= threshold."""
    if _same_name(a, b):
        return True
    if a is None or b is None:
        return False
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= threshold


def _same_period(gold: Claim, pred: Claim) -> bool:
    """Start and end dates equal; a null period counts as null dates (the text is not compared)."""
    def dates(claim: Claim) -> tuple:
        return (claim.period.start, claim.period.end) if claim.period else (None, None)
    return dates(gold) == dates(pred)


_RULES: dict[str, Callable[[Claim, Claim], bool]] = {
    "kind": lambda g, p: g.kind == p.kind,
    "value": lambda g, p: _close(g.quantity.value, p.quantity.value)
    and _close(g.quantity.value_max, p.quantity.value_max),
    "unit": lambda g, p: _same_name(g.quantity.unit, p.quantity.unit),
    "qualifier": lambda g, p: g.quantity.qualifier == p.quantity.qualifier,
    "change": lambda g, p: g.change == p.change,
    "metric": lambda g, p: _similar(g.metric, p.metric, METRIC_THRESHOLD),
    "subject": lambda g, p: _same_name(g.subject, p.subject),
    "counterparty": lambda g, p: _same_name(g.counterparty, p.counterparty),
    "period": _same_period,
    "source": lambda g, p: _similar(g.source, p.source, SOURCE_THRESHOLD),
}


def wrong_fields(gold: Claim, pred: Claim) -> list[str]:
    """The fields of a matched pair that the prediction gets wrong, in FIELDS order."""
    return [name for name in FIELDS if not _RULES[name](gold, pred)]


# ---- counting ------------------------------------------------------------------------------

def score_article(gold: list[Claim], pred: list[Claim], policy: str = DEFAULT_POLICY,
                  text: Optional[str] = None) -> Tally:
    """Match and count one article's claims. ``text`` only adds sentences to the error list."""
    match = match_article(gold, pred, policy)
    tally = Tally(detection=PRF(tp=len(match.pairs), fp=len(match.spurious), fn=len(match.missed)),
                  pairs=len(match.pairs))
    full_right = 0
    for g, p in match.pairs:
        wrong = wrong_fields(g, p)
        tally.right.update(name for name in FIELDS if name not in wrong)
        full_right += not any(name in wrong for name in FULL_CLAIM_FIELDS)
        _count_kinds(tally.per_kind, g, p)
        tally.errors += [_error("wrong_field", g, p, text, name) for name in wrong]
    # Every claim that is not a full-claim true positive is a full-claim error on its side.
    tally.full = PRF(tp=full_right, fp=len(pred) - full_right, fn=len(gold) - full_right)
    for g in match.missed:
        tally.per_kind[g.kind].fn += 1
        tally.errors.append(_error("miss", g, None, text))
    for p in match.spurious:
        tally.per_kind[p.kind].fp += 1
        tally.errors.append(_error("false_positive", None, p, text))
    tally.errors.sort(key=_error_position)
    return tally


def _count_kinds(per_kind: dict, gold: Claim, pred: Claim) -> None:
    """Per-kind detection is labelled: a pair counts for a kind only when both sides have it."""
    if gold.kind == pred.kind:
        per_kind[gold.kind].tp += 1
    else:
        per_kind[pred.kind].fp += 1
        per_kind[gold.kind].fn += 1


def score(gold: Iterable[Claim], pred: Iterable[Claim], policy: str = DEFAULT_POLICY,
          texts: Optional[Mapping[str, str]] = None) -> dict:
    """Score predictions against gold; the flat dict described in docs/evaluation.md.

    Only articles with at least one gold claim are scored: predictions for other articles
    are counted in ``counts.pred_unscored`` and otherwise left out, so that a prediction
    file for a whole corpus can be scored against gold for part of it.

    texts (Mapping[str, str]): article id -> text, to quote sentences in the error list.
        Defaults to None (sentences given as offsets only).
    """
    gold_by, pred_by = by_article(gold), by_article(pred)
    total, per_article = Tally(), {}
    for article_id in sorted(gold_by):
        text = texts.get(article_id) if texts else None
        tally = score_article(gold_by[article_id], pred_by.get(article_id, []), policy, text)
        per_article[article_id] = tally.detection.to_dict()
        total += tally
    unscored = sum(len(claims) for aid, claims in pred_by.items() if aid not in gold_by)
    return {
        "policy": policy,
        "detection": total.detection.to_dict(),
        "fields": {name: (total.right[name] / total.pairs if total.pairs else None) for name in FIELDS},
        "full": total.full.to_dict(),
        "per_kind": {kind: prf.to_dict() for kind, prf in total.per_kind.items()},
        "per_article": per_article,
        "counts": {"articles": len(gold_by), "gold": total.detection.tp + total.detection.fn,
                   "pred": total.detection.tp + total.detection.fp, "pairs": total.pairs,
                   "pred_unscored": unscored},
        "errors": total.errors,
    }


# ---- the error list ----------------------------------------------------------------------

def _error(kind: str, gold: Optional[Claim], pred: Optional[Claim], text: Optional[str],
           name: Optional[str] = None) -> dict:
    """One error, gold and predicted side by side, with the sentence (text when known)."""
    if name is None:  # a miss or false positive: the whole claim is the value
        gold_value = gold.to_dict() if gold else None
        pred_value = pred.to_dict() if pred else None
    else:
        gold_value, pred_value = field_value(gold, name), field_value(pred, name)
    return {"type": kind, "article_id": (gold or pred).article_id, "field": name,
            "gold": gold_value, "pred": pred_value,
            "gold_span": _span(gold), "pred_span": _span(pred),
            "sentence": _sentence(gold, pred, text)}


def _span(claim: Optional[Claim]) -> Optional[dict]:
    if claim is None:
        return None
    q = claim.quantity
    return {"text": q.text, "start": q.start, "end": q.end}


def _sentence(gold: Optional[Claim], pred: Optional[Claim], text: Optional[str]) -> dict:
    """The sentence(s) holding the claims: the union, so that both spans can be shown in it."""
    claims = [c for c in (gold, pred) if c is not None]
    start = min(c.sentence_start for c in claims)
    end = max(c.sentence_end for c in claims)
    sentence = {"start": start, "end": end}
    if text is not None:
        sentence["text"] = text[start:end]
    return sentence


def _error_position(error: dict) -> tuple:
    span = error["gold_span"] or error["pred_span"]
    return span["start"], span["end"], error["type"], FIELDS.index(error["field"]) if error["field"] else -1
