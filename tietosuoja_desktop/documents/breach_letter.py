"""Documents of the breach log: the letter telling an affected person of a breach (Art 34(2):
in clear and plain language, the nature of the breach, the contact point, the likely
consequences and the measures taken or proposed) and a one-page report of the record for the
business's own files (Art 33(5))."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain.breaches import Breach, InformExemption, notification_due
from ..domain.enums import Language
from ..domain.records import ControllerProfile, Customer
from . import sections
from .layout import (
    address_block,
    bullets,
    controller_contact,
    kv_table,
    labelled,
    letterhead,
    para,
    printed_phone,
    sign_off,
    signature_block,
    styles,
)
from .model import SignatureBlock, SupervisoryAuthority
from .pages import render
from .texts import format_date, format_datetime, text


def recipient_address(customer: Customer) -> str:
    town = f"{customer.postal_code} {customer.city}".strip()
    lines = [customer.street_address, town, customer.email]
    return "\n".join(line for line in lines if line)


def _natures(breach: Breach, lang: Language) -> str:
    return ", ".join(text(lang, f"breach.nature.{n.value}") for n in breach.natures)


def _contact_point(controller: ControllerProfile, lang: Language) -> str:
    """Art 33(3)(b): the data protection officer when one is appointed, else the contact."""
    if controller.dpo_name.strip():
        phone = printed_phone(controller.dpo_phone, lang)
        parts = (controller.dpo_name, controller.dpo_email, phone)
        return ", ".join(part for part in parts if part)
    return controller_contact(controller, lang)


def build_breach_letter(
    breach: Breach,
    customer: Customer,
    controller: ControllerProfile,
    lang: Language,
    *,
    authority: SupervisoryAuthority,
    signature: SignatureBlock,
    today: date,
) -> bytes:
    """The Art 34 letter to one affected person, in ``lang``, as PDF bytes."""
    lang = Language(lang)
    st = styles()
    key = "breach.letter"
    title = text(lang, f"{key}.title")
    discovered = format_datetime(breach.discovered_at, lang)
    story: list[Flowable] = letterhead(controller, lang)
    story.append(address_block(customer.display_name, recipient_address(customer), today, lang))
    story += [para(title, st.h1)]
    if breach.id is not None:
        reference = text(lang, "letter.our_reference", reference=f"TL-{breach.id}")
        story.append(para(reference, st.small))
    story.append(Spacer(1, 4 * mm))
    if customer.display_name.strip():
        story.append(para(text(lang, "letter.salutation", name=customer.display_name.strip())))
    story.append(para(text(lang, f"{key}.intro", discovered=discovered)))
    story += labelled(text(lang, f"{key}.what"), breach.description)
    story.append(para(text(lang, f"{key}.nature", natures=_natures(breach, lang))))
    story += labelled(text(lang, f"{key}.data"), breach.data_categories)
    story += labelled(
        text(lang, f"{key}.consequences"),
        breach.consequences,
        text(lang, f"{key}.consequences_unknown"),
    )
    measures = [m for m in (breach.measures_taken, breach.measures_proposed) if m.strip()]
    story += labelled(text(lang, f"{key}.measures"), "\n".join(measures))
    story.append(para(text(lang, f"{key}.advice")))
    if breach.authority_notified_at is not None:
        notified = format_date(breach.authority_notified_at.date(), lang)
        story.append(para(text(lang, f"{key}.notified", authority=authority.name, date=notified)))
    story.append(para(text(lang, f"{key}.contact", contact=_contact_point(controller, lang))))
    story.append(para(text(lang, f"{key}.complaint")))
    story.append(sections.authority_block(authority, lang))
    sign_off(story, signature_block(signature, lang, closing=text(lang, "common.regards")))
    return render(story, lang=lang, controller=controller, title=title, subject=title)


def _count(value: int | None, lang: Language) -> str:
    return text(lang, "breach.unknown") if value is None else str(value)


def build_breach_report(
    breach: Breach, controller: ControllerProfile, lang: Language, *, today: date
) -> bytes:
    """The breach as recorded, on one page for the business's files (Art 33(5))."""
    lang = Language(lang)
    st = styles()
    key = "breach.report"
    title = text(lang, f"{key}.title", id=breach.id or "")

    def when(value) -> str:
        return format_datetime(value, lang) if value else text(lang, "breach.not_yet")

    rows = [
        (text(lang, f"{key}.discovered"), when(breach.discovered_at)),
        (text(lang, f"{key}.recorded"), when(breach.recorded_at)),
        (text(lang, f"{key}.nature"), _natures(breach, lang)),
        (text(lang, f"{key}.data"), breach.data_categories),
        (text(lang, f"{key}.people"), _count(breach.people_affected, lang)),
        (text(lang, f"{key}.records"), _count(breach.records_affected, lang)),
        (text(lang, f"{key}.risk"), text(lang, f"breach.risk.{breach.risk.value}")),
        (text(lang, f"{key}.risk_reasoning"), breach.risk_reasoning),
    ]
    if breach.notification_required:
        rows.append((text(lang, f"{key}.due"), when(notification_due(breach.discovered_at))))
    rows += [
        (text(lang, f"{key}.notified"), when(breach.authority_notified_at)),
        (text(lang, f"{key}.reference"), breach.authority_reference),
        (text(lang, f"{key}.delay"), breach.delay_reasons),
        (text(lang, f"{key}.informed"), when(breach.people_informed_at)),
        (text(lang, f"{key}.informed_how"), breach.people_informed_how),
        (text(lang, f"{key}.informed_count"), _count(breach.people_informed_count, lang)),
    ]
    if breach.inform_exemption is not InformExemption.NONE:
        exemption = text(lang, f"breach.exemption.{breach.inform_exemption.value}")
        rows.append((text(lang, f"{key}.exemption"), exemption))
        rows.append((text(lang, f"{key}.exemption_reason"), breach.inform_exemption_reason))
    rows.append((text(lang, f"{key}.status"), text(lang, f"breach.status.{breach.status.value}")))
    story: list[Flowable] = letterhead(controller, lang)
    story += [para(title, st.h1), para(text(lang, f"{key}.subtitle"), st.small)]
    story.append(Spacer(1, 3 * mm))
    story += labelled(text(lang, f"{key}.description"), breach.description)
    story.append(kv_table([(label, value) for label, value in rows if value]))
    for label, value in (
        (f"{key}.consequences", breach.consequences),
        (f"{key}.measures_taken", breach.measures_taken),
        (f"{key}.measures_proposed", breach.measures_proposed),
    ):
        story += labelled(text(lang, label), value)
    if breach.notified_in_phases:
        story += bullets([text(lang, f"{key}.phases")])
    story.append(para(text(lang, f"{key}.printed", date=format_date(today, lang)), st.small))
    return render(story, lang=lang, controller=controller, title=title, subject=title)
