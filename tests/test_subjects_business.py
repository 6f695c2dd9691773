"""Whose figure on business news (claims.md "Whose figure"; issue 12, branch subj5, developed on
bbc-dev2): every sentence here is invented."""
import pytest


def _by_surface(claims_of, text, published="2023-08-15"):
    return {c["quantity"]["text"]: c for c in claims_of(text, published)}


@pytest.mark.issue(12)
def test_subjects_a_company_named_once_in_apposition_to_its_description_is_the_main_actor(claims_of):
    # the lead describes the firm, one sentence names it ("The firm, Zorbex, said"), the rest call it
    # "the company": its figures are the firm's, not its country's
    claims = _by_surface(claims_of, (
        "A Ruritanian firm that makes paint from seaweed plans to raise 40m euros from investors.\n\n"
        "The firm, Zorbex, said it hoped to sell 2 million shares. The company employs "
        "300 people, and the company could be valued at 90m euros."), published=None)
    assert {c["subject"] for c in claims.values()} == {"Zorbex"}


def test_subjects_described_names_counts_the_description():
    from extractor.article_actors import described_names

    text = ("A Ruritanian firm plans a listing. The firm, Zorbex, said so. The company's shares rise. "
            "The group, Germany, said nothing.")
    assert described_names(text) == {"Zorbex": 2}  # a place in apposition is no company


@pytest.mark.issue(12)
def test_subjects_a_one_word_company_takes_its_full_name_with_a_company_word(claims_of):
    claims = _by_surface(claims_of, (
        "Shares in Ruritanian mining group Zelnor Resources fell 20% after a survey of its mine.\n\n"
        "By midday, Zelnor's shares were down to 35p. Zelnor Valley residents were not surprised."),
        published=None)
    assert claims["35p"]["subject"] == "Zelnor Resources"


def test_subjects_fullest_name_to_the_right_needs_a_company_word():
    from extractor.actors import fullest_name

    assert fullest_name("Zelnor", "Zelnor Holdings said. Zelnor rose.") == "Zelnor Holdings"
    assert fullest_name("Zelnor", "the new Zelnor Convertible costs more. Zelnor rose.") == "Zelnor"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, surface, subject", [
    # a sentence that opens with a country or region is about it, over "the country" of the article
    ("Ruritania's hotels were full in 2023. In Thailand, tourism accounts for 7% of the country's output.", "7%",
     "Thailand"),
    ("Ruritania's tourism grew 10% in 2023. In southern Asia that growth was 12%.", "12%", "southern Asia"),
    ("Ruritania's tourism grew 10% in 2023. In the Maldives islands, half of all jobs depend on tourism.", "half",
     "Maldives"),
])
def test_subjects_a_place_the_sentence_opens_with_is_whose_figure(claims_of, text, surface, subject):
    assert _by_surface(claims_of, text)[surface]["subject"] == subject


def test_subjects_place_topic_is_a_country_or_region_not_a_city_or_time():
    from extractor.actors import place_topic

    assert place_topic("In Singapore the figure is close to 5%.") == "Singapore"
    assert place_topic("In London, shares in Zentex rose 3%.") is None
    assert place_topic("In January, exports rose 3%.") is None
    assert place_topic("In a statement, the firm said sales rose 3%.") is None


@pytest.mark.issue(12)
def test_subjects_a_union_or_country_that_says_it_will_pay_owns_the_amount(claims_of):
    claims = _by_surface(claims_of, "Zentex sold 20 trucks. The European Union has said it will give 4m euros "
                                    "of aid to the region, according to a newspaper.")
    assert claims["4m euros"]["subject"] == "European Union"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, surface", [
    ("The contractor pulled out of Ruritania. Of the $9.2bn in reconstruction funds approved by Congress, less than "
     "$1bn has been spent.", "$9.2bn"),
    ("Zentex makes bridges in Ruritania. Congress has authorised a $300bn rise in what the US government can "
     "borrow.", "$300bn"),
])
def test_subjects_a_legislatures_approval_is_its_countrys_figure(claims_of, text, surface):
    assert _by_surface(claims_of, text)[surface]["subject"] == "United States"


def test_subjects_legislature_country():
    from extractor.actors import legislature_country

    assert legislature_country("Congress", "Ruritania") == "United States"
    assert legislature_country("Parliament", "Ruritania") == "Ruritania"
    assert legislature_country("Zentex", "Ruritania") is None


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, surface, subject", [
    ("Zentex shares rose in Tokyo. The euro was close to a record high against the dollar at above $1.40.", "$1.40",
     "eurozone"),
    ("Zentex shares rose in Frankfurt. The dollar slipped to 98 yen on Tuesday.", "98 yen", "United States"),
])
def test_subjects_a_currency_priced_in_another_is_its_areas_rate(claims_of, text, surface, subject):
    assert _by_surface(claims_of, text)[surface]["subject"] == subject


@pytest.mark.issue(12)
def test_subjects_a_currency_acting_on_an_amount_prices_nothing(claims_of):
    claims = _by_surface(claims_of, "Zentex said the weaker US dollar would knock 90m euros off its profits. "
                                    "Zentex's sales rose to 2bn euros.")
    assert claims["90m euros"]["subject"] == "Zentex"
    assert claims["2bn euros"]["subject"] == "Zentex"


@pytest.mark.issue(12)
def test_subjects_a_company_the_ner_misses_and_one_right_before_a_figure(claims_of):
    # "Quorvane" is a name the article never writes in lower case; "QG" is spelled out as a company
    # ("Quillgate Games (QG)"), not a term like "Goods and Services Tax (GST)"
    claims = _by_surface(claims_of, (
        "Zentex Media wants to buy a rival. Zentex Media said the gap with firms like Quillgate Games (QG) "
        "was large. Quorvane has a stock market value of about $1.2bn, compared to QG's $9.5bn. Zentex Media "
        "said Quillgate Games announced plans to buy 15% of the firm."), published=None)
    assert claims["$1.2bn"]["subject"] == "Quorvane"
    assert claims["$9.5bn"]["subject"] == "Quillgate Games"
    assert claims["15%"]["subject"] == "Quillgate Games"


@pytest.mark.issue(12)
def test_subjects_a_spelled_out_tax_stays_a_term_and_sentence_start_nouns_are_no_names(claims_of):
    claims = _by_surface(claims_of, (
        "Pakistan's revenue from the Goods and Services Tax (GST) rose 8% in 2023. The GST brought in "
        "$2bn of revenue. Turnover rose 4% in 2023."), published=None)
    assert claims["8%"]["subject"] == "Pakistan"
    assert claims["$2bn"]["subject"] == "Pakistan"
    assert claims["4%"]["subject"] != "Turnover"


def test_subjects_owner_right_before():
    from extractor.actors import owner_right_before

    assert owner_right_before("compared to Zentex's $") == "Zentex"
    assert owner_right_before("compared to Zentex's total of ") is None  # the parse names the measure
    assert owner_right_before("up from ") is None


@pytest.mark.issue(12)
def test_subjects_its_after_a_sentence_that_opens_with_a_company_in_a_country_story(claims_of):
    claims = _by_surface(claims_of, (
        "A foreign builder has left a project to rebuild Ruritania's roads, officials in Ruritania said.\n\n"
        "Zorbex International, of Leeds, leads a group of builders in Ruritania. Its exit from the $90m (£60m) "
        "deal in May is the largest so far. Ruritania still needs builders."), published=None)
    assert claims["$90m"]["subject"] == "Zorbex International"
    assert claims["£60m"]["subject"] == "Zorbex International"


def test_subjects_company_before_needs_a_company_word():
    from extractor.actors import company_before

    text = "Zorbex Holdings leads the group. Its share fell. Ruritania Valley is dry. Its rivers ran low."
    assert company_before(text, text.find("Its share")) == "Zorbex Holdings"
    assert company_before(text, text.find("Its rivers")) is None


@pytest.mark.issue(12)
def test_subjects_a_nationality_qualifying_the_clause_subject_is_whose_figure(claims_of):
    claims = _by_surface(claims_of, "Zentex Bank expects the German deficit to fall to 2.9% of GDP next year.")
    assert claims["2.9%"]["subject"] == "Germany"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, surface, subject", [
    # joint holders named before "who own" are the subject together, as written
    ("Zentex Media wants the club. It needs the backing of investors Anna Perera and Tomas Hale, who own 21.4% "
     "of the club.", "21.4%", "Anna Perera and Tomas Hale"),
    # the owned company, not the owners' nationality; a holder named before its bracketed share
    ("Zorbex Bank is 100% Ruritanian-owned, but Quell Bank has foreign investors, including Boston-based "
     "Harlow Capital (31.5%).", "100%", "Zorbex Bank"),
    ("Zorbex Bank is 100% Ruritanian-owned, but Quell Bank has foreign investors, including Boston-based "
     "Harlow Capital (31.5%).", "31.5%", "Harlow Capital"),
])
def test_subjects_holders_of_shares(claims_of, text, surface, subject):
    assert _by_surface(claims_of, text, published=None)[surface]["subject"] == subject


@pytest.mark.issue(12)
def test_subjects_a_bracketed_share_outside_ownership_is_not_a_holding(claims_of):
    claims = _by_surface(claims_of, "Pakistan's exports went mostly to China (25%) in 2023.")
    assert claims["25%"]["subject"] == "Pakistan"


def test_subjects_fullest_name_extends_a_two_word_name_with_a_company_word():
    from extractor.actors import fullest_name

    assert fullest_name("Zorbex Trust", "Zorbex Trust Bank said. Zorbex Trust rose.") == "Zorbex Trust Bank"


@pytest.mark.issue(12)
def test_subjects_an_events_audience_is_nobodys_and_abstract_nouns_are_no_names(claims_of):
    claims = _by_surface(claims_of, "Zentex Bank held a dinner in Leeds. Ms Perera welcomed the 250 invited guests "
                                    "to the hall. Demand has a share of 40% in the index.", published=None)
    assert claims["250"]["subject"] is None
    assert claims["40%"]["subject"] != "Demand"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, surface, subject", [
    # a nationality on a company noun or a name is the company's description, not whose figure it is
    ("Swiss cement firm Holtex has bid $700m for two rivals.", "$700m", "Holtex"),
    # a country that is also the first word of a company's name stays the country
    ("Zentex sold 20 planes. Singapore Airlines flies to Leeds. About 4% of Singapore's annual output comes from "
     "tourism.", "4%", "Singapore"),
])
def test_subjects_descriptions_and_names_that_start_with_a_place(claims_of, text, surface, subject):
    assert _by_surface(claims_of, text, published=None)[surface]["subject"] == subject


@pytest.mark.issue(12)
def test_subjects_a_head_of_states_budget_is_the_countrys(claims_of):
    claims = _by_surface(claims_of, (
        "Ruritanian President Tomas Hale has presented his budget for 2026.\n\nMr Hale's plan cuts spending by 4% "
        "and puts the deficit at $30bn."), published=None)
    assert claims["4%"]["subject"] != "Tomas Hale"


def test_subjects_state_of_leader():
    from extractor.actors import state_of_leader

    text = "US President Hale spoke. Zentex President Jo Park said. The Prime Minister, Anna Perera, agreed."
    assert state_of_leader("Hale", text, "Ruritania") == "United States"
    assert state_of_leader("Jo Park", text, "Ruritania") is None  # a company's president
    assert state_of_leader("Anna Perera", "Prime Minister Anna Perera said.", "Ruritania") == "Ruritania"
    assert state_of_leader("Zentex", text, "Ruritania") is None


def test_subjects_headline_words_need_a_capital_inside_a_sentence():
    from extractor.article_actors import NameCounter, headline_names

    text = "House prices fell 2% in May. Zorbex Power said its Zorbex plant ran. Prices rose."
    assert headline_names(text, "House prices drop as Zorbex Power sales slow", NameCounter(text)) == \
        {"Zorbex Power"}
    text = "Profits at Yarrow Electric Power doubled. Yarrow Electric said sales rose. Yarrow Electric hired."
    names = headline_names(text, "Yarrow Electric's profits double", NameCounter(text))
    assert {"Yarrow Electric Power", "Yarrow Electric"} <= names


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, surface, subject", [
    # a company's accounts in a market or region are the company's
    ("Zentex Motors expects its sales in India to grow 12% in 2026.", "12%", "Zentex Motors"),
    ("Zentex Foods said European sales fell 3.1% last year.", "3.1%", "Zentex Foods"),
    # the target of a purchase is not whose money it is; where a company is based is not either
    ("Zentex Steel sold 9 plants. The Netherlands-based company will complete its $2.5bn acquisition of US firm "
     "Kelby next month.", "$2.5bn", "Zentex Steel"),
])
def test_subjects_a_companys_accounts_and_purchases_are_its_own(claims_of, text, surface, subject):
    assert _by_surface(claims_of, text, published=None)[surface]["subject"] == subject


@pytest.mark.issue(12)
def test_subjects_a_countrys_own_measures_stay_the_countrys(claims_of):
    claims = _by_surface(claims_of, "Pakistan said its exports to China rose 5% in 2023. India's sales of cars rose 7%.")
    assert claims["5%"]["subject"] == "Pakistan" and claims["5%"]["counterparty"] == "China"
    assert claims["7%"]["subject"] == "India"


def test_subjects_a_topic_whose_name_starts_like_a_month_is_a_party():
    # "Mar…", "Nov…", "Jun…" open company names as often as months: only whole month words are times
    from extractor.actors import topic_of

    assert topic_of("For Novatek Foods, sales rose 5% in 2031.") == "Novatek Foods"
    assert topic_of("At Marlow Brewing, profits doubled.") == "Marlow Brewing"
    assert topic_of("For March, sales rose 5%.") is None
    assert topic_of("For Sept. 2031, sales rose 5%.") is None


def test_subjects_a_central_bank_named_often_is_not_whose_figures_the_article_gives(claims_of):
    # the central bank is named three times (its governor, its rate view), the country once: the
    # release's figures are the country's; the bank owns only its own rate (gold/README.md)
    claims = _by_surface(claims_of, (
        "UK factory output fell in March, the statistics office said.\n\n"
        "Output dropped by 2% on the month, after a 0.4% rise in February, the office said. The office "
        "echoed a warning from Bank of England governor Ada Lune. \"As Bank of England governor Ada Lune "
        "said, one month is noise,\" said one economist. The Bank of England is expected to hold its policy rate at 4.5%."))
    assert claims["2%"]["subject"] == claims["0.4%"]["subject"] == "UK"
    assert claims["4.5%"]["subject"] == "Bank of England"


def test_subjects_is_central_bank():
    from extractor.central_banks import is_central_bank

    assert is_central_bank("Bank of England") and is_central_bank("Central Bank of Zembla")
    assert is_central_bank("Reserve Bank of Ruritania") and is_central_bank("Federal Reserve")
    assert not is_central_bank("Bank of America") and not is_central_bank("Zembla Commercial Bank")


def test_subjects_a_body_that_publishes_the_figures_is_not_whose_they_are(claims_of):
    # the authority is named three times: arrivals and earnings are still the country's,
    # the authority is the source
    claims = _by_surface(claims_of, (
        "COLOMBO: Tourist arrivals reached 150,000 in May, the Sri Lanka Tourism Development Authority (SLTDA) "
        "said. SLTDA data showed earnings of $180 million in May. The SLTDA welcomed the numbers."))
    assert claims["150,000"]["subject"] == claims["$180 million"]["subject"] == "Sri Lanka"
    assert claims["150,000"]["source"] == "Sri Lanka Tourism Development Authority"
