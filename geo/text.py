"""Article input to one normalised text: HTML to text, encoding, language, paragraphs and sentences with char spans."""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import NamedTuple

from geo.errors import InputError
from geo.lexicon import Lexicon, available_languages, load_lexicon

FALLBACK_LANGUAGE = "en"

_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|head|br|span|h[1-6])\b", re.IGNORECASE)
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc but newline and tab
_LETTER = re.compile(r"[^\W\d_]")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")


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
    lower: str
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
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        first = word[0]
        capitalised = first.isupper() or ("-" in word and word.rsplit("-", 1)[-1][:1].isupper())  # al-Balah
        tokens.append(Token(word, m.start(), m.end(), word.lower(), first.isalnum() or first == "_", capitalised))
    return tuple(tokens)


def token_texts(text: str, start: int, end: int) -> list[str]:
    """Lowercase words and punctuation marks of a short stretch, uncached (gaps between two mentions)."""
    return [t.lower() for t in _TOKEN.findall(text, start, end)]


def decode_bytes(raw: bytes, name: str) -> str:
    """Bytes of an uploaded or read file to text; binary or undecodable content is an InputError."""
    if not raw or not raw.strip():
        raise InputError(f"{name} is empty")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None:
            raise InputError(f"{name} is not text (binary or unknown encoding)") from None
        text = str(best)
    if "\x00" in text or _control_ratio(text) > 0.01:
        raise InputError(f"{name} is not text (it contains binary data)")
    return text


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / max(len(text), 1)


class _TextOnly(HTMLParser):
    """Fallback HTML stripper: keeps text, drops script/style, breaks lines at block elements."""

    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "title"}
    )
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:5000]))


@dataclass(frozen=True, slots=True)
class _HtmlArticle:
    text: str
    title: str | None
    published: str | None
    publisher: str | None
    url: str | None


def html_to_text(markup: str) -> _HtmlArticle:
    """The article body of an HTML page (trafilatura), or all visible text when trafilatura finds no body."""
    import trafilatura

    body = trafilatura.extract(markup, favor_recall=True, include_comments=False, include_tables=False)
    meta = trafilatura.extract_metadata(markup)
    if not body or len(body.strip()) < 40:
        stripper = _TextOnly()
        stripper.feed(markup)
        body = "".join(stripper.parts)
    return _HtmlArticle(
        text=body,
        title=getattr(meta, "title", None),
        published=getattr(meta, "date", None),
        publisher=getattr(meta, "sitename", None),
        url=getattr(meta, "url", None),
    )


def clean_text(text: str) -> str:
    """NFC, one kind of newline, no control characters, single spaces, paragraphs separated by one newline."""
    text = unicodedata.normalize("NFC", html.unescape(text) if "&" in text and ";" in text else text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    text = _CONTROL.sub("", text)
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


@functools.cache
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def detect_language(text: str, languages: tuple[str, ...] | None = None) -> str:
    """The most likely language among those we have lexicons for (py3langid, offline); English when unsure."""
    languages = languages or available_languages()
    if len(languages) == 1:
        return languages[0]
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return FALLBACK_LANGUAGE if FALLBACK_LANGUAGE in languages else languages[0]
    lang, prob = _identifier(tuple(sorted(languages))).classify(sample)
    return lang if prob >= 0.5 else FALLBACK_LANGUAGE


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


def split_sentences(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[Span]:
    """Sentence spans of one paragraph: break after . ! ? (and closing quotes) before a capital, digit or quote."""
    spans: list[Span] = []
    quotes = _quote_regions(text, start, end)
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        nxt = re.match(r"\s+(\S)", text[cut : min(end, cut + 4)])
        if cut < end and not (nxt and (nxt.group(1).isupper() or nxt.group(1).isdigit() or nxt.group(1) in "\"“'«(")):
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


FURNITURE_MAX_WORDS = 15
FURNITURE_HEAD_CHARS = 60
HEADING_MAX_WORDS = 20
_SENTENCE_END = tuple('.!?"”’»:')


def is_heading(paragraph: str) -> bool:
    """A headline or subheading: short and not ended like a sentence. It names what the body reports, so reports
    come from the body (with its claimants and dates), not from the title."""
    stripped = paragraph.rstrip()
    return not stripped.endswith(_SENTENCE_END) and len(stripped.split()) <= HEADING_MAX_WORDS


def is_furniture(line: str, lex: Lexicon) -> bool:
    """A `Baca juga:` / `Read more:` link, an advert, a credit line or a photo caption: page furniture, not claims."""
    lowered = line.lower()
    if any(mark in lowered for mark in lex.caption_marks):
        return True
    if not any(ch.isalpha() for ch in line):
        return True  # `___`, `***`
    words = [m for m in _TOKEN.finditer(line, 0, FURNITURE_HEAD_CHARS) if m.group()[0].isalnum()]
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
    if len(_LETTER.findall(text, 0, 4000)) < 3 and sum(ch.isalpha() for ch in text) < 3:
        raise InputError("the article has no text to read")
    languages = available_languages()
    if lang == "auto":
        lang = detect_language(text, languages)
    elif lang not in languages:
        raise InputError(f"no lexicon for language {lang!r}; use one of: auto, {', '.join(languages)}")
    lex = load_lexicon(lang)
    text = "\n".join(line for line in text.split("\n") if not is_furniture(line, lex))
    if not text:
        raise InputError("the article has no text to read (only links, captions and credits)")
    abbreviations = lex.abbreviations
    paragraphs: list[Span] = []
    sentences: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        para = Span(pos, pos + len(line))
        paragraphs.append(para)
        sentences.extend(split_sentences(text, para.start, para.end, abbreviations))
        pos = para.end + 1
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
