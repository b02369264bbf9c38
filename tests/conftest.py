"""Shared fixtures. Browser tests skip only when Chromium is absent and STRIKEMAP_REQUIRE_BROWSER is unset."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_configure(config: pytest.Config) -> None:
    """With test workers (pytest-xdist, `-n auto` in pyproject.toml), build the gazetteer once in the main process
    before they start, instead of in every worker at once."""
    if hasattr(config, "workerinput") or not config.getoption("numprocesses", default=None):
        return
    from gazetteer import Gazetteer

    Gazetteer.open().close()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    if os.environ.get("STRIKEMAP_REQUIRE_BROWSER") or os.environ.get("CI"):
        pytest.fail("Chromium is required for the browser tests here: run `bash scripts/setup.sh --dev`")
    pytest.skip("Chromium not installed (bash scripts/setup.sh --dev installs it)")


@pytest.fixture(scope="session")
def gazetteer():
    """The full local gazetteer (built once into $STRIKEMAP_DATA on first use, then reused)."""
    from gazetteer import Gazetteer

    return Gazetteer.open()


@pytest.fixture(scope="session")
def small_world():
    """A gazetteer of a few dozen hand-typed places (tests/fakes.py), for tests about logic rather than data."""
    from tests.fakes import small_world

    return small_world()
