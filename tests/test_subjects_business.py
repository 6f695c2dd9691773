"""Whose figure on business news (claims.md "Whose figure"; issue 12, branch subj5, developed on
bbc-dev2): every sentence here is invented."""
import pytest


def _by_surface(claims_of, text, published="2023-08-15"):
    return {c["quantity"]["text"]: c for c in claims_of(text, published)}


@pytest.mark.issue(12)
def test_subjects_a_company_named_once_in_apposition_to_its_description_is_the_main_actor(claims_of):
    # the lead describes the firm, one sentence names it ("The firm, Zorbex, said"), the rest call it
    # "the company": its figures are the firm's, not its country's
    claims = _by_surface(claims_of, (
        "A Ruritanian firm that makes paint from seaweed plans to raise 40m euros from investors.\n\n"
        "The firm, Zorbex, said it hoped to sell 2 million shares. The company employs "
        "300 people, and the company could be valued at 90m euros."), published=None)
    assert {c["subject"] for c in claims.values()} == {"Zorbex"}


def test_subjects_described_names_counts_the_description():
    from extractor.actors import described_names

    text = ("A Ruritanian firm plans a listing. The firm, Zorbex, said so. The company's shares rise. "
            "The group, Germany, said nothing.")
    assert described_names(text) == {"Zorbex": 2}  # a place in apposition is no company


@pytest.mark.issue(12)
def test_subjects_a_one_word_company_takes_its_full_name_with_a_company_word(claims_of):
    claims = _by_surface(claims_of, (
        "Shares in Ruritanian mining group Zelnor Resources fell 20% after a survey of its mine.\n\n"
        "By midday, Zelnor's shares were down to 35p. Zelnor Valley residents were not surprised."),
        published=None)
    assert claims["35p"]["subject"] == "Zelnor Resources"


def test_subjects_fullest_name_to_the_right_needs_a_company_word():
    from extractor.actors import fullest_name

    assert fullest_name("Zelnor", "Zelnor Holdings said. Zelnor rose.") == "Zelnor Holdings"
    assert fullest_name("Zelnor", "the new Zelnor Convertible costs more. Zelnor rose.") == "Zelnor"
