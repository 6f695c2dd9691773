"""The real browser for page tests: Debian's Chromium driven by Playwright (it cannot download one here).

A test module does ``from browser import browser, require_chromium`` and calls
``require_chromium()`` at import: without Chromium the module is skipped, unless CI is set
(CI must run these tests: ``.ci/run`` installs chromium).
"""
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("NEWSCLAIMS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
if os.geteuid() == 0:
    CHROMIUM_ARGS.append("--no-sandbox")  # Chromium's sandbox refuses to run as root
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_chromium() -> None:
    if not Path(CHROMIUM).exists() and not IN_CI:
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); CI is not set", allow_module_level=True)
    if not IN_CI:
        pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
