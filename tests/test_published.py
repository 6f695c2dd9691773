"""extractor/published.py: a publication date read off a header line or a dateline, never off the body."""
import pytest

from extractor.published import dateline_span, infer_published


@pytest.mark.parametrize("text, expected", [
    ("date 2021-03-04 Exports rose 5% in February.", "2021-03-04"),
    ("Published: 2019-11-30\nThe firm sold 40 ships.", "2019-11-30"),
    ("Ruritania City, 23 August 2022 (Newswire) - Exports rose 5%.", "2022-08-23"),
    ("PORTVILLE, March 5, 2020: Imports fell 2%.", "2020-03-05"),
])
def test_header_lines_and_datelines_give_the_date(text, expected):
    assert infer_published(text) == expected
    start, end = dateline_span(text)
    assert expected[:4] in text[start:end]


@pytest.mark.parametrize("text", [
    "Exports rose 5% in 2021, the ministry said on 23 August 2022.",  # a date in the body is no dateline
    "The plan for 2030 was announced.",
    "",
])
def test_no_date_where_the_text_does_not_open_with_one(text):
    assert infer_published(text) is None and dateline_span(text) is None
