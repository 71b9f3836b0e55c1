"""The Spanish catalogue: complete, compiled, and safe to format.

A string added to the code without a translation, a translation that drops or renames a
``{placeholder}`` (which would break ``str.format`` at run time), or a ``.qm`` older than its
``.ts`` all fail here. ``make translations`` refreshes the catalogue.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import Enum
from pathlib import Path

import pytest

from collectorpro.core import i18n
from collectorpro.core.label_texts import LABEL_TEXTS
from collectorpro.models import enums
from collectorpro.services.accounts.aging import AgingBucket
from collectorpro.services.plans.schedule import Frequency

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "collectorpro_es.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _tool(name: str) -> str:
    tool = BIN / name
    if not tool.exists():  # pragma: no cover - PySide6 always installs both
        pytest.fail(f"{name} is missing; reinstall PySide6")
    return str(tool)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """The shipped catalogue updated from today's source, as `make translations` would."""
    copy = tmp_path_factory.mktemp("ts") / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "collectorpro").rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    return copy


def test_every_string_in_the_code_has_a_spanish_translation(refreshed):
    missing = [
        f"{context}: {source!r}"
        for context, source, message in _messages(refreshed)
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
    ]
    assert not missing, "untranslated (run `make translations` and translate):\n" + "\n".join(
        missing[:40]
    )


def test_the_shipped_catalogue_has_nothing_the_code_no_longer_uses(refreshed):
    assert {(c, s) for c, s, _ in _messages(TS)} == {(c, s) for c, s, _ in _messages(refreshed)}


def test_translations_keep_every_placeholder_and_one_mnemonic_at_most():
    wrong = []
    for context, source, message in _messages(TS):
        text = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        mnemonics = len(re.findall(r"(?<!&)&(?![& ])", text.replace("&&", "")))
        if mnemonics != len(re.findall(r"(?<!&)&(?![& ])", source.replace("&&", ""))):
            wrong.append(f"{context}: {source!r} -> {text!r} (& shortcut letters)")
    assert not wrong, "\n".join(wrong)


def test_the_compiled_catalogue_is_current(tmp_path):
    compiled = tmp_path / QM.name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert QM.read_bytes() == compiled.read_bytes(), "run `make translations`"


def _labelled_enums() -> list[type[Enum]]:
    found = [
        value
        for value in vars(enums).values()
        if isinstance(value, type)
        and issubclass(value, Enum)
        and value.__module__ == enums.__name__
    ]
    return [*found, AgingBucket, Frequency]


def test_every_label_of_the_vocabulary_is_listed_for_translation():
    listed = set(LABEL_TEXTS)
    missing = [
        f"{cls.__name__}.{member.name}: {i18n.english_label(member)!r}"
        for cls in _labelled_enums()
        for member in cls
        if i18n.english_label(member) not in listed
    ]
    missing += [f"Arrangement.{m.name} title" for m in enums.Arrangement if m.title not in listed]
    assert not missing, "add to collectorpro/label_texts.py:\n" + "\n".join(missing)


def test_translate_is_english_until_a_translator_is_installed():
    assert i18n.translate("Payments", "Payment posted") == "Payment posted"
    try:
        i18n.install(lambda context, text: f"[{context}] {text}")
        assert i18n.translate("Payments", "Payment posted") == "[Payments] Payment posted"
        assert i18n.label(enums.Channel.SMS) == "[Labels] SMS"
        assert i18n.label(enums.UserRole.MANAGER) == "[Labels] Manager"
    finally:
        i18n.install(None)
    assert i18n.label(enums.Arrangement.SETTLEMENT, "title") == "Settlement agreement"


def test_dates_with_named_months_follow_the_interface_language():
    from datetime import date

    day = date(2026, 11, 24)
    assert i18n.day_in_words(day) == "Nov 24, 2026"
    assert i18n.day_in_words(day, "yMMMM") == "November 2026"
    try:
        i18n.install(lambda _context, text: text, "es_US")
        assert i18n.day_in_words(day) == "24 nov 2026"
        assert i18n.day_in_words(day, "MMMMd") == "24 de noviembre"
    finally:
        i18n.install(None)
    assert i18n.locale() == "en_US"
