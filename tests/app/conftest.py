"""Fixtures of the app's tests: a fresh data directory (in-process tests), a real `streamlit run app.py` on a free
port, and headless Debian Chromium with the network blocked (browser tests)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.store import STORE_FILE
from tests.app.browser_kit import open_browser, serve


@pytest.fixture
def data(gazetteer, tmp_path, monkeypatch) -> Path:
    """A fresh data directory holding only a link to the real gazetteer index."""
    for item in gazetteer.path.parent.iterdir():  # the index and whatever sits beside it (seal, imports)
        if not item.name.startswith(STORE_FILE):
            (tmp_path / item.name).symlink_to(item)
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path))
    return tmp_path


@pytest.fixture
def server(gazetteer, tmp_path) -> Iterator[tuple[str, Path]]:
    """`streamlit run app.py` on a free port with a fresh data directory; always stopped afterwards.

    The data directory links the index `gazetteer` has opened (and on a fresh machine built: a minute of CPU), so
    no server ever builds one while a test waits on it."""
    data = tmp_path / "data"
    data.mkdir()
    for item in gazetteer.path.parent.iterdir():  # the index and whatever sits beside it (seal, imports)
        if not item.name.startswith(STORE_FILE):
            (data / item.name).symlink_to(item)
    with serve(data, tmp_path / "streamlit.log") as url:
        yield url, data


@pytest.fixture
def page(chromium_path):
    with open_browser(chromium_path) as page:
        yield page


@pytest.fixture
def phone(chromium_path):
    """A page the size of a phone held upright (390 x 844 CSS pixels)."""
    with open_browser(chromium_path, 390, 844) as page:
        yield page
