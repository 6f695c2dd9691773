"""extractor/metric_phrase.py: what a figure measures, read off the parse, with its forecast/target mark."""
import pytest


def _metric(claims_of, text, surface):
    [claim] = [c for c in claims_of(text) if c["quantity"]["text"] == surface]
    return claim["metric"]


@pytest.mark.parametrize("text, surface, metric", [
    ("Ruritania's textile exports rose 12% to $3 billion in 2023.", "$3 billion", "textile exports"),
    ("The company reported revenue of $450 million for the year.", "$450 million", "revenue"),
    ("Imports of machinery fell by $20 million.", "$20 million", "Imports of machinery"),
])
def test_the_measured_noun_phrase(claims_of, text, surface, metric):
    assert _metric(claims_of, text, surface) == metric


@pytest.mark.parametrize("text, surface, mark", [
    ("The government has set an export target of $30 billion for next year.", "$30 billion", "(target)"),
    ("Analysts expect profits to reach $2 billion next year.", "$2 billion", "(forecast)"),
])
def test_targets_and_forecasts_say_so(claims_of, text, surface, mark):
    assert _metric(claims_of, text, surface).endswith(mark)


def test_an_outcome_carries_no_mark(claims_of):
    assert not _metric(claims_of, "Exports reached $30 billion last year.", "$30 billion").endswith(
        ("(target)", "(forecast)"))
