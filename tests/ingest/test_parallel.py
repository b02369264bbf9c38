"""Work is done by the workers, not by the run's own process: pages are taken out of their HTML and documents
hashed for the copy finder in worker processes, the parts of a long document are extracted by every worker, and
a resumed run does not prepare again the plain documents it did before."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.dataset as ds

import geo.ingest.dedup as dedup
import geo.ingest.run as run
import geo.ingest.sources as sources
import geo.ingest.work as work
from geo.ingest.run import IngestOptions, ingest
from tests.ingest.corpus import ARTICLES, numbered_articles

LOG = "STRIKEMAP_TEST_PIDS"  # a file each process appends "what pid" lines to (forked workers inherit it)
_html_to_text, _signature, _prepare_docs, _process_batch = (
    sources.html_to_text,
    dedup.signature,
    work.prepare_docs,
    work.process_batch,
)


def _note(what: str) -> None:
    with open(os.environ[LOG], "a") as log:
        log.write(f"{what} {os.getpid()}\n")


def html_to_text(markup):
    _note("html")
    return _html_to_text(markup)


def signature(tokens):
    _note("minhash")
    return _signature(tokens)


def prepare_docs(docs):
    _note(f"prepare:{len(docs)}")
    return _prepare_docs(docs)


def process_batch(batch):
    _note("extract")
    return _process_batch(batch)


def _watch(monkeypatch, tmp_path) -> Path:
    log = tmp_path / "pids.log"
    log.touch()
    monkeypatch.setenv(LOG, str(log))
    monkeypatch.setattr(sources, "html_to_text", html_to_text)
    monkeypatch.setattr(dedup, "signature", signature)
    monkeypatch.setattr(run, "prepare_docs", prepare_docs)
    monkeypatch.setattr(run, "process_batch", process_batch)
    return log


def _pids(log: Path) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for line in log.read_text().splitlines():
        what, pid = line.split()
        found.setdefault(what.split(":")[0], set()).add(int(pid))
    return found


def test_html_and_hashing_run_in_the_workers_not_in_the_run(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / f"{name}.html").write_text(f"<html><body><article><p>{text}</p></article></body></html>")
        (src / f"{name}.txt").write_text(text + "\n\nFiled by our correspondent.")
    log = _watch(monkeypatch, tmp_path)
    summary = ingest([str(src)], tmp_path / "out", IngestOptions(workers=2))
    assert summary.documents == 10 and summary.reports > 0
    pids = _pids(log)
    assert pids["html"] and pids["minhash"] and pids["extract"]
    assert os.getpid() not in pids["html"] | pids["minhash"] | pids["extract"]


def test_the_parts_of_a_long_document_are_extracted_by_every_worker(tmp_path, monkeypatch):
    strikes = [r["text"] for r in numbered_articles(40)]
    (tmp_path / "long.txt").write_text("\n\n".join(f"{s}\n\nThe council met to discuss roads." for s in strikes))
    log = _watch(monkeypatch, tmp_path)
    out = tmp_path / "out"
    ingest([str(tmp_path / "long.txt")], out, IngestOptions(workers=2, part_chars=1000))
    [note] = ds.dataset(out / "errors").to_table().to_pylist()
    assert note["kind"] == "split" and note["reason"].startswith("split into ")
    parts = ds.dataset(out / "documents").to_table(columns=["parts"]).column("parts").to_pylist()
    assert len(parts) == parts[0] >= 10
    assert len(_pids(log)["extract"] - {os.getpid()}) == 2  # both workers, not one doing every part in turn


def test_a_resumed_run_does_not_prepare_plain_documents_done_before(tmp_path, monkeypatch):
    src = tmp_path / "news.jsonl"
    rows = numbered_articles(30)
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    first = ingest([str(src)], out, IngestOptions(workers=0))
    with src.open("a") as f:
        f.write(json.dumps({"id": "new", "text": ARTICLES["eilat"]}) + "\n")
    log = _watch(monkeypatch, tmp_path)
    again = ingest([str(src)], out, IngestOptions(workers=0))
    prepared = [int(line.split()[0].split(":")[1]) for line in log.read_text().splitlines() if "prepare" in line]
    assert sum(prepared) == 1  # the new document only
    assert first.documents == 30 and again.documents == 1 and again.skipped == 30


def test_the_last_batches_are_smaller_so_no_worker_waits_long_for_another(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in numbered_articles(200)))
    out = tmp_path / "out"
    ingest([str(src)], out, IngestOptions(workers=0))
    table = ds.dataset(out / "documents").to_table(columns=["batch", "seq"]).to_pylist()
    sizes: dict[str, list[int]] = {}
    for row in table:
        sizes.setdefault(row["batch"], []).append(row["seq"])
    in_order = [len(seqs) for _, seqs in sorted(sizes.items(), key=lambda kv: min(kv[1]))]
    assert sum(in_order) == 200 and in_order[-1] < in_order[0]
    assert in_order[-3:] == sorted(in_order[-3:], reverse=True)


def test_a_resumed_run_does_not_prepare_utf8_files_done_before(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("kharkiv", "ganja", "eilat"):
        (src / f"{name}.txt").write_text(ARTICLES[name])
    (src / "page.html").write_text(f"<html><body><article><p>{ARTICLES['tartar']}</p></article></body></html>")
    out = tmp_path / "out"
    ingest([str(src)], out, IngestOptions(workers=0))
    (src / "khan_younis.txt").write_text(ARTICLES["khan_younis"])
    log = _watch(monkeypatch, tmp_path)
    again = ingest([str(src)], out, IngestOptions(workers=0))
    prepared = [int(line.split()[0].split(":")[1]) for line in log.read_text().splitlines() if "prepare" in line]
    assert sum(prepared) == 2  # the new file, and the page (its id is that of the article taken out of it)
    assert again.documents == 1 and again.skipped == 4
