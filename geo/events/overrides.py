"""A user's hand corrections to the grouping (merge these events, split these reports out), and the names events
keep across regrouping.

Overrides name reports, not events: report ids never change, event ids may (two events merged keep one name), so a
correction written down today still means the same thing after any number of regroupings. They are applied in the
order they were made, each to the result of those before it, after every automatic grouping: a user's merge or split
survives re-grouping because it is re-done on top of it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

OVERRIDE_KINDS = ("merge", "split")


@dataclass(frozen=True, slots=True)
class Override:
    """`merge`: the events holding these reports become one. `split`: these reports leave their event and form one
    of their own, which automatic grouping never adds to (a later merge can)."""

    kind: str
    report_ids: tuple[str, ...]

    def __post_init__(self) -> None:
        if self.kind not in OVERRIDE_KINDS:
            raise ValueError(f"an override is 'merge' or 'split', not {self.kind!r}")
        object.__setattr__(self, "report_ids", tuple(self.report_ids))


def kept_apart(overrides: Sequence[Override]) -> set[str]:
    """Reports whose last correction is a split: automatic grouping neither moves them nor adds others to them."""
    last: dict[str, str] = {}
    for override in overrides:
        for rid in override.report_ids:
            last[rid] = override.kind
    return {rid for rid, kind in last.items() if kind == "split"}


def apply_overrides(groups: dict[int, list[str]], overrides: Sequence[Override]) -> dict[int, list[str]]:
    """The groups (key -> report ids) after each override in turn; keys of new groups continue after the highest.
    Unknown report ids are ignored; a group left empty disappears."""
    of = {rid: key for key, members in groups.items() for rid in members}
    members = {key: set(rids) for key, rids in groups.items()}
    next_key = max(groups, default=-1) + 1
    for override in overrides:
        known = [rid for rid in dict.fromkeys(override.report_ids) if rid in of]
        if not known:
            continue
        if override.kind == "split":
            key, next_key = next_key, next_key + 1
            members[key] = set()
            for rid in known:
                members[of[rid]].discard(rid)
                members[key].add(rid)
                of[rid] = key
        else:
            keys = sorted({of[rid] for rid in known})
            for key in keys[1:]:
                for rid in members.pop(key):
                    of[rid] = keys[0]
                    members[keys[0]].add(rid)
    return {key: sorted(rids) for key, rids in members.items() if rids}


def fresh_event_id(report_ids: Iterable[str], taken: set[str]) -> str:
    """A new event's name, from its lowest report id (so not from the order reports came in), unlike any taken."""
    lowest = min(report_ids)
    candidate, n = _hashed(lowest), 0
    while candidate in taken:
        n += 1
        candidate = _hashed(f"{lowest}#{n}")
    return candidate


def _hashed(text: str) -> str:
    return "e-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def name_groups(groups: dict[int, list[str]], previous: Mapping[str, str], closed: set[int]) -> dict[int, str]:
    """key -> event id: each previous event id goes to the group holding most of its reports (open groups before
    split-off ones, so the reports split out leave and the event stays), every other group gets a fresh id."""
    bids = []
    for key, rids in groups.items():
        counts = Counter(previous[rid] for rid in rids if rid in previous)
        bids += [(key in closed, -n, old, key) for old, n in counts.items()]
    names: dict[int, str] = {}
    taken: set[str] = set(previous.values())
    used: set[str] = set()
    for _, _, old, key in sorted(bids):
        if key not in names and old not in used:
            names[key] = old
            used.add(old)
    for key in sorted(groups, key=lambda k: groups[k][0]):
        if key not in names:
            names[key] = fresh_event_id(groups[key], taken | used)
            used.add(names[key])
    return names
