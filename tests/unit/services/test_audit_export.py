"""The audit log exported as CSV and PDF: every entry with its hashes, the verification result
and the head hash, and no personal value; read back from the files."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime
from itertools import pairwise

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from pypdf import PdfReader

from tietosuoja_desktop.domain.audit_chain import entry_hash
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.services.audit import CSV_HEADER
from tietosuoja_desktop.services.errors import RuleViolation

PERSONAL = ("Hilkka", "Hyvärinen", "hilkka@example.fi", "Koivukuja")


@pytest.fixture
def busy(services, clock):
    services.controller.save(CONTROLLER)
    register = services.registers.add(REGISTER)
    customer = services.customers.add(
        person(
            first_name="Hilkka",
            last_name="Hyvärinen",
            email="hilkka@example.fi",
            street_address="Koivukuja 17",
            register_ids=(register.id,),
        )
    )
    clock.set(date(2026, 11, 23))
    services.customers.update(replace(customer, city="Espoo"))
    services.erasure.erase(customer.id)
    return services


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_csv_has_every_entry_with_its_hashes(busy, tmp_path):
    target = tmp_path / "audit.csv"
    check = busy.audit.export_csv(target)
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == CSV_HEADER
    body = rows[1:]
    assert [r[2] for r in body] == ["create", "create", "create", "update", "erase", "export"]
    assert body[-1][3:6] == ["audit_log", "", "csv"]  # the export notes itself
    assert body[0][6] == "0" * 64
    for before, after in pairwise(body):
        assert after[6] == before[7]
    assert check.ok and check.checked == len(body)
    # Anyone can check the CSV on its own: every hash recomputes from the row.
    for row in body:
        entity_id = int(row[4]) if row[4] else None
        at = datetime.fromisoformat(row[1])
        assert entry_hash(row[6], at, row[2], row[3], entity_id, row[5]) == row[7]
    assert check.head.hash == body[-1][7]
    dump = target.read_text(encoding="utf-8")
    for value in PERSONAL:
        assert value not in dump
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    ("language", "title", "verdict"),
    [
        (Language.FI, "Tapahtumaloki", "ketju on eheä"),
        (Language.SV, "Händelselogg", "kedjan är hel"),
        (Language.EN, "Audit log", "the chain is intact"),
    ],
)
def test_pdf_states_the_result_and_the_head(busy, tmp_path, language, title, verdict):
    target = tmp_path / "audit.pdf"
    check = busy.audit.export_pdf(target, language)
    text = pdf_text(target)
    flat = " ".join(text.split())
    assert title in text and verdict in flat
    grouped = " ".join(check.head.hash[i : i + 8] for i in range(0, 64, 8))
    assert grouped in flat
    # Newest first: the export itself, then the erasure.
    assert flat.index("audit_log") < flat.index("erase") < flat.index("controller 1")
    for value in PERSONAL:
        assert value not in text
    assert PdfReader(target).metadata.title == title


def test_pdf_of_a_broken_chain_says_where(busy, tmp_path):
    with busy.db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_log SET fields = 'x' WHERE id = 4")
    target = tmp_path / "audit.pdf"
    check = busy.audit.export_pdf(target, Language.EN)
    assert check.broken.entry_id == 4
    flat = " ".join(pdf_text(target).split())
    assert "the chain is BROKEN at entry 4" in flat
    assert "the entry was changed after it was written" in flat


def test_pdf_needs_the_business_profile(services, tmp_path):
    with pytest.raises(RuleViolation):
        services.audit.export_pdf(tmp_path / "a.pdf", Language.FI)
    assert not (tmp_path / "a.pdf").exists()


def test_a_signed_pdf(busy, tmp_path):
    busy.documents.create_identity("salainen-lause-1")
    target = tmp_path / "signed.pdf"
    busy.audit.export_pdf(target, Language.FI, passphrase="salainen-lause-1")
    result = busy.documents.verify(target.read_bytes())
    assert result.intact


def test_a_long_log_prints_its_newest_entries_and_says_so(busy, tmp_path):
    target = tmp_path / "audit.pdf"
    total = busy.audit.count() + 1  # the export notes itself first
    check = busy.audit.export_pdf(target, Language.EN, max_entries=3)
    assert check.ok and check.checked == total
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert f"Only the newest 3 of the log's {total} entries are listed here" in " ".join(
        text.split()
    )
    whole = tmp_path / "whole.pdf"
    busy.audit.export_pdf(whole, Language.EN)
    assert "Only the newest" not in " ".join(page.extract_text() for page in PdfReader(whole).pages)
