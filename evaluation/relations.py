"""Score consistency findings against hand-labelled relations (issue 13).

A relations gold file has one object a line::

    {"relation_id": "r17", "check": "same_fact", "claim_ids": ["sa-dev-16:87-102", "sa-dev-18:386-401"],
     "verdict": "inconsistent", "note": "revised in the later release"}

``check`` is ``same_fact``, ``percent_change``, ``share``, ``sum``, ``multiple``, ``trend`` or
``distinct`` (``none`` is read as ``distinct``): claims that look alike but are different facts.
``verdict`` is ``consistent``, ``inconsistent`` or ``different`` (a look-alike pair). ``id`` is
read as ``relation_id``.

How a relation counts as **found** (documented in ``docs/consistency.md``):

- ``same_fact`` lists every claim of one fact: it is found when the same_fact findings (any
  verdict) link all its claims into one group (pairwise links, connected), or, for an
  inconsistent relation, when an inconsistent link joins two of its claims (the conflict is
  found even if not every report is). Its verdict is right when, for a consistent relation,
  the consistent links alone connect the group, and for an inconsistent one, some inconsistent
  link joins two of its claims.
- any other check: found when a finding of that check shares at least two claims with it and
  one claim set contains the other (a sum may name one part more or fewer); its verdict is
  right when that finding's verdict is the relation's. Claims that a consistent same_fact
  relation puts in one group count as one claim here (a change checked against the repeat of
  its level in the same article uses the same fact), and so do claims of one value in an
  inconsistent same_fact relation (the repeat is the same report; the third one differs).
- ``distinct`` (or verdict ``different``): never found; a same_fact finding joining two of its
  claims is a **look-alike comparison**.

**Inconsistencies caught**: inconsistent relations found with an inconsistent finding.
**False alarms**: inconsistent findings that no inconsistent relation accounts for (a same_fact
link whose two claims are not both in one inconsistent same_fact relation; another finding that
matches no inconsistent relation of its check).

End to end, predicted claims are first paired with gold claims by overlapping quantity spans
(``evaluation/matching.py``); a finding resting on a claim without a gold partner can match no
relation. Relations on articles that are not in the checked claims are left out (so a half of
the corpus is scored by checking that half's claims).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence, Union

from evaluation.matching import by_article, match_article
from extractor.contract import Claim
from extractor.errors import NewsclaimsError

CHECK_NAMES = ("same_fact", "percent_change", "share", "sum", "multiple", "trend", "distinct")


class RelationsFileError(NewsclaimsError):
    """A relations file that cannot be read or has a bad line."""


@dataclass(frozen=True)
class Relation:
    relation_id: str
    check: str
    claim_ids: tuple[str, ...]
    verdict: str
    note: str = ""

    @property
    def articles(self) -> set[str]:
        return {c.rsplit(":", 1)[0] for c in self.claim_ids}

    @property
    def lookalike(self) -> bool:
        return self.check == "distinct" or self.verdict == "different"


def read_relations(path: Union[str, Path]) -> list[Relation]:
    """Relations of a JSONL file; RelationsFileError names ``FILE:LINE`` of a bad line."""
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RelationsFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            check = {"none": "distinct"}.get(obj["check"], obj["check"])
            ids = tuple(obj["claim_ids"])
            rid = str(obj.get("relation_id", obj.get("id", f"line{number}")))
            verdict = obj.get("verdict") or ("different" if check == "distinct" else "consistent")
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise RelationsFileError(f"{path}:{number}: not a relation ({exc})") from None
        if len(ids) < 2 or not all(isinstance(i, str) and ":" in i for i in ids):
            raise RelationsFileError(f"{path}:{number}: claim_ids must name at least two claims")
        out.append(Relation(rid, check, ids, verdict, obj.get("note") or ""))
    return out


def map_to_gold(gold: Iterable[Claim], pred: Iterable[Claim]) -> dict[str, str]:
    """Predicted claim id -> gold claim id, pairing by overlapping quantity spans per article."""
    gold_by, pred_by = by_article(gold), by_article(pred)
    out = {}
    for article, claims in pred_by.items():
        for g, p in match_article(gold_by.get(article, []), claims).pairs:
            out[p.claim_id] = g.claim_id
    return out


@dataclass
class RelationScore:
    total: int = 0
    found: int = 0
    right_verdict: int = 0
    inconsistent_total: int = 0
    caught: int = 0
    false_alarms: list = field(default_factory=list)      # finding dicts
    lookalike_total: int = 0
    lookalike_compared: list = field(default_factory=list)  # (relation id, finding id)
    misses: list = field(default_factory=list)            # (relation, why)
    wrong_verdicts: list = field(default_factory=list)    # (relation, finding verdicts)
    skipped: int = 0
    by_check: dict = field(default_factory=dict)          # check -> [total, found, right]

    def to_dict(self) -> dict:
        def share(a, b):
            return round(a / b, 4) if b else None
        return {
            "relations": self.total, "found": self.found, "found_share": share(self.found, self.total),
            "right_verdict": self.right_verdict, "right_verdict_share": share(self.right_verdict, self.total),
            "inconsistent": self.inconsistent_total, "caught": self.caught,
            "false_alarms": len(self.false_alarms), "lookalikes": self.lookalike_total,
            "lookalike_compared": len(self.lookalike_compared), "skipped": self.skipped,
            "by_check": self.by_check,
            "misses": [{"relation_id": r.relation_id, "check": r.check, "claim_ids": list(r.claim_ids),
                        "verdict": r.verdict, "note": r.note, "why": why} for r, why in self.misses],
            "wrong_verdicts": [{"relation_id": r.relation_id, "check": r.check, "verdict": r.verdict,
                                "got": got} for r, got in self.wrong_verdicts],
            "false_alarm_findings": self.false_alarms,
            "lookalike_comparisons": [{"relation_id": r, "finding_id": f} for r, f in self.lookalike_compared],
        }

    def lines(self) -> list[str]:
        d = self.to_dict()
        out = [f"relations: {self.total} scored ({self.skipped} on articles not checked left out)",
               f"found: {self.found}/{self.total} ({_pct(d['found_share'])}); with the right verdict: "
               f"{self.right_verdict}/{self.total} ({_pct(d['right_verdict_share'])})",
               f"real inconsistencies caught: {self.caught}/{self.inconsistent_total}",
               f"false alarms: {len(self.false_alarms)}",
               f"look-alike pairs compared as one fact: {len(self.lookalike_compared)}/{self.lookalike_total}"]
        for check, (t, f, r) in sorted(self.by_check.items()):
            out.append(f"  {check}: found {f}/{t}, right verdict {r}/{t}")
        for r, why in self.misses:
            out.append(f"  missed {r.relation_id} {r.check} {r.verdict} {list(r.claim_ids)}: {why}")
        for r, got in self.wrong_verdicts:
            out.append(f"  wrong verdict {r.relation_id} {r.check}: gold {r.verdict}, found {got}")
        for f in self.false_alarms:
            out.append(f"  false alarm {f['finding_id']}: {f['explanation']}")
        for rid, fid in self.lookalike_compared:
            out.append(f"  look-alike {rid} compared by {fid}")
        return out


def _pct(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


class _Groups:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def _connected(ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> bool:
    groups = _Groups()
    members = set(ids)
    for a, b in edges:
        if a in members and b in members:
            groups.join(a, b)
    return len({groups.find(i) for i in ids}) == 1


def score_relations(relations: Sequence[Relation], findings: Sequence[Mapping],
                    checked_articles: Optional[set[str]] = None,
                    claim_map: Optional[Mapping[str, str]] = None,
                    values: Optional[Mapping[str, tuple]] = None) -> RelationScore:
    """Score finding dicts (``finding_id``, ``check``, ``verdict``, ``claim_ids``) against relations.

    checked_articles: the articles whose claims were checked; relations elsewhere are left out.
    claim_map: predicted claim id -> gold claim id (end to end); None when gold claims were checked.
    values: gold claim id -> (value, unit, change); within a same_fact relation of any verdict,
        claims with one value stand for each other (the "$1.24bn" of a summary line and of the text,
        in a relation that is inconsistent because a third report differs).
    """
    def gold_id(cid: str) -> str:
        if claim_map is None:
            return cid
        return claim_map.get(cid, f"unmatched:{cid}")

    # Reports of one fact with one value (a consistent same_fact relation) stand for each other
    # when a percent change, sum or trend is matched: "1.87 trillion" in the lead or its repeat.
    groups = _Groups()
    for r in relations:
        if r.check == "same_fact" and r.verdict == "consistent":
            for other in r.claim_ids[1:]:
                groups.join(r.claim_ids[0], other)
        elif r.check == "same_fact" and values:
            for a in r.claim_ids:
                for b in r.claim_ids:
                    if a < b and values.get(a) is not None and values.get(a) == values.get(b):
                        groups.join(a, b)
    mapped = [dict(f, gold_ids=[gold_id(c) for c in f["claim_ids"]]) for f in findings]
    for f in mapped:
        f["facts"] = {groups.find(c) for c in f["gold_ids"]}
    links = [(f, f["gold_ids"][0], f["gold_ids"][1]) for f in mapped
             if f["check"] == "same_fact" and len(f["gold_ids"]) == 2]
    score = RelationScore()
    scored = []
    for r in relations:
        if checked_articles is not None and not r.articles <= checked_articles:
            score.skipped += 1
            continue
        scored.append(r)
    for r in scored:
        ids = set(r.claim_ids)
        if r.lookalike:
            score.lookalike_total += 1
            for f, a, b in links:
                if a in ids and b in ids:
                    score.lookalike_compared.append((r.relation_id, f["finding_id"]))
            continue
        score.total += 1
        row = score.by_check.setdefault(r.check, [0, 0, 0])
        row[0] += 1
        if r.verdict == "inconsistent":
            score.inconsistent_total += 1
        found, right, got = _judge(r, mapped, links, groups)
        if found:
            score.found += 1
            row[1] += 1
        else:
            score.misses.append((r, got))
        if right:
            score.right_verdict += 1
            row[2] += 1
            if r.verdict == "inconsistent":
                score.caught += 1
        elif found:
            score.wrong_verdicts.append((r, got))
    inconsistent = [r for r in scored if r.verdict == "inconsistent" and not r.lookalike]
    for f in mapped:
        if f["verdict"] != "inconsistent":
            continue
        if not any(_accounts_for(r, f, groups) for r in inconsistent):
            score.false_alarms.append({k: f[k] for k in ("finding_id", "check", "claim_ids", "explanation")
                                       if k in f})
    return score


def _overlaps(r: Relation, f: Mapping, groups: "_Groups") -> bool:
    s, fs = {groups.find(c) for c in r.claim_ids}, f["facts"]
    return len(s & fs) >= 2 and (s <= fs or fs <= s)


def _accounts_for(r: Relation, f: Mapping, groups: "_Groups") -> bool:
    if f["check"] != r.check:
        return False
    if r.check == "same_fact":
        return len(set(f["gold_ids"]) & set(r.claim_ids)) >= 2
    return _overlaps(r, f, groups)


def _judge(r: Relation, findings: Sequence[Mapping], links, groups: "_Groups") -> tuple[bool, bool, str]:
    """(found, right verdict, what was found) for one relation."""
    ids = list(r.claim_ids)
    if r.check == "same_fact":
        inside = [(f, a, b) for f, a, b in links if a in r.claim_ids and b in r.claim_ids and a != b]
        found = _connected(ids, [(a, b) for _, a, b in inside])
        verdicts = sorted({f["verdict"] for f, _, _ in inside})
        if r.verdict == "inconsistent":
            right = any(f["verdict"] == "inconsistent" for f, _, _ in inside)
            found = found or right  # the conflict itself is linked, if not every report of the fact
        else:
            right = found and _connected(ids, [(a, b) for f, a, b in inside if f["verdict"] == "consistent"])
        got = ("links: " + ", ".join(verdicts)) if inside else "no same_fact link between its claims"
        if inside and not found:
            got += " (not all claims linked)"
        return found, right, got
    matches = [f for f in findings if f["check"] == r.check and _overlaps(r, f, groups)]
    if not matches:
        near = [f for f in findings if len(set(f["gold_ids"]) & set(ids)) >= 2]
        got = "no finding" + (f"; nearest: {near[0]['check']} {near[0]['verdict']}" if near else "")
        return False, False, got
    verdicts = sorted({f["verdict"] for f in matches})
    return True, r.verdict in verdicts, ", ".join(verdicts)
