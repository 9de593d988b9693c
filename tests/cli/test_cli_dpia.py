"""``register dpia`` screens a register item by item (``--screen`` answers the rest no),
concludes "needed" from the checklist, records the light DPIA field by field, refuses unknown
items, malformed risks and a DPIA the screening did not call for, shows the status in
``register show``, and removes both with ``--delete``."""

from __future__ import annotations

import subprocess

import pytest
from helpers.cli_runner import set_up_business


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    set_up_business(run, "contract:Ajanvaraus", name="Parturi Esimerkki Tmi")
    return run


SCREEN = (
    "--screen", "--yes", "sensitive:Allergiatiedot asiakaskortissa",
    "--yes", "location:Sovellus tallentaa sijainnin", "--reviewer", "Aino Esimerkki",
)  # fmt: skip
DPIA = (
    "--description", "Asiakaskortit ja ajanvaraukset.",
    "--necessity", "Allergiatiedot estävät haitalliset reaktiot.",
    "--measures", "Salattu rekisteri.",
    "--risk", "medium/high:Terveystieto paljastuu",
    "--risk", "low/medium:Sijainti säilyy liian kauan",
    "--next-review", "1.10.2027",
)  # fmt: skip


def test_a_register_is_screened_then_assessed_then_shown(run):
    status, found, _ = run("register", "dpia", "1")
    assert (status, found["status"], found["screening"]) == (0, "unscreened", None)
    status, found, err = run("register", "dpia", "1", *SCREEN, "--screened-on", "1.10.2026")
    assert status == 0, err
    screening = found["screening"]
    assert screening["needed"] and screening["screened_on"] == "2026-10-01"
    yes = {a["item"]: a["reasoning"] for a in screening["answers"] if a["applies"]}
    assert yes == {
        "sensitive": "Allergiatiedot asiakaskortissa",
        "location": "Sovellus tallentaa sijainnin",
    }
    assert len(screening["answers"]) == 17 and found["dpia"] is None
    status, found, err = run("register", "dpia", "1", *DPIA)
    assert status == 0, err
    dpia = found["dpia"]
    assert [r["severity"] for r in dpia["risks"]] == ["high", "medium"]
    assert (dpia["assessed_on"], dpia["reviewer"]) == ("2026-11-22", "Aino Esimerkki")
    assert found["status"] == "done"
    status, found, _ = run("register", "dpia", "1", "--decision", "stop")
    assert found["dpia"]["decision"] == "stop" and found["dpia"]["measures"] == "Salattu rekisteri."
    status, shown, _ = run("register", "dpia", "1", json_mode=False)
    assert "dpia: done" in shown and "risk medium/high: Terveystieto paljastuu" in shown
    status, shown, _ = run("register", "show", "1", json_mode=False)
    assert "dpia: done" in shown


def test_a_screening_with_one_criterion_concludes_not_needed(run):
    status, found, err = run(
        "register", "dpia", "1", "--screen", "--yes", "large-scale:Paljon asiakkaita",
        "--reviewer", "Aino Esimerkki",
    )  # fmt: skip
    assert status == 0, err
    assert not found["screening"]["needed"]
    status, _, err = run("register", "dpia", "1", *DPIA, "--reviewer", "Aino Esimerkki")
    assert status == 2 and "Arvioi ensin rekisterin tarve" in err  # told in Finnish
    status, found, _ = run("register", "dpia", "1", "--needed")  # by choice
    assert found["screening"]["needed"]


def test_bad_items_and_risks_are_refused_and_nothing_is_kept(run):
    status, _, err = run("register", "dpia", "1", "--screen", "--yes", "horoscope:x")
    assert status == 2 and "horoscope" in err and "whistleblowing" in err
    run("register", "dpia", "1", *SCREEN)
    status, _, err = run("register", "dpia", "1", *DPIA[:-4], "--risk", "huge:Vuoto")
    assert status == 2 and "TODENNÄKÖISYYS/VAKAVUUS:KUVAUS" in err and "low/medium/high" in err
    status, found, _ = run("register", "dpia", "1")
    assert found["dpia"] is None


def test_a_new_screening_without_screen_must_answer_everything(run):
    status, _, err = run("register", "dpia", "1", "--yes", "sensitive:Allergiat")
    assert status == 2 and "answers.whistleblowing" in err and "answers.sensitive" not in err


def test_delete_removes_both(run):
    run("register", "dpia", "1", *SCREEN)
    status, found, _ = run("register", "dpia", "1", "--delete")
    assert status == 0 and found["deleted"]
    status, found, _ = run("register", "dpia", "1")
    assert found["screening"] is None


def _pdf_words(path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


def test_the_dpia_exports_archived_and_the_art_30_record_names_it(run, tmp_path):
    status, _, err = run("dpia", "export", "--register", "1")
    assert status == 2 and "register dpia --screen" in err  # nothing to print yet
    record = tmp_path / "record.pdf"
    assert run("record", "export", "--lang", "fi", "--out", str(record))[0] == 0
    assert "Tarvetta ei ole vielä arvioitu." in _pdf_words(record)
    run("register", "dpia", "1", *SCREEN, "--screened-on", "1.10.2026")
    run("register", "dpia", "1", *DPIA, "--assessed-on", "15.10.2026")
    out = tmp_path / "dpia.pdf"
    status, data, err = run("dpia", "export", "--register", "1", "--lang", "sv", "--out", str(out))
    assert status == 0, err
    assert data["kind"] == "dpia" and data["register_id"] == 1
    words = _pdf_words(out)
    assert "Konsekvensbedömning avseende dataskydd" in words and "Salattu rekisteri." in words
    status, listed, _ = run("documents", "list", "--kind", "dpia")
    assert [d["kind"] for d in listed] == ["dpia"]
    assert run("record", "export", "--lang", "fi", "--out", str(record))[0] == 0
    assert "Vaikutustenarviointi tehty 15.10.2026" in _pdf_words(record)
