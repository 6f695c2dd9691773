"""Whole-sentence extraction through the real pipeline: counts, qualifier, change, actors, metric, period."""
import pytest

from extractor.change import change_for
from extractor.qualifier import qualifier_for


def by_surface(claims):
    return {c["quantity"]["text"]: c for c in claims}


@pytest.mark.parametrize("text, surface, unit, value", [
    ("More than 6,000 vendors from Pakistan were registered on Amazon.", "6,000", "vendor", 6000),
    ("Pakistan has 110 million mobile broadband subscribers.", "110 million", "subscriber", 1.1e8),
    ("The ambassador connected 25 American companies with officials.", "25", "company", 25),
    ("He spoke to the 35-person delegation yesterday.", "35", "person", 35),
    ("The startups raised money in 37 deals.", "37", "deal", 37),
    ("The firm said it would cut 1,500 jobs.", "1,500", "job", 1500),
    ("There were 4 hundred million people.", "4 hundred million", "person", 4e8),
    ("Nevertheless, 2.2 million Ethiopians will need assistance.", "2.2 million", "person", 2.2e6),
    ("The number of people out of work rose to 1.41 million.", "1.41 million", "person", 1.41e6),
])
def test_counts_found_with_their_noun(claims_of, text, surface, unit, value):
    claim = by_surface(claims_of(text))[surface]
    assert claim["kind"] == "count"
    assert claim["quantity"]["unit"] == unit
    assert claim["quantity"]["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Pakistan also has 130 million youth under the age of 30.",  # the 30 is an age condition
    "The two countries signed the deal in 2021.",
    "It was ranked the 2nd largest supplier of online labour.",
    "Invest2Innovate published its report on February 12.",
    "The talks lasted two months and the plan runs for five years.",
    "Covid-19 hit the G20 economies.",
    "The debut of Boeing's own 787 Dreamliner was delayed.",
    "This iPhone 12 Mini deal gets you free data.",
])
def test_counts_not_claims(claims_of, text):
    surfaces = {c["quantity"]["text"] for c in claims_of(text)}
    # The first sentence has one real count beside its age condition; the others none.
    assert surfaces == ({"130 million"} if "130 million" in text else set()), surfaces


@pytest.mark.parametrize("text, surface, qualifier", [
    ("exports crossed the $5 billion mark", "$5 billion", "more_than"),
    ("exports reached about $2.6 billion", "$2.6 billion", "approx"),
    ("subscribers exceeded 127 million", "127 million", "more_than"),
    ("imports of up to $3 billion", "$3 billion", "at_most"),
    ("a fall of less than 2%", "2%", "less_than"),
    ("at least 40 people died", "40", "at_least"),
    ("nearly 5% of output", "5%", "at_most"),
    ("profit of $40m", "$40m", "exact"),
])
def test_qualifier_from_cue_words(text, surface, qualifier):
    assert qualifier_for(text, text.index(surface)) == qualifier


@pytest.mark.parametrize("text, surface, kind, change", [
    ("exports have increased by 23%", "23%", "percent", "increase"),
    ("exports increased 46 percent to $420 million", "46 percent", "percent", "increase"),
    ("exports increased 46 percent to $420 million", "$420 million", "money", None),
    ("these have increased to $2.72 billion", "$2.72 billion", "money", None),
    ("the economy grew 2.7% last year", "2.7%", "percent", "increase"),
    ("GDP growth of 1.2% is expected", "1.2%", "percent", "increase"),
    ("13% of total exports", "13%", "percent", None),
    ("profits fell by $3m", "$3m", "money", "decrease"),
    ("a 5% rise in sales", "5%", "percent", "increase"),
    ("shares were down 3% on Monday", "3%", "percent", "decrease"),
    ("profits doubled", "doubled", "multiple", None),
    ("crops were 24% higher than in 2003", "24%", "percent", "increase"),
    ("economic growth of just 2%", "2%", "percent", "increase"),
    ("a net loss of 472bn yen", "472bn yen", "money", None),
    ("startups raised $274.7 million", "$274.7 million", "money", None),
])
def test_change_is_set_only_for_changes(text, surface, kind, change):
    start = text.index(surface)
    assert change_for(text, start, start + len(surface), kind) == change


def test_extraction_seed_sentence_fields(claims_of):
    text = ("During fiscal year 2020/21, Pakistan’s IT exports increased 47.4 percent, and crossed $2 billion "
            "mark for the first time, whereas, in fiscal year 2019/20, the exports were $1.44 billion.")
    claims = by_surface(claims_of(text, published="2021-09-17"))
    pct = claims["47.4 percent"]
    assert (pct["change"], pct["metric"], pct["subject"]) == ("increase", "IT exports", "Pakistan")
    assert (pct["period"]["start"], pct["period"]["end"]) == ("2020-07-01", "2021-06-30")
    two = claims["$2 billion"]
    assert (two["quantity"]["qualifier"], two["change"]) == ("more_than", None)
    assert claims["$1.44 billion"]["period"]["text"] == "fiscal year 2019/20"
    assert claims["$1.44 billion"]["period"]["start"] == "2019-07-01"


def test_extraction_actors_and_source(claims_of):
    text = ("Pakistan’s exports to the United States rose 23% to $6 billion, Ambassador Masood Khan said. "
            "Bilateral trade between the U.S. and Pakistan totaled about $7.3 billion in 2023, according to "
            "data from the Office of the U.S. Trade Representative.")
    claims = by_surface(claims_of(text, published="2024-03-01"))
    assert claims["23%"]["subject"] == "Pakistan"
    assert claims["23%"]["counterparty"] == "United States"
    assert claims["23%"]["source"] == "Masood Khan"
    trade = claims["$7.3 billion"]
    assert (trade["subject"], trade["counterparty"]) == ("United States", "Pakistan")
    assert trade["source"].startswith("Office of the U.S. Trade Representative")
    assert trade["period"]["start"] == "2023-01-01"


def test_extraction_period_carries_to_later_figures(claims_of):
    text = ("Exports rose 80.6 percent in August 2021, the ministry said. "
            "During the month under review, exports recorded at $224 million against $124 million in August 2020.")
    claims = by_surface(claims_of(text, published="2021-09-17"))
    assert claims["$224 million"]["period"]["start"] == "2021-08-01"
    assert claims["$124 million"]["period"]["start"] == "2020-08-01"


def test_extraction_central_bank_is_named_for_the_subject(claims_of):
    text = "Pakistan’s IT exports increased 46 percent to $420 million, according to central bank figures."
    claims = claims_of(text, published="2021-09-17")
    assert {c["source"] for c in claims} == {"State Bank of Pakistan"}


def test_extraction_dateline_is_not_a_claim_and_infers_published(claims_of):
    from extractor import extract

    claims = extract("Washington DC, 23 August 2022 (TDI): More than 6,000 vendors registered last year.")
    assert [c["quantity"]["text"] for c in claims] == ["6,000"]
    assert claims[0]["published_inferred"] is True
    assert claims[0]["period"]["start"] == "2021-01-01"


def test_extraction_offsets_point_into_the_original_text(claims_of):
    text = "  Sales\u00a0rose 5%\r\n\r\nto £1.2bn (€1.4bn) — a record. "
    for c in claims_of(text):
        q = c["quantity"]
        assert text[q["start"]:q["end"]] == q["text"]
        assert c["sentence"]["start"] <= q["start"] and q["end"] <= c["sentence"]["end"]


@pytest.mark.parametrize("text, surface, metric, subject, counterparty", [
    ("Ford earned $2bn in 2004.", "$2bn", "earnings", "Ford", None),  # the actor is not the metric
    ("The government announced a Rs10 billion fund for IT firms.", "Rs10 billion", "fund", None, None),
    ("Pakistan imported around $2.1 billion worth of goods from the U.S.", "$2.1 billion", "imports",
     "Pakistan", "United States"),
    ("Mobile broadband subscribers exceeded 127 million by late 2024.", "127 million",
     "Mobile broadband subscribers", None, None),
    ("Islamabad pushes to raise annual IT exports toward $5 billion.", "$5 billion", "annual IT exports (target)",
     "Pakistan", None),
    ("IT exports could jump to $4 billion in a year.", "$4 billion", "IT exports (forecast)", None, None),
    ("Production reached 14.27 million tonnes of crops.", "14.27 million", "crops", None, None),
    ("There was a 52% rise in profits to £198m.", "52%", "profits", None, None),
    ("There was a 52% rise in profits to £198m.", "£198m", "profits", None, None),
])
def test_metric_and_actors_from_the_clause(claims_of, text, surface, metric, subject, counterparty):
    claim = by_surface(claims_of(text))[surface]
    assert (claim["metric"], claim["subject"], claim["counterparty"]) == (metric, subject, counterparty)


def test_segments_keep_only_numeric_sentences_and_never_split_abbreviations():
    from extractor.segments import numeric_segments

    text = ("The talks went well. Trade totaled $7.3 billion, according to the Office of the U.S. Trade "
            "Representative. Mr. Smith agreed.\n\nNo figures here. Sales rose five percent. Costs fell 2%.")
    parts = [text[s:e] for s, e in numeric_segments(text)]
    assert parts == ["Trade totaled $7.3 billion, according to the Office of the U.S. Trade Representative.",
                     "Sales rose five percent. Costs fell 2%."]


def test_a_gapped_list_item_keeps_its_measure_when_the_parsed_piece_starts_after_the_text():
    # the first numeric sentence is not at offset 0 (a line without figures before it): the list's
    # figures are compared in the piece's offsets, not the article's
    from extractor.api import extract

    claims = {c["quantity"]["text"]: c for c in extract(
        "The news came today.\nFreedonia's trade deficit fell 7.3% to 932.6 billion rupees. Imports were 1.03 "
        "trillion rupees and exports 102.2 billion rupees.", published="2024-04-11")}
    assert claims["102.2 billion rupees"]["metric"] == "exports"
