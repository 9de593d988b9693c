"""The Customers page: search as you type, the filters, sorting and the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.sample import REGISTER
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeyEvent

from tietosuoja_desktop.domain.listing import MarketingFilter
from tietosuoja_desktop.ui.customers.table_model import COL_EMAIL, COL_NAME, COL_PHONE

# The offscreen platform says this whenever a window with a layout is shown; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _names(page):
    model = page.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def _search(qtbot, page, text):
    with qtbot.waitSignal(page.model.count_changed):
        page.filters.search.setText(text)


def test_page_contract(page):
    assert page.can_print() is False
    page.focus_search()
    assert page.filters.search.hasFocus() or page.focusWidget() is page.filters.search


def test_the_list_shows_the_register_and_its_count(page, add_person):
    assert page.count_label.text() == "0 customers"
    assert page.stack.currentWidget() is page.empty_label
    assert "New customer" in page.empty_label.text()
    add_person()
    page.refresh()
    assert page.count_label.text() == "1 customer"
    assert page.stack.currentWidget() is page.table
    assert _names(page) == ["Meikäläinen, Matti"]


def test_search_filters_as_you_type(qtbot, page, add_person):
    add_person(first_name="Aino", last_name="Virtanen", email="aino@example.fi")
    add_person(first_name="Bertil", last_name="Åberg", email="bertil@example.se")
    add_person(first_name="Matti", last_name="Mäkelä", email="matti@example.fi")
    page.refresh()
    with qtbot.waitSignal(page.model.count_changed, timeout=2000):
        qtbot.keyClicks(page.filters.search, "virt")
    assert _names(page) == ["Virtanen, Aino"]
    assert page.count_label.text() == "1 customer"
    _search(qtbot, page, "ä")  # non-ASCII: set, not typed with keyClicks
    assert _names(page) == ["Mäkelä, Matti"]
    _search(qtbot, page, "ÅBERG")
    assert _names(page) == ["Åberg, Bertil"]
    _search(qtbot, page, "zzz")
    assert page.count_label.text() == "0 customers"
    assert page.stack.currentWidget() is page.empty_label
    assert "match" in page.empty_label.text()
    _search(qtbot, page, "")
    assert len(_names(page)) == 3


def test_a_typed_non_ascii_letter_searches(qtbot, page, add_person):
    add_person(first_name="Aino", last_name="Virtanen", email="aino@example.fi")
    add_person(first_name="Matti", last_name="Mäkelä", email="matti@example.fi")
    page.refresh()
    search = page.filters.search
    with qtbot.waitSignal(page.model.count_changed):
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, "ä")
            QCoreApplication.sendEvent(search, event)
    assert search.text() == "ä"
    assert _names(page) == ["Mäkelä, Matti"]


def test_typing_quickly_searches_once(qtbot, page, add_person, services):
    add_person()
    page.refresh()
    queries = []
    original = page.model.set_query
    page.model.set_query = lambda query: (queries.append(query.text), original(query))
    with qtbot.waitSignal(page.model.count_changed):
        qtbot.keyClicks(page.filters.search, "meik")
    assert queries == ["meik"]


def test_each_filter(qtbot, services, page, add_person):
    plain = add_person(first_name="Aino", last_name="Aalto", email="aino@example.fi")
    prohibited = add_person(first_name="Bea", last_name="Berg", email="bea@example.fi")
    restricted = add_person(first_name="Cay", last_name="Cederberg", email="cay@example.fi")
    add_person(
        first_name="Dora",
        last_name="Dahl",
        email="dora@example.fi",
        customer_since=date(2015, 1, 1),  # five-year rule: past retention
    )
    other = services.registers.add(REGISTER.__class__(name="Uutiskirje"))
    add_person(
        first_name="Eero", last_name="Eskola", email="eero@example.fi", register_ids=(other.id,)
    )
    services.customers.prohibit_marketing(prohibited.id)
    services.customers.restrict(restricted.id)
    page.refresh()
    filters = page.filters
    assert len(_names(page)) == 5

    filters.marketing.setCurrentIndex(filters.marketing.findData(MarketingFilter.PROHIBITED))
    assert _names(page) == ["Berg, Bea"]
    filters.marketing.setCurrentIndex(filters.marketing.findData(MarketingFilter.ALLOWED))
    assert _names(page) == ["Aalto, Aino", "Dahl, Dora", "Eskola, Eero"]
    filters.marketing.setCurrentIndex(0)

    filters.restricted.setChecked(True)
    assert _names(page) == ["Cederberg, Cay"]
    filters.restricted.setChecked(False)

    filters.past_retention.setChecked(True)
    assert _names(page) == ["Dahl, Dora"]
    filters.past_retention.setChecked(False)

    filters.register.setCurrentIndex(filters.register.findData(other.id))
    assert filters.register.currentText() == "Uutiskirje"
    assert _names(page) == ["Eskola, Eero"]
    assert page.count_label.text() == "1 customer"
    filters.register.setCurrentIndex(0)
    assert len(_names(page)) == 5
    assert plain.id is not None


def test_sorting_by_header(qtbot, page, add_person):
    add_person(first_name="Bea", last_name="Aalto", email="b@example.fi")
    add_person(first_name="Cecilia", last_name="Böök", email="a@example.fi")
    page.refresh()
    header = page.table.horizontalHeader()
    page.table.sortByColumn(COL_EMAIL, Qt.SortOrder.AscendingOrder)
    assert _names(page) == ["Böök, Cecilia", "Aalto, Bea"]
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Böök, Cecilia", "Aalto, Bea"]
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert _names(page) == ["Aalto, Bea", "Böök, Cecilia"]
    header.setSortIndicator(COL_PHONE, Qt.SortOrder.DescendingOrder)  # not sortable
    assert header.sortIndicatorSection() == COL_NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert _names(page) == ["Aalto, Bea", "Böök, Cecilia"]


def test_keyboard_enter_moves_to_the_list_and_opens_the_customer(qtbot, page, add_person):
    add_person()
    page.refresh()
    qtbot.keyClicks(page.filters.search, "matti")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)  # searches at once, no debounce
    assert page.table.hasFocus() or page.focusWidget() is page.table
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.customer_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.customer.last_name == "Meikäläinen"
    dialog.reject()
    assert page.customer_dialog is None


def test_double_click_opens_and_delete_starts_erasing(qtbot, page, add_person):
    add_person()
    page.refresh()
    rect = page.table.visualRect(page.model.index(0, COL_NAME))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.customer_dialog is not None
    page.customer_dialog.reject()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.erase_dialog is not None and page.erase_dialog.isVisible()
    page.erase_dialog.reject()


def test_new_item_opens_an_empty_customer_page(page):
    page.new_item()
    dialog = page.customer_dialog
    assert dialog.windowTitle() == "New customer"
    assert dialog.customer.id is None
    assert not dialog.tabs.isTabEnabled(1)
    dialog.reject()


class Shouting(QTranslator):
    """A stand-in language: every text in capitals."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper()

    def isEmpty(self):
        return False


def test_the_page_retranslates(qtbot, page, add_person):
    add_person()
    page.refresh()
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.new_button.text() == "&NEW CUSTOMER…")
        assert page.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "NAME"
        assert page.count_label.text() == "1 CUSTOMER"
        assert page.filters.marketing.currentText() == "EVERYONE"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.new_button.text() == "&New customer…")


def test_a_customer_erased_elsewhere_is_explained(qtbot, page, services, add_person, monkeypatch):
    from tietosuoja_desktop.ui.customers import page as page_module

    customer = add_person()
    page.refresh()
    services.erasure.erase(customer.id)
    shown = []
    monkeypatch.setattr(page_module, "show_user_error", lambda parent, error: shown.append(error))
    page.open_customer(customer.id)
    assert page.customer_dialog is None
    assert len(shown) == 1 and "No customer" in str(shown[0])
    assert page.count_label.text() == "0 customers"


def test_keyboard_order_and_names_on_the_page(page, add_person):
    add_person()
    page.refresh()
    filters = page.filters
    sequence, widget = [], filters.search
    while len(sequence) < 7:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            sequence.append(widget)
    assert sequence[:6] == [
        page.new_button,
        filters.marketing,
        filters.register,
        filters.restricted,
        filters.past_retention,
        page.table,
    ]
    assert filters.search_label.buddy() is filters.search
    assert filters.search.accessibleName() == "Search customers"
    assert page.table.accessibleName() == "Customers"
    assert page.erase_action.shortcut().toString() == "Del"
