"""The series page: one small chart per series with two periods or a conflict, a table under it.

Periods are drawn as intervals on a shared time axis (one panel per period length), each
report a point linked to its sentence, conflicts in red; series with conflicts first. The
charts are inline SVG, so the page is one self-contained file.
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections import defaultdict
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from extractor.outputs import write_text
from evaluation.highlight import cut
from evaluation.series import SeriesScore, series_summary, summary_line

TEMPLATES = Path(__file__).parent / "templates"


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _fmt_value(v: Optional[float], unit: str = "") -> str:
    if v is None:
        return ""
    a = abs(v)
    for div, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if a >= div and unit not in ("%", "pp", "x"):
            s = f"{v / div:.3f}".rstrip("0").rstrip(".") + word
            break
    else:
        s = f"{v:.3f}".rstrip("0").rstrip(".") if isinstance(v, float) else f"{v}"
    if unit in ("%", "pp"):
        return s + unit
    return f"{s} {unit}".strip()


def period_length(row: Mapping) -> str:
    """A row's period length as a panel label: "days", "1 month", "3 months", "12 months"."""
    days = (_date(row["period"]["end"]) - _date(row["period"]["start"])).days + 1
    if days < 27:
        return "1 day" if days == 1 else f"{days} days"
    months = round(days / 30.44)
    return "1 month" if months == 1 else f"{months} months"


def _length_order(label: str) -> float:
    n = float(label.split()[0])
    return n if "month" in label else n / 31


def chart_svg(rows: Sequence[Mapping], width: int = 620, panel: int = 120) -> str:
    """One small inline SVG for a series: periods as intervals on one shared time axis, a panel per
    period length (a month and a fiscal year are not on one value scale), each report a point
    linked to its sentence (``#claim-ID``), the agreed value a line over the period, conflicts red."""
    left, right, top, gap = 64, 12, 6, 34
    starts = [_date(r["period"]["start"]) for r in rows]
    ends = [_date(r["period"]["end"]) + dt.timedelta(days=1) for r in rows]
    x0, x1 = min(starts), max(ends)
    span = max((x1 - x0).days, 1)
    pad = dt.timedelta(days=max(1, span // 25))
    x0, x1 = x0 - pad, x1 + pad
    pw = width - left - right
    X = lambda d: left + pw * (d - x0).days / max((x1 - x0).days, 1)
    panels: dict[str, list] = defaultdict(list)
    for r, s_, e_ in zip(rows, starts, ends):
        panels[period_length(r)].append((r, s_, e_))
    order = sorted(panels, key=_length_order)
    height = len(order) * (panel + gap)
    out = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(rows[0]["series_id"])}">']
    unit = rows[0]["unit"]
    for n, label in enumerate(order):
        py = n * (panel + gap) + top + 12
        ph = panel - 12
        items = panels[label]
        values = [p["value"] for r, _, _ in items for p in r["reports"]] + [
            p["value_max"] for r, _, _ in items for p in r["reports"] if p.get("value_max") is not None]
        y0, y1 = min(values), max(values)
        if y0 == y1:
            y0, y1 = y0 - abs(y0) * 0.1 - 1e-9, y1 + abs(y1) * 0.1 + 1e-9
        margin = (y1 - y0) * 0.15
        y0, y1 = y0 - margin, y1 + margin
        Y = lambda v, y0=y0, y1=y1, py=py, ph=ph: py + ph * (1 - (v - y0) / (y1 - y0))
        out.append(f'<text x="{left}" y="{py - 3}" font-size="10" fill="#555">{html.escape(label)} periods</text>'
                   f'<rect x="{left}" y="{py}" width="{pw}" height="{ph}" fill="#fafafa" stroke="#ccc"/>')
        for k in range(3):
            v = y0 + (y1 - y0) * (k + 0.5) / 3
            out.append(f'<line x1="{left}" x2="{left + pw}" y1="{Y(v):.1f}" y2="{Y(v):.1f}" stroke="#eee"/>'
                       f'<text x="{left - 4}" y="{Y(v) + 3:.1f}" text-anchor="end" font-size="10">{html.escape(_short(v, unit))}</text>')
        for tick in _ticks(x0, x1):
            out.append(f'<line x1="{X(tick):.1f}" x2="{X(tick):.1f}" y1="{py + ph}" y2="{py + ph + 4}" stroke="#999"/>'
                       f'<text x="{X(tick):.1f}" y="{py + ph + 14}" text-anchor="middle" font-size="10">'
                       f'{tick.year if tick.month == 1 and span > 400 else tick.isoformat()[:7]}</text>')
        for r, s_, e_ in items:
            colour = "#c62828" if r["conflict"] else "#1565c0"
            ya = Y(r["value"])
            # The period as an interval on the x axis, and the agreed value over it.
            out.append(f'<line class="period" x1="{X(s_):.1f}" x2="{X(e_):.1f}" y1="{py + ph - 2}" y2="{py + ph - 2}" '
                       f'stroke="{colour}" stroke-width="3" opacity="0.45"><title>{html.escape(r["period"].get("text") or "")}: '
                       f'{r["period"]["start"]}..{r["period"]["end"]}</title></line>')
            out.append(f'<line x1="{X(s_):.1f}" x2="{X(e_):.1f}" y1="{ya:.1f}" y2="{ya:.1f}" stroke="{colour}" stroke-width="1.5"/>')
            k = len(r["reports"])
            for i, p in enumerate(r["reports"]):
                cx = X(s_) + (X(e_) - X(s_)) * (i + 1) / (k + 1)
                cy = Y(p["value"])
                if p.get("value_max") is not None:
                    out.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{cy:.1f}" y2="{Y(p["value_max"]):.1f}" stroke="{colour}"/>')
                tip = f'{p["text"]}: {p.get("outlet") or p["article_id"]}, {p.get("published") or "date unknown"}'
                cls = "point conflict" if r["conflict"] else "point"
                out.append(f'<a href="#claim-{html.escape(p["claim_id"])}" class="{cls}">'
                           f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4.5" fill="{colour}" stroke="white" stroke-width="1">'
                           f'<title>{html.escape(tip)}</title></circle></a>')
    out.append("</svg>")
    return "".join(out)


def _short(v: float, unit: str) -> str:
    """An axis label: three significant digits and a scale word, no currency."""
    a = abs(v)
    if unit not in ("%", "pp", "x"):
        for div, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
            if a >= div:
                return f"{v / div:.3g}{word}"
    return f"{v:.3g}" + (unit if unit in ("%", "pp") else "")


def _ticks(x0: dt.date, x1: dt.date) -> list[dt.date]:
    """January firsts (or quarter starts on short spans), at most eight."""
    months = 12 if (x1 - x0).days > 500 else (3 if (x1 - x0).days > 120 else 1)
    ticks, d = [], dt.date(x0.year, 1, 1)
    while d <= x1:
        if d >= x0:
            ticks.append(d)
        m = d.month - 1 + months
        d = dt.date(d.year + m // 12, m % 12 + 1, 1)
    step = max(1, math.ceil(len(ticks) / 8))
    return ticks[::step]


def page_series(rows: Sequence[Mapping]) -> list[dict]:
    """Rows grouped by series for the page: charted ones (>= 2 periods or a conflict) first,
    conflicts first among them, then by number of reports."""
    by_id: dict[str, list] = defaultdict(list)
    for r in rows:
        by_id[r["series_id"]].append(r)
    out = []
    for sid, rs in by_id.items():
        periods = {(r["period"]["start"], r["period"]["end"]) for r in rs}
        conflict = any(r["conflict"] for r in rs)
        out.append({"series_id": sid, "rows": rs, "conflict": conflict, "charted": len(periods) >= 2 or conflict,
                    "reports": sum(len(r["reports"]) for r in rs), "measure": rs[0]["measure"],
                    "subject": rs[0]["subject"], "counterparty": rs[0]["counterparty"], "unit": rs[0]["unit"],
                    "change": rs[0].get("change")})
    out.sort(key=lambda s: (not s["charted"], not s["conflict"], -s["reports"], s["series_id"]))
    return out


def render_html(rows: Sequence[Mapping], texts: Optional[Mapping[str, str]] = None,
                summary: Optional[Mapping] = None, score: Optional[SeriesScore] = None) -> str:
    """One self-contained page: a chart and a table per charted series, the rest in one table."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["value"] = _fmt_value
    groups = page_series(rows)
    for g in groups:
        g["svg"] = chart_svg(g["rows"]) if g["charted"] else None
        for r in g["rows"]:
            for p in r["reports"]:
                text = (texts or {}).get(p["article_id"])
                s = p.get("sentence") or {}
                if text is not None and s:
                    qs, qe = (int(x) for x in p["claim_id"].rsplit(":", 1)[1].split("-"))
                    p["_pieces"] = [(piece, bool(marks)) for piece, marks in cut(text, s["start"], s["end"], [(qs, qe, True)])]
    return env.get_template("series.html.j2").render(
        charted=[g for g in groups if g["charted"]], others=sum(1 for g in groups if not g["charted"]),
        other_rows=[r for g in groups if not g["charted"] for r in g["rows"]],
        summary=summary_line(summary or series_summary(rows)), score=score.lines() if score else None)


def write_html(rows: Sequence[Mapping], path: Union[str, Path], texts=None, summary=None, score=None,
               force: bool = False) -> None:
    write_text(path, render_html(rows, texts, summary, score), force)

