"""The data protection policy (Art 24(2); accountability, Art 5(2)): the business's internal
rules, printed from the register's facts section by section (the controller and its registers,
who has access, requests and their deadlines from the legal clock, breaches and the 72 hours,
retention and the erasure run per register, backups, the security review, processors and
their contracts, briefing), each followed by the user's own additions, with the version's
number, date and change note and the earlier versions.

The fixed wording is the document language's; the facts and additions print as written."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain.breaches import NOTIFY_WITHIN
from ..domain.clock import extended_due, response_due
from ..domain.enums import Language
from ..domain.policy import PolicyFacts, PolicySection
from .layout import (
    FRAME_WIDTH,
    cell,
    controller_contact,
    data_table,
    file_record_head,
    heading,
    labelled,
    para,
    printed_on,
)
from .pages import render
from .sections import retention
from .texts import format_date, format_datetime, text

KEY = "policy"


def _day(value: date | None, lang: Language) -> str:
    return format_date(value, lang) if value else "–"


def _controller(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    controller = facts.controller
    names = [r.name for r in facts.registers]
    return [
        para(
            text(
                lang,
                f"{KEY}.controller.text",
                controller=controller.name,
                contact=controller_contact(controller, lang),
            )
        ),
        *labelled(text(lang, f"{KEY}.controller.registers"), "\n".join(names), "–"),
    ]


def _access(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    story: list[Flowable] = [para(text(lang, f"{KEY}.access.text"))]
    if not facts.access:
        return [*story, para(text(lang, f"{KEY}.access.empty"))]
    registers = {r.id: r.name for r in facts.registers}
    widths = (FRAME_WIDTH * 0.24, FRAME_WIDTH * 0.16, FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.14)
    widths = (*widths, FRAME_WIDTH - sum(widths))
    headers = [
        text(lang, f"{KEY}.access.{name}")
        for name in ("name", "role", "reach", "undertaking", "briefed")
    ]
    rows = []
    for holder in facts.access:
        reach = [registers[i] for i in holder.register_ids if i in registers]
        reach += [holder.reach] if holder.reach else []
        values = (
            holder.name,
            text(lang, f"access.role.{holder.role.value}"),
            "; ".join(reach),
            _day(holder.undertaking_on, lang),
            _day(holder.briefed_on, lang),
        )
        rows.append([cell(value, width) for value, width in zip(values, widths, strict=True)])
    story.append(data_table(headers, rows, widths))
    missing = [
        h.name
        for h in facts.access
        if h.needs_undertaking and (h.undertaking_on is None or h.briefed_on is None)
    ]
    if missing:
        story.append(para(text(lang, f"{KEY}.access.missing", names=", ".join(missing))))
    return story


def _requests(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    received = facts.version.dated  # the example: a request arriving on the policy's date
    return [
        para(
            text(
                lang,
                f"{KEY}.requests.text",
                received=format_date(received, lang),
                due=format_date(response_due(received), lang),
            )
        ),
        para(
            text(
                lang,
                f"{KEY}.requests.extension",
                extended=format_date(extended_due(received), lang),
            )
        ),
    ]


def _breaches(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    hours = int(NOTIFY_WITHIN.total_seconds() // 3600)
    return [para(text(lang, f"{KEY}.breaches.text", hours=hours))]


def _retention(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    story: list[Flowable] = [para(text(lang, f"{KEY}.retention.text"))]
    if facts.registers:
        widths = (FRAME_WIDTH * 0.35, FRAME_WIDTH * 0.65)
        headers = [text(lang, f"{KEY}.retention.{n}") for n in ("register", "period")]
        rows = [
            [cell(r.name, widths[0]), cell(retention(r, lang), widths[1])] for r in facts.registers
        ]
        story.append(data_table(headers, rows, widths))
    return story


def _backups(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    backups = facts.backups
    state = "encrypted" if backups.encrypted_register else "plain"
    latest = (
        text(lang, f"{KEY}.backups.latest", date=format_datetime(backups.latest, lang))
        if backups.latest
        else text(lang, f"{KEY}.backups.never")
    )
    return [
        para(text(lang, f"{KEY}.backups.text", keep=backups.keep_last)),
        para(f"{text(lang, f'{KEY}.backups.{state}')} {latest}"),
    ]


def _security(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    return [para(text(lang, f"{KEY}.security.text"))]


def _processors(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    story: list[Flowable] = [para(text(lang, f"{KEY}.processors.text"))]
    if not facts.processors:
        return [*story, para(text(lang, f"{KEY}.processors.empty"))]
    widths = (FRAME_WIDTH * 0.28, FRAME_WIDTH * 0.28, FRAME_WIDTH * 0.16, FRAME_WIDTH * 0.14)
    widths = (*widths, FRAME_WIDTH - sum(widths))
    headers = [
        text(lang, f"{KEY}.processors.{name}")
        for name in ("name", "service", "country", "contract", "review")
    ]
    rows = [
        [
            cell(value, width)
            for value, width in zip(
                (
                    p.name,
                    p.service,
                    p.country,
                    _day(p.contract_on, lang),
                    _day(p.review_on, lang),
                ),
                widths,
                strict=True,
            )
        ]
        for p in facts.processors
    ]
    return [*story, data_table(headers, rows, widths)]


def _training(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    return [para(text(lang, f"{KEY}.training.text"))]


SECTIONS = {
    PolicySection.CONTROLLER: _controller,
    PolicySection.ACCESS: _access,
    PolicySection.REQUESTS: _requests,
    PolicySection.BREACHES: _breaches,
    PolicySection.RETENTION: _retention,
    PolicySection.BACKUPS: _backups,
    PolicySection.SECURITY: _security,
    PolicySection.PROCESSORS: _processors,
    PolicySection.TRAINING: _training,
}


def _history(facts: PolicyFacts, lang: Language) -> list[Flowable]:
    versions = (*facts.history, facts.version)
    widths = (20 * mm, 28 * mm, FRAME_WIDTH - 48 * mm)
    headers = [text(lang, f"{KEY}.versions.{n}") for n in ("number", "date")]
    headers.append(text(lang, f"{KEY}.note"))
    rows = [[str(v.number), format_date(v.dated, lang), cell(v.note, widths[2])] for v in versions]
    return [heading(text(lang, f"{KEY}.versions")), data_table(headers, rows, widths)]


def build_policy(facts: PolicyFacts, lang: Language, *, today: date) -> bytes:
    """The policy as a PDF: its version, the sections with the additions, the history."""
    lang = Language(lang)
    version = facts.version
    first = facts.history[0] if facts.history else version
    dates = [(text(lang, f"{KEY}.drawn_up"), format_date(first.dated, lang))]
    if not version.first:
        dates.append((text(lang, f"{KEY}.updated"), format_date(version.dated, lang)))
    value = text(
        lang, f"{KEY}.version.value", number=version.number, date=format_date(version.dated, lang)
    )
    facts_rows = [(text(lang, f"{KEY}.version"), value), *dates]
    if version.note:
        facts_rows.append((text(lang, f"{KEY}.note"), version.note))
    title, story = file_record_head(facts.controller, lang, KEY, facts_rows)
    for section, make in SECTIONS.items():
        story.append(heading(text(lang, f"{KEY}.{section.value}")))
        story += make(facts, lang)
        story += labelled(text(lang, f"{KEY}.own"), facts.additions.get(section, ""))
    story.append(Spacer(1, 2 * mm))
    story += _history(facts, lang)
    story += printed_on(lang, KEY, today)
    return render(story, lang=lang, controller=facts.controller, title=title, subject=title)


if set(SECTIONS) != set(PolicySection):  # a section without its printer stops the import
    raise RuntimeError("policy sections printed incompletely")
