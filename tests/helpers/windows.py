"""Every window of the application, built for the tests that walk them all (keyboard, names,
language): the main window on each of its pages, and every dialog.

The list is kept here, beside the code's dialogs: ``test_every_dialog_is_listed`` fails when a
``QDialog``/``QWizard``/``QMessageBox`` subclass in ``tietosuoja_desktop.ui`` is missing from
``DIALOGS``, so a new dialog must join it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from helpers.sample import CONTROLLER, REGISTER, person
from tietosuoja_desktop.domain.breaches import Breach, BreachNature
from tietosuoja_desktop.domain.enums import IdentityCheck, Language, RequestType
from tietosuoja_desktop.domain.records import DataRequest


@dataclass
class Sample:
    """What the dialogs open on: a business, a register, a customer with a request, a breach."""

    services: object
    register: object
    customer: object
    request_id: int
    breach_id: int
    waiting_id: int  # a request waiting for proof of identity: its card shows other buttons


def populate(services) -> Sample:
    services.controller.save(CONTROLLER)
    services.registers.add(REGISTER)
    register = services.registers.list()[0]
    customer = services.customers.add(
        person(first_name="Saara", last_name="Esimerkki", register_ids=(register.id,))
    )
    request = services.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 20), customer_id=customer.id)
    )
    waiting = services.requests.add(
        DataRequest(RequestType.ERASURE, date(2026, 11, 22), customer_id=customer.id)
    )
    services.requests.mark_identity(waiting.request.id, IdentityCheck.REQUESTED)
    breach = services.breaches.add(
        Breach(
            discovered_at=datetime(2026, 11, 21, 10, 0),
            description="Laptop stolen",
            natures=(BreachNature.CONFIDENTIALITY,),
            customer_ids=(customer.id,),
        )
    )
    return Sample(
        services, register, customer, request.request.id, breach.breach.id, waiting.request.id
    )


def _log_request(s: Sample, parent):
    from tietosuoja_desktop.ui.requests.log_dialog import LogRequestDialog

    return LogRequestDialog(s.services, parent)


def _log_request_asking_identity(s: Sample, parent):
    """The log dialog with the identity question shown: the sample customer chosen, a request
    that discloses their data, from a contact the register does not hold."""
    from tietosuoja_desktop.domain.enums import RequestType
    from tietosuoja_desktop.ui.requests.log_dialog import LogRequestDialog

    dialog = LogRequestDialog(s.services, parent)
    dialog.picker._show_results([s.customer])  # as a search that found only them
    dialog.type.setCurrentIndex(dialog.type.findData(RequestType.ACCESS.value))
    dialog.came_from.setText("joku.muu@example.org")
    return dialog


def _customer(s: Sample, parent):
    from tietosuoja_desktop.ui.customers.dialog import CustomerDialog

    return CustomerDialog(s.services, s.customer.id, parent)


def _new_customer(s: Sample, parent):
    from tietosuoja_desktop.ui.customers.dialog import CustomerDialog

    return CustomerDialog(s.services, None, parent)


def _hold(s: Sample, parent):
    from tietosuoja_desktop.ui.customers.hold_dialog import HoldDialog

    return HoldDialog(s.services, s.customer.id, parent)


def _retention_run(s: Sample, parent):
    from tietosuoja_desktop.ui.retention_run_dialog import RetentionRunDialog

    return RetentionRunDialog(s.services, parent)


def _erase(s: Sample, parent):
    from tietosuoja_desktop.ui.customers.erase_dialog import EraseDialog

    return EraseDialog(s.services, s.customer, parent)


def _import(s: Sample, parent):
    from tietosuoja_desktop.ui.data.import_dialog import ImportDialog

    return ImportDialog(s.services, parent)


def _marketing_export(s: Sample, parent):
    from tietosuoja_desktop.ui.data.marketing_export_dialog import MarketingExportDialog

    return MarketingExportDialog(s.services, parent)


def _refuse_channel(s: Sample, parent):
    from tietosuoja_desktop.domain.marketing import MarketingChannel
    from tietosuoja_desktop.services.marketing import ChoiceKind
    from tietosuoja_desktop.ui.customers.marketing_dialogs import ChoiceDialog

    channel, kind = MarketingChannel.SMS, ChoiceKind.REFUSED
    return ChoiceDialog(s.services, s.customer.id, channel, kind, parent)


def _marketing_consent(s: Sample, parent):
    from tietosuoja_desktop.domain.enums import ConsentAction
    from tietosuoja_desktop.domain.marketing import MarketingChannel
    from tietosuoja_desktop.ui.customers.marketing_dialogs import ConsentDialog

    channel, given = MarketingChannel.EMAIL, ConsentAction.GIVEN
    return ConsentDialog(s.services, s.customer.id, "Uutiskirje", channel, given, parent)


def _consent_text(s: Sample, parent):
    from tietosuoja_desktop.ui.customers.marketing_dialogs import ConsentTextDialog

    return ConsentTextDialog(s.services, parent)


def _breach(s: Sample, parent):
    from tietosuoja_desktop.ui.breaches.editor import BreachDialog

    return BreachDialog(s.services, None, parent)


def _notify(s: Sample, parent):
    from tietosuoja_desktop.ui.breaches.action_dialogs import NotifyDialog

    return NotifyDialog(s.services, s.services.breaches.get(s.breach_id), parent)


def _inform(s: Sample, parent):
    from tietosuoja_desktop.ui.breaches.action_dialogs import InformDialog

    return InformDialog(s.services, s.services.breaches.get(s.breach_id), parent)


def _breach_letters(s: Sample, parent):
    from tietosuoja_desktop.ui.breaches.letters_dialog import LettersDialog

    view = s.services.breaches.get(s.breach_id)
    return LettersDialog(s.services, view, str(s.services.data_dir), parent)


def _help(s: Sample, parent):
    from tietosuoja_desktop.ui.help_dialog import HelpDialog

    return HelpDialog(parent)


def _register_translations(s: Sample, parent):
    from tietosuoja_desktop.ui.register_translations import RegisterTranslationsDialog

    return RegisterTranslationsDialog(s.services, s.register, parent)


def _register_template(s: Sample, parent):
    from tietosuoja_desktop.ui.register_template_dialog import RegisterTemplateDialog

    return RegisterTemplateDialog(parent)


def _interest_assessment(s: Sample, parent):
    from tietosuoja_desktop.domain.enums import LegalBasis
    from tietosuoja_desktop.ui.interest_assessment_dialog import InterestAssessmentDialog

    bases = [p.legal_basis for p in s.register.purposes]
    position = bases.index(LegalBasis.LEGITIMATE_INTERESTS)
    return InterestAssessmentDialog(s.services, s.register, position, parent)


def _dpia(s: Sample, parent):
    """Opened on a screening that calls for a DPIA: the checklist and the DPIA form both show."""
    from helpers.dpia import light_dpia, screening
    from tietosuoja_desktop.ui.dpia_dialog import DpiaDialog

    s.services.dpia.save(screening(s.register.id), light_dpia(s.register.id))
    return DpiaDialog(s.services, s.register, parent)


def _security_review(s: Sample, parent):
    """Opened after a previous review: its answers fill the form."""
    from helpers.security import review
    from tietosuoja_desktop.ui.security_review_dialog import SecurityReviewDialog

    day = s.services.clock.today()
    s.services.security.record(review((s.register.id,), day))
    return SecurityReviewDialog(s.services, parent)


def _dpo(s: Sample, parent):
    from tietosuoja_desktop.ui.dpo_dialog import DpoDialog

    return DpoDialog(s.services, parent)


def _access_list(s: Sample, parent):
    """The list with one helper who has signed but not been briefed: the warning shows."""
    from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
    from tietosuoja_desktop.ui.access_list_dialog import AccessListDialog

    s.services.access.add(
        AccessHolder(
            name="Maija Mallikas",
            role=AccessRole.HELPER,
            register_ids=(s.register.id,),
            undertaking_on=date(2026, 3, 2),
        ),
        ("vaitiolo.pdf", b"%PDF-1.4"),
    )
    return AccessListDialog(s.services, parent)


def _access_holder(s: Sample, parent):
    from tietosuoja_desktop.ui.access_dialog import AccessHolderDialog

    return AccessHolderDialog(s.services, None, parent)


def _policy(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.policy_dialog import PolicyDialog

    s.services.policy.save_additions({"backups": "USB-levy lukitussa kaapissa"})
    return PolicyDialog(s.services, parent)


def _sample_processor(s: Sample):
    """A processor serving the sample register, its review overdue, with a contract copy."""
    from tietosuoja_desktop.domain.processors import Processor, TransferMechanism

    found = s.services.processors.list()
    if found:
        return found[0]
    saved = s.services.processors.add(
        Processor(
            name="Verkkokauppa Alusta Oy",
            service="Verkkokauppa-alusta",
            data="Nimi, osoite, tilaukset",
            country="Suomi",
            mechanism=TransferMechanism.EEA,
            contract_on=date(2025, 3, 1),
            review_on=date(2026, 11, 1),
            register_ids=(s.register.id,),
        )
    )
    s.services.processors.attach_contract(saved.id, "sopimus.pdf", b"%PDF-1.4\n%%EOF\n")
    return saved


def _processors(s: Sample, parent):
    from tietosuoja_desktop.ui.processors_dialog import ProcessorsDialog

    _sample_processor(s)
    return ProcessorsDialog(s.services, parent)


def _processor(s: Sample, parent):
    from tietosuoja_desktop.ui.processor_dialog import ProcessorDialog

    return ProcessorDialog(s.services, _sample_processor(s), parent)


def _audit(s: Sample, parent):
    from tietosuoja_desktop.ui.audit_dialog import AuditDialog

    return AuditDialog(s.services, parent)


def _wizard(s: Sample, parent):
    from tietosuoja_desktop.ui.wizard import SetupWizard

    return SetupWizard(s.services, parent)


def _new_passphrase(s: Sample, parent):
    from tietosuoja_desktop.ui.encryption.settings_section import NewPassphraseDialog

    # translated as the Settings page does: the language scan reads the title
    title = QCoreApplication.translate("EncryptionSection", "Encrypt the register")
    return NewPassphraseDialog(title, True, parent)


def _unlock(s: Sample, parent):
    from tietosuoja_desktop.ui.encryption.unlock_dialog import PassphraseDialog

    return PassphraseDialog(lambda _passphrase: None, s.services.data_dir, parent)


def _start_wait(s: Sample, parent):
    from tietosuoja_desktop.ui.start_wait import WaitDialog

    return WaitDialog(parent)


def _request_log(s: Sample, parent):
    from tietosuoja_desktop.ui.requests.report_dialog import RequestLogDialog

    return RequestLogDialog(s.services, parent)


def _start_notice(s: Sample, parent):
    from tietosuoja_desktop.ui.requests.start_notice import StartNotice

    return StartNotice([s.services.requests.get(s.request_id)], None, parent)


def _action(s: Sample, parent):
    from tietosuoja_desktop.ui.requests.action_dialog import ActionDialog, Reason

    def tr(text: str) -> str:  # the texts RequestActions gives it, translated as there
        return QCoreApplication.translate("RequestActions", text)

    return ActionDialog(
        parent,
        title=tr("Extend the deadline"),
        intro="The deadline moves.",
        confirm=tr("Extend and make the notice"),
        reason=Reason.REQUIRED,
        reason_label=tr("Why more time is needed (the notice states it):"),
        signing=True,
    )


def _recipient_told(s: Sample, parent):
    from tietosuoja_desktop.ui.requests.action_dialog import ActionDialog
    from tietosuoja_desktop.ui.requests.recipients_panel import ToldPanel

    def tr(text: str) -> str:  # as RecipientsPanel gives them
        return QCoreApplication.translate("RecipientsPanel", text)

    return ActionDialog(
        parent,
        title=tr("Recipient told"),
        intro=tr("%1 was told of the correction, erasure or restriction.").replace(
            "%1", "Verkkokauppa Alusta Oy"
        ),
        letter=False,
        extra=ToldPanel(date(2026, 11, 22), date(2026, 11, 20)),
        confirm=tr("Record"),
    )


def _sent_with_recipients_open(s: Sample, parent):
    from tietosuoja_desktop.ui.requests.action_dialog import ActionDialog, Reason
    from tietosuoja_desktop.ui.requests.sent_panel import SentPanel

    def tr(text: str) -> str:  # as RequestActions gives them
        return QCoreApplication.translate("RequestActions", text)

    return ActionDialog(
        parent,
        title=tr("Mark the answer sent"),
        intro=tr(
            "Not yet told of it (Art 19): %1. Tick them on the Recipients tab, or say "
            "below why the request is complete without it."
        ).replace("%1", "Kuljetusliike"),
        letter=False,
        extra=SentPanel(date(2026, 11, 22), date(2026, 11, 20)),
        confirm=tr("Mark sent"),
        reason=Reason.REQUIRED,
        reason_label=tr("Why it is complete while recipients are not yet &told:"),
    )


def _create_identity(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.signing_dialogs import CreateIdentityDialog

    return CreateIdentityDialog(s.services, parent)


def _import_identity(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.signing_dialogs import ImportIdentityDialog

    return ImportIdentityDialog(s.services, parent)


def _signing_passphrase(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.signing_dialogs import PassphraseDialog

    identity = s.services.documents.identity() or s.services.documents.create_identity(
        "kolme karhua metsässä"
    )
    return PassphraseDialog(identity, parent)


def _inspection(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.inspection_dialog import InspectionDialog

    return InspectionDialog(s.services, parent)


def _verify(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.verify_dialog import VerifyDialog

    return VerifyDialog(parent)


def _identity(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.identity_dialog import IdentityDialog

    return IdentityDialog(s.services, parent)


def _pdf_preview(s: Sample, parent):
    from tietosuoja_desktop.ui.documents.pdf_preview import PdfPreviewDialog

    exported = s.services.documents.privacy_statement(s.register.id, Language.FI)
    return PdfPreviewDialog(exported.pdf, "Tietosuojaseloste", "seloste.pdf", parent)


def _unprintable(s: Sample, parent):
    from tietosuoja_desktop.services.unprintable import UnprintableCharacters
    from tietosuoja_desktop.ui.documents.unprintable_dialog import UnprintableDialog

    return UnprintableDialog(UnprintableCharacters(()), parent)


@dataclass(frozen=True)
class DialogEntry:
    name: str
    classes: tuple[str, ...]  # the ui classes this entry opens (module.Class)
    make: Callable[[Sample, object], object]


DIALOGS = (
    DialogEntry("log request", ("requests.log_dialog.LogRequestDialog",), _log_request),
    DialogEntry(
        "log request, identity asked",
        ("requests.log_dialog.LogRequestDialog",),
        _log_request_asking_identity,
    ),
    DialogEntry("customer", ("customers.dialog.CustomerDialog",), _customer),
    DialogEntry("new customer", ("customers.dialog.CustomerDialog",), _new_customer),
    DialogEntry("erase", ("customers.erase_dialog.EraseDialog",), _erase),
    DialogEntry("legal hold", ("customers.hold_dialog.HoldDialog",), _hold),
    DialogEntry("retention run", ("retention_run_dialog.RetentionRunDialog",), _retention_run),
    DialogEntry("import", ("data.import_dialog.ImportDialog",), _import),
    DialogEntry(
        "marketing export",
        ("data.marketing_export_dialog.MarketingExportDialog",),
        _marketing_export,
    ),
    DialogEntry("refuse a channel", ("customers.marketing_dialogs.ChoiceDialog",), _refuse_channel),
    DialogEntry(
        "marketing consent", ("customers.marketing_dialogs.ConsentDialog",), _marketing_consent
    ),
    DialogEntry("consent text", ("customers.marketing_dialogs.ConsentTextDialog",), _consent_text),
    DialogEntry("breach editor", ("breaches.editor.BreachDialog",), _breach),
    DialogEntry("breach notified", ("breaches.action_dialogs.NotifyDialog",), _notify),
    DialogEntry("breach informed", ("breaches.action_dialogs.InformDialog",), _inform),
    DialogEntry("breach letters", ("breaches.letters_dialog.LettersDialog",), _breach_letters),
    DialogEntry("help", ("help_dialog.HelpDialog",), _help),
    DialogEntry(
        "register translations",
        ("register_translations.RegisterTranslationsDialog",),
        _register_translations,
    ),
    DialogEntry(
        "register template",
        ("register_template_dialog.RegisterTemplateDialog",),
        _register_template,
    ),
    DialogEntry(
        "interest assessment",
        ("interest_assessment_dialog.InterestAssessmentDialog",),
        _interest_assessment,
    ),
    DialogEntry("dpia", ("dpia_dialog.DpiaDialog",), _dpia),
    DialogEntry(
        "security review", ("security_review_dialog.SecurityReviewDialog",), _security_review
    ),
    DialogEntry("dpo", ("dpo_dialog.DpoDialog",), _dpo),
    DialogEntry("access list", ("access_list_dialog.AccessListDialog",), _access_list),
    DialogEntry("access holder", ("access_dialog.AccessHolderDialog",), _access_holder),
    DialogEntry("policy", ("documents.policy_dialog.PolicyDialog",), _policy),
    DialogEntry("processors", ("processors_dialog.ProcessorsDialog",), _processors),
    DialogEntry("processor", ("processor_dialog.ProcessorDialog",), _processor),
    DialogEntry("audit", ("audit_dialog.AuditDialog",), _audit),
    DialogEntry("setup wizard", ("wizard.SetupWizard",), _wizard),
    DialogEntry(
        "new passphrase", ("encryption.settings_section.NewPassphraseDialog",), _new_passphrase
    ),
    DialogEntry("unlock", ("encryption.unlock_dialog.PassphraseDialog",), _unlock),
    DialogEntry("opening the register", ("start_wait.WaitDialog",), _start_wait),
    DialogEntry("request log", ("requests.report_dialog.RequestLogDialog",), _request_log),
    DialogEntry("start notice", ("requests.start_notice.StartNotice",), _start_notice),
    DialogEntry("request step", ("requests.action_dialog.ActionDialog",), _action),
    DialogEntry("recipient told", ("requests.action_dialog.ActionDialog",), _recipient_told),
    DialogEntry(
        "sent, recipients open",
        ("requests.action_dialog.ActionDialog",),
        _sent_with_recipients_open,
    ),
    DialogEntry(
        "create identity", ("documents.signing_dialogs.CreateIdentityDialog",), _create_identity
    ),
    DialogEntry(
        "import identity", ("documents.signing_dialogs.ImportIdentityDialog",), _import_identity
    ),
    DialogEntry(
        "signing passphrase", ("documents.signing_dialogs.PassphraseDialog",), _signing_passphrase
    ),
    DialogEntry("verify", ("documents.verify_dialog.VerifyDialog",), _verify),
    DialogEntry(
        "supervisor's folder", ("documents.inspection_dialog.InspectionDialog",), _inspection
    ),
    DialogEntry("identity", ("documents.identity_dialog.IdentityDialog",), _identity),
    DialogEntry("pdf preview", ("documents.pdf_preview.PdfPreviewDialog",), _pdf_preview),
    DialogEntry("unprintable", ("documents.unprintable_dialog.UnprintableDialog",), _unprintable),
)

# Base classes that are never opened by themselves.
ABSTRACT = {
    "breaches.action_dialogs._RecordDialog",
    "documents.signing_dialogs._IdentityForm",
    "customers.marketing_dialogs._SmallDialog",
}


def listed_classes() -> set[str]:
    return {name for entry in DIALOGS for name in entry.classes}


def every_window(qtbot, sample):
    """(name, window) for the main window on each page (the requests page with a new request
    and with one waiting for proof of identity: their cards show other buttons), then every
    dialog, each shown."""
    from tietosuoja_desktop.ui.main_window import MainWindow
    from tietosuoja_desktop.ui.pages import PAGE_KEYS

    window = MainWindow(sample.services)
    qtbot.addWidget(window)
    window.show()
    for key in PAGE_KEYS:
        page = window.show_page(key)
        if key == "requests":
            page.show_request(sample.request_id)
            yield f"page {key}", window
            page.show_request(sample.waiting_id)
            yield f"page {key}, waiting for identity", window
            continue
        yield f"page {key}", window
    for entry in DIALOGS:
        dialog = entry.make(sample, window)
        dialog.show()
        yield entry.name, dialog
        dialog.close()
        dialog.setParent(None)  # gone with its last reference, before a language change
