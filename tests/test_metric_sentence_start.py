"""A common noun opening a sentence, which the tagger calls a name ("Output of Ruritania's core
sectors grew 5.4%"), is the measure; a possessive place inside its "of" phrase is whose figure it
is, not part of the measure (measured_noun._capitalised_first_noun, metric_head.phrase_of).
Every sentence is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article


def _claims(text):
    [(_, claims)] = list(extract_batch([Article("x", text, "2026-10-01")]))
    return {c["quantity"]["text"]: c for c in claims}


def test_output_opening_a_sentence_is_the_measure_and_the_place_its_owner():
    got = _claims("Output of India's core infrastructure sectors grew 5.4% year-on-year in August.")["5.4%"]
    assert got["metric"] == "Output of core infrastructure sectors"
    assert got["subject"] == "India"


def test_a_possessive_place_leaves_an_of_phrase():
    got = _claims("Exports of Pakistan's textiles rose 5.4% in August.")["5.4%"]
    assert (got["metric"], got["subject"]) == ("Exports of textiles", "Pakistan")
