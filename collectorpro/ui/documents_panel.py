"""The account's document archive: every letter, notice and receipt that left the office."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from collectorpro.core.i18n import QT_TRANSLATE_NOOP
from collectorpro.services.letters.compose import DocumentView
from collectorpro.ui import formatting
from collectorpro.ui.tables import fill_table, make_table

__all__ = ["DocumentsPanel"]

_LANGUAGE = {  # translated where shown
    "en": QT_TRANSLATE_NOOP("DocumentsPanel", "English"),
    "es": QT_TRANSLATE_NOOP("DocumentsPanel", "Spanish"),
}


class DocumentsPanel(QWidget):
    """A table of issued documents; Enter or a double-click opens one."""

    openRequested = Signal(int)  # the archive entry's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents: tuple[DocumentView, ...] = ()
        layout = QVBoxLayout(self)
        self.bar = QToolBar()
        self.bar.setObjectName("documentsBar")
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_open = QAction(self.tr("&Open document"), self)
        self.act_open.triggered.connect(self._open_selected)
        self.bar.addAction(self.act_open)
        layout.addWidget(self.bar)
        self.table = make_table(
            [
                self.tr("Sent"),
                self.tr("Document"),
                self.tr("How"),
                self.tr("Language"),
                self.tr("Pages"),
                self.tr("By"),
                self.tr("To"),
            ]
        )
        self.table.setObjectName("documentsTable")
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No letters or documents have been sent on this account."))
        self.empty.setStyleSheet("color: #666;")
        layout.addWidget(self.empty)
        self._update()

    def add_actions(self, actions: Sequence[QAction]) -> None:
        self.bar.insertActions(self.act_open, list(actions))

    def set_documents(self, documents: Sequence[DocumentView]) -> None:
        self.documents = tuple(documents)
        fill_table(
            self.table,
            [
                (
                    formatting.moment(d.issued_at),
                    d.kind_label,
                    self.tr("Email") if d.channel.value == "email" else self.tr("Mail"),
                    QCoreApplication.translate("DocumentsPanel", _LANGUAGE[d.language])
                    if d.language in _LANGUAGE
                    else d.language,
                    str(d.pages),
                    d.user_name,
                    d.recipient,
                )
                for d in self.documents
            ],
            right={4},
        )
        self.empty.setVisible(not self.documents)
        self._update()

    def selected(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.documents):
            return None
        return self.documents[rows[0].row()]

    def _update(self) -> None:
        self.act_open.setEnabled(self.selected() is not None)

    def _open_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.openRequested.emit(document.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_selected()
            return
        super().keyPressEvent(event)
