"""The paged customer model: rows come a page at a time, the count may arrive later."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tietosuoja_desktop.domain.listing import CustomerQuery, MarketingFilter
from tietosuoja_desktop.ui.customers.table_model import (
    COL_EMAIL,
    COL_FLAGS,
    COL_NAME,
    COL_PHONE,
    COL_SINCE,
    CUSTOMER_ID_ROLE,
    CustomerTableModel,
)

# The offscreen platform says this whenever a window with a layout is shown; it is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _texts(model, column=COL_NAME):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_small_register_passes_the_model_tester(qtmodeltester, services, add_person):
    first = add_person(customer_since=date(2024, 3, 1))
    add_person(first_name="Äijä", last_name="Öhman", email="aijä@example.fi", phone="")
    services.customers.prohibit_marketing(first.id)
    services.customers.restrict(first.id)
    model = CustomerTableModel(services)
    model.refresh()
    qtmodeltester.check(model)

    assert _texts(model) == ["Meikäläinen, Matti", "Öhman, Äijä"]
    assert model.index(0, COL_PHONE).data() == "040 765 4321"
    assert model.index(0, COL_SINCE).data() == "1.3.2024"
    assert model.index(0, COL_FLAGS).data() == "No marketing, Restricted"
    tooltip = model.index(0, COL_FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Art 21(2)" in tooltip and "Art 18" in tooltip
    assert model.index(0, 0).data(CUSTOMER_ID_ROLE) == first.id
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.headerData(COL_EMAIL, Qt.Orientation.Horizontal) == "E-mail"


def test_larger_register_is_read_a_page_at_a_time(qtbot, qtmodeltester, services, many_people):
    many_people(45)
    checked = CustomerTableModel(services, page_size=10, cache_pages=2)
    with qtbot.waitSignal(checked.count_changed) as counted:
        checked.refresh()
    assert counted.args == [45]
    qtmodeltester.check(checked)

    model = CustomerTableModel(services, page_size=10, cache_pages=2)
    offsets, continued = [], []
    original = services.customers.page

    def counting_page(query, offset, limit, after=None):
        offsets.append(offset)
        continued.append(after is not None)
        return original(query, offset, limit, after=after)

    services.customers.page = counting_page
    model.refresh()
    assert model.rowCount() == 45
    assert offsets == [0]
    assert model.index(44, COL_NAME).data() == "Asiakas044, Henkilö044"
    assert model.index(43, COL_NAME).data() == "Asiakas043, Henkilö043"
    assert offsets == [0, 40]  # one page for both rows
    assert model.index(25, COL_NAME).data() == "Asiakas025, Henkilö025"
    assert offsets == [0, 40, 20]  # only two pages are kept: page 0 made way
    assert model.index(3, COL_NAME).data() == "Asiakas003, Henkilö003"
    assert model.index(43, COL_NAME).data() == "Asiakas043, Henkilö043"
    assert offsets == [0, 40, 20, 0, 40]
    assert not any(continued)  # no page was read right after the one before it


def test_scrolling_down_continues_by_keyset_with_the_same_rows(services, many_people):
    many_people(45)
    expected = [c.id for c in services.customers.page(CustomerQuery(), 0, 100)]
    model = CustomerTableModel(services, page_size=10, cache_pages=3)
    continued = []
    original = services.customers.page

    def recording_page(query, offset, limit, after=None):
        continued.append(after)
        return original(query, offset, limit, after=after)

    services.customers.page = recording_page
    model.refresh()
    rows = [model.index(row, 0).data(CUSTOMER_ID_ROLE) for row in range(model.rowCount())]
    assert rows == expected
    assert continued[0] is None and all(continued[1:])  # every later page by keyset
    assert continued[1:] == [expected[n * 10 - 1] for n in range(1, 5)]


def test_a_new_query_shows_its_first_rows_before_the_count(
    qtbot, qtmodeltester, services, many_people
):
    many_people(25)
    model = CustomerTableModel(services, page_size=10)
    model.refresh()
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.count_changed) as counted:
        model.set_query(CustomerQuery(text="asiakas01"))
        assert model.rowCount() == 10  # the first page, at once
        assert model.count_pending
    assert counted.args == [10]
    with qtbot.waitSignal(model.count_changed) as counted:
        model.set_query(CustomerQuery(text="asiakas"))
        assert model.count_pending
    assert counted.args == [25]
    assert model.rowCount() == 25 and not model.count_pending
    with qtbot.waitSignal(model.count_changed) as counted:
        model.set_query(CustomerQuery(text="asiakas02"))
        assert not model.count_pending  # fewer than a page: counted from the page itself
    assert counted.args == [5]


def test_sorting_maps_columns_and_ignores_the_unsortable(services, add_person, qtmodeltester):
    add_person(first_name="Bea", last_name="Aalto", email="b@example.fi")
    add_person(first_name="Cecilia", last_name="Böök", email="a@example.fi")
    model = CustomerTableModel(services)
    model.refresh()
    qtmodeltester.check(model)
    model.sort(COL_EMAIL, Qt.SortOrder.AscendingOrder)
    assert _texts(model, COL_EMAIL) == ["a@example.fi", "b@example.fi"]
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _texts(model) == ["Böök, Cecilia", "Aalto, Bea"]
    model.sort(COL_PHONE, Qt.SortOrder.AscendingOrder)
    assert _texts(model) == ["Böök, Cecilia", "Aalto, Bea"]
    assert model.sort_column() == COL_NAME


def test_filters_keep_the_sort_order(services, add_person):
    add_person(first_name="Bea", last_name="Aalto", email="b@example.fi")
    prohibited = add_person(first_name="Cecilia", last_name="Böök", email="a@example.fi")
    services.customers.prohibit_marketing(prohibited.id)
    model = CustomerTableModel(services)
    model.refresh()
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    model.set_query(CustomerQuery(marketing=MarketingFilter.ALLOWED))
    assert _texts(model) == ["Aalto, Bea"]
    assert model.query.descending
