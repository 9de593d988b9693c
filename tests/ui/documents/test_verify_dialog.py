"""Checking a signature in the window: valid, self-signed, changed, unsigned, not a PDF."""

from __future__ import annotations

import pytest

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.documents.verify_dialog import (
    BAD,
    CAUTION,
    NEUTRAL,
    VerifyDialog,
    verdict,
)

pytestmark = pytest.mark.usefixtures("english")
WAIT = 20_000


@pytest.fixture
def dialog(qtbot):
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def signed(business, register, identity, passphrase):
    return business.documents.privacy_statement(register.id, Language.FI, passphrase=passphrase)


def _check(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.verified, timeout=WAIT) as done:
        assert dialog.open_file(path)
    return done.args[0]


def test_a_signed_document_is_valid_but_self_signed(qtbot, dialog, signed, tmp_path):
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed.pdf)
    result = _check(qtbot, dialog, path)
    assert verdict(result) == CAUTION
    assert dialog.headline.text() == "Valid, but the certificate is self-signed"
    assert "has not been changed since it was signed" in dialog.explanation.text()
    assert "self-signed" in dialog.explanation.text()
    values = [value.text() for value in dialog.values]
    assert values[0] == "Kahvila Esimerkki Tmi"
    assert values[1] == "3354302-8"
    assert values[2][:1].isdigit() and values[3] == "Yes"  # "3.12.2026 ..." on early days
    assert dialog.file_label.text() == "signed.pdf"
    assert not dialog.busy.isVisibleTo(dialog) and dialog.open_button.isEnabled()


def test_a_changed_copy_is_reported(qtbot, dialog, signed, tmp_path):
    tampered = bytearray(signed.pdf)
    position = len(tampered) // 3
    tampered[position] = (tampered[position] + 1) % 256
    path = tmp_path / "changed.pdf"
    path.write_bytes(bytes(tampered))
    result = _check(qtbot, dialog, path)
    assert verdict(result) == BAD
    assert dialog.headline.text() == "The signature is not valid"
    assert "changed" in dialog.explanation.text()
    assert dialog.values[3].text() == "No"


def test_an_unsigned_document(qtbot, dialog, statement, tmp_path):
    path = tmp_path / "plain.pdf"
    path.write_bytes(statement.pdf)
    result = _check(qtbot, dialog, path)
    assert verdict(result) == NEUTRAL
    assert dialog.headline.text() == "Not signed"
    assert dialog.explanation.text() == "The document has no digital signature."
    assert not dialog.values[0].isVisibleTo(dialog)


def test_not_a_pdf(qtbot, dialog, tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("hello")
    _check(qtbot, dialog, path)
    assert dialog.headline.text() == "Not a PDF document"


def test_a_missing_file_is_explained(qtbot, dialog, tmp_path):
    with qtbot.waitSignal(dialog.job.failed, timeout=WAIT):
        dialog.open_file(tmp_path / "gone.pdf")
    assert dialog.headline.text().startswith("The file could not be read:")


def test_the_page_checks_an_archived_signed_document(qtbot, page, signed):
    page.refresh()
    assert page.archive.check_button.isEnabled()
    page.archive.check_button.click()
    dialog = page.dialog
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    assert dialog.headline.text() == "Valid, but the certificate is self-signed"
