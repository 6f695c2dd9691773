"""Figures agreeing digit for digit vouch for measures the words leave apart (facts.figures_vouch):
invented reports of two outlets, and the look-alikes that must stay apart."""
import pytest

from evaluation.facts import same_fact
from evaluation.series import build_series
from extractor.api import extract_batch
from extractor.corpus import Article


def report(metric, text, value, *, article="a", change=None, kind="money", unit="USD", subject="Ruritania",
           counterparty=None, period=("8MFY27", "2026-07-01", "2027-02-28"), qualifier="exact"):
    return {"claim_id": f"{article}:10-{10 + len(text)}", "article_id": article, "kind": kind,
            "quantity": {"text": text, "start": 10, "end": 10 + len(text), "value": value, "unit": unit,
                         "qualifier": qualifier},
            "change": change, "metric": metric, "subject": subject, "counterparty": counterparty,
            "period": dict(zip(("text", "start", "end"), period)), "source": None,
            "sentence": {"start": 0, "end": 80}}


@pytest.mark.parametrize("a, b", [
    # a measure shortened by one outlet, the figure rounded by the other
    (("exports of IT services", "$2.873 billion", 2.873e9), ("IT exports", "$2.87bn", 2.87e9)),
    (("tax revenue", "Rs 1,254.6 billion", 1254.6e9), ("revenue", "Rs 1.25 trillion", 1.25e12)),
    (("net consolidated profit", "Tk 612.4 crore", 612.4e7), ("profit", "Tk 612 crore", 612e7)),
    (("gross FX reserves", "$31.04 billion", 31.04e9), ("reserves", "$31bn", 31e9)),
])
def test_agreeing_figures_join_a_shortened_measure_across_outlets(a, b):
    one = report(*a, article="outlet-1")
    other = report(*b, article="outlet-2")
    assert same_fact(one, other) is True


@pytest.mark.parametrize("a, b, why", [
    (("IT exports", "$2.873 billion", 2.873e9), ("exports", "$21.4 billion", 21.4e9), "a part and its whole differ"),
    (("tax revenue", "$3 billion", 3e9), ("revenue", "$3 billion", 3e9), "a round figure vouches for nothing"),
    (("rural exports", "$4.05 billion", 4.05e9), ("urban exports", "$4.05 billion", 4.05e9), "modifiers that do not nest"),
    (("agricultural exports", "3.45 percent", 3.45), ("exports", "3.45 percent", 3.45), "a part may grow as its whole"),
    (("exports", "$2.873 billion", 2.873e9), ("imports", "$2.873 billion", 2.873e9), "two heads"),
    (("exports (target)", "$2.873 billion", 2.873e9), ("IT exports", "$2.873 billion", 2.873e9), "a target is no outcome"),
])
def test_figures_do_not_vouch_for_look_alikes(a, b, why):
    kind = "percent" if "percent" in a[1] else "money"
    unit = "%" if kind == "percent" else "USD"
    one = report(*a, article="outlet-1", kind=kind, unit=unit)
    other = report(*b, article="outlet-2", kind=kind, unit=unit)
    assert same_fact(one, other) is not True, why


def test_agreeing_figures_need_the_same_period_subject_and_two_articles():
    one = report("tax revenue", "$2.873 billion", 2.873e9, article="outlet-1")
    assert same_fact(one, report("revenue", "$2.87bn", 2.87e9, article="outlet-2")) is True
    assert same_fact(one, report("revenue", "$2.87bn", 2.87e9, article="outlet-2",
                                 period=("FY27", "2026-07-01", "2027-06-30"))) is not True
    assert same_fact(one, report("revenue", "$2.87bn", 2.87e9, article="outlet-2", subject="Freedonia")) is not True
    assert same_fact(one, report("revenue", "$2.87bn", 2.87e9, article="outlet-2",
                                 counterparty="United States")) is not True
    # one article naming a part and its shortening with one figure twice is the article's business
    assert same_fact(one, {**report("revenue", "$2.87bn", 2.87e9, article="outlet-1"),
                           "claim_id": "outlet-1:90-96"}) is not True


# (invented names the English word list does not hold: a text's first word untagged by the NER is read
# as a name only when it is no English word, subjects._unknown_name)
OUTLETS = [
    ("daily-a", "2027-03-18", "ISLAMABAD: Freedonia's exports of information technology services rose to "
                              "$2.873 billion in the first eight months of the current fiscal year, the central bank said."),
    ("daily-b", "2027-03-19", "KARACHI: Freedonia's IT exports stood at $2.87 billion in July-February FY27."),
]


def test_two_outlets_wording_a_figure_differently_share_one_series_row():
    articles = [Article(aid, text, published) for aid, published, text in OUTLETS]
    claims = [c for _, cs in extract_batch(articles) for c in cs]
    rows = build_series(claims, published={aid: published for aid, published, _ in OUTLETS})
    shared = [r for r in rows if {p["article_id"] for p in r["reports"]} == {"daily-a", "daily-b"}]
    assert len(shared) == 1
    assert sorted(p["text"] for p in shared[0]["reports"]) == ["$2.87 billion", "$2.873 billion"]
    assert shared[0]["conflict"] is False


def test_a_precise_figure_under_one_measure_vouches_for_its_owner():
    # one outlet took a person quoted, or a state named later, for the owner of the national figure
    right = report("GST revenue", "Rs 2,31,460 crore", 2.3146e12, article="outlet-1", subject="India", unit="INR",
                   period=("November", "2026-11-01", "2026-11-30"))
    wrong = report("GST revenue", "Rs 2.31 lakh crore", 2.31e12, article="outlet-2", subject="Karnataka", unit="INR",
                   period=("November", "2026-11-01", "2026-11-30"))
    assert same_fact(right, wrong) is True


@pytest.mark.parametrize("other, why", [
    (dict(text="Rs 2.31 lakh crore", value=2.31e12, metric="GST revenue", subject="Karnataka", precise="Rs 2.31 lakh crore"),
     "three digits are not enough to say two owners are one"),
    (dict(text="Rs 2.31 lakh crore", value=2.31e12, metric="IGST revenue", subject="Karnataka"),
     "another measure by its words"),
    (dict(text="Rs 1.95 lakh crore", value=1.95e12, metric="GST revenue", subject="Karnataka"),
     "figures that do not agree"),
])
def test_figures_do_not_vouch_for_an_owner_without_a_precise_agreeing_figure(other, why):
    precise = other.get("precise", "Rs 2,31,460 crore")
    value = 2.31e12 if precise == "Rs 2.31 lakh crore" else 2.3146e12
    right = report("GST revenue", precise, value, article="outlet-1", subject="India", unit="INR",
                   period=("November", "2026-11-01", "2026-11-30"))
    wrong = report(other["metric"], other["text"], other["value"], article="outlet-2", subject=other["subject"],
                   unit="INR", period=("November", "2026-11-01", "2026-11-30"))
    assert same_fact(right, wrong) is not True, why


def test_an_open_bound_vouches_only_for_a_figure_near_it():
    # "revenue of more than $86m" meets $51.2bn as readings do, but two owners are no one figure
    bound = report("revenue", "more than $86.1m", 86.1e6, article="outlet-1", subject="Doubleclick",
                   qualifier="more_than")
    far = report("revenue", "$51.24bn", 51.24e9, article="outlet-2", subject="Acme")
    assert same_fact(bound, far) is not True
    near = report("revenue", "$86.35m", 86.35e6, article="outlet-2", subject="Doubleclick Inc")
    assert same_fact(dict(bound, metric="quarterly revenue"), dict(near, metric="revenue")) is True


# ---- percents: the same digits, given once by each article, vouch for a measure worded apart ----------

def _rows(*texts, published="2029-10-12"):
    articles = [Article(f"outlet-{n}", text, published) for n, text in enumerate(texts, 1)]
    claims = [c for _, cs in extract_batch(articles) for c in cs]
    rows = build_series(claims)
    return claims, {r["claim_id"]: n for n, row in enumerate(rows) for r in row["reports"]}


def _row(claims, rows, article, surface):
    [claim] = [c for c in claims if c["article_id"] == article and c["quantity"]["text"] == surface]
    return rows.get(claim["claim_id"])


def test_percents_given_once_by_each_outlet_vouch_for_two_wordings():
    claims, rows = _rows("NEW DELHI: Freedonia's factory output growth decelerated to 4.7 per cent in August 2029, "
                         "data showed. Mining output grew 6.8 per cent.",
                         "NEW DELHI: Freedonia's industrial production index rose 4.7% in August 2029, against 10.2% a year ago.")
    assert _row(claims, rows, "outlet-1", "4.7 per cent") == _row(claims, rows, "outlet-2", "4.7%") is not None


def test_percents_do_not_vouch_when_an_article_gives_the_digits_twice():
    claims, rows = _rows("NEW DELHI: Ruritania's factory output grew 4.7 per cent in August 2029 and its "
                         "consumer goods output also grew 4.7 per cent.",
                         "NEW DELHI: Ruritania's industrial production index rose 4.7% in August 2029.")
    twice = {rows.get(c["claim_id"]) for c in claims if c["article_id"] == "outlet-1"}
    assert _row(claims, rows, "outlet-2", "4.7%") not in twice


def test_percents_do_not_vouch_for_another_period_or_a_rise_against_a_fall():
    claims, rows = _rows("NEW DELHI: Ruritania's factory output grew 4.7 per cent in August 2029.",
                         "NEW DELHI: Ruritania's industrial production index rose 4.7% in July 2029.")
    assert _row(claims, rows, "outlet-1", "4.7 per cent") != _row(claims, rows, "outlet-2", "4.7%")
    claims, rows = _rows("NEW DELHI: Ruritania's factory output grew 4.7 per cent in August 2029.",
                         "NEW DELHI: Ruritania's industrial production index fell 4.7% in August 2029.")
    assert _row(claims, rows, "outlet-1", "4.7 per cent") != _row(claims, rows, "outlet-2", "4.7%")


def test_a_percent_given_once_vouches_for_the_owner_an_article_does_not_name():
    claims, rows = _rows("GST collections rose 9.8 per cent in November 2027 to a record, the finance ministry said.",
                         "NEW DELHI: India's GST collections rose 9.8% in November 2027.")
    [orphan] = [c for c in claims if c["article_id"] == "outlet-1" and c["quantity"]["text"] == "9.8 per cent"]
    assert orphan["subject"] is None
    assert _row(claims, rows, "outlet-1", "9.8 per cent") == _row(claims, rows, "outlet-2", "9.8%") is not None


def test_percents_do_not_vouch_for_a_sectors_part_of_its_whole():
    claims, rows = _rows("NEW DELHI: Ruritania's textile exports grew 4.7 per cent in August 2029.",
                         "NEW DELHI: Ruritania's exports grew 4.7% in August 2029.")
    assert _row(claims, rows, "outlet-1", "4.7 per cent") != _row(claims, rows, "outlet-2", "4.7%")


def test_a_row_of_an_article_naming_no_owner_joins_the_row_the_checker_decided_it_belongs_to():
    from evaluation.consistency import run_checks_on
    from extractor.contract import Claim

    texts = {"outlet-1": "DHAKA: Bangladesh's readymade garment exports reached $32.16 billion in July-March FY24.",
             "outlet-2": "DHAKA: Bangladesh's RMG exports were $32.2 billion in July-March FY24, officials said.",
             "outlet-3": "Readymade garment exports stood at nearly $32.2 billion during July-March of FY2023-24."}
    articles = [Article(k, v, "2024-04-03") for k, v in texts.items()]
    claims = [c for _, cs in extract_batch(articles) for c in cs]
    findings = [f.to_dict() for f in run_checks_on([Claim.from_dict(c) for c in claims], texts)]
    rows = {r["claim_id"]: n for n, row in enumerate(build_series(claims, findings)) for r in row["reports"]}
    [orphan] = [c for c in claims if c["article_id"] == "outlet-3"]
    assert orphan["subject"] is None
    assert len({rows[c["claim_id"]] for c in claims}) == 1


# ---- amounts: each the only figure near its value in its article, they vouch for any wording ----------

def sole(metric, text, value, **fields):
    return {**report(metric, text, value, **fields), "sole_amount": True}  # a claim's extra fields sit at its top level


def test_amounts_each_alone_near_their_value_vouch_for_a_measure_worded_anew():
    december = ("in December", "2030-12-01", "2030-12-31")
    one = sole("imports", "$66.05 billion", 66.05e9, article="outlet-1", period=december)
    other = sole("inbound shipments", "$66 bn", 66e9, article="outlet-2", period=december)
    assert same_fact(one, other) is True
    # without the marks (an article giving another measure near that value) the words decide
    assert same_fact(report("imports", "$66.05 billion", 66.05e9, article="outlet-1", period=december),
                     other) is not True


@pytest.mark.parametrize("b, why", [
    (dict(metric="exports", text="$2.873 billion", value=2.873e9), "two amounts the fact identity knows apart"),
    (dict(metric="outbound shipments", text="$3 billion", value=3e9), "a round figure vouches for nothing"),
    (dict(metric="outbound shipments", text="$2.91 billion", value=2.91e9), "figures that do not agree"),
    (dict(metric="outbound shipments", text="about $2.88 billion", value=2.88e9, qualifier="approx"),
     "an approximate figure meets too much"),
    (dict(metric="outbound shipments (target)", text="$2.873 billion", value=2.873e9), "a target is no outcome"),
])
def test_sole_amounts_do_not_vouch_for_look_alikes(b, why):
    one = sole("imports", "$2.873 billion", 2.873e9, article="outlet-1")
    other = sole(b.pop("metric"), b.pop("text"), b.pop("value"), article="outlet-2", **b)
    assert same_fact(one, other) is not True, why


def test_two_outlets_wording_a_measure_anew_share_one_row_unless_an_article_gives_two_figures_near_it():
    claims, rows = _rows("DHAKA: Ruritania's imports stood at $66.05 billion in December 2030, official data showed.",
                         "DHAKA: Ruritania's inbound shipments were worth $66 bn in December 2030.",
                         published="2031-01-15")
    assert _row(claims, rows, "outlet-1", "$66.05 billion") == _row(claims, rows, "outlet-2", "$66 bn") is not None
    claims, rows = _rows("DHAKA: Ruritania's imports stood at $66.05 billion in December 2030, official data showed. "
                         "Its outbound payments reached $66.1 billion in December 2030.",
                         "DHAKA: Ruritania's inbound shipments were worth $66 bn in December 2030.",
                         published="2031-01-15")
    assert _row(claims, rows, "outlet-2", "$66 bn") not in {_row(claims, rows, "outlet-1", "$66.05 billion"),
                                                             _row(claims, rows, "outlet-1", "$66.1 billion")}


def test_a_sole_amount_vouches_for_the_owner_an_article_does_not_name():
    december = ("in December", "2030-12-01", "2030-12-31")
    named = sole("imports", "$66.05 billion", 66.05e9, article="outlet-1", period=december)
    assert same_fact(named, sole("inbound shipments", "$66 bn", 66e9, article="outlet-2", period=december,
                                 subject=None)) is True
    assert same_fact(named, sole("imports", "$66 bn", 66e9, article="outlet-2", period=december,
                                 subject=None)) is True
    # a figure no lone value backs leaves the owner unknown
    assert same_fact(named, report("inbound shipments", "$66 bn", 66e9, article="outlet-2", period=december,
                                   subject=None)) is not True


def test_an_article_naming_no_owner_joins_the_row_of_the_amount_it_shares():
    claims, rows = _rows("DHAKA: Ruritania's imports stood at $66.05 billion in December 2030, official data showed.",
                         "Inbound shipments were worth $66 bn in December 2030, the statistics office said.",
                         published="2031-01-15")
    [orphan] = [c for c in claims if c["article_id"] == "outlet-2"]
    assert orphan["subject"] is None
    assert _row(claims, rows, "outlet-1", "$66.05 billion") == _row(claims, rows, "outlet-2", "$66 bn") is not None


def test_a_precise_sole_amount_vouches_for_the_owner_one_outlet_named_wrong():
    december = ("in December", "2030-12-01", "2030-12-31")
    right = sole("imports", "$66.05 billion", 66.05e9, article="outlet-1", period=december)
    assert same_fact(right, sole("inbound shipments", "$66.05 billion", 66.05e9, article="outlet-2",
                                 period=december, subject="Freedonia Trading Corp")) is True
    # three digits name one figure, not one owner
    three = sole("imports", "$66.1 billion", 66.1e9, article="outlet-1", period=december)
    assert same_fact(three, sole("inbound shipments", "$66.1 billion", 66.1e9, article="outlet-2",
                                 period=december, subject="Freedonia Trading Corp")) is not True


def test_tons_and_tonnes_count_one_unit():
    claims, rows = _rows("ISLAMABAD: Ruritania's wheat imports reached 1.24 million tons in March 2030.",
                         "ISLAMABAD: Ruritania's wheat imports reached 1.24 million tonnes in March 2030.",
                         published="2030-04-10")
    [a] = [c for c in claims if c["article_id"] == "outlet-1"]
    [b] = [c for c in claims if c["article_id"] == "outlet-2"]
    assert (a["quantity"]["unit"], b["quantity"]["unit"]) == ("ton", "tonne")  # the claims keep the words written
    assert rows[a["claim_id"]] == rows[b["claim_id"]]


def test_an_upper_bound_vouches_only_for_a_figure_near_it():
    # "up to Rs 9.9 trillion" reads from 0, but vouches for no figure far below it
    from evaluation.facts import figures_agree
    from extractor.contract import Claim

    bound = Claim.from_dict(report("allocation", "up to Rs 9.9 trillion", 9.9e12, article="outlet-1", unit="PKR",
                                   qualifier="at_most"))
    far = Claim.from_dict(report("allocation", "Rs 6.24 billion", 6.24e9, article="outlet-2", unit="PKR"))
    near = Claim.from_dict(report("allocation", "Rs 9.86 trillion", 9.86e12, article="outlet-2", unit="PKR"))
    assert not figures_agree(bound, far, 3)
    assert figures_agree(bound, near, 3)
