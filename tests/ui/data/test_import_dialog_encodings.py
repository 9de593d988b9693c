"""The import dialog and files whose encoding must be decided: a UTF-8 file with one bad byte is
shown with its line and byte and nothing is read in until Windows-1252 is chosen; then the
rows show what will be stored and the lost e-mail column is named. UTF-16 without a BOM reads.
In a Finnish session the combo boxes and the duplicate reasons are Finnish."""

from __future__ import annotations

import pytest
from helpers.csv_samples import HEADERS, customer_rows, with_one_bad_byte, write_customers_csv
from helpers.sample import person

from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.ui.data import ImportDialog
from tietosuoja_desktop.ui.data.import_models import COL_DETAILS, COL_NAME
from tietosuoja_desktop.ui.preferences import apply_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
WAIT = 60_000


@pytest.fixture
def dialog(qtbot, services, register):
    widget = ImportDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_encoding(qtbot, dialog, value: str):
    with qtbot.waitSignal(dialog.file_loaded, timeout=WAIT) as blocker:
        dialog.encoding.setCurrentIndex(dialog.encoding.findData(value))
    return blocker.args[0]


def check(qtbot, dialog):
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as blocker:
        dialog.check_button.click()
    return blocker.args[0]


@pytest.mark.usefixtures("english")
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


@pytest.mark.usefixtures("english")
def test_utf16_without_bom_reads(qtbot, dialog, tmp_path):
    source = write_customers_csv(tmp_path / "source.csv", 5, encoding="utf-8")
    path = tmp_path / "unicode.csv"
    path.write_bytes(source.read_text(encoding="utf-8").encode("utf-16-le"))
    with qtbot.waitSignal(dialog.file_loaded, timeout=WAIT) as blocker:
        dialog.load_file(path)
    assert blocker.args[0].headers == HEADERS
    assert "UTF-16 LE" in dialog.file_info.text()


@pytest.fixture
def finnish(qapp):
    apply_language("fi", remember=False)
    yield
    apply_language("en", remember=False)


@pytest.mark.usefixtures("finnish")
def test_combo_boxes_and_duplicate_reasons_in_finnish(qtbot, services, register, tmp_path):
    widget = ImportDialog(services)
    qtbot.addWidget(widget)
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
