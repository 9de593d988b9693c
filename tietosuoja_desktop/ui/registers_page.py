"""The Registers page: the registers the business keeps and the form for each one's privacy
statement content. Saving goes through the services; on an error the form keeps its input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.dpia import DpiaStatus
from ..domain.enums import Language
from ..domain.interest_assessments import needing_assessment
from ..domain.records import RegisterDescription
from ..domain.templates import register_template
from ..domain.validation import ValidationError
from .access_list_dialog import AccessListDialog
from .dpia_dialog import DpiaDialog
from .dpo_dialog import DpoDialog
from .errors import USER_ERRORS, show_user_error
from .interest_assessment_dialog import InterestAssessmentDialog
from .processors_dialog import ProcessorsDialog
from .register_editor import RegisterEditor
from .register_template_dialog import RegisterTemplateDialog
from .register_translations import RegisterTranslationsDialog
from .registers_table_model import COL_CHANGED, COL_MEMBERS, COL_NAME, RegistersTableModel
from .security_review_dialog import SecurityReviewDialog
from .style import heading, set_role


class RegistersPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.title = QLabel(self)
        heading(self.title)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.model = RegistersTableModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(COL_CHANGED, True)  # the form shows the dates
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_item)
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self.new_from_template)
        self.template_dialog = None
        # Who can reach the registers: for all of them at once, not one register's form.
        self.access_button = QPushButton(self)
        self.access_button.clicked.connect(self.open_access_list)
        self.access_dialog = None
        self.processors_button = QPushButton(self)
        self.processors_button.clicked.connect(self.open_processors)
        self.processors_dialog = None

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        new_buttons = QHBoxLayout()
        new_buttons.addWidget(self.new_button)
        new_buttons.addWidget(self.template_button)
        left_layout.addLayout(new_buttons)
        # Records of the whole business, beside the registers they cover. Their buttons have
        # no Alt+letter (the register's form takes nearly all of them): the Edit menu has
        # each with its own.
        self.security_button = QPushButton(self)
        self.security_button.clicked.connect(self.open_security_review)
        self.dpo_button = QPushButton(self)
        self.dpo_button.clicked.connect(self.open_dpo)
        self.business_dialog: QDialog | None = None
        for pair in (
            (self.processors_button, self.access_button),
            (self.security_button, self.dpo_button),
        ):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            left_layout.addLayout(row)

        self.editor = RegisterEditor(self)
        self.editor.changed.connect(self._update_buttons)
        self.editor.assessmentRequested.connect(self.open_assessment)
        self.assessment_dialog = None
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.revert)
        self.translations_button = QPushButton(self)
        self.translations_button.clicked.connect(self.open_translations)
        self.translations_dialog = None
        self.dpia_button = QPushButton(self)
        self.dpia_button.clicked.connect(self.open_dpia)
        self.dpia_dialog = None
        self.dpia_warning = QLabel(self)
        self.dpia_warning.setWordWrap(True)
        self.dpia_warning.setVisible(False)
        set_role(self.dpia_warning, "warning")
        buttons = QHBoxLayout()
        buttons.addWidget(self.translations_button)
        buttons.addWidget(self.dpia_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.dpia_warning)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.template_button)
        self.setTabOrder(self.template_button, self.processors_button)
        self.setTabOrder(self.processors_button, self.access_button)
        self.setTabOrder(self.access_button, self.security_button)
        self.setTabOrder(self.security_button, self.dpo_button)
        self.retranslate_ui()
        self.refresh()

    # -- translation ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Registers"))
        self.intro.setText(
            self.tr(
                "Each register has its own privacy statement. Fill in every section; the "
                "form tells which requirement of the GDPR each one meets."
            )
        )
        self.new_button.setText(self.tr("&New register"))
        self.template_button.setText(self.tr("Fr&om template…"))
        self.template_button.setToolTip(self.tr("A new register filled in from a template"))
        self.access_button.setText(self.tr("Who has access…"))
        self.access_button.setToolTip(
            self.tr("The access list: confidentiality undertakings and briefings (Art 29, 32(4))")
        )
        self.processors_button.setText(self.tr("Processors and recipients…"))
        self.processors_button.setToolTip(
            self.tr("Who handles the registers' data for you, their contracts and reviews (Art 28)")
        )
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("&Revert"))
        self.translations_button.setText(self.tr("Trans&lations…"))
        self.translations_button.setToolTip(
            self.tr("The texts of this description in the other languages, for the statements")
        )
        self.dpia_button.setText(self.tr("DPIA s&creening…"))
        self.dpia_button.setToolTip(
            self.tr("Screen this register for a data protection impact assessment (Art 35)")
        )
        self.security_button.setText(self.tr("Security review…"))
        self.security_button.setToolTip(
            self.tr("The yearly review of the risks and the security measures (Art 32)")
        )
        self.dpo_button.setText(self.tr("Data protection officer…"))
        self.dpo_button.setToolTip(
            self.tr("Record whether a data protection officer is needed and why (Art 37)")
        )
        self.table.setAccessibleName(self.tr("Registers"))
        self.model.retranslate()
        self._update_buttons()

    # -- the page contract ---------------------------------------------------------------

    def refresh(self) -> None:
        current = self.editor.register().id
        self.model.set_registers(
            self.services.registers.list(), self.services.registers.member_counts()
        )
        self.table.resizeColumnToContents(COL_MEMBERS)
        row = self.model.row_of(current)
        if row < 0 and self.model.rowCount() and not self.editor.is_dirty():
            row = 0
        if row >= 0:
            self._select_row(row)
        self._update_buttons()

    def new_item(self) -> None:
        if not self.confirm_leave():
            return
        self.table.selectionModel().clearSelection()
        self.editor.set_register(self._blank())
        self.editor.name.setFocus()
        self._update_buttons()

    def new_from_template(self) -> None:
        """Ask for a template; the form then shows it as a new, unsaved register."""
        if not self.confirm_leave():
            return
        self.template_dialog = RegisterTemplateDialog(self)
        self.template_dialog.accepted.connect(self._start_from_template)
        self.template_dialog.open()

    def _start_from_template(self) -> None:
        register = register_template(self.template_dialog.kind(), self._written_in())
        self.table.selectionModel().clearSelection()
        self.editor.set_register(register, unsaved=True)
        self.editor.name.setFocus()
        self._update_buttons()

    def _written_in(self) -> Language:
        """New descriptions are taken to be written in the business's document language."""
        controller = self.services.controller.get()
        return controller.document_language if controller else Language.FI

    def _blank(self) -> RegisterDescription:
        return RegisterDescription(name="", text_language=self._written_in())

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved changes; False when the user wants to stay."""
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The register description has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- actions -------------------------------------------------------------------------

    def save(self) -> bool:
        register = self.editor.register()
        try:
            if register.id is None:
                saved = self.services.registers.add(register)
            else:
                saved = self.services.registers.update(register)
        except ValidationError as error:
            self.editor.show_problems(list(error.problems))
            return False
        except USER_ERRORS as error:
            show_user_error(self, error)
            return False
        self.editor.set_register(saved)
        self.refresh()
        self.dataChanged.emit()
        return True

    def revert(self) -> None:
        register = self.editor.register()
        if register.id is None:
            self.editor.set_register(self._blank())
        else:
            self.editor.set_register(self.services.registers.get(register.id))
        self._update_buttons()

    def open_translations(self) -> None:
        register = self.editor.register()
        if register.id is None or self.editor.is_dirty():
            return
        dialog = RegisterTranslationsDialog(self.services, register, self)
        self.translations_dialog = dialog

        def saved() -> None:
            self.editor.set_register(dialog.saved)
            self.refresh()
            self.dataChanged.emit()

        dialog.accepted.connect(saved)
        dialog.open()

    def open_assessment(self, position: int) -> None:
        """The legitimate-interest assessment of the saved register's purpose ``position``."""
        register = self.editor.register()
        if register.id is None or self.editor.is_dirty():
            return
        dialog = InterestAssessmentDialog(self.services, register, position, self)
        self.assessment_dialog = dialog
        dialog.accepted.connect(self._update_buttons)
        dialog.open()

    def open_access_list(self) -> None:
        """Everyone with access to personal data, with their undertakings and briefings."""
        self.access_dialog = AccessListDialog(self.services, self)
        self.access_dialog.open()

    def open_processors(self) -> ProcessorsDialog:
        """The register of processors and other recipients, for every register."""
        dialog = ProcessorsDialog(self.services, self)
        self.processors_dialog = dialog
        dialog.changed.connect(self.dataChanged)
        dialog.open()
        return dialog

    def open_dpia(self) -> None:
        """The saved register's DPIA screening and light DPIA."""
        register = self.editor.register()
        if register.id is None or self.editor.is_dirty():
            return
        dialog = DpiaDialog(self.services, register, self)
        self.dpia_dialog = dialog
        dialog.accepted.connect(self._update_buttons)
        dialog.open()

    def open_security_review(self) -> None:
        """The yearly security review of the whole business (it covers the registers)."""
        self._open_business(SecurityReviewDialog(self.services, self))

    def open_dpo(self) -> None:
        """The decision whether the business needs a data protection officer."""
        self._open_business(DpoDialog(self.services, self))

    def _open_business(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.business_dialog = dialog
        dialog.open()

    def _show_dpia_status(self, register_id: int | None) -> None:
        status = self.services.dpia.get(register_id).status if register_id else None
        texts = {
            DpiaStatus.UNSCREENED: self.tr(
                "This register has not been screened for a DPIA yet: press DPIA screening."
            ),
            DpiaStatus.MISSING: self.tr(
                "The screening found a DPIA needed, and none is recorded yet: press DPIA screening."
            ),
        }
        text = texts.get(status, "")
        self.dpia_warning.setText(text and "⚠ " + text)
        self.dpia_warning.setVisible(bool(text))

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_NAME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)

    def _on_current_changed(self, current, previous) -> None:
        register = self.model.view_at(current.row())
        if register is None or register.id == self.editor.register().id:
            return
        if not self.confirm_leave():
            # Stay on the register being edited; put the selection back without asking again.
            self.table.selectionModel().blockSignals(True)
            self._select_row(previous.row())
            self.table.selectionModel().blockSignals(False)
            return
        self.editor.set_register(register)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.editor.is_dirty()
        saved = self.editor.register().id is not None
        self.save_button.setEnabled(dirty or not saved)
        self.revert_button.setEnabled(dirty)
        # Translations go with the texts as saved: save (or revert) the changes first.
        self.translations_button.setEnabled(saved and not dirty)
        self.dpia_button.setEnabled(saved and not dirty)
        self._show_dpia_status(self.editor.register().id)
        if dirty:  # the note stays as the saved register had it until saved again
            self.editor.set_assessments(False)
            return
        missing = []
        if saved:
            register = self.editor.register()
            views = self.services.assessments.list(register.id)
            missing = needing_assessment(register, tuple(v.assessment for v in views))
        self.editor.set_assessments(saved, missing)
