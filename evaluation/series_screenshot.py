"""Make the README's screenshot of the series page (docs/series.png) from files, with one command.

    newsclaims series gold/sa-dev.jsonl --corpus /work/shared/data/sa_news/articles.jsonl --split dev \\
        -o /tmp/series.jsonl --report /tmp/series.html
    python -m evaluation.series_screenshot /tmp/series.html -o docs/series.png

Opens the page (a self-contained file) in Chromium (Playwright; Debian's ``/usr/bin/chromium``
unless ``NEWSCLAIMS_CHROMIUM`` names another) and saves the window as it is on load, from the top
or from the element ``--at`` names (a CSS selector, e.g. the first chart). A development tool:
needs the ``dev`` extras.
"""
from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path, help="the series page (newsclaims series --report)")
    parser.add_argument("--at", help="CSS selector of the element to scroll to first")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("NEWSCLAIMS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    flags = ["--headless", "--disable-gpu", "--no-first-run"] + (["--no-sandbox"] if os.geteuid() == 0 else [])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=flags)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(args.page.resolve().as_uri())
        if args.at:
            page.locator(args.at).first.scroll_into_view_if_needed()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output))
        browser.close()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
