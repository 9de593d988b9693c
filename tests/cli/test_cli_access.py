"""``access`` and ``policy``: a person added with the signed undertaking archived, changed,
listed, shown in Finnish, their form printed and their signed copy saved again, removed; the
policy's additions set, its versions exported in fi/sv/en and listed; bad input refused in
the user's language with nothing saved."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from helpers.cli_runner import set_up_business


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    set_up_business(run)
    return run


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def test_an_entry_is_added_with_its_signed_copy_changed_shown_and_removed(run, tmp_path):
    scan = tmp_path / "allekirjoitettu.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    status, saved, _ = run(
        "access", "add", "--name", "Maija Mallikas", "--role", "helper", "--register", "1",
        "--reach", "Sähköposti", "--undertaking", "2.3.2026", "--from", "1.3.2026",
        "--file", str(scan),
    )  # fmt: skip
    assert status == 0
    assert saved["role"] == "helper" and saved["register_ids"] == [1]
    assert saved["undertaking_sha256"] == hashlib.sha256(b"%PDF-1.4 signed").hexdigest()
    ident = str(saved["id"])
    status, changed, _ = run("access", "update", ident, "--briefed", "3.3.2026")
    assert status == 0 and changed["briefed_on"] == "2026-03-03"
    assert changed["reach"] == "Sähköposti" and changed["undertaking_file"] == scan.name
    status, shown, _ = run("--lang", "fi", "access", "show", ident, json_mode=False)
    assert status == 0 and "Avustaja" in shown and "1 Asiakasrekisteri" in shown
    assert "3.3.2026" in shown and scan.name in shown
    status, listed, _ = run("access", "list", "--active", json_mode=False)
    assert status == 0 and "Maija Mallikas" in listed
    copy = tmp_path / "kopio.pdf"
    assert run("access", "file", ident, "--out", str(copy))[0] == 0
    assert copy.read_bytes() == b"%PDF-1.4 signed"
    assert run("access", "remove", ident)[0] == 0
    assert run("access", "list")[1] == []


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_undertaking_form_prints_the_business_and_the_person(run, tmp_path, lang):
    run("access", "add", "--name", "Maija Mallikas", "--role", "employee")
    out = tmp_path / "lomake.pdf"
    status, saved, _ = run("access", "form", "1", "--lang", lang, "--out", str(out))
    assert status == 0 and saved["kind"] == "confidentiality_undertaking"
    shown = _text(out)
    assert "Kahvila Esimerkki Tmi" in shown and "Maija Mallikas" in shown
    assert ("Vaitiolositoumus" if lang == "fi" else "Tystnadsförbindelse") in shown
    assert run("access", "form", "--out", str(tmp_path / "tyhja.pdf"))[0] == 0


def test_bad_input_is_refused_in_finnish_and_nothing_is_saved(run, tmp_path):
    status, _, err = run(
        "--lang", "fi", "access", "add", "--name", "Maija", "--from", "1.3.2026",
        "--to", "1.2.2026", json_mode=False,
    )  # fmt: skip
    assert status == 2 and "Pääsy ei voi päättyä ennen kuin se alkaa" in err
    status, _, err = run(
        "access", "add", "--name", "Maija", "--file", str(tmp_path / "ei-ole.pdf"), json_mode=False
    )
    assert status != 0 and "ei-ole.pdf" in err
    assert run("access", "list")[1] == []
    assert run("access", "show", "9")[0] != 0


def test_the_policy_is_exported_as_versions_with_the_additions(run, tmp_path):
    assert run("policy", "set", "backups", "USB-levy kaapissa")[0] == 0
    assert run("policy", "show")[1] == {"backups": "USB-levy kaapissa"}
    for number, lang in enumerate(("fi", "sv", "en"), start=1):
        out = tmp_path / f"politiikka-{lang}.pdf"
        status, saved, _ = run(
            "policy", "export", "--lang", lang, "--out", str(out), "--note", f"Versio {number}"
        )
        assert status == 0 and saved["version"]["number"] == number
        shown = _text(out)
        assert "USB-levy kaapissa" in shown and f"Versio {number}" in shown
    assert "Dataskyddspolicy" in _text(tmp_path / "politiikka-sv.pdf")
    status, versions, _ = run("policy", "versions")
    assert [v["number"] for v in versions] == [1, 2, 3]
    status, _, err = run("policy", "export", "--dated", "1.1.2030", json_mode=False)
    assert status == 2 and err
    assert len(run("policy", "versions")[1]) == 3
