"""The record of processing activities (seloste käsittelytoimista, GDPR Art 30(1)): the
controller and its contacts, then every register as one processing activity."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.platypus import Flowable

from ..domain.dpia import DpiaStatus, DpiaSummary
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
    sign_off,
    signature_block,
    styles,
)
from .model import SignatureBlock
from .pages import render
from .texts import format_date, text


def _activity(
    number: int,
    register: RegisterDescription,
    lang: Language,
    processors: Sequence[Processor],
    dpia: DpiaSummary,
) -> list[Flowable]:
    """One register: purposes, categories of people and data, recipients, transfers,
    retention and security measures (Art 30(1)(b)-(g)), and where its DPIA stands."""
    story: list[Flowable] = [heading(f"{number}. {register.name}", 2)]
    story.append(para(text(lang, "label.purposes"), styles().label))
    story += sections.purposes(register, lang)
    for label, value in sections.register_facts(register, lang):
        story += labelled(label, value)
    story += labelled(
        text(lang, "label.processor_contracts"), sections.processor_contracts(processors, lang)
    )
    security = sections.security(register, lang)
    story.append(para(text(lang, "label.security"), styles().label))
    if security:
        story.append(kv_table(security))
    else:
        story.append(para(text(lang, "common.not_specified")))
    dated = format_date(dpia.dated, lang) if dpia.dated else ""
    story += labelled(
        text(lang, "label.dpia"), text(lang, f"dpia.status.{dpia.status}", date=dated)
    )
    return story


def build_processing_record(
    controller: ControllerProfile,
    registers: Sequence[RegisterDescription],
    lang: Language,
    *,
    signature: SignatureBlock,
    today: date,
    processors: Mapping[int, Sequence[Processor]] | None = None,
    dpia: Mapping[int, DpiaSummary] | None = None,
) -> bytes:
    """The Art 30 record of all ``registers`` as PDF bytes, dated ``today`` and signed;
    ``processors`` are each register's named processors and ``dpia`` where its impact
    assessment stands, by register id."""
    lang = Language(lang)
    st = styles()
    title = text(lang, "record.title")
    story: list[Flowable] = letterhead(controller, lang)
    story += [
        para(title, st.title),
        para(text(lang, "record.subtitle"), st.subtitle),
        para(text(lang, "record.updated", date=format_date(today, lang))),
        heading(text(lang, "record.controller")),
        kv_table(sections.controller_rows(controller, lang)),
        *sections.contact_block(controller, lang),
        para(text(lang, "label.dpo"), st.label),
    ]
    story += sections.dpo(controller, lang, text(lang, "record.no_dpo"))
    story.append(heading(text(lang, "record.activities")))
    if not registers:
        story.append(para(text(lang, "record.no_registers")))
    for number, register in enumerate(registers, start=1):
        summary = (dpia or {}).get(register.id, DpiaSummary(DpiaStatus.UNSCREENED))
        named = (processors or {}).get(register.id, ())
        story += _activity(number, register, lang, named, summary)
    sign_off(story, signature_block(signature, lang))
    return render(
        story,
        lang=lang,
        controller=controller,
        title=title,
        subject=text(lang, "record.subtitle"),
    )
