"""Commands on articles and report files: extract, events, map, export, places."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from geo.lexicon import available_languages


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


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract strike reports from articles into GeoJSON")
    p.add_argument("inputs", nargs="+", help=".txt, .html, .jsonl, a folder of these, or - for stdin")
    p.add_argument("-o", "--output", required=True, type=Path, help="output .geojson")
    p.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD (resolves 'Sunday night')")
    p.add_argument(
        "--lang", choices=("auto", *available_languages()), default="auto", help="article language (default: auto)"
    )
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
    p.add_argument(
        "--lang", choices=("auto", *available_languages()), default="auto", help="language when a line names none"
    )
    p.set_defaults(func=_cmd_places)
