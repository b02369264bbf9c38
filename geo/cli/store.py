"""`store`: the event store's own commands: copy a whole store between SQLite and PostgreSQL/PostGIS, say what a
store holds, and review, group, merge and split from a terminal with the same checks as the app (a stale edit is
refused with who changed the report and when). Each takes `--db URL` (default `$STRIKEMAP_DB`) and writers take
`--user NAME` (default `$STRIKEMAP_USER`, else the system user)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from geo.errors import InputError

if TYPE_CHECKING:
    from geo.store import EventStore


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[EventStore]:
    from geo.store import open_store

    store = open_store(args.db)
    try:
        yield store
    finally:
        store.close()


def _print(record: dict) -> None:
    print(json.dumps(record, ensure_ascii=False))


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


def _value(text: str) -> object:
    """A command-line value as JSON where it is JSON (3, 2.5, null), else as the text typed."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _cmd_review(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {}
    for item in args.set or ():
        field, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"--set takes FIELD=VALUE, not {item!r}")
        changes[field.strip()] = _value(value)
    if args.status:
        changes["status"] = args.status
    if not changes:
        raise InputError("nothing to change: give --set FIELD=VALUE, --verify or --reject")
    with _opened(args) as store:
        report = store.review(args.report_id, changes, seen_version=args.seen_version, user=args.user)
        _print({"report_id": report.report_id, "version": store.version(report.report_id), "status": report.status})
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        for entry in store.audit(args.target):
            _print({"at": entry.at, "user": entry.user, "action": entry.action, "target": entry.target,
                    "outcome": entry.outcome, **entry.detail})  # fmt: skip
    return 0


def _cmd_regroup(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        events = store.regroup(user=args.user)
    print(f"{len(events)} events")
    return 0


def _event_line(event) -> dict:
    keys = ("event_id", "place_name", "date_start", "status", "n_reports", "n_sources", "report_ids")
    return {key: event.properties.get(key) for key in keys}


def _cmd_merge(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        _print(_event_line(store.merge_events(args.a, args.b, user=args.user)))
    return 0


def _cmd_split(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        for event in store.split_event(args.event_id, args.report_ids, user=args.user):
            _print(_event_line(event))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("store", help="the event store: copy (SQLite <-> PostGIS), info, review, merge and split")
    commands = p.add_subparsers(dest="store_command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str, *, writes: bool = True):
        c = commands.add_parser(name, help=help_, description=help_)
        c.add_argument("--db", help="database URL (default: $STRIKEMAP_DB, else the SQLite file in the data directory)")
        if writes:
            c.add_argument("--user", help="who makes the change (default: $STRIKEMAP_USER, else the system user)")
        c.set_defaults(func=func)
        return c

    copy = commands.add_parser(
        "copy",
        help="copy a whole store (articles, reports, reviews, audit trail, events) into a new, empty one",
        description="SRC and DST are database URLs: sqlite:///PATH or postgresql://USER@HOST:PORT/DB "
        "(the form STRIKEMAP_DB takes). DST must be empty (a new SQLite file is created).",
    )
    copy.add_argument("src", metavar="SRC", help="the store to copy from")
    copy.add_argument("dst", metavar="DST", help="the empty store to copy into")
    copy.set_defaults(func=_cmd_copy)
    command("info", _cmd_info, "the store's schema version and how many rows each table holds", writes=False)

    review = command("review", _cmd_review, "change a report as a reviewer (prints its new version)")
    review.add_argument("report_id")
    review.add_argument("--set", action="append", metavar="FIELD=VALUE", help="a field's new value (repeatable)")
    review.add_argument("--verify", dest="status", action="store_const", const="verified")
    review.add_argument("--reject", dest="status", action="store_const", const="rejected")
    review.add_argument(
        "--seen-version", type=int, help="the version you read: refused if someone changed the report since"
    )
    history = command("history", _cmd_history, "the audit trail (JSON lines), refused attempts too", writes=False)
    history.add_argument("target", nargs="?", help="only this report or event id")
    command("regroup", _cmd_regroup, "group the stored reports into events again (hand corrections kept)")
    merge = command("merge", _cmd_merge, "make two events one (kept across regrouping)")
    merge.add_argument("a", metavar="EVENT_ID")
    merge.add_argument("b", metavar="OTHER_EVENT_ID")
    split = command("split", _cmd_split, "take reports out of an event into one of their own")
    split.add_argument("event_id")
    split.add_argument("report_ids", nargs="+", metavar="REPORT_ID")
