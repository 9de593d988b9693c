"""The business's signing identity as the user sees it: who the certificate names, its
Y-tunnus, how long it is valid and its fingerprint (to read out to someone checking a
signature), with the ways to create a new one or import one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..format import format_date
from ..style import heading, set_role
from .signing_dialogs import CreateIdentityDialog, ImportIdentityDialog, add_row

FIELDS = ("name", "organization", "business_id", "valid_from", "valid_to", "kind", "fingerprint")


class IdentityDialog(QDialog):
    changed = Signal()  # a new identity was created or imported

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.child_dialog: QDialog | None = None
        self.setMinimumWidth(560)
        self.heading = QLabel(self)
        heading(self.heading, 1.2)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.labels: list[QLabel] = []
        for key in FIELDS:
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.values[key] = value
            self.labels.append(add_row(self.form, value))
        self.values["fingerprint"].setFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        )
        self.create_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.buttons.addButton(self.create_button, role)
        self.buttons.addButton(self.import_button, role)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_identity)
        self.import_button.clicked.connect(self.import_identity)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Signing identity"))
        self.heading.setText(self.tr("Signing identity"))
        self.empty.setText(
            self.tr(
                "There is no signing identity yet. Create one for your business, or import "
                "the PKCS#12 file of a certificate from a certification authority."
            )
        )
        names = (
            self.tr("Name:"),
            self.tr("Organisation:"),
            self.tr("Business ID:"),
            self.tr("Valid from:"),
            self.tr("Valid until:"),
            self.tr("Certificate:"),
            self.tr("Fingerprint (SHA-256):"),
        )
        for label, text in zip(self.labels, names, strict=True):
            label.setText(text)
        self.import_button.setText(self.tr("&Import…"))
        self.show_identity()

    def show_identity(self) -> None:
        identity = self._services.documents.identity()
        self.empty.setVisible(identity is None)
        for row in range(len(FIELDS)):
            self.form.setRowVisible(row, identity is not None)
        self.create_button.setText(
            self.tr("&Create…") if identity is None else self.tr("&Create a new one…")
        )
        if identity is None:
            return
        if identity.self_signed:
            kind = self.tr("Made by this app for your business (self-signed)")
        else:
            kind = self.tr("Issued by a certification authority")
        # The fingerprint in two lines of 16 pairs: easier to read out and compare.
        pairs = identity.fingerprint_sha256.split(":")
        texts = {
            "name": identity.common_name,
            "organization": identity.organization,
            "business_id": identity.business_id or "–",
            "valid_from": format_date(identity.valid_from.date()),
            "valid_to": format_date(identity.valid_to.date()),
            "kind": kind,
            "fingerprint": ":".join(pairs[:16]) + "\n" + ":".join(pairs[16:]),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def create_identity(self) -> None:
        self._open(CreateIdentityDialog(self._services, self))

    def import_identity(self) -> None:
        self._open(ImportIdentityDialog(self._services, self))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._identity_changed)
        dialog.finished.connect(self._child_closed)
        self.child_dialog = dialog
        dialog.open()

    def _child_closed(self) -> None:
        self.child_dialog = None

    def _identity_changed(self) -> None:
        self.show_identity()
        self.changed.emit()
