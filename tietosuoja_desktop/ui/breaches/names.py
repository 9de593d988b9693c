"""The breach log's vocabulary in the user's language, and the clock in words."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.breaches import (
    BreachNature,
    BreachRisk,
    BreachStatus,
    InformExemption,
    format_hours_left,
    format_time,
)
from ...domain.clock import Urgency

if TYPE_CHECKING:
    # the service's module loads the ORM's tables: only after the first paint (issue 18)
    from ...services.breaches import BreachView

CONTEXT = "BreachNames"

NATURES = {
    BreachNature.CONFIDENTIALITY: QT_TRANSLATE_NOOP("BreachNames", "Confidentiality"),
    BreachNature.INTEGRITY: QT_TRANSLATE_NOOP("BreachNames", "Integrity"),
    BreachNature.AVAILABILITY: QT_TRANSLATE_NOOP("BreachNames", "Availability"),
}
NATURE_HINTS = {
    BreachNature.CONFIDENTIALITY: QT_TRANSLATE_NOOP(
        "BreachNames", "Data was disclosed to or seen by someone not entitled to it."
    ),
    BreachNature.INTEGRITY: QT_TRANSLATE_NOOP("BreachNames", "Data was altered without authority."),
    BreachNature.AVAILABILITY: QT_TRANSLATE_NOOP(
        "BreachNames", "Data was lost or destroyed, or could not be used for a while."
    ),
}
RISKS = {
    BreachRisk.UNLIKELY: QT_TRANSLATE_NOOP("BreachNames", "Unlikely to result in a risk"),
    BreachRisk.RISK: QT_TRANSLATE_NOOP("BreachNames", "Risk"),
    BreachRisk.HIGH: QT_TRANSLATE_NOOP("BreachNames", "High risk"),
}
STATUSES = {
    BreachStatus.OPEN: QT_TRANSLATE_NOOP("BreachNames", "Open"),
    BreachStatus.CLOSED: QT_TRANSLATE_NOOP("BreachNames", "Closed"),
}
EXEMPTIONS = {
    InformExemption.NONE: QT_TRANSLATE_NOOP("BreachNames", "No exception: people are told"),
    InformExemption.UNINTELLIGIBLE: QT_TRANSLATE_NOOP(
        "BreachNames", "The data was unintelligible, e.g. encrypted (Art 34(3)(a))"
    ),
    InformExemption.RISK_REMOVED: QT_TRANSLATE_NOOP(
        "BreachNames", "Later measures removed the high risk (Art 34(3)(b))"
    ),
    InformExemption.PUBLIC_COMMUNICATION: QT_TRANSLATE_NOOP(
        "BreachNames", "Disproportionate effort: a public notice instead (Art 34(3)(c))"
    ),
}
LEFT = QT_TRANSLATE_NOOP("BreachNames", "%1 h %2 min left")
OVERDUE = QT_TRANSLATE_NOOP("BreachNames", "%1 h %2 min overdue")
NOTIFIED = QT_TRANSLATE_NOOP("BreachNames", "Notified %1")
NOT_REQUIRED = QT_TRANSLATE_NOOP("BreachNames", "Not required")
NOT_NOTIFIED = QT_TRANSLATE_NOOP("BreachNames", "Not notified")


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def when(moment: datetime | None) -> str:
    return format_time(moment) if moment else ""


def natures(view_natures) -> str:
    return ", ".join(tr(NATURES[n]) for n in view_natures)


def clock_text(view: BreachView) -> str:
    """The 72-hour clock in words: time left, time overdue, or why it no longer runs."""
    breach = view.breach
    if breach.notified:
        return tr(NOTIFIED).replace("%1", when(breach.authority_notified_at))
    if not breach.notification_required:
        return tr(NOT_REQUIRED)
    if view.hours_left is None:
        return tr(NOT_NOTIFIED)
    hours, minutes = format_hours_left(view.hours_left)
    source = OVERDUE if view.urgency is Urgency.OVERDUE else LEFT
    return tr(source).replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
