"""A letter as plain data, and the small markup its body is written in.

A letter is plain data (``LetterData``): who it comes from, who it goes to, a title and a body
written in a small markup the office can edit (see ``resources/letters/en.toml``), plus the
optional itemization table and tear-off response form of the validation notice. The data is
everything the PDF is made from, so an archived letter is re-created byte for byte from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from collectorpro.core.letterhead import OfficeLetterhead
from collectorpro.documents.text import esc

__all__ = [
    "BLOCK_MARKERS",
    "LAYOUT",
    "NOTICE",
    "Itemization",
    "LetterData",
    "TearOff",
    "body_blocks",
    "inline",
]

BLOCK_MARKERS = ("[itemization]", "[tear_off]", "[signature]")
# how letters are laid out now; an archived letter keeps the layout it was issued in, so it is
# drawn again byte for byte. 1: the validation notice ran to two pages. 2: it fits on one.
LAYOUT = 2
NOTICE = "validation_notice"  # the letter laid out on one page, as Model Form B-1


@dataclass(frozen=True)
class Itemization:
    """The amounts of Model Form B-1: what was owed on the itemization date and since."""

    itemization_date: date
    owed_then_cents: int
    interest_cents: int
    fees_cents: int
    credits_cents: int  # payments and credits, a positive number
    now_cents: int


@dataclass(frozen=True)
class TearOff:
    """The response form at the foot of a validation notice."""

    office_name: str
    office_lines: tuple[str, ...]
    account_number: str


@dataclass(frozen=True, kw_only=True)
class LetterData:
    """One letter, filled in and ready to draw; ``labels`` hold its fixed words."""

    kind: str
    language: str
    locale: str
    letterhead: OfficeLetterhead
    letter_date: date
    recipient_name: str
    recipient_lines: tuple[str, ...]
    reference_rows: tuple[tuple[str, str], ...]
    title: str
    body: str
    labels: Mapping[str, str]
    itemization: Itemization | None = None
    tear_off: TearOff | None = None
    disclosure: str = ""
    footer_text: str = ""
    signer_lines: tuple[str, ...] = ()
    window_offset: tuple[float, float] = (0.0, 0.0)  # points right and down
    extra: Mapping[str, str] = field(default_factory=dict)  # e.g. the template's fields
    layout: int = LAYOUT

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipient_lines", tuple(self.recipient_lines))
        object.__setattr__(self, "reference_rows", tuple(tuple(r) for r in self.reference_rows))
        object.__setattr__(self, "signer_lines", tuple(self.signer_lines))
        object.__setattr__(self, "window_offset", tuple(self.window_offset))
        object.__setattr__(self, "labels", dict(self.labels))
        object.__setattr__(self, "extra", dict(self.extra))

    def label(self, key: str, **values: str) -> str:
        text = self.labels.get(key, key)
        return text.format(**values) if values else text

    # --- the archive keeps this JSON; from_json gives back an equal LetterData ------------

    def to_json(self) -> str:
        # asdict only where a field holds a dataclass: copying the labels and the rest deeply
        # costs more than drawing a letter's reference block, and the JSON is the same
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("letterhead", "itemization", "tear_off"):
            if data[name] is not None:
                data[name] = asdict(data[name])
        data["letter_date"] = self.letter_date.isoformat()
        if self.itemization is not None:
            data["itemization"]["itemization_date"] = self.itemization.itemization_date.isoformat()
        data["letterhead"]["logo_path"] = (
            str(self.letterhead.logo_path) if self.letterhead.logo_path else None
        )
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LetterData:
        data: dict[str, Any] = json.loads(text)
        data["letterhead"] = OfficeLetterhead(**data["letterhead"])
        data["letter_date"] = date.fromisoformat(data["letter_date"])
        data.setdefault("layout", 1)  # archived before layouts were numbered
        if data.get("itemization"):
            item = dict(data["itemization"])
            item["itemization_date"] = date.fromisoformat(item["itemization_date"])
            data["itemization"] = Itemization(**item)
        if data.get("tear_off"):
            tear = dict(data["tear_off"])
            tear["office_lines"] = tuple(tear["office_lines"])
            data["tear_off"] = TearOff(**tear)
        return cls(**data)


# --- the body markup ---------------------------------------------------------------------------


def body_blocks(body: str) -> list[tuple[str, str]]:
    """Split the body into (kind, text) blocks: para, heading, bullet, or a marker."""
    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(("para", " ".join(paragraph)))
            paragraph.clear()

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line in BLOCK_MARKERS:
            flush()
            blocks.append(("marker", line))
        elif line.startswith("## "):
            flush()
            blocks.append(("heading", line[3:].strip()))
        elif line.startswith("- "):
            flush()
            blocks.append(("bullet", line[2:].strip()))
        else:
            paragraph.append(line)
    flush()
    return blocks


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def inline(text: str) -> str:
    """Escape what the office typed, then turn **this** into bold."""
    return _BOLD.sub(r"<b>\1</b>", esc(text))
