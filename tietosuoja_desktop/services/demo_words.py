"""What the demo register is made of: the word pools (places, products, notes, contacts,
consent evidence) and the yarn shop's two register descriptions, in Finnish with the customer
register translated into Swedish. Data only; services/demo.py makes people out of it."""

from __future__ import annotations

from ..domain.enums import Language, LegalBasis, RetentionAnchor
from ..domain.records import Purpose, RegisterDescription, RetentionRule
from ..domain.register_languages import with_translations

MARKETING_PURPOSE = "Uutiskirje ja tarjoukset sähköpostitse"
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
MOBILE_PREFIXES = ("40", "40", "40", "50", "50", "44", "45", "41", "46")


def _places(pairs: str) -> tuple[tuple[str, str], ...]:
    return tuple((pair[:5], pair[6:]) for pair in pairs.split("|"))


# Real postal code / city pairs; the big cities have several codes, so they weigh more.
FI_PLACES = _places(
    "00100 Helsinki|00150 Helsinki|00250 Helsinki|00530 Helsinki|00700 Helsinki|"
    "00810 Helsinki|00920 Helsinki|02100 Espoo|02600 Espoo|02230 Espoo|01300 Vantaa|"
    "01600 Vantaa|20100 Turku|20500 Turku|33100 Tampere|33500 Tampere|40100 Jyväskylä|"
    "90100 Oulu|90500 Oulu|70100 Kuopio|15100 Lahti|28100 Pori|80100 Joensuu|"
    "53100 Lappeenranta|65100 Vaasa|13100 Hämeenlinna|96100 Rovaniemi|50100 Mikkeli|"
    "60100 Seinäjoki|48100 Kotka|45100 Kouvola|04400 Järvenpää|04200 Kerava|"
    "05800 Hyvinkää|08100 Lohja|26100 Rauma|11100 Riihimäki|67100 Kokkola|87100 Kajaani|"
    "57100 Savonlinna"
)
SV_PLACES = _places(
    "00100 Helsingfors|00250 Helsingfors|02100 Esbo|06100 Borgå|10600 Ekenäs|10300 Karis|"
    "65100 Vasa|68600 Jakobstad|66900 Nykarleby|22100 Mariehamn|64200 Närpes|07900 Lovisa|"
    "02400 Kyrkslätt|21600 Pargas|25700 Kimito|66600 Vörå"
)
PRODUCTS = (
    ("Villalanka 100 g, harmaa", 690),
    ("Villalanka 100 g, luonnonvalkoinen", 690),
    ("Sukkalanka 100 g, kirjava", 790),
    ("Merinovillalanka 50 g", 890),
    ("Alpakkalanka 50 g, vaaleanpunainen", 1090),
    ("Puuvillalanka 50 g, keltainen", 450),
    ("Pyöröpuikot 4 mm, 80 cm", 1290),
    ("Sukkapuikot 3 mm", 990),
    ("Virkkuukoukku 4 mm", 590),
    ("Neuleohje: villasukat", 400),
    ("Neuleohje: lapaset", 400),
    ("Neulepakkaus: pipo", 3490),
    ("Neulepakkaus: villapaita", 8900),
    ("Lahjakortti 25 €", 2500),
    ("Neulekurssi: kirjoneule, 3 iltaa", 4500),
    ("Virkkauskurssi aloittelijoille", 3900),
    ("Projektilaukku, pellava", 2490),
    ("Villapesuaine 500 ml", 1190),
)
SHIPPING, SHIPPING_CENTS = "; Postitus pakettiautomaattiin", 590
TRADES = (
    *("Rakennus", "Kampaamo", "Kahvila", "Puutarha", "Sähkö", "Kuljetus", "Tilitoimisto"),
    *("Kukkakauppa", "Käsityö", "Kehystämö", "Hieronta", "Valokuvaamo", "Siivous"),
)
ORG_SUFFIXES = ("Oy", "Oy", "Oy", "Ky", "Tmi", "ry")
NOTES = (
    "Toivoo yhteydenottoa sähköpostitse.",
    "Toimitukset pakettiautomaattiin.",
    "Laskutusasiakas, maksuaika 14 päivää.",
    "Osallistunut neulekursseille.",
)
CONTACTS = (
    "Kysyi tilauksen toimitusajasta.",
    "Pyysi vaihtamaan lankavärin ennen lähetystä.",
    "Kysyi neulekurssin aikataulusta.",
    "Päivitti toimitusosoitteen puhelimessa.",
    "Kysyi lahjakortin voimassaoloaikaa.",
)
COMPLAINTS = (
    "Reklamaatio: paketti saapui vaurioituneena, lähetetty uusi.",
    "Reklamaatio: väärä lankaväri, vaihdettu.",
    "Reklamaatio: toimitus myöhästyi kaksi viikkoa, postikulut hyvitetty.",
)
# (contact channel, evidence, how it was given: domain/marketing.py ConsentMethod)
CONSENT_EVIDENCE = (
    ("web_form", "Verkkokaupan tilauslomake: uutiskirjeen valintaruutu", "web_form"),
    ("web_form", "Uutiskirjeen tilauslomake verkkosivuilla", "web_form"),
    ("in_person", "Myymälässä allekirjoitettu lomake", "paper_form"),
    ("email", "Asiakkaan sähköpostiviesti", "email"),
)
WITHDRAWAL_EVIDENCE = (
    ("web_form", "Peruutuslinkki uutiskirjeessä", "web_form"),
    ("email", "Asiakkaan sähköpostiviesti", "email"),
    ("phone", "Puhelu asiakaspalveluun", "phone"),
)
# The words the person agreed to (Art 7(1)) and what a withdrawal said.
CONSENT_TEXT = (
    "Haluan saada Lankapuodin uutiskirjeen ja tarjouksia sähköpostiini. Voin perua "
    "tilauksen milloin tahansa uutiskirjeen lopussa olevasta linkistä."
)
WITHDRAWAL_TEXT = "En halua enää uutiskirjettä enkä tarjouksia sähköpostiini."
# Marketing refusals per channel, by share of customers: (channel, share, kind). A few of
# those who refused allow the channel again later; a few limit an objection to one channel.
MARKETING_CHOICES = (
    ("phone", 0.035, "refused"),
    ("post", 0.02, "refused"),
    ("email", 0.008, "refused"),
    ("sms", 0.005, "refused"),
    ("phone", 0.003, "prohibited"),
    ("post", 0.002, "prohibited"),
)


# The customer register in Swedish too, as a bilingual business keeps it (Registers, Translations).
_CUSTOMER_REGISTER_SV = {
    "name": "Kundregister",
    "data_subject_categories": "Kunder i webbutiken och butiken, kontaktpersoner hos företag",
    "purposes[0].description": "Behandling, leverans och fakturering av beställningar",
    "purposes[1].description": "Kundtjänst, reklamationer och skötsel av kundrelationen",
    "purposes[1].legitimate_interest": (
        "Att upprätthålla kundrelationen och utveckla tjänsten med hjälp av kundernas respons"
    ),
    "purposes[2].description": "Förvaring av bokföringsmaterial",
    "data_categories": (
        "Namn, adress, telefonnummer, e-postadress, språk, beställningar, kontakter och "
        "reklamationer; för företagskunder företagets namn och FO-nummer. Personbeteckning "
        "endast av kunder som betalar mot faktura."
    ),
    "sources": "Av kunden själv i samband med en beställning, en kontakt eller en anmälan till "
    "en kurs.",
    "recipients": "Transportföretag för leveranserna och bokföringsbyrån för bokföringen.",
    "processors": "Leverantören av webbutiksplattformen, bokföringsbyrån och e-posttjänsten "
    "(EU/EES).",
    "retention_text": (
        "Fem år från det senaste ärendet. Beställningarna sparas enligt bokföringslagen i sex år "
        "från utgången av det år under vilket räkenskapsperioden gick ut, utan koppling till "
        "personen."
    ),
    "statutory_requirement": "Namn och kontaktuppgifter behövs för att leverera beställningen.",
    "security_manual": "Beställnings- och fakturakopior på papper förvaras i ett låst skåp.",
    "security_electronic": "Dator skyddad med lösenord och diskkryptering, krypterade "
    "säkerhetskopior.",
    "cookies": "Webbutiken använder endast kakor som behövs för kundvagnen.",
}

_REGISTERS_AS_WRITTEN = (
    RegisterDescription(
        name="Asiakasrekisteri",
        purposes=(
            Purpose("Tilausten käsittely, toimitus ja laskutus", LegalBasis.CONTRACT),
            Purpose(
                "Asiakaspalvelu, reklamaatiot ja asiakassuhteen hoito",
                LegalBasis.LEGITIMATE_INTERESTS,
                "Asiakassuhteen ylläpitäminen ja palvelun kehittäminen asiakaspalautteen avulla",
            ),
            Purpose("Kirjanpitoaineiston säilyttäminen", LegalBasis.LEGAL_OBLIGATION),
        ),
        data_subject_categories="Verkkokaupan ja myymälän asiakkaat, yritysten yhteyshenkilöt",
        data_categories=(
            "Nimi, osoite, puhelinnumero, sähköpostiosoite, asiointikieli, tilaukset, yhteydenotot "
            "ja reklamaatiot; yritysasiakkaista yrityksen nimi ja Y-tunnus. Henkilötunnus vain "
            "laskulla maksavilta asiakkailta."
        ),
        sources="Asiakkaalta itseltään tilauksen, yhteydenoton tai kurssille ilmoittautumisen "
        "yhteydessä.",
        recipients="Kuljetusliikkeet toimitusta varten ja tilitoimisto kirjanpitoa varten.",
        processors="Verkkokauppa-alustan toimittaja, tilitoimisto ja sähköpostipalvelu (EU/ETA).",
        retention=RetentionRule(5, RetentionAnchor.LAST_ACTIVITY),
        retention_text=(
            "Viisi vuotta viimeisestä asioinnista. Tilaukset säilytetään kirjanpitolain mukaan "
            "kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi, ilman yhteyttä "
            "henkilöön."
        ),
        statutory_requirement="Nimi ja yhteystiedot tarvitaan tilauksen toimittamiseen.",
        security_manual="Paperiset tilaus- ja laskukopiot säilytetään lukitussa kaapissa.",
        security_electronic="Salasanalla ja levysalauksella suojattu tietokone, salatut "
        "varmuuskopiot.",
        cookies="Verkkokauppa käyttää vain ostoskorin toiminnalle välttämättömiä evästeitä.",
    ),
    RegisterDescription(
        name="Markkinointirekisteri",
        purposes=(Purpose(MARKETING_PURPOSE, LegalBasis.CONSENT),),
        data_subject_categories="Uutiskirjeen tilanneet asiakkaat",
        data_categories="Nimi, sähköpostiosoite, asiointikieli, suostumukset ja peruutukset.",
        sources="Henkilöltä itseltään verkkokaupassa, verkkosivuilla tai myymälässä.",
        recipients="Ei luovutuksia.",
        processors="Uutiskirjepalvelun toimittaja (EU/ETA).",
        retention=RetentionRule(2, RetentionAnchor.LAST_ACTIVITY),
        retention_text=(
            "Kaksi vuotta viimeisestä asioinnista; markkinointi lopetetaan heti, kun suostumus "
            "peruutetaan. Suostumushistoria säilytetään näyttönä."
        ),
        statutory_requirement="Vapaaehtoinen; ilman sähköpostiosoitetta ei uutiskirjettä.",
        security_manual="Ei paperiaineistoa.",
        security_electronic="Salasanalla ja levysalauksella suojattu tietokone.",
    ),
)
DEMO_REGISTERS = (
    with_translations(_REGISTERS_AS_WRITTEN[0], Language.SV, _CUSTOMER_REGISTER_SV),
    *_REGISTERS_AS_WRITTEN[1:],
)
