"""Sentence spans of a paragraph: breaks after . ! ? that are not abbreviations or inside quotes."""

from __future__ import annotations

import re

from geo.text.document import Span

_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’"}
# A break is followed by space; a page that lost the space after a bracket (`Minggu (19/11/2023).Walikota Moskow`)
# or after a word (`pada Selasa pagi.Belum ada laporan`) still breaks there before a capitalised word; not inside a
# name or an address (`U.S.`, `Oerban.com`, `St.Petersburg`).
_BOUNDARY = re.compile(r"[.!?…؟]+[\"'”’»)\]]*(?=\s+|$)|(?<=[)\]])\.(?=[^\W\d_]{2})|(?<=[a-z]{3})\.(?=[A-Z][a-z])")


def _quote_regions(text: str, start: int, end: int) -> list[Span]:
    """Quoted stretches of one paragraph (straight and typographic quotes); sentences do not break inside them."""
    regions: list[Span] = []
    i = start
    while i < end:
        ch = text[i]
        close = '"' if ch == '"' else _OPEN_QUOTES.get(ch)
        if close and ch != "‘":
            j = text.find(close, i + 1, end)
            if j != -1 and j - i < 600:
                regions.append(Span(i, j + 1))
                i = j + 1
                continue
        i += 1
    return regions


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """True when the '.' at `dot` ends an abbreviation (`Dr.`, `U.S.`, `Gen.`) or a single initial (`J.`)."""
    m = re.search(r"(\w+(?:\.\w+)*)$", text[max(0, dot - 30) : dot])
    if not m:
        return False
    word = m.group(1)
    return len(word) == 1 or word.lower() in abbreviations or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def _starts_sentence(ch: str) -> bool:
    """A capital, a digit, an opening quote, or any letter of a script without capitals (Arabic)."""
    return ch.isupper() or ch.isdigit() or ch in "\"“'«(" or (ch.isalpha() and ch.lower() == ch.upper())


def split_sentences(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[Span]:
    """Sentence spans of one paragraph: break after . ! ? (and closing quotes) before a capital, digit or quote."""
    spans: list[Span] = []
    quotes = _quote_regions(text, start, end)
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        nxt = re.match(r"\s*(\S)", text[cut : min(end, cut + 4)])
        if cut < end and not (nxt and _starts_sentence(nxt.group(1))):
            continue
        if (
            m.group()[0] == "."
            and len(m.group().rstrip("\"'”’»)]")) == 1
            and _is_abbreviation(text, m.start(), abbreviations)
        ):
            continue
        if any(q.start < m.start() < q.end - 1 for q in quotes):
            continue
        if text[sent_start:cut].strip():
            spans.append(Span(sent_start, cut))
        sent_start = cut
        while sent_start < end and text[sent_start].isspace():
            sent_start += 1
    if sent_start < end and text[sent_start:end].strip():
        spans.append(Span(sent_start, end))
    return spans
