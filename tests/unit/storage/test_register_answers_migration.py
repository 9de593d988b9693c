"""Migration 0011 from the landed schema with data in it: a claim the user never answered
becomes "not yet answered" (the old default no longer prints as "no"), what the user did answer
stays answered, and each purpose keeps its own legitimate interest."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from alembic import command
from helpers.registers import key_of
from helpers.sample import REGISTER
from sqlalchemy import text
from sqlalchemy.orm import Session

from tietosuoja_desktop.domain.enums import Answer, LegalBasis
from tietosuoja_desktop.domain.records import Purpose
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import audit, open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

LANDED = "0009"  # the landed schema (before 0010 and 0011)
INTERESTS = (
    Purpose("Markkinointi", LegalBasis.LEGITIMATE_INTERESTS, "Asiakassuhteen ylläpito"),
    Purpose("Tietoturva", LegalBasis.LEGITIMATE_INTERESTS, "Verkkokaupan väärinkäytösten esto"),
)


def _on_the_landed_schema(data_dir, statements, touched_transfers: list[int]) -> None:
    """Downgrade to the landed schema and write rows as the old app left them."""
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), LANDED)
            for statement in statements:
                connection.execute(text(statement))
            at = datetime(2026, 3, 1, 12, 0)
            with Session(bind=connection) as session:  # chained as the old services wrote it
                for register_id in touched_transfers:
                    fields = ["name", "transfers_outside_eea"]
                    audit.record(session, at, "update", "register", register_id, fields)
                audit.record(session, at, "update", "register", 3, ["name", "sources"])
                session.flush()
    finally:
        engine.dispose()


def test_old_defaults_become_unanswered_and_answers_stay(data_dir, clock):
    with open_services(data_dir, clock) as services:
        first = services.registers.add(replace(REGISTER, name="Siirtää", purposes=INTERESTS))
        second = services.registers.add(replace(REGISTER, name="Ei siirrä"))
        third = services.registers.add(replace(REGISTER, name="Ei koskaan vastattu"))
    assert (first.id, second.id, third.id) == (1, 2, 3)
    _on_the_landed_schema(
        data_dir,
        [
            "UPDATE register_description SET transfers_outside_eea = 1, "
            "transfer_safeguards = 'Vakiosopimuslausekkeet', "
            "statutory_requirement = 'Tilaus vaatii nimen ja osoitteen.', "
            "automated_decisions = 'Luottoraja lasketaan maksuhistoriasta.' WHERE id = 1",
            # 2 and 3 keep the old defaults: no transfers flag, empty texts
            "UPDATE register_description SET transfers_outside_eea = 0, "
            "statutory_requirement = '  ', automated_decisions = '' WHERE id IN (2, 3)",
        ],
        touched_transfers=[2],
    )
    with open_services(data_dir, clock) as services:
        registers = {r.id: r for r in services.registers.list()}
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
    one, two, three = registers[1], registers[2], registers[3]
    assert (one.transfers, one.provision_required, one.automated, one.profiling) == (
        Answer.YES,
        Answer.YES,
        Answer.YES,
        Answer.UNANSWERED,
    )
    assert one.transfer_safeguards == "Vakiosopimuslausekkeet"
    assert one.automated_decisions == "Luottoraja lasketaan maksuhistoriasta."
    # The user cleared the flag themselves (the audit log names it): an answered "no".
    assert two.transfers is Answer.NO
    # Never touched: the old default, now not yet answered.
    assert three.transfers is Answer.UNANSWERED
    for register in (two, three):
        assert register.provision_required is Answer.UNANSWERED
        assert register.automated is Answer.UNANSWERED
        assert register.profiling is Answer.UNANSWERED
        assert register.security_organisational == ""
    # Each purpose kept its own interest.
    assert one.purposes == INTERESTS
    assert [p.legitimate_interest for p in two.purposes] == ["", "Asiakassuhteen ylläpito"]


def test_the_way_down_keeps_the_transfers_flag(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.registers.add(
            replace(REGISTER, transfers=Answer.WHEN_NECESSARY, transfer_safeguards="DPF")
        )
        services.registers.add(replace(REGISTER, name="Toinen", transfers=Answer.NO))
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), LANDED)
            flags = connection.execute(
                text("SELECT transfers_outside_eea FROM register_description ORDER BY id")
            ).scalars()
            assert list(flags) == [1, 0]
    finally:
        engine.dispose()
