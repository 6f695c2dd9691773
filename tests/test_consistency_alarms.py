"""Tests for the rules that keep look-alikes apart (issue 13, false alarms): a country's "overall"
trade convention, measures a passage must not relate, levels that belong to another change of
their sentence, scales a figure does not write, bases and plans the words state. Every sentence
is invented; each rule has a pair that must be compared and one that must not."""
from evaluation import facts
from evaluation.consistency import run_checks_on
from evaluation.relations import Relation, score_relations
from extractor.contract import Claim
from claim_factory import claim_in_text, make_claim

Q2 = ("April-June 2031", "2031-04-01", "2031-06-30")
Q2_BEFORE = ("April-June 2030", "2030-04-01", "2030-06-30")
FY23 = ("FY23", "2022-07-01", "2023-06-30")
FY22 = ("FY22", "2021-07-01", "2022-06-30")


def at(text, needle, value, **fields):
    """A claim for ``needle`` in ``text``, its sentence the one holding it (Q2 unless a period is given)."""
    return claim_in_text(text, needle, value, **{"period": Q2, **fields})


def pct(text, needle, value, **fields):
    return at(text, needle, value, kind="percent", unit="%", **fields)


def checked(claims, texts, check=None):
    return [f for f in run_checks_on(claims, texts) if check is None or f.check == check]


# ---- "overall" trade: goods and services where the country's statistics say so ------------------

def _convention(subject, metric):
    return facts.by_convention(Claim.from_dict(make_claim("a", 0, "$1 billion", 1e9, metric=metric,
                                                          subject=subject)))


def test_overall_trade_is_combined_trade_for_india_only():
    india, elsewhere = _convention("India", "overall exports"), _convention("Ruritania", "overall exports")
    merchandise = facts.measure("merchandise exports")
    assert facts.same_measure(facts.measure(india.metric), merchandise) is False
    assert facts.same_measure(facts.measure(elsewhere.metric), merchandise) is True
    # an unmarked Indian trade deficit is the merchandise one, never the overall one
    assert facts.same_measure(facts.measure(_convention("India", "overall trade deficit").metric),
                              facts.measure("trade deficit")) is False
    assert facts.same_measure(facts.measure(_convention("India", "overall trade deficit").metric),
                              facts.measure(_convention("India", "overall trade deficit").metric)) is True
    # goods and services named in the metric are the combined measure anywhere
    assert facts.same_measure(facts.measure("exports of goods and services"), merchandise) is False
    assert facts.same_measure(facts.measure("overall exports (merchandise and services combined)"),
                              facts.measure(india.metric)) is True


def test_overall_deficit_is_not_merchandise_imports_minus_exports():
    text = ("India's merchandise imports were $70.10 billion in April-June 2031. Merchandise exports were "
            "$40.25 billion. The overall trade deficit was $12.40 billion. The merchandise trade deficit "
            "was $29.85 billion.")
    claims = [at(text, "$70.10 billion", 70.1e9, metric="merchandise imports", subject="India"),
              at(text, "$40.25 billion", 40.25e9, metric="merchandise exports", subject="India"),
              at(text, "$12.40 billion", 12.4e9, metric="overall trade deficit", subject="India"),
              at(text, "$29.85 billion", 29.85e9, metric="merchandise trade deficit", subject="India")]
    findings = checked(claims, {"a": text})
    sums = [f for f in findings if f.check == "sum"]
    assert [f.verdict for f in sums] == ["consistent"]            # 70.10 - 40.25 = 29.85
    assert claims[2].claim_id not in sums[0].claim_ids
    assert not [f for f in findings if f.check == "same_fact"]    # $12.40bn and $29.85bn are two facts
    # on a page of a country without that convention, "overall" is merchandise trade: one fact
    ruritania = [c.with_fields(subject="Ruritania") for c in claims]
    same = [f for f in checked(ruritania, {"a": text}) if f.check == "same_fact"]
    assert same and same[0].verdict != "consistent"


# ---- what a passage relates ------------------------------------------------------------------

def test_a_passage_never_relates_two_amount_heads_or_two_list_items():
    text = ("Ruritania's FDI was $2.30 billion in FY22. In FY23 its FDI inflows climbed 19 percent to "
            "$4.00 billion.")
    claims = [at(text, "$2.30 billion", 2.3e9, metric="FDI", period=FY22),
              pct(text, "19 percent", 19, metric="FDI inflows", change="increase", period=FY23),
              at(text, "$4.00 billion", 4.0e9, metric="FDI inflows", period=FY23)]
    assert not checked(claims, {"a": text}, "percent_change")     # FDI is not FDI inflows
    # the same passage with one measure is checked (4.00 / 2.30 - 1 = 74%, not 19%)
    same = [claims[0].with_fields(metric="FDI inflows")] + claims[1:]
    assert [f.verdict for f in checked(same, {"a": text}, "percent_change")] == ["inconsistent"]
    text = ("Ruritania's carpet exports rose to $4.20 billion in FY23 from $3.70 billion in FY22, "
            "while glassware exports slid by 17.50 percent.")
    claims = [at(text, "$4.20 billion", 4.2e9, metric="carpet exports", period=FY23),
              at(text, "$3.70 billion", 3.7e9, metric="carpet exports", period=FY22),
              pct(text, "17.50 percent", 17.5, metric="glassware exports", change="decrease", period=FY23)]
    assert not checked(claims, {"a": text}, "percent_change")      # two items of one list
    claims[2] = claims[2].with_fields(metric="exports")             # a bare measure meets the item named
    assert checked(claims, {"a": text}, "percent_change")


def test_a_level_belongs_to_the_change_before_it_in_its_sentence():
    text = ("Exports of tin rose by 10.00 percent from $500.000 million to $550.000 million, copper by "
            "20.00 percent from $300.000 million.")
    claims = [pct(text, "10.00 percent", 10, metric="tin exports", change="increase"),
              at(text, "$500.000 million", 500e6, metric="tin exports", period=Q2_BEFORE),
              at(text, "$550.000 million", 550e6, metric="tin exports"),
              pct(text, "20.00 percent", 20, metric="tin exports", change="increase"),   # metric carried over
              at(text, "$300.000 million", 300e6, metric="tin exports", period=Q2_BEFORE)]
    findings = checked(claims, {"a": text}, "percent_change")
    assert [f.verdict for f in findings] == ["consistent"]          # tin: 550 / 500 - 1 = 10%
    assert claims[0].claim_id in findings[0].claim_ids
    # copper's 20% is never checked against tin's $550 million (550 / 300 - 1 = 83%)
    assert not [f for f in findings if claims[3].claim_id in f.claim_ids]


# ---- relations scoring ---------------------------------------------------------------------------

def test_equal_values_of_an_inconsistent_same_fact_relation_stand_for_each_other():
    relations = [Relation("r1", "same_fact", ("a:1-2", "a:5-6", "b:1-2"), "inconsistent"),
                 Relation("r2", "percent_change", ("a:9-10", "a:1-2", "a:20-21"), "inconsistent")]
    finding = {"finding_id": "f", "check": "percent_change", "verdict": "inconsistent",
               "claim_ids": ["a:9-10", "a:5-6", "a:20-21"]}
    values = {"a:1-2": (1.24e9, "USD", None), "a:5-6": (1.24e9, "USD", None), "b:1-2": (1.23e9, "USD", None)}
    assert score_relations(relations, [finding], values=values).caught == 1
    assert len(score_relations(relations, [finding]).false_alarms) == 1
    # a third report with another value does not stand for them
    other = dict(finding, claim_ids=["a:9-10", "b:1-2", "a:20-21"])
    assert len(score_relations(relations, [other], values=values).false_alarms) == 1


# ---- what the words say about an extracted figure ------------------------------------------------

def test_a_scale_word_the_reading_missed_never_decides_a_conflict():
    texts = {"a": "Ruritania's tin exports were $41.27 billion in April-June 2031.",
             "b": "Tin exports of Ruritania were USD 41.27 Billion in April-June 2031."}
    claims = [at(texts["a"], "$41.27 billion", 41.27e9, metric="tin exports"),
              at(texts["b"], "USD 41.27", 41.27, metric="tin exports", article="b")]
    findings = checked(claims, texts, "same_fact")
    assert findings and all(f.verdict != "inconsistent" for f in findings)
    # a figure really written without its scale word is still a slip
    texts["b"] = "Tin exports of Ruritania were USD 41.27 in April-June 2031."
    assert [f.verdict for f in checked(claims, texts, "same_fact")] == ["inconsistent"]


def test_a_basis_the_sentence_states_keeps_month_on_month_apart_from_year_on_year():
    text = ("Ruritania's tin exports fell by 18% year-on-year to $3.30 billion in June 2031. "
            "On a monthly basis, tin exports fell by 4.1% in June 2031.")
    june = ("June 2031", "2031-06-01", "2031-06-30")
    claims = [pct(text, "18%", 18, metric="tin exports", change="decrease", period=june),
              pct(text, "4.1%", 4.1, metric="tin exports", change="decrease", period=june)]
    assert facts.based_by_words(claims[1], text).metric == "tin exports (month-on-month)"
    assert facts.based_by_words(claims[0], text).metric == "tin exports"      # its own year-on-year
    assert not checked(claims, {"a": text}, "same_fact")
    plain = text.replace("On a monthly basis, tin", "Tin")
    claims = [pct(plain, "18%", 18, metric="tin exports", change="decrease", period=june),
              pct(plain, "4.1%", 4.1, metric="tin exports", change="decrease", period=june)]
    assert checked(claims, {"a": plain}, "same_fact")                     # without the words: compared


def test_a_plan_word_before_a_figure_makes_it_a_projection():
    texts = {"a": "Ruritania's inflation eased to 8.4% in May 2031.",
             "b": "The treasury projected inflation to range from 9.5 pc to 10.5 pc in May 2031."}
    may = ("May 2031", "2031-05-01", "2031-05-31")
    claims = [pct(texts["a"], "8.4%", 8.4, metric="inflation", period=may),
              pct(texts["b"], "9.5 pc", 9.5, metric="inflation", period=may, article="b")]
    assert not checked(claims, texts, "same_fact")
    texts["b"] = "The treasury said inflation was 9.5 pc in May 2031."
    claims[1] = pct(texts["b"], "9.5 pc", 9.5, metric="inflation", period=may, article="b")
    assert checked(claims, texts, "same_fact")                              # an outcome: compared
    # "topped forecasts with a 31% rise": an outcome
    text = "Acme topped analysts' forecasts with a 31% rise in sales."
    c = pct(text, "31%", 31, metric="sales", change="increase")
    assert facts.planned_by_words(c, text) is c


def test_a_metric_its_sentence_narrows_never_decides_a_conflict():
    text = ("Ruritania's inflation rose to 6.12% in June 2031. Inflation for the fuel basket stood at 5.37 "
            "percent in June 2031.")
    june = ("June 2031", "2031-06-01", "2031-06-30")
    claims = [pct(text, "6.12%", 6.12, metric="inflation", period=june),
              pct(text, "5.37 percent", 5.37, metric="Inflation", period=june)]
    assert (facts.narrowed_by_words(claims[1], text).extra or {}).get("metric_from") == "narrowed"
    assert all(f.verdict != "inconsistent" for f in checked(claims, {"a": text}, "same_fact"))
    named = "The trade deficit of Ruritania was $3.10 billion."
    c = at(named, "$3.10 billion", 3.1e9, metric="trade deficit")
    assert facts.narrowed_by_words(c, named) is c                           # a name is no narrower measure


def test_a_trend_takes_the_earlier_level_its_sentence_names():
    text = ("Visitor numbers increased to 61,500 in March 2031, compared to 48,200 in February 2031. "
            "Visitors were 90,400 in March 2030.")
    def claims_of(text):
        return [at(text, "61,500", 61500, kind="count", unit="visitor", metric="visitors",
                   period=("March 2031", "2031-03-01", "2031-03-31")),
                at(text, "90,400", 90400, kind="count", unit="visitor", metric="visitors",
                   period=("March 2030", "2030-03-01", "2030-03-31"))]    # 48,200 not extracted
    assert not checked(claims_of(text), {"a": text}, "trend")
    plain = text.replace(", compared to 48,200 in February 2031", "")
    claims = claims_of(plain)
    assert [f.verdict for f in checked(claims, {"a": plain}, "trend")] == ["inconsistent"]


def test_a_twin_never_decides_a_sum():
    text = ("Ruritania's imports were $50.00 billion in June 2031 and its exports $41.10 billion. The trade "
            "deficit in June 2031 was $8.90 billion, down from $10.40 billion last month.")
    june = ("June 2031", "2031-06-01", "2031-06-30")
    claims = [at(text, "$50.00 billion", 50e9, metric="imports", period=june),
              at(text, "$41.10 billion", 41.1e9, metric="exports", period=june),
              at(text, "$8.90 billion", 8.9e9, metric="trade deficit", period=june),
              at(text, "$10.40 billion", 10.4e9, metric="trade deficit", period=june)]  # "last month" misread
    sums = {f.claim_ids[0] if f.claim_ids[0] in (claims[2].claim_id, claims[3].claim_id) else
            next(c for c in f.claim_ids if c in (claims[2].claim_id, claims[3].claim_id)): f.verdict
            for f in checked(claims, {"a": text}, "sum")}
    assert sums.get(claims[2].claim_id, "consistent") != "inconsistent"
    assert sums.get(claims[3].claim_id) in (None, "undetermined")
    # read with its own month, $10.40 billion is no twin: no June sum rests on it
    claims[3] = claims[3].with_fields(period=None)
    assert all(v != "inconsistent" for v in [f.verdict for f in checked(claims, {"a": text}, "sum")])


# ---- sub-periods: only measures that add up over time ---------------------------------------------

OCT = ("October 2031", "2031-10-01", "2031-10-31")
NOV = ("November 2031", "2031-11-01", "2031-11-30")
OCT_NOV = ("October-November 2031", "2031-10-01", "2031-11-30")


def _two_months_and_their_span(metric, unit="GBP"):
    text = ("In Freedonia the figure was £90,000 in October-November. "
            "It was £50,000 in October and £40,500 in November.")
    claims = [at(text, "£90,000", 90000, unit=unit, metric=metric, subject="Freedonia", period=OCT_NOV),
              at(text, "£50,000", 50000, unit=unit, metric=metric, subject="Freedonia", period=OCT),
              at(text, "£40,500", 40500, unit=unit, metric=metric, subject="Freedonia", period=NOV)]
    return checked(claims, {"a": text}, "sum")


def test_a_flow_over_two_months_is_checked_as_the_sum_of_its_months():
    findings = _two_months_and_their_span("exports")
    assert [f.verdict for f in findings] == ["inconsistent"]  # 50,000 + 40,500 is not 90,000


def test_an_average_price_over_two_months_is_never_the_sum_of_its_months():
    assert _two_months_and_their_span("average house price") == []
    assert _two_months_and_their_span("foreign exchange reserves") == []
