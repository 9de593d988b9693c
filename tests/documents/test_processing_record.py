"""The record of processing activities (Art 30): the controller, and per register the
purposes, categories, recipients, transfers, retention and security measures."""

from __future__ import annotations

import dataclasses
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import build_processing_record
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Answer, Language

TODAY = date(2026, 11, 22)


def build(controller, registers, lang, signature) -> bytes:
    return build_processing_record(controller, registers, lang, signature=signature, today=TODAY)


@pytest.mark.parametrize("lang", list(Language))
def test_record_lists_every_register_with_its_facts(
    controller, register, signature, lang, pdf_text
):
    marketing = dataclasses.replace(
        register,
        name="Markkinointirekisteri",
        transfers=Answer.YES,
        transfer_safeguards="Vakiosopimuslausekkeet",
        security_manual="",
        security_electronic="",
        automated=Answer.UNANSWERED,
        profiling=Answer.UNANSWERED,
    )
    pdf = build(controller, [register, marketing], lang, signature)
    content = pdf_text(pdf)
    for expected in (
        text(lang, "record.title"),
        "Kahvila Esimerkki Tmi",
        "3354302-8",
        "Maija Meikäläinen",
        text(lang, "record.no_dpo"),
        "1. Kanta-asiakasrekisteri",
        "2. Markkinointirekisteri",
        "Kahvilan kanta-asiakkaat ja verkkotilausten tekijät",
        "Nimi, osoite, puhelinnumero",
        "Kirjanpitotoimisto Numero Oy",
        "Verkkokauppa-alustan toimittaja",
        text(lang, "statement.no_transfers"),
        "Vakiosopimuslausekkeet",
        text(lang, "label.security"),
        "Salasanasuojattu, salattu kannettava tietokone",
        text(lang, "common.not_specified"),
        "Maija Meikäläinen yrittäjä",
    ):
        assert expected in content, expected
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata.title == text(lang, "record.title")
    assert reader.metadata.author == "Kahvila Esimerkki Tmi"


def test_record_without_registers(controller, signature, pdf_text):
    content = pdf_text(build(controller, [], Language.FI, signature))
    assert text(Language.FI, "record.no_registers") in content


def test_record_with_a_dpo(controller, register, signature, pdf_text):
    controller = dataclasses.replace(
        controller, dpo_name="Tiina Tietosuoja", dpo_email="dpo@example.fi", dpo_phone="050 1"
    )
    content = pdf_text(build(controller, [register], Language.FI, signature))
    assert "Tiina Tietosuoja" in content and "dpo@example.fi" in content
    assert text(Language.FI, "record.no_dpo") not in content
