"""Money, percent and multiple surfaces → value, unit, range (pattern stage, no spaCy)."""
import pytest

from extractor.quantities import find_pattern_quantities


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("Exports rose to $2.1bn last year.", "$2.1bn", "money", 2.1e9, "USD"),
    ("a Rs10 billion fund", "Rs10 billion", "money", 1e10, "PKR"),
    ("debt of PKR 5.6 trillion", "PKR 5.6 trillion", "money", 5.6e12, "PKR"),
    ("they earned half a billion dollars", "half a billion dollars", "money", 5e8, "USD"),
    ("one hundred and five million dollars", "one hundred and five million dollars", "money", 1.05e8, "USD"),
    ("a loan of US$ 1.2bn", "US$ 1.2bn", "money", 1.2e9, "USD"),
    ("a loan of US $1.2 billion", "US $1.2 billion", "money", 1.2e9, "USD"),
    ("spent $ 1.2 billion dollars", "$ 1.2 billion dollars", "money", 1.2e9, "USD"),
    ("raised $2 bln", "$2 bln", "money", 2e9, "USD"),
    ("a Rs 5mln grant", "Rs 5mln", "money", 5e6, "PKR"),
    ("profit of £600m", "£600m", "money", 6e8, "GBP"),
    ("shares at 35 pence", "35 pence", "money", 0.35, "GBP"),
    ("closed at 640p", "640p", "money", 6.40, "GBP"),
    ("a deal worth €1.5bn", "€1.5bn", "money", 1.5e9, "EUR"),
    ("cost 5 crore rupees", "5 crore rupees", "money", 5e7, "PKR"),
    ("a grant of Rs 5 lakh", "Rs 5 lakh", "money", 5e5, "PKR"),
    ("sales of 10 billion yen", "10 billion yen", "money", 1e10, "JPY"),
    ("increased 47.4 percent", "47.4 percent", "percent", 47.4, "%"),
    ("rose 80.6% to", "80.6%", "percent", 80.6, "%"),
    ("up 18 per cent", "18 per cent", "percent", 18, "%"),
    ("inflation at 18pc", "18pc", "percent", 18, "%"),
    ("rates rose by half a percentage point", "half a percentage point", "percent", 0.5, "pp"),
    ("a cut of 25 basis points", "25 basis points", "percent", 0.25, "pp"),
    ("two thirds of its revenue", "two thirds", "percent", 200 / 3, "%"),
    ("almost one in six cars sold", "one in six", "percent", 100 / 6, "%"),
    ("offer a five percent rebate", "five percent", "percent", 5, "%"),
    ("more than 5x what was raised", "5x", "multiple", 5, "x"),
    ("a fivefold rise", "fivefold", "multiple", 5, "x"),
    ("profits doubled", "doubled", "multiple", 2, "x"),
    ("twice as much as", "twice", "multiple", 2, "x"),
    ("three times more than", "three times", "multiple", 3, "x"),
    ("a 10-fold increase", "10-fold", "multiple", 10, "x"),
    ("cut the rate to .001 per cent", ".001 per cent", "percent", 0.001, "%"),
    ("worth $US55,931,000 in all", "$US55,931,000", "money", 55931000, "USD"),
    ("a budget of 9 billion shekels a year", "9 billion shekels", "money", 9e9, "ILS"),
])
def test_quantities_surface_value_unit(text, surface, kind, value, unit):
    found = find_pattern_quantities(text)
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start:f.end] == surface
    assert (f.kind, f.unit) == (kind, unit)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize("text, low, high", [
    ("between 5% and 7%", 5, 7),
    ("$2-3 billion", 2e9, 3e9),
    ("$2bn-$3bn", 2e9, 3e9),
    ("fees of 15 to 20 per cent", 15, 20),
    ("guidance of US $89 to $93 billion", 89e9, 93e9),
    ("prices range from $370,000 to $5.5 million", 370000, 5.5e6),
    # a rising pair in brackets is a range when the sentence revises nothing, and a year is no figure
    ("Growth is seen in a narrow band (4 to 5%) next year.", 4, 5),
    ("The bank cut rates in 2031 to 5%.", 5, None),
])
def test_quantities_ranges_are_one_claim(text, low, high):
    (f,) = find_pattern_quantities(text)
    assert (f.value, f.value_max) == (pytest.approx(low), pytest.approx(high) if high else None)


def test_quantities_an_elided_list_item_keeps_its_from_to_change():
    # "…, livestock from 2.4% to 3.3%": the verb of the first item moves the second one too
    text = "Farm growth was revised from 3.1% to 9.5% for 2031, fishing from 2.4% to 3.3%."
    assert [text[f.start:f.end] for f in find_pattern_quantities(text)] == ["3.1%", "9.5%", "2.4%", "3.3%"]
    # without a change before it, "from … to …" in a list is still a range
    text = "Sales rose 5% in 2031, with flats priced from $500,000 to $700,000."
    assert [text[f.start:f.end] for f in find_pattern_quantities(text)] == ["5%", "$500,000 to $700,000"]


@pytest.mark.parametrize("text", [
    "in fiscal year 2020/21", "in 2012–13", "the APP reported", "Invest2Innovate", "date 2022-07-02",
    "Covid-19 cases", "G20 summit", "in 2021 the firm",
    # a half of a year is a period, not a fraction
    "in the first half of the current fiscal year", "during the Second Half of 2019", "in the 2nd half of FY24",
])
def test_quantities_not_money_percent_or_multiple(text):
    assert find_pattern_quantities(text) == []


@pytest.mark.parametrize("text, unit", [
    ("In India, a 500 rupees fee was charged.", "INR"),
    ("In Pakistan, a 500 rupees fee was charged, unlike India.", "PKR"),
    ("a 500 rupees fee", "PKR"),
    ("Colombia earmarked 24.2 trillion pesos for Colombia's poor.", "COP"),
    ("Mexico spent 5 billion pesos.", "MXN"),
    ("It cost 5 billion Colombian pesos.", "COP"),
])
def test_quantities_shared_currency_words_follow_the_country(text, unit):
    (f,) = find_pattern_quantities(text)
    assert f.unit == unit


@pytest.mark.parametrize("text, surfaces, values", [
    # "from X to Y" is a change between two levels, not a range
    ("sales rose from $5 to $7 billion", ["$5", "$7 billion"], [5e9, 7e9]),
    ("growth slowed from 4.8 to 4.7 percent", ["4.8", "4.7 percent"], [4.8, 4.7]),
    # a revision of a contraction: both levels keep their signs
    ("the mining growth rate was revised from -2.94 to -3.21 percent", ["-2.94", "-3.21 percent"], [-2.94, -3.21]),
    ("output growth was revised from -0.5 to 1.2 percent", ["-0.5", "1.2 percent"], [-0.5, 1.2]),
    # a falling pair is never a range, "from" or not
    ("mining and fishing (-3.1 to -4.6%) shrank", ["-3.1", "-4.6%"], [-3.1, -4.6]),
    ("farm growth (2.86 to 0.4 percent)", ["2.86", "0.4 percent"], [2.86, 0.4]),
    # a pair in brackets, in a sentence that says revised: the figure before and after the revision
    ("The bureau revised sector growth: farming (1.27% to 1.31%), mining (3.83 to 3.95%).",
     ["1.27%", "1.31%", "3.83", "3.95%"], [1.27, 1.31, 3.83, 3.95]),
])
def test_quantities_from_to_is_two_levels(text, surfaces, values):
    found = find_pattern_quantities(text)
    assert [text[f.start:f.end] for f in found] == surfaces
    assert [f.value for f in found] == pytest.approx(values)
    assert all(f.value_max is None for f in found)


@pytest.mark.parametrize("text, value, unit", [
    ("a 36bn kroner deal", 36e9, "NOK"),          # "one" inside "kroner" is not a number
    ("745bn Indian rupees", 745e9, "INR"),        # nor "an" inside "Indian"
])
def test_quantities_number_words_only_as_whole_words(text, value, unit):
    (f,) = find_pattern_quantities(text)
    assert (f.value, f.value_max, f.unit) == (pytest.approx(value), None, unit)


# ---- currencies from CLDR (Babel), issue 15 ------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, unit", [
    # codes glued to the number, before or after it
    ("The group raised GBP40m from investors.", "GBP40m", 40e6, "GBP"),
    ("A CAD2.5bn pipeline was approved.", "CAD2.5bn", 2.5e9, "CAD"),
    ("Exports reached JPY300 billion.", "JPY300 billion", 300e9, "JPY"),
    ("The yacht was listed at USD10m.", "USD10m", 10e6, "USD"),
    ("A fund of 4.2bn CHF was set up.", "4.2bn CHF", 4.2e9, "CHF"),
    # symbols of every country's locale, glued or spaced
    ("Tickets cost RM45 at the door.", "RM45", 45, "MYR"),
    ("The startup raised S$2mil last week.", "S$2mil", 2e6, "SGD"),
    ("The tower sold for HK$1.2 billion.", "HK$1.2 billion", 1.2e9, "HKD"),
    ("Fares rose to HK $540 this year.", "HK $540", 540, "HKD"),
    ("The rink cost C $12m to build.", "C $12m", 12e6, "CAD"),
    ("A coffee costs A$8 in the city.", "A$8", 8, "AUD"),
    ("Entry is NZ$15 per adult.", "NZ$15", 15, "NZD"),
    ("A bag of maize costs R250 now.", "R250", 250, "ZAR"),
    ("The village got Rp5 billion in aid.", "Rp5 billion", 5e9, "IDR"),
    ("The laptop was sold for 1,200€ online.", "1,200€", 1200, "EUR"),
    ("A flat costs 400 zł a week.", "400 zł", 400, "PLN"),
    ("He paid Tk 20 crore for the plot.", "Tk 20 crore", 2e8, "BDT"),
    # currency names and plurals in words: money, never a count of "dollar"
    ("The fine was 500 million Canadian dollars.", "500 million Canadian dollars", 500e6, "CAD"),
    ("It spent 5 billion Hong Kong dollars on rail.", "5 billion Hong Kong dollars", 5e9, "HKD"),
    ("The deposit limit is 7.5 million Danish crowns.", "7.5 million Danish crowns", 7.5e6, "DKK"),
    ("A levy of 3 billion Swedish crowns was dropped.", "3 billion Swedish crowns", 3e9, "SEK"),
    ("Its budget is 40 billion Kenyan shillings.", "40 billion Kenyan shillings", 40e9, "KES"),
    ("The club paid 12 million reais for him.", "12 million reais", 12e6, "BRL"),
    ("Growers lost 90 million ringgit.", "90 million ringgit", 90e6, "MYR"),
    ("a 500-euro fine", "500-euro", 500, "EUR"),
    ("He won 50 bucks on the bet.", "50 bucks", 50, "USD"),
    # minor units are the main currency, in the currency they name
    ("The stock fell 18 sen in Kuala Lumpur.", "18 sen", 0.18, "MYR"),
    ("The dividend is 20 euro cents a share.", "20 euro cents", 0.2, "EUR"),
    ("It earned 5 US cents a share.", "5 US cents", 0.05, "USD"),
    ("Lemonade was 99¢ a cup.", "99¢", 0.99, "USD"),
    # South Asian scales
    ("Outlays reached Rs 1.5 lakh crore.", "Rs 1.5 lakh crore", 1.5e12, "INR"),  # "lakh crore" is India's cue
    ("A grant of Rs 3 arab was announced.", "Rs 3 arab", 3e9, "PKR"),
    ("A $1.5-billion takeover was agreed.", "$1.5-billion", 1.5e9, "USD"),    # "A $" is no A$
    ("Miners earned RM2bil last year.", "RM2bil", 2e9, "MYR"),
])
def test_quantities_currencies_from_cldr(text, surface, value, unit):
    found = [f for f in find_pattern_quantities(text) if f.kind == "money"]
    assert [text[f.start:f.end] for f in found] == [surface]
    assert (found[0].value, found[0].unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, unit", [
    # "$" is the US dollar ...
    ("Canada's miners paid $5m in royalties.", "USD"),
    # ... unless the article is about a dollar country and writes US dollars as "US$" elsewhere
    ("In Canada, Canada's miners paid $5m, or US$3.9m.", "CAD"),
    # a story on Colombia writes "$" for US dollars beside its pesos
    ("Colombia said Colombia would spend $2bn.", "USD"),
    # "Rs" follows the article's country; Pakistan when none is named
    ("In India, the state spent Rs 500 crore.", "INR"),
    ("Sri Lanka's Sri Lanka Ports got Rs 40m.", "LKR"),
    ("The council spent Rs 500 million.", "PKR"),
    # ... but rupees in crores with no country named are India's way of writing them
    ("The council spent Rs 500 crore.", "INR"),
    # digits grouped in lakhs are written where CLDR's locale does so (India, Nepal, ...), not Pakistan
    ("Collections were Rs 1,42,095 crore in May.", "INR"),
    # "kr" is Swedish unless Norway or Denmark is the talk
    ("In Norway, a beer costs 90 kr.", "NOK"),
    ("A beer costs 90 kr.", "SEK"),
    # "dollars" and "rupees" in words follow the country too
    ("Australia's farmers lost 5 million dollars (US$3.4m) as Australia dried out.", "AUD"),
    ("Nepal's budget gives 5 billion rupees to roads.", "NPR"),
])
def test_quantities_ambiguous_symbols_follow_the_country(text, unit):
    assert find_pattern_quantities(text)[0].unit == unit


@pytest.mark.parametrize("text", [
    "TOP 10 DEALS OF THE YEAR",          # a code that is a word, in a headline in capitals
    "The PS5 console sold out.",         # ASCII-folded pound sign only before a real amount
    "The G7 met in June.",               # single-letter symbols need two digits ...
    "The K2 expedition left.",           # ... and their country in the article
    "Pluristem's PLX-R18 trial",         # a letter symbol glued into a name
    "The 22 Arab states met.",           # "arab" is a scale only in lower case
    "He paid 5 Rand for it.",            # a bare currency word is written in lower case
])
def test_quantities_symbol_lookalikes_are_not_money(text):
    assert [f for f in find_pattern_quantities(text) if f.kind == "money"] == []


@pytest.mark.parametrize("text, surface, unit", [
    ("The takeover was worth PS8.1bn.", "PS8.1bn", "GBP"),    # £ through an ASCII transliteration
    ("Shares closed at Y=28,030.", "Y=28,030", "JPY"),        # ¥ likewise
    ("The Zambian bank lent K500 million to Zambia's farmers.", "K500 million", "ZMW"),
])
def test_quantities_folded_and_weak_symbols_in_context(text, surface, unit):
    (f,) = find_pattern_quantities(text)
    assert (text[f.start:f.end], f.unit) == (surface, unit)


@pytest.mark.parametrize("text, surface, value", [
    ("Margins were -2.4% last year.", "-2.4%", -2.4),
    ("Output changed by −0.3% in May.", "−0.3%", -0.3),
    ("The trade balance fell to $-50.8bn.", "$-50.8bn", -50.8e9),
    ("The fund returned minus 2 percent.", "minus 2 percent", -2),
    ("Growth of 5-7% is forecast.", "5-7%", 5),            # the dash of a range is no sign
])
def test_quantities_signed_values(text, surface, value):
    (f,) = find_pattern_quantities(text)
    assert (text[f.start:f.end], f.value) == (surface, pytest.approx(value))


@pytest.mark.parametrize("text, value", [
    ("A third of voters stayed home.", 100 / 3),
    ("Two-thirds of the staff agreed.", 200 / 3),
    ("One in six cars was recalled.", 100 / 6),
    ("A fifth of the harvest was lost.", 20),
    ("Three-tenths of the land is forest.", 30),
])
def test_quantities_fractions_keep_full_precision(text, value):
    (f,) = find_pattern_quantities(text)
    assert f.value == value  # exactly: rounding is for display


@pytest.mark.parametrize("text, expected", [
    # a bare number shares the unit of the figure after it
    ("Tickets cost 12 or $15 each.", [(12, None, "USD"), (15, None, "USD")]),
    ("Rates of 5 or 6 per cent were mooted.", [(5, None, "%"), (6, None, "%")]),
    ("He found 280 million of the 1.5 billion shekels he needed.", [(280e6, None, "ILS"), (1.5e9, None, "ILS")]),
    # and of the money figure before it after "up from", "against"
    ("Profit was 77m euros, up from 38m.", [(77e6, None, "EUR"), (38e6, None, "EUR")]),
    # a scaled figure in a sentence that says which currency it counts in
    ("In US dollars, remittances reached 1.2 billion.", [(1.2e9, None, "USD")]),
    ("In euro terms, the deficit was 2.1 billion.", [(2.1e9, None, "EUR")]),
    # two figures joined by "to" or a dash, with no change verb, are one range
    ("Salaries of RM50,000 to RM90,000 were offered.", [(50000, 90000, "MYR")]),
    ("Homes from $750,000 to $1 million sell fastest.", [(750000, 1e6, "USD")]),
    ("Fees run at 15 per cent to 20 per cent.", [(15, 20, "%")]),
    ("It revised its forecast from 5 to 7 per cent to 3 to 5 per cent.", [(5, 7, "%"), (3, 5, "%")]),
    # a change verb makes them two levels
    ("Revenue rose from $5 to $7 billion.", [(5e9, None, "USD"), (7e9, None, "USD")]),
    ("The stock rose 18 sen to RM23.50.", [(0.18, None, "MYR"), (23.5, None, "MYR")]),
])
def test_quantities_shared_units_and_pairs(text, expected):
    found = find_pattern_quantities(text)
    assert [(f.value, f.value_max, f.unit) for f in found] == [
        (pytest.approx(v), pytest.approx(m) if m is not None else None, u) for v, m, u in expected]


@pytest.mark.parametrize("text, surface, value", [
    ("Jobless claims fell 5 pct in May.", "5 pct", 5),
    ("a 5-percent rise", "5-percent", 5),
    ("a 5-per-cent rise", "5-per-cent", 5),
    ("It forecast zero percent growth.", "zero percent", 0),
])
def test_quantities_percent_spellings(text, surface, value):
    (f,) = find_pattern_quantities(text)
    assert (text[f.start:f.end], f.value, f.unit) == (surface, value, "%")


def test_quantities_no_share_of_a_year():
    assert [f.kind for f in find_pattern_quantities("Sales were 4 in 2019.")] == []


@pytest.mark.parametrize("text, surface, value, unit", [
    # a share of a scale word is a number: "a quarter of a million", "three-quarters of a billion"
    ("The garden cost a quarter of a million pounds.", "a quarter of a million pounds", 250000, "GBP"),
    ("The plant needs three-quarters of a billion dollars.", "three-quarters of a billion dollars", 7.5e8, "USD"),
    ("She sold the flat for a quarter-million dollars.", "a quarter-million dollars", 250000, "USD"),
    # minor units after a number word, and glued by a hyphen
    ("The stock slipped five cents by noon.", "five cents", 0.05, "USD"),
    ("Its shares ended one penny higher.", "one penny", 0.01, "GBP"),
    ("The board declared a 12-cent-a-share payout.", "12-cent", 0.12, "USD"),
    ("The mint issued a 50-pence coin.", "50-pence", 0.5, "GBP"),
    # signs in words
    ("Real wages grew minus three percent.", "minus three percent", -3, "%"),
    ("The bond returned negative 0.4% in March.", "negative 0.4%", -0.4, "%"),
])
def test_quantities_parts_minor_words_and_signs(text, surface, value, unit):
    (f,) = find_pattern_quantities(text)
    assert (text[f.start:f.end], f.value, f.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("text, expected", [
    # "between X and Y": the first figure borrows the unit and the scale of the second
    ("Rents rose between 4 and 6 per cent.", (4, 6, "%")),
    ("The bill came to between $3 and $4 million.", (3e6, 4e6, "USD")),
    ("Estimates ran between 1.5 and 2 billion euros.", (1.5e9, 2e9, "EUR")),
    # a fourth is a quarter
    ("One fourth of the pupils were absent.", (25, None, "%")),
])
def test_quantities_between_ranges_and_fourths(text, expected):
    (f,) = find_pattern_quantities(text)
    assert (f.value, f.value_max, f.unit) == (pytest.approx(expected[0]),
                                              pytest.approx(expected[1]) if expected[1] else None, expected[2])


def test_quantities_and_shares_no_unit_outside_between():
    # "5 and 7 per cent" without "between": 5 is no percent (it may count anything)
    assert [f.value for f in find_pattern_quantities("Sales fell 5 and prices 7 per cent.")] == [7]


def test_quantities_twice_as_a_clause_is_no_multiple():
    assert [f.kind for f in find_pattern_quantities("Jones scored twice as Leeds won.")] == []
    assert [f.kind for f in find_pattern_quantities("The hall is twice as loud as before.")] == ["multiple"]


@pytest.mark.parametrize("text, home, unit", [
    # a text that names no country of the symbol takes the publisher's country ...
    ("Carpets worth Rs. 40 million were shipped.", "Nepal", "NPR"),
    ("Carpets worth Rs. 40 million were shipped.", None, "PKR"),
    # ... but a country the text names wins, and "$" stays the US dollar
    ("In India, carpets worth Rs 40 million were shipped.", "Nepal", "INR"),
    ("Carpets worth $40 million were shipped.", "Canada", "USD"),
])
def test_quantities_shared_symbols_fall_back_on_the_publisher(text, home, unit):
    assert find_pattern_quantities(text, home)[0].unit == unit


def test_claims_take_the_publisher_country_from_the_url():
    from extractor import extract_batch
    from extractor.corpus import Article

    article = Article("a1", "Tea worth Rs. 12 million was sold.", extra={"url": "https://www.valleynepalnews.com/x"})
    [(_, claims)] = list(extract_batch([article]))
    assert [(c["quantity"]["text"], c["quantity"]["unit"]) for c in claims] == [("Rs. 12 million", "NPR")]


def test_claims_take_the_publisher_country_from_the_outlets_name():
    from extractor import extract_batch
    from extractor.corpus import Article

    article = Article("a1", "Tea worth Rs. 12 million was sold.", extra={"outlet": "The Kathmandu Post"})
    [(_, claims)] = list(extract_batch([article]))
    assert [(c["quantity"]["text"], c["quantity"]["unit"]) for c in claims] == [("Rs. 12 million", "NPR")]
    [(_, claims)] = list(extract_batch([Article("a1", article.text, extra={"outlet": "Business Chronicle"})]))
    assert [c["quantity"]["unit"] for c in claims] == ["PKR"]  # no place in the name: the default


@pytest.mark.parametrize("text, surface, value, unit", [
    # vulgar fraction glyphs after the whole number
    ("The coupon is 4½% a year.", "4½%", 4.5, "%"),
    ("The tower cost $2¾ billion.", "$2¾ billion", 2.75e9, "USD"),
    # percentage points as "ppt", basis points as "bp"
    ("The jobless rate rose 0.4 ppt in June.", "0.4 ppt", 0.4, "pp"),
    ("The bank cut by 50bp on Tuesday.", "50bp", 0.5, "pp"),
    # a mixed-case letter symbol with other capitals after its first letter (CLDR "Ksh")
    ("In Kenya, the levy raised KSh 800 million.", "KSh 800 million", 8e8, "KES"),
])
def test_quantities_glyphs_points_symbol_case(text, surface, value, unit):
    (f,) = find_pattern_quantities(text)
    assert (text[f.start:f.end], f.value, f.unit) == (surface, pytest.approx(value), unit)


def test_quantities_bp_is_not_the_company():
    assert find_pattern_quantities("Shell and 20 BP staff left.") == []


@pytest.mark.parametrize("text, values", [
    ("The brewer trades at 14 times earnings.", [14]),          # a valuation multiple
    ("Its shares cost 2.5 times book value.", [2.5]),
    ("Traffic grew 3.5 times in a decade.", [3.5]),              # a decimal is never a count of occasions
    ("The choir meets three times a week.", []),                # occasions, no multiple
])
def test_quantities_times_as_multiples(text, values):
    assert [f.value for f in find_pattern_quantities(text) if f.kind == "multiple"] == values


@pytest.mark.parametrize("text, expected", [
    # a bare number right after a change verb, later in the sentence of a percent change, is one too
    ("Tin rose 3 percent while zinc fell 1.", [(3, "%"), (1, "%")]),
    ("Oslo gained 0.6%, Paris added 0.2 and Milan lost 0.9 on Friday.", [(0.6, "%"), (0.2, "%"), (0.9, "%")]),
    # not a level after "to", not a number with its own unit, not a year
    ("Sales rose 5% to 4,500 and staff fell 30 points.", [(5, "%")]),
    ("Exports grew 4 per cent while imports fell 2019.", [(4, "%")]),
])
def test_quantities_elided_percent_unit(text, expected):
    assert [(f.value, f.unit) for f in find_pattern_quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a named rate's move in points is a change in percentage points (claims.md)
    ("Inflation rose 3 points in a year.", [(3, "pp")]),
    ("The bank made a quarter-point cut to its policy rate.", [(0.25, "pp")]),
    ("Lenders raised mortgage rates by half a point.", [(0.5, "pp")]),
    # index, sports and poll points are no percentages
    ("The Nikkei shed 45 points on Monday.", []),
    ("Rates fell after the side won by 4 points.", []),
])
def test_quantities_rate_points_are_percentage_points(text, expected):
    assert [(f.value, f.unit) for f in find_pattern_quantities(text)] == expected


def test_quantities_new_israeli_shekel_as_the_press_writes_it():
    # "NIS" is no ISO code and no CLDR symbol (the local table's 40th entry)
    (f,) = find_pattern_quantities("The Haifa port sold for NIS 4.1 billion.")
    assert (f.value, f.unit) == (4.1e9, "ILS")


@pytest.mark.parametrize("text, expected", [
    ("Tickets will cost two or three pounds a month.", [("money", 2, "GBP"), ("money", 3, "GBP")]),
    ("Prices rose five or six per cent last year.", [("percent", 5, "%"), ("percent", 6, "%")]),
])
def test_number_word_shares_the_unit_after_or(claims_of, text, expected):
    got = [(c["kind"], c["quantity"]["value"], c["quantity"]["unit"]) for c in claims_of(text)]
    assert got == [(k, pytest.approx(v), u) for k, v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a currency word after both numbers of a "to" pair makes one range, without a scale too
    ("Guided tours cost 15 to 25 dollars per head.", [(15, 25, "USD")]),
    ("Apprentice wages range from 18,000 to 21,000 pounds.", [(18000, 21000, "GBP")]),
    # after a change verb they stay two levels, both in the currency
    ("The parking fee went up from 4 to 6 euros.", [(4, None, "EUR"), (6, None, "EUR")]),
])
def test_quantities_to_pair_shares_a_currency_word(text, expected):
    found = find_pattern_quantities(text)
    assert [(f.value, f.value_max, f.unit) for f in found] == [
        (pytest.approx(v), pytest.approx(m) if m is not None else None, u) for v, m, u in expected]


def test_quantities_elided_percent_is_never_part_of_a_bigger_number(claims_of):
    # "cut 1,000 jobs" after a percent change is a count of 1,000, not an elided 1 percent
    got = [(c["kind"], c["quantity"]["text"]) for c in claims_of("The brewer's shares fell 4% after it said it "
                                                                 "would cut 1,000 jobs.")]
    assert got == [("percent", "4%"), ("count", "1,000")]


@pytest.mark.parametrize("text, expected", [
    # "pounds" of weight are no money where the words say so
    ("The prize marrow weighed 41 pounds.", []),
    ("The new suitcase is 4 pounds lighter than the old one.", []),
    ("After his weight loss he went from 230 pounds to 205.", []),
    # sterling stays sterling, also near "weigh" that is not the weight of the figure
    ("The board is weighing a 500 million pounds offer.", [(5e8, "GBP")]),
    ("The gym chain lost 20 million pounds last year.", [(2e7, "GBP")]),
])
def test_quantities_pounds_of_weight_are_no_money(text, expected):
    assert [(f.value, f.unit) for f in find_pattern_quantities(text) if f.kind == "money"] == [
        (pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a part of one percent or of a percentage point
    ("Mortgage rates rose half a percent in March.", [(0.5, None, "%")]),
    ("The bank cut its rate by a quarter of a percentage point.", [(0.25, None, "pp")]),
    ("Fees fell by three-quarters of a percentage point.", [(0.75, None, "pp")]),
    # a dash pair after a change verb is one range of the change ("rose 5% to 7%" stays two)
    ("The shares slid 3%-4% in early trade.", [(3, 4, "%")]),
])
def test_quantities_parts_of_a_percent_and_dash_pairs(text, expected):
    found = find_pattern_quantities(text)
    assert [(f.value, f.value_max, f.unit) for f in found] == [
        (pytest.approx(v), pytest.approx(m) if m is not None else None, u) for v, m, u in expected]


def test_fifths_to_tenths_are_in_the_parsed_sentences(claims_of):
    # a sentence whose only figure is "a fifth of" is parsed (extractor/segments.py) and claimed
    got = [(c["kind"], c["quantity"]["value"]) for c in claims_of("Nearly a fifth of the village homes lack heating.")]
    assert got == [("percent", pytest.approx(20))]


@pytest.mark.parametrize("text, value", [("Orders rose by a factor of 10 last year.", 10),
                                         ("Traffic grew by a factor of three.", 3)])
def test_quantities_a_factor_of_is_a_multiple(text, value):
    assert [(f.kind, f.value, f.unit) for f in find_pattern_quantities(text)] == [("multiple", value, "x")]


def test_quantities_a_range_across_zero_keeps_each_sign():
    (f,) = find_pattern_quantities("growth is forecast at -0.5 to 1.2 percent next year")
    assert (f.value, f.value_max, f.unit) == (-0.5, 1.2, "%")


@pytest.mark.parametrize("text, surfaces", [
    # a list of bare numbers shares the unit of its last figure where the items cannot be counts or years
    ("Farm, factory and service growth were revised to 2.25, -3.76 and 0.07 percent.", ["2.25", "-3.76", "0.07 percent"]),
    ("In 2031 and 2032, growth was 4 and 3 per cent respectively.", ["4", "3 per cent"]),
    # two whole numbers joined by "and" without "respectively" may be anything: left alone
    ("Sales rose 5 and 7 percent.", ["7 percent"]),
])
def test_quantities_a_list_shares_the_unit_of_its_last_figure(text, surfaces):
    assert [text[f.start:f.end] for f in find_pattern_quantities(text) if f.kind == "percent"] == surfaces


def test_quantities_a_count_after_from_is_not_in_the_amount_s_currency():
    # "from 1.5 million arrivals": a plural noun of its own makes the bare figure a count, not money
    text = "The board targets revenue of over $2.5 billion from 1.5 million arrivals."
    assert [(text[f.start:f.end], f.kind) for f in find_pattern_quantities(text) if f.kind == "money"] == [
        ("$2.5 billion", "money")]
    # a bare amount compared with one keeps its currency
    text = "Sales rose to 77m euros from 38m previously."
    assert [(text[f.start:f.end], f.unit) for f in find_pattern_quantities(text)] == [("77m euros", "EUR"), ("38m", "EUR")]
