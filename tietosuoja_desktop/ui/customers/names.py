"""What the customer screens call the domain's vocabularies, field names and audit actions,
translated when shown (context ``CustomerNames``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.enums import Channel, ConsentAction, ContactKind, CustomerKind, OrderStatus

CONTEXT = "CustomerNames"

_CONSENT_ACTIONS = {
    ConsentAction.GIVEN: QT_TRANSLATE_NOOP("CustomerNames", "Given"),
    ConsentAction.WITHDRAWN: QT_TRANSLATE_NOOP("CustomerNames", "Withdrawn"),
}

_CHANNELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("CustomerNames", "E-mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("CustomerNames", "Letter"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("CustomerNames", "In person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("CustomerNames", "Phone"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("CustomerNames", "Web form"),
    Channel.OTHER: QT_TRANSLATE_NOOP("CustomerNames", "Other"),
}

_ORDER_STATUSES = {
    OrderStatus.OPEN: QT_TRANSLATE_NOOP("CustomerNames", "Open"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("CustomerNames", "Delivered"),
    OrderStatus.INVOICED: QT_TRANSLATE_NOOP("CustomerNames", "Invoiced"),
    OrderStatus.PAID: QT_TRANSLATE_NOOP("CustomerNames", "Paid"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("CustomerNames", "Cancelled"),
    OrderStatus.RETURNED: QT_TRANSLATE_NOOP("CustomerNames", "Returned"),
}

_CONTACT_KINDS = {
    ContactKind.CONTACT: QT_TRANSLATE_NOOP("CustomerNames", "Contact"),
    ContactKind.COMPLAINT: QT_TRANSLATE_NOOP("CustomerNames", "Complaint"),
}

_CUSTOMER_KINDS = {
    CustomerKind.PERSON: QT_TRANSLATE_NOOP("CustomerNames", "Person"),
    CustomerKind.ORGANISATION: QT_TRANSLATE_NOOP("CustomerNames", "Organisation"),
}

_AUDIT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("CustomerNames", "Added"),
    "update": QT_TRANSLATE_NOOP("CustomerNames", "Edited"),
    "restrict": QT_TRANSLATE_NOOP("CustomerNames", "Processing restricted"),
    "lift_restriction": QT_TRANSLATE_NOOP("CustomerNames", "Restriction lifted"),
    "prohibit_marketing": QT_TRANSLATE_NOOP("CustomerNames", "Direct marketing prohibited"),
    "lift_marketing_prohibition": QT_TRANSLATE_NOOP(
        "CustomerNames", "Marketing prohibition lifted"
    ),
    "consent_given": QT_TRANSLATE_NOOP("CustomerNames", "Consent given"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("CustomerNames", "Consent withdrawn"),
    "erase": QT_TRANSLATE_NOOP("CustomerNames", "Erased"),
    "place_hold": QT_TRANSLATE_NOOP("CustomerNames", "Put on legal hold"),
    "release_hold": QT_TRANSLATE_NOOP("CustomerNames", "Legal hold released"),
}

_FIELDS = {
    "kind": QT_TRANSLATE_NOOP("CustomerNames", "type"),
    "first_name": QT_TRANSLATE_NOOP("CustomerNames", "first name"),
    "last_name": QT_TRANSLATE_NOOP("CustomerNames", "last name"),
    "organisation": QT_TRANSLATE_NOOP("CustomerNames", "organisation"),
    "business_id": QT_TRANSLATE_NOOP("CustomerNames", "business ID"),
    "street_address": QT_TRANSLATE_NOOP("CustomerNames", "street address"),
    "postal_code": QT_TRANSLATE_NOOP("CustomerNames", "postal code"),
    "city": QT_TRANSLATE_NOOP("CustomerNames", "city"),
    "country": QT_TRANSLATE_NOOP("CustomerNames", "country"),
    "phone": QT_TRANSLATE_NOOP("CustomerNames", "phone"),
    "email": QT_TRANSLATE_NOOP("CustomerNames", "e-mail"),
    "birth_date": QT_TRANSLATE_NOOP("CustomerNames", "birth date"),
    "personal_id": QT_TRANSLATE_NOOP("CustomerNames", "personal identity code"),
    "language": QT_TRANSLATE_NOOP("CustomerNames", "language"),
    "customer_since": QT_TRANSLATE_NOOP("CustomerNames", "customer since"),
    "notes": QT_TRANSLATE_NOOP("CustomerNames", "notes"),
    "register_ids": QT_TRANSLATE_NOOP("CustomerNames", "registers"),
    "marketing_prohibited_on": QT_TRANSLATE_NOOP("CustomerNames", "marketing prohibition"),
    "restricted_on": QT_TRANSLATE_NOOP("CustomerNames", "restriction"),
    "objected_on": QT_TRANSLATE_NOOP("CustomerNames", "objection (Art 21)"),
    "consents": QT_TRANSLATE_NOOP("CustomerNames", "consents"),
    # What an erasure deletes (ErasureSummary.deleted) and keeps.
    "customer": QT_TRANSLATE_NOOP("CustomerNames", "customer details"),
    "contacts": QT_TRANSLATE_NOOP("CustomerNames", "contacts and complaints"),
    "orders": QT_TRANSLATE_NOOP("CustomerNames", "orders"),
    "register_memberships": QT_TRANSLATE_NOOP("CustomerNames", "register memberships"),
    "documents": QT_TRANSLATE_NOOP("CustomerNames", "documents"),
    "request_personal_details": QT_TRANSLATE_NOOP("CustomerNames", "personal details in requests"),
    "breach_links": QT_TRANSLATE_NOOP("CustomerNames", "links to data breaches"),
    "anonymised_orders": QT_TRANSLATE_NOOP("CustomerNames", "orders kept anonymised"),
    # What the demo made.
    "controller": QT_TRANSLATE_NOOP("CustomerNames", "business profile"),
    "registers": QT_TRANSLATE_NOOP("CustomerNames", "registers"),
    "customers": QT_TRANSLATE_NOOP("CustomerNames", "customers"),
    "requests": QT_TRANSLATE_NOOP("CustomerNames", "requests"),
    # Requests, breaches and encryption, as the audit log names what changed.
    "type": QT_TRANSLATE_NOOP("CustomerNames", "type"),
    "status": QT_TRANSLATE_NOOP("CustomerNames", "status"),
    "received": QT_TRANSLATE_NOOP("CustomerNames", "received on"),
    "channel": QT_TRANSLATE_NOOP("CustomerNames", "channel"),
    "description": QT_TRANSLATE_NOOP("CustomerNames", "description"),
    "identity": QT_TRANSLATE_NOOP("CustomerNames", "identity check"),
    "identity_requested_on": QT_TRANSLATE_NOOP("CustomerNames", "proof of identity requested"),
    "identity_received_on": QT_TRANSLATE_NOOP("CustomerNames", "proof of identity received"),
    "extended_on": QT_TRANSLATE_NOOP("CustomerNames", "extended on"),
    "extension_reason": QT_TRANSLATE_NOOP("CustomerNames", "reason for the extension"),
    "completed_on": QT_TRANSLATE_NOOP("CustomerNames", "completed on"),
    "sent_on": QT_TRANSLATE_NOOP("CustomerNames", "sent on"),
    "sent_via": QT_TRANSLATE_NOOP("CustomerNames", "sent by"),
    "sent_reference": QT_TRANSLATE_NOOP("CustomerNames", "sending reference"),
    "outcome": QT_TRANSLATE_NOOP("CustomerNames", "outcome"),
    "requester_name": QT_TRANSLATE_NOOP("CustomerNames", "requester's name"),
    "subject_erased": QT_TRANSLATE_NOOP("CustomerNames", "person erased"),
    "requester_contact": QT_TRANSLATE_NOOP("CustomerNames", "requester's contact details"),
    "changed_fields": QT_TRANSLATE_NOOP("CustomerNames", "rectified details"),
    "attachment": QT_TRANSLATE_NOOP("CustomerNames", "original"),
    "customer_id": QT_TRANSLATE_NOOP("CustomerNames", "customer"),
    "discovered_at": QT_TRANSLATE_NOOP("CustomerNames", "discovered"),
    "recorded_at": QT_TRANSLATE_NOOP("CustomerNames", "recorded"),
    "natures": QT_TRANSLATE_NOOP("CustomerNames", "nature of the breach"),
    "data_categories": QT_TRANSLATE_NOOP("CustomerNames", "data categories"),
    "people_affected": QT_TRANSLATE_NOOP("CustomerNames", "people affected"),
    "records_affected": QT_TRANSLATE_NOOP("CustomerNames", "records affected"),
    "consequences": QT_TRANSLATE_NOOP("CustomerNames", "likely consequences"),
    "measures_taken": QT_TRANSLATE_NOOP("CustomerNames", "measures taken"),
    "measures_proposed": QT_TRANSLATE_NOOP("CustomerNames", "measures proposed"),
    "risk": QT_TRANSLATE_NOOP("CustomerNames", "risk"),
    "risk_reasoning": QT_TRANSLATE_NOOP("CustomerNames", "reasoning for the risk"),
    "authority_notified_at": QT_TRANSLATE_NOOP("CustomerNames", "notified to the authority"),
    "authority_reference": QT_TRANSLATE_NOOP("CustomerNames", "case number"),
    "delay_reasons": QT_TRANSLATE_NOOP("CustomerNames", "reasons for the delay"),
    "notified_in_phases": QT_TRANSLATE_NOOP("CustomerNames", "notified in phases"),
    "people_informed_at": QT_TRANSLATE_NOOP("CustomerNames", "people informed"),
    "people_informed_how": QT_TRANSLATE_NOOP("CustomerNames", "how people were informed"),
    "people_informed_count": QT_TRANSLATE_NOOP("CustomerNames", "number of people informed"),
    "inform_exemption": QT_TRANSLATE_NOOP("CustomerNames", "exception to informing"),
    "inform_exemption_reason": QT_TRANSLATE_NOOP("CustomerNames", "reason for the exception"),
    "customer_ids": QT_TRANSLATE_NOOP("CustomerNames", "people linked"),
    "closed_at": QT_TRANSLATE_NOOP("CustomerNames", "closed"),
    "encrypt": QT_TRANSLATE_NOOP("CustomerNames", "encryption"),
    "decrypt": QT_TRANSLATE_NOOP("CustomerNames", "encryption removed"),
    "change_passphrase": QT_TRANSLATE_NOOP("CustomerNames", "passphrase"),
    "plain": QT_TRANSLATE_NOOP("CustomerNames", "unencrypted backups"),
    # Register descriptions ("data_categories" is named above).
    "name": QT_TRANSLATE_NOOP("CustomerNames", "name"),
    "purposes": QT_TRANSLATE_NOOP("CustomerNames", "purposes and legal bases"),
    "data_subject_categories": QT_TRANSLATE_NOOP("CustomerNames", "whose data is kept"),
    "sources": QT_TRANSLATE_NOOP("CustomerNames", "sources of the data"),
    "recipients": QT_TRANSLATE_NOOP("CustomerNames", "recipients"),
    "processors": QT_TRANSLATE_NOOP("CustomerNames", "processors"),
    "transfers": QT_TRANSLATE_NOOP("CustomerNames", "transfers outside the EU/EEA"),
    # the yes/no flag before the answers of migration 0011: older audit entries name it
    "transfers_outside_eea": QT_TRANSLATE_NOOP("CustomerNames", "transfers outside the EU/EEA"),
    "provision_required": QT_TRANSLATE_NOOP("CustomerNames", "whether the data must be given"),
    "automated": QT_TRANSLATE_NOOP("CustomerNames", "whether decisions are automated"),
    "profiling": QT_TRANSLATE_NOOP("CustomerNames", "profiling"),
    "transfer_safeguards": QT_TRANSLATE_NOOP("CustomerNames", "safeguards for the transfers"),
    "retention": QT_TRANSLATE_NOOP("CustomerNames", "retention rule"),
    "retention_text": QT_TRANSLATE_NOOP("CustomerNames", "retention period"),
    "statutory_requirement": QT_TRANSLATE_NOOP("CustomerNames", "statutory or contractual need"),
    "automated_decisions": QT_TRANSLATE_NOOP("CustomerNames", "automated decisions"),
    "security_manual": QT_TRANSLATE_NOOP("CustomerNames", "security of manual material"),
    "security_electronic": QT_TRANSLATE_NOOP("CustomerNames", "security of electronic data"),
    "security_organisational": QT_TRANSLATE_NOOP("CustomerNames", "organisational security"),
    "cookies": QT_TRANSLATE_NOOP("CustomerNames", "cookies"),
    "text_language": QT_TRANSLATE_NOOP("CustomerNames", "language of the texts"),
    "translations": QT_TRANSLATE_NOOP("CustomerNames", "translations"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def consent_action(action: ConsentAction) -> str:
    return _tr(_CONSENT_ACTIONS[action])


def channel(value: Channel) -> str:
    return _tr(_CHANNELS[value])


def order_status(status: OrderStatus) -> str:
    return _tr(_ORDER_STATUSES[status])


def contact_kind(kind: ContactKind) -> str:
    return _tr(_CONTACT_KINDS[kind])


def customer_kind(kind: CustomerKind) -> str:
    return _tr(_CUSTOMER_KINDS[kind])


def audit_action(action: str) -> str:
    """A known action in words; an unknown one (from a later version) as stored."""
    source = _AUDIT_ACTIONS.get(action)
    return _tr(source) if source else action


def field(name: str) -> str:
    source = _FIELDS.get(name)
    return _tr(source) if source else name.replace("_", " ")


def fields(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(field(name) for name in names)
