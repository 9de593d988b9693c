"""What the requests screens call the steps on a request's timeline and the documents they
sent, translated when shown (context ``RequestNames``). An action from a later version that is
not known here is shown as stored."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.enums import Channel, DefaultOutcome, IdentityCheck, SentVia
from ...domain.request_types import OUTCOME_CONTEXT, OUTCOME_WORDS
from ..customers import names as customer_names
from ..format import format_date

CONTEXT = "RequestNames"

_ACTIONS = {
    "logged": QT_TRANSLATE_NOOP("RequestNames", "Request logged"),
    "attached": QT_TRANSLATE_NOOP("RequestNames", "Original attached"),
    "start": QT_TRANSLATE_NOOP("RequestNames", "Work started"),
    "letter_acknowledgement": QT_TRANSLATE_NOOP("RequestNames", "Receipt acknowledged"),
    "letter_identity_request": QT_TRANSLATE_NOOP(
        "RequestNames", "Proof of identity asked for by letter"
    ),
    "letter_extension_notice": QT_TRANSLATE_NOOP("RequestNames", "Extension notified"),
    "letter_refusal": QT_TRANSLATE_NOOP("RequestNames", "Refusal sent"),
    "letter_completion": QT_TRANSLATE_NOOP("RequestNames", "Completion letter prepared"),
    "letter_no_data_held": QT_TRANSLATE_NOOP("RequestNames", "No-data-held letter prepared"),
    "identity_requested": QT_TRANSLATE_NOOP("RequestNames", "Waiting for proof of identity"),
    "identity_received": QT_TRANSLATE_NOOP("RequestNames", "Proof of identity received"),
    "identity_failed": QT_TRANSLATE_NOOP("RequestNames", "Identity could not be verified"),
    "identity_not_needed": QT_TRANSLATE_NOOP("RequestNames", "No proof of identity needed"),
    "identity_matches_register": QT_TRANSLATE_NOOP(
        "RequestNames", "Identity: the contact matches the register's details"
    ),
    "identity_confirmed": QT_TRANSLATE_NOOP("RequestNames", "Identity certain, in the user's view"),
    "identity_unconfirmed": QT_TRANSLATE_NOOP(
        "RequestNames", "Identity not confirmed: the contact is not the register's"
    ),
    "extend": QT_TRANSLATE_NOOP("RequestNames", "Deadline extended by two months"),
    "access_report": QT_TRANSLATE_NOOP("RequestNames", "Access report prepared"),
    "rectified": QT_TRANSLATE_NOOP("RequestNames", "Corrected fields recorded"),
    "portability_export": QT_TRANSLATE_NOOP("RequestNames", "Data exported (ZIP)"),
    "complete": QT_TRANSLATE_NOOP("RequestNames", "Completed"),
    "prepared": QT_TRANSLATE_NOOP("RequestNames", "Answer ready to send"),
    "sent": QT_TRANSLATE_NOOP("RequestNames", "Answer sent, request completed"),
    "refuse": QT_TRANSLATE_NOOP("RequestNames", "Refused or no action"),
    "withdraw": QT_TRANSLATE_NOOP("RequestNames", "Withdrawn by the person"),
    "recipients_listed": QT_TRANSLATE_NOOP("RequestNames", "Recipients to tell listed (Art 19)"),
    "recipient_told": QT_TRANSLATE_NOOP("RequestNames", "Recipient told"),
    "recipient_not_disclosed": QT_TRANSLATE_NOOP(
        "RequestNames", "Recipient marked as not disclosed to"
    ),
    "recipient_reopened": QT_TRANSLATE_NOOP("RequestNames", "Recipient not yet told after all"),
    "recipients_unfinished": QT_TRANSLATE_NOOP(
        "RequestNames", "Completed before every recipient was told, because"
    ),
    "letter_recipient_list": QT_TRANSLATE_NOOP(
        "RequestNames", "List of recipients given to the person"
    ),
}

_DOCUMENTS = {
    "letter_acknowledgement": QT_TRANSLATE_NOOP("RequestNames", "Acknowledgement letter"),
    "letter_identity_request": QT_TRANSLATE_NOOP("RequestNames", "Identity request letter"),
    "letter_extension_notice": QT_TRANSLATE_NOOP("RequestNames", "Extension notice"),
    "letter_refusal": QT_TRANSLATE_NOOP("RequestNames", "Refusal letter"),
    "letter_completion": QT_TRANSLATE_NOOP("RequestNames", "Completion letter"),
    "letter_no_data_held": QT_TRANSLATE_NOOP("RequestNames", "No-data-held letter"),
    "access_report": QT_TRANSLATE_NOOP("RequestNames", "Access report"),
    "portability_export": QT_TRANSLATE_NOOP("RequestNames", "Data export (ZIP)"),
    "letter_recipient_list": QT_TRANSLATE_NOOP("RequestNames", "List of recipients"),
}

_IDENTITY = {
    IdentityCheck.NOT_NEEDED: QT_TRANSLATE_NOOP("RequestNames", "not needed"),
    IdentityCheck.REQUESTED: QT_TRANSLATE_NOOP(
        "RequestNames", "proof asked for on %1, not yet received"
    ),
    IdentityCheck.RECEIVED: QT_TRANSLATE_NOOP("RequestNames", "proof received on %2"),
    IdentityCheck.FAILED: QT_TRANSLATE_NOOP("RequestNames", "could not be verified"),
    IdentityCheck.MATCHES_REGISTER: QT_TRANSLATE_NOOP(
        "RequestNames", "matches the register's details"
    ),
    IdentityCheck.CONFIRMED: QT_TRANSLATE_NOOP("RequestNames", "certain (reason in the timeline)"),
    IdentityCheck.UNCONFIRMED: QT_TRANSLATE_NOOP("RequestNames", "not confirmed"),
}


_SENT_VIA = {
    SentVia.LETTER: QT_TRANSLATE_NOOP("RequestNames", "Letter"),
    SentVia.EMAIL: QT_TRANSLATE_NOOP("RequestNames", "E-mail"),
    SentVia.IN_PERSON: QT_TRANSLATE_NOOP("RequestNames", "Handed over in person"),
    SentVia.NOT_RECORDED: QT_TRANSLATE_NOOP("RequestNames", "not recorded"),
}
# The ways a user can choose; "not recorded" is only what older registers carry.
SENDING_WAYS = (SentVia.LETTER, SentVia.EMAIL, SentVia.IN_PERSON)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def action(name: str) -> str:
    source = _ACTIONS.get(name)
    return _tr(source) if source else name.replace("_", " ")


def document(action_name: str) -> str:
    """The document a step sent, or "" for a step that sent none."""
    source = _DOCUMENTS.get(action_name)
    return _tr(source) if source else ""


def erased_document(action_name: str, on) -> str:
    """What a step's document became when the person's data was erased on ``on``: the document
    (or attached original) is gone and can no longer be opened."""
    removed = _tr(
        QT_TRANSLATE_NOOP("RequestNames", "removed when the person's data was erased on %1")
    ).replace("%1", format_date(on))
    name = document(action_name)
    return f"{name}: {removed}" if name else removed[:1].upper() + removed[1:]


def identity(state: IdentityCheck, asked=None, received=None) -> str:
    """Where the identity check stands, with its dates (%1 asked, %2 received)."""
    return (
        _tr(_IDENTITY[state]).replace("%1", format_date(asked)).replace("%2", format_date(received))
    )


def channel(value: Channel) -> str:
    return customer_names.channel(value)


def sent_via(value: SentVia) -> str:
    return _tr(_SENT_VIA[SentVia(value)])


def sent(on, via: SentVia | None, reference: str = "") -> str:
    """ "5.10.2026 · Letter · JJFI6543..." for a sent answer; "" before it is sent."""
    if on is None:
        return ""
    parts = [format_date(on)] + ([sent_via(via)] if via else []) + [reference]
    return " · ".join(part for part in parts if part)


def outcome(text: str) -> str:
    """A request's outcome: the user's own words, or the service's default in words."""
    default = DefaultOutcome.of(text)
    return QCoreApplication.translate(OUTCOME_CONTEXT, OUTCOME_WORDS[default]) if default else text


def note(action_name: str, text: str) -> str:
    """A step's note as people read it: corrected fields by their names, default outcomes
    in the interface language."""
    if action_name == "rectified" and text:
        return customer_names.fields([name.strip() for name in text.split(",")])
    if action_name == "complete":
        return outcome(text)
    if action_name == "prepared":  # a default outcome says what is true once it is sent
        return "" if DefaultOutcome.of(text) else text
    if action_name == "sent" and text in set(SentVia):
        return sent_via(SentVia(text))
    return text
