"""The toponym contract (`geo.places`, `python -m geo places`): every mention in order, offsets into the text exactly
as given, coordinates and GeoNames ids, and no document ever refused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import geo

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Odesa overnight, officials in Kharkiv said. Odesa was hit again.",
        "\U0001f4a5\U0001f4a5 Drones hit Odesa overnight, officials in Kharkiv said. Odesa was hit again.",  # emoji
        # NFD (e and a combining acute) and CRLF:
        "Cafe\u0301 owners: drones hit Odesa overnight, officials in Kharkiv said.\r\nOdesa was hit again.",
        "Tom &amp; Jerry&#39;s: drones hit Odesa overnight, officials in Kharkiv said. Odesa was hit again.",
        "<p>Drones hit <b>Odesa</b> overnight, officials in Kharkiv said.</p><p>Odesa was hit again.</p>",
    ],
)
def test_every_mention_in_order_with_offsets_into_the_text_as_given(gazetteer, text):
    found = geo.places(text, gazetteer=gazetteer)
    assert [t.text for t in found] == ["Odesa", "Kharkiv", "Odesa"]
    assert all(text[t.start : t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)
    kharkiv = found[1]
    assert (kharkiv.country_code, kharkiv.feature_code[:3], kharkiv.geonameid) == ("UA", "PPL", 706483)
    assert kharkiv.lat == pytest.approx(49.98, abs=0.05) and kharkiv.lon == pytest.approx(36.25, abs=0.05)
    assert found[0].country_code == found[2].country_code == "UA"


@pytest.mark.parametrize("text", ["", "   \n\t", "12 345 -- ...", "Nothing happened in the meeting today."])
def test_a_text_with_nothing_to_find_gives_no_places(gazetteer, text):
    assert geo.places(text, gazetteer=gazetteer) == []


def test_a_huge_text_is_read_whole(gazetteer):
    sentence = "Drones struck Odesa overnight, officials in Kharkiv said.\n"
    text = sentence * 5000  # 290 KB
    found = geo.places(text, gazetteer=gazetteer)
    assert len(found) == 10_000
    assert all(text[t.start : t.end] == t.text for t in found[-4:])


def test_cli_answers_every_input_line_in_order(tmp_path, gazetteer):
    lines = [
        json.dumps({"id": "a", "text": "Shelling hit Kharkiv on Sunday, officials said."}),
        "not json",
        json.dumps({"id": "c", "text": "Nothing here.", "lang": "en"}),
        json.dumps({"id": "d", "text": "Serangan drone menghantam Odesa, kata pejabat.", "lang": "id"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "geo", "places", "--jsonl", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    answers = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [a["id"] for a in answers] == ["a", None, "c", "d"]
    assert "error" in answers[1] and "in.jsonl:2" in run.stderr
    assert [p["text"] for p in answers[0]["places"]] == ["Kharkiv"] and answers[2]["places"] == []
    place = answers[3]["places"][0]
    assert set(place) == {"start", "end", "text", "name", "lat", "lon", "geonameid", "feature_code", "country_code"}
    assert place["text"] == "Odesa" and json.loads(lines[3])["text"][place["start"] : place["end"]] == "Odesa"


def test_cli_without_documents_is_a_one_line_error(tmp_path):
    command = [sys.executable, "-m", "geo", "places", "-o", str(tmp_path / "o.jsonl")]
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and run.stderr.startswith("error:") and len(run.stderr.strip().splitlines()) == 1


def test_demonyms_count_as_their_country_and_continents_as_places(gazetteer):
    text = "Sri Lankan and Russian officials met in Europe; the Russians left first."
    found = geo.places(text, gazetteer=gazetteer)
    assert [(t.text, t.country_code or t.feature_code) for t in found] == [
        ("Sri Lankan", "LK"),
        ("Russian", "RU"),
        ("Europe", "CONT"),
        ("Russians", "RU"),
    ]
    russia = found[1]
    assert (russia.lat, russia.lon) == (60.0, 100.0)  # the country's reference point, not a city's


def test_offsets_hold_after_a_link_run_into_a_paragraph_is_dropped(gazetteer):
    text = (
        "Dua drone ditembak jatuh di atas Erbil, kata badan itu. Baca juga: Milisi Houthi Yaman Mulai Kirim Drone "
        "ke Israel Pentagon mengkonfirmasi serangan di Kurdistan Irak."
    )
    found = geo.places(text, lang="id", gazetteer=gazetteer)
    assert [t.text for t in found] == ["Erbil", "Kurdistan Irak"]  # no Yaman, no Israel from the headline
    assert all(text[t.start : t.end] == t.text for t in found)


def test_a_bare_name_shared_by_a_province_and_its_seat_is_the_seat_but_a_cue_or_a_country_keeps_its_kind(gazetteer):
    found = geo.places(
        "Drones hit Odesa and Zaporizhzhia overnight. Shelling hit the Odesa region. Iraq once invaded Kuwait.",
        lang="en",
        gazetteer=gazetteer,
    )
    kinds = [(p.text, p.feature_code) for p in found]
    assert kinds[:3] == [("Odesa", "PPL"), ("Zaporizhzhia", "PPL"), ("Odesa", "ADM1")]
    assert ("Kuwait", "PCLI") in kinds


def test_a_place_that_opens_a_newspapers_name_is_still_a_toponym(gazetteer):
    found = geo.places("The Bangkok Post reported explosions in Kantharalak.", lang="en", gazetteer=gazetteer)
    assert [p.text for p in found] == ["Bangkok", "Kantharalak"]


def test_a_capital_is_read_before_a_province_of_its_name_elsewhere_in_its_country(gazetteer):
    found = geo.places("US forces struck Sanaa, officials in Washington said.", lang="en", gazetteer=gazetteer)
    assert [(p.text, p.feature_code) for p in found][-1] == ("Washington", "PPLC")


def test_a_big_citys_name_opening_a_sentence_is_a_place_though_written_often(gazetteer):
    found = geo.places("Drones hit Sanaa. Washington said the strikes would go on.", lang="en", gazetteer=gazetteer)
    assert "Washington" in [p.text for p in found]


def test_a_number_word_opening_a_sentence_is_no_capital_of_its_spelling(gazetteer):
    text = "Drone pertama menghantam kamp. Lima belas menit kemudian, drone lain datang."
    assert [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer)] == []


def test_a_state_named_for_its_capital_is_the_state_when_the_text_says_state(gazetteer):
    found = geo.places("Jets struck villages in Silame, Sokoto State, on Wednesday.", lang="en", gazetteer=gazetteer)
    assert [(p.text, p.feature_code) for p in found][-1] == ("Sokoto State", "ADM1")


def test_a_village_the_text_places_where_no_namesake_lies_is_dropped_at_every_mention(gazetteer):
    text = "Junta jets bombed Nyaung Kone village in the Sagaing region.\n\nA resident of Nyaung Kone said ten died."
    assert [p.text for p in geo.places(text, lang="en", gazetteer=gazetteer)] == ["Sagaing"]


def test_a_famous_place_after_a_cue_word_ends_where_an_officials_name_begins(gazetteer):
    text = "Gubernur wilayah Kharkiv Oleh Syniehubov mengatakan drone jatuh di sebuah desa."
    assert [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer)] == ["Kharkiv"]
    text = "Pesawat junta mengebom desa Let Yet Kone di wilayah Sagaing."  # a village's whole name still
    assert [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer)] == ["Let Yet Kone", "Sagaing"]
    text = "Drone Ukraina ditembak jatuh di wilayah Astrakhan Rusia selatan."  # or a country's name
    assert [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer)] == ["Ukraina", "Astrakhan"]
    # but a longer name the index lacks is not its first word's famous namesake (Aden, in Yemen)
    text = "Al-Shabaab fighters attacked the strategic town of Adan Yabal, north of Mogadishu."
    assert [p.text for p in geo.places(text, lang="en", gazetteer=gazetteer)] == ["Mogadishu"]


def test_the_city_a_capitalised_local_head_heads_is_a_place_but_a_one_word_rest_makes_it_a_persons_name(gazetteer):
    def names(text: str) -> list[str]:
        return [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer)]

    assert names("Hal itu diungkapkan oleh Wali Kota Kiev Vitali Klitschko via Telegram.") == ["Kiev"]
    assert names("Pavel Malkov, Gubernur Ryazan, mengatakan kilang minyak terbakar.") == ["Ryazan"]
    assert names("Menurut laporan gubernur Watthana Phutthichat, dua roket jatuh.") == []


def test_a_name_after_a_lowercase_title_is_a_persons_unless_a_famous_place(gazetteer):
    # `Vitaliy` is also a Philippine village, Vitali: it made a stray of Mykolaiv
    text = "A drone hit Mykolaiv, regional governor Vitaliy Kim said."
    assert [p.text for p in geo.places(text, lang="en", gazetteer=gazetteer)] == ["Mykolaiv"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three drones were launched at Ayn al-Asad airbase in Anbar province.", "en"),
        ("Dua drone ditembak jatuh di dekat pangkalan udara Ain al-Asad di provinsi Anbar.", "id"),
        # a bare `base` after the whole name, its consonant doubled or not
        ("The group targeted the Ain al-Asad base which houses US troops.", "en"),
        ("Drones were launched at the Ain al-Assad base in the western Anbar province.", "en"),
    ],
)
def test_an_air_base_is_found_by_the_part_of_its_name_that_opens_with_an_article(gazetteer, text, lang):
    # `Ayn`/`Ain` (a spring) before it: no Israeli village `Ein el Asad`, no Al Ain airport in the Emirates
    base = next(p for p in geo.places(text, lang=lang, gazetteer=gazetteer) if "sad" in p.text)
    assert (base.name, base.feature_code, base.country_code) == ("Al Asad Air Base", "AIRP", "IQ")


def test_a_bare_base_after_a_word_of_a_longer_name_is_no_air_base_of_that_word(gazetteer):
    found = geo.places("Rockets hit the Green Village base in Deir ez-Zor.", lang="en", gazetteer=gazetteer)
    # the coalition's base of that name (the overlay's), not the Village Airport, in Tennessee
    assert [(p.text, p.country_code) for p in found] == [("Green Village", "SY"), ("Deir ez-Zor", "SY")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Air strikes hit camps in Sokoto state, Nigeria, near the border with Niger.", "en"),
        ("Serangan udara menghantam kamp di negara bagian Sokoto, Nigeria, dekat perbatasan dengan Niger.", "id"),
    ],
)
def test_what_a_border_is_shared_with_is_a_country(gazetteer, text, lang):
    niger = next(p for p in geo.places(text, lang=lang, gazetteer=gazetteer) if p.text == "Niger")
    assert (niger.feature_code, niger.country_code) == ("PCLI", "NE")


def test_a_misspelt_name_before_its_unit_word_is_the_area_it_names(gazetteer):
    # `Manadalay region` is Mandalay region, not the city of Mandalay
    text = "The junta bombed villages across Myanmar. The airstrike on Yae Htwet village in Manadalay region killed 12."
    area = next(p for p in geo.places(text, lang="en", gazetteer=gazetteer) if p.text == "Manadalay")
    assert (area.name, area.feature_code) == ("Mandalay", "ADM1")


def test_a_name_told_with_a_province_word_keeps_the_province_beside_a_telling_that_names_its_town(gazetteer):
    # the second `Sa Kaeo` closes a district's address and is the town; the first is told as the province
    text = (
        "Roket Kamboja menghantam daerah sipil di provinsi Sa Kaeo, kata tentara Thailand. Pasukan Kamboja "
        "menembakkan roket ke Ban Nong Samet di distrik Khok Sung, Sa Kaeo."
    )
    first = next(p for p in geo.places(text, lang="id", gazetteer=gazetteer) if p.text == "Sa Kaeo")
    assert (first.name, first.feature_code) == ("Sa Kaeo", "ADM1")


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit Rostov-on-Don overnight and debris fell on homes in the city's Proletarsky district.",
        "Debris fell on a house in Kyiv's Desnianskyi district.",
        "Debris fell on a house in the Desnianskyi district of Kyiv.",
    ],
)
def test_a_city_district_the_index_lacks_is_not_drawn_at_a_namesake_elsewhere(gazetteer, text):
    # the namesakes lie in other provinces (a Chernihiv village, a Donetsk one): the district is dropped, the city kept
    places = geo.places(text, lang="en", gazetteer=gazetteer)
    assert [p.text.removesuffix("'s") for p in places] == [next(w for w in ("Rostov-on-Don", "Kyiv") if w in text)]
    assert all(p.feature_code.startswith("PPL") for p in places)


@pytest.mark.parametrize(
    ("text", "district", "country"),
    [
        ("Shelling hit villages in Kharkiv's Kupiansk district.", "Kupiansk", "UA"),
        ("A man was killed by shelling in Poonch district of Jammu.", "Poonch", "IN"),
    ],
)
def test_a_district_told_as_a_towns_is_kept_when_it_lies_in_the_towns_province(gazetteer, text, district, country):
    place = next(p for p in geo.places(text, lang="en", gazetteer=gazetteer) if p.text == district)
    assert place.country_code == country


def test_a_village_told_in_a_township_is_none_of_its_namesakes_beyond_the_township(gazetteer):
    # Tar Lay lies in Shan state, 450 km from Katha: the village is one the index lacks, the township is kept
    text = "Jets bombed a ceremony in Moe Tarr Lay village of Katha township, a witness said."
    assert [p.text for p in geo.places(text, lang="en", gazetteer=gazetteer)] == ["Katha"]


def test_a_name_told_after_a_persons_title_is_no_misspelt_place_elsewhere_in_the_article(gazetteer):
    # `Zelenskiy` is the president of the lede, not the village Zelene that a cue word would make of it
    text = (
        "Rudal Rusia menghantam kampung halaman Presiden Ukraina Volodymyr Zelenskiy. Rudal menghancurkan gedung "
        "polisi di Kryvyi Rih, kota tempat Zelenskiy dilahirkan."
    )
    assert [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer) if p.country_code == "UA"] == [
        "Ukraina",
        "Kryvyi Rih",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jets killed commanders of the Islamic State West Africa Province (ISWAP) in Borno state.", "en"),
        ("Jet menewaskan komandan Islamic State West Africa Provience (ISWAP) di negara bagian Borno.", "id"),
    ],
)
def test_a_groups_name_that_opens_a_longer_name_makes_the_run_no_place(gazetteer, text, lang):
    # `West` (a Cameroonian region) and `Africa` are words of the group's name, as `Islamic State` is
    assert [p.text for p in geo.places(text, lang=lang, gazetteer=gazetteer)] == ["Borno"]


def test_the_generic_word_that_ends_a_landforms_name_is_no_place_alone(gazetteer):
    # `Hills` is an English name of Benin's Collines department, `Valley` the capital of Anguilla
    text = "Jets struck bandits near Dutsen Hills, and floods hit Canaan Valley."
    assert [p.text for p in geo.places(text, lang="en", gazetteer=gazetteer) if p.text in ("Hills", "Valley")] == []


def test_a_transliterated_district_adjective_names_its_towns_district_in_russia_or_ukraine_only(gazetteer):
    def found(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
        return [(p.text, p.country_code) for p in geo.places(text, lang=lang, gazetteer=gazetteer)]

    text = "Seven drones were shot down in Rylsky and Kurchatovsky districts of the Kursk Region."
    assert found(text) == [("Rylsky", "RU"), ("Kurchatovsky", "RU"), ("Kursk Region", "RU")]
    assert found("Drone ditembak jatuh di atas distrik Kurchatovsky.", "id") == [("Kurchatovsky", "RU")]
    # `Brasov` is a Romanian city: a Russian district's adjective never names it
    assert found("A drone was destroyed over the Brasovsky district.") == []


def test_border_villages_and_struck_sites_the_packaged_sources_lack_come_from_the_overlay(gazetteer):
    text = (
        "Israeli strikes hit Aita al-Shaab and Kfar Kela in southern Lebanon, and drones targeted the al-Omar oil "
        "field and al-Tanf garrison in Syria."
    )
    found = {p.text: p for p in geo.places(text, lang="en", gazetteer=gazetteer)}
    assert {
        t: (p.country_code, p.feature_code) for t, p in found.items() if t not in ("Israeli", "Lebanon", "Syria")
    } == {
        "Aita al-Shaab": ("LB", "PPL"),
        "Kfar Kela": ("LB", "PPL"),
        # a site's name ends in a lower-case word for its kind
        "al-Omar oil field": ("SY", "OILF"),
        "al-Tanf garrison": ("SY", "MILB"),
    }
    text = "Israeli strikes hit the Ain al-Hilweh camp near Sidon and the town of Khiam."
    found = {p.text: (p.country_code, p.feature_code) for p in geo.places(text, lang="en", gazetteer=gazetteer)}
    assert (found["Ain al-Hilweh"], found["Khiam"]) == (("LB", "PPLX"), ("LB", "PPL"))
    text = "Hezbollah rockets hit Avivim in northern Israel, and an Israeli strike hit the Maghazi camp in Gaza."
    found = {p.text: p for p in geo.places(text, lang="en", gazetteer=gazetteer)}
    assert (found["Avivim"].country_code, found["Maghazi"].name) == ("IL", "Maghazi refugee camp")
    text = (
        "Shelling hit Kurkovichi in the Bryansk region; Pakistani troops fired on Tithwal in Kupwara and on Tatta Pani."
    )
    found = {p.text: p.country_code for p in geo.places(text, lang="en", gazetteer=gazetteer)}
    assert (found["Kurkovichi"], found["Tithwal"], found["Tatta Pani"]) == ("RU", "IN", "PK")
    # a site's kind written before its name, as Indonesian writes it
    text = "Drone menyerang ladang minyak al-Omar dan ladang gas Conoco di Suriah timur."
    named = {p.text: p.name for p in geo.places(text, lang="id", gazetteer=gazetteer)}
    assert (named["al-Omar"], named["Conoco"]) == ("Al-Omar oil field", "Conoco gas field")


def test_a_city_known_across_its_country_stays_beside_a_namesake_abroad_of_a_word_before_it(gazetteer):
    # `Soroka` reads as Soroca in Moldova; that far namesake must not make Beersheba a stray, nor the reverse
    text = "Iranian missiles hit the Soroka hospital in Beersheba."
    assert ("Beersheba", "IL") in [(p.text, p.country_code) for p in geo.places(text, lang="en", gazetteer=gazetteer)]


def test_a_base_word_before_an_air_bases_own_name_is_that_base_not_a_village_of_the_name(gazetteer):
    # `Ain al-Asad` alone is also a village in Israel; `pangkalan` (base) before it says which
    found = [
        (p.text, p.name) for p in geo.places("Roket menghantam pangkalan Ain al-Asad.", lang="id", gazetteer=gazetteer)
    ]
    assert found == [("Ain al-Asad", "Al Asad Air Base")]


def test_the_sea_a_port_lies_on_opens_its_cued_name_but_is_no_part_of_it(gazetteer):
    # `pelabuhan Laut Merah Hodeidah`: the Red Sea port of Hodeidah; the whole run names nothing
    text = "Israel menyerang pelabuhan Laut Merah Hodeidah di Yaman."
    found = [(p.text, p.country_code) for p in geo.places(text, lang="id", gazetteer=gazetteer)]
    assert ("Hodeidah", "YE") in found


def test_a_surname_after_a_given_name_is_no_place_though_a_village_has_it(gazetteer):
    # Hassan is an Indian town and Nasrallah a Tunisian village; together they are a man's name
    for text, lang in [
        ("The strike resembled the one that killed Hassan Nasrallah in Beirut.", "en"),
        ("Serangan itu mirip dengan yang menewaskan Hassan Nasrallah di Beirut.", "id"),
    ]:
        assert [p.text for p in geo.places(text, lang=lang, gazetteer=gazetteer)] == ["Beirut"]


def test_a_word_inside_a_name_the_index_lacks_is_no_village_it_only_spells(gazetteer):
    # `Khet` spells Ho Et, a village of Myanmar; it is the last word of a camp's name the index does not hold
    text = "Serangan terjadi di Kawasan Mong Lai Khet, dekat markas besar KIA di Myitkyina."
    assert [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer)] == ["Myitkyina"]
    # a province so spelt stays (`Lembah Bekaa`, the Bekaa valley)
    found = geo.places("Jet tempur menyerang Baalbek dan Lembah Bekaa.", lang="id", gazetteer=gazetteer)
    assert [p.text for p in found] == ["Baalbek", "Bekaa"]


def test_a_far_town_of_a_list_that_is_the_one_place_of_its_name_is_kept(gazetteer):
    # Vylkove lies 400 km from Kharkiv and Chuhuiv, but it is the only place so named: meant, not a namesake
    text = "Russian drones struck Kharkiv, Chuhuiv and Vylkove overnight, Ukrainian officials said."
    assert [p.text for p in geo.places(text, lang="en", gazetteer=gazetteer)] == [
        "Russian",
        "Kharkiv",
        "Chuhuiv",
        "Vylkove",
        "Ukrainian",
    ]


def test_a_capitalised_function_word_or_lake_word_starts_no_place_it_only_spells(gazetteer):
    # `In Pale` spells Inn Pale, a Myanmar village; `Lake Kivu` spells Kivuye, a Ugandan sub-county
    found = geo.places("In Pale, two women were killed when jets bombed a village.", lang="en", gazetteer=gazetteer)
    assert [p.text for p in found] == ["Pale"]
    found = geo.places("One drone fell into Lake Kivu and another hit Goma.", lang="en", gazetteer=gazetteer)
    assert [p.text for p in found] == ["Goma"]


def test_an_everyday_word_set_by_commas_in_a_list_of_places_is_a_place(gazetteer):
    # `kapan` is Indonesian for `when`; between Goris and Jermuk it is Armenia's Kapan (the name after its comma is
    # no second word of it); opening a question it stays the word
    text = "Kementerian Pertahanan Armenia melaporkan penembakan di Sotk, Goris, Kapan, Jermuk, dan Artanish."
    found = [p.text for p in geo.places(text, lang="id", gazetteer=gazetteer)]
    assert found == ["Armenia", "Sotk", "Goris", "Kapan", "Jermuk", "Artanish"]
    found = geo.places("Kapan mereka tiba di Goris?", lang="id", gazetteer=gazetteer)
    assert [p.text for p in found] == ["Goris"]
    # an everyday word with no namesake in the land of the place before it stays a word
    found = geo.places("Russian drones hit Kharkiv, Sumy, Bath and Poltava.", lang="en", gazetteer=gazetteer)
    assert [p.text for p in found] == ["Russian", "Kharkiv", "Sumy", "Poltava"]
