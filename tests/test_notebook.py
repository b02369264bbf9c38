"""The GIS tour notebook runs from top to bottom (its own cells assert what they show), so it never rots."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "strike_reports.ipynb"


@pytest.mark.timeout(600)
def test_notebook_runs_end_to_end(gazetteer):  # the fixture builds the local index once if it is missing
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    printed = "".join(out.get("text", "") for out in outputs if out.output_type == "stream")
    assert "strike_reports.gpkg" in printed
    maps = [out for out in outputs if "folium.folium.Map" in out.get("data", {}).get("text/plain", "")]
    assert len(maps) == 2  # explore() and build_map() both drew a map


def test_notebook_is_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
