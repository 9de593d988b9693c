"""What an erasure deletes, what it keeps and why, the requests that stay as the erased
person's entries, the archived documents deleted, and the backups that still hold the person:
one widget that the customer's erase dialog and a request's erasure step both show, so the two
previews always say the same (texts of the traces in ``erase_texts``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.erasure import KEPT_REASON
from ...domain.records import ErasureSummary
from ...translation import render
from ..format import format_count, format_date
from ..style import set_role
from . import erase_texts, names

MAX_ORDERS_LISTED = 8


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class ErasureSections(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deleted = QLabel(self)
        self.kept = QLabel(self)
        self.reason = QLabel(self)
        set_role(self.reason, "hint")
        self.requests = QLabel(self)
        self.documents = QLabel(self)
        self.backups = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in self.labels():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)

    def labels(self) -> tuple[QLabel, ...]:
        return (self.deleted, self.kept, self.reason, self.requests, self.documents, self.backups)

    def show_summary(self, summary: ErasureSummary, done: bool) -> None:
        """The preview (``done`` False) or what the erasure did."""
        heading = self.tr("Deleted:") if done else self.tr("This will be deleted:")
        lines = [
            f"• {_capitalised(names.field(category))}: {format_count(count)}"
            for category, count in summary.deleted.items()
            if count
        ]
        self.deleted.setText("\n".join([heading, *lines]))
        kept = bool(summary.anonymised_orders)
        self.kept.setText(self._kept_text(summary, done))
        self.reason.setText(render(KEPT_REASON) if kept else "")
        self.requests.setText(erase_texts.requests_text(summary, done))
        self.documents.setText(erase_texts.documents_text(summary, done))
        self.backups.setText(erase_texts.backups_text(summary))
        self.kept.setVisible(kept)
        self.reason.setVisible(kept)
        self.requests.setVisible(bool(summary.requests))
        self.backups.setVisible(summary.backups is not None)

    def _kept_text(self, summary: ErasureSummary, done: bool) -> str:
        kept = summary.anonymised_orders
        if not kept:
            return ""
        if done:
            heading = self.tr("Kept without any link to the person:")
        else:
            heading = self.tr("These orders will be kept without any link to the person:")
        lines = [
            "• "
            + self.tr("order of %1, kept until %2")
            .replace("%1", format_date(order.ordered_on))
            .replace("%2", format_date(order.keep_until))
            for order in kept[:MAX_ORDERS_LISTED]
        ]
        if len(kept) > MAX_ORDERS_LISTED:
            more = format_count(len(kept) - MAX_ORDERS_LISTED)
            lines.append("• " + self.tr("and %1 more").replace("%1", more))
        return "\n".join([heading, *lines])
