"""The marketing export dialog with real widgets: the channel and purpose chosen, the list
written off the GUI thread, the people left out shown by reason afterwards (in English and in
Finnish), and a dialog without any purpose that says why nothing can be exported."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.marketing import MarketingChannel
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.services.csv_files import read_table
from tietosuoja_desktop.services.marketing import ChoiceKind
from tietosuoja_desktop.ui.data.marketing_export_dialog import MarketingExportDialog
from tietosuoja_desktop.ui.preferences import apply_language

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]
PURPOSE = "Uutiskirje"


@pytest.fixture
def dialog(qtbot, services):
    add = services.customers.add
    given = add(person(first_name="Aino", email="aino@example.fi"))
    refused = add(person(first_name="Bertta", email="bertta@example.fi"))
    add(person(first_name="Cecilia", email="cecilia@example.fi"))
    for customer in (given, refused):
        services.activity.add_consent(
            ConsentEvent(customer.id, ConsentAction.GIVEN, PURPOSE, datetime(2026, 1, 1))
        )
    services.marketing.record_choice(refused.id, MarketingChannel.EMAIL, ChoiceKind.REFUSED)
    widget = MarketingExportDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_exports_the_chosen_channel_and_shows_who_was_left_out(qtbot, dialog, tmp_path):
    assert dialog.purpose.currentText() == PURPOSE
    assert [dialog.channel.itemText(i) for i in range(4)] == ["E-mail", "SMS", "Phone", "Post"]
    path = tmp_path / "lista.csv"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export(path)
    report = blocker.args[0]
    assert (report.channel, report.exported) == (MarketingChannel.EMAIL, 1)
    assert [row.values[0] for row in read_table(path).rows] == ["Aino"]
    text = dialog.result.text()
    assert "1 people exported" in text
    assert "1 – refused on this channel" in text and "1 – no consent" in text

    dialog.channel.setCurrentIndex(dialog.channel.findData(MarketingChannel.POST))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export(tmp_path / "posti.xlsx")
    assert blocker.args[0].exported == 3 and "Left out" not in dialog.result.text()
    assert dialog.export_button.isEnabled()

    apply_language("fi", remember=False)
    assert dialog.windowTitle() == "Vie markkinointilista"
    assert dialog.channel.itemText(3) == "Posti"
    assert "3 henkilöä viety" in dialog.result.text()


def test_without_purposes_nothing_can_be_exported(qtbot, services):
    widget = MarketingExportDialog(services)
    qtbot.addWidget(widget)
    assert not widget.export_button.isEnabled()
    assert "No marketing purposes yet" in widget.result.text()


def test_a_long_export_shows_a_busy_bar_and_the_window_waits_for_it_without_freezing(
    qtbot, dialog, services, tmp_path
):
    """A million customers' list takes a quarter of a minute. Here the real export waits at
    its start until the test lets it go: meanwhile the bar shows, Escape and the close button
    leave the window open and say why (closing used to block the window until the list was
    written), and the window keeps answering; afterwards it closes."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    let_go = threading.Event()
    real = services.exporter.marketing

    def held(*args, **kwargs):
        let_go.wait(20)
        return real(*args, **kwargs)

    services.exporter.marketing = held
    try:
        dialog.export(tmp_path / "lista.csv")
        qtbot.waitUntil(lambda: dialog.busy.isVisible(), timeout=5_000)
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        assert not close.isEnabled() and not dialog.export_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible()
        assert dialog.result.text() == (
            "The list is still being written; close the window when it is done."
        )
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            let_go.set()
        assert not dialog.busy.isVisible() and close.isEnabled()
        assert "1 people exported" in dialog.result.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        let_go.set()
        services.exporter.marketing = real
