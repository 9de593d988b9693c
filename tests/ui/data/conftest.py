"""Fixtures for the import dialog and backup panel tests: the interface in English (the source
text) and a register to import into."""

from __future__ import annotations

import pytest
from helpers.sample import REGISTER


@pytest.fixture
def register(services):
    return services.registers.add(REGISTER)
