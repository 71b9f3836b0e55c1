"""The interface language: English or Spanish, from the person's choice or the system locale.

CollectorPro's own words come from ``resources/translations/collectorpro_<lang>.qm`` (compiled
from the ``.ts`` next to it by ``make translations``); Qt's own buttons and dialogs (Cancel,
the file and print dialogs, the calendar) from Qt's ``qtbase_<lang>.qm``. The services layer
translates its messages through ``collectorpro.core.i18n``, which this module points at Qt's
translator. The choice is kept per person in QSettings, not in the office database: two
collectors may share an office and read it in different languages.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from collectorpro.core import i18n, paths

log = logging.getLogger(__name__)

SETTING_KEY = "interface/language"
SYSTEM = "system"
# Each language named in its own words, so a person can find theirs whatever is showing now.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates),
}


def translations_dir() -> Path:
    return paths.resource("translations")


def chosen_language(settings: QSettings) -> str:
    """What the person picked: "system", "en" or "es"."""
    value = str(settings.value(SETTING_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a choice: the system's when it is one we have, else English."""
    if choice in LANGUAGES:
        return choice
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


class Translation:
    """The translators installed in the application, swapped when the language changes."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Show ``language`` from now on; False (and English) when its translation is missing."""
        app = QCoreApplication.instance()
        self._remove(app)
        self.language = "en"
        QLocale.setDefault(LOCALES["en"])
        i18n.install(None)
        if language == "en" or language not in LANGUAGES:
            return language == "en"
        own = QTranslator()
        if not own.load(f"collectorpro_{language}", str(translations_dir())):
            log.warning("no translation for %s in %s", language, translations_dir())
            return False
        installed = [own]
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{language}", _qt_translations_dir()):
            installed.append(qt_own)
        else:
            log.info("Qt's own %s translation is not installed", language)
        if app is not None:
            for translator in installed:
                app.installTranslator(translator)
        self._installed = installed
        self.language = language
        QLocale.setDefault(LOCALES[language])
        i18n.install(QCoreApplication.translate, LOCALES[language].name())
        return True

    def _remove(self, app: QCoreApplication | None) -> None:
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed = []


def _qt_translations_dir() -> str:
    """Qt's translations: beside the bundle's Qt when frozen, else where PySide6 keeps them."""
    bundled = paths.resources_dir().parent / "PySide6" / "Qt" / "translations"
    if bundled.is_dir():
        return str(bundled)
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_current = Translation()


def current() -> Translation:
    return _current


def apply_setting(settings: QSettings) -> str:
    """Install the language the settings ask for (or the system's); returns the one shown."""
    language = resolve(chosen_language(settings))
    if not _current.apply(language):
        language = "en"
    return language


def save_choice(settings: QSettings, choice: str) -> None:
    settings.setValue(SETTING_KEY, choice if choice in LANGUAGES else SYSTEM)
    settings.sync()
