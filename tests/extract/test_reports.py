"""geo.extract.reports: who says what happened where, and when. Short texts written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract_text
from geo.model import REMOTE_EXPLOSIVE


@pytest.fixture
def extract(gazetteer):
    def run(text: str, published: str = "2024-01-10", lang: str = "auto", publisher: str | None = None):
        reports = extract_text(
            text, document="t", published=published, lang=lang, publisher=publisher, gazetteer=gazetteer
        )
        return {r.place: r for r in reports}, reports

    return run


def test_active_voice_accusation_names_claimant_attacker_and_their_states(extract):
    by_place, _ = extract(
        "Sementara itu, Kementerian Pertahanan Azerbaijan menyebutkan bahwa pasukan Armenia telah menembaki Ganja."
    )
    r = by_place["Ganja"]
    assert (r.claimant, r.claimant_kind, r.claimant_country) == ("Kementerian Pertahanan Azerbaijan", "military", "AZ")
    assert (r.attacker, r.attacker_country) == ("pasukan Armenia", "AM")
    assert (r.action, r.claim_type, r.sub_event_type) == ("shelling", "accusation", "Shelling/artillery/missile attack")
    assert r.country_code == "AZ" and r.is_drawn_strike


def test_passive_voice_with_agent_and_menurut_claimant(extract):
    by_place, _ = extract("Menurut pejabat setempat, kota Kherson ditembaki oleh pasukan Rusia pada Minggu malam.")
    r = by_place["Kherson"]
    assert (r.attacker, r.attacker_country) == ("pasukan Rusia", "RU")
    # a local official speaks for the state of the place they report on
    assert (r.claimant, r.claimant_kind, r.claimant_country) == ("pejabat setempat", "official", "UA")
    assert (r.event_date, r.time_precision) == ("2024-01-07", 1)  # the Sunday before Wednesday 10 January


def test_english_passive_and_postposed_claimant(extract):
    by_place, _ = extract(
        "The city of Zaporizhzhia was struck by Russian missiles on Sunday, Ukraine's air force said."
    )
    r = by_place["Zaporizhzhia"]
    assert (r.claimant_kind, r.claimant_country, r.attacker_country) == ("military", "UA", "RU")
    assert (r.action, r.claim_type, r.event_date) == ("missile_attack", "accusation", "2024-01-07")


def test_appositive_names_the_person_and_gives_kind_and_country(extract):
    by_place, _ = extract(
        "Penasihat Presiden Azerbaijan Ilham Aliyev, yakni Hikmet Hajiyev, menulis via Twitter pada Minggu malam "
        'bahwa orang-orang Armenia melancarkan "serangan rudal terhadap warga sipil" di distrik Absheron.',
        published="2020-10-05",
    )
    r = by_place["Absheron"]
    assert (r.claimant, r.claimant_kind, r.claimant_country) == ("Hikmet Hajiyev", "official", "AZ")
    assert (r.action, r.attacker_country, r.target) == ("missile_attack", "AM", "warga sipil")
    assert (r.event_date, r.geo_precision) == ("2020-10-04", 2)


def test_quote_then_postposed_speaker_with_appositive(extract):
    by_place, _ = extract(
        '"Pasukan Armenia menembaki Ganja lagi. Dua warga sipil tewas," kata Hikmet Hajiyev, '
        "penasihat Presiden Azerbaijan."
    )
    r = by_place["Ganja"]
    assert (r.claimant, r.claimant_kind, r.claimant_country) == ("Hikmet Hajiyev", "official", "AZ")
    assert r.attacker_country == "AM"


def test_denial_is_kept_but_not_drawn(extract):
    by_place, _ = extract("Israel membantah telah menyerang rumah sakit di Gaza City, kata juru bicara militer.")
    r = by_place["Gaza City"]
    assert (r.claim_type, r.claimant_country, r.target) == ("denial", "IL", "rumah sakit")
    assert not r.is_drawn_strike
    by_place, _ = extract("Russia's defence ministry denied that its forces had attacked the market in Kostiantynivka.")
    r = by_place["Kostiantynivka"]
    assert (r.claim_type, r.claimant_country, r.attacker_country) == ("denial", "RU", "RU")


def test_threat_is_kept_but_not_drawn(extract):
    by_place, _ = extract("Iran mengancam akan menyerang Tel Aviv jika Israel melanjutkan serangan.")
    r = by_place["Tel Aviv"]
    assert (r.claim_type, r.claimant, r.claimant_country) == ("threat", "Iran", "IR")
    assert not r.is_drawn_strike
    _, reports = extract("Hezbollah threatened to strike Haifa if the attacks continued, its leader said.")
    assert [(r.place, r.claim_type, r.claimant_kind) for r in reports] == [("Haifa", "threat", "armed_group")]


def test_interception_is_disrupted_weapons_use_and_the_launch_site_is_not_a_place_of_strike(extract):
    _, reports = extract(
        "Militer Israel mengatakan sistem pertahanan udara mencegat roket yang ditembakkan dari Gaza ke arah Ashkelon."
    )
    assert [(r.place, r.action, r.sub_event_type) for r in reports] == [
        ("Ashkelon", "interception", "Disrupted weapons use")
    ]
    assert not reports[0].is_drawn_strike
    _, reports = extract("Ukraine's air defences shot down 15 drones over Odesa overnight, the military said.")
    assert [(r.place, r.action, r.is_drawn_strike) for r in reports] == [("Odesa", "interception", False)]


def test_reference_places_and_metonyms_are_not_strike_locations(extract):
    _, reports = extract(
        "The missiles were launched from Belgorod, about 40 km from Kharkiv, and hit the village of Tsyrkuny, "
        "officials said. Moscow rejected the accusations and said Russian forces never attack civilians."
    )
    assert [r.place for r in reports] == ["Tsyrkuny"]
    _, reports = extract("Rudal menghantam distrik Absheron, sekitar 80 kilometer dari Ibu Kota Baku, kata Azerbaijan.")
    assert [r.place for r in reports] == ["Absheron"]


def test_countries_and_regions_around_a_named_town_are_not_points(extract):
    _, reports = extract(
        "Armenia mengatakan, kota utama Nagorno-Karabakh, Stepanakert, kembali digempur pada 4 Oktober.",
        published="2020-10-05",
    )
    assert [(r.place, r.claimant_country, r.event_date) for r in reports] == [("Stepanakert", "AM", "2020-10-04")]


def test_two_claimants_in_one_paragraph_each_keep_their_own_places(extract):
    by_place, _ = extract(
        "Israel's military said its jets struck Hamas targets in Khan Younis on Tuesday. "
        "Gaza's health ministry said an Israeli strike on a house in Rafah killed 12 people."
    )
    khan, rafah = by_place["Khan Younis"], by_place["Rafah"]
    assert (khan.claimant_country, khan.attacker_country, khan.action) == ("IL", "IL", "air_strike")
    assert (rafah.claimant, rafah.claimant_country, rafah.attacker_country) == ("Gaza's health ministry", "PS", "IL")
    assert rafah.claim_type == "accusation"


def test_the_article_own_voice_is_the_cited_agency(extract):
    by_place, _ = extract(
        "Pertempuran meningkat di Nagorno-Karabakh pada 4 Oktober, pasukan kedua negara saling menembak "
        "dengan artileri. "
        "Dilansir AFP, Senin (5/10/2020), warga mengungsi.",
        published="2020-10-05",
    )
    r = by_place["Nagorno-Karabakh"]
    assert (r.claimant, r.claimant_kind, r.claimant_country, r.claim_type) == ("AFP", "media", None, "claim")
    assert (r.geo_precision, r.uncertainty_km, r.event_date) == (3, 60.0, "2020-10-04")


def test_drug_story_gives_no_reports(extract):
    _, reports = extract("Polisi menyita 5 kilogram ganja di Medan pada Selasa. Tersangka ditangkap di rumahnya.")
    assert reports == []


def test_witness_and_remote_explosive(extract):
    by_place, _ = extract(
        "A roadside bomb exploded near a police convoy in Mogadishu on Saturday, witnesses told Reuters."
    )
    r = by_place["Mogadishu"]
    assert (r.claim_type, r.claimant_kind, r.claimant_country) == ("witness", "witness", None)
    assert (r.action, (r.event_type, r.sub_event_type)) == ("explosion", REMOTE_EXPLOSIVE)
    assert r.event_date == "2024-01-06"


def test_a_pronoun_continues_the_previous_claimant(extract):
    by_place, _ = extract(
        "Russian forces shelled Kharkiv overnight, regional governor Oleh Synehubov said. "
        "He said two people were killed in the Kyivskyi district.",
        published="2022-05-17",
    )
    assert by_place["Kharkiv"].claimant == by_place["Kyivskyi"].claimant == "regional governor Oleh Synehubov"
    assert by_place["Kyivskyi"].geo_precision == 2  # a district is not a pin
    assert by_place["Kharkiv"].claimant_country == "UA"


def test_since_dates_give_way_to_the_day_of_the_strike(extract):
    by_place, _ = extract(
        "Armenia mengatakan Stepanakert telah ditembaki sejak 2 Oktober dan kembali digempur pada 4 Oktober.",
        published="2020-10-05",
    )
    assert by_place["Stepanakert"].event_date == "2020-10-04"
    by_place, _ = extract("Ukraine said Russian drones hit Odesa last week.", published="2024-01-10")
    assert (by_place["Odesa"].event_date, by_place["Odesa"].time_precision) == ("2024-01-03", 2)


def test_a_third_language_is_only_a_data_file(extract):
    from geo.lexicon import available_languages

    assert {"id", "en", "ru"} <= set(available_languages())
    by_place, _ = extract(
        "Российские войска обстреляли Харьков в воскресенье, заявил губернатор области Олег Синегубов. "
        "ПВО сбила 10 дронов над Киевом."
    )
    kharkiv = by_place["Харьков"]  # found in the nominative
    assert (kharkiv.language, kharkiv.place_name, kharkiv.country_code) == ("ru", "Kharkiv", "UA")
    assert (kharkiv.action, kharkiv.claim_type, kharkiv.event_date) == ("shelling", "accusation", "2024-01-07")
    assert (kharkiv.claimant_kind, kharkiv.claimant_country, kharkiv.attacker_country) == ("official", "UA", "RU")
    kyiv = by_place["Киевом"]  # found through the case ending
    assert (kyiv.place_name, kyiv.action, kyiv.is_drawn_strike) == ("Kyiv", "interception", False)


def test_a_claimant_after_the_claim_ends_it_even_when_the_sentence_goes_on(extract):
    by_place, _ = extract(
        "Israeli air strikes hit the southern city of Nabatieh on Monday, killing five people, Lebanon's health "
        "ministry said, as Israel widened its campaign."
    )
    r = by_place["Nabatieh"]
    assert (r.claimant, r.claimant_country, r.attacker_country, r.claim_type) == (
        "Lebanon's health ministry",
        "LB",
        "IL",
        "accusation",
    )


def test_rivers_distances_with_directions_and_take_off_sites_are_not_strike_points(extract):
    _, reports = extract(
        "Russian forces kept shelling Nikopol from the eastern bank of the Dnipro River, officials said."
    )
    assert [r.place for r in reports] == ["Nikopol"]
    _, reports = extract(
        "The Syrian Observatory said airstrikes hit a market in Ariha and that the warplanes took off from the "
        "airport in Hama."
    )
    assert [(r.place, r.country_code) for r in reports] == [("Ariha", "SY")]
    _, reports = extract(
        "Ukraina melaporkan bentrokan sengit di dekat Kupiansk, sekitar 100 kilometer di timur Kharkiv."
    )
    assert [(r.place, r.action, r.geo_precision) for r in reports] == [("Kupiansk", "armed_clash", 2)]


def test_a_capital_as_object_of_an_accusation_is_a_metonym(extract):
    _, reports = extract("Russian drones hit Sumy overnight. The governor accused Kyiv of shelling Belgorod.")
    assert [r.place for r in reports] == ["Sumy", "Belgorod"]


def test_state_news_agencies_speak_for_their_state_and_other_media_for_none(extract):
    by_place, _ = extract(
        "Kantor berita resmi Lebanon, National News Agency (NNA), melaporkan rudal Israel menghantam Baalbek. "
        "Wartawan AFP melaporkan ledakan di Tyre."
    )
    assert (by_place["Baalbek"].claimant_kind, by_place["Baalbek"].claimant_country) == ("media", "LB")
    assert (by_place["Tyre"].claimant_kind, by_place["Tyre"].claimant_country) == ("media", None)


def test_words_that_are_no_noun_phrase_are_no_claimant(extract):
    by_place, _ = extract("Di Gaza bagian tengah, serangan udara menghantam Deir al-Balah, kata saksi mata.")
    r = by_place["Deir al-Balah"]  # a hyphenated name whose capital comes after the hyphen
    assert (r.claimant, r.claimant_kind, r.action) == ("saksi mata", "witness", "air_strike")


def test_headline_and_dateline_make_no_reports_of_their_own(extract):
    _, reports = extract(
        "Drones hit Sumy and Kharkiv\n"
        "Beirut (AFP) - Russian drones struck Kharkiv on Tuesday, killing two people, the regional governor said."
    )
    assert [r.place for r in reports] == ["Kharkiv"]
    assert reports[0].evidence.startswith("Beirut (AFP)")


def test_venues_causes_and_controlled_areas_are_not_strike_locations(extract):
    _, reports = extract(
        "Zelenskiy, speaking at a news conference in Kyiv, said the overnight strikes on Kharkiv showed that Moscow "
        "was not interested in peace. The rebels, who control Sanaa, fired a missile at Eilat in solidarity with Gaza."
    )
    assert sorted(r.place for r in reports if r.is_drawn_strike) == ["Eilat", "Kharkiv"]


def test_indonesian_venue_of_a_speaker_is_not_struck(extract):
    _, reports = extract(
        "Menteri Luar Negeri, yang berbicara di Brussel, mengecam serangan Israel terhadap warga Palestina di Rafah.",
        lang="id",
    )
    assert [r.place for r in reports] == ["Rafah"]


def test_launch_sites_listed_together_are_all_launch_sites(extract):
    _, reports = extract(
        "Ukraine's air force said Russia launched 40 drones from the Kursk and Bryansk regions at Sumy on Monday."
    )
    assert [r.place for r in reports] == ["Sumy"]


def test_a_region_that_sets_the_scene_gives_way_to_the_town_struck(extract):
    by_place, _ = extract(
        "In the Odesa region, a drone struck port infrastructure in Izmail on Monday, Gov. Oleh Kiper said."
    )
    assert set(by_place) == {"Izmail"}
    by_place, _ = extract("Di wilayah Donetsk, pasukan Rusia menggempur kota Kramatorsk pada Minggu.", lang="id")
    assert set(by_place) == {"Kramatorsk"}


def test_the_weapon_word_nearest_the_place_gives_its_action(extract):
    by_place, _ = extract(
        "Russia's Defense Ministry said its forces struck an airfield near Myrhorod with Iskander missiles, "
        "destroying two aircraft."
    )
    assert by_place["Myrhorod"].action == "missile_attack"
    by_place, _ = extract("Houthi rebels fired a ballistic missile at Eilat and launched drones at ships on Friday.")
    assert by_place["Eilat"].action == "missile_attack"


def test_history_is_not_reported_as_news(extract):
    _, reports = extract(
        "Russian forces shelled Kherson on Monday. Russian troops attacked Bucha in February 2022.",
        published="2024-11-05",
    )
    assert [r.place for r in reports] == ["Kherson"]


def test_a_local_official_speaks_for_the_state_of_the_region_he_heads(extract):
    by_place, _ = extract(
        "Kursk region acting Gov. Alexander Khinshtein said a Ukrainian drone hit a car near Sumy on Tuesday."
    )
    r = by_place["Sumy"]  # the car was hit across the border; the governor still speaks for Russia
    assert (r.claimant_kind, r.claimant_country) == ("official", "RU")
    by_place, _ = extract("Wali Kota Kharkiv Ihor Terekhov mengatakan dua bom luncur menghantam Kharkiv.", lang="id")
    r = by_place["Kharkiv"]
    assert (r.claimant_kind, r.claimant_country, r.action) == ("official", "UA", "air_strike")


def test_installed_officials_speak_for_the_installing_state(extract):
    by_place, _ = extract(
        "Vladimir Saldo, the Russian-installed head of the occupied parts of the Kherson region, said Ukrainian "
        "forces had shelled Oleshky on Monday."
    )
    assert (by_place["Oleshky"].claimant, by_place["Oleshky"].claimant_country) == ("Vladimir Saldo", "RU")


def test_indonesian_claimants_with_nouns_that_look_like_verbs(extract):
    by_place, _ = extract(
        "Di pihak lain, Angkatan Udara Ukraina menyebutkan Rusia meluncurkan rudal balistik ke kota Poltava. "
        "Kantor berita Palestina WAFA melaporkan pesawat tempur Israel membombardir Khan Younis.",
        lang="id",
    )
    assert (by_place["Poltava"].claimant_country, by_place["Poltava"].action) == ("UA", "missile_attack")
    assert (by_place["Khan Younis"].claimant, by_place["Khan Younis"].claimant_country) == (
        "Kantor berita Palestina WAFA",
        "PS",
    )
    assert by_place["Khan Younis"].action == "air_strike"


def test_kurdish_led_forces_are_an_armed_group_without_a_state(extract):
    by_place, _ = extract(
        "Turkish drones struck a bakery in Kobani on Thursday, the Kurdish-led Syrian Democratic Forces (SDF) said."
    )
    assert (by_place["Kobani"].claimant_kind, by_place["Kobani"].claimant_country) == ("armed_group", None)


def test_a_surname_alone_speaks_for_the_official_named_earlier(extract):
    by_place, _ = extract(
        "Zaporizhzhia Governor Ivan Fedorov said drones hit Vilniansk. Fedorov said Russian shelling also hit Orikhiv."
    )
    assert (by_place["Orikhiv"].claimant, by_place["Orikhiv"].claimant_country) == ("Fedorov", "UA")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russian drones struck Kharkiv early on Sunday, officials said.", "en", ("2024-03-10", 1)),
        ("Russian missiles hit Kharkiv on Tuesday night, killing two.", "en", ("2024-03-12", 1)),
        ("Russian shelling hit Kharkiv two days ago, the governor said.", "en", ("2024-03-11", 1)),
        ("Russian shelling hit Kharkiv last week, the governor said.", "en", ("2024-03-06", 2)),
        ("Serangan drone Rusia menghantam Kharkiv pada Selasa (12/3) malam.", "id", ("2024-03-12", 1)),
        ("Serangan drone Rusia menghantam Kharkiv kemarin.", "id", ("2024-03-12", 1)),
        ("Serangan drone Rusia menghantam Kharkiv kemarin lusa.", "id", ("2024-03-11", 1)),
        ("Serangan drone Rusia menghantam Kharkiv dua hari lalu.", "id", ("2024-03-11", 1)),
        ("Serangan drone Rusia menghantam Kharkiv pekan lalu.", "id", ("2024-03-06", 2)),
    ],
)
def test_relative_dates_in_news_style(extract, text, lang, expected):
    by_place, _ = extract(text, published="2024-03-13", lang=lang)  # a Wednesday
    assert (by_place["Kharkiv"].event_date, by_place["Kharkiv"].time_precision) == expected


def test_a_past_year_marks_history_but_a_since_year_does_not_hide_todays_strike(extract):
    _, reports = extract("Serangan drone Rusia menghantam Kharkiv pada 2022.", published="2024-03-13", lang="id")
    assert reports == []
    by_place, _ = extract(
        "Russian forces have shelled Kharkiv since 2022, and struck it again on Tuesday.", published="2024-03-13"
    )
    assert by_place["Kharkiv"].event_date == "2024-03-12"


def test_an_area_named_after_a_town_only_locates_it(extract):
    _, reports = extract("Junta troops shelled the town of Kyaukme in northern Shan state on Saturday, the TNLA said.")
    assert [r.place for r in reports] == ["Kyaukme"]
    _, reports = extract("Serangan menyasar gudang senjata di dekat kota Homs, di Suriah tengah.", lang="id")
    assert [r.place for r in reports] == ["Homs"]


def test_a_citing_claimant_keeps_its_name_not_its_source(extract):
    by_place, _ = extract(
        "Serangan udara Israel menghantam Damaskus pada Rabu, kata kantor berita resmi Suriah SANA, mengutip sumber "
        "militer.",
        lang="id",
    )
    assert (by_place["Damaskus"].claimant_kind, by_place["Damaskus"].claimant_country) == ("media", "SY")


def test_a_time_opener_is_no_speaker_and_a_shelter_is_no_target(extract):
    by_place, _ = extract("Hours later, Hezbollah said it fired rockets at Kiryat Shmona.")
    assert by_place["Kiryat Shmona"].claimant == "Hezbollah"
    _, reports = extract("Paramedics said a man was hurt while running to a bomb shelter in Kiryat Shmona.")
    assert reports == []


def test_a_region_needs_an_explicit_strike_not_widespread_or_habitual_activity(extract):
    _, reports = extract("Resistance groups have attacked military posts across the Sagaing and Magway regions.")
    assert reports == []
    _, reports = extract("Kelompok perlawanan menyerang pos militer di seluruh wilayah Sagaing, kata NUG.", lang="id")
    assert reports == []
    _, reports = extract("Fighting has intensified in the Sagaing region in recent months, the UN said.")
    assert reports == []
    by_place, _ = extract("Shells hit parts of Omdurman on Sunday, residents said.")
    assert set(by_place) == {"Omdurman"}  # a town struck in parts is still struck


def test_a_second_predicate_after_an_interception_is_a_strike(extract):
    by_place, _ = extract(
        "The ministry said air defences shot down 30 drones over Belgorod and destroyed a Ukrainian command post "
        "near Vovchansk with missiles."
    )
    assert by_place["Belgorod"].action == "interception" and not by_place["Belgorod"].is_drawn_strike
    assert by_place["Vovchansk"].action == "missile_attack" and by_place["Vovchansk"].is_drawn_strike
    by_place, _ = extract("Air defences shot down 20 drones over Kyiv, and debris damaged a house, officials said.")
    assert by_place["Kyiv"].action == "interception"


def test_a_long_actor_phrase_before_a_name_is_the_speaker(extract):
    by_place, _ = extract(
        "Pejabat yang ditunjuk Rusia di wilayah Zaporizhzhia yang diduduki, Yevgeny Balitsky, mengatakan artileri "
        "Ukraina menembaki kota Vasylivka. Di wilayah Dnipropetrovsk, drone Rusia menghantam kota Pavlohrad, kata "
        "Gubernur Serhiy Lysak melalui Telegram.",
        lang="id",
    )
    assert (by_place["Vasylivka"].claimant_kind, by_place["Vasylivka"].claimant_country) == ("official", "RU")
    assert (by_place["Pavlohrad"].claimant_kind, by_place["Pavlohrad"].claimant_country) == ("official", "UA")


def test_a_far_away_namesake_of_a_neighbourhood_is_dropped(extract):
    by_place, _ = extract(
        "Israeli air strikes on a school in Gaza City killed 18 people, Palestinian officials said. "
        "Officials said the strike hit a school in the Daraj neighbourhood, near Jabalia."
    )
    assert "Daraj" not in by_place and "Gaza City" in by_place


def test_media_run_by_an_armed_group_speak_for_no_state(extract):
    by_place, _ = extract("The Houthi-run Saba news agency said US and British jets struck Hodeidah airport.")
    assert (by_place["Hodeidah"].claimant_kind, by_place["Hodeidah"].claimant_country) == ("media", None)
    by_place, _ = extract("Syria's state news agency SANA said Israeli jets struck Homs.")
    assert by_place["Homs"].claimant_country == "SY"


def test_a_relative_clause_inside_the_speaker_keeps_its_places_out_of_the_claim(extract):
    by_place, _ = extract(
        "Pemerintah Gaza yang dikelola Hamas mengatakan serangan udara Israel menewaskan 20 orang di Rafah.", lang="id"
    )
    assert set(by_place) == {"Rafah"} and by_place["Rafah"].claimant.startswith("Pemerintah Gaza")


def drawn(reports) -> set[str]:
    return {r.place for r in reports if r.is_drawn_strike}


def test_a_past_strike_named_by_its_year_or_as_last_months_is_background(extract):
    _, reports = extract(
        "Residents still recall the 2022 missile attack on the railway station in Kramatorsk. "
        "Last month's strike on a market in Kherson killed 19 people. "
        "Russian drones hit Sumy on Tuesday, the governor said.",
        published="2024-06-05",
    )
    assert drawn(reports) == {"Sumy"}


def test_fighting_that_has_lasted_for_years_is_no_point(extract):
    _, reports = extract(
        "Government forces have been fighting militants near Jilib for more than two years. "
        "A roadside bomb exploded near Afgooye on Sunday, police said.",
        published="2024-08-05",
    )
    assert drawn(reports) == {"Afgooye"}


def test_a_general_strike_is_labour_not_a_weapon(extract):
    _, reports = extract(
        "Teachers in Sulaymaniyah began a general strike over unpaid salaries. "
        "Turkish warplanes struck positions near Amadiya in northern Iraq on Monday.",
        published="2025-03-11",
    )
    assert drawn(reports) == {"Amadiya"}


def test_a_clause_looking_back_at_the_strikes_reports_no_new_one(extract):
    _, reports = extract(
        "Drones struck Koysinjaq on Tuesday. The strikes came as inspectors were due in Tehran for talks. "
        "The attack on Koysinjaq came a day before a summit in Riyadh.",
        published="2025-03-11",
    )
    assert drawn(reports) == {"Koysinjaq"}


def test_where_a_speaker_said_it_is_no_strike_location(extract):
    _, reports = extract(
        "Israeli jets struck Beit Lahia on Wednesday. Netanyahu said in Jerusalem that Hamas would be destroyed.",
        published="2024-11-20",
    )
    assert drawn(reports) == {"Beit Lahia"}


def test_a_place_rockets_were_only_fired_toward_is_no_strike_location(extract):
    _, reports = extract(
        "Militants fired three rockets toward the southern city of Ashkelon on Wednesday. "
        "Hezbollah said it fired rockets at an army base near Safed on Wednesday.",
        published="2024-11-20",
    )
    assert drawn(reports) == {"Safed"}


def test_a_province_is_no_point_when_countless_or_unnamed_places_in_it_were_struck(extract):
    _, reports = extract(
        "Russian forces struck 12 settlements in Donetsk Oblast over the past day, the governor said. "
        "Rebels fired mortar shells at a town in Hama's countryside on Tuesday. "
        "Russian forces shelled Nikopol on Tuesday, the governor said.",
        published="2025-01-08",
    )
    assert drawn(reports) == {"Nikopol"}


def test_a_short_offset_from_a_town_is_a_strike_near_it_and_a_long_one_is_not(extract):
    by_place, reports = extract(
        "A drone struck a tractor in a field about 10 km east of Balakliia on Tuesday, the governor said. "
        "Drones attacked Shostka, a town about 140 km northwest of Sumy, on Tuesday, officials said.",
        published="2025-06-03",
    )
    assert drawn(reports) == {"Balakliia", "Shostka"}
    near = by_place["Balakliia"]
    assert near.geo_precision == 2 and near.uncertainty_km >= 10


def test_a_town_located_by_a_compass_point_from_another_is_not_struck(extract):
    _, reports = extract(
        "Three drones struck a camp on the outskirts of Koysinjaq, east of Erbil, on Tuesday.", published="2025-03-11"
    )
    assert drawn(reports) == {"Koysinjaq"}


def test_police_and_local_officials_speak_for_the_state_of_the_place(extract):
    by_place, _ = extract(
        "A roadside bomb ripped through a minibus near Afgooye on Sunday, police said. "
        "Mortar rounds were fired at the airport in Baidoa on Saturday, a local official said.",
        published="2024-08-05",
    )
    assert (by_place["Afgooye"].claimant_kind, by_place["Afgooye"].claimant_country) == ("official", "SO")
    assert by_place["Afgooye"].sub_event_type == REMOTE_EXPLOSIVE[1]
    assert (by_place["Baidoa"].claimant_country, by_place["Baidoa"].action) == ("SO", "shelling")


def test_barrel_bombs_from_a_helicopter_are_an_air_strike(extract):
    by_place, _ = extract(
        "A government helicopter dropped two barrel bombs on Kafranbel on Tuesday, a war monitor said.",
        published="2024-05-14",
    )
    assert by_place["Kafranbel"].action == "air_strike"


def test_a_dateline_after_a_byline_and_an_agency_line_is_where_the_story_was_filed(extract):
    _, reports = extract(
        "Israeli jets strike northern Gaza\nBy A Reporter\nAssociated Press\n"
        "JERUSALEM (AP) — Israeli warplanes struck a building in Beit Lahia early Wednesday, the ministry said.",
        published="2024-11-20",
    )
    assert drawn(reports) == {"Beit Lahia"}


def test_a_dateline_of_two_cities_is_where_the_story_was_filed(extract):
    _, reports = extract(
        "Strikes on Kharkiv\n"
        "KYIV/MOSCOW, March 4 (Wire) - Russian missiles hit Kharkiv on Monday, the regional governor said.",
        published="2024-03-05",
    )
    assert drawn(reports) == {"Kharkiv"}


def test_every_town_of_a_list_before_a_postposed_claimant_is_struck(extract):
    by_place, reports = extract(
        "Drones hit Kharkiv, Sumy and Poltava overnight, officials said.", published="2025-01-08"
    )
    assert drawn(reports) == {"Kharkiv", "Sumy", "Poltava"}
    assert by_place["Sumy"].claimant == "officials"


def test_a_place_in_the_possessive_before_another_only_locates_it(extract):
    _, reports = extract(
        "Helicopters dropped barrel bombs on Idlib's Kafranbel on Monday, witnesses said.", published="2024-05-14"
    )
    assert drawn(reports) == {"Kafranbel"}


def test_a_munition_dropped_from_a_drone_is_a_drone_strike(extract):
    by_place, _ = extract(
        "A quadcopter dropped a mortar shell on a house near Bannu on Wednesday, police said. "
        "A drone hit Sumy while artillery shelled Kharkiv on Monday.",
        published="2024-12-26",
    )
    assert by_place["Bannu"].action == "drone_strike"
    assert (by_place["Sumy"].action, by_place["Kharkiv"].action) == ("drone_strike", "shelling")


def test_rocket_propelled_grenades_are_a_clash_not_a_rocket_attack(extract):
    by_place, _ = extract(
        "Militants attacked a police post with rocket-propelled grenades in Bannu late on Tuesday, police said.",
        published="2024-12-26",
    )
    assert by_place["Bannu"].sub_event_type == "Armed clash"


def test_a_state_body_reporting_its_own_strike_speaks_for_the_state_it_names(extract):
    by_place, _ = extract(
        "Nigerian Air Force (NAF) jets struck hideouts near Dikwa on Tuesday, the air force said on Wednesday.",
        published="2025-02-19",
    )
    r = by_place["Dikwa"]
    assert (r.attacker_country, r.claimant_kind, r.claimant_country) == ("NG", "military", "NG")


def test_headquarters_struck_are_a_target_but_an_institutions_seat_is_not(extract):
    _, reports = extract(
        "The Guards said they had targeted the headquarters of an armed group near Penjwen on Tuesday. "
        "The agency, whose headquarters in Vienna was evacuated, said drones struck Enerhodar on Tuesday.",
        published="2025-03-11",
    )
    assert drawn(reports) == {"Penjwen", "Enerhodar"}


def test_another_partys_denial_in_a_trailing_relative_clause_leaves_the_accusation(extract):
    by_place, _ = extract(
        "Azerbaijan's defence ministry accused Armenian forces of shelling Tovuz on Monday, which Yerevan denied.",
        published="2024-01-10",
    )
    assert by_place["Tovuz"].is_drawn_strike and by_place["Tovuz"].claimant_country == "AZ"


def test_a_state_news_agency_named_in_full_speaks_for_its_state_as_a_desk_not_a_witness(extract):
    by_place, _ = extract(
        "The Syrian Arab News Agency said Israeli missiles struck near Damascus airport on Monday. "
        "An AFP correspondent said explosions shook Khan Younis on Monday.",
        published="2024-01-10",
        lang="en",
    )
    assert (by_place["Damascus"].claimant_country, by_place["Damascus"].claim_type) == ("SY", "accusation")
    assert by_place["Khan Younis"].claim_type == "witness"


def test_a_relative_clause_naming_a_town_is_no_speaker(extract):
    by_place, reports = extract(
        "Ukrainian President Volodymyr Zelensky, who visited Kharkiv on Friday, condemned the attack on Sumy. "
        "Kyiv said Russian missiles hit Odesa on Monday.",
        published="2024-01-10",
        lang="en",
    )
    assert drawn(reports) == {"Sumy", "Odesa"} and by_place["Sumy"].claimant != "visited Kharkiv on Friday"
    assert (by_place["Odesa"].claimant, by_place["Odesa"].claimant_country) == ("Kyiv", "UA")


def test_the_province_holding_a_named_district_is_not_drawn_for_it(extract):
    _, reports = extract(
        "Pakistani aircraft bombed homes in the Barmal district of eastern Paktika province overnight, the Taliban "
        "said. Russian shelling hit the Synelnykove district of Dnipropetrovsk Oblast on Monday, the governor said.",
        published="2024-12-26",
    )
    assert drawn(reports) == {"Synelnykove"}


def test_a_state_body_named_without_its_country_speaks_for_the_state_it_reports_on(extract):
    by_place, _ = extract(
        "Cambodian rockets hit a petrol station in Kantharalak, the Second Army Region said.", lang="en"
    )
    assert (by_place["Kantharalak"].claimant_kind, by_place["Kantharalak"].claimant_country) == ("military", "TH")
    by_place, _ = extract("Army jets bombed a village near Pakokku on Monday, the junta's spokesman Zaw Min Tun said.")
    assert by_place["Pakokku"].claimant_country == "MM"
    by_place, _ = extract("Kementerian Kesehatan menyebutkan peluru artileri menghantam rumah sakit di Kantharalak.")
    assert by_place["Kantharalak"].claimant_country == "TH"


def test_a_state_body_telling_of_its_own_strike_abroad_gets_no_guessed_state(extract):
    by_place, _ = extract("The military said its jets struck a weapons depot in Kfar Kila.", lang="en")
    assert by_place["Kfar Kila"].claimant_country is None


def test_a_bare_state_body_takes_the_state_it_had_when_named_in_full(extract):
    _, reports = extract(
        "The Israeli military said it struck militants in Beit Hanoun. Medics said the strike killed five people.\n\n"
        "The military said fighter jets struck a command centre in Nuseirat on Tuesday.",
        lang="en",
    )
    nuseirat = [r for r in reports if r.place == "Nuseirat"]
    assert [r.claimant_country for r in nuseirat] == ["IL"]


def test_medics_and_rescuers_speak_for_no_state(extract):
    by_place, _ = extract(
        "Petugas medis Palestina mengatakan serangan udara Israel menewaskan empat orang di Deir al-Balah."
    )
    r = by_place["Deir al-Balah"]
    assert (r.claimant_kind, r.claimant_country, r.claim_type) == ("witness", None, "witness")
    by_place, _ = extract("A missile hit an apartment block in Kharkiv, rescuers said.", lang="en")
    assert (by_place["Kharkiv"].claimant_kind, by_place["Kharkiv"].claimant_country) == ("witness", None)


def test_a_body_named_with_its_state_or_region_speaks_for_that_state(extract):
    cases = [
        ("Iraq's Security Media Cell said a drone struck a military base near Kirkuk on Sunday.", "Kirkuk", "IQ"),
        (
            "The Kurdistan Region Counter-Terrorism Directorate said two drones hit an oil field near Soran.",
            "Soran",
            "IQ",
        ),
        ("Sel Media Keamanan Irak menyebutkan drone menghantam pangkalan militer di dekat Kirkuk.", "Kirkuk", "IQ"),
    ]
    for text, place, country in cases:
        by_place, _ = extract(text)
        assert by_place[place].claimant_country == country, text


def test_state_news_agencies_by_acronym_speak_for_their_state_and_armed_groups_media_for_none(extract):
    by_place, _ = extract("A Thai drone dropped explosives on a road outside Samraong, AKP reported.", lang="en")
    assert (by_place["Samraong"].claimant_kind, by_place["Samraong"].claimant_country) == ("media", "KH")
    by_place, _ = extract("An Israeli drone struck a car in Kfar Kila, Al-Manar reported.", lang="en")
    assert (by_place["Kfar Kila"].claimant_kind, by_place["Kfar Kila"].claimant_country) == ("media", None)


def test_an_armed_group_and_its_spokesman_speak_for_no_state(extract):
    by_place, _ = extract(
        "Yahya Saree, the Houthi military spokesman, said the group fired a ballistic missile at Eilat."
    )
    assert by_place["Eilat"].claimant_country is None
    by_place, _ = extract("Artillery shells hit a market in Myingyan, a local resistance group said.", lang="en")
    assert (by_place["Myingyan"].claimant_kind, by_place["Myingyan"].claimant_country) == ("armed_group", None)


def test_a_second_claimant_about_the_same_strike_gets_its_own_report(extract):
    _, reports = extract(
        "The Israeli military said it struck a Hamas command centre in Beit Hanoun on Tuesday. "
        "Witnesses said the strike hit a school sheltering displaced families.",
        lang="en",
    )
    claims = {(r.place, r.claimant, r.claimant_country) for r in reports if r.is_drawn_strike}
    assert claims == {("Beit Hanoun", "Israeli military", "IL"), ("Beit Hanoun", "Witnesses", None)}


def test_a_claim_naming_its_place_only_in_the_speaker_is_a_report_there(extract):
    _, reports = extract(
        "Militer Israel menyatakan menyerang militan Hamas di Nuseirat. "
        "Petugas medis di Nuseirat mengatakan serangan itu menewaskan lima orang.",
        lang="id",
    )
    claims = {(r.place, r.claimant_kind, r.claimant_country) for r in reports if r.is_drawn_strike}
    assert claims == {("Nuseirat", "military", "IL"), ("Nuseirat", "witness", None)}


def test_a_claim_with_no_place_in_a_new_paragraph_or_after_an_interception_borrows_none(extract):
    _, reports = extract(
        "Ukraine's air force said it shot down 18 drones over the Kyiv region. "
        "The air force said the drones were launched from Russia.\n\n"
        "Russian drones hit Sumy on Monday, the governor said.\n\nThe strikes killed two people, medics said.",
        lang="en",
    )
    assert sorted((r.place, r.claimant) for r in reports if r.is_drawn_strike) == [("Sumy", "governor")]


def test_a_relative_clause_after_the_speaker_does_not_hide_it(extract):
    by_place, _ = extract(
        "The Second Army Region, which oversees the northeastern border, said Cambodian rockets hit Kantharalak.",
        lang="en",
    )
    r = by_place["Kantharalak"]
    assert (r.claimant, r.claimant_country) == ("Second Army Region", "TH")


def test_where_or_how_a_speaker_spoke_does_not_change_what_it_is(extract):
    by_place, _ = extract(
        "The health ministry in the Hamas-run territory said Israeli bombardment killed 30 people in Khan Younis.",
        lang="en",
    )
    assert (by_place["Khan Younis"].claimant_kind, by_place["Khan Younis"].claimant_country) == ("government", "PS")
    by_place, _ = extract(
        "Juru bicara junta Zaw Min Tun dalam siaran televisi pemerintah menuduh pemberontak menembakkan mortir ke "
        "permukiman di pinggiran Mandalay."
    )
    assert (by_place["Mandalay"].claimant_kind, by_place["Mandalay"].claimant_country) == ("official", "MM")


def test_an_armed_groups_spokesman_named_by_a_plural_possessive_or_the_group_speaks_for_no_state(extract):
    for text in (
        "The Houthis' military spokesman, Yahya Saree, said the group fired a missile at Eilat.",
        "Yahya Saree, the group's military spokesman, said the group fired drones at Eilat.",
    ):
        by_place, _ = extract(text, lang="en")
        assert (by_place["Eilat"].claimant, by_place["Eilat"].claimant_kind) == ("Yahya Saree", "armed_group"), text
        assert by_place["Eilat"].claimant_country is None, text


def test_an_abbreviation_after_the_reporting_verb_does_not_end_the_claim(extract):
    by_place, _ = extract("The Houthis said U.S. warplanes bombed Amran.", lang="en")
    assert (by_place["Amran"].claimant, by_place["Amran"].claimant_country) == ("Houthis", None)


def test_residents_named_by_their_place_report_there_even_when_the_claim_names_another_country(extract):
    _, reports = extract(
        "Drone Turki menghantam kendaraan di dekat Zakho, kata pejabat setempat. "
        "Warga Zakho mengatakan ledakan itu terjadi di jalan menuju perbatasan Turki."
    )
    claims = {(r.place, r.claimant_kind, r.claimant_country) for r in reports if r.is_drawn_strike}
    assert claims == {("Zakho", "official", "IQ"), ("Zakho", "witness", None)}


def test_an_ambulance_service_head_is_a_witness_and_a_leading_and_is_no_part_of_a_speaker(extract):
    by_place, _ = extract(
        "An Israeli strike on Jabalia killed 12 people, said Fares Afana, head of the ambulance service in Gaza.",
        lang="en",
    )
    assert (by_place["Jabalia"].claimant_kind, by_place["Jabalia"].claimant_country) == ("witness", None)
    _, reports = extract(
        "The Israeli military said its aircraft struck targets in Baalbek, and Lebanon's health ministry said the "
        "strikes killed four.",
        lang="en",
    )
    assert {(r.claimant, r.claimant_country) for r in reports} == {
        ("Israeli military", "IL"),
        ("Lebanon's health ministry", "LB"),
    }


def test_a_first_name_spelt_like_a_preposition_is_still_the_speaker(extract):
    by_place, _ = extract(
        "Kepala Pemerintahan Militer Regional Kharkiv, Oleh Syniehubov, mengatakan bom luncur menghantam Kupiansk."
    )
    assert list(by_place) == ["Kupiansk"]
    assert (by_place["Kupiansk"].claimant, by_place["Kupiansk"].claimant_country) == ("Oleh Syniehubov", "UA")


def test_indonesian_bombing_verbs_are_strikes(extract):
    by_place, _ = extract("Kelompok pemberontak M23 menyatakan tentara Kongo mengebom Goma.")
    r = by_place["Goma"]
    assert (r.action, r.claimant_kind, r.claimant_country) == ("air_strike", "armed_group", None)


def test_a_speaker_named_for_air_defence_is_a_military_claimant_not_an_interception(extract):
    by_place, _ = extract("Syria's air defense forces said Israeli jets had struck an arms depot in Masyaf.", lang="en")
    r = by_place["Masyaf"]
    assert (r.claimant, r.claimant_kind, r.claimant_country) == ("Syria's air defense forces", "military", "SY")
    assert (r.action, r.attacker_country) == ("air_strike", "IL")


def test_a_drone_or_missile_destroyed_over_a_place_was_shot_down_there(extract):
    by_place, _ = extract("Belarus said two drones had been destroyed over Gomel on Sunday.", lang="en")
    assert by_place["Gomel"].action == "interception" and not by_place["Gomel"].is_drawn_strike
    by_place, _ = extract("Militer Rusia mengatakan 20 drone Ukraina dihancurkan di atas wilayah Bryansk.", lang="id")
    assert by_place["Bryansk"].action == "interception"
    by_place, _ = extract("Russian missiles destroyed a power plant in Kharkiv, the mayor said.", lang="en")
    assert by_place["Kharkiv"].action == "missile_attack"


def test_a_region_is_not_covered_by_a_town_across_the_border_it_only_neighbours(extract):
    _, reports = extract(
        "The Ukrainian army said Russian drones had struck the Chernihiv region, which borders Gomel.", lang="en"
    )
    assert [(r.place, r.geo_precision) for r in reports] == [("Chernihiv", 3)]
    _, reports = extract(
        "Officials said drones struck the Bryansk region on Monday. They said drones also hit Chernihiv."
    )
    assert drawn(reports) == {"Bryansk", "Chernihiv"}


def test_a_capital_that_will_do_something_in_quotes_is_a_metonym(extract):
    _, reports = extract(
        'Presiden Ukraina berjanji Moskow akan "menanggung akibatnya" atas serangan rudal terhadap Kharkiv.', lang="id"
    )
    assert drawn(reports) == {"Kharkiv"}


def test_where_a_speaker_is_based_is_not_the_scene_of_the_strike_it_tells_of(extract):
    _, reports = extract("A researcher based in Amman said the attack killed at least 20 people.", lang="en")
    assert drawn(reports) == set()
    _, reports = extract(
        "Seorang peneliti yang berbasis di Amman mengatakan serangan itu menewaskan sedikitnya 20 orang.", lang="id"
    )
    assert drawn(reports) == set()
    by_place, _ = extract("Medics in Nuseirat said the strike killed five people.", lang="en")
    assert by_place["Nuseirat"].is_drawn_strike


def test_a_place_said_to_await_a_grim_fate_is_threatened_not_struck(extract):
    _, reports = extract(
        'A Hezbollah commander said the group would respond to the strike on Tyre and that Haifa "will not be safe".',
        lang="en",
    )
    assert drawn(reports) == set()
    assert {r.claimant for r in reports} == {"Hezbollah commander"}
    _, reports = extract('Juru bicara milisi itu mengatakan bahwa Ashdod "tidak akan aman" lagi.', lang="id")
    assert drawn(reports) == set()


def test_a_town_recaptured_is_background_not_struck(extract):
    _, reports = extract(
        "Serangan terhadap Kassala terjadi sepekan setelah tentara merebut kembali Wad Madani dari RSF.", lang="id"
    )
    assert drawn(reports) == {"Kassala"}


def test_the_region_an_official_heads_is_not_the_scene_but_where_witnesses_live_is(extract):
    _, reports = extract("The governor of Mykolaiv said the strike killed two people.", lang="en")
    assert drawn(reports) == set()
    by_place, _ = extract("Residents of Jabalia said the strike killed six people.", lang="en")
    assert by_place["Jabalia"].is_drawn_strike


def test_the_area_in_an_appositive_that_locates_a_town_is_no_strike_location(extract):
    _, reports = extract("The army said the drones were launched from Nyala, a town in South Darfur.", lang="en")
    assert drawn(reports) == set()
    _, reports = extract("Militer mengatakan drone itu diluncurkan dari Nyala, kota di Darfur Selatan.", lang="id")
    assert drawn(reports) == set()


def test_a_place_opening_the_sentence_before_its_speaker_is_the_scene_of_a_weapon_claim(extract):
    by_place, _ = extract("In Kherson, the regional capital, officials said shells struck a market, killing three.")
    r = by_place["Kherson"]
    assert (r.action, r.claimant, r.is_drawn_strike) == ("shelling", "officials", True)
    by_place, _ = extract("Di Kharkiv, wali kota mengatakan sebuah rudal menghantam gedung apartemen.", lang="id")
    assert by_place["Kharkiv"].action == "missile_attack"
    _, reports = extract("In Geneva, the UN rights chief said the strikes must stop.", lang="en")
    assert drawn(reports) == set()
