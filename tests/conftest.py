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


# Hypothesis: 300 examples a property in the normal run; HYPOTHESIS_PROFILE=deep for 5,000.
import os  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
