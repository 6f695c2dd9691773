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
