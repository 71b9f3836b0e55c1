"""The archive of what was issued: every letter, receipt and agreement that went out, listed
per account and opened again as it was mailed (the file kept, or drawn again from its data)."""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import NotFound
from collectorpro.core.i18n import translate
from collectorpro.documents.letter_data import LetterData
from collectorpro.models import (
    IssuedDocument,
    User,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    Channel,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.letters.compose import DocumentView, letter_pdf
from collectorpro.services.letters.issue import record_issue

__all__ = [
    "account_documents",
    "archive_document",
    "document_pdf",
    "documents_in",
]


def archive_document(
    db: Database,
    *,
    account_id: int,
    kind: str,
    title: str,
    pdf: bytes,
    channel: Channel,
    recipient: str = "",
    language: str = "en",
    pages: int = 1,
    user_id: int | None,
    today: date,
) -> int:
    """Keep a receipt, plan agreement or paid-in-full letter that was printed or emailed."""
    with db.write() as session:
        account = load_account(session, account_id)
        doc_id, _interaction = record_issue(
            session,
            account=account,
            kind=kind,
            language=language,
            title=title,
            channel=channel,
            recipient=recipient,
            pages=pages,
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            user_id=user_id,
            today=today,
        )
        return doc_id


def account_documents(db: Database, account_id: int) -> tuple[DocumentView, ...]:
    """The account's archive, newest first."""
    with db.read() as session:
        return documents_in(session, account_id)


def documents_in(session: Session, account_id: int) -> tuple[DocumentView, ...]:
    """The account's archive, newest first, read in the caller's session."""
    load_account(session, account_id)
    rows = session.execute(
        select(
            IssuedDocument.id,
            IssuedDocument.kind,
            IssuedDocument.title,
            IssuedDocument.language,
            IssuedDocument.channel,
            IssuedDocument.recipient,
            IssuedDocument.pages,
            IssuedDocument.issued_at,
            User.name,
            IssuedDocument.batch_id,
        )
        .outerjoin(User, User.id == IssuedDocument.user_id)
        .where(IssuedDocument.account_id == account_id)
        .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc())
    ).all()
    return tuple(
        DocumentView(
            id=r[0],
            kind=r[1],
            title=r[2],
            language=r[3],
            channel=r[4],
            recipient=r[5],
            pages=r[6],
            issued_at=r[7],
            user_name=r[8] or "",
            batch_id=r[9],
        )
        for r in rows
    )


def document_pdf(db: Database, document_id: int) -> bytes:
    """The archived document as it was issued: the file kept, or drawn again from its data."""
    with db.read() as session:
        doc = session.get(IssuedDocument, document_id)
        if doc is None:
            raise NotFound(
                translate("Letters", "There is no archived document {id}.").format(id=document_id)
            )
        pdf, payload = doc.pdf, doc.payload
    if pdf is not None:
        return pdf
    if not payload:
        raise NotFound(translate("Letters", "This archived document kept no data to draw it from."))
    return letter_pdf(LetterData.from_json(payload))[0]
