"""The fixed Swedish wording of every document (Finland-Swedish legal terms, as in the
Swedish version of the GDPR and the vocabulary of Dataombudsmannens byrå).

Plain text only, never markup; the same keys as the Finnish table.
"""

TEXTS: dict[str, str] = {
    # Labels
    "label.controller": "Personuppgiftsansvarig",
    "label.name": "Namn",
    "label.address": "Adress",
    "label.phone": "Telefon",
    "label.email": "E-post",
    "label.website": "Webbplats",
    "label.business_id": "FO-nummer",
    "label.personal_id": "Personbeteckning",
    "label.birth_date": "Födelsedatum",
    "label.organisation": "Företag eller sammanslutning",
    "label.language": "Kontaktspråk",
    "label.customer_since": "Kund sedan",
    "label.customer_number": "Kundnummer",
    "label.notes": "Övriga uppgifter",
    "label.marketing_prohibited": "Förbud mot direktmarknadsföring",
    "label.restricted": "Behandlingen begränsad",
    "label.since": "från och med {date}",
    "label.contact_person": "Kontaktperson i ärenden som gäller registret",
    "label.contact_controller": "Kontakt i ärenden som gäller registret",
    "contact.see_controller": "Den personuppgiftsansvariges kontaktuppgifter finns ovan.",
    "label.dpo": "Dataskyddsombud",
    "label.date": "Datum",
    "label.time": "Tid",
    "label.reference": "Referens",
    "label.description": "Beskrivning",
    "label.amount": "Belopp",
    "label.status": "Status",
    "label.purpose": "Ändamål",
    "label.action": "Händelse",
    "label.channel": "Kanal",
    "label.evidence": "Bevis",
    "label.kind": "Typ",
    "label.summary": "Innehåll",
    "label.request_type": "Begäran",
    "label.received": "Mottagen",
    "label.completed": "Behandlad",
    "label.due": "Sista dag",
    "label.order_number": "Beställningsnummer",
    "label.keep_until": "Sparas till och med",
    "label.legal_basis": "Rättslig grund",
    "label.legitimate_interest": "Berättigat intresse",
    "label.purposes": "Ändamålen med behandlingen och de rättsliga grunderna",
    "label.data_subjects": "Grupper av registrerade",
    "label.categories": "Kategorier av personuppgifter",
    "label.sources": "Uppgiftskällor",
    "label.recipients": "Mottagare och regelbundna utlämnanden",
    "label.processors": "Tjänsteleverantörer som behandlar uppgifter för den personuppgiftsansvariges räkning",
    "label.processor_contracts": "Biträden, land, överföringsgrund och avtal",
    "processor.contract": "avtal {date}",
    "processor.no_contract": "avtalsdatum inte angivet",
    "transfer.eea": "inom EU eller EES",
    "transfer.adequacy": "Europeiska kommissionens beslut om adekvat skyddsnivå",
    "transfer.dpf": "dataskyddsramen mellan EU och USA (Data Privacy Framework)",
    "transfer.scc": "Europeiska kommissionens standardavtalsklausuler",
    "transfer.other": "annan skyddsåtgärd (kapitel V i GDPR)",
    "label.transfers": "Överföringar utanför EU eller EES",
    "label.safeguards": "Skyddsåtgärder",
    "label.retention": "Lagringstid",
    "label.automated": "Automatiserat beslutsfattande och profilering",
    "label.security": "Tekniska och organisatoriska säkerhetsåtgärder",
    "label.security_manual": "Manuellt material",
    "label.security_organisational": "Organisatoriska skyddsåtgärder",
    "label.security_electronic": "Uppgifter som behandlas elektroniskt",
    "label.drawn_up": "Upprättad",
    "label.changed": "Senast ändrad",
    "label.category": "Uppgiftsgrupp",
    "label.count": "Antal",
    "common.not_specified": "Inte angivet.",
    "common.none_recorded": "Inga antecknade uppgifter.",
    "common.regards": "Med vänliga hälsningar",
    "common.gdpr": "EU:s allmänna dataskyddsförordning (EU) 2016/679",
    "letterhead.business_id": "FO-nummer {business_id}",
    # Languages
    "language.fi": "finska",
    "language.sv": "svenska",
    "language.en": "engelska",
    # Legal bases, GDPR Art 6(1)
    "basis.consent": "den registrerades samtycke",
    "basis.contract": "fullgörande av avtal eller åtgärder innan avtal ingås",
    "basis.legal_obligation": "en rättslig förpliktelse för den personuppgiftsansvarige",
    "basis.vital_interests": "den registrerades eller en annan fysisk persons grundläggande intressen",
    "basis.public_task": "en uppgift av allmänt intresse eller myndighetsutövning",
    "basis.legitimate_interests": "den personuppgiftsansvariges berättigade intresse",
    "basis.article": "artikel 6.1 {letter} i dataskyddsförordningen",
    # Request types and the articles they rest on
    "request.access": "Rätt till tillgång (insyn i egna uppgifter)",
    "request.rectification": "Rättelse av uppgifter",
    "request.erasure": "Radering av uppgifter",
    "request.restriction": "Begränsning av behandling",
    "request.portability": "Överföring av uppgifter (dataportabilitet)",
    "request.objection": "Invändning mot behandling",
    "request.marketing_objection": "Förbud mot direktmarknadsföring",
    "request.consent_withdrawal": "Återkallelse av samtycke",
    "request_article.access": "artikel 15",
    "request_article.rectification": "artikel 16",
    "request_article.erasure": "artikel 17",
    "request_article.restriction": "artikel 18",
    "request_article.portability": "artikel 20",
    "request_article.objection": "artikel 21.1",
    "request_article.marketing_objection": "artikel 21.2 och 21.3",
    "request_article.consent_withdrawal": "artikel 7.3",
    # Request statuses
    "status.open": "Öppen",
    "status.waiting_for_identity": "Väntar på identitetsbevis",
    "status.in_progress": "Under behandling",
    "status.extended": "Tidsfristen förlängd",
    "status.ready_to_send": "Klar att skickas",
    "status.completed": "Behandlad",
    "status.refused": "Avslagen",
    "status.withdrawn": "Återtagen",
    # Order statuses
    "order_status.open": "Öppen",
    "order_status.delivered": "Levererad",
    "order_status.invoiced": "Fakturerad",
    "order_status.paid": "Betald",
    "order_status.cancelled": "Annullerad",
    "order_status.returned": "Returnerad",
    # Channels, consent actions, contact kinds
    "channel.email": "E-post",
    "channel.letter": "Brev",
    "channel.in_person": "Personligen",
    "channel.phone": "Telefon",
    "channel.web_form": "Webbformulär",
    "channel.other": "Annat",
    "consent.given": "Givet",
    "consent.withdrawn": "Återkallat",
    "contact_kind.contact": "Kontakt",
    "contact_kind.complaint": "Reklamation",
    # Retention rule in words
    "retention.rule": "Uppgifterna sparas i {years} år räknat från {anchor}.",
    "retention.rule.one": "Uppgifterna sparas i {years} år räknat från {anchor}.",
    "retention.anchor.last_activity": "den senaste kontakten",
    "retention.anchor.last_order": "den senaste beställningen",
    "retention.anchor.customer_since": "kundförhållandets början",
    # What an erasure deleted
    "erased.customer": "Grund- och kontaktuppgifter",
    "erased.consents": "Uppgifter om samtycken",
    "erased.contacts": "Kontakter och reklamationer",
    "erased.orders": "Beställningar",
    "erased.requests": "Begäranden om dataskydd",
    "erased.register_memberships": "Uppgifter om vilka register du hörde till",
    "erased.documents": "Dokument som upprättats för dig (brev och registerutdrag)",
    "erased.request_personal_details": "Personuppgifter i anteckningarna om dina begäranden",
    "erased.breach_links": "Anteckningar om personuppgiftsincidenter som gällde dig",
    # The supervisory authority
    "authority.heading": "Tillsynsmyndighet",
    "authority.visiting": "Besöksadress",
    "authority.postal": "Postadress",
    "authority.phone": "Växel",
    "authority.email": "E-post",
    "authority.website": "Webbplats",
    # Signature block
    "signature.digital": "Detta dokument är elektroniskt undertecknat. Undertecknare: {signer}.",
    # Data subject rights
    "rights.intro": (
        "Enligt dataskyddsförordningen har du följande rättigheter. Du kan framföra en begäran "
        "skriftligen eller elektroniskt till den personuppgiftsansvariges kontaktperson."
    ),
    "rights.access.title": "Rätt till tillgång (artikel 15).",
    "rights.access.body": (
        "Du har rätt att få bekräftelse på om personuppgifter som gäller dig behandlas och att få "
        "en kopia av de uppgifter som behandlas."
    ),
    "rights.rectification.title": "Rätt till rättelse (artikel 16).",
    "rights.rectification.body": (
        "Du kan kräva att felaktiga uppgifter om dig rättas och att ofullständiga uppgifter "
        "kompletteras."
    ),
    "rights.erasure.title": "Rätt till radering (artikel 17).",
    "rights.erasure.body": (
        "Du kan kräva att dina uppgifter raderas när det inte längre finns grund för att behandla "
        "dem. Uppgifter som ska bevaras enligt lag, till exempel bokföringsmaterial, raderas inte "
        "förrän den lagstadgade förvaringstiden har löpt ut."
    ),
    "rights.restriction.title": "Rätt till begränsning av behandling (artikel 18).",
    "rights.restriction.body": (
        "Du kan kräva att dina uppgifter endast lagras och inte behandlas på annat sätt, till "
        "exempel medan det utreds om uppgifterna är korrekta."
    ),
    "rights.objection.title": "Rätt att göra invändningar (artikel 21).",
    "rights.objection.body": (
        "Du kan av skäl som hänför sig till din specifika situation invända mot behandling som "
        "grundar sig på den personuppgiftsansvariges berättigade intresse. Du kan när som helst "
        "förbjuda att dina uppgifter används för direktmarknadsföring."
    ),
    "rights.portability.title": "Rätt till dataportabilitet (artikel 20).",
    "rights.portability.body": (
        "Du kan få de uppgifter som du själv har lämnat i ett strukturerat, allmänt använt och "
        "maskinläsbart format, när behandlingen grundar sig på samtycke eller avtal och sker "
        "automatiserat."
    ),
    "rights.withdrawal.title": "Återkallelse av samtycke (artikel 7.3).",
    "rights.withdrawal.body": (
        "När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla det. "
        "Återkallelsen påverkar inte lagligheten av behandling som skett innan samtycket "
        "återkallades."
    ),
    "rights.complaint.title": "Rätt att lämna klagomål till tillsynsmyndigheten (artikel 77).",
    "rights.complaint.body": (
        "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen "
        "kan du lämna in ett klagomål till tillsynsmyndigheten ({authority})."
    ),
    "rights.how": (
        "En begäran behandlas avgiftsfritt och besvaras utan onödigt dröjsmål, senast inom en "
        "månad från att den tagits emot. Tidsfristen kan förlängas med högst två månader om "
        "begäran är komplicerad eller om antalet begäranden är stort. Du underrättas i så fall om "
        "förlängningen och orsakerna till den inom en månad från att begäran togs emot. Vi kan be "
        "dig styrka din identitet om det behövs."
    ),
    # The privacy statement
    "statement.title": "Dataskyddsbeskrivning",
    "statement.subtitle": (
        "Information till den registrerade enligt artiklarna 13 och 14 i EU:s allmänna "
        "dataskyddsförordning (EU) 2016/679"
    ),
    "statement.untranslated": (
        "Obs! I avsnitten {sections} finns texter som inte har översatts till detta språk; de är tryckta på originalspråket ({original})."
    ),
    "statement.s1": "Personuppgiftsansvarig och kontaktperson",
    "statement.s2": "Dataskyddsombud",
    "statement.s3": "Registrets namn",
    "statement.s4": "Ändamålen med behandlingen av personuppgifter och de rättsliga grunderna",
    "statement.s5": "Registrets datainnehåll",
    "statement.s6": "Regelbundna uppgiftskällor",
    "statement.s7": "Mottagare och regelbundna utlämnanden av uppgifter",
    "statement.s8": "Överföring av uppgifter utanför EU eller EES",
    "statement.s9": "Lagringstid för uppgifterna",
    "statement.s10": "Den registrerades rättigheter",
    "statement.s11": "Krav enligt lag eller avtal att lämna uppgifter",
    "statement.s12": "Automatiserat beslutsfattande och profilering",
    "statement.s13": "Principerna för skyddet av registret",
    "statement.s14": "Kakor",
    "statement.s15": "Datum för upprättande och senaste ändring",
    "statement.s16": "Ändringar i denna beskrivning",
    "statement.version": "Version {number}",
    "statement.drawn_up_on": "Upprättad {date}",
    "statement.updated_on": "Uppdaterad {date}",
    "statement.change_note": "Ändring: {note}",
    "statement.changes": (
        "Den personuppgiftsansvarige uppdaterar denna beskrivning när behandlingen av "
        "personuppgifter ändras. Den gällande versionen finns hos den personuppgiftsansvarige "
        "och skickas på begäran. Betydande ändringar meddelas dem som ändringen gäller."
    ),
    "statement.history.version": "Version",
    "statement.history.date": "Datum",
    "statement.history.note": "Ändring",
    "statement.no_dpo": (
        "Den personuppgiftsansvarige har inte utsett något dataskyddsombud. I frågor som gäller "
        "dataskydd kan du kontakta den kontaktperson som anges i punkt 1."
    ),
    "statement.no_recipients": ("Uppgifterna lämnas inte regelbundet ut till utomstående."),
    "statement.no_transfers": (
        "Uppgifterna överförs inte utanför Europeiska unionen eller Europeiska ekonomiska "
        "samarbetsområdet."
    ),
    "statement.transfers": (
        "Uppgifterna överförs utanför Europeiska unionen eller Europeiska ekonomiska "
        "samarbetsområdet."
    ),
    "statement.transfers_when_necessary": (
        "Uppgifterna överförs utanför Europeiska unionen eller Europeiska ekonomiska "
        "samarbetsområdet endast när det är tekniskt nödvändigt för att tillhandahålla tjänsten."
    ),
    "statement.no_requirement": (
        "Det finns inget lagstadgat eller avtalsenligt krav på att lämna uppgifterna, och den "
        "registrerade är inte skyldig att lämna dem."
    ),
    "statement.no_automated_decisions": (
        "Inga automatiserade beslut fattas på grundval av uppgifterna i registret."
    ),
    "statement.no_profiling": "Uppgifterna i registret används inte för profilering.",
    "statement.no_automated": (
        "Uppgifterna i registret används inte för automatiserat beslutsfattande eller profilering."
    ),
    "statement.no_cookies": (
        "Tillämpas inte. Uppgifter till registret samlas inte in med hjälp av kakor på en "
        "webbplats."
    ),
    # The access report (Art 15)
    "access.title": "Registerutdrag: dina personuppgifter",
    "access.subtitle": (
        "Svar på begäran om tillgång (artikel 15 i EU:s allmänna dataskyddsförordning)"
    ),
    "access.salutation": "Bästa {name}",
    "access.intro_received": (
        "Du bad den {received} om att få veta om {controller} behandlar personuppgifter som gäller dig."
    ),
    "access.intro": (
        "I detta registerutdrag berättar vi vilka personuppgifter om dig {controller} behandlar."
    ),
    "access.confirmation": (
        "Vi bekräftar att vi behandlar personuppgifter som gäller dig. Registerutdraget består av "
        "tre delar:"
    ),
    "access.contents_1": "Del 1: en kopia av alla personuppgifter som vi har om dig.",
    "access.contents_2": (
        "Del 2: för varje register som dina uppgifter hör till: ändamålen med behandlingen och de "
        "rättsliga grunderna, kategorierna av personuppgifter, mottagarna, överföringar utanför "
        "EU och EES, lagringstiderna, uppgiftskällorna samt om automatiserat beslutsfattande "
        "förekommer."
    ),
    "access.contents_3": "Del 3: dina rättigheter och tillsynsmyndighetens kontaktuppgifter.",
    "access.free": (
        "Registerutdraget är avgiftsfritt. Om du upptäcker fel i uppgifterna eller vill utöva dina "
        "övriga rättigheter kan du kontakta oss: {contact}."
    ),
    "access.masked": (
        "Din personbeteckning visas delvis dold i detta registerutdrag så att den inte hamnar i fel "
        "händer. På begäran får du den i sin helhet."
    ),
    "access.part1": "Del 1. Uppgifter som vi har om dig",
    "access.part2": "Del 2. Register som dina uppgifter hör till",
    "access.part3": "Del 3. Dina rättigheter",
    "access.contact_data": "Kontaktuppgifter och övriga grunduppgifter",
    "access.consents": "Samtycken och deras historik",
    "access.orders": "Beställningar",
    "access.orders_count": "Beställningar sammanlagt: {count}.",
    "access.contacts": "Kontakter och reklamationer",
    "access.requests": "Tidigare begäranden om dataskydd",
    "access.no_registers": "Dina uppgifter har inte kopplats till något register.",
    # The record of processing activities (Art 30)
    "record.title": "Register över behandling",
    "record.subtitle": "Artikel 30.1 i EU:s allmänna dataskyddsförordning (EU) 2016/679",
    "record.updated": "Läget {date}",
    "record.controller": "Uppgifter om den personuppgiftsansvarige",
    "record.no_dpo": "Inget dataskyddsombud har utsetts.",
    "record.activities": "Behandlingar",
    "record.no_registers": "Inga behandlingar har förts in.",
    # Letters: shared lines
    "letter.salutation": "Bästa {name}",
    "letter.our_reference": "Vår referens: {reference}",
    "letter.contact": "Om du har frågor kan du kontakta oss: {contact}.",
    "letter.note": "Ytterligare information: {note}",
    # Letter: acknowledgement of receipt
    "letter.acknowledgement.title": "Bekräftelse på mottagen begäran",
    "letter.acknowledgement.body": (
        "Den {received} tog vi emot din begäran som gäller behandlingen av dina personuppgifter."
    ),
    "letter.acknowledgement.due": "Vi besvarar din begäran utan onödigt dröjsmål, senast {due}.",
    "letter.acknowledgement.due_unknown": (
        "Vi besvarar din begäran utan onödigt dröjsmål, senast inom en månad från att den togs "
        "emot."
    ),
    "letter.acknowledgement.extension": (
        "Om begäran är ovanligt komplicerad eller om antalet begäranden är stort kan tidsfristen "
        "förlängas med högst två månader. Vi meddelar i så fall förlängningen och orsakerna till "
        "den innan den ursprungliga tidsfristen löper ut."
    ),
    "letter.acknowledgement.free": "Behandlingen av begäran är avgiftsfri för dig.",
    # Letter: proof of identity asked (Art 12(6))
    "letter.identity_request.title": "Begäran om att styrka din identitet",
    "letter.identity_request.body": (
        "Vi tog emot din begäran den {received}. För att uppgifter inte ska lämnas ut eller "
        "ändras på begäran av fel person ber vi dig styrka din identitet (artikel 12.6 i "
        "dataskyddsförordningen)."
    ),
    "letter.identity_request.reason": "Vi behöver en utredning av följande orsak: {reason}",
    "letter.identity_request.how": (
        "Du kan till exempel besöka oss med ett giltigt identitetsbevis eller svara från den "
        "e-postadress eller det telefonnummer som du tidigare har uppgett för oss. Skicka inte "
        "din personbeteckning eller en kopia av ditt identitetsbevis med oskyddad e-post."
    ),
    "letter.identity_request.clock_due": (
        "Vi behandlar din begäran så snart utredningen har kommit in och svarar senast {due}."
    ),
    "letter.identity_request.clock": (
        "Vi behandlar din begäran så snart utredningen har kommit in."
    ),
    "letter.identity_request.unverified": (
        "Om din identitet inte kan fastställas kan vi inte tillmötesgå begäran (artikel 12.2 i "
        "dataskyddsförordningen)."
    ),
    # Letter: extension of the time limit (Art 12(3))
    "letter.extension_notice.title": "Meddelande om förlängd svarstid",
    "letter.extension_notice.body": (
        "Vi tog emot din begäran den {received}. Enligt artikel 12.3 i dataskyddsförordningen "
        "ska en begäran besvaras inom en månad, men tidsfristen kan vid behov förlängas med högst "
        "två månader med beaktande av hur komplicerade begärandena är och hur många de är."
    ),
    "letter.extension_notice.reason": "Vi förlänger svarstiden av följande orsak:",
    "letter.extension_notice.new_due": "Vi besvarar din begäran senast {due}.",
    # Letter: no action or refusal (Art 12(4))
    "letter.refusal.title": "Meddelande: din begäran tillmötesgås inte",
    "letter.refusal.body": (
        "Vi har behandlat din begäran som vi tog emot den {received}. Vi tillmötesgår inte begäran "
        "av följande orsak:"
    ),
    "letter.refusal.basis": "Detta meddelande ges med stöd av artikel 12.4 i dataskyddsförordningen.",
    "letter.refusal.complaint": (
        "Om du inte är nöjd med vårt beslut har du rätt att lämna in ett klagomål till "
        "tillsynsmyndigheten (artikel 77 i dataskyddsförordningen). Tillsynsmyndighetens "
        "kontaktuppgifter:"
    ),
    "letter.refusal.court": (
        "Du har dessutom rätt att föra ärendet till domstol (artikel 79 i "
        "dataskyddsförordningen). I Finland väcks talan vid tingsrätten."
    ),
    # Letter: request fulfilled
    "letter.completion.title": "Meddelande om att din begäran har verkställts",
    "letter.completion.body": "Vi har verkställt din begäran som vi tog emot den {received}.",
    "letter.completion.done": "Vi har vidtagit följande åtgärder:",
    "letter.completion.erased": "Vi har raderat följande uppgifter om dig:",
    "letter.completion.kept": (
        "Följande beställningar sparas utan ditt namn och dina kontaktuppgifter, eftersom "
        "kräver att verifikat bevaras i sex år från "
        "utgången av det år under vilket räkenskapsperioden gick ut. Rätten till radering gäller inte "
        "uppgifter som ska bevaras enligt en rättslig förpliktelse (artikel 17.3 b i "
        "dataskyddsförordningen). Uppgifterna förstörs när förvaringstiden har löpt ut."
    ),
    "letter.completion.kept_reason": "Grund för bevarandet: {reason}",
    "letter.completion.log": (
        "Vi sparar endast en anteckning om din begäran och hur den behandlats, så att vi kan visa "
        "att begäran har verkställts."
    ),
    # Letter: the recipients of the person's data, when the person asks (Art 19)
    "letter.recipient_list.title": "Mottagare som dina uppgifter har lämnats ut till",
    "letter.recipient_list.body": (
        "Du har bett att få veta till vem dina personuppgifter har lämnats ut. Enligt artikel 19 "
        "i dataskyddsförordningen underrättar vi varje mottagare som uppgifterna har lämnats ut "
        "till om rättelse eller radering av dina uppgifter eller om begränsning av behandlingen, "
        "om inte detta visar sig vara omöjligt eller medför en oproportionell ansträngning."
    ),
    "letter.recipient_list.list": "Dina uppgifter har lämnats ut till följande mottagare:",
    "letter.recipient_list.told": "{name}: underrättad {date}",
    "letter.recipient_list.to_tell": "{name}: underrättas",
    "letter.recipient_list.none": "Dina uppgifter har inte lämnats ut till någon mottagare.",
    # Letter: the person is not in the register
    "address.by_email": "Levereras per e-post",
    "email.subject": "Svar på din dataskyddsbegäran",
    "email.body": "Hej,\n\nbifogat finns vårt svar på din dataskyddsbegäran: {document} (PDF).\n\nAv säkerhetsskäl innehåller detta meddelande inga personuppgifter om dig; de finns endast i bilagan. Om du har frågor kan du svara på detta meddelande.\n\nMed vänliga hälsningar\n{controller}",
    "letter.no_data_held.title": "Svar på din begäran: vi har inga uppgifter om dig",
    "letter.no_data_held.body": (
        "Vi tog emot din begäran den {received}. Vi har gått igenom våra register utifrån de "
        "uppgifter du lämnat: {controller} behandlar inga personuppgifter som gäller dig."
    ),
    "letter.no_data_held.no_action": (
        "Begäran föranleder därför inga andra åtgärder. Vi sparar en anteckning om din begäran och "
        "de kontaktuppgifter som behövs för detta svar endast för att kunna visa att begäran har "
        "behandlats."
    ),
    # Request log (accountability, Art 5(2))
    "log.title": "Förteckning över de registrerades begäranden",
    "log.subtitle": "Begäranden enligt artiklarna 12-22 i dataskyddsförordningen och hur de hanterats (ansvarsskyldighet, artikel 5.2)",
    "log.period": "Period: {start} - {end}",
    "log.summary": "Begäranden sammanlagt: {total}, varav {completed} behandlade, {refused} avslagna, {withdrawn} återtagna och {open} öppna. Besvarade efter tidsfristen: {late}.",
    "log.none": "Inga begäranden kom in under perioden.",
    "log.col.id": "Nr",
    "log.col.type": "Begäran",
    "log.col.received": "Mottagen",
    "log.col.due": "Tidsfrist",
    "log.col.done": "Besvarad",
    "log.col.status": "Status",
    "log.col.outcome": "Resultat",
    "log.identity": "Identitet: {identity}",
    "log.identity_reason": "Identitet: {identity} ({reason})",
    "log.identity_not_needed": "svaret varken lämnar ut eller ändrar personuppgifter",
    "identity.not_needed": "behövdes inte",
    "identity.requested": "bevis begärt",
    "identity.received": "bevis mottaget",
    "identity.failed": "kunde inte styrkas",
    "identity.matches_register": "kontaktuppgiften stämmer med registret",
    "identity.confirmed": "säkerställd",
    "identity.unconfirmed": "inte bekräftad",
    "log.erased": "(den registrerade raderad)",
    "sent_via.letter": "brev",
    "sent_via.email": "e-post",
    "sent_via.in_person": "överlämnat personligen",
    "sent_via.not_recorded": "sättet inte antecknat",
    "outcome.access_report_sent": "registerutdrag skickat",
    "outcome.erased": "uppgifterna raderade",
    "outcome.no_data_held": "inga uppgifter om personen",
    "outcome.rectification": "uppgifterna rättade",
    "outcome.restriction": "behandlingen begränsad",
    "outcome.portability": "uppgifterna utlämnade för överföring",
    "outcome.objection": "invändningen antecknad",
    "outcome.marketing_objection": "förbud mot direktmarknadsföring antecknat",
    "outcome.consent_withdrawal": "samtycket återkallat",
    # What fulfilling a request did (completion letters)
    "done.restriction": "Vi har begränsat behandlingen av dina uppgifter från och med {date}. Uppgifterna sparas men används inte och lämnas inte ut utan ditt samtycke eller annan rättslig grund (artikel 18 i dataskyddsförordningen).",
    "done.objection": "Från och med {date} har vi upphört med den behandling av dina uppgifter som grundade sig på vårt berättigade intresse (artikel 21.1 i dataskyddsförordningen).",
    "done.marketing_objection": "Vi har den {date} antecknat ditt förbud mot direktmarknadsföring. Vi skickar inte längre direktmarknadsföring till dig och använder inte dina uppgifter för det (artikel 21.2 och 21.3 i dataskyddsförordningen).",
    "done.consent_withdrawal": "Vi har den {date} antecknat att du återkallat ditt samtycke för följande ändamål: {purposes}. Återkallelsen påverkar inte lagligheten av behandlingen innan den.",
    "done.portability": "Vi överlämnar de uppgifter du har lämnat i ett strukturerat, allmänt använt och maskinläsbart format (JSON och CSV) som bilaga till detta brev (artikel 20 i dataskyddsförordningen).",
    "done.rectification": "Vi har rättat följande uppgifter: {fields}. Vi meddelar rättelsen till de mottagare som uppgifterna har lämnats ut till (artikel 19 i dataskyddsförordningen).",
    # Audit log (the hash chain, documents/audit_log.py)
    "audit.title": "Händelselogg",
    "audit.subtitle": "Alla ändringar i registret: tid, åtgärd, objekt och namnen på de ändrade fälten. Loggen innehåller inga personuppgifter. Varje post innehåller kontrollsumman (SHA-256) för föregående post, så en post som ändrats, tagits bort eller flyttats i efterhand upptäcks.",
    "audit.printed": "Utskriven {when}",
    "audit.ok": "Kontroll: kedjan är hel. Kontrollerade poster: {count}.",
    "audit.broken": "Kontroll: kedjan är BRUTEN vid post {entry} ({at}): {problem}. De {count} posterna före den är hela.",
    "audit.problem.edited": "posten har ändrats efter att den fördes in",
    "audit.problem.link_changed": "föregående posts kontrollsumma som sparats i posten har ändrats",
    "audit.problem.missing": "en post före den saknas (borttagen eller ersatt)",
    "audit.problem.reordered": "posternas ordning har ändrats",
    "audit.head": "Kedjans slut: {count} poster, den senaste postens kontrollsumma:",
    "audit.head_note": "Spara denna kontrollsumma någon annanstans. När loggen senare kontrolleras mot den upptäcks även poster som tagits bort från slutet av loggen.",
    "audit.none": "Loggen innehåller inga poster.",
    "audit.col.id": "Nr",
    "audit.col.at": "Tid",
    "audit.col.action": "Åtgärd",
    "audit.col.entity": "Objekt",
    "audit.col.fields": "Fält",
    "audit.col.hash": "Kontrollsumma",
    "audit.order": "Posterna från den nyaste till den äldsta. Åtgärder och objekt visas så som de fördes in.",
    "audit.truncated": "Här listas bara de {printed} nyaste av loggens {total} poster; kontrollen ovan omfattar alla, och CSV-exporten innehåller varje post.",
    # The breach log (Art 33-34): the letter to the people affected and the report
    "breach.nature.confidentiality": "konfidentialitet (uppgifter röjdes eller obehöriga fick tillgång till dem)",
    "breach.nature.integrity": "integritet (uppgifter ändrades obehörigen)",
    "breach.nature.availability": "tillgänglighet (uppgifter förlorades eller förstördes, eller kunde inte användas)",
    "breach.risk.unlikely": "medför sannolikt ingen risk",
    "breach.risk.risk": "en risk för personers rättigheter och friheter",
    "breach.risk.high": "en hög risk för personers rättigheter och friheter",
    "breach.exemption.unintelligible": "Uppgifterna var obegripliga för utomstående, t.ex. krypterade (artikel 34.3 a)",
    "breach.exemption.risk_removed": "Senare åtgärder gör att den höga risken sannolikt inte längre föreligger (artikel 34.3 b)",
    "breach.exemption.public_communication": "Att informera var och en skulle kräva oproportionerliga ansträngningar: offentlig information i stället (artikel 34.3 c)",
    "breach.status.open": "öppen",
    "breach.status.closed": "avslutad",
    "breach.unknown": "okänt",
    "breach.not_yet": "ännu inte",
    "breach.letter.title": "Meddelande om en personuppgiftsincident",
    "breach.letter.intro": "Vi meddelar dig om en personuppgiftsincident som gäller dina personuppgifter (artikel 34 i EU:s allmänna dataskyddsförordning). Vi fick kännedom om incidenten {discovered}.",
    "breach.letter.what": "Vad som hände",
    "breach.letter.nature": "Incidenten gällde uppgifternas {natures}.",
    "breach.letter.data": "Vilka av dina uppgifter incidenten gäller",
    "breach.letter.consequences": "Sannolika följder för dig",
    "breach.letter.consequences_unknown": "Vi känner för närvarande inte till några följder för dig.",
    "breach.letter.measures": "Vad vi har gjort och kommer att göra",
    "breach.letter.advice": "Var försiktig med oväntade meddelanden, samtal och brev som hänvisar till detta eller ber om dina personuppgifter, lösenord eller bankkoder, och kontakta oss om du märker något ovanligt.",
    "breach.letter.notified": "Vi har anmält incidenten till tillsynsmyndigheten ({authority}) {date}.",
    "breach.letter.contact": "Mer information får du av: {contact}.",
    "breach.letter.complaint": "Du har rätt att lämna in klagomål till tillsynsmyndigheten:",
    "breach.report.title": "Personuppgiftsincident nr {id}",
    "breach.report.subtitle": "Dokumentation av en personuppgiftsincident (artikel 33.5 i EU:s allmänna dataskyddsförordning)",
    "breach.report.description": "Vad som hände",
    "breach.report.discovered": "Upptäckt",
    "breach.report.recorded": "Införd i loggen",
    "breach.report.nature": "Art",
    "breach.report.data": "Berörda uppgifter",
    "breach.report.people": "Berörda personer (uppskattning)",
    "breach.report.records": "Berörda poster (uppskattning)",
    "breach.report.risk": "Riskbedömning",
    "breach.report.risk_reasoning": "Motivering",
    "breach.report.due": "Anmälan till myndigheten senast",
    "breach.report.notified": "Anmäld till myndigheten",
    "breach.report.reference": "Myndighetens diarienummer",
    "breach.report.delay": "Skäl till förseningen",
    "breach.report.informed": "Personerna informerade",
    "breach.report.informed_how": "Hur",
    "breach.report.informed_count": "Hur många",
    "breach.report.exemption": "Inte informerade var för sig",
    "breach.report.exemption_reason": "Motivering",
    "breach.report.status": "Status",
    "breach.report.consequences": "Sannolika följder",
    "breach.report.measures_taken": "Vidtagna åtgärder",
    "breach.report.measures_proposed": "Föreslagna åtgärder",
    "breach.report.phases": "Anmälan till myndigheten gjordes i omgångar (artikel 33.4); ytterligare information följer.",
    "breach.report.printed": "Utskriven {date}",
    # Legitimate-interest assessment (Art 6(1)(f), EDPB Guidelines 1/2024)
    "lia.title": "Bedömning av berättigat intresse",
    "lia.subtitle": "Intresseavvägning för behandling enligt artikel 6.1 f i dataskyddsförordningen (ansvarsskyldighet, artikel 5.2)",
    "lia.register": "Register",
    "lia.purpose": "Ändamål med behandlingen",
    "lia.assessed_on": "Bedömd",
    "lia.reviewer": "Bedömd av",
    "lia.out_of_date": "Ändamålet med behandlingen har ändrats efter denna bedömning. Bedömningen gäller ändamålet ovan så som det löd när det bedömdes; gör bedömningen på nytt.",
    "lia.interest": "1. Berättigat intresse",
    "lia.interest.hint": "Vilket intresse eftersträvas med behandlingen, och är det lagligt, tydligt formulerat och verkligt?",
    "lia.no_interest": "Inte beskrivet.",
    "lia.necessity": "2. Behandlingens nödvändighet",
    "lia.necessity.hint": "Varför är behandlingen nödvändig för intresset, och varför skulle samma sak inte uppnås med färre uppgifter eller på ett mindre integritetskänsligt sätt?",
    "lia.no_necessity": "Inte beskrivet.",
    "lia.balancing": "3. Intresseavvägning",
    "lia.balancing.hint": "Den registrerades rimliga förväntningar, intressen och grundläggande rättigheter och friheter samt hur behandlingen påverkar hen, vägda mot den personuppgiftsansvariges intresse.",
    "lia.no_balancing": "Inte beskrivet.",
    "lia.safeguards": "4. Skyddsåtgärder",
    "lia.safeguards.hint": "Åtgärder som begränsar påverkan på den registrerade, till exempel rätten att invända, uppgiftsminimering och kort lagringstid.",
    "lia.no_safeguards": "Inga särskilda skyddsåtgärder.",
    "lia.outcome": "5. Slutsats",
    "lia.outcome.may_proceed": "Den registrerades intressen, rättigheter och friheter väger inte tyngre än det berättigade intresset: behandlingen kan grunda sig på berättigat intresse.",
    "lia.outcome.may_not_proceed": "Den registrerades intressen, rättigheter och friheter väger tyngre än det berättigade intresset: behandlingen kan inte grunda sig på berättigat intresse.",
    "lia.printed": "Utskriven {date}",
    "dpia.title": "Konsekvensbedömning avseende dataskydd",
    "dpia.subtitle": "Behovsbedömning och förenklad konsekvensbedömning enligt artikel 35 i dataskyddsförordningen (ansvarsskyldighet, artikel 5.2)",
    "dpia.register": "Register",
    "dpia.screened_on": "Behovet bedömt",
    "dpia.screened_by": "Behovet bedömt av",
    "dpia.status": "Status",
    "dpia.screening": "1. Behovsbedömning",
    "dpia.screening.hint": "En konsekvensbedömning behövs när en punkt i artikel 35.3 i dataskyddsförordningen eller i dataombudsmannens förteckning gäller (förteckningens punkter om biometriska, genetiska och platsuppgifter samt undantag från informationsplikten endast tillsammans med minst ett av dataskyddsstyrelsens kriterier), eller när två eller fler av dataskyddsstyrelsens kriterier gäller.",
    "dpia.source.gdpr": "Artikel 35.3 i dataskyddsförordningen",
    "dpia.source.ombudsman": "Dataombudsmannens förteckning (artikel 35.4)",
    "dpia.source.edpb": "Dataskyddsstyrelsens kriterier (WP248 rev.01)",
    "dpia.question": "Fråga",
    "dpia.answer": "Svar",
    "dpia.reasoning": "Motivering",
    "dpia.answer.yes": "Ja",
    "dpia.answer.no": "Nej",
    "dpia.answer.none": "Inte besvarad",
    "dpia.conclusion": "Slutsats",
    "dpia.conclusion.needed": "En konsekvensbedömning behövs.",
    "dpia.conclusion.voluntary": "Checklistan kräver ingen konsekvensbedömning, men den görs frivilligt.",
    "dpia.conclusion.not_needed": "Ingen konsekvensbedömning behövs.",
    "dpia.assessment": "2. Konsekvensbedömning",
    "dpia.no_assessment": "Ingen konsekvensbedömning har förts in ännu.",
    "dpia.description": "Beskrivning av behandlingen och dess ändamål",
    "dpia.necessity": "Nödvändighet och proportionalitet",
    "dpia.risks": "Risker för de registrerade",
    "dpia.risk": "Risk",
    "dpia.likelihood": "Sannolikhet",
    "dpia.severity": "Allvarlighet",
    "dpia.measures": "Åtgärder mot riskerna",
    "dpia.residual_risk": "Kvarstående risk",
    "dpia.decision": "Beslut",
    "dpia.assessed_on": "Bedömd",
    "dpia.next_review": "Nästa omprövning",
    "dpia.reviewer": "Bedömare",
    "dpia.level.low": "Låg",
    "dpia.level.medium": "Medelhög",
    "dpia.level.high": "Hög",
    "dpia.decision.proceed": "Den kvarstående risken är godtagbar: behandlingen kan fortsätta.",
    "dpia.decision.consult": "En hög risk kvarstår: dataombudsmannen hörs före behandlingen (artikel 36).",
    "dpia.decision.stop": "Behandlingen genomförs inte som planerat.",
    "dpia.printed": "Utskriven {date}",
    "label.dpia": "Konsekvensbedömning (artikel 35)",
    "dpia.status.unscreened": "Behovet har ännu inte bedömts.",
    "dpia.status.not_needed": "Behovet bedömt {date}: ingen konsekvensbedömning behövs.",
    "dpia.status.missing": "Behovet bedömt {date}: en konsekvensbedömning behövs men har ännu inte förts in.",
    "dpia.status.done": "Konsekvensbedömning gjord {date}, se det separata dokumentet ”Konsekvensbedömning avseende dataskydd”.",
    "dpia.item.profiling_decisions": "Systematisk och omfattande bedömning av personer på automatisk väg, inklusive profilering, som ligger till grund för beslut med rättsliga eller liknande betydande följder",
    "dpia.item.special_large_scale": "Särskilda kategorier av uppgifter (t.ex. hälsa) eller uppgifter om brottmålsdomar behandlas i stor omfattning",
    "dpia.item.public_monitoring": "Systematisk övervakning av en allmänt tillgänglig plats i stor omfattning (t.ex. kameraövervakning)",
    "dpia.item.biometric": "Biometriska uppgifter (t.ex. fingeravtryck, ansikte) används för att identifiera en person, och minst ett av dataskyddsstyrelsens kriterier uppfylls",
    "dpia.item.genetic": "Genetiska uppgifter, och minst ett av dataskyddsstyrelsens kriterier uppfylls",
    "dpia.item.location": "Platsuppgifter (t.ex. GPS-spårning av fordon eller telefoner), och minst ett av dataskyddsstyrelsens kriterier uppfylls",
    "dpia.item.not_informed": "Uppgifter som samlats in från annat håll behandlas utan att personerna informeras, eftersom det vore omöjligt eller skulle kräva oproportionerliga ansträngningar (art. 14.5 b), och minst ett av dataskyddsstyrelsens kriterier uppfylls",
    "dpia.item.whistleblowing": "En visselblåsarkanal: rapporter om misstänkta missförhållanden",
    "dpia.item.evaluation": "Bedömning eller poängsättning, t.ex. profilering eller förutsägelse av beteende, intressen eller kreditvärdighet",
    "dpia.item.automated_decisions": "Automatiserade beslut med rättsliga eller liknande betydande följder",
    "dpia.item.monitoring": "Systematisk övervakning eller observation av personer (t.ex. av anställda, spårning på nätet)",
    "dpia.item.sensitive": "Känsliga eller mycket personliga uppgifter (särskilda kategorier, brottsuppgifter, ekonomiska uppgifter eller platsuppgifter, privata meddelanden)",
    "dpia.item.large_scale": "Behandling i stor omfattning (många personer, mycket uppgifter, lång tid eller stort område)",
    "dpia.item.combining": "Matchning eller sammanförande av datamängder från olika ändamål eller personuppgiftsansvariga utöver vad personerna kan förvänta sig",
    "dpia.item.vulnerable": "Sårbara personer: barn, anställda, patienter, äldre eller andra i svagare ställning",
    "dpia.item.innovative": "Innovativ användning av teknik eller nya organisatoriska lösningar (t.ex. ansiktsigenkänning, AI)",
    "dpia.item.prevents_rights": "Behandlingen i sig hindrar personer från att utöva en rättighet eller använda en tjänst eller ett avtal (t.ex. kreditprövning)",
    "retention_run.title": "Raderingskörning",
    "retention_run.subtitle": "Radering av personuppgifter vars lagringstid har gått ut (artikel 5.1 e och artikel 17.1 a i EU:s allmänna dataskyddsförordning)",
    "retention_run.applied_on": "Lagringstiderna beräknade för dagen",
    "retention_run.started": "Påbörjad",
    "retention_run.finished": "Avslutad",
    "retention_run.outcome": "Resultat",
    "retention_run.outcome.complete": "Körningen slutförd",
    "retention_run.outcome.cancelled": "Körningen avbröts på användarens begäran; övriga personer lämnades orörda",
    "retention_run.planned": "Personer att radera",
    "retention_run.erased": "Raderade personer",
    "retention_run.anonymised": "Beställningar sparade utan personen",
    "retention_run.anonymised_value": "{count} (som bokföringsverifikat, högst till {until})",
    "retention_run.orders_deleted": "Raderade beställningar",
    "retention_run.documents_deleted": "Raderade arkiverade dokument",
    "retention_run.rules": "Tillämpade lagringstider",
    "retention_run.col.register": "Register",
    "retention_run.col.rule": "Lagringstid",
    "retention_run.col.people": "Personer",
    "retention_run.no_rules": "Inget register har en lagringstid angiven i år.",
    "retention_run.skipped": "Överhoppade personer",
    "retention_run.skip.legal_hold": "Raderingsspärr (t.ex. en pågående tvist)",
    "retention_run.skip.open_request": "Obesvarad dataskyddsbegäran",
    "retention_run.skip.restricted": "Behandlingen begränsad (artikel 18)",
    "retention_run.skip.other_register": "Ett annat registers lagringstid har inte gått ut",
    "retention_run.kept_note": "Bokföringslagen (2:10) kräver att verifikat sparas i sex år från utgången av det år då räkenskapsperioden upphörde; beställningarna sparas utan koppling till personen (artikel 17.3 b). Anteckningarna om dataskyddsbegäranden sparas utan personens uppgifter.",
    "retention_run.no_names": "Rapporten innehåller inga namn eller andra identifieringsuppgifter om de raderade personerna.",
    # The consent record (documents/consent_record.py)
    "consents.title": "Sammanställning av samtycken",
    "consents.subtitle": "Samtycken och återkallelser samt det som visar dem (artikel 7.1 och 7.3 i dataskyddsförordningen)",
    "consents.person": "Person",
    "consents.given": "Samtycke givet",
    "consents.withdrawn": "Samtycke återkallat",
    "consents.every_channel": "alla kanaler",
    "consents.channel.email": "e-post",
    "consents.channel.sms": "textmeddelande",
    "consents.channel.phone": "telefon",
    "consents.channel.post": "post",
    "consents.words": "Ordalydelse",
    "consents.not_recorded": "Texten har inte registrerats.",
    "consents.text_version_label": "Samtyckestext",
    "consents.text_version": "{register}, version {version}",
    "consents.no_text_version": "versionen har inte registrerats",
    "consents.statement_label": "Dataskyddsbeskrivning",
    "consents.statement_version": "version {version}, gällande den dagen",
    "consents.no_statement_version": "inte känd",
    "consents.way": "Sätt",
    "consents.method.web_form": "webbformulär",
    "consents.method.paper_form": "pappersblankett",
    "consents.method.email": "e-post",
    "consents.method.in_person": "personligen",
    "consents.method.phone": "telefon",
    "consents.method.import": "import från webbutik",
    "consents.method.other": "annat",
    "consents.recorded_by": "Registrerad av",
    "consents.evidence": "Bevis",
    "consents.no_evidence": "ingen bevisfil",
    "consents.archived": "arkiverad",
    "consents.not_archived": "inte arkiverad",
    "consents.none": "Inga samtycken har registrerats för personen.",
    "consents.printed": "Utskriven {date}",
    "security.title": "Årlig granskning av informationssäkerheten",
    "security.subtitle": "Regelbunden utvärdering av behandlingens säkerhet enligt artikel 32 i dataskyddsförordningen (punkt 1 d; ansvarsskyldighet, artikel 5.2)",
    "security.reviewed_on": "Granskad",
    "security.reviewer": "Granskare",
    "security.next_review": "Nästa granskning senast",
    "security.registers": "Granskningen omfattar registren",
    "security.app_encryption": "Registerfilens kryptering vid granskningen",
    "security.encrypted.yes": "Krypterad (SQLCipher)",
    "security.encrypted.no": "Inte krypterad",
    "security.backups": "Säkerhetskopior och var de förvaras",
    "security.risks": "Risker och skyddsåtgärder",
    "security.risk": "Risk",
    "security.measures": "Skyddsåtgärder",
    "security.residual": "Kvarstående risk",
    "security.highest": "Högsta kvarstående risk",
    "security.none": "–",
    "security.printed": "Utskriven {date}",
    "security.risk.lost_laptop": "Den bärbara datorn kommer bort eller blir stulen",
    "security.risk.ransomware": "Utpressningsprogram eller annat virus låser eller förstör filerna",
    "security.risk.phished_email": "E-postkontot kapas genom nätfiske",
    "security.risk.wrong_recipient": "Personuppgifter skickas till fel mottagare",
    "security.risk.paper_records": "Pappershandlingar syns för utomstående, kommer bort eller slängs utan att strimlas",
    "security.risk.shared_computer": "Datorn delas med familjen eller andra",
    "security.measure.disk_encryption": "diskkryptering",
    "security.measure.app_encryption": "registrets egen kryptering",
    "security.measure.backups": "säkerhetskopior",
    "security.measure.passwords_2fa": "lösenord och tvåstegsverifiering",
    "security.measure.updates": "uppdateringar i tid",
    "security.measure.locked_cabinet": "låst skåp",
    "record.security_review": "Informationssäkerheten granskad {date} (nästa granskning senast {next}); högsta kvarstående risk: {level}.",
    "record.security_review.none": "Någon årlig granskning av informationssäkerheten har ännu inte gjorts.",
    "record.security_review.not_covered": "Den senaste årliga säkerhetsgranskningen ({date}) omfattar inte detta register.",
    "label.security_review": "Årlig granskning av informationssäkerheten (artikel 32)",
    "record.dpo_decision": "Behovet av ett dataskyddsombud (artikel 37)",
    "record.dpo_decision.none": "Behovet har inte bedömts.",
    "record.dpo_decision.decided": "Bedömt {date}.",
    "record.dpo_decision.not_required": "Inget dataskyddsombud behöver utses: ingen av förutsättningarna i artikel 37.1 är uppfylld.",
    "record.dpo_decision.required": "Ett dataskyddsombud ska utses (artikel 37.1) och har utsetts.",
    "record.dpo_decision.voluntary": "Ett dataskyddsombud krävs inte men har utsetts frivilligt.",
    "dpo.question.public_body": "Är den personuppgiftsansvarige en myndighet eller ett offentligt organ? (art. 37.1 a)",
    "dpo.question.monitoring": "Består kärnverksamheten av regelbunden och systematisk övervakning av registrerade i stor omfattning? (art. 37.1 b)",
    "dpo.question.special_categories": "Består kärnverksamheten av behandling i stor omfattning av särskilda kategorier av personuppgifter eller uppgifter om brott? (art. 37.1 c)",
    "inspection.title": "Tillsynsmapp",
    "inspection.subtitle": "Visar att dataskyddsförordningen följs (artikel 5.2 och 24): checklistan och dess dokument",
    "inspection.folder": "tillsynsmapp",
    "inspection.article": "art. {article}",
    "inspection.period": "Period",
    "inspection.made": "Upprättad",
    "inspection.summary": "Checklista",
    "inspection.summary_value": "{answered} punkter besvarade, {open} öppna",
    "inspection.checklist": "Checklista",
    "inspection.contents": "Innehåll",
    "inspection.col.number": "Nr",
    "inspection.col.item": "Punkt",
    "inspection.col.status": "Status",
    "inspection.col.answer": "Dokument eller åtgärd",
    "inspection.col.file": "Fil",
    "inspection.col.items": "Punkter",
    "inspection.status.answered": "Besvarad",
    "inspection.status.open": "Öppen",
    "inspection.signed_note": "När mappen är undertecknad är varje PDF-fil i den elektroniskt undertecknad; underskriften kan kontrolleras i vilken PDF-läsare som helst.",
    "inspection.no_personal_data": "Mappen innehåller inga personuppgifter om enskilda kunder utöver vad de lagstadgade förteckningarna (förteckningen över begäranden, dokumentationen av personuppgiftsincidenter) kräver.",
    "inspection.item.processing_record": "Register över behandling",
    "inspection.item.statements": "Dataskyddsbeskrivningar och deras tidigare versioner",
    "inspection.item.legal_basis": "Rättslig grund för varje ändamål",
    "inspection.item.requests": "De registrerades begäranden besvarade i tid",
    "inspection.item.breaches": "Dokumentation av personuppgiftsincidenter",
    "inspection.item.retention": "Lagringstiderna tillämpade",
    "inspection.item.consents": "Samtyckenas historik",
    "inspection.item.transfers": "Överföringar utanför EU och skyddsåtgärderna",
    "inspection.item.audit_chain": "Händelseloggen och dess integritet",
    "inspection.item.security": "Säkerhetsåtgärder och riskbedömning",
    "inspection.item.dpo": "Bedömning av behovet av dataskyddsombud",
    "inspection.item.processors": "Personuppgiftsbiträden och avtal",
    "inspection.item.dpia": "Behovsbedömning av konsekvensbedömning",
    "inspection.item.confidentiality": "Anställdas och underleverantörers tystnadsplikt och utbildning",
    "inspection.item.policy": "Dataskyddspolicy",
    "inspection.todo.nothing": "Ännu inte antecknat",
    "inspection.todo.no_registers": "Lägg till ett register (Register).",
    "inspection.todo.statement_missing": "Skapa dataskyddsbeskrivningen för registret {register} (Dokument → Skapa beskrivningen).",
    "inspection.todo.lia_missing": "Gör en intresseavvägning för ändamålet ”{purpose}” i registret {register} (Register).",
    "inspection.todo.retention_not_run": "Ingen radering har körts under perioden: radera dem vars lagringstid har gått ut (Översikt → Radera alla).",
    "inspection.todo.consent_text_missing": "Anteckna samtyckestexten för registret {register}.",
    "inspection.todo.transfers_unanswered": "Svara om uppgifterna i registret {register} överförs utanför EU (Register).",
    "inspection.todo.audit_broken": "Händelseloggens kedja är bruten: återställ en säkerhetskopia och utred orsaken.",
    "inspection.todo.security_review_missing": "Ännu inte antecknat: gör den årliga säkerhetsbedömningen.",
    "inspection.todo.dpo_decision_missing": "Ännu inte antecknat: anteckna beslutet om dataskyddsombud (art. 37).",
    "inspection.todo.contract_missing": "Anteckna datum för avtalet med biträdet {processor} (art. 28).",
    "inspection.todo.processors_not_listed": "Registren nämner biträden: lägg till dem i förteckningen över biträden med sina avtal.",
    "inspection.todo.dpia_screening_missing": "Gör behovsbedömningen av konsekvensbedömning för registret {register} (Register → Konsekvensbedömning).",
    "inspection.todo.access_list_missing": "Ännu inte antecknat: förteckna dem som har tillgång till uppgifterna samt deras tystnadsförbindelser och introduktion.",
    "inspection.todo.policy_missing": "Ännu inte antecknat: upprätta en dataskyddspolicy.",
    "inspection.todo.security_review_due": "Säkerhetsgranskningens nästa kontroll var {date}: gör en ny granskning (Register → Säkerhetsgranskning).",
    "inspection.todo.undertaking_missing": "För {person} saknas tystnadsförbindelse eller datum för introduktion (Redigera → Vem har tillgång).",
    "inspection.file.security_review": "Säkerhetsgranskning",
    "inspection.file.access_list": "Personer med tillgång till uppgifterna",
    "inspection.file.policy": "Dataskyddspolicy version {n}",
    "inspection.access.name": "Namn",
    "inspection.access.role": "Roll",
    "inspection.access.registers": "Register",
    "inspection.access.undertaking": "Tystnadsförbindelse",
    "inspection.access.briefing": "Introduktion",
    "inspection.access.from": "Från",
    "inspection.access.to": "Till",
    "inspection.file.statement": "Dataskyddsbeskrivning {register} version {n}",
    "inspection.file.lia": "Intresseavvägning {register} {n}",
    "inspection.file.breach_log": "Förteckning över personuppgiftsincidenter",
    "inspection.file.consent_texts": "Samtyckestexternas versioner",
    "inspection.file.audit_log": "Händelselogg",
    "inspection.file.audit_check": "Kontroll av händelseloggen",
    "inspection.file.dpia": "Konsekvensbedömning {register}",
    "inspection.audit.result.ok": "Händelseloggens kedja är obruten.",
    "inspection.audit.result.broken": "Händelseloggens kedja är bruten.",
    "inspection.audit.head": "Poster {count}, den senastes hash (SHA-256): {hash}",
}
