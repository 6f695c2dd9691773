"""The claim contract of ``shared/design/claims.md`` as Python types.

Everything that reads or writes claims goes through this module: the extractor
builds :class:`Claim` objects and writes ``to_dict()``; evaluation, the
consistency checker and the review page read plain dicts with ``Claim.from_dict``
and check them with :func:`contract_problems`. No spaCy here, so the readers stay
light.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from typing import Any, Optional

KINDS = ("money", "percent", "count", "multiple")
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_least", "at_most")
CHANGES = (None, "increase", "decrease")
VERDICTS = ("consistent", "inconsistent", "undetermined")


def make_claim_id(article_id: str, start: int, end: int) -> str:
    """The one place a claim id is built: ``article_id:start-end`` of the quantity."""
    return f"{article_id}:{start}-{end}"


@dataclass(frozen=True)
class Quantity:
    """The number as written (``text``, offsets into the article) and as read."""

    text: str
    start: int
    end: int
    value: float
    unit: str
    qualifier: str = "exact"
    value_max: Optional[float] = None  # only for a range; ``value`` is then the low end

    def to_dict(self) -> dict:
        d = {"text": self.text, "start": self.start, "end": self.end,
             "value": _plain_number(self.value), "unit": self.unit, "qualifier": self.qualifier}
        if self.value_max is not None:
            d["value_max"] = _plain_number(self.value_max)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Quantity":
        return cls(text=d["text"], start=d["start"], end=d["end"], value=d["value"],
                   unit=d["unit"], qualifier=d.get("qualifier", "exact"),
                   value_max=d.get("value_max"))


@dataclass(frozen=True)
class Period:
    """The time a figure refers to: ``text`` as written, inclusive ISO dates or None."""

    text: str
    start: Optional[str] = None
    end: Optional[str] = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Optional[dict]) -> Optional["Period"]:
        if d is None:
            return None
        return cls(text=d.get("text", ""), start=d.get("start"), end=d.get("end"))


@dataclass(frozen=True)
class Claim:
    """One numeric statement of one article, field for field as in claims.md."""

    article_id: str
    kind: str
    quantity: Quantity
    sentence_start: int
    sentence_end: int
    change: Optional[str] = None
    metric: Optional[str] = None
    subject: Optional[str] = None
    counterparty: Optional[str] = None
    period: Optional[Period] = None
    source: Optional[str] = None
    # Fields outside the contract that a reader may want (e.g. published_inferred).
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def claim_id(self) -> str:
        return make_claim_id(self.article_id, self.quantity.start, self.quantity.end)

    def with_fields(self, **changes: Any) -> "Claim":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = {
            "claim_id": self.claim_id,
            "article_id": self.article_id,
            "kind": self.kind,
            "quantity": self.quantity.to_dict(),
            "change": self.change,
            "metric": self.metric,
            "subject": self.subject,
            "counterparty": self.counterparty,
            "period": self.period.to_dict() if self.period else None,
            "source": self.source,
            "sentence": {"start": self.sentence_start, "end": self.sentence_end},
        }
        d.update(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Claim":
        known = {"claim_id", "article_id", "kind", "quantity", "change", "metric", "subject",
                 "counterparty", "period", "source", "sentence"}
        sentence = d.get("sentence") or {}
        return cls(article_id=d["article_id"], kind=d["kind"],
                   quantity=Quantity.from_dict(d["quantity"]),
                   sentence_start=sentence.get("start", d["quantity"]["start"]),
                   sentence_end=sentence.get("end", d["quantity"]["end"]),
                   change=d.get("change"), metric=d.get("metric"), subject=d.get("subject"),
                   counterparty=d.get("counterparty"), period=Period.from_dict(d.get("period")),
                   source=d.get("source"),
                   extra={k: v for k, v in d.items() if k not in known})


@dataclass(frozen=True)
class Finding:
    """One line of findings JSONL (a consistency check's result), field for field as in
    ``shared/design/claims.md``: the check, its verdict (one of :data:`VERDICTS`), the claims it
    rests on, the stated (``expected``) and computed (``observed``) values and why."""

    finding_id: str
    check: str
    verdict: str
    claim_ids: tuple[str, ...]
    expected: Optional[float]
    observed: Optional[float]
    explanation: str

    def to_dict(self) -> dict:
        return {"finding_id": self.finding_id, "check": self.check, "verdict": self.verdict,
                "claim_ids": list(self.claim_ids), "expected": self.expected,
                "observed": self.observed, "explanation": self.explanation}

    @classmethod
    def from_dict(cls, d: dict) -> "Finding":
        """A finding from a JSON object (missing ``expected``/``observed``/``explanation`` read as None/"")."""
        return cls(str(d["finding_id"]), str(d.get("check") or ""), d["verdict"], tuple(d["claim_ids"]),
                   d.get("expected"), d.get("observed"), d.get("explanation") or "")


def _plain_number(x: float) -> float | int:
    """Write 2000000000 rather than 2000000000.0, and keep real fractions."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


def _is_iso_date(s: Any) -> bool:
    try:
        dt.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def contract_problems(claim: Any, text: Optional[str] = None) -> list[str]:
    """Everything in one claim dict that breaks the contract; [] when it is fine.

    ``text`` is the article text; when given, offsets and surfaces are checked too.
    The same rules as ``shared/tools/validate_claims.py``, so that gold files,
    corrected claims on the review page and the extractor's output are held to one bar.
    """
    if not isinstance(claim, dict):
        return [f"a claim must be a JSON object, not {type(claim).__name__}"]
    problems = []
    q = claim.get("quantity")
    if not isinstance(q, dict):
        return ["quantity is missing or not an object"]
    s, e = q.get("start"), q.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
        return [f"quantity offsets {s!r}-{e!r} are not a span"]
    if text is not None:
        if e > len(text):
            return [f"quantity offsets {s}-{e} run past the end of the text ({len(text)})"]
        if text[s:e] != q.get("text"):
            problems.append(f"text[{s}:{e}] is {text[s:e]!r}, quantity.text is {q.get('text')!r}")
    aid = claim.get("article_id")
    if not isinstance(aid, str) or not aid:
        problems.append("article_id is missing")
    elif claim.get("claim_id") != make_claim_id(aid, s, e):
        problems.append(f"claim_id {claim.get('claim_id')!r} should be {make_claim_id(aid, s, e)}")
    kind = claim.get("kind")
    if kind not in KINDS:
        problems.append(f"kind {kind!r} not in {list(KINDS)}")
    if not _is_number(q.get("value")):
        problems.append(f"quantity.value {q.get('value')!r} is not a finite number")
    vmax = q.get("value_max")
    if vmax is not None and not (_is_number(vmax) and _is_number(q.get("value")) and vmax >= q["value"]):
        problems.append(f"quantity.value_max {vmax!r} is not a number at least quantity.value")
    unit = q.get("unit")
    if kind == "money" and not (isinstance(unit, str) and len(unit) == 3 and unit.isalpha() and unit.isupper()):
        problems.append(f"money unit {unit!r} is not an ISO 4217 code")
    if kind == "percent" and unit not in ("%", "pp"):
        problems.append(f"percent unit {unit!r} should be '%' or 'pp'")
    if kind == "multiple" and unit != "x":
        problems.append(f"multiple unit {unit!r} should be 'x'")
    if kind == "count" and not (isinstance(unit, str) and unit):
        problems.append("count unit should name the thing counted")
    if q.get("qualifier") not in QUALIFIERS:
        problems.append(f"qualifier {q.get('qualifier')!r} not in {list(QUALIFIERS)}")
    if claim.get("change") not in CHANGES:
        problems.append(f"change {claim.get('change')!r} not in ['increase', 'decrease', null]")
    for name in ("metric", "subject", "counterparty", "source"):
        if name not in claim:
            problems.append(f"field {name!r} is missing (use null when unknown)")
        elif claim[name] is not None and not isinstance(claim[name], str):
            problems.append(f"{name} should be a string or null")
    if "period" not in claim:
        problems.append("field 'period' is missing (use null when unknown)")
    elif claim["period"] is not None:
        per = claim["period"]
        if not isinstance(per, dict):
            problems.append("period should be an object or null")
        else:
            ps, pe = per.get("start"), per.get("end")
            if (ps is None) != (pe is None):
                problems.append("period start and end must both be dates or both null")
            elif ps is not None and not (_is_iso_date(ps) and _is_iso_date(pe) and ps <= pe):
                problems.append(f"period {ps!r}..{pe!r} is not an ordered pair of ISO dates")
    sent = claim.get("sentence")
    if not (isinstance(sent, dict) and isinstance(sent.get("start"), int)
            and isinstance(sent.get("end"), int) and sent["start"] <= s and e <= sent["end"]
            and (text is None or sent["end"] <= len(text))):
        problems.append("sentence span does not hold the quantity")
    return problems
