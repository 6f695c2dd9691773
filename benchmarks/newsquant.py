"""Score the extractor on NewsQuant (Almasian et al., CQE, EMNLP 2023) the way its authors scored.

    python benchmarks/newsquant.py [--half test|dev|all]

Per sentence, a predicted quantity matches a gold one when the values are equal
(``np.isclose``; a range must match both ends); "+unit" also needs the unit. Precision =
matches / predicted quantities, recall = matches / gold quantities (their
``evaluate_models.py``, see ../shared/benchmarks/README.md). Units compare in our
convention, which the converted ``cases.jsonl`` uses: ISO codes for money, ``%`` for
percent, the counted noun for counts (singular, lower-case; the gold noun phrase
counts when our noun is its last word or its first).

NewsQuant annotates physical quantities, durations, ages and index levels too ("other":
362 of 904 items), which the claim contract does not extract; so a second line scores only
the money, percent and count items, with the same predictions. Report the test half (odd
positions); the dev half (even) is the only one to look at while developing. Prints
figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

CASES = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "newsquant" / "cases.jsonl"
PUBLISHED = {  # value F1 and value+unit F1, NewsQuant.csv of satya77/CQE_Evaluation (see the shared README)
    "CQE": (92.0, 85.6), "quantulum3": (73.0, 47.2), "Recognizers-Text": (69.1, 34.2),
    "CCG (Illinois Quantifier)": (57.3, 37.1), "GPT-3": (70.6, 59.1),
}


def load_cases(half: str) -> list[dict]:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    if half == "all":
        return cases
    parity = 1 if half == "test" else 0
    return [c for i, c in enumerate(cases) if i % 2 == parity]


def _values(item: dict) -> tuple[float, float]:
    if item.get("value") is None and item.get("value_range"):
        low, high = item["value_range"]
        return float(low), float(high)
    if "quantity" in item:  # one of our claims
        q = item["quantity"]
        return float(q["value"]), float(q.get("value_max", q["value"]))
    return float(item["value"]), float(item["value"])


def _same_values(claim: dict, gold: dict) -> bool:
    """np.isclose on the value, and on both ends of a range (the authors' rule)."""
    return all(math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9) for a, b in zip(_values(claim), _values(gold)))


def _singular(word: str) -> str:
    word = word.lower().strip()
    if word in ("people", "persons"):  # our unit for counts of people is "person"
        return "person"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _unit_equal(claim: dict, gold: dict) -> bool:
    ours, theirs = claim["quantity"]["unit"], gold.get("unit")
    if theirs is None:
        return False
    if claim["kind"] == "count":
        words = [_singular(w) for w in str(theirs).split()]
        return bool(words) and _singular(ours) in (words[0], words[-1])
    if claim["kind"] == "percent":
        return theirs == "%"
    return ours == theirs


def score(cases: list[dict], predictions: dict[str, list[dict]], kinds=None, with_unit=False) -> dict:
    """P/R/F1 in % over every case, matching one-to-one on value (and unit)."""
    predicted = gold_total = matched = 0
    for case in cases:
        gold = [g for g in case["expected"] if kinds is None or g["kind"] in kinds]
        preds = predictions.get(case["id"], [])
        if kinds is not None:
            # A prediction that hits an item of a kind left out is neither right nor wrong here.
            others = [g for g in case["expected"] if g["kind"] not in kinds]
            preds = [c for c in preds if not any(_same_values(c, g) for g in others)]
        predicted += len(preds)
        gold_total += len(gold)
        free = list(gold)
        for claim in preds:
            for g in free:
                if _same_values(claim, g) and (
                        not with_unit or _unit_equal(claim, g)):
                    free.remove(g)
                    matched += 1
                    break
    p = 100 * matched / predicted if predicted else None
    r = 100 * matched / gold_total if gold_total else None
    f = 2 * p * r / (p + r) if p and r else 0.0
    return {"precision": p, "recall": r, "f1": f, "matched": matched, "predicted": predicted, "gold": gold_total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many unmatched gold items (dev half only)")
    args = parser.parse_args()
    from extractor import extract_batch
    from extractor.corpus import Article

    cases = load_cases(args.half)
    predictions = {article.id: claims for article, claims in
                   extract_batch(Article(c["id"], c["text"]) for c in cases)}
    print(f"NewsQuant {args.half} half: {len(cases)} sentences, "
          f"{sum(len(c['expected']) for c in cases)} gold quantities")
    print(f"{'system':<28} {'value P / R / F1':>22} {'value+unit P / R / F1':>24}")
    for name, kinds in (("newsclaims (all items)", None), ("newsclaims (money/%/count)", {"money", "percent", "count"})):
        v = score(cases, predictions, kinds)
        vu = score(cases, predictions, kinds, with_unit=True)
        print(f"{name:<28} {v['precision']:6.1f} / {v['recall']:5.1f} / {v['f1']:5.1f}"
              f"   {vu['precision']:6.1f} / {vu['recall']:5.1f} / {vu['f1']:5.1f}")
    for name, (value_f1, unit_f1) in PUBLISHED.items():
        print(f"{name + ' (published)':<28} {'F1 ' + format(value_f1, '.1f'):>22} {'F1 ' + format(unit_f1, '.1f'):>24}")
    if args.errors and args.half == "dev":
        shown = 0
        for case in cases:
            for g in case["expected"]:
                if g["kind"] != "other" and shown < args.errors and not any(
                        _same_values(c, g) for c in predictions.get(case["id"], [])):
                    print(f"MISS {g['kind']:<8} {g.get('text')!r:<30} {case['text'][:110]}")
                    shown += 1


if __name__ == "__main__":
    main()
