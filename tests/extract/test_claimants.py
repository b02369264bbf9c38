"""The claimants an article named before: a bare `the military` takes the state of the latest full name it repeats."""

from __future__ import annotations

from geo.extract.attribution import Claimant, read_sentence
from geo.extract.claimants import NamedBodies, spelt_out_acronyms
from geo.extract.pipeline import extract_text
from geo.lexicon import load_lexicon
from geo.text import normalise


def _body(name: str, country: str | None, kind: str = "military") -> Claimant:
    return Claimant(name, kind, country, explicit=True)


def test_a_bare_body_takes_the_latest_full_name_it_repeats() -> None:
    named = NamedBodies(load_lexicon("en"))
    israeli, syrian = _body("The Israeli military", "IL"), _body("the Syrian military", "SY")
    named.add(israeli)
    named.add(syrian)
    assert named.with_all_words(_body("the military", None)) == syrian
    named.add(israeli)  # named again: the latest again
    assert named.with_all_words(_body("the military", None)) == israeli


def test_every_word_must_be_in_the_earlier_name_and_it_must_have_a_state() -> None:
    named = NamedBodies(load_lexicon("en"))
    named.add(_body("The Israeli military", "IL"))
    named.add(_body("the army", None))
    assert named.with_all_words(_body("the defence ministry", None, "government")) is None
    assert named.with_all_words(_body("the army", None)) is None  # named, but with no state to lend
    assert named.with_all_words(_body("the", None)) is None  # no content word


def test_a_surname_takes_the_full_name_it_ends() -> None:
    named = NamedBodies(load_lexicon("id"))
    fedorov = _body("Gubernur Ivan Fedorov", "UA", "official")
    named.add(fedorov)
    named.add(_body("Gubernur Oleh Syniehubov", "UA", "official"))
    assert named.ending_with(_body("Fedorov", None, "unknown")) == fedorov
    assert named.ending_with(_body("Ivan Fedorov", None, "unknown")) == fedorov
    assert named.ending_with(_body("Petrov", None, "unknown")) is None


def test_a_body_named_among_thousands_is_found() -> None:
    named = NamedBodies(load_lexicon("en"))
    named.add(_body("the Ukrainian air force", "UA"))
    for k in range(5000):
        named.add(_body(f"the Brigade {k} command", None, "armed_group"))
    assert named.with_all_words(_body("the air force", None)) == _body("the Ukrainian air force", "UA")


def _acronyms(text: str, lang: str = "en") -> dict[str, str | None]:
    doc = normalise(text, lang=lang)
    lex = load_lexicon(lang)
    sentences = [read_sentence(doc, i, lex) for i in range(len(doc.sentences))]
    return {k: c.country for k, c in spelt_out_acronyms(doc, sentences, lex).items()}


def test_an_acronym_spelt_out_in_brackets_or_restated_with_or_names_its_body() -> None:
    text = (
        "Fighters of the Arakan Army, or AA, took the town. The Sudanese Armed Forces (SAF) said they shot down "
        "drones. Jakarta (ANTARA) reported the news."
    )
    # the initials must be the name's: `Jakarta (ANTARA)` defines nothing
    assert _acronyms(text) == {"AA": "MM", "SAF": "SD"}


def test_a_bare_acronym_speaks_for_the_body_the_article_spelt_out(gazetteer) -> None:
    text = (
        "The Arakan Army, or AA, has taken three towns since June.\n\nFamilies fled by boat.\n\n"
        "A bomb dropped by a jet on Pauktaw township killed nine people on Sunday, the AA said."
    )
    (report,) = [r for r in extract_text(text, document="t", lang="en", gazetteer=gazetteer) if r.is_drawn_strike]
    assert (report.place, report.claimant, report.claimant_country) == ("Pauktaw", "AA", "MM")


def test_a_person_named_bare_after_a_local_authority_spoke_speaks_for_the_place_state(gazetteer) -> None:
    text = (
        "Drones hit a grain terminal in the south of Ukraine's Odesa region overnight, the regional governor said.\n\n"
        "The strikes went on for two hours and hit the port of Izmail, Oleg Kiper wrote on Telegram."
    )
    reports = [r for r in extract_text(text, document="t", lang="en", gazetteer=gazetteer) if r.is_drawn_strike]
    assert {(r.place, r.claimant, r.claimant_country) for r in reports} >= {("Izmail", "Oleg Kiper", "UA")}


def test_a_bare_person_speaks_for_no_state_when_no_local_authority_spoke(gazetteer) -> None:
    text = "Sebuah drone menghantam pasar di kota Belgorod pada Minggu pagi, kata Vyacheslav Gladkov."
    (report,) = [r for r in extract_text(text, document="t", lang="id", gazetteer=gazetteer) if r.is_drawn_strike]
    assert (report.place, report.claimant_country) == ("Belgorod", None)
    text = "Menurut gubernurnya, wilayah itu diserang lagi.\n\n" + text
    (report,) = [r for r in extract_text(text, document="t", lang="id", gazetteer=gazetteer) if r.is_drawn_strike]
    assert (report.place, report.claimant, report.claimant_country) == ("Belgorod", "Vyacheslav Gladkov", "RU")


def test_a_local_authority_counts_for_a_bare_person_only_while_it_is_among_the_last_speakers() -> None:
    named = NamedBodies(load_lexicon("en"))
    assert not named.local_authority_spoke
    named.add(Claimant("regional governor", "official", None, explicit=True, local=True))
    assert named.local_authority_spoke
    for body in ("the army", "the health ministry", "the foreign ministry"):
        named.add(_body(body, "RU"))
    assert not named.local_authority_spoke  # three other speakers since: another story's governor
