"""Money and percent forms of the nq7 round (issue 15): currency names and scales before the number,
title-case and compound scales, compared bare percents, changes by a fraction (pattern stage, no spaCy)."""
import pytest

from extractor.quantities import find_pattern_quantities


@pytest.mark.parametrize("text, expected", [
    # the currency's name before the number (South Asian releases): money in that currency
    ("Workers' remittances rose to US dollars 610 million in May.", [(610e6, None, "USD")]),
    ("The loan of US dollars 1.75 billion was signed on Monday.", [(1.75e9, None, "USD")]),
    ("Reserves stood at US dollars 13,870 million at end-March.", [(13.87e9, None, "USD")]),
    ("The refinery earned Sri Lankan rupees 8.4 billion last year.", [(8.4e9, None, "LKR")]),
    ("The ministry approved a grant of Euro 35 million for the port.", [(35e6, None, "EUR")]),
    # a bare name before the number needs a figure that is no label; an adjective says whose
    ("The exporters sold dollars 2.5 billion to the banks.", [(2.5e9, None, "USD")]),
    ("Each ticket costs US dollars 45.", [(45, None, "USD")]),
])
def test_quantities_currency_name_before_the_number(text, expected):
    found = [f for f in find_pattern_quantities(text) if f.kind == "money"]
    assert [(f.value, f.value_max, f.unit) for f in found] == [
        (pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text", [
    "The party won 1.5 million votes in the region.",          # "won" is a verb here, not the currency
    "The club spent millions of dollars 2 years ago.",          # the name belongs to a vague amount
    "The dollar 110.5 yen level held through the week.",        # an exchange rate: the figure is yen
    "Investors lost dollars 5 at a time.",                      # a bare name with a label-like figure
    "Fans travelled to Lisbon for Euro 2028 last summer.",      # a tournament, not euros
])
def test_quantities_currency_name_before_the_number_only_as_money(text):
    found = [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind == "money"]
    assert all(u != "USD" and u != "KRW" for _, u in found), found


@pytest.mark.parametrize("text, expected", [
    # scale words in title case (South Asian releases); "Arab" stays a people
    ("The state collected Rs 12,500 Crores in stamp duty.", [(1.25e11, "PKR")]),
    ("The outlay is Rs. 2.4 Lakh Crore this year.", [(2.4e12, "PKR")]),
    ("The start-up raised $3 Million in seed funding.", [(3e6, "USD")]),
])
def test_quantities_title_case_scale_words(text, expected):
    assert [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind == "money"] == [
        (pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # the scale between the currency and the number: "Rs Mn 4,312" is 4,312 million rupees
    ("Net profit was Rs Mn 2,318 against Rs Mn 1,904 a year earlier.", [(2.318e9, "PKR"), (1.904e9, "PKR")]),
    ("Tea exports brought in US$ Mn 112.4 in March.", [(112.4e6, "USD")]),
    ("Total assets were LKR Bn 1,210.5 at year end.", [(1.2105e12, "LKR")]),
])
def test_quantities_scale_between_currency_and_number(text, expected):
    assert [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind == "money"] == [
        (pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a change by a fraction is a percent change
    ("Orders fell by a third in the spring.", [pytest.approx(100 / 3)]),
    ("The council cut the grant by half.", [50]),
    ("Prices rose by two-fifths over the decade.", [40]),
])
def test_quantities_change_by_a_fraction(text, expected):
    assert [f.value for f in find_pattern_quantities(text) if f.kind == "percent"] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare figure compared with a percent is a percent
    ("The levy is 12 percent, up from 9.", [12, 9]),
    ("Vacancy rates fell to 3.1%, from 3.6 a year earlier.", [3.1, 3.6]),
    # not when another figure stands between, nor before a noun of its own
    ("The index gained 1.1% to 7,210 from 7,131.", [1.1]),
    ("Sales rose 4% from 12 outlets.", [4]),
])
def test_quantities_bare_figure_compared_with_a_percent(text, expected):
    assert [f.value for f in find_pattern_quantities(text) if f.kind == "percent"] == [pytest.approx(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("The index fund now manages $1.4T.", [(1.4e12, "USD")]),   # "T" glued after a currency figure: trillion
])
def test_quantities_glued_t_is_trillion(text, expected):
    assert [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind == "money"] == [
        (pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # two scale words multiply ("label as written": a slip like "billion crore" keeps its value)
    ("The state spent Rs 40 thousand crore on canals.", [(4e11, "PKR")]),
    ("The payment of Rs 12 billion crore was recorded.", [(1.2e17, "PKR")]),
    ("Farmers got 3 thousand crore rupees in aid.", [(3e10, "PKR")]),
])
def test_quantities_two_scale_words_multiply(text, expected):
    assert [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind == "money"] == [
        (pytest.approx(v), u) for v, u in expected]


# Count precision round (branch nq8): currency words that are no money here.
@pytest.mark.parametrize("text", [
    "The sprinter won two gold medals and one silver in Athens.",   # metals CLDR lists as currencies
    "She took 400m silver at the games.",
    "The year 2019 won't be an easy one for the club.",              # "won't"
    "The film Apollo 13 won the audience prize.",                    # "won" a verb after a label
])
def test_quantities_metals_and_won_verbs_are_no_money(text):
    assert [f for f in find_pattern_quantities(text) if f.kind == "money"] == []


@pytest.mark.parametrize("text, expected", [
    ("Seoul will pay 5,000 won to each household.", [(5000, None, "KRW")]),      # a figure no label
    ("The fee is 800 won in South Korea.", [(800, None, "KRW")]),                # Korea named
    ("The treasury will spend by 2028 £40bn more on roads.", [(40e9, None, "GBP")]),  # the sign is the next figure's
])
def test_quantities_won_and_a_sign_before_the_next_figure(text, expected):
    found = [f for f in find_pattern_quantities(text) if f.kind == "money"]
    assert [(f.value, f.value_max, f.unit) for f in found] == [(pytest.approx(v), m, u) for v, m, u in expected]


def test_quantities_a_capital_x_after_a_name_is_a_model():
    assert [f for f in find_pattern_quantities("The Boeing 777X jets enter service soon.") if f.kind == "multiple"] == []
    assert [f.value for f in find_pattern_quantities("The shares trade at 5X earnings.") if f.kind == "multiple"] == [5]


@pytest.mark.parametrize("text, expected", [
    ("The booster's engines make 9 million pounds of thrust.", []),          # a force
    ("Customs seized 250 pounds of heroin at the port.", []),               # a mass
    ("The tyres are filled to 32 pounds per square inch.", []),             # a pressure
    ("The council will spend 8 million pounds of public money.", [(8e6, None, "GBP")]),  # money
])
def test_quantities_pounds_of_things_weighed_are_no_money(text, expected):
    found = [f for f in find_pattern_quantities(text) if f.kind == "money"]
    assert [(f.value, f.value_max, f.unit) for f in found] == [(pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text, expected", [
    ("The shares rose 12 cents - 0.8% - in late trade.", [(0.8, "%")]),      # a spaced dash sets an aside apart
    ("Output fell -1.6% in June.", [(-1.6, "%")]),                           # a minus glued to the number
    ("She still owns an old 486 PC and a printer.", []),                     # "PC" in capitals is no per cent
    ("Margins rose to 14pc.", [(14, "%")]),
])
def test_quantities_dashes_and_capital_pc(text, expected):
    found = [f for f in find_pattern_quantities(text) if f.kind == "percent"]
    assert [(f.value, f.unit) for f in found] == [(pytest.approx(v), u) for v, u in expected]


# ---- counts, fractions and multiples round (branch cnt10): shapes from BBC dev3, invented sentences ----

@pytest.mark.parametrize("text, expected", [
    # a hedge between "by" and the fraction of a change
    ("Orders fell by almost a third from a year earlier.", [(100 / 3, "%")]),
    ("Output dropped by nearly a quarter in the winter.", [(25, "%")]),
    # a fraction of people as the subject of what they say or do is a share of them
    ("Of the staff polled, nearly a fifth saying they were too tired to work.", [(20, "%")]),
    ("Half expect rates to rise, while a third said they would wait.", [(50, "%"), (100 / 3, "%")]),
    # ordinals, a period's half and a rugby position are no fractions
    ("The mayor won a third term in May.", []),
    ("Profits in the second half were weak.", []),
    ("The club's fly-half said he was fit.", []),
])
def test_quantities_fractions_after_a_hedge_and_as_subjects(text, expected):
    found = [f for f in find_pattern_quantities(text) if f.kind == "percent"]
    assert [(f.value, f.unit) for f in found] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "halve" is the inverse of "double" (gold/README.md: "halving" is a multiple 0.5)
    ("The minister vowed to halve the trade deficit by 2030.", [("halve", 0.5)]),
    ("Emissions from the plant have halved since 1990.", [("halved", 0.5)]),
    ("She stayed committed to halving the waiting lists.", [("halving", 0.5)]),
    # the verb "double" after "to", a modal or "help"
    ("The miners hope to double copper output this decade.", [("double", 2)]),
    ("The deal could help double the number of buses built.", [("double", 2)]),
    # not the adjective, "double digits" or "double down"
    ("Inflation climbed to double digits.", []),
    ("The unit posted double-digit growth.", []),
    ("Traders chose to double down on the bet.", []),
])
def test_quantities_halving_and_the_verb_double(text, expected):
    found = [f for f in find_pattern_quantities(text) if f.kind == "multiple"]
    assert [(text[f.start:f.end], f.value) for f in found] == [(s, pytest.approx(v)) for s, v in expected]


@pytest.mark.parametrize("text, kinds", [
    # a part "out of" a whole of things is two counts (counts.py), no share
    ("Rents fell in eight out of 12 provinces last year.", []),
    ("The judges agreed on three out of four main points.", []),
    # people: a share of a population; "every" says a rate
    ("Three out of four voters backed the plan.", [(75, "%")]),
    ("One out of three Danes rents a home.", [(100 / 3, "%")]),
    ("The carrier flies six out of every 10 planes at the airport.", [(60, "%")]),
    ("Seven out of 10 said no.", [(70, "%")]),
])
def test_quantities_out_of_things_is_no_share(text, kinds):
    found = [f for f in find_pattern_quantities(text) if f.kind == "percent"]
    assert [(f.value, f.unit) for f in found] == [(pytest.approx(v), u) for v, u in kinds]


@pytest.mark.parametrize("text, expected", [
    # a price band that says which things are counted is a condition, no claim
    ("Some 212 flats over £2m were sold, compared with 240 a year before.", []),
    ("The number of homes under $300,000 fell by 4%.", []),
    ("Exactly 35 cars priced above €90,000 were sold.", []),
    # a price that is a claim stays
    ("The firm sold 40 homes for over £1m each.", [(1e6, "GBP")]),
    ("Exports of over $2bn were recorded.", [(2e9, "USD")]),
    # a code of letters and digits after a label noun or in quotes names a thing
    ('Savers should fill in a form "R40" at the branch.', []),
    ("Ask the clerk for form R45 before you pay.", []),
    ("A ticket costs R120 in Johannesburg, South Africa.", [(120, "ZAR")]),
])
def test_quantities_price_bands_and_form_codes_are_no_money(text, expected):
    found = [f for f in find_pattern_quantities(text) if f.kind == "money"]
    assert [(f.value, f.unit) for f in found] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, unit", [
    # a dateline in capitals names the article's country: whose "Rs" a text that names none means
    ("KATHMANDU: Remittances reached Rs 120 billion in June.", "NPR"),
    ("COLOMBO, Aug 2 (Reuters) - Remittances reached Rs 120 billion in June.", "LKR"),
    ("KARACHI: Remittances reached Rs 120 billion in June.", "PKR"),
])
def test_a_capital_dateline_decides_the_rupee(claims_of, text, unit):
    (claim,) = [c for c in claims_of(text) if c["kind"] == "money"]
    assert claim["quantity"]["unit"] == unit


@pytest.mark.parametrize("text, unit", [
    # a text that names no country may name its institutions, cities, taxes or scales: each names its rupee
    ("Tea auctions fetched Rs 12.4 billion in March, the CBSL said.", "LKR"),
    ("The KSE-100 gained 2%. Brokers traded shares worth Rs 48 billion.", "PKR"),
    ("SGST receipts rose to Rs 41,200 crore in June, officials said.", "INR"),
    ("Collections reached Rs 2.31 lakh crore in November, the ministry said.", "INR"),
    ("Deposits at banks in Pokhara grew to Rs 120 billion.", "NPR"),
    # rupees in crores in a text that names no country at all are India's; a named country decides
    ("Net profit came to Rs 1,482 cr in the quarter, beating estimates.", "INR"),
    ("Nepal's remittance inflows reached Rs 45 crore in a week.", "NPR"),
])
def test_a_countrys_other_cues_decide_the_rupee(text, unit):
    (found,) = [f for f in find_pattern_quantities(text) if f.kind == "money"]
    assert found.unit == unit


@pytest.mark.parametrize("text, expected", [
    # a sentence written all in lower case writes its codes in lower case: a code right before a number
    ("the startup raised us$40 million from two funds.", [(40e6, "USD")]),
    ("the lender booked usd 3.5 billion of new loans.", [(3.5e9, "USD")]),
    ("the city will spend inr 450 crore on its buses.", [(4.5e9, "INR")]),
    ("exports rose. the board approved eur 12 million for the plant.", [(12e6, "EUR")]),
])
def test_quantities_lower_case_codes_in_lower_case_sentences(text, expected):
    found = [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind == "money"]
    assert found == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text", [
    "all 3 million members voted and the top 10 firms agreed.",   # stop words, no codes (Albania's, Tonga's)
    "let us 25 volunteers in before noon.",                       # "us" is a pronoun; only "us$" is money
    "Shares fell 2.5 points and traders try 5 different hedges.",  # a capital in the sentence: codes keep their case
])
def test_quantities_lower_case_codes_only_as_codes(text):
    assert [f for f in find_pattern_quantities(text) if f.kind == "money"] == []


@pytest.mark.parametrize("text, expected", [
    # a change from a bare level to a range: the level is a claim, in the range's unit and scale
    ("Sales are set to rise from 18.5 to 21-23 billion euros next year.", [(18.5e9, "EUR"), (21e9, "EUR")]),
    ("The bill will climb from 1.4 to $1.6-1.9 billion.", [(1.4e9, "USD"), (1.6e9, "USD")]),
    ("Unemployment is seen falling from 7.2 to 6-6.5 percent.", [(7.2, "%"), (6, "%")]),
])
def test_quantities_level_before_a_range(text, expected):
    found = [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind in ("money", "percent")]
    assert found == [(pytest.approx(v), u) for v, u in expected]


def test_quantities_range_after_from_without_change_is_one_range():
    found = [(f.value, f.unit) for f in find_pattern_quantities("Seats cost from 8 to 10-12 dollars each.")
             if f.kind == "money"]
    assert found == [(10, "USD")]


# Outlet clusters, round 3: names and codes of currencies CLDR spells otherwise or lacks as a code.
@pytest.mark.parametrize("text, surface, unit", [
    ("The deficit narrowed to 932.6 billion Nepali rupees, official data showed.", "932.6 billion Nepali rupees", "NPR"),
    ("The board approved SDR 780 million (about $1.04bn) for Ruritania.", "SDR 780 million", "XDR"),
])
def test_currency_names_and_codes_the_press_writes(text, surface, unit):
    from extractor.api import extract

    [claim] = [c for c in extract(text) if c["quantity"]["text"] == surface]
    assert claim["quantity"]["unit"] == unit
