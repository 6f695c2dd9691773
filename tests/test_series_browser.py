"""The series page as a reader uses it: written by `newsclaims series --report` from invented
articles, opened in a real Chromium (Debian's ``chromium``) through Playwright: the charts, the
red conflict points, and every point's link to its sentence.

Skipped only when Chromium is missing and CI is not set; under CI=true a missing browser fails.
"""
import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app

from browser import browser, require_chromium  # noqa: F401 (browser is a fixture)

pytestmark = pytest.mark.issue(14)

require_chromium()

# Invented articles: two outlets on Ruritania's textile exports (they disagree on FY2022-23),
# one on its rice exports over two years, one on a single figure that gets no chart.
ARTICLES = [
    {"id": "rt-1", "published": "2023-07-19", "url": "https://ruritania-times.example/textiles",
     "text": "Ruritania's textile exports stood at $16.5 billion in fiscal year 2022-23. "
             "Textile exports were $19.3 billion in fiscal year 2021-22."},
    {"id": "gz-2", "published": "2023-07-21", "url": "https://gazette.example/trade",
     "text": "Textile exports of Ruritania reached $16.9 billion in fiscal year 2022-23."},
    {"id": "rc-3", "published": "2023-08-02",
     "text": "Ruritania's rice exports were $2.4 billion in 2022. Rice exports were $2.1 billion in 2021."},
    {"id": "tx-4", "published": "2023-08-03",
     "text": "Freedonia's tea exports were $310 million in 2022."},
]


def _claim(article, figure, value, metric, subject, period):
    text = next(a["text"] for a in ARTICLES if a["id"] == article)
    start = text.index(figure)
    end = start + len(figure)
    s0 = text.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = text.find(".", end) + 1
    return {"claim_id": f"{article}:{start}-{end}", "article_id": article, "kind": "money",
            "quantity": {"text": figure, "start": start, "end": end, "value": value, "unit": "USD", "qualifier": "exact"},
            "change": None, "metric": metric, "subject": subject, "counterparty": None,
            "period": dict(zip(("text", "start", "end"), period)), "source": None,
            "sentence": {"start": s0, "end": s1}}


FY23 = ("fiscal year 2022-23", "2022-07-01", "2023-06-30")
FY22 = ("fiscal year 2021-22", "2021-07-01", "2022-06-30")
CLAIMS = [
    _claim("rt-1", "$16.5 billion", 16.5e9, "textile exports", "Ruritania", FY23),
    _claim("rt-1", "$19.3 billion", 19.3e9, "Textile exports", "Ruritania", FY22),
    _claim("gz-2", "$16.9 billion", 16.9e9, "textile exports", "Ruritania", FY23),
    _claim("rc-3", "$2.4 billion", 2.4e9, "rice exports", "Ruritania", ("2022", "2022-01-01", "2022-12-31")),
    _claim("rc-3", "$2.1 billion", 2.1e9, "Rice exports", "Ruritania", ("2021", "2021-01-01", "2021-12-31")),
    _claim("tx-4", "$310 million", 310e6, "tea exports", "Freedonia", ("2022", "2022-01-01", "2022-12-31")),
]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("series")
    corpus, claims = folder / "corpus.jsonl", folder / "claims.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    claims.write_text("".join(json.dumps(c) + "\n" for c in CLAIMS), encoding="utf-8")
    page = folder / "series.html"
    result = CliRunner().invoke(app, ["series", str(claims), "--corpus", str(corpus), "-o", str(folder / "s.jsonl"),
                                      "--report", str(page)])
    assert result.exit_code == 0, result.output
    return page


@pytest.fixture
def page(browser, report):
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(report.as_uri())
    yield pg
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


def test_series_browser_charts_conflicts_first_in_red(page):
    sections = page.locator("section.series")
    assert sections.count() == 2  # textile exports (two periods and a conflict), rice exports (two periods)
    assert page.locator("svg.chart").count() == 2
    first = sections.nth(0)
    assert "textile exports" in first.locator("h3").inner_text() and "conflict" in first.locator("h3").inner_text()
    assert "rice exports" in sections.nth(1).locator("h3").inner_text()
    # FY2022-23's two reports are red points; FY2021-22's and the rice points are not.
    assert first.locator("svg a.point.conflict circle").count() == 2
    assert first.locator("svg a.point circle").count() == 3
    assert sections.nth(1).locator("svg a.point.conflict").count() == 0
    red = first.locator("svg a.point.conflict circle").first.get_attribute("fill")
    blue = sections.nth(1).locator("svg a.point circle").first.get_attribute("fill")
    assert red != blue
    # The chart is drawn: points inside the visible svg box.
    box = first.locator("svg.chart").bounding_box()
    assert box["width"] > 300 and box["height"] > 80
    for i in range(3):
        p = first.locator("svg a.point circle").nth(i).bounding_box()
        assert box["x"] <= p["x"] <= box["x"] + box["width"] and box["y"] <= p["y"] <= box["y"] + box["height"]


def test_series_browser_every_point_links_to_its_sentence(page):
    hrefs = page.eval_on_selector_all("svg a.point", "els => els.map(e => e.getAttribute('href'))")
    assert len(hrefs) == 5
    for href in hrefs:
        assert page.locator(f"[id='{href[1:]}']").count() == 1, href
    point = page.locator("svg a.point.conflict").nth(1)
    target = point.get_attribute("href")
    point.locator("circle").click()
    page.wait_for_function(f"location.hash === {json.dumps(target)}")
    sentence = page.locator(f"[id='{target[1:]}']")
    assert sentence.is_visible()
    assert sentence.locator("mark").inner_text() == "$16.9 billion"
    assert "Textile exports of Ruritania reached" in sentence.inner_text()
    assert sentence.locator("a").get_attribute("href") == "https://gazette.example/trade"


def test_series_browser_single_figures_in_the_table_below(page):
    other = page.locator("table.rows").last
    assert "$310 million" in other.inner_text() and "freedonia|tea exports|-|USD" in other.inner_text()
