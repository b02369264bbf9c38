"""Which state a claimant speaks for, settled across the article: `geo.extract.attribution` reads one sentence at a
time, but a bare `the military`, `the Public Health Ministry` or `the junta's spokesman` gets its state only from what
the article said before or from the places it reports on. Kept apart from `geo.extract.reports`, which joins the
findings into reports."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from gazetteer import Place
from geo.extract.acronyms import spelt_out
from geo.extract.attribution import (
    STATE_KINDS,
    Claimant,
    Clause,
    Sentence,
    countries_in,
    dateline_end,
    describe_claimant,
    phrase_after,
    phrase_text,
    trim,
)
from geo.lexicon import Lexicon
from geo.text import Document
from geo.text.morphology import nominatives

# A person named bare is taken for the local authority that spoke among the last this many claimants: an article's
# governor, not one of an earlier story in the same file.
LOCAL_RECENT = 3


def article_source(doc: Document, sentences: list[Sentence], lex: Lexicon, publisher: str | None) -> Claimant:
    """The article's own voice: the source a line names (`Джерело: Генштаб ЗСУ`), the agency it cites (`Dilansir
    AFP`, `(Reuters) -`), else its publisher."""
    for sent in sentences:
        toks = sent.tokens
        line = lex.source_lines.match_at(sent.words, 0)
        if line and len(toks) > line[0] + 1 and toks[line[0]].text == ":":
            a, b = phrase_after(sent, line[0] + 1, lex, limit=8)
            named = describe_claimant(doc, sent, a, b, lex) if b > a else None
            if named and named.kind == "media" and named.country and not _about(named.country, doc, sentences, lex):
                named = replace(named, country=None)  # `Sumber: Antara` under a story of Nigeria speaks for no side
            if named:
                return replace(named, explicit=False)
    for sent in sentences[:6]:
        for _, e, _ in lex.source_markers.find_all(sent.words):
            a, b = phrase_after(sent, e, lex, limit=5)
            while a < b and sent.tokens[a].lower in lex.prepositions:  # `dilansir dari Anadolu`: the agency
                a += 1
            named = describe_claimant(doc, sent, a, b, lex) if b > a else None
            if named and named.kind in STATE_KINDS and named.country:
                continue  # `Mengutip sumber keamanan Irak, ...` is that sentence's speaker, not the article's voice
            if b > a:
                home = _home_outlet(doc, sent, a, b, sentences, lex)
                return Claimant(phrase_text(doc, sent, a, b), "media", home, explicit=False)
        for s, e, _ in lex.media_names.find_all(sent.words):
            if s > 0 and sent.tokens[s - 1].text == "(" and e < len(sent.tokens) and sent.tokens[e].text == ")":
                home = _home_outlet(doc, sent, s, e, sentences, lex)
                return Claimant(phrase_text(doc, sent, s, e), "media", home, explicit=False)
    return Claimant(publisher, "media", None, explicit=False)


def _home_outlet(doc: Document, sent: Sentence, a: int, b: int, sentences: list[Sentence], lex: Lexicon) -> str | None:
    """The state of a state or armed group's outlet the article cites as its source (`dilansir al-Masirah TV`,
    `Dilansir SANA`) when the article is about that state: it relays its side's account. An outlet relaying news
    of elsewhere (`dilansir Xinhua` in a story about Gaza, or filed from Moscow) speaks for no side."""
    outlet = {cc for _, _, cc in lex.state_media.find_all(sent.words, a, b)}
    if len(outlet) != 1:
        return None
    (cc,) = outlet
    return cc if _about(cc, doc, sentences, lex) else None


def _about(cc: str, doc: Document, sentences: list[Sentence], lex: Lexicon) -> bool:
    """The article names the state (beyond its datelines)."""
    return any(cc in countries_in(s, dateline_end(doc, s), len(s.tokens), lex) for s in sentences)


def _content_words(name: str, lex: Lexicon) -> frozenset[str]:
    words = (w.lower().removesuffix("'s").removesuffix("’s").strip(".,()") for w in name.split())
    return frozenset(w for w in words if w and w not in lex.determiners and w not in lex.demonstratives)


def spelt_out_acronyms(doc: Document, sentences: list[Sentence], lex: Lexicon) -> dict[str, Claimant]:
    """The bodies an article spells out with their acronym (`the Arakan Army (AA)`, `the Arakan Army, or AA,`) and the
    state each speaks for, so that a bare `the AA said` anywhere in it speaks for that state too."""
    found: dict[str, Claimant] = {}
    for sent in sentences:
        for acronym, start, end in spelt_out(sent.tokens, lex.coordinators):
            named = describe_claimant(doc, sent, start, end, lex) if acronym not in found else None
            if named and named.country:
                found[acronym] = named
    return found


@dataclass
class NamedBodies:
    """The claimants an article has named, indexed by word: a long text (a whole archive in one file) names
    thousands, and each bare mention must find the latest full name it repeats without reading them all."""

    lex: Lexicon
    acronyms: dict[str, Claimant] = field(default_factory=dict)  # spelt out in the article (`spelt_out_acronyms`)
    _latest: dict[Claimant, int] = field(default_factory=dict)  # claimant -> when last named
    _words: dict[Claimant, frozenset[str]] = field(default_factory=dict)
    _by_word: dict[str, list[Claimant]] = field(default_factory=dict)
    _by_last: dict[str, list[Claimant]] = field(default_factory=dict)
    _tick: int = 0
    _local_tick: int = -LOCAL_RECENT  # when a governor, a mayor, the police ... last spoke

    def add(self, c: Claimant) -> None:
        if c.local:
            self._local_tick = self._tick + 1
        if c not in self._latest:
            self._index(c)
        self._tick += 1
        self._latest[c] = self._tick

    def introduce(self, c: Claimant) -> None:
        """A person the article names with a title and a state where they say nothing (`Ukrainian President Volodymyr
        Zelenskyy urged ...`): known for a later `Zelenskyy said`, without counting as the latest speaker."""
        if c not in self._latest:
            self._index(c)
            self._latest[c] = self._tick

    def _index(self, c: Claimant) -> None:
        """Index a claimant not yet named by its words and its last word."""
        words = _content_words(c.name or "", self.lex)
        self._words[c] = words
        for w in words:
            self._by_word.setdefault(w, []).append(c)
        if c.name:  # `... Operations Center (PHEOC)`: the acronym in brackets is its last word
            self._by_last.setdefault(c.name.split()[-1].strip("()"), []).append(c)

    @property
    def local_authority_spoke(self) -> bool:
        """A local authority was among the last LOCAL_RECENT claimants named (`the regional governor said`)."""
        return self._tick - self._local_tick < LOCAL_RECENT

    def _newest(self, found: list[Claimant]) -> Claimant | None:
        return max(found, key=self._latest.__getitem__, default=None)

    def with_all_words(self, c: Claimant) -> Claimant | None:
        """The latest body named with a state that this bare mention repeats (`the military` after `The Israeli
        military`, `the ministry's spokesman` after `Cambodia's defence ministry`): every word of it was in that
        name."""
        words = _content_words(c.name or "", self.lex)
        if not words:
            return None
        pool = min((self._by_word.get(w, []) for w in words), key=len)
        return self._newest([n for n in pool if n.country and n.name != c.name and words <= self._words[n]])

    def acronym_body(self, c: Claimant) -> Claimant | None:
        """The body whose acronym the claimant's name uses (`the AA`, `NAF spokesperson`), as the article spelt it."""
        return next((self.acronyms[w] for w in (c.name or "").split() if w in self.acronyms), None)

    def ending_with(self, c: Claimant) -> Claimant | None:
        """The latest body whose name ends with this one (`Fedorov` after `Gubernur Ivan Fedorov`), or is this one
        with a role given (`Oleh Kiper, governor of Odesa` before `Oleh Kiper said`), also when the language inflects
        it (`За даними Федорова` after `Іван Федоров`)."""
        if not c.name:
            return None
        words = c.name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self.lex.person_titles:
            words = words[1:]  # `Mr Bassal` after `spokesperson Mahmud Bassal`
        bare = " ".join(words)
        for name in dict.fromkeys((c.name, bare, *nominatives(bare, self.lex.analyser))):
            pool = self._by_last.get(name.split()[-1], [])
            found = self._newest(
                [
                    n
                    for n in pool
                    if n.name
                    and (
                        n.name.endswith((" " + name, f" ({name})"))  # `PHEOC said` after `... Center (PHEOC)`
                        or (n.name == name and n.kind != "unknown")
                    )
                ]
            )
            if found:
                return found
        return None


def titled_people(doc: Document, sent: Sentence, lex: Lexicon) -> list[Claimant]:
    """People the sentence names with a title and a state (`Ukrainian President Volodymyr Zelenskyy`, `Presiden Rusia
    Vladimir Putin`): a title word, then a capitalised run of at least two words; the run before the title (`Ukrainian
    President`) says which state."""
    toks, found = sent.tokens, []
    for k, t in enumerate(toks):
        if t.lower not in lex.person_titles or not t.is_capitalised:
            continue
        hi = k + 1
        while hi < len(toks) and toks[hi].is_word and toks[hi].is_capitalised:
            hi += 1
        lo = k
        while lo > 0 and toks[lo - 1].is_word and toks[lo - 1].is_capitalised and k - lo < 3:
            lo -= 1
        if hi - k < 3:
            continue  # `President Biden`: a surname alone may be anyone's
        c = describe_claimant(doc, sent, lo, hi, lex)
        if c is not None and c.kind != "unknown" and c.country:
            found.append(c)
    return found


def led_bodies(doc: Document, sent: Sentence, lex: Lexicon) -> list[Claimant]:
    """Bodies the sentence names as led by a state wherever they stand, a target's too (`the US-led coalition's
    site`, `koalisi pimpinan Arab Saudi`): a later bare `the coalition said` speaks for that state, not for the land
    it fights in."""
    toks, found = sent.tokens, []
    for s, e, kind in lex.actors.find_all(sent.stems):
        if kind not in STATE_KINDS:
            continue
        if s > 0 and toks[s - 1].lower.endswith(lex.leader_suffixes or ("\0",)):  # `US-led coalition`
            span = (s - 1, e)
        elif s > 2 and toks[s - 2].text == "-" and "-" + toks[s - 1].lower in lex.leader_suffixes:
            # `U.S.-led coalition`, the leader's word cut off by its full stop and the hyphen: the body, then its state
            leader = lex.countries.find_all(sent.stems, max(0, s - 4), s - 2)
            body = describe_claimant(doc, sent, s, e, lex)
            if body is not None and len(leader) == 1:
                name = phrase_text(doc, sent, leader[0][0], e)
                found.append(replace(body, name=name, country=leader[0][2]))
            continue
        elif (led := lex.leaders.match_at(sent.words, e) if e < len(toks) else None) and (
            country := lex.countries.match_at(sent.stems, e + led[0]) if e + led[0] < len(toks) else None
        ):  # `koalisi pimpinan Arab Saudi`, `the coalition led by Saudi Arabia`
            span = (s, e + led[0] + country[0])
        else:
            continue
        c = describe_claimant(doc, sent, *span, lex)
        if c is not None and c.country:
            found.append(c)
    return found


def settle_claimant(
    clause: Clause,
    sent: Sentence,
    lex: Lexicon,
    *,
    source: Claimant,
    last: Claimant | None,
    named: NamedBodies,
    next_paragraph: bool,
    same_paragraph: bool = False,
) -> Claimant:
    """Pronouns and continuing sentences take the previous claimant; a bare state body takes the state it had when
    the article named it in full."""
    c = clause.claimant
    if c.explicit and c.name and c.name.lower() in lex.pronouns | lex.fused_reports | lex.report_anaphors:
        return last or source
    if not c.explicit:
        lo, _ = trim(sent, clause.lo, clause.hi, lex)
        # at the first word too: an opener that goes on with the account (`Кроме того`, `In addition`) is trimmed
        first = next((k for k in range(clause.lo, lo) if sent.tokens[k].is_word), lo)
        continues = any(k < len(sent.tokens) and lex.continuation_starts.match_at(sent.words, k) for k in (first, lo))
        # `According to the army, ... . The attacks also struck Kotli.`: an unattributed sentence of the paragraph
        # that named a source goes on with that source's account
        return last if last and ((next_paragraph and continues) or same_paragraph) else c
    if c.country is None and not c.local and last and last.kind == c.kind and c.name and c.name[:1].islower():
        # `the army said` after `the Israeli military said`, not `the civil defence agency said`: another body
        words = c.name.casefold().split()
        if len(words) == 1 or set(words) <= set((last.name or "").casefold().split()):
            return replace(c, country=last.country)
    if c.kind == "unknown" and c.name:  # `Menurut Fedorov` after `Gubernur Ivan Fedorov`
        earlier = named.ending_with(c)
        if earlier:
            return replace(c, kind=earlier.kind, country=earlier.country, local=earlier.local)
        if named.local_authority_spoke and _full_name(c.name):  # `Oleg Kiper said` after `the regional governor said`
            return replace(c, kind="official", local=True)
    if c.country is None and c.kind in STATE_KINDS | {"media"}:  # `the agency` after `Palestinian news agency WAFA`
        earlier = named.with_all_words(c) or named.with_all_words(_body_of(c, lex))
        if earlier:
            return replace(c, country=earlier.country, local=False)
    full = named.acronym_body(c) if c.country is None else None
    if full:  # `the AA said` after `the Arakan Army (AA)`
        return replace(c, kind=full.kind if c.kind == "unknown" else c.kind, country=full.country, local=False)
    return c


def _body_of(c: Claimant, lex: Lexicon) -> Claimant:
    """The body a person speaks for, by its lower-case words (`coalition spokesperson Col. Wayne Marotto` ->
    `coalition`): the role and the person's name say nothing of which state."""
    roles = lex.person_titles | lex.appositive_descriptions
    words = [w for w in (c.name or "").split() if w.islower() and w.strip(".,") not in roles]
    return replace(c, name=" ".join(words))


def _full_name(name: str) -> bool:
    """Two or three capitalised words and nothing else, as a person's name is written (`Oleg Kiper`); a body's
    name would have given the claimant a kind."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def names_itself(claimant: Claimant, attacker: str | None) -> bool:
    """A state body with no country word that reports its own action (`the air force` about `Nigerian Air Force
    jets`) speaks for the state the action names."""
    if not (claimant.explicit and claimant.country is None and claimant.kind in ("military", "government")):
        return False
    head = (claimant.name or "").split()[-1:]
    return bool(head and attacker) and head[0].lower() in (attacker or "").lower().split()


def own_action(sent: Sentence, lo: int, cues: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """`it struck`, `its jets bombed`, `pasukannya menyerang`: the claimant tells of its own side's strike, so the
    place struck says nothing of the state it speaks for."""
    first = min((s for s, _, _ in cues), default=lo)
    own = lex.pronouns | lex.possessives
    return any(t.lower in own or _owned_force(t.lower, lex) for t in sent.tokens[lo:first] if t.is_word)


def _owned_force(word: str, lex: Lexicon) -> bool:
    """`pasukannya` (its troops), `drone-dronenya` (its drones): a force or a weapon with a possessive suffix; `lainnya`
    (the others), `sedikitnya` (at least) end so too and own nothing."""
    for suffix in lex.possessive_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix):
            base = [lex.stems(word[: -len(suffix)].split("-")[0])]  # `drone-drone` is the plural of `drone`
            return bool(lex.actors.match_at(base, 0) or lex.actions.match_at(base, 0))
    return False


def administering_state(place: Place, lex: Lexicon) -> str | None:
    """The state whose authorities speak for the place: its own, or the one that administers its area (`held_areas`:
    the governor of Sevastopol speaks for Russia)."""
    held = lex.held_areas
    return held.get(place.id) or held.get(f"{place.country_code}.{place.admin1}", place.country_code)


def for_place(c: Claimant, place_country: str | None, own: bool) -> Claimant:
    """A local authority (a governor, a mayor) speaks for the state of the place it reports on; so does a state body
    named with no country word (`the Second Army Region`, `the Public Health Ministry`, `the junta's spokesman`)
    unless it tells of its own side's strike; so does an armed group no home is known for (`a local resistance
    group`), which fights on that ground. With no place state, nothing is guessed."""
    if c.country is not None or not c.explicit or not place_country:
        return c
    if c.local or (c.kind in STATE_KINDS | {"armed_group"} and not own):
        return replace(c, country=place_country)
    return c
