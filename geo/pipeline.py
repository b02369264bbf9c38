"""Articles in, StrikeReports out: the one path the CLI, the app and the evaluation share."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gazetteer import Gazetteer
from geo.errors import InputError
from geo.lexicon import Lexicon, load_lexicon
from geo.mentions import find_mentions
from geo.model import StrikeReport
from geo.reports import ReportSource, build_reports
from geo.resolve import resolve_mentions
from geo.text import Document, decode_bytes, normalise, tokenize

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
PROGRESS_MIN_DOCUMENTS = 20


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The local index, opened once per process (built on first use)."""
    return Gazetteer.open()


def named_countries(doc: Document) -> list[str]:
    """ISO codes the article names with country words and demonyms (`orang-orang Armenia`, `Ukrainian city`)."""
    places, sides = _country_words(doc)
    return list(dict.fromkeys(places + sides))


def place_countries(doc: Document) -> list[str]:
    """The named countries the article's places are likely in. A demonym on armed forces or a weapon (`Russian
    forces`, `Russian drones`, `pasukan Armenia`) names who fought, not where: it does not pull places there."""
    return _country_words(doc)[0]


def _country_words(doc: Document) -> tuple[list[str], list[str]]:
    """(countries named as such, countries named only as a fighting side), each in text order."""
    lex = load_lexicon(doc.language)
    found: dict[str, None] = {}
    sides: dict[str, None] = {}
    for span in doc.sentences:
        words = [t for t in tokenize(doc.text, span.start, span.end) if t.is_word]
        stems = [lex.stems(t.lower) for t in words]
        for s, e, cc in lex.countries.find_all(stems):
            allegiance = "-" in words[s].text  # `Russian-installed`, `Iran-backed`: whose side, not where
            side = allegiance or any(0 <= k < len(stems) and _attacking(stems, k, lex) for k in (s - 1, e))
            (sides if side else found)[cc] = None
    return list(found), [cc for cc in sides if cc not in found]


def _attacking(stems: list[frozenset[str]], k: int, lex: Lexicon) -> bool:
    """Word k is armed forces or a weapon (`forces`, `drones`), the side a demonym next to it names."""
    actor = lex.actors.match_at(stems, k)
    return bool((actor and actor[1] == "military") or lex.actions.match_at(stems, k))


def extract_document(doc: Document, source: ReportSource, gazetteer: Gazetteer | None = None) -> list[StrikeReport]:
    """Reports of an already normalised article (the app normalises uploads itself)."""
    gz = gazetteer or default_gazetteer()
    places, sides = _country_words(doc)
    countries = list(dict.fromkeys(places + sides))
    mentions = find_mentions(doc, gz, countries)
    return build_reports(doc, resolve_mentions(mentions, places, strays=countries), source)


def extract_text(
    text: str,
    *,
    document: str,
    published: str | None = None,
    lang: str = "auto",
    url: str | None = None,
    publisher: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[StrikeReport]:
    """Every strike report in one article (plain text or HTML); same input, same report ids."""
    doc = normalise(text, lang=lang, published=published, publisher=publisher, url=url)
    source = ReportSource(
        document=document,
        url=url or doc.url,
        publisher=publisher or doc.publisher,
        published=published or doc.published,
    )
    return extract_document(doc, source, gazetteer)


@dataclass(frozen=True, slots=True)
class _Article:
    document: str
    text: str
    published: str | None
    url: str | None


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _jsonl_articles(raw: bytes, name: str, published: str | None) -> Iterator[_Article]:
    """One article per line of {"text", "published", "url", "id"}; a bad line is reported and skipped."""
    text = decode_bytes(raw, name)
    count = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            _warn(f"{name}:{lineno}: not JSON ({exc.msg}); skipped")
            continue
        body = obj.get("text") if isinstance(obj, dict) else None
        if not isinstance(body, str) or not body.strip():
            _warn(f'{name}:{lineno}: no "text"; skipped')
            continue
        count += 1
        doc_id = obj.get("id")
        yield _Article(
            document=str(doc_id) if doc_id not in (None, "") else f"{name}#{lineno}",
            text=body,
            published=obj.get("published") or published,
            url=obj.get("url"),
        )
    if count == 0:
        raise InputError(f'{name} has no usable JSON lines with a "text" field')


def _file_articles(path: Path, published: str | None) -> list[_Article]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if path.suffix.lower() == ".jsonl":
        return list(_jsonl_articles(raw, str(path), published))
    return [_Article(path.name, decode_bytes(raw, str(path)), published, None)]


def _articles(inputs: list[str], published: str | None) -> list[_Article]:
    """Expand files, folders (their .txt/.html/.jsonl files) and `-` (stdin) into articles."""
    articles: list[_Article] = []
    for item in inputs:
        if item == "-":
            raw = sys.stdin.buffer.read()
            if raw.lstrip().startswith(b"{"):
                articles.extend(_jsonl_articles(raw, "stdin", published))
            else:
                articles.append(_Article("stdin", decode_bytes(raw, "stdin"), published, None))
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise InputError(f"{path} holds no .txt, .html or .jsonl files")
            for file in files:
                try:
                    articles.extend(_file_articles(file, published))
                except InputError as exc:
                    _warn(f"{exc}; skipped")
        elif path.exists():
            articles.extend(_file_articles(path, published))
        else:
            raise InputError(f"{path} does not exist")
    if not articles:
        raise InputError("no articles to read in the input")
    return articles


def extract_paths(inputs: list[str], *, published: str | None, lang: str) -> list[StrikeReport]:
    """Reports for every article in the inputs (`python -m geo extract`); a bad article in a batch is skipped."""
    from tqdm import tqdm

    articles = _articles(inputs, published)
    gz = default_gazetteer()
    reports: list[StrikeReport] = []
    progress = tqdm(articles, unit="doc", file=sys.stderr, disable=len(articles) < PROGRESS_MIN_DOCUMENTS)
    for article in progress:
        try:
            reports.extend(
                extract_text(
                    article.text,
                    document=article.document,
                    published=article.published,
                    lang=lang,
                    url=article.url,
                    gazetteer=gz,
                )
            )
        except InputError as exc:
            if len(articles) == 1:
                raise
            _warn(f"{article.document}: {exc}; skipped")
    return reports
