"""Named processors in print: the privacy statement lists a register's processors under its
recipients, the Art 30 record lists each with its country, transfer mechanism and contract
date; a register without linked processors prints neither. Read back from the PDF in fi and sv."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import CONTROLLER, REGISTER

from tietosuoja_desktop.documents.texts import format_date, text
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.processors import Processor, TransferMechanism

MAILER = Processor(
    name="Postittaja Inc.",
    service="Uutiskirjepalvelu",
    country="Yhdysvallat",
    mechanism=TransferMechanism.DPF,
    contract_on=date(2025, 4, 3),
)
BOOKKEEPER = Processor(name="Tilitoimisto Numero Oy", service="Kirjanpito", country="Suomi")


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


@pytest.mark.parametrize("lang", [Language.FI, Language.SV])
def test_statement_and_record_name_the_linked_processors(services, tmp_path, lang):
    services.controller.save(CONTROLLER)
    served = services.registers.add(replace(REGISTER, processors=""))
    other = services.registers.add(replace(REGISTER, name="Toinen rekisteri", processors=""))
    services.processors.add(replace(MAILER, register_ids=(served.id,)))
    services.processors.add(replace(BOOKKEEPER, register_ids=(served.id,)))

    statement = _text(services.documents.privacy_statement(served.id, lang).pdf, tmp_path)
    recipients = statement.index(text(lang, "statement.s7"))
    listed = statement.index(text(lang, "label.processors"), recipients)
    assert statement.index("Postittaja Inc. (Uutiskirjepalvelu)") > listed
    assert "Tilitoimisto Numero Oy (Kirjanpito)" in statement
    assert statement.index(text(lang, "statement.s8")) > statement.index("Tilitoimisto Numero")

    alone = _text(services.documents.privacy_statement(other.id, lang).pdf, tmp_path)
    assert "Postittaja" not in alone and text(lang, "label.processors") not in alone

    record = _text(services.documents.processing_record(lang).pdf, tmp_path)
    mailer_line = "; ".join(
        (
            "Postittaja Inc.",
            "Uutiskirjepalvelu",
            "Yhdysvallat",
            text(lang, "transfer.dpf"),
            text(lang, "processor.contract", date=format_date(date(2025, 4, 3), lang)),
        )
    )
    assert mailer_line in record
    assert text(lang, "transfer.eea") in record and text(lang, "processor.no_contract") in record
    assert record.count(text(lang, "label.processor_contracts")) == 1  # the other has none
    assert record.index("Postittaja Inc.") < record.index("2. Toinen rekisteri")
