"""What the record-keeping dialogs' forms share (the legitimate-interest assessment, the DPIA,
the DPO decision): a labelled row with its problem label under the field, a question's answer
(not answered / no / yes) with its reasoning, accessible names read from the labels,
the dialog's frame (headings, the scrolling form, problems no field takes, Save / Cancel) and
saving with every problem shown at its field and nothing typed lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.validation import ValidationError
from .errors import FieldMessages, problem_label, set_message, show_user_error
from .mnemonics import plain_text


def add_row(
    form: QFormLayout, name: str, field: QWidget, labels: dict[str, QLabel], errors: dict
) -> None:
    """``field`` under a wrapping label (its buddy) with a hidden problem label below it; both
    labels kept under ``name``."""
    parent = field.parentWidget()
    label = QLabel(parent)
    label.setBuddy(field)
    label.setWordWrap(True)
    error = problem_label(parent)
    column = QWidget(parent)
    stack = QVBoxLayout(column)
    stack.setContentsMargins(0, 0, 0, 0)
    stack.addWidget(field)
    stack.addWidget(error)
    form.addRow(label, column)
    labels[name] = label
    errors[name] = error


UNANSWERED, NO, YES = 0, 1, 2  # an answer box's rows


def answer_fields(parent: QWidget, applies: bool | None, reasoning: str, changed):
    """A question's answer box (not answered / no / yes; ``applies`` None: not answered) and
    its reasoning; ``changed`` runs when the answer changes."""
    answer = QComboBox(parent)
    for _ in range(3):
        answer.addItem("")
    if applies is not None:
        answer.setCurrentIndex(YES if applies else NO)
    answer.currentIndexChanged.connect(changed)
    return answer, QLineEdit(reasoning, parent)


def name_answer(answer: QComboBox, reasoning: QLineEdit, question: str) -> None:
    """The answer's choices in the user's language, both fields named after ``question``."""
    translate = QCoreApplication.translate
    choices = (
        translate("FormRows", "Not answered"),
        translate("FormRows", "No"),
        translate("FormRows", "Yes"),
    )
    for index, choice in enumerate(choices):
        answer.setItemText(index, choice)
    answer.setAccessibleName(translate("FormRows", "Answer: %1").replace("%1", question))
    reasoning.setAccessibleName(translate("FormRows", "Reasoning: %1").replace("%1", question))
    reasoning.setPlaceholderText(translate("FormRows", "Reasoning"))


def name_fields(texts: dict[str, str], fields: dict[str, QWidget]) -> None:
    """Each field's accessible name: its label's text without the Alt+letter and the colon."""
    for name, field in fields.items():
        field.setAccessibleName(plain_text(texts[name]).rstrip(":"))


def form_scroll(content: QWidget, parent: QWidget) -> QScrollArea:
    """A form's scrolling area: it scrolls down only, and its fields take the focus."""
    scroll = QScrollArea(parent)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus; it follows
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def save_cancel(dialog: QDialog, save) -> QDialogButtonBox:
    """Save (runs ``save``, which accepts when it succeeds) and Cancel."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_and_close(dialog: QDialog, act) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    """The dialog's default button (runs ``act``) and Close (rejects), at the right of a row;
    their texts are set where the dialog is translated."""
    action = QPushButton(dialog)
    action.setDefault(True)
    action.clicked.connect(act)
    close = QPushButton(dialog)
    close.setAutoDefault(False)
    close.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(action)
    row.addWidget(close)
    return action, close, row


def enable_passphrase(field: QLineEdit, label: QLabel, problem: QLabel, on: bool) -> None:
    """The passphrase row follows "Sign": typed into when turned on, its problem gone when off."""
    field.setEnabled(on)
    label.setEnabled(on)
    if on:
        field.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        set_message(problem, "")


def frame_form(dialog: QDialog, heads: list[QWidget], content: QWidget, errors: dict) -> None:
    """Lay ``dialog`` out: ``heads`` over ``content`` in a scrolling area, the problems no field
    takes (``dialog.general_error``; all of them through ``dialog.messages``), and Save /
    Cancel (``dialog.buttons``; Save runs ``dialog.save``)."""
    dialog.general_error = problem_label(dialog)
    dialog.messages = FieldMessages(errors, dialog.general_error)
    dialog.buttons = save_cancel(dialog, dialog.save)
    layout = QVBoxLayout(dialog)
    for head in heads:
        layout.addWidget(head)
    layout.addWidget(form_scroll(content, dialog), 1)
    layout.addWidget(dialog.general_error)
    layout.addWidget(dialog.buttons)


def save_or_show(dialog: QDialog, action):
    """``action()``'s result (the caller keeps it, then accepts); None when it was refused: its
    problems shown at their fields (``dialog.messages``) or a locked or full disk told, the
    form kept."""
    try:
        result = action()
    except ValidationError as error:
        dialog.messages.show(error.problems)  # what no field takes goes under the form
        return None
    except Exception as error:  # a locked or full disk: say so, keep the form
        if show_user_error(dialog, error):
            return None
        raise
    return result
