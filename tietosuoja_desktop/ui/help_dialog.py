"""Short help on using the program (F1), in the interface language."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .screens import resize_within_screen


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 560)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Help"))
        self.browser.setAccessibleName(self.tr("Help"))
        sections = (
            (
                self.tr("Overview"),
                self.tr(
                    "What needs attention today: requests due within a week or overdue, and "
                    "people whose retention period has run out. Double-click a row to open it."
                ),
            ),
            (
                self.tr("Customers"),
                self.tr(
                    "Everyone in your registers. Type in the search box to find a person; add "
                    "a customer with Ctrl+N. A person can be restricted, their marketing "
                    "prohibited, or erased, with a preview of what goes and what stays."
                ),
            ),
            (
                self.tr("Requests"),
                self.tr(
                    "Requests from people about their data (access, erasure, objection...). "
                    "An answer is due one month after the request arrived; the program counts "
                    "the deadline over weekends and public holidays and colours it as it nears."
                ),
            ),
            (
                self.tr("Registers"),
                self.tr(
                    "The content of each register's privacy statement. Each section tells "
                    "which requirement of the GDPR it meets; an empty required section is "
                    "marked with a warning."
                ),
            ),
            (
                self.tr("Keyboard"),
                self.tr(
                    "Alt+1 to Alt+6 switch between the pages, Ctrl+N adds, Ctrl+F searches, "
                    "Ctrl+P prints where printing is possible, F5 refreshes and Ctrl+Q quits. "
                    "An underlined letter in a label, with Alt, moves to its field."
                ),
            ),
            (
                self.tr("Your data"),
                self.tr(
                    "Everything stays on this computer in the data folder shown in Settings "
                    "and in the status bar. Include that folder in your backups."
                ),
            ),
        )
        title = self.tr("Using Tietosuoja Desktop")
        parts = [f"<h2>{html.escape(title)}</h2>"]
        for title, text in sections:
            parts.append(f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>")
        self.browser.setHtml("".join(parts))
