"""The map's content without a browser: what is drawn, how it is labelled, escaped and made offline."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import folium
import pytest
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen
from shapely.geometry import Point

from geo.cli import main
from geo.errors import InputError
from geo.frame import empty_frame, frame_to_reports, read_geojson, reports_to_frame
from geo.io.writers import write_html
from geo.model import ACTIONS
from geo.render import basemap
from geo.render.assets import inline_assets
from geo.render.maps import _StrikeLayers, build_map, embed_snippet
from geo.render.popups import highlight_place, popup_html, safe_link, tooltip_html
from geo.render.static_map import merge_close_labels, place_label
from geo.render.symbology import ACTION_SHAPES, COUNTRY_PALETTE, SHAPE_MARKERS, SHAPE_PATHS, claimant_side, side_colours

SEED = Path(__file__).parents[1] / "data" / "seed_reports.geojson"
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


@pytest.fixture
def seed():
    return read_geojson(SEED)


def _layers(m: folium.Map) -> _StrikeLayers:
    return next(child for child in m._children.values() if isinstance(child, _StrikeLayers))


def _drawn_ids(m: folium.Map) -> set[str]:
    return {row[9] for row in _layers(m).rows}


def _elements(element):
    yield element
    for child in element._children.values():
        yield from _elements(child)


def test_only_drawn_strikes_by_default_and_others_on_request(seed):
    reports = frame_to_reports(seed)
    drawn = {r.report_id for r in reports if r.is_drawn_strike}
    assert _drawn_ids(build_map(seed)) == drawn
    everything = _drawn_ids(build_map(seed, show_other=True))
    assert everything == {r.report_id for r in reports}
    other_flags = {row[9]: row[4] for row in _layers(build_map(seed, show_other=True)).rows}
    assert {rid for rid, flag in other_flags.items() if flag == 0} == {r.report_id for r in reports} - drawn


def test_rejected_reports_are_never_drawn(seed):
    reports = frame_to_reports(seed)
    rejected = replace(reports[1], status="rejected")
    m = build_map(reports_to_frame([rejected, *reports[2:]]), show_other=True)
    assert rejected.report_id not in _drawn_ids(m)


def test_one_layer_per_claimant_side_in_the_layer_control(seed):
    html = build_map(seed).get_root().render()
    for name in ("Armenia (2)", "Azerbaijan (3)", "Media / witness (2)"):
        assert name in html
    assert "(AM)" not in html and "(AZ)" not in html  # names, not codes
    assert "Heat: strike density" not in html
    assert "Heat: strike density" in build_map(seed, heat=True).get_root().render()


def test_colours_are_stable_across_maps_and_distinct_within_one():
    assert side_colours(["AM"])["AM"] == side_colours(["AM", "AZ"])["AM"]
    many = side_colours([f"{a}{b}" for a in "ABC" for b in "XYZ"])
    countries = [colour for side, colour in many.items() if side not in ("media", "unknown")]
    assert len(set(countries)) == len(countries) <= len(COUNTRY_PALETTE)
    assert claimant_side("am", "government") == "AM"
    assert claimant_side(None, "witness") == "media"
    assert claimant_side("<b>", "official") == "unknown"


def test_popup_escapes_article_text_and_highlights_the_place(seed):
    report = replace(
        frame_to_reports(seed)[1],
        place="Stepanakert" + XSS,
        claimant=XSS,
        evidence=f"Warga melaporkan bahwa Stepanakert{XSS} dibom.",
        url="javascript:alert(1)",
        publisher=XSS,
    )
    popup = popup_html(report)
    assert "<script" not in popup and "<img" not in popup
    assert "&lt;script&gt;" in popup and "&lt;img src=x" in popup
    assert "<mark>Stepanakert&lt;img" in popup
    assert "<a " not in popup and "javascript:" not in popup  # an unsafe URL is not linked
    assert "<script" not in tooltip_html(report)


def test_article_text_is_never_run_as_a_template_when_the_page_renders(seed, tmp_path):
    """folium pages are Jinja templates: braces in an article must reach the page as text, never as code."""
    marker = tmp_path / "ran"
    payload = f"{{{{ 7*7 }}}} {{{{ cycler.__init__.__globals__.os.mkdir('{marker}') }}}} {{% for x in y %}}"
    reports = [replace(r, evidence=f"Stepanakert {payload}", claimant=payload) for r in frame_to_reports(seed)]
    html = build_map(reports_to_frame(reports)).get_root().render()
    assert "{{ 7*7 }}" in html and "{% for x in y %}" in html
    assert not marker.exists()


def test_only_http_links_become_links():
    assert safe_link("https://example.org/a?b=1&c=2", "src").startswith('<a href="https://example.org/a?b=1&amp;c=2"')
    assert 'rel="noopener noreferrer"' in safe_link("http://example.org", "x")
    for url in ("javascript:alert(1)", "data:text/html,<b>x</b>", "//example.org", "ftp://example.org", None):
        assert "<a" not in safe_link(url, "src")
    assert safe_link('https://x.org/"onmouseover="alert(1)', "s").count('"') == 8  # the quote is escaped


def test_highlight_marks_every_occurrence_case_insensitively():
    assert (
        highlight_place("GANJA dan Ganja & <b>", ["Ganja"])
        == "<mark>GANJA</mark> dan <mark>Ganja</mark> &amp; &lt;b&gt;"
    )
    assert highlight_place("Tidak ada nama di sini.", ["Ganja", None]) == "Tidak ada nama di sini."


def test_reports_at_one_place_say_so_in_their_popups(seed):
    rows = _layers(build_map(seed)).rows
    stepanakert = [row for row in rows if "Stepanakert" in row[7]]
    assert len(stepanakert) == 3
    assert all("Also reported at this place" in row[6] for row in stepanakert)
    assert "Also reported at this place" not in next(row[6] for row in rows if "Ganja" in row[7])


def test_uncertainty_circles_only_for_districts_and_regions(seed):
    radii = {re.sub("<[^>]+>", "", row[7]).split(" · ")[0]: row[8] for row in _layers(build_map(seed)).rows}
    assert radii["Xirdalan"] == 25_000 and radii["Nagorno-Karabakh"] == 60_000
    assert radii["Ganja"] == 0


def test_time_control_gets_the_sorted_event_days(seed):
    config = _layers(build_map(seed, show_other=True)).config
    assert config["dates"] == ["2020-10-02", "2020-10-04", "2020-10-05"]
    assert config["drawnTotal"] == 7


def test_saved_map_references_nothing_online_except_tiles(seed, tmp_path):
    out = tmp_path / "map.html"
    write_html(seed, out, heat=True)
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", html)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", html)
    assert "url(http" not in html and "@import" not in html
    report_links = {r.url for r in frame_to_reports(seed) if r.url}
    for url in set(re.findall(r"https?://[^\"'\\ <>]+", html)) - report_links:
        assert "openstreetmap.org" in url  # tiles (optional, online) and their attribution
    assert out.stat().st_size < 1_500_000
    write_html(seed, out, tiles=False)
    assert set(re.findall(r"https?://[^\"'\\ <>]+", out.read_text(encoding="utf-8"))) <= report_links


def test_assets_are_inlined_per_instance_not_on_folium_classes(seed):
    m = build_map(seed, heat=True)
    for element in _elements(m):
        if isinstance(element, JSCSSMixin):
            assert all(url.startswith("data:") for _, url in [*element.default_js, *element.default_css])
    assert folium.Map.default_js[0][1].startswith("https://")  # the shared class list is untouched


def test_an_asset_without_offline_copy_fails_loudly():
    m = folium.Map(tiles=None)
    Fullscreen().add_to(m)
    with pytest.raises(ValueError, match="no offline copy"):
        inline_assets(m)


def test_empty_frame_gives_a_valid_map(tmp_path):
    out = tmp_path / "empty.html"
    write_html(empty_frame(), out)
    html = out.read_text(encoding="utf-8")
    assert "No strike reports to show." in html and "L.map(" in html


def test_save_map_rejects_wrong_extension_and_unwritable_path(seed, tmp_path):
    with pytest.raises(InputError, match=r"\.html"):
        write_html(seed, tmp_path / "map.png")
    with pytest.raises(InputError, match="cannot write"):
        write_html(seed, tmp_path / "nope" / "map.html")


def test_cli_map_command(tmp_path):
    assert main(["map", str(SEED), "-o", str(tmp_path / "m.html")]) == 0
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "Mingachevir" in html
    assert '"highlight": null' in html  # a saved map opens on all its reports, none singled out


def test_embed_snippet_is_one_sandboxed_iframe(seed):
    snippet = embed_snippet(seed, height_px=480)
    assert snippet.startswith("<iframe srcdoc=") and snippet.endswith("</iframe>")
    assert 'sandbox="allow-scripts' in snippet and "allow-same-origin" not in snippet
    assert "height: 480px" in snippet and "<script" not in snippet  # the page is escaped into the attribute
    assert snippet.isascii() and "&#9654;" in snippet  # ▶ survives a host page in any encoding


def test_country_outlines_are_fine_where_the_reports_are_and_coarse_elsewhere():
    found = basemap.outlines((46.3, 39.8, 49.8, 40.8))
    assert found.detail is not None
    assert found.detail.contains(Point(49.87, 40.41))  # Baku, on the Absheron coast, is land
    assert not found.detail.contains(Point(51.0, 41.0))  # the Caspian Sea is not
    assert found.world.contains(Point(2.35, 48.85))  # Paris, far outside the detail box
    assert {"Armenia", "Azerbaijan"} <= {label.name for label in found.labels}
    seen = {label.name: label for label in basemap.labels_in_view((45.76, 39.22, 50.36, 41.36))}  # a print view
    assert 45.76 < seen["Armenia"].lon < 46.6  # its label point (44.8 E) is off the page: named on its visible part
    assert "Russia" not in seen  # a sliver at the edge gets no name
    min_zoom = {label.name: label.min_zoom for label in basemap.outlines((30.0, 13.0, 37.0, 50.0)).labels}
    assert min_zoom["Ukraine"] < min_zoom["Moldova"] < min_zoom["Dhekelia Cantonment"]  # small names wait for room
    assert basemap.outlines(None).detail is None
    assert len(basemap.outlines_json((46.3, 39.8, 49.8, 40.8))) < 400_000  # small enough to inline in every map


def test_every_action_has_a_shape_on_both_maps():
    assert set(ACTION_SHAPES) == set(ACTIONS)
    assert set(ACTION_SHAPES.values()) <= set(SHAPE_PATHS) & set(SHAPE_MARKERS)


def test_print_map_labels_a_renamed_town_with_the_articles_name_too(seed):
    stepanakert = next(r for r in frame_to_reports(seed) if r.place == "Stepanakert")
    khankendi = replace(stepanakert, place_name="Khankendi", geo_precision=1)
    assert place_label(khankendi) == "Khankendi (Stepanakert)"  # another name: the reader of the article needs both
    spelt_otherwise = replace(khankendi, place="Mingechavir", place_name="Mingachevir")
    assert place_label(spelt_otherwise) == "Mingachevir"  # one name spelt two ways: the gazetteer's spelling
    district = replace(khankendi, place="Absheron", place_name="Absheron District", geo_precision=2)
    assert place_label(district) == "Absheron"  # a district as the article named it, not its seat


def test_print_map_names_neighbouring_places_once_not_overprinted():
    near = 14.0
    anchors = [(0.0, 0.0, "Khan Yunis"), (5.0, -3.0, "Rafah"), (0.0, 40.0, "Gaza"), (300.0, 0.0, "Eilat")]
    assert merge_close_labels(anchors, near) == [(0.0, 0.0, "Khan Yunis, Rafah"), (0.0, 40.0, "Gaza"),
                                                 (300.0, 0.0, "Eilat")]  # fmt: skip
