"""``newsclaims evaluate``: score a predicted claims file against gold.

:func:`evaluate` is the real function (tests and notebooks call it; it returns the
scores dict and the unusable lines); :func:`evaluate_command` is the thin typer
command that ``extractor/cli.py`` registers. Importing this module is light: no
spaCy, no matplotlib (the spaCy baseline is imported only with ``--baselines``).

Exit codes: 0 all input good; 2 some lines malformed (each on stderr as
``FILE:LINE: problem``, the rest scored); 1 a file missing or unreadable, nothing
usable in it, or a bad option (one line on stderr, no traceback).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer

from extractor.errors import NewsclaimsError
from evaluation.gold import read_claims, read_texts
from evaluation.matching import DEFAULT_POLICY, POLICIES

EXIT_OK, EXIT_FAILED, EXIT_SOME_BAD = 0, 1, 2


class EvaluationError(NewsclaimsError):
    """Input the evaluation cannot use at all; ``problems`` are the bad lines found on the way."""

    def __init__(self, message: str, problems: Optional[list[str]] = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class Evaluation:
    """The scores dict and every unusable input line as ``FILE:LINE: reason``."""

    scores: dict
    problems: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # per input file: lines read = used + bad


def evaluate(gold: str | Path, pred: str | Path, corpus: str | Path | None = None,
             policy: str = DEFAULT_POLICY, baselines: bool = False) -> Evaluation:
    """Score the claims in ``pred`` against ``gold``.

    gold (str | Path): gold claims JSONL.
    pred (str | Path): predicted claims JSONL, or ``-`` for stdin.
    corpus (str | Path | None): the articles (JSONL or a .txt directory). With it, offsets and
        surfaces are checked against the text and the error list quotes sentences.
        Defaults to None.
    policy (str): matching policy, ``overlap`` or ``exact``. Defaults to ``overlap``.
    baselines (bool): also score the quantulum3 and spaCy NER baselines (needs ``corpus``).
        Defaults to False.
    RAISES (EvaluationError): a bad option, or no usable gold claims / predictions.
    RAISES (ClaimsFileError): a file that cannot be read at all.
    """
    from evaluation.scoring import score

    if policy not in POLICIES:
        raise EvaluationError(f"unknown --policy {policy!r}; use one of: {', '.join(POLICIES)}")
    if baselines and corpus is None:
        raise EvaluationError("--baselines needs --corpus: the baselines read the article texts")
    texts, problems = read_texts(corpus) if corpus is not None else (None, [])
    gold_file = read_claims(gold, texts)
    pred_file = read_claims(pred, texts)
    problems += [str(p) for p in gold_file.problems + pred_file.problems]
    if not gold_file.claims:
        why = "every line is malformed" if gold_file.problems else "the file is empty"
        raise EvaluationError(f"{gold}: no usable gold claims ({why})", problems)
    # An empty prediction file is a valid answer (nothing found); one with only bad lines is not.
    if pred_file.problems and not pred_file.claims:
        raise EvaluationError(f"{pred}: no usable predicted claims (every line is malformed)", problems)
    scores = score(gold_file.claims, pred_file.claims, policy, texts)
    accounts = [f"{f.path}: {f.lines} lines read: {len(f.claims)} claims used, {len(f.problems)} bad"
                for f in (gold_file, pred_file)]
    if baselines:
        from evaluation.baselines import run_baselines

        scores["baselines"] = run_baselines(texts, gold_file.claims, policy)
    return Evaluation(scores, problems, accounts)


def evaluate_command(
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold claims JSONL (hand-labelled)."),
    pred: str = typer.Option(..., "--pred", "-p", help="Predicted claims JSONL to score; - for stdin."),
    corpus: Optional[str] = typer.Option(None, "--corpus", "-c", help="The articles (JSONL or a directory of .txt): checks offsets against the text and quotes sentences in the errors."),
    policy: str = typer.Option(DEFAULT_POLICY, "--policy", help="How spans match: overlap (share a character) or exact (same start and end)."),
    json_out: Optional[str] = typer.Option(None, "--json", "-j", help="Write the scores and the error list as JSON here; - for stdout (then no table)."),
    report: Optional[Path] = typer.Option(None, "--report", "-r", help="Write one self-contained HTML page: scores, chart, errors."),
    baselines: bool = typer.Option(False, "--baselines", help="Also score quantulum3 alone and spaCy NER alone, side by side (needs --corpus)."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite the --json / --report files if they exist."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """Score predicted claims against gold: detection, per-field accuracy, full claims."""
    try:
        _check_outputs([json_out, report], force)
        result = evaluate(gold, pred, corpus, policy, baselines)
        for problem in result.problems:
            typer.echo(problem, err=True)
        for account in result.accounts:
            typer.echo(f"newsclaims: {account}", err=True)
        _write(result.scores, json_out, report)
    except EvaluationError as exc:
        for problem in exc.problems:
            typer.echo(problem, err=True)
        _fail(str(exc))
    except NewsclaimsError as exc:
        _fail(str(exc))
    except Exception as exc:  # a bug: one line, the traceback with --debug
        if debug:
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
              prefix="newsclaims: ")
    raise typer.Exit(EXIT_SOME_BAD if result.problems else EXIT_OK)


def _check_outputs(paths: list, force: bool) -> None:
    """Refuse to overwrite an output without --force, before any work is done."""
    for path in paths:
        if path is None or str(path) == "-":
            continue
        if Path(path).exists() and not force:
            raise EvaluationError(f"{path} exists; use --force to overwrite it")
        if not Path(path).parent.is_dir():
            raise EvaluationError(f"{path}: the folder {Path(path).parent} does not exist")


def _write(scores: dict, json_out: Optional[str], report: Optional[Path]) -> None:
    """Print the table (unless the JSON goes to stdout) and write the requested files."""
    from evaluation import report as render

    try:
        if json_out is not None:
            render.write_json(scores, json_out)
        if json_out != "-":
            render.print_table(scores)
        if report is not None:
            render.write_html(scores, report)
    except OSError as exc:  # a full disk, a read-only folder
        raise EvaluationError(f"{exc.filename or 'output'}: cannot write ({exc.strerror or exc})") from exc


def _fail(message: str, prefix: str = "newsclaims: error: ") -> None:
    """One line on stderr and exit 1, as every newsclaims command does."""
    typer.echo(f"{prefix}{message}", err=True)
    raise typer.Exit(EXIT_FAILED)
