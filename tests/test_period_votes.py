"""A figure whose period ends where other outlets' agreeing figures' period ends takes theirs when they
outnumber it (evaluation/consistency/period_votes.py). Every figure is invented."""
from claim_factory import make_claim
from evaluation.consistency.period_votes import PERIOD_FROM, adopt_agreeing_periods
from extractor.contract import Claim

MARCH = ("In March", "2024-03-01", "2024-03-31")
NINE_MONTHS = ("July-March", "2023-07-01", "2024-03-31")


def _claims(*dicts):
    return [Claim.from_dict(d) for d in dicts]


def _month_reports(*articles):
    return [make_claim(a, 10, "$331 million", 331e6, metric="IT exports", subject="Ruritania", period=MARCH)
            for a in articles]


def test_a_figure_read_over_the_span_its_month_closes_takes_the_month_two_outlets_give():
    wrong = make_claim("d", 40, "$331m", 331e6, metric="ICT exports", subject="Ruritania", period=NINE_MONTHS)
    out = {c.claim_id: c for c in adopt_agreeing_periods(_claims(*_month_reports("a", "b"), wrong))}
    taken = out["d:40-45"]
    assert (taken.period.start, taken.period.end) == ("2024-03-01", "2024-03-31")
    assert taken.period.text == "July-March"  # as written; the dates are the outlets'
    assert taken.extra[PERIOD_FROM] == ["a:10-22", "b:10-22"]


def test_one_outlet_against_one_or_another_owner_moves_nothing():
    wrong = make_claim("d", 40, "$331m", 331e6, metric="ICT exports", subject="Ruritania", period=NINE_MONTHS)
    alone = adopt_agreeing_periods(_claims(*_month_reports("a"), wrong))
    assert [(c.period.start, c.period.end) for c in alone if c.article_id == "d"] == [("2023-07-01", "2024-03-31")]
    other = make_claim("d", 40, "$331m", 331e6, metric="ICT exports", subject="Freedonia", period=NINE_MONTHS)
    moved = adopt_agreeing_periods(_claims(*_month_reports("a", "b"), other))
    assert [(c.period.start, c.period.end) for c in moved if c.article_id == "d"] == [("2023-07-01", "2024-03-31")]


def test_periods_that_do_not_end_together_or_a_figure_its_article_gives_stay_apart():
    a_year_before = make_claim("d", 40, "$331m", 331e6, metric="IT exports", subject="Ruritania",
                               period=("March 2023", "2023-03-01", "2023-03-31"))
    out = adopt_agreeing_periods(_claims(*_month_reports("a", "b"), a_year_before))
    assert [c.period.start for c in out if c.article_id == "d"] == ["2023-03-01"]
    # the article gives its own March figure of the measure: its nine-month figure is another
    own_month = make_claim("d", 90, "$298 million", 298e6, metric="IT exports", subject="Ruritania", period=MARCH)
    span = make_claim("d", 40, "$331m", 331e6, metric="IT exports", subject="Ruritania", period=NINE_MONTHS)
    out = adopt_agreeing_periods(_claims(*_month_reports("a", "b"), span, own_month))
    assert [c.period.start for c in out if c.claim_id == "d:40-45"] == ["2023-07-01"]
