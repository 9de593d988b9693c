"""The signing identity's dialogs: create with a passphrase typed twice, import a PKCS#12
file, see the identity; errors stay in the dialog in the user's words."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from tietosuoja_desktop.ui.documents.identity_dialog import IdentityDialog
from tietosuoja_desktop.ui.documents.signing_dialogs import (
    FAIR,
    STRONG,
    WEAK,
    CreateIdentityDialog,
    ImportIdentityDialog,
    passphrase_strength,
)
from tietosuoja_desktop.ui.documents.wording import signing_error_text

pytestmark = pytest.mark.usefixtures("english")


def test_passphrase_strength(passphrase):
    assert passphrase_strength("") == 0
    assert passphrase_strength("salasana") == WEAK
    assert passphrase_strength("Salasana12") == FAIR
    assert passphrase_strength(passphrase) == STRONG


def test_create_needs_the_same_passphrase_twice(qtbot, business, passphrase):
    dialog = CreateIdentityDialog(business)
    qtbot.addWidget(dialog)
    assert dialog.business.text() == "Kahvila Esimerkki Tmi"
    assert dialog.business_id.text() == "3354302-8"
    assert not dialog.replace_note.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.passphrase.setText("lyhyt")
    assert dialog.strength.text() == "Strength: weak"
    dialog.passphrase.setText(passphrase)
    assert dialog.strength.text() == "Strength: strong"
    dialog.repeat.setText("kolme karhua X")
    assert dialog.error.text() == "The passphrases are not the same."
    assert not dialog.ok_button.isEnabled()
    dialog.repeat.setText(passphrase)
    assert dialog.error.text() == "" and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.identity.business_id == "3354302-8"
    assert business.documents.identity().fingerprint_sha256 == dialog.identity.fingerprint_sha256


def test_creating_again_warns_that_it_replaces(qtbot, business, identity):
    dialog = CreateIdentityDialog(business)
    qtbot.addWidget(dialog)
    assert dialog.replace_note.isVisibleTo(dialog)
    assert "replaces your current signing identity" in dialog.replace_note.text()
    dialog.passphrase.setText("toinen pitkä salasana")
    dialog.repeat.setText("toinen pitkä salasana")
    dialog.ok_button.click()
    assert business.documents.identity().fingerprint_sha256 != identity.fingerprint_sha256


def test_import_a_pkcs12_file(qtbot, business, identity, tmp_path, passphrase):
    exported = tmp_path / "ca-identity.p12"
    exported.write_bytes(identity.path.read_bytes())  # stands in for a CA's file
    dialog = ImportIdentityDialog(business)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.path.setText(str(exported))
    dialog.passphrase.setText("väärin")
    dialog.ok_button.click()
    assert dialog.result() == 0 and dialog.identity is None
    assert dialog.error.text() == (
        "The passphrase is wrong, or the file is not a PKCS#12 file (.p12, .pfx)."
    )
    assert dialog.path.text() == str(exported)  # nothing typed is lost
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.identity.common_name == "Kahvila Esimerkki Tmi"
    data = dialog.identity.path.read_bytes()
    assert pkcs12.load_key_and_certificates(data, passphrase.encode())[0] is not None


def test_import_a_missing_file(qtbot, business, tmp_path, passphrase):
    dialog = ImportIdentityDialog(business)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing.p12"))
    dialog.passphrase.setText(passphrase)
    dialog.ok_button.click()
    assert dialog.error.text().startswith("Could not read ")
    assert "missing.p12" in dialog.error.text()


def test_the_identity_is_shown(qtbot, business, identity):
    dialog = IdentityDialog(business)
    qtbot.addWidget(dialog)
    assert dialog.values["name"].text() == "Kahvila Esimerkki Tmi"
    assert dialog.values["business_id"].text() == "3354302-8"
    assert dialog.values["valid_to"].text().endswith(str(identity.valid_to.year))
    assert dialog.values["fingerprint"].text().replace("\n", ":") == identity.fingerprint_sha256
    assert "self-signed" in dialog.values["kind"].text()
    assert [label.text() for label in dialog.labels][:3] == [
        "Name:",
        "Organisation:",
        "Business ID:",
    ]
    assert not dialog.empty.isVisibleTo(dialog)


def test_no_identity_yet_offers_to_create_one(qtbot, business, passphrase):
    dialog = IdentityDialog(business)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog)
    assert not dialog.values["name"].isVisibleTo(dialog)
    assert dialog.create_button.text() == "&Create…"
    dialog.create_identity()
    child = dialog.child_dialog
    assert isinstance(child, CreateIdentityDialog)
    child.passphrase.setText(passphrase)
    child.repeat.setText(passphrase)
    with qtbot.waitSignal(dialog.changed):
        child.ok_button.click()
    assert dialog.values["name"].text() == "Kahvila Esimerkki Tmi"
    assert dialog.create_button.text() == "&Create a new one…"


def test_unknown_signing_messages_pass_through():
    class Odd(Exception):
        pass

    assert signing_error_text(Odd("Something new.")) == "Something new."
    assert signing_error_text(Odd("Could not sign the document: boom")) == (
        "The document could not be signed: boom"
    )
