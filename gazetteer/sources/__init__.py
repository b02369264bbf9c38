"""Gazetteer sources: each module offers `records() -> Iterator[SourceRecord]`, like one geopy backend each."""

from __future__ import annotations

from dataclasses import dataclass

from gazetteer.place import Place


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One place, every name it is known by (its own name first) and, for a country, what its people are called.
    `vouched`: names the project's data gives it (`جنين`, Jenin, also a Persian word), kept even when they are
    everyday words somewhere; the reader of the text still gates them by frequency and context."""

    place: Place
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    vouched: tuple[str, ...] = ()
