"""A document too long to read in one piece, cut into parts at paragraph boundaries, so extraction time and memory
stay bounded by the part size whatever the document's size."""

from __future__ import annotations

import re

_PARAGRAPH_END = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def _cut(paragraph: str, max_chars: int) -> list[str]:
    """A paragraph longer than a part: cut after the last sentence end before the limit, else at a space, else
    at the limit."""
    pieces = []
    while len(paragraph) > max_chars:
        window = paragraph[:max_chars]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        at = ends[-1] if ends and ends[-1] > max_chars // 2 else window.rfind(" ") + 1 or max_chars
        pieces.append(paragraph[:at])
        paragraph = paragraph[at:]
    if paragraph:
        pieces.append(paragraph)
    return pieces


def split_paragraphs(text: str, max_chars: int) -> list[str]:
    """Consecutive paragraphs gathered into parts of at most `max_chars` characters; joined, the parts are the text."""
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        for piece in _cut(line, max_chars) if len(line) > max_chars else [line]:
            if current and len(current) + len(piece) > max_chars:
                parts.append(current)
                current = ""
            current += piece
    if current:
        parts.append(current)
    return parts
