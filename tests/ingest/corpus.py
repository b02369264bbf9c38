"""Short strike reports written for these tests (English and Indonesian), and a helper to read an ingest folder
back into plain rows that two runs can be compared by."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds

ARTICLES = {
    "kharkiv": (
        "Russian forces shelled Kharkiv on 3 March 2022, Ukrainian officials said. Two people were killed.\n\n"
        "The regional governor said drones also struck Izium overnight."
    ),
    "ganja": (
        "BAKU (AP) - Armenian forces fired rockets at Ganja on 4 October 2020, the Azerbaijani defence ministry said."
    ),
    "khan_younis": "Israeli aircraft struck Khan Younis on 12 May 2023, the Gaza health ministry said.",
    "eilat": "Houthi drones struck Eilat on 1 November 2023, the Israeli army said. Nobody was hurt.",
    "tartar": (
        "Pasukan Armenia menembakkan roket ke Tartar pada 5 Oktober 2020, kata kementerian pertahanan Azerbaijan. "
        "Dua warga sipil tewas."
    ),
}


def numbered_articles(n: int) -> list[dict]:
    """n distinct short articles (places, dates and a serial number varied), as JSON-lines rows."""
    places = [("Kharkiv", "Russian", "Ukrainian"), ("Ganja", "Armenian", "Azerbaijani"),
              ("Belgorod", "Ukrainian", "Russian"), ("Rafah", "Israeli", "Palestinian")]  # fmt: skip
    rows = []
    for i in range(n):
        place, attacker, side = places[i % len(places)]
        day = 1 + i % 28
        text = (
            f"{attacker} forces shelled {place} on {day} March 2022, {side} officials said in statement number {i}. "
            f"Report {i} says {i % 7 + 1} buildings were damaged near the station of district {i}."
        )
        rows.append({"id": f"n{i}", "text": text, "published": f"2022-03-{day:02d}"})
    return rows


def rows(out: Path, kind: str, drop: tuple[str, ...] = ("batch",)) -> list[tuple]:
    """A table of an ingest folder as sorted tuples, without the columns that name a run's batches."""
    files = sorted((out / kind).glob("part-*.parquet"))
    if not files:
        return []
    table = ds.dataset(files, format="parquet").to_table()
    names = [c for c in table.column_names if c not in drop]
    data = table.select(names).to_pylist()
    return sorted(tuple(str(row[c]) for c in names) for row in data)
