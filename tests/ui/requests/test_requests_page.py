"""The Requests page: the list with its clock and colours, the filters and the search, the log
dialog, the models, and switching the interface language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from steps import refreshed

from tietosuoja_desktop.domain.clock import Urgency
from tietosuoja_desktop.domain.enums import RequestType
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.ui.preferences import apply_language
from tietosuoja_desktop.ui.requests.record_models import AttachmentsModel, TimelineModel
from tietosuoja_desktop.ui.requests.table_model import (
    COL_DAYS_LEFT,
    COL_DUE,
    COL_ID,
    COL_STATUS,
    COL_SUBJECT,
    COL_TYPE,
    HEADERS,
    ID_ROLE,
    URGENCY_COLOURS,
    URGENCY_ROLE,
    RequestsTableModel,
)

pytestmark = pytest.mark.usefixtures("english")


def add(services, kind: RequestType, received: date, name: str) -> int:
    return services.requests.add(DataRequest(kind, received, requester_name=name)).request.id


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


def column(model, col: int) -> list:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, set_up, requests):
    model = RequestsTableModel()
    qtmodeltester.check(model)
    model.set_views(set_up.requests.list())
    qtmodeltester.check(model)
    model.sort(COL_SUBJECT, Qt.SortOrder.DescendingOrder)
    model.set_search("o")
    qtmodeltester.check(model)
    set_up.requests.attach(requests["later"], "kirje.txt", b"x" * 3000)
    for empty, items in (
        (TimelineModel(), set_up.requests.timeline(requests["later"])),
        (AttachmentsModel(), set_up.requests.attachments(requests["later"])),
    ):
        qtmodeltester.check(empty)
        empty.set_views(items)
        qtmodeltester.check(empty)
    attachments = AttachmentsModel()
    attachments.set_views(set_up.requests.attachments(requests["later"]))
    assert [attachments.index(0, c).data() for c in range(3)] == ["kirje.txt", "text/plain", "3 KB"]


def test_columns_show_the_clock_and_closed_requests_none(set_up, requests):
    model = RequestsTableModel()
    model.set_views(set_up.requests.list())
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == list(HEADERS)
    first = {col: model.index(0, col).data() for col in range(7)}
    assert first[COL_ID] == str(requests["overdue"])
    assert (first[COL_TYPE], first[COL_SUBJECT]) == ("Access", "Liisa Lahtinen")
    assert (first[COL_DUE], first[COL_DAYS_LEFT]) == ("20.11.2026", "2 days overdue")
    assert first[COL_STATUS] == "Open"
    closed = model.row_of(requests["closed"])
    assert model.index(closed, COL_DUE).data() == ""
    assert model.index(closed, COL_DAYS_LEFT).data() == ""
    assert model.index(closed, COL_STATUS).data() == "Completed"
    assert model.index(closed, COL_DAYS_LEFT).data(Qt.ItemDataRole.BackgroundRole) is None
    tooltip = model.index(0, COL_DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Overdue: Received 20.10.2026")


@pytest.mark.parametrize(
    ("today", "left", "urgency"),
    [
        (date(2026, 12, 6), "10 days left", Urgency.OK),
        (date(2026, 12, 7), "9 days left", Urgency.SOON),
        (date(2026, 12, 11), "5 days left", Urgency.SOON),
        (date(2026, 12, 12), "4 days left", Urgency.URGENT),
        (date(2026, 12, 16), "due today", Urgency.URGENT),
        (date(2026, 12, 17), "1 day overdue", Urgency.OVERDUE),
    ],
)
def test_urgency_colours_at_the_boundaries(set_up, clock, today, left, urgency):
    add(set_up, RequestType.ACCESS, date(2026, 11, 16), "Raja Tapaus")  # due Wed 16.12.2026
    clock.set(today)
    model = RequestsTableModel()
    model.set_views(set_up.requests.list())
    cell = model.index(0, COL_DAYS_LEFT)
    assert cell.data() == left
    assert cell.data(URGENCY_ROLE) == urgency.value
    background, foreground = URGENCY_COLOURS[urgency]
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == background
    assert model.index(0, COL_DUE).data(Qt.ItemDataRole.ForegroundRole) == foreground
    assert model.index(0, COL_SUBJECT).data(Qt.ItemDataRole.BackgroundRole) is None
    icon = cell.data(Qt.ItemDataRole.DecorationRole)
    assert (icon is not None) == (urgency in (Urgency.URGENT, Urgency.OVERDUE))
    colours = {level: URGENCY_COLOURS[level][0].name() for level in URGENCY_COLOURS}
    assert len(set(colours.values())) == 4  # green, amber, red and the overdue red differ


def test_filters_by_status_and_type_and_searches(qtbot, requests, page):
    assert column(page.model, COL_SUBJECT) == ["Liisa Lahtinen", "Pekka Pouta", "Anni Aho"]
    assert page.filters.count.text() == "3 requests"
    filters = page.filters
    refreshed(qtbot, page, lambda: filters.set_status("closed"))
    assert column(page.model, COL_SUBJECT) == ["Olli Oja"]
    refreshed(qtbot, page, lambda: filters.set_status("attention"))
    assert column(page.model, COL_SUBJECT) == ["Liisa Lahtinen", "Pekka Pouta"]
    refreshed(qtbot, page, lambda: filters.set_status("overdue"))
    assert column(page.model, COL_SUBJECT) == ["Liisa Lahtinen"]
    refreshed(qtbot, page, lambda: filters.set_status("all"))
    assert page.model.rowCount() == 4
    refreshed(qtbot, page, lambda: filters.set_type(RequestType.ERASURE))
    assert column(page.model, COL_SUBJECT) == ["Pekka Pouta"]
    refreshed(qtbot, page, lambda: filters.set_type(None))
    refreshed(qtbot, page, lambda: filters.set_status("completed"))
    assert column(page.model, COL_SUBJECT) == ["Olli Oja"]
    refreshed(qtbot, page, lambda: filters.set_status("all"))
    filters.search.setText("aho")
    assert column(page.model, COL_SUBJECT) == ["Anni Aho"]
    assert page.filters.count.text() == "1 of 4"
    filters.search.setText(str(requests["soon"]))
    assert column(page.model, COL_SUBJECT) == ["Pekka Pouta"]
    filters.search.setText("nobody")
    assert page.list_stack.currentWidget() is page.empty
    assert page.empty.text() == "No requests match the search and filters."
    filters.search.clear()
    page.table.sortByColumn(COL_SUBJECT, Qt.SortOrder.AscendingOrder)
    assert column(page.model, COL_SUBJECT)[0] == "Anni Aho"


def test_show_request_selects_it_even_when_the_filter_hides_it(qtbot, requests, page):
    with qtbot.waitSignal(page.loaded):
        page.show_request(requests["closed"])
    assert page.filters.status.currentData() == "all"
    current = page.table.currentIndex()
    assert current.data(ID_ROLE) == requests["closed"]
    assert "Olli Oja" in page.detail.title.text()
    assert "Art 20" in page.detail.title.text()
    page.table.selectRow(page.model.row_of(requests["soon"]))
    assert "Pekka Pouta" in page.detail.title.text()
    assert "Received 26.10.2026" in page.detail.explanation.text()


def test_empty_register_says_how_to_begin(page):
    assert page.list_stack.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()
    assert page.detail.currentWidget() is page.detail.empty


def test_log_dialog_shows_the_due_date_at_once_and_refuses_no_person(qtbot, page, clock):
    page.new_item()
    dialog = page.log_dialog
    assert dialog.received.date() == QDate(2026, 11, 22)
    assert dialog.received.maximumDate() == QDate(2026, 11, 22)  # no future date
    assert dialog.due.text() == "Due Tue 22.12.2026"
    assert dialog.explanation.text() == (
        "Received 22.11.2026: one month ends on 22.12.2026, the deadline."
    )
    dialog.received.setDate(QDate(2026, 5, 19))  # a month ends on Friday 19.6.2026
    assert dialog.due.text() == "Due Fri 19.6.2026"
    assert "Midsummer Eve" in dialog.warning.text() and dialog.warning.isVisibleTo(dialog)
    dialog.received.setDate(QDate(2026, 1, 31))
    assert dialog.due.text() == "Due Mon 2.3.2026"  # 28.2. is a Saturday
    assert "a Saturday" in dialog.explanation.text()
    assert dialog.type.count() == 8
    assert dialog.type.itemText(6) == "Direct-marketing objection (Art 21(2)-(3))"
    assert not dialog.save()
    assert dialog.picker.error.text() == "Choose the person from the list."
    dialog.picker.outside.setChecked(True)
    assert not dialog.save()
    assert dialog.picker.error.text() == "Choose a customer or give the requester's name."
    assert dialog.isVisible()


def test_log_dialog_asks_before_typing_is_let_go(page, monkeypatch):
    from tietosuoja_desktop.ui.customers import confirm

    asked = []
    monkeypatch.setattr(confirm, "discard_changes", lambda parent: asked.append(1) or False)
    page.new_item()
    dialog = page.log_dialog
    dialog.reject()  # nothing typed: closes without a question
    assert not dialog.isVisible() and not asked

    page.new_item()
    dialog = page.log_dialog
    dialog.description.setPlainText("Haluan tietää, mitä tietoja minusta on.")
    dialog.reject()  # the user keeps the typing
    assert asked == [1] and dialog.isVisible()
    assert dialog.description.toPlainText() == "Haluan tietää, mitä tietoja minusta on."
    monkeypatch.setattr(confirm, "discard_changes", lambda parent: asked.append(2) or True)
    dialog.reject()
    assert asked == [1, 2] and not dialog.isVisible()


def test_a_typed_reason_is_not_lost_to_a_stray_escape(qtbot, monkeypatch):
    from tietosuoja_desktop.ui.customers import confirm
    from tietosuoja_desktop.ui.requests.action_dialog import ActionDialog, Reason

    asked = []
    monkeypatch.setattr(confirm, "discard_changes", lambda parent: asked.append(1) or False)
    dialog = ActionDialog(None, title="Refuse", intro="", confirm="Refuse", reason=Reason.REQUIRED)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Pyyntö on selvästi perusteeton: sama pyyntö viidettä kertaa.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [1] and dialog.isVisible()
    monkeypatch.setattr(confirm, "discard_changes", lambda parent: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_language_switch_retranslates_the_page(qtbot, requests, page):
    page.show_request(requests["overdue"])
    try:
        apply_language("fi", remember=False)
        assert page.model.headerData(COL_TYPE, Qt.Orientation.Horizontal) == "Pyyntö"
        assert page.model.index(0, COL_TYPE).data() == "Tarkastus"
        assert page.model.index(0, COL_DAYS_LEFT).data() == "2 päivää myöhässä"
        assert page.filters.type.itemText(1) == "Tarkastus"
        assert page.filters.status.itemText(0) == "Avoimet pyynnöt"
        assert page.filters.status.itemText(6) == "Avoin"  # after the separator
        assert "Tarkastus (15 art.)" in page.detail.title.text()
        assert page.detail.explanation.text().startswith("Saapunut 20.10.2026")
        assert page.detail.clock.text().startswith("Myöhässä")
        apply_language("sv", remember=False)
        assert page.model.index(0, COL_TYPE).data() == "Tillgång"
        assert page.detail.explanation.text().startswith("Inkom 20.10.2026")
    finally:
        apply_language("en", remember=False)
    assert page.model.index(0, COL_TYPE).data() == "Access"
    assert page.filters.status.itemText(0) == "Open requests"
