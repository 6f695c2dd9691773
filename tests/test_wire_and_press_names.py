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


def test_exports_from_a_country_name_the_exporter_not_a_partner():
    from extractor.names import as_partner
    text = "Exports of information technology services from Pakistan grew; imports from China fell."
    assert not as_partner(text, text.index("Pakistan"))
    assert as_partner(text, text.index("China"))


def test_a_country_set_against_the_articles_own_is_not_its_country():
    text = ("Migrant workers sent home over $2.5 billion in March, or about Tk 31,030 crore, the highest in a "
            "single month.\nIn the first nine months of the fiscal year, inflows came to $22.4 billion.\n"
            "By comparison, neighbouring Pakistan received $3.4 billion in remittances in March.")
    got = _claims(text, "2026-04-03")
    assert got["$2.5 billion"]["subject"] == got["$22.4 billion"]["subject"] == "Bangladesh"
    assert got["$3.4 billion"]["subject"] == "Pakistan"  # its own sentence still names it


def test_a_capital_city_dateline_and_a_description_name_no_owner():
    text = ("BENGALURU: Vardhan Infotech on Thursday reported a 9.6 per cent rise in consolidated net profit "
            "to Rs 1,842 crore.\nThe Bengaluru-based IT services company had posted a net profit of Rs 1,681 "
            "crore in the year-ago quarter.")
    got = _claims(text, "2027-01-14")
    assert got["Rs 1,842 crore"]["subject"] == got["Rs 1,681 crore"]["subject"] == "Vardhan Infotech"


def test_a_vehicle_class_acronym_is_no_owner():
    text = ("India's car and utility vehicle makers despatched 46.22 lakh units to dealers during FY28.\n"
            "EV penetration improved, with electric PV sales at 1.98 lakh units.")
    got = _claims(text, "2028-04-13")
    assert got["1.98 lakh"]["subject"] == "India"


def test_a_glued_scale_is_no_measure():
    got = _claims("IT exports were recorded at $2,983 million.\nMeanwhile, the February figure of $371m was the "
                  "highest monthly inflow so far this fiscal year, beating $356m in January.", "2029-03-21")
    assert got["$371m"]["metric"] != "m" and got["$356m"]["metric"] != "m"


def test_a_base_after_an_attribution_aside_takes_the_main_clauses_measure():
    got = _claims("IT exports during July-February of FY2028-29 were recorded at $2,983 million, the State Bank "
                  "said, against $2,412 million a year ago.", "2029-03-21")
    assert got["$2,412 million"]["metric"] == got["$2,983 million"]["metric"] == "IT exports"


def test_buyers_an_order_comes_from_are_no_country_of_the_article():
    from extractor.names import as_partner
    text = "Exporters blamed a slowdown in orders from European buyers and weak demand from China."
    assert as_partner(text, text.index("European")) and as_partner(text, text.index("China"))


def test_a_place_ranked_among_the_sources_or_after_followed_by_is_not_the_articles_country():
    text = ("Expatriates sent home $2.4bn in September, up from $2.23bn in August, central bank data showed. "
            "The inflow was equivalent to around Tk 29,400 crore. Saudi Arabia remained the top source, with $512 "
            "million, followed by the United Arab Emirates at $398 million.")
    got = _claims(text, "2027-10-02")
    assert got["$2.4bn"]["subject"] not in ("Saudi Arabia", "United Arab Emirates")


def test_buyers_in_a_country_are_a_partner_and_pak_names_pakistan():
    from extractor.names import as_partner
    text = "Shipments grew, while buyers in the United States took $7.9bn worth of garments."
    assert as_partner(text, text.index("United States"))
    assert periods.country_cues("Pak Economic Observer") == {"Pakistan": 1}


def test_a_region_ranked_among_contributors_owns_its_figure_and_not_the_next():
    text = ("India's goods and services tax revenue touched Rs 2,31,284 crore in April 2026.\n"
            "Maharashtra remained the top contributor with Rs 41,650 crore.\n"
            "Net collections, after refunds, were Rs 2,04,910 crore.")
    got = _claims(text, "2026-05-01")
    assert got["Rs 41,650 crore"]["subject"] == "Maharashtra"
    assert got["Rs 2,04,910 crore"]["subject"] == "India"


def test_travellers_named_by_a_demonym_are_the_destinations_arrivals_from_that_country():
    text = ("The number of foreign tourists visiting Nepal in 2026 stood at 12.84 lakh.\n"
            "Entrepreneurs said the number of Chinese visitors, at 1.42 lakh, remains low.\n"
            "Tourism earnings reached Rs 98.6 billion in the first five months of FY 2083/84.")
    got = _claims(text, "2027-01-03")
    assert (got["1.42 lakh"]["subject"], got["1.42 lakh"]["counterparty"]) == ("Nepal", "China")
    assert got["Rs 98.6 billion"]["subject"] == "Nepal"
    # workers named by a demonym send money home: no partner of this kind
    from extractor.actors import visitors_from
    assert visitors_from("Pakistani workers sent home $2.1 billion.") is None


def test_a_count_the_parser_hangs_on_the_word_before_it_counts_the_noun_after():
    got = _claims("Passenger vehicle wholesales rose 5.4 per cent to a record 46,21,540 units in 2027-28.", "2028-04-12")
    assert got["46,21,540"]["quantity"]["value"] == 4621540


def test_the_gap_by_which_an_outcome_missed_its_target_is_a_shortfall():
    got = _claims("The Federal Board of Revenue collected Rs6.71tr in taxes during July-February of the current fiscal "
                  "year, falling short of its target of Rs7.32tr by Rs604bn. The board missed its February target of "
                  "Rs983 billion by Rs120 billion. Exports fell by $2 billion.", "2029-03-02")
    assert got["Rs604bn"]["metric"] == got["Rs120 billion"]["metric"] == "shortfall"
    assert got["Rs7.32tr"]["metric"].endswith("(target)")
    assert got["$2 billion"]["metric"] != "shortfall"


def test_a_figure_named_only_by_its_time_is_of_the_passages_measure():
    got = _claims("India's gross GST collections rose to Rs 1,96,240 crore in October. The September figure had "
                  "been Rs 1,88,130 crore.", "2027-11-02")
    assert got["Rs 1,88,130 crore"]["metric"] == "gross GST collections"


def test_a_place_in_an_aside_marked_meanwhile_is_not_the_articles_country():
    text = ("The country's foreign exchange reserves increased by $3.2 billion to $684.57 billion for the week "
            "ended June 9, 2028, according to the RBI's weekly statistical supplement.\nPakistan's central bank, "
            "meanwhile, reported its own reserves at $18.4 billion in the same week.")
    got = _claims(text, "2028-06-17")
    assert got["$684.57 billion"]["subject"] == "India"
    assert got["$18.4 billion"]["subject"] != "India"
