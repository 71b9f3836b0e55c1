"""May we contact this debtor now? The rules of Reg F and the states as pure functions
(``rules``), the database side that gathers an account's facts for them (``guard``), the
statute of limitations, time zones, business days, and a manager's override."""
