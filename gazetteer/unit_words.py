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


def strip_unit_words(key: str) -> tuple[str, ...]:
    """The folded key with its unit words taken off one end at a time, each step's form in order (`the madison
    county` -> `madison county`, `madison`): the first form the gazetteer knows is the name meant. Empty when no
    unit word was there (`of kharkiv` stays a miss) or nothing is left."""
    if " " not in key:
        return ()
    units, connectors = unit_words()
    tokens = key.split()
    start, end, found_unit = 0, len(tokens), False
    steps: list[str] = []
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
        if changed:
            steps.append(" ".join(tokens[start:end]))
    steps = [s for s in steps if s not in connectors and s not in units]
    return tuple(steps) if found_unit and steps and steps[-1] == " ".join(tokens[start:end]) else ()
