"""The privacy statement (tietosuojaseloste, GDPR Art 13 and 14) of one register, in the
traditional Finnish order of fifteen sections (domain.md, "The privacy statement"), and a
sixteenth on how changes are announced, with the statement's version history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from ..domain.enums import Language
from ..domain.processors import Processor
from ..domain.records import ControllerProfile, RegisterDescription
from ..domain.statement_versions import StatementVersion
from . import sections
from .layout import (
    FRAME_WIDTH,
    data_table,
    heading,
    kv_table,
    labelled,
    letterhead,
    para,
    sign_off,
    signature_block,
    styles,
)
from .model import SignatureBlock, SupervisoryAuthority
from .pages import render
from .texts import format_date, text


def _said(answer: str) -> list[Flowable]:
    """A section that prints what the user answered, and nothing while they have not."""
    return [para(answer)] if answer else []


def _dated(version: StatementVersion, lang: Language) -> str:
    """ "Laadittu 2.1.2025" for the first version, "Päivitetty 6.12.2026" after it."""
    key = "statement.drawn_up_on" if version.first else "statement.updated_on"
    return text(lang, key, date=format_date(version.dated, lang))


def _version_lines(versions: Sequence[StatementVersion], lang: Language) -> list[Flowable]:
    """Under the title: this version's number and date, and its change note if any."""
    if not versions:
        return []
    current = versions[-1]
    number = text(lang, "statement.version", number=current.number)
    lines = [para(f"{number} · {_dated(current, lang)}", styles().label)]
    if current.note:
        lines.append(para(text(lang, "statement.change_note", note=current.note)))
    return lines


def _untranslated_note(
    sections: Sequence[int], original: Language | None, lang: Language
) -> list[Flowable]:
    """Under the title: which sections print texts in their original language, and which."""
    if not sections or original is None:
        return []
    named = ", ".join(f"{number}. {text(lang, f'statement.s{number}')}" for number in sections)
    original_name = text(lang, f"language.{Language(original).value}")
    note = text(lang, "statement.untranslated", sections=named, original=original_name)
    return [para(note, styles().note)]


def _changes(versions: Sequence[StatementVersion], lang: Language) -> list[Flowable]:
    """How changes are announced, and every version so far (number, date, note)."""
    body: list[Flowable] = [para(text(lang, "statement.changes"))]
    if versions:
        headers = [text(lang, f"statement.history.{name}") for name in ("version", "date", "note")]
        rows = [[str(v.number), _dated(v, lang), para(v.note, styles().cell)] for v in versions]
        widths = (0.14 * FRAME_WIDTH, 0.3 * FRAME_WIDTH, 0.56 * FRAME_WIDTH)
        body.append(data_table(headers, rows, widths))
    return body


def _sections(
    controller: ControllerProfile,
    register: RegisterDescription,
    lang: Language,
    authority: SupervisoryAuthority,
    drawn_up: date,
    changed: date,
    processors: Sequence[Processor],
    versions: Sequence[StatementVersion],
) -> list[list[Flowable]]:
    """The body of each of the sixteen sections, in order."""
    not_specified = text(lang, "common.not_specified")
    security = sections.security(register, lang)  # [(label, text)], empty when not described
    return [
        [
            kv_table(sections.controller_rows(controller, lang)),
            *sections.contact_block(controller, lang),
        ],
        sections.dpo(controller, lang, text(lang, "statement.no_dpo")),
        [para(register.name)],
        sections.purposes(register, lang),
        [
            *labelled(text(lang, "label.data_subjects"), register.data_subject_categories),
            *labelled(text(lang, "label.categories"), register.data_categories, not_specified),
        ],
        [para(register.sources or not_specified)],
        [
            para(sections.recipients(register, lang)),
            *labelled(
                text(lang, "label.processors"), sections.processor_names(register, processors)
            ),
        ],
        _said(sections.transfers(register, lang)),
        [para(sections.retention(register, lang))],
        sections.rights(lang, authority),
        _said(sections.provision(register, lang)),
        _said(sections.automated(register, lang)),
        [flow for label, value in security for flow in labelled(label, value)]
        or [para(not_specified)],
        [para(register.cookies or text(lang, "statement.no_cookies"))],
        [
            kv_table(
                [
                    (text(lang, "label.drawn_up"), format_date(drawn_up, lang)),
                    (text(lang, "label.changed"), format_date(changed, lang)),
                ]
            )
        ],
        _changes(versions, lang),
    ]


def build_privacy_statement(
    controller: ControllerProfile,
    register: RegisterDescription,
    lang: Language,
    *,
    authority: SupervisoryAuthority,
    signature: SignatureBlock,
    drawn_up: date,
    changed: date,
    processors: Sequence[Processor] = (),
    versions: Sequence[StatementVersion] = (),
    untranslated: Sequence[int] = (),
    original: Language | None = None,
) -> bytes:
    """The privacy statement of ``register`` as PDF bytes, all sixteen sections, signed at the
    end; ``processors`` are the named processors serving the register, ``versions`` the
    statement's history, oldest first, ending with the version this PDF is. ``untranslated``
    are the sections that print some text in the ``original`` language: a note on the first
    page names them."""
    lang = Language(lang)
    st = styles()
    title = f"{text(lang, 'statement.title')}: {register.name}"
    story: list[Flowable] = letterhead(controller, lang)
    story += [para(title, st.title), para(text(lang, "statement.subtitle"), st.subtitle)]
    story += _version_lines(versions, lang)
    story += _untranslated_note(untranslated, original, lang)
    bodies = _sections(
        controller, register, lang, authority, drawn_up, changed, processors, versions
    )
    for number, body in enumerate(bodies, start=1):
        story.append(heading(f"{number}. {text(lang, f'statement.s{number}')}"))
        story += body
    sign_off(story, signature_block(signature, lang))
    return render(
        story,
        lang=lang,
        controller=controller,
        title=title,
        subject=text(lang, "statement.subtitle"),
    )
