"""The Art 37 decision on a data protection officer (domain/dpo_decision.py): recorded and read.
The DPO's contact details live in the business details (``ControllerProfile.dpo_*``); a
decision given with a contact changes them in the same transaction, so the two never disagree.
The audit names fields, never their values."""

from __future__ import annotations

from dataclasses import fields, replace

from ..domain.dpo_decision import DpoContact, DpoDecision, decision_problems
from ..domain.validation import ValidationError, clean_controller
from ..storage.models import ControllerRow, DpoDecisionRow
from ..storage.profile_queries import controller_record, fill_controller
from ..storage.security_mapping import decision_record, fill_decision
from . import audit
from .controller import CONTROLLER_ID
from .errors import NotFound

DECISION_ID = 1
ENTITY = "dpo_decision"


class DpoDecisionService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def get(self) -> DpoDecision | None:
        with self._db.reading() as session:
            row = session.get(DpoDecisionRow, DECISION_ID)
            return decision_record(row) if row is not None else None

    def contact(self) -> DpoContact:
        """The DPO named in the business details (empty when none is)."""
        with self._db.reading() as session:
            row = session.get(ControllerRow, CONTROLLER_ID)
            if row is None:
                return DpoContact()
            return DpoContact(row.dpo_name, row.dpo_email, row.dpo_phone)

    def save(self, decision: DpoDecision, contact: DpoContact | None = None) -> DpoDecision:
        """Record or replace the decision; ``contact`` (when given) replaces the DPO's contact
        in the business details. Every problem of both is told at once; nothing is kept
        unless all is right. A decision not to appoint one clears no contact by itself."""
        with self._db.transaction() as session:
            controller_row = session.get(ControllerRow, CONTROLLER_ID)
            if controller_row is None:
                raise NotFound("controller", CONTROLLER_ID)
            before_profile = controller_record(controller_row)
            profile = before_profile
            problems = []
            if contact is not None:
                profile = replace(
                    profile, dpo_name=contact.name, dpo_email=contact.email, dpo_phone=contact.phone
                )
                profile, found = clean_controller(profile)
                problems += [p for p in found if p.field.startswith("dpo_")]
            cleaned, found = decision_problems(
                decision,
                self._clock.today(),
                dpo_name=profile.dpo_name,
                dpo_reachable=bool(profile.dpo_email or profile.dpo_phone),
            )
            problems = found + problems
            if problems:
                raise ValidationError(problems)
            self._keep_contact(session, controller_row, before_profile, profile)
            row = session.get(DpoDecisionRow, DECISION_ID)
            before = decision_record(row) if row is not None else None
            changed = [
                f.name
                for f in fields(DpoDecision)
                if before is None or getattr(before, f.name) != getattr(cleaned, f.name)
            ]
            if not changed:
                return before
            if row is None:
                row = DpoDecisionRow(id=DECISION_ID)
                session.add(row)
            fill_decision(row, cleaned)
            session.flush()
            action = "create" if before is None else "update"
            audit.record(session, self._clock.now(), action, ENTITY, DECISION_ID, changed)
            return decision_record(row)

    def _keep_contact(self, session, row, before, after) -> None:
        names = ("dpo_name", "dpo_email", "dpo_phone")
        changed = [n for n in names if getattr(before, n) != getattr(after, n)]
        if changed:
            fill_controller(row, after)
            audit.record(session, self._clock.now(), "update", "controller", CONTROLLER_ID, changed)
