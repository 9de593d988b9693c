"""The customer page's Marketing tab: for one purpose, a line per channel (e-mail, SMS, phone,
post) saying whether the person may be sent marketing on it today and why (the basis) or why
not (the reason), from the rules in domain/marketing.py; beside each line the person's choices:
refuse the channel or allow it again, give or withdraw a consent (marketing_dialogs.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ConsentAction
from ...domain.marketing import MarketingChannel, Verdict
from ...services.marketing import ChoiceKind
from ...translation import render, translate
from ..format import format_date
from ..style import set_role
from .marketing_dialogs import ChoiceDialog, ConsentDialog


class ChannelRow:
    """The widgets of one channel's line."""

    def __init__(self, parent: QWidget, channel: MarketingChannel) -> None:
        self.channel = channel
        self.name = QLabel(parent)
        self.verdict = QLabel(parent)
        self.verdict.setWordWrap(True)
        self.choice = QPushButton(parent)
        self.consent = QPushButton(parent)
        self.withdraw = QPushButton(parent)
        self.refused = False  # the person's latest choice on the channel is a refusal


class MarketingTab(QWidget):
    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.customer_id: int | None = None
        self.dialog: QDialog | None = None  # the small dialog open, if any
        self.purpose = QComboBox(self)
        self.purpose_label = QLabel(self)
        self.purpose_label.setBuddy(self.purpose)
        self.own_products = QCheckBox(self)
        self.business_role = QCheckBox(self)
        for box in (self.own_products, self.business_role):
            box.toggled.connect(self.reload)
        self.purpose.currentIndexChanged.connect(self.reload)
        self.empty = QLabel(self)
        set_role(self.empty, "hint")
        self.empty.setWordWrap(True)
        self.record = QPushButton(self)
        self.record.setAutoDefault(False)
        self.record.clicked.connect(self.choose_record_file)
        grid = QGridLayout()
        self.rows: list[ChannelRow] = []
        for line, channel in enumerate(MarketingChannel):
            row = ChannelRow(self, channel)
            row.choice.clicked.connect(lambda _=False, r=row: self._choice(r))
            row.consent.clicked.connect(
                lambda _=False, r=row: self._consent(r, ConsentAction.GIVEN)
            )
            row.withdraw.clicked.connect(
                lambda _=False, r=row: self._consent(r, ConsentAction.WITHDRAWN)
            )
            for column, widget in enumerate(
                (row.name, row.verdict, row.choice, row.consent, row.withdraw)
            ):
                grid.addWidget(widget, line, column)
            self.rows.append(row)
        grid.setColumnStretch(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.purpose_label)
        top.addWidget(self.purpose, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.own_products)
        layout.addWidget(self.business_role)
        layout.addLayout(grid)
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.record)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.purpose_label.setText(self.tr("&Purpose:"))
        self.purpose.setAccessibleName(self.tr("Marketing purpose"))
        self.own_products.setText(
            self.tr("The business's own products or services similar to those sold")
        )
        self.business_role.setText(self.tr("It concerns the person's role at a company"))
        self.empty.setText(
            self.tr("No marketing purposes yet: declare one in a register or record a consent.")
        )
        self.record.setText(self.tr("Consent record (PDF)…"))
        self.record.setAccessibleName(self.tr("Save the person's consent record as PDF"))
        for row in self.rows:
            channel = translate("Marketing", row.channel.label)
            row.name.setText(channel)
            row.consent.setText(self.tr("Consent…"))
            row.consent.setAccessibleName(self.tr("Record a consent for %1").replace("%1", channel))
            row.withdraw.setText(self.tr("Withdraw…"))
            row.withdraw.setAccessibleName(
                self.tr("Record a withdrawal of consent for %1").replace("%1", channel)
            )
            row.verdict.setAccessibleName(self.tr("Marketing on %1").replace("%1", channel))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        current = self.purpose.currentText()
        self.purpose.blockSignals(True)
        self.purpose.clear()
        self.purpose.addItems(self._services.marketing.purposes())
        self.purpose.setCurrentIndex(max(self.purpose.findText(current), 0))
        self.purpose.blockSignals(False)
        self.reload()

    def reload(self, *_args) -> None:
        have = self.customer_id is not None and self.purpose.count() > 0
        self.record.setEnabled(self.customer_id is not None)
        self.empty.setVisible(self.purpose.count() == 0)
        for row in self.rows:
            for widget in (row.verdict, row.choice, row.consent, row.withdraw):
                widget.setEnabled(have)
        if not have:
            for row in self.rows:
                row.verdict.clear()
                row.choice.setText(self.tr("Refuse…"))
            return
        verdicts = self._services.marketing.permissions(self.customer_id, self.current_purpose())
        latest = {
            channel: kind for channel, kind, _ in self._services.marketing.choices(self.customer_id)
        }
        for row in self.rows:
            row.verdict.setText(verdict_text(verdicts[row.channel]))
            set_role(row.verdict, "" if verdicts[row.channel].allowed else "warning")
            row.refused = latest.get(row.channel) is ChoiceKind.REFUSED
            channel = translate("Marketing", row.channel.label)
            if row.refused:
                row.choice.setText(self.tr("Allow again…"))
                name = self.tr("Allow marketing on %1 again")
            else:
                row.choice.setText(self.tr("Refuse…"))
                name = self.tr("Refuse marketing on %1")
            row.choice.setAccessibleName(name.replace("%1", channel))

    def current_purpose(self):
        return self._services.marketing.purpose(
            self.purpose.currentText(),
            own_similar_products=self.own_products.isChecked(),
            business_role=self.business_role.isChecked(),
        )

    def _choice(self, row: ChannelRow) -> None:
        kind = ChoiceKind.ALLOWED if row.refused else ChoiceKind.REFUSED
        self._run(ChoiceDialog(self._services, self.customer_id, row.channel, kind, self))

    def _consent(self, row: ChannelRow, action: ConsentAction) -> None:
        purpose = self.purpose.currentText()
        dialog = ConsentDialog(self._services, self.customer_id, purpose, row.channel, action, self)
        self._run(dialog)

    def choose_record_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"suostumukset-{self.customer_id}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the consent record"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_record(Path(path))

    def save_record(self, path: Path) -> bool:
        """The person's consent record in their language, archived with them and saved."""
        language = self._services.customers.get(self.customer_id).language
        try:
            exported = self._services.documents.consent_record(self.customer_id, language)
            path.write_bytes(exported.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr("Could not save the consent record: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return False
        return True

    def _run(self, dialog) -> None:
        """Open ``dialog`` (window-modal); the lines are read again once it saved."""
        self.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()


def verdict_text(verdict: Verdict) -> str:
    """ "May be marketed: consent (since 1.1.2026)" or "May not: refused on this channel"."""
    reason = render(verdict.message())
    if verdict.since is not None:
        reason = translate("MarketingTab", "%1 (since %2)").replace("%1", reason)
        reason = reason.replace("%2", format_date(verdict.since))
    if verdict.allowed:
        return translate("MarketingTab", "May be marketed: %1").replace("%1", reason)
    return translate("MarketingTab", "May not: %1").replace("%1", reason)
