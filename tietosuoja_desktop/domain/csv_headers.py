"""What the columns of a spreadsheet or web-shop export are: the import targets and the header
words that name them in Finnish, Swedish and English, in WooCommerce's ``billing_first_name``
shape and in Shopify's ``Default Address Zip`` shape. Pure."""

from __future__ import annotations

import re
import unicodedata

from .enums import StrEnum
from .i18n import QT_TRANSLATE_NOOP


class Target(StrEnum):
    """What a column is imported as; ``IGNORE`` leaves the column out."""

    IGNORE = "ignore"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    ORGANISATION = "organisation"
    BUSINESS_ID = "business_id"
    STREET_ADDRESS = "street_address"
    STREET_ADDRESS_2 = "street_address_2"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    COUNTRY = "country"
    PHONE = "phone"
    EMAIL = "email"
    BIRTH_DATE = "birth_date"
    PERSONAL_ID = "personal_id"
    LANGUAGE = "language"
    CUSTOMER_SINCE = "customer_since"
    NOTES = "notes"
    KIND = "kind"
    ORDER_REFERENCE = "order_reference"
    ORDER_DATE = "order_date"
    ORDER_DESCRIPTION = "order_description"
    ORDER_AMOUNT = "order_amount"
    ORDER_STATUS = "order_status"
    # A web shop's marketing permission per channel: yes/no, imported as a consent given (or
    # withdrawn) with the import's date and file as evidence.
    MARKETING_EMAIL = "marketing_email"
    MARKETING_SMS = "marketing_sms"

    @property
    def is_order(self) -> bool:
        return self.value.startswith("order_")

    @property
    def is_marketing(self) -> bool:
        return self.value.startswith("marketing_")


TARGET_LABELS = {
    Target.IGNORE: QT_TRANSLATE_NOOP("Import", "(not imported)"),
    Target.FIRST_NAME: QT_TRANSLATE_NOOP("Import", "First name"),
    Target.LAST_NAME: QT_TRANSLATE_NOOP("Import", "Last name"),
    Target.FULL_NAME: QT_TRANSLATE_NOOP("Import", "Full name (first and last)"),
    Target.ORGANISATION: QT_TRANSLATE_NOOP("Import", "Organisation"),
    Target.BUSINESS_ID: QT_TRANSLATE_NOOP("Import", "Business ID (Y-tunnus)"),
    Target.STREET_ADDRESS: QT_TRANSLATE_NOOP("Import", "Street address"),
    Target.STREET_ADDRESS_2: QT_TRANSLATE_NOOP("Import", "Street address, 2nd line"),
    Target.POSTAL_CODE: QT_TRANSLATE_NOOP("Import", "Postal code"),
    Target.CITY: QT_TRANSLATE_NOOP("Import", "City"),
    Target.COUNTRY: QT_TRANSLATE_NOOP("Import", "Country"),
    Target.PHONE: QT_TRANSLATE_NOOP("Import", "Phone"),
    Target.EMAIL: QT_TRANSLATE_NOOP("Import", "E-mail"),
    Target.BIRTH_DATE: QT_TRANSLATE_NOOP("Import", "Birth date"),
    Target.PERSONAL_ID: QT_TRANSLATE_NOOP("Import", "Personal identity code"),
    Target.LANGUAGE: QT_TRANSLATE_NOOP("Import", "Language"),
    Target.CUSTOMER_SINCE: QT_TRANSLATE_NOOP("Import", "Customer since"),
    Target.NOTES: QT_TRANSLATE_NOOP("Import", "Notes"),
    Target.KIND: QT_TRANSLATE_NOOP("Import", "Person or organisation"),
    Target.ORDER_REFERENCE: QT_TRANSLATE_NOOP("Import", "Order: number"),
    Target.ORDER_DATE: QT_TRANSLATE_NOOP("Import", "Order: date"),
    Target.ORDER_DESCRIPTION: QT_TRANSLATE_NOOP("Import", "Order: products"),
    Target.ORDER_AMOUNT: QT_TRANSLATE_NOOP("Import", "Order: total (euros)"),
    Target.ORDER_STATUS: QT_TRANSLATE_NOOP("Import", "Order: status"),
    Target.MARKETING_EMAIL: QT_TRANSLATE_NOOP("Import", "Marketing: e-mail permission (yes/no)"),
    Target.MARKETING_SMS: QT_TRANSLATE_NOOP("Import", "Marketing: SMS permission (yes/no)"),
}


def header_key(header: str) -> str:
    """Case-folded ASCII with separators as single spaces: ``"Sähköposti-osoite"`` ->
    ``"sahkoposti osoite"``, ``"billing_first_name"`` -> ``"billing first name"``."""
    text = unicodedata.normalize("NFKD", header.replace("\ufeff", "").casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[_\-./:#*()\[\]\"']+", " ", text)
    return " ".join(text.split())


def _keys(headers: str) -> tuple[str, ...]:
    """``"etunimi;first name"`` -> its :func:`header_key` forms."""
    return tuple(header_key(h) for h in headers.split(";"))


# Headers as they appear in Finnish, Swedish and English spreadsheets and in web-shop exports
# (WooCommerce customer and order exports use billing_/shipping_ prefixes, Shopify's customer
# export "Default Address ..." columns). Matched after :func:`header_key`.
ALIASES: dict[Target, tuple[str, ...]] = {
    Target.FIRST_NAME: _keys(
        "etunimi;etunimet;förnamn;tilltalsnamn;first name;firstname;given name;"
        "forename;billing first name;shipping first name;user first name"
    ),
    Target.LAST_NAME: _keys(
        "sukunimi;efternamn;släktnamn;last name;lastname;surname;family name;"
        "billing last name;shipping last name;user last name"
    ),
    Target.FULL_NAME: _keys(
        "nimi;koko nimi;asiakas;asiakkaan nimi;yhteyshenkilö;namn;fullständigt namn;"
        "kund;kundnamn;kontaktperson;name;full name;customer;customer name;contact;"
        "contact name;contact person;billing full name;shipping full name"
    ),
    Target.ORGANISATION: _keys(
        "yritys;yrityksen nimi;yhtiö;organisaatio;toiminimi;yhteisö;företag;"
        "företagsnamn;firma;organisation;organization;company;company name;"
        "organisation name;organization name;billing company;shipping company;"
        "default address company"
    ),
    Target.BUSINESS_ID: _keys(
        "y-tunnus;ytunnus;y tunnus;yritystunnus;fo-nummer;fo nummer;fo-nr;business id;"
        "business identity code;company id;vat;vat number;vat id;alv-numero;"
        "alv tunniste;momsnummer;billing vat;billing business id"
    ),
    Target.STREET_ADDRESS: _keys(
        "katuosoite;osoite;lähiosoite;jakeluosoite;gatuadress;adress;utdelningsadress;"
        "address;street;street address;address 1;address1;address line 1;"
        "billing address 1;billing address;shipping address 1;shipping address;"
        "default address address1"
    ),
    Target.STREET_ADDRESS_2: _keys(
        "osoite 2;osoitteen lisärivi;c/o;adress 2;address 2;address2;address line 2;"
        "billing address 2;shipping address 2;default address address2"
    ),
    Target.POSTAL_CODE: _keys(
        "postinumero;postinro;postnummer;postnr;postal code;postcode;post code;zip;"
        "zip code;zipcode;billing postcode;shipping postcode;default address zip"
    ),
    Target.CITY: _keys(
        "postitoimipaikka;postitoimipaikka kaupunki;kaupunki;paikkakunta;kotikunta;"
        "kunta;toimipaikka;postort;stad;ort;kommun;city;town;billing city;"
        "shipping city;default address city"
    ),
    Target.COUNTRY: _keys(
        "maa;valtio;land;country;country code;country / region;billing country;"
        "shipping country;default address country code;default address country"
    ),
    Target.PHONE: _keys(
        "puhelin;puhelinnumero;puh;puh nro;matkapuhelin;gsm;kännykkä;telefon;"
        "telefonnummer;tfn;mobil;mobiltelefon;mobilnummer;tel;phone;phone number;"
        "telephone;mobile;mobile phone;cell;billing phone;shipping phone;"
        "default address phone"
    ),
    Target.EMAIL: _keys(
        "sähköposti;sähköpostiosoite;s-posti;email;e-mail;email address;e-mail address;"
        "e-post;epost;e-postadress;billing email;user email;customer email"
    ),
    Target.BIRTH_DATE: _keys(
        "syntymäaika;syntymäpäivä;syntynyt;födelsedatum;födelsedag;birth date;"
        "date of birth;birthday;dob"
    ),
    Target.PERSONAL_ID: _keys(
        "henkilötunnus;hetu;sotu;personbeteckning;personnummer;personal identity code;"
        "personal id;personal id code;national id"
    ),
    Target.LANGUAGE: _keys("kieli;asiointikieli;äidinkieli;språk;modersmål;language;locale"),
    Target.CUSTOMER_SINCE: _keys(
        "asiakkuus alkanut;asiakas alkaen;asiakkaana alkaen;asiakkaaksi;liittymispäivä;"
        "liittynyt;rekisteröitynyt;kund sedan;registrerad;customer since;"
        "date registered;registered;user registered;date created;created at;created"
    ),
    Target.NOTES: _keys(
        "lisätiedot;lisätieto;huomautukset;huomautus;muistiinpanot;kommentti;kommentit;"
        "anteckningar;anteckning;kommentar;notes;note;comments;comment;customer note"
    ),
    Target.KIND: _keys("tyyppi;asiakastyyppi;asiakaslaji;typ;kundtyp;type;customer type"),
    Target.ORDER_REFERENCE: _keys(
        "tilausnumero;tilausnro;tilaus;ordernummer;ordernr;order number;order no;order id;order"
    ),
    Target.ORDER_DATE: _keys(
        "tilauspäivä;tilausaika;tilattu;orderdatum;beställningsdatum;order date;"
        "order created;paid at;date"
    ),
    Target.ORDER_DESCRIPTION: _keys(
        "tuote;tuotteet;tilauksen sisältö;kuvaus;produkt;produkter;beskrivning;product;"
        "products;item;items;order items;description;lineitem name;item name;line items"
    ),
    Target.ORDER_AMOUNT: _keys(
        "summa;yhteensä;loppusumma;hinta;tilauksen summa;belopp;totalt;summa totalt;"
        "total;order total;amount;total amount;price;order total amount"
    ),
    Target.ORDER_STATUS: _keys(
        "tilauksen tila;tila;orderstatus;status;order status;financial status"
    ),
    # Shopify's customer export ("Accepts Marketing" before 2022), WooCommerce's checkout
    # opt-in and newsletter plugins (MailPoet, Mailchimp for WooCommerce) as their CSV
    # exports name them, and the words a spreadsheet uses.
    Target.MARKETING_EMAIL: _keys(
        "accepts email marketing;accepts marketing;email marketing consent;email marketing;"
        "newsletter;newsletter opt in;newsletter subscription;newsletter subscribed;"
        "subscribed to newsletter;marketing opt in;marketing optin;opt in marketing;"
        "billing marketing opt in;wc marketing opt in;mailpoet subscribed;"
        "mailchimp woocommerce is subscribed;uutiskirje;uutiskirjeen tilaus;"
        "sähköpostimarkkinointi;markkinointilupa;sähköpostimarkkinointilupa;nyhetsbrev;"
        "e-postmarknadsföring;marknadsföringstillstånd"
    ),
    Target.MARKETING_SMS: _keys(
        "accepts sms marketing;sms marketing consent;sms marketing;sms opt in;"
        "sms marketing opt in;tekstiviestimarkkinointi;tekstiviestilupa;sms-marknadsföring"
    ),
}

_ALIAS_TARGET = {alias: target for target, aliases in ALIASES.items() for alias in aliases}

# Fallback words for headers no alias names exactly ("Asiakkaan sähköposti (työ)").
_WORDS = (
    (Target.EMAIL, ("sahkoposti", "email", "e mail", "e post", "epost")),
    (Target.PHONE, ("puhelin", "phone", "telefon", "mobil", "gsm")),
    (Target.POSTAL_CODE, ("postinumero", "postnummer", "postcode", "zip")),
    (Target.PERSONAL_ID, ("henkilotunnus", "personbeteckning")),
    (Target.BUSINESS_ID, ("y tunnus", "ytunnus", "fo nummer")),
    (Target.FIRST_NAME, ("etunimi", "fornamn", "first name")),
    (Target.LAST_NAME, ("sukunimi", "efternamn", "last name")),
    (Target.CITY, ("postitoimipaikka", "postort", "kaupunki")),
    (Target.STREET_ADDRESS, ("katuosoite", "lahiosoite", "gatuadress", "street")),
)


# Headers about a person's data rather than the data ("Accepts Email Marketing", "Email
# verified", "Phone count") are never guessed from the words in them.
_NOT_DATA = (
    "accepts", "marketing", "consent", "opt", "newsletter", "verified", "count", "total",
    "suostumus", "markkinointi", "uutiskirje", "samtycke", "marknadsforing",
)  # fmt: skip


def guess_target(header: str) -> Target:
    """The best guess for one header; ``IGNORE`` when nothing fits."""
    key = header_key(header)
    if not key:
        return Target.IGNORE
    if key in _ALIAS_TARGET:
        return _ALIAS_TARGET[key]
    padded = f" {key} "
    if any(f" {word} " in padded for word in _NOT_DATA):
        return Target.IGNORE
    for target, words in _WORDS:
        if any(f" {word} " in padded for word in words):
            return target
    return Target.IGNORE
