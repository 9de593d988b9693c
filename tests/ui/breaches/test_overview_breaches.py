"""The Overview shows open breaches whose 72-hour clock runs, and only then; a double click
opens the breach on the Breaches page."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from tietosuoja_desktop.domain.breaches import Breach, BreachNature, BreachRisk
from tietosuoja_desktop.ui.breaches.table_model import COL_CLOCK
from tietosuoja_desktop.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


def loaded_overview(qtbot, window):
    page = window.page("overview")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def test_overview_lists_running_clocks_and_opens_the_breach(qtbot, services, clock):
    clock.set(date(2026, 11, 22), at=time(14, 0))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = loaded_overview(qtbot, window)
    assert not page.breaches.isVisible()

    nature = (BreachNature.CONFIDENTIALITY,)
    running = services.breaches.add(
        Breach(datetime(2026, 11, 21, 9, 0), "Laptop stolen", natures=nature)
    ).breach.id
    services.breaches.add(
        Breach(
            datetime(2026, 11, 21, 9, 0),
            "Encrypted stick lost",
            natures=nature,
            risk=BreachRisk.UNLIKELY,
            risk_reasoning="Encrypted",
        )
    )
    page = loaded_overview(qtbot, window)
    assert page.breaches.isVisible()
    assert page.breaches_model.rowCount() == 1
    assert page.breaches_model.index(0, COL_CLOCK).data() == "43 h 00 min left"

    with qtbot.waitSignal(page.breachActivated):
        page.breaches.doubleClicked.emit(page.breaches_model.index(0, 1))
    assert window.current_page() is window.page("breaches")
    assert window.page("breaches").current_id() == running
