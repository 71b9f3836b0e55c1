"""The compliance engine: a table of scenarios per rule and its edges, then properties."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collectorpro.core.errors import ValidationError
from collectorpro.services.compliance import rules as compliance
from collectorpro.services.compliance import timezones
from collectorpro.services.compliance.rules import (
    CHANNELS,
    ContactContext,
    Decision,
    PastContact,
    evaluate,
)
from collectorpro.services.compliance.time_limits import (
    STATUTE_OF_LIMITATIONS_YEARS,
    is_time_barred,
    may_report_medical_debt,
)

ET = "America/New_York"
PT = "America/Los_Angeles"
NY = ZoneInfo(ET)
EASTERN_ONLY = (ET,)


def et(month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A 2026 wall-clock time in New York."""
    return datetime(2026, month, day, hour, minute, second, tzinfo=NY)


def calls(*moments: datetime, conversation: bool = False) -> tuple[PastContact, ...]:
    return tuple(PastContact("call", m, conversation) for m in moments)


# Seven calls, one a day at 10 am, 18–24 November: the oldest leaves the window on 25 Nov 10 am.
WEEK_OF_CALLS = calls(*(et(11, d, 10) for d in range(18, 25)))
NOON = et(11, 24, 12)


def ctx(channel: str = "call", at: datetime = NOON, **kw: Any) -> ContactContext:
    kw.setdefault("time_zones", EASTERN_ONLY)
    return ContactContext(channel=channel, at=at, **kw)


def rules(findings: tuple) -> list[str]:
    return [f.rule for f in findings]


# Each row: the context, allowed, blocking rules, warning rules, next_allowed_at (None: never;
# when allowed it must equal `at`).
SCENARIOS = [
    # --- inconvenient time, one zone --------------------------------------------------------
    pytest.param(
        ctx(at=et(11, 24, 7, 59)), False, ["inconvenient_time"], [], et(11, 24, 8), id="07:59"
    ),
    pytest.param(ctx(at=et(11, 24, 8)), True, [], [], et(11, 24, 8), id="08:00"),
    pytest.param(ctx(at=et(11, 24, 20, 59)), True, [], [], et(11, 24, 20, 59), id="20:59"),
    pytest.param(
        ctx(at=et(11, 24, 20, 59, 59)), True, [], [], et(11, 24, 20, 59, 59), id="20:59:59"
    ),
    pytest.param(
        ctx(at=et(11, 24, 21)), False, ["inconvenient_time"], [], et(11, 25, 8), id="21:00"
    ),
    pytest.param(
        ctx(at=et(11, 24, 21, 1)), False, ["inconvenient_time"], [], et(11, 25, 8), id="21:01"
    ),
    pytest.param(
        ctx("sms", at=et(11, 24, 21, 1)),
        False,
        ["inconvenient_time"],
        [],
        et(11, 25, 8),
        id="sms-21:01",
    ),
    pytest.param(
        ctx("email", at=et(11, 24, 23, 30)), True, [], [], et(11, 24, 23, 30), id="email-at-night"
    ),
    pytest.param(
        ctx("letter", at=et(11, 24, 3)), True, [], [], et(11, 24, 3), id="letter-at-night"
    ),
    pytest.param(
        ctx(at=datetime(2026, 11, 25, 2, 5, tzinfo=UTC)),
        False,
        ["inconvenient_time"],
        [],
        et(11, 25, 8),
        id="at-given-in-utc",
    ),
    # --- daylight saving: 8 March 2026 spring forward, 1 November 2026 fall back ------------
    pytest.param(
        ctx(at=datetime(2026, 3, 8, 5, 30, tzinfo=UTC)),  # 00:30 EST
        False,
        ["inconvenient_time"],
        [],
        datetime(2026, 3, 8, 12, tzinfo=UTC),
        id="dst-spring-night",
    ),
    pytest.param(
        ctx(at=datetime(2026, 3, 8, 2, 30, tzinfo=UTC)),  # 21:30 EST on the 7th
        False,
        ["inconvenient_time"],
        [],
        et(3, 8, 8),
        id="dst-spring-evening-before",
    ),
    pytest.param(
        ctx(at=et(3, 8, 7, 59)),
        False,
        ["inconvenient_time"],
        [],
        et(3, 8, 8),
        id="dst-spring-07:59",
    ),
    pytest.param(
        ctx(at=datetime(2026, 3, 8, 12, tzinfo=UTC)),
        True,
        [],
        [],
        et(3, 8, 8),
        id="dst-spring-08:00",
    ),
    pytest.param(
        ctx(at=datetime(2026, 11, 1, 1, 30, tzinfo=UTC)),  # 21:30 EDT on 31 October
        False,
        ["inconvenient_time"],
        [],
        datetime(2026, 11, 1, 13, tzinfo=UTC),
        id="dst-fall-evening-before",
    ),
    pytest.param(
        ctx(at=datetime(2026, 11, 1, 12, 59, tzinfo=UTC)),  # 07:59 EST
        False,
        ["inconvenient_time"],
        [],
        et(11, 1, 8),
        id="dst-fall-07:59",
    ),
    pytest.param(
        ctx(at=datetime(2026, 11, 1, 13, tzinfo=UTC)),
        True,
        [],
        [],
        et(11, 1, 8),
        id="dst-fall-08:00",
    ),
    pytest.param(
        ctx(at=datetime(2026, 11, 1, 12, 30, tzinfo=UTC)),  # 08:30 EDT would be allowed: not today
        False,
        ["inconvenient_time"],
        [],
        et(11, 1, 8),
        id="dst-fall-not-summer-clock",
    ),
    # --- several zones: every one must be inside the hours ----------------------------------
    pytest.param(
        ctx(at=et(11, 24, 21, 5), time_zones=(PT,)),
        True,
        [],
        [],
        et(11, 24, 21, 5),
        id="headline-california",
    ),
    pytest.param(
        ctx(at=et(11, 24, 21, 5)),
        False,
        ["inconvenient_time"],
        [],
        et(11, 25, 8),
        id="headline-new-york",
    ),
    pytest.param(
        ctx(at=et(11, 24, 10, 59), time_zones=(ET, PT)),
        False,
        ["inconvenient_time"],
        [],
        et(11, 24, 11),
        id="two-zones-07:59-pacific",
    ),
    pytest.param(
        ctx(at=et(11, 24, 11), time_zones=(ET, PT)),
        True,
        [],
        [],
        et(11, 24, 11),
        id="two-zones-08:00-pacific",
    ),
    pytest.param(
        ctx(at=et(11, 24, 20, 59), time_zones=(PT, ET)),
        True,
        [],
        [],
        et(11, 24, 20, 59),
        id="two-zones-20:59-eastern",
    ),
    pytest.param(
        ctx(at=et(11, 24, 21), time_zones=(ET, PT)),
        False,
        ["inconvenient_time"],
        [],
        et(11, 25, 11),
        id="two-zones-21:00-eastern",
    ),
    pytest.param(
        ctx(at=et(11, 24, 10), time_zones=(ET, "Pacific/Honolulu")),
        False,
        ["inconvenient_time"],
        [],
        et(11, 24, 13),
        id="eastern-and-hawaii",
    ),
    pytest.param(
        ctx(at=et(11, 24, 10, 59), time_zones=()),
        False,
        ["inconvenient_time"],
        ["time_zone_unknown"],
        et(11, 24, 11),
        id="unknown-zone-conservative",
    ),
    pytest.param(
        ctx(at=et(11, 24, 11), time_zones=()),
        True,
        [],
        ["time_zone_unknown"],
        et(11, 24, 11),
        id="unknown-zone-inside",
    ),
    pytest.param(
        ctx("email", at=et(11, 24, 23), time_zones=()),
        True,
        [],
        [],
        et(11, 24, 23),
        id="unknown-zone-email",
    ),
    pytest.param(
        ctx(
            at=datetime(2026, 1, 15, 12, tzinfo=UTC),
            time_zones=("Europe/London", "Asia/Shanghai", PT),
        ),
        False,
        ["inconvenient_time"],
        [],
        None,
        id="zones-never-share-an-hour",
    ),
    # --- seven calls in seven days -----------------------------------------------------------
    pytest.param(ctx(history=WEEK_OF_CALLS[1:]), True, [], [], NOON, id="7th-attempt"),
    pytest.param(
        ctx(history=WEEK_OF_CALLS), False, ["call_frequency"], [], et(11, 25, 10), id="8th-attempt"
    ),
    pytest.param(
        ctx(at=et(11, 25, 9, 59), history=WEEK_OF_CALLS),
        False,
        ["call_frequency"],
        [],
        et(11, 25, 10),
        id="8th-one-minute-early",
    ),
    pytest.param(
        ctx(at=et(11, 25, 10), history=WEEK_OF_CALLS),
        True,
        [],
        [],
        et(11, 25, 10),
        id="window-rolled-forward",
    ),
    pytest.param(
        ctx(history=calls(et(11, 17, 10)) + WEEK_OF_CALLS[1:]),
        True,
        [],
        [],
        NOON,
        id="oldest-of-seven-already-out",
    ),
    pytest.param(
        ctx(history=calls(et(11, 17, 23, 30)) + WEEK_OF_CALLS[1:]),
        False,
        ["call_frequency"],
        [],
        et(11, 25, 8),
        id="lifts-at-night-so-next-morning",
    ),
    pytest.param(
        ctx(at=et(11, 24, 22), history=calls(et(11, 18, 9)) + WEEK_OF_CALLS[1:]),
        False,
        ["inconvenient_time", "call_frequency"],
        [],
        et(11, 25, 9),
        id="night-and-frequency",
    ),
    pytest.param(
        ctx(history=WEEK_OF_CALLS[1:] + calls(et(11, 24, 12, 30))),
        True,
        [],
        [],
        NOON,
        id="later-history-ignored",
    ),
    pytest.param(
        ctx("sms", history=WEEK_OF_CALLS),
        True,
        [],
        [],
        NOON,
        id="texts-not-limited-by-call-count",
    ),
    pytest.param(
        ctx(history=tuple(PastContact("sms", et(11, d, 10)) for d in range(18, 25))),
        True,
        [],
        [],
        NOON,
        id="texts-dont-count-as-calls",
    ),
    # --- a telephone conversation: no call for seven days -----------------------------------
    pytest.param(
        ctx(history=calls(et(11, 20, 15), conversation=True)),
        False,
        ["call_after_conversation"],
        [],
        et(11, 27, 15),
        id="conversation-plus-7",
    ),
    pytest.param(
        ctx(at=et(11, 27, 14, 59), history=calls(et(11, 20, 15), conversation=True)),
        False,
        ["call_after_conversation"],
        [],
        et(11, 27, 15),
        id="conversation-day-7-early",
    ),
    pytest.param(
        ctx(at=et(11, 27, 15), history=calls(et(11, 20, 15), conversation=True)),
        True,
        [],
        [],
        et(11, 27, 15),
        id="conversation-day-7",
    ),
    pytest.param(
        ctx(at=et(11, 24, 12), history=calls(et(10, 28, 10), conversation=True)),
        True,
        [],
        [],
        et(11, 24, 12),
        id="old-conversation",
    ),
    pytest.param(
        ctx(at=et(10, 30, 12), history=calls(et(10, 28, 10), conversation=True)),
        False,
        ["call_after_conversation"],
        [],
        et(11, 4, 9),
        id="conversation-across-dst-168-hours",
    ),
    pytest.param(
        ctx("sms", history=calls(et(11, 20, 15), conversation=True)),
        True,
        [],
        [],
        NOON,
        id="text-after-conversation",
    ),
    pytest.param(
        ctx(history=(PastContact("sms", et(11, 23, 9), conversation=True),)),
        True,
        [],
        [],
        NOON,
        id="text-exchange-is-not-a-phone-conversation",
    ),
    pytest.param(
        ctx(
            history=calls(*(et(11, 18, 21, 30) + timedelta(hours=i) for i in range(7)))
            + calls(et(11, 19, 21, 15), conversation=True)
        ),
        False,
        ["call_frequency", "call_after_conversation"],
        [],
        et(11, 27, 8),
        id="rules-push-each-other-until-stable",
    ),
    # --- Massachusetts: two calls or texts in seven days ------------------------------------
    pytest.param(
        ctx(state="MA", history=calls(et(11, 20, 10))), True, [], [], NOON, id="ma-2nd-call"
    ),
    pytest.param(
        ctx(state="MA", history=calls(et(11, 20, 10), et(11, 22, 10))),
        False,
        ["massachusetts_call_limit"],
        [],
        et(11, 27, 10),
        id="ma-3rd-call",
    ),
    pytest.param(
        ctx(
            "sms", state="ma", history=(*calls(et(11, 20, 10)), PastContact("sms", et(11, 22, 10)))
        ),
        False,
        ["massachusetts_call_limit"],
        [],
        et(11, 27, 10),
        id="ma-texts-count",
    ),
    pytest.param(
        ctx(state="MA", history=calls(et(11, 16, 10), et(11, 22, 10))),
        True,
        [],
        [],
        NOON,
        id="ma-window-rolled",
    ),
    pytest.param(
        ctx("email", state="MA", history=calls(et(11, 20, 10), et(11, 22, 10))),
        True,
        [],
        [],
        NOON,
        id="ma-email-unaffected",
    ),
    pytest.param(
        ctx(state="NY", history=calls(et(11, 20, 10), et(11, 22, 10))),
        True,
        [],
        [],
        NOON,
        id="not-ma",
    ),
    # --- flags that stop one channel --------------------------------------------------------
    pytest.param(ctx(do_not_call=True), False, ["do_not_call"], [], None, id="dnc-call"),
    pytest.param(ctx("sms", do_not_call=True), False, ["do_not_call"], [], None, id="dnc-sms"),
    pytest.param(ctx("letter", do_not_call=True), True, [], [], NOON, id="dnc-letter"),
    pytest.param(
        ctx("email", email_opt_out=True), False, ["email_opt_out"], [], None, id="email-opt-out"
    ),
    pytest.param(ctx(email_opt_out=True), True, [], [], NOON, id="email-opt-out-call"),
    pytest.param(
        ctx(workplace_number=True, workplace_calls_forbidden=True),
        False,
        ["workplace_calls"],
        [],
        None,
        id="workplace-forbidden",
    ),
    pytest.param(
        ctx("sms", workplace_number=True, workplace_calls_forbidden=True),
        False,
        ["workplace_calls"],
        [],
        None,
        id="workplace-forbidden-sms",
    ),
    pytest.param(
        ctx("letter", workplace_number=True, workplace_calls_forbidden=True),
        True,
        [],
        [],
        NOON,
        id="workplace-forbidden-letter",
    ),
    pytest.param(ctx(workplace_number=True), True, [], [], NOON, id="workplace-allowed"),
    pytest.param(ctx(workplace_calls_forbidden=True), True, [], [], NOON, id="personal-number"),
    pytest.param(ctx(time_barred=True), True, [], ["time_barred"], NOON, id="time-barred-call"),
    pytest.param(
        ctx("letter", time_barred=True), True, [], ["time_barred"], NOON, id="time-barred-letter"
    ),
    # --- standing flags beat the clock: nothing but a change of circumstances helps ---------
    pytest.param(
        ctx(at=et(11, 24, 22), cease_communication=True, history=WEEK_OF_CALLS),
        False,
        ["cease_communication", "inconvenient_time", "call_frequency"],
        [],
        None,
        id="cease-and-night",
    ),
    pytest.param(
        ctx(bankruptcy=True, deceased=True, time_barred=True),
        False,
        ["bankruptcy", "deceased"],
        ["time_barred"],
        None,
        id="several-flags",
    ),
    # --- enforce=False: advice, except the bankruptcy stay and Massachusetts ----------------
    pytest.param(
        ctx(cease_communication=True, enforce=False),
        True,
        [],
        ["cease_communication"],
        NOON,
        id="best-practice-cease",
    ),
    pytest.param(
        ctx(at=et(11, 24, 21, 30), enforce=False),
        True,
        [],
        ["inconvenient_time"],
        et(11, 24, 21, 30),
        id="best-practice-night",
    ),
    pytest.param(
        ctx(bankruptcy=True, enforce=False),
        False,
        ["bankruptcy"],
        [],
        None,
        id="best-practice-bankruptcy",
    ),
    pytest.param(
        ctx(
            at=et(11, 24, 22),
            state="MA",
            enforce=False,
            agency=False,
            history=calls(et(11, 20, 23), et(11, 22, 10)),
        ),
        False,
        ["massachusetts_call_limit"],
        ["inconvenient_time"],
        et(11, 27, 23),
        id="best-practice-ma-creditor",
    ),
]


@pytest.mark.parametrize(("context", "allowed", "blocks", "warnings", "next_at"), SCENARIOS)
def test_scenario(
    context: ContactContext,
    allowed: bool,
    blocks: list[str],
    warnings: list[str],
    next_at: datetime | None,
) -> None:
    decision = evaluate(context)
    assert decision.allowed is allowed
    assert rules(decision.blocks) == blocks
    assert rules(decision.warnings) == warnings
    assert decision.next_allowed_at == next_at
    if next_at is not None:
        assert decision.next_allowed_at is not None
        assert decision.next_allowed_at.utcoffset() is not None


STANDING_FLAGS = [
    ("cease_communication", "12 CFR 1006.6(c)"),
    ("attorney_represented", "12 CFR 1006.6(b)(2)"),
    ("bankruptcy", "11 U.S.C. 362(a)"),
    ("deceased", "12 CFR 1006.6(a)(4)"),
    ("dispute_pending", "12 CFR 1006.38(d)(2)"),
]


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize(("flag", "citation"), STANDING_FLAGS)
def test_standing_flags_block_every_channel(flag: str, citation: str, channel: str) -> None:
    decision = evaluate(ctx(channel, **{flag: True}))
    assert not decision.allowed
    assert decision.next_allowed_at is None
    (block,) = decision.blocks
    assert (block.rule, block.citation) == (flag, citation)
    assert block.reason.endswith(".") and len(block.reason) > 40


def test_headline_new_york_at_9_05_pm() -> None:
    decision = evaluate(ctx(at=et(11, 24, 21, 5)))
    assert decision.next_allowed_at == datetime(2026, 11, 25, 8, tzinfo=NY)
    assert str(decision.next_allowed_at.tzinfo) == ET  # shown in the debtor's zone
    assert decision.summary() == "Call: not before 8:00 am tomorrow (their time)"
    assert "9:05 pm their time" in decision.blocks[0].reason
    assert decision.blocks[0].citation == "12 CFR 1006.6(b)(1)(i)"


def test_headline_california_at_9_05_pm() -> None:
    decision = evaluate(ctx(at=et(11, 24, 21, 5), time_zones=(PT,)))
    assert decision.summary() == "Call: allowed"


def test_cease_communication_explains_itself() -> None:
    decision = evaluate(ctx(cease_communication=True))
    assert decision.summary() == "Call: not allowed — they asked us to stop contacting them"
    assert "stop contacting" in decision.blocks[0].reason
    assert decision.next_allowed_at is None


@pytest.mark.parametrize(
    ("context", "text"),
    [
        pytest.param(
            ctx(at=et(11, 24, 7)), "Call: not before 8:00 am today (their time)", id="today"
        ),
        pytest.param(
            ctx("sms", history=WEEK_OF_CALLS, state="MA"),
            "Text message: not before 10:00 am on Monday, Nov 30 (their time)",
            id="later-day",
        ),
        pytest.param(
            ctx(at=et(11, 24, 21, 5), time_zones=(ET, PT)),
            "Call: not before 11:00 am tomorrow Eastern time (8:00 am Pacific)",
            id="two-zones",
        ),
        pytest.param(
            ctx(at=et(12, 31, 22), history=calls(et(12, 30, 9), conversation=True)),
            "Call: not before 9:00 am on Wednesday, Jan 6, 2027 (their time)",
            id="next-year",
        ),
        pytest.param(
            ctx("letter", time_barred=True),
            "Letter: allowed — note: the debt is too old to sue on",
            id="allowed-with-warning",
        ),
        pytest.param(
            ctx("email", email_opt_out=True, dispute_pending=True),
            "Email: not allowed — the debt is disputed; they opted out of email",
            id="never",
        ),
    ],
)
def test_summary(context: ContactContext, text: str) -> None:
    assert evaluate(context).summary() == text


def test_massachusetts_citation_depends_on_who_collects() -> None:
    history = calls(et(11, 20, 10), et(11, 22, 10))
    agency = evaluate(ctx(state="MA", history=history))
    creditor = evaluate(ctx(state="MA", history=history, agency=False))
    assert agency.blocks[0].citation == "209 CMR 18.14(1)(d)"
    assert creditor.blocks[0].citation == "940 CMR 7.04(1)(f)"


def test_call_rule_citations() -> None:
    frequency = evaluate(ctx(history=WEEK_OF_CALLS))
    talk = evaluate(ctx(history=calls(et(11, 23, 9), conversation=True)))
    assert frequency.blocks[0].citation == "12 CFR 1006.14(b)(2)(i)"
    assert talk.blocks[0].citation == "12 CFR 1006.14(b)(2)(ii)"


def test_json_for_the_cli() -> None:
    decision = evaluate(ctx(at=et(11, 24, 21, 5), time_barred=True))
    data = json.loads(json.dumps(decision.to_json_dict()))
    assert data["allowed"] is False
    assert data["next_allowed_at"] == "2026-11-25T08:00:00-05:00"
    assert data["summary"] == decision.summary()
    assert data["blocks"][0]["rule"] == "inconvenient_time"
    assert data["warnings"][0]["citation"] == "12 CFR 1006.26(b)"
    assert data["time_zones"] == [ET]
    never = evaluate(ctx(deceased=True)).to_json_dict()
    assert never["next_allowed_at"] is None


def test_context_normalises_and_validates() -> None:
    context = ContactContext(
        "call", NOON, time_zones=[ET], history=list(WEEK_OF_CALLS), state=" ma "
    )
    assert context.time_zones == (ET,)
    assert isinstance(context.history, tuple)
    assert context.state == "MA"
    hash(context)  # frozen and usable as a cache key
    assert ContactContext("call", NOON, state="  ").state is None


@pytest.mark.parametrize(
    ("make", "field"),
    [
        pytest.param(lambda: ContactContext("fax", NOON), "channel", id="channel"),
        pytest.param(lambda: ContactContext("call", datetime(2026, 11, 24, 12)), "at", id="naive"),
        pytest.param(lambda: ContactContext("call", NOON, ("Eastern",)), "time_zones", id="zone"),
        pytest.param(lambda: PastContact("call", datetime(2026, 11, 24)), "history", id="history"),
        pytest.param(lambda: PastContact("visit", NOON), "channel", id="history-channel"),
    ],
)
def test_invalid_input_is_refused_in_plain_words(make: Any, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        make()
    assert err.value.field == field


def test_engine_is_pure() -> None:
    """No Qt behind the rules, and no database in these modules: pure in, pure out."""
    code = (
        "import sys, collectorpro.services.compliance.rules\n"
        "import collectorpro.services.compliance.timezones\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
    for module in (compliance, timezones):
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        imported = {
            n.name for node in ast.walk(tree) if isinstance(node, ast.Import) for n in node.names
        }
        imported |= {
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        }
        assert not {m for m in imported if m.split(".")[0] in ("PySide6", "sqlalchemy")}


# --- statute of limitations ------------------------------------------------------------------


def test_limitations_table_covers_every_state_and_dc() -> None:
    assert len(STATUTE_OF_LIMITATIONS_YEARS) == 51
    assert "DC" in STATUTE_OF_LIMITATIONS_YEARS
    assert all(2 <= y <= 15 for y in STATUTE_OF_LIMITATIONS_YEARS.values())
    with pytest.raises(TypeError):
        STATUTE_OF_LIMITATIONS_YEARS["NY"] = 20  # type: ignore[index]


@pytest.mark.parametrize(
    ("state", "start", "today", "barred"),
    [
        pytest.param("NY", date(2020, 1, 15), date(2023, 1, 14), False, id="day-before"),
        pytest.param("NY", date(2020, 1, 15), date(2023, 1, 15), True, id="anniversary"),
        pytest.param("ny ", date(2020, 1, 15), date(2030, 1, 1), True, id="normalised"),
        pytest.param("CA", date(2022, 6, 1), date(2026, 5, 31), False, id="california-4"),
        pytest.param("CA", date(2022, 6, 1), date(2026, 6, 1), True, id="california-4-reached"),
        pytest.param("NY", date(2020, 2, 29), date(2023, 2, 27), False, id="leap-day-before"),
        pytest.param("NY", date(2020, 2, 29), date(2023, 2, 28), True, id="leap-day"),
        pytest.param("TX", date(2026, 1, 1), date(2025, 1, 1), False, id="future-start"),
    ],
)
def test_is_time_barred(state: str, start: date, today: date, barred: bool) -> None:
    assert is_time_barred(state, start, today) is barred


def test_is_time_barred_with_office_table_and_unknown_state() -> None:
    assert is_time_barred("NY", date(2020, 1, 1), date(2021, 1, 1), table={"NY": 1})
    with pytest.raises(ValidationError) as err:
        is_time_barred("ZZ", date(2020, 1, 1), date(2026, 1, 1))
    assert err.value.field == "state"
    with pytest.raises(ValidationError):
        is_time_barred("CA", date(2020, 1, 1), date(2026, 1, 1), table={"NY": 3})


# --- medical debt on credit reports ----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "cents", "today", "allowed", "block_rules", "earliest", "text"),
    [
        pytest.param(
            date(2025, 1, 10),
            50_000,
            date(2026, 1, 10),
            True,
            [],
            date(2026, 1, 10),
            "Credit reporting: allowed",
            id="exactly-365-days-and-500",
        ),
        pytest.param(
            date(2025, 1, 10),
            50_000,
            date(2026, 1, 9),
            False,
            ["medical_debt_one_year"],
            date(2026, 1, 10),
            "Credit reporting: not before Jan 10, 2026",
            id="one-day-early",
        ),
        pytest.param(
            date(2024, 1, 10),
            80_000,
            date(2025, 1, 8),
            False,
            ["medical_debt_one_year"],
            date(2025, 1, 9),
            "Credit reporting: not before Jan 9, 2025",
            id="leap-year-365-days",
        ),
        pytest.param(
            date(2020, 1, 10),
            49_999,
            date(2026, 1, 10),
            False,
            ["medical_debt_under_500"],
            None,
            "Credit reporting: never — medical debts under $500 are never reported",
            id="under-500",
        ),
        pytest.param(
            date(2026, 1, 10),
            100,
            date(2026, 2, 1),
            False,
            ["medical_debt_under_500", "medical_debt_one_year"],
            None,
            "Credit reporting: never — medical debts under $500 are never reported; "
            "wait one year from the first missed payment",
            id="both",
        ),
    ],
)
def test_may_report_medical_debt(
    first: date,
    cents: int,
    today: date,
    allowed: bool,
    block_rules: list[str],
    earliest: date | None,
    text: str,
) -> None:
    result = may_report_medical_debt(first, cents, today)
    assert result.allowed is allowed
    assert rules(result.blocks) == block_rules
    assert result.earliest_date == earliest
    assert result.summary() == text
    assert json.loads(json.dumps(result.to_json_dict()))["allowed"] is allowed


def test_medical_debt_refuses_negative_amounts() -> None:
    with pytest.raises(ValidationError):
        may_report_medical_debt(date(2025, 1, 1), -1, date(2026, 6, 1))


# --- properties ------------------------------------------------------------------------------

US_ZONES = [
    ET,
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    PT,
    "America/Anchorage",
    "Pacific/Honolulu",
]
BASE = datetime(2026, 1, 1, tzinfo=UTC)
moments = st.integers(0, 3 * 365 * 24 * 60).map(lambda m: BASE + timedelta(minutes=m))


@st.composite
def contexts(draw: st.DrawFn) -> ContactContext:
    at = draw(moments)
    zones = tuple(draw(st.lists(st.sampled_from(US_ZONES), max_size=3, unique=True)))
    ages = draw(st.lists(st.integers(1, 10 * 24 * 60), max_size=12))
    history = tuple(
        PastContact(
            draw(st.sampled_from(["call", "call", "call", "sms", "letter"])),
            at - timedelta(minutes=age),
            draw(st.booleans()),
        )
        for age in ages
    )
    return ContactContext(
        channel=draw(st.sampled_from(CHANNELS)),
        at=at,
        time_zones=zones,
        history=history,
        state=draw(st.sampled_from([None, "NY", "MA"])),
        do_not_call=draw(st.booleans()) and draw(st.booleans()),
        time_barred=draw(st.booleans()),
        agency=draw(st.booleans()),
        enforce=draw(st.sampled_from([True, True, True, False])),
    )


@settings(max_examples=300, deadline=None)
@given(contexts())
def test_next_allowed_at_is_the_earliest_allowed_instant(context: ContactContext) -> None:
    decision = evaluate(context)
    assert decision.allowed == (not decision.blocks)
    if decision.allowed:
        assert decision.next_allowed_at == context.at
        return
    if decision.next_allowed_at is None:
        return
    later = decision.next_allowed_at
    assert later > context.at
    assert evaluate(replace(context, at=later)).allowed
    just_before = later - timedelta(seconds=1)
    if just_before >= context.at:
        assert not evaluate(replace(context, at=just_before)).allowed


@settings(max_examples=300, deadline=None)
@given(moments, st.lists(st.sampled_from(US_ZONES), min_size=1, max_size=3, unique=True))
def test_quiet_hours_match_every_local_clock(at: datetime, zones: list[str]) -> None:
    """With no history, a call is allowed exactly when every candidate clock reads 8:00–20:59."""
    decision = evaluate(ContactContext("call", at, tuple(zones)))
    inside = all(8 <= at.astimezone(ZoneInfo(z)).hour < 21 for z in zones)
    assert decision.allowed is inside
    assert isinstance(decision, Decision)
    json.dumps(decision.to_json_dict())
