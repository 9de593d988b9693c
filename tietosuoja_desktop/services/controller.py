"""The business profile (one per register file) and small settings kept beside it.

The window reads both before its first paint (whether the business is set up, its name, the
idle lock's minutes), so the reads are plain SQL (``storage/profile_queries.py``) and only the
writes load SQLAlchemy's ORM, the mapped tables and the audit trail, when first made
(issue 18)."""

from __future__ import annotations

from dataclasses import fields

from ..domain.records import ControllerProfile
from ..domain.validation import ValidationError, clean_controller
from ..storage import profile_queries as queries
from ..storage.profile_queries import CONTROLLER_ID, controller_record, fill_controller

__all__ = ["CONTROLLER_ID", "ControllerService", "SettingsService"]


class ControllerService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def get(self) -> ControllerProfile | None:
        with self._db.connected() as connection:
            return queries.controller_profile(connection)

    def is_set_up(self) -> bool:
        return self.get() is not None

    def save(self, profile: ControllerProfile) -> ControllerProfile:
        """Create or replace the profile after checking every field."""
        cleaned, problems = clean_controller(profile)
        if problems:
            raise ValidationError(problems)
        # the mapped tables on the first write: the first paint only reads (issue 18)
        from ..storage.models import ControllerRow
        from . import audit  # the first write: the audit trail's mapped table (issue 18)

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
        with self._db.connected() as connection:
            value = queries.setting(connection, key)
        return default if value is None else value

    def all(self) -> dict[str, str]:
        with self._db.connected() as connection:
            return queries.all_settings(connection)

    def set(self, key: str, value: str) -> None:
        from . import audit  # the first write: the audit trail's mapped table (issue 18)

        with self._db.transaction() as session:
            queries.put_setting(session.connection().connection, key, value)
            audit.record(session, self._clock.now(), "update", "setting", None, [key])
