"""Tests for the checker's tolerance to extracted fields (issue 13, end to end): changes read from
the words, measures read from the sentence, currency and period words that name no measure.
Every sentence is invented; each rule has a pair that must merge and one that must not."""
from evaluation import facts
from evaluation.consistency import run_checks_on
from claim_factory import claim_in_text

FY23 = ("FY23", "2022-07-01", "2023-06-30")


def at(text, needle, value, **fields):
    """A claim for ``needle`` in ``text``, its sentence the one holding it (FY23 unless a period is given)."""
    return claim_in_text(text, needle, value, **{"period": FY23, **fields})


def pct(text, needle, value, **fields):
    return at(text, needle, value, kind="percent", unit="%", **fields)


# ---- a change the words state ----------------------------------------------------------------

def test_change_read_from_the_words_next_to_a_percent():
    text = "Ruritania's trade deficit narrowed by 12.5 per cent to $3.1 billion."
    c = facts.changed_by_words(pct(text, "12.5 per cent", 12.5, change=None, metric="trade deficit"), text)
    assert c.change == "decrease" and c.extra["change_from"] == "text"
    text = "Tin exports registered 6.2 per cent negative growth in FY23."
    assert facts.changed_by_words(pct(text, "6.2 per cent", 6.2, change=None, metric="tin exports"),
                                  text).change == "decrease"
    text = "Tin exports were up 4.1 per cent in FY23."
    assert facts.changed_by_words(pct(text, "4.1 per cent", 4.1, change=None, metric="tin exports"),
                                  text).change == "increase"


def test_no_change_read_into_shares_rates_or_levels():
    text = "Tin made up 12 percent of total exports."
    assert facts.changed_by_words(pct(text, "12 percent", 12, change=None, metric="tin exports"), text).change is None
    text = "Inflation rose 9.2 percent in May."
    assert facts.changed_by_words(pct(text, "9.2 percent", 9.2, change=None, metric="inflation"), text).change is None
    text = "Exports rose to 14 percent of output."
    assert facts.changed_by_words(pct(text, "14 percent", 14, change=None, metric="exports"), text).change is None


def test_a_change_noun_in_the_metric_is_the_change():
    c = facts.changed_by_words(pct("x", "x", 7.1, change=None, metric="export growth"))
    assert (c.change, facts.measure(c.metric).name) == ("increase", "exports")
    c = facts.changed_by_words(pct("x", "x", 2.0, change=None, metric="negative growth"))
    assert (c.change, c.metric) == ("decrease", None)
    # a rate's growth is left alone
    assert facts.changed_by_words(pct("x", "x", 3.0, change=None, metric="inflation growth")).change is None


# ---- what names no measure -------------------------------------------------------------------

def test_currency_scale_and_period_words_name_no_measure():
    for metric in ("rupees", "Rs crore", "crore", "USD", "review period", "corresponding month of last year",
                   "FY23", "increase of more than", "significant decline"):
        assert facts.measure(metric) is None, metric
    assert facts.same_measure(facts.measure("GDP growth"), facts.measure("GDP"))
    assert facts.same_measure(facts.measure("point-to-point inflation rate"), facts.measure("inflation"))
    # a currency word beside a measure does not hide it
    assert facts.measure("exports in dollars").name == "exports"


# ---- a measure read from the sentence ------------------------------------------------------

def _borrow(claims, texts):
    return facts.borrow_measures(claims, texts)


def test_nearest_measure_named_before_the_figure_must_merge():
    a = "Tin exports were $5.20 billion in FY23."
    b = "Ruritania's tin exports came in at $5.25 billion in FY23, the board said."
    claims = [at(a, "$5.20 billion", 5.2e9, metric="tin exports"),
              at(b, "$5.25 billion", 5.25e9, article="b", metric=None)]
    got = _borrow(claims, {"a": a, "b": b})
    assert facts.same_measure(facts.measure(got[1].metric), facts.measure("tin exports"))
    found = run_checks_on(claims, {"a": a, "b": b})
    # the conflict rests on a measure the checker read: found, not decided; a fit is a fit
    assert [(f.check, f.verdict) for f in found] == [("same_fact", "undetermined")]
    assert "a measure read from the sentence" in found[0].explanation
    b2 = b.replace("$5.25", "$5.20")
    claims[1] = at(b2, "$5.20 billion", 5.2e9, article="b", metric=None)
    assert [(f.check, f.verdict) for f in run_checks_on(claims, {"a": a, "b": b2})] == [("same_fact", "consistent")]


def test_nearest_measure_never_guesses_a_look_alike():
    known = "Exports were $9.0 billion in FY23."
    cases = ["Ruritania's cotton exports came in at $5.25 billion in FY23.",  # a modifier no claim names
             "Imports and exports fell to $5.25 billion in FY23.",  # two measures joined
             "Exports of cotton and wool were $5.25 billion in FY23.",  # a post-modifier
             "Exports were $9.0 billion, of which wool was $5.25 billion in FY23."]  # a figure between
    for text in cases:
        claims = [at(known, "$9.0 billion", 9e9, metric="exports"),
                  at(text, "$5.25 billion", 5.25e9, article="b", metric=None)]
        got = _borrow(claims, {"a": known, "b": text})
        assert facts.measure(got[1].metric) is None, text
        assert [f for f in run_checks_on(claims, {"a": known, "b": text}) if f.check == "same_fact"] == [], text


def test_nearest_measure_respects_marks_and_narrower_measures():
    text = "Nominal GDP or GDP at current prices grew to Rs 70.5 lakh crore, a growth of 8.0 per cent."
    claims = [at("Real GDP grew 7.8 per cent.", "7.8 per cent", 7.8, kind="percent", unit="%", change="increase",
                 metric="real GDP"),
              pct(text, "8.0 per cent", 8.0, article="b", change="increase", metric="growth")]
    got = _borrow(claims, {"a": "Real GDP grew 7.8 per cent.", "b": text})
    assert got[1].metric in (None, "growth") or facts.measure(got[1].metric) is None
    # "the imports" in an article about tin imports may mean them: not read as total imports
    text = "Tin imports were $80.0 million. The imports narrowed by 20.0 per cent."
    claims = [at(text, "$80.0 million", 80e6, metric="tin imports"),
              pct(text, "20.0 per cent", 20.0, change="decrease", metric=None)]
    assert facts.measure(_borrow(claims, {"a": text})[1].metric) is None


def test_a_metric_cut_before_its_head_completes_to_the_article_measure():
    text = "Textile group exports were $1.40 billion in June. The textile group registered 11.5 per cent growth."
    claims = [at(text, "$1.40 billion", 1.4e9, metric="textile group exports"),
              pct(text, "11.5 per cent", 11.5, change="increase", metric="textile group")]
    assert facts.measure(_borrow(claims, {"a": text})[1].metric).name == "textile exports"
    # two measures the words could complete to: none
    text2 = text + " Textile group imports were $0.20 billion."
    claims.append(at(text2, "$0.20 billion", 0.2e9, metric="textile group imports"))
    assert facts.measure(_borrow(claims, {"a": text2})[1].metric).name == "textile"


def test_a_scale_slip_of_anchored_digits_decides_on_a_read_measure():
    """Two figures whose 3+ significant digits agree once one is scaled by a power of ten are one
    figure with a scale word lost or changed: decided even when one side's measure is the checker's
    reading; a slip of two-digit figures is too weak a tie, and stays undetermined."""
    a = "Tin exports were Rs 1.68 trillion in FY23."
    b = "Ruritania's tin exports came in at Rs 1,67,540 lakh crore in FY23, the board said."

    def found(a, b, left, right):
        claims = [at(a, left[0], left[1], unit="INR", metric="tin exports"),
                  at(b, right[0], right[1], unit="INR", article="b", metric=None)]
        return [(f.verdict, "scale slip" in f.explanation) for f in run_checks_on(claims, {"a": a, "b": b})
                if f.check == "same_fact"]

    assert found(a, b, ("Rs 1.68 trillion", 1.68e12), ("Rs 1,67,540 lakh crore", 1.6754e17)) == [("inconsistent", True)]
    a2, b2 = a.replace("1.68 trillion", "12 billion"), b.replace("1,67,540 lakh crore", "1.2 trillion")
    assert found(a2, b2, ("Rs 12 billion", 12e9), ("Rs 1.2 trillion", 1.2e12)) == [("undetermined", True)]
