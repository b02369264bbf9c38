"""Toponym spans in a normalised article, driven by the gazetteer's names and the language's cue and stop words."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from gazetteer import Gazetteer, Place, fold
from gazetteer.airports import airport_of, airports_named
from gazetteer.common_words import is_common_word
from gazetteer.fold import without_article
from gazetteer.ranking import MATCH_ALTERNATE, MATCH_OWN_NAME_VARIANT, match_score, prominence
from geo.extract.acronyms import spelt_out
from geo.extract.given_names import is_given_name
from geo.lexicon import Lexicon, PhraseSet, load_lexicon
from geo.text import Document, Token, token_texts, tokenize
from geo.text.morphology import adjective_lemma, nominatives, reading

FUZZY_MIN_LETTERS = 6
WATER = "water"  # the lexicon cue for rivers and lakes
AIRPORT = "airport"  # the lexicon cue for a town's airport (`مطار دمشق`, `аэропорт Дамаска`)
BASE_KIND = "base"  # a site kind before a name (`pangkalan Ain al-Asad`): an air base known by its own name
VILLAGE = "village"  # the lexicon cue for a village (`desa`, `the village of`)
NEIGHBOURHOOD = "neighbourhood"  # the lexicon cue for a part of a town, which only a PPLX place fits
COUNTRY = "country"  # the lexicon cue for a country (`negara Armenia`)
# A capitalised single word this frequent in the article's language (Zipf scale) is an ordinary word when it opens a
# sentence or sits in a title-case heading ("Selain", "Tuntutan"), unless the gazetteer knows it as a country.
FREQUENT_ZIPF = 4.5
ACRONYM_MAX_LETTERS = 5
SHORT_WORD_LETTERS = 3  # `Us`, `Man`, `Bar`: short capitalised words are names only when written in capitals
# A name made of everyday words (`United States`, `Los Angeles`) is a place when it names a country or a city of
# this size; smaller namesakes made of everyday words (`Ibu Kota`, `Main Street`) are not taken on their words.
PROMINENT_POPULATION = 100_000
WORLD_CITY_POPULATION = 1_000_000  # a city known the world over by its name, like a capital
CLOSERS = frozenset({'"', "”", "’", "'", "»", ","})  # what ends a quote before a postposed `said X`
CHAIN_KM = 100.0  # a village and the district town written after it (`Ковшаровку Купянского района`): 20 km apart
# Arabic is written without short vowels, so a town's consonants are often an everyday word (`المطلة`, overlooking,
# is Metula; `سيدة`, a woman, is Side). Without capitals to tell them apart, a name of a place under
# PROMINENT_POPULATION that is more frequent than this (about once in 300,000 words) is a word unless the text puts it
# after a preposition or a place cue. Place names of the Arabic development articles lie at Zipf 2.0-3.4
# (`عبسان` 2.0, `المحمودية` 2.9, `النبطية` 3.4); the words they collided with at 3.6-4.7.
CASELESS_FREQUENT_ZIPF = 3.5


# `WASHINGTON (Reuters) -`, `KYIV, March 4 -`: a capitalised place opening a story is where it was filed.
_DATELINE_AFTER = re.compile(r"\.?\s*(?:/\s*[A-Z]|[(,]|[-–—|]\s)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written: its span in `Document.text`, the sentence it is in, and its gazetteer candidates."""

    start: int
    end: int
    text: str
    sentence: int
    cue: str | None
    fuzzy: bool
    candidates: tuple[Place, ...]


_ACRONYM_CLOSED = re.compile(r"\b[A-ZА-ЯЁІЇЄҐ]{2,6}\s*[),]")  # `(NISA)`, `, or AA,`, `(ВСУ)`: may spell one out


def _articled(place: Place, bare: str) -> Place | None:
    """The place, scored as its own name's variant, when the name is its own with another form of the article
    (`Al-Salif` for `Aş Şalīf`, the article assimilated); None when its own name has no article before `bare`."""
    if without_article(fold(place.name)) != fold(bare):
        return None
    return replace(place, score=max(place.score, match_score(MATCH_OWN_NAME_VARIANT, prominence(place))))


@functools.lru_cache(maxsize=100_000)
def _known(gz: Gazetteer, name: str) -> tuple[Place, ...]:
    """Exact gazetteer candidates of a name (cached: news repeats its places); empty when it is no name."""
    return tuple(gz.candidates(name, limit=10, fuzzy=False)) if gz.has_name(fold(name)) else ()


@functools.lru_cache(maxsize=100_000)
def _spelled(gz: Gazetteer, name: str) -> frozenset[str]:
    """Ids of the places written exactly so (cached: every form of every Arabic word may be asked)."""
    return gz.spelled_as(name)


@functools.lru_cache(maxsize=100_000)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def _cue_before(words: list[Token], i: int, lex: Lexicon) -> str | None:
    """The place kind a cue right before word i gives (`kota Ganja`, `city of Kharkiv`). A unit word right after
    another name is that name's (`the Desnianskyi district of Kyiv`): Kyiv is no district."""
    found = phrase_ending_at(words, i, lex.cues_before)
    if found is None:
        return None
    k = found[0] - 1
    if k > 0 and _names_before(words[k], lex) and _spaced(words, k + 1):  # no comma between
        return None
    return found[1]


def _names_before(word: Token, lex: Lexicon) -> bool:
    """A capitalised word that may end a name (not `The`, not a possessive like `Ukraine's`)."""
    return (
        word.is_word
        and word.is_capitalised
        and not word.lower.endswith(("'s", "’s"))
        and word.lower not in lex.determiners | lex.stopwords
    )


def phrase_ending_at(words: list[Token], i: int, phrases: PhraseSet) -> tuple[int, str] | None:
    """Where the longest phrase of up to three words that ends right before word i starts, and its value."""
    lo = max(0, i - 3)
    forms = [frozenset({w.lower}) for w in words[lo:i]]
    for length in (3, 2, 1):
        j = i - lo - length
        if j >= 0:
            m = phrases.match_at(forms, j)
            if m and j + m[0] == i - lo:
                return lo + j, m[1]
    return None


def _cue_after(words: list[Token], end: int, lex: Lexicon) -> str | None:
    """The place kind a cue right after the name gives (`Kharkiv region`, `Bucha district`, `Pauktaw township's`)."""
    if end >= len(words):
        return None
    forms = [frozenset({w.lower, w.lower.removesuffix("'s").removesuffix("’s")}) for w in words[end : end + 3]]
    m = lex.cues_after.match_at(forms, 0)
    return m[1] if m else None


def _neighbourhood(m: Mention) -> Mention:
    """A name the text calls a part of a town (`the Al-Sad, Al-Riyadh and Texas neighbourhoods` of Nyala) is only a
    part of a town in the index, or nothing: no Saudi capital, no US state."""
    if m.cue != NEIGHBOURHOOD:
        return m
    return replace(m, candidates=tuple(p for p in m.candidates if (p.feature_code or "").startswith("PPLX")))


def _area_part(words: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A lower-case compass word right before (`northern Gaza`) or after (`Gaza utara`) the name at words[i:j]."""
    before = i > 0 and not words[i - 1].is_capitalised and words[i - 1].lower in lex.area_parts_before
    after = j < len(words) and not words[j].is_capitalised and words[j].lower in lex.area_parts_after
    return before or after


def _areas_around_town(places: list[Place]) -> list[Place]:
    """The areas of the name that hold its town of that name, when it names both (`Gaza`: the Strip around the city,
    `Idlib`: the governorate), else all the places."""
    town = next((p for p in places if p.is_populated), None)
    areas = [p for p in places if p.is_area and town is not None and town.lies_in(p)]
    return areas or places


def _postposed_speaker(text: str, words: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Words[i:j] are all that follows a reporting verb put after what was said (`," said X.`, `, added X,`): who
    spoke, not where (`," said Aghdam residents` names a place)."""
    return (
        i >= 2
        and lex.reporting_verbs.match_at([frozenset({words[i - 1].lower})], 0) is not None
        and any(c in CLOSERS for c in text[words[i - 2].end : words[i - 1].start])
        and (j == len(words) or any(c in ",.;:" for c in text[words[j - 1].end : words[j].start]))
    )


def _possessive(word: Token, lex: Lexicon) -> bool:
    return any(word.text.endswith(s) and s[:1] in "'’" for s, _ in lex.name_suffixes)


# A name found only once its article is dropped (`al-Nuseirat`) is a weaker match: a town of this many people or
# more, as the resolver counts a village (resolve.VILLAGE_POPULATION), never a village namesake far away (`al-Yatmah`),
# unless the place's own name has an article too (`Al-Salif` is `Aş Şalīf`, its article assimilated)
ARTICLE_DROPPED_POPULATION = 10_000
WEAPON_NAMES = frozenset({"missile_attack", "drone_strike", "rocket_attack"})


def _masked(words: list[Token], runs: list[tuple[int, int]], lex: Lexicon) -> set[int]:
    """Word indices inside news-agency, actor and armed-group names (`New York Times`, `Kremlin`, `Fano`, `Islamic
    State West Africa Province`) and weapon names (`Iskander`, `Kalibr`, `Shahed`): never places."""
    forms = [frozenset({w.lower}) for w in words]
    found = _never_places(lex).find_all(forms)
    # `Islamic State West Africa Province`: a group's name of two words or more opens a longer one, its run
    longer = [
        (e, b, "") for s, e, kind in found if kind == "armed_group" and e - s > 1 for a, b in runs if a <= s < e < b
    ]
    spans = found + longer + _named_things(words, runs, lex)
    weapons = _weapon_words(lex)
    masked = {k for k, w in enumerate(words) if w.is_capitalised and not lex.stems(w.lower).isdisjoint(weapons)}
    return masked | {k for s, e, _ in spans for k in range(s, e)}


def _named_things(words: list[Token], runs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """`Operation Lafiya Dole`, `USS Carney`, `KRI Bung Tomo`: the capitalised run after a capitalised head word
    (`name_heads`) names a military operation or a ship, not a place."""
    heads = {k for k, w in enumerate(words) if w.is_capitalised and w.lower in lex.name_heads}
    return [(k + 1, b, "") for a, b in runs for k in range(a, b - 1) if k in heads]


@functools.cache
def _never_places(lex: Lexicon) -> PhraseSet:
    """News-agency, actor and armed-group names in one set: one pass over a sentence finds them all."""
    sets = (lex.media_names, lex.actors, lex.group_homes)
    values = (v for s in sets for v in (s.values or ("",) * len(s.phrases)))
    return PhraseSet(tuple(p for s in sets for p in s.phrases), tuple(values))


@functools.cache
def _weapon_words(lex: Lexicon) -> frozenset[str]:
    """One-word weapon names of the lexicon (`iskander`, `shahed`, `grad`)."""
    actions = lex.actions
    return frozenset(
        p[0] for p, v in zip(actions.phrases, actions.values, strict=True) if v in WEAPON_NAMES and len(p) == 1
    )


@functools.lru_cache(maxsize=100_000)
def _name_forms(name: str, lex: Lexicon) -> tuple[str, ...]:
    """The forms a name as written may be looked up by, in order (cached: every word of an Arabic text is tried)."""
    bare = [r + name[len(p) :] for p, r in lex.name_prefixes if name.startswith(p) and len(name) > len(p) + 2]
    if lex.joined_heads and " " not in name:  # `خانيونس` is `خان يونس` written as one word
        bare += [h + " " + b[len(h) :] for b in (name, *bare) for h in lex.joined_heads if _joined(b, h)]
    stripped = [name[: -len(s)] + r for s, r in lex.name_suffixes if name.endswith(s) and len(name) > len(s) + 2]
    # a clitic (`Russia's`) is stripped before the whole is tried; a case ending (`Одесса`) only after
    clitic = any(name.endswith(s) and s[:1] in "'’" for s, _ in lex.name_suffixes)
    inflected = [*nominatives(name, lex.analyser), *stripped]
    if clitic:
        return (*stripped, name)
    compass = [r + name[: -len(s)] for s, r in lex.compass_suffixes if name.endswith(s) and len(name) > len(s) + 2]
    joined = [name.replace(a, b) for a, b in lex.name_conjunctions if a in name]
    return (name, *bare, *inflected, *_without_article(name, lex), *compass, *joined)


def _without_article(name: str, lex: Lexicon) -> list[str]:
    """`al-Nuseirat` -> `Nuseirat`: the name without an article the gazetteer may spell otherwise (`An Nuşayrāt`)."""
    return [name[len(a) :] for a in lex.article_prefixes if name.startswith(a) and len(name) > len(a) + 3]


def spelt_only(place: Place) -> bool:
    """Matched by a spelling rule only (`Gurion` -> Huron), by none of the place's own or alternate names."""
    return place.score < match_score(MATCH_ALTERNATE, prominence(place)) - 0.001


def _spelt_village(places: list[Place]) -> bool:
    """Every candidate a small town matched by spelling only (`Khet` for Ho Et), not a province (`Lembah Bekaa`)."""
    return all(p.is_populated and p.population < PROMINENT_POPULATION and spelt_only(p) for p in places)


def _airports(places: list[Place]) -> list[Place]:
    """`مطار حلب`: the airports the candidate towns stand for; the towns themselves when none has one."""
    airports = {a.id: a for a in map(airport_of, places) if a is not None}
    return list(airports.values()) or places


def _clitics(first_word: str, form: str | None) -> str:
    """What was taken off the name's first word to find it (`وب` of `وبغزة`), or ''."""
    head = form.split(" ")[0] if form else ""
    return first_word[: -len(head)] if head and first_word.endswith(head) else ""


def _joined_preposition(first_word: str, form: str | None, lex: Lexicon) -> bool:
    """`بالبحر الأحمر`, `وبغزة`: the clitics taken off to find the name hold a location preposition (`ب`, in)."""
    clitics = _clitics(first_word, form)
    clitics = clitics[1:] if clitics[:1] in lex.coordinators else clitics
    return bool(clitics) and clitics in lex.location_prepositions


def _joined(word: str, head: str) -> bool:
    return word.startswith(head) and len(word) >= len(head) + 3


AREA_KINDS = frozenset({"district", "region", "province"})


def _spots(places: Sequence[Place]) -> list[Place]:
    """The bases, fields, ports and airports among places (GeoNames class S): what a site's kind word names."""
    return [p for p in places if p.feature_class == "S"]


def _before_area(words: list[Token], j: int, lex: Lexicon) -> bool:
    """Is word j a unit word of an area (`района`, `области`), or one after a list's next name (`Rylsky and
    Kurchatovsky districts`)? Then the adjective before it names the area."""
    if j < len(words) and _cue_after(words, j, lex) in AREA_KINDS:
        return True
    listed = j + 2 < len(words) and words[j].lower in lex.coordinators and words[j + 1].is_capitalised
    return listed and _cue_after(words, j + 2, lex) in AREA_KINDS


LIST_NEAR_KM = 150.0  # a place matched only by spelling in a list lies this near the list's other places (a province)
LIST_GAP_CHARS = 24  # `, `, ` and `, ` regions, ` between two places of one list


def _singular_unit_after(doc: Document, m: Mention, lex: Lexicon) -> bool:
    """The unit word after the mention names one place (`region`, not `regions`)."""
    after = token_texts(doc.text, m.end, min(len(doc.text), m.end + 24))[:2]
    return bool(after) and after[0] in lex.singular_units


def _share_list_cues(doc: Document, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Places of one list share its unit word: `the Sumy, Odesa and Dnipropetrovsk regions` and `wilayah Kursk,
    Bryansk, dan Voronezh` name three regions, not one region and two towns; `desa Myohaung, Myothit, dan Sihike`
    three villages."""
    out = list(mentions)
    for order in (range(len(out) - 1), range(len(out) - 2, -1, -1)):  # a cue before spreads forward, after backward
        for k in order:
            a, b = out[k], out[k + 1]
            if a.sentence != b.sentence or b.start - a.end > LIST_GAP_CHARS:
                continue
            gap = token_texts(doc.text, a.end, b.start)
            listed = all(t in lex.coordinators or lex.cues_after.match_at([frozenset({t})], 0) for t in gap)
            if not listed:
                continue
            forward = order.step == 1
            src, dst = (a, b) if forward else (b, a)
            if not forward and _singular_unit_after(doc, b, lex):
                continue  # `Dnipro, Kremenchuk and Kyiv region`: one region, the last place
            # a village word before a list names each (`desa Myohaung, Myothit, dan Sihike`)
            shared = src.cue in AREA_KINDS or src.cue == NEIGHBOURHOOD or (forward and src.cue == VILLAGE)
            if shared and dst.cue is None:
                out[k + 1 if forward else k] = replace(dst, cue=src.cue)
    return out


POSSESSIVE_ENDS = ("'s", "’s")


def _runs(words: list[Token], lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of adjacent capitalised words (no punctuation between them); a possessive ends one (`Khyber
    Pakhtunkhwa's | Bannu district`: the owner and the place it owns). An Arabic article between two capitalised
    words is inside the name (`Ayta ash Shab`)."""

    def joins(j: int) -> bool:
        if words[j - 1].end + 1 < words[j].start or words[j - 1].text.endswith(POSSESSIVE_ENDS):
            return False
        if words[j].is_capitalised:
            return True
        return (
            words[j].text in lex.name_particles
            and j + 1 < len(words)
            and words[j + 1].is_capitalised
            and words[j].end + 1 >= words[j + 1].start
        )

    runs, i = [], 0
    while i < len(words):
        if words[i].is_capitalised:
            j = i + 1
            while j < len(words) and joins(j):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


class MentionFinder:
    """Finds toponyms sentence by sentence; one per article so the fuzzy gate can use the article's countries."""

    def __init__(self, gazetteer: Gazetteer, lex: Lexicon) -> None:
        self.gz = gazetteer
        self.lex = lex
        self.people: set[str] = set()  # surnames seen after a first name or a title: `Menurut Fedorov` is him too

    def _lookup(self, name: str, spelled: bool = False) -> tuple[str, list[Place]] | None:
        """The form of `name` the gazetteer knows (possessive and case endings stripped, an inflected name brought to
        the nominative, Arabic proclitics `و ف ب ل ك` taken off) and its candidates. `spelled`: only places written
        so in the gazetteer (Arabic folds to consonants, `ط` and `ت` alike), so that `الخرطوم`, which folds like
        another name, is found as `خرطوم`, written so."""
        first: tuple[str, list[Place]] | None = None
        bare = _without_article(name, self.lex)
        for form in _name_forms(name, self.lex):
            places = list(_known(self.gz, form))
            if form in bare:  # a name read without its article: a town, or a place whose own name has one too
                articled = [(p, _articled(p, form)) for p in places]
                places = [a or p for p, a in articled if a or p.population >= ARTICLE_DROPPED_POPULATION]
            if spelled:
                written = _spelled(self.gz, form)
                places = [p for p in places if p.id in written]
            if not places:
                continue
            # a form some place is written as beats an earlier one that matched only by its consonants
            # (`Гянджи` sounds like a name of Guernsey; its nominative `Гянджа` is written so for Ganja)
            if spelled or form.isascii() or not _spelled(self.gz, form).isdisjoint(p.id for p in places):
                return form, places
            first = first or (form, places)
        return first

    def _after_unknown_words(self, words: list[Token], i: int) -> bool:
        """Word i ends a name with two rare capitalised words right before it (`Mong Lai Khet`), not a weekday, a
        function word or a country's (`On Monday Hulyaipole`, `Ukrainian Hulyaipole`)."""
        before = words[max(0, i - 2) : i]
        return len(before) == 2 and all(
            w.is_capitalised
            and w.end + 1 >= nxt.start
            and w.lower not in self.lex.stopwords
            and zipf(w.lower, self.lex.language) < FREQUENT_ZIPF
            and not self._country_word(w.text)
            for w, nxt in zip(before, [*before[1:], words[i]], strict=True)
        )

    def _unit_named(self, name: str, unit: str) -> list[Place]:
        """`the Kamensky district`: the areas the index names with the unit word (`Kamensky District`), which the
        name alone, when it names no area, does not reach past a town of that name elsewhere (Kamenskiy, 600 km)."""
        looked = self._lookup(f"{name} {unit}")
        return [p for p in looked[1] if p.is_area] if looked else []

    def _country_word(self, word: str) -> bool:
        looked = self._lookup(word)
        return bool(looked and looked[1][0].is_country)

    def _candidate(self, word: Token) -> bool:
        """Could the word start or end a name? Capitalised, or any word of a script without capitals (Arabic)."""
        if word.is_capitalised:
            return True
        first = word.text[0]
        return self.lex.caseless and first.isalpha() and first.upper() == first.lower()

    def _adjective_area(self, doc: Document, words: list[Token], i: int) -> tuple[int, str, list[Place]] | None:
        """`Курской области`, `Харківської області`: an adjective and its unit word name an area as one phrase
        (`Курская область` is the oblast; `Курская` alone a village), looked up in the nominative."""
        lex = self.lex
        if not (_before_area(words, i + 1, lex) and adjective_lemma(words[i].text, lex.analyser)):
            return None
        phrase = doc.text[words[i].start : words[i + 1].end]
        for form in (phrase, *nominatives(phrase, lex.analyser)):
            areas = [p for p in _known(self.gz, form) if p.feature_class == "A"]
            if areas:
                return i + 1, words[i].text, areas
        return None

    def _town_of_adjective(self, word: str) -> tuple[str, list[Place]] | None:
        """`Купянского (района)`, `Харьковской (области)`, `Kurchatovsky (district)`: the town an adjective beside a
        unit word is named after (a language with no analyser takes the word as it is written)."""
        lex = self.lex
        lemma = adjective_lemma(word, lex.analyser) if lex.analyser else word.lower()
        if not lemma:
            return None
        for ending, town in lex.adjective_places:
            if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:
                form = lemma[: -len(ending)] + town
                places = [
                    p
                    for p in _known(self.gz, form[:1].upper() + form[1:])
                    if not lex.adjective_place_countries or p.country_code in lex.adjective_place_countries
                ]
                if places:
                    return form, places
        return None

    def _ordinary(
        self,
        text: str,
        words: list[Token],
        i: int,
        j: int,
        places: list[Place],
        heading: bool,
        form: str | None = None,
    ) -> bool:
        """Is words[i:j] an ordinary word or a person's name rather than a place here? `form` is the name as the
        gazetteer knows it: `Москву` is as everyday a word as `Москва`, a name, not as the frequent `москву`."""
        lex = self.lex
        lowered = [w.lower for w in words[i:j]]
        if all(w in lex.stopwords for w in lowered):
            return True
        word = words[i]
        if lex.caseless and not word.is_capitalised:
            return self._ordinary_caseless(words, i, j, places, form)
        short = j - i == 1 and len(word.text) <= SHORT_WORD_LETTERS and not word.text.isupper()
        if short and (is_common_word(word.lower, lex.language) or zipf(word.lower, lex.language) >= FREQUENT_ZIPF):
            return True  # `Us`, `Man`: a word; `US`, `UK` stay names
        prominent = any(p.is_country_scale or p.population >= PROMINENT_POPULATION for p in places)
        if j - i > 1:  # `Tel Aviv` is a name even if `tel` and `aviv` are words; `Ibu Kota` is not
            if prominent or any(p.is_water for p in places):  # `Los Angeles`, `Red Sea`: everyday words, one name
                return False
            unit = lex.cues_after.match_at([frozenset({words[j - 1].lower})], 0)
            if unit and unit[1] not in (WATER, AIRPORT) and any(p.is_area for p in places):
                return False  # `Henry County`, `Lake District`: the unit word makes the everyday word a name
            return all(is_common_word(w, lex.language) and zipf(w, lex.language) >= FREQUENT_ZIPF for w in lowered)
        if any(p.is_country for p in places):
            return False
        if word.lower in lex.person_titles:
            return True
        sentence_start = i == 0 or words[i - 1].text in "\"“'‘(«"
        if self._read_as_no_place(words, i, sentence_start):
            return True
        named = form.lower() if form and j - i == 1 else word.lower
        if is_common_word(word.lower, lex.language) and is_common_word(named, lex.language):  # `Baku` is a word too
            cue = _cue_before(words, i, lex)
            # `negara Arab itu` (that Arab country): a country word before a word that names no country is its adjective
            placed = words[i - 1].lower in lex.location_prepositions or (cue is not None and cue != COUNTRY)
            placed = placed or self._joined_to_place(text, words, i, places)
            longer = (  # `di Rumah Sakit ...` is no place; `Kapan, Jermuk` is a list
                i + 1 < len(words)
                and words[i + 1].is_capitalised
                and not text[words[i].end : words[i + 1].start].strip()
            )
            return sentence_start or heading or not placed or longer
        frequency = min(zipf(word.lower, lex.language), zipf(named, lex.language))
        # a capital's or a world city's own name is frequent because it is written so often (`Washington said`,
        # `Jakarta`), but a number word is a word (`Lima belas menit kemudian`: fifteen minutes later)
        world_known = any(p.is_capital or p.population >= WORLD_CITY_POPULATION for p in places)
        return (
            (sentence_start or heading)
            and frequency >= FREQUENT_ZIPF
            and not (world_known and word.lower not in lex.numbers)
        )

    def _ordinary_caseless(
        self, words: list[Token], i: int, j: int, places: list[Place], form: str | None = None
    ) -> bool:
        """Without capitals every word is looked up, so an everyday word (`عين`, a spring; `الموقع`, the site) that
        is also a village is a place only where the text puts it: after `في` or a place cue, with a preposition
        joined to it (`بالبحر الأحمر`, in the Red Sea), or when it is famous. `form` is the name as looked up."""
        lex = self.lex
        if any(p.is_country for p in places):
            return False
        lowered = [w.lower for w in words[i:j]]
        bare = lowered + [r + lowered[0][len(p) :] for p, r in lex.name_prefixes if lowered[0].startswith(p)]
        # word frequencies know the words as written (`سيدة`, not the unified `سيده`)
        written = [w.text for w in words[i:j]]
        written += [r + written[0][len(p) :] for p, r in lex.name_prefixes if lowered[0].startswith(p)]
        prominent = any(p.is_country_scale or p.population >= PROMINENT_POPULATION for p in places)
        placed = i > 0 and (words[i - 1].lower in lex.location_prepositions or _cue_before(words, i, lex) is not None)
        placed = placed or _joined_preposition(words[i].text, form, lex) or self._listed_after_place(words, i, form)
        if j - i > 1:
            # `تل أبيب`, `بيت لاهيا`, `البحر الأحمر`: a compound's head is an everyday word (hill, house, sea); the
            # compound is a word only when every word of it is one (`عين الحلوة`, sweet spring, needs a cue)
            if all(w in lex.stopwords for w in lowered):
                return True
            everyday = all(
                is_common_word(w.lower, lex.language) or zipf(w.text, lex.language) >= CASELESS_FREQUENT_ZIPF
                for w in words[i:j]
            )
            return not prominent and everyday and not placed
        if any(w in lex.stopwords for w in bare) or len(bare[0]) < SHORT_WORD_LETTERS:
            return True
        frequent = any(is_common_word(w, lex.language) for w in bare) or any(
            zipf(w, lex.language) >= CASELESS_FREQUENT_ZIPF for w in written
        )
        return frequent and not placed and not prominent

    def _listed_after_place(self, words: list[Token], i: int, form: str | None) -> bool:
        """`على صنعاء وصعدة`: a name joined by `و` (and) right after a place is listed with it, placed as it is."""
        if i == 0 or _clitics(words[i].text, form) not in self.lex.coordinators:
            return False
        return self._lookup(words[i - 1].text, spelled=self.lex.caseless) is not None

    def _joined_to_place(self, text: str, words: list[Token], i: int, places: list[Place]) -> bool:
        """`pelabuhan Izmail dan Reni`: a name joined by a word such as `dan` (and) to a place it follows is listed
        with it, placed as it is, though it is an everyday word or a given name too; so is one set by commas inside a
        list after a place of the same land as one of its `places` (`di Goris, Kapan, Jermuk`: Armenia's Kapan; not
        `Kharkiv, Sumy, Bath and Poltava`)."""
        if i < 1:
            return False
        if i >= 2 and words[i - 1].lower in self.lex.coordinators:
            before = words[i - 2]
            return before.is_capitalised and self._lookup(before.text) is not None
        # `words` are the sentence's words alone: the commas lie in the text between them
        if i + 1 >= len(words) or text[words[i - 1].end : words[i].start].strip() != ",":
            return False
        after = text[words[i].end : words[i + 1].start].strip()
        if not (after == "," or (not after and words[i + 1].lower in self.lex.coordinators)):
            return False
        listed = self._lookup(words[i - 1].text) if words[i - 1].is_capitalised else None
        lands = {p.country_code for p in listed[1]} if listed else set()
        return any(p.country_code in lands for p in places)

    def _read_as_no_place(self, words: list[Token], i: int, sentence_start: bool) -> bool:
        """A surname (`Надежда Петрова`) or, opening a sentence, an adjective (`Мирний житель`) by the analyser's
        first reading; a word the text puts after a preposition or a place cue (`в Пушкине`) stays a place."""
        lex = self.lex
        kind = reading(words[i].text, lex.analyser)
        if kind is None or (i > 0 and (words[i - 1].lower in lex.location_prepositions or _cue_before(words, i, lex))):
            return False
        return kind == "surname" or (kind == "adjective" and sentence_start and not _before_area(words, i + 1, lex))

    def _famous(self, name: str) -> bool:
        """A country, a first-level division or a city of PROMINENT_POPULATION by this name."""
        looked = self._lookup(name)
        return looked is not None and any(
            p.is_country_scale or p.feature_code == "ADM1" or p.population >= PROMINENT_POPULATION for p in looked[1]
        )

    def _person_after(self, doc: Document, words: list[Token], i: int, j: int, end: int) -> bool:
        """A famous place's name ends at j where a person's name of two words or more (`Kyiv Vitali Klitschko`), a
        given name or a country (`wilayah Astrakhan Rusia`) begins, not inside a longer name of a place the index
        lacks (`the town of Adan Yabal`: no Aden)."""
        rest = end - j >= 2 or is_given_name(words[j].text) or self._country_word(words[j].text)
        return rest and self._famous(doc.text[words[i].start : words[j - 1].end])

    def _organisation(self, words: list[Token], i: int, j: int) -> bool:
        """`Kurdistan Democratic Party`, `Patriotic Union of Kurdistan`: a place name inside an organisation's name."""
        org = self.lex.org_words
        if (
            j < len(words)
            and words[j].is_capitalised
            and words[j].lower in org
            and words[j - 1].end + 1 >= words[j].start
        ):
            return True
        return (
            i >= 2
            and words[i - 1].lower in self.lex.org_joiners
            and words[i - 2].is_capitalised
            and words[i - 2].lower in org
        )

    def _alias_only(self, word: Token, form: str, places: list[Place]) -> bool:
        """An acronym (`IAEA`, `PUK`) or a frequent word (`Radio`) that is only another name of its places (IAEA is
        not Tripoli, Radio not Riyadh): a place is named by its own name there."""
        acronym = word.text.isupper() and len(word.text) <= ACRONYM_MAX_LETTERS
        frequent = zipf(word.lower, self.lex.language) >= FREQUENT_ZIPF
        if not (acronym or frequent) or any(p.is_country for p in places):
            return False
        if not word.text.isascii():  # `Харкові`, `Москва`, `دمشق`: a name written so (or its nominative) is the name
            forms = (form, *_name_forms(word.text, self.lex))
            if any(p.id in _spelled(self.gz, f) for f in dict.fromkeys(forms) for p in places):
                return False
        return all(fold(p.name) != fold(form) for p in places)

    def _person_name(
        self,
        text: str,
        words: list[Token],
        i: int,
        j: int,
        runs: list[tuple[int, int]],
        places: list[Place],
        heading: bool,
    ) -> bool:
        """A place name that is only part of a run of capitalised names (`Ilham Aliyev`, `Anna Nagdalyan`), or a
        surname the article gave such a run before (`Gubernur Ivan Fedorov ... Menurut Fedorov`).

        A title-case headline capitalises its verbs too (`India Gempur Bahawalpur`), so there a run proves
        nothing and teaches no surname; only a person title right before the name counts.
        """
        if any(p.is_country for p in places):
            return False
        key = fold(" ".join(w.text for w in words[i:j]))
        if key in self.people or _family(words, i, j, self.lex):
            return True
        if _postposed_speaker(text, words, i, j, self.lex) and not any(
            p.population >= PROMINENT_POPULATION for p in places
        ):
            return True  # `"...," added Mugair`: the one who speaks, not the village `Al Mughayyir`
        if heading:
            return i > 0 and words[i - 1].lower in self.lex.person_titles
        if self._in_name_run(words, i, j, runs, places):
            if self._surname(words, i, j, runs):
                self.people.add(key)
            return True
        return False

    def _surname(self, words: list[Token], i: int, j: int, runs: list[tuple[int, int]]) -> bool:
        """The last word of a run after a first name (`Ivan Fedorov`), not after a title or unit (`Wali Kota X`)."""
        first = words[i - 1] if i > 0 else None
        if first is None or j != i + 1 or not any(s < i and e == j for s, e in runs):
            return False
        lex = self.lex
        return (
            first.lower not in lex.person_titles and first.lower not in lex.stopwords and not _cue_before(words, i, lex)
        )

    def _beside_place(self, word: str, places: Sequence[Place]) -> bool:
        """The word beside a place name names a place too, so the two are no person's names (`Азербайджана Гянджи`,
        `Jerusalem Post`). Beside a name of villages only, it must be a country, an area, a town of
        PROMINENT_POPULATION or one within CHAIN_KM of them (`Ковшаровку Купянского района`, a village and its
        district's town): two village namesakes far apart are one name the index lacks (`Borj Rahal`: Borj and Rahāl
        are villages of Iran 1,100 km apart)."""
        looked = self._lookup(word)
        if not looked:
            return False
        # beside a town of note or an area, a word that is some place's own name is one more place (`Jerusalem Post`
        # stays a newspaper of Jerusalem); one that is only another name or a spelling of a place elsewhere is the
        # rest of a name the index lacks (`Majdal Zoun` is no Ashkelon beside Zuun in Belgium, `Cali Heele` no Cali
        # beside Heerlen's Limburgish name)
        own = any(p.score >= match_score(MATCH_OWN_NAME_VARIANT, prominence(p)) - 0.001 for p in looked[1])
        if own and any(not p.is_populated or p.population >= PROMINENT_POPULATION for p in places):
            return True
        return any(
            p.is_country_scale
            or p.is_area
            or p.population >= PROMINENT_POPULATION
            or any(p.km_to(q) <= CHAIN_KM for q in places)
            for p in looked[1]
        )

    def _in_name_run(
        self, words: list[Token], i: int, j: int, runs: list[tuple[int, int]], places: Sequence[Place]
    ) -> bool:
        lex = self.lex
        k = i - 1
        while k >= 0 and words[k].is_capitalised:
            k -= 1
        run_end = next((e for s, e in runs if s <= i < e), j)
        if phrase_ending_at(words, i, lex.local_heads) and (
            run_end - j >= 2 or (run_end == j and self._famous(" ".join(w.text for w in words[i:j])))
        ):
            # `Wali Kota Kiev Vitali Klitschko`, `Pavel Malkov, Gubernur Ryazan`: the city a local head heads (not in
            # `gubernur Watthana Phutthichat`, all his name)
            return False
        if any(words[t].lower in lex.person_titles for t in range(k + 1, i)):
            return True  # `Commander Abu Hamza`, `Mukhlis Yar, Commander Abu Hamza`: a title in the run before it
        if (
            k >= 0
            and words[k].lower in lex.person_titles
            and j < len(words)
            and words[j].is_capitalised
            and not self._famous(" ".join(w.text for w in words[i:j]))
        ):
            return True  # `governor Vitaliy Kim`: a name after a title is a person's (no Vitali in the Philippines)
        if _cue_before(words, i, lex):
            return False  # `Wali kota Kyiv Vitali Klitschko`: what the text calls a city opens no person's name
        for s, e in runs:
            if s <= i and j <= e and (e - s) > (j - i):

                def name(k: int, w: Token) -> bool:
                    return (
                        w.lower not in lex.stopwords
                        and not _compound_modifier(w)  # `Russian-occupied Crimea`: no first name
                        and not _possessive(w, lex)  # `Ukraine's Sumy`: a possessive is no first name
                        # `Mohamed Mire`: a given name before the place is one, however common a word it is
                        and (not is_common_word(w.lower, lex.language) or (k < i and is_given_name(w.text)))
                        and zipf(w.lower, lex.language) < FREQUENT_ZIPF
                    )

                # `Boulder City Manager Vicki Mayes`: an everyday word parts the place from the person after it
                def part(k: int) -> bool:  # `Ayta ash Shab`: an article inside the name goes on with it
                    return name(k, words[k]) or words[k].text in lex.name_particles

                lo = next((k for k in range(i - 1, s - 1, -1) if not part(k)), s - 1) + 1
                hi = next((k for k in range(j, e) if not part(k)), e)
                # `Hassan Nasrallah`: after a given name, a name no town of note has is its bearer's surname, though
                # some village has it too (Nasrallah, Tunisia)
                forename = j - i == 1 and is_given_name(words[i].text)
                return any(
                    name(k, words[k])
                    and (
                        not self._beside_place(words[k].text, places)
                        or (forename and k >= j and not self._famous(words[k].text))
                    )
                    for k in [*range(lo, i), *range(j, hi)]
                )
        return False

    def find(self, doc: Document, countries: Collection[str] = ()) -> list[Mention]:
        """All place mentions, longest match first; fuzzy matches only within `countries` and in a place context."""
        found: list[Mention] = []
        unmatched: list[tuple[int, list[Token], int]] = []
        for s_idx, span in enumerate(doc.sentences):
            words = [t for t in tokenize(doc.text, span.start, span.end) if t.is_word]
            if not words:
                continue
            runs = _runs(words, self.lex)
            masked = _masked(words, runs, self.lex)
            ends = doc.text[span.start : span.end].rstrip()[-1:]
            heading = ends not in '.!?"”' and sum(w.is_capitalised for w in words) >= 0.6 * len(words)
            i = 0
            while i < len(words):
                w = words[i]
                if not self._candidate(w) or i in masked:
                    i += 1
                    continue
                hit = self._named_airport(doc, words, i, runs) or self._match(doc, words, i, masked, runs, heading)
                if hit is None:
                    if w.is_capitalised:
                        unmatched.append((s_idx, words, i))
                    i += 1
                    continue
                j, name, places = hit
                cue = _cue_before(words, i, self.lex) or _cue_after(words, j, self.lex)
                if cue in AREA_KINDS and _cue_after(words, j, self.lex) == cue and not any(p.is_area for p in places):
                    places = [*self._unit_named(name, words[j].text), *places]  # the town stays a candidate
                if cue is None and _area_part(words, i, j, self.lex):
                    places = _areas_around_town(places)  # `in northern Gaza`: the Strip; `southern Idlib`: the province
                if cue == AIRPORT:
                    places = _airports(places)
                if _after_border_words(words, i, self.lex):  # `near the border with Niger`: the country, not the
                    places = [p for p in places if p.is_country] or places  # Nigerian state of that name
                if cue != WATER:  # `the Dnipro River` is not the city of Dnipro
                    found.append(Mention(words[i].start, words[j - 1].end, name, s_idx, cue, False, tuple(places)))
                i = j
        found = _share_list_cues(doc, found, self.lex)
        found = [m for m in map(_neighbourhood, found) if m.candidates]
        bodies = self._bodies(doc)  # `NISA` is an agency, not Nysa; `DRC` stays the country its name also is
        found = [
            m
            for m in found
            if doc.text[m.start : m.end] not in bodies or any(p.is_country_scale or p.is_area for p in m.candidates)
        ]
        countries = set(countries) | {p.country_code for m in found for p in m.candidates[:1] if p.is_country}
        countries.discard(None)
        if countries:
            found.extend(self._fuzzy(doc, unmatched, sorted(countries), {m.start: m for m in found}))  # type: ignore[arg-type]
        return sorted(found, key=lambda m: m.start)

    def _bodies(self, doc: Document) -> set[str]:
        """Acronyms the article spells out as something that is no place (`Somalia's National Intelligence and
        Security Agency (NISA)`): none is read as a place it happens to spell (Nysa, Nice). `the United Arab Emirates
        (UAE)` spells out a place and stays one."""
        bodies: set[str] = set()
        for span in doc.sentences:
            if not _ACRONYM_CLOSED.search(doc.text, span.start, span.end):
                continue
            tokens = tokenize(doc.text, span.start, span.end)
            for acronym, start, end in spelt_out(tokens, self.lex.coordinators):
                if not self._lookup(doc.text[tokens[start].start : tokens[end - 1].end]):
                    bodies.add(acronym)
        return bodies

    def _sea_before(self, doc: Document, words: list[Token], start: int, end: int) -> int:
        """How many words open the cued run [start, end) with the name of a sea it lies on, when the whole run is no
        name (`pelabuhan Laut Merah Hodeidah`, the Red Sea port of Hodeidah): the sea describes the place after it."""
        if self._lookup(doc.text[words[start].start : words[end - 1].end]) is not None:
            return 0
        # the sea's own word may be the run's cue (`Laut` in `Laut Merah`, capitalised as part of the name)
        lo = start - 1 if start > 0 and words[start - 1].is_capitalised else start
        for m in range(end - start - 1, 0, -1):
            found = self._lookup(doc.text[words[lo].start : words[start + m - 1].end])
            if found is not None and found[1] and all(p.is_water for p in found[1]):
                return m
        return 0

    def _named_airport(
        self, doc: Document, words: list[Token], i: int, runs: list[tuple[int, int]]
    ) -> tuple[int, str, list[Place]] | None:
        """`Lanud Nur Khan`, `Mehrabad airport`, `авиабаза Энгельс`: an airport or air base known by its own name,
        beside an airport cue (the name alone may be a village elsewhere, or nothing the gazetteer knows); a name may
        open with a lower-case article (`al-Asad airbase`)."""
        if not (words[i].is_capitalised or opens_with_particle(words[i], self.lex)):
            return None
        start, end = next(((a, b) for a, b in runs if a <= i < b), (i, i + 1))
        kind = phrase_ending_at(words, i, self.lex.site_kinds_before)
        # `pangkalan Ain al-Asad`: a base's word written before its name, as Indonesian does, is an airport cue too
        base_before = kind is not None and kind[1] == BASE_KIND and _cue_before(words, i + 1, self.lex) != AIRPORT
        before = _cue_before(words, i, self.lex) == AIRPORT or base_before  # (not `pangkalan Udara`: its cue goes on)
        for j in range(end, i, -1):
            # `the Ain al-Asad base`: a bare `base` after an air base's whole own name is that base (not after a word
            # of a longer name: `Green Village base` is no Village Airport)
            base = i == start and j == end < len(words) and words[j].lower in self.lex.base_words
            if before or base or _cue_after(words, j, self.lex) == AIRPORT:
                # `Ayn al-Asad airbase` is the Al Asad Air Base: a tail that opens with an article may be the name
                for k in [i] + [k for k in range(i + 1, j) if opens_with_particle(words[k], self.lex)]:
                    found = airports_named(doc.text[words[k].start : words[j - 1].end])
                    if found:
                        return j, doc.text[words[i].start : words[j - 1].end], list(found)
        return None

    def _match(
        self, doc: Document, words: list[Token], i: int, masked: set[int], runs: list[tuple[int, int]], heading: bool
    ) -> tuple[int, str, list[Place]] | None:
        """Longest gazetteer name starting at word i: (end word index, name as written, candidates)."""
        area = self._adjective_area(doc, words, i)
        if area is not None:
            return area
        lex = self.lex
        if i > 0 and words[i - 1].lower in lex.naming_words and not _cue_before(words, i - 1, lex):
            return None  # `putri mereka bernama Sofia`: a person's name, not Bulgaria's capital
        caseless = lex.caseless and not words[i].is_capitalised
        if caseless and words[i].lower in lex.stopwords and words[i].lower not in lex.joined_heads:
            return None  # without capitals every word is tried: a function word starts no name (`تل` starts `تل أبيب`)
        longest = min(self.gz.max_name_words, len(words) - i)
        # `desa Let Yet Kone`: a cue names the whole run; a word of it (`Kone`) is not the place
        start, end = next(((a, b) for a, b in runs if a <= i < b), (i, i + 1))
        while end > start + 1 and words[end - 1].lower in self.lex.stopwords:
            end -= 1  # `the village of Kfar Kila Monday`
        named_run = i < end and _cue_before(words, start, self.lex) not in (None, WATER)
        if named_run and end - start > 1 and self._country_word(words[start].text):
            start += 1  # `города Азербайджана Гянджи` (the city of Azerbaijan Ganja): the country locates the city
        while (
            named_run
            and end - start > 1
            and words[start].lower in self.lex.directions
            and self._lookup(doc.text[words[start].start : words[end - 1].end]) is None
        ):
            start += 1  # `kota Tenggara Dnipro`: a compass word in capitals is no part of the name (`West Bank` is)
        if named_run and end - start > 1:
            start += self._sea_before(doc, words, start, end)
        kind = phrase_ending_at(words, i, lex.site_kinds_before)  # `ladang minyak al-Omar`: the kind before it
        for n in range(longest, 0, -1):
            j = i + n
            # `the al-Omar oil field`, `al-Tanf garrison`: a site's name may end in a lower-case word for its kind
            site = n > 1 and words[j - 1].lower in lex.site_heads
            if any(k in masked for k in range(i, j)) or not (self._candidate(words[j - 1]) or site):
                continue
            if caseless and words[j - 1].lower in lex.stopwords and (n > 1 or words[i].lower in lex.joined_heads):
                continue  # a compound's head alone (`تل`, a hill) is no name
            if named_run and (i > start or (j < end and not self._person_after(doc, words, i, j, end))):
                continue  # `Wali kota Kyiv Vitali Klitschko`: a famous place's name may end where a person's begins
            if any(words[k].end + 1 < words[k + 1].start for k in range(i, j - 1)):
                continue  # punctuation between the words
            name = doc.text[words[i].start : words[j - 1].end]
            if len(name.replace(".", "")) < 2:
                continue  # `I`, `A.`: a pronoun or an initial, never a place
            looked = self._lookup(name, spelled=caseless)
            if looked is None and n == 1 and (_before_area(words, j, lex) or _cue_before(words, i, lex) in AREA_KINDS):
                looked = self._town_of_adjective(words[i].text)
            if looked is None and kind is not None:
                site_named = self._lookup(f"{name} {kind[1]}")
                if site_named is not None and _spots(site_named[1]):
                    looked = (name, _spots(site_named[1]))
            if looked is None:
                continue
            places = looked[1]
            if site and not self._candidate(words[j - 1]):
                places = _spots(places)
                if not places:
                    continue
            dateline = i == 0 and name.isupper() and _DATELINE_AFTER.match(doc.text, words[j - 1].end) is not None
            if not dateline and (
                self._ordinary(doc.text, words, i, j, places, heading, looked[0])
                or self._person_name(doc.text, words, i, j, runs, places, heading)
            ):
                continue
            if n > 1 and words[i].lower in lex.stopwords and all(spelt_only(p) for p in places):
                continue  # `In Pale, two women were killed`: a function word starts no name it only spells (Inn Pale)
            lake = i > 0 and words[i - 1].is_capitalised
            lake = lake and phrase_ending_at(words, i, lex.cues_after) == (i - 1, WATER)
            if lake and all(spelt_only(p) for p in places):
                continue  # `Lake Kivu`: a lake's name, not a town it only spells (Kivuye)
            if j == i + 1 and words[i].lower in lex.landform_heads and any(s < i < e for s, e in runs):
                continue  # `Bakori Hills`: the end of a landform's name the index lacks
            if not heading and self._after_unknown_words(words, i) and _spelt_village(places):
                continue  # `Kawasan Mong Lai Khet`: a word inside a name the index lacks, a village only by spelling
            if self._organisation(words, i, j) or (j == i + 1 and self._alias_only(words[i], looked[0], places)):
                continue
            if dateline:  # a story is filed from a city: `WASHINGTON (Reuters)` is not the state
                places = [p for p in places if p.is_populated] or places
            return j, name, places
        return None

    def _fuzzy(
        self,
        doc: Document,
        unmatched: list[tuple[int, list[Token], int]],
        countries: list[str],
        starts: dict[int, Mention],
    ) -> list[Mention]:
        """Spelling variants (`Mingechavir`): rare capitalised words of >= 6 letters, right after a place cue or a
        place preposition, or placed by the place after them (`Delling in northern South Kordofan`); `starts` are
        where the article's found places begin."""
        found = []
        facilities = {words[i].lower for _, words, i in unmatched if _names_facility(words, i, self.lex)}
        people = {words[i].lower for _, words, i in unmatched if _titled(words, i, self.lex)}
        for s_idx, words, i in unmatched:
            w = words[i]
            if len(w.text) < FUZZY_MIN_LETTERS or w.lower in self.lex.stopwords or i == 0 or w.lower in facilities:
                continue
            if w.lower in people:
                continue  # `kota tempat Zelenskiy dilahirkan` after `Presiden Ukraina Volodymyr Zelenskiy`: him
            if self.gz.has_name(fold(w.text)) or _postposed_speaker(doc.text, words, i, i + 1, self.lex):
                continue  # a real name the rules set aside (a person's) is not a misspelling of a neighbour
            if is_common_word(w.lower, self.lex.language) or zipf(w.lower, self.lex.language) >= 3.0:
                continue
            if i + 1 < len(words) and words[i + 1].is_capitalised and words[i].end + 1 >= words[i + 1].start:
                continue  # part of a longer capitalised name
            cue = (
                _cue_before(words, i, self.lex)
                or _cue_before(words, i - 1, self.lex)
                or _cue_after(words, i + 1, self.lex)
            )
            after_preposition = words[i - 1].lower in self.lex.location_prepositions
            placed = cue or after_preposition or _placed_by_next(words, i, starts, self.lex)
            listed = [] if placed else _listed_with_places(doc, words, i, starts, self.lex)
            if not (placed or listed):
                continue
            if listed:  # a list names places of one area: in its other places' countries, near them
                near = [m.candidates[0] for m in listed if m.candidates]
                codes = sorted({q.country_code for q in near if q.country_code})
                places = self.gz.fuzzy_candidates(w.text, countries=codes, limit=5) if codes else []
                places = [p for p in places if any(p.km_to(q) <= LIST_NEAR_KM for q in near)]
            else:
                places = self.gz.fuzzy_candidates(w.text, countries=countries, limit=5)
            if places:
                found.append(Mention(w.start, w.end, w.text, s_idx, cue, True, tuple(places)))
        return found


def _after_border_words(words: list[Token], i: int, lex: Lexicon) -> bool:
    """Word i follows `the border with`, `perbatasan dengan`: what a border is shared with is a country."""
    return phrase_ending_at(words, i, lex.border_words) is not None


def opens_with_particle(word: Token, lex: Lexicon) -> bool:
    """`al-Asad`, `al-Nasr`: a name's word written in lower case with its article joined by a hyphen."""
    article, hyphen, rest = word.lower.partition("-")
    return bool(hyphen and rest) and article in lex.name_particles


def _titled(words: list[Token], i: int, lex: Lexicon) -> bool:
    """Word i ends a run of capitalised words right after a person's title (`Presiden Ukraina Volodymyr Zelenskiy`):
    it is a person's name."""
    k = i
    while k > 0 and words[k - 1].is_capitalised and words[k - 1].lower not in lex.person_titles and _spaced(words, k):
        k -= 1
    return k > 0 and words[k - 1].lower in lex.person_titles and _spaced(words, k)


def _spaced(words: list[Token], k: int) -> bool:
    """Word k follows word k - 1 with only a space between (no comma, no full stop)."""
    return words[k].start - words[k - 1].end <= 1


def _names_facility(words: list[Token], i: int, lex: Lexicon) -> bool:
    """Word i names a building the text says was hit or served (`Rumah Sakit Al-Awda`, `the Al-Awda hospital`): the
    article's other mentions of that name are the building, not a misspelt place."""
    forms = [frozenset({w.lower}) for w in words[i + 1 : i + 4]]
    return bool(forms and lex.targets.match_at(forms, 0)) or phrase_ending_at(words, i, lex.targets) is not None


def _listed_with_places(
    doc: Document, words: list[Token], i: int, starts: dict[int, Mention], lex: Lexicon
) -> list[Mention]:
    """The found places word i stands listed with (`the cities of Atbara, Al-Damer and Berber`): a comma or a
    coordinator (as a mark or as a word) is all that stands between it and the found place before or after it."""

    def gap(a: Token, b: Token) -> str:
        return doc.text[a.end : b.start].strip().lower()

    listed = []
    if i > 0 and words[i - 1].start in starts and gap(words[i - 1], words[i]) in lex.coordinators:
        listed.append(starts[words[i - 1].start])
    if i + 1 < len(words) and words[i + 1].start in starts and gap(words[i], words[i + 1]) in lex.coordinators:
        listed.append(starts[words[i + 1].start])
    if (
        i + 2 < len(words)
        and words[i + 1].lower in lex.coordinators
        and not gap(words[i], words[i + 1])
        and words[i + 2].start in starts
        and not gap(words[i + 1], words[i + 2])
    ):
        listed.append(starts[words[i + 2].start])
    return listed


def _placed_by_next(words: list[Token], i: int, starts: Collection[int], lex: Lexicon) -> bool:
    """Word i is followed by a place preposition and a found place within two words (`Delling in northern South
    Kordofan`, `Janale di Shabelle Hilir`): a place located in another. Not a surname (`Dmitry Peskov in Moscow`,
    `said Peskov in Moscow`): the word before it is no name and no reporting verb."""
    if i + 2 >= len(words) or words[i + 1].lower not in lex.location_prepositions:
        return False
    before = words[i - 1]
    if before.is_capitalised or lex.reporting_verbs.match_at([frozenset({before.lower})], 0):
        return False
    return any(w.start in starts for w in words[i + 2 : i + 4])


def find_mentions(doc: Document, gazetteer: Gazetteer, countries: Collection[str] = ()) -> list[Mention]:
    """Place mentions in `doc` (see MentionFinder); `countries` widens the fuzzy search beyond the named ones."""
    return MentionFinder(gazetteer, load_lexicon(doc.language)).find(doc, countries)


def _compound_modifier(word: Token) -> bool:
    """`Russian-occupied`, `Hamas-run`, `Iranian-backed`: a hyphenated modifier whose last part is lower case (a
    name's parts are capitalised: `Jean-Pierre`, `al-Hamdan`)."""
    head, hyphen, last = word.text.rpartition("-")
    return bool(head and hyphen and last) and last.islower()


def _family(words: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """`the house of the Bustan family`, `rumah keluarga Bustan`: a name a family word stands beside is a family's."""
    before = i > 0 and words[i - 1].lower in lex.family_before
    after = j < len(words) and words[j].lower in lex.family_after and i > 0 and words[i - 1].lower in lex.determiners
    return before or after
