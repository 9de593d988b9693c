"""The register's key in the operating system's key store (an in-process backend here), and
the non-secret file beside the register that says whether to look there at all."""

from __future__ import annotations

import keyring
import pytest
from helpers.registers import fixed_test_key
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from tietosuoja_desktop.storage import keystore
from tietosuoja_desktop.storage.db import Database
from tietosuoja_desktop.storage.encryption import PassphraseRequired

encrypted_only = pytest.mark.parametrize("register_kind", ["encrypted"])


class LockedKeyring(KeyringBackend):
    """A key store that is there but locked (the user declined to unlock it)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("locked")

    def delete_password(self, service, username):
        raise KeyringLocked("locked")


@encrypted_only
def test_the_key_store_opens_the_register_and_forgetting_asks_again(data_dir, key_store):
    assert keystore.remembers(data_dir) and keystore.marked_encrypted(data_dir)
    assert keystore.remembered_key(data_dir) == fixed_test_key()
    (entry,) = key_store.secrets
    assert entry[0] == keystore.SERVICE and entry[1].endswith("tietosuoja.sqlite")
    Database.open(data_dir).close()
    keystore.forget(data_dir)
    assert not key_store.secrets and keystore.marked_encrypted(data_dir)
    with pytest.raises(PassphraseRequired):
        Database.open(data_dir)
    Database.open(data_dir, key=fixed_test_key()).close()


@encrypted_only
def test_a_locked_key_store_means_the_passphrase_is_asked(data_dir):
    keyring.set_keyring(LockedKeyring())
    assert keystore.remembered_key(data_dir) is None
    with pytest.raises(PassphraseRequired):
        Database.open(data_dir)
    with pytest.raises(keystore.KeyStoreUnavailable):
        keystore.remember(data_dir, fixed_test_key())


@pytest.mark.parametrize("register_kind", ["plain"])
def test_a_plain_register_never_asks_the_key_store(data_dir):
    keyring.set_keyring(LockedKeyring())  # would raise if asked
    assert keystore.remembered_key(data_dir) is None
    Database.open(data_dir).close()
    assert not (data_dir / keystore.CHOICE_FILE).exists()
