"""The retention run's report ("Poistoajo"): one page kept as evidence that people past their
registers' retention rules were erased (Art 5(1)(e), Art 5(2)). Counts, dates and the rules
applied; never a name, an address or an id of a person."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..domain.enums import Language
from ..domain.erasure import bookkeeping_keep_until
from ..domain.records import ControllerProfile
from ..domain.retention_run import RetentionRunResult, SkipReason
from .layout import cell, data_table, kv_table, letterhead, para, styles
from .pages import render
from .texts import counted_text, format_date, format_datetime, text

KEY = "retention_run"


def _rule(years: int, anchor, lang: Language) -> str:
    words = text(lang, f"retention.anchor.{anchor.value}")
    return counted_text(lang, "retention.rule", years, years=years, anchor=words)


def build_retention_report(
    controller: ControllerProfile, result: RetentionRunResult, lang: Language
) -> bytes:
    lang = Language(lang)
    st = styles()
    plan = result.plan
    title = text(lang, f"{KEY}.title")
    story = letterhead(controller, lang)
    story += [para(title, st.h1), para(text(lang, f"{KEY}.subtitle"), st.small)]
    story.append(Spacer(1, 3 * mm))
    outcome = "cancelled" if result.cancelled else "complete"
    rows = [
        (text(lang, f"{KEY}.applied_on"), format_date(plan.on, lang)),
        (text(lang, f"{KEY}.started"), format_datetime(result.started_at, lang)),
        (text(lang, f"{KEY}.finished"), format_datetime(result.finished_at, lang)),
        (text(lang, f"{KEY}.outcome"), text(lang, f"{KEY}.outcome.{outcome}")),
        (text(lang, f"{KEY}.planned"), str(plan.people)),
        (text(lang, f"{KEY}.erased"), str(result.erased)),
        (
            text(lang, f"{KEY}.anonymised"),
            text(
                lang,
                f"{KEY}.anonymised_value",
                count=result.orders_anonymised,
                until=format_date(bookkeeping_keep_until(plan.on), lang),
            ),
        ),
        (text(lang, f"{KEY}.orders_deleted"), str(result.orders_deleted)),
        (text(lang, f"{KEY}.documents_deleted"), str(result.documents_deleted)),
    ]
    story.append(kv_table(rows, label_width=70 * mm))
    story.append(para(text(lang, f"{KEY}.rules"), st.h2))
    widths = [70 * mm, 70 * mm, 30 * mm]
    headers = [text(lang, f"{KEY}.col.{key}") for key in ("register", "rule", "people")]
    story.append(
        data_table(
            headers,
            [
                [
                    cell(value, width)
                    for value, width in zip(
                        (rule.register_name, _rule(rule.years, rule.anchor, lang), rule.people),
                        widths,
                        strict=True,
                    )
                ]
                for rule in plan.rules
            ],
            widths,
        )
        if plan.rules
        else para(text(lang, f"{KEY}.no_rules"))
    )
    story.append(para(text(lang, f"{KEY}.skipped"), st.h2))
    story.append(
        kv_table(
            [
                (text(lang, f"{KEY}.skip.{reason.value}"), str(plan.skipped.get(reason, 0)))
                for reason in SkipReason
            ],
            label_width=120 * mm,
        )
    )
    story.append(Spacer(1, 3 * mm))
    for key in ("kept_note", "no_names"):
        story.append(para(text(lang, f"{KEY}.{key}"), st.small))
    return render(story, lang=lang, controller=controller, title=title, subject=title)
