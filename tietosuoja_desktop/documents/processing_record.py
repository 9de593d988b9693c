"""The record of processing activities (seloste käsittelytoimista, GDPR Art 30(1)): the
controller and its contacts, then every register as one processing activity."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.dpia import DpiaStatus, DpiaSummary
from ..domain.dpo_decision import DpoDecision
from ..domain.enums import Language
from ..domain.processors import Processor
from ..domain.records import ControllerProfile, RegisterDescription
from ..domain.security_review import SecurityReview
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
from .security_review import level_text
from .texts import format_date, text


def _activity(
    number: int,
    register: RegisterDescription,
    lang: Language,
    processors: Sequence[Processor],
    dpia: DpiaSummary,
    review: SecurityReview | None,
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
    story += labelled(text(lang, "label.security_review"), _review_line(review, register, lang))
    dated = format_date(dpia.dated, lang) if dpia.dated else ""
    story += labelled(
        text(lang, "label.dpia"), text(lang, f"dpia.status.{dpia.status}", date=dated)
    )
    return story


def _review_line(
    review: SecurityReview | None, register: RegisterDescription, lang: Language
) -> str:
    """The newest security review in a line: its date, the next one and the highest residual
    risk, or that none was made or that it does not cover this register."""
    if review is None:
        return text(lang, "record.security_review.none")
    dated = format_date(review.reviewed_on, lang)
    if register.id not in review.register_ids:
        return text(lang, "record.security_review.not_covered", date=dated)
    return text(
        lang,
        "record.security_review",
        date=dated,
        next=format_date(review.next_review, lang),
        level=level_text(lang, review.highest_residual).lower(),
    )


def _dpo_decision(decision: DpoDecision | None, lang: Language) -> list[Flowable]:
    """Why a DPO is or is not needed (Art 37(1)): the conclusion, each question answered with
    its reasoning, and the day it was assessed."""
    story: list[Flowable] = [para(text(lang, "record.dpo_decision"), styles().label)]
    if decision is None:
        return [*story, para(text(lang, "record.dpo_decision.none"))]
    story.append(para(text(lang, f"record.dpo_decision.{decision.conclusion.value}")))
    rows = []
    for answer in decision.answers:
        said = text(lang, f"dpia.answer.{'yes' if answer.applies else 'no'}")
        rows.append(
            (text(lang, f"dpo.question.{answer.question.value}"), f"{said}. {answer.reasoning}")
        )
    story.append(kv_table(rows, label_width=80 * mm))
    dated = format_date(decision.decided_on, lang)
    story.append(para(text(lang, "record.dpo_decision.decided", date=dated), styles().small))
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
    security: SecurityReview | None = None,
    dpo: DpoDecision | None = None,
) -> bytes:
    """The Art 30 record of all ``registers`` as PDF bytes, dated ``today`` and signed;
    ``processors`` are each register's named processors and ``dpia`` where its impact
    assessment stands, by register id; ``security`` the newest security review and ``dpo``
    the decision on a data protection officer."""
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
    story += _dpo_decision(dpo, lang)
    story.append(heading(text(lang, "record.activities")))
    if not registers:
        story.append(para(text(lang, "record.no_registers")))
    for number, register in enumerate(registers, start=1):
        summary = (dpia or {}).get(register.id, DpiaSummary(DpiaStatus.UNSCREENED))
        named = (processors or {}).get(register.id, ())
        story += _activity(number, register, lang, named, summary, security)
    sign_off(story, signature_block(signature, lang))
    return render(
        story,
        lang=lang,
        controller=controller,
        title=title,
        subject=text(lang, "record.subtitle"),
    )
