"""Which period frames a figure when its sentence goes back, names its year only by reference, or
gives the base before the level ("rose 9.6% from a year earlier to ... in October"); the fiscal
calendar of an article that names no country; a budget story's targets. Every sentence is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article


def _periods(text, published):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: (c["period"] or {}).get("start") and (c["period"]["start"], c["period"]["end"])
            for c in claims}


OCTOBER = ("2030-10-01", "2030-10-31")


def test_a_change_with_its_base_before_the_level_takes_the_levels_period():
    got = _periods("Ruritania's cement sales rose 9.6% from a year earlier to 2.14 million tonnes in October, "
                   "industry data showed.", "2030-11-01")
    assert got["9.6%"] == got["2.14 million"] == OCTOBER


def test_a_base_after_the_level_stays_the_bases():
    got = _periods("Exports rose 13% from a year earlier to $5bn, against $4bn in October.", "2030-11-01")
    assert got["$4bn"] == OCTOBER
    assert got["13%"] is None  # no period of its own: the October after "against" is the base's


def test_a_month_before_the_governing_one_inside_a_sentence_is_a_comparison():
    text = ("Ruritania's tax collections rose 9.6% to 2.14 trillion rupees in October, official data showed. "
            "Collections in September were 1.98 trillion rupees. Revenue from domestic transactions rose 8.3%. "
            "Net collections stood at 1.90 trillion rupees.")
    got = _periods(text, "2030-11-01")
    assert got["1.98 trillion rupees"] == ("2030-09-01", "2030-09-30")
    assert got["8.3%"] == got["1.90 trillion rupees"] == OCTOBER


def test_a_year_told_in_the_past_perfect_does_not_take_over():
    text = ("Ruritania's car sales during the first quarter of 2030 fell to 33,500 units. "
            "The industry had sold 207,862 units in the whole of 2029. "
            "Motorcycle sales exceeded 412,000 units.")
    got = _periods(text, "2030-04-10")
    assert got["207,862"] == ("2029-01-01", "2029-12-31")
    assert got["412,000"] == ("2030-01-01", "2030-03-31")


def test_a_period_that_opens_its_sentence_takes_the_passage_back():
    text = ("Ruritania's reserves stood at $12.9 billion as of 13 October 2023.\n"
            "During the week ended on October 6, 2023, the central bank's reserves rose by $31 million to $7.6 billion.\n"
            "Reserves held by commercial banks stood at $5.4 billion.")
    got = _periods(text, "2023-10-19")
    assert got["$5.4 billion"] == ("2023-10-06", "2023-10-06")


def test_during_the_year_and_in_the_fiscal_are_the_fiscal_year_of_the_passage():
    text = ("Domestic car sales in Ruritania crossed 4.6 million units in FY28, the highest ever, data showed.\n"
            "In March 2028, dispatches stood at 421,300 units.\n"
            "Car exports also rose to 738,000 units during the year.\n"
            "Electric cars sold 198,400 units in the fiscal.")
    got = _periods(text.replace("Ruritania", "India"), "2028-04-12")
    assert got["738,000"] == got["198,400"] == ("2027-04-01", "2028-03-31")


def test_the_fiscal_deficit_is_no_period():
    got = _periods("India's government said spending in the fiscal deficit plan was Rs 400 crore in March 2028.",
                   "2028-04-12")
    assert got["Rs 400 crore"] == ("2028-03-01", "2028-03-31")


def test_the_fiscal_year_starting_mid_july_is_nepals_year():
    got = _periods("KATHMANDU - Nepal's government proposed spending 2.06 trillion Nepali rupees in the fiscal "
                   "year starting mid-July.", "2030-05-29")
    assert got["2.06 trillion Nepali rupees"] == ("2030-07-16", "2031-07-15")


def test_a_fiscal_year_starting_mid_month_elsewhere_starts_on_the_16th():
    got = _periods("Ruritania will spend $2 billion in the fiscal year starting mid-October.", "2030-05-29")
    assert got["$2 billion"] == ("2030-10-16", "2031-10-15")


def test_a_results_story_naming_no_country_reports_a_quarter_that_has_ended():
    # under the calendar year Q2FY27 (April-June 2027) would still be to come on 16 October 2026
    text = ("Vardhan Infotech posted a net profit of Rs 1,482 crore for Q2FY27, up 11.3 per cent.\n"
            "Revenue stood at Rs 9,746 crore.")
    got = _periods(text, "2026-10-16")
    assert got["Rs 1,482 crore"] == got["Rs 9,746 crore"] == ("2026-07-01", "2026-09-30")


def test_a_fiscal_label_already_ended_keeps_the_calendar_year():
    got = _periods("Zentrix posted a net profit of $14 million in FY24.", "2025-03-01")
    assert got["$14 million"] == ("2024-01-01", "2024-12-31")


def test_a_nine_month_span_under_an_unknown_calendar_follows_the_july_year():
    text = ("Remittance earnings jumped 22 percent year-on-year to $22.84bn in 9MFY26.\n"
            "Remittances from the United States slipped to $2.98bn in July-March.")
    got = _periods(text, "2026-04-03")
    assert got["$22.84bn"] == ("2025-07-01", "2026-03-31")


def test_a_budget_storys_targets_are_of_the_budget_year():
    text = ("DHAKA: The finance minister placed a Tk 9,84,500 crore budget for fiscal year 2031-32 in parliament.\n"
            "The size is 11.1 percent larger than the revised budget of Tk 8,86,000 crore for the outgoing fiscal year.\n"
            "The government aims to collect Tk 6,70,000 crore in revenue.\n"
            "The minister aims to contain inflation at 6.5 percent.")
    got = _periods(text, "2031-06-05")
    assert got["Tk 6,70,000 crore"] == got["6.5 percent"] == ("2031-07-01", "2032-06-30")
    assert got["Tk 8,86,000 crore"] == ("2030-07-01", "2031-06-30")


def test_a_labelled_span_across_the_calendar_year_sets_an_unnamed_countrys_calendar():
    text = ("Karakoram Cement's net profit for July-March FY25 grew 40pc year-on-year to Rs 7.8 billion.\n"
            "Revenue rose 9.9pc to Rs 61.2bn.\n"
            "The third-quarter profit came in at Rs 2.9 billion.")
    got = _periods(text, "2025-04-25")
    assert got["Rs 2.9 billion"] == ("2025-01-01", "2025-03-31")


def test_a_bare_half_or_quarter_of_the_fiscal_year_is_read_whole_as_the_current_ones():
    text = "Pakistan's exports rose to $14bn in the first half of the fiscal year."
    [(_, claims)] = list(extract_batch([Article("x", text, "2024-01-20")]))
    assert claims[0]["period"] == {"text": "the first half of the fiscal year", "start": "2023-07-01", "end": "2023-12-31"}
    got = _periods("India's tax receipts were Rs 5 lakh crore in the third quarter of the fiscal year.", "2024-01-20")
    assert got["Rs 5 lakh crore"] == ("2023-10-01", "2023-12-31")


def test_a_rate_over_a_dated_month_is_measured_from_it():
    text = ("Inflation in Ruritania remained in double digits in October, with the CPI rising 11.04 percent over "
            "October 2018, official data showed. The reading compares with 11.37 percent in September. "
            "Tomatoes rose 84.6 percent.")
    got = _periods(text, "2019-11-03")
    assert got["11.04 percent"] == got["84.6 percent"] == ("2019-10-01", "2019-10-31")
    assert got["11.37 percent"] == ("2019-09-01", "2019-09-30")


def test_the_day_a_budget_is_presented_is_not_its_figures_period():
    text = ("COLOMBO: The finance minister presented the Budget for 2027 in Parliament on Friday, estimating "
            "total revenue at Rs. 5,410 billion.")
    got = _periods(text, "2026-11-14")
    assert got["Rs. 5,410 billion"] == ("2027-01-01", "2027-12-31")


def test_the_start_of_a_coming_change_governs_no_later_figure():
    text = ("COLOMBO: The 2027 Budget allocates Rs 512 billion for health.\n"
            "Public servants will receive an additional monthly allowance of Rs 5,000 from April.\n"
            "The government expects revenue to reach Rs 5.41 trillion.")
    got = _periods(text, "2026-11-14")
    assert got["Rs 5.41 trillion"] == ("2027-01-01", "2027-12-31")


def test_a_range_of_nepali_months_is_one_span_and_a_count_after_for_separates_nothing():
    got = _periods("Nepal received FDI pledges of Rs 28.42 billion for 112 projects in the Shrawan-Asoj period.",
                   "2019-10-22")
    assert got["Rs 28.42 billion"] == got["112"] == ("2019-07-16", "2019-10-15")


def test_a_level_after_higher_than_a_year_earlier_is_the_current_ones():
    got = _periods("Ruritania's remittances rose in the first quarter of 2024. Inflows in March were 0.7% higher "
                   "than a year earlier at $572.4 million.", "2024-04-12")
    assert got["$572.4 million"] == ("2024-03-01", "2024-03-31")


def test_the_quarter_after_the_month_that_closes_it_is_that_quarter():
    text = ("Remittances to Sri Lanka grew to $1.6 billion in the first quarter of 2024. Inflows in March were "
            "$572.4 million. Tourism earned $1.03 billion in the quarter.")
    got = _periods(text, "2024-04-12")
    assert got["$1.03 billion"] == ("2024-01-01", "2024-03-31")


def test_the_quarter_after_a_month_inside_one_stays_open():
    got = _periods("India's exports rose to $30bn in October. Services earned $12bn in the quarter.", "2023-11-10")
    assert got["$12bn"] != ("2023-10-01", "2023-12-31")  # a quarter not yet ended on the day of writing


def test_end_of_a_year_written_with_a_hyphen():
    got = _periods("Sri Lanka's reserves stood at $5bn at end-2024. The central bank expects gross reserves to "
                   "reach $7.2 billion by end-2025.", "2025-03-08")
    assert got["$5bn"] == ("2024-12-31", "2024-12-31")
    assert got["$7.2 billion"] == ("2025-01-01", "2025-12-31")  # as "by the end of 2025"


def test_may_before_a_plural_noun_and_its_verb_is_the_month():
    got = _periods("Sri Lanka's tourism earnings rose in 2025. May earnings were estimated at $198.4 million. "
                   "Prices may rise by 5% in 2026.", "2025-06-08")
    assert got["$198.4 million"] == ("2025-05-01", "2025-05-31")


def test_the_year_so_far_is_no_full_year():
    got = _periods("Pakistan's exports rose to $2bn in March. Exports for the fiscal year so far reached $25bn.",
                   "2026-04-10")
    assert got["$25bn"] == ("2025-07-01", "2026-03-31")  # to the month the passage reports
    got = _periods("Ruritania's exports for the year so far reached $25bn.", "2026-04-10")
    assert got["$25bn"] == ("2026-01-01", "2026-04-10")


def test_the_current_fiscal_year_casts_no_vote_on_an_unnamed_countrys_calendar():
    got = _periods("The budget for the current fiscal year is Rs 14 trillion.", "2026-04-10")
    assert got["Rs 14 trillion"] == ("2026-01-01", "2026-12-31")  # the calendar year where unknown


def test_later_in_the_year_is_no_period():
    got = _periods("Economists predicted Ruritania's rates will drop to 4% later in the year, although others disagree.",
                   "2005-03-01")
    assert got["4%"] is None


def test_a_fiscal_year_that_says_when_it_ends():
    got = _periods("Ruritania's trade deficit in the first ten months of the fiscal year that ends in June fell to "
                   "$24bn, data showed. Zembla's exports in the fiscal year that ended in March rose to $450bn.",
                   "2031-05-06")
    assert got["$24bn"] == ("2030-07-01", "2031-04-30")
    assert got["$450bn"] == ("2030-04-01", "2031-03-31")


def test_a_period_that_names_a_plan_after_a_figure_is_not_the_figures():
    got = _periods("NEW DELHI, Jan 31 (Reuters) - India's fiscal deficit for the April-December period stood at "
                   "11.80 trillion rupees, or 62.4% of the full-year target, government data showed on Thursday.",
                   "2031-01-31")
    assert got["11.80 trillion rupees"] == ("2030-04-01", "2030-12-31")


def test_the_full_year_in_a_story_told_in_fiscal_years_is_the_fiscal_year():
    text = ("MUMBAI: Remittances to India rose 12.2 per cent to a record $171.4 billion in 2029-30, central bank "
            "data showed.\nPrivate transfer receipts in the January-March quarter stood at $46.3 billion.\n"
            "The current account deficit for the full year narrowed to $31.6 billion.")
    got = _periods(text, "2030-06-27")
    assert got["$31.6 billion"] == ("2029-04-01", "2030-03-31")


def test_a_period_closing_two_parallel_clauses_is_both_figures():
    text = ("Pakistan's IT exports during 9MFY24 rose to $2,712 million. IT exports reached $331 million in March "
            "2024. Computer services exports stood at $2,180 million, while telecommunication services exports were "
            "recorded at $487 million during the period.")
    got = _periods(text, "2024-04-17")
    assert got["$2,180 million"] == got["$487 million"] == ("2023-07-01", "2024-03-31")
    got = _periods("Exports rose to $5bn, while imports fell to $3bn from $4bn in March.", "2024-04-17")
    assert got["$5bn"] is None  # "in March" is the base's


def test_a_calendar_year_label_and_the_full_fiscal_year():
    got = _periods("Pakistan's Indus Digital Systems' topline for CY21 clocked in at Rs48.6bn, compared with Rs36.2bn "
                   "in CY20.", "2022-02-15")
    assert got["Rs48.6bn"] == ("2021-01-01", "2021-12-31")
    assert got["Rs36.2bn"] == ("2020-01-01", "2020-12-31")
    got = _periods("Pakistan's FBR collected Rs 9,000 billion in July-February. The FBR needs to collect Rs 16,100 "
                   "billion in the full fiscal year under the budget.", "2030-03-01")
    assert got["Rs 16,100 billion"] == ("2029-07-01", "2030-06-30")
