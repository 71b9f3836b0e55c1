"""The SQL of today's worklist: the sections, their members' scores and the priority section.

Hand-written for SQLite (json_each, julianday, partial indexes from migration 0006); the
worklist (``today``) runs them and does the rest in Python.
"""

from __future__ import annotations

COLLECTING_SQL = "('new', 'active', 'promise', 'plan')"

PROMISES_KEPT = (
    "(SELECT count(*) FROM promises pr WHERE pr.account_id = a.id AND pr.status = 'kept')"
)
PROMISES_BROKEN = (
    "(SELECT count(*) FROM promises pr WHERE pr.account_id = a.id AND pr.status = 'broken')"
)

# The accounts of the four sections that are still collected (an account sits in the first
# section it qualifies for), with their score but for the promises part (-10 to +10), which
# needs two look-ups per account; :sections maps account id -> section number, as JSON.
SECTION_MEMBERS = f"""
SELECT a.id, CAST(j.value AS INTEGER),
       min(40.0, a.balance_cents / 5000.0)
     + min(30.0, max(0.0, coalesce(julianday(:today) - julianday(a.first_delinquency_date),
                                   0.0)) / 12.0)
     + CASE WHEN a.last_contact_at IS NULL THEN 20.0
            ELSE min(20.0, max(0.0, julianday(:today) - julianday(date(a.last_contact_at)))
                           / 2.0) END
FROM json_each(:sections) AS j
CROSS JOIN accounts AS a ON a.id = CAST(j.key AS INTEGER)
WHERE a.status IN {COLLECTING_SQL} AND a.balance_cents > 0
  AND (:user IS NULL OR a.assigned_user_id = :user)
"""
# Everything the score and the row need, for the members that can still be among their
# section's first (see _candidates); :sections as above.
CANDIDATE_ROWS = f"""
SELECT a.id, CAST(j.value AS INTEGER), a.account_number, d.first_name, d.last_name,
       a.balance_cents, a.first_delinquency_date, a.last_contact_at,
       {PROMISES_KEPT} AS kept, {PROMISES_BROKEN} AS broken
FROM json_each(:sections) AS j
CROSS JOIN accounts AS a ON a.id = CAST(j.key AS INTEGER)
JOIN debtors AS d ON d.id = a.debtor_id
"""
# "Everything else": the collected accounts in none of the sections, by the priority score.
PRIORITY_SCORE = """
    min(40.0, a.balance_cents / 5000.0)
  + min(30.0, max(0, julianday(:today) - julianday(a.first_delinquency_date)) / 12.0)
  + CASE WHEN a.last_contact_at IS NULL THEN 20.0
         ELSE min(20.0, (julianday(:today) - julianday(a.last_contact_at)) / 2.0) END
  + min(10, 5 * a.kept) - min(10, 5 * a.broken)
"""
# (+a.status: look the accounts up by balance, the one bound that narrows them)
PRIORITY_WHERE = f"""
    +a.status IN {COLLECTING_SQL}
    AND (:user IS NULL OR a.assigned_user_id = :user)
    AND a.id NOT IN (SELECT CAST(key AS INTEGER) FROM json_each(:sections))
"""
# The score of the :rank-th best of some likely accounts (the largest balances of those long
# enough past due and long enough uncontacted to have the full points for both): no account
# scoring below it can be among the first :rank, which bounds the balance, the delinquency
# date and the last contact of the ones that can (see _priority_bounds).
PRIORITY_THRESHOLD = f"""
SELECT score FROM (
    SELECT {PRIORITY_SCORE} AS score FROM (
        SELECT a.balance_cents, a.first_delinquency_date, a.last_contact_at,
               {PROMISES_KEPT} AS kept, {PROMISES_BROKEN} AS broken
        FROM accounts AS a WHERE {PRIORITY_WHERE} AND a.balance_cents > 0
          AND +a.first_delinquency_date <= :full_days
          AND (a.last_contact_at IS NULL OR +a.last_contact_at <= :full_since)
        ORDER BY a.balance_cents DESC LIMIT :candidates
    ) AS a
) ORDER BY score DESC LIMIT 1 OFFSET :rank - 1
"""
# (the inner query reads only ix_accounts_priority; names are looked up for the rows kept)
PRIORITY_ROWS = f"""
SELECT a.id, a.account_number, d.first_name, d.last_name, a.balance_cents,
       a.first_delinquency_date, a.last_contact_at, p.kept, p.broken
FROM (
    SELECT a.id, a.kept, a.broken, {PRIORITY_SCORE} AS score FROM (
        SELECT a.id, a.balance_cents, a.first_delinquency_date, a.last_contact_at,
               {PROMISES_KEPT} AS kept, {PROMISES_BROKEN} AS broken
        FROM accounts AS a
        WHERE {PRIORITY_WHERE}
          AND a.balance_cents >= :least_balance  -- at least 1: a balance owed
          AND (:latest_delinquency IS NULL OR +a.first_delinquency_date <= :latest_delinquency)
          AND (:contact_before IS NULL OR a.last_contact_at IS NULL
               OR +a.last_contact_at <= :contact_before)
    ) AS a
    ORDER BY score DESC, a.id LIMIT :limit
) AS p
JOIN accounts AS a ON a.id = p.id JOIN debtors AS d ON d.id = a.debtor_id
ORDER BY p.score DESC, p.id
"""

# Each row: the account, what is due (a key of _REASONS), an installment's number, an amount in
# cents and a date; the reason is worded in Python, in the interface language.
SECTION_QUERIES = {
    "due": """
        SELECT account_id, 'promise_due', NULL, amount_cents, NULL FROM promises
        WHERE status = 'pending' AND due_date = :today
        UNION ALL
        SELECT pp.account_id, 'installment_due', pi.number, pi.amount_cents, NULL
        FROM plan_installments pi JOIN payment_plans pp ON pp.id = pi.plan_id
        WHERE pp.status = 'active' AND pi.due_date = :today
          AND pi.status NOT IN ('paid', 'missed')
    """,
    "broken": """
        SELECT pr.account_id, 'promise_broken', NULL, pr.amount_cents, NULL FROM promises pr
        JOIN accounts a ON a.id = pr.account_id
        WHERE pr.status = 'broken' AND pr.due_date >= :since
          AND (a.last_contact_at IS NULL OR a.last_contact_at < pr.resolved_at)
        UNION ALL
        SELECT pp.account_id, 'installment_missed', pi.number, pi.amount_cents, NULL
        FROM plan_installments pi JOIN payment_plans pp ON pp.id = pi.plan_id
        JOIN accounts a ON a.id = pp.account_id
        WHERE pi.status = 'missed' AND pi.due_date >= :since
          AND (a.last_contact_at IS NULL OR date(a.last_contact_at) <= pi.due_date)
    """,
    # the latest contact that set a follow-up, when it is due and nothing but notes came after
    # (both "nothing later" looked up in the partial indexes of follow-ups and of contacts
    # that are not notes)
    "follow_up": """
        SELECT i.account_id, 'follow_up', NULL, NULL, i.follow_up_date FROM interactions i
        WHERE i.follow_up_date IS NOT NULL AND i.follow_up_date <= :today
          AND NOT EXISTS (SELECT 1 FROM interactions j WHERE j.account_id = i.account_id
                          AND j.id > i.id AND j.follow_up_date IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM interactions k WHERE k.account_id = i.account_id
                          AND k.id > i.id AND k.channel != 'note')
    """,
    "new": """
        SELECT id, 'new', NULL, NULL, NULL FROM accounts
        WHERE status = 'new' AND last_contact_at IS NULL AND balance_cents > 0
        ORDER BY balance_cents DESC LIMIT 200
    """,
}
