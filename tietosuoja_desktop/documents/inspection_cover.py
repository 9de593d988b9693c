"""The supervisor's folder's cover page: the period, the 15 checklist items each with the
files that answer it or shown open with what to do, and the table of contents. It names files
and registers, never a person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..domain.enums import Language
from ..domain.inspection import CHECKLIST, ItemAnswer
from ..domain.records import ControllerProfile
from .layout import FRAME_WIDTH, cell, data_table, kv_table, letterhead, para, styles
from .pages import render
from .texts import format_date, text

KEY = "inspection"


def todo_text(lang: Language, answer: ItemAnswer) -> list[str]:
    """What is still open about an item, one line a thing to do."""
    lines = [
        text(lang, f"{KEY}.todo.{todo.reason}", **todo.placeholders()) for todo in answer.todos
    ]
    if not answer.files and not lines:
        lines.append(text(lang, f"{KEY}.todo.nothing"))
    return lines


def item_title(lang: Language, answer: ItemAnswer) -> str:
    spec = CHECKLIST[answer.item]
    name = text(lang, f"{KEY}.item.{answer.item.value}")
    return f"{name}\n{text(lang, f'{KEY}.article', article=spec.article)}"


def _answer_cell(lang: Language, answer: ItemAnswer) -> str:
    lines = list(answer.files)
    lines += todo_text(lang, answer)
    return "\n".join(lines)


def build_inspection_cover(
    controller: ControllerProfile,
    answers: Sequence[ItemAnswer],
    files: Sequence[str],
    lang: Language,
    *,
    start: date,
    end: date,
    today: date,
) -> bytes:
    lang = Language(lang)
    st = styles()
    title = text(lang, f"{KEY}.title")
    story = letterhead(controller, lang)
    story += [para(title, st.title), para(text(lang, f"{KEY}.subtitle"), st.subtitle)]
    opened = sum(1 for answer in answers if answer.open)
    story.append(
        kv_table(
            [
                (
                    text(lang, f"{KEY}.period"),
                    f"{format_date(start, lang)} – {format_date(end, lang)}",
                ),
                (text(lang, f"{KEY}.made"), format_date(today, lang)),
                (
                    text(lang, f"{KEY}.summary"),
                    text(lang, f"{KEY}.summary_value", answered=len(answers) - opened, open=opened),
                ),
            ],
            label_width=45 * mm,
        )
    )
    # Not kept with the table as headings are: the whole table would move to page 2.
    checklist = ParagraphStyle("inspection_checklist", parent=st.h1, keepWithNext=0)
    story.append(para(text(lang, f"{KEY}.checklist"), checklist))
    widths = [10 * mm, 52 * mm, 20 * mm, FRAME_WIDTH - 82 * mm]
    headers = [text(lang, f"{KEY}.col.{key}") for key in ("number", "item", "status", "answer")]
    rows = [
        [
            cell(value, width)
            for value, width in zip(
                (
                    str(number),
                    item_title(lang, answer),
                    text(lang, f"{KEY}.status.{'open' if answer.open else 'answered'}"),
                    _answer_cell(lang, answer),
                ),
                widths,
                strict=True,
            )
        ]
        for number, answer in enumerate(answers, start=1)
    ]
    story.append(data_table(headers, rows, widths))
    story.append(para(text(lang, f"{KEY}.contents"), st.h1))
    numbers = {
        name: [str(n) for n, answer in enumerate(answers, start=1) if name in answer.files]
        for name in files
    }
    widths = [FRAME_WIDTH - 30 * mm, 30 * mm]
    headers = [text(lang, f"{KEY}.col.{key}") for key in ("file", "items")]
    story.append(
        data_table(
            headers,
            [[cell(name, widths[0]), cell(", ".join(numbers[name]), widths[1])] for name in files],
            widths,
        )
    )
    story.append(Spacer(1, 3 * mm))
    for key in ("signed_note", "no_personal_data"):
        story.append(para(text(lang, f"{KEY}.{key}"), st.small))
    return render(story, lang=lang, controller=controller, title=title, subject=title)
