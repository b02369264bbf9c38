"""One gazetteer Place per mention, chosen in the article's context: its countries, its other places, its cue words."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from gazetteer import Place
from gazetteer.place import DEFAULT_AREA_RADIUS_KM
from geo.extract.mentions import AIRPORT, LIST_NEAR_KM, VILLAGE, Mention, spelt_only
from geo.extract.scoring import (
    FAR_KM,
    Scorer,
    candidate_features,
    cue_fits,
    hand_scorer,
    km_from_edge,
    written_as_own_name,
)
from geo.lexicon import Lexicon

# Confidence is 0.5 plus the best score's lead over the runner-up (`_pick`), on the scorer's scale like the
# scorer's own thresholds (`Scorer.min_score`, `Scorer.town_margin`); a scorer on another scale must revisit it.
ANCHOR_CONFIDENCE = 0.6  # hand-set: a first-pass choice this clear is an anchor for the second pass


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    """A mention with the place chosen for it; `confidence` is how clearly it beat the other candidates."""

    mention: Mention
    place: Place
    confidence: float


AREA_CUES = frozenset({"district", "region", "province"})
SUBDIVISIONS = "iso3166-2"  # the source of the provinces the gazetteer can name a place's province by
# A name matched only by its spelling is a variant of a place near the article's own: on the strike gold the right
# ones lay within 149 km of them, the wrong ones 183 km or more (`Letpanhla` -> Let Pan Gwa, 580 km). The field's
# 161 km tolerance lies between.
WEAK_MATCH_KM = 161.0
# A village or small town, held to the same reach when it lies abroad: the wrong namesakes seen were of 500-2,800
# people (`Ziarat` in Iran for an Afghan village), while targets named without their country are towns (Eilat, 52,000).
VILLAGE_POPULATION = 10_000
SEAS = frozenset({"SEA", "GULF", "OCN", "STRT", "BAY"})
# A name shared by this many towns of one country (`Shahpur`, 20 in India) means the one near the story or none: none
# of them lies within COMMON_FAR_KM of the article's other places, so the one meant is a village the index lacks.
COMMON_NAMESAKES = 5
COMMON_FAR_KM = 300.0
PROMINENT_TOWN = 100_000  # a town this large is known by its name across its country
# A city's district or quarter lies inside the city: Kyiv, among the largest cities the conflicts' news names, reaches
# about 20 km from its point; the namesakes to drop lay 130 km away or more (a Chernihiv village for Kyiv's
# Desnianskyi).
CITY_DISTRICT_KM = 30.0
CITY_PARTS = frozenset({"district", "neighbourhood"})
DISTRICT_PROVINCE_GAP = 20  # characters from a district's name to its province's: ` district of `, ` di Provinsi `
DISTRICT_FAR_KM = 150.0  # a district lies within a province: farther than this from its sentence's places is elsewhere
# a village lies in a district, a few tens of km across (Lebanon's Bint Jbeil district: 30 km): twice that from every
# place of its sentence, and in another country than all of them, is a namesake abroad
VILLAGE_FAR_KM = 60.0
# A province is known by a point and the radius of its country's average province, but provinces are no circles of
# one size: Kyaukme lies 1.3 radii from Shan state's point, Maungdaw 1.9 from Rakhine's (a coastal strip 500 km long),
# Lin Ta Lu 2.2 from Sagaing's (twice the average). A place lies in a province up to three radii from its point; the
# namesake to drop lay 6.7 radii away (Nyaung Gon, 800 km from Sagaing), the region to leave alone in a list 9.3 (`Lviv,
# Kherson Oblast and Odesa`).
IN_AREA_RADII = 3.0


def _stray(place: Place, mention: Mention, countries: Counter[str], anchors: list[Place]) -> bool:
    """A place far from all the article's other places in the countries it is about: a person's name or a word
    (`Fedorov`, `Rumah`), or a village namesake abroad (`Ta Lu`), not the place meant. An article that names no
    country is about its unambiguous places' countries; a name matched only fuzzily (`Gurion` -> Huron) must be near
    them even in a country the article names. World cities and countries stay."""
    world_city = place.population >= 1_000_000 and not _weak_match(place, mention)  # `Maaraka` is not Maracaibo
    # `the Soroka hospital in Beersheba`: a city known across its country, the only place of its name, is meant even
    # beside a namesake abroad of a word or name (Soroca, Moldova)
    known_city = place.population >= PROMINENT_TOWN and len(mention.candidates) == 1 and not _weak_match(place, mention)
    # a sea has no namesake: it is not measured by a far anchor (`U.S.` beside the Red Sea); nor has a town's airport
    # named by its town (`Baghdad airport` beside `Washington`)
    named_airport = place.feature_code == "AIRP" and mention.cue == AIRPORT and len(mention.candidates) == 1
    if place.is_country_scale or world_city or known_city or place.feature_code in SEAS or named_airport:
        return False
    others = [a for a in anchors if a.id != place.id]  # an unambiguous stray is its own anchor: it does not count
    if _common_name_far(place, mention, others):
        return True
    lone = _village(place) and not any(a.country_code == place.country_code for a in others)
    if not countries and len(mention.candidates) == 1 and not (others and lone):
        return False  # with no country named, the unambiguous names are what the article is about (not `Kebele`,
        # an Ethiopian ward, read as a Slovenian village beside Addis Ababa)
    home = set(countries) or {a.country_code for a in others}
    if not home or (place.country_code in home and not _weak_match(place, mention)):
        return False
    # `di wilayah Al-Dabba di Sudan utara`: a name a place word introduces is a place, whatever its spelling; the one
    # candidate of the article's countries is it, however far from the article's other places
    home_candidates = [p for p in mention.candidates if p.country_code in home]
    if mention.cue and not mention.fuzzy and home_candidates == [place]:
        return False
    # `bandara di Kota Isafahan`: a town word before a misspelt name of a city known across the article's country
    if mention.cue and mention.fuzzy and place.country_code in home and place.population >= PROMINENT_TOWN:
        return False
    local = [a for a in others if a.country_code in home] or others
    if not local:  # nothing to measure by: a name matched only fuzzily outside the article's countries is a word
        return place.country_code not in home and _weak_match(place, mention)
    # a sea's or a country's middle says little of where a place in or by it lies: towns and provinces do
    land = [a for a in local if not (a.is_water or a.is_country_scale)]
    # a village abroad whose country has no other place in the article (`Ziarat` in Iran, in a story of Herat)
    if not (land and (_weak_match(place, mention) or lone)):
        return min(place.km_to(a) for a in local) >= FAR_KM
    return min(km_from_edge(a, place) for a in land) >= WEAK_MATCH_KM  # a village in Sagaing region is in it


def _common_name_far(place: Place, mention: Mention, anchors: list[Place]) -> bool:
    """`Shahpur` in a story of Poonch: a name that many towns of the country share, none of them near any other place
    the article names in that country, is a village the index lacks, not one of them chosen at random (Shahpur in
    Bihar, 1,000 km)."""
    if not place.is_populated or any(p.is_capital or p.population >= PROMINENT_TOWN for p in mention.candidates):
        return False  # `Washington`, `Salisbury`: a name a known town has
    namesakes = [p for p in mention.candidates if p.country_code == place.country_code and p.is_populated]
    land = [a for a in anchors if not (a.is_country_scale or a.is_water) and a.country_code == place.country_code]
    if len(namesakes) < COMMON_NAMESAKES or not land:
        return False  # measured by the article's own places in that country only
    return all(min(km_from_edge(a, p) for a in land) >= COMMON_FAR_KM for p in namesakes)


def _village(place: Place) -> bool:
    """A small town: abroad, in a country the article neither names nor places anything else in, it is a namesake of
    a village the index lacks, unless it lies right across a border from the article's places."""
    return place.is_populated and place.population < VILLAGE_POPULATION


def _weak_match(place: Place, mention: Mention) -> bool:
    """Matched only fuzzily or by a spelling rule (`Gurion` -> Huron), not by one of the place's own names."""
    return mention.fuzzy or spelt_only(place)


def _pick(
    mention: Mention,
    scorer: Scorer,
    countries: Counter[str],
    anchors: list[Place],
    areas: Sequence[Place] = (),
    sides: Collection[str] = (),
    mates: Sequence[Place] = (),
) -> tuple[Place, float, float] | None:
    """The best-scored candidate, its score and its confidence: 0.5 plus its lead over the runner-up, within 0..1.
    `mates` are the places the mention's sentence names beside it."""
    scored = sorted(
        ((scorer.score(candidate_features(p, mention, countries, anchors, areas)), p) for p in mention.candidates),
        key=lambda sp: -sp[0],
    )
    if not scored:
        return None
    best_score, best = scored[0]
    tied = [p for s, p in scored if s == best_score]
    # a country's middle says little; the places of the mention's own sentence say most (`Thabeikkyin township's
    # Leik Kya village`), the article's elsewhere
    beside = [a for a in mates if not (a.is_country_scale or a.is_water)]
    land = beside or [a for a in anchors if not (a.is_country_scale or a.is_water)]
    if len(tied) > 1 and land:  # namesakes nothing else tells apart (villages of no known size): the nearest
        best = min(tied, key=lambda p: min(km_from_edge(a, p) for a in land))
    if (
        beside
        and best.country_code not in {a.country_code for a in beside}
        and min(km_from_edge(a, best) for a in beside) > DISTRICT_FAR_KM
    ):
        # `the border towns of Houla, Ayta al-Shaab and Shiheen`: a namesake within a village's reach of a place its
        # sentence names unambiguously beats a better-known one abroad, far from all of them (Kafr Laha, called
        # Houla, 200 km off in Syria); a namesake in the mates' own land stays (`Izium and Nikopol`: the city)
        near = (
            (s, p)
            for s, p in scored
            if s >= scorer.min_score
            and (mention.cue is None or cue_fits(mention.cue, p))  # `Sagaing region` stays the region
            and any(km_from_edge(a, p) <= VILLAGE_FAR_KM for a in beside)
        )
        best_score, best = next(near, (best_score, best))
    if _stray(best, mention, countries + Counter(sides), anchors):
        return None
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    # A town and its same-named district (ADM1/ADM2 of the same name a few km away, or the province it is the seat
    # of: `Odesa`, `Zaporizhzhia`) are one answer: prefer the town. A country keeps its name (`Kuwait`, `Djibouti`).
    if not cue_fits(mention.cue, best) and not best.is_populated:
        for s, p in scored[1:]:
            if (
                p.is_populated
                and p.country_code == best.country_code
                and (p.km_to(best) <= 30 or (not best.is_country_scale and (p.lies_in(best) or p.is_capital)))
                and s >= best_score - scorer.town_margin
            ):
                best_score, best = s, p
                break
    confidence = max(0.0, min(1.0, 0.5 + (best_score - runner_up)))
    return best, best_score, confidence


def resolve_mentions(
    mentions: list[Mention],
    countries: Collection[str] = (),
    strays: Collection[str] = (),
    scorer: Scorer | None = None,
) -> list[ResolvedMention]:
    """Two passes: unambiguous mentions anchor the map, then every mention is scored against those anchors.

    `countries` are ISO codes the article names in other ways (demonyms, country adjectives); `strays` adds the
    countries a place far outside all of them is a stray for (the fighting sides: `Russian forces`). `scorer` weighs
    each candidate's features (default: today's hand-set weights, `scoring.hand_scorer()`).
    """
    scorer = scorer or hand_scorer()
    weights: Counter[str] = Counter(c for c in countries if c)
    for m in mentions:
        if m.candidates and m.candidates[0].is_country and m.candidates[0].score >= 0.9:
            weights[m.candidates[0].country_code or ""] += 1
        elif m.candidates and all(p.feature_code == "ADM1" and written_as_own_name(p, m.text) for p in m.candidates):
            # a province of one country, by its own name, names it (`Azad Jammu and Kashmir` is Pakistan's)
            states = {p.country_code for p in m.candidates}
            if len(states) == 1:
                weights[states.pop() or ""] += 1
    weights.pop("", None)
    # A name repeated through an article has the same reading and candidates: it is scored once per context.
    memo: dict[tuple, tuple[Place, float, float] | None] = {}

    def pick(
        m: Mention,
        anchors: list[Place],
        around: Sequence[Place] = (),
        anchored: bool = False,
        mates: Sequence[Place] = (),
    ) -> tuple[Place, float, float] | None:
        key = (
            m.text,
            m.cue,
            tuple(p.id for p in m.candidates),
            anchored,
            tuple(a.id for a in around),
            tuple(a.id for a in mates),
        )
        if key not in memo:
            memo[key] = _pick(m, scorer, weights, anchors, around, strays, mates)
        return memo[key]

    first = [pick(m, []) for m in mentions]
    clear = [
        (m.text.casefold(), chosen[0])
        for m, chosen in zip(mentions, first, strict=True)
        if chosen and chosen[2] >= ANCHOR_CONFIDENCE and not chosen[0].is_country_scale
    ]
    anchors = list({p.id: p for _, p in clear}.values())
    anchors_of: dict[str, list[Place]] = {}
    names_of: dict[str, set[str]] = {}
    for name, p in clear:
        names_of.setdefault(p.id, set()).add(name)
    self_anchored = {name for name, p in clear if names_of[p.id] == {name}}

    def anchors_for(m: Mention) -> list[Place]:
        """The anchors other names give: a name's own first-pass choice does not vouch for itself (`Paris`, taken
        for the French capital, would otherwise stand near itself beside the Texan towns of a local paper)."""
        name = m.text.casefold()
        if name not in self_anchored:
            return anchors
        if name not in anchors_of:  # a name the only anchor of its article is its own context
            anchors_of[name] = [p for p in anchors if names_of[p.id] != {name}] or anchors
        return anchors_of[name]

    areas = [(m, _area_of(m, pick[0])) for m, pick in zip(mentions, first, strict=True) if pick]
    areas = [(m, area) for m, area in areas if area is not None]
    placed = [(m, pick[0]) for m, pick in zip(mentions, first, strict=True) if pick and not pick[0].is_country_scale]
    areas_in = _by_sentence(areas)
    placed_in = _by_sentence(placed)
    chosen_for: list[tuple[Mention, tuple[Place, float, float]]] = []
    for m in mentions:
        around = [area for other, area in areas_in.get(m.sentence, ()) if other is not m]
        mates = [p for other, p in placed_in.get(m.sentence, ()) if other is not m and len(other.candidates) == 1]
        chosen = pick(m, anchors_for(m), around, anchored=True, mates=mates)
        far = chosen and _far_namesake(m, chosen[0], placed_in.get(m.sentence, []), set(countries) | set(strays))
        if chosen and chosen[1] >= scorer.min_score and not far:
            chosen_for.append((m, chosen))

    # one name, one place through an article: a village named again with no town beside it (`attacks on Yae Htwet`)
    # is the one its first telling placed (`Thabeikkyin township's Yae Htwet`), where the choice scored best
    # (a town; `the region of Lviv` stays the region beside `Lviv mayor`, the city)
    def name_of(m: Mention) -> tuple[str, str | None, tuple[str, ...]]:
        return m.text.casefold(), m.cue if m.cue in AREA_CUES else None, tuple(p.id for p in m.candidates)

    best_of: dict[tuple[str, str | None, tuple[str, ...]], Place] = {}
    for m, (place, _, _) in sorted(chosen_for, key=lambda mc: -mc[1][1]):
        if place.is_populated:
            best_of.setdefault(name_of(m), place)
    # `the Kamensky district` then `the Kamensky oil depot`: a name the article gives a district of is that district,
    # not a town of the name far outside it (Kamenskiy, 600 km away)
    units = {m.text.casefold(): p for m, (p, _, _) in chosen_for if m.cue in AREA_CUES and p.is_area}
    resolved = []
    for m, (p, _, conf) in chosen_for:
        place = best_of.get(name_of(m), p)
        unit = units.get(m.text.casefold()) if m.cue is None and place.is_populated else None
        far = unit is not None and km_from_edge(unit, place) > WEAK_MATCH_KM
        resolved.append(ResolvedMention(m, unit if unit and far else place, round(conf, 3)))
    return resolved


def narrow_by_apposition(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Punjab, Pakistan's most populous province`, `Paris, Texas`, `Homs, Syria`: a name followed by a comma and a
    country or a first-level division is one of its namesakes there, through the whole article (a reader told once
    which Punjab is meant reads every later `Punjab` so). Its candidates are narrowed to those, when it has any
    there; a name that is itself a country is a list (`Lebanon, Syria and Iraq`) and left alone."""
    told: dict[str, frozenset[str]] = {}  # name -> ids of its candidates in the place named after it
    for m, after in itertools.pairwise(mentions):
        if not m.candidates or not after.candidates or text[m.end : after.start].strip() != ",":
            continue
        area = after.candidates[0]
        if m.candidates[0].is_country_scale or not (area.is_country or area.feature_code == "ADM1"):
            continue
        # `Paris, Texas`: the namesakes within the state's circle only; with IN_AREA_RADII's reach, towns of the
        # neighbouring states came in and LGL's Acc@161 fell from .836 to .833
        inside = [
            p.id for p in m.candidates if p.country_code == area.country_code and (area.is_country or p.lies_in(area))
        ]
        if inside:
            told.setdefault(m.text.casefold(), frozenset(inside))
    narrowed = []
    for m in mentions:
        ids = told.get(m.text.casefold())
        kept = tuple(p for p in m.candidates if p.id in ids) if ids else ()
        narrowed.append(replace(m, candidates=kept) if kept else m)
    return narrowed


def in_area(place: Place, area: Place) -> bool:
    """The place lies in the country, or in the province (a town's district) within IN_AREA_RADII of its point."""
    if place.country_code != area.country_code:
        return False
    radius = area.radius_km if area.is_area and area.radius_km else DEFAULT_AREA_RADIUS_KM  # a town: its district
    return area.is_country or place.km_to(area) <= radius * IN_AREA_RADII


def drop_villages_outside(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """`Nyaung Kone village in the northern Sagaing region`: a village the text places in a province or country that
    none of its namesakes lies in is one the index lacks (Nyaung Gon lies 800 km south); it is dropped, not drawn at
    a namesake, through the whole article (`a resident of Nyaung Kone` later is the same village). A town that large
    in the area's country is kept: the index may place it a little off. A spelling variant, of whatever size, is
    dropped the same way, and a comma places it too (`wilayah Al-Jabanah, Hodeidah` is no Al Jalamah in the West
    Bank); one with namesakes there keeps only those (`distrik Yakovlevsky di wilayah Belgorod` is none of the
    Ukrainian Yakovlivkas)."""
    joiners = (
        lex.location_prepositions
        | lex.directions
        | lex.determiners
        | lex.appositive_heads
        | lex.coordinators
        | lex.reference_prepositions
    )
    dropped: set[str] = set()
    narrowed: dict[int, tuple[Place, ...]] = {}
    for m, after in itertools.pairwise(mentions):
        between = text[m.end : after.start]
        gap = re.findall(r"\w+", between.casefold())
        if m.sentence != after.sentence or not all(
            w in joiners
            or lex.cues_before.match_at([frozenset({w})], 0)
            or (n and lex.cues_after.match_at([frozenset({w})], 0))  # not the name's own (`Hodeida governorate`)
            for n, w in enumerate(gap)
        ):
            continue  # `in the province of`, `di wilayah`, `in the southern countryside of`: place words only
        told = (
            any(w in lex.location_prepositions for w in gap)
            or (m.fuzzy and between.strip() == ",")
            # `Moe Tarr Lay village of Katha township`: the name's own unit word, then `of`
            or (len(gap) == 2 and gap[1] in lex.reference_prepositions and _unit(gap[0], lex) == m.cue)
        )
        area = next((p for p in after.candidates if p.is_country or p.feature_code == "ADM1"), None)
        # a variant placed by a town lies within a district of one of the town's namesakes, and so does a name placed
        # in a district known by its town (`Moe Tarr Lay village in Katha township`: Tar Lay lies 450 km off)
        areas = [area] if area else list(after.candidates) if m.fuzzy or after.cue == "district" else []
        if not told or not areas or not m.candidates:
            continue
        # a town that large is kept in the country of one of the area's namesakes (`Lahore in Punjab`), not abroad
        # (`the town of Toul in the Nabatieh district` is no French Toul)
        home = {a.country_code for a in areas} | {p.country_code for p in after.candidates if p.is_area}
        if not m.fuzzy and any(
            p.is_area or p.is_country_scale or (p.population >= VILLAGE_POPULATION and p.country_code in home)
            for p in m.candidates
        ):
            continue
        inside = tuple(p for p in m.candidates if any(in_area(p, a) for a in areas))
        if not inside:
            dropped.add(m.text.casefold())
        elif m.fuzzy:
            narrowed[m.start] = inside
    return [
        replace(m, candidates=narrowed[m.start]) if m.start in narrowed else m
        for m in mentions
        if m.text.casefold() not in dropped
    ]


def drop_city_districts_elsewhere(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """`the city's Proletarsky district`, `Kyiv's Desnianskyi district`, `the Desnianskyi district of Kyiv`: a district
    or quarter told as `the city's` lies in the town told last; one told as a named town's lies at least in that
    town's province (`Kharkiv's Izium district` is the Kharkiv region's). One whose namesakes all lie elsewhere is a
    part the index lacks, dropped through the article as `drop_villages_outside` drops villages: the town is the
    scene."""
    dropped: set[str] = set()
    for n, m in enumerate(mentions):
        appositive = _appositive_unit(text, m)
        if not m.candidates or (m.cue not in CITY_PARTS and _unit(appositive[1], lex) not in CITY_PARTS):
            continue
        owner = _owner(text, mentions, n, lex)
        if owner is not None and not any(_part_of(p, town, owner[1]) for p in m.candidates for town in owner[0]):
            dropped.add(m.text.casefold())
    return [m for m in mentions if m.text.casefold() not in dropped]


def _part_of(part: Place, town: Place, inside: bool) -> bool:
    if part.km_to(town) <= CITY_DISTRICT_KM:
        return True
    return (
        not inside and part.admin1 is not None and (part.country_code, part.admin1) == (town.country_code, town.admin1)
    )


def _owner(text: str, mentions: list[Mention], n: int, lex: Lexicon) -> tuple[list[Place], bool] | None:
    """The towns a district is told as a part of, and whether it must lie inside them: `the city's` after a town
    (inside), a town's possessive before it (`Kyiv's`) or a town after its unit word and `of`/`in` (`district of
    Kyiv`); None when it is told as no town's."""
    m = mentions[n]
    before = mentions[n - 1] if n and mentions[n - 1].sentence == m.sentence else None
    word = re.search(r"(\w+)['’]s\s+$", text[max(0, m.start - 20) : m.start])
    owner = word.group(1) if word else _appositive_unit(text, m)[0]
    if owner and n and _unit(owner, lex) == "city":
        # `the city's`: the town told last (`the city of Zaporizhzhia in southeastern Ukraine`: not the country)
        towns = next((t for k in range(n - 1, -1, -1) if (t := _towns(mentions[k]))), [])
        return (towns, True) if towns else None
    if before:
        between = text[before.end : m.start]
        if re.fullmatch(r"['’]s\s+", between) or (before.text.endswith(("'s", "’s")) and not between.strip()):
            towns = _towns(before)  # `Kyiv's Desnianskyi district`, the possessive in the mention's span or after it
            return (towns, False) if towns else None
    after = mentions[n + 1] if n + 1 < len(mentions) else None
    if after is None or after.sentence != m.sentence or after.cue not in (None, "city", "district"):
        return None  # `the Izium district of the Kharkiv region` places it in a province, not a town
    gap = re.findall(r"\w+", text[m.end : after.start].casefold())
    if (
        gap
        and gap[-1] in lex.location_prepositions | lex.reference_prepositions
        and all(_unit(w, lex) in CITY_PARTS for w in gap[:-1])
    ):
        towns = _towns(after)  # `the Desnianskyi district of Kyiv`, `distrik Desnianskyi di Kyiv`
        return (towns, False) if towns else None
    return None


def _appositive_unit(text: str, mention: Mention) -> tuple[str, str]:
    """`the city's largest district, Shevchenkivskyi`: the owner word and the unit word of a possessive phrase the
    name stands in apposition to (empty when it stands in none)."""
    found = re.search(r"(\w+)['’]s\s+(?:\w+\s+){0,2}?(\w+),\s+$", text[max(0, mention.start - 60) : mention.start])
    return (found.group(1), found.group(2)) if found else ("", "")


def _towns(mention: Mention) -> list[Place]:
    """The towns a mention may name, when a town is its first candidate (`Kyiv`, not a province named alike)."""
    towns = [p for p in mention.candidates if p.is_populated]
    return towns if towns and mention.candidates[0].is_populated else []


def _unit(word: str, lex: Lexicon) -> str | None:
    """The unit a single word names (`city`, `district`), by the lexicon's cue words before or after a name."""
    token = [frozenset({word.casefold()})]
    found = lex.cues_after.match_at(token, 0) or lex.cues_before.match_at(token, 0)
    return found[1] if found else None


def drop_villages_beyond_regions(
    resolved: list[ResolvedMention], division: Callable[[str | None, str | None], str | None]
) -> list[ResolvedMention]:
    """`the village of Sereda` in a story of Russia's Belgorod Region: a village the article names as one that lies in
    none of the provinces it names (as provinces, by a district's or a province's town, or by a town of the
    village's own sentence) is a namesake elsewhere of one the index lacks (Sereda, the old name of Furmanov, 600 km
    north), dropped through the article, unless it lies within WEAK_MATCH_KM of a province the article names (then it
    is the one meant, in the next province). `division` names a place's province (`Gazetteer.admin1_name`); a village
    in a province it cannot name is in none the article names. Its size is no matter: the index's namesake may be a
    town (Nikol'skoye in Moscow, 50,000 people). A district found only as a town of its name (`Behsud district of
    Nangarhar province`: the index lacks the district) is dropped so when a province is named right after it
    (DISTRICT_PROVINCE_GAP), however near that province the town lies, and kept when the town's province is
    unknown."""
    villages = [r for r in resolved if r.mention.cue in (VILLAGE, "district") and r.place.is_populated]
    if not villages or not any(r.place.feature_code == "ADM1" and r.place.source == SUBDIVISIONS for r in resolved):
        return resolved  # no village, or an article that names no province as one: no province is looked up
    # the provinces the article names, as provinces or by a district's or a province's town
    named = [
        r.place
        for r in resolved
        if r.place.feature_code == "ADM1" or (r.mention.cue in AREA_CUES and r not in villages)
    ]
    regions = {p.name if p.feature_code == "ADM1" else division(p.country_code, p.admin1) for p in named}
    village_sentences = {r.mention.sentence for r in villages}
    in_sentence: dict[int, set[str | None]] = {}
    for r in resolved:
        if r.mention.sentence in village_sentences and r.place.is_populated and r not in villages:
            in_sentence.setdefault(r.mention.sentence, set()).add(division(r.place.country_code, r.place.admin1))
    # `the village of Houla` in a story that names the Bekaa for another strike: a village near a province the article
    # names is the one meant, though in the next province (the namesakes dropped lay 600 km away and more)
    provinces = [r.mention for r in resolved if r.place.feature_code == "ADM1"]

    def of_province(m: Mention) -> bool:  # `Behsud district of Nangarhar province`: the province right after it
        return any(p.sentence == m.sentence and 0 <= p.start - m.end <= DISTRICT_PROVINCE_GAP for p in provinces)

    beyond = {
        r.mention.text.casefold()
        for r in villages
        if (
            (home := division(r.place.country_code, r.place.admin1)) is None
            or home not in regions | in_sentence.get(r.mention.sentence, set())
        )
        and (
            (of_province(r.mention) and home is not None)
            if r.mention.cue != VILLAGE
            else not any(km_from_edge(a, r.place) <= WEAK_MATCH_KM for a in named)
        )
    }
    return [r for r in resolved if r.mention.text.casefold() not in beyond]


def drop_far_list_mates(text: str, resolved: list[ResolvedMention], lex: Lexicon) -> list[ResolvedMention]:
    """`Damage was recorded in Kherson, Sadove, Antonivka and Zymivnyk`: places listed together lie near one another.
    A village of a list farther than LIST_NEAR_KM from each of its other towns, which lie that near one another, is a
    namesake elsewhere (Sadovoye in Crimea, 200 km) of a place the index lacks, dropped, when its name is shared or
    only a spelling of its own."""
    joins = lex.coordinators | {","}
    lists: list[list[ResolvedMention]] = []
    for r in sorted(resolved, key=lambda r: r.mention.start):
        last = lists[-1][-1] if lists else None
        between = text[last.mention.end : r.mention.start].replace(",", " , ").lower().split() if last else None
        if last and last.mention.sentence == r.mention.sentence and between and set(between) <= joins:
            lists[-1].append(r)
        else:
            lists.append([r])
    far: set[int] = set()
    for listed in lists:
        towns = [r for r in listed if r.place.is_populated]
        for r in towns:
            others = [q.place for q in towns if q is not r]
            if len(others) < 2 or not _village(r.place) or any(r.place.km_to(q) <= LIST_NEAR_KM for q in others):
                continue
            if not (_weak_match(r.place, r.mention) or len(r.mention.candidates) > 1):
                continue  # the one place of its name, by its own name (`Kharkiv, Chuhuiv and Vylkove`): far, but meant
            if all(a.km_to(b) <= LIST_NEAR_KM for a, b in itertools.combinations(others, 2)):
                far.add(id(r))
    return [r for r in resolved if id(r) not in far]


def _by_sentence(pairs: list[tuple[Mention, Place]]) -> dict[int, list[tuple[Mention, Place]]]:
    """Pairs grouped by their mention's sentence: each mention looks only at its own sentence's places."""
    grouped: dict[int, list[tuple[Mention, Place]]] = {}
    for m, place in pairs:
        grouped.setdefault(m.sentence, []).append((m, place))
    return grouped


def _area_of(mention: Mention, place: Place) -> Place | None:
    """The area a mention stands for: its place if that is an area; for a town named with an area word (`Borova in
    Izium district`, `Pokrovsk in the Donetsk region`) the best area among its candidates, else the town."""
    if place.is_area:
        return place
    if mention.cue not in AREA_CUES:
        return None
    return next((p for p in mention.candidates if p.is_area), place)


def _far_namesake(mention: Mention, place: Place, placed: list[tuple[Mention, Place]], home: set[str]) -> bool:
    """`the city of Kherson ... in the Dniprovskyi district`: a district far from every other place of its sentence is
    a namesake elsewhere (the index lacks the one meant), not the place meant. A dateline in capitals is no measure:
    it is where the article was filed (`BANGKOK (Reuters) - ... the border district of Kantharalak`). A district within
    the reach of a province its sentence names lies in it (`Kotapraja Chaung U, wilayah Sagaing`, a vast region).
    A village is one when it lies in a country the article names nowhere (`home`: its countries, sides included)
    and beyond a district's reach of every place of its sentence, all in other countries (`Di Bint Jbeil, pesawat
    Israel menargetkan desa Haris`: Haris of the West Bank), not a village across a front (`Israeli jets struck the
    village of Khiam after Hezbollah rockets hit Haifa`)."""
    if mention.cue not in ("district", VILLAGE):
        return False
    others = [p for other, p in placed if other is not mention and not other.text.isupper()]
    if any(p.feature_code == "ADM1" and in_area(place, p) for p in others):
        return False
    if mention.cue == VILLAGE:
        abroad = place.country_code not in home and bool(others)
        abroad = abroad and all(p.country_code != place.country_code for p in others)
        return abroad and min(km_from_edge(p, place) for p in others) >= VILLAGE_FAR_KM
    return bool(others) and min(km_from_edge(p, place) for p in others) >= DISTRICT_FAR_KM  # a province's edge
