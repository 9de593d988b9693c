"""Refresh ``translations/tietosuoja_{fi,sv,en}.ts`` from the source code.

Runs ``pyside6-lupdate`` over every module of the package, so strings marked with ``self.tr``,
``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` (the domain and services mark theirs
with their own ``QT_TRANSLATE_NOOP``) are all picked up. Existing translations are kept;
messages no longer in the code are dropped. Then fill in what lupdate marks unfinished (Qt
Linguist, or any editor) and run ``python -m tietosuoja_desktop.translation`` to compile.

    python scripts/update_translations.py [--check]

``--check`` exits with 1 when the Finnish or Swedish catalogue has an unfinished message."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tietosuoja_desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fi", "sv", "en")
MUST_BE_COMPLETE = ("fi", "sv")


def lupdate_command() -> list[str]:
    found = shutil.which("pyside6-lupdate") or shutil.which(
        "pyside6-lupdate", path=str(Path(sys.executable).parent)
    )
    if not found:
        sys.exit("pyside6-lupdate not found: install PySide6 in this environment")
    return [found]


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def update() -> None:
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for language in LANGUAGES:
        target = TRANSLATIONS / f"tietosuoja_{language}.ts"
        command = [*lupdate_command(), "-no-obsolete", "-locations", "none"]
        command += ["-source-language", "en", "-target-language", language]
        subprocess.run([*command, *files, "-ts", str(target)], check=True, cwd=ROOT)


def unfinished(language: str) -> list[str]:
    tree = ElementTree.parse(TRANSLATIONS / f"tietosuoja_{language}.ts")
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished messages")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(exist_ok=True)
    if not args.check:
        update()
    failed = False
    for language in LANGUAGES:
        missing = unfinished(language)
        print(f"{language}: {len(missing)} unfinished")
        if missing and language in MUST_BE_COMPLETE:
            failed = True
            for line in missing[:20]:
                print("   ", line)
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
