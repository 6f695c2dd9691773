"""The spaCy component: ``nlp.add_pipe("newsclaims")`` writes claims to ``doc.spans["newsclaims"]``.

Each span's label is the claim kind and ``span._.claim`` its contract dict; ``doc._.claims``
holds all of them as plain dicts, which survive ``n_process > 1`` and DocBin. Set
``doc._.article_id`` and ``doc._.published`` before the component runs to get real
claim ids and resolved relative periods (the batch API does this).
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.claims import claims_from_doc

SPANS_KEY = "newsclaims"


def _register_extensions() -> None:
    for name, default in (("article_id", None), ("published", None), ("published_inferred", False), ("claims", None)):
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
        self.name = name
        self.spans_key = spans_key
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        article_id = doc._.article_id or "doc"
        claims = claims_from_doc(doc, article_id, doc._.published, doc._.published_inferred)
        dicts = [c.to_dict() for c in claims]
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


@Language.component("newsclaims_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence ("Also Read: ..." lines, headlines); the parser keeps these starts."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@Language.factory("newsclaims", assigns=["doc.spans", "doc._.claims"], requires=["token.dep", "token.ent_type", "doc.sents"],
                  default_config={"spans_key": SPANS_KEY})
def make_claim_extractor(nlp: Language, name: str, spans_key: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name, spans_key)


_register_extensions()
