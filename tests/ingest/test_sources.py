"""Every kind of source ingest reads gives the same documents: folders of text and HTML, JSON lines, CSV, Parquet,
RSS and Atom feed files, WARC and ARC archives, and all of them inside .gz, .zst and .zip."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from geo.errors import InputError
from geo.ingest.sources import SourceOptions, prepare, read_sources
from tests.ingest.corpus import ARTICLES

PAGE = """<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1><p>{body}</p><p>More reporting followed from the region later in the day.</p></article>
<footer>Copyright 2024 Example News</footer></body></html>"""


def docs(*items: Path, **options) -> list:
    """The documents as the run's workers have them: read, then prepared (decoded, HTML taken out)."""
    return [prepare(d) for d in read_sources([str(i) for i in items], SourceOptions(**options))]


def test_folder_of_text_and_html(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLES["kharkiv"])
    (tmp_path / "sub" / "b.html").write_text(PAGE.format(title="Rockets on Ganja", body=ARTICLES["ganja"]))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    found = docs(tmp_path)
    assert [Path(d.name).name for d in found] == ["a.txt", "b.html"]
    assert found[0].text == ARTICLES["kharkiv"]
    assert ARTICLES["ganja"] in found[1].text
    assert "Copyright" not in found[1].text and "Home | World" not in found[1].text  # the body, not the page
    assert found[1].title == "Rockets on Ganja"


def test_jsonl_with_ids_dates_and_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps(
            {"id": "k1", "text": ARTICLES["kharkiv"], "published": "2022-03-03T10:00:00Z", "url": "https://a/1"}
        ),
        json.dumps({"id": "k2", "body": "the text is elsewhere"}),
        "{not json",
        json.dumps({"text": ARTICLES["eilat"]}),
    ]
    path.write_text("\n".join(lines) + "\n")
    found = docs(path)
    assert [(Path(d.name).name, d.error is None) for d in found] == [
        ("dump.jsonl#k1", True),
        ("dump.jsonl#k2", False),
        ("dump.jsonl#3", False),
        ("dump.jsonl#4", True),
    ]
    assert found[0].published == "2022-03-03" and found[0].url == "https://a/1"
    assert "not JSON" in found[2].error


def test_csv_with_named_columns(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        'story,day,link,headline\n"' + ARTICLES["ganja"] + '",04/10/2020,https://b/2,Ganja hit\n'
        '"' + ARTICLES["tartar"] + '",2020-10-05,,\n'
    )
    found = docs(path, text_col="story", date_col="day", url_col="link", title_col="headline")
    assert [d.text for d in found] == [ARTICLES["ganja"], ARTICLES["tartar"]]
    assert (found[0].url, found[0].title, found[0].published) == ("https://b/2", "Ganja hit", None)  # not ISO: unknown
    assert found[1].published == "2020-10-05"
    missing = docs(path)  # no column "text"
    assert len(missing) == 1 and "--text-col" in missing[0].error


def test_parquet_with_a_text_column(tmp_path):
    path = tmp_path / "dump.parquet"
    table = pa.table(
        {"id": ["p1", "p2"], "content": [ARTICLES["khan_younis"], None], "published": ["2023-05-12", None]}
    )
    pq.write_table(table, path)
    found = docs(path, text_col="content")
    assert found[0].name.endswith("#p1") and found[0].text == ARTICLES["khan_younis"]
    assert found[0].published == "2023-05-12"
    assert found[1].error == 'no text in column "content"'


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Ganja shelled</title><link>https://news.example/ganja</link>
<pubDate>Sun, 04 Oct 2020 09:00:00 GMT</pubDate><description>{ganja}</description></item>
<item><title>No body</title><link>https://news.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Eilat</title><link href="https://news.example/eilat"/><id>urn:1</id><updated>2023-11-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;{eilat}&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_feed_files(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS.format(ganja=ARTICLES["ganja"]))
    (tmp_path / "wire.atom").write_text(ATOM.format(eilat=ARTICLES["eilat"]))
    found = {d.name: d for d in docs(tmp_path / "wire.rss", tmp_path / "wire.atom")}
    ganja = found["https://news.example/ganja"]
    assert ganja.text == ARTICLES["ganja"] and ganja.published == "2020-10-04" and ganja.title == "Ganja shelled"
    assert "--fetch" in found["https://news.example/empty"].error
    assert ARTICLES["eilat"] in found["https://news.example/eilat"].text
    assert found["https://news.example/eilat"].published == "2023-11-01"


def _warc(path: Path, pages: dict[str, str], gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gz)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x/logo.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
            )
        )


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(
        path, {"https://site-a/kharkiv": PAGE.format(title="Kharkiv", body=ARTICLES["kharkiv"].replace("\n", " "))}, gz
    )
    found = docs(path)
    assert [d.name for d in found] == ["https://site-a/kharkiv"]  # the image is not a document
    assert "Russian forces shelled Kharkiv" in found[0].text and "Copyright" not in found[0].text


def test_arc_archive(tmp_path):
    html = PAGE.format(title="Rafah", body=ARTICLES["khan_younis"]).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    version = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://test.arc 0.0.0.0 20231101000000 text/plain %d\n" % len(version) + version + b"\n"
    arc += b"https://site-b/rafah 127.0.0.1 20231101000000 text/html %d\n" % len(http) + http + b"\n"
    (tmp_path / "old.arc").write_bytes(arc)
    found = docs(tmp_path / "old.arc")
    assert [d.name for d in found] == ["https://site-b/rafah"]
    assert ARTICLES["khan_younis"] in found[0].text


def test_compressed_sources_read_like_plain_ones(tmp_path):
    line = json.dumps({"id": "z", "text": ARTICLES["tartar"]}) + "\n"
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(line.encode()))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(line.encode()))
    with zipfile.ZipFile(tmp_path / "c.zip", "w") as z:
        z.writestr("inner/one.txt", ARTICLES["eilat"])
        z.writestr("inner/feed.rss", RSS.format(ganja=ARTICLES["ganja"]))
        z.writestr("inner/ignored.bin", b"\x00\x01")
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(ARTICLES["kharkiv"].encode()))
    found = docs(tmp_path)
    read = [d for d in found if d.error is None]
    assert [d.text for d in read] == [ARTICLES[k] for k in ("tartar", "tartar", "ganja", "eilat", "kharkiv")]
    assert read[0].name.endswith("a.jsonl.gz#z") and read[3].name.endswith("c.zip!inner/one.txt")


def test_truncated_gzip_is_one_error_after_what_was_read(tmp_path):
    lines = "".join(json.dumps({"id": f"t{i}", "text": ARTICLES["eilat"] + f" ({i})"}) + "\n" for i in range(200))
    raw = gzip.compress(lines.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(raw[: len(raw) // 2])
    found = docs(tmp_path / "cut.jsonl.gz")
    assert found[0].error is None and found[-1].error is not None and "cannot read" in found[-1].error


def test_missing_path_and_url_without_fetch_are_refused_before_reading(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        docs(tmp_path / "nope")
    with pytest.raises(InputError, match="--fetch"):
        list(read_sources(["https://example.org/feed.xml"], SourceOptions()))
