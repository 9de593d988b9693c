"""Fixtures for the Documents page tests: a business with one register, a signing identity
when a test wants one, the page itself, and the interface in English (the source text)."""

from __future__ import annotations

import pytest
from helpers.sample import CONTROLLER, REGISTER
from PySide6.QtWidgets import QFileDialog

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.documents import DocumentsPage

PASSPHRASE = "kolme karhua metsässä"


@pytest.fixture
def business(services):
    """``services`` with the sample business profile and its customer register."""
    services.controller.save(CONTROLLER)
    services.registers.add(REGISTER)
    return services


@pytest.fixture
def register(business):
    return business.registers.list()[0]


@pytest.fixture
def passphrase() -> str:
    """The passphrase of the ``identity`` fixture."""
    return PASSPHRASE


@pytest.fixture
def identity(business):
    return business.documents.create_identity(PASSPHRASE)


@pytest.fixture
def statement(business, register):
    """An archived Finnish privacy statement (Exported: document and PDF bytes)."""
    return business.documents.privacy_statement(register.id, Language.FI)


@pytest.fixture
def page(qtbot, business, english):
    page = DocumentsPage(business)
    qtbot.addWidget(page)
    # The sample register is written in Finnish: its statement is made in Finnish unless a
    # test chooses another language (an untranslated one is refused until allowed).
    box = page.export.statement_language
    box.setCurrentIndex(box.findData("fi"))
    page.resize(1000, 700)
    page.show()
    return page


@pytest.fixture
def save_to(monkeypatch):
    """Answer the Save dialog with ``path``; returns the list of what the dialog was given."""
    asked = []

    def answer(path):
        def get_save_file_name(parent, caption, directory, file_filter):
            asked.append(directory)
            return str(path), file_filter

        monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
        return asked

    return answer
