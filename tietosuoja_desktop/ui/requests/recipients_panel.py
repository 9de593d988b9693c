"""The request card's Art 19 tab: the recipients to tell of a rectification, an erasure or a
restriction, each ticked as told (the date and how, in a step dialog), as not disclosed to, or
open again; and the short letter that gives the person the list of recipients."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.recipients import VIA_LABELS, RecipientNotice, ToldVia
from ...domain.request_types import spec
from ...services.fulfilment import Response
from ...services.requests import RequestView
from ..customers.record_tab import date_edit, fill_combo
from ..format import format_date
from ..style import records_table
from .action_dialog import ActionDialog
from .record_models import RC_NAME, RecipientsModel


class ToldPanel(QWidget):
    """What the step dialog asks when a recipient was told: the day and how."""

    def __init__(self, today: date, received: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.via = QComboBox(self)
        self.on = date_edit(self, today)
        self.on.setMinimumDate(QDate(received.year, received.month, received.day))
        self.labels = [QLabel(self) for _ in range(2)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels, (self.via, self.on), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        # the ways are marked in the domain's "Recipients" context
        ways = [
            (via.value, QCoreApplication.translate("Recipients", VIA_LABELS[via]))
            for via in ToldVia
        ]
        fill_combo(self.via, ways)
        self.labels[0].setText(self.tr("Told &as:"))
        self.labels[1].setText(self.tr("Told &on:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def chosen(self) -> tuple[ToldVia, date]:
        return ToldVia(self.via.currentData()), self.on.date().toPython()


class RecipientsPanel(QWidget):
    """Shown on the card of a request whose type tells recipients (``tells_recipients``)."""

    def __init__(self, services, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actions = actions
        self.view: RequestView | None = None
        self.model = RecipientsModel(self)
        self.table = records_table(self, self.model, RC_NAME)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.told = QPushButton(self)
        self.not_disclosed = QPushButton(self)
        self.reopen = QPushButton(self)
        self.letter = QPushButton(self)
        self.told.clicked.connect(self.tell_current)
        self.not_disclosed.clicked.connect(self.not_disclosed_current)
        self.reopen.clicked.connect(self.reopen_current)
        self.letter.clicked.connect(self.give_list)
        for button in (self.told, self.not_disclosed, self.reopen, self.letter):
            button.setAutoDefault(False)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        buttons = QHBoxLayout()
        for button in (self.told, self.not_disclosed, self.reopen):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.letter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.update_buttons()

    def retranslateUi(self) -> None:
        self.told.setText(self.tr("&Told…"))
        self.told.setToolTip(self.tr("Record when and how the chosen recipient was told"))
        self.not_disclosed.setText(self.tr("&Not disclosed to"))
        self.not_disclosed.setToolTip(
            self.tr("The person's data never went to the chosen recipient: nobody to tell")
        )
        self.reopen.setText(self.tr("Untic&k"))
        self.reopen.setToolTip(self.tr("The chosen recipient is not yet told after all"))
        self.letter.setText(self.tr("Re&cipient list for the person…"))
        self.letter.setToolTip(
            self.tr("A short letter listing the recipients, when the person asks (Art 19)")
        )
        self.table.setAccessibleName(self.tr("Recipients to tell"))
        self.model.retranslate()
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @staticmethod
    def applies(view: RequestView | None) -> bool:
        return view is not None and spec(view.request.type).tells_recipients

    def load(self, view: RequestView | None) -> list[RecipientNotice]:
        self.view = view if self.applies(view) else None
        notices = self.services.recipients.checklist(view.request.id) if self.view else []
        row = self.table.currentIndex().row()
        self.model.set_views(notices)
        if 0 <= row < len(notices):
            self.table.selectRow(row)
        self._show_hint()
        self.update_buttons()
        return notices

    def _show_hint(self) -> None:
        count = self.model.rowCount()
        if self.view is None:
            self.hint.setText("")
            return
        if count == 0:
            self.hint.setText(
                self.tr(
                    "The list is made when the answer is prepared, from the registers that "
                    "hold the person: their processors and the recipients they name."
                )
            )
            return
        still_open = sum(1 for row in range(count) if self.model.view_at(row).is_open)
        self.hint.setText(
            self.tr(
                "Tell every recipient of the correction, erasure or restriction (Art 19), or "
                "mark those the person's data never went to. Not yet told: %1 of %2."
            )
            .replace("%1", str(still_open))
            .replace("%2", str(count))
        )

    def _current(self) -> RecipientNotice | None:
        index = self.table.currentIndex()
        return self.model.view_at(index.row()) if index.isValid() else None

    def update_buttons(self, *_args) -> None:
        notice = self._current()
        busy = self.actions.busy
        self.told.setEnabled(notice is not None and not busy)
        self.not_disclosed.setEnabled(notice is not None and not busy)
        self.reopen.setEnabled(notice is not None and not notice.is_open and not busy)
        self.letter.setEnabled(self.view is not None and self.model.rowCount() > 0 and not busy)

    # -- the ticks, as steps of the request ----------------------------------------------

    def tell_current(self) -> None:
        notice = self._current()
        if notice is None or self.view is None:
            return
        service = self.services.recipients
        panel = ToldPanel(self.services.clock.today(), self.view.request.received)
        dialog = ActionDialog(
            self.window(),
            title=self.tr("Recipient told"),
            intro=self.tr("%1 was told of the correction, erasure or restriction.").replace(
                "%1", notice.name
            ),
            letter=False,
            extra=panel,
            confirm=self.tr("Record"),
        )

        def work(_chosen):
            via, on = panel.chosen()
            return lambda: service.tell(notice.request_id, notice.position, via, on)

        self.actions.ask(
            dialog,
            work,
            lambda told: (
                self.tr("%1 told on %2.")
                .replace("%1", told.name)
                .replace("%2", format_date(told.told_on))
            ),
        )

    def not_disclosed_current(self) -> None:
        self._mark(self.services.recipients.not_disclosed, self.tr("%1: not disclosed to."))

    def reopen_current(self) -> None:
        self._mark(self.services.recipients.reopen, self.tr("%1: not yet told."))

    def _mark(self, change, done: str) -> None:
        """A tick that needs no dialog: ``change(request_id, position)``, then ``done``."""
        notice = self._current()
        if notice is None:
            return
        self.actions.run(
            lambda: change(notice.request_id, notice.position),
            lambda marked: done.replace("%1", marked.name),
        )

    def give_list(self) -> None:
        """The short letter listing the recipients, for a person who asks (Art 19)."""
        if self.view is None:
            return
        request_id = self.view.request.id
        services = self.services
        dialog = self.actions.letter_dialog(
            title=self.tr("List of recipients for the person"),
            intro=self.tr(
                "The letter lists the recipients the person's data was disclosed to, and "
                "whether and when each was told. Those marked not disclosed to are left out."
            ),
            confirm=self.tr("Make the letter"),
        )

        def work(chosen):
            def make() -> Response:
                letter = services.fulfilment.recipient_letter(
                    request_id, language=chosen.language, passphrase=chosen.passphrase
                )
                return Response(services.requests.get(request_id), letter)

            return make

        self.actions.ask(
            dialog, work, lambda _r: self.tr("The list of recipients is made and archived.")
        )
