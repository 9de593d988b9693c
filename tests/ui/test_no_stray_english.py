"""No stray English in a Finnish or Swedish session (issue 19): every page and every dialog is
opened and its widget tree scanned for an English source text of our catalogue whose
translation differs; Qt's own standard buttons and file dialog speak the language too."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
from helpers.windows import every_window
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tietosuoja_desktop.translation import ts_dir
from tietosuoja_desktop.ui.preferences import apply_language

# Shown in English on purpose: the same word in Finnish and Swedish.
INTENTIONAL = {"PDF", "CSV", "OK", "Email", "E-mail"}


def _plain(text: str) -> str:
    """What a person reads: mnemonic ampersands gone, whitespace single."""
    return " ".join(re.sub(r"&(?!&)", "", text).split())


def english_sources(language: str) -> set[str]:
    """English source texts whose translation into ``language`` differs, minus any text that
    is itself a translation (a word can be the right one in both languages)."""
    tree = ElementTree.parse(ts_dir() / f"tietosuoja_{language}.ts")
    sources, translations = set(), set()
    for message in tree.iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = _plain(message.findtext("translation") or "")
        translations.add(translation)
        if source and translation and source != translation and "%" not in source:
            sources.add(source)
    return sources - translations - INTENTIONAL


def shown_texts(window: QWidget) -> set[str]:
    """Every text a person can see or hear in ``window``'s widget tree."""
    texts = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        texts.update((widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QMenu):
            texts.update(action.text() for action in widget.actions())
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts.update(
                str(widget.model().headerData(section, widget.orientation()) or "")
                for section in range(widget.count())
            )
    return {_plain(text) for text in texts if text}


@pytest.mark.slow  # builds every page and dialog: about 3 s
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_window_shows_english(qtbot, sample, language):
    apply_language(language, remember=False)
    english = english_sources(language)
    found = {
        name: sorted(shown_texts(window) & english) for name, window in every_window(qtbot, sample)
    }
    assert not {name: texts for name, texts in found.items() if texts}


@pytest.mark.parametrize(
    ("language", "cancel", "yes", "date"),
    [("fi", "Peruuta", "Kyllä", "6.12.2026"), ("sv", "Avbryt", "Ja", "6.12.2026")],
)
def test_qt_standard_buttons_and_dates_follow_the_language(
    qtbot, english, language, cancel, yes, date
):
    apply_language(language, remember=False)
    button = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(button.Cancel | button.Yes)
    qtbot.addWidget(box)
    assert _plain(box.button(button.Cancel).text()) == cancel
    assert _plain(box.button(button.Yes).text()) == yes
    edit = QDateEdit(QDate(2026, 12, 6))
    qtbot.addWidget(edit)
    assert edit.text() == date


QT_FILE_DIALOG_ENGLISH = {"Look in:", "File name:", "Files of type:", "Folder", "Cancel", "Open"}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_qts_own_file_dialog_speaks_the_language(qtbot, english, language):
    """Where no native file dialog exists, Qt's own shows no English labels."""
    apply_language(language, remember=False)
    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert not shown_texts(dialog) & QT_FILE_DIALOG_ENGLISH
