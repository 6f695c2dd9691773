"""``newsclaims check``: the consistency checker over claim JSONL.

:func:`check` is the real function (reads claims, and the corpus when given, and returns
the findings with the unusable lines); :func:`run_checks` writes findings JSONL and the
HTML report (``newsclaims run`` calls it); :func:`check_command` is the thin typer
command that ``extractor/cli.py`` registers. No spaCy is imported here.

Exit codes: 0 whatever the verdicts (an inconsistency is a result, not an error); 2 some
claim or corpus lines malformed (each on stderr as ``FILE:LINE: problem``, the rest
checked); 1 a file missing or unreadable, or nothing usable in it (one line, no traceback).
"""
from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

import typer

from extractor.errors import NewsclaimsError
from evaluation.consistency import CHECKS, ROUNDING, ROUNDING_MODES, Finding, run_checks_on
from evaluation.gold import read_claims, read_texts

EXIT_OK, EXIT_FAILED, EXIT_SOME_BAD = 0, 1, 2
TEMPLATES = Path(__file__).parent / "templates"


class CheckError(NewsclaimsError):
    """Input the checker cannot use at all; ``problems`` are the bad lines found on the way."""

    def __init__(self, message: str, problems: Optional[list[str]] = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class CheckResult:
    """The findings (inconsistent first), the claims they rest on by id, texts, and bad input lines."""

    findings: list[Finding]
    claims: dict = field(default_factory=dict)
    texts: Optional[dict] = None
    problems: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # article id -> {"published", "url", "outlet"}

    def counts(self) -> Counter:
        return Counter((f.check, f.verdict) for f in self.findings)


def check(claims_path: Union[str, Path], corpus: Union[str, Path, None] = None,
          rounding: str = ROUNDING) -> CheckResult:
    """Run every check over the claims in ``claims_path``.

    claims_path (str | Path): claims JSONL (``.jsonl``, ``.jsonl.gz`` or ``-``).
    corpus (str | Path | None): the articles; with them, offsets are checked against the text,
        the word cues ("from", "against", "increased to", "including") are read and the report
        quotes sentences. Defaults to None.
    rounding (str): ``round_or_truncate`` (default), ``round`` or ``exact``; see consistency.py.
    RAISES (CheckError): a bad option or no usable claims. RAISES (ClaimsFileError): unreadable file.
    """
    if rounding not in ROUNDING_MODES:
        raise CheckError(f"unknown --rounding {rounding!r}; use one of: {', '.join(ROUNDING_MODES)}")
    texts, problems = read_texts(corpus) if corpus is not None else (None, [])
    meta = read_meta(corpus) if corpus is not None else {}
    claims_file = read_claims(claims_path, texts)
    problems += [str(p) for p in claims_file.problems]
    if claims_file.problems and not claims_file.claims:
        raise CheckError(f"{claims_path}: no usable claims (every line is malformed)", problems)
    findings = run_checks_on(claims_file.claims, texts, rounding, meta=meta)
    return CheckResult(findings, {c.claim_id: c for c in claims_file.claims}, texts, problems, meta)


def read_meta(corpus: Union[str, Path]) -> dict:
    """Article id -> {"published", "url", "outlet"}: the outlet is the url's host (or the
    record's ``source``), for naming both sides of a cross-article finding."""
    from urllib.parse import urlparse

    from extractor.corpus import Article, read_corpus

    meta = {}
    try:
        for record in read_corpus(corpus):
            if isinstance(record, Article):
                url = record.extra.get("url")
                host = urlparse(url).netloc.lower() if isinstance(url, str) else ""
                host = host[4:] if host.startswith("www.") else host
                meta[record.id] = {"published": record.published, "url": url if isinstance(url, str) else None,
                                   "outlet": host or record.extra.get("source") or None}
    except (NewsclaimsError, OSError):
        return {}
    return meta


def write_findings(findings: list[Finding], path: Union[str, Path]) -> None:
    """Findings JSONL, written to a temporary file and renamed; ``-`` is stdout."""
    lines = "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in findings)
    if str(path) == "-":
        import sys

        sys.stdout.write(lines)
        return
    _atomic_write(Path(path), lines)


def _atomic_write(path: Path, text: str) -> None:
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def summary_line(result: CheckResult) -> str:
    """``N findings: inconsistent a, undetermined b, consistent c; by check: ...``"""
    verdicts = Counter(f.verdict for f in result.findings)
    checks = Counter(f.check for f in result.findings)
    return (f"{len(result.findings)} findings: inconsistent {verdicts['inconsistent']}, "
            f"undetermined {verdicts['undetermined']}, consistent {verdicts['consistent']}; by check: "
            + ", ".join(f"{name} {checks[name]}" for name in CHECKS))


# ---- HTML ----------------------------------------------------------------------------------

def _pieces(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """A sentence split into (text, highlighted) pieces at the given spans."""
    cuts = {start, end} | {c for s, e in spans for c in (s, e) if start <= c <= end}
    cuts = sorted(cuts)
    return [(text[a:b], any(s <= a and b <= e for s, e in spans)) for a, b in zip(cuts, cuts[1:])]


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
                pieces = _pieces(text, c.sentence_start, c.sentence_end, spans)
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


def write_html(result: CheckResult, path: Union[str, Path], score=None) -> None:
    _atomic_write(Path(path), render_html(result, score))


# ---- entry points --------------------------------------------------------------------------

def score_against(result: CheckResult, relations_path: Union[str, Path],
                  gold_path: Union[str, Path, None] = None):
    """The relations score of ``result``; with ``gold_path`` (gold claims) the checked claims are
    predictions, paired with gold claims by overlapping spans first."""
    from evaluation.relations import map_to_gold, read_relations, score_relations

    relations = read_relations(relations_path)
    claim_map = None
    if gold_path is not None:
        gold = read_claims(gold_path, result.texts)
        claim_map = map_to_gold(gold.claims, result.claims.values())
    articles = {c.article_id for c in result.claims.values()}
    return score_relations(relations, [f.to_dict() for f in result.findings], articles, claim_map)


def run_checks(claims_path: Union[str, Path], corpus: Union[str, Path, None], out: Union[str, Path],
               report: Union[str, Path, None] = None, rounding: str = ROUNDING,
               relations: Union[str, Path, None] = None, gold: Union[str, Path, None] = None,
               relations_json: Union[str, Path, None] = None) -> int:
    """Check ``claims_path``, write findings JSONL to ``out`` (and the HTML ``report``); the exit code.

    With ``relations`` (a relations gold file) the findings are scored against it (and ``gold``
    claims for end-to-end pairing); the score goes to stderr, ``relations_json`` and the report.
    Problems go to stderr as ``FILE:LINE: reason`` lines; CheckError / ClaimsFileError propagate.
    """
    result = check(claims_path, corpus, rounding)
    for problem in result.problems:
        typer.echo(problem, err=True)
    score = score_against(result, relations, gold) if relations is not None else None
    try:
        write_findings(result.findings, out)
        if report is not None:
            write_html(result, report, score)
        if score is not None and relations_json is not None:
            _atomic_write(Path(relations_json), json.dumps(score.to_dict(), indent=1, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise CheckError(f"{exc.filename or 'output'}: cannot write ({exc.strerror or exc})") from exc
    typer.echo(f"newsclaims: {summary_line(result)}", err=True)
    if score is not None:
        for line in score.lines():
            typer.echo(f"newsclaims: {line}", err=True)
    written = ", ".join(str(p) for p in (out, report) if p is not None and str(p) != "-")
    if written:
        typer.echo(f"newsclaims: wrote {written}", err=True)
    return EXIT_SOME_BAD if result.problems else EXIT_OK


def check_command(
    claims: str = typer.Argument(..., help="Claims JSONL to check (.jsonl, .jsonl.gz, or - for stdin)."),
    corpus: Optional[str] = typer.Option(None, "--corpus", "-c", help="The articles (JSONL or a directory of .txt): reads the word cues and quotes sentences in the report."),
    output: str = typer.Option(..., "--output", "-o", help="Findings JSONL to write; - for stdout."),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Also write one self-contained HTML page: inconsistencies first, with the sentences highlighted."),
    rounding: str = typer.Option(ROUNDING, "--rounding", help="How a written figure covers nearby values: round_or_truncate ('13%' is [12.5, 14)), round ([12.5, 13.5)) or exact."),
    relations: Optional[Path] = typer.Option(None, "--relations", help="Relations gold JSONL: score the findings (relations found, inconsistencies caught, false alarms, look-alikes compared) on stderr and in the report."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="With --relations: the gold claims, when CLAIMS are extracted claims (paired to gold by overlapping spans)."),
    relations_json: Optional[Path] = typer.Option(None, "--relations-json", help="With --relations: write the score, misses and false alarms as JSON."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite OUTPUT / REPORT if they exist."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """Check the figures of CLAIMS against each other: percent changes, multiples, sums, the same fact, trends."""
    try:
        if (gold is not None or relations_json is not None) and relations is None:
            raise CheckError("--gold and --relations-json need --relations")
        for path in (output, report, relations_json):
            if path is None or str(path) == "-":
                continue
            if Path(path).exists() and not force:
                raise CheckError(f"{path} exists; use --force to overwrite it")
            if not Path(path).parent.is_dir():
                raise CheckError(f"{path}: the folder {Path(path).parent} does not exist")
        code = run_checks(claims, corpus, output, report, rounding, relations, gold, relations_json)
    except CheckError as exc:
        for problem in exc.problems:
            typer.echo(problem, err=True)
        _fail(str(exc))
    except NewsclaimsError as exc:
        _fail(str(exc))
    except Exception as exc:  # a bug: one line, the traceback with --debug
        if debug:
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")
    raise typer.Exit(code)


def _fail(message: str) -> None:
    typer.echo(f"newsclaims: error: {message}", err=True)
    raise typer.Exit(EXIT_FAILED)
