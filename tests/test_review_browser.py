"""The review page as a fact-checker uses it: the real server (``python -m extractor.cli review ...``)
as a subprocess on a free port, driven by Playwright in a real Chromium (Debian's ``chromium``).

Skipped only when Chromium is missing and CI is not set; under CI=true a missing browser fails.
"""
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from extractor.contract import contract_problems
from review_fixtures import (ARTICLE, EMOJI_ARTICLE, EMOJI_CLAIM, EMOJI_TEXT, INCONSISTENT, ROOT, SCRIPT_ARTICLE,
                             SCRIPT_MONEY, SCRIPT_PUBLISHED, read_jsonl, write_inputs)

from browser import browser, require_chromium  # noqa: F401 (browser is a fixture)

pytestmark = pytest.mark.issue(7)

require_chromium()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``newsclaims review`` in a subprocess; start() waits until it answers, else fails with its output."""

    def __init__(self, inputs: dict, logdir: Path):
        self.inputs, self.logdir, self.proc, self.starts = inputs, logdir, None, 0

    def start(self) -> "Server":
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.starts += 1
        self.out = open(self.logdir / f"server{self.starts}.out", "w+")
        self.err = open(self.logdir / f"server{self.starts}.err", "w+")
        i = self.inputs
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "extractor.cli", "review", str(i["claims"]), "--findings", str(i["findings"]),
             "--corpus", str(i["corpus"]), "--db", str(i["db"]), "--port", str(self.port)],
            stdout=self.out, stderr=self.err, cwd=ROOT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"the review server exited with {self.proc.returncode}\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        pytest.fail(f"the review server did not answer on {self.url} within 30 s\n{self.output()}")

    def output(self) -> str:
        parts = []
        for name, f in (("stdout", self.out), ("stderr", self.err)):
            f.flush()
            f.seek(0)
            parts.append(f"--- server {name} ---\n{f.read()}")
        return "\n".join(parts)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def api(self, claim_id: str) -> dict:
        with urllib.request.urlopen(f"{self.url}/api/claims/{claim_id}") as r:
            return json.load(r)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    srv = Server(write_inputs(folder), folder).start()
    yield srv
    srv.stop()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    dialogs, errors = [], []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.dialogs = dialogs
    yield pg
    context.close()
    print(server.output())  # pytest shows it only when the test fails
    assert errors == [], f"JavaScript errors on the page: {errors}"


def open_article(page, server, article=ARTICLE, name="Ann", query=""):
    page.goto(f"{server.url}/articles/{article}{query}")
    page.fill("#reviewer", name)
    page.locator("#reviewer").blur()


def card(page, claim_id):
    return page.locator(f'.claim-card[data-claim-id="{claim_id}"]')


def offset_in_text(page, claim_id) -> int:
    """Characters of the article text before the highlighted span of ``claim_id``."""
    return page.evaluate("""id => {
        const mark = [...document.querySelectorAll('mark.claim')].find(m => m.dataset.claimId === id);
        const range = document.createRange();
        range.setStart(document.getElementById('article-text'), 0);
        range.setEndBefore(mark);
        return range.toString().length;
    }""", claim_id)


def test_review_browser_index_puts_inconsistent_article_first(page, server):
    page.goto(server.url + "/")
    first = page.locator("table.articles tbody tr").first
    assert first.get_attribute("data-article-id") == ARTICLE
    assert first.locator("td.incons").inner_text() == "2"
    assert "127.0.0.1 only" in page.locator("footer").inner_text()
    page.locator(f'tr[data-article-id="{ARTICLE}"] a').click()
    page.wait_for_url(f"**/articles/{ARTICLE}")


def test_review_browser_findings_first_and_highlight_on_the_right_span(page, server):
    open_article(page, server)
    headings = page.locator(".side-pane h2").all_inner_texts()
    assert headings[0].startswith("Findings") and headings[1].startswith("Claims")
    verdicts = [f.get_attribute("class") for f in page.locator(".finding").all()]
    assert "verdict-inconsistent" in verdicts[0] and "verdict-consistent" in verdicts[-1]
    # The claims an inconsistent finding rests on come first in the panel.
    first_ids = [c.get_attribute("data-claim-id") for c in page.locator(".claim-card").all()[:2]]
    assert sorted(first_ids) == INCONSISTENT
    texts = {a["id"]: a["text"] for a in read_jsonl(server.inputs["corpus"])}
    for claim in read_jsonl(server.inputs["claims"]):
        if claim["article_id"] != ARTICLE:
            continue
        mark = page.locator(f'mark.claim[data-claim-id="{claim["claim_id"]}"]')
        assert mark.inner_text() == claim["quantity"]["text"]
        assert f"kind-{claim['kind']}" in mark.get_attribute("class")
        assert offset_in_text(page, claim["claim_id"]) == claim["quantity"]["start"]
    assert page.locator("#article-text").inner_text() == texts[ARTICLE]
    # A finding links its claims: clicking one selects its card and highlights every span it rests on.
    page.locator(".finding.verdict-inconsistent .finding-claim").nth(1).click()
    assert "selected" in card(page, INCONSISTENT[1]).get_attribute("class")
    for cid in INCONSISTENT:
        assert "linked" in page.locator(f'mark.claim[data-claim-id="{cid}"]').get_attribute("class")
    assert "flag-inconsistent" in page.locator(f'mark.claim[data-claim-id="{INCONSISTENT[0]}"]').get_attribute("class")


def test_review_browser_confirm_reject_correct_by_click(page, server):
    confirm, reject, correct = f"{ARTICLE}:163-166", f"{ARTICLE}:252-262", f"{ARTICLE}:342-355"
    open_article(page, server)
    card(page, confirm).locator("input.note").fill("matches the press release")
    card(page, confirm).locator(".btn-confirm").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{confirm}"][data-state="confirmed"]')
    assert "confirmed by Ann" in card(page, confirm).locator(".decision-line").inner_text()
    card(page, reject).locator(".btn-reject").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{reject}"][data-state="rejected"]')
    card(page, correct).locator(".btn-correct").click()
    form = card(page, correct).locator(".correct-form")
    form.locator('[name="metric"]').fill("exports to the US")
    form.locator('[name="quantity.qualifier"]').select_option("approx")
    form.locator(".btn-save").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{correct}"][data-state="corrected"]')
    assert card(page, correct).locator(".f-metric").inner_text() == "exports to the US"
    got = {cid: server.api(cid) for cid in (confirm, reject, correct)}
    assert got[confirm]["state"] == "confirmed" and got[confirm]["decision"]["reviewer"] == "Ann"
    assert got[confirm]["decision"]["note"] == "matches the press release"
    assert got[reject]["state"] == "rejected"
    fixed = got[correct]["reviewed_claim"]
    assert fixed["metric"] == "exports to the US" and fixed["quantity"]["qualifier"] == "approx"
    text = {a["id"]: a["text"] for a in read_jsonl(server.inputs["corpus"])}[ARTICLE]
    assert contract_problems(fixed, text) == []


def test_review_browser_confirm_reject_correct_by_keyboard(page, server):
    open_article(page, server, query="?kind=count")  # two cards: the deal counts 37 and 81
    ids = [c.get_attribute("data-claim-id") for c in page.locator(".claim-card").all()]
    assert ids == [f"{ARTICLE}:1416-1418", f"{ARTICLE}:1507-1509"]
    page.keyboard.press("c")  # the first card is selected on load
    page.wait_for_selector(f'.claim-card[data-claim-id="{ids[0]}"][data-state="confirmed"]')
    page.keyboard.press("j")
    assert "current" in page.locator(f'mark.claim[data-claim-id="{ids[1]}"]').get_attribute("class")
    page.keyboard.press("r")
    page.wait_for_selector(f'.claim-card[data-claim-id="{ids[1]}"][data-state="rejected"]')
    page.keyboard.press("k")
    assert "selected" in card(page, ids[0]).get_attribute("class")
    page.keyboard.press("e")
    form = card(page, ids[0]).locator(".correct-form")
    assert form.is_visible()
    form.locator('[name="quantity.unit"]').fill("startup deal")
    form.locator('[name="quantity.unit"]').press("Enter")
    page.wait_for_selector(f'.claim-card[data-claim-id="{ids[0]}"][data-state="corrected"]')
    assert server.api(ids[0])["reviewed_claim"]["quantity"]["unit"] == "startup deal"
    assert server.api(ids[1])["state"] == "rejected"


def test_review_browser_correction_that_breaks_the_contract_is_refused(page, server):
    cid = f"{ARTICLE}:495-505"
    open_article(page, server)
    card(page, cid).locator(".btn-correct").click()
    form = card(page, cid).locator(".correct-form")
    form.locator('[name="quantity.text"]').fill("$3 billion")  # not what the text says at these offsets
    form.locator(".btn-save").click()
    error = card(page, cid).locator(".error")
    error.wait_for(state="visible")
    assert "breaks the contract" in error.inner_text() and "quantity.text is '$3 billion'" in error.inner_text()
    assert card(page, cid).get_attribute("data-state") == "open"
    assert server.api(cid)["history"] == []


def test_review_browser_decisions_survive_a_server_restart(page, server):
    cid = f"{ARTICLE}:1536-1548"
    open_article(page, server)
    card(page, cid).locator(".btn-confirm").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{cid}"][data-state="confirmed"]')
    old_url = server.url
    server.stop()
    server.start()
    assert server.url != old_url
    page.goto(f"{server.url}/articles/{ARTICLE}")
    assert card(page, cid).get_attribute("data-state") == "confirmed"
    assert "confirmed by Ann" in card(page, cid).locator(".decision-line").inner_text()
    assert card(page, f"{ARTICLE}:252-262").get_attribute("data-state") == "rejected"  # from the click test
    assert "state-confirmed" in page.locator(f'mark.claim[data-claim-id="{cid}"]').get_attribute("class")


def test_review_browser_export_after_review(page, server, tmp_path):
    out = tmp_path / "reviewed.jsonl"
    result = subprocess.run([sys.executable, "-m", "extractor.cli", "review", "export", "--db", str(server.inputs["db"]),
                             "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    exported = {c["claim_id"]: c for c in read_jsonl(out)}
    assert f"{ARTICLE}:252-262" not in exported  # rejected by click
    assert exported[f"{ARTICLE}:342-355"]["metric"] == "exports to the US"  # corrected by click
    assert exported[f"{ARTICLE}:1416-1418"]["quantity"]["unit"] == "startup deal"  # corrected by keyboard
    texts = {a["id"]: a["text"] for a in read_jsonl(server.inputs["corpus"])}
    assert all(contract_problems(c, texts[c["article_id"]]) == [] for c in exported.values())


def test_review_browser_script_tag_article_shows_as_text(page, server):
    open_article(page, server, article=SCRIPT_ARTICLE)
    assert page.locator("#article-text").inner_text().startswith("Headline <script>alert(1)</script>")
    assert page.locator("#article-text script").count() == 0
    assert page.locator(".claim-card b").all_inner_texts() != [] and page.locator(".fields b").count() == 0
    assert "<b>Acme</b>" in page.locator(".claim-card .f-subject").first.inner_text()
    assert "<img" in page.locator(".claim-card .f-metric").first.inner_text()
    page.goto(server.url + "/")
    assert "<script>alert(4)</script> title" in page.locator("table.articles").inner_text()
    page.wait_for_timeout(200)
    assert page.dialogs == []


def select_in_text(page, start: int, end: int) -> None:
    """Select characters [start, end) of the article text (code points, as the claims count them),
    as a reader dragging over them would."""
    page.evaluate("""([start, end]) => {
        const root = document.getElementById('article-text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let pos = 0, node, started = false;
        while ((node = walker.nextNode())) {
            const chars = Array.from(node.data);
            const unitsTo = (k) => chars.slice(0, k).join('').length;  // code points -> UTF-16 units
            if (!started && start <= pos + chars.length) { range.setStart(node, unitsTo(start - pos)); started = true; }
            if (started && end <= pos + chars.length) { range.setEnd(node, unitsTo(end - pos)); break; }
            pos += chars.length;
        }
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
    }""", [start, end])


def in_viewport(page, locator) -> bool:
    """The element is wholly in the window, below the sticky header."""
    box = locator.bounding_box()
    top = page.evaluate("document.querySelector('header.top').getBoundingClientRect().bottom")
    height = page.evaluate("window.innerHeight")
    return box is not None and box["y"] >= top - 0.5 and box["y"] + box["height"] <= height


@pytest.mark.issue(17)
def test_review_browser_inconsistent_findings_are_in_view_on_load(page, server):
    page.set_viewport_size({"width": 1280, "height": 640})
    open_article(page, server)
    first_card = page.locator(".claim-card").first
    assert "selected" in first_card.get_attribute("class")  # keyboard review starts on it...
    assert page.evaluate("window.scrollY") == 0  # ...without scrolling the findings out of view
    assert in_viewport(page, page.locator(".finding.verdict-inconsistent").first)
    # The first card's span is shown in the text pane, which scrolls on its own.
    assert "current" in page.locator(f'mark.claim[data-claim-id="{first_card.get_attribute("data-claim-id")}"]').get_attribute("class")
    page.keyboard.press("j")  # moving on scrolls to the cards as before
    assert "selected" in page.locator(".claim-card").nth(1).get_attribute("class")


@pytest.mark.issue(17)
def test_review_browser_cross_article_finding_can_be_followed(page, server):
    open_article(page, server)
    finding = page.locator('.finding[data-finding-id="same-fact:cross:5"]')
    other = finding.locator(".figure.elsewhere")
    assert other.locator(".surface").inner_text() == "$3 million"
    assert other.locator(".figure-sentence").inner_text() == 'Sales rose 12% to $3 million at "<b>Acme</b>".'
    assert other.locator(".figure-sentence b").inner_text() == "$3 million"
    assert other.locator(".outlet").inner_text() == "acme-wire.example"
    assert other.locator(".date").inner_text() == SCRIPT_PUBLISHED
    here = finding.locator(".figure.here")
    assert here.locator(".surface").inner_text() == "$6.16 billion" and "this article" in here.inner_text()
    assert "$6.16 billion" in here.locator(".figure-sentence").inner_text()
    other.locator(".open-other").click()
    page.wait_for_url(f"**/articles/{SCRIPT_ARTICLE}#claim-{SCRIPT_MONEY}")
    target = card(page, SCRIPT_MONEY)
    assert "selected" in target.get_attribute("class") and in_viewport(page, target)
    mark = page.locator(f'mark.claim[data-claim-id="{SCRIPT_MONEY}"]')
    assert "current" in mark.get_attribute("class") and "linked" in mark.get_attribute("class")
    # And back: the finding on this page links the first article's figure.
    back = page.locator('.finding[data-finding-id="same-fact:cross:5"] .figure.elsewhere')
    assert back.locator(".surface").inner_text() == "$6.16 billion"
    assert back.locator("a.open-other").get_attribute("href") == f"/articles/{ARTICLE}#claim-{ARTICLE}:342-355"


@pytest.mark.issue(17)
def test_review_browser_rests_on_shows_figures_and_unresolved_periods(page, server):
    open_article(page, server)
    figures = page.locator(".finding.verdict-inconsistent .figure")
    assert [f.locator(".surface").inner_text() for f in figures.all()] == ["$2.4 billion", "$2.72 billion"]
    assert all(f.locator(".metric").inner_text() == "imports" for f in figures.all())
    assert ARTICLE not in page.locator(".finding.verdict-inconsistent .rests-on").inner_text()
    assert card(page, f"{ARTICLE}:1264-1286").locator(".f-period").inner_text() == "In recent months (dates not resolved)"
    assert "— – —" not in page.locator("#claims").inner_text()
    why = page.locator('.finding[data-finding-id="consistent-multiple:000:1"] .why')
    assert why.inner_text().startswith("Expected 5.38 and observed 5 differ, but")


@pytest.mark.issue(17)
def test_review_browser_correction_span_from_a_text_selection(page, server):
    cid = f"{ARTICLE}:574-584"  # "$8 billion"
    open_article(page, server)
    card(page, cid).locator(".btn-correct").click()
    form = card(page, cid).locator(".correct-form")
    select_in_text(page, 575, 584)  # "8 billion", without the dollar sign
    page.wait_for_function("""() => document.querySelector('.claim-card[data-claim-id="%s"] [name="quantity.start"]').value === "575" """ % cid)
    assert form.locator('[name="quantity.end"]').input_value() == "584"
    assert form.locator('[name="quantity.text"]').input_value() == "8 billion"
    assert "characters 575–584" in form.locator(".span-hint").inner_text()
    form.locator(".btn-save").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{cid}"][data-state="corrected"]')
    fixed = server.api(cid)["reviewed_claim"]
    assert (fixed["quantity"]["start"], fixed["quantity"]["end"], fixed["quantity"]["text"]) == (575, 584, "8 billion")
    assert fixed["claim_id"] == f"{ARTICLE}:575-584"
    text = {a["id"]: a["text"] for a in read_jsonl(server.inputs["corpus"])}[ARTICLE]
    assert contract_problems(fixed, text) == []


@pytest.mark.issue(17)
def test_review_browser_selection_after_an_emoji_counts_code_points(page, server):
    open_article(page, server, article=EMOJI_ARTICLE)
    card(page, EMOJI_CLAIM).locator(".btn-correct").click()
    form = card(page, EMOJI_CLAIM).locator(".correct-form")
    start = EMOJI_TEXT.index("bought")
    select_in_text(page, start, start + len("bought 40,000"))
    page.wait_for_function("""() => document.querySelector('.claim-card[data-claim-id="%s"] [name="quantity.text"]').value === "bought 40,000" """ % EMOJI_CLAIM)
    assert form.locator('[name="quantity.start"]').input_value() == str(start)  # 12 code points, 13 UTF-16 units
    select_in_text(page, EMOJI_TEXT.index("40,000"), EMOJI_TEXT.index("40,000") + 6)
    page.wait_for_function("""() => document.querySelector('.claim-card[data-claim-id="%s"] [name="quantity.text"]').value === "40,000" """ % EMOJI_CLAIM)
    form.locator('[name="metric"]').fill("tickets sold for the final")
    form.locator(".btn-save").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{EMOJI_CLAIM}"][data-state="corrected"]')
    assert server.api(EMOJI_CLAIM)["reviewed_claim"]["quantity"]["start"] == EMOJI_TEXT.index("40,000")


@pytest.mark.issue(17)
def test_review_browser_value_far_from_the_text_needs_a_confirm(page, server):
    cid = f"{ARTICLE}:1396-1410"  # "$274.7 million"
    open_article(page, server)
    card(page, cid).locator(".btn-correct").click()
    form = card(page, cid).locator(".correct-form")
    form.locator('[name="quantity.value"]').fill("2747000000")  # a slipped decimal point
    form.locator(".btn-save").click()
    error = card(page, cid).locator(".error")
    error.wait_for(state="visible")
    assert "far from the number written in '$274.7 million' (274,700,000)" in error.inner_text()
    assert card(page, cid).get_attribute("data-state") == "open" and server.api(cid)["history"] == []
    keep = form.locator(".keep-value")
    assert keep.is_visible()
    keep.locator("input").check()
    form.locator(".btn-save").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{cid}"][data-state="corrected"]')
    assert server.api(cid)["reviewed_claim"]["quantity"]["value"] == 2747000000


@pytest.mark.issue(17)
def test_review_browser_selecting_a_number_in_another_sentence_moves_the_sentence_and_checks_the_value(page, server):
    cid = f"{ARTICLE}:1507-1509"  # "81" deals last year
    text = {a["id"]: a["text"] for a in read_jsonl(server.inputs["corpus"])}[ARTICLE]
    start = text.index("350 million")  # "$350 million" is another claim; "350 million" is not
    open_article(page, server)
    card(page, cid).locator(".btn-correct").click()
    form = card(page, cid).locator(".correct-form")
    select_in_text(page, start, start + len("350 million"))
    page.wait_for_function("""() => document.querySelector('.claim-card[data-claim-id="%s"] [name="quantity.text"]').value === "350 million" """ % cid)
    s, e = int(form.locator('[name="sentence.start"]').input_value()), int(form.locator('[name="sentence.end"]').input_value())
    assert s <= start and start + len("350 million") <= e and "\n" not in text[s:e]
    form.locator(".btn-save").click()  # the value is still 81
    error = card(page, cid).locator(".error")
    error.wait_for(state="visible")
    assert "quantity.value 81 is far from the number written in '350 million'" in error.inner_text()
    form.locator('[name="quantity.value"]').fill("350000000")
    form.locator('[name="quantity.unit"]').fill("USD")
    form.locator('[name="kind"]').select_option("money")
    form.locator(".btn-save").click()
    page.wait_for_selector(f'.claim-card[data-claim-id="{cid}"][data-state="corrected"]')
    fixed = server.api(cid)["reviewed_claim"]
    assert fixed["quantity"]["value"] == 350000000 and contract_problems(fixed, text) == []


def test_review_browser_screenshot_command(tmp_path):
    # docs/review.png is made by this command on the South Asian dev pages (README, "Review page").
    inputs = write_inputs(tmp_path / "in")
    out = tmp_path / "review.png"
    result = subprocess.run([sys.executable, "-m", "evaluation.review.screenshot", str(inputs["claims"]), "--findings",
                             str(inputs["findings"]), "--corpus", str(inputs["corpus"]), "--article", ARTICLE,
                             "-o", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
