"""The main window's menus and shortcuts: File, Edit, View, Request (``requests/menu.py``),
Help. Actions that depend on the page (new, find, print) are enabled only where the page offers
them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from .. import APP_NAME, __version__
from .help_dialog import HelpDialog
from .pages import PAGE_KEYS, PAGES
from .requests.menu import RequestMenu


class MainMenus:
    """Owns the window's actions; ``update_for(page)`` enables what the page supports."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(QKeySequence.StandardKey.New, self._new)
        self.print_action = self._action(QKeySequence.StandardKey.Print, self._print)
        self.folder_action = self._action(None, self._open_folder)
        self.import_action = self._action(None, self._import)
        self.marketing_action = self._action(None, self._export_marketing)
        self.quit_action = self._action(QKeySequence("Ctrl+Q"), window.close)
        self.file_menu.addActions([self.new_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.marketing_action)
        self.file_menu.addAction(self.folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.file_menu.aboutToShow.connect(self.update_current)

        self.edit_menu = bar.addMenu("")
        self.find_action = self._action(QKeySequence.StandardKey.Find, self._find)
        self.settings_action = self._action(
            QKeySequence.StandardKey.Preferences, lambda: window.show_page("settings")
        )
        # The records of the whole business, kept on the Registers page (whose changes the
        # rest of the window follows).
        self.processors_action = self._action(None, lambda: self._records("open_processors"))
        self.access_action = self._action(None, lambda: self._records("open_access_list"))
        self.security_action = self._action(None, lambda: self._records("open_security_review"))
        self.dpo_action = self._action(None, lambda: self._records("open_dpo"))
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        for action in (
            self.processors_action,
            self.access_action,
            self.security_action,
            self.dpo_action,
        ):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)

        self.view_menu = bar.addMenu("")
        self.page_group = QActionGroup(window)
        self.page_actions: list[QAction] = []
        for row, key in enumerate(PAGE_KEYS):
            action = self._action(QKeySequence(f"Alt+{row + 1}"), lambda k=key: window.show_page(k))
            action.setCheckable(True)
            self.page_group.addAction(action)
            self.page_actions.append(action)
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.refresh_action = self._action(QKeySequence.StandardKey.Refresh, window.refresh_current)
        self.view_menu.addAction(self.refresh_action)

        self.request_menu = RequestMenu(window)

        self.help_menu = bar.addMenu("")
        self.help_action = self._action(QKeySequence.StandardKey.HelpContents, self.show_help)
        self.about_action = self._action(None, self._about)
        self.about_qt_action = self._action(None, QApplication.aboutQt)
        self.help_menu.addActions([self.help_action, self.about_action, self.about_qt_action])
        self.help_dialog: HelpDialog | None = None

    def _action(self, shortcut, slot) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work with the menu bar hidden, too
        return action

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainMenus", "&File"))
        self.new_action.setText(QCoreApplication.translate("MainMenus", "&New…"))
        self.print_action.setText(QCoreApplication.translate("MainMenus", "&Print…"))
        self.folder_action.setText(QCoreApplication.translate("MainMenus", "Open data &folder"))
        self.import_action.setText(
            QCoreApplication.translate("MainMenus", "&Import customers from CSV…")
        )
        self.marketing_action.setText(
            QCoreApplication.translate("MainMenus", "Export &marketing list…")
        )
        self.quit_action.setText(QCoreApplication.translate("MainMenus", "&Quit"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainMenus", "&Edit"))
        self.find_action.setText(QCoreApplication.translate("MainMenus", "&Find…"))
        self.processors_action.setText(
            QCoreApplication.translate("MainMenus", "&Processors and recipients…")
        )
        self.access_action.setText(QCoreApplication.translate("MainMenus", "&Who has access…"))
        self.security_action.setText(QCoreApplication.translate("MainMenus", "Security re&view…"))
        self.dpo_action.setText(
            QCoreApplication.translate("MainMenus", "&Data protection officer…")
        )
        self.settings_action.setText(QCoreApplication.translate("MainMenus", "&Settings"))
        self.view_menu.setTitle(QCoreApplication.translate("MainMenus", "&View"))
        for action, spec in zip(self.page_actions, PAGES, strict=True):
            action.setText(QCoreApplication.translate("MainWindow", spec.title))
        self.refresh_action.setText(QCoreApplication.translate("MainMenus", "&Refresh"))
        self.help_menu.setTitle(QCoreApplication.translate("MainMenus", "&Help"))
        self.help_action.setText(QCoreApplication.translate("MainMenus", "&Help"))
        self.about_action.setText(
            QCoreApplication.translate("MainMenus", "&About Tietosuoja Desktop")
        )
        self.about_qt_action.setText(QCoreApplication.translate("MainMenus", "About &Qt"))
        self.request_menu.retranslate_ui()

    def update_for(self, page, row: int) -> None:
        self.page_actions[row].setChecked(True)
        self.new_action.setEnabled(hasattr(page, "new_item"))
        self.find_action.setEnabled(hasattr(page, "focus_search"))
        self.print_action.setEnabled(hasattr(page, "can_print") and bool(page.can_print()))
        self.request_menu.update()

    def update_current(self) -> None:
        row = max(self.window.navigation.currentRow(), 0)
        self.update_for(self.window.current_page(), row)

    def _new(self) -> None:
        page = self.window.current_page()
        if hasattr(page, "new_item"):
            page.new_item()

    def _find(self) -> None:
        page = self.window.current_page()
        if hasattr(page, "focus_search"):
            page.focus_search()

    def _print(self) -> None:
        page = self.window.current_page()
        if hasattr(page, "can_print") and page.can_print():
            page.print_current()

    def _records(self, opener: str) -> None:
        """Open one of the business's records on the Registers page."""
        getattr(self.window.show_page("registers"), opener)()

    def _import(self) -> None:
        # on first use: not needed for the first paint: it loads the CSV import
        from .data.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.services, self.window)
        dialog.imported.connect(lambda _result: self.window.refresh_everything())
        dialog.exec()

    def _export_marketing(self) -> None:
        # on first use: not needed for the first paint: it loads the exports
        from .data.marketing_export_dialog import MarketingExportDialog

        MarketingExportDialog(self.window.services, self.window).exec()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.window.services.data_dir)))

    def show_help(self) -> HelpDialog:
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.window)
        self.help_dialog.show()
        self.help_dialog.raise_()
        return self.help_dialog

    def _about(self) -> None:
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("MainMenus", "About Tietosuoja Desktop"),
            QCoreApplication.translate(
                "MainMenus",
                "%1 %2\n\nA customer register, data-subject requests and privacy statements "
                "for Finnish sole traders. Everything stays on this computer.",
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__),
        )
