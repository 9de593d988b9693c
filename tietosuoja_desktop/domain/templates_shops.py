"""The first templates: a web shop, a service business and an association (fi, sv, en)."""

from __future__ import annotations

from .enums import LegalBasis, RetentionAnchor
from .template_common import BOOKKEEPING, TemplateKind

SHOP_TEMPLATES: dict[TemplateKind, dict[str, object]] = {
    TemplateKind.WEB_SHOP: {
        "name": ("Verkkokaupan asiakasrekisteri", "Webbutikens kundregister", "Web shop customers"),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Tilausten käsittely, toimitus, laskutus ja palautukset",
                    "Hantering, leverans och fakturering av beställningar samt returer",
                    "Handling, delivering and invoicing orders, and returns",
                ),
                None,
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Asiakaspalvelu, reklamaatioiden käsittely ja palvelun kehittäminen",
                    "Kundtjänst, hantering av reklamationer och utveckling av tjänsten",
                    "Customer service, complaints and improving the shop",
                ),
                (
                    "Asiakas odottaa, että hänen kysymyksiinsä ja reklamaatioihinsa vastataan "
                    "aiempien tilausten tiedoin.",
                    "Kunden förväntar sig att frågor och reklamationer besvaras med stöd av "
                    "tidigare beställningar.",
                    "Customers expect their questions and complaints to be answered with their "
                    "earlier orders at hand.",
                ),
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Uutiskirje ja sähköiset tarjoukset niille, jotka ovat ne tilanneet",
                    "Nyhetsbrev och elektroniska erbjudanden till dem som beställt dem",
                    "Newsletter and e-mail offers to those who have asked for them",
                ),
                None,
            ),
        ),
        "data_subject_categories": (
            "Verkkokaupan asiakkaat ja uutiskirjeen tilaajat",
            "Webbutikens kunder och nyhetsbrevets prenumeranter",
            "The shop's customers and newsletter subscribers",
        ),
        "data_categories": (
            "Nimi, toimitus- ja laskutusosoite, sähköpostiosoite ja puhelinnumero; tilaukset, "
            "maksujen tila (ei korttitietoja), palautukset ja reklamaatiot; markkinointiluvat "
            "ja -kiellot.",
            "Namn, leverans- och faktureringsadress, e-postadress och telefonnummer; "
            "beställningar, betalningsstatus (inga kortuppgifter), returer och reklamationer; "
            "samtycken och förbud mot marknadsföring.",
            "Name, delivery and billing address, e-mail address and phone number; orders, "
            "payment status (no card details), returns and complaints; marketing consents and "
            "objections.",
        ),
        "sources": (
            "Asiakkaalta itseltään tilauksen, asiakastilin ja asiakaspalvelun kautta. "
            "Maksunvälittäjä ilmoittaa, onko maksu onnistunut.",
            "Från kunden själv vid beställning, via kundkontot och kundtjänsten. "
            "Betalningsförmedlaren meddelar om betalningen har lyckats.",
            "From the customers themselves when they order, through their account and customer "
            "service. The payment provider reports whether a payment went through.",
        ),
        "recipients": (
            "Kuljetusyhtiö saa toimitukseen tarvittavat nimen, osoitteen ja puhelinnumeron. "
            "Tietoja ei myydä eikä luovuteta markkinointiin.",
            "Transportföretaget får namn, adress och telefonnummer för leveransen. Uppgifterna "
            "säljs inte och lämnas inte ut för marknadsföring.",
            "The carrier receives the name, address and phone number needed for delivery. The "
            "data is never sold or disclosed for marketing.",
        ),
        "processors": (
            "Verkkokauppa-alusta, maksunvälittäjä, sähköpostipalvelu ja tilitoimisto.",
            "Webbutiksplattformen, betalningsförmedlaren, e-posttjänsten och bokföringsbyrån.",
            "The shop platform, the payment provider, the e-mail service and the accountant.",
        ),
        "retention": (5, RetentionAnchor.LAST_ORDER),
        "retention_text": (
            "Asiakkaan tiedot poistetaan viiden vuoden kuluttua viimeisestä tilauksesta. "
            "Kirjanpitoon kuuluvat tositteet säilytetään kuusi vuotta tilikauden päättymisvuoden "
            "lopusta.",
            "Kundens uppgifter raderas fem år efter den senaste beställningen. Verifikat som "
            "hör till bokföringen bevaras sex år från utgången av det år räkenskapsperioden "
            "upphörde.",
            "A customer's data is deleted five years after their last order. Vouchers belonging "
            "to the books are kept for six years from the end of the year the financial period "
            "ended.",
        ),
        "statutory_requirement": (
            "Nimi, osoite ja yhteystieto tarvitaan tilauksen toimittamiseen; ilman niitä "
            "tilausta ei voi tehdä. Uutiskirjeen tilaaminen on vapaaehtoista.",
            "Namn, adress och en kontaktuppgift behövs för att leverera beställningen; utan dem "
            "kan man inte beställa. Nyhetsbrevet är frivilligt.",
            "A name, an address and a contact detail are needed to deliver an order; without "
            "them no order can be placed. The newsletter is optional.",
        ),
        "cookies": (
            "Kauppa käyttää välttämättömiä evästeitä ostoskoriin ja kirjautumiseen. Analytiikka- "
            "ja markkinointievästeet ovat käytössä vain kävijän suostumuksella.",
            "Butiken använder nödvändiga kakor för kundvagnen och inloggningen. Analys- och "
            "marknadsföringskakor används bara med besökarens samtycke.",
            "The shop uses necessary cookies for the basket and signing in. Analytics and "
            "marketing cookies are only used with the visitor's consent.",
        ),
    },
    TemplateKind.SERVICE: {
        "name": ("Asiakasrekisteri", "Kundregister", "Customer register"),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Ajanvaraukset, palvelun tuottaminen ja laskutus",
                    "Tidsbokningar, utförande av tjänsten och fakturering",
                    "Appointments, providing the service and invoicing",
                ),
                None,
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Aiempien käyntien ja toiveiden huomioon ottaminen seuraavalla kerralla",
                    "Att ta hänsyn till tidigare besök och önskemål vid nästa besök",
                    "Taking earlier visits and wishes into account next time",
                ),
                (
                    "Asiakas odottaa, että palvelussa muistetaan hänen aiemmat toiveensa ja "
                    "tehdyt työt.",
                    "Kunden förväntar sig att tidigare önskemål och utförda arbeten är kända.",
                    "Clients expect their earlier wishes and the work already done to be "
                    "remembered.",
                ),
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Muistutukset ja tarjoukset tekstiviestillä tai sähköpostilla",
                    "Påminnelser och erbjudanden per sms eller e-post",
                    "Reminders and offers by text message or e-mail",
                ),
                None,
            ),
        ),
        "data_subject_categories": (
            "Asiakkaat ja ajan varanneet henkilöt",
            "Kunder och personer som bokat tid",
            "Clients and people who have booked an appointment",
        ),
        "data_categories": (
            "Nimi, puhelinnumero ja sähköpostiosoite; ajanvaraukset ja käynnit, tehdyt "
            "palvelut ja asiakkaan toiveet; laskut; markkinointiluvat ja -kiellot.",
            "Namn, telefonnummer och e-postadress; bokningar och besök, utförda tjänster och "
            "kundens önskemål; fakturor; samtycken och förbud mot marknadsföring.",
            "Name, phone number and e-mail address; bookings and visits, services provided and "
            "the client's wishes; invoices; marketing consents and objections.",
        ),
        "sources": (
            "Asiakkaalta itseltään ajanvarauksen ja käyntien yhteydessä.",
            "Från kunden själv vid bokning och besök.",
            "From the clients themselves when they book and visit.",
        ),
        "recipients": (
            "Tietoja ei luovuteta säännönmukaisesti ulkopuolisille.",
            "Uppgifterna lämnas inte regelbundet ut till utomstående.",
            "The data is not regularly disclosed to anyone outside the business.",
        ),
        "processors": (
            "Ajanvarausjärjestelmän toimittaja ja tilitoimisto.",
            "Leverantören av bokningssystemet och bokföringsbyrån.",
            "The booking system's provider and the accountant.",
        ),
        "retention": (3, RetentionAnchor.LAST_ACTIVITY),
        "retention_text": (
            "Asiakkaan tiedot poistetaan kolmen vuoden kuluttua viimeisestä käynnistä. Laskut "
            "säilytetään kirjanpitolain vaatiman ajan.",
            "Kundens uppgifter raderas tre år efter det senaste besöket. Fakturor bevaras så "
            "länge bokföringslagen kräver.",
            "A client's data is deleted three years after their last visit. Invoices are kept "
            "as long as the Accounting Act requires.",
        ),
        "statutory_requirement": (
            "Yhteystieto tarvitaan ajanvaraukseen; ilman sitä aikaa ei voi varata. Muut tiedot "
            "ovat vapaaehtoisia.",
            "En kontaktuppgift behövs för bokningen; utan den kan ingen tid bokas. Övriga "
            "uppgifter är frivilliga.",
            "A contact detail is needed to book; without it no appointment can be made. "
            "Everything else is optional.",
        ),
    },
    TemplateKind.ASSOCIATION: {
        "name": ("Jäsenrekisteri", "Medlemsregister", "Membership register"),
        "purposes": (
            (
                LegalBasis.LEGAL_OBLIGATION,
                (
                    "Yhdistyslain edellyttämän jäsenluettelon pitäminen",
                    "Förande av den medlemsförteckning som föreningslagen kräver",
                    "Keeping the list of members the Associations Act requires",
                ),
                None,
            ),
            (
                LegalBasis.CONTRACT,
                (
                    "Jäsenmaksujen laskutus ja seuranta",
                    "Fakturering och uppföljning av medlemsavgifter",
                    "Invoicing and following up membership fees",
                ),
                None,
            ),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Jäsentiedotteet ja kutsut kokouksiin ja tapahtumiin",
                    "Medlemsutskick och kallelser till möten och evenemang",
                    "Member news and invitations to meetings and events",
                ),
                (
                    "Jäsenet odottavat saavansa tietoa yhdistyksen toiminnasta ja kokouksista.",
                    "Medlemmarna förväntar sig information om föreningens verksamhet och möten.",
                    "Members expect to hear about the association's activities and meetings.",
                ),
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Tapahtumissa otettujen kuvien julkaiseminen",
                    "Publicering av bilder tagna vid evenemang",
                    "Publishing photos taken at events",
                ),
                None,
            ),
        ),
        "data_subject_categories": (
            "Yhdistyksen jäsenet ja entiset jäsenet",
            "Föreningens medlemmar och tidigare medlemmar",
            "Members and former members of the association",
        ),
        "data_categories": (
            "Nimi, kotikunta ja yhteystiedot; liittymispäivä ja jäsenlaji; jäsenmaksut; "
            "luottamustehtävät; kuvauslupa.",
            "Namn, hemkommun och kontaktuppgifter; inträdesdag och medlemskategori; "
            "medlemsavgifter; förtroendeuppdrag; tillstånd att fotografera.",
            "Name, home municipality and contact details; joining date and type of membership; "
            "membership fees; positions of trust; permission to publish photos.",
        ),
        "sources": (
            "Jäseneltä itseltään liittymisen yhteydessä ja jäsenyyden aikana.",
            "Från medlemmen själv vid inträdet och under medlemskapet.",
            "From the members themselves when they join and while they are members.",
        ),
        "recipients": (
            "Tietoja ei luovuteta yhdistyksen ulkopuolelle, ellei laki sitä vaadi.",
            "Uppgifterna lämnas inte ut utanför föreningen om inte lagen kräver det.",
            "The data is not disclosed outside the association unless the law requires it.",
        ),
        "retention": (2, RetentionAnchor.LAST_ACTIVITY),
        "retention_text": (
            "Jäsenen tiedot poistetaan kahden vuoden kuluessa jäsenyyden päättymisestä. "
            "Jäsenmaksujen tositteet säilytetään kirjanpitolain vaatiman ajan.",
            "Medlemmens uppgifter raderas inom två år efter att medlemskapet upphört. Verifikat "
            "för medlemsavgifter bevaras så länge bokföringslagen kräver.",
            "A member's data is deleted within two years after the membership ends. Vouchers for "
            "membership fees are kept as long as the Accounting Act requires.",
        ),
        "statutory_requirement": (
            "Nimi ja kotikunta kuuluvat lain mukaan jäsenluetteloon; ilman niitä jäseneksi ei "
            "voi liittyä. Muut tiedot ovat vapaaehtoisia.",
            "Namn och hemkommun ska enligt lag finnas i medlemsförteckningen; utan dem kan man "
            "inte bli medlem. Övriga uppgifter är frivilliga.",
            "By law the list of members holds each member's name and home municipality; "
            "without them one cannot join. Everything else is optional.",
        ),
    },
}
