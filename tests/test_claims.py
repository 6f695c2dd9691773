"""The claim assembly (extractor.claims, extractor.context): the article's context and linear time.

Sentences are invented.
"""
import time

import pytest

from extractor import periods

from extractor.context import ArticleContext, Spans


# One invented paragraph with what makes a figure cost work: two figures, a period, a named
# source, a country, a company and a person, and a figure in the next sentence that carries them.
PARAGRAPH = ("Ruritania's textile exports rose 12.5% to $3.4 billion in the first half of fiscal year 2022-23, "
             "the Central Bank of Ruritania said on Monday. Imports from Freedonia fell 4% to $1.2 billion, "
             "Finance Minister Anna Petrova told reporters in Strelsau. Acme Holdings said its profits rose "
             "to $45 million, and the company hired 1,200 workers.")


def _seconds(articles) -> float:
    from extractor.api import extract_batch

    started = time.perf_counter()
    for _, claims in extract_batch(articles):
        assert isinstance(claims, list) and claims
    return time.perf_counter() - started


@pytest.mark.issue(18)
@pytest.mark.parametrize("n, joiner", [(40, "\n\n"), (120, " ")])
def test_claims_cost_grows_linearly_with_the_article(nlp, n, joiner):
    """One article of n paragraphs costs about what the n paragraphs cost as separate articles.

    Work done once per figure over the whole document (rebuilding sentences, scanning every
    entity or every other figure, overlap checks against every kept match) makes the long
    article's cost grow with the square of its length. Linear work keeps the ratio near 1; under
    3 passes. The second case joins the paragraphs into one (so into parsed parts of up to 100,000
    characters), where the quadratic code before issue 18 gave 5.3. No absolute time is asserted:
    both are measured in the same test, best of two runs."""
    from extractor.corpus import Article

    one = [Article("long", joiner.join([PARAGRAPH] * n), "2023-03-01")]
    separate = [Article(f"p{i}", PARAGRAPH, "2023-03-01") for i in range(n)]
    _seconds(separate[:2])  # warm up the lazily loaded parts
    long_time = min(_seconds(one) for _ in range(2))
    separate_time = min(_seconds(separate) for _ in range(2))
    assert long_time / separate_time < 3, (long_time, separate_time)


@pytest.mark.issue(18)
def test_claims_the_long_article_has_the_claims_of_its_paragraphs(nlp):
    """Indexing (parts, period mentions, figures) looks up the same surroundings a scan would:
    every paragraph of a repeated article has as many claims as the paragraph alone, and the
    fields of the second paragraph's claims are those of the last's."""
    from extractor import extract

    alone = extract(PARAGRAPH, published="2023-03-01")
    long_text = "\n\n".join([PARAGRAPH] * 5)
    repeated = extract(long_text, published="2023-03-01")
    assert len(repeated) == 5 * len(alone)
    fields = ("kind", "metric", "subject", "counterparty", "period", "source")
    n = len(alone)
    second = [{k: c[k] for k in fields} for c in repeated[n:2 * n]]
    last = [{k: c[k] for k in fields} for c in repeated[-n:]]
    assert last == second


def test_claims_spans_finds_items_starting_in_a_range():
    spans = Spans([(30, 35), (5, 9), (12, 20), (40, 41)], key=lambda s: s[0])
    assert spans.starting_in(10, 36) == [(12, 20), (30, 35)]
    assert spans.starting_in(0, 5) == []


def _context(text, nlp):
    from extractor.context import Part

    return ArticleContext.of_article(text, [Part(0, nlp(text))], "2023-03-01")


def test_claims_context_carries_a_period_to_the_next_paragraph_only(nlp):
    text = "Exports rose in May 2022.\nSecond paragraph.\nThird paragraph."
    ctx = _context(text, nlp)
    assert [ctx.paragraph(o) for o in (0, text.index("Second"), text.index("Third"))] == [0, 1, 2]
    [mention] = periods.find_periods(text)
    ctx.stated_period(mention, ("start", "end"), 0)
    assert ctx.carried_period(1, text.index("Second")) == (mention, ("start", "end"))
    assert ctx.carried_period(2, len(text) + 1000) is None


def test_claims_context_carries_source_and_subject_by_named_updates(nlp):
    ctx = _context("Ruritania's exports rose 5% to $1 billion.\nThey fell 2% later.", nlp)
    assert ctx.carried_source(0) is None and ctx.carried_subject(0) is None
    ctx.stated_source("Central Bank of Ruritania", 0)
    ctx.stated_subject("Ruritania", 0)
    assert ctx.carried_source(1) == "Central Bank of Ruritania"
    assert ctx.carried_subject(1) == "Ruritania"
    assert ctx.carried_subject(3) is None  # a subject carries into the next paragraph only
    assert ctx.carried_source(2) == "Central Bank of Ruritania"  # a source two paragraphs on
    assert ctx.carried_source(3) is None
    ctx.stated_source("Ruritania Statistics Office", 4)
    assert ctx.carried_source(5) == "Ruritania Statistics Office"


def test_claims_context_knows_the_articles_country_and_its_calendar(nlp):
    ctx = _context("Pakistan's exports rose 5% to $1 billion. Pakistan imports fell in Pakistan.", nlp)
    assert ctx.country == "Pakistan"
    assert ctx.calendar(None).month == 7  # the article's country's calendar when no subject
    assert ctx.calendar("United States", "United States exports rose.").month == 10  # the subject's own, named
    assert ctx.calendar("United States", "Exports to it rose.").month == 7  # not named in the sentence


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, start, end", [
    ("Ruritania's exports rose 5% so far this year.", "2023-01-01", "2023-10-10"),
    ("Ruritania's exports reached $3 billion this year so far.", "2023-01-01", "2023-10-10"),
    ("Karachi: Pakistan's exports rose 5% so far this fiscal year.", "2023-07-01", "2023-10-10"),
    ("Ruritania's exports rose 5% this year.", "2023-01-01", "2023-12-31"),  # the whole year, as before
])
def test_claims_year_to_date_ends_at_the_articles_date(nlp, text, start, end):
    from extractor import extract

    period = extract(text, published="2023-10-10")[0]["period"]
    assert (period["start"], period["end"]) == (start, end)


def test_a_full_stop_after_a_scale_letter_ends_the_sentence(claims_of):
    # spaCy keeps "m." whole (an abbreviation), so "£3.7m. Sales" was one sentence for the parser
    claims = claims_of("LONDON: Grobel's profits fell to £3.7m. Sales rose 5% to £21m. Costs rose 40p.  Orders were 3k.")
    by_surface = {c["quantity"]["text"]: c for c in claims}
    assert by_surface["£3.7m"]["metric"].lower() == "profits"
    assert by_surface["5%"]["metric"].lower() == "sales" and by_surface["£21m"]["metric"].lower() == "sales"
    assert by_surface["£3.7m"]["sentence"]["end"] < by_surface["5%"]["sentence"]["start"]
