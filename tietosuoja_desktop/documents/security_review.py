"""The annual security review on one page (Art 32(1)(d); Art 5(2) accountability): when and by
whom it was made, the next review, the registers it covers, the register file's encryption and
the backups, then every risk with the measures in place and the risk that remains.

The headings, risks and measures are in the document's language; what the user wrote (other
measures, where the backups are) prints as written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.enums import Language
from ..domain.records import ControllerProfile
from ..domain.security_review import SecurityReview
from .layout import FRAME_WIDTH, cell, data_table, file_record_head, para, printed_on, styles
from .pages import render
from .texts import format_date, text

KEY = "security"


def level_text(lang: Language, level) -> str:
    """A residual risk in words (the DPIA's low / medium / high)."""
    return text(lang, f"dpia.level.{level.value}")


def _measures(entry, lang: Language) -> str:
    named = [text(lang, f"{KEY}.measure.{m.value}") for m in entry.measures]
    if named:
        named[0] = named[0][:1].upper() + named[0][1:]
    shown = ", ".join(named)
    if entry.other:
        shown = f"{shown}. {entry.other}" if shown else entry.other
    return shown or text(lang, f"{KEY}.none")


def build_security_review(
    controller: ControllerProfile,
    review: SecurityReview,
    register_names: Sequence[str],
    lang: Language,
    *,
    today: date,
) -> bytes:
    """The review as a PDF of one page (more only when the user's own texts run long)."""
    lang = Language(lang)
    encrypted = "yes" if review.app_encrypted else "no"
    facts = [
        (text(lang, f"{KEY}.reviewed_on"), format_date(review.reviewed_on, lang)),
        (text(lang, f"{KEY}.reviewer"), review.reviewer),
        (text(lang, f"{KEY}.next_review"), format_date(review.next_review, lang)),
        (text(lang, f"{KEY}.registers"), ", ".join(register_names) or text(lang, f"{KEY}.none")),
        (text(lang, f"{KEY}.app_encryption"), text(lang, f"{KEY}.encrypted.{encrypted}")),
        (text(lang, f"{KEY}.backups"), review.backups or text(lang, f"{KEY}.none")),
        (text(lang, f"{KEY}.highest"), level_text(lang, review.highest_residual)),
    ]
    title, story = file_record_head(controller, lang, KEY, facts)
    widths = (FRAME_WIDTH * 0.36, FRAME_WIDTH * 0.64 - 28 * mm, 28 * mm)
    headers = [text(lang, f"{KEY}.{name}") for name in ("risk", "measures", "residual")]
    rows: list[list[object]] = [
        [
            cell(text(lang, f"{KEY}.risk.{entry.risk.value}"), widths[0]),
            cell(_measures(entry, lang), widths[1]),
            level_text(lang, entry.residual),
        ]
        for entry in review.risks
    ]
    story: list[Flowable] = [*story, para(text(lang, f"{KEY}.risks"), styles().h2)]
    story.append(data_table(headers, rows, widths))
    story += printed_on(lang, KEY, today)
    return render(story, lang=lang, controller=controller, title=title, subject=title)
