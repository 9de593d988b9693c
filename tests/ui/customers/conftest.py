"""Fixtures for the Customers page tests: a register with the sample description, people in
it, the page itself, and the interface in English (the source text)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.sample import REGISTER, person

from tietosuoja_desktop.ui.customers import CustomersPage


@pytest.fixture
def register(services):
    return services.registers.add(REGISTER)


@pytest.fixture
def add_person(services, register):
    """Add a customer (the sample person, with overrides) to the sample register."""

    def add(**overrides):
        overrides.setdefault("register_ids", (register.id,))
        return services.customers.add(person(**overrides))

    return add


@pytest.fixture
def many_people(services, register):
    """``count`` people with distinct names and addresses: Asiakas001 ... ."""

    def add(count: int):
        template = person(register_ids=(register.id,), phone="")
        return [
            services.customers.add(
                replace(
                    template,
                    first_name=f"Henkilö{index:03d}",
                    last_name=f"Asiakas{index:03d}",
                    email=f"asiakas{index:03d}@example.fi",
                )
            )
            for index in range(count)
        ]

    return add


@pytest.fixture
def page(qtbot, services, register, english):
    page = CustomersPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page
