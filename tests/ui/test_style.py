"""The app's style: labels of tabs keep the dots and rings of Ä, Ö and Å; text stays legible
in light, dark and high-contrast palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QTabBar

from tietosuoja_desktop.domain.clock import Urgency
from tietosuoja_desktop.ui.style import (
    MINIMUM_CONTRAST,
    TEXT_COLOURS,
    RoomForDiacritics,
    contrast_ratio,
    follow_palette,
    set_role,
    text_colour,
)


def tab_images(qtbot, style):
    bar = QTabBar()
    qtbot.addWidget(bar)
    if style is not None:
        bar.setStyle(style)
    # Two middle tabs away from the selected one, so their frames are drawn alike.
    for text in ("Tiedot", "Muut", "Oppna", "Öppna", "Loput"):
        bar.addTab(text)
    bar.setCurrentIndex(0)
    bar.show()
    qtbot.waitExposed(bar)
    image = bar.grab().toImage()
    plain, dotted = (image.copy(bar.tabRect(index)) for index in (2, 3))
    return plain, dotted


def test_a_capital_with_dots_is_drawn_whole_on_a_tab_that_is_not_selected(qtbot):
    style = RoomForDiacritics("fusion")
    plain, dotted = tab_images(qtbot, style)
    assert plain.size() == dotted.size()
    assert plain != dotted, "the dots of Ö were clipped away"


def test_plain_fusion_clips_them_which_is_why_the_style_exists(qtbot):
    from PySide6.QtWidgets import QStyleFactory

    plain, dotted = tab_images(qtbot, QStyleFactory.create("fusion"))
    assert plain == dotted


# -- palettes (issue 19): legible text in light, dark and high-contrast palettes -------------


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


PALETTES = {
    "light (Fusion)": lambda: QStyleFactory.create("fusion").standardPalette(),
    "light (Windows)": lambda: _palette("#f0f0f0", "#ffffff", "#000000"),
    "dark (Fusion)": lambda: _palette("#353535", "#2a2a2a", "#ffffff"),
    "dark (macOS)": lambda: _palette("#323232", "#1e1e1e", "#ffffff"),
    "high contrast black": lambda: _palette("#000000", "#000000", "#ffffff"),
    "high contrast white": lambda: _palette("#ffffff", "#ffffff", "#000000"),
}


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", TEXT_COLOURS)
def test_message_text_reads_on_every_palette(qapp, name, kind):
    palette = PALETTES[name]()
    colour = text_colour(kind, palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        ratio = contrast_ratio(colour, palette.color(role))
        assert ratio >= MINIMUM_CONTRAST, (kind, name, role, colour.name(), round(ratio, 2))


def test_the_contrast_ratio_is_wcags():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#b3261e"), QColor("#353535")) < MINIMUM_CONTRAST


def _pairs():
    """Every coloured cell or label that sets its own background with its text colour."""
    from tietosuoja_desktop.ui import purposes_table_model, style
    from tietosuoja_desktop.ui.documents.verify_dialog import VERDICT_STYLES
    from tietosuoja_desktop.ui.requests.table_model import URGENCY_COLOURS

    for level, (background, foreground) in URGENCY_COLOURS.items():
        yield f"request clock {level.name}", background, foreground
    for level in Urgency:
        if (background := style.urgency_background(level)) is not None:
            yield f"urgent row {level.name}", background, style.urgency_foreground(level)
    yield (
        "purpose with a problem",
        purposes_table_model._ERROR_BACKGROUND,
        purposes_table_model._ERROR_TEXT,
    )
    for verdict, sheet in VERDICT_STYLES.items():
        colours = dict(part.strip().split(": ") for part in sheet.split(";") if ":" in part)
        if "color" not in colours:
            continue  # the neutral verdict keeps the palette's own colours
        yield f"verdict {verdict}", QColor(colours["background"]), QColor(colours["color"])
    yield "destructive button", QColor("#b3261e"), QColor("#ffffff")


@pytest.mark.parametrize(("name", "background", "foreground"), list(_pairs()))
def test_coloured_cells_bring_legible_text(qapp, name, background, foreground):
    assert contrast_ratio(foreground, background) >= MINIMUM_CONTRAST, name


def test_labels_follow_a_dark_palette(qtbot, qapp):
    label = set_role(QLabel("Virhe"), "error")
    qtbot.addWidget(label)
    light = QApplication.palette()
    dark = PALETTES["dark (Fusion)"]()
    try:
        QApplication.setPalette(dark)
        follow_palette(qapp)
        label.ensurePolished()
        shown = label.palette().color(QPalette.ColorRole.WindowText)
        assert shown == TEXT_COLOURS["error"][1]
        assert contrast_ratio(shown, dark.color(QPalette.ColorRole.Window)) >= MINIMUM_CONTRAST
    finally:
        QApplication.setPalette(light)
        follow_palette(qapp)
    label.setStyle(label.style())  # polished again under the light sheet
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText) == TEXT_COLOURS["error"][0]
