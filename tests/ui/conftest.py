"""Fixtures every window test may use: the interface language reset to English (the source
text) around a test, a register that has been set up (the sample business profile and its
customer register), and one with every kind of record the windows show."""

from __future__ import annotations

import pytest
from helpers.sample import CONTROLLER, REGISTER
from helpers.windows import populate

from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.ui.preferences import apply_language
from tietosuoja_desktop.ui.registers_page import RegistersPage


@pytest.fixture(autouse=True)
def english(qapp):
    """Every window test starts in English, whatever the test before it (or an in-process
    command line, which installs Finnish) left installed."""
    apply_language("en", remember=False)
    yield
    apply_language("en", remember=False)


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
def sample(tmp_path, clock, english):
    """A register of its own with every kind of record the windows show (helpers/windows.py),
    for the tests that open every page and dialog."""
    services = open_services(tmp_path / "data", clock)
    try:
        yield populate(services)
    finally:
        services.close()
