"""A non-editable install (`pip install .`, the README's first command) ships every package of the
source tree: a subpackage left out of pyproject's package list imports fine from a checkout and
fails only after a real install."""
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _declared(package: str, config: dict) -> bool:
    setuptools = config["tool"]["setuptools"]
    listed = setuptools.get("packages")
    if isinstance(listed, list):
        return package in listed
    find = (listed or {}).get("find") or setuptools.get("packages", {}).get("find") or {}
    return any(fnmatch(package, pattern) for pattern in find.get("include", ["*"])) and not any(
        fnmatch(package, pattern) for pattern in find.get("exclude", []))


def test_every_package_of_the_tree_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = [".".join(init.parent.relative_to(ROOT).parts)
                for top in ("extractor", "evaluation") for init in (ROOT / top).rglob("__init__.py")]
    assert "evaluation.consistency.checks" in packages
    missing = [p for p in packages if not _declared(p, config)]
    assert missing == []


def test_every_data_file_is_installed():
    """A data file the code reads (e.g. data/currency_table.json) matches pyproject's package-data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["extractor"]
    files = [p.relative_to(ROOT / "extractor").as_posix() for p in (ROOT / "extractor" / "data").iterdir() if p.is_file()]
    assert "data/currency_table.json" in files
    assert [f for f in files if not any(fnmatch(f, pattern) for pattern in patterns)] == []
