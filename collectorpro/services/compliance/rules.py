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

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from collectorpro.core.errors import ValidationError
from collectorpro.core.i18n import QT_TRANSLATE_NOOP, translate
from collectorpro.models.enums import ContactMethod
from collectorpro.services.compliance.timezones import (
    CENTRAL,
    EASTERN,
    MOUNTAIN,
    PACIFIC,
    clock_text,
    day_phrase,
    first_instant_within_hours,
    month_abbreviation,
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
class Finding:
    """One rule that stops (block) or qualifies (warning) a contact, in a collector's words."""

    rule: str
    title: str
    reason: str
    citation: str

    def to_json_dict(self) -> dict[str, str]:
        return asdict(self)


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
        warnings.append(_shown(_TIME_ZONE_UNKNOWN))
    if ctx.time_barred:
        warnings.append(_shown(_TIME_BARRED))

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


# --- standing rules: only a change of circumstances lifts them --------------------------------

_CEASE = Finding(
    rule="cease_communication",
    title=QT_TRANSLATE_NOOP("ContactRules", "they asked us to stop contacting them"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor told us in writing to stop contacting them. Only a letter saying we are "
        "stopping, or naming a specific step we will take, may still be sent; ask a manager.",
    ),
    citation="12 CFR 1006.6(c)",
)
_ATTORNEY = Finding(
    rule="attorney_represented",
    title=QT_TRANSLATE_NOOP("ContactRules", "they have a lawyer for this debt"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor has a lawyer for this debt. Contact the lawyer instead, unless the "
        "lawyer doesn't answer in a reasonable time or agrees that we contact the debtor.",
    ),
    citation="12 CFR 1006.6(b)(2)",
)
_BANKRUPTCY = Finding(
    rule="bankruptcy",
    title=QT_TRANSLATE_NOOP("ContactRules", "they filed for bankruptcy"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor is in bankruptcy. The court's automatic stay forbids any collection "
        "contact; pass the account to a manager.",
    ),
    citation="11 U.S.C. 362(a)",
)
_DECEASED = Finding(
    rule="deceased",
    title=QT_TRANSLATE_NOOP("ContactRules", "the debtor has died"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor has died. Don't discuss the debt with relatives; a manager deals with "
        "the executor or administrator of the estate.",
    ),
    citation="12 CFR 1006.6(a)(4)",
)
_DISPUTE = Finding(
    rule="dispute_pending",
    title=QT_TRANSLATE_NOOP("ContactRules", "the debt is disputed"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor disputed the debt. Stop collecting until the verification has been "
        "mailed to them, then close the dispute.",
    ),
    citation="12 CFR 1006.38(d)(2)",
)
_DO_NOT_CALL = Finding(
    rule="do_not_call",
    title=QT_TRANSLATE_NOOP("ContactRules", "they asked us not to call this number"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor asked us not to call or text this number. Use another number or write.",
    ),
    citation="12 CFR 1006.14(h)",
)
_EMAIL_OPT_OUT = Finding(
    rule="email_opt_out",
    title=QT_TRANSLATE_NOOP("ContactRules", "they opted out of email"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor opted out of email at this address. Call or write instead.",
    ),
    citation="12 CFR 1006.6(e)",
)
_NO_PHONE = Finding(
    rule="no_phone",
    title=QT_TRANSLATE_NOOP("ContactRules", "no phone number on file"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "There is no current phone number for the debtor. Add one on the Contact tab, "
        "or write instead.",
    ),
    citation=QT_TRANSLATE_NOOP("ContactRules", "Contact details on file"),
)
_NO_EMAIL = Finding(
    rule="no_email",
    title=QT_TRANSLATE_NOOP("ContactRules", "no email address on file"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "There is no current email address for the debtor. Add one on the Contact tab, "
        "or call or write instead.",
    ),
    citation=QT_TRANSLATE_NOOP("ContactRules", "Contact details on file"),
)
_WORKPLACE = Finding(
    rule="workplace_calls",
    title=QT_TRANSLATE_NOOP("ContactRules", "no calls at their workplace"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "This is a work number and their employer doesn't allow these calls. Use a "
        "personal number or write instead.",
    ),
    citation="12 CFR 1006.6(b)(3)",
)
_TIME_BARRED = Finding(
    rule="time_barred",
    title=QT_TRANSLATE_NOOP("ContactRules", "the debt is too old to sue on"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The time limit to sue on this debt has passed. Use only the time-barred letter "
        "versions, and never say or hint that we could take them to court.",
    ),
    citation="12 CFR 1006.26(b)",
)
_TIME_ZONE_UNKNOWN = Finding(
    rule="time_zone_unknown",
    title=QT_TRANSLATE_NOOP("ContactRules", "their time zone is unknown"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "We don't know the debtor's time zone, so calls and texts are only allowed while it "
        "is 8 am to 9 pm everywhere from Eastern to Pacific time. Add an address or a phone "
        "number to widen the window.",
    ),
    citation="12 CFR 1006.6(b)(1)(i)",
)
_SPOKE_RECENTLY = Finding(
    rule="call_after_conversation",
    title=QT_TRANSLATE_NOOP("ContactRules", "we spoke with them less than 7 days ago"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "We spoke with the debtor by phone about this debt less than 7 days ago. Wait 7 "
        "days after a phone conversation before calling again.",
    ),
    citation="12 CFR 1006.14(b)(2)(ii)",
)
_CALL_FREQUENCY = Finding(
    rule="call_frequency",
    title=QT_TRANSLATE_NOOP("ContactRules", "already called 7 times in 7 days"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "We have already called about this debt 7 times in the last 7 days, the most "
        "allowed. Write instead, or wait until the oldest of those calls is 7 days old.",
    ),
    citation="12 CFR 1006.14(b)(2)(i)",
)
_MASSACHUSETTS_LIMIT = Finding(
    rule="massachusetts_call_limit",
    title=QT_TRANSLATE_NOOP("ContactRules", "already called twice in 7 days (Massachusetts)"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor lives in Massachusetts, where calls and texts (answered or not) are "
        "limited to two in 7 days, and we have reached that.",
    ),
    citation="209 CMR 18.14(1)(d)",  # for agencies; creditors: 940 CMR 7.04(1)(f)
)

# (flag on ContactContext, channels it stops, binds even when enforce=False, finding)
_STANDING_RULES: tuple[tuple[str, frozenset[str], bool, Finding], ...] = (
    ("cease_communication", _ALL_CHANNELS, False, _CEASE),
    ("attorney_represented", _ALL_CHANNELS, False, _ATTORNEY),
    ("bankruptcy", _ALL_CHANNELS, True, _BANKRUPTCY),
    ("deceased", _ALL_CHANNELS, False, _DECEASED),
    ("dispute_pending", _ALL_CHANNELS, False, _DISPUTE),
    ("no_phone", _PHONE_CHANNELS, True, _NO_PHONE),
    ("do_not_call", _PHONE_CHANNELS, False, _DO_NOT_CALL),
    ("no_email", frozenset({ContactMethod.EMAIL}), True, _NO_EMAIL),
    ("email_opt_out", frozenset({ContactMethod.EMAIL}), False, _EMAIL_OPT_OUT),
    ("workplace_calls_blocked", _PHONE_CHANNELS, False, _WORKPLACE),
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
        rules.append(_TimedRule(False, _not_before(lifted), _shown(_CALL_FREQUENCY)))
    if ctx.channel == ContactMethod.CALL and talks:
        lifted = max(talks) + SEVEN_DAYS
        rules.append(_TimedRule(False, _not_before(lifted), _shown(_SPOKE_RECENTLY)))
    # Massachusetts counts texts too: "via telephone, either in person or via text messaging".
    attempts = sorted(
        (c.at.astimezone(UTC) for c in history if c.channel in _PHONE_CHANNELS), reverse=True
    )
    if ctx.state == "MA" and len(attempts) >= MASSACHUSETTS_MAX_PER_SEVEN_DAYS:
        lifted = attempts[MASSACHUSETTS_MAX_PER_SEVEN_DAYS - 1] + SEVEN_DAYS
        finding = _shown(_MASSACHUSETTS_LIMIT)
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


# --- time-barred debts -------------------------------------------------------------------------

# Years to sue on a written contract or open account. Defaults only: an office confirms them
# with counsel and overrides them in Settings (passed in as `table`).
STATUTE_OF_LIMITATIONS_YEARS: Mapping[str, int] = MappingProxyType(
    {
        "AL": 6, "AK": 3, "AZ": 6, "AR": 5, "CA": 4, "CO": 6, "CT": 6, "DE": 3, "DC": 3,
        "FL": 5, "GA": 6, "HI": 6, "ID": 5, "IL": 10, "IN": 6, "IA": 10, "KS": 5, "KY": 10,
        "LA": 10, "ME": 6, "MD": 3, "MA": 6, "MI": 6, "MN": 6, "MS": 3, "MO": 10, "MT": 8,
        "NE": 5, "NV": 6, "NH": 3, "NJ": 6, "NM": 6, "NY": 3, "NC": 3, "ND": 6, "OH": 6,
        "OK": 5, "OR": 6, "PA": 4, "RI": 10, "SC": 3, "SD": 6, "TN": 6, "TX": 4, "UT": 6,
        "VT": 6, "VA": 5, "WA": 6, "WV": 10, "WI": 6, "WY": 10,
    }
)  # fmt: skip


def is_time_barred(
    state: str,
    last_payment_or_delinquency: date,
    today: date,
    table: Mapping[str, int] = STATUTE_OF_LIMITATIONS_YEARS,
) -> bool:
    """True from the anniversary on: erring early keeps a collector from threatening a suit."""
    code = (state or "").strip().upper()
    years = table.get(code)
    if years is None:
        raise ValidationError(
            translate(
                "ContactRules",
                "No time limit to sue is set for the state “{state}”. Add it in Settings.",
            ).format(state=state),
            field="state",
        )
    start = last_payment_or_delinquency
    try:
        barred_on = start.replace(year=start.year + years)
    except ValueError:  # 29 February into a common year
        barred_on = date(start.year + years, 2, 28)
    return today >= barred_on


# --- medical debt on credit reports ------------------------------------------------------------

MEDICAL_REPORTING_MIN_CENTS = 50_000
MEDICAL_REPORTING_WAIT = timedelta(days=365)
_BUREAU_POLICY = QT_TRANSLATE_NOOP(
    "ContactRules", "Equifax, Experian and TransUnion medical-debt reporting policy (2022–2023)"
)


@dataclass(frozen=True)
class ReportingDecision:
    """Whether a medical debt may go to the credit bureaus; earliest_date None means never."""

    allowed: bool
    blocks: tuple[Finding, ...]
    earliest_date: date | None

    def summary(self) -> str:
        if self.allowed:
            return translate("ContactRules", "Credit reporting: allowed")
        if self.earliest_date is None:
            return translate("ContactRules", "Credit reporting: never — {reasons}").format(
                reasons="; ".join(b.title for b in self.blocks)
            )
        d = self.earliest_date
        return translate(
            "ContactRules", "Credit reporting: not before {month} {day}, {year}"
        ).format(month=month_abbreviation(d.month), day=d.day, year=d.year)

    def to_json_dict(self) -> dict[str, object]:
        return {
            "allowed": self.allowed,
            "summary": self.summary(),
            "earliest_date": self.earliest_date.isoformat() if self.earliest_date else None,
            "blocks": [b.to_json_dict() for b in self.blocks],
        }


def may_report_medical_debt(
    first_delinquency: date, original_amount_cents: int, today: date
) -> ReportingDecision:
    """The bureaus drop medical debts under $500 and wait a year from first delinquency."""
    if original_amount_cents < 0:
        raise ValidationError(
            translate("ContactRules", "The original amount can't be negative."), field="amount"
        )
    blocks: list[Finding] = []
    policy = translate("ContactRules", _BUREAU_POLICY)
    earliest: date | None = first_delinquency + MEDICAL_REPORTING_WAIT
    if original_amount_cents < MEDICAL_REPORTING_MIN_CENTS:
        earliest = None
        blocks.append(
            Finding(
                rule="medical_debt_under_500",
                title=translate("ContactRules", "medical debts under $500 are never reported"),
                reason=translate(
                    "ContactRules",
                    "The credit bureaus don't accept medical debts whose original amount "
                    "was under $500.",
                ),
                citation=policy,
            )
        )
    if today < first_delinquency + MEDICAL_REPORTING_WAIT:
        blocks.append(
            Finding(
                rule="medical_debt_one_year",
                title=translate("ContactRules", "wait one year from the first missed payment"),
                reason=translate(
                    "ContactRules",
                    "Medical debt can be reported only once a full year has passed since "
                    "it first became delinquent.",
                ),
                citation=policy,
            )
        )
    return ReportingDecision(allowed=not blocks, blocks=tuple(blocks), earliest_date=earliest)


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
