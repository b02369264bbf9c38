"""geo.extract.pipeline and geo.io.inputs: articles in (text, HTML, JSON lines, folders, stdin), StrikeReports out,
bad input told clearly."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.extract.pipeline import extract_articles, extract_text
from geo.io.inputs import read_articles, warn_stderr
from geo.model import StrikeReport

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed" / "liputan6-2020-10-05-karabakh.txt"
ARTICLE = (
    "Kementerian Pertahanan Azerbaijan menyebutkan bahwa pasukan Armenia telah menembaki Ganja pada Minggu malam. "
    "Polisi menyita ganja di Medan."
)


def extract_paths(inputs: list[str], *, published: str | None, lang: str) -> list[StrikeReport]:
    """What `python -m geo extract` does with its inputs."""
    return extract_articles(read_articles(inputs, published, warn_stderr), lang=lang, warn=warn_stderr)


def test_reports_fill_the_contract_and_ids_are_stable(gazetteer):
    first = extract_text(ARTICLE, document="a.txt", published="2020-10-05", gazetteer=gazetteer)
    again = extract_text(ARTICLE, document="a.txt", published="2020-10-05", gazetteer=gazetteer)
    assert [r.report_id for r in first] == [r.report_id for r in again] and len(first) == 1
    r = first[0]
    assert isinstance(r, StrikeReport) and r.status == "unreviewed"
    assert {f.name for f in fields(r)} >= {"report_id", "evidence", "char_start", "confidence"}
    assert (r.document, r.published, r.language, r.event_date) == ("a.txt", "2020-10-05", "id", "2020-10-04")
    assert r.evidence.startswith("Kementerian") and ARTICLE[r.char_start : r.char_end] == "Ganja"
    assert 0 < r.confidence <= 1 and r.uncertainty_km > 0
    other = extract_text(ARTICLE, document="b.txt", published="2020-10-05", gazetteer=gazetteer)
    assert other[0].report_id != r.report_id


def test_html_input_reads_the_article_body(gazetteer):
    html = (
        "<html><head><title>x</title></head><body><nav>Home | World</nav><article><p>Russian forces shelled "
        "Kharkiv overnight, regional governor Oleh Synehubov said on Tuesday.</p><p>Two people were wounded."
        "</p></article></body></html>"
    )
    (r,) = extract_text(html, document="k.html", published="2022-05-17", gazetteer=gazetteer)
    assert (r.place, r.claimant_country, r.language, r.source_title) == ("Kharkiv", "UA", "en", "x")


def test_seed_article_gives_the_five_strikes_and_no_reference_points(gazetteer):
    reports = extract_text(
        SEED.read_text(encoding="utf-8"), document=SEED.name, published="2020-10-05", gazetteer=gazetteer
    )
    drawn = {r.place: r for r in reports if r.is_drawn_strike}
    assert set(drawn) == {"Nagorno-Karabakh", "Stepanakert", "Ganja", "Mingechavir", "Absheron"}
    assert {p: drawn[p].claimant_country for p in drawn} == {
        "Nagorno-Karabakh": None,
        "Stepanakert": "AM",
        "Ganja": "AZ",
        "Mingechavir": "AZ",
        "Absheron": "AZ",
    }
    assert drawn["Mingechavir"].claimant == "Hikmet Hajiyev" and drawn["Mingechavir"].action == "missile_attack"
    assert drawn["Ganja"].attacker == "pasukan Armenia"
    assert all(r.event_date == "2020-10-04" for r in drawn.values())
    assert not {"Baku", "Yerevan", "Armenia", "Azerbaijan", "Jakarta"} & {r.place for r in reports}


def test_extract_paths_reads_files_folders_and_json_lines(tmp_path, gazetteer, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    lines = [
        {"id": "doc-1", "text": "Ukraine said Russian drones hit Odesa on Sunday.", "published": "2024-01-10"},
        {"nope": 1},
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    (tmp_path / "c.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)  # broken: skipped
    (tmp_path / "ignored.csv").write_text("a,b\n", encoding="utf-8")
    reports = extract_paths([str(tmp_path)], published="2020-10-05", lang="auto")
    assert sorted((r.document, r.place) for r in reports) == [("a.txt", "Ganja"), ("doc-1", "Odesa")]
    odesa = next(r for r in reports if r.place == "Odesa")
    assert (odesa.published, odesa.event_date) == ("2024-01-10", "2024-01-07")
    err = capsys.readouterr().err
    assert "c.html" in err and "b.jsonl:2" in err and "b.jsonl:3" in err


def test_stdin_is_read_with_a_dash(monkeypatch, gazetteer):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    reports = extract_paths(["-"], published="2020-10-05", lang="id")
    assert [(r.document, r.place) for r in reports] == [("stdin", "Ganja")]


def test_bad_single_inputs_are_user_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "nothing.jsonl").write_text('{"x": 1}\n', encoding="utf-8")
    for name in ("empty.txt", "bin.txt", "nothing.jsonl", "missing.txt"):
        with pytest.raises(InputError):
            extract_paths([str(tmp_path / name)], published=None, lang="auto")
    (tmp_path / "no-articles").mkdir()
    with pytest.raises(InputError, match=r"no \.txt"):
        extract_paths([str(tmp_path / "no-articles")], published=None, lang="auto")


def test_cli_extract_writes_geojson_and_exits_2_on_empty_input(tmp_path, gazetteer):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.geojson"
    run = subprocess.run(
        [sys.executable, "-m", "geo", "extract", str(article), "-o", str(out), "--published", "2020-10-05"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert run.returncode == 0, run.stderr
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["place"] for f in features] == ["Ganja"]
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "geo", "extract", str(tmp_path / "empty.txt"), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "empty" in run.stderr


def test_a_news_page_gives_reports_only_from_its_story(gazetteer):
    """Menus, trending tags, related links, captions, footers and scripts name places too: none is a report."""
    page = """<html><head><title>Drone hits Sumy</title><script>var tags=["Odesa","Kharkiv strike"];</script></head>
<body><nav><a href="/">Home</a> <a href="/k">Kyiv</a> <a href="/o">Odesa</a> <a href="/l">Lviv</a></nav>
<div class="trending">Trending: <a href="/t">Russian missiles hit Dnipro</a></div>
<article><h1>Drone hits Sumy</h1>
<figure><figcaption>Rescuers after a strike in Kharkiv last month. (AP Photo/Jane Doe)</figcaption></figure>
<p>KYIV, Ukraine (AP) — A Russian drone struck an apartment block in Sumy on Monday, killing two people,
regional Gov. Oleh Hryhorov said.</p>
<p>Read more: Russian shelling kills three in Kherson</p>
<p>The Associated Press could not verify the claim independently.</p></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/r1">Missiles strike Zaporizhzhia power plant</a></li>
<li><a href="/r2">Shelling hits Nikopol</a></li></ul></aside>
<footer>Copyright 2024 AP, 200 Liberty Street, New York. Bureaus: Kyiv, Moscow</footer>
<script>document.title = "Explosions in Lviv";</script></body></html>"""
    reports = extract_text(page, document="p.html", published="2024-03-12", gazetteer=gazetteer)
    assert [(r.place, r.claimant_country, r.event_date) for r in reports] == [("Sumy", "UA", "2024-03-11")]


def test_a_demonym_on_an_actor_or_weapon_names_no_country_of_the_articles_places():
    from geo.extract.countries import named_countries, place_countries
    from geo.text import normalise

    doc = normalise("Russian drones hit Pokrovsk. The Ukrainian city of Sumy was shelled by Russian forces.", lang="en")
    assert place_countries(doc) == ["UA"] and named_countries(doc) == ["UA", "RU"]
    doc = normalise("Shelling hit Donetsk, Russian-installed officials said.", lang="en")
    assert place_countries(doc) == [] and named_countries(doc) == ["RU"]
    # a patron or a weapon's maker neither fought nor is where anything happened
    doc = normalise("Iranian-made drones hit Kharkiv, and the Iran-backed group cheered.", lang="en")
    assert named_countries(doc) == []
