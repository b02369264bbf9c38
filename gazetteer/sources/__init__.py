"""Gazetteer sources: each module offers `records() -> Iterator[SourceRecord]`, like one geopy backend each."""

from __future__ import annotations

from dataclasses import dataclass

from gazetteer.place import Place


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One place, every name it is known by (its own name first) and, for a country, what its people are called."""

    place: Place
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
