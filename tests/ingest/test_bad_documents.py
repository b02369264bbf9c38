"""A bad document (binary, undecodable, empty, a 50 MB blob, a bug in extraction) is logged with its reason in the
errors table and never stops the run; the good documents around it are all read."""

from __future__ import annotations

import json

import pyarrow.dataset as ds

from geo.ingest import work
from geo.ingest.run import IngestOptions, ingest
from tests.ingest.corpus import ARTICLES


def _table(out, kind):
    return ds.dataset(out / kind, format="parquet").to_table().to_pylist()


def test_bad_documents_are_logged_and_the_rest_is_read(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a_good.txt").write_text(ARTICLES["kharkiv"])
    (src / "b_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (src / "c_empty.txt").write_bytes(b"   \n")
    with (src / "d_blob.txt").open("wb") as f:  # 50 MB: refused by its size, not read into memory
        f.truncate(50_000_000)
    (src / "e_lines.jsonl").write_text(
        json.dumps({"id": "ok", "text": ARTICLES["ganja"]}) + "\n" + json.dumps({"id": "num", "text": 42}) + "\n"
    )
    (src / "f_good.html").write_text(f"<html><body><article><p>{ARTICLES['eilat']}</p></article></body></html>")
    out = tmp_path / "out"
    summary = ingest([str(src)], out, IngestOptions(workers=0))
    assert summary.errors == 4
    errors = {e["name"].rsplit("/", 1)[-1]: e for e in _table(out, "errors")}
    assert "not text" in errors["b_image.txt"]["reason"]
    assert "empty" in errors["c_empty.txt"]["reason"]
    assert "too large (50.0 MB" in errors["d_blob.txt"]["reason"]
    assert "no text" in errors["e_lines.jsonl#num"]["reason"]
    assert all(e["kind"] == "error" for e in errors.values())
    documents = {d["name"].rsplit("/", 1)[-1]: d for d in _table(out, "documents")}
    assert {n for n, d in documents.items() if d["status"] == "extracted" and d["n_reports"] > 0} == {
        "a_good.txt",
        "e_lines.jsonl#ok",
        "f_good.html",
    }


def test_a_document_that_breaks_extraction_is_logged_not_fatal(tmp_path, monkeypatch):
    real = work.extract_document

    def fragile(doc, source, gazetteer=None):
        if "Ganja" in doc.text:
            raise RecursionError("deep trouble")
        return real(doc, source, gazetteer)

    monkeypatch.setattr(work, "extract_document", fragile)
    src = tmp_path / "lines.jsonl"
    src.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()))
    out = tmp_path / "out"
    summary = ingest([str(src)], out, IngestOptions(workers=0))
    assert summary.errors == 1 and summary.documents == len(ARTICLES)
    [error] = _table(out, "errors")
    assert error["name"].endswith("#ganja") and "RecursionError: deep trouble" in error["reason"]
    assert {d["status"] for d in _table(out, "documents") if d["name"].endswith("#ganja")} == {"error"}


def test_a_long_document_is_read_in_parts_and_the_errors_table_says_so(tmp_path):
    paragraphs = [ARTICLES["kharkiv"].replace("3 March", f"{1 + i % 28} March") + f" Update {i}." for i in range(60)]
    (tmp_path / "long.txt").write_text("\n\n".join(paragraphs))
    out = tmp_path / "out"
    ingest([str(tmp_path / "long.txt")], out, IngestOptions(workers=0, part_chars=2_000))
    [note] = _table(out, "errors")
    assert note["kind"] == "split" and "parts at paragraph boundaries" in note["reason"]
    parts = sorted(_table(out, "documents"), key=lambda d: d["part"])
    assert len(parts) > 5 and [d["part"] for d in parts] == list(range(1, len(parts) + 1))
    assert all(d["chars"] <= 2_000 and d["status"] == "extracted" and d["n_reports"] > 0 for d in parts)
