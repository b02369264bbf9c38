"""Ordinary words that are also place names (`Kota`, `Barat`, `Of`): per-language stop lists kept as data files."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from gazetteer.fold import unify_letters


@cache
def stoplist(lang: str) -> frozenset[str]:
    """Lowercase words of gazetteer/stoplists/<lang>.txt (one per line, `#` comments); empty if none ships."""
    resource = resources.files("gazetteer.stoplists").joinpath(f"{lang}.txt")
    if not resource.is_file():
        return frozenset()
    lines = resource.read_text(encoding="utf-8").splitlines()
    return frozenset(unify_letters(w.strip().lower()) for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Languages that have a stop list."""
    root = resources.files("gazetteer.stoplists")
    return tuple(sorted(p.name.removesuffix(".txt") for p in root.iterdir() if p.name.endswith(".txt")))


def is_common_word(word: str, lang: str) -> bool:
    """True when `word` is an everyday word of `lang`, so it names a place only with other evidence."""
    return unify_letters(word.strip().lower()) in stoplist(lang)


def is_common_in_any_language(word: str) -> bool:
    """For callers that do not know the text's language (the gated fuzzy search)."""
    lowered = unify_letters(word.strip().lower())
    return any(lowered in stoplist(lang) for lang in languages())
