"""The review page's JSON API and pages through HTTP (Starlette TestClient), the store's re-attachment,
the export and the `newsclaims review` command line."""
import csv
import hashlib
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from evaluation.review.app import create_app
from evaluation.review.store import ReviewStore
from extractor.cli import app as cli_app
from extractor.contract import contract_problems
from review_fixtures import (ARTICLE, INCONSISTENT, SCRIPT_ARTICLE, SCRIPT_TEXT, read_jsonl, write_inputs)

pytestmark = pytest.mark.issue(7)
CLAIM = f"{ARTICLE}:252-262"  # "$5 billion"
# The address the page is served on (the server's default): requests naming another one are refused.
BASE = "http://127.0.0.1:8000"


@pytest.fixture
def inputs(tmp_path):
    return write_inputs(tmp_path)


@pytest.fixture
def client(inputs):
    from fastapi.testclient import TestClient

    app = create_app(inputs["claims"], inputs["findings"], inputs["corpus"], inputs["db"])
    with TestClient(app, base_url=BASE) as c:
        yield c


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def texts(inputs):
    return {a["id"]: a["text"] for a in read_jsonl(inputs["corpus"])}


def claim_of(inputs, claim_id):
    return next(c for c in read_jsonl(inputs["claims"]) if c["claim_id"] == claim_id)


def test_review_api_get_claim_has_claim_findings_and_no_decision(client):
    r = client.get(f"/api/claims/{INCONSISTENT[0]}")
    assert r.status_code == 200
    body = r.json()
    assert body["claim"]["quantity"]["text"] == "$2.4 billion"
    assert body["state"] == "open" and body["decision"] is None and body["history"] == []
    assert [f["verdict"] for f in body["findings"]] == ["inconsistent"]


def test_review_api_confirm_is_stored_with_reviewer_time_and_note(client):
    r = client.post(f"/api/claims/{CLAIM}/decision", json={"decision": "confirm", "reviewer": "Ann", "note": "checked"})
    assert r.status_code == 201, r.text
    got = client.get(f"/api/claims/{CLAIM}").json()
    assert got["state"] == "confirmed"
    assert got["decision"]["reviewer"] == "Ann" and got["decision"]["note"] == "checked"
    assert got["decision"]["decided_at"].startswith("20")


def test_review_api_correct_applies_a_valid_correction(client, inputs):
    fixed = claim_of(inputs, CLAIM)
    fixed["metric"] = "total exports"
    r = client.post(f"/api/claims/{CLAIM}/decision", json={"decision": "correct", "reviewer": "Ann", "claim": fixed})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["state"] == "corrected" and body["reviewed_claim"]["metric"] == "total exports"
    assert contract_problems(body["reviewed_claim"], texts(inputs)[ARTICLE]) == []


def test_review_api_correct_may_move_the_span(client, inputs):
    fixed = claim_of(inputs, CLAIM)
    fixed["quantity"].update(start=253, text="5 billion")
    del fixed["claim_id"]  # filled in from the new offsets
    r = client.post(f"/api/claims/{CLAIM}/decision", json={"decision": "correct", "reviewer": "Ann", "claim": fixed})
    assert r.status_code == 201, r.text
    assert r.json()["reviewed_claim"]["claim_id"] == f"{ARTICLE}:253-262"


def bad_correction(inputs, **change):
    claim = claim_of(inputs, CLAIM)
    for path, value in change.items():
        target = claim
        *parents, last = path.split("__")
        for p in parents:
            target = target[p]
        target[last] = value
    return {"decision": "correct", "reviewer": "Ann", "claim": claim}


BAD_POSTS = [
    pytest.param(f"{ARTICLE}:1-2", {"decision": "confirm", "reviewer": "Ann"}, 404, "no claim", id="unknown-claim"),
    pytest.param(f"{ARTICLE}:1-2", "not json", 404, "no claim", id="unknown-claim-bad-json"),
    pytest.param(CLAIM, "not json", 400, "not JSON", id="bad-json"),
    pytest.param(CLAIM, [1, 2], 400, "JSON object", id="not-an-object"),
    pytest.param(CLAIM, {"decision": "accept", "reviewer": "Ann"}, 422, "decision 'accept'", id="bad-decision"),
    pytest.param(CLAIM, {"decision": "confirm"}, 422, "reviewer", id="no-reviewer"),
    pytest.param(CLAIM, {"decision": "confirm", "reviewer": "  "}, 422, "reviewer", id="blank-reviewer"),
    pytest.param(CLAIM, {"decision": "confirm", "reviewer": "Ann", "note": 3}, 422, "note", id="note-not-text"),
    pytest.param(CLAIM, {"decision": "note", "reviewer": "Ann"}, 422, "non-empty note", id="empty-note"),
    pytest.param(CLAIM, {"decision": "confirm", "reviewer": "Ann", "extra": 1}, 422, "unknown fields", id="unknown-field"),
    pytest.param(CLAIM, {"decision": "reject", "reviewer": "Ann", "claim": {}}, 422, "only for a correction", id="claim-on-reject"),
    pytest.param(CLAIM, {"decision": "correct", "reviewer": "Ann"}, 422, "corrected claim", id="correct-without-claim"),
    pytest.param(CLAIM, {"quantity__value": "five"}, 422, "not a finite number", id="value-not-number"),
    pytest.param(CLAIM, {"kind": "amount"}, 422, "kind 'amount'", id="bad-kind"),
    pytest.param(CLAIM, {"quantity__unit": "dollars"}, 422, "ISO 4217", id="bad-unit"),
    pytest.param(CLAIM, {"quantity__text": "$6 billion"}, 422, "quantity.text is '$6 billion'", id="surface-not-in-text"),
    pytest.param(CLAIM, {"quantity__end": 99999}, 422, "run past the end", id="span-past-text"),
    pytest.param(CLAIM, {"period": {"text": "2021", "start": "2021-13-01", "end": "2021-12-31"}}, 422, "ISO dates", id="bad-period"),
    pytest.param(CLAIM, {"article_id": "001_ec719ad561a8f654"}, 422, "should stay", id="other-article"),
    pytest.param(CLAIM, {"claim_id": f"{ARTICLE}:1-2"}, 422, "claim_id", id="claim-id-not-offsets"),
    pytest.param(CLAIM, {"quantity__start": 163, "quantity__end": 166, "quantity__text": "23%", "claim_id": f"{ARTICLE}:163-166"},
                 422, "another claim", id="onto-another-claim"),
]


@pytest.mark.parametrize("claim_id, body, status, message", BAD_POSTS)
def test_review_api_bad_post_is_4xx_and_changes_nothing(client, inputs, claim_id, body, status, message):
    if isinstance(body, dict) and any("__" in k or k in ("kind", "period", "article_id", "claim_id") for k in body):
        body = bad_correction(inputs, **body)
    before = digest(inputs["db"])
    content = body if isinstance(body, str) else json.dumps(body)
    r = client.post(f"/api/claims/{claim_id}/decision", content=content, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text
    assert message in r.json()["error"] + " ".join(r.json()["problems"])
    assert digest(inputs["db"]) == before
    assert ReviewStore(inputs["db"]).latest() == {}


def test_review_api_unknown_claim_and_article_are_404(client):
    assert client.get(f"/api/claims/{ARTICLE}:1-2").status_code == 404
    r = client.get("/articles/nope")
    assert r.status_code == 404 and "No article" in r.text


def test_review_page_escapes_article_text_and_fields(client):
    page = client.get(f"/articles/{SCRIPT_ARTICLE}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Acme" not in page
    assert "&lt;b&gt;Acme&lt;/b&gt;" in page
    index = client.get("/").text
    assert "&lt;script&gt;alert(4)&lt;/script&gt; title" in index and "<script>alert" not in index
    assert "no earlier figure &lt;script&gt;alert(2)&lt;/script&gt;" in page  # a finding's explanation


def test_review_page_lists_inconsistent_article_first_with_counts(client):
    client.post(f"/api/claims/{CLAIM}/decision", json={"decision": "reject", "reviewer": "Ann"})
    rows = client.get("/api/articles").json()
    assert rows[0]["id"] == ARTICLE
    assert {k: rows[0][k] for k in ("claims", "open", "confirmed", "rejected", "inconsistent")} == {
        "claims": 14, "open": 13, "confirmed": 0, "rejected": 1, "inconsistent": 2}


@pytest.mark.parametrize("query, articles", [
    ("verdict=inconsistent", [ARTICLE]),
    ("kind=multiple", [ARTICLE]),
    ("state=rejected", [ARTICLE]),
    (f"q=Sales+rose", [SCRIPT_ARTICLE]),
])
def test_review_page_filters_articles(client, query, articles):
    client.post(f"/api/claims/{CLAIM}/decision", json={"decision": "reject", "reviewer": "Ann"})
    assert [r["id"] for r in client.get(f"/api/articles?{query}").json()] == articles


def test_review_page_article_filters_claims_and_shows_findings_first(client):
    page = client.get(f"/articles/{ARTICLE}?kind=count").text
    cards = page.count('class="claim-card')
    assert cards == 2  # the two deal counts
    page = client.get(f"/articles/{ARTICLE}").text
    assert page.index('id="findings"') < page.index('id="claims"')
    assert page.index("verdict-inconsistent") < page.index("verdict-consistent")
    first_card = page.index('class="claim-card')
    assert page.index(f'data-claim-id="{INCONSISTENT[0]}"', first_card) < page.index(f'data-claim-id="{ARTICLE}:163-166"', first_card)


def test_review_store_reattaches_by_id_or_overlap_and_lists_orphans(inputs, tmp_path):
    from fastapi.testclient import TestClient

    app = create_app(inputs["claims"], inputs["findings"], inputs["corpus"], inputs["db"])
    with TestClient(app, base_url=BASE) as c:
        for cid, decision in [(f"{ARTICLE}:163-166", "confirm"), (CLAIM, "reject"), (f"{ARTICLE}:342-355", "confirm")]:
            assert c.post(f"/api/claims/{cid}/decision", json={"decision": decision, "reviewer": "Ann"}).status_code == 201
    # Re-extraction: "$5 billion" now read as "5 billion" (same value, overlapping span); "$6.16 billion" gone.
    rerun = []
    for claim in read_jsonl(inputs["claims"]):
        if claim["claim_id"] == f"{ARTICLE}:342-355":
            continue
        if claim["claim_id"] == CLAIM:
            claim["quantity"].update(start=253, text="5 billion")
            claim["claim_id"] = f"{ARTICLE}:253-262"
        rerun.append(claim)
    rerun_path = tmp_path / "rerun.jsonl"
    rerun_path.write_text("".join(json.dumps(c) + "\n" for c in rerun))
    app = create_app(rerun_path, None, inputs["corpus"], inputs["db"])
    with TestClient(app, base_url=BASE) as c:
        assert c.get(f"/api/claims/{ARTICLE}:163-166").json()["state"] == "confirmed"
        moved = c.get(f"/api/claims/{ARTICLE}:253-262").json()
        assert moved["state"] == "rejected" and moved["decision"]["claim_id"] == CLAIM
        orphans = c.get("/api/orphans").json()
        assert [o["claim_id"] for o in orphans] == [f"{ARTICLE}:342-355"]
        assert f"{ARTICLE}:342-355" in c.get("/orphans").text
        assert "1 orphaned decision" in c.get("/").text
    # A different value in the overlapping span does not inherit the decision.
    store = ReviewStore(inputs["db"])
    changed = [dict(c, claim_id=f"{ARTICLE}:254-262", quantity=dict(c["quantity"], start=254, text="billion", value=6))
               if c["claim_id"] == f"{ARTICLE}:253-262" else c for c in rerun]
    assert store.load_claims(changed)["orphaned"] == 2
    # Loading the first claim set again brings every decision back to its claim.
    assert store.load_claims(read_jsonl(inputs["claims"]))["orphaned"] == 0


def test_review_export_applies_decisions_in_contract_shape(client, inputs, tmp_path):
    fixed = claim_of(inputs, CLAIM)
    fixed["subject"] = "Pakistan (total)"
    assert client.post(f"/api/claims/{CLAIM}/decision", json={"decision": "correct", "reviewer": "Ann", "claim": fixed}).status_code == 201
    assert client.post(f"/api/claims/{ARTICLE}:163-166/decision", json={"decision": "reject", "reviewer": "Bo"}).status_code == 201
    assert client.post(f"/api/claims/{ARTICLE}:342-355/decision", json={"decision": "confirm", "reviewer": "Bo", "note": "ok <b>"}).status_code == 201
    out = tmp_path / "reviewed.jsonl"
    result = CliRunner().invoke(cli_app, ["review", "export", "--db", str(inputs["db"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 confirmed, 1 corrected, 1 rejected" in result.stderr
    exported = read_jsonl(out)
    by_id = {c["claim_id"]: c for c in exported}
    assert len(exported) == len(read_jsonl(inputs["claims"])) - 1 and f"{ARTICLE}:163-166" not in by_id
    assert by_id[CLAIM]["subject"] == "Pakistan (total)"
    t = texts(inputs)
    assert all(contract_problems(c, t[c["article_id"]]) == [] for c in exported)
    # --reviewed-only keeps what a reviewer confirmed or corrected: a gold file.
    gold = tmp_path / "gold.jsonl"
    assert CliRunner().invoke(cli_app, ["review", "export", "--db", str(inputs["db"]), "-o", str(gold), "--reviewed-only"]).exit_code == 0
    assert sorted(c["claim_id"] for c in read_jsonl(gold)) == sorted([CLAIM, f"{ARTICLE}:342-355"])
    # CSV: every claim, the rejected one too, with state, reviewer and notes.
    table = tmp_path / "reviewed.csv"
    assert CliRunner().invoke(cli_app, ["review", "export", "--db", str(inputs["db"]), "-o", str(table)]).exit_code == 0
    rows = {r["claim_id"]: r for r in csv.DictReader(table.open(encoding="utf-8"))}
    assert rows[f"{ARTICLE}:163-166"]["state"] == "rejected" and rows[f"{ARTICLE}:163-166"]["reviewer"] == "Bo"
    assert rows[f"{ARTICLE}:342-355"]["notes"] == "ok <b> (Bo)"
    assert rows[CLAIM]["subject"] == "Pakistan (total)"


def test_review_export_errors_exit_1_with_one_line(tmp_path, inputs):
    runner = CliRunner()
    result = runner.invoke(cli_app, ["review", "export", "--db", str(tmp_path / "none.sqlite"), "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 1
    assert result.stderr == f"newsclaims: error: {tmp_path / 'none.sqlite'}: no such review database\n"
    ReviewStore(inputs["db"])
    existing = tmp_path / "x.jsonl"
    existing.write_text("")
    result = runner.invoke(cli_app, ["review", "export", "--db", str(inputs["db"]), "-o", str(existing)])
    assert result.exit_code == 1 and "exists; use --force" in result.stderr


def test_review_cli_serves_claims_directly_on_localhost(inputs, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = CliRunner().invoke(cli_app, ["review", str(inputs["claims"]), "--findings", str(inputs["findings"]),
                                          "--corpus", str(inputs["corpus"]), "--db", str(inputs["db"]), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8123, "log_level": "warning"}]
    assert "review page on http://127.0.0.1:8123/ (bound to 127.0.0.1: only this machine can reach it)" in result.stderr
    assert "44 claims in 7 articles, 5 findings" in result.stderr
    # The explicit form works too.
    result = CliRunner().invoke(cli_app, ["review", "serve", str(inputs["claims"]), "--db", str(inputs["db"])])
    assert result.exit_code == 0 and calls[-1]["port"] == 8000


def test_review_cli_missing_claims_file_exits_1(tmp_path):
    result = CliRunner().invoke(cli_app, ["review", str(tmp_path / "none.jsonl"), "--db", str(tmp_path / "r.sqlite")])
    assert result.exit_code == 1
    assert result.stderr == f"newsclaims: error: {tmp_path / 'none.jsonl'}: no such file or directory\n"


def test_review_cli_import_is_light():
    code = ("import sys, extractor.cli, evaluation.review.store, evaluation.review.export;"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'fastapi', 'uvicorn', 'starlette'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_review_app_does_not_load_spacy():
    code = "import sys, evaluation.review.app; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_review_page_without_corpus_lists_claims_and_says_why_no_text(inputs):
    from fastapi.testclient import TestClient

    with TestClient(create_app(inputs["claims"], None, None, inputs["db"]), base_url=BASE) as c:
        page = c.get(f"/articles/{ARTICLE}")
        assert page.status_code == 200
        assert "No text for this article" in page.text and page.text.count('class="claim-card') == 14
        fixed = claim_of(inputs, CLAIM)
        fixed["quantity"]["value"] = 5.0e9
        assert c.post(f"/api/claims/{CLAIM}/decision", json={"decision": "correct", "reviewer": "A", "claim": fixed}).status_code == 201


def test_review_export_a_file_that_is_not_a_database_is_one_line(tmp_path):
    from typer.testing import CliRunner

    from extractor.cli import app

    db = tmp_path / "broken.sqlite"
    db.write_text("not a database")
    result = CliRunner().invoke(app, ["review", "export", "--db", str(db), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsclaims: error: {db}: not a review database")
    assert "Traceback" not in result.output


# -- security: only this server's own pages may write (or read) ----------------------------------

GOOD_DECISION = json.dumps({"decision": "confirm", "reviewer": "Ann"})


def post_decision(client, headers, content=GOOD_DECISION, claim_id=CLAIM):
    return client.post(f"/api/claims/{claim_id}/decision", content=content, headers=headers)


@pytest.mark.issue(17)
@pytest.mark.parametrize("content_type", ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_review_api_decision_without_json_content_type_is_415_and_changes_nothing(client, inputs, content_type):
    before = digest(inputs["db"])
    headers = {"content-type": content_type} if content_type else {}
    r = post_decision(client, headers)
    assert r.status_code == 415, r.text
    assert "application/json" in r.json()["error"]
    assert digest(inputs["db"]) == before and ReviewStore(inputs["db"]).latest() == {}


@pytest.mark.issue(17)
def test_review_api_json_with_charset_is_accepted(client):
    r = post_decision(client, {"content-type": "application/json; charset=utf-8"})
    assert r.status_code == 201, r.text


@pytest.mark.issue(17)
@pytest.mark.parametrize("origin", ["http://evil.example", "https://127.0.0.1:8000", "http://127.0.0.1:8001",
                                    "http://127.0.0.1:8000.evil.example", "null"])
def test_review_api_foreign_origin_is_403_and_changes_nothing(client, inputs, origin):
    before = digest(inputs["db"])
    r = post_decision(client, {"content-type": "application/json", "origin": origin})
    assert r.status_code == 403, r.text
    assert "Origin" in r.json()["error"]
    assert digest(inputs["db"]) == before and ReviewStore(inputs["db"]).latest() == {}


@pytest.mark.issue(17)
def test_review_api_simple_cross_origin_text_plain_post_is_refused(client, inputs):
    # What <form enctype="text/plain"> or fetch(..., {mode: "no-cors"}) on another site sends: no preflight.
    before = digest(inputs["db"])
    r = post_decision(client, {"content-type": "text/plain;charset=UTF-8", "origin": "http://evil.example"})
    assert r.status_code == 403, r.text
    assert digest(inputs["db"]) == before and ReviewStore(inputs["db"]).latest() == {}


@pytest.mark.issue(17)
@pytest.mark.parametrize("origin", [None, "http://127.0.0.1:8000", "http://localhost:8000"])
def test_review_api_same_origin_post_is_accepted(client, origin):
    headers = {"content-type": "application/json", **({"origin": origin} if origin else {})}
    assert post_decision(client, headers).status_code == 201


@pytest.mark.issue(17)
@pytest.mark.parametrize("host", ["evil.example:8000", "evil.example", "127.0.0.1:8001", "127.0.0.1", "localhost.evil.example:8000",
                                  "0.0.0.0:8000"])
def test_review_api_dns_rebinding_host_is_403_for_reads_and_writes(client, inputs, host):
    # A DNS-rebinding page: evil.example now resolves to 127.0.0.1, the browser sends Host: evil.example.
    before = digest(inputs["db"])
    for path in ("/", f"/articles/{ARTICLE}", f"/api/claims/{CLAIM}", "/api/articles", "/api/orphans", "/static/review.js"):
        r = client.get(path, headers={"host": host})
        assert r.status_code == 403, (path, r.text)
        assert "DNS rebinding" in r.json()["error"] and "Acme" not in r.text
    r = post_decision(client, {"content-type": "application/json", "host": host})
    assert r.status_code == 403
    assert digest(inputs["db"]) == before and ReviewStore(inputs["db"]).latest() == {}


@pytest.mark.issue(17)
@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "LOCALHOST:8000", "[::1]:8000"])
def test_review_api_loopback_hosts_on_the_servers_port_are_served(client, host):
    assert client.get(f"/api/claims/{CLAIM}", headers={"host": host}).status_code == 200


@pytest.mark.issue(17)
def test_review_api_host_check_follows_host_and_port_given(inputs):
    from fastapi.testclient import TestClient

    # Started with --host 192.0.2.7 --port 9000: that address only (127.0.0.1 cannot reach it anyway).
    app = create_app(inputs["claims"], None, None, inputs["db"], host="192.0.2.7", port=9000)
    with TestClient(app, base_url="http://192.0.2.7:9000") as c:
        assert c.get("/api/articles").status_code == 200
        assert c.get("/api/articles", headers={"host": "localhost:9000"}).status_code == 403
        assert c.get("/api/articles", headers={"host": "192.0.2.7:8000"}).status_code == 403
        r = c.post(f"/api/claims/{CLAIM}/decision", content=GOOD_DECISION,
                   headers={"content-type": "application/json", "origin": "http://192.0.2.7:9000"})
        assert r.status_code == 201


def test_review_allowed_hosts_for_loopback_wildcard_and_port_80():
    from evaluation.review.app import allowed_hosts

    assert allowed_hosts("127.0.0.1", 8000) == {"127.0.0.1:8000", "localhost:8000", "[::1]:8000"}
    # Bound to every interface: the loopback names and the address the request came in on.
    assert allowed_hosts("0.0.0.0", 8000, "192.0.2.7") == {"127.0.0.1:8000", "localhost:8000", "[::1]:8000",
                                                            "192.0.2.7:8000"}
    assert "review.lan:80" in allowed_hosts("review.lan", 80) and "review.lan" in allowed_hosts("review.lan", 80)
    assert "127.0.0.1" not in allowed_hosts("127.0.0.1", 8000)


# -- what a fact-checker reads on an article's page ------------------------------------------------


def finding_html(page: str, marker: str) -> str:
    """The HTML of the one finding whose opening tag holds ``marker``, up to its closing tag."""
    start = page.index(marker)
    start = page.rindex("<li class=\"finding", 0, start + len(marker))
    return page[start:page.index("\n      </li>", start)]


@pytest.mark.issue(17)
def test_review_page_cross_article_finding_shows_the_other_claim_with_sentence_outlet_date_and_link(client):
    from review_fixtures import CROSS, SCRIPT_MONEY, SCRIPT_PUBLISHED

    page = client.get(f"/articles/{ARTICLE}").text
    finding = finding_html(page, 'data-finding-id="same-fact:cross:5"')
    # The other article's figure: its surface, metric, article (title, outlet from the url host, date) and sentence.
    assert "<strong class=\"surface\">$3 million</strong>" in finding
    assert "acme-wire.example" in finding and "www.acme-wire" not in finding
    assert SCRIPT_PUBLISHED in finding
    assert "Sales rose 12% to <b>$3 million</b> at" in finding.replace("&#34;", '"')
    assert f'href="/articles/{SCRIPT_ARTICLE}#claim-{SCRIPT_MONEY}"' in finding
    # This article's figure: the surface, its metric, "this article", and its sentence (the finding spans two).
    assert "<strong class=\"surface\">$6.16 billion</strong>" in finding and "this article" in finding
    assert "exports have already grown to <b>$6.16 billion</b>" in finding
    # The page it links to has the claim card the link points at.
    other = client.get(f"/articles/{SCRIPT_ARTICLE}").text
    assert f'id="claim-{SCRIPT_MONEY}"' in other
    assert 'data-finding-id="same-fact:cross:5"' in other  # the finding shows on both articles
    assert CROSS[0] in other


@pytest.mark.issue(17)
def test_review_page_rests_on_names_figures_not_claim_ids(client):
    page = client.get(f"/articles/{ARTICLE}").text
    finding = finding_html(page, 'class="finding verdict-inconsistent')
    for cid, surface, metric in [(INCONSISTENT[0], "$2.4 billion", "imports"), (INCONSISTENT[1], "$2.72 billion", "imports")]:
        link = finding[finding.index(f'class="finding-claim" data-claim-id="{cid}"'):]
        link = link[:link.index("</a>")]
        assert surface in link and cid not in link.split(">", 1)[1]  # the visible text is the figure, not the id
        assert metric in finding
    assert "this article" in finding
    # A claim id the claim set does not have is named as such.
    other = client.get("/articles/001_ec719ad561a8f654").text
    assert "001_ec719ad561a8f654:0-1</code> <span class=\"missing\">(not in this claim set)" in other


@pytest.mark.issue(17)
def test_review_page_unresolved_period_says_dates_not_resolved(client):
    page = client.get(f"/articles/{ARTICLE}").text
    assert "In recent months (dates not resolved)" in page  # "half a billion dollars", a period without dates
    assert "(— – —)" not in page
    assert "last year (2020-07-01 – 2021-06-30)" in page


def test_review_period_label():
    from evaluation.review.app import period_label

    assert period_label(None) == "—"
    assert period_label({"text": "lately", "start": None, "end": None}) == "lately (dates not resolved)"
    assert period_label({"text": "FY24", "start": "2023-07-01", "end": "2024-06-30"}) == "FY24 (2023-07-01 – 2024-06-30)"


@pytest.mark.issue(17)
def test_review_page_consistent_finding_with_different_values_says_why(client):
    page = client.get(f"/articles/{ARTICLE}").text
    finding = finding_html(page, 'data-finding-id="consistent-multiple:000:1"')  # expected 5.38, observed 5
    assert '<div class="why">Expected 5.38 and observed 5 differ, but' in finding
    # The inconsistent finding needs no such line.
    assert 'class="why"' not in finding_html(page, 'class="finding verdict-inconsistent')


def test_review_why_consistent_names_the_interval_that_covers_both():
    from evaluation.review.app import why_consistent

    # Invented: a change stated as 47.4% where the levels, as rounded, give 38.9% (readings 30 to 50).
    finding = {"verdict": "consistent", "expected": 47.4, "observed": 38.9,
               "explanation": "1.39bn/1bn - 1 = 38.9% (readings [30, 50]%); stated 47.4% (readings [47.35, 47.45]%): fits"}
    why = why_consistent(finding)
    assert why.startswith("Expected 47.4 and observed 38.9 differ, but both lie in [30, 50]%")
    assert "1.39bn/1bn - 1 = 38.9%" in why and "rounded or truncated" in why
    # Scaled readings (bn) cover raw values.
    same = {"verdict": "consistent", "expected": 2.1e9, "observed": 2.14e9,
            "explanation": "$2.1 billion (readings [2.05, 2.2]bn) vs $2.14 billion (readings [2.135, 2.15]bn): can be"}
    assert "both lie in [2.05, 2.2]bn, the readings of $2.1 billion" in why_consistent(same)
    # Neither covers both: where the two intervals overlap.
    apart = {"verdict": "consistent", "expected": -14, "observed": -14.5,
             "explanation": "16.5bn/19.3bn - 1 = -14.5% (readings [-14.57, -14.43]%); stated -14% (readings [-inf, -14]%): fits"}
    assert "both hold [-14.57, -14.43]%" in why_consistent(apart)
    # Nothing to explain: equal values, another verdict, a missing value.
    assert why_consistent(dict(finding, observed=47.4)) is None
    assert why_consistent(dict(finding, verdict="inconsistent")) is None
    assert why_consistent(dict(finding, observed=None)) is None


# -- corrections: the value must be the number in the text (or be confirmed) -----------------------


@pytest.mark.issue(17)
def test_review_api_correction_far_from_the_written_number_is_refused_unless_confirmed(client, inputs):
    fixed = claim_of(inputs, CLAIM)  # "$5 billion"
    fixed["quantity"]["value"] = 5.0e8  # a zero lost
    before = digest(inputs["db"])
    body = {"decision": "correct", "reviewer": "Ann", "claim": fixed}
    r = client.post(f"/api/claims/{CLAIM}/decision", json=body)
    assert r.status_code == 422, r.text
    got = r.json()
    assert got["error"] == "the corrected value is far from the number in the text"
    assert "quantity.value 500,000,000 is far from the number written in '$5 billion' (5,000,000,000)" in got["problems"][0]
    assert got["confirm"] == "confirm_value"
    assert digest(inputs["db"]) == before and ReviewStore(inputs["db"]).latest() == {}
    r = client.post(f"/api/claims/{CLAIM}/decision", json=dict(body, confirm_value=True))
    assert r.status_code == 201, r.text
    assert r.json()["reviewed_claim"]["quantity"]["value"] == 5.0e8


@pytest.mark.issue(17)
def test_review_api_correction_moving_the_span_onto_another_number_keeps_the_check(client, inputs):
    fixed = claim_of(inputs, CLAIM)
    fixed["quantity"].update(start=253, text="5 billion")  # the same number without "$": accepted
    del fixed["claim_id"]
    assert client.post(f"/api/claims/{CLAIM}/decision", json={"decision": "correct", "reviewer": "A", "claim": fixed}).status_code == 201
    other = claim_of(inputs, f"{ARTICLE}:495-505")  # "$2 billion" set on the text of "$6.16 billion", value unchanged
    moved = claim_of(inputs, f"{ARTICLE}:342-355")
    other["quantity"].update(start=moved["quantity"]["start"] + 1, end=moved["quantity"]["end"], text="6.16 billion")
    other["sentence"] = moved["sentence"]
    del other["claim_id"]
    r = client.post(f"/api/claims/{ARTICLE}:495-505/decision", json={"decision": "correct", "reviewer": "A", "claim": other})
    assert r.status_code == 422 and "far from the number written in '6.16 billion'" in r.json()["problems"][0]


@pytest.mark.parametrize("surface, value, value_max, far", [
    ("$5 billion", 5e9, None, False),
    ("$5 billion", 5.02e9, None, False),  # within 1%
    ("$5 billion", 5e8, None, True),
    ("Rs 3 crore", 3e7, None, False),
    ("Rs 3 crore", 3e6, None, True),
    ("Rs 2,45,000 crore", 2.45e12, None, False),  # Indian digit grouping
    ("Rs 4.5 lakh crore", 4.5e12, None, False),  # scale words in a row multiply
    ("Rs 4.5 lakh crore", 4.5e5, None, True),
    ("Rs 2 trillion 15 billion", 2.015e12, None, False),  # one figure in two parts
    ("$2-3 billion", 2e9, 3e9, False),
    ("$2-3 billion", 2e9, 3e10, True),
    ("twelve percent", 12, None, False),
    ("a dozen", 99, None, True),
    ("several", 7, None, False),  # no number written: nothing to compare with
])
def test_review_value_problem_compares_with_every_number_written(surface, value, value_max, far):
    from evaluation.review.app import value_problem

    original = {"quantity": {"text": "x", "start": 0, "end": 1, "value": 1}}
    q = {"text": surface, "start": 0, "end": len(surface), "value": value}
    if value_max is not None:
        q["value_max"] = value_max
    assert (value_problem(original, {"quantity": q}) is not None) is far


def test_review_value_problem_leaves_an_untouched_value_alone():
    from evaluation.review.app import value_problem

    q = {"text": "$5 billion", "start": 3, "end": 13, "value": 7}  # wrong, but not the reviewer's edit
    assert value_problem({"quantity": dict(q)}, {"quantity": dict(q)}) is None
