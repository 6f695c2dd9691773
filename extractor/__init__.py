"""newsclaims: every numeric statement in a news article as a structured, checkable claim.

    >>> from extractor import extract
    >>> extract("Exports rose 23% to $6.16 billion in 2022.", published="2022-07-02")[0]["kind"]
    'percent'

The public names load spaCy on first use only, so ``extractor.contract`` and
``extractor.corpus`` stay light for the evaluation and consistency readers. spaCy finds
the ``newsclaims`` factory through the ``spacy_factories`` entry point.
"""
__all__ = ["extract", "extract_batch", "load_pipeline", "ClaimExtractor"]


def __getattr__(name):
    if name in ("extract", "extract_batch", "load_pipeline"):
        from extractor import api

        return getattr(api, name)
    if name in ("ClaimExtractor", "make_claim_extractor"):
        from extractor import component

        return getattr(component, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
