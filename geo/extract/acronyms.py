"""Acronyms an article spells out (`the Arakan Army (AA)`, `the Arakan Army, or AA,`): a later bare `AA` is that body,
neither a place nor a speaker of no known side."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from geo.text import Token


def spelt_out(tokens: Sequence[Token], alternatives: Collection[str]) -> Iterator[tuple[str, int, int]]:
    """(acronym, start, end) for each acronym in `tokens` that follows its full name, tokens [start, end): in
    brackets (`the Arakan Army (AA)`) or after a comma and a list joiner (`the Arakan Army, or AA,`; `alternatives`
    are the language's joiners). The acronym must be the initials of the name's capitalised words: `Jakarta (ANTARA)`
    spells out nothing."""
    for k in range(2, len(tokens) - 1):
        acronym = tokens[k].text
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            continue
        bracketed = tokens[k - 1].text == "(" and tokens[k + 1].text == ")"
        restated = tokens[k - 1].lower in alternatives and tokens[k - 2].text == "," and tokens[k + 1].text == ","
        if not (bracketed or restated):
            continue
        end = k - 1 if bracketed else k - 2
        start = _initialled(tokens, end, acronym)
        if start is not None:
            yield acronym, start, end


def _initialled(tokens: Sequence[Token], end: int, acronym: str) -> int | None:
    """Where the name that `acronym` abbreviates starts, reading back from `end` over capitalised words (small
    joining words such as `of` skipped), or None when the initials differ."""
    k, letters = end, acronym
    while letters and k > 0:
        k -= 1
        tok = tokens[k]
        if not tok.is_word:
            return None
        if not tok.is_capitalised:
            if tok.text.islower() and len(tok.text) <= 3:
                continue  # `of`, `for`, `and`
            return None
        if tok.text[0].upper() != letters[-1]:
            return None
        letters = letters[:-1]
    return k if not letters else None
