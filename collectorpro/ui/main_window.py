"""The main window: the account list on the left, the selected account on the right.

The window is a layout. Its action groups own their actions and the flows behind them and
take what they need by name (a ``Desk``, or explicit callbacks for the letters);
``window_menus`` places the actions, ``window_layout`` remembers the layout between starts,
and ``plans_upkeep`` brings plans and promises up to date in the background once the window
is up. Reports, the import wizard, the settings windows and the dashboard's figures are
imported in the slots that first open them, so a start loads only what the first window
needs (the start-up benchmark measures it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from collectorpro.core.errors import DomainError, StorageError
from collectorpro.core.report_model import Report
from collectorpro.models.db import Database
from collectorpro.services.accounts import listing as account_list
from collectorpro.services.accounts.listing import AccountQuery
from collectorpro.services.compliance import guard as contact_guard
from collectorpro.services.desk import account_pane
from collectorpro.services.office import users
from collectorpro.ui import messages, translation
from collectorpro.ui.account_actions import AccountActions
from collectorpro.ui.account_list import AccountListPanel
from collectorpro.ui.account_model import AccountTableModel
from collectorpro.ui.dashboard import DashboardView
from collectorpro.ui.desk import Desk
from collectorpro.ui.detail_pane import DetailPane
from collectorpro.ui.dispute_actions import DisputeActions
from collectorpro.ui.form_dialog import FormDialog
from collectorpro.ui.help_actions import HelpActions
from collectorpro.ui.letter_actions import LetterActions
from collectorpro.ui.money_actions import MoneyActions
from collectorpro.ui.plans_upkeep import PlansUpkeep
from collectorpro.ui.window_layout import WindowLayout
from collectorpro.ui.window_menus import account_toolbar, add_menu
from collectorpro.ui.worklist_view import WorklistView

if TYPE_CHECKING:  # opened on first use; imported then (see the slots)
    from collectorpro.services.worklist.today import Worklist
    from collectorpro.ui import help_dialogs
    from collectorpro.ui.import_wizard import ImportWizard
    from collectorpro.ui.letter_texts_dialog import LetterTextsDialog
    from collectorpro.ui.reports_window import ReportsWindow
    from collectorpro.ui.settings_dialog import SettingsDialog

T = TypeVar("T")
Shortcut = QKeySequence | QKeySequence.StandardKey | str

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
        self.accounts_tab = AccountListPanel(self.model, self._users)
        tab = self.accounts_tab  # the names the tests look at the list by
        self.table, self.filters, self.list_stack = tab.table, tab.filters, tab.list_stack
        self.empty_state, self.empty_label = tab.empty_state, tab.empty_label
        self.empty_clear, self.summary_label = tab.empty_clear, tab.summary_label
        self.filters.queryChanged.connect(self._apply_query)

        self.detail = DetailPane()
        self.detail.ledgerSelectionChanged.connect(self._update_actions)
        self.detail.plan_panel.planChanged.connect(self._update_actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.worklist = WorklistView(self._load_worklist)
        self.worklist.setObjectName("worklist")
        self.worklist.accountChanged.connect(lambda _id: self._row_changed())
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(self.accounts_tab, self.tr("&Accounts"))
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
            now=lambda: self.now(),  # tests set the window's clock after it opens
            users=lambda: self._users,
        )
        self.money = MoneyActions(desk)
        self.disputes = DisputeActions(desk)
        self.accounts = AccountActions(desk)
        # the names the tests drive the window's money and account work by
        m, a = self.money, self.accounts
        self.act_receipt, self.act_reverse = m.act_receipt, m.act_reverse
        self.act_paid_letter, self.act_agreement = m.act_paid_letter, m.act_agreement
        self.act_cancel_plan = m.act_cancel_plan
        self.post_payment, self.reverse_payment = m.post_payment, m.reverse_payment
        self.print_paid_in_full_letter = m.print_paid_in_full_letter
        self.arrange_plan, self.cancel_plan = m.arrange_plan, m.cancel_plan
        self.act_log, self.act_promise, self.act_status = a.act_log, a.act_promise, a.act_status
        self.act_entry, self.act_follow_up = a.act_entry, a.act_follow_up
        self.log_interaction, self.record_promise = a.log_interaction, a.record_promise
        self.change_status, self.post_entry = a.change_status, a.post_entry
        self.set_follow_up = a.set_follow_up
        self._build_actions()
        self.layout_memory = WindowLayout(
            settings, self, self.splitter, self.table, self.user_combo
        )
        self.model.summaryChanged.connect(self.accounts_tab.show_summary)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._selection_lost)

        # one load of the first page: the order the saved columns ask for (else the usual one)
        columns_kept = self.layout_memory.restore()
        self.accounts_tab.enable_sorting()
        if columns_kept:
            self.filters.set_sort(self.model.query)
        self.model.set_query(self.filters.current_query())
        self.accounts_tab.sync_sort_indicator()
        first = self.model.account_id(0)
        if first is not None:
            self.select_account(first)
        self._update_actions()
        # plans and promises are brought up to date once the window is up, in the background
        show_message = self.statusBar().showMessage
        self.upkeep = PlansUpkeep(
            db, today=today, show_message=show_message, on_changed=self.refresh, parent=self
        )
        QTimer.singleShot(0, self.upkeep.start)

    # -- building ------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None
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
        a, m, letters = self.accounts, self.money, self.letters
        # the order of the Account menu and the toolbar
        self.account_actions = [a.act_log, a.act_promise, a.act_follow_up, m.act_payment]
        self.account_actions += [m.act_plan, letters.act_send, a.act_status, a.act_entry]
        make = self._action
        self.act_settings = make(self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
        self.act_letter_texts = make(self.tr("Letter &texts…"), self.edit_letter_texts)
        self.act_statute = make(self.tr("&Statute of limitations…"), self.edit_statute_table)
        self.act_today = make(self.tr("&Today's worklist"), self.show_today, "Ctrl+T")
        self.act_next = make(self.tr("&Next account"), lambda: self.next_account(1), "Alt+Down")
        self.act_previous = make(
            self.tr("Pre&vious account"), lambda: self.next_account(-1), "Alt+Up"
        )
        self.act_reports = make(self.tr("&Reports…"), self.show_reports, "Ctrl+R")
        self.act_dashboard = make(self.tr("&Dashboard"), self.show_dashboard, "Ctrl+D")
        self.act_import = make(self.tr("&Import accounts or payments…"), self.import_file, "Ctrl+I")
        self.act_find = make(
            self.tr("&Find account"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.act_refresh = make(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.act_clear = make(
            self.tr("&Clear search and filters"), self.filters.clear, "Ctrl+Shift+X"
        )
        self.act_quit = make(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.help = HelpActions(
            self,
            make_action=make,
            actions=lambda: [*self.findChildren(QAction), *self.letters.findChildren(QAction)],
        )
        h = self.help  # the names the tests drive the Help menu by
        self.act_about, self.act_guide = h.act_about, h.act_guide
        self.act_shortcuts = h.act_shortcuts
        self.act_data_folder, self.act_log_folder = h.act_data_folder, h.act_log_folder

        bar = self.menuBar()
        add_menu(
            bar, self.tr("&File"), [self.act_import, None, self.act_refresh, None, self.act_quit]
        )
        add_menu(
            bar,
            self.tr("&View"),
            [self.act_today, self.act_next, self.act_previous, None, self.act_find, self.act_clear],
        )
        add_menu(
            bar,
            self.tr("&Account"),
            [*self.account_actions, self.detail.disputes.act_record, None, *m.menu_actions],
        )
        for action in self.account_actions:
            self.table.addAction(action)
        office = [self.act_settings, self.act_statute, None, self.disputes.act_disputes, None]
        office += [letters.act_batch, self.act_letter_texts, letters.act_calibration]
        add_menu(bar, self.tr("&Office"), office)
        self.detail.add_ledger_actions(m.ledger_actions)
        self.detail.plan_panel.add_actions(m.plan_actions)
        self.detail.documents.add_actions([letters.act_send])
        add_menu(bar, self.tr("&Reports"), [self.act_reports, self.act_dashboard])
        add_menu(bar, self.tr("&Help"), self.help.menu_entries)
        toolbar, self.user_combo = account_toolbar(self.account_actions, self._users)
        self.addToolBar(toolbar)

    # -- layout memory and closing -------------------------------------------------------
    def save_layout(self) -> None:
        self.layout_memory.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.upkeep.stop()  # after the chunk in hand; the next start carries on
        super().closeEvent(event)

    # -- list ----------------------------------------------------------------------------
    def _apply_query(self, query: AccountQuery) -> None:
        self._run(lambda: self.model.set_query(query))

    def on_worklist(self) -> bool:
        return self.left_tabs.currentWidget() is self.worklist

    def current_account_id(self) -> int | None:
        if self.on_worklist():
            return self.worklist.current_account_id()
        return self.accounts_tab.current_account_id()

    def select_account(self, account_id: int) -> bool:
        return self.accounts_tab.select_account(account_id)

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
        if pane is not None:
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

    def _left_tab_changed(self, _index: int) -> None:
        if self.on_worklist() and self.worklist.worklist is None:
            self.worklist.reload()
        if self.left_tabs.currentWidget() is self.dashboard and self.dashboard.report is None:
            self.dashboard.reload()
        self._row_changed()

    def _load_worklist(self, only_mine: bool) -> Worklist:
        from collectorpro.services.worklist import today as worklist  # on first use

        return worklist.build_worklist(
            self.db,
            today=self.today(),
            now=self.now(),
            assigned_user_id=self.user_id() if only_mine else None,
        )

    def _load_dashboard(self) -> Report:
        from collectorpro.services.reports.catalog import build_report  # on first use

        return build_report(self.db, "weekly", end=self.today(), today=self.today())

    def show_dashboard(self) -> None:
        self.left_tabs.setCurrentWidget(self.dashboard)

    def show_reports(self) -> ReportsWindow:
        from collectorpro.ui.document_preview import show_pdf  # on first use
        from collectorpro.ui.reports_window import ReportsWindow

        window = ReportsWindow(
            self.db, today=self.today(), settings=self.settings, show_pdf=show_pdf, parent=self
        )
        self.reports_window = window
        window.open()
        return window

    def import_file(self) -> ImportWizard:
        from collectorpro.ui.import_wizard import ImportWizard  # on first use

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
        self.accounts_tab.select_next(step)

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

    def edit_letter_texts(self) -> LetterTextsDialog:
        from collectorpro.ui.letter_texts_dialog import LetterTextsDialog  # on first use

        dialog = LetterTextsDialog(self.db, self.user_id(), parent=self)
        self.settings_dialog: LetterTextsDialog | SettingsDialog = dialog
        dialog.open()
        return dialog

    def edit_settings(self, page: str = "") -> SettingsDialog:
        """Office → Settings (Ctrl+,), opened at ``page`` ("office", "plans", "letters"…)."""
        from collectorpro.ui.settings_dialog import SettingsDialog  # on first use

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
        from collectorpro.ui.statute_dialog import StatuteDialog  # on first use

        return self._open(StatuteDialog(self.db, self.user_id(), parent=self))

    def _preferred_language(self) -> str:
        detail = self.detail.detail
        return detail.preferred_language if detail is not None else "en"

    def _list_description(self) -> str:
        return self.summary_label.text() or self.tr("all accounts")

    @property
    def help_window(self) -> help_dialogs.GuideWindow | help_dialogs.ShortcutsDialog | None:
        return self.help.help_window

    def _run(self, work: Callable[[], T]) -> T | None:
        """Run a service call; tell the person, in words, when it is refused or fails."""
        try:
            return work()
        except DomainError as exc:
            messages.error(self, self.tr("Not done"), str(exc))
        except StorageError as exc:
            log.warning("storage problem: %s", exc)
            messages.error(self, self.tr("The database could not be used"), str(exc))
        return None
