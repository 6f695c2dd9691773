"""Physical amounts in an abbreviated or spelled unit are counts in that unit, and the unit is never
what is measured (gold/README.md: tonnes, acres, miles; extractor/physical_units.py). Every sentence
is invented."""
import pytest

from extractor.physical_units import physical_unit


@pytest.mark.parametrize("word, unit", [
    ("kg", "kilogram"), ("MW", "megawatt"), ("kWh", "kilowatt-hour"), ("GWh", "gigawatt-hour"),
    ("MT", "tonne"), ("tonnes", "tonne"), ("megawatts", "megawatt"), ("ha", "hectare"), ("bales", "bale"),
    # no physical unit: a speed, a currency's "pound", a single letter (millions), a thing counted
    ("kn", None), ("pound", None), ("m", None), ("units", None), ("GB", None),
])
def test_units_of_physical_measure(word, unit):
    assert physical_unit(word) == unit


@pytest.mark.parametrize("text, surface, unit, metric", [
    ("Tea production was 255.3 million kg in 2026.", "255.3 million", "kilogram", "Tea production"),
    ("Power demand hit 28,500 MW in June 2026.", "28,500", "megawatt", "Power demand"),
    ("Generation rose to 12.4 million kWh in 2026.", "12.4 million", "kilowatt-hour", "Generation"),
    ("Cotton arrivals reached 5.42 million bales in 2026.", "5.42 million", "bale", "Cotton arrivals"),
])
def test_an_amount_in_a_unit_is_a_count_of_what_the_clause_measures(claims_of, text, surface, unit, metric):
    (claim,) = [c for c in claims_of(text, published="2027-02-10") if c["quantity"]["text"] == surface]
    assert (claim["kind"], claim["quantity"]["unit"], claim["metric"]) == ("count", unit, metric)


def test_a_size_describing_a_noun_is_no_count(claims_of):
    assert claims_of("It plans an underground 4,200 MW power plant.") == []


def test_an_amount_with_its_worth_after_it_is_still_an_amount(claims_of):
    claims = claims_of("Ruritania imported 1,046 GWh worth Rs 6.12 billion from Freedonia in 2028.", published="2029-08-01")
    assert [(c["quantity"]["text"], c["quantity"]["unit"]) for c in claims if c["kind"] == "count"] == [("1,046", "gigawatt-hour")]


def test_the_shipped_table_is_the_installed_quantulum3s():
    # data/physical_units.json saves every process quantulum3's 1.5 s build of its unit table;
    # remake it with `python -m extractor.physical_units` when quantulum3 changes
    import json

    from extractor import physical_units
    built = physical_units.build_table()
    with open(physical_units.TABLE_FILE, encoding="utf-8") as f:
        shipped = json.load(f)
    if shipped["quantulum3"] == built["quantulum3"]:
        assert shipped == built
    assert physical_units.table() == built  # another quantulum3: its own table, built at first use
