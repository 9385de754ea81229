"""The package type-checks under mypy --strict (settings in pyproject.toml), so CI keeps it so."""
from __future__ import annotations

from mypy import api

from conftest import ROOT


def test_the_package_passes_strict_type_checking() -> None:
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "src")])
    assert status == 0, out + err
