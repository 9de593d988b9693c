"""The compiled catalogues read without Qt (the command line's texts, issue 18) give what Qt's
own translator gives, for every message of every language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tietosuoja_desktop import translation
from tietosuoja_desktop.domain.enums import Language


def _messages(language: Language):
    """(context, source) of every message in the language's ``.ts`` source."""
    root = ET.parse(translation.ts_dir() / f"tietosuoja_{language.value}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source")


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_the_plain_reader_gives_every_text_as_qt_does(language):
    translation.ensure_built()
    qt = QTranslator()
    assert qt.load(f"tietosuoja_{language.value}", str(translation.locale_dir()))
    translate = translation.catalogue_translate(language)
    assert translate is not None
    messages = list(_messages(language))
    assert len(messages) > 1000
    expected = [qt.translate(context, source) or source for context, source in messages]
    assert [translate(context, source) for context, source in messages] == expected
    if language is not Language.EN:  # a real translation, not the source handed back
        assert translate("Cli", "Name") != "Name"
    assert translate("Cli", "No such text anywhere") == "No such text anywhere"


def test_a_missing_catalogue_gives_the_source_texts_and_a_foreign_file_goes_to_qt(tmp_path):
    assert translation.read_catalogue(tmp_path / "tietosuoja_xx.qm") == {}
    foreign = tmp_path / "foreign.qm"
    foreign.write_bytes(b"not a catalogue at all")
    assert translation.read_catalogue(foreign) is None
    # a record in the old UTF-16 layout (tag 2): only Qt reads it
    old = translation.QM_MAGIC + bytes([0x69]) + (6).to_bytes(4, "big") + bytes([2, 0, 0, 0, 0, 1])
    unknown = tmp_path / "old.qm"
    unknown.write_bytes(old)
    assert translation.read_catalogue(unknown) is None


def test_a_stripped_record_without_its_context_goes_to_qt(tmp_path: Path):
    text = "Nimi".encode("utf-16-be")
    source = b"Name"
    record = (
        bytes([3]) + len(text).to_bytes(4, "big") + text
        + bytes([6]) + len(source).to_bytes(4, "big") + source
        + bytes([1])
    )  # fmt: skip
    path = tmp_path / "stripped.qm"
    path.write_bytes(translation.QM_MAGIC + bytes([0x69]) + len(record).to_bytes(4, "big") + record)
    assert translation.read_catalogue(path) is None
    context = bytes([7]) + (3).to_bytes(4, "big") + b"Cli"
    whole = record[:-1] + context + bytes([1])
    path.write_bytes(translation.QM_MAGIC + bytes([0x69]) + len(whole).to_bytes(4, "big") + whole)
    assert translation.read_catalogue(path) == {("Cli", "Name"): "Nimi"}
