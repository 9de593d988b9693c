"""Languages at run time: Qt ``.qm`` catalogues compiled from ``translations/*.ts``.

The ``.ts`` files in the repository's ``translations/`` folder are the source; ``build()`` compiles
them with ``pyside6-lrelease`` into ``tietosuoja_desktop/locale/`` (done by ``make``, by installing
the package and by packaging). ``locale_dir()`` finds them in a source checkout, an installed
package and a PyInstaller bundle alike. Nothing here runs at import time."""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def render(message: Message) -> str:
    """A domain message in the installed language."""
    return message.render(translate)


if __name__ == "__main__":  # python -m tietosuoja_desktop.translation
    for path in build():
        print(path)
