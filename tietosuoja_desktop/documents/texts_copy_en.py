"""The English wording of what the register itself keeps about a person and shows in the access
report's copy (Art 15(3)), and the erasure letter's lines on backups and recipients (Art 19).
The same keys as ``texts_copy_fi``.
"""

TEXTS: dict[str, str] = {
    # A request type printed once, with its article
    "request.with_article": "{type}, GDPR {article}",
    "letter.request_about": "Request: {request}; received {received}",
    # The access report: recipients by name (Art 15(1)(c), CJEU C-154/21)
    "copy.recipients_named": "Recipients by name",
    "copy.recipients_not_named": (
        "The register does not record the recipients by name; they are described above as "
        "categories. On request we will tell you the names of the recipients to whom your data "
        "has been disclosed."
    ),
    # The access report: texts of a register left in their original language
    "copy.untranslated": (
        "The following texts about the register {register} are printed in part 2 in their "
        "original language ({original}) because they have not been translated: {fields}."
    ),
    "copy.field.name": "the register's name",
    "copy.field.purposes": "the purposes of processing",
    # The access report: the audit trail about the person
    "copy.audit": "Changes to your data",
    "copy.audit_intro": (
        "The register records when data about you was added or changed and which data "
        "changed. The data itself is shown above."
    ),
    "copy.audit_newest": "The list shows the newest {count} entries. Ask us for the older ones.",
    "copy.col.time": "Time",
    "copy.col.event": "Event",
    "copy.col.fields": "Data changed",
    "audit_action.create": "Added to the register",
    "audit_action.update": "Data changed",
    "audit_action.restrict": "Processing restricted",
    "audit_action.lift_restriction": "Restriction of processing lifted",
    "audit_action.prohibit_marketing": "Objection to direct marketing recorded",
    "audit_action.lift_marketing_prohibition": "Objection to direct marketing lifted",
    "audit_action.object": "Objection recorded",
    "audit_action.consent_given": "Consent given",
    "audit_action.consent_withdrawn": "Consent withdrawn",
    "audit_action.place_hold": "Put on legal hold",
    "audit_action.release_hold": "Legal hold released",
    "audit_field.kind": "customer type",
    "audit_field.first_name": "first name",
    "audit_field.last_name": "last name",
    "audit_field.organisation": "company or organisation",
    "audit_field.business_id": "business ID",
    "audit_field.street_address": "street address",
    "audit_field.postal_code": "postal code",
    "audit_field.city": "city",
    "audit_field.country": "country",
    "audit_field.phone": "phone",
    "audit_field.email": "e-mail",
    "audit_field.birth_date": "date of birth",
    "audit_field.personal_id": "personal identity code",
    "audit_field.language": "language",
    "audit_field.customer_since": "customer since",
    "audit_field.notes": "notes",
    "audit_field.register_ids": "registers",
    "audit_field.marketing_prohibited_on": "objection to direct marketing",
    "audit_field.restricted_on": "restriction of processing",
    "audit_field.objected_on": "objection",
    "audit_field.consents": "consents",
    # The access report: the request history with its timeline
    "copy.request_state": "Received {received}. Status: {status}.",
    "copy.request_state_done": "Received {received}. Status: {status} on {completed}.",
    "copy.request_description": "What you asked: {description}",
    "copy.request_outcome": "Outcome: {outcome}",
    "event.logged": "Request recorded",
    "event.attached": "Original request attached",
    "event.start": "Work started",
    "event.letter_acknowledgement": "Acknowledgement of receipt sent",
    "event.letter_identity_request": "Proof of identity asked for",
    "event.letter_extension_notice": "Notice of the extended time limit sent",
    "event.letter_refusal": "Notice that the request is not carried out sent",
    "event.letter_completion": "Notice that the request was carried out sent",
    "event.letter_no_data_held": "Notice that no data is held sent",
    "event.identity_requested": "Waiting for proof of identity",
    "event.identity_received": "Identity confirmed",
    "event.identity_failed": "Identity could not be confirmed",
    "event.identity_not_needed": "No proof of identity needed",
    "event.extend": "Time limit extended by two months",
    "event.access_report": "Access report sent",
    "event.rectified": "Corrected data recorded",
    "event.portability_export": "Data provided in a machine-readable format",
    "event.complete": "Request carried out",
    "event.refuse": "Request not carried out",
    "event.withdraw": "You withdrew the request",
    # The access report: documents archived about the person
    "copy.documents": "Documents kept about you",
    "copy.documents_intro": (
        "We keep a copy of every document made for you. The start of its checksum (SHA-256) "
        "lets you confirm that your copy is the same."
    ),
    "copy.col.document": "Document",
    "copy.col.checksum": "Checksum (SHA-256)",
    # The access report: backups
    "copy.backups": "Backups",
    "copy.backups_held": (
        "Your data may also be in backups of the register. There are {count} backups taken "
        "since your data was recorded; the oldest was taken on {oldest} and the newest on "
        "{newest}."
    ),
    "copy.backups_none": "There are no backups of the register that hold your data.",
    "copy.backups_automatic": (
        "Of these, {automatic} were taken automatically. The newest {keep} automatic backups "
        "of each kind are kept; the oldest is deleted when a new one is taken."
    ),
    "copy.backups_on_request": (
        "Of these, {manual} were taken separately; they are kept until we delete them."
    ),
    "copy.backups_until": (
        "Your data stays in the backups for as long as it is in the register. If your data is "
        "erased, it leaves the automatic backups once {keep} new backups of each kind have been "
        "taken, and the separate ones when we delete them."
    ),
    "copy.backups_use": (
        "Backups are used only to restore the register. If a backup is restored, everyone "
        "whose data was erased after the backup was taken is first erased from it."
    ),
    # The erasure letter: backups and recipients (Art 17, 19)
    "letter.completion.backups": (
        "Your data may still be in backups of the register taken before the erasure. The "
        "newest {keep} automatic backups of each kind are kept, so they are replaced by new "
        "ones over time; backups taken separately are kept until we delete them. Backups are "
        "used only to restore the register. If one of them is restored, your data is erased "
        "from it again before the register is used."
    ),
    "letter.completion.recipients": (
        "We will tell every recipient to whom your data has been disclosed about the erasure, "
        "unless this proves impossible or involves disproportionate effort (GDPR Article 19). "
        "Our register describes the recipients as follows:"
    ),
    "letter.completion.recipients_names": "On request we will tell you who these recipients are.",
    "letter.completion.no_recipients": (
        "Our register records no recipients to whom your data has been disclosed (GDPR Article 19)."
    ),
}
