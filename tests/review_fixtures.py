"""Inputs for the review page tests: the seed articles with their gold claims, one article whose
text holds a script tag, and tests/data/review_findings.jsonl."""
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).parents[1]
FINDINGS = Path(__file__).parent / "data" / "review_findings.jsonl"
ARTICLE = "000_bb4d254de7585ef5"  # the seed article the findings rest on
INCONSISTENT = [f"{ARTICLE}:1820-1832", f"{ARTICLE}:1890-1903"]  # the claims of the inconsistent finding
SCRIPT_ARTICLE = "zz_script"
SCRIPT_TEXT = 'Headline <script>alert(1)</script>\nSales rose 12% to $3 million at "<b>Acme</b>".'
SCRIPT_URL = "https://www.acme-wire.example/business/acme-sales"  # outlet shown as acme-wire.example
SCRIPT_PUBLISHED = "2024-03-05"
SCRIPT_MONEY = f"{SCRIPT_ARTICLE}:{SCRIPT_TEXT.index('$3 million')}-{SCRIPT_TEXT.index('$3 million') + len('$3 million')}"
# A finding across two articles: a figure of ARTICLE ("$6.16 billion") and one of SCRIPT_ARTICLE.
CROSS = [f"{ARTICLE}:342-355", SCRIPT_MONEY]
CROSS_FINDING = {"finding_id": "same-fact:cross:5", "check": "same_fact", "verdict": "undetermined",
                 "claim_ids": CROSS, "expected": 6160000000, "observed": 3000000,
                 "explanation": "invented: two figures of two articles"}


# An invented article with a character outside the BMP before its figure: the page's offsets must
# count code points (as Python does), not the browser's UTF-16 units.
EMOJI_ARTICLE = "zz_emoji"
EMOJI_TEXT = "Fans \U0001F389 bought 40,000 tickets for the final."
EMOJI_CLAIM = f"{EMOJI_ARTICLE}:{EMOJI_TEXT.index('40,000')}-{EMOJI_TEXT.index('40,000') + 6}"


def emoji_claim() -> dict:
    start = EMOJI_TEXT.index("40,000")
    return {"claim_id": EMOJI_CLAIM, "article_id": EMOJI_ARTICLE, "kind": "count",
            "quantity": {"text": "40,000", "start": start, "end": start + 6, "value": 40000, "unit": "tickets",
                         "qualifier": "exact"},
            "change": None, "metric": "tickets sold", "subject": None, "counterparty": None, "period": None,
            "source": None, "sentence": {"start": 0, "end": len(EMOJI_TEXT)}}


def script_claims() -> list[dict]:
    out = []
    for surface, kind, value, unit, metric in [("12%", "percent", 12, "%", "sales <img src=x onerror=alert(3)>"),
                                               ("$3 million", "money", 3000000, "USD", "sales")]:
        start = SCRIPT_TEXT.index(surface)
        end = start + len(surface)
        out.append({"claim_id": f"{SCRIPT_ARTICLE}:{start}-{end}", "article_id": SCRIPT_ARTICLE, "kind": kind,
                    "quantity": {"text": surface, "start": start, "end": end, "value": value, "unit": unit,
                                 "qualifier": "exact"},
                    "change": "increase" if kind == "percent" else None, "metric": metric,
                    "subject": "<b>Acme</b>", "counterparty": None, "period": None, "source": None,
                    "sentence": {"start": SCRIPT_TEXT.index("Sales"), "end": len(SCRIPT_TEXT)}})
    return out


def write_inputs(folder: Path) -> dict:
    """corpus.jsonl, claims.jsonl, findings.jsonl in ``folder``; returns their paths and a db path."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    shutil.copy(ROOT / "corpus" / "seeds.jsonl", corpus)
    with corpus.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps({"id": SCRIPT_ARTICLE, "text": SCRIPT_TEXT, "title": "<script>alert(4)</script> title",
                                 "published": SCRIPT_PUBLISHED, "url": SCRIPT_URL}) + "\n")
        stream.write(json.dumps({"id": EMOJI_ARTICLE, "text": EMOJI_TEXT}) + "\n")
    claims = folder / "claims.jsonl"
    shutil.copy(ROOT / "gold" / "seeds.jsonl", claims)
    with claims.open("a", encoding="utf-8") as stream:
        for claim in script_claims() + [emoji_claim()]:
            stream.write(json.dumps(claim) + "\n")
    findings = folder / "findings.jsonl"
    shutil.copy(FINDINGS, findings)
    with findings.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(CROSS_FINDING) + "\n")
    return {"corpus": corpus, "claims": claims, "findings": findings, "db": folder / "review.sqlite"}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
