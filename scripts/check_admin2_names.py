"""How many of the index's towns `gazetteer.admin2` names, and how often its fallback names the wrong district.

    .venv/bin/python scripts/check_admin2_names.py [--cutoffs 10 15 20 30] [--margins 1 1.5 2 3]

A town that is one of the packaged GeoNames cities takes that city's admin2 name; any other takes the nearest
packaged city's within `NEAREST_KM` (same country and first-level division) unless a city of another district lies
within `MARGIN` times as far. The fallback is checked leave-one-out on the towns that ARE packaged cities with a
district: their own city is hidden, the fallback names them, and the name is compared with their own. For each
margin and cutoff it prints the share of those towns answered and the share answered wrongly; the constants are
the setting that answers most with at most 5% wrong. The last line gives the share of the index's towns named
with the constants in force.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import gazetteer.admin2 as admin2
from gazetteer import Gazetteer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cutoffs", type=float, nargs="+", default=[10, 15, 20, 30])
    parser.add_argument("--margins", type=float, nargs="+", default=[1.0, 1.5, 2.0, 3.0])
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{Gazetteer.open().path}?mode=ro", uri=True)
    towns = admin2.towns_of(db)
    in_force = admin2.NEAREST_KM, admin2.MARGIN
    admin2.NEAREST_KM, admin2.MARGIN = max(args.cutoffs), max(args.margins)  # every setting's neighbours at once
    namer = admin2.Namer(admin2.packaged_cities())
    near = namer.neighbours(towns)
    divisions = namer.divisions(towns, near)
    hidden = []  # (town, its neighbours, its division, its own city) for towns that are packaged cities with a district
    own_unnamed = 0
    for town, around in zip(towns, near, strict=True):
        own = namer.own_city(town, around)
        if own is not None and namer.cities[own].admin2:
            hidden.append((town, around, divisions.get((town.country_code or "", town.admin1 or "")), own))
        elif own is not None:
            own_unnamed += 1
    print(f"towns {len(towns)}; packaged cities {len(namer.cities)}; divisions matched {len(divisions)}")
    print(f"towns that are packaged cities: {len(hidden)} with a district, {own_unnamed} without")
    for margin in args.margins:
        for cutoff in args.cutoffs:
            admin2.NEAREST_KM, admin2.MARGIN = cutoff, margin
            answers = [namer.nearest_named(t, around, d, skip=own) for t, around, d, own in hidden]
            truths = [namer.cities[own].admin2 for *_, own in hidden]
            answered = [(a[0], truth) for a, truth in zip(answers, truths, strict=True) if a]
            wrong = sum(name != truth for name, truth in answered)
            print(
                f"margin {margin:g}, cutoff {cutoff:g} km: fallback answers "
                f"{len(answered) / max(1, len(hidden)):.3f} of the hidden towns, wrong "
                f"{wrong / max(1, len(answered)):.3f} ({wrong} of {len(answered)})"
            )
    admin2.NEAREST_KM, admin2.MARGIN = in_force
    named = admin2.Namer(namer.cities).names(towns)
    fallback = len(named) - len(hidden)
    print(
        f"in force (NEAREST_KM {in_force[0]:g}, MARGIN {in_force[1]:g}): towns named "
        f"{len(named) / len(towns):.3f} ({len(named)} of {len(towns)}: {len(hidden)} as the packaged city they are, "
        f"{fallback} by the fallback)"
    )


if __name__ == "__main__":
    main()
