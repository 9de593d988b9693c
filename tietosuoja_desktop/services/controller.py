"""The business profile (one per register file) and small settings kept beside it."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select

from ..domain.records import ControllerProfile
from ..domain.validation import ValidationError, clean_controller
from ..storage.mapping import controller_record, fill_controller
from ..storage.models import ControllerRow, SettingRow
from . import audit

CONTROLLER_ID = 1


class ControllerService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def get(self) -> ControllerProfile | None:
        with self._db.reading() as session:
            row = session.get(ControllerRow, CONTROLLER_ID)
            return controller_record(row) if row else None

    def is_set_up(self) -> bool:
        return self.get() is not None

    def save(self, profile: ControllerProfile) -> ControllerProfile:
        """Create or replace the profile after checking every field."""
        cleaned, problems = clean_controller(profile)
        if problems:
            raise ValidationError(problems)
        with self._db.transaction() as session:
            row = session.get(ControllerRow, CONTROLLER_ID)
            created = row is None
            if created:
                row = ControllerRow(id=CONTROLLER_ID)
                session.add(row)
                changed = [f.name for f in fields(ControllerProfile)]
            else:
                before = controller_record(row)
                changed = [
                    f.name
                    for f in fields(ControllerProfile)
                    if getattr(before, f.name) != getattr(cleaned, f.name)
                ]
            fill_controller(row, cleaned)
            action = "create" if created else "update"
            audit.record(session, self._clock.now(), action, "controller", CONTROLLER_ID, changed)
        return cleaned


class SettingsService:
    """Key-value settings stored in the register (so they travel with its backups)."""

    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def get(self, key: str, default: str = "") -> str:
        with self._db.reading() as session:
            row = session.get(SettingRow, key)
            return row.value if row else default

    def all(self) -> dict[str, str]:
        with self._db.reading() as session:
            return {row.key: row.value for row in session.scalars(select(SettingRow))}

    def set(self, key: str, value: str) -> None:
        with self._db.transaction() as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value
            audit.record(session, self._clock.now(), "update", "setting", None, [key])
