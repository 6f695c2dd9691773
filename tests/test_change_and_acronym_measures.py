"""What a figure measures when a change noun carries it ("economic growth of 6.2 percent") or a
bracketed acronym follows the measure ("Gross official reserves (GOR)"). Every sentence is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article


def _metrics(text, published="2030-03-10"):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: c["metric"] for c in claims}


def test_economic_growth_of_a_percent_is_the_growth_of_the_economy():
    got = _metrics("The government aims to achieve economic growth of 6.2 percent in FY30.")
    assert got["6.2 percent"] is not None and got["6.2 percent"].lower().startswith("economic growth")


def test_a_bare_growth_of_a_percent_names_no_measure():
    assert _metrics("A growth of 6.2 percent was seen in FY30.")["6.2 percent"] is None


def test_a_bracketed_acronym_of_the_measure_is_no_actor():
    got = _metrics("Gross official reserves (GOR) fell to $6.08 bn in February from $6.12 bn in January.")
    assert got["$6.08 bn"] == got["$6.12 bn"] == "Gross official reserves"


def test_a_company_named_beside_a_noun_still_describes_it():
    assert _metrics("The world's largest retailer, Zentex, has agreed to pay $14.5m.")["$14.5m"] != "retailer"


def test_a_period_label_before_the_measure_is_when_not_what():
    got = _metrics("Vardhaman Infotech's Q3FY25 net profit rose to Rs 18,420 crore. Its FY24 revenue was Rs 9,000 crore.",
                   "2025-01-11")
    assert got["Rs 18,420 crore"] == "net profit"
    assert got["Rs 9,000 crore"] == "revenue"


def test_a_dateline_before_the_measure_is_where_not_what():
    got = _metrics("COLOMBO - Inflows of migrant worker remittances to Sri Lanka amounted to $1.56 billion in "
                   "January-March 2024, Central Bank figures showed.", "2024-04-11")
    assert got["$1.56 billion"] == "Inflows of migrant worker remittances"
