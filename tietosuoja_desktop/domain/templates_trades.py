"""Templates for a café or restaurant, a hair and beauty salon and a builder or craftsman
(fi, sv, en). Allergy and other health notes are special-category data (Art 9): the templates
keep them on the customer's explicit consent and say when they are deleted."""

from __future__ import annotations

from .enums import LegalBasis, RetentionAnchor
from .template_common import BOOKKEEPING, TemplateKind

_OFFERS_BY_CONSENT = (
    "Muistutukset ja tarjoukset tekstiviestillä tai sähköpostilla niille, jotka ovat ne tilanneet",
    "Påminnelser och erbjudanden per sms eller e-post till dem som har beställt dem",
    "Reminders and offers by text message or e-mail to those who have asked for them",
)

TRADE_TEMPLATES: dict[TemplateKind, dict[str, object]] = {
    TemplateKind.CAFE: {
        "name": ("Ravintolan asiakasrekisteri", "Restaurangens kundregister", "Restaurant guests"),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Pöytävaraukset, tilaustarjoilut ja catering-tilaukset sekä niiden laskutus",
                    "Bordsbokningar, beställd servering och catering samt fakturering av dem",
                    "Table bookings, catering and event orders, and invoicing them",
                ),
                None,
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Asiakkaan ilmoittamien ruokavalioiden ja ruoka-allergioiden huomioon "
                    "ottaminen tilauksessa (nimenomainen suostumus, 9 artiklan 2 kohdan a "
                    "alakohta)",
                    "Att ta hänsyn till specialdieter och födoämnesallergier som gästen uppgett "
                    "(uttryckligt samtycke, artikel 9.2 a)",
                    "Taking the diets and food allergies a guest tells us into account "
                    "(explicit consent, Art 9(2)(a))",
                ),
                None,
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Palautteeseen ja reklamaatioihin vastaaminen",
                    "Att besvara respons och reklamationer",
                    "Answering feedback and complaints",
                ),
                (
                    "Asiakas odottaa, että hänen palautteensa käsitellään varauksen tai "
                    "tilauksen tietojen avulla.",
                    "Gästen förväntar sig att responsen behandlas med hjälp av uppgifterna om "
                    "bokningen eller beställningen.",
                    "Guests expect their feedback to be handled with the details of their "
                    "booking or order at hand.",
                ),
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Kanta-asiakasedut ja uutiskirje ohjelmaan liittyneille",
                    "Stamkundsförmåner och nyhetsbrev till dem som anslutit sig till programmet",
                    "Regulars' benefits and the newsletter for those who have joined",
                ),
                None,
            ),
        ),
        "data_subject_categories": (
            "Pöydän tai tilaustarjoilun varanneet asiakkaat, catering-asiakkaiden "
            "yhteyshenkilöt ja kanta-asiakasohjelman jäsenet",
            "Gäster som bokat bord eller servering, kontaktpersoner hos cateringkunder och "
            "medlemmar i stamkundsprogrammet",
            "Guests who book a table or catering, contact persons of catering customers and "
            "members of the regulars' programme",
        ),
        "data_categories": (
            "Nimi, puhelinnumero ja sähköpostiosoite; varauksen tai tilauksen päivä, "
            "henkilömäärä ja toiveet; asiakkaan ilmoittamat ruokavaliot ja allergiat; "
            "laskutustiedot; kanta-asiakkuus sekä markkinointiluvat ja -kiellot.",
            "Namn, telefonnummer och e-postadress; datum, antal personer och önskemål för "
            "bokningen eller beställningen; specialdieter och allergier som gästen uppgett; "
            "faktureringsuppgifter; stamkundskap samt samtycken och förbud mot marknadsföring.",
            "Name, phone number and e-mail address; the date, party size and wishes of a "
            "booking or order; diets and allergies the guest has told us; billing details; "
            "membership of the regulars' programme and marketing consents and objections.",
        ),
        "sources": (
            "Asiakkaalta itseltään varauksen, tilauksen tai kanta-asiakkaaksi liittymisen "
            "yhteydessä. Verkossa tehdyt varaukset tulevat pöytävarausjärjestelmästä.",
            "Från gästen själv vid bokning, beställning eller anslutning till "
            "stamkundsprogrammet. Bokningar på nätet kommer via bordsbokningssystemet.",
            "From the guests themselves when they book, order or join the regulars' "
            "programme. Online bookings arrive through the table booking system.",
        ),
        "recipients": (
            "Tietoja ei luovuteta ulkopuolisille. Allergia- ja ruokavaliotiedot näkevät vain "
            "ruoan valmistajat ja tarjoilijat.",
            "Uppgifterna lämnas inte ut till utomstående. Uppgifter om allergier och dieter "
            "ser endast de som lagar och serverar maten.",
            "The data is not disclosed to anyone outside the business. Only those who cook "
            "and serve the food see allergy and diet notes.",
        ),
        "processors": (
            "Pöytävarausjärjestelmän ja kassajärjestelmän toimittajat, sähköpostipalvelu ja "
            "tilitoimisto.",
            "Leverantörerna av bordsbokningssystemet och kassasystemet, e-posttjänsten och "
            "bokföringsbyrån.",
            "The providers of the table booking and till systems, the e-mail service and the "
            "accountant.",
        ),
        "retention": (2, RetentionAnchor.LAST_ACTIVITY),
        "retention_text": (
            "Ruokavalio- ja allergiatiedot poistetaan heti tilaisuuden jälkeen ja varauksen "
            "tiedot kolmen kuukauden kuluttua varatusta päivästä. Kanta-asiakkaan tiedot "
            "poistetaan, kun hän eroaa ohjelmasta tai kahden vuoden kuluttua viimeisestä "
            "asioinnista. Laskut ja muut tositteet säilytetään kirjanpitolain mukaan kuusi "
            "vuotta sen vuoden lopusta, jona tilikausi päättyi.",
            "Uppgifter om dieter och allergier raderas direkt efter evenemanget och "
            "bokningsuppgifterna tre månader efter det bokade datumet. En stamkunds uppgifter "
            "raderas när hen lämnar programmet eller två år efter det senaste besöket. "
            "Fakturor och andra verifikat bevaras enligt bokföringslagen i sex år från "
            "utgången av det år då räkenskapsperioden upphörde.",
            "Diet and allergy notes are deleted right after the event, and booking details "
            "three months after the booked day. A regular's data is deleted when they leave "
            "the programme or two years after their last visit. Invoices and other vouchers "
            "are kept for six years from the end of the year in which the financial period "
            "ended, as the Accounting Act requires.",
        ),
        "statutory_requirement": (
            "Nimi ja puhelinnumero tarvitaan varauksen tai tilauksen vahvistamiseen; ilman "
            "niitä varausta ei voi tehdä. Allergiatiedot, kanta-asiakkuus ja uutiskirje ovat "
            "vapaaehtoisia.",
            "Namn och telefonnummer behövs för att bekräfta bokningen eller beställningen; "
            "utan dem kan man inte boka. Allergiuppgifter, stamkundskap och nyhetsbrev är "
            "frivilliga.",
            "A name and a phone number are needed to confirm a booking or order; without "
            "them nothing can be booked. Allergy notes, the regulars' programme and the "
            "newsletter are optional.",
        ),
    },
    TemplateKind.BEAUTY: {
        "name": (
            "Kampaamon ja kauneushoitolan asiakasrekisteri",
            "Frisörsalongens och skönhetssalongens kundregister",
            "Hair and beauty salon clients",
        ),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Ajanvaraukset, palvelujen ja hoitojen tekeminen sekä maksut",
                    "Tidsbokningar, utförande av tjänster och behandlingar samt betalningar",
                    "Appointments, providing services and treatments, and payments",
                ),
                None,
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Hoidon turvallisuuteen vaikuttavien terveystietojen, kuten aine- ja "
                    "tuoteallergioiden, kirjaaminen (nimenomainen suostumus, 9 artiklan 2 "
                    "kohdan a alakohta)",
                    "Anteckning av hälsouppgifter som påverkar behandlingens säkerhet, såsom "
                    "allergier mot ämnen och produkter (uttryckligt samtycke, artikel 9.2 a)",
                    "Noting health details that affect the safety of a treatment, such as "
                    "allergies to substances and products (explicit consent, Art 9(2)(a))",
                ),
                None,
            ),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Asiakaskortti: käytetyt värit, tuotteet ja tehdyt hoidot seuraavaa "
                    "käyntiä varten",
                    "Kundkort: använda färger, produkter och utförda behandlingar inför nästa "
                    "besök",
                    "Client card: the colours, products and treatments used, for the next visit",
                ),
                (
                    "Asiakas odottaa, että hänen värinsä ja aiemmat hoitonsa tunnetaan, jotta "
                    "lopputulos on toivottu.",
                    "Kunden förväntar sig att hennes eller hans färger och tidigare "
                    "behandlingar är kända så att resultatet blir det önskade.",
                    "Clients expect their colours and earlier treatments to be known so that "
                    "the result is what they want.",
                ),
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
            (LegalBasis.CONSENT, _OFFERS_BY_CONSENT, None),
        ),
        "data_subject_categories": (
            "Asiakkaat, ajan varanneet henkilöt ja lahjakortin ostajat",
            "Kunder, personer som bokat tid och köpare av presentkort",
            "Clients, people who have booked an appointment and buyers of gift cards",
        ),
        "data_categories": (
            "Nimi, puhelinnumero ja sähköpostiosoite; käynnit, tehdyt palvelut, käytetyt "
            "värit ja tuotteet; asiakkaan ilmoittamat allergiat ja muut hoitoon vaikuttavat "
            "terveystiedot; lahjakortit ja maksut; markkinointiluvat ja -kiellot.",
            "Namn, telefonnummer och e-postadress; besök, utförda tjänster, använda färger "
            "och produkter; allergier och andra hälsouppgifter som påverkar behandlingen och "
            "som kunden uppgett; presentkort och betalningar; samtycken och förbud mot "
            "marknadsföring.",
            "Name, phone number and e-mail address; visits, services provided, colours and "
            "products used; allergies and other health details affecting a treatment that "
            "the client has told us; gift cards and payments; marketing consents and "
            "objections.",
        ),
        "sources": (
            "Asiakkaalta itseltään ajanvarauksen ja käyntien yhteydessä sekä "
            "ajanvarausjärjestelmästä, jossa asiakas on varannut ajan.",
            "Från kunden själv vid bokning och besök samt från bokningssystemet där kunden "
            "har bokat tid.",
            "From the clients themselves when they book and visit, and from the booking "
            "system in which they booked.",
        ),
        "recipients": (
            "Tietoja ei luovuteta ulkopuolisille. Tuolivuokralla toimiva yrittäjä pitää omaa "
            "asiakasrekisteriään, eikä tietoja siirretä yrittäjien välillä ilman asiakkaan "
            "lupaa.",
            "Uppgifterna lämnas inte ut till utomstående. En företagare som hyr en stol i "
            "salongen för ett eget kundregister, och uppgifter flyttas inte mellan "
            "företagarna utan kundens tillstånd.",
            "The data is not disclosed to anyone outside the salon. A stylist who rents a "
            "chair keeps a register of their own, and data is not passed between them "
            "without the client's permission.",
        ),
        "processors": (
            "Ajanvarausjärjestelmän toimittaja, maksupäätteen tarjoaja ja tilitoimisto.",
            "Leverantören av bokningssystemet, leverantören av betalterminalen och "
            "bokföringsbyrån.",
            "The booking system's provider, the card terminal's provider and the accountant.",
        ),
        "retention": (3, RetentionAnchor.LAST_ACTIVITY),
        "retention_text": (
            "Asiakaskortti poistetaan kolmen vuoden kuluttua viimeisestä käynnistä. "
            "Terveystiedot poistetaan samalla, tai heti kun asiakas peruu suostumuksensa. "
            "Lahjakortit, laskut ja muut tositteet säilytetään kirjanpitolain vaatiman ajan.",
            "Kundkortet raderas tre år efter det senaste besöket. Hälsouppgifterna raderas "
            "samtidigt, eller genast när kunden återkallar sitt samtycke. Presentkort, "
            "fakturor och andra verifikat bevaras så länge bokföringslagen kräver.",
            "A client card is deleted three years after the last visit. Health details go at "
            "the same time, or as soon as the client withdraws consent. Gift cards, invoices "
            "and other vouchers are kept as long as the Accounting Act requires.",
        ),
        "statutory_requirement": (
            "Nimi ja puhelinnumero tarvitaan ajanvaraukseen. Allergiatietojen antaminen on "
            "vapaaehtoista, mutta ilman niitä kaikkia hoitoja ei voi tehdä turvallisesti.",
            "Namn och telefonnummer behövs för bokningen. Det är frivilligt att uppge "
            "allergier, men utan dem kan alla behandlingar inte göras på ett säkert sätt.",
            "A name and a phone number are needed to book. Telling us about allergies is "
            "optional, but without it some treatments cannot be given safely.",
        ),
    },
    TemplateKind.BUILDER: {
        "name": (
            "Rakennus- ja remonttipalvelun asiakasrekisteri",
            "Bygg- och renoveringstjänstens kundregister",
            "Building and renovation clients",
        ),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Tarjoukset, urakka- ja palvelusopimukset, työmaan järjestelyt ja "
                    "laskutus, laskun erittely kotitalousvähennystä varten mukaan lukien",
                    "Offerter, entreprenad- och tjänsteavtal, arrangemang på arbetsplatsen "
                    "och fakturering, inklusive specificering av fakturan för hushållsavdrag",
                    "Quotes, building and service contracts, arrangements on site and "
                    "invoicing, including the breakdown an invoice needs for the household "
                    "tax credit",
                ),
                None,
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Takuu- ja reklamaatioasioiden hoitaminen ja vaatimuksiin vastaaminen työn "
                    "valmistuttua",
                    "Skötsel av garanti- och reklamationsärenden och bemötande av anspråk "
                    "efter att arbetet slutförts",
                    "Handling warranty matters and complaints, and answering claims after the "
                    "work is done",
                ),
                (
                    "Urakoitsijan on voitava osoittaa, mitä sovittiin ja tehtiin, jos työstä "
                    "reklamoidaan vuosia myöhemmin; asiakas odottaa, että takuuasiat hoidetaan "
                    "näiden tietojen avulla.",
                    "Entreprenören måste kunna visa vad som avtalades och gjordes om arbetet "
                    "reklameras flera år senare; kunden förväntar sig att garantiärenden "
                    "sköts med hjälp av dessa uppgifter.",
                    "The builder must be able to show what was agreed and done if the work is "
                    "complained about years later; clients expect warranty matters to be "
                    "handled with this record.",
                ),
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Valokuvat valmiista kohteesta referenssinä verkkosivuilla asiakkaan luvalla",
                    "Fotografier av färdiga objekt som referens på webbplatsen med kundens "
                    "tillstånd",
                    "Photos of finished work as references on the website, with the client's "
                    "permission",
                ),
                None,
            ),
        ),
        "data_subject_categories": (
            "Kotitalousasiakkaat, taloyhtiöiden ja yritysasiakkaiden yhteyshenkilöt sekä "
            "tarjousta pyytäneet",
            "Hushållskunder, kontaktpersoner hos bostadsbolag och företagskunder samt de som "
            "begärt offert",
            "Household clients, contact persons of housing companies and business clients, "
            "and people who have asked for a quote",
        ),
        "data_categories": (
            "Nimi, osoite ja työmaan osoite, puhelinnumero ja sähköpostiosoite; tarjoukset, "
            "sopimukset, työselostukset, muutostyöt ja työmaalla otetut valokuvat; avainten "
            "luovutukset; laskut ja niiden työn osuuden erittely; reklamaatiot ja takuuasiat.",
            "Namn, adress och arbetsplatsens adress, telefonnummer och e-postadress; offerter, "
            "avtal, arbetsbeskrivningar, ändringsarbeten och fotografier från arbetsplatsen; "
            "överlämnade nycklar; fakturor med specificerad arbetsandel; reklamationer och "
            "garantiärenden.",
            "Name, address and site address, phone number and e-mail address; quotes, "
            "contracts, work descriptions, changes and photos taken on site; keys handed "
            "over; invoices with the labour share itemised; complaints and warranty matters.",
        ),
        "sources": (
            "Asiakkaalta itseltään tarjouspyynnön, sopimuksen ja työn aikana; taloyhtiön "
            "kohteissa myös isännöitsijältä.",
            "Från kunden själv vid offertbegäran, avtal och under arbetet; i bostadsbolag "
            "även från disponenten.",
            "From the clients themselves when they ask for a quote, sign and during the "
            "work; in housing companies also from the property manager.",
        ),
        "recipients": (
            "Aliurakoitsijat saavat työmaan osoitteen ja yhteyshenkilön tiedot siihen "
            "työhön, jonka ne tekevät. Tietoja luovutetaan viranomaisille, kun laki sitä "
            "edellyttää.",
            "Underentreprenörer får arbetsplatsens adress och kontaktpersonens uppgifter för "
            "det arbete de utför. Uppgifter lämnas ut till myndigheter när lagen kräver det.",
            "Subcontractors receive the site address and the contact person's details for "
            "the work they do. Data is disclosed to authorities where the law requires it.",
        ),
        "processors": (
            "Tarjous- ja laskutusohjelman toimittaja, sähköpostipalvelu ja tilitoimisto.",
            "Leverantören av offert- och faktureringsprogrammet, e-posttjänsten och "
            "bokföringsbyrån.",
            "The provider of the quoting and invoicing software, the e-mail service and the "
            "accountant.",
        ),
        "retention": (10, RetentionAnchor.LAST_ORDER),
        "retention_text": (
            "Sopimukset ja työn dokumentaatio säilytetään kymmenen vuotta työn "
            "vastaanotosta, koska urakoitsijan vastuu virheistä voi rakennusurakan yleisten "
            "sopimusehtojen mukaan kestää niin kauan. Tarjoukset, joista ei tehty sopimusta, "
            "poistetaan vuoden kuluttua. Laskut ja tositteet säilytetään kirjanpitolain "
            "mukaan kuusi vuotta sen vuoden lopusta, jona tilikausi päättyi.",
            "Avtal och dokumentation av arbetet bevaras i tio år från mottagandet av "
            "arbetet, eftersom entreprenörens ansvar för fel enligt de allmänna "
            "avtalsvillkoren för byggentreprenader kan vara så långt. Offerter som inte ledde "
            "till avtal raderas efter ett år. Fakturor och verifikat bevaras enligt "
            "bokföringslagen i sex år från utgången av det år då räkenskapsperioden upphörde.",
            "Contracts and the record of the work are kept for ten years from the handover, "
            "because under the general terms for building contracts the builder's liability "
            "for defects can last that long. Quotes that did not lead to a contract are "
            "deleted after a year. Invoices and vouchers are kept for six years from the end "
            "of the year in which the financial period ended, as the Accounting Act requires.",
        ),
        "statutory_requirement": (
            "Nimi, osoite ja yhteystieto tarvitaan tarjoukseen ja sopimukseen; ilman niitä "
            "työtä ei voi sopia. Referenssikuvat ovat vapaaehtoisia.",
            "Namn, adress och en kontaktuppgift behövs för offerten och avtalet; utan dem kan "
            "arbetet inte avtalas. Referensbilder är frivilliga.",
            "A name, an address and a contact detail are needed for a quote and a contract; "
            "without them no work can be agreed. Reference photos are optional.",
        ),
    },
}
