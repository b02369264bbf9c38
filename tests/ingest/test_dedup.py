"""Copies of one wire story are linked to the first and extracted once; two accounts of one strike are not copies."""

from __future__ import annotations

import json

from geo.ingest import dedup
from geo.ingest.run import IngestOptions, ingest
from tests.ingest.corpus import rows

WIRE = (
    "Armenian forces fired rockets at the city of Ganja early on Sunday, 4 October 2020, the Azerbaijani defence "
    "ministry said in a statement, adding that a residential area near the central market was hit and that two "
    "civilians were wounded.\n\nThe ministry said its troops returned fire and that fighting continued along the "
    "front line through the morning.\n\nResidents of the neighbourhood described hearing at least four loud blasts "
    "shortly after dawn, followed by sirens, as emergency crews moved through the streets to search damaged homes. "
    "Local television showed shattered windows, a collapsed garden wall and a burnt-out car outside an apartment "
    "block.\n\nThe city, about 100 kilometres from the front line, has been hit several times since fighting over "
    "the disputed region resumed last week, in the worst escalation between the two neighbours in decades. "
    "International mediators have called on both sides to stop the fighting and return to talks. "
    "Armenia denied targeting civilians and said it struck military positions only."
)
# The same wire copy on another site: its own headline and credit line, a trimmed last sentence, other spacing.
SITE_COPY = (
    "WORLD NEWS | Ganja under fire\n\n"
    + WIRE.replace("Sunday, 4", "Sunday,  4").rsplit(" Armenia denied", 1)[0]
    + "\n\nReporting by our wire partners."
)
# Another agency's own account of the same strike: same facts, its own words.
OTHER_ACCOUNT = (
    "Ganja, Azerbaijan's second city, came under rocket fire on 4 October 2020. Officials in Baku blamed Armenian "
    "units and said two people were hurt when a missile landed close to the market. Yerevan rejected the charge, "
    "saying its forces aimed only at military targets, while shelling went on along the line of contact."
)


def similarity(a: str, b: str) -> float:
    ma, mb = dedup.signature(dedup.words(a)), dedup.signature(dedup.words(b))
    return ma.jaccard(mb)


def test_a_site_copy_is_far_above_the_threshold_and_another_account_far_below():
    assert similarity(WIRE, SITE_COPY) >= dedup.NEAR_DUPLICATE_JACCARD
    assert similarity(WIRE, OTHER_ACCOUNT) <= 0.3


def test_copy_finder_links_exact_and_near_copies_to_the_earliest_original():
    finder = dedup.CopyFinder()
    for order, (key, text) in enumerate([("wire", WIRE), ("other", OTHER_ACCOUNT)]):
        assert finder.original_of(dedup.content_hash(text), dedup.signature(dedup.words(text)), (order, 1)) is None
        finder.add(key, dedup.content_hash(text), dedup.signature(dedup.words(text)), (order, 1))
    exact_copy = WIRE.upper().replace(" ", "  ")
    assert finder.original_of(dedup.content_hash(exact_copy), None, (5, 1)) == "wire"
    assert finder.original_of(dedup.content_hash(SITE_COPY), dedup.signature(dedup.words(SITE_COPY)), (5, 1)) == "wire"
    # A document that came before the original in the sources is not its copy (a resumed run must agree).
    assert finder.original_of(dedup.content_hash(SITE_COPY), dedup.signature(dedup.words(SITE_COPY)), (0, 0)) is None


def test_ingest_extracts_a_story_once_and_links_its_copies(tmp_path):
    src = tmp_path / "wire.jsonl"
    lines = [
        {"id": "agency", "text": WIRE},
        {"id": "site-b", "text": SITE_COPY},
        {"id": "site-c", "text": WIRE},
        {"id": "other-agency", "text": OTHER_ACCOUNT},
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines))
    out = tmp_path / "out"
    summary = ingest([str(src)], out, IngestOptions(workers=0))
    assert summary.copies == 2
    docs = {r["name"].rsplit("#", 1)[1]: r for r in _documents(out)}
    assert docs["site-b"]["status"] == docs["site-c"]["status"] == "duplicate"
    assert docs["site-b"]["duplicate_of"] == docs["site-c"]["duplicate_of"] == docs["agency"]["unit_id"]
    assert docs["other-agency"]["status"] == "extracted" and docs["other-agency"]["n_reports"] > 0
    documents_with_reports = {r[rows_index(out, "document")] for r in rows(out, "reports")}
    assert not any(d.endswith(("site-b", "site-c")) for d in documents_with_reports)


def rows_index(out, column: str) -> int:
    import pyarrow.dataset as ds

    names = [c for c in ds.dataset(out / "reports", format="parquet").schema.names if c != "batch"]
    return names.index(column)


def _documents(out):
    import pyarrow.dataset as ds

    return ds.dataset(out / "documents", format="parquet").to_table().to_pylist()
