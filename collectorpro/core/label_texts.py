"""The English labels of the vocabulary (statuses, channels, outcomes…), listed for lupdate.

``collectorpro.core.i18n.label(member)`` translates ``member.label`` in the "Labels" context;
pyside6-lupdate only finds literal strings, so every label is written out here.
``tests/test_translation.py`` fails when an enum gains a value whose label is missing here.
"""

from __future__ import annotations

from collectorpro.core.i18n import QT_TRANSLATE_NOOP

LABEL_TEXTS = (
    # AccountStatus
    QT_TRANSLATE_NOOP("Labels", "New"),
    QT_TRANSLATE_NOOP("Labels", "Active"),
    QT_TRANSLATE_NOOP("Labels", "Promise"),
    QT_TRANSLATE_NOOP("Labels", "Plan"),
    QT_TRANSLATE_NOOP("Labels", "Disputed"),
    QT_TRANSLATE_NOOP("Labels", "Hold"),
    QT_TRANSLATE_NOOP("Labels", "Agency"),
    QT_TRANSLATE_NOOP("Labels", "Legal"),
    QT_TRANSLATE_NOOP("Labels", "Paid"),
    QT_TRANSLATE_NOOP("Labels", "Settled"),
    QT_TRANSLATE_NOOP("Labels", "Written off"),
    QT_TRANSLATE_NOOP("Labels", "Closed"),
    # AccountStatus
    # ServiceType
    QT_TRANSLATE_NOOP("Labels", "Medical"),
    QT_TRANSLATE_NOOP("Labels", "Utility"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    # LedgerKind
    QT_TRANSLATE_NOOP("Labels", "Charge"),
    QT_TRANSLATE_NOOP("Labels", "Interest"),
    QT_TRANSLATE_NOOP("Labels", "Fee"),
    QT_TRANSLATE_NOOP("Labels", "Payment"),
    QT_TRANSLATE_NOOP("Labels", "Adjustment"),
    QT_TRANSLATE_NOOP("Labels", "Reversal"),
    QT_TRANSLATE_NOOP("Labels", "Write-off"),
    # Channel
    QT_TRANSLATE_NOOP("Labels", "Outbound call"),
    QT_TRANSLATE_NOOP("Labels", "Inbound call"),
    QT_TRANSLATE_NOOP("Labels", "Voicemail"),
    QT_TRANSLATE_NOOP("Labels", "Email"),
    QT_TRANSLATE_NOOP("Labels", "Letter"),
    QT_TRANSLATE_NOOP("Labels", "SMS"),
    QT_TRANSLATE_NOOP("Labels", "Note"),
    QT_TRANSLATE_NOOP("Labels", "In person"),
    # ContactMethod
    QT_TRANSLATE_NOOP("Labels", "Call"),
    QT_TRANSLATE_NOOP("Labels", "Text message"),
    # Outcome
    QT_TRANSLATE_NOOP("Labels", "Right-party contact"),
    QT_TRANSLATE_NOOP("Labels", "No answer"),
    QT_TRANSLATE_NOOP("Labels", "Left message"),
    QT_TRANSLATE_NOOP("Labels", "Wrong number"),
    QT_TRANSLATE_NOOP("Labels", "Third party"),
    QT_TRANSLATE_NOOP("Labels", "Promise to pay"),
    QT_TRANSLATE_NOOP("Labels", "Refused"),
    QT_TRANSLATE_NOOP("Labels", "Dispute"),
    QT_TRANSLATE_NOOP("Labels", "Payment taken"),
    QT_TRANSLATE_NOOP("Labels", "Callback requested"),
    QT_TRANSLATE_NOOP("Labels", "Sent"),
    QT_TRANSLATE_NOOP("Labels", "—"),
    # PromiseStatus
    QT_TRANSLATE_NOOP("Labels", "Pending"),
    QT_TRANSLATE_NOOP("Labels", "Kept"),
    QT_TRANSLATE_NOOP("Labels", "Broken"),
    QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    # Arrangement
    QT_TRANSLATE_NOOP("Labels", "Payment in full"),
    QT_TRANSLATE_NOOP("Labels", "Payment in full agreement"),
    QT_TRANSLATE_NOOP("Labels", "Settlement"),
    QT_TRANSLATE_NOOP("Labels", "Settlement agreement"),
    QT_TRANSLATE_NOOP("Labels", "Installment plan"),
    QT_TRANSLATE_NOOP("Labels", "Payment plan agreement"),
    # PlanStatus
    QT_TRANSLATE_NOOP("Labels", "Completed"),
    # InstallmentStatus
    QT_TRANSLATE_NOOP("Labels", "Upcoming"),
    QT_TRANSLATE_NOOP("Labels", "Due"),
    QT_TRANSLATE_NOOP("Labels", "Partial"),
    QT_TRANSLATE_NOOP("Labels", "Missed"),
    # PaymentMethod
    QT_TRANSLATE_NOOP("Labels", "Cash"),
    QT_TRANSLATE_NOOP("Labels", "Check"),
    QT_TRANSLATE_NOOP("Labels", "Card"),
    QT_TRANSLATE_NOOP("Labels", "Bank transfer (ACH)"),
    QT_TRANSLATE_NOOP("Labels", "Money order"),
    # DisputeStatus
    QT_TRANSLATE_NOOP("Labels", "Open"),
    QT_TRANSLATE_NOOP("Labels", "Verification sent"),
    QT_TRANSLATE_NOOP("Labels", "Resolved"),
    QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    # DisputeChannel
    QT_TRANSLATE_NOOP("Labels", "Phone call"),
    QT_TRANSLATE_NOOP("Labels", "Website"),
    # UserRole
    QT_TRANSLATE_NOOP("Labels", "Collector"),
    QT_TRANSLATE_NOOP("Labels", "Manager"),
    QT_TRANSLATE_NOOP("Labels", "Admin"),
    # ContactKind
    QT_TRANSLATE_NOOP("Labels", "Mobile"),
    QT_TRANSLATE_NOOP("Labels", "Home"),
    QT_TRANSLATE_NOOP("Labels", "Work"),
    # AgingBucket
    QT_TRANSLATE_NOOP("Labels", "Current"),
    QT_TRANSLATE_NOOP("Labels", "1-30 days"),
    QT_TRANSLATE_NOOP("Labels", "31-60 days"),
    QT_TRANSLATE_NOOP("Labels", "61-90 days"),
    QT_TRANSLATE_NOOP("Labels", "91-120 days"),
    QT_TRANSLATE_NOOP("Labels", "121-180 days"),
    QT_TRANSLATE_NOOP("Labels", "180+ days"),
    # Frequency
    QT_TRANSLATE_NOOP("Labels", "Weekly"),
    QT_TRANSLATE_NOOP("Labels", "Every two weeks"),
    QT_TRANSLATE_NOOP("Labels", "Twice a month (1st and 15th)"),
    QT_TRANSLATE_NOOP("Labels", "Monthly"),
)
