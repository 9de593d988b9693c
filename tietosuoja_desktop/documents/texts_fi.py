"""The fixed Finnish wording of every document (the source of truth for wording quality).

Plain text only, never markup: the builders escape every string, fixed or typed by the user.
Placeholders are ``str.format`` names in braces. The Swedish and English tables carry exactly
the same keys (a test checks it).
"""

TEXTS: dict[str, str] = {
    # Labels
    "label.controller": "Rekisterinpitäjä",
    "label.name": "Nimi",
    "label.address": "Osoite",
    "label.phone": "Puhelin",
    "label.email": "Sähköposti",
    "label.website": "Verkkosivut",
    "label.business_id": "Y-tunnus",
    "label.personal_id": "Henkilötunnus",
    "label.birth_date": "Syntymäaika",
    "label.organisation": "Yritys tai yhteisö",
    "label.language": "Asiointikieli",
    "label.customer_since": "Asiakkuus alkanut",
    "label.customer_number": "Asiakasnumero",
    "label.notes": "Lisätiedot",
    "label.marketing_prohibited": "Suoramarkkinointikielto",
    "label.restricted": "Käsittelyä rajoitettu",
    "label.since": "alkaen {date}",
    "label.contact_person": "Yhteyshenkilö rekisteriä koskevissa asioissa",
    "label.contact_controller": "Yhteydenotot rekisteriä koskevissa asioissa",
    "contact.see_controller": "Rekisterinpitäjän yhteystiedot ovat yllä.",
    "label.dpo": "Tietosuojavastaava",
    "label.date": "Päivämäärä",
    "label.time": "Aika",
    "label.reference": "Viite",
    "label.description": "Kuvaus",
    "label.amount": "Summa",
    "label.status": "Tila",
    "label.purpose": "Tarkoitus",
    "label.action": "Tapahtuma",
    "label.channel": "Kanava",
    "label.evidence": "Todiste",
    "label.kind": "Laji",
    "label.summary": "Sisältö",
    "label.request_type": "Pyyntö",
    "label.received": "Vastaanotettu",
    "label.completed": "Käsitelty",
    "label.due": "Määräpäivä",
    "label.order_number": "Tilausnumero",
    "label.keep_until": "Säilytysaika päättyy",
    "label.legal_basis": "Oikeusperuste",
    "label.legitimate_interest": "Oikeutettu etu",
    "label.purposes": "Käsittelyn tarkoitukset ja oikeusperusteet",
    "label.data_subjects": "Rekisteröityjen ryhmät",
    "label.categories": "Henkilötietoryhmät",
    "label.sources": "Tietolähteet",
    "label.recipients": "Vastaanottajat ja säännönmukaiset luovutukset",
    "label.processors": "Rekisterinpitäjän lukuun tietoja käsittelevät palveluntarjoajat",
    "label.processor_contracts": "Käsittelijät, sijaintimaa, siirtoperuste ja sopimus",
    "processor.contract": "sopimus {date}",
    "processor.no_contract": "sopimuksen päivämäärää ei ole merkitty",
    "transfer.eea": "EU:n tai ETA:n sisällä",
    "transfer.adequacy": "Euroopan komission tietosuojan riittävyyttä koskeva päätös",
    "transfer.dpf": "EU:n ja Yhdysvaltojen tietosuojakehys (Data Privacy Framework)",
    "transfer.scc": "Euroopan komission vakiosopimuslausekkeet",
    "transfer.other": "muu suojatoimi (GDPR V luku)",
    "label.transfers": "Siirrot EU:n tai ETA:n ulkopuolelle",
    "label.safeguards": "Suojatoimet",
    "label.retention": "Säilytysaika",
    "label.automated": "Automaattinen päätöksenteko ja profilointi",
    "label.security": "Tekniset ja organisatoriset suojatoimet",
    "label.security_manual": "Manuaalinen aineisto",
    "label.security_organisational": "Organisatoriset suojatoimet",
    "label.security_electronic": "Sähköisesti käsiteltävät tiedot",
    "label.drawn_up": "Laatimispäivä",
    "label.changed": "Viimeisin muutos",
    "label.category": "Tietoryhmä",
    "label.count": "Määrä",
    "common.not_specified": "Ei määritelty.",
    "common.none_recorded": "Ei tallennettuja tietoja.",
    "common.regards": "Ystävällisin terveisin",
    "common.gdpr": "EU:n yleinen tietosuoja-asetus (EU) 2016/679",
    "letterhead.business_id": "Y-tunnus {business_id}",
    # Languages
    "language.fi": "suomi",
    "language.sv": "ruotsi",
    "language.en": "englanti",
    # Legal bases, GDPR Art 6(1)
    "basis.consent": "rekisteröidyn suostumus",
    "basis.contract": "sopimuksen täytäntöönpano tai sopimusta edeltävät toimenpiteet",
    "basis.legal_obligation": "rekisterinpitäjän lakisääteinen velvoite",
    "basis.vital_interests": "rekisteröidyn tai toisen henkilön elintärkeä etu",
    "basis.public_task": "yleistä etua koskeva tehtävä tai julkisen vallan käyttö",
    "basis.legitimate_interests": "rekisterinpitäjän oikeutettu etu",
    "basis.article": "tietosuoja-asetuksen 6 artiklan 1 kohdan {letter} alakohta",
    # Request types and the articles they rest on
    "request.access": "Tarkastusoikeus (pääsy omiin tietoihin)",
    "request.rectification": "Tietojen oikaiseminen",
    "request.erasure": "Tietojen poistaminen",
    "request.restriction": "Käsittelyn rajoittaminen",
    "request.portability": "Tietojen siirtäminen järjestelmästä toiseen",
    "request.objection": "Käsittelyn vastustaminen",
    "request.marketing_objection": "Suoramarkkinointikielto",
    "request.consent_withdrawal": "Suostumuksen peruuttaminen",
    "request_article.access": "15 artikla",
    "request_article.rectification": "16 artikla",
    "request_article.erasure": "17 artikla",
    "request_article.restriction": "18 artikla",
    "request_article.portability": "20 artikla",
    "request_article.objection": "21 artiklan 1 kohta",
    "request_article.marketing_objection": "21 artiklan 2 ja 3 kohta",
    "request_article.consent_withdrawal": "7 artiklan 3 kohta",
    # Request statuses
    "status.open": "Avoin",
    "status.waiting_for_identity": "Odottaa todistusta henkilöllisyydestä",
    "status.in_progress": "Käsittelyssä",
    "status.extended": "Määräaikaa pidennetty",
    "status.ready_to_send": "Valmis lähetettäväksi",
    "status.completed": "Käsitelty",
    "status.refused": "Evätty",
    "status.withdrawn": "Peruttu",
    # Order statuses
    "order_status.open": "Avoin",
    "order_status.delivered": "Toimitettu",
    "order_status.invoiced": "Laskutettu",
    "order_status.paid": "Maksettu",
    "order_status.cancelled": "Peruttu",
    "order_status.returned": "Palautettu",
    # Channels, consent actions, contact kinds
    "channel.email": "Sähköposti",
    "channel.letter": "Kirje",
    "channel.in_person": "Henkilökohtaisesti",
    "channel.phone": "Puhelin",
    "channel.web_form": "Verkkolomake",
    "channel.other": "Muu",
    "consent.given": "Annettu",
    "consent.withdrawn": "Peruutettu",
    "contact_kind.contact": "Yhteydenotto",
    "contact_kind.complaint": "Reklamaatio",
    # Retention rule in words
    "retention.rule": "Tietoja säilytetään {years} vuotta {anchor}.",
    "retention.rule.one": "Tietoja säilytetään {years} vuoden {anchor}.",
    "retention.anchor.last_activity": "viimeisestä asioinnista",
    "retention.anchor.last_order": "viimeisestä tilauksesta",
    "retention.anchor.customer_since": "asiakkuuden alkamisesta",
    # What an erasure deleted
    "erased.customer": "Perus- ja yhteystiedot",
    "erased.consents": "Suostumustiedot",
    "erased.contacts": "Yhteydenotot ja reklamaatiot",
    "erased.orders": "Tilaukset",
    "erased.requests": "Tietosuojapyynnöt",
    "erased.register_memberships": "Tiedot rekistereistä, joihin kuuluit",
    "erased.documents": "Sinulle laaditut asiakirjat (kirjeet ja tarkastusselvitykset)",
    "erased.request_personal_details": "Henkilötiedot tietosuojapyyntöjesi kirjauksista",
    "erased.breach_links": "Merkinnät tietoturvaloukkauksista, jotka koskivat sinua",
    # The supervisory authority
    "authority.heading": "Valvontaviranomainen",
    "authority.visiting": "Käyntiosoite",
    "authority.postal": "Postiosoite",
    "authority.phone": "Vaihde",
    "authority.email": "Sähköposti",
    "authority.website": "Verkkosivut",
    # Signature block
    "signature.digital": "Tämä asiakirja on allekirjoitettu sähköisesti. Allekirjoittaja: {signer}.",
    # Data subject rights
    "rights.intro": (
        "Sinulla on tietosuoja-asetuksen mukaan seuraavat oikeudet. Pyynnöt voi esittää "
        "kirjallisesti tai sähköisesti rekisterinpitäjän yhteyshenkilölle."
    ),
    "rights.access.title": "Tarkastusoikeus (15 artikla).",
    "rights.access.body": (
        "Voit saada vahvistuksen siitä, käsitelläänkö sinua koskevia henkilötietoja, ja "
        "jäljennöksen käsiteltävistä tiedoista."
    ),
    "rights.rectification.title": "Oikeus tietojen oikaisemiseen (16 artikla).",
    "rights.rectification.body": (
        "Voit vaatia, että virheelliset tietosi korjataan ja puutteelliset tietosi täydennetään."
    ),
    "rights.erasure.title": "Oikeus tietojen poistamiseen (17 artikla).",
    "rights.erasure.body": (
        "Voit vaatia tietojesi poistamista, kun niiden käsittelylle ei enää ole perustetta. "
        "Tietoja, jotka laki velvoittaa säilyttämään, kuten kirjanpitoaineistoa, ei poisteta "
        "ennen lakisääteisen säilytysajan päättymistä."
    ),
    "rights.restriction.title": "Oikeus käsittelyn rajoittamiseen (18 artikla).",
    "rights.restriction.body": (
        "Voit vaatia, että tietojasi ainoastaan säilytetään eikä niitä muuten käsitellä, "
        "esimerkiksi sillä välin, kun tietojen paikkansapitävyyttä selvitetään."
    ),
    "rights.objection.title": "Vastustamisoikeus (21 artikla).",
    "rights.objection.body": (
        "Voit henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa "
        "käsittelyä, joka perustuu rekisterinpitäjän oikeutettuun etuun. Voit milloin tahansa "
        "kieltää tietojesi käytön suoramarkkinointiin."
    ),
    "rights.portability.title": "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla).",
    "rights.portability.body": (
        "Voit saada itse toimittamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti "
        "luettavassa muodossa, kun käsittely perustuu suostumukseen tai sopimukseen ja tapahtuu "
        "automaattisesti."
    ),
    "rights.withdrawal.title": "Suostumuksen peruuttaminen (7 artiklan 3 kohta).",
    "rights.withdrawal.body": (
        "Kun käsittely perustuu suostumukseesi, voit peruuttaa suostumuksen milloin tahansa. "
        "Peruuttaminen ei vaikuta sitä ennen tapahtuneen käsittelyn lainmukaisuuteen."
    ),
    "rights.complaint.title": "Oikeus tehdä valitus valvontaviranomaiselle (77 artikla).",
    "rights.complaint.body": (
        "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, voit tehdä "
        "valituksen valvontaviranomaiselle ({authority})."
    ),
    "rights.how": (
        "Pyynnöt käsitellään maksutta ja niihin vastataan viipymättä, viimeistään kuukauden "
        "kuluessa pyynnön vastaanottamisesta. Määräaikaa voidaan pidentää enintään kahdella "
        "kuukaudella, jos pyyntö on monimutkainen tai pyyntöjä on paljon; pidennyksestä ja sen "
        "syistä ilmoitetaan ensimmäisen kuukauden aikana. Henkilöllisyyden todistamista voidaan "
        "pyytää, jos se on tarpeen."
    ),
    # The privacy statement
    "statement.title": "Tietosuojaseloste",
    "statement.subtitle": (
        "Rekisteröidyn informointi EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 13 ja 14 "
        "artiklan mukaisesti"
    ),
    "statement.untranslated": (
        "Huomio: kohdissa {sections} on tekstejä, joita ei ole käännetty tälle kielelle; ne on painettu alkuperäiskielellä ({original})."
    ),
    "statement.s1": "Rekisterinpitäjä ja yhteyshenkilö",
    "statement.s2": "Tietosuojavastaava",
    "statement.s3": "Rekisterin nimi",
    "statement.s4": "Henkilötietojen käsittelyn tarkoitukset ja oikeusperusteet",
    "statement.s5": "Rekisterin tietosisältö",
    "statement.s6": "Säännönmukaiset tietolähteet",
    "statement.s7": "Tietojen vastaanottajat ja säännönmukaiset luovutukset",
    "statement.s8": "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    "statement.s9": "Tietojen säilytysaika",
    "statement.s10": "Rekisteröidyn oikeudet",
    "statement.s11": "Tietojen antamisen lakisääteisyys tai sopimukseen perustuvuus",
    "statement.s12": "Automaattinen päätöksenteko ja profilointi",
    "statement.s13": "Rekisterin suojauksen periaatteet",
    "statement.s14": "Evästeet",
    "statement.s15": "Selosteen laatimis- ja muutospäivä",
    "statement.s16": "Muutokset tähän selosteeseen",
    "statement.version": "Versio {number}",
    "statement.drawn_up_on": "Laadittu {date}",
    "statement.updated_on": "Päivitetty {date}",
    "statement.change_note": "Muutos: {note}",
    "statement.changes": (
        "Rekisterinpitäjä päivittää tätä selostetta, kun henkilötietojen käsittely muuttuu. "
        "Voimassa oleva versio on saatavilla rekisterinpitäjältä, ja se toimitetaan pyynnöstä. "
        "Merkittävistä muutoksista ilmoitetaan niille, joita muutos koskee."
    ),
    "statement.history.version": "Versio",
    "statement.history.date": "Päivämäärä",
    "statement.history.note": "Muutos",
    "statement.no_dpo": (
        "Rekisterinpitäjä ei ole nimittänyt tietosuojavastaavaa. Tietosuojaa koskevissa "
        "asioissa voit ottaa yhteyttä kohdassa 1 mainittuun yhteyshenkilöön."
    ),
    "statement.no_recipients": (
        "Tietoja ei luovuteta säännönmukaisesti rekisterinpitäjän ulkopuolelle."
    ),
    "statement.no_transfers": (
        "Tietoja ei siirretä Euroopan unionin eikä Euroopan talousalueen ulkopuolelle."
    ),
    "statement.transfers": (
        "Tietoja siirretään Euroopan unionin tai Euroopan talousalueen ulkopuolelle."
    ),
    "statement.transfers_when_necessary": (
        "Tietoja siirretään Euroopan unionin tai Euroopan talousalueen ulkopuolelle vain, kun "
        "se on palvelun teknisen toteutuksen vuoksi välttämätöntä."
    ),
    "statement.no_requirement": (
        "Tietojen antaminen ei perustu lakiin eikä sopimukseen, eikä rekisteröity ole "
        "velvollinen antamaan tietojaan."
    ),
    "statement.no_automated_decisions": (
        "Rekisterin tietojen perusteella ei tehdä automaattisia päätöksiä."
    ),
    "statement.no_profiling": "Rekisterin tietoja ei käytetä profilointiin.",
    "statement.no_automated": (
        "Rekisterin tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin."
    ),
    "statement.no_cookies": (
        "Ei sovelleta. Rekisteriin ei kerätä tietoja verkkosivuston evästeiden avulla."
    ),
    # The access report (Art 15)
    "access.title": "Selvitys sinua koskevista henkilötiedoista",
    "access.subtitle": "Vastaus tarkastuspyyntöön (EU:n yleisen tietosuoja-asetuksen 15 artikla)",
    "access.salutation": "Hyvä {name}",
    "access.intro_received": (
        "Pyysit {received} saada tietää, käsitteleekö {controller} sinua koskevia henkilötietoja."
    ),
    "access.intro": "Tässä selvityksessä kerromme, mitä henkilötietoja {controller} sinusta käsittelee.",
    "access.confirmation": (
        "Vahvistamme, että käsittelemme sinua koskevia henkilötietoja. Selvityksessä on kolme osaa:"
    ),
    "access.contents_1": "Osa 1: jäljennös kaikista sinusta tallennetuista henkilötiedoista.",
    "access.contents_2": (
        "Osa 2: kunkin rekisterin, johon tietosi kuuluvat, käsittelyn tarkoitukset ja "
        "oikeusperusteet, henkilötietoryhmät, vastaanottajat, siirrot EU:n ja ETA:n ulkopuolelle, "
        "säilytysajat, tietolähteet sekä tieto automaattisesta päätöksenteosta."
    ),
    "access.contents_3": "Osa 3: oikeutesi ja valvontaviranomaisen yhteystiedot.",
    "access.free": (
        "Selvitys on maksuton. Jos huomaat tiedoissa virheitä tai haluat käyttää muita "
        "oikeuksiasi, ota yhteyttä: {contact}."
    ),
    "access.masked": (
        "Henkilötunnuksesi on tässä selvityksessä osittain peitetty, jotta se ei joutuisi vääriin "
        "käsiin. Saat sen pyynnöstä näkyviin kokonaan."
    ),
    "access.part1": "Osa 1. Sinusta tallennetut tiedot",
    "access.part2": "Osa 2. Rekisterit, joihin tietosi kuuluvat",
    "access.part3": "Osa 3. Oikeutesi",
    "access.contact_data": "Yhteystiedot ja muut perustiedot",
    "access.consents": "Suostumukset ja niiden historia",
    "access.orders": "Tilaukset",
    "access.orders_count": "Tilauksia yhteensä: {count}.",
    "access.contacts": "Yhteydenotot ja reklamaatiot",
    "access.requests": "Aiemmat tietosuojapyynnöt",
    "access.no_registers": "Tietojasi ei ole liitetty yhteenkään rekisteriin.",
    # The record of processing activities (Art 30)
    "record.title": "Seloste käsittelytoimista",
    "record.subtitle": "EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 30 artiklan 1 kohta",
    "record.updated": "Tilanne {date}",
    "record.controller": "Rekisterinpitäjän tiedot",
    "record.no_dpo": "Tietosuojavastaavaa ei ole nimitetty.",
    "record.activities": "Käsittelytoimet",
    "record.no_registers": "Käsittelytoimia ei ole kirjattu.",
    # Letters: shared lines
    "letter.salutation": "Hyvä {name}",
    "letter.our_reference": "Viitteemme: {reference}",
    "letter.contact": "Jos sinulla on kysyttävää, ota yhteyttä: {contact}.",
    "letter.note": "Lisätietoja: {note}",
    # Letter: acknowledgement of receipt
    "letter.acknowledgement.title": "Vahvistus pyyntösi vastaanottamisesta",
    "letter.acknowledgement.body": (
        "Olemme vastaanottaneet {received} pyyntösi, joka koskee henkilötietojesi käsittelyä."
    ),
    "letter.acknowledgement.due": "Vastaamme pyyntöösi viipymättä ja viimeistään {due}.",
    "letter.acknowledgement.due_unknown": (
        "Vastaamme pyyntöösi viipymättä ja viimeistään kuukauden kuluessa sen vastaanottamisesta."
    ),
    "letter.acknowledgement.extension": (
        "Jos pyyntö on poikkeuksellisen monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan "
        "pidentää enintään kahdella kuukaudella. Ilmoitamme pidennyksestä ja sen syistä ennen "
        "alkuperäisen määräajan päättymistä."
    ),
    "letter.acknowledgement.free": "Pyynnön käsittely on sinulle maksutonta.",
    # Letter: proof of identity asked (Art 12(6))
    "letter.identity_request.title": "Pyyntö henkilöllisyyden todistamiseksi",
    "letter.identity_request.body": (
        "Olemme vastaanottaneet {received} pyyntösi. Jotta tietoja ei luovutettaisi tai "
        "muutettaisi väärän henkilön pyynnöstä, pyydämme sinua todistamaan henkilöllisyytesi "
        "(tietosuoja-asetuksen 12 artiklan 6 kohta)."
    ),
    "letter.identity_request.reason": "Tarvitsemme selvityksen seuraavasta syystä: {reason}",
    "letter.identity_request.how": (
        "Selvitykseksi käy esimerkiksi käynti luonamme voimassa olevan henkilöllisyystodistuksen "
        "kanssa tai vastaus siitä sähköpostiosoitteesta tai puhelinnumerosta, jonka olet meille "
        "aiemmin ilmoittanut. Älä lähetä henkilötunnustasi tai kopiota henkilöllisyystodistuksesta "
        "suojaamattomalla sähköpostilla."
    ),
    "letter.identity_request.clock_due": (
        "Käsittelemme pyyntösi heti, kun selvitys on saapunut, ja vastaamme viimeistään {due}."
    ),
    "letter.identity_request.clock": "Käsittelemme pyyntösi heti, kun selvitys on saapunut.",
    "letter.identity_request.unverified": (
        "Jos henkilöllisyyttäsi ei voida varmistaa, emme voi toteuttaa pyyntöä "
        "(tietosuoja-asetuksen 12 artiklan 2 kohta)."
    ),
    # Letter: extension of the time limit (Art 12(3))
    "letter.extension_notice.title": "Ilmoitus vastausajan pidentämisestä",
    "letter.extension_notice.body": (
        "Olemme vastaanottaneet {received} pyyntösi. Tietosuoja-asetuksen 12 artiklan 3 kohdan "
        "mukaan pyyntöön vastataan kuukauden kuluessa, mutta määräaikaa voidaan tarvittaessa "
        "pidentää enintään kahdella kuukaudella, kun otetaan huomioon pyyntöjen monimutkaisuus ja "
        "määrä."
    ),
    "letter.extension_notice.reason": "Pidennämme vastausaikaa seuraavasta syystä:",
    "letter.extension_notice.new_due": "Vastaamme pyyntöösi viimeistään {due}.",
    # Letter: no action or refusal (Art 12(4))
    "letter.refusal.title": "Ilmoitus: pyyntöäsi ei toteuteta",
    "letter.refusal.body": (
        "Olemme käsitelleet {received} vastaanottamamme pyyntösi. Emme toteuta pyyntöä "
        "seuraavasta syystä:"
    ),
    "letter.refusal.basis": (
        "Tämä ilmoitus annetaan tietosuoja-asetuksen 12 artiklan 4 kohdan mukaisesti."
    ),
    "letter.refusal.complaint": (
        "Jos olet tyytymätön ratkaisuumme, sinulla on oikeus tehdä valitus valvontaviranomaiselle "
        "(tietosuoja-asetuksen 77 artikla). Valvontaviranomaisen yhteystiedot:"
    ),
    "letter.refusal.court": (
        "Sinulla on lisäksi oikeus saattaa asia tuomioistuimen käsiteltäväksi "
        "(tietosuoja-asetuksen 79 artikla). Suomessa asia pannaan vireille käräjäoikeudessa."
    ),
    # Letter: request fulfilled
    "letter.completion.title": "Ilmoitus pyyntösi toteuttamisesta",
    "letter.completion.body": "Olemme toteuttaneet {received} vastaanottamamme pyyntösi.",
    "letter.completion.done": "Teimme seuraavat toimenpiteet:",
    "letter.completion.erased": "Poistimme seuraavat sinua koskevat tiedot:",
    "letter.completion.kept": (
        "Seuraavat tilaukset säilytetään ilman nimeäsi ja yhteystietojasi, koska kirjanpitolaki "
        "(1336/1997, 2 luvun 10 §) velvoittaa säilyttämään kirjanpidon tositteet kuusi vuotta sen "
        "vuoden lopusta, jona tilikausi on päättynyt. Poisto-oikeus ei koske tietoja, joiden "
        "säilyttäminen on lakisääteinen velvoite (tietosuoja-asetuksen 17 artiklan 3 kohdan "
        "b alakohta). Tiedot hävitetään säilytysajan päätyttyä."
    ),
    "letter.completion.kept_reason": "Säilyttämisen peruste: {reason}",
    "letter.completion.log": (
        "Säilytämme ainoastaan merkinnän pyynnöstäsi ja sen käsittelystä, jotta voimme osoittaa "
        "pyynnön tulleen toteutetuksi."
    ),
    # Letter: the recipients of the person's data, when the person asks (Art 19)
    "letter.recipient_list.title": "Vastaanottajat, joille tietojasi on luovutettu",
    "letter.recipient_list.body": (
        "Pyysit tietoa siitä, kenelle henkilötietojasi on luovutettu. Tietosuoja-asetuksen 19 "
        "artiklan mukaan ilmoitamme tietojesi oikaisusta tai poistamisesta tai niiden käsittelyn "
        "rajoittamisesta jokaiselle vastaanottajalle, jolle tietoja on luovutettu, paitsi jos "
        "tämä osoittautuu mahdottomaksi tai vaatii kohtuutonta vaivaa."
    ),
    "letter.recipient_list.list": "Tietojasi on luovutettu seuraaville vastaanottajille:",
    "letter.recipient_list.told": "{name}: ilmoitettu {date}",
    "letter.recipient_list.to_tell": "{name}: ilmoitetaan",
    "letter.recipient_list.none": "Tietojasi ei ole luovutettu kenellekään vastaanottajalle.",
    # Letter: the person is not in the register
    "address.by_email": "Toimitetaan sähköpostitse",
    "email.subject": "Vastaus tietosuojapyyntöösi",
    "email.body": "Hei,\n\nliitteenä on vastauksemme tietosuojapyyntöösi: {document} (PDF).\n\nTurvallisuussyistä tässä viestissä ei ole henkilötietojasi; ne ovat vain liitteessä. Jos sinulla on kysyttävää, vastaa tähän viestiin.\n\nYstävällisin terveisin\n{controller}",
    "letter.no_data_held.title": "Vastaus pyyntöösi: sinusta ei ole tallennettu tietoja",
    "letter.no_data_held.body": (
        "Olemme vastaanottaneet {received} pyyntösi. Tarkistimme rekisterimme antamiesi tietojen "
        "perusteella: {controller} ei käsittele sinua koskevia henkilötietoja."
    ),
    "letter.no_data_held.no_action": (
        "Pyyntö ei tästä syystä edellytä muita toimenpiteitä. Säilytämme merkinnän pyynnöstäsi ja "
        "tähän vastaukseen tarvittavat yhteystietosi ainoastaan osoittaaksemme, että pyyntö on "
        "käsitelty."
    ),
    # Request log (accountability, Art 5(2))
    "log.title": "Luettelo rekisteröityjen pyynnöistä",
    "log.subtitle": "Tietosuoja-asetuksen 12-22 artiklan mukaiset pyynnöt ja niiden käsittely (osoitusvelvollisuus, 5 artiklan 2 kohta)",
    "log.period": "Ajanjakso: {start} - {end}",
    "log.summary": "Pyyntöjä yhteensä {total}, joista käsitelty {completed}, evätty {refused}, peruttu {withdrawn} ja avoinna {open}. Määräajan jälkeen vastattuja {late}.",
    "log.none": "Ajanjaksolla ei saapunut pyyntöjä.",
    "log.col.id": "Nro",
    "log.col.type": "Pyyntö",
    "log.col.received": "Saapunut",
    "log.col.due": "Määräaika",
    "log.col.done": "Vastattu",
    "log.col.status": "Tila",
    "log.col.outcome": "Lopputulos",
    "log.identity": "Henkilöllisyys: {identity}",
    "log.identity_reason": "Henkilöllisyys: {identity} ({reason})",
    "log.identity_not_needed": "vastaus ei luovuta eikä muuta henkilötietoja",
    "identity.not_needed": "ei tarvittu",
    "identity.requested": "todistusta pyydetty",
    "identity.received": "todistus saatu",
    "identity.failed": "ei voitu todentaa",
    "identity.matches_register": "yhteystieto vastaa rekisterin tietoja",
    "identity.confirmed": "varmistettu",
    "identity.unconfirmed": "ei varmistettu",
    "log.erased": "(rekisteröity poistettu)",
    "sent_via.letter": "kirje",
    "sent_via.email": "sähköposti",
    "sent_via.in_person": "luovutettu käteen",
    "sent_via.not_recorded": "tapaa ei kirjattu",
    "outcome.access_report_sent": "tarkastusselvitys lähetetty",
    "outcome.erased": "tiedot poistettu",
    "outcome.no_data_held": "henkilöstä ei ole tietoja",
    "outcome.rectification": "tiedot oikaistu",
    "outcome.restriction": "käsittelyä rajoitettu",
    "outcome.portability": "tiedot luovutettu siirtoa varten",
    "outcome.objection": "vastustus kirjattu",
    "outcome.marketing_objection": "suoramarkkinointikielto kirjattu",
    "outcome.consent_withdrawal": "suostumus peruttu",
    # What fulfilling a request did (completion letters)
    "done.restriction": "Rajoitimme tietojesi käsittelyä {date} alkaen. Tietosi säilytetään, mutta niitä ei käytetä eikä luovuteta ilman suostumustasi tai muuta laissa säädettyä perustetta (tietosuoja-asetuksen 18 artikla).",
    "done.objection": "Lopetimme {date} alkaen tietojesi käsittelyn, joka perustui oikeutettuun etuumme (tietosuoja-asetuksen 21 artiklan 1 kohta).",
    "done.marketing_objection": "Kirjasimme {date} suoramarkkinointikieltosi. Emme lähetä sinulle enää suoramarkkinointia emmekä käytä tietojasi siihen (tietosuoja-asetuksen 21 artiklan 2 ja 3 kohta).",
    "done.consent_withdrawal": "Kirjasimme {date} suostumuksesi peruutuksen seuraavien käyttötarkoitusten osalta: {purposes}. Peruutus ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.",
    "done.portability": "Toimitamme antamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa (JSON ja CSV) tämän kirjeen liitteenä (tietosuoja-asetuksen 20 artikla).",
    "done.rectification": "Oikaisimme seuraavat tiedot: {fields}. Ilmoitamme oikaisusta niille vastaanottajille, joille tietoja on luovutettu (tietosuoja-asetuksen 19 artikla).",
    # Audit log (the hash chain, documents/audit_log.py)
    "audit.title": "Tapahtumaloki",
    "audit.subtitle": "Kaikki rekisteriin tehdyt muutokset: aika, toiminto, kohde ja muuttuneiden kenttien nimet. Loki ei sisällä henkilötietoja. Jokaiseen merkintään on tallennettu edellisen merkinnän tiiviste (SHA-256), joten jälkikäteen muutettu, poistettu tai siirretty merkintä havaitaan.",
    "audit.printed": "Tulostettu {when}",
    "audit.ok": "Tarkistus: ketju on eheä. Tarkistettuja merkintöjä {count}.",
    "audit.broken": "Tarkistus: ketju on RIKKI merkinnän {entry} ({at}) kohdalla: {problem}. Sitä edeltävät {count} merkintää ovat eheitä.",
    "audit.problem.edited": "merkintää on muutettu kirjaamisen jälkeen",
    "audit.problem.link_changed": "merkintään tallennettua edellisen merkinnän tiivistettä on muutettu",
    "audit.problem.missing": "jokin sitä edeltävä merkintä puuttuu (poistettu tai korvattu)",
    "audit.problem.reordered": "merkintöjen järjestystä on muutettu",
    "audit.head": "Ketjun pää: {count} merkintää, viimeisimmän tiiviste:",
    "audit.head_note": "Säilytä tämä tiiviste muualla. Kun lokin tarkistaa myöhemmin tätä arvoa vasten, myös lokin lopusta poistetut merkinnät havaitaan.",
    "audit.none": "Lokissa ei ole merkintöjä.",
    "audit.col.id": "Nro",
    "audit.col.at": "Aika",
    "audit.col.action": "Toiminto",
    "audit.col.entity": "Kohde",
    "audit.col.fields": "Kentät",
    "audit.col.hash": "Tiiviste",
    "audit.order": "Merkinnät uusimmasta vanhimpaan. Toiminnot ja kohteet on esitetty niin kuin ne on kirjattu.",
    "audit.truncated": "Tässä luetellaan vain lokin {total} merkinnästä uusimmat {printed}; yllä oleva tarkistus kattaa ne kaikki, ja CSV-vienti sisältää jokaisen merkinnän.",
    # The breach log (Art 33-34): the letter to the people affected and the report
    "breach.nature.confidentiality": "luottamuksellisuus (tietoja paljastui tai niihin päästiin käsiksi luvatta)",
    "breach.nature.integrity": "eheys (tietoja muutettiin luvatta)",
    "breach.nature.availability": "saatavuus (tietoja katosi tai tuhoutui, tai niitä ei voitu käyttää)",
    "breach.risk.unlikely": "ei todennäköisesti aiheuta riskiä",
    "breach.risk.risk": "riski henkilöiden oikeuksille ja vapauksille",
    "breach.risk.high": "korkea riski henkilöiden oikeuksille ja vapauksille",
    "breach.exemption.unintelligible": "Tiedot olivat sivullisille käsittämättömiä, esimerkiksi salattuja (34 artiklan 3 kohdan a alakohta)",
    "breach.exemption.risk_removed": "Myöhemmät toimenpiteet ovat poistaneet korkean riskin todennäköisyyden (34 artiklan 3 kohdan b alakohta)",
    "breach.exemption.public_communication": "Jokaiselle ilmoittaminen vaatisi kohtuutonta vaivaa: julkinen tiedote sen sijaan (34 artiklan 3 kohdan c alakohta)",
    "breach.status.open": "avoin",
    "breach.status.closed": "suljettu",
    "breach.unknown": "ei tiedossa",
    "breach.not_yet": "ei vielä",
    "breach.letter.title": "Ilmoitus henkilötietojen tietoturvaloukkauksesta",
    "breach.letter.intro": "Ilmoitamme sinulle tietoturvaloukkauksesta, joka koskee henkilötietojasi (EU:n yleisen tietosuoja-asetuksen 34 artikla). Saimme tiedon loukkauksesta {discovered}.",
    "breach.letter.what": "Mitä tapahtui",
    "breach.letter.nature": "Loukkaus koski tietojen seuraavia ominaisuuksia: {natures}.",
    "breach.letter.data": "Mitä tietojasi loukkaus koskee",
    "breach.letter.consequences": "Todennäköiset seuraukset sinulle",
    "breach.letter.consequences_unknown": "Emme toistaiseksi tiedä loukkauksesta aiheutuvan sinulle seurauksia.",
    "breach.letter.measures": "Mitä olemme tehneet ja aiomme tehdä",
    "breach.letter.advice": "Suhtaudu varauksella odottamattomiin viesteihin, puheluihin ja kirjeisiin, joissa viitataan tähän asiaan tai pyydetään henkilötietojasi, salasanojasi tai pankkitunnuksiasi, ja kerro meille, jos huomaat jotain tavallisesta poikkeavaa.",
    "breach.letter.notified": "Olemme ilmoittaneet loukkauksesta valvontaviranomaiselle ({authority}) {date}.",
    "breach.letter.contact": "Lisätietoja antaa: {contact}.",
    "breach.letter.complaint": "Sinulla on oikeus tehdä valitus valvontaviranomaiselle:",
    "breach.report.title": "Tietoturvaloukkaus nro {id}",
    "breach.report.subtitle": "Henkilötietojen tietoturvaloukkauksen dokumentointi (EU:n yleisen tietosuoja-asetuksen 33 artiklan 5 kohta)",
    "breach.report.description": "Mitä tapahtui",
    "breach.report.discovered": "Havaittu",
    "breach.report.recorded": "Kirjattu",
    "breach.report.nature": "Luonne",
    "breach.report.data": "Tiedot, joita loukkaus koskee",
    "breach.report.people": "Henkilöitä (arvio)",
    "breach.report.records": "Tietueita (arvio)",
    "breach.report.risk": "Riskinarvio",
    "breach.report.risk_reasoning": "Perustelut",
    "breach.report.due": "Ilmoitettava viranomaiselle viimeistään",
    "breach.report.notified": "Ilmoitettu viranomaiselle",
    "breach.report.reference": "Viranomaisen diaarinumero",
    "breach.report.delay": "Viivästyksen syyt",
    "breach.report.informed": "Henkilöille ilmoitettu",
    "breach.report.informed_how": "Miten",
    "breach.report.informed_count": "Kuinka monelle",
    "breach.report.exemption": "Ei ilmoitettu henkilökohtaisesti",
    "breach.report.exemption_reason": "Perustelu",
    "breach.report.status": "Tila",
    "breach.report.consequences": "Todennäköiset seuraukset",
    "breach.report.measures_taken": "Toteutetut toimenpiteet",
    "breach.report.measures_proposed": "Ehdotetut toimenpiteet",
    "breach.report.phases": "Viranomaiselle ilmoitettiin vaiheittain (33 artiklan 4 kohta); lisätietoja toimitetaan myöhemmin.",
    "breach.report.printed": "Tulostettu {date}",
    # Legitimate-interest assessment (Art 6(1)(f), EDPB Guidelines 1/2024)
    "lia.title": "Oikeutetun edun arviointi",
    "lia.subtitle": "Tasapainotesti tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohdan mukaista käsittelyä varten (osoitusvelvollisuus, 5 artiklan 2 kohta)",
    "lia.register": "Rekisteri",
    "lia.purpose": "Käsittelyn tarkoitus",
    "lia.assessed_on": "Arvioitu",
    "lia.reviewer": "Arvioija",
    "lia.out_of_date": "Käsittelyn tarkoitus on muuttunut tämän arvioinnin jälkeen. Arviointi koskee yllä mainittua tarkoitusta sellaisena kuin se arvioitaessa kuului; tee arviointi uudelleen.",
    "lia.interest": "1. Oikeutettu etu",
    "lia.interest.hint": "Mitä etua käsittelyllä tavoitellaan, ja onko etu lainmukainen, selkeästi ilmaistu ja todellinen?",
    "lia.no_interest": "Ei kuvattu.",
    "lia.necessity": "2. Käsittelyn tarpeellisuus",
    "lia.necessity.hint": "Miksi käsittely on tarpeen edun toteuttamiseksi, eikä sama onnistuisi vähemmillä tiedoilla tai yksityisyyteen vähemmän puuttuvalla tavalla?",
    "lia.no_necessity": "Ei kuvattu.",
    "lia.balancing": "3. Intressipunninta",
    "lia.balancing.hint": "Rekisteröidyn kohtuulliset odotukset, edut sekä perusoikeudet ja -vapaudet ja käsittelyn vaikutukset häneen punnittuna rekisterinpitäjän etua vasten.",
    "lia.no_balancing": "Ei kuvattu.",
    "lia.safeguards": "4. Suojatoimet",
    "lia.safeguards.hint": "Toimet, jotka rajoittavat vaikutusta rekisteröityyn, esimerkiksi vastustamisoikeus, tietojen minimointi ja lyhyt säilytysaika.",
    "lia.no_safeguards": "Ei erillisiä suojatoimia.",
    "lia.outcome": "5. Johtopäätös",
    "lia.outcome.may_proceed": "Rekisteröidyn edut, oikeudet ja vapaudet eivät syrjäytä oikeutettua etua: käsittely voi perustua oikeutettuun etuun.",
    "lia.outcome.may_not_proceed": "Rekisteröidyn edut, oikeudet ja vapaudet syrjäyttävät oikeutetun edun: käsittely ei voi perustua oikeutettuun etuun.",
    "lia.printed": "Tulostettu {date}",
    "dpia.title": "Tietosuojaa koskeva vaikutustenarviointi",
    "dpia.subtitle": "Tarvearvio ja kevyt vaikutustenarviointi tietosuoja-asetuksen 35 artiklan mukaisesti (osoitusvelvollisuus, 5 artiklan 2 kohta)",
    "dpia.register": "Rekisteri",
    "dpia.screened_on": "Tarvearvio tehty",
    "dpia.screened_by": "Tarvearvion tekijä",
    "dpia.status": "Tila",
    "dpia.screening": "1. Tarvearvio",
    "dpia.screening.hint": "Vaikutustenarviointi tarvitaan, kun jokin tietosuoja-asetuksen 35 artiklan 3 kohdan tai tietosuojavaltuutetun luettelon kohta täyttyy (luettelon kohdat biometriset, geneettiset ja sijaintitiedot sekä informoinnista poikkeaminen vain yhdessä vähintään yhden tietosuojaneuvoston kriteerin kanssa) tai kun kaksi tai useampi tietosuojaneuvoston kriteeri täyttyy.",
    "dpia.source.gdpr": "Tietosuoja-asetuksen 35 artiklan 3 kohta",
    "dpia.source.ombudsman": "Tietosuojavaltuutetun luettelo (35 artiklan 4 kohta)",
    "dpia.source.edpb": "Tietosuojaneuvoston kriteerit (WP248 rev.01)",
    "dpia.question": "Kysymys",
    "dpia.answer": "Vastaus",
    "dpia.reasoning": "Perustelu",
    "dpia.answer.yes": "Kyllä",
    "dpia.answer.no": "Ei",
    "dpia.answer.none": "Ei vastattu",
    "dpia.conclusion": "Johtopäätös",
    "dpia.conclusion.needed": "Vaikutustenarviointi tarvitaan.",
    "dpia.conclusion.voluntary": "Tarkistuslista ei edellytä vaikutustenarviointia, mutta se tehdään vapaaehtoisesti.",
    "dpia.conclusion.not_needed": "Vaikutustenarviointia ei tarvita.",
    "dpia.assessment": "2. Vaikutustenarviointi",
    "dpia.no_assessment": "Vaikutustenarviointia ei ole vielä kirjattu.",
    "dpia.description": "Käsittelyn kuvaus ja tarkoitukset",
    "dpia.necessity": "Tarpeellisuus ja oikeasuhteisuus",
    "dpia.risks": "Riskit rekisteröidyille",
    "dpia.risk": "Riski",
    "dpia.likelihood": "Todennäköisyys",
    "dpia.severity": "Vakavuus",
    "dpia.measures": "Toimenpiteet riskien hallitsemiseksi",
    "dpia.residual_risk": "Jäännösriski",
    "dpia.decision": "Päätös",
    "dpia.assessed_on": "Arvioitu",
    "dpia.next_review": "Seuraava uudelleenarviointi",
    "dpia.reviewer": "Arvioija",
    "dpia.level.low": "Matala",
    "dpia.level.medium": "Kohtalainen",
    "dpia.level.high": "Korkea",
    "dpia.decision.proceed": "Jäännösriski on hyväksyttävä: käsittely voi jatkua.",
    "dpia.decision.consult": "Korkea riski jää: tietosuojavaltuutettua kuullaan ennen käsittelyä (36 artikla).",
    "dpia.decision.stop": "Käsittelyä ei toteuteta suunnitellulla tavalla.",
    "dpia.printed": "Tulostettu {date}",
    "label.dpia": "Vaikutustenarviointi (35 artikla)",
    "dpia.status.unscreened": "Tarvetta ei ole vielä arvioitu.",
    "dpia.status.not_needed": "Tarve arvioitu {date}: vaikutustenarviointia ei tarvita.",
    "dpia.status.missing": "Tarve arvioitu {date}: vaikutustenarviointi tarvitaan, mutta sitä ei ole vielä kirjattu.",
    "dpia.status.done": "Vaikutustenarviointi tehty {date}, ks. erillinen asiakirja ”Tietosuojaa koskeva vaikutustenarviointi”.",
    "dpia.item.profiling_decisions": "Henkilöiden järjestelmällinen ja laaja arviointi automaattisesti, profilointi mukaan lukien, ja sen perusteella tehdään päätöksiä, joilla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia",
    "dpia.item.special_large_scale": "Erityisiä henkilötietoryhmiä (esim. terveystietoja) tai rikostuomioita koskevia tietoja käsitellään laajamittaisesti",
    "dpia.item.public_monitoring": "Yleisölle avoimen alueen järjestelmällinen ja laajamittainen valvonta (esim. kameravalvonta)",
    "dpia.item.biometric": "Biometrisiä tietoja (esim. sormenjälki, kasvot) käytetään henkilön tunnistamiseen, ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy",
    "dpia.item.genetic": "Geneettisiä tietoja, ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy",
    "dpia.item.location": "Sijaintitietoja (esim. ajoneuvojen tai puhelinten GPS-seuranta), ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy",
    "dpia.item.not_informed": "Muualta saatuja tietoja käsitellään informoimatta henkilöitä, koska se olisi mahdotonta tai vaatisi kohtuuttomia ponnistuksia (14 art. 5 b), ja lisäksi vähintään yksi tietosuojaneuvoston kriteeri täyttyy",
    "dpia.item.whistleblowing": "Ilmoituskanava (whistleblowing): ilmoitukset epäillyistä väärinkäytöksistä",
    "dpia.item.evaluation": "Arviointi tai pisteytys, esim. profilointi tai käyttäytymisen, kiinnostuksen kohteiden tai luottokelpoisuuden ennustaminen",
    "dpia.item.automated_decisions": "Automaattiset päätökset, joilla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia",
    "dpia.item.monitoring": "Henkilöiden järjestelmällinen valvonta tai seuranta (esim. työntekijöiden, verkossa seuranta)",
    "dpia.item.sensitive": "Arkaluonteisia tai erittäin henkilökohtaisia tietoja (erityiset henkilötietoryhmät, rikostiedot, talous- tai sijaintitiedot, yksityiset viestit)",
    "dpia.item.large_scale": "Laajamittainen käsittely (paljon henkilöitä, paljon tietoja, pitkä aika tai laaja alue)",
    "dpia.item.combining": "Eri tarkoituksiin tai eri rekisterinpitäjien keräämien aineistojen yhdistäminen tavalla, jota henkilöt eivät odota",
    "dpia.item.vulnerable": "Haavoittuvassa asemassa olevat: lapset, työntekijät, potilaat, ikääntyneet tai muut heikommassa asemassa olevat",
    "dpia.item.innovative": "Innovatiivinen teknologia tai uudet organisatoriset ratkaisut (esim. kasvojentunnistus, tekoäly)",
    "dpia.item.prevents_rights": "Käsittely itsessään estää henkilöä käyttämästä oikeuttaan, palvelua tai sopimusta (esim. luottotietojen tarkistus)",
    "retention_run.title": "Poistoajo",
    "retention_run.subtitle": "Säilytysajan ylittäneiden henkilötietojen poisto (EU:n yleisen tietosuoja-asetuksen 5 artiklan 1 kohdan e alakohta ja 17 artiklan 1 kohdan a alakohta)",
    "retention_run.applied_on": "Säilytysajat laskettu päivälle",
    "retention_run.started": "Aloitettu",
    "retention_run.finished": "Päättynyt",
    "retention_run.outcome": "Tulos",
    "retention_run.outcome.complete": "Ajo valmis",
    "retention_run.outcome.cancelled": "Ajo keskeytettiin käyttäjän pyynnöstä; loput henkilöt jäivät ennalleen",
    "retention_run.planned": "Poistettavia henkilöitä",
    "retention_run.erased": "Poistettuja henkilöitä",
    "retention_run.anonymised": "Tilauksia säilytetty ilman henkilöä",
    "retention_run.anonymised_value": "{count} (kirjanpidon tositteina, viimeistään {until} asti)",
    "retention_run.orders_deleted": "Tilauksia poistettu",
    "retention_run.documents_deleted": "Arkistoituja asiakirjoja poistettu",
    "retention_run.rules": "Sovelletut säilytysajat",
    "retention_run.col.register": "Rekisteri",
    "retention_run.col.rule": "Säilytysaika",
    "retention_run.col.people": "Henkilöitä",
    "retention_run.no_rules": "Yhdelläkään rekisterillä ei ole vuosina ilmaistua säilytysaikaa.",
    "retention_run.skipped": "Ohitetut henkilöt",
    "retention_run.skip.legal_hold": "Poistoesto (esim. kesken oleva riita)",
    "retention_run.skip.open_request": "Käsittelemätön tietosuojapyyntö",
    "retention_run.skip.restricted": "Käsittelyä rajoitettu (18 artikla)",
    "retention_run.skip.other_register": "Toisen rekisterin säilytysaika ei ole päättynyt",
    "retention_run.kept_note": "Kirjanpitolaki (2:10) edellyttää tositteiden säilyttämistä kuusi vuotta sen vuoden lopusta, jona tilikausi päättyi; tilaukset säilytetään ilman yhteyttä henkilöön (17 artiklan 3 kohdan b alakohta). Tietosuojapyyntöjen kirjaukset säilyvät ilman henkilön tietoja.",
    "retention_run.no_names": "Raportissa ei ole poistettujen henkilöiden nimiä eikä muita tunnistetietoja.",
    # The consent record (documents/consent_record.py)
    "consents.title": "Selvitys suostumuksista",
    "consents.subtitle": "Suostumukset ja niiden peruutukset sekä se, mikä ne osoittaa (tietosuoja-asetuksen 7 artiklan 1 ja 3 kohta)",
    "consents.person": "Henkilö",
    "consents.given": "Suostumus annettu",
    "consents.withdrawn": "Suostumus peruttu",
    "consents.every_channel": "kaikki kanavat",
    "consents.channel.email": "sähköposti",
    "consents.channel.sms": "tekstiviesti",
    "consents.channel.phone": "puhelin",
    "consents.channel.post": "posti",
    "consents.words": "Sanamuoto",
    "consents.not_recorded": "Tekstiä ei kirjattu.",
    "consents.text_version_label": "Suostumusteksti",
    "consents.text_version": "{register}, versio {version}",
    "consents.no_text_version": "versiota ei kirjattu",
    "consents.statement_label": "Tietosuojaseloste",
    "consents.statement_version": "versio {version}, voimassa tuona päivänä",
    "consents.no_statement_version": "ei tiedossa",
    "consents.way": "Tapa",
    "consents.method.web_form": "verkkolomake",
    "consents.method.paper_form": "paperilomake",
    "consents.method.email": "sähköposti",
    "consents.method.in_person": "henkilökohtaisesti",
    "consents.method.phone": "puhelin",
    "consents.method.import": "verkkokaupan tuonti",
    "consents.method.other": "muu",
    "consents.recorded_by": "Kirjannut",
    "consents.evidence": "Todiste",
    "consents.no_evidence": "ei todistetiedostoa",
    "consents.archived": "arkistoitu",
    "consents.not_archived": "ei arkistoitu",
    "consents.none": "Henkilöltä ei ole kirjattu suostumuksia.",
    "consents.printed": "Tulostettu {date}",
    "security.title": "Tietoturvan vuosiarviointi",
    "security.subtitle": "Käsittelyn turvallisuuden säännöllinen arviointi tietosuoja-asetuksen 32 artiklan mukaisesti (1 kohdan d alakohta; osoitusvelvollisuus, 5 artiklan 2 kohta)",
    "security.reviewed_on": "Arvioitu",
    "security.reviewer": "Arvioija",
    "security.next_review": "Seuraava arviointi viimeistään",
    "security.registers": "Arviointi kattaa rekisterit",
    "security.app_encryption": "Rekisteritiedoston salaus arvioitaessa",
    "security.encrypted.yes": "Salattu (SQLCipher)",
    "security.encrypted.no": "Ei salattu",
    "security.backups": "Varmuuskopiot ja niiden säilytyspaikka",
    "security.risks": "Riskit ja suojatoimet",
    "security.risk": "Riski",
    "security.measures": "Suojatoimet",
    "security.residual": "Jäännösriski",
    "security.highest": "Suurin jäännösriski",
    "security.none": "–",
    "security.printed": "Tulostettu {date}",
    "security.risk.lost_laptop": "Kannettava tietokone katoaa tai varastetaan",
    "security.risk.ransomware": "Kiristyshaittaohjelma tai muu virus lukitsee tai tuhoaa tiedostot",
    "security.risk.phished_email": "Sähköpostitili kaapataan tietojenkalastelulla",
    "security.risk.wrong_recipient": "Henkilötietoja lähtee väärälle vastaanottajalle",
    "security.risk.paper_records": "Paperiasiakirjat näkyvät ulkopuolisille, katoavat tai päätyvät silppuamatta roskiin",
    "security.risk.shared_computer": "Tietokone on yhteiskäytössä perheen tai muiden kanssa",
    "security.measure.disk_encryption": "levyn salaus",
    "security.measure.app_encryption": "rekisterin oma salaus",
    "security.measure.backups": "varmuuskopiot",
    "security.measure.passwords_2fa": "salasanat ja kaksivaiheinen tunnistus",
    "security.measure.updates": "päivitykset ajallaan",
    "security.measure.locked_cabinet": "lukittu kaappi",
    "record.security_review": "Tietoturva arvioitu {date} (seuraava arviointi viimeistään {next}); suurin jäännösriski: {level}.",
    "record.security_review.none": "Tietoturvan vuosiarviointia ei ole vielä tehty.",
    "record.security_review.not_covered": "Viimeisin tietoturvan vuosiarviointi ({date}) ei kata tätä rekisteriä.",
    "label.security_review": "Tietoturvan vuosiarviointi (32 artikla)",
    "record.dpo_decision": "Tietosuojavastaavan tarve (37 artikla)",
    "record.dpo_decision.none": "Tarvetta ei ole arvioitu.",
    "record.dpo_decision.decided": "Arvioitu {date}.",
    "record.dpo_decision.not_required": "Tietosuojavastaavaa ei tarvitse nimittää: mikään 37 artiklan 1 kohdan edellytyksistä ei täyty.",
    "record.dpo_decision.required": "Tietosuojavastaava on nimitettävä (37 artiklan 1 kohta), ja se on nimitetty.",
    "record.dpo_decision.voluntary": "Tietosuojavastaavaa ei edellytetä, mutta se on nimitetty vapaaehtoisesti.",
    "dpo.question.public_body": "Onko rekisterinpitäjä viranomainen tai julkishallinnon elin? (37 art. 1 a)",
    "dpo.question.monitoring": "Koostuuko ydintoiminta rekisteröityjen laajamittaisesta, säännöllisestä ja järjestelmällisestä seurannasta? (37 art. 1 b)",
    "dpo.question.special_categories": "Koostuuko ydintoiminta erityisiin henkilötietoryhmiin tai rikostuomioihin liittyvien tietojen laajamittaisesta käsittelystä? (37 art. 1 c)",
    "inspection.title": "Valvontakansio",
    "inspection.subtitle": "Osoitus tietosuoja-asetuksen noudattamisesta (5 artiklan 2 kohta ja 24 artikla): tarkistuslista ja sen asiakirjat",
    "inspection.folder": "valvontakansio",
    "inspection.article": "{article} art.",
    "inspection.period": "Ajanjakso",
    "inspection.made": "Laadittu",
    "inspection.summary": "Tarkistuslista",
    "inspection.summary_value": "{answered} kohtaa vastattu, {open} avoinna",
    "inspection.checklist": "Tarkistuslista",
    "inspection.contents": "Sisällys",
    "inspection.col.number": "Nro",
    "inspection.col.item": "Kohta",
    "inspection.col.status": "Tila",
    "inspection.col.answer": "Asiakirja tai tehtävä",
    "inspection.col.file": "Tiedosto",
    "inspection.col.items": "Kohdat",
    "inspection.status.answered": "Vastattu",
    "inspection.status.open": "Avoin",
    "inspection.signed_note": "Kun kansio on allekirjoitettu, jokainen sen PDF-tiedosto on allekirjoitettu sähköisesti; allekirjoituksen voi tarkistaa millä tahansa PDF-lukijalla.",
    "inspection.no_personal_data": "Kansiossa ei ole yksittäisten asiakkaiden henkilötietoja muuten kuin siltä osin kuin lakisääteiset kirjanpidot (pyyntöluettelo, tietoturvaloukkausten kirjaukset) niitä vaativat.",
    "inspection.item.processing_record": "Seloste käsittelytoimista",
    "inspection.item.statements": "Tietosuojaselosteet ja niiden aiemmat versiot",
    "inspection.item.legal_basis": "Käsittelyperuste kullekin käyttötarkoitukselle",
    "inspection.item.requests": "Rekisteröityjen pyyntöihin vastattu ajallaan",
    "inspection.item.breaches": "Tietoturvaloukkausten kirjaukset",
    "inspection.item.retention": "Säilytysajat noudatettu",
    "inspection.item.consents": "Suostumusten historia",
    "inspection.item.transfers": "Siirrot EU:n ulkopuolelle ja niiden suojatoimet",
    "inspection.item.audit_chain": "Tapahtumaloki ja sen eheys",
    "inspection.item.security": "Tietoturvatoimet ja riskien arviointi",
    "inspection.item.dpo": "Tietosuojavastaavan tarpeen arviointi",
    "inspection.item.processors": "Henkilötietojen käsittelijät ja sopimukset",
    "inspection.item.dpia": "Vaikutustenarvioinnin tarvearvio",
    "inspection.item.confidentiality": "Työntekijöiden ja alihankkijoiden vaitiolo ja koulutus",
    "inspection.item.policy": "Tietosuojapolitiikka",
    "inspection.todo.nothing": "Ei vielä kirjattu",
    "inspection.todo.no_registers": "Lisää rekisteri (Rekisterit).",
    "inspection.todo.statement_missing": "Laadi rekisterin {register} tietosuojaseloste (Asiakirjat → Laadi seloste).",
    "inspection.todo.lia_missing": "Tee oikeutetun edun arviointi rekisterin {register} käyttötarkoitukselle ”{purpose}” (Rekisterit).",
    "inspection.todo.retention_not_run": "Ajanjaksolla ei ole tehty poistoajoa: poista säilytysajan ylittäneet (Yleiskatsaus → Poista kaikki).",
    "inspection.todo.consent_text_missing": "Kirjaa rekisterin {register} suostumusteksti.",
    "inspection.todo.transfers_unanswered": "Vastaa, siirretäänkö rekisterin {register} tietoja EU:n ulkopuolelle (Rekisterit).",
    "inspection.todo.audit_broken": "Tapahtumalokin ketju on katkennut: palauta varmuuskopio ja selvitä syy.",
    "inspection.todo.security_review_missing": "Ei vielä kirjattu: tee vuosittainen tietoturvan arviointi.",
    "inspection.todo.dpo_decision_missing": "Ei vielä kirjattu: kirjaa tietosuojavastaavaa koskeva päätös (37 art.).",
    "inspection.todo.contract_missing": "Kirjaa käsittelijän {processor} sopimuksen päivämäärä (28 art.).",
    "inspection.todo.processors_not_listed": "Rekistereissä mainitaan käsittelijöitä: lisää ne käsittelijäluetteloon sopimuksineen.",
    "inspection.todo.dpia_screening_missing": "Tee rekisterin {register} vaikutustenarvioinnin tarvearvio (Rekisterit → Vaikutustenarviointi).",
    "inspection.todo.access_list_missing": "Ei vielä kirjattu: luettele henkilöt, joilla on pääsy tietoihin, ja heidän vaitiolositoumuksensa ja perehdytyksensä.",
    "inspection.todo.policy_missing": "Ei vielä kirjattu: laadi tietosuojapolitiikka.",
    "inspection.todo.security_review_due": "Tietoturvan arvioinnin seuraava tarkistus oli {date}: tee uusi arviointi (Rekisterit → Tietoturvakäytännöt).",
    "inspection.todo.undertaking_missing": "Henkilöltä {person} puuttuu vaitiolositoumus tai perehdytyksen päivämäärä (Muokkaa → Kenellä on pääsy).",
    "inspection.file.security_review": "Tietoturvan arviointi",
    "inspection.file.access_list": "Henkilöt, joilla on pääsy tietoihin",
    "inspection.file.policy": "Tietosuojapolitiikka versio {n}",
    "inspection.access.name": "Nimi",
    "inspection.access.role": "Rooli",
    "inspection.access.registers": "Rekisterit",
    "inspection.access.undertaking": "Vaitiolositoumus",
    "inspection.access.briefing": "Perehdytys",
    "inspection.access.from": "Alkaen",
    "inspection.access.to": "Asti",
    "inspection.file.statement": "Tietosuojaseloste {register} versio {n}",
    "inspection.file.lia": "Oikeutetun edun arviointi {register} {n}",
    "inspection.file.breach_log": "Tietoturvaloukkausten luettelo",
    "inspection.file.consent_texts": "Suostumustekstien versiot",
    "inspection.file.audit_log": "Tapahtumaloki",
    "inspection.file.audit_check": "Tapahtumalokin tarkistus",
    "inspection.file.dpia": "Vaikutustenarviointi {register}",
    "inspection.audit.result.ok": "Tapahtumalokin ketju on ehjä.",
    "inspection.audit.result.broken": "Tapahtumalokin ketju on katkennut.",
    "inspection.audit.head": "Merkintöjä {count}, uusimman tiiviste (SHA-256): {hash}",
}
