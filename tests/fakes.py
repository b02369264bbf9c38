"""A small world for tests about extraction logic: a few dozen places typed in by hand, answered the way the built
index answers (same name folding, variant skeletons, unit words, match scores and fuzzy gate)."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable

from gazetteer import Place, fold
from gazetteer.common_words import is_common_in_any_language
from gazetteer.fold import skeleton, spelling
from gazetteer.fuzzy import closest_keys, fuzzy_gate
from gazetteer.index import FUZZY_GLOBAL_MIN_PROMINENCE, UNIT_TOWN_PENALTY
from gazetteer.ranking import (
    MATCH_ALTERNATE,
    MATCH_FUZZY,
    MATCH_OWN_NAME,
    MATCH_OWN_NAME_VARIANT,
    MATCH_VARIANT,
    match_score,
    prominence,
)
from gazetteer.unit_words import strip_unit_words


class SmallWorld:
    """The `Gazetteer` methods extraction calls (`candidates`, `has_name`, `fuzzy_candidates`, `max_name_words`),
    answered from `(place, other names)` pairs instead of the SQLite index."""

    def __init__(self, entries: Iterable[tuple[Place, tuple[str, ...]]]) -> None:
        entries = list(entries)
        self.places = [place for place, _ in entries]
        self._names: dict[str, dict[str, float]] = {}  # folded name -> {place id: match weight}
        self._skeletons: dict[str, set[str]] = {}  # skeleton of a folded name -> place ids
        self._by_id = {place.id: place for place in self.places}
        for place, others in entries:
            own = skeleton(fold(place.name))
            for name in (place.name, *others):
                key = fold(name)
                # an alternate that spells the place's own name (`Kostiantynivka`) counts almost as that name
                weight = MATCH_OWN_NAME if name == place.name else MATCH_ALTERNATE
                if name != place.name and skeleton(key) == own:
                    weight = MATCH_OWN_NAME_VARIANT
                self._names.setdefault(key, {})[place.id] = max(weight, self._names.get(key, {}).get(place.id, 0))
                self._skeletons.setdefault(skeleton(key), set()).add(place.id)
        self.max_name_words = max(len(key.split()) for key in self._names)
        self._spellings: dict[str, set[str]] = {}  # a non-Latin name as written -> place ids (`spelled_as`)
        for place, others in entries:
            for name in (place.name, *others):
                if not name.isascii():
                    self._spellings.setdefault(spelling(name), set()).add(place.id)

    def spelled_as(self, name: str) -> frozenset[str]:
        """Ids of the places one of whose names is written exactly so (up to case and letter variants)."""
        return frozenset(self._spellings.get(spelling(name), ()))

    def admin1_name(self, country: str | None, code: str | None) -> str | None:
        """The small world knows no first-level divisions by name."""
        return None

    def admin2_name(self, place_id: str | None) -> str | None:
        """Nor second-level ones."""
        return None

    def has_name(self, key: str) -> bool:
        """Is `key` (already folded) a name, a variant or an administrative phrase (`kursk oblast`) of a place?"""
        return self._named(key) or any(self._named(inner) for inner in strip_unit_words(key))

    def candidates(self, name: str, limit: int = 10, fuzzy: bool = True) -> list[Place]:
        """Places called `name`, best first: own name or alternate, then variant, then inside a unit phrase."""
        key = fold(name)
        scored = self._scored(key)
        for inner in strip_unit_words(key) if not scored else ():
            towns_and_areas = self._scored(inner)
            areas = [p for p in towns_and_areas if p.feature_class in {"A", "L"}]
            scored = areas or [_rescored(p, p.score * UNIT_TOWN_PENALTY) for p in towns_and_areas]
            if scored:
                break
        if not scored and fuzzy:
            return self.fuzzy_candidates(name, limit=limit)
        return _best(scored, limit)

    def fuzzy_candidates(self, name: str, countries: Collection[str] | None = None, limit: int = 5) -> list[Place]:
        """Spelling variants through the real fuzzy gate: any place of `countries`, else famous places only."""
        key = fuzzy_gate(name)
        if key is None:
            return []
        codes = {c.upper() for c in countries} if countries else None
        pool = {k for k, ids in self._names.items() if any(_pooled(self._by_id[i], codes) for i in ids)}
        found = [
            _rescored(p, match_score(MATCH_FUZZY * (1 - distance / (len(key) + 1)), prominence(p)))
            for match, distance in closest_keys(key, sorted(pool), limit=limit * 4, restricted=bool(codes))
            for p in (self._by_id[i] for i in self._names[match])
            if not codes or p.country_code in codes
        ]
        return _best(found, limit)

    def _named(self, key: str) -> bool:
        return key in self._names or (skeleton(key) in self._skeletons and not is_common_in_any_language(key))

    def _scored(self, key: str) -> list[Place]:
        if key in self._names:
            weights = self._names[key]
        elif not is_common_in_any_language(key):
            weights = dict.fromkeys(self._skeletons.get(skeleton(key), ()), MATCH_VARIANT)
        else:
            weights = {}
        return [_rescored(self._by_id[i], match_score(w, prominence(self._by_id[i]))) for i, w in weights.items()]


def _pooled(place: Place, codes: set[str] | None) -> bool:
    """In the named countries; with none named, a famous place (as the index's worldwide fuzzy pool)."""
    return place.country_code in codes if codes else prominence(place) >= FUZZY_GLOBAL_MIN_PROMINENCE


def _rescored(place: Place, score: float) -> Place:
    return dataclasses.replace(place, score=round(score, 4))


def _best(places: list[Place], limit: int) -> list[Place]:
    best: dict[str, Place] = {}
    for p in places:
        if p.id not in best or best[p.id].score < p.score:
            best[p.id] = p
    return sorted(best.values(), key=lambda p: (-p.score, -p.population, p.id))[:limit]


def _place(
    n: int, code: str, name: str, lat: float, lon: float, cc: str, population: int = 0, radius: float | None = None
) -> Place:
    feature_class = {"PCLI": "A", "ADM1": "A", "ADM2": "A", "RGN": "L", "PEN": "L"}.get(code, "P")
    return Place(f"fake:{n}", name, lat, lon, feature_class, code, cc, None, population, "fake", radius)


# (feature code, name, lat, lon, country, population, radius km), then the other names the place goes by.
# Namesakes on purpose: two Kostiantynivkas, Odesa and Odessa (Texas), Rafah on both sides of the border, a town
# and its province of one name (Kharkiv, Kherson, Sumy ...), Pokrovsk as Engels' old name, and capitals far away
# that a report names only as venues (Brussels, Amman, Geneva).
_WORLD: list[tuple[tuple, tuple[str, ...]]] = [
    (("PCLI", "Ukraine", 49.0, 32.0, "UA", 41_000_000, 438.0), ("Ukraina", "Украина")),
    (("PCLI", "Russia", 58.25, 44.69, "RU", 144_000_000, 2333.0), ("Rusia", "Россия")),
    (("PCLI", "Armenia", 40.46, 44.8, "AM", 2_950_000, 97.0), ()),
    (("PCLI", "Azerbaijan", 40.4, 47.2, "AZ", 10_000_000, 166.0), ()),
    (("PCLI", "Israel", 30.9, 34.85, "IL", 9_000_000, 81.0), ()),
    (("PCLI", "Lebanon", 34.13, 35.99, "LB", 6_800_000, 57.0), ()),
    (("PCLI", "Iran", 32.17, 54.93, "IR", 83_000_000, 724.0), ()),
    (("PCLI", "Palestine", 32.05, 35.29, "PS", 4_700_000, 44.0), ("Palestina",)),
    (("PPLC", "Kyiv", 50.45, 30.52, "UA", 2_950_000), ("Kiev", "Киев", "Київ")),
    (("PPL", "Kharkiv", 49.98, 36.25, "UA", 1_420_000), ("Kharkov", "Харьков", "Харків")),
    (("ADM1", "Kharkivska oblast", 49.83, 36.38, "UA", 0, 84.0), ("Kharkiv",)),
    (("PPL", "Tsyrkuny", 50.08, 36.39, "UA", 6_300), ()),
    (("PPL", "Kupyansk", 49.71, 37.62, "UA", 27_000), ("Kupiansk",)),
    (("PPL", "Kherson", 46.64, 32.61, "UA", 290_000), ("Херсон",)),
    (("ADM1", "Khersonska oblast", 46.54, 33.41, "UA", 0, 84.0), ("Kherson",)),
    (("PPL", "Oleshky", 46.63, 32.72, "UA", 24_600), ()),
    (("PPL", "Odesa", 46.49, 30.74, "UA", 1_010_000), ("Odessa", "Одесса")),
    (("PPL", "Odessa", 31.85, -102.37, "US", 114_000), ("Odesa",)),
    (("ADM1", "Odeska oblast", 46.11, 29.96, "UA", 0, 84.0), ("Odesa",)),
    (("PPL", "Izmayil", 45.35, 28.84, "UA", 70_000), ("Izmail",)),
    (("PPL", "Sumy", 50.92, 34.8, "UA", 256_000), ()),
    (("ADM1", "Sumska oblast", 50.77, 34.33, "UA", 0, 84.0), ("Sumy",)),
    (("PPL", "Poltava", 49.59, 34.55, "UA", 280_000), ()),
    (("PPL", "Zaporizhzhya", 47.85, 35.12, "UA", 710_000), ("Zaporizhzhia",)),
    (("ADM1", "Zaporizka oblast", 47.42, 35.92, "UA", 0, 84.0), ("Zaporizhzhia",)),
    (("PPL", "Vilnyansk", 47.95, 35.44, "UA", 15_000), ("Vilniansk",)),
    (("PPL", "Orikhiv", 47.58, 35.78, "UA", 14_500), ()),
    (("PPL", "Donetsk", 48.02, 37.8, "UA", 900_000), ()),
    (("PPL", "Donetsk", 48.34, 39.95, "RU", 51_000), ()),
    (("ADM1", "Donetska oblast", 47.92, 37.78, "UA", 0, 84.0), ("Donetsk",)),
    (("PPL", "Kostyantynivka", 48.53, 37.71, "UA", 67_000), ("Kostiantynivka",)),
    (("PPL", "Kostyantynivka", 46.82, 35.42, "UA", 11_500), ("Kostiantynivka",)),
    (("PPL", "Kramatorsk", 48.73, 37.57, "UA", 147_000), ()),
    (("PPL", "Pokrovsk", 48.28, 37.18, "UA", 60_000), ()),
    (("PPL", "Engels", 51.48, 46.11, "RU", 196_000), ("Pokrovsk",)),
    (("PPL", "Dnipro", 48.47, 35.04, "UA", 970_000), ("Dnipropetrovsk",)),
    (("ADM1", "Dnipropetrovska oblast", 48.66, 34.95, "UA", 0, 84.0), ("Dnipropetrovsk",)),
    (("PPL", "Nikopol", 47.57, 34.39, "UA", 105_000), ()),
    (("PPL", "Nikopol", 43.71, 24.9, "BG", 3_600), ()),
    (("PPL", "Mykolayiv", 46.98, 31.99, "UA", 470_000), ("Mykolaiv",)),
    (("ADM1", "Mykolaivska oblast", 47.39, 31.94, "UA", 0, 84.0), ("Mykolaiv",)),
    (("PPL", "Bucha", 50.55, 30.21, "UA", 42_000), ()),
    (("PPLC", "Moscow", 55.75, 37.62, "RU", 10_400_000), ("Moskow", "Moskva", "Москва")),
    (("PPL", "Belgorod", 50.6, 36.58, "RU", 345_000), ()),
    (("PPL", "Kursk", 51.73, 36.18, "RU", 450_000), ()),
    (("ADM1", "Kurskaja oblast", 51.66, 36.49, "RU", 0, 256.0), ("Kursk",)),
    (("PPL", "Bryansk", 53.27, 34.32, "RU", 427_000), ()),
    (("ADM1", "Brjanskaja oblast", 52.89, 33.42, "RU", 0, 256.0), ("Bryansk",)),
    (("PPL", "Ganja", 40.68, 46.36, "AZ", 330_000), ("Gəncə", "Gyandzha")),
    (("PPLC", "Baku", 40.38, 49.89, "AZ", 2_350_000), ()),
    (("ADM2", "Absheron District", 40.45, 49.76, "AZ", 0, 25.0), ("Absheron",)),
    (("PEN", "Absheron Peninsula", 40.45, 49.95, "AZ", 0, 40.0), ("Absheron",)),
    (("PPL", "Khankendi", 39.82, 46.75, "AZ", 55_000), ("Stepanakert",)),
    (("ADM1", "Xankəndi", 39.82, 46.76, "AZ", 0, 10.0), ("Stepanakert",)),
    (("RGN", "Nagorno-Karabakh", 39.9, 46.7, "AZ", 0, 60.0), ()),
    (("PPL", "Tovuz", 40.99, 45.63, "AZ", 12_600), ()),
    (("PPLC", "Yerevan", 40.18, 44.51, "AM", 1_140_000), ("Erevan",)),
    (("PPL", "Gaza", 31.5, 34.47, "PS", 410_000), ("Gaza City",)),
    (("PPL", "Rafah", 31.3, 34.24, "PS", 126_000), ()),
    (("PPL", "Rafah", 31.28, 34.24, "EG", 44_000), ()),
    (("PPL", "Khan Yunis", 31.34, 34.31, "PS", 173_000), ("Khan Younis",)),
    (("PPL", "Jabalia", 31.53, 34.48, "PS", 168_000), ()),
    (("PPL", "Deir al-Balah", 31.42, 34.35, "PS", 59_500), ()),
    (("PPL", "Nuseirat", 31.45, 34.39, "PS", 36_000), ()),
    (("PPL", "Beit Hanoun", 31.54, 34.54, "PS", 37_000), ()),
    (("PPL", "Beit Lahia", 31.55, 34.5, "PS", 57_000), ()),
    (("PPLC", "Jerusalem", 31.77, 35.22, "IL", 970_000), ()),
    (("ADM1", "Jerusalem", 31.85, 35.15, "PS", 0, 11.0), ()),
    (("PPL", "Tel Aviv", 32.08, 34.78, "IL", 433_000), ()),
    (("PPL", "Haifa", 32.81, 35.0, "IL", 285_000), ()),
    (("PPL", "Ashkelon", 31.67, 34.57, "IL", 144_000), ()),
    (("PPL", "Ashdod", 31.79, 34.65, "IL", 227_000), ()),
    (("PPL", "Eilat", 29.56, 34.95, "IL", 52_000), ()),
    (("PPL", "Safed", 32.96, 35.5, "IL", 36_000), ()),
    (("PPL", "Kiryat Shmona", 33.21, 35.57, "IL", 22_500), ()),
    (("PPL", "Baalbek", 34.01, 36.22, "LB", 31_000), ()),
    (("PPL", "Tyre", 33.27, 35.19, "LB", 135_000), ()),
    (("PPL", "Nabatieh", 33.38, 35.48, "LB", 120_000), ()),
    (("PPLC", "Amman", 31.96, 35.95, "JO", 1_280_000), ()),
    (("PPLC", "Brussels", 50.85, 4.35, "BE", 1_020_000), ("Brussel",)),
    (("PPL", "Geneva", 46.2, 6.15, "CH", 200_000), ()),
    (("PPL", "Geneva", 41.89, -88.31, "US", 22_000), ()),
    (("PPL", "Medan", 3.58, 98.67, "ID", 2_490_000), ()),
    (("PPL", "Dome", 5.65, -0.24, "GH", 48_000), ()),
    (("PPL", "Daraj", 30.17, 10.46, "LY", 6_000), ()),
]


def small_world() -> SmallWorld:
    """The world above: Ukraine and its neighbours, the Caucasus, Israel, Gaza and Lebanon, and a few strays."""
    return SmallWorld((_place(n, *fields), others) for n, (fields, others) in enumerate(_WORLD))
