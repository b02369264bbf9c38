"""geo.extract.reports: who says what happened where, and when. Short texts written for these tests.

Each case is an article and what its reports must say; only the fields a case names are checked. Cases run on the
small hand-typed world (tests/fakes.py) unless they name places it lacks, then on the full gazetteer (`FULL`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest

from gazetteer.place import distance_km
from geo.extract.pipeline import extract_text
from geo.lexicon import available_languages
from geo.model import REMOTE_EXPLOSIVE, StrikeReport

FULL = "gazetteer"  # the case names places the small world does not hold (Somalia, Iraq, Myanmar, Sudan ...)


@dataclass(frozen=True)
class Rows:
    """The `fields` of every report (only drawn strikes if `drawn`): a set compares as a set, a list as a multiset."""

    fields: tuple[str, ...]
    expected: set[tuple] | list[tuple]
    drawn: bool = True


@dataclass(frozen=True)
class Case:
    """An article and what its reports say: `at` a place, the fields of its report; `places`, every report's place in
    order; `drawn`, the places drawn as strikes; `absent`, places with no report."""

    rule: str
    text: str
    lang: str = "auto"
    published: str | None = "2024-01-10"
    at: dict[str, dict[str, object]] = field(default_factory=dict)
    places: list[str] | None = None
    drawn: set[str] | None = None
    absent: tuple[str, ...] = ()
    rows: Rows | None = None
    world: str = "small_world"


CASES = [
    Case(
        "an active-voice accusation names claimant, attacker and their states",
        "Sementara itu, Kementerian Pertahanan Azerbaijan menyebutkan bahwa pasukan Armenia telah menembaki Ganja.",
        at={
            "Ganja": dict(
                claimant="Kementerian Pertahanan Azerbaijan",
                claimant_kind="military",
                claimant_country="AZ",
                attacker="pasukan Armenia",
                attacker_country="AM",
                action="shelling",
                claim_type="accusation",
                sub_event_type="Shelling/artillery/missile attack",
                country_code="AZ",
                is_drawn_strike=True,
            )
        },
    ),
    Case(
        "a passive with agent and a menurut claimant; a local official speaks for the state of the place",
        "Menurut pejabat setempat, kota Kherson ditembaki oleh pasukan Rusia pada Minggu malam.",
        at={
            "Kherson": dict(
                attacker="pasukan Rusia",
                attacker_country="RU",
                claimant="pejabat setempat",
                claimant_kind="official",
                claimant_country="UA",
                event_date="2024-01-07",  # the Sunday before Wednesday 10 January
                time_precision=1,
            )
        },
    ),
    Case(
        "an English passive with a postposed claimant",
        "The city of Zaporizhzhia was struck by Russian missiles on Sunday, Ukraine's air force said.",
        at={
            "Zaporizhzhia": dict(
                claimant_kind="military",
                claimant_country="UA",
                attacker_country="RU",
                action="missile_attack",
                claim_type="accusation",
                event_date="2024-01-07",
            )
        },
    ),
    Case(
        "an appositive names the person and gives kind and country",
        "Penasihat Presiden Azerbaijan Ilham Aliyev, yakni Hikmet Hajiyev, menulis via Twitter pada Minggu malam "
        'bahwa orang-orang Armenia melancarkan "serangan rudal terhadap warga sipil" di distrik Absheron.',
        published="2020-10-05",
        at={
            "Absheron": dict(
                claimant="Hikmet Hajiyev",
                claimant_kind="official",
                claimant_country="AZ",
                action="missile_attack",
                attacker_country="AM",
                target="warga sipil",
                event_date="2020-10-04",
                geo_precision=2,
            )
        },
    ),
    Case(
        "a quote then a postposed speaker with an appositive",
        '"Pasukan Armenia menembaki Ganja lagi. Dua warga sipil tewas," kata Hikmet Hajiyev, '
        "penasihat Presiden Azerbaijan.",
        at={
            "Ganja": dict(
                claimant="Hikmet Hajiyev", claimant_kind="official", claimant_country="AZ", attacker_country="AM"
            )
        },
    ),
    Case(
        "a denial is kept but not drawn",
        "Israel membantah telah menyerang rumah sakit di Gaza City, kata juru bicara militer.",
        at={"Gaza City": dict(claim_type="denial", claimant_country="IL", target="rumah sakit", is_drawn_strike=False)},
    ),
    Case(
        "a denial is kept but not drawn",
        "Russia's defence ministry denied that its forces had attacked the market in Kostiantynivka.",
        at={"Kostiantynivka": dict(claim_type="denial", claimant_country="RU", attacker_country="RU")},
    ),
    Case(
        "a threat is kept but not drawn",
        "Iran mengancam akan menyerang Tel Aviv jika Israel melanjutkan serangan.",
        at={"Tel Aviv": dict(claim_type="threat", claimant="Iran", claimant_country="IR", is_drawn_strike=False)},
    ),
    Case(
        "a threat is kept but not drawn",
        "Hezbollah threatened to strike Haifa if the attacks continued, its leader said.",
        places=["Haifa"],
        at={"Haifa": dict(claim_type="threat", claimant_kind="armed_group")},
    ),
    Case(
        "the party accused of a strike is its attacker",
        "Kyiv blamed Russian forces for the shelling of Kherson on Sunday.",
        at={"Kherson": dict(claimant="Kyiv", claimant_country="UA", attacker_country="RU", claim_type="accusation")},
    ),
    Case(
        "a country whose name ends in a word that is also a reporting verb is an attacker like any other",
        "The United States military struck Mariupol overnight.",
        at={"Mariupol": dict(attacker="United States military", attacker_country="US")},
        world=FULL,
    ),
    Case(
        "a word right after a strike word says what strike it was, not what else the place is the scene of",
        "Iran melancarkan serangan rudal balasan ke Israel, yang menyebabkan kerusakan di pinggiran kota Tel Aviv.",
        lang="id",
        drawn={"Tel Aviv"},
        world=FULL,
    ),
    Case(
        "a fire or a crater in an article about a strike tells of that strike there",
        "Iranian missiles hit Tel Aviv on Saturday.\n\nIn Shoham, a house caught fire and a crater opened in a road.",
        at={"Shoham": dict(action="missile_attack", is_drawn_strike=True)},
        world=FULL,
    ),
    Case(
        "a fire or a crater in an article about a strike tells of that strike there",
        "Rudal Iran menghantam Tel Aviv pada Sabtu.\n\nSebuah rumah terbakar di kota Shoham.",
        lang="id",
        at={"Shoham": dict(action="missile_attack", is_drawn_strike=True)},
        world=FULL,
    ),
    Case(
        "a place a struck town is said to be near, whatever its kind, only says where the town is",
        "A missile hit Rishon LeZion, near Ben Gurion airport, police said.",
        drawn={"Rishon LeZion"},
        world=FULL,
    ),
    Case(
        "a place a struck town is said to be near, whatever its kind, only says where the town is",
        "The biggest strike hit Ahmedpur East, near the city of Bahawalpur.",
        drawn={"Ahmedpur East"},
        world=FULL,
    ),
    Case(
        "a place a struck town is said to be near, whatever its kind, only says where the town is",
        "Rudal menghantam Ahmedpur East, dekat kota Bahawalpur.",
        lang="id",
        drawn={"Ahmedpur East"},
        world=FULL,
    ),
    Case(
        "a UN peacekeeping force speaks for no state, in either language",
        "Israeli drones struck a car near Naqoura, a UNIFIL spokeswoman said.",
        at={"Naqoura": dict(claimant="UNIFIL spokeswoman", claimant_country=None, claimant_kind="ngo")},
        world=FULL,
    ),
    Case(
        "a UN peacekeeping force speaks for no state, in either language",
        "Drone Israel menyerang sebuah mobil di Naqoura, kata juru bicara UNIFIL.",
        lang="id",
        at={"Naqoura": dict(claimant_country=None, claimant_kind="ngo")},
        world=FULL,
    ),
    Case(
        "forces that fired at a place attacked it",
        "Armenian forces fired at Tartar overnight, the Azerbaijani defence ministry said.",
        at={"Tartar": dict(attacker_country="AM", claimant_country="AZ", claim_type="accusation")},
        world=FULL,
    ),
    Case(
        "the state named on a weapon shot down launched it",
        "Air defences shot down two Ukrainian drones near Belgorod overnight, the governor said.",
        at={"Belgorod": dict(action="interception", attacker_country="UA")},
    ),
    Case(
        "the state named on a weapon shot down launched it",
        "Pertahanan udara menembak jatuh dua drone Ukraina di atas Belgorod.",
        lang="id",
        at={"Belgorod": dict(action="interception", attacker_country="UA")},
    ),
    Case(
        "the state named on a weapon shot down launched it",
        "Силы ПВО сбили два украинских беспилотника над Белгородом.",
        lang="ru",
        at={"Белгородом": dict(action="interception", attacker_country="UA")},
    ),
    Case(
        "the state named on a weapon shot down launched it",
        "أسقطت الدفاعات الجوية طائرة مسيرة إسرائيلية فوق مدينة حيفا",
        lang="ar",
        at={"حيفا": dict(action="interception", attacker_country="IL")},
        world=FULL,
    ),
    Case(
        "a place that opens the sentence as where a briefing was held sets no scene of the strike told",
        "U.S. forces struck Iran overnight, President Trump said.\n\nIn a briefing in Washington on Sunday, Gen. Dan "
        "Caine said the operation used seven B2 bombers carrying bunker-busting bombs.",
        absent=("Washington",),
        world=FULL,
    ),
    Case(
        "a weapon's model name is the weapon, not a town of that name",
        "U.S. forces struck Iran overnight, President Trump said in Washington.\n\n"
        "It struck Isfahan with Tomahawk missiles launched by submarines.",
        drawn={"Isfahan"},
        world=FULL,
    ),
    Case(
        "a capital that speaks at the start of a sentence is its government, not a place struck",
        "US jets struck Sanaa on Friday.\n\nWashington said the strikes on Sanaa would go on.",
        drawn={"Sanaa"},
        world=FULL,
    ),
    Case(
        "a place that opens a newspaper's name is no strike place",
        "Roket Kamboja menghantam Kantharalak pada Kamis.\n\n"
        "Seorang relawan yang diwawancarai Bangkok Post menggambarkan situasi penuh kekacauan akibat serangan itu.",
        lang="id",
        drawn={"Kantharalak"},
        world=FULL,
    ),
    Case(
        "a name a family word stands beside is a family's, no place",
        "An Israeli warplane hit the house of the Bustan family in Gaza City, the civil defence agency said.",
        drawn={"Gaza City"},
        world=FULL,
    ),
    Case(
        "a name a family word stands beside is a family's, no place",
        "Pesawat tempur Israel menghantam rumah keluarga Bustan di Kota Gaza.",
        lang="id",
        drawn={"Gaza"},
        world=FULL,
    ),
    Case(
        "a speaker named again with a courtesy title is the speaker named before",
        "Civil defence spokesperson Mahmud Bassal said a strike hit a house in Gaza City.\n\n"
        "Three others were killed in a strike in Khan Younis, Mr Bassal added.",
        at={"Khan Younis": dict(claimant="Mr Bassal", claimant_country="PS")},
        world=FULL,
    ),
    Case(
        "local sources are witnesses: they speak for no state",
        "An air strike hit a house in Saada, according to local sources.",
        at={"Saada": dict(claimant="local sources", claimant_kind="witness", claimant_country=None)},
        world=FULL,
    ),
    Case(
        "local sources are witnesses: they speak for no state",
        "Serangan udara menghantam sebuah rumah di Saada, menurut sumber-sumber lokal.",
        lang="id",
        at={"Saada": dict(claimant="sumber-sumber lokal", claimant_kind="witness", claimant_country=None)},
        world=FULL,
    ),
    Case(
        "a place a strike was made from is where it set out, not where it hit",
        "Russian forces shelled Sumy from Belgorod overnight, the governor said.",
        drawn={"Sumy"},
    ),
    Case(
        "a city's head telling of a weapon's strike that names no place tells of a strike in the city",
        "Kyiv mayor Vitali Klitschko said drone debris fell on a district of the capital, causing a fire.",
        at={"Kyiv": dict(action="drone_strike", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a city's head telling of a weapon's strike that names no place tells of a strike in the city",
        "Wali kota Kyiv Vitali Klitschko mengatakan serpihan pesawat nirawak jatuh di salah satu distrik di ibu kota.",
        lang="id",
        at={"Kyiv": dict(action="drone_strike", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "the owner named after a weapon shot down launched it",
        "Government forces shot down a drone belonging to the UAE over Misrata.",
        at={"Misrata": dict(action="interception", attacker_country="AE")},
        world=FULL,
    ),
    Case(
        "the owner named after a weapon shot down launched it",
        "Sebuah pesawat drone bersenjata milik UEA ditembak jatuh di atas kota Misrata.",
        lang="id",
        at={"Misrata": dict(action="interception", attacker_country="AE")},
        world=FULL,
    ),
    Case(
        "a dateline whose outlet is a web address with a hyphen is only where the story was filed",
        "TRIPOLI, LIBYA (voa-islam.com) - Sebuah drone ditembak jatuh di atas kota Misrata, kata pemerintah Libya.",
        lang="id",
        places=["Misrata"],
        world=FULL,
    ),
    Case(
        "a weapon shot down was launched by the state it came from",
        "Israel said its air defences intercepted a missile launched from Yemen over Eilat on Sunday.",
        at={"Eilat": dict(action="interception", attacker_country="YE")},
        world=FULL,
    ),
    Case(
        "an air-raid siren is no air strike",
        "Air raid sirens sounded in Eilat before dawn, sending residents to shelters.",
        absent=("Eilat",),
        world=FULL,
    ),
    Case(
        "an air-raid siren is no air strike",
        "Sirene serangan udara berbunyi di Eilat sebelum fajar.",
        lang="id",
        absent=("Eilat",),
        world=FULL,
    ),
    Case(
        "the state named on a weapon shot down launched it, not the state that made it",
        "Air defences shot down Iranian-made drones over Kyiv.",
        at={"Kyiv": dict(action="interception", attacker_country=None)},
    ),
    Case(
        "a town right after a strike verb is its object, never the agent of a strike word after it",
        "Ворог атакував Харків ударними дронами.",
        lang="uk",
        at={"Харків": dict(attacker="Ворог", action="drone_strike")},  # the enemy, not Kharkiv
    ),
    Case(
        "a frequent word capitalised only because it opens the sentence names no attacker",
        "Another strike hit Kharkiv overnight, officials said.",
        at={"Kharkiv": dict(attacker=None)},
    ),
    Case(
        "what follows a strike verb up to `and` is its object, not the agent of the next verb",
        "Two drones targeted Kharkiv and three hit Kherson on Sunday, officials said.",
        at={"Kherson": dict(attacker=None)},
    ),
    Case(
        "the party accused of a strike is its attacker",
        "The Ukrainian army accused the Russian military of shelling Kherson.",
        at={"Kherson": dict(attacker="Russian military", attacker_country="RU", claim_type="accusation")},
    ),
    Case(
        "the party accused of a strike is its attacker",
        "Министерство обороны России обвинило украинские войска в обстреле Белгорода.",
        lang="ru",
        at={"Белгорода": dict(claimant_country="RU", attacker_country="UA", claim_type="accusation")},
    ),
    Case(
        "the party accused of a strike is its attacker",
        "Губернатор звинуватив російські війська в обстрілі Херсона.",
        lang="uk",
        at={"Херсона": dict(claimant_country="UA", attacker_country="RU", claim_type="accusation")},
    ),
    Case(
        "an article that accuses one state accuses it of the strikes its other sentences tell",
        "Russia launched a large missile and drone attack on Ukraine overnight.\n\n"
        "In Kharkiv, a drone hit a house and wounded two people, the Ukrainian air force said.",
        at={"Kharkiv": dict(attacker=None, attacker_country="RU", claimant_country="UA", claim_type="accusation")},
    ),
    Case(
        "an article's one weapon is the weapon of the attacks it told before naming it",
        "An oil refinery in Ryazan came under attack overnight, the governor said.\n\n"
        "Ukrainian drones also hit a fuel depot in Bryansk, officials said.",
        at={"Ryazan": dict(action="drone_strike", sub_event_type="Air/drone strike")},
        world=FULL,
    ),
    Case(
        "an article naming two weapons leaves an attack told before them unnamed",
        "An oil refinery in Ryazan came under attack overnight, the governor said.\n\n"
        "Ukrainian drones and missiles also hit a fuel depot in Bryansk, officials said.",
        at={"Ryazan": dict(action="attack")},
        world=FULL,
    ),
    Case(
        "a strike its sentence blames on a group of no state is not the article's accused state's",
        "Pakistani jets struck hideouts in Paktika on Tuesday.\n\n"
        "Militants attacked a checkpoint in Bannu, Reuters reported.",
        at={"Paktika": dict(attacker_country="PK"), "Bannu": dict(attacker="Militants", attacker_country=None)},
        world=FULL,
    ),
    Case(
        "an article that accuses two states pins a strike its sentence does not name on the state whose land it is not",
        "Russian drones hit Kharkiv on Monday.\n\nUkrainian drones hit Belgorod on Tuesday.\n\n"
        "Shelling damaged a school in Kherson, officials said.\n\nA drone hit a house in Kursk.",
        at={"Kherson": dict(attacker_country="RU"), "Kursk": dict(attacker_country="UA")},
    ),
    Case(
        "an article that accuses two states about as often leaves a strike in a third state's land unattributed",
        "Russian drones hit Kharkiv on Monday.\n\nUkrainian drones hit Belgorod on Tuesday.\n\n"
        "A drone crashed in a field near Galati, Romanian officials said.",
        at={"Galati": dict(attacker_country=None)},
        world=FULL,  # Galati
    ),
    Case(
        "an article that accuses one state more than twice as often as another pins on it a strike that names none",
        "Russian drones hit Kharkiv on Monday.\n\nRussian missiles struck Sumy.\n\nRussian jets bombed Kherson.\n\n"
        "Ukrainian drones hit Belgorod on Tuesday.\n\nShelling damaged a school in Odesa, officials said.",
        at={"Odesa": dict(attacker_country="RU"), "Belgorod": dict(attacker_country="UA")},
    ),
    Case(
        "a group telling of its own strike as `the group` speaks for the state it fights in",
        "Hezbollah fired rockets at Haifa on Sunday, the group said.",
        at={"Haifa": dict(claimant="group", claimant_country="LB", attacker_country="LB", claim_type="claim")},
    ),
    Case(
        "a speaker telling of its own strike with no subject of the strike's own is its attacker",
        "Militer Israel mengklaim telah menyerang markas Hizbullah di Haifa.",
        lang="id",
        at={"Haifa": dict(claimant_country="IL", attacker=None, attacker_country="IL", claim_type="claim")},
    ),
    Case(
        "a speaker telling of its own strike with no subject of the strike's own is its attacker",
        "Russia's defence ministry said it had struck a depot in Kramatorsk.",
        at={"Kramatorsk": dict(claimant_country="RU", attacker_country="RU", claim_type="claim")},
    ),
    Case(
        "`they` in a speaker's words may be the other side: no attacker is guessed",
        "Ukrainian officials said they shelled Belgorod overnight.",
        at={"Belgorod": dict(claimant_country="UA", attacker_country=None)},
    ),
    Case(
        "`menuding` (to accuse) reports, and the accused is the attacker",
        "Rusia menuding Ukraina menyerang Belgorod dengan roket.",
        lang="id",
        at={"Belgorod": dict(claimant="Rusia", attacker_country="UA", claim_type="accusation")},
    ),
    Case(
        "a firing verb's subject is no attacker across another noun",
        "The Ukrainian army launched an investigation into the missile strike on Kharkiv.",
        at={"Kharkiv": dict(attacker=None, attacker_country=None)},
    ),
    Case(
        "an Arabic strike word's object is no attacker: the group after a target word is struck",
        "قصف الطيران الحربي مواقع قوات الدعم السريع في الفاشر.",
        lang="ar",
        at={"الفاشر": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "a denial accuses no state for the article",
        "Russian drones hit Kharkiv on Monday.\n\nUkrainian jets did not strike Belgorod, Kyiv said.\n\n"
        "Shelling damaged a school in Kherson, officials said.",
        at={"Kherson": dict(attacker_country="RU"), "Belgorod": dict(claim_type="denial")},
    ),
    Case(
        "the article's one weapon is not a group's of no state",
        "Militants attacked a checkpoint in Bannu, police said.\n\n"
        "Pakistani jets struck hideouts in Paktika on Tuesday.",
        at={"Bannu": dict(action="attack"), "Paktika": dict(action="air_strike")},
        world=FULL,
    ),
    Case(
        "a state's speaker blames an armed group of its own state: an accusation",
        "The RSF shelled El Fasher, the Sudanese army said.",
        at={"El Fasher": dict(attacker_country="SD", claimant_country="SD", claim_type="accusation")},
        world=FULL,
    ),
    Case(
        "a strike made to retaliate happened",
        "Israeli jets struck Haifa on Sunday to retaliate for the rocket fire, the army said.",
        at={"Haifa": dict(is_drawn_strike=True)},
    ),
    Case(
        "an agency's press statement is its desk's, not a witness's",
        "وقالت وكالة سانا في بيان صحفي إن غارة إسرائيلية استهدفت دمشق.",
        lang="ar",
        at={"دمشق": dict(claimant_country="SY", claim_type="accusation")},
        world=FULL,
    ),
    Case(
        "a named armed group strikes for the state it fights in",
        "Houthi rebels fired a ballistic missile at Eilat, the Israeli military said.",
        at={"Eilat": dict(attacker_country="YE", claimant_country="IL", claim_type="accusation")},
    ),
    Case(
        "a strike made in retaliation happened: it is no threat",
        "Israeli jets struck Haifa on Sunday in retaliation for the rocket fire, the army said.",
        at={"Haifa": dict(claim_type="claim", is_drawn_strike=True)},
    ),
    Case(
        "a side that retaliated struck",
        "Israel retaliated with air strikes on Haifa, the army said.",
        at={"Haifa": dict(claim_type="claim", is_drawn_strike=True)},
    ),
    Case(
        "a threat joined after a told strike leaves the strike standing, and what it threatens undrawn",
        "Hezbollah fired rockets at Haifa and threatened to strike Tel Aviv, the group said.",
        at={"Haifa": dict(claim_type="claim", is_drawn_strike=True, attacker_country="LB")},
        drawn={"Haifa"},
    ),
    Case(
        "a threat joined after a told strike leaves the strike standing, and what it threatens undrawn",
        "Pakistan menyebut India menembakkan rudal ke Haifa dan bersumpah akan membalas.",
        lang="id",
        at={"Haifa": dict(claim_type="accusation", is_drawn_strike=True, attacker_country="IN")},
    ),
    Case(
        "a side that will retaliate threatens",
        "Iran said it would retaliate with missile strikes on Haifa.",
        at={"Haifa": dict(claim_type="threat", is_drawn_strike=False)},
    ),
    Case(
        "drones that posed a threat were shot down: an interception, not a threat",
        "The army said it shot down two drones over Belgorod that posed a threat to the city.",
        at={"Belgorod": dict(claim_type="claim", action="interception")},
    ),
    Case(
        "an interception is disrupted weapons use and the launch site is no place of strike",
        "Militer Israel mengatakan sistem pertahanan udara mencegat roket yang ditembakkan dari Gaza di atas Ashkelon.",
        places=["Ashkelon"],
        at={"Ashkelon": dict(action="interception", sub_event_type="Disrupted weapons use", is_drawn_strike=False)},
    ),
    Case(
        "an interception is disrupted weapons use and the launch site is no place of strike",
        "Ukraine's air defences shot down 15 drones over Odesa overnight, the military said.",
        places=["Odesa"],
        at={"Odesa": dict(action="interception", is_drawn_strike=False)},
    ),
    Case(
        "reference places and metonyms are no strike locations",
        "The missiles were launched from Belgorod, about 40 km from Kharkiv, and hit the village of Tsyrkuny, "
        "officials said. Moscow rejected the accusations and said Russian forces never attack civilians.",
        places=["Tsyrkuny"],
    ),
    Case(
        "reference places and metonyms are no strike locations",
        "Rudal menghantam distrik Absheron, sekitar 80 kilometer dari Ibu Kota Baku, kata Azerbaijan.",
        places=["Absheron"],
    ),
    Case(
        "the countries and regions around a named town are no points",
        "Armenia mengatakan, kota utama Nagorno-Karabakh, Stepanakert, kembali digempur pada 4 Oktober.",
        published="2020-10-05",
        places=["Stepanakert"],
        at={"Stepanakert": dict(claimant_country="AM", event_date="2020-10-04")},
    ),
    Case(
        "two claimants in one paragraph each keep their own places",
        "Israel's military said its jets struck Hamas targets in Khan Younis on Tuesday. "
        "Gaza's health ministry said an Israeli strike on a house in Rafah killed 12 people.",
        at={
            "Khan Younis": dict(claimant_country="IL", attacker_country="IL", action="air_strike"),
            "Rafah": dict(
                claimant="Gaza's health ministry", claimant_country="PS", attacker_country="IL", claim_type="accusation"
            ),
        },
    ),
    Case(
        "the article's own voice is the cited agency",
        "Pertempuran meningkat di Nagorno-Karabakh pada 4 Oktober, pasukan kedua negara saling menembak "
        "dengan artileri. Dilansir AFP, Senin (5/10/2020), warga mengungsi.",
        published="2020-10-05",
        at={
            "Nagorno-Karabakh": dict(
                claimant="AFP",
                claimant_kind="media",
                claimant_country=None,
                claim_type="claim",
                geo_precision=3,
                uncertainty_km=60.0,
                event_date="2020-10-04",
            )
        },
    ),
    Case(
        "a drug story gives no reports",
        "Polisi menyita 5 kilogram ganja di Medan pada Selasa. Tersangka ditangkap di rumahnya.",
        places=[],
    ),
    Case(
        "a witness and a remote explosive",
        "A roadside bomb exploded near a police convoy in Mogadishu on Saturday, witnesses told Reuters.",
        at={
            "Mogadishu": dict(
                claim_type="witness",
                claimant_kind="witness",
                claimant_country=None,
                action="explosion",
                event_type=REMOTE_EXPLOSIVE[0],
                sub_event_type=REMOTE_EXPLOSIVE[1],
                event_date="2024-01-06",
            )
        },
        world=FULL,
    ),
    Case(
        "a pronoun continues the previous claimant, and a district is not a pin",
        "Russian forces shelled Kharkiv overnight, regional governor Oleh Synehubov said. "
        "He said two people were killed in the Kyivskyi district.",
        published="2022-05-17",
        at={
            "Kharkiv": dict(claimant="regional governor Oleh Synehubov", claimant_country="UA"),
            "Kyivskyi": dict(claimant="regional governor Oleh Synehubov", geo_precision=2),
        },
        world=FULL,  # Kyivskyi, a district of Kharkiv and a town of Donetsk
    ),
    Case(
        "since-dates give way to the day of the strike",
        "Armenia mengatakan Stepanakert telah ditembaki sejak 2 Oktober dan kembali digempur pada 4 Oktober.",
        published="2020-10-05",
        at={"Stepanakert": dict(event_date="2020-10-04")},
    ),
    Case(
        "since-dates give way to the day of the strike",
        "Ukraine said Russian drones hit Odesa last week.",
        at={"Odesa": dict(event_date="2024-01-03", time_precision=2)},
    ),
    Case(
        "a third language is only a data file: a name in the nominative and through its case ending",
        "Российские войска обстреляли Харьков в воскресенье, заявил губернатор области Олег Синегубов. "
        "ПВО сбила 10 дронов над Киевом.",
        at={
            "Харьков": dict(
                language="ru",
                place_name="Kharkiv",
                country_code="UA",
                action="shelling",
                claim_type="accusation",
                event_date="2024-01-07",
                claimant_kind="official",
                claimant_country="UA",
                attacker_country="RU",
            ),
            "Киевом": dict(place_name="Kyiv", action="interception", is_drawn_strike=False),
        },
    ),
    Case(
        "a claimant after the claim ends it even when the sentence goes on",
        "Israeli air strikes hit the southern city of Nabatieh on Monday, killing five people, Lebanon's health "
        "ministry said, as Israel widened its campaign.",
        at={
            "Nabatieh": dict(
                claimant="Lebanon's health ministry",
                claimant_country="LB",
                attacker_country="IL",
                claim_type="accusation",
            )
        },
    ),
    Case(
        "a river bank is no strike point",
        "Russian forces kept shelling Nikopol from the eastern bank of the Dnipro River, officials said.",
        places=["Nikopol"],
    ),
    Case(
        "a take-off site is no strike point",
        "The Syrian Observatory said airstrikes hit a market in Ariha and that the warplanes took off from the "
        "airport in Hama.",
        places=["Ariha"],
        at={"Ariha": dict(country_code="SY")},
        world=FULL,
    ),
    Case(
        "a distance with a direction is no strike point",
        "Ukraina melaporkan bentrokan sengit di dekat Kupiansk, sekitar 100 kilometer di timur Kharkiv.",
        places=["Kupiansk"],
        at={"Kupiansk": dict(action="armed_clash", geo_precision=2)},
    ),
    Case(
        "a capital as the object of an accusation is a metonym",
        "Russian drones hit Sumy overnight. The governor accused Kyiv of shelling Belgorod.",
        places=["Sumy", "Belgorod"],
    ),
    Case(
        "state news agencies speak for their state and other media for none",
        "Kantor berita resmi Lebanon, National News Agency (NNA), melaporkan rudal Israel menghantam Baalbek. "
        "Wartawan AFP melaporkan ledakan di Tyre.",
        at={
            "Baalbek": dict(claimant_kind="media", claimant_country="LB"),
            "Tyre": dict(claimant_kind="media", claimant_country=None),
        },
    ),
    Case(
        "words that are no noun phrase are no claimant; a capital after a hyphen still names the place",
        "Di Gaza bagian tengah, serangan udara menghantam Deir al-Balah, kata saksi mata.",
        at={"Deir al-Balah": dict(claimant="saksi mata", claimant_kind="witness", action="air_strike")},
    ),
    Case(
        "venues, causes and controlled areas are no strike locations",
        "Zelenskiy, speaking at a news conference in Kyiv, said the overnight strikes on Kharkiv showed that Moscow "
        "was not interested in peace. The rebels, who control Sanaa, fired a missile at Eilat in solidarity with Gaza.",
        rows=Rows(("place",), [("Eilat",), ("Kharkiv",)]),
        world=FULL,  # Sanaa
    ),
    Case(
        "an Indonesian speaker's venue is not struck",
        "Menteri Luar Negeri, yang berbicara di Brussel, mengecam serangan Israel terhadap warga Palestina di Rafah.",
        lang="id",
        places=["Rafah"],
    ),
    Case(
        "launch sites listed together are all launch sites",
        "Ukraine's air force said Russia launched 40 drones from the Kursk and Bryansk regions at Sumy on Monday.",
        places=["Sumy"],
    ),
    Case(
        "a region that sets the scene gives way to the town struck",
        "In the Odesa region, a drone struck port infrastructure in Izmail on Monday, Gov. Oleh Kiper said.",
        places=["Izmail"],
    ),
    Case(
        "a region that sets the scene gives way to the town struck",
        "Di wilayah Donetsk, pasukan Rusia menggempur kota Kramatorsk pada Minggu.",
        lang="id",
        places=["Kramatorsk"],
    ),
    Case(
        "an Indonesian drone may be an aircraft without crew (`pesawat tak berawak`)",
        "Serangan pesawat tak berawak di kota Kramatorsk menewaskan dua orang pada Senin.",
        lang="id",
        at={"Kramatorsk": dict(action="drone_strike")},
    ),
    Case(
        "a place fronted before the agent (Russian word order) is struck, not part of the agent",
        "По Харькову оккупанты нанесли удар двумя ракетами, сообщил глава ОВА.",
        lang="ru",
        at={"Харькову": dict(action="missile_attack")},
        drawn={"Харькову"},
    ),
    Case(
        "a place word between the fronted preposition and the place: `по поселку`",
        "По поселку Рогань оккупанты нанесли удар двумя ракетами.",
        lang="ru",
        drawn={"Рогань"},
        world=FULL,  # Rohan
    ),
    Case(
        "the agent's own place stays in the agent: `militants in Gaza fired`",
        "Militants in Gaza fired rockets at Sderot on Tuesday, the Israeli military said.",
        drawn={"Sderot"},
        world=FULL,  # Sderot
    ),
    Case(
        "`the enemy` is an agent: the place after it is what it struck",
        '"The enemy targeted the airbase and civilian facilities in Port Sudan using drones," an army spokesman said.',
        at={"Port Sudan": dict(action="drone_strike", attacker="enemy")},
        world=FULL,  # Port Sudan
    ),
    Case(
        "a paragraph that goes on with the speaker's account (`Кроме того`) speaks for him to its end",
        "Оккупанты обстреляли Купянск, сообщил губернатор Олег Синегубов.\n\n"
        "Кроме того, ракета попала в Харьков. По Херсону оккупанты нанесли удар двумя ракетами.",
        lang="ru",
        at={"Харьков": dict(claimant_country="UA"), "Херсону": dict(claimant_country="UA")},
        world=FULL,  # Kupiansk
    ),
    Case(
        "a speaker who counts the places struck speaks for the paragraph after, which names them",
        "According to a Pakistani military spokesman, Indian missiles hit three locations overnight.\n\n"
        "The worst strike was in Bahawalpur, where a mosque was hit. Other targeted sites included Muridke.",
        at={"Bahawalpur": dict(claimant_country="PK"), "Muridke": dict(claimant_country="PK")},
        world=FULL,  # Muridke
    ),
    Case(
        "without a count, the paragraph after a speaker's is the article's own",
        "According to a Pakistani military spokesman, Indian missiles hit Pakistan overnight.\n\n"
        "The worst strike was in Bahawalpur, where a mosque was hit.",
        at={"Bahawalpur": dict(claimant=None)},
        world=FULL,
    ),
    Case(
        "`Selain itu` (besides) goes on with the account of the paragraph before it",
        "Gubernur Oleh Syniehubov mengatakan pasukan Rusia menyerang kota Kharkiv dengan rudal.\n\n"
        "Selain itu, sebuah drone menghantam kota Kherson pada malam hari.",
        lang="id",
        at={"Kherson": dict(claimant_country="UA")},
    ),
    Case(
        "`Dalam pernyataan resmi X` (in an official statement of X) names the speaker, not the outlet quoted",
        "Dalam pernyataan resmi Komando AS wilayah Afrika, seperti dikutip dari kantor berita CBS, serangan udara "
        "menghantam militan di dekat Harardere.",
        lang="id",
        at={"Harardere": dict(claimant="Komando AS wilayah Afrika", claimant_country="US")},
        world=FULL,  # Harardere
    ),
    Case(
        "in an article that accuses no state, forces named with no state word strike in their own land",
        "Military jets bombed a village near Bhamo on Tuesday, killing 12 people, residents said.",
        at={"Bhamo": dict(attacker_country="MM")},
        world=FULL,  # Bhamo
    ),
    Case(
        "forces named with no state word are not given the place's state when the article accuses another",
        "Russian missiles hit Sumy on Monday.\n\nMilitary jets bombed a village near Kharkiv on Tuesday.",
        at={"Kharkiv": dict(attacker_country="RU")},
        world=FULL,  # Sumy
    ),
    Case(
        "a state's forces named as at home (`junta`) strike in their own land",
        "On Wednesday night, junta aircraft bombed a village in Namhkan township, residents said.",
        at={"Namhkan": dict(attacker_country="MM")},
        world=FULL,  # Namhkan
    ),
    Case(
        "`pasukan rezim` (regime forces) strike in their own land",
        "Pasukan rezim menembaki kota Idlib pada Senin malam, kata warga.",
        lang="id",
        at={"Idlib": dict(attacker_country="SY")},
        world=FULL,  # Idlib
    ),
    Case(
        "a unit word in the singular after a list's last place is that place's own",
        "Missiles hit Dnipro, Kremenchuk and Kyiv region, officials said.",
        drawn={"Dnipro", "Kremenchuk", "Kyiv"},
        world=FULL,  # Kremenchuk
    ),
    Case(
        "a person named with a title and a state where they say nothing is that state's when they speak later",
        "Ukrainian President Volodymyr Zelenskyy urged everyone to heed the sirens.\n\n"
        "“Missiles hit Kremenchuk,” Zelenskyy said in a Telegram post.",
        at={"Kremenchuk": dict(claimant="Zelenskyy", claimant_country="UA")},
        world=FULL,  # Kremenchuk
    ),
    Case(
        "an unattributed lede tells the account of the state speaker who gives its toll right after it",
        "Sekitar 10 orang tewas akibat serangan Israel terhadap sebuah bangunan di kota Nabatieh.\n\n"
        "Para korban semuanya adalah warga negara Suriah, kata NNA.",
        lang="id",
        at={"Nabatieh": dict(claimant="NNA", claimant_country="LB")},
        world=FULL,  # Nabatieh
    ),
    Case(
        "an unattributed lede is the outlet's own claim of its towns besides its state speaker's",
        "Sekitar 10 orang tewas akibat serangan Israel terhadap sebuah bangunan di kota Nabatieh.\n\n"
        "Para korban semuanya adalah warga negara Suriah, kata NNA.",
        lang="id",
        rows=Rows(("place", "claimant", "claimant_country"), [("Nabatieh", None, None), ("Nabatieh", "NNA", "LB")]),
        world=FULL,  # Nabatieh
    ),
    Case(
        "an unattributed lede is the outlet's own claim of its towns besides its state speaker's, not of a region",
        "Sekitar 10 orang tewas akibat serangan Israel terhadap sebuah bangunan di provinsi Idlib.\n\n"
        "Para korban semuanya adalah warga sipil, kata kementerian kesehatan Suriah.",
        lang="id",
        rows=Rows(("place", "claimant_country"), [("Idlib", "SY")], drawn=False),
        world=FULL,
    ),
    Case(
        "a place inside the speaker's own name does not stop it telling the lede's account",
        "Dua drone menargetkan pasukan AS di Pangkalan Udara Al-Harir di Irak.\n"
        "Serangan pertama terjadi pada Rabu malam, menurut layanan kontra-terorisme Kurdistan Irak.",
        lang="id",
        at={"Al-Harir": dict(claimant="layanan kontra-terorisme Kurdistan Irak", claimant_country="IQ")},
        world=FULL,  # Al-Harir
    ),
    Case(
        "a witness giving the toll after an unattributed lede does not take it over",
        "Sekitar 10 orang tewas akibat serangan Israel terhadap sebuah bangunan di kota Nabatieh.\n\n"
        "Para korban semuanya adalah warga negara Suriah, kata seorang warga.",
        lang="id",
        at={"Nabatieh": dict(claimant=None)},
        world=FULL,  # Nabatieh
    ),
    Case(
        "`dinas itu` (that service) is the service the article named with its state",
        "Drone Turki menewaskan empat gerilyawan di Irak utara, kata dinas kontraterorisme Kurdistan Irak.\n\n"
        "“Mereka sedang berkendara di Kota Kalar ketika drone menghantam,” kata dinas itu dalam sebuah pernyataan.",
        lang="id",
        at={"Kalar": dict(claimant="dinas itu", claimant_country="IQ")},
        world=FULL,  # Kalar
    ),
    Case(
        "Indonesian news spells the Houthis `Houtsi`: the group speaks for Yemen",
        "Pihak Houtsi mengatakan serangan udara AS menewaskan dua orang di Saada.",
        lang="id",
        at={"Saada": dict(claimant_country="YE", attacker_country="US")},
        world=FULL,  # Saada
    ),
    Case(
        "a relative clause and an auxiliary between a speaker and its verb leave the speaker whole",
        "Information minister Abdirahman Yusuf, whose briefing ended moments ago, has said that an airstrike killed "
        "100 militants in Middle Shabelle.",
        at={"Middle Shabelle": dict(claimant="Information minister Abdirahman Yusuf")},
        world=FULL,  # Middle Shabelle
    ),
    Case(
        "the actor a strike is blamed on is its attacker (`blamed on`, `dituduhkan kepada`)",
        "A rocket attack blamed on Hezbollah killed 12 children in Majdal Shams.",
        at={"Majdal Shams": dict(attacker_country="LB")},
        world=FULL,  # Majdal Shams
    ),
    Case(
        "`dituduhkan kepada` (blamed on) names the attacker",
        "Serangan roket yang dituduhkan kepada Hizbullah menewaskan 12 anak di Majdal Shams.",
        lang="id",
        at={"Majdal Shams": dict(attacker_country="LB")},
        world=FULL,  # Majdal Shams
    ),
    Case(
        "a participle set off by a comma after the strike names its agent, and a group fights in its home state",
        "Three soldiers were killed in a drone attack. The strike, carried out by the ELN guerrilla, hit a base in "
        "El Carmen, Norte de Santander.",
        at={"El Carmen": dict(attacker_country="CO")},
        world=FULL,  # El Carmen
    ),
    Case(
        "`the government` striking with no state word strikes in its own land",
        "Government aircraft bombed militants near Jilib on Monday, residents said.",
        at={"Jilib": dict(attacker_country="SO")},
        world=FULL,  # Jilib
    ),
    Case(
        "`X, which said` makes X the speaker of what follows",
        "The deaths were confirmed by Lebanon's Health Ministry, which said a drone struck a car in Nabatieh.",
        at={"Nabatieh": dict(claimant="Lebanon's Health Ministry", claimant_country="LB")},
        world=FULL,  # Nabatieh
    ),
    Case(
        "a curly apostrophe's possessive names the group and its state as a straight one does",
        "Hezbollah’s fighters fired rockets at Kiryat Shmona on Sunday.",
        at={"Kiryat Shmona": dict(attacker_country="LB")},
        world=FULL,  # Kiryat Shmona
    ),
    Case(
        "`Kantor berita tersebut` (that agency) is the state agency the article named",
        "Serangan udara Israel menewaskan 17 orang di Khan Younis, lapor kantor berita Palestina WAFA.\n\n"
        "Kantor berita tersebut juga melaporkan bahwa serangan udara Israel menewaskan enam orang di Rafah.",
        lang="id",
        at={"Rafah": dict(claimant="Kantor berita tersebut", claimant_country="PS")},
        world=FULL,  # Khan Younis
    ),
    Case(
        '`"...," ujarnya` (he said): the quote is the account of whoever spoke last',
        "Gubernur Oleh Kiper mengatakan drone Rusia menyerang wilayah Odesa.\n\n"
        '"Drone lain menghantam pelabuhan di Izmail," ujarnya.',
        lang="id",
        at={"Izmail": dict(claimant="Gubernur Oleh Kiper", claimant_country="UA")},
        world=FULL,  # Izmail
    ),
    Case(
        "after `tulisnya` (he wrote), what the quote refers to is the speaker's too; where he spoke is no strike",
        "Gubernur Yuri Slyusar mengonfirmasi lewat Telegram.\n"
        '"Jenazah seorang pria ditemukan," tulisnya, merujuk pada serangan di Rostov itu.\n'
        '"Drone menghantam gudang di Taganrog," katanya di Moskow.',
        lang="id",
        at={"Rostov": dict(claimant="Gubernur Yuri Slyusar")},
        drawn={"Rostov", "Taganrog"},
        world=FULL,  # Rostov
    ),
    Case(
        "where a monitor sits (`yang berbasis di Inggris`, based in Britain) is not the state it speaks for",
        "SOHR yang berbasis di Inggris mengatakan rudal Israel menghantam sebuah depot di dekat kota Homs.",
        lang="id",
        at={"Homs": dict(claimant="SOHR", claimant_kind="ngo", claimant_country=None)},
        world=FULL,  # Homs
    ),
    Case(
        "what a statement is about (`tentang ...`) is no part of who made it, nor is the agency quoting it",
        '"Serangan Israel menewaskan 20 orang di kota Baalbek," kata pernyataan dari Kementerian Kesehatan Lebanon '
        "tentang serangan di wilayah timur, seperti dikutip AFP.",
        lang="id",
        at={"Baalbek": dict(claimant_country="LB")},
        world=FULL,  # Baalbek
    ),
    Case(
        "where a speaker said it, then a clause with its own subject: that clause is the claim",
        'The Houthis said in a statement on Sunday they had launched "a ballistic missile" at a power station near '
        "Haifa.",
        at={"Haifa": dict(claimant="Houthis", claimant_country="YE")},
        world=FULL,  # Haifa
    ),
    Case(
        "`the group's Saba news agency`: a group's outlet of a state speaks for that state",
        "The group's Saba news agency reported three raids on Sunday east of the city of Saada.",
        at={"Saada": dict(claimant_country="YE")},
        world=FULL,  # Saada
    ),
    Case(
        "Indonesian news writes Hezbollah in English too: the group speaks for Lebanon",
        "Hezbollah mengatakan pihaknya menargetkan sebuah pangkalan di Meron dengan roket.",
        lang="id",
        at={"Meron": dict(claimant_country="LB")},
        world=FULL,  # Meron
    ),
    Case(
        "a strike on a training ground is a strike: the strike word before it makes the training site the target",
        "A Russian missile struck a military training ground in Chernihiv region on Sunday, the army said.",
        drawn={"Chernihiv"},
        world=FULL,  # Chernihiv
    ),
    Case(
        "a pronoun inside where a speaker spoke (`in a video he posted`) opens no claim of its own",
        "Russian drones hit Sumy overnight, the governor said in a video he posted on Telegram.",
        at={"Sumy": dict(claimant="governor", claimant_country="UA")},
    ),
    Case(
        "another movement's `National Liberation Army` is no Colombian ELN",
        "Junta jets bombed a market in Lashio on Monday, the Ta'ang National Liberation Army said.",
        at={"Lashio": dict(claimant_country="MM")},
        world=FULL,  # Lashio
    ),
    Case(
        "troops attacking beyond their borders fight on the ground: no air strike",
        "French troops attacked a jihadist camp near Gao on Monday, the army said.",
        at={"Gao": dict(action="attack", attacker_country="FR")},
        world=FULL,  # Gao
    ),
    Case(
        "a place and a bracketed gloss with no day opening the article is no dateline",
        "Kherson (UKRAINE) came under Russian shelling overnight, the governor said.",
        drawn={"Kherson"},
    ),
    Case(
        "only a local authority of an administered area speaks for its administrator, not a group fighting there",
        "Drones struck an air base near Saky in Crimea overnight, the local resistance group said.",
        at={"Saky": dict(claimant_country="UA")},
        world=FULL,  # Saky
    ),
    Case(
        "`the Zionist regime` is Israel, and a group's `regime forces` fight where the group's home is",
        "The Zionist regime attacked Isfahan on Friday, state media said.\n\n"
        "Taliban regime forces shelled Chaman on Saturday, Pakistani officials said.",
        at={"Isfahan": dict(attacker_country="IL"), "Chaman": dict(attacker_country="AF")},
        world=FULL,  # Isfahan
    ),
    Case(
        "a third state's reaction right after an unattributed lede does not take over its account",
        "Israeli jets struck Rafah overnight, killing 12 people. Iran's foreign ministry condemned the strikes, "
        "calling them a crime.",
        rows=Rows(("place", "claimant_country"), {("Rafah", None), ("Rafah", "IR")}),
        world=FULL,  # Rafah
    ),
    Case(
        "a speaker named again without the role it was given is still that official",
        "Pasukan Rusia menembaki kota Kherson, kata Oleksandr Prokudin, Kepala Administrasi Militer Regional Kherson.\n"
        "Oleksandr Prokudin, mengatakan Rusia telah melancarkan 87 serangan di kota Beryslav.",
        lang="id",
        at={"Beryslav": dict(claimant_country="UA")},
        world=FULL,  # Beryslav
    ),
    Case(
        "`lainnya` (the others) owns nothing: the official still speaks for the place's state",
        "Pasukan Rusia menembaki kota Kherson, kata Oleksandr Prokudin, Kepala Administrasi Militer Regional Kherson.\n"
        "Sebelumnya, Prokudin melaporkan tiga orang tewas dan dua lainnya luka-luka akibat serangan udara Rusia di "
        "kota Beryslav.",
        lang="id",
        at={"Beryslav": dict(claimant_country="UA")},
        world=FULL,  # Beryslav
    ),
    Case(
        "the governor of an area another state administers speaks for that state (Crimea, Sevastopol)",
        "Drones attacked Dzhankoi overnight, the region's governor said.\n\n"
        "Six drones were shot down over Sevastopol, the city governor said.",
        at={"Dzhankoi": dict(claimant_country="RU"), "Sevastopol": dict(claimant_country="RU")},
        world=FULL,  # Dzhankoi
    ),
    Case(
        "whom a speaker `told` is no claim: the claim is what came before it",
        "Pakistani air strikes hit Saravan overnight, a local official told Iranian state TV.",
        at={"Saravan": dict(claimant="local official", action="air_strike")},
        world=FULL,  # Saravan
    ),
    Case(
        "the one weapon named is the weapon of its own side's later attacks, not the other side's",
        "Hezbollah rockets hit Haifa on Sunday, the army said.\n\n"
        "On Tuesday the Israeli military attacked the town of Nabatieh, Lebanese media said.",
        at={"Nabatieh": dict(action="attack", attacker_country="IL")},
        world=FULL,  # Nabatieh
    ),
    Case(
        "an attack with no weapon named, by a state on a country beyond its borders, is an air strike",
        "The Israeli military attacked the airport in Sanaa on Tuesday, Houthi media said.\n\n"
        "Russian forces attacked Kharkiv on Monday, the governor said.",
        at={"Sanaa": dict(action="air_strike"), "Kharkiv": dict(action="attack")},
        world=FULL,  # Sanaa
    ),
    Case(
        "explosions heard take the one weapon the article names",
        "Russian drones attacked Kharkiv overnight, the governor said.\n\nExplosions were also heard in Sumy.",
        at={"Sumy": dict(action="drone_strike")},
    ),
    Case(
        "a place right after a clock word names the clock (`pukul 13.30 waktu Moskow`), not a strike",
        "Drone Ukraina menyerang Belgorod pada pukul 13.30 waktu Moskow.",
        lang="id",
        drawn={"Belgorod"},
        world=FULL,  # Belgorod
    ),
    Case(
        "a street or a junction named after a town is no strike on that town",
        "Rockets fell on Baghdad Street and near the Palmyra intersection in Homs, witnesses said.",
        drawn={"Homs"},
        world=FULL,  # Homs
    ),
    Case(
        "`the attack` (`Serangan itu`) goes on with the account of the attack the paragraph before it told",
        "Gubernur Oleh Kiper mengatakan drone Rusia menyerang wilayah Odesa semalam.\n\n"
        "Serangan itu menghantam infrastruktur pelabuhan di kota Izmail.",
        lang="id",
        at={"Izmail": dict(claimant_country="UA")},
    ),
    Case(
        "`The attack` goes on with the account of the attack the paragraph before it told",
        "The regional governor said Russian drones attacked the Odesa region overnight.\n\n"
        "The attack damaged port infrastructure in the town of Izmail.",
        at={"Izmail": dict(claimant_country="UA")},
    ),
    Case(
        "`later` goes on with the account of the paragraph before it (`Згодом`)",
        "За даними голови ОВА Івана Федорова, вночі росіяни атакували Вільнянськ.\n\n"
        "Згодом ворог завдав удару по Запоріжжю.",
        lang="uk",
        at={"Запоріжжю": dict(claimant_country="UA")},
        world=FULL,  # Vilniansk
    ),
    Case(
        "`also` goes on with the voice of the paragraph before it, not with a speaker two paragraphs back",
        "Окупанти обстріляли Куп'янськ. Про це повідомив голова Харківської ОВА Олег Синєгубов.\n\n"
        "Нагадаємо, окупанти обстріляли Краматорськ.\n\n"
        "Також ворог знову обстріляв Херсон.",
        lang="uk",
        at={"Куп'янськ": dict(claimant_country="UA"), "Херсон": dict(claimant=None)},
        world=FULL,  # Kupiansk
    ),
    Case(
        "the `tak` (without) of a drone's Indonesian name denies nothing",
        "“Serangan pesawat tak berawak menghantam kota Kharkiv, menewaskan dua orang,” kata pejabat rumah sakit.",
        lang="id",
        at={"Kharkiv": dict(action="drone_strike")},
        drawn={"Kharkiv"},
    ),
    Case(
        "Indonesian `tembakkan` only fires: the missile fired is the weapon",
        "Rudal-rudal yang ditembakkan pasukan Rusia menghantam sebuah pabrik di kota Kharkiv pada Selasa.",
        lang="id",
        at={"Kharkiv": dict(action="missile_attack")},
    ),
    Case(
        "the weapon word nearest the place gives its action",
        "Russia's Defense Ministry said its forces struck an airfield near Myrhorod with Iskander missiles, "
        "destroying two aircraft.",
        at={"Myrhorod": dict(action="missile_attack")},
        world=FULL,  # Myrhorod
    ),
    Case(
        "the weapon word nearest the place gives its action",
        "Houthi rebels fired a ballistic missile at Eilat and launched drones at ships on Friday.",
        at={"Eilat": dict(action="missile_attack")},
    ),
    Case(
        "history is not reported as news",
        "Russian forces shelled Kherson on Monday. Russian troops attacked Bucha in February 2022.",
        published="2024-11-05",
        places=["Kherson"],
    ),
    Case(
        "a local official speaks for the state of the region he heads, even of a car hit across the border",
        "Kursk region acting Gov. Alexander Khinshtein said a Ukrainian drone hit a car near Sumy on Tuesday.",
        at={"Sumy": dict(claimant_kind="official", claimant_country="RU")},
    ),
    Case(
        "a local official speaks for the state of the region he heads",
        "Wali Kota Kharkiv Ihor Terekhov mengatakan dua bom luncur menghantam Kharkiv.",
        lang="id",
        at={"Kharkiv": dict(claimant_kind="official", claimant_country="UA", action="air_strike")},
    ),
    Case(
        "installed officials speak for the installing state",
        "Vladimir Saldo, the Russian-installed head of the occupied parts of the Kherson region, said Ukrainian "
        "forces had shelled Oleshky on Monday.",
        at={"Oleshky": dict(claimant="Vladimir Saldo", claimant_country="RU")},
    ),
    Case(
        "Indonesian claimants with nouns that look like verbs",
        "Di pihak lain, Angkatan Udara Ukraina menyebutkan Rusia meluncurkan rudal balistik ke kota Poltava. "
        "Kantor berita Palestina WAFA melaporkan pesawat tempur Israel membombardir Khan Younis.",
        lang="id",
        at={
            "Poltava": dict(claimant_country="UA", action="missile_attack"),
            "Khan Younis": dict(claimant="Kantor berita Palestina WAFA", claimant_country="PS", action="air_strike"),
        },
    ),
    Case(
        "an armed group speaks for the state whose war it fights in",
        "Turkish drones struck a bakery in Kobani on Thursday, the Kurdish-led Syrian Democratic Forces (SDF) said.",
        at={"Kobani": dict(claimant_kind="armed_group", claimant_country="SY")},
        world=FULL,
    ),
    Case(
        "a surname alone speaks for the official named earlier",
        "Zaporizhzhia Governor Ivan Fedorov said drones hit Vilniansk. Fedorov said Russian shelling also hit Orikhiv.",
        at={"Orikhiv": dict(claimant="Fedorov", claimant_country="UA")},
    ),
    *(
        Case(
            "a relative date in news style, published on a Wednesday",
            text,
            lang=lang,
            published="2024-03-13",
            at={"Kharkiv": dict(event_date=date, time_precision=precision)},
        )
        for text, lang, date, precision in [
            ("Russian drones struck Kharkiv early on Sunday, officials said.", "en", "2024-03-10", 1),
            ("Russian missiles hit Kharkiv on Tuesday night, killing two.", "en", "2024-03-12", 1),
            ("Russian shelling hit Kharkiv two days ago, the governor said.", "en", "2024-03-11", 1),
            ("Russian shelling hit Kharkiv last week, the governor said.", "en", "2024-03-06", 2),
            ("Serangan drone Rusia menghantam Kharkiv pada Selasa (12/3) malam.", "id", "2024-03-12", 1),
            ("Serangan drone Rusia menghantam Kharkiv kemarin.", "id", "2024-03-12", 1),
            ("Serangan drone Rusia menghantam Kharkiv kemarin lusa.", "id", "2024-03-11", 1),
            ("Serangan drone Rusia menghantam Kharkiv dua hari lalu.", "id", "2024-03-11", 1),
            ("Serangan drone Rusia menghantam Kharkiv pekan lalu.", "id", "2024-03-06", 2),
        ]
    ),
    Case(
        "a past year marks history",
        "Serangan drone Rusia menghantam Kharkiv pada 2022.",
        lang="id",
        published="2024-03-13",
        places=[],
    ),
    Case(
        "a since-year does not hide today's strike",
        "Russian forces have shelled Kharkiv since 2022, and struck it again on Tuesday.",
        published="2024-03-13",
        at={"Kharkiv": dict(event_date="2024-03-12")},
    ),
    Case(
        "an area named after a town only locates it",
        "Junta troops shelled the town of Kyaukme in northern Shan state on Saturday, the TNLA said.",
        places=["Kyaukme"],
        world=FULL,
    ),
    Case(
        "an area named after a town only locates it",
        "Serangan menyasar gudang senjata di dekat kota Homs, di Suriah tengah.",
        lang="id",
        places=["Homs"],
        world=FULL,
    ),
    Case(
        "the area a town is the capital of only locates it",
        "Militia drones struck a crowded market in El Fasher, capital of North Darfur state, on Friday.",
        drawn={"El Fasher"},
        world=FULL,
    ),
    Case(
        "a ship attacked at sea is attacked in the sea it sails",
        "Houthi rebels fired a missile at a US destroyer in the Red Sea on Sunday, the US military said.",
        at={"Red Sea": dict(claimant_country="US")},
        world=FULL,
    ),
    Case(
        "a sea is near the towns on its shore, however far its middle",
        "Their spokesman said missiles struck the port of Eilat and a cargo ship in the Gulf of Aden on Monday. He "
        "said drones also targeted a navy destroyer in the Red Sea.",
        drawn={"Eilat", "Gulf of Aden", "Red Sea"},
        world=FULL,
    ),
    Case(
        "grain shipments are no ships: the sea their ports lie on is no strike place",
        "Since grain shipments from Black Sea ports stopped, Russian drones have struck Odesa again and again.",
        drawn={"Odesa"},
        world=FULL,
    ),
    Case(
        "a ship struck is struck at sea",
        "Houthi missiles hit a cargo ship in the Red Sea on Sunday, the group said.",
        drawn={"Red Sea"},
        world=FULL,
    ),
    Case(
        "a sea naming a port does not take the port along when it is skipped",
        "Militer AS melancarkan serangan udara ke kota pelabuhan Laut Merah, Hodeidah, pada Kamis, kata Houthi.",
        lang="id",
        places=["Hodeidah"],
        world=FULL,
    ),
    Case(
        "a village or township town of Myanmar that cities500 lacks is drawn (MIMU's place codes)",
        "Jets of the junta bombed Maungdaw township late on Friday, the Arakan Army said.",
        drawn={"Maungdaw"},
        at={"Maungdaw": dict(claimant_country="MM")},
        world=FULL,
    ),
    Case(
        "a town placed by its distance from the scene is a reference",
        "Jihadists shelled Tessit on Sunday; survivors walked to the nearest big town, Gao, which lies about 150 km "
        "to the north.",
        drawn={"Tessit"},
        world=FULL,
    ),
    Case(
        "a town placed by its distance from the scene is a reference",
        "Militan menembaki Tessit pada Minggu; warga berjalan ke kota terdekat, Gao, yang terletak sekitar 150 "
        "kilometer ke utara.",
        lang="id",
        drawn={"Tessit"},
        world=FULL,
    ),
    Case(
        "a town placed by its distance from another place is the scene",
        "Jet junta mengebom Shwebo, sekitar 90 kilometer di utara kota terbesar kedua di Myanmar, Mandalay.",
        lang="id",
        drawn={"Shwebo"},
        world=FULL,
    ),
    Case(
        "what people fled is why they are where they are, not a strike reported",
        "A drone hit a camp near Atbara on Monday; it shelters families who fled the fighting in Khartoum.",
        drawn={"Atbara"},
        world=FULL,
    ),
    Case(
        "what people fled is why they are where they are, not a strike reported",
        "Drone menghantam kamp di dekat Atbara; kamp itu menampung warga yang melarikan diri dari pertempuran di "
        "Khartoum.",
        lang="id",
        drawn={"Atbara"},
        world=FULL,
    ),
    Case(
        "people fleeing as a strike happens do not make it background",
        "Residents fled as drones struck Kharkiv on Sunday night, the mayor said.",
        drawn={"Kharkiv"},
        world=FULL,
    ),
    Case(
        "a province the article names in its own voice adds nothing beside a town drawn inside it",
        "Serangan udara junta menewaskan 40 orang di sebuah desa di negara bagian Rakhine barat pada Rabu.\n\n"
        "Juru bicara pemberontak mengatakan jet-jet itu mengebom desa Kyauk Ni Maw.",
        lang="id",
        drawn={"Kyauk Ni Maw"},
        world=FULL,
    ),
    Case(
        "a province covers a town drawn a little beyond its radius (Pauktaw, 1.1 of Rakhine's from its point)",
        "Junta jets killed 17 people in Rakhine state on Sunday.\n\n"
        "The rebels said the jets bombed Pauktaw township, just east of Sittwe.",
        absent=("Rakhine",),
        world=FULL,
    ),
    Case(
        "a region locating the town in a speaker's phrase is not drawn with it",
        "Residents of Maungdaw in Rakhine state said drones struck the town late that night.",
        drawn={"Maungdaw"},
        world=FULL,
    ),
    Case(
        "a township is its seat, not a namesake village of that size elsewhere",
        "On Monday an air strike in Pauktaw township killed nine people, the rebels said.",
        at={"Pauktaw": dict(feature_code="PPLA3", country_code="MM")},
        world=FULL,
    ),
    Case(
        "a village or township town of Myanmar that cities500 lacks is drawn (MIMU's place codes)",
        "A bomb dropped by a junta jet hit a school in Lin Ta Lu village in Sagaing region on Friday, residents said.",
        drawn={"Lin Ta Lu"},
        world=FULL,
    ),
    Case(
        "a seat a strike word reaches is the target, not where a body sits",
        "A ballistic missile fired by Hezbollah hit the Mossad headquarters in Tel Aviv on Wednesday, the group said.",
        drawn={"Tel Aviv"},
        world=FULL,
    ),
    Case(
        "a seat a strike word reaches is the target, not where a body sits",
        "Jet tempur Israel menyerang basis Hizbullah di Nabatieh pada Senin dini hari, kata sumber keamanan.",
        lang="id",
        drawn={"Nabatieh"},
        world=FULL,
    ),
    Case(
        "a seat far from the strike word is where a body sits",
        "Serangan drone pada Senin terjadi sehari setelah pemerintah mengumumkan akan memindahkan basis operasinya "
        "dari Port Sudan.",
        lang="id",
        drawn=set(),
        world=FULL,
    ),
    Case(
        "what came under attack suffered it: it is neither the attacker nor a capital acting",
        "Late on Monday, Kyiv came under a missile attack, but nobody was hurt, city officials said.",
        at={"Kyiv": dict(action="missile_attack", attacker=None)},
        drawn={"Kyiv"},
        world=FULL,
    ),
    Case(
        "what came under attack suffered it: it is neither the attacker nor a capital acting",
        "Поздно вечером Харьков попал под ракетный удар, сообщили городские власти.",
        lang="ru",
        at={"Харьков": dict(attacker=None)},
        drawn={"Харьков"},
        world=FULL,
    ),
    Case(
        "`под` after a strike word is `near`, not what its subject came under",
        "Украинские войска нанесли удар под Белгородом в среду, сообщили местные власти.",
        lang="ru",
        at={"Белгородом": dict(attacker_country="UA")},
        world=FULL,
    ),
    Case(
        "`under` several words before the strike word still makes its subject the one struck",
        "Late on Monday, Kharkiv came under a heavy drone attack, the governor said.",
        at={"Kharkiv": dict(attacker=None)},
        drawn={"Kharkiv"},
        world=FULL,
    ),
    Case(
        "a country before its capital is skipped for its size and does not take the capital along",
        "Jet Israel menembakkan rudal ke sasaran di sekitar ibu kota Suriah, Damaskus, pada Rabu malam.",
        lang="id",
        places=["Damaskus"],
        world=FULL,
    ),
    Case(
        "a country before its capital is skipped for its size and does not take the capital along",
        "Overnight, missiles fired by Israeli jets fell on the capital of Syria, Damascus, the army said.",
        places=["Damascus"],
        world=FULL,
    ),
    Case(
        "a state agency named in brackets as the source speaks for its state in a story about it",
        "Sumber militer Suriah mengatakan rudal Israel menghantam Damaskus pada Rabu, kantor berita negara (SANA) "
        "melaporkan.\n\nWarga mendengar ledakan keras sepanjang malam.\n\nSekolah-sekolah ditutup pada hari Kamis.\n\n"
        "Laporan awal menunjukkan bahwa serangan itu juga mengenai sebuah gudang di Homs.",
        lang="id",
        at={"Homs": dict(claimant="SANA", claimant_country="SY")},
        world=FULL,
    ),
    Case(
        "an outlet of a side cited as the article's source speaks for its state in a story about it",
        "Militer AS melancarkan serangan udara ke kota Hodeidah di Yaman pada Kamis, demikian dilansir al-Masirah TV.",
        lang="id",
        at={"Hodeidah": dict(claimant="al-Masirah TV", claimant_country="YE")},
        world=FULL,
    ),
    Case(
        "an outlet's web address closes a dateline, and a state agency's filing city is not what the story is about",
        "MOSKOW, iNews.id - Rudal India menghantam Rawalpindi pada Jumat, seperti dikutip dari Sputnik.",
        lang="id",
        at={"Rawalpindi": dict(claimant="Sputnik", claimant_country=None)},
        absent=["MOSKOW"],
        world=FULL,
    ),
    Case(
        "a state agency relaying news of elsewhere speaks for no side",
        "Serangan udara Israel menghantam Khan Younis pada Kamis, demikian dilansir Xinhua.",
        lang="id",
        at={"Khan Younis": dict(claimant="Xinhua", claimant_country=None)},
        world=FULL,
    ),
    Case(
        "the one weapon an article named is the weapon of its later attacks",
        "Pakistani air strikes hit Khost on Monday, a Taliban spokesman said. Attacks in Kunar and Paktika wounded "
        "four civilians, he said.",
        at={"Kunar": dict(action="air_strike"), "Paktika": dict(action="air_strike")},
        world=FULL,
    ),
    Case(
        "an article that named two weapons leaves a later attack's weapon open",
        "Russia launched drones and missiles at Lviv overnight, the mayor said. Attacks also damaged buildings in "
        "Odesa, the governor said.",
        at={"Odesa": dict(action="attack")},
        world=FULL,
    ),
    Case(
        "the only town an article names, known by an alternate name, is its own context",
        "Armenia said Azerbaijani drones struck Stepanakert on Saturday.",
        places=["Stepanakert"],
        world=FULL,
    ),
    Case(
        "a town's airport is drawn at the airport",
        "Israeli jets struck Aleppo airport on Tuesday, Syrian state media said.",
        at={"Aleppo": dict(place_name="Aleppo International Airport", feature_code="AIRP")},
        world=FULL,
    ),
    Case(
        "a town's airport is drawn at the airport",
        "Israel menyerang bandara Aleppo pada Selasa, kata media pemerintah Suriah.",
        lang="id",
        at={"Aleppo": dict(place_name="Aleppo International Airport", feature_code="AIRP")},
        world=FULL,
    ),
    Case(
        "a town's airport is drawn at the airport",
        "Roket menghantam pangkalan militer AS di Bandara Internasional Baghdad pada Selasa, kata sumber keamanan.",
        lang="id",
        at={"Baghdad": dict(place_name="Baghdad International Airport", feature_code="AIRP")},
        world=FULL,
    ),
    Case(
        "a town named after a town with `near` only locates it",
        "Indian missiles struck Ahmedpur Sharqia, near Bahawalpur, and Muridke, a town near Lahore, Pakistan's army "
        "said.",
        places=["Ahmedpur Sharqia", "Muridke"],
        world=FULL,
    ),
    Case(
        "an airport or air base named as written is drawn there, not at a village of that name",
        "State media in Iran reported that two missiles hit Mehrabad Airport on Saturday.",
        at={"Mehrabad": dict(place_name="Mehrabad International Airport", feature_code="AIRP")},
        world=FULL,
    ),
    Case(
        "an airport or air base named as written is drawn there, not at a village of that name",
        "Rudal India menghantam Lanud Nur Khan pada Sabtu, kata militer Pakistan.",
        lang="id",
        at={"Nur Khan": dict(place_name="Nur Khan Air Base", feature_code="AIRP", claimant_country="PK")},
        world=FULL,
    ),
    Case(
        "an airport or air base named as written is drawn there, not at a village of that name",
        "Украинские дроны атаковали авиабазу Энгельс, сообщило Минобороны России.",
        lang="ru",
        at={"Энгельс": dict(place_name="Engels Airbase", feature_code="AIRP")},
        world=FULL,
    ),
    Case(
        "where a closing speaker spoke, set off by commas, is no part of who speaks",
        "Serangan di Kunar dan Paktika melukai empat warga sipil, kata juru bicara Taliban, Zabihullah Mujahid, di X.",
        lang="id",
        at={"Kunar": dict(claimant="Zabihullah Mujahid", claimant_country="AF")},
        world=FULL,
    ),
    Case(
        "where a closing speaker spoke, set off by commas, is no part of who speaks",
        "Strikes in Kunar wounded four civilians, said Taliban spokesman Zabihullah Mujahid, on X.",
        at={"Kunar": dict(claimant="Taliban spokesman Zabihullah Mujahid", claimant_country="AF")},
        world=FULL,
    ),
    Case(
        "a city in capitals and a colon opening the article is its dateline",
        "BANGKOK: An airstrike on a monastery in Mandalay killed 23 people, residents said on Friday.",
        places=["Mandalay"],
        world=FULL,
    ),
    Case(
        "a place, the day and an agency's bracket with no dash after it open the article as its dateline",
        "Beirut, May 14 (IANS) An Israeli drone strike killed a man near Nabatieh, security sources said.",
        places=["Nabatieh"],
        world=FULL,
    ),
    Case(
        "a place written before the town word of the towns struck (`the Gaza cities of Rafah`) only locates them",
        "Israeli airstrikes killed 18 people in the Gaza cities of Rafah and Deir al-Balah, officials said.",
        drawn={"Rafah", "Deir al-Balah"},
        world=FULL,
    ),
    Case(
        "a place before its own district word and `of` its province is the place struck",
        "In Bashtanka district of Mykolaiv Oblast, a guided bomb hit a farm, the governor said.",
        drawn={"Bashtanka"},
        world=FULL,
    ),
    Case(
        "where soldiers were trained is no strike place",
        "The mission trained 120 soldiers in Bunia on the use of drones, the army said.",
        drawn=set(),
        world=FULL,  # Bunia
    ),
    Case(
        "what a strike retaliates for is no strike place",
        "The Houthis fired a missile at Eilat on Sunday, saying they were retaliating for Israel's actions in Gaza.",
        places=["Eilat"],
        world=FULL,
    ),
    Case(
        "what a strike retaliates for is no strike place",
        "In retaliation, Israeli jets struck Khan Younis on Sunday, the army said.",
        places=["Khan Younis"],
        world=FULL,
    ),
    Case(
        "a far area listed after a town is a place of its own, not the town's",
        "Russian drones struck Lviv, Kherson Oblast and Odesa overnight, Ukraine's air force said.",
        places=["Lviv", "Kherson Oblast", "Odesa"],
        world=FULL,
    ),
    Case(
        "a citing claimant keeps its name, not its source",
        "Serangan udara Israel menghantam Damaskus pada Rabu, kata kantor berita resmi Suriah SANA, mengutip sumber "
        "militer.",
        lang="id",
        at={"Damaskus": dict(claimant_kind="media", claimant_country="SY")},
        world=FULL,
    ),
    Case(
        "a time opener is no speaker",
        "Hours later, Hezbollah said it fired rockets at Kiryat Shmona.",
        at={"Kiryat Shmona": dict(claimant="Hezbollah")},
    ),
    Case(
        "a shelter is no target",
        "Paramedics said a man was hurt while running to a bomb shelter in Kiryat Shmona.",
        places=[],
    ),
    Case(
        "a region needs an explicit strike, not widespread or habitual activity",
        "Resistance groups have attacked military posts across the Sagaing and Magway regions.",
        places=[],
        world=FULL,
    ),
    Case(
        "a region needs an explicit strike, not widespread or habitual activity",
        "Kelompok perlawanan menyerang pos militer di seluruh wilayah Sagaing, kata NUG.",
        lang="id",
        places=[],
        world=FULL,
    ),
    Case(
        "a region needs an explicit strike, not widespread or habitual activity",
        "Fighting has intensified in the Sagaing region in recent months, the UN said.",
        places=[],
        world=FULL,
    ),
    Case(
        "a town struck in parts is still struck",
        "Shells hit parts of Omdurman on Sunday, residents said.",
        places=["Omdurman"],
        world=FULL,
    ),
    Case(
        "a second predicate after an interception is a strike",
        "The ministry said air defences shot down 30 drones over Belgorod and destroyed a Ukrainian command post "
        "near Vovchansk with missiles.",
        at={
            "Belgorod": dict(action="interception", is_drawn_strike=False),
            "Vovchansk": dict(action="missile_attack", is_drawn_strike=True),
        },
        world=FULL,  # Vovchansk
    ),
    Case(
        "debris after an interception is no second strike",
        "Air defences shot down 20 drones over Kyiv, and debris damaged a house, officials said.",
        at={"Kyiv": dict(action="interception")},
    ),
    Case(
        "a long actor phrase before a name is the speaker",
        "Pejabat yang ditunjuk Rusia di wilayah Zaporizhzhia yang diduduki, Yevgeny Balitsky, mengatakan artileri "
        "Ukraina menembaki kota Vasylivka. Di wilayah Dnipropetrovsk, drone Rusia menghantam kota Pavlohrad, kata "
        "Gubernur Serhiy Lysak melalui Telegram.",
        lang="id",
        at={
            "Vasylivka": dict(claimant_kind="official", claimant_country="RU"),
            "Pavlohrad": dict(claimant_kind="official", claimant_country="UA"),
        },
        world=FULL,  # Vasylivka, Pavlohrad
    ),
    Case(
        "a far-away namesake of a neighbourhood is dropped",
        "Israeli air strikes on a school in Gaza City killed 18 people, Palestinian officials said. "
        "Officials said the strike hit a school in the Daraj neighbourhood, near Jabalia.",
        at={"Gaza City": {}},
        absent=("Daraj",),
    ),
    Case(
        "media run by an armed group speak for the group's state",
        "The Houthi-run Saba news agency said US and British jets struck Hodeidah airport.",
        at={"Hodeidah": dict(claimant_kind="media", claimant_country="YE")},
        world=FULL,
    ),
    Case(
        "a state news agency speaks for its state",
        "Syria's state news agency SANA said Israeli jets struck Homs.",
        at={"Homs": dict(claimant_country="SY")},
        world=FULL,
    ),
    Case(
        "a past strike named by its year or as last month's is background",
        "Residents still recall the 2022 missile attack on the railway station in Kramatorsk. "
        "Last month's strike on a market in Kherson killed 19 people. "
        "Russian drones hit Sumy on Tuesday, the governor said.",
        published="2024-06-05",
        drawn={"Sumy"},
    ),
    Case(
        "fighting that has lasted for years is no point",
        "Government forces have been fighting militants near Jilib for more than two years. "
        "A roadside bomb exploded near Afgooye on Sunday, police said.",
        published="2024-08-05",
        drawn={"Afgooye"},
        world=FULL,
    ),
    Case(
        "a general strike is labour, not a weapon",
        "Teachers in Sulaymaniyah began a general strike over unpaid salaries. "
        "Turkish warplanes struck positions near Amadiya in northern Iraq on Monday.",
        published="2025-03-11",
        drawn={"Amadiya"},
        world=FULL,
    ),
    Case(
        "a clause looking back at the strikes reports no new one",
        "Drones struck Koysinjaq on Tuesday. The strikes came as inspectors were due in Tehran for talks. "
        "The attack on Koysinjaq came a day before a summit in Riyadh.",
        published="2025-03-11",
        drawn={"Koysinjaq"},
        world=FULL,
    ),
    Case(
        "where a speaker said it is no strike location",
        "Israeli jets struck Beit Lahia on Wednesday. Netanyahu said in Jerusalem that Hamas would be destroyed.",
        published="2024-11-20",
        drawn={"Beit Lahia"},
    ),
    Case(
        "a place rockets were only fired toward is no strike location",
        "Militants fired three rockets toward the southern city of Ashkelon on Wednesday. "
        "Hezbollah said it fired rockets at an army base near Safed on Wednesday.",
        published="2024-11-20",
        drawn={"Safed"},
    ),
    Case(
        "a distance written without a space before its unit measures from the place, not at it",
        "A shell hit a house about 120km southeast of Islamabad on Tuesday, officials said.",
        published="2024-11-20",
        at={"Islamabad": dict(place_name="120 km SE of Islamabad", geo_precision=3, uncertainty_km=49.2)},
        world=FULL,
    ),
    Case(
        "a region named after villages the gazetteer does not know is no point of their strike",
        "Air force jets struck fighters near Degbewa and Chinene in Borno State on Wednesday, the air force said. "
        "In South Kordofan, seven soldiers were killed in a drone strike on Tandeltiya on Monday, the army said.",
        published="2024-07-04",
        places=[],
        world=FULL,
    ),
    Case(
        "a region after a village the gazetteer does not know, named after any preposition, only locates it",
        "A helicopter fired on a wedding party of Bountiya, in the Mopti region, on Sunday, residents said.",
        published="2021-01-06",
        places=[],
        world=FULL,
    ),
    Case(
        "a town named after an airport only locates the airport",
        "The group said it fired a missile at Ben Gurion International Airport near Tel Aviv on Sunday.",
        published="2025-05-04",
        places=["Ben Gurion"],
        world=FULL,
    ),
    Case(
        "a province under a tally of hundreds of attacks is no point",
        "Monitors say Turkey has conducted over 1,000 attacks on Nineveh province so far in 2024.",
        published="2024-09-05",
        places=[],
        world=FULL,
    ),
    Case(
        "one night's hundreds of drones strike a province",
        "Russia launched 500 drones at the Odesa region overnight, the governor said.",
        published="2024-09-05",
        places=["Odesa"],
        world=FULL,
    ),
    Case(
        "a place that opens an organisation's name is no strike location",
        "Turkish drones struck fighters of the Kurdistan Workers' Party on Monday, the ministry said. "
        "A drone hit a car of the Kurdistan Workers´ Party on Sunday, the ministry said.",
        published="2024-09-05",
        places=[],
        world=FULL,
    ),
    Case(
        "a place that names a war or talks is no strike location",
        "The group said on Tuesday that its attacks on shipping started with the Gaza war.",
        published="2024-07-04",
        places=[],
        world=FULL,
    ),
    Case(
        "a clock named after a capital is no strike location",
        "Azerbaijani shelling hit Goris, Armenia, at 00:05 Moscow time on Tuesday, the Armenian defence ministry said.",
        published="2022-09-14",
        places=["Goris"],
        world=FULL,
    ),
    Case(
        "a place an armed group controls is still struck",
        "Jets struck parts of Beirut controlled by Hezbollah on Saturday, two officials said.",
        published="2024-07-04",
        places=["Beirut"],
        world=FULL,
    ),
    Case(
        "a town 20 miles (32 km) from a strike is farther than a town's tolerance: only a reference",
        "AFRICOM said its aircraft killed eight fighters on Tuesday some 20 miles from the Kismayo base.",
        published="2025-01-07",
        places=[],
        world=FULL,
    ),
    Case(
        "a region located by a town's compass point only says where it is",
        "Dua drone jatuh di wilayah Belgorod, yang terletak di selatan Moskow, kata Kementerian Pertahanan Rusia.",
        lang="id",
        published="2025-01-01",
        places=["Belgorod"],
        world=FULL,
    ),
    Case(
        "a capital after a passive verb is its agent, not its target",
        "Ukraina membalas serangan rudal yang dilancarkan Moskow pada Senin, kata pejabat Ukraina.",
        lang="id",
        published="2025-01-01",
        places=[],
        world=FULL,
    ),
    Case(
        "a place a drone was only heading for is no strike location",
        "Pejabat Rusia mengatakan drone Ukraina yang menuju Moskow ditembak jatuh pada Sabtu. "
        "Militan menembakkan roket ke arah Ashkelon pada Rabu, kata militer Israel.",
        published="2024-11-20",
        places=[],
    ),
    Case(
        "a province is no point when countless or unnamed places in it were struck",
        "Russian forces struck 12 settlements in Donetsk Oblast over the past day, the governor said. "
        "Rebels fired mortar shells at a town in Hama's countryside on Tuesday. "
        "Russian forces shelled Nikopol on Tuesday, the governor said.",
        published="2025-01-08",
        drawn={"Nikopol"},
        world=FULL,  # Hama
    ),
    Case(
        "the actor after `by` that follows a strike noun is the attacker, with the country it is `of`",
        "A resident of Trubchevsk was injured in an attack by the Ukrainian army, the governor said. "
        "Later Klintsy was attacked by the Armed Forces of Ukraine, the governor said.",
        published="2024-10-01",
        at={
            "Trubchevsk": dict(attacker_country="UA", claim_type="accusation"),
            "Klintsy": dict(attacker_country="UA", claim_type="accusation"),
        },
        world=FULL,
    ),
    Case(
        "an abbreviated state before a strike word is its attacker",
        "A U.S. drone strike killed seven people in Miranshah on Wednesday, security officials said.",
        published="2013-05-29",
        at={"Miranshah": dict(attacker_country="US", claimant_country="PK", claim_type="accusation")},
        world=FULL,
    ),
    Case(
        "a coalition named in one phrase is led by its first state, the article's one accused party",
        "U.S. and British forces struck Houthi targets in Hodeidah on Saturday. "
        "The strikes also hit areas of Saada province, the group's stronghold.",
        published="2024-02-26",
        at={"Hodeidah": dict(attacker_country="US"), "Saada": dict(attacker_country="US")},
        world=FULL,
    ),
    Case(
        "`pihak berwenang`, the authorities, speak for their state",
        "Rudal Rusia menghantam Kryvyi Rih pada Senin, kata pihak berwenang Ukraina.",
        lang="id",
        published="2024-01-29",
        at={"Kryvyi Rih": dict(claimant="pihak berwenang Ukraina", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a coalition's speaker tells of its own side's strike",
        "Russian and Syrian jets struck the rebel-held city of Idlib on Sunday, Syrian army sources said.",
        published="2024-12-01",
        at={"Idlib": dict(attacker_country="SY", claimant_country="SY", claim_type="claim")},
        world=FULL,
    ),
    Case(
        "two named states whose own places are struck are both sides, no coalition: each place is the other's",
        "Israeli and Iranian missiles struck Haifa and Isfahan overnight. Later an Iranian drone struck Eilat. "
        "Four people were killed in Tel Aviv.",
        published="2025-06-14",
        at={
            "Haifa": dict(attacker_country="IR"),
            "Isfahan": dict(attacker_country="IL"),
            "Tel Aviv": dict(attacker_country="IR"),  # both accused: a strike in one's land is the other's
        },
        world=FULL,
    ),
    Case(
        "the `by` of a reaction to a strike names no attacker",
        "The strike on Kharkiv was condemned by the Ukrainian foreign ministry.",
        published="2024-05-27",
        at={"Kharkiv": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "the `by` of a reaction to a strike names no attacker",
        "Serangan di Kharkiv itu dikecam oleh pemerintah Ukraina.",
        lang="id",
        published="2024-05-27",
        at={"Kharkiv": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "an abbreviated state ending one sentence is no attacker of the next",
        "Iraqi officials met envoys from the U.S. Drone strikes later hit a base in Erbil.",
        published="2024-01-20",
        at={"Erbil": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "a scouting drone that drops a munition strikes",
        "A Russian reconnaissance drone dropped explosives on a car in Kherson.",
        published="2024-05-27",
        at={"Kherson": dict(action="drone_strike", attacker_country="RU")},
        world=FULL,
    ),
    Case(
        "a capital a strike was on does nothing, whatever verb follows",
        "A Russian missile attack on Kyiv suspended metro service and killed three.",
        published="2024-05-27",
        drawn={"Kyiv"},
        world=FULL,
    ),
    Case(
        "an adviser to someone is a speaker's role, not where it spoke",
        "Drones struck Sumy overnight, an adviser to the Ukrainian president said.",
        published="2024-05-27",
        at={"Sumy": dict(claimant="adviser to the Ukrainian president", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "the Waziristan districts are places in every language that names them",
        "Serangan drone AS menghantam sebuah rumah di Waziristan Utara, kata para pejabat Pakistan.",
        lang="id",
        published="2013-05-29",
        at={"Waziristan Utara": dict(place_name="North Waziristan", country_code="PK", attacker_country="US")},
        world=FULL,
    ),
    Case(
        "a line that goes on with the account is body text though its full stop is lost",
        "Turkish drones hit Qamishli on Tuesday, the SDF said.\n\n"
        "Moreover, another Turkish drone attack today hit a house near the border town of Amude\n\n"
        "Turkish Drones Hit Kobani\n\n"
        "On August 6, one fighter was killed.",
        published="2024-08-13",
        drawn={"Qamishli", "Amude"},
        world=FULL,
    ),
    Case(
        "a speaker who `reported to` someone ends the claim before it",
        "A drone attack injured a resident of Trubchevsk, the regional governor reported to his Telegram channel.",
        published="2024-10-01",
        at={"Trubchevsk": dict(claimant="regional governor", claimant_country="RU", action="drone_strike")},
        world=FULL,
    ),
    Case(
        "a bracketed short name before a postposed speaker is not the speaker",
        "A resident of Trubchevsk was injured in an attack by the Armed Forces of Ukraine (AFU), the governor said.",
        published="2024-10-01",
        at={"Trubchevsk": dict(claimant="governor", claimant_country="RU", attacker_country="UA")},
        world=FULL,
    ),
    Case(
        "drones that only watch report no strike; one that fires does",
        "Israeli drone activity was seen over Tyre on Sunday, the agency said. "
        "A surveillance drone struck a car in Bint Jbeil, killing two.",
        published="2025-03-02",
        drawn={"Bint Jbeil"},
        absent=("Tyre",),
        at={"Bint Jbeil": dict(action="drone_strike")},
        world=FULL,
    ),
    Case(
        "drones that only watch report no strike; one that fires does",
        "Drone pengintai Israel terbang di atas kota Nabatieh pada Minggu. "
        "Sebuah drone Israel menghantam mobil di Bint Jbeil, Lebanon selatan.",
        lang="id",
        published="2025-03-02",
        drawn={"Bint Jbeil"},
        absent=("Nabatieh",),
        world=FULL,
    ),
    Case(
        "a bigger town of the same province after a town and a comma says where the town is",
        "An Israeli airstrike on a tent camp in Rafah, Gaza, killed 45 people on Sunday. "
        "The assault on Rafah, Gaza's southernmost city, went on.",
        published="2024-05-27",
        drawn={"Rafah"},
        world=FULL,
    ),
    Case(
        "a bigger town of the same province after a town and a comma says where the town is",
        "Russian jets struck a market in Jisr al-Shughur, Idlib, the civil defence said.",
        published="2023-06-26",
        drawn={"Jisr al-Shughur"},
        world=FULL,
    ),
    Case(
        "towns of one list, the bigger after a comma, are each struck",
        "Israeli strikes hit Khan Younis, Gaza City and Rafah overnight.",
        published="2024-05-27",
        drawn={"Khan Younis", "Gaza City", "Rafah"},
        world=FULL,
    ),
    Case(
        "towns of one list, the bigger after a comma, are each struck",
        "Drones hit Bucha, Brovary, and Irpin overnight.",
        published="2024-05-27",
        drawn={"Bucha", "Brovary", "Irpin"},
        world=FULL,
    ),
    Case(
        "a town located by a compass point from another is not struck",
        "Three drones struck a camp on the outskirts of Koysinjaq, east of Erbil, on Tuesday.",
        published="2025-03-11",
        drawn={"Koysinjaq"},
        world=FULL,
    ),
    Case(
        "police and local officials speak for the state of the place",
        "A roadside bomb ripped through a minibus near Afgooye on Sunday, police said. "
        "Mortar rounds were fired at the airport in Baidoa on Saturday, a local official said.",
        published="2024-08-05",
        at={
            "Afgooye": dict(claimant_kind="official", claimant_country="SO", sub_event_type=REMOTE_EXPLOSIVE[1]),
            "Baidoa": dict(claimant_country="SO", action="shelling"),
        },
        world=FULL,
    ),
    Case(
        "barrel bombs from a helicopter are an air strike",
        "A government helicopter dropped two barrel bombs on Kafranbel on Tuesday, a war monitor said.",
        published="2024-05-14",
        at={"Kafranbel": dict(action="air_strike")},
        world=FULL,
    ),
    Case(
        "a dateline after a byline and an agency line is where the story was filed",
        "Israeli jets strike northern Gaza\nBy A Reporter\nAssociated Press\n"
        "JERUSALEM (AP) — Israeli warplanes struck a building in Beit Lahia early Wednesday, the ministry said.",
        published="2024-11-20",
        drawn={"Beit Lahia"},
    ),
    Case(
        "a dateline of two cities is where the story was filed",
        "Strikes on Kharkiv\n"
        "KYIV/MOSCOW, March 4 (Wire) - Russian missiles hit Kharkiv on Monday, the regional governor said.",
        published="2024-03-05",
        drawn={"Kharkiv"},
    ),
    Case(
        "every town of a list before a postposed claimant is struck",
        "Drones hit Kharkiv, Sumy and Poltava overnight, officials said.",
        published="2025-01-08",
        drawn={"Kharkiv", "Sumy", "Poltava"},
        at={"Sumy": dict(claimant="officials")},
    ),
    Case(
        "a place in the possessive before another only locates it",
        "Helicopters dropped barrel bombs on Idlib's Kafranbel on Monday, witnesses said.",
        published="2024-05-14",
        drawn={"Kafranbel"},
        world=FULL,
    ),
    Case(
        "a munition dropped from a drone is a drone strike",
        "A quadcopter dropped a mortar shell on a house near Bannu on Wednesday, police said. "
        "A drone hit Sumy while artillery shelled Kharkiv on Monday.",
        published="2024-12-26",
        at={
            "Bannu": dict(action="drone_strike"),
            "Sumy": dict(action="drone_strike"),
            "Kharkiv": dict(action="shelling"),
        },
        world=FULL,  # Bannu
    ),
    Case(
        "rocket-propelled grenades are a clash, not a rocket attack",
        "Militants attacked a police post with rocket-propelled grenades in Bannu late on Tuesday, police said.",
        published="2024-12-26",
        at={"Bannu": dict(sub_event_type="Armed clash")},
        world=FULL,
    ),
    Case(
        "a state body reporting its own strike speaks for the state it names",
        "Nigerian Air Force (NAF) jets struck hideouts near Dikwa on Tuesday, the air force said on Wednesday.",
        published="2025-02-19",
        at={"Dikwa": dict(attacker_country="NG", claimant_kind="military", claimant_country="NG")},
        world=FULL,
    ),
    Case(
        "headquarters struck are a target but an institution's seat is not",
        "The Guards said they had targeted the headquarters of an armed group near Penjwen on Tuesday. "
        "The agency, whose headquarters in Vienna was evacuated, said drones struck Enerhodar on Tuesday.",
        published="2025-03-11",
        drawn={"Penjwen", "Enerhodar"},
        world=FULL,
    ),
    Case(
        "another party's denial in a trailing relative clause leaves the accusation",
        "Azerbaijan's defence ministry accused Armenian forces of shelling Tovuz on Monday, which Yerevan denied.",
        at={"Tovuz": dict(is_drawn_strike=True, claimant_country="AZ")},
    ),
    Case(
        "a state news agency named in full speaks for its state as a desk, not a witness",
        "The Syrian Arab News Agency said Israeli missiles struck near Damascus airport on Monday. "
        "An AFP correspondent said explosions shook Khan Younis on Monday.",
        lang="en",
        at={
            "Damascus": dict(claimant_country="SY", claim_type="accusation"),
            "Khan Younis": dict(claim_type="witness"),
        },
        world=FULL,  # Damascus
    ),
    Case(
        "an agency a story is told by is its desk, not a witness",
        "Two people were killed when a drone hit a house in Belgorod, according to TASS.",
        at={"Belgorod": dict(claimant="TASS", claimant_kind="media", claim_type="claim")},
    ),
    Case(
        "an agency a story is told by is its desk, not a witness",
        "Kantor berita SANA melaporkan jet tempur Israel menyerang sasaran di dekat Homs.",
        lang="id",
        at={"Homs": dict(claimant_country="SY", claim_type="accusation")},
        world=FULL,
    ),
    Case(
        "the province holding a named district is not drawn for it",
        "Pakistani aircraft bombed homes in the Zarbalak district of eastern Paktika province overnight, the Taliban "
        "said. Russian shelling hit the Synelnykove district of Dnipropetrovsk Oblast on Monday, the governor said.",
        published="2024-12-26",
        drawn={"Synelnykove"},
        world=FULL,
    ),
    Case(
        "a state body named without its country speaks for the state it reports on",
        "Cambodian rockets hit a petrol station in Kantharalak, the Second Army Region said.",
        lang="en",
        at={"Kantharalak": dict(claimant_kind="military", claimant_country="TH")},
        world=FULL,
    ),
    Case(
        "a state body named without its country speaks for the state it reports on",
        "Army jets bombed a village near Pakokku on Monday, the junta's spokesman Zaw Min Tun said.",
        at={"Pakokku": dict(claimant_country="MM")},
        world=FULL,
    ),
    Case(
        "a state body named without its country speaks for the state it reports on",
        "Kementerian Kesehatan menyebutkan peluru artileri menghantam rumah sakit di Kantharalak.",
        at={"Kantharalak": dict(claimant_country="TH")},
        world=FULL,
    ),
    Case(
        "a state body telling of its own strike abroad gets no guessed state",
        "The military said its jets struck a weapons depot in Kfar Kila.",
        lang="en",
        at={"Kfar Kila": dict(claimant_country=None)},
        world=FULL,
    ),
    Case(
        "medics speak for the state of the place they report",
        "Petugas medis Palestina mengatakan serangan udara Israel menewaskan empat orang di Deir al-Balah.",
        at={"Deir al-Balah": dict(claimant_kind="official", claimant_country="PS", claim_type="accusation")},
    ),
    Case(
        "rescuers speak for no state",
        "A missile hit an apartment block in Kharkiv, rescuers said.",
        lang="en",
        at={"Kharkiv": dict(claimant_kind="witness", claimant_country=None)},
    ),
    *(
        Case(
            "a body named with its state or region speaks for that state",
            text,
            at={place: dict(claimant_country="IQ")},
            world=FULL,
        )
        for text, place in [
            ("Iraq's Security Media Cell said a drone struck a military base near Kirkuk on Sunday.", "Kirkuk"),
            (
                "The Kurdistan Region Counter-Terrorism Directorate said two drones hit an oil field near Soran.",
                "Soran",
            ),
            ("Sel Media Keamanan Irak menyebutkan drone menghantam pangkalan militer di dekat Kirkuk.", "Kirkuk"),
        ]
    ),
    Case(
        "a state news agency by acronym speaks for its state",
        "A Thai drone dropped explosives on a road outside Samraong, AKP reported.",
        lang="en",
        at={"Samraong": dict(claimant_kind="media", claimant_country="KH")},
        world=FULL,
    ),
    Case(
        "a speaker an outlet passes on is the claimant, not the outlet ('said X, the spokesman ..., Xinhua reported')",
        "Jets bombed a camp near Kaduna on Friday, said Musa Bello, the spokesman for the Nigerian army, Xinhua "
        "news agency reported.",
        rows=Rows(("place", "claimant", "claimant_country"), {("Kaduna", "Musa Bello", "NG")}),
        world=FULL,
    ),
    *(
        Case(
            "an outlet's report citing a speaker is the speaker's claim",
            text,
            lang=lang,
            at={"Kaduna": dict(claimant_country="NG", claimant_kind="military")},
            world=FULL,
        )
        for text, lang in [
            ("A drone struck a market in Kaduna, Xinhua reported, citing the Nigerian army.", "en"),
            ("Xinhua reported, citing the Nigerian army, that a drone struck a market in Kaduna.", "en"),
            ("Sebuah drone menghantam pasar di Kaduna, lapor Xinhua, mengutip militer Nigeria.", "id"),
        ]
    ),
    Case(
        "debris that did damage after drones were shot down is the drones' strike, not one more shot down",
        "Air defences shot down 20 Russian drones over Ukraine overnight, the air force said.\n\n"
        "Falling debris in the Odesa region damaged 20 homes, regional governor Oleh Kiper said.",
        at={"Odesa": dict(action="drone_strike", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a fire that debris caused at a building is no firing at it",
        "Drone debris in Mykolaiv caused a fire at a food plant, the governor said.",
        at={"Mykolaiv": dict(action="drone_strike", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a place a strike list calls a group's stronghold was struck ('including their stronghold Saada')",
        "The Houthis reported US strikes across the country, including their stronghold Saada, on Sunday.",
        drawn={"Saada"},
        world=FULL,
    ),
    Case(
        "a ceasefire violation along a front line is firing across it",
        "Pakistani troops violated the ceasefire in Keran sector on Friday, wounding two villagers, the army said.",
        at={"Keran": dict(attacker_country="PK", claimant_country="IN")},
        world=FULL,
    ),
    Case(
        "a district police chief named with his district speaks for its state",
        "Mortar shells landed in Uri overnight, SSP Baramulla Abdul Qayoom said.",
        at={"Uri": dict(claimant_country="IN")},
        world=FULL,
    ),
    Case(
        "a town a bearing is taken from, beside a place the index lacks, is no strike place",
        "Five rockets landed near Tel Kharab west of Baghdad on Wednesday, the coalition said.",
        absent=("Baghdad",),
        world=FULL,
    ),
    Case(
        "a province after a named facility the index lacks only locates it",
        "Rockets landed at Kharab Airbase in Anbar province on Wednesday, the coalition said.",
        absent=("Anbar",),
        world=FULL,
    ),
    *(
        Case(
            "where the building a strike hit stands is the strike's place",
            text,
            lang=lang,
            at={"Mrauk-U": dict(action="air_strike")},
            world=FULL,
        )
        for text, lang in [
            (
                "Junta jets bombed a hospital in western Myanmar on Wednesday.\n\nThe hospital is located in Mrauk-U.",
                "en",
            ),
            (
                "Jet junta mengebom sebuah rumah sakit di barat Myanmar pada Rabu.\n\n"
                "Rumah sakit tersebut terletak di kota Mrauk-U, negara bagian Rakhine.",
                "id",
            ),
        ]
    ),
    Case(
        "where another building stands is no strike place",
        "Israeli jets bombed a school in Gaza on Monday. The hospital, which lies in Khan Younis, took in 20 bodies.",
        absent=("Khan Younis",),
        world=FULL,
    ),
    *(
        Case(
            "a speaker an outlet quoted after a comma stays the claimant",
            text,
            lang=lang,
            at={"Khost": dict(claimant_country="AF")},
            world=FULL,
        )
        for text, lang in [
            (
                '"Pesawat militer Pakistan membombardir rumah warga di provinsi Khost," kata juru bicara pemerintah '
                "Afghanistan, seperti dikutip Al-Mayadeen.",
                "id",
            ),
            (
                '"Pesawat Pakistan membombardir rumah warga di provinsi Khost," ungkap juru bicara pemerintah '
                "Afghanistan, seperti dimuat Al-Mayadeen.",
                "id",
            ),
        ]
    ),
    *(
        Case(
            "capitals named for their governments' quarrel are no strike places",
            text,
            lang=lang,
            absent=absent,
            world=FULL,
        )
        for text, lang, absent in [
            (
                "Militants stepped up attacks in Pakistan, causing tensions between Kabul and Islamabad.",
                "en",
                ("Kabul", "Islamabad"),
            ),
            (
                "Militan meningkatkan serangan di Pakistan, menyebabkan ketegangan antara Kabul dan Islamabad.",
                "id",
                ("Kabul", "Islamabad"),
            ),
        ]
    ),
    Case(
        "a province in the possessive before a district the index lacks only locates it",
        "Pakistani planes bombed the Laman area in Paktika's Barmal district, the Afghan spokesman said.",
        absent=("Paktika's",),
        world=FULL,
    ),
    Case(
        "a city in the possessive before its district is the scene",
        "Russian drones struck Kharkiv's Kyivskyi district on Monday, the governor said.",
        drawn={"Kharkiv's"},
        world=FULL,
    ),
    *(
        Case(
            "attacks on vessels at large are a campaign, not a strike at sea",
            text,
            lang=lang,
            absent=(sea,),
            world=FULL,
        )
        for text, lang, sea in [
            ("US jets struck Hodeidah in response to Houthi attacks on shipping in the Red Sea.", "en", "Red Sea"),
            ("The Houthis have often fired missiles at cargo vessels plying the Red Sea.", "en", "Red Sea"),
            ("Koalisi itu melindungi kapal-kapal yang menghadapi serangan Houthi di Laut Merah.", "id", "Laut Merah"),
        ]
    ),
    Case(
        "a count of vessels struck at sea is a strike there",
        "Houthi missiles struck two ships in the Red Sea on Monday, the US military said.",
        drawn={"Red Sea"},
        world=FULL,
    ),
    Case(
        "a long title before a name is one speaker ('Chairman of the Joint Chiefs of Staff Gen. Dan Caine')",
        "Chairman of the Joint Chiefs of Staff Gen. Dan Caine said US bombers attacked Natanz.",
        rows=Rows(("place", "claimant"), {("Natanz", "Chairman of the Joint Chiefs of Staff Gen. Dan Caine")}),
        world=FULL,
    ),
    Case(
        "a government named by its seat is no strike place ('the Tel Aviv regime')",
        "An Israeli strike killed two people in Tyre as fighting grew between the Tel Aviv regime and Hezbollah.",
        absent=("Tel Aviv",),
        world=FULL,
    ),
    Case(
        "a town a place is said to lie a bearing from, however described, only locates it",
        "US strikes hit Amran, north of the rebel-held capital of Sanaa, the Houthis said.",
        drawn={"Amran"},
        world=FULL,
    ),
    Case(
        "a place the index lacks, after 'the', is located by the bearing from a town",
        "The US strikes targeted a base in the Jurf al-Nasr area, south of the Iraqi capital Baghdad, militia said.",
        absent=("Baghdad",),
        world=FULL,
    ),
    Case(
        "a neighbourhood a bearing from its town lies in it: the town is the scene",
        "A drone targeted civilians in the Al-Daraja Al-Oula neighbourhood, west of El Fasher, on Monday.",
        drawn={"El Fasher"},
        world=FULL,
    ),
    Case(
        "people hurt in a strike's place are its toll",
        "A drone crashed into an apartment block overnight, the regional governor said.\n\n"
        "Governor Alexander Gusev said three residents of Voronezh were hurt by shards of glass.",
        drawn={"Voronezh"},
        world=FULL,
    ),
    Case(
        "a place that opens a channel's name is no strike place ('Kurdistan 24')",
        "Saluran televisi Kurdi, Kurdistan 24 mengkonfirmasi bahwa lokasi tersebut telah diserang tiga drone.",
        lang="id",
        absent=("Kurdistan",),
        world=FULL,
    ),
    Case(
        "a speaker that tells it launched a strike tells of its own strike (a light verb before the strike word)",
        "Militer Amerika Serikat melaporkan telah melancarkan serangan udara di Jilib pada Sabtu.",
        lang="id",
        at={"Jilib": dict(claimant_country="US", attacker_country="US")},
        world=FULL,
    ),
    Case(
        "a group that owns to an attack ('mengaku menyerang') is its claimant",
        "Al-Shabaab mengaku menyerang konvoi militer Ethiopia di dekat Baidoa pada Jumat.",
        lang="id",
        rows=Rows(("place", "claimant"), {("Baidoa", "Al-Shabaab")}),
        world=FULL,
    ),
    Case(
        "a group of no state that tells of its own attack is not given the state the article accuses",
        "Islamic State claimed it attacked an army checkpoint near Raqqa. Separately, Israeli jets struck Damascus.",
        at={"Raqqa": dict(attacker_country=None, action="attack")},
        world=FULL,
    ),
    Case(
        "paragraphs in quotes after a speaker's colon are the speaker's statement",
        "Azerbaijan's Defense Ministry said the following:\n\n"
        '"We inform that Armenian armed units shelled the villages of Tovuz on Sunday."\n\n'
        '"Our units took retaliatory measures."\n\nIn other news, markets fell.',
        rows=Rows(("place", "claimant", "claimant_country"), {("Tovuz", "Azerbaijan's Defense Ministry", "AZ")}),
        world=FULL,
    ),
    Case(
        "'demikian bunyi laporan X' (so reads X's report) names the speaker of the quote before it",
        "“Sebuah serangan menghantam distrik al-Hawak di Hodeida, menewaskan 13 orang,” demikian bunyi laporan "
        "Al-Masirah.",
        lang="id",
        rows=Rows(("place", "claimant"), {("al-Hawak", "Al-Masirah")}),
        world=FULL,
    ),
    *(
        Case(
            "a clause that opens with when a campaign began is its background",
            text,
            lang=lang,
            absent=(place,),
            world=FULL,
        )
        for text, lang, place in [
            ("Since January 2024, Russia has shelled Kharkiv almost daily.", "en", "Kharkiv"),
            ("Sejak November 2023, Houthi menembakkan rudal ke Eilat.", "id", "Eilat"),
        ]
    ),
    Case(
        "a town's surroundings struck beside a town nearby are a strike of their own, not a province over it",
        "The air strikes targeted an area close to Damascus international airport, as well as an air force battalion "
        "in the Dumayr region, the Observatory said.",
        drawn={"Damascus", "Dumayr"},
        world=FULL,
    ),
    Case(
        "the sites a weapon came down at are places struck",
        "Iranian missiles hit Tel Aviv on Sunday.\n\nPolice said they were deployed to two other impact sites, one in "
        "Haifa and one in Ness Ziona.",
        drawn={"Tel Aviv", "Haifa", "Ness Ziona"},
        world=FULL,
    ),
    *(
        Case("where explosions were felt is no strike place", text, lang=lang, absent=("Hama", "Latakia"), world=FULL)
        for text, lang in [
            ("Air strikes hit Homs while explosions were felt in Hama and Latakia.", "en"),
            ("Serangan udara menghantam Homs, sementara ledakan terasa di Hama dan Latakia.", "id"),
        ]
    ),
    Case(
        "a casualty word inside a name tells of no toll ('the Dead Sea')",
        "Sirens sounded in northern Israel around Carmiel and in parts of the Dead Sea region after more launches.",
        absent=("Carmiel",),
        world=FULL,
    ),
    Case(
        "an armed group's media speak for no state",
        "An Israeli drone struck a car in Kfar Kila, Al-Manar reported.",
        lang="en",
        at={"Kfar Kila": dict(claimant_kind="media", claimant_country=None)},
        world=FULL,
    ),
    Case(
        "an armed group's spokesman speaks for the group's state, also of its own strike abroad",
        "Yahya Saree, the Houthi military spokesman, said the group fired a ballistic missile at Eilat.",
        at={"Eilat": dict(claimant_country="YE")},
    ),
    Case(
        "a sentence that only names its speaker speaks for the unattributed sentences before it",
        "Російські війська обстріляли Куп'янськ та Вовчанськ. "
        "Про це повідомив голова Харківської ОВА Олег Синєгубов у Telegram.",
        lang="uk",
        rows=Rows(
            ("place", "claimant", "claimant_country"),
            {
                ("Куп'янськ", "голова Харківської ОВА Олег Синєгубов", "UA"),
                ("Вовчанськ", "голова Харківської ОВА Олег Синєгубов", "UA"),
            },
        ),
        world=FULL,
    ),
    Case(
        "a speaker who made 'this announcement' speaks for the unattributed sentences before it",
        "Drones killed four people in Kharkiv overnight.\n\n"
        "Governor Oleh Syniehubov made this announcement in a video, adding that two rescuers died.",
        rows=Rows(("place", "claimant", "claimant_country"), {("Kharkiv", "Governor Oleh Syniehubov", "UA")}),
    ),
    Case(
        "a speaker who told 'hal itu' speaks for the sentences before it, though the sentence goes on",
        "Drone Rusia menghantam Kharkiv pada Kamis. "
        "Hal itu disampaikan Gubernur Oleh Syniehubov, yang menambahkan bahwa empat warga tewas.",
        lang="id",
        rows=Rows(("place", "claimant", "claimant_country"), {("Kharkiv", "Gubernur Oleh Syniehubov", "UA")}),
    ),
    Case(
        "a capitalised word inside a name is no reporting verb ('United States strikes')",
        "United States strikes on Sanaa killed four people on Monday, Houthi media has said.",
        at={"Sanaa": dict(claimant="Houthi media", claimant_country="YE")},
        world=FULL,
    ),
    Case(
        "'according to them' speaks for the speakers just named",
        "Governor Oleh Syniehubov said on Thursday that drones hit Kharkiv. "
        "According to them, a second drone struck Kharkiv an hour later.",
        at={"Kharkiv": dict(claimant="Governor Oleh Syniehubov")},
    ),
    Case(
        "a speaker named two paragraphs later does not speak for the strike",
        "Російські війська обстріляли Куп'янськ.\n\nУ Києві тривала нарада.\n\n"
        "Про це повідомив голова Харківської ОВА Олег Синєгубов.",
        lang="uk",
        at={"Куп'янськ": dict(claimant_kind="media")},
        world=FULL,
    ),
    *(
        Case(
            "whom a speaker is quoted from, and when it spoke, set off by commas, are not the speaker",
            text,
            lang=lang,
            at={"Rawalpindi": dict(claimant=claimant, claimant_country="PK")},
            world=FULL,
        )
        for lang, claimant, text in (
            (
                "id",
                "Juru bicara militer Pakistan Ahmed Sharif Chaudhry",
                "Juru bicara militer Pakistan Ahmed Sharif Chaudhry, seperti dikutip dari Sputnik, Sabtu (10/5/2025), "
                "mengatakan India menembakkan rudal ke Rawalpindi.",
            ),
            (
                "en",
                "Pakistani military spokesman Ahmed Sharif Chaudhry",
                "Pakistani military spokesman Ahmed Sharif Chaudhry, as quoted by Sputnik, said on Saturday that "
                "Indian missiles hit Rawalpindi.",
            ),
        )
    ),
    Case(
        "state media named with no state speak for the state of the places they report on",
        "Meanwhile, in Iran, explosions were heard. State media reported that two missiles hit Isfahan.",
        lang="en",
        at={"Isfahan": dict(claimant="State media", claimant_kind="media", claimant_country="IR")},
        world=FULL,
    ),
    Case(
        "the agency an article is taken from is named without the preposition",
        "Pasukan Armenia menyerang kota Ganja dengan rudal, dilansir dari Anadolu Agency, Sabtu.",
        lang="id",
        at={"Ganja": dict(claimant="Anadolu Agency", claimant_kind="media")},
        world=FULL,
    ),
    Case(
        "an inflected surname speaks for the official named in full before",
        "Вночі дрони атакували Запоріжжя. Про це повідомив начальник Запорізької ОВА Іван Федоров.\n\n"
        "За даними Федорова, вночі росіяни атакували Вільнянськ.",
        lang="uk",
        at={"Вільнянськ": dict(claimant_kind="official", claimant_country="UA")},
        world=FULL,
    ),
    *(
        Case(
            "a line naming the article's source speaks for its own account",
            text,
            lang=lang,
            at={place: dict(claimant=claimant, claimant_kind="military", claimant_country="UA")},
            world=FULL,
        )
        for lang, place, claimant, text in (
            ("uk", "Валуйках", "Генштаб ЗСУ", "Сили оборони уразили станцію у Валуйках.\n\nДжерело: Генштаб ЗСУ"),
            (
                "en",
                "Tuapse",
                "Ukraine's General Staff",
                "Drones struck Tuapse overnight.\n\nSource: Ukraine's General Staff",
            ),
        )
    ),
    *(
        Case(
            "whom a speaker spoke to, or which outlet relayed it, is no part of the speaker",
            text,
            lang=lang,
            at={"Adraskan": dict(claimant=claimant, claimant_country="AF")},
            world=FULL,
        )
        for lang, claimant, text in (
            (
                "id",
                "Ali Ahmad Faqir Yar",
                '"Serangan udara menewaskan 45 orang di Adraskan," kata Ali Ahmad Faqir Yar, gubernur provinsi Herat '
                "Afghanistan, sebagaimana dilaporkan Reuters.",
            ),
            (
                "id",
                "seorang pejabat Afghanistan",
                '"Serangan udara menewaskan 45 orang di Adraskan," tegas seorang pejabat Afghanistan '
                "berbicara kepada AFP.",
            ),
        )
    ),
    *(
        Case(
            "a speaker set off by commas inside the claim speaks for it",
            text,
            lang=lang,
            at={"Kharkiv": dict(claimant=claimant, claimant_country="UA")},
            world=FULL,
        )
        for lang, claimant, text in (
            ("en", "Governor Oleh Syniehubov", "Two drones, said Governor Oleh Syniehubov, hit Kharkiv overnight."),
            ("id", "Gubernur Oleh Syniehubov", "Dua drone, sebut Gubernur Oleh Syniehubov, menghantam Kharkiv."),
        )
    ),
    Case(
        "a time word opening the sentence is no part of the speaker",
        "Bulan lalu, militer Suriah mengatakan pesawat Israel mengebom sebuah bandara di Provinsi Homs.",
        lang="id",
        at={"Provinsi Homs": dict(claimant="militer Suriah", claimant_country="SY")},
        world=FULL,
    ),
    Case(
        "an unnamed security source speaks for the state of the place it reports on",
        "“Dua roket menghantam pangkalan di Bandara Internasional Baghdad,” tegas seorang sumber keamanan "
        "berbicara kepada AFP.",
        lang="id",
        at={"Baghdad": dict(claimant="seorang sumber keamanan", claimant_country="IQ")},
        world=FULL,
    ),
    Case(
        "a state outlet named as the source of a story about another state speaks for no side",
        "Pesawat tempur Nigeria mengebom Sokoto pada Rabu.\n\nSumber: Antara",
        lang="id",
        at={"Sokoto": dict(claimant="Antara", claimant_kind="media", claimant_country=None)},
        world=FULL,
    ),
    Case(
        "a verb-first Arabic claim: the speaker runs through its definite words and stops at the claim",
        "في السياق، أكدت وزارة الصحة اللبنانية مقتل سيدة في غارة إسرائيلية على شقة سكنية في النبطية.",
        lang="ar",
        at={"النبطية": dict(claimant="وزارة الصحة اللبنانية", claimant_kind="government", claimant_country="LB")},
        world=FULL,
    ),
    Case(
        "an Arabic attacker follows its strike word: the adjective after the noun",
        "أكدت وزارة الصحة اللبنانية مقتل سيدة في غارة إسرائيلية على شقة سكنية في النبطية.",
        lang="ar",
        at={"النبطية": dict(attacker_country="IL", claimant_country="LB", claim_type="accusation")},
        world=FULL,
    ),
    Case(
        "an Arabic attacker follows its strike word: the subject after the verb",
        "قصف الدعم السريع مدينة الفاشر بالمدفعية.",
        lang="ar",
        at={"الفاشر": dict(attacker="الدعم السريع", attacker_country="SD")},
        world=FULL,
    ),
    Case(
        "the subject of the verb that fired the weapon is its attacker, words between",
        "Губернатор сообщил, что Россия выпустила по Харькову около 20 ракет.",
        lang="ru",
        at={"Харькову": dict(attacker="Россия", attacker_country="RU", claim_type="accusation")},
    ),
    Case(
        "the dots of a rank do not cut the speaker's name short",
        "According to Pakistani military spokesperson Lt. Gen. Ahmed Sharif Chaudhry, Indian missiles hit Muridke.",
        lang="en",
        at={
            "Muridke": dict(
                claimant="Pakistani military spokesperson Lt. Gen. Ahmed Sharif Chaudhry", claimant_country="PK"
            )
        },
        world=FULL,
    ),
    Case(
        "a de facto authority's spokesman speaks for the state it holds",
        "Juru bicara Taliban Zabihullah Mujahid mengatakan serangan udara Pakistan menghantam Khost.",
        lang="id",
        at={"Khost": dict(claimant_country="AF", attacker_country="PK")},
        world=FULL,
    ),
    Case(
        "an armed group claiming its own strike abroad speaks for its home state",
        "Hezbollah said it fired a barrage of rockets at Kiryat Shmona.",
        lang="en",
        at={"Kiryat Shmona": dict(claimant="Hezbollah", claimant_kind="armed_group", claimant_country="LB")},
        world=FULL,
    ),
    Case(
        "an unnamed armed group reporting a strike on its ground speaks for the state of that ground",
        "Artillery shells hit a market in Myingyan, a local resistance group said.",
        lang="en",
        at={"Myingyan": dict(claimant_kind="armed_group", claimant_country="MM")},
        world=FULL,
    ),
    Case(
        "a second claimant about the same strike gets its own report",
        "The Israeli military said it struck a Hamas command centre in Beit Hanoun on Tuesday. "
        "Witnesses said the strike hit a school sheltering displaced families.",
        lang="en",
        rows=Rows(
            ("place", "claimant", "claimant_country"),
            {("Beit Hanoun", "Israeli military", "IL"), ("Beit Hanoun", "Witnesses", None)},
        ),
    ),
    Case(
        "a claim naming its place only in the speaker is a report there",
        "Militer Israel menyatakan menyerang militan Hamas di Nuseirat. "
        "Petugas medis di Nuseirat mengatakan serangan itu menewaskan lima orang.",
        lang="id",
        rows=Rows(
            ("place", "claimant_kind", "claimant_country"),
            {("Nuseirat", "military", "IL"), ("Nuseirat", "official", "PS")},
        ),
    ),
    Case(
        "a claim with no place in a new paragraph or after an interception borrows none",
        "Ukraine's air force said it shot down 18 drones over the Kyiv region. "
        "The air force said the drones were launched from Russia.\n\n"
        "Russian drones hit Sumy on Monday, the governor said.\n\nThe strikes killed two people, medics said.",
        lang="en",
        rows=Rows(("place", "claimant"), [("Sumy", "governor")]),
    ),
    Case(
        "a relative clause after the speaker does not hide it",
        "The Second Army Region, which oversees the northeastern border, said Cambodian rockets hit Kantharalak.",
        lang="en",
        at={"Kantharalak": dict(claimant="Second Army Region", claimant_country="TH")},
        world=FULL,
    ),
    Case(
        "where a speaker spoke does not change what it is",
        "The health ministry in the Hamas-run territory said Israeli bombardment killed 30 people in Khan Younis.",
        lang="en",
        at={"Khan Younis": dict(claimant_kind="government", claimant_country="PS")},
    ),
    Case(
        "how a speaker spoke does not change what it is",
        "Juru bicara junta Zaw Min Tun dalam siaran televisi pemerintah menuduh pemberontak menembakkan mortir ke "
        "permukiman di pinggiran Mandalay.",
        at={"Mandalay": dict(claimant_kind="official", claimant_country="MM")},
        world=FULL,
    ),
    *(
        Case(
            "an armed group's spokesman named by a plural possessive or the group speaks for the group's state",
            text,
            lang="en",
            at={"Eilat": dict(claimant="Yahya Saree", claimant_kind="armed_group", claimant_country=country)},
        )
        for text, country in (
            ("The Houthis' military spokesman, Yahya Saree, said the group fired a missile at Eilat.", "YE"),
            # the group unnamed, its own strike abroad: nothing says which state's war it fights
            ("Yahya Saree, the group's military spokesman, said the group fired drones at Eilat.", None),
        )
    ),
    Case(
        "an abbreviation after the reporting verb does not end the claim",
        "The Houthis said U.S. warplanes bombed Amran.",
        lang="en",
        at={"Amran": dict(claimant="Houthis", claimant_country="YE")},
        world=FULL,
    ),
    Case(
        "residents named by their place report there even when the claim names another country",
        "Drone Turki menghantam kendaraan di dekat Zakho, kata pejabat setempat. "
        "Warga Zakho mengatakan ledakan itu terjadi di jalan menuju perbatasan Turki.",
        rows=Rows(
            ("place", "claimant_kind", "claimant_country"), {("Zakho", "official", "IQ"), ("Zakho", "witness", None)}
        ),
        world=FULL,
    ),
    Case(
        "an ambulance service head speaks for the state of the place he reports",
        "An Israeli strike on Jabalia killed 12 people, said Fares Afana, head of the ambulance service in Gaza.",
        lang="en",
        at={"Jabalia": dict(claimant_kind="official", claimant_country="PS")},
    ),
    Case(
        "a leading `and` is no part of a speaker",
        "The Israeli military said its aircraft struck targets in Baalbek, and Lebanon's health ministry said the "
        "strikes killed four.",
        lang="en",
        rows=Rows(
            ("claimant", "claimant_country"),
            {("Israeli military", "IL"), ("Lebanon's health ministry", "LB")},
            drawn=False,
        ),
    ),
    Case(
        "a first name spelt like a preposition is still the speaker",
        "Kepala Pemerintahan Militer Regional Kharkiv, Oleh Syniehubov, mengatakan bom luncur menghantam Kupiansk.",
        places=["Kupiansk"],
        at={"Kupiansk": dict(claimant="Oleh Syniehubov", claimant_country="UA")},
    ),
    Case(
        "Indonesian bombing verbs are strikes",
        "Kelompok pemberontak M23 menyatakan tentara Kongo mengebom Goma.",
        at={"Goma": dict(action="air_strike", claimant_kind="armed_group", claimant_country="CD")},
        world=FULL,
    ),
    Case(
        "a speaker named for air defence is a military claimant, not an interception",
        "Syria's air defense forces said Israeli jets had struck an arms depot in Masyaf.",
        lang="en",
        at={
            "Masyaf": dict(
                claimant="Syria's air defense forces",
                claimant_kind="military",
                claimant_country="SY",
                action="air_strike",
                attacker_country="IL",
            )
        },
        world=FULL,
    ),
    Case(
        "a drone destroyed over a place was shot down there",
        "Belarus said two drones had been destroyed over Gomel on Sunday.",
        lang="en",
        at={"Gomel": dict(action="interception", is_drawn_strike=False)},
        world=FULL,
    ),
    Case(
        "a drone destroyed over a place was shot down there",
        "Militer Rusia mengatakan 20 drone Ukraina dihancurkan di atas wilayah Bryansk.",
        lang="id",
        at={"Bryansk": dict(action="interception")},
    ),
    Case(
        "a missile that destroyed a plant is a strike",
        "Russian missiles destroyed a power plant in Kharkiv, the mayor said.",
        lang="en",
        at={"Kharkiv": dict(action="missile_attack")},
    ),
    Case(
        "a region is not covered by a town across the border it only neighbours",
        "The Ukrainian army said Russian drones had struck the Chernihiv region, which borders Gomel.",
        lang="en",
        places=["Chernihiv"],
        at={"Chernihiv": dict(geo_precision=3)},
        world=FULL,
    ),
    Case(
        "a region is not covered by a town across the border it only neighbours",
        "Officials said drones struck the Bryansk region on Monday. They said drones also hit Chernihiv.",
        drawn={"Bryansk", "Chernihiv"},
        world=FULL,
    ),
    Case(
        "a capital that will do something in quotes is a metonym",
        'Presiden Ukraina berjanji Moskow akan "menanggung akibatnya" atas serangan rudal terhadap Kharkiv.',
        lang="id",
        drawn={"Kharkiv"},
    ),
    Case(
        "a capital that acts after a time said is a metonym; one struck that day is not",
        "Russian drones hit the port of Odesa again since Moscow last week withdrew from the grain deal. "
        "Russian missiles struck Kyiv last week, killing three.",
        lang="en",
        drawn={"Odesa", "Kyiv"},
        world=FULL,
    ),
    Case(
        "where a speaker is based is not the scene of the strike it tells of",
        "A researcher based in Amman said the attack killed at least 20 people.",
        lang="en",
        drawn=set(),
    ),
    Case(
        "where a speaker is based is not the scene of the strike it tells of",
        "Seorang peneliti yang berbasis di Amman mengatakan serangan itu menewaskan sedikitnya 20 orang.",
        lang="id",
        drawn=set(),
    ),
    Case(
        "medics in a place tell of a strike there",
        "Medics in Nuseirat said the strike killed five people.",
        lang="en",
        at={"Nuseirat": dict(is_drawn_strike=True)},
    ),
    Case(
        "a place said to await a grim fate is threatened, not struck",
        'A Hezbollah commander said the group would respond to the strike on Tyre and that Haifa "will not be safe".',
        lang="en",
        drawn=set(),
        rows=Rows(("claimant",), {("Hezbollah commander",)}, drawn=False),
    ),
    Case(
        "a place said to await a grim fate is threatened, not struck",
        'Juru bicara milisi itu mengatakan bahwa Ashdod "tidak akan aman" lagi.',
        lang="id",
        drawn=set(),
    ),
    Case(
        "a town recaptured is background, not struck",
        "Serangan terhadap Kassala terjadi sepekan setelah tentara merebut kembali Wad Madani dari RSF.",
        lang="id",
        drawn={"Kassala"},
        world=FULL,
    ),
    Case(
        "the region an official heads is not the scene",
        "The governor of Mykolaiv said the strike killed two people.",
        lang="en",
        drawn=set(),
    ),
    Case(
        "where witnesses live is the scene",
        "Residents of Jabalia said the strike killed six people.",
        lang="en",
        at={"Jabalia": dict(is_drawn_strike=True)},
    ),
    Case(
        "the area in an appositive that locates a town is no strike location",
        "The army said the drones were launched from Nyala, a town in South Darfur.",
        lang="en",
        drawn=set(),
        world=FULL,
    ),
    Case(
        "the area in an appositive that locates a town is no strike location",
        "Militer mengatakan drone itu diluncurkan dari Nyala, kota di Darfur Selatan.",
        lang="id",
        drawn=set(),
        world=FULL,
    ),
    Case(
        "a place opening the sentence before its speaker is the scene of a weapon claim",
        "In Kherson, the regional capital, officials said shells struck a market, killing three.",
        at={"Kherson": dict(action="shelling", claimant="officials", is_drawn_strike=True)},
    ),
    Case(
        "a place opening the sentence before its speaker is the scene of a weapon claim",
        "Di Kharkiv, wali kota mengatakan sebuah rudal menghantam gedung apartemen.",
        lang="id",
        at={"Kharkiv": dict(action="missile_attack")},
    ),
    Case(
        "a venue opening the sentence is no scene without a weapon claim",
        "In Geneva, the UN rights chief said the strikes must stop.",
        lang="en",
        drawn=set(),
    ),
    Case(
        "an unattributed sentence of the paragraph that named a source goes on with that source's account",
        "According to the Ukrainian air force, Russian drones hit Kharkiv overnight. The attacks also struck Sumy, "
        "damaging homes.\nLater, markets reopened in Sumy.",
        lang="en",
        at={
            "Kharkiv": dict(claimant="Ukrainian air force", claimant_country="UA"),
            "Sumy": dict(claimant="Ukrainian air force", claimant_country="UA", is_drawn_strike=True),
        },
    ),
    Case(
        "a state named between a speaker's title and name is the state the speaker serves",
        "Kepala Administrasi Militer Sumy, Ukraina, Oleh Petrenko mengatakan Rusia menyerang kilang minyak Kremenchuk.",
        lang="id",
        at={"Kremenchuk": dict(claimant="Oleh Petrenko", claimant_country="UA", attacker_country="RU")},
        world=FULL,
    ),
    Case(
        "a relative clause closing a speaker named after the verb leaves the speaker's group in the speaker",
        "The hospital in Kyauktaw was struck on Monday by bombs dropped by a military jet, said Khin Maung Soe, a "
        "spokesman for the Arakan Army, which is battling the junta across the western state.",
        lang="en",
        at={"Kyauktaw": dict(claimant="Khin Maung Soe", claimant_country="MM")},
        world=FULL,
    ),
    Case(
        "a relative clause holding the speaker is no clause to skip",
        "Israeli strikes reached central Syria, where Syrian forces said missiles hit Homs.",
        lang="en",
        at={"Homs": dict(claimant="Syrian forces", claimant_country="SY")},
        world=FULL,
    ),
    Case(
        "a weapon named as what was struck or stored is not what struck",
        "Israeli jets struck missile storage facilities near Isfahan overnight, while a drone hit a fuel depot in "
        "Kashan, Iranian officials said.",
        lang="en",
        at={"Isfahan": dict(action="air_strike"), "Kashan": dict(action="drone_strike")},
        world=FULL,
    ),
    Case(
        "a weapon after the noun of its factory is not what struck",
        "Serangan udara Rusia menghantam pabrik drone di Kharkiv, kata gubernur.",
        lang="id",
        at={"Kharkiv": dict(action="air_strike")},
    ),
    Case(
        "who claims responsibility for a strike, or is said to be responsible for it, struck",
        "Israel has claimed responsibility for a series of overnight strikes near Isfahan. Separately, Rusia said "
        "Ukraine was responsible for the blast in Kostiantynivka.",
        lang="en",
        at={"Isfahan": dict(attacker_country="IL"), "Kostiantynivka": dict(attacker_country="UA")},
        world=FULL,
    ),
    Case(
        "who is said to be responsible for a blast struck (Indonesian)",
        "Rusia mengatakan Ukraina bertanggung jawab atas ledakan di Kostiantynivka.",
        lang="id",
        at={"Kostiantynivka": dict(claimant_country="RU", attacker_country="UA")},
        world=FULL,
    ),
    Case(
        "a speaker that says `it` struck tells of its own strike",
        "The US Africa Command said it had conducted an airstrike against Al-Shabaab fighters near Kismayo on "
        "Saturday.",
        lang="en",
        at={"Kismayo": dict(claimant_country="US", attacker_country="US", action="air_strike")},
        world=FULL,
    ),
    Case(
        "a lede in the article's voice tells the account of a state body named with no country word after it",
        "Rebels killed four soldiers in a drone attack on a base in northern Colombia.\n\nThe attack took place in "
        "Aguachica, in Cesar province.\n\nIn a statement, the National Army said the attackers used drones loaded "
        "with explosives.",
        lang="en",
        at={"Aguachica": dict(claimant="National Army", claimant_country="CO")},
        world=FULL,
    ),
    Case(
        "a group of no name of its own, told of by the state it strikes, fights in that state's land",
        "The militia shelled Atbara on Monday, the army said. Separately, militants attacked a police station in "
        "Kosti overnight, police said.",
        lang="en",
        at={"Atbara": dict(attacker_country="SD"), "Kosti": dict(attacker_country="SD")},
        world=FULL,
    ),
    Case(
        "a group of no name of its own in a story of two lands may have come from the other",
        "Militants fired rockets at Sderot on Monday, the army said. The rockets were launched from Gaza.",
        lang="en",
        at={"Sderot": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "the unit that fires a weapon is no store of it",
        "Ukrainian drone units struck an oil refinery in Ryazan overnight, the General Staff said.",
        lang="en",
        at={"Ryazan": dict(action="drone_strike", attacker_country="UA")},
        world=FULL,
    ),
    Case(
        "no one claiming a strike, or someone denying it, is not its attacker; nor troops merely behind a line",
        "No group has claimed responsibility for the bombing in Kabul, police said. Ukraine has not claimed "
        "responsibility for the drone attack on Moscow. Ukrainian troops were behind the front line when shelling hit "
        "Kupiansk, officials said.",
        lang="en",
        at={
            "Kabul": dict(attacker=None),
            "Moscow": dict(attacker_country=None),
            "Kupiansk": dict(attacker=None),
        },
        world=FULL,
    ),
    Case(
        "a distance a comma has left measures from something else",
        "Russian drones hit a village about 60 km from the border, north of Kharkiv, officials said.",
        lang="en",
        drawn=set(),
    ),
    Case(
        "a speaker's `it` as attacker is the speaker by name",
        "AFRICOM said it had conducted an airstrike near Jilib.",
        lang="en",
        at={"Jilib": dict(attacker="AFRICOM")},
        world=FULL,
    ),
    Case(
        "a speaker's `it` that suffered a strike of its clause is not that strike's attacker",
        "The Ukrainian army said it came under heavy shelling near Bakhmut and that it hit a Russian depot near "
        "Horlivka.",
        lang="en",
        at={"Bakhmut": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "a group of no name of its own, told of by a third party, has no state guessed",
        "Militants attacked a police station in Bannu overnight, Reuters reported.",
        lang="en",
        at={"Bannu": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "the agent of a participle set off by commas after an adverb is the attacker",
        "At least 20 people were killed when a drone, allegedly launched by the Sudanese Armed Forces, struck a "
        "convoy near El Fula.",
        lang="en",
        at={"El Fula": dict(attacker_country="SD")},
        world=FULL,
    ),
    Case(
        "a weapon's gloss in brackets does not hide the attacker after it",
        "Serangan pesawat nirawak (drone) Rusia menewaskan tiga orang di kota Kharkiv, kata pejabat setempat.",
        lang="id",
        at={"Kharkiv": dict(attacker_country="RU", action="drone_strike")},
    ),
    Case(
        "the words that qualify an action noun do not hide the attacker after them",
        'Serangan "masif" Rusia pada Selasa malam merusak rumah sakit di Kharkiv, kata pejabat setempat.',
        lang="id",
        at={"Kharkiv": dict(attacker_country="RU")},
    ),
    Case(
        "the words that qualify an action noun do not hide the attacker after them",
        "Serangan drone jarak jauh Rusia merusak gudang di pinggiran Odesa, kata gubernur.",
        lang="id",
        at={"Odesa": dict(attacker_country="RU", action="drone_strike")},
    ),
    Case(
        "weapon words joined by `atau` or `dan` do not hide the attacker after them",
        "Serangan drone atau pesawat tak berawak Rusia di Kharkiv menewaskan tujuh orang, kata gubernur.",
        lang="id",
        at={"Kharkiv": dict(attacker="Rusia", attacker_country="RU", action="drone_strike")},
    ),
    Case(
        "a weapon's maker is not its attacker",
        "Iranian-made drones struck Kharkiv overnight, the governor said.",
        lang="en",
        at={"Kharkiv": dict(attacker=None, attacker_country=None)},
    ),
    Case(
        "a weapon's maker is not its attacker",
        "Russia launched Iranian-made drones at Kharkiv overnight, the governor said.",
        lang="en",
        at={"Kharkiv": dict(attacker="Russia", attacker_country="RU")},
    ),
    Case(
        "a weapon's maker is not its attacker",
        "Gubernur mengatakan drone Shahed buatan Iran itu menghantam rumah-rumah di Kharkiv.",
        lang="id",
        at={"Kharkiv": dict(attacker_country=None)},
    ),
    Case(
        "a name that is an everyday word or a given name, joined by `dan` to a place before it, is a place too",
        "Rusia melancarkan serangan drone ke pelabuhan Izmail dan Reni di Ukraina, kata militer Rumania.",
        lang="id",
        at={"Reni": dict(country_code="UA", attacker_country="RU")},
        world=FULL,
    ),
    Case(
        "a weapon's country is its user when the weapon does the verb after it",
        "Rudal Rusia merusak gedung apartemen di Kyiv, kata pejabat.",
        lang="id",
        at={"Kyiv": dict(attacker="Rusia", attacker_country="RU")},
    ),
    Case(
        "a weapon's country is its user when the weapon does the verb after it",
        "Militer mengatakan telah menembak jatuh drone Shahed Iran yang diluncurkan semalam di atas Kharkiv.",
        lang="id",
        at={"Kharkiv": dict(attacker_country=None)},
    ),
    Case(
        "an ambassador's or an envoy's city is no strike place; an embassy struck is",
        "Thailand responded to the Cambodian rocket attacks by recalling its ambassador from Phnom Penh and expelling "
        "the Cambodian envoy from Bangkok.",
        lang="en",
        absent=("Phnom Penh", "Bangkok"),
        world=FULL,
    ),
    Case(
        "an ambassador's or an envoy's city is no strike place; an embassy struck is",
        "Thailand menanggapi serangan roket Kamboja dengan menarik duta besar mereka dari Phnom Penh dan mengusir "
        "utusan Kamboja dari Bangkok.",
        lang="id",
        absent=("Phnom Penh", "Bangkok"),
        world=FULL,
    ),
    Case(
        "an ambassador's or an envoy's city is no strike place; an embassy struck is",
        "A Russian missile damaged the Polish embassy in Kyiv, officials said.",
        lang="en",
        drawn={"Kyiv"},
    ),
    Case(
        "a name that is all that follows a reporting verb put after the quote is who spoke, not where",
        '"Our crews are still searching for the missing after the strike in Khan Younis," added Mugair.',
        lang="en",
        places=["Khan Younis"],
        at={"Khan Younis": dict(claimant="Mugair")},
        world=FULL,
    ),
    Case(
        "a day or a month opening a phrase is no attacker",
        "Shortly before Wednesday's attack in Erbil, two rockets landed near a base, Iraqi security officials said.",
        lang="en",
        at={"Erbil": dict(attacker=None)},
        world=FULL,
    ),
    Case(
        "a capital that links, blames or accuses in an object-voice clause is its government, not a place struck",
        "Dalam kunjungan ke Bagdad, Menteri Luar Negeri AS mengatakan serangan drone itu, yang Washington kaitkan "
        "dengan Iran, tidak dapat diterima.",
        lang="id",
        absent=("Washington",),
        world=FULL,
    ),
    Case(
        "a frequent word opening a sentence is no speaker; the common spelling of a reporting verb is one",
        "Pentagon mengkonfirmasi serangan drone terjadi di Erbil. Hanya menyebutkan satu drone gagal meledak di Erbil.",
        lang="id",
        at={"Erbil": dict(claimant="Pentagon", claimant_country="US")},
        world=FULL,
    ),
    Case(
        "a name after `alun-alun` (a square) is the square's, not a town's",
        "Di pusat kota Teheran, alun-alun Valiasr juga menjadi sasaran rudal Israel, kata Al Jazeera.",
        lang="id",
        places=["Teheran"],
        world=FULL,
    ),
    Case(
        "a place aid enters or a blockade closes is no strike place; an aid convoy struck in a town is one",
        "The Houthis resumed attacks on shipping because Israel blocked aid entering the Gaza Strip.",
        lang="en",
        absent=("Gaza Strip",),
        world=FULL,
    ),
    Case(
        "a place aid enters or a blockade closes is no strike place; an aid convoy struck in a town is one",
        "Serangan AS dimulai setelah Houthi mengatakan Israel memblokir bantuan yang memasuki Jalur Gaza.",
        lang="id",
        absent=("Jalur Gaza",),
        world=FULL,
    ),
    Case(
        "a place aid enters or a blockade closes is no strike place; an aid convoy struck in a town is one",
        "Serangan Israel menghantam konvoi bantuan kemanusiaan di Rafah, kata kementerian.",
        lang="id",
        drawn={"Rafah"},
        world=FULL,
    ),
    Case(
        "in a page with no date, a strike told of as last year's is history all the same",
        "Asy Syabaab melancarkan serangan di Mogadishu tahun lalu. Serangan drone menghantam Kismayo kemarin, kata "
        "polisi.",
        lang="id",
        published=None,
        places=["Kismayo"],
        world=FULL,
    ),
    Case(
        "a speaker opening a clause of time after the main one speaks for what it says",
        "The strikes came a day after the ministry said seven people were killed in a strike on Tyre.",
        lang="en",
        at={"Tyre": dict(claimant="ministry", claimant_country="LB")},
        world=FULL,
    ),
    Case(
        "a speaker opening a clause of time after the main one speaks for what it says",
        "Serangan itu terjadi sehari setelah kementerian mengatakan tujuh orang tewas dalam serangan di kota Tyre.",
        lang="id",
        at={"Tyre": dict(claimant="kementerian", claimant_country="LB")},
        world=FULL,
    ),
    Case(
        "a speaker opening a clause of time after the main one speaks for what it says",
        "It was the first drone attack on US forces in Erbil, amid rocket attacks on bases that Washington blames on "
        "Iran-backed militias.",
        lang="en",
        drawn={"Erbil"},
        world=FULL,
    ),
    Case(
        "a preposition capitalised inside a title is part of the speaker's name; one after it says where it spoke",
        "Serangan itu merusak enam distrik di Kyiv, kata Menteri Dalam Negeri Ihor Klymenko di Telegram.",
        lang="id",
        at={"Kyiv": dict(claimant="Menteri Dalam Negeri Ihor Klymenko", claimant_country="UA")},
    ),
    Case(
        "a private firm speaks for no state, whatever its home; a state's military body does",
        "A drone hit a tanker near Hodeidah, the British maritime security firm Ambrey said.",
        lang="en",
        at={"Hodeidah": dict(claimant_country=None, claimant_kind="ngo")},
        world=FULL,
    ),
    Case(
        "a private firm speaks for no state, whatever its home; a state's military body does",
        "A drone hit a tanker near Hodeidah, the British military's UKMTO said.",
        lang="en",
        at={"Hodeidah": dict(claimant_country="GB")},
        world=FULL,
    ),
    Case(
        "a capital named as a group's patron is its government, not a place; a place close to a capital is a place",
        "Drones struck a base at Erbil airport. The attack was claimed by militias close to Tehran, officials said.",
        lang="en",
        absent=("Tehran",),
        world=FULL,
    ),
    Case(
        "a capital named as a group's patron is its government, not a place; a place close to a capital is a place",
        "Serangan itu diklaim oleh kelompok yang berafiliasi dengan faksi Irak yang dekat dengan Teheran.",
        lang="id",
        absent=("Teheran",),
        world=FULL,
    ),
    Case(
        "a capital named as a group's patron is its government, not a place; a place close to a capital is a place",
        "Russian drones struck a village close to Kyiv, officials said.",
        lang="en",
        drawn={"Kyiv"},
    ),
    Case(
        "a campaign going on since a date is the background of a report, not one strike",
        "The Houthis have been attacking ships in the Gulf of Aden with missiles and drones since late 2023.",
        lang="en",
        places=[],
        world=FULL,
    ),
    Case(
        "a campaign going on since a date is the background of a report, not one strike",
        "It was the deadliest attack on Kyiv since 2022, officials said. Russian forces have been shelling Kherson "
        "every day, the governor said.",
        lang="en",
        drawn={"Kyiv", "Kherson"},
    ),
    Case(
        "a country after a preposition is no attacker, nor is a number word or a strike word opening the sentence",
        "Serangan drone pada malam hari di Rusia menewaskan dua orang di Belgorod, kata gubernur.",
        lang="id",
        at={"Belgorod": dict(attacker=None, attacker_country=None)},
    ),
    Case(
        "a country after a preposition is no attacker, nor is a number word or a strike word opening the sentence",
        "Dua orang tewas akibat serangan drone di kota Belgorod, kata gubernur.",
        lang="id",
        at={"Belgorod": dict(attacker=None)},
    ),
    Case(
        "a relative clause after an interception tells a strike of the weapon shot down",
        "The army said it had shot down a dozen drones overnight, including one that struck a military site near "
        "Lahore, injuring four soldiers.",
        lang="en",
        at={"Lahore": dict(action="drone_strike", is_drawn_strike=True)},
        world=FULL,
    ),
    Case(
        "a report with no speaker gives the word to the speaker named after it",
        "Sebelumnya dilaporkan Rusia mengatakan ledakan di Kostiantynivka disebabkan rudal Ukraina.",
        lang="id",
        at={"Kostiantynivka": dict(claimant="Rusia", claimant_country="RU")},
        world=FULL,
    ),
    Case(
        "a line naming the article's news source (`Sumber berita:`) speaks for the account in the outlet's voice",
        "Jet tempur menyerang pelabuhan Hodeidah di Yaman pada Kamis malam.\n\nSumber Berita : TV Al-Masirah",
        lang="id",
        at={"Hodeidah": dict(claimant="TV Al-Masirah", claimant_country="YE")},
        world=FULL,
    ),
    Case(
        "`Hal ini dilaporkan oleh X` after a claim gives it X's word",
        "Jet tempur menyerang pelabuhan Hodeidah di Yaman pada Kamis malam. Hal ini dilaporkan oleh saluran TV "
        "Al-Masirah.",
        lang="id",
        at={"Hodeidah": dict(claimant_country="YE", claimant_kind="media")},
        world=FULL,
    ),
    Case(
        "`..., demikian kata X`: the particle between the comma and the speech verb leaves X the speaker",
        "Serangan udara menewaskan 14 orang di Sanaa, demikian kata penduduk pada Selasa.",
        lang="id",
        at={"Sanaa": dict(claimant="penduduk", claimant_kind="witness")},
        world=FULL,
    ),
    Case(
        "a name written with another form of its article is the place's own (`Al-Salif` is `Aş Şalīf`)",
        "Serangan udara AS di Yaman menghantam Al-Salif dan Hodeidah, kata Houthi.",
        lang="id",
        drawn={"Al-Salif", "Hodeidah"},
        world=FULL,
    ),
    *(
        Case(
            "the agent right after a passive verb of firing (`yang dilancarkan X`) is the attacker",
            text,
            lang="id",
            at={place: dict(attacker=attacker, attacker_country=cc)},
            world=FULL,
        )
        for text, place, attacker, cc in [
            (
                "Serangan udara yang dilancarkan koalisi pimpinan Arab Saudi menewaskan 14 orang di Sanaa.",
                "Sanaa",
                "koalisi pimpinan Arab Saudi",
                "SA",
            ),
            ("Serangan rudal yang diluncurkan Rusia menghantam Kharkiv.", "Kharkiv", "Rusia", "RU"),
        ]
    ),
    *(
        Case(
            "a body named as led by a state, a target's too, is that state's when later named bare",
            text,
            lang=lang,
            at={place: dict(claimant_country="US")},
            world=FULL,
        )
        for text, lang, place in [
            (
                "Rockets targeted the US-led coalition's base in Syria. Two rockets struck near Deir ez-Zor, the "
                "coalition said.",
                "en",
                "Deir ez-Zor",
            ),
            (
                "Roket menargetkan pangkalan koalisi pimpinan AS di Suriah. Dua roket jatuh di Deir ez-Zor, kata "
                "koalisi.",
                "id",
                "Deir ez-Zor",
            ),
        ]
    ),
    Case(
        "who shot a weapon down is not accused of launching it, even as the article's one accused state",
        "The Saudi-led coalition said it intercepted a drone over Jizan. The coalition said it struck Houthi camps "
        "in Sanaa.",
        lang="en",
        at={"Jizan": dict(action="interception", attacker_country=None), "Sanaa": dict(attacker_country="SA")},
        world=FULL,
    ),
    Case(
        "namesakes are told apart by their sentence's places first, and a name keeps its place through the article",
        "Soldiers set fire to Naung Wei village on Thursday. Junta jets bombed Thabeikkyin township's Leik Kya "
        "village on Friday, killing four people. The airstrike on Leik Kya village killed 12 civilians, residents "
        "said.",  # a Leik Kya lies beside Naung Wei, 110 km south: not this one
        lang="en",
        rows=Rows(("place", "place_id"), [("Leik Kya", "mimu:218224")] * 2),
        world=FULL,
    ),
    Case(
        "a speaker after `said` is the phrase's head when the whole names none, and the rest names no place struck",
        "Two shells struck the market in Kyaukse, killing three people, said a member of a Pyinoolwin militia under "
        "the arm of the exiled National Unity Government.",
        lang="en",
        drawn={"Kyaukse"},
        absent=("Pyinoolwin",),
        world=FULL,
    ),
    Case(
        "a province after a district the index lacks, named with its unit word first, only locates it",
        "Pakistan membombardir empat daerah di distrik Barmal di provinsi Paktika timur, kata juru bicara Taliban.",
        lang="id",
        absent=("Paktika",),
        world=FULL,
    ),
    Case(
        "an area named before `town of` and a town the index lacks only locates it, a given name though it opens",
        "A drone struck a flour mill in the southern Tigray town of Mai Tsebri on Monday, aid workers said.",
        lang="en",
        absent=("Tigray",),
        world=FULL,
    ),
    Case(
        "a bearing from a capital, named with its area in the possessive, after a village the index lacks locates it",
        "Two people were killed in Hiwane, south of Tigray's capital Mekele, a doctor said.",
        lang="en",
        absent=("Tigray's", "Mekele"),
        world=FULL,
    ),
    *(
        Case(
            "a capital that cuts ties with another is a government, and so is the other",
            text,
            lang=lang,
            drawn={"Port Sudan"},
            world=FULL,
        )
        for text, lang in [
            ("Khartoum cut diplomatic ties with Abu Dhabi after drones hit fuel depots in Port Sudan.", "en"),
            (
                "Khartoum memutus hubungan diplomatik dengan Abu Dhabi setelah drone menghantam depot bahan bakar di "
                "Port Sudan.",
                "id",
            ),
        ]
    ),
    Case(
        "the town a struck suburb is said to be of only locates it",
        "Israeli missiles hit Zakia, a suburb of Damascus, causing damage, state media said.",
        lang="en",
        drawn={"Zakia"},
        world=FULL,
    ),
    *(
        Case(
            "a flying weapon named beside sirens alone, with no toll, set them off and hit nothing told",
            text,
            lang=lang,
            drawn=drawn,
            world=FULL,
        )
        for text, lang, drawn in [
            ("The Houthi missile triggered sirens across the Tel Aviv metropolitan area.", "en", set()),
            ("Rudal Houthi memicu sirene di seluruh Tel Aviv pada Senin.", "id", set()),
            ("A missile hit Haifa, triggering sirens across northern Israel.", "en", {"Haifa"}),
        ]
    ),
    Case(
        "`has been shelled` is a passive: the place before it is struck, no attacker",
        "The governor said Urazovo had been shelled.",
        lang="en",
        at={"Urazovo": dict(action="shelling", attacker=None, is_drawn_strike=True)},
        world=FULL,
    ),
    Case(
        "a village the text calls a locality of a region is its namesake there, none of the spellings alike abroad",
        "A local man was killed by a Ukrainian drone strike in Shchetinovka, a locality in Russia's Belgorod region, "
        "the governor said.",  # the Belgorod village, no Ukrainian Shcherbynivka
        lang="en",
        at={"Shchetinovka": dict(country_code="RU")},
        world=FULL,
    ),
    Case(
        "a town the text places in a district of another country is none of its namesakes, even a large one",
        "An Israeli strike in the town of Toul in the Nabatieh district injured two people, the ministry said.",
        lang="en",
        absent=("Toul",),
        world=FULL,
    ),
    *(
        Case(
            "a strike told as what set off a war is its history: the article accuses no one of it now",
            text,
            lang=lang,
            at={"Sderot": dict(action="rocket_attack", attacker_country=None)},
            world=FULL,
        )
        for text, lang in [
            (
                "The war was triggered by a surprise attack on southern Israel by Hamas. Rockets hit Sderot on Monday.",
                "en",
            ),
            (
                "Perang itu dipicu oleh serangan mendadak ke Israel selatan oleh Hamas. Roket menghantam Sderot pada "
                "Senin.",
                "id",
            ),
        ]
    ),
    Case(
        "an area opening the clause after an opener (`Di tempat lain`) only sets the scene of the place after it",
        "Di tempat lain di provinsi Anbar, Irak barat, dua drone menyerang Pangkalan Udara Ain al-Asad.",
        lang="id",
        drawn={"Ain al-Asad"},
        world=FULL,
    ),
    *(
        Case(
            "who fired a weapon that was shot down is accused of it, not who shot it down",
            text,
            lang=lang,
            at={"Tel Aviv": dict(action="interception", attacker_country="LB")},
            world=FULL,
        )
        for text, lang in [
            ("Hezbollah fired a ballistic missile at Tel Aviv, but it was intercepted by Israeli air defences.", "en"),
            ("Hizbullah menembakkan rudal balistik ke Tel Aviv, tetapi rudal itu dicegat oleh Israel.", "id"),
        ]
    ),
    Case(
        "air defences that fire at weapons accuse no one: their side is no attacker of the article's strikes",
        "Sistem pertahanan AS meluncurkan beberapa roket ke udara di Baghdad.\n\nSebuah drone menghantam pangkalan "
        "udara Ain al-Asad pada Senin.",
        lang="id",
        at={"Ain al-Asad": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "a region named as one beside another of a list lies in none of them, though found as its town",
        "Eleven drones were destroyed by air defence systems, one of them over the territory of Kaluga region and 10 "
        "over Kursk region, Russia's defence ministry said.",
        lang="en",
        places=["Kaluga", "Kursk"],
        at={"Kursk": dict(attacker=None)},  # `Eleven` (drones) is a count, never an actor
        world=FULL,
    ),
    *(
        Case(
            "a word that downs weapons tells of an interception only when said of one (`neutralized 29 bandits`)",
            text,
            lang=lang,
            at={"Bakori": dict(action="air_strike")},
            world=FULL,
        )
        for text, lang in [
            ("The Nigerian Air Force neutralized 29 bandits in an intense airstrike near Bakori on Tuesday.", "en"),
            ("Pasukan menetralisir 20 teroris dalam serangan udara di Bakori.", "id"),
        ]
    ),
    Case(
        "where the wounded were airlifted is no strike place",
        "Shelling wounded two sisters in Poonch, who were airlifted to a hospital in Jammu, police said.",
        lang="en",
        drawn={"Poonch"},
        world=FULL,
    ),
    Case(
        "an English name quoted in an Indonesian article keeps its kind: doctors are no government",
        "Serangan drone menghantam kendaraan di dekat kota Rahad, kata Sudan Doctors Network.",
        lang="id",
        at={"Rahad": dict(claimant="Sudan Doctors Network", claimant_country=None)},
        world=FULL,
    ),
    Case(
        "where an air raid was carried out from is its launch site (`dilakukan dari`)",
        "Serangan udara dilakukan dari timur laut Beirut, dan rudal menghantam Homs, kata SANA.",
        lang="id",
        drawn={"Homs"},
        world=FULL,
    ),
    Case(
        "a sentence opening with the month a campaign began, however its clause says it, tells the campaign",
        "Since Ukraine launched its counter-offensive in early June, Russia has weathered waves of drone attacks "
        "that have damaged buildings, including in Moscow.",
        lang="en",
        published=None,  # no date to measure the month against
        absent=("Moscow",),
        world=FULL,
    ),
    *(
        Case(
            "a clause that tells a pattern of strikes (`regularly`, `secara teratur`) reports no one strike",
            text,
            lang=lang,
            drawn=set(),
            world=FULL,
        )
        for text, lang in [
            ("Pakistani troops regularly shell villages in Poonch, officials say.", "en"),
            ("Kedua negara secara teratur terlibat baku tembak di sepanjang Garis Kontrol di Kashmir.", "id"),
        ]
    ),
    *(
        Case(
            "a member of parliament is an official, who speaks for the state of the places told",
            text,
            lang=lang,
            at={"Kapan": dict(claimant_kind="official", claimant_country="AM")},
            world=FULL,
        )
        for text, lang in [
            ("Anna Grigorian, an MP, also says Azerbaijan has attacked the town of Kapan.", "en"),
            ("Seorang anggota parlemen mengatakan Azerbaijan menyerang kota Kapan.", "id"),
        ]
    ),
    Case(
        "the state an article accuses is not accused of strikes in a land none of its told strikes hit",
        "Israeli strikes pounded Gaza City on Monday, killing 20, the health ministry said. Elsewhere, two rockets "
        "hit Ain al-Asad air base in Iraq, officials said.",
        lang="en",
        at={"Gaza City": dict(attacker_country="IL"), "Ain al-Asad": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "of states accused about as often, the one whose told strikes alone hit a land is accused of its other strikes",
        "US warplanes struck Sanaa on Monday. Israeli jets struck Beirut on Sunday. An airstrike also hit Hodeidah "
        "airport, residents said.",
        lang="en",
        at={"Hodeidah": dict(attacker_country="US")},
        world=FULL,
    ),
    *(
        Case(
            "a village named as one in none of the provinces the article names is a namesake elsewhere, not drawn",
            text,
            lang=lang,
            drawn={"Novaya Tavolzhanka"},  # the province adds no point beside a village inside it
            absent=("Sereda",),  # Furmanov's old name: a town 600 km north
            world=FULL,
        )
        for text, lang in [
            (
                "Ukrainian drones attacked Russia's Belgorod Region overnight, the governor said. Mortar shells were "
                "fired at the village of Sereda, and artillery hit the village of Novaya Tavolzhanka.",
                "en",
            ),
            (
                "Drone Ukraina menyerang wilayah Belgorod, Rusia, kata gubernur. Mortir ditembakkan ke desa Sereda, "
                "dan artileri menghantam desa Novaya Tavolzhanka.",
                "id",
            ),
        ]
    ),
    Case(
        "a quoted paragraph after one that ends naming its speaker is that speaker's, as is the next quoted one",
        "Armenian troops opened fire overnight, the Ministry of Defence of Azerbaijan said in a statement.\n\n"
        '"In particular, Armenian units fired on houses in Tovuz district."\n\n'
        '"Armenian units also shelled Gadabay."\n\n'
        "Shelling also hit Aghdam, residents said.",
        lang="en",
        at={
            "Tovuz": dict(claimant_country="AZ", attacker_country="AM"),
            "Gadabay": dict(claimant_country="AZ"),
            "Aghdam": dict(claimant_country=None),
        },
        world=FULL,
    ),
    *(
        Case(
            "`the enemy` a state's speaker blames is the one other state the article names; of two others, neither",
            text,
            lang=lang,
            at={"Tovuz": dict(claimant_country="AZ", attacker_country=attacker)},
            world=FULL,
        )
        for text, lang, attacker in [
            (
                "The enemy shelled houses in Tovuz district overnight, the Ministry of Defence of Azerbaijan said. "
                "Armenia denied it.",
                "en",
                "AM",
            ),
            (
                "Musuh menembaki rumah-rumah di kota Tovuz di Azerbaijan barat, kata Kementerian Pertahanan "
                "Azerbaijan. Armenia membantahnya.",
                "id",
                "AM",
            ),
            (
                "The enemy shelled houses in Tovuz district overnight, the Ministry of Defence of Azerbaijan said. "
                "Armenia and Iran denied it.",
                "en",
                None,
            ),
        ]
    ),
    Case(
        "a list of speakers after an appositive speaks for its first named one; `the channel` then is that outlet",
        "Air strikes hit Hodeidah port on Friday, Al Masirah TV, the satellite channel run by the Houthi movement "
        "that controls much of the north, and residents said. Strikes also hit Dhamar, the channel added.",
        lang="en",
        at={
            "Hodeidah": dict(claimant="Al Masirah TV", claimant_country="YE"),
            "Dhamar": dict(claimant_country="YE"),
        },
        world=FULL,
    ),
    *(
        Case(
            "a fighters' patron is not who fired (`Iran-aligned`, `backed by Iran`, `yang didukung Iran`)",
            text,
            lang=lang,
            at={"Erbil": dict(attacker=attacker, attacker_country=None)},
            world=FULL,
        )
        for text, lang, attacker in [
            ("Iran-aligned militias fired rockets at Erbil airport.", "en", "Iran-aligned militias"),
            ("Militias backed by Iran fired rockets at Erbil airport.", "en", "Militias backed by Iran"),
            ("Milisi yang didukung Iran menembakkan roket ke bandara Erbil.", "id", "Milisi yang didukung Iran"),
        ]
    ),
    Case(
        "where ships are rerouted away from is no place struck",
        "The Houthi attacks have drawn retaliatory strikes and disrupted global trade as ship owners reroute vessels "
        "away from the Red Sea and Suez Canal.",
        lang="en",
        absent=("Red Sea",),
        world=FULL,
    ),
    Case(
        "a province named by its own name names its country: a town's namesake there beats one in the attacker's land",
        "India's firing across the Line of Control wounded two children in Azad Jammu and Kashmir on Saturday, "
        "officials said. Indian troops also shelled Bagh.",
        lang="en",
        at={"Bagh": dict(country_code="PK", attacker_country="IN")},
        world=FULL,
    ),
    *(
        Case(
            "state bodies known by their own names speak for their states (`ISPR`, `AFRICOM`)",
            text,
            lang=lang,
            at={place: dict(claimant_country=state)},
            world=FULL,
        )
        for text, lang, place, state in [
            ("Indian troops shelled Kotli on Friday, ISPR said.", "en", "Kotli", "PK"),
            ("Pasukan India menembaki Kotli pada hari Jumat, kata ISPR.", "id", "Kotli", "PK"),
            ("An airstrike hit an al-Shabaab camp near Jilib on Tuesday, AFRICOM said.", "en", "Jilib", "US"),
        ]
    ),
    Case(
        "`..., laporan X` (X's report) after a comma names the speaker",
        "Serangan udara menghantam Saada pada Sabtu malam, menewaskan 13 orang, laporan saluran televisi "
        "al-Masirah TV yang dikelola Houthi.",
        lang="id",
        at={"Saada": dict(claimant_country="YE")},
        world=FULL,
    ),
    Case(
        "a frequent word capitalised because it opens the text after a dateline is no attacker; a bracketed short "
        "name closes the attacker",
        "Sanaa: Pesawat jet tempur Amerika Serikat (AS) telah melancarkan serangan udara di Saada.",
        lang="id",
        at={"Saada": dict(attacker="Amerika Serikat (AS)", attacker_country="US")},
        world=FULL,
    ),
    Case(
        "a province the article names in its own voice adds no point when a strike is drawn in a town inside it, "
        "however far from the province's point",
        "An airstrike on a Buddhist monastery in Myanmar's central Sagaing region killed at least 23 people. The "
        "attack hit the monastery in Lin Ta Lu village, in Sagaing region's Sagaing township, a member of a "
        "resistance group said.",
        lang="en",
        rows=Rows(
            ("place", "claimant"),
            [("Lin Ta Lu", "member of a resistance group"), ("Sagaing", "member of a resistance group")],
        ),
        world=FULL,
    ),
    *(
        Case(
            "a governor's province is the scene of a drone strike it tells of naming no place",
            text,
            lang=lang,
            at={place: dict(claimant_country="RU", action="drone_strike")},
            world=FULL,
        )
        for text, lang, place in [
            (
                "The governor of the Volgograd region, Andrei Bocharov, said an oil depot caught fire after a drone "
                "attack.",
                "en",
                "Volgograd",
            ),
            (
                "Andrei Bocharov, gubernur wilayah Volgograd, mengatakan sebuah depot minyak terbakar akibat serangan "
                "drone.",
                "id",
                "Volgograd",
            ),
        ]
    ),
    Case(
        "a dateline of two places joined by a slash and the day, with no dash after it, is where the story was filed",
        "Gaza/Jerusalem, June 7 At least 13 Palestinians were killed in Israeli bombing of a house in Khan Younis, "
        "medics said.",
        lang="en",
        drawn={"Khan Younis"},
        absent=("Jerusalem",),
        world=FULL,
    ),
    Case(
        "a plural unit word after a list makes each name of it that unit (`Zamfara and Katsina states`)",
        "Air strikes killed bandits in Zamfara and Katsina states on Sunday, military sources said.",
        lang="en",
        rows=Rows(("place", "feature_code"), [("Zamfara", "ADM1"), ("Katsina", "ADM1")]),
        world=FULL,
    ),
    Case(
        "what a `since` phrase names is the time of the report, no place struck",
        "El-Fasher has endured intensified RSF attacks since the army recaptured Khartoum in March.",
        lang="en",
        published=None,  # no date to tell March's strikes from the report's
        absent=("Khartoum",),
        world=FULL,
    ),
    Case(
        "a town after a strike word is its object, though the next verb's subject phrase runs into its name; a number "
        "word opening the sentence is no attacker",
        "Fourteen rockets were fired at Ain al-Asad airbase and the remaining rockets exploded on a truck, the "
        "media cell added.",
        lang="en",
        at={"Ain al-Asad": dict(attacker=None)},
        world=FULL,
    ),
    Case(
        "number words up to ninety count the dead",
        "Forty people were killed in an airstrike on Khan Younis, medics said.",
        lang="en",
        at={"Khan Younis": dict(fatalities=40)},
        world=FULL,
    ),
    *(
        Case(
            "whose figures the toll is (`figures released by X`, `data yang dirilis oleh X`) speaks; a title-case "
            "name may hold a place preposition",
            text,
            lang=lang,
            at={"Bint Jbeil": dict(claimant_country="LB")},
            world=FULL,
        )
        for text, lang in [
            (
                "An Israeli drone strike killed five people in Bint Jbeil, according to figures released by the "
                "Lebanese health ministry.",
                "en",
            ),
            (
                "Serangan drone Israel menewaskan lima orang di Bint Jbeil, menurut data awal yang dirilis oleh Pusat "
                "Operasi Darurat Kesehatan di Kementerian Kesehatan Masyarakat Lebanon.",
                "id",
            ),
        ]
    ),
    Case(
        "an aim phrase after where the struck thing stands locates it (`positions stationed in the direction of X`); "
        "`X reports per Y` names Y",
        "Armenian forces shelled positions of the Azerbaijani army stationed in the direction of the Kalbajar "
        "district, Azernews reports per the Defense Ministry.",
        lang="en",
        at={"Kalbajar": dict(claimant="Defense Ministry", claimant_country="AZ")},
        world=FULL,
    ),
    Case(
        "`saying it had carried out strikes`: the agent of a light verb ending in a particle, after a report word",
        "Mali's army did not respond to requests for comment.\n\nIt released a statement later on Tuesday saying it "
        "had carried out strikes on the camp in Kidal.",
        lang="en",
        at={"Kidal": dict(attacker_country="ML")},
        world=FULL,
    ),
    *(
        Case(
            "a coalition led by a state, as the agent after `by`, is that state's",
            text,
            lang=lang,
            at={"Sanaa": dict(attacker_country="SA")},
            world=FULL,
        )
        for text, lang in [
            ("Air strikes on Sanaa by the military coalition led by Saudi Arabia killed dozens of rebels.", "en"),
            (
                "Serangan udara di Sanaa oleh koalisi militer yang dipimpin Arab Saudi menewaskan puluhan pemberontak.",
                "id",
            ),
        ]
    ),
    Case(
        "media a state owns (`media milik Arab Saudi`) speak for it",
        "Media milik Arab Saudi Al-Ekhbariya mengatakan dua komandan tewas dalam serangan di Sanaa.",
        lang="id",
        at={"Sanaa": dict(claimant_country="SA")},
        world=FULL,
    ),
    Case(
        "what a speaker's province borders says where it lies, not which state the speaker speaks for",
        "Gubernur wilayah Kursk yang terletak di sebelah perbatasan Ukraina mengatakan, sebuah drone menabrak "
        "gedung apartemen di kota Kursk.",
        lang="id",
        at={"Kursk": dict(claimant_country="RU")},
        world=FULL,
    ),
    *(
        Case(
            "a clause telling targets of recent days tells a pattern, no one strike",
            text,
            lang=lang,
            absent=("Moscow", "Moskwa"),
            world=FULL,
        )
        for text, lang in [
            (
                "Moskwa dan wilayah-wilayah Rusia lainnya menjadi target rentetan serangan drone Ukraina dalam "
                "beberapa hari terakhir.",
                "id",
            ),
            (
                "Moscow and other Russian regions have been the target of a barrage of Ukrainian drone attacks in "
                "recent days.",
                "en",
            ),
        ]
    ),
    Case(
        "whom a report quotes as saying speaks (`The website quoted X as saying`)",
        "A local website quoted Kharkiv governor Oleh Syniehubov as saying that a missile hit a school in Chuhuiv.",
        lang="en",
        at={"Chuhuiv": dict(claimant="Kharkiv governor Oleh Syniehubov", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "`the incident occurred in X` tells the strike just told again, at X; how a speaker wrote, set off by commas, "
        "is not the speaker",
        "A Ukrainian drone attack on Saturday in the Bryansk region injured one person, the region's governor said.\n\n"
        "The governor, Alexander Bogomaz, writing on the Telegram messaging app, said the incident occurred in the "
        "town of Trubchevsk.",
        lang="en",
        at={"Trubchevsk": dict(claimant="Alexander Bogomaz", claimant_country="RU", action="drone_strike")},
        world=FULL,
    ),
    Case(
        "a word of time after a speaker's name is not part of it",
        "Kherson governor Oleksandr Prokudin said Russian shelling hit Beryslav. Prokudin earlier reported that "
        "drones struck Kherson.",
        lang="en",
        at={"Kherson": dict(claimant="Prokudin", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a village word before a list names each of it a village, so each is held to the provinces the article names",
        "Jet tempur militer Myanmar membombardir Kotapraja Momauk, Negara Bagian Kachin, pada Rabu. Tiga warga sipil "
        "tewas saat peluru artileri militer mendarat di desa Myohaung, Myothit, dan Sihike.",
        lang="id",
        drawn={"Momauk"},
        absent=("Myothit",),  # a namesake in Magway, 450 km south
        world=FULL,
    ),
    *(
        Case(
            "two capitals joined before one verb of governments (`New Delhi and Islamabad are trying`) are governments",
            text,
            lang=lang,
            absent=("New Delhi", "Islamabad"),
            world=FULL,
        )
        for text, lang in [
            (
                "Pembunuhan dan bentrokan pada LoC datang pada saat New Delhi dan Islamabad sedang mencoba untuk "
                "menormalkan hubungan.",
                "id",
            ),
            (
                "The killings and clashes along the LoC came as New Delhi and Islamabad were trying to normalise "
                "relations.",
                "en",
            ),
        ]
    ),
    Case(
        "a province adds no point when a speaker of the same state tells a strike of its kind in a town inside it",
        "Russian missile strikes on Ukraine's eastern region of Kharkiv killed at least 11 people, local authorities "
        "said. Nine people were killed in Kharkiv city and two in Chuhuiv, according to Oleh Syniehubov, the "
        "regional governor.",
        lang="en",
        rows=Rows(("place", "claimant"), [("Kharkiv", "Oleh Syniehubov"), ("Chuhuiv", "Oleh Syniehubov")]),
        world=FULL,
    ),
    Case(
        "a village placed in a part of a province (`in the southern countryside of Idlib`) is none of its namesakes "
        "abroad, however large",
        "Seven civilians were killed in shelling on the village of Sarja in the southern countryside of Idlib, "
        "rescuers said.",
        lang="en",
        absent=("Sarja",),  # Sharjah, 1.8 million people, in the Emirates
        world=FULL,
    ),
    *(
        Case(
            "strikes counted over a period of months are a statistic, no one strike; a span of hours is no period",
            text,
            lang=lang,
            drawn=drawn,
            world=FULL,
        )
        for text, lang, drawn in [
            (
                "The group said the junta conducted at least 343 airstrikes between January and June 2023 in Kayah "
                "State.",
                "en",
                set(),
            ),
            (
                "Kelompok itu mengatakan junta melancarkan sedikitnya 343 serangan udara antara Januari dan Juni 2023 "
                "di Negara Bagian Kayah.",
                "id",
                set(),
            ),
            (
                "On December 14, from 1750 to 2245, Armenian units shelled the town of Tovuz, the ministry said.",
                "en",
                {"Tovuz"},
            ),
        ]
    ),
    Case(
        "a toll summed since an event (`have been killed since Israel resumed its campaign`) is a statistic",
        "The health ministry in Gaza reports that at least 2,396 people have been killed since Israel resumed its "
        "campaign.",
        lang="en",
        absent=("Gaza",),
        world=FULL,
    ),
    Case(
        "a speaker who confirms the strike claims the one place struck so far, however far back it was told",
        "An Israeli strike on Khan Younis killed 11 people, WAFA said.\n\nRescuers searched the rubble with their "
        "bare hands.\n\nAn Israeli army spokesperson confirmed the strike, saying it targeted a Hamas member.",
        lang="en",
        rows=Rows(("place", "claimant_country"), [("Khan Younis", "PS"), ("Khan Younis", "IL")]),
        world=FULL,
    ),
    Case(
        "`hit the base` is the air base named last; weapons brought down entering it are no hit; Russia Today "
        "speaks for Russia",
        "US forces shot down a drone near Ain al-Asad air base. Forces inside the base brought down the drone "
        "entering the base with counter-rocket systems. Russia Today Arabic Channel reported that one drone had hit "
        "the base.",
        lang="en",
        rows=Rows(
            ("place", "action", "claimant_country"),
            [("Ain al-Asad", "interception", None), ("Ain al-Asad", "drone_strike", "RU")],
            drawn=False,
        ),
        world=FULL,
    ),
    Case(
        "`the strike hit ...` told by a second speaker is the one strike the article told, in whatever paragraph",
        "The US military said it bombed a command centre in Sanaa late on Monday.\n\nThe Houthi media office "
        "said the strike hit part of the defence ministry's compound.",
        lang="en",
        rows=Rows(("place", "claimant_country"), [("Sanaa", "US"), ("Sanaa", "YE")]),
        world=FULL,
    ),
    Case(
        "`serangan itu menghantam ...` told by a second speaker is the one strike the article told",
        "Militer Israel mengatakan pesawatnya menyerang Khan Younis pada Senin.\n\nKementerian kesehatan Gaza "
        "mengatakan serangan itu menghantam sebuah rumah keluarga.",
        lang="id",
        rows=Rows(("place", "claimant_country"), [("Khan Younis", "IL"), ("Khan Younis", "PS")]),
        world=FULL,
    ),
    Case(
        "the speaker inside an object relative (`shrapnel that the military said was ...`) is its subject",
        "The Israeli military said it intercepted the missile. However, shrapnel that the military said was "
        "likely from an interceptor fell on a home in Ashdod.",
        lang="en",
        rows=Rows(("place", "claimant"), [("Ashdod", "military")], drawn=False),
        world=FULL,
    ),
    Case(
        "a group the lexicon knows the home of speaks for it in whichever spelling (`the Huthis`, `Huthi media`)",
        "The Huthis said US strikes hit Saada. Huthi media said a strike hit Sanaa.",
        lang="en",
        rows=Rows(("claimant", "claimant_country"), [("Huthis", "YE"), ("Huthi media", "YE")]),
        world=FULL,
    ),
    Case(
        "the places listed on short lines after a claim that introduces them are that claim's strike places",
        "Ukraine's air force said Russian missiles struck three cities overnight:\nKharkiv: two people injured\n"
        "Odesa: a port building damaged\nDnipro: one person killed\nOfficials gave no more details.",
        lang="en",
        rows=Rows(
            ("place", "claimant_country", "attacker_country"),
            [("Kharkiv", "UA", "RU"), ("Odesa", "UA", "RU"), ("Dnipro", "UA", "RU")],
        ),
        world=FULL,
    ),
    Case(
        "a weapon shot down told by a speaker placed in a town naming no place of its own is shot down there",
        "Officials in Belgorod said air defences shot down two Ukrainian drones overnight.",
        lang="en",
        rows=Rows(("place", "action", "attacker_country"), [("Belgorod", "interception", "UA")], drawn=False),
        world=FULL,
    ),
    Case(
        "`wounded in the attack` (`terluka dalam serangan itu`) told by a second speaker is the one strike told",
        "A Russian missile destroyed a police building in Kryvyi Rih, the mayor said.\n\nThe interior minister said "
        "54 people were wounded in the attack.",
        lang="en",
        rows=Rows(("place", "claimant"), [("Kryvyi Rih", "mayor"), ("Kryvyi Rih", "interior minister")]),
        world=FULL,
    ),
    Case(
        "`terluka dalam serangan itu` told by a second speaker is the one strike told",
        "Rudal Rusia menghancurkan gedung polisi di Kryvyi Rih, kata wali kota.\n\nMenteri dalam negeri mengatakan "
        "54 orang terluka dalam serangan itu.",
        lang="id",
        rows=Rows(("place", "claimant"), [("Kryvyi Rih", "wali kota"), ("Kryvyi Rih", "Menteri")]),
        world=FULL,
    ),
    Case(
        "a perfect toll summed since a date (`yang telah menewaskan ... sejak Oktober 2023`) is a campaign",
        "Eskalasi ini terjadi setelah serangan Israel di Gaza, yang telah menewaskan lebih dari 40.000 orang sejak "
        "Oktober 2023.",
        lang="id",
        absent=("Gaza",),
        world=FULL,
    ),
    Case(
        "an event told after `after` and dated weeks before publication is what the report follows on; the day "
        "before stays a strike",
        "Israeli strikes killed nine people in Nabatieh on Friday. Fears of war have grown amid exchanges of fire at "
        "the border, especially after the killing of a Hezbollah commander in Beirut on July 30. Israel struck Tyre "
        "on Friday after Hezbollah fired rockets at Haifa on Thursday.",
        lang="en",
        published="2024-08-17",
        drawn={"Nabatieh", "Tyre", "Haifa"},
        world=FULL,
    ),
    Case(
        "`setelah pembunuhan ... di Beirut pada 30 Juli`, weeks before publication, is what the report follows on",
        "Serangan udara Israel menewaskan sembilan orang di Nabatieh pada Jumat. Kekhawatiran akan perang meningkat "
        "di tengah aksi saling serang di perbatasan, terutama setelah pembunuhan komandan Hizbullah di Beirut pada "
        "30 Juli.",
        lang="id",
        published="2024-08-17",
        absent=("Beirut",),
        world=FULL,
    ),
    Case(
        "the state named in the object of `the strike on` (`the US military base`) is the target's, not the attacker",
        "A drone hit a military base at the airport in Erbil, the Iraqi military said. The general called the strike "
        "on the US military base a terrorist attack.",
        lang="en",
        rows=Rows(("place", "attacker_country"), [("Erbil", None)]),
        world=FULL,
    ),
    Case(
        "a town that names a school the text places elsewhere (`Kafr Qasim School in the Al Shati camp`) is no strike "
        "place",
        "Israeli shelling hit the Kafr Qasim School in the Al Shati refugee camp in Gaza City, the civil defence said.",
        lang="en",
        drawn={"Al Shati"},  # the camp, which the town after it only locates
        world=FULL,
    ),
    Case(
        "`Sekolah Kafr Qasim di kamp pengungsi Al Shati`: the town names the school, it is no strike place",
        "Israel menggempur Sekolah Kafr Qasim di kamp pengungsi Al Shati di Kota Gaza, kata pertahanan sipil.",
        lang="id",
        absent=("Kafr Qasim",),
        world=FULL,
    ),
    Case(
        "a lower-case body of the last speaker's kind takes its state only when it is a word of that speaker's name "
        "(`the civil defence agency` after `the Israeli military` is another body)",
        "The Israeli military said it was targeting militants.\n\nThe civil defence agency said an Israeli strike in "
        "Gaza City had killed 21 people.",
        lang="en",
        rows=Rows(("place", "claimant_country"), [("Gaza City", "PS")]),
        world=FULL,
    ),
    Case(
        "a state the article accuses too shoots down drones nobody is said to own; the agent after `by` ends before "
        "the next verb",
        "The Syrian army shot down eight drones over the Hama countryside, state media said. Rebel sources said "
        "rockets fired by the Syrian army killed four people in Idlib. Residents said a Russian strike hit a camp in "
        "Saraqeb. Russian jets also bombed the town of Sarmin, rescuers said.",
        lang="en",
        rows=Rows(
            ("place", "attacker", "attacker_country"),
            [
                ("Hama", None, None),
                ("Idlib", "the Syrian army", "SY"),
                ("Saraqeb", "Russian", "RU"),
                ("Sarmin", "Russian", "RU"),
            ],
            drawn=False,
        ),
        world=FULL,
    ),
    Case(
        "a front-line `sector` named for a town is an area: one of a district is none of the town's namesakes far off",
        "Army spokesperson Col Rajesh Kalia said Pakistan initiated unprovoked shelling in Rampur sector of "
        "Baramulla district.",
        lang="en",
        absent=("Rampur", "Rāmpur"),
        world=FULL,
    ),
    Case(
        "a town's airport after the town's possessive (`Tripoli's Mitiga airport`) is the strike place, no locator",
        "Pro-government forces reported new overnight air strikes on Tripoli's Mitiga airport.",
        lang="en",
        drawn={"Mitiga"},
        world=FULL,
    ),
    Case(
        "weapons launched from a town of the struck land, by no one named, are not the strikes the article blames a "
        "state for",
        "Russian jets bombed Saraqeb on Tuesday, rescuers said. Russian jets also struck Sarmin, residents said. The "
        "army said villages near Hama had come under attack from drones flying from Idlib city.",
        lang="en",
        rows=Rows(("place", "attacker_country"), [("Saraqeb", "RU"), ("Sarmin", "RU"), ("Hama", None)]),
        world=FULL,
    ),
    Case(
        "a clash of two sides (`government troops and M23 rebels exchanged fire`) accuses neither of a shell after it",
        "Government troops and M23 rebels exchanged heavy weapons fire outside the city for a third day. A shell "
        "landed in Goma on Wednesday, killing a girl, a rights group said.",
        lang="en",
        rows=Rows(("place", "attacker_country"), [("Goma", None)]),
        world=FULL,
    ),
    Case(
        "a sentence that opens by saying it gives background (`Untuk diketahui,`, `For context,`) tells no strike",
        "Serangan udara menewaskan 14 orang di Sanaa, kata penduduk. Untuk diketahui, UEA telah melatih pasukan "
        "Yaman yang bergabung dalam pertempuran melawan Houthi di Marib.",
        lang="id",
        drawn={"Sanaa"},
        world=FULL,
    ),
    Case(
        "`For context,` opens background: the fighting it tells of is no strike of the report",
        "Air strikes killed 14 people in Sanaa, residents said. For context, the UAE has trained Yemeni forces who "
        "joined the fighting against the Houthis in Marib.",
        lang="en",
        drawn={"Sanaa"},
        world=FULL,
    ),
    Case(
        "settlements struck in towns told as regions the index has no province of (Azerbaijan's districts) are drawn "
        "at the towns; in a province they are no point",
        "Armenian armed forces fired mortars at settlements in Tartar and Aghdam regions, the Azerbaijani Defense "
        "Ministry said. Russian forces shelled 12 settlements in the Donetsk region, Ukraine's military said.",
        lang="en",
        drawn={"Tartar", "Aghdam"},
        world=FULL,
    ),
    Case(
        "two speakers of two states joined in one phrase each claim the clause; a quantifier ending in -nya "
        "(`Setidaknya`) is no one's own side",
        "Setidaknya 10 roket telah mendarat di pangkalan udara Ain al-Asad di provinsi Anbar, menurut militer Irak dan "
        "pasukan koalisi pimpinan AS.",
        lang="id",
        rows=Rows(("claimant_country", "attacker_country"), [("IQ", None), ("US", None)]),
        world=FULL,
    ),
    Case(
        "`according to the Iraqi military and the US-led coalition`: each speaker claims the strike",
        "At least 10 rockets landed on Ain al-Asad air base in western Iraq, according to the Iraqi military and the "
        "US-led coalition.",
        lang="en",
        rows=Rows(("claimant", "claimant_country"), [("Iraqi military", "IQ"), ("US-led coalition", "US")]),
        world=FULL,
    ),
    Case(
        "in an undated page, an event after `setelah` reaching back a month (`bulan lalu`) is what the report "
        "follows on",
        "Serangan udara AS menewaskan 13 orang di Hodeidah, kata Al-Masirah. Houthi melanjutkan serangan setelah "
        "Israel kembali menggempur wilayah Gaza bulan lalu.",
        lang="id",
        published=None,
        absent=("Gaza",),
        world=FULL,
    ),
    Case(
        "a region of no administration as wide as Kashmir is no strike point; a narrower one (South Lebanon) is",
        "Indian shelling killed two civilians in Kashmir on Monday, Pakistani officials said. Israeli strikes hit "
        "South Lebanon on Monday, the health ministry said.",
        lang="en",
        drawn={"South Lebanon"},
        world=FULL,
    ),
    Case(
        "an auxiliary before a speaker's adverb is no part of the speaker (`Israel had previously warned`)",
        "Israel had previously warned it would hit back after Iran fired missiles at Israel, in response to a "
        "suspected Israeli bombing of its consular complex in Damascus.",
        lang="en",
        published="2024-04-19",
        rows=Rows(("claimant",), [("Israel",)], drawn=False),
        world=FULL,
    ),
    Case(
        "a quote before its speaker is what was said, not part of the speaker; whom a speaker `told` is no speaker",
        '"The drone hit a house in Kharkiv, killing two," the regional governor, Oleh Syniehubov, told reporters. '
        '"Most of the victims were women," a medical worker at the hospital told reporters after drones struck Izium.',
        lang="en",
        rows=Rows(("claimant",), [("Oleh Syniehubov",), ("Oleh Syniehubov",)]),
        world=FULL,
    ),
    Case(
        "`accused the army of its own deadly attacks`: the one accused is the army, not `its own`",
        "The opposition and rescuers accused the Syrian army of its own deadly attacks on opposition-held Idlib city.",
        lang="en",
        rows=Rows(("attacker", "attacker_country"), [("Syrian army", "SY")]),
        world=FULL,
    ),
    Case(
        "a place after `from` that follows a person (`34-year-old Zeed Mazarib from Zarzir`) is the person's home, "
        "not where the strike was",
        "The army said one of its soldiers, 34-year-old Zeed Mazarib from Zarzir in northern Israel, was killed in "
        "Khan Younis.",
        lang="en",
        absent=("Zarzir",),
        world=FULL,
    ),
    Case(
        "weapons named only after a verb of finding them (`recovered a launcher and unfired rocket`) are no strike; a "
        "rocket that hit is",
        "Iraqi security forces said they recovered a launcher and an unfired rocket in a neighbourhood of Baghdad. "
        "A rocket hit a house in Kharkiv, police said.",
        lang="en",
        drawn={"Kharkiv"},
        world=FULL,
    ),
    Case(
        "a part of an area (`Gaza utara`) is no town told again, though a town the article draws lies near it",
        "Juru bicara Pertahanan Sipil mengatakan serangan Israel menargetkan sekelompok warga sipil di Gaza utara.\n\n"
        "Kontributor Al Jazeera melaporkan serangan udara Israel menghancurkan sebuah rumah di kamp pengungsi Bureij.",
        lang="id",
        drawn={"Gaza", "Bureij"},
        world=FULL,
    ),
    Case(
        "a weapon whose firer is not named is the land's it was launched from (`Rockets fired from Gaza hit Sderot`), "
        "not the state the article mostly accuses",
        "Hezbollah fired drones at Haifa. Hezbollah also fired rockets at Nahariya. Rockets fired from Gaza hit "
        "Sderot.",
        lang="en",
        rows=Rows(("place", "attacker_country"), [("Haifa", "LB"), ("Nahariya", "LB"), ("Sderot", "PS")]),
        world=FULL,
    ),
    Case(
        "a country's national news agency (`Kantor Berita Nasional Lebanon`, or unnamed in a story of that country) "
        "speaks for its state",
        "Kantor Berita Nasional Lebanon mengatakan drone Israel menyerang sebuah rumah di Tyre.\n\n"
        "Kantor Berita Nasional mengatakan serangan udara Israel menghantam Nabatieh.",
        lang="id",
        rows=Rows(("place", "claimant_country"), [("Tyre", "LB"), ("Nabatieh", "LB")]),
        world=FULL,
    ),
    Case(
        "how a speaker spoke (`dalam dua laporan terpisah`) is no part of its name, and no verb that unmakes it",
        "Kementerian Kesehatan Lebanon dalam dua laporan terpisah menyatakan bahwa drone Israel menargetkan sebuah "
        "rumah di Tyre.",
        lang="id",
        at={"Tyre": dict(claimant="Kementerian Kesehatan Lebanon", claimant_country="LB")},
        world=FULL,
    ),
    Case(
        "a fired weapon named right before `from` (`the latest missile barrage from Iran`) set out from there: that "
        "land is the attacker",
        "A man was seriously injured in Tel Aviv in the latest missile barrage from Iran, medics said.",
        lang="en",
        at={"Tel Aviv": dict(attacker_country="IR")},
        absent=("Iran",),
        world=FULL,
    ),
    Case(
        "`following` opens a phrase of its own: the place before it is no agent of the strike after it",
        "Medics said a man was hurt in Haifa following a rocket attack.",
        lang="en",
        drawn={"Haifa"},
        world=FULL,
    ),
    Case(
        "a district in apposition to `the city's` (`the city's largest district, Shevchenkivskyi`) lies in the town "
        "told last, not the country after it; its namesakes elsewhere are dropped",
        "A Russian missile struck the city of Zaporizhzhia in southeastern Ukraine on Wednesday. The attack hit the "
        "city's largest district, Shevchenkivskyi, where a church was destroyed.",
        lang="en",
        drawn={"Zaporizhzhia"},
        absent=("Shevchenkivskyi",),
        world=FULL,
    ),
    Case(
        "`unprovoked firing` along a front line is a strike, its agent after `by` the attacker; Pakistan's military "
        "media wing is known by its full name",
        "Two civilians were killed in unprovoked firing by Indian troops in Kotli on Monday, Inter Services Public "
        "Relations said.",
        lang="en",
        at={"Kotli": dict(attacker_country="IN", claimant_country="PK")},
        world=FULL,
    ),
    Case(
        "a body found (`jenazah ... ditemukan`) where a strike hit is no meeting (`temu`), and the place before "
        "`akibat` (as a result of) is no agent of the strike",
        "Jenazah seorang warga ditemukan di reruntuhan rumah di Kharkiv akibat serangan drone Rusia, kata polisi.",
        lang="id",
        at={"Kharkiv": dict(attacker_country="RU")},
        world=FULL,
    ),
    Case(
        "a weapon right after a passive verb is its agent (`dihantam rudal balistik Iran`): the state after it is the "
        "attacker",
        "Sebuah blok permukiman di Tel Aviv porak poranda usai dihantam rudal balistik Iran pada Sabtu malam.",
        lang="id",
        at={"Tel Aviv": dict(attacker_country="IR")},
        world=FULL,
    ),
    Case(
        "a clause whose subject is the strike already told (`The attack took place in Kyauktaw, while troops were "
        "locked in clashes`) keeps that strike's weapon; the clash is its background",
        "Junta jets bombed a school in Rakhine state on Friday. The attack took place in Kyauktaw, while troops were "
        "locked in fierce clashes with the Arakan Army.",
        lang="en",
        at={"Kyauktaw": dict(action="air_strike")},
        world=FULL,
    ),
    Case(
        "`mengindikasikan` (indicated) reports: where its speaker sits is no strike place",
        "Sumber keamanan di Islamabad mengindikasikan bahwa mereka menargetkan posisi-posisi Afghanistan di Spin "
        "Boldak.",
        lang="id",
        drawn={"Spin Boldak"},
        world=FULL,
    ),
    Case(
        "the province after `the X base in` only says where the base is",
        "Drones were launched at the Ain al-Assad base in the western Anbar province, a US military official said.",
        lang="en",
        drawn={"Ain al-Assad"},
        world=FULL,
    ),
    Case(
        "who a passive report names after `oleh` (`diungkapkan oleh Wali Kota Kiev Vitali Klitschko`) is its claimant",
        "Jumlah korban jiwa akibat serangan drone Rusia di Kiev diungkapkan oleh Wali Kota Kiev Vitali Klitschko "
        "melalui Telegram.",
        lang="id",
        at={"Kiev": dict(claimant="Wali Kota Kiev Vitali Klitschko", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a group that claims responsibility after an appositive (`the Islamic Resistance in Iraq, a loose alliance of "
        "armed groups, claimed responsibility for attacks using drones against the base`) struck the base told before, "
        "though its sentence names a place it only acts for",
        "Drones hit the Ain al-Asad air base on Monday, a US official said. In a statement, the Islamic Resistance in "
        "Iraq, a loose alliance of Iran-linked armed groups, claimed responsibility for two attacks using drones "
        "against the base, saying they acted in support of Palestinians in the Gaza Strip.",
        lang="en",
        rows=Rows(("place", "attacker_country"), [("Ain al-Asad", None), ("Ain al-Asad", "IQ")]),
        world=FULL,
    ),
    Case(
        "authorities who battled fires fought no one",
        "Lviv mayor Andriy Sadovyi urged residents to stay inside as authorities battled multiple fires.",
        lang="en",
        places=[],
        world=FULL,
    ),
    Case(
        "a town told as its countryside (`the southern countryside of Idlib`) after a village the index lacks only "
        "says where the village is",
        "Regime shelling killed seven civilians in the village of Sarja in the southern countryside of Idlib, the "
        "sources said.",
        lang="en",
        places=[],
        world=FULL,
    ),
    Case(
        "the town after a base a warplane took off from (`took off from the Khmeimim airbase in Latakia`) is a launch "
        "site too",
        "Opposition sources said the strike on Kafr Nabl was carried out by a Russian warplane that took off from the "
        "Khmeimim airbase in Latakia.",
        lang="en",
        drawn={"Kafr Nabl"},
        world=FULL,
    ),
    Case(
        "what a sentence goes on to tell after its postposed speaker's comma is that speaker's too",
        "An Israeli airstrike on the town of Bint Jbeil injured one person, the health ministry said, and artillery "
        "shelling on the border town of Kfar Kila injured a child.",
        lang="en",
        rows=Rows(("place", "claimant"), [("Bint Jbeil", "health ministry"), ("Kfar Kila", "health ministry")]),
        world=FULL,
    ),
    Case(
        "a title's acronym in brackets (`Perdana Menteri (PM) Denys Shmygal`) does not cut the speaker from the title "
        "that says whose side he speaks for",
        "Dalam pernyataan terpisah, Perdana Menteri (PM) Denys Shmygal menyebut serangan Rusia menghantam "
        "infrastruktur penting Ukraina. “Teroris Rusia sekali lagi menyerang,” ucap Shmygal, merujuk pada lima "
        "serangan di Kiev.",
        lang="id",
        at={"Kiev": dict(claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a body named with its acronym in brackets keeps it, and the acronym alone later speaks for the same state",
        "The Lebanese Health Ministry's Public Health Emergency Operations Center (PHEOC) said an Israeli airstrike "
        "hit Mayfadoun. Artillery shelling hit the border town of Kfar Kila, PHEOC said.",
        lang="en",
        rows=Rows(
            ("place", "claimant", "claimant_country"),
            [
                ("Mayfadoun", "Lebanese Health Ministry's Public Health Emergency Operations Center (PHEOC)", "LB"),
                ("Kfar Kila", "PHEOC", "LB"),
            ],
        ),
        world=FULL,
    ),
    Case(
        "drones shot down over a province, then told in its towns by the same side, are shot down in the towns",
        "Air defences shot down seven Ukrainian drones over the Kursk region overnight, the governor said. The drones "
        "were shot down over Rylsk and Kurchatov, he said.",
        lang="en",
        places=["Rylsk", "Kurchatov"],
        world=FULL,
    ),
    Case(
        "a verb joined by `and` to the reported clause shares its subject: no speaker is made of the words before it",
        "The army said the projectile failed to reach Israeli territory and did not trigger sirens, but shrapnel "
        "damaged a house in Sderot.",
        lang="en",
        rows=Rows(("place", "claimant", "claimant_country"), [("Sderot", "army", "IL")], drawn=False),
        world=FULL,
    ),
    Case(
        "a toll said to be none (`No casualties or damage were reported`) tells no strike at the places beside it",
        "A Houthi missile struck near Eilat. The IDF said a second missile fell short. No casualties or damage were "
        "reported, though Ramon Airport temporarily halted flights.",
        lang="en",
        drawn={"Eilat"},
        absent=("Ramon",),
        world=FULL,
    ),
    Case(
        "a semicolon joins statements that each tell their own news: a strike word in one says nothing of another",
        "The army said an Israeli airstrike hit the port of Hodeidah in Yemen; no sirens sounded; Ben Gurion Airport "
        "briefly halted flights.",
        lang="en",
        drawn={"Hodeidah"},
        absent=("Ben Gurion International Airport",),
        world=FULL,
    ),
    Case(
        "a cause word that only opens a compound modifier (`war-displaced`) is no venue: the place after it is struck",
        "An Israeli strike targeted a school used as a shelter for war-displaced families in Gaza City, killing five "
        "people.",
        lang="en",
        drawn={"Gaza City"},
        world=FULL,
    ),
    Case(
        "a sentence adverb before the speaker (`Additionally, the media highlighted`) is not the speaker's name",
        "Houthi-run media said US airstrikes hit Sanaa. Additionally, the media highlighted that US airstrikes also "
        "hit the Sirwah district in Marib.",
        lang="en",
        rows=Rows(
            ("place", "claimant", "claimant_country"),
            {("Sanaa", "Houthi-run media", "YE"), ("Sirwah", "media", "YE"), ("Marib", "media", "YE")},
        ),
        world=FULL,
    ),
    Case(
        "an agency's tag in brackets that opens the story (`(MENAFN)`) is not part of the speaker",
        "(MENAFN) The Houthi group reported that two people were killed in US airstrikes on Sanaa on Saturday.",
        lang="en",
        at={"Sanaa": dict(claimant="Houthi group", claimant_country="YE")},
        world=FULL,
    ),
    Case(
        "a named subject that quotes a speaker (`ILTV mengutip X, yang menyatakan`) does not hide the speaker's title",
        "ILTV mengutip kepala badan darurat Israel, Eli Bin, yang menyatakan rudal Iran menghantam Beersheba.",
        lang="id",
        at={"Beersheba": dict(claimant="Eli Bin", claimant_country="IL")},
        world=FULL,
    ),
    Case(
        "a sentence that points back to the attacks right after one that told a pattern goes on about the pattern",
        "A drone hit a house in Surazh overnight, the governor of the Bryansk region said. Ukrainian forces regularly "
        "target Russian regions with drones. The main focus of the attacks is the Belgorod region.",
        lang="en",
        drawn={"Surazh"},
        world=FULL,
    ),
    Case(
        "an Indonesian speaker after a postposed `telah merinci` (has detailed) claims the clause",
        "Bandara Internasional Erbil dilanda serangan roket, Direktorat Kontraterorisme Wilayah Kurdistan telah "
        "merinci.",
        lang="id",
        at={"Erbil": dict(claimant_country="IQ")},
        world=FULL,
    ),
    Case(
        "a speaker of a body named earlier with its leading state (`the U.S.-led coalition`) speaks for that state, "
        "though the speaker's name adds a role and a person (`coalition spokesperson Col. Wayne Marotto`)",
        "The U.S.-led coalition has been targeted by rockets. Fourteen rockets hit the Ain al-Asad base, according to "
        "coalition spokesperson Col. Wayne Marotto.",
        lang="en",
        at={"Ain al-Asad": dict(claimant_country="US")},
        world=FULL,
    ),
    Case(
        "a parenthetical `confirmed by X` makes X the claimant, and the land's military telling of an air strike there "
        "in an article that accuses no state tells of its own",
        "A drone strike on the village of Kidal killed 12 people on Sunday. The strike, confirmed by Malian military "
        "officials, hit a market in Kidal.",
        lang="en",
        rows=Rows(
            ("place", "claimant", "claimant_country", "attacker_country"),
            {("Kidal", None, None, None), ("Kidal", "Malian military officials", "ML", "ML")},
        ),
        world=FULL,
    ),
    Case(
        "the land's military telling of a drone strike is not its own when the article has an armed group strike",
        "A drone attack killed six soldiers in Aguachica, the National Army said. The defence minister condemned the "
        "guerrilla attack in Cesar.",
        lang="en",
        rows=Rows(("place", "claimant_country", "attacker_country"), {("Aguachica", "CO", None)}),
        world=FULL,
    ),
    Case(
        "`maintained` with an object (`troops have maintained a presence`) reports nothing",
        "A drone attack targeted the al-Tanf garrison in southern Syria, where U.S. troops have maintained a presence "
        "as part of a campaign against Daesh, two U.S. officials said.",
        lang="en",
        rows=Rows(("place", "claimant"), [("al-Tanf garrison", "two U.S. officials")]),
        world=FULL,
    ),
    Case(
        "a counterterrorism body speaks for the state of the place it reports, in any spelling",
        "Kurdistan counterterrorism said two drones hit Erbil airport.",
        lang="en",
        at={"Erbil": dict(claimant="Kurdistan counterterrorism", claimant_country="IQ")},
        world=FULL,
    ),
    Case(
        "state administrators speak for the state of the place they report",
        "Russian shelling struck Nikopol in the Dnipropetrovsk region, according to state administrators.",
        lang="en",
        at={"Nikopol": dict(claimant="state administrators", claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a vast region does not take the town listed after it along (`the Kurdistan region of Iraq, Erbil`)",
        "Three drones attacked a base in the Kurdistan region of Iraq, Erbil.",
        lang="en",
        drawn={"Erbil"},
        world=FULL,
    ),
    Case(
        "medics and hospital staff speak for the state of the place they report; witnesses and doctors for none",
        "An Israeli air strike killed seven people in Khan Younis, medics said. Another strike hit a house in Rafah, "
        "a doctor said.",
        lang="en",
        rows=Rows(
            ("place", "claimant", "claimant_country"), {("Khan Younis", "medics", "PS"), ("Rafah", "doctor", None)}
        ),
        world=FULL,
    ),
    Case(
        "a town a speaker reported from is where it spoke, not a strike",
        "Pakistani jets carried out airstrikes in Paktika on Monday. Zabihullah Mujahid alleged in a statement that "
        "Pakistani aircraft had carried out the airstrikes, the Dawn newspaper reported from Kabul.",
        lang="en",
        drawn={"Paktika"},
        world=FULL,
    ),
    Case(
        "the town the injured were transported to is no strike",
        "A drone struck a car near Grayvoron on Monday, the governor said. The injured were transported to Belgorod "
        "hospital, where their conditions were deemed moderate.",
        lang="en",
        drawn={"Grayvoron"},
        world=FULL,
    ),
    Case(
        "forces based near a place that a strike word made the target were struck there",
        "The Islamic Resistance in Iraq claimed responsibility for the attack on US forces based near the Erbil "
        "International Airport.",
        lang="en",
        drawn={"Erbil"},
        world=FULL,
    ),
    Case(
        "a postposed speaker may say when it spoke with no preposition (`reported late Sunday night`)",
        "Iranian missile strikes targeted the Israeli port city of Haifa, injuring at least 15 people, Al Jazeera "
        "reported late Sunday night.",
        lang="en",
        at={"Haifa": dict(claimant="Al Jazeera", attacker_country="IR")},
        world=FULL,
    ),
    Case(
        "a speaker's verb followed by a time and a comma opens the claim after it",
        "Juru bicara tentara Thailand mengatakan sekitar pukul 16.00 pada 22 Desember 2025, pasukan Kamboja "
        "menembakkan roket ke distrik Khok Sung.",
        lang="id",
        at={"Khok Sung": dict(claimant="Juru bicara tentara Thailand", attacker="pasukan Kamboja")},
        world=FULL,
    ),
    Case(
        "a sentence opened by `in that war` tells background",
        "Israel menyerang pelabuhan Hodeidah pada Senin, kata militer Israel. Katz merujuk pada perang 12 hari antara "
        "Israel dan Iran. Dalam perang itu, Israel menggempur target-target di ibu kota Iran, Teheran.",
        lang="id",
        drawn={"Hodeidah"},
        world=FULL,
    ),
    Case(
        "a town of a territory told as its area is the scene; the territory only says where it is",
        "At least three people were killed on Thursday following bombs launched by the M23 rebels in Sake town of "
        "Masisi territory, located 27km west of Goma.",
        lang="en",
        drawn={"Sake"},
        world=FULL,
    ),
    Case(
        "a quarter of a city named before the city is the scene (`distrik al-Hawak di Hodeida`)",
        "Serangan udara AS menghantam kompleks permukiman di distrik al-Hawak di Hodeida, kata Kementerian Kesehatan.",
        lang="id",
        drawn={"al-Hawak"},
        world=FULL,
    ),
    *(
        Case(
            "the areas a village the index lacks lies between only locate it",
            text,
            lang=lang,
            places=[],
            world=FULL,
        )
        for text, lang in [
            (
                "Ledakan bom itu terjadi pada Rabu di Rukubi, sebuah desa di perbatasan antara negara bagian Nasarawa "
                "dan Benue.",
                "id",
            ),
            ("The bomb exploded on Wednesday in Rukubi, on the border between Nasarawa and Benue states.", "en"),
        ]
    ),
    Case(
        "`According to the report` in the next paragraph goes on with the last speaker's account",
        "Azerbaijan's Defence Ministry said Armenian forces violated the ceasefire on Tuesday.\n\n"
        "According to the report, Armenian forces shelled Fuzuli with mortars.",
        lang="en",
        at={"Fuzuli": dict(claimant="Azerbaijan's Defence Ministry", claimant_country="AZ")},
        world=FULL,
    ),
    Case(
        "Magen David Adom, Israel's emergency service, speaks for Israel",
        "An Iranian missile hit Tel Aviv on Tuesday, Magen David Adom said.",
        lang="en",
        at={"Tel Aviv": dict(claimant="Magen David Adom", claimant_country="IL")},
        world=FULL,
    ),
    *(
        Case(
            "a photo caption's viewpoint (`as seen from Sderot`) is no strike",
            text,
            lang=lang,
            absent=("Sderot",),
            world=FULL,
        )
        for text, lang in [
            ("Smoke rises over northern Gaza, as seen from Sderot, Israel, after an Israeli strike.", "en"),
            ("Asap mengepul dari Gaza Utara setelah serangan Israel, seperti yang terlihat dari Sderot, Israel.", "id"),
        ]
    ),
    Case(
        "where a speaker spoke may run long right before its verb (`X, ..., in a statement published on its Telegram "
        "channel claimed`)",
        "The Islamic Resistance in Iraq, an umbrella group of fighters, in a statement published on its Telegram "
        "channel claimed responsibility for the attack on US forces based near the Erbil International Airport.",
        lang="en",
        at={"Erbil": dict(claimant="Islamic Resistance", claimant_country="IQ")},
        world=FULL,
    ),
    Case(
        "a dateline after an agency's tag is where the story was filed (`(MENAFN - Jordan Times) PORT SUDAN, Sudan -`)",
        "(MENAFN - Jordan Times) PORT SUDAN, Sudan - Sudan's paramilitary conducted a wave of drone strikes in eastern "
        "Sudan on Thursday, a military source told AFP.",
        lang="en",
        absent=("PORT SUDAN",),
        world=FULL,
    ),
    Case(
        "a capital that owns forces stands for its state (`pasukan Moskow`)",
        "Serangan drone menghantam kilang di Novoshakhtinsk, menyusul serangan setelah pasukan Moskow mundur.",
        lang="id",
        absent=("Moskow",),
        drawn={"Novoshakhtinsk"},
        world=FULL,
    ),
    *(
        Case(
            "what a relative clause says of the place a speaker governs is not the speaker's state",
            text,
            lang=lang,
            at={"Shebekino": dict(claimant_country="RU")},
            world=FULL,
        )
        for text, lang in [
            (
                '"Houses were damaged in Shebekino," Vyacheslav Gladkov, the governor of the Belgorod region that '
                "borders Ukraine, said on Telegram.",
                "en",
            ),
            (
                "Gubernur wilayah Belgorod yang berbatasan dengan Ukraina, Vyacheslav Gladkov, mengatakan rumah-rumah "
                "rusak di Shebekino.",
                "id",
            ),
        ]
    ),
    *(
        Case(
            "the one whose report a marker cites speaks, a relative clause describing it before the comma",
            text,
            lang=lang,
            at={"Hodeidah": dict(claimant=claimant, claimant_country="YE")},
            world=FULL,
        )
        for text, lang, claimant in [
            (
                "According to reports from the Houthi-run al-Masirah TV, three strikes were carried out on Hodeidah "
                "airport.",
                "en",
                "Houthi-run al-Masirah TV",
            ),
            (
                "Menurut laporan stasiun televisi Al-Masirah yang dikelola Houthi, tiga serangan menghantam bandara "
                "Hodeidah.",
                "id",
                "stasiun televisi Al-Masirah",
            ),
        ]
    ),
    *(
        Case(
            "what a threat's condition asks for is no strike place (`unless aid was allowed into Gaza`)",
            text,
            lang=lang,
            absent=("Gaza",),
            world=FULL,
        )
        for text, lang in [
            (
                "US airstrikes on Yemen began after the Houthis threatened to resume attacks on shipping unless "
                "humanitarian aid was allowed into Gaza.",
                "en",
            ),
            (
                "Serangan udara AS di Yaman dimulai setelah Houthi mengancam melanjutkan serangan kecuali jika bantuan "
                "diizinkan masuk ke Gaza.",
                "id",
            ),
        ]
    ),
    Case(
        "a group's stronghold where its members were killed was struck",
        "US forces carried out air strikes in Iraq overnight. According to Kataib Hezbollah, eight of its members were "
        "killed in its stronghold of Jurf al-Sakhar, south of Baghdad.",
        lang="en",
        drawn={"Jurf al-Sakhar"},
        world=FULL,
    ),
    Case(
        "a local head telling of drones downed, naming no place, tells of its own place",
        "Moscow mayor Sergey Sobyanin said 11 drones heading towards the capital were shot down within an hour.",
        lang="en",
        at={"Moscow": dict(action="interception", claimant_country="RU")},
        world=FULL,
    ),
    Case(
        "a compass word after `the` and before a region's unit word says where the region lies, not a part of it",
        "Strikes were also reported in the southern Odesa region, where Russian attacks hit energy infrastructure.",
        lang="en",
        at={"Odesa": dict(place_name="Odeska oblast")},
        world=FULL,
    ),
    Case(
        "a place between a strike word and where it struck is the one striking (`serangan Tel Aviv di Gaza City`)",
        "Korban keganasan serangan Tel Aviv di Gaza City terus bertambah, kata pertahanan sipil.",
        lang="id",
        absent=("Tel Aviv",),
        drawn={"Gaza City"},
        world=FULL,
    ),
    *(
        Case(
            "two towns a dash joins name a road, neither of them struck",
            text,
            lang=lang,
            absent=("el-Obeid", "Kosti"),
            world=FULL,
        )
        for text, lang in [
            ("RSF drones attacked an aid convoy on the el-Obeid–Kosti road in Sudan on Friday.", "en"),
            ("Drone RSF menyerang konvoi bantuan di jalur el-Obeid–Kosti, Sudan, pada Jumat.", "id"),
        ]
    ),
    Case(
        "a township in the possessive before its village only says where the village is",
        "The junta killed 20 people in Singu township’s Kyi Tauk Pauk village in Mandalay region on Friday.",
        lang="en",
        drawn={"Kyi Tauk Pauk"},
        world=FULL,
    ),
    Case(
        "a compass point and `of` with no distance say the scene lies off the place, how far untold",
        "The Iraqi government condemned US air strikes south of Baghdad that killed eight members of Kataib Hezbollah.",
        lang="en",
        absent=("Baghdad",),
        world=FULL,
    ),
    *(
        Case(
            "a capital a reporting marker or a passive verb names is the state, not a place struck",
            text,
            lang="id",
            absent=(capital,),
            drawn=drawn,
            world=FULL,
        )
        for text, capital, drawn in [
            (
                "Satu penjaga perbatasan terluka akibat penembakan. Penembakan itu, menurut Baku, dilakukan di wilayah "
                "yang diawasi misi Uni Eropa.",
                "Baku",
                set(),
            ),
            (
                "Angkatan Laut Rusia memukul mundur serangan drone di pelabuhan Sevastopol di Krimea yang dicaplok "
                "Moskow.",
                "Moskow",
                set(),
            ),
        ]
    ),
    Case(
        "a place name that is part of the strike's own words is no place (`Baku tembak`, a firefight)",
        "Baku tembak kembali terjadi antara tentara Armenia dan Azerbaijan di perbatasan kedua negara.",
        lang="id",
        absent=("Baku",),
        world=FULL,
    ),
    Case(
        "a state body a sentence opens by citing is that sentence's speaker, not the article's voice",
        "Sebuah drone menghantam Basra pada Senin. Mengutip sumber keamanan Irak, drone kedua menghantam Baghdad.",
        lang="id",
        at={
            "Baghdad": dict(claimant="sumber keamanan Irak", claimant_kind="official", claimant_country="IQ"),
            "Basra": dict(claimant_country=None),
        },
        world=FULL,
    ),
    Case(
        "an armed group's home is a country the article tells of, though no sentence names it",
        "US forces struck Houthi targets in Saada, Dhamar and Hajjah. The group has attacked ships in solidarity with "
        "the Palestinians since Israel's war on Gaza began.",
        lang="en",
        at={"Hajjah": dict(country_code="YE"), "Dhamar": dict(country_code="YE"), "Saada": dict(country_code="YE")},
        world=FULL,
    ),
    Case(
        "an unowned statement in a new paragraph (`Menurut keterangan resmi`) is the last speaker's",
        "Militer Israel pada Senin mengumumkan telah melancarkan serangan ke Yaman.\n\n"
        "Menurut keterangan resmi, serangan ini menyasar pelabuhan Hodeidah.",
        lang="id",
        at={"Hodeidah": dict(claimant="Militer Israel", claimant_country="IL")},
        world=FULL,
    ),
    *(
        Case(
            "a capital that argues or whose strike is on someone is the state, and a country word's adjective no place",
            text,
            lang="id",
            absent=absent,
            drawn=drawn,
            world=FULL,
        )
        for text, absent, drawn in [
            (
                "Drone menghantam Belgorod. Kyiv berdalih serangan itu pembalasan atas serangan Moskow terhadap "
                "warga sipil Ukraina.",
                ("Kyiv", "Moskow"),
                {"Belgorod"},
            ),
            (
                "Sebuah drone menghantam pangkalan udara di Balad di tengah meningkatnya serangan terhadap pasukan AS "
                "di negara Arab itu.",
                ("Arab",),
                {"Balad"},
            ),
        ]
    ),
    Case(
        "the police speak for the state of the places they serve, in Indonesian too",
        "Polisi mengatakan penembakan Pakistan menghantam kota Mendhar di India pada Rabu malam.",
        lang="id",
        at={"Mendhar": dict(claimant="Polisi", claimant_kind="official", claimant_country="IN")},
        world=FULL,
    ),
    Case(
        "a village near a province the article names for another strike is the one meant, in the next province",
        "Two civilians were killed in an Israeli strike on their home in the village of Houla, near the border. Hours "
        "earlier Israel struck a Hezbollah compound in the Beqaa region, the army said.",
        lang="en",
        at={"Houla": dict(country_code="LB")},
        world=FULL,
    ),
    Case(
        "an outlet's address, a city and a dash are a dateline under a page's menus and captions too",
        "Baca berita tanpa iklan\n\nInternasional\n\nJudul berita\n\n11 Januari 2025\n\nFoto\n\nPerbesar\n\n"
        "Keterangan foto.\n\nTEMPO.CO, Jakarta - Pesawat tempur Israel mengebom pelabuhan Hodeidah pada Jumat.",
        lang="id",
        drawn={"Hodeidah"},
        absent=("Jakarta",),
        world=FULL,
    ),
    Case(
        "the hour in another zone in brackets (`(0300 GMT)`) ends a speaker, it is not the speaker",
        "Wilayah Rostov diserang drone, kata gubernur setempat, Yuri Slyusar di Telegram sekitar pukul 6 pagi waktu "
        "setempat (0300 GMT). Ia mengatakan satu orang terluka di sebuah desa dekat Rostov akibat serangan drone itu.",
        lang="id",
        rows=Rows(("claimant_country",), {("RU",)}),
        world=FULL,
    ),
    Case(
        "a group's name written with a space (`al Shabaab`) is the group, not a Kenyan ward",
        "The United States carried out an air strike in Somalia, killing fighters of the group al Shabaab, the "
        "Pentagon said. Reporting from Kenya's capital, Nairobi, a correspondent said the group had lost the port of "
        "Kismayo in 2012.",
        lang="en",
        absent=("Shabaab",),
        world=FULL,
    ),
    *(
        Case(
            "a capital that strikes or kills, actively, is the state; one that was struck is the place",
            text,
            lang=lang,
            absent=absent,
            world=FULL,
        )
        for text, lang, absent in [
            (
                "The US drone strike hit Baghdad airport. Qaani said Tehran would hit his enemy in a manly fashion, "
                "adding that Washington killed his predecessor in a cowardly way.",
                "en",
                ("Washington",),
            ),
            ("Moskow menyerang Kyiv dengan drone pada Sabtu malam.", "id", ("Moskow",)),
        ]
    ),
    *(
        Case(
            "a capital that was struck is the place, whoever is named after it",
            text,
            lang=lang,
            drawn={"Kyiv"},
            world=FULL,
        )
        for text, lang in [
            ("Kyiv diserang Moskow dengan drone pada Sabtu malam.", "id"),
            ("Kyiv was hit by a massive drone attack overnight.", "en"),
        ]
    ),
    Case(
        "a town's airport named by its town is no stray beside a far capital the article names",
        "The US drone strike hit Baghdad airport. Qaani said that Washington killed his predecessor.",
        lang="en",
        drawn={"Baghdad"},
        world=FULL,
    ),
    Case(
        "weapons intercepted and destroyed are one interception, not a second strike on the places listed",
        "The Russian defence ministry said air defences intercepted and destroyed 74 Ukrainian drones, including 4 "
        "over the Oryol region and 3 over the Belgorod region.",
        lang="en",
        rows=Rows(("place", "action"), {("Oryol", "interception"), ("Belgorod", "interception")}, drawn=False),
        world=FULL,
    ),
    Case(
        "a day named without its year the day after the page's date is that day (another time zone), not last year's",
        "On 13 September, at 00:05, Azerbaijani forces shelled Goris, the Armenian defence ministry said.",
        lang="en",
        published="2022-09-12",
        at={"Goris": dict(event_date="2022-09-13")},
        world=FULL,
    ),
    Case(
        "a day named without its year two days after the page's date is last year's, history",
        "On 14 September, Azerbaijani forces shelled Goris, the Armenian defence ministry said.",
        lang="en",
        published="2022-09-12",
        absent=("Goris",),
        world=FULL,
    ),
    *(
        Case(
            "a capital a strike word or a participle makes the object is the place struck",
            text,
            lang="en",
            drawn={capital},
            world=FULL,
        )
        for text, capital in [
            ("A Russian missile struck Kyiv killing his wife and injuring two neighbours.", "Kyiv"),
            ("Israel bombed Beirut killing a Hezbollah commander.", "Beirut"),
        ]
    ),
    Case(
        "a weapon word that names what a second target is for is no weapon shot down (`a drone control centre`)",
        "Air defences shot down 12 drones and destroyed a drone control centre near Horlivka, the ministry said.",
        lang="en",
        at={"Horlivka": dict(action="drone_strike")},
        world=FULL,
    ),
    Case(
        "a bracket with nothing after it ends a sentence's speaker without failing the article",
        "Russian rockets hit Kharkiv, said Governor Oleh Syniehubov (",
        lang="en",
        at={"Kharkiv": dict(claimant_country="UA")},
        world=FULL,
    ),
    Case(
        "a day named without its year the day after a page of 31 December is next year's",
        "On 1 January, at 00:05, Azerbaijani forces shelled Goris, the Armenian defence ministry said.",
        lang="en",
        published="2022-12-31",
        at={"Goris": dict(event_date="2023-01-01")},
        world=FULL,
    ),
    Case(
        "a speaker named before `said` with a place in its title is the speaker, not a claim before a postposed one",
        "Roman Starovoit, governor of the Kursk oblast, said air defence systems destroyed at least four drones.",
        lang="en",
        at={"Kursk": dict(claimant="Roman Starovoit", claimant_country="RU", action="interception")},
        world=FULL,
    ),
    Case(
        "the accused telling of its own strike in the next paragraph claims the strike just told there",
        "An Israeli strike hit a tent camp in Deir al-Balah, Palestinian health officials said.\n\n"
        "The Israeli military said it carried out a precise strike on a command centre of Hamas.",
        lang="en",
        rows=Rows(("place", "claimant_country"), {("Deir al-Balah", "PS"), ("Deir al-Balah", "IL")}),
        world=FULL,
    ),
    Case(
        "a light verb's subject is the attacker across an article and a modifier (`carried out a precise strike`)",
        "The Israeli military said it carried out a precise strike on Khan Younis.",
        lang="en",
        at={"Khan Younis": dict(attacker_country="IL")},
        world=FULL,
    ),
    Case(
        "a name a place word introduces, spelt otherwise, is the article's country's one of that name, however far",
        "Drones struck Omdurman on Wednesday, a day after a similar air strike on the region of Al-Dabba in northern "
        "Sudan, the army said.",
        lang="en",
        drawn={"Omdurman", "Al-Dabba"},
        world=FULL,
    ),
    Case(
        "a press arm of a state body speaks as the body, not as the media",
        "The Pakistani military's media wing said Indian shelling killed two civilians in Kotli.",
        lang="en",
        at={"Kotli": dict(claimant_country="PK")},
        world=FULL,
    ),
    Case(
        "who issued the statement before a reporting verb speaks (`pernyataan yang dikeluarkan oleh ISPR`)",
        "Sebuah pernyataan yang dikeluarkan oleh ISPR menyatakan bahwa penembakan India menewaskan dua warga di Kotli.",
        lang="id",
        at={"Kotli": dict(claimant="ISPR", claimant_country="PK")},
        world=FULL,
    ),
    Case(
        "a name joined by `dan` is found as English writes it (`Azad Jammu dan Kashmir`)",
        "Pasukan India menembaki pos-pos militer di Azad Jammu dan Kashmir pada hari Selasa, kata militer Pakistan.",
        lang="id",
        at={"Azad Jammu dan Kashmir": dict(country_code="PK")},
        world=FULL,
    ),
    *(
        Case(
            "a `strike` whose weapon the article does not name for its side is an air strike; a named one stands",
            text,
            lang="en",
            at={"Khan Younis": dict(action=action)},
            world=FULL,
        )
        for text, action in [
            ("An Israeli strike hit a house in Khan Younis, medics said.", "air_strike"),
            ("An Israeli strike hit Khan Younis, medics said. Israeli drones flew over Rafah.", "drone_strike"),
            ("Hamas said its strike hit an Israeli post near Khan Younis.", "attack"),
        ]
    ),
    Case(
        "a name with its unit word is the district the index names so, and the name alone is that district after it",
        "A drone attack set fire to an oil depot in the Kamensky district of the Rostov region, the governor said. "
        "Three tanks burned at the Kamensky oil depot, a Telegram channel said.",
        lang="en",
        rows=Rows(("place", "place_name"), {("Kamensky", "Kamensky District")}),
        world=FULL,
    ),
    Case(
        "a village of a list far from its other towns, which lie near one another, is a namesake elsewhere",
        "Russian troops shelled Kherson, Sadove, Antonivka and Zymivnyk, the regional governor said.",
        lang="en",
        drawn={"Kherson", "Antonivka"},
        world=FULL,
    ),
    Case(
        "on a page of one sentence a line, a source speaking right after the article's own telling claims its scene",
        "Rudal Israel menghantam beberapa sasaran di selatan Damaskus pada Jumat pagi.\n"
        "“Musuh Israel melakukan agresi udara dengan menembakkan rudal dari Dataran Tinggi Golan,” media pemerintah "
        "SANA melaporkan.",
        lang="id",
        rows=Rows(("place", "claimant_country"), {("Damaskus", None), ("Damaskus", "SY")}),
        world=FULL,
    ),
    Case(
        "an acronym in brackets is part of the source a sentence opens with",
        "According to the Sudanese Armed Forces (SAF), air defences shot down several drones over Merowe on Monday.",
        lang="en",
        at={"Merowe": dict(claimant="Sudanese Armed Forces (SAF)", claimant_country="SD")},
        world=FULL,
    ),
    *(
        Case(
            "a news agency named by its country alone is that state's; one named otherwise is no state's",
            text,
            lang=lang,
            at={"Tyre": dict(claimant_country=country)},
            world=FULL,
        )
        for text, lang, country in [
            ("Kantor berita Lebanon melaporkan bahwa serangan drone menghantam Tyre.", "id", "LB"),
            ("Lebanon's news agency said a drone strike hit a car in Tyre.", "en", "LB"),
            ("Kantor berita AFP melaporkan bahwa serangan drone menghantam Tyre.", "id", None),
        ]
    ),
    Case(
        "a town after a weekday or a sentence's first word is no word inside an unknown name",
        "Russian drones struck the Zaporizhzhia region overnight. On Monday Hulyaipole was hit, the governor said.",
        lang="en",
        drawn={"Hulyaipole"},
        world=FULL,
    ),
    Case(
        "a strike verb's object before where it lies is struck, not the one striking (`menghantam Muzaffarabad di`)",
        "Serangan udara India menghantam Muzaffarabad di Azad Jammu dan Kashmir pada hari Rabu.",
        lang="id",
        drawn={"Muzaffarabad"},
        world=FULL,
    ),
    Case(
        "a strike with no state named is not made an air strike (`the fire department strike`)",
        "Residents said the fire department strike ended in Beirut on Monday.",
        lang="en",
        at={"Beirut": dict(action="attack")},
        world=FULL,
    ),
    Case(
        "one of a country's news agencies is not its national agency",
        "A Lebanese news agency said a drone strike hit a car in Tyre.",
        lang="en",
        at={"Tyre": dict(claimant_country=None)},
        world=FULL,
    ),
    *(
        Case(
            "a body that issued a statement speaks what the statement says",
            text,
            lang=lang,
            at={"Kosti": dict(claimant_country="SD")},
            world=FULL,
        )
        for text, lang in [
            ("The Sudanese army issued a statement saying RSF drones struck Kosti.", "en"),
            ("Militer Sudan mengeluarkan pernyataan bahwa drone RSF menghantam Kosti.", "id"),
        ]
    ),
    Case(
        "a township within the reach of the vast region its sentence names lies in it, however far from its middle",
        "Serangan udara militer menghantam Kotapraja Chaung U, wilayah Sagaing, dan menewaskan 40 orang.",
        lang="id",
        drawn={"Chaung U"},
        world=FULL,
    ),
    *(
        Case(
            "a holiday that dates a strike names no attacker",
            text,
            lang=lang,
            at={"Kismayo": dict(attacker=attacker)},
            world=FULL,
        )
        for text, lang, attacker in [
            ("The New Year’s Eve strike hit a house in Kismayo, police said.", "en", None),
            ("The Christmas Day air strike hit a house in Kismayo, police said.", "en", None),
            (
                "Serangan malam Natal Amerika Serikat menghantam sebuah rumah di Kismayo, kata polisi.",
                "id",
                "Amerika Serikat",
            ),
        ]
    ),
    Case(
        "a capital after a national government and `in` is where it sits, no place struck",
        "The group condemned the strike on Goma, calling it a terrorist act by the government in Kinshasa.",
        lang="en",
        drawn={"Goma"},
        world=FULL,
    ),
    *(
        Case("weapons bought, sold or supplied are no strike", text, lang=lang, places=[], world=FULL)
        for text, lang in [
            (
                "His rivals have turned to Ankara, which is open about its support for the GNA, to equip themselves "
                "with Turkish Bayraktar drones.",
                "en",
            ),
            ("Turki menjual drone Bayraktar kepada pemerintah di Tripoli.", "id"),
        ]
    ),
    *(
        Case(
            "a capital that fired at a place is the attacker's state, not struck",
            text,
            lang="en",
            absent=["Tehran"],
            world=FULL,
        )
        for text in [
            "Israel struck Isfahan after Tehran fired missiles at Israel.",
            "Israel struck Isfahan in retaliation for the missiles that Tehran fired at Israel.",
        ]
    ),
    Case(
        "a capital fronted before a national body that speaks is where the body sits",
        "Meanwhile, in Moscow, the Russian Defense Ministry said it intercepted 16 Ukrainian drones.",
        lang="en",
        places=[],
        world=FULL,
    ),
    Case(
        "a bearing from a town after an unnamed area puts the scene some way off the town",
        "An Israeli strike on Maaysra, a village in a mostly Christian mountain area north of Beirut, killed nine "
        "people, the ministry said.",
        lang="en",
        absent=["Beirut"],
        world=FULL,
    ),
    Case(
        "a place set off by commas after the speaker's town only says where the town lies",
        "A military source in the city of Kosti, White Nile State, said that RSF drones struck Rabak.",
        lang="en",
        at={"Rabak": dict(claimant="military source", claimant_country="SD")},
        world=FULL,
    ),
    *(
        Case("an army's radio speaks for its state", text, lang=lang, at={place: dict(claimant_country=cc)}, world=FULL)
        for text, lang, place, cc in [
            ("Somali National Army Radio said airstrikes hit Janale.", "en", "Janale", "SO"),
            ("Israel's Army Radio said rockets hit Sderot.", "en", "Sderot", "IL"),
            ("Radio militer Somalia melaporkan serangan udara di Janale.", "id", "Janale", "SO"),
        ]
    ),
    *(
        Case(
            "a report already cited speaks with its citer's voice",
            text,
            lang=lang,
            at={"Tabriz": dict(claimant_country="IR")},
            world=FULL,
        )
        for text, lang in [
            (
                "Three explosions were heard near an army base in Isfahan, Iranian state media reported.\n\n"
                "Air defences also fired at a flying object near the city of Tabriz, the reports said.",
                "en",
            ),
            (
                "Tiga ledakan terdengar di Isfahan, lapor media pemerintah Iran.\n\n"
                "Pertahanan udara juga menembaki objek terbang di dekat kota Tabriz, kata laporan itu.",
                "id",
            ),
        ]
    ),
    Case(
        "a state accused only of strikes abroad shoots down its enemy's drones over its own land",
        "Russian missiles struck Kharkiv, the governor said. Ukrainian drones hit a refinery in Belgorod, Russian "
        "officials said.\n\nUkraine's air force said it shot down 20 drones over the Odesa region.",
        lang="en",
        at={"Odesa": dict(action="interception", attacker_country="RU")},
        world=FULL,
    ),
    Case(
        "a weapon taken down over a place was shot down there",
        "Another drone was taken down over the Voronezh region, says local governor Alexander Gusev.",
        lang="en",
        at={"Voronezh": dict(action="interception", claimant_country="RU")},
        world=FULL,
    ),
    *(
        Case(
            "a reporting verb joined to a denial by `but` keeps the denial's speaker and tells a claim",
            text,
            lang=lang,
            at={"Ganja": dict(claim_type="claim", claimant=claimant)},
            world=FULL,
        )
        for text, lang, claimant in [
            (
                "Azerbaijani officials denied any military losses but confirmed that Ganja came under rocket fire.",
                "en",
                "Azerbaijani officials",
            ),
            (
                "Pejabat Azerbaijan membantah adanya kerugian militer, tetapi mengonfirmasi bahwa Kota Ganja terkena "
                "serangan roket.",
                "id",
                "Pejabat Azerbaijan",
            ),
        ]
    ),
    *(
        Case(
            "`the city` a speaker's strike hit is the one town struck so far",
            text,
            lang=lang,
            rows=Rows(("place", "claimant_country"), [("Ganja", "AZ"), ("Ganja", "AZ")]),
            world=FULL,
        )
        for text, lang in [
            (
                "Rockets destroyed several houses in Ganja, the defence ministry said.\n\n"
                "Hikmet Hajiyev, an aide to Azerbaijan's president, said at least four missiles hit the city.",
                "en",
            ),
            (
                "Roket menghancurkan beberapa perumahan di Kota Ganja, kata kementerian pertahanan.\n\n"
                "Hikmet Hajiyev, Penasihat Presiden Azerbaijan, mengatakan setidaknya empat rudal menghantam kota itu.",
                "id",
            ),
        ]
    ),
    Case(
        "a village the index lacks is a place named: the local head's own town is no scene of its strike",
        "Menurut wali kota Qandala, Jama Mohamed Qurshe, enam rudal telah menghancurkan sebuah markas ISIS di desa "
        "Buqa, sejauh 60 km dari wilayahnya.",
        lang="id",
        places=[],
        world=FULL,
    ),
    *(
        Case(
            "a region whose clause strikes several unnamed townships in it is no point",
            text,
            lang=lang,
            places=[],
            world=FULL,
        )
        for text, lang in [
            (
                "Six civilians died after junta air raids in several townships in the Sagaing region, residents said.",
                "en",
            ),
            ("Enam warga sipil tewas setelah serangan udara junta di beberapa kotapraja di wilayah Sagaing.", "id"),
        ]
    ),
    Case(
        "`this city` in a datelined story that names no place struck is the city it was filed from",
        "GOMA — A drone strike attributed to government forces hit a residential neighborhood in this rebel-held city "
        "early Wednesday, killing several people.",
        lang="en",
        at={"GOMA": dict(action="drone_strike", attacker="government forces")},
        world=FULL,
    ),
    Case(
        "the agent a strike is attributed to ends before the strike verb",
        "A drone strike attributed to Russian forces hit a market in Kharkiv.",
        lang="en",
        at={"Kharkiv": dict(attacker="Russian forces", attacker_country="RU")},
        world=FULL,
    ),
    *(
        Case(
            "a passive claim's agent right after the verb is the claimant, not the attacker",
            text,
            lang="id",
            at={"Rawalpindi": dict(claimant=claimant, claimant_country="PK", attacker=None)},
            world=FULL,
        )
        for text, claimant in [
            ("Drone-drone itu diklaim Pakistan berhasil dijatuhkan di Rawalpindi.", "Pakistan"),
            ("Drone-drone itu diklaim oleh militer Pakistan berhasil dijatuhkan di Rawalpindi.", "militer Pakistan"),
        ]
    ),
    Case(
        "a village in another country than every place its sentence names, and far from them, is a namesake abroad",
        "Di Bint Jbeil, pesawat Israel menargetkan desa Haris, menewaskan dua orang, kata Kantor Berita Nasional.",
        lang="id",
        absent=["Haris"],
        world=FULL,
    ),
    *(
        Case(
            "a government's building in a capital is struck, not its seat", text, lang=lang, drawn={"Kyiv"}, world=FULL
        )
        for text, lang in [
            ("A Russian drone hit the seat of government in Kyiv overnight, the mayor said.", "en"),
            ("Rudal Rusia menghantam gedung pemerintahan di Kyiv, kata wali kota.", "id"),
        ]
    ),
    Case(
        "a capital fronted before a local body telling a strike is the strike's place",
        "In Kyiv, Ukraine's emergency service said a Russian missile hit an apartment building, killing three.",
        lang="en",
        drawn={"Kyiv"},
        world=FULL,
    ),
    Case(
        "a capital after a comma and a struck town speaks",
        "Ukrainian drones hit a refinery in Ryazan, Moscow said.",
        lang="en",
        at={"Ryazan": dict(claimant="Moscow", claimant_country="RU")},
        world=FULL,
    ),
    Case(
        "land a state claims (`wilayah yang diklaim Rusia`) makes it no speaker",
        "Drone Ukraina menyerang Donetsk, wilayah yang diklaim Rusia, kata pejabat setempat.",
        lang="id",
        at={"Donetsk": dict(claimant="pejabat setempat")},
        world=FULL,
    ),
    Case(
        "a strike claimed by a group with nothing after it is the group's own",
        "Serangan drone ke Eilat diklaim oleh Houthi.",
        lang="id",
        at={"Eilat": dict(attacker="Houthi", attacker_country="YE")},
        world=FULL,
    ),
    Case(
        "a village across a front from its sentence's other place is no namesake",
        "Israeli jets struck the village of Khiam after Hezbollah rockets hit Haifa.",
        lang="en",
        drawn={"Khiam", "Haifa"},
        world=FULL,
    ),
    Case(
        "a missile that brought down a building struck it",
        "A Russian missile brought down a nine-storey building in Dnipro, the governor said.",
        lang="en",
        at={"Dnipro": dict(action="missile_attack")},
        world=FULL,
    ),
    Case(
        "`the town` a speaker of another state tells of is not the one struck before",
        "Russian missiles hit Kharkiv on Monday, the governor said.\n\nIn the evening, Ukrainian drones hit a refinery "
        "in Russia, and a drone struck the town, the Russian governor said.",
        lang="en",
        rows=Rows(("place", "claimant_country"), [("Kharkiv", "UA")]),
        world=FULL,
    ),
    Case(
        "`the town` in a datelined story is no dateline city",
        "KYIV — Russian missiles hit the town, 30 km from the front, officials said.",
        lang="en",
        places=[],
        world=FULL,
    ),
    Case(
        "`the report` may be one just named: it takes no earlier speaker's voice",
        "Russian missiles hit Kharkiv, the governor said.\n\nAmnesty International published a report on Monday. "
        "Ukrainian shelling killed five people in Donetsk last month, the report said.",
        lang="en",
        at={"Donetsk": dict(claimant_country=None)},
        world=FULL,
    ),
    Case(
        "where a local head posted is no village: its town is the scene",
        "Kharkiv mayor Ihor Terekhov wrote on Telegram that a drone hit a residential building.",
        lang="en",
        drawn={"Kharkiv"},
        world=FULL,
    ),
    Case(
        "what a weapon struck may be named for trade (`export terminal`): the weapon is fired",
        "Ukraine hit the Ust-Luga export terminal with drones overnight, officials said.",
        lang="en",
        at={"Ust-Luga": dict(action="drone_strike")},
        world=FULL,
    ),
    Case(
        "a town word before a misspelt name of a city known across the article's country is that city, however far",
        "TEHERAN - Israel menyerang Iran pada Jumat dini hari.\nRudal Israel dilaporkan menghantam bandara di Kota "
        "Isafahan.",
        lang="id",
        at={"Isafahan": dict(place_name="Isfahan", attacker_country="IL")},
        world=FULL,
    ),
    *(
        Case(
            "a unit word and a relative clause after a speaker's place describe the place, not the speaker",
            text,
            lang=lang,
            at={place: dict(claimant=claimant, claimant_country="RU")},
            world=FULL,
        )
        for text, lang, place, claimant in [
            (
                "Vyacheslav Gladkov, the governor of Belgorod, a region that borders Ukraine, said Ukrainian drones "
                "hit a house in Shebekino.",
                "en",
                "Shebekino",
                "Vyacheslav Gladkov",
            ),
            (
                "Alexander Gusev, Gubernur Voronezh, daerah yang berbatasan dengan Ukraina, Rabu mengatakan bahwa "
                "pertahanan udara Rusia menembak jatuh 30 drone Ukraina di wilayah Voronezh.",
                "id",
                "Voronezh",
                "Alexander Gusev",
            ),
        ]
    ),
    Case(
        "`demikian dilaporkan X` after a claim: X reported it",
        "Jet tempur Israel menyerang beberapa lokasi di Homs, demikian dilaporkan kantor berita resmi Suriah, SANA.",
        lang="id",
        at={"Homs": dict(claimant="SANA", claimant_country="SY")},
        world=FULL,
    ),
    Case(
        "a capital's war a few words after its possessive names no place struck",
        "A fire broke out at an oil depot in the Bryansk region after a drone attack blamed on Ukraine, the governor "
        "said.\nUkraine has launched drones at Russia for months in answer to Moscow's nearly three-year offensive.",
        lang="en",
        published=None,
        absent=["Moscow's"],
        world=FULL,
    ),
    Case(
        "an aggression in a place names no place struck",
        "U.S. fighter aircraft struck two operations centres in response to attacks on U.S. bases that have escalated "
        "alongside Israel's aggression in Gaza.",
        lang="en",
        absent=["Gaza"],
        world=FULL,
    ),
    *(
        Case(
            "`the village` a later speaker's strike hit is the one village named as one so far, not its island",
            text,
            lang=lang,
            published="2024-08-18",
            rows=Rows(("place", "claimant"), expected),
            world=FULL,
        )
        for text, lang, expected in [
            (
                "An air strike hit the village of Aitaroun in the Bint Jbeil district on Friday, the civil defence "
                "said.\n\nThe area has seen daily fire for months.\n\nHussein Jaber, a local official, said a drone "
                "struck the village again at night.",
                "en",
                [("Aitaroun", "civil defence"), ("Aitaroun", "Hussein Jaber")],
            ),
            (
                "Jet tempur menjatuhkan bom di desa Kyauk Ni Maw di Pulau Ramree pada Jumat, kata pertahanan sipil.\n\n"
                "Wilayah itu dikuasai Tentara Arakan sejak tahun lalu.\n\nJuru bicara Tentara Arakan Khaing Thukha "
                "mengatakan jet tempur kembali mengebom desa tersebut pada malam hari.",
                "id",
                [
                    ("Kyauk Ni Maw", "pertahanan sipil"),
                    ("Ramree", "pertahanan sipil"),
                    ("Kyauk Ni Maw", "Juru bicara Tentara Arakan Khaing Thukha"),
                ],
            ),
        ]
    ),
    Case(
        "`the city` a speaker's strike hit is the one town struck so far, a district struck beside it aside",
        "Rockets hit Ganja and the Goranboy district overnight, the defence ministry said.\n\nHikmet Hajiyev, an aide "
        "to Azerbaijan's president, said at least four missiles hit the city.",
        lang="en",
        published="2020-10-05",
        rows=Rows(
            ("place", "claimant"),
            [("Ganja", "defence ministry"), ("Goranboy", "defence ministry"), ("Ganja", "Hikmet Hajiyev")],
        ),
        world=FULL,
    ),
    Case(
        "a downing says where a weapon was stopped (over occupied Crimea), not a land its state strikes",
        "Dozens of drones attacked Russia overnight.\n\nIn the Belgorod region, a drone hit a car, injuring three "
        "people.\n\nThe Russian defence ministry said it intercepted 44 Ukrainian drones, including seven over Crimea.",
        lang="en",
        published="2025-08-14",
        at={"Belgorod": dict(attacker_country="UA")},
        world=FULL,
    ),
    Case(
        "a head's region tells of the strike its paragraph told inside it",
        "Serangan drone Ukraina kembali membuat geger.\n\nKobaran api terlihat di kilang minyak Volgograd. Gubernur "
        "wilayah Volgograd, Andrei Bocharov, menyatakan puing-puing serangan menyebabkan tumpahan minyak.",
        lang="id",
        published="2025-08-14",
        rows=Rows(("place_name", "claimant"), [("Volgograd", None), ("Volgograd", "Andrei Bocharov")]),
        world=FULL,
    ),
    *(
        Case(
            "a strike word a distance is measured from tells nothing of the place",
            text,
            lang=lang,
            published="2025-08-14",
            at={"Volgograd": dict(action="drone_strike")},
            world=FULL,
        )
        for text, lang in [
            (
                "Ukrainian drones attacked Russia overnight.\n\nVideos showed a blaze at the refinery in Volgograd, "
                "some 470 km from the front line of the fighting.",
                "en",
            ),
            (
                "Drone Ukraina kembali menyerang Rusia pada Rabu malam.\n\nVideo memperlihatkan kobaran api di kilang "
                "minyak Volgograd, sekitar 470 kilometer dari garis depan pertempuran.",
                "id",
            ),
        ]
    ),
    *(
        Case(
            "where a speaker addressed its audience is no place struck",
            text,
            lang=lang,
            drawn={"Zamfara"},
            absent=("Abuja",),
            world=FULL,
        )
        for text, lang in [
            ("The army spokesman told reporters in Abuja that jets struck bandit camps in Zamfara on Monday.", "en"),
            ("The army spokesman said at a news conference in Abuja that jets struck bandit camps in Zamfara.", "en"),
            (
                "Juru bicara militer mengatakan kepada wartawan di Abuja bahwa jet tempur menyerang kamp bandit di "
                "Zamfara.",
                "id",
            ),
        ]
    ),
    *(
        Case(
            "a party accused of launching or carrying out a strike is its attacker",
            text,
            lang="en",
            at={place: dict(attacker_country=state)},
            world=FULL,
        )
        for text, place, state in [
            ("Ukraine accused Russia of launching a missile attack on Odesa overnight.", "Odesa", "RU"),
            ("Ukraine accused Russia of carrying out a drone attack on Odesa overnight.", "Odesa", "RU"),
        ]
    ),
    Case(
        "a speaker's province confirming the strike told earlier tells of that strike inside it",
        "Two mortar bombs dropped from drones struck Goma International Airport on Saturday.\n\nA security source said "
        "the bombs may have been launched from near the border.\n\nColonel Jean Mbala, spokesperson for the army in "
        "North Kivu province, confirmed the attack, accusing Rwanda of being behind it.",
        lang="en",
        rows=Rows(
            ("place_name", "claimant"),
            [
                ("Goma International Airport", None),
                ("Goma International Airport", "security source"),
                ("Goma International Airport", "Colonel Jean Mbala"),
            ],
        ),
        absent=("North Kivu",),
        world=FULL,
    ),
    *(
        Case(
            "an armed group named by one land's word speaks for that land, not its patron's",
            text,
            lang=lang,
            published="2024-05-16",
            at={"Zar'it": dict(claimant_country=state)},
            world=FULL,
        )
        for text, lang, state in [
            (
                "The Lebanese group said its fighters had struck spy equipment at the Zar'it barracks in northern "
                "Israel.",
                "en",
                "LB",
            ),
            (
                "Kelompok Lebanon itu mengatakan pejuangnya menyerang peralatan mata-mata di barak Zar'it di Israel "
                "utara.",
                "id",
                "LB",
            ),
            ("The Iran-backed group said its fighters had struck spy equipment at the Zar'it barracks.", "en", None),
        ]
    ),
    Case(
        "a namesake beside a place its sentence names beats a better-known one far from it",
        "An Israeli drone struck a car near Qana in southern Lebanon on Thursday.\n\nThe broadcaster also reported "
        "Israeli shelling on the border towns of Houla and Ayta al-Shaab.\n\nHezbollah said it fired rockets at an "
        "army command in Syria's occupied Golan Heights.",
        lang="en",
        at={"Houla": dict(country_code="LB")},
        world=FULL,
    ),
    Case(
        "a town `in` a bigger town nearby lies in that town's district: the bigger one is no place struck",
        "An Israeli drone hit a car on a road outside Qana in Tyre in southern Lebanon, the agency reported.",
        lang="en",
        drawn={"Qana"},
        absent=("Tyre",),
        world=FULL,
    ),
    *(
        Case(
            "the land a border is shared with says where the place beside it lies: no place struck",
            text,
            lang=lang,
            drawn={"Tegh"},
            absent=("Kelbajar",),
            world=FULL,
        )
        for text, lang in [
            (
                "The Armenian defence ministry said Azerbaijani forces shelled Armenian positions near Tegh village "
                "(border with Kelbajar) on Tuesday.",
                "en",
            ),
            (
                "Kementerian Pertahanan Armenia mengatakan pasukan Azerbaijan menembaki posisi Armenia dekat desa Tegh "
                "yang berbatasan dengan Kelbajar.",
                "id",
            ),
        ]
    ),
    *(
        Case(
            "a main clause after an opening concessive clause of downings tells a strike of its own",
            text,
            lang=lang,
            published="2024-12-19",
            at={"Novoshakhtinsk": dict(action="drone_strike")},
            world=FULL,
        )
        for text, lang in [
            (
                "While most of the drones had been downed by regional air defences, a fire broke out at the "
                "Novoshakhtinsk oil refinery, the governor said.",
                "en",
            ),
            (
                "Meskipun sebagian besar drone ditembak jatuh oleh pertahanan udara, kebakaran terjadi di kilang "
                "minyak Novoshakhtinsk, kata gubernur.",
                "id",
            ),
        ]
    ),
    Case(
        "where aid is let in is no place struck",
        "The US resumed airstrikes on Saada on Saturday after the Houthis threatened to attack Israeli targets until "
        "aid is permitted into Gaza.",
        lang="en",
        absent=("Gaza",),
        world=FULL,
    ),
    Case(
        "a district found only as a town of its name in another province than its sentence names is a namesake",
        "Pakistani jets bombed houses in Behsud district of Nangarhar province overnight, Taliban officials said.",
        lang="en",
        absent=("Behsud",),
        world=FULL,
    ),
    Case(
        "an assistant commissioner is a district officer: the local authority of the place it tells of",
        "Assistant Commissioner Waleed Anwar said Indian shelling hit the Nakyal sector in Kotli, Pakistan.",
        lang="en",
        at={"Kotli": dict(claimant_country="PK")},
        world=FULL,
    ),
    *(
        Case(
            "where the dead had fled from is their home, not where the strike was",
            text,
            lang=lang,
            absent=("Waziristan",),
            world=FULL,
        )
        for text, lang in [
            (
                "Officials said all those killed in the Pakistani air strike were refugees from the Waziristan region.",
                "en",
            ),
            (
                "Pejabat mengatakan semua yang tewas dalam serangan udara Pakistan adalah pengungsi dari wilayah "
                "Waziristan.",
                "id",
            ),
        ]
    ),
    Case(
        "a namesake in the mates' own land leaves the well-known place its name is",
        "Russian shelling hit Izium and Nikopol on Monday, killing three, officials said.",
        lang="en",
        at={"Nikopol": dict(place_id="geonames:700051")},
        world=FULL,
    ),
    Case(
        "journalists fired at are no audience: where they were is struck",
        "Israeli drones fired at journalists in Rafah, witnesses said.",
        lang="en",
        drawn={"Rafah"},
        world=FULL,
    ),
    Case(
        "an article's accused state is no attacker of a strike abroad its told strikes never hit",
        "Syrian government jets struck Idlib on Monday, killing 10 people, rescuers said.\n\nSyrian warplanes also "
        "bombed Maarat al-Numan.\n\nSeparately, a drone attacked a base housing US troops near Erbil, Iraqi "
        "officials said.",
        lang="en",
        at={"Erbil": dict(attacker_country=None)},
        world=FULL,
    ),
    Case(
        "a district is held to its province only when the province follows it",
        "Pakistani jets bombed Spera district on Monday, and drones also struck Barmal district of Paktika province.",
        lang="en",
        at={"Spera": dict(country_code="AF")},
        world=FULL,
    ),
    Case(
        "a town a movement goes `into` is no district of the town before it",
        "Israeli forces advanced from Jabalia into Gaza City, where airstrikes killed 20 people.",
        lang="en",
        drawn={"Jabalia", "Gaza City"},
        world=FULL,
    ),
    Case(
        "a speaker's region telling of a place of its own (`a nearby village`) is no claim of the town struck",
        "Russian missiles hit Kharkiv on Monday, the mayor said. The governor of the Kharkiv region said a drone "
        "attack injured three people in a nearby village.",
        lang="en",
        rows=Rows(("place", "claimant"), [("Kharkiv", "mayor")]),
        world=FULL,
    ),
    Case(
        "a strike word after a distance's reference and a place preposition is the strike's own",
        "Ukraine hit a refinery in Tuapse 300 km from the border in a drone attack overnight.",
        lang="en",
        at={"Tuapse": dict(action="drone_strike")},
        world=FULL,
    ),
]


def _ids(cases: list[Case]) -> list[str]:
    """The rule, numbered when several cases share it."""
    seen: Counter[str] = Counter()
    ids = []
    for case in cases:
        seen[case.rule] += 1
        ids.append(case.rule if [c.rule for c in cases].count(case.rule) == 1 else f"{case.rule} ({seen[case.rule]})")
    return ids


def extract(text: str, gazetteer, *, lang: str = "auto", published: str | None = "2024-01-10") -> list[StrikeReport]:
    return extract_text(text, document="t", published=published, lang=lang, gazetteer=gazetteer)


def drawn(reports: list[StrikeReport]) -> set[str]:
    return {r.place for r in reports if r.is_drawn_strike}


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_what_a_sentence_reports(case: Case, request: pytest.FixtureRequest) -> None:
    reports = extract(case.text, request.getfixturevalue(case.world), lang=case.lang, published=case.published)
    by_place = {r.place: r for r in reports}
    for place, expected in case.at.items():
        assert place in by_place, f"no report at {place}: {[r.place for r in reports]}"
        assert {f: getattr(by_place[place], f) for f in expected} == expected, place
    if case.places is not None:
        assert [r.place for r in reports] == case.places
    if case.drawn is not None:
        assert drawn(reports) == case.drawn
    assert not set(case.absent) & set(by_place)
    if case.rows is not None:
        got = [
            tuple(getattr(r, f) for f in case.rows.fields) for r in reports if r.is_drawn_strike or not case.rows.drawn
        ]
        expected = case.rows.expected
        assert (set(got) == expected) if isinstance(expected, set) else (Counter(got) == Counter(expected))


def test_a_third_language_is_only_a_data_file() -> None:
    assert {"id", "en", "ru"} <= set(available_languages())


def test_headline_and_dateline_make_no_reports_of_their_own(small_world) -> None:
    reports = extract(
        "Drones hit Sumy and Kharkiv\n"
        "Beirut (AFP) - Russian drones struck Kharkiv on Tuesday, killing two people, the regional governor said.",
        small_world,
    )
    assert [r.place for r in reports] == ["Kharkiv"]
    assert reports[0].evidence.startswith("Beirut (AFP)")
    reports = extract(  # after a headline, a standfirst and two photo captions
        "Drones hit Kharkiv\nThe governor said two people died.\nA photo of a street.\nA file photo of a field.\n"
        "Kyiv, Ukraine - Russian drones struck Kharkiv on Tuesday, the regional governor said.",
        small_world,
    )
    assert [r.place for r in reports] == ["Kharkiv"]
    for text in (  # a place, its country and a colon; a city, an agency and pipes; a city in capitals and the day
        "Drones hit Kharkiv\nKyiv, Ukraine: Russian drones struck Kharkiv on Tuesday, the regional governor said.",
        "Drones hit Kharkiv\nKYIV | Ukrinform | Russian drones struck Kharkiv on Tuesday, the regional governor said.",
        "Drones hit Kharkiv\nKYIV, Ukraine May 29 Russian drones struck Kharkiv on Tuesday, the governor said.",
    ):
        assert [r.place for r in extract(text, small_world)] == ["Kharkiv"]
    reports = extract(  # an outlet, a dash, the city, a dash
        "Drone Rusia menyerang Kharkiv\nKabarku.com - Kyiv - Drone Rusia menyerang Kharkiv pada Selasa, kata gubernur.",
        small_world,
        lang="id",
    )
    assert [r.place for r in reports] == ["Kharkiv"]


def test_a_relative_clause_inside_the_speaker_keeps_its_places_out_of_the_claim(small_world) -> None:
    by_place = {
        r.place: r
        for r in extract(
            "Pemerintah Gaza yang dikelola Hamas mengatakan serangan udara Israel menewaskan 20 orang di Rafah.",
            small_world,
            lang="id",
        )
    }
    assert set(by_place) == {"Rafah"} and by_place["Rafah"].claimant.startswith("Pemerintah Gaza")


def test_a_short_offset_from_a_town_is_a_strike_near_it_and_a_long_one_is_not(gazetteer) -> None:
    reports = extract(  # the full gazetteer: Balakliia is spelt like a village elsewhere (see test_resolve)
        "A drone struck a tractor in a field about 10 km east of Balakliia on Tuesday, the governor said. "
        "Drones attacked Shostka, a town about 140 km northwest of Sumy, on Tuesday, officials said.",
        gazetteer,
        published="2025-06-03",
    )
    assert drawn(reports) == {"Balakliia", "Shostka"}
    near = {r.place: r for r in reports}["Balakliia"]
    assert near.geo_precision == 2 and near.uncertainty_km >= 10


def test_a_distance_and_compass_point_from_a_port_draw_the_ship_where_it_was_hit(gazetteer) -> None:
    en = extract(
        "A cargo ship was hit by a drone about 60 nautical miles southwest of Hodeidah on Monday, the agency said.",
        gazetteer,
    )
    id_ = extract(
        "Kapal itu terkena drone sekitar 60 mil laut barat daya dari pelabuhan di Hodeidah, kata lembaga itu.",
        gazetteer,
        lang="id",
    )
    for reports in (en, id_):
        (ship,) = [r for r in reports if r.is_drawn_strike]
        port = gazetteer.candidates("Hodeidah", limit=1)[0]
        assert ship.place == "Hodeidah" and ship.place_id == f"{port.id}+111kmSW"
        assert 105 < distance_km(port.lat, port.lon, ship.lat, ship.lon) < 117
        assert ship.lat < port.lat - 0.5 and ship.lon < port.lon - 0.5  # southwest, at sea
        assert ship.uncertainty_km >= 0.4 * 111 and ship.place_name.startswith("111 km SW of ")


def test_a_measured_point_needs_its_compass_point_in_its_own_phrase_and_no_town_it_repeats(gazetteer) -> None:
    reports = extract(
        "Israeli drones struck Tyre on Monday, the ministry said. The coastal city, some 80 km south of Beirut, was "
        "hit again on Tuesday, the ministry said. Some 800 km to the east, residents of Omdurman said army drones "
        "struck the city's west on Sunday.",
        gazetteer,
    )
    assert not [r.place_id for r in reports if "+" in (r.place_id or "")]
    assert "Tyre" in drawn(reports)


def test_a_distance_in_metres_is_no_distance_in_kilometres(gazetteer) -> None:
    reports = extract(
        "A Russian drone hit a house 300 metres from the central market in Kharkiv on Monday, the governor said.",
        gazetteer,
    )
    assert drawn(reports) == {"Kharkiv"}


def test_a_state_body_telling_of_its_own_strike_after_a_lede_is_not_the_struck_state(gazetteer) -> None:
    reports = extract(
        "At least 10 people were killed in an Israeli strike on Nabatieh on Monday. The army said it had targeted a "
        "Hezbollah commander.",
        gazetteer,
    )
    assert [r for r in reports if r.place == "Nabatieh"]
    assert not [r for r in reports if r.claimant == "army" and r.claimant_country == "LB"]


def test_a_relative_clause_naming_a_town_is_no_speaker(small_world) -> None:
    reports = extract(
        "Ukrainian President Volodymyr Zelensky, who visited Kharkiv on Friday, condemned the attack on Sumy. "
        "Kyiv said Russian missiles hit Odesa on Monday.",
        small_world,
        lang="en",
    )
    by_place = {r.place: r for r in reports}
    assert drawn(reports) == {"Sumy", "Odesa"} and by_place["Sumy"].claimant != "visited Kharkiv on Friday"
    assert (by_place["Odesa"].claimant, by_place["Odesa"].claimant_country) == ("Kyiv", "UA")


def test_a_bare_state_body_takes_the_state_it_had_when_named_in_full(small_world) -> None:
    reports = extract(
        "The Israeli military said it struck militants in Beit Hanoun. Medics said the strike killed five people.\n\n"
        "The military said fighter jets struck a command centre in Nuseirat on Tuesday.",
        small_world,
        lang="en",
    )
    assert [r.claimant_country for r in reports if r.place == "Nuseirat"] == ["IL"]


@pytest.mark.parametrize(
    ("text", "lang", "north", "west"),
    [
        ("A drone strike hit a camp in northwestern Tigray on Friday, aid workers said.", "en", True, True),
        ("Serangan drone menghantam kamp di Tigray selatan pada Jumat, kata pekerja bantuan.", "id", False, False),
    ],
)
def test_a_part_of_an_area_is_drawn_at_that_parts_middle(gazetteer, text, lang, north, west) -> None:
    region = gazetteer.candidates("Tigray")[0]
    (report,) = [r for r in extract(text, gazetteer, lang=lang) if r.is_drawn_strike]
    assert (report.lat > region.lat + 0.3) is north and (report.lat < region.lat - 0.3) is not north
    assert (report.lon < region.lon - 0.3) is west
    assert report.uncertainty_km < region.radius_km
