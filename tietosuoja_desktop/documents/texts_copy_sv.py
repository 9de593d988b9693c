"""The Swedish wording of what the register itself keeps about a person and shows in the access
report's copy (Art 15(3)), and the erasure letter's lines on backups and recipients (Art 19).
The same keys as ``texts_copy_fi``.
"""

TEXTS: dict[str, str] = {
    # A request type printed once, with its article
    "request.with_article": "{type}, {article} i dataskyddsförordningen",
    "letter.request_about": "Begäran: {request}; mottagen den {received}",
    # The access report: recipients by name (Art 15(1)(c), CJEU C-154/21)
    "copy.recipients_named": "Mottagare till namnet",
    "copy.recipients_not_named": (
        "Mottagarnas namn har inte förts in i registret, utan mottagarna beskrivs ovan som "
        "kategorier. På begäran meddelar vi namnen på de mottagare som dina uppgifter har "
        "lämnats ut till."
    ),
    # The access report: texts of a register left in their original language
    "copy.untranslated": (
        "Följande texter om registret {register} står i del 2 på originalspråket ({original}) "
        "eftersom de inte har översatts: {fields}."
    ),
    "copy.field.name": "registrets namn",
    "copy.field.purposes": "ändamålen med behandlingen",
    # The access report: the audit trail about the person
    "copy.audit": "Ändringar i dina uppgifter",
    "copy.audit_intro": (
        "Registret antecknar när uppgifter om dig har lagts till eller ändrats och vilka "
        "uppgifter som ändrades. Själva uppgifterna finns ovan."
    ),
    "copy.audit_newest": (
        "Förteckningen visar de {count} senaste anteckningarna. De äldre får du på begäran."
    ),
    "copy.col.time": "Tid",
    "copy.col.event": "Händelse",
    "copy.col.fields": "Ändrade uppgifter",
    "audit_action.create": "Införd i registret",
    "audit_action.update": "Uppgifterna ändrade",
    "audit_action.restrict": "Behandlingen begränsad",
    "audit_action.lift_restriction": "Begränsningen av behandlingen hävd",
    "audit_action.prohibit_marketing": "Förbud mot direktmarknadsföring antecknat",
    "audit_action.lift_marketing_prohibition": "Förbudet mot direktmarknadsföring hävt",
    "audit_action.object": "Invändningen antecknad",
    "audit_action.consent_given": "Samtycke givet",
    "audit_action.consent_withdrawn": "Samtycke återkallat",
    "audit_action.place_hold": "Satt under raderingsspärr",
    "audit_action.release_hold": "Raderingsspärren hävd",
    "audit_field.kind": "kundtyp",
    "audit_field.first_name": "förnamn",
    "audit_field.last_name": "efternamn",
    "audit_field.organisation": "företag eller sammanslutning",
    "audit_field.business_id": "FO-nummer",
    "audit_field.street_address": "gatuadress",
    "audit_field.postal_code": "postnummer",
    "audit_field.city": "postanstalt",
    "audit_field.country": "land",
    "audit_field.phone": "telefon",
    "audit_field.email": "e-post",
    "audit_field.birth_date": "födelsedatum",
    "audit_field.personal_id": "personbeteckning",
    "audit_field.language": "kontaktspråk",
    "audit_field.customer_since": "kund sedan",
    "audit_field.notes": "tilläggsuppgifter",
    "audit_field.register_ids": "register",
    "audit_field.marketing_prohibited_on": "förbud mot direktmarknadsföring",
    "audit_field.restricted_on": "begränsning av behandlingen",
    "audit_field.objected_on": "invändning",
    "audit_field.consents": "samtycken",
    # The access report: the request history with its timeline
    "copy.request_state": "Mottagen den {received}. Status: {status}.",
    "copy.request_state_done": "Mottagen den {received}. Status: {status} den {completed}.",
    "copy.request_description": "Begärans innehåll: {description}",
    "copy.request_outcome": "Resultat: {outcome}",
    "event.logged": "Begäran antecknad",
    "event.attached": "Den ursprungliga begäran bifogad",
    "event.start": "Behandlingen påbörjad",
    "event.letter_acknowledgement": "Bekräftelse av mottagandet skickad",
    "event.letter_identity_request": "Identitetsbevis begärt",
    "event.letter_extension_notice": "Meddelande om förlängd tidsfrist skickat",
    "event.letter_refusal": "Meddelande om att begäran inte verkställs skickat",
    "event.letter_completion": "Meddelande om att begäran har verkställts skickat",
    "event.letter_no_data_held": "Meddelande om att inga uppgifter finns skickat",
    "event.identity_requested": "Identitetsbevis inväntas",
    "event.identity_received": "Identiteten styrkt",
    "event.identity_failed": "Identiteten kunde inte styrkas",
    "event.identity_not_needed": "Identitetsbevis behövs inte",
    "event.extend": "Tidsfristen förlängd med två månader",
    "event.access_report": "Registerutdrag skickat",
    "event.rectified": "De rättade uppgifterna antecknade",
    "event.portability_export": "Uppgifterna lämnade i maskinläsbar form",
    "event.complete": "Begäran verkställd",
    "event.refuse": "Begäran inte verkställd",
    "event.withdraw": "Du återtog begäran",
    # The access report: documents archived about the person
    "copy.documents": "Arkiverade dokument om dig",
    "copy.documents_intro": (
        "Vi sparar en kopia av varje dokument som upprättats för dig. Med början av "
        "kontrollsumman (SHA-256) kan du konstatera att ditt exemplar är detsamma."
    ),
    "copy.col.document": "Dokument",
    "copy.col.checksum": "Kontrollsumma (SHA-256)",
    # The access report: backups
    "copy.backups": "Säkerhetskopior",
    "copy.backups_held": (
        "Dina uppgifter kan också finnas i säkerhetskopior av registret. Det finns {count} "
        "säkerhetskopior som tagits efter att dina uppgifter sparades; den äldsta är från "
        "den {oldest} och den senaste från den {newest}."
    ),
    "copy.backups_none": "Det finns inga säkerhetskopior av registret med dina uppgifter.",
    "copy.backups_automatic": (
        "Av dem har {automatic} tagits automatiskt. Av de automatiska säkerhetskopiorna "
        "sparas de {keep} senaste av varje slag; den äldsta tas bort när en ny tas."
    ),
    "copy.backups_on_request": (
        "Av dem har {manual} tagits separat; de sparas tills vi tar bort dem."
    ),
    "copy.backups_until": (
        "Dina uppgifter finns i säkerhetskopiorna så länge de finns i registret. Om dina "
        "uppgifter raderas försvinner de ur de automatiska säkerhetskopiorna när {keep} nya "
        "säkerhetskopior av varje slag har tagits, och ur de separat tagna när vi tar bort dem."
    ),
    "copy.backups_use": (
        "Säkerhetskopiorna används endast för att återställa registret. Om en säkerhetskopia "
        "återställs raderas först alla personer vars uppgifter har raderats efter att "
        "säkerhetskopian togs."
    ),
    # The erasure letter: backups and recipients (Art 17, 19)
    "letter.completion.backups": (
        "Dina uppgifter kan ännu finnas i säkerhetskopior av registret som tagits före "
        "raderingen. Av de automatiska säkerhetskopiorna sparas de {keep} senaste av varje "
        "slag, så de ersätts efter hand av nya; separat tagna säkerhetskopior sparas tills vi "
        "tar bort dem. Säkerhetskopiorna används endast för att återställa registret. Om någon "
        "av dem återställs raderas dina uppgifter ur den på nytt innan registret används."
    ),
    "letter.completion.recipients": (
        "Vi meddelar raderingen till varje mottagare som dina uppgifter har lämnats ut till, "
        "om inte detta visar sig vara omöjligt eller medföra en oproportionerligt stor "
        "ansträngning (artikel 19 i dataskyddsförordningen). I vårt register beskrivs "
        "mottagarna så här:"
    ),
    "letter.completion.recipients_names": "På begäran meddelar vi vilka dessa mottagare är.",
    "letter.completion.no_recipients": (
        "I vårt register finns inga mottagare som dina uppgifter skulle ha lämnats ut till "
        "(artikel 19 i dataskyddsförordningen)."
    ),
}
