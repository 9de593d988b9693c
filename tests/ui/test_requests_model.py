"""The requests table model and the Requests page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui_support import english_fixture, set_up_fixture  # noqa: F401 - fixtures

from tietosuoja_desktop.domain.enums import RequestType
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.ui.requests_page import FILTER_ALL, FILTER_CLOSED, RequestsPage
from tietosuoja_desktop.ui.requests_table_model import (
    COL_DAYS_LEFT,
    COL_DUE,
    COL_STATUS,
    COL_SUBJECT,
    COL_TYPE,
    HEADERS,
    ID_ROLE,
    SORT_ROLE,
    RequestsTableModel,
)
from tietosuoja_desktop.ui.style import urgency_background

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


def add(services, kind: RequestType, received: date, name: str) -> int:
    view = services.requests.add(DataRequest(kind, received, requester_name=name))
    return view.request.id


@pytest.fixture
def requests(set_up):
    ids = {
        "overdue": add(set_up, RequestType.ACCESS, date(2026, 10, 20), "Liisa Lahtinen"),
        "soon": add(set_up, RequestType.ERASURE, date(2026, 10, 26), "Pekka Pouta"),
        "later": add(set_up, RequestType.MARKETING_OBJECTION, date(2026, 11, 20), "Anni Aho"),
        "closed": add(set_up, RequestType.PORTABILITY, date(2026, 11, 2), "Olli Oja"),
    }
    set_up.requests.complete(ids["closed"], "Lähetetty")
    return ids


def test_model_passes_the_model_tester(qtmodeltester, set_up, requests):
    model = RequestsTableModel()
    qtmodeltester.check(model)
    model.set_views(set_up.requests.list())
    qtmodeltester.check(model)


def test_columns_show_the_legal_clock(set_up, requests):
    model = RequestsTableModel()
    model.set_views(set_up.requests.list(open_only=True))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == list(HEADERS)
    first = {column: model.index(0, column).data() for column in range(6)}
    assert first[COL_TYPE] == "Access"
    assert first[COL_SUBJECT] == "Liisa Lahtinen"
    assert first[COL_DUE] == "20.11.2026"
    assert first[COL_DAYS_LEFT] == "2 days overdue"
    assert first[COL_STATUS] == "Open"
    assert model.index(1, COL_DAYS_LEFT).data() == "4 days left"
    assert model.index(0, COL_DAYS_LEFT).data(SORT_ROLE) == -2
    assert model.index(0, 0).data(ID_ROLE) == requests["overdue"]
    overdue_colour = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert overdue_colour is not None and overdue_colour != model.index(1, 0).data(
        Qt.ItemDataRole.BackgroundRole
    )
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # a month to go
    tooltip = model.index(0, COL_DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Received 20.10.2026" in tooltip


def test_page_filters_and_selects(qtbot, set_up, requests):
    page = RequestsPage(set_up)
    qtbot.addWidget(page)
    page.show()
    assert page.proxy.rowCount() == 3
    assert page.count.text() == "3 requests"
    page.filter.setCurrentIndex(FILTER_CLOSED)
    assert page.proxy.rowCount() == 1
    page.filter.setCurrentIndex(FILTER_ALL)
    assert page.proxy.rowCount() == 4
    page.filter.setCurrentIndex(0)
    page.show_request(requests["closed"])
    assert page.filter.currentIndex() == FILTER_ALL
    assert "Olli Oja" in page.details.text()
    assert "Art 20" in page.details.text()


def test_urgency_has_a_colour_only_when_it_needs_attention():
    from tietosuoja_desktop.domain.clock import Urgency

    assert urgency_background(Urgency.OK) is None
    assert urgency_background(Urgency.CLOSED) is None
    assert urgency_background(Urgency.OVERDUE) is not None
