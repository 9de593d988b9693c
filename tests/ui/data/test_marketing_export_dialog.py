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
