"""Period phrases that point back to the span a passage reports, or name a fiscal year the way
Indian and wire reporters write it (figure_periods._span_ending_in, periods._so_far, the bare
"the fiscal", "the fiscal year starting in July", "March alone"). Every sentence is invented."""
import datetime as dt

from extractor import periods
from extractor.api import extract_batch
from extractor.corpus import Article

D = dt.date


def _periods(text, published):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: (c["period"] or {}).get("start") and (c["period"]["start"], c["period"]["end"])
            for c in claims}


def _read(phrase, published, country=None, previous=None):
    (mention,) = periods.find_periods(phrase)
    ctx = periods.Context(published=published, calendar=periods.calendar_of(country), previous=previous)
    return mention.text, mention.resolve(ctx)


SPAN_THEN_MONTH = ("Pakistan's IT exports during 9MFY24 increased by 18.4 percent to $2,712 million.\n"
                   "IT exports reached $331 million in March 2024 against $297 million in February 2024.\n"
                   "Telecommunication services exports were recorded at $487 million during the period.\n"
                   "Imports of IT services rose to $98 million during the month.")


def test_the_period_is_the_span_whose_latest_month_governs():
    got = _periods(SPAN_THEN_MONTH, "2024-04-17")
    assert got["$487 million"] == got["$2,712 million"] == ("2023-07-01", "2024-03-31")
    assert got["$98 million"] == ("2024-03-01", "2024-03-31")  # "the month" stays the month


def test_the_period_stays_the_month_when_no_span_ends_in_it():
    # last fiscal year ends the day before the month that governs begins: not the span of this month
    text = ("Ruritania's exports in the last fiscal year fell to NPR 150 billion.\n"
            "In the first month of the current fiscal year, exports amounted to NPR 13.52 billion.\n"
            "Overall, foreign trade contracted by 1.52% during this period.")
    got = _periods(text.replace("Ruritania", "Nepal"), "2024-08-23")
    assert got["1.52%"] == got["NPR 13.52 billion"] == ("2024-07-16", "2024-08-15")


def test_a_month_alone_is_singled_out_without_a_word_before_it():
    text = ("Pakistan's tech exports crossed $2.7 billion in the first nine months of the current fiscal year.\n"
            "ICT export earnings grew by 18.4pc over July-March, with March alone contributing $331m.\n"
            "Computer services brought in $2.2bn.")
    got = _periods(text, "2024-04-18")
    assert got["$331m"] == ("2024-03-01", "2024-03-31")
    assert got["$2.2bn"] == got["$2.7 billion"] == ("2023-07-01", "2024-03-31")


def test_the_bare_fiscal_is_the_fiscal_year_but_not_before_a_noun():
    text, dates = _read("In the first five months of the fiscal, factory output expanded", D(2029, 10, 2), "India")
    assert text == "the first five months of the fiscal"
    assert dates == (D(2029, 4, 1), D(2029, 8, 31))
    assert all("months" not in m.text for m in periods.find_periods("the first five months of the fiscal deficit target"))


def test_the_fiscal_year_starting_in_a_month_is_the_coming_one():
    text, dates = _read("for the fiscal year starting in July", D(2031, 6, 10))
    assert dates == (D(2031, 7, 1), D(2032, 6, 30))
    assert _read("the fiscal year beginning July 2024", D(2024, 5, 2))[1] == (D(2024, 7, 1), D(2025, 6, 30))


def test_a_fiscal_year_so_far_runs_to_the_month_the_passage_reports():
    october = (D(2027, 10, 1), D(2027, 10, 31))
    assert _read("in FY28 so far", D(2027, 11, 2), "India", previous=october)[1] == (D(2027, 4, 1), D(2027, 10, 31))
    # with no month reported, to the article's date
    assert _read("so far in FY28", D(2027, 11, 2), "India")[1] == (D(2027, 4, 1), D(2027, 11, 2))
    # a fiscal year without "so far" is the whole year
    assert _read("in FY28", D(2027, 11, 2), "India", previous=october)[1] == (D(2027, 4, 1), D(2028, 3, 31))


def test_a_month_quarter_written_as_one_word_is_the_quarter_ending_then():
    got = _periods("Veritas Infosoft's December-quarter profit of Rs 4,812 crore beat estimates.\n"
                   "The IT firm added 2,150 staff in the quarter.", "2030-01-13")
    assert got["Rs 4,812 crore"] == got["2,150"] == ("2029-10-01", "2029-12-31")
    assert [m.text for m in periods.find_periods("sales in December quarter-on-quarter")] != ["December quarter"]


def test_a_share_of_a_plan_for_the_full_year_is_of_the_part_stated_before():
    text = ("NEW DELHI: The Centre's fiscal deficit for the first nine months of the current fiscal year touched "
            "Rs 11.42 lakh crore, or 62.1 per cent of the budget estimate for the full year, data released by the "
            "Controller General of Accounts (CGA) on Wednesday showed.")
    [(_, claims)] = list(extract_batch([Article("x", text, "2029-01-31")]))
    got = {c["quantity"]["text"]: c for c in claims}
    nine_months = ("2028-04-01", "2028-12-31")
    assert (got["Rs 11.42 lakh crore"]["period"]["start"], got["Rs 11.42 lakh crore"]["period"]["end"]) == nine_months
    assert (got["62.1 per cent"]["period"]["start"], got["62.1 per cent"]["period"]["end"]) == nine_months
    # the accounts office publishes the government's figures: it owns none
    assert got["Rs 11.42 lakh crore"]["subject"] == "India"


def test_the_full_year_after_a_part_of_a_fiscal_year_is_that_fiscal_year():
    mentions = periods.find_periods("for the first nine months of the current fiscal year and the full year")
    ctx = periods.Context(published=D(2029, 1, 31), calendar=periods.calendar_of("India"))
    full = [m for m in mentions if m.name == "full_year"][0]
    dates = periods.anchored(full, mentions, [], "", lambda m: m.resolve(ctx), ctx, lambda m: True)
    assert dates == (D(2028, 4, 1), D(2029, 3, 31))


def test_the_half_year_is_the_half_whose_last_month_governs():
    text = ("COLOMBO: Sri Lanka welcomed 1,142,318 tourists in the January-June period.\n"
            "June recorded 98,452 arrivals, the weakest month of the year so far.\n"
            "Tourism revenue for the half-year was estimated at US$ 186.2 million by the Central Bank.")
    got = _periods(text, "2027-07-09")
    assert got["US$ 186.2 million"] == ("2027-01-01", "2027-06-30")
    assert got["98,452"] == ("2027-06-01", "2027-06-30")


def test_a_figure_ranked_in_a_span_after_it_keeps_its_own_period():
    text = ("Pakistan's current account posted a deficit of $1.3 billion in July-January.\n"
            "In January, the country ran a current account surplus of 210 million dollars, the third monthly "
            "surplus this fiscal year.")
    assert _periods(text, "2027-02-18")["210 million dollars"] == ("2027-01-01", "2027-01-31")


def test_a_base_contrasted_with_governs_nothing_after_it():
    text = ("Pakistan's current account posted a deficit of $1.34bn during July-January 2026-27.\n"
            "January's surplus of $210m contrasted with a deficit of $329m in January 2026. Exports of goods "
            "rose to $19.64bn.")
    got = _periods(text, "2027-02-18")
    assert got["$329m"] == ("2026-01-01", "2026-01-31")
    assert got["$19.64bn"] != ("2026-01-01", "2026-01-31")


def test_a_month_before_a_plural_noun_and_its_verb_dates_the_figure():
    text = "Nepal received 1.28 million tourists in 2026. The NTB said December arrivals were 112,000."
    assert _periods(text, "2027-01-02")["112,000"] == ("2026-12-01", "2026-12-31")


def test_a_fiscal_quarter_with_its_months_in_brackets_is_one_phrase():
    text, dates = _read("In the first quarter (July-September) of FY28, remittances", D(2027, 10, 2), "Bangladesh")
    assert text == "the first quarter (July-September) of FY28"
    assert dates == (D(2027, 7, 1), D(2027, 9, 30))


def test_the_previous_week_is_the_week_before_the_one_the_passage_names():
    text = ("India's foreign exchange reserves rose by $3.21 billion to $684.57 billion in the week ended June 9, "
            "the RBI said. Reserves had fallen by about $1.1 billion in the previous week. Gold reserves rose $31m "
            "during the last week.")
    got = _periods(text, "2028-06-17")
    assert got["$1.1 billion"] == ("2028-05-27", "2028-06-02")
    assert got["$31m"] == got["$3.21 billion"] == ("2028-06-03", "2028-06-09")
