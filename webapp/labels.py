"""Friendly names for what the data stores as codes (`drone_strike`, `AM`), the same in the sidebar, the tables, the
feed and the charts as in the map's legend."""

from __future__ import annotations

from functools import cache

from geo.render.symbology import side_label


@cache
def _country_names() -> dict[str, str]:
    from geo.render.basemap import country_names

    return {str(code): str(name) for code, name in country_names().items()}


def words(value: object) -> str:
    """A stored code as words: `drone_strike` -> `drone strike`, nothing -> `unknown`."""
    return str(value).replace("_", " ") if value else "unknown"


def side_name(side: str) -> str:
    """A claimant side by name: `Armenia`, `Media / witness`, `Unknown claimant`."""
    label = side_label(side, _country_names())
    return label.split(" (")[0] if len(side) == 2 else label


def country_label(code: object) -> str:
    """A country code by name (`AZ` -> `Azerbaijan`); anything else as words."""
    text = str(code) if code else ""
    return _country_names().get(text.upper(), words(text)) if len(text) == 2 else words(text)
