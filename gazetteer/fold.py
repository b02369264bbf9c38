"""Name keys: one folded form per spelling, and a looser skeleton that merges transliteration variants."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

_APOSTROPHES = re.compile(r"['`´ʹʻʼʽʾʿ‘’]")
# One letter for each written variant that news spells either way: Russian ё/е; Arabic hamza seats and alef forms,
# alef maqsura/yeh, Persian yeh and kaf; Arabic short-vowel marks and the tatweel are dropped. (Taa marbuta and heh
# both fold to `h`.) Applied to index names and to the words of articles alike.
_LETTERS = str.maketrans(
    {"ё": "е", "Ё": "Е", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ک": "ك",
     "ة": "ه", "ـ": None, **{chr(c): None for c in (*range(0x064B, 0x0660), 0x0670)}}
)  # fmt: skip


def unify_letters(text: str) -> str:
    """`Орёл` -> `Орел`, `إسرائيل` -> `اسرائيل`, `غزة` -> `غزه`, vowel marks dropped (length may shrink)."""
    return text if text.isascii() else text.translate(_LETTERS)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")


def spelling(name: str) -> str:
    """Exact written form up to case and Unicode normalisation: `Şuşa` stays distinct from `Susa`."""
    return unify_letters(unicodedata.normalize("NFC", name).casefold().strip())


@lru_cache(maxsize=1 << 16)  # an article's words repeat, and the same words come back article after article
def fold(name: str) -> str:
    """Case-, diacritic- and script-insensitive key: `Gəncə` -> `gence`, `Харків` -> `kharkiv`."""
    text = _APOSTROPHES.sub("", anyascii(_APOSTROPHES.sub("", unify_letters(name))).lower())
    return _NON_ALNUM.sub(" ", text).strip()


_REGEX_SYNTAX = re.compile(r"[\\()\[\]|.*+?^$]")
_NOT_LITERAL = re.compile(r"\[[^\]]*\]|\\[a-zA-Z]|[()|.*+?^$]")


@lru_cache(maxsize=1)
def _variant_rules() -> tuple[tuple[str, re.Pattern[str] | None, str], ...]:
    """Rules from data (variant_rules.tsv) in file order, as (literal the key must contain, regex or None, repl).

    Plain rules run as `str.replace` and every rule is skipped unless its literal part occurs: `has_name` calls
    this for every n-gram of every article, so it must stay in the low microseconds.
    """
    text = resources.files("gazetteer.data").joinpath("variant_rules.tsv").read_text(encoding="utf-8")
    rules: list[tuple[str, re.Pattern[str] | None, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, _, replacement = line.partition("\t")
        if _REGEX_SYNTAX.search(pattern):
            rules.append((_NOT_LITERAL.sub("", pattern), re.compile(pattern), replacement.strip()))
        else:
            rules.append((pattern, None, replacement.strip()))
    return tuple(rules)


@lru_cache(maxsize=1 << 16)
def skeleton(key: str) -> str:
    """Looser key of a folded name: `gyandzha`, `gandja`, `ganja` -> one skeleton; `kharkov`/`harkov` too."""
    for literal, regex, replacement in _variant_rules():
        if literal in key:
            key = key.replace(literal, replacement) if regex is None else regex.sub(replacement, key)
    return _DOUBLED.sub(r"\1", key)


def joined(key: str) -> str:
    """The skeleton of a name written as one word: `Khan Younis` and `Khanyounis`, `Shakar Garh` and `Shakargarh`
    share it. Kept apart from `skeleton` (whose words stay apart) and tried last: joining every name's words lost
    more names than it found (BENCHMARKS.md)."""
    return skeleton(key.replace(" ", ""))


# The Arabic article as romanised names write it (`El Obeid`, `Al-Fashir`, `Ad Damazin`, `Ash Shihr`, `Aş Şalīf`),
# folded; news often drops it or writes it unassimilated (`Obeid`, `Al-Salif`).
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|al ad|el ad) (?=\S{4})")


def without_article(key: str) -> str | None:
    """`el obeid` -> `obeid`; None when the folded key has no article or too short a rest to be a name alone."""
    bare = _ARABIC_ARTICLE.sub("", key, count=1)
    return bare if bare != key else None
