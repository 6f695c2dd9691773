"""evaluation/highlight.py: a stretch of text cut at marked spans, nested and overlapping ones included."""
from evaluation.highlight import cut


def test_plain_text_is_one_unmarked_piece():
    assert cut("Exports rose.", 0, 13, []) == [("Exports rose.", [])]


def test_pieces_carry_the_marks_of_every_span_covering_them():
    text = "Sales rose 5% to $2bn."
    spans = [(11, 13, "pct"), (17, 21, "money"), (11, 21, "both")]
    assert cut(text, 0, len(text), spans) == [
        ("Sales rose ", []), ("5%", ["pct", "both"]), (" to ", ["both"]), ("$2bn", ["money", "both"]), (".", [])]


def test_only_the_asked_stretch_is_cut_and_joined_back_it_is_the_text():
    text = "First sentence. Exports rose 5% in May. Last one."
    pieces = cut(text, 16, 39, [(29, 31, 1)])
    assert "".join(p for p, _ in pieces) == text[16:39]
    assert [p for p, marks in pieces if marks] == ["5%"]
