"""evaluation/splits.py: the South Asian subsets cover every gold page once, and --split scores only them."""
import json
from pathlib import Path

from evaluation.evaluate import evaluate
from evaluation.splits import SA_CHECK, SA_COUNTRY, SA_DEV

ROOT = Path(__file__).resolve().parents[1]


def test_dev_and_check_split_the_pages_and_so_do_countries():
    pages = {f"sa-dev-{n:02d}" for n in range(1, 45)}
    assert set(SA_DEV) | set(SA_CHECK) == pages and not set(SA_DEV) & set(SA_CHECK)
    by_country = [page for ids in SA_COUNTRY.values() for page in ids]
    assert sorted(by_country) == sorted(pages)


def test_split_scores_only_its_articles(tmp_path):
    gold = ROOT / "gold" / "sa-dev.jsonl"
    lines = gold.read_text(encoding="utf-8").splitlines()
    # Predictions: the gold claims of the DEV pages only, so DEV is perfect and CHECK is all misses.
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(l + "\n" for l in lines if json.loads(l)["article_id"] in SA_DEV), encoding="utf-8")
    dev = evaluate(gold, pred, split="dev").scores
    check = evaluate(gold, pred, split="check").scores
    assert dev["detection"]["f1"] == 1.0 and dev["detection"]["fn"] == 0
    assert check["detection"]["tp"] == 0 and check["detection"]["fn"] == sum(
        json.loads(l)["article_id"] in SA_CHECK for l in lines)


def test_bbc_dev4_halves_split_its_gold_pages():
    from evaluation.splits import BBC_DEV4A, BBC_DEV4B, SPLITS

    pages = {json.loads(l)["article_id"] for l in (ROOT / "gold" / "bbc-dev4.jsonl").read_text(encoding="utf-8").splitlines()}
    assert pages <= set(BBC_DEV4A) | set(BBC_DEV4B) and not set(BBC_DEV4A) & set(BBC_DEV4B)
    assert pages & set(BBC_DEV4A) and pages & set(BBC_DEV4B)
    assert SPLITS["dev4a"] == BBC_DEV4A and SPLITS["dev4b"] == BBC_DEV4B


def test_bbc_dev6_halves_split_its_gold_pages_by_annotator():
    from evaluation.splits import BBC_DEV6A, BBC_DEV6B, SPLITS

    lines = (ROOT / "gold" / "bbc-dev6.jsonl").read_text(encoding="utf-8").splitlines()
    pages = {json.loads(l)["article_id"] for l in lines}
    assert pages <= set(BBC_DEV6A) | set(BBC_DEV6B) and not set(BBC_DEV6A) & set(BBC_DEV6B)
    assert pages & set(BBC_DEV6A) and pages & set(BBC_DEV6B)
    assert SPLITS["dev6a"] == BBC_DEV6A and SPLITS["dev6b"] == BBC_DEV6B
