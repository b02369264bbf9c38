"""Documents out of whatever a corpus comes as: folders of text and HTML, JSON lines, CSV, Parquet, RSS/Atom feeds,
WARC/ARC web archives, and any of these inside .gz, .zst or .zip. Everything streams: a large dump is read a row or a
record at a time. A document that cannot be read comes out with its reason, so the run logs it and goes on."""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from geo.errors import InputError
from geo.text import decode_bytes
from geo.text.markup import html_to_text, looks_like_html

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")
PARQUET_SUFFIXES = (".parquet", ".pq")
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")
WARC_SUFFIXES = (".warc", ".arc")
COMPRESSED_SUFFIXES = (".gz", ".zst", ".zip")
KNOWN_SUFFIXES = (
    TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES
)


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How to read tabular sources and what is too big to read at all."""

    text_col: str = "text"
    date_col: str = "published"
    url_col: str = "url"
    title_col: str = "title"
    id_col: str = "id"
    max_bytes: int = 32_000_000  # larger is refused, not split (a 50 MB blob is no article)
    fetch: Callable[[str], bytes] | None = None  # set only with --fetch


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """One document as read: its stable name (report ids derive from it), its text (or, from a file or an archive,
    its undecoded bytes in `raw`), and what the source says of it; or, when it could not be read, `error` with the
    reason and no text. Decoding and taking the article out of HTML are left to `prepare`, which the run has done
    in its worker processes, so reading stays light and the heavy part runs on every core."""

    name: str
    source: str
    text: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    error: str | None = None
    raw: bytes | None = None


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD from an ISO date or timestamp, an RFC 822 date (feeds) or a datetime; None when it is neither."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def too_large(size: int, limit: int) -> str:
    """The error reason for a document over the size limit."""
    return f"too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)"


def _plain(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def text_doc(name: str, source: str, text: str, title=None, url=None, published=None, max_bytes=0) -> SourceDoc:
    """A document from text, which may be HTML (`prepare` takes the article out of it)."""
    if max_bytes and len(text) > max_bytes:
        return SourceDoc(name, source, error=too_large(len(text), max_bytes))
    return SourceDoc(name, source, text=text, title=_plain(title), url=_plain(url), published=iso_date(published))


def bytes_doc(name: str, source: str, raw: bytes, max_bytes: int, **meta) -> SourceDoc:
    """A document from raw bytes, decoded by `prepare` (binary or undecodable content becomes an error there)."""
    if len(raw) > max_bytes:
        return SourceDoc(name, source, error=too_large(len(raw), max_bytes))
    meta = {
        "title": _plain(meta.get("title")),
        "url": _plain(meta.get("url")),
        "published": iso_date(meta.get("published")),
    }
    return SourceDoc(name, source, raw=raw, **meta)


def prepare(doc: SourceDoc) -> SourceDoc:
    """The document as plain text: bytes decoded, the article body taken out of an HTML page (so copies of one wire
    story on many sites compare as the same text), or the reason it has no text."""
    if doc.error is not None:
        return doc
    text = doc.text
    if doc.raw is not None:
        try:
            text = decode_bytes(doc.raw, doc.name)
        except InputError as exc:
            return SourceDoc(doc.name, doc.source, error=str(exc).removeprefix(f"{doc.name} "))
    assert text is not None
    title, url, published = doc.title, doc.url, doc.published
    if looks_like_html(text):
        page = html_to_text(text)
        text = page.text
        title = title or _plain(page.title)
        url = url or _plain(page.url)
        published = published or iso_date(page.published)
    if not text or not text.strip():
        return SourceDoc(doc.name, doc.source, error="no text")
    return SourceDoc(doc.name, doc.source, text=text, title=title, url=url, published=published)


def _row_doc(row: dict, i: int, source: str, opts: SourceOptions) -> SourceDoc:
    """A table row or JSON line as a document, named by its id column, else by its row number."""
    doc_id = _plain(row.get(opts.id_col))
    name = f"{source}#{doc_id}" if doc_id else f"{source}#{i}"
    text = row.get(opts.text_col)
    if not isinstance(text, str) or not text.strip():
        return SourceDoc(name, source, error=f'no text in column "{opts.text_col}"')
    meta = {"title": row.get(opts.title_col), "url": row.get(opts.url_col), "published": row.get(opts.date_col)}
    return text_doc(name, source, text, max_bytes=opts.max_bytes, **meta)


def _row_docs(rows: Iterator[dict], source: str, opts: SourceOptions) -> Iterator[SourceDoc]:
    for i, row in enumerate(rows, 1):
        yield _row_doc(row, i, source, opts)


def _jsonl_rows(stream: BinaryIO, source: str) -> Iterator[dict]:
    for lineno, line in enumerate(io.TextIOWrapper(stream, encoding="utf-8", errors="replace"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            obj = {"__error__": f"line {lineno} is not JSON ({exc.msg})"}
        yield obj if isinstance(obj, dict) else {"__error__": f"line {lineno} is not a JSON object"}


def _jsonl_docs(stream: BinaryIO, source: str, opts: SourceOptions) -> Iterator[SourceDoc]:
    for i, row in enumerate(_jsonl_rows(stream, source), 1):
        if "__error__" in row:
            yield SourceDoc(f"{source}#{i}", source, error=row["__error__"])
        else:
            yield _row_doc(row, i, source, opts)


def _csv_docs(stream: BinaryIO, source: str, opts: SourceOptions, delimiter: str) -> Iterator[SourceDoc]:
    csv.field_size_limit(opts.max_bytes + 1)
    reader = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace"), delimiter=delimiter)
    if reader.fieldnames is None or opts.text_col not in reader.fieldnames:
        yield SourceDoc(source, source, error=f'no column "{opts.text_col}" (use --text-col)')
        return
    yield from _row_docs(iter(reader), source, opts)


def _parquet_docs(stream: BinaryIO, source: str, opts: SourceOptions) -> Iterator[SourceDoc]:
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(stream)
    except Exception as exc:  # pyarrow raises several kinds for a file that is not Parquet
        yield SourceDoc(source, source, error=f"not a Parquet file ({exc})")
        return
    names = file.schema_arrow.names
    if opts.text_col not in names:
        yield SourceDoc(source, source, error=f'no column "{opts.text_col}" (use --text-col)')
        return
    wanted = [c for c in (opts.text_col, opts.date_col, opts.url_col, opts.title_col, opts.id_col) if c in names]
    rows = (row for batch in file.iter_batches(batch_size=512, columns=wanted) for row in batch.to_pylist())
    yield from _row_docs(rows, source, opts)


def _feed_docs(raw: bytes, source: str, opts: SourceOptions) -> Iterator[SourceDoc]:
    """One document per entry: the linked page when fetching is allowed, else the entry's own content."""
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.entries:
        reason = f"not a feed ({feed.bozo_exception})" if feed.get("bozo") else "a feed with no entries"
        yield SourceDoc(source, source, error=reason)
        return
    for i, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        name = link or f"{source}#{entry.get('id') or i}"
        meta = {"title": entry.get("title"), "url": link, "published": _entry_date(entry)}
        if opts.fetch is not None and link:
            try:
                yield bytes_doc(name, source, opts.fetch(link), opts.max_bytes, **meta)
            except InputError as exc:
                yield SourceDoc(name, source, error=str(exc))
            continue
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary")
        if not body:
            yield SourceDoc(name, source, error="feed entry with no content (use --fetch to read the linked page)")
            continue
        yield text_doc(name, source, body, max_bytes=opts.max_bytes, **meta)


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return iso_date(entry.get("published") or entry.get("updated"))


def _warc_docs(stream: BinaryIO, source: str, opts: SourceOptions) -> Iterator[SourceDoc]:
    """Every HTML (or plain text) response of a WARC or ARC file, named by its target URL."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and not any(t in ctype for t in ("html", "text/plain")):
                continue
            if record.http_headers and not record.http_headers.get_statuscode().startswith("2"):
                continue
            raw = record.content_stream().read(opts.max_bytes + 1)
            if len(raw) > opts.max_bytes:
                yield SourceDoc(url, source, error=too_large(len(raw), opts.max_bytes))
                continue
            yield bytes_doc(url, source, raw, opts.max_bytes, url=url)
    except ArchiveLoadFailed as exc:
        yield SourceDoc(source, source, error=f"not a WARC/ARC file ({str(exc).splitlines()[0]})")


def _decompressed(stream: BinaryIO, name: str) -> tuple[BinaryIO, str]:
    """The stream without its .gz or .zst layer, and the name without that suffix."""
    lower = name.lower()
    if lower.endswith(".gz") and not lower.endswith((".warc.gz", ".arc.gz")):
        return gzip.GzipFile(fileobj=stream), name[:-3]  # type: ignore[return-value]
    if lower.endswith(".zst"):
        import zstandard

        return zstandard.ZstdDecompressor().stream_reader(stream), name[:-4]  # type: ignore[return-value]
    return stream, name


def _kind(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    for suffixes, kind in (
        (TEXT_SUFFIXES, "text"),
        (HTML_SUFFIXES, "text"),
        (JSONL_SUFFIXES, "jsonl"),
        (CSV_SUFFIXES, "csv"),
        (PARQUET_SUFFIXES, "parquet"),
        (FEED_SUFFIXES, "feed"),
        (WARC_SUFFIXES, "warc"),
    ):
        if lower.endswith(suffixes):
            return kind
    return None


def is_source_file(name: str) -> bool:
    """Whether a folder's file is something ingest reads (compressed or not)."""
    lower = name.lower()
    if lower.endswith(".zip"):
        return True
    for suffix in (".gz", ".zst"):
        if lower.endswith(suffix) and not lower.endswith((".warc.gz", ".arc.gz")):
            lower = lower[: -len(suffix)]
    return _kind(lower) is not None


def stream_docs(stream: BinaryIO, name: str, size: int | None, opts: SourceOptions) -> Iterator[SourceDoc]:
    """The documents of one file given as a stream (a file on disk, a zip member, a fetched body)."""
    stream, inner = _decompressed(stream, name)
    kind = _kind(inner)
    try:
        if kind == "text":
            if size is not None and size > opts.max_bytes:
                yield SourceDoc(name, name, error=too_large(size, opts.max_bytes))
                return
            raw = stream.read(opts.max_bytes + 1)
            if len(raw) > opts.max_bytes:
                yield SourceDoc(name, name, error=too_large(len(raw), opts.max_bytes))
                return
            yield bytes_doc(name, name, raw, opts.max_bytes)
        elif kind == "jsonl":
            yield from _jsonl_docs(stream, name, opts)
        elif kind == "csv":
            yield from _csv_docs(stream, name, opts, "\t" if inner.lower().endswith(".tsv") else ",")
        elif kind == "parquet":
            yield from _parquet_docs(io.BytesIO(stream.read()) if not stream.seekable() else stream, name, opts)
        elif kind == "feed":
            yield from _feed_docs(stream.read(opts.max_bytes), name, opts)
        elif kind == "warc":
            yield from _warc_docs(stream, name, opts)
        else:
            yield SourceDoc(name, name, error="unknown kind of file (expected text, HTML, JSONL, CSV, Parquet, "
                            "a feed or a WARC)")  # fmt: skip
    except (OSError, EOFError, zipfile.BadZipFile, ValueError) as exc:
        # A truncated .gz, a corrupt .zst: what was read so far stands, the rest of the file is one error.
        yield SourceDoc(name, name, error=f"cannot read ({type(exc).__name__}: {str(exc)[:200]})")


def _zip_docs(path: Path, opts: SourceOptions) -> Iterator[SourceDoc]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        yield SourceDoc(str(path), str(path), error=f"not a zip file ({exc})")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir() or not is_source_file(info.filename):
                continue
            name = f"{path}!{info.filename}"
            if info.file_size > opts.max_bytes and _kind(info.filename) == "text":
                yield SourceDoc(name, name, error=too_large(info.file_size, opts.max_bytes))
                continue
            with archive.open(info) as member:
                yield from stream_docs(member, name, info.file_size, opts)  # type: ignore[arg-type]


def file_docs(path: Path, opts: SourceOptions) -> Iterator[SourceDoc]:
    """The documents of one file on disk."""
    if path.name.lower().endswith(".zip"):
        yield from _zip_docs(path, opts)
        return
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield SourceDoc(str(path), str(path), error=f"cannot open ({exc.strerror or exc})")
        return
    with stream:
        yield from stream_docs(stream, str(path), path.stat().st_size, opts)


def read_sources(items: list[str], opts: SourceOptions) -> Iterator[SourceDoc]:
    """Every document of every source, in a fixed order (folders sorted), so a re-run meets them in the same order.
    A missing path is an InputError raised before anything is read."""
    for item in items:
        if not item.startswith(("http://", "https://")) and not Path(item).exists():
            raise InputError(f"{item} does not exist")
        if item.startswith(("http://", "https://")) and opts.fetch is None:
            raise InputError(f"{item} is a URL: add --fetch to download it (ingest is offline by default)")
    for item in items:
        if item.startswith(("http://", "https://")):
            yield from url_docs(item, opts)
            continue
        path = Path(item)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and is_source_file(p.name)):
                yield from file_docs(file, opts)
        else:
            yield from file_docs(path, opts)


def url_docs(url: str, opts: SourceOptions) -> Iterator[SourceDoc]:
    """A fetched URL: a feed gives its entries (their pages fetched too), anything else is one page."""
    assert opts.fetch is not None
    try:
        raw = opts.fetch(url)
    except InputError as exc:
        yield SourceDoc(url, url, error=str(exc))
        return
    head = raw[:2000].lstrip().lower()
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        yield from _feed_docs(raw, url, opts)
    else:
        yield bytes_doc(url, url, raw, opts.max_bytes, url=url)


def estimate_total(items: list[str], opts: SourceOptions) -> int | None:
    """How many documents the sources hold, when that is cheap to know (files, JSON lines, Parquet row counts):
    it gives the progress bar its ETA. None when a source would have to be read to count (feeds, archives)."""
    total = 0
    for item in items:
        path = Path(item)
        files = (
            sorted(p for p in path.rglob("*") if p.is_file() and is_source_file(p.name)) if path.is_dir() else [path]
        )
        for file in files:
            kind = _kind(file.name)
            if kind == "text":
                total += 1
            elif kind == "jsonl":
                with file.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            elif kind == "parquet":
                import pyarrow.parquet as pq

                try:
                    total += pq.ParquetFile(file).metadata.num_rows
                except Exception:
                    return None
            else:
                return None
    return total
