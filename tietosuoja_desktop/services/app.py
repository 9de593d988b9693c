"""The services of one open register, built once at start-up and handed to the CLI or windows."""

from __future__ import annotations

from pathlib import Path

from ..storage.db import Database
from .activity import ActivityService
from .audit import AuditService
from .breaches import BreachService
from .clock import Clock, SystemClock
from .controller import ControllerService, SettingsService
from .customers import CustomerService
from .documents import DocumentService
from .erasure import ErasureService
from .fulfilment import FulfilmentService
from .registers import RegisterService
from .requests import RequestService
from .retention import RetentionService


class Services:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.controller = ControllerService(db, clock)
        self.settings = SettingsService(db, clock)
        self.registers = RegisterService(db, clock)
        self.customers = CustomerService(db, clock, self.registers)
        self.activity = ActivityService(db, clock)
        self.requests = RequestService(db, clock)
        self.breaches = BreachService(db, clock)
        self.erasure = ErasureService(db, clock)
        self.retention = RetentionService(db, clock, self.registers)
        self.audit = AuditService(self)
        self.documents = DocumentService(self)
        self.fulfilment = FulfilmentService(self)

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_services(data_dir: Path, clock: Clock | None = None) -> Services:
    """Open the register in ``data_dir`` (lock, migrations) and build its services."""
    return Services(Database.open(data_dir), clock or SystemClock())
