"""Tests for the checker rules that make it tolerant to how an extractor fills fields (issue 13,
end to end): measures borrowed within a sentence, "negative growth", unnamed metrics, far levels,
scale slips, twins and 'respectively' lists. Every sentence is invented."""
from evaluation import facts
from extractor.contract import Claim
from test_consistency_facts import FY22, FY23, claim, pct, run, verdicts

JAN = ("January", "2024-01-01", "2024-01-31")
FEB = ("February", "2024-02-01", "2024-02-29")
Q1 = ("the first quarter", "2024-01-01", "2024-03-31")


def _c(d):
    return Claim.from_dict(d)


def test_borrow_measure_from_the_one_measure_of_the_sentence():
    # "Ruritania's tin exports fell 10.0 percent to $90 million from $100 million in FY23."
    s = (0, 90)
    change = pct("a", 30, "10.0 percent", 10.0, metric="decline", sentence=s)
    later = claim("a", 50, "$90 million", 90e6, metric="tin exports", sentence=s)
    earlier = claim("a", 65, "$100 million", 100e6, metric="tin exports", period=FY22, sentence=s)
    got = facts.borrow_measures([_c(change), _c(later), _c(earlier)])
    assert got[0].metric == "tin exports" and got[0].extra["metric_from"] == "a:50-61"
    assert got[1].metric == "tin exports"  # a figure with a measure keeps its own
    assert verdicts(run([change, later, earlier]), "percent_change") == [("percent_change", "consistent")]
    change["quantity"].update(text="30.0 percent", value=30.0)
    assert verdicts(run([change, later, earlier]), "percent_change") == [("percent_change", "inconsistent")]


def test_no_borrowing_from_a_sentence_naming_two_measures():
    # "Tin exports reached $90 million while copper imports fell 4 percent to $50 million."
    s = (0, 90)
    got = facts.borrow_measures([_c(claim("a", 20, "$90 million", 90e6, metric="tin exports", sentence=s)),
                                 _c(pct("a", 60, "4 percent", 4.0, metric="decline", sentence=s)),
                                 _c(claim("a", 75, "$50 million", 50e6, metric="copper imports", sentence=s))])
    assert got[1].metric == "decline"
    # nor from another subject, nor an amount's metric to another amount of no measure
    got = facts.borrow_measures([_c(claim("a", 20, "$90 million", 90e6, metric="tin exports", sentence=s)),
                                 _c(pct("a", 60, "4 percent", 4.0, metric=None, subject="Freedonia", sentence=s))])
    assert got[1].metric is None
    # a share ("4 percent of tin exports", change null) names no amount of its sentence
    got = facts.borrow_measures([_c(pct("a", 20, "4 percent", 4.0, change=None, metric="tin exports", sentence=s)),
                                 _c(claim("a", 60, "$90 million", 90e6, metric="date", sentence=s))])
    assert got[1].metric == "date"
    # a change does: "tin exports fell 4 percent to $90 million"
    got = facts.borrow_measures([_c(pct("a", 20, "4 percent", 4.0, metric="tin exports", sentence=s)),
                                 _c(claim("a", 60, "$90 million", 90e6, metric="date", sentence=s))])
    assert got[1].metric == "tin exports"


def test_negative_growth_marked_increase_is_a_decrease():
    c = _c(pct("a", 0, "20 per cent", 20.0, change="increase", metric="negative growth"))
    assert facts.signed_by_words(c).change == "decrease"
    c = _c(pct("a", 0, "20 per cent", 20.0, change="increase", metric="growth"))
    assert facts.signed_by_words(c).change == "increase"
    # "Imports dropped to $80 million from $100 million, a negative growth of 20 per cent."
    s = (0, 90)
    got = run([claim("a", 20, "$80 million", 80e6, metric="imports", sentence=s),
               claim("a", 40, "$100 million", 100e6, metric="imports", period=FY22, sentence=s),
               pct("a", 70, "20 per cent", 20.0, change="increase", metric="negative growth", sentence=s)])
    assert verdicts(got, "percent_change") == [("percent_change", "consistent")]


def test_unnamed_change_is_not_checked_against_the_next_sentences_levels():
    # "Mining output grew 2.9%." / "Real GDP was Rs 40 lakh crore against Rs 37 lakh crore."
    change = pct("a", 20, "2.9%", 2.9, change="increase", metric=None, sentence=(0, 30))
    later = claim("a", 40, "Rs 40 lakh crore", 40e12, unit="INR", metric="real GDP", sentence=(31, 100))
    earlier = claim("a", 70, "Rs 37 lakh crore", 37e12, unit="INR", metric="real GDP", period=FY22,
                    sentence=(31, 100))
    assert verdicts(run([change, later, earlier]), "percent_change") == []


def test_far_levels_from_elsewhere_are_undetermined_a_scale_slip_is_not():
    # "Tin exports rose 12% in FY23." ... later: "Tin exports were $112.0 million in FY23" and
    # "$43.00 million in FY22" (another item's figure): far from the $100m the change implies.
    change = pct("a", 10, "12%", 12.0, change="increase", metric="tin exports", sentence=(0, 20))
    later = claim("a", 200, "$112.0 million", 112e6, metric="tin exports", sentence=(190, 260))
    earlier = claim("a", 400, "$43.00 million", 43e6, metric="tin exports", period=FY22, sentence=(390, 460))
    assert verdicts(run([change, later, earlier]), "percent_change") == [("percent_change", "undetermined")]
    # "$100.0 billion" for $100.0 million: one scale word slipped, the digits fit the change
    earlier["quantity"].update(text="$100.0 billion", value=100e9)
    got = [f for f in run([change, later, earlier]) if f.check == "percent_change"]
    assert [f.verdict for f in got] == ["inconsistent"] and "scale slip" in got[0].explanation
    # a one-digit level ("$4." cut from "$4.5 billion") is no scale slip
    later["quantity"].update(text="$4", value=4.0)
    earlier["quantity"].update(text="$4.000 billion", value=4e9)
    assert verdicts(run([change, later, earlier]), "percent_change") == [("percent_change", "undetermined")]


def test_two_values_of_one_change_in_a_sentence_stay_undetermined():
    # "Tin exports fell 10.0 per cent in value and 12.0 per cent in quantity" (both read as value)
    s = (0, 80)
    a = pct("a", 20, "10.0 per cent", 10.0, metric="tin exports", sentence=s)
    b = pct("a", 45, "12.0 per cent", 12.0, metric="tin exports", sentence=s)
    later = claim("a", 200, "$80.0 million", 80e6, metric="tin exports", sentence=(190, 260))
    earlier = claim("a", 230, "$100.0 million", 100e6, metric="tin exports", period=FY22, sentence=(190, 260))
    got = {f.claim_ids[0]: f.verdict for f in run([a, b, later, earlier]) if f.check == "percent_change"}
    assert set(got.values()) <= {"undetermined", "consistent"}
    # alone in its sentence the same miss is inconsistent
    got = run([a, later, earlier])
    assert ("percent_change", "inconsistent") in verdicts(got)


def test_respectively_list_leaves_a_cross_article_conflict_undetermined():
    t_a = "Remittances were $437.5 million in January."
    t_b = "Remittances were $437.5 million and $407.0 million in January and February, respectively."
    a = claim("a", 17, "$437.5 million", 437.5e6, metric="remittances", period=JAN, sentence=(0, len(t_a)))
    b = claim("b", 36, "$407.0 million", 407e6, metric="remittances", period=JAN, sentence=(0, len(t_b)))
    meta = {"a": {"published": "2024-03-01"}, "b": {"published": "2024-03-02"}}
    assert verdicts(run([a, b], {"a": t_a, "b": t_b}, meta)) == [("same_fact", "undetermined")]
    t_b2 = t_b.replace(", respectively", " in total").replace("January and February", "January")
    assert verdicts(run([a, b], {"a": t_a, "b": t_b2[:len(t_b)]}, meta)) == [("same_fact", "inconsistent")]


def test_sentence_without_measures_takes_the_one_article_measure_it_names():
    text = ("Tin imports were $80.0 million in FY23. "
            "The imports narrowed by 20.0 per cent to $80.0 million from $100.0 million. "
            "Tin exports were $50.0 million.")
    s1, s2, s3 = (0, 39), (40, 115), (116, len(text))
    start = text.index("20.0")
    rows = [claim("a", 17, "$80.0 million", 80e6, metric="tin imports", sentence=s1),
            pct("a", start, "20.0 per cent", 20.0, metric="decline", sentence=s2),
            claim("a", text.index("$80.0", 40), "$80.0 million", 80e6, metric="date", sentence=s2),
            claim("a", text.index("$100.0"), "$100.0 million", 100e6, metric=None, period=FY22, sentence=s2),
            claim("a", text.index("$50.0"), "$50.0 million", 50e6, metric="tin exports", sentence=s3)]
    got = facts.borrow_measures([_c(r) for r in rows], {"a": text})
    # "imports" is not an article metric, "tin imports" is not in the sentence: nothing is lent
    assert [c.metric for c in got[1:4]] == ["decline", "date", None]
    rows[0]["metric"] = "imports"
    got = facts.borrow_measures([_c(r) for r in rows], {"a": text})
    assert [c.metric for c in got[1:4]] == ["imports"] * 3 and got[1].extra["metric_from"] == "text"
    # a sentence naming two article measures before its figures lends none
    text2 = text.replace("The imports narrowed", "Imports and exports narrowed")
    rows[4]["metric"] = "exports"
    got = facts.borrow_measures([_c(r) for r in rows], {"a": text2})
    assert got[1].metric == "decline"
