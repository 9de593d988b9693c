"""Exporting a marketing list: one channel and one purpose as of today (File > Export marketing
list). The list holds only the people the rules allow on that channel; after the export the
dialog shows how many were left out, by reason. The export runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.marketing import MarketingChannel
from ...services.exporting import ExportReport, left_out_message
from ...translation import render, translate
from ..errors import user_error_text
from ..workers import Worker


class MarketingExportDialog(QDialog):
    """Choose the channel, the purpose and whether the purpose is the business's own similar
    products or concerns people in their role at a company; export; see who was left out."""

    exported = Signal(object)  # the ExportReport

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.report: ExportReport | None = None
        self._worker = Worker(self)
        self._worker.succeeded.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._worker.busyChanged.connect(self._update_buttons)

        self.channel = QComboBox(self)
        for channel in MarketingChannel:
            self.channel.addItem("", channel)
        self.purpose = QComboBox(self)
        self.purpose.addItems(services.marketing.purposes())
        self.own_products = QCheckBox(self)
        self.business_role = QCheckBox(self)
        self.channel_label, self.purpose_label = QLabel(self), QLabel(self)
        self.channel_label.setBuddy(self.channel)
        self.purpose_label.setBuddy(self.purpose)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        # A list of a million customers takes a quarter of a minute: the bar says it goes on.
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.ask_and_export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.channel_label, self.channel)
        form.addRow(self.purpose_label, self.purpose)
        form.addRow(self.own_products)
        form.addRow(self.business_role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export a marketing list"))
        self.channel_label.setText(self.tr("&Channel:"))
        self.purpose_label.setText(self.tr("&Purpose:"))
        for row, channel in enumerate(MarketingChannel):
            self.channel.setItemText(row, translate("Marketing", channel.label))
        self.channel.setAccessibleName(self.tr("Marketing channel"))
        self.purpose.setAccessibleName(self.tr("Marketing purpose"))
        self.own_products.setText(
            self.tr("The business's own products or services &similar to those sold")
        )
        self.own_products.setToolTip(
            self.tr(
                "Customers may then be sent e-mail and SMS without consent (existing-customer rule)"
            )
        )
        self.business_role.setText(self.tr("It concerns people in their &role at a company"))
        self.export_button.setText(self.tr("&Export…"))
        self.result.setAccessibleName(self.tr("Export result"))
        if self.report is not None:
            self._show(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self, *_args) -> None:
        self.export_button.setEnabled(self.purpose.count() > 0 and not self._worker.busy)
        self.busy.setVisible(self._worker.busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not self._worker.busy)
        if self.purpose.count() == 0:
            self.result.setText(
                self.tr("No marketing purposes yet: declare one in a register or record a consent.")
            )

    def ask_and_export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.tr("marketing list") + ".csv",
            self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.export(Path(chosen))

    def export(self, path: Path) -> bool:
        """Start the export to ``path`` (CSV, or XLSX by its name); ``exported`` follows."""
        channel = MarketingChannel(self.channel.currentData())
        purpose = self.services.marketing.purpose(
            self.purpose.currentText(),
            own_similar_products=self.own_products.isChecked(),
            business_role=self.business_role.isChecked(),
        )
        exporter = self.services.exporter
        self.result.setText(self.tr("Exporting…"))
        return self._worker.start(
            lambda: exporter.marketing(path, purpose, channel, None, translate)
        )

    def _done(self, report: ExportReport) -> None:
        self.report = report
        self._show(report)
        self.exported.emit(report)

    def _show(self, report: ExportReport) -> None:
        lines = [
            self.tr("%1 people exported to %2.")
            .replace("%1", str(report.exported))
            .replace("%2", str(report.path))
        ]
        if report.left_out:
            lines.append(self.tr("Left out:"))
        for reason, count in sorted(report.left_out.items(), key=lambda item: -item[1]):
            lines.append(f"  {count} – {render(left_out_message(reason))}")
        self.result.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        text = user_error_text(error) or str(error)
        self.result.setText(self.tr("That did not work: %1").replace("%1", text))

    def done(self, result: int) -> None:
        """Closing waits for no export: while one is being written the window stays (Escape or
        its close button would otherwise have frozen it until the list was done) and says so."""
        if self._worker.busy:
            self.result.setText(
                self.tr("The list is still being written; close the window when it is done.")
            )
            return
        if self._worker.isRunning():
            self._worker.wait()  # its outcome handled; the thread ends in a moment
        super().done(result)
