"""Canonical names and the article's main actor."""
import pytest

from extractor.actors import canonical, main_actor, main_country, spelled_as


@pytest.mark.parametrize("surface, name", [
    ("US", "United States"), ("U.S.", "United States"), ("America", "United States"),
    ("the United States", "United States"), ("Pakistan’s", "Pakistan"), ("Pakistani", "Pakistan"),
    ("Americans", "United States"), ("the central bank", "central bank"), ("SBP", "State Bank of Pakistan"),
    ("the State Bank of Pakistn", "State Bank of Pakistan"),  # a near variant, by rapidfuzz
])
def test_actors_canonical_names(surface, name):
    assert canonical(surface) == name


def test_actors_main_actor_prefers_the_company_in_the_headline(nlp):
    text = ("Quarterly profits at US media giant TimeWarner jumped 76%. The US firm said sales in the US "
            "rose. Time Warner also cut costs in the US.")
    doc = nlp(text)
    assert main_country(text, doc.ents) == "United States"
    assert main_actor(text, doc.ents, title="Ad sales boost Time Warner profit") == "Time Warner"


def test_actors_main_country_counts_places_outside_the_alias_table(nlp):
    text = "Colombia's exports rose 5%. Colombia sold more coffee. Officials in Colombia were pleased."
    doc = nlp(text)
    assert main_country(text, doc.ents) == "Colombia"


@pytest.mark.parametrize("name, reference, expected", [
    ("TimeWarner", "Time Warner", "Time Warner"), ("Pernod", "Pernod Ricard", "Pernod Ricard"),
    ("Diageo", "Pernod Ricard", "Diageo"), (None, "Time Warner", None),
])
def test_actors_one_spelling_of_the_main_actor(name, reference, expected):
    assert spelled_as(name, reference) == expected


def test_actors_the_company_said_names_the_main_company_and_names_drop_descriptions():
    from extractor.api import extract_batch
    from extractor.corpus import Article

    text = ("Time Warner's profits rose 76% to $1.13bn. Sales rose 5% to $1bn, the company said. "
            "Prices fell 2%, the car-buying website Parker's said.")
    [(_, claims)] = list(extract_batch([Article("x", text, extra={"title": "Time Warner profit up"})]))
    sources = {c["quantity"]["text"]: c["source"] for c in claims}
    assert sources["5%"] == sources["$1bn"] == "Time Warner"
    assert sources["2%"] == "Parker"
