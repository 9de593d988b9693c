"""A person's direct-marketing permissions per channel: refusals, allowing a channel again and
objections limited to one channel (each recorded with its date and audited), consents recorded
with what proves them, and the answer of the rules (domain/marketing.py) for today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..domain.enums import LegalBasis, StrEnum
from ..domain.marketing import MarketingChannel, MarketingPurpose, MarketingSettings, Verdict
from ..domain.marketing import may_market as rules
from ..domain.records import ConsentEvent
from ..storage.marketing_queries import marketing_people
from ..storage.models import ConsentRow, MarketingChoiceRow, PurposeRow
from . import audit
from .customers import load_customer
from .suppression import SuppressionService

MONTHS_SETTING = "marketing.existing_customer_months"
# Register purposes that can be marketing: asked consent for, or run on legitimate interests.
MARKETING_BASES = (LegalBasis.CONSENT.value, LegalBasis.LEGITIMATE_INTERESTS.value)


class UnknownPurpose(LookupError):
    """No register purpose and no recorded consent has this id or text; ``known`` lists them."""

    def __init__(self, given: str, known: list[str]) -> None:
        super().__init__(given)
        self.known = known


class ChoiceKind(StrEnum):
    REFUSED = "refused"  # the person refused marketing on the channel
    ALLOWED = "allowed"  # ... and later allowed it again
    PROHIBITED = "prohibited"  # an Art 21(2) objection the person limited to the channel


class MarketingService:
    def __init__(self, services) -> None:
        self._s = services
        self._db = services.db
        self._clock = services.clock
        self.suppression = SuppressionService(services)

    def settings(self) -> MarketingSettings:
        months = self._s.settings.get(MONTHS_SETTING, "")
        return MarketingSettings(int(months)) if months.isdigit() else MarketingSettings()

    def set_existing_customer_months(self, months: int) -> None:
        if not 1 <= months <= 120:
            raise ValueError("months must be 1-120")
        self._s.settings.set(MONTHS_SETTING, str(months))

    def purposes(self) -> list[str]:
        """What marketing may be for: the registers' consent and legitimate-interest purposes
        and every purpose a consent has been recorded for, alphabetically."""
        with self._db.reading() as session:
            declared = session.scalars(
                select(PurposeRow.description).where(PurposeRow.legal_basis.in_(MARKETING_BASES))
            )
            consented = session.scalars(select(ConsentRow.purpose).distinct())
            return sorted({text.strip() for text in (*declared, *consented) if text.strip()})

    def purpose(
        self,
        number_or_text: str,
        *,
        own_similar_products: bool = False,
        business_role: bool = False,
    ) -> MarketingPurpose:
        """The purpose named by its text or by its number in :meth:`purposes` (from 1). The two
        flags are the export's options, not stored with the purpose: the same purpose may be
        marketed as the business's own similar products one day and as something new the next,
        and only the person exporting knows which."""
        given = number_or_text.strip()
        known = self.purposes()
        text = given
        if given.isdigit() and 1 <= int(given) <= len(known) and given not in known:
            text = known[int(given) - 1]
        if text not in known:
            raise UnknownPurpose(given, known)
        return MarketingPurpose(text, own_similar_products, business_role)

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
        """A consent given or withdrawn; the evidence file (a scan, a saved e-mail) is copied
        into the register's archive with its SHA-256, so it proves the consent even if the
        user's own copy goes. An unreadable file raises OSError before anything is written."""
        evidence = None
        if evidence_path is not None:
            path = Path(evidence_path)
            evidence = (path.name, path.read_bytes())
        return self._s.activity.add_consent(event, evidence)

    def permissions(
        self, customer_id: int, purpose: MarketingPurpose, today: date | None = None
    ) -> dict[MarketingChannel, Verdict]:
        """The rules' answer for each channel, as of ``today`` (default: the clock's today)."""
        today = today or self._clock.today()
        settings = self.settings()
        with self._db.reading() as session:
            suppression = self.suppression.current(session)
            found = list(marketing_people(session, purpose.id, customer_id, suppression))
        if not found:
            raise LookupError(customer_id)
        _, person = found[0]
        return {
            channel: rules(person, channel, purpose, today, settings)
            for channel in MarketingChannel
        }
