"""Turning a story of flowables into PDF bytes: A4 pages with a running header from page 2,
a footer with the title and "2 / 5", embedded fonts, and the PDF metadata (title, author,
subject, language)."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .. import APP_NAME, __version__
from ..domain.enums import Language
from ..domain.records import ControllerProfile
from .fonts import BOLD, REGULAR
from .layout import (
    FRAME_WIDTH,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    styles,
)
from .script import drawable, visual


def _fit(value: str, width: float, font: str, size: float) -> str:
    """``value`` as drawn, cut at its logical end with "…" to fit ``width``."""
    value = drawable(value)
    if stringWidth(value, font, size) <= width:
        return visual(value)
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return visual(value + "…")


def _page_canvas(running_left: str, running_right: str) -> type[Canvas]:
    """A canvas that knows the page count when it draws the running header (the business, from
    page 2 on) and the footer (the document title and "2 / 5")."""

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillColor(GREY)
            self.setStrokeColor(RULE)
            if number > 1:  # page 1 carries the full letterhead instead
                top = PAGE_HEIGHT - 12 * mm
                self.setFont(BOLD, 8)
                self.drawString(MARGIN_X, top, _fit(running_left, FRAME_WIDTH, BOLD, 8))
                self.setLineWidth(0.4)
                self.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
            bottom = 11 * mm
            self.setLineWidth(0.4)
            self.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
            self.setFont(REGULAR, 8)
            self.drawString(
                MARGIN_X, bottom, _fit(running_right, FRAME_WIDTH - 30 * mm, REGULAR, 8)
            )
            self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, f"{number} / {total}")
            self.restoreState()

    return PagedCanvas


def render(
    story: list[Flowable],
    *,
    lang: Language,
    controller: ControllerProfile,
    title: str,
    subject: str,
) -> bytes:
    """Lay ``story`` out on A4 pages with fonts embedded and metadata set; the PDF bytes."""
    styles()  # registers the fonts before the first paragraph is measured
    buffer = BytesIO()
    # Frames without padding, so tables and paragraphs share the left edge with the letterhead.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        buffer,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=controller.name,
        subject=subject,
        creator=f"{APP_NAME} {__version__}",
        lang=Language(lang).value,
        displayDocTitle=1,
        initialFontName=REGULAR,  # no unused, unembedded Helvetica in the page resources
    )
    document.build(story, canvasmaker=_page_canvas(controller.name, title))
    return buffer.getvalue()
