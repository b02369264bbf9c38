"""Corpus ingest (`python -m geo ingest`): folders, dumps, feeds and web archives to partitioned GeoParquet, on
all local cores or a Dask cluster, resumable after a crash. `sources` reads, `dedup` links copies, `split` cuts long
documents, `work` is what a worker does, `executors` where it runs, `output` the folder's layout, `browse` reads it
back with filters, `run` ties them together."""
