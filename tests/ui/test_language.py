"""Switching the interface to Spanish, the way a person does it: Office → Settings → Language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from collectorpro.core import i18n
from collectorpro.core.errors import ValidationError
from collectorpro.core.money import parse_money
from collectorpro.models.enums import AccountStatus
from collectorpro.ui import translation
from collectorpro.ui.main_window import MainWindow
from tests.ui.conftest import NOON_EASTERN


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English."""
    yield
    translation.current().apply("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def header(window: MainWindow, column: int) -> str:
    return str(window.model.headerData(column, Qt.Orientation.Horizontal))


def choose_spanish(qtbot, window: MainWindow) -> MainWindow:
    dialog = window.edit_settings("language")
    combo = dialog.language.choice
    combo.setCurrentIndex(combo.findData("es"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    successor = window.successor
    qtbot.addWidget(successor)
    return successor


def test_switching_to_spanish_shows_a_spanish_window(qtbot, window, settings):
    assert menu_titles(window)[:2] == ["File", "View"]
    window.select_account(2)
    with pytest.raises(ValidationError) as refused:
        parse_money("12..50")
    english_refusal = str(refused.value)
    spanish = choose_spanish(qtbot, window)

    assert not window.isVisible() and spanish.isVisible()
    assert menu_titles(spanish)[:2] == ["Archivo", "Ver"]
    assert spanish.left_tabs.tabText(0).replace("&", "") == "Cuentas"
    assert header(spanish, 1) == "Deudor"
    assert spanish.act_settings.text().replace("&", "") == "Configuración…"
    # the same account is still selected, and the list still has the office's accounts
    assert spanish.current_account_id() == 2 and spanish.model.rowCount() == 3
    # the vocabulary and the services' messages follow
    assert i18n.label(AccountStatus.ACTIVE) not in {"", "Active"}
    with pytest.raises(ValidationError) as refused:
        parse_money("12..50")
    assert str(refused.value) not in {"", english_refusal}
    # Qt's own buttons too
    dialog = spanish.edit_settings()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert dialog.windowTitle() == "Configuración"
    dialog.reject()
    assert QLocale().language() == QLocale.Language.Spanish
    # the guide (F1) is the Spanish one
    spanish.act_guide.trigger()
    assert "Su jornada" in spanish.help_window.browser.toPlainText()
    spanish.help_window.close()
    # the choice is remembered for the next start
    assert translation.chosen_language(settings) == "es"


def test_the_next_start_opens_in_the_chosen_language(qtbot, office, settings):
    translation.save_choice(settings, "es")
    assert translation.apply_setting(settings) == "es"
    window = MainWindow(office, settings, now=lambda: NOON_EASTERN)
    qtbot.addWidget(window)
    assert menu_titles(window)[0] == "Archivo"


def test_back_to_english(qtbot, window, settings):
    spanish = choose_spanish(qtbot, window)
    dialog = spanish.edit_settings("language")
    combo = dialog.language.choice
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    english = spanish.successor
    qtbot.addWidget(english)
    assert menu_titles(english)[:2] == ["File", "View"]
    assert i18n.translate("Money", "x") == "x" and QLocale().language() == QLocale.Language.English


def test_the_system_language_is_used_until_one_is_chosen(settings):
    assert translation.chosen_language(settings) == translation.SYSTEM
    spanish_pc = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    french_pc = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert translation.resolve(translation.SYSTEM, spanish_pc) == "es"
    assert translation.resolve(translation.SYSTEM, french_pc) == "en"
    assert translation.resolve("en", spanish_pc) == "en"


def test_a_missing_translation_falls_back_to_english(monkeypatch, tmp_path, settings):
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    translation.save_choice(settings, "es")
    assert translation.apply_setting(settings) == "en"
    assert translation.current().language == "en"
