"""Bounded, gated fuzzy matching: finds `Mingechavir` for `Mingachevir` without turning common words into places."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from gazetteer.common_words import is_common_in_any_language
from gazetteer.fold import fold

MIN_LETTERS = 6


def max_distance(key: str, *, restricted: bool) -> int:
    """Edit distance allowed for a folded key: within named countries 1 up to 8 letters, 2 beyond; worldwide the
    second edit needs 10+ letters (`Mingechavir` still reaches `Mingachevir`)."""
    return 1 if len(key) <= (8 if restricted else 9) else 2


def fuzzy_gate(name: str) -> str | None:
    """The folded key when `name` may be fuzzy-matched (capitalised, >= 6 letters, not a common word), else None."""
    stripped = name.strip()
    if not stripped or not stripped[0].isupper() or is_common_in_any_language(stripped):
        return None
    key = fold(stripped)
    if sum(ch.isalpha() for ch in key) < MIN_LETTERS:
        return None
    return key


def closest_keys(key: str, pool: Iterable[str], limit: int, *, restricted: bool) -> list[tuple[str, int]]:
    """(key, distance) of pool keys within the allowed distance that share the first letter, closest first."""
    allowed = max_distance(key, restricted=restricted)
    first = key[0]
    choices: Sequence[str] = [k for k in pool if k and k[0] == first and abs(len(k) - len(key)) <= allowed]
    found = process.extract(key, choices, scorer=Levenshtein.distance, score_cutoff=allowed, limit=limit)
    return sorted(((match, int(distance)) for match, distance, _ in found if distance > 0), key=lambda m: m[1])
