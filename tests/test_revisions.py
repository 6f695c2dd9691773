"""Revised figures (extractor/revisions.py): every figure a sentence names as one vintage of a
revised figure carries its vintage mark, and the two vintages of one figure share measure, period
and kind of figure (sa-dev decisions, '"from X to Y%" revisions are two claims'; the checker reads
them as one fact, evaluation/facts.named_revision). All sentences are invented."""
import re

import pytest

from evaluation import facts
from extractor.contract import Claim

Y2031 = ("2031-01-01", "2031-12-31")
FY31 = ("2030-07-01", "2031-06-30")  # a fiscal year of a page datelined in a July-June country

# sentence -> {surface: (value, change, metric)} and the period every vintage shares
CASES = [
    ("The statistics bureau revised farm growth for 2031 to 2.3 percent from a provisional 1.6 percent.",
     {"2.3 percent": (2.3, "increase", "farm growth (revised)"),
      "1.6 percent": (1.6, "increase", "farm growth (provisional)")}, Y2031),
    ("Growth of the economy in 2031 was revised down to 1.2% from 1.9%.",
     {"1.2%": (1.2, "increase", "economic growth (revised)"),
      "1.9%": (1.9, "increase", "economic growth (before revision)")}, Y2031),
    ("The bureau put GDP growth for 2031 at a revised 3.4 percent against the provisional estimate of 2.8 percent.",
     {"3.4 percent": (3.4, "increase", "GDP growth (revised)"),
      "2.8 percent": (2.8, "increase", "GDP growth (provisional)")}, Y2031),
    ("The revised estimate of GDP growth for 2031 is 3.4 percent against the provisional estimate of 2.8 percent.",
     {"3.4 percent": (3.4, "increase", "GDP growth (revised)"),
      "2.8 percent": (2.8, "increase", "GDP growth (provisional)")}, Y2031),
    ("GDP growth for 2031 was initially estimated at 2.8 percent but has now been revised to 3.4 percent.",
     {"2.8 percent": (2.8, "increase", "GDP growth (before revision)"),
      "3.4 percent": (3.4, "increase", "GDP growth (revised)")}, Y2031),
    ("The final estimate of GDP growth for 2031 is 3.4 percent, revised up from 2.8 percent.",
     {"3.4 percent": (3.4, "increase", "GDP growth (final)"),
      "2.8 percent": (2.8, "increase", "GDP growth (before revision)")}, Y2031),
    # a list: each item its own measure, the earlier vintage in brackets, signed rates, one period
    ("The bureau revised the growth of agriculture for 2031 to 2.3% (1.6% provisional), industry to -3.8% (-2.9%) "
     "and services to 0.1% (0.9%).",
     {"2.3%": (2.3, "increase", "agriculture growth (revised)"),
      "1.6%": (1.6, "increase", "agriculture growth (provisional)"),
      "-3.8%": (-3.8, "increase", "industry growth (revised)"),
      "-2.9%": (-2.9, "increase", "industry growth (provisional)"),
      "0.1%": (0.1, "increase", "services growth (revised)"),
      "0.9%": (0.9, "increase", "services growth (provisional)")}, Y2031),
    ("The bureau revised GDP growth for 2031 to -0.4 percent from 0.2 percent, with agriculture revised to 1.2% "
     "from 2.5%.",
     {"-0.4 percent": (-0.4, "increase", "GDP growth (revised)"),
      "0.2 percent": (0.2, "increase", "GDP growth (before revision)"),
      "1.2%": (1.2, "increase", "agriculture growth (revised)"),
      "2.5%": (2.5, "increase", "agriculture growth (before revision)")}, Y2031),
    # the first figure of a pair without "%"
    ("Industrial growth for 2031 was revised from -1.10 to -1.50%.",
     {"-1.10": (-1.1, "increase", "Industrial growth (before revision)"),
      "-1.50%": (-1.5, "increase", "Industrial growth (revised)")}, Y2031),
    # a contraction keeps its words; the later vintage stands before "revised from"
    ("Manufacturing contracted by 3.76 percent in 2031, revised from a provisional contraction of 2.94 percent.",
     {"3.76 percent": (3.76, "decrease", "Manufacturing growth (revised)"),
      "2.94 percent": (2.94, "decrease", "Manufacturing growth (provisional)")}, Y2031),
    # no revising word: a figure set against a provisional estimate of the same period
    ("In 2031, construction shrank by 9.16 percent against a provisionally estimated (-5.53 percent).",
     {"9.16 percent": (9.16, "decrease", "construction growth (revised)"),
      "-5.53 percent": (-5.53, "increase", "construction growth (provisional)")}, Y2031),
    ("GDP growth for 2031 was 3.4 percent (revised), against 2.8 percent (provisional).",
     {"3.4 percent": (3.4, "increase", "GDP growth (revised)"),
      "2.8 percent": (2.8, "increase", "GDP growth (provisional)")}, Y2031),
    ("Revised data showed the economy grew 0.3% in 2031, up from an initial estimate of 0.1%.",
     {"0.3%": (0.3, "increase", "economic growth (revised)"),
      "0.1%": (0.1, "increase", "economic growth (before revision)")}, Y2031),
    ("The statistics office revised the economic growth of 2031 to 1.9 percent from the provisional estimate of "
     "2.4 percent.",
     {"1.9 percent": (1.9, "increase", "economic growth (revised)"),
      "2.4 percent": (2.4, "increase", "economic growth (provisional)")}, Y2031),
    ("The bureau revised up its estimate of 2031 growth to 3.1 percent from 2.7 percent.",
     {"3.1 percent": (3.1, "increase", "growth (revised)"),
      "2.7 percent": (2.7, "increase", "growth (before revision)")}, Y2031),
    ("Growth in 2031 has been revised upward to 3.1 per cent, from 2.7 per cent estimated earlier.",
     {"3.1 per cent": (3.1, "increase", "Growth (revised)"),
      "2.7 per cent": (2.7, "increase", "Growth (before revision)")}, Y2031),
    # levels stay levels
    ("Inflation for May 2031 was revised up to 4.31 per cent from 4.25 per cent.",
     {"4.31 per cent": (4.31, None, "Inflation (revised)"),
      "4.25 per cent": (4.25, None, "Inflation (before revision)")}, ("2031-05-01", "2031-05-31")),
    ("Foreign reserves at the end of June 2031 were revised to $5.2 billion from $4.9 billion.",
     {"$5.2 billion": (5.2e9, None, "Foreign reserves (revised)"),
      "$4.9 billion": (4.9e9, None, "Foreign reserves (before revision)")}, ("2031-06-30", "2031-06-30")),
    ("Per capita income for 2031 was revised to $1,650 from $1,700.",
     {"$1,650": (1650, None, "Per capita income (revised)"),
      "$1,700": (1700, None, "Per capita income (before revision)")}, Y2031),
    # a signed earlier figure written without a unit
    ("ISLAMABAD: The growth of the industrial sector for fiscal year 2030-31 was revised to -3.76 percent against "
     "the provisional estimate of -2.94.",
     {"-3.76 percent": (-3.76, "increase", "industrial sector growth (revised)"),
      "-2.94": (-2.94, "increase", "industrial sector growth (provisional)")}, FY31),
    ("ISLAMABAD: The committee revised the GDP growth for fiscal year 2030-31 downward (from -1.10 to -1.50%).",
     {"-1.10": (-1.1, "increase", "GDP growth (before revision)"),
      "-1.50%": (-1.5, "increase", "GDP growth (revised)")}, FY31),
    ("ISLAMABAD: Large-scale manufacturing shrank 9.87 percent in fiscal year 2030-31, compared with a provisional "
     "-7.98 percent.",
     {"9.87 percent": (9.87, "decrease", "Large-scale manufacturing growth (revised)"),
      "-7.98 percent": (-7.98, "increase", "Large-scale manufacturing growth (provisional)")}, FY31),
    ("ISLAMABAD: The services sector grew 0.07 percent (provisional: 0.86 percent) in fiscal year 2030-31.",
     {"0.07 percent": (0.07, "increase", "services sector growth (revised)"),
      "0.86 percent": (0.86, "increase", "services sector growth (provisional)")}, FY31),
    # the period stated once, after the earlier figure
    ("ISLAMABAD: Finance and insurance growth was revised to -8.09 percent from -3.82 percent in the provisional "
     "estimates for fiscal year 2030-31.",
     {"-8.09 percent": (-8.09, "increase", "Finance and insurance growth (revised)"),
      "-3.82 percent": (-3.82, "increase", "Finance and insurance growth (provisional)")}, FY31),
    ("ISLAMABAD: For fiscal year 2030-31, GDP growth was revised to 6.17% from 6.1%, agriculture to 4.28% from "
     "4.27%, industry to 6.95% from 6.83% and services to 6.66% from 6.59%.",
     {"6.17%": (6.17, "increase", "GDP growth (revised)"), "6.1%": (6.1, "increase", "GDP growth (before revision)"),
      "4.28%": (4.28, "increase", "agriculture growth (revised)"),
      "4.27%": (4.27, "increase", "agriculture growth (before revision)"),
      "6.95%": (6.95, "increase", "industry growth (revised)"),
      "6.83%": (6.83, "increase", "industry growth (before revision)"),
      "6.66%": (6.66, "increase", "services growth (revised)"),
      "6.59%": (6.59, "increase", "services growth (before revision)")}, FY31),
    # the later vintage named after its figure
    ("ISLAMABAD: The economy contracted by 0.17 percent in fiscal year 2030-31, the revised estimate showed, against "
     "the provisional growth estimate of 0.29 percent.",
     {"0.17 percent": (0.17, "decrease", "economic growth (revised)"),
      "0.29 percent": (0.29, "increase", "economic growth (provisional)")}, FY31),
    ("ISLAMABAD: The national accounts committee revised the growth rate for fiscal year 2030-31 to 0.29 percent, "
     "up from the earlier estimate of 0.21 percent.",
     {"0.29 percent": (0.29, "increase", "growth rate (revised)"),
      "0.21 percent": (0.21, "increase", "growth rate (before revision)")}, FY31),
    # a list of later vintages alone
    ("ISLAMABAD: In its revised estimates, the committee put agriculture growth for fiscal year 2030-31 at 2.25 "
     "percent, industry at -3.76 percent and services at 0.07 percent.",
     {"2.25 percent": (2.25, "increase", "agriculture growth (revised)"),
      "-3.76 percent": (-3.76, "increase", "industry growth (revised)"),
      "0.07 percent": (0.07, "increase", "services growth (revised)")}, FY31),
    # the date of an estimate is not the period of the figure
    ("LONDON: The statistics office revised the annual 2030 rate of growth down from the 5.9% estimated in "
     "November to 3.2%.",
     {"5.9%": (5.9, "increase", "annual rate of growth (before revision)"),
      "3.2%": (3.2, "increase", "annual rate of growth (revised)")}, ("2030-01-01", "2030-12-31")),
    # growth downgraded to a decline: one signed rate, named by the noun after the figure
    ("TOKYO: A previous estimate of 0.1% growth between July and September 2031 was downgraded to a 0.3% decline.",
     {"0.1%": (0.1, "increase", "growth (before revision)"),
      "0.3%": (0.3, "decrease", "growth (revised)")}, ("2031-07-01", "2031-09-30")),
    # the earlier vintage named after its figure; the later one a final beside a revised one
    ("ISLAMABAD: According to the revised estimates, the agriculture sector grew by 2.25 percent in FY2030-31 "
     "compared to 1.55 percent in provisional estimates.",
     {"2.25 percent": (2.25, "increase", "agriculture sector growth (revised)"),
      "1.55 percent": (1.55, "increase", "agriculture sector growth (provisional)")}, FY31),
    ("ISLAMABAD: The committee approved the final growth of 6.17 percent for FY2030-31, up from the revised "
     "estimate of 5.97 percent.",
     {"6.17 percent": (6.17, "increase", "growth (final)"),
      "5.97 percent": (5.97, "increase", "growth (revised)")}, FY31),
    ("ISLAMABAD: The size of the economy for FY2030-31 was revised to Rs 83,875 billion from Rs 84,658 billion "
     "estimated provisionally.",
     {"Rs 83,875 billion": (83875e9, None, "size of economy (revised)"),
      "Rs 84,658 billion": (84658e9, None, "size of economy (provisional)")}, FY31),
    ("ISLAMABAD: The GDP growth rate of FY2030-31 has been revised to negative 0.17 percent from a provisional "
     "0.29 percent.",
     {"negative 0.17 percent": (-0.17, "increase", "GDP growth rate (revised)"),
      "0.29 percent": (0.29, "increase", "GDP growth rate (provisional)")}, FY31),
    ("ISLAMABAD: The committee revised the growth of the construction sector for FY2030-31 to -9.16 percent from "
     "the provisionally estimated -5.53 percent, and of the information and communication sector to -2.55 percent "
     "from 6.93 percent.",
     {"-9.16 percent": (-9.16, "increase", "construction sector growth (revised)"),
      "-5.53 percent": (-5.53, "increase", "construction sector growth (provisional)"),
      "-2.55 percent": (-2.55, "increase", "information and communication sector growth (revised)"),
      "6.93 percent": (6.93, "increase", "information and communication sector growth (provisional)")}, FY31),
    # a list of "from X to Y" pairs: each pair its own item's, never the next item's
    ("The growth of agriculture for 2031 was revised from 4.27% to 2.25%, industry from 7.19% to 6.83%, and "
     "services from 6.59% to 6.21%.",
     {"4.27%": (4.27, "increase", "agriculture growth (before revision)"),
      "2.25%": (2.25, "increase", "agriculture growth (revised)"),
      "7.19%": (7.19, "increase", "industry growth (before revision)"),
      "6.83%": (6.83, "increase", "industry growth (revised)"),
      "6.59%": (6.59, "increase", "services growth (before revision)"),
      "6.21%": (6.21, "increase", "services growth (revised)")}, Y2031),
    # a growth "recorded" (parsed as an adjective of "growth") against a provisional figure, no period stated
    ("Zembla's services sector recorded growth of 0.07 percent compared with a provisional 0.86 percent.",
     {"0.07 percent": (0.07, "increase", "services sector growth (revised)"),
      "0.86 percent": (0.86, "increase", "services sector growth (provisional)")}, (None, None)),
    ("Zembla's services sector recorded growth of 0.07 percent in 2031 compared with a provisional 0.86 percent.",
     {"0.07 percent": (0.07, "increase", "services sector growth (revised)"),
      "0.86 percent": (0.86, "increase", "services sector growth (provisional)")}, Y2031),
    # the earlier vintage named "provisional" after its figure, at the clause's end
    ("The mining sector grew 1.55pc in 2031 against 2.25pc provisional.",
     {"1.55pc": (1.55, "increase", "mining sector growth (revised)"),
      "2.25pc": (2.25, "increase", "mining sector growth (provisional)")}, Y2031),
    # a list after a colon, each item's earlier and later figure in brackets, the first without "%"
    ("The committee revised the growth rates of the sectors for 2031: farming (1.27% to 1.31%), mining "
     "(3.83 to 3.95%) and fishing (-2.2 to -4.1%).",
     {"1.27%": (1.27, "increase", "farming growth (before revision)"),
      "1.31%": (1.31, "increase", "farming growth (revised)"),
      "3.83": (3.83, "increase", "mining growth (before revision)"),
      "3.95%": (3.95, "increase", "mining growth (revised)"),
      "-2.2": (-2.2, "increase", "fishing growth (before revision)"),
      "-4.1%": (-4.1, "increase", "fishing growth (revised)")}, Y2031),
    ("Growth rates for 2031 were revised for farming (1.27% to 1.31%) and mining (3.83 to 3.95%).",
     {"1.27%": (1.27, "increase", "farming growth (before revision)"),
      "1.31%": (1.31, "increase", "farming growth (revised)"),
      "3.83": (3.83, "increase", "mining growth (before revision)"),
      "3.95%": (3.95, "increase", "mining growth (revised)")}, Y2031),
    # one vintage named alone
    ("The upwardly revised GDP growth for 2031 stands at 3.4 percent, the bureau said.",
     {"3.4 percent": (3.4, "increase", "GDP growth (revised)")}, Y2031),
    ("The first revised estimate put GDP growth for 2031 at 3.4 percent.",
     {"3.4 percent": (3.4, "increase", "GDP growth (revised)")}, Y2031),
]


@pytest.mark.parametrize("sentence, expected, period", CASES, ids=[c[0][:50] for c in CASES])
def test_each_vintage_of_a_revised_figure_is_marked_and_shares_measure_period_and_change(
        claims_of, sentence, expected, period):
    text = sentence if re.match(r"[A-Z]{4,}: ", sentence) else "ZEMBLA CITY: " + sentence
    claims = {c["quantity"]["text"]: c for c in claims_of(text)}
    got = {k: (c["quantity"]["value"], c["change"], c["metric"]) for k, c in claims.items() if k in expected}
    assert got == expected
    assert len(got) == len(expected)
    assert {(c["period"] or {}).get("start"): (c["period"] or {}).get("end")
            for k, c in claims.items() if k in expected} == {period[0]: period[1]}


def test_the_checker_reads_each_pair_as_one_fact_named_as_a_revision(claims_of):
    claims = [Claim.from_dict(c) for c in claims_of(
        "ZEMBLA CITY: The bureau revised the growth of agriculture for 2031 to 2.3% (1.6% provisional) and "
        "industry to -3.8% (-2.9%).")]
    by = {c.quantity.text: c for c in claims}
    for late, early in (("2.3%", "1.6%"), ("-3.8%", "-2.9%")):
        assert facts.named_revision(by[late], by[early])
        assert facts.same_fact(by[late], by[early], missing_subject_ok=True) is not False
    assert facts.same_fact(by["2.3%"], by["-2.9%"], missing_subject_ok=True) is not True  # two items, two facts


NO_REVISION = [
    # "the revised figures" in a clause of its own, far from the figure
    "Twelve managers, none of whom were involved in the accounting of the revised figures - have agreed to repay "
    "bonuses awarded in 2030 totalling $8.6m.",
    # a forecast told by a speaker: the revising verb does not reach the figures
    "The IMF revised its outlook, saying growth would slow to 2% this year from 3.1% in 2030.",
    # "provisional" is a status, and the figures are of two periods
    "Exports for 2031 totalled $25.1 billion (provisional) against $27.2 billion in 2030.",
    "GDP growth rose to 6.1 percent in 2031 from 5.97 percent.",
    # no period stated and no official estimate's word: a new offer, not a vintage of one figure
    "Acme may raise its bid to £1.5bn from its initial £1.3bn offer.",
]


@pytest.mark.parametrize("sentence", NO_REVISION, ids=[s[:50] for s in NO_REVISION])
def test_no_vintage_without_a_revision_of_the_figure(claims_of, sentence):
    claims = claims_of("ZEMBLA CITY: " + sentence)
    assert claims and not any(facts.vintages(c["metric"]) for c in claims)


def test_the_size_of_a_revision_is_no_vintage(claims_of):
    claims = {c["quantity"]["text"]: c["metric"] for c in claims_of(
        "ZEMBLA CITY: Growth for 2031 was revised down by 0.4 percentage points to 2.3 percent.")}
    assert facts.vintages(claims["2.3 percent"]) == {"revised"}
    assert not facts.vintages(claims["0.4 percentage points"])


def test_a_revision_told_over_a_passage(claims_of):
    # the revising word in the sentence before; the earlier figure named provisional after it
    claims = {c["quantity"]["text"]: c for c in claims_of(
        "ISLAMABAD: The committee approved revised growth estimates for fiscal year 2030-31 on Monday. "
        "Agriculture grew 2.3 percent against 1.6 percent provisionally estimated.")}
    late, early = claims["2.3 percent"], claims["1.6 percent"]
    assert (late["metric"], early["metric"]) == ("Agriculture growth (revised)", "Agriculture growth (provisional)")
    assert late["period"] == early["period"] and late["period"]["start"] == "2030-07-01"
    assert early["change"] == late["change"] == "increase"


def test_a_table_with_two_vintages_of_one_period_marks_each_column(claims_of):
    text = ("ISLAMABAD: Table: National accounts (Rs billion) FY2030-31 (Revised) FY2030-31 (Provisional) "
            "FY2029-30 (Final)\nGross domestic product 83,875 84,658 66,624\nAgriculture output 19,650 19,950 15,720")
    by = {c["quantity"]["text"]: c for c in claims_of(text)}
    assert by["83,875"]["metric"] == "gross domestic product (revised)"
    assert by["84,658"]["metric"] == "gross domestic product (provisional)"
    assert by["19,950"]["metric"] == "agriculture output (provisional)"
    assert by["83,875"]["period"] == by["84,658"]["period"]
    # the only column of its period: "(Final)" is a status there, not a mark (sa-dev decisions)
    assert by["66,624"]["metric"] == "gross domestic product"
    # one vintage column alone marks nothing
    alone = claims_of("ISLAMABAD: Table: National accounts (Rs billion) FY2030-31 (Provisional) FY2029-30\n"
                      "Gross domestic product 84,658 66,624\nAgriculture output 19,950 15,720")
    assert not any(facts.vintages(c["metric"]) for c in alone)


def test_revised_up_to_a_figure_is_the_figure_not_a_bound(claims_of):
    claims = claims_of("ZEMBLA CITY: Inflation for May 2031 was revised up to 4.31 per cent from 4.25 per cent.")
    assert [(c["quantity"]["text"], c["quantity"]["qualifier"]) for c in claims] == [
        ("4.31 per cent", "exact"), ("4.25 per cent", "exact")]
    # a bound stays a bound where nothing is revised
    assert claims_of("ZEMBLA CITY: Prices may rise by up to 4.31 per cent in 2031.")[0]["quantity"]["qualifier"] == "at_most"


def test_a_base_of_another_period_is_no_earlier_vintage(claims_of):
    claims = {c["quantity"]["text"]: c for c in claims_of(
        "ZEMBLA CITY: The revised budget for 2031 allocates Rs 5 trillion, up 12% from Rs 4.46 trillion in 2030.")}
    base = claims["Rs 4.46 trillion"]
    assert not facts.vintages(base["metric"]) and base["period"]["start"] == "2030-01-01"
    claims = {c["quantity"]["text"]: c for c in claims_of(
        "ZEMBLA CITY: The bureau revised its estimates, and exports rose to $5.1 billion in May 2031 from $4.2 "
        "billion in April 2031.")}
    assert claims["$4.2 billion"]["period"]["start"] == "2031-04-01"
    assert not facts.named_revision(Claim.from_dict(claims["$5.1 billion"]), Claim.from_dict(claims["$4.2 billion"]))
    claims = {c["quantity"]["text"]: c for c in claims_of(
        "ZEMBLA CITY: The bureau revised exports to $5.1 billion in May 2031 from $4.2 billion in April 2031.")}
    assert not any(facts.vintages(c["metric"]) for c in claims.values())


def test_a_list_under_a_line_that_names_the_revision(claims_of):
    # "Label: X to Y" lines under "… the revised figures are:": each line one item's two vintages, a
    # sector's rate its growth
    text = ("ZEMBLA CITY: Growth for 2031 was revised on Monday. By sector, the revised figures are:\n"
            "Agriculture: 4.27% to 2.25%\nIndustry: 7.19% to 6.83%\n")
    got = {c["quantity"]["text"]: (c["metric"], c["change"]) for c in claims_of(text)}
    assert got == {"4.27%": ("Agriculture growth (before revision)", "increase"),
                   "2.25%": ("Agriculture growth (revised)", "increase"),
                   "7.19%": ("Industry growth (before revision)", "increase"),
                   "6.83%": ("Industry growth (revised)", "increase")}
    # without a revision named, a list line's figures are no vintages
    plain = claims_of("ZEMBLA CITY: By sector, the figures are:\nFarming: 4.27% to 2.25%\n")
    assert not any(facts.vintages(c["metric"]) for c in plain)


def test_pairs_that_go_on_with_a_revision_named_sentences_before(claims_of):
    # the revising word two sentences back; every sentence between gives a pair; each pair is one item's
    # two vintages: after "from", in brackets, after a semicolon, an item named "its" by the sentence's topic
    text = ("ZEMBLA CITY: The bureau on Monday revised the growth figures for 2031. It said farm growth had improved "
            "from the provisional 2.15% to 3.05%. For the mining sector, it said, its growth had fallen from -1.5 to "
            "-2.5%, due to falls in deep-sea drilling (-7.98 to -9.87%); and oil and gas (1.5 to 1.2%).\n\n"
            "The fishing sector declined from the provisional 0.56% to 0.02%, with falls in fish farming "
            "(5.5 to -1.25%).")
    got = {c["quantity"]["text"]: (c["quantity"]["value"], c["metric"]) for c in claims_of(text)}
    assert got == {"2.15%": (2.15, "farm growth (provisional)"), "3.05%": (3.05, "farm growth (revised)"),
                   "-1.5": (-1.5, "mining sector growth (before revision)"),
                   "-2.5%": (-2.5, "mining sector growth (revised)"),
                   "-7.98": (-7.98, "deep-sea drilling growth (before revision)"),
                   "-9.87%": (-9.87, "deep-sea drilling growth (revised)"),
                   "1.5": (1.5, "oil and gas growth (before revision)"), "1.2%": (1.2, "oil and gas growth (revised)"),
                   "0.56%": (0.56, "fishing sector growth (provisional)"),
                   "0.02%": (0.02, "fishing sector growth (revised)"),
                   "5.5": (5.5, "fish farming growth (provisional)"), "-1.25%": (-1.25, "fish farming growth (revised)")}
    by = {c["quantity"]["text"]: c for c in claims_of(text)}
    assert {(by[k]["period"]["start"], by[k]["period"]["end"]) for k in got} == {Y2031}


def test_a_revision_reaches_only_a_run_of_pairs(claims_of):
    # a sentence without a pair ends the run: the pair after it is a range of one figure again
    text = ("ZEMBLA CITY: The bureau revised GDP growth for 2031 from 2.1 to 2.4%. Officials met on Monday. "
            "Farm output is seen growing 3 to 4% in 2032.")
    got = {c["quantity"]["text"]: c for c in claims_of(text)}
    assert facts.vintages(got["2.1"]["metric"]) == {"before revision"}
    assert facts.vintages(got["2.4%"]["metric"]) == {"revised"}
    assert "3 to 4%" in got and not facts.vintages(got["3 to 4%"]["metric"])
    # no revision named before: a bracketed pair stays a range, a "from … to" pair no vintages
    plain = {c["quantity"]["text"]: c for c in claims_of(
        "ZEMBLA CITY: Farm output rose in 2031. Mining (4.1 to 4.5%) and fishing grew from 1.1% to 1.5%.")}
    assert "4.1 to 4.5%" in plain and not any(facts.vintages(c["metric"]) for c in plain.values())


def test_an_earlier_estimate_dated_when_it_was_made(claims_of):
    # "estimated in May" dates the estimate, not the figure: both vintages are of the fiscal year
    claims = {c["quantity"]["text"]: c for c in claims_of(
        "ISLAMABAD: The committee said the GDP had contracted by 0.17% in fiscal year 2030-31, rather than the "
        "0.29% growth provisionally estimated in May.")}
    late, early = claims["0.17%"], claims["0.29%"]
    assert (late["metric"], early["metric"]) == ("GDP growth (revised)", "GDP growth (provisional)")
    assert late["period"]["start"] == early["period"]["start"] == "2030-07-01"
    # without an estimate's word, "rather than" sets two figures of two periods apart
    plain = {c["quantity"]["text"]: c for c in claims_of(
        "ZEMBLA CITY: Exports rose 5% in 2031, rather than the 7% estimated in May.")}
    assert not any(facts.vintages(c["metric"]) for c in plain.values())


def test_an_official_estimate_beside_a_forecast_is_no_forecast(claims_of):
    claims = {c["quantity"]["text"]: c for c in claims_of(
        "ISLAMABAD: The revised GDP growth for FY2030-31 may exceed the provisional estimates of 5.97% and is likely "
        "to jump to over 6%.")}
    assert claims["5.97%"]["metric"] == "GDP growth (provisional)"
    assert "(forecast)" in claims["6%"]["metric"]  # the figure the sentence expects stays a forecast


def test_other_ways_of_writing_a_pair_go_on_with_a_revision(claims_of):
    # a revision of figures named first; pairs after it written "down from", "against … earlier",
    # "instead of", "(X)" and "having been" are each one figure's two vintages
    text = ("ZEMBLA CITY: The bureau on Monday revised its estimates of farm output for 2031. Wheat output now stands "
            "at 12.4 million tonnes, down from 12.9 million tonnes. Rice growth was put at 4.1 percent against 3.6 "
            "percent earlier. Cotton growth was 1.1 percent instead of 1.4 percent; barley growth 2.5 percent (2.8 "
            "percent), and fishing growth is now 0.7 percent, having been 0.9 percent.")
    got = {c["quantity"]["text"]: facts.vintages(c["metric"]) for c in claims_of(text)}
    later, earlier = {"revised"}, {"before revision"}
    assert got == {"12.4 million": later, "12.9 million": earlier, "4.1 percent": later, "3.6 percent": earlier,
                   "1.1 percent": later, "1.4 percent": earlier, "2.5 percent": later, "2.8 percent": earlier,
                   "0.7 percent": later, "0.9 percent": earlier}


@pytest.mark.parametrize("text", [
    # a revision of something that is no figure
    "ZEMBLA CITY: The bureau revised the base year of its price index on Monday. Exports rose from $2.1 billion "
    "to $2.6 billion, down from a peak of $2.9 billion.",
    "ZEMBLA CITY: The ministry revised the fuel levy on Monday. Tax revenue fell to $5.2 billion, against $4.8 "
    "billion earlier.",
    # a revision of figures, then pairs of two periods
    "ZEMBLA CITY: The bureau revised its export figures on Monday. Exports reached $5.2 billion in 2031, up from "
    "$4.8 billion a year earlier.",
    "ZEMBLA CITY: The bureau revised its inflation data on Monday. In October, inflation was 2.7%, compared with "
    "3.4% in September.",
    "ZEMBLA CITY: The bureau revised its export data on Monday. Exports rose from $2.1 billion to $2.6 billion "
    "over the same period.",
])
def test_no_vintage_where_a_revision_of_something_else_or_another_period_comes_first(claims_of, text):
    claims = claims_of(text)
    assert claims and not any(facts.vintages(c["metric"]) for c in claims)


def test_earlier_figures_named_by_their_estimate_go_on_with_a_revision(claims_of):
    # "had earlier reported", "previously reported as" (the figure after it is the earlier one), "the earlier
    # fall of X … is now a fall of Y"
    text = ("ZEMBLA CITY: The bureau corrected its data on farm output for 2031 on Monday. Maize output was 711,400 "
            "tonnes; the bureau had earlier reported 726,900. Barley output came to 118,200 tonnes, previously "
            "reported as 119,600 tonnes. The earlier fall of 1.9% in rice output is now a fall of 2.6%.")
    got = {c["quantity"]["text"]: facts.vintages(c["metric"]) for c in claims_of(text)}
    later, earlier = {"revised"}, {"before revision"}
    assert got == {"711,400": later, "726,900": earlier, "118,200": later, "119,600": earlier, "1.9%": earlier,
                   "2.6%": later}


def test_a_past_high_is_no_earlier_estimate(claims_of):
    claims = claims_of("ZEMBLA CITY: The bureau revised its inflation data for 2031 on Monday. Inflation reached "
                       "6.2 percent, above the previous high of 5.7 percent.")
    assert not any(facts.vintages(c["metric"]) for c in claims)
