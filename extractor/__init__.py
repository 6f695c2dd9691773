"""newsclaims: every numeric statement in a news article as a structured, checkable claim.

    >>> from extractor import extract
    >>> extract("Exports rose 23% to $6.16 billion in 2022.", published="2022-07-02")[0]["kind"]
    'percent'

Importing the package registers the spaCy factory ``newsclaims``.
"""
from extractor.api import extract, extract_batch, load_pipeline  # noqa: F401
from extractor.component import ClaimExtractor, make_claim_extractor  # noqa: F401

__all__ = ["extract", "extract_batch", "load_pipeline", "ClaimExtractor"]
