"""Estimate the Windows bundle's size from the Linux bundle and the win_amd64 wheels.

    python scripts/estimate_windows_size.py WHEEL_DIR [--bundle dist/tietosuoja-desktop]

WHEEL_DIR holds the run-time dependencies as win_amd64 wheels, e.g. from
``pip download --only-binary=:all: --platform win_amd64 --python-version 3.11
--implementation cp --abi cp311 -d WHEEL_DIR <pyproject's dependencies>`` (the wheels that
scripts/check_wheels.py resolves). PyInstaller does not cross-build, so the estimate is made from
what the spec left in the Linux bundle, file by file:

- files that are not ELF binaries (data, fonts, translations, the Python archive inside the
  program) are the same on Windows and count as they are;
- each ELF binary with a Windows counterpart in the wheels (Qt libraries and plugins, PySide6's
  and other packages' extension modules) counts at the size of that counterpart;
- Windows-only files PyInstaller adds from the wheels count too: Qt's Windows platform and style
  plugins, the Microsoft C++ runtime PySide6 ships, and the tzdata package's zone files;
- the Python runtime (python311.dll, the standard library's .pyd files, OpenSSL) is in no wheel:
  the Linux bundle's libpython, lib-dynload and OpenSSL stand in for it;
- links (PyInstaller links Qt's libraries into the top folder on Linux) count nothing, and
  Linux-only files (ICU, X11/Wayland/glib and other system libraries, auditwheel's copies of
  libraries that Windows wheels link statically) count nothing.
"""

from __future__ import annotations

import argparse
import re
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
EXTENSION = re.compile(r"\.(cpython-3\d+-x86_64-linux-gnu|abi3)\.so$")
PYTHON_RUNTIME = re.compile(r"^(libpython3|libcrypto\.so|libssl\.so|libffi|python3\.\d+/)")
WINDOWS_ONLY = (
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
)
WINDOWS_RUNTIME = re.compile(r"^PySide6/(msvcp140[^/]*|vcruntime140[^/]*|concrt140)\.dll$")


def wheel_files(folder: Path) -> dict[str, int]:
    """Every file in the wheels: its path inside site-packages and its unpacked size."""
    sizes: dict[str, int] = {}
    for wheel in sorted(folder.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                sizes[info.filename] = info.file_size
    return sizes


def windows_name(linux: str, available: dict[str, int]) -> str | None:
    """The wheel file that is ``linux``'s counterpart on Windows (or None)."""
    path = PurePosixPath(linux)
    parts = path.parts
    if parts[:3] == ("PySide6", "Qt", "lib") and path.name.startswith("libQt6"):
        return f"PySide6/{path.name.removeprefix('lib').split('.so')[0]}.dll"
    if parts[:3] == ("PySide6", "Qt", "plugins"):
        name = path.name.removeprefix("lib").split(".so")[0]
        return "/".join(("PySide6", "plugins", *parts[3:-1], f"{name}.dll"))
    if path.name.startswith(("libpyside6.", "libshiboken6.")):
        return f"{parts[0]}/{path.name.removeprefix('lib').split('.so')[0]}.dll"
    if EXTENSION.search(linux):
        stem = EXTENSION.sub("", linux)
        for candidate in (f"{stem}.cp311-win_amd64.pyd", f"{stem}.pyd"):
            if candidate in available:
                return candidate
    return None


def estimate(bundle: Path, wheels: dict[str, int]) -> Counter:
    parts: Counter = Counter()
    internal = bundle / "_internal"
    # PyInstaller's links (_internal/libQt6Core.so.6 -> PySide6/Qt/lib/...) are not files on
    # Windows and not counted twice here.
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        size = path.stat().st_size
        with path.open("rb") as handle:
            elf = handle.read(4) == b"\x7fELF"
        relative = path.relative_to(internal).as_posix() if internal in path.parents else None
        if not elf or relative is None:
            parts["same on both: data, Python archive, program"] += size
        elif PYTHON_RUNTIME.match(relative):
            parts["Python runtime (Linux stand-in)"] += size
        elif (counterpart := windows_name(relative, wheels)) in wheels:
            kind = "Qt and PySide6" if relative.startswith(("PySide6/", "shiboken6/")) else "other"
            parts[f"{kind} (Windows wheels)"] += wheels[counterpart]
        else:
            parts["Linux only (not counted)"] += 0
    for name, size in wheels.items():
        if name in WINDOWS_ONLY or WINDOWS_RUNTIME.match(name):
            parts["Qt and PySide6 (Windows wheels)"] += size
        elif name.startswith("tzdata/zoneinfo/"):  # Windows has no time-zone database
            parts["same on both: data, Python archive, program"] += size
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheels", type=Path)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "tietosuoja-desktop")
    options = parser.parse_args()
    parts = estimate(options.bundle, wheel_files(options.wheels))
    for name, size in parts.most_common():
        print(f"{size / 1e6:8.1f} MB  {name}")
    print(f"{sum(parts.values()) / 1e6:8.1f} MB  estimated Windows bundle")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
