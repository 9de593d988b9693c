"""Erasure from the Customers page: the preview, the typed confirmation, the result."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tietosuoja_desktop.domain.enums import ConsentAction, CustomerKind, OrderStatus, RequestType
from tietosuoja_desktop.domain.records import ConsentEvent, DataRequest, Order
from tietosuoja_desktop.services.errors import NotFound
from tietosuoja_desktop.storage.models import OrderRow
from tietosuoja_desktop.ui.customers.erase_dialog import confirmation_word
from tietosuoja_desktop.ui.screens import available_size

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def customer_with_history(services, add_person, clock):
    customer = add_person()
    for ordered_on, status in (
        (date(2025, 5, 3), OrderStatus.PAID),  # a voucher: kept until 31.12.2031
        (date(2026, 2, 1), OrderStatus.PAID),  # kept until 31.12.2032
        (date(2026, 3, 1), OrderStatus.CANCELLED),  # never a voucher: deleted
        (date(2018, 6, 1), OrderStatus.PAID),  # past its six years: deleted
    ):
        services.activity.add_order(
            Order(customer.id, ordered_on, amount_cents=1990, status=status)
        )
    services.activity.add_consent(
        ConsentEvent(customer.id, ConsentAction.GIVEN, "Uutiskirje", clock.now())
    )
    return customer


def _anonymised_orders(services):
    with services.db.reading() as session:
        rows = session.scalars(select(OrderRow).where(OrderRow.anonymised.is_(True)))
        return sorted((row.ordered_on, row.keep_until, row.customer_id) for row in rows)


def test_erase_shows_the_preview_asks_for_the_name_and_erases(
    qtbot, page, services, customer_with_history
):
    customer = customer_with_history
    page.refresh()
    page.table.selectRow(0)
    page.erase_customer(customer.id)
    dialog = page.erase_dialog
    assert dialog.title.text() == "Erase Matti Meikäläinen permanently?"
    deleted = dialog.deleted.text()
    assert "Orders: 2" in deleted and "Consents: 1" in deleted
    kept = dialog.kept.text()
    assert "order of 3.5.2025, kept until 31.12.2031" in kept
    assert "order of 1.2.2026, kept until 31.12.2032" in kept
    assert "kirjanpitolaki 2:10" in dialog.reason.text()
    assert dialog.cancel_button.isDefault()
    assert not dialog.erase_button.isEnabled()

    dialog.confirmation.setText("Meikalainen")  # near is not enough
    assert not dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert services.customers.count() == 1
    dialog.confirmation.setText(" meikäläinen ")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(page.dataChanged):
        dialog.erase_button.click()

    with pytest.raises(NotFound):
        services.customers.get(customer.id)
    assert services.customers.count() == 0
    assert page.count_label.text() == "0 customers"
    assert _anonymised_orders(services) == [
        (date(2025, 5, 3), date(2031, 12, 31), None),
        (date(2026, 2, 1), date(2032, 12, 31), None),
    ]
    assert dialog.title.text() == "Matti Meikäläinen has been erased."
    assert dialog.deleted.text().startswith("Deleted:")
    assert dialog.cancel_button.text() == "Close"
    assert not dialog.confirmation.isVisible() and not dialog.erase_button.isVisible()
    dialog.cancel_button.click()
    assert page.erase_dialog is None


def test_cancel_erases_nothing(qtbot, page, services, add_person):
    customer = add_person()
    page.erase_customer(customer.id)
    dialog = page.erase_dialog
    assert not dialog.kept.isVisible() and not dialog.reason.isVisible()
    assert not dialog.open_requests.isVisible()
    dialog.confirmation.setText("Meikäläinen")
    dialog.cancel_button.click()
    assert services.customers.get(customer.id)


def test_erase_from_the_customer_page_closes_it(qtbot, page, services, add_person):
    customer = add_person(
        first_name="", last_name="", organisation="Oy Esimerkki Ab", kind=CustomerKind.ORGANISATION
    )
    page.refresh()
    page.open_customer(customer.id)
    customer_dialog = page.customer_dialog
    customer_dialog.erase_button.click()
    erase = customer_dialog.erase_dialog
    assert confirmation_word(erase._customer) == "Oy Esimerkki Ab"
    erase.confirmation.setText("oy esimerkki ab")
    with qtbot.waitSignal(customer_dialog.changed):
        erase.erase_button.click()
    erase.cancel_button.click()
    assert page.customer_dialog is None
    assert services.customers.count() == 0


def test_erase_warns_of_the_persons_open_requests(qtbot, page, services, add_person):
    customer = add_person()
    services.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 20), customer_id=customer.id)
    )
    page.erase_customer(customer.id)
    dialog = page.erase_dialog
    assert dialog.open_requests.isVisible()
    assert "open requests: 1" in dialog.open_requests.text()
    assert "Requests page" in dialog.open_requests.text()
    dialog.confirmation.setText("Meikäläinen")
    with qtbot.waitSignal(page.dataChanged):
        dialog.erase_button.click()
    assert not dialog.open_requests.isVisible()


def test_the_preview_names_the_requests_documents_and_backups(
    qtbot, page, services, add_person, clock, tmp_path
):
    from helpers.sample import CONTROLLER

    services.controller.save(CONTROLLER)
    customer = add_person(customer_since=date(2026, 6, 1))
    request = services.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 10), customer_id=customer.id)
    ).request
    services.fulfilment.acknowledge(request.id)
    services.backups.create()
    page.erase_customer(customer.id)
    dialog = page.erase_dialog
    requests = dialog.requests.text()
    assert "stay on record as the erased person's entries" in requests
    assert "descriptions and notes are cleared" in requests
    assert "• Access (Art 15), received 10.11.2026, open" in requests
    documents = dialog.documents.text()
    assert "will be deleted; none is kept" in documents
    [title] = [d.title for d in services.documents.about_person(customer.id, [request.id])]
    assert f"• {title}, {clock.today().day}.{clock.today().month}.2026" in documents
    backups = dialog.backups.text()
    assert "Backups: 1 in the backup folder (0 automatic, 1 made on request)" in backups
    assert "newest 10 of each kind" in backups and "tietosuoja backup prune" in backups
    assert "erases the person again" in backups
    for label in (dialog.requests, dialog.documents, dialog.backups):
        assert label.isVisible() and label.height() >= label.heightForWidth(label.width())
    assert dialog.height() <= available_size(dialog).height()  # 1024×600: tests/ui/test_screens.py
    qtbot.wait(10)
    dialog.grab().save(str(tmp_path / "erase_preview.png"))

    dialog.confirmation.setText("Meikäläinen")
    with qtbot.waitSignal(page.dataChanged):
        dialog.erase_button.click()
    assert "Kept as the erased person's entries" in dialog.requests.text()
    assert "Archived documents deleted (none was kept):" in dialog.documents.text()


def test_a_person_without_requests_or_documents_is_told_none_is_archived(qtbot, page, add_person):
    customer = add_person()
    page.erase_customer(customer.id)
    dialog = page.erase_dialog
    assert not dialog.requests.isVisible()
    assert dialog.documents.text() == (
        "No archived document is about the person or their requests."
    )
    assert dialog.backups.text() == (
        "No backup in the backup folder was taken while the person was in the register."
    )
