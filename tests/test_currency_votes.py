"""A rupee nothing in its article decides is marked as assumed (extractor.currencies.assumed), and
takes the currency of the articles whose figures of one measure it agrees with
(evaluation.consistency.currency_votes): invented articles."""
import pytest

from evaluation.consistency.currency_votes import CANDIDATES, UNIT_FROM, adopt_agreeing_currencies
from evaluation.series import build_series
from extractor.api import extract_batch
from extractor.contract import Claim
from extractor.corpus import Article
from extractor import currencies


@pytest.mark.parametrize("text, surface, assumed", [
    ("Collections rose to Rs 1.5 billion in June.", "Rs 1.5 billion", True),  # nothing says whose
    ("Collections rose to 1.5 billion rupees in June.", "1.5 billion rupees", True),
    ("KARACHI: Collections rose to Rs 1.5 billion in June.", "Rs 1.5 billion", False),  # a dateline decides
    ("Sri Lanka's collections rose to Rs 1.5 billion in June.", "Rs 1.5 billion", False),
    ("Collections rose to $1.5 billion in June.", "$1.5 billion", False),  # "$" is the US dollar by convention
    ("Collections rose to £1.5 billion in June.", "£1.5 billion", False),  # and "£" sterling
    ("A ticket cost 500 kr in June.", "500 kr", True),  # Sweden's? Norway's? Denmark's?
    ("Collections rose to Tk 1.5 billion in June.", "Tk 1.5 billion", False),  # one currency's sign
])
def test_a_shared_rupee_nothing_decides_is_marked_assumed(text, surface, assumed):
    [(_, claims)] = list(extract_batch([Article("a", text)]))
    [claim] = [c for c in claims if c["quantity"]["text"] == surface]
    assert (currencies.CANDIDATES_FIELD in claim) is assumed
    if assumed:
        assert claim["quantity"]["unit"] in claim[currencies.CANDIDATES_FIELD]
        assert len(claim[currencies.CANDIDATES_FIELD]) >= 2
        if "kr" not in surface:  # a rupee
            assert {"INR", "PKR", "LKR", "NPR"} <= set(claim[currencies.CANDIDATES_FIELD])


def _money(article, text, value, unit, metric, candidates=None):
    claim = {"claim_id": f"{article}:0-{len(text)}", "article_id": article, "kind": "money",
             "quantity": {"text": text, "start": 0, "end": len(text), "value": value, "unit": unit, "qualifier": "exact"},
             "change": None, "metric": metric, "subject": None, "counterparty": None,
             "period": {"text": "November", "start": "2027-11-01", "end": "2027-11-30"}, "source": None,
             "sentence": {"start": 0, "end": 80}}
    if candidates:
        claim[CANDIDATES] = candidates
    return Claim.from_dict(claim)


RUPEES = ["INR", "LKR", "NPR", "PKR"]


def test_an_assumed_rupee_takes_the_currency_of_agreeing_figures_of_one_measure():
    assumed = _money("plain", "Rs 1,91,865 crore", 1.91865e12, "PKR", "net GST revenue", RUPEES)
    other = _money("plain", "Rs 40,120 crore", 4.012e11, "PKR", "refunds", RUPEES)
    read = _money("indian", "₹1.92 lakh crore", 1.92e12, "INR", "net GST revenue")
    out = {c.claim_id: c for c in adopt_agreeing_currencies([assumed, other, read])}
    assert out[assumed.claim_id].quantity.unit == "INR"
    assert out[other.claim_id].quantity.unit == "INR"  # the article's rupee is one
    assert out[assumed.claim_id].extra[UNIT_FROM] == [read.claim_id]
    assert out[read.claim_id].quantity.unit == "INR"


@pytest.mark.parametrize("reads, why", [
    ([_money("indian", "₹1.92 lakh crore", 1.92e12, "INR", "refunds")], "another measure votes for nothing"),
    ([_money("indian", "₹1.75 lakh crore", 1.75e12, "INR", "net GST revenue")], "figures that do not agree"),
    ([_money("indian", "₹1.92 lakh crore", 1.92e12, "INR", "net GST revenue"),
      _money("lankan", "Rs 1.92 trillion", 1.92e12, "LKR", "net GST revenue")], "two currencies decide nothing"),
    ([_money("indian", "$1.92 trillion", 1.92e12, "USD", "net GST revenue")], "a currency the surface cannot be"),
])
def test_an_assumed_rupee_keeps_its_default_without_one_agreeing_currency(reads, why):
    assumed = _money("plain", "Rs 1,91,865 crore", 1.91865e12, "PKR", "net GST revenue", RUPEES)
    out = {c.claim_id: c for c in adopt_agreeing_currencies([assumed, *reads])}
    assert out[assumed.claim_id].quantity.unit == "PKR", why


def test_an_article_naming_no_country_shares_a_row_with_the_rupee_figure_it_agrees_with():
    texts = {"indian": "NEW DELHI: India's net tax revenue stood at Rs 1,91,865 crore in November 2027.",
             "plain": "Net tax revenue stood at Rs 1.92 trillion in November 2027, the ministry said."}
    claims = [c for _, cs in extract_batch([Article(k, v, "2027-12-02") for k, v in texts.items()]) for c in cs]
    assert [c["quantity"]["unit"] for c in claims] == ["INR", "PKR"]  # nothing in the second says whose
    rows = build_series(claims, texts=texts)
    [shared] = [r for r in rows if {p["article_id"] for p in r["reports"]} == set(texts)]
    assert shared["unit"] == "INR"
