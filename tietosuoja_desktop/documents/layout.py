"""The shared look of every document: A4 geometry, styles, the letterhead and the building
blocks (escaped paragraphs, tables, the address and signature blocks). Pages, page numbers
and PDF metadata are in ``pages``.

Every string typed by a user reaches reportlab through :func:`esc`: a ``Paragraph`` reads
markup, links and even local image paths out of its text, so nothing unescaped may reach it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    LongTable,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.enums import Language
from ..domain.records import ControllerProfile
from ..domain.validation import format_phone
from .fonts import BOLD, ITALIC, REGULAR, register_fonts
from .model import SignatureBlock
from .script import Paragraph, drawable, visual
from .texts import format_date, text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.9, 0.9, 0.9)
CELL_SIZE = 8.5
CELL_PADDING = 3

# C0 control characters other than tab and newline break reportlab's parser and mean nothing
# on paper; they are dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _style(name: str, size: float, leading: float, font: str = REGULAR, **extra) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, bulletFontName=font, fontSize=size, leading=leading, **extra
    )


class Styles:
    """The paragraph styles, made once fonts are registered."""

    def __init__(self) -> None:
        self.body = _style("body", 9.5, 13.5, spaceAfter=4)
        self.small = _style("small", 8, 10.5, textColor=GREY)
        self.cell = _style("cell", 8.5, 10.5)
        self.cell_bold = _style("cell_bold", 8.5, 10.5, BOLD)
        self.cell_bold_right = _style("cell_bold_right", 8.5, 10.5, BOLD, alignment=TA_RIGHT)
        self.title = _style("title", 16, 20, BOLD, spaceAfter=2)
        self.subtitle = _style("subtitle", 9, 12, textColor=GREY, spaceAfter=8)
        self.h1 = _style("h1", 12, 15, BOLD, spaceBefore=12, spaceAfter=5, keepWithNext=1)
        self.h2 = _style("h2", 10, 13, BOLD, spaceBefore=8, spaceAfter=3, keepWithNext=1)
        self.label = _style("label", 9.5, 13, BOLD, spaceBefore=3, keepWithNext=1)
        # A bullet never leaves its last line alone at the top of the next page.
        self.bullet = _style(
            "bullet", 9.5, 13.5, leftIndent=12, bulletIndent=2, spaceAfter=2, allowWidows=0
        )
        self.quote = _style("quote", 9.5, 13.5, leftIndent=12, spaceBefore=1, spaceAfter=7)
        self.letterhead_name = _style("lh_name", 14, 17, BOLD)
        self.letterhead_id = _style("lh_id", 8.5, 11, textColor=GREY)
        self.letterhead_right = _style("lh_right", 8.5, 11, alignment=TA_RIGHT)
        self.digital = _style("digital", 8.5, 11, ITALIC)
        # A notice the reader must not miss (e.g. texts printed in their original language).
        self.note = _style(
            "note", 9.5, 13, BOLD, backColor=SHADE, borderPadding=5, spaceBefore=6, spaceAfter=10
        )


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        register_fonts()
        _styles = Styles()
    return _styles


def esc(value: object) -> str:
    """User text made safe for a Paragraph: markup escaped, newlines as line breaks, Arabic
    shaped and characters the fonts lack marked (``script.drawable``)."""
    cleaned = _CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(drawable(cleaned)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Paragraph(esc(value), style or styles().body)


def lead_para(lead: str, body: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph starting with a bold lead-in, both escaped."""
    return Paragraph(f"<b>{esc(lead)}</b> {esc(body)}", style or styles().body)


def bullets(items: Iterable[str]) -> list[Flowable]:
    """A bulleted list of plain-text items, with a little air after it."""
    listed: list[Flowable] = [
        Paragraph(esc(item), styles().bullet, bulletText="•") for item in items
    ]
    return [*listed, Spacer(1, 3)] if listed else listed


def heading(value: str, level: int = 1) -> Paragraph:
    return para(value, styles().h1 if level == 1 else styles().h2)


def labelled(label: str, value: str, empty: str = "") -> list[Flowable]:
    """A bold label over its text; ``empty`` stands in for missing text."""
    shown = value.strip() or empty
    return [para(label, styles().label), para(shown)] if shown else []


def kv_table(rows: Sequence[tuple[str, str]], label_width: float = 52 * mm) -> Table:
    """Two columns: a bold label and its (escaped) value; rows may split across pages."""
    cells = [[para(label, styles().cell_bold), para(value, styles().cell)] for label, value in rows]
    table = Table(
        cells,
        colWidths=[label_width, FRAME_WIDTH - label_width],
        hAlign="LEFT",
        splitInRow=24,
        spaceAfter=4,
    )
    table.setStyle(
        TableStyle(
            [
                # Tables set their cells' font even around paragraphs: never Helvetica.
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def cell(value: object, width: float) -> object:
    """A table cell for ``value`` in a column ``width`` wide: a plain string when it fits on
    one line (drawn as-is in visual order, never parsed as markup, and much faster to lay out),
    otherwise a wrapping escaped Paragraph."""
    st = styles()  # registers the fonts stringWidth measures with
    plain = _CONTROL.sub("", str(value))
    one_line = "\n" not in plain and "\r" not in plain
    drawn = drawable(plain)
    if one_line and stringWidth(drawn, REGULAR, CELL_SIZE) <= width - 2 * CELL_PADDING:
        return visual(drawn)
    return para(plain, st.cell)


def data_table(
    headers: Sequence[str],
    rows: list[list[object]],
    widths: Sequence[float],
    right_aligned: Sequence[int] = (),
) -> Table:
    """A table with a repeated header row, splitting across pages. Cells are plain strings
    (drawn as-is, never parsed as markup) or Paragraphs; :func:`cell` picks one."""
    st = styles()
    header = [
        para(value, st.cell_bold_right if col in right_aligned else st.cell_bold)
        for col, value in enumerate(headers)
    ]
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    commands += [("ALIGN", (col, 1), (col, -1), "RIGHT") for col in right_aligned]
    # LongTable measures rows only until a page is full, so splitting a thousand rows over
    # twenty pages stays linear instead of re-measuring the remainder on every page.
    table = LongTable(
        [header, *rows],
        colWidths=list(widths),
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=24,
        spaceAfter=6,
    )
    table.setStyle(TableStyle(commands))
    return table


def controller_address(controller: ControllerProfile) -> str:
    """ "Esimerkkikatu 1, 00100 Helsinki" from the profile's parts."""
    town = " ".join(part for part in (controller.postal_code, controller.city) if part)
    return ", ".join(part for part in (controller.street_address, town) if part)


def printed_phone(number: str, lang: Language) -> str:
    """A phone number as every document prints it: the Finnish grouping (``040 328 1986``),
    with the country code in English documents (``+358 40 328 1986``), read from abroad."""
    return format_phone(number, international=Language(lang) is Language.EN)


def controller_contact(controller: ControllerProfile, lang: Language) -> str:
    """The privacy contact in one line: name, e-mail, phone (falling back to the business's)."""
    parts = (
        controller.contact_name,
        controller.contact_email or controller.email,
        printed_phone(controller.contact_phone or controller.phone, lang),
    )
    return ", ".join(part for part in parts if part) or controller.name


def letterhead(controller: ControllerProfile, lang: Language) -> list[Flowable]:
    """The business's name and Y-tunnus on the left, address and contacts on the right."""
    st = styles()
    left: list[Flowable] = [para(controller.name, st.letterhead_name)]
    if controller.business_id:
        business_id = text(lang, "letterhead.business_id", business_id=controller.business_id)
        left.append(para(business_id, st.letterhead_id))
    lines = [
        controller_address(controller),
        printed_phone(controller.phone, lang),
        controller.email,
        controller.website,
    ]
    right = para("\n".join(line for line in lines if line), st.letterhead_right)
    table = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.45])
    table.setStyle(
        TableStyle(
            [
                # Tables set their cells' font even around paragraphs: never Helvetica.
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    rule = HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4, spaceAfter=10)
    return [table, rule]


# The address field of a C5/E5 window envelope (SFS 2487): 20 mm from the left edge, its top
# 45 mm from the top edge (the standard allows 40-45 mm), 85 mm wide and 40 mm tall, so a
# printed letter folded in half shows the recipient's address through the window.
WINDOW_LEFT = 20 * mm
WINDOW_TOP = 45 * mm
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 40 * mm
_AFTER_WINDOW = 4 * mm


class WindowAddress(Flowable):
    """The recipient's address in the envelope window, the letter's date to its right. Placed
    just after the letterhead on page 1: it takes the space down to the window's top (its
    position on the page is known from the height still free in the frame) and the window's
    height, so the address sits in the window however tall the letterhead is (a letterhead
    taller than the space above the window pushes it down: the frame has no room above)."""

    def __init__(self, recipient: Flowable, when: Flowable) -> None:
        super().__init__()
        self.table = Table(
            [[recipient, when]], colWidths=[WINDOW_WIDTH, FRAME_WIDTH - WINDOW_WIDTH]
        )
        self.table.setStyle(
            TableStyle(
                [
                    # Tables set their cells' font even around paragraphs: never Helvetica.
                    ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        self.pad = 0.0
        self.table_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        from_top = PAGE_HEIGHT - MARGIN_BOTTOM - available_height  # the frame has no padding
        self.pad = max(0.0, WINDOW_TOP - from_top)
        _width, self.table_height = self.table.wrap(available_width, WINDOW_HEIGHT)
        self.height = self.pad + max(self.table_height, WINDOW_HEIGHT) + _AFTER_WINDOW
        return available_width, self.height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, self.height - self.pad - self.table_height)


def address_block(
    name: str, address: str, today: date, lang: Language, *, by_email: bool = False
) -> Flowable:
    """The recipient's name and postal address in the window of a C5/E5 envelope, the letter's
    date on the right. ``by_email``: the address is an e-mail address, and a line says the
    document is delivered by e-mail (it cannot be posted)."""
    st = styles()
    recipient: list[Flowable] = [para("\n".join(p for p in (name, address) if p.strip()))]
    if by_email:
        recipient.append(para(text(lang, "address.by_email"), st.small))
    return WindowAddress(recipient, para(format_date(today, lang), st.letterhead_right))


def signature_block(signature: SignatureBlock, lang: Language, closing: str = "") -> Flowable:
    """Place and date, a line for a pen, name and title; says so when signed digitally.
    ``closing`` ("Ystävällisin terveisin") stays on the same page as the signature."""
    st = styles()
    when = format_date(signature.date, lang)
    parts: list[Flowable] = [Spacer(1, 6 * mm)]
    if closing:
        parts += [para(closing), Spacer(1, 2 * mm)]
    parts += [
        para(" ".join(part for part in (signature.place, when) if part)),
        Spacer(1, 13 * mm),
        HRFlowable(width=75 * mm, thickness=0.6, color=colors.black, hAlign="LEFT", spaceAfter=3),
        para(signature.name),
    ]
    if signature.title:
        parts.append(para(signature.title))
    if signature.digital_signer:
        parts.append(Spacer(1, 2 * mm))
        parts.append(
            para(text(lang, "signature.digital", signer=signature.digital_signer), st.digital)
        )
    return KeepTogether(parts)


def file_record_head(
    controller: ControllerProfile, lang: Language, key: str, facts: Sequence[tuple[str, str]]
) -> tuple[str, list[Flowable]]:
    """The top of a record kept for the file (a legitimate-interest assessment, a DPIA): the
    letterhead, the title and subtitle from ``<key>.title`` and ``<key>.subtitle``, and the
    facts it is about. Returns the title and the flowables."""
    st = styles()
    title = text(lang, f"{key}.title")
    story: list[Flowable] = letterhead(controller, lang)
    story += [para(title, st.h1), para(text(lang, f"{key}.subtitle"), st.small)]
    story += [Spacer(1, 3 * mm), kv_table(facts)]
    return title, story


def printed_on(lang: Language, key: str, today: date) -> list[Flowable]:
    """The closing line "Printed <date>" of a record kept for the file."""
    return [
        Spacer(1, 3 * mm),
        para(text(lang, f"{key}.printed", date=format_date(today, lang)), styles().small),
    ]


def sign_off(story: list[Flowable], *closing: Flowable) -> None:
    """Ends ``story`` with ``closing`` (the signature block, perhaps a line before it) kept on
    one page with the last flowable of the body and the headings and labels leading to it, so
    the signature never stands alone on the last page. Trailing spacers do not count as body.
    (reportlab's keepWithNext does not reach into a KeepTogether, hence the headings here.)"""
    kept: list[Flowable] = []
    while story:
        kept.insert(0, story.pop())
        if not isinstance(kept[0], Spacer):
            break
    while story and story[-1].getKeepWithNext():
        kept.insert(0, story.pop())
    # A group kept together already joins this one as its parts: nested groups split badly.
    flowables = (*kept, *closing)
    parts = [p for f in flowables for p in (f._content if isinstance(f, KeepTogether) else [f])]
    story.append(KeepTogether(parts))
