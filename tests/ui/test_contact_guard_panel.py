"""The contact guard lights: what a collector sees for each channel, and the minute refresh."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor

from collectorpro.core.errors import StorageError
from collectorpro.services.accounts.book import find_account_id
from collectorpro.services.compliance.guard import decide_all
from collectorpro.services.compliance.rules import ContactContext, Decision, evaluate
from collectorpro.ui import contact_guard_panel
from collectorpro.ui.contact_guard_panel import (
    ALLOWED,
    BLOCKED,
    LIGHT_COLORS,
    UNKNOWN,
    WARNING,
    ContactGuardPanel,
    GuardRefresher,
)

NY = ZoneInfo("America/New_York")
LATE_EVENING = datetime(2026, 11, 24, 21, 5, tzinfo=NY)
NOON = datetime(2026, 11, 24, 12, 0, tzinfo=NY)


def decisions_at(at: datetime, **flags) -> dict[str, Decision]:
    return {
        channel: evaluate(
            ContactContext(channel=channel, at=at, time_zones=("America/New_York",), **flags)
        )
        for channel in ("call", "sms", "email", "letter")
    }


@pytest.fixture
def panel(qtbot) -> ContactGuardPanel:
    widget = ContactGuardPanel()
    qtbot.addWidget(widget)
    widget.resize(550, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def dot_color(panel: ContactGuardPanel, channel: str) -> str:
    """The colour a person sees in the middle of the dot."""
    dot = panel.lights[channel].dot
    image = dot.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def test_late_evening_calls_and_texts_are_red_mail_is_green(panel):
    panel.show_decisions(decisions_at(LATE_EVENING))
    call = panel.lights["call"]
    assert call.state == BLOCKED
    assert call.label.text() == "Call: not before 8:00 am tomorrow (their time)"
    assert dot_color(panel, "call") == QColor(LIGHT_COLORS[BLOCKED]).name()
    assert panel.lights["sms"].state == BLOCKED
    assert panel.lights["sms"].label.text().startswith("Text message: not before 8:00 am")
    for channel in ("email", "letter"):
        assert panel.lights[channel].state == ALLOWED
        assert dot_color(panel, channel) == QColor(LIGHT_COLORS[ALLOWED]).name()
    assert panel.lights["email"].label.text() == "Email: allowed"
    assert panel.lights["letter"].label.text() == "Letter: allowed"


def test_the_tooltip_gives_each_reason_and_its_citation(panel):
    panel.show_decisions(decisions_at(LATE_EVENING, attorney_represented=True))
    tip = panel.lights["call"].toolTip()
    assert "Why not:" in tip
    assert "It is 9:05 pm their time." in tip
    assert "12 CFR 1006.6(b)(1)(i)" in tip
    assert "The debtor has a lawyer for this debt." in tip
    assert "12 CFR 1006.6(b)(2)" in tip
    assert "Time zones checked: Eastern" in tip
    letter_tip = panel.lights["letter"].toolTip()
    assert "12 CFR 1006.6(b)(2)" in letter_tip
    assert "Time zones checked" not in letter_tip  # mail doesn't care about the clock


def test_allowed_with_a_note_is_amber(panel):
    panel.show_decisions(decisions_at(NOON, cease_communication=True, enforce=False))
    letter = panel.lights["letter"]
    assert letter.state == WARNING
    assert letter.label.text() == ("Letter: allowed — note: they asked us to stop contacting them")
    assert dot_color(panel, "letter") == QColor(LIGHT_COLORS[WARNING]).name()
    assert "Note:" in letter.toolTip()
    assert "12 CFR 1006.6(c)" in letter.toolTip()


def test_a_plain_green_says_nothing_stands_in_the_way(panel):
    panel.show_decisions(decisions_at(NOON))
    assert all(light.state == ALLOWED for light in panel.lights.values())
    assert "No rule stands in the way." in panel.lights["call"].toolTip()


def test_a_missing_channel_is_grey_and_clear_greys_everything(panel):
    decisions = decisions_at(NOON)
    del decisions["sms"]
    panel.show_decisions(decisions)
    assert panel.lights["sms"].state == UNKNOWN
    assert panel.lights["sms"].label.text() == "Text message: not checked"
    assert dot_color(panel, "sms") == QColor(LIGHT_COLORS[UNKNOWN]).name()

    panel.clear()
    assert all(light.state == UNKNOWN for light in panel.lights.values())
    assert panel.lights["call"].label.text() == "Call: —"
    assert panel.lights["call"].toolTip() == ""


def test_it_stays_two_lines_high_in_a_narrow_pane(panel):
    panel.show_decisions(decisions_at(LATE_EVENING, attorney_represented=True))
    line = panel.fontMetrics().height()
    assert panel.sizeHint().height() <= 2 * line + 12
    assert panel.minimumSizeHint().width() <= 550
    assert panel.width() <= 550
    call, sms = panel.lights["call"], panel.lights["sms"]
    assert call.geometry().top() == sms.geometry().top()  # side by side on the first line
    assert call.geometry().right() < sms.geometry().left()


# --- refreshing every minute -------------------------------------------------------------------


def test_watch_shows_at_once_and_again_when_the_timer_fires(panel, qtbot):
    answers = [decisions_at(LATE_EVENING), decisions_at(NOON)]
    calls: list[int] = []

    def fetch() -> dict[str, Decision]:
        calls.append(1)
        return answers[min(len(calls), len(answers)) - 1]

    panel.watch(fetch)
    assert len(calls) == 1
    assert panel.lights["call"].state == BLOCKED
    assert panel.refresher.timer.interval() == 60_000
    assert panel.refresher.timer.isActive()

    panel.refresher.timer.timeout.emit()  # a minute later: morning has come
    assert len(calls) == 2
    assert panel.lights["call"].state == ALLOWED

    panel.clear()
    assert not panel.refresher.timer.isActive()
    panel.refresher.timer.timeout.emit()
    assert len(calls) == 2


def test_the_timer_really_fires(qtbot):
    refresher = GuardRefresher(interval_ms=20)
    calls: list[int] = []
    refresher.start(lambda: calls.append(1) or decisions_at(NOON))
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=2000)
    refresher.stop()
    assert not refresher.active
    assert not refresher.timer.isActive()


def test_a_locked_database_greys_the_lights_and_keeps_trying(panel):
    outcomes: list[object] = [
        decisions_at(NOON),
        StorageError("office.sqlite3 is in use by another program. Close it and try again."),
        decisions_at(NOON),
    ]

    def fetch() -> dict[str, Decision]:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome  # type: ignore[return-value]

    panel.watch(fetch)
    assert panel.lights["call"].state == ALLOWED
    panel.refresher.timer.timeout.emit()
    call = panel.lights["call"]
    assert call.state == UNKNOWN  # never a stale green
    assert call.label.text() == "Call: couldn't check the rules"
    assert "is in use by another program" in call.toolTip()
    assert panel.refresher.timer.isActive()
    panel.refresher.timer.timeout.emit()
    assert panel.lights["call"].state == ALLOWED


def test_a_bug_in_fetch_stops_the_refresher_and_is_not_swallowed(panel):
    def fetch() -> dict[str, Decision]:
        raise KeyError("oops")

    with pytest.raises(KeyError):
        panel.watch(fetch)
    assert not panel.refresher.active
    assert not panel.refresher.timer.isActive()
    assert all(light.state == UNKNOWN for light in panel.lights.values())


def test_watching_an_account_in_the_office_database(panel, office):
    account_id = find_account_id(office, "RFM-000001")  # José Muñoz, New York
    panel.watch(lambda: decide_all(office, account_id, LATE_EVENING))
    assert panel.lights["call"].state == BLOCKED
    assert panel.lights["email"].state == ALLOWED


def test_the_panel_never_touches_the_database():
    tree = ast.parse(Path(contact_guard_panel.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not any(name and name.startswith("sqlalchemy") for name in imported)
    assert not any(name and name.startswith("collectorpro.models") for name in imported)
    assert "collectorpro.services.compliance.guard" not in imported
