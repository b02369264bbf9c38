"""strikemap's article-to-map pipeline, arranged by stage: text, extract, frame, render, io, store, evaluation.

`geo.places(text, lang="auto")` gives every toponym of a text with its offsets and place (see `geo.extract.toponyms`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.toponyms import Toponym, places

__all__ = ["Toponym", "places"]


def __getattr__(name: str) -> object:
    """Load extraction on first use: `import geo.errors` (the app's first page) stays light."""
    if name in __all__:
        from geo.extract import toponyms

        return getattr(toponyms, name)
    raise AttributeError(f"module 'geo' has no attribute {name!r}")
