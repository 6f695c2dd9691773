"""Make the README's screenshot of the review page (docs/review.png) from files, with one command.

    newsclaims check gold/sa-dev.jsonl --corpus /work/shared/data/sa_news/articles.jsonl -o /tmp/f.jsonl
    python -m evaluation.review.screenshot gold/sa-dev.jsonl --findings /tmp/f.jsonl \\
        --corpus /work/shared/data/sa_news/articles.jsonl --split dev --article sa-dev-43 -o docs/review.png

Serves the page (the same app as ``newsclaims review``) on a free port of 127.0.0.1 with an
empty decisions database, opens ``/articles/ARTICLE`` in Chromium (Playwright; Debian's
``/usr/bin/chromium`` unless ``NEWSCLAIMS_CHROMIUM`` names another) as a fact-checker would,
and saves the window as it is on load. ``--split dev`` keeps only the development pages'
claims and findings (evaluation/splits.py). A development tool: needs the ``dev`` extras.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path


def _keep(path: Path, out: Path, ids: set[str], key) -> int:
    kept = 0
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            if key(json.loads(line)) <= ids:
                dst.write(line)
                kept += 1
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("claims", type=Path)
    parser.add_argument("--findings", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--article", required=True, help="the article page to show")
    parser.add_argument("--split", choices=["dev", "check"], help="keep only these pages (evaluation/splits.py)")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)

    import uvicorn
    from playwright.sync_api import sync_playwright

    from evaluation.review.app import create_app
    from evaluation.splits import SPLITS

    work = Path(tempfile.mkdtemp(prefix="review-shot-"))
    claims, findings = args.claims, args.findings
    if args.split:
        ids = set(SPLITS[args.split])
        claims, findings = work / "claims.jsonl", work / "findings.jsonl"
        _keep(args.claims, claims, ids, lambda c: {c["article_id"]})
        _keep(args.findings, findings, ids, lambda f: {i.rsplit(":", 1)[0] for i in f["claim_ids"]})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(claims, findings, args.corpus, work / "review.sqlite", host="127.0.0.1", port=port)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    chromium = os.environ.get("NEWSCLAIMS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    flags = ["--headless", "--disable-gpu", "--no-first-run"] + (["--no-sandbox"] if os.geteuid() == 0 else [])
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=flags)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(f"http://127.0.0.1:{port}/articles/{args.article}")
            page.fill("#reviewer", "fact-checker")
            page.locator("#reviewer").blur()
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output))
            browser.close()
    finally:
        server.should_exit = True
        thread.join(10)
        shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
