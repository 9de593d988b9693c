"""What a Windows user's computer looks like, simulated here where it is our code: a profile
folder with a space and non-ASCII letters ("C:\\Users\\Åsa Öhman"), a customer list saved by
Excel (a BOM and CRLF line ends), and a computer whose key store is missing."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from helpers.registers import TEST_PASSPHRASE, make_encrypted_register
from keyring.backends import fail

from tietosuoja_desktop.cli import main
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.encryption import PASSPHRASE_ENV

EXCEL_ROWS = [
    "Etunimi;Sukunimi;Sähköposti;Puhelin;Postitoimipaikka",
    "Åsa;Öhman;asa.ohman@example.fi;040 123 4567;Mariehamn",
    'Väinö;"Järvinen-Ääritalo";vaino@example.fi;;"Pori"',
]


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``%USERPROFILE%``: the home folder, its Documents and the app's data folder in it."""
    home = tmp_path / "Users" / "Åsa Öhman"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    return home


def data_dir_in(profile: Path) -> Path:
    return profile / "AppData" / "Roaming" / "Tietosuoja Desktop"


def runner(data_dir: Path, clock, capsys):
    def run(*args: str):
        status = main(["--data-dir", str(data_dir), "--lang", "en", "--json", *args], clock=clock)
        captured = capsys.readouterr()
        return status, (json.loads(captured.out) if captured.out.strip() else None), captured.err

    return run


@pytest.mark.parametrize("kind", ["plain", pytest.param("encrypted", marks=pytest.mark.encrypted)])
def test_a_profile_with_a_space_and_letters_beyond_ascii(profile, clock, capsys, kind):
    data_dir = data_dir_in(profile)
    if kind == "encrypted":
        make_encrypted_register(data_dir)
    run = runner(data_dir, clock, capsys)
    excel = profile / "Documents" / "Asiakkaat (Excel).csv"
    excel.write_bytes("\r\n".join(EXCEL_ROWS).encode("utf-8-sig") + b"\r\n")

    status, _, err = run(
        "init", "--name", "Åsan Kukka Tmi", "--business-id", "3354302-8",
        "--city", "Maarianhamina", "--contact-name", "Åsa Öhman",
    )  # fmt: skip
    assert status == 0, err
    status, summary, err = run("customers", "import", str(excel))
    assert status == 0, err
    assert summary["encoding"] == "utf-8-sig" and summary["mapping"]["Etunimi"] == "first_name"
    status, _, err = run(
        "register", "add", "--name", "Asiakkaat: kukat & kimput?", "--purpose",
        "contract:Tilausten toimittaminen", "--data-categories", "Nimi ja yhteystiedot",
        "--retention-years", "5", "--retention-text", "Viisi vuotta",
    )  # fmt: skip
    assert status == 0, err
    status, exported, err = run("statement", "export", "--register", "1")
    assert status == 0, err
    assert Path(exported["path"]).parent == profile / "Documents"
    assert Path(exported["path"]).read_bytes().startswith(b"%PDF")
    status, backup, _ = run("backup", "create")
    assert status == 0 and Path(backup["path"]).is_relative_to(data_dir)
    assert run("check")[1]["ok"] is True

    with open_services(data_dir, clock) as services:
        rows = services.customers.search("")
        people = sorted((c.first_name, c.last_name, c.city) for c in rows)
    assert people == [("Väinö", "Järvinen-Ääritalo", "Pori"), ("Åsa", "Öhman", "Mariehamn")]
    assert (data_dir / "tietosuoja.sqlite").exists()


def test_excel_csv_values_carry_no_bom_or_carriage_return(profile, clock, capsys):
    """Excel's BOM must not stick to the first header, its CRLF not to the last value."""
    data_dir = data_dir_in(profile)
    run = runner(data_dir, clock, capsys)
    excel = profile / "Documents" / "asiakkaat.csv"
    excel.write_bytes("\r\n".join(EXCEL_ROWS).encode("utf-8-sig") + b"\r\n")
    status, summary, _ = run("customers", "import", str(excel), "--dry-run")
    assert status == 0 and (summary["rows"], summary["valid"]) == (2, 2)
    assert "Etunimi" in summary["mapping"] and "\ufeffEtunimi" not in summary["mapping"]
    assert summary["mapping"]["Postitoimipaikka"] == "city"
    assert run("customers", "import", str(excel))[0] == 0
    status, customers, _ = run("customers", "list")
    values = [str(v) for c in customers for v in c.values()]
    assert not [v for v in values if "\r" in v or "\ufeff" in v]
    assert {c["city"] for c in customers} == {"Mariehamn", "Pori"}


def test_no_key_store_falls_back_to_the_passphrase_with_a_reason(
    profile, clock, capsys, monkeypatch
):
    data_dir = data_dir_in(profile)
    make_encrypted_register(data_dir)  # the user chose to keep the key in the key store
    run = runner(data_dir, clock, capsys)
    keyring.set_keyring(fail.Keyring())  # this computer has no key store (any more)

    status, _, err = run("customers", "list")
    assert status == 1
    assert "key store did not give it" in err and PASSPHRASE_ENV in err

    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    status, customers, err = run("customers", "list")
    assert status == 0 and customers == []
    assert "key store did not give it" in err
    status, result, err = run("check")  # works on the closed file: its own way to the key
    assert status == 0 and result["ok"] is True and "key store did not give it" in err


def test_a_register_in_onedrive_is_warned_about_on_stderr(profile, clock, capsys, monkeypatch):
    monkeypatch.setenv("OneDrive", str(profile / "OneDrive"))
    data_dir = profile / "OneDrive" / "Documents" / "Tietosuoja Desktop"  # Documents redirected
    run = runner(data_dir, clock, capsys)
    status, customers, err = run("customers", "list")
    assert status == 0 and customers == []  # stdout stays one JSON value; the command runs
    assert "OneDrive" in err and str(data_dir) in err and "backup" in err

    status, _, err = runner(data_dir_in(profile), clock, capsys)("customers", "list")
    assert status == 0 and err == ""
