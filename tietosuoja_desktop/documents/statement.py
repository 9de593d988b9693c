"""The privacy statement (tietosuojaseloste, GDPR Art 13 and 14) of one register, in the
traditional Finnish order of fifteen sections (domain.md, "The privacy statement")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from ..domain.enums import Language
from ..domain.processors import Processor
from ..domain.records import ControllerProfile, RegisterDescription
from . import sections
from .layout import (
    heading,
    kv_table,
    labelled,
    letterhead,
    para,
    signature_block,
    styles,
)
from .model import SignatureBlock, SupervisoryAuthority
from .pages import render
from .texts import format_date, text


def _said(answer: str) -> list[Flowable]:
    """A section that prints what the user answered, and nothing while they have not."""
    return [para(answer)] if answer else []


def _sections(
    controller: ControllerProfile,
    register: RegisterDescription,
    lang: Language,
    authority: SupervisoryAuthority,
    drawn_up: date,
    changed: date,
    processors: Sequence[Processor],
) -> list[list[Flowable]]:
    """The body of each of the fifteen sections, in order."""
    not_specified = text(lang, "common.not_specified")
    security = sections.security(register, lang)  # [(label, text)], empty when not described
    return [
        [
            kv_table(sections.controller_rows(controller, lang)),
            para(text(lang, "label.contact_person"), styles().label),
            kv_table(sections.contact_rows(controller, lang)),
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
) -> bytes:
    """The privacy statement of ``register`` as PDF bytes, all fifteen sections, signed at the
    end; ``processors`` are the named processors serving the register."""
    lang = Language(lang)
    st = styles()
    title = f"{text(lang, 'statement.title')}: {register.name}"
    story: list[Flowable] = letterhead(controller, lang)
    story += [para(title, st.title), para(text(lang, "statement.subtitle"), st.subtitle)]
    bodies = _sections(controller, register, lang, authority, drawn_up, changed, processors)
    for number, body in enumerate(bodies, start=1):
        story.append(heading(f"{number}. {text(lang, f'statement.s{number}')}"))
        story += body
    story.append(signature_block(signature, lang))
    return render(
        story,
        lang=lang,
        controller=controller,
        title=title,
        subject=text(lang, "statement.subtitle"),
    )
