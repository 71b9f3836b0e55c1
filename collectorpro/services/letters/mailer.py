"""Emailing a letter or receipt (a PDF) to a debtor through the office's own mail server.

The server settings live in the ``settings`` table like the office's other settings; the
password never does. It goes to the system keyring, and when this computer has no working
keyring the window asks once per session and keeps the answer in a `PasswordCache` only.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.errors
from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, ValidationError
from collectorpro.core.i18n import translate
from collectorpro.models.db import Database
from collectorpro.services.office.settings import load_setting, write_setting_part

__all__ = [
    "KEYRING_SERVICE",
    "SECURITY_CHOICES",
    "SMTP_KEY",
    "MailError",
    "OutgoingEmail",
    "PasswordCache",
    "SmtpSettings",
    "build_message",
    "get_smtp_settings",
    "is_valid_email",
    "keyring_available",
    "load_password",
    "save_smtp_settings",
    "send_email",
    "store_password",
]

SMTP_KEY = "email.smtp"
KEYRING_SERVICE = "CollectorPro SMTP"
SECURITY_CHOICES = ("none", "starttls", "tls")

# Conservative on purpose: an address a collector types into a debtor's record should be one
# every mail server accepts, so quoted local parts and non-ASCII addresses are refused.
_LOCAL_PART = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_DOMAIN_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL_RE = re.compile(rf"{_LOCAL_PART}@{_DOMAIN_LABEL}(?:\.{_DOMAIN_LABEL})*\.[A-Za-z]{{2,63}}")


class MailError(DomainError):
    """The mail server could not be reached or refused the message; the text is for a person."""


def is_valid_email(text: str) -> bool:
    """Would a mail server accept ``text`` as a plain address (no display name)?"""
    if not isinstance(text, str) or len(text) > 254:
        return False
    local, _, _domain = text.partition("@")
    return len(local) <= 64 and _EMAIL_RE.fullmatch(text) is not None


@dataclass(frozen=True)
class SmtpSettings:
    """How this office reaches its outgoing mail server; the password is kept elsewhere."""

    host: str = ""
    port: int = 587
    security: str = "starttls"  # "none", "starttls" (port 587) or "tls" (SSL from the start, 465)
    username: str = ""
    from_address: str = ""
    from_name: str = ""

    def __post_init__(self) -> None:
        # stray spaces pasted from a provider's help page must not break the connection
        for name in ("host", "username", "from_address", "from_name"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, value.strip())
        if isinstance(self.security, str):
            object.__setattr__(self, "security", self.security.strip().lower())

    @property
    def configured(self) -> bool:
        """Enough is filled in to try sending; `validate` says whether it is right."""
        return bool(self.host and self.from_address)

    @property
    def keyring_username(self) -> str:
        """The password belongs to a login on one server, so both name it in the keyring."""
        return f"{self.host}:{self.username}"

    def validate(self) -> None:
        if not self.host:
            raise ValidationError(
                translate(
                    "Mail", "Enter the name of the mail server, for example smtp.example.com."
                ),
                field="host",
            )
        if any(ch.isspace() for ch in self.host) or "/" in self.host:
            raise ValidationError(
                translate(
                    "Mail",
                    "The server name “{host}” has spaces or slashes; enter only the name, "
                    "such as smtp.example.com.",
                ).format(host=self.host),
                field="host",
            )
        if isinstance(self.port, bool) or not isinstance(self.port, int):
            raise ValidationError(
                translate("Mail", "The port must be a whole number, such as 587."), field="port"
            )
        if not 1 <= self.port <= 65535:
            raise ValidationError(
                translate(
                    "Mail",
                    "The port must be a number from 1 to 65535; most mail servers use 587 or 465.",
                ),
                field="port",
            )
        if self.security not in SECURITY_CHOICES:
            raise ValidationError(
                translate(
                    "Mail", "Choose how to secure the connection: none, STARTTLS or SSL/TLS."
                ),
                field="security",
            )
        if not is_valid_email(self.from_address):
            raise ValidationError(
                translate(
                    "Mail",
                    "Enter the office's sending address as a full email address, such as "
                    "billing@example.com.",
                ),
                field="from_address",
            )
        if any(ch in self.from_name for ch in "\r\n"):
            raise ValidationError(
                translate("Mail", "The sender name must fit on one line."), field="from_name"
            )


def get_smtp_settings(db: Database) -> SmtpSettings:
    with db.read() as session:
        return smtp_settings(session)


def smtp_settings(session: Session) -> SmtpSettings:
    return load_setting(session, SMTP_KEY, SmtpSettings)


def write_smtp_settings(session: Session, settings: SmtpSettings, *, user_id: int | None) -> bool:
    """Store the server settings (never a password) in the caller's transaction if they
    changed; True when they did."""
    return write_setting_part(
        session,
        SMTP_KEY,
        settings,
        current=smtp_settings(session),
        user_id=user_id,
        action="smtp_settings_saved",
        summary=f"Email settings saved: {settings.host}:{settings.port} ({settings.security}), "
        f"sending as {settings.from_address}",
    )


def save_smtp_settings(db: Database, settings: SmtpSettings, *, user_id: int | None) -> None:
    settings.validate()
    with db.write() as session:
        write_smtp_settings(session, settings, user_id=user_id)


def keyring_available() -> bool:
    """Is there a keyring that really keeps secrets (not the fail, null or a plaintext one)?"""
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, keyring.backends.fail.Keyring):
            return False
        if isinstance(backend, keyring.backends.chainer.ChainerBackend):
            return any(_priority(child) >= 1 for child in backend.backends)
        return _priority(backend) >= 1
    except (keyring.errors.KeyringError, RuntimeError):
        return False


def _priority(backend: object) -> float:
    value = getattr(backend, "priority", 0)
    return float(value) if isinstance(value, int | float) else 0.0


def store_password(settings: SmtpSettings, password: str) -> bool:
    """Keep the password in the system keyring; False means ask again next session."""
    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_username, password)
    except (keyring.errors.NoKeyringError, keyring.errors.KeyringError, RuntimeError):
        return False
    return True


def load_password(settings: SmtpSettings) -> str | None:
    """The saved password, or None when there is none or the keyring cannot be read."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_username)
    except (keyring.errors.NoKeyringError, keyring.errors.KeyringError, RuntimeError):
        return None


class PasswordCache:
    """Passwords typed this session, in memory only, for computers without a keyring."""

    def __init__(self) -> None:
        self._passwords: dict[str, str] = {}

    def get(self, settings: SmtpSettings) -> str | None:
        return self._passwords.get(settings.keyring_username)

    def put(self, settings: SmtpSettings, password: str) -> None:
        self._passwords[settings.keyring_username] = password

    def forget(self, settings: SmtpSettings) -> None:
        """Drop a password the server refused, so the next send asks again."""
        self._passwords.pop(settings.keyring_username, None)

    def clear(self) -> None:
        self._passwords.clear()


@dataclass(frozen=True)
class OutgoingEmail:
    """One message to one debtor, carrying one PDF document."""

    to_address: str
    to_name: str
    subject: str
    body: str
    attachment_name: str
    attachment: bytes
    opt_out_line: str


def build_message(settings: SmtpSettings, email: OutgoingEmail) -> EmailMessage:
    """The message as it will leave the office, opt-out line always last in the body."""
    settings.validate()
    if not email.opt_out_line.strip():
        raise ValidationError(
            translate(
                "Mail",
                "Every collection email must carry an opt-out line telling the debtor how to stop "
                "emails; add one before sending.",
            ),
            field="opt_out_line",
        )
    if not is_valid_email(email.to_address):
        raise ValidationError(
            translate(
                "Mail", "The address “{address}” is not an email address this office can send to."
            ).format(address=email.to_address),
            field="to_address",
        )
    for field, value in (
        ("subject", email.subject),
        ("to_name", email.to_name),
        ("attachment_name", email.attachment_name),
    ):
        if any(ch in value for ch in "\r\n"):
            raise ValidationError(translate("Mail", "This must fit on one line."), field=field)
    if not email.subject.strip():
        raise ValidationError(translate("Mail", "The email needs a subject."), field="subject")
    if not email.attachment_name.strip():
        raise ValidationError(
            translate("Mail", "The attached document needs a file name."), field="attachment_name"
        )
    if not email.attachment.startswith(b"%PDF-"):
        raise ValidationError(
            translate("Mail", "The attached document is not a PDF."), field="attachment"
        )

    domain = settings.from_address.rpartition("@")[2]
    message = EmailMessage()
    message["From"] = formataddr((settings.from_name, settings.from_address))
    message["To"] = formataddr((email.to_name.strip(), email.to_address))
    message["Subject"] = email.subject.strip()
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(email.body + "\n\n" + email.opt_out_line)
    message.add_attachment(
        email.attachment,
        maintype="application",
        subtype="pdf",
        filename=email.attachment_name.strip(),
    )
    return message


def send_email(
    settings: SmtpSettings,
    password: str | None,
    email: OutgoingEmail,
    *,
    timeout: float = 20.0,
    ssl_context: ssl.SSLContext | None = None,
) -> str:
    """Hand the message to the office's mail server; returns its Message-ID for the record.

    Raises `ValidationError` for settings or a message that cannot be sent, and `MailError`
    with a plain explanation when the server cannot be reached or refuses.
    """
    message = build_message(settings, email)
    if settings.username and not password:
        raise MailError(
            translate(
                "Mail", "The mail server needs the password for {user}; enter it to send."
            ).format(user=settings.username)
        )
    context = ssl_context if ssl_context is not None else ssl.create_default_context()
    try:
        if settings.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=timeout, context=context
            )
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with server:
            if settings.security == "starttls":
                server.starttls(context=context)
            if settings.username and password:
                server.login(settings.username, password)
            server.send_message(
                message, from_addr=settings.from_address, to_addrs=[email.to_address]
            )
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(
            translate("Mail", "The mail server refused the user name or password.")
        ) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(exc.recipients) or email.to_address
        raise MailError(
            translate("Mail", "The mail server refused the address {address}.").format(
                address=refused
            )
        ) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError(
            translate(
                "Mail",
                "The mail server does not offer what CollectorPro asked for ({reply}). "
                "Check the security choice and user name in Office → Settings → Email.",
            ).format(reply=_reply(exc))
        ) from exc
    except smtplib.SMTPException as exc:
        raise MailError(
            translate("Mail", "The mail server did not accept the message: {reply}.").format(
                reply=_reply(exc)
            )
        ) from exc
    except ssl.SSLError as exc:
        raise MailError(
            translate(
                "Mail",
                "CollectorPro could not open a secure connection to the mail server "
                "{host} on port {port} ({reason}). "
                "Check the security choice (STARTTLS or SSL/TLS) and port in "
                "Office → Settings → Email.",
            ).format(
                host=settings.host,
                port=settings.port,
                reason=exc.reason or translate("Mail", "TLS error"),
            )
        ) from exc
    except (ConnectionRefusedError, socket.gaierror, TimeoutError, OSError) as exc:
        raise MailError(
            translate(
                "Mail",
                "CollectorPro could not reach the mail server {host} on port "
                "{port}. Check the server name and port in Office → Settings → Email, and that "
                "this computer is online.",
            ).format(host=settings.host, port=settings.port)
        ) from exc
    return str(message["Message-ID"])


def _reply(exc: smtplib.SMTPException) -> str:
    """The server's own words, which name the problem better than any guess of ours."""
    raw = getattr(exc, "smtp_error", None)
    if isinstance(raw, bytes):
        text = raw.decode("utf-8", errors="replace")
    elif raw is not None:
        text = str(raw)
    else:
        text = str(exc)
    code = getattr(exc, "smtp_code", None)
    text = " ".join(text.split()).rstrip(".")
    if not text:
        text = translate("Mail", "no reason given")
    return f"{code} {text}" if isinstance(code, int) and code > 0 else text
