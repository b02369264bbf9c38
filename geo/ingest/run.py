"""The run: sources read in order and sent to the workers in chunks to be prepared (decoded, HTML taken out, hashed),
copies linked in the sources' order as the chunks come back, documents batched out to the workers to be extracted,
each batch committed once its reports are on disk. The run's own process only reads, links and commits, so it never
holds the workers up. A re-run (after a crash, or with new files) skips what the folder says is done."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from geo.ingest import dedup
from geo.ingest.executors import open_executor
from geo.ingest.output import DOCUMENTS, locked, read_table, remove_uncommitted, write_commit
from geo.ingest.progress import Progress
from geo.ingest.sources import SourceDoc, SourceOptions, estimate_total, read_sources
from geo.ingest.split import split_paragraphs
from geo.ingest.work import Batch, BatchResult, Prepared, Unit, prepare_docs, process_batch
from geo.text.markup import looks_like_html


@dataclass(frozen=True, slots=True)
class IngestOptions:
    lang: str = "auto"
    workers: int | None = None  # None: one a core; 0: in this process
    scheduler: str | None = None
    part_chars: int = 100_000  # a longer document is read in parts of at most this many characters
    batch_units: int = 200
    batch_chars: int = 1_000_000
    store_url: str | None = None
    add_to_store: bool = False


@dataclass
class Summary:
    documents: int = 0
    reports: int = 0
    errors: int = 0
    copies: int = 0
    skipped: int = 0
    seconds: float = 0.0
    worker_peak_mb: float = 0.0  # the largest peak resident memory of any worker
    batch_seconds: float = 0.0  # the workers' time inside extraction batches (against workers x seconds: how busy)


def _hash(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


@dataclass
class _Pending:
    """A batch on its way: the rows to commit once its reports are written."""

    batch: Batch
    rows: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    texts: dict[str, SourceDoc] = field(default_factory=dict)  # for --store


class _Run:
    def __init__(self, out: Path, opts: IngestOptions, progress: Progress, workers: int = 1) -> None:
        self.out = out
        self.opts = opts
        self.workers = workers
        self.target = opts.batch_units  # units in a full batch (fewer towards the end of a run)
        self.progress = progress
        self.run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.n_batches = 0
        self.done: set[str] = set()
        self.copies = dedup.CopyFinder()
        self.store = None
        self.worker_peak_mb = 0.0
        self.batch_seconds = 0.0
        self._new_batch()

    def load_done(self) -> None:
        """What earlier runs committed: their units are skipped, their originals are what later copies link to."""
        table = read_table(self.out, DOCUMENTS, ["unit_id", "seq", "part", "content_hash", "minhash", "status"])
        rows = sorted(table.to_pylist(), key=lambda r: (r["seq"], r["part"]))
        for row in rows:
            self.done.add(row["unit_id"])
            if row["status"] == "extracted" and row["content_hash"]:
                raw = row["minhash"]
                mh = dedup.signature_from_bytes(raw) if raw else None
                self.copies.add(row["unit_id"], row["content_hash"], mh, (row["seq"], row["part"]))

    def _new_batch(self) -> None:
        self.n_batches += 1
        batch_id = f"{self.run_id}-{self.n_batches:05d}"
        self.pending = _Pending(Batch(batch_id, (), str(self.out.resolve()), self.opts.lang, self.opts.add_to_store))
        self.units: list[Unit] = []
        self.chars = 0

    def _row(self, doc: SourceDoc, seq: int, unit_id: str, status: str, **extra) -> dict:
        row = {
            "unit_id": unit_id,
            "seq": seq,
            "name": doc.name,
            "source": doc.source,
            "url": doc.url,
            "title": doc.title,
            "published": doc.published,
            "status": status,
            "part": 1,
            "parts": 1,
            "chars": len(doc.text or ""),
            "n_reports": 0,
            "batch": self.pending.batch.batch_id,
        }
        row.update(extra)
        return row

    def skips(self, doc: SourceDoc) -> bool:
        """Whether a plain document was done by an earlier run: known before it is prepared, so a resumed run
        re-reads what it did before but does not prepare it again. Its id is that of its text: a UTF-8 file is
        decoded here for it (C speed); a page, or a file in another encoding, must be prepared first."""
        text = doc.text
        if text is None and doc.raw is not None:
            try:
                text = doc.raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
            except UnicodeDecodeError:
                return False
        if text is None or len(text) > self.opts.part_chars or looks_like_html(text):
            return False
        if _hash(doc.name, text) not in self.done:
            return False
        self.progress.skip(1)
        return True

    def units_of(self, item: Prepared, remaining: int | None = None) -> Iterator[None]:
        """Add one prepared source document to the open batch (yielding whenever the batch is full and was sent).
        `remaining` (documents still to come, when known) makes the last batches smaller, so no worker waits
        long for another to finish the run's last batch."""
        doc, seq = item.doc, item.seq
        if remaining is not None:
            self.target = max(5, min(self.opts.batch_units, remaining // (2 * self.workers)))
        if doc.error is not None:
            unit_id = _hash(doc.name, "error", doc.error)
            if unit_id in self.done:
                self.progress.skip(1)
                return
            self.pending.rows.append(self._row(doc, seq, unit_id, "error"))
            self.pending.errors.append(self._error(doc, "error", doc.error))
            yield from self._maybe_send()
            return
        assert doc.text is not None
        doc_id = _hash(doc.name, doc.text)
        parts = split_paragraphs(doc.text, self.opts.part_chars) if len(doc.text) > self.opts.part_chars else None
        ids = [doc_id] if parts is None else [_hash(doc_id, str(k)) for k in range(1, len(parts) + 1)]
        if all(i in self.done for i in ids):
            self.progress.skip(1)
            return
        exact = item.exact
        mh = dedup.signature_from_bytes(item.signature) if item.signature else None
        original = self.copies.original_of(exact, mh, (seq, 1))
        if original is not None:
            self.pending.rows.append(
                self._row(doc, seq, doc_id, "duplicate", duplicate_of=original, content_hash=exact)
            )
            yield from self._maybe_send()
            return
        self.copies.add(ids[0], exact, mh, (seq, 1))
        texts = [doc.text] if parts is None else parts
        if parts is not None and ids[0] not in self.done:
            reason = (
                f"split into {len(parts)} parts at paragraph boundaries "
                f"({len(doc.text) / 1e6:.1f} M characters; parts of at most {self.opts.part_chars})"
            )
            self.pending.errors.append(self._error(doc, "split", reason))
        for k, (unit_id, text) in enumerate(zip(ids, texts, strict=True), 1):
            if unit_id in self.done:
                continue
            name = doc.name if parts is None else f"{doc.name}#part{k}"
            extra = {"part": k, "parts": len(texts), "chars": len(text), "content_hash": exact}
            if k == 1:
                extra["minhash"] = item.signature
            self.pending.rows.append(self._row(doc, seq, unit_id, "extracted", name=name, **extra))
            self.units.append(Unit(unit_id, name, text, doc.title, doc.url, doc.published))
            if self.opts.add_to_store:
                self.pending.texts[unit_id] = SourceDoc(name, doc.source, text, doc.title, doc.url, doc.published)
            self.chars += len(text)
            yield from self._maybe_send()

    def _error(self, doc: SourceDoc, kind: str, reason: str) -> dict:
        return {
            "name": doc.name,
            "source": doc.source,
            "kind": kind,
            "reason": reason,
            "batch": self.pending.batch.batch_id,
        }

    def _maybe_send(self) -> Iterator[None]:
        full = len(self.units) >= self.target or self.chars >= self.opts.batch_chars
        if full or len(self.pending.rows) >= 20 * self.opts.batch_units:
            yield None

    def take_batch(self) -> _Pending | None:
        """The open batch, ready to send (None when it is empty), and a new one opened."""
        if not self.pending.rows:
            return None
        pending = self.pending
        b = pending.batch
        pending.batch = Batch(b.batch_id, tuple(self.units), b.out, b.lang, b.keep_reports)
        self._new_batch()
        return pending

    def commit(self, pending: _Pending, result: BatchResult) -> None:
        """Store (if asked), then errors and documents: the documents file makes the batch done."""
        for row in pending.rows:
            outcome = result.outcomes.get(row["unit_id"])
            if outcome is None:
                continue
            row["n_reports"], row["language"] = outcome.n_reports, outcome.language
            if outcome.error is not None:
                row["status"] = "error"
                pending.errors.append({**self._error_row(row), "reason": outcome.error})
        if self.store is not None:
            self._store(pending, result)
        write_commit(self.out, pending.batch.batch_id, pending.rows, pending.errors)
        self.worker_peak_mb = max(self.worker_peak_mb, result.peak_rss_mb)
        self.batch_seconds += result.seconds
        statuses = [r["status"] for r in pending.rows]
        self.progress.advance(
            documents=sum(1 for r in pending.rows if r["part"] == 1),
            reports=sum(o.n_reports for o in result.outcomes.values()),
            errors=statuses.count("error"),
            copies=statuses.count("duplicate"),
        )

    def _error_row(self, row: dict) -> dict:
        return {"name": row["name"], "source": row["source"], "kind": "error", "batch": row["batch"]}

    def _store(self, pending: _Pending, result: BatchResult) -> None:
        for unit_id, reports in result.reports.items():
            doc = pending.texts[unit_id]
            key = self.store.add_document(doc.text, name=doc.name, url=doc.url, published=doc.published)
            self.store.add_reports(reports, key)


def ingest(
    items: list[str],
    out: Path,
    opts: IngestOptions = IngestOptions(),
    source_opts: SourceOptions | None = None,
    progress_factory: Callable[[int | None], Progress] = Progress,
) -> Summary:
    """Read every source into the output folder; safe to stop at any moment and run again."""
    start = time.monotonic()
    source_opts = source_opts or SourceOptions()
    docs = read_sources(items, source_opts)  # a missing path fails here, before the folder is touched
    first = next(docs, None)
    with locked(out):
        remove_uncommitted(out)
        total = estimate_total(items, source_opts)
        progress = progress_factory(total)
        executor = open_executor(opts.workers, opts.scheduler)
        if total:  # a small corpus in small batches, so every worker has some (about eight batches each)
            opts = replace(opts, batch_units=max(5, min(opts.batch_units, total // (8 * executor.workers))))
        prepares: deque = deque()  # chunks being prepared, oldest first: copies are linked in the sources' order
        in_flight: dict = {}  # batches being extracted
        prepare_limit, extract_limit = executor.workers + 1, 2 * executor.workers  # memory bounded, workers busy

        def wait_any(also: tuple = ()) -> None:
            """Wait for the next finished task and commit every batch that has finished."""
            done, _ = executor.wait_first({*in_flight, *also})
            for future in done:
                if future in in_flight:
                    run.commit(in_flight.pop(future), future.result())

        def send() -> None:
            pending = run.take_batch()
            if pending is None:
                return
            while len(in_flight) >= extract_limit:
                wait_any()
            in_flight[executor.submit(process_batch, pending.batch)] = pending

        def link_oldest() -> None:
            future = prepares.popleft()
            while not future.done():
                wait_any((future,))
            for item in future.result():
                remaining = None if total is None else max(total - item.seq, 0)
                for _ in run.units_of(item, remaining):
                    send()

        run = None
        try:
            run = _Run(out, opts, progress, executor.workers)
            run.load_done()
            if opts.add_to_store:
                from geo.store import open_store

                run.store = open_store(opts.store_url)
            if first is not None:
                for chunk in _chunks(_chain(first, docs), run, opts.batch_units, opts.batch_chars):
                    while len(prepares) >= prepare_limit:
                        link_oldest()
                    prepares.append(executor.submit(prepare_docs, chunk))
            while prepares:
                link_oldest()
            send()
            while in_flight:
                wait_any()
        finally:
            executor.close()
            progress.close()
            if run is not None and run.store is not None:
                run.store.close()  # a PostgreSQL store holds a connection pool
    return Summary(
        documents=progress.documents,
        reports=progress.reports,
        errors=progress.errors,
        copies=progress.copies,
        skipped=progress.skipped,
        seconds=time.monotonic() - start,
        worker_peak_mb=run.worker_peak_mb,
        batch_seconds=run.batch_seconds,
    )


def _chunks(docs: Iterator[SourceDoc], run: _Run, size: int, chars: int) -> Iterator[list[tuple[int, SourceDoc]]]:
    """The documents still to do with their place in the sources' order, in chunks of about a batch."""
    chunk: list[tuple[int, SourceDoc]] = []
    held = 0
    for seq, doc in enumerate(docs, 1):
        if run.skips(doc):
            continue
        chunk.append((seq, doc))
        held += len(doc.text or "") + len(doc.raw or b"")
        if len(chunk) >= size or held >= chars:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _chain(first: SourceDoc, rest: Iterator[SourceDoc]) -> Iterator[SourceDoc]:
    yield first
    yield from rest
