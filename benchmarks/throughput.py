"""Whole-process speed and memory of newsclaims against a bare spaCy pass, in one run.

    python benchmarks/throughput.py [--articles 500] [--category business] [--repeat 3]

Every row is a separate process started as a user starts it, timed from start to exit
(interpreter start-up, imports and model load included), over the first ``--articles``
articles of one category of ``../shared/data/bbc_news/articles.jsonl``:

  (a) spacy        a bare ``nlp.pipe`` of the default pipeline over the whole texts
                   (``spacy.load`` of the model newsclaims uses, every component, batches of 64 texts)
  (b) newsclaims   ``newsclaims extract CORPUS -o OUT --processes 1``
  (c) parallel     the same with ``--processes N`` (default 2)
  (d) memory       (b) on the corpus repeated to ``--memory-articles`` articles (new ids)
  (e) long         (b) on one ``--long-words``-word article built by repeating the
                   paragraphs of real BBC business articles

For each: words, wall seconds, words/s, CPU seconds (user + system, workers included),
peak RSS of the largest process, and for (a) and (b) the words/s after start-up as the
process itself measures it. With ``--repeat N`` the modes run N times, interleaved, and
the fastest run of each is shown (the machine may be shared). Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "bbc_news" / "articles.jsonl"
if not DATA.exists():  # a worktree one level deeper (/work/wt/NAME)
    DATA = ROOT.parents[1] / "shared" / "data" / "bbc_news" / "articles.jsonl"


def words_of(path: Path) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(len(json.loads(line)["text"].split()) for line in f if line.strip())


def make_corpora(folder: Path, articles: int, category: str, memory_articles: int, long_words: int) -> dict:
    rows = [json.loads(line) for line in open(DATA, encoding="utf-8")]
    chosen = [r for r in rows if r.get("category") == category][:articles]
    corpora = {"main": folder / "corpus.jsonl", "memory": folder / "memory.jsonl", "long": folder / "long.jsonl"}
    with open(corpora["main"], "w", encoding="utf-8") as f:
        for r in chosen:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(corpora["memory"], "w", encoding="utf-8") as f:
        for i in range(memory_articles):
            r = chosen[i % len(chosen)]
            f.write(json.dumps({**r, "id": f"{r['id']}#{i // len(chosen)}"}, ensure_ascii=False) + "\n")
    paragraphs = [p for r in chosen[:20] for p in r["text"].split("\n\n") if p.strip()]
    long_text, words, i = [], 0, 0
    while words < long_words:
        long_text.append(paragraphs[i % len(paragraphs)])
        words += len(paragraphs[i % len(paragraphs)].split())
        i += 1
    with open(corpora["long"], "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "long", "title": chosen[0].get("title", ""), "text": "\n\n".join(long_text)},
                           ensure_ascii=False) + "\n")
    return corpora


def bare_pipeline(corpus: str) -> None:
    """Mode (a), run as its own process: prints the words/s after start-up."""
    import spacy

    from extractor.pipeline import default_model

    nlp = spacy.load(default_model())
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8") if line.strip()]
    started, words = time.perf_counter(), 0
    # Batches of 64 texts, as newsclaims batches its pieces (extractor.api.BATCH_SIZE); spaCy's
    # default (1000) peaks at 1.7 GB and costs more CPU.
    for doc in nlp.pipe(texts, batch_size=64):
        words += len(doc.text.split())
    print(json.dumps({"steady_words_per_s": words / (time.perf_counter() - started)}))


def measured(cmd: list[str]) -> dict:
    """Run ``cmd`` in a fresh measuring process: wall and CPU seconds and the peak RSS of the
    largest process of its tree (RUSAGE_CHILDREN of a process that ran only this command)."""
    probe = [sys.executable, __file__, "--measure", "--", *cmd]
    out = subprocess.run(probe, capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(cmd: list[str]) -> None:
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 2):
        sys.stderr.write(done.stderr)
        raise SystemExit(done.returncode)
    steady = None
    for line in (done.stdout + done.stderr).splitlines():
        if line.startswith("{"):
            steady = json.loads(line).get("steady_words_per_s")
        elif " words/s" in line and "newsclaims:" in line:  # the summary line: after the model load
            steady = float(line.rsplit("= ", 1)[1].split(" words/s")[0].replace(",", ""))
    print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
                      "steady": steady}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--category", default="business")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--memory-articles", type=int, default=2000)
    parser.add_argument("--long-words", type=int, default=36_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode; the fastest is shown")
    parser.add_argument("--rows", default="abcde", help="which rows to run (letters), e.g. bc")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bare", help=argparse.SUPPRESS)
    parser.add_argument("cmd", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.cmd)
    if args.bare:
        return bare_pipeline(args.bare)

    newsclaims = shutil.which("newsclaims", path=str(Path(sys.executable).parent)) or "newsclaims"
    folder = Path(tempfile.mkdtemp(prefix="newsclaims-bench-"))
    try:
        corpora = make_corpora(folder, args.articles, args.category, args.memory_articles, args.long_words)
        out = str(folder / "claims.jsonl")

        def extract(corpus: Path, processes: int) -> list[str]:
            return [newsclaims, "extract", str(corpus), "-o", out, "--force", "--processes", str(processes)]

        modes = {
            "(a) spacy": ([sys.executable, __file__, "--bare", str(corpora["main"])], corpora["main"]),
            "(b) newsclaims": (extract(corpora["main"], 1), corpora["main"]),
            f"(c) --processes {args.processes}": (extract(corpora["main"], args.processes), corpora["main"]),
            "(d) memory": (extract(corpora["memory"], 1), corpora["memory"]),
            "(e) long": (extract(corpora["long"], 1), corpora["long"]),
        }
        modes = {name: mode for name, mode in modes.items() if name[1] in args.rows}
        best: dict[str, dict] = {}
        for _ in range(args.repeat):
            for name, (cmd, corpus) in modes.items():
                r = measured(cmd)
                if name not in best or r["wall"] < best[name]["wall"]:
                    best[name] = {**r, "words": words_of(corpus)}
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {args.articles} BBC "
              f"{args.category} articles; fastest of {args.repeat} run(s) per row; load average "
              f"{os.getloadavg()[0]:.1f}")
        for name, r in best.items():
            steady = f"{r['steady']:>7,.0f}" if r["steady"] else "      -"
            print(f"{name:<17} {r['words']:>9,} words {r['wall']:>6.1f}s {r['words'] / r['wall']:>7,.0f} words/s "
                  f"(after start-up {steady})  CPU {r['cpu']:>6.1f}s  peak RSS {r['peak_mb']:>4,.0f} MB")
        row = {name[1]: r for name, r in best.items()}
        wps = lambda r: r["words"] / r["wall"]  # noqa: E731
        if "a" in row and "b" in row:
            a, b = row["a"], row["b"]
            print(f"b/a = {wps(b) / wps(a):.2f} whole process (goal >= 1.5); CPU a/b = {a['cpu'] / b['cpu']:.2f}")
        if "b" in row and "c" in row:
            print(f"c/b = {wps(row['c']) / wps(row['b']):.2f} whole process (goal >= 1.8 with 2 processes)")
        if "b" in row and "d" in row:
            print(f"memory: peak RSS {row['b']['peak_mb']:,.0f} MB for {args.articles} articles, "
                  f"{row['d']['peak_mb']:,.0f} MB for {args.memory_articles}")
        if "e" in row:
            print(f"long: one {row['e']['words']:,}-word article in {row['e']['wall']:.1f}s (goal < 30 s)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
