"""The Settings page: language switch at run time, the authority's contact, the profile and the
data folder."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.preferences import current_language, saved_language
from tietosuoja_desktop.ui.settings_page import SettingsPage, default_authority_text

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def window(qtbot, set_up):
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._counts is not None, timeout=10_000)
    return window


def _choose(page: SettingsPage, language: Language) -> None:
    page.language.setCurrentIndex(page.language.findData(language.value))


def test_language_switch_retranslates_every_open_page(window):
    registers = window.page("registers")
    settings = window.show_page("settings")
    _choose(settings, Language.FI)
    assert current_language() is Language.FI
    assert saved_language() is Language.FI
    assert settings.title.text() == "Asetukset"
    assert window.navigation.item(0).text() == "Yleiskatsaus"
    assert registers.save_button.text() == "T&allenna"
    assert window.menus.file_menu.title() == "&Tiedosto"

    _choose(settings, Language.SV)
    assert settings.title.text() == "Inställningar"
    assert window.navigation.item(0).text() == "Översikt"
    assert registers.save_button.text() == "&Spara"
    assert registers.editor.boxes["purposes"].title() == "Ändamål och rättslig grund"
    assert window.counts_label.text().endswith("öppna begäranden")


def test_language_choice_shows_the_current_language(window):
    settings = window.page("settings")
    assert settings.language.currentData() == "en"


def test_authority_contact_defaults_and_edits(window, set_up):
    settings = window.show_page("settings")
    finnish = settings.authority_edits[Language.FI]
    assert "Tietosuojavaltuutetun toimisto" in finnish.toPlainText()
    assert "Dataombudsmannens byrå" in settings.authority_edits[Language.SV].toPlainText()
    finnish.setPlainText("Tietosuojavaltuutetun toimisto\nUusi osoite 1, 00100 Helsinki")
    settings.save_authority_button.click()
    assert set_up.settings.get("authority.fi").endswith("00100 Helsinki")
    assert set_up.settings.get("authority.sv") == ""  # unchanged defaults are not stored

    settings.authority_tabs.setCurrentIndex(0)
    settings.default_authority_button.click()
    assert finnish.toPlainText() == default_authority_text(Language.FI)
    settings.save_authority_button.click()
    assert set_up.settings.get("authority.fi") == ""


def test_profile_is_edited_with_messages_at_the_fields(window, set_up):
    settings = window.show_page("settings")
    form = settings.profile
    assert form.edits["name"].text() == "Kahvila Esimerkki Tmi"
    form.edits["email"].setText("rikki@")
    assert settings.save_profile() is False
    assert form.messages.labels["email"].isVisibleTo(settings)
    assert form.edits["email"].text() == "rikki@"
    form.edits["email"].setText("kahvila@example.fi")
    form.edits["name"].setText("Kahvila Esimerkki")
    assert settings.save_profile() is True
    assert set_up.controller.get().email == "kahvila@example.fi"
    assert window.windowTitle().startswith("Kahvila Esimerkki –")


def test_data_folder_is_shown_and_opened(window, set_up, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    settings = window.show_page("settings")
    assert settings.folder_path.text() == str(set_up.data_dir)
    settings.open_folder_button.click()
    assert opened[0].toLocalFile() == str(set_up.data_dir)


def test_finnish_and_swedish_catalogues_are_complete():
    import xml.etree.ElementTree as ElementTree
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "translations"
    for language in ("fi", "sv"):
        tree = ElementTree.parse(folder / f"tietosuoja_{language}.ts")
        unfinished = [
            message.findtext("source")
            for message in tree.getroot().iter("message")
            if message.find("translation").get("type") == "unfinished"
        ]
        assert unfinished == [], language


def test_backups_are_made_from_the_settings_page(qtbot, services):
    from tietosuoja_desktop.ui.settings_page import SettingsPage

    page = SettingsPage(services)
    qtbot.addWidget(page)
    assert page.backup_box.title() and page.backups.parent() is page.backup_box
    services.backups.create()
    page.backups.refresh()
    assert len(services.backups.list()) >= 1
