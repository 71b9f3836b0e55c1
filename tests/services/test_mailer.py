"""Emailing documents: a real SMTP server on 127.0.0.1 receives what CollectorPro sends."""

from __future__ import annotations

import datetime as dt
import email
import email.header
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from sqlalchemy import select

from collectorpro.core.errors import ValidationError
from collectorpro.models import AuditEvent, Setting
from collectorpro.models.db import Database
from collectorpro.services.letters.mailer import (
    KEYRING_SERVICE,
    MailError,
    OutgoingEmail,
    PasswordCache,
    SmtpSettings,
    build_message,
    get_smtp_settings,
    is_valid_email,
    keyring_available,
    load_password,
    save_smtp_settings,
    send_email,
    store_password,
)
from collectorpro.services.office.database import open_database
from tests.factories import make_user

PASSWORD = "correct horse 7!"
OPT_OUT = "To stop receiving emails from us, reply STOP or call (555) 010-2000."
REFUSED_ADDRESS = "gone@example.org"


def _pdf_bytes() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Statement for account RFM-000001")
    canvas.save()
    return buffer.getvalue()


PDF = _pdf_bytes()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class CollectingHandler:
    """Keeps every delivered envelope; refuses one address and, on request, every message."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []
        self.reject_data: str | None = None

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address == REFUSED_ADDRESS:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.reject_data:
            return self.reject_data
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def _authenticator(
    server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == b"billing"
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def start_server() -> Iterator[Any]:
    """Start an SMTP server on a free local port; stopped again after the test."""
    controllers: list[Controller] = []

    def start(**smtp_parameters: Any) -> tuple[CollectingHandler, int]:
        handler = CollectingHandler()
        port = _free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **smtp_parameters)
        controller.start()
        controllers.append(controller)
        return handler, port

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "office.sqlite3")
    yield database
    database.dispose()


def _settings(port: int, **changes: Any) -> SmtpSettings:
    base = SmtpSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        from_address="billing@riverside-medical.example",
        from_name="Riverside Medical Billing",
    )
    return replace(base, **changes)


def _email(**changes: Any) -> OutgoingEmail:
    base = OutgoingEmail(
        to_address="jose.munoz@example.com",
        to_name="José Muñoz",
        subject="Your statement, account RFM-000001",
        body="Dear José,\n\nYour statement is attached.\n\nRiverside Medical Billing",
        attachment_name="statement-RFM-000001.pdf",
        attachment=PDF,
        opt_out_line=OPT_OUT,
    )
    return replace(base, **changes)


def _received(handler: CollectingHandler) -> Message:
    assert len(handler.envelopes) == 1
    content = handler.envelopes[0].content
    assert isinstance(content, bytes)
    return email.message_from_bytes(content)


def _body_and_attachments(message: Message) -> tuple[str, list[Message]]:
    body = ""
    attachments = []
    for part in message.walk():
        if part.get_content_disposition() == "attachment":
            attachments.append(part)
        elif part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            body = payload.decode(part.get_content_charset() or "utf-8")
    return body, attachments


# --- delivery -------------------------------------------------------------------------------


def test_plain_smtp_delivers_the_letter_with_its_pdf_and_opt_out_line(start_server) -> None:
    handler, port = start_server()

    message_id = send_email(_settings(port), None, _email())

    envelope = handler.envelopes[0]
    assert envelope.mail_from == "billing@riverside-medical.example"
    assert envelope.rcpt_tos == ["jose.munoz@example.com"]
    received = _received(handler)
    assert received["Subject"] == "Your statement, account RFM-000001"
    assert "jose.munoz@example.com" in received["To"]
    assert "".join(received["Message-ID"].split()) == message_id  # long ids may be folded
    assert message_id.endswith("@riverside-medical.example>")
    assert received["Date"]
    from_header = str(email.header.make_header(email.header.decode_header(received["From"])))
    assert from_header == "Riverside Medical Billing <billing@riverside-medical.example>"
    body, attachments = _body_and_attachments(received)
    assert "Your statement is attached." in body
    assert body.rstrip().endswith(OPT_OUT)
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == "statement-RFM-000001.pdf"
    assert attachments[0].get_payload(decode=True) == PDF


def test_login_with_the_right_password_is_accepted(start_server) -> None:
    handler, port = start_server(authenticator=_authenticator, auth_require_tls=False)

    send_email(_settings(port, username="billing"), PASSWORD, _email())

    assert _received(handler)["Subject"] == "Your statement, account RFM-000001"


def test_wrong_password_is_explained(start_server) -> None:
    handler, port = start_server(authenticator=_authenticator, auth_require_tls=False)

    with pytest.raises(MailError) as refused:
        send_email(_settings(port, username="billing"), "guess", _email())

    assert str(refused.value) == "The mail server refused the user name or password."
    assert handler.envelopes == []


def test_a_user_name_without_a_password_asks_for_it() -> None:
    with pytest.raises(MailError, match="needs the password for billing"):
        send_email(_settings(2525, username="billing"), None, _email())


def test_closed_port_says_the_server_cannot_be_reached() -> None:
    port = _free_port()  # nothing listens there any more

    with pytest.raises(MailError) as unreachable:
        send_email(_settings(port), None, _email(), timeout=5)

    assert str(unreachable.value) == (
        f"CollectorPro could not reach the mail server 127.0.0.1 on port {port}. Check the "
        "server name and port in Office → Settings → Email, and that this computer is online."
    )
    assert "Traceback" not in str(unreachable.value)


def test_unknown_server_name_says_the_server_cannot_be_reached() -> None:
    with pytest.raises(MailError, match=r"could not reach the mail server no-such-host\.invalid"):
        send_email(_settings(587, host="no-such-host.invalid"), None, _email(), timeout=5)


def test_refused_recipient_is_named(start_server) -> None:
    handler, port = start_server()

    with pytest.raises(MailError) as refused:
        send_email(_settings(port), None, _email(to_address=REFUSED_ADDRESS))

    assert str(refused.value) == f"The mail server refused the address {REFUSED_ADDRESS}."
    assert handler.envelopes == []


def test_a_rejected_message_passes_on_the_servers_reply(start_server) -> None:
    handler, port = start_server()
    handler.reject_data = "554 5.7.1 Message rejected as spam"

    with pytest.raises(MailError) as rejected:
        send_email(_settings(port), None, _email())

    assert str(rejected.value) == (
        "The mail server did not accept the message: 554 5.7.1 Message rejected as spam."
    )


# --- encrypted connections ------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, standing in for the office's mail server."""
    crypto = pytest.importorskip("cryptography")
    assert crypto
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path = folder / "server.pem"
    key_path = folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


def test_starttls_with_login(start_server, certificate) -> None:
    handler, port = start_server(
        tls_context=_server_context(certificate),
        require_starttls=True,
        authenticator=_authenticator,
    )
    trusting = ssl.create_default_context(cafile=str(certificate[0]))

    send_email(
        _settings(port, security="starttls", username="billing"),
        PASSWORD,
        _email(),
        ssl_context=trusting,
    )

    assert _received(handler)["To"]


def test_tls_from_the_start(start_server, certificate) -> None:
    handler, port = start_server(ssl_context=_server_context(certificate))
    trusting = ssl.create_default_context(cafile=str(certificate[0]))

    send_email(_settings(port, security="tls"), None, _email(), ssl_context=trusting)

    assert _received(handler)["Subject"]


def test_an_untrusted_certificate_is_explained(start_server, certificate) -> None:
    handler, port = start_server(tls_context=_server_context(certificate))

    with pytest.raises(MailError, match="could not open a secure connection"):
        send_email(_settings(port, security="starttls"), None, _email())

    assert handler.envelopes == []


# --- the message ----------------------------------------------------------------------------


@pytest.mark.parametrize("opt_out", ["", "   \n"])
def test_an_email_without_an_opt_out_line_is_refused(opt_out: str) -> None:
    with pytest.raises(ValidationError) as refused:
        build_message(_settings(2525), _email(opt_out_line=opt_out))

    assert refused.value.field == "opt_out_line"
    assert "opt-out line" in str(refused.value)


def test_the_opt_out_line_follows_the_body() -> None:
    message = build_message(_settings(2525), _email(body="Please call us."))
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content() == f"Please call us.\n\n{OPT_OUT}\n"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"to_address": "not an address"}, "to_address"),
        ({"subject": "Hello\r\nBcc: everyone@example.com"}, "subject"),
        ({"attachment": b"plain text, not a document"}, "attachment"),
        ({"attachment_name": " "}, "attachment_name"),
    ],
)
def test_a_message_that_cannot_be_sent_is_refused(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        build_message(_settings(2525), _email(**changes))
    assert refused.value.field == field


# --- settings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"host": ""}, "host"),
        ({"host": "smtp example com"}, "host"),
        ({"port": 0}, "port"),
        ({"port": 65536}, "port"),
        ({"security": "ssl3"}, "security"),
        ({"from_address": "billing"}, "from_address"),
        ({"from_address": "billing@localhost"}, "from_address"),
    ],
)
def test_settings_validation(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        replace(_settings(587), **changes).validate()
    assert refused.value.field == field
    assert str(refused.value)[0].isupper()


def test_valid_settings_pass_and_count_as_configured() -> None:
    settings = SmtpSettings(host=" smtp.example.com ", security="TLS", from_address="a@b.example")
    settings.validate()
    assert settings.host == "smtp.example.com"
    assert settings.security == "tls"
    assert settings.configured
    assert not SmtpSettings().configured
    assert not SmtpSettings(host="smtp.example.com").configured


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("jose.munoz@example.com", True),
        ("o'brien+bills@mail.example.co.uk", True),
        ("", False),
        ("jose", False),
        ("jose@", False),
        ("@example.com", False),
        ("jose@example", False),
        ("jose..munoz@example.com", False),
        (".jose@example.com", False),
        ("jose munoz@example.com", False),
        ("jose@exa_mple.com", False),
        ("José <jose@example.com>", False),
        ("jose@example.com\nBcc: x@example.com", False),
    ],
)
def test_is_valid_email(text: str, valid: bool) -> None:
    assert is_valid_email(text) is valid


def test_settings_round_trip_through_the_database(db: Database) -> None:
    user_id = make_user(db)
    assert get_smtp_settings(db) == SmtpSettings()
    settings = SmtpSettings(
        host="smtp.example.com",
        port=465,
        security="tls",
        username="billing",
        from_address="billing@example.com",
        from_name="Riverside Medical Billing",
    )

    save_smtp_settings(db, settings, user_id=user_id)

    assert get_smtp_settings(db) == settings
    with db.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "smtp_settings_saved")
        ).all()
    assert [event.user_id for event in events] == [user_id]
    assert "smtp.example.com" in events[0].summary


def test_invalid_settings_are_not_saved(db: Database) -> None:
    with pytest.raises(ValidationError):
        save_smtp_settings(db, SmtpSettings(host="smtp.example.com"), user_id=None)
    assert get_smtp_settings(db) == SmtpSettings()


def test_the_password_never_lands_in_the_database(db: Database, memory_keyring) -> None:
    settings = _settings(587, host="smtp.example.com", username="billing")

    assert store_password(settings, PASSWORD)
    save_smtp_settings(db, settings, user_id=None)

    with db.read() as session:
        rows = session.scalars(select(Setting)).all()
        stored = " ".join(f"{row.key}={row.value}" for row in rows)
        audit_text = " ".join(session.scalars(select(AuditEvent.summary)).all())
    assert "email.smtp" in stored
    assert PASSWORD not in stored
    assert PASSWORD not in audit_text
    assert PASSWORD.encode() not in db.path.read_bytes()


# --- the password ---------------------------------------------------------------------------


def test_password_round_trip_through_the_keyring(memory_keyring) -> None:
    settings = SmtpSettings(host="smtp.example.com", username="billing")
    assert keyring_available()
    assert load_password(settings) is None

    assert store_password(settings, PASSWORD) is True

    assert load_password(settings) == PASSWORD
    assert memory_keyring.secrets == {(KEYRING_SERVICE, "smtp.example.com:billing"): PASSWORD}
    other_login = SmtpSettings(host="smtp.example.com", username="front-desk")
    assert load_password(other_login) is None


def test_without_a_working_keyring_nothing_is_stored() -> None:
    # the autouse memory_keyring fixture installs a fresh keyring for the next test
    keyring.set_keyring(keyring.backends.fail.Keyring())
    settings = SmtpSettings(host="smtp.example.com", username="billing")

    assert keyring_available() is False
    assert store_password(settings, PASSWORD) is False
    assert load_password(settings) is None


def test_a_keyring_that_fails_to_save_reports_false(monkeypatch, memory_keyring) -> None:
    def broken(service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    monkeypatch.setattr(memory_keyring, "set_password", broken)

    assert store_password(SmtpSettings(host="smtp.example.com"), PASSWORD) is False


def test_the_session_cache_remembers_per_server_login() -> None:
    cache = PasswordCache()
    billing = SmtpSettings(host="smtp.example.com", username="billing")
    front_desk = SmtpSettings(host="smtp.example.com", username="front-desk")

    cache.put(billing, PASSWORD)

    assert cache.get(billing) == PASSWORD
    assert cache.get(front_desk) is None
    cache.forget(billing)
    assert cache.get(billing) is None
    cache.put(front_desk, "x")
    cache.clear()
    assert cache.get(front_desk) is None
