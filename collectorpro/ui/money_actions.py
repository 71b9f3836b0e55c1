"""The window's money work: payments, receipts, reversals, the paid-in-full letter and plans.

Kept apart from the main window so the window stays a layout; this object owns the actions and
the flows behind them and works through the ``Desk`` it is given (database, detail pane, user,
clock, selected account, and the window's ways of running calls and opening dialogs).

A payment is written at once; its receipt, like every document here (a receipt's copy, the
paid-in-full letter, a plan's agreement), is drawn in the thread pool with the detail pane's
busy bar showing, and its preview opens when it is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from collectorpro.core.i18n import label
from collectorpro.models.enums import AccountStatus, PlanStatus
from collectorpro.services.money import paperwork
from collectorpro.services.money.payments import PaymentResult
from collectorpro.services.plans import arrangements
from collectorpro.ui import formatting, messages
from collectorpro.ui.arrangement_wizard import ArrangementWizard
from collectorpro.ui.desk import Desk
from collectorpro.ui.document_preview import DocumentPreview, show_pdf
from collectorpro.ui.form_dialog import FormDialog
from collectorpro.ui.office_dialogs import CancelPlanDialog
from collectorpro.ui.payment_forms import PostPaymentDialog, ReversePaymentDialog
from collectorpro.ui.worker import BackgroundCalls, Worker

__all__ = ["MoneyActions"]


class MoneyActions(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.parent)
        self.desk = desk
        self.wizard: ArrangementWizard | None = None
        self.preview: DocumentPreview | None = None
        # documents drawn in the background; each one asked for opens when it is ready
        self.drawing = BackgroundCalls(self, newest_only=False, after_repaint=True)
        self.drawing.busyChanged.connect(desk.detail.progress.setVisible)
        make = desk.make_action
        self.act_payment = make(self.tr("Post pa&yment…"), self.post_payment, "Ctrl+Shift+Y")
        self.act_plan = make(self.tr("Payment a&rrangement…"), self.arrange_plan, "Ctrl+Shift+W")
        self.act_receipt = make(self.tr("Print &receipt…"), self.print_receipt, "Ctrl+Shift+R")
        self.act_reverse = make(self.tr("Re&verse payment…"), self.reverse_payment)
        self.act_paid_letter = make(
            self.tr("Paid-in-full &letter…"), self.print_paid_in_full_letter
        )
        self.act_agreement = make(self.tr("Plan a&greement…"), self.print_agreement)
        self.act_cancel_plan = make(self.tr("&Cancel plan…"), self.cancel_plan)
        # where they show: the Account menu (after the account actions), Ledger and Plan tabs
        self.menu_actions = (
            self.act_receipt,
            self.act_reverse,
            self.act_agreement,
            self.act_cancel_plan,
            self.act_paid_letter,
        )
        self.ledger_actions = [
            self.act_payment,
            self.act_receipt,
            self.act_reverse,
            self.act_paid_letter,
        ]
        self.plan_actions = [self.act_plan, self.act_agreement, self.act_cancel_plan]

    def update_actions(self, account_shown: bool) -> None:
        """Enable what fits the ledger line and plan selected (the window does the rest)."""
        detail = self.desk.detail
        shown = detail.detail if account_shown else None
        line = detail.selected_ledger_line() if shown else None
        self.act_receipt.setEnabled(bool(line and line.receipt_number))
        self.act_reverse.setEnabled(bool(line and line.reversible))
        self.act_paid_letter.setEnabled(
            shown is not None and shown.status in (AccountStatus.PAID, AccountStatus.SETTLED)
        )
        plan = detail.plan_panel.current_plan() if shown else None
        self.act_agreement.setEnabled(plan is not None)
        self.act_cancel_plan.setEnabled(plan is not None and plan.status is PlanStatus.ACTIVE)

    def _preview(
        self, render: Callable[[], bytes], *, title: str, name: str, kind: str | None = None
    ) -> Worker[bytes]:
        """Draw a document in the background and show it when it is ready.

        ``kind`` lets it be emailed from the preview to the debtor of the account it was
        asked for, whichever account is selected by the time it opens.
        """
        account_id = self.desk.account_id()

        def show(pdf: bytes) -> None:
            self._show(pdf, title=title, name=name, kind=kind, account_id=account_id)

        return self.drawing.run(render, on_result=show, on_failed=self._not_drawn)

    def _show(
        self, pdf: bytes, *, title: str, name: str, kind: str | None, account_id: int | None
    ) -> DocumentPreview:
        w = self.desk
        on_email = None
        if kind is not None and account_id is not None:
            on_email = lambda: w.email_document(account_id, kind, title, pdf)  # noqa: E731
        self.preview = show_pdf(
            w.parent, pdf, title=title, suggested_name=name, settings=w.settings, on_email=on_email
        )
        return self.preview

    def _not_drawn(self, message: str) -> None:
        """A refusal or a storage failure while drawing: said in words, as the window does."""
        messages.error(
            self.desk.parent, QCoreApplication.translate("MainWindow", "Not done"), message
        )

    # -- payments ------------------------------------------------------------------------------
    def post_payment(self) -> FormDialog | None:
        w = self.desk
        account_id = w.account_id()
        if account_id is None or w.detail.detail is None:
            return None
        dialog = PostPaymentDialog(
            w.db,
            account_id,
            w.user_id(),
            w.today(),
            parent=w.parent,
            balance_cents=w.detail.detail.balance_cents,
        )
        dialog.on_posted = self._payment_posted
        return w.open_dialog(dialog)

    def _payment_posted(self, result: PaymentResult) -> None:
        """Right after posting: the receipt to hand over, and news of a paid-off account."""
        w = self.desk
        receipt = str(result.receipt_number)
        entry_id = int(result.ledger_entry_id)
        if result.paid_off:
            w.show_message(
                self.tr(
                    "The account is {status}. Its paid-in-full letter is on the Ledger tab."
                ).format(status=label(result.status).lower()),
                20_000,
            )
        self._preview(
            lambda: paperwork.receipt_pdf(w.db, entry_id, copy=False, user_id=w.user_id()),
            title=self.tr("Receipt {number}").format(number=receipt),
            name=f"receipt-{receipt}.pdf",
            kind="receipt",
        )

    def print_receipt(self) -> Worker[bytes] | None:
        w = self.desk
        line = w.detail.selected_ledger_line()
        if line is None or not line.receipt_number:
            return None
        return self._preview(
            lambda: paperwork.receipt_pdf(w.db, line.id, copy=True, user_id=w.user_id()),
            title=self.tr("Receipt {number} (copy)").format(number=line.receipt_number),
            name=f"receipt-{line.receipt_number}-copy.pdf",
            kind="receipt",
        )

    def reverse_payment(self) -> FormDialog | None:
        w = self.desk
        line = w.detail.selected_ledger_line()
        if line is None or not line.reversible:
            return None
        amount = formatting.money(-line.amount_cents)
        when = formatting.day(line.effective_date)
        if line.reference:
            description = self.tr("Payment of {amount} on {date} ({reference})").format(
                amount=amount, date=when, reference=line.reference
            )
        else:
            description = self.tr("Payment of {amount} on {date}").format(amount=amount, date=when)
        return w.open_dialog(
            ReversePaymentDialog(
                w.db, line.id, w.user_id(), w.today(), parent=w.parent, description=description
            )
        )

    def print_paid_in_full_letter(self) -> Worker[bytes] | None:
        w = self.desk
        detail = w.detail.detail
        if detail is None:
            return None
        return self._preview(
            lambda: paperwork.paid_in_full_pdf(w.db, detail.id, today=w.today()),
            title=self.tr("Paid-in-full letter — {name}").format(name=detail.debtor_name),
            name=f"paid-in-full-{detail.account_number}.pdf",
            kind="paid_in_full",
        )

    # -- plans -----------------------------------------------------------------------------------
    def arrange_plan(self) -> ArrangementWizard | None:
        w = self.desk
        account_id = w.account_id()
        if account_id is None:
            return None
        context = w.run(lambda: arrangements.arrangement_context(w.db, account_id))
        if not isinstance(context, arrangements.ArrangementContext):
            return None
        if not context.can_arrange:
            messages.info(w.parent, self.tr("Payment arrangement"), context.refusal)
            return None
        wizard = ArrangementWizard(w.db, account_id, w.user_id(), w.today(), parent=w.parent)
        wizard.on_saved = w.refresh
        wizard.on_agreement = self._open_agreement
        self.wizard = wizard
        wizard.open()
        return wizard

    def _open_agreement(self, plan_id: int) -> None:
        self._show_agreement(plan_id)

    def print_agreement(self) -> Worker[bytes] | None:
        plan = self.desk.detail.plan_panel.current_plan()
        return None if plan is None else self._show_agreement(plan.id)

    def _show_agreement(self, plan_id: int) -> Worker[bytes]:
        w = self.desk
        detail = w.detail.detail
        number = detail.account_number if detail else str(plan_id)
        return self._preview(
            lambda: paperwork.plan_agreement_pdf(w.db, plan_id),
            title=self.tr("Payment agreement — account {number}").format(number=number),
            name=f"agreement-{number}-{plan_id}.pdf",
            kind="plan_agreement",
        )

    def cancel_plan(self) -> FormDialog | None:
        w = self.desk
        plan = w.detail.plan_panel.current_plan()
        if plan is None or plan.status is not PlanStatus.ACTIVE:
            return None
        description = self.tr("{arrangement} of {date}, {amount}").format(
            arrangement=label(plan.arrangement),
            date=formatting.day(plan.agreed_on),
            amount=formatting.money(plan.arranged_total_cents),
        )
        return w.open_dialog(
            CancelPlanDialog(
                w.db, plan.id, w.user_id(), w.today(), parent=w.parent, description=description
            )
        )
