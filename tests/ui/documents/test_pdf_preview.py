"""The preview: a PDF from memory shown by QtPdf, page by page, zoomed, saved where asked."""

from __future__ import annotations

import pytest
from helpers.keyboard_checks import tab_stops
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from tietosuoja_desktop.ui.documents import PdfPreviewDialog

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def dialog(qtbot, statement):
    dialog = PdfPreviewDialog(statement.pdf, statement.document.title, "seloste.pdf")
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_loads_and_draws_the_document(qtbot, dialog, statement):
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() > 0
    assert dialog.windowTitle() == statement.document.title
    with qtbot.waitSignal(dialog.preview.pageRendered, timeout=10_000):
        dialog.show()
    count = dialog.document.pageCount()
    assert dialog.preview.page_count_label.text().strip() == f"of {count}"


def test_pages_can_be_stepped_through(dialog):
    preview = dialog.preview
    assert preview.current_page() == 1
    assert not preview.previous_action.isEnabled()
    preview.next_action.trigger()
    assert preview.current_page() == 2
    assert preview.page_box.value() == 2
    preview.page_box.setValue(preview.document.pageCount())
    assert preview.current_page() == preview.document.pageCount()
    assert not preview.next_action.isEnabled()
    preview.go_to_page(99)
    assert preview.current_page() == preview.document.pageCount()


def test_zoom_steps_and_fits(dialog):
    preview = dialog.preview
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.zoom_in_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(1.25)
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(0.75)
    preview.zoom_box.setCurrentIndex(1)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert preview.zoom_box.currentText() == "Whole page"


def test_save_writes_the_same_bytes(qtbot, dialog, statement, tmp_path, save_to):
    asked = save_to(tmp_path / "seloste")  # no extension typed: .pdf is added
    with qtbot.waitSignal(dialog.preview.saved) as saved:
        dialog.preview.save_action.trigger()
    assert asked[0].endswith("seloste.pdf")
    assert saved.args == [str(tmp_path / "seloste.pdf")]
    assert (tmp_path / "seloste.pdf").read_bytes() == statement.pdf
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_a_failed_save_is_explained(dialog, tmp_path, save_to, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    save_to(tmp_path / "missing-folder" / "seloste.pdf")
    dialog.preview.save_as()
    assert len(warnings) == 1
    assert "could not be saved" in warnings[0][2]
    assert "missing-folder" in warnings[0][2]


def test_broken_bytes_show_an_empty_preview(qtbot):
    dialog = PdfPreviewDialog(b"not a pdf", "Broken", "broken.pdf")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 0
    assert not dialog.preview.print_action.isEnabled()
    assert dialog.preview.print_document() is False


@pytest.fixture
def print_dialogs(monkeypatch):
    """Every print dialog opened, answered with Cancel."""
    opened = []

    def cancel(dialog):
        opened.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    return opened


def test_print_and_save_are_tab_stops(qtbot, dialog):
    """Issue 19: Tab skipped "Print" and "Save as" in the preview's toolbar."""
    dialog.show()
    qtbot.waitExposed(dialog)
    stops = tab_stops(dialog, qtbot)
    print_button = dialog.preview.toolbar.widgetForAction(dialog.preview.print_action)
    save_button = dialog.preview.toolbar.widgetForAction(dialog.preview.save_action)
    assert print_button in stops
    assert save_button in stops
    assert stops.index(print_button) < stops.index(save_button)


def test_ctrl_p_and_ctrl_s_work_from_anywhere_in_the_window(
    qtbot, dialog, print_dialogs, save_to, tmp_path
):
    """Issue 19: Ctrl+P worked only once Tab had reached the page-number box."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setFocus()
    qtbot.waitUntil(close.hasFocus)
    qtbot.keyClick(close, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert print_dialogs == [f"Print {dialog.windowTitle()}"]
    save_to(tmp_path / "seloste.pdf")
    with qtbot.waitSignal(dialog.preview.saved):
        qtbot.keyClick(close, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "seloste.pdf").exists()
