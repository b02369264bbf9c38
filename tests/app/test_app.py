"""The Streamlit app's flows (add, filter, select, review, export, gazetteer) and its answers to bad input.

AppTest runs the script in-process with a fresh event store in tmp_path and the real gazetteer index, so every
test sees what a user would: messages, table rows, widgets, and what the store keeps afterwards.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date

from geo.store import STORE_FILE
from tests.app.apptest_kit import (
    HOSTILE,
    REPORTS,
    _button,
    _geojson,
    _open,
    _picker,
    _report,
    _stored,
    _table,
    _upload,
    plain,
)


def test_first_page_invites_the_user_to_add_articles(data):
    at = _open()
    assert not at.exception
    assert "No reports yet" in at.info[0].value
    assert at.expander[0].proto.expanded
    assert {"Extract reports", "Read the files", "Open the sample article"} <= {b.label for b in at.button}


def test_once_warm_the_empty_store_shows_the_empty_map_table_and_filters(data):
    """The first page comes without them (their modules load in the background); once loaded, the page shows
    where reports will go, so the browser has that code running before the first article."""
    at = _open()
    deadline = time.monotonic() + 180  # the warm-up reads the sample article: seconds on a busy machine
    while not at.get("component_instance") and time.monotonic() < deadline:
        time.sleep(0.5)
        at.run()
    assert not at.exception
    assert "No reports yet" in at.info[0].value
    (world,) = at.get("component_instance")
    assert "L.map(" in world.proto.json_args and "var rows = [];" in world.proto.json_args  # a map, no reports
    assert _table(at).empty
    assert at.metric[0].value == "0 of 0"


def test_the_sample_article_becomes_reports_on_the_map_and_in_the_table(data):
    at = _button(_open(), "Open the sample article").click().run()
    assert not at.exception
    found = int(re.search(r"(\d+) reports found", plain(at.success[0].value)).group(1))
    assert found > 0
    assert found == len(_stored(data).reports())
    assert len(_table(at)) == sum(r.is_drawn_strike for r in _stored(data).reports())  # as the map draws them
    map_args = at.get("component_instance")[0].proto.json_args
    ganja = next(r for r in _stored(data).reports() if r.place == "Ganja")
    assert f"{ganja.lat}" in map_args  # the map the user sees carries the report's marker
    assert _stored(data).documents()[0].published == "2020-10-11"


def test_a_report_in_the_articles_own_voice_names_the_article_in_the_table(data):
    own = _report("Barda", 40.37, 47.13, claimant=None, publisher="Wire Agency")
    unknown = _report("Tartar", 40.34, 46.93, claimant=None, claimant_country="AM")
    at = _upload(_open(), ("own.geojson", _geojson([REPORTS[0], own, unknown])))
    claimants = dict(zip(_table(at)["place"], _table(at)["claimant"], strict=True))
    assert claimants == {
        "Ganja": "Ministry of Defence",
        "Barda": "the article: Wire Agency",
        "Tartar": "the article: unknown source",
    }


def test_adding_the_same_article_again_adds_nothing(data):
    at = _button(_open(), "Open the sample article").click().run()
    rows = len(_table(at))
    at = _button(at, "Open the sample article").click().run()
    assert plain(at.success[0].value).endswith(", 0 new")
    assert len(_table(at)) == rows == sum(r.is_drawn_strike for r in _stored(data).reports())


def test_a_pasted_article_is_extracted_with_the_chosen_publication_date(data):
    at = _open()
    at.date_input(key="paste_published").set_value("2020-10-05")
    at.text_area(key="paste_text").input("Azerbaijan's Defence Ministry said Armenian forces shelled Ganja on Sunday.")
    at = _button(at, "Extract reports").click().run()
    assert not at.exception and not at.error
    assert "Ganja" in set(_table(at)["place"])
    assert _stored(data).documents()[0].published == "2020-10-05"


def test_the_chosen_language_overrides_detection(data):
    at = _open()
    at.selectbox(key="lang").set_value("id")
    at.text_area(key="paste_text").input("The ministry said the talks in Geneva would resume next week.")
    at = _button(at, "Extract reports").click().run()
    assert not at.exception
    assert _stored(data).documents()[0].language == "id"  # English text, read as the user said


def test_an_article_with_no_strike_place_is_a_warning_not_a_success(data):
    at = _open()
    at.text_area(key="paste_text").input("The committee met on Tuesday and agreed on the budget.")
    at = _button(at, "Extract reports").click().run()
    assert not at.success and not at.exception
    assert "0 reports found" in plain(at.warning[0].value)
    assert "no strike place was recognised" in plain(at.warning[0].value)
    assert _stored(data).reports() == []


def test_bad_input_gives_a_clear_message_and_loses_nothing(data):
    at = _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    assert len(_table(at)) == sum(r.is_drawn_strike for r in REPORTS)

    at = _button(at, "Extract reports").click().run()  # empty paste
    assert plain(at.error[0].value) == "The text box has no text: paste or upload an article"

    big = b"Ganja was shelled. " * (20 * 1024 * 1024 // 19 + 1)
    at = _upload(
        at,
        ("huge.txt", big),
        ("photo.txt", bytes(range(256)) * 40),
        ("broken.geojson", b'{"type": "FeatureCollection", "features": [{"type": "Feature"'),
        ("wrong.geojson", b'{"type": "Feature"}'),
        ("more.geojson", _geojson([_report("Aghdam", 39.99, 46.93, claimant_country="AZ")])),
    )
    messages = [plain(e.value) for e in at.error]
    assert any(m.startswith("huge.txt is 20 MB") for m in messages)
    assert any(m.startswith("photo.txt") for m in messages)
    assert any(m.startswith("broken.geojson is not valid JSON") for m in messages)
    assert any(m.startswith("wrong.geojson is not a GeoJSON FeatureCollection") for m in messages)
    assert plain(at.success[0].value) == "more.geojson: 1 report found, 1 new"  # good files in a batch still go in
    assert len(_stored(data).reports()) == len(REPORTS) + 1
    assert not at.exception


def test_a_bad_json_line_is_told_and_skipped_and_the_other_lines_go_in(data):
    """The CLI's rule (one reader, geo.io.inputs): a bad line is named with its file and line, the rest is read."""
    lines = [
        b'{"id": "fine", "text": "Forces shelled Ganja on Sunday."}',
        b'{"id": "cut", "text": "Forces',
        b'{"id": "empty", "title": "no text here"}',
        b'{"id": "also-fine", "text": "Armenia said Azerbaijani drones struck Stepanakert on Saturday."}',
    ]
    at = _upload(_open(), ("half.jsonl", b"\n".join(lines)), ("nothing.jsonl", b"not json\n[1, 2]\n"))
    warnings = [plain(w.value) for w in at.warning]
    assert any(w.startswith("half.jsonl:2: not JSON") for w in warnings)  # the file and line, in the CLI's words
    assert any(w.startswith('half.jsonl:3: no "text"') for w in warnings)
    assert any(w.startswith("nothing.jsonl:1: not JSON") for w in warnings)
    assert {d.name for d in _stored(data).documents()} == {"fine", "also-fine"}
    assert {"Ganja", "Khankendi"} <= set(_table(at)["place"])  # Stepanakert, as the gazetteer names it
    assert plain(at.success[0].value).startswith("half.jsonl: ")
    assert [plain(e.value) for e in at.error] == ['nothing.jsonl has no usable JSON lines with a "text" field']
    assert not at.exception


def test_a_corrupt_store_file_is_reported_and_left_alone(data):
    (data / STORE_FILE).write_bytes(b"this is not sqlite" * 64)
    at = _open()
    assert "not a strikemap event store" in plain(at.error[0].value)
    assert (data / STORE_FILE).read_bytes() == b"this is not sqlite" * 64


def test_filters_from_the_url_narrow_the_table_and_map(data):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    at = _open({"side": "Armenia", "other": "true"})  # friendly names, in the URL too
    assert set(_table(at)["place"]) == {"Stepanakert", "Tartar"}
    assert "Ganja" not in at.get("component_instance")[0].proto.json_args
    assert at.metric[0].value == "2 of 4"

    at = _open({"action": ["shelling", "interception"], "status": "unreviewed", "other": "true"})
    assert set(_table(at)["place"]) == {"Ganja", "Barda", "Tartar"}

    at = _open({"until": "2020-10-04", "other": "true"})
    assert set(_table(at)["place"]) == {"Stepanakert", "Ganja"}
    at.date_input(key="until").set_value(None).run()
    at.date_input(key="since").set_value(date(2020, 10, 5)).run()
    assert set(_table(at)["place"]) == {"Barda", "Tartar"}
    at.slider(key="conf").set_value(0.9).run()
    assert _table(at).empty


def test_the_selected_report_is_shown_and_the_url_reopens_it(data):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    at = _open()
    at.session_state["sel"] = REPORTS[1].report_id  # as a marker click, a table row or the feed sets it
    at.run()
    assert at.query_params["sel"] == REPORTS[1].report_id
    assert any("⟦Stepanakert⟧" in t.value for t in at.text)
    # The table opens with the selected row ticked, and the map is drawn with that report's marker highlighted.
    assert at.session_state[f"table-{REPORTS[1].report_id}-1"]["selection"]["rows"] == [1]
    assert f'\\"highlight\\": \\"{REPORTS[1].report_id}\\"' in at.get("component_instance")[0].proto.json_args
    _picker(at).set_value(REPORTS[0].report_id).run()  # the list of shown reports changes the selection too
    assert at.query_params["sel"] == REPORTS[0].report_id

    reopened = _open({"sel": REPORTS[2].report_id})  # an interception: drawn so that it can be seen
    assert _picker(reopened).value == REPORTS[2].report_id
    assert any("⟦Barda⟧" in t.value for t in reopened.text)


def test_review_records_every_change_and_survives_a_restart(data):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    rid = REPORTS[0].report_id
    at = _open({"sel": rid})
    at = _button(at, "Verify").click().run()
    assert _stored(data).report(rid).status == "verified"
    assert _button(at, "Verify").disabled

    form = next(f for f in at.get("form") if f.proto.form.form_id == f"edit-{rid}")
    form.selectbox[0].set_value("air_strike")
    form.text_input[0].input("Hikmet Hajiyev")
    form.date_input[0].set_value(date(2020, 10, 3))
    at = next(b for b in form.button if b.label == "Save changes").click().run()
    report = _stored(data).report(rid)
    assert (report.status, report.action, report.claimant) == ("edited", "air_strike", "Hikmet Hajiyev")
    assert report.event_date == "2020-10-03"
    history = {(c.field, c.previous, c.value) for c in _stored(data).history(rid)}
    assert {("status", "unreviewed", "verified"), ("action", "shelling", "air_strike")} <= history
    assert {
        ("claimant", "Ministry of Defence", "Hikmet Hajiyev"),
        ("event_date", "2020-10-04", "2020-10-03"),
    } <= history
    assert all(c.at for c in _stored(data).history(rid))

    restarted = _open({"sel": rid})  # a new session: everything comes back from the store
    assert _table(restarted).set_index("place").loc["Ganja", "status"] == "edited"
    changes = next(df.value for df in restarted.dataframe if "previous" in df.value.columns)
    assert list(changes["field"]).count("status") == 2


def test_a_report_moves_to_the_gazetteer_candidate_the_reviewer_picks(data, gazetteer):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    rid = REPORTS[0].report_id
    at = _open({"sel": rid})
    at.toggle(key=f"move-{rid}").set_value(True).run()
    at.text_input(key=f"move-q-{rid}").input("Armenia").run()  # the country, and towns in Colombia
    candidates = gazetteer.candidates("Armenia", limit=8)
    assert len(candidates) > 1
    pick = len(candidates) - 1  # not the default choice
    at.radio(key=f"move-c-{rid}").set_value(pick)
    at = _button(at, "Move the report here").click().run()
    moved = _stored(data).report(rid)
    assert (moved.place_id, moved.lat, moved.lon) == (candidates[pick].id, candidates[pick].lat, candidates[pick].lon)
    district = gazetteer.admin2_name(candidates[pick].id)  # a town in Honduras, in Olanchito's district
    assert district and moved.admin2 == district  # the move takes the new place's district
    assert moved.status == "edited"
    assert not at.exception


def test_every_export_format_is_offered_for_what_is_shown(data):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    at = _open({"side": "Azerbaijan"})
    assert any("Export what is shown (1 reports)" in h.value for h in at.subheader)  # Barda is an interception
    buttons = {b.label: b for b in at.get("download_button")}
    assert set(buttons) == {"GeoJSON", "GeoPackage", "CSV", "HTML map", "PNG"}
    assert not any(b.proto.disabled for b in buttons.values())


def test_article_text_never_becomes_markdown_or_html(data):
    hostile = _report(HOSTILE, 40.0, 46.0, claimant=HOSTILE, evidence=HOSTILE, claimant_country="AZ")
    at = _upload(_open(), (f"{HOSTILE}.geojson", _geojson([hostile])))
    at = _open({"sel": hostile.report_id})
    markdown = [m.value for m in (*at.markdown, *at.success, *at.error, *at.caption, *at.warning)]
    for text in markdown:
        assert "![" not in text and "<img" not in text and ":red[" not in text
    assert any(HOSTILE in t.value for t in at.text)  # shown, but as plain text


def test_the_gazetteer_page_ranks_candidates_with_scores(data):
    at = _open({"page": "Gazetteer", "q": "Ganja"})
    table = at.dataframe[0].value
    assert table.iloc[0]["country"] == "AZ"
    assert list(table["score"]) == sorted(table["score"], reverse=True)
    assert list(table["rank"]) == list(range(1, len(table) + 1))  # the numbers the map's tooltips carry
    assert "Azerbaijan" in at.get("component_instance")[0].proto.json_args  # a regional map names its countries
    assert at.query_params.get("q") == "Ganja" and "page" not in at.query_params  # the old link, redirected
    at = _open({"page": "Gazetteer", "q": "Qwxzvbnm"})
    assert "No place called" in plain(at.warning[0].value)


def test_jsonl_html_and_legacy_encoded_files_are_read(data):
    lines = [
        {
            "id": "wire-1",
            "text": "Azerbaijan's Defence Ministry said Armenian forces shelled Ganja.",
            "published": "2020-10-05",
        },
        {"id": "wire-2", "text": "Armenia said Azerbaijani drones struck Stepanakert on Saturday."},
    ]
    jsonl = "\n".join(json.dumps(line) for line in lines).encode()
    page = b"<html><head><title>Wire</title></head><body><p>Armenian forces shelled Mingachevir, the ministry said.</p>"
    page += b"<script>alert(1)</script></body></html>"
    legacy = "Le ministère a déclaré que les forces arméniennes ont bombardé Ganja à l'aube.".encode("cp1252")
    at = _upload(_open(), ("wires.jsonl", jsonl), ("page.html", page), ("legacy.txt", legacy))
    assert not at.error and not at.exception
    documents = {d.name: d for d in _stored(data).documents()}
    assert {"wire-1", "wire-2", "page.html", "legacy.txt"} <= set(documents)
    assert documents["wire-1"].published == "2020-10-05"
    assert {"Ganja", "Khankendi", "Mingachevir"} <= set(_table(at)["place"])
    assert "bombard" in _stored(data).document_text(documents["legacy.txt"].document_key)


def test_two_tabs_sending_the_same_review_record_it_once(data):
    _upload(_open(), ("reports.geojson", _geojson(REPORTS)))
    rid = REPORTS[0].report_id
    first, second = _open({"sel": rid}), _open({"sel": rid})  # two sessions showing the same state
    _button(first, "Reject").click().run()
    _button(second, "Reject").click().run()
    second = _open({"sel": rid})
    _button(second, "Verify").click().run()  # a later, deliberate change from a fresh view is kept
    statuses = [(c.previous, c.value) for c in _stored(data).history(rid) if c.field == "status"]
    assert statuses == [("unreviewed", "rejected"), ("rejected", "verified")]
