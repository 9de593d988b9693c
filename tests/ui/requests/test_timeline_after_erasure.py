"""A request's timeline after the person was erased: the documents the erasure deleted are
named as removed on that date, not listed as documents that open (issue 20)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from PySide6.QtCore import Qt

from tietosuoja_desktop.domain.enums import RequestType
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.ui.requests.history_panels import TimelinePanel
from tietosuoja_desktop.ui.requests.record_models import DOCUMENT_ID_ROLE, TL_DOCUMENT

pytestmark = pytest.mark.usefixtures("english")


def test_the_timeline_says_the_erasure_removed_the_documents(qtbot, services, clock):
    services.controller.save(CONTROLLER)
    register = services.registers.add(REGISTER)
    customer = services.customers.add(person(register_ids=(register.id,)))
    request = services.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 10), customer_id=customer.id)
    ).request
    services.fulfilment.acknowledge(request.id)
    services.requests.attach(request.id, "kirje.txt", b"scan")
    panel = TimelinePanel(services)
    qtbot.addWidget(panel)
    panel.load(request.id)
    rows = range(panel.model.rowCount())
    documents = [panel.model.index(row, TL_DOCUMENT) for row in rows]
    letter_row = next(i for i, index in enumerate(documents) if index.data(DOCUMENT_ID_ROLE))
    assert documents[letter_row].data() == "Acknowledgement letter"

    clock.set(date(2026, 12, 3))
    services.erasure.erase(customer.id)
    panel.load(request.id)
    documents = [panel.model.index(row, TL_DOCUMENT) for row in rows]
    assert documents[letter_row].data() == (
        "Acknowledgement letter: removed when the person's data was erased on 3.12.2026"
    )
    assert documents[letter_row].data(DOCUMENT_ID_ROLE) is None
    assert "can no longer be opened" in documents[letter_row].data(Qt.ItemDataRole.ToolTipRole)
    texts = [index.data() for index in documents]
    assert "Removed when the person's data was erased on 3.12.2026" in texts  # the original
    assert texts.count("") == len(texts) - 2  # the other steps named no document
