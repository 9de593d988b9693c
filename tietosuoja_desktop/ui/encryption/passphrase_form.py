"""A new passphrase, typed twice, with the choice of keeping the key in the computer's key
store. Shared by the setup wizard and the settings' dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.encryption import MIN_PASSPHRASE
from ..passphrase_fields import (
    FAIR,
    STRONG,
    add_row,
    passphrase_strength,
    password_field,
)
from ..style import set_role


class NewPassphraseForm(QWidget):
    """``passphrase()`` once ``is_complete()``: long enough and typed the same twice."""

    completeChanged = Signal()  # noqa: N815 - Qt spelling

    def __init__(self, parent: QWidget | None = None, *, offer_key_store: bool = True) -> None:
        super().__init__(parent)
        self.passphrase_edit = password_field(self)
        self.passphrase_edit.setObjectName("new_passphrase")
        self.repeat_edit = password_field(self)
        self.repeat_edit.setObjectName("repeat_passphrase")
        self.strength = QLabel(self)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("remember_key")
        self.remember.setVisible(offer_key_store)
        self._offer_key_store = offer_key_store
        self.hint = set_role(QLabel(self), "hint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        self.labels = [
            add_row(form, self.passphrase_edit),
            add_row(form, self.repeat_edit),
            add_row(form, self.strength),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.hint)
        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.retranslate_ui()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = (self.tr("&Passphrase:"), self.tr("&Repeat passphrase:"), "")
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.remember.setText(self.tr("Re&member the key in this computer's key store"))
        self.remember.setToolTip(
            self.tr(
                "The program then starts without asking the passphrase. Anyone who can sign "
                "in to this computer as you can then open the register too."
            )
        )
        self.hint.setText(
            self.tr(
                "Use at least %1 characters; a few unrelated words are easy to remember and "
                "hard to guess. Nobody can recover a forgotten passphrase: without it the "
                "register and its backups cannot be opened. Write it down and keep it safe."
            ).replace("%1", str(MIN_PASSPHRASE))
        )
        self._update()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def keep_in_key_store(self) -> bool:
        return self._offer_key_store and self.remember.isChecked()

    def is_complete(self) -> bool:
        text = self.passphrase()
        return len(text) >= MIN_PASSPHRASE and text == self.repeat_edit.text()

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()

    def _update(self) -> None:
        text = self.passphrase()
        if not text:
            message, role = "", "hint"
        elif len(text) < MIN_PASSPHRASE:
            message = self.tr("Too short: at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE)
            )
            role = "warning"
        elif self.repeat_edit.text() and self.repeat_edit.text() != text:
            message, role = self.tr("The passphrases differ."), "warning"
        else:
            strength = passphrase_strength(text)
            message = {
                STRONG: self.tr("Strong passphrase."),
                FAIR: self.tr("Fair passphrase: a longer one is harder to guess."),
            }.get(strength, self.tr("Weak passphrase: add a few words."))
            role = "hint"
        self.strength.setText(message)
        set_role(self.strength, role)
        self.completeChanged.emit()
