"""`store`: the event store's own commands: copy a whole store between SQLite and PostgreSQL/PostGIS, and say
what a store holds."""

from __future__ import annotations

import argparse


def _cmd_copy(args: argparse.Namespace) -> int:
    from geo.store.base import redacted
    from geo.store.copy import copy_store

    counts = copy_store(args.src, args.dst)
    copied = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"copied {copied} from {redacted(args.src)} to {redacted(args.dst)}")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    from geo.store import default_url
    from geo.store.base import redacted
    from geo.store.copy import store_counts

    url = args.db or default_url()
    print(redacted(url))
    for name, n in store_counts(url).items():
        print(f"  {name}: {n}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("store", help="the event store: copy between SQLite and PostgreSQL/PostGIS, show counts")
    commands = p.add_subparsers(dest="store_command", required=True)
    copy = commands.add_parser(
        "copy",
        help="copy a whole store (articles, reports, reviews, audit trail, events) into a new, empty one",
        description="SRC and DST are database URLs: sqlite:///PATH or postgresql://USER@HOST:PORT/DB "
        "(the form STRIKEMAP_DB takes). DST must be empty (a new SQLite file is created).",
    )
    copy.add_argument("src", metavar="SRC", help="the store to copy from")
    copy.add_argument("dst", metavar="DST", help="the empty store to copy into")
    copy.set_defaults(func=_cmd_copy)
    info = commands.add_parser("info", help="the store's schema version and how many rows each table holds")
    info.add_argument("--db", help="database URL (default: $STRIKEMAP_DB, else the SQLite file in the data directory)")
    info.set_defaults(func=_cmd_info)
