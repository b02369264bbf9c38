"""`python -m gazetteer`: JSON lines best first, examples in --help, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gazetteer import Gazetteer
from gazetteer.cli import LOOKUP_KEYS, main


def test_lookup_prints_json_lines_best_first(gazetteer: Gazetteer, capsys) -> None:
    assert main(["lookup", "Armenia", "--limit", "3"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 3 and all(tuple(row) == LOOKUP_KEYS for row in rows)
    assert rows[0]["country_code"] == "AM" and rows[0]["feature_code"] == "PCLI"
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_lookup_honours_the_country(gazetteer: Gazetteer, capsys) -> None:
    assert main(["lookup", "Armenia", "--country", "co", "--limit", "2"]) == 0
    assert {json.loads(line)["country_code"] for line in capsys.readouterr().out.splitlines()} == {"CO"}


def test_no_match_prints_no_json_and_says_so_on_stderr(gazetteer: Gazetteer, capsys) -> None:
    assert main(["lookup", "Qwxzvbnm", "--country", "az"]) == 0
    captured = capsys.readouterr()
    assert (
        captured.out == ""
        and captured.err == "no place called 'Qwxzvbnm' in AZ; try another spelling, or import-geonames for villages\n"
    )


@pytest.mark.parametrize("country", ["XX", "Azerbaijan", "1"])
def test_bad_country_codes_are_one_line_errors(gazetteer: Gazetteer, capsys, country: str) -> None:
    assert main(["lookup", "Ganja", "--country", country]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("error: --country") and captured.err.count("\n") == 1


def test_help_shows_an_example() -> None:
    result = subprocess.run([sys.executable, "-m", "gazetteer", "--help"], capture_output=True, text=True, check=True)
    assert "python -m gazetteer lookup" in result.stdout


def test_missing_file_from_the_command_line_exits_2_without_traceback(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gazetteer", "import-geonames", str(tmp_path / "nope.zip")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_an_empty_name_is_a_one_line_error(capsys) -> None:
    assert main(["lookup", "  "]) == 2
    assert capsys.readouterr().err.startswith("error: NAME is empty")


def test_an_unusable_data_directory_is_a_one_line_error(tmp_path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the data directory should be", encoding="utf-8")
    monkeypatch.setenv("STRIKEMAP_DATA", str(blocker))
    assert main(["build"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "STRIKEMAP_DATA" in err and err.count("\n") == 1
