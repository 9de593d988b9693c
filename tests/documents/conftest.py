"""Sample records for the document tests and a way to read a PDF's text back (poppler's
pdftotext where installed, else pypdf)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from helpers.sample import SIGNING_PASSPHRASE
from pypdf import PdfReader

from tietosuoja_desktop.documents import (
    AccessReportData,
    SignatureBlock,
    build_privacy_statement,
    default_authority,
)
from tietosuoja_desktop.documents.signing import create_identity, sign_pdf
from tietosuoja_desktop.domain.enums import (
    Answer,
    Channel,
    ConsentAction,
    ContactKind,
    Language,
    LegalBasis,
    OrderStatus,
    RequestStatus,
    RequestType,
    RetentionAnchor,
)
from tietosuoja_desktop.domain.records import (
    ConsentEvent,
    ContactEntry,
    ControllerProfile,
    Customer,
    DataRequest,
    Order,
    Purpose,
    RegisterDescription,
    RetentionRule,
)

TODAY = date(2026, 11, 22)
MARKUP_NAME = '<font size=40>x</font> & <img src="/etc/passwd"/>'


def extract_text(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text with whitespace runs (line breaks included) collapsed to one space."""
    if shutil.which("pdftotext"):
        source = tmp_path / "extract.pdf"
        source.write_bytes(pdf)
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(source), "-"],
            capture_output=True,
            check=True,
        )
        raw = result.stdout.decode("utf-8")
    else:
        raw = "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)
    return " ".join(raw.replace("\u00a0", " ").split())


@pytest.fixture
def markup() -> str:
    """A name that is also reportlab markup: it must come out as the very same text."""
    return MARKUP_NAME


@pytest.fixture
def pdf_text(tmp_path: Path):
    return lambda pdf: extract_text(pdf, tmp_path)


@pytest.fixture
def controller() -> ControllerProfile:
    return ControllerProfile(
        name="Kahvila Esimerkki Tmi",
        business_id="3354302-8",
        street_address="Oraskatu 4",
        postal_code="20780",
        city="Kaarina",
        phone="040 123 4567",
        email="info@kahvilaesimerkki.fi",
        website="www.kahvilaesimerkki.fi",
        contact_name="Maija Meikäläinen",
        contact_phone="040 765 4321",
        contact_email="tietosuoja@kahvilaesimerkki.fi",
    )


@pytest.fixture
def register() -> RegisterDescription:
    return RegisterDescription(
        name="Kanta-asiakasrekisteri",
        id=1,
        purposes=(
            Purpose("Tilausten toimittaminen ja laskutus", LegalBasis.CONTRACT),
            Purpose("Uutiskirjeen lähettäminen", LegalBasis.CONSENT),
            Purpose(
                "Palvelun kehittäminen asiakaspalautteen perusteella",
                LegalBasis.LEGITIMATE_INTERESTS,
                "Asiakassuhteen ylläpito ja palvelun parantaminen",
            ),
        ),
        data_subject_categories="Kahvilan kanta-asiakkaat ja verkkotilausten tekijät",
        data_categories="Nimi, osoite, puhelinnumero, sähköpostiosoite, tilaushistoria",
        sources="Asiakkaalta itseltään tilauksen ja kanta-asiakkaaksi liittymisen yhteydessä",
        recipients="Kirjanpitotoimisto Numero Oy (kirjanpito)",
        processors="Verkkokauppa-alustan toimittaja",
        retention=RetentionRule(5, RetentionAnchor.LAST_ORDER),
        security_manual="Paperilomakkeet lukitussa kaapissa",
        security_electronic="Salasanasuojattu, salattu kannettava tietokone",
        transfers=Answer.NO,
        provision_required=Answer.NO,
        automated=Answer.NO,
        profiling=Answer.NO,
    )


@pytest.fixture
def customer() -> Customer:
    return Customer(
        id=42,
        first_name="Åsa",
        last_name="Öberg",
        street_address="Strandvägen 3 B 12",
        postal_code="00100",
        city="Helsingfors",
        phone="+358401234567",
        email="asa.oberg@example.fi",
        birth_date=date(1990, 1, 1),
        personal_id="010190-123A",
        language=Language.SV,
        customer_since=date(2019, 5, 3),
        register_ids=(1,),
        marketing_prohibited_on=date(2024, 2, 1),
        notes="Allergisk mot nötter.\nFöredrar havremjölk.",
    )


def make_orders(count: int, customer_id: int = 42) -> tuple[Order, ...]:
    descriptions = ("Kaffe och bulle", "Lunchbuffé för två med dessert och kaffe", "Presentkort")
    return tuple(
        Order(
            customer_id,
            date(2020, 1, 1) + timedelta(days=index),
            reference=f"T-{10000 + index}",
            description=descriptions[index % 3],
            amount_cents=350 + index * 137,
            status=OrderStatus.PAID,
            id=index + 1,
        )
        for index in range(count)
    )


@pytest.fixture
def many_orders():
    """``many_orders(1000)``: that many paid orders of customer 42, one a day from 1.1.2020."""
    return make_orders


@pytest.fixture
def access_data(controller, register, customer) -> AccessReportData:
    return AccessReportData(
        controller=controller,
        customer=customer,
        registers=(register,),
        consents=(
            ConsentEvent(
                42,
                ConsentAction.GIVEN,
                "Uutiskirje",
                datetime(2021, 3, 4, 14, 5),
                Channel.WEB_FORM,
                "Lomake 881",
            ),
            ConsentEvent(42, ConsentAction.WITHDRAWN, "Uutiskirje", datetime(2024, 2, 1, 9, 30)),
        ),
        orders=make_orders(3),
        contacts=(
            ContactEntry(
                42, date(2023, 6, 1), "Kaffet var kallt", Channel.IN_PERSON, ContactKind.COMPLAINT
            ),
        ),
        requests=(
            DataRequest(
                RequestType.MARKETING_OBJECTION,
                date(2024, 2, 1),
                status=RequestStatus.COMPLETED,
                completed_on=date(2024, 2, 2),
            ),
        ),
        request_received=date(2026, 11, 3),
        today=TODAY,
    )


@pytest.fixture
def signature() -> SignatureBlock:
    return SignatureBlock("Kaarina", TODAY, "Maija Meikäläinen", "yrittäjä")


@pytest.fixture(scope="module")
def identity_dir(tmp_path_factory) -> Path:
    """A self-made signing identity (passphrase SIGNING_PASSPHRASE), once per test module."""
    directory = tmp_path_factory.mktemp("identity")
    create_identity(
        directory,
        common_name="Kahvila Esimerkki Tmi",
        business_id="3354302-8",
        passphrase=SIGNING_PASSPHRASE,
    )
    return directory


@pytest.fixture
def statement(controller, register, signature) -> bytes:
    """An unsigned Finnish privacy statement."""
    return build_privacy_statement(
        controller,
        register,
        Language.FI,
        authority=default_authority(Language.FI),
        signature=signature,
        drawn_up=signature.date,
        changed=signature.date,
    )


@pytest.fixture
def signed(statement, identity_dir) -> bytes:
    """``statement`` signed by the app's own signing."""
    return sign_pdf(
        statement, identity_dir, SIGNING_PASSPHRASE, reason="Tietosuojaseloste", location="Kaarina"
    )
