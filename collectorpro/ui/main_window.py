"""The main window: the account list on the left, the selected account on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import collectorpro
from collectorpro.core import paths
from collectorpro.core.errors import DomainError, StorageError
from collectorpro.core.report_model import Report
from collectorpro.models.db import Database
from collectorpro.models.enums import UserRole
from collectorpro.services.accounts import contact_points as contacts
from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.snapshots import ListSummary
from collectorpro.services.compliance import guard as contact_guard
from collectorpro.services.compliance.overrides import Override
from collectorpro.services.compliance.rules import Decision
from collectorpro.services.desk import account_pane
from collectorpro.services.office import users
from collectorpro.services.plans import upkeep
from collectorpro.services.reports.catalog import build_report
from collectorpro.services.worklist import today as worklist
from collectorpro.ui import formatting, help_dialogs, messages, override_dialog, translation
from collectorpro.ui.account_dialogs import (
    AddressDialog,
    EmailDialog,
    FollowUpDialog,
    LedgerEntryDialog,
    LogInteractionDialog,
    PhoneDialog,
    PromiseDialog,
    StatusDialog,
)
from collectorpro.ui.account_model import COLUMN_OF, AccountTableModel
from collectorpro.ui.dashboard import DashboardView
from collectorpro.ui.desk import Desk
from collectorpro.ui.detail_pane import DetailPane
from collectorpro.ui.dispute_actions import DisputeActions
from collectorpro.ui.document_preview import show_pdf
from collectorpro.ui.filter_bar import FilterBar
from collectorpro.ui.form_dialog import FormDialog
from collectorpro.ui.import_wizard import ImportWizard
from collectorpro.ui.letter_actions import LetterActions
from collectorpro.ui.letter_texts_dialog import LetterTextsDialog
from collectorpro.ui.money_actions import MoneyActions
from collectorpro.ui.reports_window import ReportsWindow
from collectorpro.ui.settings_dialog import SettingsDialog
from collectorpro.ui.statute_dialog import StatuteDialog
from collectorpro.ui.worklist_view import WorklistView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        settings: QSettings,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.today = today
        self.now = now
        self.setWindowTitle(self.tr("CollectorPro — {file}").format(file=db.path.name))
        self._users = users.list_users(db)

        self.model = AccountTableModel(db, today, self)
        self.table = QTableView()
        self.table.setObjectName("accountTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.filters = FilterBar(self._users)
        self.filters.queryChanged.connect(self._apply_query)

        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 15px;")
        empty_layout.addWidget(self.empty_label)
        self.empty_clear = QPushButton(self.tr("Clear search and filters"))
        self.empty_clear.clicked.connect(self.filters.clear)
        empty_layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.list_stack, 1)

        self.detail = DetailPane()
        self.detail.contactAdd.connect(lambda kind: self._open_contact_dialog(kind, None))
        self.detail.contactChange.connect(self._open_contact_dialog)
        self.detail.contactRetire.connect(self._retire_contact)
        self.detail.ledgerSelectionChanged.connect(self._update_actions)
        self.detail.plan_panel.planChanged.connect(self._update_actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.worklist = WorklistView(self._load_worklist)
        self.worklist.setObjectName("worklist")
        self.worklist.accountChanged.connect(lambda _id: self._row_changed())
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(left, self.tr("&Accounts"))
        self.left_tabs.addTab(self.worklist, self.tr("&Today"))
        self.dashboard = DashboardView(self._load_dashboard)
        self.dashboard.setObjectName("dashboard")
        self.left_tabs.addTab(self.dashboard, self.tr("Das&hboard"))
        self.left_tabs.currentChanged.connect(self._left_tab_changed)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.statusBar().addPermanentWidget(self.summary_label)

        self.letters = LetterActions(
            self,
            db,
            user_id=self.user_id,
            today=self.today,
            users=lambda: self._users,
            account_id=self.current_account_id,
            preferred_language=self._preferred_language,
            list_ids=lambda: account_list.matching_account_ids(
                self.db, self.model.query, as_of=self.today()
            ),
            list_description=self._list_description,
            refresh=self.refresh,
            settings=settings,
        )
        self.detail.documents.openRequested.connect(self.letters.open_document)
        desk = Desk(
            parent=self,
            db=db,
            detail=self.detail,
            settings=self.settings,
            user_id=self.user_id,
            today=self.today,
            account_id=self.current_account_id,
            run=self._run,
            open_dialog=self._open,
            make_action=self._action,
            refresh=self.refresh,
            select_account=self.select_account,
            clear_filters=self.filters.clear,
            show_message=self.statusBar().showMessage,
            email_document=self.letters.email_document,
        )
        self.money = MoneyActions(desk)
        self.disputes = DisputeActions(desk)
        # the names the tests drive the window's money work by
        m = self.money
        self.act_receipt, self.act_reverse = m.act_receipt, m.act_reverse
        self.act_paid_letter, self.act_agreement = m.act_paid_letter, m.act_agreement
        self.act_cancel_plan = m.act_cancel_plan
        self.post_payment, self.reverse_payment = m.post_payment, m.reverse_payment
        self.print_paid_in_full_letter = m.print_paid_in_full_letter
        self.arrange_plan, self.cancel_plan = m.arrange_plan, m.cancel_plan
        self._build_actions()
        self.model.summaryChanged.connect(self._show_summary)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._selection_lost)

        self._restore_layout()
        self.bring_plans_up_to_date()
        self.model.set_query(self.filters.current_query())
        self._sync_sort_indicator()
        if self.model.rowCount():
            self.select_account(self.model.account_id(0))  # type: ignore[arg-type]
        self._update_actions()

    # -- building ------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(
                self.tr("{action} ({keys})").format(
                    action=text.replace("&", "").rstrip("…"), keys=action.shortcut().toString()
                )
            )
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_log = self._action(self.tr("&Log interaction…"), self.log_interaction, "Ctrl+L")
        self.act_promise = self._action(
            self.tr("Record &promise…"), self.record_promise, "Ctrl+Shift+P"
        )
        self.act_status = self._action(
            self.tr("Change &status…"), self.change_status, "Ctrl+Shift+S"
        )
        self.act_entry = self._action(
            self.tr("Post charge or &adjustment…"), self.post_entry, "Ctrl+Shift+A"
        )
        self.act_follow_up = self._action(
            self.tr("Set &follow-up…"), self.set_follow_up, "Ctrl+Shift+F"
        )
        self.account_actions = [
            self.act_log,
            self.act_promise,
            self.act_follow_up,
            self.money.act_payment,
            self.money.act_plan,
            self.letters.act_send,
            self.act_status,
            self.act_entry,
        ]
        self.act_settings = self._action(self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
        self.act_letter_texts = self._action(self.tr("Letter &texts…"), self.edit_letter_texts)
        self.act_statute = self._action(
            self.tr("&Statute of limitations…"), self.edit_statute_table
        )
        self.act_today = self._action(self.tr("&Today's worklist"), self.show_today, "Ctrl+T")
        self.act_next = self._action(
            self.tr("&Next account"), lambda: self.next_account(1), "Alt+Down"
        )
        self.act_previous = self._action(
            self.tr("Pre&vious account"), lambda: self.next_account(-1), "Alt+Up"
        )
        self.act_reports = self._action(self.tr("&Reports…"), self.show_reports, "Ctrl+R")
        self.act_dashboard = self._action(self.tr("&Dashboard"), self.show_dashboard, "Ctrl+D")
        self.act_import = self._action(
            self.tr("&Import accounts or payments…"), self.import_file, "Ctrl+I"
        )
        self.act_find = self._action(
            self.tr("&Find account"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.act_refresh = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.act_clear = self._action(
            self.tr("&Clear search and filters"), self.filters.clear, "Ctrl+Shift+X"
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_about = self._action(self.tr("&About CollectorPro"), self.about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.act_import)
        file_menu.addSeparator()
        file_menu.addAction(self.act_refresh)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.act_today)
        view_menu.addAction(self.act_next)
        view_menu.addAction(self.act_previous)
        view_menu.addSeparator()
        view_menu.addAction(self.act_find)
        view_menu.addAction(self.act_clear)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        for a in self.account_actions:
            account_menu.addAction(a)
            self.table.addAction(a)
        account_menu.addAction(self.detail.disputes.act_record)
        account_menu.addSeparator()
        for a in self.money.menu_actions:
            account_menu.addAction(a)
        office_menu = self.menuBar().addMenu(self.tr("&Office"))
        office_menu.addAction(self.act_settings)
        office_menu.addAction(self.act_statute)
        office_menu.addSeparator()
        office_menu.addAction(self.disputes.act_disputes)
        office_menu.addSeparator()
        office_menu.addAction(self.letters.act_batch)
        office_menu.addAction(self.act_letter_texts)
        office_menu.addAction(self.letters.act_calibration)
        self.detail.add_ledger_actions(self.money.ledger_actions)
        self.detail.plan_panel.add_actions(self.money.plan_actions)
        self.detail.documents.add_actions([self.letters.act_send])
        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_menu.addAction(self.act_reports)
        reports_menu.addAction(self.act_dashboard)
        self.act_guide = self._action(self.tr("CollectorPro &guide"), self.show_guide, "F1")
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.act_data_folder = self._action(
            self.tr("Open &data folder"), lambda: help_dialogs.open_folder(paths.user_data_dir())
        )
        self.act_log_folder = self._action(
            self.tr("Open &log folder"), lambda: help_dialogs.open_folder(paths.user_log_dir())
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        for action in (self.act_guide, self.act_shortcuts):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self.act_data_folder)
        help_menu.addAction(self.act_log_folder)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

        toolbar = QToolBar(self.tr("Account actions"))
        toolbar.setObjectName("accountToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # the toolbar names each action in a word or two; the menu and tooltip say it in full
        toolbar_names = (
            self.tr("Log", "toolbar"),
            self.tr("Promise", "toolbar"),
            self.tr("Follow-up", "toolbar"),
            self.tr("Payment", "toolbar"),
            self.tr("Arrangement", "toolbar"),
            self.tr("Letter", "toolbar"),
            self.tr("Status", "toolbar"),
            self.tr("Charge/adjust", "toolbar"),
        )
        for a, name in zip(self.account_actions, toolbar_names, strict=True):
            a.setIconText(name)
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Working as ")))
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("userCombo")
        roles = {
            UserRole.COLLECTOR: self.tr("collector"),
            UserRole.MANAGER: self.tr("manager"),
            UserRole.ADMIN: self.tr("admin"),
        }
        for u in self._users:
            self.user_combo.addItem(
                self.tr("{name} ({role})").format(
                    name=u.name, role=roles.get(u.role, u.role.value)
                ),
                u.id,
            )
        toolbar.addWidget(self.user_combo)
        self.addToolBar(toolbar)

    # -- layout memory ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = self.settings
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        splitter = s.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([800, 560])
        header = s.value("main/accountColumns")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        else:
            for col, width in enumerate((105, 165, 165, 90, 110, 85, 80, 130, 140)):
                self.table.setColumnWidth(col, width)
        user_id = s.value("main/userId")
        if user_id is not None:
            index = self.user_combo.findData(int(user_id))
            if index >= 0:
                self.user_combo.setCurrentIndex(index)

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())
        s.setValue("main/accountColumns", self.table.horizontalHeader().saveState())
        if self.user_combo.currentData() is not None:
            s.setValue("main/userId", int(self.user_combo.currentData()))
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    # -- list ----------------------------------------------------------------------------
    def _apply_query(self, query: object) -> None:
        self._run(lambda: self.model.set_query(query))  # type: ignore[arg-type]

    def _sync_sort_indicator(self) -> None:
        q = self.model.query
        order = Qt.SortOrder.DescendingOrder if q.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF[q.sort], order)
        header.blockSignals(False)

    def _show_summary(self, summary: ListSummary) -> None:
        self.filters.set_sort(self.model.query)
        self.summary_label.setText(
            (
                self.tr("1 account · {total} total balance")
                if summary.count == 1
                else self.tr("{count} accounts · {total} total balance")
            ).format(
                count=f"{summary.count:,}", total=formatting.money(summary.total_balance_cents)
            )
        )
        if summary.count:
            self.list_stack.setCurrentWidget(self.table)
            return
        filtered = self.filters.is_filtered()
        self.empty_label.setText(
            self.tr("No accounts match the search and filters.")
            if filtered
            else self.tr(
                "No accounts yet.\nAccounts appear here once they are imported "
                "from your billing system."
            )
        )
        self.empty_clear.setVisible(filtered)
        self.list_stack.setCurrentWidget(self.empty_state)

    def on_worklist(self) -> bool:
        return self.left_tabs.currentWidget() is self.worklist

    def current_account_id(self) -> int | None:
        if self.on_worklist():
            return self.worklist.current_account_id()
        index = self.table.currentIndex()
        return self.model.account_id(index.row()) if index.isValid() else None

    def select_account(self, account_id: int) -> bool:
        row = self.model.row_of(account_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _row_changed(self, *_args: object) -> None:
        self._show_current_detail()
        self._update_actions()

    def _selection_lost(self) -> None:
        self.detail.clear()
        self._update_actions()

    def _show_current_detail(self) -> None:
        account_id = self.current_account_id()
        if account_id is None:
            self.detail.clear()
            return
        # one read: the header, plans, documents, disputes and contact decisions agree
        pane = self._run(
            lambda: account_pane.get_account_pane(
                self.db, account_id, as_of=self.today(), at=self.now()
            )
        )
        if isinstance(pane, account_pane.AccountPane):
            self.detail.show_detail(pane.detail)
            self.detail.plan_panel.show_plans(pane.plans)
            self.detail.documents.set_documents(pane.documents)
            self.detail.disputes.set_disputes(pane.disputes)
            # may this person be called, texted, emailed or written to right now? (again
            # every minute, since the answer changes with the debtor's clock)
            self.detail.guard.watch(
                lambda: contact_guard.decide_all(self.db, account_id, self.now()),
                first=pane.decisions,
            )

    def _update_actions(self) -> None:
        selected = self.current_account_id() is not None
        for a in self.account_actions:
            a.setEnabled(selected)
        self.money.update_actions(selected)

    def bring_plans_up_to_date(self) -> None:
        """Mark missed installments and broken promises as of today (there is no daemon)."""
        report = self._run(lambda: upkeep.bring_up_to_date(self.db, today=self.today()))
        if isinstance(report, upkeep.UpkeepReport) and any(vars(report).values()):
            self.statusBar().showMessage(
                self.tr("Plans and promises brought up to date: {what}").format(
                    what=report.describe()
                ),
                15_000,
            )

    def _left_tab_changed(self, _index: int) -> None:
        if self.on_worklist() and self.worklist.worklist is None:
            self.worklist.reload()
        if self.left_tabs.currentWidget() is self.dashboard and self.dashboard.report is None:
            self.dashboard.reload()
        self._row_changed()

    def _load_worklist(self, only_mine: bool) -> worklist.Worklist:
        return worklist.build_worklist(
            self.db,
            today=self.today(),
            now=self.now(),
            assigned_user_id=self.user_id() if only_mine else None,
        )

    def _load_dashboard(self) -> Report:
        return build_report(self.db, "weekly", end=self.today(), today=self.today())

    def show_dashboard(self) -> None:
        self.left_tabs.setCurrentWidget(self.dashboard)

    def show_reports(self) -> ReportsWindow:
        window = ReportsWindow(
            self.db, today=self.today(), settings=self.settings, show_pdf=show_pdf, parent=self
        )
        self.reports_window = window
        window.open()
        return window

    def import_file(self) -> ImportWizard:
        wizard = ImportWizard(
            self.db, self.user_id(), self.today(), settings=self.settings, parent=self
        )
        wizard.on_done = self.refresh
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def show_today(self) -> None:
        self.left_tabs.setCurrentWidget(self.worklist)
        self.worklist.tree.setFocus()

    def next_account(self, step: int = 1) -> None:
        if self.on_worklist():
            self.worklist.select_next(step)
            return
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            account_id = self.model.account_id(row)
            if account_id is not None:
                self.select_account(account_id)

    def _worked(self, account_id: int | None) -> None:
        """After a contact, payment or follow-up: refresh, and on the worklist move on."""
        self.refresh()
        if account_id is not None and self.on_worklist():
            self.worklist.mark_worked(account_id)

    def refresh(self) -> None:
        """Reload the list and the detail after a change, keeping the same account selected."""
        if self.on_worklist():
            self._run(lambda: self.model.reload(keep_loaded=True))
            self._show_current_detail()
            self._update_actions()
            return
        account_id = self.current_account_id()
        self._run(lambda: self.model.reload(keep_loaded=True))
        if account_id is not None and not self.select_account(account_id):
            self.detail.clear()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- actions -------------------------------------------------------------------------
    def user_id(self) -> int:
        return int(self.user_combo.currentData())

    def _open(self, dialog: FormDialog) -> FormDialog:
        account_id = self.current_account_id()
        dialog.on_saved = lambda: self._worked(account_id)
        dialog.open()
        return dialog

    def log_interaction(self) -> FormDialog | None:
        account_id = self.current_account_id()
        if account_id is None:
            return None
        return self._open(
            self._guarded(
                LogInteractionDialog(self.db, account_id, self.user_id(), self.today(), parent=self)
            )
        )

    def _guarded(self, dialog: LogInteractionDialog) -> LogInteractionDialog:
        """The dialog logs at the window's clock and asks for an override when stopped."""
        dialog.now = self.now  # type: ignore[method-assign]

        def request(decision: Decision) -> Override | None:
            what = {
                "call": self.tr("This call"),
                "sms": self.tr("This text message"),
                "email": self.tr("This email"),
                "letter": self.tr("This letter"),
            }.get(decision.channel) or self.tr("This {channel}").format(channel=decision.channel)
            return override_dialog.ask_override(
                dialog,
                decision,
                self._users,
                what=what,
                current_user_id=self.user_id(),
            )

        dialog.request_override = request
        return dialog

    def set_follow_up(self) -> FormDialog | None:
        account_id = self.current_account_id()
        if account_id is None:
            return None
        return self._open(
            FollowUpDialog(self.db, account_id, self.user_id(), self.today(), parent=self)
        )

    def record_promise(self) -> FormDialog | None:
        account_id = self.current_account_id()
        if account_id is None:
            return None
        return self._open(
            PromiseDialog(self.db, account_id, self.user_id(), self.today(), parent=self)
        )

    def change_status(self) -> FormDialog | None:
        account_id = self.current_account_id()
        if account_id is None or self.detail.detail is None:
            return None
        return self._open(
            StatusDialog(
                self.db,
                account_id,
                self.user_id(),
                self.today(),
                self.detail.detail.allowed_statuses,
                parent=self,
            )
        )

    def post_entry(self) -> FormDialog | None:
        account_id = self.current_account_id()
        if account_id is None:
            return None
        return self._open(
            LedgerEntryDialog(self.db, account_id, self.user_id(), self.today(), parent=self)
        )

    def edit_letter_texts(self) -> LetterTextsDialog:
        self.settings_dialog = LetterTextsDialog(self.db, self.user_id(), parent=self)
        self.settings_dialog.open()
        return self.settings_dialog

    def edit_settings(self, page: str = "") -> SettingsDialog:
        """Office → Settings (Ctrl+,), opened at ``page`` ("office", "plans", "letters"…)."""
        dialog = SettingsDialog(
            self.db,
            self.user_id(),
            self.settings,
            parent=self,
            on_calibration=self.letters.calibration,
        )
        if page:
            dialog.show_page(page)
        dialog.accepted.connect(lambda: self._settings_saved(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self, dialog: SettingsDialog) -> None:
        if dialog.language_changed is not None:
            self.reopen_in_chosen_language()
            return
        if dialog.saved:
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
            self.refresh()  # the office's state, time zone and agency setting steer the rules

    def reopen_in_chosen_language(self) -> MainWindow:
        """Install the language the settings now name and open this window again in it.

        Every label was written when the window was built, so the window is built again: same
        office, same layout, same account selected and the same tab in front.
        """
        translation.apply_setting(self.settings)
        self.save_layout()
        account_id = self.current_account_id()
        successor = MainWindow(self.db, self.settings, today=self.today, now=self.now)
        successor.left_tabs.setCurrentIndex(self.left_tabs.currentIndex())
        if account_id is not None:
            successor.select_account(account_id)
        successor.show()
        self.successor = successor
        self.close()
        return successor

    def edit_statute_table(self) -> FormDialog:
        return self._open(StatuteDialog(self.db, self.user_id(), parent=self))

    def _preferred_language(self) -> str:
        detail = self.detail.detail
        return detail.preferred_language if detail is not None else "en"

    def _list_description(self) -> str:
        return self.summary_label.text() or self.tr("all accounts")

    def _open_contact_dialog(self, kind: str, current: object) -> FormDialog | None:
        detail = self.detail.detail
        if detail is None:
            return None
        cls = {"address": AddressDialog, "phone": PhoneDialog, "email": EmailDialog}[kind]
        dialog = cls(
            self.db, detail.debtor_id, self.user_id(), self.today(), current=current, parent=self
        )
        return self._open(dialog)

    def _retire_contact(self, kind: str, current: object) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        question = {
            "address": self.tr("Mark this address as no longer valid? It stays in the history."),
            "phone": self.tr("Mark this phone as no longer valid? It stays in the history."),
            "email": self.tr("Mark this email as no longer valid? It stays in the history."),
        }.get(kind) or self.tr(
            "Mark this {kind} as no longer valid? It stays in the history."
        ).format(kind=kind)
        if not messages.confirm(self, self.tr("No longer valid"), question):
            return
        self._run(
            lambda: contacts.retire_contact(
                self.db,
                debtor_id=detail.debtor_id,
                user_id=self.user_id(),
                kind=kind,
                row_id=current.id,  # type: ignore[attr-defined]
                today=self.today(),
            )
        )
        self.refresh()

    def show_guide(self) -> help_dialogs.GuideWindow:
        self.help_window = help_dialogs.GuideWindow(self)
        self.help_window.open()
        return self.help_window

    def show_shortcuts(self) -> help_dialogs.ShortcutsDialog:
        actions = [*self.findChildren(QAction), *self.letters.findChildren(QAction)]
        self.help_window = help_dialogs.ShortcutsDialog(actions, self)
        self.help_window.open()
        return self.help_window

    def about(self) -> None:
        messages.info(
            self,
            self.tr("About CollectorPro"),
            self.tr(
                "CollectorPro {version}\nA collections workbench for small medical and utility "
                "offices.\n\nLicense: proprietary; all rights reserved.\nData folder: {data}"
            ).format(version=collectorpro.__version__, data=str(paths.user_data_dir())),
        )

    def _run(self, work: Callable[[], object]) -> object:
        """Run a service call; tell the person, in words, when it is refused or fails."""
        try:
            return work()
        except DomainError as exc:
            messages.error(self, self.tr("Not done"), str(exc))
        except StorageError as exc:
            log.warning("storage problem: %s", exc)
            messages.error(self, self.tr("The database could not be used"), str(exc))
        return None
