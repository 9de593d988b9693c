"""The request log (accountability, GDPR Art 5(2)): every data-subject request received in a
period with its received, due and answered dates and outcome, for the day the authority asks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm

from ..domain.enums import DefaultOutcome, IdentityCheck, Language, RequestStatus
from ..domain.records import ControllerProfile, DataRequest
from .layout import cell, data_table, letterhead, para, sign_off, signature_block, styles
from .model import SignatureBlock
from .pages import render
from .texts import enum_text, format_date, text


@dataclass(frozen=True)
class LogEntry:
    """One request as the log shows it: the record, its effective due date, and why the
    identity was taken as certain when the user said so (Art 12(6))."""

    request: DataRequest
    due: date
    identity_reason: str = ""
    identity_needed: bool = True  # False: the answer neither discloses nor changes data


def answered_late(entry: LogEntry) -> bool:
    done = entry.request.completed_on
    return done is not None and done > entry.due


def build_request_log(
    controller: ControllerProfile,
    entries: list[LogEntry],
    lang: Language,
    *,
    start: date,
    end: date,
    signature: SignatureBlock,
) -> bytes:
    lang = Language(lang)
    st = styles()
    title = text(lang, "log.title")
    story = letterhead(controller, lang)
    story += [
        para(title, st.title),
        para(text(lang, "log.subtitle"), st.subtitle),
        para(text(lang, "log.period", start=format_date(start, lang), end=format_date(end, lang))),
    ]
    statuses = [e.request.status for e in entries]
    story.append(
        para(
            text(
                lang,
                "log.summary",
                total=len(entries),
                completed=statuses.count(RequestStatus.COMPLETED),
                refused=statuses.count(RequestStatus.REFUSED),
                withdrawn=statuses.count(RequestStatus.WITHDRAWN),
                open=sum(1 for s in statuses if not s.is_closed),
                late=sum(1 for e in entries if answered_late(e)),
            )
        )
    )
    if not entries:
        story.append(para(text(lang, "log.none")))
    else:
        # Wide enough that no single word breaks in any language ("Suoramarkkinointikielto",
        # "henkilöllisyyden", a date, "personligen"); 170 mm in all.
        widths = [8.5 * mm, 38 * mm, 19.5 * mm, 20 * mm, 20 * mm, 26 * mm, 38 * mm]
        headers = [
            text(lang, f"log.col.{key}")
            for key in ("id", "type", "received", "due", "done", "status", "outcome")
        ]
        rows = []
        for entry in entries:
            request = entry.request
            prepared = request.status is RequestStatus.READY_TO_SEND
            default = DefaultOutcome.of(request.outcome) is not None
            # A default outcome ("access report sent") is true only once it is sent.
            outcome = ("" if prepared and default else outcome_text(request.outcome, lang)) or (
                text(lang, "log.erased") if request.subject_erased else ""
            )
            values = [
                str(request.id),
                f"{enum_text(lang, 'request', request.type)}\n{identity_text(entry, lang)}",
                format_date(request.received, lang),
                format_date(entry.due, lang),
                answered(request, lang),
                enum_text(lang, "status", request.status),
                outcome,
            ]
            rows.append([cell(v, w) for v, w in zip(values, widths, strict=True)])
        story.append(data_table(headers, rows, widths))
    sign_off(story, signature_block(signature, lang))
    return render(story, lang=lang, controller=controller, title=title, subject=title)


def identity_text(entry: LogEntry, lang: Language) -> str:
    """The identity decision: "Henkilöllisyys: varmistettu (tunnen asiakkaan)"."""
    identity = entry.request.identity
    reason = entry.identity_reason.strip()
    if identity is IdentityCheck.NOT_NEEDED and not entry.identity_needed:
        reason = text(lang, "log.identity_not_needed")
    named = enum_text(lang, "identity", identity)
    if reason:
        return text(lang, "log.identity_reason", identity=named, reason=reason)
    return text(lang, "log.identity", identity=named)


def answered(request: DataRequest, lang: Language) -> str:
    """When the answer went, and how when it was sent: "5.10.2026 kirje"."""
    when = format_date(request.completed_on, lang)
    if request.sent_via is None:
        return when
    return f"{when} {enum_text(lang, 'sent_via', request.sent_via)}"


def outcome_text(outcome: str, lang: Language) -> str:
    """A request's outcome: the user's own words as written, a default outcome in ``lang``."""
    default = DefaultOutcome.of(outcome)
    return text(lang, f"outcome.{default.name.lower()}") if default else outcome
