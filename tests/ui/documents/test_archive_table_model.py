"""The archive's table model: Qt's model rules, the columns people read, retranslation."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.records import ArchivedDocument
from tietosuoja_desktop.ui.documents.archive_model import (
    COL_DATE,
    COL_KIND,
    COL_LANGUAGE,
    COL_SHA256,
    COL_SIGNED,
    COL_TITLE,
    DOCUMENT_ROLE,
    SORT_ROLE,
    ArchiveTableModel,
    kind_name,
)

STATEMENT = ArchivedDocument(
    id=7,
    kind="statement",
    title="Tietosuojaseloste: Asiakasrekisteri",
    language=Language.FI,
    created_at=datetime(2026, 11, 22, 9, 5),
    sha256="ab" * 32,
    signed=True,
    register_id=1,
)
LETTER = replace(
    STATEMENT, id=8, kind="letter_acknowledgement", title="Receipt", language=Language.SV
)


def test_model_follows_qt_rules(qtmodeltester, english):
    model = ArchiveTableModel()
    qtmodeltester.check(model)
    model.set_views([STATEMENT, LETTER, replace(STATEMENT, id=9, signed=False)])
    qtmodeltester.check(model)
    model.set_views([])
    qtmodeltester.check(model)


def test_columns_read_as_people_expect(english):
    model = ArchiveTableModel()
    model.set_views([STATEMENT, LETTER])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Made", "Kind", "Title", "Language", "Signed", "SHA-256"]
    row = [model.index(0, column).data() for column in range(6)]
    assert row == [
        "22.11.2026 09:05",
        "Privacy statement",
        "Tietosuojaseloste: Asiakasrekisteri",
        "suomi",
        "Yes",
        "abababababab",
    ]
    assert model.index(1, COL_KIND).data() == "Letter"
    assert model.index(1, COL_LANGUAGE).data() == "svenska"
    assert model.index(0, COL_SHA256).data(Qt.ItemDataRole.ToolTipRole) == "ab" * 32
    assert model.index(0, COL_TITLE).data(DOCUMENT_ROLE) == 7
    assert model.index(0, COL_DATE).data(SORT_ROLE) == "2026-11-22T09:05:00 000000000007"
    assert model.row_of(8) == 1 and model.row_of(99) == -1
    assert model.view_at(5) is None
    unsigned = ArchiveTableModel()
    unsigned.set_views([replace(STATEMENT, signed=False)])
    assert unsigned.index(0, COL_SIGNED).data() == "No"


def test_unknown_kinds_show_as_they_are(english):
    assert kind_name("processing_record") == "Record of processing"
    assert kind_name("letter_refusal") == "Letter"
    assert kind_name("something_new") == "something_new"


def test_retranslate_tells_the_views(qtbot, english):
    model = ArchiveTableModel()
    model.set_views([STATEMENT])
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.retranslate()
