"""The quantulum3 and spaCy NER baselines: contract claims from one tiny article, scored like predictions."""
import pytest

from evaluation.baselines import _counted_noun, _currency, parse_number, quantulum_claims, run_baselines, spacy_ner_claims
from evaluation.report import render_html
from extractor.contract import Claim, Quantity, contract_problems

TEXT = "Exports rose 23% to $5 billion last year, the ministry said. The firm has 6,000 vendors."


def kinds(claims):
    return {(c.quantity.text, c.kind, c.quantity.value, c.quantity.unit) for c in claims}


def gold_claim(surface, kind, value, unit):
    start = TEXT.index(surface)
    return Claim(article_id="a", kind=kind, sentence_start=0, sentence_end=len(TEXT),
                 quantity=Quantity(text=surface, start=start, end=start + len(surface), value=value, unit=unit))


def test_baselines_quantulum_claims_hold_to_the_contract():
    claims = quantulum_claims("a", TEXT)
    assert {("23%", "percent", 23, "%"), ("$5 billion", "money", 5e9, "USD"),
            ("6,000", "count", 6000, "vendor")} <= kinds(claims)
    for c in claims:
        assert contract_problems(c.to_dict(), TEXT) == [], c


@pytest.mark.parametrize("surface,value", [
    ("$2.6 billion", 2.6e9), ("Rs10 billion", 1e10), ("$1.13bn", 1.13e9), ("23%", 23), ("6,000", 6000),
    ("twelve", 12), ("billions", None),
])
def test_baselines_parse_number(surface, value):
    assert parse_number(surface) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("surface,code", [
    ("$5 billion", "USD"), ("£21.3m", "GBP"), ("Rs10 billion", "PKR"), ("5 billion rupees", "PKR"),
    ("€5m", "EUR"), ("10 years", "XXX"), ("pound sterling", "GBP"),
])
def test_baselines_currency_codes(surface, code):
    assert _currency(surface) == code


@pytest.mark.parametrize("after,noun", [(" vendors.", "vendor"), (" companies", "company"), (" million subscribers", "subscriber"), (".", "item")])
def test_baselines_counted_noun(after, noun):
    assert _counted_noun("6,000" + after, 5) == noun


@pytest.fixture
def ner_nlp(request):
    """The session-scoped ``nlp`` of tests/conftest.py when there is one with an NER, else loaded here."""
    try:
        nlp = request.getfixturevalue("nlp")
        if "ner" in nlp.pipe_names:
            return nlp
    except pytest.FixtureLookupError:
        pass
    from evaluation.baselines import load_spacy_model

    return load_spacy_model()


def test_baselines_spacy_ner_claims_and_side_by_side_scores(ner_nlp):
    nlp = ner_nlp
    claims = spacy_ner_claims({"a": TEXT}, nlp)
    assert {("23%", "percent", 23, "%"), ("$5 billion", "money", 5e9, "USD")} <= kinds(claims)
    for c in claims:
        assert contract_problems(c.to_dict(), TEXT) == [], c

    gold = [gold_claim("23%", "percent", 23, "%"), gold_claim("$5 billion", "money", 5e9, "USD")]
    baselines = run_baselines({"a": TEXT}, gold, nlp=nlp)
    assert list(baselines) == ["quantulum3", "spacy_ner"]
    for scores in baselines.values():
        assert scores["detection"]["recall"] == 1.0
        assert set(scores) == {"detection", "full", "fields", "per_kind", "counts"}

    from evaluation.scoring import score

    page = render_html({**score(gold, gold), "baselines": baselines})
    assert "<th>predictions</th><th>quantulum3</th><th>spacy_ner</th>" in page
