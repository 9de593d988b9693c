"""The Breaches page driven as a user would: the list with its coloured 72-hour clock, logging
a breach with every problem shown at once, recording the notification and the people informed,
writing the letters, saving the report, closing, the model tester and Finnish."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from helpers.sample import CONTROLLER, person
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog

from tietosuoja_desktop.domain.breaches import Breach, BreachNature, BreachRisk, BreachStatus
from tietosuoja_desktop.domain.clock import Urgency
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.breaches.action_dialogs import InformDialog, NotifyDialog
from tietosuoja_desktop.ui.breaches.editor import BreachDialog
from tietosuoja_desktop.ui.breaches.letters_dialog import LettersDialog
from tietosuoja_desktop.ui.breaches.page import BreachesPage
from tietosuoja_desktop.ui.breaches.table_model import (
    COL_CLOCK,
    COL_DUE,
    URGENCY_ROLE,
    BreachesTableModel,
)
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.preferences import apply_language
from tietosuoja_desktop.ui.requests.table_model import URGENCY_COLOURS

pytestmark = pytest.mark.usefixtures("english")


def log(services, discovered: datetime, **changes) -> int:
    values = dict(
        discovered_at=discovered,
        description="Laptop stolen",
        natures=(BreachNature.CONFIDENTIALITY,),
    )
    values.update(changes)
    return services.breaches.add(Breach(**values)).breach.id


@pytest.fixture
def page(qtbot, services, clock):
    clock.set(date(2026, 11, 22), at=time(14, 0))
    shown = BreachesPage(services)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.show()
    return shown


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_list_colours_the_clock_like_requests(page, services):
    late = log(services, datetime(2026, 11, 19, 10, 0))
    soon = log(services, datetime(2026, 11, 21, 9, 0))
    log(services, datetime(2026, 11, 20, 9, 0), risk=BreachRisk.UNLIKELY, risk_reasoning="x")
    page.refresh()
    model = page.model
    assert model.rowCount() == 3
    first = model.index(0, COL_CLOCK)
    assert first.data(Qt.ItemDataRole.UserRole) == late
    assert first.data() == "4 h 00 min overdue"
    assert first.data(URGENCY_ROLE) == Urgency.OVERDUE.value
    assert first.data(Qt.ItemDataRole.BackgroundRole) == URGENCY_COLOURS[Urgency.OVERDUE][0]
    second = model.index(1, COL_CLOCK)
    assert second.data(Qt.ItemDataRole.UserRole) == soon
    assert second.data() == "43 h 00 min left"
    assert model.index(1, COL_DUE).data() == "24.11.2026 9.00"
    assert model.index(2, COL_CLOCK).data() == "Not required"
    assert model.index(2, COL_CLOCK).data(Qt.ItemDataRole.BackgroundRole) is None


def test_model_passes_the_model_tester(qtmodeltester, services, page):
    log(services, datetime(2026, 11, 21, 9, 0))
    model = BreachesTableModel()
    model.set_views(services.breaches.list())
    qtmodeltester.check(model)


def test_empty_log_says_what_to_do(page):
    assert page.empty.isVisible() and not page.splitter.isVisible()
    assert "72-hour clock" in page.empty.text()


def test_log_a_breach_shows_every_problem_then_saves(qtbot, page, services):
    page.new_item()
    dialog = page.dialog
    assert isinstance(dialog, BreachDialog)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.problems["description"].text() == "Describe what happened."
    assert "confidentiality" in dialog.problems["natures"].text()
    dialog.description.setPlainText("Sähköposti väärälle vastaanottajalle")
    dialog.nature_checks[BreachNature.CONFIDENTIALITY].setChecked(True)
    dialog.set_discovered(datetime(2026, 11, 22, 9, 15))
    dialog.people.setValue(3)
    dialog.risk.setCurrentIndex(list(BreachRisk).index(BreachRisk.HIGH))
    with qtbot.waitSignal(page.dataChanged):
        save(dialog)
    assert not dialog.isVisible()
    (view,) = services.breaches.list()
    assert view.breach.description == "Sähköposti väärälle vastaanottajalle"
    assert view.breach.people_affected == 3 and view.breach.risk is BreachRisk.HIGH
    assert page.current_id() == view.breach.id
    assert "Sähköposti" in page.detail.toPlainText()


def test_enter_on_the_list_edits_the_breach(qtbot, page, services):
    log(services, datetime(2026, 11, 21, 9, 0))
    page.refresh()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, BreachDialog)
    assert page.dialog.description.toPlainText() == "Laptop stolen"
    page.dialog.reject()


def test_link_a_customer_in_the_editor(qtbot, page, services):
    veera = services.customers.add(person(first_name="Veera", last_name="Väisänen"))
    page.new_item()
    dialog = page.dialog
    dialog.search.setText("Veera")
    dialog.run_search()
    assert dialog.found.count() == 1
    dialog.add_person.click()
    dialog.description.setPlainText("Laptop stolen")
    dialog.nature_checks[BreachNature.AVAILABILITY].setChecked(True)
    with qtbot.waitSignal(page.dataChanged):
        save(dialog)
    assert services.breaches.list()[0].breach.customer_ids == (veera.id,)


def test_notify_inform_letters_report_and_close(qtbot, page, services, tmp_path):
    services.controller.save(CONTROLLER)
    sara = services.customers.add(person(first_name="Sara", language=Language.SV))
    breach_id = log(
        services, datetime(2026, 11, 22, 8, 0), risk=BreachRisk.HIGH, customer_ids=(sara.id,)
    )
    page.refresh()
    assert page.notify_button.isEnabled() and page.letters_button.isEnabled()

    page.notify_button.click()
    notify = page.dialog
    assert isinstance(notify, NotifyDialog)
    notify.reference.setText("TSV/77/2026")
    with qtbot.waitSignal(page.dataChanged):
        save(notify)
    assert services.breaches.get(breach_id).breach.authority_reference == "TSV/77/2026"
    assert page.model.index(0, COL_CLOCK).data().startswith("Notified 22.11.2026 14.00")

    page.inform_button.click()
    inform = page.dialog
    assert isinstance(inform, InformDialog)
    assert inform.at.isEnabled() and not inform.reason.isEnabled()
    save(inform)
    assert inform.isVisible()  # "how" is missing
    assert inform.problems["people_informed_how"].isVisibleTo(inform)
    inform.how.setText("Letter")
    with qtbot.waitSignal(page.dataChanged):
        save(inform)
    assert services.breaches.get(breach_id).breach.people_informed_count == 1

    (letter,) = page.write_letters(tmp_path)
    assert "personuppgiftsincident" in PdfReader(letter).pages[0].extract_text()
    assert page.save_report(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    asked = []
    page.ask = lambda text, title: asked.append(text) or False
    page.close_button.click()
    assert asked and services.breaches.get(breach_id).breach.status is BreachStatus.OPEN
    page.ask = lambda text, title: True
    with qtbot.waitSignal(page.dataChanged):
        page.close_button.click()
    assert services.breaches.get(breach_id).breach.status is BreachStatus.CLOSED
    assert not page.notify_button.isEnabled()


def write_letters_with_the_dialog(page, folder, passphrase=None):
    page.letters_button.click()
    dialog = page.dialog
    assert isinstance(dialog, LettersDialog) and dialog.isVisible()
    dialog.folder.setText(str(folder))
    if passphrase is not None:
        dialog.sign.setChecked(True)
        dialog.passphrase.setText(passphrase)
    save(dialog)
    return dialog


def test_letters_offer_to_record_the_people_informed(qtbot, page, services, tmp_path):
    services.controller.save(CONTROLLER)
    linked = (
        services.customers.add(person(first_name="Sara", language=Language.SV)),
        services.customers.add(person(first_name="Veera", email="veera@example.fi")),
    )
    breach_id = log(
        services,
        datetime(2026, 11, 22, 8, 0),
        risk=BreachRisk.HIGH,
        customer_ids=tuple(c.id for c in linked),
    )
    page.refresh()
    asked, told = [], []
    page.ask = lambda text, title: asked.append(text) or False
    page.tell = lambda text, title: told.append(text)

    dialog = write_letters_with_the_dialog(page, tmp_path)  # declined: nothing recorded
    assert not dialog.isVisible()
    assert "2 linked customers" in dialog.intro.text()
    assert not dialog.sign.isEnabled()  # no signing key yet
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert str(tmp_path) in asked[0] and ": 2." in asked[0]
    assert services.breaches.get(breach_id).breach.people_informed_at is None

    page.ask = lambda text, title: True
    page.letters_button.click()
    assert page.dialog.folder.text() == str(tmp_path)  # the last folder is offered again
    save(page.dialog)
    inform = page.dialog
    assert isinstance(inform, InformDialog) and inform.isVisible()
    assert inform.how.text() == "by letter" and inform.count.count() == 2
    with qtbot.waitSignal(page.dataChanged):
        save(inform)
    recorded = services.breaches.get(breach_id).breach
    assert (recorded.people_informed_how, recorded.people_informed_count) == ("by letter", 2)
    assert recorded.people_informed_at == datetime(2026, 11, 22, 14, 0)

    write_letters_with_the_dialog(page, tmp_path)  # already recorded: only where they went
    assert len(told) == 1 and str(tmp_path) in told[0] and len(asked) == 1


@pytest.fixture
def sara_and_a_key(page, services):
    """A high-risk breach linked to Sara (Swedish), a signing key, and the page showing it."""
    services.controller.save(CONTROLLER)
    sara = services.customers.add(person(first_name="Sara", language=Language.SV))
    log(services, datetime(2026, 11, 22, 8, 0), risk=BreachRisk.HIGH, customer_ids=(sara.id,))
    services.documents.create_identity("oikea-salasana-42")
    page.refresh()
    return sara


def test_letters_dialog_says_what_is_wrong_and_keeps_what_was_typed(
    page, services, tmp_path, sara_and_a_key
):
    page.tell = lambda text, title: None

    dialog = write_letters_with_the_dialog(page, tmp_path / "missing")
    assert dialog.isVisible() and dialog.problems["folder"].text() == "There is no such folder."
    dialog.folder.setText(str(tmp_path))
    dialog.sign.setChecked(True)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.problems["passphrase"].text() == "Type the passphrase of your signing key."
    dialog.passphrase.setText("vaara")
    save(dialog)
    assert dialog.isVisible()
    assert "not right" in dialog.problems["passphrase"].text()
    assert dialog.folder.text() == str(tmp_path) and not list(tmp_path.glob("*.pdf"))
    assert services.documents.archive(kind="letter_breach") == []


def test_letters_dialog_is_walked_top_down_by_keyboard(qtbot, page, sara_and_a_key):
    page.letters_button.click()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    dialog.sign.setChecked(True)
    dialog.folder.setFocus()
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    walked = []
    for _ in range(6):
        walked.append(dialog.focusWidget())
        dialog.focusNextChild()  # what Tab does
    expected = [dialog.folder, dialog.browse, dialog.sign, dialog.passphrase]
    assert walked == [*expected, save_button, cancel_button]
    assert dialog.labels["folder"].buddy() is dialog.folder  # Alt+F reaches the folder


def test_signed_letters_verify(page, services, tmp_path, sara_and_a_key):
    sara = sara_and_a_key
    page.ask = lambda text, title: False

    dialog = write_letters_with_the_dialog(page, tmp_path, "oikea-salasana-42")
    assert not dialog.isVisible()
    (letter,) = tmp_path.glob("*.pdf")
    result = services.documents.verify(letter.read_bytes())
    assert result.signed and result.valid and result.intact
    (archived,) = services.documents.archive(kind="letter_breach")
    assert archived.signed and archived.customer_id == sara.id


def test_stopping_the_letters_keeps_those_written(page, services, tmp_path, monkeypatch):
    services.controller.save(CONTROLLER)
    people = [
        services.customers.add(person(first_name=f"Henkilo{n}", email=f"h{n}@example.fi"))
        for n in range(4)
    ]
    log(services, datetime(2026, 11, 22, 8, 0), customer_ids=tuple(p.id for p in people))
    page.refresh()
    original_set_value = QProgressDialog.setValue
    stops = []

    def stop_after_two(dialog, value):  # the user presses Stop once two letters are out
        original_set_value(dialog, value)
        if value == 2:
            stops.append(value)
            dialog.cancel()

    monkeypatch.setattr(QProgressDialog, "setValue", stop_after_two)
    written = page.write_letters(tmp_path)
    assert stops == [2] and len(written) == 2
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert len(services.documents.archive(kind="letter_breach")) == 2


def test_breach_editor_asks_before_typing_is_let_go(page, services, monkeypatch):
    from tietosuoja_desktop.ui.customers import confirm

    asked = []
    monkeypatch.setattr(confirm, "discard_changes", lambda parent: asked.append(1) or False)
    page.new_button.click()
    dialog = page.dialog
    dialog.reject()  # nothing typed
    assert not dialog.isVisible() and not asked

    log(services, datetime(2026, 11, 22, 8, 0))
    page.refresh()
    page.edit_button.click()
    dialog = page.dialog
    dialog.reject()  # opened and closed unchanged
    assert not dialog.isVisible() and not asked
    page.edit_button.click()
    dialog = page.dialog
    dialog.measures_taken.setPlainText("Salasanat vaihdettu.")
    dialog.reject()
    assert asked == [1] and dialog.isVisible()
    assert dialog.measures_taken.toPlainText() == "Salasanat vaihdettu."
    monkeypatch.setattr(confirm, "discard_changes", lambda parent: True)
    dialog.reject()
    assert not dialog.isVisible()
    assert services.breaches.list()[0].breach.measures_taken == ""


def test_main_window_has_the_page_after_requests_and_it_speaks_finnish(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    from tietosuoja_desktop.ui.pages import PAGE_KEYS

    assert PAGE_KEYS.index("breaches") == PAGE_KEYS.index("requests") + 1
    breaches = window.show_page("breaches")
    assert isinstance(breaches, BreachesPage)
    apply_language("fi", remember=False)
    assert breaches.title.text() == "Tietoturvaloukkaukset"
    assert breaches.model.headerData(5, Qt.Orientation.Horizontal) == "72 tunnin määräaika"
