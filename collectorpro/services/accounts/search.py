"""What the account search box matches: names, account numbers, phones and emails.

The words go into the ``account_search`` FTS5 table (rowid = account id). A query is split
the same way and every word must match the start of some indexed word, so "smi 4567"
finds John Smith whose phone ends in 4567.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

_WORD = re.compile(r"[0-9A-Za-z]+")


def fold(value: str) -> str:
    """Lower-case ASCII without accents: 'Muñoz' -> 'munoz'."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def account_terms(
    *,
    account_number: str,
    first_name: str,
    last_name: str,
    middle_name: str = "",
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
) -> str:
    words: list[str] = [account_number, first_name, middle_name, last_name]
    digits = _digits(account_number)
    if digits:
        words += [digits, digits[-4:]]
    for phone in phones:
        d = _digits(phone)
        if d.startswith("1") and len(d) == 11:
            d = d[1:]
        if d:
            # whole number, without area code, and last four: what people type
            words += [d, d[-7:], d[-4:]]
    for email in emails:
        words += [email, email.split("@", 1)[0]]
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(" ".join(w for w in words if w))):
        seen.setdefault(word, None)
    return " ".join(seen)


def match_expression(user_text: str) -> str | None:
    """Turn what a person typed into an FTS5 query; None when there is nothing to search."""
    words = _WORD.findall(fold(user_text))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def refresh_account_terms(session: Session, account_ids: Iterable[int]) -> None:
    """Rebuild the search words of these accounts from their current records."""
    ids = list(account_ids)
    if not ids:
        return
    rows = session.execute(
        text(
            "SELECT a.id, a.account_number, d.first_name, d.middle_name, d.last_name, "
            " (SELECT group_concat(p.number, ' ') FROM phones p"
            "   WHERE p.debtor_id = d.id AND p.valid_to IS NULL),"
            " (SELECT group_concat(e.address, ' ') FROM emails e"
            "   WHERE e.debtor_id = d.id AND e.valid_to IS NULL)"
            " FROM accounts a JOIN debtors d ON d.id = a.debtor_id"
            " WHERE a.id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": "[" + ",".join(str(i) for i in ids) + "]"},
    ).all()
    for account_id, number, first, middle, last, phones, emails in rows:
        terms = account_terms(
            account_number=number,
            first_name=first,
            middle_name=middle or "",
            last_name=last,
            phones=(phones or "").split(),
            emails=(emails or "").split(),
        )
        session.execute(text("DELETE FROM account_search WHERE rowid = :id"), {"id": account_id})
        session.execute(
            text("INSERT INTO account_search(rowid, terms) VALUES (:id, :terms)"),
            {"id": account_id, "terms": terms},
        )
