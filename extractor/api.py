"""The plain function API: ``extract(text, published=None)`` and ``extract_batch(articles)``.

Both parse only the numeric sentences of each article (:mod:`extractor.segments`) with
the spaCy components, then run the claim logic over those parts: the claims of the
``newsclaims`` component on a whole Doc (but where a sentence parses differently without
its neighbours), at a fraction of the parsing cost.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
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


class ExtractionFailed(Exception):
    """The claim logic failed on one article (a bug in newsclaims, not in the input)."""


@dataclass(frozen=True)
class Extracted:
    """One article's result in a batch: its claims, or why the claim logic failed on it."""

    article: Article
    claims: list[dict]
    error: Optional[str] = None  # set when the extraction failed; claims is then empty


def extract(text: str, published: Optional[str] = None, article_id: str = "doc",
            model: Optional[str] = None) -> list[dict]:
    """Claims (contract dicts) of one text."""
    [(_, claims)] = extract_batch([Article(article_id, text, published)], model=model)
    return claims


# spaCy refuses texts over nlp.max_length (1,000,000 characters); a numeric part longer than
# this (a table, a text without full stops) is parsed in pieces cut at whitespace.
MAX_PART_CHARS = 100_000


def _pieces_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_PART_CHARS:
        cut = text.rfind(" ", start + MAX_PART_CHARS // 2, start + MAX_PART_CHARS)
        cut = cut if cut > start else start + MAX_PART_CHARS
        yield start, cut
        start = cut
    yield start, end


def extract_batch(articles: Iterable[Article], model: Optional[str] = None, n_process: int = 1,
                  batch_size: int = 64) -> Iterator[tuple[Article, list[dict]]]:
    """(article, claims) for each article, in order, streaming: memory holds one batch, not the corpus.

    RAISES (ExtractionFailed): the claim logic failed on an article (a bug); use
    :func:`extract_results` to have such articles reported and the batch go on.
    """
    for result in extract_results(articles, model, n_process, batch_size):
        if result.error is not None:
            raise ExtractionFailed(f"{result.article.id}: {result.error}")
        yield result.article, result.claims


def extract_results(articles: Iterable[Article], model: Optional[str] = None, n_process: int = 1,
                    batch_size: int = 64, debug: bool = False) -> Iterator[Extracted]:
    """An :class:`Extracted` for each article, in order, streaming. An article on which the claim
    logic fails gets ``error`` set and the batch goes on; with ``debug`` the failure raises."""
    nlp = load_pipeline(model)

    def pieces():
        # Every article sends at least one piece (an empty one when nothing is numeric), so the
        # stream of parsed pieces can be regrouped by article in order.
        for article in articles:
            segments = [p for s, e in numeric_segments(article.text) for p in _pieces_of(article.text, s, e)]
            segments = segments or [(0, 0)]
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
                try:
                    title, url = (v if isinstance(v, str) else "" for v in (article.extra.get("title"), article.extra.get("url")))
                    claims = [c.to_dict() for c in claims_from_parts(article.text, parts, article.id, published,
                                                                     inferred, title, url)]
                    yield Extracted(article, claims)
                except Exception as exc:  # one article's bug must not lose the batch; --debug shows it
                    if debug:
                        raise
                    yield Extracted(article, [], f"extraction failed: {type(exc).__name__}: {exc}")
                parts = []


# --- several processes -----------------------------------------------------------------------
# Each worker loads the pipeline once and runs the whole extraction (parse and claim logic) on
# a batch of articles; the parent only reads, hands out batches and writes, in corpus order.
# A bounded window of batches in flight keeps memory flat however long the corpus is.

_worker_options: dict = {}
SMALL_CORPUS_ARTICLES = 64


def _init_worker(model: Optional[str], debug: bool) -> None:
    _worker_options.update(model=model, debug=debug)
    load_pipeline(model)


def extract_chunk(chunk: list[Article], model: Optional[str] = None, debug: bool = False) -> list[Extracted]:
    """A worker's job: the results of a chunk of articles (model loaded once per process)."""
    return list(extract_results(chunk, model=model, debug=debug))


def _extract_chunk(chunk: list[Article]) -> list[Extracted]:
    return extract_chunk(chunk, **_worker_options)


def in_order(articles: Iterable[Article], submit, in_flight: int, chunk_size: int) -> Iterator[Extracted]:
    """Hand chunks of articles to ``submit`` (which returns a future of their results) with at most
    ``in_flight`` chunks outstanding, and yield the results in corpus order as the futures finish."""
    import itertools
    from collections import deque

    iterator = iter(articles)
    window: deque = deque()
    while True:
        while len(window) < in_flight:
            chunk = list(itertools.islice(iterator, chunk_size))
            if not chunk:
                break
            window.append((chunk, submit(chunk)))
        if not window:
            return
        _, future = window.popleft()
        yield from future.result()


def extract_parallel(articles: Iterable[Article], processes: int, model: Optional[str] = None,
                     chunk_size: int = 8, debug: bool = False) -> Iterator[Extracted]:
    """Like :func:`extract_results`, spread over ``processes`` worker processes; same output, same order."""
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    iterator = iter(articles)
    # Starting workers costs a model load each (seconds): a small corpus runs in this process.
    head = list(itertools.islice(iterator, SMALL_CORPUS_ARTICLES))
    if processes <= 1 or len(head) < SMALL_CORPUS_ARTICLES:
        yield from extract_results(itertools.chain(head, iterator), model=model, debug=debug)
        return
    context = multiprocessing.get_context("spawn")  # fork would copy a loaded pipeline and its threads
    # One BLAS thread per worker: the workers already use every core, more threads only contend.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_init_worker, initargs=(model, debug)) as pool:
        yield from in_order(itertools.chain(head, iterator), lambda chunk: pool.submit(_extract_chunk, chunk),
                            2 * processes, chunk_size)
