"""Checking a signature in the window: valid, self-signed, changed, unsigned, not a PDF."""

from __future__ import annotations

import re

import pytest
from helpers import tampering

from tietosuoja_desktop.documents.signing import sign_pdf
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.documents.verify_dialog import (
    BAD,
    CAUTION,
    NEUTRAL,
    VerifyDialog,
    verdict,
)
from tietosuoja_desktop.ui.documents.wording import problem_text
from tietosuoja_desktop.ui.preferences import apply_language

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
    # The signing time is the real clock's: 3.12.2026 14.05 as well as 24.12.2026 9.30.
    assert re.match(r"\d{1,2}\.\d{1,2}\.\d{4} ", values[2]), values[2]
    assert values[3] == "Yes"
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


SPOILED = [
    (tampering.zero_signature, "The signature is damaged", BAD),
    (tampering.truncate, "Damaged or incomplete PDF", BAD),
    (lambda pdf: tampering.NOT_A_PDF, "Not a PDF document", BAD),
    (tampering.retitle, "Changed after signing", BAD),
    (tampering.append_after_eof, "The signature does not cover the whole file", BAD),
]


@pytest.mark.parametrize(("spoil", "headline", "colour"), SPOILED, ids=[s[1] for s in SPOILED])
def test_a_spoiled_copy_is_never_shown_as_valid(
    qtbot, dialog, signed, tmp_path, spoil, headline, colour
):
    path = tmp_path / "spoiled.pdf"
    path.write_bytes(spoil(signed.pdf))
    result = _check(qtbot, dialog, path)
    assert verdict(result) == colour and not result.ok
    assert dialog.headline.text() == headline
    assert "has not been changed since it was signed" not in dialog.explanation.text()
    for problem in result.problems:
        assert problem_text(problem) in dialog.explanation.text()


def test_a_further_signature_is_named_and_valid(
    qtbot, dialog, business, signed, passphrase, tmp_path
):
    path = tmp_path / "twice.pdf"
    path.write_bytes(sign_pdf(signed.pdf, business.documents.signing_dir, passphrase))
    result = _check(qtbot, dialog, path)
    assert result.ok and verdict(result) == CAUTION
    assert dialog.headline.text() == "Valid, but the certificate is self-signed"
    assert "Added after signing: a further signature." in dialog.explanation.text()
    assert dialog.values[3].text() == "Yes"


def test_the_dialog_speaks_finnish(qtbot, dialog, signed, tmp_path):
    path = tmp_path / "jatettu.pdf"
    path.write_bytes(tampering.append_after_eof(signed.pdf))
    apply_language("fi", remember=False)
    _check(qtbot, dialog, path)
    assert dialog.headline.text() == "Allekirjoitus ei kata koko tiedostoa"
    assert "jota mikään allekirjoitus ei kata" in dialog.explanation.text()
    assert "varmenne on itse allekirjoitettu" in dialog.explanation.text()
    assert "Allekirjoitus on kelvollinen" not in dialog.explanation.text()
