"""The selected account: a header with what matters at a glance, and tabs for the rest."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from collectorpro.core.i18n import QT_TRANSLATE_NOOP, label
from collectorpro.models.enums import ContactKind, ServiceType
from collectorpro.services.accounts.contact_points import format_phone
from collectorpro.services.accounts.snapshots import AccountDetail, LedgerLine
from collectorpro.ui import formatting
from collectorpro.ui.contact_guard_panel import ContactGuardPanel
from collectorpro.ui.dispute_lists import AccountDisputesPanel
from collectorpro.ui.documents_panel import DocumentsPanel
from collectorpro.ui.plan_panel import PlanPanel
from collectorpro.ui.tables import RIGHT as _RIGHT
from collectorpro.ui.tables import fill_table, make_table
from collectorpro.ui.worker import busy_bar

BADGE_STYLE = (
    "QLabel {{ background: {bg}; color: white; border-radius: 8px; padding: 2px 8px;"
    " font-weight: 600; }}"
)
# the badge texts: the account's flags as the service names them in English
FLAG_COLORS = {
    QT_TRANSLATE_NOOP("DetailPane", "Cease communication"): "#b3261e",
    QT_TRANSLATE_NOOP("DetailPane", "Attorney represented"): "#7b3fa0",
    QT_TRANSLATE_NOOP("DetailPane", "Bankruptcy"): "#8a4b08",
    QT_TRANSLATE_NOOP("DetailPane", "Deceased"): "#444444",
    QT_TRANSLATE_NOOP("DetailPane", "Insurance pending"): "#1f6f8b",
}


def _flag_badge(flag: str) -> QLabel:
    """A flag's badge in its colour; the service may hand the flag over already translated."""
    for english, color in FLAG_COLORS.items():
        translated = QCoreApplication.translate("DetailPane", english)
        if flag in (english, translated, QCoreApplication.translate("Accounts", english)):
            return _badge(translated, color)
    return _badge(QCoreApplication.translate("DetailPane", flag), "#555")


def _badge(text: str, color: str) -> QLabel:
    badge = QLabel(text)
    badge.setStyleSheet(BADGE_STYLE.format(bg=color))
    return badge


class ContactSection(QGroupBox):
    """One kind of contact point (addresses, phones or emails) with its buttons."""

    addRequested = Signal()
    changeRequested = Signal(int)  # row
    retireRequested = Signal(int)  # row

    def __init__(self, title: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.table = make_table(headers)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.retire_button = QPushButton(self.tr("No longer valid"))
        for b in (self.add_button, self.change_button, self.retire_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.addRequested)
        self.change_button.clicked.connect(lambda: self._row_action(self.changeRequested))
        self.retire_button.clicked.connect(lambda: self._row_action(self.retireRequested))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.current_flags: list[bool] = []
        self._selection_changed()

    def _row_action(self, signal: SignalInstance) -> None:
        row = self.table.currentRow()
        if row >= 0:
            signal.emit(row)

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        usable = 0 <= row < len(self.current_flags) and self.current_flags[row]
        self.change_button.setEnabled(usable)
        self.retire_button.setEnabled(usable)

    def set_rows(self, rows: Sequence[Sequence[str]], current: Sequence[bool]) -> None:
        self.current_flags = list(current)
        fill_table(self.table, rows)
        for r, is_current in enumerate(current):
            if not is_current:
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    if item is not None:
                        item.setForeground(Qt.GlobalColor.gray)
        self._selection_changed()


class DetailPane(QWidget):
    """Shows an AccountDetail; asks the window (by signal) to change contact points."""

    contactAdd = Signal(str)  # "address" | "phone" | "email"
    contactChange = Signal(str, object)  # kind, the view being replaced
    contactRetire = Signal(str, object)
    ledgerSelectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AccountDetail | None = None
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # shown while a document of the account (a receipt, a letter) is drawn in the background
        self.progress = busy_bar()
        self.progress.setObjectName("detailBusy")
        outer.addWidget(self.progress)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(self.tr("Select an account to see its history and ledger."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #666; font-size: 14px;")
        self.stack.addWidget(self.placeholder)

        body = QWidget()
        layout = QVBoxLayout(body)
        header = QGridLayout()
        header.setColumnStretch(0, 1)
        self.name_label = QLabel()
        self.name_label.setObjectName("debtorName")
        self.name_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sub_label = QLabel()
        self.sub_label.setStyleSheet("color: #555;")
        self.sub_label.setWordWrap(True)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balance")
        self.balance_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.balance_label.setAlignment(_RIGHT)
        self.dpd_label = QLabel()
        self.dpd_label.setAlignment(_RIGHT)
        header.addWidget(self.name_label, 0, 0)
        header.addWidget(self.balance_label, 0, 1)
        header.addWidget(self.sub_label, 1, 0)
        header.addWidget(self.dpd_label, 1, 1)
        layout.addLayout(header)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        layout.addLayout(self.badges)
        self.guard = ContactGuardPanel()
        self.guard.setObjectName("contactGuard")
        layout.addWidget(self.guard)

        self.tabs = QTabWidget()
        self.history = make_table(
            [
                self.tr("When"),
                self.tr("Channel"),
                self.tr("Outcome"),
                self.tr("By"),
                self.tr("Follow-up"),
                self.tr("Notes"),
            ]
        )
        self.ledger = make_table(
            [
                self.tr("Date"),
                self.tr("Entry"),
                self.tr("Amount"),
                self.tr("Balance"),
                self.tr("Reference"),
                self.tr("By"),
                self.tr("Memo"),
            ]
        )
        self.ledger.setObjectName("ledgerTable")
        self.ledger.itemSelectionChanged.connect(self.ledgerSelectionChanged.emit)
        ledger_tab = QWidget()
        ledger_layout = QVBoxLayout(ledger_tab)
        # a tool bar folds its buttons into a » menu when the pane is narrow
        self.ledger_bar = QToolBar()
        self.ledger_bar.setObjectName("ledgerBar")
        self.ledger_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        ledger_layout.addWidget(self.ledger_bar)
        ledger_layout.addWidget(self.ledger, 1)
        self.plan_panel = PlanPanel()
        self.plan_panel.setObjectName("planPanel")
        self.promises = make_table(
            [
                self.tr("Due"),
                self.tr("Amount"),
                self.tr("Status"),
                self.tr("Recorded"),
                self.tr("By"),
            ]
        )
        contact = QWidget()
        contact_layout = QVBoxLayout(contact)
        self.addresses = ContactSection(
            self.tr("Addresses"),
            [self.tr("Address"), self.tr("Source"), self.tr("From"), self.tr("Until")],
        )
        self.phones = ContactSection(
            self.tr("Phones"),
            [
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Consent"),
                self.tr("Do not call"),
                self.tr("Source"),
                self.tr("From"),
                self.tr("Until"),
            ],
        )
        self.emails = ContactSection(
            self.tr("Emails"),
            [
                self.tr("Email"),
                self.tr("Opted out"),
                self.tr("Source"),
                self.tr("From"),
                self.tr("Until"),
            ],
        )
        # ServiceType and ContactKind have no label of their own: their names are written here
        self.service_names = {
            ServiceType.MEDICAL: self.tr("Medical"),
            ServiceType.UTILITY: self.tr("Utility"),
            ServiceType.OTHER: self.tr("Other"),
        }
        self.phone_kinds = {
            ContactKind.MOBILE: self.tr("Mobile"),
            ContactKind.HOME: self.tr("Home"),
            ContactKind.WORK: self.tr("Work"),
            ContactKind.OTHER: self.tr("Other"),
        }
        for kind, section in self._sections():
            contact_layout.addWidget(section)
            section.addRequested.connect(lambda k=kind: self.contactAdd.emit(k))
            section.changeRequested.connect(
                lambda row, k=kind: self._emit_for_row(self.contactChange, k, row)
            )
            section.retireRequested.connect(
                lambda row, k=kind: self._emit_for_row(self.contactRetire, k, row)
            )
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(ledger_tab, self.tr("Le&dger"))
        self.tabs.addTab(self.plan_panel, self.tr("Pla&n"))
        self.tabs.addTab(contact, self.tr("&Contact"))
        self.tabs.addTab(self.promises, self.tr("&Promises"))
        self.documents = DocumentsPanel()
        self.documents.setObjectName("documentsPanel")
        self.tabs.addTab(self.documents, self.tr("Doc&uments"))
        self.disputes = AccountDisputesPanel()
        self.disputes.setObjectName("disputesPanel")
        self.tabs.addTab(self.disputes, self.tr("D&isputes"))
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(body)

    def add_ledger_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons above the ledger for the window's payment actions."""
        self.ledger_bar.addActions(list(actions))

    def selected_ledger_line(self) -> LedgerLine | None:
        if self.detail is None:
            return None
        rows = self.ledger.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.detail.ledger[row] if 0 <= row < len(self.detail.ledger) else None

    def _sections(self) -> list[tuple[str, ContactSection]]:
        return [("address", self.addresses), ("phone", self.phones), ("email", self.emails)]

    def _emit_for_row(self, signal: SignalInstance, kind: str, row: int) -> None:
        if self.detail is None:
            return
        views = {
            "address": self.detail.addresses,
            "phone": self.detail.phones,
            "email": self.detail.emails,
        }[kind]
        if 0 <= row < len(views):
            signal.emit(kind, views[row])

    def clear(self) -> None:
        self.detail = None
        self.disputes.clear()
        self.guard.clear()
        self.stack.setCurrentIndex(0)

    def show_detail(self, d: AccountDetail) -> None:
        self.detail = d
        self.stack.setCurrentIndex(1)
        self.name_label.setText(d.debtor_name)
        self.sub_label.setText(
            self.tr("{number} · {creditor} · {service}").format(
                number=d.account_number,
                creditor=d.creditor_name,
                service=self.service_names.get(d.service_type, d.service_type.value.capitalize()),
            )
        )
        self.balance_label.setText(formatting.money(d.balance_cents))
        self.dpd_label.setText(
            self.tr("{days} days past due · {bucket}").format(
                days=d.days_past_due, bucket=label(d.bucket)
            )
        )
        while self.badges.count():
            item = self.badges.takeAt(0)
            badge = item.widget() if item is not None else None
            if badge is not None:
                badge.deleteLater()
        self.badges.addWidget(_badge(label(d.status), "#2e5d9f"))
        for flag in d.flags:
            self.badges.addWidget(_flag_badge(flag))
        self.badges.addStretch(1)

        fill_table(
            self.history,
            [
                (
                    formatting.moment(i.occurred_at),
                    label(i.channel),
                    label(i.outcome),
                    i.user_name,
                    formatting.day(i.follow_up_date),
                    " ".join(i.notes.split()),
                )
                for i in d.history
            ],
        )
        fill_table(
            self.ledger,
            [
                (
                    formatting.day(e.effective_date),
                    self.tr("{entry} (reversed)").format(entry=label(e.kind))
                    if e.reversed_by_id is not None
                    else label(e.kind),
                    formatting.money(e.amount_cents),
                    formatting.money(e.running_balance_cents),
                    "  ".join(
                        p
                        for p in (
                            e.reference,
                            self.tr("Receipt {n}").format(n=e.receipt_number)
                            if e.receipt_number
                            else "",
                        )
                        if p
                    ),
                    e.user_name,
                    e.memo,
                )
                for e in d.ledger
            ],
            right={2, 3},
        )
        fill_table(
            self.promises,
            [
                (
                    formatting.day(p.due_date),
                    formatting.money(p.amount_cents),
                    label(p.status),
                    formatting.moment(p.created_at),
                    p.user_name,
                )
                for p in d.promises
            ],
            right={1},
        )
        yes, no = self.tr("Yes"), self.tr("No")
        self.addresses.set_rows(
            [
                (a.one_line(), a.source, formatting.day(a.valid_from), formatting.day(a.valid_to))
                for a in d.addresses
            ],
            [a.current for a in d.addresses],
        )
        self.phones.set_rows(
            [
                (
                    format_phone(p.number),
                    self.phone_kinds.get(p.kind, p.kind.value.capitalize()),
                    yes if p.consent else no,
                    yes if p.do_not_call else no,
                    p.source,
                    formatting.day(p.valid_from),
                    formatting.day(p.valid_to),
                )
                for p in d.phones
            ],
            [p.current for p in d.phones],
        )
        self.emails.set_rows(
            [
                (
                    e.address,
                    yes if e.opt_out else no,
                    e.source,
                    formatting.day(e.valid_from),
                    formatting.day(e.valid_to),
                )
                for e in d.emails
            ],
            [e.current for e in d.emails],
        )
