"""The currency table shipped in extractor/data/currency_table.json is the table Babel gives."""
import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from extractor import currencies

TODAY = dt.date.today()


def _unordered(t: currencies.Table) -> dict:
    """The table with the order of its candidate lists left out (Babel lists currencies as a set,
    so their order follows the hash seed)."""
    out = {}
    for name in currencies.TABLE_FIELDS:
        value = getattr(t, name)
        if isinstance(value, dict):
            value = {k: sorted(v) if isinstance(v, tuple) else v for k, v in value.items()}
        out[name] = value
    return out


def test_currency_table_shipped_is_read_today():
    """Fails when Babel, data/currencies.json or quantulum3's word list changed, or a country's
    currency changed since the file was made: run `python -m extractor.currencies` (with
    PYTHONHASHSEED=0, see the next test)."""
    assert currencies._shipped_table(TODAY) is not None


def test_currency_table_shipped_equals_babels():
    assert _unordered(currencies._shipped_table(TODAY)) == _unordered(currencies.build_table(TODAY))


def test_currency_table_shipped_in_babels_order_under_hash_seed_0():
    """Built from Babel in a process with PYTHONHASHSEED=0, the table is the shipped one, orders included."""
    code = ("import json, datetime as dt; from extractor import currencies as c; "
            "print(json.dumps(c.table_to_json(c.build_table(dt.date.today()), dt.date.today())['table']))")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    shipped = currencies.table_to_json(currencies._shipped_table(TODAY), TODAY)["table"]
    assert json.loads(out.stdout) == json.loads(json.dumps(shipped))


def test_currency_table_round_trips_through_json():
    built = currencies.build_table(TODAY)
    assert currencies.table_from_json(json.loads(json.dumps(currencies.table_to_json(built, TODAY)))) == built


def test_currency_table_not_read_when_sources_differ(monkeypatch):
    sources = currencies._table_sources()
    monkeypatch.setattr(currencies, "_table_sources", lambda: {**sources, "babel": "0.0"})
    assert currencies._shipped_table(TODAY) is None


def test_currency_table_not_read_outside_its_days():
    with open(os.path.join(os.path.dirname(currencies.__file__), "data", currencies.TABLE_FILE), encoding="utf-8") as f:
        since = json.load(f)["valid_from"]
    if since is None:
        pytest.skip("no change of currency before the file was made")
    assert currencies._shipped_table(dt.date.fromisoformat(since) - dt.timedelta(days=1)) is None


def test_currency_validity_spans_the_changes_around_a_day():
    # Croatia's kuna ended on 31 December 2022 (euro from 1 January 2023), by Babel's data.
    since, until = currencies._validity(dt.date(2022, 6, 1))
    assert since <= "2022-06-01" < until <= "2023-01-01"
    assert currencies._validity(dt.date(2023, 1, 1))[0] >= "2023-01-01"


def test_currency_table_falls_back_to_babel(monkeypatch):
    monkeypatch.setattr(currencies, "_shipped_table", lambda today: None)
    currencies.table.cache_clear()
    try:
        assert _unordered(currencies.table()) == _unordered(currencies.build_table(TODAY))
    finally:
        currencies.table.cache_clear()


@pytest.mark.parametrize("text", [
    "Canadian and Mexican exports to India rose; xIndia and .India are no names, India. is one.",
    "In South Korea, xSouth Korea and aKorea: only South Korea and Korea after a space count.",
    "Indian rupees, the Indians (not Indianapolis), Pakistan's and Nepal",
    "",
    "no names here at all",
])
def test_country_names_found_as_the_whole_pattern_finds_them(text):
    whole = [(m.span(), m.group(0)) for m in currencies._country_names().finditer(text)]
    assert [(m.span(), m.group(0)) for m in currencies.country_names_in(text)] == whole
    assert whole or "names" in text or not text
