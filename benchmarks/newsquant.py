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
362 of 904 items), which the claim contract does not extract; so further lines score only
the money, percent and count items: "money/%/count" with every prediction (a prediction
that equals an item of a kind left out is neither right nor wrong), and one line per kind
with the predictions of that kind ("money+percent": our money and percent claims against
the gold money and percent items; "count" includes our multiples, which the set files as
counts).

Conventions. The claim contract and NewsQuant write three things differently, the way CQE's
authors mapped other systems' units to theirs (``tagger.py``), our claims are read in the
set's conventions before scoring (:func:`newsquant_view`): a minor unit stays in that
unit ("19 cents": ours 0.19 USD, the set's 19 cent), a fraction of a whole is a share of 1
("two-thirds": ours 66.67 %, the set's 0.667 %), basis points stay basis points ("60
basis points": ours 0.6 pp, the set's 60, an item of kind other), and a count of a
nationality is a count of persons ("1,307,000 Americans": ours person). ``--raw`` scores
without this mapping. Report the test half (odd positions); the dev half (even) is the
only one to look at while developing. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import math
import re
from pathlib import Path

# ../shared seen from the repository root (or from any directory above it: a git worktree).
CASES = next((p / "shared" / "benchmarks" / "newsquant" / "cases.jsonl" for p in Path(__file__).resolve().parents[1:]
              if (p / "shared" / "benchmarks" / "newsquant" / "cases.jsonl").is_file()),
             Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "newsquant" / "cases.jsonl")
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


_OLD_MULTIPLES = False  # --old-multiples: score as before the fix (a multiple never had the unit of a gold multiple)

_MINOR_UNITS = {"cent": "cent", "cents": "cent", "pence": "pence", "penny": "pence", "pennies": "pence",
                "p": "pence", "sen": "sen", "paise": "paise", "paisa": "paise"}


def newsquant_view(claim: dict) -> dict:
    """One of our claims in NewsQuant's conventions (see the module docstring); a copy."""
    q = dict(claim["quantity"])
    text = q.get("text") or ""
    scale = None
    if claim["kind"] == "money":
        m = re.search(r"(?:\d\s*|[A-Za-z][\s-])(cents?|pence|penny|pennies|sen|paise|paisa)$|\d\s*(p)$", text.strip())
        if m:  # "19 cents", "five cents", "640p"
            scale, q["unit"] = 100, _MINOR_UNITS[(m.group(1) or m.group(2)).lower()]
    elif claim["kind"] == "percent":
        low = text.lower()
        if "basis" in low or re.search(r"(?:\d|\s)bps?$", low):
            scale, q["unit"] = 100, "basis point"
        elif not re.search(r"per\s?cent|%|pc\b|point", low) and (
                not re.search(r"\d", low) or re.search(r"\b(?:in|out of)\b", low)):
            scale = 0.01  # "two-thirds", "one in six": a share of 1
    if scale is not None:
        q["value"] = q["value"] * scale
        if q.get("value_max") is not None:
            q["value_max"] = q["value_max"] * scale
    return {**claim, "quantity": q}


def _unit_equal(claim: dict, gold: dict) -> bool:
    ours, theirs = claim["quantity"]["unit"], gold.get("unit")
    if claim["kind"] == "multiple":  # the set's multiples ("6.5 times earnings") are counts with no noun
        return bool(gold.get("is_multiple")) and not _OLD_MULTIPLES
    if theirs is None:
        return False
    if claim["kind"] == "count":
        words = [_singular(w) for w in str(theirs).split()]
        if ours == "person" and len(words) == 1 and str(theirs)[:1].isupper():
            return True  # "1,307,000 Americans": the contract counts a nationality as persons
        return bool(words) and _singular(ours) in (words[0], words[-1])
    if claim["kind"] == "percent":
        return theirs == "%"
    return ours == theirs


def score(cases: list[dict], predictions: dict[str, list[dict]], kinds=None, with_unit=False,
          pred_kinds=None) -> dict:
    """P/R/F1 in % over every case, matching one-to-one on value (and unit). ``pred_kinds``
    keeps only our claims of those kinds."""
    predicted = gold_total = matched = 0
    for case in cases:
        gold = [g for g in case["expected"] if kinds is None or g["kind"] in kinds]
        preds = [c for c in predictions.get(case["id"], []) if pred_kinds is None or c["kind"] in pred_kinds]
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


LINES = (  # name, gold kinds, our kinds (None: every prediction)
    ("newsclaims (all items)", None, None),
    ("newsclaims (money/%/count)", {"money", "percent", "count"}, None),
    ("  money+percent", {"money", "percent"}, {"money", "percent"}),
    ("  money", {"money"}, {"money"}),
    ("  percent", {"percent"}, {"percent"}),
    ("  count", {"count"}, {"count", "multiple"}),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--raw", action="store_true", help="score our claims as the contract writes them (no mapping)")
    parser.add_argument("--old-multiples", action="store_true",
                        help="score as before the fix of 2026-12-01: our multiples never match the set's multiples on unit")
    parser.add_argument("--errors", type=int, default=0, help="print this many unmatched gold items, then false positives (dev half only)")
    args = parser.parse_args()
    global _OLD_MULTIPLES
    _OLD_MULTIPLES = args.old_multiples
    from extractor import extract_batch
    from extractor.corpus import Article

    cases = load_cases(args.half)
    predictions = {article.id: claims for article, claims in
                   extract_batch(Article(c["id"], c["text"]) for c in cases)}
    if not args.raw:
        predictions = {k: [newsquant_view(c) for c in v] for k, v in predictions.items()}
    print(f"NewsQuant {args.half} half: {len(cases)} sentences, "
          f"{sum(len(c['expected']) for c in cases)} gold quantities"
          f"{' (claims as the contract writes them)' if args.raw else ' (claims read in the set conventions)'}")
    print(f"{'system':<28} {'value P / R / F1':>22} {'value+unit P / R / F1':>24}  gold")
    for name, kinds, pred_kinds in LINES:
        v = score(cases, predictions, kinds, pred_kinds=pred_kinds)
        vu = score(cases, predictions, kinds, with_unit=True, pred_kinds=pred_kinds)
        print(f"{name:<28} {v['precision'] or 0:6.1f} / {v['recall'] or 0:5.1f} / {v['f1']:5.1f}"
              f"   {vu['precision'] or 0:6.1f} / {vu['recall'] or 0:5.1f} / {vu['f1']:5.1f}  {v['gold']:4d}")
    for name, (value_f1, unit_f1) in PUBLISHED.items():
        print(f"{name + ' (published)':<28} {'F1 ' + format(value_f1, '.1f'):>22} {'F1 ' + format(unit_f1, '.1f'):>24}")
    if args.errors and args.half == "dev":
        shown = 0
        for case in cases:
            for g in case["expected"]:
                if g["kind"] != "other" and shown < args.errors and not any(
                        _same_values(c, g) and _unit_equal(c, g) for c in predictions.get(case["id"], [])):
                    print(f"MISS {g['kind']:<8} {g.get('text')!r:<30} {g.get('unit')!s:<10} {case['text'][:110]}")
                    shown += 1
        for case in cases:  # our claims that match no gold item of the scored kinds (nor one of kind other)
            for c in predictions.get(case["id"], []):
                if shown < args.errors and not any(
                        _same_values(c, g) and (g["kind"] == "other" or _unit_equal(c, g)) for g in case["expected"]):
                    q = c["quantity"]
                    print(f"FALSE {c['kind']:<7} {q['text']!r:<30} {q['value']:g} {q['unit']!s:<10} {case['text'][:110]}")
                    shown += 1


if __name__ == "__main__":
    main()
