"""How well revisions told over a passage are read: the vintage marks of figure pairs in invented
passages that three writers wrote blind, without seeing the extractor or its rules.

    python benchmarks/revision_passages.py [--show]

Each set (``benchmarks/revision_passages/set*.jsonl``) holds passages in which a statistics body,
central bank or company revises earlier figures, with the revising word in one sentence and some
of the pairs (the earlier and the new value) in later sentences, plus control passages whose pairs
are no revision (changes between two periods, a revision of something else first). Each line:
``{"id", "control", "text", "figures": [{"surface", "vintage": "earlier|revised|none", "measure"}]}``.

A figure is right when its claim's metric carries the vintage the writer gave: an earlier mark
("before revision", "provisional", "preliminary", "earlier estimate") for "earlier", a later one
("revised", "final") for "revised", none for "none". Sets 1 and 2 were read while the rules of
``extractor/revisions.py`` were written (the thirteenth session); set 3 was measured before anyone
read it and is the held-out figure. ``--show`` lists the figures read wrong. Prints figures;
asserts nothing.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from evaluation import facts
from extractor.api import extract

HERE = Path(__file__).resolve().parent / "revision_passages"
EARLIER = frozenset({"before revision", "provisional", "preliminary", "earlier estimate"})
LATER = frozenset({"revised", "final"})


def read_vintage(metric) -> str:
    marks = facts.vintages(metric)
    return "earlier" if marks & EARLIER else "revised" if marks & LATER else "none"


def claim_of(claims: list[dict], surface: str):
    """The claim written as ``surface``, else one whose surface holds it or is held by it."""
    exact = [c for c in claims if c["quantity"]["text"] == surface]
    near = [c for c in claims if surface in c["quantity"]["text"] or c["quantity"]["text"] in surface]
    return (exact or near or [None])[0]


def score(path: Path) -> tuple[int, int, int, int, list]:
    """(figures right, figures, control figures read as a vintage, control figures, wrong rows)."""
    right = total = control_wrong = control_total = 0
    wrong = []
    for line in path.read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        claims = extract(passage["text"], published="2031-06-01")
        for figure in passage["figures"]:
            claim = claim_of(claims, figure["surface"])
            got = read_vintage(claim["metric"] if claim else None)
            total += 1
            right += got == figure["vintage"]
            if passage["control"]:
                control_total += 1
                control_wrong += got != "none"
            if got != figure["vintage"]:
                wrong.append((passage["id"], figure["surface"], figure["vintage"], got, claim and claim["metric"]))
    return right, total, control_wrong, control_total, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the figures read wrong")
    args = parser.parse_args()
    for path in sorted(HERE.glob("set*.jsonl")):
        right, total, control_wrong, control_total, wrong = score(path)
        print(f"{path.stem}: vintage right {right}/{total}; revision figures {right - control_total + control_wrong}"
              f"/{total - control_total}; control figures read as a vintage {control_wrong}/{control_total}")
        if args.show:
            for row in wrong:
                print("   ", row)


if __name__ == "__main__":
    main()
