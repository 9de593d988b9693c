"""The Windows version resource (Properties > Details) from the package's own version, for the
PyInstaller spec: nothing here is typed twice."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tietosuoja_desktop import APP_ID, APP_NAME, __version__

EXE_NAME = "tietosuoja-desktop.exe"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> (0, 1, 0, 0); a suffix such as ``rc1`` or ``.dev2`` is dropped."""
    numbers = []
    for part in version.split(".")[:4]:
        leading = re.match(r"\d+", part)
        numbers.append(int(leading.group()) if leading else 0)
    return tuple([*numbers, 0, 0, 0, 0][:4])


def version_text(version: str = __version__) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": APP_ID,
        "LegalCopyright": APP_NAME,
        "OriginalFilename": EXE_NAME,
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    entries = ",\n".join(f"            StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated from tietosuoja_desktop.__version__ by packaging/windows/version_info.py
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable('040B04B0', [
{entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x040B, 1200, 0x041D, 1200, 0x0409, 1200])]),
  ],
)
"""


def write_version_file(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_text(), encoding="utf-8")
    return str(path)


if __name__ == "__main__":
    print(version_text())
