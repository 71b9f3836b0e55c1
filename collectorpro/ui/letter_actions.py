"""The window's letter work: send one letter, batches, the archive, email, letter settings.

Kept apart from the main window so the window stays a layout; this object owns the actions
and the flows behind them and reports back through ``refresh``. The letter dialogs, batches
and mail (with the keyring and the PDF joiner behind them) are imported in the slots that
first use them, so the window opens without them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from collectorpro.core.errors import DomainError, StorageError
from collectorpro.models.db import Database
from collectorpro.models.enums import ContactMethod
from collectorpro.services.letters.archive import account_documents, document_pdf
from collectorpro.services.letters.compose import (
    ComposedLetter,
    DocumentView,
    LetterBlocked,
    Override,
    calibration_pdf,
    letter_decision,
)
from collectorpro.services.letters.issue import issue_letter
from collectorpro.services.office.users import UserView
from collectorpro.ui import messages
from collectorpro.ui.document_preview import DocumentPreview, show_pdf
from collectorpro.ui.override_dialog import ask_override

if TYPE_CHECKING:  # imported on first use (see the slots)
    from collectorpro.services.letters import mailer
    from collectorpro.ui.batch_letters import BatchLettersDialog
    from collectorpro.ui.send_letter import SendLetterDialog

__all__ = ["LetterActions", "ask_password"]

log = logging.getLogger(__name__)

T = TypeVar("T")


def ask_password(parent: QWidget | None, settings: mailer.SmtpSettings) -> str | None:
    """The mail password, typed once per session when no keyring holds it (tests replace it)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("AskPassword", "Mail password"),
        QCoreApplication.translate("AskPassword", "Password for {user} on {host}:").format(
            user=settings.username, host=settings.host
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class LetterActions(QObject):
    def __init__(
        self,
        window: QWidget,
        db: Database,
        *,
        user_id: Callable[[], int],
        today: Callable[[], date],
        users: Callable[[], tuple[UserView, ...]],
        account_id: Callable[[], int | None],
        preferred_language: Callable[[], str],
        list_ids: Callable[[], list[int]],
        list_description: Callable[[], str],
        refresh: Callable[[], None],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.db = window, db
        self.user_id, self.today, self.users = user_id, today, users
        self.account_id, self.preferred_language = account_id, preferred_language
        self.list_ids, self.list_description = list_ids, list_description
        self.refresh, self.settings = refresh, settings
        self._passwords: mailer.PasswordCache | None = None
        self.dialog: SendLetterDialog | BatchLettersDialog | None = None
        self.preview: DocumentPreview | None = None
        self.act_send = self._action(self.tr("Send &letter…"), self.send_letter, "Ctrl+Shift+L")
        self.act_batch = self._action(
            self.tr("&Batch letters…"), self.batch_letters, "Ctrl+Shift+B"
        )
        self.act_calibration = self._action(
            self.tr("Print envelope &calibration page…"), lambda: self.calibration()
        )

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        action.triggered.connect(slot)
        return action

    @property
    def passwords(self) -> mailer.PasswordCache:
        """Mail passwords typed this session (made with the first email)."""
        if self._passwords is None:
            from collectorpro.services.letters import mailer  # on first use

            self._passwords = mailer.PasswordCache()
        return self._passwords

    # -- helpers -----------------------------------------------------------------------------
    def _run(self, work: Callable[[], T]) -> T | None:
        try:
            return work()
        except DomainError as exc:
            messages.error(self.window, self.tr("Not done"), str(exc))
        except StorageError as exc:
            log.warning("storage problem: %s", exc)
            messages.error(self.window, self.tr("The database could not be used"), str(exc))
        return None

    def _override_if_blocked(
        self, account_id: int, kind: str, channel: str
    ) -> tuple[bool, Override | None]:
        """(may go ahead, the manager's override if one was needed)."""
        decision = letter_decision(self.db, account_id, kind, channel=channel, at=datetime.now(UTC))
        if decision.allowed:
            return True, None
        what = self.tr("This letter") if channel == ContactMethod.LETTER else self.tr("This email")
        override = ask_override(
            self.window, decision, self.users(), what=what, current_user_id=self.user_id()
        )
        return override is not None, override

    # -- one letter ----------------------------------------------------------------------------
    def send_letter(self) -> SendLetterDialog | None:
        account_id = self.account_id()
        if account_id is None:
            return None
        from collectorpro.ui.send_letter import SendLetterDialog  # on first use

        dialog = SendLetterDialog(
            self.db,
            account_id,
            self.today(),
            preferred_language=self.preferred_language(),
            parent=self.window,
        )
        dialog.on_saved = lambda: self._composed(account_id, dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _composed(self, account_id: int, dialog: SendLetterDialog) -> None:
        composed = dialog.composed
        if composed is None:
            return
        self.show_letter(account_id, composed)

    def show_letter(self, account_id: int, composed: ComposedLetter) -> DocumentPreview | None:
        ok, override = self._override_if_blocked(
            account_id, composed.letter.kind, ContactMethod.LETTER
        )
        if not ok:
            return None
        issued: list[int] = []

        def record_mailed(*_args: object) -> None:
            if issued:  # printing twice, or printing and saving, is one letter sent
                return
            doc_id = self._run(
                lambda: issue_letter(
                    self.db,
                    composed.letter,
                    composed.pdf,
                    account_id=account_id,
                    pages=composed.pages,
                    user_id=self.user_id(),
                    today=self.today(),
                    override=override,
                )
            )
            if isinstance(doc_id, int):
                issued.append(doc_id)
                self.refresh()

        self.preview = show_pdf(
            self.window,
            composed.pdf,
            title=composed.letter.title,
            suggested_name=composed.file_name,
            settings=self.settings,
            on_printed=record_mailed,
            on_saved=record_mailed,
            on_email=lambda: self.email_letter(account_id, composed),
        )
        return self.preview

    def email_letter(self, account_id: int, composed: ComposedLetter) -> bool:
        ok, override = self._override_if_blocked(
            account_id, composed.letter.kind, ContactMethod.EMAIL
        )
        if not ok:
            return False
        settings, password = self._mail_login()
        if settings is None:
            return False
        from collectorpro.services.letters import emailing as letter_mail  # on first use

        doc_id = self._send(
            lambda: letter_mail.email_letter(
                self.db,
                composed.letter,
                composed.pdf,
                account_id=account_id,
                pages=composed.pages,
                settings=settings,
                password=password,
                user_id=self.user_id(),
                today=self.today(),
                override=override,
            ),
            settings,
        )
        return doc_id is not None

    def email_document(self, account_id: int, kind: str, title: str, pdf: bytes) -> bool:
        """Email a receipt, agreement or paid-in-full letter shown in a preview."""
        settings, password = self._mail_login()
        if settings is None:
            return False
        from collectorpro.services.letters import emailing as letter_mail  # on first use

        return (
            self._send(
                lambda: letter_mail.email_document(
                    self.db,
                    account_id=account_id,
                    kind=kind,
                    title=title,
                    pdf=pdf,
                    settings=settings,
                    password=password,
                    user_id=self.user_id(),
                    today=self.today(),
                    language=self.preferred_language(),
                ),
                settings,
            )
            is not None
        )

    def _send(self, work: Callable[[], int], settings: mailer.SmtpSettings) -> int | None:
        from collectorpro.services.letters import mailer  # on first use

        try:
            doc_id = work()
        except mailer.MailError as exc:
            if "password" in str(exc).lower():
                self.passwords.forget(settings)
            messages.error(self.window, self.tr("Not sent"), str(exc))
            return None
        except LetterBlocked as exc:
            messages.error(self.window, self.tr("Not sent"), str(exc))
            return None
        except (DomainError, StorageError) as exc:
            messages.error(self.window, self.tr("Not sent"), str(exc))
            return None
        messages.info(self.window, self.tr("Email sent"), self.tr("The email was sent and logged."))
        self.refresh()
        return doc_id

    def _mail_login(self) -> tuple[mailer.SmtpSettings | None, str | None]:
        from collectorpro.services.letters import mailer  # on first use

        settings = mailer.get_smtp_settings(self.db)
        if not settings.configured:
            messages.info(
                self.window,
                self.tr("Email is not set up"),
                self.tr("Enter your office's mail server in Office → Settings → Email first."),
            )
            return None, None
        if not settings.username:
            return settings, None
        password = mailer.load_password(settings) or self.passwords.get(settings)
        if password is None:
            password = ask_password(self.window, settings)
            if password is None:
                return None, None
            self.passwords.put(settings, password)
        return settings, password

    # -- the archive ---------------------------------------------------------------------------
    def documents(self, account_id: int) -> tuple[DocumentView, ...]:
        result = self._run(lambda: account_documents(self.db, account_id))
        return result if result is not None else ()

    def open_document(self, document_id: int) -> DocumentPreview | None:
        pdf = self._run(lambda: document_pdf(self.db, document_id))
        if not isinstance(pdf, bytes):
            return None
        self.preview = show_pdf(
            self.window,
            pdf,
            title=self.tr("Archived document"),
            suggested_name=f"document-{document_id}.pdf",
            settings=self.settings,
        )
        return self.preview

    # -- batches and settings --------------------------------------------------------------------
    def batch_letters(self) -> BatchLettersDialog:
        from collectorpro.ui.batch_letters import BatchLettersDialog  # on first use

        dialog = BatchLettersDialog(
            self.db,
            user_id=self.user_id(),
            today=self.today(),
            list_ids=self.list_ids,
            list_description=self.list_description(),
            settings=self.settings,
            parent=self.window,
            on_done=lambda _result: self.refresh(),
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def calibration(self, offset: tuple[float, float] | None = None) -> DocumentPreview | None:
        pdf = self._run(lambda: calibration_pdf(self.db, offset))
        if not isinstance(pdf, bytes):
            return None
        self.preview = show_pdf(
            self.window,
            pdf,
            title=self.tr("Envelope calibration page"),
            suggested_name="envelope-calibration.pdf",
            settings=self.settings,
        )
        return self.preview
