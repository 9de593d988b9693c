"""``register lia`` records a purpose's legitimate-interest assessment field by field, refuses a
purpose that is not on legitimate interests or does not exist, ``register show`` lists the
assessments (and the purposes that lack one), and ``lia export`` prints and archives it."""

from __future__ import annotations

import subprocess

import pytest
from helpers.cli_runner import set_up_business


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    set_up_business(
        run,
        "contract:Tilausten toimittaminen",
        "legitimate-interests:Uutiskirje:Asiakassuhteen ylläpito",
        "legitimate-interests:Tietoturva:Väärinkäytösten esto",
        city="Turku",
    )
    return run


LIA = (
    "--necessity", "Ilman osoitetta uutisista ei voi kertoa.",
    "--balancing", "Asiakas odottaa kuulevansa uutuuksista.",
    "--reviewer", "Aino Esimerkki",
)  # fmt: skip


def test_an_assessment_is_recorded_then_changed_field_by_field(run):
    status, saved, err = run("register", "lia", "1", "--purpose", "2", *LIA, "--date", "4.5.2026")
    assert status == 0, err
    assert saved["interest"] == "Asiakassuhteen ylläpito"  # the purpose's own, by default
    assert (saved["position"], saved["assessed_on"], saved["outcome"]) == (
        1,
        "2026-05-04",
        "may_proceed",
    )
    status, saved, _ = run(
        "register", "lia", "1", "--purpose", "2", "--outcome", "may-not-proceed",
        "--safeguards", "Kielto-linkki",
    )  # fmt: skip
    assert status == 0
    assert saved["necessity"] == "Ilman osoitetta uutisista ei voi kertoa."  # kept
    assert (saved["outcome"], saved["safeguards"]) == ("may_not_proceed", "Kielto-linkki")
    status, shown, _ = run("register", "show", "1", json_mode=False)
    assert "lia purpose 2: may-not-proceed, 4.5.2026, Aino Esimerkki" in shown
    assert "lia missing: purpose 3" in shown


def test_a_purpose_not_on_legitimate_interests_or_missing_is_refused(run):
    status, _, err = run("register", "lia", "1", "--purpose", "1", *LIA)
    assert status == 2 and "1" in err
    status, _, err = run("register", "lia", "1", "--purpose", "9", *LIA)
    assert status == 2 and "9" in err
    status, _, err = run("register", "lia", "1", "--purpose", "3")  # the test's parts missing
    assert status == 2 and "necessity" in err and "balancing" in err
    status, _, err = run("register", "lia", "1", "--purpose", "2", *LIA, "--date", "1.1.2100")
    assert status == 2
    status, _, err = run("lia", "export", "--register", "1", "--purpose", "2")
    assert status == 2  # nothing recorded yet
    status, shown, _ = run("register", "show", "1", json_mode=False)
    assert "lia missing: purpose 2, 3" in shown


def test_the_assessment_exports_archived_and_deletes(run, tmp_path):
    run("register", "lia", "1", "--purpose", "2", *LIA)
    out = tmp_path / "lia.pdf"
    status, data, err = run("lia", "export", "--register", "1", "--purpose", "2", "--lang", "sv",
                            "--out", str(out))  # fmt: skip
    assert status == 0, err
    assert data["kind"] == "interest_assessment" and data["register_id"] == 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Bedömning av berättigat intresse" in text and "Asiakassuhteen ylläpito" in text
    status, listed, _ = run("documents", "list", "--kind", "interest_assessment")
    assert [d["kind"] for d in listed] == ["interest_assessment"]
    assert run("register", "lia", "1", "--purpose", "2", "--delete")[0] == 0
    assert run("register", "lia", "1", "--purpose", "2", "--delete")[0] == 2
