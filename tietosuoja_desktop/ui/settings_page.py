"""The Settings page: the interface language (switched at once), the business profile, the
supervisory authority's contact as documents print it, and the data folder."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Language
from ..domain.validation import ValidationError
from ..services.documents import authority_key, default_authority_text
from .errors import USER_ERRORS, show_user_error
from .labels import LANGUAGE_NAMES
from .preferences import apply_language, current_language
from .profile_form import ProfileForm
from .style import heading, set_role


class SettingsPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        content = QWidget()
        column = QVBoxLayout(content)
        self.title = QLabel(content)
        heading(self.title)
        column.addWidget(self.title)

        self.language_box = QGroupBox(content)
        self.language_label = QLabel(self.language_box)
        self.language = QComboBox(self.language_box)
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language.value)
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_chosen)
        row = QHBoxLayout(self.language_box)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        column.addWidget(self.language_box)

        self.profile_box = QGroupBox(content)
        self.profile = ProfileForm(self.profile_box)
        self.save_profile_button = QPushButton(self.profile_box)
        self.save_profile_button.clicked.connect(self.save_profile)
        profile_layout = QVBoxLayout(self.profile_box)
        profile_layout.addWidget(self.profile)
        profile_layout.addWidget(self.save_profile_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.profile_box)

        self.authority_box = QGroupBox(content)
        self.authority_intro = QLabel(self.authority_box)
        self.authority_intro.setWordWrap(True)
        self.authority_tabs = QTabWidget(self.authority_box)
        self.authority_edits: dict[Language, QPlainTextEdit] = {}
        for language, name in LANGUAGE_NAMES.items():
            edit = QPlainTextEdit(self.authority_tabs)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 7)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 10)
            self.authority_edits[language] = edit
            self.authority_tabs.addTab(edit, name)
        self.authority_tabs.setMaximumHeight(self.fontMetrics().lineSpacing() * 13)
        self.save_authority_button = QPushButton(self.authority_box)
        self.save_authority_button.clicked.connect(self.save_authority)
        self.default_authority_button = QPushButton(self.authority_box)
        self.default_authority_button.clicked.connect(self.restore_default_authority)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.default_authority_button)
        buttons.addWidget(self.save_authority_button)
        authority_layout = QVBoxLayout(self.authority_box)
        authority_layout.addWidget(self.authority_intro)
        authority_layout.addWidget(self.authority_tabs)
        authority_layout.addLayout(buttons)
        column.addWidget(self.authority_box)

        self.folder_box = QGroupBox(content)
        self.folder_path = QLabel(str(services.data_dir), self.folder_box)
        self.folder_path.setWordWrap(True)
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_hint = set_role(QLabel(self.folder_box), "hint")
        self.folder_hint.setWordWrap(True)
        self.open_folder_button = QPushButton(self.folder_box)
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_layout = QVBoxLayout(self.folder_box)
        folder_layout.addWidget(self.folder_path)
        folder_layout.addWidget(self.folder_hint)
        folder_layout.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.folder_box)

        from .data.backup_panel import BackupPanel  # on first use: not needed for the first paint

        self.backup_box = QGroupBox(content)
        self.backups = BackupPanel(services, self.backup_box)
        self.backups.restored.connect(lambda _report: self.dataChanged.emit())
        backup_layout = QVBoxLayout(self.backup_box)
        backup_layout.addWidget(self.backups)
        column.addWidget(self.backup_box)
        self.audit_box = QGroupBox(content)  # the dialog itself: ui/audit_dialog.py
        self.audit_hint = set_role(QLabel(self.audit_box), "hint")
        self.audit_hint.setWordWrap(True)
        self.audit_button = QPushButton(self.audit_box)
        self.audit_button.clicked.connect(self.open_audit_log)
        audit_layout = QHBoxLayout(self.audit_box)
        audit_layout.addWidget(self.audit_hint, 1)
        audit_layout.addWidget(self.audit_button)
        column.addWidget(self.audit_box)

        # Encryption at rest and the idle lock: their own section (ui/encryption/).
        from .encryption.settings_section import EncryptionSection

        self.encryption = EncryptionSection(services, content)
        self.encryption.changed.connect(self.backups.refresh)
        column.addWidget(self.encryption)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus; it follows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Lan&guage of the program:"))
        self.language.setAccessibleName(self.tr("Language of the program"))
        self.profile_box.setTitle(self.tr("Business profile"))
        self.save_profile_button.setText(self.tr("Save p&rofile"))
        self.authority_box.setTitle(self.tr("Supervisory authority"))
        self.authority_intro.setText(
            self.tr(
                "Privacy statements and letters tell people where to complain. Check the "
                "address now and then: authorities move."
            )
        )
        self.save_authority_button.setText(self.tr("Save authorit&y"))
        self.default_authority_button.setText(self.tr("Restore the &default text"))
        for language, edit in self.authority_edits.items():
            edit.setAccessibleName(
                self.tr("Supervisory authority (%1)").replace("%1", LANGUAGE_NAMES[language])
            )
        self.folder_box.setTitle(self.tr("Data folder"))
        self.backup_box.setTitle(self.tr("Backups"))
        self.folder_hint.setText(
            self.tr(
                "Everything you record is kept in this folder on this computer, with the "
                "program's log files in its logs folder."
            )
        )
        self.open_folder_button.setText(self.tr("&Open folder"))
        self.audit_box.setTitle(self.tr("Audit log"))
        self.audit_hint.setText(
            self.tr("Every change is recorded, and the record can be checked for tampering.")
        )
        self.audit_button.setText(self.tr("&Audit log…"))

    # -- the page contract ---------------------------------------------------------------

    def refresh(self) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(self.language.findData(current_language().value))
        self.language.blockSignals(False)
        profile = self.services.controller.get()
        if profile is not None:
            self.profile.set_profile(profile)
        settings = self.services.settings
        for language, edit in self.authority_edits.items():
            text = settings.get(authority_key(language)) or default_authority_text(language)
            edit.setPlainText(text)

    # -- actions -------------------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        apply_language(self.language.itemData(index))

    def save_profile(self) -> bool:
        if self.profile.problems():
            return False
        try:
            saved = self.services.controller.save(self.profile.profile())
        except ValidationError as error:
            self.profile.show_problems(list(error.problems))
            return False
        except USER_ERRORS as error:
            show_user_error(self, error)
            return False
        self.profile.set_profile(saved)
        self.dataChanged.emit()
        return True

    def save_authority(self) -> None:
        for language, edit in self.authority_edits.items():
            text = edit.toPlainText().strip()
            default = default_authority_text(language)
            self.services.settings.set(authority_key(language), "" if text == default else text)
        self.dataChanged.emit()

    def restore_default_authority(self) -> None:
        language = list(self.authority_edits)[self.authority_tabs.currentIndex()]
        self.authority_edits[language].setPlainText(default_authority_text(language))

    def open_audit_log(self):
        from .audit_dialog import AuditDialog  # on first use: not needed for the first paint

        dialog = AuditDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.data_dir)))
