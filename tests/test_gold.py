"""Every gold file holds to the claim contract; the reader reports bad lines by FILE:LINE and keeps the rest."""
import importlib.util
import json
from pathlib import Path

import pytest

from evaluation.gold import ClaimsFileError, read_claims, read_texts, validate_gold_file

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
# Claim files only: relations files (``*-relations.jsonl``) are checked in tests/test_relations.py.
GOLD_FILES = sorted(p for p in (ROOT / "gold").glob("*.jsonl") if not p.name.endswith("-relations.jsonl"))


def corpus_texts(gold_file: Path):
    """The texts a gold file is labelled on, or None when its corpus is not available here."""
    name = gold_file.stem
    if (ROOT / "corpus" / f"{name}.jsonl").is_file():  # gold/seeds.jsonl <- corpus/seeds.jsonl
        return read_texts(ROOT / "corpus" / f"{name}.jsonl")[0]
    maker = ROOT / "corpus" / f"make_{name.replace('-', '_')}.py"  # gold/bbc-dev.jsonl <- load_bbc_dev()
    if maker.is_file():
        spec = importlib.util.spec_from_file_location(maker.stem, maker)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        try:
            records = getattr(module, f"load_{name.replace('-', '_')}")()
        except (OSError, KeyError):  # the shared BBC data is not on this machine
            return None
        return {_get(r, "id"): _get(r, "text") for r in records}
    return None


def _get(record, name):
    return record[name] if isinstance(record, dict) else getattr(record, name)


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_file_holds_to_the_contract(gold_file):
    texts = corpus_texts(gold_file)  # None: the text check is skipped, the shape is still checked
    assert validate_gold_file(gold_file, texts) == []
    assert read_claims(gold_file).claims, f"{gold_file} holds no claims"


# ---- the reader ------------------------------------------------------------------------------

TEXTS = {a["id"]: a["text"] for a in map(json.loads, (DATA / "eval_articles.jsonl").open())}
GOOD = {"claim_id": "a1:13-16", "article_id": "a1", "kind": "percent",
        "quantity": {"text": "23%", "start": 13, "end": 16, "value": 23, "unit": "%", "qualifier": "exact"},
        "change": "increase", "metric": "exports", "subject": None, "counterparty": None,
        "period": {"text": "2021", "start": "2021-01-01", "end": "2021-12-31"}, "source": None,
        "sentence": {"start": 0, "end": 72}}


def write_lines(path, lines):
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")
    return path


def test_gold_malformed_lines_are_reported_and_the_rest_used(tmp_path):
    money = {**GOOD, "claim_id": "a1:20-30", "kind": "money",
             "quantity": {**GOOD["quantity"], "text": "$5 billion", "start": 20, "end": 30, "value": 5e9, "unit": "USD"}}
    path = write_lines(tmp_path / "gold.jsonl", [
        GOOD,
        "{not json",
        "",  # blank lines are skipped, but still counted
        {**GOOD, "kind": "ratio"},
        GOOD,
        money,
    ])
    result = read_claims(path)
    assert [c.claim_id for c in result.claims] == ["a1:13-16", "a1:20-30"]
    assert [str(p) for p in result.problems] == [
        f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes at column 2",
        f"{path}:4: kind 'ratio' not in ['money', 'percent', 'count', 'multiple']",
        f"{path}:5: duplicate claim_id 'a1:13-16', first seen on line 1",
    ]


def test_gold_surfaces_checked_against_the_text(tmp_path):
    shifted = {**GOOD, "claim_id": "a1:12-15", "quantity": {**GOOD["quantity"], "start": 12, "end": 15}}
    elsewhere = {**GOOD, "article_id": "zz", "claim_id": "zz:13-16"}
    path = write_lines(tmp_path / "gold.jsonl", [GOOD, shifted, elsewhere])
    assert validate_gold_file(path) == []  # shape alone is fine
    assert validate_gold_file(path, TEXTS) == [
        f"{path}:2: text[12:15] is ' 23', quantity.text is '23%'",
        f"{path}:3: article_id 'zz' is not in the corpus",
    ]


def test_gold_one_line_names_all_its_problems(tmp_path):
    path = write_lines(tmp_path / "gold.jsonl", [{**GOOD, "kind": "ratio", "change": "up"}])
    (problem,) = validate_gold_file(path)
    assert problem.startswith(f"{path}:1: kind 'ratio'") and "; change 'up'" in problem


def test_gold_missing_file_raises(tmp_path):
    with pytest.raises(ClaimsFileError, match=r"nope\.jsonl: no such file or directory$"):
        read_claims(tmp_path / "nope.jsonl")
    with pytest.raises(ClaimsFileError, match="is a directory"):
        read_claims(tmp_path)


def test_gold_reads_texts_through_the_corpus_reader():
    texts, bad = read_texts(DATA / "eval_articles.jsonl")
    assert texts == TEXTS and bad == []
    with pytest.raises(ClaimsFileError, match="no such file or directory"):
        read_texts(DATA / "nope.jsonl")
