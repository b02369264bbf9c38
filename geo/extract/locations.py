"""Is a place named in a strike clause where the strike happened? Datelines, distance references, launch sites,
metonyms, venues (`speaking in Kyiv`, `talks in Doha`), causes (`in solidarity with Gaza`) and scene-setting regions
(`In the Odesa region, a drone hit Izmail`) are named there, but nothing was struck at them. Each test here is a sign
(`geo.extract.verdict.Evidence`); the verdict's weights, fitted on the strike gold, decide."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

from gazetteer import Place
from gazetteer.place import DEFAULT_AREA_RADIUS_KM, destination
from geo.extract.attackers import passive_prefixed
from geo.extract.attribution import QUOTES, Sentence, patron_phrase_before, trim
from geo.extract.given_names import is_given_name
from geo.extract.mentions import NEIGHBOURHOOD, opens_with_particle, phrase_ending_at
from geo.extract.resolve import AREA_CUES, IN_AREA_RADII, ResolvedMention
from geo.extract.verdict import EVIDENCE_NAMES, Evidence, strike_verdict
from geo.lexicon import Lexicon

PROVINCE_CUES = frozenset({"region", "province"})
TOWN_CUES = frozenset({"city", "village"})  # lexicon cue values of `city`, `town`, `village` and their plurals
UNIT_BEFORE_UNKNOWN = TOWN_CUES | {"district"}  # `di distrik Barmal`, `desa X`: a name the index may lack follows
Located = tuple[int, int, ResolvedMention]  # token span of a mention in its sentence


TALLY_MIN = 100  # strikes counted in the hundreds are a tally over a period (one night's barrage counts weapons)
# A region of no administration this wide (Kashmir, 150 km; the Kurdistan Region) is no point of a strike: on the
# annotated sets all 28 drawn were false points or gold left them optional, while the regions under 75 km drawn
# (the Negev, Nagorno-Karabakh, South Lebanon, the Golan) held the sets' right ones.
VAST_REGION_KM = 100.0
ORG_RUN_WORDS = 3  # `Kurdistan Workers' Party`: the words of a name between its place and its organisation word
UNKNOWN_MAX_WORDS = 3  # `Abu Jubeiha`, `Deir al-Balah`: a village's name is a word or three
PATRON_REACH = 3  # words from a group word to its patron phrase: `faksi Irak yang (dekat dengan)`
DASHES = frozenset({"–", "—", "-"})  # `the el-Obeid–Kosti road`: two places a dash joins into one name
MONITOR_REACH = 8  # `dipantau (Antara pada Kamis 26 Juli 2017 pagi) di`: the monitor and the time between
SEAT_GAP = 3  # words between a strike word and the seat it struck: `at` + a two-word owner (`struck the Hezbollah ...`)
# `a field 10 km east of Balakliia` is near Balakliia; `20 miles from the Kismayo base` is not: a point drawn at the
# town is then farther from the strike than a town's tolerance in the gold (10-25 km)
OFFSET_MAX_KM = 25.0
# `61 nautical miles southwest of Hodeida`: a compass point leaves the scene anywhere within ±22.5° of its bearing,
# up to tan(22.5°) = 0.41 of the distance to either side, and a rounded distance errs by less than that
BEARING_SPREAD = 0.41
OWNED_EVENT_REACH = 4  # `Moscow's (almost two-year) offensive`: a capital's war a few words after its possessive
MEASURED = "+"  # joins a measured point's id to its reference place's: `geonames:79415+113kmSW`
COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
APPOSITION_WORDS = 6  # `, which lies about 150 km`, `, yang terletak sekitar 150 kilometer (90 mil) ke utara`


@dataclass(frozen=True, slots=True)
class Offset:
    """`80 km from Baku`, `61 nautical miles southwest of Hodeida`: how far the scene lies from a place (infinite when
    no number is given) and, when the text says it, which way (degrees clockwise from north)."""

    km: float
    bearing: float | None


def measured_offset(sent: Sentence, i: int, lex: Lexicon) -> Offset | None:
    """The distance said to lie between the place at token i and what the sentence talks about (`80 km from Baku`,
    `30 km north of`, `100 kilometer di timur`, `66 mil laut barat daya dari`), else None."""
    window = range(max(0, i - 8), i)
    units = [k for k in window if distance_word(sent.tokens[k].lower, lex)]
    reference = lex.reference_prepositions | lex.near_words
    if not (units and any(sent.tokens[k].lower in reference for k in range(units[0] + 1, i))):
        return None
    u = units[0]
    glued = _glued(sent.tokens[u].lower, lex)
    number = glued or (sent.tokens[u - 1].text.replace(",", "") if u else "")
    if glued:  # `120km`, `61nm`: the unit is the rest of the word
        unit = lex.distance_scales.match_at([frozenset({sent.tokens[u].lower[len(glued) :]})], 0)
        after = u + 1
    else:
        unit = lex.distance_scales.match_at(sent.words, u, i)
        after = u + (unit[0] if unit else 1)
    km = float(number) * (float(unit[1]) if unit else 1.0) if number.isdecimal() else float("inf")
    way = lex.bearings.find_all(sent.words, after, i)
    # `Some 800 km to the east, residents of Omdurman`, `60 km from the border, north of Kharkiv`: a distance or a
    # bearing its phrase has left measures from something else
    if way and any(sent.tokens[k].text in ",;:" for k in range(after, i)):
        way = []
    return Offset(km, float(way[0][2]) if way else None)


def bearing_from(sent: Sentence, i: int, lex: Lexicon) -> Offset | None:
    """`US air strikes south of Baghdad`, `the border strip north of Erbil`: a compass point and `of` with no distance
    say the scene lies some way off the place at token i, how far untold."""
    if i < 2 or sent.tokens[i - 1].lower not in lex.reference_prepositions:
        return None
    way = next(((s, b) for s, e, b in lex.bearings.find_all(sent.words, max(0, i - 4), i - 1) if e == i - 1), None)
    if way is None or way[0] == 0:
        return None
    # `the Al-Daraja Al-Oula neighbourhood, west of El Fasher`, `Ain Al-Asad Air Base west of Baghdad`: after a name
    # or a place's unit word the bearing says where that place lies, and the town locates it
    before = sent.tokens[way[0] - 1]
    countries = {k for s, e, rm in sent.mentions if rm.place.is_country_scale for k in range(s, e)}
    named = before.is_capitalised and way[0] - 1 not in countries  # `the border strip with Iran north of Erbil`
    # a unit word says so only after a name (`the Yarmouk camp south of Damascus`), not `a mountain area north of
    # Beirut`, which lies some way off the town
    unit = lex.cues_after.match_at(sent.stems, way[0] - 1) and way[0] > 1 and sent.tokens[way[0] - 2].is_capitalised
    if before.text == "," or named or unit:
        return None
    return Offset(float("inf"), float(way[1]))


def placed_by_distance(sent: Sentence, e: int, lex: Lexicon) -> bool:
    """`..., to the nearest town, Gao, which lies about 150 km to the north`: a town the text places by its distance
    from the scene is a reference. A distance from something named after it (`Shostka, 140 km northwest of Sumy`,
    `Pokrovsk, 10 km from the front`, `desa Letpanhla, sekitar 60 kilometer di utara kota Mandalay`) places the town
    itself: that one is the scene."""
    toks = sent.tokens
    if e >= len(toks) or toks[e].text != ",":
        return False
    for k in range(e + 1, min(e + 1 + APPOSITION_WORDS, len(toks))):
        if distance_word(toks[k].lower, lex):
            # to the end of the apposition: `of Sumy`, `from the front`, `di utara kota ... di Myanmar` measure from
            # something else
            for j in range(k + 1, min(k + 1 + 2 * APPOSITION_WORDS, len(toks))):
                if toks[j].text in ",.;":
                    break
                if toks[j].lower in lex.reference_prepositions or toks[j].is_capitalised:
                    return False
            return True
        if toks[k].text in ",.;":
            return False
    return False


def distance_word(word: str, lex: Lexicon) -> bool:
    """A unit of distance, alone (`km`) or glued to its number (`120km`)."""
    return word in lex.distance_units or _glued(word, lex) is not None


def _glued(word: str, lex: Lexicon) -> str | None:
    """`120km`: the number of a distance written without a space before its unit."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїє")
    return digits if digits.isdecimal() and word[len(digits) :] in lex.distance_units else None


def _venue(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """`Netanyahu said in Jerusalem`, `the newspaper reported from Kabul`: where the speaker spoke, right after the verb
    (`reported explosions in Tyre` is what was reported)."""
    if i < 2 or sent.tokens[i - 1].lower not in lex.location_prepositions | lex.origin_prepositions:
        return False
    said = sent.tokens[i - 2].lower in lex.fused_reports  # `katanya di Kyiv` (he said in Kyiv)
    # `yang dipantau Antara pada Kamis pagi di Jakarta`: where the report was monitored, in the same phrase
    for k in range(i - 2, max(-1, i - 2 - MONITOR_REACH), -1):
        if sent.tokens[k].text in ",;:":
            break
        if sent.tokens[k].lower in lex.monitoring_words:
            return True
    return said or bool(lex.reporting_verbs.match_at(sent.words, i - 2, i - 1)) or _addressed(sent, i - 1, lex)


def _addressed(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """Words [.., k) end with whom a speaker addressed, after a speech verb or `to` (`told reporters`, `kepada
    wartawan`), or where, after a preposition of place (`at a news conference`)."""
    for phrases, before in (
        (lex.audiences, lex.addressee_verbs | lex.addressee_prepositions),
        (lex.briefings, lex.venue_prepositions),
    ):
        for s in range(max(1, k - AUDIENCE_WORDS), k):
            m = phrases.match_at(sent.words, s, k)
            if m and s + m[0] == k and sent.tokens[s - 1].lower in before:
                return True
    return False


def is_aimed(sent: Sentence, lo: int, i: int, lex: Lexicon) -> bool:
    """`rockets fired toward the city of Ashkelon`, `in the direction of Pokrovsk`: a place only aimed at (no location
    preposition between the aim word and the name)."""
    aims = lex.aim_words.find_all(sent.stems, max(lo, i - 8), i)
    if not aims or any(sent.tokens[k].lower in lex.location_prepositions for k in range(aims[-1][1], i)):
        return False
    # `shelled positions of the army stationed in the direction of Yellija`: where the struck thing stands
    start = min(a for a, b, _ in aims if b == aims[-1][1])  # `in the direction of`, not its `direction of`
    return not lex.aim_locators.find_all(sent.stems, max(lo, start - AIM_LOCATOR_REACH), start)


AUDIENCE_WORDS = 3  # `(a news conference)`: the longest audience phrase
AIM_LOCATOR_REACH = 4  # `positions stationed (in the) direction of`: words from a locator to the aim phrase it finds
AIRBORNE = frozenset({"drone_strike", "missile_attack", "rocket_attack"})
TOWN_DISTRICT_KM = 30.0  # a district is a few tens of km across (Lebanon's Bint Jbeil district: 30 km)
QUARTER_TOWN_KM = 15.0  # a camp or quarter lies within its town's reach (Gaza City's camps: under 5 km out)
QUARTER_GAP = 4  # `refugee camp in`: the words between a quarter's name and its town
LAUNCHED = AIRBORNE | {"shelling"}  # weapons fired from one place at another
AIRSPACE_GAP = 3


def downed_over(sent: Sentence, lo: int, i: int, cues: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """`two drones were destroyed over Gomel`: a drone, missile or rocket destroyed in the sky right over a place was
    shot down there (an interception), whatever the verb."""
    if not any(a in AIRBORNE for _, _, a in cues) or not lex.downing_verbs.find_all(sent.stems, lo, i):
        return False
    return any(
        all(sent.tokens[k].lower in lex.directions - lex.location_prepositions for k in range(e, i))
        for _, e, _ in lex.airspace_words.find_all(sent.words, max(lo, i - AIRSPACE_GAP - 3), i)
        if i - e <= AIRSPACE_GAP
    )


def is_vague(
    sent: Sentence, lo: int, hi: int, rm: ResolvedMention, cues: list[tuple[int, int, str]], lex: Lexicon
) -> bool:
    """`struck 12 settlements in Donetsk Oblast`: a province whose clause strikes unnamed or countless things in it is
    no point; nor is a region of no administration as wide as Kashmir (VAST_REGION_KM), whatever struck in it."""
    if is_vast(rm.place):
        return True
    district = (rm.place.feature_code or "").startswith(("ADM2", "ADM3")) or rm.mention.cue == "district"
    # a town told as a region the index has no province of is a district's seat (`settlements in Tartar and Aghdam
    # regions`, Azerbaijan's districts): a point near all it tells of
    area = not rm.place.is_populated and (not district or rm.mention.cue in PROVINCE_CUES)
    return area and bool(lex.vague_objects.find_all(sent.words, lo, hi) or _tally(sent, lo, cues))


def is_vast(place: Place) -> bool:
    """A region of no administration as wide as Kashmir or Iraqi Kurdistan: too wide to be any strike's point."""
    return place.feature_code == "RGN" and (place.radius_km or 0) >= VAST_REGION_KM


def _tally(sent: Sentence, lo: int, cues: list[tuple[int, int, str]]) -> bool:
    """`over 1,000 attacks on the Kurdistan Region and Nineveh province so far`: a count of strikes in the hundreds is
    a statistic over months, not one strike a province's middle could stand for."""
    for s, _, action in cues:
        if action != "attack":
            continue  # `500 drones at the Odesa region` is one night's attack on it
        before = "".join(t.text for t in sent.tokens[max(lo, s - 4) : s])  # `1`, `,`, `000`: one number
        counts = re.findall(r"\d[\d,.]*", before)
        if counts and int(re.sub(r"\D", "", counts[-1])) >= TALLY_MIN:
            return True
    return False


def launched_from(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """`launched from Belgorod`, `diluncurkan dari Gaza`: where a weapon set out (`dari Gaza ke arah Ashkelon` keeps
    the origin word to the first place after it)."""
    before = [k for k in range(max(0, i - 8), i) if sent.tokens[k].lower in lex.origin_prepositions]
    if not before:
        return False
    k = before[-1]
    inner = [m for m in sent.mentions if k < m[0] < i]
    if inner and not _seat_of(sent, inner[-1], i, lex):
        return False
    return bool(lex.origin_verbs.find_all(sent.stems, max(0, i - 10), k)) or _weapon_before(sent, k, lex)


def _seat_of(sent: Sentence, spot: Located, i: int, lex: Lexicon) -> bool:
    """`took off from the Khmeimim airbase in Latakia`: the place at i only says where the base before it is, so a
    weapon that set out from the base set out from there too."""
    _, e, rm = spot
    words = lex.location_prepositions | lex.determiners | lex.base_words
    return rm.place.feature_class == "S" and all(
        sent.tokens[k].lower in words or lex.cues_after.match_at(sent.words, k) for k in range(e, i)
    )


def _weapon_before(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """`the latest missile barrage from Iran`, `rudal dari Yaman`: a fired weapon named right before the origin word at
    k (or with one strike word between: `barrage`) set out from the place after it."""
    cues = lex.actions.find_all(sent.stems, max(0, k - 4), k)
    ends = {e for _, e, action in cues if action in LAUNCHED}
    return k in ends or (k - 1 in ends and any(s == k - 1 and e == k for s, e, _ in cues))


def _patron(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """The place at i is named as a group's patron: a patron phrase right before it, a group word shortly before that
    (`militias close to Tehran`, `faksi Irak yang dekat dengan Teheran`), not a place near another (`close to Kyiv`)."""
    start = patron_phrase_before(sent, i, lex)
    return start is not None and any(
        t.lower in lex.patron_groups for t in sent.tokens[max(0, start - PATRON_REACH) : start]
    )


def _metonym(sent: Sentence, i: int, end: int, lex: Lexicon) -> bool:
    """A capital that acts or speaks (`He accused Kyiv`, `Yerevan rejected`, `Moscow was not interested`)."""
    j = i - 1
    while j > 0 and sent.tokens[j].lower in lex.determiners:
        j -= 1
    if j >= 0 and lex.metonym_verbs.match_at(sent.stems, j):
        return True
    if _patron(sent, i, lex):
        return True
    before = sent.tokens[i - 1] if i > 0 else None
    if before and passive_prefixed(before.lower, lex) and lex.is_verb(before.lower, before.is_capitalised):
        return True  # `Krimea yang dicaplok Moskow`: the one a passive verb names after it is its agent
    markers = lex.reporting_markers_anywhere
    if any((m := markers.match_at(sent.words, k)) and k + m[0] == i for k in range(max(0, i - 3), i)):
        return True  # `menurut Baku`, `according to Kyiv`: the state speaking
    # `a terrorist act by the government in Kinshasa`: where the state's government sits; not a building of it (`the
    # seat of government in Kyiv`, `gedung pemerintah di Kyiv`)
    seat = (
        i > 2 and sent.tokens[i - 1].lower in lex.location_prepositions and sent.tokens[i - 2].lower in lex.seat_bodies
    )
    if seat and sent.tokens[i - 3].lower in (lex.determiners | lex.agent_markers) - lex.prepositions:
        return True
    if i > 1 and sent.tokens[i - 1].lower in lex.force_nouns and sent.tokens[i - 2].is_word:
        return True  # `setelah pasukan Moskow mundur`: the capital's forces (not a sentence's first word)
    owns = sent.tokens[end - 1].text.endswith(("'s", "’s")) and end < len(sent.tokens)
    if owns and sent.tokens[end].lower in lex.force_nouns:
        return True  # `Moscow's troops withdrew`
    ahead = range(end, min(len(sent.tokens), end + OWNED_EVENT_REACH))
    if owns and any(lex.named_events.match_at(sent.words, k) and sent.tokens[k].is_word for k in ahead):
        return True  # `Moscow's almost two-year offensive`: the state's war
    if i > 0 and sent.tokens[i - 1].lower in lex.location_prepositions:
        return False  # `a missile attack on Kyiv suspended the metro`: the place a strike is on does nothing
    j = end
    helpers = lex.auxiliaries | lex.passive_auxiliaries | lex.negation | QUOTES  # `Moscow will "pay dearly"`
    capitals = {i: e for i, e, rm in sent.mentions if rm.place.is_capital}
    passive = False
    while j < len(sent.tokens):
        when = next((n for n in (2, 1) if tuple(t.lower for t in sent.tokens[j : j + n]) in lex.relative), 0)
        if when:  # `Moscow last week withdrew`: a time said between the capital and its verb
            j += when
        elif sent.tokens[j].lower in lex.coordinators and j + 1 in capitals:
            j = capitals[j + 1]  # `New Delhi and Islamabad are trying`: two capitals, one verb
        elif sent.tokens[j].lower in helpers:
            passive = passive or sent.tokens[j].lower in lex.passive_auxiliaries
            j += 1
        else:
            break
    if j >= len(sent.tokens):
        return False
    if lex.metonym_verbs.match_at(sent.stems, j):
        return True
    struck = lex.actions.match_at(sent.stems, j) or lex.casualties.match_at(sent.stems, j)
    # `Washington killed his predecessor`, `Moskow menyerang Kyiv`: the state struck, not was; not the object of a
    # strike word before it (`struck Kyiv killing his wife`) nor before a participle (`rocked Kyiv injuring the guard`)
    verb = sent.tokens[j].lower
    # `the missiles that Tehran fired`: after a relative pronoun the capital opens a clause of its own
    relative = i > 0 and sent.tokens[i - 1].lower in lex.relatives | lex.complementizers
    subject = relative or not any(e in (i, i - 1) for _, e, _ in lex.actions.find_all(sent.stems, max(0, i - 3), i))
    fired = lex.light_verbs.match_at(sent.stems, j)
    if (struck or fired) and subject and not passive and not passive_prefixed(verb, lex) and not verb.endswith("ing"):
        after = sent.tokens[j + 1].lower if j + 1 < len(sent.tokens) else ""
        if struck and (after in lex.possessives | lex.determiners or any(s == j + 1 for s, _, _ in sent.mentions)):
            return True
        k = j + (fired[0] if fired else 1)
        while k < len(sent.tokens) and (lex.actions.match_at(sent.stems, k) or sent.tokens[k].lower in lex.numbers):
            k += 1  # `fired (missiles) at`, `launched (two drones) at`: what was fired
        aimed = k < len(sent.tokens) and sent.tokens[k].lower in lex.location_prepositions
        if aimed and any(s == k + 1 for s, _, _ in sent.mentions):
            return True  # `the drones that Tehran fired at Israel`: the place the strike was aimed at follows

    if j + 1 < len(sent.tokens) and sent.tokens[j + 1].lower in lex.exposure_words:  # `Kyiv came under attack`
        struck = struck or any(lex.actions.find_all(sent.stems, j + 2, min(j + 5, len(sent.tokens))))
    return j > end and sent.tokens[j].is_word and not struck  # `Moscow was not interested`, not `Kyiv was hit`


def in_context(sent: Sentence, lo: int, i: int, cues: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """The nearest cue before the place is a venue, cause or control word, not a strike word (`talks in Istanbul`,
    `yang berbicara di Brussel`, `the war in Gaza`, `who control Sanaa`), nor a seat that a strike word before it
    made the target."""
    # `war-displaced Palestinians`, `war-torn Gaza`: a word that only opens a compound modifier is none of these
    context = [c for c in lex.context_words.find_all(sent.stems, lo, i) if "-" not in sent.tokens[c[1] - 1].text]
    if not context:
        return False
    start, end, _ = context[-1]
    if lex.seats.match_at(sent.stems, start) and any(
        0 <= start - e <= SEAT_GAP for _, e, _ in [*cues, *lex.casualties.find_all(sent.stems, lo, start)]
    ):
        return False  # `a missile at Mossad headquarters in Tel Aviv`, `killed in its stronghold of X`: the seat struck
    named = i == end or (i == end + 1 and sent.tokens[end].lower in lex.org_joiners)  # `the stronghold (of) X`
    if named and lex.seats.match_at(sent.stems, start) and any(e <= start for _, e, _ in cues):
        return False  # `strikes across the country, including their stronghold Saada`: the seat is the place
    if any(e == start for _, e, _ in cues):
        return False  # `serangan rudal balasan ke Israel`: a word right after a strike word says what strike it was
    return end > max((e for _, e, _ in cues if e <= i), default=-1)


def _owns_the_strike(
    sent: Sentence, mentions: list[Located], n: int, cues: list[tuple[int, int, str]], lex: Lexicon
) -> bool:
    """`serangan Tel Aviv di Gaza City`, `serangan Moskow terhadap warga sipil`: in a language that puts the agent after
    the noun, a place right after a strike word and itself followed by where the strike was, or whom it struck, is the
    one striking, not struck."""
    i, e, _ = mentions[n]
    nxt = mentions[n + 1][0] if n + 1 < len(mentions) else None
    return (
        lex.agent_after_noun
        # a strike noun, not a verb and its object (`menghantam Muzaffarabad di Azad Jammu dan Kashmir`)
        and any(c_end == i and not lex.is_verb(sent.tokens[c_start].lower, False) for c_start, c_end, _ in cues)
        and e + 1 < len(sent.tokens)
        and sent.tokens[e].lower in lex.location_prepositions
        and (nxt == e + 1 or bool(lex.targets.match_at(sent.stems, e + 1)))
    )


def names_event(sent: Sentence, i: int, e: int, lex: Lexicon) -> bool:
    """`the Gaza war`, `the Istanbul talks`: a place right before a war, talks or a truce names that, not where anything
    was struck (`Beirut controlled by Hezbollah` still is a place); so does one right after such a word in a language
    that puts it first (`perang Gaza`, `pukul 13.30 waktu Moskow`); and so do two towns a dash joins (a road)."""
    toks = sent.tokens
    # `the el-Obeid–Kosti road`, `jalur el-Obeid–Kosti`: two towns a dash joins name a road or a front, not a place
    towns = {(s, end) for s, end, rm in sent.mentions if rm.place.is_populated}
    if (i, e) in towns and any(
        (e < len(toks) and toks[e].text in DASHES and (e + 1, end) in towns)
        or (i > 0 and toks[i - 1].text in DASHES and (s, i - 1) in towns)
        for s, end in towns
    ):
        return True
    after = e < len(toks) and bool(lex.named_events.match_at(sent.words, e))
    return after or (i > 0 and toks[i - 1].lower in lex.named_events_before)


def in_organisation(sent: Sentence, e: int, lex: Lexicon) -> bool:
    """`the Kurdistan Workers' Party`, `the Free Syrian Army`, `Bangkok Post`, `Kurdistan 24`: a place that opens an
    organisation's, a newspaper's or a channel's name is no strike location (the index still counts it as a place
    name)."""
    for tok in sent.tokens[e : e + ORG_RUN_WORDS + 1]:
        if tok.text in QUOTES or tok.text in "´`ʼ":
            continue  # `Workers’`, `Workers´`
        if not (tok.is_capitalised or tok.text.isdigit()):  # `Kurdistan 24`, `France 24`: a channel's number
            return False
        if tok.lower in lex.org_words or tok.lower in lex.press_words:
            return True
    return False


FRAME_MAX_LEAD = 4
SPREAD_WINDOW = 4


def is_spread(sent: Sentence, i: int, rm: ResolvedMention, lex: Lexicon) -> bool:
    """`attacks across the Sagaing and Magway regions`, `di seluruh wilayah Sagaing`: a region where something is
    widespread is no point struck; a province needs an explicit strike on it."""
    area = not rm.place.is_populated or rm.mention.cue in AREA_CUES
    return area and bool(lex.spread_words.find_all(sent.stems, max(0, i - SPREAD_WINDOW), i))


def leads_in(sent: Sentence, lo: int, i: int, lex: Lexicon) -> bool:
    """`In Kharkiv, ...`, `Di wilayah Donetsk, ...`: the place at token i opens what starts at lo, a few words after a
    location preposition and no strike word (after an opener: `Elsewhere, in ...`, `Di tempat lain di ...`)."""
    lo, _ = trim(sent, lo, i, lex)
    return (
        0 < i - lo <= FRAME_MAX_LEAD
        and sent.tokens[lo].lower in lex.location_prepositions
        and not lex.actions.find_all(sent.stems, lo, i)
    )


def is_frame(sent: Sentence, lo: int, i: int, e: int, rm: ResolvedMention, later: bool, lex: Lexicon) -> bool:
    """`In the Odesa region, a drone hit Izmail` / `Di wilayah Donetsk, ... kota Kostiantynivka`: a region that sets
    the scene for a more precise place named after it is not itself the point struck."""
    area = not rm.place.is_populated or rm.mention.cue in AREA_CUES
    if not (later and area and leads_in(sent, lo, i, lex)):
        return False
    k = e
    if k < len(sent.tokens) and lex.cues_after.match_at(sent.words, k):
        k += lex.cues_after.match_at(sent.words, k)[0]
    return k < len(sent.tokens) and sent.tokens[k].text == ","


def is_locator(sent: Sentence, before: Located | None, i: int, rm: ResolvedMention, lex: Lexicon) -> bool:
    """`Kyaukme in northern Shan state`, `kota Homs, di Suriah tengah`: an area named right after a town only says
    where the town is."""
    if before is None or before[2].place.is_country_scale:
        return False
    gap = range(before[1], i)
    tokens = sent.tokens
    # `Koysinjaq, east of Erbil`, `Ahmedpur Sharqia, near Bahawalpur`: a town located by a town; so is a region
    # (`wilayah Ryazan, yang terletak di tenggara Moskow`)
    compass = any(
        tokens[k].lower in lex.near_words
        and (k + 1 == i or tokens[k + 1].lower in lex.reference_prepositions or _cue_up_to(sent, k + 1, i, lex))
        for k in gap
    )
    if not (before[2].place.is_populated or before[2].place.feature_class == "S" or compass):
        return False  # a town, or a spot (`Ben Gurion International Airport near Tel Aviv`)
    # `the Al Shati refugee camp in Gaza City`, `kamp pengungsi Al Shati di Kota Gaza`: a camp or quarter (PPLX)
    # lies in the town named right after it (its kind's words, then `in`)
    if before[2].place.feature_code == "PPLX" and rm.place.is_populated and not compass:
        near = before[2].place.km_to(rm.place) <= QUARTER_TOWN_KM
        return near and i - before[1] <= QUARTER_GAP and tokens[i - 1].lower in lex.location_prepositions
    if _in_bigger_town(sent, before, i, rm, lex) and not compass:
        return True
    if ((rm.place.is_populated and rm.mention.cue not in AREA_CUES) or rm.place.feature_class == "S") and not compass:
        return False  # a town, or a spot of the town before it (`Tripoli's Mitiga airport`), locates nothing
    area = rm.place
    # `the regions of Ivano-Frankivsk, Vinnytsia, ...`: a list, not the town's region; but `near` a place says
    # nothing of lying in it (`Rishon LeZion, near Ben Gurion airport`)
    far = before[2].place.km_to(area) > IN_AREA_RADII * (area.radius_km or DEFAULT_AREA_RADIUS_KM)
    if area.is_area and far and not compass:
        return False
    # `Nyala, a town in South Darfur`, `the Ain al-Asad base in the western Anbar province`
    located = lex.directions | lex.appositive_heads | lex.base_words
    if compass:
        located |= lex.near_words | lex.reference_prepositions
        gap = range(gap.start, next((k for k in gap if _cue_up_to(sent, k, i, lex)), i))  # `, dekat kota Bahawalpur`
    return _only_locating(sent, gap, located, lex)


def _in_bigger_town(sent: Sentence, before: Located, i: int, rm: ResolvedMention, lex: Lexicon) -> bool:
    """`between Ramadiyeh and Qana in Tyre`, `Yaroun di Bint Jbeil`: a town `in` a bigger town nearby lies in that
    town's district, which the bigger town's name stands for (a village of no known size is smaller)."""
    town, bigger = before[2].place, rm.place
    return (
        i - before[1] == 1
        and sent.tokens[before[1]].lower in lex.inside_prepositions
        and town.is_populated
        and bigger.is_populated
        and rm.mention.cue is None
        and bigger.population > town.population
        and town.km_to(bigger) <= TOWN_DISTRICT_KM
    )


def names_the_towns_area(
    sent: Sentence, before: Located | None, town: Located, starts: list[int], lex: Lexicon
) -> bool:
    """`in Rafah, Gaza, killed`, `Rafah, Gaza's southernmost city`, `Jisr al-Shughur, Idlib`: a bigger town of the
    same province written after a town and one comma, ending the phrase, names where that town is (its territory or
    province), as `Paris, Texas` does; in a list (`Kherson, Mykolaiv and Odesa`) the next name or `and` follows."""
    i, e, rm = town
    if before is None or before[1] + 1 != i or sent.tokens[before[1]].text != ",":
        return False
    first, other = before[2].place, rm.place
    if not (first.is_populated and other.is_populated and first.admin1 and first.country_code):
        return False
    if (other.country_code, other.admin1) != (first.country_code, first.admin1) or other.population <= first.population:
        return False
    if sent.tokens[e - 1].text.endswith(("'s", "’s")):
        return True
    if e < len(sent.tokens) and sent.tokens[e].is_word:
        return False
    k = e + 1  # after the comma: in a list, the next name, or `and` (`the`) and the next name
    while k < min(e + 3, len(sent.tokens)) and k not in starts and sent.tokens[k].lower in lex.coordinators:
        k += 1
    return k not in starts


def _cue_up_to(sent: Sentence, k: int, i: int, lex: Lexicon) -> bool:
    """The words from k up to the place at i are its kind (`dekat kota Bahawalpur`, `near the city of Bahawalpur`)."""
    while k < i and sent.tokens[k].lower in lex.determiners:
        k += 1
    cue = lex.cues_before.match_at(sent.words, k)
    return bool(cue) and k + cue[0] == i


def _only_locating(sent: Sentence, gap: range, located: frozenset[str], lex: Lexicon) -> bool:
    """The words between a place and an area are locating words or unit words only (`, a town in northern`), or words
    that describe the area (`the rebel-held capital of`, `the Iraqi capital`)."""
    owners = {k for i, e, _ in sent.mentions if _possessive(sent, e) for k in range(i, e)}  # `Tigray's capital`
    return all(
        sent.tokens[k].lower in located
        or lex.cues_after.match_at(sent.words, k)
        or _describes(sent, k, lex)
        or k in owners
        for k in gap
    )


def _describes(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """A country's adjective (`Iraqi`) or a compound modifier (`rebel-held`) before a place word."""
    tok = sent.tokens[k]
    return (tok.is_word and "-" in tok.text.strip("-")) or bool(lex.countries.match_at(sent.stems, k))


def unknown_places(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int]]:
    """`near Degbewa and Chinene in Borno State`, `Residents of Bounti, in the Mopti region`: capitalised names after a
    preposition that the gazetteer does not know (a village) and that name no actor, person, day, month or facility."""
    known = [(i, e) for i, e, _ in sent.mentions]
    found: list[tuple[int, int]] = []
    k = lo
    while k < hi:
        tok = sent.tokens[k]
        listed = bool(found) and found[-1][1] == k and tok.lower in lex.coordinators  # `Degbewa and Chinene`
        if not (tok.lower in lex.prepositions or tok.lower in lex.location_prepositions or listed):
            k += 1
            continue
        s = k + 1
        while s < hi and not listed and (sent.tokens[s].lower in lex.determiners or _unit_before(sent, s, lex)):
            s += 1  # `in the Jurf al-Nasr area`, `di distrik Barmal`
        e = s
        while (
            e < hi
            and e - s < UNKNOWN_MAX_WORDS
            and (sent.tokens[e].is_capitalised or (e > s and opens_with_particle(sent.tokens[e], lex)))
        ):
            e += 1
        words = {t.lower for t in sent.tokens[s:e]}
        if (
            e > s
            and not any(a < e and s < b for a, b in known)
            and words.isdisjoint(_no_village_words(lex))
            # `the death of Ahmed Khalil in Idlib`, but `the town of Mai Tsebri`
            and not (
                e - s > 1
                and is_given_name(sent.tokens[s].text)
                and not (k and _town_word_of(sent, k - 1, lex) == k + 1)
            )
            and not any(
                phrases.find_all(sent.stems, s, e)
                for phrases in (lex.actors, lex.media_names, lex.countries, lex.actions)
            )
            and not _only_targets(sent, s, e, lex)  # `Asad Airbase`, not `Hospital`
        ):
            found.append((s, e))
        k = max(e, k + 1)
    return found


def _unit_before(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """Token k is a lower-case word for a town, a village or a district before its name (`di distrik Barmal`); not
    an area's (`di daerah Satar timur Khan Younis` is a part of the town's surroundings, `_bearing_from`)."""
    unit = lex.cues_before.match_at(sent.stems, k) if not sent.tokens[k].is_capitalised else None
    return bool(unit) and unit[1] in UNIT_BEFORE_UNKNOWN


def _only_targets(sent: Sentence, s: int, e: int, lex: Lexicon) -> bool:
    """Every word of tokens [s, e) is part of a target's name: a facility with no name of its own."""
    covered = {k for a, b, _ in lex.targets.find_all(sent.stems, s, e) for k in range(a, b)}
    return covered >= set(range(s, e))


@functools.cache
def _no_village_words(lex: Lexicon) -> frozenset[str]:
    """Capitalised words that start no village name: months, weekdays, titles."""
    return frozenset(lex.months) | frozenset(lex.weekdays) | lex.person_titles


def locates_unknown(sent: Sentence, unknown: list[tuple[int, int]], i: int, rm: ResolvedMention, lex: Lexicon) -> bool:
    """`Degbewa and Chinene in Borno State`, `Abu Jubeiha in the Nuba Mountains`: a region named right after a village
    the gazetteer does not know only says where the village is; its middle is no point of the strike."""
    if rm.place.is_water:
        return False
    # `near Tel Kharab west of Baghdad`: a town only the bearing is taken from, unless the place is a part of the town
    # (`the Al-Daraja neighbourhood, west of El Fasher`); a town told as its region is the region (`the village of
    # Sarja in the southern countryside of Idlib`)
    if rm.place.is_populated and rm.mention.cue not in PROVINCE_CUES:
        return any(e <= i and _bearing_from(sent, e, i, lex) and not _town_part(sent, e, lex) for _, e in unknown)
    # `Hiwane, south of Tigray's capital`: a bearing too; `Rukubi, a village on the border between Nasarawa and Benue`
    located = lex.directions | lex.appositive_heads | lex.near_words | lex.between_words | lex.location_prepositions
    return any(
        e <= i
        and (
            _only_locating(sent, range(e, i), located, lex)
            or _bearing_from(sent, e, i, lex)
            or _second_between(sent, range(e, i), located, lex)
        )
        for _, e in unknown
    )


def _second_between(sent: Sentence, gap: range, located: frozenset[str], lex: Lexicon) -> bool:
    """`di perbatasan antara negara bagian Nasarawa dan Benue`: the second of the areas a place lies between (the
    words up to `between` only locate; after it come the first area's name and `and`)."""
    k = next((k for k in gap if sent.tokens[k].lower in lex.between_words), None)
    if k is None or not _only_locating(sent, range(gap.start, k + 1), located, lex):
        return False
    named = {j for a, b, _ in sent.mentions for j in range(a, b)}
    return any(j in named for j in range(k + 1, gap.stop)) and all(
        j in named or sent.tokens[j].lower in lex.coordinators or _only_locating(sent, range(j, j + 1), located, lex)
        for j in range(k + 1, gap.stop)
    )


def _town_part(sent: Sentence, e: int, lex: Lexicon) -> bool:
    """The unknown name ending at e is called a part of a town (`Al-Daraja neighbourhood`)."""
    unit = lex.cues_after.match_at(sent.stems, e) if e < len(sent.tokens) else None
    return bool(unit) and unit[1] == NEIGHBOURHOOD


def _bearing_from(sent: Sentence, k: int, i: int, lex: Lexicon) -> bool:
    """The words from k up to the place at i are a compass bearing from it (`west of`, `to the north of`)."""
    while k < i and not lex.bearings.match_at(sent.words, k):
        tok = sent.tokens[k]
        if not (tok.lower in lex.directions or tok.text == "," or lex.cues_after.match_at(sent.stems, k)):
            break
        k += 1  # `to the`, `sebelah`, a comma, a unit word (`area`)
    bearing = lex.bearings.match_at(sent.words, k) if k < i else None
    located = lex.reference_prepositions | lex.determiners | lex.appositive_heads  # `south of the Iraqi capital`
    return bool(bearing) and _only_locating(sent, range(k + bearing[0], i), located, lex)


def is_container(sent: Sentence, i: int, rm: ResolvedMention, lex: Lexicon) -> bool:
    """`in the Barmal district of eastern Paktika province`: the province that holds a named district (known to the
    index or not) is not where the strike was; drawing it would put the point a province away."""
    if rm.place.is_populated and rm.mention.cue not in PROVINCE_CUES:
        return False
    k = i - 1
    while k > 0 and sent.tokens[k].lower in lex.directions and sent.tokens[k].lower not in lex.reference_prepositions:
        k -= 1
    if k < 2 or sent.tokens[k].lower not in lex.reference_prepositions:
        return False
    unit = lex.cues_after.match_at(sent.words, k - 1, k)
    return bool(unit and unit[1] == "district" and sent.tokens[k - 2].is_capitalised)


def is_possessor(sent: Sentence, e: int, after: Located | None, lex: Lexicon) -> bool:
    """`Idlib's Kafranbel`, `the Gaza cities of Rafah and Deir al-Balah`: a place in the possessive, or naming the
    area of the towns it is written before, right before another only says where that one is."""
    if after is None:
        return False
    if after[0] == e and _possessive(sent, e):
        return True
    unit = sent.tokens[e].lower.removesuffix("’s").removesuffix("'s") if e < len(sent.tokens) else ""
    if after[0] == e + 1 and _possessive(sent, e + 1) and unit in lex.singular_units:
        return True  # `Singu township’s Kyi Tauk Pauk village`: the township says where the village is
    # `the Gaza cities of Rafah`: a town word, `of` and a town; not `Bashtanka district of Mykolaiv Oblast`, where the
    # place names its own district and the area after `of` holds it, nor `Sake town of Masisi territory` (a town told
    # as its area)
    town = after[2].place.is_populated and after[2].mention.cue not in AREA_CUES
    return town and _town_word_of(sent, e, lex) == after[0]


def names_unknown_towns_area(sent: Sentence, e: int, unknown: list[tuple[int, int]], lex: Lexicon) -> bool:
    """`the southern Tigray town of Mai Tsebri`: a place naming the area of a town the index lacks, written before it,
    only says where that town is."""
    named = _town_word_of(sent, e, lex)
    return named is not None and any(s == named for s, _ in unknown)


def _town_word_of(sent: Sentence, e: int, lex: Lexicon) -> int | None:
    """Where the name starts after a word for towns and `of` that follow token e (`(the Gaza) cities of`, `(the
    southern Tigray) town of`), or None."""
    unit = lex.cues_after.match_at(sent.stems, e) if e < len(sent.tokens) else None
    if not unit or unit[1] not in TOWN_CUES:
        return None
    k = e + unit[0]
    return k + 1 if k < len(sent.tokens) and sent.tokens[k].lower in lex.reference_prepositions else None


def _possessive(sent: Sentence, e: int) -> bool:
    return sent.tokens[e - 1].text.endswith(("'s", "’s"))


def holds_unknown_district(sent: Sentence, e: int, rm: ResolvedMention, lex: Lexicon) -> bool:
    """`Paktika's Barmal district`: a province in the possessive before a district the index lacks only says where
    that district is (a city's district, `Kharkiv's Kyivskyi district`, is in the city: the city is the scene)."""
    if rm.place.is_populated or not _possessive(sent, e):
        return False
    j = e
    while j < len(sent.tokens) and sent.tokens[j].is_capitalised and not any(a <= j < b for a, b, _ in sent.mentions):
        j += 1
    unit = lex.cues_after.match_at(sent.stems, j) if e < j < len(sent.tokens) else None
    return bool(unit) and unit[1] in AREA_CUES


def coordinated(sent: Sentence, a: Located, b: Located, lex: Lexicon) -> bool:
    """Two places of one list (`Kursk and Bryansk`, `Doha dan Kairo`, `Sumy, Odesa and Dnipropetrovsk`)."""
    gap = range(a[1], b[0])
    return bool(gap) and all(
        sent.tokens[k].lower in lex.coordinators or lex.cues_after.match_at(sent.words, k) for k in gap
    )


def contains(big: Place, small: Place) -> bool:
    """A region or district that the other place lies in (`Nagorno-Karabakh` around `Stepanakert`)."""
    if not big.is_area or small.is_country_scale:
        return False
    if small.radius_km and small.radius_km >= (big.radius_km or DEFAULT_AREA_RADIUS_KM):
        return False  # a place as large as the area is not inside it
    return small.lies_in(big)


def evidence(
    sent: Sentence,
    mentions: list[Located],
    n: int,
    cues: list[tuple[int, int, str]],
    span: tuple[int, int],
    dateline: int,
    unknown: list[tuple[int, int]],
    at_sea: bool,
    offset: Offset | None,
    lex: Lexicon,
) -> tuple[Evidence, bool]:
    """What speaks against the n-th mention of a clause being where its strike happened, and whether it only locates
    the place before it. A town named only as a short offset (`a field 10 km east of Balakliia`), with no town before
    it in the clause, stands for the scene: nothing speaks against it."""
    lo, hi = span
    i, e, rm = mentions[n]
    if offset is not None and offset.km <= OFFSET_MAX_KM and rm.place.is_populated and _first_town(mentions, n):
        return Evidence(*(False for _ in EVIDENCE_NAMES)), False
    later = any(not m[2].place.is_country_scale for m in mentions[n + 1 :]) or any(s > e for s, _ in unknown)
    before = mentions[n - 1] if n else None
    locator = (
        is_locator(sent, before, i, rm, lex)
        or locates_unknown(sent, unknown, i, rm, lex)
        or names_the_towns_area(sent, before, (i, e, rm), [m[0] for m in mentions], lex)
        or _across_border(sent, i, lex)
    )
    found = Evidence(
        before_dateline=i < dateline,
        water_off_sea=rm.place.is_water and not at_sea,
        offset=offset is not None,
        venue=_venue(sent, i, lex),
        placed_by_distance=placed_by_distance(sent, e, lex),
        launch_site=launched_from(sent, i, lex),
        metonym=(rm.place.is_capital and _metonym(sent, i, e, lex)) or _owns_the_strike(sent, mentions, n, cues, lex),
        in_context=in_context(sent, lo, i, cues, lex),
        names_event=names_event(sent, i, e, lex),
        in_organisation=in_organisation(sent, e, lex),
        aimed=is_aimed(sent, lo, i, lex),
        vague=is_vague(sent, lo, hi, rm, cues, lex),
        spread=is_spread(sent, i, rm, lex),
        frame=is_frame(sent, lo, i, e, rm, later, lex),
        locator=locator,
        possessor=is_possessor(sent, e, mentions[n + 1] if n + 1 < len(mentions) else None, lex)
        or holds_unknown_district(sent, e, rm, lex)
        or names_unknown_towns_area(sent, e, unknown, lex),
        container=is_container(sent, i, rm, lex),
    )
    return found, locator


def _across_border(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """`Kut village (border with Kelbajar)`, `desa yang berbatasan dengan Kursk`: the land a border is shared with says
    where the place beside it lies; the strike is on this side (not `kota perbatasan Sderot`, a border town itself)."""
    found = phrase_ending_at(sent.tokens, i, lex.border_words)
    return found is not None and found[0] < i - 1  # two words or more: `border with`, not `perbatasan` alone


def _first_town(mentions: list[Located], n: int) -> bool:
    """No town is named before the n-th mention in its clause: a distance from it places the scene, not that town
    (`Shostka, 140 km northwest of Sumy`)."""
    return not any(m[2].place.is_populated for m in mentions[:n])


def is_measured(place_id: str | None) -> bool:
    """A point measured from a gazetteer place (`geonames:79415+113kmSW`, `overlay:gaza-strip+N`), not the place."""
    return MEASURED in (place_id or "")


def is_offset(place_id: str | None) -> bool:
    """A point measured by a distance from a place (`geonames:79415+113kmSW`), not a part of an area (`+N`)."""
    return is_measured(place_id) and "km" in (place_id or "").rpartition(MEASURED)[2]


def _in_part(sent: Sentence, i: int, e: int, rm: ResolvedMention, lex: Lexicon) -> ResolvedMention:
    """`a camp in northwestern Tigray`, `Gaza utara`: the named part of an area, taken as a disc, drawn at that part's
    middle (a half-disc's lies 4/(3π) of the radius out, a quarter's 0.6) with the radius of a disc of its size."""
    place = rm.place
    if not place.is_area or not place.radius_km:
        return rm
    before = lex.area_part_bearings.match_at(sent.words, i - 1, i) if i > 0 else None
    after = lex.area_part_bearings.match_at(sent.words, e) if e < len(sent.tokens) else None
    part = before or after
    if part is None or sent.tokens[i - 1 if before else e].is_capitalised:
        return rm
    toks = sent.tokens
    if (
        before
        and i > 1
        and toks[i - 2].lower in lex.determiners
        and e < len(toks)
        and toks[e].lower in lex.singular_units
    ):
        return rm  # `the southern Odesa region`: where the region lies in its country, not a part of it
    bearing = float(part[1])
    quarter = bearing % 90 != 0
    lat, lon = destination(place.lat, place.lon, bearing, place.radius_km * (0.6 if quarter else 4 / (3 * math.pi)))
    way = COMPASS[round(bearing / 45) % 8]
    moved = replace(
        place,
        id=f"{place.id}{MEASURED}{way}",
        name=f"{place.name} ({way})",
        lat=lat,
        lon=lon,
        radius_km=place.radius_km / (2 if quarter else math.sqrt(2)),
    )
    return replace(rm, place=moved)


def _moved(mentions: list[Located], n: int, offset: Offset | None) -> ResolvedMention | None:
    """`a vessel was targeted 61 nautical miles southwest of Hodeida`, `explosions 40 km north of Kyiv`: a place the
    scene is measured from, by distance and compass point, with no town named before it, gives the scene's point:
    that far that way, as uncertain as a compass point leaves it."""
    rm = mentions[n][2]
    if (
        offset is None
        or offset.bearing is None
        or not math.isfinite(offset.km)
        or rm.place.is_country_scale
        or not _first_town(mentions, n)
    ):
        return None
    p = rm.place
    lat, lon = destination(p.lat, p.lon, offset.bearing, offset.km)
    km, way = round(offset.km), COMPASS[round(offset.bearing / 45) % 8]
    moved = replace(
        p,
        id=f"{p.id}{MEASURED}{km}km{way}",
        name=f"{km} km {way} of {p.name}",
        lat=lat,
        lon=lon,
        feature_class=None,
        feature_code=None,
        admin1=None,
        population=0,
        radius_km=max(OFFSET_MAX_KM, BEARING_SPREAD * offset.km),  # no surer than a town a short offset names
    )
    return replace(rm, place=moved)


def _fleet(sent: Sentence, s: int, e: int, lex: Lexicon) -> bool:
    """The vessel word at [s, e) ends vessels at large (`attacks on shipping`, `cargo vessels plying`), not counted."""
    for k in range(max(0, s - 2), s + 1):
        fleet = lex.fleets.match_at(sent.words, k)
        if fleet and k + fleet[0] >= e:
            before = sent.tokens[k - 1] if k else None
            return not (before and (before.text.isdigit() or before.lower in lex.numbers))
    return False


def strike_locations(
    sent: Sentence,
    mentions: list[Located],
    cues: list[tuple[int, int, str]],
    span: tuple[int, int],
    dateline: int,
    lex: Lexicon,
) -> list[Located]:
    """The mentions of one clause (in text order) that name where its strike happened, as the verdict weighs each
    one's evidence. A place listed with one dropped for its context shares its fate (`launched from the Kursk and
    Bryansk regions`)."""
    verdict = strike_verdict()
    lo, hi = span
    # `shot down over the Red Sea`, `a missile at a US destroyer in the Red Sea`: drawn at sea
    at_sea = any(a == "interception" for _, _, a in cues) or any(
        not _fleet(sent, s, e, lex) for s, e, _ in lex.vessels.find_all(sent.stems, lo, hi)
    )
    unknown = unknown_places(sent, lo, hi, lex)
    kept: list[Located] = []
    lists: dict[int, int] = {}  # token start -> list number: places of one list never contain each other
    previous: tuple[Located, bool] | None = None
    for n, (i, e, rm) in enumerate(mentions):
        listed = previous is not None and coordinated(sent, previous[0], (i, e, rm), lex)
        lists[i] = lists[previous[0][0]] if listed and previous else n
        offset = measured_offset(sent, i, lex) or bearing_from(sent, i, lex)
        found, locator = evidence(sent, mentions, n, cues, span, dateline, unknown, at_sea, offset, lex)
        contextual = not verdict.keeps(found)
        moved = _moved(mentions, n, offset) if contextual and verdict.keeps(replace(found, offset=False)) else None
        if moved is not None:  # `a vessel was hit 61 nautical miles southwest of Hodeida`: drawn where it was hit
            kept.append((i, e, moved))
            previous = ((i, e, rm), False)
            continue
        shared = bool(listed and previous and previous[1])
        skip = shared or contextual or rm.place.is_country_scale  # a country is no point of a strike
        # `the Red Sea port city, Hodeidah`, `Ahmedpur, near Bahawalpur, and Muridke`, `ibu kota Suriah, Damaskus`,
        # `the Kurdistan region of Iraq, Erbil`: a sea, a town's locator, a vast region or a country, skipped for what
        # it is, does not take the places listed after it along
        own = rm.place.is_water or locator or is_vast(rm.place)
        previous = ((i, e, rm), (shared or contextual) and not own)
        if not skip and not any(p[2].place.id == rm.place.id for p in kept):
            kept.append((i, e, _in_part(sent, i, e, rm, lex)))
    # a region named as one (`Kursk region`, found as the town) lies in no other region of a list beside it
    return [
        p
        for p in kept
        if not any(
            lists[p[0]] != lists[q[0]] and q[2].mention.cue not in PROVINCE_CUES and contains(p[2].place, q[2].place)
            for q in kept
        )
    ]
