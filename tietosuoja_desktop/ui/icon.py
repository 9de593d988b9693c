"""The application icon: ``resources/icons`` of a source checkout, or the copy a packaged build
keeps inside the package (as for the fonts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_NAME = "tietosuoja"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path | None:
    package_dir = Path(__file__).resolve().parents[1]  # tietosuoja_desktop/
    candidates = (package_dir.parent / "resources" / "icons", package_dir / "resources" / "icons")
    for candidate in candidates:
        if (candidate / f"{ICON_NAME}.svg").is_file():
            return candidate
    return None


def app_icon() -> QIcon:
    """Every PNG size of the icon (crisp in title bars and task bars); an empty icon if the
    files are missing, which the self-test reports."""
    icon = QIcon()
    folder = icons_dir()
    if folder is None:
        return icon
    for size in SIZES:
        png = folder / f"{ICON_NAME}-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon
