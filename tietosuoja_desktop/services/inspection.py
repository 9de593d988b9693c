"""The supervisor's folder (Art 5(2), 24): one action writes a dated folder or ZIP with a cover
page (a table of contents and the 15 checklist items, each pointing to its file or shown open
with what to do) and the records that answer them, every PDF signed when a passphrase is given.

The providers (``inspection_providers.py``) gather the files; this room signs them, makes the
cover (archived, so the business keeps what it handed over), writes the folder whole or not at
all, and logs the export. An OSError (a full disk, a locked file) reaches the caller unchanged
with nothing half-written left behind."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from ..domain.enums import Language
from ..domain.file_names import safe_file_name
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.inspection import ChecklistItem, InspectionPack, answered_in_order, pack_folder_name
from . import audit
from .errors import RuleViolation
from .inspection_providers import PROVIDERS, PackContext

DEFAULT_PERIOD = timedelta(days=365)  # a year of requests and breaches unless asked otherwise
STEPS = len(ChecklistItem) + 2  # the items, the signing, the writing

Progress = Callable[[int, int], None]


def _period_problem() -> RuleViolation:
    return RuleViolation(
        Message(
            "Inspection",
            QT_TRANSLATE_NOOP("Inspection", "The period cannot start after today."),
        ),
        "from",
    )


def is_zip(out: Path) -> bool:
    return Path(out).suffix.casefold() == ".zip"


def _free_folder(parent: Path, name: str) -> Path:
    """``parent / name``, or ``name-2``, ``name-3``... when a folder of that day exists."""
    target, number = parent / name, 1
    while target.exists() or target.with_name(target.name + ".part").exists():
        number += 1
        target = parent / f"{name}-{number}"
    return target


def write_folder(out: Path, folder: str, files: dict[str, bytes]) -> Path:
    """Write ``files`` into a new folder ``folder`` under ``out``, or into the ZIP ``out``
    under ``folder/``: first as ``.part``, renamed when whole. Returns the path written."""
    out = Path(out)
    if is_zip(out):
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".part")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
                for name, data in files.items():
                    bundle.writestr(f"{folder}/{name}", data)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
        return out
    out.mkdir(parents=True, exist_ok=True)
    target = _free_folder(out, folder)
    partial = target.with_name(target.name + ".part")
    try:
        partial.mkdir()
        for name, data in files.items():
            (partial / name).write_bytes(data)
        partial.rename(target)
    finally:
        if partial.exists():
            shutil.rmtree(partial)
    return target


class InspectionService:
    def __init__(self, services) -> None:
        self._services = services

    def pack(
        self,
        out: Path,
        *,
        start: date | None = None,
        language: Language | None = None,
        passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> InspectionPack:
        """Write the folder for the period ``start``..today (a year by default) into the
        folder ``out`` (a new dated folder in it) or the ZIP ``out``."""
        from ..documents.texts import text  # the wording tables load with the documents room

        s = self._services
        documents = s.documents
        controller = documents._controller()
        language = Language(language or controller.document_language)
        end = s.clock.today()
        start = start or end - DEFAULT_PERIOD
        if start > end:
            raise _period_problem()
        if passphrase is not None:
            documents.check_passphrase(passphrase)  # a typo stops before anything is made
        report = progress or (lambda done, total: None)
        context = PackContext(s, language, start, end)
        answers = []
        for step, item in enumerate(ChecklistItem):
            report(step, STEPS)
            answers.append(PROVIDERS[item](context))
        answers = answered_in_order(answers)
        report(len(ChecklistItem), STEPS)
        files = dict(context.files)
        if passphrase is not None:
            from ..documents.signing import sign_pdf  # pyHanko only when signing

            for name, data in files.items():
                if name.endswith(".pdf"):
                    files[name] = sign_pdf(
                        data, documents.signing_dir, passphrase, location=controller.city
                    )
        cover = documents.inspection_cover(
            answers, list(files), language, start=start, end=end, passphrase=passphrase
        )
        cover_name = safe_file_name(f"00 {text(language, 'inspection.title')}.pdf")
        files = {cover_name: cover.pdf, **files}
        report(len(ChecklistItem) + 1, STEPS)
        folder = pack_folder_name(text(language, "inspection.folder"), end.isoformat())
        path = write_folder(out, folder, files)
        with s.db.transaction() as session:
            signed = ["signed"] if passphrase is not None else []
            audit.record(
                session, s.clock.now(), "export", "inspection_pack", cover.document.id, signed
            )
        report(STEPS, STEPS)
        return InspectionPack(str(path), answers, tuple(files), passphrase is not None, language)


def open_lines(pack: InspectionPack) -> list[tuple[str, str]]:
    """(item, what to do) for each open item, in the folder's language, as the cover says."""
    # the wording tables load with the documents room
    from ..documents.inspection_cover import todo_text
    from ..documents.texts import text

    return [
        (text(pack.language, f"inspection.item.{answer.item.value}"), line)
        for answer in pack.open_items
        for line in todo_text(pack.language, answer)
    ]
