"""The fixed English wording of every document, for customers who do not read Finnish or
Swedish. Plain text only, never markup; the same keys as the Finnish table."""

TEXTS: dict[str, str] = {
    # Labels
    "label.controller": "Controller",
    "label.name": "Name",
    "label.address": "Address",
    "label.phone": "Phone",
    "label.email": "E-mail",
    "label.website": "Website",
    "label.business_id": "Business ID",
    "label.personal_id": "Personal identity code",
    "label.birth_date": "Date of birth",
    "label.organisation": "Company or organisation",
    "label.language": "Language",
    "label.customer_since": "Customer since",
    "label.customer_number": "Customer number",
    "label.notes": "Notes",
    "label.marketing_prohibited": "Direct marketing prohibited",
    "label.restricted": "Processing restricted",
    "label.since": "since {date}",
    "label.contact_person": "Contact person for register matters",
    "label.contact_controller": "Contact for register matters",
    "contact.see_controller": "The controller's contact details are given above.",
    "label.dpo": "Data protection officer",
    "label.date": "Date",
    "label.time": "Time",
    "label.reference": "Reference",
    "label.description": "Description",
    "label.amount": "Amount",
    "label.status": "Status",
    "label.purpose": "Purpose",
    "label.action": "Event",
    "label.channel": "Channel",
    "label.evidence": "Evidence",
    "label.kind": "Kind",
    "label.summary": "Summary",
    "label.request_type": "Request",
    "label.received": "Received",
    "label.completed": "Completed",
    "label.due": "Due",
    "label.order_number": "Order number",
    "label.keep_until": "Kept until",
    "label.legal_basis": "Legal basis",
    "label.legitimate_interest": "Legitimate interest",
    "label.purposes": "Purposes of processing and legal bases",
    "label.data_subjects": "Categories of data subjects",
    "label.categories": "Categories of personal data",
    "label.sources": "Sources of data",
    "label.recipients": "Recipients and regular disclosures",
    "label.processors": "Service providers processing data on the controller's behalf",
    "label.processor_contracts": "Processors, country, transfer mechanism and contract",
    "processor.contract": "contract {date}",
    "processor.no_contract": "contract date not recorded",
    "transfer.eea": "inside the EU/EEA",
    "transfer.adequacy": "European Commission adequacy decision",
    "transfer.dpf": "EU–US Data Privacy Framework",
    "transfer.scc": "European Commission standard contractual clauses",
    "transfer.other": "other safeguard (GDPR Chapter V)",
    "label.transfers": "Transfers outside the EU/EEA",
    "label.safeguards": "Safeguards",
    "label.retention": "Retention period",
    "label.automated": "Automated decision-making and profiling",
    "label.security": "Technical and organisational security measures",
    "label.security_manual": "Paper records",
    "label.security_organisational": "Organisational measures",
    "label.security_electronic": "Electronically processed data",
    "label.drawn_up": "Drawn up",
    "label.changed": "Last changed",
    "label.category": "Category",
    "label.count": "Count",
    "common.not_specified": "Not specified.",
    "common.none_recorded": "Nothing recorded.",
    "common.regards": "Kind regards",
    "common.gdpr": "EU General Data Protection Regulation (EU) 2016/679",
    "letterhead.business_id": "Business ID {business_id}",
    # Languages
    "language.fi": "Finnish",
    "language.sv": "Swedish",
    "language.en": "English",
    # Legal bases, GDPR Art 6(1)
    "basis.consent": "consent of the data subject",
    "basis.contract": "performance of a contract or steps prior to entering into a contract",
    "basis.legal_obligation": "a legal obligation of the controller",
    "basis.vital_interests": "vital interests of the data subject or of another person",
    "basis.public_task": "a task in the public interest or the exercise of official authority",
    "basis.legitimate_interests": "legitimate interests of the controller",
    "basis.article": "GDPR Article 6(1)({letter})",
    # Request types and the articles they rest on
    "request.access": "Right of access",
    "request.rectification": "Rectification",
    "request.erasure": "Erasure",
    "request.restriction": "Restriction of processing",
    "request.portability": "Data portability",
    "request.objection": "Objection to processing",
    "request.marketing_objection": "Objection to direct marketing",
    "request.consent_withdrawal": "Withdrawal of consent",
    "request_article.access": "Article 15",
    "request_article.rectification": "Article 16",
    "request_article.erasure": "Article 17",
    "request_article.restriction": "Article 18",
    "request_article.portability": "Article 20",
    "request_article.objection": "Article 21(1)",
    "request_article.marketing_objection": "Article 21(2) and (3)",
    "request_article.consent_withdrawal": "Article 7(3)",
    # Request statuses
    "status.open": "Open",
    "status.waiting_for_identity": "Waiting for proof of identity",
    "status.in_progress": "In progress",
    "status.extended": "Time limit extended",
    "status.ready_to_send": "Ready to send",
    "status.completed": "Completed",
    "status.refused": "Refused",
    "status.withdrawn": "Withdrawn",
    # Order statuses
    "order_status.open": "Open",
    "order_status.delivered": "Delivered",
    "order_status.invoiced": "Invoiced",
    "order_status.paid": "Paid",
    "order_status.cancelled": "Cancelled",
    "order_status.returned": "Returned",
    # Channels, consent actions, contact kinds
    "channel.email": "E-mail",
    "channel.letter": "Letter",
    "channel.in_person": "In person",
    "channel.phone": "Phone",
    "channel.web_form": "Web form",
    "channel.other": "Other",
    "consent.given": "Given",
    "consent.withdrawn": "Withdrawn",
    "contact_kind.contact": "Contact",
    "contact_kind.complaint": "Complaint",
    # Retention rule in words
    "retention.rule": "The data is kept for {years} years from {anchor}.",
    "retention.rule.one": "The data is kept for {years} year from {anchor}.",
    "retention.anchor.last_activity": "the last activity",
    "retention.anchor.last_order": "the last order",
    "retention.anchor.customer_since": "the start of the customer relationship",
    # What an erasure deleted
    "erased.customer": "Basic and contact details",
    "erased.consents": "Consent records",
    "erased.contacts": "Contacts and complaints",
    "erased.orders": "Orders",
    "erased.requests": "Data protection requests",
    "erased.register_memberships": "Records of the registers you belonged to",
    "erased.documents": "Documents prepared for you (letters and reports)",
    "erased.request_personal_details": "Personal details in the records of your requests",
    "erased.breach_links": "Records of personal data breaches that concerned you",
    # The supervisory authority
    "authority.heading": "Supervisory authority",
    "authority.visiting": "Street address",
    "authority.postal": "Postal address",
    "authority.phone": "Switchboard",
    "authority.email": "E-mail",
    "authority.website": "Website",
    # Signature block
    "signature.digital": "This document is signed electronically. Signed by: {signer}.",
    # Data subject rights
    "rights.intro": (
        "Under the GDPR you have the following rights. You can make a request in writing or "
        "electronically to the controller's contact person."
    ),
    "rights.access.title": "Right of access (Article 15).",
    "rights.access.body": (
        "You can obtain confirmation as to whether personal data concerning you is processed, "
        "and a copy of that data."
    ),
    "rights.rectification.title": "Right to rectification (Article 16).",
    "rights.rectification.body": (
        "You can have inaccurate data about you corrected and incomplete data completed."
    ),
    "rights.erasure.title": "Right to erasure (Article 17).",
    "rights.erasure.body": (
        "You can have your data erased when there is no longer a ground for processing it. Data "
        "that the law requires us to keep, such as bookkeeping records, is erased only when the "
        "statutory retention period has ended."
    ),
    "rights.restriction.title": "Right to restriction of processing (Article 18).",
    "rights.restriction.body": (
        "You can require that your data is only stored and not otherwise processed, for example "
        "while its accuracy is being checked."
    ),
    "rights.objection.title": "Right to object (Article 21).",
    "rights.objection.body": (
        "On grounds relating to your particular situation you can object to processing based on "
        "the controller's legitimate interests. You can prohibit the use of your data for direct "
        "marketing at any time."
    ),
    "rights.portability.title": "Right to data portability (Article 20).",
    "rights.portability.body": (
        "You can receive the data you have provided in a structured, commonly used and "
        "machine-readable format when the processing is based on consent or a contract and is "
        "carried out by automated means."
    ),
    "rights.withdrawal.title": "Withdrawing consent (Article 7(3)).",
    "rights.withdrawal.body": (
        "Where the processing is based on your consent, you can withdraw it at any time. "
        "Withdrawal does not affect the lawfulness of processing before it."
    ),
    "rights.complaint.title": "Right to lodge a complaint with the supervisory authority (Article 77).",
    "rights.complaint.body": (
        "If you consider that the processing of your personal data infringes the GDPR, you can "
        "lodge a complaint with the supervisory authority ({authority})."
    ),
    "rights.how": (
        "Requests are free of charge and are answered without undue delay, at the latest within "
        "one month of receipt. The time limit may be extended by up to two further months if a "
        "request is complex or requests are numerous; you will be told of the extension and the "
        "reasons within the first month. We may ask you to prove your identity where necessary."
    ),
    # The privacy statement
    "statement.title": "Privacy statement",
    "statement.subtitle": (
        "Information to data subjects under Articles 13 and 14 of the EU General Data Protection "
        "Regulation (EU) 2016/679"
    ),
    "statement.untranslated": (
        "Note: sections {sections} contain texts that have not been translated into this language; they are printed in the original language ({original})."
    ),
    "statement.s1": "Controller and contact person",
    "statement.s2": "Data protection officer",
    "statement.s3": "Name of the register",
    "statement.s4": "Purposes of processing and legal bases",
    "statement.s5": "Personal data in the register",
    "statement.s6": "Regular sources of data",
    "statement.s7": "Recipients and regular disclosures",
    "statement.s8": "Transfers outside the EU or EEA",
    "statement.s9": "Retention period",
    "statement.s10": "Rights of the data subject",
    "statement.s11": "Statutory or contractual requirement to provide data",
    "statement.s12": "Automated decision-making and profiling",
    "statement.s13": "How the register is protected",
    "statement.s14": "Cookies",
    "statement.s15": "Date drawn up and date of the latest change",
    "statement.s16": "Changes to this statement",
    "statement.version": "Version {number}",
    "statement.drawn_up_on": "Drawn up {date}",
    "statement.updated_on": "Updated {date}",
    "statement.change_note": "Change: {note}",
    "statement.changes": (
        "The controller updates this statement when the processing of personal data changes. "
        "The current version is available from the controller and is sent on request. "
        "Significant changes are told to the people concerned."
    ),
    "statement.history.version": "Version",
    "statement.history.date": "Date",
    "statement.history.note": "Change",
    "statement.no_dpo": (
        "The controller has not appointed a data protection officer. For data protection "
        "matters, please contact the person named in section 1."
    ),
    "statement.no_recipients": "The data is not regularly disclosed to third parties.",
    "statement.no_transfers": (
        "The data is not transferred outside the European Union or the European Economic Area."
    ),
    "statement.transfers": (
        "The data is transferred outside the European Union or the European Economic Area."
    ),
    "statement.transfers_when_necessary": (
        "The data is transferred outside the European Union or the European Economic Area only "
        "when this is technically necessary to provide the service."
    ),
    "statement.no_requirement": (
        "Providing the data is neither a statutory nor a contractual requirement, and the data "
        "subject is not obliged to provide it."
    ),
    "statement.no_automated_decisions": (
        "No automated decisions are made on the basis of the data in the register."
    ),
    "statement.no_profiling": "The data in the register is not used for profiling.",
    "statement.no_automated": (
        "The data in the register is not used for automated decision-making or profiling."
    ),
    "statement.no_cookies": (
        "Not applicable. No data is collected into the register by cookies on a website."
    ),
    # The access report (Art 15)
    "access.title": "Your personal data",
    "access.subtitle": "Response to your access request (Article 15 of the EU GDPR)",
    "access.salutation": "Dear {name}",
    "access.intro_received": (
        "On {received} you asked whether {controller} processes personal data concerning you."
    ),
    "access.intro": "This report tells you what personal data {controller} processes about you.",
    "access.confirmation": (
        "We confirm that we process personal data concerning you. This report has three parts:"
    ),
    "access.contents_1": "Part 1: a copy of all personal data held about you.",
    "access.contents_2": (
        "Part 2: for each register your data belongs to, the purposes of processing and their "
        "legal bases, the categories of personal data, the recipients, transfers outside the EU "
        "and EEA, the retention periods, the sources of data and whether automated decisions are "
        "made."
    ),
    "access.contents_3": "Part 3: your rights and the contact details of the supervisory authority.",
    "access.free": (
        "This report is free of charge. If you find errors in the data or wish to exercise your "
        "other rights, please contact us: {contact}."
    ),
    "access.masked": (
        "Your personal identity code is partly hidden in this report so that it cannot be misused "
        "if the report goes astray. On request we will show it in full."
    ),
    "access.part1": "Part 1. Data held about you",
    "access.part2": "Part 2. Registers your data belongs to",
    "access.part3": "Part 3. Your rights",
    "access.contact_data": "Contact and basic details",
    "access.consents": "Consents and their history",
    "access.orders": "Orders",
    "access.orders_count": "Orders in total: {count}.",
    "access.contacts": "Contacts and complaints",
    "access.requests": "Earlier data protection requests",
    "access.no_registers": "Your data is not linked to any register.",
    # The record of processing activities (Art 30)
    "record.title": "Record of processing activities",
    "record.subtitle": "Article 30(1) of the EU General Data Protection Regulation (EU) 2016/679",
    "record.updated": "As of {date}",
    "record.controller": "Controller",
    "record.no_dpo": "No data protection officer has been appointed.",
    "record.activities": "Processing activities",
    "record.no_registers": "No processing activities have been recorded.",
    # Letters: shared lines
    "letter.salutation": "Dear {name}",
    "letter.our_reference": "Our reference: {reference}",
    "letter.contact": "If you have any questions, please contact us: {contact}.",
    "letter.note": "Further information: {note}",
    # Letter: acknowledgement of receipt
    "letter.acknowledgement.title": "We have received your request",
    "letter.acknowledgement.body": (
        "We received your request concerning the processing of your personal data on {received}."
    ),
    "letter.acknowledgement.due": "We will reply without undue delay and by {due} at the latest.",
    "letter.acknowledgement.due_unknown": (
        "We will reply without undue delay and at the latest within one month of receiving it."
    ),
    "letter.acknowledgement.extension": (
        "If the request is exceptionally complex or requests are numerous, the time limit may be "
        "extended by up to two further months. If so, we will tell you of the extension and the "
        "reasons before the original time limit ends."
    ),
    "letter.acknowledgement.free": "Handling your request is free of charge.",
    # Letter: proof of identity asked (Art 12(6))
    "letter.identity_request.title": "Please confirm your identity",
    "letter.identity_request.body": (
        "We received your request on {received}. So that no data is disclosed or changed at the "
        "request of the wrong person, we ask you to confirm your identity (GDPR Article 12(6))."
    ),
    "letter.identity_request.reason": "We need this for the following reason: {reason}",
    "letter.identity_request.how": (
        "You can, for example, visit us with a valid identity document, or reply from the e-mail "
        "address or phone number you have given us before. Please do not send your personal "
        "identity code or a copy of an identity document by unprotected e-mail."
    ),
    "letter.identity_request.clock_due": (
        "We will handle your request as soon as we have received the confirmation and reply by "
        "{due} at the latest."
    ),
    "letter.identity_request.clock": (
        "We will handle your request as soon as we have received the confirmation."
    ),
    "letter.identity_request.unverified": (
        "If your identity cannot be confirmed, we cannot act on the request (GDPR Article 12(2))."
    ),
    # Letter: extension of the time limit (Art 12(3))
    "letter.extension_notice.title": "Extension of the time limit for our reply",
    "letter.extension_notice.body": (
        "We received your request on {received}. Under GDPR Article 12(3) a request is answered "
        "within one month, but that period may be extended by up to two further months where "
        "necessary, taking into account the complexity and number of the requests."
    ),
    "letter.extension_notice.reason": "We are extending the time limit for the following reason:",
    "letter.extension_notice.new_due": "We will reply to your request by {due} at the latest.",
    # Letter: no action or refusal (Art 12(4))
    "letter.refusal.title": "Notice: we will not act on your request",
    "letter.refusal.body": (
        "We have considered your request received on {received}. We will not act on it for the "
        "following reason:"
    ),
    "letter.refusal.basis": "This notice is given under GDPR Article 12(4).",
    "letter.refusal.complaint": (
        "If you are not satisfied with our decision, you have the right to lodge a complaint with "
        "the supervisory authority (GDPR Article 77). Its contact details:"
    ),
    "letter.refusal.court": (
        "You also have the right to seek a judicial remedy before a court (GDPR Article 79). In "
        "Finland, proceedings are brought before a district court."
    ),
    # Letter: request fulfilled
    "letter.completion.title": "Your request has been carried out",
    "letter.completion.body": "We have carried out your request received on {received}.",
    "letter.completion.done": "We have taken the following actions:",
    "letter.completion.erased": "We have erased the following data about you:",
    "letter.completion.kept": (
        "The following orders are kept without your name and contact details, because the "
        "Finnish Accounting Act (1336/1997, chapter 2, section 10) requires bookkeeping vouchers "
        "to be kept for six years from the end of the year in which the financial period ended. "
        "The right to erasure does not apply to data that must be kept under a legal obligation "
        "(GDPR Article 17(3)(b)). The data is destroyed when the retention period ends."
    ),
    "letter.completion.kept_reason": "Reason for keeping: {reason}",
    "letter.completion.log": (
        "We keep only a note of your request and how it was handled, so that we can show that "
        "it was carried out."
    ),
    # Letter: the recipients of the person's data, when the person asks (Art 19)
    "letter.recipient_list.title": "The recipients your data was disclosed to",
    "letter.recipient_list.body": (
        "You asked to whom your personal data has been disclosed. Under Article 19 of the GDPR we "
        "tell each recipient your data was disclosed to of the rectification or erasure of your "
        "data or the restriction of its processing, unless this proves impossible or involves "
        "disproportionate effort."
    ),
    "letter.recipient_list.list": "Your data has been disclosed to the following recipients:",
    "letter.recipient_list.told": "{name}: informed on {date}",
    "letter.recipient_list.to_tell": "{name}: to be informed",
    "letter.recipient_list.none": "Your data has not been disclosed to any recipient.",
    # Letter: the person is not in the register
    "address.by_email": "Delivered by e-mail",
    "email.subject": "Reply to your data protection request",
    "email.body": "Hello,\n\nplease find attached our reply to your data protection request: {document} (PDF).\n\nFor your security this message contains none of your personal data; it is only in the attachment. If you have any questions, please reply to this message.\n\nKind regards\n{controller}",
    "letter.no_data_held.title": "Reply to your request: we hold no data about you",
    "letter.no_data_held.body": (
        "We received your request on {received}. We have checked our registers using the details "
        "you gave us: {controller} does not process any personal data concerning you."
    ),
    "letter.no_data_held.no_action": (
        "Your request therefore calls for no further action. We keep a note of your request and "
        "the contact details needed for this reply only to show that the request was handled."
    ),
    # Request log (accountability, Art 5(2))
    "log.title": "Log of data subject requests",
    "log.subtitle": "Requests under Articles 12-22 GDPR and how they were handled (accountability, Article 5(2))",
    "log.period": "Period: {start} - {end}",
    "log.summary": "Requests in all: {total}; {completed} completed, {refused} refused, {withdrawn} withdrawn and {open} open. Answered after the deadline: {late}.",
    "log.none": "No requests were received in this period.",
    "log.col.id": "No.",
    "log.col.type": "Request",
    "log.col.received": "Received",
    "log.col.due": "Due",
    "log.col.done": "Answered",
    "log.col.status": "Status",
    "log.col.outcome": "Outcome",
    "log.identity": "Identity: {identity}",
    "log.identity_reason": "Identity: {identity} ({reason})",
    "log.identity_not_needed": "the answer neither discloses nor changes personal data",
    "identity.not_needed": "not needed",
    "identity.requested": "proof requested",
    "identity.received": "proof received",
    "identity.failed": "could not be verified",
    "identity.matches_register": "the contact matches the register",
    "identity.confirmed": "confirmed",
    "identity.unconfirmed": "not confirmed",
    "log.erased": "(data subject erased)",
    "sent_via.letter": "letter",
    "sent_via.email": "e-mail",
    "sent_via.in_person": "handed over in person",
    "sent_via.not_recorded": "means not recorded",
    "outcome.access_report_sent": "access report sent",
    "outcome.erased": "data erased",
    "outcome.no_data_held": "no data held on the person",
    "outcome.rectification": "data rectified",
    "outcome.restriction": "processing restricted",
    "outcome.portability": "data provided for transfer",
    "outcome.objection": "objection recorded",
    "outcome.marketing_objection": "direct marketing prohibited",
    "outcome.consent_withdrawal": "consent withdrawn",
    # What fulfilling a request did (completion letters)
    "done.restriction": "We restricted the processing of your data from {date}. Your data is kept but not used or disclosed without your consent or another legal ground (Article 18 GDPR).",
    "done.objection": "From {date} we stopped the processing of your data that was based on our legitimate interests (Article 21(1) GDPR).",
    "done.marketing_objection": "On {date} we recorded your objection to direct marketing. We will no longer send you direct marketing or use your data for it (Article 21(2) and (3) GDPR).",
    "done.consent_withdrawal": "On {date} we recorded the withdrawal of your consent for these purposes: {purposes}. The withdrawal does not affect the lawfulness of processing before it.",
    "done.portability": "We provide the data you gave us in a structured, commonly used and machine-readable format (JSON and CSV) with this letter (Article 20 GDPR).",
    "done.rectification": "We corrected the following data: {fields}. We will tell the recipients to whom the data has been disclosed of the correction (Article 19 GDPR).",
    # Audit log (the hash chain, documents/audit_log.py)
    "audit.title": "Audit log",
    "audit.subtitle": "Every change made to the register: time, action, object and the names of the fields changed. The log holds no personal data. Each entry stores the hash (SHA-256) of the entry before it, so an entry changed, removed or moved afterwards is detected.",
    "audit.printed": "Printed {when}",
    "audit.ok": "Verification: the chain is intact. Entries checked: {count}.",
    "audit.broken": "Verification: the chain is BROKEN at entry {entry} ({at}): {problem}. The {count} entries before it are intact.",
    "audit.problem.edited": "the entry was changed after it was written",
    "audit.problem.link_changed": "the previous entry's hash stored in it was changed",
    "audit.problem.missing": "an entry before it is missing (removed or replaced)",
    "audit.problem.reordered": "the order of the entries was changed",
    "audit.head": "Head of the chain: {count} entries, hash of the newest:",
    "audit.head_note": "Keep this hash somewhere else. Checking the log against it later also detects entries removed from the end of the log.",
    "audit.none": "The log has no entries.",
    "audit.col.id": "No.",
    "audit.col.at": "Time",
    "audit.col.action": "Action",
    "audit.col.entity": "Object",
    "audit.col.fields": "Fields",
    "audit.col.hash": "Hash",
    "audit.order": "Entries from the newest to the oldest. Actions and objects are shown as recorded.",
    "audit.truncated": "Only the newest {printed} of the log's {total} entries are listed here; the check above covers them all, and the CSV export lists every one.",
    # The breach log (Art 33-34): the letter to the people affected and the report
    "breach.nature.confidentiality": "confidentiality (data was disclosed or accessed without authority)",
    "breach.nature.integrity": "integrity (data was altered without authority)",
    "breach.nature.availability": "availability (data was lost or destroyed, or could not be used)",
    "breach.risk.unlikely": "unlikely to result in a risk",
    "breach.risk.risk": "a risk to people's rights and freedoms",
    "breach.risk.high": "a high risk to people's rights and freedoms",
    "breach.exemption.unintelligible": "The data was unintelligible to outsiders, e.g. encrypted (Art 34(3)(a))",
    "breach.exemption.risk_removed": "Later measures mean the high risk is no longer likely (Art 34(3)(b))",
    "breach.exemption.public_communication": "Telling each person would take disproportionate effort: a public communication instead (Art 34(3)(c))",
    "breach.status.open": "open",
    "breach.status.closed": "closed",
    "breach.unknown": "not known",
    "breach.not_yet": "not yet",
    "breach.letter.title": "Notice of a personal data breach",
    "breach.letter.intro": "We are writing to tell you of a personal data breach that concerns your personal data (Article 34 of the General Data Protection Regulation). We became aware of it on {discovered}.",
    "breach.letter.what": "What happened",
    "breach.letter.nature": "The breach affected the {natures} of the data.",
    "breach.letter.data": "Which of your data it concerns",
    "breach.letter.consequences": "Its likely consequences for you",
    "breach.letter.consequences_unknown": "We do not yet know of any consequences for you.",
    "breach.letter.measures": "What we have done and will do",
    "breach.letter.advice": "Please be wary of unexpected messages, calls and letters that refer to this matter or ask for your personal details, passwords or bank codes, and tell us if you notice anything unusual.",
    "breach.letter.notified": "We notified {authority} of the breach on {date}.",
    "breach.letter.contact": "For more information, please contact: {contact}.",
    "breach.letter.complaint": "You have the right to lodge a complaint with the supervisory authority:",
    "breach.report.title": "Personal data breach no. {id}",
    "breach.report.subtitle": "Documentation of a personal data breach (Article 33(5) of the General Data Protection Regulation)",
    "breach.report.description": "What happened",
    "breach.report.discovered": "Discovered",
    "breach.report.recorded": "Recorded",
    "breach.report.nature": "Nature",
    "breach.report.data": "Data concerned",
    "breach.report.people": "People affected (approx.)",
    "breach.report.records": "Records affected (approx.)",
    "breach.report.risk": "Risk assessment",
    "breach.report.risk_reasoning": "Reasoning",
    "breach.report.due": "Authority to be notified by",
    "breach.report.notified": "Authority notified",
    "breach.report.reference": "Authority's case number",
    "breach.report.delay": "Reasons for the delay",
    "breach.report.informed": "People informed",
    "breach.report.informed_how": "How",
    "breach.report.informed_count": "How many",
    "breach.report.exemption": "Not informed one by one",
    "breach.report.exemption_reason": "Why",
    "breach.report.status": "Status",
    "breach.report.consequences": "Likely consequences",
    "breach.report.measures_taken": "Measures taken",
    "breach.report.measures_proposed": "Measures proposed",
    "breach.report.phases": "The authority was notified in phases (Art 33(4)); further information follows.",
    "breach.report.printed": "Printed {date}",
    # Legitimate-interest assessment (Art 6(1)(f), EDPB Guidelines 1/2024)
    "lia.title": "Legitimate interest assessment",
    "lia.subtitle": "Balancing test for processing under Article 6(1)(f) GDPR (accountability, Article 5(2))",
    "lia.register": "Register",
    "lia.purpose": "Purpose of processing",
    "lia.assessed_on": "Assessed on",
    "lia.reviewer": "Assessed by",
    "lia.out_of_date": "The purpose of processing has changed since this assessment. The assessment covers the purpose above as it read when assessed; assess it again.",
    "lia.interest": "1. The legitimate interest",
    "lia.interest.hint": "What interest does the processing pursue, and is it lawful, clearly stated and real?",
    "lia.no_interest": "Not described.",
    "lia.necessity": "2. Necessity of the processing",
    "lia.necessity.hint": "Why is the processing needed for the interest, and why would less data or a less intrusive way not do?",
    "lia.no_necessity": "Not described.",
    "lia.balancing": "3. Balancing",
    "lia.balancing.hint": "The person's reasonable expectations, interests and fundamental rights and freedoms and the impact of the processing on them, weighed against the controller's interest.",
    "lia.no_balancing": "Not described.",
    "lia.safeguards": "4. Safeguards",
    "lia.safeguards.hint": "Measures that limit the impact on the person, for example the right to object, data minimisation and short retention.",
    "lia.no_safeguards": "No separate safeguards.",
    "lia.outcome": "5. Conclusion",
    "lia.outcome.may_proceed": "The person's interests, rights and freedoms do not override the legitimate interest: the processing may rest on legitimate interests.",
    "lia.outcome.may_not_proceed": "The person's interests, rights and freedoms override the legitimate interest: the processing may not rest on legitimate interests.",
    "lia.printed": "Printed {date}",
    "dpia.title": "Data protection impact assessment",
    "dpia.subtitle": "Screening and light impact assessment under Article 35 GDPR (accountability, Article 5(2))",
    "dpia.register": "Register",
    "dpia.screened_on": "Screened on",
    "dpia.screened_by": "Screened by",
    "dpia.status": "Status",
    "dpia.screening": "1. Screening",
    "dpia.screening.hint": "A DPIA is needed when an item of Article 35(3) GDPR or of the Data Protection Ombudsman's list applies (the list's biometric, genetic, location and not-informing items only together with at least one EDPB criterion), or when two or more EDPB criteria apply.",
    "dpia.source.gdpr": "Article 35(3) GDPR",
    "dpia.source.ombudsman": "The Data Protection Ombudsman's list (Article 35(4))",
    "dpia.source.edpb": "EDPB criteria (WP248 rev.01)",
    "dpia.question": "Question",
    "dpia.answer": "Answer",
    "dpia.reasoning": "Reasoning",
    "dpia.answer.yes": "Yes",
    "dpia.answer.no": "No",
    "dpia.answer.none": "Not answered",
    "dpia.conclusion": "Conclusion",
    "dpia.conclusion.needed": "A DPIA is needed.",
    "dpia.conclusion.voluntary": "The checklist does not call for a DPIA; one is made by choice.",
    "dpia.conclusion.not_needed": "No DPIA is needed.",
    "dpia.assessment": "2. Impact assessment",
    "dpia.no_assessment": "No impact assessment has been recorded yet.",
    "dpia.description": "The processing and its purposes",
    "dpia.necessity": "Necessity and proportionality",
    "dpia.risks": "Risks to the people",
    "dpia.risk": "Risk",
    "dpia.likelihood": "Likelihood",
    "dpia.severity": "Severity",
    "dpia.measures": "Measures against the risks",
    "dpia.residual_risk": "Residual risk",
    "dpia.decision": "Decision",
    "dpia.assessed_on": "Assessed on",
    "dpia.next_review": "Next review",
    "dpia.reviewer": "Assessed by",
    "dpia.level.low": "Low",
    "dpia.level.medium": "Medium",
    "dpia.level.high": "High",
    "dpia.decision.proceed": "The residual risk is acceptable: the processing may proceed.",
    "dpia.decision.consult": "A high risk remains: the Data Protection Ombudsman is consulted before processing (Article 36).",
    "dpia.decision.stop": "The processing does not go ahead as planned.",
    "dpia.printed": "Printed {date}",
    "label.dpia": "Impact assessment (Article 35)",
    "dpia.status.unscreened": "Not screened yet.",
    "dpia.status.not_needed": "Screened {date}: no DPIA needed.",
    "dpia.status.missing": "Screened {date}: a DPIA is needed but not recorded yet.",
    "dpia.status.done": "DPIA made {date}: see the separate document “Data protection impact assessment”.",
    "dpia.item.profiling_decisions": "Systematic and extensive evaluation of people by automated means, including profiling, on which decisions with legal or similarly significant effects are based",
    "dpia.item.special_large_scale": "Special categories of data (e.g. health) or data on criminal convictions processed on a large scale",
    "dpia.item.public_monitoring": "Systematic monitoring of a publicly accessible area on a large scale (e.g. camera surveillance)",
    "dpia.item.biometric": "Biometric data (e.g. fingerprints, face) used to identify a person, and at least one EDPB criterion applies",
    "dpia.item.genetic": "Genetic data, and at least one EDPB criterion applies",
    "dpia.item.location": "Location data (e.g. GPS tracking of vehicles or phones), and at least one EDPB criterion applies",
    "dpia.item.not_informed": "Data collected from elsewhere without informing the people because it would be impossible or take disproportionate effort (Art 14(5)(b)), and at least one EDPB criterion applies",
    "dpia.item.whistleblowing": "A whistleblowing channel: reports of suspected misconduct",
    "dpia.item.evaluation": "Evaluation or scoring, e.g. profiling or predicting behaviour, interests or creditworthiness",
    "dpia.item.automated_decisions": "Automated decisions with legal or similarly significant effects",
    "dpia.item.monitoring": "Systematic monitoring or observation of people (e.g. of employees, online tracking)",
    "dpia.item.sensitive": "Sensitive or highly personal data (special categories, criminal data, financial or location data, private communications)",
    "dpia.item.large_scale": "Processing on a large scale (many people, much data, a long time or a wide area)",
    "dpia.item.combining": "Matching or combining data sets from different purposes or controllers beyond what people would expect",
    "dpia.item.vulnerable": "Vulnerable people: children, employees, patients, the elderly or others in a weaker position",
    "dpia.item.innovative": "Innovative use of technology or new organisational solutions (e.g. face recognition, AI)",
    "dpia.item.prevents_rights": "The processing itself prevents people from using a right, a service or a contract (e.g. credit screening)",
    "retention_run.title": "Retention erasure run",
    "retention_run.subtitle": "Erasure of personal data past its retention period (GDPR Article 5(1)(e) and Article 17(1)(a))",
    "retention_run.applied_on": "Retention periods counted for",
    "retention_run.started": "Started",
    "retention_run.finished": "Finished",
    "retention_run.outcome": "Outcome",
    "retention_run.outcome.complete": "Run complete",
    "retention_run.outcome.cancelled": "Run cancelled by the user; the remaining people were left untouched",
    "retention_run.planned": "People to erase",
    "retention_run.erased": "People erased",
    "retention_run.anonymised": "Orders kept without the person",
    "retention_run.anonymised_value": "{count} (as bookkeeping vouchers, until {until} at the latest)",
    "retention_run.orders_deleted": "Orders deleted",
    "retention_run.documents_deleted": "Archived documents deleted",
    "retention_run.rules": "Retention rules applied",
    "retention_run.col.register": "Register",
    "retention_run.col.rule": "Retention period",
    "retention_run.col.people": "People",
    "retention_run.no_rules": "No register states its retention period in years.",
    "retention_run.skipped": "People skipped",
    "retention_run.skip.legal_hold": "Legal hold (e.g. an open dispute)",
    "retention_run.skip.open_request": "A data protection request still open",
    "retention_run.skip.restricted": "Processing restricted (Article 18)",
    "retention_run.skip.other_register": "Another register's retention period has not ended",
    "retention_run.kept_note": "The Finnish Accounting Act (2:10) requires vouchers to be kept for six years from the end of the year in which the financial period ended; the orders are kept without any link to the person (Article 17(3)(b)). The records of data protection requests stay without the person's details.",
    "retention_run.no_names": "The report contains no names or other identifying details of the people erased.",
    # The consent record (documents/consent_record.py)
    "consents.title": "Consent record",
    "consents.subtitle": "Consents and their withdrawals, with what shows them (GDPR Article 7(1) and (3))",
    "consents.person": "Person",
    "consents.given": "Consent given",
    "consents.withdrawn": "Consent withdrawn",
    "consents.every_channel": "every channel",
    "consents.channel.email": "e-mail",
    "consents.channel.sms": "SMS",
    "consents.channel.phone": "phone",
    "consents.channel.post": "post",
    "consents.words": "Wording",
    "consents.not_recorded": "Text not recorded.",
    "consents.text_version_label": "Consent text",
    "consents.text_version": "{register}, version {version}",
    "consents.no_text_version": "version not recorded",
    "consents.statement_label": "Privacy statement",
    "consents.statement_version": "version {version}, in force that day",
    "consents.no_statement_version": "not known",
    "consents.way": "Given by",
    "consents.method.web_form": "web form",
    "consents.method.paper_form": "paper form",
    "consents.method.email": "e-mail",
    "consents.method.in_person": "in person",
    "consents.method.phone": "phone",
    "consents.method.import": "web-shop import",
    "consents.method.other": "other",
    "consents.recorded_by": "Recorded by",
    "consents.evidence": "Evidence",
    "consents.no_evidence": "no evidence file",
    "consents.archived": "archived",
    "consents.not_archived": "not archived",
    "consents.none": "No consents have been recorded for the person.",
    "consents.printed": "Printed {date}",
    "security.title": "Annual security review",
    "security.subtitle": "Regular evaluation of the security of processing under Article 32 GDPR (point 1(d); accountability, Article 5(2))",
    "security.reviewed_on": "Reviewed",
    "security.reviewer": "Reviewer",
    "security.next_review": "Next review at the latest",
    "security.registers": "Registers covered",
    "security.app_encryption": "The register file's encryption when reviewed",
    "security.encrypted.yes": "Encrypted (SQLCipher)",
    "security.encrypted.no": "Not encrypted",
    "security.backups": "Backups and where they are kept",
    "security.risks": "Risks and measures",
    "security.risk": "Risk",
    "security.measures": "Measures",
    "security.residual": "Residual risk",
    "security.highest": "Highest residual risk",
    "security.none": "–",
    "security.printed": "Printed {date}",
    "security.risk.lost_laptop": "A lost or stolen laptop",
    "security.risk.ransomware": "Ransomware or another virus locks or destroys the files",
    "security.risk.phished_email": "The e-mail account is taken over by phishing",
    "security.risk.wrong_recipient": "Personal data sent to the wrong recipient",
    "security.risk.paper_records": "Paper records seen by others, lost or thrown away unshredded",
    "security.risk.shared_computer": "A computer shared with family or others",
    "security.measure.disk_encryption": "disk encryption",
    "security.measure.app_encryption": "the register's own encryption",
    "security.measure.backups": "backups",
    "security.measure.passwords_2fa": "passwords and two-factor sign-in",
    "security.measure.updates": "updates on time",
    "security.measure.locked_cabinet": "a locked cabinet",
    "record.security_review": "Security reviewed {date} (next review by {next}); highest residual risk: {level}.",
    "record.security_review.none": "No annual security review has been made yet.",
    "record.security_review.not_covered": "The latest annual security review ({date}) does not cover this register.",
    "label.security_review": "Annual security review (Art 32)",
    "record.dpo_decision": "Whether a data protection officer is needed (Art 37)",
    "record.dpo_decision.none": "Not assessed.",
    "record.dpo_decision.decided": "Assessed {date}.",
    "record.dpo_decision.not_required": "No data protection officer needs to be appointed: none of the conditions of Article 37(1) is met.",
    "record.dpo_decision.required": "A data protection officer must be appointed (Article 37(1)) and has been.",
    "record.dpo_decision.voluntary": "A data protection officer is not required but has been appointed voluntarily.",
    "dpo.question.public_body": "Is the controller a public authority or body? (Art 37(1)(a))",
    "dpo.question.monitoring": "Do the core activities consist of regular and systematic monitoring of data subjects on a large scale? (Art 37(1)(b))",
    "dpo.question.special_categories": "Do the core activities consist of large-scale processing of special categories of data or data on criminal convictions? (Art 37(1)(c))",
    "inspection.title": "Supervisor's folder",
    "inspection.subtitle": "Showing compliance with the GDPR (Articles 5(2) and 24): the checklist and its documents",
    "inspection.folder": "inspection-pack",
    "inspection.article": "Art. {article}",
    "inspection.period": "Period",
    "inspection.made": "Made on",
    "inspection.summary": "Checklist",
    "inspection.summary_value": "{answered} items answered, {open} open",
    "inspection.checklist": "Checklist",
    "inspection.contents": "Contents",
    "inspection.col.number": "No.",
    "inspection.col.item": "Item",
    "inspection.col.status": "Status",
    "inspection.col.answer": "Document or what to do",
    "inspection.col.file": "File",
    "inspection.col.items": "Items",
    "inspection.status.answered": "Answered",
    "inspection.status.open": "Open",
    "inspection.signed_note": "When the folder is signed, every PDF file in it is signed electronically; any PDF reader can check the signature.",
    "inspection.no_personal_data": "The folder holds no personal data of individual customers beyond what the records the law requires (the request log, the breach records) must hold.",
    "inspection.item.processing_record": "Record of processing activities",
    "inspection.item.statements": "Privacy statements and their earlier versions",
    "inspection.item.legal_basis": "Legal basis for each purpose",
    "inspection.item.requests": "Data subject requests answered on time",
    "inspection.item.breaches": "Breach records",
    "inspection.item.retention": "Retention periods applied",
    "inspection.item.consents": "Consent history",
    "inspection.item.transfers": "Transfers outside the EU and their safeguards",
    "inspection.item.audit_chain": "The audit log and its integrity",
    "inspection.item.security": "Security measures and risk review",
    "inspection.item.dpo": "Whether a data protection officer is needed",
    "inspection.item.processors": "Processors and their contracts",
    "inspection.item.dpia": "DPIA screening",
    "inspection.item.confidentiality": "Staff and contractor confidentiality and training",
    "inspection.item.policy": "Data protection policy",
    "inspection.todo.nothing": "Not recorded yet",
    "inspection.todo.no_registers": "Add a register (Registers).",
    "inspection.todo.statement_missing": "Make the privacy statement of the register {register} (Documents → Make statement).",
    "inspection.todo.lia_missing": "Assess the legitimate interest of the purpose “{purpose}” of the register {register} (Registers).",
    "inspection.todo.retention_not_run": "No retention erasure was run in the period: erase those past their retention (Overview → Erase all).",
    "inspection.todo.consent_text_missing": "Record the consent text of the register {register}.",
    "inspection.todo.transfers_unanswered": "Answer whether the register {register} transfers data outside the EU (Registers).",
    "inspection.todo.audit_broken": "The audit log's chain is broken: restore a backup and find out why.",
    "inspection.todo.security_review_missing": "Not recorded yet: do the yearly security review.",
    "inspection.todo.dpo_decision_missing": "Not recorded yet: record the decision on a data protection officer (Art. 37).",
    "inspection.todo.contract_missing": "Record the date of the contract with the processor {processor} (Art. 28).",
    "inspection.todo.processors_not_listed": "The registers mention processors: add them to the list of processors with their contracts.",
    "inspection.todo.dpia_screening_missing": "Do the DPIA screening of the register {register} (Registers → DPIA screening).",
    "inspection.todo.access_list_missing": "Not recorded yet: list who has access to the data, with their confidentiality undertakings and briefings.",
    "inspection.todo.policy_missing": "Not recorded yet: write the data protection policy.",
    "inspection.todo.security_review_due": "The security review's next review was due {date}: review it again (Registers → Security review).",
    "inspection.todo.undertaking_missing": "{person} has no confidentiality undertaking or briefing date on record (Edit → Who has access).",
    "inspection.file.security_review": "Security review",
    "inspection.file.access_list": "People with access to personal data",
    "inspection.file.policy": "Data protection policy version {n}",
    "inspection.access.name": "Name",
    "inspection.access.role": "Role",
    "inspection.access.registers": "Registers",
    "inspection.access.undertaking": "Confidentiality undertaking",
    "inspection.access.briefing": "Briefing",
    "inspection.access.from": "From",
    "inspection.access.to": "To",
    "inspection.file.statement": "Privacy statement {register} version {n}",
    "inspection.file.lia": "Legitimate interest assessment {register} {n}",
    "inspection.file.breach_log": "Breach log",
    "inspection.file.consent_texts": "Consent text versions",
    "inspection.file.audit_log": "Audit log",
    "inspection.file.audit_check": "Audit log check",
    "inspection.file.dpia": "DPIA {register}",
    "inspection.audit.result.ok": "The audit log's chain is intact.",
    "inspection.audit.result.broken": "The audit log's chain is broken.",
    "inspection.audit.head": "Entries {count}, the newest one's hash (SHA-256): {hash}",
}
