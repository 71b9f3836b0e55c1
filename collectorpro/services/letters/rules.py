"""Saved batch rules: which accounts get which letter (Letters → Rules…), and the accounts a
rule picks today."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from collectorpro.core.errors import NotFound, ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.models import Account, Dispute, Interaction, Setting
from collectorpro.models.db import Database
from collectorpro.models.enums import AccountStatus, Channel, DisputeStatus
from collectorpro.services.letters.options import DISPUTE_LETTERS
from collectorpro.services.letters.texts import TEMPLATES
from collectorpro.services.office import audit

__all__ = [
    "COLLECTING",
    "DEFAULT_RULES",
    "RULES_KEY",
    "BatchRule",
    "accounts_for_rule",
    "find_rule",
    "get_rules",
    "save_rules",
]


RULES_KEY = "letters.rules"
# accounts that are still being collected (not closed, paid, settled, with an agency or lawyer)
COLLECTING = (AccountStatus.NEW, AccountStatus.ACTIVE, AccountStatus.PROMISE, AccountStatus.PLAN)


@dataclass(frozen=True)
class BatchRule:
    """A saved selection: days past due, and no letter in the last N days."""

    name: str
    template: str
    min_days: int = 0
    max_days: int | None = None
    no_letter_days: int | None = 21  # None: never written to
    include_disputed: bool = False

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError(translate("LetterBatch", "Give the rule a name."), field="name")
        if self.template not in TEMPLATES:
            raise ValidationError(
                translate("LetterBatch", "Choose the letter the rule sends."), field="template"
            )
        if self.min_days < 0 or (self.max_days is not None and self.max_days < self.min_days):
            raise ValidationError(
                translate(
                    "LetterBatch", "The days past due must run from a smaller to a larger number."
                ),
                field="days",
            )
        if self.no_letter_days is not None and not 0 <= self.no_letter_days <= 3650:
            raise ValidationError(
                translate("LetterBatch", "Days since the last letter are out of range."),
                field="days",
            )

    def describe(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """The rule's name as the window shows it: a standard rule's in the interface language."""
        return translate("LetterBatch", self.name)


# The names are the rules' keys (saved, and typed on the command line), so they stay English;
# ``BatchRule.label`` shows a standard rule's name in the interface language.
DEFAULT_RULES: tuple[BatchRule, ...] = (
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch", "Validation notice: new accounts never written to"),
              "validation_notice", 0, None, None),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch",
                                "First reminder: 30–60 days past due, no letter in 21 days"),
              "reminder_1", 30, 60),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch",
                                "Second reminder: 61–90 days past due, no letter in 21 days"),
              "reminder_2", 61, 90),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch",
                                "Final notice: 91–120 days past due, no letter in 30 days"),
              "final_notice", 91, 120, 30),
    BatchRule(QT_TRANSLATE_NOOP("LetterBatch", "Dispute verification: open disputes"),
              "dispute_verification", 0, None, 0, True),
)  # fmt: skip


def get_rules(db: Database) -> tuple[BatchRule, ...]:
    """The office's saved rules (the defaults until it saves its own)."""
    with db.read() as session:
        row = session.get(Setting, RULES_KEY)
    if row is None:
        return DEFAULT_RULES
    try:
        return tuple(BatchRule(**item) for item in json.loads(row.value))
    except (ValueError, TypeError, ValidationError):  # bad JSON, or a rule BatchRule refuses
        return DEFAULT_RULES


def save_rules(db: Database, rules: Sequence[BatchRule], *, user_id: int | None) -> None:
    names = [r.name.strip() for r in rules]
    if len(set(names)) != len(names):
        raise ValidationError(
            translate("LetterBatch", "Two rules have the same name."), field="name"
        )
    for rule in rules:
        rule.validate()
    text = json.dumps([asdict(r) for r in rules], ensure_ascii=False)
    with db.write() as session:
        row = session.get(Setting, RULES_KEY)
        if row is None:
            session.add(Setting(key=RULES_KEY, value=text))
        else:
            row.value = text
        audit.record(
            session,
            user_id=user_id,
            action="letter_rules_saved",
            entity="setting",
            entity_id=None,
            summary=f"{len(rules)} batch letter rules saved",
        )


def find_rule(db: Database, name: str) -> BatchRule:
    for rule in get_rules(db):
        if rule.name.casefold() == name.strip().casefold():
            return rule
    known = "; ".join(r.name for r in get_rules(db))
    raise NotFound(
        translate(
            "LetterBatch", "There is no letter rule “{name}”. The rules are: {known}."
        ).format(name=name, known=known)
    )


def accounts_for_rule(db: Database, rule: BatchRule, *, today: date) -> list[int]:
    """The accounts a rule selects, in account-number order, picked in SQL.

    A dispute letter's rule reads the open disputes (a handful) instead of every account in
    collection: an account without one could only be skipped ("no open dispute to answer").
    """
    statuses = COLLECTING + ((AccountStatus.DISPUTED,) if rule.include_disputed else ())
    stmt = select(Account.id).where(Account.status.in_(statuses), Account.balance_cents > 0)
    if rule.min_days > 0:
        stmt = stmt.where(Account.first_delinquency_date <= today - timedelta(rule.min_days))
    if rule.max_days is not None:
        stmt = stmt.where(Account.first_delinquency_date >= today - timedelta(rule.max_days))
    if rule.template in DISPUTE_LETTERS:  # only an open dispute can be answered: read those
        stmt = stmt.where(
            Account.id.in_(select(Dispute.account_id).where(Dispute.status == DisputeStatus.OPEN))
        )
    letters = select(Interaction.id).where(
        Interaction.account_id == Account.id, Interaction.channel == Channel.LETTER
    )
    if rule.no_letter_days is None:
        stmt = stmt.where(~letters.exists())
    elif rule.no_letter_days > 0:
        since = datetime.combine(today - timedelta(rule.no_letter_days), time.min, tzinfo=UTC)
        recent = letters.where(Interaction.occurred_at >= since)
        stmt = stmt.where(~recent.exists())
    with db.read() as session:
        return list(session.scalars(stmt.order_by(Account.account_number)))


# --- the dry run -------------------------------------------------------------------------------
