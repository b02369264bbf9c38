"""Which alternate names are worth indexing."""

from __future__ import annotations

import csv
import io
import unicodedata
from importlib import resources

# Scripts whose romanisation by anyascii yields syllable strings ("zhan gu", "ha ken de") that collide with
# ordinary words in Latin text; their names are still found through the other spellings GeoNames lists.
_SKIPPED_SCRIPTS = (
    "CJK",
    "HIRAGANA",
    "KATAKANA",
    "HANGUL",
    "DEVANAGARI",
    "BENGALI",
    "GURMUKHI",
    "GUJARATI",
    "TAMIL",
    "TELUGU",
    "KANNADA",
    "MALAYALAM",
    "SINHALA",
    "THAI",
    "LAO",
    "TIBETAN",
    "MYANMAR",
    "ETHIOPIC",
    "KHMER",
    "ORIYA",
)


def worth_indexing(name: str) -> bool:
    """False for machine romanisations (`gngh`), airport codes (`KVD`) and syllabic/ideographic scripts."""
    if not name or not name.strip():
        return False
    first_letter = next((ch for ch in name if ch.isalpha()), None)
    if first_letter is None:
        return False
    if name.isascii():
        is_code = name.isupper() and len(name) <= 4  # IATA/ICAO codes (`KVD`) read as acronyms in text
        return any(ch.isupper() for ch in name) and not is_code
    for ch in name:
        if ch.isalpha():
            char_name = unicodedata.name(ch, "")
            if char_name.startswith(_SKIPPED_SCRIPTS):
                return False
    return True


def data_aliases(filename: str, key: str) -> dict[str, tuple[str, ...]]:
    """`key` column -> the `alias` column's names, from a CSV of the project's data (`gazetteer/data/`)."""
    text = resources.files("gazetteer.data").joinpath(filename).read_text(encoding="utf-8")
    aliases: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        aliases.setdefault(row[key], []).append(row["alias"])
    return {code: tuple(names) for code, names in aliases.items()}
