"""Who said it and whose figure, for shapes frequent in news generally (branch subj16): public bodies
written in lower case ("the finance ministry said"), in several phrasings. Every sentence is invented."""
import pytest


def _by_surface(claims_of, text, published="2024-05-01"):
    return {c["quantity"]["text"]: c for c in claims_of(text, published)}


@pytest.mark.parametrize("text, surface, source", [
    ("Ruritania's sales tax take rose 12% to Rs 1.9 lakh crore in April, the finance ministry said.", "12%",
     "Ministry of Finance"),
    ("The finance ministry said the sales tax take rose 12% in April.", "12%", "Ministry of Finance"),
    ("Exports rose 5% to $3bn in March, according to the trade ministry.", "5%", "Ministry of Trade"),
    ("Inflation rose to 3.2% in May, the statistics office said.", "3.2%", "statistics office"),
    ("Unemployment fell to 4.1% in June, the labour department said.", "4.1%", "labour department"),
    ("Output grew 2% in the quarter, the national statistics agency said.", "2%", "national statistics agency"),
    ("Tax receipts rose 8% to £50bn, the tax authority said.", "8%", "tax authority"),
    ("Ruritania's statistics office said exports fell 2.1% in March.", "2.1%", "statistics office"),
])
def test_a_lower_case_public_body_is_the_source(claims_of, text, surface, source):
    assert _by_surface(claims_of, text)[surface]["source"] == source


def test_a_lower_case_body_is_the_one_the_article_named_in_full(claims_of):
    claims = _by_surface(claims_of, "The Ruritania Office for National Statistics published its survey on "
                                    "Monday. Inflation rose to 3.2% in May, the statistics office said.")
    assert claims["3.2%"]["source"] == "Ruritania Office for National Statistics"


def test_a_lower_case_office_of_no_public_field_is_nobody(claims_of):
    assert _by_surface(claims_of, "Sales rose 3% to £2m, the sales office said.")["3%"]["source"] is None
