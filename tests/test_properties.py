"""Property-based tests (hypothesis) of the extractor on generated text: whatever comes in,
it does not raise and every claim meets the contract. Settings: tests/conftest.py (300
examples; HYPOTHESIS_PROFILE=deep for 5,000)."""
import math

from hypothesis import given
from hypothesis import strategies as st

from extractor.contract import contract_problems

# Pieces that provoke the quantity, period and count rules, glued together at random.
PIECES = st.sampled_from([
    "$", "US$", "£", "€", "Rs", "PKR", "%", " percent", " per cent", "bn", "m", " million", " billion",
    " crore", " lakh", "x", "-fold", " times", " twice", " doubled", "half a ", " between ", " and ", " to ",
    " from ", " rose ", " fell ", " by ", " more than ", " about ", " up to ", "fiscal year ", "FY", "2020/21",
    "2021-22", "July-May ", " last year", " the month under review", "Q3 ", " early ", "2023", " 6,000 ",
    " vendors", " 35-person", " according to ", " said", "Pakistan's", " exports", " the U.S.", ". ", "\n\n",
    "\n", " ", ",", "(", ")", "-", "–", "0", "1", "2.5", "99", "1,000,000", ".5", "one", "twelve", "a third of",
])
TEXTS = st.one_of(
    st.lists(PIECES, min_size=1, max_size=40).map("".join),
    st.text(min_size=1, max_size=300),  # any unicode at all
    st.lists(st.one_of(PIECES, st.text(max_size=5)), min_size=1, max_size=60).map("".join),
    st.builds(lambda n, s: s * n, st.integers(1, 3), st.text(alphabet="9", min_size=200, max_size=400)),  # very long tokens
)
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@given(text=TEXTS, published=PUBLISHED)
def test_extractor_never_raises_and_meets_the_contract(nlp, text, published):
    from extractor import extract

    claims = extract(text, published=published, article_id="gen")
    ids = [c["claim_id"] for c in claims]
    assert len(ids) == len(set(ids))
    for claim in claims:
        q = claim["quantity"]
        assert text[q["start"]:q["end"]] == q["text"]
        assert claim["sentence"]["start"] <= q["start"] and q["end"] <= claim["sentence"]["end"] <= len(text)
        assert math.isfinite(q["value"]) and math.isfinite(q.get("value_max", 0))
        if claim["period"] and claim["period"]["start"]:
            assert claim["period"]["start"] <= claim["period"]["end"]
        assert contract_problems(claim, text) == []
