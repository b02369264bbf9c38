"""'Kursk Oblast', 'Provinsi Idlib', 'province of Idlib': the place name inside an administrative phrase."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def unit_words() -> tuple[frozenset[str], frozenset[str]]:
    """(unit words, connectors) from data/unit_words.txt: one folded word or phrase per line, connectors with `~`."""
    text = resources.files("gazetteer.data").joinpath("unit_words.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return (frozenset(w for w in lines if w[0] != "~"), frozenset(w[1:] for w in lines if w[0] == "~"))


def strip_unit_words(key: str) -> str | None:
    """The folded key without unit words at either end (`province of idlib` -> `idlib`), or None when no unit word
    was there (`of kharkiv` stays a miss) or nothing is left."""
    if " " not in key:
        return None
    units, connectors = unit_words()
    tokens = key.split()
    start, end, found_unit = 0, len(tokens), False
    changed = True
    while changed and start < end:
        changed = False
        for size in (2, 1):
            head, tail = " ".join(tokens[start : start + size]), " ".join(tokens[end - size : end])
            if end - start > size and (head in units or head in connectors):
                start, changed, found_unit = start + size, True, found_unit or head in units
                break
            if end - start > size and (tail in units or tail in connectors):
                end, changed, found_unit = end - size, True, found_unit or tail in units
                break
    inner = " ".join(tokens[start:end])
    if not found_unit or start >= end or inner in connectors or inner in units:
        return None
    return inner
