"""Score event grouping on a folder of articles with event-annotated gold (../shared/dev/events by default).

    .venv/bin/python scripts/evaluate_events.py [FOLDER] [--min-f1 0.95]

Extracts every article beside a `*.gold.json` (with the gold's publication date and language), groups all the
reports into events with `geo.events`, and runs the folder's own `score_events.py` (pairwise precision, recall and
F1 of "these two reports are the same event"). Exits 1 when F1 is below --min-f1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.evaluation.gold import find_gold_files, load_gold, read_article  # noqa: E402
from geo.events.group import build_events  # noqa: E402
from geo.extract.pipeline import extract_text  # noqa: E402
from geo.frame import reports_to_frame  # noqa: E402
from geo.io.event_files import write_events  # noqa: E402
from geo.io.writers import write_geojson  # noqa: E402
from geo.lexicon import available_languages  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "dev" / "events")
    parser.add_argument("--min-f1", type=float, default=0.0)
    args = parser.parse_args()
    pairs, everything = [], []
    with tempfile.TemporaryDirectory(prefix="strikemap-events-") as tmp:
        for gold_path in find_gold_files(args.folder):
            gold = load_gold(gold_path)
            lang = gold.language if gold.language in available_languages() else "auto"
            reports = extract_text(read_article(gold), document=gold.article_path.name, published=gold.published,
                                   lang=lang)  # fmt: skip
            out = Path(tmp) / gold_path.name.replace(".gold.json", ".geojson")
            write_geojson(reports_to_frame(reports), out)
            pairs += [str(gold_path), str(out)]
            everything += reports
        events_path = Path(tmp) / "events.geojson"
        write_events(build_events(everything), reports_to_frame(everything), events_path)
        scorer = args.folder / "score_events.py"
        done = subprocess.run([sys.executable, str(scorer), str(events_path), *pairs], capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout + done.stderr, file=sys.stderr)
        return 2
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(result))
    if result["F1"] < args.min_f1:
        print(f"event grouping below the gate: pairwise F1 {result['F1']} (minimum {args.min_f1})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
