"""Names as wire and Indian business reporters write them: the agency in a dateline's brackets
carries the story and owns no figure; "IT services major Veritas" introduces a company; a tax
authority or exchange named in full tells the country; a period ended by a comma is not part of the
measure after it. Every sentence is invented."""
from extractor import article_actors, periods
from extractor.api import extract_batch
from extractor.corpus import Article


def _claims(text, published="2027-11-01"):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: c for c in claims}


def test_the_agency_in_a_dateline_is_no_subject():
    text = ("NEW DELHI, Nov 1 (PSI) Gross GST collections rose 9.2 per cent to Rs 1,96,240 crore in October, "
            "official data showed.\nCollections stood at Rs 1,79,710 crore in October last year.")
    got = _claims(text)
    assert got["Rs 1,96,240 crore"]["subject"] == got["Rs 1,79,710 crore"]["subject"] == "India"
    assert article_actors.dateline_agency(text) == {"PSI"}
    assert article_actors.dateline_agency("Sales (net of taxes) rose 4% to $2bn.") == set()


def test_a_sector_major_is_a_company():
    text = ("BENGALURU, Jan 11 (PSI) IT services major Veritas Infosoft reported a 7.6 per cent rise in "
            "consolidated net profit to Rs 4,812 crore for the December quarter.\n"
            "The company had posted a net profit of Rs 4,472 crore in the same quarter a year ago, it said.")
    got = _claims(text, "2030-01-11")
    assert got["Rs 4,812 crore"]["subject"] == got["Rs 4,472 crore"]["subject"] == "Veritas Infosoft"


def test_a_major_before_a_place_or_after_an_article_introduces_no_company():
    found = article_actors.introduced_companies(
        "Shares of a major Wall Street bank fell, and the major Asian markets closed lower.",
        article_actors.NameCounter("", ""))
    assert not found


def test_full_names_of_a_tax_authority_and_an_exchange_tell_the_country():
    assert periods.country_cues("the Federal Board of Revenue collected Rs6.7 trillion") == {"Pakistan": 1}
    assert periods.country_cues("Shares closed 1.8% higher at Rs 1,642 on the NSE") == {"India": 1}


def test_a_period_before_a_comma_is_not_part_of_the_measure():
    got = _claims("Industrial output in India grew 4.7% in August. In the first five months of the fiscal, "
                  "factory output expanded 5.6%.", "2029-10-02")
    assert got["5.6%"]["metric"] == "factory output"
