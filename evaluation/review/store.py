"""Review decisions in a SQLite file, kept attached to their claims across runs.

Three tables:

- ``claims``: the claim set the page was last started on (one row a claim, the
  contract dict as JSON). ``newsclaims review export`` reads it, so the export needs
  only the database.
- ``decisions``: every decision ever taken, oldest first, never updated except for
  ``attached_to``. A row keeps the claim as it was reviewed (id, article, span,
  value), the decision (``confirm``, ``reject``, ``correct`` or ``note``), the
  reviewer, the note, the corrected claim for ``correct`` and the time (UTC).
- ``meta``: what was loaded and when.

Re-attachment (:meth:`ReviewStore.load_claims`): when a new claim set is loaded
(a new extraction run over the same articles), each decision attaches to the
claim with the same ``claim_id``; failing that, to the claim it was attached to
before; failing that, to a claim of the same article whose quantity span overlaps
the reviewed span and whose value is the reviewed value (the largest overlap
wins). A decision that finds none is an orphan: ``attached_to`` is NULL and it is
listed by :meth:`ReviewStore.orphans`, never deleted.

A claim's state is its latest ``confirm``/``reject``/``correct`` decision
(``open`` when there is none); ``note`` rows add a note without changing it.
No spaCy, no web framework here.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from extractor.errors import NewsclaimsError

DECISIONS = ("confirm", "reject", "correct", "note")
STATE_OF = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}
STATES = ("open", "confirmed", "corrected", "rejected")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS claims (
    claim_id   TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    q_start    INTEGER NOT NULL,
    q_end      INTEGER NOT NULL,
    value      REAL,
    position   INTEGER NOT NULL,
    claim_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id       TEXT NOT NULL,
    article_id     TEXT NOT NULL,
    q_start        INTEGER NOT NULL,
    q_end          INTEGER NOT NULL,
    value          REAL,
    decision       TEXT NOT NULL CHECK (decision IN ('confirm', 'reject', 'correct', 'note')),
    reviewer       TEXT NOT NULL,
    note           TEXT,
    claim_json     TEXT NOT NULL,
    corrected_json TEXT,
    decided_at     TEXT NOT NULL,
    attached_to    TEXT
);
CREATE INDEX IF NOT EXISTS decisions_attached ON decisions (attached_to);
"""


def now() -> str:
    """The time of a decision: UTC, ISO 8601, to the millisecond."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _same_value(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _overlap(s1: int, e1: int, s2: int, e2: int) -> int:
    return max(0, min(e1, e2) - max(s1, s2))


class ReviewDatabaseError(NewsclaimsError):
    """The --db file cannot be used as a review database."""


class ReviewStore:
    """The decisions database. Every method opens its own connection: safe across server threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            with self._connect() as db:
                db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:  # a file that is not SQLite, or not ours
            raise ReviewDatabaseError(f"{self.path}: not a review database ({exc})") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10)
        db.row_factory = sqlite3.Row
        try:
            with db:  # one transaction: committed on success, rolled back on any error
                yield db
        finally:
            db.close()

    # -- the claim set -------------------------------------------------------------------

    def load_claims(self, claims: Iterable[dict], source: str = "") -> dict:
        """Make ``claims`` the current claim set and re-attach every decision to it.

        Returns counts: ``claims``, ``attached`` (decisions on a claim), ``orphaned``.
        """
        claims = list(claims)
        by_article: dict[str, list[dict]] = {}
        for claim in claims:
            by_article.setdefault(claim["article_id"], []).append(claim)
        ids = {c["claim_id"] for c in claims}
        with self._connect() as db:
            db.execute("DELETE FROM claims")
            db.executemany(
                "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(c["claim_id"], c["article_id"], c["quantity"]["start"], c["quantity"]["end"],
                  c["quantity"].get("value"), i, json.dumps(c, ensure_ascii=False)) for i, c in enumerate(claims)])
            attached = orphaned = 0
            for row in db.execute("SELECT * FROM decisions").fetchall():
                target = self._attach(row, ids, by_article)
                if target != row["attached_to"]:
                    db.execute("UPDATE decisions SET attached_to = ? WHERE id = ?", (target, row["id"]))
                attached += target is not None
                orphaned += target is None
            db.execute("INSERT OR REPLACE INTO meta VALUES ('claims_source', ?)", (str(source),))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('claims_loaded_at', ?)", (now(),))
        return {"claims": len(claims), "attached": attached, "orphaned": orphaned}

    @staticmethod
    def _attach(row: sqlite3.Row, ids: set[str], by_article: dict[str, list[dict]]) -> Optional[str]:
        if row["claim_id"] in ids:
            return row["claim_id"]
        if row["attached_to"] in ids:
            return row["attached_to"]
        best, best_overlap = None, 0
        for claim in by_article.get(row["article_id"], []):
            q = claim["quantity"]
            overlap = _overlap(row["q_start"], row["q_end"], q["start"], q["end"])
            if overlap > best_overlap and _same_value(row["value"], q.get("value")):
                best, best_overlap = claim["claim_id"], overlap
        return best

    def claims(self) -> list[dict]:
        """The current claim set, in the order it was loaded."""
        with self._connect() as db:
            return [json.loads(r["claim_json"]) for r in db.execute("SELECT claim_json FROM claims ORDER BY position")]

    def meta(self) -> dict:
        with self._connect() as db:
            return {r["key"]: r["value"] for r in db.execute("SELECT key, value FROM meta")}

    # -- decisions -----------------------------------------------------------------------

    def add_decision(self, claim: dict, decision: str, reviewer: str, note: Optional[str] = None,
                     corrected: Optional[dict] = None) -> dict:
        """Store one decision on the current claim ``claim``; the caller has validated everything."""
        if decision not in DECISIONS:
            raise ValueError(f"decision {decision!r} not in {DECISIONS}")
        q = claim["quantity"]
        with self._connect() as db:
            cur = db.execute(
                "INSERT INTO decisions (claim_id, article_id, q_start, q_end, value, decision, reviewer, note,"
                " claim_json, corrected_json, decided_at, attached_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim["claim_id"], claim["article_id"], q["start"], q["end"], q.get("value"), decision, reviewer,
                 note or None, json.dumps(claim, ensure_ascii=False),
                 json.dumps(corrected, ensure_ascii=False) if corrected is not None else None, now(),
                 claim["claim_id"]))
            row = db.execute("SELECT * FROM decisions WHERE id = ?", (cur.lastrowid,)).fetchone()
        return _decision(row)

    def history(self, claim_id: str) -> list[dict]:
        """Every decision attached to a current claim, oldest first."""
        with self._connect() as db:
            rows = db.execute("SELECT * FROM decisions WHERE attached_to = ? ORDER BY id", (claim_id,)).fetchall()
        return [_decision(r) for r in rows]

    def latest(self) -> dict[str, dict]:
        """Current claim id -> its latest state-changing decision (confirm/reject/correct)."""
        with self._connect() as db:
            rows = db.execute("SELECT * FROM decisions WHERE attached_to IS NOT NULL AND decision != 'note'"
                              " ORDER BY id").fetchall()
        return {r["attached_to"]: _decision(r) for r in rows}

    def notes(self) -> dict[str, list[dict]]:
        """Current claim id -> every decision of it that carries a note, oldest first."""
        out: dict[str, list[dict]] = {}
        with self._connect() as db:
            for r in db.execute("SELECT * FROM decisions WHERE attached_to IS NOT NULL AND note IS NOT NULL ORDER BY id"):
                out.setdefault(r["attached_to"], []).append(_decision(r))
        return out

    def orphans(self) -> list[dict]:
        """Decisions whose claim is in no longer in the claim set (nor any overlapping claim of the same value)."""
        with self._connect() as db:
            rows = db.execute("SELECT * FROM decisions WHERE attached_to IS NULL ORDER BY id").fetchall()
        return [_decision(r) for r in rows]


def _decision(row: sqlite3.Row) -> dict:
    d = {"id": row["id"], "claim_id": row["claim_id"], "attached_to": row["attached_to"],
         "article_id": row["article_id"], "decision": row["decision"], "reviewer": row["reviewer"],
         "note": row["note"], "decided_at": row["decided_at"],
         "state": STATE_OF.get(row["decision"]), "claim": json.loads(row["claim_json"])}
    if row["corrected_json"] is not None:
        d["corrected"] = json.loads(row["corrected_json"])
    return d


def state_of(decision: Optional[dict]) -> str:
    """``open`` without a decision, else ``confirmed``, ``rejected`` or ``corrected``."""
    return decision["state"] if decision else "open"
