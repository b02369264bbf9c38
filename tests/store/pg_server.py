"""A throwaway PostgreSQL + PostGIS server for the store tests and benchmarks, from Debian's binaries
(`apt-get install postgresql postgis`): initdb into a temporary directory, pg_ctl start on a free local port, stop
and delete it afterwards. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(RuntimeError):
    """Why no server could be started (the message says what to install or run)."""


@dataclass
class Server:
    directory: Path
    bin_dir: Path
    port: int
    prefix: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        subprocess.run(
            [*self.prefix, str(self.bin_dir / "pg_ctl"), "-D", str(self.directory / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def postgis_bin_dir() -> Path:
    """The newest installed PostgreSQL whose share directory holds the PostGIS extension."""
    for bin_dir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        config = subprocess.run([f"{bin_dir}/pg_config", "--sharedir"], capture_output=True, text=True, check=False)
        if Path(config.stdout.strip(), "extension", "postgis.control").exists():
            return Path(bin_dir)
    raise ServerUnavailable(
        "no PostgreSQL with PostGIS under /usr/lib/postgresql (apt-get install postgresql postgis, "
        "or bash scripts/setup.sh --dev)"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(*, durable: bool = False) -> Server:
    """A running server with trust authentication for `postgres` on 127.0.0.1; raises ServerUnavailable. Tests
    run it without fsync (nothing to keep); benchmarks ask for `durable` to time what a real server does."""
    bin_dir = postgis_bin_dir()
    directory = Path(tempfile.mkdtemp(prefix="strikemap-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise ServerUnavailable("running as root and there is no `postgres` user to run the server") from exc
        os.chown(directory, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = directory / "data"
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
    _run(prefix, [*initdb, "--locale=C.UTF-8", "--no-sync"], directory)
    settings = "-c listen_addresses=127.0.0.1 -c max_connections=60"
    if not durable:
        settings += " -c fsync=off -c synchronous_commit=off"
    for attempt in range(3):  # another process may take the free port between finding it and binding it
        port = _free_port()
        options = f"-p {port} -k {directory} {settings}"
        start = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(directory / "server.log"), "-w", "-t", "60"]
        try:
            _run(prefix, [*start, "-o", options, "start"], directory, keep=attempt < 2)
            break
        except ServerUnavailable:
            if attempt == 2:
                raise
    return Server(directory, bin_dir, port, prefix)


def _run(prefix: list[str], command: list[str], directory: Path, *, keep: bool = False) -> None:
    """Run one server command; on failure remove the directory (unless it is to be retried) and say why."""
    done = subprocess.run([*prefix, *command], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        log = directory / "server.log"
        tail = log.read_text()[-500:] if log.exists() else ""
        if not keep:
            shutil.rmtree(directory, ignore_errors=True)
        raise ServerUnavailable(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout)[-500:]} {tail}")
