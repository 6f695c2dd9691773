"""Score a predicted claims file against gold (``newsclaims evaluate``, ``run --gold``).

:func:`evaluate` returns the scores dict and the unusable lines; the command line
(``extractor/cli.py``) prints and writes them. Importing this module is light: no
spaCy, no matplotlib (the spaCy baseline is imported only with ``baselines``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extractor.errors import InputError, NewsclaimsError
from evaluation.gold import read_claims, read_texts
from evaluation.matching import DEFAULT_POLICY, POLICIES
from evaluation.splits import SPLITS


@dataclass
class Evaluation:
    """The scores dict and every unusable input line as ``FILE:LINE: reason``."""

    scores: dict
    problems: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # per input file: lines read = used + bad


def evaluate(gold: str | Path, pred: str | Path, corpus: str | Path | None = None,
             policy: str = DEFAULT_POLICY, baselines: bool = False, split: Optional[str] = None) -> Evaluation:
    """Score the claims in ``pred`` against ``gold``.

    gold (str | Path): gold claims JSONL.
    pred (str | Path): predicted claims JSONL, or ``-`` for stdin.
    corpus (str | Path | None): the articles (JSONL or a .txt directory). With it, offsets and
        surfaces are checked against the text and the error list quotes sentences.
        Defaults to None.
    policy (str): matching policy, ``overlap`` or ``exact``. Defaults to ``overlap``.
    baselines (bool): also score the quantulum3 and spaCy NER baselines (needs ``corpus``).
        Defaults to False.
    split (str | None): score only the articles of this split of the South Asian gold
        (``dev`` or ``check``, :mod:`evaluation.splits`). Defaults to None (every article).
    RAISES (NewsclaimsError): a bad option. RAISES (InputError): a file that cannot be read at
        all, or no usable gold claims / predictions in it (``problems`` lists the bad lines).
    """
    from evaluation.scoring import score

    if policy not in POLICIES:
        raise NewsclaimsError(f"unknown --policy {policy!r}; use one of: {', '.join(POLICIES)}")
    if split is not None and split not in SPLITS:
        raise NewsclaimsError(f"unknown --split {split!r}; use one of: {', '.join(SPLITS)}")
    if baselines and corpus is None:
        raise NewsclaimsError("--baselines needs --corpus: the baselines read the article texts")
    texts, problems = read_texts(corpus) if corpus is not None else (None, [])
    gold_file = read_claims(gold, texts)
    pred_file = read_claims(pred, texts)
    problems += [str(p) for p in gold_file.problems + pred_file.problems]
    if not gold_file.claims:
        why = "every line is malformed" if gold_file.problems else "the file is empty"
        raise InputError(f"{gold}: no usable gold claims ({why})", problems)
    # An empty prediction file is a valid answer (nothing found); one with only bad lines is not.
    if pred_file.problems and not pred_file.claims:
        raise InputError(f"{pred}: no usable predicted claims (every line is malformed)", problems)
    gold_claims, pred_claims = gold_file.claims, pred_file.claims
    if split is not None:
        keep = set(SPLITS[split])
        gold_claims = [c for c in gold_claims if c.article_id in keep]
        pred_claims = [c for c in pred_claims if c.article_id in keep]
    scores = score(gold_claims, pred_claims, policy, texts)
    accounts = [f"{f.path}: {f.lines} lines read: {len(f.claims)} claims used, {len(f.problems)} bad"
                for f in (gold_file, pred_file)]
    if baselines:
        from evaluation.baselines import run_baselines

        scores["baselines"] = run_baselines(texts, gold_claims, policy)
    return Evaluation(scores, problems, accounts)
