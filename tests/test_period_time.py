"""The time of a figure's clause and the period it takes (periods.clause_time and its use in
claims._period_of), developed on bbc-dev2. Every sentence here is invented."""
import pytest

from extractor import periods

pytestmark = pytest.mark.issue(12)


def _period(claims, surface):
    [c] = [c for c in claims if c["quantity"]["text"] == surface]
    return (c["period"]["start"], c["period"]["end"]) if c.get("period") else None


def _time(nlp, sentence, number):
    doc = nlp(sentence)
    [tok] = [t for t in doc if t.text == number]
    return periods.clause_time(doc[tok.i:tok.i + 1])


@pytest.mark.parametrize("sentence, number, time", [
    ("Grobel, which employs 2300 people, makes skis.", "2300", "present"),
    ("In Freedonia, tourism accounts for about 7 percent of national output.", "7", "present"),
    ("The average house now sells for 180000 pounds.", "180000", "present"),
    ("Grobel said it plans to invest 90 million euros in marketing.", "90", "future"),
    ("The central bank may lift rates from 3 percent.", "3", "future"),
    ("The ministry is also set to offer a 4 percent rebate.", "4", "future"),
    ("Sales are expected to reach 7 million units.", "7", "future"),
    ("The ministry has set a target of 6 percent.", "6", ""),  # a target, not "is set to"
    ("Exports rose 9 percent to 4 billion dollars.", "9", "past"),
    ("Exports have risen 9 percent.", "9", ""),  # a present perfect tells no time of its own
    ("Figures show imports at 3 billion dollars.", "3", ""),  # a release's verb
    ("The total should be more than 8 billion dollars.", "8", ""),  # an estimate, not a plan
    ("The rise comes on sales of 9 billion dollars.", "9", ""),  # an event told in the present
])
def test_clause_time_of_a_figure(nlp, sentence, number, time):
    assert _time(nlp, sentence, number) == time


def test_a_state_in_the_present_takes_no_period_of_a_past_passage(claims_of):
    claims = claims_of("Grobel's sales fell 9% to 40m euros in 2031. Grobel, which employs 2,300 people, is "
                       "based in Utrecht. In Freedonia, skiing accounts for about 7% of national output.")
    assert _period(claims, "40m euros") == ("2031-01-01", "2031-12-31")
    assert _period(claims, "2,300") is None
    assert _period(claims, "7%") is None


def test_a_figure_that_points_back_keeps_the_passage_period(claims_of):
    claims = claims_of("Tourist arrivals rose 30% in the first nine months of 2031. In the south that "
                       "expansion is 18%.")
    assert _period(claims, "18%") == ("2031-01-01", "2031-09-30")


def test_a_figure_called_current_is_now(claims_of):
    claims = claims_of("House prices rose 4% in 2031. The average house now stands at £180,000. The central "
                       "bank may lift rates from their current 3.5%.")
    assert _period(claims, "£180,000") is None
    assert _period(claims, "3.5%") is None


def test_a_plans_period_does_not_govern_the_past_figures_after_it(claims_of):
    claims = claims_of("Grobel's net income fell to 30m euros during 2031. Grobel now plans to invest 90m "
                       "euros in marketing in 2032.\n\nGrobel raised its dividend by 10% to 20 euro cents.")
    assert _period(claims, "90m euros") == ("2032-01-01", "2032-12-31")
    assert _period(claims, "20 euro cents") is None


def test_a_forecasts_period_does_not_govern_a_figure_that_tells_no_time(claims_of):
    claims = claims_of("For 2032, Grobel is projecting earnings growth of around 5%. It has already offered to "
                       "pay $300m to settle charges.")
    assert _period(claims, "5%") == ("2032-01-01", "2032-12-31")
    assert _period(claims, "$300m") is None


@pytest.mark.parametrize("figure, period, other", [
    ("past", "future", True), ("", "future", True), ("present", "future", True), ("future", "future", False),
    ("future", "past", True), ("past", "past", False), ("", "past", False), ("future", "", False),
])
def test_other_time(figure, period, other):
    assert periods.other_time(figure, period) is other


def test_a_past_period_does_not_govern_a_plan_or_need_after_it(claims_of):
    claims = claims_of("Crop output rose to 9 million tonnes in 2031. Even so, 1.5 million people will still "
                       "need food aid.")
    assert _period(claims, "9 million") == ("2031-01-01", "2031-12-31")
    assert _period(claims, "1.5 million") is None


def test_a_plan_is_set_to_takes_no_period_of_the_announcement(claims_of):
    claims = claims_of("Last month, the ministry announced a Rs 5 billion fund for exporters. It is also set to "
                       "offer a 4 percent rebate on these exports.", "2031-09-20")
    assert _period(claims, "Rs 5 billion") == ("2031-08-01", "2031-08-31")
    assert _period(claims, "4 percent") is None


def test_an_estimate_with_should_be_keeps_the_passage_period(claims_of):
    claims = claims_of("Exports reached $6bn in 2031. Including services, the total should be more than $7bn.")
    assert _period(claims, "$7bn") == ("2031-01-01", "2031-12-31")


def test_the_time_of_a_warning_is_not_the_forecast_figures(claims_of):
    claims = claims_of("Grobel's sales rose 5% in 2031. It had warned in September that the strong krone "
                       "would knock 50m euros off its profits. Its revenue was 2bn euros.")
    assert _period(claims, "50m euros") is None
    # "in September" dates the warning: it does not govern the figures after it either
    assert _period(claims, "2bn euros") == ("2031-01-01", "2031-12-31")


def test_a_period_after_until_governs_nothing(claims_of):
    claims = claims_of("The club will defer its stadium rent until at least the 2033 fiscal year. A banker "
                       "said the club needs a cash injection of 35m euros.")
    assert _period(claims, "35m euros") is None


def test_a_period_after_since_governs_nothing_after_its_sentence(claims_of):
    claims = claims_of("Cold weather took crude prices past $50 a barrel for the first time since November. "
                       "US crude closed at $51.15 in New York.", "2031-01-20")
    assert _period(claims, "$51.15") is None


def test_by_the_middle_of_a_year_is_a_horizon(claims_of):
    claims = claims_of("Grobel said its debts will rise to 40m euros by the middle of 2032.", "2031-05-02")
    assert _period(claims, "40m euros") == (None, None)  # the text kept, no dates


def test_a_comparison_base_year_is_not_the_sentences_period(claims_of):
    claims = claims_of("Industrial output grew 9.5% in 2031. Consumer prices, at 2.1%, rose faster than in "
                       "2031, adding to fears that a jump in producer prices of 6.2% could stoke inflation.")
    assert _period(claims, "9.5%") == ("2031-01-01", "2031-12-31")
    assert _period(claims, "2.1%") is None
    assert _period(claims, "6.2%") is None


def test_figures_compared_with_take_no_period_of_the_passage(claims_of):
    claims = claims_of("Ruritania's jobless rate rose to 4.7% in 2031, the highest in a decade. The rate still "
                       "remains low, compared with 12.1% in Freedonia, 10.4% in Zembla and 9.7% in Osterlich.")
    assert _period(claims, "4.7%") == ("2031-01-01", "2031-12-31")
    assert [_period(claims, s) for s in ("12.1%", "10.4%", "9.7%")] == [None, None, None]
    # "more than" is a qualifier, not a comparison
    claims = claims_of("Grobel's sales rose to $9bn in 2031. Its exports were more than $4bn.")
    assert _period(claims, "$4bn") == ("2031-01-01", "2031-12-31")


@pytest.mark.parametrize("text, surface, period", [
    # the year after the base year of its sentence
    ("Quarterly sales fell 3% in the three months to December. For the full year, Grobel posted a profit "
     "of $2.1bn, up 12% from its 2030 performance.", "$2.1bn", ("2031-01-01", "2031-12-31")),
    # a year stated before it in its sentence
    ("Quillbank is more upbeat about 2032, forecasting a 9% rise in profits for the year.", "9%",
     ("2032-01-01", "2032-12-31")),
    # the year of the governing period
    ("Sales rose 4% in the fourth quarter of 2031. Total revenue for the year was $9bn.", "$9bn",
     ("2031-01-01", "2031-12-31")),
    ("Profit in the three months to December 2031 was $2bn. Sales rose, lifting revenue for the year to a "
     "record $9bn.", "$9bn", ("2031-01-01", "2031-12-31")),
    # a record's starting point ("the best since …") is no base year: the year stays undated
    ("Sales climbed 8% for the year, the best performance since an 8.5% rise in 2029.", "8%", (None, None)),
    # "the year to March 2032" stays a span of its own
    ("Grobel cut its sales forecast for the year to March 2032 to $4bn.", "$4bn", ("2031-04-01", "2032-03-31")),
])
def test_for_the_full_year_is_the_year_of_its_passage(claims_of, text, surface, period):
    assert _period(claims_of(text), surface) == period


def test_the_base_after_from_takes_no_period_of_the_passage(claims_of):
    # gold/README.md: "sales rose 2% to $11.1bn from $10.9bn": the base's period is not written
    claims = claims_of("Grobel reported results for the first quarter of 2031. Sales rose 2% to $11.1bn from $10.9bn. "
                       "Orders climbed from $4.2bn to $4.6bn.")
    assert _period(claims, "$11.1bn") == ("2031-01-01", "2031-03-31")
    assert _period(claims, "$10.9bn") is None
    assert _period(claims, "$4.2bn") is None and _period(claims, "$4.6bn") == ("2031-01-01", "2031-03-31")
    # a period written after the new level is that level's, not the base's
    claims = claims_of("Grobel's sales rose 2% to $11.1bn in the first quarter of 2031 from $10.9bn.")
    assert _period(claims, "$11.1bn") == ("2031-01-01", "2031-03-31") and _period(claims, "$10.9bn") is None
    # nor one written before the change in the same sentence
    claims = claims_of("Grobel's sales in the first quarter of 2031 rose 2% to $11.1bn from $10.9bn.")
    assert _period(claims, "$11.1bn") == ("2031-01-01", "2031-03-31") and _period(claims, "$10.9bn") is None
    # "from" that is no base of a change stays in the passage's period
    claims = claims_of("Grobel reported results for the first quarter of 2031. Revenue from exports was $3.3bn.")
    assert _period(claims, "$3.3bn") == ("2031-01-01", "2031-03-31")


def test_a_list_of_changes_gives_every_base_the_base_period_it_stated_once(claims_of):
    # sa-dev decisions, "Lists of 'from A to B' comparisons"
    claims = claims_of("Ruritania's farm exports fell 14% to $13.7bn in the first half of 2031 from $15.9bn in the "
                       "same period of last year. Wool exports declined 10% to $3,712m from $4,143m, while cheese "
                       "exports rose 5% from $2,000m to $2,100m.")
    half, half_before = ("2031-01-01", "2031-06-30"), ("2030-01-01", "2030-06-30")
    assert _period(claims, "$15.9bn") == half_before
    assert [_period(claims, s) for s in ("$4,143m", "$2,000m")] == [half_before, half_before]
    assert [_period(claims, s) for s in ("$13.7bn", "$3,712m", "$2,100m")] == [half, half, half]


@pytest.mark.parametrize("text, surface, period", [
    # A UK passage: the UK fiscal year starts in April, so "the last quarter of 2031" is also its
    # third fiscal quarter; "the fourth quarter" after it counts in the calendar year that names it.
    ("UK house prices rose 9% in the last quarter of 2031, the Land Registry said. Prices in Wales "
     "were up 12% in the fourth quarter.", "12%", ("2031-10-01", "2031-12-31")),
    # An undated page: a year-less quarter is the latest one by the period governing its passage.
    ("Grobel, the US conglomerate, made a profit of $5bn in the three months to December 2031. "
     "In the fourth quarter, eight of its 10 units grew.", "eight", ("2031-10-01", "2031-12-31")),
    # An Indian passage that named April-June: "Q1" numbers that period as India's fiscal year does.
    ("India's exports rose 8% in April-June 2031. In Q1, imports fell 3%.", "3%", ("2031-04-01", "2031-06-30")),
])
def test_a_year_less_quarter_counts_in_the_year_that_numbers_its_passage(claims_of, text, surface, period):
    assert _period(claims_of(text), surface) == period


@pytest.mark.parametrize("text, surface, period", [
    # "the 2031 fiscal year" of a US figure is the federal one, October to September
    ("The US Treasury expects a deficit of $350bn in the 2031 fiscal year.", "$350bn", ("2030-10-01", "2031-09-30")),
    # and India's runs April to March
    ("India's fiscal deficit was Rs 16 lakh crore in the 2031 financial year.", "Rs 16 lakh crore",
     ("2030-04-01", "2031-03-31")),
])
def test_a_year_before_fiscal_year_is_that_fiscal_year(claims_of, text, surface, period):
    assert _period(claims_of(text), surface) == period


@pytest.mark.parametrize("text, surface", [
    # horizons keep their text with null dates (claims.md): "by", "up to", "until" a year
    ("Grobel put the project's total costs up to 2031 at $9bn.", "$9bn"),
    ("The levy will raise $2bn until 2031.", "$2bn"),
])
def test_a_horizon_year_keeps_null_dates(claims_of, text, surface):
    [c] = [c for c in claims_of(text) if c["quantity"]["text"] == surface]
    assert c["period"] is not None and c["period"]["start"] is None and c["period"]["end"] is None


def test_the_coming_year_is_a_rolling_window():
    # claims.md: rolling windows keep their text with null dates
    [m] = periods.find_periods("Grobel plans to save a further $105m over the coming year.")
    assert m.text == "over the coming year" and m.rule.kind == "vague"


def test_a_month_range_written_with_hyphens_around_to():
    [m] = periods.find_periods("Prices were up 16% in the July-to-September quarter.")
    assert m.text == "in the July-to-September quarter"
    assert m.resolve(periods.Context(published=periods.dt.date(2031, 12, 1))) == \
        (periods.dt.date(2031, 7, 1), periods.dt.date(2031, 9, 30))


def test_the_previous_fiscal_year_of_an_undated_page_is_before_the_governing_one(claims_of):
    text = ("The US budget deficit hit $412bn in the 12 months to 30 September 2031, after reaching $377bn "
            "in the previous fiscal year. The budget office expects a total of $855bn from 2033 to 2042.")
    assert _period(claims_of(text), "$377bn") == ("2029-10-01", "2030-09-30")


def test_a_date_that_defines_who_is_counted_governs_no_figure(claims_of):
    text = ("The new fund opens next spring. All children born after 1 September 2031 will be eligible. "
            "Parents will be able to add up to $1,200 a year.")
    [c] = [c for c in claims_of(text) if c["quantity"]["text"] == "$1,200"]
    assert c["period"] is None or "2031" not in (c["period"]["text"] or "")


def _period_text(claims, surface):
    [c] = [c for c in claims if c["quantity"]["text"] == surface]
    return c["period"]["text"] if c.get("period") else None


# --- days of the week (developed on bbc-dev4b; every sentence invented) ---------------------------

def test_a_market_day_is_the_period_of_its_sentence(claims_of):
    claims = claims_of("Shares in Zentara rose 4.2% to 912 pence on Wednesday after it found oil. "
                       "Its rival's shares were down 3.1% in late Friday morning trading.")
    assert _period_text(claims, "4.2%") == "on Wednesday"
    assert _period_text(claims, "912 pence") == "on Wednesday"
    assert _period(claims, "4.2%") == (None, None)  # an undated page: the day has no date
    assert _period_text(claims, "3.1%") == "in late Friday morning trading"


def test_a_day_of_the_week_resolves_against_the_publication_date(claims_of):
    claims = claims_of("Shares in Zentara rose 4.2% on Wednesday.", published="2031-03-14")  # a Friday
    assert _period(claims, "4.2%") == ("2031-03-12", "2031-03-12")


def test_the_day_a_statement_was_made_is_not_the_figures_period(claims_of):
    claims = claims_of("Sales rose 6% in 2031. Officials said on Thursday that the deficit would reach "
                       "$90bn next year. On Monday, the firm said it had cut 400 jobs.")
    assert _period_text(claims, "$90bn") == "next year"
    assert _period_text(claims, "400") != "On Monday"


def test_the_day_a_budget_was_announced_is_not_its_period(claims_of):
    # "on Monday announced": the day right before a verb of announcing is the announcement's
    claims = claims_of("Ruritania's government on Monday announced a 2.15 trillion rupee budget.", published="2028-05-29")
    assert _period_text(claims, "2.15 trillion rupee") != "on Monday"


def test_a_day_governs_its_own_sentence_only(claims_of):
    claims = claims_of("Sales rose 6% to $5bn in 2031. Zentara's shares fell 2% on Tuesday. "
                       "The firm, which employs 900 people, makes skis.")
    assert _period_text(claims, "2%") == "on Tuesday"
    assert _period_text(claims, "900") != "on Tuesday"


def test_a_list_of_counts_by_day_keeps_each_day(claims_of):
    claims = claims_of("Air Zentara had to cancel 70 flights on Friday, 120 on Saturday and 15 on Sunday, "
                       "officials said.")
    assert [_period_text(claims, n) for n in ("70", "120", "15")] == ["on Friday", "on Saturday", "on Sunday"]
    assert {c["quantity"]["unit"] for c in claims} == {"flight"}


# --- a period said in passing governs no later sentence --------------------------------------------

def test_a_relative_clause_dates_its_noun_not_the_figures_after_it(claims_of):
    claims = claims_of("The Vell Club of 21 creditors will discuss the storm, which struck the coast on "
                       "3 March 2031. Some 40,000 people lost their homes.")
    assert _period(claims, "40,000") is None


def test_a_relative_clause_with_its_own_figure_still_governs(claims_of):
    claims = claims_of("Exports, which rose 5% in 2031, reached $10bn. Imports fell to $8bn.")
    assert _period(claims, "$8bn") == ("2031-01-01", "2031-12-31")


def test_a_flashback_governs_its_own_sentence_only(claims_of):
    claims = claims_of("Managers are accused of using 300m yuan ($36m) to fund a buyout back in May 2029. "
                       "Zentara's debt has risen to $90m.")
    assert _period(claims, "$36m") == ("2029-05-01", "2029-05-31")
    assert _period(claims, "$90m") is None


def test_a_state_in_a_relative_clause_is_not_of_the_other_clauses_time(claims_of):
    claims = claims_of("Last week, Zentara sued to keep its unit Vell, which accounts for 60% of its output. "
                       "Revenue collected in March 2031 was Rs 5,000 crore, of which excise is Rs 1,200 crore.")
    assert _period(claims, "60%") is None
    assert _period(claims, "Rs 1,200 crore") == ("2031-03-01", "2031-03-31")  # "of which": the total's part


# --- a coming event's day, and what goes on now ---------------------------------------------------

@pytest.mark.parametrize("text, counted", [
    ("Vell's bill for the floods will reach $2bn in 2031. The panel of 14 lenders meets on 9 March to "
     "weigh relief. Some 60,000 homes were flooded.", "14"),
    ("Zentara's board of 11 directors will vote on 4 May on the bid. Shares rose 3% in 2031.", "11"),
    ("Zentara's 23 creditors are due to gather on 17 June to discuss the debt.", "23"),
])
def test_a_coming_events_day_is_no_period_of_its_party(claims_of, text, counted):
    assert _period(claims_of(text, published="2031-02-01"), counted) is None


@pytest.mark.parametrize("text, later", [
    ("The Vell Club of 19 lenders meets on 12 January to discuss a moratorium. Some 150,000 people are "
     "feared dead.", "150,000"),
    ("Talks with 8 unions open on 3 April. The firm has 12,000 workers in Zentara.", "12,000"),
    ("Zentara's parliament will vote on 21 June. Turnout was 64%.", "64%"),
])
def test_a_coming_events_day_governs_no_later_figure(claims_of, text, later):
    assert _period(claims_of(text, published="2031-01-05"), later) is None


def test_a_past_days_stock_still_governs(claims_of):
    claims = claims_of("Reserves stood at $8.1bn on 13 October. Imports were $3bn.", published="2031-10-20")
    assert _period(claims, "$3bn") == ("2031-10-13", "2031-10-13")


@pytest.mark.parametrize("sentence, number", [
    ("The island is asking for 320 million dollars from donors.", "320"),
    ("Prosecutors are pursuing charges against 28 others.", "28"),
    ("The banking sector is burdened with 190 billion dollars of bad debt.", "190"),
    ("One in 5 loans is not being repaid.", "5"),
])
def test_clause_time_of_what_goes_on_now(nlp, sentence, number):
    assert _time(nlp, sentence, number) == "ongoing"


@pytest.mark.parametrize("text, now", [
    ("Vellco collapsed in 2029 after a 9bn euro hole was found in its books. Prosecutors are seeking "
     "charges against 28 former managers.", "28"),
    ("The two banks shared a $45bn bailout in 2029. Zentara's banking sector is burdened with at least "
     "$190bn of bad debt.", "$190bn"),
    ("Vell took a $3bn loan in 2029. The island is now asking for about $320m from the fund.", "$320m"),
])
def test_a_past_events_year_is_no_period_of_what_goes_on_now(claims_of, text, now):
    assert _period(claims_of(text), now) is None


def test_a_past_passage_still_governs_its_past_figures(claims_of):
    claims = claims_of("Vellco collapsed in 2029 after a 9bn euro hole was found in its books. More than "
                       "130,000 savers lost money.")
    assert _period(claims, "9bn euro") == ("2029-01-01", "2029-12-31")
    assert _period(claims, "130,000") == ("2029-01-01", "2029-12-31")


# --- a period after the figure, past an origin or a second verb -----------------------------------

@pytest.mark.parametrize("text, surface, start, end", [
    ("More than 6,000 sellers from Zentara joined the platform last year.", "6,000", "2030-01-01", "2030-12-31"),
    ("Vellco bought two soap brands, Orro and Lumen, from Grobel Group in early 2029.", "two", "2029-01-01", "2029-04-30"),
    ("Remittances of $90m from Freedonia arrived in March 2031.", "$90m", "2031-03-01", "2031-03-31"),
])
def test_a_period_after_an_origin_governs_the_figure(claims_of, text, surface, start, end):
    assert _period(claims_of(text, published="2031-06-01"), surface) == (start, end)


def test_from_a_month_is_still_a_base(claims_of):
    claims = claims_of("Sales rose 5% to $3bn from March in 2031.", published="2031-06-01")
    assert _period_text(claims, "$3bn") == "from March"


@pytest.mark.parametrize("text, first", [
    ("The cyclone killed about 9,000 people and caused damage of about $4bn in 2029.", "9,000"),
    ("The strike idled 3,000 workers and halted 40 mines in 2029.", "3,000"),
    ("Vellco shed 1,200 jobs and closed 14 plants in 2029.", "1,200"),
])
def test_verbs_joined_by_and_share_the_period_after_them(claims_of, text, first):
    assert _period(claims_of(text), first) == ("2029-01-01", "2029-12-31")


@pytest.mark.parametrize("text, first", [
    ("Prices went up by 0.4% on the month and by 12.6% on a year earlier.", "0.4%"),
    ("Credit grew by £1.5bn, above the £1.4bn expected and above the £1.3bn seen in the previous month.", "£1.4bn"),
])
def test_a_base_after_a_list_of_figures_is_the_last_ones(claims_of, text, first):
    assert _period_text(claims_of(text, published="2031-02-01"), first) is None


@pytest.mark.parametrize("text, surface", [
    ("The first grants, worth £250 or £500 for poor families, will be handed out from January.", "£250"),
    ("Some 40 new trams will enter service in June.", "40"),
    ("Zentara's 9 regulators meet in March to set the levy.", "9"),
])
def test_a_coming_events_month_is_no_period_of_its_party(claims_of, text, surface):
    assert _period(claims_of(text, published="2031-08-05"), surface) is None


def test_a_months_figure_after_its_verb_keeps_the_month(claims_of):
    claims = claims_of("Zentara's exports will rise by 5% in June.", published="2031-08-05")
    assert _period(claims, "5%") == ("2031-06-01", "2031-06-30")


@pytest.mark.parametrize("text, surface", [
    ("On Tuesday, Vellco's administrator sued a bank to return 136m euros relating to a 2029 bond deal.", "136m euros"),
    ("Zentara paid $3bn for a 2029 stake in Vell.", "$3bn"),
    ("The court fined Orro $12m over a 2028 price-fixing scheme.", "$12m"),
])
def test_a_year_naming_a_thing_after_the_figure_is_not_its_period(claims_of, text, surface):
    assert _period(claims_of(text), surface) in (None, (None, None))


def test_a_year_naming_a_thing_before_the_figure_is_the_things(claims_of):
    assert _period(claims_of("Vellco signed a 2029 supply deal worth $40m."), "$40m") == ("2029-01-01", "2029-12-31")


@pytest.mark.parametrize("text, surface", [
    ("Carmaker Zentrax, a 30% shareholder in Vell Motors, decided in April 2029 not to lend it more.", "30%"),
    ("Vellco, a firm with 300 staff, cut 20 jobs in 2029.", "300"),
    ("Orro Bank, the owner of 1,200 branches, was sold in March 2029.", "1,200"),
])
def test_a_figure_in_an_appositive_is_not_of_its_clauses_period(claims_of, text, surface):
    assert _period(claims_of(text), surface) is None


def test_the_clauses_own_figure_keeps_the_period_beside_an_appositive(claims_of):
    claims = claims_of("Vellco, a firm with 300 staff, cut 20 jobs in 2029.")
    assert _period(claims, "20") == ("2029-01-01", "2029-12-31")


@pytest.mark.parametrize("text, surface, period", [
    ("Sales grew 2.9% in 2029 and 2.5% a year later.", "2.5%", ("2030-01-01", "2030-12-31")),
    ("Exports fell 3% in 2029 and rose 5% the following year.", "5%", ("2030-01-01", "2030-12-31")),
    # nothing before governs: undated
    ("A year later, sales rose 4%.", "4%", (None, None)),
])
def test_a_year_later_is_the_year_after_the_governing_one(claims_of, text, surface, period):
    assert _period(claims_of(text), surface) == period


@pytest.mark.parametrize("surface", ["895.4 reais", "$332", "£179.3"])
def test_a_from_period_after_a_level_is_the_change_base(claims_of, surface):
    # "fell 1.8% in December to 895.4 reais from November": the level is December's, November the base;
    # a conversion bracket with a semicolon ends no clause
    text = "Average monthly wages fell 1.8% in December 2030 to 895.4 reais ($332; £179.3) from November."
    assert _period(claims_of(text), surface) == ("2030-12-01", "2030-12-31")


def test_the_first_months_of_the_year_are_this_years_or_last_years(claims_of):
    claims = claims_of("Arrivals in the first two months of the year reached 491,905 tourists.", published="2028-03-03")
    assert _period(claims, "491,905") == ("2028-01-01", "2028-02-29")
    claims = claims_of("Exports in the first nine months of the year rose 5%.", published="2028-03-03")
    assert _period(claims, "5%") == ("2027-01-01", "2027-09-30")  # nine months have not passed in 2028


def test_a_period_after_from_is_the_bases_the_level_after_to_takes_the_sentences(claims_of):
    claims = claims_of("Ruritania's trade deficit narrowed 7.3% in the first two months of 2024 from a year earlier "
                       "to 932.6 billion rupees.", published="2024-04-11")
    assert _period(claims, "932.6 billion rupees") == ("2024-01-01", "2024-02-29")


def test_a_month_and_a_comma_before_a_figure_write_no_day(claims_of):
    # "in April, 11.8 per cent higher": "April, 1" is no date; "Oct, 6, 2023" still is
    claims = claims_of("Ruritania's GST collections hit Rs 2,61,340 crore in April, 11.8 per cent higher than a "
                       "year earlier.", published="2027-05-01")
    assert _period(claims, "Rs 2,61,340 crore") == ("2027-04-01", "2027-04-30")
    claims = claims_of("Ruritania's reserves were $5bn on Oct, 6, 2023.")
    assert _period(claims, "$5bn") == ("2023-10-06", "2023-10-06")
