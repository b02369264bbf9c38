"""The store tests run on both backends: SQLite in a temporary file, PostgreSQL + PostGIS on a throwaway server
(tests/store/pg_server.py). Without the server's packages the PostgreSQL half skips and says why; with
STRIKEMAP_REQUIRE_DB=1 (CI) it fails instead."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator

import pytest

from geo.store import open_store
from tests.store.pg_server import Server, ServerUnavailable, start_server

TEMPLATE = "strikemap_template"
_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    try:
        server = start_server()
    except ServerUnavailable as exc:
        if os.environ.get("STRIKEMAP_REQUIRE_DB") or os.environ.get("CI"):
            pytest.fail(f"PostgreSQL + PostGIS is required for the store tests here: {exc}")
        pytest.skip(f"PostgreSQL + PostGIS server could not start: {exc}")
    try:
        import psycopg

        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {TEMPLATE}")
        open_store(server.url(TEMPLATE)).close()  # PostGIS and the schema once; each test copies the template
        yield server
    finally:
        server.stop()


def new_database(server: Server) -> str:
    """A fresh, migrated database's URL (a copy of the template: milliseconds, where PostGIS takes a second)."""
    import psycopg

    name = f"test_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> str:
    """A URL of an empty store on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'events.sqlite'}"
    return new_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def opener(store_url) -> Iterator[Callable]:
    """Opens the test's store (as many times as a test wants: two tabs, a restart), closing them all afterwards."""
    opened = []

    def open_():
        store = open_store(store_url)
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def store(opener):
    return opener()
