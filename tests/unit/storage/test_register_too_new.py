"""A register whose schema revision this version's migrations do not have (a newer version
migrated it) is refused before anything is written: no copy before migrating, no change to the
file, a :class:`RegisterTooNew` naming both revisions."""

from __future__ import annotations

import pytest
from helpers.lost_register import snapshot
from helpers.registers import key_of, stamp_revision

from tietosuoja_desktop.paths import backup_dir, database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.errors import RegisterTooNew
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import Database, make_engine
from tietosuoja_desktop.storage.lock import FolderLock


def test_a_newer_register_is_refused_and_left_as_it_was(data_dir, clock):
    stamp_revision(data_dir, "9999")
    before = snapshot(data_dir)
    with pytest.raises(RegisterTooNew) as raised:
        open_services(data_dir, clock)
    assert raised.value.revision == "9999"
    assert raised.value.known_head == migrate.HEAD
    assert raised.value.folder == data_dir
    assert snapshot(data_dir) == before  # the file's bytes, and no new file
    assert not backup_dir(data_dir).exists()  # no copy before migrating
    with FolderLock(data_dir):  # the refusal let go of the folder
        pass


def test_the_message_names_the_folder_and_both_revisions(data_dir):
    stamp_revision(data_dir, "9999")
    with pytest.raises(RegisterTooNew) as raised:
        Database.open(data_dir)
    text = raised.value.message.render()
    assert str(data_dir) in text and "9999" in text and migrate.HEAD in text
    assert "newer version" in text and "nothing was changed" in text


def test_upgrading_a_newer_register_is_refused_before_anything_runs(data_dir):
    """The migration step itself refuses too (a restore migrates its copy through it)."""
    stamp_revision(data_dir, "9999")
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    ran = []
    try:
        with pytest.raises(RegisterTooNew):
            migrate.upgrade_to_head(engine, before_upgrade=ran.append)
        assert migrate.current_revision(engine) == "9999"
    finally:
        engine.dispose()
    assert ran == []  # no copy was asked for


def test_every_revision_this_version_ships_is_known(data_dir):
    """Decided by the scripts, not by comparing revision strings: an older revision opens
    (and is migrated) however its id compares with the head's."""
    known = migrate.known_revisions()
    assert migrate.HEAD in known and "0001" in known
    assert "9999" not in known
    migrate.refuse_unknown(data_dir, "0001")  # nothing raised
    migrate.refuse_unknown(data_dir, None)  # a new, empty file
    with pytest.raises(RegisterTooNew):
        migrate.refuse_unknown(data_dir, "0000a")  # sorts before every shipped one
