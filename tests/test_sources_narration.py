"""Who said it where the narration changes (claims.md "Who said it", GUIDELINES §8 "Never", gold/README.md
bbc-dev4 annotator L; branch src12, error shapes read on bbc-dev4b and the dev sets): every sentence here
is invented."""
import pytest


def _by_surface(claims_of, text, published="2023-08-15"):
    return {c["quantity"]["text"]: c for c in claims_of(text, published)}


@pytest.mark.parametrize("text, surface, group", [
    ("The Statistics Office said industrial output in Malawi dropped 0.4% in June, confounding economists' "
     "expectations of a 0.2% rise.", "0.2%", "economists"),
    ("Factory orders rose 1.1% in May, the Commerce Department said, beating the 0.5% gain economists had "
     "forecast.", "0.5%", "economists"),
    ("Retail sales fell 0.3%, the Statistics Office said, against forecasts by analysts of a 0.1% increase.",
     "0.1%", "analysts"),
    ("Retail sales fell 0.3%, the Statistics Office said, more than the 0.1% fall expected by analysts.",
     "0.1%", "analysts"),
])
def test_narration_a_group_s_expectation_inside_a_statement_is_the_group_s(claims_of, text, surface, group):
    # the statement's body reports its own figure; the expectation it beats is the group's
    claims = _by_surface(claims_of, text)
    assert claims[surface]["source"] == group
    others = [c for s, c in claims.items() if s != surface]
    assert others and all(c["source"] not in (None, group) for c in others)


def test_narration_an_expectation_of_nobody_named_stays_null(claims_of):
    claims = _by_surface(claims_of, "Retail sales fell 0.3%, the Statistics Office said, more than the 0.1% "
                                    "expected.")
    assert claims["0.1%"]["source"] is None


def test_narration_a_group_s_expectation_does_not_carry(claims_of):
    claims = _by_surface(claims_of, "The Statistics Office said output dropped 0.4% in June, confounding "
                                    "economists' expectations of a 0.2% rise. Output in May rose 0.3%.")
    assert claims["0.3%"]["source"] == "Statistics Office"


@pytest.mark.parametrize("text, surface", [
    ("Governor Jo Kwame said the bank had $50m set aside for loans to farmers. Some 20,000 people across the "
     "region are feared to have lost their homes.", "20,000"),
    ("Jo Bloggs said the plan would cut the deficit by $20bn. Together with a $300bn trade gap, the deficit is "
     "widely seen as a drag on the currency.", "$300bn"),
])
def test_narration_what_unnamed_people_fear_or_see_is_nobody_s(claims_of, text, surface):
    # "are feared to", "is widely seen as": nobody named holds the view, so the speaker before does not
    claims = _by_surface(claims_of, text)
    assert claims[surface]["source"] is None
    assert [c["source"] for s, c in claims.items() if s != surface][0] is not None


def test_narration_a_currency_s_move_or_rate_is_market_data(claims_of):
    # a speaker's talk does not cover the reporter's market report on the currency that follows it
    claims = _by_surface(claims_of, "Governor Jo Kwame said the bank had $50m set aside for loans to farmers. "
                                    "Growth will slow, Mr Kwame said. The rupee has strengthened 3% since "
                                    "January, nearing 95 rupees to the US dollar.")
    assert claims["$50m"]["source"] == "Jo Kwame"
    assert claims["3%"]["source"] is None
    assert claims["95 rupees"]["source"] is None
    # a currency's move the bank states in its own sentence stays the bank's
    claims = _by_surface(claims_of, "The State Bank of Ruritania said reserves rose to $3bn in May. The rupee "
                                    "gained 2% against the dollar in May, the State Bank of Ruritania said.")
    assert claims["2%"]["source"] == "State Bank of Ruritania"


@pytest.mark.parametrize("text, surface", [
    # a statistics body's release no longer covers every figure after someone else has spoken ...
    ("The Statistics Office said factory output rose 2% in May. The Chamber of Trade said it expected interest "
     "rates to stay on hold. Household debt is growing at 12% a year.", "12%"),
    # ... nor a person's talk, after another person's quotation
    ('Finance minister Jo Kwame said the budget deficit would fall to $3bn next year. "We will hold rates," said '
     "central bank governor Ann Lee.\n\nThe national debt rose to $40bn in March.", "$40bn"),
])
def test_narration_someone_else_s_quotation_ends_the_carry(claims_of, text, surface):
    claims = _by_surface(claims_of, text)
    assert claims[surface]["source"] is None
    assert [c for s, c in claims.items() if s != surface][0]["source"] is not None


def test_narration_the_source_resumes_for_its_own_series_after_an_aside(claims_of):
    claims = _by_surface(claims_of, "The Statistics Office said factory output rose 2% in May. The Chamber of "
                                    "Trade said it expected interest rates to stay on hold. Factory output in April "
                                    "had risen 1.5%.")
    assert claims["1.5%"]["source"] == "Statistics Office"
    # the company's own boss speaking is no aside: the company's figures carry on
    claims = _by_surface(claims_of, "Zentex Airways said its net profit rose 20% to $300m. Zentex boss Mr Bloggs "
                                    "also said he would review costs. The airline made savings of $45m in the half.")
    assert claims["$45m"]["source"] == "Zentex Airways"


def test_narration_the_lead_s_news_reported_by_a_paper_in_the_next_sentence_is_the_paper_s(claims_of):
    claims = _by_surface(claims_of, "Two managers at a large Ruritanian bank have reportedly fled after $40m went "
                                    "missing.\n\nThe men both worked at Boldbank in the port city of Zenda, the Daily "
                                    "Courier reported. The bank declined to comment.")
    assert claims["Two"]["source"] == claims["$40m"]["source"] == "Daily Courier"


def test_narration_the_lead_s_news_confirmed_in_the_next_sentence_is_the_confirming_party_s(claims_of):
    claims = _by_surface(claims_of, "Police have arrested four senior managers at dairy group Zentex.\n\nZentex - "
                                    "the country's biggest milk producer - confirmed its chief executive and finance "
                                    "director were being questioned.")
    assert claims["four"]["source"] == "Zentex"
    # a next sentence that confirms nothing leaves the lead alone, and share moves stay the reporter's
    claims = _by_surface(claims_of, "Police have arrested four senior managers at dairy group Zentex.\n\nIts shares "
                                    "fell 5% on Monday.")
    assert claims["four"]["source"] is None
    claims = _by_surface(claims_of, "Zentex shares fell 5% on Monday.\n\nThe company confirmed its chief executive "
                                    "was being questioned.")
    assert claims["5%"]["source"] is None


@pytest.mark.parametrize("text, surface, other", [
    ("Zentex Insurance said the storm which killed more than 2,000 people also destroyed property worth $3bn.",
     "2,000", "$3bn"),
    ("Zentex Insurance said the storm, which destroyed 4,000 homes, would cost it $3bn.", "4,000", "$3bn"),
])
def test_narration_a_relative_clause_describing_an_event_inside_a_statement_is_background(
        claims_of, text, surface, other):
    # the storm's toll is the reporter's description, not what the insurer said; its own estimate is
    claims = _by_surface(claims_of, text)
    assert claims[surface]["source"] is None
    assert claims[other]["source"] == "Zentex Insurance"


def test_narration_a_relative_clause_stating_the_noun_s_own_change_is_the_statement_s(claims_of):
    claims = _by_surface(claims_of, "Zentex said profits, which rose 5% last year, would fall.")
    assert claims["5%"]["source"] == "Zentex"
    claims = _by_surface(claims_of, "Zentex Insurance said the storm which killed more than 2,000 people also "
                                    "destroyed property. Some 10% of its policies in the region will be cancelled.")
    assert claims["10%"]["source"] == "Zentex Insurance"  # the speaker still speaks on after the background


def test_narration_figures_showing_name_their_body_in_a_sentence_of_someone_else(claims_of):
    # "… point to Trade Ministry figures showing that …": the data's body, though the sentence is about
    # someone else, and after another speaker's quotation ended the carry of the body named before
    claims = _by_surface(claims_of, 'Zentex Bank said growth was 3%. "It was soft," said Jo Bloggs, an economist '
                                    "at Boldco. The minister is expected to point to Trade Ministry figures showing "
                                    "that exports grew at 4.6% in the third quarter.")
    assert claims["4.6%"]["source"] == "Ministry of Trade"
    # not for a figure outside the clause of the figures ("…, reflecting Zentex Registry figures confirming …")
    claims = _by_surface(claims_of, "The average house price fell from $80,100 in November to $78,900, reflecting "
                                    "recent Zentex Registry figures confirming a slowdown.")
    assert claims["$78,900"]["source"] != "Zentex Registry"


def test_narration_a_currency_as_the_clause_s_subject_is_market_data(claims_of):
    claims = _by_surface(claims_of, "The Commerce Department said the trade deficit hit $60bn in May. By 1600 GMT, "
                                    "the dollar was trading against the euro at $1.3120. Against the pound, the "
                                    "dollar was down about 0.6% at $1.8850.")
    assert claims["$60bn"]["source"] == "Commerce Department"
    assert claims["$1.3120"]["source"] is None and claims["0.6%"]["source"] is None
    # a measure that is no currency carries as before
    claims = _by_surface(claims_of, "The Commerce Department said exports rose 2% in May. Sales of cars rose 5%.")
    assert claims["5%"]["source"] == "Commerce Department"


def test_narration_a_widely_expected_figure_is_nobody_s(claims_of):
    claims = _by_surface(claims_of, "The Commerce Department said the trade deficit hit $60bn in May, far bigger "
                                    "than the $54bn widely expected.")
    assert claims["$60bn"]["source"] == "Commerce Department"
    assert claims["$54bn"]["source"] is None


def test_narration_a_central_bank_s_rate_decision_is_its_act_not_the_release_before(claims_of):
    claims = _by_surface(claims_of, "The Statistics Office said inflation rose to 3% in May. The central bank of "
                                    "Zenda has pushed through three rate rises since June, taking borrowing costs "
                                    "to 2.5%.")
    assert claims["3%"]["source"] == "Statistics Office"
    assert claims["2.5%"]["source"] is None and claims["three"]["source"] is None
    claims = _by_surface(claims_of, "The Statistics Office said inflation rose to 3% in May. The Zenda Reserve has "
                                    "left interest rates on hold at 4%.")
    assert claims["4%"]["source"] is None


def test_narration_another_company_s_deal_is_its_own_act(claims_of):
    # "Zentex Airlines said …" does not cover a rival's deals told after it
    claims = _by_surface(claims_of, "Zentex Airlines said it had ordered 20 jets from Boldcraft. Rival maker "
                                    "Kestrel Aviation has also recently signed deals with two Indian airlines.")
    assert claims["20"]["source"] == "Zentex Airlines"
    assert claims["two"]["source"] is None


@pytest.mark.parametrize("text, surface", [
    ("House prices in Ruritania rose 0.6% in February, says the Homeowners Building Society.\n\nIn December, "
     "Zelnor Bank forecast a 5% fall in house prices in 2024. And last spring, economists at Brackley Partners "
     "warned that prices could fall by between 8% and 12% by 2026.\n\nThe price of an average home now stands at "
     "£210,500, the highest on record.", "£210,500"),
    ("Car sales in Ruritania rose 4% in May, the Motor Dealers Association said. Tarvo Bank has predicted that "
     "car sales will fall 2% next year. Sales of electric cars reached 12,000 in May.", "12,000"),
])
def test_narration_the_source_resumes_after_a_forecaster_s_aside(claims_of, text, surface):
    # a forecaster's forecast is an aside: the release named before resumes when the article comes back to it
    claims = _by_surface(claims_of, text, "2024-03-01")
    first = next(iter(claims.values()))["source"]
    assert first and claims[surface]["source"] == first
    assert all(c["source"] != first for s, c in claims.items() if c["metric"] and "(forecast)" in c["metric"])


def test_narration_after_a_forecaster_s_aside_another_series_stays_null(claims_of):
    claims = _by_surface(claims_of, "House prices in Ruritania rose 0.6% in February, says the Homeowners "
                                    "Building Society. In December, Zelnor Bank forecast a 5% fall in house "
                                    "prices in 2024. Unemployment in Ruritania is 4.5%.", "2024-03-01")
    assert claims["0.6%"]["source"] == "Homeowners Building Society"
    assert claims["4.5%"]["source"] is None


def test_narration_a_warning_of_what_may_come_is_a_forecast_that_does_not_carry(claims_of):
    claims = _by_surface(claims_of, "Economists at Brackley Partners warned that house prices could fall 10% by "
                                    "2026. Unemployment in Ruritania is 4.5%.", "2024-03-01")
    assert claims["10%"]["source"] == "Brackley Partners"
    assert claims["4.5%"]["source"] is None


@pytest.mark.parametrize("text, surface, source", [
    ("The IMF expects Ruritania's budget deficit to fall to 2.9% of GDP next year from an expected 3.7% this "
     "year.", "3.7%", "International Monetary Fund"),
    ("The Bank of Ruritania forecasts inflation of 4% next year, down from an expected 6% this year.", "6%",
     "Bank of Ruritania"),
    ("The EU expects the Ruritanian deficit to fall to 2.9% of GDP next year, while Boldavia's is forecast to "
     "drop to 3% from an expected 3.7% this year.", "3.7%", "European Union"),
])
def test_narration_an_expected_figure_in_a_forecaster_s_own_forecast_is_the_forecaster_s(claims_of, text, surface,
                                                                                        source):
    # "X expects … from an expected 3.7%": the forecaster's expectation, not one of nobody named
    assert _by_surface(claims_of, text, "2024-03-01")[surface]["source"] == source


@pytest.mark.parametrize("text, surface", [
    ("Ruritania produced 14 million tonnes of crops in 2023, a report from the Food and Farming Agency said. "
     "Farming is the main economic activity in Ruritania, representing 40% of GDP.", "40%"),
    ("Car sales fell 4% in May, the Motor Dealers Association said. The car industry accounts for about 9% of "
     "Ruritania's economy.", "9%"),
    ("Inflation rose to 3.1% in May, the Statistics Office said. Food makes up nearly half of the price index.",
     "half"),
])
def test_narration_a_standing_share_told_in_the_present_is_background(claims_of, text, surface):
    # how an economy or an index is made up is the reporter's description, not the release named before
    claims = _by_surface(claims_of, text, "2024-06-15")
    assert claims[surface]["source"] is None
    assert all(c["source"] for s, c in claims.items() if s != surface)


@pytest.mark.parametrize("text, surface, source", [
    ("Exports rose 5% in May, the Trade Ministry said. Textiles accounted for 60% of the total in May.", "60%",
     "Ministry of Trade"),
    ("Ruritania's tourism earnings rose 8% in 2023, the Tourism Board said. Tourism accounts for 6% of "
     "Ruritania's GDP, according to the Tourism Board.", "6%", "Tourism Board"),
])
def test_narration_a_past_share_continues_the_release_and_an_attributed_share_keeps_its_source(
        claims_of, text, surface, source):
    assert _by_surface(claims_of, text, "2024-06-15")[surface]["source"] == source


@pytest.mark.parametrize("text", [
    "Half of the money set aside by the Ruritanian government to help the poor is going to people who do not "
    "need it, a study has found.\n\nA total of 24 trillion crowns is earmarked for subsidies for the poor, the "
    "planning ministry said.",
    "A third of the cash promised to Ruritanian farmers after the floods has yet to arrive.\n\nSome $40m in flood "
    "cash for farmers was pledged in March, the Ruritanian Farmers Union said.",
])
def test_narration_a_lead_is_reached_by_the_next_sentence_that_continues_its_own_words(claims_of, text):
    # the lead's figure has a short metric ("money", "cash"); the next sentence continues what the lead tells
    claims = claims_of(text, "2024-06-15")
    assert claims[0]["source"] is not None and claims[0]["source"] == claims[1]["source"]


def test_narration_a_lead_is_not_reached_by_an_unrelated_attribution(claims_of):
    claims = _by_surface(claims_of, "Ruritania's jobless rate rose to 6% in May.\n\nSome 2 million tourists "
                                    "visited the country in May, the Tourism Board said.", "2024-06-15")
    assert claims["6%"]["source"] is None


@pytest.mark.parametrize("text, surface, source", [
    ("Growth of 7.8% was below the IMF's projection of 8%, said Ruritania Ratings chief economist Jo Bloggs.",
     "8%", "International Monetary Fund"),
    ("Growth of 7.8% was below the projection of 8% by the IMF, Jo Bloggs said.", "8%",
     "International Monetary Fund"),
    ("Ruritania's economy grew 7.8% in the first quarter, beating the central bank's forecast of 7%, the "
     "statistics office said.", "7%", "Central Bank of Ruritania"),
])
def test_narration_a_forecast_named_by_its_owner_inside_a_statement_is_the_owner_s(claims_of, text, surface, source):
    # "the IMF's projection of 8%" quoted by someone else: the forecast's owner is its source
    claims = _by_surface(claims_of, text, "2024-06-15")
    assert claims[surface]["source"] == source
    assert claims["7.8%"]["source"] not in (None, source)
