"""The Audit log dialog: entries newest first, read a page at a time; Verify runs on a worker
thread and shows the first broken link; exports through a file dialog."""

from __future__ import annotations

import csv

import pytest
from helpers.sample import person
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tietosuoja_desktop.domain.audit_chain import LinkProblem
from tietosuoja_desktop.services import audit
from tietosuoja_desktop.ui.audit_dialog import AuditDialog
from tietosuoja_desktop.ui.audit_table_model import PAGE, AuditTableModel
from tietosuoja_desktop.ui.settings_page import SettingsPage

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def dialog(qtbot, set_up):
    dialog = AuditDialog(set_up)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def many_entries(services, count: int) -> None:
    with services.db.transaction() as session:
        for n in range(count):
            audit.record(session, services.clock.now(), "update", "setting", None, [f"k{n}"])


def test_the_settings_page_opens_the_dialog(qtbot, set_up):
    page = SettingsPage(set_up)
    qtbot.addWidget(page)
    assert page.audit_button.text() == "&Audit log…"
    dialog = page.open_audit_log()
    assert isinstance(dialog, AuditDialog) and dialog.isVisible()
    dialog.close()


def test_entries_newest_first_with_words(dialog, set_up):
    model = dialog.model
    newest = set_up.audit.entries(limit=1)[0]
    assert model.rowCount() == set_up.audit.count() > 0
    assert model.index(0, 0).data() == str(newest.id)
    texts = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert "Added" in texts
    assert model.index(0, 5).data() == newest.hash[:12]
    assert "entries" in dialog.count_label.text()


def test_the_model_passes_the_model_tester(qtmodeltester, set_up):
    many_entries(set_up, 30)
    model = AuditTableModel(
        lambda limit, offset: set_up.audit.entries(limit=limit, offset=offset),
        set_up.audit.count,
    )
    model.reload()
    qtmodeltester.check(model)


def test_the_model_reads_only_the_pages_shown(qtbot, services):
    many_entries(services, 3 * PAGE + 17)
    model = AuditTableModel(
        lambda limit, offset: services.audit.entries(limit=limit, offset=offset),
        services.audit.count,
    )
    model.reload()
    assert model.rowCount() == 3 * PAGE + 17 and model.pages_read == 0
    assert model.index(0, 4).data() == f"k{3 * PAGE + 16}"
    last = model.rowCount() - 1
    assert model.index(last, 4).data() == "k0"
    assert model.pages_read == 2


def test_verify_an_intact_log(qtbot, dialog):
    with qtbot.waitSignal(dialog.verified, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    check = signal.args[0]
    assert check.ok
    assert "intact" in dialog.result_label.text()
    assert check.head.hash in dialog.head_label.text()
    dialog.copy_head()
    assert QApplication.clipboard().text() == check.head.text


def test_verify_shows_and_selects_the_first_broken_link(qtbot, set_up, dialog):
    for n in range(5):
        set_up.customers.add(person(email=f"x{n}@example.fi"))
    dialog.reload()
    target = set_up.audit.entries(limit=1, offset=3)[0].id
    with set_up.db.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE audit_log SET action = 'delete' WHERE id = {target}")
    with qtbot.waitSignal(dialog.verified, timeout=10_000) as signal:
        assert dialog.verify()
    check = signal.args[0]
    assert check.broken.entry_id == target and check.broken.problem is LinkProblem.EDITED
    text = dialog.result_label.text()
    assert f"breaks at entry {target}" in text and "changed after it was written" in text
    selected = dialog.table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [3]


def test_export_csv_and_pdf_through_the_file_dialog(qtbot, set_up, dialog, tmp_path, monkeypatch):
    target = tmp_path / "loki"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    before = dialog.model.rowCount()
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        dialog.csv_button.click()
    assert signal.args[0] == tmp_path / "loki.csv"
    with (tmp_path / "loki.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[-1]["action"] == "export" and rows[-1]["fields"] == "csv"
    assert dialog.model.rowCount() == before + 1  # the export is itself an entry
    assert "Saved to" in dialog.result_label.text()

    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.pdf_button.click()
    text = PdfReader(tmp_path / "loki.pdf").pages[0].extract_text()
    assert "Audit log" in text and "intact" in text


def test_a_pdf_without_a_business_profile_says_so(qtbot, services, tmp_path, monkeypatch):
    dialog = AuditDialog(services)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(
        "tietosuoja_desktop.ui.audit_dialog.show_user_error",
        lambda parent, error: shown.append(error) or True,
    )
    with qtbot.waitSignal(dialog.job.failed, timeout=10_000):
        dialog.export("pdf", tmp_path / "a.pdf")
    assert shown and not (tmp_path / "a.pdf").exists()


def test_finnish_and_swedish(qtbot, set_up):
    from tietosuoja_desktop.domain.enums import Language
    from tietosuoja_desktop.ui.preferences import apply_language

    dialog = AuditDialog(set_up)
    qtbot.addWidget(dialog)
    apply_language(Language.FI.value)
    try:
        assert dialog.heading.text() == "Tapahtumaloki"
        assert dialog.model.headerData(1, Qt.Orientation.Horizontal)
        apply_language(Language.SV.value)
        assert dialog.heading.text() == "Händelselogg"
    finally:
        apply_language(Language.EN.value)


def test_breach_entries_are_named_in_words(dialog, set_up):
    from datetime import timedelta

    from tietosuoja_desktop.domain.breaches import Breach, BreachNature

    breaches = set_up.breaches
    now = set_up.clock.now()
    breach_id = breaches.add(
        Breach(
            discovered_at=now - timedelta(hours=5),
            description="Lost memory stick",
            natures=(BreachNature.CONFIDENTIALITY,),
        )
    ).breach.id
    breaches.record_notification(breach_id, now)
    breaches.close(breach_id)
    dialog.reload()
    model = dialog.model
    rows = [(model.index(row, 2).data(), model.index(row, 3).data()) for row in range(3)]
    assert rows == [
        ("Closed", f"Breach {breach_id}"),
        ("Authority notified", f"Breach {breach_id}"),
        ("Added", f"Breach {breach_id}"),
    ]
    # What changed, in words too (the field names the services record).
    notified = model.index(1, 4).data()
    assert "notified to the authority" in notified and "_" not in notified
    added = model.index(2, 4).data()
    assert "discovered" in added and "nature of the breach" in added and "_" not in added


def test_an_exported_document_is_named_by_its_kind(dialog, set_up):
    from tietosuoja_desktop.domain.enums import Language

    register = set_up.registers.list()[0]
    set_up.documents.privacy_statement(register.id, Language.EN)
    dialog.reload()
    assert dialog.model.index(0, 4).data() == "Privacy statement"


def test_every_field_the_audit_names_has_words(qapp):
    """What the audit log records as changed is shown in words, not as a stored name."""
    from dataclasses import fields

    from tietosuoja_desktop.domain.breaches import Breach
    from tietosuoja_desktop.domain.records import Customer, DataRequest, RegisterDescription
    from tietosuoja_desktop.ui.customers import names

    skipped = {"id", "created_on", "changed_on", "created_at", "updated_at"}
    for record in (Customer, DataRequest, Breach, RegisterDescription):
        for f in fields(record):
            if f.name not in skipped:
                assert f.name in names._FIELDS, (record.__name__, f.name)
    assert names.fields(["retention_text", "translations"]) == "retention period, translations"
