"""What the erasure dialog says about the traces beyond the customer's own data: the requests
that stay on record as the erased person's entries, the archived documents deleted with them,
and the backups that still hold the person (context ``ErasureTexts``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.records import ErasureSummary
from ..format import format_count, format_date
from ..labels import request_status, request_type_with_article

CONTEXT = "ErasureTexts"
MAX_LISTED = 8


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _listed(heading: str, lines: list[str]) -> str:
    shown = ["• " + line for line in lines[:MAX_LISTED]]
    if len(lines) > MAX_LISTED:
        more = format_count(len(lines) - MAX_LISTED)
        shown.append(
            "• " + _tr(QT_TRANSLATE_NOOP("ErasureTexts", "and %1 more")).replace("%1", more)
        )
    return "\n".join([heading, *shown])


def requests_text(summary: ErasureSummary, done: bool) -> str:
    """The person's requests, which stay as the erased person's entries; "" when none."""
    if not summary.requests:
        return ""
    if done:
        heading = _tr(
            QT_TRANSLATE_NOOP(
                "ErasureTexts",
                "Kept as the erased person's entries (type, received, status), their descriptions "
                "and notes cleared:",
            )
        )
    else:
        heading = _tr(
            QT_TRANSLATE_NOOP(
                "ErasureTexts",
                "These requests stay on record as the erased person's entries (type, received, "
                "status); their descriptions and notes are cleared:",
            )
        )
    lines = [
        _tr(QT_TRANSLATE_NOOP("ErasureTexts", "%1, received %2, %3"))
        .replace("%1", request_type_with_article(request.type))
        .replace("%2", format_date(request.received))
        .replace("%3", request_status(request.status).lower())
        for request in summary.requests
    ]
    return _listed(heading, lines)


def documents_text(summary: ErasureSummary, done: bool) -> str:
    """The archived documents deleted (those about the person or their requests)."""
    if not summary.documents:
        return _tr(
            QT_TRANSLATE_NOOP(
                "ErasureTexts", "No archived document is about the person or their requests."
            )
        )
    if done:
        heading = _tr(
            QT_TRANSLATE_NOOP("ErasureTexts", "Archived documents deleted (none was kept):")
        )
    else:
        heading = _tr(
            QT_TRANSLATE_NOOP(
                "ErasureTexts",
                "These archived documents about the person or their requests will be deleted; "
                "none is kept:",
            )
        )
    lines = [f"{doc.title}, {format_date(doc.created_on)}" for doc in summary.documents]
    return _listed(heading, lines)


def backups_text(summary: ErasureSummary) -> str:
    """The backups taken while the person was in the register; "" when not looked at."""
    holding = summary.backups
    if holding is None:
        return ""
    if not holding.count:
        return _tr(
            QT_TRANSLATE_NOOP(
                "ErasureTexts",
                "No backup in the backup folder was taken while the person was in the register.",
            )
        )
    return (
        _tr(
            QT_TRANSLATE_NOOP(
                "ErasureTexts",
                "Backups: %1 in the backup folder (%2 automatic, %3 made on request) were taken "
                "while the person was in the register and still hold them. Automatic ones go as "
                "they are rotated out (the newest %4 of each kind are kept); those made on request "
                "stay until removed (tietosuoja backup prune). A backup restored later erases the "
                "person again.",
            )
        )
        .replace("%1", format_count(holding.count))
        .replace("%2", format_count(holding.automatic))
        .replace("%3", format_count(holding.on_request))
        .replace("%4", format_count(holding.keep_last))
    )
