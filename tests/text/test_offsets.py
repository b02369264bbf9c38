"""geo.text.offsets: cleaning that remembers where each character came from must clean exactly as `normalise`
does, and map every clean character back to the source characters it came from."""

from __future__ import annotations

import unicodedata

import pytest

from geo.text import clean_text
from geo.text.offsets import MappedText, clean_mapped

TRICKY = [
    "Shelling hit Kharkiv.\r\nTwo were hurt.\r\n\r\n  Officials   said so.  ",
    "Caf\u0065\u0301 owners in Ganja said\u00a0a missile\u200b struck.",  # NFD e + combining acute
    "Tom &amp; Jerry&#39;s caf&eacute; in Baku &lt;b&gt; &ampersand",
    "Line one\x07 with a bell\x0b and a tab\tinside.\n\n\n\u2003\nLast line \U0001f4a5 boom.",
    "   \n\n   leading blank lines and trailing spaces   \n\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_mapped_cleaning_gives_the_same_text_as_clean_text(text):
    assert clean_mapped(text).text == clean_text(text)


@pytest.mark.parametrize("text", TRICKY)
def test_each_clean_character_comes_from_source_characters_that_clean_to_it(text):
    mapped = clean_mapped(text)
    for i, ch in enumerate(mapped.text):
        start, end = mapped.source_span(i, i + 1)
        assert 0 <= start < end <= len(text)
        source = clean_text(text[start:end]) or " "  # a newline or space may stand for a whole run of them
        assert ch in unicodedata.normalize("NFC", source) or ch in "\n " or ch in clean_text(text[start:end] + "x")


def test_a_word_after_an_entity_maps_back_onto_the_source_word():
    text = "Tom &amp; Jerry fled Kharkiv."
    mapped = clean_mapped(text)
    at = mapped.text.index("Kharkiv")
    start, end = mapped.source_span(at, at + len("Kharkiv"))
    assert text[start:end] == "Kharkiv"


def test_html_tags_are_dropped_and_text_keeps_its_place_in_the_page():
    page = "<html><body><p>Missiles hit <b>Odesa</b> overnight.</p><script>var Kyiv = 1;</script></body></html>"
    mapped = clean_mapped(page)
    assert "Kyiv" not in mapped.text and "Missiles hit Odesa overnight." in mapped.text
    at = mapped.text.index("Odesa")
    assert page[slice(*mapped.source_span(at, at + 5))] == "Odesa"


def test_a_near_copy_aligns_to_the_same_source():
    mapped = MappedText.of("abc Kharkiv def")
    other = mapped.aligned_to("abc  Kharkiv def")
    at = other.text.index("Kharkiv")
    assert other.source_span(at, at + 7) == (4, 11)
