"""Every gold file holds to the claim contract; the reader reports bad lines by FILE:LINE and keeps the rest."""
import importlib.util
import json
from pathlib import Path

import pytest

from extractor.errors import InputError, NewsclaimsError
from evaluation.gold import read_claims, read_texts, validate_gold_file

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SHARED = ROOT.parent / "shared"
# Every gold claims file and where its article texts come from; relations files are checked below.
GOLD_CORPORA = {
    "seeds.jsonl": lambda: read_texts(ROOT / "corpus" / "seeds.jsonl")[0],
    "bbc-dev.jsonl": lambda: _bbc_texts("dev"),
    "bbc-dev2.jsonl": lambda: _bbc_texts("dev2"),
    "bbc-dev3.jsonl": lambda: _bbc_texts("dev3"),
    "bbc-dev4.jsonl": lambda: _bbc_texts("dev4"),
    "bbc-dev5.jsonl": lambda: _bbc_texts("dev5"),
    "bbc-dev6.jsonl": lambda: _bbc_texts("dev6"),
    "bbc-test.jsonl": lambda: _bbc_texts("test"),
    "sa-dev.jsonl": lambda: read_texts(SHARED / "data" / "sa_news" / "articles.jsonl")[0],
}
RELATIONS = {"sa-dev-relations.jsonl": "sa-dev.jsonl"}
CHECKS = {"same_fact", "percent_change", "share", "sum", "multiple", "trend", "distinct"}


def _bbc_texts(name: str) -> dict:
    maker = ROOT / "corpus" / "make_bbc_dev.py"
    spec = importlib.util.spec_from_file_location(maker.stem, maker)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {r["id"]: r["text"] for r in module.load_bbc_dev(ids_path=module.ids_path(name))}


def corpus_texts(name: str) -> dict:
    """The texts a gold file is labelled on; the test is skipped when they are not on this machine."""
    try:
        return GOLD_CORPORA[name]()
    except (OSError, KeyError, NewsclaimsError) as exc:
        pytest.skip(f"the corpus of gold/{name} is not available here: {exc}")


def test_every_gold_file_is_checked():
    on_disk = {p.name for p in (ROOT / "gold").glob("*.jsonl")}
    assert on_disk == set(GOLD_CORPORA) | set(RELATIONS)


@pytest.mark.parametrize("name", sorted(GOLD_CORPORA))
def test_gold_file_holds_to_the_contract(name):
    texts = corpus_texts(name)
    assert validate_gold_file(ROOT / "gold" / name, texts) == []
    assert read_claims(ROOT / "gold" / name).claims, f"gold/{name} holds no claims"


@pytest.mark.parametrize("name", sorted(RELATIONS))
def test_relations_name_gold_claims_and_say_what_they_are(name):
    claim_ids = {c.claim_id for c in read_claims(ROOT / "gold" / RELATIONS[name]).claims}
    seen = set()
    for line in (ROOT / "gold" / name).read_text(encoding="utf-8").splitlines():
        relation = json.loads(line)
        assert relation["relation_id"] not in seen
        seen.add(relation["relation_id"])
        assert relation["check"] in CHECKS, relation
        assert set(relation["claim_ids"]) <= claim_ids, relation["relation_id"]
        assert len(relation["claim_ids"]) >= 2, relation["relation_id"]
        expected = {"different"} if relation["check"] == "distinct" else {"consistent", "inconsistent"}
        assert relation["verdict"] in expected, relation["relation_id"]
    assert seen


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
    with pytest.raises(InputError, match=r"nope\.jsonl: no such file or directory$"):
        read_claims(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="is a directory"):
        read_claims(tmp_path)


def test_gold_reads_texts_through_the_corpus_reader():
    texts, bad = read_texts(DATA / "eval_articles.jsonl")
    assert texts == TEXTS and bad == []
    with pytest.raises(InputError, match="no such file or directory"):
        read_texts(DATA / "nope.jsonl")
