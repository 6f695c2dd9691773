"""``--processes N`` on a corpus JSONL file: workers read their own byte ranges and write part files.

The parent never reads the articles, never loads spaCy and never pickles a claim. It hands
out byte ranges of the corpus file (large at first, smaller towards the end, so that the
workers finish together), and each worker reads the lines that start in its range, runs
the whole extraction and appends the records' results, claims already as JSON lines, to
its own part file. The parent joins the ranges in file order into the output, checking
duplicate ids and the ``--resume`` log as one process would: the output is byte for byte
that of one process, and the checkpoint log advances article by article as before.

Other corpora (``.gz``, stdin, a folder of .txt files) cannot be cut into byte ranges;
they go through :func:`extractor.api.extract_parallel`, where the parent reads.
"""
from __future__ import annotations

import io
import json
import multiprocessing
import os
import queue
import tempfile
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

MIN_RANGE = 8 * 1024  # bytes: about three news articles
MAX_RANGE = 512 * 1024
SMALL_CORPUS_LINES = 64  # fewer lines than this: one process (workers cost a model load each)
POLL_SECONDS = 1.0


def splittable(corpus: str) -> bool:
    """A plain JSONL file with enough lines to be worth the workers' start-up."""
    path = Path(corpus)
    if corpus == "-" or path.suffix == ".gz" or not path.is_file():
        return False
    with open(path, "rb") as f:
        return sum(1 for _ in zip(range(SMALL_CORPUS_LINES), f)) >= SMALL_CORPUS_LINES


def range_size(remaining: int, processes: int) -> int:
    """Guided self-scheduling: a share of what is left, so the last ranges are small."""
    return max(MIN_RANGE, min(MAX_RANGE, remaining // (3 * processes)))


@dataclass(frozen=True)
class Record:
    """One corpus line's result as the parent reads it back from a part file."""

    line: int  # within its range, from 1
    id: Optional[str] = None
    bad: Optional[str] = None  # why the record is unusable
    source: Optional[str] = None  # how a bad record names its file
    error: Optional[str] = None  # why the extraction failed on it
    skipped: bool = False  # done by an earlier run (--resume)
    words: int = 0
    kinds: Optional[dict] = None
    claims: str = ""  # the claims as JSON lines, exactly as written to the output


# --- the worker ------------------------------------------------------------------------------

def _lines_in_range(f, start: int, end: int) -> Iterator[bytes]:
    """The lines of a binary file that start at offsets start..end-1 (the last may run past end)."""
    if start > 0:
        f.seek(start - 1)
        if f.read(1) != b"\n":
            f.readline()  # the rest of a line that started in the range before
    else:
        f.seek(0)
    while f.tell() < end:
        raw = f.readline()
        if not raw:
            return
        yield raw


def _header(obj: dict) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def process_range(corpus: str, start: int, end: int, out: io.BufferedIOBase, done: frozenset,
                  model: Optional[str], debug: bool) -> int:
    """Extract the records of corpus[start:end] into ``out`` (a header line per record, then its
    claim lines); returns the number of lines that start in the range."""
    from extractor.api import extract_results
    from extractor.corpus import Article, BadRecord, parse_record
    from extractor.jsonl import LineError, _lines

    with open(corpus, "rb") as f:
        raw_lines = list(_lines_in_range(f, start, end))
    articles, order = [], []
    for number, value in _lines(iter(raw_lines), str(Path(corpus))):  # named as read_corpus names them
        if isinstance(value, LineError):
            order.append({"line": number, "bad": value.reason, "source": value.path})
            continue
        record = parse_record(value, corpus, number)
        if isinstance(record, BadRecord):
            order.append({"line": number, "bad": record.reason, "id": record.id, "source": record.source})
        elif record.id in done:
            order.append({"line": number, "id": record.id, "skipped": True})
        else:
            order.append({"line": number, "id": record.id, "article": len(articles)})
            articles.append(record)
    results = extract_results(iter(articles), model=model, debug=debug)
    for entry in order:
        if "article" not in entry:
            out.write(_header(entry))
            continue
        result = next(results)
        article: Article = result.article
        if result.error is not None:
            out.write(_header({"line": entry["line"], "id": article.id, "error": result.error}))
            continue
        kinds = Counter(c["kind"] for c in result.claims)
        out.write(_header({"line": entry["line"], "id": article.id, "words": len(article.text.split()),
                           "kinds": kinds, "claims": len(result.claims)}))
        out.write("".join(json.dumps(claim, ensure_ascii=False) + "\n" for claim in result.claims).encode("utf-8"))
    return len(raw_lines)


def _worker(index: int, corpus: str, folder: str, done: frozenset, model: Optional[str], debug: bool,
            tasks, results) -> None:
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # the workers already use every core
    try:
        from extractor.api import load_pipeline

        load_pipeline(model)
        with open(os.path.join(folder, f"part-{index}.jsonl"), "wb") as out:
            parent = os.getppid()
            while True:
                try:
                    task = tasks.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    if os.getppid() != parent:  # the parent was killed: nobody will join this work
                        _remove(out.name, folder)
                        return
                    continue
                if task is None:
                    return
                k, start, end = task
                before = out.tell()
                lines = process_range(corpus, start, end, out, done, model, debug)
                out.flush()
                results.put(("done", k, index, before, out.tell(), lines))
    except KeyboardInterrupt:
        pass
    except BaseException as exc:  # noqa: BLE001 - the parent reports it
        results.put(("failed", index, _picklable(exc), traceback.format_exc()))


def _remove(path: str, folder: str) -> None:
    """A killed parent leaves its temporary folder behind: the workers clear it."""
    try:
        os.remove(path)
        os.rmdir(folder)  # fails while the other workers' files are still there; the last one succeeds
    except OSError:
        pass


def _picklable(exc: BaseException) -> BaseException:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")


# --- the parent ------------------------------------------------------------------------------

class WorkerFailed(Exception):
    """A worker process stopped on an error; ``remote`` holds its traceback."""


def start_method() -> str:
    """``fork`` while the parent is only the command line (no thread, no spaCy or numpy: the
    workers load their own), which saves each worker an interpreter start; else ``spawn``, a
    fresh interpreter, since a forked copy of a loaded pipeline and its threads is unsafe."""
    import sys
    import threading

    light = "numpy" not in sys.modules and threading.active_count() == 1
    return "fork" if light and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def split_records(corpus: str, processes: int, done: frozenset = frozenset(), model: Optional[str] = None,
                  debug: bool = False) -> Iterator[tuple[int, Record]]:
    """(absolute line number, Record) for every non-blank line of ``corpus``, in file order,
    extracted by ``processes`` worker processes."""
    from extractor.errors import NewsclaimsError

    size = os.path.getsize(corpus)
    context = multiprocessing.get_context(start_method())
    tasks, results = context.Queue(), context.Queue()
    with tempfile.TemporaryDirectory(prefix="newsclaims-") as folder:
        workers = [context.Process(target=_worker, args=(i, corpus, folder, done, model, debug, tasks, results),
                                   daemon=True) for i in range(processes)]
        for w in workers:
            w.start()
        try:
            issued, position, finished = 0, 0, {}

            def issue() -> None:
                nonlocal issued, position
                end = min(size, position + range_size(size - position, processes))
                tasks.put((issued, position, end))
                issued, position = issued + 1, end

            while position < size and issued < 2 * processes:
                issue()
            lines_before, k = 0, 0
            while k < issued:
                while k not in finished:
                    message = _next_message(results, workers)
                    if message[0] == "failed":
                        _, index, exc, remote = message
                        if isinstance(exc, NewsclaimsError):
                            raise exc
                        raise WorkerFailed(f"worker {index}: {type(exc).__name__}: {exc}\n{remote}") from exc
                    finished[message[1]] = message[2:]
                    if position < size:
                        issue()
                index, start, end, lines = finished.pop(k)
                for record in _read_part(os.path.join(folder, f"part-{index}.jsonl"), start, end):
                    yield lines_before + record.line, record
                lines_before += lines
                k += 1
            for _ in workers:
                tasks.put(None)
            for w in workers:
                w.join()
        finally:
            for w in workers:
                if w.is_alive():
                    w.terminate()
            for w in workers:
                w.join()
            tasks.close()
            results.close()


def _next_message(results, workers) -> tuple:
    from extractor.errors import NewsclaimsError

    while True:
        try:
            return results.get(timeout=POLL_SECONDS)
        except queue.Empty:
            dead = [w for w in workers if w.exitcode not in (None, 0)]
            if dead:
                raise NewsclaimsError(f"a worker process died (exit code {dead[0].exitcode}); "
                                      "rerun with --resume to continue") from None


def _read_part(path: str, start: int, end: int) -> Iterator[Record]:
    with open(path, "rb") as f:
        f.seek(start)
        text = f.read(end - start).decode("utf-8")
    lines = iter(line + "\n" for line in text.split("\n")[:-1])  # JSON lines may hold U+2028: not splitlines
    for line in lines:
        header = json.loads(line)
        claims = "".join(next(lines) for _ in range(header.pop("claims", 0)))
        yield Record(claims=claims, **header)
