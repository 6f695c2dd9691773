"""A company the NER tags as a person ("Himal Sagar Bank", "Pragati Infotech") is still whose
figures they are (parse_tree.company_named_as_person). Every sentence here is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article


def _claims(text, published="2026-10-16"):
    [(_, claims)] = list(extract_batch([Article("x", text, published)]))
    return {c["quantity"]["text"]: c for c in claims}


def test_a_banks_own_figure_through_its_possessive():
    claims = _claims("Himal Sagar Bank's net profit stood at Rs 3.18bn in the quarter.")
    assert claims["Rs 3.18bn"]["subject"] == "Himal Sagar Bank"


def test_the_company_of_a_results_story_not_the_dateline_country():
    # the dateline names India; the figures are the company's, which "the company" speaks of again
    claims = _claims("BENGALURU, Oct 16 (Reuters) - Pragati Infotech reported a profit on Wednesday. "
                     "The company's net profit rose 8.6% to 34.12 billion rupees in the quarter.")
    assert claims["34.12 billion rupees"]["subject"] == "Pragati Infotech"


def test_only_a_name_ending_as_companies_names_do_is_taken_for_one(nlp):
    from spacy.tokens import Span

    from extractor.parse_tree import company_named_as_person

    doc = nlp.make_doc("Sana Malik and Kohsar Cement met Mehta and Himal Sagar Bank's chief and the bank")
    as_person = lambda start, end: company_named_as_person(Span(doc, start, end, label="PERSON"))  # noqa: E731
    assert as_person(0, 2) is None                       # "Sana Malik": a person
    assert as_person(3, 5) == "Kohsar Cement"            # a company word ends the name
    assert as_person(6, 7) is None                       # one word: too little to tell
    assert as_person(8, 12) == "Himal Sagar Bank"        # the possessive is no part of the name
    assert as_person(14, 16) is None                     # "the bank": no name
