"""The countries an article names: as places (`in Armenia`) or only as a fighting side (`Russian forces`)."""

from __future__ import annotations

from geo.lexicon import Lexicon, load_lexicon
from geo.text import Document, tokenize


def named_countries(doc: Document) -> list[str]:
    """ISO codes the article names with country words and demonyms (`orang-orang Armenia`, `Ukrainian city`)."""
    places, sides = country_words(doc)
    return list(dict.fromkeys(places + sides))


def place_countries(doc: Document) -> list[str]:
    """The named countries the article's places are likely in. A demonym on armed forces or a weapon (`Russian
    forces`, `Russian drones`, `pasukan Armenia`) names who fought, not where: it does not pull places there."""
    return country_words(doc)[0]


def country_words(doc: Document) -> tuple[list[str], list[str]]:
    """(countries named as such in text order, then the homes of the armed groups named (`the Houthis`: Yemen) not
    named so; countries named only as a fighting side)."""
    lex = load_lexicon(doc.language)
    found: dict[str, None] = {}
    sides: dict[str, None] = {}
    homes: dict[str, None] = {}
    for span in doc.sentences:
        words = [t for t in tokenize(doc.text, span.start, span.end) if t.is_word]
        stems = [lex.stems(t.lower) for t in words]
        for s, e, cc in lex.countries.find_all(stems):
            _, hyphen, rest = words[s].lower.partition("-")
            if rest in lex.patronage:
                continue  # `Iran-backed`, `Iranian-made`: who helped or armed a side, neither where nor who fought
            allegiance = bool(hyphen)  # `Russian-installed`, `Saudi-led`: whose side, not where
            side = allegiance or any(0 <= k < len(stems) and _attacking(stems, k, lex) for k in (s - 1, e))
            (sides if side else found)[cc] = None
        for _, _, cc in lex.group_homes.find_all(stems):
            homes[cc] = None  # `the Houthis` tell of Yemen, `al-Shabaab` of Somalia, though no sentence names them
    found.update(dict.fromkeys(c for c in homes if c not in found))
    return list(found), [cc for cc in sides if cc not in found]


def _attacking(stems: list[frozenset[str]], k: int, lex: Lexicon) -> bool:
    """Word k is armed forces or a weapon (`forces`, `drones`), the side a demonym next to it names."""
    actor = lex.actors.match_at(stems, k)
    return bool((actor and actor[1] == "military") or lex.actions.match_at(stems, k))
