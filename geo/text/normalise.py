"""Article input to one normalised Document: HTML to text, clean characters, language, paragraphs and sentences."""

from __future__ import annotations

import functools
import html
import re
import unicodedata

from geo.errors import InputError
from geo.lexicon import Lexicon, available_languages, load_lexicon
from geo.text.document import TOKEN, Document, Span
from geo.text.language import LETTER, detect_language
from geo.text.markup import html_to_text, looks_like_html
from geo.text.sentences import split_sentences

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc but newline and tab
# A wire story wrapped at a fixed width breaks its sentences over lines: a line that stops mid-phrase (no sentence
# end) before one that goes on in lowercase (`... the drone\nfired two missiles`) is one paragraph.
SOFT_WRAP = re.compile(r"(?<=[\w,;])\n(?=[a-zа-яёіїєґ])")


def clean_text(text: str) -> str:
    """NFC, one kind of newline, no control characters, single spaces, paragraphs separated by one newline."""
    text = unicodedata.normalize("NFC", html.unescape(text) if "&" in text and ";" in text else text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    text = CONTROL.sub("", text)
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return SOFT_WRAP.sub(" ", "\n".join(line for line in lines if line))


FURNITURE_MAX_WORDS = 15
CAPTION_MAX_WORDS = 60  # longer than any caption seen in the dev articles; a whole article in one line is not one
FURNITURE_HEAD_CHARS = 60
HEADING_MAX_WORDS = 20
_SENTENCE_END = tuple('.!?"”’»:؟')


def is_heading(paragraph: str) -> bool:
    """A headline or subheading: short and not ended like a sentence. It names what the body reports, so reports
    come from the body (with its claimants and dates), not from the title."""
    stripped = paragraph.rstrip()
    return not stripped.endswith(_SENTENCE_END) and len(stripped.split()) <= HEADING_MAX_WORDS


@functools.cache
def inline_links(markers: tuple[str, ...]) -> re.Pattern[str]:
    """A link to another story run into a paragraph: its marker and colon, then its headline up to the capitalised
    word followed by two lower-case ones that starts the text again (`... Rudal ke Israel Pentagon mengkonfirmasi
    serangan`), or the paragraph's end. A headline in sentence case is left, as its end cannot be told."""
    alternatives = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    headline = r" ?(?=[A-Z][^\s]* [A-Z])[^\n]+?"  # title case: its first two words capitalised
    return re.compile(rf"(?<=[.!?\"”’]) (?i:{alternatives}) ?:{headline}(?= [A-Z][^\s]* [a-z][^\s]* [a-z]|$)", re.M)


def is_furniture(line: str, lex: Lexicon) -> bool:
    """A `Baca juga:` / `Read more:` link, an advert, a credit line or a photo caption: page furniture, not claims."""
    lowered = line.lower()
    if any(mark in lowered for mark in lex.caption_marks) and len(line.split()) <= CAPTION_MAX_WORDS:
        return True  # a photo caption or credit; a paragraph that merely contains `(PHOTO: ...)` is still text
    if not any(ch.isalpha() for ch in line):
        return True  # `___`, `***`
    words = [m for m in TOKEN.finditer(line, 0, FURNITURE_HEAD_CHARS) if m.group()[0].isalnum()]
    if not words or words[0].group().lower() not in lex.furniture_starts.heads:
        return False
    m = lex.furniture_starts.match_at([frozenset({w.group().lower()}) for w in words], 0)
    if not m:
        return False
    after = line[words[m[0] - 1].end() :].lstrip()[:1]
    return after == ":" or len(line.split()) <= FURNITURE_MAX_WORDS


def normalise(
    text: str,
    *,
    lang: str = "auto",
    title: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Document:
    """Text or HTML to a Document; `lang` is an ISO 639-1 code we have a lexicon for, or "auto"."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("the article is empty")
    if looks_like_html(text):
        article = html_to_text(text)
        text = article.text
        title = title or article.title
        published = published or article.published
        publisher = publisher or article.publisher
        url = url or article.url
    text = clean_text(text)
    if len(LETTER.findall(text, 0, 4000)) < 3 and sum(ch.isalpha() for ch in text) < 3:
        raise InputError("the article has no text to read")
    languages = available_languages()
    if lang == "auto":
        lang = detect_language(text, languages)
    elif lang not in languages:
        raise InputError(f"no lexicon for language {lang!r}; use one of: auto, {', '.join(languages)}")
    lex = load_lexicon(lang)
    text = inline_links(lex.inline_links).sub("", text)
    text = "\n".join(line for line in text.split("\n") if not is_furniture(line, lex))
    if not text:
        raise InputError("the article has no text to read (only links, captions and credits)")
    abbreviations = lex.abbreviations
    paragraphs: list[Span] = []
    sentences: list[Span] = []
    pos = 0
    listing = False
    for line in text.split("\n"):
        para = Span(pos, pos + len(line))
        pos = para.end + 1
        # `... terjadi di empat lokasi utama:` then `Tel Aviv: 13 orang luka ringan` a line: the short lines of a list
        # after a line that introduces it are that line's paragraph (alone, each would read as a heading)
        listing = bool(paragraphs) and (listing or text[para.start - 2] == ":") and is_heading(line)
        paragraphs.append(Span(paragraphs.pop().start, para.end) if listing else para)
    for para in paragraphs:
        sentences.extend(split_sentences(text, para.start, para.end, abbreviations))
    return Document(
        text=text,
        language=lang,
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        title=title,
        published=published,
        publisher=publisher,
        url=url,
    )
