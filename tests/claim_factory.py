"""Contract claim dicts built by hand, for tests of the checker and the series (no extractor)."""
from __future__ import annotations


def make_claim(article, start, text, value, *, kind="money", unit="USD", qualifier="exact", change=None,
               metric="exports", subject="Ruritania", counterparty=None, period=None, source=None,
               sentence=None, sentence_pad=1):
    """One claim dict; ``period`` is (text, start, end) or None; without ``sentence`` the claim gets
    a sentence of its own, ``sentence_pad`` characters past its end."""
    sentence = sentence or (start, start + len(text) + sentence_pad)
    return {"claim_id": f"{article}:{start}-{start + len(text)}", "article_id": article, "kind": kind,
            "quantity": {"text": text, "start": start, "end": start + len(text), "value": value,
                         "unit": unit, "qualifier": qualifier},
            "change": change, "metric": metric, "subject": subject, "counterparty": counterparty,
            "period": None if period is None else dict(zip(("text", "start", "end"), period)),
            "source": source, "sentence": {"start": sentence[0], "end": sentence[1]}}


def row_of(rows, claim_id):
    """Index of the one series row that holds the claim's report."""
    (hit,) = [n for n, r in enumerate(rows) for p in r["reports"] if p["claim_id"] == claim_id]
    return hit


def claim_in_text(text, needle, value, *, article="a", kind="money", unit="USD", **fields):
    """A contract Claim for ``needle`` in ``text``, its sentence the one holding it (sentences end
    with ". "); ``fields`` as for make_claim (period, metric, subject, change, ...)."""
    from extractor.contract import Claim

    start = text.index(needle)
    s0 = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    s1 = text.find(". ", start)
    s1 = len(text) if s1 < 0 else s1 + 1
    return Claim.from_dict(make_claim(article, start, needle, value, kind=kind, unit=unit,
                                      sentence=(s0, s1), **fields))
