"""The hand-over format: reports survive the trip through a GeoDataFrame and GeoJSON parsing."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from geo.errors import InputError
from geo.frame import frame_to_reports, parse_geojson, reports_to_frame
from geo.model import PROPERTIES, StrikeReport, make_report_id


def _report(**changes) -> StrikeReport:
    base = {name: None for name in PROPERTIES}
    base.update(
        report_id=make_report_id("doc", 10, 20),
        place="Ganja",
        action="shelling",
        char_start=10,
        char_end=15,
        confidence=0.8,
        geo_precision=1,
        status="unreviewed",
    )
    base.update(changes)
    return StrikeReport(**base, lat=40.68, lon=46.36)


def test_report_ids_are_stable_and_distinct():
    assert make_report_id("doc", 1, 2) == make_report_id("doc", 1, 2)
    assert make_report_id("doc", 1, 2) != make_report_id("doc", 1, 3)


def test_reports_round_trip_through_a_frame():
    reports = [_report(), _report(place="Stepanakert", claimant="Armenia", uncertainty_km=5.0)]
    frame = reports_to_frame(reports)
    assert list(frame.columns[:-1]) == list(PROPERTIES)
    assert frame.crs.to_epsg() == 4326
    assert frame_to_reports(frame) == reports


def test_parse_geojson_reads_contract_features_and_defaults_status():
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [46.36, 40.68]},
                "properties": {"place": "Ganja"},
            }
        ],
    }
    frame = parse_geojson(json.dumps(doc))
    [report] = frame_to_reports(frame)
    assert (report.lon, report.lat, report.place, report.status) == (46.36, 40.68, "Ganja", "unreviewed")
    assert report.claimant is None


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"\x00\xff\xfe binary", "not valid JSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": [{"geometry": null}]}', "not a Point"),
        (
            '{"type": "FeatureCollection", "features": [{"geometry": {"type": "Point", "coordinates": [40, 200]}}]}',
            "out of range",
        ),
    ],
)
def test_parse_geojson_rejects_malformed_input_clearly(raw, message):
    with pytest.raises(InputError, match=message):
        parse_geojson(raw)


def test_drawn_strikes_exclude_threats_interceptions_and_rejections():
    assert _report(claim_type="claim").is_drawn_strike
    assert not _report(claim_type="threat").is_drawn_strike
    assert not replace(_report(claim_type="claim"), action="interception").is_drawn_strike
    assert not _report(claim_type="claim", status="rejected").is_drawn_strike


@pytest.mark.parametrize(
    "props, message",
    [
        ({"confidence": "high"}, "confidence has the wrong type \\(expected a number"),
        ({"geo_precision": 1.5}, "geo_precision has the wrong type \\(expected an integer"),
        ({"char_start": True}, "char_start has the wrong type"),
        ({"place": {"name": "Ganja"}}, "place must be text or null, not dict"),
        ({"event_date": 20201004}, "event_date must be text or null, not int"),
        ({"status": "approved"}, "status is 'approved', expected one of unreviewed, verified"),
        ({"action": "bombing"}, "action is 'bombing', expected one of shelling"),
    ],
)
def test_parse_geojson_names_the_feature_and_property_of_a_wrongly_typed_value(props, message):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.36, 40.68]}, "properties": props}
        ],
    }
    with pytest.raises(InputError, match=f"feature 0: {message}"):
        parse_geojson(json.dumps(doc))


def test_parse_geojson_keeps_integral_numbers_as_their_contract_types():
    props = {"geo_precision": 2.0, "confidence": 1, "place": "42"}
    doc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.36, 40.68]}, "properties": props}
        ],
    }
    [report] = frame_to_reports(parse_geojson(json.dumps(doc)))
    assert (report.geo_precision, report.confidence, report.place) == (2, 1.0, "42")


def test_frame_to_reports_fills_missing_columns_and_cleans_missing_values():
    frame = reports_to_frame([_report(confidence=None), _report(place="Stepanakert", confidence=0.5)])
    frame = frame.drop(columns=["claimant"])
    reports = frame_to_reports(frame)
    assert [r.claimant for r in reports] == [None, None]
    assert [r.confidence for r in reports] == [None, 0.5]
    assert [r.char_start for r in reports] == [10, 10]


def test_the_later_contract_properties_are_present_and_round_trip(tmp_path):
    from geo.io.writers import write_geojson

    report = replace(_report(), fatalities=12, injured=40, admin2="Ganja city", source_title="Missile hits Ganja",
                     notes="checked against photos", event_id="e-1")  # fmt: skip
    out = tmp_path / "r.geojson"
    write_geojson(reports_to_frame([report]), out)
    props = json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]
    assert {"admin2", "fatalities", "injured", "source_title", "notes", "event_id"} <= set(props)
    assert frame_to_reports(parse_geojson(out.read_bytes())) == [report]
    point = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.36, 40.68]}, "properties": {}}
    [read] = frame_to_reports(parse_geojson(json.dumps({"type": "FeatureCollection", "features": [point]})))
    assert (read.fatalities, read.event_id, read.notes) == (None, None, None)
