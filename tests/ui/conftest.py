"""Fixtures every window test may use: the interface language reset to English (the source
text) around a test, a register that has been set up (the sample business profile and its
customer register), and one with every kind of record the windows show."""

from __future__ import annotations

import pytest
from helpers.sample import CONTROLLER, REGISTER
from helpers.windows import populate
from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.ui.preferences import apply_language, current_language
from tietosuoja_desktop.ui.registers_page import RegistersPage


def _in_english(app) -> bool:
    """Whether the English catalogue that ``_english`` installed is still the one installed (an
    in-process command line installs its own translators, a test may switch the language)."""
    return (
        getattr(app, "_tietosuoja_translators", None) is _english.installed
        and current_language() is Language.EN
        and QLocale().name() == "en_FI"
    )


def _english(app) -> None:
    """Install English unless it is already installed. A switch posts LanguageChange to every
    living widget; switching on every test (twice) was most of a late window test's time."""
    if not _in_english(app):
        apply_language("en", remember=False)
        _english.installed = app._tietosuoja_translators


_english.installed = None


@pytest.fixture(autouse=True)
def english(qapp):
    """Every window test starts in English, whatever the test before it (or an in-process
    command line, which installs Finnish) left installed."""
    _english(qapp)
    yield
    _english(qapp)


@pytest.fixture(autouse=True)
def windows_deleted(qapp):
    """The windows a test made are deleted after it (pytest-qt closes those it was given): a closed
    window kept alive by a reference cycle until the garbage collector runs still receives
    every LanguageChange and application-wide event, so each later test paid for all the
    windows before it."""
    before = set(qapp.topLevelWidgets())
    yield
    made = [widget for widget in qapp.topLevelWidgets() if widget not in before]
    for widget in made:
        widget.deleteLater()  # not close(): a window whose making failed half-way cannot
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def set_up(services):
    """``services`` with the sample business profile and customer register saved."""
    services.controller.save(CONTROLLER)
    services.registers.add(REGISTER)
    return services


@pytest.fixture
def registers_page(qtbot, set_up):
    """The Registers page of ``set_up``, shown: where the register's records open."""
    page = RegistersPage(set_up)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def sample(plain_data_dir, clock, english):
    """A register of its own with every kind of record the windows show (helpers/windows.py),
    for the tests that open every page and dialog."""
    services = open_services(plain_data_dir, clock)
    try:
        yield populate(services)
    finally:
        services.close()
