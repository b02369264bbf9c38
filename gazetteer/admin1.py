"""First-level division codes for the index's places that come without one.

The overlay's villages, geoBoundaries' districts and a few GeoNames rows carry no admin1 code, so no province can be
named for them: a report at `Nabi Sheet` had no province, and a village of the Bekaa named beside the Bekaa was
taken for a namesake beyond the article's provinces. Such a place takes the code of the nearest GeoNames town of
its country within NEAREST_KM, unless a town of another division lies within MARGIN times that distance: near a
border a neighbour's province is worse than none. The reach and margin are `gazetteer.admin2`'s; on the index's own
towns, leave-one-out, they give the right province to the share `scripts/check_admin1_fill.py` prints.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import numpy as np

from gazetteer.admin2 import MARGIN, NEAREST_KM, chord, unit_vectors
from gazetteer.place import EARTH_RADIUS_KM

NEIGHBOURS = 12  # towns looked at around each place: enough to see a second division inside the margin
Row = tuple[int, float, float, str | None, str | None]  # pk, lat, lon, country code, admin1 code


class Divisions:
    """The GeoNames towns that know their division, in one KD-tree."""

    def __init__(self, towns: Sequence[Row]) -> None:
        from scipy.spatial import cKDTree

        self.towns = list(towns)
        points = unit_vectors(np.array([t[1] for t in self.towns]), np.array([t[2] for t in self.towns]))
        self.tree = cKDTree(points) if self.towns else None

    def codes(self, places: Sequence[Row], skip_self: bool = False) -> list[str | None]:
        """The admin1 code each place gets (None where no town decides it)."""
        if self.tree is None or not places:
            return [None for _ in places]
        points = unit_vectors(np.array([p[1] for p in places]), np.array([p[2] for p in places]))
        ks = list(range(1, min(NEIGHBOURS, len(self.towns)) + 1))
        chords, found = self.tree.query(points, k=ks, distance_upper_bound=chord(MARGIN * NEAREST_KM))
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(chords / 2, 1.0))
        return [
            self._code(place, row_km, row_i, skip_self) for place, row_km, row_i in zip(places, km, found, strict=True)
        ]

    def _code(self, place: Row, km: np.ndarray, found: np.ndarray, skip_self: bool) -> str | None:
        chosen: tuple[str, float] | None = None
        for d, i in zip(km, found, strict=True):
            if i >= len(self.towns) or (skip_self and self.towns[i][0] == place[0]):
                continue
            town = self.towns[i]
            if town[3] != place[3]:
                continue
            if chosen is None:
                if d > NEAREST_KM:
                    return None
                chosen = (town[4] or "", float(d))
            elif d > MARGIN * chosen[1]:
                break
            elif town[4] != chosen[0]:
                return None
        return chosen[0] if chosen else None


def reference_towns(db: sqlite3.Connection) -> list[Row]:
    """GeoNames towns with a division code: the places whose provinces are known, not guessed."""
    return db.execute(
        "SELECT pk, lat, lon, country_code, admin1 FROM places "
        "WHERE feature_class = 'P' AND admin1 IS NOT NULL AND admin1 NOT IN ('', '00') AND id LIKE 'geonames:%'"
    ).fetchall()


def fill(db: sqlite3.Connection) -> int:
    """Give the places of an index being built that lack an admin1 code their nearest towns' one; returns how many."""
    places = db.execute(
        "SELECT pk, lat, lon, country_code, admin1 FROM places "
        "WHERE (admin1 IS NULL OR admin1 IN ('', '00')) AND country_code IS NOT NULL AND (feature_code IS NULL "
        "OR feature_code NOT IN ('PCLI', 'PCLD', 'PCLS', 'PCLF', 'PCL', 'PCLIX', 'TERR', 'ADM1', 'CONT'))"
    ).fetchall()
    codes = Divisions(reference_towns(db)).codes(places)
    filled = [(code, p[0]) for p, code in zip(places, codes, strict=True) if code]
    db.executemany("UPDATE places SET admin1 = ? WHERE pk = ?", filled)
    return len(filled)
