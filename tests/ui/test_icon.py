"""The application icon: found, set on the application, and its generated files well formed
(scripts/make_icons.py writes them; they are committed)."""

from __future__ import annotations

import struct

from tietosuoja_desktop.ui import application
from tietosuoja_desktop.ui.icon import ICON_NAME, app_icon, icons_dir

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_the_application_carries_the_icon(qapp):
    application.create_application([])
    icon = qapp.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_the_windows_icon_holds_every_size_as_png():
    data = (icons_dir() / f"{ICON_NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sides = []
    for index in range(count):
        side, _, _, _, _, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert bits == 32
        assert data[offset : offset + 8] == PNG_SIGNATURE
        assert offset + size <= len(data)
        sides.append(side or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_is_a_well_formed_icon_family():
    data = (icons_dir() / f"{ICON_NAME}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, position = [], 8
    while position < len(data):
        kind = data[position : position + 4].decode("ascii")
        length = struct.unpack_from(">I", data, position + 4)[0]
        assert data[position + 8 : position + 16] == PNG_SIGNATURE, kind
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert {"ic07", "ic08", "ic09", "ic10", "icp4", "icp5"} <= set(kinds)
