"""Money coming in: posting a payment with its receipt number, reversing one, and the receipt and
paid-in-full paperwork."""
