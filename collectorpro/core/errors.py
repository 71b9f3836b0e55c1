"""The one error the storage layer raises: the database could not be used."""

from __future__ import annotations

from collectorpro.core.i18n import translate


class StorageError(RuntimeError):
    """The database could not be read or written (locked, corrupt, disk full).

    The message is meant for a person; nothing was half-written.
    """


def storage_message(path: object, exc: BaseException) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        message = translate(
            "Storage", "{path} is in use by another program. Close it and try again."
        )
    elif "disk is full" in text or "database or disk is full" in text:
        message = translate(
            "Storage", "The disk is full. Free some space and try again; nothing was changed."
        )
    elif "readonly" in text or "read-only" in text or "permission" in text:
        message = translate(
            "Storage", "CollectorPro may not write to {path}. Check the file's permissions."
        )
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        message = translate("Storage", "{path} is damaged or is not a CollectorPro database.")
    elif "unable to open" in text:
        message = translate(
            "Storage",
            "{path} could not be opened. Check that the folder exists and is writable.",
        )
    else:
        message = translate("Storage", "{path} could not be used: {problem}")
    return message.format(path=path, problem=exc)


__all__ = ["DomainError", "InvalidTransition", "NotFound", "StorageError", "ValidationError"]


class DomainError(Exception):
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
