"""Whose figure it is when a partner country sends the money, a company's name runs on into its
quarter, or an exchange is named; which rupee a story on one country means when it names another
often. Every sentence is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article


def _claims(text, published="2021-07-03"):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: c for c in claims}


def test_a_country_that_sent_the_money_is_the_partner():
    got = _claims("Bangladesh received $23.64 billion in remittances in FY2020-21, central bank data shows.\n"
                  "Inflow from the United Arab Emirates stood at $2.49 billion, while Saudi Arabia sent $5.38 billion.\n"
                  "June receipts totalled $1.71 billion.")
    assert (got["$5.38 billion"]["subject"], got["$5.38 billion"]["counterparty"]) == ("Bangladesh", "Saudi Arabia")
    assert got["$1.71 billion"]["subject"] == "Bangladesh"


def test_a_company_named_with_its_quarter_owns_its_results():
    got = _claims("Vardhaman Infotech Q3 results: Net profit rose 8.6% to ₹1,842 crore, while revenue came in at "
                  "₹11,230 crore.\nThe company announced an interim dividend of ₹12 per share.\n"
                  "Shares of the company closed 1.8% higher at ₹1,964.35 on the BSE.", "2025-01-10")
    assert {got[k]["subject"] for k in ("₹1,842 crore", "₹11,230 crore", "₹12")} == {"Vardhaman Infotech"}
    assert "BSE" not in {c["subject"] for c in got.values()}


def test_the_rupee_of_the_country_the_lead_names():
    text = ("Nepal's trade deficit stood at Rs 713.7 billion in the first half of the fiscal year, customs data show. "
            "The country imported goods worth Rs 824.3 billion, while exports amounted to Rs 128.6 billion.\n"
            "India remained the largest trading partner, accounting for imports worth Rs 541.6 billion. Traders "
            "said the re-export business depends on duty-free access to the Indian market.")
    got = _claims(text, "2025-01-17")
    assert got["Rs 713.7 billion"]["quantity"]["unit"] == "NPR"
    assert got["Rs 713.7 billion"]["period"]["start"] == "2024-07-16"


def test_a_country_that_contributed_the_money_is_the_partner_and_no_carried_owner():
    got = _claims("KARACHI, March 13: Home remittances during 8MFY26 reached $24.37bn, the State Bank reported.\n"
                  "Inflows from the UAE stood at $642m in February, while the United States contributed $371 million.\n"
                  "February's inflow of $3.12bn compared with $2.86bn in February 2025.", "2026-03-13")
    assert (got["$371 million"]["subject"], got["$371 million"]["counterparty"]) == ("Pakistan", "United States")
    assert got["$3.12bn"]["subject"] == "Pakistan"


def test_a_brokerage_quoted_on_the_figures_is_not_whose_figures_they_are():
    got = _claims("KARACHI, March 13: Home remittances during 8MFY26 reached $24.37bn, the State Bank reported.\n"
                  "Brokerage house Crescent Capital estimated full-year remittances at $39.5bn.\n"
                  "\"Inflows in March should be strong,\" said Crescent Capital analyst Sana Qureshi.", "2026-03-13")
    assert got["$24.37bn"]["subject"] == "Pakistan"


def test_a_brokerage_reporting_its_own_results_is_whose_figures_they_are():
    got = _claims("Crescent Capital posted a net profit of Rs 2.1 billion in FY26, up 12 percent.\n"
                  "Crescent Capital shares rose 3 percent on the exchange.\n"
                  "\"Growth was broad-based,\" said Crescent Capital analyst Sana Qureshi.", "2026-08-13")
    assert got["Rs 2.1 billion"]["subject"] == "Crescent Capital"


def test_people_named_by_a_plural_demonym_name_the_articles_country():
    got = _claims("Remittances sent home by Pakistanis working abroad climbed to $24.4 billion during July-February "
                  "of fiscal year 2025-26.\nWorkers in Gulf countries, led by those in Saudi Arabia, accounted for "
                  "54 per cent of the total.\nThe surplus stood at $1.21 billion in the first seven months of the "
                  "fiscal year.", "2026-03-12")
    assert got["$24.4 billion"]["subject"] == got["$1.21 billion"]["subject"] == "Pakistan"
    assert got["$1.21 billion"]["period"]["start"] == "2025-07-01"


def test_a_competitor_country_is_no_cue_of_the_articles_country():
    got = _claims("Exports topped $1 billion in April for the first time this year, EDB data showed.\n"
                  "For the first four months of the year, total exports stood at $3.9 billion.\n"
                  "Competitor Bangladesh shipped garments worth $2.62 billion in April.", "2021-05-19")
    assert got["$1 billion"]["subject"] != "Bangladesh"
    assert got["$2.62 billion"]["subject"] == "Bangladesh"


def test_every_place_of_a_list_of_partners_is_a_partner():
    got = _claims("North-based cement mills despatched 3.40 million tonnes in October 2023, APCMA data showed.\n"
                  "Total despatches during the month stood at 4,213,560 tonnes.\n"
                  "Exports rose to 2.48 million tonnes, as mills in the south found buyers in Africa and Sri Lanka.",
                  "2023-11-01")
    assert got["4,213,560"]["subject"] != "Sri Lanka"


def test_a_development_programme_is_a_measure_not_an_owner():
    got = _claims("ISLAMABAD: Pakistan's finance adviser presented the budget for FY20.\n"
                  "The federal Public Sector Development Programme (PSDP) has been set at Rs701bn.\n"
                  "The defence budget was raised to Rs1,310bn.", "2019-06-12")
    assert got["Rs1,310bn"]["subject"] == "Pakistan"


def test_a_sentence_listing_places_figures_leaves_the_passages_owner():
    got = _claims("Consumer prices in the euro area rose 2.4% year on year in November, down from 2.7%.\n"
                  "German inflation was 2.2% and French inflation 1.9%.\n"
                  "Core inflation eased to 2.9%, Eurostat said.", "2030-12-03")
    assert (got["2.2%"]["subject"], got["1.9%"]["subject"]) == ("Germany", "France")
    assert got["2.9%"]["subject"] == got["2.4%"]["subject"]


def test_the_central_bank_named_bare_is_the_countrys_and_its_target_owns_nothing_after():
    got = _claims("Colombo consumer price inflation fell to 4.8 percent year-on-year in June, staying below the "
                  "Central Bank's target of 5 percent for a third month. Core inflation measured 4.1 percent.",
                  "2031-07-02")
    assert got["5 percent"]["subject"] == "Central Bank of Sri Lanka"
    assert got["4.1 percent"]["subject"] == "Sri Lanka"


def test_a_lender_named_on_its_deal_owns_no_figure_after_it():
    got = _claims("ISLAMABAD: Pakistan's government unveiled a 7.36 trillion rupee budget for the 2019/20 fiscal "
                  "year, in line with a $6.2 billion IMF bailout deal.\nThe revenue target of 5.82 trillion rupees "
                  "would require a jump of more than 40% in tax collection.\nDefence spending was kept at 1.31 "
                  "trillion rupees.", "2019-06-11")
    assert {got[k]["subject"] for k in ("5.82 trillion rupees", "1.31 trillion rupees")} == {"Pakistan"}
    # a company's own deals are no lender's
    got = _claims("Vardhan Infotech's net profit rose to Rs 1,482 crore in the quarter.\nDeal wins of $1.86 bn were "
                  "the highest in six quarters.\nEBIT margin stood at 19.4%.", "2026-10-16")
    assert got["19.4%"]["subject"] == "Vardhan Infotech"
