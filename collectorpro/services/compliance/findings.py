"""The findings of the contact rules: each rule's title, reason and citation, in a collector's
words (marked for translation; ``rules`` shows them in the interface language).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from collectorpro.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "ATTORNEY",
    "BANKRUPTCY",
    "CALL_FREQUENCY",
    "CEASE",
    "DECEASED",
    "DISPUTE",
    "DO_NOT_CALL",
    "EMAIL_OPT_OUT",
    "MASSACHUSETTS_LIMIT",
    "NO_EMAIL",
    "NO_PHONE",
    "SPOKE_RECENTLY",
    "TIME_BARRED",
    "TIME_ZONE_UNKNOWN",
    "WORKPLACE",
    "Finding",
]


@dataclass(frozen=True)
class Finding:
    """One rule that stops (block) or qualifies (warning) a contact, in a collector's words."""

    rule: str
    title: str
    reason: str
    citation: str

    def to_json_dict(self) -> dict[str, str]:
        return asdict(self)


# --- standing rules: only a change of circumstances lifts them --------------------------------

CEASE = Finding(
    rule="cease_communication",
    title=QT_TRANSLATE_NOOP("ContactRules", "they asked us to stop contacting them"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor told us in writing to stop contacting them. Only a letter saying we are "
        "stopping, or naming a specific step we will take, may still be sent; ask a manager.",
    ),
    citation="12 CFR 1006.6(c)",
)
ATTORNEY = Finding(
    rule="attorney_represented",
    title=QT_TRANSLATE_NOOP("ContactRules", "they have a lawyer for this debt"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor has a lawyer for this debt. Contact the lawyer instead, unless the "
        "lawyer doesn't answer in a reasonable time or agrees that we contact the debtor.",
    ),
    citation="12 CFR 1006.6(b)(2)",
)
BANKRUPTCY = Finding(
    rule="bankruptcy",
    title=QT_TRANSLATE_NOOP("ContactRules", "they filed for bankruptcy"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor is in bankruptcy. The court's automatic stay forbids any collection "
        "contact; pass the account to a manager.",
    ),
    citation="11 U.S.C. 362(a)",
)
DECEASED = Finding(
    rule="deceased",
    title=QT_TRANSLATE_NOOP("ContactRules", "the debtor has died"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor has died. Don't discuss the debt with relatives; a manager deals with "
        "the executor or administrator of the estate.",
    ),
    citation="12 CFR 1006.6(a)(4)",
)
DISPUTE = Finding(
    rule="dispute_pending",
    title=QT_TRANSLATE_NOOP("ContactRules", "the debt is disputed"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor disputed the debt. Stop collecting until the verification has been "
        "mailed to them, then close the dispute.",
    ),
    citation="12 CFR 1006.38(d)(2)",
)
DO_NOT_CALL = Finding(
    rule="do_not_call",
    title=QT_TRANSLATE_NOOP("ContactRules", "they asked us not to call this number"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor asked us not to call or text this number. Use another number or write.",
    ),
    citation="12 CFR 1006.14(h)",
)
EMAIL_OPT_OUT = Finding(
    rule="email_opt_out",
    title=QT_TRANSLATE_NOOP("ContactRules", "they opted out of email"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor opted out of email at this address. Call or write instead.",
    ),
    citation="12 CFR 1006.6(e)",
)
NO_PHONE = Finding(
    rule="no_phone",
    title=QT_TRANSLATE_NOOP("ContactRules", "no phone number on file"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "There is no current phone number for the debtor. Add one on the Contact tab, "
        "or write instead.",
    ),
    citation=QT_TRANSLATE_NOOP("ContactRules", "Contact details on file"),
)
NO_EMAIL = Finding(
    rule="no_email",
    title=QT_TRANSLATE_NOOP("ContactRules", "no email address on file"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "There is no current email address for the debtor. Add one on the Contact tab, "
        "or call or write instead.",
    ),
    citation=QT_TRANSLATE_NOOP("ContactRules", "Contact details on file"),
)
WORKPLACE = Finding(
    rule="workplace_calls",
    title=QT_TRANSLATE_NOOP("ContactRules", "no calls at their workplace"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "This is a work number and their employer doesn't allow these calls. Use a "
        "personal number or write instead.",
    ),
    citation="12 CFR 1006.6(b)(3)",
)
TIME_BARRED = Finding(
    rule="time_barred",
    title=QT_TRANSLATE_NOOP("ContactRules", "the debt is too old to sue on"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The time limit to sue on this debt has passed. Use only the time-barred letter "
        "versions, and never say or hint that we could take them to court.",
    ),
    citation="12 CFR 1006.26(b)",
)
TIME_ZONE_UNKNOWN = Finding(
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
SPOKE_RECENTLY = Finding(
    rule="call_after_conversation",
    title=QT_TRANSLATE_NOOP("ContactRules", "we spoke with them less than 7 days ago"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "We spoke with the debtor by phone about this debt less than 7 days ago. Wait 7 "
        "days after a phone conversation before calling again.",
    ),
    citation="12 CFR 1006.14(b)(2)(ii)",
)
CALL_FREQUENCY = Finding(
    rule="call_frequency",
    title=QT_TRANSLATE_NOOP("ContactRules", "already called 7 times in 7 days"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "We have already called about this debt 7 times in the last 7 days, the most "
        "allowed. Write instead, or wait until the oldest of those calls is 7 days old.",
    ),
    citation="12 CFR 1006.14(b)(2)(i)",
)
MASSACHUSETTS_LIMIT = Finding(
    rule="massachusetts_call_limit",
    title=QT_TRANSLATE_NOOP("ContactRules", "already called twice in 7 days (Massachusetts)"),
    reason=QT_TRANSLATE_NOOP(
        "ContactRules",
        "The debtor lives in Massachusetts, where calls and texts (answered or not) are "
        "limited to two in 7 days, and we have reached that.",
    ),
    citation="209 CMR 18.14(1)(d)",  # for agencies; creditors: 940 CMR 7.04(1)(f)
)
