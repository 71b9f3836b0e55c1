"""Disputes: the debtor says the debt is wrong, and collection waits until it is verified."""
