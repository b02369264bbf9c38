"""Extraction speed per KB of text in each served language, on the development news (`../shared/dev/news`).

Run by hand, on one core:  taskset -c 0 .venv/bin/python benchmarks/languages_bench.py [DIR] [--rounds 20]
Each language's articles are extracted `--rounds` times after one warm-up round (caches of names, morphology and
word frequencies filled as a long batch fills them); prints KB/s per CPU second and the ratio to English.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.extract.pipeline import default_gazetteer, extract_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/dev/news")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    by_lang: dict[str, list[tuple[str, str | None]]] = {}
    for gold in sorted(Path(args.folder).glob("*.gold.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        text = gold.with_name(meta["document"]).read_text(encoding="utf-8")
        by_lang.setdefault(meta["language"], []).append((text, meta.get("published")))
    gz = default_gazetteer()
    speed: dict[str, float] = {}
    for lang, articles in sorted(by_lang.items()):
        kb = sum(len(t.encode("utf-8")) for t, _ in articles) / 1024
        for text, published in articles:  # warm-up
            extract_text(text, document="w", published=published, lang=lang, gazetteer=gz)
        started = time.process_time()
        for _ in range(args.rounds):
            for n, (text, published) in enumerate(articles):
                extract_text(text, document=f"d{n}", published=published, lang=lang, gazetteer=gz)
        spent = time.process_time() - started
        speed[lang] = kb * args.rounds / spent
        print(f"{lang}: {len(articles)} articles, {kb:.1f} KB, {speed[lang]:.1f} KB per CPU second")
    if "en" in speed:
        print("ratio to English (time per KB):", {k: round(speed["en"] / v, 2) for k, v in speed.items()})


if __name__ == "__main__":
    main()
