"""Throughput and memory of newsclaims against a bare spaCy pass, measured in the same run.

    python benchmarks/throughput.py [--articles N] [--scaling]

Modes, each in its own process so that its peak RSS is its own:
  (a) spacy      the bare pipeline: nlp.pipe over whole texts, same model and components
  (b) newsclaims extraction, one process (claims written to /dev/null)
  (c) parallel   extraction with --processes = the machine's cores
--scaling runs (b) over the corpus repeated x1, x4 and x16 and prints peak RSS for each,
to show that memory stays flat as the corpus grows. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc_news" / "articles.jsonl"


def articles(limit: int, repeat: int = 1):
    """The first ``limit`` articles, ``repeat`` times over (ids made unique), streamed."""
    from extractor.corpus import Article

    for r in range(repeat):
        with open(DATA, encoding="utf-8") as f:
            for line in itertools.islice(f, limit):
                obj = json.loads(line)
                yield Article(f"{obj['id']}#{r}", obj["text"])


def run_mode(mode: str, limit: int, repeat: int, processes: int) -> dict:
    from extractor.api import extract_batch, extract_parallel, load_pipeline

    nlp = load_pipeline()
    # Warm up: load lazily imported parts (quantulum3, lexicons) before the clock starts.
    list(extract_batch(itertools.islice(articles(5), 5)))
    words = 0
    first = None
    started = time.perf_counter()
    if mode == "spacy":
        with nlp.select_pipes(disable=["newsclaims", "newsclaims_paragraphs"]):
            for doc in nlp.pipe((a.text for a in articles(limit, repeat)), batch_size=64):
                words += len(doc.text.split())
    else:
        n = processes if mode == "parallel" else 1
        with open(os.devnull, "w") as sink:
            for article, claims in extract_parallel(articles(limit, repeat), processes=n):
                if first is None:  # workers load their model before the first result comes back
                    first = (time.perf_counter() - started, words)
                words += len(article.text.split())
                for claim in claims:
                    sink.write(json.dumps(claim) + "\n")
    seconds = time.perf_counter() - started
    first = first or (0.0, 0)
    steady = (words - first[1]) / (seconds - first[0]) if seconds > first[0] else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"mode": mode, "words": words, "seconds": seconds, "words_per_s": words / seconds,
            "steady_words_per_s": steady if mode != "spacy" else words / seconds,
            "startup_s": first[0] if mode != "spacy" else 0.0, "peak_rss_mb": max(peak, peak_children) / 1024}


def in_subprocess(mode: str, limit: int, repeat: int, processes: int) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--articles", str(limit), "--repeat", str(repeat),
           "--processes", str(processes)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2225, help="first N articles of the BBC set")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--scaling", action="store_true", help="peak RSS over the corpus x1, x4, x16")
    parser.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.articles, args.repeat, args.processes)))
        return
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; corpus: first {args.articles} "
          f"articles of {DATA.name}")
    if args.scaling:
        for repeat in (1, 4, 16):
            r = in_subprocess("newsclaims", args.articles, repeat, 1)
            print(f"x{repeat:<3} {r['words']:>10,} words  {r['words_per_s']:>8,.0f} words/s  peak RSS {r['peak_rss_mb']:,.0f} MB")
        return
    results = {m: in_subprocess(m, args.articles, 1, args.processes) for m in ("spacy", "newsclaims", "parallel")}
    for m, r in results.items():
        print(f"({'abc'[list(results).index(m)]}) {m:<11} {r['words']:>9,} words {r['seconds']:>7.1f}s "
              f"{r['words_per_s']:>8,.0f} words/s (after start-up {r['startup_s']:.1f}s: "
              f"{r['steady_words_per_s']:,.0f})  peak RSS {r['peak_rss_mb']:,.0f} MB")
    a, b, c = (results[m]["words_per_s"] for m in ("spacy", "newsclaims", "parallel"))
    b_steady, c_steady = (results[m]["steady_words_per_s"] for m in ("newsclaims", "parallel"))
    print(f"b/a = {b / a:.2f} (newsclaims against the bare spaCy pass)")
    print(f"c/b = {c / b:.2f} (speed-up with {args.processes} processes, wall time including the workers' "
          f"model loading); {c_steady / b_steady:.2f} after start-up")


if __name__ == "__main__":
    main()
