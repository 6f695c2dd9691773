"""A place ranked among the sources or markets of the passage's flow ("Qatar remained the largest
source with $781 million, followed by Malaysia at $642 million"): each figure is the passage's flow
from that place, the place its other side; a state ranked among its country's contributors keeps
its own figure. Every sentence is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article
from extractor.rankings import ranked_place


def _claims(text, published="2026-03-12"):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: c for c in claims}


def _fields(claim):
    return claim["metric"], claim["subject"], claim["counterparty"]


def test_each_ranked_source_is_the_passages_flow_from_it():
    got = _claims("KATHMANDU: Workers' remittances to Nepal rose 12% to $3.1 billion in February, the central bank "
                  "said. Qatar remained the largest source with $781 million in February, followed by Malaysia at "
                  "$642 million and the United Kingdom at $410 million.")
    assert _fields(got["$781 million"]) == ("remittances", "Nepal", "Qatar")
    assert _fields(got["$642 million"]) == ("remittances", "Nepal", "Malaysia")
    assert got["$410 million"]["counterparty"] in ("UK", "United Kingdom")
    assert got["$410 million"]["subject"] == "Nepal"


def test_a_top_market_of_exports_is_their_destination():
    got = _claims("Sri Lanka's apparel exports rose 4% to $1.42 billion in the first quarter, the Export "
                  "Development Board said.\nThe United States was the top market at $552 million.")
    assert _fields(got["$552 million"]) == ("apparel exports", "Sri Lanka", "United States")


def test_a_state_ranked_among_contributors_keeps_its_own_figure():
    got = _claims("India's GST collections rose 9% to Rs 1.87 lakh crore in October. Maharashtra remained the top "
                  "contributor with Rs 31,260 crore, followed by Karnataka at Rs 13,400 crore.", "2025-11-02")
    assert _fields(got["Rs 31,260 crore"]) == ("GST collections", "Maharashtra", None)
    assert _fields(got["Rs 13,400 crore"]) == ("GST collections", "Karnataka", None)


def test_a_passage_of_two_measures_lends_none():
    # remittances and exports both in the passage: which flow Qatar leads is not said
    got = _claims("Nepal's exports rose to $110 million and remittances to $1.1 billion in February. "
                  "Qatar remained the largest source with $281 million.")
    assert got["$281 million"]["metric"] is None


def test_what_is_no_ranking():
    text = "Qatar remained the largest source with $781 million, and the bank said remittances rose by $42 million."
    assert ranked_place(text, 0, [], text.index("$781")) == "Qatar"
    # a figure after a clause that ranks nothing, and a ranked noun that is no place
    assert ranked_place(text, 0, [(text.index("$781"), text.index(", and"))], text.index("$42")) is None
    other = "Acme remained the largest supplier with $50 million."
    assert ranked_place(other, 0, [], other.index("$50")) is None
    plain = "Qatar sent $781 million, and Malaysia at $642 million."
    assert ranked_place(plain, 0, [(plain.index("$781"), plain.index(", and"))], plain.index("$642")) is None


def test_places_listed_after_a_ranked_count_with_its_noun():
    got = _claims("Sri Lanka welcomed 312,450 tourists in January 2030, the tourism authority said.\n"
                  "India remained the top source market with 61,240 arrivals, followed by Russia with 48,910 and "
                  "the United Kingdom with 32,870.", "2030-02-03")
    assert (got["48,910"]["subject"], got["48,910"]["counterparty"]) == ("Sri Lanka", "Russia")
    assert got["32,870"]["counterparty"] in ("UK", "United Kingdom")
