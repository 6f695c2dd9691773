"""Corpus → claims JSONL, streaming: read lazily, write as articles finish, report bad records.

Every record read is either processed or reported bad, and the summary says how
many of each; output files are written to a temporary name and renamed at the
end, so an interrupted run leaves no half-written file.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Optional

from extractor.checkpoint import ClaimsSink
from extractor.corpus import Article, BadRecord, read_corpus
from extractor.errors import NewsclaimsError

EXIT_OK, EXIT_FAILED, EXIT_SOME_BAD = 0, 1, 2


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

    def exit_code(self) -> int:
        if self.articles + self.resumed == 0:
            return EXIT_FAILED
        return EXIT_SOME_BAD if self.bad else EXIT_OK

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.claims_by_kind.items())) or "none"
        resumed = f", {self.resumed} done before (resumed)" if self.resumed else ""
        return (f"{self.records} records: {self.articles} articles processed{resumed}, {len(self.bad)} bad; "
                f"{sum(self.claims_by_kind.values())} claims ({kinds}); "
                f"{self.words:,} words in {self.seconds:.1f}s = {self.words_per_second:,.0f} words/s")

    def to_dict(self) -> dict:
        return {"records": self.records, "articles": self.articles, "resumed": self.resumed,
                "bad_records": len(self.bad),
                "claims": sum(self.claims_by_kind.values()), "claims_by_kind": dict(self.claims_by_kind),
                "words": self.words, "seconds": round(self.seconds, 3),
                "words_per_second": round(self.words_per_second, 1)}


@contextmanager
def atomic_output(path: str, force: bool) -> Iterator[IO[str]]:
    """A text stream for ``path`` ("-" is stdout) that appears under its name only when complete."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.exists() and not force:
        raise NewsclaimsError(f"{target} exists; use --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            yield stream
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def extract_corpus(corpus: str, sink: ClaimsSink, model: Optional[str] = None, progress: bool = False,
                   processes: int = 1, dask: Optional[str] = None) -> Summary:
    """Extract claims of every good article of ``corpus`` into ``sink``; returns the summary.

    ``dask`` is a scheduler address (or ``local``) to run on a Dask cluster instead of local processes.
    """
    from extractor.api import extract_parallel, load_pipeline

    if dask:
        from extractor.distributed import extract_dask

        def run(articles):
            return extract_dask(articles, dask, model=model)
    else:
        if processes <= 1:
            load_pipeline(model)  # before the clock: words/s then measures extraction, not start-up
        # With workers the parent needs no model of its own (each worker loads one); a corpus
        # too small for workers loads it on first use, inside the clock.

        def run(articles):
            return extract_parallel(articles, processes=processes, model=model)
  # loaded before the clock starts: words/s measures extraction, not start-up
    summary = Summary()
    started = time.perf_counter()

    def good_articles() -> Iterator[Article]:
        for record in read_corpus(corpus):
            summary.records += 1
            if isinstance(record, BadRecord):
                summary.bad.append(record)
                print(f"newsclaims: bad record: {record}", file=sys.stderr)
            elif record.id in sink.done:
                summary.resumed += 1
            else:
                yield record

    bar = _progress_bar(progress)
    for article, claims in run(good_articles()):
        if isinstance(claims, Exception):
            bad = BadRecord(article.source or corpus, article.line or 0, str(claims), article.id)
            summary.bad.append(bad)
            print(f"newsclaims: bad record: {bad}", file=sys.stderr)
            continue
        summary.articles += 1
        summary.words += len(article.text.split())
        sink.write(article.id, claims)
        for claim in claims:
            summary.claims_by_kind[claim["kind"]] += 1
        if bar:
            elapsed = time.perf_counter() - started
            bar.update(summary.articles, words=summary.words, rate=summary.words / elapsed if elapsed else 0)
    if bar:
        bar.close()
    summary.seconds = time.perf_counter() - started
    return summary


class _Bar:
    """A rich progress line with words/s, shown only on a terminal."""

    def __init__(self):
        from rich.progress import Progress, TextColumn

        self.progress = Progress(TextColumn("{task.completed} articles, {task.fields[words]:,} words, "
                                            "{task.fields[rate]:,.0f} words/s"), transient=True)
        self.task = self.progress.add_task("extract", words=0, rate=0.0)
        self.progress.start()

    def update(self, articles: int, words: int, rate: float) -> None:
        self.progress.update(self.task, completed=articles, words=words, rate=rate)

    def close(self) -> None:
        self.progress.stop()


def _progress_bar(wanted: bool) -> Optional[_Bar]:
    return _Bar() if wanted and sys.stderr.isatty() and os.environ.get("CI") != "true" else None


def _write_errors(path: Optional[Path], bad: list[BadRecord], force: bool = True) -> None:
    if path is None:
        return
    with atomic_output(str(path), force=force) as stream:
        for record in bad:
            stream.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def default_processes() -> int:
    return os.cpu_count() or 1


def _extract_to(corpus: str, output: str, force: bool, resume: bool, model: Optional[str],
                processes: Optional[int], dask: Optional[str]) -> Summary:
    """Extraction into a checkpointed OUTPUT: published whole at the end, kept for --resume if stopped."""
    sink = ClaimsSink(output, force=force, resume=resume)
    try:
        summary = extract_corpus(corpus, sink, model=model, progress=True,
                                 processes=processes or default_processes(), dask=dask)
    except BaseException:
        if sink.abandon():
            print(f"newsclaims: stopped; {output}.part holds the work so far: rerun with --resume", file=sys.stderr)
        raise
    sink.finish()
    return summary


def _report(summary: Summary) -> int:
    print(f"newsclaims: {summary.line()}", file=sys.stderr)
    if summary.articles + summary.resumed == 0:
        print("newsclaims: error: no readable article in the corpus", file=sys.stderr)
    return summary.exit_code()


def run_extract(corpus: str, output: str, errors_path: Optional[Path] = None, model: Optional[str] = None,
                force: bool = False, processes: Optional[int] = None, resume: bool = False,
                dask: Optional[str] = None) -> int:
    """``newsclaims extract``: claims to OUTPUT, bad records to stderr (and ERRORS), summary line."""
    if errors_path is not None and errors_path.exists() and not (force or resume):
        raise NewsclaimsError(f"{errors_path} exists; use --force to overwrite it")
    summary = _extract_to(corpus, output, force, resume, model, processes, dask)
    _write_errors(errors_path, summary.bad)
    return _report(summary)


def run_job(corpus: str, outdir: Path, model: Optional[str] = None, force: bool = False,
            processes: Optional[int] = None, resume: bool = False, dask: Optional[str] = None) -> int:
    """``newsclaims run``: OUTDIR/claims.jsonl, OUTDIR/errors.jsonl and OUTDIR/summary.json."""
    outdir.mkdir(parents=True, exist_ok=True)
    claims_path = outdir / "claims.jsonl"
    summary = _extract_to(corpus, str(claims_path), force, resume, model, processes, dask)
    _write_errors(outdir / "errors.jsonl", summary.bad)
    with atomic_output(str(outdir / "summary.json"), force=True) as out:
        json.dump({"corpus": corpus, **summary.to_dict()}, out, indent=2)
        out.write("\n")
    print(f"newsclaims: wrote {claims_path}, {outdir / 'errors.jsonl'}, {outdir / 'summary.json'}", file=sys.stderr)
    return _report(summary)
