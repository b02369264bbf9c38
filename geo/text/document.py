"""The normalised article and its pieces: character spans, tokens and the Document every later stage points into."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from gazetteer.fold import unify_letters

# a word may carry combining marks (Arabic short vowels, decomposed accents), which `\w` alone would split it at
_W = r"[\w\u0300-\u036f\u064b-\u065f\u0670]"
TOKEN = re.compile(rf"{_W}+(?:[-'’.]{_W}+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) in the normalised text."""

    start: int
    end: int


class Token(NamedTuple):
    """A word or a punctuation mark with its span; `lower`, `is_word`, `is_capitalised` are precomputed because
    every matcher asks for them. A named tuple: articles make tens of thousands and a frozen dataclass is slow
    to build."""

    text: str
    start: int
    end: int
    lower: str  # lowercase with letter variants unified (gazetteer.fold.unify_letters)
    is_word: bool
    is_capitalised: bool


@dataclass(frozen=True)
class Document:
    """The normalised article every later stage points into: spans index `text`."""

    text: str
    language: str
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...]
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words (hyphens, apostrophes and inner dots kept: `Nagorno-Karabakh`, `U.S`) and single punctuation marks."""
    return list(_tokens(text, start, len(text) if end is None else end))


@functools.lru_cache(maxsize=4096)
def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Cached: mentions, reports and country detection all read the same sentences (str hashes are cached)."""
    tokens = []
    for m in TOKEN.finditer(text, start, end):
        word = m.group()
        first = word[0]
        capitalised = first.isupper() or ("-" in word and word.rsplit("-", 1)[-1][:1].isupper())  # al-Balah
        lower = unify_letters(word.lower())  # `ё`/`е` and Arabic letter variants read alike
        tokens.append(Token(word, m.start(), m.end(), lower, first.isalnum() or first == "_", capitalised))
    return tuple(tokens)


def token_texts(text: str, start: int, end: int) -> list[str]:
    """Lowercase words and punctuation marks of a short stretch, uncached (gaps between two mentions)."""
    return [unify_letters(t.lower()) for t in TOKEN.findall(text, start, end)]
