"""A synthetic news corpus for the ingest benchmarks: wire-style strike reports written for this project (English
and Indonesian), with places, sides, dates and filler varied per document, about 1.5 KB each, plus a share of
copies (the same story on another site) so deduplication has work.

    python benchmarks/ingest_corpus.py N OUT.jsonl [--copies 0.1] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta

PLACES = [
    ("Kharkiv", "UA", "Russian", "Ukrainian"),
    ("Izium", "UA", "Russian", "Ukrainian"),
    ("Zaporizhzhia", "UA", "Russian", "Ukrainian"),
    ("Kherson", "UA", "Russian", "Ukrainian"),
    ("Odesa", "UA", "Russian", "Ukrainian"),
    ("Belgorod", "RU", "Ukrainian", "Russian"),
    ("Kursk", "RU", "Ukrainian", "Russian"),
    ("Ganja", "AZ", "Armenian", "Azerbaijani"),
    ("Tartar", "AZ", "Armenian", "Azerbaijani"),
    ("Stepanakert", "AZ", "Azerbaijani", "Armenian"),
    ("Khan Younis", "PS", "Israeli", "Palestinian"),
    ("Rafah", "PS", "Israeli", "Palestinian"),
    ("Hodeidah", "YE", "American", "Houthi"),
    ("Eilat", "IL", "Houthi", "Israeli"),
    ("Aleppo", "SY", "Turkish", "Syrian"),
    ("Idlib", "SY", "Russian", "Syrian"),
]
EN = [
    "{attacker} forces fired rockets at {place} on {day}, the {side} defence ministry said. The ministry said "
    "{killed} civilians were killed and {injured} wounded when the rockets hit residential buildings near the "
    "market.",
    "{attacker} drones struck an industrial site in {place} overnight into {day}, {side} officials said, adding that "
    "air defences shot down several of them before they reached the city.",
    "Shelling by {attacker} troops hit {place} on {day}, according to the regional governor, who said a school and "
    "a power station were damaged and {injured} people needed treatment.",
    "An air strike on {place} on {day} destroyed a bridge used to bring supplies, {side} military officials told "
    "reporters, blaming {attacker} aircraft for the attack.",
]
ID = [
    "Pasukan {attacker_id} menembakkan roket ke {place} pada {day_id}, kata kementerian pertahanan {side_id}. "
    "Sebanyak {killed} warga sipil tewas dan {injured} lainnya luka-luka.",
    "Serangan udara menghantam {place} pada {day_id}, menurut pejabat militer {side_id}, yang menuduh pesawat "
    "{attacker_id} berada di balik serangan itu.",
]
FILLER_EN = [
    "The claims could not be independently verified.",
    "Officials gave no further details about the damage.",
    "Residents said they heard several loud explosions before dawn.",
    "The two sides have traded accusations for weeks as talks stalled.",
    "Emergency services worked through the night to clear the rubble.",
    "Aid groups said the humanitarian situation in the area was worsening.",
]
FILLER_ID = [
    "Klaim tersebut belum dapat diverifikasi secara independen.",
    "Pejabat tidak memberikan rincian lebih lanjut tentang kerusakan.",
    "Warga mengatakan mereka mendengar beberapa ledakan keras sebelum fajar.",
]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]  # fmt: skip
ADJ_ID = {"Russian": "Rusia", "Ukrainian": "Ukraina", "Armenian": "Armenia", "Azerbaijani": "Azerbaijan",
          "Israeli": "Israel", "Palestinian": "Palestina", "American": "Amerika Serikat", "Houthi": "Houthi",
          "Turkish": "Turki", "Syrian": "Suriah"}  # fmt: skip


def article(rng: random.Random, i: int) -> dict:
    """One synthetic article with its id, publication date and text."""
    place, _, attacker, side = rng.choice(PLACES)
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(5 * 365))
    values = {
        "place": place,
        "attacker": attacker,
        "side": side,
        "attacker_id": ADJ_ID[attacker],
        "side_id": ADJ_ID[side],
        "day": f"{day.day} {day:%B %Y}",
        "day_id": f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}",
        "killed": rng.randint(1, 30),
        "injured": rng.randint(1, 60),
    }
    indonesian = rng.random() < 0.3
    templates, filler = (ID, FILLER_ID) if indonesian else (EN, FILLER_EN)
    paragraphs = [rng.choice(templates).format(**values) for _ in range(2)]
    while sum(len(p) for p in paragraphs) < 1400:
        paragraphs.append(" ".join(rng.sample(filler, k=min(3, len(filler)))) + f" (ref {i}-{len(paragraphs)})")
    return {"id": f"doc{i:07d}", "published": day.isoformat(), "text": "\n\n".join(paragraphs)}


def write_corpus(n: int, path: str, copies: float = 0.1, seed: int = 1) -> None:
    rng = random.Random(seed)
    recent: list[dict] = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            if recent and rng.random() < copies:
                source = rng.choice(recent)
                doc = {**source, "id": f"doc{i:07d}", "text": "Reprinted from a wire service.\n\n" + source["text"]}
            else:
                doc = article(rng, i)
                recent = [*recent[-50:], doc]
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--copies", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_corpus(args.n, args.out, args.copies, args.seed)


if __name__ == "__main__":
    main()
