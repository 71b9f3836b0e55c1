"""Letters from an account's records: fill a template, check the guard, issue and archive.

``prepare_letter`` reads one account and returns the finished ``LetterData`` — or raises
``LetterNotProduced`` naming exactly which field is missing on which account, so nobody mails
a notice without an address or a validation notice without its itemization date.
``issue_letter`` records what left the office in one transaction: the contact (a letter or
an email) in the account's history, the document in its archive, an audit event, and — for
the dispute verification letter — the end of the dispute hold.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, NotFound, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.core.money import format_money
from collectorpro.documents.letter import (
    Itemization,
    LetterData,
    TearOff,
    body_blocks,
    render_calibration_page,
    render_letter,
)
from collectorpro.documents.styles import fmt_date
from collectorpro.documents.wording import letterhead_in
from collectorpro.models import (
    Account,
    Dispute,
    LedgerEntry,
)
from collectorpro.models.db import Database
from collectorpro.models.enums import (
    Channel,
    ContactMethod,
    DisputeStatus,
    LedgerKind,
    ServiceType,
)
from collectorpro.services.accounts.book import load_account
from collectorpro.services.compliance.business_days import validation_period_end
from collectorpro.services.compliance.guard import context_in
from collectorpro.services.compliance.overrides import (
    ContactBlocked,
    Override,
)
from collectorpro.services.compliance.rules import Decision, evaluate
from collectorpro.services.compliance.statute import account_time_barred
from collectorpro.services.letters.options import (
    DISPUTE_LETTERS,
    LOCALES,
    LetterOptions,
    letter_options,
)
from collectorpro.services.letters.texts import (
    FIELDS,
    LANGUAGES,
    TEMPLATES,
    TIME_BARRED_VARIANTS,
    field_description,
    labels,
    letter_text,
    placeholders_in,
    template_label,
)
from collectorpro.services.money.paperwork import debtor_name, mailing_lines
from collectorpro.services.office.settings import office_profile

__all__ = [
    "DocumentView",
    "LetterBlocked",
    "LetterNotProduced",
    "Override",
    "letter_decision",
    "prepare_letter",
]


class LetterNotProduced(DomainError):
    """A letter that cannot be made for an account; ``missing`` says what is not on file."""

    def __init__(self, account_number: str, missing: list[str]) -> None:
        self.account_number = account_number
        self.missing = tuple(missing)
        super().__init__(
            translate("Letters", "No letter for account {account}: {missing}.").format(
                account=account_number, missing="; ".join(missing)
            )
        )


class LetterBlocked(ContactBlocked):
    """The contact guard stops this letter; ``decision`` says which rules and why."""

    def __init__(self, decision: Decision) -> None:
        super().__init__(
            decision, translate("Letters", "This letter may not be made now: {reasons}")
        )


# --- gathering the account ---------------------------------------------------------------------


def _itemization(session: Session, account: Account, on: date | None) -> Itemization | None:
    """B-1's amounts: owed on the itemization date, then interest, fees and credits since."""
    if on is None:
        return None
    rows = session.execute(
        select(
            LedgerEntry.id,
            LedgerEntry.kind,
            LedgerEntry.amount_cents,
            LedgerEntry.effective_date,
            LedgerEntry.reverses_id,
        ).where(LedgerEntry.account_id == account.id)
    ).all()
    kinds = {row.id: (row.kind, row.amount_cents) for row in rows}
    owed = interest = fees = credits = 0
    for row in rows:
        if row.effective_date <= on:
            owed += row.amount_cents
            continue
        kind, cents = row.kind, row.amount_cents
        if row.reverses_id is not None and row.reverses_id in kinds:
            kind = kinds[row.reverses_id][0]  # a reversal counts where the original did
        if kind is LedgerKind.INTEREST:
            interest += cents
        elif cents < 0 or kind in (LedgerKind.PAYMENT, LedgerKind.WRITE_OFF):
            credits -= cents
        else:
            fees += cents
    return Itemization(on, owed, interest, fees, credits, owed + interest + fees - credits)


def open_dispute_of(session: Session, account_id: int) -> Dispute | None:
    return session.scalar(
        select(Dispute)
        .where(Dispute.account_id == account_id, Dispute.status == DisputeStatus.OPEN)
        .order_by(Dispute.id.desc())
        .limit(1)
    )


def choose_language(account: Account, language: str | None) -> str:
    if language:
        if language not in LANGUAGES:
            raise ValidationError(
                translate(
                    "Letters", "Letters are in English (en) or Spanish (es), not {language}."
                ).format(language=language)
            )
        return language
    preferred = (account.debtor.preferred_language or "en").lower()[:2]
    return preferred if preferred in LANGUAGES else "en"


def template_for(session: Session, account: Account, kind: str, today: date) -> str:
    """The template actually used: a reminder on a time-barred debt becomes its variant."""
    if kind not in TEMPLATES:
        raise NotFound(
            translate("Letters", "There is no letter template “{kind}”.").format(kind=kind)
        )
    if kind in TIME_BARRED_VARIANTS and account_time_barred(session, account, today):
        return TIME_BARRED_VARIANTS[kind]
    return kind


def prepare_letter(
    session: Session,
    account_id: int,
    kind: str,
    *,
    today: date,
    language: str | None = None,
    settlement_cents: int | None = None,
    settlement_expiry: date | None = None,
    user_id: int | None = None,
) -> LetterData:
    """The letter ``kind`` for this account, ready to draw; LetterNotProduced if it cannot be."""
    account = load_account(session, account_id)
    language = choose_language(account, language)
    template = template_for(session, account, kind, today)
    text = letter_text(session, template, language)
    words = labels(language)
    locale = LOCALES[language]
    profile = office_profile(session)
    options = letter_options(session)
    missing: list[str] = []

    address = mailing_lines(session, account.debtor_id)
    if not address:
        missing.append(translate("Letters", "no mailing address on file"))
    when = lambda d: fmt_date(d, locale)  # noqa: E731
    money = lambda c: format_money(c, locale)  # noqa: E731
    values: dict[str, str | None] = {
        "debtor_name": debtor_name(account),
        "account_number": account.account_number,
        "creditor": account.creditor.name,
        "service": words[f"service_{account.service_type.value}"]
        if account.service_type in ServiceType
        else words["service_other"],
        "balance": money(account.balance_cents),
        "letter_date": when(today),
        "office_name": profile.name,
        "office_phone": profile.phone or None,
        "office_address": ", ".join(profile.address_lines) or None,
        "office_email": profile.email or None,
        "pay_by": when(today + timedelta(days=options.pay_by_days)),
        "respond_by": when(today + timedelta(days=options.respond_by_days)),
        "referral_to": words[f"referral_{options.referral}"],
        "validation_end": when(validation_period_end(today)),
        "itemization_date": when(account.itemization_date) if account.itemization_date else None,
        "settlement_amount": None,
        "settlement_expiry": None,
        "dispute_received_on": None,
        "dispute_what": None,
    }
    if kind == "settlement_offer":
        if account.balance_cents <= 0:
            missing.append(translate("Letters", "no balance to settle"))
        usual_offer, usual_expiry = _usual_settlement(account.balance_cents, options, today)
        offer = usual_offer if settlement_cents is None else settlement_cents
        if offer <= 0 or (account.balance_cents > 0 and offer > account.balance_cents):
            raise ValidationError(
                translate(
                    "Letters",
                    "The settlement amount must be more than zero and no more than the balance.",
                ),
                field="settlement_amount",
            )
        expiry = settlement_expiry or usual_expiry
        if expiry <= today:
            raise ValidationError(
                translate("Letters", "The offer must end after today."), field="settlement_expiry"
            )
        values["settlement_amount"] = money(offer)
        values["settlement_expiry"] = when(expiry)
    if kind in DISPUTE_LETTERS:
        dispute = open_dispute_of(session, account_id)
        if dispute is None:
            missing.append(translate("Letters", "no open dispute to answer"))
        else:
            values["dispute_received_on"] = when(dispute.received_on)
            values["dispute_what"] = dispute.what
    names = placeholders_in(text.title) + placeholders_in(text.body)
    for name in dict.fromkeys(names):
        if name not in FIELDS:
            missing.append(
                translate(
                    "Letters", "the letter text uses an unknown placeholder {placeholder}"
                ).format(placeholder=f"{{{name}}}")
            )
        elif values.get(name) is not None:
            continue
        elif name.startswith("dispute_"):
            if kind not in DISPUTE_LETTERS:
                missing.append(
                    translate("Letters", "{placeholder} belongs in a dispute letter only").format(
                        placeholder=f"{{{name}}}"
                    )
                )
        elif name.startswith("settlement_"):
            missing.append(
                translate("Letters", "{placeholder} belongs in the settlement offer only").format(
                    placeholder=f"{{{name}}}"
                )
            )
        else:
            missing.append(_missing(name))
    markers = {text for kind_, text in body_blocks(text.body) if kind_ == "marker"}
    itemization = None
    if "[itemization]" in markers:
        itemization = _itemization(session, account, account.itemization_date)
        no_date = translate("Letters", _MISSING["itemization_date"])
        if itemization is None and no_date not in missing:
            missing.append(no_date)
    if missing:
        raise LetterNotProduced(account.account_number, list(dict.fromkeys(missing)))

    filled = {k: v or "" for k, v in values.items()}
    disclosure = words["disclosure"] if (profile.is_agency or options.print_disclosure) else ""
    signer = tuple(p for p in (options.signer_name, options.signer_title, profile.name) if p)
    return LetterData(
        kind=template,
        language=language,
        locale=locale,
        letterhead=letterhead_in(profile.letterhead, language),  # type: ignore[arg-type]
        letter_date=today,
        recipient_name=debtor_name(account),
        recipient_lines=address,
        reference_rows=(
            (words["letter_date"], when(today)),
            (words["account_number"], account.account_number),
            (words["amount_due"], money(account.balance_cents)),
        ),
        title=text.title.format(**filled),
        body=text.body.format(**filled),
        labels=dict(words),
        itemization=itemization,
        tear_off=TearOff(profile.name, profile.address_lines, account.account_number)
        if "[tear_off]" in markers
        else None,
        disclosure=disclosure,
        footer_text=f"{words['account_number']} {account.account_number}",
        signer_lines=signer,
        window_offset=options.window_offset,
    )


_MISSING = {
    "itemization_date": QT_TRANSLATE_NOOP("Letters", "no itemization date on the account"),
    "office_phone": QT_TRANSLATE_NOOP(
        "Letters", "no office phone number (Office → Office profile)"
    ),
    "office_address": QT_TRANSLATE_NOOP("Letters", "no office address (Office → Office profile)"),
    "office_email": QT_TRANSLATE_NOOP(
        "Letters", "no office email address (Office → Office profile)"
    ),
}


def _missing(name: str) -> str:
    """Why the placeholder ``name`` has no value for this account, in a person's words."""
    if name in _MISSING:
        return translate("Letters", _MISSING[name])
    return translate("Letters", "no {what}").format(what=field_description(name).lower())


# --- the guard ---------------------------------------------------------------------------------


def letter_decision(
    db: Database, account_id: int, kind: str, *, channel: str = ContactMethod.LETTER, at: datetime
) -> Decision:
    """May this letter go out now? Dispute letters are not stopped by the dispute hold."""
    if channel not in (ContactMethod.LETTER, ContactMethod.EMAIL):
        raise ValidationError(translate("Letters", "Letters go by mail or email."))
    with db.read() as session:
        return letter_decision_in(session, account_id, kind, channel=channel, at=at)


def letter_decision_in(
    session: Session,
    account_id: int,
    kind: str,
    *,
    channel: str = ContactMethod.LETTER,
    at: datetime,
) -> Decision:
    """`letter_decision` inside the caller's session."""
    if channel not in (ContactMethod.LETTER, ContactMethod.EMAIL):
        raise ValidationError(translate("Letters", "Letters go by mail or email."))
    ctx = context_in(session, account_id, channel, at)
    if kind in DISPUTE_LETTERS:
        ctx = replace(ctx, dispute_pending=False)
    return evaluate(ctx)


# --- issuing and the archive -------------------------------------------------------------------


OTHER_KINDS = {
    "receipt": QT_TRANSLATE_NOOP("Letters", "Receipt"),
    "plan_agreement": QT_TRANSLATE_NOOP("Letters", "Payment-plan agreement"),
    "paid_in_full": QT_TRANSLATE_NOOP("Letters", "Paid-in-full letter"),
}


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    title: str
    language: str
    channel: Channel
    recipient: str
    pages: int
    issued_at: datetime
    user_name: str
    batch_id: int | None

    @property
    def kind_label(self) -> str:
        try:
            return template_title(self.kind)
        except DomainError:
            other = OTHER_KINDS.get(self.kind)
            if other is None:
                return self.kind.replace("_", " ").capitalize()
            return translate("Letters", other)


# The English template names of resources/letters/en.toml, marked so that the window can show
# them in the interface language; a letter itself names its template in the debtor's language.
_TEMPLATE_LABELS = (
    QT_TRANSLATE_NOOP("Letters", "Validation notice (Model Form B-1)"),
    QT_TRANSLATE_NOOP("Letters", "First reminder"),
    QT_TRANSLATE_NOOP("Letters", "Second reminder"),
    QT_TRANSLATE_NOOP("Letters", "Final notice"),
    QT_TRANSLATE_NOOP("Letters", "First reminder (time-barred debt)"),
    QT_TRANSLATE_NOOP("Letters", "Second reminder (time-barred debt)"),
    QT_TRANSLATE_NOOP("Letters", "Final notice (time-barred debt)"),
    QT_TRANSLATE_NOOP("Letters", "Settlement offer"),
    QT_TRANSLATE_NOOP("Letters", "Dispute acknowledgment"),
    QT_TRANSLATE_NOOP("Letters", "Dispute verification letter"),
)


def template_title(kind: str) -> str:
    """The name of a letter template as the window shows it, in the interface language."""
    return translate("Letters", template_label(kind, "en"))


# kept in English in the contact history and the audit trail; translated where shown
def _usual_settlement(balance_cents: int, options: LetterOptions, today: date) -> tuple[int, date]:
    """The office's usual offer: its share of the balance, open for its number of days."""
    offer = balance_cents * options.settlement_percent // 100
    return offer, today + timedelta(days=options.settlement_days)


@dataclass(frozen=True)
class SettlementDefaults:
    """What a settlement offer proposes unless the collector types other terms."""

    amount_cents: int
    percent: int
    expiry: date


def settlement_defaults(db: Database, account_id: int, today: date) -> SettlementDefaults:
    with db.read() as session:
        account = load_account(session, account_id)
        options = letter_options(session)
        amount, expiry = _usual_settlement(account.balance_cents, options, today)
    return SettlementDefaults(amount, options.settlement_percent, expiry)


def letter_pdf(letter: LetterData) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = render_letter(letter, out)
    return out.getvalue(), pages


@dataclass(frozen=True)
class ComposedLetter:
    """A letter ready to preview: its data (what the archive keeps) and its PDF."""

    letter: LetterData
    pdf: bytes
    pages: int

    @property
    def file_name(self) -> str:
        number = dict(self.letter.reference_rows).get(
            self.letter.labels.get("account_number", ""), ""
        )
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in number)
        return f"{self.letter.kind.replace('_', '-')}-{safe}.pdf"


def compose_letter(
    db: Database,
    account_id: int,
    kind: str,
    *,
    today: date,
    language: str | None = None,
    settlement_cents: int | None = None,
    settlement_expiry: date | None = None,
) -> ComposedLetter:
    """Prepare and draw one letter for the preview (nothing is recorded yet)."""
    with db.read() as session:
        letter = prepare_letter(
            session,
            account_id,
            kind,
            today=today,
            language=language,
            settlement_cents=settlement_cents,
            settlement_expiry=settlement_expiry,
        )
    pdf, pages = letter_pdf(letter)
    return ComposedLetter(letter, pdf, pages)


def calibration_pdf(db: Database, offset: tuple[float, float] | None = None) -> bytes:
    """The envelope check page, with the office's return address and adjustment."""
    with db.read() as session:
        letterhead = office_profile(session).letterhead
        chosen = offset if offset is not None else letter_options(session).window_offset
    out = io.BytesIO()
    render_calibration_page(out, letterhead=letterhead, offset=chosen)
    return out.getvalue()
