"""The main window's Request menu: every step of a request, with shortcuts, so a request can be
logged and answered without the mouse. Each step's action mirrors its button on the request's
card (``detail_buttons.ActionButtons``): enabled exactly when the button is shown and enabled,
and triggering it clicks the button, so the rules of which step a request's type and state
allow are kept in one place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ..mnemonics import mnemonic, plain_text, with_mnemonic

# The card's buttons by name, with the action's shortcut (None: the mnemonic only).
STEPS = (
    ("fulfil", "Ctrl+Return"),
    ("mark_sent", "Ctrl+Shift+M"),
    ("email_draft", None),
    ("acknowledge", "Ctrl+Shift+K"),
    ("ask_identity", "Ctrl+Shift+I"),
    ("identity_received", None),
    ("identity_failed", None),
    ("extend", "Ctrl+Shift+E"),
    ("refuse", "Ctrl+Shift+R"),
    ("withdraw", "Ctrl+Shift+W"),
    ("person", None),
)
PAGE = "requests"
IDLE_TEXTS = {  # the buttons' own texts (detail_buttons.ActionButtons), already translated
    "mark_sent": QT_TRANSLATE_NOOP("ActionButtons", "&Mark as sent…"),
    "email_draft": QT_TRANSLATE_NOOP("ActionButtons", "Draft an &e-mail"),
    "acknowledge": QT_TRANSLATE_NOOP("ActionButtons", "&Acknowledge…"),
    "ask_identity": QT_TRANSLATE_NOOP("ActionButtons", "Ask for &identity…"),
    "identity_received": QT_TRANSLATE_NOOP("ActionButtons", "Identity &received"),
    "identity_failed": QT_TRANSLATE_NOOP("ActionButtons", "Identity faile&d"),
    "extend": QT_TRANSLATE_NOOP("ActionButtons", "E&xtend…"),
    "refuse": QT_TRANSLATE_NOOP("ActionButtons", "Ref&use…"),
    "withdraw": QT_TRANSLATE_NOOP("ActionButtons", "&Withdrawn…"),
    "person": QT_TRANSLATE_NOOP("ActionButtons", "Person's &page…"),
}


class RequestMenu(QObject):
    """Built by ``MainMenus``; follows the Requests page once it exists."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu("")
        self.log_action = self._action(None, self._log_request)
        self.menu.addAction(self.log_action)
        self.menu.addSeparator()
        self.step_actions: dict[str, QAction] = {}
        for name, shortcut in STEPS:
            action = self._action(shortcut, lambda n=name: self._click(n))
            self.step_actions[name] = action
            self.menu.addAction(action)
            if name in ("email_draft", "identity_failed", "withdraw"):
                self.menu.addSeparator()
        self.report_action = self._action("Ctrl+Shift+L", self._open_report)
        self.menu.addAction(self.report_action)
        self.menu.aboutToShow.connect(self.update)
        self._watched: set[int] = set()
        self.update()

    def _action(self, shortcut: str | None, slot) -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcuts work with the menu closed
        return action

    def retranslate_ui(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("RequestMenu", "Re&quest"))
        self.log_action.setText(QCoreApplication.translate("RequestMenu", "&Log a request…"))
        self.report_action.setText(QCoreApplication.translate("RequestMenu", "Request lo&g…"))
        self.update()

    # -- following the page's buttons ----------------------------------------------------

    def _buttons(self):
        """The card's buttons, when the Requests page is shown with a request on its card."""
        if self.window.current_key() != PAGE:
            return None
        detail = self.window.page(PAGE).detail
        if id(detail) not in self._watched:  # the card is built when a request is first shown
            self._watched.add(id(detail))
            detail.currentChanged.connect(lambda _index: self.update())
        if detail.view is None or detail.card is None:
            return None
        buttons = detail.buttons
        if id(buttons) not in self._watched:
            self._watched.add(id(buttons))
            for name, _shortcut in STEPS:
                getattr(buttons, name).installEventFilter(self)
        return buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.EnabledChange,
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self.update()
        return False

    def update(self) -> None:
        """Each step's action as its button: there, shown and enabled; its text the button's
        (the main step's text follows the request's type)."""
        buttons = self._buttons()
        on_page = self.window.current_key() == PAGE
        self.log_action.setEnabled(True)
        self.report_action.setEnabled(True)
        for name, action in self.step_actions.items():
            button = getattr(buttons, name) if buttons is not None else None
            if button is None:
                action.setText(self._idle_text(name))
                action.setEnabled(False)
                continue
            action.setText(button.text() or self._idle_text(name))
            action.setEnabled(on_page and not button.isHidden() and button.isEnabled())
        self._free_main_step_letter()

    def _free_main_step_letter(self) -> None:
        """The main step's text changes with the request, and its button's letter is the one
        the window left free; in the menu it takes a letter the other items leave free."""
        fulfil = self.step_actions["fulfil"]
        taken = {
            letter
            for action in self.menu.actions()
            if action is not fulfil and (letter := mnemonic(action.text()))
        }
        fulfil.setText(with_mnemonic(plain_text(fulfil.text()), taken))

    def _idle_text(self, name: str) -> str:
        """The step's name while no request is on the card (the same words as its button)."""
        if name == "fulfil":
            return QCoreApplication.translate("RequestMenu", "Answer the re&quest…")
        return QCoreApplication.translate("ActionButtons", IDLE_TEXTS[name])

    # -- doing ---------------------------------------------------------------------------

    def _click(self, name: str) -> None:
        buttons = self._buttons()
        if buttons is None:
            return
        button = getattr(buttons, name)
        if not button.isHidden() and button.isEnabled():
            button.click()

    def _log_request(self) -> None:
        self.window.show_page(PAGE).new_item()

    def _open_report(self) -> None:
        self.window.show_page(PAGE).open_report()
