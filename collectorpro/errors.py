"""The one error the storage layer raises: the database could not be used."""

from __future__ import annotations


class StorageError(RuntimeError):
    """The database could not be read or written (locked, corrupt, disk full).

    The message is meant for a person; nothing was half-written.
    """


def storage_message(path: object, exc: BaseException) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return f"{path} is in use by another program. Close it and try again."
    if "disk is full" in text or "database or disk is full" in text:
        return "The disk is full. Free some space and try again; nothing was changed."
    if "readonly" in text or "read-only" in text or "permission" in text:
        return f"CollectorPro may not write to {path}. Check the file's permissions."
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path} is damaged or is not a CollectorPro database."
    if "unable to open" in text:
        return f"{path} could not be opened. Check that the folder exists and is writable."
    return f"{path} could not be used: {exc}"
