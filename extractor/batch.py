"""Corpus → claims JSONL, streaming: read lazily, write as articles finish, report bad records.

Every record read is either processed or reported bad, and the summary says how
many of each; output files are written to a temporary name and renamed at the
end, so an interrupted run leaves no half-written file.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

from extractor.checkpoint import ClaimsSink
from extractor.corpus import Article, BadRecord, read_corpus
from extractor.errors import ExitCode
from extractor.outputs import atomic_write, plural, write_text



@dataclass
class Summary:
    """What a run did: records read, articles processed, bad records, claims by kind, speed."""

    records: int = 0
    articles: int = 0
    resumed: int = 0  # articles an interrupted run had already done (--resume)
    bad: list = field(default_factory=list)
    claims_by_kind: Counter = field(default_factory=Counter)
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def exit_code(self) -> ExitCode:
        if self.articles + self.resumed == 0:
            return ExitCode.FAILED
        return ExitCode.SOME_BAD if self.bad else ExitCode.OK

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.claims_by_kind.items())) or "none"
        resumed = f", {self.resumed} done before (resumed)" if self.resumed else ""
        return (f"{plural(self.records, 'record')}: {plural(self.articles, 'article')} processed{resumed}, "
                f"{len(self.bad)} bad; {plural(sum(self.claims_by_kind.values()), 'claim')} ({kinds}); "
                f"{self.words:,} words in {self.seconds:.1f}s = {self.words_per_second:,.0f} words/s")

    def to_dict(self) -> dict:
        return {"records": self.records, "articles": self.articles, "resumed": self.resumed,
                "bad_records": len(self.bad),
                "claims": sum(self.claims_by_kind.values()), "claims_by_kind": dict(self.claims_by_kind),
                "words": self.words, "seconds": round(self.seconds, 3),
                "words_per_second": round(self.words_per_second, 1)}


def _ignore(record: BadRecord) -> None:
    pass


def extract_corpus(corpus: str, sink: ClaimsSink, model: Optional[str] = None, progress: bool = False,
                   processes: int = 1, dask: Optional[str] = None, debug: bool = False,
                   on_bad: Callable[[BadRecord], None] = _ignore) -> Summary:
    """Extract claims of every good article of ``corpus`` into ``sink``; returns the summary.

    ``dask`` is a scheduler address (or ``local``) to run on a Dask cluster instead of local
    processes. ``on_bad`` is called with each bad record as it is met (the command line prints
    it); all of them are also in the summary.
    """
    from extractor.workers import splittable

    if not dask and processes > 1 and splittable(corpus):
        return _extract_split(corpus, sink, model, progress, processes, debug, on_bad)
    from extractor.api import extract_parallel, load_pipeline

    if dask:
        from extractor.distributed import extract_dask

        def run(articles):
            return extract_dask(articles, dask, model=model, debug=debug)
    else:
        if processes <= 1:
            if _on_terminal(progress):
                print("newsclaims: loading model …", file=sys.stderr, flush=True)
            load_pipeline(model)  # before the clock: words/s then measures extraction, not start-up
        # With workers the parent needs no model of its own (each worker loads one); a corpus
        # too small for workers loads it on first use, inside the clock.

        def run(articles):
            return extract_parallel(articles, processes=processes, model=model, debug=debug)
    summary = Summary()
    started = time.perf_counter()

    def good_articles() -> Iterator[Article]:
        for record in read_corpus(corpus):
            summary.records += 1
            if isinstance(record, BadRecord):
                summary.bad.append(record)
                on_bad(record)
            elif record.id in sink.done:
                summary.resumed += 1
            else:
                yield record

    bar = _progress_bar(progress, corpus)
    for result in run(good_articles()):
        article, claims = result.article, result.claims
        if result.error is not None:
            bad = BadRecord(article.source or corpus, article.line or 0, result.error, article.id)
            summary.bad.append(bad)
            on_bad(bad)
            continue
        summary.articles += 1
        summary.words += len(article.text.split())
        sink.write(article.id, claims)
        for claim in claims:
            summary.claims_by_kind[claim["kind"]] += 1
        if bar:
            bar.show(summary, started)
    return _finished(summary, bar, started)


def _extract_split(corpus: str, sink: ClaimsSink, model: Optional[str], progress: bool, processes: int,
                   debug: bool, on_bad: Callable[[BadRecord], None]) -> Summary:
    """:func:`extract_corpus` on a JSONL file by workers that read their own byte ranges
    (extractor/workers.py); here only the checks one process makes while reading: bad
    records, duplicate ids, articles done before (--resume)."""
    from extractor.workers import split_records

    summary = Summary()
    seen: dict[str, int] = {}
    bar = None  # started after the workers (its thread would make forking them unsafe)
    started = time.perf_counter()

    def bad(record: BadRecord) -> None:
        summary.bad.append(record)
        on_bad(record)

    for line, record in split_records(corpus, processes, frozenset(sink.done), model, debug):
        bar = bar or _progress_bar(progress, corpus)
        summary.records += 1
        if record.bad is not None:
            bad(BadRecord(record.source or corpus, line, record.bad, record.id))
        elif record.id in seen:
            bad(BadRecord(corpus, line, f"duplicate id, first seen on line {seen[record.id]}", record.id))
        elif seen.setdefault(record.id, line) and record.id in sink.done:
            summary.resumed += 1
        elif record.error is not None:
            bad(BadRecord(corpus, line, record.error, record.id))
        else:
            summary.articles += 1
            summary.words += record.words
            sink.write_lines(record.id, record.claims)
            summary.claims_by_kind.update(record.kinds or {})
            if bar:
                bar.show(summary, started)
    return _finished(summary, bar, started)


def expected_records(corpus: str) -> Optional[int]:
    """How many records a corpus holds, counted cheaply before the run (non-blank lines of a plain
    JSONL file, .txt files of a folder), for the progress bar's percentage; None when unknown
    (stdin, .gz)."""
    path = Path(corpus)
    if corpus == "-" or path.suffix == ".gz":
        return None
    if path.is_dir():
        return sum(1 for _ in path.glob("*.txt"))
    try:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return None


def _finished(summary: Summary, bar: Optional["_Bar"], started: float) -> Summary:
    if bar:
        bar.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _on_terminal(wanted: bool) -> bool:
    return wanted and sys.stderr.isatty() and os.environ.get("CI") != "true"


class _Bar:
    """A rich progress bar of records read (a percentage when the corpus's size is known), with
    words and words/s; shown only on a terminal."""

    def __init__(self, total: Optional[int]):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        columns = [BarColumn(), TaskProgressColumn(), TimeRemainingColumn()] if total else []
        self.progress = Progress(*columns, TextColumn("{task.completed:,} records, {task.fields[words]:,} words, "
                                                      "{task.fields[rate]:,.0f} words/s"),
                                 console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("extract", total=total, words=0, rate=0.0)
        self.progress.start()

    def show(self, summary: "Summary", started: float) -> None:
        elapsed = time.perf_counter() - started
        self.progress.update(self.task, completed=summary.records, words=summary.words,
                             rate=summary.words / elapsed if elapsed else 0)

    def close(self) -> None:
        self.progress.stop()


def _progress_bar(wanted: bool, corpus: str = "-") -> Optional[_Bar]:
    return _Bar(expected_records(corpus)) if _on_terminal(wanted) else None


def write_errors(path: Path, bad: list[BadRecord], force: bool = True) -> None:
    """The bad records as JSON lines (``--errors``, ``run``'s errors.jsonl)."""
    with atomic_write(path, force=force) as stream:
        for record in bad:
            stream.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def write_summary(path: Path, corpus: str, summary: Summary, **more) -> None:
    """``run``'s summary.json: what the run read, processed and found (``more``: e.g. the findings counts)."""
    write_text(path, json.dumps({"corpus": corpus, **summary.to_dict(), **more}, indent=2) + "\n", force=True)


def default_processes() -> int:
    return os.cpu_count() or 1


def extract_to_file(corpus: str, output: str, force: bool = False, resume: bool = False,
                    model: Optional[str] = None, processes: Optional[int] = None, dask: Optional[str] = None,
                    debug: bool = False, on_bad: Callable[[BadRecord], None] = _ignore,
                    progress: bool = False) -> Summary:
    """Claims of ``corpus`` into a checkpointed ``output`` (``-``: stdout), published whole at the end.

    A corpus without one readable article publishes nothing (``Summary.articles`` is 0). Stopped
    by any exception, the work so far stays in ``OUTPUT.part`` for ``--resume`` (see checkpoint.py).
    """
    sink = ClaimsSink(output, force=force, resume=resume)
    try:
        summary = extract_corpus(corpus, sink, model=model, progress=progress,
                                 processes=processes or default_processes(), dask=dask, debug=debug, on_bad=on_bad)
    except BaseException:
        sink.abandon()
        raise
    if summary.articles + summary.resumed == 0:
        sink.abandon()
    else:
        sink.finish()
    return summary
