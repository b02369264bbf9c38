"""What the app tells the user, and untrusted text made safe to tell: article text and file names reach Markdown
only through `md`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_MD_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$:=")


def md(text: object) -> str:
    """Untrusted text made inert for Streamlit Markdown: no links, images, HTML, maths or colour directives."""
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in " ".join(str(text).split()))


def flash(kind: str, message: str) -> None:
    """A message for the top of the page, shown by this run's or (after st.rerun) the next run's show_flash."""
    st.session_state.setdefault("flash", []).append((kind, message))


def warn(message: str) -> None:
    """A warning about untrusted input (a skipped line of a file), for the top of the page."""
    flash("warning", md(message))


def show_flash(slot: DeltaGenerator) -> None:
    for kind, message in st.session_state.pop("flash", []):
        getattr(slot, kind)(message)


def link(text: object, url: str | None) -> str:
    """Untrusted text as Markdown, a link to `url` only if that is an http(s) address (quoted, so it cannot end
    the link early or smuggle Markdown in)."""
    from urllib.parse import quote, urlsplit

    label = md(text) or "link"
    if not url:
        return label
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return label
    return f"[{label}]({quote(url.strip(), safe=':/?&=#%~+,;@!$*')})"
