"""The audit log as a PDF: the result of checking the hash chain and the chain's head first (so
the reader can keep the head hash elsewhere), then every entry, newest first. Entries hold
action, object and field names only, never personal values."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from reportlab.lib.units import mm

from ..domain.audit_chain import ChainCheck, ChainEntry
from ..domain.enums import Language
from ..domain.records import ControllerProfile
from .layout import cell, data_table, letterhead, para, sign_off, signature_block, styles
from .model import SignatureBlock
from .pages import render
from .texts import format_datetime, text

WIDTHS = (15 * mm, 35 * mm, 26 * mm, 30 * mm, 46 * mm, 20 * mm)
# reportlab lays a table out row by row; tables of this many rows keep memory and time flat.
ROWS_PER_TABLE = 500


def grouped(digest: str) -> str:
    """A hash in groups of eight, easier to copy by hand (``audit verify --head`` takes both)."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def check_paragraphs(check: ChainCheck, lang: Language) -> list:
    st = styles()
    if check.broken is None:
        verdict = text(lang, "audit.ok", count=check.checked)
    else:
        verdict = text(
            lang,
            "audit.broken",
            entry=check.broken.entry_id,
            at=format_datetime(check.broken.at, lang),
            problem=text(lang, f"audit.problem.{check.broken.problem.value}"),
            count=check.head.count,
        )
    return [
        para(verdict, st.label),
        para(text(lang, "audit.head", count=check.head.count)),
        para(grouped(check.head.hash), st.label),
        para(text(lang, "audit.head_note"), st.small),
    ]


def _row(entry: ChainEntry, lang: Language) -> list:
    values = (
        str(entry.id),
        format_datetime(entry.at, lang),
        entry.action,
        entry.entity + (f" {entry.entity_id}" if entry.entity_id is not None else ""),
        entry.fields.replace(",", ", "),
        entry.hash[:8],
    )
    return [cell(v, w) for v, w in zip(values, WIDTHS, strict=True)]


def build_audit_log(
    controller: ControllerProfile,
    entries: Iterable[ChainEntry],
    check: ChainCheck,
    lang: Language,
    *,
    printed_at: datetime,
    signature: SignatureBlock,
    total: int | None = None,
) -> bytes:
    """``entries`` in the order to print them (newest first); ``check`` is the verification
    made just before; ``total`` the number of entries in the log, when ``entries`` are only the
    newest of them."""
    lang = Language(lang)
    st = styles()
    title = text(lang, "audit.title")
    story = letterhead(controller, lang)
    story += [
        para(title, st.title),
        para(text(lang, "audit.subtitle"), st.subtitle),
        para(text(lang, "audit.printed", when=format_datetime(printed_at, lang))),
        *check_paragraphs(check, lang),
        para(text(lang, "audit.order"), st.small),
    ]
    headers = [
        text(lang, f"audit.col.{key}") for key in ("id", "at", "action", "entity", "fields", "hash")
    ]
    note_at = len(story)  # where a note on a shortened list goes: above the list
    rows: list[list] = []
    printed = 0
    for entry in entries:
        rows.append(_row(entry, lang))
        if len(rows) == ROWS_PER_TABLE:
            story.append(data_table(headers, rows, WIDTHS, right_aligned=(0,)))
            printed += len(rows)
            rows = []
    if rows or not printed:
        story.append(
            data_table(headers, rows, WIDTHS, right_aligned=(0,))
            if rows
            else para(text(lang, "audit.none"))
        )
    printed += len(rows)
    if total is not None and printed < total:
        note = text(lang, "audit.truncated", printed=printed, total=total)
        story.insert(note_at, para(note, st.small))
    sign_off(story, signature_block(signature, lang))
    return render(story, lang=lang, controller=controller, title=title, subject=title)
