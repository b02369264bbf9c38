"""`python -m geo ...`: one module per family of commands, each adding its subcommands with `register(sub)`.

User mistakes exit 2 with one line on stderr.
"""

from __future__ import annotations

import argparse
import sys

from geo.cli import evaluate, ingest, reports, store
from geo.errors import InputError

EPILOG = """examples:
  python -m geo extract article.txt -o reports.geojson --published 2020-10-05
  python -m geo extract corpus/ -o reports.geojson
  python -m geo map reports.geojson -o map.html
  python -m geo export reports.geojson -o reports.gpkg
  python -m geo evaluate ../shared/corpus
  python -m geo places --jsonl docs.jsonl -o places.jsonl
  python -m geo events a.geojson b.geojson -o events.geojson
  python -m geo evaluate ../shared/dev/geoparse
  python -m geo ingest corpus/ --out corpus-out/
  python -m geo store copy sqlite:///events.sqlite postgresql://me@dbhost:5432/strikes
"""

COMMAND_MODULES = (reports, evaluate, ingest, store)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m geo",
        description="Turn news articles about strikes into claim-aware, geocoded reports and maps.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
