"""`evaluate`: score extraction against gold files, or geoparsing against public corpora."""

from __future__ import annotations

import argparse
from pathlib import Path


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from geo.evaluation.geoparse import corpus_files, evaluate_geoparse
    from geo.evaluation.score import evaluate_corpus

    corpora = corpus_files(Path(args.gold_dir))
    if corpora:
        return evaluate_geoparse(corpora, min_f1=args.min_f1, min_acc161=args.min_acc161, as_json=args.json)
    return evaluate_corpus(
        Path(args.gold_dir),
        min_f1=args.min_f1,
        min_claimant_accuracy=args.min_claimant_accuracy,
        min_attacker_accuracy=args.min_attacker_accuracy,
        as_json=args.json,
        languages=tuple(args.lang or ()),
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score extraction against *.gold.json files or geoparsing corpora")
    p.add_argument(
        "gold_dir",
        nargs="?",
        default="../shared/corpus",
        help="folder searched for *.gold.json, or a geoparsing corpus (.xml, or a folder of them)",
    )
    p.add_argument("--min-f1", type=float, default=0.0, help="exit 1 if total location (or recognition) F1 is below")
    p.add_argument("--min-acc161", type=float, default=0.0, help="geoparsing: exit 1 if any corpus's Acc@161 is below")
    p.add_argument("--lang", action="append", help="only the gold files in this language (repeatable)")
    p.add_argument(
        "--min-claimant-accuracy", type=float, default=0.0, help="exit 1 if claimant-country accuracy is below this"
    )
    p.add_argument(
        "--min-attacker-accuracy", type=float, default=0.0, help="exit 1 if attacker-country accuracy is below this"
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON instead of text")
    p.set_defaults(func=_cmd_evaluate)
