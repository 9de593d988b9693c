"""A stored original keeps the name it came with, but its copy for the viewer must be a valid
file name here: an attachment named on Windows or on a Mac can hold a path, a colon, a
reserved device name or trailing dots."""

from __future__ import annotations

import pytest

from tietosuoja_desktop.domain.file_names import WINDOWS_FORBIDDEN, is_reserved
from tietosuoja_desktop.ui import private_copies


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("C:\\Users\\Åsa Öhman\\Documents\\skannattu: kirje?.pdf", "skannattu kirje.pdf"),
        ("../../viesti <vastaus>.eml", "viesti vastaus.eml"),
        ("CON.pdf", "_CON.pdf"),
        ("kuitti...", "kuitti"),
        ("\\", "original"),
    ],
)
def test_copies_get_valid_names_on_every_system(stored, expected):
    path = private_copies.write_private_copy(stored, b"%PDF the scan")
    try:
        assert path.name == expected
        assert not WINDOWS_FORBIDDEN & set(path.name) and not is_reserved(path.name)
        assert path.read_bytes() == b"%PDF the scan"
    finally:
        assert private_copies.remove_private_copies() == 1
