"""`python -m geo ...`: extract, map, export, evaluate. User mistakes exit 2 with one line on stderr."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

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
"""


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from exc


def _cmd_extract(args: argparse.Namespace) -> int:
    from geo.extract.pipeline import extract_articles
    from geo.frame import reports_to_frame
    from geo.io.inputs import read_articles, warn_stderr
    from geo.io.writers import write_geojson

    articles = read_articles(args.inputs, args.published, warn_stderr)
    reports = extract_articles(articles, lang=args.lang, warn=warn_stderr)
    events = []
    if args.events:
        from geo.events.group import build_events, with_events

        events = build_events(reports)
        reports = with_events(reports, events)
    frame = reports_to_frame(reports)
    write_geojson(frame, args.output)
    print(f"{len(reports)} reports written to {args.output}", file=sys.stderr)
    if args.events:
        from geo.io.event_files import write_events

        write_events(events, frame, args.events)
        print(f"{len(events)} events written to {args.events}", file=sys.stderr)
    return 0


def _cmd_map(args: argparse.Namespace) -> int:
    from geo.frame import read_geojson
    from geo.io.writers import write_html

    write_html(read_geojson(args.input), args.output)
    print(f"map written to {args.output}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from geo.frame import read_geojson
    from geo.io.writers import export_frame

    export_frame(read_geojson(args.input), args.output)
    print(f"written {args.output}", file=sys.stderr)
    return 0


def _cmd_events(args: argparse.Namespace) -> int:
    from geo.events.group import build_events, with_events
    from geo.frame import frame_to_reports, read_geojson, reports_to_frame
    from geo.io.event_files import write_events

    reports = [r for path in args.inputs for r in frame_to_reports(read_geojson(path))]
    events = build_events(reports)
    write_events(events, reports_to_frame(with_events(reports, events)), args.output)
    print(f"{len(events)} events from {len(reports)} reports written to {args.output}", file=sys.stderr)
    return 0


def _cmd_places(args: argparse.Namespace) -> int:
    from geo.io.inputs import warn_stderr
    from geo.io.places import write_places

    count = write_places(args.inputs, args.output, jsonl=args.jsonl, lang=args.lang, warn=warn_stderr)
    print(f"{count} documents written to {args.output}", file=sys.stderr)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from geo.evaluation.geoparse import corpus_files, evaluate_geoparse
    from geo.evaluation.score import evaluate_corpus

    corpora = corpus_files(Path(args.gold_dir))
    if corpora:
        return evaluate_geoparse(corpora, min_f1=args.min_f1, min_acc161=args.min_acc161, as_json=args.json)
    return evaluate_corpus(
        Path(args.gold_dir),
        min_f1=args.min_f1,
        min_claimant_accuracy=args.min_claimant_accuracy,
        as_json=args.json,
        languages=tuple(args.lang or ()),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m geo",
        description="Turn news articles about strikes into claim-aware, geocoded reports and maps.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract strike reports from articles into GeoJSON")
    p.add_argument("inputs", nargs="+", help=".txt, .html, .jsonl, a folder of these, or - for stdin")
    p.add_argument("-o", "--output", required=True, type=Path, help="output .geojson")
    p.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD (resolves 'Sunday night')")
    p.add_argument("--lang", choices=("auto", "id", "en"), default="auto", help="article language (default: auto)")
    p.add_argument("--events", type=Path, help="also group the reports into events: .geojson, .gpkg or .csv")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("events", help="group reports from any number of articles into events (one per strike)")
    p.add_argument("inputs", nargs="+", type=Path, help="strike-report .geojson files")
    p.add_argument("-o", "--output", required=True, type=Path, help="output .geojson, .gpkg or .csv")
    p.set_defaults(func=_cmd_events)

    p = sub.add_parser("map", help="write a self-contained HTML map that renders with no network")
    p.add_argument("input", type=Path, help="strike-report .geojson")
    p.add_argument("-o", "--output", required=True, type=Path, help="output .html")
    p.set_defaults(func=_cmd_map)

    p = sub.add_parser("export", help="convert reports to .geojson, .gpkg, .csv, .html or .png")
    p.add_argument("input", type=Path, help="strike-report .geojson")
    p.add_argument("-o", "--output", required=True, type=Path, help="output file; format from its extension")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("places", help="every toponym of each text, with offsets and coordinates, as JSON lines")
    p.add_argument("inputs", nargs="*", help="text or HTML files (one document each)")
    p.add_argument("--jsonl", type=Path, help='JSON lines of {"id", "text"} (optional "lang", "published")')
    p.add_argument("-o", "--output", required=True, type=Path, help="output .jsonl (- for stdout)")
    p.add_argument("--lang", choices=("auto", "id", "en"), default="auto", help="language when a line names none")
    p.set_defaults(func=_cmd_places)

    p = sub.add_parser("evaluate", help="score extraction against *.gold.json files or geoparsing corpora")
    p.add_argument(
        "gold_dir",
        nargs="?",
        default="../shared/corpus",
        help="folder searched for *.gold.json, or a geoparsing corpus (.xml, or a folder of them)",
    )
    p.add_argument("--min-f1", type=float, default=0.0, help="exit 1 if total location (or recognition) F1 is below")
    p.add_argument("--min-acc161", type=float, default=0.0, help="geoparsing: exit 1 if any corpus's Acc@161 is below")
    p.add_argument("--lang", action="append", help="only the gold files in this language (repeatable)")
    p.add_argument(
        "--min-claimant-accuracy", type=float, default=0.0, help="exit 1 if claimant-country accuracy is below this"
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON instead of text")
    p.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
