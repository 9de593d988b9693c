"""The app's style: labels of tabs keep the dots and rings of Ä, Ö and Å."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar

from tietosuoja_desktop.ui.style import RoomForDiacritics


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
