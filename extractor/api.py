"""The plain function API: ``extract(text, published=None)`` and ``extract_batch(articles)``.

One extraction path: both this batch API and the ``newsclaims`` spaCy component parse only the
pieces of an article that :func:`article_pieces` picks (the numeric sentences of
:mod:`extractor.segments`) and hand them, with the article's :class:`ArticleFields` (id, text,
publication date, title, url), to the single entry point :func:`claims_of_article`. A text gets
the same claims either way.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence

from spacy.language import Language

from extractor.claims import Part, claims_from_parts
from extractor.corpus import Article
from extractor.pipeline import load_pipeline as _load
from extractor.published import dateline_end, infer_published
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


@dataclass(frozen=True)
class ArticleFields:
    """Everything of an article the claim logic reads besides its parsed parts."""

    id: str
    text: str
    published: Optional[str] = None
    published_inferred: bool = False
    title: str = ""
    url: str = ""
    outlet: str = ""  # the publisher's name: the corpus's "outlet" field


def _string(value) -> str:
    return value if isinstance(value, str) else ""


def fields_of(article: Article) -> ArticleFields:
    """The fields of a corpus record: its date (else one read off the text), title and url from its extra fields."""
    published, inferred = publication_date(article)
    return ArticleFields(article.id, article.text, published, inferred,
                         _string(article.extra.get("title")), _string(article.extra.get("url")),
                         _string(article.extra.get("outlet")))


def fields_of_doc(doc) -> ArticleFields:
    """The fields of a Doc, from the extensions ``article_id``, ``published`` (and ``published_inferred``),
    ``title`` and ``url``; as for a record, a Doc without a date gets one read off its text."""
    article_id = doc._.article_id or "doc"
    if doc._.published is not None:
        published, inferred = doc._.published, bool(doc._.published_inferred)
    else:
        published, inferred = publication_date(Article(article_id, doc.text))
    return ArticleFields(article_id, doc.text, published, inferred, _string(doc._.title), _string(doc._.url),
                         _string(doc._.outlet))


def prepare_doc(nlp: Language, article: Article):
    """A tokenised Doc carrying the article's fields (id, date, title, url) for the component."""
    fields = fields_of(article)
    doc = nlp.make_doc(article.text)
    doc._.article_id = fields.id
    doc._.published, doc._.published_inferred = fields.published, fields.published_inferred
    doc._.title, doc._.url, doc._.outlet = fields.title, fields.url, fields.outlet
    return doc


def claims_of_article(fields: ArticleFields, parts: Sequence[Part]) -> list[dict]:
    """THE entry point of the claim logic, for the batch API and the spaCy component alike: the
    claims (contract dicts) of an article of which ``parts`` (the pieces of :func:`article_pieces`,
    each parsed on its own) were parsed."""
    return [c.to_dict() for c in claims_from_parts(fields.text, parts, fields.id, fields.published,
                                                   fields.published_inferred, fields.title, fields.url,
                                                   fields.outlet)]


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


def article_pieces(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the pieces of ``text`` spaCy parses, each on its own: the numeric
    segments, long ones cut into pieces; at least one (an empty one when nothing is numeric)."""
    # A dateline with a day or an agency ("SAN FRANCISCO, Oct 29 (TW) -") is not parsed: the parser
    # takes its city for the subject of the first sentence, the tagger misses the company after it and
    # the agency's code becomes an owner. The country it names is read off the raw text
    # (periods.dateline_country). A city alone ("KARACHI:") stays: the tagger reads a text's first
    # sentence worse without it ("Remittance inflow rose" at the start loses its measure), and the
    # rules know it (metric_head.is_dateline). (Keeping only the closing mark was tried: counts and
    # subjects right after it were lost.)
    skip = dateline_end(text)
    skip += len(text[skip:]) - len(text[skip:].lstrip()) if skip else 0
    segments = [(max(s, skip), e) for s, e in numeric_segments(text) if e > skip]
    pieces = [p for s, e in segments for p in _pieces_of(text, s, e)]
    return pieces or [(0, 0)]


# Pieces handed to spaCy at once (the parses do not depend on it). Batches of 256 pieces cost the
# same CPU within noise on 500 BBC business articles and peak at 400 MB instead of 260.
BATCH_SIZE = 64


def extract_batch(articles: Iterable[Article], model: Optional[str] = None, n_process: int = 1,
                  batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, list[dict]]]:
    """(article, claims) for each article, in order, streaming: memory holds one batch, not the corpus.

    RAISES (ExtractionFailed): the claim logic failed on an article (a bug); use
    :func:`extract_results` to have such articles reported and the batch go on.
    """
    for result in extract_results(articles, model, n_process, batch_size):
        if result.error is not None:
            raise ExtractionFailed(f"{result.article.id}: {result.error}")
        yield result.article, result.claims


def extract_results(articles: Iterable[Article], model: Optional[str] = None, n_process: int = 1,
                    batch_size: int = BATCH_SIZE, debug: bool = False) -> Iterator[Extracted]:
    """An :class:`Extracted` for each article, in order, streaming. An article on which the claim
    logic fails gets ``error`` set and the batch goes on; with ``debug`` the failure raises."""
    nlp = load_pipeline(model)

    def pieces():
        # Every article sends at least one piece (an empty one when nothing is numeric), so the
        # stream of parsed pieces can be regrouped by article in order.
        for article in articles:
            segments = article_pieces(article.text)
            for i, (start, end) in enumerate(segments):
                yield article.text[start:end], (article, start, i == len(segments) - 1)

    parts: list[Part] = []
    with nlp.select_pipes(disable=["newsclaims"]):
        for doc, (article, offset, last) in nlp.pipe(pieces(), as_tuples=True, n_process=n_process,
                                                      batch_size=batch_size):
            if len(doc):
                parts.append(Part(offset, doc))
            if last:
                try:
                    yield Extracted(article, claims_of_article(fields_of(article), parts))
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
