"""What a worker does: prepare documents (decode, take the article out of HTML, hash them for the copy finder), and
extract a batch, writing its reports where the folder is (a worker on a Dask cluster writes them in place; only
counts travel back). Nothing a document does stops the batch."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import InputError
from geo.extract.pipeline import default_gazetteer, extract_document
from geo.extract.reports import ReportSource
from geo.ingest import dedup
from geo.ingest.output import write_reports
from geo.ingest.sources import SourceDoc, prepare
from geo.model import StrikeReport
from geo.text import normalise


@dataclass(frozen=True, slots=True)
class Unit:
    """A document (or one part of a long one) to extract."""

    unit_id: str
    name: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    batch_id: str
    units: tuple[Unit, ...]
    out: str
    lang: str = "auto"
    keep_reports: bool = False  # send the reports back (for --store)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one unit: its report count and language, or why it could not be read."""

    n_reports: int = 0
    language: str | None = None
    error: str | None = None


@dataclass
class BatchResult:
    batch_id: str
    outcomes: dict[str, Outcome]
    reports: dict[str, list[StrikeReport]] = field(default_factory=dict)
    seconds: float = 0.0
    peak_rss_mb: float = 0.0  # the worker process's peak so far (for the benchmarks' memory per worker)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document as plain text (or its error), its place in the sources' order, and what the copy finder needs:
    the hash of its words and its MinHash signature."""

    seq: int
    doc: SourceDoc
    exact: str | None = None
    signature: bytes | None = None


def prepare_docs(docs: list[tuple[int, SourceDoc]]) -> list[Prepared]:
    """The per-document work before extraction that would otherwise keep the run's own process busy while the
    workers wait: decoding, HTML (trafilatura), the word hash and the MinHash signature."""
    out = []
    for seq, doc in docs:
        try:
            doc = prepare(doc)
        except Exception as exc:  # a page that breaks the HTML reader is one error, not the end of the run
            doc = SourceDoc(doc.name, doc.source, error=f"cannot read ({type(exc).__name__}: {str(exc)[:200]})")
        if doc.text is None:
            out.append(Prepared(seq, doc))
            continue
        mh = dedup.signature(dedup.words(doc.text))
        out.append(Prepared(seq, doc, dedup.content_hash(doc.text), dedup.signature_bytes(mh)))
    return out


def load_lexicons() -> None:
    """Lexicons, word lists and the language identifier, loaded once (a forked worker inherits them)."""
    normalise("Warm-up: shelling hit Kharkiv, officials said.", lang="auto")
    normalise("Pemanasan: serangan di Jakarta, kata pejabat.", lang="id")
    normalise("Warm-up: shelling hit Kharkiv, officials said.", lang="en")


def warm_up() -> float:
    """Open the gazetteer and load the lexicons once in this worker process; returns the seconds it took."""
    start = time.perf_counter()
    load_lexicons()
    default_gazetteer()
    return time.perf_counter() - start


def extract_unit(unit: Unit, lang: str) -> tuple[list[StrikeReport], Outcome]:
    try:
        doc = normalise(unit.text, lang=lang, title=unit.title, published=unit.published, url=unit.url)
        source = ReportSource(
            document=unit.name,
            url=unit.url or doc.url,
            publisher=doc.publisher,
            published=unit.published or doc.published,
        )
        reports = extract_document(doc, source)
    except InputError as exc:
        return [], Outcome(error=str(exc))
    except Exception as exc:  # a bug met by one document must not lose the rest of the corpus: it is logged
        return [], Outcome(error=f"extraction failed ({type(exc).__name__}: {str(exc)[:200]})")
    return reports, Outcome(n_reports=len(reports), language=doc.language)


def process_batch(batch: Batch) -> BatchResult:
    """Extract every unit, write the reports (durably) and say what became of each unit."""
    start = time.perf_counter()
    outcomes: dict[str, Outcome] = {}
    kept: dict[str, list[StrikeReport]] = {}
    everything: list[StrikeReport] = []
    for unit in batch.units:
        reports, outcomes[unit.unit_id] = extract_unit(unit, batch.lang)
        everything.extend(reports)
        if batch.keep_reports and reports:
            kept[unit.unit_id] = reports
    if everything:
        write_reports(Path(batch.out), batch.batch_id, everything)
    return BatchResult(batch.batch_id, outcomes, kept, time.perf_counter() - start, _peak_rss_mb())


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
