"""A register's DPIA for the business's files (Art 35; Art 5(2) accountability): the screening
checklist by source with each answer and its reasoning and the conclusion, then, where one was
needed, the light DPIA (Art 35(7)): the processing, its necessity and proportionality, the
risks with their likelihood and severity, the measures, the residual risk and the decision,
dated, with the next review and who assessed it.

The headings and the checklist's questions are in the document's language; the answers print
as the user wrote them."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from ..domain.dpia import Dpia, DpiaScreening
from ..domain.dpia_checklist import CHECKLIST, dpia_needed
from ..domain.enums import Language
from ..domain.records import ControllerProfile
from .layout import (
    FRAME_WIDTH,
    cell,
    data_table,
    file_record_head,
    kv_table,
    para,
    printed_on,
    styles,
)
from .pages import render
from .texts import format_date, text

KEY = "dpia"


def _checklist(screening: DpiaScreening, lang: Language) -> list[Flowable]:
    story: list[Flowable] = []
    widths = (FRAME_WIDTH * 0.5, 18 * mm, FRAME_WIDTH * 0.5 - 18 * mm)
    headers = [text(lang, f"{KEY}.{name}") for name in ("question", "answer", "reasoning")]
    for source, items in groupby(CHECKLIST, key=lambda item: item.source):
        rows = []
        for item in items:
            answer = screening.answer(item.id)
            shown = "none" if answer is None else ("yes" if answer.applies else "no")
            rows.append(
                [
                    cell(text(lang, f"{KEY}.item.{item.id}"), widths[0]),
                    cell(text(lang, f"{KEY}.answer.{shown}"), widths[1]),
                    cell(answer.reasoning if answer else "", widths[2]),
                ]
            )
        label = para(text(lang, f"{KEY}.source.{source.value}"), styles().label)
        story.append(KeepTogether([label, data_table(headers, rows, widths)]))
    decided = dpia_needed({a.item: a.applies for a in screening.answers})
    conclusion = "needed" if decided else ("voluntary" if screening.needed else "not_needed")
    story.append(
        KeepTogether(
            [
                para(text(lang, f"{KEY}.conclusion"), styles().label),
                para(text(lang, f"{KEY}.conclusion.{conclusion}")),
            ]
        )
    )
    return story


def _part(lang: Language, name: str, value: str) -> Flowable:
    return KeepTogether([para(text(lang, f"{KEY}.{name}"), styles().label), para(value)])


def _assessment(dpia: Dpia, lang: Language) -> list[Flowable]:
    def level(value) -> str:
        return text(lang, f"{KEY}.level.{value.value}")

    widths = (FRAME_WIDTH - 64 * mm, 32 * mm, 32 * mm)
    headers = [text(lang, f"{KEY}.{name}") for name in ("risk", "likelihood", "severity")]
    rows = [
        [cell(r.description, widths[0]), level(r.likelihood), level(r.severity)] for r in dpia.risks
    ]
    return [
        _part(lang, "description", dpia.description),
        _part(lang, "necessity", dpia.necessity),
        para(text(lang, f"{KEY}.risks"), styles().label),
        data_table(headers, rows, widths),
        _part(lang, "measures", dpia.measures),
        kv_table(
            [
                (text(lang, f"{KEY}.residual_risk"), level(dpia.residual_risk)),
                (text(lang, f"{KEY}.decision"), text(lang, f"{KEY}.decision.{dpia.decision}")),
                (text(lang, f"{KEY}.assessed_on"), format_date(dpia.assessed_on, lang)),
                (text(lang, f"{KEY}.next_review"), format_date(dpia.next_review, lang)),
                (text(lang, f"{KEY}.reviewer"), dpia.reviewer),
            ]
        ),
    ]


def build_dpia(
    controller: ControllerProfile,
    register_name: str,
    screening: DpiaScreening,
    dpia: Dpia | None,
    lang: Language,
    *,
    today: date,
) -> bytes:
    """The screening and, when one was needed, the light DPIA as a PDF."""
    lang = Language(lang)
    st = styles()
    facts = [
        (text(lang, f"{KEY}.register"), register_name),
        (text(lang, f"{KEY}.screened_on"), format_date(screening.screened_on, lang)),
        (text(lang, f"{KEY}.screened_by"), screening.reviewer),
    ]
    title, story = file_record_head(controller, lang, KEY, facts)
    story += [para(text(lang, f"{KEY}.screening"), st.h2)]
    story.append(para(text(lang, f"{KEY}.screening.hint"), st.small))
    story += _checklist(screening, lang)
    if screening.needed:
        story.append(para(text(lang, f"{KEY}.assessment"), st.h2))
        if dpia is None:
            story.append(para(text(lang, f"{KEY}.no_assessment")))
        else:
            story += _assessment(dpia, lang)
    story += printed_on(lang, KEY, today)
    return render(story, lang=lang, controller=controller, title=title, subject=title)
