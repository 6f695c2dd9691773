"""Figures in loose written forms (extractor/written_slips.py) and figures whose unit is named in
the sentence before (extractor/carried_units.py). Invented sentences."""
import pytest


def _figures(claims, kind=None):
    return [(c["quantity"]["text"], c["quantity"]["value"], c["quantity"]["unit"])
            for c in claims if kind is None or c["kind"] == kind]


def _one(claims, surface):
    [claim] = [c for c in claims if c["quantity"]["text"] == surface]
    return claim


# --- an amount broken at its decimal point by a line break ----------------------------------------

def test_amount_broken_by_a_line_break_is_one_figure(claims_of):
    text = ("In May, tin imports were recorded at $3.\n\n275 billion against $3.9 billion a year before, "
            "the bureau said.")
    claims = claims_of(text)
    broken = _one(claims, "$3.\n\n275 billion")
    assert (broken["quantity"]["value"], broken["quantity"]["unit"]) == (3.275e9, "USD")
    assert broken["metric"] == "tin imports"
    assert ("$3", 3, "USD") not in _figures(claims)


@pytest.mark.parametrize("text", [
    "Each ticket cost $3.\n\n275 visitors came on the first day.",      # no scale word: a new sentence
    "The fee rose 4.\n\n275 billion rupees were collected in May.",     # no currency before the break
])
def test_a_sentence_ending_in_a_figure_is_not_joined_to_the_next(claims_of, text):
    assert all("\n" not in c["quantity"]["text"] for c in claims_of(text))


# --- a percent word with a slip, a percent glued to a full stop -------------------------------------

def test_pr_cent_is_a_percent(claims_of):
    claims = claims_of("Farm output grew 5.3 pr cent in the quarter, against 4.1 per cent a year before.")
    assert ("5.3 pr cent", 5.3, "%") in _figures(claims, "percent")
    assert _one(claims, "5.3 pr cent")["change"] == "increase"


@pytest.mark.parametrize("text", [
    "The stall sold pens at 3 pr cents each.",      # "cents" is money, not a slip of "per cent"
    "Ruritania opened 4 PR centres last year.",      # "PR centres" are offices
])
def test_pr_cent_needs_the_word_cent(claims_of, text):
    assert not [c for c in claims_of(text) if c["kind"] == "percent"]


def test_percent_glued_to_a_full_stop(claims_of):
    claims = claims_of("Shipments from the port were reduced.0.62 per cent in May compared with April.")
    assert _figures(claims, "percent") == [("0.62 per cent", 0.62, "%")]
    assert _one(claims, "0.62 per cent")["change"] == "decrease"


def test_glued_whole_number_is_not_read(claims_of):
    # "rose.5 per cent" may be ".5" with the space misplaced: a whole number glued on is not read
    assert not _figures(claims_of("Rents in the capital rose.5 per cent over the winter."), "percent")


# --- compound scaled amounts ---------------------------------------------------------------------

def test_compound_with_a_currency_is_summed(claims_of):
    claims = claims_of("The Indian trust paid Rs 1 crore 20 lakh to the farmers in Kerala.")
    assert ("Rs 1 crore 20 lakh", 1.2e7, "INR") in _figures(claims, "money")


def test_garbled_compound_is_summed_as_written(claims_of):
    claims = claims_of("Nepal's tourism earnings rose 9 percent to 3 billion 20 billion 5 billion rupees in March.")
    assert ("3 billion 20 billion 5 billion rupees", 2.8e10, "NPR") in _figures(claims, "money")


def test_compound_before_in_remittances_is_money_of_the_country(claims_of):
    text = ("In March alone, more than 2 trillion 40 billion in remittances reached Sri Lanka. "
            "Sri Lanka's central bank said the inflow was a record.")
    assert ("2 trillion 40 billion", 2.04e12, "LKR") in _figures(claims_of(text), "money")


@pytest.mark.parametrize("text", [
    "In Sri Lanka, 1 crore 20 lakh people were vaccinated in March.",   # things counted, not money
    "Sri Lanka's census put the total at 2 million 300 thousand.",        # no currency, no money noun
])
def test_compound_without_money_words_is_no_money(claims_of, text):
    assert not [c for c in claims_of(text) if c["kind"] == "money"]


# --- a currency carried from the sentence before ------------------------------------------------

def test_bare_figure_after_in_us_dollars_sentence(claims_of):
    text = ("Ruritania's export earnings rose 8 percent. In US dollars, export earnings reached 4.2 billion. "
            "1.1 million of these earnings came from tea.")
    figures = _figures(claims_of(text), "money")
    assert ("4.2 billion", 4.2e9, "USD") in figures
    assert ("1.1 million", 1.1e6, "USD") in figures


@pytest.mark.parametrize("second", [
    "Some 3.5 million tourists visited the coast.",             # another measure, a noun of its own
    "Imports cost Rs 900 billion, and 1.5 billion of imports came by sea.",  # a currency of its own
])
def test_currency_is_not_carried(claims_of, second):
    text = "In US dollars, export earnings reached 4.2 billion. " + second
    carried = [c for c in claims_of(text) if c["kind"] == "money" and c["quantity"]["unit"] == "USD"
               and c["quantity"]["text"] != "4.2 billion"]
    assert carried == []


# --- "N and M, respectively" --------------------------------------------------------------------

def test_respectively_counts_the_things_of_the_sentence_before(claims_of):
    text = ("The ministry issued 1,200 visas and 300 permits in May. "
            "A year earlier the figures were 1,100 and 280, respectively.")
    counts = _figures(claims_of(text), "count")
    assert ("1,100", 1100, "visa") in counts
    assert ("280", 280, "permit") in counts


@pytest.mark.parametrize("text", [
    # one count before, two numbers: which is which is unknown
    "The ministry issued 1,200 visas in May. Two offices handled 700 and 500, respectively.",
    # the numbers have units of their own
    "The ministry issued 1,200 visas and 300 permits in May. Fees rose 5% and 7%, respectively.",
])
def test_respectively_needs_matching_counts(claims_of, text):
    counts = _figures(claims_of(text), "count")
    assert not [c for c in counts if c[2] in ("visa", "permit") and c[1] not in (1200, 300)]
