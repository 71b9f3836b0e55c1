"""Office → Batch letter rules: the saved selections that batch letters start from.

The dialog edits a copy of the rules; nothing reaches the database until OK, and then all of
them go through ``save_rules`` in one write. A refusal (a ValidationError) is shown in red, the
rule it concerns is selected and the dialog stays open, so nothing the person typed is lost.
Under the form a live count says how many accounts the rule, as edited, would select today.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from babel.numbers import format_decimal
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError, ValidationError
from collectorpro.models.db import Database
from collectorpro.services.letters.compose import template_title
from collectorpro.services.letters.rules import (
    DEFAULT_RULES,
    BatchRule,
    accounts_for_rule,
    get_rules,
    save_rules,
)
from collectorpro.services.letters.texts import TEMPLATES
from collectorpro.ui import messages
from collectorpro.ui.formatting import LOCALE

__all__ = ["LetterRulesDialog", "NoLetterChoice"]

ERROR_STYLE = "color: #b3261e;"
MAX_DAYS = 3650
NO_UPPER_LIMIT = -1  # the "to" spin box's special value: max_days is None
COUNT_DELAY_MS = 300


class NoLetterChoice(QWidget):
    """How long an account must have gone without a letter: never, any time, or N days."""

    NEVER, ANY_TIME, DAYS = range(3)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("noLetterKind")
        self.kind.addItem(self.tr("Only accounts never written to"), self.NEVER)
        self.kind.addItem(self.tr("Any time: earlier letters don't matter"), self.ANY_TIME)
        self.kind.addItem(self.tr("No letter in the last"), self.DAYS)
        self.days = QSpinBox()
        self.days.setObjectName("noLetterDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(21)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days without a letter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.days)
        self.setFocusProxy(self.kind)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.days.valueChanged.connect(lambda _value: self.changed.emit())
        self._kind_chosen()

    def value(self) -> int | None:
        """``None``: never written to; ``0``: any time; otherwise the number of days."""
        kind = self.kind.currentData()
        if kind == self.NEVER:
            return None
        if kind == self.ANY_TIME:
            return 0
        return self.days.value()

    def setValue(self, value: int | None) -> None:  # camelCase like the Qt setters it sits beside
        if value is None:
            self.kind.setCurrentIndex(self.NEVER)
        elif value <= 0:
            self.kind.setCurrentIndex(self.ANY_TIME)
        else:
            self.days.setValue(value)
            self.kind.setCurrentIndex(self.DAYS)

    def _kind_chosen(self) -> None:
        self.days.setEnabled(self.kind.currentData() == self.DAYS)
        self.changed.emit()


class LetterRulesDialog(QDialog):
    """The office's rules for batch letters: which accounts get which letter."""

    def __init__(
        self, db: Database, user_id: int | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.user_id, self.today = db, user_id, today
        self.setWindowTitle(self.tr("Batch letter rules"))
        self.setModal(True)
        self._rules: list[BatchRule] = list(get_rules(db))
        self._loading = False

        # left: the rules by name
        self.rules_list = QListWidget()
        self.rules_list.setObjectName("letterRules")
        self.rules_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rules_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # full name in the tip
        rules_caption = QLabel(self.tr("&Rules"))
        rules_caption.setBuddy(self.rules_list)
        self.add_button = QPushButton(self.tr("&Add"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.move_up_button = QPushButton(self.tr("Move u&p"))
        self.move_down_button = QPushButton(self.tr("Move do&wn"))
        self.add_button.setToolTip(self.tr("Add a new rule"))
        self.duplicate_button.setToolTip(self.tr("Add a copy of the selected rule"))
        self.remove_button.setToolTip(self.tr("Remove the selected rule"))
        self.move_up_button.setToolTip(self.tr("Show the selected rule earlier in the list"))
        self.move_down_button.setToolTip(self.tr("Show the selected rule later in the list"))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            list_buttons.addWidget(button)
        order_buttons = QHBoxLayout()
        order_buttons.addWidget(self.move_up_button)
        order_buttons.addWidget(self.move_down_button)
        order_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(rules_caption)
        left.addWidget(self.rules_list, 1)
        left.addLayout(list_buttons)
        left.addLayout(order_buttons)

        # right: the selected rule
        self.name = QLineEdit()
        self.name.setObjectName("ruleName")
        self.template = QComboBox()
        self.template.setObjectName("ruleTemplate")
        for kind in TEMPLATES:
            self.template.addItem(template_title(kind), kind)
        self.min_days = QSpinBox()
        self.min_days.setObjectName("ruleMinDays")
        self.min_days.setRange(0, MAX_DAYS)
        self.max_days = QSpinBox()
        self.max_days.setObjectName("ruleMaxDays")
        self.max_days.setRange(NO_UPPER_LIMIT, MAX_DAYS)
        self.max_days.setSpecialValueText(self.tr("no upper limit"))
        self.max_days.setToolTip(
            self.tr("Step below 0 (or press Home) for no upper limit on the days past due")
        )
        self.no_letter = NoLetterChoice()
        self.no_letter.setObjectName("ruleNoLetter")
        self.include_disputed = QCheckBox(
            self.tr("&Include accounts on dispute hold (for the verification letter)")
        )
        self.include_disputed.setObjectName("ruleIncludeDisputed")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Letter"), self.template)
        form.addRow(self.tr("Days past due &from"), self.min_days)
        form.addRow(self.tr("&to"), self.max_days)
        form.addRow(self.tr("&Earlier letters"), self.no_letter)
        form.addRow("", self.include_disputed)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.count_label)
        right.addWidget(self.error_label)
        right.addStretch(1)

        self.reset_button = QPushButton(self.tr("Reset to the &standard rules"))
        self.reset_button.setObjectName("resetRules")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._refresh_count)

        self.rules_list.currentRowChanged.connect(self._rule_chosen)
        self.name.textChanged.connect(self._edited)
        self.template.currentIndexChanged.connect(self._edited)
        self.min_days.valueChanged.connect(self._edited)
        self.max_days.valueChanged.connect(self._edited)
        self.no_letter.changed.connect(self._edited)
        self.include_disputed.toggled.connect(self._edited)
        self.add_button.clicked.connect(self.add_rule)
        self.duplicate_button.clicked.connect(self.duplicate_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.move_up_button.clicked.connect(lambda: self._move(-1))
        self.move_down_button.clicked.connect(lambda: self._move(1))
        self.reset_button.clicked.connect(self.reset_to_standard)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._fill_list(0)
        self.resize(860, 440)

    # what the editor holds

    def current_rules(self) -> tuple[BatchRule, ...]:
        return tuple(self._rules)

    def _row(self) -> int:
        return self.rules_list.currentRow()

    def _list_text(self, rule: BatchRule) -> str:
        return rule.name.strip() or self.tr("(no name)")

    def _fill_list(self, select: int) -> None:
        self.rules_list.blockSignals(True)
        self.rules_list.clear()
        for rule in self._rules:
            item = QListWidgetItem(self._list_text(rule))
            item.setToolTip(self._list_text(rule))
            self.rules_list.addItem(item)
        self.rules_list.blockSignals(False)
        if self._rules:
            self.rules_list.setCurrentRow(max(0, min(select, len(self._rules) - 1)))
        self._rule_chosen(self._row())

    def _rule_chosen(self, row: int) -> None:
        has_rule = 0 <= row < len(self._rules)
        self.form.setEnabled(has_rule)
        self.duplicate_button.setEnabled(has_rule)
        self.remove_button.setEnabled(has_rule)
        self.move_up_button.setEnabled(has_rule and row > 0)
        self.move_down_button.setEnabled(has_rule and row < len(self._rules) - 1)
        self._loading = True
        try:
            rule = self._rules[row] if has_rule else BatchRule("", TEMPLATES[0])
            self.name.setText(rule.name)
            self._choose_template(rule.template)
            self.min_days.setValue(rule.min_days)
            self.max_days.setValue(NO_UPPER_LIMIT if rule.max_days is None else rule.max_days)
            self.no_letter.setValue(rule.no_letter_days)
            self.include_disputed.setChecked(rule.include_disputed)
        finally:
            self._loading = False
        self._schedule_count()

    def _choose_template(self, kind: str) -> None:
        index = self.template.findData(kind)
        if index < 0:  # a saved rule naming a letter this version does not have
            self.template.addItem(self.tr("Unknown letter: {kind}").format(kind=kind), kind)
            index = self.template.count() - 1
        self.template.setCurrentIndex(index)

    def _rule_from_form(self) -> BatchRule:
        maximum = self.max_days.value()
        return BatchRule(
            name=self.name.text().strip(),
            template=str(self.template.currentData()),
            min_days=self.min_days.value(),
            max_days=None if maximum == NO_UPPER_LIMIT else maximum,
            no_letter_days=self.no_letter.value(),
            include_disputed=self.include_disputed.isChecked(),
        )

    def _edited(self, *_args: object) -> None:
        row = self._row()
        if self._loading or not 0 <= row < len(self._rules):
            return
        rule = self._rule_from_form()
        self._rules[row] = rule
        item = self.rules_list.item(row)
        item.setText(self._list_text(rule))
        item.setToolTip(self._list_text(rule))
        self._clear_error()
        self._schedule_count()

    # the live count

    def _schedule_count(self) -> None:
        if 0 <= self._row() < len(self._rules):
            self.count_label.setText(self.tr("Counting the accounts…"))
            self._count_timer.start()
        else:
            self._count_timer.stop()
            self.count_label.clear()

    def _refresh_count(self) -> None:
        row = self._row()
        if not 0 <= row < len(self._rules):
            return
        try:
            count = len(accounts_for_rule(self.db, self._rules[row], today=self.today))
        except (DomainError, StorageError) as exc:
            self.count_label.setText(
                self.tr("The accounts could not be counted: {reason}").format(reason=exc)
            )
            return
        if count == 1:
            text = self.tr("This rule selects 1 account today.")
        else:
            text = self.tr("This rule selects {count} accounts today.").format(
                count=format_decimal(count, locale=LOCALE)
            )
        self.count_label.setText(text)

    # changing the list

    def _unique_name(self, wanted: str) -> str:
        taken = {r.name.strip() for r in self._rules}
        name, number = wanted, 2
        while name in taken:
            name = f"{wanted} {number}"
            number += 1
        return name

    def _insert(self, rule: BatchRule, row: int) -> None:
        self._rules.insert(row, rule)
        self._clear_error()
        self._fill_list(row)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()

    def add_rule(self) -> None:
        rule = BatchRule(self._unique_name(self.tr("New rule")), TEMPLATES[0])
        self._insert(rule, len(self._rules))

    def duplicate_rule(self) -> None:
        row = self._row()
        if not 0 <= row < len(self._rules):
            return
        original = self._rules[row]
        name = self.tr("{name} (copy)").format(name=original.name.strip())
        self._insert(replace(original, name=self._unique_name(name)), row + 1)

    def remove_rule(self) -> None:
        row = self._row()
        if not 0 <= row < len(self._rules):
            return
        asked = messages.confirm(
            self,
            self.tr("Remove rule"),
            self.tr("Remove the rule “{name}”? It is gone for good once you press OK.").format(
                name=self._list_text(self._rules[row])
            ),
        )
        if not asked:
            return
        del self._rules[row]
        self._clear_error()
        self._fill_list(row)

    def _move(self, step: int) -> None:
        row = self._row()
        target = row + step
        if not (0 <= row < len(self._rules) and 0 <= target < len(self._rules)):
            return
        self._rules[row], self._rules[target] = self._rules[target], self._rules[row]
        self._fill_list(target)

    def reset_to_standard(self) -> None:
        asked = messages.confirm(
            self,
            self.tr("Reset to the standard rules"),
            self.tr(
                "Replace every rule in this list with the standard rules? "
                "Nothing is saved until you press OK."
            ),
        )
        if not asked:
            return
        self._rules = list(DEFAULT_RULES)
        self._clear_error()
        self._fill_list(0)

    # saving

    def accept(self) -> None:
        self._count_timer.stop()
        rules = self.current_rules()
        try:
            save_rules(self.db, rules, user_id=self.user_id)
        except ValidationError as exc:
            self._show_error(str(exc))
            self._select_offender(rules, exc)
            return
        except (DomainError, StorageError) as exc:
            self._show_error(str(exc))
            return
        super().accept()

    def _offender(self, rules: tuple[BatchRule, ...], exc: ValidationError) -> int | None:
        """The rule the service refused: the first whose own check says the same thing, or
        the second of two rules with the same name."""
        for row, rule in enumerate(rules):
            try:
                rule.validate()
            except ValidationError as own:
                if str(own) == str(exc) and own.field == exc.field:
                    return row
        if exc.field == "name":
            seen: set[str] = set()
            for row, rule in enumerate(rules):
                if rule.name.strip() in seen:
                    return row
                seen.add(rule.name.strip())
        return None

    def _select_offender(self, rules: tuple[BatchRule, ...], exc: ValidationError) -> None:
        row = self._offender(rules, exc)
        if row is None:
            return
        if row != self._row():
            self.rules_list.setCurrentRow(row)
        maximum = rules[row].max_days
        upside_down = maximum is not None and maximum < rules[row].min_days
        widget: QWidget | None = {
            "name": self.name,
            "template": self.template,
            "days": self.max_days if upside_down else self.min_days,
        }.get(exc.field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit | QSpinBox):
                widget.selectAll()

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
