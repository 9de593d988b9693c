"""Backups on a disk without room for them: refused before copying, or stopped when the disk
fills up meanwhile, leaving nothing half-made; the backup on closing makes room by deleting
what rotation would delete after it, or is told at the next start; never taken for damage.

The copies on closing are made on a real small disk (helpers/small_disk.py); the windows,
the command line, migrations and restores are told a small free space instead (what the
system says is free is all they look at before copying)."""

from __future__ import annotations

import json

import pytest
from helpers.migrations import migrate_to, previous
from helpers.sample import person
from helpers.small_disk import run_on_small_disk

from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.paths import backup_dir, database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.errors import NotEnoughSpace
from tietosuoja_desktop.storage import backup, integrity, migrate
from tietosuoja_desktop.storage.db import Database

MB = 1024 * 1024

# Makes the backups on closing of the register in argv[1], the first ``keep`` setting from
# argv[2], the copies' room as argv[3] says ("real", or "none": a copy that fits by its own
# account, so that only the disk stops it); reports what each call returned and what was left.
CLOSING_COPIES = """
    import json, sys
    from datetime import date, time
    from pathlib import Path
    from tietosuoja_desktop.paths import backup_dir, database_path
    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.storage import backup, integrity

    data_dir, room = Path(sys.argv[1]), sys.argv[3]
    keep, copies = int(sys.argv[2]), int(sys.argv[4])
    if room == "none":
        backup.copy_size = lambda source: 0
    clock = FixedClock(date(2026, 12, 1))
    made = []
    with open_services(data_dir, clock) as services:
        services.backups.set_keep_last(keep)
        for minute in range(copies):
            clock.set(date(2026, 12, 1), time(12, minute))
            copy = services.backups.on_exit()
            made.append(copy.name if copy else None)
    folder = backup_dir(data_dir)
    mark = folder / backup.NO_SPACE
    copies = sorted(folder.glob("exit-*.sqlite"))
    print(json.dumps({
        "made": made,
        "left": sorted(p.name for p in folder.iterdir()),
        "register_size": database_path(data_dir).stat().st_size,
        "full_check": integrity.needs_full_check(database_path(data_dir)),
        "whole": [integrity.integrity_check(copy) == [] for copy in copies],
        "shortage": mark.read_text() if mark.exists() else None,
    }))
"""


def closing_copies(data_dir, disk: int, *, keep: int = 10, room: str = "real", copies: int = 1):
    folder = backup_dir(data_dir)
    return run_on_small_disk(
        folder, disk, CLOSING_COPIES, str(data_dir), str(keep), room, str(copies)
    )


@pytest.fixture
def register(plain_data_dir, clock):
    with open_services(plain_data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    return plain_data_dir


def test_a_copy_on_closing_that_does_not_fit_is_not_begun_and_is_told(register, clock):
    size = database_path(register).stat().st_size
    report = closing_copies(register, 4 * MB)  # less than the copy and its spare room
    assert report["made"] == [None]
    assert report["left"] == [backup.NO_SPACE]  # no partial copy, no journal
    assert not report["full_check"]  # a full disk says nothing about the register
    shortage = NotEnoughSpace.from_json(report["shortage"])
    assert shortage.needed >= size + backup.SPARE_BYTES and 3 * MB < shortage.free <= 4 * MB
    text = shortage.message.render()
    assert str(backup_dir(register)) in text and f"needs {shortage.needed // MB + 1} MB" in text


def test_a_copy_that_fills_the_disk_leaves_nothing_half_made(register):
    """The copy's own count says it fits; the disk fills up during the copy (SQLite: "database
    or disk is full"): the temporary file and its journal go, and the shortage is told."""
    report = closing_copies(register, 256 * 1024, room="none")
    assert report["made"] == [None]
    assert report["left"] == [backup.NO_SPACE] and not report["full_check"]
    assert NotEnoughSpace.from_json(report["shortage"]).free <= 256 * 1024  # after the cleanup


def test_the_oldest_copies_on_closing_make_room_when_rotation_would_delete_them_anyway(
    register,
):
    size = database_path(register).stat().st_size
    # Room for two copies, not three: the third fits once the first (which rotation to the
    # newest two would delete after it anyway) is deleted first.
    disk = 2 * size + backup.SPARE_BYTES + size // 2
    report = closing_copies(register, disk, keep=2, copies=3)
    first, second, third = report["made"]
    assert first and second and third
    assert [name for name in report["left"] if name.endswith(".sqlite")] == [second, third]
    assert report["whole"] == [True, True] and report["shortage"] is None

    # Keeping one: the only copy is never deleted before its successor is whole.
    report = closing_copies(register, size + backup.SPARE_BYTES + size // 2, keep=1, copies=2)
    assert report["made"][0] and report["made"][1] is None
    assert [n for n in report["left"] if n.endswith(".sqlite")] == [report["made"][0]]
    assert report["shortage"] is not None


def test_the_next_start_tells_the_shortage_once_and_a_copy_that_fits_clears_it(
    register, clock, monkeypatch
):
    with open_services(register, clock) as services:
        services.backups.mark_exit()
        monkeypatch.setattr(backup, "free_bytes", lambda folder: 5 * MB)
        assert services.backups.finish_exit() is None
    folder = backup_dir(register)
    assert backup.exit_due(folder)  # the next start tries again
    with open_services(register, clock) as services:
        report = services.backups.check_at_start()  # still no room
        assert report.no_space is not None and report.no_space.free == 5 * MB
        assert services.backups.check_at_start().no_space is None  # told once
        services.backups.on_exit()  # fails again: told at the next start...
        monkeypatch.undo()
        assert services.backups.on_exit() is not None  # ...unless a copy has fitted since
        assert services.backups.check_at_start().no_space is None
    assert not integrity.needs_full_check(database_path(register))


def test_a_backup_made_on_request_that_does_not_fit_is_refused_in_the_users_language(
    register, clock, capsys, monkeypatch
):
    from helpers.cli_runner import cli_runner

    monkeypatch.setattr(backup, "free_bytes", lambda folder: 2 * MB)
    with open_services(register, clock) as services, pytest.raises(NotEnoughSpace):
        services.backups.create()
    run = cli_runner(register, clock, capsys, json_mode=False)
    status, out, err = run("backup", "create", lang="sv")
    assert status == 1 and out == ""
    assert "inte tillräckligt med ledigt utrymme" in err and "2 MB" in err
    status, _out, err = run("backup", "create")
    assert status == 1 and "ei ole tarpeeksi vapaata tilaa" in err
    assert list(backup_dir(register).iterdir()) == []


def test_no_room_for_the_copy_before_an_update_leaves_the_register_unchanged(
    register, clock, monkeypatch
):
    older = previous(migrate.head_revision())
    migrate_to(register, older, up=False)  # what an update of the program finds
    monkeypatch.setattr(backup, "free_bytes", lambda folder: 3 * MB)
    with pytest.raises(NotEnoughSpace):
        Database.open(register)
    assert list(backup_dir(register).glob("*pre-migration*")) == []
    db = Database.open(register, run_migrations=False)
    try:
        assert migrate.current_revision(db.engine) == older
    finally:
        db.close()
    monkeypatch.undo()
    Database.open(register).close()  # space freed: the update goes ahead, its copy first
    assert len(list(backup_dir(register).glob(f"pre-migration-{older}-*.sqlite"))) == 1


def test_no_room_for_the_copy_before_a_restore_refuses_it(register, clock, monkeypatch):
    with open_services(register, clock) as services:
        made = services.backups.create()
        services.customers.add(person(first_name="Eino"))
        monkeypatch.setattr(backup, "free_bytes", lambda folder: 3 * MB)
        with pytest.raises(NotEnoughSpace):
            services.backups.restore(made)
        monkeypatch.undo()
        names = {c.first_name for c in services.customers.page(CustomerQuery(), 0, 10)}
    assert names == {"Aino", "Eino"}
    assert [p.name for p in backup_dir(register).iterdir()] == [made.name]
    assert not any(p.name.startswith(".restore-") for p in register.iterdir())


def test_a_shortage_mark_cut_short_on_a_full_disk_is_passed_over(tmp_path):
    (tmp_path / backup.NO_SPACE).write_text('{"folder": "/x", "need', encoding="utf-8")
    assert backup.take_no_space(tmp_path) is None
    assert not (tmp_path / backup.NO_SPACE).exists()
    shortage = NotEnoughSpace(tmp_path, 3 * MB + 1, 0)
    assert json.loads(shortage.as_json())["needed"] == 3 * MB + 1
    assert "needs 4 MB and 0 MB is free" in shortage.message.render()
