"""The events layer without a browser: drawn by default when strikes come from several articles, sized by sources,
marked when contested, every claim in the popup side by side and escaped; friendly labels; stable side colours."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from geo.events.group import build_events
from geo.frame import frame_to_reports, read_geojson, reports_to_frame
from geo.render.event_popups import event_popup_html
from geo.render.maps import _EventLayer, _StrikeLayers, build_map, event_radius_px, page_html
from geo.render.popups import precision_label
from geo.render.symbology import claim_label, side_label

SEED = Path(__file__).parents[1] / "data" / "seed_reports.geojson"
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def several_articles():
    """One strike on Ganja told by three outlets (Azerbaijan accuses Armenia, Armenia denies, AFP saw it), and a
    strike on Baku from one of them."""
    base = next(r for r in frame_to_reports(read_geojson(SEED)) if r.place_name == "Ganja")
    common = {"event_date": "2020-10-17", "action": "missile_attack", "claimant_kind": "military"}
    return [
        replace(base, report_id="r-az", document="trend.txt", publisher="Trend", claimant="Azerbaijan MoD",
                claimant_country="AZ", attacker="Armenian forces", attacker_country="AM", claim_type="accusation",
                evidence="Armenian forces fired a missile at Ganja.", **common),
        replace(base, report_id="r-am", document="armenpress.txt", publisher="Armenpress", claimant="Armenia MoD" + XSS,
                claimant_country="AM", attacker=None, attacker_country=None, claim_type="denial",
                evidence="Yerevan denied firing at Ganja" + XSS, url="javascript:alert(1)", **common),
        replace(base, report_id="r-afp", document="afp.txt", publisher="AFP", claimant="AFP", claimant_country=None,
                claim_type="witness", attacker=None, attacker_country=None,
                evidence="A missile hit a block of flats in Ganja.", **{**common, "claimant_kind": "media"}),
        replace(base, report_id="r-baku", document="afp.txt", publisher="AFP", place="Baku", place_name="Baku",
                lat=40.4093, lon=49.8671, claimant="AFP", claimant_country=None, claim_type="claim",
                evidence="A drone struck near Baku.", **{**common, "claimant_kind": "media", "action": "drone_strike"}),
    ]  # fmt: skip


def _child(m, kind):
    return next((child for child in m._children.values() if isinstance(child, kind)), None)


def test_several_articles_get_an_events_layer_by_default_and_the_reports_a_switch_away():
    m = build_map(reports_to_frame(several_articles()))
    rows = _child(m, _EventLayer).rows
    assert sorted(row[7] for row in rows) == sorted(e.event_id for e in build_events(several_articles()))
    html = m.get_root().render()
    assert "Events: one marker per strike (2, 1 contested)" in html
    reports_layer = _child(m, _StrikeLayers).reports_group
    assert reports_layer is not None and reports_layer.show is False  # the reports stay in the layer control, off
    assert "Reports: every claim on its own" in html


def test_one_article_or_no_events_asked_for_gives_the_reports_map_as_before():
    seed = read_geojson(SEED)  # one article's strikes (the other document holds only an interception)
    assert _child(build_map(seed), _EventLayer) is None
    assert _child(build_map(seed), _StrikeLayers).reports_group is None
    assert _child(build_map(reports_to_frame(several_articles()), events=[]), _EventLayer) is None


def test_events_given_are_drawn_as_given_and_one_can_be_opened():
    reports = several_articles()
    ganja = next(e for e in build_events(reports) if e.properties["place_name"] == "Ganja")
    m = build_map(reports_to_frame(reports), events=[ganja], highlight_event=ganja.event_id)
    layer = _child(m, _EventLayer)
    assert [row[7] for row in layer.rows] == [ganja.event_id] and layer.config["highlight"] == ganja.event_id


def test_an_event_marker_grows_with_its_sources_and_is_ringed_when_contested():
    assert event_radius_px(1) < event_radius_px(2) < event_radius_px(5) <= event_radius_px(500) == 22
    rows = {
        re.sub("<[^>]+>", "", row[6]).split(" · ")[0]: row
        for row in _child(build_map(reports_to_frame(several_articles())), _EventLayer).rows
    }
    assert rows["Ganja"][4] == 1 and rows["Baku"][4] == 0  # contested: the ring and badge
    assert rows["Ganja"][2] > rows["Baku"][2]  # three sources against one


def test_the_popup_shows_every_claim_side_by_side_and_escaped():
    reports = several_articles()
    ganja = next(e for e in build_events(reports) if e.properties["place_name"] == "Ganja")
    popup = event_popup_html(ganja, {r.report_id: r for r in reports}, {"AZ": "#111111", "AM": "#222222"},
                             {"AZ": "Azerbaijan", "AM": "Armenia"})  # fmt: skip
    assert popup.count('class="sm-claim ') == 3
    for text in (
        "Azerbaijan MoD",
        "accuses: missile attack",
        "Armenian forces (Armenia)",
        "denies it",
        "Armenpress",
        "armenpress.txt",
        "saw it: missile attack",
        "fired a missile at <mark>Ganja</mark>",
        "contested",
    ):
        assert text in re.sub("<(?!/?mark)[^>]+>", "", popup)  # as a reader sees it (the place marked)
    assert "<img" not in popup and "<script" not in popup and "&lt;img src=x" in popup
    assert "javascript:" not in popup  # a link only for http(s)
    sides = [popup.index(f">{name}<") for name in ("Armenia", "Azerbaijan", "Media / witness")]
    assert sides == sorted(sides)  # claims grouped by the side that makes them


def test_a_side_keeps_its_colour_whatever_is_shown():
    """A threat from a side that sorts first and hashes to Armenia's or Azerbaijan's colour: shown or hidden, it
    must not push them to another colour (the app's "also draw threats" recoloured Ukraine)."""
    seed = frame_to_reports(read_geojson(SEED))
    threat = replace(seed[0], report_id="r-threat", claim_type="threat", claimant_country="AF", claimant="Kabul")
    frame = reports_to_frame([*seed, threat])

    def colours(show_other: bool) -> dict[str, str]:
        layers = _child(build_map(frame, show_other=show_other), _StrikeLayers)
        names = [g.layer_name.rsplit(" (", 1)[0] for g in layers.side_groups]
        return dict(zip(names, layers.config["colours"], strict=True))

    plain, with_threats = colours(False), colours(True)
    assert "Afghanistan" in with_threats and "Afghanistan" not in plain
    for side in ("Armenia", "Azerbaijan", "Media / witness"):
        assert plain[side] == with_threats[side]
    assert len(set(with_threats.values())) == len(with_threats)  # still one colour per side


@pytest.mark.parametrize(
    ("precision", "km", "code", "words"),
    [
        (1, 84.4, "ADM1", "region or province, ± 84.4 km"),  # an oblast is never "exact place or town"
        (1, 5.0, "PPLA", "town or city, ± 5 km"),
        (2, 25.0, "ADM2", "district, ± 25 km"),
        (3, 200.0, "PCLI", "country, ± 200 km"),
        (2, 12.0, None, "part of or near a district, ± 12 km"),
        (None, None, None, ""),
    ],
)
def test_the_precision_label_fits_the_place(precision, km, code, words):
    assert precision_label(precision, km, code) == words


def test_labels_are_words_not_codes():
    assert side_label("AM", {"AM": "Armenia"}) == "Armenia" and side_label("XK", {}) == "XK"
    assert claim_label("denial") == "denies it" and claim_label("accusation") == "accuses"
    legend = _child(build_map(reports_to_frame(several_articles())), _StrikeLayers).config["legend"]
    assert "drone strike" in legend and "drone_strike" not in legend and "(AZ)" not in legend


def test_a_saved_page_starts_with_the_tiles_off_and_the_app_map_keeps_them_on():
    frame = read_geojson(SEED)
    tile_layer = next(c for c in build_map(frame)._children.values() if type(c).__name__ == "TileLayer")
    assert tile_layer.show is True
    html = page_html(frame)
    assert "OpenStreetMap tiles (online)" in html
    saved = next(c for c in build_map(frame, tiles_on=False)._children.values() if type(c).__name__ == "TileLayer")
    assert saved.show is False


def test_the_parties_of_a_war_keep_their_colours_whatever_else_is_on_the_map():
    from geo.render.symbology import PARTY_COLOURS, side_colours

    alone = side_colours(["UA", "RU"])
    crowded = side_colours(["UA", "RU", "AF", "AD", "AR", "AT", "BY", "media", "unknown"])
    assert alone["UA"] == crowded["UA"] == PARTY_COLOURS["UA"] and alone["RU"] == crowded["RU"] == PARTY_COLOURS["RU"]
    wars = [("UA", "RU"), ("AM", "AZ"), ("IL", "PS"), ("IL", "LB"), ("IL", "IR"), ("US", "IR"), ("SA", "YE"),
            ("IL", "US"), ("PS", "IR"), ("IL", "YE"), ("IL", "SY"), ("IQ", "IR"), ("US", "YE")]  # fmt: skip
    for pair in wars:
        assert PARTY_COLOURS[pair[0]] != PARTY_COLOURS[pair[1]]  # the sides of one war differ
    assert len(set(crowded.values())) == len(crowded)


def test_the_map_and_export_commands_draw_events_for_reports_of_several_articles(tmp_path):
    from geo.cli import main
    from geo.io.writers import write_geojson

    source = tmp_path / "reports.geojson"
    write_geojson(reports_to_frame(several_articles()), source)
    for command in ("map", "export"):
        out = tmp_path / f"{command}.html"
        assert main([command, str(source), "-o", str(out)]) == 0
        html = out.read_text(encoding="utf-8")
        assert "Events: one marker per strike (2, 1 contested)" in html and "sm-event-popup" in html
