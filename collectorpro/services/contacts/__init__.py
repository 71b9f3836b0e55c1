"""Contacts with the debtor: logging a call, text, email or visit (judged by the contact rules)
and the promise to pay made in it."""
