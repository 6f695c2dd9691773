"""``newsclaims review export``: the claim set of a review database with its decisions applied.

JSONL (the contract's shape, so a reviewed file can become gold): a confirmed claim
as it is, a corrected claim as corrected, a rejected claim left out; open claims are
kept unless ``reviewed_only``. CSV (a review record for a spreadsheet): one row per
claim, rejected ones included, with the state, reviewer, time and notes beside the
fields (of the corrected claim for a correction). Orphaned decisions are not applied;
their count is returned so the command can say so.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Optional

from extractor.errors import InputError, NewsclaimsError
from extractor.outputs import check_writable, write_text

from evaluation.review.store import ReviewStore, state_of

CSV_FIELDS = ["claim_id", "article_id", "state", "reviewer", "decided_at", "notes", "kind", "quantity.text",
              "quantity.start", "quantity.end", "quantity.value", "quantity.value_max", "quantity.unit",
              "quantity.qualifier", "change", "metric", "subject", "counterparty", "period.text", "period.start",
              "period.end", "source", "sentence.start", "sentence.end", "original_claim_id"]


def reviewed(store: ReviewStore) -> list[dict]:
    """Every current claim with its state, latest decision, notes and the claim as reviewed."""
    latest, notes = store.latest(), store.notes()
    out = []
    for claim in store.claims():
        decision = latest.get(claim["claim_id"])
        final = decision["corrected"] if decision and decision["decision"] == "correct" else claim
        out.append({"claim": final, "original": claim, "state": state_of(decision), "decision": decision,
                    "notes": notes.get(claim["claim_id"], [])})
    return out


def export(db_path: str | Path, output: str | Path, fmt: Optional[str] = None, reviewed_only: bool = False,
           force: bool = False) -> dict:
    """Write the export; returns counts by state, ``written`` and ``orphaned``."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise InputError(f"{db_path}: no such review database")
    fmt = fmt or ("csv" if str(output).lower().endswith(".csv") else "jsonl")
    if fmt not in ("jsonl", "csv"):
        raise NewsclaimsError(f"unknown --format {fmt!r}; use jsonl or csv")
    check_writable(output, force)
    store = ReviewStore(db_path)
    rows = reviewed(store)
    counts = {s: sum(r["state"] == s for r in rows) for s in ("open", "confirmed", "corrected", "rejected")}
    if fmt == "jsonl":
        keep = [r for r in rows if r["state"] != "rejected" and not (reviewed_only and r["state"] == "open")]
        text = "".join(json.dumps(r["claim"], ensure_ascii=False) + "\n" for r in keep)
    else:
        keep = [r for r in rows if not (reviewed_only and r["state"] == "open")]
        text = _csv(keep)
    write_text(output, text, force=force, newline="")
    return {**counts, "written": len(keep), "orphaned": len(store.orphans()), "format": fmt}


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        claim, decision = r["claim"], r["decision"]
        row = {"state": r["state"], "reviewer": decision["reviewer"] if decision else "",
               "decided_at": decision["decided_at"] if decision else "",
               "notes": " | ".join(f"{n['note']} ({n['reviewer']})" for n in r["notes"]),
               "original_claim_id": r["original"]["claim_id"]}
        for name in CSV_FIELDS:
            if name in row:
                continue
            value = claim
            for part in name.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            row[name] = "" if value is None else value
        writer.writerow(row)
    return buffer.getvalue()
