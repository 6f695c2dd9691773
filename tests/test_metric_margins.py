"""A company's margin is a measure ("the operating margin narrowed to 24.3%"); a margin of victory
or error names none (metric_head._margin_of_accounts). Services, receipts and inflows that "fetch"
money earn it; a thing sold that fetches money has a price (money_measures._FLOW_NOUNS). Every
sentence is invented."""
from extractor.api import extract_batch
from extractor.corpus import Article


def _metrics(text):
    [(_, claims)] = list(extract_batch([Article("x", text, "2029-10-01")]))
    return {c["quantity"]["text"]: c["metric"] for c in claims}


def test_an_accounts_margin_is_the_measure():
    got = _metrics("Zentex said its operating margin narrowed to 24.3 per cent from 24.8 per cent.")
    assert got["24.3 per cent"] == "operating margin" and got["24.8 per cent"] == "operating margin"
    assert _metrics("Gross margins expanded to 27.3% in the quarter.")["27.3%"] == "Gross margins"
    assert _metrics("Net interest margin was 3.2 per cent in the quarter.")["3.2 per cent"] == "Net interest margin"


def test_a_margin_with_no_accounts_word_is_no_measure():
    for text, figure in (("The bill passed by a wide margin of 12 per cent.", "12 per cent"),
                         ("The poll has a margin of error of 3 per cent.", "3 per cent")):
        assert "margin" not in (_metrics(text).get(figure) or "")


def test_services_that_fetch_money_earn_it():
    # "fetched" is a price for a thing sold ("the painting fetched $5 million"), earnings for a flow
    assert _metrics("Computer services fetched $2.29 billion in the quarter.")["$2.29 billion"] != "price of computer services"
    assert "price" not in _metrics("Tourism receipts fetched $1.62 billion in June.")["$1.62 billion"]
    assert _metrics("The painting fetched $5 million at auction.")["$5 million"] == "price of painting"
