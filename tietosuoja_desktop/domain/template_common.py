"""What every register template shares: the kinds of template, the shape of their data
(one text per language, in the order fi, sv, en) and the wording several templates use
(bookkeeping, security measures, transfers through service providers)."""

from __future__ import annotations

from .enums import StrEnum


class TemplateKind(StrEnum):
    WEB_SHOP = "web_shop"
    SERVICE = "service"
    ASSOCIATION = "association"
    CAFE = "cafe"
    BEAUTY = "beauty"
    BUILDER = "builder"
    PHOTOGRAPHER = "photographer"
    CONSULTANT = "consultant"
    EMPLOYEES = "employees"
    APPLICANTS = "applicants"


# Text per field, one tuple (fi, sv, en) each; a field missing from a template stays empty.
Texts = tuple[str, str, str]

BOOKKEEPING: Texts = (
    "Kirjanpitolain mukaisten tositteiden laatiminen ja säilyttäminen",
    "Upprättande och förvaring av verifikat enligt bokföringslagen",
    "Drawing up and keeping vouchers as the Accounting Act requires",
)

SECURITY_MANUAL: Texts = (
    "Paperiset asiakirjat säilytetään lukitussa kaapissa, johon on pääsy vain yrittäjällä. "
    "Tarpeettomat paperit hävitetään silppuamalla.",
    "Pappersdokument förvaras i ett låst skåp som endast företagaren har tillgång till. "
    "Onödiga papper förstörs i dokumentförstörare.",
    "Paper documents are kept in a locked cabinet that only the owner can open. Papers no "
    "longer needed are shredded.",
)

SECURITY_ORGANISATIONAL: Texts = (
    "Tietoja käsittelevät vain ne, jotka tarvitsevat niitä työssään. Jokainen tietoja "
    "käsittelevä on sitoutunut vaitioloon, ja käyttöoikeudet poistetaan, kun tehtävä päättyy.",
    "Uppgifterna behandlas endast av dem som behöver dem i sitt arbete. Alla som behandlar "
    "uppgifterna har förbundit sig till tystnadsplikt, och behörigheterna tas bort när "
    "uppdraget upphör.",
    "Only those who need the data for their work handle it. Everyone who handles it has "
    "undertaken to keep it confidential, and access is removed when their task ends.",
)

SECURITY_ELECTRONIC: Texts = (
    "Rekisteriä käsitellään tietokoneella, jonka levy on salattu ja joka on suojattu "
    "salasanalla. Palveluihin kirjaudutaan henkilökohtaisin tunnuksin ja kaksivaiheisella "
    "tunnistautumisella. Varmuuskopiot säilytetään salattuina.",
    "Registret behandlas på en dator med krypterad disk och lösenordsskydd. Tjänsterna används "
    "med personliga användarnamn och tvåstegsverifiering. Säkerhetskopiorna är krypterade.",
    "The register is kept on a password-protected computer with an encrypted disk. Online "
    "services are used with personal accounts and two-step sign-in. Backups are encrypted.",
)

TRANSFER_SAFEGUARDS: Texts = (
    "Jos palveluntarjoaja käsittelee tietoja EU:n tai ETA:n ulkopuolella, siirto tehdään vain "
    "Euroopan komission tietosuojan riittävyyttä koskevan päätöksen (Yhdysvalloissa "
    "EU:n ja Yhdysvaltojen välinen tietosuojakehys) tai komission vakiosopimuslausekkeiden "
    "perusteella.",
    "Om en tjänsteleverantör behandlar uppgifter utanför EU eller EES sker överföringen endast "
    "med stöd av Europeiska kommissionens beslut om adekvat skyddsnivå (i USA ramverket för "
    "dataskydd mellan EU och USA) eller kommissionens standardavtalsklausuler.",
    "If a service provider processes data outside the EU or EEA, the transfer relies only on a "
    "European Commission adequacy decision (in the USA, the EU-US Data Privacy Framework) or on "
    "the Commission's standard contractual clauses.",
)
