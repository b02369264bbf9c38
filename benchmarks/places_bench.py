"""Speed of `geo.places` (every toponym, offsets and coordinates) on real news, beside full strike extraction.

Run by hand, on one core:  taskset -c 0 .venv/bin/python benchmarks/places_bench.py [--corpora ../shared/dev/geoparse]
[--docs 500]. The texts are the geoparsing corpora's articles (cut to --chars characters at a word boundary, 1,500 by
default, the issue's document size), repeated to --docs. Prints documents/second per CPU second for `geo.places`
and for `geo.extract.pipeline.extract_text` on the same texts, after one warm-up pass.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.airports import airports_named  # noqa: E402
from geo.errors import InputError  # noqa: E402
from geo.evaluation.geoparse import read_corpus  # noqa: E402
from geo.extract.given_names import given_names  # noqa: E402
from geo.extract.pipeline import default_gazetteer, extract_text  # noqa: E402
from geo.extract.toponyms import places  # noqa: E402


def texts(corpora: Path, docs: int, chars: int) -> list[str]:
    articles = [a.text for path in sorted(corpora.glob("*.xml")) for a in read_corpus(path) if len(a.text) >= chars]
    cut = [text[:chars].rsplit(" ", 1)[0] for text in articles]
    return [cut[i % len(cut)] for i in range(docs)]


def per_cpu_second(label: str, run, docs: list[str]) -> None:
    started, wall = time.process_time(), time.perf_counter()
    for text in docs:
        run(text)
    cpu, wall = time.process_time() - started, time.perf_counter() - wall
    kb = sum(len(t) for t in docs) / 1024
    rate = f"{len(docs) / cpu:7.1f} docs per CPU second ({kb / cpu:6.1f} KB/s; wall {len(docs) / wall:.1f}/s)"
    print(f"{label:<32} {rate}")


def _extract(text: str, gz) -> None:
    with contextlib.suppress(InputError):  # captions only: geo.places answers [] there, extraction refuses it
        extract_text(text, document="d", gazetteer=gz)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "dev" / "geoparse")
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--chars", type=int, default=1500)
    args = parser.parse_args()
    docs = texts(args.corpora, args.docs, args.chars)
    gz = default_gazetteer()
    for text in docs[:50]:  # warm the caches both runs share (lexicons, key sets, word frequencies)
        places(text, gazetteer=gz)
    given_names(), airports_named("")  # and the tables read once per process when a text first needs them
    print(f"{len(docs)} documents of about {args.chars} characters")
    per_cpu_second("geo.places", lambda text: places(text, gazetteer=gz), docs)
    per_cpu_second("extract_text (strike reports)", lambda t: _extract(t, gz), docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
