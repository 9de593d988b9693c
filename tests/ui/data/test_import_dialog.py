"""The import dialog with real widgets: a file read in the background, the guessed mapping
changed in its combo box, rows checked, imported with progress, cancelled, refused rows saved;
a UTF-8 file with one bad byte shown with its line and byte and read only once Windows-1252 is
chosen (the rows then show what will be stored, the lost e-mail column named); UTF-16 without
a BOM; the combo boxes and duplicate reasons in a Finnish session."""

from __future__ import annotations

import pytest
from helpers.csv_samples import (
    DATA,
    HEADERS,
    customer_rows,
    with_one_bad_byte,
    write_customers_csv,
)
from helpers.sample import person
from PySide6.QtWidgets import QComboBox, QPushButton

from tietosuoja_desktop.domain.csv_mapping import Target
from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.services.csv_files import read_table
from tietosuoja_desktop.ui.data import ImportDialog
from tietosuoja_desktop.ui.data.import_models import COL_DETAILS, COL_NAME, COL_STATUS, COL_TARGET
from tietosuoja_desktop.ui.preferences import apply_language

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]
WAIT = 60_000


@pytest.fixture
def dialog(qtbot, services, register):
    widget = ImportDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def load(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.file_loaded, timeout=WAIT):
        dialog.load_file(path)


def check(qtbot, dialog):
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as blocker:
        dialog.check_button.click()
    return blocker.args[0]


def run_import(qtbot, dialog):
    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT) as blocker:
        dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog._busy(), timeout=WAIT)
    return blocker.args[0]


def test_a_finnish_excel_file_from_choosing_to_importing(qtbot, dialog, services, register,
                                                         qtmodeltester):  # fmt: skip
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    load(qtbot, dialog, DATA / "finnish_excel_cp1252.csv")
    assert "Windows-1252" in dialog.file_info.text() and "3 rows" in dialog.file_info.text()
    model = dialog.mapping_model
    qtmodeltester.check(model)
    headers = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert headers[0] == "Etunimi"
    assert model.index(8, COL_TARGET).data() == "E-mail"
    assert dialog.register.currentData() == register.id
    assert not dialog.import_button.isEnabled()  # nothing checked yet

    preview = check(qtbot, dialog)
    assert dialog.summary.text() == "3 new, 0 duplicates, 0 refused."
    qtmodeltester.check(dialog.preview_model)
    assert dialog.import_button.isEnabled()

    result = run_import(qtbot, dialog)
    assert result.created == 3 and preview.counts["new"] == 3
    assert "Imported 3 new customers" in dialog.status.text()
    assert services.customers.count() == 3
    assert not dialog.import_button.isEnabled()  # the same rows are not imported twice
    aino = services.customers.search("aino.makela")[0]
    assert services.customers.get(aino.id).register_ids == (register.id,)


def test_the_mapping_is_changed_in_its_combo_box(qtbot, dialog, services):
    load(qtbot, dialog, DATA / "finnish_excel_cp1252.csv")
    check(qtbot, dialog)
    row = dialog.mapping_model.rowCount() - 1  # Lisätiedot -> notes
    index = dialog.mapping_model.index(row, COL_TARGET)
    combo = dialog.mapping_view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == Target.NOTES.value
    combo.setCurrentIndex(combo.findData(Target.IGNORE.value))
    assert dialog.mapping_model.mapping.targets[row] is Target.IGNORE
    assert not dialog.import_button.isEnabled()  # the preview must be made again
    assert dialog.preview_model.rowCount() == 0
    check(qtbot, dialog)
    run_import(qtbot, dialog)
    assert all(not c.notes for c in services.customers.search("example.fi"))


def test_refused_rows_with_reasons_and_saved(qtbot, dialog, tmp_path):
    load(qtbot, dialog, DATA / "malformed.csv")
    check(qtbot, dialog)
    assert dialog.summary.text() == "2 new, 0 duplicates, 5 refused."
    model = dialog.preview_model
    statuses = [model.index(row, COL_STATUS).data() for row in range(model.rowCount())]
    assert statuses.count("Refused") == 5
    dialog.only_problems.setChecked(True)
    assert model.rowCount() == 5
    reasons = [model.index(row, COL_DETAILS).data() for row in range(model.rowCount())]
    assert "2 columns" in reasons[0] and "quotation mark" in reasons[-1]
    assert dialog.rejected_button.isEnabled()
    saved = dialog.save_rejected(tmp_path / "hylätyt.csv")
    assert len(read_table(saved).rows) == 5
    assert "5 refused rows saved" in dialog.status.text()


def test_a_huge_cell_is_cut_for_display_only(qtbot, dialog, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("Etunimi;Lisätiedot\nAino;" + "x" * 2_000_000 + "\n", encoding="utf-8")
    load(qtbot, dialog, path)
    sample = dialog.mapping_model.index(1, 1).data()
    assert len(sample) <= 200
    check(qtbot, dialog)
    assert dialog.summary.text() == "0 new, 0 duplicates, 1 refused."


def test_duplicates_skipped_or_merged(qtbot, dialog, services):
    known = services.customers.add(person(first_name="Aino", email="aino.makela@example.fi",
                                          phone="", city=""))  # fmt: skip
    load(qtbot, dialog, DATA / "finnish_excel_cp1252.csv")
    dialog.merge_button.setChecked(True)
    check(qtbot, dialog)
    assert dialog.summary.text() == "2 new, 1 duplicates, 0 refused."
    dialog.only_problems.setChecked(True)
    detail = dialog.preview_model.index(0, COL_DETAILS).data()
    assert f"customer {known.id} in the register (same e-mail)" == detail
    result = run_import(qtbot, dialog)
    assert (result.created, result.merged) == (2, 1)
    assert services.customers.get(known.id).phone == "+358401234567"


def test_a_wrong_separator_is_explained(qtbot, dialog):
    load(qtbot, dialog, DATA / "finnish_utf8_bom.csv")
    with qtbot.waitSignal(dialog.file_loaded, timeout=WAIT):
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(","))
    assert dialog.mapping_model.rowCount() == 1
    check(qtbot, dialog)
    assert "No column is imported as a name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_leaves_nothing_imported(qtbot, dialog, services, tmp_path):
    load(qtbot, dialog, write_customers_csv(tmp_path / "big.csv", 25_000))
    check(qtbot, dialog)
    cancelled = []

    def on_progress(done, total):
        if not cancelled:
            cancelled.append(done)
            dialog.progress_dialog.findChild(QPushButton).click()  # the Cancel button

    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT) as blocker:
        dialog.import_button.click()
        dialog._thread.progressed.connect(on_progress)
    qtbot.waitUntil(lambda: not dialog._busy(), timeout=WAIT)
    assert blocker.args == [None]
    assert "cancelled" in dialog.status.text()
    assert services.customers.count() == 0
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)  # it can be tried again


def test_closing_during_an_import_waits_for_the_rollback(qtbot, dialog, services, tmp_path):
    load(qtbot, dialog, write_customers_csv(tmp_path / "big.csv", 15_000))
    check(qtbot, dialog)
    dialog.import_button.click()
    dialog.close()
    assert not dialog._thread.isRunning()  # closing waited for the thread
    assert services.customers.count() in (0, 15_000)


def choose_encoding(qtbot, dialog, value: str):
    with qtbot.waitSignal(dialog.file_loaded, timeout=WAIT) as blocker:
        dialog.encoding.setCurrentIndex(dialog.encoding.findData(value))
    return blocker.args[0]


def test_a_bad_byte_is_shown_and_windows_1252_only_when_chosen(qtbot, dialog, services,
                                                              tmp_path):  # fmt: skip
    path = with_one_bad_byte(tmp_path / "asiakkaat.csv", 40, line=7)
    with qtbot.waitSignal(dialog.file_refused, timeout=WAIT):
        dialog.load_file(path)
    info = dialog.file_info.text()
    assert "not UTF-8 (bytes: 1, lines: 1)" in info and "line 7: byte E4" in info
    assert "choose Windows-1252 under Encoding" in info
    assert "line 7: byte E4" in dialog.encoding.toolTip()
    assert dialog.mapping_model.rowCount() == 0
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert services.customers.count() == 0

    table = choose_encoding(qtbot, dialog, "cp1252")
    assert table.encoding == "cp1252" and "Windows-1252" in dialog.file_info.text()
    assert "“SÃ¤hkÃ¶posti” is recognised only when the file is read as UTF-8" in (
        dialog.file_info.text()
    )
    assert dialog.encoding.toolTip() == ""
    assert not dialog.import_button.isEnabled()  # the rows are seen first
    check(qtbot, dialog)
    model = dialog.preview_model
    shown = sorted(model.index(row, COL_NAME).data() for row in range(model.rowCount()))
    assert any("Ã¤" in name or "Ã¶" in name for name in shown)
    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT):
        dialog.import_button.click()
    stored = services.customers.page(CustomerQuery(), 0, 100)
    assert sorted(c.display_name for c in stored) == shown


def test_utf16_without_bom_reads(qtbot, dialog, tmp_path):
    source = write_customers_csv(tmp_path / "source.csv", 5, encoding="utf-8")
    path = tmp_path / "unicode.csv"
    path.write_bytes(source.read_text(encoding="utf-8").encode("utf-16-le"))
    with qtbot.waitSignal(dialog.file_loaded, timeout=WAIT) as blocker:
        dialog.load_file(path)
    assert blocker.args[0].headers == HEADERS
    assert "UTF-16 LE" in dialog.file_info.text()


def test_combo_boxes_and_duplicate_reasons_in_finnish(qtbot, services, register, tmp_path):
    apply_language("fi", remember=False)  # the "english" fixture puts English back
    widget = ImportDialog(services)
    qtbot.addWidget(widget)
    widget.show()  # closing a shown dialog waits for its reading thread
    assert widget.encoding.itemText(0) == "Tunnista"
    assert widget.delimiter.itemText(0) == "Tunnista"
    assert widget.delimiter.itemText(widget.delimiter.findData("\t")) == "Sarkain"
    path = write_customers_csv(tmp_path / "asiakkaat.csv", 2, encoding="utf-8")
    known = services.customers.add(person(email=next(customer_rows(1))[2]))
    with qtbot.waitSignal(widget.file_loaded, timeout=WAIT):
        widget.load_file(path)
    check(qtbot, widget)
    widget.only_problems.setChecked(True)
    detail = widget.preview_model.index(0, COL_DETAILS).data()
    assert detail == f"rekisterin asiakas {known.id} (sama sähköposti)"


def test_shopify_marketing_permissions_imported_as_consents_for_the_purpose(
    qtbot, dialog, services
):
    load(qtbot, dialog, DATA / "shopify_customers.csv")
    targets = dialog.mapping_model.mapping.targets
    assert Target.MARKETING_EMAIL in targets and Target.MARKETING_SMS in targets
    assert dialog.purpose.currentText() == ""  # not imported unless a purpose is chosen
    assert "marketing permission columns are not imported" in dialog.file_info.text()
    dialog.purpose.setEditText("Uutiskirje")
    assert "marketing permission" not in dialog.file_info.text()
    assert dialog._options().marketing_purpose == "Uutiskirje"
    check(qtbot, dialog)
    result = run_import(qtbot, dialog)
    assert (result.created, result.consents) == (3, 1)
    minna = services.customers.search("minna.salonen")[0]
    (given,) = services.activity.consents(minna.id)
    assert (given.purpose, given.marketing_channel, given.evidence) == (
        "Uutiskirje",
        "email",
        "shopify_customers.csv, 2026-11-22",
    )
    dialog._fill_registers()  # the next import offers the purpose
    assert dialog.purpose.findText("Uutiskirje") > 0
