"""The Documents page: making documents off the GUI thread, the archive, the page contract."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.documents.archive_model import COL_KIND, COL_LANGUAGE, COL_SIGNED
from tietosuoja_desktop.ui.documents.pdf_preview import PdfPreviewDialog
from tietosuoja_desktop.ui.documents.signing_dialogs import (
    CreateIdentityDialog,
    PassphraseDialog,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 20_000


def _choose_language(box, language: Language) -> None:
    box.setCurrentIndex(box.findData(language.value))


def _archive_row(page, row=0):
    return [page.model.index(row, column).data() for column in range(6)]


def test_a_statement_is_made_archived_and_previewed(qtbot, page, business):
    assert page.model.rowCount() == 0
    assert page.can_print() is False
    assert page.export.register.currentText() == "Asiakasrekisteri"
    _choose_language(page.export.statement_language, Language.SV)
    page.export.allow_untranslated.setChecked(True)  # nothing is translated into Swedish
    with qtbot.waitSignal(page.job.busyChanged, timeout=WAIT) as busy:
        page.export.statement_button.click()
    assert busy.args == [True]
    assert page.export.is_busy() and not page.export.statement_button.isEnabled()
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        pass
    exported = done.args[0]
    assert not page.export.is_busy() and page.export.statement_button.isEnabled()
    assert exported.document.language is Language.SV and not exported.document.signed
    assert page.model.rowCount() == 1
    assert _archive_row(page)[COL_KIND] == "Privacy statement"
    assert _archive_row(page)[COL_LANGUAGE] == "svenska"
    assert page.archive.current_id() == exported.document.id
    assert page.can_print()
    preview = page.preview_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() > 0
    assert preview.preview.pdf == exported.pdf
    assert business.documents.archive()[0].id == exported.document.id


def test_untranslated_texts_are_flagged_before_the_statement_is_made(page, business, register):
    from tietosuoja_desktop.domain.register_languages import originals, with_translations

    export = page.export
    _choose_language(export.statement_language, Language.FI)
    _choose_language(export.record_language, Language.FI)
    assert not export.language_note.isVisibleTo(page)
    _choose_language(export.statement_language, Language.SV)
    count = len(originals(register))
    assert export.language_note.isVisibleTo(page)
    assert export.language_note.text().startswith(f"{count} texts of {register.name} have no")
    assert "(statement sections 3, 4, 5, 6, 7, 9, 13)" in export.language_note.text()
    assert export.allow_untranslated.isVisibleTo(page)
    swedish = {name: f"{text} (sv)" for name, text in originals(register).items()}
    business.registers.update(with_translations(register, Language.SV, swedish))
    page.refresh()
    assert not export.language_note.isVisibleTo(page)  # all translated into Swedish
    assert not export.allow_untranslated.isVisibleTo(page)
    _choose_language(export.record_language, Language.EN)
    assert export.language_note.text() == (
        f"The record prints the untranslated texts of these registers as written: {register.name}."
    )


def test_a_partly_translated_statement_is_refused_unless_the_user_allows_it(
    qtbot, page, business, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    _choose_language(page.export.statement_language, Language.SV)
    with qtbot.waitSignal(page.job.busyChanged, timeout=WAIT):
        page.export.statement_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert "Sections 3, 4, 5, 6, 7, 9, 13 of the statement" in shown[0]
    assert business.documents.archive() == []
    page.export.allow_untranslated.setChecked(True)
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        page.export.statement_button.click()
    assert "Obs! I avsnitten 3." in _first_page_text(done.args[0].pdf)


def _first_page_text(pdf: bytes) -> str:
    return " ".join((PdfReader(BytesIO(pdf)).pages[0].extract_text() or "").split())


def test_the_change_note_goes_with_the_statements_next_version(qtbot, page, business, register):
    page.export.statement_note.setText("Uutiskirjeen markkinointi lisätty")
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        page.export.statement_button.click()
    version = done.args[0].version
    assert (version.number, version.note) == (1, "Uutiskirjeen markkinointi lisätty")
    assert business.statement_versions.list(register.id) == [version]
    assert page.export.statement_note.text() == ""  # the next version says its own change


def test_the_record_of_processing_is_made(qtbot, page):
    _choose_language(page.export.record_language, Language.EN)
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        page.export.record_button.click()
    assert done.args[0].document.kind == "processing_record"
    assert _archive_row(page)[COL_KIND] == "Record of processing"


def test_the_dataChanged_signal_follows_an_export(qtbot, page):
    with qtbot.waitSignals([page.dataChanged, page.exported], timeout=WAIT):
        page.export.record_button.click()


def test_archive_opens_saves_and_filters(
    qtbot, page, business, register, statement, tmp_path, save_to
):
    business.documents.processing_record(Language.EN)
    page.refresh()
    assert page.model.rowCount() == 2
    page.archive.filter.setCurrentIndex(1)  # privacy statements
    assert page.model.rowCount() == 1
    assert page.archive.current_id() == statement.document.id
    page.open_selected()
    assert page.preview_dialog.preview.pdf == statement.pdf
    assert page.preview_dialog.windowTitle() == statement.document.title
    page.preview_dialog.close()
    asked = save_to(tmp_path / "kopio.pdf")
    page.archive.save_button.click()
    assert (tmp_path / "kopio.pdf").read_bytes() == statement.pdf
    assert asked[0].endswith(".pdf") and "Tietosuojaseloste" in asked[0]
    page.archive.filter.setCurrentIndex(4)  # letters: none yet
    assert page.model.rowCount() == 0
    assert page.archive.empty.isVisibleTo(page) and not page.archive.open_button.isEnabled()
    assert page.can_print() is False


def test_old_versions_stay_reopenable(page, business, register):
    first = business.documents.privacy_statement(register.id, Language.FI)
    second = business.documents.privacy_statement(register.id, Language.FI)
    page.refresh()
    assert page.model.rowCount() == 2
    page.archive.select(first.document.id)
    page.open_selected()
    assert page.preview_dialog.preview.pdf == first.pdf != second.pdf


def test_signing_asks_the_passphrase_and_signs(qtbot, page, identity, passphrase):
    page.export.statement_sign.setChecked(True)
    page.export.statement_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PassphraseDialog)
    assert "Kahvila Esimerkki Tmi" in dialog.intro.text()
    assert not dialog.ok_button.isEnabled()
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        dialog.ok_button.click()
    assert done.args[0].document.signed
    assert _archive_row(page)[COL_SIGNED] == "Yes"
    assert page.archive.check_button.isEnabled()


def test_a_wrong_passphrase_asks_again_and_loses_nothing(
    qtbot, page, identity, business, passphrase
):
    _choose_language(page.export.statement_language, Language.EN)
    page.export.allow_untranslated.setChecked(True)  # the sample is written in Finnish
    page.export.statement_sign.setChecked(True)
    page.export.statement_button.click()
    page.dialog.passphrase.setText("väärä salasana")
    with qtbot.waitSignal(page.job.failed, timeout=WAIT):
        page.dialog.ok_button.click()
    again = page.dialog
    assert isinstance(again, PassphraseDialog) and again.isVisible()
    assert again.error.isVisibleTo(again)
    assert again.error.text() == "The passphrase is not right. Check it and try again."
    assert business.documents.archive() == [] and page.model.rowCount() == 0
    assert page.export.statement_language.currentData() == "en"
    assert page.export.statement_sign.isChecked() and not page.export.is_busy()
    again.passphrase.setText(passphrase)
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        again.ok_button.click()
    assert done.args[0].document.signed and done.args[0].document.language is Language.EN


def test_signing_without_an_identity_creates_one_first(qtbot, page, business, passphrase):
    page.export.record_sign.setChecked(True)
    page.export.record_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CreateIdentityDialog)
    dialog.passphrase.setText(passphrase)
    dialog.repeat.setText(passphrase)
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        dialog.ok_button.click()
    assert done.args[0].document.signed
    assert business.documents.identity() is not None
    assert "Kahvila Esimerkki Tmi" in page.identity_label.text()


def test_without_a_business_profile_nothing_is_made(qtbot, services, english, monkeypatch):
    from tietosuoja_desktop.ui.documents import DocumentsPage
    from tietosuoja_desktop.ui.documents import page as page_module

    shown = []
    monkeypatch.setattr(
        page_module, "show_user_error", lambda parent, error: shown.append(error) or True
    )
    page = DocumentsPage(services)
    qtbot.addWidget(page)
    assert not page.export.statement_button.isEnabled()  # no registers yet
    with qtbot.waitSignal(page.job.failed, timeout=WAIT):
        page.export.record_button.click()
    assert len(shown) == 1 and "business profile" in str(shown[0].message.source)
    assert not page.export.is_busy()


class Shouting(QTranslator):
    """A stand-in language: every text in capitals."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper()

    def isEmpty(self):
        return False


def test_the_page_retranslates(qtbot, page, statement):
    page.refresh()
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.title.text() == "DOCUMENTS")
        assert page.export.title() == "MAKE A DOCUMENT"
        assert page.export.statement_sign.text() == "SIGN DIGITALLY"
        assert page.archive.filter.itemText(0) == "ALL DOCUMENTS"
        assert page.model.index(0, COL_KIND).data() == "PRIVACY STATEMENT"
        assert page.identity_button.text() == "SIGNING &IDENTITY…"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.title.text() == "Documents")


def test_characters_the_font_lacks_are_asked_about_before_the_statement(
    qtbot, page, business, register
):
    from dataclasses import replace

    from tietosuoja_desktop.services.unprintable import UnprintableCharacters
    from tietosuoja_desktop.ui.documents.unprintable_dialog import UnprintableDialog

    business.registers.update(replace(register, name="Kanta-asiakkaat 🦄"))
    page.refresh_archive()
    with qtbot.waitSignal(page.job.failed, timeout=WAIT) as failed:
        page.export.statement_button.click()
    assert isinstance(failed.args[0], UnprintableCharacters)
    dialog = page.dialog
    assert isinstance(dialog, UnprintableDialog) and dialog.isVisible()
    assert "U+1F984 UNICORN FACE" in dialog.informativeText()
    assert "Kanta-asiakkaat 🦄" in dialog.informativeText()
    assert business.documents.archive() == []  # nothing made before the answer
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        dialog.make_button.click()
    exported = done.args[0]
    assert [c.code for c in exported.unprintable] == ["U+1F984"]
    assert len(business.documents.archive()) == 1


def test_cancelling_the_unprintable_question_makes_nothing(qtbot, page, business, register):
    from dataclasses import replace

    business.registers.update(replace(register, name="Kanta-asiakkaat 🦄"))
    with qtbot.waitSignal(page.job.failed, timeout=WAIT):
        page.export.statement_button.click()
    page.dialog.cancel_button.click()
    assert business.documents.archive() == [] and not page.job.busy


def test_unanswered_questions_are_named_before_the_statement_is_made(page, business, register):
    from dataclasses import replace

    from tietosuoja_desktop.domain.claims import CLAIM_FIELDS
    from tietosuoja_desktop.domain.enums import Answer

    export = page.export
    asked = replace(register, **{name: Answer.UNANSWERED for name in CLAIM_FIELDS})
    business.registers.update(asked)
    page.refresh()
    assert export.claims_note.isVisibleTo(page)
    assert export.claims_note.text().startswith(f"⚠ Not yet answered for {register.name}")
    assert "profiling" in export.claims_note.text()
    business.registers.update(replace(asked, **{name: Answer.NO for name in CLAIM_FIELDS}))
    page.refresh()
    assert not export.claims_note.isVisibleTo(page)
