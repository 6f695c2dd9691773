"""Tests for the checker's settings (one dataclass passed in, every field reachable from the
command line) and for ``Finding`` in the contract. Every sentence is invented."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from evaluation import facts
from evaluation.consistency import DEFAULTS, Settings, run_checks_on
from extractor.contract import Claim, Finding
from claim_factory import make_claim

ROOT = Path(__file__).resolve().parent.parent
FY23 = ("FY23", "2022-07-01", "2023-06-30")


def two_outlets(a_value, b_value, **fields):
    a = make_claim("a", 10, f"${a_value} billion", a_value * 1e9, period=FY23, metric="remittances",
                   subject="Pakistan", **fields)
    b = make_claim("b", 10, f"${b_value} billion", b_value * 1e9, period=FY23, metric="remittances",
                   subject="Pakistan", **fields)
    return [Claim.from_dict(a), Claim.from_dict(b)]


def test_defaults_are_the_old_constants_and_values_are_typed():
    assert DEFAULTS.max_slip_ratio == 1.2 and DEFAULTS.rounding == "round_or_truncate"
    chosen = DEFAULTS.with_values({"max-slip-ratio": "2", "neighbour_gap": "5", "cross_source": "undetermined"})
    assert (chosen.max_slip_ratio, chosen.neighbour_gap, chosen.cross_source) == (2.0, 5, "undetermined")
    with pytest.raises(ValueError, match="unknown setting"):
        DEFAULTS.with_values({"no_such_thing": "1"})
    with pytest.raises(ValueError, match="not a int"):
        DEFAULTS.with_values({"neighbour_gap": "wide"})
    with pytest.raises(ValueError, match="unknown rounding"):
        Settings(rounding="sometimes")


def test_a_setting_passed_in_changes_the_verdict():
    claims = two_outlets(2.0, 2.6)  # 1.3x apart: two facts more likely than one misreported
    assert [f.verdict for f in run_checks_on(claims)] == ["undetermined"]
    loose = Settings(max_slip_ratio=1.5)
    assert [f.verdict for f in run_checks_on(claims, settings=loose)] == ["inconsistent"]
    # rounding as an argument still overrides the settings' rounding
    close = two_outlets(2.1, 2.15)
    assert [f.verdict for f in run_checks_on(close, settings=Settings(rounding="exact"))] == ["inconsistent"]
    assert [f.verdict for f in run_checks_on(close, rounding="round_or_truncate", settings=Settings(rounding="exact"))] \
        == ["consistent"]


def test_fact_identity_thresholds_hold_for_one_run_only():
    a = make_claim("a", 10, "$2 billion", 2e9, period=FY23, metric="remittances", subject="Pakistan")
    b = make_claim("b", 10, "$2 billion", 2e9, period=FY23, metric="remitances", subject="Pakistan")
    claims = [Claim.from_dict(a), Claim.from_dict(b)]
    assert [f.check for f in run_checks_on(claims)] == ["same_fact"]  # one spelling variant
    assert run_checks_on(claims, settings=Settings(spelling_match=99)) == []
    assert facts.same_measure(facts.measure("remittances"), facts.measure("remitances")) is True  # reset after
    with facts.limits(spelling_match=99):
        assert facts.same_measure(facts.measure("remittances"), facts.measure("remitances")) is False


def test_finding_round_trips_through_the_contract():
    f = Finding("same_fact:a:1-2+b:3-4", "same_fact", "inconsistent", ("a:1-2", "b:3-4"), 2.0, 2.6, "why")
    assert Finding.from_dict(json.loads(json.dumps(f.to_dict()))) == f


def _cli_lines(tmp_path, command, read, *extra):
    """Run ``newsclaims COMMAND`` on two outlets' figures 1.3x apart; ``read`` of each output line."""
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c.to_dict()) + "\n" for c in two_outlets(2.0, 2.6)))
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "extractor.cli", command, str(path), "--force", "-o", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        return done
    return [read(json.loads(line)) for line in out.read_text().splitlines()]


@pytest.mark.parametrize("command, read, apart, together", [
    ("check", lambda f: f["verdict"], ["undetermined"], ["inconsistent"]),
    ("series", lambda r: len(r["reports"]), [1, 1], [2]),
])
def test_cli_set_reaches_the_checker_and_the_series(tmp_path, command, read, apart, together):
    assert _cli_lines(tmp_path, command, read) == apart
    assert _cli_lines(tmp_path, command, read, "--set", "max_slip_ratio=1.5") == together
    bad = _cli_lines(tmp_path, command, read, "--set", "slip=2")
    assert bad.returncode == 1 and "unknown setting" in bad.stderr


def test_series_rows_follow_the_slip_setting():
    from evaluation.series import build_series

    claims = two_outlets(2.0, 2.6)  # 1.3x apart: by default two facts, each its own row
    assert [len(r["reports"]) for r in build_series(claims)] == [1, 1]
    loose = build_series(claims, settings=Settings(max_slip_ratio=1.5))
    assert [len(r["reports"]) for r in loose] == [2] and loose[0]["conflict"]


def test_cli_run_refuses_a_bad_setting_before_extracting(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Exports rose 5% to $2 billion in 2023."}) + "\n")
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "run", str(corpus), "-o", str(tmp_path / "out"),
                           "--set", "slip=2"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1 and "unknown setting" in done.stderr
    assert not (tmp_path / "out" / "claims.jsonl").exists()
