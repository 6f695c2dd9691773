"""A part of the passage's period singled out ("In February alone, …") governs only its own
sentence; the period stated before governs the sentences after it (context.single_out_period).
Every sentence is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article


def _periods(text, published="2027-03-18"):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: (c["period"] or {}).get("start") and (c["period"]["start"], c["period"]["end"])
            for c in claims}


TEXT = ("Ruritania's IT exports rose to $2.873 billion during July-February of fiscal year 2026-27, the "
        "central bank said on Wednesday.\n"
        "In February alone, IT exports stood at $381 million, up from $322 million in the same month last year.\n"
        "Computer services brought in $2.291 billion, while telecommunication services contributed $412 million.")


def test_the_month_singled_out_governs_its_own_sentence_only():
    got = _periods(TEXT)
    assert got["$381 million"] == ("2027-02-01", "2027-02-28")
    assert got["$2.291 billion"] == got["$2.873 billion"] == ("2026-07-01", "2027-02-28")


def test_without_alone_the_month_governs_what_follows():
    got = _periods(TEXT.replace("In February alone", "In February"))
    assert got["$2.291 billion"] == ("2027-02-01", "2027-02-28")
