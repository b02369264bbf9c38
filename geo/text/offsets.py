"""Cleaning that remembers where each character came from, so a span found in the clean text can be given back as
indices into the text exactly as the user gave it (`geo places`: `text[start:end]` is the surface form).

The steps are `clean_text`'s and the furniture filter's, written as substitutions on a `MappedText`; a test checks
they give the same text as `normalise` on every kind of input.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from geo.lexicon import Lexicon
from geo.text.markup import looks_like_html
from geo.text.normalise import CONTROL, SOFT_WRAP, inline_links, is_furniture

# html.unescape's own pattern: each match is replaced by what html.unescape makes of it.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_HIDDEN_ELEMENTS = re.compile(r"(?is)<(script|style|noscript|template|svg|head)\b.*?</\1\s*>")
_BLOCK_TAG = re.compile(r"(?i)</?(p|div|br|li|h[1-6]|tr|article|section|title)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class MappedText:
    """Text whose character i came from `source[starts[i]:ends[i]]`."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, source: str) -> MappedText:
        return cls(source, tuple(range(len(source))), tuple(range(1, len(source) + 1)))

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> MappedText:
        """`pattern.sub(repl, text)`, each replacement character mapped to the whole span it replaced."""
        text, starts, ends = [], [], []
        at = 0
        for m in pattern.finditer(self.text):
            if m.start() == m.end():
                continue
            new = repl if isinstance(repl, str) else repl(m)
            if new == m.group():  # most single spaces: the text and its map stay as they are
                continue
            text.append(self.text[at : m.start()])
            starts.extend(self.starts[at : m.start()])
            ends.extend(self.ends[at : m.start()])
            text.append(new)
            starts.extend([self.starts[m.start()]] * len(new))
            ends.extend([self.ends[m.end() - 1]] * len(new))
            at = m.end()
        if at == 0 and not text:
            return self
        text.append(self.text[at:])
        starts.extend(self.starts[at:])
        ends.extend(self.ends[at:])
        return MappedText("".join(text), tuple(starts), tuple(ends))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source that characters [start, end) of this text came from."""
        return self.starts[start], self.ends[end - 1]

    def aligned_to(self, other: str) -> MappedText:
        """`other` (a near copy of this text) mapped to the same source: matching runs map through, the rest to the
        nearest character before. For the rare input whose clean text `normalise` cleans once more."""
        starts, ends = [0] * len(other), [0] * len(other)
        matcher = SequenceMatcher(None, other, self.text, autojunk=False)
        last = (self.starts[0], self.ends[0]) if self.text else (0, 0)
        mapped = dict.fromkeys(range(len(other)))
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                mapped[a + k] = b + k
        for i in range(len(other)):
            j = mapped[i]
            if j is not None:
                last = (self.starts[j], self.ends[j])
            starts[i], ends[i] = last
        return MappedText(other, tuple(starts), tuple(ends))


def _nfc(mapped: MappedText) -> MappedText:
    """NFC one character cluster (a base and its combining marks) at a time, each mapped to its cluster."""
    text, starts, ends = [], [], []
    cluster = 0
    for i in range(1, len(mapped.text) + 1):
        if i < len(mapped.text) and unicodedata.combining(mapped.text[i]):
            continue
        new = unicodedata.normalize("NFC", mapped.text[cluster:i])
        text.append(new)
        starts.extend([mapped.starts[cluster]] * len(new))
        ends.extend([mapped.ends[i - 1]] * len(new))
        cluster = i
    return MappedText("".join(text), tuple(starts), tuple(ends))


def clean_mapped(source: str) -> MappedText:
    """`clean_text(source)` (HTML tags dropped first when it is a page), with each character's origin."""
    mapped = MappedText.of(source)
    if looks_like_html(source):
        mapped = mapped.sub(_HIDDEN_ELEMENTS, " ").sub(_BLOCK_TAG, "\n").sub(_TAG, "")
    if "&" in mapped.text and ";" in mapped.text:
        mapped = mapped.sub(_CHARREF, lambda m: html.unescape(m.group()))
    if not unicodedata.is_normalized("NFC", mapped.text):
        mapped = _nfc(mapped)
    mapped = mapped.sub(re.compile(r"\r\n?"), "\n").sub(re.compile("\u00a0"), " ").sub(re.compile("\u200b"), "")
    mapped = mapped.sub(CONTROL, "")
    mapped = mapped.sub(re.compile(r"[ \t\f\v]+"), " ").sub(re.compile(r"(?m)^[^\S\n]+|[^\S\n]+$"), "")
    return mapped.sub(re.compile(r"\n{2,}"), "\n").sub(re.compile(r"^\n+|\n+$"), "").sub(SOFT_WRAP, " ")


def drop_furniture(mapped: MappedText, lex: Lexicon) -> MappedText:
    """The text without its furniture lines (`Read more: ...`, credits, captions) and the links run into its
    paragraphs, as `normalise` drops them."""
    mapped = mapped.sub(inline_links(lex.inline_links), "")
    kept = [line for line in re.finditer(r"[^\n]+", mapped.text) if not is_furniture(line.group(), lex)]
    if len(kept) == mapped.text.count("\n") + 1:
        return mapped
    text = "\n".join(line.group() for line in kept)
    starts: list[int] = []
    ends: list[int] = []
    for n, line in enumerate(kept):
        if n:  # the joining newline stands where the line break before this line stood
            starts.append(mapped.starts[line.start() - 1])
            ends.append(mapped.ends[line.start() - 1])
        starts.extend(mapped.starts[line.start() : line.end()])
        ends.extend(mapped.ends[line.start() : line.end()])
    return MappedText(text, tuple(starts), tuple(ends))
