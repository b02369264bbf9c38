"""Compare py3langid and lingua on telling our languages apart, whole articles and short snippets.

Usage: python benchmarks/langid_compare.py ../shared/dev/news   (reads *.txt with a language prefix: en-, ru-, ...)
Snippets are each article's lines cut to 40, 80 and 160 characters: short texts are where ru and uk get confused.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

LANGS = ("ar", "en", "id", "ru", "uk")


def _samples(folder: Path) -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        lang = path.name.split("-", 1)[0]
        if lang not in LANGS:
            continue
        text = path.read_text(encoding="utf-8")
        out.append((lang, "article", text))
        for line in (ln.strip() for ln in text.splitlines()):
            for size in (40, 80, 160):
                if len(line) >= size:
                    out.append((lang, f"{size} chars", line[:size]))
    return out


def _py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGS))
    return lambda text: ident.classify(text)[0]


def _lingua():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGS]
    detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def classify(text: str) -> str:
        lang = detector.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else "?"

    return classify


def main(folder: str) -> None:
    samples = _samples(Path(folder))
    for label, make in (("py3langid", _py3langid), ("lingua", _lingua)):
        started = time.perf_counter()
        classify = make()
        loaded = time.perf_counter() - started
        tally: dict[str, list[int]] = {}
        started = time.perf_counter()
        for lang, kind, text in samples:
            right = classify(text) == lang
            for key in (f"{kind}", f"{kind} {lang}"):
                tally.setdefault(key, [0, 0])
                tally[key][0] += right
                tally[key][1] += 1
        spent = time.perf_counter() - started
        print(f"{label}: load {loaded:.2f} s, {1000 * spent / len(samples):.2f} ms per text")
        for key in sorted(tally):
            ok, n = tally[key]
            print(f"  {key:16} {ok:4}/{n:<4} {100 * ok / n:5.1f}%")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/dev/news")
