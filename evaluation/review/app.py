"""The review page: a FastAPI app over a claims file, a findings file, a corpus and a SQLite file.

:func:`create_app` reads the claims (checked with the contract), the findings and
the articles once, loads the claims into the decisions database (which re-attaches
earlier decisions, see :mod:`evaluation.review.store`) and returns the app:

- ``GET /``: the articles with counts (claims, open, confirmed, corrected, rejected,
  inconsistent), the ones with inconsistencies first; filters ``kind``, ``verdict``,
  ``state``, ``q``.
- ``GET /articles/{article_id}``: the text with every claim highlighted by kind, the
  findings first (inconsistent ones on top; each names the figures it rests on, and a
  figure of another article comes with its sentence, outlet, date and a link to that
  article's page at the claim, ``#claim-ID``) and the claims beside it; same filters.
- ``GET /orphans``: decisions whose claim is gone from the claim set.
- ``GET /api/claims/{claim_id}``: the claim, its findings, its state, latest decision
  and history. ``POST /api/claims/{claim_id}/decision``: store a decision (201), or a
  4xx with ``{"error", "problems"}`` and nothing written.
- ``GET /api/articles``, ``GET /api/orphans``: the same data as the pages, as JSON.

Every template is autoescaped: article text and fields always show as text. Every request
whose ``Host`` is not the address the server was started on, or whose ``Origin`` is another
site, is refused with 403 (:func:`refusal`: DNS rebinding, CSRF); a decision must come as
``application/json`` (415 otherwise). A correction whose value is far from the number written
in its surface (:func:`value_problem`) needs ``"confirm_value": true``.
"""

import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote

from extractor.contract import CHANGES, KINDS, QUALIFIERS, VERDICTS, contract_problems, make_claim_id

from evaluation.review.store import DECISIONS, STATES, ReviewStore, state_of

HERE = Path(__file__).parent
VERDICT_ORDER = {"inconsistent": 0, "undetermined": 1, "consistent": 2}

# Every field a correction can change, as (path, type) for the edit form.
FORM_FIELDS = [
    ("kind", "kind"), ("quantity.text", "str"), ("quantity.start", "int"), ("quantity.end", "int"),
    ("quantity.value", "number"), ("quantity.value_max", "number?"), ("quantity.unit", "str"),
    ("quantity.qualifier", "qualifier"), ("change", "change"), ("metric", "str?"), ("subject", "str?"),
    ("counterparty", "str?"), ("source", "str?"), ("period.text", "str?"), ("period.start", "str?"),
    ("period.end", "str?"), ("sentence.start", "int"), ("sentence.end", "int"),
]


@dataclass
class ReviewData:
    """Everything the pages read: articles, claims, findings; and the store for decisions."""

    store: ReviewStore
    articles: dict[str, dict] = field(default_factory=dict)  # id -> {"id", "text", "title", "published"}
    claims: dict[str, dict] = field(default_factory=dict)  # claim_id -> claim, in file order
    findings: list[dict] = field(default_factory=list)
    findings_of: dict[str, list[dict]] = field(default_factory=dict)  # claim_id -> findings citing it
    problems: list[str] = field(default_factory=list)  # unusable input lines, FILE:LINE: reason

    def article_ids(self) -> list[str]:
        ids = list(self.articles)
        seen = set(ids)
        for claim in self.claims.values():
            if claim["article_id"] not in seen:
                seen.add(claim["article_id"])
                ids.append(claim["article_id"])
        return ids

    def claims_of(self, article_id: str) -> list[dict]:
        return sorted((c for c in self.claims.values() if c["article_id"] == article_id),
                      key=lambda c: (c["quantity"]["start"], c["quantity"]["end"]))

    def text_of(self, article_id: str) -> Optional[str]:
        article = self.articles.get(article_id)
        return article["text"] if article else None


def load_data(claims_path: str | Path, findings_path: str | Path | None, corpus_path: str | Path | None,
              db_path: str | Path) -> ReviewData:
    """Read the inputs, load the claims into the database (re-attaching decisions), report bad lines."""
    from evaluation.findings import read_findings
    from evaluation.gold import read_claims

    data = ReviewData(store=ReviewStore(db_path))
    if corpus_path is not None:
        from extractor.corpus import Article, outlet_of, read_corpus, safe_url

        for record in read_corpus(corpus_path):
            if isinstance(record, Article):
                data.articles[record.id] = {"id": record.id, "text": record.text, "published": record.published,
                                            "title": record.extra.get("title"), "url": safe_url(record.extra.get("url")),
                                            "outlet": outlet_of(record.extra)}
            else:
                data.problems.append(str(record))
    texts = {a: v["text"] for a, v in data.articles.items()} if data.articles else None
    claims_file = read_claims(claims_path, texts)
    data.problems += [str(p) for p in claims_file.problems]
    data.claims = {c.claim_id: c.to_dict() for c in claims_file.claims}
    if findings_path is not None:
        data.findings, problems = read_findings(findings_path)
        data.problems += problems
        for finding in data.findings:
            for claim_id in finding["claim_ids"]:
                data.findings_of.setdefault(claim_id, []).append(finding)
    data.store.load_claims(data.claims.values(), source=str(claims_path))
    return data


# -- articles: where they come from ----------------------------------------------------------


def period_label(period: Optional[dict]) -> str:
    """A claim's period as the page shows it: ``2022-23 (2022-07-01 – 2023-06-30)``; the text with
    ``(dates not resolved)`` when the extractor gave no dates; an em dash without a period."""
    if not period:
        return "—"
    text = period.get("text") or "period"
    start, end = period.get("start"), period.get("end")
    if start and end:
        return f"{text} ({start} – {end})"
    if start:
        return f"{text} (from {start}; end not resolved)"
    if end:
        return f"{text} (until {end}; start not resolved)"
    return f"{text} (dates not resolved)"


# -- findings: the figures they rest on, and why ------------------------------------------------


def finding_view(data: ReviewData, finding: dict, article_id: str) -> dict:
    """A finding as an article's page shows it: each claim it rests on as a figure (surface, metric,
    article), with the sentence, outlet, date and a link for claims of other articles."""
    figures = []
    articles = {cid.rsplit(":", 1)[0] for cid in finding["claim_ids"]}
    across = len(articles) > 1
    for cid in finding["claim_ids"]:
        claim = data.claims.get(cid)
        aid = claim["article_id"] if claim else cid.rsplit(":", 1)[0]
        article = data.articles.get(aid) or {}
        here = aid == article_id
        figure = {"id": cid, "known": claim is not None, "article_id": aid, "here": here,
                  "title": article.get("title"), "outlet": article.get("outlet"), "url": article.get("url"),
                  "published": article.get("published"), "href": f"/articles/{quote(aid, safe='')}#claim-{cid}",
                  "sentence": None, "surface": None, "metric": None, "kind": None}
        if claim is not None:
            figure.update(surface=claim["quantity"]["text"], metric=claim.get("metric"), kind=claim["kind"],
                          period=period_label(claim.get("period")))
            if not here or across:
                figure["sentence"] = sentence_of(data, claim)
        figures.append(figure)
    return {**finding, "figures": figures, "across": across, "why": why_consistent(finding)}


def sentence_of(data: ReviewData, claim: dict) -> Optional[tuple[str, str, str]]:
    """(before, the figure, after) within the claim's sentence; None without the article text."""
    text = data.text_of(claim["article_id"])
    if text is None:
        return None
    q, sent = claim["quantity"], claim.get("sentence") or {}
    s, e = sent.get("start", q["start"]), sent.get("end", q["end"])
    return text[s:q["start"]], text[q["start"]:q["end"]], text[q["end"]:e]


_READINGS = re.compile(r"readings \[(-?inf|-?[\d,]*\.?\d+(?:e[+-]?\d+)?), (-?inf|-?[\d,]*\.?\d+(?:e[+-]?\d+)?)\]"
                       r"(bn|m|%|x)?")
_SCALE = {"bn": 1e9, "m": 1e6}


def _reading(s: str) -> float:
    return float(s.replace(",", ""))


def why_consistent(finding: dict) -> Optional[str]:
    """For a consistent finding whose expected and observed values differ: why they still agree.

    The checker (evaluation/consistency/readings.py) reads every figure as the interval of values that
    round or truncate to it as written, widened by its qualifier; its explanation gives those
    intervals as ``readings [lo, hi]``. This names the interval that covers both values, or
    where the two intervals overlap. None when there is nothing to explain.
    """
    expected, observed = finding.get("expected"), finding.get("observed")
    if finding.get("verdict") != "consistent" or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (expected, observed)):
        return None
    if math.isclose(expected, observed, rel_tol=1e-6, abs_tol=1e-9):
        return None
    differ = f"Expected {_fmt(expected)} and observed {_fmt(observed)} differ, but"
    explanation = finding.get("explanation") or ""
    found = []
    for m in _READINGS.finditer(explanation):
        label = re.split(r"; | vs ", explanation[:m.start()])[-1].strip().rstrip("(").strip()
        found.append((_reading(m.group(1)), _reading(m.group(2)), m.group(3) or "", label))
    for lo, hi, unit, label in found:
        scale = _SCALE.get(unit, 1.0)
        if lo * scale <= min(expected, observed) * (1 + 1e-9) and max(expected, observed) <= hi * scale * (1 + 1e-9):
            return (f"{differ} both lie in [{_show(lo)}, {_show(hi)}]{unit}, the readings of {label or 'a figure'}: "
                    f"every value it stands for with its figures rounded or truncated as written (widened by a "
                    f"qualifier such as \"about\"), so the figures can agree.")
    if len(found) >= 2:
        (a_lo, a_hi, unit, a_label), (b_lo, b_hi, _, b_label) = found[0], found[1]
        lo, hi = max(a_lo, b_lo), min(a_hi, b_hi)
        if lo <= hi:
            return (f"{differ} the figures are rounded as written: {a_label or 'one'} stands for "
                    f"[{_show(a_lo)}, {_show(a_hi)}]{unit} and {b_label or 'the other'} for "
                    f"[{_show(b_lo)}, {_show(b_hi)}]{unit}; both hold [{_show(lo)}, {_show(hi)}]{unit}, "
                    f"so one reading fits both.")
    return (f"{differ} the checker reads each figure as every value that rounds or truncates to it as written "
            f"(widened by \"about\", open-ended for \"more than\"), and those intervals meet.")


def _show(x: float) -> str:
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:.4g}" if abs(x) < 1e4 else f"{x:,.0f}"


# -- corrections: the value against the number written -------------------------------------------

#: A corrected value more than this share away from every number written in its surface
#: (scale words applied) is refused unless the request says ``"confirm_value": true``.
VALUE_TOLERANCE = 0.01


def written_amounts(surface: str) -> list[float]:
    """The numbers written in a surface, scale words applied ("Rs 5 crore" -> 5e7, "4 lakh crore" ->
    4e12), their sum ("1 trillion 36 billion"), Indian digit grouping ("1,67,540") read both ways."""
    from extractor.lexicons import alternation
    from extractor.numbers import DIGITS, read_amounts, scale_words

    plain = re.sub(r"(?<=\d),(?=\d)", "", surface)
    # Scale words in a row multiply: "Rs 40.37 lakh crore" is 40.37 * 1e5 * 1e7 (read_amounts takes one).
    words = scale_words()
    scale = alternation(words)
    compound = []
    for m in re.finditer(rf"({DIGITS})((?:\s*{scale}){{2,}})", plain, re.IGNORECASE):
        value = float(m.group(1).replace(",", ""))
        for word in re.findall(scale, m.group(2), re.IGNORECASE):
            value *= words[word.lower()]
        compound.append(float(f"{value:.12g}"))
    if compound:
        return compound
    amounts = read_amounts(surface)
    if len(amounts) > 1:
        amounts.append(float(f"{sum(amounts):.12g}"))  # "1 trillion 36 billion" is one figure
    if plain != surface:
        amounts += read_amounts(plain)
    return amounts


def value_problem(original: dict, corrected: dict) -> Optional[str]:
    """Why a corrected value looks wrong for the text it stands on, or None.

    Only when the correction changes the value or the span: a value far (``VALUE_TOLERANCE``)
    from every number written in ``quantity.text``; a surface without digits or number words
    is not checked.
    """
    q, old = corrected.get("quantity"), original["quantity"]
    if not isinstance(q, dict) or not isinstance(q.get("text"), str):
        return None
    value = q.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return None
    if value == old.get("value") and (q.get("start"), q.get("end"), q.get("text")) == (
            old["start"], old["end"], old["text"]):
        return None
    try:
        amounts = written_amounts(q["text"])
    except Exception:  # a surface the number reader cannot read: nothing to compare with
        return None
    if not amounts:
        return None
    wanted = [value] + ([q["value_max"]] if isinstance(q.get("value_max"), (int, float)) else [])
    near = lambda v: any(math.isclose(abs(v), abs(a), rel_tol=VALUE_TOLERANCE) for a in amounts)  # noqa: E731
    far = [v for v in wanted if not near(v)]
    if not far:
        return None
    written = " or ".join(_fmt(a) for a in dict.fromkeys(amounts))
    return (f"quantity.value {_fmt(far[0])} is far from the number written in {q['text']!r} ({written}): "
            f"check the value and the selected text, or tick \"keep this value\" to save it anyway")


# -- views of the data -------------------------------------------------------------------------


def claim_view(data: ReviewData, claim: dict, latest: dict[str, dict], notes: dict[str, list[dict]]) -> dict:
    """One claim with what the page shows beside it: state, effective (corrected) claim, findings, sentence."""
    cid = claim["claim_id"]
    decision = latest.get(cid)
    findings = sorted(data.findings_of.get(cid, []), key=lambda f: VERDICT_ORDER.get(f["verdict"], 3))
    effective = decision["corrected"] if decision and decision["decision"] == "correct" else claim
    sentence = sentence_of(data, claim)
    return {"claim": claim, "effective": effective, "id": cid, "state": state_of(decision), "decision": decision,
            "notes": notes.get(cid, []), "findings": findings, "verdicts": {f["verdict"] for f in findings},
            "sentence": sentence, "changes": _changes(claim, effective) if effective is not claim else []}


def _flat(claim: dict) -> dict[str, Any]:
    out = {}
    for path, _ in FORM_FIELDS:
        out[path] = _get(claim, path)
    return out


def _get(claim: dict, path: str) -> Any:
    value: Any = claim
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _changes(old: dict, new: dict) -> list[tuple[str, Any, Any]]:
    a, b = _flat(old), _flat(new)
    return [(k, a[k], b[k]) for k in a if a[k] != b[k]]


def _matches(view: dict, kind: str, verdict: str, state: str, q: str, text: Optional[str]) -> bool:
    claim = view["effective"]
    if kind and claim["kind"] != kind and view["claim"]["kind"] != kind:
        return False
    if verdict == "none" and view["verdicts"]:
        return False
    if verdict and verdict != "none" and verdict not in view["verdicts"]:
        return False
    if state and view["state"] != state:
        return False
    if q:
        needle = q.casefold()
        hay = [str(v) for v in _flat(claim).values() if v is not None] + [view["id"]]
        if view["sentence"]:
            hay.append("".join(view["sentence"]))
        hay += [n["note"] or "" for n in view["notes"]]
        if not any(needle in h.casefold() for h in hay):
            return False
    return True


def article_rows(data: ReviewData, kind: str = "", verdict: str = "", state: str = "", q: str = "") -> list[dict]:
    """One row per article with counts; the ones with inconsistent claims first. Filtered rows only."""
    latest, notes = data.store.latest(), data.store.notes()
    rows = []
    for position, aid in enumerate(data.article_ids()):
        views = [claim_view(data, c, latest, notes) for c in data.claims_of(aid)]
        counts = {s: sum(v["state"] == s for v in views) for s in STATES}
        row = {"id": aid, "title": (data.articles.get(aid) or {}).get("title"), "claims": len(views), **counts,
               "inconsistent": sum("inconsistent" in v["verdicts"] for v in views), "position": position}
        if kind or verdict or state or q:
            text = data.text_of(aid) or ""
            hits = [v for v in views if _matches(v, kind, verdict, state, q, text)]
            in_text = bool(q) and not (kind or verdict or state) and (
                q.casefold() in text.casefold() or q.casefold() in (row["title"] or "").casefold()
                or q.casefold() in aid.casefold())
            if not hits and not in_text:
                continue
            row["matching"] = len(hits)
        rows.append(row)
    rows.sort(key=lambda r: (-r["inconsistent"], r["position"]))
    return rows


def text_segments(text: str, views: list[dict]) -> list[dict]:
    """The article text cut into plain parts and one highlighted part per claim span; a span
    inside another one is not cut out (its card still shows it)."""
    from evaluation.highlight import cut

    spans = [(v["claim"]["quantity"]["start"], v["claim"]["quantity"]["end"], i) for i, v in enumerate(views)
             if v["claim"]["quantity"]["end"] <= len(text)]
    segments: list[dict] = []
    for piece, marks in cut(text, 0, len(text), spans):
        view = views[min(marks, key=lambda i: (spans_start(views[i]), -spans_end(views[i])))] if marks else None
        if segments and view is not None and segments[-1].get("view") is view:
            segments[-1]["text"] += piece  # the rest of the same claim's span, past a nested one
        elif view is not None:
            segments.append({"text": piece, "view": view})
        else:
            segments.append({"text": piece})
    return segments


def spans_start(view: dict) -> int:
    return view["claim"]["quantity"]["start"]


def spans_end(view: dict) -> int:
    return view["claim"]["quantity"]["end"]


def article_findings(data: ReviewData, article_id: str) -> list[dict]:
    """Findings that rest on a claim of this article, inconsistent first."""
    own = {c["claim_id"] for c in data.claims_of(article_id)}
    prefix = article_id + ":"
    found = [f for f in data.findings if any(i in own or i.startswith(prefix) for i in f["claim_ids"])]
    return sorted(found, key=lambda f: VERDICT_ORDER.get(f["verdict"], 3))


def claim_payload(data: ReviewData, claim_id: str) -> dict:
    """``GET /api/claims/{claim_id}``: the claim, its findings, state, latest decision and history."""
    claim = data.claims[claim_id]
    history = data.store.history(claim_id)
    decisions = [d for d in history if d["decision"] != "note"]
    latest = decisions[-1] if decisions else None
    reviewed = latest["corrected"] if latest and latest["decision"] == "correct" else claim
    return {"claim": claim, "state": state_of(latest), "decision": latest, "reviewed_claim": reviewed,
            "findings": data.findings_of.get(claim_id, []), "history": history}


# -- decisions --------------------------------------------------------------------------------


class DecisionError(Exception):
    """A decision the store must not take: ``status`` is the HTTP status, ``problems`` the details."""

    def __init__(self, status: int, message: str, problems: Optional[list[str]] = None,
                 confirm: Optional[str] = None):
        super().__init__(message)
        self.status, self.message, self.problems = status, message, problems or []
        self.confirm = confirm  # the request field that would accept what was refused, if any

    def body(self) -> dict:
        out = {"error": self.message, "problems": self.problems}
        if self.confirm:
            out["confirm"] = self.confirm
        return out


def check_decision(data: ReviewData, claim_id: str, body: Any) -> tuple[dict, str, str, Optional[str], Optional[dict]]:
    """Validate a decision request completely before anything is written; DecisionError if it is unusable."""
    if claim_id not in data.claims:
        raise DecisionError(404, f"no claim {claim_id!r} in the claim set")
    if not isinstance(body, dict):
        raise DecisionError(400, "the request body must be a JSON object")
    decision, reviewer, note = body.get("decision"), body.get("reviewer"), body.get("note")
    problems = []
    if decision not in DECISIONS:
        problems.append(f"decision {decision!r} not in {list(DECISIONS)}")
    if not isinstance(reviewer, str) or not reviewer.strip():
        problems.append("reviewer must be a non-empty string (who took the decision)")
    if note is not None and not isinstance(note, str):
        problems.append("note must be a string or null")
    if decision == "note" and not (isinstance(note, str) and note.strip()):
        problems.append("a note decision needs a non-empty note")
    confirm_value = body.get("confirm_value", False)
    if not isinstance(confirm_value, bool):
        problems.append("confirm_value must be true or false")
    unknown = set(body) - {"decision", "reviewer", "note", "claim", "confirm_value"}
    if unknown:
        problems.append(f"unknown fields {sorted(unknown)}")
    if problems:
        raise DecisionError(422, "the decision is not valid", problems)
    claim = data.claims[claim_id]
    corrected = None
    if decision == "correct":
        corrected = body.get("claim")
        if not isinstance(corrected, dict):
            raise DecisionError(422, "a correction needs the corrected claim as a JSON object in 'claim'")
        corrected = json.loads(json.dumps(corrected))  # a private copy
        corrected.setdefault("article_id", claim["article_id"])
        q = corrected.get("quantity")
        if isinstance(q, dict) and isinstance(q.get("start"), int) and isinstance(q.get("end"), int):
            corrected.setdefault("claim_id", make_claim_id(corrected["article_id"], q["start"], q["end"]))
        problems = contract_problems(corrected, data.text_of(claim["article_id"]))
        if corrected.get("article_id") != claim["article_id"]:
            problems.append(f"article_id {corrected.get('article_id')!r} should stay {claim['article_id']!r}")
        other = corrected.get("claim_id")
        if other != claim_id and other in data.claims:
            problems.append(f"claim_id {other!r} is another claim of the set")
        if problems:
            raise DecisionError(422, "the corrected claim breaks the contract", problems)
        far = value_problem(claim, corrected)
        if far and confirm_value is not True:
            raise DecisionError(422, "the corrected value is far from the number in the text", [far],
                                confirm="confirm_value")
    elif "claim" in body and body["claim"] is not None:
        raise DecisionError(422, "the decision is not valid", [f"'claim' is only for a correction, not {decision!r}"])
    return claim, decision, reviewer.strip(), (note.strip() or None) if isinstance(note, str) else None, corrected


# -- who may talk to the server ----------------------------------------------------------------

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
WILDCARD_HOSTS = ("0.0.0.0", "::", "[::]", "")


def _bracket(name: str) -> str:
    name = name.strip().lower()
    return f"[{name}]" if ":" in name and not name.startswith("[") else name


def allowed_hosts(bound_host: str, port: Optional[int], local: Optional[str] = None) -> set[str]:
    """The ``Host`` header values that name this server: ``NAME:PORT`` for the address it was
    started on (``--host``), and for 127.0.0.1 (or a wildcard) also localhost and [::1]; bound to a
    wildcard (0.0.0.0), the local address the request came in on. Port 80 may go without ``:80``."""
    host = bound_host.strip().lower()
    names = set()
    if host in WILDCARD_HOSTS:
        names.update(LOOPBACK_NAMES)
        if local:
            names.add(_bracket(local))
    else:
        names.add(_bracket(host))
        if host in ("127.0.0.1", "localhost", "::1", "[::1]"):
            names.update(LOOPBACK_NAMES)
    out = {f"{n}:{port}" for n in names}
    if port == 80:
        out |= names
    return out


def refusal(headers: Any, bound_host: str, port: Optional[int], local: Optional[str] = None) -> Optional[str]:
    """Why a request must be refused with 403, or None.

    - a ``Host`` that is not this server's address: a DNS-rebinding page (evil.example resolved to
      127.0.0.1) would otherwise read the claims and decisions with the page's own origin;
    - an ``Origin`` that is not this server (``null`` included): another site's page in the same
      browser would otherwise write decisions (CSRF). Requests without ``Origin`` (curl, scripts,
      same-origin page loads) pass.
    """
    allowed = allowed_hosts(bound_host, port, local)
    host = (headers.get("host") or "").strip().lower()
    if host not in allowed:
        return (f"Host {host or '(none)'!r} is not the address this server was started on "
                f"({', '.join(sorted(allowed))}): refused (DNS rebinding)")
    origin = headers.get("origin")
    if origin is not None:
        o = origin.strip().lower().rstrip("/")
        if not (o.startswith("http://") and o[len("http://"):] in allowed):
            return f"Origin {origin!r} is another site, not this server: refused (cross-site request)"
    return None


def json_content_type(headers: Any) -> Optional[str]:
    """Why a body is not declared as JSON, or None: ``content-type: application/json`` is required, so
    a "simple" cross-site POST (text/plain, a form) never reaches the decisions."""
    ctype = headers.get("content-type") or ""
    if ctype.split(";")[0].strip().lower() == "application/json":
        return None
    return f"content-type is {ctype!r}" if ctype else "no content-type header"


# -- the app -----------------------------------------------------------------------------------


def create_app(claims_path: str | Path, findings_path: str | Path | None = None,
               corpus_path: str | Path | None = None, db_path: str | Path = "review.sqlite",
               host: str = "127.0.0.1", port: Optional[int] = None):
    """The review app over these files; decisions go to ``db_path`` (created if missing).

    ``host`` and ``port`` are the address the server was started on: a request whose ``Host``
    or ``Origin`` names another one is refused (:func:`refusal`). Without ``port``, the port the
    request reached (the listening socket's) is used.
    """
    import jinja2
    from fastapi import FastAPI, Request
    from fastapi.responses import HTMLResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles

    data = load_data(claims_path, findings_path, corpus_path, db_path)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(KINDS=KINDS, VERDICTS=VERDICTS, STATES=STATES, QUALIFIERS=QUALIFIERS,
                       CHANGES=[c for c in CHANGES if c], FORM_FIELDS=FORM_FIELDS, get=_get, host=host,
                       fmt=_fmt, period_label=period_label)

    app = FastAPI(title="newsclaims review", docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.state.data = data
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def same_site_only(request: Request, call_next):
        server = request.scope.get("server") or (None, None)
        why = refusal(request.headers, host, port if port is not None else server[1], server[0])
        if why:
            return JSONResponse({"error": why, "problems": []}, 403)
        return await call_next(request)

    def page(name: str, status: int = 200, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    def filters(request: Request) -> dict:
        p = request.query_params
        return {"kind": p.get("kind", "") if p.get("kind") in KINDS else "",
                "verdict": p.get("verdict", "") if p.get("verdict") in (*VERDICTS, "none") else "",
                "state": p.get("state", "") if p.get("state") in STATES else "",
                "q": p.get("q", "").strip()}

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        f = filters(request)
        return page("index.html", rows=article_rows(data, **f), filters=f, orphans=len(data.store.orphans()),
                    problems=data.problems, claims=len(data.claims), findings=len(data.findings),
                    meta=data.store.meta())

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(article_id: str, request: Request):
        if article_id not in data.articles and not any(c["article_id"] == article_id for c in data.claims.values()):
            return page("error.html", 404, message=f"No article {article_id!r}.")
        f = filters(request)
        latest, notes = data.store.latest(), data.store.notes()
        views = [claim_view(data, c, latest, notes) for c in data.claims_of(article_id)]
        text = data.text_of(article_id)
        shown = [v for v in views if _matches(v, **f, text=text)]
        shown.sort(key=lambda v: (min((VERDICT_ORDER[x] for x in v["verdicts"]), default=3),
                                  v["claim"]["quantity"]["start"]))
        findings = [finding_view(data, f, article_id) for f in article_findings(data, article_id)]
        return page("article.html", article=data.articles.get(article_id) or {"id": article_id},
                    segments=text_segments(text, views) if text is not None else None, views=shown,
                    all_views=views, findings=findings, filters=f, ids=data.article_ids())

    @app.get("/orphans", response_class=HTMLResponse)
    def orphans_page():
        return page("orphans.html", orphans=data.store.orphans())

    @app.get("/api/articles")
    def api_articles(request: Request):
        return [{k: v for k, v in r.items() if k != "position"} for r in article_rows(data, **filters(request))]

    @app.get("/api/orphans")
    def api_orphans():
        return data.store.orphans()

    @app.get("/api/claims/{claim_id}")
    def api_claim(claim_id: str):
        if claim_id not in data.claims:
            return JSONResponse({"error": f"no claim {claim_id!r} in the claim set", "problems": []}, 404)
        return claim_payload(data, claim_id)

    @app.post("/api/claims/{claim_id}/decision", status_code=201)
    async def api_decide(claim_id: str, request: Request):
        not_json = json_content_type(request.headers)
        if not_json:
            return JSONResponse({"error": "a decision must be sent as JSON (content-type: application/json)",
                                 "problems": [not_json]}, 415)
        raw = await request.body()
        try:
            body = json.loads(raw) if raw.strip() else None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            body = DecisionError(400, f"the request body is not JSON ({exc})")
        try:
            if isinstance(body, DecisionError):
                if claim_id not in data.claims:
                    raise DecisionError(404, f"no claim {claim_id!r} in the claim set")
                raise body
            claim, decision, reviewer, note, corrected = check_decision(data, claim_id, body)
        except DecisionError as exc:
            return JSONResponse(exc.body(), exc.status)
        data.store.add_decision(claim, decision, reviewer, note, corrected)
        return JSONResponse(claim_payload(data, claim_id), 201)

    return app


def _fmt(value: Any) -> str:
    """A field value as the page shows it: null as an em dash, whole floats without .0."""
    if value is None:
        return "—"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    return str(value)


def report_problems(data: ReviewData) -> None:
    for problem in data.problems:
        print(f"newsclaims: {problem}", file=sys.stderr)
