"""Run-together tables (extractor/tables.py): each cell a claim with its column's period and unit
and its row's metric; anything that is not plainly a table is left alone. Invented tables."""
import pytest

from extractor import periods
from extractor.tables import find_cells


def cells_of(text):
    return {text[c.start:c.end]: c for c in find_cells(text, periods.find_periods(text))}


TRADE = ("Table 1: Trade during March 2031* March 2031 (USD Billion) March 2030 (USD Billion) "
         "Growth vs. March 2030 (%) Merchandise Exports 21.40 19.75 8.35 Imports 30.62 33.18 -7.72 "
         "Trade Balance -9.22 -13.43 31.35 Services* Exports 14.07 12.90 9.07 Imports 8.11 7.64 6.15 "
         "Trade Balance 5.96 5.26 13.31 Overall Trade (Merchandise + Services)* Exports 35.47 32.65 8.64 "
         "Imports 38.73 40.82 -5.12 Trade Balance -3.26 -8.17 60.10")


def test_three_columns_with_a_unit_each_and_sections():
    cells = cells_of(TRADE)
    assert len(cells) == 27
    exports = cells["21.40"]
    assert (exports.kind, exports.unit, exports.value, exports.metric) == ("money", "USD", 21.4e9, "merchandise exports")
    assert exports.period.text == "March 2031" and cells["19.75"].period.text == "March 2030"
    assert cells["14.07"].metric == "services exports"
    assert cells["8.11"].metric == "services imports"  # the section carries to the rows after it
    assert cells["35.47"].metric == "overall exports"
    assert cells["-3.26"].metric == "overall trade balance"
    assert cells["-9.22"].metric == "merchandise trade balance"
    # the whole table line is the sentence
    assert (exports.sentence_start, exports.sentence_end) == (0, len(TRADE))


def test_balance_keeps_its_sign_and_growth_is_a_signed_change():
    cells = cells_of(TRADE)
    balance = cells["-9.22"]
    assert balance.value == pytest.approx(-9.22e9) and balance.change is None
    growth = cells["-7.72"]
    assert (growth.kind, growth.unit, growth.value, growth.change) == ("percent", "%", -7.72, "increase")
    assert growth.metric == "merchandise imports"
    assert growth.period.text == "March 2031"  # the growth of the current column, not its base "March 2030"
    assert cells["8.35"].change == "increase"


def test_two_columns_one_unit_for_the_whole_table():
    text = ("Exports and imports of Freedonia (USD Million) 2031 2030 Exports 1,204.50 1,100.25 "
            "Imports 980.10 870.00 Trade balance 224.40 230.25")
    cells = cells_of(text)
    assert len(cells) == 6
    assert cells["1,204.50"].value == pytest.approx(1.2045e9)
    assert cells["1,204.50"].period.text == "2031" and cells["1,100.25"].period.text == "2030"
    assert cells["980.10"].metric == "imports"
    assert cells["224.40"].metric == "overall trade balance"  # a balance of a table without sections


def test_unit_in_the_title_and_a_growth_column():
    text = ("Table 2: Trade during January-March 2031 (USD Billion) January-March 2031 January-March 2030 "
            "Growth (%) Exports 60.12 55.00 9.31 Imports 70.00 72.50 -3.45")
    cells = cells_of(text)
    assert len(cells) == 6
    assert cells["60.12"].period.text == "January-March 2031"
    assert cells["55.00"].period.text == "January-March 2030"
    assert cells["-3.45"].kind == "percent" and cells["-3.45"].change == "increase"


def test_a_growth_head_with_its_base_period_is_one_column():
    text = ("Trade (USD Billion) January-March 2031 January-March 2030 Growth vs. January-March 2030 (%) "
            "Exports 60.12 55.00 9.31 Imports 70.00 72.50 -3.45")
    cells = cells_of(text)
    assert len(cells) == 6
    assert cells["9.31"].kind == "percent" and cells["9.31"].period.text == "January-March 2031"
    assert cells["72.50"].period.text == "January-March 2030"


def test_rows_on_lines_of_their_own():
    text = ("Remittances by corridor\nCorridor April 2031 (USD Million) April 2030 (USD Million)\n"
            "Gulf States 812.5 790.1\nEurope 301.0 288.4\nNorth America 150.2 149.9\n\nThe bank said inflows rose.")
    cells = cells_of(text)
    assert len(cells) == 6
    assert cells["301.0"].metric == "europe" and cells["301.0"].value == pytest.approx(3.01e8)
    assert cells["149.9"].period.text == "April 2030"


def test_two_tables_on_one_line_each_keep_their_own_columns():
    second = ("Table 2: Trade during January-March 2031* January-March 2031 (USD Billion) January-March 2030 "
              "(USD Billion) Growth vs. January-March 2030 (%) Merchandise Exports 60.12 55.00 9.31 "
              "Imports 70.00 72.50 -3.45")
    cells = cells_of(TRADE + " " + second)
    assert len(cells) == 33
    assert cells["60.12"].period.text == "January-March 2031"
    assert cells["-3.26"].period.text == "March 2031"


def test_a_zero_growth_has_no_direction():
    text = ("Exports (USD Billion) 2031 2030 Change (%) Ore 3.10 3.10 0.00 Grain 2.00 1.60 25.00")
    cells = cells_of(text)
    assert cells["0.00"].change is None and cells["25.00"].change == "increase"


def test_one_section_named_by_its_first_row():
    text = ("Goods trade (USD Billion) 2031 2030 Merchandise Exports 4.10 3.90 Imports 6.00 5.10 "
            "Trade Balance -1.90 -1.20")
    cells = cells_of(text)
    assert [cells[s].metric for s in ("4.10", "6.00", "-1.90")] == [
        "merchandise exports", "merchandise imports", "merchandise trade balance"]


@pytest.mark.parametrize("country, code", [("India", "INR"), ("Pakistan", "PKR")])
def test_a_shared_currency_in_the_header_follows_the_article(country, code):
    text = (f"{country}'s tea exports rose.\nTea exports (Rs. in crore) 2031 2030 Green tea 1,204.50 1,100.25 "
            "Black tea 980.10 870.00")
    cells = cells_of(text)
    assert cells["1,204.50"].unit == code and cells["1,204.50"].value == pytest.approx(1.2045e10)


def test_rows_that_do_not_repeat_have_no_sections():
    text = ("Remittances (USD Million) 2031 2030 North America 150.2 149.9 South America 40.0 38.5 "
            "Europe 301.0 288.4")
    cells = cells_of(text)
    assert [cells[s].metric for s in ("150.2", "40.0", "301.0")] == ["north america", "south america", "europe"]


def test_empty_cells_and_percent_signs():
    text = ("Tourism (USD Million) 2031 2030 Growth (%) Hotels 80.5 - - Tours 20.0 16.0 25.0% "
            "Other NA 4.0 NA")
    cells = cells_of(text)
    assert sorted(cells) == ["16.0", "20.0", "25.0%", "4.0", "80.5"]
    assert cells["25.0%"].value == 25.0 and cells["25.0%"].metric == "tours"


@pytest.mark.parametrize("text", [
    # scores, phone numbers, years: numbers after words, but no header with a unit
    "Results: Rovers 2 1 United 0 3 City 4 4 after extra time.",
    "Call the helpline on 0300 1234567 or 021 5556667 for details.",
    "The club won the title in 1998 2002 2006 and 2014.",
    "Exports 12.34 11.00 Imports 10.00 9.50 Trade Balance 2.34 1.50",  # no header at all
    # a unit mark, then prose with numbers
    "Exports (USD billion) rose in 2031 and 2030, officials said. Team A 2 1 Team B 3 0 in the final.",
    # one row only
    "Trade (USD Billion) 2031 2030 Exports 12.34 11.00 and more next year.",
    # the header names three columns, the rows hold two numbers
    "Trade (USD Billion) 2031 2030 Growth (%) Exports 12.34 11.00 Imports 10.00 9.50",
    # years where the cells should be
    "Figures (USD Million) 2031 2030 Source 2029 2028 Notes 2027 2026",
    # a percent header with no money column
    "Rates (%) 2031 2030 Policy 5.0 4.5 Deposit 3.0 2.5",
])
def test_not_a_table(text):
    assert cells_of(text) == {}


def test_table_cells_through_the_pipeline(claims_of):
    text = ("Kenya trade gap narrows\n"
            "The Kenyan Ministry of Trade said on Friday that Kenya's exports rose to USD 21.40 billion in March 2031.\n"
            + TRADE + "\nThe ministry said services figures for March are estimates.")
    claims = claims_of(text, published="2031-04-14")
    table = [c for c in claims if c["sentence"]["start"] == text.index("Table 1")]
    assert len(table) == 27
    prose = next(c for c in claims if c["quantity"]["text"] == "USD 21.40 billion")
    cell = next(c for c in table if c["quantity"]["text"] == "-9.22")
    assert cell["kind"] == "money" and cell["quantity"]["unit"] == "USD"
    assert cell["quantity"]["value"] == pytest.approx(-9.22e9)
    assert cell["metric"] == "merchandise trade balance"
    assert cell["period"] == {"text": "March 2031", "start": "2031-03-01", "end": "2031-03-31"}
    assert cell["subject"] == "Kenya"
    assert cell["source"] == prose["source"] == "Kenyan Ministry of Trade"
    # the prose figure before the table is read as before
    assert prose["metric"] == "exports" and prose["period"]["start"] == "2031-03-01"
    # no other claim comes from inside the table
    inside = [c for c in claims if text.index("Table 1") <= c["quantity"]["start"] < text.index("\nThe ministry")]
    assert len(inside) == 27


def test_a_line_of_numbers_that_is_no_table_changes_nothing(claims_of):
    text = "The league table (in points) read: Rovers 12 10 United 9 8 City 7 7, the club said."
    assert [c["quantity"]["text"] for c in claims_of(text)] == [
        c["quantity"]["text"] for c in claims_of(text.replace("(in points)", "now"))]
