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


def _texts(text, published=None):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: (c["period"] or {}).get("text") for c in claims}


REVISED = ("Ruritania's economy grew 4.6 percent in the second quarter of 2027, the statistics office said.\n"
           "Growth in the first quarter was revised up to 3.8 percent from an initial estimate of 3.6 percent.\n"
           "Industry expanded by 6.9 percent, while services grew 3.7 percent.")


def test_the_period_of_a_revised_figure_governs_its_own_sentence_only():
    got = _periods(REVISED, published="2027-08-20")
    assert got["3.8 percent"] == ("2027-01-01", "2027-03-31")
    assert got["6.9 percent"] == got["3.7 percent"] == ("2027-04-01", "2027-06-30")


def test_on_an_undated_page_too_when_neither_period_has_dates():
    text = ("Ruritania's retail inflation eased to 4.37 per cent in July from 5.02 per cent in June.\n"
            "The June inflation figure has been revised from the provisional estimate of 5.08 per cent.\n"
            "Rural inflation stood at 4.61 per cent.")
    assert _texts(text)["4.61 per cent"] == "in July"


def test_a_revision_told_on_over_sentences_keeps_its_period():
    text = ("Ruritania's economy grew 2.1% in the first quarter of 2027, the statistics office said on 20 May 2027.\n"
            "The office also revised upwards GDP growth in 2026 from 6.1 to 6.17%.\n"
            "This was due to agriculture (4.27% to 4.28%) and services (6.59 to 6.66%).")
    got = _periods(text, published="2027-05-20")
    assert got["4.28%"] == got["6.17%"] == ("2026-01-01", "2026-12-31")


def test_the_monthly_figure_of_a_span_governs_its_own_sentence_only():
    text = ("Remittances to Ruritania climbed 18.5 per cent to about 3.7 billion dollars in the first half of the "
            "year, the central bank reported.\n"
            "The monthly figure for June was 642.3 million dollars.\n"
            "Tourism receipts for the period were 1.62 billion dollars.")
    got = _periods(text, published="2026-07-20")
    assert got["642.3 million dollars"] == ("2026-06-01", "2026-06-30")
    assert got["1.62 billion dollars"] == got["3.7 billion dollars"] == ("2026-01-01", "2026-06-30")
    # "the first half of the year," is one phrase, its year included
    assert _texts(text, published="2026-07-20")["3.7 billion dollars"] == "the first half of the year"
