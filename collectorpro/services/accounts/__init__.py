"""One account and the list of them: reading an account whole, the account book (status and
ledger entries), the list and its search, the debtor's contact points, and the frozen views
handed to the window."""
