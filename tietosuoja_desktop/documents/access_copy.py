"""The part of the access report's copy (Art 15(3)) that the register keeps about its own work
with the person: the audit trail in words, the earlier requests with their timelines, the
documents archived about them and the backups that may hold them; and the lines that say what
the report cannot name (recipients by name, texts left in their original language).

The wording is in ``texts_copy_*``; field and action names the texts do not know (from a later
version) print as stored, so nothing recorded is left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from ..domain.enums import Language
from ..domain.records import ArchivedDocument, AuditEntry, DataRequest, RequestEvent
from .layout import FRAME_WIDTH, bullets, cell, data_table, heading, para, styles
from .model import BackupHolding, Untranslated
from .request_log import outcome_text
from .texts import enum_text, format_date, format_datetime, request_text, text

TIME_WIDTH = 38 * mm  # "22 November 2026 12:00" on one line
SHORT_SHA256 = 16  # hex digits: enough to tell documents apart, short enough to compare

# Register texts as the access report prints them (part 2), by register_languages field name.
_PRINTED_FIELDS = {
    "name": "copy.field.name",
    "data_subject_categories": "label.data_subjects",
    "data_categories": "label.categories",
    "sources": "label.sources",
    "recipients": "label.recipients",
    "processors": "label.processors",
    "transfer_safeguards": "label.safeguards",
    "retention_text": "label.retention",
    "automated_decisions": "label.automated",
}


def _known(lang: Language, key: str, fallback: str) -> str:
    try:
        return text(lang, key)
    except KeyError:
        return fallback


def field_words(lang: Language, names: Iterable[str]) -> str:
    """Audited field names in words: "etunimi, sähköposti"."""
    words: list[str] = []
    for name in names:
        word = _known(lang, f"audit_field.{name}", name.replace("_", " "))
        if word not in words:
            words.append(word)
    return ", ".join(words)


def _lower_first(value: str) -> str:
    return value[:1].lower() + value[1:]


def untranslated_notes(items: tuple[Untranslated, ...], lang: Language) -> list[Flowable]:
    """One line per register whose texts part 2 prints in their original language."""
    story: list[Flowable] = []
    for item in items:
        fields: list[str] = []
        for name in item.fields:
            purpose = name.startswith("purposes[")
            key = "copy.field.purposes" if purpose else _PRINTED_FIELDS.get(name)
            word = _lower_first(text(lang, key)) if key else ""
            if word and word not in fields:
                fields.append(word)
        if fields:
            original = text(lang, f"language.{item.original.value}")
            line = text(
                lang,
                "copy.untranslated",
                register=item.register,
                original=original,
                fields=", ".join(fields),
            )
            story.append(para(line, styles().small))
    return story


def recipients_by_name(lang: Language) -> tuple[str, str]:
    """The row under a register's recipients: the register names none (Art 15(1)(c))."""
    return text(lang, "copy.recipients_named"), text(lang, "copy.recipients_not_named")


def audit_trail(entries: tuple[AuditEntry, ...], limit: int, lang: Language) -> list[Flowable]:
    """What was changed about the person and when, oldest first; field names, never values."""
    story: list[Flowable] = [
        heading(text(lang, "copy.audit"), 2),
        para(text(lang, "copy.audit_intro")),
    ]
    if not entries:
        return [*story, para(text(lang, "common.none_recorded"))]
    widths = (TIME_WIDTH, 58 * mm, FRAME_WIDTH - TIME_WIDTH - 58 * mm)
    rows = [
        [
            cell(format_datetime(entry.at, lang), widths[0]),
            cell(_known(lang, f"audit_action.{entry.action}", entry.action), widths[1]),
            cell(field_words(lang, entry.fields), widths[2]),
        ]
        for entry in sorted(entries, key=lambda entry: (entry.at, entry.id or 0))
    ]
    headers = [text(lang, f"copy.col.{name}") for name in ("time", "event", "fields")]
    story.append(data_table(headers, rows, widths))
    if limit and len(entries) >= limit:
        story.append(para(text(lang, "copy.audit_newest", count=len(entries)), styles().small))
    return story


def _event_line(event: RequestEvent, lang: Language) -> str:
    words = _known(lang, f"event.{event.action}", event.action.replace("_", " "))
    note = event.note.strip()
    if event.action == "rectified" and note:
        words += f": {field_words(lang, [name.strip() for name in note.split(',')])}"
    elif event.action in ("extend", "refuse") and note:
        words += f": {note}"
    return f"{format_datetime(event.at, lang)}  {words}"


def _request_block(
    request: DataRequest, events: list[RequestEvent], lang: Language
) -> list[Flowable]:
    st = styles()
    received = format_date(request.received, lang)
    status = enum_text(lang, "status", request.status)
    if request.completed_on:
        completed = format_date(request.completed_on, lang)
        state = text(
            lang, "copy.request_state_done", received=received, status=status, completed=completed
        )
    else:
        state = text(lang, "copy.request_state", received=received, status=status)
    head: list[Flowable] = [para(request_text(lang, request.type), st.label), para(state)]
    if request.description.strip():
        description = request.description.strip()
        head.append(para(text(lang, "copy.request_description", description=description)))
    if request.completed_on and request.outcome.strip():
        outcome = outcome_text(request.outcome.strip(), lang)
        head.append(para(text(lang, "copy.request_outcome", outcome=outcome)))
    return [KeepTogether(head), *bullets(_event_line(event, lang) for event in events)]


def request_history(
    requests: tuple[DataRequest, ...], events: tuple[RequestEvent, ...], lang: Language
) -> list[Flowable]:
    """Each earlier request: its type and article, dates, what was asked, the outcome and
    every step on its timeline."""
    story: list[Flowable] = [heading(text(lang, "access.requests"), 2)]
    if not requests:
        return [*story, para(text(lang, "common.none_recorded"))]
    by_request: dict[int | None, list[RequestEvent]] = {}
    for event in sorted(events, key=lambda event: (event.at, event.id or 0)):
        by_request.setdefault(event.request_id, []).append(event)
    for request in sorted(requests, key=lambda request: (request.received, request.id or 0)):
        story += _request_block(request, by_request.get(request.id, []), lang)
    return story


def document_title(document: ArchivedDocument, lang: Language) -> str:
    """The document's title in ``lang`` when its kind is known, else the title it was kept
    under."""
    kind = document.kind
    letter = f"letter.{kind.removeprefix('letter_')}.title" if kind.startswith("letter_") else ""
    key = {"access_report": "access.title", "letter_breach": "breach.letter.title"}.get(
        kind, letter
    )
    return _known(lang, key, document.title) if key else document.title


def archived_documents(documents: tuple[ArchivedDocument, ...], lang: Language) -> list[Flowable]:
    """The documents archived about the person: date, title and the start of the SHA-256."""
    story: list[Flowable] = [
        heading(text(lang, "copy.documents"), 2),
        para(text(lang, "copy.documents_intro")),
    ]
    if not documents:
        return [*story, para(text(lang, "common.none_recorded"))]
    widths = (TIME_WIDTH, FRAME_WIDTH - TIME_WIDTH - 42 * mm, 42 * mm)
    rows = [
        [
            cell(format_datetime(document.created_at, lang), widths[0]),
            cell(document_title(document, lang), widths[1]),
            document.sha256[:SHORT_SHA256],
        ]
        for document in sorted(documents, key=lambda document: (document.created_at, document.id))
    ]
    headers = [text(lang, f"copy.col.{name}") for name in ("time", "document", "checksum")]
    return [*story, data_table(headers, rows, widths)]


def backups(holding: BackupHolding | None, lang: Language) -> list[Flowable]:
    """Which backups may still hold the person, and until when (rotation, or removal)."""
    if holding is None:
        return []
    story: list[Flowable] = [heading(text(lang, "copy.backups"), 2)]
    if not holding.count:
        return [*story, para(text(lang, "copy.backups_none")), para(text(lang, "copy.backups_use"))]
    oldest = format_date(holding.oldest.date() if holding.oldest else None, lang)
    newest = format_date(holding.newest.date() if holding.newest else None, lang)
    story.append(
        para(text(lang, "copy.backups_held", count=holding.count, oldest=oldest, newest=newest))
    )
    if holding.automatic:
        story.append(
            para(
                text(
                    lang,
                    "copy.backups_automatic",
                    automatic=holding.automatic,
                    keep=holding.keep_last,
                )
            )
        )
    if holding.on_request:
        story.append(para(text(lang, "copy.backups_on_request", manual=holding.on_request)))
    story.append(para(text(lang, "copy.backups_until", keep=holding.keep_last)))
    return [*story, para(text(lang, "copy.backups_use"))]
