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
])
def test_quantities_ranges_are_one_claim(text, low, high):
    (f,) = find_pattern_quantities(text)
    assert (f.value, f.value_max) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text", [
    "in fiscal year 2020/21", "in 2012–13", "the APP reported", "Invest2Innovate", "date 2022-07-02",
    "Covid-19 cases", "G20 summit", "in 2021 the firm",
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
    ("growth slowed from 4.8 to 4.7 percent", ["4.7 percent"], [4.7]),
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
