"""Extraction on a Dask distributed cluster: ``newsclaims extract CORPUS --dask ADDRESS``.

The machine running ``newsclaims`` reads the corpus, sends chunks of articles to the
workers and writes the claims in corpus order as results come back, with a bounded
number of chunks in flight (memory stays flat). Each worker loads the spaCy pipeline
once (``load_pipeline`` is cached per process) and keeps it for every later chunk.
The workers need the same environment as the client: ``pip install newsclaims`` (with
its model) on every worker machine. A task whose worker dies is re-run on another
(``retries``); a chunk that fails on every try stops the run with the error, and
``--resume`` continues from the last article written.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Optional

from extractor.api import Extracted, extract_chunk, in_order
from extractor.corpus import Article
from extractor.errors import NewsclaimsError

RETRIES = 2


def connect(address: str):
    """A dask.distributed Client: ``local`` starts a LocalCluster with one worker process per core."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise NewsclaimsError("--dask needs dask.distributed: pip install 'newsclaims[dask]'") from None
    if address == "local":
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    try:
        return Client(address, timeout="20s")
    except OSError as exc:
        raise NewsclaimsError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def extract_dask(articles: Iterable[Article], address: str, model: Optional[str] = None,
                 chunk_size: int = 8, debug: bool = False) -> Iterator[Extracted]:
    """The result of each article, in corpus order, computed on the Dask cluster."""
    client = connect(address)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        submit = lambda chunk: client.submit(extract_chunk, chunk, model, debug, pure=False,  # noqa: E731
                                             retries=RETRIES)
        yield from in_order(articles, submit, 2 * workers, chunk_size)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if address == "local" and cluster is not None:
            cluster.close()
