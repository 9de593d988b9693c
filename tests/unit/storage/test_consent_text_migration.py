"""Migration 0021 from the landed schema with consents in it: every consent kept as it was,
naming no text version and no statement version ("text not recorded"); new consents name
their text version and archive their evidence; the way down keeps the consents."""

from __future__ import annotations

from datetime import date, datetime

from helpers.migrations import migrate_to, previous
from helpers.registers import key_of
from helpers.sample import CONTROLLER, REGISTER, person

from tietosuoja_desktop.domain.consent_texts import ConsentText
from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.marketing import ConsentMethod
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

REVISION = "0021"


def test_landed_consents_migrate_as_text_not_recorded(data_dir, clock, tmp_path):
    with open_services(data_dir, clock) as services:
        services.controller.save(CONTROLLER)
        register = services.registers.add(REGISTER)
        customer = services.customers.add(person())
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "consent_text" not in tables and "consent_evidence" not in tables
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:  # consents as the landed app recorded them
            for action, at, text in (
                ("given", "2024-05-02 10:00:00.000000", "Haluan uutiskirjeen."),
                ("withdrawn", "2025-01-07 09:30:00.000000", ""),
            ):
                connection.exec_driver_sql(
                    "INSERT INTO consent_event (customer_id, action, purpose, at, channel, "
                    "evidence, marketing_channel, method, consent_text, evidence_file, "
                    "evidence_sha256, recorded_by) VALUES (?, ?, 'Uutiskirje', ?, 'letter', "
                    "'lomake', 'email', 'paper_form', ?, 'lomake.pdf', 'ab12', 'Maija')",
                    (customer.id, action, at, text),
                )
    finally:
        engine.dispose()
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        old = services.activity.consents(customer.id)
        assert [(c.action, c.at, c.text, c.method, c.evidence_file) for c in old] == [
            (
                ConsentAction.GIVEN,
                datetime(2024, 5, 2, 10),
                "Haluan uutiskirjeen.",
                ConsentMethod.PAPER_FORM,
                "lomake.pdf",
            ),
            (
                ConsentAction.WITHDRAWN,
                datetime(2025, 1, 7, 9, 30),
                "",
                ConsentMethod.PAPER_FORM,
                "lomake.pdf",
            ),
        ]
        assert {(c.consent_text_id, c.statement_version_id) for c in old} == {(None, None)}
        text = services.consent_texts.add(ConsentText(register.id, 0, date(2025, 6, 1), "Kyllä"))
        scan = tmp_path / "uusi.pdf"
        scan.write_bytes(b"%PDF-1.4 new")
        new = services.marketing.add_consent(
            ConsentEvent(
                customer.id,
                ConsentAction.GIVEN,
                "Uutiskirje",
                datetime(2026, 2, 1, 12),
                consent_text_id=text.id,
            ),
            evidence_path=scan,
        )
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "consent_text" not in tables and "consent_evidence" not in tables
    with open_services(data_dir, clock) as services:
        assert len(services.activity.consents(customer.id)) == 3
        assert services.consent_texts.list(register.id) == []  # its table made anew, empty
        assert services.activity.consents(customer.id)[-1].id == new.id
