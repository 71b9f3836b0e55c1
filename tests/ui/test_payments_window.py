"""Payments, receipts, reversals and the arrangement wizard, driven from the window."""

from __future__ import annotations

import errno
import threading
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard

from collectorpro.core.errors import StorageError
from collectorpro.models.enums import AccountStatus, InstallmentStatus, PlanStatus, UserRole
from collectorpro.services.accounts.book import get_account_detail
from collectorpro.services.money import paperwork
from collectorpro.services.plans import arrangements
from collectorpro.services.plans import views as plan_views
from collectorpro.ui import arrangement_wizard, document_preview, messages
from collectorpro.ui.document_preview import DocumentPreview
from tests.factories import TODAY, make_user
from tests.ui.driving import type_into


def detail(window):
    return get_account_detail(window.db, window.current_account_id(), as_of=TODAY)


def click_box(qtbot, button):
    """Click a radio button or check box on its indicator, as a person would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def finish(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


@pytest.fixture(autouse=True)
def jose_selected(request):
    """These tests work José Muñoz's account (id 1, $1,250.00)."""
    if "window" in request.fixturenames:
        assert request.getfixturevalue("window").select_account(1)


@pytest.fixture
def no_preview_dialogs(monkeypatch):
    """Previews are recorded, not shown: (title, pdf bytes)."""
    shown: list[tuple[str, bytes]] = []

    def fake_show(parent, pdf, *, title, suggested_name, settings=None, **callbacks):
        shown.append((title, pdf))
        return DocumentPreview(
            pdf, title=title, suggested_name=suggested_name, parent=parent, **callbacks
        )

    monkeypatch.setattr("collectorpro.ui.money_actions.show_pdf", fake_show)
    return shown


def drawn(qtbot, window):
    """Documents are drawn in the background; their previews open when they are ready."""
    qtbot.waitUntil(lambda: not window.money.drawing.busy)


def pdf_text(data: bytes) -> str:
    import io

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


# --- the payment dialog -------------------------------------------------------------------------


def test_post_a_payment_and_get_its_receipt(qtbot, window, no_preview_dialogs):
    dialog = window.post_payment()
    type_into(qtbot, dialog.amount, "100.00")
    assert dialog.after.text() == "Balance after: $1,150.00"
    dialog.method.setCurrentIndex(dialog.method.findData("money_order"))
    assert dialog.reference_label.text() == "Money order number"
    type_into(qtbot, dialog.reference, "MO-77")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    d = detail(window)
    assert d.balance_cents == 115_000
    assert d.ledger[0].receipt_number == "000001" and d.ledger[0].reference == "MO-77"
    drawn(qtbot, window)
    title, pdf = no_preview_dialogs[-1]
    assert title == "Receipt 000001"
    text = pdf_text(pdf)
    assert "$100.00" in text and "COPY" not in text
    assert window.detail.balance_label.text() == "$1,150.00"


def test_the_payment_is_in_at_once_and_its_receipt_opens_when_drawn(
    qtbot, window, monkeypatch, no_preview_dialogs
):
    may_draw = threading.Event()
    real = paperwork.receipt_pdf
    monkeypatch.setattr(
        paperwork, "receipt_pdf", lambda *a, **k: may_draw.wait(10) and real(*a, **k)
    )
    dialog = window.post_payment()
    type_into(qtbot, dialog.amount, "100.00")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # the payment shows straight away; the receipt is being drawn behind the busy bar
    assert window.detail.balance_label.text() == "$1,150.00"
    assert window.detail.progress.isVisible() and no_preview_dialogs == []
    window.detail.tabs.setCurrentIndex(1)  # the window answers meanwhile
    assert window.detail.ledger.item(0, 4).text().endswith("Receipt 000001")
    may_draw.set()
    qtbot.waitUntil(lambda: len(no_preview_dialogs) == 1)
    title, pdf = no_preview_dialogs[0]
    assert title == "Receipt 000001" and "$100.00" in pdf_text(pdf)
    assert window.money.preview is not None and window.money.preview.pdf == pdf
    assert not window.detail.progress.isVisible()


def test_a_receipt_that_cannot_be_drawn_says_why_and_the_payment_stands(
    qtbot, window, monkeypatch, no_preview_dialogs, shown_messages
):
    def locked(*_a, **_k):
        raise StorageError("The database is locked by another program. Try again in a moment.")

    monkeypatch.setattr(paperwork, "receipt_pdf", locked)
    post(window, qtbot)
    assert no_preview_dialogs == []
    assert shown_messages[-1] == (
        "Not done",
        "The database is locked by another program. Try again in a moment.",
    )
    assert not window.detail.progress.isVisible()
    assert detail(window).balance_cents == 115_000


@pytest.mark.parametrize("amount", ["12.3.4", "0", "-5", ""])
def test_a_bad_amount_keeps_the_dialog_open(qtbot, window, amount):
    dialog = window.post_payment()
    type_into(qtbot, dialog.amount, amount)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.text()
    assert detail(window).balance_cents == 125_000


def test_a_future_date_is_refused(qtbot, window):
    dialog = window.post_payment()
    assert dialog.received.maximumDate().toPython() == TODAY
    type_into(qtbot, dialog.amount, "10")
    dialog.today = TODAY - timedelta(days=1)  # the clock went back: the service still refuses
    dialog.accept()
    assert "in the future" in dialog.error_label.text()


def test_overpaying_asks_first(qtbot, window, monkeypatch, no_preview_dialogs):
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda *_a: next(answers))
    dialog = window.post_payment()
    type_into(qtbot, dialog.amount, "1300")
    assert dialog.after.text() == "Credit after: $50.00"
    dialog.accept()  # "no": nothing posted, dialog stays
    assert dialog.isVisible() and detail(window).balance_cents == 125_000
    dialog.accept()  # "yes"
    assert not dialog.isVisible()
    d = detail(window)
    assert d.balance_cents == -5_000 and d.status is AccountStatus.PAID
    assert window.act_paid_letter.isEnabled()
    # the payment's receipt is drawn after the repaint: let it open before the next document
    qtbot.waitUntil(lambda: any(t.startswith("Receipt") for t, _ in no_preview_dialogs))
    window.print_paid_in_full_letter()
    drawn(qtbot, window)
    assert no_preview_dialogs[-1][0].startswith("Paid-in-full letter")
    assert "Paid in full" in pdf_text(no_preview_dialogs[-1][1])


# --- receipts and reversals from the Ledger tab ----------------------------------------------


def post(window, qtbot, amount="100.00", reference="CHK 1001"):
    dialog = window.post_payment()
    type_into(qtbot, dialog.amount, amount)
    type_into(qtbot, dialog.reference, reference)
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_label.text()
    drawn(qtbot, window)


def select_ledger_row(window, row=0):
    window.detail.tabs.setCurrentIndex(1)
    window.detail.ledger.selectRow(row)


def test_reprint_and_reverse_from_the_ledger(qtbot, window, no_preview_dialogs):
    post(window, qtbot)
    select_ledger_row(window)
    assert window.act_receipt.isEnabled() and window.act_reverse.isEnabled()
    window.act_receipt.trigger()
    drawn(qtbot, window)
    title, pdf = no_preview_dialogs[-1]
    assert "(copy)" in title and "COPY" in pdf_text(pdf)

    dialog = window.reverse_payment()
    dialog.reason.setCurrentIndex(0)
    click_box(qtbot, dialog.charge_fee)
    type_into(qtbot, dialog.fee, "30.00")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_label.text()
    d = detail(window)
    assert d.balance_cents == 125_000 + 3_000
    assert [line.kind.value for line in d.ledger[:3]] == ["fee", "reversal", "payment"]
    select_ledger_row(window, 2)  # the reversed payment
    assert window.act_receipt.isEnabled() and not window.act_reverse.isEnabled()
    select_ledger_row(window, 3)  # the opening charge
    assert not window.act_receipt.isEnabled() and not window.act_reverse.isEnabled()


def test_a_reversal_needs_a_reason_and_a_yes(qtbot, window, monkeypatch):
    post(window, qtbot)
    select_ledger_row(window)
    dialog = window.reverse_payment()
    dialog.accept()
    assert "Say why" in dialog.error_label.text()
    monkeypatch.setattr(messages, "confirm", lambda *_a: False)
    dialog.reason.setCurrentIndex(2)
    dialog.accept()
    assert dialog.isVisible() and detail(window).balance_cents == 115_000


# --- the document preview -------------------------------------------------------------------


def receipt_preview(qtbot, window, no_preview_dialogs, tmp_path):
    post(window, qtbot)
    _title, pdf = no_preview_dialogs[-1]
    preview = DocumentPreview(pdf, title="Receipt", suggested_name="receipt-000001.pdf")
    qtbot.addWidget(preview)
    preview.show()
    return preview, pdf


def test_preview_saves_the_exact_pdf(qtbot, window, no_preview_dialogs, tmp_path, monkeypatch):
    preview, pdf = receipt_preview(qtbot, window, no_preview_dialogs, tmp_path)
    assert preview.page_count == 1 and preview.page_label.text() == "Page 1 of 1"
    target = tmp_path / "out" / "receipt"
    target.parent.mkdir()
    monkeypatch.setattr(preview, "ask_save_path", lambda: target)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = target.with_name("receipt.pdf")
    assert saved.read_bytes() == pdf
    before = preview.view.zoomFactor()
    preview.zoom(1.25)
    assert preview.view.zoomFactor() != before


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "may not write to that folder"),
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    ],
)
def test_a_failed_save_says_why_and_leaves_nothing(
    qtbot, window, no_preview_dialogs, tmp_path, monkeypatch, shown_messages, error, words
):
    preview, _pdf = receipt_preview(qtbot, window, no_preview_dialogs, tmp_path)
    monkeypatch.setattr(preview, "ask_save_path", lambda: tmp_path / "r.pdf")

    def broken_fsync(_fd):
        raise error

    monkeypatch.setattr(document_preview.os, "fsync", broken_fsync)
    assert preview.save_as() is None
    assert words in shown_messages[-1][1]
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".collectorpro-*")) == []


def test_printing_renders_every_page(qtbot, window, no_preview_dialogs, tmp_path, monkeypatch):
    preview, _pdf = receipt_preview(qtbot, window, no_preview_dialogs, tmp_path)
    printed = []
    preview.on_printed = lambda: printed.append(True)
    out = tmp_path / "printed.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(preview, "ask_printer", pdf_printer)
    assert preview.print_()
    assert printed == [True]
    assert len(PdfReader(out).pages) == 1


def test_a_damaged_document_is_not_shown_but_can_be_saved(qtbot):
    preview = DocumentPreview(b"not a pdf", title="x", suggested_name="x.pdf")
    qtbot.addWidget(preview)
    assert not preview.valid and not preview.act_print.isEnabled()
    assert preview.problem.isVisibleTo(preview) and preview.act_save.isEnabled()


# --- the arrangement wizard -----------------------------------------------------------------


def open_wizard(window, qtbot=None):
    wizard = window.arrange_plan()
    assert wizard is not None
    if qtbot is not None:
        qtbot.waitExposed(wizard)
    return wizard


def test_six_month_plan_with_a_down_payment(qtbot, window, no_preview_dialogs):
    wizard = open_wizard(window)
    page = wizard.arrangement_page
    assert page.plan.isChecked()
    next_page(qtbot, wizard)
    terms = wizard.terms_page
    click_box(qtbot, terms.has_down)
    type_into(qtbot, terms.down, "250.00")
    terms.count.setValue(6)
    assert terms.computed.text() == "6 payments of $166.66, the last $166.70"
    # Back and Next keep what was typed
    wizard.back()
    next_page(qtbot, wizard)
    assert terms.down.text() == "250.00" and terms.count.value() == 6
    next_page(qtbot, wizard)
    schedule = wizard.schedule_page
    assert schedule.table.rowCount() == 7
    assert schedule.table.item(0, 0).text() == "Down payment"
    assert schedule.total.text() == "Total $1,250.00 in 7 payments"
    next_page(qtbot, wizard)
    assert "Installment plan for José Muñoz" in wizard.confirm_page.summary.text()
    finish(qtbot, wizard)
    assert not wizard.isVisible()
    (plan,) = plan_views.list_plans(window.db, 1, today=TODAY)
    assert [i.amount_cents for i in plan.installments] == [25_000] + [16_666] * 5 + [16_670]
    assert detail(window).status is AccountStatus.PLAN
    drawn(qtbot, window)
    assert no_preview_dialogs[-1][0] == "Payment agreement — account RFM-000001"
    # the Plan tab shows it
    assert window.detail.plan_panel.table.rowCount() == 7
    assert window.act_cancel_plan.isEnabled() and window.act_agreement.isEnabled()


def test_invalid_terms_block_next_with_a_message(qtbot, window):
    wizard = open_wizard(window)
    next_page(qtbot, wizard)
    terms = wizard.terms_page
    click_box(qtbot, terms.by_amount)
    type_into(qtbot, terms.each, "12.3.4")
    assert not terms.isComplete() and terms.error.text()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is terms
    click_box(qtbot, terms.by_count)
    click_box(qtbot, terms.has_down)
    type_into(qtbot, terms.down, "2000")
    assert "less than the arranged total" in terms.error.text()
    assert not terms.isComplete()
    type_into(qtbot, terms.down, "100")
    assert terms.isComplete()


def test_policy_and_affordability_warnings(qtbot, window):
    wizard = open_wizard(window)
    next_page(qtbot, wizard)
    terms = wizard.terms_page
    terms.count.setValue(60)  # $20.83 a month for five years
    assert "below the office minimum" in terms.warnings.text()
    assert "longer than the office limit" in terms.warnings.text()
    terms.count.setValue(5)
    terms.afford.setChecked(True)
    type_into(qtbot, terms.income, "2000")
    type_into(qtbot, terms.expenses, "1800")
    assert terms.suggestion.text() == "Suggested most per payment: $100.00"
    assert "can likely afford" in terms.warnings.text()
    assert terms.isComplete()  # warnings do not block


def test_a_small_settlement_in_one_lump_sum(qtbot, window, no_preview_dialogs):
    wizard = open_wizard(window, qtbot)
    page = wizard.arrangement_page
    click_box(qtbot, page.settle)
    assert not page.isComplete()
    type_into(qtbot, page.discount, "10")
    assert page.settled_label.text() == "$1,125.00"
    assert not page.approver.isVisibleTo(page)
    next_page(qtbot, wizard)
    assert wizard.terms_page.single_box.isVisibleTo(wizard.terms_page)
    next_page(qtbot, wizard)
    assert wizard.schedule_page.total.text() == "Total $1,125.00 in one payment"
    next_page(qtbot, wizard)
    wizard.confirm_page.open_agreement.setChecked(False)
    finish(qtbot, wizard)
    (plan,) = plan_views.list_plans(window.db, 1, today=TODAY)
    assert plan.arranged_total_cents == 112_500 and plan.approved_by == ""
    assert no_preview_dialogs == []


def test_a_large_discount_waits_for_a_manager(qtbot, office, settings, shown_messages):
    make_user(office, "Dana Reyes", UserRole.MANAGER)
    from collectorpro.ui.main_window import MainWindow

    window = MainWindow(office, settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.select_account(1)
    wizard = open_wizard(window, qtbot)
    page = wizard.arrangement_page
    click_box(qtbot, page.settle)
    type_into(qtbot, page.discount, "50")
    assert "needs a manager's approval" in page.approval_note.text()
    assert not page.isComplete()
    page.approver.setCurrentIndex(page.approver.findText("Dana Reyes"))
    assert page.isComplete()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert "approved by Dana Reyes" in wizard.confirm_page.summary.text()
    wizard.confirm_page.open_agreement.setChecked(False)
    finish(qtbot, wizard)
    (plan,) = plan_views.list_plans(office, 1, today=TODAY)
    assert plan.approved_by == "Dana Reyes" and plan.arranged_total_cents == 62_500


def test_pay_in_full_on_a_date(qtbot, window):
    wizard = open_wizard(window, qtbot)
    click_box(qtbot, wizard.arrangement_page.full)
    next_page(qtbot, wizard)
    wizard.terms_page.single_due.setDate(wizard.terms_page.single_due.date().addDays(10))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.confirm_page.open_agreement.setChecked(False)
    finish(qtbot, wizard)
    (plan,) = plan_views.list_plans(window.db, 1, today=TODAY)
    assert plan.installments[0].due == TODAY + timedelta(days=10)
    assert plan.frequency_label == "One payment"


def test_a_failure_at_finish_keeps_the_wizard_open(qtbot, window, monkeypatch):
    wizard = open_wizard(window)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)

    def locked(*_a, **_k):
        raise StorageError("The database is locked by another program. Try again in a moment.")

    monkeypatch.setattr(arrangement_wizard.arrangements, "create_plan", locked)
    finish(qtbot, wizard)
    assert wizard.isVisible()
    assert "locked" in wizard.confirm_page.error.text()


def test_no_wizard_for_an_account_with_an_active_plan(qtbot, window, shown_messages):
    wizard = open_wizard(window)
    for _ in range(3):
        next_page(qtbot, wizard)
    wizard.confirm_page.open_agreement.setChecked(False)
    finish(qtbot, wizard)
    assert window.arrange_plan() is None
    assert "already has an active plan" in shown_messages[-1][1]


# --- done when: arrange, print, pay, receipt, bounce, and watch it all change ---------------


def test_a_plan_from_agreement_to_bounced_check(qtbot, window, no_preview_dialogs, tmp_path):
    wizard = open_wizard(window)
    next_page(qtbot, wizard)
    terms = wizard.terms_page
    click_box(qtbot, terms.has_down)
    type_into(qtbot, terms.down, "250")
    for _ in range(3):
        next_page(qtbot, wizard)
    finish(qtbot, wizard)
    drawn(qtbot, window)
    agreement = pdf_text(no_preview_dialogs[-1][1])
    assert "Payment plan agreement" in agreement and "$250.00" in agreement

    post(window, qtbot, amount="250.00", reference="CHK 2001")
    assert no_preview_dialogs[-1][0] == "Receipt 000001"
    plan = window.detail.plan_panel.current_plan()
    assert plan.installments[0].status is InstallmentStatus.PAID
    assert window.detail.plan_panel.table.item(0, 4).text() == "Paid"

    select_ledger_row(window)
    dialog = window.reverse_payment()
    dialog.reason.setCurrentIndex(0)
    dialog.accept()
    plan = window.detail.plan_panel.current_plan()
    assert plan.status is PlanStatus.ACTIVE
    assert plan.installments[0].status is InstallmentStatus.DUE
    assert window.detail.plan_panel.table.item(0, 4).text() == "Due"
    d = detail(window)
    assert d.balance_cents == 125_000 and d.status is AccountStatus.PLAN
    assert "reversed" in d.history[0].notes


def test_cancel_a_plan_from_the_plan_tab(qtbot, window):
    wizard = open_wizard(window)
    for _ in range(3):
        next_page(qtbot, wizard)
    wizard.confirm_page.open_agreement.setChecked(False)
    finish(qtbot, wizard)
    dialog = window.cancel_plan()
    dialog.accept()
    assert dialog.isVisible() and "Say why" in dialog.error_label.text()
    type_into(qtbot, dialog.reason, "Debtor asked for new terms")
    dialog.accept()
    assert not dialog.isVisible()
    assert detail(window).status is AccountStatus.ACTIVE
    assert window.detail.plan_panel.current_plan().status is PlanStatus.CANCELLED
    assert not window.act_cancel_plan.isEnabled()


def test_policy_dialog_saves_and_refuses_bad_input(qtbot, window):
    from collectorpro.services.office.settings import get_plan_policy

    dialog = window.edit_settings("plans")
    type_into(qtbot, dialog.plans.minimum, "abc")
    dialog.accept()
    assert dialog.isVisible() and dialog.plans.error_label.text()
    type_into(qtbot, dialog.plans.minimum, "40.00")
    dialog.plans.grace.setValue(10)
    dialog.accept()
    assert not dialog.isVisible()
    policy = get_plan_policy(window.db)
    assert policy.min_installment_cents == 4_000 and policy.grace_days == 10


def test_office_profile_dialog_heads_the_receipts(qtbot, window, no_preview_dialogs):
    dialog = window.edit_settings("office")
    type_into(qtbot, dialog.office.name, "Riverside Billing Office")
    dialog.office.address.setPlainText("1 Main St\nAlbany, NY 12207")
    dialog.accept()
    assert not dialog.isVisible()
    post(window, qtbot)
    assert "Riverside Billing Office" in pdf_text(no_preview_dialogs[-1][1])


def test_start_up_brings_plans_up_to_date(qtbot, office, settings, shown_messages):
    from collectorpro.ui.main_window import MainWindow

    arrangements.create_plan(
        office,
        account_id=1,
        user_id=1,
        terms=arrangements.PlanTerms(
            arrangement="installment",
            arranged_total_cents=125_000,
            first_due=TODAY,
            installments=5,
        ),
        today=TODAY,
    )
    later = TODAY + timedelta(days=40)
    window = MainWindow(office, settings, today=lambda: later)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.upkeep.done)  # in the background once the window is up
    assert "1 plan broken" in window.statusBar().currentMessage()
    assert get_account_detail(office, 1, as_of=later).status is AccountStatus.ACTIVE
