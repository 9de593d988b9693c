"""Qt's own strings that its Finnish and Swedish catalogues (qtbase_fi, qtbase_sv) lack or word
differently from us. They are marked here, in Qt's contexts, so lupdate brings them into our
catalogue; ``translation.install`` installs ours after qtbase, so ours win. Nothing imports the
names: the marks are what matter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    # QDialogButtonBox and QMessageBox standard buttons: qtbase_fi says "Peru".
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    # Qt's own file dialog (where no native one exists): qtbase_fi lacks these two.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
