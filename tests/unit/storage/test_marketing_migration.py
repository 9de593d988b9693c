"""Migration 0010 (marketing channels) on a demo register made at the landed schema: every consent
kept, its method read from how it came in, not limited to a channel (as every consent meant
before), and the all-channel objections still excluding the person on every channel."""

from __future__ import annotations

from collections import Counter

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from helpers.registers import key_of
from sqlalchemy import text

from tietosuoja_desktop.domain.marketing import Exclusion, MarketingChannel, MarketingPurpose
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.demo import MARKETING_PURPOSE, generate_demo
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

# The revision before this one, read from the script so the lead can re-chain it.
BEFORE = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0010").down_revision
METHOD_OF = {
    "email": "email",
    "letter": "paper_form",
    "in_person": "in_person",
    "phone": "phone",
    "web_form": "web_form",
    "other": "other",
}


def test_demo_consents_and_objections_reach_the_per_channel_model(data_dir, clock):
    with open_services(data_dir, clock) as services:
        generate_demo(services, 300, seed=5)
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), BEFORE)
            before = Counter(
                connection.exec_driver_sql(
                    "SELECT customer_id, action, purpose, at, channel FROM consent_event"
                ).fetchall()
            )
            prohibited = {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT id FROM customer WHERE marketing_prohibited_on IS NOT NULL "
                    "AND restricted_on IS NULL"
                )
            }
    finally:
        engine.dispose()
    assert before and prohibited
    with open_services(data_dir, clock) as services:
        assert migrate.current_revision(services.db.engine) == migrate.HEAD
        with services.db.reading() as session:
            after = session.execute(
                text(
                    "SELECT customer_id, action, purpose, at, channel, method, "
                    "marketing_channel FROM consent_event"
                )
            ).fetchall()
        assert Counter(tuple(row[:5]) for row in after) == before
        assert all(row[5] == METHOD_OF[row[4]] and row[6] is None for row in after)
        purpose = MarketingPurpose(MARKETING_PURPOSE)
        for customer_id in sorted(prohibited)[:20]:
            verdicts = services.marketing.permissions(customer_id, purpose)
            assert {v.exclusion for v in verdicts.values()} == {Exclusion.PROHIBITED}
        given = {row[0] for row in after if row[1] == "given"} - prohibited
        allowed = [
            services.marketing.permissions(customer_id, purpose)[MarketingChannel.EMAIL].allowed
            for customer_id in sorted(given)[:20]
        ]
        assert any(allowed)
