"""Sample articles bundled with strikemap (written for the project), so the app can show the flow at once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

SAMPLES_DIR = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class SampleArticle:
    """One bundled article with the metadata extraction needs (the publication date resolves 'on Sunday')."""

    name: str
    title: str
    text: str
    published: str
    language: str
    publisher: str


def load_samples() -> list[SampleArticle]:
    """Every sample listed in samples.toml, in the listed order."""
    listing = tomllib.loads((SAMPLES_DIR / "samples.toml").read_text(encoding="utf-8"))
    return [
        SampleArticle(
            name=entry["file"],
            title=entry["title"],
            text=(SAMPLES_DIR / entry["file"]).read_text(encoding="utf-8"),
            published=entry["published"],
            language=entry["language"],
            publisher=entry["publisher"],
        )
        for entry in listing["sample"]
    ]
