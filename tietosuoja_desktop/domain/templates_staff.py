"""The registers every employer keeps: employees and job applicants (fi, sv, en).

Facts from shared/domain.md: only data directly necessary for the employment, collected from
the employee (laki yksityisyyden suojasta työelämässä 759/2004, 3-4 §), health data kept apart
(5 §); the employment certificate can be asked for ten years after the employment ends
(työsopimuslaki 6:7); payroll vouchers six years (kirjanpitolaki 2:10); an applicant can claim
compensation for discrimination within a year of learning of the choice (tasa-arvolaki,
yhdenvertaisuuslaki); keeping an application for later openings needs consent."""

from __future__ import annotations

from .enums import LegalBasis, RetentionAnchor
from .template_common import BOOKKEEPING, TemplateKind

STAFF_TEMPLATES: dict[TemplateKind, dict[str, object]] = {
    TemplateKind.EMPLOYEES: {
        "name": ("Työntekijärekisteri", "Personalregister", "Employee register"),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Työsuhteen hoitaminen: työsopimus, palkanmaksu, työajat, vuosilomat ja "
                    "poissaolot",
                    "Skötsel av anställningen: arbetsavtal, löneutbetalning, arbetstider, "
                    "semester och frånvaro",
                    "Running the employment: the contract, pay, working hours, holidays and "
                    "absences",
                ),
                None,
            ),
            (
                LegalBasis.LEGAL_OBLIGATION,
                (
                    "Työnantajan lakisääteiset velvoitteet: ennakonpidätys ja palkkatietojen "
                    "ilmoittaminen tulorekisteriin, työeläke- ja tapaturmavakuutus, "
                    "työterveyshuolto, työaikakirjanpito ja työtodistus",
                    "Arbetsgivarens lagstadgade skyldigheter: förskottsinnehållning och "
                    "anmälan av löneuppgifter till inkomstregistret, arbetspensions- och "
                    "olycksfallsförsäkring, företagshälsovård, arbetstidsbokföring och "
                    "arbetsintyg",
                    "The employer's statutory duties: tax withholding and reporting pay to the "
                    "Incomes Register, employment pension and accident insurance, occupational "
                    "health care, working-time records and the employment certificate",
                ),
                None,
            ),
            (
                LegalBasis.LEGAL_OBLIGATION,
                (
                    "Työntekijän terveydentilaa koskevien tietojen käsittely sairausajan palkan "
                    "maksamiseksi ja työkyvyn selvittämiseksi (laki yksityisyyden suojasta "
                    "työelämässä 5 §; 9 artiklan 2 kohdan b alakohta)",
                    "Behandling av uppgifter om arbetstagarens hälsotillstånd för att betala "
                    "lön under sjukdom och utreda arbetsförmågan (lagen om integritetsskydd i "
                    "arbetslivet 5 §; artikel 9.2 b)",
                    "Handling data about an employee's health to pay sick pay and to assess "
                    "fitness for work (Act on the Protection of Privacy in Working Life, "
                    "section 5; Art 9(2)(b))",
                ),
                None,
            ),
            (LegalBasis.LEGAL_OBLIGATION, BOOKKEEPING, None),
        ),
        "data_subject_categories": (
            "Yrityksen nykyiset ja entiset työntekijät",
            "Företagets nuvarande och tidigare anställda",
            "The business's current and former employees",
        ),
        "data_categories": (
            "Nimi, henkilötunnus, osoite, puhelinnumero ja sähköpostiosoite; lähiomaisen "
            "yhteystieto, jos työntekijä on sen antanut; työsopimus, tehtävä, työaika ja "
            "palkka; verokortin tiedot, pankkitili, palkanmaksut ja ennakonpidätykset; "
            "vuosilomat ja poissaolot; työnantajalle toimitetut lääkärintodistukset; "
            "työsuhteen alkamis- ja päättymispäivä.",
            "Namn, personbeteckning, adress, telefonnummer och e-postadress; en anhörigs "
            "kontaktuppgift om den anställda har lämnat den; arbetsavtal, uppgifter, "
            "arbetstid och lön; skattekortsuppgifter, bankkonto, löneutbetalningar och "
            "förskottsinnehållningar; semester och frånvaro; läkarintyg som lämnats till "
            "arbetsgivaren; anställningens början och slut.",
            "Name, personal identity code, address, phone number and e-mail address; a next "
            "of kin's contact if the employee has given one; the employment contract, duties, "
            "working hours and pay; tax card details, bank account, payments and tax "
            "withheld; holidays and absences; medical certificates given to the employer; the "
            "dates the employment began and ended.",
        ),
        "sources": (
            "Työntekijältä itseltään. Verokortin tiedot saadaan Verohallinnolta. Muista "
            "lähteistä tietoja kerätään vain työntekijän suostumuksella tai lain nojalla "
            "(laki yksityisyyden suojasta työelämässä 4 §).",
            "Från den anställda själv. Skattekortsuppgifterna fås från Skatteförvaltningen. "
            "Från andra källor samlas uppgifter in endast med den anställdas samtycke eller "
            "med stöd av lag (lagen om integritetsskydd i arbetslivet 4 §).",
            "From the employees themselves. Tax card details come from the Finnish Tax "
            "Administration. Data is collected from elsewhere only with the employee's "
            "consent or where the law allows (Act on the Protection of Privacy in Working "
            "Life, section 4).",
        ),
        "recipients": (
            "Verohallinto ja tulorekisteri (palkat ja ennakonpidätykset), työeläkevakuuttaja, "
            "tapaturmavakuutusyhtiö, työterveyshuolto työterveyshuoltolain mukaisiin "
            "tehtäviin, ulosottoviranomainen palkan ulosmittauksessa sekä muut viranomaiset, "
            "kun laki sitä edellyttää.",
            "Skatteförvaltningen och inkomstregistret (löner och förskottsinnehållning), "
            "arbetspensionsförsäkraren, olycksfallsförsäkringsbolaget, företagshälsovården "
            "för uppgifter enligt lagen om företagshälsovård, utsökningsmyndigheten vid "
            "utmätning av lön samt andra myndigheter när lagen kräver det.",
            "The Finnish Tax Administration and the Incomes Register (pay and tax withheld), "
            "the employment pension insurer, the accident insurer, occupational health care "
            "for its statutory tasks, the enforcement authority when pay is garnished, and "
            "other authorities where the law requires it.",
        ),
        "processors": (
            "Tilitoimisto palkanlaskennassa, palkanlaskentaohjelman toimittaja ja "
            "työajanseurannan toimittaja.",
            "Bokföringsbyrån för löneberäkningen, leverantören av löneprogrammet och "
            "leverantören av arbetstidsuppföljningen.",
            "The accountant who runs the payroll, the payroll software's provider and the "
            "time-tracking provider.",
        ),
        "retention": (10, RetentionAnchor.LAST_ACTIVITY),
        "retention_text": (
            "Työtodistukseen tarvittavat tiedot (työsuhteen kesto ja tehtävät) säilytetään "
            "kymmenen vuotta työsuhteen päättymisestä, koska työntekijä voi pyytää "
            "työtodistusta vielä silloin (työsopimuslaki 6 luku 7 §). Palkkakirjanpito ja "
            "tositteet säilytetään kirjanpitolain (2 luku 10 §) mukaan kuusi vuotta sen "
            "vuoden lopusta, jona tilikausi päättyi. Terveystiedot säilytetään erillään "
            "muista tiedoista ja hävitetään, kun niiden käsittelyyn ei enää ole perustetta.",
            "Uppgifter som behövs för arbetsintyget (anställningens längd och uppgifter) "
            "bevaras i tio år efter att anställningen upphört, eftersom arbetstagaren ännu då "
            "kan begära arbetsintyg (arbetsavtalslagen 6 kap. 7 §). Lönebokföringen och "
            "verifikaten bevaras enligt bokföringslagen (2 kap. 10 §) i sex år från utgången "
            "av det år då räkenskapsperioden upphörde. Hälsouppgifter förvaras åtskilda från "
            "andra uppgifter och förstörs när det inte längre finns grund att behandla dem.",
            "The details needed for an employment certificate (how long the employment lasted "
            "and the duties) are kept for ten years after the employment ends, because the "
            "employee can still ask for a certificate then (Employment Contracts Act, "
            "chapter 6, section 7). Payroll records and vouchers are kept for six years from "
            "the end of the year in which the financial period ended (Accounting Act, "
            "chapter 2, section 10). Health data is kept apart from other data and destroyed "
            "once there is no longer a reason to handle it.",
        ),
        "statutory_requirement": (
            "Henkilötunnus, pankkitili ja verokortti tarvitaan palkanmaksuun ja "
            "lakisääteisiin ilmoituksiin. Ilman verokorttia palkasta on pidätettävä 60 "
            "prosenttia veroa.",
            "Personbeteckning, bankkonto och skattekort behövs för löneutbetalningen och de "
            "lagstadgade anmälningarna. Utan skattekort ska 60 procent av lönen innehållas i "
            "skatt.",
            "The personal identity code, a bank account and the tax card are needed to pay "
            "wages and make the statutory reports. Without a tax card, 60 per cent of the pay "
            "must be withheld as tax.",
        ),
    },
    TemplateKind.APPLICANTS: {
        "name": ("Rekrytointirekisteri", "Rekryteringsregister", "Job applicants"),
        "purposes": (
            (
                LegalBasis.CONTRACT,
                (
                    "Rekrytointi: hakemusten käsittely, haastattelut ja valinta (toimet hakijan "
                    "pyynnöstä ennen työsopimuksen tekemistä)",
                    "Rekrytering: behandling av ansökningar, intervjuer och val (åtgärder på "
                    "sökandens begäran innan arbetsavtalet ingås)",
                    "Recruiting: handling applications, interviews and the choice (steps taken "
                    "at the applicant's request before an employment contract)",
                ),
                None,
            ),
            (
                LegalBasis.LEGITIMATE_INTERESTS,
                (
                    "Valintaa koskevan aineiston säilyttäminen syrjintäepäilyjen selvittämiseksi",
                    "Förvaring av materialet om valet för att utreda misstankar om diskriminering",
                    "Keeping the record of the choice to answer any claim of discrimination",
                ),
                (
                    "Työnantajan on voitava antaa hakijan pyytämä selvitys valintaperusteista ja "
                    "vastata syrjintää koskevaan vaatimukseen, jonka voi esittää vuoden kuluessa "
                    "valintapäätöksestä tiedon saamisesta (tasa-arvolaki, yhdenvertaisuuslaki).",
                    "Arbetsgivaren måste kunna ge den redogörelse för urvalsgrunderna som "
                    "sökanden begär och bemöta anspråk om diskriminering, som kan framställas "
                    "inom ett år från att sökanden fått veta om beslutet (jämställdhetslagen, "
                    "diskrimineringslagen).",
                    "The employer must be able to give an applicant the account of the "
                    "selection criteria they ask for and answer a claim of discrimination, "
                    "which can be made within a year of learning of the decision (Equality "
                    "Act, Non-Discrimination Act).",
                ),
            ),
            (
                LegalBasis.CONSENT,
                (
                    "Hakemuksen säilyttäminen myöhempiä avoimia tehtäviä varten hakijan "
                    "suostumuksella",
                    "Förvaring av ansökan för senare lediga uppgifter med sökandens samtycke",
                    "Keeping an application for later openings, with the applicant's consent",
                ),
                None,
            ),
        ),
        "data_subject_categories": (
            "Avoimiin tehtäviin hakeneet ja avoimen hakemuksen jättäneet",
            "Sökande till lediga uppgifter och de som lämnat en öppen ansökan",
            "People who applied for an opening or sent an open application",
        ),
        "data_categories": (
            "Nimi ja yhteystiedot; hakemus, ansioluettelo, koulutus, työkokemus, kielitaito ja "
            "muut hakijan itse antamat tiedot; haastattelumuistiinpanot; suosittelijan antamat "
            "tiedot; soveltuvuusarvioinnin tulos, jos hakija on suostunut arviointiin; "
            "valintapäätös.",
            "Namn och kontaktuppgifter; ansökan, cv, utbildning, arbetserfarenhet, "
            "språkkunskaper och andra uppgifter som sökanden själv lämnat; anteckningar från "
            "intervjuer; uppgifter från referenser; resultatet av en lämplighetsbedömning om "
            "sökanden samtyckt till den; beslutet om valet.",
            "Name and contact details; the application, CV, education, work experience, "
            "languages and whatever else applicants tell us; interview notes; what referees "
            "say; the result of an aptitude assessment if the applicant agreed to one; the "
            "decision.",
        ),
        "sources": (
            "Hakijalta itseltään. Suosittelijoilta ja muista lähteistä tietoja kerätään vain "
            "hakijan suostumuksella (laki yksityisyyden suojasta työelämässä 4 §).",
            "Från sökanden själv. Från referenser och andra källor samlas uppgifter in endast "
            "med sökandens samtycke (lagen om integritetsskydd i arbetslivet 4 §).",
            "From the applicants themselves. Data is collected from referees and other "
            "sources only with the applicant's consent (Act on the Protection of Privacy in "
            "Working Life, section 4).",
        ),
        "recipients": (
            "Tietoja ei luovuteta ulkopuolisille. Valitun hakijan tarpeelliset tiedot siirtyvät "
            "työntekijärekisteriin.",
            "Uppgifterna lämnas inte ut till utomstående. Den valda sökandens behövliga "
            "uppgifter förs över till personalregistret.",
            "The data is not disclosed to anyone outside the business. The necessary details "
            "of the applicant chosen move to the employee register.",
        ),
        "processors": (
            "Rekrytointijärjestelmän tai sähköpostipalvelun toimittaja ja "
            "soveltuvuusarviointien tekijä, jos sellaista käytetään.",
            "Leverantören av rekryteringssystemet eller e-posttjänsten och den som gör "
            "lämplighetsbedömningar, om en sådan anlitas.",
            "The provider of the recruiting system or e-mail service, and the aptitude "
            "assessor if one is used.",
        ),
        "retention": (2, RetentionAnchor.CUSTOMER_SINCE),
        "retention_text": (
            "Hakemukset ja valintaa koskeva aineisto poistetaan, kun vuosi on kulunut siitä, "
            "kun hakija sai tiedon valintapäätöksestä, ja viimeistään kahden vuoden kuluttua "
            "hakemuksen saapumisesta. Hakijan suostumuksella hakemus säilytetään myöhempiä "
            "tehtäviä varten enintään kaksi vuotta; suostumuksen voi perua milloin tahansa, "
            "jolloin hakemus poistetaan.",
            "Ansökningar och materialet om valet raderas när ett år har gått sedan sökanden "
            "fick veta om beslutet, och senast två år efter att ansökan kom in. Med "
            "sökandens samtycke bevaras ansökan för senare uppgifter i högst två år; "
            "samtycket kan återkallas när som helst, och då raderas ansökan.",
            "Applications and the record of the choice are deleted once a year has passed "
            "since the applicant learnt of the decision, and at the latest two years after "
            "the application arrived. With the applicant's consent an application is kept "
            "for later openings for at most two years; the consent can be withdrawn at any "
            "time, and the application is then deleted.",
        ),
        "statutory_requirement": (
            "Tietojen antaminen on vapaaehtoista, mutta ilman yhteystietoja ja hakemusta "
            "hakijaa ei voida ottaa huomioon valinnassa.",
            "Det är frivilligt att lämna uppgifter, men utan kontaktuppgifter och ansökan kan "
            "sökanden inte beaktas i valet.",
            "Giving the data is optional, but without contact details and an application the "
            "applicant cannot be considered.",
        ),
    },
}
