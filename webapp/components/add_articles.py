"""The add-articles panel and what its buttons submit: pasted text, uploaded files, the sample article.

Files are read by `geo.io.inputs`, the reader the CLI uses, so a bad JSON line is treated the same everywhere:
told (file name and line) and skipped, the file's other lines added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from geo.errors import InputError
from geo.lexicon import available_languages
from geo.samples import load_samples
from geo.store import EventStore
from webapp.messages import flash, md, warn
from webapp.resources import extract

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

Added = list[tuple[str, tuple[int, int]]]  # (name, (reports found, reports new)) per article or file
MAX_FILE_MB = 10  # also the upload widget's limit (`server.maxUploadSize` in .streamlit/config.toml)
NAME_WORDS = 8
UPLOAD_TYPES = ["txt", "html", "htm", "jsonl", "geojson", "json"]


def add_text(
    store: EventStore,
    text: str,
    *,
    name: str,
    published: str | None,
    lang: str,
    url: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
) -> tuple[int, int]:
    """Extract one article into the store; returns (reports found, reports new). A title the user gave names the
    reports' source (`source_title`), where the article's own (an HTML page's) would otherwise."""
    if not text.strip():
        raise InputError(f"{name} has no text: paste or upload an article")
    if len(text) > MAX_FILE_MB * 1024 * 1024:
        raise InputError(f"{name} is longer than {MAX_FILE_MB} MB of text; split it into articles")
    reports = extract(text, name, published, lang, url, publisher)
    if title:
        reports = [replace(r, source_title=title) for r in reports]
    language = reports[0].language if reports else (None if lang == "auto" else lang)
    key = store.add_document(text, name=name, url=url, published=published, language=language)
    return len(reports), store.add_reports(reports, key)


def add_upload(store: EventStore, name: str, raw: bytes, *, published: str | None, lang: str) -> tuple[int, int]:
    """An uploaded file into the store, by type; a file that cannot be read at all raises InputError before a
    write, a bad line of a JSON-lines file is told to the user and skipped."""
    if len(raw) > MAX_FILE_MB * 1024 * 1024:
        raise InputError(f"{name} is {len(raw) / 1024 / 1024:.0f} MB; files up to {MAX_FILE_MB} MB are accepted")
    if Path(name).suffix.lower() in (".geojson", ".json"):
        return store.add_geojson(raw, name)
    from geo.io.inputs import bytes_articles  # with the text decoders: not needed until a file comes in

    found = new = 0
    for article in bytes_articles(raw, name, published, warn=warn):
        counts = add_text(
            store, article.text, name=article.document, published=article.published, lang=lang, url=article.url
        )
        found, new = found + counts[0], new + counts[1]
    return found, new


def report_counts(name: str, counts: tuple[int, int]) -> str:
    found, new = counts
    return f"{md(name)}: {found} report{'' if found == 1 else 's'} found, {new} new"


def add_articles_panel(expanded: bool) -> None:
    """The ways to add articles. What a button submits is added by `take_articles` at the top of the run it
    starts, before anything is drawn; each form empties itself once submitted, so nothing of one article (its
    text, title, address or date) is carried over to the next."""
    with st.expander("Add articles", expanded=expanded):
        st.selectbox("Language", ["auto", *available_languages()], key="lang", format_func=language_name)
        paste, upload, sample = st.tabs(["Paste", "Upload files", "Sample article"])
        with paste, st.form("paste_form", clear_on_submit=True):
            left, middle, right = st.columns([3, 3, 2])
            left.text_input("Title", key="paste_title", placeholder="the headline (names the article everywhere)")
            middle.text_input("Address (URL)", key="paste_url", placeholder="https://…")
            right.date_input("Published (resolves 'on Sunday')", value=None, key="paste_published")
            st.text_area("Article text", height=160, key="paste_text")
            st.form_submit_button("Extract reports", type="primary", key="add_paste")
        with upload, st.form("upload_form", clear_on_submit=True):
            st.date_input("Published, for files that do not say (resolves 'on Sunday')", value=None, key="published")
            st.file_uploader(
                f"Articles (.txt, .html, .jsonl) or strikemap GeoJSON, up to {MAX_FILE_MB} MB each",
                type=UPLOAD_TYPES,
                accept_multiple_files=True,
                key="files",
                max_upload_size=MAX_FILE_MB,
            )
            st.form_submit_button("Read the files", type="primary", key="add_files")
        with sample:
            article = load_samples()[0]
            st.caption(f"{md(article.title)}, published {article.published}. Written for strikemap as an example.")
            st.text(article.text)
            st.button("Open the sample article", type="primary", key="add_sample")


def language_name(code: str) -> str:
    return "detect it" if code == "auto" else code


def pasted_name(text: str, title: str) -> str:
    """A pasted article's name, as it appears in the table, the feed and exports: its title, else its first
    words (not `pasted-e36c1a5f`)."""
    if title.strip():
        return " ".join(title.split())[:120]
    words = " ".join(text.split()).split(" ")
    first = " ".join(words[:NAME_WORDS])
    return first + ("…" if len(words) > NAME_WORDS else "") if text.strip() else "The text box"


def take_articles(store: EventStore, slot: DeltaGenerator, user: str | None) -> None:
    """Add what the panel's button submitted (Streamlit knows a keyed widget's value before the widget is drawn
    again), so this one run draws the new reports and folds the panel: adding and then rerunning drew the page
    twice, a second of the user's wait. The spinner and progress bar go in `slot`, which stays where it is."""
    state = st.session_state
    lang = state.get("lang") or "auto"
    if state.get("add_paste"):
        text, title = state.get("paste_text") or "", state.get("paste_title") or ""
        url = (state.get("paste_url") or "").strip() or None
        name = pasted_name(text, title)
        published = _iso(state.get("paste_published"))
        run_add(
            slot,
            lambda: [
                (name, add_text(store, text, name=name, published=published, lang=lang, url=url, title=title.strip()))
            ],
        )
    elif state.get("add_files"):
        published = _iso(state.get("published"))
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
                        title=article.title,
                    ),
                )
            ],
        )


def _iso(day: object) -> str | None:
    return day.isoformat() if isinstance(day, date) else None


def add_files(store: EventStore, files: list, *, published: str | None, lang: str) -> Added:
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


def run_add(slot: DeltaGenerator, action: Callable[[], Added]) -> None:
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
