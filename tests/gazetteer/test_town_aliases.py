"""Names the news writes that cities500 lacks (data/town_aliases.csv): each row names its town as cities500 does, and
the built index finds the town by them."""

from __future__ import annotations

import pytest

from gazetteer.errors import GazetteerError
from gazetteer.sources import geonames_cache


def test_every_alias_row_names_its_town_and_the_record_carries_it():
    aliases = geonames_cache.town_aliases()
    records = {r.place.id: r for r in geonames_cache.records()}  # raises if a row's id names another town
    for gid, (name, alias, _) in aliases.items():
        record = records[f"geonames:{gid}"]
        assert record.place.name == name and alias in record.names


def test_a_wrong_id_fails_the_build(monkeypatch):
    monkeypatch.setattr(geonames_cache, "town_aliases", lambda: {295620: ("Sderot", "سديروت", False)})  # Ashkelon's id
    with pytest.raises(GazetteerError, match="295620"):
        list(geonames_cache.records())


@pytest.mark.parametrize(
    ("alias", "town"), [("عسقلان", "Ashkelon"), ("سديروت", "Sderot"), ("الدلنج", "Dilling"), ("جنين", "Janīn")]
)
def test_the_index_finds_the_town_by_its_alias(alias: str, town: str, gazetteer):
    assert [p.name for p in gazetteer.candidates(alias, limit=3, fuzzy=False)][:1] == [town]


def test_a_latin_alias_that_is_a_word_somewhere_is_kept_when_vouched(gazetteer):
    # `Koya`, as the news calls Koysinjaq in Iraqi Kurdistan, is an everyday word in some language
    assert [p.name for p in gazetteer.candidates("Koya", country="IQ", limit=1, fuzzy=False)] == ["Koysinceq"]
