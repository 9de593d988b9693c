"""``tietosuoja breaches``: logging, the 72-hour clock in the list, notify, inform with letters,
close, and bad input as a clear message."""

from __future__ import annotations

from datetime import date, time

import pytest
from pypdf import PdfReader


@pytest.fixture
def run(run_en):
    """Messages in English here (``--lang en``)."""
    return run_en


def add(run, *extra: str):
    status, data, err = run(
        "breaches", "add", "--description", "Laptop stolen", "--nature", "confidentiality", *extra
    )
    assert status == 0, err
    return data


def test_add_and_list_show_the_clock(run, clock):
    first = add(run, "--discovered", "2026-11-21 09:00", "--people", "40")
    assert first["notification_due"] == "2026-11-24T09:00:00"
    assert first["hours_left"] == 45.0 and first["urgency"] == "soon"
    add(run, "--discovered", "2026-11-22 08:00")
    add(run, "--risk", "unlikely", "--risk-reasoning", "Encrypted disk")
    status, data, _ = run("breaches", "list")
    assert [b["id"] for b in data] == [1, 2, 3]
    assert data[2]["notification_required"] is False and data[2]["hours_left"] is None
    clock.set(date(2026, 11, 24), at=time(10, 30))
    status, text, _ = run("breaches", "list", json_mode=False)
    assert status == 0
    assert "overdue by 1 h 30 min" in text
    assert "21 h 30 min left" in text
    assert "not required" in text


def test_notify_late_needs_reasons(run, clock):
    add(run, "--discovered", "2026-11-18 09:00")
    status, _, err = run("breaches", "notify", "1", "--reference", "TSV/1")
    assert status == 2 and "72 hours" in err
    status, data, _ = run(
        "breaches", "notify", "1", "--reference", "TSV/1", "--delay-reasons", "Weekend", "--phases"
    )
    assert status == 0
    assert data["authority_reference"] == "TSV/1" and data["notified_in_phases"] is True
    assert data["urgency"] == "closed"


def test_inform_writes_a_letter_per_linked_customer_and_close(run, tmp_path):
    run("init", "--name", "Kahvila Esimerkki Tmi", "--business-id", "3354302-8")
    _, veera, _ = run(
        "customers", "add", "--first-name", "Veera", "--last-name", "Väisänen",
        "--street-address", "Kauppakatu 1", "--language", "sv",
    )  # fmt: skip
    add(run, "--risk", "high", "--discovered", "2026-11-22 08:00", "--customer", str(veera["id"]))
    status, _, err = run("breaches", "close", "1")
    assert status == 2 and "authority" in err
    assert run("breaches", "notify", "1", "--at", "2026-11-22 11:00")[0] == 0
    status, data, err = run(
        "breaches", "inform", "1", "--how", "letter", "--letters", str(tmp_path)
    )
    assert status == 0, err
    (letter,) = data["letters"]
    assert data["people_informed_count"] == 1
    content = PdfReader(letter).pages[0].extract_text()
    assert "personuppgiftsincident" in content and "Veera" in content
    status, data, _ = run("breaches", "close", "1")
    assert status == 0 and data["status"] == "closed"
    status, data, _ = run("breaches", "show", "1", "--pdf", str(tmp_path / "report.pdf"))
    assert status == 0 and (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_signed_letters_verify_and_a_wrong_passphrase_records_nothing(run, tmp_path, monkeypatch):
    run("init", "--name", "Kahvila Esimerkki Tmi", "--business-id", "3354302-8")
    _, veera, _ = run("customers", "add", "--first-name", "Veera", "--last-name", "Väisänen")
    add(run, "--risk", "high", "--customer", str(veera["id"]))
    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", "oikea-salasana-42")
    assert run("signing", "create")[0] == 0
    letters = tmp_path / "letters"

    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", "vaara")
    inform = ("breaches", "inform", "1", "--how", "letter", "--letters", str(letters), "--sign")
    status, _, err = run(*inform)
    assert status == 2 and err.strip()
    assert not letters.exists()
    _, shown, _ = run("breaches", "show", "1")
    assert shown["people_informed_at"] is None  # a typo stops before anything is recorded

    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", "oikea-salasana-42")
    status, data, err = run(*inform)
    assert status == 0, err
    assert data["signed"] is True and data["people_informed_count"] == 1
    (letter,) = data["letters"]
    status, result, _ = run("verify", letter)
    assert status == 0 and result["valid"] and result["intact"]
    assert result["signer"] == "Kahvila Esimerkki Tmi"

    status, _, err = run("breaches", "inform", "1", "--how", "letter", "--sign")
    assert status == 2 and "--letters" in err


def test_bad_input_is_a_clear_message(run, capsys):
    status, _, err = run("breaches", "add", "--description", " ")
    assert status == 2
    assert "Describe what happened" in err and "confidentiality, integrity" in err
    with pytest.raises(SystemExit):
        run("breaches", "add", "--description", "x", "--discovered", "yesterday")
    status, _, err = run("breaches", "show", "9")
    assert status != 0 and "9" in err
