"""The access report (GDPR Art 15): a cover letter confirming that data is processed, a copy
of everything held about the person, what each of their registers says, and their rights.

It must cope with a long customer history: the order table splits across pages with its
header repeated, and a thousand orders build in well under a second.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.enums import Language, SentVia
from ..domain.masking import mask_personal_id
from ..domain.records import Customer
from . import access_copy, sections
from .layout import (
    FRAME_WIDTH,
    address_block,
    bullets,
    cell,
    controller_contact,
    data_table,
    heading,
    kv_table,
    labelled,
    letterhead,
    para,
    printed_phone,
    sign_off,
    signature_block,
    styles,
)
from .model import AccessReportData, SignatureBlock, SupervisoryAuthority
from .pages import render
from .texts import (
    enum_text,
    format_date,
    format_datetime,
    format_money,
    text,
)


def _customer_address(customer: Customer) -> str:
    town = " ".join(part for part in (customer.postal_code, customer.city) if part)
    return "\n".join(part for part in (customer.street_address, town, customer.country) if part)


def _contact_rows(customer: Customer, lang: Language, mask: bool) -> list[tuple[str, str]]:
    personal_id = mask_personal_id(customer.personal_id) if mask else customer.personal_id
    name = " ".join(part for part in (customer.first_name, customer.last_name) if part)

    def since(value) -> str:
        return text(lang, "label.since", date=format_date(value, lang)) if value else ""

    rows = [
        (text(lang, "label.customer_number"), "" if customer.id is None else str(customer.id)),
        (text(lang, "label.name"), name),
        (text(lang, "label.organisation"), customer.organisation),
        (text(lang, "label.business_id"), customer.business_id),
        (text(lang, "label.address"), _customer_address(customer)),
        (text(lang, "label.phone"), printed_phone(customer.phone, lang)),
        (text(lang, "label.email"), customer.email),
        (text(lang, "label.birth_date"), format_date(customer.birth_date, lang)),
        (text(lang, "label.personal_id"), personal_id),
        (text(lang, "label.language"), text(lang, f"language.{customer.language.value}")),
        (text(lang, "label.customer_since"), format_date(customer.customer_since, lang)),
        (text(lang, "label.marketing_prohibited"), since(customer.marketing_prohibited_on)),
        (text(lang, "label.restricted"), since(customer.restricted_on)),
        (text(lang, "label.notes"), customer.notes),
    ]
    return [(label, value) for label, value in rows if value]


def _table_or_none(lang: Language, headers, rows, widths, right=()) -> Flowable:
    if not rows:
        return para(text(lang, "common.none_recorded"))
    return data_table([text(lang, header) for header in headers], rows, widths, right)


def _held_data(data: AccessReportData, lang: Language, mask: bool) -> list[Flowable]:
    """Part 1: a copy of every record about the person."""
    story: list[Flowable] = [heading(text(lang, "access.part1"))]
    story += [heading(text(lang, "access.contact_data"), 2)]
    story.append(kv_table(_contact_rows(data.customer, lang, mask)))

    widths = (32 * mm, 46 * mm, 22 * mm, 28 * mm, FRAME_WIDTH - 128 * mm)
    rows = [
        [
            format_datetime(event.at, lang),
            cell(event.purpose, widths[1]),
            cell(enum_text(lang, "consent", event.action), widths[2]),
            cell(enum_text(lang, "channel", event.channel), widths[3]),
            cell(event.evidence, widths[4]),
        ]
        for event in sorted(data.consents, key=lambda event: event.at)
    ]
    headers = ("label.time", "label.purpose", "label.action", "label.channel", "label.evidence")
    story += [
        heading(text(lang, "access.consents"), 2),
        _table_or_none(lang, headers, rows, widths),
    ]

    widths = (24 * mm, 26 * mm, FRAME_WIDTH - 98 * mm, 26 * mm, 22 * mm)
    rows = [
        [
            format_date(order.ordered_on, lang),
            cell(order.reference, widths[1]),
            cell(order.description, widths[2]),
            format_money(order.amount_cents, lang),
            cell(enum_text(lang, "order_status", order.status), widths[4]),
        ]
        for order in sorted(data.orders, key=lambda order: (order.ordered_on, order.id or 0))
    ]
    headers = ("label.date", "label.reference", "label.description", "label.amount", "label.status")
    story += [heading(text(lang, "access.orders"), 2)]
    story.append(_table_or_none(lang, headers, rows, widths, right=(3,)))
    if rows:
        story.append(para(text(lang, "access.orders_count", count=len(rows)), styles().small))

    widths = (24 * mm, 26 * mm, 28 * mm, FRAME_WIDTH - 78 * mm)
    rows = [
        [
            format_date(entry.on, lang),
            cell(enum_text(lang, "contact_kind", entry.kind), widths[1]),
            cell(enum_text(lang, "channel", entry.channel), widths[2]),
            cell(entry.summary, widths[3]),
        ]
        for entry in sorted(data.contacts, key=lambda entry: entry.on)
    ]
    headers = ("label.date", "label.kind", "label.channel", "label.summary")
    story += [
        heading(text(lang, "access.contacts"), 2),
        _table_or_none(lang, headers, rows, widths),
    ]

    story += access_copy.request_history(data.requests, data.request_events, lang)
    story += access_copy.audit_trail(data.audit, data.audit_limit, lang)
    story += access_copy.archived_documents(data.documents, lang)
    story += access_copy.backups(data.backups, lang)
    return story


def _registers(data: AccessReportData, lang: Language) -> list[Flowable]:
    """Part 2: what each register the person belongs to says (Art 15(1)(a)-(h))."""
    story: list[Flowable] = [heading(text(lang, "access.part2"))]
    if not data.registers:
        return [*story, para(text(lang, "access.no_registers"))]
    for register in data.registers:
        story.append(heading(register.name, 2))
        story.append(para(text(lang, "label.purposes"), styles().label))
        story += sections.purposes(register, lang)
        facts = sections.register_facts(register, lang)
        # Recipients by name come after the recipients and processors (Art 15(1)(c)).
        shared = {text(lang, "label.recipients"), text(lang, "label.processors")}
        at = max(index for index, (label, _) in enumerate(facts) if label in shared) + 1
        facts.insert(at, access_copy.recipients_by_name(lang))
        for label, value in facts:
            story += labelled(label, value)
    return story


def _cover_letter(data: AccessReportData, lang: Language, mask: bool) -> list[Flowable]:
    st = styles()
    customer = data.customer
    name = customer.display_name
    title = text(lang, "access.title")
    by_email = data.delivery is SentVia.EMAIL
    address = customer.email if by_email else _customer_address(customer)
    story: list[Flowable] = [address_block(name, address, data.today, lang, by_email=by_email)]
    story += [para(title, st.title), para(text(lang, "access.subtitle"), st.subtitle)]
    if name:
        story.append(para(text(lang, "access.salutation", name=name)))
    controller = data.controller.name
    if data.request_received:
        received = format_date(data.request_received, lang)
        story.append(
            para(text(lang, "access.intro_received", received=received, controller=controller))
        )
    else:
        story.append(para(text(lang, "access.intro", controller=controller)))
    story.append(para(text(lang, "access.confirmation")))
    story += bullets(text(lang, f"access.contents_{part}") for part in (1, 2, 3))
    story += access_copy.untranslated_notes(data.untranslated, lang)
    contact = controller_contact(data.controller, lang)
    story.append(para(text(lang, "access.free", contact=contact)))
    if mask and customer.personal_id:
        story.append(para(text(lang, "access.masked")))
    return story


def build_access_report(
    data: AccessReportData,
    lang: Language,
    *,
    authority: SupervisoryAuthority,
    signature: SignatureBlock,
    mask_personal_id: bool = True,
) -> bytes:
    """The Art 15 access report for ``data.customer`` as PDF bytes. The henkilötunnus is masked
    (010190-****) unless ``mask_personal_id`` is False."""
    lang = Language(lang)
    story: list[Flowable] = letterhead(data.controller, lang)
    story += _cover_letter(data, lang, mask_personal_id)
    story += _held_data(data, lang, mask_personal_id)
    story += _registers(data, lang)
    story += [heading(text(lang, "access.part3")), *sections.rights(lang, authority)]
    sign_off(story, signature_block(signature, lang, closing=text(lang, "common.regards")))
    title = text(lang, "access.title")
    return render(
        story,
        lang=lang,
        controller=data.controller,
        title=title,
        subject=text(lang, "access.subtitle"),
    )
