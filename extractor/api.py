"""The plain function API: ``extract(text, published=None)`` and ``extract_batch(articles)``."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional

from spacy.language import Language

from extractor.corpus import Article
from extractor.pipeline import load_pipeline as _load
from extractor.published import infer_published


@lru_cache(maxsize=4)
def load_pipeline(model: Optional[str] = None) -> Language:
    """The spaCy pipeline with the newsclaims component, loaded once per model name."""
    return _load(model)


def prepare_doc(nlp: Language, article: Article):
    """A tokenised Doc carrying the article's id and publication date for the component."""
    doc = nlp.make_doc(article.text)
    published, inferred = article.published, False
    if published is None:
        published = infer_published(article.text)
        inferred = published is not None
    doc._.article_id = article.id
    doc._.published = published
    doc._.published_inferred = inferred
    return doc


def extract(text: str, published: Optional[str] = None, article_id: str = "doc",
            model: Optional[str] = None) -> list[dict]:
    """Claims (contract dicts) of one text."""
    nlp = load_pipeline(model)
    return nlp(prepare_doc(nlp, Article(article_id, text, published)))._.claims


def extract_batch(articles: Iterable[Article], model: Optional[str] = None, n_process: int = 1,
                  batch_size: int = 16) -> Iterator[tuple[Article, list[dict]]]:
    """(article, claims) for each article, in order, streaming."""
    nlp = load_pipeline(model)
    docs = ((prepare_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(docs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield article, doc._.claims
