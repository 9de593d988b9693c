"""Printing draws every chosen page onto the printer; a PDF-file printer stands in for paper."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from tietosuoja_desktop.ui.documents.printing import (
    PrintError,
    load_pdf,
    pages_to_print,
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
