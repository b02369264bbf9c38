"""Evaluation: the scoring rules on synthetic predictions, the gold-file checks, and the held-out gold corpus itself."""

from __future__ import annotations

import json
import re
import sys
import types
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

from gazetteer.place import distance_km
from geo.cli import main
from geo.errors import InputError
from geo.evaluation.gold import GoldDocument, GoldNegative, GoldStrike, load_gold
from geo.evaluation.score import evaluate_corpus, format_score, passes_gates, score_document, total_score
from geo.model import ACLED_TYPES, PROPERTIES, StrikeReport, make_report_id

GOLD_DIR = Path(__file__).parents[1] / "gold"
SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))

GANJA = (40.6828, 46.3606)
STEPANAKERT = (39.8153, 46.7519)
MINGECHAVIR = (40.7644, 47.0489)
BAKU = (40.4093, 49.8671)
TBILISI = (41.7151, 44.8271)


def _report(place: str, at: tuple[float, float], **changes) -> StrikeReport:
    action = changes.pop("action", "shelling")
    event_type, sub_event_type = ACLED_TYPES[action]
    base = {name: None for name in PROPERTIES}
    base.update(
        report_id=make_report_id(place, *at, changes.get("claimant")),
        place=place,
        action=action,
        event_type=event_type,
        sub_event_type=sub_event_type,
        claim_type="claim",
        status="unreviewed",
    )
    base.update(changes)
    return StrikeReport(**base, lat=at[0], lon=at[1])


def _strike(place: str, at: tuple[float, float], **changes) -> GoldStrike:
    values = dict(
        place=place,
        kind="city",
        lat=at[0],
        lon=at[1],
        tolerance_km=25.0,
        action="shelling",
        sub_event_type="Shelling/artillery/missile attack",
        claimant="Kementerian Pertahanan Azerbaijan",
        claimant_country="AZ",
        claimant_kind="military",
        attacker_country="AM",
        date="2020-10-04",
        evidence="...",
    )
    values.update(changes)
    return GoldStrike(**values)


def _gold(strikes: list[GoldStrike], negatives: tuple[GoldNegative, ...] | list[GoldNegative] = ()) -> GoldDocument:
    return GoldDocument(
        gold_path=Path("doc.gold.json"),
        article_path=Path("doc.txt"),
        published="2020-10-05",
        language="id",
        publisher=None,
        strikes=tuple(strikes),
        not_strikes=tuple(negatives),
    )


def _shift_north(at: tuple[float, float], km: float) -> tuple[float, float]:
    return (at[0] + km / 111.195, at[1])


# --- scoring rules ------------------------------------------------------------------------------------------------


def test_haversine_matches_a_degree_of_latitude_and_is_symmetric():
    assert distance_km(0, 0, 1, 0) == pytest.approx(111.195, abs=0.01)
    assert distance_km(*GANJA, *BAKU) == pytest.approx(distance_km(*BAKU, *GANJA))
    assert 290 < distance_km(*GANJA, *BAKU) < 300


def test_points_near_required_strikes_are_true_positives_and_others_false_positives():
    gold = _gold(
        [_strike("Ganja", GANJA), _strike("Mingechavir", MINGECHAVIR)],
        [GoldNegative("Baku", *BAKU, why="distance reference")],
    )
    predictions = [
        _report("Ganja", _shift_north(GANJA, 10)),
        _report("Baku", BAKU),
        _report("Tbilisi", TBILISI),
    ]
    score = score_document(gold, predictions)
    assert (score.tp, score.fp, score.ignored) == (1, 2, 0)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 2)
    assert score.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert score.negatives_hit == 1
    assert [m.split(" ")[0] for m in score.misses] == ["Mingechavir"]
    assert any(fp.startswith("Baku") and "distance reference" in fp for fp in score.false_positives)
    assert any(fp.startswith("Tbilisi") for fp in score.false_positives)


def test_tolerance_is_the_gold_strikes_own_radius():
    gold = _gold([_strike("Ganja", GANJA, tolerance_km=25.0), _strike("Karabakh", STEPANAKERT, tolerance_km=60.0)])
    inside = _report("Ganja", _shift_north(GANJA, 24))
    outside = _report("Ganja", _shift_north(GANJA, 26))
    wide = _report("Karabakh", _shift_north(STEPANAKERT, 55))
    assert score_document(gold, [inside]).tp == 1
    assert score_document(gold, [outside]).fp == 1
    assert score_document(gold, [wide]).tp == 1


def test_points_only_near_optional_strikes_are_ignored_and_optional_strikes_are_not_recalled():
    gold = _gold([_strike("Ganja", GANJA), _strike("Stepanakert", STEPANAKERT, optional=True)])
    score = score_document(gold, [_report("Stepanakert", STEPANAKERT)])
    assert (score.tp, score.fp, score.ignored) == (0, 0, 1)
    assert score.precision == 1.0
    assert (score.required, score.matched, score.recall) == (1, 0, 0.0)


def test_a_point_near_both_required_and_optional_strikes_is_a_true_positive():
    gold = _gold([_strike("Stepanakert", STEPANAKERT), _strike("Stepanakert", STEPANAKERT, optional=True)])
    score = score_document(gold, [_report("Stepanakert", STEPANAKERT)])
    assert (score.tp, score.ignored, score.recall) == (1, 0, 1.0)


def test_only_drawn_strikes_count():
    gold = _gold([_strike("Ganja", GANJA)], [GoldNegative("Baku", *BAKU, why="threat")])
    hidden = [
        _report("Ganja", GANJA, claim_type="denial"),
        _report("Baku", BAKU, claim_type="threat"),
        _report("Ganja", GANJA, action="interception"),
        _report("Ganja", GANJA, status="rejected"),
    ]
    score = score_document(gold, hidden)
    assert (score.tp, score.fp, score.negatives_hit, score.matched) == (0, 0, 0, 0)
    assert score_document(gold, [*hidden, _report("Ganja", GANJA, claim_type="accusation")]).matched == 1


def test_interceptions_count_where_the_gold_lists_interceptions_among_its_strikes():
    shot_down = _strike("Mingechavir", MINGECHAVIR, action="interception", sub_event_type="Disrupted weapons use")
    gold = _gold([_strike("Ganja", GANJA), shot_down])
    predictions = [
        _report("Ganja", GANJA),
        _report("Mingechavir", MINGECHAVIR, action="interception"),
        _report("Tbilisi", TBILISI, action="interception"),
        _report("Baku", BAKU, action="interception", claim_type="threat"),
    ]
    score = score_document(gold, predictions)
    assert (score.tp, score.fp, score.matched, score.action_correct) == (2, 1, 2, 2)
    assert score_document(_gold([_strike("Ganja", GANJA)]), predictions).fp == 0  # not annotated: not scored


def test_true_positives_near_a_negative_are_not_negatives_hit():
    near_baku = _shift_north(BAKU, 20)
    gold = _gold([_strike("Absheron", near_baku, tolerance_km=40)], [GoldNegative("Baku", *BAKU, why="reference")])
    score = score_document(gold, [_report("Absheron", near_baku), _report("Baku", BAKU)])
    assert (score.tp, score.negatives_hit) == (2, 0)


def test_claimant_country_is_right_when_some_matching_prediction_agrees():
    gold = _gold(
        [
            _strike("Ganja", GANJA, claimant_country="AZ"),
            _strike("Stepanakert", STEPANAKERT, claimant_country="AM"),
            _strike("Mingechavir", MINGECHAVIR, claimant=None, claimant_country=None, claimant_kind="media"),
        ]
    )
    predictions = [
        _report("Ganja", GANJA, claimant_country="AM"),
        _report("Ganja", GANJA, claimant_country="AZ"),
        _report("Stepanakert", STEPANAKERT, claimant_country="AZ"),
        _report("Mingechavir", MINGECHAVIR, claimant_country=None),
    ]
    score = score_document(gold, predictions)
    assert (score.matched, score.claimant_correct) == (3, 2)
    assert score.claimant_accuracy == pytest.approx(2 / 3)
    [wrong] = score.wrong_claimants
    assert wrong.startswith("Stepanakert") and "AZ" in wrong


def test_attacker_country_is_right_when_some_matching_prediction_names_an_accused_state():
    gold = _gold(
        [
            _strike("Ganja", GANJA, attacker_country="AM"),
            _strike("Stepanakert", STEPANAKERT, attacker_country=["AM", "AZ"]),  # each side blames the other
            _strike("Mingechavir", MINGECHAVIR, attacker_country=None),
        ]
    )
    predictions = [
        _report("Ganja", GANJA, attacker_country=None),
        _report("Stepanakert", STEPANAKERT, attacker_country="AZ"),
        _report("Mingechavir", MINGECHAVIR, attacker_country="AM"),
    ]
    score = score_document(gold, predictions)
    assert (score.matched, score.attacker_correct) == (3, 1)
    assert score.attacker_accuracy == pytest.approx(1 / 3)
    assert [w.split(":")[0] for w in score.wrong_attackers] == ["Ganja", "Mingechavir"]
    assert "attacker  33.3" in format_score(score)
    assert not passes_gates(score, min_f1=0.0, min_claimant_accuracy=0.0, min_attacker_accuracy=0.5)
    assert passes_gates(score, min_f1=0.0, min_claimant_accuracy=0.0, min_attacker_accuracy=0.3)


def test_action_accuracy_compares_acled_sub_event_types_not_action_words():
    gold = _gold(
        [
            _strike("Ganja", GANJA, action="artillery_rocket_fire"),
            _strike("Mingechavir", MINGECHAVIR, action="drone", sub_event_type="Air/drone strike"),
        ]
    )
    predictions = [_report("Ganja", GANJA, action="rocket_attack"), _report("Mingechavir", MINGECHAVIR)]
    score = score_document(gold, predictions)
    assert (score.matched, score.action_correct) == (2, 1)
    assert score.wrong_actions == [
        "Mingechavir: expected 'Air/drone strike', got ['Shelling/artillery/missile attack']"
    ]


def test_totals_are_micro_averaged():
    gold = _gold([_strike("Ganja", GANJA)])
    good = score_document(gold, [_report("Ganja", GANJA)])
    noisy = score_document(gold, [_report("Ganja", GANJA)] + [_report("Tbilisi", TBILISI)] * 3)
    total = total_score([good, noisy])
    assert (total.tp, total.fp, total.required, total.matched) == (2, 3, 2, 2)
    assert total.precision == pytest.approx(2 / 5)


def test_empty_denominators_and_gates():
    gold = _gold([_strike("Ganja", GANJA)])
    nothing = score_document(gold, [])
    assert (nothing.precision, nothing.recall, nothing.f1, nothing.claimant_accuracy) == (1.0, 0.0, 0.0, None)
    assert passes_gates(nothing, min_f1=0.0, min_claimant_accuracy=0.0)
    assert not passes_gates(nothing, min_f1=0.0, min_claimant_accuracy=0.5)
    perfect = score_document(gold, [_report("Ganja", GANJA, claimant_country="AZ")])
    assert passes_gates(perfect, min_f1=1.0, min_claimant_accuracy=1.0)


# --- gold files and the command -----------------------------------------------------------------------------------


def _write_gold(folder: Path, name: str, strikes: list[dict], **changes) -> Path:
    (folder / f"{name}.txt").write_text("Ganja ditembaki pada Minggu malam, kata Kementerian Pertahanan Azerbaijan.")
    doc = {"document": f"{name}.txt", "language": "id", "published": "2020-10-05", "strikes": strikes}
    doc["not_strikes"] = [{"place": "Baku", "lat": BAKU[0], "lon": BAKU[1], "why": "reference"}]
    doc.update(changes)
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _strike_json(**changes) -> dict:
    strike = asdict(_strike("Ganja", GANJA))
    del strike["optional"]
    strike.update(changes)
    return strike


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lat": 123.0}, "out of range"),
        ({"lon": "46.36"}, "wrong type"),
        ({"tolerance_km": 0}, "positive"),
        ({"sub_event_type": "Shelling"}, "sub_event_type"),
        ({"claimant_country": "Azerbaijan"}, "ISO 3166-1"),
        ({"attacker_country": ["AM", "armenia"]}, "ISO 3166-1"),
        ({"date": "4/10/2020"}, "YYYY-MM-DD"),
        ({"claimant_kind": "president"}, "claimant_kind"),
        ({"optional": "yes"}, "optional"),
    ],
)
def test_malformed_strikes_are_input_errors_naming_file_and_field(tmp_path, change, message):
    path = _write_gold(tmp_path, "bad", [_strike_json(**change)])
    with pytest.raises(InputError, match=message) as err:
        load_gold(path)
    assert "bad.gold.json: strikes[0]" in str(err.value)


def test_the_news_gold_schema_names_the_action_only_and_may_be_undated(tmp_path):
    strike = _strike_json(action="drone_strike", date=None)
    del strike["sub_event_type"], strike["kind"]
    gold = load_gold(_write_gold(tmp_path, "news", [strike], published=None))
    [parsed] = gold.strikes
    assert (parsed.sub_event_type, parsed.date, gold.published) == ("Air/drone strike", None, None)
    unknown = _strike_json(action="bombing")
    del unknown["sub_event_type"]
    with pytest.raises(InputError, match="action 'bombing' is not one of"):
        load_gold(_write_gold(tmp_path, "odd", [unknown]))


def test_missing_fields_bad_json_and_missing_articles_are_input_errors(tmp_path):
    strike = _strike_json()
    del strike["evidence"]
    with pytest.raises(InputError, match="missing field 'evidence'"):
        load_gold(_write_gold(tmp_path, "a", [strike]))
    with pytest.raises(InputError, match="not a file next to"):
        load_gold(_write_gold(tmp_path, "b", [_strike_json()], document="nowhere.txt"))
    with pytest.raises(InputError, match="not a file next to"):
        load_gold(_write_gold(tmp_path, "c", [_strike_json()], document="../c.txt"))
    broken = tmp_path / "d.gold.json"
    broken.write_text("{not json")
    with pytest.raises(InputError, match="not valid UTF-8 JSON"):
        load_gold(broken)


def test_cli_exits_2_with_one_line_for_missing_empty_or_malformed_gold(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "absent")]) == 2
    assert main(["evaluate", str(tmp_path)]) == 2
    _write_gold(tmp_path, "x", [_strike_json(lat=None)])
    assert main(["evaluate", str(tmp_path)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("error: ") for line in lines)
    assert "does not exist" in lines[0] and "no *.gold.json" in lines[1] and "x.gold.json" in lines[2]


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Stand-in for geo.extract.pipeline so the command's own behaviour (running, printing, gating) is tested alone."""
    outputs: dict[str, list[StrikeReport]] = {}
    calls: list[dict] = []

    def extract_text(text: str, **kwargs) -> list[StrikeReport]:
        calls.append({"text": text, **kwargs})
        return outputs[kwargs["document"]]

    module = types.ModuleType("geo.extract.pipeline")
    module.extract_text = extract_text
    monkeypatch.setitem(sys.modules, "geo.extract.pipeline", module)
    return outputs, calls


def test_evaluate_corpus_runs_extraction_per_document_and_gates(tmp_path, capsys, fake_pipeline):
    outputs, calls = fake_pipeline
    sub = tmp_path / "nested"
    sub.mkdir()
    _write_gold(tmp_path, "one", [_strike_json()], publisher="Antara")
    two = [_strike_json(place="Mingechavir", lat=MINGECHAVIR[0], lon=MINGECHAVIR[1])]
    _write_gold(sub, "two", two, language="en")
    outputs["one.txt"] = [_report("Ganja", GANJA, claimant_country="AZ")]
    outputs["two.txt"] = [_report("Baku", BAKU, claimant="Hikmet Hajiyev", claimant_country="AZ")]

    assert evaluate_corpus(tmp_path) == 0
    out = capsys.readouterr().out
    by_document = {c["document"]: c for c in calls}
    assert set(by_document) == {"one.txt", "two.txt"}
    one = by_document["one.txt"]
    assert (one["published"], one["lang"], one["publisher"]) == ("2020-10-05", "id", "Antara")
    assert one["text"].startswith("Ganja ditembaki")
    assert "miss: Mingechavir" in out
    assert "false positive: Baku" in out and "reference" in out
    assert by_document["two.txt"]["lang"] == "en"
    assert re.search(r"TOTAL id: P +100\.0 +R +100\.0", out) and re.search(r"TOTAL en: P +0\.0 +R +0\.0", out)
    assert re.search(r"TOTAL: P +50\.0 +R +50\.0 +F1 +50\.0", out)

    assert evaluate_corpus(tmp_path, min_f1=0.5, min_claimant_accuracy=1.0) == 0
    capsys.readouterr()
    assert evaluate_corpus(tmp_path, min_f1=0.6) == 1
    [gate] = capsys.readouterr().err.splitlines()
    assert "F1 50.0% (minimum 60%)" in gate
    outputs["one.txt"] = [_report("Ganja", GANJA, claimant_country="AM")]
    assert evaluate_corpus(tmp_path, min_claimant_accuracy=0.5) == 1
    assert "wrong claimant: Ganja" in capsys.readouterr().out


def test_an_article_in_a_language_without_a_lexicon_is_read_with_detection(tmp_path, fake_pipeline):
    outputs, calls = fake_pipeline
    _write_gold(tmp_path, "ar", [_strike_json()], language="xx")
    outputs["ar.txt"] = []
    evaluate_corpus(tmp_path)
    assert calls[0]["lang"] == "auto"


def test_evaluation_can_keep_to_some_languages(tmp_path, fake_pipeline):
    outputs, calls = fake_pipeline
    _write_gold(tmp_path, "one", [_strike_json()])
    _write_gold(tmp_path, "two", [_strike_json()], language="en")
    outputs["one.txt"] = outputs["two.txt"] = []
    evaluate_corpus(tmp_path, languages=("en",))
    assert [c["document"] for c in calls] == ["two.txt"]
    with pytest.raises(InputError, match="no gold files in ar"):
        evaluate_corpus(tmp_path, languages=("ar",))


def test_an_unreadable_gold_article_is_an_input_error_naming_it(tmp_path, fake_pipeline):
    _write_gold(tmp_path, "one", [_strike_json()])
    (tmp_path / "one.txt").write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(InputError, match=r"one\.txt is not UTF-8"):
        evaluate_corpus(tmp_path)


def test_evaluate_json_output_is_machine_readable(tmp_path, capsys, fake_pipeline):
    outputs, _ = fake_pipeline
    _write_gold(tmp_path, "one", [_strike_json()])
    outputs["one.txt"] = [_report("Ganja", GANJA, claimant_country="AZ"), _report("Tbilisi", TBILISI)]
    assert main(["evaluate", str(tmp_path), "--json", "--min-f1", "0.6"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"]["precision"] == 0.5 and result["total"]["recall"] == 1.0
    assert result["total"]["false_positives"][0].startswith("one: Tbilisi")
    assert result["languages"]["id"]["tp"] == 1
    assert result["documents"][0]["document"] == "one"
    assert result["documents"][0]["false_positives"][0].startswith("Tbilisi")
    assert result["passed"] is True
    assert main(["evaluate", str(tmp_path), "--json", "--min-f1", "0.7"]) == 1
    assert json.loads(capsys.readouterr().out)["passed"] is False
    # the Ganja report names no attacker where the gold accuses Armenia
    assert main(["evaluate", str(tmp_path), "--json", "--min-attacker-accuracy", "0.5"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["total"]["attacker_accuracy"] == 0.0 and result["passed"] is False
    outputs["one.txt"] = [_report("Ganja", GANJA, attacker_country="AM")]
    assert main(["evaluate", str(tmp_path), "--json", "--min-attacker-accuracy", "1.0"]) == 0


# --- the held-out gold corpus -------------------------------------------------------------------------------------


def _fragments(evidence: str) -> list[str]:
    return [part.strip(" .\"'") for part in evidence.split("...") if part.strip(" .\"'")]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_gold_corpus_is_big_and_bilingual_enough():
    golds = [load_gold(path) for path in GOLD_FILES]
    languages = [g.language for g in golds]
    assert len(golds) >= 14
    assert languages.count("id") >= 6 and languages.count("en") >= 6
    assert len({g.article_path.name for g in golds}) == len(golds)


@pytest.mark.parametrize("path", GOLD_FILES + sorted(SEED_DIR.glob("*.gold.json")), ids=lambda p: p.name)
def test_every_gold_file_is_well_formed_and_agrees_with_its_article(path):
    gold = load_gold(path)
    text = _squash(gold.article_path.read_text(encoding="utf-8"))
    assert 1500 <= len(text.encode("utf-8")) <= 4096 or path.parent == SEED_DIR
    assert gold.language in ("id", "en")
    assert any(not s.optional for s in gold.strikes), "every document needs at least one required strike"
    assert gold.not_strikes, "every document names at least one place that is not a strike"
    published = date.fromisoformat(gold.published)
    for strike in gold.strikes:
        assert strike.place in text, strike.place
        for fragment in _fragments(strike.evidence):
            assert _squash(fragment) in text, fragment
        assert 0 <= (published - date.fromisoformat(strike.date)).days <= 31, strike.date
        assert strike.tolerance_km >= 5, "tighter than a town centre is known"
    for negative in gold.not_strikes:
        assert negative.place.split(" (")[0].casefold() in text.casefold(), negative.place
