"""The office itself, the lowest services: opening its database, its settings store (profile
and plan policy), the audit trail, its users, and the integrity check. Every other package
may use these; these use none of them."""
