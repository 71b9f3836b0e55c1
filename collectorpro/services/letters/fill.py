"""Filling a letter in from an account's facts: the office's text, its options, the values.

``LetterSetup`` is what every letter of an office shares (its profile, letter options, texts,
years to sue), read once per session; ``fill_letter`` is pure: the facts of one account and
the setup in, the finished ``LetterData`` out — or ``LetterNotProduced`` naming exactly which
field is missing, so nobody mails a notice without an address or a validation notice without
its itemization date. One letter and a batch of thousands fill their letters here alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import partial

from sqlalchemy.orm import Session

from collectorpro.core.errors import DomainError, NotFound, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.core.letterhead import OfficeLetterhead
from collectorpro.core.money import format_money
from collectorpro.documents.letter_data import Itemization, LetterData, TearOff, body_blocks
from collectorpro.documents.text import fmt_date
from collectorpro.documents.wording import letterhead_in
from collectorpro.models.enums import LedgerKind, ServiceType
from collectorpro.services.compliance.business_days import validation_period_end
from collectorpro.services.compliance.statute import statute_table
from collectorpro.services.letters.facts import LetterFacts, account_is_time_barred
from collectorpro.services.letters.options import (
    DISPUTE_LETTERS,
    LOCALES,
    LetterOptions,
    letter_options,
)
from collectorpro.services.letters.texts import (
    EDITABLE,
    FIELDS,
    LANGUAGES,
    TEMPLATES,
    TIME_BARRED_VARIANTS,
    LetterText,
    field_description,
    labels,
    letter_text,
    placeholders_in,
)
from collectorpro.services.office.settings import OfficeProfile, office_profile

__all__ = [
    "LetterNotProduced",
    "LetterSetup",
    "check_letter",
    "fill_letter",
    "letter_language",
    "letter_setup",
    "letter_template",
    "usual_settlement",
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


class LetterSetup:
    """What all the office's letters share, read once; the texts' placeholders and markers and
    the dates of a letter day are worked out once and remembered."""

    def __init__(
        self,
        profile: OfficeProfile,
        options: LetterOptions,
        texts: Mapping[tuple[str, str], LetterText],
        statute: Mapping[str, int],
    ) -> None:
        self.profile = profile
        self.options = options
        self.texts = dict(texts)
        self.statute = dict(statute)
        self._letterheads: dict[str, OfficeLetterhead] = {}
        self._texts_parsed: dict[tuple[str, str], tuple[list[str], set[str]]] = {}
        self._days: dict[tuple[date, str], dict[str, str]] = {}

    def text(self, template: str, language: str) -> LetterText:
        return self.texts[(template, language)]

    def placeholders_and_markers(self, template: str, language: str) -> tuple[list[str], set[str]]:
        key = (template, language)
        if key not in self._texts_parsed:
            text = self.texts[key]
            names = list(dict.fromkeys(placeholders_in(text.title) + placeholders_in(text.body)))
            markers = {t for kind, t in body_blocks(text.body) if kind == "marker"}
            self._texts_parsed[key] = (names, markers)
        return self._texts_parsed[key]

    def itemizes(self, kind: str) -> bool:
        """Whether a letter ``kind`` (or its time-barred variant) shows the itemization."""
        kinds = (kind, TIME_BARRED_VARIANTS.get(kind, kind))
        return any(
            ("marker", "[itemization]") in body_blocks(self.texts[(k, lang)].body)
            for k in kinds
            for lang in LANGUAGES
        )

    def letterhead(self, language: str) -> OfficeLetterhead:
        if language not in self._letterheads:
            head = letterhead_in(self.profile.letterhead, language)  # type: ignore[arg-type]
            self._letterheads[language] = head
        return self._letterheads[language]

    def day(self, today: date, locale: str) -> dict[str, str]:
        """The dates every letter written ``today`` in ``locale`` prints."""
        key = (today, locale)
        if key not in self._days:
            options = self.options
            self._days[key] = {
                "letter_date": fmt_date(today, locale),
                "pay_by": fmt_date(today + timedelta(days=options.pay_by_days), locale),
                "respond_by": fmt_date(today + timedelta(days=options.respond_by_days), locale),
                "validation_end": fmt_date(validation_period_end(today), locale),
            }
        return self._days[key]


def letter_setup(session: Session) -> LetterSetup:
    """The office's letter setup as it stands in this session (a batch reads it once)."""
    texts = {(k, lang): letter_text(session, k, lang) for k in EDITABLE for lang in LANGUAGES}
    return LetterSetup(
        office_profile(session), letter_options(session), texts, statute_table(session)
    )


def letter_language(facts: LetterFacts, language: str | None) -> str:
    """The language asked for, else the debtor's own when letters come in it, else English."""
    if language:
        if language not in LANGUAGES:
            raise ValidationError(
                translate(
                    "Letters", "Letters are in English (en) or Spanish (es), not {language}."
                ).format(language=language)
            )
        return language
    preferred = (facts.preferred_language or "en").lower()[:2]
    return preferred if preferred in LANGUAGES else "en"


def letter_template(facts: LetterFacts, setup: LetterSetup, kind: str, today: date) -> str:
    """The template actually used: a reminder on a time-barred debt becomes its variant."""
    if kind not in TEMPLATES:
        raise NotFound(
            translate("Letters", "There is no letter template “{kind}”.").format(kind=kind)
        )
    if kind in TIME_BARRED_VARIANTS and account_is_time_barred(facts, today, setup.statute):
        return TIME_BARRED_VARIANTS[kind]
    return kind


def usual_settlement(balance_cents: int, options: LetterOptions, today: date) -> tuple[int, date]:
    """The office's usual offer: its share of the balance, open for its number of days."""
    offer = balance_cents * options.settlement_percent // 100
    return offer, today + timedelta(days=options.settlement_days)


def itemization_of(facts: LetterFacts, on: date | None) -> Itemization | None:
    """B-1's amounts: owed on the itemization date, then interest, fees and credits since."""
    if on is None:
        return None
    rows = facts.ledger or ()
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


def fill_letter(
    facts: LetterFacts,
    setup: LetterSetup,
    kind: str,
    *,
    today: date,
    language: str | None = None,
    settlement_cents: int | None = None,
    settlement_expiry: date | None = None,
) -> LetterData:
    """The letter ``kind`` for this account, ready to draw; LetterNotProduced if it cannot be.

    ``facts`` must hold the ledger when the letter itemizes (``LetterSetup.itemizes``).
    """
    letter = _fill(
        facts, setup, kind, today, language, settlement_cents, settlement_expiry, finish=True
    )
    assert isinstance(letter, LetterData)
    return letter


def check_letter(
    facts: LetterFacts, setup: LetterSetup, kind: str, *, today: date, language: str | None
) -> str:
    """Whether ``fill_letter`` would make this letter (LetterNotProduced if not, for the same
    reasons), without formatting its amounts and text; returns the template it would use."""
    used = _fill(facts, setup, kind, today, language, None, None, finish=False)
    assert isinstance(used, str)
    return used


def _unformatted(_value: object) -> str:
    return ""


def _fill(
    facts: LetterFacts,
    setup: LetterSetup,
    kind: str,
    today: date,
    language: str | None,
    settlement_cents: int | None,
    settlement_expiry: date | None,
    *,
    finish: bool,
) -> LetterData | str:
    language = letter_language(facts, language)
    template = letter_template(facts, setup, kind, today)
    text = setup.text(template, language)
    words = labels(language)
    locale = LOCALES[language]
    profile = setup.profile
    options = setup.options
    missing: list[str] = []

    address = facts.mailing_lines
    if not address:
        missing.append(translate("Letters", "no mailing address on file"))
    if finish:
        when: Callable[[date], str] = partial(fmt_date, locale=locale)
        money: Callable[[int], str] = partial(format_money, locale=locale)
    else:  # only whether each value is there counts
        when = money = _unformatted
    day = setup.day(today, locale)
    values: dict[str, str | None] = {
        "debtor_name": facts.debtor_name,
        "account_number": facts.account_number,
        "creditor": facts.creditor_name,
        "service": words[f"service_{facts.service_type.value}"]
        if facts.service_type in ServiceType
        else words["service_other"],
        "balance": money(facts.balance_cents),
        "letter_date": day["letter_date"],
        "office_name": profile.name,
        "office_phone": profile.phone or None,
        "office_address": ", ".join(profile.address_lines) or None,
        "office_email": profile.email or None,
        "pay_by": day["pay_by"],
        "respond_by": day["respond_by"],
        "referral_to": words[f"referral_{options.referral}"],
        "validation_end": day["validation_end"],
        "itemization_date": when(facts.itemization_date) if facts.itemization_date else None,
        "settlement_amount": None,
        "settlement_expiry": None,
        "dispute_received_on": None,
        "dispute_what": None,
    }
    if kind == "settlement_offer":
        if facts.balance_cents <= 0:
            missing.append(translate("Letters", "no balance to settle"))
        usual_offer, usual_expiry = usual_settlement(facts.balance_cents, options, today)
        offer = usual_offer if settlement_cents is None else settlement_cents
        if offer <= 0 or (facts.balance_cents > 0 and offer > facts.balance_cents):
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
        if facts.open_dispute is None:
            missing.append(translate("Letters", "no open dispute to answer"))
        else:
            received_on, what = facts.open_dispute
            values["dispute_received_on"] = when(received_on)
            values["dispute_what"] = what
    names, markers = setup.placeholders_and_markers(template, language)
    for name in names:
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
    itemization = None
    if "[itemization]" in markers:
        if finish and facts.ledger is None and facts.itemization_date is not None:
            raise ValueError("the ledger was not read for a letter that itemizes")
        itemization = itemization_of(facts, facts.itemization_date)
        no_date = translate("Letters", _MISSING["itemization_date"])
        if itemization is None and no_date not in missing:
            missing.append(no_date)
    if missing:
        raise LetterNotProduced(facts.account_number, list(dict.fromkeys(missing)))
    if not finish:
        return template

    filled = {k: v or "" for k, v in values.items()}
    disclosure = words["disclosure"] if (profile.is_agency or options.print_disclosure) else ""
    signer = tuple(p for p in (options.signer_name, options.signer_title, profile.name) if p)
    return LetterData(
        kind=template,
        language=language,
        locale=locale,
        letterhead=setup.letterhead(language),
        letter_date=today,
        recipient_name=facts.debtor_name,
        recipient_lines=address,
        reference_rows=(
            (words["letter_date"], day["letter_date"]),
            (words["account_number"], facts.account_number),
            (words["amount_due"], values["balance"] or ""),
        ),
        title=text.title.format(**filled),
        body=text.body.format(**filled),
        labels=dict(words),
        itemization=itemization,
        tear_off=TearOff(profile.name, profile.address_lines, facts.account_number)
        if "[tear_off]" in markers
        else None,
        disclosure=disclosure,
        footer_text=f"{words['account_number']} {facts.account_number}",
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
