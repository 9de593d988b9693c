"""Ending the program one way, however it is asked to end: Quit in the menu, closing the window,
SIGTERM (a POSIX logout or shutdown) or the session manager's request (Windows, macOS). Each
closes the main window as Quit does, the event loop ends, and the backup on exit is made once.

SIGTERM is caught without running code inside the signal handler: Python's wake-up file
descriptor is one end of a socket pair, a ``QSocketNotifier`` watches the other, so the Qt
event loop wakes up and the quit runs as an ordinary event on the GUI thread."""

from __future__ import annotations

import logging
import os
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_WATCHED = ("SIGTERM",)  # SIGINT keeps Python's KeyboardInterrupt for a terminal's Ctrl+C


class Shutdown(QObject):
    """``Shutdown(app, window, on_exit)``: ``install()`` catches SIGTERM and the session's end;
    ``quit()`` closes ``window`` the way Quit does and ends the event loop; ``on_exit`` (the
    backup, which must tolerate a second call) runs when the event loop is about to end, so it
    is made even where the system ends the process as soon as the loop has returned."""

    def __init__(self, app: QApplication, window: QWidget, on_exit: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self.window = window
        self._on_exit = on_exit
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._previous: dict[int, object] = {}
        self._previous_wakeup = -1

    def install(self) -> None:
        self._app.aboutToQuit.connect(self._on_exit)
        self._app.commitDataRequest.connect(self.session_ending)
        if os.name == "posix":
            self._catch_signals()

    def uninstall(self) -> None:
        """Give the signals back as they were (tests, and a window made twice)."""
        self._app.aboutToQuit.disconnect(self._on_exit)
        self._app.commitDataRequest.disconnect(self.session_ending)
        if self._sockets is None:
            return
        signal.set_wakeup_fd(self._previous_wakeup)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._notifier.setEnabled(False)
        for end in self._sockets:
            end.close()
        self._sockets = self._notifier = None

    def quit(self) -> None:
        """What Quit in the File menu does, then the end of the event loop even when a page
        kept the window open: the system is ending the session."""
        self.window.close()
        self._app.quit()

    # -- the two ways the system asks -------------------------------------------------------

    def session_ending(self, _manager) -> None:
        """The session manager's commit-data request (logout, shutdown on Windows, macOS)."""
        log.info("ending with the session")
        self.quit()

    def _catch_signals(self) -> None:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._sockets = (reader, writer)
        self._previous_wakeup = signal.set_wakeup_fd(writer.fileno())
        for name in _WATCHED:
            number = getattr(signal, name)
            # The work happens in _woken; Python's handler only has to exist, else the
            # default action ends the process at once.
            self._previous[number] = signal.signal(number, _noted)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self, *_args) -> None:
        try:
            received = self._sockets[0].recv(64)
        except BlockingIOError:
            return
        watched = {int(getattr(signal, name)) for name in _WATCHED}
        if watched & set(received):
            log.info("ending on SIGTERM")
            self.quit()


def _noted(_number: int, _frame) -> None:
    """The Python-level SIGTERM handler: nothing to do here (see :meth:`Shutdown._woken`)."""
