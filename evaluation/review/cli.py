"""``newsclaims review``: serve the review page, or export a review database.

``newsclaims review CLAIMS [options]`` is short for ``newsclaims review serve CLAIMS
[options]``: :class:`ServeByDefault` puts ``serve`` in front of any arguments that do
not start with a subcommand name, so ``newsclaims review export ...`` still reaches
the export. FastAPI and uvicorn are imported inside the serve command only, so
``newsclaims --help`` and the other commands stay light.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperGroup

EXIT_OK, EXIT_FAILED = 0, 1
LOCALHOST = "127.0.0.1"


class ServeByDefault(TyperGroup):
    """A group whose default subcommand is ``serve``: ``review CLAIMS`` == ``review serve CLAIMS``."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["serve", *args]
        return super().parse_args(ctx, args)


review_app = typer.Typer(
    cls=ServeByDefault,
    help="The fact-checker's review page: `newsclaims review CLAIMS [--findings F] [--corpus C]` serves it "
         "on 127.0.0.1; `newsclaims review export --db review.sqlite -o reviewed.jsonl` exports the decisions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str) -> None:
    typer.echo(f"newsclaims: error: {message}", err=True)
    raise typer.Exit(EXIT_FAILED)


@review_app.command("serve")
def serve_command(
    claims: Path = typer.Argument(..., help="Claims JSONL to review (the extractor's output, or a gold file)."),
    findings: Optional[Path] = typer.Option(None, "--findings", help="Consistency findings JSONL: shown first, beside the claims they rest on."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="The articles (JSONL or a directory of .txt files): needed to show the text."),
    db: Path = typer.Option(Path("review.sqlite"), "--db", help="SQLite file of decisions (created if missing; kept across runs)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    host: str = typer.Option(LOCALHOST, "--host", help="Address to bind; 127.0.0.1 (default) keeps the page on this machine."),
) -> None:
    """Serve the review page for CLAIMS (also: `newsclaims review CLAIMS`)."""
    from extractor.errors import NewsclaimsError

    try:
        import uvicorn

        from evaluation.review.app import create_app, report_problems
    except ImportError as exc:  # pragma: no cover - a broken install
        _fail(f"the review page needs fastapi and uvicorn ({exc}); pip install newsclaims again")
    try:
        app = create_app(claims, findings, corpus, db, host=host)
    except NewsclaimsError as exc:
        _fail(str(exc))
    data = app.state.data
    report_problems(data)
    orphans = len(data.store.orphans())
    typer.echo(f"newsclaims: {len(data.claims)} claims in {len(data.article_ids())} articles, "
               f"{len(data.findings)} findings; decisions in {db}"
               + (f" ({orphans} orphaned: see /orphans)" if orphans else ""), err=True)
    where = "only this machine can reach it" if host == LOCALHOST else "WARNING: other machines can reach it"
    typer.echo(f"newsclaims: review page on http://{host}:{port}/ (bound to {host}: {where}); Ctrl-C stops it",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@review_app.command("export")
def export_command(
    db: Path = typer.Option(..., "--db", help="The review SQLite file."),
    output: str = typer.Option(..., "--output", "-o", help="File to write (.jsonl or .csv), or - for stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", help="jsonl or csv (default: from the output's extension, else jsonl)."),
    reviewed_only: bool = typer.Option(False, "--reviewed-only", help="Only confirmed and corrected claims (for a gold file)."),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite OUTPUT if it exists."),
) -> None:
    """Write the claims with their decisions applied: JSONL in the contract's shape (rejected claims
    left out, corrections applied), or CSV with the state, reviewer, time and notes."""
    from evaluation.review.export import export
    from extractor.errors import NewsclaimsError

    try:
        result = export(db, output, fmt=fmt, reviewed_only=reviewed_only, force=force)
    except NewsclaimsError as exc:  # a missing or broken database, an output without --force
        _fail(str(exc))
    typer.echo(f"newsclaims: wrote {result['written']} claims to {output} ({result['format']}): "
               f"{result['confirmed']} confirmed, {result['corrected']} corrected, {result['rejected']} rejected, "
               f"{result['open']} open" + (f"; {result['orphaned']} orphaned decisions not applied"
                                           if result["orphaned"] else ""), err=True)
    raise typer.Exit(EXIT_OK)
