"""The Breaches page driven as a user would: the list with its coloured 72-hour clock, logging
a breach with every problem shown at once, recording the notification and the people informed,
writing the letters, saving the report, closing, the model tester and Finnish."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from helpers.sample import CONTROLLER, person
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from tietosuoja_desktop.domain.breaches import Breach, BreachNature, BreachRisk, BreachStatus
from tietosuoja_desktop.domain.clock import Urgency
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.breaches.action_dialogs import InformDialog, NotifyDialog
from tietosuoja_desktop.ui.breaches.editor import BreachDialog
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


@pytest.fixture
def english(qapp):
    apply_language("en", remember=False)
    yield
    apply_language("en", remember=False)


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


def test_letters_offer_to_record_the_people_informed(qtbot, page, services, tmp_path, monkeypatch):
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
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    asked, told = [], []
    page.ask = lambda text, title: asked.append(text) or False
    page.tell = lambda text, title: told.append(text)

    page.letters_button.click()  # declined: nothing recorded, the letters are there
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert str(tmp_path) in asked[0] and ": 2." in asked[0]
    assert services.breaches.get(breach_id).breach.people_informed_at is None

    page.ask = lambda text, title: True
    page.letters_button.click()
    inform = page.dialog
    assert isinstance(inform, InformDialog) and inform.isVisible()
    assert inform.how.text() == "by letter" and inform.count.count() == 2
    with qtbot.waitSignal(page.dataChanged):
        save(inform)
    recorded = services.breaches.get(breach_id).breach
    assert (recorded.people_informed_how, recorded.people_informed_count) == ("by letter", 2)
    assert recorded.people_informed_at == datetime(2026, 11, 22, 14, 0)

    page.letters_button.click()  # already recorded: only where the letters went
    assert len(told) == 1 and str(tmp_path) in told[0] and len(asked) == 1


def test_main_window_has_the_page_after_requests_and_it_speaks_finnish(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    from tietosuoja_desktop.ui.main_window import PAGE_KEYS

    assert PAGE_KEYS.index("breaches") == PAGE_KEYS.index("requests") + 1
    breaches = window.show_page("breaches")
    assert isinstance(breaches, BreachesPage)
    apply_language("fi", remember=False)
    assert breaches.title.text() == "Tietoturvaloukkaukset"
    assert breaches.model.headerData(5, Qt.Orientation.Horizontal) == "72 tunnin määräaika"
