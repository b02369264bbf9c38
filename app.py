"""strikemap's front door: add articles, see their strike reports on a map and in a table, review them, export.

`streamlit run app.py`. This entry file sets the page up and hands over to `st.navigation`; each page is a module
in `webapp/pages/`, built from parts in `webapp/components/`. Extraction, maps and exports live in `geo`.
"""

from __future__ import annotations

import streamlit as st

from webapp.pages.corpus import corpus_page
from webapp.pages.gazetteer import gazetteer_page
from webapp.pages.reports import reports_page
from webapp.resources import warm_up
from webapp.server_log import quiet_departed_browsers


def main() -> None:
    quiet_departed_browsers()
    st.set_page_config(page_title="strikemap", page_icon=":material/map:", layout="wide")
    st.sidebar.title("strikemap")
    pages = {
        "Reports": st.Page(reports_page, title="Reports", icon=":material/map:", default=True),
        "Gazetteer": st.Page(gazetteer_page, title="Gazetteer", icon=":material/search:", url_path="gazetteer"),
        "Corpus": st.Page(corpus_page, title="Corpus", icon=":material/dataset:", url_path="corpus"),
    }
    page = st.navigation(list(pages.values()))
    legacy = st.query_params.get("page")
    if legacy in pages:  # a link from when a radio button chose the page (`?page=Gazetteer&q=Ganja`) still opens it
        rest = [(key, st.query_params.get_all(key)) for key in st.query_params if key != "page"]
        st.switch_page(pages[legacy], query_params=rest)
    page.run()
    warm_up()  # from a server's first page on, whichever page that is


main()
