"""``security review`` records a review (risks carried over from the previous one, the ones
given in their place), refuses malformed risks and a claimed encryption the register lacks,
``security show`` says whether one is due, ``security export`` prints the PDF and the Art 30
record summarises it; ``dpo decide`` records the Art 37 answers and the conclusion, keeps the
DPO's contact in the business details and the record prints the reasoning."""

from __future__ import annotations

import subprocess

import pytest
from helpers.cli_runner import set_up_business


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    set_up_business(run)
    return run


RISKS = (
    "--risk", "lost-laptop:disk-encryption,passwords-2fa",
    "--risk", "ransomware:backups,updates",
    "--risk", "phished-email:passwords-2fa:medium",
    "--risk", "wrong-recipient:", "--other", "wrong-recipient:Osoite tarkistetaan",
    "--risk", "paper-records:locked-cabinet",
    "--risk", "shared-computer:passwords-2fa",
)  # fmt: skip


def _pdf_words(path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


def test_a_review_is_recorded_shown_carried_over_and_exported(run, tmp_path):
    status, shown, _ = run("security", "show")
    assert status == 0 and shown == {"due": True, "reviews": []}
    args = ("--reviewer", "Aino Esimerkki", "--backups", "Ulkoinen levy")
    status, saved, err = run("security", "review", *args, *RISKS, "--reviewed-on", "1.11.2026")
    assert status == 0, err
    assert saved["next_review"] == "2027-11-01" and saved["register_ids"] == [1]
    assert [r["risk"] for r in saved["risks"]][:2] == ["lost_laptop", "ransomware"]
    status, again, err = run("security", "review", "--risk", "phished-email:passwords-2fa:low")
    assert status == 0, err
    assert again["reviewed_on"] == "2026-11-22" and again["backups"] == "Ulkoinen levy"
    kept = {r["risk"]: r for r in again["risks"]}
    assert kept["phished_email"]["residual"] == "low"
    assert kept["wrong_recipient"]["other"] == "Osoite tarkistetaan"
    status, shown, _ = run("security", "show", "--all")
    assert not shown["due"] and [r["id"] for r in shown["reviews"]] == [2, 1]
    status, text, _ = run("security", "show", json_mode=False)
    assert "next review 22.11.2027" in text and "lost-laptop: disk-encryption" in text
    pdf = tmp_path / "review.pdf"
    assert run("security", "export", "--lang", "sv", "--out", str(pdf))[0] == 0
    assert "Årlig granskning av informationssäkerheten" in _pdf_words(pdf)
    record = tmp_path / "record.pdf"
    assert run("record", "export", "--lang", "fi", "--out", str(record))[0] == 0
    assert "Tietoturva arvioitu 22.11.2026 (seuraava arviointi viimeistään 22.11.2027)" in (
        _pdf_words(record)
    )


def test_bad_risks_and_a_missing_encryption_are_refused(run, services_encrypted):
    status, _, err = run("security", "review", "--risk", "meteor:backups")
    assert status == 2 and "meteor" in err and "lost-laptop" in err
    status, _, err = run("security", "review", "--reviewer", "Aino", "--risk", "ransomware:x")
    assert status == 2 and "disk-encryption" in err
    status, _, err = run("security", "review", "--reviewer", "Aino", "--backups", "Pilvi", *RISKS)
    assert status == 0, err
    claim = ("--risk", "lost-laptop:app-encryption")
    status, _, err = run("security", "review", *claim)
    if services_encrypted:
        assert status == 0, err
    else:
        assert status == 2 and "risks.lost_laptop" in err and "ei ole salattu" in err  # in Finnish
    status, _, err = run("security", "export", "--id", "99")
    assert status != 0


def test_the_dpo_decision_is_recorded_and_printed(run, tmp_path):
    assert run("dpo", "show", json_mode=False)[1].strip() == "dpo: not decided"
    no = (
        "--no", "public-body:Yksityinen toiminimi",
        "--no", "monitoring:Ei seurantaa",
        "--no", "special-categories:Ei terveystietoja",
    )  # fmt: skip
    status, found, err = run("dpo", "decide", *no)
    assert status == 0, err
    assert found["decision"]["conclusion"] == "not_required"
    status, _, err = run("dpo", "decide", "--yes", "monitoring:Seuranta")
    assert status == 2 and "dpo" in err
    status, found, err = run(
        "dpo", "decide", "--conclusion", "voluntary", "--dpo-name", "Eero", "--dpo-email", "e@x.fi"
    )
    assert status == 0, err
    assert found["dpo"] == {"name": "Eero", "email": "e@x.fi", "phone": ""}
    record = tmp_path / "record.pdf"
    assert run("record", "export", "--lang", "en", "--out", str(record))[0] == 0
    words = _pdf_words(record)
    assert "appointed voluntarily" in words and "Yksityinen toiminimi" in words and "Eero" in words
    status, _, err = run("dpo", "decide", "--yes", "nothing:x")
    assert status == 2 and "special-categories" in err


@pytest.fixture
def services_encrypted(register_kind) -> bool:
    return register_kind == "encrypted"
