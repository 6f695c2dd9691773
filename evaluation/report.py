"""Render a scores dict (from ``scoring.score``): JSON, a rich table, one self-contained HTML page.

Nothing here computes a score; every renderer reads the same dict. The predictions'
scores are shown side by side with any baselines in ``scores["baselines"]``.
matplotlib and jinja2 are imported only when a page is written, so the command
line stays quick to start.
"""
from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any, Optional, Union

from extractor.contract import KINDS
from extractor.outputs import write_text
from evaluation.highlight import cut

PREDICTIONS = "predictions"  # the column name of the scored file, next to baseline names
TEMPLATES = Path(__file__).parent / "templates"


def systems(scores: dict) -> dict[str, dict]:
    """The predictions' scores and each baseline's, by display name, predictions first."""
    return {PREDICTIONS: scores, **scores.get("baselines", {})}


def score_rows(scores: dict) -> list[tuple[str, list[Optional[float]]]]:
    """The rows every table shows: (label, one value per system); None where undefined."""
    columns = list(systems(scores).values())
    rows = []
    for level in ("detection", "full"):
        for measure in ("precision", "recall", "f1"):
            rows.append((f"{level} {measure}", [c[level][measure] for c in columns]))
    for name in scores["fields"]:
        rows.append((f"field {name}", [c["fields"].get(name) for c in columns]))
    for kind in KINDS:
        rows.append((f"{kind} f1", [c["per_kind"][kind]["f1"] for c in columns]))
    return rows


def counts_row(scores: dict) -> list[str]:
    """Detection "tp / fp / fn" for each system."""
    return [f"{d['tp']} / {d['fp']} / {d['fn']}" for d in (s["detection"] for s in systems(scores).values())]


def fmt(value: Optional[float]) -> str:
    """A score for people: three decimals, or n/a when undefined."""
    return "n/a" if value is None else f"{value:.3f}"


# ---- JSON --------------------------------------------------------------------------------

def write_json(scores: dict, path: Union[str, Path], force: bool = False) -> None:
    """The whole dict, errors included; ``-`` writes to stdout."""
    write_text(path, json.dumps(scores, indent=2, ensure_ascii=False) + "\n", force)


# ---- terminal ------------------------------------------------------------------------------

def print_table(scores: dict, console: Any = None) -> None:
    """Print the scores as a rich table, one column per system, and a line counting the errors."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"scores (policy {scores['policy']})")
    table.add_column("score")
    for name in systems(scores):
        table.add_column(name, justify="right")
    table.add_row("detection tp / fp / fn", *counts_row(scores))
    for label, values in score_rows(scores):
        table.add_row(label, *[fmt(v) for v in values])
    console.print(table)
    console.print(error_summary(scores))


def error_summary(scores: dict) -> str:
    """One line: what was scored, how many of each error, and unscored predictions if any."""
    counts = scores["counts"]
    kinds = [e["type"] for e in scores["errors"]]
    line = (f"articles {counts['articles']}, gold claims {counts['gold']}, predicted {counts['pred']}; "
            f"errors: missed {kinds.count('miss')}, false positives {kinds.count('false_positive')}, "
            f"wrong fields {kinds.count('wrong_field')}")
    if counts["pred_unscored"]:
        line += f"; not scored (article has no gold): {counts['pred_unscored']} predicted claims"
    return line


# ---- HTML ----------------------------------------------------------------------------------

def write_html(scores: dict, path: Union[str, Path], force: bool = False) -> None:
    """Write the report page: scores table, chart (inline PNG), error list with highlighted spans."""
    write_text(path, render_html(scores), force)


def render_html(scores: dict) -> str:
    """The report as one self-contained HTML string; jinja2 escapes every piece of text."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["fmt"] = fmt
    env.filters["shown"] = shown
    errors = [dict(error, segments=highlight(error)) for error in scores["errors"]]
    return env.get_template("report.html.j2").render(
        scores=scores, systems=list(systems(scores)), rows=score_rows(scores), counts=counts_row(scores),
        chart=chart_base64(scores), errors=errors, summary=error_summary(scores))


def chart_base64(scores: dict) -> str:
    """Per-field accuracy and per-kind F1, one bar per system, as a base64 PNG."""
    from matplotlib.figure import Figure  # no pyplot: no global state, no display needed

    named = systems(scores)
    fields = list(scores["fields"])
    figure = Figure(figsize=(10, 4), layout="constrained")
    left, right = figure.subplots(1, 2, width_ratios=[len(fields), len(KINDS)])
    _bars(left, fields, {n: [s["fields"].get(f) for f in fields] for n, s in named.items()},
          "per-field accuracy (matched pairs)")
    _bars(right, list(KINDS), {n: [s["per_kind"][k]["f1"] for k in KINDS] for n, s in named.items()},
          "per-kind detection F1")
    if len(named) > 1:  # one legend above both charts, clear of the bars
        figure.legend(*left.get_legend_handles_labels(), loc="outside upper center", ncol=len(named))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _bars(axes: Any, labels: list[str], series: dict[str, list[Optional[float]]], title: str) -> None:
    """Grouped bars; an undefined score is drawn as no bar with 'n/a' written at its foot."""
    width = 0.8 / len(series)
    for i, (name, values) in enumerate(series.items()):
        xs = [x + i * width for x in range(len(labels))]
        axes.bar(xs, [v or 0 for v in values], width, label=name)
        for x, v in zip(xs, values):
            if v is None:
                axes.text(x, 0.01, "n/a", rotation=90, ha="center", va="bottom", fontsize=7)
    axes.set_xticks([x + width * (len(series) - 1) / 2 for x in range(len(labels))], labels,
                    rotation=45, ha="right")
    axes.set_ylim(0, 1.05)
    axes.set_title(title)


def highlight(error: dict) -> list[tuple[str, str]]:
    """Split an error's sentence into (text, css class) pieces marking the gold and predicted spans.

    Classes: "" (plain), "gold", "pred" or "both". Without the sentence text, the
    spans' own texts stand in for it.
    """
    sentence = error["sentence"]
    spans = {"gold": error["gold_span"], "pred": error["pred_span"]}
    if "text" not in sentence:
        return [(span["text"], name) for name, span in spans.items() if span]
    text, offset = sentence["text"], sentence["start"]
    marked = [(span["start"] - offset, span["end"] - offset, name) for name, span in spans.items() if span]
    return [(piece, "both" if len(marks) == 2 else "".join(marks))
            for piece, marks in cut(text, 0, len(text), marked)]


def shown(value: Any) -> str:
    """A field value or a whole claim, short and readable (the template escapes it)."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "quantity" in value:  # a whole claim: the fields that matter most
        q = value["quantity"]
        number = q["value"] if q.get("value_max") is None else f"{q['value']}-{q['value_max']}"
        period = (value.get("period") or {}).get("text")
        parts = [f"{value['kind']} {number} {q['unit']} ({q['qualifier']})",
                 *(f"{k}: {value[k]}" for k in ("change", "metric", "subject", "source") if value.get(k)),
                 *([f"period: {period}"] if period else [])]
        return "; ".join(parts)
    return json.dumps(value, ensure_ascii=False)
