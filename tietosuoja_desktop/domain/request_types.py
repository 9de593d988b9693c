"""Every data-subject request type, declared once (domain.md "Data subject requests").

A :class:`RequestTypeSpec` says what a type is everywhere: its article, the outcome a completed
request records, whether answering it hands out the person's data, the fulfilment step the
services run, and the words the interface shows. The texts are English sources marked for
``lupdate``; each kind of text has its own fixed translation context (``*_CONTEXT`` below), and
the interface translates them there. Document wording lives in ``documents/texts_*.py`` under
keys derived from the type (``request.<type>``, ``request_article.<type>``, ``done.<type>``).

``REQUEST_TYPES`` must name every :class:`RequestType`: a type without its spec stops the
import, and ``tests/ui/test_every_kind.py`` walks each through every layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import DefaultOutcome, RequestType, StrEnum
from .i18n import QT_TRANSLATE_NOOP

LABEL_CONTEXT = "Labels"  # the type's name in lists, filters and forms
STEP_CONTEXT = "RequestSteps"  # the request card's fulfil button and its "Next:" line
OUTCOME_CONTEXT = "RequestNames"  # the default outcome in words
DIALOG_CONTEXT = "FulfilFlows"  # the confirmation of a step that needs no other input


class Step(StrEnum):
    """What fulfilling a request does in the register; ``services/fulfilment.py`` runs each,
    the interface asks for what each needs (``ui/requests/fulfil_flows.py``)."""

    ACCESS_REPORT = "access_report"  # the Art 15 report, no letter
    RECORD_CORRECTIONS = "record_corrections"  # the fields corrected, then the letter
    ERASE = "erase"  # erase the person, then the letter (not archived)
    EXPORT_DATA = "export_data"  # the portability ZIP, then the letter
    RESTRICT = "restrict"  # mark the person restricted, then the letter
    RECORD_OBJECTION = "record_objection"  # mark the objection, then the letter
    PROHIBIT_MARKETING = "prohibit_marketing"  # mark the prohibition, then the letter
    WITHDRAW_CONSENTS = "withdraw_consents"  # withdraw the chosen consents, then the letter


@dataclass(frozen=True)
class ConfirmTexts:
    """The dialog of a step that needs only a confirmation (context ``DIALOG_CONTEXT``):
    its title, an introduction where ``%1`` is the person's name, and what the status line
    says when it is done."""

    title: str
    intro: str
    done: str


@dataclass(frozen=True)
class RequestTypeSpec:
    type: RequestType
    article: str  # GDPR article, "21(2)-(3)"; each language writes it its own way
    outcome: DefaultOutcome  # recorded when the user writes no outcome of their own
    discloses_data: bool  # answering hands the person's data out: be sure who is asking
    step: Step
    label: str  # LABEL_CONTEXT
    button: str  # STEP_CONTEXT
    next_step: str  # STEP_CONTEXT
    outcome_words: str  # OUTCOME_CONTEXT, the outcome as the interface shows it
    confirm: ConfirmTexts | None = None  # for steps the interface only confirms
    changes_data: bool = False  # fulfilling it corrects or erases the person's data for good
    tells_recipients: bool = False  # Art 19: the recipients are told, a checklist per request

    @property
    def identity_matters(self) -> bool:
        """Logging it asks who is asking: answering discloses the data or changes it."""
        return self.discloses_data or self.changes_data

    @property
    def letter_line(self) -> str:
        """The key of the completion letter's line saying what was done ("" for none)."""
        return "" if self.step in (Step.ACCESS_REPORT, Step.ERASE) else f"done.{self.type.value}"


_SPECS = (
    RequestTypeSpec(
        RequestType.ACCESS,
        "15",
        DefaultOutcome.ACCESS_REPORT_SENT,
        True,
        Step.ACCESS_REPORT,
        label=QT_TRANSLATE_NOOP("Labels", "Access"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Send the access report…"),
        next_step=QT_TRANSLATE_NOOP("RequestSteps", "Send the access report."),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "access report sent"),
    ),
    RequestTypeSpec(
        RequestType.RECTIFICATION,
        "16",
        DefaultOutcome.RECTIFICATION,
        False,
        Step.RECORD_CORRECTIONS,
        label=QT_TRANSLATE_NOOP("Labels", "Rectification"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Record the corrections…"),
        next_step=QT_TRANSLATE_NOOP(
            "RequestSteps", "Correct the data on the person's page, then record the corrections."
        ),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "data corrected"),
        changes_data=True,
        tells_recipients=True,
    ),
    RequestTypeSpec(
        RequestType.ERASURE,
        "17",
        DefaultOutcome.ERASED,
        False,
        Step.ERASE,
        label=QT_TRANSLATE_NOOP("Labels", "Erasure"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Erase the person…"),
        next_step=QT_TRANSLATE_NOOP(
            "RequestSteps", "Check what is erased and what is kept, then erase."
        ),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "the person erased"),
        changes_data=True,
        tells_recipients=True,
    ),
    RequestTypeSpec(
        RequestType.RESTRICTION,
        "18",
        DefaultOutcome.RESTRICTION,
        False,
        Step.RESTRICT,
        label=QT_TRANSLATE_NOOP("Labels", "Restriction"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Restrict processing…"),
        next_step=QT_TRANSLATE_NOOP("RequestSteps", "Mark the person restricted."),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "processing restricted"),
        confirm=ConfirmTexts(
            QT_TRANSLATE_NOOP("FulfilFlows", "Restrict processing"),
            QT_TRANSLATE_NOOP(
                "FulfilFlows",
                "%1 is marked restricted from today: the data is kept but excluded from all "
                "use and exports (Art 18).",
            ),
            QT_TRANSLATE_NOOP("FulfilFlows", "Completed: the person is marked restricted."),
        ),
        tells_recipients=True,
    ),
    RequestTypeSpec(
        RequestType.PORTABILITY,
        "20",
        DefaultOutcome.PORTABILITY,
        True,
        Step.EXPORT_DATA,
        label=QT_TRANSLATE_NOOP("Labels", "Portability"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Export the data…"),
        next_step=QT_TRANSLATE_NOOP("RequestSteps", "Export the person's data as a ZIP file."),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "data exported"),
    ),
    RequestTypeSpec(
        RequestType.OBJECTION,
        "21(1)",
        DefaultOutcome.OBJECTION,
        False,
        Step.RECORD_OBJECTION,
        label=QT_TRANSLATE_NOOP("Labels", "Objection"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Record the objection…"),
        next_step=QT_TRANSLATE_NOOP("RequestSteps", "Record the objection."),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "objection recorded"),
        confirm=ConfirmTexts(
            QT_TRANSLATE_NOOP("FulfilFlows", "Record the objection"),
            QT_TRANSLATE_NOOP(
                "FulfilFlows",
                "Processing of the data of %1 based on legitimate interests stops from "
                "today, unless there are compelling legitimate grounds (Art 21(1)).",
            ),
            QT_TRANSLATE_NOOP("FulfilFlows", "Completed: the objection is recorded."),
        ),
    ),
    RequestTypeSpec(
        RequestType.MARKETING_OBJECTION,
        "21(2)-(3)",
        DefaultOutcome.MARKETING_OBJECTION,
        False,
        Step.PROHIBIT_MARKETING,
        label=QT_TRANSLATE_NOOP("Labels", "Direct-marketing objection"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Stop direct marketing…"),
        next_step=QT_TRANSLATE_NOOP("RequestSteps", "Prohibit direct marketing to the person."),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "direct marketing prohibited"),
        confirm=ConfirmTexts(
            QT_TRANSLATE_NOOP("FulfilFlows", "Stop direct marketing"),
            QT_TRANSLATE_NOOP(
                "FulfilFlows",
                "%1 drops out of every marketing list and export, for good (Art 21(2)-(3)).",
            ),
            QT_TRANSLATE_NOOP("FulfilFlows", "Completed: direct marketing is prohibited for good."),
        ),
    ),
    RequestTypeSpec(
        RequestType.CONSENT_WITHDRAWAL,
        "7(3)",
        DefaultOutcome.CONSENT_WITHDRAWAL,
        False,
        Step.WITHDRAW_CONSENTS,
        label=QT_TRANSLATE_NOOP("Labels", "Consent withdrawal"),
        button=QT_TRANSLATE_NOOP("RequestSteps", "Record the withdrawal…"),
        next_step=QT_TRANSLATE_NOOP("RequestSteps", "Record which consents are withdrawn."),
        outcome_words=QT_TRANSLATE_NOOP("RequestNames", "consent withdrawn"),
    ),
)

REQUEST_TYPES: dict[RequestType, RequestTypeSpec] = {spec.type: spec for spec in _SPECS}

# The outcome recorded for someone not in the register, whatever the type asked.
NO_DATA_HELD_WORDS = QT_TRANSLATE_NOOP("RequestNames", "no data held")
OUTCOME_WORDS: dict[DefaultOutcome, str] = {
    DefaultOutcome.NO_DATA_HELD: NO_DATA_HELD_WORDS,
    **{spec.outcome: spec.outcome_words for spec in _SPECS},
}


def spec(kind: RequestType) -> RequestTypeSpec:
    """The declaration of ``kind``."""
    return REQUEST_TYPES[RequestType(kind)]


def _check() -> None:
    """A type or an outcome without its declaration is a programming error: fail at import,
    not in front of a user."""
    missing = [kind.value for kind in RequestType if kind not in REQUEST_TYPES]
    missing += [outcome.value for outcome in DefaultOutcome if outcome not in OUTCOME_WORDS]
    if missing or len(REQUEST_TYPES) != len(_SPECS):
        raise RuntimeError(f"request types declared incompletely or twice: {missing}")


_check()
