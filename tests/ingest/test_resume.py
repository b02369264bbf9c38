"""Crash safety: a run killed with SIGKILL at any moment and started again ends with the same output as a run that
was never stopped (nothing lost, nothing twice), and a re-run skips what is done."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from geo.ingest.browse import read_reports
from geo.ingest.output import committed_batches
from geo.ingest.run import IngestOptions, ingest
from tests.ingest.corpus import numbered_articles, rows

ROOT = Path(__file__).resolve().parents[2]


def _corpus(path: Path, n: int) -> None:
    lines = [json.dumps(r) for r in numbered_articles(n)]
    for i in range(0, n, 25):  # copies of earlier stories, and a bad line now and then
        lines.insert(i + 3, json.dumps({"id": f"copy{i}", "text": "Reprinted. " + numbered_articles(i + 1)[i]["text"]}))
        lines.insert(i + 7, json.dumps({"id": f"bad{i}", "text": ""}))
    path.write_text("\n".join(lines) + "\n")


def snapshot(out: Path) -> dict:
    """What a user reads from the folder: the reports (committed batches), the documents and the errors."""
    reports = read_reports(out)
    return {
        "reports": sorted(tuple(str(v) for v in row) for row in reports.to_wkt().itertuples(index=False)),
        "report_ids": len(reports["report_id"]) - reports["report_id"].nunique(),  # repeated ids: must be 0
        "documents": rows(out, "documents"),
        "errors": rows(out, "errors"),
    }


def _start(src: Path, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "geo", "ingest", str(src), "--out", str(out), "--workers", "2", "--batch-docs", "8"]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_after_commits(proc: subprocess.Popen, out: Path, commits: int, timeout_s: float = 120) -> bool:
    """SIGKILL the run once `commits` more batches are committed; False when it finished first."""
    start = len(committed_batches(out)) if (out / "documents").exists() else 0
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if (out / "documents").exists() and len(committed_batches(out)) >= start + commits:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.02)
    proc.kill()
    raise AssertionError("the run committed nothing in time")


def test_killed_twice_then_resumed_equals_an_uninterrupted_run(tmp_path):
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 240)
    reference = tmp_path / "reference"
    ingest([str(src)], reference, IngestOptions(workers=0))
    expected = snapshot(reference)
    assert expected["report_ids"] == 0 and len(expected["reports"]) > 200

    out = tmp_path / "out"
    assert _kill_after_commits(_start(src, out), out, commits=2)
    partial = snapshot(out)
    assert 0 < len(partial["documents"]) < len(expected["documents"])
    assert _kill_after_commits(_start(src, out), out, commits=3)
    final = _start(src, out)
    assert final.wait(timeout=300) == 0, final.stderr.read().decode()
    assert snapshot(out) == expected


def test_a_rerun_skips_what_is_done_and_reads_only_new_documents(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for row in numbered_articles(6):
        (src / f"{row['id']}.txt").write_text(row["text"])
    out = tmp_path / "out"
    first = ingest([str(src)], out, IngestOptions(workers=0))
    again = ingest([str(src)], out, IngestOptions(workers=0))
    assert (first.documents, again.documents, again.skipped, again.reports) == (6, 0, 6, 0)
    (src / "new.txt").write_text(numbered_articles(7)[6]["text"])
    more = ingest([str(src)], out, IngestOptions(workers=0))
    assert (more.documents, more.skipped) == (1, 6)
    assert len(read_reports(out)) == first.reports + more.reports
