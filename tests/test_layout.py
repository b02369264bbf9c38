"""The code's layout is a contract: imports run one way (pyproject.toml's import-linter contracts). These tests run
the linter on the project, and on a copy with one import pointing back up, which it must refuse."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(where: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT), "--no-cache", str(where / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=where,
        env={"PYTHONPATH": str(where), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


def test_imports_run_one_way():
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.parametrize(
    "module, back_import",
    [
        ("geo/text/document.py", "import geo.extract.pipeline"),  # an early stage reaching a later one
        ("geo/render/maps.py", "from geo.io.writers import write_html"),  # the cycle the layout removed
        ("gazetteer/place.py", "import geo.model"),  # the gazetteer knowing of articles
        ("geo/frame.py", "import streamlit"),  # the pipeline knowing of the app
        ("geo/render/maps.py", "from webapp.components.candidates import place_label"),  # geo reaching up to the app
        ("gazetteer/index.py", "import webapp.resources"),  # the gazetteer reaching up to the app
    ],
)
def test_an_import_running_back_up_is_refused(tmp_path, module, back_import):
    for package in ("webapp", "geo", "gazetteer"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__", "*.csv"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / module).open("a", encoding="utf-8") as source:
        source.write(f"\n{back_import}\n")
    done = lint(tmp_path)
    assert done.returncode != 0 and "BROKEN" in done.stdout, done.stdout + done.stderr
