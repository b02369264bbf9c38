"""'Kursk Oblast', 'Provinsi Idlib', 'province of Idlib': the place name inside an administrative phrase."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """Folded unit words from data/unit_words.txt (one word or phrase per line)."""
    text = resources.files("gazetteer.data").joinpath("unit_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def strip_unit_words(key: str) -> str | None:
    """The folded key without unit words at either end (`kursk oblast` -> `kursk`), or None if nothing was stripped
    or nothing is left."""
    words = unit_words()
    tokens = key.split()
    start, end = 0, len(tokens)
    changed = True
    while changed and start < end:
        changed = False
        for size in (2, 1):
            if end - start > size and " ".join(tokens[start : start + size]) in words:
                start, changed = start + size, True
                break
            if end - start > size and " ".join(tokens[end - size : end]) in words:
                end, changed = end - size, True
                break
    if (start, end) == (0, len(tokens)) or start >= end:
        return None
    return " ".join(tokens[start:end])
