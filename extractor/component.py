"""The spaCy component: ``nlp.add_pipe("newsclaims")`` writes claims to ``doc.spans["newsclaims"]``.

Each span's label is the claim kind and ``span._.claim`` its contract dict; ``doc._.claims``
holds all of them as plain dicts, which survive ``n_process > 1`` and DocBin. Set
``doc._.article_id``, ``doc._.published``, ``doc._.title``, ``doc._.url`` and ``doc._.outlet`` before the
component runs to get real claim ids, resolved relative periods and the headline's help
with subjects (:func:`extractor.api.prepare_doc` does this for a corpus record).

One extraction path: the component takes the same pieces of the text as the batch API
(:func:`extractor.api.article_pieces`), parses each on its own with the pipeline's own
components upstream of it (called one by one, with the line-break sentence rule before the
parser), and calls the same entry point, :func:`extractor.api.claims_of_article`. So
``nlp(text)`` gives the claims ``newsclaims extract`` gives, at the cost of parsing the
numeric sentences a second time (the whole-Doc parse upstream is not what the claims read).
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.context import Part

SPANS_KEY = "newsclaims"


def _register_extensions() -> None:
    for name, default in (("article_id", None), ("published", None), ("published_inferred", False), ("title", None),
                          ("url", None), ("outlet", None), ("claims", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("claim"):
        Span.set_extension("claim", getter=_claim_of_span)


def _claim_of_span(span: Span) -> Optional[dict]:
    for claim in span.doc._.claims or []:
        q = claim["quantity"]
        if q["start"] == span.start_char and q["end"] == span.end_char:
            return claim
    return None


class ClaimExtractor:
    """Finds claims in a parsed Doc (needs a parser and NER upstream, e.g. en_core_web_sm)."""

    def __init__(self, nlp: Language, name: str = "newsclaims", spans_key: str = SPANS_KEY):
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        _register_extensions()

    def upstream(self) -> list[Callable[[Doc], Doc]]:
        """The pipeline's enabled components before this one, in order, with the line-break
        sentence rule (:func:`paragraph_sentences`) before the parser when the pipeline lacks it:
        the components the batch API parses with (extractor.pipeline.load_pipeline)."""
        names = [name for name, _ in self.nlp.pipeline]
        before = names[:names.index(self.name)] if self.name in names else names
        procs = [(name, self.nlp.get_pipe(name)) for name in before]
        if "newsclaims_paragraphs" not in before:
            at = before.index("parser") if "parser" in before else 0
            procs.insert(at, ("newsclaims_paragraphs", paragraph_sentences))
        return [proc for _, proc in procs]

    def parts_of(self, text: str) -> list[Part]:
        """The article's pieces (as the batch API cuts them), each parsed on its own by the upstream components."""
        from extractor.api import article_pieces

        pieces = article_pieces(text)
        docs = [self.nlp.make_doc(text[start:end]) for start, end in pieces]
        for proc in self.upstream():  # one by one, each over all the pieces in one batch
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return [Part(start, d) for (start, _), d in zip(pieces, docs) if len(d)]

    def __call__(self, doc: Doc) -> Doc:
        from extractor.api import claims_of_article, fields_of_doc

        dicts = claims_of_article(fields_of_doc(doc), self.parts_of(doc.text))
        doc._.claims = dicts
        spans = []
        for claim in dicts:
            q = claim["quantity"]
            span = doc.char_span(q["start"], q["end"], label=claim["kind"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    # The component keeps no state of its own: the lexicons ship with the package.
    def to_disk(self, path, exclude=tuple()):
        pass

    def from_disk(self, path, exclude=tuple()):
        return self

    def to_bytes(self, exclude=tuple()):
        return b""

    def from_bytes(self, data, exclude=tuple()):
        return self


_HOLDS_LINE_BREAK: dict[int, bool] = {}  # a token's ORTH id -> whether its text holds a line break


@Language.component("newsclaims_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence ("Also Read: ..." lines, headlines); the parser keeps these starts.
    (A token's whitespace is one space or none, so only token texts can hold a line break; they are
    read by ORTH id, each id's string looked at once.)"""
    if len(doc) < 2:
        return doc
    strings, known = doc.vocab.strings, _HOLDS_LINE_BREAK
    scale_ends = {strings.add(word) for word in _SCALE_WITH_STOP}
    for i, orth in enumerate(doc.to_array(ORTH)[:-1].tolist()):
        breaks = known.get(orth)
        if breaks is None:
            if len(known) >= 100_000:
                known.clear()
            breaks = known[orth] = "\n" in strings[orth]
        if breaks or (orth in scale_ends and i > 0 and doc[i - 1].like_num and doc[i + 1].is_title):
            doc[i + 1].is_sent_start = True
    return doc


# "profits fell to £3.7m. Sales rose": spaCy's tokenizer keeps "m." whole as an abbreviation (its
# exceptions for single letters), so the full stop after a scale letter ends no sentence for the
# parser; after a number and before a capital it does.
_SCALE_WITH_STOP = ("m.", "k.", "p.")


@Language.factory("newsclaims", assigns=["doc.spans", "doc._.claims"], requires=["token.dep", "token.ent_type", "doc.sents"],
                  default_config={"spans_key": SPANS_KEY})
def make_claim_extractor(nlp: Language, name: str, spans_key: str) -> ClaimExtractor:
    from extractor.pipeline import tune_tokenizer

    tune_tokenizer(nlp)  # the tokenizer exceptions load_pipeline sets: one output on both paths
    return ClaimExtractor(nlp, name, spans_key)


_register_extensions()
