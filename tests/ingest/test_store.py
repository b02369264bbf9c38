"""--store adds every extracted document and its reports to the event store, once, however often the run is
repeated or resumed (the store's writes are idempotent and happen before a batch is committed)."""

from __future__ import annotations

import json

from geo.ingest.browse import read_reports
from geo.ingest.run import IngestOptions, ingest
from geo.store import open_store
from tests.ingest.corpus import ARTICLES


def test_ingest_adds_documents_and_reports_to_the_store(tmp_path):
    src = tmp_path / "news.jsonl"
    lines = [{"id": k, "text": v} for k, v in ARTICLES.items()] + [{"id": "copy", "text": ARTICLES["ganja"]}]
    src.write_text("".join(json.dumps(r) + "\n" for r in lines))
    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    opts = IngestOptions(workers=0, add_to_store=True, store_url=url)
    summary = ingest([str(src)], tmp_path / "out", opts)
    store = open_store(url)
    assert len(store.reports()) == summary.reports == len(read_reports(tmp_path / "out"))
    assert {r.report_id for r in store.reports()} == set(read_reports(tmp_path / "out")["report_id"])
    assert len(store.documents()) == len(ARTICLES)  # the copy is linked in the documents table, not stored again
    ingest([str(src)], tmp_path / "out", opts)
    assert len(open_store(url).reports()) == summary.reports


def test_the_cli_adds_to_the_database_db_names(tmp_path):
    from geo.cli import main

    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()))
    url = f"sqlite:///{tmp_path / 'team.sqlite'}"
    assert main(["ingest", str(src), "--out", str(tmp_path / "out"), "--workers", "0", "--db", url]) == 0
    assert {r.report_id for r in open_store(url).reports()} == set(read_reports(tmp_path / "out")["report_id"])
