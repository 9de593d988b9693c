"""Fixtures for the import dialog and backup panel tests: the interface in English (the source
text) and a register to import into."""

from __future__ import annotations

import pytest
from helpers.sample import REGISTER

from tietosuoja_desktop.ui.preferences import apply_language


@pytest.fixture
def english(qapp):
    apply_language("en", remember=False)
    yield
    apply_language("en", remember=False)


@pytest.fixture
def register(services):
    return services.registers.add(REGISTER)
