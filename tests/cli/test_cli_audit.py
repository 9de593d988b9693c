"""``tietosuoja audit verify | export | list``: exit 0 for an intact chain, 1 with the first
broken link; exports written; JSON for scripts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from pypdf import PdfReader

from tietosuoja_desktop.services import open_services


@pytest.fixture
def run(run_en):
    """Messages in English here (``--lang en``)."""
    return run_en


@pytest.fixture
def register(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.controller.save(CONTROLLER)
        register = services.registers.add(REGISTER)
        for n in range(3):
            services.customers.add(person(email=f"p{n}@example.fi", register_ids=(register.id,)))
    return data_dir


def tamper(data_dir: Path, statement: str) -> None:
    with open_services(data_dir) as services, services.db.engine.begin() as connection:
        connection.exec_driver_sql(statement)


def test_verify_an_intact_chain(run, register):
    status, result, _ = run("audit", "verify")
    assert status == 0
    assert result["ok"] is True and result["checked"] == 5 and result["broken"] is None
    assert result["head_text"] == f"5:{result['head']['hash']}"
    status, text, _ = run("audit", "verify", json_mode=False)
    assert status == 0
    assert "intact: 5 entries checked" in text and result["head"]["hash"] in text
    status, text, _ = run("audit", "verify", json_mode=False, lang="fi")
    assert status == 0 and "eheä" in text


def test_json_after_the_action_works_too(run, register):
    status, text, _ = run("audit", "verify", "--json", json_mode=False)
    assert status == 0 and json.loads(text)["ok"] is True


def test_verify_reports_the_first_broken_link(run, register):
    tamper(register, "UPDATE audit_log SET fields = 'email' WHERE id = 3")
    tamper(register, "DELETE FROM audit_log WHERE id = 4")
    status, result, _ = run("audit", "verify")
    assert status == 1
    assert result["ok"] is False
    assert result["broken"] == {"entry_id": 3, "at": "2026-11-22T12:00:00", "problem": "edited"}
    status, text, _ = run("audit", "verify", json_mode=False)
    assert status == 1
    assert "breaks at entry 3" in text and "changed after it was written" in text


def test_verify_against_a_kept_head(run, register, data_dir):
    _, first, _ = run("audit", "verify")
    kept = first["head_text"]
    status, result, _ = run("audit", "verify", "--head", kept)
    assert status == 0 and result["expected_head_found"] is True
    tamper(data_dir, "DELETE FROM audit_log WHERE id = 5")
    status, result, _ = run("audit", "verify")
    assert status == 0  # the honest limit: a shortened chain is whole
    status, result, _ = run("audit", "verify", "--head", kept)
    assert status == 1 and result["expected_head_found"] is False
    status, text, _ = run("audit", "verify", "--head", kept, json_mode=False)
    assert status == 1 and "not in the chain" in text
    status, _, err = run("audit", "verify", "--head", "5:nothex")
    assert status == 2 and "--head" in err


def test_export_csv_and_pdf(run, register, tmp_path):
    target = tmp_path / "loki.csv"
    status, result, _ = run("audit", "export", "--csv", str(target))
    assert status == 0 and result["path"] == str(target.resolve()) and result["ok"]
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6 and rows[-1]["action"] == "export"

    pdf = tmp_path / "loki.pdf"
    status, text, _ = run("audit", "export", "--pdf", str(pdf), json_mode=False)
    assert status == 0 and "Saved" in text
    content = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Tapahtumaloki" in content  # the business's document language: Finnish
    status, _, _ = run("audit", "export", "--pdf", str(pdf), "--lang", "sv")
    assert status == 0 and "Händelselogg" in PdfReader(pdf).pages[0].extract_text()


def test_export_needs_a_target_and_a_writable_place(run, register, tmp_path):
    with pytest.raises(SystemExit) as exited:
        run("audit", "export")
    assert exited.value.code == 2
    status, _, err = run("audit", "export", "--csv", str(tmp_path / "no" / "such" / "a.csv"))
    assert status == 1 and "Could not save" in err


def test_list(run, register):
    status, entries, _ = run("audit", "list", "--limit", "2")
    assert status == 0 and [e["id"] for e in entries] == [5, 4]
    assert entries[0]["fields"] and len(entries[0]["hash"]) == 64
    status, text, _ = run("audit", "list", json_mode=False)
    assert status == 0 and text.count("customer ") == 3 and "register 1" in text
    status, _, err = run("audit", "list", "--limit", "0")
    assert status == 2 and "--limit" in err


def test_list_of_an_empty_log(run):
    status, text, _ = run("audit", "list", json_mode=False)
    assert status == 0 and "No audit entries yet." in text
