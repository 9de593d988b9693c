"""Per-user window preferences (QSettings) and the interface language in use.

The register's own settings (e.g. the supervisory authority) live in the register through the
services; what belongs to this computer and this user (window layout, interface language) lives
here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings

from .. import APP_NAME
from ..domain.enums import Language
from ..translation import install

ORGANISATION = "Tietosuoja"
LANGUAGE_KEY = "language"
_LANGUAGE_PROPERTY = "tietosuojaLanguage"


def qsettings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


def system_language() -> Language:
    """Swedish or English when the system speaks it, Finnish otherwise (the product's home)."""
    language = QLocale.system().language()
    if language == QLocale.Language.Swedish:
        return Language.SV
    if language == QLocale.Language.English and QLocale.system().territory() not in (
        QLocale.Country.Finland,
    ):
        return Language.EN
    return Language.FI


def saved_language() -> Language | None:
    value = qsettings().value(LANGUAGE_KEY, "")
    try:
        return Language(str(value)) if value else None
    except ValueError:
        return None


def current_language() -> Language:
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return Language(value) if value else Language.FI


def apply_language(language: Language | str, *, remember: bool = True) -> Language:
    """Install the translators for ``language``; every widget receives ``LanguageChange`` and
    retranslates itself. ``remember`` stores the choice for the next start."""
    language = Language(language)
    app = QCoreApplication.instance()
    install(app, language)
    app.setProperty(_LANGUAGE_PROPERTY, language.value)
    # Finnish forms for dates and numbers: Finland-Swedish writes 6.12.2026, not 2026-12-06.
    QLocale.setDefault(QLocale(f"{language.value}_FI"))
    # Qt posts LanguageChange to the windows; deliver it now so the switch is immediate.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if remember:
        qsettings().setValue(LANGUAGE_KEY, language.value)
    return language
