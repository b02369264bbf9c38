"""User-supplied GeoNames dumps (allCountries.zip, AZ.zip, or the plain .txt): parsed, kept in the data dir."""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from gazetteer.datadir import data_dir
from gazetteer.errors import DumpFormatError
from gazetteer.place import Place
from gazetteer.sources import SourceRecord
from gazetteer.sources.countries import country_areas_km2, radius_for_area
from gazetteer.sources.names import worth_indexing
from gazetteer.sources.subdivisions import typical_radius_km

COLUMNS = 19
# What is worth a place in a strike gazetteer: every admin area (A), populated place (P) and region (L); of spots,
# terrain and water only what strike reports name (airfields, bases, plants, dams, bridges, ports, camps, heights,
# passes, islands, seas, rivers), so that allCountries.zip stays buildable.
KEPT_CLASSES = frozenset("APL")
KEPT_CODES = frozenset(
    {
        "AIRB",
        "AIRF",
        "AIRH",
        "AIRP",
        "MILB",
        "NVB",
        "INSM",
        "PS",
        "PSH",
        "PSN",
        "DAM",
        "BDG",
        "PRT",
        "PIER",
        "RSTN",
        "HSP",
        "CMP",
        "CMPRF",
        "FT",
        "CSTL",
        "PP",
        "PRN",
        "OILR",
        "OILT",
        "MT",
        "MTS",
        "HLL",
        "HLLS",
        "PASS",
        "PEN",
        "ISL",
        "ISLS",
        "CAPE",
        "PLAT",
        "STRT",
        "GULF",
        "BAY",
        "SEA",
        "LK",
        "RSV",
        "CNL",
        "STM",
    }
)
SOURCE = "geonames-dump"
# Dumps carry no areas: a typical radius per feature code so that maps still draw an honest circle (km).
TYPICAL_RADIUS_KM = {"ADM1": 100.0, "ADM2": 25.0, "ADM3": 10.0, "ADM4": 5.0, "ADMD": 25.0, "RGN": 50.0,
                     "RGNE": 50.0, "AREA": 10.0, "PEN": 30.0, "ISL": 5.0, "ISLS": 15.0, "MTS": 30.0,
                     "SEA": 300.0, "GULF": 100.0, "BAY": 15.0, "STRT": 20.0, "LK": 10.0, "STM": 50.0}  # fmt: skip


def imports_dir() -> Path:
    """Where imported dumps are kept (filtered, gzipped) so that every later `build` includes them."""
    path = data_dir() / "geonames-imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _open_lines(path: Path) -> Iterator[str]:
    """Lines of a plain, gzipped or zipped dump (the zip's .txt member that is not a readme); a damaged archive (an
    interrupted download) is a DumpFormatError, never a traceback."""
    if path.suffix.lower() == ".zip" and not zipfile.is_zipfile(path):
        raise DumpFormatError(f"{path}: not a readable zip archive (an incomplete download?); download it again")
    try:
        yield from _archive_lines(path)
    except (zipfile.BadZipFile, zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise DumpFormatError(f"{path}: damaged archive ({exc}); download it again") from None


def _archive_lines(path: Path) -> Iterator[str]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if len(members) != 1:
                raise DumpFormatError(f"{path}: expected one GeoNames .txt file in the zip, found {members or 'none'}")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
        return
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        yield from handle


def parse_line(line: str) -> SourceRecord | None:
    """One 19-column GeoNames row as a record, or None for features we do not keep."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) != COLUMNS:
        raise ValueError(f"{len(cols)} columns")
    gid, name, _ascii, alternates, lat, lon, fclass, fcode, cc, _cc2, adm1 = cols[:11]
    if fclass not in KEPT_CLASSES and fcode not in KEPT_CODES:
        return None
    try:
        geonameid, latitude, longitude, population = int(gid), float(lat), float(lon), int(cols[14] or 0)
    except ValueError:
        raise ValueError("geonameid, latitude, longitude or population is not a number") from None
    place = Place(
        id=f"geonames:{geonameid}",
        name=name,
        lat=latitude,
        lon=longitude,
        feature_class=fclass,
        feature_code=fcode or None,
        country_code=cc or None,
        admin1=adm1 or None,
        population=population,
        source=SOURCE,
        radius_km=_radius_km(fcode, cc),
    )
    names = [name, *(n for n in alternates.split(",") if n and n != name and worth_indexing(n))]
    return SourceRecord(place, tuple(names))


def _radius_km(feature_code: str, country_code: str) -> float | None:
    """A country's radius from its area, ADM1/ADM2 from the country's area shared among its ISO 3166-2 peers, other
    areas from TYPICAL_RADIUS_KM; points (towns, bases) none."""
    if feature_code.startswith("PCL"):
        area = country_areas_km2().get(country_code)
        return radius_for_area(area) if area else None
    if feature_code in {"ADM1", "ADM2"} and (radius := typical_radius_km(country_code, feature_code == "ADM1")):
        return radius
    return TYPICAL_RADIUS_KM.get(feature_code)


def _kept_lines(path: Path) -> Iterator[tuple[str, SourceRecord]]:
    """(line, record) for each row kept; a file that is not a GeoNames dump fails on its first line, clearly."""
    for number, line in enumerate(_open_lines(path), start=1):
        if not line.strip():
            continue
        try:
            record = parse_line(line)
        except ValueError as exc:
            raise DumpFormatError(
                f"{path}: line {number} is not a GeoNames row ({exc}); expected the 19-column tab-separated format"
            ) from None
        if record is not None:
            yield line, record


def read_dump(path: Path) -> Iterator[SourceRecord]:
    """Records of a dump."""
    for _, record in _kept_lines(path):
        yield record


def import_dump(path: Path) -> tuple[Path, int]:
    """Validate and copy the kept rows of a dump into the data dir; returns (stored file, rows kept)."""
    if path.is_dir():
        raise DumpFormatError(f"{path} is a folder: give the dump file inside it (e.g. AZ.zip or allCountries.zip)")
    if not path.is_file():
        raise DumpFormatError(f"{path}: no such file")
    stem = path.name.split(".")[0]
    target = imports_dir() / f"{stem}.txt.gz"
    tmp = target.with_name(f".{target.name}.tmp")
    kept = 0
    try:
        with gzip.open(tmp, "wt", encoding="utf-8") as out:
            for line, _ in _kept_lines(path):
                out.write(line if line.endswith("\n") else line + "\n")
                kept += 1
        if kept == 0:
            raise DumpFormatError(f"{path}: no GeoNames rows found")
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target, kept


def imported_records() -> Iterator[SourceRecord]:
    """Every dump imported so far, in name order (a later import of the same file replaces the earlier one)."""
    for stored in sorted(imports_dir().glob("*.txt.gz")):
        yield from read_dump(stored)
