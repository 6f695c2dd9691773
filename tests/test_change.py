"""Level or change: the rules of extractor/change.py, each on invented sentences."""
import pytest

from extractor.change import change_for, series_change


def change_of(text, surface, kind="percent"):
    start = text.index(surface)
    return change_for(text, start, start + len(surface), kind)


@pytest.mark.parametrize("text, surface, kind, change", [
    # a growth rate stated as the value of a growth noun is a change (sa-dev decisions: growth rates are increase)
    ("Freedonia's GDP growth stood at 4.2% in the second quarter.", "4.2%", "percent", "increase"),
    ("Farm output growth in the last quarter was 3.3 per cent.", "3.3 per cent", "percent", "increase"),
    ("Growth in the Ruritanian economy slowed to 2.9% in the spring.", "2.9%", "percent", "increase"),
    ("The bank put the growth rate for the year at 5 percent.", "5 percent", "percent", "increase"),
    ("Household spending growth, it is estimated at 6.4 per cent.", "6.4 per cent", "percent", "increase"),
    ("services growth climbed to a three-year high of 9.1%", "9.1%", "percent", "increase"),
    # ... or of a growth verb with "at"; a contraction with "at" is a decrease
    ("Freight volumes grew at 7.5 per cent in the half.", "7.5 per cent", "percent", "increase"),
    ("Public spending rose in the quarter at -1.2 per cent.", "-1.2 per cent", "percent", "increase"),
    ("The mining sector contracted at 2.4% last year.", "2.4%", "percent", "decrease"),
    # the reporter's adjective between the verb and its figure ("grew a lacklustre 2.9%", "rose a record 40%")
    ("Zentex's sales grew a lacklustre 2.9% in 2031.", "2.9%", "percent", "increase"),
    ("Exports fell a sharp 12% in May.", "12%", "percent", "decrease"),
    ("Profits rose a record 40%.", "40%", "percent", "increase"),
    # ... but "a year", "a total" are no adjectives of the figure
    ("Sales rose to a record $5bn.", "$5bn", "money", None),
    # a percent after a growth noun that names another measure stays a level
    ("Despite strong growth, inflation was 6%.", "6%", "percent", None),
    ("Despite solid growth, interest rates will stay at 4.5%.", "4.5%", "percent", None),
    ("Growth was led by tea, which lifted its share to 40%.", "40%", "percent", None),
    ("Prices rose to 9% in May.", "9%", "percent", None),
    # "but it" keeps the growth as the subject; "but" before another subject does not
    ("Analysts expected 3% growth in 2022 but it came in at 3.4 per cent.", "3.4 per cent", "percent", "increase"),
    ("Growth was firm in 2022, but the new levy stood at 7.5 per cent.", "7.5 per cent", "percent", None),
    # new cue shapes: an adverb before "by", a negative growth after the figure, "a decrease in X by"
    ("The deficit widened slightly by 0.6 percent to $3bn.", "0.6 percent", "percent", "increase"),
    ("The trade gap narrowed by 12.5 per cent.", "12.5 per cent", "percent", "decrease"),
    ("Spice exports posted 18 per cent negative growth in 2021.", "18 per cent", "percent", "decrease"),
    # a verb that moves its object by the figure: "raised rates by", "cut its workforce by"; "by between"
    ("The bank raised interest rates by 0.25 percentage points.", "0.25 percentage points", "percent", "increase"),
    ("Zentex cut its workforce by 5% in 2031.", "5%", "percent", "decrease"),
    ("Sales grew by between 5% and 7%.", "5% and 7%", "percent", "increase"),
    ("The firm raised $5m by selling shares.", "$5m", "money", None),
    ("Costs were trimmed by £50m in 2031.", "£50m", "money", "decrease"),
    # participles and "ahead": "dropping 2% in May", "profit was ahead 8%"
    ("Sales have fallen for three months in a row, dropping 2% in May.", "2%", "percent", "decrease"),
    ("Profit before tax was ahead 8% at £120m.", "8%", "percent", "increase"),
    # a minus written on the figure is its sign: never doubled by the words (sa-dev decisions)
    ("Fishing posted a negative growth of -2.9 per cent in 2031.", "-2.9 per cent", "percent", "increase"),
    ("This means a decrease in imports by $4.2 million.", "$4.2 million", "money", "decrease"),
    # a difference against another amount is a change
    ("Tax receipts were Rs 900 crore more than in May.", "Rs 900 crore", "money", "increase"),
    ("Sales were $3m lower than a year before.", "$3m", "money", "decrease"),
    ("Some 4,000 more nurses were hired.", "4,000", "count", "increase"),
    ("Some 4,000 nurses were hired.", "4,000", "count", None),
    ("The mill closed, with 1,200 weavers axed in the spring.", "1,200", "count", "decrease"),
    ("The mill closed, with 1,200 weavers moved to the new plant.", "1,200", "count", None),
])
def test_change_rules(text, surface, kind, change):
    assert change_of(text, surface, kind) == change


@pytest.mark.parametrize("gap, previous_kind, kind, change", [
    (" in value and ", "percent", "percent", "decrease"),  # "fell 8% in value and 9% in quantity"
    (" as against ", "percent", "percent", "decrease"),
    (" in   , compared with ", "percent", "percent", "decrease"),  # the period phrase taken out
    (", more than the ", "money", "money", "decrease"),
    (" or ", "percent", "money", "decrease"),  # "dropped 12% or $1.1bn"
    (", while rubber by ", "percent", "percent", "decrease"),  # the verb left out
    (", while imports were ", "percent", "percent", None),  # another measure with its own verb
    (" and the share of tea was ", "percent", "percent", None),
    (" to ", "percent", "money", None),  # "fell 8% to $2bn": the level after a change
    (", driven by ", "money", "money", None),
    (" and ", "percent", "multiple", None),
])
def test_series_change(gap, previous_kind, kind, change):
    assert series_change("decrease", previous_kind, kind, gap) == change


def test_series_change_needs_a_change_before():
    assert series_change(None, "percent", "percent", " and ") is None


def test_listed_figures_take_the_change_of_the_first(claims_of):
    text = ("Ruritania's tin exports fell 8.5 per cent in value and 11.2 per cent in quantity in 2022, "
            "while copper exports grew 4.1 per cent as against 2.3 per cent in 2021.")
    claims = {c["quantity"]["text"]: c for c in claims_of(text, published="2023-02-01")}
    assert claims["11.2 per cent"]["change"] == "decrease"
    assert claims["4.1 per cent"]["change"] == "increase"
    assert claims["2.3 per cent"]["change"] == "increase"


def test_a_change_in_quantity_is_a_measure_of_volume(claims_of):
    # the sa-dev decisions: "fell 10% in value and 11% in quantity" → "exports" and "exports (quantity)"
    text = ("Ruritania's tin exports fell 8.5 per cent in value and 11.2 per cent in quantity in 2022, "
            "while copper exports grew 4 per cent by volume.")
    claims = {c["quantity"]["text"]: c for c in claims_of(text, published="2023-02-01")}
    assert claims["8.5 per cent"]["metric"] == "tin exports"
    assert claims["11.2 per cent"]["metric"] == "tin exports (quantity)"
    assert claims["4 per cent"]["metric"].endswith("(quantity)")


@pytest.mark.parametrize("text, changes", [
    # gapping: a clause of a noun and a figure, its verb left out, moves as the clause before
    ("Wheat output rose 6% and barley 2% this season.", {"6%": "increase", "2%": "increase"}),
    ("Ticket sales fell 8%, while hotel bookings 3%.", {"8%": "decrease", "3%": "decrease"}),
    # a clause with a verb of its own is no gap
    ("Wheat output rose 6% and makes up 2% of farm income.", {"6%": "increase", "2%": None}),
])
def test_gapped_clause_takes_the_change_before(claims_of, text, changes):
    got = {c["quantity"]["text"]: c["change"] for c in claims_of(text, published="2023-02-01")}
    assert got == changes


def test_a_list_of_figures_after_one_verb_moves_as_the_first(claims_of):
    # "grew 2.25%, 3.76% and 0.07%": each item of the list is a growth, with or without "respectively"
    for text in ("Farm output grew 2.25%, 3.76% and 0.07% in 2031, 2032 and 2033.",
                 "Agriculture, industry and services grew 2.25%, 3.76% and 0.07% respectively in 2031."):
        changes = [c["change"] for c in claims_of(text) if c["kind"] == "percent"]
        assert changes == ["increase"] * 3, text
    # one figure set beside another with a bare comma is no item of a list
    (level, beside) = [c for c in claims_of("Inflation rose to 5%, 2% above the target.") if c["kind"] == "percent"]
    assert beside["change"] is None


def test_series_change_after_a_bare_comma_needs_the_list_to_go_on():
    assert series_change("increase", "percent", "percent", ", ", " and 0.07% in 2031") == "increase"
    assert series_change("increase", "percent", "percent", ", ", " in 2031, respectively") == "increase"
    assert series_change("increase", "percent", "percent", ", ", " above the target") is None


@pytest.mark.parametrize("text, surface, kind, change", [
    # every form of a verb of change: the progressive and the third person as the past
    ("Zentex is cutting domestic fares by as much as 50%.", "50%", "percent", "decrease"),
    ("The carrier is trying to survive by slashing costs by nearly $1bn a year.", "$1bn", "money", "decrease"),
    ("Zentex trims its workforce by 3% each year.", "3%", "percent", "decrease"),
    ("Sales kept improving, up 17.6% on a year ago.", "17.6%", "percent", "increase"),
    # raising money is no rise of anything
    ("Startups raised $274.7 million last year.", "$274.7 million", "money", None),
])
def test_inflected_verbs_of_change(text, surface, kind, change):
    assert change_of(text, surface, kind) == change
