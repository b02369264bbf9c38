"""How often `Gazetteer.admin1_name` names a town's first-level division, and how often it names a neighbour.

    .venv/bin/python scripts/check_admin1_names.py [--margins 1.0 1.25 1.5 2.0]

For each margin (`gazetteer.index.ADMIN1_MARGIN`: how much nearer the chosen ISO subdivision must be than the next),
prints the share of the index's towns whose division gets a name, and a round-trip check: for every top-level ISO
3166-2 subdivision, the nearest town's GeoNames code should be named back as that subdivision. The check is itself
noisy near borders (the nearest town may lie across one), so its disagreement is an upper bound on wrong names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import gazetteer.index as index
from gazetteer import Gazetteer


def check(gz: Gazetteer) -> tuple[float, int, int, int]:
    db = gz._db
    pairs = db.execute(
        "SELECT country_code, admin1, count(*) FROM places WHERE feature_class = 'P' AND admin1 != '' GROUP BY 1, 2"
    ).fetchall()
    named = {(cc, code): gz.admin1_name(cc, code) for cc, code, _ in pairs}
    covered = sum(n for cc, code, n in pairs if named[(cc, code)]) / sum(n for _, _, n in pairs)
    same = other = none = 0
    subdivisions = db.execute(
        "SELECT name, lat, lon, country_code FROM places WHERE feature_code = 'ADM1' AND source = 'iso3166-2'"
    ).fetchall()
    for name, lat, lon, cc in subdivisions:
        row = db.execute(
            "SELECT admin1 FROM places WHERE country_code = ? AND feature_class = 'P' AND admin1 != '' "
            "ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) LIMIT 1",
            (cc, lat, lat, lon, lon),
        ).fetchone()
        if row is None:
            continue
        got = named.get((cc, row[0]))
        same, other, none = same + (got == name), other + (got not in (None, name)), none + (got is None)
    return covered, same, other, none


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--margins", type=float, nargs="+", default=[1.0, 1.25, 1.5, 2.0])
    args = parser.parse_args()
    for margin in args.margins:
        index.ADMIN1_MARGIN = margin
        covered, same, other, none = check(Gazetteer.open())
        print(
            f"margin {margin}: towns named {covered:.3f}; round trip same {same}, another name {other} "
            f"({other / max(1, same + other):.3f}), none {none}"
        )


if __name__ == "__main__":
    main()
