"""Letters from the window: send one, print, email, override, batches, the archive."""

from __future__ import annotations

import email
import email.policy
import io
import time
from datetime import UTC, datetime, timedelta

import pytest
from aiosmtpd.smtp import AuthResult
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from collectorpro.models import ContactOverride
from collectorpro.models.enums import Channel, UserRole
from collectorpro.services.accounts.book import load_account
from collectorpro.services.letters import batch as letter_batch
from collectorpro.services.letters.archive import account_documents
from collectorpro.services.letters.compose import Override, letter_decision
from collectorpro.services.letters.mailer import SmtpSettings, save_smtp_settings
from collectorpro.services.office.settings import OfficeProfile, save_office_profile
from collectorpro.services.office.users import list_users
from collectorpro.ui import batch_letters, letter_actions
from collectorpro.ui.document_preview import DocumentPreview
from collectorpro.ui.override_dialog import OverrideDialog
from tests.factories import TODAY, make_user
from tests.services.test_mailer import start_server  # noqa: F401 (fixture)

PROFILE = OfficeProfile(
    name="Hudson Valley Billing Services",
    address_lines=("120 Main Street", "Albany, NY 12207"),
    phone="(518) 555-0142",
    is_agency=True,
)


@pytest.fixture(autouse=True)
def office_profile(office):
    save_office_profile(office, PROFILE, user_id=None)


@pytest.fixture
def previews(monkeypatch):
    """Previews open as usual (not modal), and the test keeps hold of each one."""
    shown: list[DocumentPreview] = []

    def show(parent, pdf, *, title, suggested_name, settings=None, **callbacks):
        preview = DocumentPreview(
            pdf, title=title, suggested_name=suggested_name, parent=parent, **callbacks
        )
        shown.append(preview)
        return preview

    monkeypatch.setattr(letter_actions, "show_pdf", show)
    return shown


def print_to_file(monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"

    def fake_printer(self):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(DocumentPreview, "ask_printer", fake_printer)
    return target


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_send_dialog(qtbot, window, kind_label):
    assert window.select_account(1)  # José Muñoz
    window.letters.act_send.trigger()
    dialog = window.letters.dialog
    qtbot.waitExposed(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText(kind_label))
    return dialog


def test_send_a_letter_preview_print_and_find_it_in_the_archive(
    qtbot, window, previews, monkeypatch, tmp_path
):
    printed = print_to_file(monkeypatch, tmp_path)
    dialog = open_send_dialog(qtbot, window, "Second reminder")
    assert "allowed" in dialog.mail_light.text()
    assert "jose.munoz@example.com" in dialog.email_light.text()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    (preview,) = previews
    assert preview.page_count == 1 and "Segundo aviso" in preview.windowTitle()
    preview.act_print.trigger()
    preview.act_print.trigger()  # a second copy is the same letter, logged once
    assert printed.exists()
    docs = account_documents(window.db, 1)
    assert len(docs) == 1 and docs[0].language == "es" and docs[0].channel is Channel.LETTER
    # the Documents tab shows it, and opening it shows the same letter again
    panel = window.detail.documents
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Second reminder"
    panel.table.selectRow(0)
    panel.act_open.trigger()
    assert previews[-1].pdf == preview.pdf
    assert window.detail.history.item(0, 1).text() == "Letter"


def test_a_missing_address_is_named_and_nothing_is_shown(qtbot, window, previews):
    from collectorpro.models import Address

    with window.db.write() as session:
        for row in session.scalars(select(Address)):
            row.valid_to = TODAY
    dialog = open_send_dialog(qtbot, window, "First reminder")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.isVisible() and previews == []
    assert "RFM-000001: no mailing address on file" in dialog.error_label.text()


def test_a_settlement_offer_takes_the_amount_typed(qtbot, window, previews):
    from dataclasses import replace

    from collectorpro.services.letters.options import get_letter_options, save_letter_options

    usual = replace(get_letter_options(window.db), settlement_percent=60, settlement_days=45)
    save_letter_options(window.db, usual, user_id=None)
    dialog = open_send_dialog(qtbot, window, "Settlement offer")
    assert dialog.settlement.isVisible()
    # the office's usual offer is shown until another is typed: 60 % of $1,250.00, 45 days
    assert dialog.settlement.placeholderText() == "$750.00 (60 % of the balance)"
    assert dialog.expiry.date().toPython() == TODAY + timedelta(days=45)
    qtbot.keyClicks(dialog.settlement, "9OO")  # letters O, not zeros
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.error_label.isVisible() and previews == []
    dialog.settlement.clear()
    qtbot.keyClicks(dialog.settlement, "900")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    text = PdfReader(io.BytesIO(previews[0].pdf)).pages[0].extract_text()
    assert "$900.00" in text


def test_email_a_letter_from_the_preview(qtbot, window, previews, start_server):  # noqa: F811
    handler, port = start_server()
    save_smtp_settings(
        window.db,
        SmtpSettings(
            host="127.0.0.1", port=port, security="none", from_address="billing@hvbs.example"
        ),
        user_id=None,
    )
    dialog = open_send_dialog(qtbot, window, "Validation notice (Model Form B-1)")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    preview = previews[0]
    assert preview.act_email.isVisible()
    preview.act_email.trigger()
    (envelope,) = handler.envelopes
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert "Notice of debt" in message["Subject"]
    (doc,) = account_documents(window.db, 1)
    assert doc.channel is Channel.EMAIL and doc.recipient == "jose.munoz@example.com"


def test_email_needs_settings_and_asks_for_the_password_once(
    qtbot,
    window,
    previews,
    shown_messages,
    monkeypatch,
    start_server,  # noqa: F811
):
    dialog = open_send_dialog(qtbot, window, "First reminder")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    previews[0].act_email.trigger()
    assert shown_messages[-1][0] == "Email is not set up"
    handler, port = start_server(
        authenticator=lambda *a: AuthResult(success=True),
        auth_require_tls=False,
    )
    save_smtp_settings(
        window.db,
        SmtpSettings(
            host="127.0.0.1",
            port=port,
            security="none",
            username="billing",
            from_address="billing@hvbs.example",
        ),
        user_id=None,
    )
    import keyring
    import keyring.backends.fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())
    asked = []
    monkeypatch.setattr(letter_actions, "ask_password", lambda *_a: asked.append(1) or "s3cret")
    previews[0].act_email.trigger()
    previews[0].act_email.trigger()
    assert asked == [1] and len(handler.envelopes) == 2


def test_a_blocked_letter_needs_a_manager_and_a_reason(qtbot, window, previews, monkeypatch):
    with window.db.write() as session:
        load_account(session, 1).cease_communication = True
    manager = make_user(window.db, "Ana Reyes", UserRole.MANAGER)
    asked = []
    monkeypatch.setattr(
        letter_actions, "ask_override", lambda *_a, **_k: asked.append(1)
    )  # the person gives up: nothing is shown
    dialog = open_send_dialog(qtbot, window, "First reminder")
    assert "not allowed" in dialog.mail_light.text()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert asked == [1] and previews == []
    monkeypatch.setattr(
        letter_actions,
        "ask_override",
        lambda *_a, **_k: Override(manager, "Her attorney asked us for a copy of the letter."),
    )
    dialog = open_send_dialog(qtbot, window, "First reminder")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    previews[0].act_save.setEnabled(True)
    monkeypatch.setattr(
        DocumentPreview, "ask_save_path", lambda self: window.db.path.parent / "l.pdf"
    )
    previews[0].act_save.trigger()
    with window.db.read() as session:
        override = session.scalars(select(ContactOverride)).one()
    assert override.manager_user_id == manager and override.channel == "letter"


def test_the_override_dialog_refuses_a_collector(qtbot, window):
    with window.db.write() as session:
        load_account(session, 1).bankruptcy = True
    manager = make_user(window.db, "Ana Reyes", UserRole.MANAGER)
    decision = letter_decision(window.db, 1, "reminder_1", at=datetime.now(UTC))
    dialog = OverrideDialog(decision, list_users(window.db), what="This letter")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "bankruptcy" in dialog.findChild(type(dialog.problem), "overrideReasons").text().lower()
    dialog.manager.setCurrentIndex(dialog.manager.findText("Kim Park (collector)"))
    qtbot.keyClicks(dialog.reason, "The court lifted the stay last week.")
    dialog.accept()
    assert dialog.result() == 0 and "not a manager" in dialog.problem.text()
    dialog.manager.setCurrentIndex(dialog.manager.findData(manager))
    dialog.accept()
    assert dialog.result() == 1 and dialog.override().manager_user_id == manager


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_batch_letters_dry_run_then_print(qtbot, window, monkeypatch, tmp_path):
    window.letters.act_batch.trigger()
    dialog = window.letters.dialog
    qtbot.waitExposed(dialog)
    dialog.rule.setCurrentIndex(
        dialog.rule.findData("First reminder: 30–60 days past due, no letter in 21 days")
    )
    assert dialog.template.currentData() == "reminder_1"
    click(qtbot, dialog.dry_run_button)
    wait_idle(qtbot, dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "RFM-000001"
    assert "1 letters to print, 0 skipped" in dialog.summary.text()
    out = tmp_path / "batch.pdf"
    monkeypatch.setattr(dialog, "ask_output", lambda: (out, None))
    click(qtbot, dialog.print_button)
    wait_idle(qtbot, dialog)
    assert out.exists() and (tmp_path / "batch-mailing-log.csv").exists()
    assert "1 letters on 1 pages" in dialog.summary.text()
    assert len(account_documents(window.db, 1)) == 1
    # the list as filtered now: all three accounts; the guard lets all of them be written to
    dialog.from_list.setChecked(True)
    click(qtbot, dialog.dry_run_button)
    wait_idle(qtbot, dialog)
    assert dialog.table.rowCount() == 3


def test_cancel_a_running_batch_records_nothing(qtbot, window, monkeypatch, tmp_path):
    real = letter_batch.run_batch

    def slow(db, plan, output, **kw):
        deadline = time.monotonic() + 10
        while not kw["cancelled"]() and time.monotonic() < deadline:  # a long batch
            time.sleep(0.01)
        return real(db, plan, output, **kw)

    monkeypatch.setattr(batch_letters, "run_batch", slow)
    window.letters.act_batch.trigger()
    dialog = window.letters.dialog
    dialog.from_list.setChecked(True)
    click(qtbot, dialog.dry_run_button)
    wait_idle(qtbot, dialog)
    out = tmp_path / "batch.pdf"
    monkeypatch.setattr(dialog, "ask_output", lambda: (out, None))
    click(qtbot, dialog.print_button)
    assert dialog.busy and dialog.progress.isVisible()
    click(qtbot, dialog.cancel_button)
    wait_idle(qtbot, dialog)
    assert "cancelled" in dialog.summary.text()
    assert not out.exists()
    assert account_documents(window.db, 1) == ()


def test_the_calibration_page_opens_from_the_office_menu(qtbot, window, previews):
    window.letters.act_calibration.trigger()
    text = PdfReader(io.BytesIO(previews[0].pdf)).pages[0].extract_text()
    assert "Recipient Name" in text and "Hudson Valley Billing Services" in text


def test_logging_a_late_call_needs_a_managers_override(qtbot, window, monkeypatch):
    from collectorpro.models import Interaction
    from collectorpro.models.enums import Channel as Ch
    from collectorpro.ui import override_dialog

    window.now = lambda: datetime(2026, 11, 24, 2, 30, tzinfo=UTC)  # 9:30 pm in New York
    manager = make_user(window.db, "Ana Reyes", UserRole.MANAGER)
    answers = [None, Override(manager, "The debtor asked us to call after her shift.")]
    seen = []

    def ask(parent, decision, users, **kw):
        seen.append(decision.blocks[0].rule)
        return answers.pop(0)

    monkeypatch.setattr(override_dialog, "ask_override", ask)
    assert window.select_account(1)
    dialog = window.log_interaction()
    dialog.channel.setCurrentIndex(dialog.channel.findData(Ch.OUTBOUND_CALL))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    click(qtbot, ok)
    assert dialog.isVisible() and "may not be made now" in dialog.error_label.text()
    click(qtbot, ok)
    assert not dialog.isVisible()
    assert seen == ["inconvenient_time", "inconvenient_time"]
    with window.db.read() as session:
        override = session.scalars(select(ContactOverride)).one()
        logged = session.get(Interaction, override.interaction_id)
        assert logged.channel is Ch.OUTBOUND_CALL and override.manager_user_id == manager


def test_a_dispute_puts_the_hold_on_and_the_verification_letter_lifts_it(
    qtbot, window, previews, monkeypatch, tmp_path
):
    from collectorpro.models.enums import AccountStatus, DisputeStatus
    from collectorpro.services.disputes.lifecycle import account_disputes

    print_to_file(monkeypatch, tmp_path)
    assert window.select_account(1)
    window.detail.tabs.setCurrentWidget(window.detail.disputes)
    window.detail.disputes.act_record.trigger()
    dialog = next(w for w in window.findChildren(QDialog) if w.isVisible() and hasattr(w, "what"))
    qtbot.keyClicks(dialog.what, "Says the insurance paid the visit in full.")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert not dialog.isVisible()
    (dispute,) = account_disputes(window.db, 1)
    assert dispute.status is DisputeStatus.OPEN
    assert window.detail.disputes.table.rowCount() == 1
    letter_light = window.detail.guard.lights["letter"].label
    qtbot.waitUntil(lambda: letter_light.text().startswith("Letter: not allowed"))
    # a reminder is stopped; the verification letter goes out and lifts the hold
    send = open_send_dialog(qtbot, window, "First reminder")
    assert "not allowed" in send.mail_light.text()
    send.reject()
    send = open_send_dialog(qtbot, window, "Dispute verification letter")
    assert "allowed" in send.mail_light.text() and "not" not in send.mail_light.text()
    click(qtbot, send.buttons.button(send.buttons.StandardButton.Ok))
    previews[-1].act_print.trigger()
    (dispute,) = account_disputes(window.db, 1)
    assert dispute.status is DisputeStatus.VERIFICATION_SENT
    with window.db.read() as session:
        assert load_account(session, 1).status is AccountStatus.ACTIVE


def test_batch_rules_are_edited_from_the_batch_dialog(qtbot, window):
    window.letters.act_batch.trigger()
    dialog = window.letters.dialog
    rules = dialog.edit_rules()
    qtbot.waitExposed(rules)
    rules.name.selectAll()
    qtbot.keyClicks(rules.name, "Monthly validation notices")
    qtbot.mouseClick(
        rules.buttons.button(rules.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.rule.findData("Monthly validation notices") >= 0
