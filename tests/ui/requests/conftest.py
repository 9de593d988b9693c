"""Fixtures for the Requests page tests: a register with the business profile, a person with
orders and consents, the page itself in English (the source text), and the modal windows
(letters, message boxes, file dialogs) answered without blocking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.enums import ConsentAction, OrderStatus
from tietosuoja_desktop.domain.records import ConsentEvent, Order


@dataclass
class Shown:
    title: str
    pdf: bytes
    suggested_name: str


@pytest.fixture
def register(set_up):
    return set_up.registers.list()[0]


@pytest.fixture
def saara(set_up, register):
    """A customer with a recent order (a voucher kept through erasure), an old one, and two
    consents in force."""
    added = set_up.customers.add(
        person(
            first_name="Saara",
            last_name="Rekisteröity",
            email="saara@example.fi",
            register_ids=(register.id,),
        )
    )
    for ordered_on, reference in ((date(2025, 5, 2), "T-77"), (date(2015, 5, 2), "T-1")):
        set_up.activity.add_order(
            Order(
                customer_id=added.id,
                ordered_on=ordered_on,
                reference=reference,
                amount_cents=2500,
                status=OrderStatus.PAID,
            )
        )
    for purpose in ("Uutiskirje", "Tekstiviestit"):
        set_up.activity.add_consent(
            ConsentEvent(added.id, ConsentAction.GIVEN, purpose, datetime(2026, 1, 5, 10))
        )
    return added


@pytest.fixture
def letters(monkeypatch):
    """Every PDF the page shows in the preview, instead of a modal window."""
    from tietosuoja_desktop.ui.documents.pdf_preview import PdfPreviewDialog

    shown: list[Shown] = []

    def exec_(dialog) -> int:
        preview = dialog.preview
        shown.append(Shown(dialog.windowTitle(), preview.pdf, preview.suggested_name))
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return shown


@pytest.fixture
def message_boxes(monkeypatch):
    """The texts of the message boxes shown, each answered at once."""
    from PySide6.QtWidgets import QMessageBox

    texts: list[str] = []

    def exec_(box) -> int:
        texts.append("\n".join(t for t in (box.text(), box.informativeText()) if t))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """Answer every save dialog with a file in tmp_path; ``chosen`` lists the names offered."""
    from PySide6.QtWidgets import QFileDialog

    chosen: list[str] = []

    def get_save_file_name(_parent, _caption, suggested, _filter=""):
        chosen.append(suggested)
        return str(tmp_path / "out" / suggested), _filter

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return chosen


@pytest.fixture
def page(qtbot, set_up, english, letters, message_boxes):
    from tietosuoja_desktop.ui.requests.page import RequestsPage

    page = RequestsPage(set_up)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page
