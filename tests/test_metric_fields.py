"""What a figure is a figure of (branch metric8): balances an account is put in, figures stated in
quantity, sums named by a deal verb, and growth rates stated without a change verb. Invented sentences."""


def _by(claims_of, text, published=None):
    return {c["quantity"]["text"]: c for c in claims_of(text, published)}


def test_an_account_put_in_a_balance_names_the_balance(claims_of):
    by = _by(claims_of, "ZEMBLA CITY: The current account remained at a surplus of $3.9 billion in June, up from "
                        "$1.4 billion a year earlier.")
    assert by["$3.9 billion"]["metric"] == "current account surplus"
    assert by["$1.4 billion"]["metric"] == "current account surplus"  # the base of the same balance
    by = _by(claims_of, "ZEMBLA CITY: The country's Balance of Payments (BOP) stayed in surplus at Rs. 12.50 billion, "
                        "compared to a surplus of Rs 9.10 billion in the same month of the previous year.")
    assert by["Rs. 12.50 billion"]["metric"] == "Balance of Payments surplus"
    assert by["Rs 9.10 billion"]["metric"] == "Balance of Payments surplus"
    by = _by(claims_of, "ZEMBLA CITY: The trade account stayed in deficit at $1.1 billion in June.")
    assert by["$1.1 billion"]["metric"] == "trade account deficit"
    # a body that is no account keeps no balance it is not put in
    by = _by(claims_of, "ZEMBLA CITY: The pension fund stayed at $90 million in June.")
    assert "surplus" not in (by["$90 million"]["metric"] or "") and "deficit" not in (by["$90 million"]["metric"] or "")


def test_a_good_named_alone_in_a_sentence_on_one_flow_is_that_flow_of_the_good(claims_of):
    by = _by(claims_of, "ZEMBLA CITY: The exports of woollen rugs fell 6.2 per cent in 2031, while knitwear dipped "
                        "3.1 per cent.")
    assert by["3.1 per cent"]["metric"] == "knitwear exports"
    # a measure of its own, or a sentence on both flows, keeps what it names
    by = _by(claims_of, "ZEMBLA CITY: Rug exports fell 6.2 per cent in 2031, while inflation rose 3.1 per cent.")
    assert by["3.1 per cent"]["metric"] == "inflation"
    by = _by(claims_of, "ZEMBLA CITY: Rug exports fell 6.2 per cent and rug imports rose 2 per cent, while wool "
                        "gained 3.1 per cent.")
    assert by["3.1 per cent"]["metric"] == "wool"


def test_goods_worth_an_amount_keep_their_pair_and_modifiers(claims_of):
    by = _by(claims_of, "During the review period, wool worth Rs. 1.3 billion, tea and coffee worth Rs. 410 million "
                        "and hides worth Rs. 95 million were exported.")
    assert by["Rs. 410 million"]["metric"] == "tea and coffee exports"
    assert by["Rs. 1.3 billion"]["metric"] == "wool exports"
    by = _by(claims_of, "Meanwhile, compressed natural gas worth Rs. 4.1 billion and diesel worth Rs. 2.2 billion "
                        "were imported.")
    assert by["Rs. 4.1 billion"]["metric"] == "compressed natural gas imports"
    assert by["Rs. 2.2 billion"]["metric"] == "diesel imports"
    by = _by(claims_of, "Similarly, the country exported bricks and tiles worth Rs. 148 million during the review period.")
    assert by["Rs. 148 million"]["metric"] == "bricks and tiles exports"


def test_a_deal_verb_names_the_sum_it_deals_in(claims_of):
    assert _by(claims_of, "Last week the firm was fined 40m euros for breaking disclosure rules.")["40m euros"]["metric"] == "fine"
    assert _by(claims_of, "Ruritania lent Freedonia $3bn to rebuild its ports.")["$3bn"]["metric"] == "loan"
    assert _by(claims_of, "The $3bn which the state bank lent the utility came from abroad.")["$3bn"]["metric"] == "loan"
    assert _by(claims_of, "Boldco was sold for $2.1bn to a group of investors in 2019.")["$2.1bn"]["metric"] == "sale price"
    assert _by(claims_of, "The mill, which Acme bought for $45m in 2002, is now closed.")["$45m"]["metric"] == "sale price"
    # selling without a price is still sales
    assert _by(claims_of, "Acme sold $45m of ovens in 2002.")["$45m"]["metric"] != "sale price"


def test_a_growth_rate_without_a_change_verb_is_an_increase(claims_of):
    by = _by(claims_of, "Ruritania's GDP growth slowed to 4.1% in the second quarter, below our expectations of 4.6% "
                        "as well as the central bank's projection of 4.4%, the economist said.")
    assert [by[s]["change"] for s in ("4.1%", "4.6%", "4.4%")] == ["increase"] * 3
    assert by["4.6%"]["metric"].endswith("(forecast)")
    by = _by(claims_of, "ZEMBLA CITY: The GDP, at 5.2 per cent in the second quarter, is the highest in two years.")
    assert by["5.2 per cent"]["change"] == "increase"
    # a share of GDP is a level
    by = _by(claims_of, "ZEMBLA CITY: Farm output accounted for 21 per cent of GDP in 2031.")
    assert by["21 per cent"]["change"] is None


def test_a_conversion_in_brackets_takes_the_source_of_the_amount_it_converts(claims_of):
    loan, converted = claims_of("Ruritania lent Freedonia $6bn (£3.2bn) to buy back its ports, it has emerged.\n\n"
                                "The Ruritanian treasury said on Monday that the $6bn which the state bank lent came "
                                "from its reserves.")[:2]
    assert converted["quantity"]["text"] == "£3.2bn" and converted["metric"] == loan["metric"] == "loan"
    assert loan["source"] and converted["source"] == loan["source"]


def test_a_goal_named_by_itself_is_a_goal_for_the_measure_before_it(claims_of):
    by = _by(claims_of, "Tax collection by the revenue board increased to Rs 538 billion in July against the target "
                        "of Rs 531 billion.", "2031-08-10")
    assert by["Rs 531 billion"]["metric"] == "Tax collection (target)"
    by = _by(claims_of, "Exports reached $2.1 billion in July, short of the monthly target of $2.5 billion.", "2031-08-10")
    assert by["$2.5 billion"]["metric"] == "Exports (target)"


def test_this_months_rate_beside_last_months_is_no_month_on_month_change(claims_of):
    by = _by(claims_of, "Passenger vehicle sales grew 5 per cent in July, compared to 9 per cent in June.", "2031-08-10")
    assert by["5 per cent"]["metric"] == "Passenger vehicle sales"
    by = _by(claims_of, "Core sector output grew 8 per cent in June compared with 8.3 per cent in May.", "2031-08-10")
    assert not by["8 per cent"]["metric"].endswith("(month-on-month)")
    # a base level of the month before still makes a month-on-month change
    by = _by(claims_of, "Exports rose 11 percent in March against $2.1 billion in February.", "2031-08-10")
    assert by["11 percent"]["metric"] == "Exports (month-on-month)"


def test_respectively_gives_each_figure_its_own_measure_and_the_shared_period(claims_of):
    by = _by(claims_of, "Exports and imports stood at $3.1 billion and $5.4 billion, respectively, in July.", "2031-08-10")
    assert (by["$3.1 billion"]["metric"], by["$5.4 billion"]["metric"]) == ("Exports", "imports")
    assert by["$3.1 billion"]["period"]["start"] == by["$5.4 billion"]["period"]["start"] == "2031-07-01"
    by = _by(claims_of, "Tea and rubber exports fell 5 percent and 8 percent respectively in 2031.")
    assert (by["5 percent"]["metric"], by["8 percent"]["metric"]) == ("Tea exports", "rubber exports")
    by = _by(claims_of, "The deficit and the debt were 6 per cent and 80 per cent of GDP, respectively.")
    assert by["80 per cent"]["metric"] == "debt (share of GDP)"
    # places are whose figures, not what they measure
    by = _by(claims_of, "Remittances from Freedonia and Ruritania were $512 million and $390 million respectively.")
    assert by["$390 million"]["metric"] == "Remittances"
    # three figures the parser hangs as an apposition and a conjunction ("2.25%, 3.76% and 0.07%")
    by = _by(claims_of, "Agriculture, industry and services grew 2.25%, 3.76% and 0.07% respectively in 2031.")
    assert [by[f]["metric"] for f in ("2.25%", "3.76%", "0.07%")] == ["Agriculture", "industry", "services"]


def test_respectively_gives_each_figure_its_own_partner(claims_of):
    by = _by(claims_of, "Ruritania's exports to the United States, China and Freedonia were $5.1 billion, $2.2 billion "
                        "and $1.9 billion, respectively, in 2031.")
    assert [by[f]["counterparty"] for f in ("$5.1 billion", "$2.2 billion", "$1.9 billion")] == [
        "United States", "China", "Freedonia"]
    by = _by(claims_of, "ISLAMABAD: Remittances from Saudi Arabia and the UAE stood at $5.1 billion and $4.2 billion "
                        "respectively in July.", "2031-08-10")
    assert [(by[f]["subject"], by[f]["counterparty"]) for f in ("$5.1 billion", "$4.2 billion")] == [
        ("Pakistan", "Saudi Arabia"), ("Pakistan", "United Arab Emirates")]
    # one figure for the partners together: the parse's partner stays
    by = _by(claims_of, "Ruritania's exports to the United States and China rose 5% in 2031.")
    assert by["5%"]["counterparty"] == "United States"


def test_respectively_over_the_items_one_subject_lists_inside_itself(claims_of):
    # the items are the modifiers of the "of" object, of the object itself, or of the subject
    by = _by(claims_of, "The growth of agricultural, industrial and services sectors was 4.40%, 7.19% and 6.19% "
                        "respectively in 2031.")
    assert [by[f]["metric"] for f in ("4.40%", "7.19%", "6.19%")] == [
        "agricultural sector growth", "industrial sector growth", "services sector growth"]
    by = _by(claims_of, "Growth of agriculture and industry was 2.1% and 3.5% respectively in 2031.")
    assert (by["2.1%"]["metric"], by["3.5%"]["metric"]) == ("agriculture growth", "industry growth")
    by = _by(claims_of, "Textile and leather exports fell 5% and 8% respectively in 2031.")
    assert (by["5%"]["metric"], by["8%"]["metric"]) == ("Textile exports", "leather exports")
    # a count of items that is not the count of figures lists nothing: the whole phrase stays
    by = _by(claims_of, "The growth of agricultural, industrial and services sectors was 4.40% and 7.19% "
                        "respectively in 2031.")
    assert by["7.19%"]["metric"] != "industrial sector growth"
    # without "respectively" nothing is distributed
    by = _by(claims_of, "The growth of agricultural and industrial sectors was 4.40% in 2031.")
    assert by["4.40%"]["metric"] != "agricultural sector growth"


def test_a_currency_moving_against_another_is_its_value_against_it(claims_of):
    by = _by(claims_of, "The Ruritanian rupee appreciated against the US dollar by 0.5 per cent in 2031.")
    c = by["0.5 per cent"]
    assert (c["metric"], c["change"]) == ("value of the Ruritanian rupee against the US dollar", "increase")
    c = _by(claims_of, "The rupee depreciated by 1.2 percent against the US dollar in July.", "2031-08-10")["1.2 percent"]
    assert (c["metric"], c["change"]) == ("value of the rupee against the US dollar", "decrease")
    assert c["period"]["start"] == "2031-07-01"  # "against the US dollar" is the rate's pair, not a base
    by = _by(claims_of, "The Ruritanian rupee gained 1.1 percent against the US dollar, 2.3 percent against the euro "
                        "and 0.4 percent against the yen in 2031.")
    assert by["2.3 percent"]["metric"] == "value of the Ruritanian rupee against the euro"
    assert by["0.4 percent"]["metric"] == "value of the Ruritanian rupee against the yen"
    # a figure of another measure in the sentence keeps its own
    by = _by(claims_of, "Exports fell 3 percent in July while the rupee gained 2 percent.", "2031-08-10")
    assert by["3 percent"]["metric"] == "Exports"


def test_a_growth_estimated_or_likely_to_come_is_a_forecast(claims_of):
    by = _by(claims_of, "Exports are poised to cross $60 billion in 2032, the minister said.")
    assert by["$60 billion"]["metric"] == "Exports (forecast)"
    by = _by(claims_of, "The economy is likely to grow 6 percent next year.", "2031-08-10")
    assert by["6 percent"]["metric"] == "economic growth (forecast)"
    # an estimate of the past, a plan, and a past figure compared with stay unmarked
    by = _by(claims_of, "GDP is estimated to have grown 5.8 percent in 2030.")
    assert by["5.8 percent"]["metric"] == "GDP"
    by = _by(claims_of, "Real GDP in Q1 2031-32 is estimated to attain a level of Rs 40.1 lakh crore.")
    assert not by["Rs 40.1 lakh crore"]["metric"].endswith("(forecast)")
    by = _by(claims_of, "The government is also set to offer a five percent rebate on these exports.")
    assert not by["five percent"]["metric"].endswith("(forecast)")
    by = _by(claims_of, "Several insurers believe the final bill is likely to be less than the $27bn cost of the "
                        "storms that hit Ruritania in 2030.")
    assert not by["$27bn"]["metric"].endswith("(forecast)")


def test_an_income_names_what_it_comes_from(claims_of):
    by = _by(claims_of, "Earnings from apparel exports recorded a decline of 18.2 percent to US$ 402 million in July.",
             "2031-08-10")
    assert by["US$ 402 million"]["metric"] == by["18.2 percent"]["metric"] == "Earnings from apparel exports"
    by = _by(claims_of, "Income from the sale of shares was $4 million in 2031.")
    assert by["$4 million"]["metric"] == "Income from sale of shares"
    # a place it comes from is the counterparty's, not the measure's
    by = _by(claims_of, "Receipts from Ruritania rose to $3 million.")
    assert by["$3 million"]["metric"] == "Receipts"


def test_a_verbless_headline_moves_the_measure_before_up_or_down(claims_of):
    by = _by(claims_of, "Textile exports down 14pc in FY31")
    assert (by["14pc"]["metric"], by["14pc"]["change"]) == ("Textile exports", "decrease")
    by = _by(claims_of, "Sales rose in July, with exports up 5% and imports down 2%.", "2031-08-10")
    assert (by["5%"]["metric"], by["2%"]["metric"]) == ("exports", "imports")
    # a basis word is never the measure
    assert _by(claims_of, "Trade deficit narrows 38pc YoY")["38pc"]["metric"] == "Trade deficit"


def test_an_amount_to_the_tune_of_is_the_measure_s_and_a_budget_estimate_is_a_whole(claims_of):
    by = _by(claims_of, "FDI inflows to the tune of $1.2 billion were recorded in 2031.")
    assert by["$1.2 billion"]["metric"] == "FDI inflows"
    by = _by(claims_of, "The fiscal deficit for April-June touched 33.9 per cent of the budget estimates.")
    assert by["33.9 per cent"]["metric"] == "fiscal deficit (share of budget estimates)"


def test_a_change_is_of_its_own_period_not_of_the_base_it_is_measured_from(claims_of):
    by = _by(claims_of, "Remittances were $2 billion in July, up 13 percent over the same month last year.", "2031-08-10")
    assert by["13 percent"]["period"]["start"] == "2031-07-01"
    by = _by(claims_of, "Remittances rose 13 percent in July from the same month last year.", "2031-08-10")
    assert by["13 percent"]["period"]["start"] == "2031-07-01"
    # a figure of the base keeps the base's period
    by = _by(claims_of, "Exports were $2 billion in June, compared to $1.8 billion in the same month last year.",
             "2031-08-10")
    assert by["$1.8 billion"]["period"]["start"] == "2030-06-01"


def test_the_last_fiscal_year_stated_in_full_is_the_whole_year(claims_of):
    text = ("DHAKA: Bangladesh received $1.97 billion in remittances in July, the first month of the current fiscal "
            "year, according to Bangladesh Bank data.\n\n"
            "In the last fiscal year, expatriates sent home $23.9 billion, the highest ever.")
    by = _by(claims_of, text, "2031-08-03")
    assert (by["$23.9 billion"]["period"]["start"], by["$23.9 billion"]["period"]["end"]) == ("2030-07-01", "2031-06-30")


def test_months_of_the_fiscal_year_named_bare_are_of_the_current_one(claims_of):
    text = ("KARACHI: Ruritania's remittances rose to $3.1 billion in March, the State Bank of Pakistan said.\n\n"
            "During the first nine months of the fiscal year, the country received $21 billion, down 4 percent.")
    by = _by(claims_of, text, "2031-04-10")
    period = by["$21 billion"]["period"]
    assert (period["start"], period["end"]) == ("2030-07-01", "2031-03-31")


def test_more_words_of_change(claims_of):
    c = _by(claims_of, "Imports saw an uptick of 3.2 percent in July.", "2031-08-10")["3.2 percent"]
    assert (c["metric"], c["change"]) == ("Imports", "increase")
    assert _by(claims_of, "The trade deficit ballooned by 45 percent to $3.1 billion.")["45 percent"]["change"] == "increase"
    assert _by(claims_of, "Exports nosedived 20 percent in July.", "2031-08-10")["20 percent"]["change"] == "decrease"
