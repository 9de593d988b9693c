"""The idle lock: after N minutes without keyboard or mouse input the main window hides the
register behind a lock screen. It unlocks with the passphrase, or with one click when the key
is in the computer's key store (the lock is then a privacy screen, not a lock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ... import APP_NAME
from ..passphrase_fields import password_field
from ..style import heading, set_role

IDLE_SETTING = "idle_lock_minutes"
DEFAULT_MINUTES = 10

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def idle_minutes(services) -> int:
    """The setting (kept in the register): minutes, 0 for never."""
    try:
        return max(0, int(services.settings.get(IDLE_SETTING, str(DEFAULT_MINUTES))))
    except ValueError:
        return DEFAULT_MINUTES


class IdleWatcher(QObject):
    """An event filter on the application: ``idle`` after ``minutes`` without user input."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        self.timer.setInterval(self.minutes * 60_000)
        self.restart()

    def restart(self) -> None:
        if self.minutes:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QWidget):
    """Covers the main window while it is locked; ``unlocked`` when opened again."""

    unlocked = Signal()

    def __init__(self, services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        heading(self.title, 1.6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMinimumWidth(420)
        self.passphrase = password_field(self)
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setMinimumWidth(320)
        self.error = set_role(QLabel(self), "warning")
        self.error.hide()
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.text, self.passphrase, self.error, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate_ui()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def needs_passphrase(self) -> bool:
        encryption = self.services.encryption
        return encryption.encrypted and not encryption.key_in_key_store

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Locked"))
        if self.needs_passphrase():
            self.text.setText(self.tr("The register is hidden. Type its passphrase to go on."))
        else:
            self.text.setText(self.tr("The register is hidden while you are away."))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))

    def lock(self) -> None:
        self.retranslate_ui()
        self.passphrase.setVisible(self.needs_passphrase())
        self.passphrase.clear()
        self.error.hide()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        (self.passphrase if self.needs_passphrase() else self.unlock_button).setFocus()

    def try_unlock(self) -> None:
        if self.needs_passphrase() and not self.services.encryption.matches(self.passphrase.text()):
            self.passphrase.clear()
            self.error.setText(self.tr("That is not the passphrase of the register."))
            self.error.show()
            return
        self.hide()
        self.unlocked.emit()


class IdleLock(QObject):
    """Wires the watcher, the lock screens and a main window together. Every window of the
    app that is open when it locks (the main window and any dialog, modal or not) gets its own
    lock screen over its contents, so a customer's dialog left open shows nothing either; any
    of them unlocks all (a modal dialog blocks the main window's input, so its own screen is
    the one the user can type in). Dialogs are covered, not closed: what was typed stays."""

    def __init__(self, services, window, app) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.app = app
        self.screen = LockScreen(services, window)
        self.watcher = IdleWatcher(idle_minutes(services), self)
        self.watcher.idle.connect(self.lock)
        self.screen.unlocked.connect(self._unlocked)
        self._dialog_screens: list[LockScreen] = []
        self._disabled: list[QWidget] = []
        self._titles: dict[QWidget, str] = {}  # a dialog's title may name a person
        app.installEventFilter(self.watcher)
        window.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.screen.isVisible() or any(s.isVisible() for s in self._dialog_screens)

    @property
    def screens(self) -> list[LockScreen]:
        return [self.screen, *self._dialog_screens]

    def set_minutes(self, minutes: int) -> None:
        self.watcher.set_minutes(minutes)

    def lock(self) -> None:
        if self.locked:  # again (the key store may have changed): refresh the screens
            for screen in self.screens:
                screen.lock()
            return
        self._disable(self._covered())
        self.screen.lock()
        for dialog in self._open_dialogs():
            screen = LockScreen(self.services, dialog)
            screen.unlocked.connect(self._unlocked)
            self._disable(
                child
                for child in dialog.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if child is not screen
            )
            self._dialog_screens.append(screen)
            self._titles[dialog] = dialog.windowTitle()
            dialog.setWindowTitle(APP_NAME)
            dialog.installEventFilter(self)
            screen.lock()
        modal = self.app.activeModalWidget()
        for screen in self.screens:
            if screen.parentWidget() is modal:
                screen.activateWindow()
                screen.lock()  # again, for the focus: this is the screen the user can reach

    def _open_dialogs(self) -> list[QWidget]:
        return [
            widget
            for widget in self.app.topLevelWidgets()
            if widget is not self.window
            and widget.isVisible()
            and widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window)
        ]

    def _disable(self, widgets) -> None:
        for widget in widgets:
            if widget.isEnabled():
                widget.setEnabled(False)
                self._disabled.append(widget)

    def _unlocked(self) -> None:
        for screen in self.screens:
            screen.hide()
        for screen in self._dialog_screens:
            screen.parentWidget().removeEventFilter(self)
            screen.deleteLater()
        self._dialog_screens = []
        for dialog, title in self._titles.items():
            dialog.setWindowTitle(title)
        self._titles = {}
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        self.watcher.restart()

    def _covered(self) -> list[QWidget]:
        widgets = [self.window.centralWidget()] if hasattr(self.window, "centralWidget") else []
        if hasattr(self.window, "menuBar"):
            widgets.append(self.window.menuBar())
        return [w for w in widgets if w is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.locked:
            for screen in self.screens:
                if screen.parentWidget() is watched:
                    screen.setGeometry(watched.rect())
        return False

    def detach(self) -> None:
        self.app.removeEventFilter(self.watcher)
