"""extractor/segments.py: only sentences with a number or a number word are parsed; none is cut in two."""
from extractor.segments import numeric_segments, sentence_spans


def test_sentences_split_at_full_stops_but_not_after_abbreviations():
    text = "Mr. Khan met U.S. officials. Exports rose 5%. Nothing else."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Mr. Khan met U.S. officials.", "Exports rose 5%.", "Nothing else."]


def test_only_numeric_sentences_and_neighbours_joined():
    text = ("The minister spoke at length. Exports rose 5%. Imports fell by half. "
            "The weather was fine.\nTwelve banks agreed. No figures here.")
    parts = [text[s:e] for s, e in numeric_segments(text)]
    assert parts == ["Exports rose 5%. Imports fell by half.", "Twelve banks agreed."]


def test_a_line_break_ends_a_part_even_between_numeric_sentences():
    text = "Exports rose 5%\nImports fell 3%."
    assert [text[s:e] for s, e in numeric_segments(text)] == ["Exports rose 5%", "Imports fell 3%."]


def test_number_words_count_only_as_whole_words():
    # "Indian" holds no number word and "kroner" no "one": neither sentence is parsed.
    assert numeric_segments("Indian firms paid in kroner.") == []


def test_no_sentence_ends_between_a_dotted_currency_and_its_figure():
    text = "The council spent Rs. 450 on tea. Tk. 20 went on biscuits."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The council spent Rs. 450 on tea.", "Tk. 20 went on biscuits."]


def test_minor_units_in_words_make_a_sentence_numeric():
    text = "Nothing here. The shares ended a few cents higher."
    assert [text[s:e] for s, e in numeric_segments(text)] == ["The shares ended a few cents higher."]


def test_segments_numeric_test_agrees_with_its_pattern():
    """is_numeric (a digit scan, then a look at whole words) says what the _NUMERIC pattern says."""
    from extractor.segments import _NUMERIC, is_numeric

    sentences = ["Sales rose 5%.", "Sales rose five per cent.", "Sales rose by half.", "Output doubled again.",
                 "A TENFOLD jump.", "It unfolded slowly.", "Prices rose percentwise.", "One firm left.",
                 "The firm_five left.", "Fivefold or not, it grew.", "Sales were flat.", "sixty-six new posts",
                 "A quarterly report.", "Two thirds", "THOUSANDS", "the ſixty days", "a \u212aILN of \u0130TEN",
                 "fiftyish people", "Tripling output", "", "per\ncent", "pence and cents", "a lakh or crore",
                 "Only one ferry left.", "at least  one bank", "only, one", "commonly one", "a fifth of homes",
                 "Two tenths", "sixths and eighths", "to halve it", "Halving costs", "behalves"]
    for text in sentences:
        for start in range(len(text) + 1):
            for end in (start, len(text)):
                assert is_numeric(text, start, end) == (_NUMERIC.search(text, start, end) is not None), (text, start, end)


def test_halving_makes_a_sentence_numeric(claims_of):
    # a multiple 0.5 (gold/README.md) in a sentence without any other number word is parsed and claimed
    text = "The weather was fine. The minister vowed to halve the trade deficit."
    assert [text[s:e] for s, e in numeric_segments(text)] == ["The minister vowed to halve the trade deficit."]
    assert [(c["kind"], c["quantity"]["value"]) for c in claims_of(text)] == [("multiple", 0.5)]
