"""geo.evaluation.geoparse: the field's geoparsing metrics on corpora in the GeoWebNews and LGL/TR-News formats."""

from __future__ import annotations

import math

import pytest

from geo.errors import InputError
from geo.evaluation.geoparse import MAX_ERROR_KM, PlaceSpan, Scores, match, read_corpus, score

LGL_STYLE = """<?xml version='1.0' encoding='utf-8'?>
<articles><article docid="1"><text>Fire in Alexandria. Later, in Dublin, rain.</text><toponyms>
<toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
  <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
<toponym><start>31</start><end>37</end><phrase>Dublin</phrase></toponym>
<toponym><start>9</start><end>14</end><phrase>Later</phrase></toponym>
</toponyms></article></articles>"""

GWN_STYLE = """<articles><article file="3"><text>Greek police in Athens.</text><toponyms>
<toponym><start>0</start><end>5</end><extractedName>Greek</extractedName><type>Demonym</type></toponym>
<toponym><start>16</start><end>22</end><extractedName>Athens</extractedName><type>Literal</type>
  <latitude>37.98</latitude><longitude>23.72</longitude></toponym>
<toponym><start>6</start><end>12</end><extractedName>police</extractedName><type>Non_Toponym</type></toponym>
</toponyms></article></articles>"""


def test_lgl_style_reads_spans_coordinates_and_snaps_drifted_offsets(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_STYLE, encoding="utf-8")
    [article] = read_corpus(path)
    alexandria, dublin, later = article.toponyms
    assert article.text[alexandria.start : alexandria.end] == "Alexandria" and alexandria.lat == 31.3113
    assert (dublin.lat, dublin.lon) == (None, None)
    assert article.text[later.start : later.end] == "Later"  # offsets 9-14 drifted by one: snapped to the phrase


def test_gwn_style_keeps_demonyms_ungeocoded_and_drops_non_toponyms(tmp_path):
    path = tmp_path / "gwn.xml"
    path.write_text(GWN_STYLE, encoding="utf-8")
    [article] = read_corpus(path)
    assert [(t.start, t.end, t.lat) for t in article.toponyms] == [(0, 5, None), (16, 22, 37.98)]


def test_a_file_that_is_not_a_corpus_is_an_input_error(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<articles><oops>", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read the corpus"):
        read_corpus(path)


def test_spans_pair_one_to_one_by_largest_overlap():
    gold = [PlaceSpan(0, 10), PlaceSpan(12, 20)]
    predicted = [PlaceSpan(0, 4), PlaceSpan(2, 10), PlaceSpan(30, 35)]
    assert match(predicted, gold) == [(PlaceSpan(2, 10), PlaceSpan(0, 10))]


def test_scores_count_matches_and_errors_as_the_field_does(tmp_path):
    path = tmp_path / "gwn.xml"
    path.write_text(GWN_STYLE, encoding="utf-8")
    articles = read_corpus(path)
    athens_rome = PlaceSpan(16, 22, 41.90, 12.50)  # Rome's point for Athens: about 1,050 km off
    s = score(articles, lambda text: [PlaceSpan(0, 5), athens_rome, PlaceSpan(6, 12)])
    assert (s.predicted, s.gold, s.matched) == (3, 2, 2)
    assert s.precision == pytest.approx(2 / 3) and s.recall == 1.0
    [error] = s.errors_km  # the demonym has no gold point
    assert 1000 < error < 1100 and s.acc161 == 0.0
    unresolved = score(articles, lambda text: [PlaceSpan(16, 22)])
    assert unresolved.errors_km == (MAX_ERROR_KM,) and unresolved.auc == pytest.approx(1.0, abs=1e-4)


def test_auc_is_the_normalised_area_under_sorted_log_errors():
    s = Scores(predicted=3, gold=3, matched=3, errors_km=(0.0, 160.0, 20039.0))
    logs = sorted(math.log(1 + e) for e in s.errors_km)
    expected = ((logs[0] + logs[1]) / 2 + (logs[1] + logs[2]) / 2) / (math.log(20039) * 2)
    assert s.auc == pytest.approx(expected) and s.acc161 == pytest.approx(2 / 3)
    assert s.as_dict()["median_km"] == 160.0


def test_the_command_prints_each_corpus_and_gates_on_f1_and_acc161(tmp_path, monkeypatch, capsys):
    import geo.evaluation.geoparse as geoparse
    from geo.cli import main

    (tmp_path / "gwn.xml").write_text(GWN_STYLE, encoding="utf-8")
    monkeypatch.setattr(geoparse, "strikemap_parse", lambda text: [PlaceSpan(16, 22, 37.9, 23.7)])
    assert main(["evaluate", str(tmp_path), "--min-f1", "0.6", "--min-acc161", "0.9"]) == 0
    assert "gwn.xml" in capsys.readouterr().out
    assert main(["evaluate", str(tmp_path / "gwn.xml"), "--min-f1", "0.7"]) == 1  # one of two found: F1 0.67
    assert "GATE FAILED: gwn.xml" in capsys.readouterr().err
