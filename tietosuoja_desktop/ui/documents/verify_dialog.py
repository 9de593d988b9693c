"""Checking a PDF's digital signature: open any PDF, the check runs off the GUI thread, and the
answer is said plainly in the user's language — valid or not, by whom, when, and whether the
document was changed after it was signed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import signatures
from ...services.documents import DocumentService
from ..passphrase_fields import add_row
from ..style import heading
from ..workers import Worker
from .archive_model import format_timestamp
from .files import choose_pdf
from .wording import addition_text, headline_text, problem_text

GOOD, CAUTION, BAD, NEUTRAL = "good", "caution", "bad", "neutral"
# Dark text on light backgrounds, readable under a dark palette too.
VERDICT_STYLES = {
    GOOD: "background: #dcefdc; color: #13361c; border: 1px solid #7fb88a;",
    CAUTION: "background: #fff0c2; color: #3d2c00; border: 1px solid #d6b656;",
    BAD: "background: #f6d3d0; color: #5c0f0a; border: 1px solid #d9827a;",
    NEUTRAL: "background: palette(alternate-base); border: 1px solid palette(mid);",
}


def verdict(result) -> str:
    """GOOD, CAUTION, BAD or NEUTRAL for a VerificationResult: only a valid signature that
    vouches for the whole file is good (or, with a self-made certificate, a caution)."""
    if result.outcome is signatures.Outcome.NOT_SIGNED:
        return NEUTRAL
    if not result.ok:
        return BAD
    return GOOD if result.trusted else CAUTION


class VerifyDialog(QDialog):
    verified = Signal(object)  # the VerificationResult, once shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = None
        self.file_name = ""
        self.setMinimumWidth(560)
        self.job = Worker(self)
        self.job.succeeded.connect(self._show_result)
        self.job.failed.connect(self._show_failure)
        self.heading = QLabel(self)
        heading(self.heading, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.job.busyChanged.connect(self._set_busy)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        heading(self.headline, 1.1)
        self.headline.setVisible(False)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.details = QFormLayout()
        self.values = [QLabel(self) for _ in range(4)]
        for value in self.values:
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
        self.labels = [add_row(self.details, value) for value in self.values]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addLayout(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    # -- checking ------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = choose_pdf(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Read and check ``path`` in the background; ``verified`` follows."""
        path = Path(path)
        return self._start(path.name, lambda: DocumentService.verify(path.read_bytes()))

    def check(self, pdf: bytes, name: str) -> bool:
        """Check PDF bytes already in memory (e.g. an archived document)."""
        return self._start(name, lambda: DocumentService.verify(pdf))

    def _start(self, name: str, work) -> bool:
        if not self.job.start(work):
            return False
        self.file_name = name
        self.result = None
        self._show()
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)

    def _show_result(self, result) -> None:
        self.result = result
        self._show()
        self.verified.emit(result)

    def _show_failure(self, error: BaseException) -> None:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.result = None
        self._show()
        self.headline.setVisible(True)
        self.headline.setStyleSheet(f"QLabel {{ {VERDICT_STYLES[BAD]} padding: 8px; }}")
        self.headline.setText(self.tr("The file could not be read: %1").replace("%1", detail))
        self._fit()

    # -- showing -------------------------------------------------------------------------

    def _headline_text(self, result) -> str:
        if not result.ok:
            return headline_text(result.outcome)
        if result.trusted:
            return self.tr("Valid signature")
        if result.self_signed:
            return self.tr("Valid, but the certificate is self-signed")
        return self.tr("Valid, but the signer is not verified")

    def _show(self) -> None:
        self.file_label.setText(self.file_name or self.tr("No file chosen."))
        result = self.result
        self.headline.setVisible(result is not None)
        self.explanation.setVisible(result is not None)
        for row in range(self.details.rowCount()):
            self.details.setRowVisible(row, bool(result and result.signed))
        if result is None:
            return
        style = VERDICT_STYLES[verdict(result)]
        self.headline.setStyleSheet(f"QLabel {{ {style} padding: 8px; }}")
        self.headline.setText(self._headline_text(result))
        lines = []
        if result.ok:
            lines.append(self.tr("The document has not been changed since it was signed."))
        lines += [addition_text(addition) for addition in result.additions]
        lines += [problem_text(problem) for problem in result.problems]
        bullets = len(lines) > 1
        self.explanation.setText("\n".join(f"• {line}" if bullets else line for line in lines))
        signer = result.signer
        if result.organization and result.organization != result.signer:
            signer = f"{signer} ({result.organization})"
        when = format_timestamp(result.signed_at.astimezone()) if result.signed_at else ""
        unchanged = self.tr("Yes") if result.intact else self.tr("No")
        texts = (signer or "–", result.business_id or "–", when or "–", unchanged)
        for value, text in zip(self.values, texts, strict=True):
            value.setText(text)
        self._fit()

    def _fit(self) -> None:
        """Grow to show the whole answer (word-wrapped lines need the height)."""
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check a signature"))
        self.heading.setText(self.tr("Check a digital signature"))
        self.intro.setText(
            self.tr(
                "Open a PDF to see whether its digital signature is valid, who signed it and "
                "when, and whether the document was changed after it was signed."
            )
        )
        self.open_button.setText(self.tr("&Open PDF…"))
        names = (
            self.tr("Signed by:"),
            self.tr("Business ID:"),
            self.tr("Signed at:"),
            self.tr("Unchanged since signing:"),
        )
        for label, text in zip(self.labels, names, strict=True):
            label.setText(text)
        self._show()
