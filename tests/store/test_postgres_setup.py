"""What a user or CI sees when the database is not there: one clear line, never a password, never a traceback;
and a test run that cannot start its server says why."""

from __future__ import annotations

import pytest

from geo.cli import main
from geo.errors import InputError
from geo.store import open_store
from geo.store.base import redacted
from tests.store import pg_server as server_module


def test_an_unreachable_database_is_one_clear_line_without_the_password(capsys):
    url = "postgresql://analyst:s3cret@127.0.0.1:1/strikes"
    with pytest.raises(
        InputError, match=r"cannot open the event store at postgresql://analyst:\*\*\*@127.0.0.1:1/"
    ) as err:
        open_store(url)
    assert "s3cret" not in str(err.value) and "\n" not in str(err.value)
    assert main(["store", "info", "--db", url]) == 2
    assert "s3cret" not in capsys.readouterr().err
    assert redacted("postgresql://me@host/db") == "postgresql://me@host/db"


def test_no_postgis_installed_is_a_reason_to_install_it(monkeypatch):
    monkeypatch.setattr(server_module.glob, "glob", lambda pattern: [])
    with pytest.raises(server_module.ServerUnavailable, match="apt-get install postgresql postgis"):
        server_module.start_server()


def test_a_database_without_postgis_says_what_to_run(pg_server):
    """A database where the extension cannot be created (here: its files hidden by a user without rights)."""
    import psycopg

    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE plain")
        conn.execute("CREATE ROLE analyst LOGIN")
        conn.execute("ALTER DATABASE plain OWNER TO analyst")
    with pytest.raises(InputError, match=r"needs the PostGIS extension .*CREATE EXTENSION postgis"):
        open_store(f"postgresql://analyst@127.0.0.1:{pg_server.port}/plain")
