"""Findings of the consistency checker over claim JSONL (``newsclaims check``, ``run``).

:func:`check` reads claims (and the corpus when given) and returns the findings with the
unusable lines; :func:`write_findings` and :func:`write_html` write the findings JSONL and
the HTML page. The command line (``extractor/cli.py``) prints and maps errors to exit
codes. No spaCy is imported here.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from extractor.contract import Finding
from extractor.errors import InputError, NewsclaimsError
from extractor.outputs import plural, write_text
from evaluation.consistency import CHECKS, DEFAULTS, ROUNDING_MODES, Settings, run_checks_on
from evaluation.gold import read_claims, read_texts
from evaluation.highlight import cut

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class CheckResult:
    """The findings (inconsistent first), the claims they rest on by id, texts, and bad input lines."""

    findings: list[Finding]
    claims: dict = field(default_factory=dict)
    texts: Optional[dict] = None
    problems: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # article id -> {"published", "url", "outlet"}
    duplicates: dict = field(default_factory=dict)  # article id -> the earlier article with the same text

    def counts(self) -> Counter:
        return Counter((f.check, f.verdict) for f in self.findings)


def check(claims_path: Union[str, Path], corpus: Union[str, Path, None] = None,
          rounding: Optional[str] = None, settings: Settings = DEFAULTS) -> CheckResult:
    """Run every check over the claims in ``claims_path``.

    claims_path (str | Path): claims JSONL (``.jsonl``, ``.jsonl.gz`` or ``-``).
    corpus (str | Path | None): the articles; with them, offsets are checked against the text,
        the word cues ("from", "against", "increased to", "including") are read and the report
        quotes sentences. Defaults to None.
    rounding (str | None): ``round_or_truncate``, ``round`` or ``exact``; overrides ``settings.rounding``.
    settings (Settings): the checker's settings (``evaluation/consistency/settings.py``). Defaults to DEFAULTS.
    RAISES (NewsclaimsError): a bad option. RAISES (InputError): an unreadable file, or no usable
        claims in it (``problems`` lists the bad lines).
    """
    if rounding is not None and rounding not in ROUNDING_MODES:
        raise NewsclaimsError(f"unknown --rounding {rounding!r}; use one of: {', '.join(ROUNDING_MODES)}")
    texts, problems = read_texts(corpus) if corpus is not None else (None, [])
    meta = read_meta(corpus) if corpus is not None else {}
    claims_file = read_claims(claims_path, texts)
    problems += [str(p) for p in claims_file.problems]
    if claims_file.problems and not claims_file.claims:
        raise InputError(f"{claims_path}: no usable claims (every line is malformed)", problems)
    duplicates = duplicate_articles(texts) if texts else {}
    # An article printed twice would agree with itself: its copies are not checked against it.
    claims = [c for c in claims_file.claims if c.article_id not in duplicates]
    findings = run_checks_on(claims, texts, rounding, meta=meta, settings=settings)
    return CheckResult(findings, {c.claim_id: c for c in claims}, texts, problems, meta, duplicates)


def duplicate_articles(texts: dict[str, str]) -> dict[str, str]:
    """Article id -> the id of the first article with exactly the same text (by a hash of the text)."""
    import hashlib

    first: dict[bytes, str] = {}
    duplicates = {}
    for article_id, text in texts.items():
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        if digest in first:
            duplicates[article_id] = first[digest]
        else:
            first[digest] = article_id
    return duplicates


def read_meta(corpus: Union[str, Path]) -> dict:
    """Article id -> {"published", "url", "outlet"}, for naming both sides of a cross-article finding."""
    from extractor.corpus import Article, outlet_of, read_corpus, safe_url

    meta = {}
    try:
        for record in read_corpus(corpus):
            if isinstance(record, Article):
                meta[record.id] = {"published": record.published, "url": safe_url(record.extra.get("url")),
                                   "outlet": outlet_of(record.extra)}
    except (NewsclaimsError, OSError):
        return {}
    return meta


def read_findings(path: Union[str, Path]) -> tuple[list[dict], list[str]]:
    """Findings JSONL (claims.md, "consistency findings"): the usable ones and ``FILE:LINE: reason`` for the rest."""
    from extractor.contract import VERDICTS
    from extractor.jsonl import LineError, read_jsonl

    findings, problems = [], []
    for number, obj in read_jsonl(path, what="findings JSONL file"):
        if isinstance(obj, LineError):
            problems.append(str(obj))
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path}:{number}: expected a JSON object")
            continue
        ids = obj.get("claim_ids")
        if not (isinstance(ids, list) and ids and all(isinstance(i, str) for i in ids)):
            problems.append(f"{path}:{number}: claim_ids should be a non-empty list of claim ids")
            continue
        if obj.get("verdict") not in VERDICTS:
            problems.append(f"{path}:{number}: verdict {obj.get('verdict')!r} not in {list(VERDICTS)}")
            continue
        obj.setdefault("finding_id", f"{Path(path).name}:{number}")
        # The contract's shape (extractor.contract.Finding), plus any other fields the file carries.
        findings.append({**obj, **Finding.from_dict(obj).to_dict()})
    return findings, problems


def write_findings(findings: list[Finding], path: Union[str, Path], force: bool = False) -> None:
    """Findings JSONL, whole or not at all; ``-`` is stdout."""
    write_text(path, "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in findings), force)


def summary_line(result: CheckResult) -> str:
    """``N findings: inconsistent a, undetermined b, consistent c; by check: ...``"""
    verdicts = Counter(f.verdict for f in result.findings)
    checks = Counter(f.check for f in result.findings)
    line = (f"{plural(len(result.findings), 'finding')}: inconsistent {verdicts['inconsistent']}, "
            f"undetermined {verdicts['undetermined']}, consistent {verdicts['consistent']}; by check: "
            + ", ".join(f"{name} {checks[name]}" for name in CHECKS))
    if result.duplicates:
        line += (f"; {plural(len(result.duplicates), 'duplicate article')} not checked "
                 "(the same text as an earlier article)")
    return line


def summary_counts(result: CheckResult) -> dict:
    """The findings counts for ``run``'s summary.json."""
    return {"findings": len(result.findings),
            "by_verdict": dict(Counter(f.verdict for f in result.findings)),
            "by_check": dict(Counter(f.check for f in result.findings)),
            "duplicate_articles": len(result.duplicates)}


# ---- HTML ----------------------------------------------------------------------------------

def report_rows(result: CheckResult) -> list[dict]:
    """Each finding with its claims and their sentences cut into highlighted pieces."""
    rows = []
    for f in result.findings:
        claims = [result.claims[i] for i in f.claim_ids if i in result.claims]
        sentences = []
        seen = set()
        for c in claims:
            key = (c.article_id, c.sentence_start, c.sentence_end)
            if key in seen:
                continue
            seen.add(key)
            spans = [(o.quantity.start, o.quantity.end) for o in claims
                     if (o.article_id, o.sentence_start) == key[:2]]
            text = (result.texts or {}).get(c.article_id)
            if text is not None:
                pieces = [(piece, bool(marks)) for piece, marks in
                          cut(text, c.sentence_start, c.sentence_end, [(a, b, True) for a, b in spans])]
            else:
                pieces = [(o.quantity.text, True) for o in claims if (o.article_id, o.sentence_start) == key[:2]]
            meta = result.meta.get(c.article_id) or {}
            sentences.append({"article_id": c.article_id, "start": c.sentence_start,
                              "end": c.sentence_end, "pieces": pieces,
                              "outlet": meta.get("outlet"), "url": meta.get("url"),
                              "published": meta.get("published")})
        rows.append({"finding": f, "claims": claims, "sentences": sentences})
    return rows


def render_html(result: CheckResult, score=None) -> str:
    """One self-contained page: inconsistencies first, then undetermined, then consistent relations."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    rows = report_rows(result)
    groups = [(verdict, [r for r in rows if r["finding"].verdict == verdict])
              for verdict in ("inconsistent", "undetermined", "consistent")]
    table = [(name, [result.counts()[(name, v)] for v in ("inconsistent", "undetermined", "consistent")])
             for name in CHECKS]
    return env.get_template("findings.html.j2").render(
        groups=groups, table=table, summary=summary_line(result),
        relations=score.lines() if score is not None else None)


def write_html(result: CheckResult, path: Union[str, Path], force: bool = False, score=None) -> None:
    write_text(path, render_html(result, score), force)


def score_against(result: CheckResult, relations_path: Union[str, Path],
                  gold_path: Union[str, Path, None] = None):
    """The relations score of ``result``; with ``gold_path`` (gold claims) the checked claims are
    predictions, paired with gold claims by overlapping spans first."""
    from evaluation.relations import map_to_gold, read_relations, score_relations

    relations = read_relations(relations_path)
    claim_map = None
    gold_claims = list(result.claims.values())
    if gold_path is not None:
        gold = read_claims(gold_path, result.texts)
        claim_map = map_to_gold(gold.claims, result.claims.values())
        gold_claims = list(gold.claims)
    values = {c.claim_id: (c.quantity.value, c.quantity.unit, c.change) for c in gold_claims}
    articles = {c.article_id for c in result.claims.values()}
    return score_relations(relations, [f.to_dict() for f in result.findings], articles, claim_map, values)

