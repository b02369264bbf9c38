"""Where strikemap keeps its local files (gazetteer index, event store)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "STRIKEMAP_DATA"


def data_dir() -> Path:
    """The data directory: `$STRIKEMAP_DATA` if set, else `~/.local/share/strikemap`; created on demand."""
    root = os.environ.get(ENV_VAR)
    path = Path(root).expanduser() if root else Path.home() / ".local" / "share" / "strikemap"
    path.mkdir(parents=True, exist_ok=True)
    return path
