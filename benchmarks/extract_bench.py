"""Extraction speed and memory on generated ~3 KB articles, side by side with geotext (places only).

Run by hand, on one core:  taskset -c 0 .venv/bin/python benchmarks/extract_bench.py [--docs 1000] [--gold tests/gold]
[--articles DIR]. The generated texts name a place in every sentence (a dense worst case); `--articles DIR` times the
articles beside DIR's gold files instead (repeated to --docs), for news as it is written. Prints documents/second
(wall clock and per CPU second) and peak RSS for `geo.extract.pipeline.extract_text` and for `geotext.GeoText`, then
location precision/recall/F1 of both on the gold files (geotext: every city it finds, placed with the same
gazetteer).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.evaluation.gold import find_gold_files, load_gold, read_article
from geo.evaluation.score import Score, score_document, total_score
from geo.extract.pipeline import default_gazetteer, extract_text

PLACES = {
    "en": ["Kharkiv", "Odesa", "Zaporizhzhia", "Kherson", "Donetsk", "Sumy", "Khan Younis", "Rafah", "Aleppo", "Idlib"],
    "id": ["Ganja", "Stepanakert", "Kharkiv", "Odesa", "Gaza", "Rafah", "Khan Younis", "Beirut", "Aleppo", "Mosul"],
}
TEMPLATES = {
    "en": [
        "Russian forces shelled {p} overnight, regional governor Ivan Petrenko said on {d}.",
        "According to local officials, two drones struck an apartment block in {p} on {d}.",
        "The defence ministry said its air defences shot down missiles over {p}.",
        "Witnesses told reporters that a loud explosion shook the centre of {p} before dawn.",
        "Moscow rejected the accusations and said it never targets civilians.",
        "The city of {p}, about 30 km from the border, has been hit repeatedly since {m} 2.",
        "Aid groups said the attacks damaged a hospital and a school in {p}.",
    ],
    "id": [
        "Kementerian Pertahanan menyebutkan bahwa pasukan musuh telah menembaki {p} pada {d} malam.",
        "Menurut pejabat setempat, serangan rudal menghantam permukiman warga sipil di {p}.",
        "Ledakan berulang terdengar di pusat kota {p}, kata wartawan di lokasi.",
        "Sistem pertahanan udara mencegat roket yang ditembakkan ke arah {p}.",
        "Pemerintah menolak tuduhan itu dan menyebutnya tidak benar.",
        "Kota {p}, sekitar 30 kilometer dari perbatasan, telah digempur sejak 2 {m}.",
        "Warga mengungsi ke tempat yang lebih aman setelah serangan udara di {p}.",
    ],
}
DAYS = {"en": ["Sunday", "Monday", "Tuesday"], "id": ["Minggu", "Senin", "Selasa"]}
MONTHS = {"en": ["October", "March"], "id": ["Oktober", "Maret"]}


def generate(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """n (language, ~3 KB text) pairs built from the templates above (no article text is copied)."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        lang = "id" if i % 2 else "en"
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 3000:
            parts.append(
                rng.choice(TEMPLATES[lang]).format(
                    p=rng.choice(PLACES[lang]), d=rng.choice(DAYS[lang]), m=rng.choice(MONTHS[lang])
                )
            )
        docs.append((lang, "\n".join(" ".join(parts[k : k + 3]) for k in range(0, len(parts), 3))))
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def from_articles(folder: Path, n: int) -> list[tuple[str, str]]:
    """n documents cycling through the articles beside the gold files in folder (text and HTML pages)."""
    golds = [load_gold(path) for path in find_gold_files(folder)]
    texts = [(gold.language, read_article(gold)) for gold in golds]
    return [texts[i % len(texts)] for i in range(n)]


def bench_extract(docs: list[tuple[str, str]]) -> tuple[float, float, int]:
    """Documents per wall-clock second and per CPU second (the second holds on a machine shared with others)."""
    gz = default_gazetteer()
    extract_text(docs[0][1], document="warm", published="2024-01-10", gazetteer=gz)  # load model, lexicons, keys
    start, cpu, reports = time.perf_counter(), time.process_time(), 0
    for i, (lang, text) in enumerate(docs):
        reports += len(extract_text(text, document=f"d{i}", published="2024-01-10", lang=lang, gazetteer=gz))
    return len(docs) / (time.perf_counter() - start), len(docs) / (time.process_time() - cpu), reports


def bench_geotext(docs: list[tuple[str, str]]) -> tuple[float, int]:
    from geotext import GeoText

    GeoText("warm up in Paris")
    start, places = time.perf_counter(), 0
    for _, text in docs:
        places += len(GeoText(text).cities)
    return len(docs) / (time.perf_counter() - start), places


def gold_scores(gold_dir: Path) -> tuple[str, str]:
    """Location P/R/F1 of strikemap and of geotext (every city it names, placed by the gazetteer's best match)."""
    from geotext import GeoText

    gz = default_gazetteer()
    ours, theirs = [], []
    for path in find_gold_files(gold_dir):
        gold = load_gold(path)
        text = read_article(gold)
        reports = extract_text(text, document=gold.article_path.name, published=gold.published, gazetteer=gz)
        ours.append(score_document(gold, reports))
        template = reports[0] if reports else None
        points = []
        for city in GeoText(text).cities:
            found = gz.candidates(city, limit=1)
            if found and template is not None:
                points.append(
                    replace(template, lat=found[0].lat, lon=found[0].lon, claim_type="claim", action="attack")
                )
        theirs.append(score_document(gold, points))

    def line(score: Score) -> str:
        return f"P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  (TP {score.tp}, FP {score.fp})"

    return line(total_score(ours)), line(total_score(theirs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "gold")
    parser.add_argument("--articles", type=Path, help="time the articles beside this folder's gold files instead")
    args = parser.parse_args()
    docs = from_articles(args.articles, args.docs) if args.articles else generate(args.docs)
    size = sum(len(t.encode("utf-8")) for _, t in docs) / len(docs)
    kind = f"articles from {args.articles}" if args.articles else "generated documents"
    print(f"{len(docs)} {kind}, mean {size / 1024:.1f} KB, Python {sys.version.split()[0]}")
    rate, cpu_rate, reports = bench_extract(docs)
    print(
        f"strikemap extract_text: {rate:.1f} docs/s ({cpu_rate:.1f} per CPU second), {reports} reports, "
        f"peak RSS {peak_rss_mb():.0f} MB"
    )
    rate, places = bench_geotext(docs)
    print(f"geotext GeoText:        {rate:.1f} docs/s, {places} city mentions (places only, no claims)")
    if args.gold.is_dir():
        ours, theirs = gold_scores(args.gold)
        print(f"gold location scores ({args.gold}):\n  strikemap {ours}\n  geotext   {theirs}")


if __name__ == "__main__":
    main()
