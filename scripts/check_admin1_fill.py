"""How often `gazetteer.admin1` would give a town its own province, leave-one-out on the index's GeoNames towns.

    .venv/bin/python scripts/check_admin1_fill.py

Each town is given the code its neighbours (itself left out) decide, as a place without one is at build time; prints
the share that gets a code, and the share of those that get the town's own. A town is a harder case than an overlay
village (towns are further apart than a town and the villages around it), so this is a lower bound.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer import Gazetteer
from gazetteer.admin1 import Divisions, reference_towns


def main() -> None:
    towns = reference_towns(Gazetteer.open()._db)
    codes = Divisions(towns).codes(towns, skip_self=True)
    given = [(t, c) for t, c in zip(towns, codes, strict=True) if c]
    same = sum(t[4] == c for t, c in given)
    print(f"towns {len(towns)}: coded {len(given) / len(towns):.1%}, own province {same / max(1, len(given)):.2%}")


if __name__ == "__main__":
    main()
