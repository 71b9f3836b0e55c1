"""The collector's desk: one account as the window shows it, read whole in one go."""
