"""The profile and the settings read with plain SQL (what the window reads before its first
paint, without the ORM's tables: issue 18) agree with the mapped rows the writes leave."""

from __future__ import annotations

from dataclasses import replace

from helpers.sample import CONTROLLER
from sqlalchemy import select

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.storage import profile_queries as queries
from tietosuoja_desktop.storage.models import AuditRow, ControllerRow, SettingRow


def test_no_profile_reads_as_none_until_one_is_saved(services):
    assert not services.controller.is_set_up()
    assert services.controller.get() is None
    with services.db.connected() as connection:
        assert queries.controller_profile(connection) is None


def test_the_profile_read_with_plain_sql_is_the_one_saved(services):
    saved = services.controller.save(replace(CONTROLLER, document_language=Language.SV))
    assert services.controller.is_set_up()
    assert services.controller.get() == saved
    with services.db.reading() as session:
        row = session.get(ControllerRow, queries.CONTROLLER_ID)
        assert queries.controller_record(row) == saved
    changed = services.controller.save(replace(saved, name="Kahvila Uusi Tmi", dpo_name="Aino"))
    assert services.controller.get() == changed


def test_a_setting_reads_as_written_and_its_change_is_audited_by_key_only(services):
    assert services.settings.get("idle_minutes", "10") == "10"
    assert services.settings.get("idle_minutes") == ""
    services.settings.set("idle_minutes", "5")
    services.settings.set("signature.title", "Yrittäjä")
    services.settings.set("idle_minutes", "0")  # replaced, not added
    assert services.settings.get("idle_minutes", "10") == "0"
    with services.db.reading() as session:
        rows = {row.key: row.value for row in session.scalars(select(SettingRow))}
        audited = session.scalars(select(AuditRow).where(AuditRow.entity == "setting")).all()
    assert services.settings.all() == rows
    assert rows["idle_minutes"] == "0" and rows["signature.title"] == "Yrittäjä"
    assert [entry.fields for entry in audited] == [
        "idle_minutes",
        "signature.title",
        "idle_minutes",
    ]
    assert not [entry for entry in audited if "Yrittäjä" in entry.fields]


def test_a_register_at_the_newest_schema_is_opened_and_read_without_an_engine(services):
    """The window's reads before its first paint (the profile, a setting, the checkpoint at
    closing) use connections of their own until SQLAlchemy is first needed (issue 18)."""
    assert services.db._engine is None
    assert services.controller.get() is None
    assert services.settings.get("idle_minutes", "10") == "10"
    assert services.db._engine is None
    services.settings.set("idle_minutes", "3")  # a write: the ORM's session, its engine
    assert services.db._engine is not None
    assert services.settings.get("idle_minutes") == "3"  # now one of the engine's pool
