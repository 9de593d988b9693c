"""Every table model of the window, empty and filled from a real register, through pytest-qt's
model tester; and a walk over the ui package so a new model without an entry here fails."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import datetime

import pytest
from helpers.csv_samples import DATA
from PySide6.QtCore import QAbstractItemModel, Qt

import tietosuoja_desktop.ui
from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.domain.breaches import Breach, BreachNature
from tietosuoja_desktop.domain.csv_mapping import ColumnMapping
from tietosuoja_desktop.domain.enums import ConsentAction, Language, RequestType
from tietosuoja_desktop.domain.processors import Processor
from tietosuoja_desktop.domain.records import ConsentEvent, ContactEntry, DataRequest, Order
from tietosuoja_desktop.services.demo import generate_demo
from tietosuoja_desktop.services.importing import Importer
from tietosuoja_desktop.ui.access_table_model import AccessTableModel
from tietosuoja_desktop.ui.audit_table_model import AuditTableModel
from tietosuoja_desktop.ui.breaches.table_model import BreachesTableModel
from tietosuoja_desktop.ui.customers.record_models import (
    ConsentTableModel,
    ContactTableModel,
    HistoryTableModel,
    OrderTableModel,
    RequestTableModel,
)
from tietosuoja_desktop.ui.customers.table_model import CustomerTableModel
from tietosuoja_desktop.ui.data.backup_model import BackupTableModel
from tietosuoja_desktop.ui.data.import_models import MappingModel, PreviewModel
from tietosuoja_desktop.ui.documents.archive_model import ArchiveTableModel
from tietosuoja_desktop.ui.processors_table_model import ProcessorsTableModel
from tietosuoja_desktop.ui.purposes_table_model import PurposesTableModel
from tietosuoja_desktop.ui.registers_table_model import RegistersTableModel
from tietosuoja_desktop.ui.requests.record_models import (
    AttachmentsModel,
    RecipientsModel,
    TimelineModel,
)
from tietosuoja_desktop.ui.requests.table_model import RequestsTableModel
from tietosuoja_desktop.ui.retention_table_model import RetentionTableModel
from tietosuoja_desktop.ui.view_list_model import TranslatedHeaders

pytestmark = pytest.mark.usefixtures("english")
MODELS = (
    RequestsTableModel,
    BreachesTableModel,
    TimelineModel,
    AttachmentsModel,
    ConsentTableModel,
    OrderTableModel,
    ContactTableModel,
    RequestTableModel,
    HistoryTableModel,
    RetentionTableModel,
    RegistersTableModel,
    PurposesTableModel,
    ArchiveTableModel,
    BackupTableModel,
    MappingModel,
    PreviewModel,
    AuditTableModel,
    CustomerTableModel,
    ProcessorsTableModel,
    RecipientsModel,
    AccessTableModel,
)


def _fill(services):
    """A demo register with a breach, an archived document, a backup and an attachment."""
    generate_demo(services, 8)
    services.breaches.add(
        Breach(
            discovered_at=datetime(2026, 11, 20, 9, 0),
            description="Laptop stolen\nfrom the car",
            natures=(BreachNature.CONFIDENTIALITY,),
        )
    )
    services.documents.processing_record(Language.FI)
    services.backups.create()
    request = services.requests.list()[0].request
    services.requests.attach(request.id, "kirje.txt", b"x" * 3000)
    person, today = request.customer_id, services.clock.today()
    services.activity.add_consent(
        ConsentEvent(person, ConsentAction.GIVEN, "Uutiskirje", datetime(2026, 1, 5, 10, 0))
    )
    services.activity.add_order(Order(person, today, "T-1", "Kahvia", 1250))
    services.activity.add_contact(ContactEntry(person, today, "Soitti"))
    services.processors.add(
        Processor(name="Tilitoimisto Oy", service="Kirjanpito", country="Suomi", review_on=today)
    )
    services.access.add(
        AccessHolder(name="Maija Mallikas", role=AccessRole.HELPER), ("v.pdf", b"x")
    )
    return request.id


def _checklist(services, customer: int) -> list:
    """An Art 19 checklist: a restriction of the customer, its recipients listed."""
    request = DataRequest(RequestType.RESTRICTION, services.clock.today(), customer_id=customer)
    return services.recipients.make(services.requests.add(request).request.id)


def _fillers(services, request_id: int) -> dict[type, object]:
    """Each model class -> how it is filled, as the page that shows it fills it."""
    customer = services.requests.list()[0].request.customer_id
    register = services.registers.list()[0]
    table = Importer.read(DATA / "finnish_excel_cp1252.csv")
    mapping = ColumnMapping.guess(table.headers)
    counts = {r.id: 1 for r in services.registers.list()}
    return {
        RequestsTableModel: lambda m: m.set_views(services.requests.list()),
        BreachesTableModel: lambda m: m.set_views(services.breaches.list()),
        TimelineModel: lambda m: m.set_views(services.requests.timeline(request_id)),
        AttachmentsModel: lambda m: m.set_views(services.requests.attachments(request_id)),
        ConsentTableModel: lambda m: m.set_views(services.activity.consents(customer)),
        OrderTableModel: lambda m: m.set_views(services.activity.orders(customer)),
        ContactTableModel: lambda m: m.set_views(services.activity.contacts(customer)),
        RequestTableModel: lambda m: m.set_views(services.requests.list(customer_id=customer)),
        HistoryTableModel: lambda m: m.set_views(services.audit.history("customer", customer)),
        RetentionTableModel: lambda m: m.set_views(services.retention.due()),
        RegistersTableModel: lambda m: m.set_registers(services.registers.list(), counts),
        PurposesTableModel: lambda m: m.set_purposes(register.purposes),
        ArchiveTableModel: lambda m: m.set_views(services.documents.archive()),
        BackupTableModel: lambda m: m.set_views(services.backups.list()),
        MappingModel: lambda m: m.set_table(table, mapping),
        PreviewModel: lambda m: m.set_preview(Importer(services).preview(table, mapping)),
        AuditTableModel: lambda m: m.reload(),
        CustomerTableModel: lambda m: m.refresh(),
        ProcessorsTableModel: lambda m: m.set_views(services.processors.list()),
        RecipientsModel: lambda m: m.set_views(_checklist(services, customer)),
        AccessTableModel: lambda m: m.set_views(services.access.list()),
    }


def _new(model_class: type, services):
    if model_class is AuditTableModel:
        return AuditTableModel(
            lambda limit, offset: services.audit.entries(limit=limit, offset=offset),
            services.audit.count,
        )
    if model_class is CustomerTableModel:
        return CustomerTableModel(services, page_size=5)
    return model_class()


def _table_models() -> set[type]:
    found = set()
    package = tietosuoja_desktop.ui
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            defined_here = value.__module__ == module.__name__
            if (
                defined_here
                and issubclass(value, QAbstractItemModel)
                and value.__subclasses__() == []
            ):
                found.add(value)
    return found


def test_every_table_model_passes_the_model_tester_empty_and_filled(qtmodeltester, services):
    fillers = _fillers(services, _fill(services))
    assert list(fillers) == list(MODELS)
    for model_class, fill in fillers.items():
        model = _new(model_class, services)
        assert isinstance(model, TranslatedHeaders), model_class.__name__
        qtmodeltester.check(model)
        fill(model)
        assert model.rowCount() > 0, model_class.__name__
        header = model.headerData(0, Qt.Orientation.Horizontal)
        assert isinstance(header, str) and header, model_class.__name__
        qtmodeltester.check(model)
        model.retranslate()
        qtmodeltester.check(model)


def test_every_table_model_of_the_ui_is_checked():
    assert _table_models() == set(MODELS)
