"""Office → Letter texts: the office's wording of each letter, per language.

A refusal (a ValidationError with its ``field``) is shown in red and the cursor goes to what was
refused, so nothing the person typed is lost. Questions go through ``confirm`` so tests can
answer them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError, ValidationError
from collectorpro.models.db import Database
from collectorpro.services.letters.compose import template_title
from collectorpro.services.letters.texts import (
    EDITABLE,
    FIELDS,
    LANGUAGES,
    LetterText,
    field_description,
    get_letter_text,
    language_name,
    placeholders_in,
    reset_letter_text,
    save_letter_text,
)
from collectorpro.ui.letter_settings import chain_tab_order, confirm, make_error_label, make_note

log = logging.getLogger(__name__)


class LetterTextsDialog(QDialog):
    """The office's wording of each letter, per language, with the placeholders at hand."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.user_id = db, user_id
        self.setWindowTitle(self.tr("Letter texts"))
        self.setModal(True)

        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.templates = QListWidget()
        self.templates.setObjectName("letterTemplates")
        for kind in EDITABLE:
            item = QListWidgetItem(template_title(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.templates.addItem(item)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        templates_label = QLabel(self.tr("Le&tters"))
        templates_label.setBuddy(self.templates)

        self.title = QLineEdit()
        self.title.setObjectName("letterTitle")
        self.body = QPlainTextEdit()
        self.body.setObjectName("letterBody")
        self.body.setTabChangesFocus(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setMinimumSize(460, 300)
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("letterPlaceholders")
        self.placeholders.setToolTip(self.tr("Double-click a placeholder to insert it"))
        for name in FIELDS:
            item = QListWidgetItem(f"{{{name}}} — {field_description(name)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.setMaximumHeight(150)
        help_text = make_note(
            self.tr(
                "A blank line starts a new paragraph. A line starting with “## ” is a heading, "
                "a line starting with “- ” is a list item, and **two stars** make text bold. "
                "[itemization], [tear_off] and [signature] on a line of their own place those "
                "parts of the letter. Double-click a placeholder to insert it at the cursor."
            )
        )
        help_text.setObjectName("letterHelp")
        self.error_label = make_error_label()
        self.status = QLabel()
        self.status.setObjectName("letterStatus")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reset_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.save_button.setText(self.tr("&Save"))
        self.reset_button.setText(self.tr("&Reset to default"))
        self.close_button.setText(self.tr("Close"))
        self.save_button.setDefault(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(templates_label)
        left_layout.addWidget(self.templates)
        right = QWidget()
        editor = QFormLayout(right)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addRow(self.tr("T&itle"), self.title)
        editor.addRow(self.tr("&Text"), self.body)
        editor.addRow(self.tr("&Placeholders"), self.placeholders)
        editor.addRow("", help_text)
        editor.addRow("", self.error_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        chain_tab_order(
            [
                self.language,
                self.templates,
                self.title,
                self.body,
                self.placeholders,
                self.save_button,
                self.reset_button,
                self.close_button,
            ]
        )

        self._insert_into: QLineEdit | QPlainTextEdit = self.body
        self.title.installEventFilter(self)
        self.body.installEventFilter(self)
        self._loaded: LetterText | None = None
        self._shown = ("", "")  # the saved text as the editors hold it
        self._custom: dict[str, bool] = {}
        self._kind = EDITABLE[0]
        self._language = str(self.language.currentData())

        self.templates.currentRowChanged.connect(self._template_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.title.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_to_default)
        self.close_button.clicked.connect(self.reject)

        self._refresh_markers()
        self.templates.setCurrentRow(0)
        self.resize(900, 620)

    # what is on screen

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def language_code(self) -> str:
        return self._language

    def is_dirty(self) -> bool:
        if self._loaded is None:
            return False
        return (self.title.text(), self.body.toPlainText()) != self._shown

    def _label(self, kind: str) -> str:
        label = template_title(kind)
        if self._custom.get(kind):
            label += " " + self.tr("(edited)")
        if kind == self._kind and self.is_dirty():
            label += " *"
        return label

    def _refresh_markers(self) -> None:
        self._custom = {
            kind: get_letter_text(self.db, kind, self._language).custom for kind in EDITABLE
        }
        self._update_labels()

    def _update_labels(self) -> None:
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            kind = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(self._label(kind))
            item.setToolTip(
                self.tr("Not saved yet") if kind == self._kind and self.is_dirty() else ""
            )
        self.reset_button.setEnabled(bool(self._custom.get(self._kind)) or self.is_dirty())

    def _load(self) -> None:
        self._loaded = get_letter_text(self.db, self._kind, self._language)
        self._custom[self._kind] = self._loaded.custom
        for editor in (self.title, self.body):
            editor.blockSignals(True)
        self.title.setText(self._loaded.title)
        self.body.setPlainText(self._loaded.body)
        for editor in (self.title, self.body):
            editor.blockSignals(False)
        self._shown = (self.title.text(), self.body.toPlainText())
        self._clear_error()
        self._update_labels()

    def _edited(self) -> None:
        self.status.clear()
        self._update_labels()

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # switching

    def _may_leave(self) -> bool:
        """True when there is nothing unsaved, or the person agrees to drop it."""
        if not self.is_dirty():
            return True
        return confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to “{letter}” are not saved. Discard them?").format(
                letter=template_title(self._kind)
            ),
        )

    def _template_chosen(self, row: int) -> None:
        if row < 0:
            return
        kind = str(self.templates.item(row).data(Qt.ItemDataRole.UserRole))
        if kind == self._kind and self._loaded is not None:
            return
        if not self._may_leave():
            self.templates.blockSignals(True)
            self.templates.setCurrentRow(EDITABLE.index(self._kind))
            self.templates.blockSignals(False)
            return
        self._kind = kind
        self._load()

    def _language_chosen(self, index: int) -> None:
        language = str(self.language.itemData(index))
        if language == self._language:
            return
        if not self._may_leave():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(self._language))
            self.language.blockSignals(False)
            return
        self._language = language
        self._loaded = None
        self._refresh_markers()
        self._load()

    # editing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.title:
                self._insert_into = self.title
            elif watched is self.body:
                self._insert_into = self.body
        return super().eventFilter(watched, event)

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        text = "{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}"
        editor = self._insert_into
        if isinstance(editor, QLineEdit):
            editor.insert(text)
        else:
            editor.insertPlainText(text)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        title, body = self.title.text(), self.body.toPlainText()
        try:
            save_letter_text(
                self.db, self._kind, self._language, title=title, body=body, user_id=self.user_id
            )
        except ValidationError as exc:
            self._show_error(str(exc))
            self._point_at(exc)
            return False
        except (DomainError, StorageError) as exc:
            log.warning("letter text not saved: %s", exc)
            self._show_error(str(exc))
            return False
        self._loaded = get_letter_text(self.db, self._kind, self._language)
        self._custom[self._kind] = self._loaded.custom
        if self.title.text() != self._loaded.title:
            self.title.setText(self._loaded.title)
        self._shown = (self.title.text(), self.body.toPlainText())
        self._clear_error()
        self._update_labels()
        self.status.setText(self.tr("Saved."))
        return True

    def _point_at(self, exc: ValidationError) -> None:
        """Put the cursor on what was refused: the title, or the first unknown placeholder."""
        if exc.field == "title":
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        body = self.body.toPlainText()
        try:
            unknown = [name for name in placeholders_in(body) if name not in FIELDS]
        except ValidationError:
            return
        if not unknown:
            return
        start = body.find("{" + unknown[0] + "}")
        if start < 0:
            return
        # the document counts UTF-16 units, Python counts code points
        begin = len(body[:start].encode("utf-16-le")) // 2
        cursor = self.body.textCursor()
        cursor.setPosition(begin)
        cursor.setPosition(begin + len(unknown[0]) + 2, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)

    def reset_to_default(self) -> None:
        letter = template_title(self._kind)
        if self._custom.get(self._kind):
            question = self.tr(
                "Replace the office's text of “{letter}” with the text CollectorPro comes with? "
                "The office's wording is lost."
            )
        else:
            question = self.tr("Discard your changes to “{letter}”?")
        if not confirm(self, self.tr("Reset to default"), question.format(letter=letter)):
            return
        try:
            reset_letter_text(self.db, self._kind, self._language, user_id=self.user_id)
        except (DomainError, StorageError) as exc:
            log.warning("letter text not reset: %s", exc)
            self._show_error(str(exc))
            return
        self._load()
        self.status.setText(self.tr("Back to the default text."))

    def reject(self) -> None:
        if self._may_leave():
            super().reject()
