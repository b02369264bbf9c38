"""The offline place index: `Gazetteer.open().candidates("Gəncə")` -> [Place(Ganja, AZ), ...]."""

from gazetteer.errors import DumpFormatError, GazetteerError
from gazetteer.fold import fold
from gazetteer.index import Gazetteer
from gazetteer.place import Place

__all__ = ["DumpFormatError", "Gazetteer", "GazetteerError", "Place", "fold"]
