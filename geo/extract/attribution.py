"""Who says so: reporting verbs and markers split a sentence into clauses, each with a claimant, its kind and state."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from geo.extract.mentions import FREQUENT_ZIPF, zipf
from geo.extract.resolve import ResolvedMention
from geo.lexicon import Lexicon, PhraseSet, load_lexicon
from geo.text import Document, Token, tokenize

# Most specific first: `Penasihat Presiden` is an official, `Kementerian Pertahanan` the military.
KIND_PRIORITY = ("media", "witness", "ngo", "armed_group", "official", "military", "government")
# Claimants that speak for no state: their claimant_country stays empty.
STATELESS_KINDS = frozenset({"media", "witness", "ngo", "armed_group"})
# Kinds that are state bodies when the text names no other allegiance (armed groups, NGOs, media rank first).
STATE_KINDS = frozenset({"government", "military", "official"})
QUOTES = frozenset("\"“”'‘’«»")
CLAUSE_PUNCT = frozenset(",;:()[]-–—،؛") | QUOTES  # with the Arabic comma and semicolon
SEMICOLONS = frozenset(";؛")
AGENCY_TAG_WORDS = 3  # `(MENAFN)`, `(Anadolu Agency)`: an agency's tag in brackets is a word or a few

# A speaker phrase is short; one that opens like an appositive or with an actor word (`the Russian-installed head of
# the occupied parts of the Kherson region`, `Pejabat yang ditunjuk Rusia di wilayah ...`) may be longer.
SEGMENT_MAX_TOKENS = 8
APPOSITIVE_MAX_TOKENS = 12
# `Al Masirah TV, the main television news outlet run by the Houthi movement controlling much of Yemen, and residents
# said`: the appositive inside a list of speakers describes the one before it, and may run long (14 words here)
LISTED_APPOSITIVE_MAX_WORDS = 2 * APPOSITIVE_MAX_TOKENS
DATELINE_CHARS = 100
RELATIVE_REACH = 6  # `yang dikelola Houthi,`: a relative clause describing a speaker before its comma, in tokens
RELEASE_REACH = 5  # `according to (preliminary figures) released by`: words before the release verb
VENUE_MAX_WORDS = 4  # `on X`, `in a statement`, `di akun Telegram-nya`: where a speaker spoke, set off by commas
JOINED_VERB_REACH = 8  # `but (reports in Lebanese media) said`: the words a report noun's own verb may lie after it
PASSIVE_SPEAKER_WORDS = 4  # `diklaim (Kementerian Pertahanan Pakistan)`: the capitalised name after a passive claim
DATELINE_MARKS = ("-", "–", "—", "(")
DATELINE_DASHES = (*DATELINE_MARKS[:3], "|")  # `KHARTOUM | Xinhua | ...`
DATELINE_PARAGRAPHS = 6  # a dateline opens one of the first paragraphs (after a headline, a standfirst, photo captions,
# a byline, an agency line)
ACRONYM_MAX = 6  # letters of a title's or body's acronym in brackets (`PM`, `ISPR`)
TOLD_ON_WORDS = 4  # words after a postposed speaker's comma that tell more (`, adding details` tells nothing)
DATELINE_CITY_WORDS = 3  # `Outlet - Kota Bandung -`: the city between an outlet's dash and its own
DATELINE_PUNCT = frozenset(",()./")  # `BEIRUT/JERUSALEM, May 2 (AP) -`: a story filed from two capitals
_WEB_NAME = re.compile(r"\w[\w-]*(\.\w{2,})+")  # `MOSKOW, iNews.id -`: an outlet by its web address, lowercase or not


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who says it: the name as written, its kind, the state it speaks for; `explicit` False is the article's voice."""

    name: str | None
    kind: str
    country: str | None
    explicit: bool
    local: bool = False


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of one sentence [lo, hi) (token indices) reported by one claimant; `speaker` spans are not places."""

    lo: int
    hi: int
    claimant: Claimant
    verb_type: str | None = None
    speaker: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class Sentence:
    """One sentence's tokens with their surface forms and stems, and the resolved mentions in it (token spans)."""

    index: int
    tokens: list[Token]
    stems: list[frozenset[str]]
    words: list[frozenset[str]]
    mentions: list[tuple[int, int, ResolvedMention]] = field(default_factory=list)


def read_sentence(doc: Document, index: int, lex: Lexicon) -> Sentence:
    span = doc.sentences[index]
    tokens = tokenize(doc.text, span.start, span.end)
    stems = [lex.stems(t.lower) if t.is_word else frozenset({t.text}) for t in tokens]
    words = [frozenset({t.lower}) for t in tokens]
    return Sentence(index, tokens, stems, words)


def _lines_before(text: str, end: int, limit: int) -> int:
    """Line breaks before `end`, counted up to `limit` only: a sentence deep in a long text costs no more."""
    count, at = 0, text.find("\n", 0, end)
    while at != -1 and count < limit:
        count += 1
        at = text.find("\n", at + 1, end)
    return count


def dateline_end(doc: Document, sent: Sentence) -> int:
    """Token index after a dateline (`KYIV, Ukraine (AP) —`, `Jakarta (ANTARA) -`, `Liputan6.com, Moskow -`) that
    opens the sentence, else 0: where the article was filed, never where anything happened or who says it."""
    start = doc.sentences[sent.index].start
    if start and doc.text[start - 1] != "\n":
        return 0
    toks = sent.tokens
    if _lines_before(doc.text, start, DATELINE_PARAGRAPHS) >= DATELINE_PARAGRAPHS:
        # deeper down, only an outlet's own address before the city tells a dateline (`TEMPO.CO, Jakarta -` under
        # a page's menus, captions and ads)
        web = len(toks) > 2 and _WEB_NAME.fullmatch(toks[0].text) and toks[1].text == ","
        return _dash_dateline(sent, 2) if web else 0
    close = next((k for k, t in enumerate(toks[: AGENCY_TAG_WORDS + 3]) if t.text == ")"), 0)
    tagged = all(t.is_capitalised or t.text in DATELINE_DASHES for t in toks[1:close])  # `(MENAFN - Jordan Times)`
    if toks and toks[0].text == "(" and close > 1 and tagged:
        # `(MENAFN) The Houthi group reported ...`: the agency's tag opens the story, no place; a dateline may follow
        # it (`(MENAFN - Jordan Times) PORT SUDAN, Sudan - ...`)
        return _dash_dateline(sent, close + 1) or close + 1
    for k, tok in enumerate(toks[:12]):
        if tok.text in DATELINE_DASHES:
            return _second_dash(sent, k + 1) if k and tok.start - start < DATELINE_CHARS else 0
        if tok.text == ":" and k and all(t.text.isupper() for t in sent.tokens[:k] if t.is_word):
            return k + 1  # `BANGKOK:`, `SINGAPORE:`: a city in capitals and a colon, as some wires write it
        if tok.text == ":" and k and any(i == 0 for i, _, _ in sent.mentions):
            return k + 1  # `ARBIL, Iraq:`, `Yangon:`: a place, maybe its country, and a colon
        if tok.text == ")" and _agency_closes(sent, k):
            return k + 1  # `Beirut, May 14 (IANS) An Israeli drone ...`: a place, the day and the agency, no dash
        named = tok.is_capitalised or _WEB_NAME.fullmatch(tok.text)
        if not (named or tok.text.isdigit() or tok.text in DATELINE_PUNCT):
            return _capitals_dateline(sent, load_lexicon(doc.language))
    return 0


def _dash_dateline(sent: Sentence, lo: int) -> int:
    """Token index after a dateline of capitalised words and commas from token lo to a dash (`PORT SUDAN, Sudan -`),
    else 0."""
    toks = sent.tokens
    for k in range(lo, min(len(toks), lo + DATELINE_CITY_WORDS + 2)):
        if toks[k].text in DATELINE_DASHES:
            return k + 1 if k > lo and toks[k].start - toks[lo].start < DATELINE_CHARS else 0
        if not (toks[k].is_capitalised or toks[k].text == ","):
            return 0
    return 0


def _agency_closes(sent: Sentence, k: int) -> bool:
    """Token k closes an agency's bracket (`(IANS)`, `(AP)`) after a dateline that opens with a place and gives the day,
    and no dash follows it (a dash ends the dateline itself)."""
    toks = sent.tokens
    opened = next((j for j in range(k - 1, max(0, k - 4), -1) if toks[j].text == "("), None)
    if opened is None or not any(i == 0 for i, _, _ in sent.mentions):
        return False
    if not any(t.text.isdigit() for t in toks[:opened]):
        return False  # `Kherson (UKRAINE) came under shelling`: no day, so a place and its gloss, no dateline
    inner = toks[opened + 1 : k]
    return (
        bool(inner)
        and all(t.is_capitalised for t in inner)
        and not (k + 1 < len(toks) and toks[k + 1].text in DATELINE_DASHES)
    )


def _capitals_dateline(sent: Sentence, lex: Lexicon) -> int:
    """`PESHAWAR, Pakistan May 29 A U.S. drone strike ...`, `Gaza/Jerusalem, June 7 At least 13 ...`: a city in
    capitals or a place (or two, joined by a slash), a comma, maybe its country, and the day, with no dash after them
    (an older wire style): the dateline ends after the day."""
    toks = sent.tokens
    if len(toks) < 4 or not (
        (toks[0].text.isupper() and len(toks[0].text) > 2) or any(i == 0 for i, _, _ in sent.mentions)
    ):
        return 0
    k = 1
    while k + 1 < len(toks) and toks[k].text == "/" and toks[k + 1].is_capitalised:
        k += 2  # `BEIRUT/JERUSALEM`: a story filed from two places
    if toks[k].text != ",":
        return 0
    k += 1
    while k < len(toks) and toks[k].is_capitalised and toks[k].lower not in lex.months:
        k += 1
    if k < len(toks) and toks[k].lower in lex.months and k + 1 < len(toks) and toks[k + 1].text.isdigit():
        return k + 2
    return 0


def _second_dash(sent: Sentence, k: int) -> int:
    """`Krjogja.com - Jakarta - ...`: an outlet, a dash, then the city and a second dash is one dateline."""
    for j, tok in enumerate(sent.tokens[k : k + DATELINE_CITY_WORDS + 1], k):
        if tok.text in DATELINE_DASHES:
            return j + 1 if j > k else k
        if not tok.is_capitalised:
            break
    return k


def phrase_text(doc: Document, sent: Sentence, lo: int, hi: int) -> str:
    return doc.text[sent.tokens[lo].start : sent.tokens[hi - 1].end] if hi > lo else ""


def trim(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> tuple[int, int]:
    """Drop punctuation, openers (`Sementara itu`) and `bahwa`/`that` at the edges of a phrase."""
    while lo < hi:
        m = lex.openers.match_at(sent.words, lo, hi)
        if m:
            lo += m[0]
        elif not sent.tokens[lo].is_word or sent.tokens[lo].lower in lex.boundaries:
            lo += 1
        else:
            break
    while hi > lo and (not sent.tokens[hi - 1].is_word or sent.tokens[hi - 1].lower in lex.boundaries):
        if hi - 3 >= lo and _acronym_gloss(sent, hi - 1):
            break  # `Inter Services Public Relations (ISPR)`: the name's own acronym, brackets and all
        hi -= 1
    return lo, hi


def countries_in(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> list[str]:
    """ISO codes named in tokens [lo, hi): lexicon country words and demonyms, then gazetteer countries and capitals."""
    found = [cc for _, _, cc in lex.countries.find_all(sent.stems, lo, hi)]
    for s, e, rm in sent.mentions:
        if lo <= s and e <= hi and (rm.place.is_country or rm.place.is_capital):
            found.append(rm.place.country_code or "")
    return [c for c in dict.fromkeys(found) if c]


def _countries_of_places(sent: Sentence, lo: int, hi: int) -> list[str]:
    """States of the places named in tokens [lo, hi) (the region or city a local official heads)."""
    found = (rm.place.country_code for s, e, rm in sent.mentions if lo <= s and e <= hi)
    return [c for c in dict.fromkeys(found) if c]


def actor_kind(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> str | None:
    kinds = {k for _, _, k in lex.actors.find_all(sent.stems, lo, hi)}
    return next((k for k in KIND_PRIORITY if k in kinds), None)


def _place_described(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> int:
    """Where a relative clause about a place in tokens [lo, hi) starts (`the Belgorod region | that borders
    Ukraine`, `wilayah Belgorod | yang berbatasan dengan Ukraina`), or `hi`: a place or its unit word before it."""
    ends = {e for s, e, _ in sent.mentions if lo <= s and e < hi}
    relatives = lex.relatives | lex.complementizers
    return next((k for k in range(lo + 1, hi) if sent.tokens[k].lower in relatives and {k, k - 1} & ends), hi)


def _is_media(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    return bool(lex.media_names.find_all(sent.words, lo, hi))


def _opens_like_speaker(sent: Sentence, a: int, lex: Lexicon) -> bool:
    """`the ...`, `Pejabat yang ditunjuk Rusia ...`: a phrase that opens with an appositive or actor word."""
    return sent.tokens[a].lower in lex.appositive_descriptions or bool(lex.actors.match_at(sent.stems, a))


def _acronym_gloss(sent: Sentence, k: int) -> bool:
    """Token k is a bracket around a title's acronym (`Perdana Menteri (PM) Denys Shmygal`): no break in the speaker."""
    toks = sent.tokens
    if toks[k].text == "(":
        inner, close = k + 1, k + 2
    elif toks[k].text == ")":
        inner, close = k - 1, k - 2
    else:
        return False
    if not (0 <= close < len(toks) and toks[close].text in "()" and toks[close].text != toks[k].text):
        return False
    word = toks[inner].text
    return word.isupper() and word.isalpha() and len(word) <= ACRONYM_MAX


def _segments(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The trailing noun-phrase segments of [lo, hi), split at commas; stops at a segment that reports an action."""
    segments: list[tuple[int, int]] = []
    end = hi
    for k in range(hi - 1, lo - 2, -1):
        # `"Most of the victims were women," a medical worker told reporters`: a quote mark ends the speaker, the
        # quote is what was said
        quote = k >= lo and sent.tokens[k].text in QUOTES and k < hi - 1 and not _possessive_mark(sent, k)
        punct = sent.tokens[k].text in CLAUSE_PUNCT and not _possessive_mark(sent, k) and not _acronym_gloss(sent, k)
        if quote or k == lo - 1 or punct:
            if not segments and k >= lo and _relative(sent, k, end, lex):
                end = k  # `The Second Army Region, which oversees the border, said`: the speaker comes before it
                continue
            a, b = trim(sent, k + 1, end, lex)
            a = _after_object_relative(sent, a, b, lex)
            # `X, seperti dikutip dari Sputnik, Sabtu (10/5), mengatakan`; read untrimmed too (`in a statement ...`)
            if b > a and (
                _aside(sent, a, b, lex, last=not segments) or _aside(sent, k + 1, end, lex, last=not segments)
            ):
                end = k
                continue
            if b > a and not segments and k > lo and _locates_speaker(sent, lo, k, a, b, lex):
                end = k  # `A military source in the city of Kosti, White Nile State, said`: where Kosti lies
                continue
            if b > a and not segments and _describes_place(sent, k, a, b, lex):
                end = k  # `Alexander Gusev, Gubernur Voronezh, daerah yang berbatasan dengan Ukraina, ... mengatakan`
                continue
            if b > a and segments and _only_country(sent, a, b, lex):
                end = k  # `Gubernur Wilayah Poltava, Ukraina, Dmytro Lunin`: the title's state, between it and the name
                continue
            if b > a:
                reported = lex.impersonal_reports.find_all(sent.words, a, b)
                if reported and not segments and _named_after_report(sent, reported[-1][1], b, lex):
                    segments.insert(0, (reported[-1][1], b))  # `Sebelumnya dilaporkan Rusia (mengatakan)`: it was
                    break  # reported that Russia said: the report has no speaker, the one named after it speaks
                if (
                    _words(sent, a, b)
                    > (
                        APPOSITIVE_MAX_TOKENS
                        if _opens_like_speaker(sent, a, lex) or _title_case(sent, a, b, lex)
                        else SEGMENT_MAX_TOKENS
                    )
                    or _reports_action(sent, a, b, lex)
                    or lex.reporting_verbs.find_all(sent.words, a, b)
                ):
                    break
                segments.insert(0, (a, b))
                if len(segments) == 2:
                    break
            end = k
            if quote:
                break
    return segments


def _after_object_relative(sent: Sentence, a: int, b: int, lex: Lexicon) -> int:
    """`shrapnel that the military (said was ...)`: the speaker is the subject of the relative clause, not its head."""
    return max(
        (
            j + 1
            for j in range(a + 1, b - 1)
            if sent.tokens[j].lower in lex.boundaries and sent.tokens[j + 1].lower in lex.determiners
        ),
        default=a,
    )


def _title_case(sent: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """`Chairman of the Joint Chiefs of Staff Dan Caine`: a title and a name, every word capitalised but the little
    ones; one name however long, not a clause."""
    words = [t for t in sent.tokens[a:b] if t.is_word]
    small = lex.stopwords | lex.location_prepositions  # `Pusat Operasi Darurat Kesehatan di Kementerian Kesehatan`
    return len(words) > 1 and all(t.is_capitalised or t.lower in small for t in words)


def _aside(sent: Sentence, a: int, b: int, lex: Lexicon, last: bool = False) -> bool:
    """A comma-set aside inside a speaker phrase: whom it is quoted from (`as quoted by Sputnik`), when it spoke
    (`Sabtu (10/5/2025)`) or where (`..., Zabihullah Mujahid, on X`), not who speaks. Right before the verb, where
    it spoke may run longer (`X, an umbrella group, in a statement published on its Telegram channel claimed`)."""
    if lex.source_markers.match_at(sent.words, a) or lex.reporting_markers_anywhere.match_at(sent.words, a):
        return True
    if sent.tokens[a].lower in lex.venue_prepositions and (last or _words(sent, a, b) <= VENUE_MAX_WORDS):
        return True
    if sent.tokens[a].lower in lex.venue_participles and _words(sent, a, b) <= VENUE_MAX_WORDS + 2:
        return True  # `Alexander Bogomaz, writing on the Telegram messaging app, said`
    return all(
        not t.is_word or t.text.isdigit() or t.lower in lex.weekdays or t.lower in lex.months for t in sent.tokens[a:b]
    )


def _named_after_report(sent: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """Tokens [a, b) right after a report verb name a state, an actor or a person, and nothing else."""
    if a >= b or not sent.tokens[a].is_capitalised:
        return False
    return bool(countries_in(sent, a, b, lex) or actor_kind(sent, a, b, lex) or _proper(sent, a, b, lex))


def _only_country(sent: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """Tokens [a, b) are one country's name and nothing else."""
    words = [(s, e) for s, e, _ in lex.countries.find_all(sent.stems, a, b)]
    words += [(s, e) for s, e, rm in sent.mentions if rm.place.is_country]
    return (a, b) in words


def _locates_speaker(sent: Sentence, lo: int, comma: int, a: int, b: int, lex: Lexicon) -> bool:
    """Tokens [a, b) after the comma are one place's name, maybe with its unit word (`White Nile State`), and only say
    where the place ending right before the comma lies: that phrase names a speaker, not a strike (`Ukrainian drones hit
    a refinery in Ryazan, Moscow said`: Moscow speaks), and the place is no capital, which may speak."""
    if not _place_ends_at(sent, comma):
        return False
    start = max((k + 1 for k in range(lo, comma) if sent.tokens[k].text in CLAUSE_PUNCT), default=lo)
    if lex.actions.find_all(sent.stems, start, comma):
        return False
    for s, e, rm in sent.mentions:
        unit = lex.cues_after.match_at(sent.stems, e, b) if s == a and e < b else None
        if s == a and e + (unit[0] if unit else 0) == b:
            return not (rm.place.is_capital or rm.place.is_country_scale)
    return False


def _place_ends_at(sent: Sentence, k: int) -> bool:
    """A place's name ends right before token k."""
    return any(e == k for _, e, _ in sent.mentions)


def _describes_place(sent: Sentence, comma: int, a: int, b: int, lex: Lexicon) -> bool:
    """Tokens [a, b) after the comma describe the place ending right before it, as a unit word and a relative clause
    (`Gubernur Voronezh, daerah yang berbatasan dengan Ukraina,`, `governor of Belgorod, a region that borders
    Ukraine,`): what they say of the place is no speaker."""
    if not _place_ends_at(sent, comma):
        return False
    k = a
    while k < b and sent.tokens[k].lower in lex.determiners:
        k += 1
    unit = k < b and (lex.cues_before.match_at(sent.words, k, b) or lex.cues_after.match_at(sent.words, k, b))
    return bool(unit) and any(t.lower in lex.relatives | lex.boundaries for t in sent.tokens[k + 1 : b])


def _words(sent: Sentence, a: int, b: int) -> int:
    """Words in tokens [a, b): the dots of `Lt. Gen.` do not make a name longer."""
    return sum(t.is_word for t in sent.tokens[a:b])


def _reports_action(sent: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """An action word in tokens [a, b) that is not part of an actor's name (`Iran's air defence headquarters`)."""
    actions = lex.actions.find_all(sent.stems, a, b)
    if not actions:
        return False
    actors = [(s, e) for s, e, _ in lex.actors.find_all(sent.stems, a, b)]
    return any(not any(s <= c and d <= e for s, e in actors) for c, d, _ in actions)


def _possessive_mark(sent: Sentence, k: int) -> bool:
    """`The Houthis' military spokesman`: an apostrophe glued to a plural is a possessive, not a quote."""
    toks = sent.tokens
    return (
        toks[k].text in ("'", "’")
        and 0 < k < len(toks) - 1
        and toks[k - 1].end == toks[k].start
        and toks[k - 1].lower.endswith("s")
        and toks[k + 1].is_word
    )


def _antecedent(sent: Sentence, lo: int, comma: int, lex: Lexicon) -> int:
    """Where the noun phrase before `, which said` starts: after the last preposition, verb or clause mark before the
    comma (`The deaths were confirmed by | Lebanon's Health Ministry, which said`)."""
    j = comma
    while j > lo:
        tok = sent.tokens[j - 1]
        if not (tok.is_word or _possessive_mark(sent, j - 1)) or tok.lower in lex.prepositions:
            break
        if lex.is_verb(tok.lower, tok.is_capitalised) and not tok.is_capitalised:
            break
        j -= 1
    return j


def _relative(sent: Sentence, comma: int, end: int, lex: Lexicon) -> bool:
    """Tokens (comma, end) are a relative clause after the speaker: set off by commas before the verb (`, which
    oversees ...,`), or closing a speaker named after the verb (`said X, a spokesperson for the Arakan Army, which is
    battling the junta`)."""
    toks = sent.tokens
    if not (toks[comma].text == "," and comma + 1 < end and toks[comma + 1].lower in lex.relatives):
        return False
    if end < len(toks) and toks[end].text == ",":
        return True
    # unclosed, it must go on as a clause of its own (`, which is battling`), not hold the speaker (`, where Syrian
    # forces claimed`) or the verb's own subject (`, which they said`)
    after = toks[comma + 2] if comma + 2 < end else None
    return after is not None and (
        after.lower in lex.auxiliaries or (not after.is_capitalised and lex.is_verb(after.lower, False))
    )


def _proper(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    """A name (`Hikmet Hajiyev`): capitalised words and no actor word; `Di pihak lain` is no name, nor a list of places
    (`Drones hit Kharkiv, Sumy and Poltava, officials said`)."""
    first = sent.tokens[lo]
    places = any(lo <= s and e <= hi for s, e, _ in sent.mentions)
    return (
        first.is_capitalised
        and (first.lower not in lex.prepositions or _name_word(sent, lo))
        and not places
        and not actor_kind(sent, lo, hi, lex)
    )


def _agency_of(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    """The name in tokens [lo, hi) is a news agency and its country's name only, the country after the agency word
    (`Kantor berita Lebanon`) or before it as its owner (`Lebanon's news agency`): the country's national agency,
    not one of its agencies (`a Lebanese news agency`, `Israeli news agencies`)."""
    agency = lex.agency_nouns.find_all(sent.words, lo, hi)
    country = lex.countries.find_all(sent.stems, lo, hi)
    if len(agency) != 1 or len(country) != 1:
        return False
    (a, b, _), (c, d, _) = agency[0], country[0]
    if (a, c, d) == (lo, b, hi):  # `kantor berita Lebanon`
        return True
    return (c, d, b) == (lo, a, hi) and sent.tokens[d - 1].text.endswith(("'s", "’s"))  # `Lebanon's news agency`


def _state_owned(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    """`Syria's state news agency`: media the lexicon calls state-run speak for their state."""
    return bool(lex.state_owned.find_all(sent.stems, lo, hi))


def _claimant_span(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> tuple[int, int, int, int] | None:
    """Where the claimant's name and the phrase describing it lie in [lo, hi): (name_lo, name_hi, ctx_lo, ctx_hi)."""
    while hi > lo and sent.tokens[hi - 1].lower in lex.auxiliaries:
        hi -= 1  # `X, whose briefing had just ended, has said`: the auxiliary is no segment of the speaker
    quoted = [  # active, not `X, as quoted by Sputnik,`
        k
        for k in range(lo, hi - 1)
        if sent.tokens[k].lower in lex.quote_verbs and sent.tokens[k + 1].lower not in lex.agent_markers
    ]
    if quoted:  # `The website quoted LNA spokesman Ahmed al-Mismari (as saying)`: the one quoted speaks
        lo = quoted[-1] + 1
    segments = _segments(sent, lo, hi, lex)
    if not segments:
        return None
    first = _listed_first(sent, lo, segments[-1][0], lex)
    if first:  # the list's first speaker, with the words that describe it and the speakers after it
        return first[0], first[1], first[0], segments[-1][1]
    name_lo, name_hi = segments[-1]
    ctx_lo, ctx_hi = name_lo, name_hi
    if len(segments) == 2:
        (a, b), (c, d) = segments
        first_word = sent.tokens[c].lower
        if first_word in lex.appositive_name_markers:  # "Penasihat ..., yakni Hikmet Hajiyev"
            ctx_lo = a
        elif (
            (first_word in lex.appositive_descriptions or actor_kind(sent, c, d, lex))
            and _proper(sent, a, b, lex)
            and not (a > 0 and sent.tokens[a - 1].text in "([")  # `the Armed Forces of Ukraine (AFU), the governor
        ):  # said`: a bracketed short name belongs to the words before it, not to the speaker
            name_lo, name_hi, ctx_lo = a, b, a  # "Hikmet Hajiyev, an aide to ..." / "Anna X, juru bicara ..."
        elif actor_kind(sent, a, b, lex) and _proper(sent, c, d, lex):
            ctx_lo = a  # "Juru bicara Kementerian Luar Negeri Armenia, Anna Nagdalyan"
    return name_lo, name_hi, ctx_lo, ctx_hi


def _listed_first(sent: Sentence, lo: int, a: int, lex: Lexicon) -> tuple[int, int] | None:
    """`Al Masirah TV, the main outlet run by the Houthi movement, and residents said`: a speaker segment opening with
    `and` after an appositive ends a list of speakers; the name before the appositive is its first."""
    toks = sent.tokens
    joined = next(
        (k for k in (a, a - 1) if lo < k and toks[k].is_word and toks[k].lower in lex.conjunctions),
        None,
    )
    if joined is None or toks[joined - 1].text != ",":
        return None
    comma = joined - 1
    before = next((k for k in range(comma - 1, lo - 1, -1) if toks[k].text in CLAUSE_PUNCT), None)
    if before is None or toks[before].text != ",":
        return None
    if not _opens_like_speaker(sent, before + 1, lex) or _words(sent, before + 1, comma) > LISTED_APPOSITIVE_MAX_WORDS:
        return None
    start = next((k + 1 for k in range(before - 1, lo - 1, -1) if toks[k].text in CLAUSE_PUNCT), lo)
    n_lo, n_hi = trim(sent, start, before, lex)
    if not (n_lo < n_hi and _words(sent, n_lo, n_hi) <= SEGMENT_MAX_TOKENS) or _reports_action(sent, n_lo, n_hi, lex):
        return None
    return (n_lo, n_hi) if _proper(sent, n_lo, n_hi, lex) or actor_kind(sent, n_lo, n_hi, lex) else None


def _released_by(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> int | None:
    """Where the agent starts after a release verb at [lo, hi) and its `by` right after it (`data awal yang dirilis
    oleh X`, `a statement issued by X`): X's data or statement, X speaks; None when there is none."""
    return next(
        (
            j + 2
            for j in range(lo, hi)
            if sent.tokens[j].lower in lex.release_verbs and sent.tokens[j + 1].lower in lex.agent_markers
        ),
        None,
    )


def _venue_word(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """A preposition that says where or how a speaker spoke (`di Telegram`), not one capitalised inside a title
    (`Menteri Dalam Negeri Ihor Klymenko`, the interior minister)."""
    tok = sent.tokens[k]
    return tok.lower in lex.venue_prepositions and not (tok.is_capitalised and sent.tokens[k - 1].is_capitalised)


def _report_anaphor(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> int | None:
    """Where a report already cited (`the reports`, `laporan itu`) starts, when it ends [lo, hi) after a comma or a
    quote mark, else None."""
    toks = sent.tokens
    tail = max((k + 1 for k in range(lo, hi) if toks[k].text in CLAUSE_PUNCT or toks[k].text in QUOTES), default=lo)
    return tail if tail < hi and " ".join(t.lower for t in toks[tail:hi]) in lex.report_anaphors else None


def describe_claimant(doc: Document, sent: Sentence, lo: int, hi: int, lex: Lexicon) -> Claimant | None:
    """The claimant in tokens [lo, hi): a name and its appositive (`Penasihat ..., yakni Hikmet Hajiyev`,
    `Hikmet Hajiyev, penasihat ...`) give the person; the whole says what kind of speaker and which state."""
    tail = _report_anaphor(sent, lo, hi, lex)
    if tail is not None:  # `..., the reports said`: resolved by the caller, as a pronoun is
        return Claimant(phrase_text(doc, sent, tail, hi), "unknown", None, explicit=True)
    span = _claimant_span(sent, lo, hi, lex)
    if span is None:
        return None
    name_lo, name_hi, ctx_lo, ctx_hi = span
    based = next((s for s, _, _ in lex.base_phrases.find_all(sent.words, name_lo, ctx_hi) if s > name_lo), None)
    if based is not None:  # `SOHR yang berbasis di Inggris`, `the Britain-based monitor`: where it sits, not its state
        name_hi, ctx_hi = min(name_hi, based), min(ctx_hi, based)
    # `stasiun televisi Al-Masirah yang dikelola Houthi`: the relative clause describes the speaker, names it not
    name_hi = next((k for k in range(name_lo + 1, name_hi) if sent.tokens[k].lower in lex.relatives), name_hi)
    while name_lo < name_hi and sent.tokens[name_lo].lower in lex.appositive_name_markers | lex.determiners:
        name_lo += 1
    adverb = next(
        (s for s, e, _ in lex.speaker_adverbs.find_all(sent.words, name_lo + 1, name_hi) if e == name_hi), None
    )
    if adverb is not None:  # `Bogomaz earlier (reported)`
        name_hi = ctx_hi = adverb
    while name_hi > name_lo and sent.tokens[name_hi - 1].lower in lex.auxiliaries:
        name_hi -= 1  # "Russian officials have (threatened)", `Israel had previously (warned)`
    # `the health ministry in the Hamas-run territory`, `the junta's spokesman in a broadcast on state television`:
    # what the speaker is comes before where or how it spoke
    kind_hi = next((k for k in range(ctx_lo + 1, ctx_hi) if _venue_word(sent, k, lex)), ctx_hi)
    if name_lo < kind_hi < name_hi:  # `Олег Синєгубов у Telegram`: where it spoke is not part of its name, nor are
        name_hi = kind_hi  # the words of how (`... Lebanon dalam dua laporan terpisah menyatakan`)
    if name_hi <= name_lo or not plausible_claimant(sent, name_lo, name_hi, lex):
        return None
    if name_hi - name_lo == 1 and sent.tokens[name_lo].lower in lex.pronouns:
        return Claimant(sent.tokens[name_lo].text, "unknown", None, explicit=True)  # resolved by the caller
    kind = actor_kind(sent, ctx_lo, kind_hi, lex)
    # `governor of the Voronezh region that borders Ukraine`: what a relative clause says of the place is not the
    # speaker's state
    told_hi = _place_described(sent, ctx_lo, ctx_hi, lex)
    countries = countries_in(sent, ctx_lo, told_hi, lex)
    if _is_media(sent, ctx_lo, kind_hi, lex) and kind in (None, "government", "official", "military"):
        kind = "media"
    if kind is None:
        kind = "government" if countries else "unknown"
    local = bool(lex.local_authorities.find_all(sent.stems, ctx_lo, ctx_hi))
    if local and not countries:  # `Belgorod region governor Vyacheslav Gladkov` speaks for Belgorod's state
        countries = _countries_of_places(sent, ctx_lo, told_hi)
    state_media = [cc for _, _, cc in lex.state_media.find_all(sent.words, ctx_lo, ctx_hi)]
    if kind == "media" and not state_media and len(countries) == 1 and _agency_of(sent, name_lo, name_hi, lex):
        state_media = countries
    if kind == "media" and state_media:
        countries = state_media[:1]
    homes = {cc for _, _, cc in lex.group_homes.find_all(sent.stems, ctx_lo, ctx_hi)}
    # `the Huthis`: a group the lexicon knows the home of is an armed group in whichever spelling it is written
    group_run = bool(homes) or any(k == "armed_group" for _, _, k in lex.actors.find_all(sent.stems, ctx_lo, ctx_hi))
    stateless = kind in STATELESS_KINDS and (
        group_run  # `the Houthi-run Saba news agency` speaks for the group (and the state it fights in, below)
        or not (kind == "media" and countries and (state_media or _state_owned(sent, ctx_lo, ctx_hi, lex)))
    )
    country = None if stateless or len(countries) != 1 else countries[0]
    if country is None and group_run:  # `Houthi spokesman Yahya Saree`, `the Houthi-run Saba news agency`
        homes = homes or set(state_media) or _demonym_of_group(sent, ctx_lo, kind_hi, kind, lex)
        country = homes.pop() if len(homes) == 1 else None  # `the group's Saba news agency and Al-Masirah TV`
    if kind == "media" and not countries and not group_run and _state_owned(sent, ctx_lo, ctx_hi, lex):
        local = True  # `State media reported ...` in a story about Iran speaks for the state of the places it reports
        stateless = False
    name = phrase_text(doc, sent, name_lo, name_hi)
    return Claimant(name, kind, country, explicit=True, local=local and not country and not stateless)


def phrase_after(sent: Sentence, k: int, lex: Lexicon, limit: int = 10) -> tuple[int, int]:
    """Tokens from k up to the next clause punctuation or full stop (a postposed claimant: `menurut wartawan AFP`); a
    bracketed acronym (`the Sudanese Armed Forces (SAF)`) is part of the phrase."""
    end = k
    while end < len(sent.tokens) and end - k < limit:
        tok = sent.tokens[end]
        if tok.text == "(" and _acronym_gloss(sent, end):
            end += 3  # `According to the Sudanese Armed Forces (SAF), ...`: the acronym is the name's
            continue
        if tok.text in CLAUSE_PUNCT or _full_stop(sent, end, lex) or tok.lower in lex.boundaries:
            break
        end += 1
    return k, end


def _before_when_or_where(sent: Sentence, a: int, b: int, lex: Lexicon) -> int:
    """Where a speaker phrase that opens a sentence naming no place ends: before the date or the venue it goes on to
    (`Об этом сообщил азербайджанский МИД 4 октября на своей странице в Twitter`)."""
    return next(
        (j for j in range(a + 1, b) if sent.tokens[j].text.isdigit() or sent.tokens[j].lower in lex.venue_prepositions),
        b,
    )


def _to_end(sent: Sentence, k: int, lex: Lexicon, limit: int = 16) -> tuple[int, int]:
    """Tokens from k to the end of the sentence (a postposed claimant and its appositive), at most `limit`."""
    end = k
    while end < len(sent.tokens) and end - k < limit:
        tok = sent.tokens[end]
        if _full_stop(sent, end, lex) or tok.lower in lex.boundaries:
            break
        if end > k and _cites(sent, end, lex):  # `kata SANA, mengutip sumber militer`: SANA's own source
            break
        if end > k and tok.text == "," and (_relayed(sent, end, lex) or _cited_after(sent, end, lex)):
            break
        if end > k and tok.text == "(" and end + 1 < len(sent.tokens) and sent.tokens[end + 1].text[:1].isdigit():
            break  # `... pukul 6 pagi waktu setempat (0300 GMT)`: the hour in another zone ends the speaker
        end += 1
    return k, end


def _head_of_speaker(doc: Document, sent: Sentence, a: int, b: int, lex: Lexicon) -> Claimant | None:
    """The speaker a postposed phrase opens with when the whole is none: the shortest that names one, cut before a
    comma, a verb or a preposition (`a member of the militia, declining to be named`, `a member of a local militia
    under the arm of the exiled ...`); the rest stays the speaker's, never a place struck."""
    cuts = [
        j
        for j in range(a + 1, b)
        if sent.tokens[j].text == "," or sent.tokens[j].lower in lex.prepositions or is_verb(sent.tokens[j], lex)
    ]
    for cut in cuts:
        claimant = describe_claimant(doc, sent, a, cut, lex)
        if claimant:
            return claimant
    return None


def _demonym_of_group(sent: Sentence, lo: int, hi: int, kind: str | None, lex: Lexicon) -> set[str]:
    """`the Lebanese group`, `Palestinian militants`, `kelompok Lebanon itu`: an armed group named by one land's word
    fights that land's war; not its patron's (`the Iran-backed group`, `backed by Iran`)."""
    if kind != "armed_group":
        return set()
    found = {
        cc
        for s, _, cc in lex.countries.find_all(sent.stems, lo, hi)
        if "-" not in sent.tokens[s].text and patron_phrase_before(sent, s, lex) is None
    }
    return found if len(found) == 1 else set()


def patron_phrase_before(sent: Sentence, i: int, lex: Lexicon) -> int | None:
    """Where a patron phrase ending right before token i starts (`close to`, `backed by`, `yang didukung`), if one
    stands there: what follows names a group's patron."""
    for phrase in lex.patron_phrases:
        start = i - len(phrase)
        if start >= 0 and tuple(t.lower for t in sent.tokens[start:i]) == phrase:
            return start
    return None


def is_verb(tok: Token, lex: Lexicon) -> bool:
    """The token is a verb of the article's language (its capital tells a name that is spelt like one)."""
    return lex.is_verb(tok.lower, tok.is_capitalised)


def _cited_after(sent: Sentence, comma: int, lex: Lexicon) -> bool:
    """`kata Mujahid, seperti dikutip Al-Mayadeen`: the outlet that quoted the speaker follows the comma (its marker
    may start a word later); it is no part of his name."""
    return any(_cites(sent, j, lex) for j in range(comma + 1, min(comma + 3, len(sent.tokens))))


def _relayed(sent: Sentence, comma: int, lex: Lexicon) -> bool:
    """`said Olusole Akinboyewa, the spokesman for the air force, Xinhua news agency reported.`: after the comma, an
    outlet and its reporting verb close the sentence; they pass the speaker's words on and are no part of his name."""
    end = next((j for j in range(comma + 1, len(sent.tokens)) if _full_stop(sent, j, lex)), len(sent.tokens))
    verbs = _verbs(lex)
    return end - comma <= RELAY_MAX_TOKENS and any(verbs.match_at(sent.words, j) for j in range(comma + 2, end))


def _full_stop(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """A sentence-ending mark, not the dot of an abbreviation inside a name (`Lt. Gen. Ahmed Sharif Chaudhry`)."""
    tok = sent.tokens[k]
    if tok.text == "." and k > 0 and sent.tokens[k - 1].lower in lex.abbreviations:
        return False
    return tok.text in ".!?"


RELAY_MAX_TOKENS = 8  # `, the state-run National News Agency reported.`: an outlet's name and its verb

CLAIM_OPENERS = frozenset(",،:") | QUOTES  # `Menurut X, ...`, `сообщил глава ОВА: «...»`, `وأضاف المصدر “...”`


def _subject_end(sent: Sentence, k: int, lex: Lexicon) -> int:
    """End of a speaker that starts with an actor word at k and goes on through the language's subject words
    (`lex.subject_words`; none in most languages), k when no actor starts there."""
    actor = next((e for s, e, _ in lex.actors.find_all(sent.stems, k, min(len(sent.tokens), k + 4)) if s == k), None)
    if actor is None or not lex.subject_words.phrases:
        return k
    end = actor
    while end < len(sent.tokens) and lex.subject_words.match_at(sent.words, end):
        if lex.actions.match_at(sent.stems, end) or lex.casualties.match_at(sent.stems, end):
            break  # `أعلنت الدفاعات الجوية السورية التصدي ...`: the claim's action noun is no part of the speaker
        end += 1
    return end


def _opens_claim(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """Does token k end a claimant put before its claim: a comma, a colon, an opening quote or a complementizer
    (`that`, `bahwa`, `что`, `إن`)?"""
    return k < len(sent.tokens) and (
        sent.tokens[k].text in CLAIM_OPENERS or sent.tokens[k].lower in lex.complementizers
    )


def _subordinator(word: str, lex: Lexicon) -> bool:
    """A word opening a clause of time, reason or contrast (`after`, `setelah`), not a relative or `that`, whose
    clause describes the word before it (`rocket attacks that Washington blames on ...`)."""
    return word in lex.boundaries and word not in lex.relatives and word not in lex.complementizers


def _starts_clause(sent: Sentence, boundary: int, k: int, lex: Lexicon) -> bool:
    """Nothing but a token, openers and punctuation between the clause's start and k (`من ناحيتهم، أكد ...`,
    `Тем временем сообщил ...`)."""
    return k - boundary <= 1 or trim(sent, boundary, k, lex)[0] >= k


def _parenthetical(sent: Sentence, b: int, lex: Lexicon) -> bool:
    """`Dua drone lainnya, sebut Gubernur Vasily Golubev, ditembak jatuh di ...`: a speaker set off by commas inside
    the claim, which goes on after it with a strike or its toll (not `..., kata Ali, gubernur Herat.`)."""
    n = len(sent.tokens)
    if b >= n or sent.tokens[b].text != "," or b + 1 >= n:
        return False
    if _opens_like_speaker(sent, b + 1, lex):
        return False  # `..., said Khine Thu Kha, a spokesperson for the Arakan Army, which is battling ...`
    return bool(lex.actions.find_all(sent.stems, b + 1, n) or lex.casualties.find_all(sent.stems, b + 1, n))


def _cites(sent: Sentence, k: int, lex: Lexicon) -> bool:
    return bool(lex.source_markers.match_at(sent.words, k) or lex.reporting_markers_anywhere.match_at(sent.words, k))


def _postposed(sent: Sentence, lo: int, c_lo: int, v_end: int, lex: Lexicon) -> bool:
    """Does the verb end its claim (`..., the governor said on Tuesday.`) rather than open it (`said that ...`)?"""
    words = 0
    for k in range(v_end, len(sent.tokens)):
        tok = sent.tokens[k]
        if tok.lower in lex.complementizers:
            return False
        if tok.text == "." and k > v_end and sent.tokens[k - 1].lower in lex.abbreviations:
            continue  # `said U.S. strikes hit ...`: an abbreviation's dot ends nothing
        if tok.text in CLAUSE_PUNCT or tok.text in ".!?" or tok.lower in lex.boundaries:
            break
        words += 1
    else:
        return True  # the sentence ends after the verb
    if words >= 3:  # `..., the army said in a statement on Telegram.`: where or how it spoke, not what it said
        if any(
            sent.tokens[j].lower in lex.pronouns and sent.tokens[j + 1].lower in lex.auxiliaries
            for j in range(v_end + 1, k - 1)
        ):
            return False  # `said in a statement Sunday they had launched ...`: a clause of its own follows
        after = sent.tokens[v_end].lower
        told = sent.tokens[v_end - 1].lower in lex.addressee_verbs  # `told Iranian state TV`: whom it told
        # `..., Al Jazeera reported late Sunday night.`: when it spoke, ending the sentence (`mengatakan sekitar pukul
        # 16.00 pada 22 Desember, pasukan Kamboja menembakkan ...` opens the claim)
        ends = all(not t.is_word for t in sent.tokens[k:])
        when = ends and any(t.lower in lex.weekdays or t.lower in lex.months for t in sent.tokens[v_end:k])
        spoke = told or when or after in lex.venue_prepositions or after in lex.addressee_prepositions
        return spoke and not lex.actions.find_all(sent.stems, v_end, k)
    ends = all(not t.is_word for t in sent.tokens[k:]) or sent.tokens[k].text in ".!?"
    return ends or bool(lex.actions.find_all(sent.stems, lo, c_lo))


def plausible_claimant(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    """A speaker is a noun phrase: no preposition or verb first, and an actor, a state, an outlet or a name in it."""
    first = sent.tokens[lo]
    if _name_word(sent, lo):  # `Oleh Syniehubov`: a capitalised name that is spelt like a preposition
        pass
    elif first.lower in lex.prepositions or first.lower in lex.boundaries or first.lower in lex.auxiliaries:
        return False
    if hi - lo == 1 and first.lower in lex.pronouns:
        return True
    relative = {k + 1 for k in range(lo, hi) if sent.tokens[k].lower in lex.boundaries}  # `yang dikelola Hamas`
    if any(lex.is_verb(t.lower, t.is_capitalised) for k, t in enumerate(sent.tokens[lo:hi], lo) if k not in relative):
        return False
    return bool(
        actor_kind(sent, lo, hi, lex)
        or lex.countries.find_all(sent.stems, lo, hi)
        or lex.media_names.find_all(sent.words, lo, hi)
        or any(
            t.is_capitalised
            and t.lower not in lex.determiners | lex.stopwords
            and not _minor_place(sent, k)
            and not (k == 0 and zipf(t.lower, lex.language) >= FREQUENT_ZIPF)  # `Hanya menyebutkan`: only, no name
            for k, t in enumerate(sent.tokens[lo:hi], lo)
        )
    )


def _name_word(sent: Sentence, k: int) -> bool:
    """A capitalised word after a comma, followed by another capitalised word (`, Oleh Syniehubov,`): a first name
    even when it is spelt like a function word of the language (`oleh` = by)."""
    toks = sent.tokens
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].text == ","
        and toks[k].is_capitalised
        and toks[k + 1].is_capitalised
        and toks[k + 1].is_word
    )


def _minor_place(sent: Sentence, k: int) -> bool:
    """Token k names a town or region (`who visited Kharkiv`): no speaker by itself; a state or capital may be one."""
    return any(s <= k < e and not (rm.place.is_country or rm.place.is_capital) for s, e, rm in sent.mentions)


@functools.cache
def _verbs(lex: Lexicon) -> PhraseSet:
    """Reporting, denial and threat verbs: each takes a claimant and says what kind of claim follows."""
    groups = (("report", lex.reporting_verbs), ("denial", lex.denial), ("threat", lex.threat))
    return PhraseSet(
        tuple(p for _, g in groups for p in g.phrases), tuple(name for name, g in groups for _ in g.phrases)
    )


def _names_speaker(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """Token k may be part of a speaker's name: a capitalised word or an actor word (`militer Pakistan`)."""
    tok = sent.tokens[k]
    return tok.is_word and (tok.is_capitalised or bool(lex.actors.match_at(sent.stems, k)))


def find_clauses(doc: Document, sent: Sentence, lex: Lexicon, source: Claimant) -> list[Clause]:
    """Split a sentence into attributed clauses; a sentence with no attribution is the article's own voice."""
    n = len(sent.tokens)
    clauses: list[Clause] = []
    skip_until = 0
    for s, e, _ in lex.source_markers.find_all(sent.words):
        a, b = phrase_after(sent, e, lex, limit=6)
        # `Seperti dilansir Reuters, ...` opens with where the story came from; in `ILTV mengutip X, yang menyatakan`
        # a named subject quotes the speaker
        opening = all(zipf(t.lower, lex.language) >= FREQUENT_ZIPF for t in sent.tokens[:s] if t.is_word)
        if b > a and s <= 2 and opening:
            skip_until = max(skip_until, b)
            cited = describe_claimant(doc, sent, a, b, lex)
            if cited and cited.kind in STATE_KINDS and cited.country:  # `Mengutip sumber keamanan Irak, ...`
                clauses.append(Clause(b, n, cited, None, (s, b)))
    skip_until = max(skip_until, dateline_end(doc, sent))
    verbs = _verbs(lex)
    boundary = k = skip_until
    while k < n:
        inside = any(c.lo <= k < c.hi for c in clauses)
        after_punct = k > 0 and sent.tokens[k - 1].text in CLAUSE_PUNCT
        if not after_punct and k > 1 and sent.tokens[k - 1].lower in lex.report_particles:
            after_punct = sent.tokens[k - 2].text in CLAUSE_PUNCT  # `..., demikian kata penduduk`
        marker = lex.reporting_markers_anywhere.match_at(sent.words, k) or (
            lex.reporting_markers.match_at(sent.words, k) if after_punct else None
        )
        relay = lex.relay_markers.match_at(sent.words, k) if after_punct and clauses else None
        if relay and clauses[-1].claimant.kind == "media" and clauses[-1].speaker[1] in (k - 1, k):
            a, b = phrase_after(sent, k + relay[0], lex)  # `Xinhua reported, citing the army`: the army's claim
            cited = describe_claimant(doc, sent, a, b, lex)
            if cited and cited.country:  # an unnamed `military source` is the outlet's to vouch for
                clauses[-1] = replace(clauses[-1], claimant=cited, speaker=(clauses[-1].speaker[0], b))
                boundary = k = b
                continue
        if after_punct and not inside and sent.tokens[k].lower in lex.fused_reports:
            # `"...," ujarnya.` (he said): a speech verb with its speaker fused as a pronoun, who spoke last
            speaker = Claimant(sent.tokens[k].text, "unknown", None, explicit=True)
            clauses.append(Clause(boundary, n, speaker, None, (k, k + 1)))  # and what it goes on to refer to
            boundary = k = k + 1
            continue
        relative = k > 0 and sent.tokens[k - 1].lower in lex.relatives  # `wilayah yang diklaim Rusia`: claimed land
        passive = lex.passive_reports.match_at(sent.words, k) if not inside and k > boundary and not relative else None
        if passive:  # `Drone-drone itu diklaim Pakistan berhasil dijatuhkan di Rawalpindi`: claimed by Pakistan
            a = k + passive[0]
            while a < n and sent.tokens[a].lower in lex.agent_markers:
                a += 1
            b = a
            while b < n and b - a < PASSIVE_SPEAKER_WORDS and _names_speaker(sent, b, lex):
                b += 1
            # what it claims follows the name (`Serangan itu diklaim oleh Houthi.` claims responsibility: the agent
            # struck)
            told = b < n and sent.tokens[b].is_word
            claimant = describe_claimant(doc, sent, a, b, lex) if b > a and told else None
            if claimant:
                clauses.append(Clause(boundary, n, claimant, None, (k, b)))
                boundary = k = b
                continue
        if marker:
            start = k + marker[0]
            while start < n and sent.tokens[start].lower in lex.agent_markers:
                start += 1  # `Hal ini dilaporkan oleh X`: the speaker after the passive's `oleh`
            start = _released_by(sent, start, min(n - 1, start + RELEASE_REACH), lex) or start
            noun = lex.report_nouns.match_at(sent.words, start) if start < n else None
            if noun and _report_anaphor(sent, start, _to_end(sent, start, lex)[1], lex) is not None:
                noun = None  # `kata laporan itu`: the report already cited speaks, not one its next word names
            if noun and start + noun[0] < n and sent.tokens[start + noun[0]].is_word:
                start += noun[0]  # `according to reports from X`: X's report; `menurut laporan Al-Masirah`
                if sent.tokens[start].lower in lex.prepositions:  # `laporan mengenai tiga tentara India tewas`:
                    k += 1  # what the report is about, no source
                    continue
            a, b = phrase_after(sent, start, lex)
            if b < n and sent.tokens[b].lower in lex.relatives:  # `Menurut laporan Al-Masirah yang dikelola Houthi,`
                b = next((j for j in range(b + 1, min(n, b + RELATIVE_REACH)) if sent.tokens[j].text == ","), b)
            if _starts_clause(sent, boundary, k, lex) and _opens_claim(sent, b, lex):  # "Menurut X, ..."
                claimant = describe_claimant(doc, sent, a, b, lex)
                if claimant:
                    clauses.append(Clause(b + 1, n, claimant, None, (k, b)))
                    boundary = k = b + 1
                    continue
            if after_punct and k > boundary and _parenthetical(sent, b, lex):  # `Two drones, said X, were downed`
                claimant = describe_claimant(doc, sent, a, b, lex)
                if claimant:
                    clauses.append(Clause(boundary, n, claimant, None, (k, b)))
                    boundary = k = b + 1
                    continue
            a, b = _to_end(sent, start, lex)
            claimant = describe_claimant(doc, sent, a, b, lex)
            # a claim of a place before the comma (not `X, governor of the Kursk oblast, said ...`: who speaks)
            told = any(boundary <= i < k for i, _, _ in sent.mentions) and bool(
                lex.actions.find_all(sent.stems, boundary, k) or lex.casualties.find_all(sent.stems, boundary, k)
            )
            if claimant is None and after_punct and told:  # `..., said a member of the militia, declining to be ...`
                claimant = _head_of_speaker(doc, sent, a, b, lex)
            if claimant is None and k == skip_until and not sent.mentions:
                b = _before_when_or_where(sent, a, b, lex)  # `Об этом сообщил МИД 4 октября на своей странице`
                claimant = describe_claimant(doc, sent, a, b, lex)
            if claimant:  # "..., menurut wartawan AFP." / "..., kata Hikmet Hajiyev, penasihat ..."
                if not inside:
                    clauses.append(Clause(boundary, k, claimant, None, (k, b)))
                boundary = k = b
                continue
        verb = verbs.match_at(sent.words, k)
        if verb and k > 0 and sent.tokens[k].is_capitalised and sent.tokens[k - 1].is_capitalised:
            verb = None  # `United States strikes`: a capitalised word inside a name is no verb
        if verb and k > boundary and sent.tokens[k - 1].is_word and sent.tokens[k - 1].lower in lex.conjunctions:
            verb = None  # `the projectile fell short and did not ...`: the verb shares the subject before, no speaker
        if verb:
            v_end = k + verb[0]
            # `Sebuah pernyataan yang dikeluarkan oleh ISPR menyatakan`: who issued the statement speaks
            subject = _released_by(sent, boundary, k - 1, lex) or boundary
            joiner = k - 1 if k > boundary and sent.tokens[k - 1].lower in lex.shared_subject_joiners else None
            # `but reports in Lebanese media said`: a report noun that a reporting verb after it makes the subject
            subject_noun = any(verbs.match_at(sent.words, j) for j in range(v_end, min(n, v_end + JOINED_VERB_REACH)))
            if (
                joiner is not None
                and not subject_noun
                and clauses
                and clauses[-1].claimant.explicit
                and clauses[-1].lo <= joiner
            ):
                # `officials denied any losses but confirmed that Ganja was hit`: the second verb's speaker is the
                # first's, and what the first said ends at the joiner
                end = joiner - (joiner > 0 and sent.tokens[joiner - 1].text == ",")
                clauses[-1] = replace(clauses[-1], hi=end)
                clauses.append(Clause(v_end, n, clauses[-1].claimant, verb[1], (k, v_end)))
                boundary = k = v_end
                continue
            claimant = describe_claimant(doc, sent, subject, k, lex)
            if claimant is None and _starts_clause(sent, boundary, k, lex):  # `وقال المصدر إن ...`
                a, b = phrase_after(sent, v_end, lex)
                claimant = describe_claimant(doc, sent, a, b, lex) if _opens_claim(sent, b, lex) else None
                if claimant:
                    clauses.append(Clause(b + 1, n, claimant, verb[1], (k, b)))
                    boundary = k = b + 1
                    continue
                b = _subject_end(sent, v_end, lex)  # `أكدت وزارة الصحة اللبنانية مقتل ...`: verb, speaker, claim
                claimant = describe_claimant(doc, sent, v_end, b, lex) if b > v_end else None
                if claimant:
                    clauses.append(Clause(b, n, claimant, verb[1], (k, b)))
                    boundary = k = b
                    continue
            if (
                claimant is None
                and k >= 2
                and sent.tokens[k - 1].lower in lex.relatives
                and sent.tokens[k - 2].text == ","
            ):
                a = _antecedent(sent, boundary, k - 2, lex)  # `confirmed by the Health Ministry, which said ...`
                claimant = describe_claimant(doc, sent, a, k - 2, lex) if a < k - 2 else None
                if claimant:
                    clauses.append(Clause(v_end, n, claimant, verb[1], (a, v_end)))
                    boundary = k = v_end
                    continue
            if claimant is None:  # `a day after the ministry said ...`, `setelah kementerian mengatakan ...`
                j = max((t for t in range(boundary, k) if _subordinator(sent.tokens[t].lower, lex)), default=k)
                claimant = describe_claimant(doc, sent, j + 1, k, lex) if j + 1 < k else None
                if claimant:
                    if j > boundary:  # the main clause before it is told as it would be with no speaker after
                        clauses.append(Clause(boundary, j, source, None, (boundary, boundary)))
                    clauses.append(Clause(v_end, n, claimant, verb[1], (j + 1, v_end)))
                    boundary = k = v_end
                    continue
            if claimant is None and after_punct:  # "..., said the governor."
                a, b = _to_end(sent, v_end, lex)
                claimant = describe_claimant(doc, sent, a, b, lex)
                if claimant:
                    if not inside:
                        clauses.append(Clause(boundary, k, claimant, verb[1], (k, b)))
                    boundary = k = b
                    continue
            if claimant:
                tail = _report_anaphor(sent, subject, k, lex)
                c_lo = tail if tail is not None else _claimant_span(sent, subject, k, lex)[2]  # type: ignore[index]
                if _postposed(sent, boundary, c_lo, v_end, lex):
                    if not inside:  # "Russian forces shelled Kharkiv, the governor said (on Tuesday)."
                        clauses.append(Clause(boundary, c_lo, claimant, verb[1], (c_lo, v_end)))
                else:
                    clauses.append(Clause(v_end, n, claimant, verb[1], (c_lo, v_end)))
                boundary = k = v_end
                continue
        k += 1
    if not clauses:
        return _statements(sent, Clause(skip_until, n, source, None, (0, skip_until)))
    clauses.extend(_told_on(sent, clauses, boundary, lex))
    # an attributed clause runs until the next one's speaker starts
    ordered = sorted(clauses, key=lambda c: c.lo)
    bounded = [replace(c, hi=min(c.hi, nxt.speaker[0])) if nxt.lo > c.lo else c for c, nxt in pairwise(ordered)]
    return [
        part
        for c in [*bounded, ordered[-1]]
        for each in _jointly(doc, sent, c, lex)
        for part in _statements(sent, each)
    ]


def _statements(sent: Sentence, clause: Clause) -> list[Clause]:
    """`... airstrike on Hodeidah port; Ben Gurion Airport briefly halts flights`: a semicolon joins statements that
    each tell their own (the same speaker's) news; a strike word in one says nothing of the places in another."""
    cuts = [k for k in range(clause.lo, clause.hi) if sent.tokens[k].text in SEMICOLONS]
    if not cuts:
        return [clause]
    starts, ends = [clause.lo, *(k + 1 for k in cuts)], [*cuts, clause.hi]
    return [replace(clause, lo=a, hi=b) for a, b in zip(starts, ends, strict=True) if b > a]


def _told_on(sent: Sentence, clauses: list[Clause], boundary: int, lex: Lexicon) -> list[Clause]:
    """`..., PHEOC said, and furthermore, artillery shelling on the border town of Al-Wazzani ...`, `..., the military
    said, after air strikes Friday near Hanine`: what a sentence goes on to tell after a comma that closes its
    postposed speaker is that speaker's too."""
    last = max(clauses, key=lambda c: c.speaker[1])
    toks = sent.tokens
    if not (last.hi <= last.speaker[0] and last.speaker[1] <= boundary < len(toks) and toks[boundary].text == ","):
        return []
    if sum(t.is_word for t in toks[boundary:]) < TOLD_ON_WORDS:
        return []
    return [Clause(boundary + 1, len(toks), last.claimant, last.verb_type, last.speaker)]


def _jointly(doc: Document, sent: Sentence, clause: Clause, lex: Lexicon) -> list[Clause]:
    """`menurut militer Irak dan pasukan koalisi pimpinan AS`, `the Iraqi military and the US-led coalition said`:
    two speakers of two states joined in one phrase each claim the clause."""
    if not clause.claimant.explicit:
        return [clause]
    a, b = clause.speaker
    marker = lex.reporting_markers_anywhere.match_at(sent.words, a) or lex.reporting_markers.match_at(sent.words, a)
    a += marker[0] if marker else 0  # `menurut X dan Y`: the speakers after the marker
    for j in range(a + 1, b - 1):
        if not (sent.tokens[j].is_word and sent.tokens[j].lower in lex.conjunctions):
            continue
        first = describe_claimant(doc, sent, a, j, lex)
        second = describe_claimant(doc, sent, j + 1, b, lex)
        if first and second and first.country and second.country and first.country != second.country:
            return [
                replace(clause, claimant=first, speaker=(a, j)),
                replace(clause, claimant=second, speaker=(j + 1, b)),
            ]
    return [clause]
