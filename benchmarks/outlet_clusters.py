"""Whether the figures of one fact, reported by several outlets, land in one series row: invented
news clusters that writers wrote blind, without seeing the extractor or its rules.

    python benchmarks/outlet_clusters.py [--sets o1 o2] [--show]

Each set (``benchmarks/outlet_clusters/SET/``) holds ``articles.jsonl`` (10 clusters of 3-5
outlets' articles on one event, with look-alike figures and some misreported ones),
``labels.jsonl`` (every figure: its surface, which occurrence, the fact it reports, whether it is
misreported) and ``facts.jsonl`` (what each fact is). The writers' instructions are in
``benchmarks/outlet_clusters/PROMPT.md``.

The whole pipeline runs as a user runs it: the extractor on the articles, the checker, then
``build_series``. Printed per set:

- figures found: labelled figures with a claim at their place;
- same-fact pairs in one row: pairs of figures of one fact in two articles whose claims share a
  series row (the issue's "every same-fact relation in one row"), over all such pairs;
- look-alike pairs sharing a row: pairs of figures of two facts in one row (wrong merges);
- misreports flagged: misreported figures that sit in a conflict row with a right report of
  their fact; conflict rows holding no misreported figure (false conflicts).

Which sets were read while rules were written is recorded in ``benchmarks/README.md``: the others
are the held-out figure. ``--show`` lists the missed pairs and wrong merges with each claim's
fields (use it on read sets only). Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import itertools
import json
from collections import defaultdict
from pathlib import Path

from evaluation.consistency import run_checks_on
from evaluation.series import build_series
from extractor.api import extract_batch
from extractor.contract import Claim
from extractor.corpus import Article

HERE = Path(__file__).resolve().parent / "outlet_clusters"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def place(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th appearance of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(surface, start + 1)
        if start < 0:
            return None
    return start, start + len(surface)


def claim_at(claims: list[dict], span: tuple[int, int]) -> dict | None:
    """The claim whose figure overlaps ``span`` most."""
    def overlap(c):
        q = c["quantity"]
        return min(q["end"], span[1]) - max(q["start"], span[0])
    best = max(claims, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None


def run_set(folder: Path) -> dict:
    articles = read_jsonl(folder / "articles.jsonl")
    labels = read_jsonl(folder / "labels.jsonl")
    texts = {a["id"]: a["text"] for a in articles}
    meta = {a["id"]: {"published": a.get("published"), "outlet": a.get("outlet"), "url": None} for a in articles}
    claims_of = {article.id: claims for article, claims in
                 extract_batch(Article(a["id"], a["text"], a.get("published"), extra={"outlet": a.get("outlet")})
                               for a in articles)}  # as a corpus record carries its outlet
    claims = [Claim.from_dict(c) for cs in claims_of.values() for c in cs]
    findings = run_checks_on(claims, texts, meta=meta)
    rows = build_series(claims, findings, meta, texts)
    row_of = {r["claim_id"]: i for i, row in enumerate(rows) for r in row["reports"]}
    figures = []
    for label in labels:
        span = place(texts[label["article"]], label["surface"], label.get("occurrence", 1))
        claim = claim_at(claims_of[label["article"]], span) if span else None
        figures.append({**label, "claim": claim, "row": row_of.get(claim["claim_id"]) if claim else None})
    return {"figures": figures, "rows": rows}


def score(result: dict) -> dict:
    figures, rows = result["figures"], result["rows"]
    found = sum(f["claim"] is not None for f in figures)
    same, joined, merged, missed_pairs, wrong_pairs = 0, 0, 0, [], []
    for a, b in itertools.combinations(figures, 2):
        if a["article"] == b["article"]:
            continue
        if a["fact"] == b["fact"]:
            same += 1
            if a["row"] is not None and a["row"] == b["row"]:
                joined += 1
            else:
                missed_pairs.append((a, b))
        elif a["row"] is not None and a["row"] == b["row"]:
            merged += 1
            wrong_pairs.append((a, b))
    by_row = defaultdict(list)
    for f in figures:
        if f["row"] is not None:
            by_row[f["row"]].append(f)
    misreports = [f for f in figures if f.get("misreported")]
    flagged = sum(1 for f in misreports if f["row"] is not None and rows[f["row"]]["conflict"]
                  and any(o["fact"] == f["fact"] and not o.get("misreported") for o in by_row[f["row"]]))
    conflict_rows = [i for i, r in enumerate(rows) if r["conflict"]]
    false_conflicts = sum(1 for i in conflict_rows if not any(f.get("misreported") for f in by_row[i]))
    return {"figures": len(figures), "found": found, "same_pairs": same, "joined": joined, "merged": merged,
            "misreports": len(misreports), "flagged": flagged, "conflict_rows": len(conflict_rows),
            "false_conflicts": false_conflicts, "missed_pairs": missed_pairs, "wrong_pairs": wrong_pairs}


def describe(figure: dict) -> str:
    c = figure["claim"]
    if c is None:
        return f"{figure['article']} {figure['surface']!r} NOT FOUND"
    period = c["period"] and (c["period"]["text"], c["period"]["start"], c["period"]["end"])
    return (f"{figure['article']} {figure['surface']!r} row={figure['row']} metric={c['metric']!r} "
            f"subject={c['subject']!r} cp={c['counterparty']!r} change={c['change']} unit={c['quantity']['unit']!r} "
            f"period={period}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", help="set folders to run (default: all)")
    parser.add_argument("--show", action="store_true", help="list missed pairs and wrong merges (read sets only)")
    args = parser.parse_args()
    folders = [HERE / s for s in args.sets] if args.sets else sorted(p for p in HERE.iterdir() if p.is_dir())
    for folder in folders:
        s = score(run_set(folder))
        print(f"{folder.name}: figures found {s['found']}/{s['figures']}; same-fact pairs in one row "
              f"{s['joined']}/{s['same_pairs']}; look-alike pairs sharing a row {s['merged']}; misreports flagged "
              f"{s['flagged']}/{s['misreports']}; conflict rows {s['conflict_rows']} ({s['false_conflicts']} with no misreport)")
        if args.show:
            for a, b in s["missed_pairs"]:
                print(f"  MISSED {a['fact']}\n    {describe(a)}\n    {describe(b)}")
            for a, b in s["wrong_pairs"]:
                print(f"  MERGED {a['fact']} / {b['fact']}\n    {describe(a)}\n    {describe(b)}")


if __name__ == "__main__":
    main()
