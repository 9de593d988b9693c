"""Erasing everyone past retention in one go: the preview (people erased, orders kept
anonymised and deleted, documents deleted, people skipped and why, the rules applied), one
confirmation, then the run with its progress and a Cancel that stops between people (each
person is erased in a transaction of their own), and the "Poistoajo" report archived as
evidence. The plan is read on a :class:`~.background.BackgroundLoader`, the run is a
:class:`~.workers.Worker`'s task."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Language
from ..domain.retention_run import CONTEXT, RetentionPlan, SkipReason
from ..translation import translate
from .background import BackgroundLoader
from .customers import confirm
from .errors import user_error_text
from .format import format_count, format_date
from .labels import retention_anchor
from .screens import resize_within_screen
from .style import heading, set_role
from .workers import Worker


class RetentionRunDialog(QDialog):
    erased = Signal()  # people were erased (the pages read the register again)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.plan: RetentionPlan | None = None
        self.result = None
        self.setWindowTitle(self.tr("Erase everyone past retention"))
        resize_within_screen(self, 620, 520)
        self.title = QLabel(self.tr("Erase everyone past retention"), self)
        heading(self.title, 1.1)
        self.summary = QLabel(self.tr("Reading the register…"), self)
        self.summary.setWordWrap(True)
        self.totals = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("people", self.tr("People to erase:")),
            ("anonymised", self.tr("Orders kept anonymised for bookkeeping:")),
            ("orders", self.tr("Orders deleted:")),
            ("documents", self.tr("Archived documents deleted:")),
            *((reason.value, self._skip_label(reason)) for reason in SkipReason),
        ):
            value = QLabel("…", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.totals.addRow(QLabel(text, self), value)  # unwrapped: a wrapped label is cut
            self.values[key] = value
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Erasure cannot be undone. Each person is erased whole or not at all; "
                "Cancel stops between people. A report without names (Poistoajo) is archived "
                "as evidence."
            ),
            self,
        )
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.erase_button: QPushButton = self.buttons.addButton(
            self.tr("&Erase all…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.start)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(self.totals)
        layout.addWidget(self.rules)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.worker = Worker(self)
        self.worker.progressed.connect(self._progressed)
        self.worker.failed.connect(self._failed)
        self.worker.succeeded.connect(self._succeeded)
        self.loader = BackgroundLoader(self)
        self.loader.loaded.connect(self._show_plan)
        self.loader.load(services.retention_run.plan)

    def _skip_label(self, reason: SkipReason) -> str:
        return self.tr("Skipped, %1:").replace("%1", translate(CONTEXT, reason.label))

    # -- the plan ----------------------------------------------------------------------------

    def _show_plan(self, plan: RetentionPlan) -> None:
        self.plan = plan
        for key, count in (
            ("people", plan.people),
            ("anonymised", plan.orders_anonymised),
            ("orders", plan.orders_deleted),
            ("documents", plan.documents_deleted),
            *((reason.value, plan.skipped.get(reason, 0)) for reason in SkipReason),
        ):
            self.values[key].setText(format_count(count))
        self.summary.setText(
            self.tr("Retention periods counted for %1.").replace("%1", format_date(plan.on))
        )
        self.rules.setText(
            "\n".join(
                self.tr("%1: %2 years %3 (%4 people)")
                .replace("%1", rule.register_name)
                .replace("%2", str(rule.years))
                .replace("%3", retention_anchor(rule.anchor))
                .replace("%4", format_count(rule.people))
                for rule in plan.rules
            )
        )
        if self._services.controller.get() is None:
            self._say(
                self.tr("Fill in the business's details first: the report names the business."),
                error=True,
            )
        elif plan.people:
            self.erase_button.setText(
                self.tr("&Erase %1 people…").replace("%1", format_count(plan.people))
            )
            self.erase_button.setEnabled(True)
        else:
            self._say(self.tr("Nobody can be erased now."))
        self.cancel_button.setText(self.tr("Close"))

    # -- the run -----------------------------------------------------------------------------

    def start(self) -> None:
        plan = self.plan
        if plan is None or not plan.people:
            return
        if not confirm.ask(
            self,
            self.tr("Erase %1 people for good?").replace("%1", format_count(plan.people)),
            self.tr(
                "Their customer data, consents, contacts and the orders bookkeeping no longer "
                "needs are deleted, and %1 orders are kept without them. This cannot be undone."
            ).replace("%1", format_count(plan.orders_anonymised)),
            self.tr("Erase"),
        ):
            return
        profile = self._services.controller.get()
        language = Language(profile.document_language)
        services = self._services

        def task(progress, cancel):
            result = services.retention_run.run(plan, progress=progress, cancel=cancel)
            report = services.documents.retention_report(result, language)
            return result, report

        self.erase_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setRange(0, plan.people)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(self.tr("Erasing…"))
        self.worker.start_task(task)

    def cancel(self) -> None:
        """While erasing: stop after the person being erased; otherwise close."""
        if self.worker.busy:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping after the person being erased…"))
            return
        self.reject()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Erased %1 of %2.")
            .replace("%1", format_count(done))
            .replace("%2", format_count(total))
        )

    def _succeeded(self, value) -> None:
        self.result, _report = value
        self.erased.emit()
        text = (
            self.tr("Cancelled: %1 of %2 people erased; the others were not touched.")
            if self.result.cancelled
            else self.tr("%1 of %2 people erased.")
        )
        text = text.replace("%1", format_count(self.result.erased)).replace(
            "%2", format_count(self.plan.people)
        )
        self._say(text + " " + self.tr("The report (Poistoajo) is in the document archive."))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def _failed(self, error) -> None:
        self._say(
            user_error_text(error) or self.tr("The erasure stopped on an error; see the log."),
            error=True,
        )
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)
        if self.progress.isVisible():
            self.erased.emit()  # those before the error are erased

    def _say(self, text: str, *, error: bool = False) -> None:
        set_role(self.status, "error" if error else "hint")
        self.status.setText(text)

    def reject(self) -> None:
        if self.worker.busy:  # Esc or the window's close button while erasing: stop first
            self.cancel()
            return
        self.loader.drop_pending()
        super().reject()
