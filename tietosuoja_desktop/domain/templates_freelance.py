"""Templates for a photographer and a consultant or freelancer (fi, sv, en). A photograph of
a person is personal data: publishing one rests on the person's consent (a guardian's for a
child), which can be withdrawn."""

from __future__ import annotations

from .enums import LegalBasis, RetentionAnchor
from .template_common import BOOKKEEPING, TemplateKind

FREELANCE_TEMPLATES: dict[TemplateKind, dict[str, object]] = {
    TemplateKind.PHOTOGRAPHER: {
        "name": (
            "Valokuvaajan asiakasrekisteri",
            "Fotografens kundregister",
            "Photography clients",
        ),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Kuvausten sopiminen, kuvaaminen, kuvien käsittely ja toimitus sekä laskutus",
                    "Avtal om fotograferingar, fotografering, bildbehandling och leverans samt "
                    "fakturering",
                    "Agreeing on shoots, photographing, editing and delivering the pictures, "
                    "and invoicing",
                ),
                None,
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
            (
                LegalBasis.CONSENT,
                (
                    "Kuvien julkaiseminen portfoliossa, verkkosivuilla ja sosiaalisessa "
                    "mediassa kuvattavan luvalla (alaikäisestä huoltajan luvalla)",
                    "Publicering av bilder i portfolion, på webbplatsen och i sociala medier "
                    "med den fotograferades tillstånd (för minderåriga vårdnadshavarens)",
                    "Publishing pictures in the portfolio, on the website and in social media "
                    "with the permission of the person pictured (a guardian's for a child)",
                ),
                None,
            ),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Kuva-arkisto: toimitettujen kuvien säilyttäminen lisätilauksia varten",
                    "Bildarkiv: levererade bilder bevaras för tilläggsbeställningar",
                    "Picture archive: delivered pictures are kept for further orders",
                ),
                (
                    "Asiakas odottaa voivansa tilata lisää vedoksia tai kadonneen tiedoston "
                    "uudelleen; arkistoa käytetään vain tähän.",
                    "Kunden förväntar sig att kunna beställa fler kopior eller en förlorad fil "
                    "på nytt; arkivet används endast för detta.",
                    "Clients expect to be able to order more prints or a lost file again; the "
                    "archive is used for nothing else.",
                ),
            ),
        ),
        "data_subject_categories": (
            "Asiakkaat, kuvattavat henkilöt (lapsista myös huoltajat) ja yritysasiakkaiden "
            "yhteyshenkilöt",
            "Kunder, personer som fotograferas (för barn även vårdnadshavare) och "
            "kontaktpersoner hos företagskunder",
            "Clients, the people photographed (for children also their guardians) and "
            "contact persons of business clients",
        ),
        "data_categories": (
            "Nimi, puhelinnumero ja sähköpostiosoite; kuvausten ajat ja paikat; valokuvat ja "
            "niiden käsittely; toimitukset ja laskut; julkaisuluvat ja niiden peruutukset.",
            "Namn, telefonnummer och e-postadress; tider och platser för fotograferingar; "
            "fotografier och bearbetningen av dem; leveranser och fakturor; tillstånd till "
            "publicering och återkallelser av dem.",
            "Name, phone number and e-mail address; times and places of shoots; the "
            "photographs and their editing; deliveries and invoices; permissions to publish "
            "and their withdrawal.",
        ),
        "sources": (
            "Asiakkaalta ja kuvattavalta itseltään. Valokuvat syntyvät kuvauksessa.",
            "Från kunden och den som fotograferas. Fotografierna tas vid fotograferingen.",
            "From the clients and the people photographed themselves. The photographs are "
            "taken at the shoot.",
        ),
        "recipients": (
            "Kuvat toimitetaan asiakkaalle tai hänen osoittamalleen vastaanottajalle. "
            "Julkaisuluvan antaneiden kuvat voivat näkyä kaikille verkkosivuilla ja "
            "sosiaalisessa mediassa.",
            "Bilderna levereras till kunden eller till den mottagare kunden anvisar. Bilder "
            "av dem som gett tillstånd till publicering kan synas för alla på webbplatsen och "
            "i sociala medier.",
            "Pictures are delivered to the client or to whoever the client names. Pictures "
            "of those who gave permission to publish can be seen by anyone on the website "
            "and in social media.",
        ),
        "processors": (
            "Kuvagalleriapalvelu kuvien toimitukseen, pilvitallennuspalvelu varmuuskopioille, "
            "kuvalaboratorio vedoksille ja tilitoimisto.",
            "Bildgalleritjänsten för leveranser, molnlagringstjänsten för säkerhetskopior, "
            "fotolaboratoriet för kopior och bokföringsbyrån.",
            "The online gallery used for deliveries, the cloud storage used for backups, the "
            "photo lab that makes prints, and the accountant.",
        ),
        "retention": (3, RetentionAnchor.LAST_ORDER),
        "retention_text": (
            "Kuvat ja asiakkaan tiedot säilytetään kolme vuotta viimeisestä kuvauksesta ja "
            "poistetaan sitten, ellei asiakas pyydä pidempää säilytystä. Kun julkaisulupa "
            "perutaan, kuvat poistetaan verkkosivuilta ja omista kanavista. Laskut ja "
            "tositteet säilytetään kirjanpitolain vaatiman ajan.",
            "Bilder och kunduppgifter bevaras i tre år efter den senaste fotograferingen och "
            "raderas sedan, om inte kunden ber om längre förvaring. När ett tillstånd till "
            "publicering återkallas tas bilderna bort från webbplatsen och de egna kanalerna. "
            "Fakturor och verifikat bevaras så länge bokföringslagen kräver.",
            "Pictures and client details are kept for three years after the last shoot and "
            "then deleted, unless the client asks for longer. When a permission to publish "
            "is withdrawn, the pictures are removed from the website and our own channels. "
            "Invoices and vouchers are kept as long as the Accounting Act requires.",
        ),
        "statutory_requirement": (
            "Nimi ja yhteystieto tarvitaan kuvauksen sopimiseen ja kuvien toimitukseen. "
            "Julkaisulupa on vapaaehtoinen, eikä sen puuttuminen vaikuta kuvaukseen.",
            "Namn och en kontaktuppgift behövs för att avtala om fotograferingen och leverera "
            "bilderna. Tillståndet till publicering är frivilligt och påverkar inte "
            "fotograferingen.",
            "A name and a contact detail are needed to agree on the shoot and deliver the "
            "pictures. Permission to publish is optional and makes no difference to the shoot.",
        ),
    },
    TemplateKind.CONSULTANT: {
        "name": (
            "Asiakas- ja yhteistyökumppanirekisteri",
            "Kund- och samarbetspartnerregister",
            "Clients and partners",
        ),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Toimeksiantojen sopiminen, toteuttaminen ja laskutus",
                    "Avtal om, utförande och fakturering av uppdrag",
                    "Agreeing on, carrying out and invoicing assignments",
                ),
                None,
            ),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Asiakasyritysten ja kumppanien yhteyshenkilöiden tiedot asiakassuhteen "
                    "hoitamiseen",
                    "Uppgifter om kontaktpersoner hos kundföretag och partner för att sköta "
                    "kundrelationen",
                    "Details of client companies' and partners' contact persons, for running "
                    "the client relationship",
                ),
                (
                    "Yhteyshenkilö hoitaa asiakkuutta työtehtävissään, ja hänen tietojaan "
                    "tarvitaan yritysten välisen toimeksiannon hoitamiseen.",
                    "Kontaktpersonen sköter kundrelationen i sitt arbete, och uppgifterna "
                    "behövs för uppdraget mellan företagen.",
                    "The contact person handles the relationship as part of their job, and "
                    "their details are needed for an assignment between businesses.",
                ),
            ),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Työtehtäviin liittyvä suoramarkkinointi yritysasiakkaiden ja kumppanien "
                    "yhteyshenkilöille",
                    "Direktmarknadsföring som gäller arbetsuppgifterna till kontaktpersoner hos "
                    "företagskunder och partner",
                    "Direct marketing relevant to their work to contact persons of business "
                    "clients and partners",
                ),
                (
                    "Yhteyshenkilö voi odottaa työrooliinsa liittyviä palvelutarjouksia; "
                    "markkinointi lopetetaan heti, kun hän kieltää sen.",
                    "Kontaktpersonen kan förvänta sig erbjudanden som gäller hens roll i "
                    "arbetet; marknadsföringen upphör genast när hen förbjuder den.",
                    "Contact persons can expect offers relevant to their role; marketing stops "
                    "as soon as they object.",
                ),
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
        ),
        "data_subject_categories": (
            "Asiakkaat, asiakasyritysten ja yhteistyökumppanien yhteyshenkilöt sekä "
            "tarjousta pyytäneet",
            "Kunder, kontaktpersoner hos kundföretag och samarbetspartner samt de som begärt "
            "offert",
            "Clients, contact persons of client companies and partners, and people who have "
            "asked for a quote",
        ),
        "data_categories": (
            "Nimi, yritys, tehtävänimike ja yhteystiedot; tarjoukset, sopimukset, "
            "tuntikirjaukset ja toimeksiantojen aineistot siltä osin kuin niissä on "
            "henkilötietoja; laskut; markkinointikiellot.",
            "Namn, företag, befattning och kontaktuppgifter; offerter, avtal, "
            "timregistreringar och material från uppdragen till den del det innehåller "
            "personuppgifter; fakturor; förbud mot marknadsföring.",
            "Name, company, job title and contact details; quotes, contracts, time records "
            "and assignment material in so far as it holds personal data; invoices; "
            "marketing objections.",
        ),
        "sources": (
            "Henkilöltä itseltään, hänen työnantajaltaan toimeksiannon yhteydessä sekä "
            "julkisista lähteistä, kuten yritysten verkkosivuilta ja kaupparekisteristä.",
            "Från personen själv, från arbetsgivaren i samband med uppdraget och från "
            "offentliga källor som företagens webbplatser och handelsregistret.",
            "From the people themselves, from their employer in the course of an assignment, "
            "and from public sources such as company websites and the Trade Register.",
        ),
        "recipients": (
            "Tietoja ei luovuteta muille, paitsi kun toimeksianto sitä edellyttää ja asiakas "
            "on sen hyväksynyt, esimerkiksi alihankkijalle.",
            "Uppgifterna lämnas inte ut, utom när uppdraget kräver det och kunden har godkänt "
            "det, till exempel till en underleverantör.",
            "The data is not disclosed, except where an assignment needs it and the client "
            "has agreed, for example to a subcontractor.",
        ),
        "processors": (
            "Sähköposti- ja pilvipalvelu, projektinhallinta- ja laskutusohjelman toimittajat "
            "sekä tilitoimisto.",
            "E-post- och molntjänsten, leverantörerna av projekthanterings- och "
            "faktureringsprogrammen samt bokföringsbyrån.",
            "The e-mail and cloud service, the providers of the project and invoicing "
            "software, and the accountant.",
        ),
        "retention": (5, RetentionAnchor.LAST_ACTIVITY),
        "retention_text": (
            "Yhteystiedot poistetaan viiden vuoden kuluttua viimeisestä toimeksiannosta tai "
            "yhteydenotosta. Toimeksiantojen aineistot säilytetään sopimuksessa sovitun ajan, "
            "laskut ja tositteet kirjanpitolain vaatiman ajan.",
            "Kontaktuppgifterna raderas fem år efter det senaste uppdraget eller den senaste "
            "kontakten. Material från uppdragen bevaras den tid som avtalats, fakturor och "
            "verifikat så länge bokföringslagen kräver.",
            "Contact details are deleted five years after the last assignment or contact. "
            "Assignment material is kept for the time agreed in the contract, invoices and "
            "vouchers as long as the Accounting Act requires.",
        ),
        "statutory_requirement": (
            "Yhteystiedot tarvitaan toimeksiannon sopimiseen ja laskutukseen; ilman niitä "
            "toimeksiantoa ei voi hoitaa.",
            "Kontaktuppgifterna behövs för att avtala om och fakturera uppdraget; utan dem "
            "kan uppdraget inte skötas.",
            "Contact details are needed to agree on and invoice an assignment; without them "
            "the assignment cannot be carried out.",
        ),
    },
}
