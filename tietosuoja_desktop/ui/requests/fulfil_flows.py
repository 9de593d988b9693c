"""Fulfilling a request as its type asks (domain.md "Data subject requests"): the access
report; the corrections of a rectification with the recipients to tell; the erasure preview,
a typed confirmation and the erasure; the flag of a restriction or objection, confirmed with
the texts declared with its type; the consents a withdrawal ends; the portability ZIP saved
where the user chooses; and for someone not in the register, the no-data-held letter. Each
ends with its letter (``RequestActions``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ...domain.request_types import DIALOG_CONTEXT, Step, spec
from ...services.fulfilment import Response
from .action_dialog import Reason
from .fulfil_panels import ErasurePanel, PurposesPanel, RectificationPanel
from .letters import ask_save_path, file_name


class FulfilFlows(QObject):
    def __init__(self, actions) -> None:
        super().__init__()  # kept alive by the step's callbacks, no longer
        self.actions = actions
        self.services = actions.services
        self.view = actions.view

    def start(self) -> None:
        request = self.view.request
        if request.customer_id is None:
            self._no_data_held()
            return
        FLOWS[spec(request.type).step](self)

    def _fulfil(self, **fixed):
        """The work for a confirmed dialog: fulfil with its language and passphrase."""
        fulfilment, request_id = self.services.fulfilment, self.view.request.id
        return lambda c: (
            lambda: fulfilment.fulfil(
                request_id,
                language=c.language,
                passphrase=c.passphrase,
                delivery=c.delivery,
                note=c.reason,
                **fixed,
            )
        )

    def _name(self) -> str:
        return self.view.subject

    # -- the flows -----------------------------------------------------------------------

    def _no_data_held(self) -> None:
        dialog = self.actions.letter_dialog(
            title=self.tr("No data held"),
            intro=self.tr(
                "%1 is not in the register. The letter tells them that no personal data about "
                "them is held."
            ).replace("%1", self._name() or self.tr("The requester")),
            reason=Reason.OPTIONAL,
            reason_label=self.tr("A further note for the letter (optional):"),
            confirm=self.tr("Make the letter"),
        )
        done = self.tr("Completed: the no-data-held letter is made.")
        self.actions.ask(dialog, self._fulfil(), lambda _r: done)

    def _access(self) -> None:
        dialog = self.actions.letter_dialog(
            title=self.tr("Send the access report"),
            intro=self.tr(
                "The report holds a copy of all data about %1 with the purposes, recipients, "
                "retention and the person's rights (Art 15)."
            ).replace("%1", self._name()),
            confirm=self.tr("Make the report"),
        )
        done = self.tr("Completed: the access report is made.")
        self.actions.ask(dialog, self._fulfil(), lambda _r: done)

    def _rectification(self) -> None:
        panel = RectificationPanel(self.services, self.view)
        dialog = self.actions.letter_dialog(
            title=self.tr("Record the corrections"),
            intro=self.tr(
                "Correct the data of %1, then record which fields were corrected. The letter "
                "lists them."
            ).replace("%1", self._name()),
            confirm=self.tr("Record and make the letter"),
            extra=panel,
        )
        fulfilment, request_id = self.services.fulfilment, self.view.request.id

        def prepare(chosen):
            fields = chosen.extra.changed_fields()
            return lambda: fulfilment.fulfil(
                request_id,
                language=chosen.language,
                passphrase=chosen.passphrase,
                delivery=chosen.delivery,
                changed_fields=fields,
            )

        self.actions.ask(dialog, prepare, self._rectified)

    def _rectified(self, response: Response) -> str:
        if not response.recipients_to_tell:
            return self.tr("Completed: the corrections are recorded.")
        return self.tr(
            "Completed. Tell these recipients about the correction (Art 19): %1"
        ).replace("%1", "; ".join(response.recipients_to_tell))

    def _erasure(self) -> None:
        request = self.view.request
        preview = self.services.fulfilment.preview_erasure(request.id)
        customer = self.services.customers.get(request.customer_id)
        panel = ErasurePanel(preview, customer)
        dialog = self.actions.letter_dialog(
            title=self.tr("Erase %1 permanently?").replace("%1", customer.display_name),
            intro=self.tr(
                "This is what the erasure deletes and what the law requires to keep (Art 17(3))."
            ),
            confirm=self.tr("&Erase and make the letter"),
            destructive=True,
            extra=panel,
        )
        name = customer.display_name
        done = self.tr(
            "%1 has been erased. The letter is not kept in the register: print or save it now."
        ).replace("%1", name)
        self.actions.ask(dialog, self._fulfil(), lambda _r: done)

    def _confirm(self) -> None:
        """A step that needs only a yes: its texts come with the type's declaration."""
        texts = spec(self.view.request.type).confirm

        def tr(source: str) -> str:
            return QCoreApplication.translate(DIALOG_CONTEXT, source)

        dialog = self.actions.letter_dialog(
            title=tr(texts.title),
            intro=tr(texts.intro).replace("%1", self._name()),
            confirm=self.tr("Record and make the letter"),
        )
        done = tr(texts.done)
        self.actions.ask(dialog, self._fulfil(), lambda _r: done)

    def _consent_withdrawal(self) -> None:
        in_force = self.services.activity.purposes_in_force(self.view.request.customer_id)
        dialog = self.actions.letter_dialog(
            title=self.tr("Record the consent withdrawal"),
            intro=self.tr(
                "The withdrawal is recorded with today's date and the processing based on the "
                "consent stops (Art 7(3))."
            ),
            confirm=self.tr("Withdraw and make the letter"),
            extra=PurposesPanel(in_force),
        )
        fulfilment, request_id = self.services.fulfilment, self.view.request.id

        def prepare(chosen):
            purposes = chosen.extra.chosen()
            return lambda: fulfilment.fulfil(
                request_id,
                language=chosen.language,
                passphrase=chosen.passphrase,
                delivery=chosen.delivery,
                purposes=purposes,
            )

        done = self.tr("Completed: the withdrawal is recorded.")
        self.actions.ask(dialog, prepare, lambda _r: done)

    def _portability(self) -> None:
        dialog = self.actions.letter_dialog(
            title=self.tr("Export the person's data"),
            intro=self.tr(
                "The data %1 provided is exported as JSON and CSV in one ZIP file (Art 20). "
                "Next you choose where to save it."
            ).replace("%1", self._name()),
            confirm=self.tr("Export and make the letter"),
        )
        services, view = self.services, self.view
        saved = {}

        def prepare(chosen):
            path = ask_save_path(
                self.actions.widget,
                self.tr("Save the data export"),
                file_name(self.tr("Data export"), view.request.id, ".zip"),
                self.tr("ZIP archives (*.zip)"),
            )
            if path is None:
                self.actions.message.emit(self.tr("Nothing was done: no file was chosen."), False)
                return None
            saved["path"] = path

            def work():
                # A trial write first, so a file that cannot be written leaves the request
                # open; then the very bytes whose fingerprint the timeline keeps.
                path.write_bytes(services.fulfilment.portability_zip(view.request.customer_id))
                response = services.fulfilment.fulfil(
                    view.request.id,
                    language=chosen.language,
                    passphrase=chosen.passphrase,
                    delivery=chosen.delivery,
                )
                path.write_bytes(response.portability_zip)
                return response

            return work

        def done(_response) -> str:
            return self.tr("Completed: the data export was saved to %1.").replace(
                "%1", str(saved["path"])
            )

        self.actions.ask(dialog, prepare, done)


# The dialog of every fulfilment step; a step without one stops the import.
FLOWS = {
    Step.ACCESS_REPORT: FulfilFlows._access,
    Step.RECORD_CORRECTIONS: FulfilFlows._rectification,
    Step.ERASE: FulfilFlows._erasure,
    Step.EXPORT_DATA: FulfilFlows._portability,
    Step.WITHDRAW_CONSENTS: FulfilFlows._consent_withdrawal,
    Step.RESTRICT: FulfilFlows._confirm,
    Step.RECORD_OBJECTION: FulfilFlows._confirm,
    Step.PROHIBIT_MARKETING: FulfilFlows._confirm,
}
if set(FLOWS) != set(Step):
    raise RuntimeError(f"fulfilment steps without a dialog: {set(Step) - set(FLOWS)}")


def fulfil(actions) -> None:
    FulfilFlows(actions).start()
