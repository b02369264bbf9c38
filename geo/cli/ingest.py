"""`python -m geo ingest`: a corpus (folders, dumps, feeds, web archives) to partitioned GeoParquet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.lexicon import available_languages

EXAMPLES = """examples:
  python -m geo ingest articles/ --out corpus/
  python -m geo ingest dump.jsonl.zst news.csv --text-col body --date-col date --out corpus/ --geojson
  python -m geo ingest crawl.warc.gz --out corpus/ --scheduler tcp://10.0.0.5:8786
  python -m geo ingest https://example.org/feed.xml --fetch --out corpus/

Run it again with the same --out to add new documents: those done before are skipped, and a run that was
stopped (even with kill -9) carries on where it was.
"""


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo.errors import InputError
    from geo.ingest.fetch import Fetcher
    from geo.ingest.run import IngestOptions, ingest
    from geo.ingest.sources import SourceOptions

    if args.workers is not None and args.workers < 0:
        raise InputError("--workers must be 0 (this process) or more")
    if args.batch_docs < 1 or args.part_chars < 1000:
        raise InputError("--batch-docs must be at least 1 and --part-chars at least 1000")
    fetch = None
    if args.fetch:
        fetch = Fetcher(timeout_s=args.timeout, max_bytes=int(args.max_doc_mb * 1e6), min_interval_s=args.rate).get
    source_opts = SourceOptions(
        text_col=args.text_col,
        date_col=args.date_col,
        url_col=args.url_col,
        title_col=args.title_col,
        id_col=args.id_col,
        max_bytes=int(args.max_doc_mb * 1e6),
        fetch=fetch,
    )
    opts = IngestOptions(
        lang=args.lang,
        workers=args.workers,
        scheduler=args.scheduler,
        part_chars=args.part_chars,
        batch_units=args.batch_docs,
        add_to_store=args.store or args.db is not None,
        store_url=args.db,
    )
    summary = ingest(args.sources, args.out, opts, source_opts)
    print(
        f"{summary.documents} documents read ({summary.copies} copies linked, {summary.errors} errors, "
        f"{summary.skipped} done before), {summary.reports} reports, in {summary.seconds:.1f} s "
        f"(worker peak memory {summary.worker_peak_mb:.0f} MB) -> {args.out}",
        file=sys.stderr,
    )
    if args.geojson:
        from geo.ingest.browse import write_geojson

        path = write_geojson(args.out)
        print(f"GeoJSON written to {path}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="read a corpus (folders, JSONL/CSV/Parquet, feeds, WARC) into partitioned GeoParquet",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "sources", nargs="+", help="files or folders (.txt .html .jsonl .csv .parquet feeds .warc; .gz .zst .zip)"
    )
    p.add_argument("--out", required=True, type=Path, help="output folder (created; re-runs add to it)")
    p.add_argument(
        "--store", action="store_true", help="also add documents and reports to the event store ($STRIKEMAP_DB)"
    )
    p.add_argument("--db", help="add to the store at this database URL (sqlite:///PATH, postgresql://...): --store")
    p.add_argument("--geojson", action="store_true", help="also write OUT/reports.geojson with every report")
    p.add_argument(
        "--scheduler", help="a Dask scheduler, tcp://HOST:8786 (default: $DASK_SCHEDULER_ADDRESS, else local)"
    )
    p.add_argument("--workers", type=int, help="local worker processes (default: one a core; 0: in this process)")
    p.add_argument(
        "--lang", choices=("auto", *available_languages()), default="auto", help="article language (default: auto)"
    )
    p.add_argument("--text-col", default="text", help="column (or JSON key) holding the text (default: text)")
    p.add_argument("--date-col", default="published", help="column with the publication date (default: published)")
    p.add_argument("--url-col", default="url", help="column with the article's URL (default: url)")
    p.add_argument("--title-col", default="title", help="column with the title (default: title)")
    p.add_argument("--id-col", default="id", help="column with a document id (default: id; else the row number)")
    p.add_argument("--max-doc-mb", type=float, default=32.0, help="refuse documents larger than this (default: 32)")
    p.add_argument("--part-chars", type=int, default=100_000, help="read longer documents in parts this long")
    p.add_argument("--batch-docs", type=int, default=200, help="documents a worker takes at a time (default: 200)")
    p.add_argument("--fetch", action="store_true", help="allow http(s) sources: download pages and live feeds")
    p.add_argument("--timeout", type=float, default=20.0, help="with --fetch: seconds per request (default: 20)")
    p.add_argument(
        "--rate", type=float, default=1.0, help="with --fetch: seconds between requests to a host (default: 1)"
    )
    p.set_defaults(func=_cmd_ingest)
