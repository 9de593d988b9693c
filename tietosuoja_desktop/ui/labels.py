"""Names of the domain's closed vocabularies as people read them, in the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.clock import Urgency
from ..domain.enums import (
    Answer,
    Language,
    LegalBasis,
    RequestStatus,
    RequestType,
    RetentionAnchor,
)
from ..domain.request_types import LABEL_CONTEXT
from ..domain.request_types import spec as request_spec
from .preferences import current_language

CONTEXT = "Labels"

# Each language names itself: a person looking for their language must recognise it.
LANGUAGE_NAMES = {Language.FI: "suomi", Language.SV: "svenska", Language.EN: "English"}

_LEGAL_BASES = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("Labels", "Contract"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("Labels", "Legal obligation"),
    LegalBasis.VITAL_INTERESTS: QT_TRANSLATE_NOOP("Labels", "Vital interests"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Labels", "Public task"),
    LegalBasis.LEGITIMATE_INTERESTS: QT_TRANSLATE_NOOP("Labels", "Legitimate interests"),
}

_REQUEST_STATUSES = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    RequestStatus.WAITING_FOR_IDENTITY: QT_TRANSLATE_NOOP("Labels", "Waiting for identity"),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    RequestStatus.EXTENDED: QT_TRANSLATE_NOOP("Labels", "Extended"),
    RequestStatus.READY_TO_SEND: QT_TRANSLATE_NOOP("Labels", "Ready to send"),
    RequestStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    RequestStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

_URGENCIES = {
    Urgency.OK: QT_TRANSLATE_NOOP("Labels", "On time"),
    Urgency.SOON: QT_TRANSLATE_NOOP("Labels", "Due soon"),
    Urgency.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    Urgency.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}

_ANCHORS = {
    RetentionAnchor.LAST_ACTIVITY: QT_TRANSLATE_NOOP("Labels", "after the last activity"),
    RetentionAnchor.LAST_ORDER: QT_TRANSLATE_NOOP("Labels", "after the last order"),
    RetentionAnchor.CUSTOMER_SINCE: QT_TRANSLATE_NOOP("Labels", "after becoming a customer"),
}


_ANSWERS = {
    Answer.UNANSWERED: QT_TRANSLATE_NOOP("Labels", "Not yet answered"),
    Answer.NO: QT_TRANSLATE_NOOP("Labels", "No"),
    Answer.YES: QT_TRANSLATE_NOOP("Labels", "Yes"),
    Answer.WHEN_NECESSARY: QT_TRANSLATE_NOOP("Labels", "Only when technically necessary"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


_ARTICLE = re.compile(r"(\d+)((?:\(\w+\))*)(?:-\((\w+)\))?")


def article(number: str) -> str:
    """A GDPR article as each language writes it: ``Art 6(1)(b)``, ``6 art. 1 b``,
    ``art. 6.1 b``; ``21(2)-(3)`` becomes ``21 art. 2–3`` and ``art. 21.2–3``."""
    language = current_language()
    match = _ARTICLE.fullmatch(number)
    if match and language is not Language.EN:
        main, parts = match[1], re.findall(r"\((\w+)\)", match[2])
        if match[3]:
            parts[-1] = f"{parts[-1]}–{match[3]}"
        if language is Language.FI:  # "6 art. 1 b": the article number, then its points
            text = QCoreApplication.translate("Labels", "Art %1").replace("%1", main)
            return " ".join([text, *parts])
        if parts and parts[0][0].isdigit():
            main, parts = f"{main}.{parts[0]}", parts[1:]
        number = " ".join([main, *parts])
    return QCoreApplication.translate("Labels", "Art %1").replace("%1", number)


def legal_basis(basis: LegalBasis) -> str:
    """``Contract (Art 6(1)(b))``."""
    return f"{_tr(_LEGAL_BASES[basis])} ({article(basis.article)})"


def request_type(kind: RequestType) -> str:
    return QCoreApplication.translate(LABEL_CONTEXT, request_spec(kind).label)


def request_type_with_article(kind: RequestType) -> str:
    """``Erasure (Art 17)``."""
    return f"{request_type(kind)} ({article(request_spec(kind).article)})"


def request_status(status: RequestStatus) -> str:
    return _tr(_REQUEST_STATUSES[status])


def urgency(level: Urgency) -> str:
    return _tr(_URGENCIES[level])


def retention_anchor(anchor: RetentionAnchor) -> str:
    return _tr(_ANCHORS[anchor])


def answer(value: Answer) -> str:
    return _tr(_ANSWERS[value])
