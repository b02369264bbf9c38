"""The accused party of a strike: the agent of an active strike verb (`pasukan Armenia telah menembaki Ganja`), the
`oleh`/`by` agent of a passive one, or a country word after an action noun (`serangan udara Israel`)."""

from __future__ import annotations

from geo.extract.attribution import QUOTES, Sentence, countries_in, is_verb, patron_phrase_before
from geo.extract.mentions import FREQUENT_ZIPF, zipf
from geo.lexicon import Lexicon
from geo.text import Token

EXPOSURE_REACH = 4  # words back from a strike word to `under`: `under a heavy drone (attack)`
CUE_WORDS = 2  # a place word or two between a preposition and its place: `по поселку`, `in the town of`
AGENT_AFTER_REACH = 3  # words from a strike word to the attacker after it: `سلاح الجو للاحتلال الإسرائيلي`
LIGHT_VERB_REACH = 6  # words from a firing verb to its weapon: `выпустил по Израилю около 500 ракет`
# words of an appositive between a name and its verb: `, a loose alliance of Iran-linked armed groups,`
APPOSITIVE_REACH = 12
RESPONSIBILITY_REACH = 8  # words from `responsibility for` to its strike word: `for a series of overnight (strikes)`
# plain words between an action noun and the country after it (`serangan "masif" Rusia`, `serangan drone jarak pendek
# Rusia`): an Indonesian noun phrase puts its modifiers before its possessor; and between a light verb and the strike
# noun after it (`carried out a precise strike`)
MODIFIER_WORDS = 3
OBJECT_REACH = 3  # words of a strike word's object that a subject phrase may have run into
OPENING_MARKS = frozenset({":", "-", "–", "—"}) | QUOTES  # after a dateline or a quote mark, a word opens the text
OWNER_REACH = 2  # words between a weapon and the word that names its owner: `pesawat drone bersenjata (milik)`
AGENT_WINDOW = 8  # words from a strike word to its `by`: `an attack by an unmanned aerial vehicle by (the AFU)`
# what a firing verb fires (`launched 50 drones`, `menjatuhkan dua bom`), not `attack` or `strike`, which name no
# weapon, nor a clash or an interception
WEAPON_WORDS = frozenset(
    {"missile_attack", "drone_strike", "rocket_attack", "shelling", "air_strike", "explosion", "remote_explosive"}
)


def passive_prefixed(word: str, lex: Lexicon) -> bool:
    """`diserang`, `ditembakkan`: a passive prefix before a stem of more than three letters (not `dian`, a name)."""
    return any(word.startswith(p) and len(word) > len(p) + 3 for p in lex.passive_prefixes)


def _is_noun(tok: Token, lex: Lexicon) -> bool:
    return bool(lex.noun_suffixes) and tok.lower.endswith(tuple(lex.noun_suffixes)) and not is_verb(tok, lex)


def _placed(sent: Sentence) -> set[int]:
    """The token indices of the sentence's place names."""
    return {k for i, e, _ in sent.mentions for k in range(i, e)}


def _np_before(sent: Sentence, k: int, lo: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase that ends right before token k (auxiliaries skipped): the agent of an active verb."""
    j = k - 1
    while j >= lo and sent.tokens[j].lower in lex.auxiliaries:
        j -= 1
    end = j + 1
    placed = _placed(sent)  # `The United States struck`: no verb in a name
    while j >= lo and end - j <= 6:
        tok = sent.tokens[j]
        if tok.text == ")" and j - 2 >= lo and sent.tokens[j - 2].text == "(":  # `Nigerian Air Force (NAF) jets`
            j -= 3
            continue
        if (
            tok.text == "."
            and j > lo
            and sent.tokens[j - 1].lower in lex.abbreviations
            and sent.tokens[j + 1].text.islower()  # `A U.S. drone strike`, not `envoys of the U.S. Drones hit`
        ):
            j -= 1
            continue
        if not tok.is_word or tok.lower in lex.boundaries or tok.lower in lex.prepositions:
            break
        if j not in placed and (lex.reporting_verbs.match_at(sent.words, j) or is_verb(tok, lex)):
            break
        if (
            j < end - 1
            and tok.lower.endswith(lex.ongoing_endings or ("\0",))
            and lex.reporting_verbs.match_at(sent.stems, j)
        ):
            break  # `a statement saying it had carried out strikes`: what was said opens with the agent
        if lex.actions.match_at(sent.stems, j) and j < end - 1:
            break
        if _fronted_place(sent, j, lo, lex):
            break
        j -= 1
    start = j + 1
    # a strike word, maybe ending in its preposition (`fired at`), right before the phrase or a few words into it
    # (the phrase may run out of words inside its object's name: `fired at Ain al-Asad airbase and the remaining`)
    struck = j >= lo and any(
        a <= j < b or (b <= start <= b + OBJECT_REACH and all(t.is_word for t in sent.tokens[b:start]))
        for a, b, _ in lex.actions.find_all(sent.stems, max(lo, j - 3), start)
    )
    if struck:
        # `Four strikes targeted Sanaa and seven hit Hodeidah`, `Ворог атакував Харків ударними дронами`, `rockets were
        # fired at Ain al-Asad airbase and the remaining rockets exploded`: what follows a strike word up to `and` is
        # its object, and so is a town right after it
        after_and = max([m + 1 for m in range(start, end) if sent.tokens[m].lower in lex.conjunctions], default=None)
        if after_and is None and sent.tokens[j].lower in lex.location_prepositions:
            return None  # `the strike on the US military base (a terrorist attack)`: the object, all of it
        start = after_and or start
        start = next((e for i, e, rm in sent.mentions if i == start and not rm.place.is_country_scale), start)
    while start < end and sent.tokens[start].lower in lex.determiners:
        start += 1
    return (start, end) if end > start else None


def _fronted_place(sent: Sentence, j: int, lo: int, lex: Lexicon) -> bool:
    """Token j ends a place in a phrase of its own that opens the clause before the agent (`По поселку Рогань
    оккупанты нанесли удар`: on the village of Rohan the occupiers struck). `militants in Gaza fired` keeps Gaza in
    the agent: its phrase follows a noun."""
    for i, e, _ in sent.mentions:
        if e != j + 1:
            continue
        k = i - 1
        while k > max(lo, i - CUE_WORDS - 1) and sent.tokens[k].lower not in lex.prepositions:
            k -= 1  # over a place word (`поселку`, `пгт`)
        if k >= lo and sent.tokens[k].lower in lex.prepositions and (k == lo or not sent.tokens[k - 1].is_word):
            return True
    return False


def _np_after(sent: Sentence, k: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase that starts at token k (after `oleh`/`by`), with the country it is `of` (`the Armed Forces of
    Ukraine`)."""
    j = k
    while j < hi and j - k < 6:
        tok = sent.tokens[j]
        if j > k and tok.lower in lex.org_joiners and j + 1 < hi:
            country = lex.countries.match_at(sent.stems, j + 1)
            if country:
                return k, j + 1 + country[0]
        led = lex.leaders.match_at(sent.words, j) if j > k else None
        leader = lex.countries.match_at(sent.stems, j + led[0]) if led and j + led[0] < hi else None
        if led and leader:  # `koalisi militer yang dipimpin Arab Saudi`, `the coalition led by the US`: its leader's
            return k, j + led[0] + leader[0]
        if not tok.is_word or tok.lower in lex.boundaries or (j > k and tok.lower in lex.prepositions):
            break
        if j > k and (lex.casualties.match_at(sent.stems, j) or lex.reporting_verbs.match_at(sent.words, j)):
            break  # `rockets fired by the Syrian army killed four people`: the next verb is no part of the agent
        struck = lex.actions.match_at(sent.stems, j) if j > k and not tok.is_capitalised else None
        if struck and struck[1] == "attack":
            break  # `a drone strike attributed to DR government forces hit a neighbourhood`: nor is a strike verb
        j += 1
    return (k, j) if j > k else None


def _by_agent(sent: Sentence, e: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """`an attack by the Ukrainian army`, `shelling of its positions by Armenian forces`, `bom dijatuhkan oleh dua jet
    militer`: the actor after `by` that follows a strike noun in its own phrase (no clause mark between), never the
    `by` of a reaction to it (`was condemned by the foreign ministry`, `dikecam oleh`: `reaction_verbs`)."""
    m = e
    while m < min(hi, e + AGENT_WINDOW):
        tok = sent.tokens[m]
        if tok.lower in lex.agent_markers:
            np = _np_after(sent, m + 1, hi, lex)
            if np is None:
                return None
            if _is_actor(sent, *np, lex):
                return np
            m = np[1]  # `by an unmanned aerial vehicle by the AFU`: a later `by` may name who sent it
            continue
        if _agent_of_passive(sent, m, hi, lex):  # `serangan udara yang dilancarkan koalisi pimpinan Arab Saudi`
            np = _np_after(sent, m + 2, hi, lex)
            if np is None:
                return None
            verb = next((k for k in range(np[0] + 1, np[1]) if is_verb(sent.tokens[k], lex)), np[1])
            return (np[0], verb) if _is_actor(sent, np[0], verb, lex) else None  # not `menghantam Kharkiv` after it
        blamed = lex.blame_markers.match_at(sent.words, m)  # `a rocket attack blamed on Hezbollah`
        if blamed:
            np = _np_after(sent, m + blamed[0], hi, lex)
            return np if np is not None and _is_actor(sent, *np, lex) else None
        if m == e and tok.text == ",":
            # `The strike, carried out by the ELN,`, `a drone, allegedly launched by the SAF,`: the participle set off
            # by a comma (an adverb or auxiliary before it) names its agent
            p = m + 1
            while p < hi and sent.tokens[p].lower in lex.auxiliaries:
                p += 1
            if p < hi and lex.agent_participles.match_at(sent.words, p):
                m = p
                continue
        if not (tok.is_word or tok.text in QUOTES) or lex.reaction_verbs.match_at(sent.words, m):
            return None  # a clause's end, or `condemned by`, `dikecam oleh`: who reacted, not who struck
        m += 1
    return None


def _agent_of_passive(sent: Sentence, m: int, hi: int, lex: Lexicon) -> bool:
    """Token m is a relative and the next a passive verb of firing whose agent follows it bare, as Indonesian puts it
    (`yang dilancarkan koalisi`, `yang diluncurkan Rusia`: launched by); not one whose `oleh` follows (`_by_agent`)."""
    if not (lex.agent_after_noun and sent.tokens[m].lower in lex.relatives and m + 2 < hi):
        return False
    verb = sent.tokens[m + 1]
    return (
        passive_prefixed(verb.lower, lex)
        and bool(lex.light_verbs.match_at(sent.stems, m + 1))
        and sent.tokens[m + 2].lower not in lex.agent_markers
        and sent.tokens[m + 2].lower not in lex.prepositions  # `yang diluncurkan dari Yaman`: whence, not by whom
    )


def _accused(sent: Sentence, cue: int, lo: int, lex: Lexicon) -> tuple[int, int] | None:
    """`accused the RSF of shelling`, `blamed Russian forces for the strike`, `обвинил ВСУ в обстреле`: the party
    between an accusing verb and the link word before the strike word at `cue` is the one accused of it."""
    link = cue - 1
    # `accused the army of (its own deadly) attacks`: whose the attacks are is the accused's own
    skipped = (lex.determiners | lex.possessives | {"own"}) - lex.accusation_links
    while link >= lo and sent.tokens[link].lower in skipped:
        link -= 1
    # `accused Russia of launching a missile attack`, `of carrying out the strike`: the accused's own act (a light
    # verb of one or two words)
    for start in range(max(lo, link - 1), link + 1):
        act = lex.light_verbs.match_at(sent.stems, start, link + 1)
        if act and start + act[0] == link + 1:
            link = start - 1
            break
    if link < lo or sent.tokens[link].lower not in lex.accusation_links:
        return None
    np = _np_before(sent, link, lo, lex)
    if not np or not _is_actor(sent, *np, lex):
        return None
    verb = np[0] - 1
    while verb >= 0 and sent.tokens[verb].lower in lex.determiners:
        verb -= 1
    if verb < 0 or not lex.accusing_verbs.match_at(sent.stems, verb):
        return None
    return _to_last_actor_word(sent, *np, lex)


def _verb_at(sent: Sentence, k: int, hi: int, lex: Lexicon) -> bool:
    """Token k, past auxiliaries, is a verb."""
    while k < hi and sent.tokens[k].lower in lex.auxiliaries:
        k += 1
    return k < hi and is_verb(sent.tokens[k], lex)


def _modifier(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word that neither starts a new phrase (a verb, a preposition, a relative, a conjunction, a
    demonstrative, a negation) nor is a number: a word that can qualify the noun before it."""
    word = tok.lower
    return (
        tok.is_word
        and not tok.is_capitalised
        and not word.isdecimal()
        and not is_verb(tok, lex)
        and word not in lex.prepositions
        and word not in lex.boundaries
        and word not in lex.relatives
        and word not in lex.coordinators
        and word not in lex.demonstratives
        and word not in lex.negation
        and word not in lex.auxiliaries
        and word not in lex.numbers
    )


def _gloss(sent: Sentence, k: int, hi: int) -> bool:
    """Tokens k..k+2 are one word in brackets (`(drone)`): a gloss of the word before, in another language."""
    toks = sent.tokens
    return k + 2 < hi and toks[k].text == "(" and toks[k + 1].is_word and toks[k + 2].text == ")"


def _responsible(sent: Sentence, cue: int, lex: Lexicon) -> tuple[int, int] | None:
    """`Israel has claimed responsibility for a series of overnight strikes`, `Ukraina bertanggung jawab atas ledakan`:
    the actor a strike is owned by, the phrase's object within a few words before the strike word. The phrase may
    open before the clause (`Israel has claimed | responsibility for ...` reads as its speaker's claim); not `No
    group has claimed responsibility`, nor `troops were behind the front line when shelling hit`."""
    toks = sent.tokens
    for j in range(cue - 1, max(0, cue - RESPONSIBILITY_REACH) - 1, -1):
        m = lex.responsibility.match_at(sent.words, j)
        if not m or j + m[0] > cue:
            continue
        between = toks[j + m[0] : cue]
        if any(not t.is_word or t.lower in lex.boundaries or is_verb(t, lex) for t in between):
            return None
        np = _np_before(sent, j, 0, lex)
        if np is None and j > 0 and toks[j - 1].text == ",":
            # `the Islamic Resistance in Iraq, a loose alliance of Iran-linked armed groups, claimed responsibility`:
            # the name before the appositive
            opening = next((k for k in range(j - 2, max(0, j - APPOSITIVE_REACH) - 1, -1) if toks[k].text == ","), None)
            np = _np_before(sent, opening, 0, lex) if opening is not None else None
        if np is None or not _is_actor(sent, *np, lex):
            return None
        if any(t.lower in lex.negation for t in toks[max(0, np[0] - 1) : j]):
            return None
        return _to_last_actor_word(sent, *np, lex)
    return None


def own_side(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    """`its forces`, `pasukannya`, `(AFRICOM said) it had conducted`: the claimant's own side."""
    toks = sent.tokens[lo:hi]
    if len(toks) == 1 and toks[0].lower in lex.own_pronouns:
        return True
    return any(t.lower in lex.possessives or _possessed(t, lex) for t in toks)


def _possessed(tok: Token, lex: Lexicon) -> bool:
    """`pasukannya` (its forces): a possessive suffix, not on a quantifier (`Setidaknya 10 roket`) or a frequent
    adverb that ends alike (`sebelumnya`, `lainnya`)."""
    return (
        tok.lower.endswith(tuple(lex.possessive_suffixes) or ("\0",))
        and not lex.casualty_gap.match_at([frozenset({tok.lower})], 0)
        and zipf(tok.lower, lex.language) < FREQUENT_ZIPF
    )


def enemy_side(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    """`the enemy has fired on`, `musuh menembaki`: the speaker's adversary."""
    return any(sent.stems[k] & lex.enemy_words for k in range(lo, hi))


def _ordinary(tok: Token, lex: Lexicon) -> bool:
    """A word capitalised for no name: a determiner, a stop word, an auxiliary, a day or a month (`Wednesday's
    attack`)."""
    word = tok.lower.removesuffix("'s").removesuffix("’s")
    return (
        word in lex.determiners
        or word in lex.stopwords
        or word in lex.auxiliaries
        or word in lex.weekdays
        or word in lex.months
    )


def _maker(sent: Sentence, s: int, e: int, lex: Lexicon) -> bool:
    """The country word at [s, e) names who made a weapon, not who fired it: `Iranian-made`, `made in Iran`, `buatan
    Iran`, `иранского производства`."""
    toks = sent.tokens
    if toks[e - 1].lower.endswith(lex.maker_suffixes):
        return True
    before = " ".join(t.lower for t in toks[max(0, s - 2) : s])
    after = " ".join(t.lower for t in toks[e : e + 2])
    return any(f" {before}".endswith(f" {m}") or f"{after} ".startswith(f"{m} ") for m in lex.makers)


def attacker_countries(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> list[str]:
    """The states named in an attacker's phrase, but for the makers of its weapons (`Russia launched Iranian-made`)
    and the patrons of its fighters (`Iran-aligned Houthi militants`: the Houthis fired)."""
    makers = {
        cc
        for s, e, cc in lex.countries.find_all(sent.stems, lo, hi)
        if _maker(sent, s, e, lex) or _patron(sent, s, lex)
    }
    return [cc for cc in countries_in(sent, lo, hi, lex) if cc not in makers]


def _patron(sent: Sentence, s: int, lex: Lexicon) -> bool:
    """The country word at s names a fighter's patron: `Iran-aligned`, `backed by Iran`, `yang didukung Iran`."""
    return sent.tokens[s].lower.partition("-")[2] in lex.patronage or _patron_phrase_start(sent, s, lex) is not None


def _patron_phrase_start(sent: Sentence, s: int, lex: Lexicon) -> int | None:
    """Where the patron phrase right before token s starts, with its relative word (`yang didukung`)."""
    start = patron_phrase_before(sent, s, lex)
    if start is None:
        return None
    return start - (start > 0 and sent.tokens[start - 1].lower in lex.relatives)


def _made(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> set[int]:
    """The tokens of [lo, hi) that name a weapon's maker (`Iranian-made`, `buatan Iran`) or a holiday that dates the
    strike (`the New Year's Eve strike`): words that may be capitalised but name no actor."""
    made = {k for s, e, _ in lex.countries.find_all(sent.stems, lo, hi) if _maker(sent, s, e, lex) for k in range(s, e)}
    # a holiday is found in the whole sentence: the phrase may reach into [lo, hi) from before it
    return made | {k for s, e, _ in lex.holidays.find_all(sent.words) for k in range(max(s, lo), min(e, hi))}


def _opens(sent: Sentence, k: int) -> bool:
    """Token k opens the sentence, or its text after a dateline or a quote mark (`Sanaa: Pesawat jet tempur ...`):
    its capital letter says nothing of a name."""
    return k == 0 or sent.tokens[k - 1].text in OPENING_MARKS


def _is_actor(sent: Sentence, lo: int, hi: int, lex: Lexicon) -> bool:
    """An actor word, a country, or a capital letter that marks a name: not one that a number word or a strike word
    owes to opening the sentence (`Dua orang tewas akibat serangan`, `Serangan drone pada malam hari`), nor the maker
    of a weapon (`drone Shahed buatan Iran itu menghantam`)."""
    made = _made(sent, lo, hi, lex)
    return bool(
        lex.actors.find_all(sent.stems, lo, hi)
        or any(s not in made for s, _, _ in lex.countries.find_all(sent.stems, lo, hi))
        or any(
            sent.tokens[k].is_capitalised
            and k not in made
            and not _ordinary(sent.tokens[k], lex)
            and sent.tokens[k].lower not in lex.numbers
            and not lex.actions.match_at(sent.stems, k)
            and not (_opens(sent, k) and zipf(sent.tokens[k].lower, lex.language) >= FREQUENT_ZIPF)  # `Another strike`
            for k in range(lo, hi)
        )
    )


def _to_last_actor_word(sent: Sentence, s: int, e: int, lex: Lexicon) -> tuple[int, int]:
    """The phrase up to its last actor, country or capitalised word: what makes it an actor. A verb-first sentence
    puts the object right after the subject (`قصفت قوات الدعم السريع الفاشر بالمدفعية`: the RSF shelled El Fasher with
    artillery), and the struck place must stay out of the attacker, as must a weapon's maker (`Russia launched
    Iranian-made drones`)."""
    made = _made(sent, s, e, lex)
    ends = [m_e for _, m_e, _ in lex.actors.find_all(sent.stems, s, e)]
    ends += [c_e for c_s, c_e, _ in lex.countries.find_all(sent.stems, s, e) if c_s not in made]
    ends += [k + 1 for k in range(s, e) if sent.tokens[k].is_capitalised and k not in made]
    if not ends:
        return s, e
    hi = max(ends)
    if hi < e and sent.tokens[hi].text == ")" and any(t.text == "(" for t in sent.tokens[s:hi]):
        hi += 1  # `Amerika Serikat (AS)`: a short name in brackets closes with them
    return s, hi


def suffered(sent: Sentence, s: int, e: int, hi: int, cues: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """The strike word at [s, e) is what its subject came under: `came under (a heavy) drone attack`, where only
    lowercase words lie between `under` and it, or `попал под удар`, a strike word right after `под`. `удар под
    Белгородом` (a strike near Belgorod) and `Под Курском ВСУ атаковали` are no such thing."""
    cue_at = {k for a, b, _ in cues for k in range(a, b)}
    toks = sent.tokens
    for k in range(s - 1, max(-1, s - 1 - EXPOSURE_REACH), -1):
        if toks[k].lower in lex.exposure_words:
            return True
        if not (k in cue_at or (toks[k].is_word and not toks[k].is_capitalised)):
            break
    return e < hi - 1 and toks[e].lower in lex.exposure_words and e + 1 in cue_at


def find_attacker(
    sent: Sentence, lo: int, hi: int, cues: list[tuple[int, int, str]], lex: Lexicon
) -> tuple[int, int] | None:
    """The accused party of the first strike cue that names one: agent of an active verb, `oleh`/`by` agent of a
    passive one, or a country word right after an action noun (`serangan udara Israel`)."""
    hurt = False
    for s, e, weapon in cues:
        tok = sent.tokens[s]
        j = s - 1
        while j >= lo and sent.tokens[j].lower in lex.auxiliaries:
            j -= 1
        # `was shelled`, `has been shelled`: a passive auxiliary among the auxiliaries before it
        helpers = range(max(j, lo), s)
        passive = passive_prefixed(tok.lower, lex) or any(
            sent.tokens[k].lower in lex.passive_auxiliaries for k in helpers
        )
        if passive:
            for m in range(e, min(hi, e + 8)):
                if sent.tokens[m].lower in lex.agent_markers:
                    np = _np_after(sent, m + 1, hi, lex)
                    if np and _is_actor(sent, *np, lex):
                        return np
            continue
        if suffered(sent, s, e, hi, cues, lex):
            hurt = True
            continue  # `Kharkiv came under drone attack`, `Киев попал под удар`: the subject suffered the strike
        anchor = _light_verb_ending(sent, s - 1, lo, lex)
        j, modifiers = s - 1, 0
        # `launched strikes`, `carried out a precise strike`: an article and a few modifiers may stand between the
        # light verb and the strike word
        while anchor is None and j >= lo:
            if sent.tokens[j].text in QUOTES or sent.tokens[j].lower in lex.determiners:
                j -= 1
            elif modifiers < MODIFIER_WORDS and _modifier(sent.tokens[j], lex):
                j, modifiers = j - 1, modifiers + 1
            else:
                break
            anchor = _light_verb_ending(sent, j, lo, lex)
        anchor = s if anchor is None else anchor
        accused = _accused(sent, s, lo, lex) or _responsible(sent, s, lex)
        if accused:
            return accused
        np = _np_before(sent, anchor, lo, lex) if anchor < s or not _is_noun(tok, lex) else None
        patron = _patron_phrase_start(sent, np[0], lex) if np else None
        fighters = _np_before(sent, patron, lo, lex) if patron else None
        if np and fighters and _is_actor(sent, *fighters, lex):  # `Militias backed by Iran fired`: the militias
            np = (fighters[0], np[1])
        # `it came under shelling ... and that it hit a depot`: a speaker that suffered one strike of its clause is
        # not the attacker of all
        if np and (_is_actor(sent, *np, lex) or (own_side(sent, *np, lex) and not hurt)):
            return _to_last_actor_word(sent, *np, lex)
        # `Rudal Rusia merusak ...`: a weapon word is a noun too
        if lex.agent_after_noun and (_is_noun(tok, lex) or weapon in WEAPON_WORDS):
            k, modifiers = e, 0
            while k < hi:
                if _gloss(sent, k, hi):  # `pesawat nirawak (drone) Rusia`: a gloss in brackets
                    k += 3
                elif action := lex.actions.match_at(sent.stems, k):
                    k += action[0]  # the whole weapon phrase: `pesawat tak berawak`
                elif sent.tokens[k].text in QUOTES:
                    k += 1
                elif holiday := lex.holidays.match_at(sent.words, k, hi):
                    k += holiday[0]  # `serangan malam Natal Israel`: the holiday dates it
                elif (
                    sent.tokens[k].lower in lex.coordinators and k + 1 < hi and lex.actions.match_at(sent.stems, k + 1)
                ):
                    k += 1  # `serangan rudal dan drone Rusia`, `serangan drone atau pesawat tak berawak Rusia`
                elif modifiers < MODIFIER_WORDS and _modifier(sent.tokens[k], lex):
                    k, modifiers = k + 1, modifiers + 1
                else:
                    break
            m = lex.countries.match_at(sent.stems, k) if k < hi else None
            # a weapon's country is its user when the weapon does the verb after it (`Rudal Rusia merusak`) or is
            # the agent of a passive verb right before it (`dihantam rudal balistik Iran`), not in `drone Shahed Iran
            # yang diluncurkan Rusia`, where the drone is described
            agent = s > lo and passive_prefixed(sent.tokens[s - 1].lower, lex)
            if (
                m
                and not _maker(sent, k, k + m[0], lex)
                and (_is_noun(tok, lex) or agent or _verb_at(sent, k + m[0], hi, lex))
            ):
                return (k, k + m[0])
        if lex.agent_after_cue:
            after = _agent_after(sent, e, hi, lex)
            if after:
                return after
        fired = _light_verb_before(sent, s, lo, lex)
        np = _np_before(sent, fired, lo, lex) if fired is not None else None
        if np and _is_actor(sent, *np, lex):
            return _to_last_actor_word(sent, *np, lex)
        by = _by_agent(sent, e, hi, lex)
        if by:
            return by
    return None


def weapon_owner(
    sent: Sentence, lo: int, hi: int, cues: list[tuple[int, int, str]], lex: Lexicon
) -> tuple[int, int] | None:
    """The state named on a weapon shot down (`shot down two Ukrainian drones`, `menembak jatuh drone Ukraina`): the
    side that launched it, unless it only made it (`Iranian-made drones`) or names its model's maker (`drone Shahed
    Iran`, `Iranian Shahed drones`)."""
    for s, e, weapon in cues:
        if weapon not in WEAPON_WORDS or (s > 0 and sent.tokens[s].is_capitalised):
            continue
        spans = [(a, b) for a, b, _ in lex.countries.find_all(sent.stems, max(lo, s - 2), s) if b == s]
        if (lex.agent_after_noun or lex.agent_after_cue) and e < hi and (m := lex.countries.match_at(sent.stems, e)):
            spans.append((e, e + m[0]))
        # `a drone belonging to the UAE`, `drone bersenjata milik UEA`: an owner a word or two after the weapon
        for _, b, _ in lex.owners.find_all(sent.words, e, min(hi, e + OWNER_REACH + 2)):
            k = b
            while k < hi and sent.tokens[k].lower in lex.determiners:
                k += 1
            if k < hi and (m := lex.countries.match_at(sent.stems, k)):
                spans.append((k, k + m[0]))
        for a, b in spans:
            if not _maker(sent, a, b, lex):
                return a, b
    return None


def _agent_after(sent: Sentence, e: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """The phrase after a strike word up to the armed group or the demonym it names within a few words (`غارة
    إسرائيلية`, `قصفت قوات الدعم السريع`, `سلاح الجو للاحتلال الإسرائيلي`). A country's name there is its target
    (`قصف جنوب لبنان`), and so is whatever follows a target word or a preposition (`مواقع قوات الدعم السريع`)."""
    for k in range(e, min(hi, e + AGENT_AFTER_REACH)):
        tok = sent.tokens[k]
        if not tok.is_word or tok.lower in lex.prepositions or lex.targets.match_at(sent.stems, k):
            return None
        m = lex.group_homes.match_at(sent.stems, k)
        if m:
            return (e, k + m[0])
        m = lex.countries.match_at(sent.stems, k)
        if m:
            last = sent.tokens[k + m[0] - 1].lower
            return (e, k + m[0]) if last.endswith(tuple(lex.demonym_suffixes) or ("\0",)) else None
    return None


def _light_verb_ending(sent: Sentence, j: int, lo: int, lex: Lexicon) -> int | None:
    """The start of a light verb (`launched`, `carried out`) whose last word is token j, else None."""
    for v in (j, j - 1):
        light = lex.light_verbs.match_at(sent.stems, v) if v >= lo else None
        if light and v + light[0] == j + 1:
            return v
    return None


def _light_verb_before(sent: Sentence, cue: int, lo: int, lex: Lexicon) -> int | None:
    """The verb that fired the weapon word at `cue` across the words between (`Иран выпустил по Израилю около 500
    ракет`: Iran fired some 500 missiles at Israel): its subject is the attacker. Between them only the weapon's
    target, count and other weapon words may stand (prepositions, places, numbers, `около`, `about`), never another
    noun (`sent aid to victims of the air strike`, `launched an investigation into the strike`)."""
    if not any(s <= cue < e and a in WEAPON_WORDS for s, e, a in lex.actions.find_all(sent.stems, cue, cue + 1)):
        return None
    placed = _placed(sent)
    for j in range(cue - 1, max(lo, cue - LIGHT_VERB_REACH) - 1, -1):
        if lex.light_verbs.match_at(sent.stems, j):
            return j
        tok = sent.tokens[j]
        if not (
            tok.text.isdecimal()
            or j in placed
            or tok.lower in lex.prepositions
            or tok.lower in lex.determiners
            or tok.lower in lex.numbers
            or tok.lower in lex.quantifiers
            or lex.actions.match_at(sent.stems, j)
        ):
            return None
    return None
