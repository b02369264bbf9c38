"""Name keys: one folded form per spelling, and a looser skeleton that merges transliteration variants."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

_APOSTROPHES = re.compile(r"['`´ʹʻʼʽʾʿ‘’]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")


def fold(name: str) -> str:
    """Case-, diacritic- and script-insensitive key: `Gəncə` -> `gence`, `Харків` -> `kharkiv`."""
    text = _APOSTROPHES.sub("", anyascii(_APOSTROPHES.sub("", name)).lower())
    return _NON_ALNUM.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _variant_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Transliteration rules live in data (variant_rules.tsv), applied in file order."""
    text = resources.files("gazetteer.data").joinpath("variant_rules.tsv").read_text(encoding="utf-8")
    rules = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, _, replacement = line.partition("\t")
        rules.append((re.compile(pattern), replacement.strip()))
    return tuple(rules)


def skeleton(key: str) -> str:
    """Looser key of a folded name: `gyandzha`, `gandja`, `ganja` -> one skeleton; `kharkov`/`harkov` too."""
    for pattern, replacement in _variant_rules():
        key = pattern.sub(replacement, key)
    return _DOUBLED.sub(r"\1", key)
