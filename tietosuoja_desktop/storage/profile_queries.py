"""The business profile and the register's settings, read with plain SQL on a DB-API
connection (``Database.connected``), without SQLAlchemy or the mapped tables: the window reads
them before its first paint (whether the business is set up, its name for the title, the idle
lock's minutes), and importing SQLAlchemy, the ORM and ``models.py`` for that cost about
0.35 s of CPU at every start (issue 18). The tables and columns are ``models.ControllerRow``'s
and ``models.SettingRow``'s; the profile's row and its record map here, both ways, for the
ORM's rows as well."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from ..domain.enums import Language
from ..domain.records import ControllerProfile

CONTROLLER_ID = 1  # one business a register file
CONTROLLER_FIELDS = tuple(
    f.name for f in fields(ControllerProfile) if f.name != "document_language"
)
_PROFILE_COLUMNS = (*CONTROLLER_FIELDS, "document_language")


def _profile(values: Mapping[str, Any]) -> ControllerProfile:
    kept = {name: values[name] for name in CONTROLLER_FIELDS}
    return ControllerProfile(**kept, document_language=Language(values["document_language"]))


def controller_record(row: Any) -> ControllerProfile:
    """The profile from a mapped ``ControllerRow``."""
    return _profile({name: getattr(row, name) for name in _PROFILE_COLUMNS})


def fill_controller(row: Any, profile: ControllerProfile) -> None:
    for name in CONTROLLER_FIELDS:
        setattr(row, name, getattr(profile, name))
    row.document_language = profile.document_language.value


def _one(connection: Any, sql: str, parameters: tuple = ()) -> tuple | None:
    cursor = connection.cursor()
    try:
        return cursor.execute(sql, parameters).fetchone()
    finally:
        cursor.close()


def controller_profile(connection: Any) -> ControllerProfile | None:
    row = _one(
        connection,
        f"SELECT {', '.join(_PROFILE_COLUMNS)} FROM controller_profile WHERE id = ?",
        (CONTROLLER_ID,),
    )
    return _profile(dict(zip(_PROFILE_COLUMNS, row, strict=True))) if row is not None else None


def setting(connection: Any, key: str) -> str | None:
    row = _one(connection, "SELECT value FROM app_setting WHERE key = ?", (key,))
    return row[0] if row is not None else None


def all_settings(connection: Any) -> dict[str, str]:
    cursor = connection.cursor()
    try:
        return dict(cursor.execute("SELECT key, value FROM app_setting").fetchall())
    finally:
        cursor.close()


def put_setting(connection: Any, key: str, value: str) -> None:
    """Add or replace a setting (on the connection of the caller's transaction)."""
    cursor = connection.cursor()
    try:
        cursor.execute(
            "INSERT INTO app_setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
    finally:
        cursor.close()
