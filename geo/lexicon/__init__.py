"""Language knowledge as data: one `<lang>.toml` per language loaded into a `Lexicon`; a new language is a new file."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gazetteer.fold import unify_letters

LEXICON_DIR = Path(__file__).parent
COMMON_FILE = "common.toml"

Phrase = tuple[str, ...]
PREFIX_CACHE_SIZE = 50_000  # word forms per phrase set whose wildcard matches are remembered


def _phrases(words: Iterable[str]) -> tuple[Phrase, ...]:
    return tuple(tuple(w.lower().split()) for w in words if w.strip())


@dataclass(frozen=True, eq=False)
class PhraseSet:
    """Phrases indexed by first word; a word ending in `*` matches any word it starts."""

    phrases: tuple[Phrase, ...]
    values: tuple[str, ...] = ()
    _exact: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _prefix: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _prefix_lengths: tuple[int, ...] = field(default=(), repr=False)
    _heads: frozenset[str] = field(default=frozenset(), repr=False)
    _prefix_cache: dict[frozenset[str], list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for i, phrase in enumerate(self.phrases):
            head = phrase[0]
            if head.endswith("*"):
                self._prefix.setdefault(head[:-1], []).append(i)
            else:
                self._exact.setdefault(head, []).append(i)
        object.__setattr__(self, "_heads", frozenset(self._exact))
        # wildcard heads are found by the word's own prefixes of these lengths (Russian and Ukrainian lexicons have
        # hundreds of them: one dict probe per length, not one startswith per wildcard)
        object.__setattr__(self, "_prefix_lengths", tuple(sorted({len(p) for p in self._prefix})))

    def _prefixed(self, forms: frozenset[str]) -> list[int]:
        """Phrases whose wildcard head starts one of `forms` (remembered: an article repeats its words)."""
        cache = self._prefix_cache
        found = cache.get(forms)
        if found is None:
            found = []
            prefix = self._prefix
            for f in forms:
                for n in self._prefix_lengths:
                    if n > len(f):
                        break
                    hit = prefix.get(f[:n])
                    if hit:
                        found += hit
            if len(cache) >= PREFIX_CACHE_SIZE:
                cache.clear()
            cache[forms] = found
        return found

    @property
    def heads(self) -> frozenset[str]:
        """First words of the phrases without a wildcard: a quick test before matching."""
        return self._heads

    @classmethod
    def of(cls, words: Iterable[str], value: str = "") -> PhraseSet:
        phrases = _phrases(words)
        return cls(phrases, (value,) * len(phrases))

    @classmethod
    def mapping(cls, table: dict[str, Iterable[str]]) -> PhraseSet:
        """`{value: [phrases]}` -> one set whose matches say which value they belong to."""
        phrases: list[Phrase] = []
        values: list[str] = []
        for value, words in table.items():
            for phrase in _phrases(words):
                phrases.append(phrase)
                values.append(value)
        return cls(tuple(phrases), tuple(values))

    @staticmethod
    def _word_matches(pattern: str, forms: frozenset[str]) -> bool:
        if pattern.endswith("*"):
            return any(f.startswith(pattern[:-1]) for f in forms)
        return pattern in forms

    def match_at(self, forms: Sequence[frozenset[str]], i: int, hi: int | None = None) -> tuple[int, str] | None:
        """Longest phrase starting at word i and ending by `hi`: (length, value), or None; the first listed wins a tie.

        `forms[i]` are the forms word i may take (itself, or its stems)."""
        here = forms[i]
        exact = self._exact
        if not self._prefix and here.isdisjoint(self._heads):
            return None
        candidates = [idx for f in here if f in exact for idx in exact[f]]
        if self._prefix:
            candidates += self._prefixed(here)
        if not candidates:
            return None
        hi = len(forms) if hi is None else hi
        best: tuple[int, str] | None = None
        for idx in sorted(set(candidates)):
            phrase = self.phrases[idx]
            n = len(phrase)
            if i + n > hi or (best and best[0] >= n):
                continue
            if all(self._word_matches(phrase[k], forms[i + k]) for k in range(1, n)):
                best = (n, self.values[idx] if self.values else "")
        return best

    def find_all(
        self, forms: Sequence[frozenset[str]], lo: int = 0, hi: int | None = None
    ) -> list[tuple[int, int, str]]:
        """Non-overlapping longest matches in words [lo, hi): (start, end, value)."""
        hi = len(forms) if hi is None else hi
        found, i = [], lo
        heads = None if self._prefix else self._heads  # a word no phrase starts with is skipped without a call
        while i < hi:
            if heads is not None and forms[i].isdisjoint(heads):
                i += 1
                continue
            m = self.match_at(forms, i, hi)
            if m:
                found.append((i, i + m[0], m[1]))
                i += m[0]
            else:
                i += 1
        return found


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything extraction knows about one language; see the comments in the TOML files for each field."""

    language: str
    name: str
    abbreviations: frozenset[str]
    date_order: str
    prefixes: tuple[tuple[str, str], ...]
    suffixes: tuple[tuple[str, str], ...]
    passive_prefixes: tuple[str, ...]
    noun_suffixes: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    not_verbs: frozenset[str]
    agent_after_noun: bool
    agent_after_cue: bool  # verb-first clauses, adjectives after nouns: `قصف الدعم السريع`, `غارة إسرائيلية`
    demonym_suffixes: tuple[str, ...]  # `إسرائيلية`: the endings that make a country word a demonym
    stopwords: frozenset[str]
    name_suffixes: tuple[tuple[str, str], ...]
    person_titles: frozenset[str]
    family_before: frozenset[str]  # `keluarga Bustan`: a family's name follows
    family_after: frozenset[str]  # `the Bustan family`: a family's name comes before
    name_heads: frozenset[str]  # `Operation Lafiya Dole`, `USS Carney`: the capitalised words after it name no place
    cues_before: PhraseSet
    cues_after: PhraseSet
    near_words: frozenset[str]
    distance_units: frozenset[str]
    distance_scales: PhraseSet  # km in one unit (`nautical miles`: 1.852); a unit not listed is a kilometre
    bearings: PhraseSet  # `southwest`, `barat daya`: degrees clockwise from north
    reference_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    origin_verbs: PhraseSet
    location_prepositions: frozenset[str]
    coordinators: frozenset[str]
    directions: frozenset[str]
    context_words: PhraseSet
    seats: PhraseSet  # context words naming a body's seat or base, which a strike can make its target
    named_events: PhraseSet  # `the Gaza war`: a place before one of these names the event
    named_events_before: frozenset[str]  # `perang Gaza`: a place right after one of these names the event
    spread_words: PhraseSet
    actions: PhraseSet
    casualties: PhraseSet
    reporting_verbs: PhraseSet
    reporting_markers_anywhere: PhraseSet
    reporting_markers: PhraseSet
    source_markers: PhraseSet
    anaphoric_reports: PhraseSet  # `made this announcement`: the speaker of the sentences just before
    impersonal_reports: PhraseSet  # `dilaporkan` (it was reported): a report with no speaker of its own
    relay_markers: PhraseSet  # `(Xinhua reported,) citing the army`: whom the outlet before it passes on
    arsenal_after: frozenset[str]  # `missile storage`: a weapon word before these was struck, not fired
    arsenal_before: frozenset[str]  # `pabrik drone` (a drone factory): the same, head noun first
    arms_trade: PhraseSet  # `to equip themselves with Turkish drones`: weapons bought or supplied, not fired
    source_lines: PhraseSet  # `Source:`, `Sumber berita:` opening a line: the article's own source
    denial: PhraseSet
    threat: PhraseSet
    reporters: PhraseSet  # `correspondent`, `wartawan`: a media speaker who saw for itself
    metonym_verbs: PhraseSet
    exposure_words: frozenset[str]  # `came under (attack)`: what comes before suffered the strike
    counted_places: frozenset[str]  # `hit six locations`: a speaker's count of places the next paragraph names
    patronage: frozenset[str]  # `Iran-backed`: the word after a country's hyphen that makes it a patron, not a side
    light_verbs: PhraseSet
    quantifiers: frozenset[str]  # `около`, `about`: a count's words before a weapon word
    determiners: frozenset[str]
    possessives: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]
    agent_markers: frozenset[str]
    accusing_verbs: PhraseSet  # `accused`, `blamed`: the party after them is accused of the strike after ...
    accusation_links: frozenset[str]  # ... these words (`of`, `for`, `в`)
    complementizers: frozenset[str]
    subject_words: PhraseSet  # words that go on naming a speaker after its actor word (`وزارة الصحة`)
    boundaries: frozenset[str]
    prepositions: frozenset[str]
    openers: PhraseSet
    appositive_name_markers: frozenset[str]
    appositive_descriptions: frozenset[str]
    continuation_starts: PhraseSet
    pronouns: frozenset[str]
    self_pronouns: frozenset[str]  # `it`, `we`, `kami`: a speaker naming itself
    negation: frozenset[str]
    targets: PhraseSet
    actors: PhraseSet
    local_authorities: PhraseSet
    local_heads: PhraseSet
    state_owned: PhraseSet
    agency_nouns: PhraseSet  # `kantor berita Lebanon`: a news agency named by its country alone is its state's
    countries: PhraseSet
    media_names: PhraseSet
    state_media: PhraseSet
    group_homes: PhraseSet  # armed group -> the state it fights in and speaks for
    held_areas: dict[str, str]  # place id or country.admin1 -> the state whose authorities administer it
    furniture_starts: PhraseSet
    inline_links: tuple[str, ...]  # a link to another story run into a paragraph (`... Baca juga: ...`)
    caption_marks: tuple[str, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekdays_capitalised: bool
    since_words: frozenset[str]
    period_words: frozenset[str]  # `between January and June`: a period's opening word
    period_joiners: frozenset[str]  # and its joining word
    relative: dict[Phrase, tuple[int, int]]
    year_prepositions: frozenset[str] = frozenset()
    year_determiners: frozenset[str] = frozenset()
    holidays: PhraseSet = PhraseSet(())
    numbers: dict[str, int] = field(default_factory=dict)
    day_units: frozenset[str] = frozenset()
    ago_words: frozenset[str] = frozenset()
    duration_words: frozenset[str] = frozenset()
    non_strikes: PhraseSet = PhraseSet(())
    downs_weapons_only: PhraseSet = PhraseSet(())  # `neutralised`: an interception only said of a weapon near it
    habitual: PhraseSet = PhraseSet(())  # `regularly`, `secara teratur`: a clause telling a pattern, no one strike
    cause_markers: PhraseSet = PhraseSet(())  # `(the war was) triggered by`: the strike after it is its history
    alerts: PhraseSet = PhraseSet(())  # `sirens`: a weapon named beside them alone set them off, hit nothing told
    watching: PhraseSet = PhraseSet(())  # `reconnaissance drone`, `drone activity`: alone in a clause, no strike
    flight_words: PhraseSet = PhraseSet(())  # `fled (the) fighting`: what people fled is no strike reported
    drop_verbs: PhraseSet = PhraseSet(())
    recap_verbs: PhraseSet = PhraseSet(())
    recap_determiners: frozenset[str] = frozenset()
    aim_words: PhraseSet = PhraseSet(())
    aim_locators: PhraseSet = PhraseSet(())  # `positions stationed in the direction of X`: X locates, no aim
    appositive_heads: frozenset[str] = frozenset()
    threatened_fates: PhraseSet = PhraseSet(())
    airspace_words: PhraseSet = PhraseSet(())
    vessels: PhraseSet = PhraseSet(())
    fleets: PhraseSet = PhraseSet(())  # `ships`, `kapal-kapal`: vessels at large, no one vessel struck
    border_words: PhraseSet = PhraseSet(())  # `the border with (Niger)`: what follows is a country
    force_nouns: frozenset[str] = frozenset()  # `pasukan (Moskow)`, `(Moscow's) troops`: a capital that owns forces
    seat_bodies: frozenset[str] = frozenset()  # `the government in (Kinshasa)`: a capital where a state body sits
    between_words: frozenset[str] = frozenset()  # `on the border between (Nasarawa and Benue)`: areas it lies between
    downing_verbs: PhraseSet = PhraseSet(())
    vague_objects: PhraseSet = PhraseSet(())
    org_words: frozenset[str] = frozenset()
    press_words: frozenset[str] = frozenset()
    org_joiners: frozenset[str] = frozenset()
    duration_fillers: frozenset[str] = frozenset()
    long_units: dict[str, int] = field(default_factory=dict)
    relatives: frozenset[str] = frozenset()
    venue_prepositions: frozenset[str] = frozenset()
    venue_participles: frozenset[str] = frozenset()  # `X, writing on Telegram, said`: how X spoke
    monitoring_words: frozenset[str] = frozenset()  # `(a report) monitored by Antara in Jakarta`: where it was heard
    speaker_adverbs: PhraseSet = PhraseSet(())  # `Bogomaz earlier reported`: a word of time, not the speaker's
    addressee_prepositions: frozenset[str] = frozenset()  # `reported to (his channel)`: whom a speaker told
    addressee_verbs: frozenset[str] = frozenset()  # `told (Iranian state TV)`: a speech verb whose object is whom
    audiences: PhraseSet = PhraseSet(())  # `told reporters (in Abuja)`: whom a speaker addressed
    briefings: PhraseSet = PhraseSet(())  # `at a news conference (in Kyiv)`: where a speaker addressed them
    reaction_verbs: PhraseSet = PhraseSet(())  # `condemned by`: whose reaction, not whose strike
    domestic_forces: PhraseSet = PhraseSet(())  # `the junta`: a state's forces that strike in their own land
    ground_forces: PhraseSet = PhraseSet(())  # `troops`, `special forces`: who fight on foot, not from the air
    home_forces: PhraseSet = PhraseSet(())  # `military jets`: a state's forces, in an article that accuses no state
    forces_sites: PhraseSet = PhraseSet(())  # `a military base`, `pos militer`: a target that is the forces' own
    agent_participles: PhraseSet = PhraseSet(())  # `The strike, carried out by X,`: a participle naming the agent
    blame_markers: PhraseSet = PhraseSet(())  # `a rocket attack blamed on Hezbollah`: whom a strike is laid on
    responsibility: PhraseSet = PhraseSet(())  # `Israel claimed responsibility for the strikes`: who owns a strike
    insurgents: PhraseSet = PhraseSet(())  # `militants`, `milisi`: armed groups named by no name of their own
    # the words that make a country a weapon's maker, not its user: `made in`, `buatan` (before or after the country),
    # and the endings that do it in one word (`Iranian-made`)
    makers: tuple[str, ...] = ()
    maker_suffixes: tuple[str, ...] = ()
    owners: PhraseSet = PhraseSet(())
    # `have been attacking ... since`: an ongoing campaign, told as background (two-word auxiliary + a verb ending)
    ongoing: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    ongoing_endings: tuple[str, ...] = ()
    # `milisi yang dekat dengan Teheran`, `militias close to Tehran`: a group's patron named by its capital
    patron_phrases: tuple[tuple[str, ...], ...] = ()
    patron_groups: frozenset[str] = frozenset()
    own_pronouns: frozenset[str] = frozenset()  # `(AFRICOM said) it had conducted`: the speaker itself as the agent
    enemy_words: frozenset[str] = frozenset()  # `the enemy has fired on`: the speaker's adversary as the agent
    since_clauses: PhraseSet = PhraseSet(())  # `since the army recaptured Khartoum`: an earlier event's clause
    after_clauses: PhraseSet = PhraseSet(())  # `after the killing of X in Beirut on July 30`: what the report follows
    named_facilities: PhraseSet = PhraseSet(())  # `Kafr Qasim School (in the Al Shati camp)`: named after a town
    background_openers: PhraseSet = PhraseSet(())  # `Untuk diketahui, ...` (for the record): background follows
    home_prepositions: frozenset[str] = frozenset()  # `a soldier from Zarzir`: the person's home follows
    found_verbs: frozenset[str] = frozenset()  # `recovered a launcher and an unfired rocket`: weapons found, not fired
    people_nouns: frozenset[str] = frozenset()  # `soldier`, `warga`: a person whose home `from X` tells
    release_verbs: frozenset[str] = frozenset()  # `figures released by the ministry`: the data's owner follows
    report_nouns: PhraseSet = PhraseSet(())  # `according to reports from X`: X's report, X speaks
    quote_verbs: frozenset[str] = frozenset()  # `quoted X as saying`: X speaks
    event_nouns: PhraseSet = PhraseSet(())  # `the incident occurred in X`: the strike just told, told again
    confirmations: PhraseSet = PhraseSet(())  # `the army confirmed the strike`: the article's strike, claimed
    base_anaphors: PhraseSet = PhraseSet(())  # `hit the base`: the base or airport named last
    town_anaphors: PhraseSet = PhraseSet(())  # `hit the city`, `menghantam kota itu`: the one town struck so far
    village_anaphors: PhraseSet = PhraseSet(())  # `bombed the village`, `mengebom desa tersebut`: the one village
    inside_prepositions: frozenset[str] = frozenset()  # `Qana in Tyre`: lying inside a place
    concessives: PhraseSet = PhraseSet(())  # `While (drones were downed), a fire broke out`: a clause conceded
    dateline_anaphors: PhraseSet = PhraseSet(())  # `in this city`: the city a story was filed from
    strike_anaphors: PhraseSet = PhraseSet(())  # `(said) the strike hit`: the strike the article told, told again
    aerial_strikes: frozenset[str] = frozenset()  # `an Israeli strike`: the word for a strike from the air
    landform_heads: frozenset[str] = frozenset()  # `(Bakori) Hills`: the last word of a landform's name, no place alone
    anaphor_settings: frozenset[str] = frozenset()  # `(wounded) in the attack`: the strike told, as the setting
    base_phrases: PhraseSet = PhraseSet(())  # `yang berbasis di Inggris` (based in Britain): where a speaker sits
    fused_reports: frozenset[str] = frozenset()  # `ujarnya` (he said): a speech verb with its pronoun speaker
    report_anaphors: frozenset[str] = frozenset()  # `the reports (said)`: a report already cited, its citer speaks
    shared_subject_joiners: frozenset[str] = frozenset()  # `denied ... but (confirmed)`: one speaker, two verbs
    passive_reports: PhraseSet = PhraseSet(())  # `X diklaim Pakistan ...`: a claim its agent right after makes
    leaders: PhraseSet = PhraseSet(())  # `(the coalition) led by`, `(koalisi) pimpinan`: the state after leads it
    leader_suffixes: tuple[str, ...] = ()  # `US-led (coalition)`: the state before leads it
    report_particles: frozenset[str] = frozenset()  # `..., demikian kata penduduk` (so said residents): may stand
    # between the comma and the speech verb after a claim
    demonstratives: frozenset[str] = frozenset()  # `kantor berita tersebut` (that agency): no word of its name
    site_verbs: PhraseSet = PhraseSet(())  # `(the hospital) is located in`, `terletak di`: where a thing stands
    own_letters: frozenset[str] = frozenset()
    analyser: str = ""
    caseless: bool = False
    name_prefixes: tuple[tuple[str, str], ...] = ()
    article_prefixes: tuple[str, ...] = ()  # `al-`, `El-`: an article a name is also looked up without
    name_conjunctions: tuple[tuple[str, str], ...] = ()  # `Azad Jammu dan Kashmir`: also looked up with English `and`
    name_particles: frozenset[str] = frozenset()  # `Ayta ash Shab`: an article inside a name, written in lower case
    singular_units: frozenset[str] = frozenset()  # `Kyiv region`: a unit word after a list's last place is its own
    # a lower-case compass word before (`northern Idlib`) or after (`Gaza utara`) a name makes it a part of an area:
    # the name is the area (the governorate, the Strip), where it names one as well as a town
    area_parts_before: frozenset[str] = frozenset()
    area_parts_after: frozenset[str] = frozenset()
    area_part_bearings: PhraseSet = PhraseSet(())  # `northwestern`, `utara`: which way the part lies, in degrees
    compass_suffixes: tuple[tuple[str, str], ...] = ()  # `Darfur Utara` is also looked up as `North Darfur`
    adjective_places: tuple[tuple[str, str], ...] = ()
    # a site's kind written before its name, and the head its index name ends in (`ladang minyak al-Omar`: the al-Omar
    # oil field)
    site_kinds_before: PhraseSet = PhraseSet(())
    naming_words: frozenset[str] = frozenset()  # `putri mereka bernama Sofia`: the name given after it is a person's
    site_heads: frozenset[str] = frozenset()  # `the al-Omar oil field`: the lower-case last word of a site's name
    base_words: frozenset[str] = frozenset()  # `the Ain al-Asad base`: after an air base's own name, that base
    # a language with no analyser reads a name ending so as the adjective of a town in these states only
    # (`Kurchatovsky district`: a Russian district named for its town, not for Brasov in Romania)
    adjective_place_countries: frozenset[str] = frozenset()
    joined_heads: tuple[str, ...] = ()
    killed: PhraseSet = PhraseSet(())
    injured: PhraseSet = PhraseSet(())
    casualty_gap: PhraseSet = PhraseSet(())
    nobody_hurt: PhraseSet = PhraseSet(())
    casualty_numbers: dict[str, int] = field(default_factory=dict)

    @functools.cached_property
    def conjunctions(self) -> frozenset[str]:
        """The coordinators that join two phrases (`and`, `dan`, `,`), not the determiners a list may share."""
        return self.coordinators - self.determiners

    def is_verb(self, word: str, capitalised: bool = False) -> bool:
        """A verb by its prefix (`menembak`, `diserang`), never a name (`Terekhov`) or a listed noun (`berita`)."""
        return (
            bool(self.verb_prefixes)
            and not capitalised
            and len(word) >= 6
            and word.startswith(self.verb_prefixes)
            and word not in self.not_verbs
        )

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - lexicons live for the whole process
    def stems(self, word: str) -> frozenset[str]:
        """The word and what it may be once the language's affixes are stripped (never shorter than 3 letters)."""
        word = word.lower()
        if "-" in word.strip("-"):  # `Russian-installed`, `Iskander-M`, `luka-luka`: the head word counts too
            return self.stems(word.split("-", 1)[0]) | self._stems(word)
        return self._stems(word)

    def _stems(self, word: str) -> frozenset[str]:
        forms = {word}
        bases = {word}
        for prefix, restore in self.prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) + len(restore) >= 3:
                bases.add(restore + word[len(prefix) :])
        for base in list(bases):
            forms.add(base)
            for suffix, restore in self.suffixes:
                if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                    once = base[: -len(suffix)] + restore
                    forms.add(once)
                    for suffix2, restore2 in self.suffixes:
                        if once.endswith(suffix2) and len(once) - len(suffix2) >= 3:
                            forms.add(once[: -len(suffix2)] + restore2)
        return frozenset(forms)


def available_languages() -> tuple[str, ...]:
    """ISO 639-1 codes of the languages that have a lexicon file."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml") if p.name != COMMON_FILE))


@functools.cache
def load_lexicon(language: str) -> Lexicon:
    """The lexicon for an ISO 639-1 code; KeyError when there is no file for it."""
    path = LEXICON_DIR / f"{language}.toml"
    if language == COMMON_FILE.removesuffix(".toml") or not path.is_file():
        raise KeyError(f"no lexicon for language {language!r} (have: {', '.join(available_languages())})")
    with path.open("rb") as fh:
        data = _unified(tomllib.load(fh))
    with (LEXICON_DIR / COMMON_FILE).open("rb") as fh:
        common = _unified(tomllib.load(fh))
    text, morph, ment, places = data["text"], data["morphology"], data["mentions"], data["places"]
    actions, rep, actors, dates = data["actions"], data["reports"], data["actors"], data["dates"]
    casualties = data.get("casualties", {})
    local = actors.pop("local_authorities", [])
    local_heads = actors.pop("local_heads", [])
    nouns = {
        w
        for table in (actors, {"targets": rep["targets"], "local": local})
        for ws in table.values()
        for p in ws
        for w in p.lower().split()
    }
    state_owned = actors.pop("state_owned", [])
    agency_nouns = actors.pop("agency_nouns", [])

    def words(values: Iterable[str]) -> frozenset[str]:
        return frozenset(v.lower() for v in values)

    def pairs(values: Iterable[Sequence[str]]) -> tuple[tuple[str, str], ...]:
        return tuple((a, b) for a, b in values)

    return Lexicon(
        language=data["language"],
        name=data["name"],
        abbreviations=words(text["abbreviations"]),
        date_order=text["date_order"],
        prefixes=pairs(morph["prefixes"]),
        suffixes=pairs(morph["suffixes"]),
        passive_prefixes=tuple(morph["passive_prefixes"]),
        noun_suffixes=tuple(morph["noun_suffixes"]),
        verb_prefixes=tuple(morph["verb_prefixes"]),
        not_verbs=words(morph.get("not_verbs", [])) | frozenset(nouns),
        agent_after_noun=bool(morph["agent_after_noun"]),
        agent_after_cue=bool(morph.get("agent_after_cue", False)),
        demonym_suffixes=tuple(morph.get("demonym_suffixes", [])),
        stopwords=words(ment["stopwords"]),
        name_suffixes=pairs(ment["name_suffixes"]),
        person_titles=words(ment["person_titles"]),
        family_before=words(ment.get("family_before", [])),
        family_after=words(ment.get("family_after", [])),
        name_heads=words(ment.get("name_heads", [])),
        landform_heads=words(ment.get("landform_heads", [])),
        cues_before=_valued(ment.get("cues_before", {})),
        cues_after=_valued(ment.get("cues_after", {})),
        near_words=words(places["near_words"]),
        distance_units=words(places["distance_units"]),
        distance_scales=PhraseSet.mapping(places.get("distance_scales", {})),
        bearings=PhraseSet.mapping(places.get("bearings", {})),
        reference_prepositions=words(places["reference_prepositions"]),
        origin_prepositions=words(places["origin_prepositions"]),
        origin_verbs=PhraseSet.of(places["origin_verbs"]),
        location_prepositions=words(places["location_prepositions"]),
        coordinators=words(ment.get("coordinators", [])),
        directions=words(places.get("directions", [])),
        context_words=PhraseSet.of(places.get("context_words", [])),
        seats=PhraseSet.of(places.get("seats", [])),
        named_events=PhraseSet.of(places.get("named_events", [])),
        named_events_before=words(places.get("named_events_before", [])),
        spread_words=PhraseSet.of(places.get("spread_words", [])),
        actions=PhraseSet.mapping(actions),
        casualties=PhraseSet.of(rep["casualties"]),
        reporting_verbs=PhraseSet.of(rep["reporting_verbs"]),
        reporting_markers_anywhere=PhraseSet.of(rep["reporting_markers_anywhere"]),
        reporting_markers=PhraseSet.of(rep["reporting_markers"]),
        source_markers=PhraseSet.of(rep["source_markers"]),
        anaphoric_reports=PhraseSet.of(rep.get("anaphoric_reports", [])),
        impersonal_reports=PhraseSet.of(rep.get("impersonal_reports", [])),
        relay_markers=PhraseSet.of(rep.get("relay_markers", [])),
        arsenal_after=words(rep.get("arsenal_after", [])),
        arsenal_before=words(rep.get("arsenal_before", [])),
        arms_trade=PhraseSet.of(rep.get("arms_trade", [])),
        source_lines=PhraseSet.of(rep["source_lines"]),
        denial=PhraseSet.of(rep["denial"]),
        threat=PhraseSet.of(rep["threat"]),
        reporters=PhraseSet.of(rep.get("reporters", [])),
        metonym_verbs=PhraseSet.of(rep["metonym_verbs"]),
        ongoing=PhraseSet.of(rep.get("ongoing", [])),
        ongoing_endings=tuple(rep.get("ongoing_endings", [])),
        patron_phrases=tuple(tuple(w.lower().split()) for w in rep.get("patron_phrases", [])),
        patron_groups=words(rep.get("patron_groups", [])),
        exposure_words=words(rep.get("exposure_words", [])),
        counted_places=words(rep.get("counted_places", [])),
        patronage=words(rep.get("patronage", [])),
        light_verbs=PhraseSet.of(rep["light_verbs"]),
        quantifiers=words(rep.get("quantifiers", [])),
        determiners=words(rep["determiners"]),
        possessives=words(rep["possessives"]),
        possessive_suffixes=tuple(rep["possessive_suffixes"]),
        auxiliaries=words(rep["auxiliaries"]),
        passive_auxiliaries=words(rep["passive_auxiliaries"]),
        agent_markers=words(rep["agent_markers"]),
        accusing_verbs=PhraseSet.of(rep.get("accusing_verbs", [])),
        accusation_links=words(rep.get("accusation_links", [])),
        complementizers=words(rep["complementizers"]),
        subject_words=PhraseSet.of(rep.get("subject_words", [])),
        boundaries=words(rep["boundaries"]),
        prepositions=words(rep["prepositions"]),
        openers=PhraseSet.of(rep["openers"]),
        appositive_name_markers=words(rep["appositive_name_markers"]),
        appositive_descriptions=words(rep["appositive_descriptions"]),
        continuation_starts=PhraseSet.of(rep["continuation_starts"]),
        pronouns=words(rep["pronouns"]),
        self_pronouns=words(rep.get("self_pronouns", [])),
        negation=words(rep["negation"]),
        targets=PhraseSet.of(rep["targets"]),
        actors=PhraseSet.mapping(actors),
        local_authorities=PhraseSet.of(local),
        local_heads=PhraseSet.of(local_heads),
        state_owned=PhraseSet.of(state_owned),
        agency_nouns=PhraseSet.of(agency_nouns),
        countries=_valued({k: v.upper() for k, v in data.get("countries", {}).items()}),
        media_names=PhraseSet.of(common["media_names"]),
        state_media=_valued({k: v.upper() for k, v in common.get("state_media", {}).items()}),
        group_homes=_valued({k: v.upper() for k, v in common.get("group_homes", {}).items()}),
        held_areas={k: v.upper() for k, v in common.get("held_areas", {}).items()},
        furniture_starts=PhraseSet.of(common.get("furniture_starts", [])),
        inline_links=tuple(common.get("inline_links", [])),
        caption_marks=tuple(m.lower() for m in common.get("caption_marks", [])),
        months={k.lower(): int(v) for k, v in dates["months"].items()},
        weekdays={k.lower(): int(v) for k, v in dates["weekdays"].items()},
        weekdays_capitalised=bool(dates["weekdays_capitalised"]),
        since_words=words(dates["since_words"]),
        period_words=words(dates.get("period_words", [])),
        period_joiners=words(dates.get("period_joiners", [])),
        relative={tuple(k.lower().split()): (int(v[0]), int(v[1])) for k, v in dates["relative"].items()},
        year_prepositions=words(dates.get("year_prepositions", [])),
        year_determiners=words(dates.get("year_determiners", [])),
        holidays=PhraseSet.of(dates.get("holidays", [])),
        # number words, the counts of tolls too (`Eleven drones were destroyed`: a count, never an actor)
        numbers={k.lower(): int(v) for k, v in (casualties.get("numbers", {}) | dates.get("numbers", {})).items()},
        day_units=words(dates.get("day_units", [])),
        ago_words=words(dates.get("ago_words", [])),
        duration_words=words(dates.get("duration_words", [])),
        non_strikes=PhraseSet.of(rep.get("non_strikes", [])),
        watching=PhraseSet.of(rep.get("watching", [])),
        alerts=PhraseSet.of(rep.get("alerts", [])),
        cause_markers=PhraseSet.of(rep.get("cause_markers", [])),
        habitual=PhraseSet.of(rep.get("habitual", [])),
        downs_weapons_only=PhraseSet.of(rep.get("downs_weapons_only", [])),
        flight_words=PhraseSet.of(rep.get("flight_words", [])),
        drop_verbs=PhraseSet.of(rep.get("drop_verbs", [])),
        recap_verbs=PhraseSet.of(rep.get("recap_verbs", [])),
        recap_determiners=words(rep.get("recap_determiners", [])),
        aim_words=PhraseSet.of(places.get("aim_words", [])),
        aim_locators=PhraseSet.of(places.get("aim_locators", [])),
        appositive_heads=words(places.get("appositive_heads", [])),
        threatened_fates=PhraseSet.of(rep.get("threatened_fates", [])),
        airspace_words=PhraseSet.of(places.get("airspace_words", [])),
        vessels=PhraseSet.of(places.get("vessels", [])),
        fleets=PhraseSet.of(places.get("fleets", [])),
        border_words=PhraseSet.of(places.get("border_words", [])),
        between_words=words(places.get("between_words", [])),
        force_nouns=words(places.get("force_nouns", [])),
        seat_bodies=words(places.get("seat_bodies", [])),
        downing_verbs=PhraseSet.of(rep.get("downing_verbs", [])),
        vague_objects=PhraseSet.of(places.get("vague_objects", [])),
        org_words=words(ment.get("org_words", [])),
        press_words=words(ment.get("press_words", [])),
        org_joiners=words(ment.get("org_joiners", [])),
        duration_fillers=words(dates.get("duration_fillers", [])),
        long_units={k.lower(): int(v) for k, v in dates.get("long_units", {}).items()},
        relatives=words(rep.get("relatives", [])),
        venue_prepositions=words(rep.get("venue_prepositions", [])),
        venue_participles=words(rep.get("venue_participles", [])),
        monitoring_words=words(rep.get("monitoring_words", [])),
        speaker_adverbs=PhraseSet.of(rep.get("speaker_adverbs", [])),
        addressee_prepositions=words(rep.get("addressee_prepositions", [])),
        addressee_verbs=words(rep.get("addressee_verbs", [])),
        audiences=PhraseSet.of(rep.get("audiences", [])),
        briefings=PhraseSet.of(rep.get("briefings", [])),
        reaction_verbs=PhraseSet.of(rep.get("reaction_verbs", [])),
        domestic_forces=PhraseSet.of(rep.get("domestic_forces", [])),
        home_forces=PhraseSet.of(rep.get("home_forces", [])),
        forces_sites=PhraseSet.of(rep.get("forces_sites", [])),
        ground_forces=PhraseSet.of(rep.get("ground_forces", [])),
        agent_participles=PhraseSet.of(rep.get("agent_participles", [])),
        blame_markers=PhraseSet.of(rep.get("blame_markers", [])),
        responsibility=PhraseSet.of(rep.get("responsibility", [])),
        makers=tuple(w.lower() for w in rep.get("makers", [])),
        maker_suffixes=tuple(w.lower() for w in rep.get("maker_suffixes", [])),
        owners=PhraseSet.of(rep.get("owners", [])),
        own_pronouns=words(rep.get("own_pronouns", [])),
        enemy_words=words(rep.get("enemy_words", [])),
        since_clauses=PhraseSet.of(rep.get("since_clauses", [])),
        after_clauses=PhraseSet.of(rep.get("after_clauses", [])),
        named_facilities=PhraseSet.of(rep.get("named_facilities", [])),
        background_openers=PhraseSet.of(rep.get("background_openers", [])),
        home_prepositions=words(rep.get("home_prepositions", [])),
        found_verbs=words(rep.get("found_verbs", [])),
        people_nouns=words(rep.get("people_nouns", [])),
        release_verbs=words(rep.get("release_verbs", [])),
        report_nouns=PhraseSet.of(rep.get("report_nouns", [])),
        quote_verbs=words(rep.get("quote_verbs", [])),
        event_nouns=PhraseSet.of(rep.get("event_nouns", [])),
        confirmations=PhraseSet.of(rep.get("confirmations", [])),
        base_anaphors=PhraseSet.of(rep.get("base_anaphors", [])),
        town_anaphors=PhraseSet.of(rep.get("town_anaphors", [])),
        village_anaphors=PhraseSet.of(rep.get("village_anaphors", [])),
        concessives=PhraseSet.of(rep.get("concessives", [])),
        inside_prepositions=words(places.get("inside_prepositions", [])),
        dateline_anaphors=PhraseSet.of(rep.get("dateline_anaphors", [])),
        strike_anaphors=PhraseSet.of(rep.get("strike_anaphors", [])),
        aerial_strikes=words(rep.get("aerial_strikes", [])),
        anaphor_settings=words(rep.get("anaphor_settings", [])),
        insurgents=PhraseSet.of(rep.get("insurgents", [])),
        demonstratives=words(rep.get("demonstratives", [])),
        site_verbs=PhraseSet.of(rep.get("site_verbs", [])),
        fused_reports=words(rep.get("fused_reports", [])),
        report_anaphors=words(rep.get("report_anaphors", [])),
        shared_subject_joiners=words(rep.get("shared_subject_joiners", [])),
        passive_reports=PhraseSet.of(rep.get("passive_reports", [])),
        report_particles=words(rep.get("report_particles", [])),
        leaders=PhraseSet.of(rep.get("leaders", [])),
        leader_suffixes=tuple(rep.get("leader_suffixes", [])),
        base_phrases=PhraseSet.of(rep.get("base_phrases", [])),
        own_letters=frozenset(text.get("own_letters", "")),
        analyser=morph.get("analyser", ""),
        caseless=bool(text.get("caseless", False)),
        name_prefixes=pairs(ment.get("name_prefixes", [])),
        article_prefixes=tuple(ment.get("article_prefixes", [])),
        name_conjunctions=pairs(ment.get("name_conjunctions", [])),
        name_particles=frozenset(ment.get("name_particles", [])),
        area_parts_before=words(ment.get("area_parts_before", [])),
        area_parts_after=words(ment.get("area_parts_after", [])),
        area_part_bearings=PhraseSet.mapping(ment.get("area_part_bearings", {})),
        compass_suffixes=pairs(ment.get("compass_suffixes", [])),
        singular_units=words(ment.get("singular_units", [])),
        adjective_places=pairs(ment.get("adjective_places", [])),
        base_words=words(ment.get("base_words", [])),
        site_heads=words(ment.get("site_heads", [])),
        site_kinds_before=PhraseSet.mapping(ment.get("site_kinds_before", {})),
        naming_words=words(ment.get("naming_words", [])),
        adjective_place_countries=frozenset(ment.get("adjective_place_countries", [])),
        joined_heads=tuple(ment.get("joined_heads", [])),
        killed=PhraseSet.of(casualties.get("killed", [])),
        injured=PhraseSet.of(casualties.get("injured", [])),
        casualty_gap=PhraseSet.of(casualties.get("gap", [])),
        nobody_hurt=PhraseSet.of(casualties.get("nobody", [])),
        casualty_numbers={k.lower(): int(v) for k, v in casualties.get("numbers", {}).items()},
    )


def _unified(value: Any) -> Any:
    """Every string of a lexicon file with its letters unified as the article's words are (`ё` -> `е`, Arabic
    hamza seats and alef forms), so a word matches however the article spells it."""
    if isinstance(value, str):
        return unify_letters(value)
    if isinstance(value, list):
        return [_unified(v) for v in value]
    if isinstance(value, dict):
        return {_unified(k): _unified(v) for k, v in value.items()}
    return value


def _valued(table: dict[str, str]) -> PhraseSet:
    """`{phrase: value}` (country word -> ISO code, cue -> place kind) as a PhraseSet whose matches carry the value."""
    return PhraseSet(_phrases(table), tuple(table.values()))
