"""The spaCy component in a user's own pipeline: add_pipe, spans, n_process, to_disk/from_disk."""
import spacy
import pytest

import extractor  # noqa: F401  registers the factory
from extractor.pipeline import default_model

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
