"""The services of one open register, built once at start-up and handed to the CLI or windows."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import database_path
from ..storage import migrate
from ..storage.db import Database
from ..storage.encryption import RegisterKey
from .activity import ActivityService
from .audit import AuditService
from .backups import BackupService
from .breaches import BreachService
from .clock import Clock, SystemClock
from .consent_texts import ConsentTextService
from .controller import ControllerService, SettingsService
from .customers import CustomerService
from .documents import DocumentService
from .dpia import DpiaService
from .encryption import EncryptionService, key_for
from .erasure import ErasureService
from .fulfilment import FulfilmentService
from .inspection import InspectionService
from .interest_assessments import InterestAssessmentService
from .legal_holds import LegalHoldService
from .marketing import MarketingService
from .processors import ProcessorService
from .recipients import RecipientService
from .registers import RegisterService
from .requests import RequestService
from .retention import RetentionService
from .retention_run import RetentionRunService
from .statement_versions import StatementVersionService

if TYPE_CHECKING:
    from .exporting import Exporter
    from .importing import Importer


class Services:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.controller = ControllerService(db, clock)
        self.settings = SettingsService(db, clock)
        self.registers = RegisterService(db, clock)
        self.assessments = InterestAssessmentService(db, clock)
        self.dpia = DpiaService(db, clock)
        self.processors = ProcessorService(db, clock)
        self.recipients = RecipientService(db, clock)
        self.statement_versions = StatementVersionService(db, clock)
        self.customers = CustomerService(db, clock, self.registers)
        self.activity = ActivityService(db, clock)
        self.consent_texts = ConsentTextService(db, clock)
        self.marketing = MarketingService(self)
        self.requests = RequestService(db, clock)
        self.breaches = BreachService(db, clock)
        self.backups = BackupService(self)
        self.erasure = ErasureService(db, clock, self.backups)
        self.holds = LegalHoldService(db, clock)
        self.retention = RetentionService(db, clock, self.registers)
        self.retention_run = RetentionRunService(db, clock, self.registers, self.erasure)
        self.audit = AuditService(self)
        self.documents = DocumentService(self)
        self.inspection = InspectionService(self)
        self.fulfilment = FulfilmentService(self)
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
