"""The offline place index: `Gazetteer.open().candidates("Gəncə")` -> [Place(Ganja, AZ), ...]."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Eager: the function shadows its submodule of the same name, which importing the submodule would bind here.
from gazetteer.fold import fold

if TYPE_CHECKING:
    from gazetteer.errors import DumpFormatError, GazetteerError
    from gazetteer.index import Gazetteer
    from gazetteer.place import Place

__all__ = ["DumpFormatError", "Gazetteer", "GazetteerError", "Place", "fold"]
_HOMES = {
    "DumpFormatError": "gazetteer.errors",
    "GazetteerError": "gazetteer.errors",
    "Gazetteer": "gazetteer.index",
    "Place": "gazetteer.place",
}


def __getattr__(name: str) -> object:
    """Load a name's module on first use: the app's first page needs `gazetteer.datadir`, not the index and geopy."""
    if name not in _HOMES:
        raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
