"""The customer list's scroll bar stands for the whole register (issue 19): a drag of the thumb
to the middle of 2,000 people shows the middle of the alphabet, not the first page again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tietosuoja_desktop.services.demo import generate_demo
from tietosuoja_desktop.ui.customers import CustomersPage
from tietosuoja_desktop.ui.customers.table_model import COL_NAME

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def two_thousand(services):
    generate_demo(services, 2000)
    return services


def _top_name(table) -> str:
    return table.indexAt(QPoint(4, 4)).siblingAtColumn(COL_NAME).data()


def test_dragging_to_the_middle_shows_the_middle_of_the_alphabet(qtbot, two_thousand, english):
    page = CustomersPage(two_thousand)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.model.count_pending, timeout=10_000)
    table = page.table
    bar = table.verticalScrollBar()
    assert page.model.rowCount() == 2000
    assert bar.maximum() > 1500  # one step a row: the bar spans all 2,000 people

    bar.setValue(bar.maximum() // 2)  # what dragging the thumb to the middle does
    qtbot.wait(1)
    middle = _top_name(table)
    assert middle[0] in "HIJKLMNOP", middle
    assert table.indexAt(QPoint(4, 4)).row() == pytest.approx(1000, abs=40)

    bar.setValue(bar.maximum())
    qtbot.wait(1)
    assert _top_name(table)[0] in "TUVWYÄÖ", _top_name(table)
