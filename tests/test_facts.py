"""Tests for evaluation/facts.py: the fact identity, on invented metric phrases and claims that
must and must not be one fact."""
import pytest

from evaluation.facts import fact_key, measure, period_relation, same_fact, same_measure, series_key


def claim(metric, value=1e9, *, kind="money", unit="USD", change=None, subject="Ruritania",
          counterparty=None, period=("FY2023", "2022-07-01", "2023-06-30"), article="a", start=10):
    text = "x" * 5
    return {"claim_id": f"{article}:{start}-{start + 5}", "article_id": article, "kind": kind,
            "quantity": {"text": text, "start": start, "end": start + 5, "value": value, "unit": unit,
                         "qualifier": "exact"},
            "change": change, "metric": metric, "subject": subject, "counterparty": counterparty,
            "period": None if period is None else dict(zip(("text", "start", "end"), period)),
            "source": None, "sentence": {"start": 0, "end": 50}}


@pytest.mark.parametrize("a, b", [
    ("IT exports", "ICT exports"),
    ("IT exports", "exports of IT and IT-enabled services"),
    ("IT exports", "technology exports"),
    ("IT exports", "information and communication technology exports"),
    ("textile exports", "textile group exports"),
    ("textile exports", "exports of textiles and clothing"),
    ("workers' remittances", "remittance inflow"),
    ("remittances", "remitances"),                      # a spelling variant
    ("remittance income", "remittance inflows"),
    ("inflows of migrant worker remittances", "remittances"),
    ("interim cash dividend", "interim dividend"),
    ("FDI commitments", "FDI pledges"),
    ("consolidated net profit", "net profit"),          # an Indian company's headline profit is consolidated
    ("third-quarter net profit", "net profit"),         # the quarter is the period's, not the measure's
    ("nine-month profit", "net profit"),
    ("revenue from operations", "revenue"),
    ("IIP growth", "industrial production growth"),
    ("total outlay", "budget"),
    ("GST collection", "GST revenues"),
    ("gross GST revenue", "GST revenue"),               # an unmarked measure meets gross
    ("GDP", "real GDP"),                                # GDP growth is real growth by default
    ("overall exports", "total merchandise exports"),
    ("exports (provisional)", "exports (revised)"),     # two vintages of one figure
    ("India's IT exports", "IT exports"),               # a place in the metric is the subject's job
    ("exports to the United States in May", "exports"),  # partner and period have their own fields
    ("foreign exchange reserves", "forex reserves"),
    ("CGST collection", "central GST"),                  # a tax named alone is its revenue
    ("SGST", "state goods and services tax revenue"),
    ("VAT receipts", "VAT"),                             # a revenue word after a tax name
    ("GST", "gross GST revenue"),
    ("foreign trade", "total trade"),                    # trade is always across the border
    ("external trade", "trade"),
    ("GDP growth rate", "GDP"),                          # a growth rate is GDP's change
    ("highest single day payment", "single day payment"),  # a rank word is no part of the measure
    ("the next highest collection", "revenues"),
    ("record exports", "exports"),
    ("highest-ever remittance inflows", "workers' remittances"),
    ("the economy", "GDP"),                              # "the economy grew 2%" is GDP's growth
    ("the country's economy", "gross domestic product"),
    ("exports (projected)", "exports (forecast)"),       # a projection is a forecast by another word
    ("GDP growth (expected)", "GDP (forecast)"),
    ("exports (goal)", "export target"),                 # a goal is a target
    ("tourism revenue (hoped)", "tourism revenue (target)"),  # a hope is a target (GUIDELINES "Targets and hopes")
    # the sectors of national accounts, as outlets name them
    ("industrial sector growth", "industry growth"),
    ("industrial activities growth", "growth of industry"),
    ("farm sector growth", "agriculture growth"),
    ("LSM growth", "large-scale manufacturing growth"),
    ("mining and quarrying growth", "mining growth"),
    ("growth in services", "services sector growth"),    # a change noun before "in" and what changed
    ("exports of yarn other than cotton", "yarn other than cotton exports"),  # "other than" names, not compares
    ("exports of made-up articles, excluding towels", "made-up articles exports excluding towels"),
    ("profit before tax", "pre-tax profit"),                 # results tables' two ways of writing one line
    ("liquefied natural gas imports", "LNG imports"),        # an acronym and the words it spells
    ("Monthly GST receipts", "GST collections"),             # how often is the period's business, not the measure's
    ("large-scale manufacturing output", "LSM output"),
    ("profit after taxation", "net profit"),
    ("Consumer Price Index CPI based inflation", "headline inflation"),
])
def test_facts_measures_that_merge(a, b):
    assert same_measure(measure(a), measure(b)) is True


@pytest.mark.parametrize("a, b", [
    ("exports", "export remittances"),
    ("exports", "IT exports"),
    ("textile exports", "rice exports"),
    ("gross reserves", "net reserves"),
    ("nominal GDP", "real GDP"),
    ("nominal GDP", "GDP"),
    ("IT exports (target)", "IT exports"),
    ("IT export target", "IT exports"),
    ("exports (target)", "exports (forecast)"),          # a target is never a forecast
    ("oil output (hoped)", "oil output"),                 # nor a hope the outcome
    ("exports (projected)", "exports"),
    ("digital economy", "GDP"),
    ("projected exports", "exports"),
    ("exports (month-on-month)", "exports"),
    ("remittances brought in by state-owned banks", "remittances"),
    ("IGST settled to CGST", "IGST settled to SGST"),
    ("imports", "exports"),
    ("tea exports", "tin exports"),                       # short words never match by spelling
    ("CGST", "SGST"),
    ("CGST", "CGST revenue after settlement"),
    ("GST", "exports of goods and services"),
    ("foreign investment", "investment"),                # "foreign" is no filler
    ("foreign investment pledges", "FDI pledges"),       # portfolio money is foreign investment too
    ("loan commitments", "loans"),
    ("standalone net profit", "consolidated net profit"),
    ("development outlay", "budget"),
    ("factory output", "industrial production"),        # a sa CHECK false conflict: manufacturing, not all industry
    ("foreign debt", "debt"),
    ("foreign trade", "trade deficit"),
    ("VAT", "VAT refunds"),
    ("record export remittances", "exports"),             # rank words drop; the rest must still agree
    ("highest gross reserves", "net reserves"),
    ("record exports (target)", "exports"),
    ("largest IT exports", "exports"),
    ("minimum wage", "wage"),                              # not rank words: measures of their own
    ("peak demand", "demand"),
    ("industrial production", "production"),              # an adjective of its own, not the sector
    ("industry growth", "services growth"),
    ("large-scale manufacturing growth", "manufacturing growth"),
    ("cotton yarn exports", "exports of yarn other than cotton"),
    ("exports of made-up articles, excluding towels", "exports of made-up articles"),  # a narrower measure
    ("profit before tax", "net profit"),
    ("cement exports", "CE exports"),                        # one word's initial spells no acronym
    ("LNG imports", "oil imports"),
])
def test_facts_measures_that_never_merge(a, b):
    assert same_measure(measure(a), measure(b)) is False


@pytest.mark.parametrize("metric", [None, "", "date", "year", "per cent", "decline", "the same period",
                                    "growth in the first quarter"])
def test_facts_no_measure(metric):
    assert measure(metric) is None


def test_facts_canonical_names():
    assert measure("exports of textiles and clothing").name == "textile exports"
    assert measure("ICT exports").name == measure("technology exports").name == "it exports"
    assert measure("IT export target").name == "it exports (target)"


def test_facts_same_fact_true_false_none():
    assert same_fact(claim("ICT exports"), claim("IT exports", article="b")) is True
    # A month is never its year-to-date total.
    month = claim("exports", period=("June 2023", "2023-06-01", "2023-06-30"))
    ytd = claim("exports", period=("July-June FY23", "2022-07-01", "2023-06-30"), article="b")
    assert same_fact(month, ytd) is False
    # A target is not an outcome, gross is not net, a change is not a level.
    assert same_fact(claim("exports (target)"), claim("exports", article="b")) is False
    assert same_fact(claim("gross reserves"), claim("net reserves", article="b")) is False
    assert same_fact(claim("exports", kind="percent", unit="%", change="increase"),
                     claim("exports", article="b")) is False
    # Total exports are not exports to one partner; other currencies never compare.
    assert same_fact(claim("exports"), claim("exports", counterparty="Freedonia", article="b")) is False
    assert same_fact(claim("exports"), claim("exports", unit="EUR", article="b")) is False
    assert same_fact(claim("exports", subject="Ruritania"), claim("exports", subject="Freedonia")) is False
    # Nothing differs but something is unknown: None.
    assert same_fact(claim("exports", subject=None), claim("exports", article="b")) is None
    assert same_fact(claim("exports", period=None), claim("exports", article="b")) is None
    assert same_fact(claim("exports", subject=None), claim("exports", subject=None),
                     missing_subject_ok=True) is True
    # "exports 22%" with change null is a change or share the claim did not mark: never a level.
    assert same_fact(claim("exports", kind="percent", unit="%"),
                     claim("exports", kind="percent", unit="%", article="b")) is None
    # A named rate is a level: inflation is one fact.
    assert same_fact(claim("CPI inflation", kind="percent", unit="%"),
                     claim("headline inflation", kind="percent", unit="%", article="b")) is True


def test_facts_keys_group_the_merged_and_split_the_rest():
    a, b = claim("ICT exports"), claim("exports of IT and IT-enabled services", article="b")
    assert fact_key(a) == fact_key(b) and series_key(a) == series_key(b)
    c = claim("ICT exports", period=("FY2022", "2021-07-01", "2022-06-30"))
    assert series_key(c) == series_key(a) and fact_key(c) != fact_key(a)
    assert fact_key(claim("export remittances")) != fact_key(a)
    assert fact_key(claim("exports", period=None)) is None and series_key(claim("date")) is None


def test_facts_period_relation():
    fy = claim("x")
    assert period_relation(fy, claim("x", period=("2022-23", "2022-07-01", "2023-06-30"))) == "equal"
    june = claim("x", period=("June", "2023-06-01", "2023-06-30"))
    assert period_relation(june, fy) == "inside" and period_relation(fy, june) == "contains"
    assert period_relation(fy, claim("x", period=("FY24", "2023-07-01", "2024-06-30"))) == "disjoint"
    assert period_relation(fy, claim("x", period=None)) is None


def test_facts_including_is_not_the_part():
    assert same_measure(measure("exports including services and IT"), measure("services and IT exports")) is False


# ---- reading the words around a figure (invented sentences) ------------------------------------

from claim_factory import make_claim  # noqa: E402
from evaluation import facts  # noqa: E402
from extractor.contract import Claim  # noqa: E402


def at(text, needle, value, *, kind="money", unit="USD", **fields):
    """A claim for ``needle`` in ``text`` (one sentence), period FY2023."""
    fields.setdefault("period", ("FY2023", "2022-07-01", "2023-06-30"))
    return Claim.from_dict(make_claim("a", text.index(needle), needle, value, kind=kind, unit=unit,
                                      sentence=(0, len(text)), **fields))


def test_facts_gdp_as_a_percent_is_its_growth():
    text = "The economy's GDP, at 6.4 per cent in the third quarter, beat forecasts."
    c = facts.changed_by_words(at(text, "6.4 per cent", 6.4, kind="percent", unit="%", metric="GDP"), text)
    assert c.change == "increase" and c.extra["change_from"] == "growth_head"
    # a share of GDP is no growth of it
    for text in ("Public debt stood at 71.5 per cent of GDP in FY2023.",
                 "Farming's share of GDP was 18.2 per cent in FY2023."):
        needle = "71.5 per cent" if "71.5" in text else "18.2 per cent"
        c = facts.changed_by_words(at(text, needle, float(needle.split()[0]), kind="percent", unit="%",
                                      metric="GDP"), text)
        assert c.change is None, text
    # a narrower measure ("farm GDP") is not read so
    text = "Farm GDP was at 3.1 per cent in FY2023."
    assert facts.changed_by_words(at(text, "3.1 per cent", 3.1, kind="percent", unit="%", metric="farm GDP"),
                                  text).change is None


def test_facts_a_tax_named_before_a_figure_is_its_revenue():
    text = "In March, VAT brought in R 42.6 billion while the excise duty brought in R 3.5 billion."
    claims = [at(text, "R 42.6 billion", 42.6e9, unit="RUR", metric=None),
              at(text, "R 3.5 billion", 3.5e9, unit="RUR", metric=None)]
    got = facts.borrow_measures(claims, {"a": text})
    assert facts.measure(got[0].metric).name == "vat revenue"
    assert facts.measure(got[1].metric) is None  # another figure stands between: not VAT's
    # a mark before another tax is that tax's: "gross" is not IGST's
    text = "The gross tax take was R 90.2 billion, of which CGST is R 40.1 billion, IGST is R 50.1 billion."
    claims = [at(text, "R 90.2 billion", 90.2e9, unit="RUR", metric="gross tax take"),
              at(text, "R 40.1 billion", 40.1e9, unit="RUR", metric="CGST"),
              at(text, "R 50.1 billion", 50.1e9, unit="RUR", metric=None)]
    assert facts.measure(facts.borrow_measures(claims, {"a": text})[2].metric).name == "igst revenue"
    # a mark with no other measure between it and the tax still blocks the reading: "net VAT" is
    # never read as unmarked VAT
    text = "Net VAT came to R 7.7 billion."
    got = facts.borrow_measures([at(text, "R 7.7 billion", 7.7e9, unit="RUR", metric=None)], {"a": text})
    assert got[0].metric is None


def test_facts_a_restated_amount_takes_the_measure_of_the_figure_it_restates():
    text = ("Ruritania collected R 4.27 trillion in customs revenue in FY2023. "
            "Of the R 4.27 trillion collected, ports brought in R 3.1 trillion.")
    first = at(text, "R 4.27 trillion", 4.27e12, unit="RUR", metric="customs revenue")
    again = Claim.from_dict(make_claim("a", text.index("R 4.27 trillion", 30), "R 4.27 trillion", 4.27e12,
                                       unit="RUR", metric=None, period=("FY2023", "2022-07-01", "2023-06-30"),
                                       sentence=(67, len(text))))
    got = facts.borrow_measures([first, again], {"a": text})
    assert got[1].metric == "customs revenue" and got[1].extra["metric_from"] == "repeat"
    # another period, or a round value with fewer than three digits, is no restatement
    other = Claim.from_dict({**again.to_dict(), "period": {"text": "FY2022", "start": "2021-07-01",
                                                           "end": "2022-06-30"}})
    assert facts.measure(facts.borrow_measures([first, other], {"a": text})[1].metric) is None
    text2 = text.replace("4.27", "4.0")
    first2 = at(text2, "R 4.0 trillion", 4e12, unit="RUR", metric="customs revenue")
    again2 = Claim.from_dict({**again.to_dict(), "quantity": {**again.to_dict()["quantity"], "text": "R 4 trillion",
                                                              "value": 4e12}})
    assert facts.measure(facts.borrow_measures([first2, again2], {"a": text2})[1].metric) is None


def test_facts_a_restated_amount_named_by_a_bare_head_is_left_alone():
    # "the imports" in an article about tin imports may be total imports: no restatement read
    text = "Tin imports were R 80.5 million in FY2023. The imports narrowed to R 80.5 million."
    claims = [at(text, "R 80.5 million", 80.5e6, unit="RUR", metric="tin imports"),
              Claim.from_dict(make_claim("a", text.index("R 80.5 million", 30), "R 80.5 million", 80.5e6,
                                         unit="RUR", metric=None, period=("FY2023", "2022-07-01", "2023-06-30"),
                                         sentence=(43, len(text))))]
    assert facts.measure(facts.borrow_measures(claims, {"a": text})[1].metric) is None


def test_facts_pegged_at_is_a_projection():
    text = "The central bank had pegged GDP growth for the March quarter at 6.5 per cent."
    c = facts.planned_by_words(at(text, "6.5 per cent", 6.5, kind="percent", unit="%", change="increase",
                                  metric="GDP growth rate"), text)
    assert facts.measure(c.metric).status == frozenset({"forecast"})  # a projection is a forecast (facts.STATUS_CLASSES)
    text = "GDP grew 6.5 per cent in the March quarter, the central bank said."
    c = facts.planned_by_words(at(text, "6.5 per cent", 6.5, kind="percent", unit="%", change="increase",
                                  metric="GDP"), text)
    assert not facts.measure(c.metric).status


def test_facts_a_year_or_date_between_a_measure_and_its_figure_is_no_other_figure():
    # "the VAT collected in March 2024 is up 9 per cent": 2024 is the period, not a figure of VAT
    for text in ("The VAT collected in March 2024 is up 9 per cent on the year.",
                 "The VAT collected in FY2023-24 rose 9 per cent.",
                 "The VAT collected on March 20 rose 9 per cent.",
                 "The VAT collected in Q3 of 2023-24 rose 9 per cent."):
        c = at(text, "9 per cent", 9, kind="percent", unit="%", change="increase", metric=None)
        assert facts.measure(facts.borrow_measures([c], {"a": text})[0].metric).name == "vat revenue", text
    # a figure between is still another figure's, even beside a year
    text = "The VAT came to R 3 billion in 2024, and refunds rose 9 per cent."
    c = at(text, "9 per cent", 9, kind="percent", unit="%", change="increase", metric=None)
    assert facts.measure(facts.borrow_measures([c], {"a": text})[0].metric) is None
    text = "The VAT of 2,024 firms rose 9 per cent."  # a number with a thousands comma is a figure
    c = at(text, "9 per cent", 9, kind="percent", unit="%", change="increase", metric=None)
    assert facts.measure(facts.borrow_measures([c], {"a": text})[0].metric) is None


def test_facts_exports_of_named_goods_are_narrowed():
    # "exported copper and zinc worth R 148 million": those goods' exports, not all exports, so a
    # conflict resting on the figure is not decided
    text = "Similarly, the country exported copper and zinc worth R 148 million during the review period."
    c = facts.narrowed_by_words(at(text, "R 148 million", 148e6, unit="RUR", metric="exports"), text)
    assert c.extra["metric_from"] == "narrowed"
    text = "Ruritania imported machinery valued at R 2.4 billion in the review period."
    c = facts.narrowed_by_words(at(text, "R 2.4 billion", 2.4e9, unit="RUR", metric="imports"), text)
    assert c.extra["metric_from"] == "narrowed"
    # all goods, or a figure without goods named, keep the measure as it is
    for text in ("The country exported goods worth R 12.2 billion during the review period.",
                 "Ruritania exported merchandise worth R 12.2 billion.",
                 "Exports were worth R 12.2 billion in the review period."):
        c = facts.narrowed_by_words(at(text, "R 12.2 billion", 12.2e9, unit="RUR", metric="exports"), text)
        assert not (c.extra or {}).get("metric_from"), text
    # a measure already narrower than exports is left alone
    text = "Ruritania exported copper worth R 148 million."
    c = facts.narrowed_by_words(at(text, "R 148 million", 148e6, unit="RUR", metric="copper exports"), text)
    assert not (c.extra or {}).get("metric_from")


def _compared(text, needle, value, metric, *others, **fields):
    c = at(text, needle, value, metric=metric, **fields)
    return facts.compared_measures([c, *others], {"a": text})[0]


def test_facts_a_bare_head_compared_across_than_takes_the_fuller_measure():
    text = "The revenues for March 2024 are 9 per cent higher than the VAT revenues in the same month last year."
    c = _compared(text, "9 per cent", 9, "revenues", kind="percent", unit="%", change="increase")
    assert facts.measure(c.metric).name == "vat revenue" and c.extra["metric_from"] == "compared"
    # the bare head after "than", the fuller measure a figure of the article before it
    text = ("Gross VAT collection in March 2024 is a record, R 19.5 billion more than the next highest "
            "collection of R 1.68 trillion, in March 2023.")
    first = at(text, "R 19.5 billion", 19.5e9, unit="RUR", change="increase", metric="Gross VAT collection")
    c = _compared(text, "R 1.68 trillion", 1.68e12, "next highest collection", first, unit="RUR")
    assert facts.measure(c.metric).name == "gross vat revenue"
    # no period word on the other side: two measures compared, not one over time
    text = "Exports rose 9 per cent, faster than textile exports."
    other = at("Textile exports were R 2.1 billion.", "R 2.1 billion", 2.1e9, unit="RUR", metric="textile exports")
    c = _compared(text, "9 per cent", 9, "exports", other, kind="percent", unit="%", change="increase")
    assert facts.measure(c.metric).name == "exports" and not (c.extra or {}).get("metric_from")
    # a figure of the same kind on the other side: two measures' figures compared
    text = "Remittances rose 10 per cent in July, more than the 5 per cent rise of export remittances last year."
    rival = at(text, "5 per cent", 5, kind="percent", unit="%", change="increase", metric="export remittances")
    c = _compared(text, "10 per cent", 10, "remittances", rival, kind="percent", unit="%", change="increase")
    assert facts.measure(c.metric).name == "remittances"
    # two fuller measures on the other side: which one is not known
    text = "Revenues rose 9 per cent, more than VAT and excise revenues did last year."
    excise = at("Excise revenues were R 2 billion.", "R 2 billion", 2e9, unit="RUR", metric="excise revenues")
    c = _compared(text, "9 per cent", 9, "revenues", excise, kind="percent", unit="%", change="increase")
    assert facts.measure(c.metric).name == "revenue"
    # a measure with modifiers of its own is never widened
    text = "Gross revenues rose 9 per cent, more than the VAT revenues in the same month last year."
    c = _compared(text, "9 per cent", 9, "gross revenues", kind="percent", unit="%", change="increase")
    assert facts.measure(c.metric).name == "gross revenue"


def test_facts_a_change_stated_with_a_negative_value_is_the_opposite_change():
    grew = claim("GDP", -3.1, kind="percent", unit="%", change="increase")
    fell = claim("GDP", 3.1, kind="percent", unit="%", change="decrease", article="b")
    assert same_fact(grew, fell) is True
    c = facts.signed_by_value(Claim.from_dict(grew))
    assert (c.change, c.quantity.value) == ("decrease", 3.1)
    # bounds and ranges turn over with the sign
    more = Claim.from_dict({**grew, "quantity": {**grew["quantity"], "qualifier": "more_than"}})
    assert facts.signed_by_value(more).quantity.qualifier == "less_than"
    rng = Claim.from_dict({**grew, "quantity": {**grew["quantity"], "value": -7, "value_max": -5}})
    got = facts.signed_by_value(rng).quantity
    assert (got.value, got.value_max) == (5, 7)
    # a rise of the same size is the same fact with the other sign (a conflict, never a match); a
    # level never is
    rise = claim("GDP", 3.1, kind="percent", unit="%", change="increase", article="b")
    assert same_fact(grew, rise) is True
    assert facts.signed_value(facts.signed_by_value(Claim.from_dict(grew))) == -3.1
    assert facts.signed_value(Claim.from_dict(rise)) == 3.1
    assert same_fact(claim("exports", -2e9, change="decrease"), claim("exports", 2e9, article="b")) is False
    level = Claim.from_dict(claim("trade balance", -2e9))
    assert facts.signed_by_value(level) is level       # a negative level (a deficit) stays
    both = Claim.from_dict({**grew, "quantity": {**grew["quantity"], "value": -1, "value_max": 2}})
    assert facts.signed_by_value(both) is both
    # a named vintage keeps its sign: "revised to -0.2 percent from 0.3 percent" is one signed rate
    revised = Claim.from_dict(claim("GDP growth (revised)", -0.2, kind="percent", unit="%", change="increase"))
    assert facts.signed_by_value(revised) is revised


def test_facts_a_phrase_after_a_figure_and_a_preposition_is_that_figures():
    # "to CGST" names where the first figure went; the second figure's measure is not CGST
    text = "The treasury settled R 45.8 billion to CGST and R 37.9 billion to SGST from IGST."
    claims = [at(text, "R 45.8 billion", 45.8e9, unit="RUR", metric=None),
              at(text, "R 37.9 billion", 37.9e9, unit="RUR", metric=None)]
    got = facts.borrow_measures(claims, {"a": text})
    assert [c.metric for c in got] == [None, None]
    # nor when the article's own figures name CGST (the measure looked up in the sentence's words)
    cgst = at("CGST came to R 84.3 billion.", "R 84.3 billion", 84.3e9, unit="RUR", metric="CGST")
    cgst = Claim.from_dict({**cgst.to_dict(), "quantity": {**cgst.to_dict()["quantity"], "start": 500, "end": 514},
                            "claim_id": "a:500-514", "sentence": {"start": 490, "end": 520}})
    got = facts.borrow_measures(claims + [cgst], {"a": text + " " * 500})
    assert [c.metric for c in got[:2]] == [None, None]
    # a phrase that opens the clause still names the figure after it
    text = "In 2023, CGST came to R 45.8 billion."
    got = facts.borrow_measures([at(text, "R 45.8 billion", 45.8e9, unit="RUR", metric=None)], {"a": text})
    assert facts.measure(got[0].metric).name == "cgst revenue"


def test_facts_a_borrowed_measure_keeps_the_claims_own_marks():
    # "forecasts export earnings will fall 10.7%": the figure takes "export earnings", still a forecast
    text = "The board expects a slight drop in copper prices and forecasts export earnings will fall 10.7% in 2025."
    c = at(text, "10.7%", 10.7, kind="percent", unit="%", change="decrease", metric="slight reduction (forecast)")
    got = facts.borrow_measures([c], {"a": text})[0]
    assert facts.measure(got.metric).name == "exports (forecast)"
    outcome = at(text, "10.7%", 10.7, kind="percent", unit="%", change="decrease", metric="exports")
    assert same_fact(got, Claim.from_dict({**outcome.to_dict(), "article_id": "b", "claim_id": "b:1-2"})) is False
    # a plan word written in the metric itself is kept as a mark: a target never becomes an outcome
    text = "Exports rose to R 5.2 billion in 2025, short of the ministry's target of R 5.5 billion."
    claims = [at(text, "R 5.2 billion", 5.2e9, unit="RUR", metric="exports"),
              at(text, "R 5.5 billion", 5.5e9, unit="RUR", metric="target")]
    got = facts.borrow_measures(claims, {"a": text})
    assert facts.measure(got[1].metric).name == "exports (target)"
    assert same_fact(got[0], got[1]) is False


def test_facts_the_earlier_figure_beside_a_forecast_borrows_its_measure_not_its_plan():
    # "expects X this year, up from Y last year": Y is the outcome the forecast grows from
    text = "The bank expects remittances of about R 7.1 billion this year, up from R 6.3 billion in 2022."
    this_year, last_year = ("2023", "2023-01-01", "2023-12-31"), ("2022", "2022-01-01", "2022-12-31")
    claims = [at(text, "R 7.1 billion", 7.1e9, unit="RUR", metric="remittances (forecast)", period=this_year),
              at(text, "R 6.3 billion", 6.3e9, unit="RUR", metric=None, period=last_year)]
    got = facts.borrow_measures(claims, {"a": text})
    assert facts.measure(got[1].metric).name == "remittances"
    # a figure of the forecast's own period is still the forecast ("of which R 2.1 billion from the Gulf")
    same_year = at(text, "R 6.3 billion", 6.3e9, unit="RUR", metric=None, period=this_year)
    got = facts.borrow_measures([claims[0], same_year], {"a": text})
    assert facts.measure(got[1].metric).name == "remittances (forecast)"


def test_facts_a_percent_marked_as_a_share_is_a_level():
    share = dict(kind="percent", unit="%", value=4)
    # "a deficit of 4% of GDP" on two pages, filed as the contract writes shares: one fact.
    assert same_fact(claim("current account deficit (share of GDP, forecast)", **share),
                     claim("current account deficit (share of GDP, forecast)", article="b", **share)) is True
    assert same_fact(claim("budget deficit (share of GDP)", **share),
                     claim("budget deficit (share of GDP)", article="b", **share)) is True
    # One side unmarked ("deficit 4%") is still a change or a share nobody marked: undecided.
    assert same_fact(claim("budget deficit (share of GDP)", **share), claim("budget deficit", article="b", **share)) is None
    # A share of GDP is never the same fact as a share of the budget.
    assert same_fact(claim("spending (share of GDP)", **share),
                     claim("spending (share of the budget)", article="b", **share)) is False


def test_facts_a_growth_and_a_contraction_are_one_signed_fact():
    # "Ruritania's GDP grew 0.29 per cent in FY2023" and "Ruritania's economy contracted 0.17 per
    # cent in FY2023": two values of one growth rate, +0.29 and -0.17
    grew = claim("GDP", 0.29, kind="percent", unit="%", change="increase")
    shrank = claim("economy", 0.17, kind="percent", unit="%", change="decrease", article="b")
    assert same_fact(grew, shrank) is True
    assert series_key(grew) == series_key(shrank) and series_key(grew)[-1] == "change"
    assert (facts.signed_value(grew), facts.signed_value(shrank)) == (0.29, -0.17)
    # a fall never meets a level ("exports fell 5%" / "exports of $3 billion"), nor a rise of
    # another period, measure or country
    fell = claim("exports", 5, kind="percent", unit="%", change="decrease")
    assert same_fact(fell, claim("exports", 3e9, article="b")) is False
    assert same_fact(fell, claim("exports", 3e9, change="increase", article="b")) is False  # % vs USD
    rose = dict(kind="percent", unit="%", change="increase", article="b")
    assert same_fact(fell, claim("exports", 2, period=("FY2022", "2021-07-01", "2022-06-30"), **rose)) is False
    assert same_fact(fell, claim("imports", 2, **rose)) is False
    assert same_fact(fell, claim("exports", 2, subject="Freedonia", **rose)) is False
    assert same_fact(fell, claim("exports (month-on-month)", 2, **rose)) is False  # another basis


def test_facts_a_count_borrows_only_a_measure_of_what_it_counts():
    text = "Ruritania's economy, the biggest of the 12 countries in the union, grew fastest in FY2023."
    text += " The economy grew 2.1 per cent."
    other = at(text, "2.1 per cent", 2.1, kind="percent", unit="%", change="increase", metric="economy")
    other = other.with_fields(sentence_start=text.index("The economy"))
    count = at(text, "12", 12, kind="count", unit="country", metric=None)
    assert facts.borrow_measures([count, other], {"a": text})[0].metric is None  # 12 countries are no GDP
    growth = at(text, "12", 12, kind="percent", unit="%", change="increase", metric=None)
    assert facts.measure(facts.borrow_measures([growth, other], {"a": text})[0].metric).name == "gdp"
    text = "Tourist arrivals crossed the 1.2 million mark in FY2023."
    mark = at(text, "1.2 million", 1.2e6, kind="count", unit="mark", metric=None)
    known = at(text, "1.2 million", 1.2e6, kind="count", unit="tourist", metric="tourist arrivals")
    assert facts.measure(facts.borrow_measures([mark], {"a": text})[0].metric).name == "tourists"
    assert facts._counts("tourist", facts.measure(known.metric)) is True
    assert facts._counts("tonne", facts.measure("crop production")) is True  # a unit of measure
    assert facts._counts("country", facts.measure("crop production")) is False


def test_facts_a_count_cut_before_its_unit_noun_measures_the_units_things():
    # "the 81 million e-way bills generated in February": metric "e-way", unit "e-way bill"
    cut = Claim.from_dict(claim("e-way", 81e6, kind="count", unit="e-way bill"))
    got = facts.completed_by_unit(cut)
    assert got.metric == "e-way bills" and got.extra["metric_from"] == "unit"
    # a whole measure, or one that is no part of the unit, is left alone
    for metric in ("e-way bills generated", "invoices"):
        c = Claim.from_dict(claim(metric, 81e6, kind="count", unit="e-way bill"))
        assert facts.completed_by_unit(c) is c
    # "car sales reached 78,460 units": a generic count word names no measure, the unit does
    units = Claim.from_dict(claim("units", 78460, kind="count", unit="car"))
    assert facts.completed_by_unit(units).metric == "cars"
    assert same_fact(facts.completed_by_unit(Claim.from_dict(claim("units", 78460, kind="count", unit="car", article="x"))),
                     facts.completed_by_unit(Claim.from_dict(claim("units", 78460, kind="count", unit="car",
                                                                   article="y")))) is True
    # units of units stay no measure
    bare = Claim.from_dict(claim("units", 78460, kind="count", unit="unit"))
    assert facts.completed_by_unit(bare) is bare


def test_facts_count_units_meet_when_the_metric_names_the_longer_units_words():
    # "90 million e-way bills" read with unit "bill" counts what "81 million e-way bills" counts
    a = Claim.from_dict(claim("e-way bills", 90e6, kind="count", unit="bill"))
    b = Claim.from_dict(claim("e-way bills", 81e6, kind="count", unit="e-way bill", article="b"))
    assert facts.same_unit(a, b) and facts.same_unit(b, a)
    # "bills" of a metric that names no e-way: other bills; "vehicle" is no "electric vehicle"
    c = Claim.from_dict(claim("bills", 90e6, kind="count", unit="bill"))
    assert not facts.same_unit(c, b)
    d = Claim.from_dict(claim("vehicle sales", 9e3, kind="count", unit="vehicle"))
    e = Claim.from_dict(claim("vehicle sales", 9e3, kind="count", unit="electric vehicle", article="b"))
    assert not facts.same_unit(d, e) and same_fact(d, e) is False
    money = Claim.from_dict(claim("exports", 2e9, unit="USD"))
    assert not facts.same_unit(money, Claim.from_dict(claim("exports", 2e9, unit="PKR")))


def test_facts_a_soft_word_named_with_a_change_noun_is_that_measures_change():
    # "GVA grew 4.1%" / "GVA growth of 4.1%": the change noun goes, GVA stays the measure
    assert facts.measure("GVA growth").name == "gva" == facts.measure("GVA").name
    assert facts.measure("GVA growth rate").name == "gva"
    # a soft word beside a content word still gives way: "construction GVA growth" = "construction sector"
    assert facts.measure("construction GVA growth").name == facts.measure("construction sector").name
    assert facts.measure("growth") is None


@pytest.mark.parametrize("a, b", [
    ("Surma Valley Bank PLC", "Surma Valley Bank"),      # one outlet keeps the legal form, another drops it
    ("Acme (Pvt) Ltd", "Acme"),
    ("Siam Cement Public Company Limited", "Siam Cement"),
    ("Apple Inc.", "Apple"),
])
def test_a_company_is_one_subject_with_or_without_its_legal_form(a, b):
    assert same_fact(claim("net profit", subject=a, article="x"), claim("net profit", subject=b, article="y")) is True


def test_a_legal_form_is_no_name_of_its_own():
    # dropping the form never makes two companies one
    assert same_fact(claim("net profit", subject="Acme Holdings Ltd", article="x"),
                     claim("net profit", subject="Acme Motors Ltd", article="y")) is not True


@pytest.mark.parametrize("a, b", [
    ("tech exports", "IT exports"),                      # "tech" is information technology
    ("taxes", "tax collection"),                         # "taxes" is one word of tax, not "taxe"
    ("FBR taxes", "tax revenue"),
    ("private transfers", "remittances"),                # India's balance-of-payments name for remittances
    ("losses", "loss"),
    ("readymade garment exports", "apparel exports"),   # the garment trade's names for its goods
    ("RMG exports", "garment exports"),
    ("knit items", "knitwear"),
    ("gross foreign exchange reserves", "gross forex reserves"),
    ("foreign exchange reserves", "reserves"),          # a country's reserves are its FX reserves
    ("Headline CPI inflation", "inflation"),
    ("budget size", "budget"),
    ("non-performing loan ratio", "NPL ratio"),
    ("remittance earnings", "remittances"),
    ("electricity generation", "power output"),
    ("auto sales", "automobile sales"),
    ("PAT", "net profit"),                               # profit after tax
    ("markup payments", "interest payments"),            # Pakistan's word for interest
    ("net sales", "sales revenue"),
    ("earnings from garment exports", "garment exports"),   # the flow itself
    ("receipts from remittances", "remittances"),
    ("current account deficit (share of GDP)", "current account deficit (share of gross domestic product)"),
    ("tourism earnings", "tourism revenue"),             # what a country earns from visitors, by any name
    ("earnings from tourism", "tourism receipts"),
])
def test_outlet_wordings_of_one_measure(a, b):
    assert same_measure(measure(a), measure(b)) is True


@pytest.mark.parametrize("a, b", [
    ("gold reserves", "reserves"),                       # gold is not the FX reserves
    ("garment exports", "exports"),                      # a part is not its whole
    ("average inflation", "inflation"),                  # a period's average is not its end
    ("industrial production", "industry"),               # a production index is not the sector's value added
    ("manufacturing output", "manufacturing"),
])
def test_outlet_wordings_that_stay_apart(a, b):
    assert same_measure(measure(a), measure(b)) is False


def test_levels_of_a_stock_taken_at_one_date_are_one_fact():
    # "reserves of $7.42 billion in October", "at the end of October 2028": a stock is taken at a date
    month = claim("gross official reserves", 7.42e9, period=("in October", "2028-10-01", "2028-10-31"), article="x")
    day = claim("foreign reserves", 7.42e9, period=("at the end of October", "2028-10-31", "2028-10-31"), article="y")
    assert same_fact(month, day) is True
    year = claim("reserves", 7.42e9, period=("FY31", "2030-07-01", "2031-06-30"), article="x")
    assert same_fact(year, claim("reserves", 7.42e9, period=("on June 30", "2031-06-30", "2031-06-30"), article="y")) is True
    # a flow is summed over its period: October's exports are not the exports of October 31
    assert same_fact(claim("exports", 7.42e9, period=("in October", "2028-10-01", "2028-10-31"), article="x"),
                     claim("exports", 7.42e9, period=("on October 31", "2028-10-31", "2028-10-31"), article="y")) is False
    # a change of a stock over a month is its flow
    assert same_fact(dict(month, change="increase"), dict(day, change="increase")) is False
    # another month-end is another figure
    assert same_fact(month, claim("reserves", 7.42e9, period=("end-September", "2028-09-30", "2028-09-30"),
                                  article="y")) is False


def test_facts_a_price_index_stated_as_a_percent_is_inflation():
    # "CPI for March came in at 7.80%": an index is in points, so its percent is its change
    cpi = claim("CPI", 7.8, kind="percent", unit="%", period=("March", "2030-03-01", "2030-03-31"))
    inflation = claim("inflation", 7.8, kind="percent", unit="%", period=("March", "2030-03-01", "2030-03-31"),
                      article="b")
    assert same_fact(cpi, inflation) is True
    assert same_fact(claim("CPI", 7.8, kind="percent", unit="%", change="decrease",
                           period=("March", "2030-03-01", "2030-03-31")), inflation) is not True


def test_facts_a_qualified_price_rise_is_that_inflation():
    july = ("in July", "2029-07-01", "2029-07-31")
    food = claim("Food inflation", 9.82, kind="percent", unit="%", period=july)
    prices = claim("Food prices", 9.82, kind="percent", unit="%", change="increase", period=july, article="b")
    assert same_fact(food, prices) is True
    oil = claim("oil prices", 9.82, kind="percent", unit="%", change="increase", period=july, article="c")
    assert same_fact(food, oil) is not True  # a commodity's price is no inflation
    headline = claim("inflation", 9.82, kind="percent", unit="%", period=july, article="d")
    assert same_fact(headline, prices) is not True


@pytest.mark.parametrize("one, other", [
    ("Inflows of workers' remittances", "Remittances"),
    ("Inflows of workers ' remittances", "remittances"),  # a metric joined from tokens
    ("Cement despatches", "Cement sales"),
    ("GST mop up", "GST collections"),
    ("Motor gasoline sales", "Petrol sales"),
])
def test_measures_outlets_word_alike_are_one_measure(one, other):
    assert facts.measure(one).name == facts.measure(other).name


def test_output_and_production_are_one_head():
    # "industrial output grew 4.7%" and "industrial production grew 4.7%" report one figure
    assert same_measure(measure("industrial output growth"), measure("industrial production growth"))
    assert same_measure(measure("oil output"), measure("oil production"))
    # the activity is not its own output's head ("industry" of GDP is not industrial production)
    assert not same_measure(measure("industrial output"), measure("industry"))


def test_it_services_telecommunication_and_ict_wordings_are_one_measure():
    same = facts.same_measure
    m = facts.measure
    assert same(m("exports of information and communication technology services"), m("IT exports")) is True
    assert same(m("IT services exports"), m("ICT export earnings")) is True
    assert same(m("telecom services exports"), m("telecommunication services exports")) is True
    # a part of the sector stays apart from the whole, and the sector from all exports
    assert same(m("computer services exports"), m("IT exports")) is not True
    assert same(m("IT exports"), m("exports")) is not True


def test_facts_a_company_by_its_short_name_or_initials_is_one_actor():
    from evaluation.facts import actors_meet
    for short, full in (("Veritas", "Veritas Infosoft Ltd"), ("Serendib Consolidated", "Serendib Consolidated Holdings PLC"),
                        ("KCL", "Karakoram Cement Limited"), ("LHT", "Lanka Horizon Telecom PLC"), ("M&F", "Marlow & Finch")):
        assert actors_meet(short, full) is True and actors_meet(full, short) is True, (short, full)
    # a place is no short name of a company named after it; a generic noun names no one; two
    # companies of one family are two; two letters are too few to be anyone's initials
    for a, b in (("India", "India Cements"), ("Sri Lanka", "Sri Lanka Telecom"), ("Bank", "Bank of Ceylon"),
                 ("Tata Steel", "Tata Motors"), ("KC", "Karakoram Cement"), ("KCL", "Kaveri Motors Ltd")):
        assert actors_meet(a, b) is False, (a, b)
    # a figure of "Veritas" and one of "Veritas Infosoft" are one fact
    assert same_fact(claim("revenue", subject="Veritas"), claim("revenue", subject="Veritas Infosoft", article="b")) is True
