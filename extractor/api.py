"""The plain function API: ``extract(text, published=None)`` and ``extract_batch(articles)``.

Both parse only the numeric sentences of each article (:mod:`extractor.segments`) with
the spaCy components, then run the claim logic over those parts: the same claims as the
``newsclaims`` component on a whole Doc, at a fraction of the parsing cost.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional

from spacy.language import Language

from extractor.claims import Part, claims_from_parts
from extractor.corpus import Article
from extractor.pipeline import load_pipeline as _load
from extractor.published import infer_published
from extractor.segments import numeric_segments


@lru_cache(maxsize=4)
def load_pipeline(model: Optional[str] = None) -> Language:
    """The spaCy pipeline with the newsclaims component, loaded once per model name."""
    return _load(model)


def publication_date(article: Article) -> tuple[Optional[str], bool]:
    """(published, inferred): the record's date, else one read off a header line or dateline."""
    if article.published is not None:
        return article.published, False
    inferred = infer_published(article.text)
    return inferred, inferred is not None


def prepare_doc(nlp: Language, article: Article):
    """A tokenised Doc carrying the article's id and publication date for the component."""
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    doc._.published, doc._.published_inferred = publication_date(article)
    return doc


def extract(text: str, published: Optional[str] = None, article_id: str = "doc",
            model: Optional[str] = None) -> list[dict]:
    """Claims (contract dicts) of one text."""
    [(_, claims)] = extract_batch([Article(article_id, text, published)], model=model)
    return claims


def extract_batch(articles: Iterable[Article], model: Optional[str] = None, n_process: int = 1,
                  batch_size: int = 64) -> Iterator[tuple[Article, list[dict]]]:
    """(article, claims) for each article, in order, streaming: memory holds one batch, not the corpus."""
    nlp = load_pipeline(model)

    def pieces():
        # Every article sends at least one piece (an empty one when nothing is numeric), so the
        # stream of parsed pieces can be regrouped by article in order.
        for article in articles:
            segments = numeric_segments(article.text) or [(0, 0)]
            for i, (start, end) in enumerate(segments):
                yield article.text[start:end], (article, start, i == len(segments) - 1)

    parts: list[Part] = []
    with nlp.select_pipes(disable=["newsclaims"]):
        for doc, (article, offset, last) in nlp.pipe(pieces(), as_tuples=True, n_process=n_process,
                                                      batch_size=batch_size):
            if len(doc):
                parts.append(Part(offset, doc))
            if last:
                published, inferred = publication_date(article)
                claims = claims_from_parts(article.text, parts, article.id, published, inferred)
                yield article, [c.to_dict() for c in claims]
                parts = []
