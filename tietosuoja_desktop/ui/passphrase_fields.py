"""Passphrase fields and their strength hint, shared by the signing identity's dialogs and the
register's encryption (the unlock dialog, the idle lock, the new-passphrase form).

Its own module so that the encryption widgets, built before the window's first paint, load
nothing of the Documents page (reportlab, pyHanko, cryptography)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

WEAK, FAIR, STRONG = 1, 2, 3


def passphrase_strength(text: str) -> int:
    """0 for nothing, then WEAK, FAIR or STRONG: length counts most, variety a little."""
    if not text:
        return 0
    kinds = (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    variety = sum(any(test(c) for c in text) for test in kinds)
    score = len(text) + 2 * (variety - 1)
    return STRONG if score >= 20 else FAIR if score >= 12 else WEAK


def add_row(form: QFormLayout, field, buddy: QWidget | None = None) -> QLabel:
    """Add ``field`` (a widget or layout) to ``form`` under a label that retranslation fills;
    the label's mnemonic focuses ``buddy`` (the field itself by default)."""
    label = QLabel(form.parentWidget())
    label.setBuddy(buddy or field)
    form.addRow(label, field)
    return label


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
