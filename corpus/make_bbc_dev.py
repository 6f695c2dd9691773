"""Build the BBC business corpora scored by ``gold/bbc-dev.jsonl`` and ``gold/bbc-test.jsonl``.

The article text is BBC copyright, so the repository keeps only the ids
(``corpus/bbc-dev.ids``, ``corpus/bbc-test.ids``) and reads the text at run time from the shared copy of the
Greene & Cunningham (2006) dataset, ``../shared/data/bbc_news/articles.jsonl`` seen from
the repository root.

Usage::

    python corpus/make_bbc_dev.py OUT.jsonl              # the development set
    python corpus/make_bbc_dev.py --set dev2 OUT.jsonl   # the second development set
    python corpus/make_bbc_dev.py --set dev3 OUT.jsonl   # the third development set
    python corpus/make_bbc_dev.py --set dev4 OUT.jsonl   # the fourth (dev4a: 118-298, dev4b: 318-498)
    python corpus/make_bbc_dev.py --set dev5 OUT.jsonl   # the fifth (dev5a: 110-270, dev5b: 310-490)
    python corpus/make_bbc_dev.py --set dev6 OUT.jsonl   # the sixth (dev6a: 115-295, dev6b: 315-495)
    python corpus/make_bbc_dev.py --set test OUT.jsonl   # the held-out set

writes the selected records (``id``, ``text``, ``title`` and every other field, unchanged)
one a line, in the order of ``bbc-SET.ids``. Tests call :func:`load_bbc_dev` instead.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
IDS_PATH = HERE / "bbc-dev.ids"
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test")  # corpus/bbc-SET.ids, scored by gold/bbc-SET.jsonl
# <root>/corpus/make_bbc_dev.py -> parents[2] is the directory that holds both the
# repository and shared/.
ARTICLES_PATH = Path(__file__).resolve().parents[2] / "shared/data/bbc_news/articles.jsonl"


def load_ids(path: Path = IDS_PATH) -> list[str]:
    """The article ids of the dev set, in order (blank lines and ``#`` comments skipped)."""
    ids = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            ids.append(line)
    return ids


def load_bbc_dev(articles_path: Path = ARTICLES_PATH, ids_path: Path = IDS_PATH) -> list[dict]:
    """The dev-set records as dicts, exactly as in ``articles.jsonl``, in the order of the ids.

    Raises FileNotFoundError when the shared data is not there, and KeyError naming the
    ids that ``articles.jsonl`` does not contain.
    """
    wanted = load_ids(ids_path)
    if not articles_path.is_file():
        raise FileNotFoundError(
            f"{articles_path} not found: the BBC dev corpus is read from ../shared/data at run time")
    found: dict[str, dict] = {}
    with articles_path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") in wanted:
                found[record["id"]] = record
    missing = [i for i in wanted if i not in found]
    if missing:
        raise KeyError(f"{articles_path} has no record with id {', '.join(missing)}")
    return [found[i] for i in wanted]


def ids_path(name: str) -> Path:
    """The ids file of one BBC set (``dev`` or ``test``)."""
    if name not in SETS:
        raise ValueError(f"no BBC set {name!r}: choose one of {', '.join(SETS)}")
    return HERE / f"bbc-{name}.ids"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    name = "dev"
    if len(argv) == 3 and argv[0] == "--set" and argv[1] in SETS:
        name, argv = argv[1], argv[2:]
    if len(argv) != 1:
        print("usage: python corpus/make_bbc_dev.py [--set dev|dev2|dev3|dev4|dev5|test] OUT.jsonl", file=sys.stderr)
        return 2
    records = load_bbc_dev(ids_path=ids_path(name))
    with open(argv[0], "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {argv[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
