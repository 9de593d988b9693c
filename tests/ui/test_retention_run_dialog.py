"""Erasing everyone past retention from the Overview: the preview's totals and skip reasons,
one confirmation, the run with its progress, Cancel halfway (everyone before it erased, nobody
after), and the report archived."""

from __future__ import annotations

import threading

import pytest
from helpers import retention_scene
from helpers.retention_scene import exists
from helpers.sample import CONTROLLER
from PySide6.QtCore import Qt

from tietosuoja_desktop.ui.customers import confirm
from tietosuoja_desktop.ui.overview_page import OverviewPage
from tietosuoja_desktop.ui.retention_run_dialog import RetentionRunDialog

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def scene(services):
    services.controller.save(CONTROLLER)
    return retention_scene.build(services, 4, documents=False)


@pytest.fixture
def confirmed(monkeypatch):
    asked = []

    def ask(_parent, title, _text, _action) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(confirm, "ask", ask)
    return asked


def opened(qtbot, services) -> RetentionRunDialog:
    dialog = RetentionRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    return dialog


def test_the_preview_shows_the_totals_and_why_people_are_skipped(qtbot, services, scene):
    dialog = opened(qtbot, services)
    shown = {key: label.text() for key, label in dialog.values.items()}
    assert shown == {
        "people": "4",
        "anonymised": "4",
        "orders": "8",
        "documents": "0",
        "legal_hold": "1",
        "open_request": "1",
        "restricted": "1",
        "other_register": "1",
    }
    assert "Asiakasrekisteri: 5 years after becoming a customer (4 people)" in dialog.rules.text()
    assert dialog.erase_button.isEnabled() and dialog.erase_button.text() == "&Erase 4 people…"
    assert all(exists(services, c) for c in scene.past)  # a preview erases nothing


def test_erase_all_after_one_confirmation_and_the_report_is_archived(
    qtbot, services, scene, confirmed
):
    dialog = opened(qtbot, services)
    with qtbot.waitSignal(dialog.erased, timeout=20_000):
        dialog.erase_button.click()
    assert confirmed == ["Erase 4 people for good?"]
    qtbot.waitUntil(lambda: not dialog.worker.busy)
    assert dialog.status.text().startswith("4 of 4 people erased.")
    assert dialog.progress.value() == 4
    assert not any(exists(services, c) for c in scene.past)
    assert all(exists(services, c) for c in scene.skipped.values())
    assert len(services.documents.archive("retention_run")) == 1


def test_no_confirmation_no_erasure(qtbot, services, scene, monkeypatch):
    monkeypatch.setattr(confirm, "ask", lambda *_args: False)
    dialog = opened(qtbot, services)
    dialog.erase_button.click()
    assert not dialog.worker.busy
    assert all(exists(services, c) for c in scene.past)


def test_cancel_halfway_keeps_everyone_after_it(qtbot, services, scene, confirmed):
    dialog = opened(qtbot, services)
    reached, go_on = threading.Event(), threading.Event()

    def hold_after_the_second(done: int, _total: int) -> None:  # on the worker's thread
        if done == 2:
            reached.set()
            go_on.wait(10)

    dialog.worker.progressed.connect(hold_after_the_second, Qt.ConnectionType.DirectConnection)
    dialog.erase_button.click()
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    dialog.cancel_button.click()  # the person being erased is done; the run stops after
    assert not dialog.cancel_button.isEnabled()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert dialog.result.cancelled and dialog.result.erased == 2
    assert dialog.status.text().startswith("Cancelled: 2 of 4 people erased")
    assert [exists(services, c) for c in scene.past] == [False, False, True, True]
    [report] = services.documents.archive("retention_run")
    assert report.title == "Poistoajo"
    dialog.cancel_button.click()  # now Close
    assert not dialog.isVisible()


def test_the_overview_offers_erase_all_only_when_someone_is_past(qtbot, services, scene):
    page = OverviewPage(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.erase_all_button.isVisible())
    page.erase_all_button.click()
    dialog = page.retention_run_dialog
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.plan.people == 4
    dialog.reject()


def test_without_the_business_details_nothing_can_be_erased(qtbot, services):
    retention_scene.build(services, 1, documents=False)
    dialog = opened(qtbot, services)
    assert not dialog.erase_button.isEnabled()
    assert "business's details" in dialog.status.text()
