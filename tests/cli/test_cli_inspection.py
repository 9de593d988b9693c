"""``inspection pack`` writes the supervisor's folder into a folder or a ZIP, signed with the
passphrase from the environment, and lists what is still open in the chosen language; a period
starting tomorrow or a wrong passphrase is refused with nothing written."""

from __future__ import annotations

import zipfile

import pytest
from helpers.cli_runner import set_up_business

from tietosuoja_desktop.services import open_services

PASSPHRASE = "oikea-salasana-42"


@pytest.fixture
def run(run):
    set_up_business(run)
    return run


def test_the_pack_goes_into_a_zip_signed_and_says_what_is_open(
    run, data_dir, clock, tmp_path, monkeypatch
):
    with open_services(data_dir, clock) as services:
        services.documents.create_identity(PASSPHRASE)
    out = tmp_path / "kansio.zip"
    env = pytest.MonkeyPatch()
    env.setenv("TIETOSUOJA_SIGN_PASSPHRASE", PASSPHRASE)
    try:
        status, made, _ = run(
            "inspection", "pack", "--out", str(out), "--sign", "--from", "1.1.2026"
        )
    finally:
        env.undo()
    assert status == 0 and made["signed"] and made["path"] == str(out)
    with zipfile.ZipFile(out) as bundle:
        names = [name.split("/", 1)[1] for name in bundle.namelist()]
    assert names == made["files"]
    opened = {item["item"] for item in made["items"] if item["open"]}
    assert {"statements", "dpia", "security", "dpo", "confidentiality", "policy"} <= opened
    assert "processing_record" not in opened


def test_the_text_lists_open_items_in_swedish(run, tmp_path):
    status, printed, _ = run(
        "inspection", "pack", "--out", str(tmp_path), "--lang", "sv", json_mode=False
    )
    assert status == 0
    assert "- Dataskyddspolicy: Ännu inte antecknat: upprätta en dataskyddspolicy." in printed
    assert (tmp_path / "tillsynsmapp-2026-11-22").is_dir()


def test_a_period_from_tomorrow_and_a_wrong_passphrase_write_nothing(run, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    status, _, err = run("inspection", "pack", "--out", str(tmp_path / "a"), "--from", "1.12.2026")
    assert status != 0 and err.strip()
    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", "väärä")
    status, _, err = run("inspection", "pack", "--out", str(tmp_path / "b.zip"), "--sign")
    assert status == 2 and err.strip()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
