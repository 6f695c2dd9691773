"""The faster attribute ruler and lemmatizer set exactly what spaCy's own components set."""
import sys

import pytest
import spacy

from extractor.pipeline import default_model
from extractor.speedups import CachedLemmas, FastAttributeMatch, import_quantulum_parser

# Invented sentences that reach the look-up rules (tags, listed words, NOT_IN on TAG and
# DEP, IS_SPACE) and the rules left to the Matcher (several tokens, REGEX).
SENTENCES = [
    "Profits at the firm rose 12% to $4.2bn, but it said that sales were weaker.",
    "I ain't gonna pay $300 for that, y'all know it, and nothin' will change.",
    "There are 40 stores left; let's see whether they have closed half of them.",
    "Whatever it does, the bank had not lent £2m  to   its clients\n\nsince 2019.",
    "Do you think he's right?  Which 3 of those were sold, and which weren't?",
    "Gotta go: c'mon, the board won't wait, it is what it is, I am sure.",
]


@pytest.fixture(scope="module")
def plain():
    return spacy.load(default_model())


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.is_sent_start) for t in doc]


def test_speedups_same_token_attributes_as_spacy(plain):
    ruler, lemmatizer = plain.get_pipe("attribute_ruler"), plain.get_pipe("lemmatizer")
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        parsed = list(plain.pipe(SENTENCES))
    fast_match, cached = FastAttributeMatch(ruler), CachedLemmas(lemmatizer)
    for doc in parsed:
        spacy_doc, fast_doc = doc.copy(), doc.copy()
        assert fast_match(fast_doc) == ruler.match(spacy_doc)
        lemmatizer(ruler(spacy_doc))
        ruler.set_annotations(fast_doc, fast_match(fast_doc))
        for token in fast_doc:
            if lemmatizer.overwrite or token.lemma == 0:
                token.lemma_ = cached(token)[0]
        assert _annotations(fast_doc) == _annotations(spacy_doc)


def test_speedups_lemmas_of_unseen_words_as_spacy_works_them_out(plain):
    lemmatizer = plain.get_pipe("lemmatizer")
    text = ("The Ministers were taxed heavily; rupees fell as the firms' losses widened, worse than the "
            "analysts' bleakest forecasts, and the quickest-growing lenders stopped lending to the oxen farmers.")
    with plain.select_pipes(disable=["lemmatizer"]):
        doc = plain(text)
    cached = CachedLemmas(lemmatizer)
    for token in doc:
        assert cached.lemmatize(token) == lemmatizer.rule_lemmatize(token), token.text


def test_speedups_installed_pipeline_matches_spacy(nlp, plain):
    """The whole pipeline with the speed-ups against spaCy's own (same components, same order)."""
    ours = [name for name in nlp.pipe_names if not name.startswith("newsclaims")]
    assert ours == plain.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler").match, FastAttributeMatch)
    assert isinstance(nlp.get_pipe("lemmatizer").lemmatize, CachedLemmas)
    with nlp.select_pipes(disable=["newsclaims", "newsclaims_paragraphs"]):
        fast = [_annotations(d) for d in nlp.pipe(SENTENCES * 2)]  # twice: the second time from the cache
    assert fast == [_annotations(d) for d in plain.pipe(SENTENCES * 2)]


def test_speedups_quantulum_reads_spelled_numbers():
    parser = import_quantulum_parser()
    assert "inflect" in sys.modules
    [found] = parser.extract_spellout_values("one hundred and five")
    assert float(found["new_surface"]) == 105.0


def test_speedups_multi_token_rules_matched_only_where_one_can_start(plain):
    """The Matcher of the rules left over ("gon na", "let 's", "there is") runs only on a text with
    a token that can start one of them; elsewhere it would find nothing."""
    ruler = plain.get_pipe("attribute_ruler")
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        plain_doc, startable = plain("Sales rose 4% to $2bn in the year."), plain("There are 40 stores; let's see.")
    fast_match = FastAttributeMatch(ruler)
    calls = []
    matcher = fast_match.residual
    fast_match.residual = lambda doc, **kw: calls.append(doc.text) or matcher(doc, **kw)
    assert fast_match(plain_doc) == ruler.match(plain_doc)
    assert calls == []
    assert fast_match(startable) == ruler.match(startable)
    assert calls == [startable.text]
    assert any(end - start > 1 or ruler.indices[rule] for rule, _, start, end in ruler.match(startable))


def test_speedups_claims_do_not_depend_on_the_batch_size():
    """Batches of BATCH_SIZE pieces (the default) give the claims that one piece at a time gives."""
    from extractor.api import BATCH_SIZE, extract_batch
    from extractor.corpus import Article

    articles = [Article(f"a{i}", f"{text}\n\nThe firm said 3 of its 12 plants closed in 2023.") for i, text in enumerate(SENTENCES)]
    one_by_one = [claims for _, claims in extract_batch(articles, batch_size=1)]
    assert BATCH_SIZE > len(articles)
    assert [claims for _, claims in extract_batch(articles)] == one_by_one
    assert any(one_by_one)
