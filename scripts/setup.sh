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
