"""Dated statement versions (domain and services/statement_versions.py): each export is the
next version of its register's statement, dated today or the day a paper statement carried,
never in the future nor before the previous version; the version in force on a day; and the
PDF read back in fi and sv: the version line under the title and the "changes" section with
the whole history."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import CONTROLLER, REGISTER

from tietosuoja_desktop.documents.texts import format_date, text
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.statement_versions import StatementVersion, in_force
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.storage.models import DocumentRow, StatementVersionRow

PAPER = date(2024, 3, 15)


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


@pytest.fixture
def register(services):
    services.controller.save(CONTROLLER)
    return services.registers.add(REGISTER)


def test_exports_are_numbered_dated_and_noted(services, clock, register):
    first = services.documents.privacy_statement(register.id, Language.FI, dated=PAPER)
    clock.set(date(2026, 12, 6))
    second = services.documents.privacy_statement(
        register.id, Language.SV, note="  Uutiskirje lisätty  "
    )
    assert first.version == StatementVersion(register.id, 1, PAPER, "", first.document.id)
    assert second.version == StatementVersion(
        register.id, 2, date(2026, 12, 6), "Uutiskirje lisätty", second.document.id
    )
    assert services.statement_versions.list(register.id) == [first.version, second.version]
    assert first.version.first and not second.version.first


def test_in_force_on_a_day(services, clock, register):
    assert services.statement_versions.in_force(register.id, date(2026, 1, 1)) is None
    services.documents.privacy_statement(register.id, Language.FI, dated=PAPER)
    clock.set(date(2026, 12, 6))
    services.documents.privacy_statement(register.id, Language.FI)
    services.documents.privacy_statement(register.id, Language.SV)  # same day, a later number
    on = services.statement_versions.in_force
    assert on(register.id, date(2024, 3, 14)) is None
    assert on(register.id, PAPER).number == 1
    assert on(register.id, date(2026, 12, 5)).number == 1
    assert on(register.id, date(2026, 12, 6)).number == 3
    assert on(register.id, date(2030, 1, 1)).number == 3


def test_in_force_orders_by_date_then_number():
    versions = [
        StatementVersion(1, 2, date(2026, 5, 1)),
        StatementVersion(1, 1, date(2026, 5, 1)),
        StatementVersion(1, 3, date(2026, 6, 1)),
    ]
    assert in_force(versions, date(2026, 5, 31)).number == 2
    assert in_force(versions, date(2026, 4, 30)) is None


@pytest.mark.parametrize(
    ("dated", "field"),
    [(date(2026, 11, 23), "dated"), (date(1990, 1, 1), "dated")],
)
def test_a_future_or_ancient_date_is_refused_and_nothing_is_kept(services, register, dated, field):
    with pytest.raises(ValidationError) as raised:
        services.documents.privacy_statement(register.id, Language.FI, dated=dated)
    assert [p.field for p in raised.value.problems] == [field]
    assert services.statement_versions.list(register.id) == []
    assert services.documents.archive("statement") == []


def test_a_version_cannot_be_dated_before_the_previous(services, register):
    services.documents.privacy_statement(register.id, Language.FI, dated=date(2025, 5, 1))
    with pytest.raises(ValidationError) as raised:
        services.documents.privacy_statement(register.id, Language.FI, dated=date(2025, 4, 30))
    message = raised.value.problems[0].message.render()
    assert "1" in message and "1.5.2025" in message
    assert len(services.statement_versions.list(register.id)) == 1


def test_versions_go_with_their_register_and_outlive_a_deleted_document(services, register):
    exported = services.documents.privacy_statement(register.id, Language.FI)
    other = services.registers.add(replace(REGISTER, name="Toinen rekisteri"))
    services.documents.privacy_statement(other.id, Language.FI)
    assert [v.number for v in services.statement_versions.list(other.id)] == [1]
    with services.db.transaction() as session:
        session.delete(session.get(DocumentRow, exported.document.id))
    assert services.statement_versions.list(register.id)[0].document_id is None
    services.registers.delete(register.id)
    with services.db.reading() as session:
        left = session.query(StatementVersionRow.register_id).all()
    assert [row.register_id for row in left] == [other.id]


@pytest.mark.parametrize("lang", [Language.FI, Language.SV])
def test_pdf_prints_the_version_and_the_history(services, clock, register, tmp_path, lang):
    services.documents.privacy_statement(register.id, lang, dated=PAPER)
    clock.set(date(2026, 12, 6))
    note = "Uutiskirjeen markkinointi lisätty"
    exported = services.documents.privacy_statement(register.id, lang, note=note)
    content = _text(exported.pdf, tmp_path)
    drawn_up = text(lang, "statement.drawn_up_on", date=format_date(PAPER, lang))
    updated = text(lang, "statement.updated_on", date="6.12.2026")
    assert (
        updated == {Language.FI: "Päivitetty 6.12.2026", Language.SV: "Uppdaterad 6.12.2026"}[lang]
    )
    first_page = content[: content.index(f"1. {text(lang, 'statement.s1')}")]
    assert f"{text(lang, 'statement.version', number=2)} · {updated}" in first_page
    assert text(lang, "statement.change_note", note=note) in first_page
    heading = f"16. {text(lang, 'statement.s16')}"
    assert heading in content
    changes = content[content.index(heading) :]
    assert text(lang, "statement.changes") in changes
    # the history table, row by row (pdftotext reads a row's cells in order)
    assert changes.index(drawn_up) < changes.index(updated) < changes.rindex(note)
    assert content.index(heading) > content.index(f"15. {text(lang, 'statement.s15')}")
    dates = content[content.index(f"15. {text(lang, 'statement.s15')}") : content.index(heading)]
    assert format_date(PAPER, lang) in dates and "6.12.2026" in dates
