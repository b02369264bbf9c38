"""Articles from what a user gives: files, folders, JSON lines, stdin or an upload. The CLI, the app and ingest read
through here, so a bad line or file is treated the same everywhere: told (with its name and line) and skipped, the
rest read."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from geo.errors import InputError
from geo.model import Article
from geo.text import decode_bytes

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
Warn = Callable[[str], None]


def warn_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def json_objects(text: str, name: str, warn: Warn) -> Iterator[tuple[int, dict | None]]:
    """(line number, object) for every line that is not blank; one that is no JSON object is told to `warn` (with
    the file's name and the line's number) and comes as None."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            warn(f"{name}:{lineno}: not JSON ({exc.msg})")
            obj = None
        else:
            if not isinstance(obj, dict):
                warn(f"{name}:{lineno}: not a JSON object")
                obj = None
        yield lineno, obj


def jsonl_articles(text: str, name: str, published: str | None, warn: Warn) -> Iterator[Article]:
    """One article per line of {"text", "published", "url", "id"}; a bad line is told to `warn` and skipped."""
    count = 0
    for lineno, obj in json_objects(text, name, warn):
        if obj is None:
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            warn(f'{name}:{lineno}: no "text"; skipped')
            continue
        count += 1
        doc_id = obj.get("id")
        yield Article(
            document=str(doc_id) if doc_id not in (None, "") else f"{name}#{lineno}",
            text=body,
            published=obj.get("published") or published,
            url=obj.get("url"),
        )
    if count == 0:
        raise InputError(f'{name} has no usable JSON lines with a "text" field')


def bytes_articles(raw: bytes, name: str, published: str | None, warn: Warn = warn_stderr) -> list[Article]:
    """The articles in one file's bytes: JSON lines for a `.jsonl` name (or stdin starting with `{`), else one."""
    looks_jsonl = Path(name).suffix.lower() == ".jsonl" or (name == "stdin" and raw.lstrip().startswith(b"{"))
    text = decode_bytes(raw, name)
    if looks_jsonl:
        return list(jsonl_articles(text, name, published, warn))
    return [Article(Path(name).name, text, published, None)]


def read_input(item: str) -> bytes:
    """The bytes of a file, or of standard input for `-`; an unreadable file is an InputError."""
    if item == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(item).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {item}: {exc.strerror or exc}") from exc


def _file_articles(path: Path, published: str | None, warn: Warn) -> list[Article]:
    return bytes_articles(read_input(str(path)), str(path), published, warn)


def read_articles(inputs: list[str], published: str | None, warn: Warn = warn_stderr) -> list[Article]:
    """Expand files, folders (their .txt/.html/.jsonl files) and `-` (stdin) into articles. A bad file inside a
    folder is told to `warn` and skipped; a bad file named on its own is an InputError."""
    articles: list[Article] = []
    for item in inputs:
        if item == "-":
            articles.extend(bytes_articles(read_input(item), "stdin", published, warn))
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(f"{path} holds no .txt, .html or .jsonl files")
            for file in files:
                try:
                    articles.extend(_file_articles(file, published, warn))
                except InputError as exc:
                    warn(f"{exc}; skipped")
        elif path.exists():
            articles.extend(_file_articles(path, published, warn))
        else:
            raise InputError(f"{path} does not exist")
    if not articles:
        raise InputError("no articles to read in the input")
    return articles
