"""Flat tables of claims and series rows: one column per field, for pandas, spreadsheets and Parquet.

``newsclaims extract --format csv|parquet`` and ``newsclaims series -o OUT.csv|.parquet`` write
through here. CSV needs nothing beyond the standard library; Parquet needs pandas and pyarrow
(the ``[data]`` extra), and says so in one line when they are missing. Dates are stored as
calendar dates (Parquet ``date32``), values as floats.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence, Union

from extractor.contract import Claim
from extractor.errors import NewsclaimsError
from extractor.outputs import atomic_path, write_text

FORMATS = {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
DATA_EXTRA = "pip install 'newsclaims[data]'"


def _claim(c: Union[Claim, Mapping]) -> Claim:
    return c if isinstance(c, Claim) else Claim.from_dict(c)


# ---- flat tables: series rows and claims ---------------------------------------------------

SERIES_COLUMNS = ["series_id", "measure", "subject", "counterparty", "unit", "kind", "change", "metric",
                  "period_start", "period_end", "period_text", "value", "low", "high", "n_reports",
                  "conflict", "finding_ids", "reports"]
REPORT_COLUMNS = ["claim_id", "article_id", "published", "report_value", "report_value_max", "report_change",
                  "qualifier", "text", "report_metric", "metric_from", "period_from", "report_period_text", "source", "outlet", "url",
                  "sentence_start", "sentence_end"]
CLAIM_COLUMNS = ["claim_id", "article_id", "kind", "text", "start", "end", "value", "value_max", "unit",
                 "qualifier", "change", "metric", "subject", "counterparty", "period_text", "period_start",
                 "period_end", "source", "sentence_start", "sentence_end", "sentence", "title"]
_DATES = {"period_start", "period_end", "published"}
_FLOATS = {"value", "low", "high", "value_max", "report_value", "report_value_max"}
_INTS = {"n_reports", "start", "end", "sentence_start", "sentence_end"}


def flat_series(rows: Sequence[Mapping], reports: bool = False) -> list[dict]:
    """One flat dict a row (``reports`` kept as a list), or with ``reports=True`` one a report."""
    out = []
    for r in rows:
        base = {"series_id": r["series_id"], "measure": r["measure"], "subject": r["subject"],
                "counterparty": r["counterparty"], "unit": r["unit"], "kind": r.get("kind"),
                "change": r.get("change"), "metric": r.get("metric"),
                "period_start": r["period"]["start"], "period_end": r["period"]["end"],
                "period_text": r["period"].get("text"), "value": r["value"], "low": r["low"],
                "high": r["high"], "n_reports": len(r["reports"]), "conflict": bool(r["conflict"]),
                "finding_ids": list(r["finding_ids"])}
        if not reports:
            out.append({**base, "reports": [_flat_report(p) for p in r["reports"]]})
            continue
        for p in r["reports"]:
            out.append({**base, **_flat_report(p)})
    return out


def _flat_report(p: Mapping) -> dict:
    sentence = p.get("sentence") or {}
    return {"claim_id": p["claim_id"], "article_id": p["article_id"], "published": p.get("published"),
            "report_value": p["value"], "report_value_max": p.get("value_max"), "report_change": p.get("change"),
            "qualifier": p.get("qualifier"),
            "text": p.get("text"), "report_metric": p.get("metric"), "metric_from": p.get("metric_from"),
            "period_from": p.get("period_from"), "report_period_text": p.get("period_text"),
            "source": p.get("source"), "outlet": p.get("outlet"), "url": p.get("url"),
            "sentence_start": sentence.get("start"), "sentence_end": sentence.get("end")}


def flat_claims(claims: Iterable[Union[Claim, Mapping]], articles: Optional[Mapping[str, Mapping]] = None) -> list[dict]:
    """One flat dict a claim, one column per contract field (extras such as
    ``published_inferred`` follow as their own columns). With ``articles`` (id -> {"text",
    "title"}), the sentence itself and the article's title too, so a table reads on its own."""
    out = []
    for claim in claims:
        d = _claim(claim).to_dict()
        q, period, sentence = d["quantity"], d.get("period") or {}, d.get("sentence") or {}
        row = {"claim_id": d["claim_id"], "article_id": d["article_id"], "kind": d["kind"],
               "text": q["text"], "start": q["start"], "end": q["end"], "value": q["value"],
               "value_max": q.get("value_max"), "unit": q["unit"], "qualifier": q["qualifier"],
               "change": d["change"], "metric": d["metric"], "subject": d["subject"],
               "counterparty": d["counterparty"], "period_text": period.get("text"),
               "period_start": period.get("start"), "period_end": period.get("end"),
               "source": d["source"], "sentence_start": sentence.get("start"), "sentence_end": sentence.get("end")}
        article = (articles or {}).get(d["article_id"])
        if article is not None:
            text = article.get("text") or ""
            row["sentence"] = text[sentence["start"]:sentence["end"]] if sentence else None
            row["title"] = article.get("title")
        for k, v in d.items():
            if k not in row and k not in ("quantity", "period", "sentence"):
                row[k] = v
        out.append(row)
    return out


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise NewsclaimsError(f"pandas is not installed; {DATA_EXTRA}") from None
    return pd


def _typed_frame(flat: Sequence[Mapping], columns: Sequence[str]):
    pd = _pandas()
    extra = [k for row in flat for k in row if k not in columns]
    cols = list(columns) + list(dict.fromkeys(extra))
    df = pd.DataFrame(list(flat), columns=cols)
    for col in df.columns:
        if col in _DATES:
            df[col] = pd.to_datetime(df[col], errors="coerce").astype("datetime64[s]")
        elif col in _FLOATS:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        elif col in _INTS:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif col == "conflict":
            df[col] = df[col].astype(bool)
    return df


def to_dataframe(rows: Sequence[Mapping], reports: bool = False):
    """A pandas DataFrame of series rows: typed columns (``period_start``/``period_end`` and
    ``published`` datetime64, ``value``/``low``/``high`` float64, ``conflict`` bool).

    reports (bool): one line per report (its fields beside the row's) instead of one per row,
        where ``reports`` is a column of lists. Defaults to False.
    RAISES (NewsclaimsError): pandas is not installed (the message names the ``[data]`` extra).
    """
    columns = SERIES_COLUMNS[:-1] + REPORT_COLUMNS if reports else SERIES_COLUMNS
    return _typed_frame(flat_series(rows, reports), columns)


def claims_dataframe(claims: Iterable[Union[Claim, Mapping]], articles: Optional[Mapping[str, Mapping]] = None):
    """A pandas DataFrame of claims, one column per field (dates as datetime64, values float64);
    with ``articles`` the sentence and title columns are filled (see :func:`flat_claims`)."""
    return _typed_frame(flat_claims(claims, articles), CLAIM_COLUMNS)


# ---- writers -------------------------------------------------------------------------------

def output_format(path: Union[str, Path], fmt: Optional[str] = None) -> str:
    """``jsonl``, ``csv`` or ``parquet``: ``fmt`` when given, else from the file suffix (JSONL default)."""
    if fmt is not None:
        if fmt not in FORMATS.values():
            raise NewsclaimsError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS.values())}")
        return fmt
    return FORMATS.get(Path(str(path)).suffix.lower(), "jsonl")


def require_parquet() -> None:
    """Raise NewsclaimsError naming the ``[data]`` extra when pandas or pyarrow is missing."""
    missing = []
    for name in ("pandas", "pyarrow"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise NewsclaimsError(f"Parquet output needs {' and '.join(missing)}; {DATA_EXTRA}")


def _csv_text(flat: Sequence[Mapping], columns: Sequence[str]) -> str:
    extra = [k for row in flat for k in row if k not in columns]
    cols = list(columns) + list(dict.fromkeys(extra))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for row in flat:
        w.writerow({k: _csv_cell(v) for k, v in row.items()})
    return buf.getvalue()


def _csv_cell(v):
    if v is None:
        return ""
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return ";".join(v)
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def _parquet(df, path, force: bool) -> None:
    require_parquet()
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    # Dates are calendar dates, not instants: store them as date32.
    for name in _DATES & set(df.columns):
        i = table.schema.get_field_index(name)
        table = table.set_column(i, pa.field(name, pa.date32()), table.column(name).cast(pa.date32()))
    with atomic_path(path, force) as tmp:
        pq.write_table(table, tmp)


def write_series(rows: Sequence[Mapping], path: Union[str, Path], fmt: Optional[str] = None,
                 force: bool = False) -> None:
    """Rows as JSONL (the contract's shape), CSV (one line a row, reports as JSON) or Parquet
    (reports as a list of structs); ``-`` is stdout for JSONL and CSV."""
    fmt = output_format(path, fmt)
    if fmt == "parquet":
        if str(path) == "-":
            raise NewsclaimsError("Parquet cannot go to stdout; give -o FILE.parquet")
        _parquet(to_dataframe(rows), path, force)
        return
    text = ("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) if fmt == "jsonl"
            else _csv_text(flat_series(rows), SERIES_COLUMNS))
    write_text(path, text, force, newline="")


def write_claims_table(claims: Iterable[Union[Claim, Mapping]], path: Union[str, Path], fmt: Optional[str] = None,
                       force: bool = False, articles: Optional[Mapping[str, Mapping]] = None) -> None:
    """Claims flat, one column per field: JSONL (the contract's nested shape), CSV or Parquet."""
    fmt = output_format(path, fmt)
    claims = list(claims)
    if fmt == "parquet":
        if str(path) == "-":
            raise NewsclaimsError("Parquet cannot go to stdout; give -o FILE.parquet")
        _parquet(claims_dataframe(claims, articles), path, force)
        return
    text = ("".join(json.dumps(_claim(c).to_dict(), ensure_ascii=False) + "\n" for c in claims) if fmt == "jsonl"
            else _csv_text(flat_claims(claims, articles), CLAIM_COLUMNS))
    write_text(path, text, force, newline="")


def convert_claims(jsonl: Union[str, Path], out: Union[str, Path], fmt: Optional[str] = None,
                   force: bool = False, corpus: Union[str, Path, None] = None) -> int:
    """Claims JSONL -> ``out`` in ``fmt``; the number of claims written (``extract --format``).
    With ``corpus``, each row carries its sentence and its article's title."""
    from evaluation.gold import read_claims

    claims = read_claims(jsonl).claims
    articles = None
    if corpus is not None:
        from extractor.corpus import Article, read_corpus

        wanted = {c.article_id for c in claims}
        articles = {a.id: {"text": a.text, "title": a.extra.get("title")} for a in read_corpus(corpus)
                    if isinstance(a, Article) and a.id in wanted}
    write_claims_table(claims, out, fmt, force, articles)
    return len(claims)

