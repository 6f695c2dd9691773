"""Who said it and whose figure, for shapes frequent in news generally (branch subj16): public bodies
written in lower case ("the finance ministry said"), in several phrasings. Every sentence is invented."""
import pytest


def _by_surface(claims_of, text, published="2024-05-01"):
    return {c["quantity"]["text"]: c for c in claims_of(text, published)}


@pytest.mark.parametrize("text, surface, source", [
    ("Ruritania's sales tax take rose 12% to Rs 1.9 lakh crore in April, the finance ministry said.", "12%",
     "Ministry of Finance"),
    ("The finance ministry said the sales tax take rose 12% in April.", "12%", "Ministry of Finance"),
    ("Exports rose 5% to $3bn in March, according to the trade ministry.", "5%", "Ministry of Trade"),
    ("Inflation rose to 3.2% in May, the statistics office said.", "3.2%", "statistics office"),
    ("Unemployment fell to 4.1% in June, the labour department said.", "4.1%", "labour department"),
    ("Output grew 2% in the quarter, the national statistics agency said.", "2%", "national statistics agency"),
    ("Tax receipts rose 8% to £50bn, the tax authority said.", "8%", "tax authority"),
    ("Ruritania's statistics office said exports fell 2.1% in March.", "2.1%", "statistics office"),
    # cited: "statistics" here names the office's field, not the data it gives
    ("According to the statistics office, exports were $2.1bn in May.", "$2.1bn", "statistics office"),
    ("Exports were $2.1bn in May, according to the statistics office.", "$2.1bn", "statistics office"),
])
def test_a_lower_case_public_body_is_the_source(claims_of, text, surface, source):
    assert _by_surface(claims_of, text)[surface]["source"] == source


def test_a_lower_case_body_is_the_one_the_article_named_in_full(claims_of):
    claims = _by_surface(claims_of, "The Ruritania Office for National Statistics published its survey on "
                                    "Monday. Inflation rose to 3.2% in May, the statistics office said.")
    assert claims["3.2%"]["source"] == "Ruritania Office for National Statistics"


def test_a_lower_case_office_of_no_public_field_is_nobody(claims_of):
    assert _by_surface(claims_of, "Sales rose 3% to £2m, the sales office said.")["3%"]["source"] is None


@pytest.mark.parametrize("text, surface, source", [
    ("A total of 2.4 trillion pesos is earmarked for subsidies, the government department for planning said.",
     "2.4 trillion pesos", "planning department"),
    ("Rail fares will rise 3% in January, the department for transport said.", "3%", "transport department"),
    ("Revenue rose 9% to $4bn, according to the ministry of finance.", "9%", "Ministry of Finance"),
])
def test_a_lower_case_body_of_its_field_is_the_source(claims_of, text, surface, source):
    assert _by_surface(claims_of, text)[surface]["source"] == source


@pytest.mark.parametrize("text, surface", [
    ("Zentex agreed to buy Boldco in a deal valuing the firm at $3bn.", "$3bn"),
    ("Zentex made an offer for Boldco, valuing it at £800m.", "£800m"),
    ("Zentex has bought Boldco in a deal that values the company at £1.2bn.", "£1.2bn"),
    ("Zentex has made an approach for Boldco, which could lead to a bid valuing the club at £800m.", "£800m"),
])
def test_a_valuation_is_the_valued_company_s_and_the_buyer_is_the_other_side(claims_of, text, surface):
    claim = _by_surface(claims_of, text)[surface]
    assert (claim["subject"], claim["counterparty"]) == ("Boldco", "Zentex")


def test_a_valuation_of_a_named_unit_and_of_no_company(claims_of):
    assert _by_surface(claims_of, "Advisers are understood to have valued its Zelta Film unit at £300m.")[
        "£300m"]["subject"] == "Zelta Film"
    # told in passing, the valued company does not carry to the buyer's own figures after it
    claims = _by_surface(claims_of, "Zentex has made an approach for Boldco, which could lead to a bid valuing "
                                    "the club at £800m. Zentex used its 28.1% stake to vote off three directors.")
    assert claims["28.1%"]["subject"] == "Zentex"


def test_a_place_whose_figures_show_a_figure_is_its_owner(claims_of):
    assert _by_surface(claims_of, "Figures from Peru showed a 5% rise in exports.")["5%"]["subject"] == "Peru"


@pytest.mark.parametrize("text, source", [
    ("Peru's exports fell 2% in May, according to Peru's statistics agency.", "statistics agency"),
    ("Peru's exports fell 2% in May, according to the country's statistics agency.", "statistics agency"),
    ("Peru's exports fell 2% in May, according to Peru's central bank.", "Central Bank of Peru"),
    ("India's exports fell 2% in May, according to India's central bank.", "Reserve Bank of India"),
    ("Peru's exports fell 2% in May, according to Peru's National Statistics Institute.",
     "National Statistics Institute"),
])
def test_a_body_named_by_its_country_s_possessive_is_the_source_not_the_country(claims_of, text, source):
    assert _by_surface(claims_of, text)["2%"]["source"] == source


@pytest.mark.parametrize("text, surface", [
    ("Germany's economy is slowing. Germany's exports fell 2% in May and Germany's imports rose 1%. Sales at "
     "Zentex Group rose 4% last year, the company said.", "4%"),
    ("Germany's economy is slowing. Germany's exports fell 2% in May. Profits at Zentex Group fell 8% to €2bn, "
     "the firm said on Tuesday.", "8%"),
])
def test_the_company_said_is_the_one_company_of_its_sentence_in_a_story_about_none(claims_of, text, surface):
    assert _by_surface(claims_of, text)[surface]["source"] == "Zentex Group"


@pytest.mark.parametrize("text, surface, subject, source", [
    ("Peru's growth is slowing. The International Monetary Fund cut its forecast for Peru's growth to 2.1%.",
     "2.1%", "Peru", "International Monetary Fund"),
    ("The World Bank raised its growth forecast for India to 6.6% for this year.", "6.6%", "India", "World Bank"),
    ("The IMF has cut its 2024 growth forecast for Germany to 0.2%.", "0.2%", "Germany",
     "International Monetary Fund"),
    # a company's guidance stays its own
    ("Zentex Group cut its sales forecast for 2024 to $3bn.", "$3bn", "Zentex Group", "Zentex Group"),
])
def test_a_revised_forecast_is_whose_it_is_for_and_the_forecaster_s_word(claims_of, text, surface, subject, source):
    claim = _by_surface(claims_of, text)[surface]
    assert (claim["subject"], claim["source"]) == (subject, source)


@pytest.mark.parametrize("text, surface", [
    ("Zentex Group said on Monday that sales rose 5% in 2023.", "5%"),
    ("Sales rose 5% last year, Zentex Group said.", "5%"),
    ("Zentex Group said net profit rose 7% to $2bn.", "$2bn"),
])
def test_a_company_stating_bare_results_states_its_own(claims_of, text, surface):
    assert _by_surface(claims_of, text)[surface]["subject"] == "Zentex Group"


def test_a_company_s_bare_results_do_not_take_the_company_before(claims_of):
    claims = claims_of("Boldco Motors said its profits rose 5%. Zentex Group said on Monday that sales rose 4% "
                       "in 2023.", "2024-05-01")
    assert {c["quantity"]["text"]: c["subject"] for c in claims}["4%"] == "Zentex Group"


@pytest.mark.parametrize("text", [
    "The Ruritanian Retail Consortium said sales fell 2% in May.",  # its members' sales
    "Zentex Group said retail sales fell 2% in May.",  # a market's
])
def test_a_group_of_companies_or_a_market_s_sales_are_not_the_speaker_s(claims_of, text):
    subject = _by_surface(claims_of, text)["2%"]["subject"]
    assert subject is None or ("Consortium" not in subject and subject != "Zentex Group")


@pytest.mark.parametrize("text", [
    "\"We expect sales to grow 5% next year,\" said Anna Berg, chief executive of Zentex Group.",
    "Sales will grow 5% next year, Zentex Group chief executive Anna Berg told Reuters.",
    "Sales will grow 5% next year, said Anna Berg, Zentex Group's chief executive.",
])
def test_results_stated_by_a_company_s_executive_are_the_company_s(claims_of, text):
    claim = _by_surface(claims_of, text)["5%"]
    assert (claim["subject"], claim["source"]) == ("Zentex Group", "Anna Berg")


def test_results_stated_by_a_person_of_no_company_are_not_the_person_s(claims_of):
    assert _by_surface(claims_of, "Sales rose 5% last year, Anna Berg said.")["5%"]["subject"] != "Anna Berg"


@pytest.mark.parametrize("text, surface, subject, source", [
    ("The trade deficit widened to $2bn in May, the Peruvian central bank said.", "$2bn", "Peru",
     "Central Bank of Peru"),
    ("Kenyan exports rose 8% to $1bn in 2023.", "8%", "Kenya", None),
    ("The Thai government said growth slowed to 1.9%.", "1.9%", "Thailand", "Government of Thailand"),
])
def test_a_nationality_names_its_country(claims_of, text, surface, subject, source):
    claim = _by_surface(claims_of, text)[surface]
    assert (claim["subject"], claim["source"]) == (subject, source)


@pytest.mark.parametrize("text, surface, source", [
    ("President Anna Berg has pledged to halve the country's deficit in five years.", "halve", "Anna Berg"),
    ("Zentex Group has promised to create 2,000 jobs in Wales.", "2,000", "Zentex Group"),
    ("Ruritania vowed to spend $5m on new schools.", "$5m", "Ruritania"),
])
def test_a_promise_is_its_speaker_s(claims_of, text, surface, source):
    assert _by_surface(claims_of, text)[surface]["source"] == source


def test_a_promise_does_not_carry_to_the_figures_after_it(claims_of):
    claims = _by_surface(claims_of, "President Anna Berg has pledged to halve the country's deficit in five years. "
                                    "The deficit hit a record $412bn last year.")
    assert claims["halve"]["source"] == "Anna Berg"
    assert claims["$412bn"]["source"] is None


def test_a_place_that_shows_a_figure_is_not_its_source(claims_of):
    text = ("The average house price rose to £180,226 in November, the ODPM said. "
            "The North East showed the highest rate of inflation at 26.2%, followed by Yorkshire on 21.7%.")
    assert _by_surface(claims_of, text)["26.2%"]["source"] != "North East"
