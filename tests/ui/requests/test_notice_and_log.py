"""The start notice of requests due within seven days or overdue, the request log saved as PDF
and CSV, and the main window's way to a request (Ctrl+N, the Overview, the notice)."""

from __future__ import annotations

import csv
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from tietosuoja_desktop.domain.enums import RequestType
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.requests.start_notice import StartNotice, show_start_notice
from tietosuoja_desktop.ui.requests.table_model import COL_SUBJECT

pytestmark = pytest.mark.usefixtures("english")


def add(services, kind: RequestType, received: date, name: str) -> int:
    return services.requests.add(DataRequest(kind, received, requester_name=name)).request.id


@pytest.fixture
def due(set_up):
    return {
        "overdue": add(set_up, RequestType.ACCESS, date(2026, 10, 20), "Liisa Lahtinen"),
        "soon": add(set_up, RequestType.ERASURE, date(2026, 10, 26), "Pekka Pouta"),
        "later": add(set_up, RequestType.ACCESS, date(2026, 11, 20), "Anni Aho"),
    }


def test_no_notice_when_nothing_is_due(qtbot, set_up):
    add(set_up, RequestType.ACCESS, date(2026, 11, 20), "Anni Aho")  # a month to go
    assert show_start_notice(None, set_up) is None


def test_notice_lists_the_due_and_overdue_and_opens_one(qtbot, set_up, due):
    opened = []
    notice = show_start_notice(None, set_up, opened.append)
    qtbot.addWidget(notice)
    assert isinstance(notice, StartNotice) and notice.isVisible() and not notice.isModal()
    model = notice.model
    names = [model.index(row, COL_SUBJECT).data() for row in range(model.rowCount())]
    assert names == ["Liisa Lahtinen", "Pekka Pouta"]
    assert notice.text.text() == "1 request overdue. 1 request due within seven days."
    notice.table.selectRow(1)
    notice.open_button.click()
    assert opened == [due["soon"]]


def test_main_window_shows_the_notice_after_the_first_paint(qtbot, set_up, due):
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.start_notice is not None, timeout=10_000)
    notice = window.start_notice
    notice.table.selectRow(0)
    with qtbot.waitSignal(window.page("requests").loaded, timeout=10_000):
        notice.open_button.click()
    page = window.page("requests")
    assert window.stack.currentWidget() is page
    assert page.detail.view.request.id == due["overdue"]
    assert page.table.currentIndex().row() == page.model.row_of(due["overdue"])


def test_overview_double_click_opens_the_request(qtbot, set_up, due):
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    overview = window.page("overview")
    qtbot.waitUntil(lambda: overview.requests_model.rowCount() == 2, timeout=10_000)
    with qtbot.waitSignal(window.page("requests").loaded, timeout=10_000):
        overview.requests.table.doubleClicked.emit(overview.requests_model.index(1, 0))
    page = window.page("requests")
    assert window.stack.currentWidget() is page
    assert page.detail.view.request.id == due["soon"]
    # Selected once the list arrived, without leaving the open requests for all of them.
    assert page.filters.status.currentData() == "open"
    assert page.table.currentIndex().row() == page.model.row_of(due["soon"])
    window.menus.new_action.trigger()  # Ctrl+N on the Requests page logs a request
    assert page.log_dialog is not None and page.log_dialog.isVisible()
    page.log_dialog.reject()


def test_request_log_saved_as_pdf_and_csv(qtbot, set_up, due, page, save_to, tmp_path):
    set_up.requests.complete(due["overdue"], "Raportti lähetetty")
    page.open_report()
    dialog = page.report_dialog
    assert dialog.start.date() == QDate(2026, 1, 1) and dialog.end.date() == QDate(2026, 11, 22)
    dialog.start.setDate(QDate(2026, 12, 1))
    dialog.save()
    assert dialog.error.text() == "The period must start before it ends."
    dialog.start.setDate(QDate(2026, 10, 1))
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as blocker:
        dialog.save()
    pdf_path, csv_path = blocker.args
    assert save_to == ["Request log 2026-10-01–2026-11-22.pdf"]
    text = PdfReader(BytesIO(Path(pdf_path).read_bytes())).pages[0].extract_text()
    assert "Luettelo rekisteröityjen pyynnöistä" in text
    with open(csv_path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["status"] for row in rows] == ["completed", "open", "open"]
    assert rows[0]["on_time"] == "no" and rows[0]["outcome"] == "Raportti lähetetty"
    assert csv_path in dialog.status.text()
