"""The confidentiality undertaking to print and sign (Art 28(3)(b), 29 and 32(4) GDPR; section 35
of the Data Protection Act 1050/2018): the business's name filled in, the person's name, role and
what they can reach when known (blank lines to write on otherwise), what they undertake, the
briefing date to fill in, and signature lines for both parties."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..domain.access_list import AccessHolder, AccessRole
from ..domain.enums import Language
from ..domain.records import ControllerProfile
from .fonts import REGULAR
from .layout import CELL_SIZE, FRAME_WIDTH, esc, letterhead, para, styles
from .pages import render
from .script import Paragraph
from .texts import format_date, text

KEY = "undertaking"
ITEMS = 7
FIRMS = (AccessRole.ACCOUNTING, AccessRole.IT_SUPPORT, AccessRole.OTHER)
LABEL_WIDTH = 52 * mm


def _lined(rows: list[tuple[str, str]], widths: tuple[float, float]) -> Table:
    """Labels and values; a value left empty is a line to write on."""
    st = styles()
    cells = [[para(label, st.cell_bold), para(value, st.cell)] for label, value in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT", spaceAfter=4)
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),  # never Helvetica, even around paragraphs
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [
        ("LINEBELOW", (1, row), (1, row), 0.5, colors.black)
        for row, (_label, value) in enumerate(rows)
        if not value
    ]
    table.setStyle(TableStyle(commands))
    return table


def _signatures(controller: ControllerProfile, person: str, lang: Language) -> Flowable:
    """Two columns, the person's and the controller's: place and date, signature, name."""
    st = styles()
    half = FRAME_WIDTH / 2 - 4 * mm

    def column(heading_key: str, name: str) -> list[Flowable]:
        rows = [
            (text(lang, f"{KEY}.sign.place"), ""),
            (text(lang, f"{KEY}.sign.name"), name),
        ]
        return [
            para(text(lang, heading_key), st.label),
            Spacer(1, 10 * mm),
            Table(
                [[""]], colWidths=[half], style=[("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.black)]
            ),
            _lined(rows, (half * 0.5, half * 0.5)),
        ]

    contact = controller.contact_name or ""
    table = Table(
        [[column(f"{KEY}.sign.person", person), column(f"{KEY}.sign.controller", contact)]],
        colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(1, 2 * mm), table])


def build_undertaking(
    controller: ControllerProfile,
    holder: AccessHolder | None,
    lang: Language,
    *,
    register_names: tuple[str, ...] = (),
) -> bytes:
    """The undertaking for ``holder`` (None: a blank form) as a PDF to print and sign."""
    lang = Language(lang)
    st = styles()
    title = text(lang, f"{KEY}.title")
    business = controller.name
    if controller.business_id:
        business += f" ({controller.business_id})"
    reach = ""
    role = ""
    if holder is not None:
        reach = "; ".join(part for part in (", ".join(register_names), holder.reach) if part)
        role = text(lang, f"access.role.{holder.role.value}")
    story: list[Flowable] = letterhead(controller, lang)
    story += [para(title, st.h1), para(text(lang, f"{KEY}.subtitle"), st.small)]
    story.append(Spacer(1, 3 * mm))
    story.append(
        _lined(
            [
                (text(lang, f"{KEY}.controller"), business),
                (text(lang, f"{KEY}.person"), holder.name if holder else ""),
                (text(lang, f"{KEY}.role"), role),
                (text(lang, f"{KEY}.reach"), reach),
            ],
            (LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH),
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(para(text(lang, f"{KEY}.intro", controller=controller.name)))
    story += [
        Paragraph(esc(text(lang, f"{KEY}.item.{n}")), st.bullet, bulletText=f"{n}.")
        for n in range(1, ITEMS + 1)
    ]
    story.append(Spacer(1, 2 * mm))
    story.append(para(text(lang, f"{KEY}.consequences")))
    if holder is None or holder.role in FIRMS:
        story.append(para(text(lang, f"{KEY}.firm"), st.small))
    briefed = holder.briefed_on if holder else None
    story.append(Spacer(1, 2 * mm))
    story.append(
        _lined(
            [(text(lang, f"{KEY}.briefing"), format_date(briefed, lang) if briefed else "")],
            (FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3),
        )
    )
    story.append(_signatures(controller, holder.name if holder else "", lang))
    story.append(para(text(lang, f"{KEY}.copies"), st.small))
    return render(story, lang=lang, controller=controller, title=title, subject=title)
