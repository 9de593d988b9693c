"""Languages at run time: Qt ``.qm`` catalogues compiled from ``translations/*.ts``.

The ``.ts`` files in the repository's ``translations/`` folder are the source; ``build()`` compiles
them with ``pyside6-lrelease`` into ``tietosuoja_desktop/locale/`` (done by ``make``, by installing
the package and by packaging). ``locale_dir()`` finds them in a source checkout, an installed
package and a PyInstaller bundle alike. Nothing here runs at import time."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .domain.enums import Language
from .domain.i18n import Message

CATALOGUE = "tietosuoja"
PACKAGE_DIR = Path(__file__).resolve().parent


def ts_dir() -> Path:
    """The ``.ts`` sources (only in a source checkout)."""
    return PACKAGE_DIR.parent / "translations"


def locale_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "tietosuoja_desktop" / "locale"
    return PACKAGE_DIR / "locale"


def lrelease_command() -> list[str]:
    """``pyside6-lrelease`` from the running environment (next to the interpreter if not on
    PATH, e.g. in a virtual environment that is not activated)."""
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if found:
        return [found]
    import PySide6  # Qt only when a catalogue is installed: the CLI's --version loads none

    return [str(Path(PySide6.__file__).parent / "lrelease")]


def build(source: Path | None = None, target: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` file into a ``.qm`` file; returns the files written."""
    source = source or ts_dir()
    target = target or locale_dir()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source.glob(f"{CATALOGUE}_*.ts")):
        qm = target / (ts.stem + ".qm")
        subprocess.run(
            [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def ensure_built() -> None:
    """In a source checkout, compile catalogues that are missing or older than their source."""
    source = ts_dir()
    if not source.is_dir():
        return
    target = locale_dir()
    for ts in source.glob(f"{CATALOGUE}_*.ts"):
        qm = target / (ts.stem + ".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            build(source, target)
            return


def install(app, language: Language | str) -> list:
    """Install the app's and Qt's own (qtbase) translators for ``language`` on ``app``, removing
    earlier ones; returns the translators (keep them alive as long as they are installed)."""
    # Qt only when a catalogue is installed: the CLI's --version loads none
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    language = Language(language)
    for old in getattr(app, "_tietosuoja_translators", []):
        app.removeTranslator(old)
    installed = []
    ensure_built()
    # Qt asks the translator installed last first: ours after qtbase, so the Qt strings we
    # supply (ui/qt_strings.py) win over qtbase's missing or different ones.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(QLocale(language.value), "qtbase", "_", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{language.value}", str(locale_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    app._tietosuoja_translators = installed
    return installed


def translate(context: str, source: str) -> str:
    # Qt only when a catalogue is installed: the CLI's --version loads none
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


# The compiled catalogue's layout (Qt's qtranslator.cpp): a magic number, then sections of a tag
# byte and a 32-bit big-endian length; the messages section holds records of tagged fields.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NO_TRANSLATION = 0xFFFFFFFF


def _messages(data: bytes) -> bytes | None:
    """The messages section of a ``.qm`` file's bytes; None when it is not one."""
    if not data.startswith(QM_MAGIC):
        return None
    position = len(QM_MAGIC)
    while position + 5 <= len(data):
        tag, length = data[position], struct.unpack_from(">I", data, position + 1)[0]
        position += 5
        if tag == _MESSAGES:
            return data[position : position + length]
        position += length
    return b""


def read_catalogue(path: Path) -> dict[tuple[str, str], str] | None:
    """The translations of a compiled catalogue by (context, source text), read without Qt
    (loading QtCore costs a command about 0.1 s). Only messages without a disambiguating
    comment, as ``QCoreApplication.translate(context, source)`` finds them; of plural forms the
    first, as Qt gives without a count. An empty dict when there is no file (the English source
    texts then, as with Qt); None when the file is in a form this reader does not know (the
    caller asks Qt then)."""
    try:
        messages = _messages(path.read_bytes())
    except FileNotFoundError:
        return {}
    if messages is None:
        return None
    found: dict[tuple[str, str], str] = {}
    fields: dict[int, bytes] = {}
    translations: list[str | None] = []
    position = 0
    while position < len(messages):
        tag = messages[position]
        position += 1
        if tag == _END:
            if _SOURCE not in fields or _CONTEXT not in fields:
                return None  # a stripped catalogue: only Qt's hash lookup can read it
            if not fields.get(_COMMENT) and translations and translations[0] is not None:
                key = (fields[_CONTEXT].decode(), fields[_SOURCE].decode())
                found[key] = translations[0]
            fields, translations = {}, []
        elif tag == _OBSOLETE:
            position += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            length = struct.unpack_from(">I", messages, position)[0]
            position += 4
            if tag == _TRANSLATION:
                if length == _NO_TRANSLATION:
                    translations.append(None)
                    continue
                translations.append(messages[position : position + length].decode("utf-16-be"))
            else:
                fields[tag] = messages[position : position + length]
            position += length
        else:
            return None  # an older or newer layout
    return found


@lru_cache(maxsize=8)
def _read_once(path: Path, stamp: int | None) -> dict[tuple[str, str], str] | None:
    """:func:`read_catalogue`, once per file as it is (``stamp``: its modification time): a
    process running many commands (a script calling ``main``, the tests) reads it once."""
    return read_catalogue(path)


def catalogue_translate(language: Language | str) -> Callable[[str, str], str] | None:
    """A translate function for ``language`` that needs no Qt (the command line's): the same
    texts as ``translate`` after ``install``; None when the catalogue must be read by Qt."""
    ensure_built()
    path = locale_dir() / f"{CATALOGUE}_{Language(language).value}.qm"
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        stamp = None
    catalogue = _read_once(path, stamp)
    if catalogue is None:
        return None
    return lambda context, source: catalogue.get((context, source), source)


def render(message: Message) -> str:
    """A domain message in the installed language."""
    return message.render(translate)


if __name__ == "__main__":  # python -m tietosuoja_desktop.translation
    for path in build():
        print(path)
