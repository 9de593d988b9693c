"""The one ``QApplication`` of the process, made the same way for the window, the self-test and
the screenshot script: the binding's work-around, names, icon and style.

Imported only after the register's code (:func:`.app.load_register_code`): PySide6's import
hook would otherwise read the source of every SQLAlchemy module imported after it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__
from .compat import protect_none
from .icon import app_icon
from .mnemonics import install_alt_letter_guard
from .preferences import ORGANISATION
from .style import apply_style


def create_application(argv: list[str]) -> QApplication:
    protect_none()
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    apply_style(app)
    install_alt_letter_guard(app)
    return app
