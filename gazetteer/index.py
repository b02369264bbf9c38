"""`Gazetteer`: answers name and id queries from the local SQLite index (built on first use)."""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

from geopy.location import Location

from gazetteer.admin2 import admin2_name
from gazetteer.build import SourceFn, build_index
from gazetteer.common_words import is_common_in_any_language, is_common_word
from gazetteer.datadir import data_dir
from gazetteer.errors import GazetteerError
from gazetteer.fold import fold, joined, skeleton, spelling
from gazetteer.fuzzy import closest_keys, fuzzy_gate
from gazetteer.integrity import FORMAT_VERSION, index_problem, sources_fingerprint
from gazetteer.place import Place
from gazetteer.ranking import (
    FOLDED_ONLY_PENALTY,
    MATCH_ALTERNATE,
    MATCH_FUZZY,
    MATCH_OWN_NAME,
    MATCH_OWN_NAME_VARIANT,
    MATCH_VARIANT,
    match_score,
)
from gazetteer.sources.geonames_dump import imports_dir
from gazetteer.unit_words import strip_unit_words

FUZZY_GLOBAL_MIN_PROMINENCE = 0.6
ADMIN1_MARGIN = 1.25  # chosen with scripts/check_admin1_names.py: 90% of towns named, 6% of checks disagree
UNIT_TOWN_PENALTY = 0.8  # "X region" answered by the town X: right area, wrong extent
INDEX_NAME = f"gazetteer-v{FORMAT_VERSION}.sqlite"
_PLACE_COLUMNS = "p.pk, p.id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country_code, p.admin1, " \
    "p.population, p.source, p.radius_km, p.prominence"  # fmt: skip
_BY_NAME = f"SELECT {_PLACE_COLUMNS}, n.kind FROM names n JOIN places p ON p.pk = n.pk WHERE n.key = ?"
_BY_SKELETON = f"SELECT {_PLACE_COLUMNS}, 2 FROM skeletons s JOIN places p ON p.pk = s.pk WHERE s.key = ?"
_MATCH_WEIGHTS = (MATCH_OWN_NAME, MATCH_ALTERNATE, MATCH_VARIANT)


def default_index_path() -> Path:
    return data_dir() / INDEX_NAME


# has_name answers from SQL (20-40 us) until it has been asked this often, then loads every key into sets (about
# 1 s): a batch soon answers from memory, and a process that reads a few articles (the app) never pays for them.
KEY_SETS_AFTER = 1000
JOINED_MIN_LETTERS = 3  # `Garh`, `Kila`: the shortest part of a name written now apart, now as one word


class Gazetteer:
    """Read-only view of one index file; cheap to open, safe to share between threads (SQLite is serialized)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        self.max_name_words: int = int(meta["max_name_words"])
        self._keys: frozenset[str] | None = None
        self._skeletons: frozenset[str] | None = None
        self._asked = 0
        self._admin1_names: dict[tuple[str, str], str | None] = {}

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        build_if_missing: bool = True,
        sources: list[tuple[str, SourceFn]] | None = None,
    ) -> Gazetteer:
        """Open the index, building (or rebuilding a corrupt one) first unless `build_if_missing` is False.

        `sources` replaces the packaged sources for that build (small test indexes, custom gazetteers).
        """
        path = path or default_index_path()
        problem = index_problem(path, None if sources else sources_fingerprint(imports_dir()))
        if problem is not None:
            if not build_if_missing:
                raise GazetteerError(f"gazetteer index {path} is {problem}: run `python -m gazetteer build`")
            # Say why a progress bar appears: a first build, or an index that cannot be trusted any more.
            print(f"gazetteer: index {path} is {problem}; building it (a minute or two)", file=sys.stderr)
            build_index(path, sources, shapes={} if sources else None)
        return cls(path)

    def close(self) -> None:
        self._db.close()

    # --- lookups -------------------------------------------------------------------------------------------------

    def candidates(self, name: str, country: str | None = None, limit: int = 10, fuzzy: bool = True) -> list[Place]:
        """Places called `name`, best first: exact own name, then alternate, then transliteration variant, then the
        name inside an administrative phrase (`Kursk Oblast`), then fuzzy.

        `country` (ISO alpha-2) keeps only places in that country. Fuzzy matching runs only when nothing else
        matched, and only through the gate in `fuzzy_candidates`.
        """
        key = fold(name)
        if not key:
            return []
        cc = country.upper() if country else None
        scored = self._scored(_BY_NAME, key, cc)
        if not scored and _variants_allowed(key):
            scored = self._scored(_BY_SKELETON, skeleton(key), cc)
            if not scored and _joinable(key):
                scored = self._scored(_BY_SKELETON, joined(key), cc)
        for inner in strip_unit_words(key) if not scored else ():
            scored = self._scored(_BY_NAME, inner, cc)
            if not scored and _variants_allowed(inner):
                scored = self._scored(_BY_SKELETON, skeleton(inner), cc)
            if scored:
                scored = _prefer_areas(scored)
                break
        if scored and not name.isascii():
            scored = self._prefer_exact_spelling(name, scored)
        if not scored and fuzzy:
            return self.fuzzy_candidates(name, [cc] if cc else None, limit)
        return _best(scored, limit)

    def fuzzy_candidates(self, name: str, countries: Collection[str] | None = None, limit: int = 5) -> list[Place]:
        """Spelling variants within edit distance 1-2 of `name`, only for capitalised rare names of >= 6 letters.

        With `countries`, any place there may match; without, only famous places (prominence >= 0.6), because
        an unrestricted search finds a village for one word in four.
        """
        key = fuzzy_gate(name)
        if key is None:
            return []
        codes = tuple(sorted({c.upper() for c in countries})) if countries else None
        pool = self._fuzzy_pool(codes) if codes else self._prominent_pool()
        scored: dict[int, Place] = {}
        for match, distance in closest_keys(key, pool, limit=limit * 4, restricted=bool(codes)):
            weight = MATCH_FUZZY * (1 - distance / (len(key) + 1))
            for pk, place in self._scored(_BY_NAME, match, None, weight).items():
                if (not codes or place.country_code in codes) and (pk not in scored or scored[pk].score < place.score):
                    scored[pk] = place
        return _best(scored, limit)

    def spelled_as(self, name: str) -> frozenset[str]:
        """Ids of the places one of whose names is written exactly so (up to case and unified letter variants).

        For scripts whose romanisation loses letters (Arabic `ط`/`ت` both fold to `t`), only these are the name."""
        rows = self._db.execute(
            "SELECT p.id FROM spellings s JOIN places p ON p.pk = s.pk WHERE s.spelling = ?", (spelling(name),)
        )
        return frozenset(pid for (pid,) in rows)

    def get(self, place_id: str) -> Place:
        """The place with this id (`geonames:586523`, `ne:AZE`, `overlay:nagorno-karabakh`); KeyError if unknown."""
        row = self._db.execute(f"SELECT {_PLACE_COLUMNS}, 0 FROM places p WHERE p.id = ?", (place_id,)).fetchone()
        if row is None:
            raise KeyError(place_id)
        return _place(row)

    def country(self, code: str) -> Place | None:
        """The country entry (PCLI, PCLD, ...) for an ISO alpha-2 code, or None."""
        row = self._db.execute(
            f"SELECT {_PLACE_COLUMNS}, 0 FROM places p WHERE p.country_code = ? AND p.feature_code LIKE 'PCL%' "
            "ORDER BY p.feature_code = 'PCLI' DESC, p.population DESC LIMIT 1",
            (code.upper(),),
        ).fetchone()
        return _place(row) if row else None

    def admin1_name(self, country: str | None, code: str | None) -> str | None:
        """The name of a place's first-level division (`Kharkivska oblast` for GeoNames' `07` in UA, `Kentucky` for
        `KY` in the US), or None. GeoNames codes are not ISO 3166-2 codes, so the division is the top-level ISO
        subdivision nearest the middle of the code's towns, kept only when that middle lies inside it: no name is
        better than a neighbour's."""
        if not country or not code:
            return None
        key = (country, code)
        if key not in self._admin1_names:
            self._admin1_names[key] = self._admin1_name(country, code)
        return self._admin1_names[key]

    def _admin1_name(self, country: str, code: str) -> str | None:
        if code.startswith(f"{country}-"):  # an ISO 3166-2 code: a subdivision's own
            row = self._db.execute("SELECT name FROM places WHERE id = ?", (f"iso3166-2:{code}",)).fetchone()
            return row[0] if row else None
        lat, lon, towns = self._db.execute(
            "SELECT avg(lat), avg(lon), count(*) FROM places WHERE country_code = ? AND admin1 = ? "
            "AND feature_class = 'P'",
            (country, code),
        ).fetchone()
        if not towns:
            return None
        middle = Place("", "", lat, lon, "P", "PPL", country)
        subdivisions = [
            _place((*row, 0))
            for row in self._db.execute(
                f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.country_code = ? AND p.feature_code = 'ADM1' "
                "AND p.source = 'iso3166-2'",
                (country,),
            )
        ]
        nearest = sorted(subdivisions, key=middle.km_to)[:2]
        if not nearest or not middle.lies_in(nearest[0]):
            return None
        if len(nearest) == 2 and middle.km_to(nearest[1]) < ADMIN1_MARGIN * middle.km_to(nearest[0]):
            return None  # two divisions about as near: a neighbour's name is worse than none
        return nearest[0].name

    def admin2_name(self, place_id: str | None) -> str | None:
        """The name of a place's second-level division (`Kharkiv Raion`; `gazetteer.admin2`), or None."""
        return admin2_name(self._db, place_id)

    def demonym(self, word: str) -> Place | None:
        """The country whose people `word` names (`Russian`, `Sri Lankans`), or None."""
        return self._demonyms().get(fold(word))

    @lru_cache(maxsize=1)  # noqa: B019 - one table per open index: every capitalised word of a text is asked
    def _demonyms(self) -> dict[str, Place]:
        sql = f"SELECT {_PLACE_COLUMNS}, 0, d.key FROM demonyms d JOIN places p ON p.pk = d.pk"
        return {row[-1]: _place(row) for row in self._db.execute(sql)}

    def geocode(
        self, query: str, exactly_one: bool = True, timeout: float | None = None
    ) -> Location | list[Location] | None:
        """geopy-compatible: the best match as a `geopy.location.Location` (raw = the Place as a dict).

        `timeout` is accepted, as geopy callers pass it, and unused: lookups are local.
        """
        places = self.candidates(query, limit=1 if exactly_one else 10)
        locations = [_location(p) for p in places]
        if exactly_one:
            return locations[0] if locations else None
        return locations or None

    def has_name(self, key: str) -> bool:
        """Is `key` (already `fold`ed) a name, a transliteration variant or an administrative phrase (`kursk oblast`)
        of any place, i.e. will `candidates(..., fuzzy=False)` find something? SQL for the first KEY_SETS_AFTER
        questions, then set lookups."""
        if self._keys is None:
            self._asked += 1
            if self._asked > KEY_SETS_AFTER:
                self._load_key_sets()
        return self._named(key) or any(self._named(inner) for inner in strip_unit_words(key))

    def _named(self, key: str) -> bool:
        if self._known("names", key):
            return True
        if not _variants_allowed(key):
            return False
        return self._known("skeletons", skeleton(key)) or (_joinable(key) and self._known("skeletons", joined(key)))

    def _known(self, table: str, key: str) -> bool:
        keys = self._keys if table == "names" else self._skeletons
        if keys is not None:
            return key in keys
        return self._db.execute(f"SELECT 1 FROM {table} WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def is_place_like(self, token: str, lang: str) -> bool:
        """Could this token of running text name a place? Capitalised (or caseless script) and no common word."""
        stripped = token.strip()
        if not stripped or not stripped[0].isalpha():
            return False
        if stripped[0].lower() == stripped[0] and stripped[0].upper() != stripped[0]:
            return False
        return not is_common_word(stripped, lang)

    # --- internals -----------------------------------------------------------------------------------------------

    def _scored(self, sql: str, key: str, country: str | None, weight: float | None = None) -> dict[int, Place]:
        """Places matching `key` by pk, scored by match kind (last column) or the given weight."""
        scored: dict[int, Place] = {}
        for row in self._db.execute(sql, (key,)):
            place = _place(row)
            if country and place.country_code != country:
                continue
            match_weight = _MATCH_WEIGHTS[row[-1]] if weight is None else weight
            if weight is None and row[-1] == 1 and skeleton(fold(place.name)) == skeleton(key):
                match_weight = MATCH_OWN_NAME_VARIANT  # `Sloviansk` spells Slovyansk's own name, not just an alias
            candidate = dataclasses.replace(place, score=match_score(match_weight, row[12]))
            pk = row[0]
            if pk not in scored or scored[pk].score < candidate.score:
                scored[pk] = candidate
        return scored

    def _prefer_exact_spelling(self, name: str, scored: dict[int, Place]) -> dict[int, Place]:
        """Places written exactly as the query keep their score; places that only fold to it are penalised."""
        spelled = {pk for (pk,) in self._db.execute("SELECT pk FROM spellings WHERE spelling = ?", (spelling(name),))}
        if not spelled:
            return scored
        return {
            pk: place
            if pk in spelled
            else dataclasses.replace(place, score=round(place.score * FOLDED_ONLY_PENALTY, 4))
            for pk, place in scored.items()
        }

    def _load_key_sets(self) -> None:
        self._keys = frozenset(k for (k,) in self._db.execute("SELECT DISTINCT key FROM names"))
        self._skeletons = frozenset(k for (k,) in self._db.execute("SELECT DISTINCT key FROM skeletons"))

    @lru_cache(maxsize=64)  # noqa: B019 - one cache per open index is intended; indexes live for the process
    def _fuzzy_pool(self, countries: tuple[str, ...]) -> tuple[str, ...]:
        marks = ",".join("?" * len(countries))
        sql = f"SELECT DISTINCT key FROM names WHERE country_code IN ({marks})"
        return tuple(k for (k,) in self._db.execute(sql, countries))

    @lru_cache(maxsize=1)  # noqa: B019 - one pool per open index, kept for the life of the process
    def _prominent_pool(self) -> tuple[str, ...]:
        """Keys of famous places only (cities of ~100k+, admin areas, regions): the pool when no country is known."""
        sql = "SELECT DISTINCT n.key FROM names n JOIN places p ON p.pk = n.pk WHERE p.prominence >= ?"
        return tuple(k for (k,) in self._db.execute(sql, (FUZZY_GLOBAL_MIN_PROMINENCE,)))


def _joinable(key: str) -> bool:
    """Two words may be one name written as one (`Shakar Garh`, `Shakargarh`), when neither is an everyday word or
    a letter or two (`The UAE`, `Well I`: joined, their skeletons meet villages'). A one-word name written apart in
    the index (`Khanyounis`) needs no second try: the build adds its joined skeleton."""
    words = key.split(" ")
    return len(words) == 2 and all(len(w) >= JOINED_MIN_LETTERS and not is_common_in_any_language(w) for w in words)


def _variants_allowed(key: str) -> bool:
    """Transliteration variants are for names, not everyday words: `Minggu` (Sunday) must not become `Mingu`."""
    return not is_common_in_any_language(key)


def _place(row: tuple) -> Place:
    return Place(*row[1:12])


def _prefer_areas(scored: dict[int, Place]) -> dict[int, Place]:
    """After stripping `oblast`/`provinsi`: administrative areas and regions if any (a country's namesake province
    before the country: `Niger State` is Nigeria's), else the towns, marked down."""
    areas = {pk: p for pk, p in scored.items() if p.feature_class in {"A", "L"}}
    divisions = {pk: p for pk, p in areas.items() if not p.is_country_scale}
    if areas:
        return divisions or areas
    return {pk: dataclasses.replace(p, score=round(p.score * UNIT_TOWN_PENALTY, 4)) for pk, p in scored.items()}


def _best(scored: dict[int, Place], limit: int) -> list[Place]:
    return sorted(scored.values(), key=lambda p: (-p.score, -p.population, p.id))[:limit]


def _location(place: Place) -> Location:
    address = ", ".join(x for x in (place.name, place.country_code) if x)
    return Location(address, (place.lat, place.lon, 0.0), dataclasses.asdict(place))
