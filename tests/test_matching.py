"""Span matching: policies, one-to-one pairing, best overlap first, ties by position."""
import pytest

from evaluation.matching import POLICIES, by_article, match_article, pair_strength
from evaluation.scoring import score
from extractor.contract import Claim, Quantity


def c(start, end, article="a", kind="money"):
    """A claim that only has a span (matching looks at nothing else)."""
    return Claim(article_id=article, kind=kind, sentence_start=0, sentence_end=200,
                 quantity=Quantity(text="x" * (end - start), start=start, end=end, value=1, unit="USD"))


def spans(claims):
    return [(x.quantity.start, x.quantity.end) for x in claims]


def pair_spans(match):
    return [(spans([g])[0], spans([p])[0]) for g, p in match.pairs]


def test_matching_policies_are_named():
    assert POLICIES == ("overlap", "exact")


@pytest.mark.parametrize("gold,pred,overlap,exact", [
    ((10, 20), (10, 20), True, True),     # identical
    ((10, 20), (12, 20), True, False),    # "$5 billion" vs "5 billion"
    ((10, 20), (19, 30), True, False),    # one shared character is enough
    ((10, 20), (20, 30), False, False),   # touching is not overlapping (end exclusive)
    ((10, 20), (0, 5), False, False),
])
def test_matching_policy_decides_pairs(gold, pred, overlap, exact):
    assert bool(match_article([c(*gold)], [c(*pred)], "overlap").pairs) is overlap
    assert bool(match_article([c(*gold)], [c(*pred)], "exact").pairs) is exact


def test_matching_two_predictions_on_one_gold_span():
    # One gold span, two predictions over it: the tighter one pairs, the other is a false positive.
    match = match_article([c(10, 20)], [c(5, 20), c(10, 20)])
    assert pair_spans(match) == [((10, 20), (10, 20))]
    assert spans(match.spurious) == [(5, 20)]
    assert match.missed == []


def test_matching_identical_predictions_pair_once():
    match = match_article([c(10, 20)], [c(10, 20), c(10, 20)], "exact")
    assert len(match.pairs) == 1 and len(match.spurious) == 1


def test_matching_ties_go_to_the_earlier_position():
    # Both predictions overlap the gold span equally (IoU 1/3): the earlier one wins.
    match = match_article([c(10, 20)], [c(15, 25), c(5, 15)])
    assert pair_spans(match) == [((10, 20), (5, 15))]
    assert spans(match.spurious) == [(15, 25)]


def test_matching_best_overlap_first_keeps_both_pairs():
    # "$40m (£21.3m)" predicted as one span plus "£21.3m" alone; gold has "$40m" and "£21.3m".
    # Best overlap first pairs "£21.3m" exactly, then the long span with "$40m": two pairs, not one.
    gold = [c(0, 4), c(6, 12)]
    pred = [c(0, 13), c(6, 12)]
    match = match_article(gold, pred)
    assert pair_spans(match) == [((0, 4), (0, 13)), ((6, 12), (6, 12))]
    assert match.missed == [] and match.spurious == []


def test_matching_zero_predictions_misses_everything():
    match = match_article([c(0, 4), c(6, 12)], [])
    assert match.pairs == [] and match.spurious == []
    assert spans(match.missed) == [(0, 4), (6, 12)]


def test_matching_empty_gold_makes_every_prediction_spurious():
    match = match_article([], [c(6, 12), c(0, 4)])
    assert match.pairs == [] and match.missed == []
    assert spans(match.spurious) == [(0, 4), (6, 12)]  # in text order


def test_matching_ignores_kind():
    # Detection is on spans; a wrong kind is a field error on the pair, not a miss.
    assert match_article([c(0, 4, kind="money")], [c(0, 4, kind="count")]).pairs


def test_matching_pair_strength_is_intersection_over_union():
    assert pair_strength(c(0, 10), c(0, 10)) == 1.0
    assert pair_strength(c(0, 10), c(5, 15)) == pytest.approx(5 / 15)
    assert pair_strength(c(0, 10), c(5, 15), "exact") == 0.0


def test_matching_unknown_policy_raises():
    with pytest.raises(ValueError, match="unknown matching policy 'fuzzy'"):
        match_article([c(0, 4)], [c(0, 4)], "fuzzy")


def test_matching_groups_by_article_in_file_order():
    claims = [c(5, 6, "b"), c(0, 1, "a"), c(2, 3, "b")]
    assert {k: spans(v) for k, v in by_article(claims).items()} == {"b": [(5, 6), (2, 3)], "a": [(0, 1)]}


def test_matching_docs_example_exact_and_overlap_differ():
    # docs/evaluation.md, "Matching policy": gold "$5 billion" and "23%"; the prediction has
    # "$5 billion" right and "23" without its percent sign.
    text = "Exports rose 23% to $5 billion."
    def claim(surface, kind, value, unit):
        start = text.index(surface)
        return Claim(article_id="a", kind=kind, sentence_start=0, sentence_end=len(text),
                     quantity=Quantity(text=surface, start=start, end=start + len(surface), value=value, unit=unit))
    gold = [claim("23%", "percent", 23, "%"), claim("$5 billion", "money", 5e9, "USD")]
    pred = [claim("23", "percent", 23, "%"), claim("$5 billion", "money", 5e9, "USD")]
    overlap, exact = score(gold, pred, "overlap"), score(gold, pred, "exact")
    assert (overlap["detection"]["precision"], overlap["detection"]["recall"], overlap["detection"]["f1"]) == (1.0, 1.0, 1.0)
    assert (exact["detection"]["tp"], exact["detection"]["fp"], exact["detection"]["fn"]) == (1, 1, 1)
    assert (exact["detection"]["precision"], exact["detection"]["recall"], exact["detection"]["f1"]) == pytest.approx((0.5, 0.5, 0.5))
    assert overlap["policy"] == "overlap" and exact["policy"] == "exact"
