"""``processors add|update|list|show|link|unlink``: a processor recorded with its registers,
changed option by option, linked and unlinked, shown in Finnish; bad input refused with the
user's language and nothing saved."""

from __future__ import annotations

import hashlib

import pytest
from helpers.cli_runner import set_up_business


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    set_up_business(
        run, "contract:Tilausten toimitus", registers=("Asiakasrekisteri", "Uutiskirje")
    )
    return run


SHOP = (
    "processors", "add", "--name", "Verkkokauppa Oy", "--service", "Verkkokauppa-alusta",
    "--data", "Nimi, osoite, tilaukset", "--country", "Suomi", "--transfer", "eea",
    "--contract", "1.3.2025", "--review", "10.12.2026", "--register", "1",
)  # fmt: skip


def test_a_processor_is_added_changed_and_shown(run):
    status, saved, _ = run(*SHOP)
    assert status == 0
    assert saved["name"] == "Verkkokauppa Oy" and saved["register_ids"] == [1]
    assert saved["mechanism"] == "eea" and saved["contract_on"] == "2025-03-01"
    status, changed, _ = run(
        "processors", "update", str(saved["id"]), "--country", "Yhdysvallat", "--transfer", "dpf"
    )
    assert status == 0
    assert changed["country"] == "Yhdysvallat" and changed["mechanism"] == "dpf"
    assert changed["service"] == "Verkkokauppa-alusta" and changed["register_ids"] == [1]
    status, shown, _ = run("--lang", "fi", "processors", "show", str(saved["id"]), json_mode=False)
    assert status == 0
    assert "Verkkokauppa Oy" in shown and "Yhdysvallat" in shown and "10.12.2026" in shown
    assert "1 Asiakasrekisteri" in shown


def test_link_unlink_and_list_by_register(run):
    _, saved, _ = run(*SHOP)
    ident = str(saved["id"])
    assert run("processors", "link", ident, "--register", "2")[1]["register_ids"] == [1, 2]
    assert [p["id"] for p in run("processors", "list", "--register", "2")[1]] == [saved["id"]]
    assert run("processors", "unlink", ident, "--register", "1")[1]["register_ids"] == [2]
    assert run("processors", "list", "--register", "1")[1] == []
    status, listed, _ = run("processors", "list", json_mode=False)
    assert status == 0 and "Verkkokauppa Oy" in listed and "10.12.2026" in listed


def test_bad_input_is_refused_in_finnish_and_nothing_is_saved(run):
    status, _, err = run(
        "--lang", "fi", "processors", "add", "--name", "Verkkokauppa Oy",
        "--contract", "1.3.2025", "--review", "1.1.2025", json_mode=False,
    )  # fmt: skip
    assert status == 2
    assert "Tarkistuspäivä ei voi olla ennen sopimuksen päivämäärää" in err
    status, _, err = run("processors", "add", "--name", "X", "--contract", "31.2.2025")
    assert status == 2 and err
    status, _, err = run("processors", "link", "99", "--register", "1")
    assert status != 0 and "99" in err
    assert run("processors", "list")[1] == []


def test_a_contract_copy_is_attached_replaced_and_saved_back(run, tmp_path):
    _, saved, _ = run(*SHOP)
    ident = str(saved["id"])
    signed = tmp_path / "sopimus.pdf"
    signed.write_bytes(b"%PDF-1.4\n% allekirjoitettu\n%%EOF\n")
    status, copy, _ = run("processors", "attach", ident, str(signed))
    assert status == 0 and copy["filename"] == "sopimus.pdf"
    assert copy["sha256"] == hashlib.sha256(signed.read_bytes()).hexdigest()
    scan = tmp_path / "skannaus.png"
    scan.write_bytes(bytes(range(256)))
    status, text, _ = run("--lang", "fi", "processors", "attach", ident, str(scan), json_mode=False)
    assert status == 0 and "skannaus.png" in text
    out = tmp_path / "takaisin.png"
    status, saved_copy, _ = run("processors", "contract", ident, "--out", str(out))
    assert status == 0 and saved_copy["filename"] == "skannaus.png"
    assert out.read_bytes() == scan.read_bytes()


def test_a_missing_file_or_copy_is_refused_with_a_message(run, tmp_path):
    _, saved, _ = run(*SHOP)
    ident = str(saved["id"])
    status, _, err = run("--lang", "fi", "processors", "attach", ident, str(tmp_path / "ei.pdf"))
    assert status == 1 and "ei.pdf" in err
    status, _, err = run("processors", "contract", ident, "--out", str(tmp_path / "x.pdf"))
    assert status != 0 and err and not (tmp_path / "x.pdf").exists()
    status, _, err = run("processors", "attach", "99", __file__)
    assert status != 0 and "99" in err
