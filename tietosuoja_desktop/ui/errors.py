"""Errors a person can cause, shown in their language; problems shown beside their fields.

Nothing typed is lost: these helpers only show messages, they never reset a form."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ..domain.validation import Problem, ValidationError
from ..services.errors import (
    DataFolderInUse,
    NotEnoughSpace,
    NotFound,
    OpenOnAnotherComputer,
    RegisterDamaged,
    RegisterTooNew,
    RuleViolation,
)
from ..translation import render
from .style import set_role

USER_ERRORS = (
    ValidationError,
    RuleViolation,
    NotFound,
    DataFolderInUse,
    RegisterDamaged,
    NotEnoughSpace,
)


def folder_in_use_text(error: DataFolderInUse) -> str:
    if isinstance(error, OpenOnAnotherComputer):
        return render(error.message)
    return QCoreApplication.translate(
        "Errors",
        "The data folder %1 is already open in another Tietosuoja Desktop window or program. "
        "Close the other one and try again.",
    ).replace("%1", str(error.folder))


def damaged_text(error: RegisterDamaged) -> str:
    """A page of the register could not be read while it was open: the way out is the
    restore the next start offers (the damage has asked it to check the file in full)."""
    if error.latest_backup is None:
        text = QCoreApplication.translate(
            "Errors",
            "The register file %1 is damaged, and there is no intact backup to restore. The "
            "damaged file is left as it is; contact support.",
        )
    else:
        text = QCoreApplication.translate(
            "Errors",
            "The register file %1 is damaged. Quit and start Tietosuoja Desktop again: it then "
            "offers to restore the newest intact backup, %2.",
        ).replace("%2", error.latest_backup.name)
    return text.replace("%1", str(error.path))


def user_error_text(error: BaseException) -> str | None:
    """The message for an error the user can fix, or None for a programming error."""
    if isinstance(error, ValidationError):
        lines = [render(problem.message) for problem in error.problems]
        return "\n".join(["• " + line for line in lines]) if len(lines) > 1 else "".join(lines)
    if isinstance(error, (RuleViolation, NotFound, RegisterTooNew, NotEnoughSpace)):
        return render(error.message)
    if isinstance(error, DataFolderInUse):
        return folder_in_use_text(error)
    if isinstance(error, RegisterDamaged):
        return damaged_text(error)
    return None


def show_user_error(parent: QWidget | None, error: BaseException) -> bool:
    """Show a user error in a message box; False (nothing shown) for any other error."""
    text = user_error_text(error)
    if text is None:
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Cannot continue"),
        text,
        parent=parent,
    )
    if isinstance(error, ValidationError):
        box.setText(QCoreApplication.translate("Errors", "Please check these details:"))
        box.setInformativeText(text)
    box.exec()
    return True


def problem_label(parent: QWidget | None = None) -> QLabel:
    """A hidden red label to put under a field; :class:`FieldMessages` fills it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setVisible(False)
    set_role(label, "error")
    return label


def set_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleDescription(text)


class FieldMessages:
    """Field name -> the label under that field. ``show(problems)`` writes each problem under
    its field (several under one field are joined) and clears the others; problems without a
    label of their own go to the ``fallback`` label."""

    def __init__(self, labels: dict[str, QLabel], fallback: QLabel | None = None) -> None:
        self.labels = labels
        self.fallback = fallback

    def label_for(self, field: str) -> QLabel | None:
        if field in self.labels:
            return self.labels[field]
        base = field.split("[")[0].split(".")[0]
        return self.labels.get(base, self.fallback)

    def show(self, problems: Iterable[Problem]) -> list[Problem]:
        """Returns the problems that found no label."""
        texts: dict[int, list[str]] = {}
        unplaced = []
        for problem in problems:
            label = self.label_for(problem.field)
            if label is None:
                unplaced.append(problem)
                continue
            texts.setdefault(id(label), []).append(render(problem.message))
        for label in {id(lb): lb for lb in [*self.labels.values(), self.fallback] if lb}.values():
            set_message(label, "\n".join(texts.get(id(label), [])))
        return unplaced

    def clear(self) -> None:
        self.show([])

    def set_one(self, field: str, problem: Problem | None) -> None:
        label = self.label_for(field)
        if label is not None:
            set_message(label, render(problem.message) if problem else "")
