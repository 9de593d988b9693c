"""The Finnish wording of what the register itself keeps about a person and shows in the access
report's copy (Art 15(3)): the audit trail in words, the request timeline, the archived
documents, the backups and the recipients; and the erasure letter's lines on backups and on
telling the recipients (Art 19). Merged into the Finnish table by ``texts``; the Swedish and
English modules carry the same keys.
"""

TEXTS: dict[str, str] = {
    # A request type printed once, with its article
    "request.with_article": "{type}, tietosuoja-asetuksen {article}",
    "letter.request_about": "Pyyntö: {request}; vastaanotettu {received}",
    # The access report: recipients by name (Art 15(1)(c), CJEU C-154/21)
    "copy.recipients_named": "Vastaanottajat nimeltä",
    "copy.recipients_not_named": (
        "Rekisteriin ei ole kirjattu vastaanottajien nimiä, vaan vastaanottajat on kuvattu "
        "edellä ryhminä. Kerromme pyynnöstäsi niiden vastaanottajien nimet, joille tietojasi on "
        "luovutettu."
    ),
    # The access report: texts of a register left in their original language
    "copy.untranslated": (
        "Rekisterin {register} seuraavat tekstit ovat osassa 2 alkuperäiskielellä ({original}), "
        "koska niitä ei ole käännetty: {fields}."
    ),
    "copy.field.name": "rekisterin nimi",
    "copy.field.purposes": "käsittelyn tarkoitukset",
    # The access report: the audit trail about the person
    "copy.audit": "Tietoihisi tehdyt muutokset",
    "copy.audit_intro": (
        "Rekisteri kirjaa, milloin sinua koskevia tietoja on lisätty tai muutettu ja mitkä "
        "tiedot muuttuivat. Itse tiedot ovat edellä."
    ),
    "copy.audit_newest": "Luettelossa on {count} uusinta merkintää. Saat vanhemmat pyynnöstä.",
    "copy.col.time": "Aika",
    "copy.col.event": "Tapahtuma",
    "copy.col.fields": "Muuttuneet tiedot",
    "audit_action.create": "Lisätty rekisteriin",
    "audit_action.update": "Tietoja muutettu",
    "audit_action.restrict": "Käsittelyä rajoitettu",
    "audit_action.lift_restriction": "Käsittelyn rajoitus poistettu",
    "audit_action.prohibit_marketing": "Suoramarkkinointikielto kirjattu",
    "audit_action.lift_marketing_prohibition": "Suoramarkkinointikielto poistettu",
    "audit_action.object": "Vastustus kirjattu",
    "audit_action.consent_given": "Suostumus annettu",
    "audit_action.consent_withdrawn": "Suostumus peruutettu",
    "audit_action.place_hold": "Poistoesto asetettu",
    "audit_action.release_hold": "Poistoesto poistettu",
    "audit_field.kind": "asiakastyyppi",
    "audit_field.first_name": "etunimi",
    "audit_field.last_name": "sukunimi",
    "audit_field.organisation": "yritys tai yhteisö",
    "audit_field.business_id": "Y-tunnus",
    "audit_field.street_address": "katuosoite",
    "audit_field.postal_code": "postinumero",
    "audit_field.city": "postitoimipaikka",
    "audit_field.country": "maa",
    "audit_field.phone": "puhelin",
    "audit_field.email": "sähköposti",
    "audit_field.birth_date": "syntymäaika",
    "audit_field.personal_id": "henkilötunnus",
    "audit_field.language": "asiointikieli",
    "audit_field.customer_since": "asiakkuuden alkamispäivä",
    "audit_field.notes": "lisätiedot",
    "audit_field.register_ids": "rekisterit",
    "audit_field.marketing_prohibited_on": "suoramarkkinointikielto",
    "audit_field.restricted_on": "käsittelyn rajoitus",
    "audit_field.objected_on": "vastustus",
    "audit_field.consents": "suostumukset",
    # The access report: the request history with its timeline
    "copy.request_state": "Vastaanotettu {received}. Tila: {status}.",
    "copy.request_state_done": "Vastaanotettu {received}. Tila: {status} {completed}.",
    "copy.request_description": "Pyynnön sisältö: {description}",
    "copy.request_outcome": "Lopputulos: {outcome}",
    "event.logged": "Pyyntö kirjattu",
    "event.attached": "Alkuperäinen pyyntö liitetty",
    "event.start": "Käsittely aloitettu",
    "event.letter_acknowledgement": "Vastaanottovahvistus lähetetty",
    "event.letter_identity_request": "Henkilöllisyyden todistamista pyydetty",
    "event.letter_extension_notice": "Ilmoitus määräajan pidentämisestä lähetetty",
    "event.letter_refusal": "Ilmoitus pyynnön epäämisestä lähetetty",
    "event.letter_completion": "Ilmoitus pyynnön toteuttamisesta lähetetty",
    "event.letter_no_data_held": "Ilmoitus, ettei tietoja ole, lähetetty",
    "event.identity_requested": "Odotetaan henkilöllisyyden todistamista",
    "event.identity_received": "Henkilöllisyys todistettu",
    "event.identity_failed": "Henkilöllisyyttä ei voitu varmistaa",
    "event.identity_not_needed": "Henkilöllisyyden todistamista ei tarvita",
    "event.extend": "Määräaikaa pidennetty kahdella kuukaudella",
    "event.access_report": "Tarkastusselvitys lähetetty",
    "event.rectified": "Oikaistut tiedot kirjattu",
    "event.portability_export": "Tiedot toimitettu koneluettavassa muodossa",
    "event.complete": "Pyyntö toteutettu",
    "event.refuse": "Pyyntöä ei toteutettu",
    "event.withdraw": "Peruit pyynnön",
    # The access report: documents archived about the person
    "copy.documents": "Sinusta arkistoidut asiakirjat",
    "copy.documents_intro": (
        "Säilytämme jäljennöksen jokaisesta sinulle laaditusta asiakirjasta. Tarkisteen "
        "(SHA-256) alusta voit todeta, että sinulla oleva asiakirja on sama."
    ),
    "copy.col.document": "Asiakirja",
    "copy.col.checksum": "Tarkiste (SHA-256)",
    # The access report: backups
    "copy.backups": "Varmuuskopiot",
    "copy.backups_held": (
        "Tietosi voivat olla myös rekisterin varmuuskopioissa. Varmuuskopioita, jotka on "
        "otettu sen jälkeen, kun tietosi tallennettiin, on {count}; vanhin on otettu {oldest} "
        "ja uusin {newest}."
    ),
    "copy.backups_none": "Rekisteristä ei ole varmuuskopioita, joissa tietosi olisivat.",
    "copy.backups_automatic": (
        "Niistä {automatic} on otettu automaattisesti. Automaattisia varmuuskopioita "
        "säilytetään kustakin lajista {keep} uusinta; vanhin poistetaan, kun uusi otetaan."
    ),
    "copy.backups_on_request": (
        "Niistä {manual} on otettu erikseen; ne säilyvät, kunnes poistamme ne."
    ),
    "copy.backups_until": (
        "Tietosi ovat varmuuskopioissa niin kauan kuin ne ovat rekisterissä. Jos tietosi "
        "poistetaan, ne poistuvat automaattisista varmuuskopioista, kun kustakin lajista on "
        "otettu {keep} uutta varmuuskopiota, ja erikseen otetuista, kun poistamme ne."
    ),
    "copy.backups_use": (
        "Varmuuskopioita käytetään ainoastaan rekisterin palauttamiseen. Jos varmuuskopio "
        "palautetaan, siitä poistetaan ensin kaikki ne henkilöt, joiden tiedot on poistettu "
        "varmuuskopion ottamisen jälkeen."
    ),
    # The erasure letter: backups and recipients (Art 17, 19)
    "letter.completion.backups": (
        "Tietosi voivat vielä olla rekisterin varmuuskopioissa, jotka on otettu ennen poistoa. "
        "Automaattisia varmuuskopioita säilytetään kustakin lajista {keep} uusinta, joten ne "
        "korvautuvat vähitellen uusilla; erikseen otetut varmuuskopiot säilyvät, kunnes "
        "poistamme ne. Varmuuskopioita käytetään ainoastaan rekisterin palauttamiseen. Jos "
        "jokin niistä palautetaan, tietosi poistetaan siitä uudelleen ennen kuin rekisteriä "
        "käytetään."
    ),
    "letter.completion.recipients": (
        "Ilmoitamme poistosta jokaiselle vastaanottajalle, jolle tietojasi on luovutettu, "
        "paitsi jos se osoittautuu mahdottomaksi tai vaatii kohtuuttomia ponnisteluja "
        "(tietosuoja-asetuksen 19 artikla). Rekisterissämme vastaanottajat on kuvattu "
        "seuraavasti:"
    ),
    "letter.completion.recipients_names": ("Kerromme pyynnöstäsi, keitä nämä vastaanottajat ovat."),
    "letter.completion.no_recipients": (
        "Rekisteriimme ei ole kirjattu vastaanottajia, joille tietojasi olisi luovutettu "
        "(tietosuoja-asetuksen 19 artikla)."
    ),
}
