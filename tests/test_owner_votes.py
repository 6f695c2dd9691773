"""An article that names no owner takes the owner of the articles its figures agree with
(evaluation/consistency/owner_votes.py). Every figure is invented."""
from claim_factory import make_claim
from evaluation.consistency import prepare
from evaluation.consistency.owner_votes import SUBJECT_FROM, adopt_agreeing_owners
from extractor.contract import Claim

NOV = ("November 2027", "2027-11-01", "2027-11-30")


def _claims(*dicts):
    return [Claim.from_dict(d) for d in dicts]


def _named_story():
    return [make_claim("a", 10, "Rs 2,14,382 crore", 2.14382e12, unit="INR", metric="GST collections", subject="Ruritania", period=NOV),
            make_claim("a", 90, "9.84 per cent", 9.84, kind="percent", unit="%", change="increase", metric="GST collections",
                       subject="Ruritania", period=NOV)]


def _unnamed_story(article="b", extra=()):
    # "Goods and Services Tax (GST) collections touched Rs 2,14,382 crore in November 2027, a growth of 9.8 per cent"
    return [make_claim(article, 10, "Rs 2.14 lakh crore", 2.14e12, unit="INR", metric="GST collections", subject=None, period=NOV),
            make_claim(article, 90, "9.84%", 9.84, kind="percent", unit="%", change="increase", metric="GST collections",
                       subject=None, period=NOV),
            make_claim(article, 150, "Rs 22,517 crore", 2.2517e11, unit="INR", metric="refunds", subject=None, period=NOV),
            *extra]


def test_two_agreeing_figures_give_the_article_their_owner():
    out = {c.claim_id: c for c in adopt_agreeing_owners(_claims(*_named_story(), *_unnamed_story()))}
    # every unowned figure of the article, the refunds too: the article is about one owner
    assert {out[k].subject for k in ("b:10-28", "b:90-95", "b:150-165")} == {"Ruritania"}
    assert out["b:10-28"].extra[SUBJECT_FROM] == ["a:10-27", "a:90-103"]


def test_one_agreeing_figure_or_two_owners_give_nothing():
    one = _named_story()[:1]
    assert all(c.subject is None for c in adopt_agreeing_owners(_claims(*one, *_unnamed_story())) if c.article_id == "b")
    other = [make_claim("c", 10, "Rs 2,140 billion", 2.14e12, unit="INR", metric="GST collections", subject="Freedonia", period=NOV)]
    out = adopt_agreeing_owners(_claims(*_named_story(), *other, *_unnamed_story()))
    assert all(c.subject is None for c in out if c.article_id == "b")


def test_a_two_digit_percent_or_another_measure_votes_for_nothing():
    named = [make_claim("a", 10, "Rs 2,14,382 crore", 2.14382e12, unit="INR", metric="customs duty", subject="Ruritania", period=NOV),
             make_claim("a", 90, "10 per cent", 10.0, kind="percent", unit="%", change="increase", metric="GST collections",
                        subject="Ruritania", period=NOV)]
    unnamed = [make_claim("b", 10, "Rs 2.14 lakh crore", 2.14e12, unit="INR", metric="GST collections", subject=None, period=NOV),
               make_claim("b", 90, "10%", 10.0, kind="percent", unit="%", change="increase", metric="GST collections",
                          subject=None, period=NOV)]
    assert all(c.subject is None for c in adopt_agreeing_owners(_claims(*named, *unnamed)) if c.article_id == "b")


def test_the_checker_sets_the_owned_figures_side_by_side():
    items = prepare(_claims(*_named_story(), *_unnamed_story()))
    assert {i.claim.subject for i in items} == {"Ruritania"}
