"""Draw the application icon and write every format the builds need.

    python scripts/make_icons.py [--out resources/icons]

The icon is a calm blue shield holding a white sheet of paper with a check mark: the register
kept in order. It is written as SVG (the source), drawn with Qt's SVG renderer into PNGs of
16 to 1024 pixels, and packed into a Windows ``.ico`` and a macOS ``.icns``. Small sizes (32 px
and under) use a simpler drawing, a shield with a bold check, so they stay legible. The ICO and
ICNS containers are written here byte by byte: both may hold PNG data as it is, so the output
does not depend on which image plugins a Qt build carries. The generated files are committed;
re-run this script after changing the drawing.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "tietosuoja"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, with the pixel size each one means.
ICNS_CHUNKS = (
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),  # 16 pt @2x
    ("icp6", 64),
    ("ic12", 64),  # 32 pt @2x
    ("ic07", 128),
    ("ic13", 256),  # 128 pt @2x
    ("ic08", 256),
    ("ic14", 512),  # 256 pt @2x
    ("ic09", 512),
    ("ic10", 1024),  # 512 pt @2x
)

SHIELD = "M512 64 L872 196 V470 C872 704 722 880 512 968 C302 880 152 704 152 470 V196 Z"
GRADIENT = """
  <defs>
    <linearGradient id="blue" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3d7fc4"/>
      <stop offset="1" stop-color="#1d4f8c"/>
    </linearGradient>
  </defs>"""

FULL_SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <title>Tietosuoja Desktop</title>{GRADIENT}
  <path d="{SHIELD}" fill="url(#blue)"/>
  <path d="{SHIELD}" fill="none" stroke="#173f70" stroke-width="16" stroke-linejoin="round"/>
  <path d="M342 248 H602 L690 336 V742 A22 22 0 0 1 668 764 H342 A22 22 0 0 1 320 742 V270
           A22 22 0 0 1 342 248 Z" fill="#ffffff"/>
  <path d="M602 248 V314 A22 22 0 0 0 624 336 H690 Z" fill="#c9dcf0"/>
  <rect x="378" y="330" width="180" height="30" rx="15" fill="#b7cde6"/>
  <rect x="378" y="398" width="254" height="30" rx="15" fill="#b7cde6"/>
  <rect x="378" y="466" width="220" height="30" rx="15" fill="#b7cde6"/>
  <path d="M400 618 L476 692 L632 536" fill="none" stroke="#1d7a4f" stroke-width="56"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""

SMALL_SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <title>Tietosuoja Desktop</title>{GRADIENT}
  <path d="{SHIELD}" fill="url(#blue)"/>
  <path d="M330 520 L462 650 L710 390" fill="none" stroke="#ffffff" stroke-width="120"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def render_png(svg: str, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon with PNG-compressed images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    data = b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    return header + directory + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An Apple icon family: a header, then one chunk per type, each holding PNG data."""
    chunks = b""
    for kind, size in ICNS_CHUNKS:
        png = pngs[size]
        chunks += kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "icons")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{NAME}.svg").write_text(FULL_SVG, encoding="utf-8")
    (out / f"{NAME}-small.svg").write_text(SMALL_SVG, encoding="utf-8")
    pngs = {size: render_png(SMALL_SVG if size <= 32 else FULL_SVG, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (out / f"{NAME}-{size}.png").write_bytes(png)
    (out / f"{NAME}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    for path in sorted(out.iterdir()):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
