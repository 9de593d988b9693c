"""Fixtures every window test may use: the interface language reset to English (the source
text) around a test, and a register that has been set up (the sample business profile and its
customer register)."""

from __future__ import annotations

import pytest
from helpers.sample import CONTROLLER, REGISTER

from tietosuoja_desktop.ui.preferences import apply_language


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
