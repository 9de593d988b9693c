"""The consent record of one person on one page, for the business's file or for the person
(Art 7(1): the controller shows that the person consented): each consent and withdrawal with
its date, purpose and channel, how it was given, the exact words agreed to with their text
version, the privacy statement version in force that day, who recorded it and the evidence
file's SHA-256. Consents recorded before texts were versioned say the text was not recorded.

The labels are in the document's language; the words and names print as recorded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..domain.consent_texts import ConsentProof
from ..domain.enums import Language
from ..domain.records import ControllerProfile
from .layout import kv_table, lead_para, letterhead, para, styles
from .pages import render
from .texts import format_date, format_datetime, text

KEY = "consents"


def _entry(lang: Language, proof: ConsentProof) -> Flowable:
    event = proof.event

    def t(key: str, **values: object) -> str:
        return text(lang, f"{KEY}.{key}", **values)

    channel = (
        t(f"channel.{event.marketing_channel.value}")
        if event.marketing_channel
        else t("every_channel")
    )
    if proof.text_version is not None:
        version = t("text_version", register=proof.register_name, version=proof.text_version)
    else:
        version = t("no_text_version")
    statement = (
        t("statement_version", version=proof.statement_version)
        if proof.statement_version is not None
        else t("no_statement_version")
    )
    evidence = t("no_evidence")
    if event.evidence_sha256:
        archived = t("archived") if proof.evidence_archived else t("not_archived")
        evidence = f"{event.evidence_file} ({archived})\nSHA-256 {event.evidence_sha256}"
    elif event.evidence:
        evidence = event.evidence
    rows = [
        (t("words"), event.text or t("not_recorded")),
        (t("text_version_label"), version),
        (t("statement_label"), statement),
        (t("way"), t(f"method.{event.method.value}")),
        (t("recorded_by"), event.recorded_by or "-"),
        (t("evidence"), evidence),
    ]
    lead = f"{format_datetime(event.at, lang)} · {t(event.action.value)}"
    return KeepTogether(
        [lead_para(lead, f"{event.purpose} · {channel}"), kv_table(rows, 40 * mm), Spacer(1, 2)]
    )


def build_consent_record(
    controller: ControllerProfile,
    person_name: str,
    proofs: Sequence[ConsentProof],
    lang: Language,
    *,
    today: date,
) -> bytes:
    """The record as a PDF: the person, then every consent and withdrawal, oldest first."""
    lang = Language(lang)
    st = styles()
    title = text(lang, f"{KEY}.title")
    story: list[Flowable] = letterhead(controller, lang)
    story += [para(title, st.h1), para(text(lang, f"{KEY}.subtitle"), st.small)]
    story.append(Spacer(1, 2 * mm))
    story.append(kv_table([(text(lang, f"{KEY}.person"), person_name)], 40 * mm))
    story += [_entry(lang, proof) for proof in proofs] or [para(text(lang, f"{KEY}.none"))]
    story.append(Spacer(1, 3 * mm))
    story.append(para(text(lang, f"{KEY}.printed", date=format_date(today, lang)), st.small))
    return render(story, lang=lang, controller=controller, title=title, subject=title)
