"""HTML pages to article text and metadata (trafilatura, with a plain stripper when it finds no body)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|head|br|span|h[1-6])\b", re.IGNORECASE)


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
class HtmlArticle:
    text: str
    title: str | None
    published: str | None
    publisher: str | None
    url: str | None


def html_to_text(markup: str) -> HtmlArticle:
    """The article body of an HTML page (trafilatura), or all visible text when trafilatura finds no body."""
    import trafilatura

    body = trafilatura.extract(markup, favor_recall=True, include_comments=False, include_tables=False)
    meta = trafilatura.extract_metadata(markup)
    if not body or len(body.strip()) < 40:
        stripper = _TextOnly()
        stripper.feed(markup)
        body = "".join(stripper.parts)
    return HtmlArticle(
        text=body,
        title=getattr(meta, "title", None),
        published=getattr(meta, "date", None),
        publisher=getattr(meta, "sitename", None),
        url=getattr(meta, "url", None),
    )
