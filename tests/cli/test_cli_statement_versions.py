"""``statement export --note/--dated`` and ``statement versions --register [--on]``: a paper
statement recorded with its own date, a new version with its change note, the history and the
version in force on a day; a future date or one before the previous version is refused in the
user's language and nothing is archived."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.cli_runner import set_up_business

EXPORT = ("statement", "export", "--register", "1", "--out")


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    set_up_business(run)
    return run


def test_versions_are_recorded_listed_and_found_by_day(run, clock, tmp_path):
    status, paper, _ = run(*EXPORT, str(tmp_path / "v1.pdf"), "--dated", "15.3.2024")
    assert status == 0
    assert paper["version"] == {
        "register_id": 1,
        "number": 1,
        "dated": "2024-03-15",
        "note": "",
        "document_id": paper["id"],
    }
    clock.set(date(2026, 12, 6))
    status, new, _ = run(*EXPORT, str(tmp_path / "v2.pdf"), "--note", "Uutiskirje lisätty")
    assert status == 0 and new["version"]["number"] == 2
    assert new["version"]["dated"] == "2026-12-06"

    status, listed, _ = run("statement", "versions", "--register", "1")
    assert status == 0
    assert [(v["number"], v["note"]) for v in listed] == [(1, ""), (2, "Uutiskirje lisätty")]
    assert run("statement", "versions", "--register", "1", "--on", "1.1.2026")[1]["number"] == 1
    assert run("statement", "versions", "--register", "1", "--on", "2026-12-06")[1]["number"] == 2
    assert run("statement", "versions", "--register", "1", "--on", "1.1.2020")[1] is None

    status, shown, _ = run(
        "--lang", "fi", "statement", "versions", "--register", "1", json_mode=False
    )
    assert status == 0
    assert "Versio" in shown and "15.3.2024" in shown and "Uutiskirje lisätty" in shown
    status, shown, _ = run(
        "--lang", "fi", "statement", "versions", "--register", "1", "--on", "1.1.2020",
        json_mode=False,
    )  # fmt: skip
    assert status == 0 and "1.1.2020" in shown and "voimassa" in shown


def test_bad_dates_are_refused_in_finnish_and_nothing_is_archived(run, tmp_path):
    status, _, err = run("--lang", "fi", *EXPORT, str(tmp_path / "x.pdf"), "--dated", "1.1.2099")
    assert status == 2 and "dated:" in err and "tulevaisuudessa" in err
    assert run(*EXPORT, str(tmp_path / "v1.pdf"), "--dated", "1.5.2025")[0] == 0
    status, _, err = run("--lang", "fi", *EXPORT, str(tmp_path / "x.pdf"), "--dated", "30.4.2025")
    assert status == 2 and "versiota 1" in err and "1.5.2025" in err
    assert not (tmp_path / "x.pdf").exists()
    assert len(run("documents", "list")[1]) == 1
    status, _, err = run("--lang", "fi", "statement", "versions", "--register", "9")
    assert status == 2 and "9" in err
