"""May a collector contact this debtor now, on this channel, and if not, from when?

Pure rules, no database and no Qt: the caller gathers a `ContactContext` (flags on the
account, the debtor's candidate time zones, the recent contact history) and `evaluate` answers
with a `Decision` that the UI shows and the CLI prints as JSON.

Conventions, chosen so that one rule never silently weakens another:

* "Seven days" is 168 elapsed hours, measured on UTC instants, so daylight-saving changes
  don't stretch or shrink a week.
* With several candidate time zones, every one of them must be inside 8 am to 9 pm.
  No known zone at all means "assume every continental zone, Eastern to Pacific" (Arizona's
  clock always lies between Mountain and Pacific, so it changes nothing) plus a warning.
* Only history at or before `at` counts: a contact scheduled for later is not history.
* `enforce=False` is for an office that applies Reg F as good practice rather than law (a
  creditor collecting its own bills): its blocks become warnings, except the bankruptcy stay
  and the Massachusetts call limit, which bind creditors too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.models.enums import ContactMethod
from collectorpro.services.compliance.findings import (
    ATTORNEY,
    BANKRUPTCY,
    CALL_FREQUENCY,
    CEASE,
    DECEASED,
    DISPUTE,
    DO_NOT_CALL,
    EMAIL_OPT_OUT,
    MASSACHUSETTS_LIMIT,
    NO_EMAIL,
    NO_PHONE,
    SPOKE_RECENTLY,
    TIME_BARRED,
    TIME_ZONE_UNKNOWN,
    WORKPLACE,
    Finding,
)
from collectorpro.services.compliance.timezones import (
    CENTRAL,
    EASTERN,
    MOUNTAIN,
    PACIFIC,
    clock_text,
    day_phrase,
    first_instant_within_hours,
    zone_info,
    zone_label,
)

CHANNELS: tuple[ContactMethod, ...] = tuple(ContactMethod)
_PHONE_CHANNELS = frozenset({ContactMethod.CALL, ContactMethod.SMS})
_ALL_CHANNELS = frozenset(CHANNELS)
_CHANNEL_NAMES = {
    ContactMethod.CALL: QT_TRANSLATE_NOOP("ContactRules", "Call"),
    ContactMethod.SMS: QT_TRANSLATE_NOOP("ContactRules", "Text message"),
    ContactMethod.EMAIL: QT_TRANSLATE_NOOP("ContactRules", "Email"),
    ContactMethod.LETTER: QT_TRANSLATE_NOOP("ContactRules", "Letter"),
}

WINDOW_START = time(8, 0)
WINDOW_END = time(21, 0)
SEVEN_DAYS = timedelta(days=7)
MAX_CALLS_PER_SEVEN_DAYS = 7
MASSACHUSETTS_MAX_PER_SEVEN_DAYS = 2
CONTINENTAL_US_TIME_ZONES: tuple[str, ...] = (EASTERN, CENTRAL, MOUNTAIN, PACIFIC)
_MAX_ROUNDS = 64  # a safety net: every timed rule only ever moves forward


@dataclass(frozen=True)
class PastContact:
    """A contact already made on this debt; a voicemail or unanswered call: conversation=False."""

    channel: str
    at: datetime
    conversation: bool = False

    def __post_init__(self) -> None:
        _check_channel(self.channel)
        _check_aware(self.at, "history")


@dataclass(frozen=True)
class ContactContext:
    """Everything the rules need to judge one contact; see the module docstring for `enforce`."""

    channel: str
    at: datetime
    time_zones: tuple[str, ...] = ()
    history: tuple[PastContact, ...] = ()
    state: str | None = None
    cease_communication: bool = False
    attorney_represented: bool = False
    bankruptcy: bool = False
    deceased: bool = False
    dispute_pending: bool = False
    do_not_call: bool = False
    email_opt_out: bool = False
    workplace_number: bool = False
    workplace_calls_forbidden: bool = False
    time_barred: bool = False
    no_phone: bool = False  # no current phone number on file at all
    no_email: bool = False  # no current email address on file at all
    agency: bool = True  # a collection agency (False: an office collecting its own bills)
    enforce: bool = True  # False: blocks are advice (warnings), see the module docstring

    def __post_init__(self) -> None:
        _check_channel(self.channel)
        _check_aware(self.at, "at")
        zones = tuple(self.time_zones)
        for zone in zones:
            zone_info(zone)
        object.__setattr__(self, "time_zones", zones)
        object.__setattr__(self, "history", tuple(self.history))
        state = (self.state or "").strip().upper() or None
        object.__setattr__(self, "state", state)

    @property
    def workplace_calls_blocked(self) -> bool:
        return self.workplace_number and self.workplace_calls_forbidden


@dataclass(frozen=True)
class Decision:
    """The answer for one contact.

    `next_allowed_at` is `at` itself when allowed, the earliest later instant when only the
    clock stands in the way, and None when only a change of circumstances can allow it.
    `time_zones` are the zones that were checked (the conservative set when none was known).
    """

    channel: str
    at: datetime
    allowed: bool
    blocks: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()
    next_allowed_at: datetime | None = None
    time_zones: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line for a status bar: "Call: allowed", "Call: not before 8:00 am tomorrow …"."""
        name = channel_name(self.channel)
        if self.allowed:
            if self.warnings:
                return translate("ContactRules", "{channel}: allowed — note: {notes}").format(
                    channel=name, notes="; ".join(w.title for w in self.warnings)
                )
            return translate("ContactRules", "{channel}: allowed").format(channel=name)
        if self.next_allowed_at is None:
            return translate("ContactRules", "{channel}: not allowed — {reasons}").format(
                channel=name, reasons="; ".join(b.title for b in self.blocks)
            )
        return translate("ContactRules", "{channel}: not before {when}").format(
            channel=name, when=self._when()
        )

    def to_json_dict(self) -> dict[str, object]:
        return {
            "channel": self.channel,
            "at": self.at.isoformat(),
            "allowed": self.allowed,
            "summary": self.summary(),
            "next_allowed_at": (
                self.next_allowed_at.isoformat() if self.next_allowed_at is not None else None
            ),
            "time_zones": list(self.time_zones),
            "blocks": [b.to_json_dict() for b in self.blocks],
            "warnings": [w.to_json_dict() for w in self.warnings],
        }

    def _when(self) -> str:
        assert self.next_allowed_at is not None
        zones = [(zone_info(name), zone_label(name)) for name in self.time_zones]
        parts: list[tuple[str, str, str]] = []  # (clock, day phrase, zone label)
        for zone, label in zones or [(self.next_allowed_at.tzinfo, "")]:
            local = self.next_allowed_at.astimezone(zone)
            day = day_phrase(local.date(), self.at.astimezone(zone).date())
            part = (clock_text(local.time()), day, label)
            if part not in parts:
                parts.append(part)
        if len({(clock, day) for clock, day, _ in parts}) == 1:
            clock, day, _ = parts[0]
            return translate("ContactRules", "{clock} {day} (their time)").format(
                clock=clock, day=day
            )
        clock, day, label = parts[0]
        others = ", ".join(
            translate("ContactRules", "{clock} {day} {zone}").format(clock=c, day=d, zone=lbl)
            if d != day
            else translate("ContactRules", "{clock} {zone}").format(clock=c, zone=lbl)
            for c, d, lbl in parts[1:]
        )
        return translate("ContactRules", "{clock} {day} {zone} time ({others})").format(
            clock=clock, day=day, zone=label, others=others
        )


def evaluate(ctx: ContactContext) -> Decision:
    """Judge one contact against every rule; see the module docstring for the conventions."""
    at = ctx.at.astimezone(UTC)
    phone = ctx.channel in _PHONE_CHANNELS
    zone_names = ctx.time_zones or (CONTINENTAL_US_TIME_ZONES if phone else ())
    zones = tuple(zone_info(z) for z in zone_names)
    history = tuple(c for c in ctx.history if c.at.astimezone(UTC) <= at)

    blocks: list[Finding] = []
    warnings: list[Finding] = []
    blocked_for_good = False
    for flag, channels, always_law, finding in _STANDING_RULES:
        if getattr(ctx, flag) and ctx.channel in channels:
            binding = ctx.enforce or always_law
            (blocks if binding else warnings).append(_shown(finding))
            blocked_for_good = blocked_for_good or binding

    timed = _timed_rules(ctx, at, zones, history)
    for rule in timed:
        if rule.earliest(at) != at:
            (blocks if ctx.enforce or rule.always_law else warnings).append(rule.finding)

    if phone and not ctx.time_zones:
        warnings.append(_shown(TIME_ZONE_UNKNOWN))
    if ctx.time_barred:
        warnings.append(_shown(TIME_BARRED))

    next_at: datetime | None
    if not blocks:
        next_at = ctx.at
    elif blocked_for_good:
        next_at = None
    else:
        binding_rules = [r for r in timed if ctx.enforce or r.always_law]
        found = _earliest_allowed(at, binding_rules)
        next_at = found.astimezone(zones[0] if zones else ctx.at.tzinfo) if found else None
    return Decision(
        channel=ctx.channel,
        at=ctx.at,
        allowed=not blocks,
        blocks=tuple(blocks),
        warnings=tuple(warnings),
        next_allowed_at=next_at,
        time_zones=zone_names,
    )


def channel_name(channel: str) -> str:
    """ "Call", "Text message", "Email" or "Letter" in the interface language."""
    return translate("ContactRules", _CHANNEL_NAMES[channel])


def _shown(finding: Finding) -> Finding:
    """The finding in the interface language (its words are marked where it is defined)."""
    return replace(
        finding,
        title=translate("ContactRules", finding.title),
        reason=translate("ContactRules", finding.reason),
        citation=translate("ContactRules", finding.citation),
    )


# (flag on ContactContext, channels it stops, binds even when enforce=False, finding)
_STANDING_RULES: tuple[tuple[str, frozenset[str], bool, Finding], ...] = (
    ("cease_communication", _ALL_CHANNELS, False, CEASE),
    ("attorney_represented", _ALL_CHANNELS, False, ATTORNEY),
    ("bankruptcy", _ALL_CHANNELS, True, BANKRUPTCY),
    ("deceased", _ALL_CHANNELS, False, DECEASED),
    ("dispute_pending", _ALL_CHANNELS, False, DISPUTE),
    ("no_phone", _PHONE_CHANNELS, True, NO_PHONE),
    ("do_not_call", _PHONE_CHANNELS, False, DO_NOT_CALL),
    ("no_email", frozenset({ContactMethod.EMAIL}), True, NO_EMAIL),
    ("email_opt_out", frozenset({ContactMethod.EMAIL}), False, EMAIL_OPT_OUT),
    ("workplace_calls_blocked", _PHONE_CHANNELS, False, WORKPLACE),
)


# --- timed rules: the clock alone lifts them ---------------------------------------------------


@dataclass(frozen=True)
class _TimedRule:
    """`earliest(t)` is the first instant >= t at which the rule is met (None: never)."""

    always_law: bool
    earliest: Callable[[datetime], datetime | None]
    finding: Finding


def _timed_rules(
    ctx: ContactContext,
    at: datetime,
    zones: tuple[ZoneInfo, ...],
    history: tuple[PastContact, ...],
) -> list[_TimedRule]:
    """Rolling limits count attempts in the 168 hours before t, so each lifts at a fixed time."""
    rules: list[_TimedRule] = []
    if ctx.channel not in _PHONE_CHANNELS:
        return rules
    rules.append(
        _TimedRule(
            always_law=False,
            earliest=lambda t: first_instant_within_hours(t, zones, WINDOW_START, WINDOW_END),
            finding=_inconvenient_time(at, zones),
        )
    )
    calls = sorted(
        (c.at.astimezone(UTC) for c in history if c.channel == ContactMethod.CALL), reverse=True
    )
    talks = [
        c.at.astimezone(UTC) for c in history if c.channel == ContactMethod.CALL and c.conversation
    ]
    if ctx.channel == ContactMethod.CALL and len(calls) >= MAX_CALLS_PER_SEVEN_DAYS:
        lifted = calls[MAX_CALLS_PER_SEVEN_DAYS - 1] + SEVEN_DAYS
        rules.append(_TimedRule(False, _not_before(lifted), _shown(CALL_FREQUENCY)))
    if ctx.channel == ContactMethod.CALL and talks:
        lifted = max(talks) + SEVEN_DAYS
        rules.append(_TimedRule(False, _not_before(lifted), _shown(SPOKE_RECENTLY)))
    # Massachusetts counts texts too: "via telephone, either in person or via text messaging".
    attempts = sorted(
        (c.at.astimezone(UTC) for c in history if c.channel in _PHONE_CHANNELS), reverse=True
    )
    if ctx.state == "MA" and len(attempts) >= MASSACHUSETTS_MAX_PER_SEVEN_DAYS:
        lifted = attempts[MASSACHUSETTS_MAX_PER_SEVEN_DAYS - 1] + SEVEN_DAYS
        finding = _shown(MASSACHUSETTS_LIMIT)
        if not ctx.agency:
            finding = replace(finding, citation="940 CMR 7.04(1)(f)")
        rules.append(_TimedRule(True, _not_before(lifted), finding))
    return rules


def _inconvenient_time(at: datetime, zones: tuple[ZoneInfo, ...]) -> Finding:
    if first_instant_within_hours(at, zones, WINDOW_START, WINDOW_END) is None:
        reason = translate(
            "ContactRules",
            "The debtor's possible time zones never share an hour between 8 am and 9 pm, so "
            "calls and texts can't be placed. Confirm where they live.",
        )
    elif len(zones) == 1:
        reason = translate(
            "ContactRules",
            "It is {clock} their time. Calls and texts are only allowed from 8 am to 9 pm "
            "their time.",
        ).format(clock=clock_text(at.astimezone(zones[0]).time()))
    else:
        clocks = " / ".join(
            dict.fromkeys(
                translate("ContactRules", "{clock} {zone}").format(
                    clock=clock_text(at.astimezone(z).time()), zone=zone_label(z.key)
                )
                for z in zones
            )
        )
        reason = translate(
            "ContactRules",
            "It is {clocks} time where the debtor might be. Calls and texts are only allowed "
            "from 8 am to 9 pm in every time zone they might be in.",
        ).format(clocks=clocks)
    return Finding(
        rule="inconvenient_time",
        title=translate("ContactRules", "too early or too late their time"),
        reason=reason,
        citation="12 CFR 1006.6(b)(1)(i)",
    )


def _not_before(limit: datetime) -> Callable[[datetime], datetime]:
    return lambda t: max(t, limit)


def _earliest_allowed(at: datetime, rules: list[_TimedRule]) -> datetime | None:
    """Push t forward past each rule in turn until no rule moves it (every rule is monotone)."""
    t = at
    for _ in range(_MAX_ROUNDS):
        start = t
        for rule in rules:
            found = rule.earliest(t)
            if found is None:
                return None
            t = found
        if t == start:
            return t
    return None


# --- small helpers -----------------------------------------------------------------------------


def _check_channel(channel: str) -> None:
    if channel not in _ALL_CHANNELS:
        raise ValidationError(
            translate(
                "ContactRules",
                "“{channel}” is not a way to contact someone: use call, sms, email or letter.",
            ).format(channel=channel),
            field="channel",
        )


def _check_aware(moment: datetime, field: str) -> None:
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise ValidationError(
            translate("ContactRules", "A contact time must include its time zone."), field=field
        )
