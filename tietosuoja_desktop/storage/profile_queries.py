"""The business profile and the register's settings, read through SQLAlchemy Core with plain
SQL, without the mapped tables: the window reads them before its first paint (whether the
business is set up, its name for the title, the idle lock's minutes), and importing the ORM
and ``models.py`` for that cost about 0.2 s of CPU at every start (issue 18). The tables and
columns are ``models.ControllerRow``'s and ``models.SettingRow``'s; the profile's row and its
record map here, in both directions, for the ORM's rows as well."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from ..domain.enums import Language
from ..domain.records import ControllerProfile

if TYPE_CHECKING:
    from sqlalchemy import Connection

CONTROLLER_ID = 1  # one business a register file
CONTROLLER_FIELDS = tuple(
    f.name for f in fields(ControllerProfile) if f.name != "document_language"
)
_PROFILE_COLUMNS = ", ".join((*CONTROLLER_FIELDS, "document_language"))


def controller_record(row: Any) -> ControllerProfile:
    """The profile from its row: a mapped ``ControllerRow`` or a Core row of its columns."""
    values = {name: getattr(row, name) for name in CONTROLLER_FIELDS}
    return ControllerProfile(**values, document_language=Language(row.document_language))


def fill_controller(row: Any, profile: ControllerProfile) -> None:
    for name in CONTROLLER_FIELDS:
        setattr(row, name, getattr(profile, name))
    row.document_language = profile.document_language.value


def controller_profile(connection: Connection) -> ControllerProfile | None:
    row = connection.exec_driver_sql(
        f"SELECT {_PROFILE_COLUMNS} FROM controller_profile WHERE id = ?", (CONTROLLER_ID,)
    ).first()
    return controller_record(row) if row is not None else None


def setting(connection: Connection, key: str) -> str | None:
    row = connection.exec_driver_sql("SELECT value FROM app_setting WHERE key = ?", (key,)).first()
    return row[0] if row is not None else None


def all_settings(connection: Connection) -> dict[str, str]:
    return dict(connection.exec_driver_sql("SELECT key, value FROM app_setting").all())


def put_setting(connection: Connection, key: str, value: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO app_setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
