"""strikemap's front door: add articles, see their strike reports on a map and in a table, review them, export.

`streamlit run app.py`. Extraction, maps and exports live in `geo`; this file wires widgets to them and to the
event store. Article text is untrusted: it reaches the page only as plain text, table cells or escaped Markdown.
"""

from __future__ import annotations

import html
import json
import logging
import threading
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import streamlit as st

from geo.errors import InputError
from geo.lexicon import available_languages
from geo.model import ACTIONS, CLAIM_TYPES, STATUSES, StrikeReport
from geo.render.symbology import claimant_side, side_order
from geo.samples import load_samples
from geo.store import EventStore, default_url, open_store
from geo.store.base import document_key

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    import pandas as pd

# pandas and the gazetteer, extraction, map and export modules are imported where first used: the first page (an
# empty store) then needs none of them, which keeps it under the 3 s target on a busy 2-core machine.

MAX_FILE_MB = 10
UPLOAD_TYPES = ["txt", "html", "htm", "jsonl", "geojson", "json"]
EXPORTS = {  # label: (format, MIME type)
    "GeoJSON": ("geojson", "application/geo+json"),
    "GeoPackage": ("gpkg", "application/geopackage+sqlite3"),
    "CSV": ("csv", "text/csv"),
    "HTML map": ("html", "text/html"),
    "PNG": ("png", "image/png"),
}
TABLE_COLUMNS = ["place", "action", "claimant", "event_date", "status", "claim_type", "attacker", "confidence"]
VIEW_MARGIN_DEG = 12.0  # wider than what a candidate map at its closest zoom (6) shows around its points
LAND_STYLE = {"color": "#a89f8c", "weight": 0.8, "fillColor": "#f4f1ea", "fillOpacity": 1}
_MD_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$:=")


def md(text: object) -> str:
    """Untrusted text made inert for Streamlit Markdown: no links, images, HTML, maths or colour directives."""
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in " ".join(str(text).split()))


@st.cache_resource(show_spinner="Opening the gazetteer (the very first time it is built: about a minute)…")
def open_gazetteer():
    from gazetteer import Gazetteer

    return Gazetteer.open()


@st.cache_resource
def cached_store(url: str) -> EventStore:
    return open_store(url)


@st.cache_data(max_entries=500, show_spinner=False)
def extract(
    text: str, document: str, published: str | None, lang: str, url: str | None, publisher: str | None
) -> list[StrikeReport]:
    """Extraction cached per text and settings, so re-adding or rerunning costs nothing."""
    from geo.extract.pipeline import extract_text

    warming = warm_up()
    warming.go.set()
    warming.thread.join()  # finishing the warm-up beats racing it for the same cold caches

    return extract_text(
        text,
        document=document,
        published=published,
        lang=lang,
        url=url,
        publisher=publisher,
        gazetteer=open_gazetteer(),
    )


class WarmUp(NamedTuple):
    thread: threading.Thread
    map_ready: threading.Event  # the modules the map, table and filters need are loaded
    map_first: threading.Event  # stored reports wait for their map: the extraction warm-up waits for `go`
    go: threading.Event  # their page is drawn, or an article has come in


@st.cache_resource(show_spinner=False)
def warm_up() -> WarmUp:
    """Once per server, from its first page on: load the map machinery, then the extraction machinery (by reading
    the sample article) in the background, so the first article a user adds is answered at warm speed. Touches
    no Streamlit cache."""
    map_ready, map_first, go = threading.Event(), threading.Event(), threading.Event()

    def work() -> None:
        try:  # not streamlit_folium: its component must be declared by a script run, or its page is a 404
            from geo.frame import reports_to_frame
            from geo.render.maps import build_map

            build_map(reports_to_frame([]))
            map_ready.set()
            if map_first.is_set():  # sharing the CPU with the run that draws them would slow that run to a crawl
                go.wait(timeout=30)
            from gazetteer.common_words import languages, stoplist
            from geo.extract.pipeline import extract_text
            from geo.lexicon import load_lexicon

            for lang in available_languages():  # the sample is in one language; articles come in any
                load_lexicon(lang)
            for lang in languages():
                stoplist(lang)
            article = load_samples()[0]
            reports = extract_text(
                article.text, document=article.name, published=article.published, gazetteer=open_gazetteer()
            )
            build_map(reports_to_frame(reports))
        except Exception:  # the same failure will reach the user, with its message, when they add an article
            logging.getLogger(__name__).exception("warm-up failed")
        finally:
            map_ready.set()

    thread = threading.Thread(target=work, name="strikemap-warm-up", daemon=True)
    thread.start()
    return WarmUp(thread, map_ready, map_first, go)


def add_text(
    store: EventStore,
    text: str,
    *,
    name: str,
    published: str | None,
    lang: str,
    url: str | None = None,
    publisher: str | None = None,
) -> tuple[int, int]:
    """Extract one article into the store; returns (reports found, reports new)."""
    if not text.strip():
        raise InputError(f"{name} has no text: paste or upload an article")
    if len(text) > MAX_FILE_MB * 1024 * 1024:
        raise InputError(f"{name} is longer than {MAX_FILE_MB} MB of text; split it into articles")
    reports = extract(text, name, published, lang, url, publisher)
    language = reports[0].language if reports else (None if lang == "auto" else lang)
    key = store.add_document(text, name=name, url=url, published=published, language=language)
    return len(reports), store.add_reports(reports, key)


def add_jsonl(store: EventStore, text: str, *, name: str, published: str | None, lang: str) -> tuple[int, int]:
    """One article per line: {"text", "published", "url", "id"} (the CLI's input format). Every line is checked
    before the first is extracted, so a bad line refuses the whole file rather than half of it."""
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name} line {number} is not JSON: {exc.msg}; nothing from this file was added") from exc
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(f'{name} line {number} has no "text" string; nothing from this file was added')
        items.append((number, item))
    found = new = 0
    for number, item in items:
        counts = add_text(
            store,
            item["text"],
            name=str(item.get("id") or f"{name}:{number}"),
            published=item.get("published") or published,
            lang=lang,
            url=item.get("url"),
        )
        found, new = found + counts[0], new + counts[1]
    return found, new


def add_upload(store: EventStore, name: str, raw: bytes, *, published: str | None, lang: str) -> tuple[int, int]:
    """An uploaded file into the store, by type; anything unreadable raises InputError before a write."""
    if len(raw) > MAX_FILE_MB * 1024 * 1024:
        raise InputError(f"{name} is {len(raw) / 1024 / 1024:.0f} MB; files up to {MAX_FILE_MB} MB are accepted")
    suffix = Path(name).suffix.lower()
    if suffix in (".geojson", ".json"):
        return store.add_geojson(raw, name)
    from geo.text import decode_bytes

    text = decode_bytes(raw, name)
    if suffix == ".jsonl":
        return add_jsonl(store, text, name=name, published=published, lang=lang)
    return add_text(store, text, name=name, published=published, lang=lang)


def flash(kind: str, message: str) -> None:
    """A message for the top of the page, shown by this run's or (after st.rerun) the next run's show_flash."""
    st.session_state.setdefault("flash", []).append((kind, message))


def show_flash(slot) -> None:
    for kind, message in st.session_state.pop("flash", []):
        getattr(slot, kind)(message)


def report_counts(name: str, counts: tuple[int, int]) -> str:
    found, new = counts
    return f"{md(name)}: {found} report{'' if found == 1 else 's'} found, {new} new"


def add_articles_panel(expanded: bool) -> None:
    """The ways to add articles. What a button submits is added by `take_articles` at the top of the run it
    starts, before anything is drawn."""
    with st.expander("Add articles", expanded=expanded):
        left, right = st.columns(2)
        left.date_input("Publication date (resolves 'on Sunday')", value=None, key="published")
        right.selectbox("Language", ["auto", *available_languages()], key="lang")
        paste, upload, sample = st.tabs(["Paste", "Upload files", "Sample article"])
        with paste, st.form("paste_form"):
            st.text_area("Article text", height=160, key="paste_text")
            st.form_submit_button("Extract reports", type="primary", key="add_paste")
        with upload, st.form("upload_form", clear_on_submit=True):
            st.file_uploader(
                f"Articles (.txt, .html, .jsonl) or strikemap GeoJSON, up to {MAX_FILE_MB} MB each",
                type=UPLOAD_TYPES,
                accept_multiple_files=True,
                key="files",
            )
            st.form_submit_button("Read the files", type="primary", key="add_files")
        with sample:
            article = load_samples()[0]
            st.caption(f"{md(article.title)}, published {article.published}. Written for strikemap as an example.")
            st.text(article.text)
            st.button("Open the sample article", type="primary", key="add_sample")


def take_articles(store: EventStore, slot) -> None:
    """Add what the panel's button submitted (Streamlit knows a keyed widget's value before the widget is drawn
    again), so this one run draws the new reports and folds the panel: adding and then rerunning drew the page
    twice, a second of the user's wait. The spinner and progress bar go in `slot`, which stays where it is."""
    state = st.session_state
    day = state.get("published")
    published = day.isoformat() if isinstance(day, date) else None
    lang = state.get("lang") or "auto"
    if state.get("add_paste"):
        text = state.get("paste_text") or ""
        name = f"pasted-{document_key(text)[2:10]}" if text.strip() else "The text box"
        run_add(slot, lambda: [(name, add_text(store, text, name=name, published=published, lang=lang))])
    elif state.get("add_files"):
        run_add(slot, lambda: add_files(store, state.get("files") or [], published=published, lang=lang))
    elif state.get("add_sample"):
        article = load_samples()[0]
        run_add(
            slot,
            lambda: [
                (
                    article.name,
                    add_text(
                        store,
                        article.text,
                        name=article.name,
                        published=article.published,
                        lang=article.language,
                        publisher=article.publisher,
                    ),
                )
            ],
        )


def add_files(store: EventStore, files: list, *, published: str | None, lang: str) -> list[tuple[str, tuple[int, int]]]:
    """Every uploaded file in turn with a progress bar; one bad file is reported and skipped, the rest go in."""
    if not files:
        raise InputError("choose one or more files first")
    done, bar = [], st.progress(0.0)
    for i, upload in enumerate(files, 1):
        try:
            done.append(
                (upload.name, add_upload(store, upload.name, upload.getvalue(), published=published, lang=lang))
            )
        except InputError as exc:
            flash("error", md(exc))
        bar.progress(i / len(files), text=f"{i} of {len(files)}: {md(upload.name)}")
    return done


def run_add(slot, action) -> None:
    """Run an add action in `slot` (its spinner and progress bar go there), turning user mistakes into messages."""
    try:
        with slot, st.spinner("Reading and geocoding…"):
            results = action()
    except InputError as exc:
        flash("error", md(exc))
    else:
        for name, counts in results:
            if counts[0]:
                flash("success", report_counts(name, counts))
            else:  # read, but nothing to map: say so rather than celebrate
                flash("warning", f"{report_counts(name, counts)}: no strike place was recognised in it")


def sides(frame: gpd.GeoDataFrame) -> pd.Series:
    """Each report's claimant side, as the map colours it."""
    import pandas as pd

    return pd.Series(map(claimant_side, frame["claimant_country"], frame["claimant_kind"]), index=frame.index)


def filter_reports(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The sidebar filters; their values live in the URL so a link reopens the same view."""
    import pandas as pd

    bar = st.sidebar
    bar.header("Filters")
    keep = pd.Series(True, index=frame.index)
    for label, key, column, options in (
        ("Claimant side", "side", sides(frame), side_order(sides(frame))),
        ("Action", "action", frame["action"], [a for a in ACTIONS if a in set(frame["action"])]),
        ("Claim type", "claim", frame["claim_type"], [c for c in CLAIM_TYPES if c in set(frame["claim_type"])]),
        ("Review status", "status", frame["status"], list(STATUSES)),
    ):
        chosen = bar.multiselect(label, options, key=key, bind="query-params", placeholder="all")
        if chosen:
            keep &= column.isin(chosen)
    minimum = bar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="conf", bind="query-params")
    if minimum > 0:
        keep &= frame["confidence"].fillna(0) >= minimum
    days = pd.to_datetime(frame["event_date"], errors="coerce").dt.date
    known = sorted(set(days.dropna()))
    if len(known) > 1:
        start, end = bar.slider(
            "Event dates", known[0], known[-1], (known[0], known[-1]), key="dates", bind="query-params"
        )
        if (start, end) != (known[0], known[-1]):
            keep &= days.between(start, end)
    shown = frame[keep]
    bar.toggle("Also draw threats, denials, interceptions", key="other", bind="query-params")
    bar.metric("Reports shown", f"{len(shown)} of {len(frame)}")
    return shown


def label(number: int, report: pd.Series) -> str:
    """The report as the selector shows it; the number is its row in the table."""
    parts = (report["place"], report["action"], report["claimant"], report["event_date"], report["status"])
    return f"{number}. " + " · ".join(str(p) if p else "?" for p in parts)


def select_from_table(key: str) -> None:
    rows = st.session_state[key]["selection"]["rows"]
    ids = st.session_state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["sel"] = ids[rows[0]]


def select_from_map(key: str) -> None:
    """The clicked marker's report becomes the selection (the table and highlight follow): the nearest report with
    the marker's tooltip, as a spiderfied marker is clicked away from its true point. Reports that share a point
    and a tooltip cannot be told apart by the click, so they are taken in turn.

    A click on a cluster is reported too, but without a tooltip: it is left alone, so no redraw closes the cluster
    it has just spiderfied (streamlit-folium #222)."""
    state = st.session_state.get(key) or {}
    click, tooltip = state.get("last_object_clicked"), state.get("last_object_clicked_tooltip")
    points = st.session_state.get("_map_points", [])
    if not (click and tooltip and points):
        return
    same = [p for p in points if p[3] == tooltip] or points
    nearest = min(same, key=lambda p: (p[1] - click["lat"]) ** 2 + (p[2] - click["lng"]) ** 2)
    twins = [p[0] for p in same if (p[1], p[2]) == (nearest[1], nearest[2])]
    current = st.session_state.get("sel")
    st.session_state["sel"] = twins[(twins.index(current) + 1) % len(twins)] if current in twins else twins[0]


def table_rows(shown: gpd.GeoDataFrame) -> pd.DataFrame:
    """The table's rows, numbered from 1; a report in the article's own voice says so, not `None`."""
    import pandas as pd

    own_voice = "the article: " + shown["publisher"].fillna("unknown source").astype(str)
    rows = shown[TABLE_COLUMNS].assign(claimant=shown["claimant"].where(shown["claimant"].notna(), own_voice))
    return rows.set_axis(pd.RangeIndex(1, len(shown) + 1, name="#"))


def map_and_table(shown: gpd.GeoDataFrame, selected: str | None, show_other: bool) -> None:
    """One map and one table of the same filtered reports; a click on either selects a report."""
    from streamlit_folium import st_folium

    from geo.frame import frame_to_reports
    from geo.render.maps import build_map
    from geo.render.popups import tooltip_html

    ids = list(shown["report_id"])
    st.session_state["_table_ids"] = ids
    st.session_state["_map_points"] = [  # (id, lat, lon, the marker's tooltip as the browser reads it)
        (r.report_id, r.lat, r.lon, html.unescape(tooltip_html(r)))
        for r in frame_to_reports(shown)
        if r.is_drawn_strike or (show_other and r.status != "rejected")
    ]
    left, right = st.columns([3, 2])
    with left:
        st_folium(
            build_map(shown, highlight=selected, show_other=show_other),
            key=f"map-{selected}",
            height=600,
            use_container_width=True,
            # A map state per selection: the first click on any marker is a change, even on the selected one. Not
            # the click count: its first value (0, where streamlit-folium's default is None) reran every new map.
            returned_objects=["last_object_clicked", "last_object_clicked_tooltip"],
            on_change=partial(select_from_map, f"map-{selected}"),
        )
    with right:
        key = f"table-{selected}"
        position = ids.index(selected) if selected in ids else None
        st.dataframe(
            table_rows(shown),
            height=600,
            key=key,
            on_select=partial(select_from_table, key),
            selection_mode="single-row",
            selection_default={"selection": {"rows": [position]}} if position is not None else None,
            column_config={
                "place": st.column_config.TextColumn("place", width="medium"),
                "claimant": st.column_config.TextColumn("claimant", width="medium"),
                "event_date": st.column_config.TextColumn("date", width="small"),
                "claim_type": st.column_config.TextColumn("claim", width="small"),
                "confidence": st.column_config.ProgressColumn("confidence", min_value=0, max_value=1, width="small"),
            },
        )


def review_panel(store: EventStore, report: StrikeReport) -> None:
    """Verify, reject or correct the selected report; each change is kept with its time and previous value."""
    version = store.version(report.report_id)
    rid = report.report_id
    st.text(
        f"{report.place} → {report.place_name or '?'} ({report.place_id or 'no gazetteer entry'}), "
        f"{report.lat:.4f}, {report.lon:.4f}\n"
        f"{report.action} ({report.claim_type}) claimed by {report.claimant or 'unknown'} "
        f"[{report.claimant_country or '?'}], attacker {report.attacker or 'unknown'}, "
        f"date {report.event_date or 'unknown'}, confidence {report.confidence}, status {report.status}\n"
        f"Source: {report.document or '?'} {report.url or ''}"
    )
    if report.evidence:
        evidence = report.evidence
        if report.place and report.place in evidence:
            evidence = evidence.replace(report.place, f"⟦{report.place}⟧", 1)
        st.text(f"Evidence: {evidence}")
    verify, reject = st.columns(2)
    if verify.button("Verify", disabled=report.status == "verified", use_container_width=True):
        apply_review(store, rid, {"status": "verified"}, version)
    if reject.button("Reject", disabled=report.status == "rejected", use_container_width=True):
        apply_review(store, rid, {"status": "rejected"}, version)
    with st.form(f"edit-{rid}"):
        left, right = st.columns(2)
        action = left.selectbox(
            "Action", ACTIONS, index=ACTIONS.index(report.action) if report.action in ACTIONS else 0
        )
        day = right.date_input("Event date", value=date.fromisoformat(report.event_date) if report.event_date else None)
        claimant = left.text_input("Claimant", value=report.claimant or "")
        country = right.text_input("Claimant country (ISO code)", value=report.claimant_country or "", max_chars=2)
        if st.form_submit_button("Save changes"):
            changes = {"action": action, "claimant": claimant, "claimant_country": country}
            changes["event_date"] = day.isoformat() if isinstance(day, date) else None
            apply_review(store, rid, changes, version)
    move_panel(store, report, version)
    history = store.history(rid)
    if history:
        st.caption("Changes")
        rows = [
            {"at": c.at, "field": c.field, "previous": _shown(c.previous), "value": _shown(c.value)} for c in history
        ]
        st.dataframe(rows, hide_index=True)


def _shown(value: object) -> str:
    """A recorded value as table text (a column mixes text, numbers and nothing)."""
    return "" if value is None else str(value)


def move_panel(store: EventStore, report: StrikeReport, version: int) -> None:
    """Gazetteer search for another place; a toggle, not an expander, so nothing is searched until asked."""
    if not st.toggle("Move to another gazetteer place", key=f"move-{report.report_id}"):
        return
    query = st.text_input("Search the gazetteer", value=report.place or "", key=f"move-q-{report.report_id}")
    places = open_gazetteer().candidates(query, limit=8) if query.strip() else []
    if not places:
        st.caption("No candidates.")
        return
    candidates_view(places)
    choice = st.radio(
        "Candidates, best first",
        range(len(places)),
        format_func=lambda i: md(place_label(places[i])),
        key=f"move-c-{report.report_id}",
    )
    if st.button("Move the report here"):
        apply_review(store, report.report_id, {}, version, place=places[choice])


def place_label(place) -> str:
    return (
        f"{place.name} ({place.country_code or '?'}, {place.feature_code or '?'}, pop {place.population:,}) "
        f"score {place.score:.2f}"
    )


def candidates_view(places: list) -> None:
    """Ranked gazetteer candidates as a table and as points on a small map."""
    import pandas as pd

    table = pd.DataFrame(
        [
            {
                "rank": rank,
                "name": p.name,
                "id": p.id,
                "country": p.country_code,
                "feature": p.feature_code,
                "population": p.population,
                "score": round(p.score, 3),
                "lat": p.lat,
                "lon": p.lon,
            }
            for rank, p in enumerate(places, 1)
        ]
    )
    st.dataframe(table, hide_index=True)
    from streamlit_folium import st_folium

    st_folium(candidates_map(places), height=320, use_container_width=True, returned_objects=[], key="candidates")


def candidates_map(places: list) -> folium.Map:
    """Numbered candidate points over offline country outlines and names; text is escaped before it reaches Leaflet.

    The outlines are asked for a wider box than the points, so the edge of their detailed part lies off screen."""
    import folium
    from branca.element import Element

    from geo.render.assets import inline_assets
    from geo.render.basemap import outlines_json
    from geo.render.popups import MAP_CSS

    lats, lons = [p.lat for p in places], [p.lon for p in places]
    m = folium.Map(tiles=None, control_scale=True)
    m.options["maxZoom"] = 18
    m.get_root().header.add_child(Element(MAP_CSS), name="strikemap_css")  # sea colour, label style
    box = (
        min(lons) - VIEW_MARGIN_DEG,
        min(lats) - VIEW_MARGIN_DEG,
        max(lons) + VIEW_MARGIN_DEG,
        max(lats) + VIEW_MARGIN_DEG,
    )
    land = json.loads(outlines_json(box))
    for shape in (land["world"], land["detail"]):
        if shape:
            folium.GeoJson(shape, style_function=lambda _: LAND_STYLE, interactive=False).add_to(m)
    for name, lat, lon in land["labels"] if land["detail"] else []:  # names only on a regional view
        icon = folium.DivIcon(
            html=f"<div>{html.escape(name)}</div>", class_name="sm-country-label", icon_size=(140, 16)
        )
        folium.Marker([lat, lon], icon=icon, interactive=False).add_to(m)
    for number, place in enumerate(places, 1):
        folium.CircleMarker(
            [place.lat, place.lon],
            radius=9 if number == 1 else 6,
            color="#b2182b" if number == 1 else "#2166ac",
            fill=True,
            fill_opacity=0.8,
            tooltip=html.escape(f"{number}. {place_label(place)}"),
        ).add_to(m)
    m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], max_zoom=6, padding=(30, 30))
    return inline_assets(m)


def apply_review(store: EventStore, rid: str, changes: dict, version: int, place=None) -> None:
    try:
        if place is not None:
            store.move(rid, place, seen_version=version)
        else:
            store.review(rid, changes, seen_version=version)
    except InputError as exc:
        flash("error", md(exc))
    else:
        flash("success", "Review saved.")
    st.rerun()


def export_panel(shown: gpd.GeoDataFrame) -> None:
    from geo.io.writers import export_bytes

    st.subheader(f"Export what is shown ({len(shown)} reports)")
    for column, (name, (fmt, mime)) in zip(st.columns(len(EXPORTS)), EXPORTS.items(), strict=True):
        column.download_button(
            name,
            data=partial(export_bytes, shown.copy(), fmt),
            file_name=f"strikemap.{fmt}",
            mime=mime,
            key=f"export-{fmt}",
            on_click="ignore",
            disabled=shown.empty,
            use_container_width=True,
        )


def reports_page(store: EventStore) -> None:
    # Progress and messages of adding, in a container that is always there: they come and go without moving the
    # map and table below, which Streamlit would otherwise mount afresh (the map drawn twice).
    slot = st.container()
    take_articles(store, slot)
    show_flash(slot)
    reports = store.reports()
    add_articles_panel(expanded=not reports)
    if not reports:  # in the slot too: the empty map and table below stay where the first reports' will be
        slot.info("No reports yet: paste an article, upload files, or open the sample article below.")
    warming = warm_up()
    if not warming.map_ready.is_set():
        if reports:
            warming.map_first.set()
            slot.info(f"{len(reports)} reports stored; loading the map and the table…")
        redraw_when_warm()
        return
    from geo.frame import reports_to_frame

    frame = reports_to_frame(reports)
    shown = filter_reports(frame)
    by_id = {r: (n, row) for n, (r, (_, row)) in enumerate(zip(shown["report_id"], shown.iterrows(), strict=True), 1)}
    if "sel" not in st.session_state and st.query_params.get("sel") in by_id:
        st.session_state["sel"] = st.query_params["sel"]  # a shared link reopens its selection
    selected = st.session_state.get("sel") if st.session_state.get("sel") in by_id else None
    map_and_table(shown, selected, show_other=st.session_state.get("other", False))
    selected = st.selectbox(
        "Selected report",
        list(by_id),
        index=None,
        format_func=lambda r: label(*by_id[r]),
        key="sel",
        placeholder="click a marker or a table row",
    )
    if selected:
        st.query_params["sel"] = selected
    else:
        st.query_params.pop("sel", None)
    if selected:
        review_panel(store, store.report(selected))
    export_panel(shown)
    warming.go.set()


@st.fragment(run_every=0.5)
def redraw_when_warm() -> None:
    """A new server's first page leaves out the map, table and filters while the warm-up loads their Python
    modules (seconds that would keep the page waiting), then reruns once to draw them. An empty store gets them
    empty: the browser has their code loaded and running before the first article arrives."""
    if warm_up().map_ready.is_set():
        st.rerun()


def gazetteer_page() -> None:
    st.subheader("Gazetteer lookup")
    left, right = st.columns([3, 1])
    name = left.text_input("Place name", key="q", bind="query-params")
    country = right.text_input("Country (ISO code)", key="cc", bind="query-params", max_chars=2)
    if name.strip():
        places = open_gazetteer().candidates(name, country=country.upper() or None, limit=20)
        if places:
            st.caption(
                "Best first. The score says how well the name matches (1 = the place's own name, lower for "
                "alternate and fuzzy spellings), weighed by feature type and population; reading an article, "
                "the resolver also weighs the countries and places around the name."
            )
            candidates_view(places)
        else:
            st.warning(f"No place called {md(name)} in the gazetteer.")


def main() -> None:
    st.set_page_config(page_title="strikemap", page_icon=":material/map:", layout="wide")
    st.sidebar.title("strikemap")
    page = st.sidebar.radio("Page", ["Reports", "Gazetteer"], key="page", bind="query-params", horizontal=True)
    try:
        store = cached_store(default_url())
    except InputError as exc:
        st.error(md(exc))
        return
    if page == "Gazetteer":
        gazetteer_page()
    else:
        reports_page(store)
    warm_up()


main()
