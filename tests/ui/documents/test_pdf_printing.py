"""Printing draws every chosen page onto the printer; a PDF-file printer stands in for paper."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from tietosuoja_desktop.ui.documents import PdfPreviewDialog
from tietosuoja_desktop.ui.documents.printing import (
    PrintError,
    load_pdf,
    pages_to_print,
    print_chosen,
    print_document,
)


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def document(statement):
    loaded = load_pdf(statement.pdf)
    yield loaded
    loaded.close()


def test_every_page_is_printed(document, statement, tmp_path):
    assert document.status() == QPdfDocument.Status.Ready
    expected = len(PdfReader(BytesIO(statement.pdf)).pages)
    assert document.pageCount() == expected
    printer = _pdf_printer(tmp_path / "printed.pdf")
    assert print_document(document, printer) == expected
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed.startswith(b"%PDF")
    assert len(PdfReader(BytesIO(printed)).pages) == expected


def test_the_chosen_range_is_printed(document, tmp_path):
    assert document.pageCount() >= 2
    printer = _pdf_printer(tmp_path / "page-two.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert pages_to_print(printer, document.pageCount()) == [1]
    assert print_document(document, printer) == 1
    assert len(PdfReader(tmp_path / "page-two.pdf").pages) == 1


def test_last_page_first(document):
    printer = QPrinter()
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    count = document.pageCount()
    assert pages_to_print(printer, count) == list(reversed(range(count)))


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # what is being tested
def test_a_printer_that_cannot_open_is_reported(document, tmp_path):
    printer = _pdf_printer(tmp_path / "no-such-folder" / "out.pdf")
    with pytest.raises(PrintError):
        print_document(document, printer)


@pytest.fixture
def messages(monkeypatch):
    """Every information and warning box shown, as (kind, title, text); none opens."""
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda parent, title, text, *rest, kind=kind: shown.append((kind, title, text)),
        )
    return shown


def _page_text(pdf_path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(pdf_path).pages)


@pytest.mark.usefixtures("english")
def test_printing_to_a_pdf_file_writes_the_document_itself(document, statement, tmp_path, messages):
    """Issue 19: "Print to file (PDF)" wrote a 1.6 MB image-only PDF and said nothing."""
    target = tmp_path / "tulostettu.pdf"
    assert print_chosen(document, statement.pdf, _pdf_printer(target), None) is True
    assert target.read_bytes() == statement.pdf
    assert "Tietosuojaseloste" in _page_text(target)  # vector text, selectable
    assert messages == [
        ("information", "PDF file written", f"The document was written to {target}.")
    ]


@pytest.mark.usefixtures("english")
def test_a_pdf_file_that_cannot_be_written_is_explained(document, statement, tmp_path, messages):
    target = tmp_path / "no-such-folder" / "out.pdf"
    assert print_chosen(document, statement.pdf, _pdf_printer(target), None) is False
    assert not target.exists()
    [(kind, title, text)] = messages
    assert (kind, title) == ("warning", "Cannot print")
    assert str(target) in text and "could not be written" in text


def test_ctrl_p_in_the_preview_to_a_pdf_printer(qtbot, statement, tmp_path, messages, monkeypatch):
    """The whole path a user takes: Print… in the preview, "Print to file (PDF)" chosen."""
    target = tmp_path / "from-preview.pdf"

    def choose_pdf_file(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)
    preview = PdfPreviewDialog(statement.pdf, statement.document.title, "seloste.pdf")
    qtbot.addWidget(preview)
    assert preview.preview.print_document() is True
    assert target.read_bytes() == statement.pdf
    assert [kind for kind, _title, _text in messages] == ["information"]
