"""Typed errors raised by services.

`DomainError` and its subclasses carry a message fit to show a collector as it is.
`StorageError` means the environment failed (locked or unreadable database, full disk):
the user is told, nothing is half-written.
"""

from __future__ import annotations

from collectorpro.errors import StorageError

__all__ = ["DomainError", "InvalidTransition", "NotFound", "StorageError", "ValidationError"]


class DomainError(ValueError):
    """A request that the business rules refuse; the message is meant for a person."""


class ValidationError(DomainError):
    """Input that cannot be accepted (a malformed amount, an empty reason, a future date)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(DomainError):
    """The account, debtor or record asked for does not exist."""


class InvalidTransition(DomainError):
    """A status change that the account's current status does not allow."""
