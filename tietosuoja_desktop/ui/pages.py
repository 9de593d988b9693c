"""The window's pages, declared once: each page's key, its title in the navigation and the View
menu, its icon and how it is built. The main window and its menus both read this list.

Every page follows one contract: ``Page(services, parent)``, ``refresh()``, a ``dataChanged``
signal, and optionally ``new_item()``, ``focus_search()``, ``can_print()``/``print_current()``
and ``confirm_leave()`` (False keeps the window open for unsaved work)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QStyle

from .overview_page import OverviewPage

log = logging.getLogger(__name__)


def _lazy(module: str, name: str) -> Callable:
    """A page factory that imports the page's module on first use (start-up pays only for
    the Overview)."""

    def build(services, parent):
        page_class = getattr(importlib.import_module(module, __package__), name)
        return page_class(services, parent)

    return build


def _customers_page(services, parent):
    try:
        # on first use: not needed for the first paint; a build without it still starts
        from .customers.page import CustomersPage
    except ImportError:  # built without the customers package: say so instead of crashing
        log.exception("the customers page could not be loaded")
        label = QLabel(QCoreApplication.translate("MainWindow", "Customers are not available."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    return CustomersPage(services, parent)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    theme_icon: QIcon.ThemeIcon
    fallback_icon: QStyle.StandardPixmap
    factory: Callable


PAGES = (
    PageSpec(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        QIcon.ThemeIcon.GoHome,
        QStyle.StandardPixmap.SP_DesktopIcon,
        OverviewPage,
    ),
    PageSpec(
        "customers",
        QT_TRANSLATE_NOOP("MainWindow", "Customers"),
        QIcon.ThemeIcon.AddressBookNew,
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        _customers_page,
    ),
    PageSpec(
        "requests",
        QT_TRANSLATE_NOOP("MainWindow", "Requests"),
        QIcon.ThemeIcon.MailMessageNew,
        QStyle.StandardPixmap.SP_MessageBoxInformation,
        _lazy(".requests.page", "RequestsPage"),
    ),
    PageSpec(
        "breaches",
        QT_TRANSLATE_NOOP("MainWindow", "Breaches"),
        QIcon.ThemeIcon.DialogWarning,
        QStyle.StandardPixmap.SP_MessageBoxWarning,
        _lazy(".breaches.page", "BreachesPage"),
    ),
    PageSpec(
        "registers",
        QT_TRANSLATE_NOOP("MainWindow", "Registers"),
        QIcon.ThemeIcon.DocumentProperties,
        QStyle.StandardPixmap.SP_FileDialogListView,
        _lazy(".registers_page", "RegistersPage"),
    ),
    PageSpec(
        "documents",
        QT_TRANSLATE_NOOP("MainWindow", "Documents"),
        QIcon.ThemeIcon.DocumentPrint,
        QStyle.StandardPixmap.SP_FileIcon,
        _lazy(".documents.page", "DocumentsPage"),
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Settings"),
        QIcon.ThemeIcon.DocumentPageSetup,
        QStyle.StandardPixmap.SP_ComputerIcon,
        _lazy(".settings_page", "SettingsPage"),
    ),
)
PAGE_KEYS = tuple(spec.key for spec in PAGES)
