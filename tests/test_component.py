"""The spaCy component in a user's own pipeline: add_pipe, spans, n_process, to_disk/from_disk, and the
same claims as `newsclaims extract` (one extraction path)."""
import json
from pathlib import Path

import spacy
import pytest

import extractor  # noqa: F401  registers the factory
from extractor.cli import app
from extractor.pipeline import default_model
from typer.testing import CliRunner

TEXTS = [
    "Exports rose 23% to $6.16 billion in the July-May 2021-22 period.",
    "The startups raised $274.7 million with 37 deals in the first six months of 2022.",
    "No figures here at all.",
]


@pytest.fixture(scope="module")
def user_nlp():
    nlp = spacy.load(default_model())
    nlp.add_pipe("newsclaims")
    return nlp


def test_component_writes_spans_with_claims(user_nlp):
    doc = user_nlp(TEXTS[0])
    spans = doc.spans["newsclaims"]
    assert [(s.text, s.label_) for s in spans] == [("23%", "percent"), ("$6.16 billion", "money")]
    assert spans[1]._.claim["quantity"]["value"] == 6160000000
    assert spans[1]._.claim["period"]["start"] == "2021-07-01"


@pytest.mark.parametrize("n_process", [1, 2])
def test_component_same_claims_with_n_process(user_nlp, n_process):
    expected = [user_nlp(t)._.claims for t in TEXTS]
    got = [doc._.claims for doc in user_nlp.pipe(TEXTS, n_process=n_process)]
    assert got == expected
    assert [len(c) for c in got] == [2, 2, 0]


def test_component_to_disk_from_disk_round_trip(user_nlp, tmp_path):
    user_nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert "newsclaims" in reloaded.pipe_names
    assert reloaded(TEXTS[1])._.claims == user_nlp(TEXTS[1])._.claims


def test_component_factory_is_declared_as_entry_point():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert "newsclaims" in names


# --- one extraction path: the component and `newsclaims extract` give the same claims ---------------

ROOT = Path(__file__).resolve().parents[1]
SA_NEWS = ROOT.parent / "shared" / "data" / "sa_news" / "articles.jsonl"


def _component_claims(nlp, record: dict) -> list[dict]:
    """The claims of the component on a record: its fields set on a Doc from make_doc, as a user would."""
    doc = nlp.make_doc(record["text"])
    doc._.article_id = record["id"]
    doc._.published = record.get("published")
    doc._.title = record.get("title")
    doc._.url = record.get("url")
    doc._.outlet = record.get("outlet")
    return nlp(doc)._.claims


@pytest.mark.parametrize("corpus", [ROOT / "corpus" / "seeds.jsonl", SA_NEWS], ids=["seeds", "sa-dev"])
def test_component_claims_equal_newsclaims_extract(user_nlp, corpus, tmp_path):
    if not corpus.exists():
        pytest.skip(f"{corpus} is missing (../shared not checked out)")
    out = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    by_article: dict = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        claim = json.loads(line)
        by_article.setdefault(claim["article_id"], []).append(claim)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(map(len, by_article.values())) > 30
    for record in records:
        got = _component_claims(user_nlp, record)
        assert json.dumps(got, sort_keys=True) == json.dumps(by_article.get(record["id"], []), sort_keys=True), record["id"]


def test_component_reads_title_and_url_as_the_batch_api_does(user_nlp):
    from extractor.api import extract_results
    from extractor.corpus import Article

    text = "Exports rose 12 percent to $3.1 billion in March, the ministry said."
    record = {"id": "x", "text": text, "published": "2024-04-02", "title": "Nepal's exports climb"}
    got = _component_claims(user_nlp, record)
    [batch] = extract_results([Article("x", text, "2024-04-02", {"title": record["title"]})])
    assert got == batch.claims
    assert {c["subject"] for c in got} == {"Nepal"}  # the headline names whose figures these are
    assert {c["subject"] for c in _component_claims(user_nlp, dict(record, title=None))} == {None}


def test_component_reads_the_outlet_as_the_batch_api_does(user_nlp):
    from extractor.api import extract_results
    from extractor.corpus import Article

    text = "Tea worth Rs. 12 million was sold in March, traders said."
    record = {"id": "x", "text": text, "published": "2024-04-02", "outlet": "The Kathmandu Post"}
    got = _component_claims(user_nlp, record)
    [batch] = extract_results([Article("x", text, "2024-04-02", {"outlet": record["outlet"]})])
    assert got == batch.claims
    assert [c["quantity"]["unit"] for c in got] == ["NPR"]  # the outlet's city names its rupee


def test_component_parses_numeric_pieces_with_its_upstream_components_only(user_nlp):
    component = user_nlp.get_pipe("newsclaims")
    text = "Nothing to see in this line.\nSales rose 5% to $2 million in 2023. Nothing here either."
    parts = component.parts_of(text)
    assert [text[p.offset:p.end] for p in parts] == ["Sales rose 5% to $2 million in 2023."]
    assert all(t.dep_ for t in parts[0].doc)  # parsed by the parser upstream
    assert not parts[0].doc.spans.get("newsclaims")  # the component did not run on its own pieces


def test_component_line_break_sentence_starts_as_token_by_token():
    """paragraph_sentences (read by ORTH id) marks a sentence start after every token holding a line break."""
    from extractor.component import paragraph_sentences

    nlp = spacy.blank("en")
    for text in ("Exports rose.\nImports fell 3%", "A \n\n B\r\nC  D \n", "one", "", "x\n"):
        doc = paragraph_sentences(nlp(text))
        expected = [i > 0 and "\n" in doc[i - 1].text for i in range(len(doc))]
        assert [i > 0 and bool(t.is_sent_start) for i, t in enumerate(doc)] == expected, text


def test_component_sentence_span_text_is_spacys():
    from extractor.context import SentenceSpan

    doc = spacy.blank("en")("Exports rose 5%  to $2bn . Imports fell.")
    for start, end in ((0, 7), (2, 5), (7, len(doc)), (3, 3)):
        span = SentenceSpan(doc, start, end)
        assert span.text == doc[start:end].text and span.text == doc[start:end].text
        assert span == doc[start:end]
