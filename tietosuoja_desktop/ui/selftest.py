"""``tietosuoja-desktop --selftest``: prove that a build has everything it needs at run time.

Run on a built bundle before it ships (``make selftest-bundle``, CI and the release workflow):
the Qt application offscreen with its icon and translations, a temporary register with every
migration, a privacy statement built and signed digitally, read back through QtPdf (the engine
of the in-app preview) and its signature verified. Each step prints one ``OK`` line; the first
failure prints ``FAILED`` with the reason and the exit status is 1. Nothing here imports test
tools (pytest, pypdf): a bundle does not carry them. The user's own register is never touched.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TextIO

from .. import APP_NAME, __version__
from ..domain import clock
from ..domain.enums import Language, LegalBasis, RetentionAnchor
from ..domain.records import ControllerProfile, Purpose, RegisterDescription, RetentionRule
from ..paths import database_path

PASSPHRASE = "itsetesti-salasana"
# Words the Finnish privacy statement must contain when read back.
EXPECTED_WORDS = ("Tietosuojaseloste", "Itsetesti Tmi", "Itsetestirekisteri", "Tampere")


class SelfTestFailure(RuntimeError):
    """A step found something wrong; the message says what."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


class SelfTest:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.folder = Path(tempfile.mkdtemp(prefix="tietosuoja-selftest-"))
        self.app = None
        self.services = None
        self.pdf = b""

    # -- the steps, in order ---------------------------------------------------------------

    def qt_application(self) -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Keep Qt's settings (language, window layout) out of the user's own.
        os.environ.setdefault("XDG_CONFIG_HOME", str(self.folder / "config"))
        # the self-test loads what each step checks, in its step
        from .application import create_application

        self.app = create_application([sys.argv[0] if sys.argv else "tietosuoja-desktop"])
        _check(not self.app.windowIcon().isNull(), "the application icon was not found")
        return f"platform {self.app.platformName()}, icon loaded"

    def translations(self) -> str:
        # the self-test loads what each step checks, in its step
        from PySide6.QtCore import QCoreApplication

        # the self-test loads what each step checks, in its step
        from ..translation import locale_dir

        # the self-test loads what each step checks, in its step
        from .preferences import apply_language

        found = []
        for language, expected in (("fi", "Asiakkaat"), ("sv", "Kunder")):
            installed = apply_language(language, remember=False)
            _check(installed.value == language, f"could not switch to {language}")
            text = QCoreApplication.translate("MainWindow", "Customers")
            _check(
                text == expected,
                f"the {language} catalogue in {locale_dir()} did not translate "
                f"'Customers' (got '{text}')",
            )
            found.append(f"{language}: {text}")
        apply_language("en", remember=False)
        return ", ".join(found)

    def legal_clock(self) -> str:
        # Monday 6.12.2027 is Independence Day (the legal clock's own Finnish calendar);
        # Midsummer Eve, Friday 25.6.2027, is not a public holiday.
        _check(clock.is_public_holiday(date(2027, 12, 6)), "Finnish public holidays are missing")
        _check(not clock.is_public_holiday(date(2027, 6, 25)), "Midsummer Eve counted as holiday")
        return "Finnish public holidays known"

    def register(self) -> str:
        # the self-test loads what each step checks, in its step
        from ..services import open_services

        self.services = open_services(self.folder / "register")
        revision, head = self.services.schema_revisions()
        _check(revision == head, f"the register is at revision {revision}, not {head}")
        return f"migrated to revision {revision}"

    def describe(self) -> str:
        services = self.services
        services.controller.save(
            ControllerProfile(
                name="Itsetesti Tmi",
                business_id="3354302-8",
                street_address="Hämeenkatu 1",
                postal_code="33100",
                city="Tampere",
                email="info@itsetesti.example",
            )
        )
        services.registers.add(
            RegisterDescription(
                name="Itsetestirekisteri",
                purposes=(Purpose("Tilausten toimittaminen", LegalBasis.CONTRACT),),
                data_subject_categories="Asiakkaat",
                data_categories="Nimi ja yhteystiedot",
                retention=RetentionRule(5, RetentionAnchor.LAST_ACTIVITY),
                retention_text="Viisi vuotta viimeisestä asioinnista",
            )
        )
        count = len(services.registers.list())
        _check(count == 1, f"expected one register, found {count}")
        return "business profile and one register saved"

    def sign(self) -> str:
        documents = self.services.documents
        documents.create_identity(PASSPHRASE)
        register = self.services.registers.list()[0]
        exported = documents.privacy_statement(register.id, Language.FI, passphrase=PASSPHRASE)
        self.pdf = exported.pdf
        _check(self.pdf.startswith(b"%PDF"), "the statement is not a PDF")
        _check(exported.document.signed, "the statement was not signed")
        archived = documents.pdf(exported.document.id)
        _check(archived == self.pdf, "the archived copy differs from the one made")
        return f"privacy statement built and signed, {len(self.pdf):,} bytes"

    def read_back(self) -> str:
        # the self-test loads what each step checks, in its step
        from .documents.printing import load_pdf

        document = load_pdf(self.pdf)
        try:
            pages = document.pageCount()
            _check(pages >= 1, f"QtPdf could not read the statement ({document.error()})")
            text = " ".join(document.getAllText(page).text() for page in range(pages))
            missing = [word for word in EXPECTED_WORDS if word not in text]
            _check(not missing, f"the statement does not contain {', '.join(missing)}")
            image = document.render(0, document.pagePointSize(0).toSize())
            _check(not image.isNull(), "QtPdf could not draw the first page")
        finally:
            document.close()
        return f"{pages} page(s) read back, expected text found, first page drawn"

    def verify(self) -> str:
        result = self.services.documents.verify(self.pdf)
        _check(result.signed, "no signature found in the statement")
        _check(result.valid and result.intact, "; ".join(result.problems) or "signature invalid")
        _check(result.signer == "Itsetesti Tmi", f"unexpected signer {result.signer!r}")
        return f"signature valid and intact, signer {result.signer}"

    def encrypted_register(self) -> str:
        """SQLCipher is in the build: a new encrypted register holds a name that its file does
        not show, refuses a wrong passphrase and opens with the right one."""
        # the self-test loads what each step checks, in its step
        from ..services import open_services

        # the self-test loads what each step checks, in its step
        from ..services.errors import WrongPassphrase

        folder = self.folder / "encrypted"
        name = "Salattu Itsetesti Tmi"
        services = open_services(folder, passphrase=PASSPHRASE)
        try:
            services.controller.save(replace(self.services.controller.get(), name=name))
        finally:
            services.close()
        data = database_path(folder).read_bytes()
        _check(not data.startswith(b"SQLite format 3"), "the encrypted register is plain SQLite")
        _check(name.encode() not in data, "the business name is readable in the encrypted file")
        try:
            open_services(folder, passphrase=PASSPHRASE + "x").close()
        except WrongPassphrase:
            pass
        else:
            raise SelfTestFailure("a wrong passphrase opened the encrypted register")
        services = open_services(folder, passphrase=PASSPHRASE)
        try:
            read = services.controller.get().name
        finally:
            services.close()
        _check(read == name, f"the encrypted register gave back {read!r}")
        import keyring  # the OS key store's library is in the build (whatever backend is here)

        backend = type(keyring.get_keyring()).__module__
        return (
            f"SQLCipher register written, wrong passphrase refused, read back; key store {backend}"
        )

    # -- running ---------------------------------------------------------------------------

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("Qt application", self.qt_application),
            ("translations", self.translations),
            ("legal clock", self.legal_clock),
            ("register and migrations", self.register),
            ("business profile and register", self.describe),
            ("signed privacy statement", self.sign),
            ("statement read back", self.read_back),
            ("signature verified", self.verify),
            ("encrypted register", self.encrypted_register),
        ]

    def run(self) -> int:
        print(f"{APP_NAME} {__version__} self-test ({self._where()})", file=self.out, flush=True)
        started = time.perf_counter()
        try:
            for name, step in self.steps():
                step_started = time.perf_counter()
                try:
                    detail = step()
                except Exception as error:
                    print(f"FAILED {name}: {error}", file=self.out, flush=True)
                    if not isinstance(error, SelfTestFailure):
                        traceback.print_exc(file=self.out)
                    return 1
                seconds = time.perf_counter() - step_started
                print(f"OK {name}: {detail} ({seconds:.1f} s)", file=self.out, flush=True)
        finally:
            self.close()
        total = time.perf_counter() - started
        print(f"OK self-test passed in {total:.1f} s", file=self.out, flush=True)
        return 0

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None
        shutil.rmtree(self.folder, ignore_errors=True)

    @staticmethod
    def _where() -> str:
        if getattr(sys, "frozen", False):
            return f"bundle at {Path(sys.executable).parent}"
        return f"source, Python {sys.version.split()[0]}"


LOG_NAME = "tietosuoja-selftest.log"


def run_selftest(out: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 after the first failure. A windowed Windows build
    has no standard output: there the lines go to ``tietosuoja-selftest.log`` in the temporary
    folder."""
    # Only errors on the console: pyHanko warns (with a traceback) that the self-made signing
    # certificate is self-signed, which is expected here and checked by the verify step.
    logging.basicConfig(level=logging.ERROR)
    # A dependency's deprecation notice (pyHanko importing DSA) is not the installation's
    # problem; as on the command line, it stays off the console.
    warnings.filterwarnings("ignore", module=r"(pyhanko|cryptography)(\.|$)")
    if out is not None:
        return SelfTest(out).run()
    if sys.stdout is not None:
        return SelfTest(sys.stdout).run()
    with open(Path(tempfile.gettempdir()) / LOG_NAME, "w", encoding="utf-8") as log_file:
        return SelfTest(log_file).run()
