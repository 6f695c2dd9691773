""""During the nine months" points back to the passage's span of nine months; under a period of
another length it keeps its text with no dates (periods._r_months_anaphor). Every sentence is invented."""
import datetime as dt

from extractor import periods

D = dt.date


def _read(phrase, previous):
    (mention,) = periods.find_periods(phrase)
    return mention.text, mention.resolve(periods.Context(published=D(2025, 4, 20), previous=previous))


def test_the_n_months_of_the_passage_are_its_span_of_n_months():
    july_march = (D(2024, 7, 1), D(2025, 3, 31))
    assert _read("during the nine months", july_march) == ("during the nine months", july_march)
    assert _read("in the first nine months", july_march)[1] == july_march


def test_under_a_period_of_another_length_the_phrase_has_no_dates():
    march = (D(2025, 3, 1), D(2025, 3, 31))
    assert _read("during the nine months", march) == ("during the nine months", None)


def test_months_with_their_own_end_or_year_are_not_this_phrase():
    # "the nine months to March", "the three months between July and September": other rules' phrases
    assert all(m.name != "anaphor" for m in periods.find_periods("in the nine months to March 2025"))
    assert all(m.name != "anaphor" for m in periods.find_periods("in the three months between July and September"))


def test_a_figure_after_a_single_month_takes_no_wrong_span(claims_of):
    claims = claims_of("The FBR collected Rs8,412bn in July-March FY25. In March, collection stood at Rs1,102bn. "
                       "Refunds paid during the nine months were Rs341bn.", published="2025-04-02")
    refunds = next(c for c in claims if c["quantity"]["text"] == "Rs341bn")
    assert refunds["period"]["text"] == "during the nine months"
    assert refunds["period"]["start"] is None
