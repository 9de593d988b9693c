"""Blocks shared by several documents: what a register description says (purposes, legal
bases, retention, transfers...), the data subject's rights and the supervisory authority.

The privacy statement, the access report and the record of processing activities all tell the
same facts about a register; they are worded here once.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from ..domain.enums import Answer, Language, LegalBasis
from ..domain.processors import Processor
from ..domain.records import ControllerProfile, RegisterDescription
from .layout import (
    controller_address,
    esc,
    kv_table,
    lead_para,
    para,
    printed_phone,
    styles,
)
from .model import SupervisoryAuthority
from .script import Paragraph
from .texts import counted_text, format_date, legal_basis_text, text

RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "portability",
    "withdrawal",
    "complaint",
)


def controller_rows(controller: ControllerProfile, lang: Language) -> list[tuple[str, str]]:
    """The controller's identity and contact details (Art 13(1)(a))."""
    rows = [
        (text(lang, "label.controller"), controller.name),
        (text(lang, "label.business_id"), controller.business_id),
        (text(lang, "label.address"), controller_address(controller)),
        (text(lang, "label.phone"), printed_phone(controller.phone, lang)),
        (text(lang, "label.email"), controller.email),
        (text(lang, "label.website"), controller.website),
    ]
    return [(label, value) for label, value in rows if value]


def contact_block(controller: ControllerProfile, lang: Language) -> list[Flowable]:
    """Whom to contact about the register: the contact person when one is named; otherwise the
    controller's own phone and e-mail under a label saying so, never the business's name
    printed as a person's."""
    phone = printed_phone(controller.contact_phone or controller.phone, lang)
    rows = [
        (text(lang, "label.phone"), phone),
        (text(lang, "label.email"), controller.contact_email or controller.email),
    ]
    if controller.contact_name.strip():
        label = text(lang, "label.contact_person")
        rows.insert(0, (text(lang, "label.name"), controller.contact_name))
    else:
        label = text(lang, "label.contact_controller")
    rows = [(name, value) for name, value in rows if value]
    body = kv_table(rows) if rows else para(text(lang, "contact.see_controller"))
    return [para(label, styles().label), body]


def dpo(controller: ControllerProfile, lang: Language, none_text: str) -> list[Flowable]:
    """The data protection officer's contact details, or ``none_text`` when none is appointed."""
    if not controller.dpo_name.strip():
        return [para(none_text)]
    rows = [
        (text(lang, "label.name"), controller.dpo_name),
        (text(lang, "label.email"), controller.dpo_email),
        (text(lang, "label.phone"), printed_phone(controller.dpo_phone, lang)),
    ]
    return [kv_table([(label, value) for label, value in rows if value])]


def purposes(register: RegisterDescription, lang: Language) -> list[Flowable]:
    """One bullet per purpose with its legal basis and, where that is the basis, the
    legitimate interest pursued (Art 13(1)(c)-(d))."""
    if not register.purposes:
        return [para(text(lang, "common.not_specified"))]
    items: list[Flowable] = []
    for purpose in register.purposes:
        lines = [
            f"<b>{esc(purpose.description)}</b>",
            f"{esc(text(lang, 'label.legal_basis'))}: "
            f"{esc(legal_basis_text(lang, purpose.legal_basis))}",
        ]
        if purpose.legal_basis is LegalBasis.LEGITIMATE_INTERESTS or purpose.legitimate_interest:
            interest = purpose.legitimate_interest or text(lang, "common.not_specified")
            lines.append(f"{esc(text(lang, 'label.legitimate_interest'))}: {esc(interest)}")
        items.append(Paragraph("<br/>".join(lines), styles().bullet, bulletText="•"))
    return items


def retention(register: RegisterDescription, lang: Language) -> str:
    """The retention period in words: the register's own text, else its rule."""
    if register.retention_text.strip():
        return register.retention_text
    rule = register.retention
    if rule.years is not None:
        anchor = text(lang, f"retention.anchor.{rule.anchor.value}")
        return counted_text(lang, "retention.rule", rule.years, years=rule.years, anchor=anchor)
    return text(lang, "common.not_specified")


def recipients(register: RegisterDescription, lang: Language) -> str:
    return register.recipients.strip() or text(lang, "statement.no_recipients")


def processor_names(register: RegisterDescription, processors: Sequence[Processor]) -> str:
    """The statement's processors under recipients: the register's own words, then each named
    processor with its service, one a line."""
    lines = [register.processors.strip()] if register.processors.strip() else []
    for processor in processors:
        service = f" ({processor.service})" if processor.service else ""
        lines.append(f"{processor.name}{service}")
    return "\n".join(lines)


def processor_contracts(processors: Sequence[Processor], lang: Language) -> str:
    """The Art 30 record's processors: each with its country, transfer mechanism and the date
    of its contract, one a line."""
    lines = []
    for processor in processors:
        parts = [processor.name, processor.service, processor.country]
        parts.append(text(lang, f"transfer.{processor.mechanism.value}"))
        contract = format_date(processor.contract_on, lang) if processor.contract_on else ""
        parts.append(
            text(lang, "processor.contract", date=contract)
            if contract
            else text(lang, "processor.no_contract")
        )
        lines.append("; ".join(part for part in parts if part))
    return "\n".join(lines)


def transfers(register: RegisterDescription, lang: Language) -> str:
    """Whether data leaves the EU/EEA and, if so, on what safeguards (Art 13(1)(f)); nothing
    while the user has not answered."""
    if register.transfers is Answer.UNANSWERED:
        return ""
    if register.transfers is Answer.NO:
        return text(lang, "statement.no_transfers")
    when = "" if register.transfers is Answer.YES else "_when_necessary"
    lines = [text(lang, f"statement.transfers{when}")]
    if register.transfer_safeguards.strip():
        lines.append(f"{text(lang, 'label.safeguards')}: {register.transfer_safeguards.strip()}")
    return "\n".join(lines)


def automated(register: RegisterDescription, lang: Language) -> str:
    """Automated decisions and profiling (Art 13(2)(f)): the user's description when there is
    one, else what each "no" answer says; an unanswered question says nothing."""
    if register.automated_decisions.strip():
        return register.automated_decisions.strip()
    if register.automated is Answer.NO and register.profiling is Answer.NO:
        return text(lang, "statement.no_automated")
    lines = []
    if register.automated is Answer.NO:
        lines.append(text(lang, "statement.no_automated_decisions"))
    if register.profiling is Answer.NO:
        lines.append(text(lang, "statement.no_profiling"))
    return " ".join(lines)


def provision(register: RegisterDescription, lang: Language) -> str:
    """Whether the data must be given and what follows if not (Art 13(2)(e)): the user's words,
    else the "no" answer's sentence; nothing while unanswered."""
    if register.statutory_requirement.strip():
        return register.statutory_requirement.strip()
    if register.provision_required is Answer.NO:
        return text(lang, "statement.no_requirement")
    return ""


def register_facts(register: RegisterDescription, lang: Language) -> list[tuple[str, str]]:
    """(label, text) pairs for a register's content, sources, recipients, transfers,
    retention and automated decisions, in the order of the privacy statement."""
    not_specified = text(lang, "common.not_specified")
    rows = [
        (text(lang, "label.data_subjects"), register.data_subject_categories or not_specified),
        (text(lang, "label.categories"), register.data_categories or not_specified),
        (text(lang, "label.sources"), register.sources or not_specified),
        (text(lang, "label.recipients"), recipients(register, lang)),
    ]
    if register.processors.strip():
        rows.append((text(lang, "label.processors"), register.processors))
    rows += [
        (text(lang, "label.transfers"), transfers(register, lang)),
        (text(lang, "label.retention"), retention(register, lang)),
        (text(lang, "label.automated"), automated(register, lang)),
    ]
    return [(label, value) for label, value in rows if value]


def security(register: RegisterDescription, lang: Language) -> list[tuple[str, str]]:
    """The protection principles: paper records, organisational measures and electronically
    processed data, in that order; the sections left empty are left out."""
    names = ("security_manual", "security_organisational", "security_electronic")
    return [
        (text(lang, f"label.{n}"), getattr(register, n))
        for n in names
        if getattr(register, n).strip()
    ]


def authority_block(authority: SupervisoryAuthority, lang: Language) -> Flowable:
    """The authority's name and contact details, kept on one page."""
    rows = [
        (text(lang, "authority.visiting"), authority.street_address),
        (text(lang, "authority.postal"), authority.postal_address),
        (text(lang, "authority.phone"), printed_phone(authority.phone, lang)),
        (text(lang, "authority.email"), authority.email),
        (text(lang, "authority.website"), authority.website),
    ]
    lines = [f"<b>{esc(authority.name)}</b>"]
    lines += [f"{esc(label)}: {esc(value)}" for label, value in rows if value]
    block = Paragraph("<br/>".join(lines), styles().quote)
    return KeepTogether([block])


def rights(lang: Language, authority: SupervisoryAuthority) -> list[Flowable]:
    """The data subject's rights (Art 13(2)(b)-(d), 15(1)(e)-(f)) and how to use them."""
    story: list[Flowable] = [para(text(lang, "rights.intro"))]
    for right in RIGHTS:
        body = text(lang, f"rights.{right}.body", authority=authority.name)
        story.append(lead_para(text(lang, f"rights.{right}.title"), body))
    story.append(para(text(lang, "rights.how")))
    story.append(authority_block(authority, lang))
    return story
