"""The start-up integrity check after a crash, deferred until the window is up: the cheap check
at once, the full one later, and no write before it has passed."""

from __future__ import annotations

import threading

import pytest
from helpers.registers import damage_deep_pages
from helpers.sample import person

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import integrity
from tietosuoja_desktop.storage.integrity import RegisterDamaged


def crash(data_dir) -> None:
    """What a killed session leaves: the register's WAL file."""
    path = database_path(data_dir)
    path.with_name(path.name + "-wal").write_bytes(b"")


def test_after_a_crash_the_full_check_is_deferred_and_runs_before_the_first_write(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    crash(data_dir)
    path = database_path(data_dir)
    with open_services(data_dir, clock, defer_check=True) as services:
        pending = services.db.pending_check
        assert pending is not None and not pending.passed
        assert services.backups.register_check_pending
        assert integrity.marker(path).exists()  # kept until it passes
        assert services.customers.count() == 1  # reads do not wait
        services.customers.add(person(first_name="Bertta"))  # a write runs the check first
        assert pending.passed and not integrity.marker(path).exists()
        assert not services.backups.register_check_pending
        report = services.backups.check_at_start()  # already done: not run again
        assert report.register_checked and report.failed_backups == []
    with open_services(data_dir, clock, defer_check=True) as services:
        assert services.db.pending_check is None  # closed cleanly: nothing to check


def test_a_clean_start_defers_nothing(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    with open_services(data_dir, clock, defer_check=True) as services:
        assert services.db.pending_check is None
        report = services.backups.check_at_start()
        assert not report.register_checked


def test_a_register_that_fails_the_deferred_check_takes_no_write(data_dir, clock):
    with open_services(data_dir, clock) as services:
        for index in range(50):
            services.customers.add(person(first_name=f"Asiakas{index}", phone=""))
    path = database_path(data_dir)
    damage_deep_pages(path)
    crash(data_dir)
    services = open_services(data_dir, clock, defer_check=True)  # the cheap check passes
    try:
        with pytest.raises(RegisterDamaged) as caught:
            services.backups.check_at_start()
        assert caught.value.problems
        with pytest.raises(RegisterDamaged):
            services.customers.add(person(first_name="Bertta"))
        assert services.backups.on_exit() is None  # no copy of a damaged register
    finally:
        services.close()
    assert integrity.marker(path).exists()
    with pytest.raises(RegisterDamaged):  # the next start (the window's too) meets it at once
        open_services(data_dir, clock, defer_check=True)


def test_a_session_that_ends_before_the_check_leaves_it_for_the_next_start(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    crash(data_dir)
    path = database_path(data_dir)
    services = open_services(data_dir, clock, defer_check=True)
    pending = services.db.pending_check
    services.close()  # quitting at once: the check is cancelled, not waited for
    assert not pending.passed and integrity.marker(path).exists()
    with pytest.raises(RuntimeError):
        pending.run()
    with open_services(data_dir, clock, defer_check=True) as services:
        assert services.db.pending_check is not None
        services.backups.check_at_start()
    assert not integrity.marker(path).exists()


def test_a_check_under_way_is_interrupted_by_closing(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    crash(data_dir)
    services = open_services(data_dir, clock, defer_check=True)
    pending = services.db.pending_check
    outcome: list[BaseException | None] = []

    def check() -> None:
        try:
            pending.run()
            outcome.append(None)
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=check)
    thread.start()
    services.close()
    thread.join(timeout=10)
    assert not thread.is_alive() and len(outcome) == 1
    # Either it finished before the close (a small register) or it stopped: never a hang.
    assert outcome[0] is None or isinstance(outcome[0], RuntimeError)
