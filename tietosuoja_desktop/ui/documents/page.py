"""The Documents page: make the privacy statement of a register or the record of processing
(Art 30), signed digitally if wanted; every document made stays in the archive below, where any
version opens, saves, prints and has its signature checked.

Building and signing run off the GUI thread; a wrong passphrase asks again and loses nothing."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.document_kinds import MAKING_CONTEXT, DocumentKind, spec
from ...services.errors import NotFound
from ...services.signatures import SigningError
from ...services.unprintable import UnprintableCharacters
from ..errors import show_user_error
from ..format import format_date
from ..style import heading, set_role
from ..workers import Worker
from .archive_model import ArchiveTableModel
from .archive_panel import ArchivePanel
from .export_panel import ExportChoice, ExportPanel
from .files import save_pdf, suggested_file_name
from .identity_dialog import IdentityDialog
from .inspection_dialog import InspectionDialog
from .pdf_preview import PdfPreviewDialog
from .policy_dialog import PolicyDialog
from .printing import print_pdf
from .signing_dialogs import CreateIdentityDialog, PassphraseDialog
from .unprintable_dialog import UnprintableDialog
from .verify_dialog import VerifyDialog
from .wording import is_wrong_passphrase, signing_error_text

# How the page makes each kind it offers (ExportPanel), from the user's choice.
# ``allow`` says whether characters the fonts lack may print as markers (asked first).
MAKERS = {
    DocumentKind.STATEMENT: lambda documents, choice, passphrase, allow: (
        documents.privacy_statement(
            choice.register_id,
            choice.language,
            passphrase=passphrase,
            allow_unprintable=allow,
            allow_untranslated=choice.allow_untranslated,
            note=choice.note,
        )
    ),
    DocumentKind.PROCESSING_RECORD: lambda documents, choice, passphrase, allow: (
        documents.processing_record(choice.language, passphrase=passphrase, allow_unprintable=allow)
    ),
    DocumentKind.POLICY: lambda documents, choice, passphrase, allow: documents.policy(
        choice.language, passphrase=passphrase, allow_unprintable=allow, note=choice.note
    ),
}


class DocumentsPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling
    exported = Signal(object)  # an Exported, once its preview is open

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._choice: ExportChoice | None = None  # what is being made or asked about
        self._passphrase: str | None = None  # signs it; kept only until it is made
        self._asking: QDialog | None = None  # the dialog asking for the passphrase
        self.dialog: QDialog | None = None  # the passphrase, identity or verify dialog
        self.preview_dialog: PdfPreviewDialog | None = None
        self.job = Worker(self)
        self.job.succeeded.connect(self._built)
        self.job.failed.connect(self._build_failed)

        self.title = QLabel(self)
        heading(self.title)
        self.export = ExportPanel(self)
        self.export.exportRequested.connect(self.export_document)
        self.export.policyEditRequested.connect(self.edit_policy)
        self.identity_label = QLabel(self)
        self.identity_label.setWordWrap(True)
        set_role(self.identity_label, "hint")
        self.identity_button = QPushButton(self)
        self.identity_button.clicked.connect(self.show_identity)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(lambda: self.verify())
        self.inspection_button = QPushButton(self)
        self.inspection_button.clicked.connect(lambda: self.inspection())
        self.model = ArchiveTableModel(self)
        self.archive = ArchivePanel(self.model, self)
        self.archive.filterChanged.connect(self.refresh_archive)
        self.archive.openRequested.connect(self.open_selected)
        self.archive.saveRequested.connect(self.save_selected)
        self.archive.printRequested.connect(self.print_current)
        self.archive.checkRequested.connect(self.check_selected)

        signing = QHBoxLayout()
        signing.addWidget(self.inspection_button)
        signing.addWidget(self.identity_label, 1)
        signing.addWidget(self.identity_button)
        signing.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.export)
        layout.addLayout(signing)
        layout.addSpacing(6)
        layout.addWidget(self.archive, 1)
        self.retranslate_ui()
        self.refresh()

    # -- the main window's contract ------------------------------------------------------

    def refresh(self) -> None:
        self.export.set_registers(self._services.registers.list())
        self._show_identity_summary()
        self.refresh_archive()

    def refresh_archive(self, select: int | None = None) -> None:
        listed = self._services.documents.archive(self.archive.kind_filter())
        chosen = select if select is not None else self.archive.current_id()
        self.model.set_views(listed)
        self.archive.select(chosen)
        # Ctrl+P follows whether there is anything to print. Only when shown: then this is
        # the window's current page (and not one still being built).
        window = self.window()
        if self.isVisible() and window is not self and hasattr(window, "menus"):
            window.menus.update_current()

    def can_print(self) -> bool:
        return self.model.rowCount() > 0

    def print_current(self) -> None:
        """Print the chosen archived document (Ctrl+P) through the system's print dialog."""
        loaded = self._selected_pdf()
        if loaded is not None:
            document, pdf = loaded
            print_pdf(pdf, document.title, self)

    # -- making documents ----------------------------------------------------------------

    def export_document(self, choice: ExportChoice) -> None:
        if self.job.busy:
            return
        if not choice.sign:
            self._build(choice, None)
            return
        try:
            identity = self._services.documents.identity()
        except SigningError as error:
            self._tell(self.tr("Cannot sign"), signing_error_text(error))
            return
        self._choice = choice
        if identity is None:  # make one first; its passphrase signs this document
            self._asking = CreateIdentityDialog(self._services, self)
        else:
            self._asking = PassphraseDialog(identity, self)
        self._asking.accepted.connect(self._passphrase_given)
        self._open_dialog(self._asking)

    def _passphrase_given(self) -> None:
        """The passphrase dialog (or the new identity's) was accepted: sign with it."""
        if isinstance(self._asking, CreateIdentityDialog):
            self._show_identity_summary()
        passphrase = self._asking.passphrase.text()
        self._asking = None
        self._build(self._choice, passphrase)

    def _build(
        self, choice: ExportChoice, passphrase: str | None, allow_unprintable: bool = False
    ) -> None:
        """Make the document; one whose font cannot print some characters is first asked
        about (:meth:`_ask_about_unprintable`) and made only if the person goes on."""
        documents, make = self._services.documents, MAKERS[choice.kind]
        text = QCoreApplication.translate(MAKING_CONTEXT, spec(choice.kind).making)
        self._choice = choice
        self._passphrase = passphrase
        work = lambda: make(documents, choice, passphrase, allow_unprintable)  # noqa: E731
        if self.job.start(work):
            self.export.set_busy(text)

    def _ask_about_unprintable(self, error: UnprintableCharacters) -> None:
        dialog = UnprintableDialog(error, self)
        dialog.buttonClicked.connect(self._unprintable_answered)
        self._open_dialog(dialog)

    def _unprintable_answered(self, button) -> None:
        if button is self.dialog.make_button and self._choice is not None:
            self._build(self._choice, self._passphrase, allow_unprintable=True)
        else:
            self._passphrase = None

    def _built(self, exported) -> None:
        self.export.set_busy("")
        if exported.version is not None and self._choice is not None:
            self.export.clear_note(self._choice.kind)  # the note went with that version
        self._choice = None
        self._passphrase = None
        self.refresh_archive(select=exported.document.id)
        self.dataChanged.emit()
        self.open_preview(exported.pdf, exported.document)
        self.exported.emit(exported)

    def _build_failed(self, error: BaseException) -> None:
        self.export.set_busy("")
        if not isinstance(error, UnprintableCharacters):
            self._passphrase = None
        if isinstance(error, SigningError) and is_wrong_passphrase(error):
            self._asking = PassphraseDialog(self._services.documents.identity(), self)
            self._asking.set_error(self.tr("The passphrase is not right. Check it and try again."))
            self._asking.accepted.connect(self._passphrase_given)
            self._open_dialog(self._asking)
        elif isinstance(error, SigningError):
            self._tell(self.tr("Cannot sign"), signing_error_text(error))
        elif isinstance(error, UnprintableCharacters):
            self._ask_about_unprintable(error)
        elif not show_user_error(self, error):
            sys.excepthook(type(error), error, error.__traceback__)

    # -- the archive ---------------------------------------------------------------------

    def _selected_pdf(self):
        document = self.model.view_at(self.model.row_of(self.archive.current_id() or -1))
        if document is None and self.model.rowCount():
            document = self.model.view_at(0)
        if document is None:
            return None
        try:
            return document, self._services.documents.pdf(document.id)
        except NotFound as error:  # gone meanwhile (e.g. the person was erased)
            self.refresh_archive()
            show_user_error(self, error)
            return None

    def open_selected(self) -> None:
        loaded = self._selected_pdf()
        if loaded is not None:
            document, pdf = loaded
            self.open_preview(pdf, document)

    def save_selected(self) -> None:
        loaded = self._selected_pdf()
        if loaded is not None:
            document, pdf = loaded
            save_pdf(self, pdf, suggested_file_name(document))

    def check_selected(self) -> None:
        loaded = self._selected_pdf()
        if loaded is not None:
            document, pdf = loaded
            self.verify().check(pdf, document.title)

    def open_preview(self, pdf: bytes, document) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(pdf, document.title, suggested_file_name(document), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._preview_closed)
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    # -- signing identity and checking signatures ----------------------------------------

    def edit_policy(self) -> PolicyDialog:
        """The business's own additions to the data protection policy's sections."""
        dialog = PolicyDialog(self._services, self)
        self._open_dialog(dialog)
        return dialog

    def show_identity(self) -> IdentityDialog:
        dialog = IdentityDialog(self._services, self)
        dialog.changed.connect(self._show_identity_summary)
        self._open_dialog(dialog)
        return dialog

    def verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self)
        self._open_dialog(dialog)
        return dialog

    def inspection(self) -> InspectionDialog:
        """The supervisor's folder: its cover page joins the archive once made."""
        dialog = InspectionDialog(self._services, self)
        dialog.job.succeeded.connect(self._inspection_made)
        self._open_dialog(dialog)
        return dialog

    def _inspection_made(self, _made) -> None:
        self.refresh_archive()
        self.dataChanged.emit()

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods, not lambdas: PySide 6.12 can crash deleting a dialog whose signal
        # still feeds a lambda.
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _preview_closed(self) -> None:
        self.preview_dialog = None

    def _show_identity_summary(self) -> None:
        try:
            identity = self._services.documents.identity()
        except SigningError as error:
            self.identity_label.setText(signing_error_text(error))
            return
        if identity is None:
            self.identity_label.setText(
                self.tr("No signing identity yet: create one to sign documents digitally.")
            )
        else:
            self.identity_label.setText(
                self.tr("Documents are signed as %1 (certificate valid until %2).")
                .replace("%1", identity.common_name or identity.organization)
                .replace("%2", format_date(identity.valid_to.date()))
            )

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Documents"))
        self.identity_button.setText(self.tr("Signing &identity…"))
        self.verify_button.setText(self.tr("Chec&k a signature…"))
        self.inspection_button.setText(self.tr("Supervisor's fol&der…"))
        self._show_identity_summary()
