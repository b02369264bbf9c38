"""The same job on a Dask distributed cluster (here a LocalCluster of two separate worker processes) gives the same
folder as a run in one process: the workers extract and write the reports partitions in place."""

from __future__ import annotations

import json

import pytest

from geo.ingest.run import IngestOptions, ingest
from tests.ingest.corpus import ARTICLES, numbered_articles
from tests.ingest.test_resume import snapshot


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_a_local_dask_cluster_gives_the_same_output(tmp_path, cluster, monkeypatch):
    src = tmp_path / "corpus.jsonl"
    docs = numbered_articles(40) + [{"id": k, "text": v} for k, v in ARTICLES.items()]
    docs.append({"id": "copy", "text": ARTICLES["ganja"]})
    src.write_text("".join(json.dumps(d) + "\n" for d in docs))
    reference = tmp_path / "reference"
    ingest([str(src)], reference, IngestOptions(workers=0))

    out = tmp_path / "dask"
    summary = ingest([str(src)], out, IngestOptions(scheduler=cluster.scheduler_address, batch_units=5))
    assert summary.documents == len(docs) and summary.copies == 1
    assert snapshot(out) == snapshot(reference)
    assert len(set(cluster_pids(cluster))) == 2

    # DASK_SCHEDULER_ADDRESS does the same without the option; a re-run finds everything done.
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
    again = ingest([str(src)], out, IngestOptions())
    assert (again.documents, again.skipped) == (0, len(docs))


def cluster_pids(cluster) -> list[int]:
    import os

    from distributed import Client

    with Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)
    assert os.getpid() not in pids.values()  # separate processes, not threads of this one
    return list(pids.values())
