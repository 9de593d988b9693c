"""The customer page: adding and editing with inline validation, the GDPR actions, the
masked personal identity code and the tabs of what happened with the person."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tietosuoja_desktop.domain.enums import ConsentAction, ContactKind, RequestType
from tietosuoja_desktop.domain.records import ContactEntry, DataRequest, Order
from tietosuoja_desktop.domain.validation import (
    MAX_LINE_LENGTH,
    MAX_LONG_LINE_LENGTH,
    MSG_BUSINESS_ID_CHECK,
    MSG_EMAIL,
)
from tietosuoja_desktop.ui.customers import confirm
from tietosuoja_desktop.ui.customers.dialog import CustomerDialog
from tietosuoja_desktop.ui.customers.table_model import COL_FLAGS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def open_dialog(qtbot, services, english):
    def open_(customer_id=None):
        dialog = CustomerDialog(services, customer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_


def _message(form, field):
    label = form.messages.labels[field]
    return label.text() if label.isVisible() else ""


def test_add_with_errors_then_fix_keeps_everything_typed(qtbot, page, services, register):
    page.new_item()
    dialog = page.customer_dialog
    form = dialog.form
    assert form.register_boxes[register.id].isChecked()  # the only register, ticked for you
    qtbot.keyClicks(form.inputs["first_name"], "Aino")
    form.inputs["last_name"].setText("Mäkelä")
    qtbot.keyClicks(form.inputs["email"], "aino@@example")
    qtbot.keyClicks(form.inputs["organisation"], "Lankakauppa Aino")
    qtbot.keyClicks(form.inputs["business_id"], "3354302-9")  # wrong check digit
    qtbot.keyClicks(form.inputs["phone"], "040 123 4567")

    dialog.save_button.click()

    assert services.customers.count() == 0
    assert _message(form, "email") == MSG_EMAIL
    assert _message(form, "business_id") == MSG_BUSINESS_ID_CHECK
    assert _message(form, "first_name") == ""
    assert "nothing was saved" in dialog.status.text()
    assert (
        form.inputs["business_id"].hasFocus() or dialog.focusWidget() is form.inputs["business_id"]
    )
    typed = {name: form.inputs[name].text() for name in ("first_name", "last_name", "email")}
    assert typed == {"first_name": "Aino", "last_name": "Mäkelä", "email": "aino@@example"}
    assert form.inputs["business_id"].text() == "3354302-9"

    form.inputs["email"].setText("aino@example.fi")
    qtbot.keyClick(form.inputs["email"], Qt.Key.Key_Return)  # leaving the field checks it
    assert _message(form, "email") == ""
    assert _message(form, "business_id") == MSG_BUSINESS_ID_CHECK
    form.inputs["business_id"].setText("3354302-8")
    with qtbot.waitSignal(page.dataChanged):
        dialog.save_button.click()

    saved = services.customers.get(services.customers.search("Mäkelä")[0].id)
    assert (saved.email, saved.business_id, saved.phone) == (
        "aino@example.fi",
        "3354302-8",
        "+358401234567",
    )
    assert saved.register_ids == (register.id,)
    assert dialog.status.text() == "Saved."
    assert dialog.tabs.isTabEnabled(2)
    assert page.count_label.text() == "1 customer"
    assert form.inputs["phone"].text() == "040 123 4567"


def test_inline_validation_only_marks_fields_already_left(qtbot, open_dialog, register):
    dialog = open_dialog()
    form = dialog.form
    qtbot.keyClicks(form.inputs["postal_code"], "123")
    assert _message(form, "postal_code") == ""  # still typing
    qtbot.keyClick(form.inputs["postal_code"], Qt.Key.Key_Return)
    assert "five digits" in _message(form, "postal_code")
    assert _message(form, "first_name") == ""  # not visited: no nagging yet
    assert (
        "five digits"
        in form.inputs["postal_code"].accessibleName()
        + form.messages.labels["postal_code"].accessibleDescription()
    )


def test_unreadable_date_is_a_field_problem(qtbot, open_dialog, register):
    dialog = open_dialog()
    form = dialog.form
    form.inputs["first_name"].setText("Aino")
    form.inputs["birth_date"].setText("31.2.1990")
    assert not dialog.save()
    assert "31.1.2026" in _message(form, "birth_date")
    assert form.inputs["birth_date"].text() == "31.2.1990"


def test_edit_and_the_change_history(qtbot, open_dialog, services, add_person):
    customer = add_person()
    dialog = open_dialog(customer.id)
    assert dialog.windowTitle() == "Customer: Matti Meikäläinen"
    dialog.form.inputs["city"].setText("Tampere")
    assert dialog.dirty
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    assert services.customers.get(customer.id).city == "Tampere"
    assert not dialog.dirty
    history = dialog.history.model
    assert history.rowCount() == 2
    assert history.index(0, history.COL_ACTION).data() == "Edited"
    assert history.index(0, history.COL_FIELDS).data() == "city"
    assert history.index(1, history.COL_ACTION).data() == "Added"


def test_closing_with_unsaved_changes_asks(qtbot, open_dialog, add_person, monkeypatch):
    dialog = open_dialog(add_person().id)
    dialog.form.inputs["city"].setText("Tampere")
    answers = []
    monkeypatch.setattr(confirm, "ask", lambda *args: answers.append(args[1]) or False)
    dialog.close_button.click()
    assert dialog.isVisible() and answers == ["Discard the changes?"]
    monkeypatch.setattr(confirm, "ask", lambda *args: True)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_restrict_and_lift(qtbot, page, services, add_person):
    customer = add_person()
    page.refresh()
    page.open_customer(customer.id)
    dialog = page.customer_dialog
    assert dialog.restrict_button.text() == "&Restrict"
    with qtbot.waitSignal(page.dataChanged):
        dialog.restrict_button.click()
    assert services.customers.get(customer.id).restricted
    assert "Processing restricted since 22.11.2026" in dialog.flags.text()
    assert dialog.restrict_button.text() == "Lift &restriction"
    assert page.model.index(0, COL_FLAGS).data() == "Restricted"
    assert dialog.history.model.index(0, 1).data() == "Processing restricted"
    dialog.restrict_button.click()
    assert not services.customers.get(customer.id).restricted
    assert page.model.index(0, COL_FLAGS).data() == ""


def test_prohibit_marketing_and_lifting_asks_first(qtbot, page, services, add_person, monkeypatch):
    customer = add_person()
    page.refresh()
    page.open_customer(customer.id)
    dialog = page.customer_dialog
    dialog.form.inputs["city"].setText("Oulu")  # typed, not yet saved
    dialog.marketing_button.click()
    assert services.customers.get(customer.id).marketing_prohibited
    assert dialog.form.inputs["city"].text() == "Oulu"  # the flag does not reset the form
    assert page.model.index(0, COL_FLAGS).data() == "No marketing"
    assert "Lift" in dialog.marketing_button.text()
    monkeypatch.setattr(confirm, "ask", lambda *args: False)
    dialog.marketing_button.click()
    assert services.customers.get(customer.id).marketing_prohibited
    monkeypatch.setattr(confirm, "ask", lambda *args: True)
    dialog.marketing_button.click()
    assert not services.customers.get(customer.id).marketing_prohibited


def test_personal_identity_code_is_masked_until_shown(qtbot, open_dialog, add_person, services):
    customer = add_person(personal_id="131052-308T")
    dialog = open_dialog(customer.id)
    field = dialog.form.personal_id
    assert field.edit.text() == "131052-****"
    assert field.edit.isReadOnly()
    assert field.show_button.text() == "Sho&w"
    field.show_button.click()
    assert field.edit.text() == "131052-308T"
    assert not field.edit.isReadOnly()
    assert field.show_button.text() == "Hide"
    assert field.show_button.shortcut().toString() == "Alt+W"  # the letter of Show toggles back
    field.show_button.click()
    assert field.edit.text() == "131052-****"
    assert dialog.save()  # the masked text is never saved over the real code
    assert services.customers.get(customer.id).personal_id == "131052-308T"


def test_a_new_personal_identity_code_is_typed_in_the_open(qtbot, open_dialog, register):
    dialog = open_dialog()
    field = dialog.form.personal_id
    assert not field.edit.isReadOnly()
    dialog.form.inputs["last_name"].setText("Virtanen")
    qtbot.keyClicks(field.edit, "131052-308T")
    assert dialog.save()
    assert dialog.customer.personal_id == "131052-308T"
    assert dialog.customer.birth_date == date(1952, 10, 13)
    assert field.edit.text() == "131052-****"


def test_consents_orders_and_contacts_tabs(qtbot, open_dialog, services, add_person):
    customer = add_person()
    dialog = open_dialog(customer.id)

    consents = dialog.consents
    consents._add()
    assert "required" in consents.messages.labels["purpose"].text()
    consents.purpose.setCurrentText("Uutiskirje")
    qtbot.keyClicks(consents.evidence, "web form")
    with qtbot.waitSignal(consents.added):
        consents.add_button.click()
    consents.purpose.setCurrentText("Uutiskirje")
    consents.action.setCurrentIndex(consents.action.findData(ConsentAction.WITHDRAWN))
    consents.add_button.click()
    events = services.activity.consents(customer.id)
    assert [e.action for e in events] == [ConsentAction.GIVEN, ConsentAction.WITHDRAWN]
    assert consents.model.index(0, consents.model.COL_ACTION).data() == "Withdrawn"
    assert consents.purpose.findText("Uutiskirje") >= 0

    orders = dialog.orders
    qtbot.keyClicks(orders.amount, "12,3x")
    orders.add_button.click()
    assert "12,50" in orders.messages.labels["amount_cents"].text()
    assert orders.amount.text() == "12,3x"
    orders.amount.setText("1 234,50")
    qtbot.keyClicks(orders.reference, "LASKU-7")
    orders.add_button.click()
    (order,) = services.activity.orders(customer.id)
    assert (order.amount_cents, order.reference) == (123450, "LASKU-7")
    assert orders.model.index(0, orders.model.COL_AMOUNT).data() == "€1,234.50"
    assert orders.amount.text() == ""

    contacts = dialog.contacts
    contacts.kind.setCurrentIndex(contacts.kind.findData(ContactKind.COMPLAINT))
    contacts.summary.setPlainText("Paketti myöhässä")
    contacts.add_button.click()
    (entry,) = services.activity.contacts(customer.id)
    assert entry.kind is ContactKind.COMPLAINT
    assert contacts.model.index(0, contacts.model.COL_KIND).data() == "Complaint"
    assert dialog.history.model.index(0, 1).data() == "Consent withdrawn"


def test_requests_tab_lists_the_persons_requests(qtbot, open_dialog, services, add_person):
    customer = add_person()
    services.requests.add(
        DataRequest(type=RequestType.ACCESS, received=date(2026, 11, 20), customer_id=customer.id)
    )
    dialog = open_dialog(customer.id)
    model = dialog.requests.model
    assert model.rowCount() == 1
    assert model.index(0, model.COL_TYPE).data() == "Access"
    assert model.index(0, model.COL_DUE).data() == "21.12.2026"
    assert not dialog.requests.empty.isVisible()


def test_record_models_pass_the_model_tester(qtmodeltester, open_dialog, services, add_person):
    customer = add_person()
    services.activity.add_contact(ContactEntry(customer.id, date(2026, 1, 2), "Soitto"))
    services.activity.add_order(Order(customer.id, date(2026, 1, 3), amount_cents=500))
    dialog = open_dialog(customer.id)
    for tab in (dialog.consents, dialog.orders, dialog.contacts, dialog.requests, dialog.history):
        qtmodeltester.check(tab.model)


def _tab_sequence(start, count):
    """The next ``count`` widgets Tab moves to from ``start``."""
    found, widget = [], start
    while len(found) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            found.append(widget)
    return found


def test_keyboard_order_and_names(open_dialog, add_person):
    dialog = open_dialog(add_person(personal_id="131052-308T").id)
    form = dialog.form
    inputs = form.inputs
    assert _tab_sequence(inputs["last_name"], 6) == [
        inputs["organisation"],
        inputs["business_id"],
        inputs["birth_date"],
        inputs["personal_id"],
        form.personal_id.show_button,
        form.language,
    ]
    assert _tab_sequence(form.language, 2) == [inputs["street_address"], inputs["postal_code"]]
    assert _tab_sequence(inputs["customer_since"], 2) == [
        *form.register_boxes.values(),
        form.notes,
    ]
    for name, widget in inputs.items():
        assert widget.accessibleName(), name
        if name != "notes":
            assert form.labels[name].buddy() is widget
    assert form.labels["email"].text() == "E-&mail"
    assert dialog.save_button.text() == "&Save"
    assert not any(button.isDefault() for button in (dialog.save_button, dialog.close_button))


def test_the_customer_page_retranslates(qtbot, open_dialog, add_person):
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper()

        def isEmpty(self):
            return False

    dialog = open_dialog(add_person().id)
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.save_button.text() == "&SAVE")
        assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.orders)) == "ORDERS"
        assert dialog.form.labels["email"].text() == "E-&MAIL"
        assert dialog.orders.model.headerData(3, Qt.Orientation.Horizontal) == "AMOUNT"
        assert dialog.form.personal_id.show_button.text() in ("SHO&W", "HIDE")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.save_button.text() == "&Save")


def test_activity_forms_stop_at_the_domains_bounds_and_keep_a_refused_entry(
    qtbot, open_dialog, services, add_person
):
    customer = add_person()
    dialog = open_dialog(customer.id)
    orders = dialog.orders
    assert orders.reference.maxLength() == MAX_LINE_LENGTH
    assert orders.description.maxLength() == MAX_LONG_LINE_LENGTH
    assert dialog.consents.evidence.maxLength() == MAX_LONG_LINE_LENGTH
    assert dialog.form.inputs["last_name"].maxLength() == MAX_LINE_LENGTH
    orders.reference.setText("x" * (MAX_LINE_LENGTH + 50))
    assert len(orders.reference.text()) == MAX_LINE_LENGTH

    orders.reference.setText("LASKU-8")
    orders.amount.setText("1 000 000 000 000,01")
    orders.add_button.click()
    assert "cannot exceed 1 000 000 000 000 euros" in orders.messages.labels["amount_cents"].text()
    assert (orders.amount.text(), orders.reference.text()) == ("1 000 000 000 000,01", "LASKU-8")
    assert services.activity.orders(customer.id) == []
