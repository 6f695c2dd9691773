"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
import pytest


@pytest.fixture(scope="session")
def nlp():
    from extractor import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def claims_of(nlp):
    """claims_of(text, published=None) -> list of claim dicts."""
    from extractor import extract

    def run(text, published=None):
        return extract(text, published=published)

    return run
