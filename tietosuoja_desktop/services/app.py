"""The services of one open register, built once at start-up and handed to the CLI or windows."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Generic, TypeVar

from ..paths import database_path
from ..storage import migrate
from ..storage.db import Database
from ..storage.encryption import RegisterKey
from .clock import Clock, SystemClock
from .controller import ControllerService, SettingsService
from .encryption import EncryptionService, key_for

if TYPE_CHECKING:
    from .access_list import AccessListService
    from .activity import ActivityService
    from .audit import AuditService
    from .backups import BackupService
    from .breaches import BreachService
    from .consent_texts import ConsentTextService
    from .customers import CustomerService
    from .documents import DocumentService
    from .dpia import DpiaService
    from .dpo_decision import DpoDecisionService
    from .email_drafts import EmailDraftService
    from .erasure import ErasureService
    from .exporting import Exporter
    from .fulfilment import FulfilmentService
    from .importing import Importer
    from .inspection import InspectionService
    from .interest_assessments import InterestAssessmentService
    from .legal_holds import LegalHoldService
    from .marketing import MarketingService
    from .policy import PolicyService
    from .processors import ProcessorService
    from .recipients import RecipientService
    from .registers import RegisterService
    from .requests import RequestService
    from .retention import RetentionService
    from .retention_run import RetentionRunService
    from .security_review import SecurityReviewService
    from .statement_versions import StatementVersionService


T = TypeVar("T")


class OnFirstUse(Generic[T]):
    """A service built when first asked for, its module imported then (the window's first
    paint needs few of the services; issue 18). Built once, under a lock: background reads
    ask for services too."""

    _lock = threading.RLock()  # re-entrant: building one service may ask for another

    def __init__(self, module: str, build: Callable[[ModuleType, Services], T]) -> None:
        self._module = module
        self._build = build
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, services: Services | None, owner: type | None = None) -> T:
        if services is None:
            return self  # type: ignore[return-value] - the descriptor itself, on the class
        with self._lock:
            if self._name not in services.__dict__:
                # on first use: the service's module is not needed for the first paint
                module = importlib.import_module(f".{self._module}", __package__)
                services.__dict__[self._name] = self._build(module, services)
        return services.__dict__[self._name]


class Services:
    # Built on first use, their modules imported then (with the ORM and the mapped tables):
    # the first paint needs none of them; what it reads goes through ``controller``,
    # ``settings`` and ``encryption``, built at once (issue 18).
    registers: OnFirstUse[RegisterService] = OnFirstUse(
        "registers", lambda m, s: m.RegisterService(s.db, s.clock)
    )
    processors: OnFirstUse[ProcessorService] = OnFirstUse(
        "processors", lambda m, s: m.ProcessorService(s.db, s.clock)
    )
    customers: OnFirstUse[CustomerService] = OnFirstUse(
        "customers", lambda m, s: m.CustomerService(s.db, s.clock, s.registers)
    )
    requests: OnFirstUse[RequestService] = OnFirstUse(
        "requests", lambda m, s: m.RequestService(s.db, s.clock)
    )
    breaches: OnFirstUse[BreachService] = OnFirstUse(
        "breaches", lambda m, s: m.BreachService(s.db, s.clock)
    )
    retention: OnFirstUse[RetentionService] = OnFirstUse(
        "retention", lambda m, s: m.RetentionService(s.db, s.clock, s.registers)
    )
    activity: OnFirstUse[ActivityService] = OnFirstUse(
        "activity", lambda m, s: m.ActivityService(s.db, s.clock)
    )
    assessments: OnFirstUse[InterestAssessmentService] = OnFirstUse(
        "interest_assessments", lambda m, s: m.InterestAssessmentService(s.db, s.clock)
    )
    dpia: OnFirstUse[DpiaService] = OnFirstUse("dpia", lambda m, s: m.DpiaService(s.db, s.clock))
    dpo: OnFirstUse[DpoDecisionService] = OnFirstUse(
        "dpo_decision", lambda m, s: m.DpoDecisionService(s.db, s.clock)
    )
    security: OnFirstUse[SecurityReviewService] = OnFirstUse(
        "security_review", lambda m, s: m.SecurityReviewService(s)
    )
    recipients: OnFirstUse[RecipientService] = OnFirstUse(
        "recipients", lambda m, s: m.RecipientService(s.db, s.clock)
    )
    statement_versions: OnFirstUse[StatementVersionService] = OnFirstUse(
        "statement_versions", lambda m, s: m.StatementVersionService(s.db, s.clock)
    )
    consent_texts: OnFirstUse[ConsentTextService] = OnFirstUse(
        "consent_texts", lambda m, s: m.ConsentTextService(s.db, s.clock)
    )
    marketing: OnFirstUse[MarketingService] = OnFirstUse(
        "marketing", lambda m, s: m.MarketingService(s)
    )
    backups: OnFirstUse[BackupService] = OnFirstUse("backups", lambda m, s: m.BackupService(s))
    erasure: OnFirstUse[ErasureService] = OnFirstUse(
        "erasure", lambda m, s: m.ErasureService(s.db, s.clock, s.backups)
    )
    holds: OnFirstUse[LegalHoldService] = OnFirstUse(
        "legal_holds", lambda m, s: m.LegalHoldService(s.db, s.clock)
    )
    retention_run: OnFirstUse[RetentionRunService] = OnFirstUse(
        "retention_run", lambda m, s: m.RetentionRunService(s.db, s.clock, s.registers, s.erasure)
    )
    audit: OnFirstUse[AuditService] = OnFirstUse("audit", lambda m, s: m.AuditService(s))
    access: OnFirstUse[AccessListService] = OnFirstUse(
        "access_list", lambda m, s: m.AccessListService(s.db, s.clock)
    )
    policy: OnFirstUse[PolicyService] = OnFirstUse("policy", lambda m, s: m.PolicyService(s))
    documents: OnFirstUse[DocumentService] = OnFirstUse(
        "documents", lambda m, s: m.DocumentService(s)
    )
    fulfilment: OnFirstUse[FulfilmentService] = OnFirstUse(
        "fulfilment", lambda m, s: m.FulfilmentService(s)
    )
    inspection: OnFirstUse[InspectionService] = OnFirstUse(
        "inspection", lambda m, s: m.InspectionService(s)
    )
    email_drafts: OnFirstUse[EmailDraftService] = OnFirstUse(
        "email_drafts", lambda m, s: m.EmailDraftService(s)
    )

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.controller = ControllerService(db, clock)
        self.settings = SettingsService(db, clock)
        self.encryption = EncryptionService(self)

    @cached_property
    def importer(self) -> Importer:
        """The CSV import, built on first use."""
        from .importing import Importer  # on first use: CSV reading and bulk checks, ~0.1 s

        return Importer(self)

    @cached_property
    def exporter(self) -> Exporter:
        """The CSV and spreadsheet exports, built on first use."""
        from .exporting import Exporter  # on first use: the CSV writer, not needed at start-up

        return Exporter(self)

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    def schema_revisions(self) -> tuple[str | None, str]:
        """The register's schema revision and the newest the migration scripts know (read
        through Alembic: the self-test's proof that the scripts are in the build)."""
        return migrate.current_revision(self.db.engine), migrate.head_revision()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_services(
    data_dir: Path,
    clock: Clock | None = None,
    *,
    passphrase: str | None = None,
    key: RegisterKey | None = None,
    defer_check: bool = False,
) -> Services:
    """Open the register in ``data_dir`` (lock, migrations) and build its services.

    An encrypted register opens with ``key``, the key ``passphrase`` gives, or the key in the
    operating system's key store (when the user chose to keep it there); with none of them it
    raises :class:`~.encryption.PassphraseRequired`, with a wrong one
    :class:`~.encryption.WrongPassphrase` (the file untouched). A passphrase given for a
    register that does not exist yet creates it encrypted; for a plain one it is not needed.
    ``defer_check``: a full integrity check due after a crash is left for
    ``services.backups.check_at_start()`` (the window runs it after its first paint)."""
    if key is None and passphrase:
        key = key_for(database_path(data_dir), passphrase)
    database = Database.open(data_dir, key=key, defer_check=defer_check)
    return Services(database, clock or SystemClock())
