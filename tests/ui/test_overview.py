"""The Overview page: counts, requests due soon or overdue, processor contracts due for
review, people past retention."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.enums import RequestType
from tietosuoja_desktop.domain.processors import Processor, TransferMechanism
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.ui.overview_page import OverviewPage
from tietosuoja_desktop.ui.processors_table_model import (
    COL_MECHANISM,
    COL_REVIEW,
    ProcessorsTableModel,
)
from tietosuoja_desktop.ui.requests.table_model import COL_SUBJECT
from tietosuoja_desktop.ui.retention_table_model import RetentionTableModel

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def filled(set_up):
    (register,) = set_up.registers.list()
    old = set_up.customers.add(
        person(
            first_name="Vanha",
            email="vanha@example.fi",
            register_ids=(register.id,),
            customer_since=date(2018, 3, 1),
        )
    )
    set_up.customers.add(person(register_ids=(register.id,)))
    for received, name in ((date(2026, 10, 20), "Myöhässä"), (date(2026, 10, 26), "Pian")):
        set_up.requests.add(DataRequest(RequestType.ACCESS, received, requester_name=name))
    set_up.requests.add(DataRequest(RequestType.ERASURE, date(2026, 11, 20), customer_id=old.id))
    return set_up


def overview(qtbot, services) -> OverviewPage:
    """A shown Overview page whose numbers (read off the GUI thread) have arrived."""
    page = OverviewPage(services)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    return page


def test_counts_and_lists(qtbot, filled):
    page = overview(qtbot, filled)
    values = {key: label.text() for key, label in page.count_values.items()}
    assert values == {"customers": "2", "open": "3", "due": "1", "overdue": "1", "retention": "1"}
    assert page.requests_model.rowCount() == 2
    assert page.requests_model.index(0, COL_SUBJECT).data() == "Myöhässä"  # overdue first
    assert page.requests.currentWidget() is page.requests.table
    assert page.retention_model.index(0, 0).data() == "Vanha Meikäläinen"
    assert "Kahvila Esimerkki Tmi" in page.subtitle.text()
    assert "22.11.2026" in page.subtitle.text()


def test_empty_lists_say_so(qtbot, set_up):
    page = overview(qtbot, set_up)
    assert page.requests.currentWidget() is page.requests.empty
    assert page.requests.empty.text()
    assert page.retention.currentWidget() is page.retention.empty


def test_double_click_asks_to_open_the_request(qtbot, filled):
    page = overview(qtbot, filled)
    with qtbot.waitSignal(page.requestActivated) as blocker:
        page.requests.table.doubleClicked.emit(page.requests_model.index(0, 0))
    assert blocker.args == [filled.requests.list(overdue=True)[0].request.id]


def test_retention_model_passes_the_model_tester(qtmodeltester, filled):
    model = RetentionTableModel()
    qtmodeltester.check(model)
    model.set_views(filled.retention.due())
    qtmodeltester.check(model)


def test_refresh_after_a_change(qtbot, filled):
    page = overview(qtbot, filled)
    filled.customers.add(person(first_name="Uusi", email="uusi@example.fi"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert page.count_values["customers"].text() == "3"


def test_contracts_due_for_review_show_only_when_any(qtbot, set_up):
    page = overview(qtbot, set_up)
    assert page.reviews.isHidden() and page.reviews_heading.isHidden()
    for name, review in (("Myöhässä Oy", date(2026, 11, 1)), ("Kesällä Oy", date(2027, 6, 1))):
        set_up.processors.add(
            Processor(name=name, mechanism=TransferMechanism.SCC, review_on=review)
        )
    set_up.processors.add(Processor(name="Pian Oy", review_on=date(2026, 12, 22)))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert page.reviews.isVisible() and page.reviews.accessibleName()
    rows = [page.reviews_model.index(r, 0).data() for r in range(page.reviews_model.rowCount())]
    assert rows == ["Myöhässä Oy", "Pian Oy"]  # today 22.11.2026: the summer one is not due
    assert page.reviews_model.index(0, COL_REVIEW).data() == "1.11.2026"
    assert page.reviews_model.index(0, COL_MECHANISM).data() == "Standard contractual clauses"


def test_processors_model_passes_the_model_tester(qtmodeltester, set_up):
    model = ProcessorsTableModel()
    qtmodeltester.check(model)
    set_up.processors.add(Processor(name="Tilitoimisto Oy"))
    model.set_views(set_up.processors.list())
    qtmodeltester.check(model)
