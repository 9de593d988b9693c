"""A person's direct-marketing permissions per channel: refusals, allowing a channel again and
objections limited to one channel (each recorded with its date and audited), consents recorded
with what proves them, and the answer of the rules (domain/marketing.py) for today."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..domain.enums import StrEnum
from ..domain.marketing import MarketingChannel, MarketingPurpose, MarketingSettings, Verdict
from ..domain.marketing import may_market as rules
from ..domain.records import ConsentEvent
from ..storage.marketing_queries import marketing_people
from ..storage.models import MarketingChoiceRow
from . import audit
from .customers import load_customer

MONTHS_SETTING = "marketing.existing_customer_months"


class ChoiceKind(StrEnum):
    REFUSED = "refused"  # the person refused marketing on the channel
    ALLOWED = "allowed"  # ... and later allowed it again
    PROHIBITED = "prohibited"  # an Art 21(2) objection the person limited to the channel


class MarketingService:
    def __init__(self, services) -> None:
        self._s = services
        self._db = services.db
        self._clock = services.clock

    def settings(self) -> MarketingSettings:
        months = self._s.settings.get(MONTHS_SETTING, "")
        return MarketingSettings(int(months)) if months.isdigit() else MarketingSettings()

    def set_existing_customer_months(self, months: int) -> None:
        if not 1 <= months <= 120:
            raise ValueError("months must be 1-120")
        self._s.settings.set(MONTHS_SETTING, str(months))

    def record_choice(
        self, customer_id: int, channel: MarketingChannel, kind: ChoiceKind, on: date | None = None
    ) -> None:
        """The person refused, allowed again or prohibited marketing on ``channel``."""
        on = on or self._clock.today()
        if on > self._clock.today():
            raise ValueError("a choice is recorded on or before today")
        with self._db.transaction() as session:
            load_customer(session, customer_id)
            session.add(
                MarketingChoiceRow(
                    customer_id=customer_id,
                    channel=MarketingChannel(channel).value,
                    kind=ChoiceKind(kind).value,
                    on=on,
                    recorded_at=self._clock.now(),
                )
            )
            audit.record(
                session,
                self._clock.now(),
                f"marketing_{kind}",
                "customer",
                customer_id,
                [f"marketing_{channel}"],
            )

    def choices(self, customer_id: int) -> list[tuple[MarketingChannel, ChoiceKind, date]]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(MarketingChoiceRow)
                .where(MarketingChoiceRow.customer_id == customer_id)
                .order_by(MarketingChoiceRow.on, MarketingChoiceRow.id)
            )
            return [(MarketingChannel(r.channel), ChoiceKind(r.kind), r.on) for r in rows]

    def add_consent(self, event: ConsentEvent, evidence_path: Path | None = None) -> ConsentEvent:
        """A consent given or withdrawn, with the evidence file's name and SHA-256 (the file
        itself stays where the user keeps it; its hash shows it was not changed since)."""
        if evidence_path is not None:
            digest = hashlib.sha256(Path(evidence_path).read_bytes()).hexdigest()
            event = replace(event, evidence_file=Path(evidence_path).name, evidence_sha256=digest)
        return self._s.activity.add_consent(event)

    def permissions(
        self, customer_id: int, purpose: MarketingPurpose, today: date | None = None
    ) -> dict[MarketingChannel, Verdict]:
        """The rules' answer for each channel, as of ``today`` (default: the clock's today)."""
        today = today or self._clock.today()
        settings = self.settings()
        with self._db.reading() as session:
            found = list(marketing_people(session, purpose.id, customer_id))
        if not found:
            raise LookupError(customer_id)
        _, person = found[0]
        return {
            channel: rules(person, channel, purpose, today, settings)
            for channel in MarketingChannel
        }
