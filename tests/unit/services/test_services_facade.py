"""The services facade: which services are built at opening and which on first use (issue 18:
the window's first paint needs few of them)."""

from __future__ import annotations

import threading

from tietosuoja_desktop.services.app import OnFirstUse, Services
from tietosuoja_desktop.services.backups import BackupService
from tietosuoja_desktop.services.documents import DocumentService
from tietosuoja_desktop.services.erasure import ErasureService

ON_FIRST_USE = sorted(n for n, v in vars(Services).items() if isinstance(v, OnFirstUse))


def test_the_services_the_first_paint_needs_not_are_built_on_first_use_once(services):
    assert {"documents", "fulfilment", "marketing", "dpia", "backups"} <= set(ON_FIRST_USE)
    # The services that read through the ORM's tables too: the first paint reads only the
    # profile, a setting and the register's kind (issue 18).
    assert {"customers", "requests", "breaches", "retention", "registers"} <= set(ON_FIRST_USE)
    assert not [name for name in ON_FIRST_USE if name in vars(services)]
    assert {"controller", "settings", "encryption"} <= set(vars(services))
    customers = services.customers  # built with the registers, which it builds first
    assert services.customers is customers and "registers" in vars(services)
    documents = services.documents
    assert isinstance(documents, DocumentService)
    assert services.documents is documents
    erasure = services.erasure  # built with the backups, which it builds first
    assert isinstance(erasure, ErasureService)
    assert isinstance(services.backups, BackupService)
    assert services.backups is vars(services)["backups"]


def test_a_service_asked_for_by_many_threads_at_once_is_built_once(services):
    start = threading.Barrier(6)
    got = []

    def ask() -> None:
        start.wait()
        got.append(services.fulfilment)

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 6 and len({id(value) for value in got}) == 1


def test_every_service_built_on_first_use_works(services):
    """Each one builds (its module and its arguments named right) and reads the register."""
    for name in ON_FIRST_USE:
        assert getattr(services, name) is getattr(services, name), name
    assert services.backups.list() == []
    assert services.recipients is not None and services.marketing.suppression is not None
