"""Is extraction linear in a document's size? One long document (generated articles joined by blank lines, as a
dump of many articles in one file is) timed at growing sizes, each in a fresh process for a clean peak RSS.

Run by hand, on one core:  taskset -c 0 .venv/bin/python benchmarks/extract_size_bench.py [--mb 0.3 1 3]
Prints, per size: seconds for `extract_text` (gazetteer already open), seconds per MB, reports and peak RSS. Time per
MB that stays flat as the size grows is linear; one that grows with it is the quadratic scan issue 17 found.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def run_one(mb: float) -> dict:
    from benchmarks.extract_bench import generate
    from geo.extract.pipeline import default_gazetteer, extract_text

    docs = [text for lang, text in generate(int(mb * 1_000_000 / 2_500) + 1) if lang == "en"]
    text = "\n\n".join(docs)
    while len(text) < mb * 1_000_000:
        text += "\n\n" + text
    text = text[: int(mb * 1_000_000)]
    gz = default_gazetteer()
    extract_text(docs[0], document="warm", published="2024-01-10", gazetteer=gz)
    start = time.perf_counter()
    reports = extract_text(text, document="big", published="2024-01-10", lang="en", gazetteer=gz)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mb": mb, "seconds": round(seconds, 2), "reports": len(reports), "peak_rss_mb": round(peak)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, nargs="+", default=[0.3, 1.0, 3.0])
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one)))
        return
    for mb in args.mb:
        out = subprocess.run([sys.executable, __file__, "--one", str(mb)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        per_mb = row["seconds"] / row["mb"]
        print(
            f"{mb:>5} MB  {row['seconds']:>7.2f} s  {per_mb:6.2f} s/MB  {row['reports']:>6} reports  "
            f"peak {row['peak_rss_mb']} MB"
        )


if __name__ == "__main__":
    main()
