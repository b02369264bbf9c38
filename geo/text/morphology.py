"""Inflected place names to the nominative (в Белгороде -> Белгород, у Харкові -> Харків) with pymorphy3 and the
dictionaries that ship in `pymorphy3-dicts-ru` and `pymorphy3-dicts-uk`; languages without an analyser get none."""

from __future__ import annotations

import functools
import itertools

MAX_PARSES = 4  # an inflected word has a handful of readings; the gazetteer decides which one names a place
MAX_FORMS = 6


@functools.cache
def _analyser(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.lru_cache(maxsize=65536)
def _word_forms(word: str, lang: str) -> tuple[str, ...]:
    """The nominative singular readings of one word, most likely first, the word's own capitals kept."""
    forms: list[str] = []
    for parse in _analyser(lang).parse(word)[:MAX_PARSES]:
        grammemes = set(parse.tag.grammemes)  # membership by set: the dictionaries differ in grammemes (`Geox`)
        if not ({"NOUN", "ADJF"} & grammemes):
            continue
        number = "plur" if "Pltm" in grammemes else "sing"
        inflected = parse.inflect({"nomn", number}) or parse.inflect({"nomn"})
        for candidate in (inflected.word if inflected else None, parse.normal_form):
            if candidate and candidate not in forms:
                forms.append(candidate)
    return tuple(_recase(word, f) for f in forms)


def _recase(original: str, form: str) -> str:
    """`Харкові` -> `Харків`: the analyser answers in lowercase; names keep their capitals (and hyphenated parts)."""
    parts = form.split("-")
    originals = original.split("-")
    return "-".join(
        p[:1].upper() + p[1:] if i < len(originals) and originals[i][:1].isupper() else p for i, p in enumerate(parts)
    )


def nominatives(name: str, lang: str) -> tuple[str, ...]:
    """Nominative readings of a (multi-word) name in `lang` (`Харьковской области` -> `Харьковская область`), the
    name itself excluded; empty when `lang` has no analyser."""
    if not lang:
        return ()
    words = name.split(" ")
    options = [(w, *_word_forms(w, lang)) if w[:1].isalpha() else (w,) for w in words]
    out = []
    combos = sorted(itertools.product(*(range(len(o)) for o in options)), key=sum)  # each word's likeliest first
    for combo in combos[: MAX_FORMS * 2]:
        form = " ".join(options[k][i] for k, i in enumerate(combo))
        if form != name and form not in out:
            out.append(form)
    return tuple(out[:MAX_FORMS])


def adjective_lemma(word: str, lang: str) -> str | None:
    """The masculine nominative of an adjective (`Купянского` -> `купянский`), or None when it is no adjective."""
    if not lang:
        return None
    for parse in _analyser(lang).parse(word)[:MAX_PARSES]:
        if "ADJF" in parse.tag:
            return parse.normal_form
    return None


PERSON_GRAMMEMES = frozenset({"Surn", "Patr"})


def reading(word: str, lang: str) -> str | None:
    """What the analyser reads a capitalised word as first, when that says it is no place: `surname` (`Петрова`,
    `Гладков`) or `adjective` (`Мирний` житель); None when it may be a place or `lang` has no analyser."""
    if not lang:
        return None
    parses = _analyser(lang).parse(word)[:MAX_PARSES]
    if not parses or any("Geox" in set(p.tag.grammemes) for p in parses):
        return None
    top = set(parses[0].tag.grammemes)
    if top & PERSON_GRAMMEMES:
        return "surname"
    if "ADJF" in top:
        return "adjective"
    return None
