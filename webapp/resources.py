"""What every session of a server shares: the gazetteer, the event store, cached extraction, and the warm-up that
loads the map and extraction machinery in the background from the server's first page on."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from typing import NamedTuple

import streamlit as st

from geo.lexicon import available_languages
from geo.model import StrikeReport
from geo.samples import load_samples
from geo.store import EventStore, open_store

# The gazetteer, extraction and map modules are imported where first used: the first page (an empty store) then
# needs none of them, which keeps it under the 3 s target on a busy 2-core machine.


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


def build_gazetteer_apart() -> None:
    """A first build (the one the page's notice announces), or a rebuild after an upgrade, runs in a process of its
    own: inside the server it shares one interpreter lock with every page's run and takes two to three times as long
    (2 min 40 s against about a minute on an idle 2-core machine). Should it fail, opening the gazetteer builds it
    here or says why it cannot."""
    from gazetteer.index import default_index_path
    from gazetteer.integrity import index_problem, sources_fingerprint
    from gazetteer.sources.geonames_dump import imports_dir

    if index_problem(default_index_path(), sources_fingerprint(imports_dir())) is not None:
        subprocess.run([sys.executable, "-m", "gazetteer", "build"], stdout=subprocess.DEVNULL, check=False)


def gazetteer_missing() -> bool:
    """True before the first build of the gazetteer index (a first start: a minute of building)."""
    from gazetteer.index import default_index_path

    return not default_index_path().exists()


class WarmUp(NamedTuple):
    thread: threading.Thread
    map_ready: threading.Event  # the modules the map, table and filters need are loaded
    gazetteer_ready: threading.Event  # the gazetteer is open (on a first start: built)
    map_first: threading.Event  # stored reports wait for their map: the extraction warm-up waits for `go`
    go: threading.Event  # their page is drawn, or an article has come in


@st.cache_resource(show_spinner=False)
def warm_up() -> WarmUp:
    """Once per server, from its first page on: load the map machinery, then the extraction machinery (by reading
    the sample article) in the background, so the first article a user adds is answered at warm speed. It opens the
    gazetteer through the cached resource the pages share (from a thread with no script run, so Streamlit logs a
    'missing ScriptRunContext' warning once)."""
    map_ready, map_first, go = threading.Event(), threading.Event(), threading.Event()
    gazetteer_ready = threading.Event()

    def work() -> None:
        try:  # not streamlit_folium: its component must be declared by a script run, or its page is a 404
            from geo.frame import reports_to_frame
            from geo.render.maps import build_map

            build_map(reports_to_frame([]))
            map_ready.set()
            build_gazetteer_apart()
            open_gazetteer()
            gazetteer_ready.set()
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
            gazetteer_ready.set()

    thread = threading.Thread(target=work, name="strikemap-warm-up", daemon=True)
    thread.start()
    return WarmUp(thread, map_ready, gazetteer_ready, map_first, go)
