"""Which period governs a figure across a passage: rules of extractor/claims.py (_period_for) and
extractor/periods.py, each on invented sentences through the real pipeline."""
import datetime as dt

from extractor import periods


def _period(claims, surface):
    c = next(c for c in claims if c["quantity"]["text"] == surface)
    return (c["period"]["start"], c["period"]["end"]) if c["period"] else None


def _claim(claims, surface):
    return next(c for c in claims if c["quantity"]["text"] == surface)


def test_respectively_pairs_each_figure_with_its_period(claims_of):
    claims = claims_of("Ruritania's tin sales climbed to $41.2 million and $39.8 million in March and April, "
                       "respectively.", "2023-05-20")
    assert _period(claims, "$41.2 million") == ("2023-03-01", "2023-03-31")
    assert _period(claims, "$39.8 million") == ("2023-04-01", "2023-04-30")
    claims = claims_of("The bureau's totals for 2019 and 2020 were $7.1 billion and $6.4 billion, respectively.",
                       "2021-03-02")
    assert _period(claims, "$7.1 billion") == ("2019-01-01", "2019-12-31")
    assert _period(claims, "$6.4 billion") == ("2020-01-01", "2020-12-31")


def test_a_base_phrase_before_a_list_of_figures_is_every_items(claims_of):
    """"the previous year's figures of 33,517 and 14,062": both figures are the year before's, not
    only the first; a figure after a separator is not in the list."""
    claims = claims_of("Ruritania issued 31,245 new mining licences in 2023, with 12,873 licences renewed. This "
                       "represents a decline from the previous year's figures of 33,517 and 14,062, respectively.",
                       "2024-02-10")
    assert _period(claims, "33,517") == _period(claims, "14,062") == ("2022-01-01", "2022-12-31")
    assert _period(claims, "12,873") == ("2023-01-01", "2023-12-31")
    claims = claims_of("Ruritania issued 31,245 new mining licences in 2023. Renewals fell from the previous "
                       "year's 33,517; the board now holds 14,062 requests.", "2024-02-10")
    assert _period(claims, "33,517") == ("2022-01-01", "2022-12-31")
    assert _period(claims, "14,062") != ("2022-01-01", "2022-12-31")


def test_respective_periods_need_lists_of_one_length():
    text = "Sales were $4m, $5m and $6m in 2020 and 2021, respectively."
    figures = [(text.index(s), text.index(s) + len(s)) for s in ("$4m", "$5m", "$6m")]
    assert periods.respective_periods(text, 0, len(text), figures, figures[0][0]) is None
    text = "Sales were $4m and $5m in 2020 and 2021."  # no "respectively": the ordinary rules
    figures = [(text.index(s), text.index(s) + len(s)) for s in ("$4m", "$5m")]
    assert periods.respective_periods(text, 0, len(text), figures, figures[0][0]) is None


def test_a_sentence_cut_after_rs_keeps_its_later_period(claims_of):
    claims = claims_of("Goods worth Rs. 5.1 billion were sold abroad in the first month of the current fiscal "
                       "year while goods worth Rs. 4.7 billion were sold abroad in the same period of last fiscal year.",
                       "2024-08-30")
    assert _period(claims, "Rs. 4.7 billion") is not None
    current, base = _period(claims, "Rs. 5.1 billion"), _period(claims, "Rs. 4.7 billion")
    assert base != current and base[0] < current[0]


def test_this_year_set_against_a_part_of_last_year_is_the_same_part_now(claims_of):
    claims = claims_of("Freedonia's tea exports were $12 million in March last year, whereas this year they fell "
                       "to $10 million.", "2024-04-25")
    assert _period(claims, "$12 million") == ("2023-03-01", "2023-03-31")
    assert _period(claims, "$10 million") == ("2024-03-01", "2024-03-31")


def test_same_part_this_year_only_moves_a_part_of_an_earlier_year():
    ctx = periods.Context(published=dt.date(2024, 4, 25))
    assert periods.same_part_this_year((dt.date(2023, 3, 1), dt.date(2023, 3, 31)), ctx) == (
        dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert periods.same_part_this_year((dt.date(2024, 3, 1), dt.date(2024, 3, 31)), ctx) is None  # already this year
    assert periods.same_part_this_year((dt.date(2023, 1, 1), dt.date(2023, 12, 31)), ctx) is None  # a whole year


def test_month_on_month_change_takes_the_month_after_its_base(claims_of):
    text = ("Freedonia's coffee exports fell 8 per cent to $2.1 billion in fiscal year 2022-23. "
            "On a year-on-year basis, coffee exports grew 3.2 per cent and stood at $210 million, while on a "
            "month-on-month basis they grew 4.5 per cent when compared to $201 million in May 2023.")
    claims = claims_of(text, "2023-07-20")
    june = ("2023-06-01", "2023-06-30")
    assert _period(claims, "4.5 per cent") == june
    assert _period(claims, "3.2 per cent") == june  # the fiscal year does not carry onto the monthly figures
    assert _period(claims, "$210 million") == june
    assert _period(claims, "$201 million") == ("2023-05-01", "2023-05-31")
    assert _claim(claims, "4.5 per cent")["metric"].endswith("(month-on-month)")
    assert "month-on-month" not in (_claim(claims, "3.2 per cent")["metric"] or "")
    assert "month-on-month" not in (_claim(claims, "$201 million")["metric"] or "")  # a level, no basis


def test_change_against_the_month_before_is_month_on_month(claims_of):
    claims = claims_of("Ruritania's imports fell 2.5 per cent in October 2023 when compared to imports of "
                       "$4.1 billion in September 2023.", "2023-11-10")
    assert _period(claims, "2.5 per cent") == ("2023-10-01", "2023-10-31")
    assert _claim(claims, "2.5 per cent")["metric"].endswith("(month-on-month)")
    claims = claims_of("Ruritania's imports fell 2.5 per cent in October 2023 when compared to imports of "
                       "$4.1 billion in October 2022.", "2023-11-10")
    assert "month-on-month" not in (_claim(claims, "2.5 per cent")["metric"] or "")


def test_the_period_carries_while_each_paragraph_continues_it(claims_of):
    text = ("Freedonia's fabric exports fell 9.1 per cent in FY23, the bureau said.\n\n"
            "Yarn exports dipped 4.2 per cent, and towels 3.3 per cent. Mills blamed costly power, slow orders "
            "from buyers abroad, delays at the ports, a shortage of raw cotton after the floods, and banks that "
            "would not open letters of credit for imported machinery; several mills shut their looms for weeks, "
            "and the owners' association asked for cheaper gas, faster refunds and a lower tax on exporters' "
            "receipts, none of which the ministry has granted so far.\n\n"
            "Among other items, rugs declined by 7.7 per cent.")
    claims = claims_of(text, "2023-07-25")
    fy = _period(claims, "9.1 per cent")
    assert fy is not None
    assert _period(claims, "4.2 per cent") == fy
    assert _period(claims, "7.7 per cent") == fy  # two paragraphs on, through a paragraph that took it


def test_the_last_week_is_the_week_the_passage_names(claims_of):
    text = ("KARACHI: Ruritania's central bank reserves rose by $45 million during the last week. Reserves "
            "reached $6.2 billion in the week ended on March 8, 2024, the bank said.")
    claims = claims_of(text, "2024-03-15")
    assert _period(claims, "$45 million") == ("2024-03-02", "2024-03-08")
    assert _period(claims, "$6.2 billion") == ("2024-03-08", "2024-03-08")  # a stock at the week's end


def test_last_month_on_an_undated_page_is_the_month_after_its_base(claims_of):
    claims = claims_of("Remittances to Ruritania amounted to $312 million last month, an increase of $20 million "
                       "from August 2022.")
    assert _period(claims, "$312 million") == ("2022-09-01", "2022-09-30")


def test_a_yearless_part_on_an_undated_page_is_a_year_after_its_base(claims_of):
    claims = claims_of("Ruritania Foods said its operating profit in the third quarter was 41m euros, up from 30m "
                       "in the same period of 2011.")
    assert _period(claims, "41m euros") == ("2012-07-01", "2012-09-30")
    assert _period(claims, "30m") == ("2011-07-01", "2011-09-30")
    claims = claims_of("Ruritania Foods said its operating profit in the third quarter was 41m euros.")
    assert _period(claims, "41m euros") in (None, (None, None))  # nothing to anchor it: open


def test_a_month_name_for_the_nepali_fiscal_month_just_named(claims_of):
    text = ("Tourism has picked up in the first month of the fiscal year 2082/83 in Nepal.\n"
            "Arrivals in Nepal rose by 12.5 percent in July alone, the tourism board said.\n"
            "Compared to the same time last year, there was a 9.5 percent rise in hotel bookings.")
    claims = claims_of(text)
    shrawan = ("2025-07-16", "2025-08-15")
    assert _period(claims, "12.5 percent") == shrawan
    assert _period(claims, "9.5 percent") == ("2024-07-16", "2024-08-15")


def test_month_name_stays_a_calendar_month_on_other_calendars():
    ctx = periods.Context(published=dt.date(2024, 9, 1), calendar=periods.calendar_of("Pakistan"),
                          previous=(dt.date(2024, 7, 1), dt.date(2024, 7, 31)))
    m = next(m for m in periods.find_periods("rose 5% in July alone") if m.name == "month_noyear")
    assert m.resolve(ctx) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31))
    nepal = periods.Context(published=dt.date(2024, 9, 1), calendar=periods.NEPAL,
                            previous=(dt.date(2024, 8, 16), dt.date(2024, 9, 15)))
    assert m.resolve(nepal) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31))  # the fiscal month named is not July's


def test_a_bracketed_year_after_a_period_glosses_it(claims_of):
    """"July-March of the current fiscal year 2030-31 (FY31), showing a growth of 5.5 percent": the
    bracket names the year of the phrase; the growth is of the nine months, not of the whole year."""
    claims = claims_of("Ruritania's tin exports reached $2.1 billion during July-March of the current fiscal year "
                       "2030-31 (FY31), showing a growth of 5.5 percent. The fiscal year begins in July.", "2031-04-20")
    assert _period(claims, "5.5 percent") == ("2030-07-01", "2031-03-31")
    # undated: the bracket says which year "the current fiscal year" is, and the base follows it
    claims = claims_of("Pakistan's rice exports reached $2.1 billion during the first nine months of the current "
                       "fiscal year (2030-31) as compared to $2.0 billion during the same period of last year, "
                       "showing a growth of 5.5 percent.", None)
    assert _period(claims, "$2.1 billion") == ("2030-07-01", "2031-03-31")
    assert _period(claims, "5.5 percent") == ("2030-07-01", "2031-03-31")
    assert _period(claims, "$2.0 billion") == ("2029-07-01", "2030-03-31")
    claims = claims_of("Pakistan's rice exports rose 5.5 percent in the last fiscal year (2029-30).", None)
    assert _period(claims, "5.5 percent") == ("2029-07-01", "2030-06-30")
    # a bracketed year after a figure, not after a period, is still a period of its own
    claims = claims_of("Pakistan's rice exports were $2.1 billion (2030-31), up 5.5 percent.", None)
    assert _period(claims, "$2.1 billion") == ("2030-07-01", "2031-06-30")


def test_a_bracketed_gloss_inside_a_part_of_a_fiscal_year(claims_of):
    """"the first 10 months (July-April) of the current fiscal year 2030-31 (FY31)" is one phrase: the
    figures and the base after it are of ten months, not of the whole year."""
    claims = claims_of("Pakistan's tin exports declined by 4.2 percent during the first 10 months (July-April) of "
                       "the current fiscal year 2030-31 (FY31) and stood at $3.71 billion as compared to $3.87 "
                       "billion during the same period last year.", "2031-05-03")
    assert _period(claims, "4.2 percent") == ("2030-07-01", "2031-04-30")
    assert _period(claims, "$3.87 billion") == ("2029-07-01", "2030-04-30")
    claims = claims_of("Pakistan's tin exports were $1.9 billion in the first six months (July-December) of FY31.",
                       "2031-02-03")
    assert _period(claims, "$1.9 billion") == ("2030-07-01", "2030-12-31")


# ---- outlet wordings of one period (the blind outlet clusters, benchmarks/outlet_clusters) ----

def test_a_lead_word_does_not_cut_a_fiscal_month_range_from_its_year(claims_of):
    claims = claims_of("KARACHI: During July-March FY27, overseas Ruritanians sent home $32.46 billion, up 15.8 "
                       "percent from $28.03 billion in the same period of the previous fiscal year.", "2027-04-09")
    assert _period(claims, "$32.46 billion") == ("2026-07-01", "2027-03-31")
    assert _period(claims, "$28.03 billion") == ("2025-07-01", "2026-03-31")


def test_months_of_the_outgoing_fiscal_year(claims_of):
    claims = claims_of("ISLAMABAD: Cement exports in the first 11 months of the outgoing fiscal year stood at $3.1bn "
                       "against $2.9bn during the corresponding period of the last fiscal year.", "2027-06-04")
    assert _period(claims, "$3.1bn") == ("2026-07-01", "2027-05-31")
    assert _period(claims, "$2.9bn") == ("2025-07-01", "2026-05-31")


def test_a_month_named_before_its_measure_dates_the_figure(claims_of):
    claims = claims_of("COLOMBO: Workers' remittances reached $3.71 billion in January-June. June remittances were "
                       "$642 million. The March figure was $590 million.", "2025-07-09")
    assert _period(claims, "$3.71 billion") == ("2025-01-01", "2025-06-30")
    assert _period(claims, "$642 million") == ("2025-06-01", "2025-06-30")
    assert _period(claims, "$590 million") == ("2025-03-01", "2025-03-31")


def test_a_person_named_like_a_month_dates_nothing(claims_of):
    claims = claims_of("COLOMBO: Remittances reached $3.71 billion in January-June. June Perera, an economist, "
                       "said inflows of $4 billion were possible.", "2025-07-09")
    assert _period(claims, "$4 billion") != ("2025-06-01", "2025-06-30")


def test_the_fiscal_year_starting_on_a_day_is_the_year_from_it(claims_of):
    claims = claims_of("DHAKA, June 7 - Ruritania unveiled a 9.85 trillion taka budget for the fiscal year "
                       "starting July 1.", "2029-06-07")
    assert _period(claims, "9.85 trillion taka") == ("2029-07-01", "2030-06-30")
    claims = claims_of("The budget for the financial year beginning April 1, 2030 is Rs 50 lakh crore.", "2029-06-07")
    assert _period(claims, "Rs 50 lakh crore") == ("2030-04-01", "2031-03-31")


def test_a_hyphenated_half_or_quarter_before_its_measure(claims_of):
    claims = claims_of("COLOMBO: The economy grew 4.6 per cent in the second quarter of 2027. First-half growth "
                       "stood at 4.2 per cent.", "2027-09-16")
    assert _period(claims, "4.2 per cent") == ("2027-01-01", "2027-06-30")
    claims = claims_of("Acme's third-quarter profit rose 12% to $1.23 billion.", "2026-11-02")
    assert _period(claims, "$1.23 billion") == ("2026-07-01", "2026-09-30")


def test_the_last_month_of_a_fiscal_year_is_not_last_month(claims_of):
    claims = claims_of("DHAKA: In June, the last month of the fiscal year, inflows were $3.18bn.",
                       "2031-08-10")  # "last month" would be July
    assert _period(claims, "$3.18bn") == ("2031-06-01", "2031-06-30")


def test_a_named_quarter_of_a_fiscal_year(claims_of):
    claims = claims_of("MUMBAI: Pragati Infotech posted a net profit of Rs 3,142 crore for the July-September quarter "
                       "of FY31, up 8.6 per cent year-on-year.", "2030-10-17")
    assert _period(claims, "8.6 per cent") == ("2030-07-01", "2030-09-30")


def test_the_day_data_showed_a_figure_is_not_its_period(claims_of):
    claims = claims_of("NEW DELHI: India's tax collections rose 9.7% in November to 2.31 trillion rupees, "
                       "government data showed on Tuesday.", "2026-12-03")
    assert _period(claims, "2.31 trillion rupees") == ("2026-11-01", "2026-11-30")


def test_a_change_chained_to_a_record_level_takes_its_period(claims_of):
    claims = claims_of("Remittances to Ruritania rose 12.3% to a record $34.62 billion in 2030.", "2031-07-01")
    assert _period(claims, "12.3%") == ("2030-01-01", "2030-12-31")
    claims = claims_of("Exports rose 5% to an all-time high of $3.1bn in 2030.", "2031-07-01")
    assert _period(claims, "5%") == ("2030-01-01", "2030-12-31")
    claims = claims_of("Exports rose 5% in 2029 to $3.1bn in 2030.", "2031-07-01")
    assert _period(claims, "5%") == ("2029-01-01", "2029-12-31")  # its own period first


def test_months_to_mid_month_end_on_its_fifteenth(claims_of):
    claims = claims_of("KATHMANDU: Remittance earnings stood at Rs 1,108.6 billion during the eight months to "
                       "mid-March, the central bank said.", "2025-04-09")
    assert _period(claims, "Rs 1,108.6 billion") == ("2024-07-16", "2025-03-15")


# Outlet clusters, round 4 (o4 and o5 read; measured on the unread sets)
def test_a_period_after_than_expected_governs_the_passage(claims_of):
    # "more than expected" sets the figure against a forecast, not against March: March is its own
    claims = claims_of("Freedonian exports rose more than expected in March, climbing 1.8% on the month.\n"
                       "Imports fell 0.6%, and the trade surplus widened to 20.5 billion euros.", "2027-05-08")
    assert _period(claims, "0.6%") == ("2027-03-01", "2027-03-31")
    assert _period(claims, "20.5 billion euros") == ("2027-03-01", "2027-03-31")
    # a comparison with another period still makes it a base
    text = "Exports rose 5% in April, faster than in March."
    assert periods._is_base(text, text.index("in March"), None)
    text = "Exports rose faster than expected in March."
    assert not periods._is_base(text, text.index("in March"), None)


BUDGET = ("DHAKA: The finance minister today placed a Tk 9,85,000 crore budget for fiscal year 2030-31 in "
          "parliament.\nThe proposed outlay is larger than the revised budget of Tk 8,72,000 crore for the "
          "outgoing fiscal year.\nThe government has set a revenue collection target of Tk 6,40,000 crore.\n"
          "The budget deficit has been estimated at Tk 3,45,000 crore, or 4.9 percent of GDP.\n"
          "Inflation stood at 8.9 percent in May.")


def test_a_budget_articles_figures_take_the_budgets_year_however_far_on(claims_of):
    claims = claims_of(BUDGET, "2030-06-05")
    for surface in ("Tk 6,40,000 crore", "Tk 3,45,000 crore", "4.9 percent"):
        assert _period(claims, surface) == ("2030-07-01", "2031-06-30"), surface
    assert _period(claims, "Tk 8,72,000 crore") == ("2029-07-01", "2030-06-30")  # its own year
    assert _period(claims, "8.9 percent") == ("2030-05-01", "2030-05-31")  # no budget figure


def test_a_budget_presented_without_its_year_is_the_coming_fiscal_years(claims_of):
    claims = claims_of("ISLAMABAD: The government on Monday announced a Rs 14.5 trillion budget.\n"
                       "The fiscal deficit is projected at Rs 7.2 trillion.", "2030-06-11")
    assert _period(claims, "Rs 14.5 trillion") == ("2030-07-01", "2031-06-30")
    assert _period(claims, "Rs 7.2 trillion") == ("2030-07-01", "2031-06-30")


def test_a_budget_figure_of_an_article_naming_two_budget_years_takes_neither():
    from extractor.budget_periods import budget_period

    def read(text, sentence):
        context = periods.Context(published=dt.date(2030, 6, 11), calendar=periods.calendar_of("Pakistan"))
        return budget_period(text, lambda: periods.find_periods(text), lambda m: m.resolve(context), sentence,
                             dt.date(2030, 6, 11), periods.calendar_of("Pakistan"))

    one = "The budget for FY31 is Rs 15 trillion."
    assert read(one, "The fiscal deficit is put at Rs 7 trillion.") == ("FY31", (dt.date(2030, 7, 1), dt.date(2031, 6, 30)))
    assert read(one, "Some 300 lawmakers attended.") is None  # no budget figure
    assert read(one, "The trade deficit was Rs 2 trillion.") is None  # no budget's
    assert read(one, "The revised budget was Rs 13 trillion.") is None  # the year before's
    two = one + " The budget for FY32 will be Rs 17 trillion."
    assert read(two, "The fiscal deficit is put at Rs 7 trillion.") is None
    assert read("The government announced the budget on Monday.", "The budget deficit is Rs 7 trillion.") == (
        "announced the budget", (dt.date(2030, 7, 1), dt.date(2031, 6, 30)))


def test_for_the_month_after_a_stock_at_a_day_is_that_days_month(claims_of):
    claims = claims_of("Ruritania's gross official reserves rose to US$ 6.12 billion at end-May 2026.\n"
                       "Earnings from tourism were estimated at US$ 214 million for the month.", "2026-06-05")
    assert _period(claims, "US$ 214 million") == ("2026-05-01", "2026-05-31")


def test_a_month_earlier_is_the_month_before_the_governing_one(claims_of):
    claims = claims_of("Ruritania's headline inflation rose to 4.1% year-on-year in July, up from 3.6% a month "
                       "earlier, official data showed.", "2025-07-31")
    assert _period(claims, "3.6%") == ("2025-06-01", "2025-06-30")


def test_a_bare_quarter_is_the_one_of_either_calendar_that_ended_last(claims_of):
    # an Indian paper of 20 January: the fiscal third quarter (October-December) was just reported
    claims = claims_of("MUMBAI: Sahyadri Cements posted a third-quarter net profit of 8.42 billion rupees.",
                       "2028-01-20")
    assert _period(claims, "8.42 billion rupees") == ("2027-10-01", "2027-12-31")
    # a US paper of 29 October: the calendar's third quarter ended last (the US fiscal one in June)
    claims = claims_of("SAN FRANCISCO: Halvorsen Systems reported third-quarter revenue of $14.82 billion.",
                       "2031-10-29")
    assert _period(claims, "$14.82 billion") == ("2031-07-01", "2031-09-30")


def test_a_month_earlier_than_a_stock_at_a_day_is_that_day_a_month_back(claims_of):
    claims = claims_of("Ruritania's gross official reserves increased to US$ 7.42 billion by end-October, from "
                       "US$ 7.18 billion a month earlier.", "2028-11-07")
    assert _period(claims, "US$ 7.18 billion") == ("2028-09-30", "2028-09-30")
    claims = claims_of("Reserves stood at $5bn on 15 March 2028, against $4.8bn a month earlier.", "2028-04-02")
    assert _period(claims, "$4.8bn") == ("2028-02-15", "2028-02-15")


def test_a_plan_for_the_current_fiscal_year_is_for_the_whole_year(claims_of):
    # the passage reports July-March; an outcome "in the current fiscal year" is those months, a
    # target set for it the whole year
    text = ("ISLAMABAD: Pakistan's IT exports rose to $3.12 billion during July-March FY26, data showed. "
            "The government has set a target of $4.5 billion in IT exports for the current fiscal year. "
            "Computer services exports were $2.9 billion in the current fiscal year.")
    claims = claims_of(text, published="2026-04-16")
    assert _period(claims, "$4.5 billion") == ("2025-07-01", "2026-06-30")
    assert _period(claims, "$2.9 billion") == ("2025-07-01", "2026-03-31")

    # months of the current fiscal year named are those months, a plan or not
    text = ("ISLAMABAD: The revenue board collected Rs 7.1 trillion during July-February of the current fiscal "
            "year against a target of Rs 7.32 trillion for July-February of the current fiscal year.")
    assert _period(claims_of(text, published="2026-03-01"), "Rs 7.32 trillion") == ("2025-07-01", "2026-02-28")


def test_a_quarter_of_a_results_story_in_rupee_crores_is_indias_fiscal_quarter(claims_of):
    # no place named, rupees in crores: India's fiscal year (April-March), so Q2 is July-September
    text = ("Vardhan Infotech's Q2 numbers came in ahead of estimates, with net profit of Rs 1,482 cr "
            "beating the consensus of Rs 1,451 cr.")
    claims = claims_of(text, published="2026-10-16")
    assert _period(claims, "Rs 1,482 cr") == ("2026-07-01", "2026-09-30")
    assert _claim(claims, "Rs 1,482 cr")["quantity"]["unit"] == "INR"


def test_a_change_over_a_base_period_is_of_the_sentences_own_period(claims_of):
    # "over the year-ago month" is what the growth is measured against; "in November" is its period
    text = "Gross GST revenue in November came in at Rs 2.31 lakh crore, marking a growth of nearly 10% over the year-ago month."
    assert _period(claims_of(text, published="2026-12-02"), "10%") == ("2026-11-01", "2026-11-30")
    text = "Exports in November rose 10% over the same month last year."
    assert _period(claims_of(text, published="2026-12-02"), "10%") == ("2026-11-01", "2026-11-30")
