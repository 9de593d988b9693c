"""The embedded fonts are found next to the program and registered once."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from tietosuoja_desktop.documents import fonts


def test_fonts_are_found_in_the_source_checkout():
    directory = fonts.fonts_dir()
    assert (directory / "DejaVuSans.ttf").is_file()
    assert (directory / "DejaVuSans-Bold.ttf").is_file()
    assert (directory / "LICENSE-DejaVu.txt").is_file()


def test_registering_twice_is_harmless():
    fonts.register_fonts()
    fonts.register_fonts()
    assert pdfmetrics.getFont(fonts.REGULAR).fontName == fonts.REGULAR
    assert pdfmetrics.getFont(fonts.BOLD).fontName == fonts.BOLD


def test_a_missing_font_folder_is_reported_clearly(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "_candidates", lambda: [tmp_path / "nowhere"])
    try:
        fonts.fonts_dir()
    except fonts.FontsMissingError as error:
        assert "nowhere" in str(error)
    else:  # pragma: no cover
        raise AssertionError("expected FontsMissingError")
