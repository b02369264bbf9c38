"""One 20 MB text through the ingest: split at paragraph boundaries into parts that every worker extracts (not one
worker doing all parts in turn). Prints the wall time, the run's and the workers' CPU seconds, the share of the wall
the workers spent inside batches, the worker peak memory, the split note of the errors table and the load average.
The text is built as in tests/ingest/test_large_document.py: one paragraph in ten reports a strike.

    python benchmarks/ingest_large_document.py [--mb 20] [--workers 2] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow.dataset as ds  # noqa: E402

from geo.ingest.run import IngestOptions, ingest  # noqa: E402
from tests.ingest.corpus import numbered_articles  # noqa: E402
from tests.ingest.test_large_document import PROSE  # noqa: E402


def write_text(path: Path, size: int) -> None:
    reports = [r["text"] for r in numbered_articles(300)]
    paragraphs, held, i = [], 0, 0
    while held < size:
        paragraph = reports[(i // 10) % 300] if i % 10 == 0 else PROSE * 3 + f"(note {i})"
        paragraphs.append(paragraph)
        held += len(paragraph) + 2
        i += 1
    path.write_text("\n\n".join(paragraphs))


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ingest-large"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    text = args.work / f"mixed{args.mb:g}.txt"
    if not text.exists():
        write_text(text, int(args.mb * 1e6))
    out = args.work / "out"
    shutil.rmtree(out, ignore_errors=True)
    print(f"{text} ({text.stat().st_size / 1e6:.1f} MB); load {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    own, children, start = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), time.monotonic()
    summary = ingest([str(text)], out, IngestOptions(workers=args.workers))
    wall = time.monotonic() - start
    [note] = ds.dataset(out / "errors").to_table(columns=["reason"]).column("reason").to_pylist()
    print(
        f"wall {wall:.1f} s on {args.workers} workers; CPU: the run {_cpu(resource.RUSAGE_SELF) - own:.1f} s, the "
        f"workers {_cpu(resource.RUSAGE_CHILDREN) - children:.1f} s; workers inside batches "
        f"{summary.batch_seconds / (args.workers * wall):.0%} of the wall; {summary.reports} reports; worker peak "
        f"{summary.worker_peak_mb:.0f} MB\nerrors table: {note}\nload after "
        f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}"
    )


if __name__ == "__main__":
    main()
