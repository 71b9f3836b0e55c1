"""Traffic lights for Call, Text message, Email and Letter: may we contact this debtor now?

The panel only shows `compliance.Decision`s handed to it; it never reads the database. The
caller gives `watch` a `fetch()` that asks the service (`contact_guard.decide_all`) for the
current instant, and the panel re-runs it every minute so that "not before 8:00 am" turns
green on its own when the morning comes.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError
from collectorpro.services.compliance.rules import CHANNELS, ContactMethod, Decision
from collectorpro.services.compliance.timezones import zone_label

log = logging.getLogger(__name__)

REFRESH_INTERVAL_MS = 60_000

ALLOWED, WARNING, BLOCKED, UNKNOWN = "allowed", "warning", "blocked", "unknown"
LIGHT_COLORS: dict[str, str] = {
    ALLOWED: "#2e7d32",
    WARNING: "#c77700",
    BLOCKED: "#b3261e",
    UNKNOWN: "#9e9e9e",
}
DOT_SIZE = 10
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Fetch = Callable[[], Mapping[str, Decision]]


def light_state(decision: Decision) -> str:
    """Green when nothing stands in the way, amber when allowed with a note, red when blocked."""
    if not decision.allowed:
        return BLOCKED
    return WARNING if decision.warnings else ALLOWED


class _Dot(QWidget):
    """A small filled circle; painted rather than styled so it stays round at any DPI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(LIGHT_COLORS[UNKNOWN])
        self.setFixedSize(DOT_SIZE, DOT_SIZE)

    def set_color(self, color: str) -> None:
        self.color = QColor(color)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawEllipse(self.rect().adjusted(0, 0, -1, -1))


class _ElidedLabel(QLabel):
    """One line that ends in "…" when the pane is narrow; `text()` keeps the whole of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area: QRect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, _LEFT, text)


class ChannelLight(QWidget):
    """One channel: its dot and the decision's one-line summary; the reasons in the tooltip."""

    def __init__(self, channel: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.name = name
        self.state = UNKNOWN
        self.setObjectName(f"guard_{channel}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.dot = _Dot()
        self.label = _ElidedLabel()
        layout.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        self.show_unknown(self.tr("{channel}: —").format(channel=name), "")

    def show_decision(self, decision: Decision) -> None:
        self._set(light_state(decision), decision.summary(), self._tooltip(decision))

    def show_unknown(self, text: str, tooltip: str) -> None:
        self._set(UNKNOWN, text, tooltip)

    def _set(self, state: str, text: str, tooltip: str) -> None:
        self.state = state
        self.dot.set_color(LIGHT_COLORS[state])
        self.dot.setAccessibleName(self._state_name(state))
        self.label.setText(text)
        self.setToolTip(tooltip)

    def _state_name(self, state: str) -> str:
        return {
            ALLOWED: self.tr("Allowed"),
            WARNING: self.tr("Allowed, with a note"),
            BLOCKED: self.tr("Not allowed"),
            UNKNOWN: self.tr("Not checked"),
        }[state]

    def _tooltip(self, decision: Decision) -> str:
        parts = [f"<p><b>{html.escape(decision.summary())}</b></p>"]
        for heading, findings in (
            (self.tr("Why not:"), decision.blocks),
            (self.tr("Note:"), decision.warnings),
        ):
            if findings:
                items = "".join(
                    f"<li>{html.escape(f.reason)} <i>({html.escape(f.citation)})</i></li>"
                    for f in findings
                )
                parts.append(f"<p>{html.escape(heading)}</p><ul>{items}</ul>")
        if not decision.blocks and not decision.warnings:
            parts.append(f"<p>{html.escape(self.tr('No rule stands in the way.'))}</p>")
        if decision.time_zones and decision.channel in (ContactMethod.CALL, ContactMethod.SMS):
            zones = ", ".join(dict.fromkeys(zone_label(z) for z in decision.time_zones))
            text = self.tr("Time zones checked: {zones}").format(zones=zones)
            parts.append(f"<p>{html.escape(text)}</p>")
        return "".join(parts)


class GuardRefresher(QObject):
    """Re-runs `fetch()` every `interval_ms` and reports what it got.

    A storage or domain error (locked database, account gone) is reported through `failed`
    and the timer keeps going, since the next minute may succeed. Any other exception is a
    bug: the refresher stops, reports `failed`, and lets it through to the crash handler.
    """

    refreshed = Signal(object)  # dict[str, Decision]
    failed = Signal(str)

    def __init__(self, interval_ms: int = REFRESH_INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._fetch: Fetch | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)

    @property
    def active(self) -> bool:
        return self._fetch is not None

    def start(self, fetch: Fetch, first: Mapping[str, Decision] | None = None) -> None:
        """Fetch now (or show ``first``), then every interval; replaces what was watched."""
        self._fetch = fetch
        self.timer.start()
        if first is None:
            self.refresh()
        else:
            self.refreshed.emit(dict(first))

    def stop(self) -> None:
        self.timer.stop()
        self._fetch = None

    @Slot()
    def refresh(self) -> None:
        if self._fetch is None:
            return
        try:
            decisions = dict(self._fetch())
        except (StorageError, DomainError) as exc:
            log.warning("contact rules could not be checked: %s", exc)
            self.failed.emit(str(exc))
            return
        except Exception:
            self.stop()
            self.failed.emit(self.tr("CollectorPro ran into a problem checking the rules."))
            raise
        self.refreshed.emit(decisions)


class ContactGuardPanel(QWidget):
    """Two lines, two channels each: a coloured dot and what the rules say right now."""

    def __init__(
        self, parent: QWidget | None = None, *, interval_ms: int = REFRESH_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactGuard")
        names = {
            ContactMethod.CALL: self.tr("Call"),
            ContactMethod.SMS: self.tr("Text message"),
            ContactMethod.EMAIL: self.tr("Email"),
            ContactMethod.LETTER: self.tr("Letter"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.lights: dict[str, ChannelLight] = {}
        for index, channel in enumerate(CHANNELS):
            light = ChannelLight(channel, names[channel])
            self.lights[channel] = light
            grid.addWidget(light, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.refresher = GuardRefresher(interval_ms, self)
        self.refresher.refreshed.connect(self.show_decisions)
        self.refresher.failed.connect(self.show_unavailable)

    def show_decisions(self, decisions: Mapping[str, Decision]) -> None:
        """Show one decision per channel; a channel missing from `decisions` goes grey."""
        for channel, light in self.lights.items():
            decision = decisions.get(channel)
            if decision is None:
                light.show_unknown(self.tr("{channel}: not checked").format(channel=light.name), "")
            else:
                light.show_decision(decision)

    def show_unavailable(self, message: str) -> None:
        """Grey every light: a stale green is worse than none."""
        for light in self.lights.values():
            light.show_unknown(
                self.tr("{channel}: couldn't check the rules").format(channel=light.name),
                html.escape(message),
            )

    def clear(self) -> None:
        """No account: stop refreshing and grey every light."""
        self.refresher.stop()
        for light in self.lights.values():
            light.show_unknown(self.tr("{channel}: —").format(channel=light.name), "")

    def watch(self, fetch: Fetch, first: Mapping[str, Decision] | None = None) -> None:
        """Show `fetch()` now and again every minute until `clear()` or another `watch`.

        `fetch` must ask about the current instant each time it runs, e.g.
        `lambda: contact_guard.decide_all(db, account_id, datetime.now(UTC))`. With `first`
        (decisions already read for this instant) nothing is fetched until the first minute.
        """
        self.refresher.start(fetch, first)

    def stop_watching(self) -> None:
        """Stop refreshing and leave the lights as they are."""
        self.refresher.stop()
